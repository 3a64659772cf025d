"""Ridge against lasso on the standardised diabetes data: coefficient paths side by side.

x: the share s of the least-squares budget (``||b||_p / ||b_LS||_p``), from 0 (penalty so
large that b = 0) to 1 (no penalty), swept left to right: as the penalty relaxes, the
lasso lets features in one at a time and holds every other coefficient at exactly 0
over whole stretches of s; the ridge grows all of them at once.  A ridge coefficient may
cross 0 (mathcore finds the six crossings, marked), but it never stays there.  The lasso
path is exact (its knots are where a feature enters or leaves; each is named under the
plot); the ridge path is exact at each plotted share.  Numbers from ``mathcore.paths`` on
``mathcore.datasets``.

Render: ``manim render scenes/ridge_vs_lasso.py``.
"""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    Create,
    DashedLine,
    Dot,
    FadeIn,
    Line,
    VGroup,
    Write,
    linear,
)

from mathcore.datasets import load_diabetes
from mathcore.paths import budget_shares, lasso_path, ridge_path_at_shares, ridge_zero_crossings
from mathcore.preprocessing import standardize
from scenes import layout, pieces, theme
from scenes.base import NormvizScene
from scenes.strings import text

RIDGE_SAMPLES = 121
#: The share at which the closing notes compare the two paths.
COMPARE_AT = 0.5
HEADER, NAME_ROOM, AXIS_NAME = 0.5, 1.0, 0.45
RULER_ROW, RULER_SIZE = 0.3, theme.SMALL_SIZE * 0.8
#: Rows kept free under the lasso plot for the knot names (they take 2 or 3).
RULER_ROWS = 4
CROSSING_DOT = 0.075


