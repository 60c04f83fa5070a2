"""First start (issue 15): the guided set-up of an empty database, the addresses chargers use, the empty pages'
next steps. Its strings are the ``first`` catalogue (resources/i18n/first_*.ts)."""
