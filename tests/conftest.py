"""Test configuration.

* A skipped test fails here: a skip would hide the very check it stands for.
* manim's ``frames_comparison`` skips itself on cairo < 1.18 because manim's own control
  frames were drawn with 1.18.  Our control frames (``tests/control_data``) are drawn on
  this project's stack (Debian 12, cairo 1.16, installed by ``make setup``), so the check
  is lowered to let the comparison run; re-make them with ``make control-data``.
"""

from __future__ import annotations

import os
import shutil

import pytest
from hypothesis import HealthCheck, settings
from manim import config
from manim.utils.testing import frames_comparison as manim_frames_comparison

manim_frames_comparison.MIN_CAIRO_VERSION = 0

# Text and Tex (labels a test builds to measure, and every render's) go to one folder per
# xdist worker, or per process outside xdist: manim writes and then deletes "<hash>_.svg"
# beside each text's SVG, so two processes building the same text in one shared folder
# delete each other's file (two plain pytest runs in one checkout did, leaving empty SVGs).
_WORKER = os.environ.get("PYTEST_XDIST_WORKER") or f"main-{os.getpid()}"
config.text_dir = f"renders/tests/{_WORKER}/texts"
config.tex_dir = f"renders/tests/{_WORKER}/Tex"

settings.register_profile(
    "normviz",
    deadline=None,
    max_examples=int(os.environ.get("NORMVIZ_HYPOTHESIS_EXAMPLES", "150")),
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,
)
settings.load_profile("normviz")


def pytest_sessionfinish(session: pytest.Session) -> None:
    """A plain (non-xdist) run's text folder is its own and is removed at the end; the
    xdist workers' folders stay as a cache for the next ``make test``."""
    if _WORKER.startswith("main-"):
        shutil.rmtree(f"renders/tests/{_WORKER}", ignore_errors=True)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--set_test", action="store_true", default=False,
                     help="write the pixel-snapshot control data instead of comparing")
    parser.addoption("--show_diff", action="store_true", default=False,
                     help="show a picture of a failing pixel comparison")


#: The test files that take longest (each renders several long scenes, most of a minute
#: each at -ql), longest first: started before every other file.
LONGEST_FILES = ("test_generator.py", "test_frames_side_by_side.py", "test_frames_path.py",
                 "test_frames_broken.py", "test_frames_bridge.py", "test_layout_languages.py")


def run_order(item: pytest.Item) -> tuple[bool, int]:
    """Where ``item``'s file comes in the run: the ``LONGEST_FILES`` in their order, then the
    other files that render (marked ``slow``), then the quick ones."""
    name = item.path.name
    rank = LONGEST_FILES.index(name) if name in LONGEST_FILES else len(LONGEST_FILES)
    return item.get_closest_marker("slow") is None and rank == len(LONGEST_FILES), rank


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The longest test files run first, then the other files that render, each file kept
    whole and its tests in their order: ``make test``'s two workers take whole files in
    this order (``--dist loadfile --no-loadscope-reorder``; xdist would otherwise hand out
    the files with the most tests first, leaving the long renders of the files with few
    tests to the end), so the quick files fill the end and neither worker is left alone
    with a long render at the close."""
    items.sort(key=run_order)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    outcome = yield
    report = outcome.get_result()
    if report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"skipped tests count as failures in normviz: {report.longrepr}"


@pytest.fixture(scope="session")
def rendered_video(tmp_path_factory):
    """``rendered_video(scene_class, lang)``: the scene rendered at -ql with frames and its
    timeline, once per session and worker (``make test`` runs each test file on one worker:
    ``--dist loadfile``)."""
    from tests.frames import render_video

    cache = {}

    def render(scene_class, lang: str = "en"):
        key = (scene_class, lang)
        if key not in cache:
            folder = tmp_path_factory.mktemp(f"{scene_class.__name__}-{lang}")
            cache[key] = render_video(scene_class, folder, lang)
        return cache[key]

    return render


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium for a module's explorer tests (tests/explorer_browser.py)."""
    from tests.explorer_browser import chromium

    with chromium() as opened:
        yield opened
