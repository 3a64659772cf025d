"""Minibatch refits: the lasso optimum moves more than the ridge optimum, and for correlated
features it jumps between supports.  Why: it slides along a flat edge of the diamond.

Two correlated features, n = 20,000 (``mathcore.stability``).  Each minibatch (batch size
m = 100) is fitted exactly, with the same penalty strength for every minibatch: on the
loss ``(1/(2m)) ||y - X b||^2`` the lasso adds ``lambda_1 ||b||_1`` (mathcore's alpha) and
ridge ``lambda_2 ||b||_2^2`` (no 1/2: ``mathcore.stability.ridge_coefficient``), matched on
the full data so that the full-data solution has half the least-squares norm
(``||b||_1`` for the lasso, ``||b||_2`` for the ridge).  The SGD video (``scenes.sgd``)
follows this one.

Because the penalty, not the ball, is fixed, a minibatch's optimum does not lie on the
full data's ball: it lies where the minibatch's own contour touches its OWN ball
``||b||_p <= ||b_k||_p``, and that ball is drawn with it.

The minibatches are shown at one correlation, rho = 0.99 (``SHOWN``: where the lasso's
optimum jumps between corners), large: the lasso plane left of the ridge plane, on one
scale, each under its name and objective; under them a table with a row per rho (0, 0.9,
0.99: the ratio of the mean distances to the full-data optimum, lasso over ridge, its
95 % bootstrap interval, and the count of minibatches whose lasso zeros differ from the
full data's); on the right a panel (the correlation shown, the loss and its penalties,
what the planes show now, and ONE sentence that says what to see, a new one each beat):

1. the full data, from the first second: in each plane its ball (in the norm's colour),
   its contour in the loss's colour (under the ball) touching it at its optimum, a
   hollow white star with a dark rim (round joins), over every ball, contour and cloud;
2. five minibatches one by one (held ``BATCH_SECONDS``; from one to the next the picture
   moves for ``MOVE_SECONDS``, at every frame mathcore's optimum of the blend of the two
   minibatches' losses, ``mixed_batch``): each with its own ball, its
   contour (solid, in the loss's colour, over the full data's, now dashed and grey) and
   its optimum (yellow, green with an exact 0), and on the lasso plane the part of its
   diamond the optimum lies on drawn thick when it is a flat edge (an optimum on a
   corner is green, and nothing else is drawn thick: the corner is a point; from the
   second on, the panel says the small dots are the earlier minibatches' optima); the shown
   rho's name and changed-zeros cell count as they come, on the table's first row right
   under their header (``LIVE_ROW``); the sentence says the lasso's dot slides
   along a flat edge (and jumps to a corner, where one of these minibatches has a zero)
   while the circle holds ridge's near the star;
3. the minibatch's pictures and texts go, then the full data's balls come back with a
   line that says the balls are the full data's (lambda is fixed, so each minibatch's
   optimum has its own norm and many lie off these balls), held a moment with the five
   optima shown; all 200
   minibatch optima grow in as clouds round the stars (under them; the star smaller, its
   rim narrower, so that a tight ridge cloud shows round it), and the table fills in
   meanwhile, a row after the other.

Then a 1-D picture shows why the lasso moves further even at rho = 0, where no zero ever
changes (``mathcore.stability.orthogonal_mechanism``): with exactly orthogonal features
the loss is ``(1/2) (b - b_hat)^2`` per coefficient (b_hat: the least-squares fit); the
least-squares fits b_hat of b1 of the first minibatches as dots on a line, the ridge fits
above (``b_hat / (1 + 2 lambda_2)``: the spread shrinks by that factor), the lasso fits
below (moved lambda_1 toward 0: the spread stays), each joined to its least-squares fit,
the lasso's zero zone [-lambda_1, lambda_1] on the least-squares row in L1's colour (the
lasso sends fits there to exactly 0; green stays for coefficients that are 0), the ridge
fits' dots in L2's colour and the lasso's in L1's, and the two spreads' ratio
(1 + 2 lambda_2) against the 2-D refits' at rho = 0, after a line that says lambda_1 and
lambda_2 make the two full-data fits about equal (each about half the least-squares one:
the ridge's smaller spread is not a harder shrink); a last line says why correlation makes
it worse: the loss's valley runs along (1, -1), the direction of the diamond's edge, so the
lasso's optimum slides far along it, to corners (the rho = 0.99 row's ratio).
The picture's heading stands at the top of the stage, the grid gone.

Trackers: ``batch`` (0 while the full data alone is held, k while the k-th minibatch is
held, -1 otherwise), ``mix`` (while the minibatches are shown, the blend position of
``mixed_batch``, 0-based: k - 1 while the k-th is held, between while moving; -1
otherwise), ``cloud`` (the number of minibatch optima in each plane while they
are held over the full data's balls: ``SHOWN_ONE_BY_ONE`` a moment before the rest grow
in, ``BATCHES`` once all are in; -1 otherwise) and ``mech`` (the 1-D picture, held: 1 its
least-squares row, 2 with the ridge row, 3 with the lasso row, 4 with the ratio; 0 while
anything moves or it is not shown).

Render: ``manim render scenes/stability.py``.
"""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UP,
    AnimationGroup,
    Create,
    DashedVMobject,
    Dot,
    FadeIn,
    FadeOut,
    Line,
    LineJointType,
    Rectangle,
    Star,
    Transform,
    VGroup,
    VMobject,
    Write,
)

from mathcore import QuadraticLoss, contour_shape, norm_value
from mathcore.stability import (
    lasso_solution,
    minibatch_stability,
    orthogonal_mechanism,
    ridge_coefficient,
    ridge_solution,
)
from scenes import layout, pieces, theme
from scenes.base import NormvizScene
from scenes.strings import reading_seconds, text

