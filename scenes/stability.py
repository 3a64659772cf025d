"""Minibatch refits: the lasso optimum moves more than the ridge optimum, and for correlated
features it jumps between supports.  Why: it slides along a flat edge of the diamond.

Two correlated features, n = 20,000 (``mathcore.stability``).  Each minibatch (batch size
100) is fitted exactly, with the same penalty strength for every minibatch (penalty form:
lasso alpha, ridge lambda, matched on the full data so that the full-data solution has
half the least-squares norm, ``||b||_1`` for the lasso, ``||b||_2`` for the ridge).  The
SGD video (``scenes.sgd``) follows this one.

Because the penalty, not the ball, is fixed, a minibatch's optimum does not lie on the
full data's ball: it lies where the minibatch's own contour touches its OWN ball
``||b||_p <= ||b_k||_p``, and that ball is drawn with it (the first subtitle says so).

For each correlation rho (0, 0.9, 0.99): the full data alone (its ball in the norm's
colour, labelled, its grey contour, its optimum a hollow white star with a dark rim, on
top of everything, the panel's legend naming it); five minibatches one by one (the full
data's ball and contour gone, the star kept: one ball and one contour per plane at a
time), each with its contour, its own ball and, on the lasso plane, the part of its
diamond its optimum lies on drawn thick (the flat edge, or the corner when a coefficient
is exactly 0: the optimum is green then); a line beside the planes says what the viewer
sees (the lasso optimum slides along a flat edge, or jumps to a corner, where the
circle's curve holds the ridge optimum closer to the star; the corner clause only where
some minibatch changes which coefficients are 0).  Then all 200 minibatch optima grow in
as a cloud round the star, over the full data's ball (back, labelled), with the mean
distances to the full-data optimum in the panel, the count of minibatches whose lasso
zeros differ from the full data's, and the ratio of the two mean distances with its
bootstrap interval (on a line of its own).

After rho = 0, where no zero ever changes and yet the lasso moves about twice as far, a
1-D picture shows why (``mathcore.stability.orthogonal_mechanism``): with exactly
orthogonal features each coefficient is its own 1-D problem; the least-squares fits of
b1 of the first minibatches as dots on a line, the ridge fits above (each divided by
1 + lambda: the spread shrinks by that factor), the lasso fits below (each moved alpha
toward 0: the spread stays), each joined to its least-squares fit, the lasso's zero zone
[-alpha, alpha] in green on the least-squares row (raw fits there go to exactly 0), and
the two spreads' ratio (1 + lambda) against the 2-D refits'.  On screen the two
penalties have two names: lambda_2 (ridge, ``lam``) and lambda_1 (lasso, ``alpha``); the
picture's heading replaces the key above the planes while it is shown.

The first minibatches of each correlation are held slowly (``BATCH_SECONDS``: about 3 s
each for the first ones at rho = 0), then faster (the later correlations faster still).

Trackers: ``step`` (index of rho; -1 while one correlation gives way to the next, and
during the 1-D picture), ``batch`` (k while the k-th minibatch is held on screen with its
contour, 200 once all are in, 0 while the full data is shown alone and while the cloud
grows in) and ``mech`` (the 1-D picture, held: 1 its least-squares row, 2 with the ridge
row, 3 with the lasso row, 4 with the ratio; 0 while anything moves or it is not shown).

Render: ``manim render scenes/stability.py``.
"""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    LEFT,
    UP,
    Create,
    Dot,
    FadeIn,
    FadeOut,
    Line,
    Rectangle,
    Star,
    Transform,
    VGroup,
    VMobject,
    Write,
)

from mathcore import QuadraticLoss, norm_value
from mathcore.stability import minibatch_stability, orthogonal_mechanism
from scenes import layout, pieces, theme
from scenes.base import NormvizScene
from scenes.strings import text

RHO_STEPS = (0.0, 0.9, 0.99)
BATCH_SIZE, BATCHES, SEED = 100, 200, 0
SHOWN_ONE_BY_ONE = 5
#: For each rho, how long each of the first minibatches is held on screen: slowly while
#: the viewer learns what a minibatch's picture shows, faster once it is familiar.
BATCH_SECONDS = ((3.0, 3.0, 2.5, 1.0, 1.0), (1.5, 1.2, 0.8, 0.8, 0.8),
                 (1.5, 1.0, 0.8, 0.8, 0.8))
