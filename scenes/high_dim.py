"""Zeros in higher dimensions: P(some coefficient is 0) and the share of zeros against n.

Centres c ~ U[-10, 10]^n (said on screen: the shares depend on how c is drawn) and a
budget that is the same share of every loss's own need,
t = 1/2 ||c||_p (a fixed t would shrink relative to c as n grows, because ||c|| grows with
n, and mix the dimension with the budget).  Losses: isotropic (A = I, exact by
soft-thresholding) and random positive definite (exact homotopy), from
``mathcore.cloud.cloud_nd``.  Left, the chance that an L1 optimum has at least one exact
zero; right, the share of its coefficients that are exactly 0.  The L2 optima are
measured too: not one zero at any n.

Render: ``manim render scenes/high_dim.py``.
"""

from __future__ import annotations

import numpy as np
from manim import DOWN, LEFT, RIGHT, UP, Create, Dot, FadeIn, Line, VGroup, VMobject, Write

from mathcore.cloud import CENTER_RANGE, cloud_nd
from scenes import layout, pieces, theme
from scenes.base import NormvizScene
from scenes.strings import format_count, text

DIMENSIONS = (2, 3, 4, 5, 6, 8, 10, 13, 16, 20, 25, 30, 40, 50)
ISOTROPIC_SAMPLES, RANDOM_SAMPLES, SEED = 20_000, 300, 4
RELATIVE_BUDGET = 0.5
CASES = ("isotropic", "random")
#: Panels: (key, statistic of ``CloudResult``).
PANELS = (("hd_any", "fraction_zero"), ("hd_share", "mean_zero_fraction"))
#: The first case is drawn wide, the second narrow on top: where they coincide both show.
WIDTHS = {"isotropic": 7.0, "random": 3.0}
COLORS = dict(zip(CASES, theme.SERIES_COLORS, strict=True))
L2_DOT = 0.06
TICK_LABELS = ((0.0, "0"), (0.5, "0.5"), (1.0, "1"))
TICK_ROOM = 0.75  # left of each plot, for its tick labels


