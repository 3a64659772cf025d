"""Minibatch noise: the lasso optimum moves more than the ridge optimum, and for correlated
features it jumps between supports.

Two correlated features, n = 20,000 (``mathcore.stability``).  Lasso and ridge penalties
are matched on the full data: each gives the full-data solution half the least-squares
norm (||b||_1 for the lasso, ||b||_2 for the ridge); each plane draws that ball in grey,
with the full data's contour.  For
each correlation rho (0, 0.5, 0.9, 0.99): the full-data contour and optimum (the hollow
star, so that the minibatch optima stay visible on it);
a few minibatches (batch size 100), each with its own contour touching its own optimum
(yellow, green when a coefficient is exactly 0; it joins the cloud as a small dot when the
next one comes) and the ball through that optimum, which its contour touches there (the
fits are penalised: each minibatch's optimum is the constrained optimum for the ball of
its own norm); then all 200 minibatch optima, with the
mean distance to the full-data optimum, the share of minibatches whose lasso support
differs from the full data's, and the ratio of the two distances with its bootstrap
interval.

Trackers: ``step`` (index of rho; -1 while one correlation gives way to the next) and
``batch`` (k while the k-th minibatch is held on screen with its contour, 200 once all
are in, 0 while the full data is shown alone and in between).

Render: ``manim render scenes/stability.py``.
"""

from __future__ import annotations

import numpy as np
from manim import LEFT, UP, Create, Dot, FadeIn, FadeOut, Rectangle, Star, VGroup, Write

from mathcore import QuadraticLoss, norm_value
from mathcore.stability import minibatch_stability
from scenes import layout, pieces, theme
from scenes.base import NormvizScene
from scenes.strings import text

RHO_STEPS = (0.0, 0.5, 0.9, 0.99)
BATCH_SIZE, BATCHES, SEED = 100, 200, 0
SHOWN_ONE_BY_ONE = 5
MARGIN = 0.15  # around every optimum shown, in coefficient units
HEADER, COUNTER_LINES = 0.45, 2
CLOUD_DOT, STAR_RADIUS, STAR_STROKE = 0.03, 0.16, 3
FAINT = 0.6  # the full data's ball, grey like its contour: for reference
NAMES = {"l1": "st_lasso", "l2": "st_ridge"}


def ball_radius(result, norm: str) -> float:
    """The budget both penalties are matched at: half the full-data least-squares norm."""
    center = QuadraticLoss.from_gram(*result.full_gram).center
    return 0.5 * float(norm_value(center, norm))


