# The two commands of the README: `make run` and `make test`.
# Each creates the virtual environment .venv on first use (Python 3.11 or newer).

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: run demo test sweep stress lint bench install-desktop translations tables clean

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Care Planner needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.run-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.run-installed

run: $(VENV)/.run-installed
	$(BIN)/care-planner

demo: $(VENV)/.run-installed
	$(BIN)/care-planner --demo

lint: $(VENV)/.test-installed
	$(BIN)/ruff check planner tests
	$(BIN)/ruff format --check planner tests
	$(BIN)/mypy

test: lint
	$(BIN)/pytest

# The tests that depend on the date, at every moment of tests.conftest.SWEEP.
sweep: $(VENV)/.test-installed
	$(BIN)/pytest -q -m dated --sweep-dates

# The tests that wait on background work or timers, 20 times in a row while another
# process keeps one core busy: a wait that depends on the machine's speed shows here.
STRESS_TESTS = tests/ui/test_calendar_import.py tests/ui/test_freezer_page.py \
	tests/ui/test_fridge_sheet.py tests/ui/test_reminders.py tests/ui/test_app.py \
	tests/ui/test_live.py tests/ui/test_conflicts.py tests/cli/test_changes_cli.py \
	tests/services/test_simultaneous_saves.py
stress: $(VENV)/.test-installed
	$(BIN)/python -c 'while True: pass' & busy=$$!; \
	trap "kill $$busy" EXIT; \
	log=$$(mktemp); \
	for round in $$(seq 20); do \
		$(BIN)/pytest -q -x $(STRESS_TESTS) > $$log 2>&1 || { cat $$log; exit 1; }; \
		echo "round $$round: $$(tail -1 $$log)"; \
	done

# The quality bars of DESIGN.md (issue 19): runs every benchmark, one after another, and
# writes docs/performance.md; exits 1 when a figure misses its bar (all of them run anyway).
# BENCH_ARGS passes options on, e.g. make bench BENCH_ARGS='--note "a busy machine"'.
# The program's bytecode is written first, as an installed program has it (where
# PYTHONDONTWRITEBYTECODE is set, each start would otherwise compile what changed).
bench: $(VENV)/.test-installed
	$(BIN)/python -m compileall -q planner
	$(BIN)/python -m tests.benchmarks.report $(BENCH_ARGS)

# Care Planner in the desktop's menu: its entry, icon and AppStream description, for you
# alone (in $XDG_DATA_HOME, else ~/.local/share). DESKTOP_ARGS passes options on, e.g.
# The translation catalogues: every translate("Context", "text") of planner/ and the
# glossary's labels into resources/translations/care-planner_<lang>.ts (translations kept),
# compiled into the .qm the window loads. Translate the new texts with pyside6-linguist.
translations: $(VENV)/.test-installed
	$(BIN)/python -m tests.helpers.catalogues

# planner/store/tables.py, the plain tables the reads use, written from the records.
tables: $(VENV)/.test-installed
	$(BIN)/python -m tests.helpers.tables
	$(BIN)/ruff format planner/store/tables.py planner/store/sqlite_statements.py

# make install-desktop DESKTOP_ARGS='--prefix /usr/local/share' for everyone (as root).
install-desktop: $(VENV)/.run-installed
	$(BIN)/care-planner install-desktop $(DESKTOP_ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis .import_linter_cache
