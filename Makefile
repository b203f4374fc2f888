# Marsad: `make demo` and `make test` work on a fresh machine (Python 3.11+ on PATH).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_DB := demo/marsad.db

.PHONY: demo test install bench clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Marsad needs Python 3.11 or newer: run make PYTHON=python3.11"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	@rm -rf demo
	$(BIN)/marsad --db $(DEMO_DB) init
	$(BIN)/marsad --db $(DEMO_DB) ingest samples/corpus
	$(BIN)/marsad --db $(DEMO_DB) documents
	$(BIN)/marsad --db $(DEMO_DB) custody verify
	@echo ""
	@echo "Demo database: $(abspath $(DEMO_DB)) (originals in $(abspath demo/marsad.blobs))"
	@echo "Try: $(BIN)/marsad --db $(DEMO_DB) show <document id>"

# pytest exits 5 when it collects no test: that is not a failure of the build.
test: $(STAMP)
	@$(BIN)/python -m pytest; rc=$$?; \
		if [ $$rc -eq 5 ]; then echo "pytest collected no tests"; exit 0; fi; exit $$rc

clean:
	rm -rf demo .pytest_cache build dist src/*.egg-info
