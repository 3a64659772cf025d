"""The explorer page (normviz explore) in Chromium: its solver against mathcore's, its
redraw time, its size.

Printed, all measured in this one run on this machine:
* per ball, problems solved per second by the page's ``window.normviz.solve`` (Chromium)
  and by mathcore's ``solve_constrained`` (Python, one problem at a time) on the same
  random problems (tests/explorer_problems.py), and their ratio; Lp with a dense check of
  ``LP_DENSE_CHECK`` directions on both sides, and once with mathcore's default 200,000;
* the largest disagreement per ball and field (b*, f*, mu) over those problems, and
  whether every face, zero and uniqueness flag agreed;
* one full redraw (both panels, every contour, the catchment cones) at 1920x1080: the
  median and 95th percentile of ``window.normviz.redraw()`` while the centre is dragged
  along a circle, and the share of frames under 16.7 ms (60 fps) and under 4 ms; and the
  whole step of ``setState`` (solve and read-out, then the redraw; for Lp with the full
  200,000-direction check, as the page does when a drag is released; while dragging it
  checks 8,192);
  ``performance.now()`` is coarsened to 0.1 ms in Chromium;
* the size of the page in each language.
"""

from __future__ import annotations

import math
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mathcore import QuadraticLoss, solve_constrained
from mathcore.norms import lp
from normviz.explore import build_page, explorer_state, write_page
from tests.explorer_browser import chromium, offline_page
from tests.explorer_problems import (
    NORM_NAMES,
    disagreement,
    mathcore_answer,
    random_problems,
)

COUNT = 10_000
REDRAWS = 300

_TIME_SOLVES = """problems => {
  const start = performance.now();
  const answers = problems.map(problem => window.normviz.solve(problem));
  return [performance.now() - start, answers];
}"""

_TIME_REDRAWS = """count => {
  const state = window.normviz.getState();
  const draws = [];
  const steps = [];
  for (let k = 0; k < count; k += 1) {
    const turn = 2 * Math.PI * k / count;
    const start = performance.now();
    window.normviz.setState({center: [state.center[0] + Math.cos(turn),
                                      state.center[1] + Math.sin(turn)]});
    draws.push(window.normviz.redraw());
    steps.push(performance.now() - start);
  }
  return [draws, steps];
}"""


def main() -> None:
    problems = random_problems(COUNT, seed=15)
    folder = Path(tempfile.mkdtemp(prefix="normviz-bench-"))
    pages = {lang: write_page(folder / f"explore-{lang}.html",
                              build_page(explorer_state(), lang)) for lang in ("en", "zh")}
    with chromium() as browser, offline_page(browser, pages["en"], 1920, 1080) as opened:
        page = opened.page
        print(f"{'ball':6} {'page solves/s':>14} {'mathcore solves/s':>18} {'ratio':>7}  "
              f"{'max rel. diff b*':>16} {'f*':>9} {'mu':>9}  faces/zeros/unique")
        for norm in NORM_NAMES:
            chosen = [problem for problem in problems if problem["norm"] == norm]
            milliseconds, answers = page.evaluate(_TIME_SOLVES, chosen)
            start = time.perf_counter()
            reference = [mathcore_answer(problem) for problem in chosen]
            seconds = time.perf_counter() - start
            worst = {"beta": 0.0, "loss": 0.0, "multiplier": 0.0}
            same = True
            for problem, ours, theirs in zip(chosen, answers, reference, strict=True):
                for key, value in disagreement(problem, theirs, ours).items():
                    worst[key] = max(worst[key], value)
                same &= all(ours[key] == theirs[key] for key in ("face", "zeros", "unique"))
            ours_rate, theirs_rate = len(chosen) / (milliseconds / 1000), len(chosen) / seconds
            print(f"{norm:6} {ours_rate:14,.0f} {theirs_rate:18,.0f} {ours_rate / theirs_rate:7.1f}"
                  f"  {worst['beta']:16.1e} {worst['loss']:9.1e} {worst['multiplier']:9.1e}  "
                  f"{'all agree' if same else 'DIFFER'} ({len(chosen)} problems)")
        lp_problems = [dict(problem, denseCheck=200_000) for problem in problems
                       if problem["norm"] == "lp"][:100]
        milliseconds, _ = page.evaluate(_TIME_SOLVES, lp_problems)
        start = time.perf_counter()
        for problem in lp_problems:
            solve_constrained(QuadraticLoss.create(problem["center"], problem["matrix"]),
                              lp(problem["p"]), problem["radius"])
        seconds = time.perf_counter() - start
        page_rate = len(lp_problems) / milliseconds * 1000
        print(f"lp with 200,000 dense-check directions: page {page_rate:,.0f}"
              f" solves/s, mathcore {len(lp_problems) / seconds:,.0f} solves/s "
              f"(ratio {seconds * 1000 / milliseconds:.1f})")
        for layout in ("both", "single"):
            for ball in (("l1", "enet", "lp") if layout == "single" else ("l1",)):
                page.evaluate("state => window.normviz.setState(state)",
                              {"layout": layout, "norm": ball})
                draws, steps = map(np.array, page.evaluate(_TIME_REDRAWS, REDRAWS))
                label = "L1 | L2 side by side" if layout == "both" else f"{ball} alone"
                for name, times in (("redraw", draws), ("drag step", steps)):
                    print(f"{name:9} at 1920x1080, {label:20}: median {np.median(times):.2f} ms,"
                          f" 95th percentile {np.percentile(times, 95):.2f} ms, "
                          f"{np.mean(times < 1000 / 60):.0%} under 16.7 ms, "
                          f"{np.mean(times < 4):.0%} under 4 ms ({REDRAWS} frames)")
        assert opened.errors == [] and opened.blocked == [], (opened.errors, opened.blocked)
    for lang, path in pages.items():
        print(f"page size ({lang}): {path.stat().st_size / 1024:.1f} KiB "
              f"({math.ceil(path.stat().st_size / 1000)} kB)")


if __name__ == "__main__":
    main()