class ZerosInHighDimensions(NormvizScene):
    """Each curve is measured by mathcore at every plotted dimension."""

    def construct(self) -> None:
        self.measure()
        self.build_panels()
        self.tell_story()

    def measure(self) -> None:
        """One ``cloud_nd`` run per (case, norm, n) at the relative budget."""
        self.values: dict[tuple[str, str, str], np.ndarray] = {}
        for case in CASES:
            samples = ISOTROPIC_SAMPLES if case == "isotropic" else RANDOM_SAMPLES
            for norm in ("l1", "l2"):
                runs = [cloud_nd(norm, case, samples, n, seed=SEED,
                                 relative_budget=RELATIVE_BUDGET) for n in DIMENSIONS]
                for _, stat in PANELS:
                    self.values[case, norm, stat] = np.array([getattr(r, stat) for r in runs])
        self.show("dimensions", list(DIMENSIONS))
        self.show("relative_budget", RELATIVE_BUDGET)
        self.show("series", {f"{norm}/{case}/{stat}": values.tolist()
                             for (case, norm, stat), values in self.values.items()})

    def build_panels(self) -> None:
        self.title = pieces.title(text("hd_title", self.lang))
        area = layout.stage(caption_lines=2)
        budget_band, area = area.split_top(2 * layout.CAPTION_LINE)
        self.budget = budget_band.place(pieces.fit_into(pieces.label(
            text("hd_budget", self.lang, kappa=f"{RELATIVE_BUDGET:g}", low=-int(CENTER_RANGE),
                 high=int(CENTER_RANGE), iso=format_count(ISOTROPIC_SAMPLES, self.lang),
                 random=RANDOM_SAMPLES), theme.SMALL_SIZE, theme.TEXT_COLOR),
            budget_band.width))
        self.panels = []
        for (key, stat), column in zip(PANELS, area.columns(2, gap=1.0), strict=True):
            header_band, rest = column.split_top(0.5)
            plot_area = rest.split_bottom(0.75)[0]  # below: ticks and the axis name
            axes = self.plane(stat, pieces.coefficient_axes(
                (0.0, float(DIMENSIONS[-1])), (0.0, 1.0), plot_area.width - TICK_ROOM - 0.25,
                plot_area.height))
            axes.move_to(plot_area.center).align_to([plot_area.right - 0.25, 0.0, 0.0], RIGHT)
            header = header_band.place(pieces.label(text(key, self.lang), theme.BODY_SIZE))
            ticks = VGroup(*[
                pieces.label(mark, theme.SMALL_SIZE, theme.MUTED_TEXT_COLOR).next_to(
                    axes.c2p(0.0, y), LEFT, buff=0.12) for y, mark in TICK_LABELS],
                *[pieces.label(str(n), theme.SMALL_SIZE, theme.MUTED_TEXT_COLOR).next_to(
                    axes.c2p(n, 0.0), DOWN, buff=0.12) for n in (0, 25, 50)])
            name = pieces.label(text("hd_x", self.lang), theme.SMALL_SIZE,
                                theme.MUTED_TEXT_COLOR).next_to(axes, DOWN, buff=0.45)
            curves = VGroup(*[self.curve(axes, self.values[case, "l1", stat], COLORS[case],
                                         WIDTHS[case]) for case in CASES])
            l2_dots = VGroup(*[Dot(axes.c2p(n, value), radius=L2_DOT, color=theme.L2_COLOR)
                               for case in CASES
                               for n, value in zip(DIMENSIONS, self.values[case, "l2", stat],
                                                   strict=True)])
            self.panels.append({"axes": axes, "header": header, "frame": VGroup(ticks, name),
                                "curves": curves, "l2": l2_dots, "stat": stat})
        self.legend = self.build_legend()
        mean = self.values["isotropic", "l1", "mean_zero_fraction"]
        self.note = layout.caption_band(2).split_bottom(layout.CAPTION_LINE)[1].place(
            pieces.fit_into(pieces.label(
                text("hd_note", self.lang, n=DIMENSIONS[-1], share=f"{100 * mean[-1]:.1f}",
                     kappa=f"{RELATIVE_BUDGET:g}"), theme.SMALL_SIZE, theme.ZERO_COLOR),
                layout.screen().width))

    @staticmethod
    def curve(axes, values: np.ndarray, color: str, width: float) -> VMobject:
        line = VMobject(color=color, stroke_width=width)
        line.set_points_as_corners(axes.c2p(np.column_stack([DIMENSIONS, values])))
        return line

    def build_legend(self) -> VGroup:
        """One swatch per series, in a row above the note."""
        entries = VGroup()
        for case in CASES:
            swatch = Line(LEFT * 0.25, RIGHT * 0.25, color=COLORS[case], stroke_width=WIDTHS[case])
            entries.add(VGroup(swatch, pieces.label(text(f"hd_{case}", self.lang),
                                                    theme.SMALL_SIZE)).arrange(RIGHT, buff=0.15))
        dot = Dot(radius=L2_DOT, color=theme.L2_COLOR)
        entries.add(VGroup(dot, pieces.label(text("hd_l2", self.lang), theme.SMALL_SIZE,
                                             theme.L2_COLOR)).arrange(RIGHT, buff=0.15))
        band = layout.caption_band(2).split_top(layout.CAPTION_LINE)[0]
        return band.place(pieces.fit_into(entries.arrange(RIGHT, buff=0.6), band.width))

    def tell_story(self) -> None:
        self.beat("hd_start")
        self.play(Write(self.title), FadeIn(self.budget),
                  *[Create(p["axes"]) for p in self.panels],
                  *[FadeIn(p["header"], p["frame"]) for p in self.panels], run_time=1.2)
        self.play(FadeIn(self.legend[:-1]), run_time=0.6)
        for case in range(len(CASES)):
            self.play(*[Create(p["curves"][case]) for p in self.panels], run_time=2.0)
            self.wait(2.0)
        self.beat("hd_l2")
        self.play(*[FadeIn(p["l2"], lag_ratio=0.05) for p in self.panels],
                  FadeIn(self.legend[-1]), run_time=1.2)
        self.wait(1.5)
        self.beat("hd_end", n=DIMENSIONS[-1],
                  share=f"{100 * self.values['isotropic', 'l1', 'mean_zero_fraction'][-1]:.1f}")
        self.play(FadeIn(self.note, shift=0.1 * UP), run_time=0.8)
