"""Every on-screen string, keyed by language then by name.

Placeholders use ``str.format`` fields.  Formulas come in pairs: a LaTeX form for
``MathTex`` and a plain-Unicode form for the Pango fallback when LaTeX is not installed.
"""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "ball_l1": "L1 ball",
        "ball_l2": "L2 ball",
        "title_vertex": "{ball}: the loss first touches a corner",
        "title_edge": "{ball}: the loss first touches a flat edge",
        "title_boundary": "{ball}: the loss first touches the round edge",
        "title_interior": "{ball}: the loss's own minimum is inside",
        "caption_touch": (
            "Shrink the loss contours:\nthe first to touch the ball is the optimum"
        ),
        "caption_interior": (
            "Shrink the loss contours:\nthey close in on c before reaching the ball"
        ),
        "note_vertex": "A corner: {zeros} exactly,\na sparse solution",
        "note_edge": "A flat edge: both coefficients\nnon-zero",
        "note_boundary": "Round edge: both coefficients\nnon-zero, shrunk towards 0",
        "note_interior": "c is inside the ball:\nthe constraint does not bind",
        "note_not_unique": "Not unique: a whole segment\nof the ball is optimal",
        "label_center": "c",
        "zero_coefficient": "β{index}* = 0",
        "coefficient_name": "β{index}",
        "infinity": "∞",
        "label_solution": "β*",
        "axis_x": "β₁",
        "axis_y": "β₂",
        "problem_tex": (
            r"\min_{{\beta}}\ (\beta-c)^{{\top}}A\,(\beta-c)"
            r"\quad \text{{s.t. }} \|\beta\|_{{{p}}}\le t"
        ),
        "problem_plain": "min (β−c)ᵀ A (β−c)  s.t.  ‖β‖{p_sub} ≤ t",
        "data_tex": (
            r"c = ({center}),\quad A = \begin{{pmatrix}} {matrix} \end{{pmatrix}},"
            r"\quad t = {radius}"
        ),
        "data_plain": "c = ({center}),  A = [{matrix}],  t = {radius}",
        "solution_tex": r"\beta^* = ({coords}),\quad f(\beta^*) = {loss}",
        "solution_plain": "β* = ({coords}),  f(β*) = {loss}",
        "rvl_title": "Diabetes: lasso drops features one by one, ridge shrinks all",
        "rvl_lasso": "Lasso (L1)",
        "rvl_ridge": "Ridge (L2)",
        "rvl_x_l1": "s = ‖β‖₁ / ‖β_LS‖₁",
        "rvl_x_l2": "s = ‖β‖₂ / ‖β_LS‖₂",
        "rvl_leaves": "{name} out",
        "rvl_note_lasso": "At s = {share}: {count} lasso coefficients are exactly 0 ({names})",
        "rvl_note_ridge": (
            "At s = {share}: the smallest ridge |β| is {value} ({name}); none is 0 for s > 0"
        ),
        "corr_title": "Correlated features: lasso keeps one, ridge splits the weight",
        "corr_rho": "correlation ρ = {rho}",
        "corr_lasso": "lasso  β* = ({coords})",
        "corr_ridge": "ridge  β* = ({coords})",
        "corr_note": (
            "At ρ = {rho}: lasso keeps only β{index}; ridge splits {share}% / {rest}%"
        ),
        "lp_title": "The family of balls: where the corners, and the zeros, go",
        "lp_value": "p = {value}",
        "enet_value": "elastic net  ρ = {value}",
        "lp_note_below": "p < 1: not convex;\nsharp corners on the axes",
        "lp_note_one": "p = 1: the smallest convex ball\nwith corners on the axes",
        "lp_note_above": "p > 1: round at the axes;\nthe corner, and the zero, are gone",
        "lp_note_two": "p = 2: the circle",
        "lp_note_inf": "p = ∞: corners on the diagonals,\nnever on an axis",
        "enet_note": "elastic net: corners stay\non the axes for every ρ > 0",
        "enet_note_leave": "for this loss the optimum\nleaves the corner at ρ = {value}",
        "enet_note_zero": "ρ = 0: ridge, the circle",
        "lp_optimum": "β* = ({coords})",
        "cloud_title": "Random losses: how often is a coefficient exactly 0?",
        "cloud_count": "{zeros} of {total} with a zero: {share} %",
        "cloud_exact": "exact, {samples} losses: {share} %\n(95 % CI {low} to {high})",
        "cloud_grid": "grid of {points} points: {share} % 'zeros'",
        "cloud_grid_why": (
            "the grid holds the axis points, so optima\nnear an axis snap onto them; "
            "exact: {exact} %"
        ),
        "cloud_tally": "×{count}",
        "hd_title": "More dimensions, more zeros: L1 optima in n dimensions",
        "hd_x": "dimension n",
        "hd_any_iso": "P(some β_i = 0), A = I",
        "hd_mean_iso": "share of zero β_i, A = I",
        "hd_any_random": "P(some β_i = 0), random A",
        "hd_mean_random": "share of zero β_i, random A",
        "hd_l2": "L2: no zeros at any n",
        "hd_note": "n = {n}: {share} % of the\ncoefficients are exactly 0\n(A = I, t = {radius})",
        "b3_title_vertex": "3-D, L1: the ellipsoid touches a vertex of the octahedron",
        "b3_title_edge": "3-D, L1: the ellipsoid touches an edge of the octahedron",
        "b3_title_boundary": "3-D, L2: the ellipsoid touches the sphere",
        "b3_readout": "β* = ({coords})",
        "b3_note_vertex": "a vertex: two coefficients are exactly 0",
        "b3_note_edge": "an edge: one coefficient is exactly 0",
        "b3_note_boundary": "the round sphere: no coefficient is 0",
        "pen_title": "Penalty, gradient, proximal step: L1 against L2",
        "pen_penalty": "penalty: |β| and β²",
        "pen_gradient": "gradient: sign(β) jumps, 2β is a line",
        "pen_prox": "proximal step, λ = {lam}",
        "pen_dead_zone": "|v| ≤ λ  →  exactly 0",
        "pen_note": (
            "L1's gradient jumps from -1 to +1 at 0 however small β is;\n"
            "soft-thresholding sends small values to exactly 0, L2 only scales them"
        ),
        "st_title": "Minibatches: the L1 optimum jumps, the L2 optimum barely moves",
        "st_rho": "ρ = {rho}:  lasso moves {ratio}× as far as ridge (95 % CI {low} to {high})",
        "st_counter_l1": "mean distance {dev}\nsupport changes {changes} of {batches}",
        "st_counter_l2": "mean distance {dev}",
        "path_title": "Shrink the budget t: L1 drops a feature, L2 shrinks both",
        "path_x_label": "t / ‖c‖ (share of the budget left)",
        "path_zeroed": "L1: β{index}* = 0 for every t ≤ {radius}",
        "path_note_l1": (
            "L1: reaches an axis and stays there:\nfeature {index} is dropped at t = {radius}"
        ),
        "path_note_l2": "L2: curves smoothly into 0;\nno coefficient is 0 before t = 0",
    },
}


def text(key: str, lang: str = "en", **fields: object) -> str:
    """The string ``key`` in ``lang`` with ``fields`` filled in."""
    try:
        table = STRINGS[lang]
    except KeyError:
        raise ValueError(f"lang must be one of {', '.join(STRINGS)}, got {lang!r}") from None
    return table[key].format(**fields)
