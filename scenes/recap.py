"""The lesson's closing recap: L1 against L2, one row per question the lesson answered.

Rows (the note's claims): the ball's shape, where the loss's contour first touches it,
whether the optimum has exact zeros, what one whole weight costs against two halves
(L1: the same, so nothing pushes it to spread; L2: half, so it spreads the weight), how
minibatch refits move (the stability scene's measure at its largest correlation, from
``mathcore.stability``), the regression's name (LASSO spelt out), and when to use it.
Each row is held until both its answers and its subtitle can be read.  The whole table
then stays on screen ``TABLE_HOLD_SECONDS`` to be read again or paused.

Render: ``manim render scenes/recap.py``.
"""

from __future__ import annotations

import numpy as np
from manim import DOWN, LEFT, RIGHT, UP, FadeIn, Line, VGroup, Write

from mathcore.penalties import l1_penalty, l2_penalty
from mathcore.stability import minibatch_stability
from scenes import layout, pieces, theme
from scenes.base import NormvizScene
from scenes.stability import BATCH_SIZE, BATCHES, RHO_STEPS, SEED
from scenes.strings import text

ROWS = ("shape", "touch", "zeros", "weights", "stability", "name", "use")
#: The weights row's example: one whole weight against two halves.
WHOLE, HALVES = (1.0, 0.0), (0.5, 0.5)
#: The whole table stays this long after its last row's subtitle.
TABLE_HOLD_SECONDS = 10.0
#: Width of the question column, as a share of the table's.
QUESTION_SHARE = 0.24
ROW_GAP = 0.22


class LessonRecap(NormvizScene):
    """The recap table, row by row."""

    def construct(self) -> None:
        self.fields = {**self.stability_fields(), **self.weight_fields()}
        self.title = pieces.title(text("recap_title", self.lang))
        stage = layout.stage()
        question_width = QUESTION_SHARE * stage.width
        answer_width = (stage.width - question_width - 2 * layout.GUTTER) / 2
        self.columns = [stage.left, stage.left + question_width + layout.GUTTER,
                        stage.left + question_width + answer_width + 2 * layout.GUTTER]
        widths = [question_width, answer_width, answer_width]
        self.header = VGroup(*[
            pieces.label(text(key, self.lang), theme.BODY_SIZE, color)
            for key, color in (("recap_question", theme.MUTED_TEXT_COLOR),
                               ("recap_l1", theme.L1_COLOR), ("recap_l2", theme.L2_COLOR))])
        self.rows = VGroup()
        for row in ROWS:
            cells = [pieces.label(text(f"recap_{row}", self.lang), theme.SMALL_SIZE,
                                  theme.MUTED_TEXT_COLOR),
                     pieces.label(text(f"recap_{row}_l1", self.lang, **self.fields),
                                  theme.SMALL_SIZE, theme.TEXT_COLOR),
                     pieces.label(text(f"recap_{row}_l2", self.lang, **self.fields),
                                  theme.SMALL_SIZE, theme.TEXT_COLOR)]
            for cell, width in zip(cells, widths, strict=True):
                pieces.fit_into(cell, width)
            self.rows.add(VGroup(*cells))
        for cell, width in zip(self.header, widths, strict=True):
            pieces.fit_into(cell, width)
        self.place_table(stage)
        rule = Line([stage.left, 0, 0], [stage.right, 0, 0], color=theme.AXES_COLOR,
                    stroke_width=theme.AXES_STROKE)
        rule.next_to(self.header, DOWN, buff=ROW_GAP / 2).set_x(stage.center[0])
        self.beat("recap_start")
        self.play(Write(self.title), FadeIn(self.header), FadeIn(rule), run_time=1.2)
        for row, cells in zip(ROWS, self.rows, strict=True):
            self.beat(f"recap_{row}", **self.fields)
            self.play(FadeIn(cells, shift=0.1 * RIGHT), run_time=0.6)
            # the row's two answers and the subtitle are both read
            self.read(self.beats[-1]["subtitle"], *[cell.original_text for cell in cells[1:]])
        self.beat("recap_end")
        self.wait(TABLE_HOLD_SECONDS)

    def weight_fields(self) -> dict[str, str]:
        """The weights row's costs: L1 charges one whole weight and two halves the same,
        L2 charges the halves half as much (sums of |b| and of b^2, from mathcore)."""
        costs = {name: [float(np.sum(penalty(np.array(weights)))) for weights in (WHOLE, HALVES)]
                 for name, penalty in (("l1", l1_penalty), ("l2", l2_penalty))}
        self.show("recap_weights", costs)
        return {"l1_one": f"{costs['l1'][0]:g}", "l2_one": f"{costs['l2'][0]:g}",
                "l2_half": f"{costs['l2'][1]:g}"}

    def stability_fields(self) -> dict[str, str]:
        """The stability row's numbers: the minibatch scene's most correlated case."""
        rho = RHO_STEPS[-1]
        result = minibatch_stability(rho, BATCH_SIZE, BATCHES, SEED)
        share = 100 * result.support_differs()
        self.show("recap_stability", {"rho": rho, "support_differs_percent": share,
                                      "ratio": result.ratio})
        return {"rho": f"{rho:g}", "share": f"{share:.0f}", "ratio": f"{result.ratio:.1f}"}

    def place_table(self, stage: layout.Region) -> None:
        """Header and rows stacked from the top of the stage, each cell at its column."""
        top = stage.top
        for line in [self.header, *self.rows]:
            height = max(cell.height for cell in line)
            for cell, left in zip(line, self.columns, strict=True):
                cell.align_to([left, 0, 0], LEFT).align_to([0, top, 0], UP)
            top -= height + ROW_GAP
        table = VGroup(self.header, self.rows)
        if table.get_bottom()[1] < stage.bottom:
            table.scale_to_fit_height(stage.top - stage.bottom).align_to([0, stage.top, 0], UP)
