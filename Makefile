# Two commands do all set-up: `make run` (the console on the simulated pump) and
# `make test` (the whole suite, headless). Both build .venv on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint typecheck bench screenshots emulator fuzz fuzz-coverage check bundle bundle-check clean

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
# (PyInstaller; see docs/bundle.md). The package is installed from a wheel into its own
# venv first, so that PyInstaller sees what users get, not the source folders.
BUNDLE_VENV := build/bundle-venv
bundle: $(STAMP)
	rm -rf build/wheel dist/itb-console
	$(BIN)/python -m pip wheel --quiet --disable-pip-version-check --no-deps -w build/wheel .
	test -x $(BUNDLE_VENV)/bin/python || $(PYTHON) -m venv $(BUNDLE_VENV)
	$(BUNDLE_VENV)/bin/python -m pip install --quiet --disable-pip-version-check \
	  --force-reinstall "$$(ls build/wheel/itb_console-*.whl)[bundle]"
	git describe --always --abbrev=12 --dirty --exclude='*' > build/BUILD_COMMIT 2>/dev/null \
	  || rm -f build/BUILD_COMMIT
	cd build && bundle-venv/bin/pyinstaller --noconfirm --log-level WARN \
	  --distpath ../dist --workpath pyinstaller ../packaging/itb-console.spec
	cp packaging/itb-console.desktop packaging/install-desktop-entry.sh \
	  resources/icons/itb-console.svg dist/itb-console/

bundle-check: bundle
	$(BIN)/python packaging/check_bundle.py dist/itb-console

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis
