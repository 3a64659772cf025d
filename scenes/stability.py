"""Minibatch noise: the L1 optimum jumps between supports, the L2 optimum barely moves.

Two correlated features, n = 20,000, lasso and ridge with half the least-squares norm
(``mathcore.stability``).  For each correlation rho (0, 0.5, 0.9, 0.99): the full-data
loss contour and optimum on both planes; a few minibatch losses (batch size 100) with
their contours and optima, one after another; then all 200 minibatch optima at once,
with the mean distance to the full-data optimum, the lasso's support changes and the
ratio of the two distances with its bootstrap interval.

Render: ``manim render scenes/stability.py``.
"""

from __future__ import annotations

import numpy as np
from manim import DOWN, LEFT, RIGHT, Create, Dot, FadeIn, FadeOut, Star, VGroup, Write

from mathcore import QuadraticLoss
from mathcore.stability import minibatch_stability, support_changes
from scenes import pieces, theme
from scenes.base import NormvizScene
from scenes.strings import text

RHO_STEPS = (0.0, 0.5, 0.9, 0.99)
BATCH_SIZE, BATCHES, SEED = 100, 200, 0
SHOWN_ONE_BY_ONE = 5
MARGIN = 0.15  # around every optimum shown, in coefficient units


class MinibatchStability(NormvizScene):
    """Lasso and ridge under minibatch noise, for growing feature correlation."""

    def construct(self) -> None:
        self.title = pieces.title(text("st_title", self.lang))
        self.results = [minibatch_stability(rho, BATCH_SIZE, BATCHES, SEED) for rho in RHO_STEPS]
        every = np.vstack([np.vstack([r.batch_l1, r.batch_l2]) for r in self.results])
        low, high = min(0.0, every.min()) - MARGIN, every.max() + MARGIN
        self.planes = {}
        for norm, side in (("l1", LEFT), ("l2", RIGHT)):
            axes = pieces.fit_axes(np.array([low, low]), np.array([high, high]), 4.2, 4.2)
            axes.move_to(3.4 * side + 0.2 * DOWN)
            self.planes[norm] = {"axes": axes, "names": pieces.axis_labels(
                axes, text("axis_x", self.lang), text("axis_y", self.lang))}
        self.show("by_rho", [{k: v for k, v in r.as_dict().items() if k != "seconds"}
                             for r in self.results])
        self.beat("st_start", batches=BATCHES, size=BATCH_SIZE)
        self.play(Write(self.title), *[Create(p["axes"]) for p in self.planes.values()],
                  *[FadeIn(p["names"]) for p in self.planes.values()], run_time=1.2)
        shown = VGroup()
        for result in self.results:
            shown = self.step(result, shown)
        self.wait(2.0)

    def step(self, result, previous: VGroup) -> VGroup:
        """One correlation: full-data picture, a few batches, then the whole cloud."""
        self.beat("st_step", rho=result.rho, ratio=f"{result.ratio:.2f}")
        full = QuadraticLoss.from_gram(*result.full_gram)
        optima = {"l1": result.full_l1, "l2": result.full_l2}
        batches = {"l1": result.batch_l1, "l2": result.batch_l2}
        parts, contours, dots = VGroup(), {}, {}
        for norm, plane in self.planes.items():
            axes = plane["axes"]
            level = float(full.value(optima[norm]))
            fixed = pieces.LossContour(axes, full, level, clip_to_axes=True)
            fixed.set_stroke(color=theme.MUTED_TEXT_COLOR, width=2)
            star = Star(n=5, outer_radius=0.13, color=theme.SOLUTION_COLOR, fill_opacity=1)
            star.move_to(axes.c2p(*optima[norm]))
            contours[norm] = pieces.LossContour(axes, full, level, clip_to_axes=True)
            dots[norm] = VGroup()
            parts.add(fixed, star)
        self.play(FadeOut(previous), FadeIn(parts), run_time=0.8)
        self.add(*contours.values())
        live = VGroup()
        for k in range(SHOWN_ONE_BY_ONE):
            loss = QuadraticLoss.from_gram(result.batch_grams[0][k], result.batch_grams[1][k])
            for norm, plane in self.planes.items():
                contours[norm].show(loss, float(loss.value(batches[norm][k])))
                dot = Dot(plane["axes"].c2p(*batches[norm][k]), radius=0.05,
                          color=theme.NORM_COLORS[norm])
                dots[norm].add(dot)
                self.add(dot)
            self.remove(live)
            live = self.counters(result, k + 1)
            self.add(live)
            self.wait(0.5)
        self.remove(live)
        rest = VGroup(*[Dot(self.planes[norm]["axes"].c2p(*b), radius=0.03,
                            color=theme.NORM_COLORS[norm])
                        for norm in self.planes for b in batches[norm][SHOWN_ONE_BY_ONE:]])
        summary = self.summary(result)
        self.play(FadeOut(VGroup(*contours.values())), FadeIn(rest, lag_ratio=0.01),
                  FadeIn(summary), run_time=1.5)
        self.wait(1.5)
        return VGroup(parts, *dots.values(), rest, summary)

    def summary(self, result) -> VGroup:
        """Ratio line on top, a counter under each plane (built between frames)."""
        low, high = result.ratio_ci95
        ratio = pieces.label(text("st_rho", self.lang, rho=result.rho, ratio=f"{result.ratio:.2f}",
                                  low=f"{low:.2f}", high=f"{high:.2f}"), theme.SMALL_SIZE,
                             theme.ZERO_COLOR).next_to(self.title, DOWN, buff=0.2)
        return VGroup(ratio, self.counters(result, BATCHES))

    def counters(self, result, seen: int) -> VGroup:
        """Mean distance and support changes over the first ``seen`` batches."""
        changes = support_changes(result.batch_l1[:seen])
        counters = VGroup(
            pieces.label(text("st_counter_l1", self.lang,
                              dev=f"{result.deviations_l1[:seen].mean():.3f}",
                              changes=changes, batches=seen),
                         theme.SMALL_SIZE, theme.L1_COLOR),
            pieces.label(text("st_counter_l2", self.lang,
                              dev=f"{result.deviations_l2[:seen].mean():.3f}"),
                         theme.SMALL_SIZE, theme.L2_COLOR),
        )
        for counter, plane in zip(counters, self.planes.values(), strict=True):
            counter.next_to(plane["axes"], DOWN, buff=0.15)
        return counters


