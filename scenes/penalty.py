"""The two penalties, their gradients and their proximal steps, side by side.

Left: |b| and b^2.  Middle: their (sub)gradients: sign(b) is -1 for every b < 0 and +1 for
every b > 0, so L1 pulls a weight towards 0 just as hard when it is tiny as when it is
large (at 0 itself every slope in [-1, 1] is a subgradient), while L2's pull 2b fades
to nothing near 0.  Right: the proximal step, where a weight lands when a gradient step
on the loss has taken it to v and the penalty then acts:
prox(v) = argmin_b (b - v)^2 / 2 + lambda P(b).  For L1 it is soft-thresholding: every
|v| <= lambda lands on exactly 0; for L2 it only scales v.  A sweep of v shows both.
Every curve is evaluated by ``mathcore.penalties``.

Render: ``manim render scenes/penalty.py``.
"""

from __future__ import annotations

import numpy as np
from manim import DOWN, UP, Create, DashedLine, Dot, FadeIn, Line, VGroup, VMobject, Write, linear

from mathcore.penalties import (
    L1_SUBDIFFERENTIAL_AT_ZERO,
    l1_penalty,
    l1_subgradient,
    l2_gradient,
    l2_penalty,
    l2_prox,
    soft_threshold,
)
from scenes import layout, pieces, theme
from scenes.base import NormvizScene
from scenes.strings import text

LAMBDA = 0.75
SPAN = 2.0
SAMPLES = 401
PROBE = 0.07
#: Room above each panel for its two-line heading, and below for the dead-zone label.
HEADING, BELOW = 0.95, 0.5


def curve(axes, xs: np.ndarray, ys: np.ndarray, color: str) -> VMobject:
    line = VMobject(color=color, stroke_width=theme.PATH_STROKE)
    line.set_points_as_corners(axes.c2p(np.column_stack([xs, ys])))
    return line


class PenaltyShapes(NormvizScene):
    """|b| vs b^2: values, gradients, proximal steps."""

    def construct(self) -> None:
        self.v = self.tracker("v", -SPAN)
        self.build()
        self.tell_story()

    def build(self) -> None:
        self.title = pieces.title(text("pen_title", self.lang))
        xs = np.linspace(-SPAN, SPAN, SAMPLES)
        negative, positive = xs[xs < 0], xs[xs > 0]
        self.panels = []
        columns = layout.stage(caption_lines=2).columns(3, gap=0.6)
        for name, column, y_range, heading, names in zip(
            ("penalty", "gradient", "prox"), columns,
            ((0.0, SPAN**2), (-2 * SPAN, 2 * SPAN), (-SPAN, SPAN)),
            (text("pen_penalty", self.lang), text("pen_gradient", self.lang),
             text("pen_prox", self.lang, lam=LAMBDA)),
            (("β", ""), ("β", ""), ("v", "prox(v)")), strict=True,
        ):
            heading_band, rest = column.split_top(HEADING)
            square = rest.split_bottom(BELOW)[0].shrink(right=layout.AXIS_NAME_ROOM)
            size = min(square.width, square.height)
            axes = self.plane(name, pieces.coefficient_axes((-SPAN, SPAN), y_range, size, size))
            square.place(axes)
            caption = heading_band.place(pieces.label(heading, theme.SMALL_SIZE))
            axis_names = pieces.axis_labels(axes, *names)
            self.panels.append({"axes": axes, "caption": VGroup(caption, axis_names),
                                "heading": caption, "width": column.width})
        self.fit_headings()
        values, gradients, proxes = (p["axes"] for p in self.panels)
        self.curves = [
            VGroup(curve(values, xs, l1_penalty(xs), theme.L1_COLOR),
                   curve(values, xs, l2_penalty(xs), theme.L2_COLOR)),
            VGroup(curve(gradients, negative, l1_subgradient(negative), theme.L1_COLOR),
                   DashedLine(*[gradients.c2p(0, s) for s in L1_SUBDIFFERENTIAL_AT_ZERO],
                              color=theme.L1_COLOR, stroke_width=2),
                   curve(gradients, positive, l1_subgradient(positive), theme.L1_COLOR),
                   curve(gradients, xs, l2_gradient(xs), theme.L2_COLOR)),
            VGroup(DashedLine(proxes.c2p(-SPAN, -SPAN), proxes.c2p(SPAN, SPAN),
                              color=theme.MUTED_TEXT_COLOR, stroke_width=1.5),
                   curve(proxes, xs, soft_threshold(xs, LAMBDA), theme.L1_COLOR),
                   curve(proxes, xs, l2_prox(xs, LAMBDA), theme.L2_COLOR)),
        ]
        self.dead_zone = Line(proxes.c2p(-LAMBDA, 0), proxes.c2p(LAMBDA, 0),
                              color=theme.ZERO_COLOR, stroke_width=8)
        self.dead_label = pieces.label(text("pen_dead_zone", self.lang), theme.SMALL_SIZE,
                                       theme.ZERO_COLOR).next_to(proxes, DOWN, buff=0.15)
        band = layout.caption_band(2)
        self.gradient_note = band.place(pieces.fit_into(pieces.label(
            text("pen_gradient_note", self.lang), theme.SMALL_SIZE), band.width))
        self.prox_note = band.place(pieces.fit_into(pieces.label(
            text("pen_prox_note", self.lang, lam=LAMBDA), theme.SMALL_SIZE), band.width))
        self.probes = VGroup(Dot(color=theme.L1_COLOR, radius=PROBE),
                             Dot(color=theme.L2_COLOR, radius=PROBE))

    def fit_headings(self) -> None:
        """Every heading at the same size: the largest that lets each fit its column."""
        scale = min(1.0, *[p["width"] / p["heading"].width for p in self.panels])
        for panel in self.panels:
            panel["heading"].scale(scale).next_to(panel["axes"], UP, buff=0.35)

    def follow(self) -> None:
        """The one updater: both proximal outputs at the swept input v."""
        v, axes = self.v.get_value(), self.panels[2]["axes"]
        self.probes[0].move_to(axes.c2p(v, float(soft_threshold(v, LAMBDA))))
        self.probes[1].move_to(axes.c2p(v, float(l2_prox(v, LAMBDA))))

    def tell_story(self) -> None:
        self.show("lambda", LAMBDA)
        self.beat("pen_shapes")
        self.play(Write(self.title), run_time=0.8)
        for panel, curves in zip(self.panels[:2], self.curves[:2], strict=True):
            self.play(Create(panel["axes"]), FadeIn(panel["caption"]), run_time=0.6)
            self.play(Create(curves), run_time=1.4)
        self.beat("pen_gradient")
        self.play(FadeIn(self.gradient_note), run_time=0.6)
        self.wait(1.0)
        self.beat("pen_prox", lam=LAMBDA)
        prox = self.panels[2]
        self.play(self.gradient_note.animate.set_opacity(0), FadeIn(self.prox_note),
                  Create(prox["axes"]), FadeIn(prox["caption"]), run_time=0.8)
        self.play(Create(self.curves[2]), Create(self.dead_zone), FadeIn(self.dead_label),
                  run_time=1.2)
        moving = self.drive(self.follow, self.probes)
        self.play(self.v.animate.set_value(SPAN), run_time=5.0, rate_func=linear)
        self.stop_driving(moving, self.follow)
        self.wait(1.0)
