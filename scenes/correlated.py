"""Two strongly correlated features: ridge splits the weight evenly, lasso keeps one.

Data ``y = x1 + x2 + e`` with corr(x1, x2) = rho (``mathcore.correlated``), n = 60; the
loss is least squares on them.  As rho steps from 0 to 0.99 the loss ellipses stretch
along (1, -1), the direction the data cannot pin down: the L1 optimum (left, budget
``||b||_1 <= 1``) runs to a corner, the L2 optimum (right, ``||b||_2 <= 0.75``) moves onto the
diagonal b1 = b2.  Contours and optima are recomputed by mathcore for every rho.

Render: ``manim render scenes/correlated.py``.
"""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    DashedLine,
    Dot,
    FadeIn,
    ValueTracker,
    VGroup,
    Write,
    smooth,
)

from mathcore import QuadraticLoss, solve_constrained
from mathcore.correlated import correlated_pair
from mathcore.preprocessing import center
from scenes import pieces, theme
from scenes.base import NormvizScene
from scenes.strings import text

RHO_STEPS = (0.0, 0.5, 0.8, 0.9, 0.95, 0.99)
RADII = {"l1": 1.0, "l2": 0.75}
SAMPLES, SEED = 60, 3
PLANE_SIZE = 4.6
PLANE_RANGE = 1.6


def loss_at(rho: float) -> QuadraticLoss:
    """The least-squares loss of the correlated data at correlation rho."""
    return QuadraticLoss.from_data(*center(*correlated_pair(rho, SAMPLES, SEED)))


class CorrelatedFeatures(NormvizScene):
    """Lasso and ridge optima on the same loss while the features' correlation grows."""

    def construct(self) -> None:
        self.rho = ValueTracker(RHO_STEPS[0])
        self.build_planes()
        self.tell_story()

    def solutions(self, rho: float) -> tuple[QuadraticLoss, dict]:
        """mathcore's loss and both constrained optima at ``rho``."""
        loss = loss_at(rho)
        return loss, {norm: solve_constrained(loss, norm, t) for norm, t in RADII.items()}

    def build_planes(self) -> None:
        """Left: L1 plane; right: L2 plane; each with ball, diagonal, contour and optimum."""
        self.title = pieces.title(text("corr_title", self.lang))
        loss, solutions = self.solutions(self.rho.get_value())
        self.planes = {}
        for norm, side in (("l1", LEFT), ("l2", RIGHT)):
            axes = pieces.fit_axes(np.array([-PLANE_RANGE, -PLANE_RANGE]),
                                   np.array([PLANE_RANGE, PLANE_RANGE]), PLANE_SIZE, PLANE_SIZE)
            axes.move_to(3.4 * side + 0.15 * DOWN)
            names = pieces.axis_labels(axes, text("axis_x", self.lang), text("axis_y", self.lang))
            diagonal = DashedLine(axes.c2p(-PLANE_RANGE, -PLANE_RANGE),
                                  axes.c2p(PLANE_RANGE, PLANE_RANGE),
                                  color=theme.MUTED_TEXT_COLOR, stroke_width=1.5)
            ball = pieces.BallOutline(axes, norm, RADII[norm])
            contour = pieces.LossContour(axes, loss, solutions[norm].loss, clip_to_axes=True)
            dot = Dot(axes.c2p(*solutions[norm].beta), radius=theme.DOT_RADIUS,
                      color=theme.SOLUTION_COLOR)
            self.planes[norm] = {"axes": axes, "names": names, "diagonal": diagonal,
                                 "ball": ball, "contour": contour, "dot": dot}
        self.readouts = self.readout_lines(solutions)

    def readout_lines(self, solutions: dict) -> VGroup:
        """``rho`` and both optima, under the planes (rebuilt between steps, never per frame)."""
        rho = pieces.label(text("corr_rho", self.lang, rho=f"{self.rho.get_value():.2f}"),
                           theme.BODY_SIZE).next_to(self.title, DOWN, buff=0.2)
        lines = VGroup(rho)
        for norm in RADII:
            coords = pieces.coordinates_text(solutions[norm].beta)
            line = pieces.label(text(f"corr_{'lasso' if norm == 'l1' else 'ridge'}", self.lang,
                                     coords=coords), theme.SMALL_SIZE, theme.NORM_COLORS[norm])
            line.next_to(self.planes[norm]["axes"], DOWN, buff=0.15)
            lines.add(line)
        return lines

    def follow_rho(self, _mobject=None) -> None:
        """The one updater: new loss at the current rho -> contours and optima move."""
        loss, solutions = self.solutions(self.rho.get_value())
        for norm, plane in self.planes.items():
            plane["contour"].show(loss, solutions[norm].loss)
            plane["dot"].move_to(plane["axes"].c2p(*solutions[norm].beta))

    def tell_story(self) -> None:
        """Planes and optima at rho = 0, then rho steps up to 0.99."""
        parts = [m for plane in self.planes.values() for m in plane.values()]
        self.beat("corr_start")
        self.play(Write(self.title), *[FadeIn(m) for m in parts], FadeIn(self.readouts),
                  run_time=1.5)
        self.moving = VGroup(*[VGroup(p["contour"], p["dot"]) for p in self.planes.values()])
        self.moving.add_updater(self.follow_rho)
        self.beat("corr_sweep")
        for rho in RHO_STEPS[1:]:
            self.play(self.rho.animate.set_value(rho), run_time=1.4, rate_func=smooth)
            _, solutions = self.solutions(rho)
            self.remove(self.readouts)
            self.readouts = self.readout_lines(solutions)
            self.add(self.readouts)
            self.wait(0.4)
        self.follow_rho()  # final state even when manim skips the animation frames
        self.moving.clear_updaters()
        self.note = self.closing_note()
        self.beat("corr_end")
        self.play(FadeIn(self.note), run_time=0.8)
        self.wait(2.0)

    def closing_note(self) -> VGroup:
        """Which coefficient the lasso kept, and how the ridge split the weight, at rho max."""
        _, solutions = self.solutions(RHO_STEPS[-1])
        lasso, ridge = solutions["l1"].beta, solutions["l2"].beta
        kept = int(np.flatnonzero(lasso)[0]) if np.count_nonzero(lasso) == 1 else None
        share = round(100 * abs(ridge[0]) / np.abs(ridge).sum())
        self.show("optima", {f"{rho:g}": {norm: s.as_dict() for norm, s in
                                          self.solutions(rho)[1].items()} for rho in RHO_STEPS})
        note = pieces.label(text("corr_note", self.lang, rho=RHO_STEPS[-1],
                                 index=pieces.subscript(kept + 1) if kept is not None else "?",
                                 share=share, rest=100 - share), theme.SMALL_SIZE,
                            theme.ZERO_COLOR)
        return note.to_edge(DOWN, buff=0.25)

