"""The lesson's closing recap: L1 against L2, one row per question the lesson answered.

Rows (the note's claims), each with a picture per norm (at least ``LEAST_PICTURE_PX`` high
at 480p) drawn from mathcore's numbers with the pieces the other videos use: the ball's
shape; where the example loss's contour first touches it (``scenes.defaults`` at t = 2,
``solve_constrained``: a corner with one exact 0 for L1, the round edge for L2); which
loss centres give an exact 0 (the corner wedges of ``mathcore.catchment``, the circle's
four rays); large weights (|b| against b^2, and what each charges for (1, 0) and for
(0.5, 0.5), ``mathcore.penalties``: L2 spreads weight); the budget as a penalty for the
example loss f, named in full under the table (``mathcore.penalty_form.penalty_for_budget``,
the bridge scene's lambda; no picture: it would repeat the touch row's); how minibatch
refits move (the stability scene's measure over all its correlations,
``mathcore.stability``; the picture: the refits at the largest correlation around the
full-data fit); how far SGD's iterates stray from their optimum (the SGD scene's run,
``mathcore.sgd``: both L1 methods against L2, as far whichever the step); many
features (the high_dim scene's largest n: every L1 optimum has zeros, the mean number of
them with its 95 % interval and a pie of their share; L2 none); the real data (the
diabetes paths against the budget share and the non-zero coefficients at the
ridge_vs_lasso scene's closing share, ``mathcore.paths``);
and what each is for, with the coefficients at that share as bars (the lasso's exact zeros
are no bars but dots of the zero colour on the base line).

The title opens the video with what "lasso" stands for, then gives its band to the table:
the table spans the frame's width and height above the subtitles, one size of text in
every cell (never shrunk), one row per beat, each held until its cells and its subtitle
can be read (the longer of the two, no more); a faint bar marks the row being read.  A
row comes in as it is read: its question, then L1's answer with its picture drawn over half
of the rest of its hold, then L2's over the other half, up to the still that ends every
beat (the penalty row, with no pictures: the loss f under the table written with L1's
answer, L2's fading in), so that no row stands still longer than that while it is read.
Then
the whole table stays on screen ``TABLE_HOLD_SECONDS`` to be read again or paused.

Render: ``manim render scenes/recap.py``.
"""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    LEFT,
    ORIGIN,
    RIGHT,
    UP,
    Axes,
    Create,
    DashedLine,
    Dot,
    FadeIn,
    FadeOut,
    GrowFromCenter,
    Line,
    Polygon,
    Rectangle,
    Sector,
    Square,
    VGroup,
    VMobject,
    Write,
    config,
    linear,
    smooth,
    squish_rate_func,
)

from mathcore import QuadraticLoss, solve_constrained
from mathcore.catchment import catchment_regions, l2_zero_rays
from mathcore.cloud import cloud_nd
from mathcore.datasets import load_diabetes
from mathcore.orbit import LossOrbit, zero_share
from mathcore.paths import budget_shares, lasso_path, ridge_path_at_shares
from mathcore.penalties import l1_penalty, l2_penalty
from mathcore.penalty_form import penalty_for_budget
from mathcore.preprocessing import standardize
from mathcore.sgd import sgd_trajectories
from mathcore.stability import minibatch_stability
from scenes import defaults, layout, pieces, theme
from scenes import high_dim as hd
from scenes import sgd as sgd_scene
from scenes.base import STILL_SECONDS, NormvizScene
from scenes.cues import subtitle_seconds
from scenes.ridge_vs_lasso import COMPARE_AT
from scenes.stability import BATCH_SIZE, BATCHES, RHO_STEPS, SEED
from scenes.strings import reading_seconds, text

ROWS = ("shape", "touch", "zeros", "spread", "penalty", "stability", "sgd", "features", "data",
        "use")
