"""Two features growing correlated: the lasso ends on one of them, the ridge splits the weight.

Data ``y = x1 + x2 + e`` with corr(x1, x2) = rho (``mathcore.correlated``), n = 60; the
loss is least squares on them, centred at the least-squares fit c.  As rho sweeps from 0
to 0.99 the loss ellipses stretch along (1, -1), the direction the data cannot pin down:
the L1 optimum (left, budget ``||b||_1 <= 1``) slides along the diamond's edge to the
corner (1, 0), which it reaches only near rho = 0.99; the L2 optimum (right,
``||b||_2 <= 0.75``) stays close to the diagonal b1 = b2.  At rho = 0.99 a small plot
shows the loss along the diamond's edge, from the lasso's corner to the other twin's: it
rises from the corner (the first contact) but only a little, because the contour runs at
the small angle mathcore measures to the edge.  Contours, optima, c and the read-outs follow
rho on every frame.

Render: ``manim render scenes/correlated.py``.
"""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UP,
    Create,
    DashedLine,
    Dot,
    FadeIn,
    FadeOut,
    VGroup,
    Write,
    smooth,
)

from mathcore import QuadraticLoss, contour_angle, solve_constrained
from mathcore.correlated import correlated_pair
from mathcore.preprocessing import center
from scenes import layout, pieces, theme
from scenes.base import NormvizScene
from scenes.live_text import LiveLine
from scenes.strings import text

RHO_START, RHO_END = 0.0, 0.99
RADII = {"l1": 1.0, "l2": 0.75}
SAMPLES, SEED = 60, 3
PLANE_RANGE = 1.6
READOUT_GAP = 0.5
MIDDLE_WIDTH = 3.4
EDGE_SAMPLES = 200
NAMES = {"l1": "lasso", "l2": "ridge"}


def loss_at(rho: float) -> QuadraticLoss:
    """The least-squares loss of the correlated data at correlation rho."""
    return QuadraticLoss.from_data(*center(*correlated_pair(rho, SAMPLES, SEED)))


def solutions_at(rho: float) -> tuple[QuadraticLoss, dict]:
    """mathcore's loss and both constrained optima at ``rho``."""
    loss = loss_at(rho)
    return loss, {norm: solve_constrained(loss, norm, t) for norm, t in RADII.items()}