RHO_STEPS = (0.0, 0.9, 0.99)
BATCH_SIZE, BATCHES, SEED = 100, 200, 0
SHOWN_ONE_BY_ONE = 5
#: How long each of the first minibatches is held on screen: slowly while the viewer
#: learns what a minibatch's picture shows, faster once it is familiar.
BATCH_SECONDS = (2.4, 2.0, 1.8, 1.6, 1.6)
MOVE_SECONDS = 0.8  # from one minibatch to the next, the picture moving
GROW_SECONDS = 4.0  # the rest of the clouds growing in, the table's rows one by one
BALLS_BACK_SECONDS = 0.6  # the full data's balls back, before the rest of the clouds grow
SWAP_SECONDS = 0.4  # the minibatch's pictures and texts go before the clouds' come
MARGIN = 0.15  # around every optimum shown, in coefficient units
NORMS = ("l1", "l2")  # the planes, left to right
#: The correlation whose minibatches are shown, large (its two planes side by side): the
#: largest, where the lasso's optimum jumps between corners; the table shows every one.
SHOWN = len(RHO_STEPS) - 1
#: While the minibatches come one by one, the shown correlation's name and its
#: changed-zeros count stand on the table's first row, right under their header (the
#: table's own rows come later).
LIVE_ROW = 0
PLANE_HEAD = 0.5  # above each plane: its name and objective
HEADER_GAP = 0.1  # between a plane's name and its window
NAME_ROOM = 0.2  # right of a plane: the half of the b1 axis's name beyond its end
COLUMN_GAP = 0.35  # between the two planes
PANEL_GAP = 0.25  # between the planes and the text panel
TABLE_GAP, TABLE_LINE = 0.1, 0.36  # the table under the planes: its gap, its lines
TABLE_COLUMN_GAP = 0.2  # the least room between two of the table's columns
#: Under the title: the stage starts this far below the title's text (the title band's
#: empty lower part goes to the planes).
TITLE_GAP = 0.2
PANEL_PARTS_GAP = 0.18  # between two texts of the panel
CLOUD_DOT, STAR_RADIUS, STAR_STROKE = 0.05, 0.15, 3  # a cloud's dot: 6 px wide at 480p
#: The minibatch's optimum held over the star: a background-coloured ring round it, so
#: that it reads as a dot on the star, not as the star's fill.
HELD_RIM = 10.0
#: The full data's star: its background-coloured rim (wide enough that the colours of the
#: ball's edge and the contour it lies on stay off its white outline in the video's colour
#: subsampling, which mixes 2 x 2 pixels, and the encoder's blur), narrower over the
#: clouds (a tight ridge cloud shows between its arms), the depths of the clouds' dots,
#: the star over them and the optimum held on screen over it.
STAR_RIM, CLOUD_STAR_RIM, CLOUD_Z, STAR_Z, HELD_Z = 18.0, 9.0, 4, 5, 7
#: Over the clouds the star shrinks to this share of its size: a tight ridge cloud is
#: about as wide as the whole star.
CLOUD_STAR_SCALE = 0.6
FULL_CONTOUR_STROKE = 2  # the full data's contour (thinner than a minibatch's)
#: While the minibatches are shown the full data's contour stays as a reference, dashed
#: and grey (each minibatch's own contour is solid, in the loss's colour): its stroke, and
#: the length of a dash and its gap.
REFERENCE_COLOR, REFERENCE_STROKE, REFERENCE_DASH = theme.MUTED_TEXT_COLOR, 3, 0.2
#: The closing picture's long contour axis, dashed in the loss's colour: wider than the
#: ball's outline it lies on in the lasso's plane (the diamond's edge), so that it shows
#: over it in the video's colour subsampling.
VALLEY_STROKE = 6
FACE_STROKE = 16  # the flat edge of the minibatch's diamond its lasso optimum lies on
NAMES = {"l1": ("st_lasso", "st_lasso_loss"), "l2": ("st_ridge", "st_ridge_loss")}
#: The table's measures, left to right: the changed zeros first, under the lasso's plane
#: (they count lasso zeros), then the ratio of the distances and its interval.
TABLE = ("st_table_zeros", "st_table_ratio", "st_table_ci")
ZEROS_COLUMN = TABLE.index("st_table_zeros")
STILL_MOST = 3.0  # the longest still picture (seconds): the opening's hold for reading
#: The full data's optimum, the reference: white like the text (its ball and contour are
#: its norm's colour and the loss's), apart from the minibatches' optima, yellow (green
#: with a 0) as everywhere.
FULL_DATA_COLOR = theme.TEXT_COLOR
#: The closing beat's replay: from one minibatch to the next and back, REPLAY_LEGS legs
#: of REPLAY_SECONDS, each minibatch held REPLAY_HOLD; the clouds dimmed to REPLAY_DIM.
REPLAY_LEGS, REPLAY_SECONDS, REPLAY_HOLD, REPLAY_DIM = 4, 1.6, 0.6, 0.3
MECH_COUNT = 8  # minibatches in the 1-D picture of the mechanism (the first ones)
MECH_ROW = 1.15  # from one row of the 1-D picture to the next (its label left of its line)
MECH_LABEL_GAP = 0.3  # between a row's label and its line
MECH_STAR = 0.13  # the full data's fit on a row of the 1-D picture
MECH_STAR_STROKE, MECH_STAR_RIM = 3.0, 5.0  # its outline, and its background-coloured rim
MECH_DOT = 0.8 * theme.DOT_RADIUS  # a minibatch's fit on a row of the 1-D picture
ZONE_STROKE = 8  # the lasso's dead zone [-lambda_1, lambda_1] on the least-squares row
#: The dead zone and its name: the lasso's rule, so L1's colour (green would claim that
#: the least-squares fits there are 0; they are not, only the lasso's are)
ZONE_COLOR = theme.L1_COLOR
LINK_GAP = 0.15  # share of a link left out at each end
MECH_NOTE_GAP = 0.08  # between the lines of the 1-D picture's note
MECH_HOLDS = (1.5, 1.5, 1.5)  # the 1-D picture held: its rows one by one (at least)
#: ... and each of its later rows comes as the subtitle reads these words (the ratio's
#: note when the subtitle is read).
MECH_ROW_AT = {"en": {"ridge": "ridge divides", "lasso": "the lasso only"},
               "zh": {"ridge": "岭回归把", "lasso": "LASSO 只"}}
MECH_ROWS = ("ridge", "least_squares", "lasso")  # top to bottom


def ball_radius(result, norm: str) -> float:
    """The budget both penalties are matched at: half the full-data least-squares norm."""
    center = QuadraticLoss.from_gram(*result.full_gram).center
    return 0.5 * float(norm_value(center, norm))


def full_optimum(result, norm: str) -> np.ndarray:
    """The full data's lasso (``l1``) or ridge (``l2``) optimum."""
    return result.full_l1 if norm == "l1" else result.full_l2


def batch_optima(result, norm: str) -> np.ndarray:
    """Every minibatch's lasso (``l1``) or ridge (``l2``) optimum, (K, 2)."""
    return result.batch_l1 if norm == "l1" else result.batch_l2


def plane_name(norm: str, column: int) -> str:
    """The timeline's name of the plane of ``norm`` in the column of ``RHO_STEPS[column]``."""
    return f"{norm}_{column}"


def mech_full(mech, name: str) -> float:
    """The full data's fit on the 1-D picture's row ``name``."""
    return mech.full[("least_squares", "ridge", "lasso").index(name)]


