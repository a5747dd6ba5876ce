# The two commands from the README. Everything else is a helper for them.
# Needs only Python 3.13 (pyenv picks it from .python-version) and pip; uv is
# installed with pip when it is missing, and never downloads its own Python.

export UV_PYTHON_DOWNLOADS := never
export UV_PYTHON_PREFERENCE := only-system
PYTHON ?= python3
UV := $(PYTHON) -m uv
RUN := $(UV) run --frozen
HOST ?= 127.0.0.1:8000
PYTEST_WORKERS ?= auto

.PHONY: demo test test-druk uv install lint chromium screenshots

uv:
	@$(PYTHON) -m uv --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet --disable-pip-version-check uv

install: uv
	$(UV) sync --frozen

## Serve the portal with demo data on SQLite at http://127.0.0.1:8000, with the task worker beside it.
demo: install
	$(RUN) python manage.py migrate --no-input
	$(RUN) python manage.py demo_data
	@echo "Portaal: http://$(HOST)  (Ctrl+C stopt server en worker)"
	@trap 'kill 0' INT TERM EXIT; \
	  $(RUN) python manage.py db_worker --interval 2 & \
	  $(RUN) python manage.py runserver $(HOST)

## Run the whole test suite (set DATABASE_URL=postgres://… for PostgreSQL).
## One pytest-xdist worker per core (PYTEST_WORKERS=0: one process, as CI runs each suite).
## --dist load hands each worker the tests in pytest-django's order, so on every worker the
## transactional tests, whose flush empties the tables migrations filled, still run last;
## --dist loadfile would send a file's transactional tests along with its others.
test: install chromium
	$(RUN) pytest -n $(PYTEST_WORKERS) --dist load $(PYTEST_ARGS)

## The same suite on a busy machine: two CPU-bound processes run beside it and stop afterwards.
## Tests wait for conditions, never for a time, so load makes them slower, never red.
test-druk:
	@trap 'kill $$B1 $$B2 2>/dev/null' EXIT INT TERM; \
	  $(PYTHON) -c 'while True: pass' & B1=$$!; \
	  $(PYTHON) -c 'while True: pass' & B2=$$!; \
	  $(MAKE) test

## Regenerate docs/screenshots/ from the browser journeys (tests/journeys).
screenshots: install chromium
	REFIT_SCREENSHOTS_DIR=docs/screenshots $(RUN) pytest -m browser tests/journeys $(PYTEST_ARGS)

# Debian's Chromium for the browser tests; Playwright never downloads a browser here.
chromium:
	@test -x /usr/bin/chromium || (apt-get update -qq && apt-get install -y -qq chromium)

lint: install
	$(RUN) ruff check .
