"""The lesson's closing recap: L1 against L2, one row per question the lesson answered.

Rows (the note's claims): the ball's shape, where the loss's contour first touches it,
whether the optimum has exact zeros, what large weights cost (beta^2 passes |beta| at
``mathcore.penalties.EQUAL_COST``), what one whole weight costs against two halves
(L1: the same; L2: half, ``beta1^2 + beta2^2``, so it spreads the weight), how far an
error in one of two copies of a signal moves the prediction with each
(``mathcore.penalties.prediction_shift``), how minibatch refits move (the stability
scene's measure over all its correlations, from ``mathcore.stability``), the regression's
name (LASSO spelt out), and when to use it.

While a row is read, a picture of it stands in the column right of the table, the L1
plane above the L2 plane, drawn from mathcore: the diamond and the circle; the example
loss (``scenes.defaults``) touching each at its optimum; the centres whose optimum has a
zero (the corner wedges, ``mathcore.catchment``, against the circle's four rays), with
the example's centre in its wedge; the penalties |beta| and beta^2 crossing at 1; (1, 0)
and (1/2, 1/2) on the balls through them (the weights and the error rows); the minibatch
optima at the largest correlation.  Each row is held until its cells, its picture and
its subtitle can be read.  The pictures then go and the whole table stays on screen
``TABLE_HOLD_SECONDS`` to be read again or paused.

Render: ``manim render scenes/recap.py``.
"""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UP,
    Dot,
    FadeIn,
    FadeOut,
    Line,
    Polygon,
    VGroup,
    VMobject,
    Write,
)

from mathcore import QuadraticLoss, ellipse_half_extent, norm_value, solve_constrained
from mathcore.catchment import catchment_regions, l2_zero_rays
from mathcore.penalties import EQUAL_COST, l1_penalty, l2_penalty, prediction_shift
from mathcore.stability import minibatch_stability
from scenes import defaults, layout, pieces, theme
from scenes.base import NormvizScene
from scenes.stability import BATCH_SIZE, BATCHES, RHO_STEPS, SEED, ball_radius
from scenes.strings import reading_seconds, text

ROWS = ("shape", "touch", "zeros", "large", "weights", "error", "stability", "name", "use")
#: The picture each row brings back (the error row keeps the weights row's: the same two
#: weight vectors); the last rows have none.
PICTURES = {"shape": "shape", "touch": "touch", "zeros": "zeros", "large": "large",
            "weights": "weights", "error": "weights", "stability": "stability"}
NORMS = ("l1", "l2")
#: The weights row's example: one whole weight against two halves.
WHOLE, HALVES = (1.0, 0.0), (0.5, 0.5)
#: The error row: an error this large in the first of two copies of one signal.
ERROR = (0.5, 0.0)
#: The whole table stays this long after its last row's subtitle.
TABLE_HOLD_SECONDS = 10.0
#: Width of the question column, as a share of the table's.
QUESTION_SHARE = 0.21
ROW_GAP = 0.13
#: Room left empty above the subtitles' strip (manim units).
FOOT = 0.3
CELL_SIZE = 20
#: A row's picture is looked at this long besides the reading of its words.
PICTURE_SECONDS = 1.5
#: Room around the pictures' content (data units) and between the two planes.
MARGIN, PLANE_GAP = 0.3, 0.35
#: The zeros row: the view's half-width around the origin (the centre c = (3, 1) inside).
ZONE_HALF = 4.5
ZONE_OPACITY, RAY_STROKE = 0.3, 4
#: The large-weights row: the penalties on 0 <= b <= LARGE_RANGE.
LARGE_RANGE = 2.0
CURVE_STROKE = 4
CLOUD_DOT = 0.035


