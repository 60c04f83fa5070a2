"""The fault suite: what survives bad input, storms, kill -9 and a database outage.

    python -m bench.faults                 # full size (`make faults`)
    python -m bench.faults --small         # the sizes `make test` uses (tests/faults)
    python -m bench.faults --only fuzz,handshake --no-write

Each fault runs against a real ``python -m app serve`` subprocess on a real socket (127.0.0.1) and a real
database (SQLite, or a throwaway PostgreSQL cluster from ``tests/helpers/pgcluster.py``):

* :mod:`bench.faults.fuzz` — hypothesis-generated malformed frames; the right CallError each time, no crash,
  a well-behaved charger answered throughout;
* :mod:`bench.faults.storm` — every charger reconnecting at once; all booted and answered, time to all booted;
* :mod:`bench.faults.kill9` — ``kill -9`` of serve at random points under sessions from retrying chargers;
  every acknowledged StartTransaction/StopTransaction is in the database;
* :mod:`bench.faults.pg_outage` — PostgreSQL stopped and started again under load; nothing acknowledged is
  lost and serve resumes by itself;
* :mod:`bench.faults.handshake` — wrong/no password, unknown ids, path tricks: nobody let in who should not be;
* :mod:`bench.faults.foreign_stops` — chargers re-sending StopTransactions for ids they do not own in a closed
  loop: every one answered (no CallError), throughput within 10 % of the same load with their own ids;
* :mod:`bench.faults.nan_meter` — a NaN in one charger's meter values during a load of many chargers: refused,
  never stored, nobody else's flush or reply slower.

Every run returns a result with its figures and a list of ``failures`` (empty when the fault was survived);
the command line prints the figures and adds a section to ``docs/benchmarks.md``.
"""