GROW_SECONDS = 2.5  # the rest of the cloud growing in
MARGIN = 0.15  # around every optimum shown, in coefficient units
HEADER = 0.45  # the plane's name above it
HEADER_GAP = 0.12  # between the plane's name and its window
PANEL_WIDTH = 4.3  # the text panel's least width: the planes take the rest
NAME_ROOM = 0.2  # right of a plane: the half of the b1 axis's name beyond its end
LABEL_ROW = 0.42  # under the plane: the full data's ball's label
BOTTOM_GAP = 0.06  # between the label row and the subtitles' strip
PANEL_GAP = 0.25  # between the planes and the text panel
CLOUD_DOT, STAR_RADIUS, STAR_STROKE = 0.035, 0.16, 3
STAR_RIM, STAR_Z = 6.0, 5  # the full data's star: its background-coloured rim, its depth
FACE_STROKE = 14  # the part of the minibatch's diamond its lasso optimum lies on
CORNER_SHARE = 0.3  # a corner is shown as this share of its two edges
TICK = 0.08  # the label's tick up to the full data's ball
NAMES = {"l1": "st_lasso", "l2": "st_ridge"}
#: The full data's optimum, the reference: white like the text (its ball and contour are
#: grey), apart from the minibatches' optima, yellow (green with a 0) as everywhere.
FULL_DATA_COLOR = theme.TEXT_COLOR
MECH_COUNT = 8  # minibatches in the 1-D picture of the mechanism (the first ones)
MECH_ROW = 1.3  # from one row of the 1-D picture to the next (its label left of its line)
MECH_LABEL_GAP = 0.3  # between a row's label and its line
MECH_STAR = 0.11  # the full data's fit on a row of the 1-D picture
MECH_STAR_STROKE, MECH_STAR_RIM = 3.0, 5.0  # its outline, and its background-coloured rim
MECH_DOT = 0.8 * theme.DOT_RADIUS  # a minibatch's fit on a row of the 1-D picture
ZONE_STROKE = 8  # the lasso's dead zone [-alpha, alpha] on the least-squares row
LINK_GAP = 0.15  # share of a link left out at each end
MECH_HOLDS = (1.5, 1.5, 1.5, 2.0)  # the 1-D picture held: its rows one by one, the ratio
MECH_ROWS = ("ridge", "least_squares", "lasso")  # top to bottom


def ball_radius(result, norm: str) -> float:
    """The budget both penalties are matched at: half the full-data least-squares norm."""
    center = QuadraticLoss.from_gram(*result.full_gram).center
    return 0.5 * float(norm_value(center, norm))


def mech_full(mech, name: str) -> float:
    """The full data's fit on the 1-D picture's row ``name``."""
    return mech.full[("least_squares", "ridge", "lasso").index(name)]


def lasso_face(beta: np.ndarray) -> list[np.ndarray]:
    """The part of the diamond ``||b||_1 = ||beta||_1`` that ``beta`` lies on, as data
    polylines: the flat edge between the two corners of its quadrant when no coefficient
    is 0, else the corner on the non-zero coefficient's axis with ``CORNER_SHARE`` of the
    two edges that meet there.  Empty for beta = 0."""
    beta = np.asarray(beta, dtype=float)
    radius = float(np.abs(beta).sum())
    if radius == 0.0:
        return []
    if np.all(beta != 0.0):
        return [np.array([[np.sign(beta[0]) * radius, 0.0], [0.0, np.sign(beta[1]) * radius]])]
    axis = int(np.flatnonzero(beta)[0])
    corner = np.zeros(2)
    corner[axis] = np.sign(beta[axis]) * radius
    pieces_ = []
    for side in (1.0, -1.0):
        neighbour = np.zeros(2)
        neighbour[1 - axis] = side * radius
        pieces_.append(np.array([corner, corner + CORNER_SHARE * (neighbour - corner)]))
    return pieces_


