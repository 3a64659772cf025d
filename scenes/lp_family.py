"""The whole family of balls: Lp from p = 0.5 to infinity, then the elastic net.

One loss (the default of the tangency scenes), one budget: every ball passes through
(+-2, 0) and (0, +-2).  The ball morphs continuously and the optimum follows it: sharp
corners on the axes (p <= 1) give an exact zero; from p > 1 the ball is round at the
axes and the zero is gone; p = inf has corners on the diagonals.  Then the elastic net
``a ||b||_1 + (1 - a) ||b||_2^2 <= 2 a + 4 (1 - a)`` (a, alpha on screen: the L1 share)
morphs from the lasso diamond (a = 1) to the ridge circle (a = 0), the same circle as
p = 2: its corners stay on the axes for every a > 0, and for this loss the optimum leaves
the corner at the a that mathcore finds.  Ball outlines, optima (certified against a dense check)
and contours all come from ``mathcore.lp_balls``.  One beat per stop, each with its own
subtitle.

Trackers: ``family`` (0 Lp, 1 elastic net) and ``setting`` (q = 1/p, or a).

Render: ``manim render scenes/lp_family.py``.
"""

from __future__ import annotations

import numpy as np
from manim import DOWN, LEFT, UP, Create, Dot, FadeIn, FadeOut, VGroup, Write, smooth

from mathcore import QuadraticLoss
from mathcore.lp_balls import Ball2D, BallOptimum, parameter_where_zeros_end, solve_ball_2d
from scenes import defaults, layout, pieces, theme
from scenes.base import NormvizScene
from scenes.live_text import LiveLine
from scenes.strings import text

RADIUS = defaults.RADIUS
#: Stops of the Lp morph, as q = 1 / p (q = 0 is p = infinity): (q, beat).
LP_STOPS = ((2.0, "lp_below"), (1.0, "lp_one"), (2 / 3, "lp_above"), (0.5, "lp_two"),
            (0.0, "lp_inf"))
PLANE_RANGE = 3.3
FRAME_CHECK = 20_000  # dense-check directions per frame
STOP_CHECK = 200_000  # and at each stop
FAMILIES = ("lp", "enet")
MORPH_SECONDS, HOLD_SECONDS = 2.0, 3.0
#: How far past the mix where the optimum leaves the corner the story stops.
LEAVE_MARGIN = 0.15
#: The pause on the threshold itself, before the optimum leaves the corner.
LEAVE_PAUSE_SECONDS = 1.0


def ball_at(family: float, setting: float) -> Ball2D:
    """The ball at a recorded state: ``family`` indexes ``FAMILIES``; the setting is
    q = 1/p for Lp (q = 0 is p = infinity) and rho for the elastic net, whose ball goes
    through the same axis points as the Lp balls."""
    if FAMILIES[int(family)] == "lp":
        return Ball2D.lp(np.inf if setting <= 0.0 else 1.0 / setting, RADIUS)
    return Ball2D.enet_through_axes(min(max(setting, 0.0), 1.0), RADIUS)


