"""Render time of the L1 tangency story (``normviz render tangency --norm l1``) at -ql
against a floor with the same picture and no motion.

Three scenes, rendered in turn five times each in one process, caching off:

* story: ``L1Tangency`` as users get it;
* floor: exactly the same mobjects in their final state, added at once, then one wait
  as long as the story at the same frame rate, with no updater (manim then draws one
  frame and repeats it);
* updater: the floor's picture with the contour on top and its level tracker animated
  (to the value it already has) for the whole duration, so that every frame is drawn
  and the updater runs on each: what the one-ValueTracker design costs by itself.
  (A plain wait would not do: manim freezes the frame when no updater depends on time.)

Printed: the runs, and the ratios story / floor (goal <= 1.5) and updater / floor, both
as median / median and as best / best (the best run is the least disturbed by other load
on a noisy machine).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from manim import tempconfig

from scenes.tangency import TangencyScene

ROUNDS = 5


class L1Tangency(TangencyScene):
    """The single-ball story on the L1 diamond, default problem."""

    norm = "l1"


class L1Floor(L1Tangency):
    """Same mobjects, same duration and frame rate, no animation and no updater."""

    story_seconds = 0.0

    def construct(self) -> None:
        self.solve_problem()
        self.build_picture()
        self.level.set_value(self.touch_level)
        self.contour.show(level=self.touch_level)
        self.add(*[part for part in self.visible_group if part is not self.contour])
        self.add(self.contour)
        self.run_story_time()

    def run_story_time(self) -> None:
        self.wait(self.story_seconds)


class L1UpdaterOnly(L1Floor):
    """The floor's picture, every frame drawn, the contour's updater running on each."""

    def run_story_time(self) -> None:
        self.drive(self.grow_contour, self.contour)
        self.play(self.level.animate.set_value(self.touch_level), run_time=self.story_seconds)


def render_seconds(scene_class: type, media_dir: str) -> tuple[float, float]:
    with tempconfig({"quality": "low_quality", "media_dir": media_dir,
                     "disable_caching": True, "verbosity": "ERROR", "progress_bar": "none"}):
        start = time.perf_counter()
        scene = scene_class()
        scene.render()
        return time.perf_counter() - start, scene.renderer.time


def fmt(runs: list[float]) -> str:
    return ", ".join(f"{r:.2f}" for r in runs)


def main() -> None:
    with tempfile.TemporaryDirectory() as media:
        render_seconds(L1Tangency, media)  # warm-up: LaTeX and text caches
        story, floor, updater = [], [], []
        for _ in range(ROUNDS):
            seconds, L1Floor.story_seconds = render_seconds(L1Tangency, media)
            story.append(seconds)
            floor.append(render_seconds(L1Floor, media)[0])
            updater.append(render_seconds(L1UpdaterOnly, media)[0])
    print(f"video length {L1Floor.story_seconds:.2f} s at -ql (854x480, 15 fps)")
    print(f"L1Tangency story:  median {statistics.median(story):.2f} s  (runs {fmt(story)})")
    print(f"static floor:      median {statistics.median(floor):.2f} s  (runs {fmt(floor)})")
    print(f"updater only:      median {statistics.median(updater):.2f} s  (runs {fmt(updater)})")
    for name, runs, goal in (("story", story, " (goal <= 1.5)"), ("updater", updater, "")):
        median_ratio = statistics.median(runs) / statistics.median(floor)
        print(f"ratio {name} / floor: median {median_ratio:.2f}, "
              f"best {min(runs) / min(floor):.2f}{goal}")


if __name__ == "__main__":
    main()
