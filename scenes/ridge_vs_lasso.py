"""Ridge against lasso on the standardised diabetes data: coefficient paths side by side.

x: the share s of the least-squares budget (``||b||_p / ||b_LS||_p``), from 0 (penalty so
large that b = 0) to 1 (no penalty).  The lasso path is exact (its knots are where a
feature enters or leaves; each is called out with the feature's name); the ridge path is
exact at each plotted share.  Numbers from ``mathcore.paths`` on ``mathcore.datasets``.

Render: ``manim render scenes/ridge_vs_lasso.py``.
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
    FadeIn,
    Line,
    ValueTracker,
    VGroup,
    Write,
    linear,
)

from mathcore.datasets import load_diabetes
from mathcore.paths import budget_shares, lasso_path, ridge_path_at_shares
from mathcore.preprocessing import standardize
from scenes import pieces, theme
from scenes.base import NormvizScene
from scenes.strings import text

PANEL_WIDTH, PANEL_HEIGHT = 4.9, 3.5
RIDGE_SAMPLES = 121
#: The share at which the closing notes compare the two paths.
COMPARE_AT = 0.5
RULER_ROWS = 3


class RidgeVsLasso(NormvizScene):
    """Lasso and ridge coefficient paths on diabetes as the penalty sweeps to 0."""

    def construct(self) -> None:
        self.compute_paths()
        self.build_panels()
        self.build_knot_ruler()
        self.tell_story()

    # -- numbers -------------------------------------------------------------------------
    def compute_paths(self) -> None:
        """Exact lasso knots and ridge at evenly spaced shares, on standardised features."""
        data = load_diabetes()
        X = standardize(data.X)
        self.features = data.features
        self.lasso = lasso_path(X, data.y)
        self.lasso_shares = budget_shares(self.lasso.coefs, "l1")
        self.ridge_shares = np.linspace(0.0, 1.0, RIDGE_SAMPLES)
        self.ridge = ridge_path_at_shares(X, data.y, self.ridge_shares)
        self.share = ValueTracker(0.0)

    # -- mobjects ------------------------------------------------------------------------
    def build_panels(self) -> None:
        """Two coefficient plots with their curves, headers, axis names and end labels."""
        values = np.concatenate([self.lasso.coefs.ravel(), self.ridge.coefs.ravel()])
        pad = 0.06 * (values.max() - values.min())
        y_range = (values.min() - pad, values.max() + pad)
        self.colors = colors = [theme.FEATURE_COLORS[i % len(theme.FEATURE_COLORS)]
                                for i in range(len(self.features))]
        self.title = pieces.title(text("rvl_title", self.lang))
        self.panels = {}
        for norm, shares, path, side in (
            ("l1", self.lasso_shares, self.lasso, LEFT),
            ("l2", self.ridge_shares, self.ridge, RIGHT),
        ):
            axes = pieces.coefficient_axes((0.0, 1.0), y_range, PANEL_WIDTH, PANEL_HEIGHT)
            axes.move_to(3.45 * side + 0.45 * UP).shift(0.45 * LEFT)
            header = pieces.label(text("rvl_lasso" if norm == "l1" else "rvl_ridge", self.lang),
                                  theme.BODY_SIZE, theme.NORM_COLORS[norm])
            header.next_to(axes, UP, buff=0.2)
            curves = [
                pieces.CurveReveal(axes.c2p(np.column_stack([shares, path.coefs[:, j]])),
                                   shares, increasing=True, color=colors[j],
                                   stroke_width=theme.PATH_STROKE)
                for j in range(len(self.features))
            ]
            names = pieces.end_labels(axes, list(self.features), path.coefs[-1], colors, 1.0)
            cursor = DashedLine(axes.c2p(0.0, y_range[0]), axes.c2p(0.0, y_range[1]),
                                color=theme.MUTED_TEXT_COLOR, stroke_width=2)
            self.panels[norm] = {"axes": axes, "header": header, "curves": curves,
                                 "names": names, "cursor": cursor, "shares": shares,
                                 "path": path, "y_range": y_range}

    def build_knot_ruler(self) -> None:
        """Under the lasso plot: a tick at every knot, named, in up to three rows."""
        axes = self.panels["l1"]["axes"]
        top = axes.get_bottom()[1] - 0.15
        self.knot_marks = VGroup()
        row_ends = [-np.inf] * RULER_ROWS
        for event in self.lasso.events:
            k = int(np.flatnonzero(self.lasso.alphas == event.alpha)[0])
            x = axes.c2p(self.lasso_shares[k], 0.0)[0]
            name = self.features[event.feature]
            tag = pieces.label(
                name if event.action == "enter" else text("rvl_leaves", self.lang, name=name),
                theme.SMALL_SIZE * 0.82, self.colors[event.feature])
            row = next((r for r in range(RULER_ROWS) if row_ends[r] < x - tag.width / 2 - 0.05),
                       int(np.argmin(row_ends)))
            tag.move_to([x, top - 0.32 * (row + 1), 0.0])
            row_ends[row] = x + tag.width / 2
            tick = Line([x, top, 0.0], [x, tag.get_top()[1] + 0.04, 0.0],
                        color=self.colors[event.feature], stroke_width=1.5)
            mark = VGroup(tick, tag)
            mark.share = self.lasso_shares[k]
            self.knot_marks.add(mark)
        self.axis_names = VGroup(*[
            pieces.label(text(f"rvl_x_{norm}", self.lang), theme.SMALL_SIZE,
                         theme.MUTED_TEXT_COLOR).next_to(panel["axes"], DOWN, buff=0.15)
            for norm, panel in self.panels.items()
        ])
        self.axis_names[0].next_to(self.knot_marks, DOWN, buff=0.12)

    # -- motion --------------------------------------------------------------------------
    def follow_share(self, _mobject=None) -> None:
        """The one updater: curves, cursors and knot marks follow the swept share."""
        share = self.share.get_value()
        for panel in self.panels.values():
            axes, coefs = panel["axes"], panel["path"].coefs
            now = [np.interp(share, panel["shares"], coefs[:, j]) for j in range(coefs.shape[1])]
            for curve, value in zip(panel["curves"], now, strict=True):
                curve.show_until(share, axes.c2p(share, value))
            low, high = panel["y_range"]
            panel["cursor"].put_start_and_end_on(axes.c2p(share, low), axes.c2p(share, high))
        for mark in self.knot_marks:
            mark.set_opacity(1.0 if share >= mark.share else 0.0)

    def tell_story(self) -> None:
        """Axes first, then the penalty relaxes from "everything 0" to least squares."""
        panels = self.panels.values()
        self.beat("rvl_start")
        self.play(Write(self.title), *[Create(p["axes"]) for p in panels],
                  *[FadeIn(p["header"]) for p in panels], FadeIn(self.axis_names), run_time=1.5)
        self.moving = VGroup(*[c for p in panels for c in p["curves"]],
                             *[p["cursor"] for p in panels], self.knot_marks)
        self.follow_share()
        self.add(self.moving)
        self.moving.add_updater(self.follow_share)
        self.beat("rvl_sweep")
        self.play(self.share.animate.set_value(1.0), run_time=9.0, rate_func=linear)
        self.follow_share()  # final state even when manim skips the animation frames
        self.moving.clear_updaters()
        self.notes = self.closing_notes()
        self.beat("rvl_compare", share=COMPARE_AT, count=len(self.compare["lasso_zeros"]))
        self.play(*[FadeIn(p["names"]) for p in panels], FadeIn(self.notes), run_time=1.0)
        self.wait(2.5)

    def closing_notes(self) -> VGroup:
        """Exact zeros of the lasso against the smallest ridge coefficient at one share."""
        lasso_now = self.lasso.coefs_at(np.interp(COMPARE_AT, self.lasso_shares,
                                                  self.lasso.alphas))
        zero = [self.features[j] for j in np.flatnonzero(lasso_now == 0.0)]
        ridge_now = np.array([np.interp(COMPARE_AT, self.ridge_shares, self.ridge.coefs[:, j])
                              for j in range(len(self.features))])
        smallest = int(np.argmin(np.abs(ridge_now)))
        notes = VGroup(
            pieces.label(text("rvl_note_lasso", self.lang, share=COMPARE_AT, count=len(zero),
                              names=", ".join(zero)), theme.SMALL_SIZE, theme.L1_COLOR),
            pieces.label(text("rvl_note_ridge", self.lang, share=COMPARE_AT,
                              value=pieces.format_coefficient(abs(ridge_now[smallest])),
                              name=self.features[smallest]), theme.SMALL_SIZE, theme.L2_COLOR),
        ).arrange(DOWN, aligned_edge=LEFT, buff=0.12)
        notes.to_edge(DOWN, buff=0.2)
        self.compare = {"lasso_zeros": zero, "ridge_smallest": abs(ridge_now[smallest])}
        self.show("lasso_events", [vars(e) for e in self.lasso.events])
        self.show("at_share", {"share": COMPARE_AT, "lasso_zero_features": zero,
                               "ridge_smallest": float(abs(ridge_now[smallest])),
                               "ridge_smallest_feature": self.features[smallest]})
        return notes