class CorrelatedFeatures(NormvizScene):
    """Lasso and ridge optima on the same loss while the features' correlation grows."""

    def construct(self) -> None:
        self.rho = self.tracker("rho", RHO_START)
        self.build_planes()
        self.tell_story()

    def build_planes(self) -> None:
        """Left: L1 plane; right: L2 plane; each with ball, diagonal, contour, c, optimum;
        between them the correlation (and, later, the zoom on the lasso's corner)."""
        self.title = pieces.title(text("corr_title", self.lang))
        left, self.middle, right = layout.flanking_squares(MIDDLE_WIDTH, caption_lines=2,
                                                           below=2 * READOUT_GAP)
        loss, solutions = solutions_at(RHO_START)
        self.rho_line = LiveLine(text("corr_rho", self.lang), [f"{RHO_START:.2f}"],
                                 theme.BODY_SIZE)
        self.rho_line.move_to(self.middle.center).align_to([0.0, self.middle.top, 0.0], UP)
        self.planes = {}
        for norm, column in zip(RADII, (left, right), strict=True):
            header_band, column = column.split_top(READOUT_GAP)
            square, readout_band = column.split_bottom(READOUT_GAP)
            square = square.shrink(right=layout.AXIS_NAME_ROOM, top=layout.AXIS_NAME_ROOM)
            axes = self.plane(norm, pieces.fit_axes(
                np.array([-PLANE_RANGE, -PLANE_RANGE]), np.array([PLANE_RANGE, PLANE_RANGE]),
                square.width, square.height))
            square.place(axes)
            names = pieces.axis_labels(axes, text("axis_x", self.lang), text("axis_y", self.lang))
            diagonal = DashedLine(axes.c2p(-PLANE_RANGE, -PLANE_RANGE),
                                  axes.c2p(PLANE_RANGE, PLANE_RANGE),
                                  color=theme.MUTED_TEXT_COLOR, stroke_width=1.5)
            ball = pieces.BallOutline(axes, norm, RADII[norm])
            contour = pieces.LossContour(axes, loss, solutions[norm].loss, clip_to_axes=True)
            center_dot = Dot(axes.c2p(*loss.center), radius=theme.DOT_RADIUS,
                             color=theme.LOSS_COLOR)
            center_tag = pieces.label(text("label_center", self.lang), theme.SMALL_SIZE,
                                      theme.LOSS_COLOR)
            dot = Dot(axes.c2p(*solutions[norm].beta), radius=theme.DOT_RADIUS,
                      color=pieces.optimum_color(solutions[norm].beta))
            readout = LiveLine(text("corr_optimum", self.lang), ["0.000", "0.000"],
                               theme.SMALL_SIZE, theme.NORM_COLORS[norm])
            readout_band.place(readout)
            header = header_band.place(pieces.fit_into(pieces.label(
                text(f"corr_{NAMES[norm]}", self.lang), theme.BODY_SIZE, theme.NORM_COLORS[norm]),
                header_band.width))
            self.planes[norm] = {"axes": axes, "names": names, "diagonal": diagonal,
                                 "ball": ball, "header": header, "contour": contour,
                                 "center": center_dot, "center_tag": center_tag, "dot": dot,
                                 "readout": readout}
        self.follow_rho()

    def follow_rho(self) -> None:
        """The one updater: the loss at the current rho moves contours, c, optima, read-outs."""
        rho = self.rho.get_value()
        loss, solutions = solutions_at(rho)
        self.rho_line.set_fields(f"{rho:.2f}")
        for norm, plane in self.planes.items():
            axes, beta = plane["axes"], solutions[norm].beta
            plane["contour"].show(loss, solutions[norm].loss)
            plane["dot"].move_to(axes.c2p(*beta)).set_color(pieces.optimum_color(beta))
            plane["center"].move_to(axes.c2p(*loss.center))
            plane["center_tag"].next_to(plane["center"], UP, buff=0.08)
            plane["readout"].set_fields(*(pieces.format_coefficient(x) for x in beta))

    def tell_story(self) -> None:
        """Planes and optima at rho = 0, rho sweeps to 0.99, the zoom on the corner."""
        fixed = ("axes", "names", "diagonal", "ball", "header")
        still = [m for plane in self.planes.values() for key, m in plane.items() if key in fixed]
        moving = [m for plane in self.planes.values()
                  for key, m in plane.items() if key not in fixed]
        self.beat("corr_start")
        self.play(Write(self.title), *[FadeIn(m) for m in still], run_time=1.5)
        self.play(*[FadeIn(m) for m in moving], FadeIn(self.rho_line), run_time=1.0)
        sweep = self.drive(self.follow_rho, self.rho_line, *moving)
        self.beat("corr_sweep")
        self.play(self.rho.animate.set_value(RHO_END), run_time=9.0, rate_func=smooth)
        self.stop_driving(sweep, self.follow_rho)
        self.show("optima", {f"{rho:g}": {norm: s.as_dict() for norm, s in
                                          solutions_at(rho)[1].items()}
                             for rho in (RHO_START, RHO_END)})
        self.zoom_on_corner()
        self.note = self.closing_note()
        self.beat("corr_end")
        self.play(FadeOut(self.edge_note), run_time=0.4)
        self.play(FadeIn(self.note), run_time=0.8)
        self.read(self.note.original_text)

    def zoom_on_corner(self) -> None:
        """At rho = 0.99: the loss along the diamond's edge, from the lasso's corner to the
        other twin's: it rises from the corner, so the corner is the first contact, but only
        a little (the contour runs almost along the edge, at the angle mathcore measures)."""
        loss, solutions = solutions_at(RHO_END)
        corner = solutions["l1"].beta
        other = corner[::-1]  # the other twin's corner
        edge = other - corner
        angle = np.degrees(contour_angle(loss, corner, edge))
        steps = np.linspace(0.0, 1.0, EDGE_SAMPLES)
        values = np.asarray(loss.value(corner + steps[:, None] * edge))
        band = self.middle.split_top(0.8)[1]
        header, plot_area = band.split_top(0.5)
        # from 0: the rise looks as large as it is
        self.edge_axes = self.plane("edge", pieces.coefficient_axes(
            (0.0, 1.0), (0.0, 1.1 * float(values.max())), plot_area.width - 0.9,
            0.55 * plot_area.height))
        self.edge_axes.move_to(plot_area.center).align_to([plot_area.right - 0.1, 0, 0], RIGHT)
        curve = pieces.CurveReveal(self.edge_axes.c2p(np.column_stack([steps, values])), steps,
                                   increasing=True, color=theme.LOSS_COLOR,
                                   stroke_width=theme.CONTOUR_STROKE)
        marker = Dot(self.edge_axes.c2p(0.0, values[0]), radius=theme.DOT_RADIUS,
                     color=pieces.optimum_color(corner))  # the corner: an exact 0
        ends = VGroup(*[pieces.label(f"{value:.3f}", theme.SMALL_SIZE, color).next_to(
            self.edge_axes.c2p(x, value), direction, buff=0.1)
            for x, value, color, direction in ((0.0, values[0], pieces.optimum_color(corner),
                                                LEFT),
                                               (1.0, values[-1], theme.LOSS_COLOR, RIGHT))])
        # the corners under the ends of the axis, inside its span; 0 where the loss axis starts
        names = VGroup(*[pieces.label("({}, {})".format(*[f"{value:g}" for value in point]),
                                      theme.SMALL_SIZE, theme.MUTED_TEXT_COLOR).next_to(
            self.edge_axes.c2p(x, 0.0), DOWN, buff=0.1, aligned_edge=edge)
            for x, point, edge in ((0.0, corner, LEFT), (1.0, other, RIGHT))],
            pieces.label("0", theme.SMALL_SIZE, theme.MUTED_TEXT_COLOR).next_to(
                self.edge_axes.c2p(0.0, 0.0), LEFT, buff=0.1))
        title = header.place(pieces.fit_into(pieces.label(
            text("corr_edge", self.lang), theme.SMALL_SIZE), header.width))
        self.edge_plot = VGroup(self.edge_axes, curve, marker, ends, names, title)
        rise = 100 * (values[-1] - values[0]) / values[0]
        caption = layout.caption_band(2)
        self.edge_note = caption.place(pieces.fit_into(pieces.label(
            text("corr_zoom", self.lang, angle=f"{angle:.2f}", here=f"{values[0]:.3f}",
                 there=f"{values[-1]:.3f}", rise=f"{rise:.0f}"),
            theme.SMALL_SIZE, theme.TEXT_COLOR), caption.width))
        self.show("edge", {"corner": corner.tolist(), "other_corner": other.tolist(),
                           "angle_degrees": angle, "loss_at_corner": float(values[0]),
                           "loss_at_other_corner": float(values[-1])})
        self.beat("corr_zoom", angle=f"{angle:.2f}")
        self.play(FadeIn(title), Create(self.edge_axes), FadeIn(names), run_time=0.8)
        self.play(Create(curve), FadeIn(marker), FadeIn(ends), FadeIn(self.edge_note),
                  run_time=1.5)
        self.read(self.edge_note.original_text)

    def closing_note(self) -> VGroup:
        """Which coefficient the lasso kept, and how the ridge split the weight, at 0.99."""
        _, solutions = solutions_at(RHO_END)
        lasso, ridge = solutions["l1"].beta, solutions["l2"].beta
        kept = np.flatnonzero(lasso)
        assert len(kept) == 1, "the closing note says the lasso keeps one feature"
        share = round(100 * abs(ridge[0]) / np.abs(ridge).sum())
        band = layout.caption_band(2)
        note = pieces.label(text("corr_note", self.lang, rho=RHO_END,
                                 index=pieces.subscript(int(kept[0]) + 1),
                                 share=share, rest=100 - share), theme.SMALL_SIZE,
                            theme.ZERO_COLOR)
        return band.place(pieces.fit_into(note, band.width))
