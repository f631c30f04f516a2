# Two commands set Galley up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.galley-installed

.PHONY: run test venv bench eval clean screenshots guide-screenshots package package-test translations hostile

# The venv is (re)built when it is missing or pyproject.toml changed.
$(STAMP): pyproject.toml
	@$(PYTHON) packaging/preflight.py python
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	@$(BIN)/python packaging/preflight.py qt-gui
	$(BIN)/galley

test: $(STAMP)
	@QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/preflight.py qt-offscreen
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# The hostile-input and fault suite alone, then its table (case, CLI, GUI, input unchanged, time).
hostile: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests/hostile tests/store/test_save_faults.py \
		tests/io/test_export_faults.py tests/io/test_export_kill.py tests/ui/test_save_faults.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.hostile.report

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

# The checks over real rated MT (../shared/eval); unpacks into eval-data/ (git-ignored).
eval: $(STAMP)
	$(BIN)/python bench/eval_mqm.py

screenshots: $(STAMP)
	$(BIN)/python docs/screenshots.py

# The user guide's screenshots (docs/guide/), same Xvfb set-up on display :97.
guide-screenshots: $(STAMP)
	$(BIN)/python docs/guide_screenshots.py

# The one-folder desktop bundle (PyInstaller, installed into the venv only for this) and its smoke test.
PKG_STAMP := $(VENV)/.galley-package-tools
$(PKG_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,package]'
	@touch $(PKG_STAMP)

package: $(PKG_STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build packaging/galley.spec
	$(BIN)/python packaging/smoke_test.py dist/Galley

package-test:
	$(BIN)/python packaging/smoke_test.py dist/Galley

# Extract the interface's strings into resources/i18n/galley_fr.ts (translations kept), compile the .qm.
# T("...") in app/ui/actions.py marks the action table's texts.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -tr-function-alias QT_TR_NOOP+=T -locations none -no-obsolete $(wildcard app/ui/*.py app/ui/docks/*.py) -ts resources/i18n/galley_fr.ts
	$(BIN)/pyside6-lrelease resources/i18n/galley_fr.ts -qm resources/i18n/galley_fr.qm

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
