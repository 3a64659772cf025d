"""Shrinking the budget t: the L1 optimum slides onto an axis, the L2 optimum curves into 0.

One loss, both balls shrinking together (each from the radius where the constraint starts
to bind, ``||c||_p``, down to 0: both follow the share t / ||c||_p of that full
budget), each with the loss contour that touches it at its optimum.  Left: the beta
plane with both optima and their paths.  Right: every coefficient against the share of
the budget left, drawn in step.  All
numbers come from ``mathcore.budget_path`` (exact L1 knots; L2 by its secular equation).

Render: ``manim render scenes/path.py``.
"""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UP,
    UR,
    Create,
    DashedLine,
    Dot,
    FadeIn,
    Flash,
    Line,
    VGroup,
    Write,
    linear,
)

from mathcore import QuadraticLoss
from mathcore.budget_path import budget_path
from scenes import defaults, layout, pieces, theme
from scenes.base import NormvizScene
from scenes.strings import text

NORMS = ("l1", "l2")
PLOT_HEIGHT = 3.6
#: Room beside and below the plot for the curve names, tick marks and the axis name.
NAME_ROOM, BELOW_PLOT = 0.6, 0.8
#: Above the plot: the closing notes (two to three lines) and their gap.
NOTES_ROOM = 1.9