NORMS = ("l1", "l2")
#: Rows without a picture: the budget as a penalty (its picture, the ball and the optimum
#: of the example loss, would repeat the touch row's).
PLAIN_ROWS = ("penalty",)
#: Every picture is at least this high (and wide) at 480p: readable at a glance.
LEAST_PICTURE_PX = 30
#: The SGD row's L1 method: the subgradient step, whose mean distance the SGD video shows.
SGD_L1 = "l1_subgradient"
#: ... and its other L1 method, the proximal step: as far from the optimum (whichever the
#: step, L1's slope is constant away from 0: along β1 − β2 only the data pull back, where
#: L2's 2β adds a pull; the SGD video's reason).
SGD_PROX = "l1_proximal"
#: Rows whose pictures are pies: they grow from their centres (drawn along their outline,
#: a pie's fill stands still while its straight edges are traced).
PIE_ROWS = ("features",)
#: A row's fade-in (with its bar).
ROW_FADE_SECONDS = 0.8
#: The whole table stays this long after its last row's bar fades.
TABLE_HOLD_SECONDS = 8.0
#: Width of the question column, as a share of the table's.
QUESTION_SHARE = 0.21
ROW_GAP = 0.08
#: Extra room between the last row and the loss f's footnote under the table (manim units):
#: the footnote must not read as part of the last row.
NOTE_GAP = 0.15
#: The gap between two rows' thumbnails (as large as the row's pitch allows).
THUMB_ROW_GAP = 0.04
#: Between the title and what "lasso" stands for, under it, while the video opens.
TITLE_GAP = 0.4
#: Gap between the columns, and between a thumbnail and its words (manim units).
COLUMN_GAP = 0.3
THUMB_GAP = 0.12
#: Room left empty above the subtitles' strip (manim units).
FOOT = 0.3
#: Room left empty at the frame's right, beyond the stage's margin (manim units).
RIGHT_ROOM = 0.2
#: One size for every cell (about 16 px high at 480p); cells are never shrunk below it.
CELL_SIZE = 24
#: An exact 0 among the closing share's bars: a dot of the zero colour on the base line,
#: this share of the picture's size in radius (about 2.5 px at 480p, a slot's width).
ZERO_DOT = 0.1
#: The bar behind the row being read.
BAR_OPACITY = 0.1
BAR_PAD = 0.05
BAR_FADE = 0.5
#: The two weight vectors of the large-weights row (the penalty scene's): one feature
#: carrying the signal, or two copies of it sharing it.
CONCENTRATED = np.array([1.0, 0.0])
SPREAD = np.array([0.5, 0.5])
#: Thumbnails' strokes (thinner than the full-size pictures').
THUMB_STROKE = 2.5
THUMB_DOT = 0.035
#: The touch row's pictures show the ball at t = 2 and the loss's centre c with this much
#: round them (data units): the contour is cut at the picture's edge.
TOUCH_MARGIN = 0.3


def cells_seconds(cells, lang: str) -> float:
    """How long a row is held once it has appeared: its three cells (the question and
    both answers) read at the reading rate.  The beat itself lasts at least as long as its
    subtitle is read (``NormvizBase`` holds it), and no longer than the longer of the two."""
    return reading_seconds(" ".join(cell.original_text for cell in cells), lang)


def row_seconds(cells, subtitle: str, lang: str) -> float:
    """How long a row's beat lasts: its subtitle's reading, or its fade-in with its cells'
    reading (at least the still every beat ends on), whichever is longer."""
    return max(subtitle_seconds(subtitle, lang),
               ROW_FADE_SECONDS + max(cells_seconds(cells, lang), STILL_SECONDS))


