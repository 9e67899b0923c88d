# Two commands do all set-up: `make run` (the console on the simulated pump) and
# `make test` (the whole suite, headless). Both build .venv on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint typecheck bench screenshots emulator fuzz fuzz-coverage check bundle bundle-check clean i18n

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/itb-console $(ARGS)

check: $(STAMP)
	$(BIN)/itb-console --check

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(PYTEST_ARGS)
	$(BIN)/ruff check .
	$(BIN)/python tools/typecheck.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python tools/typecheck.py

# mypy over device/, console/ and ui/ as itb_console.* (see tools/typecheck.py for why)
typecheck: $(STAMP)
	$(BIN)/python tools/typecheck.py $(ARGS)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench $(ARGS)

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m itb_console.ui.screenshots docs/images
	for lang in de fr es; do QT_QPA_PLATFORM=offscreen $(BIN)/python -m itb_console.ui.screenshots --lang $$lang docs/images/i18n/$$lang || exit 1; done
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m itb_console.ui.sizes docs/images/sizes
	for scale in 1 1.5; do QT_QPA_PLATFORM=offscreen ITB_WALKTHROUGH_IMAGES=docs/images/walkthrough \
		ITB_WALKTHROUGH_SCALE=$$scale $(BIN)/python -m pytest -q -p no:cacheprovider \
		tests/scenarios/test_trainer_walkthrough.py || exit 1; done

# Translations: pyside6-lupdate over console/ and ui/ into resources/i18n/*.ts, filled from
# the reviewed tables resources/i18n/<lang>.csv, compiled by pyside6-lrelease into the .qm
# files the package ships (docs/translating.md). `make i18n ARGS=status` for the figures.
i18n: $(STAMP)
	$(BIN)/python tools/i18n.py $(ARGS)

emulator: $(STAMP)
	$(BIN)/itb-emulator $(ARGS)

# make fuzz [FUZZ=loaders] [ARGS=-runs=1000000]; corpora grow in .fuzz/ (see fuzz/harness.py)
FUZZ ?= pump_server
fuzz: $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check 'atheris>=2.3' 'coverage>=7'
	PYTHONPATH=. $(BIN)/python fuzz/fuzz_$(FUZZ).py $(ARGS)

fuzz-coverage: $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check 'coverage>=7'
	PYTHONPATH=. $(BIN)/python -m fuzz.coverage_report

# A self-contained folder, dist/itb-console/, with itb-console and itb-emulator
# (PyInstaller; docs/bundle.md). The same script builds it on Windows and macOS.
bundle: $(STAMP)
	$(BIN)/python packaging/build_bundle.py

bundle-check: bundle
	$(BIN)/python packaging/check_bundle.py dist/itb-console

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis
