"""The two penalties, their gradients and their proximal steps, side by side.

Left: |b| and b^2.  Middle: their (sub)gradients: sign(b) jumps from -1 to +1 at 0 (the
whole interval [-1, 1] is the subdifferential there), 2b is a line through 0.  Right:
the proximal steps with strength lambda: soft-thresholding sends every |v| <= lambda to
exactly 0, the L2 step only scales.  A sweep of v shows both outputs.  Every curve is
evaluated by ``mathcore.penalties``.

Render: ``manim render scenes/penalty.py``.
"""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    UP,
    Create,
    DashedLine,
    Dot,
    FadeIn,
    Line,
    ValueTracker,
    VGroup,
    VMobject,
    Write,
    linear,
)

from mathcore.penalties import (
    L1_SUBDIFFERENTIAL_AT_ZERO,
    l1_penalty,
    l1_subgradient,
    l2_gradient,
    l2_penalty,
    l2_prox,
    soft_threshold,
)
from scenes import pieces, theme
from scenes.base import NormvizScene
from scenes.strings import text

LAMBDA = 0.75
SPAN = 2.0
SAMPLES = 401
PANEL = 3.9


def curve(axes, xs: np.ndarray, ys: np.ndarray, color: str) -> VMobject:
    line = VMobject(color=color, stroke_width=theme.PATH_STROKE)
    line.set_points_as_corners(axes.c2p(np.column_stack([xs, ys])))
    return line


class PenaltyShapes(NormvizScene):
    """|b| vs b^2: values, gradients, proximal steps."""

    def construct(self) -> None:
        self.build()
        self.tell_story()

    def build(self) -> None:
        self.title = pieces.title(text("pen_title", self.lang))
        xs = np.linspace(-SPAN, SPAN, SAMPLES)
        negative, positive = xs[xs < 0], xs[xs > 0]
        self.panels = []
        for index, (y_range, heading) in enumerate((
            ((0.0, SPAN**2), text("pen_penalty", self.lang)),
            ((-2 * SPAN, 2 * SPAN), text("pen_gradient", self.lang)),
            ((-SPAN, SPAN), text("pen_prox", self.lang, lam=LAMBDA)),
        )):
            axes = pieces.coefficient_axes((-SPAN, SPAN), y_range, PANEL, PANEL)
            axes.move_to(np.array([(index - 1) * (PANEL + 0.75), -0.35, 0.0]))
            caption = pieces.label(heading, theme.SMALL_SIZE, theme.TEXT_COLOR)
            caption.next_to(axes, UP, buff=0.25)
            if caption.width > PANEL + 0.6:
                caption.scale_to_fit_width(PANEL + 0.6)
            self.panels.append({"axes": axes, "caption": caption})
        values, gradients, proxes = (p["axes"] for p in self.panels)
        self.curves = [
            VGroup(curve(values, xs, l1_penalty(xs), theme.L1_COLOR),
                   curve(values, xs, l2_penalty(xs), theme.L2_COLOR)),
            VGroup(curve(gradients, negative, l1_subgradient(negative), theme.L1_COLOR),
                   DashedLine(*[gradients.c2p(0, s) for s in L1_SUBDIFFERENTIAL_AT_ZERO],
                              color=theme.L1_COLOR,
                              stroke_width=2),
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
                                       theme.ZERO_COLOR).next_to(proxes, DOWN, buff=0.2)
        self.note = pieces.label(text("pen_note", self.lang), theme.SMALL_SIZE)
        self.note.to_edge(DOWN, buff=0.2)
        self.v = ValueTracker(-SPAN)
        self.probes = VGroup(Dot(color=theme.L1_COLOR, radius=0.07),
                             Dot(color=theme.L2_COLOR, radius=0.07))

    def follow(self, _mobject=None) -> None:
        """The one updater: both proximal outputs at the swept input v."""
        v, axes = self.v.get_value(), self.panels[2]["axes"]
        self.probes[0].move_to(axes.c2p(v, float(soft_threshold(v, LAMBDA))))
        self.probes[1].move_to(axes.c2p(v, float(l2_prox(v, LAMBDA))))

    def tell_story(self) -> None:
        self.show("lambda", LAMBDA)
        self.beat("pen_shapes")
        self.play(Write(self.title), run_time=0.8)
        for panel, curves in zip(self.panels, self.curves, strict=True):
            self.play(Create(panel["axes"]), FadeIn(panel["caption"]), run_time=0.6)
            self.play(Create(curves), run_time=1.4)
        self.beat("pen_prox", lam=LAMBDA)
        self.play(Create(self.dead_zone), FadeIn(self.dead_label), run_time=0.8)
        self.follow()
        self.probes.add_updater(self.follow)
        self.add(self.probes)
        self.play(self.v.animate.set_value(SPAN), run_time=4.0, rate_func=linear)
        self.probes.clear_updaters()
        self.play(FadeIn(self.note), run_time=0.8)
        self.wait(2.0)