def mech_color(name: str, value: float) -> str:
    """A fit's dot on the 1-D picture's row ``name``: least squares in the loss's colour,
    ridge in L2's, the lasso in L1's, and any fit that is exactly 0 in the zeros' green."""
    if value == 0.0:
        return theme.ZERO_COLOR
    return {"least_squares": theme.LOSS_COLOR, "ridge": theme.L2_COLOR,
            "lasso": theme.L1_COLOR}[name]


def mixed_batch(result, position: float) -> tuple[QuadraticLoss, dict[str, np.ndarray]]:
    """The loss between minibatch ``k = floor(position)`` and the next (0-based), at
    ``s = position - k``: Gram ``(1 - s) G_k + s G_{k+1}`` and linear term ``(1 - s) q_k +
    s q_{k+1}`` (the two minibatches' rows, weighted), with its exact lasso (``l1``) and
    ridge (``l2``) optima at the minibatches' penalties; at a whole position, minibatch
    k's own."""
    grams, linears = result.batch_grams
    k = int(np.floor(position))
    share = position - k
    gram, linear = grams[k], linears[k]
    if share > 0.0:
        gram = (1.0 - share) * gram + share * grams[k + 1]
        linear = (1.0 - share) * linear + share * linears[k + 1]
    return QuadraticLoss.from_gram(gram, linear), {
        "l1": lasso_solution(gram, linear, result.alpha),
        "l2": ridge_solution(gram, linear, result.lam)}


def zero_coordinate(beta: np.ndarray) -> int | None:
    """The coordinate of ``beta`` that is exactly 0 when only one is (a diamond's corner
    off the origin), else None."""
    zeros = np.flatnonzero(np.asarray(beta) == 0.0)
    return int(zeros[0]) if len(zeros) == 1 else None


def replay_pair(result) -> int:
    """The minibatch k (0-based) replayed in the closing beat: of the k whose lasso
    optimum and the next minibatch's lie on the diamond's two different corners (one has
    b1 = 0, the other b2 = 0), the one with the largest ratio of the lasso optimum's move
    to the ridge optimum's: from k to k + 1 the lasso's crosses the whole edge while the
    ridge's barely moves."""
    lasso, ridge = result.batch_l1, result.batch_l2
    opposite = [k for k in range(len(lasso) - 1)
                if {zero_coordinate(lasso[k]), zero_coordinate(lasso[k + 1])} == {0, 1}]
    assert opposite, "no two minibatches in a row on different corners"
    return max(opposite, key=lambda k: np.linalg.norm(lasso[k + 1] - lasso[k])
               / np.linalg.norm(ridge[k + 1] - ridge[k]))


def joined(parts) -> VMobject:
    """The paths ``parts`` (one style) as one mobject, each its own subpath."""
    path = VMobject()
    for part in parts:
        path.append_vectorized_mobject(part)
    if len(parts):
        path.match_style(parts[0])
    return path


def reshape(target: VMobject, source: VMobject) -> None:
    """``target`` takes ``source``'s path and style (none when it has no path), staying
    the same mobject (no ``become``: it aligns the two paths' curves, and adds parts)."""
    target.set_points(source.points)
    if len(source.points):
        target.match_style(source, family=False)


def corner_rhos(results) -> list[float]:
    """The correlations at which one of the minibatches shown one by one has a lasso
    coefficient exactly 0 (its optimum on a corner of its diamond)."""
    return [r.rho for r in results if np.any(r.batch_l1[:SHOWN_ONE_BY_ONE] == 0.0)]


def lasso_face(beta: np.ndarray) -> list[np.ndarray]:
    """The flat edge of the diamond ``||b||_1 = ||beta||_1`` that ``beta`` lies inside of,
    as a data polyline: the edge between the two corners of its quadrant (it ends at
    them) when no coefficient is 0.  Empty when a coefficient is 0: an optimum on a corner
    touches the diamond at that point only (its dot, green, shows it)."""
    beta = np.asarray(beta, dtype=float)
    if not np.all(beta != 0.0):
        return []
    radius = float(np.abs(beta).sum())
    return [np.array([[np.sign(beta[0]) * radius, 0.0], [0.0, np.sign(beta[1]) * radius]])]


