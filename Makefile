# normviz: set-up, render, test and benchmark from a fresh Debian machine.
#   make render   set up, then render the L1 video into renders/
#   make test     set up, then lint and run the whole test suite (nothing may be skipped)
#   make bench    set up, then print the benchmark ratios
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.normviz-installed
# cairo/pango headers to build pycairo and manimpango, LaTeX for MathTex, fonts for labels
# (Noto Sans CJK for Chinese), Chromium for the gallery and explorer tests, ESLint for the
# explorer's JavaScript
APT_PACKAGES := libcairo2-dev libpango1.0-dev pkg-config texlive-latex-base \
	texlive-latex-extra dvisvgm fonts-noto-cjk fonts-dejavu-core chromium eslint
# manim's own quality flag for `make render`, e.g. make render QUALITY=-ql
QUALITY ?=

.PHONY: setup system-packages render test lint bench control-data clean

setup: system-packages $(STAMP)

system-packages:
	@missing=""; \
	for package in $(APT_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "install ok installed" \
			|| missing="$$missing $$package"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if ! command -v apt-get >/dev/null 2>&1; then \
		echo "make setup: apt-get is not available; install these packages (or your system's equivalents), then run make again:$$missing" >&2; \
		exit 1; \
	fi; \
	if [ "$$(id -u)" -eq 0 ]; then sudo=""; \
	elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo"; \
	else \
		echo "make setup: root is needed to install:$$missing -- run: sudo apt-get install$$missing" >&2; \
		exit 1; \
	fi; \
	echo "make setup: installing$$missing"; \
	$$sudo apt-get update -qq && \
	DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

render: setup
	$(BIN)/manim render $(QUALITY) scenes/l1.py

lint: setup
	$(BIN)/ruff check .
	NODE_PATH=/usr/share/nodejs eslint --format unix normviz/explorer

test: lint
	$(BIN)/python -m pytest -n 2 --dist loadfile --no-loadscope-reorder --durations=15

bench: setup
	$(BIN)/python bench/render_overhead.py
	$(BIN)/python bench/solver_2d.py
	$(BIN)/python bench/lasso_path.py
	$(BIN)/python bench/cloud.py
	$(BIN)/python bench/stability.py
	$(BIN)/python bench/lesson.py
	$(BIN)/python bench/explorer.py

# Re-make the pixel-snapshot control data (after an intended visual change only).
control-data: setup
	$(BIN)/python -m pytest tests/test_graphical.py tests/test_graphical_paths.py \
		tests/test_graphical_sparsity.py --set_test

clean:
	rm -rf $(VENV) renders/videos renders/images renders/Tex renders/texts .pytest_cache .hypothesis