class BallFamily(NormvizScene):
    """Lp balls morphing with the optimum following, then the elastic net."""

    center: tuple[float, ...] = defaults.CENTER
    matrix: tuple[tuple[float, ...], ...] = defaults.MATRIX

    def construct(self) -> None:
        self.loss = QuadraticLoss.create(self.center, self.matrix)
        self.family = self.tracker("family", FAMILIES.index("lp"))
        self.setting = self.tracker("setting", LP_STOPS[0][0])
        self.build_picture()
        self.tell_story()

    def ball(self) -> Ball2D:
        """The ball the trackers stand at."""
        return ball_at(self.family.get_value(), self.setting.get_value())

    def build_picture(self) -> None:
        self.title = pieces.title(text("lp_title", self.lang))
        plane_region, panel_region = layout.plane_and_panel()
        self.axes = self.plane("plane", pieces.fit_axes(
            np.array([-PLANE_RANGE, -PLANE_RANGE]), np.array([PLANE_RANGE, PLANE_RANGE]),
            plane_region.width, plane_region.height))
        plane_region.place(self.axes)
        self.names = pieces.axis_labels(self.axes, text("axis_x", self.lang),
                                        text("axis_y", self.lang))
        self.outline = pieces.BallOutline(self.axes, "l1", RADIUS)
        optimum = solve_ball_2d(self.loss, self.ball())
        self.contour = pieces.LossContour(self.axes, self.loss, optimum.loss, clip_to_axes=True)
        self.dot = Dot(self.axes.c2p(*optimum.beta), radius=theme.DOT_RADIUS,
                       color=theme.SOLUTION_COLOR)
        self.center_dot = Dot(self.axes.c2p(*self.loss.center), radius=theme.DOT_RADIUS,
                              color=theme.LOSS_COLOR)
        self.center_tag = pieces.label(text("label_center", self.lang), theme.SMALL_SIZE,
                                       theme.LOSS_COLOR).next_to(self.center_dot, UP, buff=0.08)
        # the panel: what the ball is (top), the colour key, then each stop's read-out
        self.formula_band, rest = panel_region.split_top(0.7)
        legend_band, self.readout_band = rest.split_top(1.6, gap=0.3)
        self.legend = legend_band.place(pieces.fit_into(pieces.label(
            text("lp_legend", self.lang), theme.SMALL_SIZE, theme.MUTED_TEXT_COLOR),
            legend_band.width)).align_to([legend_band.left, 0.0, 0.0], LEFT)
        self.formula = self.family_formula("lp")
        self.heading, self.optimum_line = self.live_lines("lp")
        self.follow()

    def family_formula(self, family: str) -> VGroup:
        """The inequality that defines the current family's ball, top left of the panel."""
        band = self.formula_band
        formula = pieces.fit_into(pieces.formula(
            text(f"lp_formula_{family}_tex", self.lang), text(f"lp_formula_{family}", self.lang),
            theme.SMALL_SIZE), band.width)
        return formula.move_to(band.center).align_to([band.left, band.top, 0.0], UP + LEFT)

    def follow(self, dense_check: int = FRAME_CHECK) -> BallOptimum:
        """The one updater: ball outline, optimum, touching contour and the live read-out."""
        ball = self.ball()
        optimum = solve_ball_2d(self.loss, ball, dense_check)
        color = theme.L1_COLOR if ball.sparse_corners else theme.L2_COLOR
        self.outline.show_outline(self.axes, ball.outline(720), color)
        self.dot.move_to(self.axes.c2p(*optimum.beta))
        self.contour.show(level=optimum.loss)
        value = self.setting.get_value()
        if FAMILIES[int(self.family.get_value())] == "lp":
            self.heading.set_fields(text("infinity", self.lang) if value <= 0.0
                                    else f"{1.0 / value:.3f}")
        else:
            self.heading.set_fields(f"{value:.3f}")
        self.optimum_line.set_fields(*(pieces.format_coefficient(x) for x in optimum.beta))
        return optimum

    def live_lines(self, family: str) -> tuple[LiveLine, LiveLine]:
        """The parameter and the optimum, updated every frame, under the colour key."""
        heading = LiveLine(text("lp_value" if family == "lp" else "enet_value", self.lang),
                           ["0.000"], theme.BODY_SIZE)
        optimum = LiveLine(text("lp_optimum", self.lang), ["0.000", "0.000"], theme.BODY_SIZE,
                           theme.SOLUTION_COLOR)
        band = self.readout_band
        heading.align_to([band.left, band.top, 0.0], UP + LEFT)
        optimum.next_to(heading, DOWN, buff=0.25).align_to(heading, LEFT)
        return heading, optimum

    def record_stop(self, optimum: BallOptimum) -> None:
        self.show_next("stops", {
            "family": FAMILIES[int(self.family.get_value())],
            "parameter": self.setting.get_value(), "beta": optimum.beta.tolist(),
            "loss": optimum.loss, "zeros": list(optimum.zeros), "check_gap": optimum.check_gap,
        })

    def stop_at(self, value: float, note: str, previous: VGroup | None,
                morph_seconds: float = MORPH_SECONDS) -> VGroup:
        """Clear the old note, morph to ``value`` (the read-out follows), show the note."""
        if previous is not None:
            self.play(FadeOut(previous), run_time=0.4)
        self.play(self.setting.animate.set_value(value), run_time=morph_seconds,
                  rate_func=smooth)
        self.setting.set_value(value)  # exactly the stop (p = 1 sits on the corner/round edge)
        self.record_stop(self.follow(dense_check=STOP_CHECK))
        lines = pieces.fit_into(pieces.label(note, theme.SMALL_SIZE, theme.ZERO_COLOR),
                                self.readout_band.width)
        lines.next_to(self.optimum_line, DOWN, buff=0.35).align_to(self.optimum_line, LEFT)
        self.play(FadeIn(lines, shift=0.1 * UP), run_time=0.6)
        self.wait(HOLD_SECONDS)
        return lines

    def tell_story(self) -> None:
        self.beat("lp_start")
        self.play(Write(self.title), Create(self.axes), FadeIn(self.names), run_time=1.2)
        self.play(FadeIn(self.outline), FadeIn(self.center_dot), FadeIn(self.center_tag),
                  FadeIn(self.contour), FadeIn(self.dot), FadeIn(self.formula),
                  FadeIn(self.legend), FadeIn(self.heading), FadeIn(self.optimum_line),
                  run_time=1.2)
        moving = self.drive(self.follow, self.outline, self.contour, self.dot, self.heading,
                            self.optimum_line)
        lines = None
        for value, beat in LP_STOPS:
            self.beat(beat)
            lines = self.stop_at(value, text(f"{beat}_note", self.lang), lines)
        self.stop_driving(moving, self.follow)
        # the square cannot morph into the diamond: fade between the two families
        self.beat("lp_enet")
        formula = self.family_formula("enet")
        self.play(FadeOut(lines), FadeOut(self.outline), FadeOut(self.formula),
                  FadeOut(self.heading), run_time=0.4)
        self.formula = formula
        self.family.set_value(FAMILIES.index("enet"))
        self.setting.set_value(1.0)
        self.heading = self.live_lines("enet")[0]
        self.follow()
        self.play(FadeIn(self.outline), FadeIn(self.formula), FadeIn(self.heading),
                  run_time=0.4)
        moving = self.drive(self.follow, self.outline, self.contour, self.dot, self.heading,
                            self.optimum_line)
        lines = self.stop_at(1.0, text("lp_enet_note", self.lang), None)
        self.leave = parameter_where_zeros_end(
            self.loss, lambda mix: Ball2D.enet_through_axes(mix, RADIUS), 1.0, 0.0)
        if self.leave is not None:
            self.beat("lp_leave", value=f"{self.leave:.3f}")
            # to the threshold, still on the corner; then slowly a little past it, where
            # the optimum is visibly off the axis
            self.play(FadeOut(lines), run_time=0.4)
            self.play(self.setting.animate.set_value(self.leave), run_time=MORPH_SECONDS,
                      rate_func=smooth)
            self.wait(LEAVE_PAUSE_SECONDS)
            past = max(self.leave - LEAVE_MARGIN, 0.5 * self.leave)
            lines = self.stop_at(past, text("lp_leave_note", self.lang,
                                            value=f"{self.leave:.3f}"), None,
                                 morph_seconds=2 * MORPH_SECONDS)
        self.beat("lp_ridge")
        lines = self.stop_at(0.0, text("lp_ridge_note", self.lang), lines)
        self.stop_driving(moving, lambda: self.follow(dense_check=STOP_CHECK))
        self.final_lines = VGroup(self.heading, self.optimum_line, lines)