class ShrinkingBudget(NormvizScene):
    """Both constrained optima as the budget shrinks from ``||c||_p`` to 0."""

    center: tuple[float, ...] = defaults.CENTER
    matrix: tuple[tuple[float, ...], ...] = defaults.MATRIX

    def construct(self) -> None:
        self.loss = QuadraticLoss.create(self.center, self.matrix)
        self.paths = {norm: budget_path(self.loss, norm) for norm in NORMS}
        self.show("events_l1", [vars(e) for e in self.paths["l1"].events])
        self.show("full_radius", {norm: path.full_radius for norm, path in self.paths.items()})
        self.share = self.tracker("share", 1.0)
        self.plane_region, self.plot_region = layout.plane_and_panel()
        self.build_plane()
        self.build_plot()
        self.tell_story()

    # -- mobjects ------------------------------------------------------------------------
    def build_plane(self) -> None:
        """Axes, both balls, the centre, both optima and their traced paths."""
        reach = max(path.full_radius for path in self.paths.values())
        reach = max(reach, float(np.abs(self.loss.center).max())) * 1.1
        region = self.plane_region
        self.axes = self.plane("plane", pieces.fit_axes(
            np.array([-reach, -reach]), np.array([reach, reach]), region.width, region.height))
        region.place(self.axes)
        self.plane_labels = pieces.axis_labels(
            self.axes, text("axis_x", self.lang), text("axis_y", self.lang)
        )
        self.balls, self.dots, self.traces, self.contours = {}, {}, {}, {}
        self.full_balls = VGroup()
        for norm, path in self.paths.items():
            self.balls[norm] = pieces.BallOutline(self.axes, norm, path.full_radius)
            self.full_balls.add(self.balls[norm].copy().set_fill(opacity=0.0).set_stroke(
                width=1.5, opacity=0.45))
            radii, betas = path.sample(240)
            self.traces[norm] = pieces.CurveReveal(
                self.axes.c2p(betas[::-1]), radii[::-1] / path.full_radius, increasing=False,
                color=theme.NORM_COLORS[norm], stroke_width=theme.PATH_STROKE,
            )
            self.dots[norm] = Dot(self.axes.c2p(*self.loss.center), radius=theme.DOT_RADIUS,
                                  color=theme.NORM_COLORS[norm])
            self.contours[norm] = pieces.LossContour(self.axes, self.loss, 0.0,
                                                     clip_to_axes=True)
        self.center_dot = Dot(self.axes.c2p(*self.loss.center), radius=theme.DOT_RADIUS,
                              color=theme.LOSS_COLOR)
        # both full balls pass through c, and both optima start on it: the name says so
        self.center_tag = pieces.label(text("label_center", self.lang), theme.SMALL_SIZE,
                                       theme.LOSS_COLOR).next_to(self.center_dot, UR, buff=0.05)
        self.title = pieces.title(text("path_title", self.lang))

    def build_plot(self) -> None:
        """Coefficients against t / ||c||_p for both norms, revealed as the budget shrinks."""
        samples = {norm: path.sample(240) for norm, path in self.paths.items()}
        values = np.concatenate([betas.ravel() for _, betas in samples.values()])
        low, high = min(0.0, values.min()), values.max()
        pad = 0.08 * (high - low)
        region = self.plot_region
        self.plot = self.plane("plot", pieces.coefficient_axes(
            (0.0, 1.0), (low - pad, high + pad), region.width - NAME_ROOM,
            min(PLOT_HEIGHT, region.height - BELOW_PLOT - NOTES_ROOM)))
        self.plot.align_to([region.left, region.bottom + BELOW_PLOT, 0.0], DOWN + LEFT)
        self.curves = []
        for norm, (radii, betas) in samples.items():
            shares = radii / self.paths[norm].full_radius
            for index in range(self.loss.dim):
                points = self.plot.c2p(np.column_stack([shares, betas[:, index]])[::-1])
                curve = pieces.CurveReveal(points, shares[::-1], increasing=False,
                                           color=theme.NORM_COLORS[norm],
                                           stroke_width=theme.PATH_STROKE)
                self.curves.append((norm, index, curve))
        self.cursor = DashedLine(self.plot.c2p(1.0, low - pad), self.plot.c2p(1.0, high + pad),
                                 color=theme.MUTED_TEXT_COLOR, stroke_width=2)
        names = [pieces.label(text("coefficient_name", self.lang,
                                   index=pieces.subscript(i + 1)), theme.SMALL_SIZE,
                              theme.TEXT_COLOR).next_to(self.plot.c2p(1.0, value), RIGHT, buff=0.12)
                 for i, value in enumerate(self.loss.center)]
        ends = [
            pieces.label(mark, theme.SMALL_SIZE, theme.MUTED_TEXT_COLOR).next_to(
                self.plot.x_axis.n2p(value), DOWN, buff=0.15)
            for mark, value in (("0", 0.0), ("1", 1.0))
        ]
        self.plot_labels = VGroup(
            pieces.fit_into(pieces.label(text("path_x_label", self.lang), theme.SMALL_SIZE,
                                         theme.MUTED_TEXT_COLOR), self.plot_region.width)
            .next_to(self.plot, DOWN, buff=0.45),
            *names, *ends,
        )

    # -- motion --------------------------------------------------------------------------
    def follow_budget(self) -> None:
        """The one updater: every moving part reads the budget share from the tracker."""
        share = self.share.get_value()
        for norm, path in self.paths.items():
            beta = path.beta_at(share * path.full_radius)
            self.balls[norm].set_radius(share * path.full_radius)
            self.contours[norm].show(level=float(self.loss.value(beta)))
            self.dots[norm].move_to(self.axes.c2p(*beta))
            self.traces[norm].show_until(share, self.axes.c2p(*beta))
        for norm, index, curve in self.curves:
            beta = self.paths[norm].beta_at(share * self.paths[norm].full_radius)
            curve.show_until(share, self.plot.c2p(share, beta[index]))
        low, high = self.plot.y_range[:2]
        self.cursor.put_start_and_end_on(self.plot.c2p(share, low), self.plot.c2p(share, high))

    def tell_story(self) -> None:
        """Both balls at full size, then the budget shrinks to 0 with a stop at each L1 event."""
        self.beat("path_start")
        self.play(Write(self.title), Create(self.axes), FadeIn(self.plane_labels),
                  Create(self.plot), FadeIn(self.plot_labels), run_time=1.5)
        self.add(self.full_balls)
        self.play(*[FadeIn(ball) for ball in self.balls.values()], FadeIn(self.center_dot),
                  FadeIn(self.center_tag), *[FadeIn(dot) for dot in self.dots.values()],
                  run_time=1.2)
        moving = self.drive(self.follow_budget, *self.balls.values(), *self.contours.values(),
                            *self.traces.values(), *[c for _, _, c in self.curves], self.cursor,
                            *self.dots.values())
        self.callouts = VGroup()
        self.beat("path_shrink")
        l1 = self.paths["l1"]
        for event in (e for e in l1.events if e.action == "zeroed"):
            share = event.radius / l1.full_radius
            self.play(self.share.animate.set_value(share), run_time=6.0 * (1.0 - share) + 1.5,
                      rate_func=linear)
            self.beat("path_drop", index=event.feature + 1,
                      radius=pieces.format_coefficient(event.radius))
            callout = pieces.label(
                text("path_zeroed", self.lang, index=pieces.subscript(event.feature + 1),
                     radius=pieces.format_coefficient(event.radius), share=f"{share:.3f}"),
                theme.SMALL_SIZE, theme.L1_COLOR,
            )
            anchor = self.callouts[-1] if len(self.callouts) else self.plot
            callout.next_to(anchor, UP, buff=0.6 if anchor is self.plot else 0.1)
            callout.align_to(self.plot, LEFT)
            tick = VGroup(
                Line(self.plot.c2p(share, self.plot.y_range[0]),
                     self.plot.c2p(share, self.plot.y_range[0]) + 0.15 * DOWN,
                     color=theme.L1_COLOR, stroke_width=2),
                pieces.label(f"{share:.3f}", theme.SMALL_SIZE * 0.8, theme.L1_COLOR))
            tick[1].next_to(tick[0], DOWN, buff=0.05)
            self.play(Flash(self.dots["l1"], color=theme.L1_COLOR), FadeIn(callout),
                      FadeIn(tick), run_time=0.8)
            self.wait(1.5)
            self.callouts.add(callout)
        self.beat("path_end")
        self.play(self.share.animate.set_value(0.0), run_time=3.0, rate_func=linear)
        self.stop_driving(moving, self.follow_budget)
        self.notes = self.final_notes()
        self.play(FadeIn(self.notes), run_time=1.0)

    def final_notes(self) -> VGroup:
        """What each path did, placed above the plot."""
        drops = [e for e in self.paths["l1"].events if e.action == "zeroed"]
        notes = VGroup(*[
            pieces.label(text("path_note_l1", self.lang, index=drop.feature + 1,
                              radius=pieces.format_coefficient(drop.radius)),
                         theme.SMALL_SIZE, theme.L1_COLOR)
            for drop in drops[:1]  # the first feature dropped as the budget shrinks
        ], pieces.label(text("path_note_l2", self.lang), theme.SMALL_SIZE, theme.L2_COLOR))
        notes.arrange(DOWN, aligned_edge=LEFT, buff=0.2)
        notes.next_to(self.plot, UP, buff=0.6).align_to(self.plot, LEFT)
        self.callouts.set_opacity(0.0)
        return notes
