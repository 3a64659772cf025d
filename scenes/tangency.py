"""The tangency story shared by ``l1.py`` and ``l2.py``.

One idea per video: the constrained optimum of ``min (b-c)^T A (b-c) s.t. ||b||_p <= t`` is
where the shrinking loss contours first touch the ball.  The L1 ball's corners sit on the
axes, so the touch is usually a corner and a coefficient is exactly 0; the L2 ball is
round, so the touch is on the edge with both coefficients non-zero.

Every number and position comes from mathcore: the optimum (``solve_constrained``), the
contours (``unit_ellipse``), the levels (``shrinking_levels``), the ball
(``boundary_points``).  One ValueTracker (the contour level) drives the only updater.
"""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    LEFT,
    UP,
    UR,
    Create,
    FadeIn,
    Flash,
    GrowFromCenter,
    Scene,
    ValueTracker,
    VGroup,
    Write,
    config,
    smooth,
)

from mathcore import (
    QuadraticLoss,
    boundary_points,
    ellipse_half_extent,
    shrinking_levels,
    solve_constrained,
)
from scenes import defaults, pieces, theme
from scenes.storyboard import Storyboard
from scenes.strings import text

#: Screen regions (manim units; the frame is 14.2 x 8): axes on the left, text on the right.
PLOT_WIDTH, PLOT_HEIGHT = 7.0, 6.3
PANEL_GAP, EDGE_BUFF = 0.6, 0.35
#: Fraction of the data box added on each side as margin.
MARGIN = 0.08


