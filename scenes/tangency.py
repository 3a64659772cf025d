"""The tangency story shared by ``l1.py`` and ``l2.py``.

One idea per video: the constrained optimum of ``min (b-c)^T A (b-c) s.t. ||b||_p <= t`` is
the first point where a loss contour, grown outwards from c, contacts the ball (ESL
Fig. 3.11).  Every contour of a smaller level lies outside the ball, because f(b*) is the
smallest loss on the ball.  The L1 ball's corners sit on the axes, so the first contact
is usually a corner and a coefficient is exactly 0; the L2 ball is round, so the contact
is on the edge with both coefficients non-zero.

Every number and position comes from mathcore: the optimum (``solve_constrained``), the
contours (``unit_ellipse``), the ball (``boundary_points``).  One tracker (the contour
level, 0 -> f(b*)) drives the only updater.
"""

from __future__ import annotations

import numpy as np
from manim import UP, UR, Create, FadeIn, Flash, GrowFromCenter, VGroup, Write, smooth

from mathcore import QuadraticLoss, boundary_points, ellipse_half_extent, solve_constrained
from scenes import defaults, layout, pieces, theme
from scenes.base import NormvizScene
from scenes.strings import text

#: Fraction of the data box added on each side as margin.
MARGIN = 0.08


class TangencyScene(NormvizScene):
    """A loss contour grows from c until it first touches the ``norm`` ball: the optimum.

    Subclasses set ``norm``; the problem (centre c, matrix A, radius t) has defaults that
    tell the story at a glance and can be overridden as class attributes.
    """

    norm: str = "l1"
    center: tuple[float, ...] = defaults.CENTER
    matrix: tuple[tuple[float, ...], ...] = defaults.MATRIX
    radius: float = defaults.RADIUS

    def construct(self) -> None:
        self.solve_problem()
        self.build_picture()
        self.tell_story()

    # -- numbers -------------------------------------------------------------------------
    def solve_problem(self) -> None:
        """Ask mathcore for the optimum; the contour grows from level 0 to f(b*)."""
        self.loss = QuadraticLoss.create(self.center, self.matrix)
        self.solution = solve_constrained(self.loss, self.norm, self.radius)
        self.touch_level = self.solution.loss
        self.show("solution", self.solution.as_dict())

    # -- mobjects ------------------------------------------------------------------------
    def build_picture(self) -> None:
        """Create every mobject at its final place; ``tell_story`` only animates them."""
        t = self.solution.radius
        reach = ellipse_half_extent(self.loss, self.touch_level)
        lower = np.minimum(-t, self.loss.center - reach)
        upper = np.maximum(t, self.loss.center + reach)
        pad = MARGIN * (upper - lower)
        plane_region, self.panel_region = layout.plane_and_panel()
        self.axes = self.plane("plane", pieces.fit_axes(
            lower - pad, upper + pad, plane_region.width, plane_region.height))
        plane_region.place(self.axes)
        ball = text(f"ball_{self.norm}", self.lang)
        self.title = pieces.title(text(f"title_{self.solution.face}", self.lang, ball=ball))
        self.labels = pieces.axis_labels(
            self.axes, text("axis_x", self.lang), text("axis_y", self.lang)
        )
        self.ball = pieces.BallOutline(self.axes, self.norm, t)
        self.level = self.tracker("level", 0.0)
        self.contour = pieces.LossContour(self.axes, self.loss, 0.0)
        obstacles = np.vstack([
            pieces.axes_points(self.axes),
            self.axes.c2p(boundary_points(self.norm, t, 400)),
            self.contour.screen_points_at(self.touch_level),
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
        """Formula, data, caption, result and the note, stacked in the panel region."""
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
        )
        outcome = "interior" if self.solution.face == "interior" else "touch"
        self.caption = pieces.label(text(f"caption_{outcome}", self.lang), theme.SMALL_SIZE)
        self.readout, self.readout_coordinates = pieces.solution_readout(self.solution, self.lang)
        self.note = pieces.label(self.note_text(), theme.SMALL_SIZE, theme.ZERO_COLOR)
        column = pieces.panel(
            [self.problem, self.data, self.caption, self.readout, self.note],
            self.panel_region.width,
        )
        column.move_to(self.panel_region.center).align_to(self.axes, UP)

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
    def grow_contour(self) -> None:
        """The one updater: the contour at the tracked level."""
        self.contour.show(level=self.level.get_value())

    def tell_story(self) -> None:
        """Title, axes, ball, centre; the contour grows from c onto the ball; the optimum."""
        self.beat(f"tan_problem_{self.norm}")
        self.play(Write(self.title), Create(self.axes), FadeIn(self.labels), run_time=1.2)
        self.play(
            Create(self.ball), FadeIn(self.problem), FadeIn(self.data),
            FadeIn(self.center_marker), run_time=1.5,
        )
        self.wait(1.5)
        if self.solution.face != "interior":
            self.beat("tan_grow")
            # on top of the ball: while it grows, manim redraws only it (and what lies above)
            growing = self.drive(self.grow_contour, self.contour)
            self.play(FadeIn(self.caption), run_time=0.8)
            self.wait(2.0)  # read what is about to happen, then watch it
            self.play(self.level.animate.set_value(self.touch_level), run_time=3.5,
                      rate_func=smooth)
            self.stop_driving(growing, self.grow_contour)
        else:
            self.play(FadeIn(self.caption), run_time=0.8)
        self.beat(f"tan_{self.solution.face}")
        self.play(
            GrowFromCenter(self.marker[0]),
            FadeIn(self.marker[1]),
            Flash(self.marker[0], color=theme.SOLUTION_COLOR, flash_radius=0.35),
            FadeIn(self.readout, shift=0.1 * UR),
            run_time=1.2,
        )
        self.play(FadeIn(self.note, shift=0.1 * UR), run_time=0.8)

    @property
    def visible_group(self) -> VGroup:
        """All story mobjects (for benchmarks that draw the same picture without motion)."""
        return VGroup(
            self.title, self.axes, self.labels, self.ball, self.problem, self.data,
            self.center_marker, self.contour, self.marker, self.caption, self.readout,
            self.note,
        )
