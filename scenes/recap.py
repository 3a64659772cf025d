"""The lesson's closing recap: L1 against L2, one row per question the lesson answered.

Rows (the note's claims): the ball's shape, where the loss's contour first touches it,
whether the optimum has exact zeros, the budget as a penalty (the example loss of
``scenes.defaults`` at t = 2: ``mathcore.penalty_form.penalty_for_budget``, the bridge
scene's lambda), how minibatch refits move (the stability scene's measure over all its
correlations, ``mathcore.stability``), how far SGD's iterates stray from their optimum
(the SGD scene's run, ``mathcore.sgd``: proximal L1 against L2), the real data (the
non-zero coefficients of the lasso and of ridge on the standardised diabetes data at the
ridge_vs_lasso scene's closing share, ``mathcore.paths``), the regression's name (LASSO
spelt out), and when to use it.

The table spans the frame's width, one row per beat, each held until its cells and its
subtitle can be read; a faint bar marks the row being read.  Then the whole table stays
on screen ``TABLE_HOLD_SECONDS`` to be read again or paused.

Render: ``manim render scenes/recap.py``.
"""

from __future__ import annotations

import numpy as np
from manim import LEFT, RIGHT, UP, FadeIn, FadeOut, Line, Rectangle, VGroup, Write

from mathcore import QuadraticLoss
from mathcore.datasets import load_diabetes
from mathcore.paths import budget_shares, lasso_path, ridge_path_at_shares
from mathcore.penalty_form import penalty_for_budget
from mathcore.preprocessing import standardize
from mathcore.sgd import sgd_trajectories
from mathcore.stability import minibatch_stability
from scenes import defaults, layout, pieces, theme
from scenes import sgd as sgd_scene
from scenes.base import NormvizScene
from scenes.ridge_vs_lasso import COMPARE_AT
from scenes.stability import BATCH_SIZE, BATCHES, RHO_STEPS, SEED
from scenes.strings import reading_seconds, text

ROWS = ("shape", "touch", "zeros", "penalty", "stability", "sgd", "data", "name", "use")
NORMS = ("l1", "l2")
#: The SGD row's L1 method: the subgradient step, whose mean distance the SGD video shows.
SGD_L1 = "l1_subgradient"
#: The whole table stays this long after its last row's subtitle.
TABLE_HOLD_SECONDS = 10.0
#: Width of the question column, as a share of the table's.
QUESTION_SHARE = 0.22
ROW_GAP = 0.12
#: Room left empty above the subtitles' strip (manim units).
FOOT = 0.3
CELL_SIZE = 25
#: The bar behind the row being read.
BAR_OPACITY = 0.1
BAR_PAD = 0.05
BAR_FADE = 0.5


class LessonRecap(NormvizScene):
    """The recap table, row by row, across the frame's width."""

    def construct(self) -> None:
        self.fields = {**self.stability_fields(), **self.penalty_fields(),
                       **self.sgd_fields(), **self.data_fields()}
        self.title = pieces.title(text("recap_title", self.lang))
        stage = layout.stage()
        room = stage.shrink(bottom=FOOT)
        self.build_table(room)
        # the rule and the bars span the table's room, the frame's width
        rule = Line([room.left, 0, 0], [room.right, 0, 0],
                    color=theme.AXES_COLOR, stroke_width=theme.AXES_STROKE)
        # the rule halfway between the header and the first row (the gap as placed)
        rule.set_y((self.header.get_bottom()[1] + self.rows[0].get_top()[1]) / 2)
        self.bars = VGroup(*[
            Rectangle(width=room.width + 2 * BAR_PAD, height=cells.height + 2 * BAR_PAD,
                      stroke_width=0, fill_color=theme.TEXT_COLOR, fill_opacity=BAR_OPACITY)
            .move_to([room.center[0], cells.get_center()[1], 0.0]).set_z_index(-1)
            for cells in self.rows])
        self.beat("recap_start")
        self.play(Write(self.title), FadeIn(self.header), FadeIn(rule), run_time=1.2)
        bar = None
        for row, cells, next_bar in zip(ROWS, self.rows, self.bars, strict=True):
            self.beat(f"recap_{row}", **self.fields)
            moves = [FadeIn(cells, shift=0.1 * RIGHT), FadeIn(next_bar)]
            moves += [FadeOut(bar)] if bar is not None else []
            bar = next_bar
            self.play(*moves, run_time=0.8)
            # the row's two answers and the subtitle are read
            self.wait(reading_seconds(self.beats[-1]["subtitle"], self.lang)
                      + sum(reading_seconds(cell.original_text, self.lang) for cell in cells[1:]))
        self.play(FadeOut(bar), run_time=BAR_FADE)  # the last row read: the table alone
        self.beat("recap_end")
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

    def sgd_fields(self) -> dict[str, str]:
        """The SGD scene's run: mean distance of the iterates after the burn-in to their
        exact optimum, proximal L1 against L2, and their ratio."""
        run = sgd_trajectories(sgd_scene.RHO, sgd_scene.BATCH_SIZE, sgd_scene.STEPS,
                               sgd_scene.STEP_SIZE, sgd_scene.SEED)
        l1, l2 = run.mean_distance(SGD_L1), run.mean_distance("l2")
        self.show("recap_sgd", {"rho": sgd_scene.RHO, "l1": l1, "l2": l2, "ratio": l1 / l2})
        return {"sgd_rho": f"{sgd_scene.RHO:g}", "sgd_l1": f"{l1:.3f}", "sgd_l2": f"{l2:.3f}",
                "sgd_ratio": f"{l1 / l2:.1f}"}

    def data_fields(self) -> dict[str, str]:
        """The standardised diabetes data at the ridge_vs_lasso scene's closing share: the
        lasso's exact path and ridge, their non-zero coefficients."""
        data = load_diabetes()
        X = standardize(data.X)
        lasso = lasso_path(X, data.y)
        alpha = np.interp(COMPARE_AT, budget_shares(lasso.coefs, "l1"), lasso.alphas)
        counts = {"l1": int(np.count_nonzero(lasso.coefs_at(alpha))),
                  "l2": int(np.count_nonzero(ridge_path_at_shares(X, data.y,
                                                                  np.array([COMPARE_AT])).coefs))}
        self.show("recap_data", {"share": COMPARE_AT, "features": X.shape[1], **counts})
        return {"data_share": f"{COMPARE_AT:g}", "data_p": str(X.shape[1]),
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
            for line in [self.header, *self.rows]:  # the columns keep the full width
                for cell, left in zip(line, self.columns, strict=True):
                    cell.align_to([left, 0, 0], LEFT)