class TangencyScene(Storyboard, Scene):
    """Loss contours shrink onto the ``norm`` ball; the first touch is the optimum.

    Subclasses set ``norm``; the problem (centre c, matrix A, radius t) has defaults that
    tell the story at a glance and can be overridden as class attributes.
    """

    norm: str = "l1"
    center: tuple[float, ...] = defaults.CENTER
    matrix: tuple[tuple[float, ...], ...] = defaults.MATRIX
    radius: float = defaults.RADIUS

    def construct(self) -> None:
        self.camera.background_color = theme.BACKGROUND_COLOR
        self.solve_problem()
        self.build_picture()
        self.tell_story()

    # -- numbers -------------------------------------------------------------------------
    def solve_problem(self) -> None:
        """Ask mathcore for the optimum and the levels the contour sweeps."""
        self.loss = QuadraticLoss.create(self.center, self.matrix)
        self.solution = solve_constrained(self.loss, self.norm, self.radius)
        self.start_level, self.touch_level = shrinking_levels(self.loss, self.solution.loss)
        self.show("solution", self.solution.as_dict())

    # -- mobjects ------------------------------------------------------------------------
    def build_picture(self) -> None:
        """Create every mobject at its final place; ``tell_story`` only animates them."""
        t = self.solution.radius
        reach = ellipse_half_extent(self.loss, self.start_level)
        lower = np.minimum(-t, self.loss.center - reach)
        upper = np.maximum(t, self.loss.center + reach)
        pad = MARGIN * (upper - lower)
        self.axes = pieces.fit_axes(lower - pad, upper + pad, PLOT_WIDTH, PLOT_HEIGHT)
        ball = text(f"ball_{self.norm}", self.lang)
        self.title = pieces.title(text(f"title_{self.solution.face}", self.lang, ball=ball))
        self.axes.to_corner(DOWN + LEFT, buff=0.35)
        self.labels = pieces.axis_labels(
            self.axes, text("axis_x", self.lang), text("axis_y", self.lang)
        )
        self.ball = pieces.BallOutline(self.axes, self.norm, t)
        self.level = ValueTracker(self.start_level)
        self.contour = pieces.LossContour(self.axes, self.loss, self.start_level)
        self.contour.add_updater(lambda contour: contour.show(level=self.level.get_value()))
        obstacles = np.vstack([
            pieces.axes_points(self.axes),
            self.axes.c2p(boundary_points(self.norm, t, 400)),
            self.contour.screen_points_at(self.touch_level),
            self.contour.screen_points_at(self.start_level),
        ])
        self.marker = pieces.point_marker(
            self.axes, self.solution.beta, text("label_solution", self.lang),
            theme.SOLUTION_COLOR, obstacles,
        )
        self.center_marker = pieces.point_marker(
            self.axes, self.loss.center, text("label_center", self.lang), theme.LOSS_COLOR,
            np.vstack([obstacles, self.marker.get_all_points()]),
        )
        self.build_panel()

    def build_panel(self) -> None:
        """Formula, data, caption, result and the note, stacked on the right."""
        p = self.norm[1]
        data = {
            "center": ", ".join(pieces.format_number(x) for x in self.loss.center),
            "radius": pieces.format_number(self.solution.radius),
        }
        rows = [[pieces.format_number(x) for x in row] for row in self.loss.matrix]
        self.problem = pieces.formula(
            text("problem_tex", self.lang, p=p),
            text("problem_plain", self.lang, p_sub=pieces.subscript(int(p))),
        )
        self.data = pieces.formula(
            text("data_tex", self.lang, matrix=r" \\ ".join(" & ".join(r) for r in rows), **data),
            text("data_plain", self.lang, matrix="; ".join(", ".join(r) for r in rows), **data),
            font_size=theme.SMALL_SIZE,
            color=theme.MUTED_TEXT_COLOR,
        )
        outcome = "interior" if self.solution.face == "interior" else "touch"
        self.caption = pieces.label(text(f"caption_{outcome}", self.lang), theme.SMALL_SIZE)
        self.readout, self.readout_coordinates = pieces.solution_readout(self.solution, self.lang)
        self.note = pieces.label(self.note_text(), theme.SMALL_SIZE, theme.ZERO_COLOR)
        left = self.axes.get_right()[0] + PANEL_GAP
        width = config.frame_width / 2 - EDGE_BUFF - left
        column = pieces.panel(
            [self.problem, self.data, self.caption, self.readout, self.note], width
        )
        column.align_to(self.axes, UP).shift(0.2 * DOWN)
        column.set_x(left + column.width / 2)

    def note_text(self) -> str:
        """What the viewer should notice about this optimum, from its face and zeros."""
        solution = self.solution
        zeros = ", ".join(text("zero_coefficient", self.lang, index=pieces.subscript(i + 1))
                          for i in solution.zeros)
        note = text(f"note_{solution.face}", self.lang, zeros=zeros)
        if not solution.unique:
            note += "\n" + text("note_not_unique", self.lang)
        return note

    # -- storyboard ----------------------------------------------------------------------
    def tell_story(self) -> None:
        """Title, axes, ball, centre; the contour shrinks onto the ball; the optimum is read out."""
        self.beat(f"tan_problem_{self.norm}")
        self.play(Write(self.title), Create(self.axes), FadeIn(self.labels), run_time=1.2)
        self.play(
            Create(self.ball), FadeIn(self.problem), FadeIn(self.data),
            FadeIn(self.center_marker), run_time=1.5,
        )
        # the contour goes on top: while it shrinks, manim redraws only it (and what lies above)
        interior = self.solution.face == "interior"
        self.beat("tan_shrink_inside" if interior else "tan_shrink")
        self.play(FadeIn(self.caption), FadeIn(self.contour), run_time=0.8)
        self.play(self.level.animate.set_value(self.touch_level), run_time=3.0, rate_func=smooth)
        self.beat(f"tan_{self.solution.face}")
        self.play(
            GrowFromCenter(self.marker[0]),
            FadeIn(self.marker[1]),
            Flash(self.marker[0], color=theme.SOLUTION_COLOR, flash_radius=0.35),
            FadeIn(self.readout, shift=0.1 * UR),
            run_time=1.2,
        )
        self.play(FadeIn(self.note, shift=0.1 * UR), run_time=0.8)
        self.wait(1.5)

    @property
    def visible_group(self) -> VGroup:
        """All story mobjects (for benchmarks that draw the same picture without motion)."""
        return VGroup(
            self.title, self.axes, self.labels, self.ball, self.problem, self.data,
            self.center_marker, self.contour, self.marker, self.caption, self.readout,
            self.note,
        )


