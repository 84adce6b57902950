# Tasks for developers and CI. `make help` lists them.
# Every task that needs Python sets up .venv on first use, so a fresh machine with
# Python 3.11+ and make needs nothing else.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BUNDLE_TOOLS := $(VENV)/.installed-bundle
BUNDLE := dist/clinic-intake
BUNDLE_LIMIT_MB := 250
TRANSLATIONS := resources/translations
QM := $(TRANSLATIONS)/clinic_es.qm $(TRANSLATIONS)/clinic_zh_Hans.qm

.DEFAULT_GOAL := help
.PHONY: help run test lint format bench ui ts docs-images screenshots bundle deb clean

help: ## list the tasks
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-11s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (set PYTHON=...)")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

$(BUNDLE_TOOLS): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bundle]'
	@touch $(BUNDLE_TOOLS)

# The staff windows' catalogues: .ts (committed, edited by people) -> .qm (built, ignored).
$(TRANSLATIONS)/%.qm: $(TRANSLATIONS)/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

run: $(STAMP) $(QM) ## start the desktop app (embedded SQLite database)
	$(BIN)/clinic-intake

# Two workers (the machine's two cores), a test file to one worker: a module's fixtures
# (one X server, the handout pages drawn into build/artifacts) are never made twice at once.
test: lint $(QM) ## lint, then run the whole test suite
	$(BIN)/python -m pytest -n 2 --dist loadfile

lint: $(STAMP) ## ruff (lint and format check) and mypy --strict
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(STAMP) ## reformat the code with ruff
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: $(STAMP) ## performance figures as ratios to their floors (build/bench.json)
	$(BIN)/python -m benchmarks

ui: $(STAMP) $(QM) ## compile the Designer forms (stale ones only) and the .ts catalogues to .qm
	$(BIN)/python ui/compile.py

ts: $(STAMP) ## bring resources/translations/*.ts up to date with the sources (lupdate)
	$(BIN)/python ui/translations.py update

docs-images: $(STAMP) ## redraw the README's example sheet and letter (needs pdftoppm)
	$(BIN)/python docs/example_sheet.py

screenshots: $(STAMP) $(QM) ## redraw the README's screenshots (needs Xvfb)
	QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x1024x24" \
		$(BIN)/python docs/screenshots.py docs/images/screens
	for language in es zh-Hans; do \
		QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x1024x24" \
			$(BIN)/python docs/screenshots.py --language $$language docs/images/screens/$$language \
			|| exit 1; \
	done
	QT_QPA_PLATFORM=xcb CLINIC_INTAKE_THEME=dark xvfb-run -a -s "-screen 0 1280x1024x24" \
		$(BIN)/python docs/screenshots.py docs/images/screens/dark
	QT_QPA_PLATFORM=xcb CLINIC_INTAKE_TEXT_SIZE=150 xvfb-run -a -s "-screen 0 1920x1200x24" \
		$(BIN)/python docs/screenshots.py docs/images/screens/large

bundle: $(BUNDLE_TOOLS) $(QM) ## the frozen app in dist/clinic-intake/ (PyInstaller, one folder)
	rm -rf $(BUNDLE) build/pyinstaller
	$(BIN)/pyinstaller --noconfirm --log-level ERROR --distpath dist --workpath build/pyinstaller \
		installer/clinic-intake.spec
	@size=$$(du -s --apparent-size --block-size=1MB $(BUNDLE) | cut -f1); \
	echo "$(BUNDLE): $$size MB unpacked (at most $(BUNDLE_LIMIT_MB) MB)"; \
	test "$$size" -le $(BUNDLE_LIMIT_MB) || { echo "the bundle is too large" >&2; exit 1; }

deb: $(STAMP) ## the Debian package in dist/, from the bundle (run `make bundle` first)
	@test -x $(BUNDLE)/clinic-intake || { echo "no bundle in $(BUNDLE): run make bundle" >&2; exit 2; }
	$(BIN)/python installer/linux/build_deb.py $(BUNDLE) --output dist

clean: ## remove the virtual environment and build outputs
	rm -rf $(VENV) build dist *.egg-info
