"""The whole family of balls: Lp from p = 0.5 to infinity, then the elastic net.

One loss (the default of the tangency scenes), one budget: every ball passes through
(+-2, 0) and (0, +-2).  The ball morphs continuously and the optimum follows it: sharp
corners on the axes (p <= 1) give an exact zero; from p > 1 the ball is round at the
axes and the zero is gone; p = inf has corners on the diagonals.  Then the elastic net
``rho ||b||_1 + (1 - rho) ||b||_2^2 <= 2 rho + 4 (1 - rho)`` morphs from the lasso
diamond (rho = 1) to the ridge circle (rho = 0), the same circle as p = 2: its corners
stay on the axes for every rho > 0, and for this loss the optimum leaves the corner at
the rho that mathcore finds.  Ball outlines, optima (certified against a dense check)
and contours all come from ``mathcore.lp_balls``.  One beat per stop, each with its own
subtitle.

Trackers: ``family`` (0 Lp, 1 elastic net) and ``setting`` (q = 1/p, or rho).

Render: ``manim render scenes/lp_family.py``.
"""

from __future__ import annotations

import numpy as np
from manim import LEFT, UP, Create, Dot, FadeIn, FadeOut, VGroup, Write, smooth

from mathcore import QuadraticLoss
from mathcore.lp_balls import Ball2D, BallOptimum, parameter_where_zeros_end, solve_ball_2d
from scenes import defaults, layout, pieces, theme
from scenes.base import NormvizScene
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
        self.formula_band, rest = panel_region.split_top(1.0)
        legend_band, self.readout_band = rest.split_top(1.0, gap=0.3)
        self.legend = legend_band.place(pieces.fit_into(pieces.label(
            text("lp_legend", self.lang), theme.SMALL_SIZE, theme.MUTED_TEXT_COLOR),
            legend_band.width)).align_to([legend_band.left, 0.0, 0.0], LEFT)
        self.formula = self.family_formula("lp")
        self.follow()

    def family_formula(self, family: str) -> VGroup:
        """The inequality that defines the current family's ball, top left of the panel."""
        band = self.formula_band
        formula = pieces.fit_into(pieces.formula(
            text(f"lp_formula_{family}_tex", self.lang), text(f"lp_formula_{family}", self.lang),
            theme.SMALL_SIZE), band.width)
        return formula.move_to(band.center).align_to([band.left, band.top, 0.0], UP + LEFT)

    def follow(self, dense_check: int = FRAME_CHECK) -> BallOptimum:
        """The one updater: ball outline, optimum and touching contour for the trackers."""
        ball = self.ball()
        optimum = solve_ball_2d(self.loss, ball, dense_check)
        color = theme.L1_COLOR if ball.sparse_corners else theme.L2_COLOR
        self.outline.show_outline(self.axes, ball.outline(720), color)
        self.dot.move_to(self.axes.c2p(*optimum.beta))
        self.contour.show(level=optimum.loss)
        return optimum

    def readout(self, note: str) -> VGroup:
        """Parameter, optimum and note for the current stop (built between frames)."""
        value = self.setting.get_value()
        family = FAMILIES[int(self.family.get_value())]
        if family == "lp":
            shown = text("infinity", self.lang) if value <= 0.0 else f"{1.0 / value:.2f}"
            heading = text("lp_value", self.lang, value=shown)
        else:
            heading = text("enet_value", self.lang, value=f"{value:.3g}")
        optimum = self.follow(dense_check=STOP_CHECK)
        self.show_next("stops", {
            "family": family, "parameter": value, "beta": optimum.beta.tolist(),
            "loss": optimum.loss, "zeros": list(optimum.zeros), "check_gap": optimum.check_gap,
        })
        lines = pieces.panel([
            pieces.label(heading, theme.BODY_SIZE),
            pieces.label(text("lp_optimum", self.lang,
                              coords=pieces.coordinates_text(optimum.beta)),
                         theme.BODY_SIZE, theme.SOLUTION_COLOR),
            pieces.label(note, theme.SMALL_SIZE, theme.ZERO_COLOR),
        ], self.readout_band.width)
        band = self.readout_band
        return lines.move_to(band.center).align_to([band.left, band.top, 0.0], UP + LEFT)

    def stop_at(self, value: float, note: str, previous: VGroup | None) -> VGroup:
        """Clear the old readout, morph to ``value``, then show the new readout and hold."""
        if previous is not None:
            self.play(FadeOut(previous), run_time=0.4)
        self.play(self.setting.animate.set_value(value), run_time=MORPH_SECONDS,
                  rate_func=smooth)
        lines = self.readout(note)
        self.play(FadeIn(lines, shift=0.1 * UP), run_time=0.6)
        self.wait(HOLD_SECONDS)
        return lines

    def tell_story(self) -> None:
        self.beat("lp_start")
        self.play(Write(self.title), Create(self.axes), FadeIn(self.names), run_time=1.2)
        self.play(FadeIn(self.outline), FadeIn(self.center_dot), FadeIn(self.center_tag),
                  FadeIn(self.contour), FadeIn(self.dot), FadeIn(self.formula),
                  FadeIn(self.legend), run_time=1.2)
        moving = self.drive(self.follow, self.outline, self.contour, self.dot)
        lines = None
        for value, beat in LP_STOPS:
            self.beat(beat)
            lines = self.stop_at(value, text(f"{beat}_note", self.lang), lines)
        self.stop_driving(moving, self.follow)
        # the square cannot morph into the diamond: fade between the two families
        self.beat("lp_enet")
        formula = self.family_formula("enet")
        self.play(FadeOut(lines), FadeOut(self.outline), FadeOut(self.formula), run_time=0.4)
        self.formula = formula
        self.family.set_value(FAMILIES.index("enet"))
        self.setting.set_value(1.0)
        self.follow()
        self.play(FadeIn(self.outline), FadeIn(self.formula), run_time=0.4)
        moving = self.drive(self.follow, self.outline, self.contour, self.dot)
        lines = self.stop_at(1.0, text("lp_enet_note", self.lang), None)
        self.leave = parameter_where_zeros_end(
            self.loss, lambda rho: Ball2D.enet_through_axes(rho, RADIUS), 1.0, 0.0)
        if self.leave is not None:
            self.beat("lp_leave", value=f"{self.leave:.3f}")
            lines = self.stop_at(self.leave, text("lp_leave_note", self.lang,
                                                  value=f"{self.leave:.3f}"), lines)
        self.beat("lp_ridge")
        lines = self.stop_at(0.0, text("lp_ridge_note", self.lang), lines)
        self.stop_driving(moving, lambda: self.follow(dense_check=STOP_CHECK))
        self.final_lines = lines

