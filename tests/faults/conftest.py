"""The fault suite's fast versions: the code of ``bench/faults`` at small sizes (``make faults`` runs it full size).

They assert what must hold whatever the machine's speed (right answers, nothing lost, everyone back); the figures
they print are for reading, not asserted."""