class MinibatchStability(NormvizScene):
    """Lasso and ridge refitted on minibatches, for growing feature correlation."""

    def construct(self) -> None:
        self.step_index = self.tracker("step", -1)
        self.batch_count = self.tracker("batch", 0)
        self.mech_phase = self.tracker("mech", 0)
        self.title = pieces.title(text("st_title", self.lang))
        self.results = [minibatch_stability(rho, BATCH_SIZE, BATCHES, SEED) for rho in RHO_STEPS]
        self.show("by_rho", [{k: v for k, v in r.as_dict().items() if k != "seconds"}
                             for r in self.results])
        self.mechanism = orthogonal_mechanism(self.results[0], MECH_COUNT)
        self.build_layout()
        self.frames = VGroup(*[VGroup(p["axes"], p["names"], p["header"], p["window"])
                               for p in self.planes.values()])
        self.beat("st_start", batches=BATCHES, size=BATCH_SIZE)
        self.play(Write(self.title), FadeIn(self.key, self.legend),
                  *[Create(p["axes"]) for p in self.planes.values()],
                  *[FadeIn(p["names"], p["header"], p["window"]) for p in self.planes.values()],
                  run_time=1.2)
        shown, back = VGroup(), VGroup()  # nothing on the planes yet
        for index, result in enumerate(self.results):
            on_planes, in_panel = self.step(index, result, shown, back)
            shown, back = VGroup(on_planes, in_panel), VGroup()
            if index == 0:  # no zero changes at rho = 0: why the lasso moves further anyway
                shown = self.show_mechanism(result, VGroup(shown, self.frames, self.legend,
                                                           self.key))
                back = VGroup(self.frames, self.legend, self.key)  # the next step: back

    # -- layout ---------------------------------------------------------------------------
    def build_layout(self) -> None:
        """The key across the top; two planes side by side, as large as the height and the
        text panel's least width allow, each with its name above and the full data's
        ball's label below; the text panel on the right (the mean distances in it)."""
        area = layout.stage()
        key_band, area = area.split_top(2 * layout.CAPTION_LINE)
        self.key = key_band.place(pieces.label(text("st_matching", self.lang),
                                               theme.SMALL_SIZE, theme.TEXT_COLOR))
        columns_width = area.width - PANEL_WIDTH - PANEL_GAP
        size = min(area.height - HEADER - LABEL_ROW - BOTTOM_GAP,
                   (columns_width - layout.GUTTER) / 2 - NAME_ROOM)
        every = np.vstack([np.vstack([r.batch_l1, r.batch_l2]) for r in self.results])
        low, high = min(0.0, every.min()) - MARGIN, every.max() + MARGIN
        self.planes = {}
        left = area.left
        for norm in ("l1", "l2"):
            axes = self.plane(norm, pieces.fit_axes(np.array([low, low]),
                                                    np.array([high, high]), size, size))
            column = layout.Region(left, left + axes.width + NAME_ROOM,
                                   area.bottom, area.top)
            left = column.right + layout.GUTTER
            rest = column.split_top(HEADER)[1]
            square, label_band = rest.shrink(bottom=BOTTOM_GAP).split_bottom(LABEL_ROW)
            axes.move_to([square.left + axes.width / 2, square.top - axes.height / 2, 0.0])
            header = pieces.label(text(NAMES[norm], self.lang), theme.BODY_SIZE,
                                  theme.NORM_COLORS[norm])
            header.move_to([axes.get_center()[0], 0.0, 0.0]).align_to(
                [0.0, axes.get_top()[1] + HEADER_GAP, 0.0], DOWN)
            window = Rectangle(width=axes.width, height=axes.height, stroke_width=1.5,
                               stroke_color=theme.AXES_COLOR).move_to(axes.get_center())
            self.planes[norm] = {"axes": axes, "header": header, "window": window,
                                 "label_band": label_band,
                                 "names": pieces.axis_labels(axes, text("axis_x", self.lang),
                                                             text("axis_y", self.lang))}
        self.picture_area = area  # the 1-D picture of the mechanism: planes and panel go
        self.panel = layout.Region(left - layout.GUTTER + PANEL_GAP, area.right,
                                   area.bottom, area.top)
        self.rho_band, rest = self.panel.split_top(0.55)
        legend_band, rest = rest.split_top(2 * layout.CAPTION_LINE)
        self.counter_band, rest = rest.split_top(2 * layout.CAPTION_LINE + 0.1)
        self.share_band, self.slot = rest.split_top(2 * layout.CAPTION_LINE + 0.15)
        self.legend = self.in_panel(pieces.label(text("st_legend", self.lang),
                                                 theme.SMALL_SIZE, theme.MUTED_TEXT_COLOR),
                                    legend_band)
        self.counter_head = self.in_panel(pieces.label(
            text("st_counter_head", self.lang), theme.SMALL_SIZE, theme.MUTED_TEXT_COLOR),
            self.counter_band)

    def in_panel(self, mobject: VMobject, band: layout.Region) -> VMobject:
        """Left-aligned at the top of ``band`` (the panel's texts must fit its width)."""
        assert mobject.width <= band.width + 1e-6, (mobject, mobject.width, band.width)
        return mobject.align_to([band.left, band.top, 0.0], UP + LEFT)

    # -- one correlation -------------------------------------------------------------------
    def step(self, index: int, result, previous: VGroup, back: VGroup
             ) -> tuple[VGroup, VGroup]:
        """One correlation: the full-data picture, a few minibatches, then the whole cloud.
        ``previous`` goes, ``back`` (the empty planes, after the 1-D picture) comes back.
        Returns what is on the planes and what is in the panel at its end.

        A minibatch's optimum minimises its loss plus the penalty, so it is also where its
        loss contour touches the ball ``||b||_p <= ||b_k||_p`` through it: that ball is
        drawn with it, and on the lasso plane the edge or corner of that diamond the
        optimum lies on is drawn thick.  The full data's ball (labelled) and contour show
        before the minibatches and the ball again under the cloud; its star stays."""
        changes = result.support_differs() > 0.0
        self.beat("st_batches" if changes else "st_batches_flat", rho=result.rho)
        full = QuadraticLoss.from_gram(*result.full_gram)
        optima = {"l1": result.full_l1, "l2": result.full_l2}
        batches = {"l1": result.batch_l1, "l2": result.batch_l2}
        balls_full, fixed_contours, stars, contours = VGroup(), VGroup(), VGroup(), {}
        parts = VGroup(balls_full, fixed_contours, stars)
        for norm, plane in self.planes.items():
            axes = plane["axes"]
            radius = ball_radius(result, norm)
            reference = pieces.BallWindow(axes, norm, radius)  # in its norm's colour
            level = float(full.value(optima[norm]))
            fixed = pieces.LossContour(axes, full, level, clip_to_axes=True)
            fixed.set_stroke(color=theme.MUTED_TEXT_COLOR, width=2)
            star = Star(n=5, outer_radius=STAR_RADIUS, color=FULL_DATA_COLOR,
                        stroke_width=STAR_STROKE, fill_opacity=0).move_to(
                            axes.c2p(*optima[norm]))
            # a rim of the background round its outline, and on top of every dot: the
            # star stays whole over the cloud
            star.set_stroke(color=theme.BACKGROUND_COLOR, width=STAR_RIM, background=True)
            star.set_z_index(STAR_Z)
            contours[norm] = pieces.LossContour(axes, full, level, clip_to_axes=True)
            balls_full.add(reference, self.ball_label(plane, radius))
            fixed_contours.add(fixed)
            stars.add(star)
        self.step_index.set_value(-1)  # between two correlations
        self.batch_count.set_value(0)
        self.mech_phase.set_value(0)
        if len(previous):
            self.play(FadeOut(previous), *([FadeIn(back)] if len(back) else []),
                      run_time=0.6)
        rho_tag = self.in_panel(pieces.label(text("st_rho_tag", self.lang, rho=result.rho),
                                             theme.BODY_SIZE), self.rho_band)
        why = self.in_panel(pieces.label(text("st_why" if changes else "st_why_flat",
                                              self.lang), theme.SMALL_SIZE), self.slot)
        self.play(FadeIn(parts, rho_tag, self.counter_head), run_time=0.6)
        self.step_index.set_value(index)
        self.wait(1.0)  # the full data alone: its contour touches the grey ball at the star
        # the minibatches have their own balls and contours: the full data's go (the star
        # stays), so that each plane shows one ball and one contour at a time
        self.play(FadeIn(why), FadeOut(balls_full), FadeOut(fixed_contours), run_time=0.5)
        self.add(*contours.values())
        dots, live, balls = VGroup(), VGroup(), VGroup()
        for k in range(SHOWN_ONE_BY_ONE):
            loss = QuadraticLoss.from_gram(result.batch_grams[0][k], result.batch_grams[1][k])
            for dot in dots:  # the earlier minibatches join the cloud (under the star)
                dot.scale_to_fit_width(2 * CLOUD_DOT).set_z_index(0)
            self.remove(balls)
            balls = VGroup()
            for norm, plane in self.planes.items():
                beta = batches[norm][k]
                balls.add(pieces.BallWindow(plane["axes"], norm, float(norm_value(beta, norm))))
                if norm == "l1":
                    balls.add(self.face(plane["axes"], beta))
                contours[norm].show(loss, float(loss.value(beta)))
                # the minibatch held on screen: its optimum over the star, whole
                dots.add(Dot(plane["axes"].c2p(*beta), radius=theme.DOT_RADIUS,
                             color=pieces.optimum_color(beta)).set_z_index(STAR_Z + 1))
            self.add(balls, *contours.values(), dots)
            self.remove(live)
            live = self.counters(result, k + 1)
            self.add(live)
            self.batch_count.set_value(k + 1)
            self.wait(BATCH_SECONDS[index][k])
        self.remove(live, balls)
        self.batch_count.set_value(0)  # the single minibatch goes, the rest grow in
        self.beat("st_step" if changes else "st_step_flat", rho=result.rho,
                  ratio=f"{result.ratio:.2f}", share=f"{100 * result.support_differs():.0f}")
        rest = VGroup(*[Dot(self.planes[norm]["axes"].c2p(*b), radius=CLOUD_DOT,
                            color=pieces.optimum_color(b))
                        for k in range(SHOWN_ONE_BY_ONE, BATCHES) for norm in self.planes
                        for b in (batches[norm][k],)])
        summary = self.summary(result, changes)
        for dot in dots:
            dot.scale_to_fit_width(2 * CLOUD_DOT).set_z_index(0)
        # the full data's ball (and its label) come back for the cloud, under the dots
        self.play(FadeOut(VGroup(*contours.values())), FadeOut(why), FadeIn(balls_full),
                  run_time=0.5)
        # the cloud grows: each dot fades in over a fifth of the time, one after another
        self.play(FadeIn(rest, lag_ratio=4.0 / len(rest)), FadeIn(summary),
                  run_time=GROW_SECONDS)
        self.batch_count.set_value(BATCHES)
        self.wait(2.0)
        return VGroup(balls_full, stars, dots, rest), VGroup(rho_tag, self.counter_head, summary)

    # -- the mechanism, in 1-D -------------------------------------------------------------
    def mech_labels(self) -> dict[str, VMobject]:
        """Each row's label (what it shows, its mean distance to the full data's fit)."""
        mech = self.mechanism
        texts = {"ridge": ("st_mech_ridge", theme.L2_COLOR, {"lam": f"{mech.lam:.2f}"}),
                 "least_squares": ("st_mech_ls", theme.LOSS_COLOR, {}),
                 "lasso": ("st_mech_lasso", theme.L1_COLOR, {"alpha": f"{mech.alpha:.2f}"})}
        return {name: pieces.label(text(key, self.lang, dev=f"{mech.mean_distance(name):.3f}",
                                        **fields), theme.SMALL_SIZE, color)
                for name, (key, color, fields) in texts.items()}

    def mech_rows(self, labels: dict[str, VMobject]) -> dict[str, dict]:
        """The 1-D picture's rows in ``picture_area`` under its heading, top to bottom,
        each label left of its line: for each row its line's left end, right end and
        height, with the data range every row shares (0, the dead zone and every fit)."""
        mech = self.mechanism
        values = np.concatenate([mech.least_squares, mech.ridge, mech.lasso, mech.full])
        low = min(values.min(), -mech.alpha) - 0.1
        high = max(values.max(), mech.alpha) + 0.1
        area = self.picture_area
        left = area.left + max(label.width for label in labels.values()) + MECH_LABEL_GAP
        first = area.top - layout.CAPTION_LINE - 0.1  # its label's top at the area's top
        return {name: {"y": first - i * MECH_ROW, "left": left, "right": area.right - 0.2,
                       "range": (low, high)} for i, name in enumerate(MECH_ROWS)}

    @staticmethod
    def link(start: np.ndarray, end: np.ndarray) -> Line:
        """A faint line from a least-squares fit toward where ridge or lasso maps it, short
        of both rows (where the links of close fits would crowd the stars)."""
        return Line(start + LINK_GAP * (end - start), end - LINK_GAP * (end - start),
                    stroke_width=1.5, color=theme.MUTED_TEXT_COLOR, stroke_opacity=0.5)

    @staticmethod
    def mech_point(row: dict, value: float) -> np.ndarray:
        """Where ``value`` lies on ``row``'s line."""
        low, high = row["range"]
        x = row["left"] + (value - low) / (high - low) * (row["right"] - row["left"])
        return np.array([x, row["y"], 0.0])

    def show_mechanism(self, result, planes: VGroup) -> VGroup:
        """With orthogonal features each coefficient is a 1-D problem: the least-squares
        fits of the first minibatches on a line, the ridge fits (each divided by 1 + lam:
        the spread shrinks) above, the lasso fits (each moved alpha toward 0: the spread
        stays) below, each joined to its least-squares fit, with the lasso's zero zone
        [-alpha, alpha] on the least-squares row (the raw fits it sends to exactly 0);
        the full data's fits as stars; the two spreads' ratio against the 2-D one.  Its
        heading stands where the key was (the key goes with the planes): on screen, the
        two penalties are lambda_2 (ridge) and lambda_1 (lasso, mathcore's alpha)."""
        mech = self.mechanism
        self.mech_scale = pieces.format_number(round(1.0 + mech.lam, 2))
        labels = self.mech_labels()
        self.mech_layout = rows = self.mech_rows(labels)
        self.beat("st_mech")
        self.step_index.set_value(-1)
        self.batch_count.set_value(0)
        head = pieces.label(text("st_mech_head", self.lang, count=MECH_COUNT),
                            theme.SMALL_SIZE, theme.MUTED_TEXT_COLOR)
        assert head.width <= self.picture_area.width + 1e-6, head.width
        head.move_to(self.key.get_center())  # in the key's place, the key gone
        groups = {}
        for name, row in rows.items():
            label = labels[name]
            label.move_to([self.picture_area.left + label.width / 2, row["y"], 0.0])
            line = Line(self.mech_point(row, row["range"][0]),
                        self.mech_point(row, row["range"][1]),
                        stroke_width=theme.AXES_STROKE, color=theme.AXES_COLOR)
            zero = self.mech_point(row, 0.0)
            tick = Line(zero + 0.1 * UP, zero + 0.1 * DOWN, stroke_width=theme.AXES_STROKE,
                        color=theme.AXES_COLOR)
            zero_name = pieces.label("0", theme.SMALL_SIZE, theme.AXES_COLOR).next_to(
                tick, DOWN, buff=0.05)
            star = Star(n=5, outer_radius=MECH_STAR, color=FULL_DATA_COLOR,
                        stroke_width=MECH_STAR_STROKE,
                        fill_opacity=0).move_to(self.mech_point(row, mech_full(mech, name)))
            # a thin rim of the background round its outline: the star stays white (and
            # whole) over the dots it sits on
            star.set_stroke(color=theme.BACKGROUND_COLOR, width=MECH_STAR_RIM, background=True)
            groups[name] = VGroup(label, line, tick, zero_name, star)
        ls_row = rows["least_squares"]
        ls_dots = VGroup(*[Dot(self.mech_point(ls_row, v), radius=MECH_DOT,
                               color=theme.LOSS_COLOR) for v in mech.least_squares])
        self.play(FadeOut(planes), run_time=0.6)
        self.play(FadeIn(head, groups["least_squares"], ls_dots), run_time=0.8)
        self.add(groups["least_squares"][-1])  # its star on top of the dots
        self.mech_phase.set_value(1)
        self.wait(MECH_HOLDS[0])
        picture = VGroup(head, groups["least_squares"], ls_dots)
        for name in ("ridge", "lasso"):
            row, values = rows[name], getattr(mech, name)
            targets = VGroup(*[Dot(self.mech_point(row, v), radius=MECH_DOT,
                                   color=pieces.optimum_color(np.array([v]))) for v in values])
            links = VGroup(*[self.link(self.mech_point(ls_row, a), self.mech_point(row, b))
                             for a, b in zip(mech.least_squares, values, strict=True)])
            extra = VGroup()
            if name == "lasso":  # raw fits within alpha of 0 would go to exactly 0
                zone = Line(self.mech_point(ls_row, -mech.alpha),
                            self.mech_point(ls_row, mech.alpha),
                            stroke_width=ZONE_STROKE, color=theme.ZERO_COLOR)
                zone_name = pieces.label(text("st_mech_zone", self.lang), theme.SMALL_SIZE,
                                         theme.ZERO_COLOR).next_to(
                                             groups["least_squares"][3], DOWN, buff=0.05)
                extra.add(zone, zone_name)
                self.mech_zone_name = zone_name
            self.mech_phase.set_value(0)  # moving
            self.play(FadeIn(groups[name], extra), Create(links),
                      Transform(ls_dots.copy(), targets, remover=True), run_time=1.2)
            # the dots and stars on top of the zone and the links
            self.add(ls_dots, targets, groups[name][-1], groups["least_squares"][-1])
            picture.add(groups[name], extra, links, targets)
            self.mech_phase.set_value(2 if name == "ridge" else 3)
            self.wait(MECH_HOLDS[1 if name == "ridge" else 2])
        ratio = pieces.label(text("st_mech_ratio", self.lang, scale=self.mech_scale,
                                  ratio=f"{mech.ratio:.2f}", measured=f"{result.ratio:.2f}"),
                             theme.SMALL_SIZE, theme.TEXT_COLOR)
        assert ratio.width <= self.picture_area.width + 1e-6, ratio.width
        ratio.align_to([self.picture_area.left, groups["lasso"][3].get_bottom()[1] - 0.2,
                        0.0], UP + LEFT)
        assert ratio.get_bottom()[1] >= self.picture_area.bottom - 1e-6, ratio.get_bottom()
        self.mech_phase.set_value(0)
        self.play(FadeIn(ratio), run_time=0.5)
        picture.add(ratio)
        self.mech_phase.set_value(4)  # all of it, with the ratio (until the next step)
        self.wait(MECH_HOLDS[3])
        return picture

    def ball_label(self, plane: dict, radius: float) -> VGroup:
        """"full data's ball" under the plane, below where that ball meets the b1 axis,
        under a short tick down from the window's edge."""
        axes = plane["axes"]
        where = axes.c2p(radius, 0.0)
        bottom = axes.get_bottom()[1]
        name = pieces.label(text("st_full_ball", self.lang), theme.SMALL_SIZE,
                            theme.MUTED_TEXT_COLOR)
        tick = Line([where[0], bottom, 0.0], [where[0], bottom - TICK, 0.0],
                    stroke_width=2, color=theme.MUTED_TEXT_COLOR)
        name.next_to(tick, DOWN, buff=0.03)
        return VGroup(name, tick)

    def face(self, axes, beta: np.ndarray) -> VGroup:
        """The edge (or corner) of the minibatch's own diamond its lasso optimum lies on,
        thick, cut to the plane's box."""
        low = axes.c2p(axes.x_range[0], axes.y_range[0])
        high = axes.c2p(axes.x_range[1], axes.y_range[1])
        group = VGroup()
        for piece in lasso_face(beta):
            for arc in pieces.clip_polyline(axes.c2p(piece), low, high):
                group.add(VMobject(color=theme.L1_COLOR, stroke_width=FACE_STROKE)
                          .set_points_as_corners(arc))
        return group

    def summary(self, result, changes: bool) -> VGroup:
        """The share of changed zeros (lasso) and the ratio line in the panel, and the mean
        distances."""
        low, high = result.ratio_ci95
        ratio = self.in_panel(pieces.label(
            text("st_rho" if changes else "st_rho_flat", self.lang, rho=result.rho,
                 ratio=f"{result.ratio:.2f}", low=f"{low:.2f}", high=f"{high:.2f}"),
            theme.SMALL_SIZE, theme.TEXT_COLOR), self.slot)
        return VGroup(ratio, self.counters(result, BATCHES))

    def counters(self, result, seen: int) -> VGroup:
        """Mean distances (lasso, ridge side by side under their heading) and the lasso's
        changed zeros in the panel, over the first ``seen`` batches."""
        band = self.counter_band
        counters = VGroup(
            pieces.label(text("st_counter_l1", self.lang,
                              dev=f"{result.deviations_l1[:seen].mean():.3f}"),
                         theme.SMALL_SIZE, theme.L1_COLOR),
            pieces.label(text("st_counter_l2", self.lang,
                              dev=f"{result.deviations_l2[:seen].mean():.3f}"),
                         theme.SMALL_SIZE, theme.L2_COLOR),
        )
        row = band.top - layout.CAPTION_LINE - 0.1
        # left-aligned at fixed places: changing digits do not shift the line
        counters[0].align_to([band.left, row, 0.0], UP + LEFT)
        counters[1].align_to([band.left + band.width / 2, row, 0.0], UP + LEFT)
        assert counters[1].get_right()[0] <= band.right + 1e-6
        share = self.in_panel(pieces.label(
            text("st_zeros", self.lang, count=round(result.support_differs(seen) * seen),
                 batches=seen), theme.SMALL_SIZE, theme.L1_COLOR), self.share_band)
        return VGroup(*counters, share)