class MinibatchStability(NormvizScene):
    """Lasso and ridge refitted on minibatches at rho = 0.99, large; a table for every rho."""

    def construct(self) -> None:
        self.batch_count = self.tracker("batch", -1)
        self.cloud_count = self.tracker("cloud", -1)
        self.mix_position = self.tracker("mix", -1)
        self.mech_phase = self.tracker("mech", 0)
        self.replay_position = self.tracker("replay", -1)
        self.title = pieces.title(text("st_title", self.lang))
        self.results = [minibatch_stability(rho, BATCH_SIZE, BATCHES, SEED) for rho in RHO_STEPS]
        self.show("by_rho", [{k: v for k, v in r.as_dict().items() if k != "seconds"}
                             for r in self.results])
        self.mechanism = orthogonal_mechanism(self.results[0], MECH_COUNT)
        self.build_layout()
        self.full_data()
        self.minibatches()
        self.clouds()
        self.show_mechanism(self.results[0])

    # -- layout ---------------------------------------------------------------------------
    def build_layout(self) -> None:
        """The shown correlation's two planes side by side (the lasso's left, the
        ridge's right, one scale, as large as the stage allows), each under its name and
        objective; under them the table of every correlation; the text panel on the
        right."""
        stage = layout.stage()
        area = layout.Region(stage.left, stage.right, stage.bottom,
                             self.title.get_bottom()[1] - TITLE_GAP)
        lang, shown = self.lang, self.results[SHOWN]
        heads = {norm: VGroup(
            pieces.label(text(NAMES[norm][0], lang), theme.BODY_SIZE, theme.NORM_COLORS[norm]),
            pieces.label(text(NAMES[norm][1], lang), theme.SMALL_SIZE,
                         theme.MUTED_TEXT_COLOR)).arrange(RIGHT, buff=0.2) for norm in NORMS}
        panel_width = self.panel_width()
        size = min(area.height - PLANE_HEAD - TABLE_GAP - (1 + len(RHO_STEPS)) * TABLE_LINE,
                   (area.width - panel_width - PANEL_GAP - COLUMN_GAP) / 2 - NAME_ROOM)
        every = np.vstack([shown.batch_l1, shown.batch_l2, shown.full_l1, shown.full_l2])
        low, high = min(0.0, every.min()) - MARGIN, every.max() + MARGIN
        self.planes = {}
        top = area.top - PLANE_HEAD
        for place, norm in enumerate(NORMS):
            left = area.left + place * (size + NAME_ROOM + COLUMN_GAP)
            axes = self.plane(plane_name(norm, SHOWN), pieces.fit_axes(
                np.array([low, low]), np.array([high, high]), size, size))
            for axis in axes.get_axes():  # no unnumbered ticks (they read as marks)
                axis.remove(axis.ticks)
            axes.move_to([left + size / 2, top - size / 2, 0.0])
            window = Rectangle(width=axes.width, height=axes.height, stroke_width=1.5,
                               stroke_color=theme.AXES_COLOR).move_to(axes.get_center())
            names = pieces.axis_labels(axes, text("axis_x", lang), text("axis_y", lang))
            # the b2 name inside the window, under its top edge (not cut by it)
            names[1].align_to(window.get_top() + 0.06 * DOWN, UP)
            assert heads[norm].width <= size + NAME_ROOM, heads[norm].width
            # left-aligned with its window (a head wider than the window, as in Chinese,
            # reaches into the room right of it, never past the stage's left edge)
            heads[norm].next_to(window, UP, buff=HEADER_GAP).align_to(window, LEFT)
            self.planes[(norm, SHOWN)] = {"axes": axes, "window": window, "names": names,
                                          "head": heads[norm]}
        self.frames = VGroup(*[VGroup(p["window"], p["axes"], p["names"], p["head"])
                               for p in self.planes.values()])
        grid_right = area.left + 2 * (size + NAME_ROOM) + COLUMN_GAP
        self.build_table(area.left, grid_right, top - size - TABLE_GAP)
        assert self.table_rows[-1] - TABLE_LINE / 2 >= area.bottom - 1e-6
        self.picture_area = stage  # the 1-D picture of the mechanism: the grid goes
        self.build_panel(layout.Region(area.right - panel_width, area.right, area.bottom,
                                       area.top))

    def table_texts(self, result, seen: int = BATCHES) -> list[tuple[str, dict]]:
        """The cells of ``result``'s row (keys and fields), in ``TABLE``'s order: how many
        of the first ``seen`` minibatches change which lasso coefficients are 0 (against
        the full data's), the ratio of the mean distances and its 95 % interval."""
        low, high = result.ratio_ci95
        return [("st_cell_zeros", {"count": round(result.support_differs(seen) * seen),
                                   "batches": seen}),
                ("st_cell_ratio", {"ratio": f"{result.ratio:.2f}"}),
                ("st_cell_ci", {"low": f"{low:.2f}", "high": f"{high:.2f}"})]

    def build_table(self, left: float, right: float, top: float) -> None:
        """The table between ``left`` and ``right`` under ``top``: a header row (the
        three measures), then one row per correlation (its rho, then its cells); each
        column as wide as its widest text."""
        lang = self.lang
        self.table_labels = [pieces.label(text(key, lang), theme.SMALL_SIZE,
                                          theme.MUTED_TEXT_COLOR) for key in TABLE]
        self.rho_cells = [pieces.label(text("st_rho_head", lang, rho=r.rho), theme.SMALL_SIZE)
                          for r in self.results]
        widths = [max(m.width for m in self.rho_cells)]
        for column, label in enumerate(self.table_labels):
            widths.append(max(label.width, *[
                pieces.label(text(key, lang, **fields), theme.SMALL_SIZE).width
                for result in self.results
                for key, fields in [self.table_texts(result)[column]]]))
        gap = (right - left - sum(widths)) / len(TABLE)
        assert gap >= TABLE_COLUMN_GAP, (widths, right - left)
        edges = left + np.concatenate([[0.0], np.cumsum(np.array(widths) + gap)])
        self.table_x = [float(edge + width / 2) for edge, width in zip(edges[:-1], widths,
                                                                   strict=True)]
        self.table_widths = widths
        self.table_rows = [top - (k + 0.5) * TABLE_LINE for k in range(1 + len(RHO_STEPS))]
        for column, label in enumerate(self.table_labels):
            label.move_to([self.table_x[column + 1], self.table_rows[0], 0.0])
        for row, label in enumerate(self.rho_cells):
            label.move_to([self.table_x[0], self.table_rows[row + 1], 0.0])

    def why_text(self) -> str:
        """The panel's sentence on what the minibatches show: "jumps to a corner" where a
        minibatch shown one by one has a lasso zero, else "never"."""
        return text("st_why" if corner_rhos([self.results[SHOWN]]) else "st_why_flat",
                    self.lang)

    def panel_width(self) -> float:
        """The text panel on the right: as wide as the widest of its texts."""
        lang = self.lang
        texts = [text("st_loss", lang, size=BATCH_SIZE), text("st_say_start", lang),
                 text("st_table_key", lang), self.why_text(), self.far_text(),
                 *[text(key, lang, batches=BATCHES, k=SHOWN_ONE_BY_ONE, rho=RHO_STEPS[SHOWN])
                   for key in ("st_phase_full", "st_phase_batch", "st_phase_batch_more",
                               "st_phase_cloud")]]
        k = replay_pair(self.results[SHOWN]) + 1
        texts.append(text("st_phase_replay", lang, a=k, b=k + 1, batches=BATCHES))
        rho = pieces.label(text("st_rho_shown", lang, rho=RHO_STEPS[SHOWN]), theme.BODY_SIZE)
        return max(rho.width, *[pieces.label(words, theme.SMALL_SIZE).width for words in texts])

    def build_panel(self, panel: layout.Region) -> None:
        """The panel's fixed texts from its top (the correlation shown, the loss), then a
        slot for what the planes show now and one for the single sentence that says what
        to see (a new one each beat)."""
        lang = self.lang
        self.panel = panel
        fixed = [pieces.label(text("st_rho_shown", lang, rho=RHO_STEPS[SHOWN]),
                              theme.BODY_SIZE),
                 pieces.label(text("st_loss", lang, size=BATCH_SIZE), theme.SMALL_SIZE)]
        top = panel.top
        for mobject in fixed:
            self.in_panel(mobject, top)
            top = mobject.get_bottom()[1] - PANEL_PARTS_GAP
        self.rho_key, self.loss_key = fixed
        self.phase_top = top
        phases = [self.phase_text("st_phase_full"), self.batch_phase(1),
                  self.batch_phase(SHOWN_ONE_BY_ONE), self.phase_text("st_phase_cloud"),
                  self.replay_phase()]
        self.slot_top = top - max(p.height for p in phases) - PANEL_PARTS_GAP

    def in_panel(self, mobject: VMobject, top: float) -> VMobject:
        """Left-aligned in the panel with its top at ``top`` (it must fit the panel)."""
        assert mobject.width <= self.panel.width + 1e-6, (mobject, mobject.width)
        mobject.align_to([self.panel.left, top, 0.0], UP + LEFT)
        assert mobject.get_bottom()[1] >= self.panel.bottom - 1e-6, mobject
        return mobject

    def say(self, words: str) -> VMobject:
        """The panel's one sentence, in its slot under what the planes show."""
        return self.in_panel(pieces.label(words, theme.SMALL_SIZE), self.slot_top)

    def phase_text(self, key: str, **fields: object) -> VMobject:
        """What the planes show now, in the panel's slot under the loss."""
        words = text(key, self.lang, batches=BATCHES, rho=RHO_STEPS[SHOWN], **fields)
        color = (theme.SOLUTION_COLOR if key.startswith(("st_phase_batch", "st_phase_replay"))
                 else theme.TEXT_COLOR)
        return self.in_panel(pieces.label(words, theme.SMALL_SIZE, color), self.phase_top)

    def replay_phase(self) -> VMobject:
        """"Shown: minibatches k and k + 1 and the losses between them" (1-based), the
        closing beat's replay (``replay_pair``)."""
        k = replay_pair(self.results[SHOWN]) + 1
        return self.phase_text("st_phase_replay", a=k, b=k + 1)

    def batch_phase(self, k: int) -> VMobject:
        """"Shown: minibatch k" (1-based); from the second on, it names the small dots the
        earlier minibatches' optima left behind."""
        return self.phase_text("st_phase_batch" if k == 1 else "st_phase_batch_more", k=k)

    # -- the story -------------------------------------------------------------------------
    def full_data(self) -> None:
        """Both planes from the first second: the full data's ball, its contour (under
        the ball) touching it at the optimum, the star on top."""
        self.beat("st_start", size=BATCH_SIZE)
        self.balls_full, self.contours_full, self.stars = VGroup(), VGroup(), VGroup()
        result = self.results[SHOWN]
        full = QuadraticLoss.from_gram(*result.full_gram)
        for (norm, _), plane in self.planes.items():
            axes, optimum = plane["axes"], full_optimum(result, norm)
            fixed = pieces.LossContour(axes, full, float(full.value(optimum)),
                                       clip_to_axes=True)
            fixed.set_stroke(color=theme.LOSS_COLOR, width=FULL_CONTOUR_STROKE)
            star = Star(n=5, outer_radius=STAR_RADIUS, color=FULL_DATA_COLOR,
                        stroke_width=STAR_STROKE, fill_opacity=0,
                        joint_type=LineJointType.ROUND).move_to(axes.c2p(*optimum))
            # a rim of the background round its outline, over the balls, contours and
            # clouds: the star stays whole, and white, over the ball's edge, the contour
            # and the dots (round joins: a mitred rim would reach far beyond the sharp tips)
            star.set_stroke(color=theme.BACKGROUND_COLOR, width=STAR_RIM, background=True)
            star.set_z_index(STAR_Z)
            self.contours_full.add(fixed)
            self.balls_full.add(pieces.BallWindow(axes, norm, ball_radius(result, norm)))
            self.stars.add(star)
            plane["star"] = star
        self.phase = self.phase_text("st_phase_full")
        self.sentence = self.say(text("st_say_start", self.lang))
        self.play(Write(self.title), FadeIn(self.frames),
                  FadeIn(self.rho_key, self.loss_key, self.phase, self.sentence),
                  FadeIn(self.contours_full, self.balls_full, self.stars), run_time=1.2)
        self.batch_count.set_value(0)  # the full data alone, held until the next beat
        # what the star is: held until read (reading_seconds from its fade-in), at most
        # STILL_MOST (no longer still picture; the phase texts then keep the star's key)
        read = reading_seconds(text("st_say_start", self.lang), self.lang)
        self.wait(min(STILL_MOST, max(read - self.time, 0.0)))

    def minibatches(self) -> None:
        """The first minibatches one by one, in both planes at once: each with its own ball
        (through its optimum), its contour touching it there, its optimum, and on the
        lasso plane the flat edge of its diamond the optimum lies on, thick; the
        changed-zeros cell counts them.  A minibatch's optimum minimises its loss plus the
        penalty, so it is also where its contour touches the ball ``||b||_p <= ||b_k||_p``.
        From one minibatch to the next the picture moves: at every frame the loss is the
        blend of the two (``mixed_batch``) and the optimum mathcore's for it.
        """
        result = self.results[SHOWN]
        corners = corner_rhos([result])
        shown = slice(0, SHOWN_ONE_BY_ONE)  # "the circle holds it nearer the star": true
        assert result.deviations_l2[shown].mean() < result.deviations_l1[shown].mean()
        self.beat("st_batches" if corners else "st_batches_flat")
        why = self.say(self.why_text())
        self.batch_count.set_value(-1)
        reference = VGroup(*[self.dashed(contour) for contour in self.contours_full])
        self.live_rho = self.rho_cells[SHOWN].copy().set_y(self.table_rows[LIVE_ROW + 1])
        self.play(FadeOut(self.sentence),
                  FadeIn(why, self.table_labels[ZEROS_COLUMN], self.live_rho),
                  FadeOut(self.balls_full), FadeOut(self.contours_full),
                  FadeIn(reference), run_time=0.5)
        contours, movers = self.batch_contours_and_optima(result)
        # each plane's ball fill, ball outline and thick edge: the same three mobjects
        # reshaped every frame (manim keeps drawing a mobject taken out of a moving group)
        pictures = {key: VGroup(VMobject(), VMobject(), VMobject()) for key in self.planes}
        self.mix_position.set_value(0.0)

        def update() -> None:
            self.draw_mix(result, self.mix_position.get_value(), pictures, contours, movers)

        group = self.drive(update, *pictures.values(), *contours.values(), *movers.values())
        earlier, live = VGroup(), VGroup()
        for k in range(SHOWN_ONE_BY_ONE):
            if k:  # the optimum left behind joins the cloud; the picture moves on
                for mover in movers.values():
                    dot = mover.copy()
                    self.to_cloud(dot)
                    earlier.add(dot)
                self.add(earlier)
                self.batch_count.set_value(-1)
                self.play(self.mix_position.animate.set_value(float(k)),
                          run_time=MOVE_SECONDS)
            self.remove(self.phase, live)
            live = VGroup(self.batch_phase(k + 1), self.zeros_cell(result, k + 1, LIVE_ROW))
            self.add(live)
            self.batch_count.set_value(k + 1)
            self.wait(BATCH_SECONDS[k])
        self.stop_driving(group, update)
        self.mix_position.set_value(-1)
        # the last minibatch stays on screen until the next beat
        self.shown_dots, self.sentence = VGroup(earlier, *movers.values()), why
        self.contours = VGroup(reference, *contours.values())
        self.last_batch = VGroup(*pictures.values(), live[0])
        self.live_cell = live[1]

    def batch_contours_and_optima(self, result) -> tuple[dict, dict]:
        """Per plane, a minibatch's contour (reshaped every frame) and its optimum: a dot
        held over the star, whole (a background-coloured ring round it)."""
        full = QuadraticLoss.from_gram(*result.full_gram)
        contours = {key: pieces.LossContour(plane["axes"], full, 1.0, clip_to_axes=True)
                    for key, plane in self.planes.items()}
        optima = {key: Dot(radius=theme.DOT_RADIUS).set_stroke(
            color=theme.BACKGROUND_COLOR, width=HELD_RIM, background=True).set_z_index(HELD_Z)
            for key in self.planes}
        return contours, optima

    def draw_mix(self, result, position: float, pictures: dict, contours: dict,
                 movers: dict) -> None:
        """Each plane at the minibatch blend ``position`` (``mixed_batch``): the ball
        through its optimum (with the flat edge it lies on, thick, on the lasso plane), its
        contour touching it there, its optimum (green with an exact 0)."""
        loss, optima = mixed_batch(result, position)
        for key, plane in self.planes.items():
            norm, axes, beta = key[0], plane["axes"], optima[key[0]]
            ball = pieces.BallWindow(axes, norm, float(norm_value(beta, norm)))
            fill, outline, face = pictures[key]
            reshape(fill, ball[0])
            reshape(outline, joined(ball[1:]))
            if norm == "l1":
                reshape(face, joined(self.face(axes, beta)))
            contours[key].show(loss, float(loss.value(beta)))
            movers[key].move_to(axes.c2p(*beta)).set_fill(pieces.optimum_color(beta),
                                                         opacity=1.0)

    def clouds(self) -> None:
        """The single minibatches go, the full data's balls come back and the rest of the
        clouds grow in round the stars; the table fills in, every correlation's row; the
        panel's sentence becomes the table's key."""
        results = self.results
        self.beat("st_step", **{f"r{i}": f"{r.ratio:.2f}" for i, r in enumerate(results)},
                  **{f"s{i}": f"{100 * r.support_differs():.0f}"
                     for i, r in enumerate(results)})
        rest = VGroup(*[Dot(plane["axes"].c2p(*b), radius=CLOUD_DOT,
                            color=pieces.optimum_color(b)).set_z_index(CLOUD_Z)
                        for (norm, column), plane in self.planes.items()
                        for b in batch_optima(results[column], norm)[SHOWN_ONE_BY_ONE:]])
        for dot in self.shown_dots:
            self.to_cloud(dot)
        cells = [self.table_cells(result) for result in results]
        table_key = self.say(text("st_table_key", self.lang))
        self.phase = self.phase_text("st_phase_cloud")
        self.batch_count.set_value(-1)
        for star in self.stars:  # over the clouds: smaller, with a narrower rim
            star.scale(CLOUD_STAR_SCALE)
            star.set_stroke(color=theme.BACKGROUND_COLOR, width=CLOUD_STAR_RIM, background=True)
        # the minibatch's pictures and texts go first (nothing of them is drawn when the
        # table comes), then the full data's balls come back for the clouds, under the
        # dots, with the line that says whose balls they are, and are held a moment with
        # the first minibatches' optima only
        self.play(FadeOut(self.contours, self.last_batch, self.sentence, self.live_cell,
                          self.table_labels[ZEROS_COLUMN], self.live_rho),
                  run_time=SWAP_SECONDS)
        self.play(FadeIn(self.balls_full), FadeIn(self.phase), run_time=0.5)
        self.cloud_count.set_value(SHOWN_ONE_BY_ONE)
        self.wait(BALLS_BACK_SECONDS)
        self.cloud_count.set_value(-1)
        # the clouds grow: each dot fades in over a fifth of the time, one after another;
        # meanwhile the table's key, its header and its rows come in, one after another
        rows = [VGroup(table_key, *self.table_labels)] + [
            VGroup(self.rho_cells[i], *cells[i]) for i in range(len(results))]
        self.play(FadeIn(rest, lag_ratio=4.0 / len(rest)),
                  AnimationGroup(*[FadeIn(row) for row in rows], lag_ratio=0.6),
                  run_time=GROW_SECONDS)
        self.cloud_count.set_value(BATCHES)
        self.cells, self.table_key, self.rest = VGroup(*cells), table_key, rest
        self.grid = VGroup(self.frames, self.balls_full, self.stars, self.shown_dots, rest,
                           self.cells, *self.table_labels, *self.rho_cells, self.rho_key,
                           self.loss_key, self.phase, table_key)

    @staticmethod
    def dashed(curve: VMobject, color: str = REFERENCE_COLOR) -> VMobject:
        """``curve`` dashed (dashes ``REFERENCE_DASH`` long, as long gaps) in ``color``: grey
        for the full data's contour as the reference under the minibatches'."""
        count = max(2, round(curve.get_arc_length() / (2 * REFERENCE_DASH)))
        return DashedVMobject(curve.copy(), num_dashes=count, dashed_ratio=0.5).set_stroke(
            color=color, width=REFERENCE_STROKE)

    @staticmethod
    def to_cloud(dot: Dot) -> None:
        """A held minibatch optimum joins the cloud: a cloud's size, no ring, under the
        star."""
        dot.set_stroke(width=0, background=True)
        dot.scale_to_fit_width(2 * CLOUD_DOT).set_z_index(CLOUD_Z)

    # -- the table -------------------------------------------------------------------------
    def cell(self, key: str, row: int, column: int, color: str, **fields: object) -> VMobject:
        """A table cell: on the row of ``RHO_STEPS[row]``, under the measure ``column``."""
        cell = pieces.label(text(key, self.lang, **fields), theme.SMALL_SIZE, color)
        cell.move_to([self.table_x[column + 1], self.table_rows[row + 1], 0.0])
        assert cell.width <= self.table_widths[column + 1] + 1e-6, (key, cell.width)
        return cell

    def zeros_cell(self, result, seen: int, row: int) -> VMobject:
        """How many of the first ``seen`` minibatches change which lasso coefficients are 0
        (against the full data's), on the table's row ``row``."""
        key, fields = self.table_texts(result, seen)[ZEROS_COLUMN]
        return self.cell(key, row, ZEROS_COLUMN, theme.L1_COLOR, **fields)

    def table_cells(self, result) -> VGroup:
        """The row's changed zeros, ratio of the mean distances and its interval."""
        row = RHO_STEPS.index(result.rho)
        colors = (theme.L1_COLOR, theme.TEXT_COLOR, theme.MUTED_TEXT_COLOR)
        return VGroup(*[self.cell(key, row, column, color, **fields)
                        for column, ((key, fields), color)
                        in enumerate(zip(self.table_texts(result), colors, strict=True))])

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

    # -- the mechanism, in 1-D -------------------------------------------------------------
    def mech_labels(self) -> dict[str, VMobject]:
        """Each row's label (its objective, its map, its mean distance to the full data's
        fit); lambda_2 is mathcore's ridge coefficient (``ridge_coefficient``)."""
        mech = self.mechanism
        texts = {"ridge": ("st_mech_ridge", theme.L2_COLOR,
                           {"lam": f"{ridge_coefficient(mech.lam):.3f}"}),
                 "least_squares": ("st_mech_ls", theme.LOSS_COLOR, {}),
                 "lasso": ("st_mech_lasso", theme.L1_COLOR, {"alpha": f"{mech.alpha:.3f}"})}
        return {name: pieces.label(text(key, self.lang, dev=f"{mech.mean_distance(name):.3f}",
                                        **fields), theme.SMALL_SIZE, color)
                for name, (key, color, fields) in texts.items()}

    def mech_rows(self, labels: dict[str, VMobject], top: float) -> dict[str, dict]:
        """The 1-D picture's rows in ``picture_area`` under ``top`` (its heading's bottom),
        top to bottom, each label left of its line: for each row its line's left end,
        right end and height, with the data range every row shares (0, the dead zone and
        every fit)."""
        mech = self.mechanism
        values = np.concatenate([mech.least_squares, mech.ridge, mech.lasso, mech.full])
        low = min(values.min(), -mech.alpha) - 0.1
        high = max(values.max(), mech.alpha) + 0.1
        area = self.picture_area
        left = area.left + max(label.width for label in labels.values()) + MECH_LABEL_GAP
        first = top - 0.35 - layout.CAPTION_LINE  # its label's top under the heading
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

    def show_mechanism(self, result) -> None:
        """With orthogonal features each coefficient is a 1-D problem, loss
        ``(b - b_hat)^2 / 2``: the least-squares fits b_hat of the first minibatches on a
        line, the ridge fits (``b_hat / (1 + 2 lambda_2)``: the spread shrinks) above, the
        lasso fits (moved lambda_1 toward 0: the spread stays) below, each joined to its
        least-squares fit, with the lasso's zero zone [-lambda_1, lambda_1] on the
        least-squares row (the fits it sends to exactly 0); the full data's fits as stars;
        the two spreads' ratio against the 2-D one (rho = 0, ``result``).  Its heading at
        the top of the stage, the grid gone."""
        mech = self.mechanism
        self.mech_scale = pieces.format_number(round(1.0 + 2.0 * ridge_coefficient(mech.lam), 2))
        head = pieces.label(text("st_mech_head", self.lang, count=MECH_COUNT),
                            theme.SMALL_SIZE, theme.MUTED_TEXT_COLOR)
        assert head.width <= self.picture_area.width + 1e-6, head.width
        head.move_to([self.picture_area.center[0], 0.0, 0.0]).align_to(
            [0.0, self.picture_area.top, 0.0], UP)
        self.mech_head = head
        labels = self.mech_labels()
        self.mech_layout = rows = self.mech_rows(labels, head.get_bottom()[1])
        self.beat("st_mech")
        self.cloud_count.set_value(-1)
        groups = {}
        for name, row in rows.items():
            label = labels[name]
            label.move_to([self.picture_area.left + label.width / 2, row["y"], 0.0])
        self.mech_rows_top = max(label.get_top()[1] for label in labels.values())
        for name, row in rows.items():
            label = labels[name]
            line = Line(self.mech_point(row, row["range"][0]),
                        self.mech_point(row, row["range"][1]),
                        stroke_width=theme.AXES_STROKE, color=theme.AXES_COLOR)
            zero = self.mech_point(row, 0.0)
            tick = Line(zero + 0.1 * UP, zero + 0.1 * DOWN, stroke_width=theme.AXES_STROKE,
                        color=theme.AXES_COLOR)
            zero_name = pieces.label("0", theme.SMALL_SIZE, theme.AXES_COLOR).next_to(
                tick, DOWN, buff=0.05)
            star = Star(n=5, outer_radius=MECH_STAR, color=FULL_DATA_COLOR,
                        stroke_width=MECH_STAR_STROKE, fill_opacity=0,
                        joint_type=LineJointType.ROUND)
            # its centre (not its box's, which lies above it) on the fit
            star.shift(self.mech_point(row, mech_full(mech, name)) - star.get_center_of_mass())
            # a rim of the background round its outline (round joins, as on the planes):
            # the star stays white (and whole) over the dots it sits on
            star.set_stroke(color=theme.BACKGROUND_COLOR, width=MECH_STAR_RIM, background=True)
            groups[name] = VGroup(label, line, tick, zero_name, star)
        ls_row = rows["least_squares"]
        ls_dots = VGroup(*[Dot(self.mech_point(ls_row, v), radius=MECH_DOT,
                               color=mech_color("least_squares", v))
                           for v in mech.least_squares])
        self.play(FadeOut(self.grid), run_time=0.6)
        self.play(FadeIn(head, groups["least_squares"], ls_dots), run_time=0.8)
        picture = VGroup(head, *groups.values(), ls_dots)
        self.add(groups["least_squares"][-1])  # its star on top of the dots
        self.mech_phase.set_value(1)
        self.wait(MECH_HOLDS[0])
        for name in ("ridge", "lasso"):
            self.wait_until_read(MECH_ROW_AT[self.lang][name])
            row, values = rows[name], getattr(mech, name)
            targets = VGroup(*[Dot(self.mech_point(row, v), radius=MECH_DOT,
                                   color=mech_color(name, v)) for v in values])
            links = VGroup(*[self.link(self.mech_point(ls_row, a), self.mech_point(row, b))
                             for a, b in zip(mech.least_squares, values, strict=True)])
            extra = VGroup()
            if name == "lasso":  # fits within lambda_1 of 0 would go to exactly 0
                zone = Line(self.mech_point(ls_row, -mech.alpha),
                            self.mech_point(ls_row, mech.alpha),
                            stroke_width=ZONE_STROKE, color=ZONE_COLOR)
                zone_name = pieces.label(text("st_mech_zone", self.lang), theme.SMALL_SIZE,
                                         ZONE_COLOR).next_to(
                                             groups["least_squares"][3], DOWN, buff=0.05)
                extra.add(zone, zone_name)
                self.mech_zone_name = zone_name
            self.mech_phase.set_value(0)  # moving
            self.play(FadeIn(groups[name], extra), Create(links),
                      Transform(ls_dots.copy(), targets, remover=True), run_time=1.2)
            # the dots and stars on top of the zone and the links
            self.add(ls_dots, targets, groups[name][-1], groups["least_squares"][-1])
            picture.add(links, targets, extra)
            self.mech_phase.set_value(2 if name == "ridge" else 3)
            self.wait(MECH_HOLDS[1 if name == "ridge" else 2])
        full = {name: f"{mech_full(mech, name):.3f}" for name in ("ridge", "lasso")}
        words = text("st_mech_ratio", self.lang, scale=self.mech_scale,
                     ls=f"{mech_full(mech, 'least_squares'):.3f}", **full,
                     ratio=f"{mech.ratio:.2f}", measured=f"{result.ratio:.2f}")
        # a line at a time, each as the one before it has been read
        ratio = VGroup(*[pieces.label(line, theme.SMALL_SIZE, theme.TEXT_COLOR)
                         for line in words.split("\n")]).arrange(
                             DOWN, aligned_edge=LEFT, buff=MECH_NOTE_GAP)
        lowest = min(groups["lasso"][0].get_bottom()[1], groups["lasso"][3].get_bottom()[1])
        ratio.align_to([self.picture_area.left, lowest - 0.25, 0.0], UP + LEFT)
        assert ratio.width <= self.picture_area.width + 1e-6, ratio.width
        assert ratio.get_bottom()[1] >= self.picture_area.bottom - 1e-6, ratio.get_bottom()
        self.mech_note = ratio
        self.wait_until_read()
        for index, line in enumerate(ratio):
            self.mech_phase.set_value(0)
            self.play(FadeIn(line), run_time=0.5)
            if index == len(ratio) - 1:
                self.mech_phase.set_value(4)  # all of it, with the note
            self.read(line.original_text)
        picture.add(ratio)
        self.slide_along_the_edge(picture)

    def far_text(self) -> str:
        """The closing sentence: at the shown rho the loss barely rises along its long
        axis, the diamond's edge; the lasso slides along it, the circle bends away."""
        shown = self.results[SHOWN]
        return text("st_mech_far", self.lang, rho=RHO_STEPS[SHOWN], far=f"{shown.ratio:.2f}",
                    share=f"{100 * shown.support_differs():.0f}")

    def valley_lines(self) -> VGroup:
        """Through each plane's star, the full data's long contour axis (mathcore's
        ``contour_shape``: the direction the loss rises slowest), dashed in the loss's
        colour, as long as the lasso optima's spread along it (the same length in both
        planes), cut to the plane's box."""
        result = self.results[SHOWN]
        _, axis = contour_shape(QuadraticLoss.from_gram(*result.full_gram))
        # the words say (1, -1): the axis is that direction to within a degree
        assert abs(axis @ np.array([1.0, -1.0])) / np.sqrt(2.0) >= np.cos(np.radians(1.0))
        reach = (batch_optima(result, "l1") - full_optimum(result, "l1")) @ axis
        lines = VGroup()
        for (norm, _), plane in self.planes.items():
            axes = plane["axes"]
            ends = full_optimum(result, norm) + np.outer([reach.min(), reach.max()], axis)
            low = axes.c2p(axes.x_range[0], axes.y_range[0])
            high = axes.c2p(axes.x_range[1], axes.y_range[1])
            for arc in pieces.clip_polyline(axes.c2p(ends), low, high):
                lines.add(self.dashed(VMobject().set_points_as_corners(arc), theme.LOSS_COLOR)
                          .set_stroke(width=VALLEY_STROKE))
        return lines.set_z_index(CLOUD_Z - 1)

    def slide_along_the_edge(self, picture: VGroup) -> None:
        """st_far: the 1-D picture goes and the shown rho's planes come back with their
        clouds and table; through each star the loss's long axis, dashed: the diamond's
        edge runs along it, so the lasso's optima slide far along it, while the circle
        bends away from it; the panel's sentence says so (the video's closing still)."""
        k = replay_pair(self.results[SHOWN])
        self.beat("st_far", rho=RHO_STEPS[SHOWN], a=k + 1, b=k + 2)
        self.mech_phase.set_value(0)
        far = self.say(self.far_text())
        self.valleys = self.valley_lines()
        self.far_note = far
        self.play(FadeOut(picture), run_time=0.5)
        self.play(FadeIn(VGroup(*[m for m in self.grid if m is not self.table_key])),
                  run_time=0.6)
        shown = self.time
        self.play(Create(self.valleys), FadeIn(far), run_time=1.0)
        self.replay(k)
        self.hold_to_read(shown, far.original_text)

    def replay(self, k: int) -> None:
        """From minibatch k to k + 1 and back (``REPLAY_LEGS`` legs), the clouds dimmed:
        in each plane the blend's contour (``mixed_batch``) touching at its optimum, the
        optimum held over the star's picture as in the minibatches' beat (yellow, green
        with an exact 0); the panel says which minibatches.  The lasso's optimum crosses
        the whole edge, the ridge's barely moves."""
        result = self.results[SHOWN]
        contours, movers = self.batch_contours_and_optima(result)
        self.replay_position.set_value(float(k))

        def update() -> None:
            loss, optima = mixed_batch(result, self.replay_position.get_value())
            for key, plane in self.planes.items():
                beta = optima[key[0]]
                contours[key].show(loss, float(loss.value(beta)))
                movers[key].move_to(plane["axes"].c2p(*beta)).set_fill(
                    pieces.optimum_color(beta), opacity=1.0)

        clouds, phase = VGroup(self.rest, self.shown_dots), self.replay_phase()
        pictures = VGroup(*contours.values(), *movers.values())
        update()  # minibatch k's pictures, coming in (-1 while anything fades)
        self.replay_position.set_value(-1)
        self.play(clouds.animate.set_opacity(REPLAY_DIM), FadeOut(self.phase),
                  FadeIn(pictures), run_time=0.6)
        self.play(FadeIn(phase), run_time=0.3)  # (after the old one: never over it)
        self.replay_position.set_value(float(k))
        group = self.drive(update, pictures)
        self.wait(REPLAY_HOLD)
        for leg in range(REPLAY_LEGS):
            self.play(self.replay_position.animate.set_value(float(k + 1 - leg % 2)),
                      run_time=REPLAY_SECONDS)
            self.wait(REPLAY_HOLD)
        self.stop_driving(group, update)
        self.replay_position.set_value(-1)
        self.play(clouds.animate.set_opacity(1.0), FadeOut(pictures), FadeOut(phase),
                  run_time=0.6)
        self.play(FadeIn(self.phase), run_time=0.3)

