# The two commands: `make run` and `make test`. Everything else is what they need.
PYTHON ?= $(shell command -v python3.12 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
STAMP := $(VENV)/.installed-$(shell cat requirements.txt requirements-dev.txt | md5sum | cut -c1-12)

# The embedded PostgreSQL under var/ serves whenever DATABASE_URL is unset.
WITH_DB = export DATABASE_URL="$${DATABASE_URL:-$$($(PY) scripts/devdb.py)}" &&
DEV_ENV = export DEBUG="$${DEBUG:-1}" ALLOWED_HOSTS="$${ALLOWED_HOSTS:-127.0.0.1,localhost}" &&

.PHONY: run test setup install migrate seed manage lint format migrations-check bench bench-100k bench-import bench-longline bench-serving loadcheck db-stop clean

run: setup
	@$(WITH_DB) $(DEV_ENV) $(PY) manage.py seed_corpus && \
	  echo "Serving the archive on http://127.0.0.1:$(PORT)/, with a task worker (Ctrl-C stops both)" && \
	  $(PY) scripts/serve.py 127.0.0.1:$(PORT)

test: setup
	@$(WITH_DB) $(PY) -m pytest $(PYTEST_ARGS)

setup: install node_modules/axe-core/axe.min.js migrate

install: $(STAMP)

$(STAMP): requirements.txt requirements-dev.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@rm -f $(VENV)/.installed-* && touch $@

# axe-core for the accessibility tests, from the npm registry (pinned in package-lock.json).
node_modules/axe-core/axe.min.js: package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --silent --no-audit --no-fund && touch $@; \
	  else echo "npm not found: accessibility tests will be skipped"; fi

# Schema, then the reference data (articles/reference/*.toml): both safe to run again.
migrate: install
	@$(WITH_DB) $(PY) manage.py migrate --no-input -v 0 && $(PY) manage.py load_reference_data

seed: migrate
	@$(WITH_DB) $(PY) manage.py seed_corpus

# Any management command on the database `make run` uses: make manage ARGS="createsuperuser"
manage: setup
	@$(WITH_DB) $(PY) manage.py $(ARGS)

lint: install
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff format . && $(VENV)/bin/ruff check --fix .

migrations-check: install
	@$(WITH_DB) $(PY) manage.py makemigrations --check --dry-run

# Page timings at 10,000 articles; bench-100k compares 100,000 with them (fills for ~10 min).
bench: setup
	@$(WITH_DB) $(PY) bench/extraction.py && $(PY) manage.py bench_pages --json var/bench-10000.json

bench-100k: setup
	@test -f var/bench-10000.json || $(MAKE) bench
	@$(WITH_DB) $(PY) manage.py bench_pages --articles 100000 --baseline var/bench-10000.json --markdown

# gunicorn as deployed under 60 s of wrk at 64 connections (apt-get install wrk); not in `make test`.
loadcheck: seed
	@$(WITH_DB) $(PY) bench/loadcheck.py $(LOADCHECK_ARGS)

# import_articles on 1,000 generated copies, new then unchanged, in a scratch database.
bench-import: setup
	@$(WITH_DB) $(PY) bench/importing.py

# import_articles on one 5 MB file of one line (the seeds repeated), in a scratch database.
bench-longline: setup
	@$(WITH_DB) $(PY) bench/longline.py $(BENCH_ARGS)

# A cached page against a WhiteNoise file through gunicorn, with wrk (apt-get install wrk).
bench-serving: setup
	@$(WITH_DB) $(PY) bench/serving.py

db-stop:
	@test -x $(PY) && $(PY) scripts/devdb.py stop || true

clean: db-stop
	rm -rf $(VENV) var node_modules
