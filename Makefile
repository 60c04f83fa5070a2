# ChargeDesk: `make run` starts the console, `make test` runs the whole suite. Both install what is missing.
# `make package` builds the Linux installer, build/chargedesk_<version>_<arch>.deb.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export QT_API := pyside6

.PHONY: run test package install deps-run deps-test lint typecheck bench faults screenshots lock clean translations

$(BIN)/python:
	@$(PYTHON) -c "import venv, ensurepip" 2>/dev/null || { \
	  [ "$$(id -u)" -eq 0 ] && command -v apt-get >/dev/null && apt-get install -y python3-venv >/dev/null; } || \
	  echo "chargedesk: install python3-venv (sudo apt-get install python3-venv)" >&2
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml requirements.lock
	$(BIN)/pip install -q --disable-pip-version-check -c requirements.lock -e '.[test]'
	@touch $(STAMP)

install: $(STAMP)

deps-run:
	@sh packaging/ensure-debian-deps.sh run

deps-test:
	@sh packaging/ensure-debian-deps.sh run test

run: deps-run $(STAMP)
	$(BIN)/chargedesk

# The gates first, cheapest first, failing fast: lint, format, layers, types; then the suite.
test: deps-test $(STAMP)
	$(BIN)/ruff check app tests bench
	$(BIN)/ruff format --check app tests bench
	$(BIN)/lint-imports
	$(BIN)/mypy
	CHARGEDESK_REQUIRE_PG=$${CHARGEDESK_REQUIRE_PG:-$$([ "$$(id -u)" -eq 0 ] && echo 1)} \
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider $(PYTEST_ARGS)

# The .deb (packaging/build_deb.py: PyInstaller's one-folder build, then dpkg-deb); reused when its inputs did not
# change. The smoke test in `make test` (tests/integration/test_package.py) builds and installs the same.
package: $(STAMP)
	@$(BIN)/python -c "import PyInstaller" 2>/dev/null || $(BIN)/pip install -q -c requirements.lock pyinstaller
	$(BIN)/python packaging/build_deb.py

lint: $(STAMP)
	$(BIN)/ruff check app tests bench
	$(BIN)/ruff format --check app tests bench
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python -m bench --small
	$(BIN)/python -m bench.current

faults: deps-test $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.faults $(FAULTS_ARGS)

# The catalogues (issue 15): each area of resources/i18n/areas.txt through pyside6-lupdate into its
# <area>_<lang>.ts and pyside6-lrelease into the .qm beside it (app/catalogues.py says how plurals are kept).
# `make translations AREAS="shell pages"` updates only those areas.
translations: $(STAMP)
	$(BIN)/python -m app.catalogues $(AREAS)

lock: $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	$(BIN)/pip freeze --exclude-editable | grep -v '^-e' > requirements.lock

clean:
	rm -rf $(VENV) build *.egg-info