class LessonRecap(NormvizScene):
    """The recap table, row by row, across the frame's width."""

    def construct(self) -> None:
        self.fields = {**self.stability_fields(), **self.penalty_fields(), **self.loss_fields(),
                       **self.sgd_fields(), **self.data_fields(), **self.example_fields(),
                       **self.spread_fields(), **self.touch_fields(),
                       **self.features_fields()}
        self.title = pieces.title(text("recap_title", self.lang))
        self.lasso = pieces.label(text("recap_lasso", self.lang), CELL_SIZE,
                                  theme.MUTED_TEXT_COLOR)
        self.lasso.next_to(self.title, DOWN, buff=TITLE_GAP)
        # the table takes the whole screen above the subtitles, the title's band included
        room = layout.screen().shrink(bottom=FOOT, right=RIGHT_ROOM)
        self.build_table(room)
        # the rule and the bars span the table's room, the frame's width
        self.rule = rule = Line([room.left, 0, 0], [room.right, 0, 0],
                                color=theme.AXES_COLOR, stroke_width=theme.AXES_STROKE)
        # the rule halfway between the header and the first row (the gap as placed)
        rule.set_y((self.header.get_bottom()[1] + self.lines[0].get_top()[1]) / 2)
        # a bar covers its row's cells and thumbnails (not the loss note under the table,
        # which the penalty row's line also holds)
        rows = [VGroup(*line.submobjects[:2]) for line in self.lines]
        self.bars = VGroup(*[
            Rectangle(width=room.width + 2 * BAR_PAD, height=row.height + 2 * BAR_PAD,
                      stroke_width=0, fill_color=theme.TEXT_COLOR, fill_opacity=BAR_OPACITY)
            .move_to([room.center[0], row.get_center()[1], 0.0]).set_z_index(-1)
            for row in rows])
        self.beat("recap_start")
        self.play(Write(self.title), run_time=1.2)
        # what "lasso" stands for written out while it is read (no still title)
        self.play(Write(self.lasso), run_time=max(
            reading_seconds(self.lasso.original_text, self.lang) - STILL_SECONDS, 1.0))
        self.wait(STILL_SECONDS)
        # the title leaves before the header comes in where it stood: never both drawn
        self.play(FadeOut(self.title), FadeOut(self.lasso), run_time=0.4)
        self.play(FadeIn(self.header), FadeIn(rule), run_time=0.4)
        bar = None
        for row, line, cells, next_bar in zip(ROWS, self.lines, self.rows, self.bars,
                                              strict=True):
            self.beat(f"recap_{row}", **self.fields)
            moves = [FadeIn(cells[0], shift=0.1 * RIGHT), FadeIn(next_bar)]
            moves += [FadeOut(bar)] if bar is not None else []
            bar = next_bar
            self.play(*moves, run_time=ROW_FADE_SECONDS)
            # then each answer in turn, as the subtitle comes to it: its words, and its
            # picture drawn over its half of the time left before the beat's closing still
            # (the penalty row, with no pictures: the loss f under the table written with
            # L1's answer, L2's answer fading in over its half); one play, each part
            # squeezed into its half (whole plays add a frame each)
            drawing = row_seconds(cells, self.beats[-1]["subtitle"], self.lang) \
                - ROW_FADE_SECONDS - STILL_SECONDS
            drawing = max(drawing, 2 / config.frame_rate)
            fade = min(ROW_FADE_SECONDS / drawing, 0.5)
            parts = []
            for k, (answer, picture) in enumerate(zip(cells[1:], line[1], strict=True)):
                start = 0.5 * k
                end = 1.0 if row in PLAIN_ROWS and k == 1 else start + fade
                parts.append(FadeIn(answer, shift=0.1 * RIGHT,
                                    rate_func=squish_rate_func(smooth, start, end)))
                if row not in PLAIN_ROWS:  # (at an even pace: no eased, still-looking ends)
                    drawing_in = GrowFromCenter if row in PIE_ROWS else Create
                    parts.append(drawing_in(picture, rate_func=squish_rate_func(
                        linear, start, start + 0.5)))
            parts += [Write(part, rate_func=squish_rate_func(linear, 0.0, 0.5))
                      for part in line[2:]]
            self.play(*parts, run_time=drawing)
        self.beat("recap_end")
        self.play(FadeOut(bar), run_time=BAR_FADE)  # the last row read: the table alone
        self.wait(TABLE_HOLD_SECONDS)

    # -- the numbers ---------------------------------------------------------------------
    def penalty_fields(self) -> dict[str, str]:
        """The budget t = 2 of the example loss as a penalty: lambda for each norm (the
        bridge scene's)."""
        loss = QuadraticLoss.create(defaults.CENTER, defaults.MATRIX)
        lams = {norm: penalty_for_budget(loss, norm, defaults.RADIUS) for norm in NORMS}
        self.show("recap_penalty", {"radius": defaults.RADIUS, **lams})
        return {"t": f"{defaults.RADIUS:g}", "lam_l1": f"{lams['l1']:.3g}",
                "lam_l2": f"{lams['l2']:.3g}"}

    def loss_fields(self) -> dict[str, str]:
        """The example loss f = (b - c)^T A (b - c) written out (``scenes.defaults``): the
        penalty row's lambdas hold for it."""
        rows = ", ".join("[" + ", ".join(f"{a:g}" for a in row) + "]" for row in defaults.MATRIX)
        return {"c": ", ".join(f"{x:g}" for x in defaults.CENTER), "matrix": f"[{rows}]"}

    def sgd_fields(self) -> dict[str, str]:
        """The SGD scene's run: mean distance of the iterates after the burn-in to their
        exact optimum, both L1 methods (subgradient and proximal steps) against L2 (3
        decimals, as the SGD video shows them), and each L1 method's ratio to L2's (one
        decimal: the cause is L1's constant slope, which adds no pull back along β1 − β2,
        not the step)."""
        run = sgd_trajectories(sgd_scene.RHO, sgd_scene.BATCH_SIZE, sgd_scene.STEPS,
                               sgd_scene.STEP_SIZE, sgd_scene.SEED)
        self.sgd_run = run
        l1, prox, l2 = (run.mean_distance(m) for m in (SGD_L1, SGD_PROX, "l2"))
        self.show("recap_sgd", {"rho": sgd_scene.RHO, "l1": l1, "prox": prox, "l2": l2,
                                "ratio": l1 / l2, "prox_ratio": prox / l2})
        return {"sgd_rho": f"{sgd_scene.RHO:g}", "sgd_l1": f"{l1:.3f}",
                "sgd_prox": f"{prox:.3f}", "sgd_l2": f"{l2:.3f}", "sgd_ratio": f"{l1 / l2:.1f}",
                "prox_ratio": f"{prox / l2:.1f}"}

    def touch_fields(self) -> dict[str, str]:
        """The side_by_side scene's turn of the example loss: the share of the turn the L1
        optimum sits on a corner, and the share the L2 optimum has a 0
        (``mathcore.orbit.zero_share``; the subtitle names that video, so that the share is
        not read as the cloud's share of random losses)."""
        orbit = LossOrbit(QuadraticLoss.create(defaults.CENTER, defaults.MATRIX), clockwise=True)
        shares = {norm: zero_share(orbit, norm, defaults.RADIUS).share for norm in NORMS}
        self.show("recap_touch_share", shares["l1"])
        self.show("recap_touch_l2_share", shares["l2"])
        return {"touch_share": f"{100 * shares['l1']:.0f}",
                "touch_l2": f"{100 * shares['l2']:.0f}"}

    def features_fields(self) -> dict[str, str]:
        """The high_dim scene's measure at its largest n (``mathcore.cloud.cloud_nd``): the
        share of optima with at least one coefficient 0, and the mean number of zero
        coefficients, n times their mean share (its 95 % interval's half width recorded,
        not shown: it must be below the one decimal shown)."""
        n = hd.DIMENSIONS[-1]
        results = {norm: cloud_nd(norm, hd.CASE, hd.SAMPLES, n, seed=hd.SEED,
                                  relative_budget=hd.RELATIVE_BUDGET) for norm in NORMS}
        self.zero_shares = {norm: r.mean_zero_fraction for norm, r in results.items()}
        counts = {norm: n * r.mean_zero_fraction for norm, r in results.items()}
        halves = {norm: n * hd.half_width(r.mean_zero_ci95) for norm, r in results.items()}
        self.show("recap_features", {"n": n, **{norm: r.fraction_zero
                                                for norm, r in results.items()},
                                     "counts": counts, "halves": halves})
        if results["l1"].fraction_zero != 1.0 or results["l2"].fraction_zero != 0.0:
            raise ValueError("the features row says every L1 optimum has a 0 and no L2 one")
        if max(halves.values()) >= 0.05:
            raise ValueError("the features row's mean counts, to one decimal, need their "
                             "95 % intervals shown")
        return {"hd_n": str(n), "hd_count": f"{counts['l1']:.1f}",
                **{f"hd_{norm}_count": f"{counts[norm]:.1f}" for norm in NORMS}}

    def data_fields(self) -> dict[str, str]:
        """The standardised diabetes data at the ridge_vs_lasso scene's closing share: the
        lasso's exact path and ridge, their non-zero coefficients (the share: the budget t
        as a share of the least-squares fit's norm, in per cent)."""
        data = load_diabetes()
        X = standardize(data.X)
        lasso = lasso_path(X, data.y)
        shares = budget_shares(lasso.coefs, "l1")
        alpha = np.interp(COMPARE_AT, shares, lasso.alphas)
        grid = np.linspace(0.0, 1.0, 61)
        ridge = ridge_path_at_shares(X, data.y, grid).coefs
        # the lasso's path is linear in the share between its knots: drawn exactly
        self.paths = {"l1": (shares, lasso.coefs), "l2": (grid, ridge)}
        self.at_share = {"l1": lasso.coefs_at(alpha),
                         "l2": ridge_path_at_shares(X, data.y, np.array([COMPARE_AT])).coefs[0]}
        counts = {norm: int(np.count_nonzero(self.at_share[norm])) for norm in NORMS}
        self.show("recap_data", {"share": COMPARE_AT, "features": X.shape[1], **counts})
        return {"data_pct": f"{100 * COMPARE_AT:g}", "data_p": str(X.shape[1]),
                "data_l1": str(counts["l1"]), "data_l2": str(counts["l2"])}

    def stability_fields(self) -> dict[str, str]:
        """The stability row's numbers: the minibatch scene's measure at every correlation
        it shows (the ratio's range, the support changes at both ends)."""
        self.results = [minibatch_stability(rho, BATCH_SIZE, BATCHES, SEED) for rho in RHO_STEPS]
        low, high = self.results[0], self.results[-1]
        self.show("recap_stability", [{"rho": r.rho, "ratio": r.ratio,
                                       "support_differs_percent": 100 * r.support_differs()}
                                      for r in self.results])
        return {"rho_low": f"{low.rho:g}", "rho_high": f"{high.rho:g}",
                "ratio_low": f"{low.ratio:.2f}", "ratio_high": f"{high.ratio:.2f}",
                "share_low": f"{100 * low.support_differs():.0f}",
                "share_high": f"{100 * high.support_differs():.0f}"}

    def example_fields(self) -> dict[str, str]:
        """The lesson's example loss at t = 2: which coefficient the L1 optimum sets to 0,
        and that the L2 optimum has none."""
        self.loss = QuadraticLoss.create(defaults.CENTER, defaults.MATRIX)
        self.solutions = {norm: solve_constrained(self.loss, norm, defaults.RADIUS)
                          for norm in NORMS}
        l1, l2 = self.solutions["l1"], self.solutions["l2"]
        if len(l1.zeros) != 1 or len(l2.zeros) != 0:
            raise ValueError("the recap's touch row needs an L1 optimum with one zero, "
                             "an L2 optimum with none")
        self.show("recap_touch", {norm: s.beta.tolist() for norm, s in self.solutions.items()})
        return {"touch_zero": pieces.subscript(int(l1.zeros[0]) + 1)}

    def spread_fields(self) -> dict[str, str]:
        """What each penalty charges for one feature carrying the weight, (1, 0), and for
        two copies sharing it, (0.5, 0.5) (the penalty scene's pair)."""
        costs = {"l1": [float(l1_penalty(w).sum()) for w in (CONCENTRATED, SPREAD)],
                 "l2": [float(l2_penalty(w).sum()) for w in (CONCENTRATED, SPREAD)]}
        self.show("recap_spread", costs)
        return {f"cost_{norm}_{k}": f"{value:g}" for norm, values in costs.items()
                for k, value in zip(("one", "two"), values, strict=True)}

    # -- the table -----------------------------------------------------------------------
    def build_table(self, room: layout.Region) -> None:
        """Rows of one size: the question, then for each norm a thumbnail and its words."""
        question_width = QUESTION_SHARE * room.width
        answer_width = (room.width - question_width - 2 * COLUMN_GAP) / 2
        self.columns = [room.left, room.left + question_width + COLUMN_GAP,
                        room.left + question_width + answer_width + 2 * COLUMN_GAP]
        self.header = VGroup(*[
            pieces.label(text(key, self.lang), CELL_SIZE, color)
            for key, color in (("recap_question", theme.MUTED_TEXT_COLOR),
                               ("recap_l1", theme.L1_COLOR), ("recap_l2", theme.L2_COLOR))])
        header_height = max(cell.height for cell in self.header)
        # a line under the rows (the loss f of the penalty row), as high as the header's
        pitch = (room.height - 2 * header_height - 3 * ROW_GAP - NOTE_GAP) / len(ROWS)
        self.thumb_size = pitch - THUMB_ROW_GAP
        if self.thumb_size * 480 / config.frame_height < LEAST_PICTURE_PX:
            raise ValueError("the recap's pictures would be too small to read")
        words_width = answer_width - self.thumb_size - THUMB_GAP
        widths = [question_width, words_width, words_width]
        self.rows, self.thumbs, self.lines = VGroup(), VGroup(), VGroup()
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
            self.thumbs.add(VGroup(*[self.thumbnail(row, norm) for norm in NORMS]))
        for cell, width in zip(self.header, widths, strict=True):
            pieces.fit_into(cell, width)
        top = room.top
        for cell, left in zip(self.header, self.columns, strict=True):
            cell.align_to([left, 0, 0], LEFT).align_to([0, top, 0], UP)
        top -= header_height + 2 * ROW_GAP
        for row, cells, thumbs in zip(ROWS, self.rows, self.thumbs, strict=True):
            middle = top - self.thumb_size / 2
            cells[0].align_to([self.columns[0], 0, 0], LEFT).set_y(middle)
            # a row without pictures starts its words where the picture would stand
            indent = 0.0 if row in PLAIN_ROWS else self.thumb_size + THUMB_GAP
            for cell, thumb, left in zip(cells[1:], thumbs, self.columns[1:], strict=True):
                thumb.move_to([left + self.thumb_size / 2, middle, 0.0])
                cell.align_to([left + indent, 0, 0], LEFT).set_y(middle)
            self.lines.add(VGroup(cells, thumbs))
            top -= pitch
        self.note = pieces.label(text("recap_loss", self.lang, **self.fields), CELL_SIZE,
                                 theme.MUTED_TEXT_COLOR)
        self.note.align_to([self.columns[0], 0, 0], LEFT).align_to(
            [0, top + THUMB_ROW_GAP - ROW_GAP - NOTE_GAP, 0], UP)
        self.lines[ROWS.index("penalty")].add(self.note)

    # -- the thumbnails ------------------------------------------------------------------
    def thumbnail(self, row: str, norm: str) -> VGroup:
        """A small picture of the row's idea for ``norm``, drawn from mathcore's numbers
        with the pieces the other videos use, ``thumb_size`` square (empty for a row in
        ``PLAIN_ROWS``)."""
        picture = VGroup() if row in PLAIN_ROWS else getattr(self, f"thumb_{row}")(norm)
        frame = Square(self.thumb_size, stroke_width=0, fill_opacity=0.0)
        return VGroup(frame, picture.move_to(ORIGIN)).move_to(ORIGIN)

    def plane(self, lower, upper) -> Axes:
        """Thumbnail axes over the data box [lower, upper], equal units, no ticks."""
        lower, upper = np.asarray(lower, float), np.asarray(upper, float)
        span = upper - lower
        unit = self.thumb_size / max(span)
        return Axes(x_range=[lower[0], upper[0], span[0]], y_range=[lower[1], upper[1], span[1]],
                    x_length=span[0] * unit, y_length=span[1] * unit, tips=False,
                    axis_config={"color": theme.AXES_COLOR, "stroke_width": 1.0,
                                 "include_ticks": False})

    def ball(self, axes: Axes, norm: str, radius: float) -> VMobject:
        return pieces.BallOutline(axes, norm, radius).set_stroke(width=THUMB_STROKE)

    def thumb_shape(self, norm: str) -> VGroup:
        axes = self.plane([-1.1, -1.1], [1.1, 1.1])
        return VGroup(axes, self.ball(axes, norm, 1.0))

    def thumb_touch(self, norm: str) -> VGroup:
        """The example: the ball at t = 2, the contour through the optimum (cut at the
        picture's edge: the square round the ball and c, ``TOUCH_MARGIN`` wider), the
        optimum."""
        solution = self.solutions[norm]
        corners = np.array([[-defaults.RADIUS] * 2, [defaults.RADIUS] * 2, self.loss.center])
        low, high = corners.min(axis=0) - TOUCH_MARGIN, corners.max(axis=0) + TOUCH_MARGIN
        middle, half = (low + high) / 2, (high - low).max() / 2
        axes = self.plane(middle - half, middle + half)
        contour = pieces.LossContour(axes, self.loss, solution.loss, clip_to_axes=True)
        contour.set_stroke(width=THUMB_STROKE)
        dot = Dot(axes.c2p(*solution.beta), radius=THUMB_DOT * 1.5,
                  color=pieces.optimum_color(solution.beta))
        return VGroup(axes, self.ball(axes, norm, defaults.RADIUS), contour, dot)

    def thumb_zeros(self, norm: str) -> VGroup:
        """The centres whose optimum has a 0 (round loss, t = 1): the corner wedges of the
        diamond (mathcore.catchment), the four rays of the circle."""
        box = (-2.5, 2.5, -2.5, 2.5)
        axes = self.plane([box[0], box[2]], [box[1], box[3]])
        matrix = np.eye(2)
        if norm == "l1":
            shapes = [Polygon(*axes.c2p(region.polygon), stroke_width=0,
                              fill_color=theme.ZERO_COLOR, fill_opacity=0.85)
                      for region in catchment_regions(matrix, 1.0, box)
                      if region.face == "corner"]
        else:
            shapes = [Line(axes.c2p(*ray[0]), axes.c2p(*ray[1]), color=theme.ZERO_COLOR,
                           stroke_width=THUMB_STROKE)
                      for ray in l2_zero_rays(matrix, 1.0, box)]
        return VGroup(axes, *shapes, self.ball(axes, norm, 1.0))

    def curve(self, axes: Axes, values: np.ndarray, beta: np.ndarray, color: str,
              width: float = THUMB_STROKE) -> VMobject:
        return VMobject(color=color, stroke_width=width).set_points_as_corners(
            axes.c2p(np.column_stack([beta, values])))

    def thumb_spread(self, norm: str) -> VGroup:
        """|β| and β² against β: they cross at 1, beyond it β² grows faster; the row's
        norm drawn bold, the other faint."""
        beta = np.linspace(-1.5, 1.5, 121)
        axes = self.plane([-1.5, -0.1], [1.5, 2.3])
        own, other = (l1_penalty, l2_penalty) if norm == "l1" else (l2_penalty, l1_penalty)
        other_norm = "l2" if norm == "l1" else "l1"
        return VGroup(axes, self.curve(axes, other(beta), beta, theme.NORM_COLORS[other_norm],
                                       1.0).set_stroke(opacity=0.5),
                      self.curve(axes, own(beta), beta, theme.NORM_COLORS[norm]))

    def scatter(self, axes: Axes, points: np.ndarray, color: str) -> VGroup:
        """Dots at ``points`` (offsets from the picture's centre), nearest the centre first:
        drawn one after the other, the cloud grows outward and every new dot shows."""
        order = np.argsort(np.linalg.norm(points, axis=1), kind="stable")
        return VGroup(*[Dot(axes.c2p(*p), radius=THUMB_DOT, color=color, fill_opacity=0.7)
                        for p in points[order]])

    def thumb_stability(self, norm: str) -> VGroup:
        """The minibatch optima at the largest correlation around the full-data fit, one
        scale for both norms."""
        result = self.results[-1]
        batches = {"l1": result.batch_l1, "l2": result.batch_l2}
        full = {"l1": result.full_l1, "l2": result.full_l2}
        reach = max(np.abs(batches[n] - full[n]).max() for n in NORMS) * 1.05
        axes = self.plane([-reach, -reach], [reach, reach])
        return VGroup(axes, self.scatter(axes, batches[norm] - full[norm],
                                         theme.NORM_COLORS[norm]))

    def thumb_sgd(self, norm: str) -> VGroup:
        """The SGD iterates after the burn-in around their exact optimum, one scale."""
        methods = {"l1": SGD_L1, "l2": "l2"}
        settled = {n: self.sgd_run.settled(m) - self.sgd_run.optima[m]
                   for n, m in methods.items()}
        reach = max(np.abs(s).max() for s in settled.values()) * 1.05
        axes = self.plane([-reach, -reach], [reach, reach])
        points = settled[norm][::max(1, len(settled[norm]) // 150)]
        return VGroup(axes, self.scatter(axes, points, theme.NORM_COLORS[norm]))

    def thumb_data(self, norm: str) -> VGroup:
        """The diabetes coefficients against the budget share (the ridge_vs_lasso paths)."""
        shares, coefs = self.paths[norm]
        top = max(np.abs(c).max() for _, c in self.paths.values())
        axes = Axes(x_range=[0.0, 1.0, 1.0], y_range=[-top, top, top],
                    x_length=self.thumb_size, y_length=self.thumb_size, tips=False,
                    axis_config={"color": theme.AXES_COLOR, "stroke_width": 1.0,
                                 "include_ticks": False})
        lines = [self.curve(axes, coefs[:, j], shares, theme.NORM_COLORS[norm], 1.2)
                 for j in range(coefs.shape[1])]
        mark = DashedLine(axes.c2p(COMPARE_AT, -top), axes.c2p(COMPARE_AT, top),
                          color=theme.MUTED_TEXT_COLOR, stroke_width=1.0)
        return VGroup(axes, *lines, mark)

    def thumb_use(self, norm: str) -> VGroup:
        """The diabetes coefficients at the closing share as bars of |β_j|: the lasso's
        exact zeros are zero-coloured dots on the base line."""
        return self.bars(self.at_share, norm)

    def thumb_features(self, norm: str) -> VGroup:
        """The high_dim scene's largest n: a pie of all coefficients, the mean share that
        is exactly 0 in the zero colour (from twelve o'clock, clockwise), the rest in the
        norm's colour (L2: none is 0)."""
        radius = self.thumb_size / 2
        share = self.zero_shares[norm]
        whole = Sector(radius=radius, angle=-2 * np.pi * (1.0 - share),
                       start_angle=np.pi / 2 - 2 * np.pi * share, stroke_width=0,
                       color=theme.NORM_COLORS[norm], fill_opacity=0.9)
        pie = VGroup(whole)
        if share > 0.0:
            pie.add(Sector(radius=radius, angle=-2 * np.pi * share, start_angle=np.pi / 2,
                           stroke_width=0, color=theme.ZERO_COLOR, fill_opacity=0.9))
        return pie

    def bars(self, coefficients: dict, norm: str) -> VGroup:
        """|β_j| of ``coefficients[norm]`` as bars, one scale for both norms; an exact 0
        is no bar but a dot of the zero colour on the base line (so a tiny coefficient,
        a bar a pixel high, is not read as a zero)."""
        values = np.abs(coefficients[norm])
        top = max(np.abs(v).max() for v in coefficients.values())
        size = self.thumb_size
        width = size / len(values)
        bars = VGroup(*[Rectangle(width=0.7 * width, height=max(v / top * size, 1e-4),
                                  stroke_width=0, fill_color=theme.NORM_COLORS[norm],
                                  fill_opacity=0.9 if v > 0 else 0.0)
                        .move_to([(j + 0.5) * width, v / top * size / 2, 0.0])
                        for j, v in enumerate(values)])
        base = Line([0, 0, 0], [size, 0, 0], color=theme.AXES_COLOR, stroke_width=1.0)
        zeros = VGroup(*[Dot([(j + 0.5) * width, 0.0, 0.0], radius=ZERO_DOT * size,
                             color=theme.ZERO_COLOR)
                         for j, v in enumerate(values) if v == 0.0])
        return VGroup(bars, base, zeros)