class MinibatchStability(NormvizScene):
    """Lasso and ridge under minibatch noise, for growing feature correlation."""

    def construct(self) -> None:
        self.step_index = self.tracker("step", -1)
        self.batch_count = self.tracker("batch", 0)
        self.title = pieces.title(text("st_title", self.lang))
        self.results = [minibatch_stability(rho, BATCH_SIZE, BATCHES, SEED) for rho in RHO_STEPS]
        self.show("by_rho", [{k: v for k, v in r.as_dict().items() if k != "seconds"}
                             for r in self.results])
        self.build_planes()
        self.beat("st_start", batches=BATCHES, size=BATCH_SIZE)
        self.play(Write(self.title), FadeIn(self.matching),
                  *[Create(p["axes"]) for p in self.planes.values()],
                  *[FadeIn(p["names"], p["header"], p["window"]) for p in self.planes.values()],
                  run_time=1.2)
        shown = VGroup()  # nothing on the planes yet
        for index, result in enumerate(self.results):
            shown = self.step(index, result, shown)
        self.wait(2.0)

    def build_planes(self) -> None:
        """Two planes under their headers, the same box for every rho."""
        area = layout.stage(caption_lines=1)
        key_band, area = area.split_top(2 * layout.CAPTION_LINE)
        self.matching = key_band.place(pieces.fit_into(pieces.label(
            text("st_matching", self.lang), theme.SMALL_SIZE, theme.MUTED_TEXT_COLOR),
            key_band.width))
        every = np.vstack([np.vstack([r.batch_l1, r.batch_l2]) for r in self.results])
        low, high = min(0.0, every.min()) - MARGIN, every.max() + MARGIN
        self.planes = {}
        for norm, column in zip(("l1", "l2"), area.columns(2), strict=True):
            header_band, rest = column.split_top(HEADER)
            square, counter_band = rest.split_bottom(COUNTER_LINES * layout.CAPTION_LINE)
            square = square.shrink(right=layout.AXIS_NAME_ROOM)
            axes = self.plane(norm, pieces.fit_axes(np.array([low, low]), np.array([high, high]),
                                                    square.width, square.height))
            square.place(axes)
            header = header_band.place(pieces.label(text(NAMES[norm], self.lang),
                                                    theme.BODY_SIZE, theme.NORM_COLORS[norm]))
            window = Rectangle(width=axes.width, height=axes.height, stroke_width=1.5,
                               stroke_color=theme.AXES_COLOR).move_to(axes.get_center())
            self.planes[norm] = {"axes": axes, "header": header, "counters": counter_band,
                                 "window": window,
                                 "names": pieces.axis_labels(axes, text("axis_x", self.lang),
                                                             text("axis_y", self.lang))}

    def step(self, index: int, result, previous: VGroup) -> VGroup:
        """One correlation: the full-data picture, a few minibatches, then the whole cloud.

        A minibatch's optimum minimises its loss plus the penalty, so it is also where its
        loss contour touches the ball ``||b||_p <= ||b_k||_p`` through it: that ball is
        drawn with it.  The full data's ball (half the least-squares norm) stays faint."""
        self.beat("st_step", rho=result.rho, ratio=f"{result.ratio:.2f}",
                  share=f"{100 * result.support_differs():.0f}")
        full = QuadraticLoss.from_gram(*result.full_gram)
        optima = {"l1": result.full_l1, "l2": result.full_l2}
        batches = {"l1": result.batch_l1, "l2": result.batch_l2}
        parts, contours = VGroup(), {}
        for norm, plane in self.planes.items():
            axes = plane["axes"]
            reference = pieces.BallWindow(axes, norm, ball_radius(result, norm))
            reference.set_fill(opacity=0.0).set_stroke(color=theme.MUTED_TEXT_COLOR,
                                                       width=2, opacity=FAINT)
            level = float(full.value(optima[norm]))
            fixed = pieces.LossContour(axes, full, level, clip_to_axes=True)
            fixed.set_stroke(color=theme.MUTED_TEXT_COLOR, width=2)
            star = Star(n=5, outer_radius=STAR_RADIUS, color=theme.SOLUTION_COLOR,
                        stroke_width=STAR_STROKE, fill_opacity=0).move_to(
                            axes.c2p(*optima[norm]))
            contours[norm] = pieces.LossContour(axes, full, level, clip_to_axes=True)
            parts.add(reference, fixed, star)
        self.step_index.set_value(-1)  # between two correlations
        self.batch_count.set_value(0)
        if len(previous):
            self.play(FadeOut(previous), run_time=0.6)
        rho_tag = pieces.label(text("st_rho_tag", self.lang, rho=result.rho), theme.BODY_SIZE)
        rho_tag.move_to([0.0, self.planes["l1"]["header"].get_center()[1], 0.0])
        parts.add(rho_tag)
        self.play(FadeIn(parts), run_time=0.6)
        self.step_index.set_value(index)
        self.wait(1.0)  # the full data alone: its contour touches the grey ball at the star
        self.add(*contours.values())
        dots, live, balls = VGroup(), VGroup(), VGroup()
        for k in range(SHOWN_ONE_BY_ONE):
            loss = QuadraticLoss.from_gram(result.batch_grams[0][k], result.batch_grams[1][k])
            for dot in dots:  # the earlier minibatches join the cloud
                dot.scale_to_fit_width(2 * CLOUD_DOT)
            self.remove(balls)
            balls = VGroup()
            for norm, plane in self.planes.items():
                beta = batches[norm][k]
                balls.add(pieces.BallWindow(plane["axes"], norm, float(norm_value(beta, norm))))
                contours[norm].show(loss, float(loss.value(beta)))
                dot = Dot(plane["axes"].c2p(*beta), radius=theme.DOT_RADIUS,
                          color=pieces.optimum_color(beta))
                dots.add(dot)
            self.add(balls, *contours.values(), dots)
            self.remove(live)
            live = self.counters(result, k + 1)
            self.add(live)
            self.batch_count.set_value(k + 1)
            self.wait(0.8)
        self.remove(live, balls)
        self.batch_count.set_value(0)  # the single minibatch goes, the rest come in
        rest = VGroup(*[Dot(self.planes[norm]["axes"].c2p(*b), radius=CLOUD_DOT,
                            color=pieces.optimum_color(b))
                        for norm in self.planes for b in batches[norm][SHOWN_ONE_BY_ONE:]])
        summary = self.summary(result)
        for dot in dots:
            dot.scale_to_fit_width(2 * CLOUD_DOT)
        self.play(FadeOut(VGroup(*contours.values())), FadeIn(rest, lag_ratio=0.01),
                  FadeIn(summary), run_time=1.5)
        self.batch_count.set_value(BATCHES)
        self.wait(2.0)
        return VGroup(parts, dots, rest, summary)

    def summary(self, result) -> VGroup:
        """Ratio line in the caption band, the counters under each plane."""
        low, high = result.ratio_ci95
        band = layout.caption_band(1)
        ratio = band.place(pieces.fit_into(pieces.label(
            text("st_rho", self.lang, rho=result.rho, ratio=f"{result.ratio:.2f}",
                 low=f"{low:.2f}", high=f"{high:.2f}"), theme.SMALL_SIZE, theme.ZERO_COLOR),
            band.width))
        return VGroup(ratio, self.counters(result, BATCHES))

    def counters(self, result, seen: int) -> VGroup:
        """Mean distance and the support share over the first ``seen`` batches."""
        counters = VGroup(
            pieces.label(text("st_counter_l1", self.lang,
                              dev=f"{result.deviations_l1[:seen].mean():.3f}",
                              count=round(result.support_differs(seen) * seen),
                              batches=seen),
                         theme.SMALL_SIZE, theme.L1_COLOR),
            pieces.label(text("st_counter_l2", self.lang,
                              dev=f"{result.deviations_l2[:seen].mean():.3f}"),
                         theme.SMALL_SIZE, theme.L2_COLOR),
        )
        for counter, plane in zip(counters, self.planes.values(), strict=True):
            band = plane["counters"]  # left-aligned: changing digits do not shift the line
            counter.align_to([band.left + 0.3, band.top, 0.0], UP + LEFT)
        return counters

