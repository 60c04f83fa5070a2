"""ChargeDesk benchmarks: the load generator, the reference central systems and the runner.

``python -m bench`` runs the side-by-side throughput suite and writes ``docs/benchmarks.md``;
``python -m bench.load`` drives one central system; ``python -m bench.baselines`` starts a reference one.
Nothing here is imported by ``app``.
"""