class RidgeVsLasso(NormvizScene):
    """Lasso and ridge coefficient paths on diabetes as the penalty relaxes."""

    def construct(self) -> None:
        self.share = self.tracker("share", 0.0)
        self.compute_paths()
        self.build_panels()
        self.build_knot_ruler()
        self.tell_story()

    # -- numbers -------------------------------------------------------------------------
    def compute_paths(self) -> None:
        """Exact lasso knots, ridge at evenly spaced shares, and where ridge crosses 0."""
        data = load_diabetes()
        X = standardize(data.X)
        self.features = data.features
        self.lasso = lasso_path(X, data.y)
        self.lasso_shares = budget_shares(self.lasso.coefs, "l1")
        self.ridge_shares = np.linspace(0.0, 1.0, RIDGE_SAMPLES)
        self.ridge = ridge_path_at_shares(X, data.y, self.ridge_shares)
        self.crossings = ridge_zero_crossings(X, data.y)
        self.show("ridge_zero_crossings", [{"feature": self.features[c.feature],
                                            "share": c.share, "alpha": c.alpha}
                                           for c in self.crossings])

    # -- mobjects ------------------------------------------------------------------------
    def build_panels(self) -> None:
        """Two coefficient plots with their curves, headers, axis names and end labels."""
        values = np.concatenate([self.lasso.coefs.ravel(), self.ridge.coefs.ravel()])
        pad = 0.06 * (values.max() - values.min())
        y_range = (values.min() - pad, values.max() + pad)
        self.colors = colors = [theme.FEATURE_COLORS[i % len(theme.FEATURE_COLORS)]
                                for i in range(len(self.features))]
        self.title = pieces.title(text("rvl_title", self.lang))
        self.notes_band = layout.caption_band(2)
        area = layout.stage(caption_lines=2)
        self.panels = {}
        ruler_room = RULER_ROWS * RULER_ROW + AXIS_NAME + 0.15
        for norm, column, shares, path in (
            ("l1", area.columns(2)[0], self.lasso_shares, self.lasso),
            ("l2", area.columns(2)[1], self.ridge_shares, self.ridge),
        ):
            header_band, rest = column.split_top(HEADER)
            plot_area = rest.split_bottom(ruler_room)[0]
            axes = self.plane(norm, pieces.coefficient_axes(
                (0.0, 1.0), y_range, plot_area.width - NAME_ROOM, plot_area.height))
            axes.move_to(plot_area.center).align_to([plot_area.left, 0.0, 0.0], LEFT)
            header = header_band.place(pieces.label(
                text(f"rvl_{norm}", self.lang), theme.BODY_SIZE,
                theme.NORM_COLORS[norm]))
            curves = [
                pieces.CurveReveal(axes.c2p(np.column_stack([shares, path.coefs[:, j]])),
                                   shares, increasing=True, color=colors[j],
                                   stroke_width=theme.PATH_STROKE)
                for j in range(len(self.features))
            ]
            names = pieces.end_labels(axes, list(self.features), path.coefs[-1], colors, 1.0)
            cursor = DashedLine(axes.c2p(0.0, y_range[0]), axes.c2p(0.0, y_range[1]),
                                color=theme.MUTED_TEXT_COLOR, stroke_width=2)
            axis_name = pieces.formula(text(f"rvl_x_{norm}_tex", self.lang),
                                       text(f"rvl_x_{norm}", self.lang), theme.SMALL_SIZE)
            scale = VGroup(*[pieces.label(mark, theme.SMALL_SIZE * 0.8, theme.MUTED_TEXT_COLOR)
                             .next_to(axes.c2p(value, y_range[0]), DOWN, buff=0.08)
                             for value, mark in ((0.0, "0"), (0.5, "0.5"), (1.0, "1"))])
            y_name = pieces.label(text("rvl_y", self.lang), theme.SMALL_SIZE * 0.8,
                                  theme.MUTED_TEXT_COLOR).next_to(axes.y_axis.get_end(), RIGHT,
                                                                  buff=0.12)
            self.panels[norm] = {"axes": axes, "header": header, "curves": curves,
                                 "names": names, "cursor": cursor, "shares": shares,
                                 "path": path, "y_range": y_range, "axis_name": axis_name,
                                 "scale": VGroup(scale, y_name), "bottom": rest.bottom}
        ridge = self.panels["l2"]
        self.crossing_dots = VGroup(*[
            Dot(ridge["axes"].c2p(c.share, 0.0), radius=CROSSING_DOT, color=colors[c.feature])
            for c in self.crossings])
        ridge["axis_name"].next_to(ridge["scale"], DOWN, buff=0.1)
        ridge["axis_name"].set_x(ridge["axes"].get_center()[0])

    def build_knot_ruler(self) -> None:
        """Under the lasso plot: a tick at every knot, named, in as many rows as needed."""
        axes = self.panels["l1"]["axes"]
        top = axes.get_bottom()[1] - 0.4  # under the 0, 0.5, 1 of the share axis
        self.knot_ticks, self.knot_tags = VGroup(), VGroup()
        row_ends: list[float] = []
        for event in self.lasso.events:
            k = int(np.flatnonzero(self.lasso.alphas == event.alpha)[0])
            x = axes.c2p(self.lasso_shares[k], 0.0)[0]
            name = self.features[event.feature]
            tag = pieces.label(
                name if event.action == "enter" else text("rvl_leaves", self.lang, name=name),
                RULER_SIZE, self.colors[event.feature])
            # an opaque backing: the ticks of names in the rows below pass behind it
            tag.add_background_rectangle(color=theme.BACKGROUND_COLOR, opacity=1.0, buff=0.03)
            centre = max(x, layout.screen().left + tag.width / 2)  # the name stays on screen
            row = next((r for r, end in enumerate(row_ends)
                        if end < centre - tag.width / 2 - 0.08), len(row_ends))
            if row == len(row_ends):
                row_ends.append(-np.inf)
            tag.move_to([centre, top - RULER_ROW * (row + 1), 0.0])
            row_ends[row] = centre + tag.width / 2
            tick = Line([x, top, 0.0], [x, tag.get_top()[1] + 0.04, 0.0],
                        color=self.colors[event.feature], stroke_width=1.5)
            tick.share = tag.share = self.lasso_shares[k]
            self.knot_ticks.add(tick)
            self.knot_tags.add(tag)
        # every tick under every name: a tick that runs down past other rows goes behind them
        self.knot_marks = VGroup(self.knot_ticks, self.knot_tags)
        lasso = self.panels["l1"]
        lasso["axis_name"].next_to(self.knot_marks, DOWN, buff=0.1).set_x(
            lasso["axes"].get_center()[0])

    # -- motion --------------------------------------------------------------------------
    def follow_share(self) -> None:
        """The one updater: curves, cursors and knot marks follow the swept share."""
        share = self.share.get_value()
        for panel in self.panels.values():
            axes, coefs = panel["axes"], panel["path"].coefs
            now = [np.interp(share, panel["shares"], coefs[:, j]) for j in range(coefs.shape[1])]
            for curve, value in zip(panel["curves"], now, strict=True):
                curve.show_until(share, axes.c2p(share, value))
            low, high = panel["y_range"]
            panel["cursor"].put_start_and_end_on(axes.c2p(share, low), axes.c2p(share, high))
        for mark in [*self.knot_ticks, *self.knot_tags]:
            mark.set_opacity(1.0 if share >= mark.share else 0.0)
        for dot, crossing in zip(self.crossing_dots, self.crossings, strict=True):
            dot.set_opacity(1.0 if share >= crossing.share else 0.0)

    def tell_story(self) -> None:
        """Axes first, then the penalty relaxes from "everything 0" to least squares."""
        panels = self.panels.values()
        self.beat("rvl_start")
        self.play(Write(self.title), *[Create(p["axes"]) for p in panels],
                  *[FadeIn(p["header"], p["axis_name"], p["scale"]) for p in panels],
                  run_time=1.5)
        moving = self.drive(self.follow_share,
                            *[c for p in panels for c in p["curves"]],
                            *[p["cursor"] for p in panels], self.knot_marks, self.crossing_dots)
        self.beat("rvl_sweep")
        self.play(self.share.animate.set_value(1.0), run_time=10.0, rate_func=linear)
        self.stop_driving(moving, self.follow_share)
        self.notes = self.closing_notes()
        self.beat("rvl_compare", count=len(self.crossings))
        self.play(*[FadeIn(p["names"]) for p in panels], FadeIn(self.notes),
                  FadeIn(self.compare_lines), run_time=1.0)
        self.wait(8.0)

    def closing_notes(self) -> VGroup:
        """Exact zeros of the lasso at one share; where the ridge crosses 0."""
        lasso_now = self.lasso.coefs_at(np.interp(COMPARE_AT, self.lasso_shares,
                                                  self.lasso.alphas))
        zero = [self.features[j] for j in np.flatnonzero(lasso_now == 0.0)]
        crossed = list(dict.fromkeys(self.features[c.feature] for c in self.crossings))
        notes = VGroup(
            pieces.label(text("rvl_note_lasso", self.lang, share=COMPARE_AT, count=len(zero),
                              names=", ".join(zero)), theme.SMALL_SIZE, theme.L1_COLOR),
            pieces.label(text("rvl_note_ridge", self.lang, names=", ".join(crossed),
                              count=len(self.crossings)), theme.SMALL_SIZE, theme.L2_COLOR),
        ).arrange(DOWN, aligned_edge=LEFT, buff=0.12)
        self.notes_band.place(pieces.fit_into(notes, self.notes_band.width))
        self.compare_lines = VGroup(*[
            DashedLine(panel["axes"].c2p(COMPARE_AT, panel["y_range"][0]),
                       panel["axes"].c2p(COMPARE_AT, panel["y_range"][1]),
                       color=theme.TEXT_COLOR, stroke_width=2)
            for panel in self.panels.values()])

        self.compare = {"lasso_zeros": zero, "ridge_crossed": crossed}
        self.show("lasso_events", [vars(e) for e in self.lasso.events])
        self.show("at_share", {"share": COMPARE_AT, "lasso_zero_features": zero})
        return notes

