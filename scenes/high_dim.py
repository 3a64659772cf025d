"""Zeros in higher dimensions: P(at least one zero) and the mean share of zeros against n.

L1, radius 2, centres ~ U[-10, 10]^n outside the ball; the isotropic loss (A = I, exact
by soft-thresholding) and random positive definite losses (exact homotopy), from
``mathcore.cloud.cloud_nd``; the L2 curve is measured too (it stays at 0).

Render: ``manim render scenes/high_dim.py``.
"""

from __future__ import annotations

import numpy as np
from manim import DOWN, LEFT, RIGHT, UP, Create, FadeIn, VGroup, VMobject, Write

from mathcore.cloud import cloud_nd
from scenes import pieces, theme
from scenes.base import NormvizScene
from scenes.strings import text

DIMENSIONS = (2, 3, 4, 5, 6, 8, 10, 13, 16, 20, 25, 30, 40, 50)
ISOTROPIC_SAMPLES, RANDOM_SAMPLES, SEED, RADIUS = 20_000, 120, 4, 2.0
SERIES = (  # legend key, case, statistic, norm, colour
    ("hd_any_iso", "isotropic", "fraction_zero", "l1", theme.L1_COLOR),
    ("hd_mean_iso", "isotropic", "mean_zero_fraction", "l1", theme.ZERO_COLOR),
    ("hd_any_random", "random", "fraction_zero", "l1", theme.LOSS_COLOR),
    ("hd_mean_random", "random", "mean_zero_fraction", "l1", theme.SOLUTION_COLOR),
    ("hd_l2", "isotropic", "fraction_zero", "l2", theme.L2_COLOR),
)


class ZerosInHighDimensions(NormvizScene):
    """Each curve is measured by mathcore at every plotted dimension."""

    def construct(self) -> None:
        self.measure()
        self.build_plot()
        self.tell_story()

    def measure(self) -> None:
        """One ``cloud_nd`` run per (case, norm, n); the statistics are read off them."""
        runs = {}
        for _, case, _, norm, _ in SERIES:
            samples = ISOTROPIC_SAMPLES if case == "isotropic" else RANDOM_SAMPLES
            for n in DIMENSIONS:
                if (case, norm, n) not in runs:
                    runs[case, norm, n] = cloud_nd(norm, case, samples, n, seed=SEED,
                                                   radius=RADIUS)
        self.values = {key: np.array([getattr(runs[case, norm, n], stat) for n in DIMENSIONS])
                       for key, case, stat, norm, _ in SERIES}
        self.show("dimensions", list(DIMENSIONS))
        self.show("series", {key: values.tolist() for key, values in self.values.items()})

    def build_plot(self) -> None:
        self.title = pieces.title(text("hd_title", self.lang))
        self.axes = pieces.coefficient_axes((0.0, 50.0), (0.0, 1.0), 7.6, 4.6)
        self.axes.to_corner(DOWN + LEFT, buff=0.8).shift(0.3 * RIGHT)
        ticks = VGroup(*[
            pieces.label(mark, theme.SMALL_SIZE, theme.MUTED_TEXT_COLOR).next_to(
                self.axes.c2p(x, y), direction, buff=0.12)
            for mark, x, y, direction in (("0", 0, 0, DOWN), ("50", 50, 0, DOWN),
                                          ("25", 25, 0, DOWN), ("1", 0, 1, LEFT),
                                          ("0.5", 0, 0.5, LEFT))
        ])
        name = pieces.label(text("hd_x", self.lang), theme.SMALL_SIZE,
                            theme.MUTED_TEXT_COLOR).next_to(self.axes, DOWN, buff=0.45)
        self.frame = VGroup(ticks, name)
        self.curves, legend = VGroup(), VGroup()
        for key, _, _, _, color in SERIES:
            curve = VMobject(color=color, stroke_width=theme.PATH_STROKE)
            curve.set_points_as_corners(self.axes.c2p(
                np.column_stack([DIMENSIONS, self.values[key]])))
            self.curves.add(curve)
            legend.add(pieces.label(text(key, self.lang), theme.SMALL_SIZE, color))
        self.legend = legend.arrange(DOWN, aligned_edge=LEFT, buff=0.18)
        self.legend.next_to(self.axes, RIGHT, buff=0.5).align_to(self.axes, UP)
        mean = self.values["hd_mean_iso"]
        self.note = pieces.label(
            text("hd_note", self.lang, n=DIMENSIONS[-1], share=f"{100 * mean[-1]:.1f}",
                 radius=pieces.format_number(RADIUS)),
            theme.SMALL_SIZE, theme.ZERO_COLOR).next_to(self.legend, DOWN, buff=0.5)
        self.note.align_to(self.legend, LEFT)

    def tell_story(self) -> None:
        self.beat("hd_start")
        self.play(Write(self.title), Create(self.axes), FadeIn(self.frame), run_time=1.2)
        for curve, entry in zip(self.curves, self.legend, strict=True):
            self.play(Create(curve), FadeIn(entry, shift=0.1 * UP), run_time=1.2)
        self.beat("hd_end", n=DIMENSIONS[-1], share=f"{100 * self.values['hd_mean_iso'][-1]:.1f}")
        self.play(FadeIn(self.note), run_time=0.8)
        self.wait(2.0)