class LessonRecap(NormvizScene):
    """The recap table, row by row, each row with its picture."""

    def construct(self) -> None:
        self.fields = {**self.stability_fields(), **self.weight_fields()}
        self.title = pieces.title(text("recap_title", self.lang))
        stage = layout.stage()
        side = min((stage.height - FOOT - PLANE_GAP) / 2, 0.2 * stage.width)
        # the table keeps clear of the subtitles' strip by FOOT, the pictures too
        table_room, self.picture_room = stage.shrink(bottom=FOOT).split_left(stage.width - side)
        self.build_table(table_room)
        self.planes: dict[str, dict] = {}  # "<picture>_<norm>": its axes and parts
        self.pictures = {name: self.build_picture(name) for name in dict.fromkeys(
            PICTURES.values())}
        table = VGroup(self.header, self.rows)  # the rule spans the table as placed
        rule = Line([table.get_left()[0], 0, 0], [table.get_right()[0], 0, 0],
                    color=theme.AXES_COLOR, stroke_width=theme.AXES_STROKE)
        rule.next_to(self.header, DOWN, buff=ROW_GAP / 2).set_x(table.get_center()[0])
        self.beat("recap_start")
        self.play(Write(self.title), FadeIn(self.header), FadeIn(rule), run_time=1.2)
        shown = None
        for row, cells in zip(ROWS, self.rows, strict=True):
            self.beat(f"recap_{row}", **self.fields)
            picture = self.pictures.get(PICTURES.get(row))
            motion = [FadeIn(cells, shift=0.1 * RIGHT)]
            if picture is not shown:
                motion += [FadeOut(shown)] if shown is not None else []
                motion += [FadeIn(picture)] if picture is not None else []
                shown = picture
            self.play(*motion, run_time=0.8)
            # the row's two answers and the subtitle are read, and its picture looked at
            self.wait(reading_seconds(self.beats[-1]["subtitle"], self.lang)
                      + sum(reading_seconds(cell.original_text, self.lang) for cell in cells[1:])
                      + (PICTURE_SECONDS if picture is not None else 0.0))
        self.beat("recap_end")
        self.wait(TABLE_HOLD_SECONDS)

    # -- the numbers ---------------------------------------------------------------------
    def weight_fields(self) -> dict[str, str]:
        """The weights and error rows: L1 charges one whole weight and two halves the same,
        L2 (b1^2 + b2^2) the halves half as much; an error in x1 moves the prediction by
        w1 times it (mathcore)."""
        costs = {name: [float(np.sum(penalty(np.array(weights)))) for weights in (WHOLE, HALVES)]
                 for name, penalty in (("l1", l1_penalty), ("l2", l2_penalty))}
        shifts = [prediction_shift(np.array(weights), np.array(ERROR))
                  for weights in (WHOLE, HALVES)]
        self.show("recap_weights", costs)
        self.show("recap_error", {"error": ERROR[0], "shifts": shifts})
        self.show("recap_large", {"equal_cost": EQUAL_COST})
        return {"l1_one": f"{costs['l1'][0]:g}", "l1_half": f"{costs['l1'][1]:g}",
                "l2_one": f"{costs['l2'][0]:g}", "l2_half": f"{costs['l2'][1]:g}",
                "error": f"{ERROR[0]:g}", "shift_one": f"{shifts[0]:g}",
                "shift_half": f"{shifts[1]:g}", "equal": f"{EQUAL_COST:g}"}

    def stability_fields(self) -> dict[str, str]:
        """The stability row's numbers: the minibatch scene's measure at every correlation
        it shows (the ratio's range, the support changes at both ends)."""
        self.results = [minibatch_stability(rho, BATCH_SIZE, BATCHES, SEED) for rho in RHO_STEPS]
        low, high = self.results[0], self.results[-1]
        self.show("recap_stability", [{"rho": r.rho, "ratio": r.ratio,
                                       "support_differs_percent": 100 * r.support_differs()}
                                      for r in self.results])
        return {"rho_low": f"{low.rho:g}", "rho_high": f"{high.rho:g}",
                "ratio_low": f"{low.ratio:.1f}", "ratio_high": f"{high.ratio:.1f}",
                "share_low": f"{100 * low.support_differs():.0f}",
                "share_high": f"{100 * high.support_differs():.0f}"}

    # -- the table -----------------------------------------------------------------------
    def build_table(self, room: layout.Region) -> None:
        question_width = QUESTION_SHARE * room.width
        answer_width = (room.width - question_width - 2 * layout.GUTTER) / 2
        self.columns = [room.left, room.left + question_width + layout.GUTTER,
                        room.left + question_width + answer_width + 2 * layout.GUTTER]
        widths = [question_width, answer_width, answer_width]
        self.header = VGroup(*[
            pieces.label(text(key, self.lang), theme.BODY_SIZE, color)
            for key, color in (("recap_question", theme.MUTED_TEXT_COLOR),
                               ("recap_l1", theme.L1_COLOR), ("recap_l2", theme.L2_COLOR))])
        self.rows = VGroup()
        for row in ROWS:
            cells = [pieces.label(text(f"recap_{row}", self.lang, **self.fields), CELL_SIZE,
                                  theme.MUTED_TEXT_COLOR),
                     pieces.label(text(f"recap_{row}_l1", self.lang, **self.fields),
                                  CELL_SIZE, theme.TEXT_COLOR),
                     pieces.label(text(f"recap_{row}_l2", self.lang, **self.fields),
                                  CELL_SIZE, theme.TEXT_COLOR)]
            for cell, width in zip(cells, widths, strict=True):
                pieces.fit_into(cell, width)
            self.rows.add(VGroup(*cells))
        for cell, width in zip(self.header, widths, strict=True):
            pieces.fit_into(cell, width)
        self.place_table(room)

    def place_table(self, room: layout.Region) -> None:
        """Header and rows stacked from the top of the room, each cell at its column."""
        top = room.top
        for line in [self.header, *self.rows]:
            height = max(cell.height for cell in line)
            for cell, left in zip(line, self.columns, strict=True):
                cell.align_to([left, 0, 0], LEFT).align_to([0, top, 0], UP)
            top -= height + ROW_GAP
        table = VGroup(self.header, self.rows)
        if table.get_bottom()[1] < room.bottom:
            table.scale_to_fit_height(room.top - room.bottom).align_to(
                [room.left, room.top, 0], UP + LEFT)

    # -- the pictures --------------------------------------------------------------------
    def build_picture(self, name: str) -> VGroup:
        """The row's picture: an L1 plane above an L2 plane, the same data box in both."""
        lower, upper = getattr(self, f"{name}_box")()
        room = self.picture_room
        size = (room.height - PLANE_GAP) / 2
        planes = VGroup()
        for k, norm in enumerate(NORMS):
            axes = self.plane(f"{name}_{norm}", pieces.fit_axes(lower, upper, room.width, size))
            axes.move_to([room.center[0], room.top - size / 2 - k * (size + PLANE_GAP), 0.0])
            content = getattr(self, f"{name}_content")(axes, norm)
            self.planes[f"{name}_{norm}"] = {"axes": axes, **content}
            planes.add(VGroup(axes, *content.values()))
        return planes

    def shape_box(self) -> tuple[np.ndarray, np.ndarray]:
        reach = np.full(2, defaults.RADIUS + MARGIN)
        return -reach, reach

    def shape_content(self, axes, norm: str) -> dict:
        return {"ball": pieces.BallOutline(axes, norm, defaults.RADIUS)}

    def touch_box(self) -> tuple[np.ndarray, np.ndarray]:
        """The balls and each touching contour whole, with a margin (as the title's)."""
        self.loss = QuadraticLoss.create(defaults.CENTER, defaults.MATRIX)
        self.solutions = {norm: solve_constrained(self.loss, norm, defaults.RADIUS)
                          for norm in NORMS}
        self.show("recap_touch", {norm: s.beta.tolist() for norm, s in self.solutions.items()})
        radius = np.full(2, defaults.RADIUS)
        half = np.max([ellipse_half_extent(self.loss, s.loss)
                       for s in self.solutions.values()], 0)
        return (np.minimum(-radius, self.loss.center - half) - MARGIN,
                np.maximum(radius, self.loss.center + half) + MARGIN)

    def touch_content(self, axes, norm: str) -> dict:
        solution = self.solutions[norm]
        return {"ball": pieces.BallOutline(axes, norm, defaults.RADIUS),
                "contour": pieces.LossContour(axes, self.loss, solution.loss, clip_to_axes=True),
                "centre": Dot(axes.c2p(*self.loss.center), radius=theme.DOT_RADIUS,
                              color=theme.LOSS_COLOR),
                "optimum": Dot(axes.c2p(*solution.beta), radius=theme.DOT_RADIUS,
                               color=pieces.optimum_color(solution.beta))}

    def zeros_box(self) -> tuple[np.ndarray, np.ndarray]:
        return np.full(2, -ZONE_HALF), np.full(2, ZONE_HALF)

    def zeros_content(self, axes, norm: str) -> dict:
        """L1: the corner wedges (every centre in them has its optimum on a tip); L2: the
        four rays (the only centres whose optimum has a zero); the example's centre."""
        box = (-ZONE_HALF, ZONE_HALF, -ZONE_HALF, ZONE_HALF)
        if norm == "l1":
            zones = VGroup(*[Polygon(*axes.c2p(region.polygon), stroke_width=0,
                                     fill_color=theme.ZERO_COLOR, fill_opacity=ZONE_OPACITY)
                             for region in catchment_regions(defaults.MATRIX, defaults.RADIUS,
                                                             box) if region.face == "corner"])
        else:
            zones = VGroup(*[Line(axes.c2p(*start), axes.c2p(*end), color=theme.ZERO_COLOR,
                                  stroke_width=RAY_STROKE)
                             for start, end in l2_zero_rays(defaults.MATRIX, defaults.RADIUS,
                                                            box)])
        return {"zones": zones.set_z_index(-1),
                "ball": pieces.BallOutline(axes, norm, defaults.RADIUS),
                "centre": Dot(axes.c2p(*defaults.CENTER), radius=theme.DOT_RADIUS,
                              color=theme.LOSS_COLOR)}

    def large_box(self) -> tuple[np.ndarray, np.ndarray]:
        return np.zeros(2), np.full(2, LARGE_RANGE)

    def large_content(self, axes, norm: str) -> dict:
        """The plane's own penalty of one weight, bright, and the other one faint; where
        they cross (b = EQUAL_COST), a dot."""
        b = np.linspace(0.0, LARGE_RANGE, 201)
        curves = {}
        for name, penalty in (("l1", l1_penalty), ("l2", l2_penalty)):
            cost = penalty(b)
            kept = cost <= LARGE_RANGE
            curve = VMobject(stroke_width=CURVE_STROKE).set_points_as_corners(
                axes.c2p(np.column_stack([b[kept], cost[kept]])))
            own = name == norm
            curves[name] = curve.set_stroke(
                color=theme.NORM_COLORS[name] if own else theme.MUTED_TEXT_COLOR,
                opacity=1.0 if own else 0.5, width=CURVE_STROKE if own else 2)
        cross = Dot(axes.c2p(EQUAL_COST, float(l1_penalty(EQUAL_COST))),
                    radius=theme.DOT_RADIUS, color=theme.TEXT_COLOR)
        name = pieces.label(text(f"recap_large_{norm}_name", self.lang), CELL_SIZE,
                            theme.NORM_COLORS[norm])
        name.next_to(axes.c2p(0.0, LARGE_RANGE), RIGHT, buff=0.15).align_to(
            axes.c2p(0.0, LARGE_RANGE), UP)
        return {"faint": curves["l2" if norm == "l1" else "l1"], "curve": curves[norm],
                "cross": cross, "name": name}

    def weights_box(self) -> tuple[np.ndarray, np.ndarray]:
        reach = np.full(2, 1.0 + MARGIN)
        return -reach, reach

    def weights_content(self, axes, norm: str) -> dict:
        """(1, 0) and (1/2, 1/2), each on the ball of its own norm: for L1 the same diamond,
        for L2 two circles (cost b1^2 + b2^2 = the radius squared)."""
        points = [np.array(WHOLE), np.array(HALVES)]
        radii = sorted({float(norm_value(p, norm)) for p in points}, reverse=True)
        balls = VGroup(*[pieces.BallOutline(axes, norm, r) for r in radii])
        for ball in balls[1:]:
            ball.set_fill(opacity=0.0)
        dots = VGroup(*[Dot(axes.c2p(*p), radius=theme.DOT_RADIUS, color=theme.TEXT_COLOR)
                        for p in points])
        return {"balls": balls, "dots": dots}

    def stability_box(self) -> tuple[np.ndarray, np.ndarray]:
        result = self.results[-1]
        every = np.vstack([result.batch_l1, result.batch_l2])
        low, high = min(0.0, every.min()) - 0.1, every.max() + 0.1
        return np.full(2, low), np.full(2, high)

    def stability_content(self, axes, norm: str) -> dict:
        """The minibatch optima at the largest correlation (green with an exact zero), the
        full data's ball faint."""
        result = self.results[-1]
        reference = pieces.BallWindow(axes, norm, ball_radius(result, norm))
        reference.set_fill(opacity=0.0).set_stroke(color=theme.MUTED_TEXT_COLOR, width=2,
                                                   opacity=0.6)
        batch = result.batch_l1 if norm == "l1" else result.batch_l2
        cloud = VGroup(*[Dot(axes.c2p(*b), radius=CLOUD_DOT, color=pieces.optimum_color(b))
                         for b in batch])
        return {"reference": reference, "cloud": cloud}
