"""Every on-screen string, keyed by language then by name.

Placeholders use ``str.format`` fields.  Formulas come in pairs: a LaTeX form for
``MathTex`` and a plain-Unicode form for the Pango fallback when LaTeX is not installed.
"""

from __future__ import annotations

import re

#: Reading speeds a learner can follow: characters per second in English (spaces
#: included); in Chinese, characters per second, every one counted (Han, punctuation,
#: Latin letters, digits and symbols alike: "72.61 %" is read aloud as many syllables).
READING_RATE = {"en": 15.0, "zh": 8.0}
#: Shortest time a subtitle stays on screen (s).
SHORTEST_CUE = 1.5

#: The same in every language: symbols, numbers and LaTeX formulas.
_SHARED: dict[str, str] = {
    "label_center": "c",
    "zero_coefficient": "β{index}* = 0",
    "coefficient_name": "β{index}",
    "infinity": "∞",
    "label_solution": "β*",
    "axis_x": "β₁",
    "axis_y": "β₂",
    "axis_z": "β₃",
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
    "lp_value": "p {{}} {{}}",
    "enet_ball_name": "w {{}} {{}}",
    "lp_formula_lp_tex": (
        r"\|\beta\|_p = \left(|\beta_1|^p + |\beta_2|^p\right)^{{1/p}} \le {radius}"
    ),
    "lp_formula_lp": "‖β‖ₚ = (|β₁|ᵖ + |β₂|ᵖ)^(1/p) ≤ {radius}",
    "lp_formula_enet_tex": (
        r"w\,\|\beta\|_1 + (1-w)\,\|\beta\|_2^2 \le {radius}w + {square}(1-w)"
    ),
    "lp_formula_enet": "w‖β‖₁ + (1 − w)‖β‖₂² ≤ {radius}w + {square}(1 − w)",
    "lp_beta": "β{index}* {{}} {{}}",
    "lp_curve": "β{index}*",
    "lp_axis_lp": "p",
    "lp_inset_zero": "= 0",
    "lp_axis_enet": "w",
    "cloud_tally": "×{count}",
    "b3_readout": "β* = ({coords})",
    "corr_optimum": "β* = ({{}}, {{}})",
    # The explorer page (normviz explore): symbols, the same in every language.
    "explore_axis_1": "β₁",
    "explore_axis_2": "β₂",
    "explore_label_c": "c",
    "explore_label_optimum": "β*",
    "explore_name_1": "β₁*",
    "explore_name_2": "β₂*",
    "explore_field_c1": "c₁",
    "explore_field_c2": "c₂",
    "explore_field_a": "a",
    "explore_field_b": "b",
    "explore_field_d": "d",
    "explore_field_rho": "ρ",
    "explore_field_p": "p",
    "explore_field_lam": "λ",
    "explore_out_optimum": "β* = ({b1}, {b2})",
    "explore_out_loss": "f(β*) = {loss}",
    "explore_out_objective": "f(β*) + λP(β*) = {objective}",
    "explore_out_lam": "λ = {lam}",
    "explore_valuetext": "{name} = {value}",
    "explore_degrees": "{value}°",
    "explore_short_l1": "L1",
    "explore_short_l2": "L2",
    "explore_short_lp": "Lp",
    "explore_seg_point": "({x}, {y})",
    "explore_kept_matrix": "A = [[{a}, {b}], [{b}, {d}]]",
}

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        **_SHARED,
        "claim_l1": "L1 level sets are diamonds with corners on the axes; the touch is a corner",
        "claim_l2": "L2 level sets are circles; the touch is on the round edge, both non-zero",
        "claim_cloud": "L1 corners make most optima sparse, measured over random losses",
        "claim_ball3d": "In 3-D the octahedron's corners and edges give zeros; its faces do not",
        "claim_high_dim": "In more dimensions more L1 optima have exact zeros; L2 optima have none",
        "claim_lp_family": "Only balls with corners on the axes give zeros: Lp family, elastic net",
        "claim_path": "L1 drops a feature as the budget shrinks; L2 shrinks all, spread out",
        "claim_correlated": (
            "With correlated features ridge splits "
            "the weight evenly, lasso keeps one"
        ),
        "claim_penalty": "Gradients sign(b) against 2b; the proximal step sends small values to 0",
        "claim_stability": (
            "Minibatch noise moves the L1 optimum more "
            "than the L2 optimum, on average"
        ),
        "claim_tangency": "Any loss and any radius: the first touch of the contours and the ball",
        "ball_l1": "L1 ball",
        "ball_l2": "L2 ball",
        "title_vertex": "{ball}: here the loss first touches a corner",
        "title_edge": "{ball}: here the loss first touches a flat edge",
        "title_boundary": "{ball}: here the loss first touches the round edge",
        "title_interior": "{ball}: the loss's own minimum is inside",
        "caption_touch": (
            "c: the loss's own minimum, the fit\nwithout any penalty.  Grow its contours\n"
            "out from c: the first point where one\ntouches the ball is the optimum"
        ),
        "caption_interior": "c lies inside the ball:\nthe loss's own minimum is allowed",
        "note_vertex": "A corner: {zeros} exactly,\na sparse solution",
        "note_edge": "A flat edge: both coefficients\nnon-zero",
        "note_boundary": "Round edge: both coefficients\nnon-zero, shrunk towards 0",
        "note_interior": "c is inside the ball:\nthe constraint does not bind",
        "note_not_unique": "Not unique: a whole segment\nof the ball is optimal",
        "claim_ridge_vs_lasso": (
            "Lasso lets features in one by one and holds the rest at exactly 0; ridge shrinks "
            "all and only crosses 0"
        ),
        "rvl_title": (
            "Diabetes: as the penalty relaxes, lasso adds features one at a time, "
            "ridge all at once"
        ),
        "rvl_note_lasso": (
            "Lasso, s = {share}: exactly 0, and held there over whole stretches of s: {names}"
        ),
        "rvl_note_ridge": (
            "Ridge: no coefficient stays at 0; crossing 0 and moving on at a marked point: "
            "{names}"
        ),
        "sub_rvl_sweep": (
            "Relax the penalty: lasso lets features in one at a time (each drawn bright and "
            "named under the plot as it comes in); ridge makes all non-zero at once{leaves}"
        ),
        "sub_rvl_zeros": (
            "Bright curves: lasso's zeros at s = {share}. The moving dots show that lasso "
            "keeps them at 0 for a stretch; ridge's leave 0 at once"
        ),
        "sub_rvl_zeros_none": (
            "At s = {share} no lasso coefficient is 0 any more; a bead runs along every curve"
        ),
        "sub_rvl_crossings": (
            "Now only ridge: the bright curves cross 0, each at a marked dot"
        ),
        "sub_rvl_crossings_on": "Follow the moving dots: each passes 0 at its marked dot",
        "rvl_sweep_leaves": (
            ". A lasso coefficient can also drop back to 0 as others enter ({names} leaves)"
        ),
        "sub_rvl_crossings_none": (
            "Ridge: no curve is 0 anywhere after s = 0; a bead runs along every curve"
        ),
        "rvl_l1": "Lasso (L1)",
        "rvl_l2": "Ridge (L2)",
        "rvl_leaves": "{name} leaves",
        "rvl_back": "{name} back in",
        "rvl_x_l1": "s: share of the least-squares L1 norm",
        "rvl_x_l2": "s: share of the least-squares L2 norm",
        "rvl_y": "coefficient",
        "rvl_s_means": (
            "s: the share of the least-squares size the coefficients may use (lasso: L1, "
            "ridge: L2).\ns = 0: every β is 0; s = 1: least squares."
        ),
        "rvl_serum": "s1–s6: six blood serum measurements.",
        "rvl_crossing_zoom": "Ridge near 0 (×{zoom})",
        "rvl_magnified": "{name} ×{factor} (dashed): not held at 0; |β| ≤ {value}",
        "rvl_magnified_short": "{name} ×{factor}",
        "rvl_title_csv": (
            "{target}, {count} features: as the penalty relaxes, lasso lets features in one "
            "at a time; ridge makes all non-zero at once"
        ),
        "rvl_nonzero": "non-zero: {count} / {total}",
        "rvl_compare_at": "s = {share}",
        "rvl_least_squares": "s = 1: least squares",
        "rvl_data": "{name}: n = {n}, {count} features ({features}); target: {target}",
        "rvl_data_diabetes": "Diabetes data",
        "rvl_target_diabetes": "progression after 1 year",
        "rvl_zoom_head": "|β| at s = {share}, log scale",
        "rvl_zoom_zero": "exactly 0",
        "rvl_zoom_zeros": "{count} of {total} exactly 0",
        "rvl_zoom_smallest": "smallest: {name} {value}, not 0",
        "sub_rvl_zoom": (
            "At s = {share} ridge's smallest β ({name}) is small, not 0; the lasso has "
            "{count} β at exactly 0"
        ),
        "rvl_times": "{name} ×{count}",
        "rvl_note_lasso_none": "Lasso, s = {share}: no coefficient is 0 any more",
        "rvl_note_ridge_none": "Ridge: no coefficient is 0 anywhere between s = 0 and s = 1",
        "corr_title": (
            "Twin features: as ρ nears 1 the lasso often ends on one of them, the ridge splits the "
            "weight"
        ),
        "corr_rho": "correlation ρ = {{}}",
        "corr_lasso": "lasso (L1), ‖β‖₁ ≤ 1",
        "corr_ridge": "ridge (L2), ‖β‖₂ ≤ 0.75",
        "corr_edge": "loss along the diamond's edge\n(0 at c; the axis starts at {low})",
        "corr_center": "c = least-squares fit",
        "corr_sample": "in this sample r = {{}}",
        "corr_shape": "contours: length = {{}} × width",
        "corr_budget_l1": "t / ‖c‖₁ = {t} / {{}} = {{}} %",
        "corr_budget_l2": "t / ‖c‖₂ = {t} / {{}} = {{}} %",
        "corr_edge_point": "at ({{}}, {{}}): loss {{}}",
        "corr_inset": (
            "×{zoom} at ρ = {rho}: a contour here is a tiny piece of a very long ellipse, so it "
            "looks straight.\nLeft: the gap between contour and edge drawn ×{stretch} wider to "
            "be seen (really {angle}°)"
        ),
        "corr_inset_angle": "{angle}°",
        "corr_inset_stretch": "zoom ×{zoom}, gap ×{stretch}",
        "corr_inset_scale": "zoom ×{zoom}",
        "corr_inset_diagonal": "β₁ = β₂",
        "corr_tally_count": "×{{}}",
        "corr_zoom": (
            "The contour meets the edge at {angle}°: loss {here} at the corner,\n"
            "{there} at the other twin's corner, only {rise} % more"
        ),
        "sub_corr_zoom": "Along the edge the loss rises only a little: the corner wins narrowly",
        "corr_note": (
            "Of {count} draws at ρ = {rho} the lasso keeps only x₁ in {x1}, only x₂ in {x2}, "
            "both in {both};\nthe ridge keeps both every time, share of the weight on x₁: "
            "{low}–{high} %"
        ),
        "corr_data": (
            "Data: n = {n}, x₁ = z₁, x₂ = ρz₁ + √(1 − ρ²)z₂, y = x₁ + x₂ + e;\n"
            "z₁, z₂, e ~ N(0, 1), one draw (seed {seed}) for every ρ; x₁, x₂, y centred"
        ),
        "corr_draws_head": "New draws (x₁, x₂, e), ρ = {rho}:\nseeds picked to show both twins",
        "corr_draw_row": (
            "seed {seed}: lasso keeps {kept};\nridge: {share} % of the weight on x₁"
        ),
        "corr_keeps_x1": "x₁",
        "corr_keeps_x2": "x₂",
        "corr_keeps_both": "both",
        "lp_title": "The family of balls: where the corners, and the zeros, go",
        "enet_value": "elastic net  w {{}} {{}}",
        "lp_below_note": (
            "p < 1: the ball is not convex:\nthe dashed segment between two of\n"
            "its points leaves it; the optimum\nsits on a sharp corner"
        ),
        "lp_below_off_note": (
            "p < 1: the ball is not convex:\nthe dashed segment between two of\n"
            "its points leaves it; sharp corners\non the axes"
        ),
        "lp_above_plain_note": "1 < p < ∞: no corner on the axes",
        "lp_one_note": "p = 1: the only convex Lp ball\nwith corners on the axes",
        "lp_above_note": (
            "β{index}* on a log scale:\nnever 0 for p > 1.\nIts 0 at p = 1 has\n"
            "no log: it sits in\nthe row “= 0”."
        ),
        "lp_two_note": "p = 2: the circle, L2",
        "lp_inf_note": "p = ∞: a square, its corners on\nthe diagonals, never on an axis",
        "lp_inf_side_note": (
            "p = ∞: a square. The optimum\nlies on its flat side "
            "β{side} = {value},\nnot on a corner"
        ),
        "lp_enet_note": (
            "w = 1: the L1 diamond; for every\nw > 0 the corners stay on the axes.\n"
            "Budget {radius}w + {square}(1 − w): every ball\npasses through (±{radius}, 0) "
            "and (0, ±{radius})"
        ),
        "lp_axis_note": "the p axis is spaced evenly in 1/p",
        "lp_leave_note": (
            "fan: the directions the corner faces (its\nnormals); −∇f: the loss f's downhill "
            "pull.\nBelow w = {value} the fan no longer holds\n−∇f: the optimum leaves the "
            "axis (β{index} ≠ 0)"
        ),
        "lp_pull": "−∇f",
        "lp_ridge_note": "w = 0: the L2 circle, the same\nball and optimum as p = 2",
        "sub_lp_start": "One loss, one budget. The ball changes with p.",
        "sub_lp_below": "p < 1: sharp corners on the axes. The optimum sits on one: a zero.",
        "sub_lp_one": "p = 1, the diamond: still a corner, still an exact zero.",
        "sub_lp_above": (
            "1 < p < infinity: no corner. Near p = 1, β{index}* is tiny but not 0."
        ),
        "sub_lp_above_plain": "1 < p < infinity: no corner on the axes.",
        "sub_lp_below_off": (
            "p < 1: sharp corners on the axes, but this optimum is not on one: no zero."
        ),
        "sub_lp_one_corner": "p = 1, the diamond: the optimum sits on a corner, an exact zero.",
        "sub_lp_one_off": (
            "p = 1, the diamond: corners on the axes, but this optimum is not on one."
        ),
        "sub_lp_two": "p = 2: the circle. Nothing holds the optimum on an axis.",
        "sub_lp_inf": "p = infinity: a square. Its corners lie on the diagonals.",
        "sub_lp_enet": "The elastic net mixes L1 and L2, with L1 share w.",
        "sub_lp_leave": (
            "As w falls, the corner's fan of normals narrows. Below w = {value} it no longer "
            "contains the pink arrow, the loss f's downhill pull, so the optimum leaves the "
            "axis."
        ),
        "sub_lp_ridge": "w = 0: the circle again, the same optimum as p = 2.",
        "cloud_title": "Random losses: where must the centre lie for an exact 0?",
        "cloud_count": "{zeros} of {total} with a zero: {share} %",
        "cloud_exact": (
            "{samples} losses drawn as below:\n{share} % (95 % sure: {low} to {high})"
        ),
        "cloud_exact_none": (
            "{samples} losses drawn as below: none\n(the zero set has an area of 0)"
        ),
        "cloud_tally_note": "×N at a tip: N optima exactly there",
        "cloud_tally_none": "no optimum lands exactly on an axis",
        "cloud_zone_key": (
            "Shaded: ONE loss shape's exact zones; dots had random shapes, so yellow can lie "
            "inside"
        ),
        "cloud_key": (
            "each dot: a loss's centre c, coloured by its optimum: green = an exact 0, "
            "yellow = none"
        ),
        "cloud_sampling": (
            "centres c uniform in the square [{low}, {high}]² outside the ball; loss shapes "
            "random"
        ),
        "cloud_zones_l1": (
            "round loss: c in a tip's wedge lands on it:\n{share} % of the "
            "square outside the ball"
        ),
        "cloud_zones_l2": "round loss: only c on the 4 green rays\nlands on an axis: an area of 0",
        "cloud_tilt_l1": (
            "one tilted loss: its wedges turn\nand skew; still wide"
        ),
        "cloud_tilt_l2": (
            "tilted loss: the loss's own stretch turns\neach ray; still an area of 0"
        ),
        "cloud_shares": (
            "random shapes {mixed} %, round {round} %, tilted {tilted} %: the share depends "
            "on the losses"
        ),
        "cloud_zoom_l1": (
            "×{zoom} on the tip ({x}, {y}): slope along the\ndiamond {back} and {ahead}, "
            "uphill at once"
        ),
        "cloud_zoom_l2": (
            "×{zoom} on the touch point; slope along the\ncircle {back} and {ahead}: "
            "flat, rising later"
        ),
        "cloud_zoom_tilt_l1": "loss turned up to ±{degrees}°:\nthe optimum stays on the tip",
        "cloud_zoom_tilt_l2": "loss turned up to ±{degrees}°:\nthe optimum slides along the circle",
        "hd_title": "More features: L1 still sets a share of coefficients to 0, L2 none",
        "hd_budget": (
            "Here: loss ‖β − c‖², c uniform in [{low}, {high}]ⁿ (other videos: other losses)"
        ),
        "hd_budget_l1": "L1 ball: budget t = {kappa} ‖c‖₁",
        "hd_budget_l2": "L2 ball: budget t = {kappa} ‖c‖₂",
        "hd_mech_c": "|cᵢ|, c: the loss's lowest point",
        "hd_mech_why": (
            "Why the same θ off every bar?\n"
            "The budget is the bars' total\n"
            "height: a unit costs the same\n"
            "on any bar, and lowers the loss\n"
            "most where a bar is cut deepest.\n"
            "So the cuts even out at θ;\n"
            "bars shorter than θ get 0."
        ),
        "hd_setting": "round losses, budget t = {kappa} ‖c‖",
        "hd_mech_x": "coefficient i, n = {n}",
        "hd_mech_l1": "L1: max(|cᵢ| − θ, 0), θ = {theta}",
        "hd_mech_l2": "L2: every |cᵢ| times {scale}",
        "hd_mech_l1_note": "{zeros} of {n} had |cᵢ| ≤ θ: now exactly 0",
        "hd_mech_l2_note": "none is 0: the smallest is {least}",
        "hd_mech_l1_spent": "‖β‖₁ = {value}, budget t = {t}",
        "hd_mech_l2_spent": "‖β‖₂ = {value}, budget t = {t}",
        "hd_any": "optima with at least one βᵢ = 0",
        "hd_share": "share of all βᵢ that are 0",
        "hd_x": "dimension n",
        "hd_l2": "L2: 0 % at every n",
        "hd_callout": "n = {n}: {share} %",
        "hd_tick": "{value} %",
        "hd_note": (
            "n = {n}: {any} % of optima have a 0, but only {share} % (95 % interval ± {half}) "
            "of all βᵢ are 0"
        ),
        "sub_hd_start": (
            "One round loss, n = {n}: each bar is the size of one coordinate of its lowest point c"
        ),
        "sub_hd_cut": (
            "For a round loss the L1 optimum takes the same θ off every bar, floored at 0 "
            "(why: on the right). θ slides down until the budget is spent: the "
            "{zeros} bars below θ become 0"
        ),
        "sub_hd_scale": (
            "L2 shrinks every bar by one factor until its budget is spent, here {scale}: "
            "small bars shrink, none reaches 0"
        ),
        "sub_hd_any": (
            "Right: the share of L1 optima with at least one zero; it rises with n"
        ),
        "sub_hd_rise": (
            "At n = {n_a}, {p_a} % of L1 optima have a zero; at {n_b}, {p_b} %; at {n_c}, "
            "{p_c} %. Unlike the 2-D and 3-D videos (tilted losses, one fixed ball), each loss "
            "here is round, its budget half of what its c needs"
        ),
        "sub_hd_share": (
            "{samples} losses per n, each budget half of c's own norm: the share of "
            "coefficients L1 sets to 0"
        ),
        "sub_hd_l2": (
            "Round losses: L2 only scales c down, so no zeros: 0 of {samples} at every n"
        ),
        "sub_hd_end": (
            "At n = {n} every L1 optimum has a zero, yet only {share} % of all coefficients "
            "are 0: on average {count} of {n}"
        ),
        "b3_title_vertex": "3-D, L1: the ellipsoid touches a vertex of the octahedron",
        "b3_title_edge": "3-D, L1: another loss touches an edge of the octahedron",
        "b3_title_face": "3-D, L1: a third loss touches a face of the octahedron",
        "b3_title_boundary": "3-D, L2: the ellipsoid touches the sphere",
        "b3_note_vertex": "at a vertex: {zeros} = 0 exactly",
        "b3_note_edge": "on an edge: {zeros} = 0 exactly",
        "b3_note_face": "on a face: no coefficient is 0",
        "b3_note_boundary": "on the sphere: no coefficient is 0",
        "b3_share_head": "{samples} random\nlosses, L1 optima:",
        "b3_share_vertex": "vertex {share} %",
        "b3_share_edge": "edge {share} %",
        "b3_share_face": "face {share} %",
        "b3_title_share": "3-D, L1: where random losses touch the octahedron",
        "b3_share_note": ("Losses: random ellipsoids, c uniform in [−{bound}, {bound}]³ outside "
                          "the ball\n{l2_part}; 95 % intervals ±{half} points"),
        "b3_share_depends": "Shares depend\non how losses\nare drawn",
        "b3_share_l2_none": "L2: none of {samples} optima has a 0",
        "b3_share_l2_some": "L2: {l2} of {samples} optima have a 0",
        "b3_zero_join": " = ",
        "pen_title": "Penalty, gradient, proximal step: L1 against L2",
        "pen_penalty": "penalty P: |β| and β²",
        "pen_objective": "½β² − gβ + λ·P(β) − min",
        "pen_gradient": "slopes: sign(β) and 2β",
        "pen_prox": "proximal step, λ = {lam}",
        "pen_gradient_note": (
            "slope = pull towards 0\n"
            "|β|: 1 however small β\n"
            "β²: 2β, fades near 0"
        ),
        "pen_hold_note": (
            "min ½β² − gβ + λ·P(β)\n"
            "L1: β* = 0 if |g| ≤ λ = {lam}\n"
            "L2 only scales: β* = g/{inv}"
        ),
        "pen_prox_note": (
            "min ½(β − v)² + λ·P(β)\n"
            "L1: β* = 0 for |v| ≤ λ = {lam}\n"
            "L2: β* = v/(1+2λ) = v/{inv}"
        ),
        "pen_prox_reading": "v = {v}  →  L1: {a},  L2: {s}",
        "pen_equal": "equal",
        "pen_value_reading": "β = {b}:  |β| = {a},  β² = {s}",
        "pen_slope_reading": "β = {b}:  slopes 1 and 2β = {g}",
        "pen_slope_zero": "β = 0: |β| has no slope, any value in [−1, 1]; 2β = 0",
        "pen_step_move": "gradient step on the loss:\nβ = {b} → v = {v}",
        "pen_step_l1": "L1 pulls v to {a}",
        "pen_step_l2": "L2 pulls v to {s}",
        "pen_hold_reading": "g = {g}:  β* L1 = {a},  L2 = {s}",
        "pen_pull_key": "g − β",
        "pen_g_meaning": (
            "g: how hard the data\npulls β away from 0\n(the loss's downhill\nslope at β = 0)"
        ),
        "pen_prox_same": "same balance as before,\nwith g = v: L1 stays\nat 0 while |v| ≤ λ",
        "pen_spread_l1_verdict": "L1: equal costs, {a} = {b}",
        "pen_spread_l2_verdict": "L2: spread w costs less, {a} < {b}",
        "pen_spread_weights": "w = ({w1}, {w2})",
        "pen_spread_l1": "L1: |w₁| + |w₂| = {c}",
        "pen_spread_l2": "L2: w₁² + w₂² = {c}",
        "pen_spread_shift": "moves w₁δ = {s}",
        "pen_spread_note": (
            "x₁ and x₂ measure one quantity: both w predict the same.\n"
            "An x₁ reading off by δ = {d} moves the prediction by w₁δ."
        ),
        "sub_pen_spread": (
            "Two copies of one signal. For L1 both w cost the same ({l1}); L2 prefers the "
            "spread one ({l2}). If the first reading is off by {d}, the prediction moves "
            "{near}, not {far}"
        ),
        "sub_pen_large": (
            "β² passes |β| at β = {b}: at β = {large} it costs {big}, {ratio} times |β|; "
            "large weights pay most"
        ),
        "sub_pen_shapes": "The two penalties: |β| has a corner at 0, β² is flat there",
        "sub_pen_gradient": (
            "A penalty's slope is its pull towards 0: size 1 for |β| at every β ≠ 0, "
            "2β for β², which fades near 0"
        ),
        "sub_pen_hold": (
            "g is how hard the data pulls β away from 0. "
            "The data's loss β²/2 − gβ is the simplest loss with its lowest point at β = g. "
            "We minimise it plus λ times the penalty (λ = {lam} here). "
            "The loss pulls β with force g − β: the pink line. "
            "Where that line meets a slope curve, pull and penalty cancel: that β is β*. "
            "As g grows to λ = {lam}, L1's β* stays at exactly 0 while L2's moves at once: "
            "g/{inv}. Past λ, L1's β* moves too: g − {lam}"
        ),
        "sub_pen_prox": (
            "The loss measures how badly β fits the data. A gradient step on it takes β "
            "from {b} to v = {v}: the pink arrows. Then the penalty pulls v back. "
            "That is the balance from before with g = v, so the same threshold: L1 gives "
            "exactly 0 while |v| ≤ λ = {lam}, else moves {lam} closer to 0. L2 scales by "
            "1/{inv}: never 0 unless v is"
        ),
        "bridge_title": "From a constraint to a penalty: one optimum, two ways",
        "bridge_constrained_l1": "constraint ‖β‖₁ ≤ {t}:  β* = ({beta})",
        "bridge_constrained_l2": "constraint ‖β‖₂ ≤ {t}:  β* = ({beta})",
        "bridge_balance_l1": "μ = |−∇f| / |s| = {g} / {s} = {mu}",
        "bridge_balance_l2": "μ = |−∇f| / |s| = {g} / {s} = {mu}",
        "bridge_normal_l1": "s = ({s1}, {s2}): mix of 2 edge normals",
        "bridge_normal_l2": "s = β*/t = ({s1}, {s2}): unit normal",
        "bridge_slope_l1": "s = a slope of ‖β‖₁ at β*: |s| = {s}",
        "bridge_slope_l2": "s = the slope of ‖β‖₂ at β*: |s| = {s}",
        "bridge_sparse_l1": "β₂ = {b2} exactly, as at the ball's corner",
        "bridge_sparse_l2": "β₂ = {b2}: shrunk, but not 0",
        "bridge_price": "price μ: t + {dt} lowers f by {drop} ≈ {dt}·μ",
        "bridge_stationary_l1": "β* on the ball: ∇f(β*) = −μ·s, s in the fan",
        "bridge_stationary_l2": "β* on the ball: ∇f(β*) = −μ·s, s = β*/t",
        "bridge_so_l1": "so with λ = μ = {lam}, β* is",
        "bridge_so_l2": "so with λ = μ/(2t) = {lam}, β* is",
        "bridge_penalised_at_l1": "the minimiser of f + λ‖β‖₁ (circled)",
        "bridge_penalised_at_l2": "the minimiser of f + λ‖β‖₂² (circled)",
        "bridge_pull_name": "−∇f",
        "bridge_normal_name": "μ·s",
        "bridge_s_zoomed": "s (×{zoom})",
        "bridge_loss_line": "f: the loss, lowest at c",
        "bridge_pull_line": "−∇f: the way f falls fastest",
        "bridge_zoom": "({zoom}× longer)",
        "bridge_fan_beta": "β* = ({b1}, {b2})",
        "bridge_fan_normal_l1": "−∇f/μ = s = ({s1}, a),  a = {s2}",
        "bridge_fan_normal_l2": "−∇f/μ = s = ({s1}, {s2}) = β*/t",
        "bridge_fan_note_l1": "each s in the fan is a subgradient",
        "bridge_fan_note_l2": "circle: one normal per point, so β* moves",
        "bridge_sweep_l1": "λ = {lam}  →  t = ‖β*(λ)‖₁ = {t}",
        "bridge_sweep_l2": "λ = {lam}  →  t = ‖β*(λ)‖₂ = {t}",
        "bridge_sweep_ball": "ball drawn: the equivalent budget t",
        "bridge_sweep_objective_l1": "β*(λ) minimises f + λ‖β‖₁",
        "bridge_sweep_objective_l2": "β*(λ) minimises f + λ‖β‖₂²",
        "bridge_pen_contours_l1": "f + λ‖β‖₁ contours",
        "bridge_pen_contours_l2": "f + λ‖β‖₂² contours",
        "claim_bridge": (
            "A constraint ‖β‖ ≤ t is a penalty at one λ; at the L1 corner a whole fan of"
            " normals keeps the zero"
        ),
        "sub_bridge_start": (
            "Minimise the loss f inside the ball of radius t = {t}: the first contour to touch it "
            "gives β* (green: it has an exact 0)."
        ),
        "sub_bridge_kkt": (
            "At β*, the loss's downhill pull (minus its gradient) is μ times s; arrows are "
            "drawn at {scale}× their length, s at {zoom}× that. s is the slope of the norm at "
            "β*. At L1's corner s is a mix of the two edge normals (a "
            "subgradient), so its length is not 1, and μ is the pull's length over s's. "
            "Below, {zoom}× longer: "
            "for L1 it is μ = {mu} copies of s."
        ),
        "sub_bridge_price": (
            "μ, the Lagrange multiplier, is the price of the budget: to first order a small "
            "step Δt lowers the lowest f in the ball by μ times Δt (here {drop}, not {approx}, "
            "for Δt = {dt})."
        ),
        "sub_bridge_fan": (
            "The loss slides: L1's β* stays at ({beta}), the circle's β* moves. Why: a corner "
            "has no gradient; every outward s = (1, a) with |a| ≤ 1 in this fan, the normal "
            "cone, counts (a subgradient)."
        ),
        "sub_bridge_same": (
            "At the constrained β*, f's gradient is −μ times s. So at λ = μ (L1) or μ/(2t) "
            "(L2), the penalised loss has no downhill direction at β*: β* minimises it too "
            "(circled)."
        ),
        "sub_bridge_lambda": (
            "As λ grows, the norm t of the penalised optimum β*(λ) shrinks; the ball drawn is "
            "that equivalent budget t. Back at λ = μ, the L1 optimum keeps its second coordinate "
            "at exactly {zero}, like the ball's corner; the L2 one has {b2}, not 0."
        ),
        "st_title": "Minibatch noise moves the lasso optimum more than the ridge optimum",
        "st_loss": (
            "loss = (1/(2m))‖y − Xβ‖²,\nm = {size} rows; λ₁, λ₂ the\nsame for every minibatch"
        ),
        "st_rho_shown": "ρ = corr(x₁, x₂) = {rho}",
        "st_say_start": "★: the full-data optimum,\nwhere its contour touches\nits ball",
        "st_rho_head": "ρ = {rho}",
        "st_lasso": "lasso (L1)",
        "st_ridge": "ridge (L2)",
        "st_lasso_loss": "loss + λ₁‖β‖₁",
        "st_ridge_loss": "loss + λ₂‖β‖₂²",
        "st_phase_full": "Shown: the full data",
        "st_phase_batch": "Shown: minibatch {k}\n★: the full data's optimum",
        "st_phase_batch_more": (
            "Shown: minibatch {k}\n(small dots: the earlier\nminibatches' optima)\n"
            "★: the full data's optimum"
        ),
        "st_phase_replay": (
            "Shown: minibatch {a} → {b}\nand back (in between: the\ntwo losses blended; "
            "small\ndots: all {batches})"
        ),
        "st_phase_cloud": (
            "Shown, ρ = {rho}: minibatch\noptima, added one by one up\nto all {batches}. "
            "λ₁, λ₂ fixed: each\nhas its own size; the balls\nand ★ are the full data's"
        ),
        "st_why": (
            "Each minibatch has its own\nball and contour (dashed: the\n"
            "full data's): the lasso's dot\nslides along a flat edge\n"
            "(thick) or jumps to a corner\n(green: a βᵢ is 0), while the\n"
            "circle holds ridge's dot\nnear ★."
        ),
        "st_why_flat": (
            "Each minibatch has its own\nball and contour (dashed: the\n"
            "full data's): the lasso's dot\nslides along a flat edge\n"
            "(thick), never to a corner,\nwhile the circle holds\nridge's dot near ★."
        ),
        "st_table_ratio": "lasso ÷ ridge",
        "st_table_ci": "ratio: 95 % CI",
        "st_table_zeros": "lasso: zeros ≠ ★'s",
        "st_table_key": (
            "Below, per ρ: how many\nminibatches have other\nzeros than ★, and the\n"
            "lasso's mean distance to ★\nover ridge's."
        ),
        "st_cell_ratio": "{ratio}×",
        "st_cell_ci": "{low}–{high}",
        "st_cell_zeros": "{count} of {batches}",
        "st_mech_head": (
            "The ρ = 0 row: x₁, x₂ uncorrelated, so each coefficient is a 1-D fit:\n"
            "b₁ of the first {count} minibatches, fitted three ways"
        ),
        "st_mech_ls": (
            "least squares: loss ½(b − b̂)²\nits fit b̂, one per minibatch\n"
            "mean distance to ★ {dev}"
        ),
        "st_mech_ridge": (
            "ridge: loss + λ₂b², λ₂ = {lam}\neach b̂ ÷ (1 + 2λ₂)\nmean distance to ★ {dev}"
        ),
        "st_mech_lasso": (
            "lasso: loss + λ₁|b|, λ₁ = {alpha}\neach b̂ moved λ₁ toward 0\n"
            "mean distance to ★ {dev}"
        ),
        "st_mech_zone": "|b̂| ≤ λ₁: the lasso gives 0",
        "st_mech_ratio": (
            "λ₁, λ₂ chosen so both ★ are about the same: ridge {ridge}, lasso {lasso} "
            "(half of {ls})\n"
            "ρ = 0: ridge divides each fit by 1 + 2λ₂ = {scale};\n"
            "the lasso's spread stays: {ratio}× ridge's (2-D: {measured}×)"
        ),
        "st_mech_far": (
            "ρ = {rho}: the loss barely\nrises along the dashed line\n"
            "(1, −1), the diamond's edge:\nthe lasso's dot slides far\n"
            "({far}× ridge's distance),\noften to a corner ({share} %);\n"
            "the circle bends away from it."
        ),
        "claim_sgd": (
            "SGD: away from 0, L1's constant slope lets iterates stray further than L2's pull "
            "2β; where a weight should be 0, L1 subgradient steps keep flipping its sign and "
            "proximal steps hold it at exactly 0"
        ),
        "claim_ols_ridge": (
            "With highly correlated features ridge is used because its fits vary far less "
            "than least squares' (a lower variance), at the price of shrinkage"
        ),
        "sgd_title": "Minibatch SGD: L1 against L2",
        "sgd_slope_beta": "β = {beta}",
        "sgd_slope_l1": "slope of |β|: sign(β) = {l1}",
        "sgd_slope_l2": "slope of β²: 2β = {l2}",
        "sgd_settings": (
            "ρ = {rho}, batches of {size}, η = {step}, penalty λ‖β‖₁ or λ‖β‖₂², λ = {lam} "
            "(λ is unrelated to ρ)"
        ),
        "sgd_def_sub": "subgradient step: β ← β − η(∇loss + λ·sign β)",
        "sgd_def_prox": "proximal step: a loss step, then each β moves ηλ toward 0, stopping at 0",
        "sgd_burn_note": (
            "burn-in, not counted: steps 1–{burn}; after it L1 still drifts slowly:\n"
            "along β₁ − β₂ a gap to its optimum halves only every {l1} steps (L2's: every {l2})"
        ),
        "sgd_optimum_key": "dashed yellow: each method's exact optimum",
        "sgd_l1_header": "L1, subgradient steps",
        "sgd_prox_header": "L1, proximal steps",
        "sgd_l2_header": "L2 (ridge)",
        "sgd_step_axis": "step",
        "sgd_distance": "mean distance: {dist}",
        "sgd_step_counter": "counted: steps {first}–{step}",
        "sgd_never": "No β crossed 0 in {steps} steps: sign(β) never jumped",
        "sgd_spread": "wobble: β₁ {sd1}, β₂ {sd2}",
        "sgd_offset": "drift: {offset}",
        "sgd_spread_terms": (
            "drift: the average iterate's distance from the optimum; "
            "wobble (sd): the scatter around it"
        ),
        "sgd_spread_head": (
            "Mean distance to the optimum after step {burn}:"
        ),
        "sgd_spread_sub": "L1 subgradient {dist}",
        "sgd_spread_prox": "L1 proximal {dist}",
        "sgd_spread_l2": "L2 {dist}",
        "sub_sgd_slopes": (
            "As β crosses 0, |β|'s slope jumps from −1 to +1; "
            "β²'s slope 2β passes smoothly through 0"
        ),
        "sub_sgd_steps": (
            "The same minibatches for all three, all from β = 0. The two L1 steps differ only "
            "near 0: there the proximal step can land on exactly 0"
        ),
        "sub_sgd_run": (
            "The first half was burn-in. From step {first} on we count each method's mean "
            "distance to its optimum; L1's iterates still drift slowly"
        ),
        "sub_sgd_spread": (
            "Away from 0 L1's slope is constant: along β1 − β2 only the data pull back, weakly, "
            "so L1 settles slowly and wobbles more; L2's 2λβ adds a pull"
        ),
        "ols_title": "Ridge against least squares, correlated features",
        "ols_rho": "x₁ and x₂: correlation ρ = {rho}",
        "ols_truth": "y = x₁ + x₂ + noise: true β = ({w1}, {w2})",
        "ols_lambda": (
            "least squares: minimise (1/(2m))‖y − Xβ‖², m = {size}\n"
            "ridge: minimise (1/(2m))‖y − Xβ‖² + λ‖β‖₂², λ = {lam}\n"
            "(λ is unrelated to ρ)"
        ),
        "ols_rows": "shown: {rows} of the {total} rows",
        "ols_batches": "{batches} minibatches of {size} rows",
        "ols_each": "on each: a least-squares fit and a ridge fit",
        "ols_what": (
            "Dot: a minibatch's β₁ − β₂.  Band: mean ± 1 standard deviation (sd)."
            "  Rows: same scale"
        ),
        "ols_ols_header": "least squares",
        "ols_ridge_header": "ridge (L2)",
        "ols_sd": "sd of β₁ − β₂: {sd}",
        "ols_full_fit": "full data: ({b1}, {b2})",
        "ols_batch_axis": "minibatch",
        "ols_inset": "y zoom ×{zoom}",
        "ols_ratio": "sd of β₁ − β₂: least squares {ols}, ridge {ridge}: {ratio}×",
        "ols_sum_sd": "sd of β₁ + β₂: least squares {sum_ols}, ridge {sum_ridge}: alike",
        "ols_distance": (
            "spread (mean distance to its own full-data fit): ridge {ratio}× less, "
            "not {sd_ratio}×"
        ),
        "ols_truth_error": (
            "mean distance to the truth ({w1}, {w2}): least squares {ols}, ridge {ridge}"
        ),
        "ols_distance_ci": "95 % range {low}–{high}: the ratio if the {batches} minibatches "
                           "were drawn again",
        "ols_why": "Xβ sees β₁ − β₂ only through x₁ − x₂, whose sd is just {minus} "
                   "(x₁ + x₂: {plus})",
        "ols_plane_ols": "least squares (the loss alone): {batches} fits",
        "ols_truth_name": "white ring: the truth ({w1}, {w2})",
        "ols_plane_ridge": "ridge: {batches} fits, near ({b1}, {b2})",
        "ols_plane_minus": "β₁ − β₂: least squares swings",
        "ols_plane_plus": "β₁ + β₂: both spread alike",
        "sub_ols_data": (
            "x1 and x2 are near copies (ρ = {rho}); the truth is β = (1, 1). "
            "On each of {batches} minibatches we fit least squares and ridge"
        ),
        "sub_ols_swing": (
            "On one scale: the least-squares fits swing along β1 − β2; "
            "the ridge fits hardly move"
        ),
        "sub_ols_inset": "Zoomed ×{zoom}, ridge's fits still scatter, far less",
        "sub_ols_shrink": (
            "Ridge's price is shrinkage: on all the data it fits ({r1}, {r2}), "
            "least squares ({o1}, {o2})"
        ),
        "sub_ols_ratio": (
            "Along β1 − β2 the correlated data carry almost no information: "
            "least squares swings {ratio}× as far as ridge"
        ),
        "sub_ols_distance": (
            "Along β1 + β2 both spread alike, so overall ridge spreads only "
            "{ratio}× less around its own fit, not {sd_ratio}×"
        ),
        "sub_ols_plane": (
            "In the (β1, β2) plane: least squares streaks along β1 − β2; ridge is a tight "
            "blob near ({b1}, {b2}), off the truth ({w1}, {w2}): less spread, more bias, yet "
            "on average nearer the truth ({ridge} against {ols})"
        ),
        "sgd_zero_setup": (
            "y = x₁ + noise, ρ = {rho}, λ = {lam1} (L1), {lam2} (L2): true β₂ = {w2}.  "
            "Shown: β₂ over {steps} steps"
        ),
        "sgd_zero_rho": (
            "ρ = {rho}, not {high}: at ρ = {high}, β₂ never reaches 0 in {steps} steps here"
        ),
        "sgd_zero_settings": (
            "dashed green: the lasso's β₂* = 0 exactly; dashed yellow: ridge's β₂*"
        ),
        "sgd_zero_lambdas": (
            "The λ differ: each makes its optimum half the least-squares size "
            "(‖β‖₁ for L1, ‖β‖₂ for L2)"
        ),
        "sgd_zoom_note": (
            "magnified: steps {first}–{last}, a dot per step, rows {span} high; "
            "white ring: β₂ crosses 0"
        ),
        "sgd_zero_sub_header": "L1 subgradient",
        "sgd_zero_prox_header": "L1 proximal (green = 0)",
        "sgd_zero_l2_header": "L2 (ridge)",
        "sgd_zero_counter": "{flips} sign flips, {zeros} steps at 0",
        "sgd_zero_why": (
            "The flips come from the subgradient step; the proximal step holds β₂ at 0.\n"
            "L2 is smooth but biased: β₂* = {bias}, not the true 0."
        ),
        "sub_sgd_zero": (
            "Now y = x1 + noise: the lasso's β2* is exactly 0. ρ drops to {rho}: at {high}, "
            "β2 would not reach 0 in {steps} steps"
        ),
        "sub_sgd_zero_counts": (
            "Subgradient β2: {flips} sign flips. Proximal β2: exactly 0 at {zeros} of "
            "{steps} steps"
        ),
        "sub_sgd_zoom": (
            "Steps {first} to {last}, one dot each: the subgradient β2 crosses zero {flips} times, "
            "the proximal β2 stays at exactly 0, ridge's takes small steps far above 0"
        ),
        "sub_sgd_zero_why": (
            "Near 0 a subgradient step overshoots, so β2 flips sign; the proximal step lands on "
            "exactly 0. L2 is smooth but biased: its β2* lies above the true 0"
        ),
        "path_title_drop": "Shrink the budget t: L1 drops a feature{l2}",
        "path_title_back": "Shrink the budget t: L1 drops a feature, then takes it back{l2}",
        "path_title_none": "Shrink the budget t: L1 has no exact 0 down to t = {end}{l2}",
        "path_title_l2": ", L2 shrinks both",
        "path_x_label": "budget t, one for both balls: ‖β‖₁ ≤ t, ‖β‖₂ ≤ t",
        "path_zeroed": "L1: β{index}* = 0 exactly from t = {radius} down",
        "path_zeroed_until": "L1: β{index}* = 0 exactly for {until} ≤ t ≤ {radius}",
        "path_revived": "L1: β{index}* ≠ 0 again below t = {radius}",
        "path_contour_l1": "loss contour touching L1",
        "path_contour_l2": "touching L2",
        "path_free_l1": "L1: β* = c while t ≥ ‖c‖₁ = {radius} (c in the diamond)",
        "path_free_l2": "L2: β* = c while t ≥ ‖c‖₂ = {radius} (c in the circle)",
        "path_shrink_cue": "t shrinks →",
        "path_stronger": "stronger penalty",
        "path_lambda_axis": (
            "λ, lasso only: the penalty with the same optimum"
        ),
        "path_zoom_name": "zoomed ×{factor}",
        "path_y_name": "β*",
        "path_note_l1": "L1: β{index}* = 0 exactly for every t ≤ {radius}",
        "path_note_l1_none": "L1: neither coefficient is 0 for t ≥ {end}",
        "path_note_l2_shrink": "L2 (ridge): both shrink; neither is 0 before t = 0",
        "path_note_l2_nonzero": "L2 (ridge): neither coefficient is 0 before t = 0",
        "path_note_l2_cross": "L2 (ridge): β{l2_index}* is 0 only at t = {l2_t}, crossing the axis",
        "path_note_names": (
            "Smaller t, larger λ: for the lasso, t = {t} is λ = {lam}"
        ),
        "path_pair": "t = {t} ↔ λ = {lam}",
        "sub_tan_problem_l1": (
            "Minimise the loss while β stays inside the L1 ball, a diamond of radius t"
        ),
        "sub_tan_problem_l2": (
            "Minimise the loss while β stays inside the L2 ball, a circle of radius t"
        ),
        "sub_tan_grow": "Grow the loss contours out from c until one first touches the ball",
        "sub_tan_vertex": (
            "Here the first touch is a corner on an axis: one coefficient is exactly 0 (sparse)"
        ),
        "sub_tan_edge": "The first touch is on a flat edge: both coefficients stay non-zero",
        "sub_tan_boundary": (
            "Here the first touch is on the round edge: both coefficients are non-zero, shrunk"
        ),
        "sub_tan_interior": "c lies inside the ball, so the constraint does not bind: β* = c",
        "sbs_title_pair": "Where the loss first touches: usually a corner (L1), the edge (L2)",
        "sbs_title_l1": "Why L1 gives exact zeros: the contour usually first touches a corner",
        "sbs_title_l2": "Why L2 keeps every weight: the circle has no corners",
        "sbs_header_l1": "L1 ball (diamond)  ‖β‖₁ ≤ {radius}",
        "sbs_header_l2": "L2 ball (circle)  ‖β‖₂ ≤ {radius}",
        "sbs_optimum": "β* = ({{}}, {{}})",
        "sbs_no_zero_l1": "both non-zero (on an edge)",
        "sbs_no_zero_l2": "non-zero, both shrunk toward 0",
        "sbs_inside": "c is inside the ball: β* = c",
        "sbs_exactly": " exactly",
        "sbs_counter": "with a 0: {{}} % of the time so far",
        "sbs_counter_done": "with a 0: {share} % of this turn's time",
        "sbs_same_loss": (
            "The same loss on both:\nits contours, nested\naround c = ({center}),\n"
            "its lowest point (the\nfit with no limit).\nEach number: the loss\non that contour"
        ),
        "sbs_grow": (
            "Let the contour grow\nout from c: the first\npoint where it touches\n"
            "a ball is its optimum"
        ),
        "sbs_cone": (
            "Up close (×{zoom}): both\nedges go uphill. At the\noptimum the loss falls\n"
            "fastest out of the ball:\ninto the fan; for L2,\nthe outward arrow"
        ),
        "sbs_normal_l2": "outward",
        "sbs_zoom_down": "down",
        "sbs_zoom_rise": "uphill",
        "sbs_zoom_out": "fan",
        "sbs_zoom_level": "loss {level}",
        "sbs_turn": (
            "The loss turns once\nround the origin,\nclockwise, its shape\n"
            "kept: the L1\noptimum waits\non corners"
        ),
        "sbs_grow_inside": (
            "c lies inside both\nballs: each optimum\nis c itself; no\ncontour has to grow"
        ),
        "sbs_turn_follow": (
            "The loss turns once\nround the origin,\nclockwise, its shape\n"
            "kept: both optima\nfollow it"
        ),
        "sbs_recap_even": (
            "An exact 0 for\n{l1} % of this turn's\ntime with L1, for\n{l2} % with L2"
        ),
        "sbs_recap_pair": (
            "A corner sticks out:\nit catches a whole\nrange of directions;\nL2 only passes\n"
            "through the axes"
        ),
        "sbs_recap_l1": "A corner sticks out:\nit catches a whole\nrange of directions",
        "sbs_recap_l2": "The circle has no\ncorner: L2 glides,\npassing through\nthe axes",
        "sbs_walk_l1": "|β₁| + |β₂|\n= {{}} + {{}} = {{}}",
        "sbs_walk_l2": "√(β₁² + β₂²)\n= √({{}} + {{}}) = {{}}",
        "sbs_rings": (
            "Each ball is one\ncontour of its norm:\nevery point of its\n"
            "edge has the norm {radius}.\nThe faint lines inside:\nthe norm {inner}"
        ),
        "sub_sbs_balls": (
            "Each ball's edge is a contour of its norm:\nthe same value, {radius}, at every point"
        ),
        "sub_sbs_problem": "The same loss on both balls:\nits contours are nested around c",
        "sub_sbs_grow": "Grow the contour out from c:\nits first touch is the optimum",
        "sub_sbs_touch_corner": (
            "L1 is touched at a corner, with a coefficient exactly 0; L2 on its round edge, "
            "with none. Along both edges of the corner the loss rises; its fastest way down "
            "lies in the corner's fan, the directions between its two edges' normals"
        ),
        "sub_sbs_touch": "Each ball's optimum: its first touch,\nor c itself when c lies inside",
        "sub_sbs_grow_inside": "c lies inside both balls:\neach optimum is c itself",
        "sub_sbs_turn_stick": (
            "The loss turns once round the origin:\nL1 mostly sits on corners, L2 glides"
        ),
        "sub_sbs_turn": "Now the loss turns once round the origin:\nwatch both optima follow it",
        "sub_sbs_recap": (
            "An exact 0 for {l1} % of this one turn's time\nwith L1, for {l2} % with L2"
        ),
        "claim_side_by_side": (
            "One loss on both balls: it first touches the L1 diamond at a corner (an exact 0) "
            "and the L2 circle on its round edge"
        ),
        "sub_path_start": (
            "c is the loss's lowest point, the fit with no limit. One budget t for both "
            "balls; at t = {start}, c's L1 norm, both hold c"
        ),
        "sub_path_shrink": (
            "Below t = {binding}, c's L2 norm, the circle binds; above it L2's optimum is c"
        ),
        "sub_path_drop": (
            "At t = {radius} the L1 optimum lands on the axis: β{index} = 0 exactly, and "
            "stays 0 below"
        ),
        "sub_path_drop_until": (
            "At t = {radius} the L1 optimum lands on the axis: β{index} = 0 exactly, down to "
            "t = {until}"
        ),
        "sub_path_revive": (
            "Below t = {radius} the L1 optimum leaves the axis: β{index} is non-zero again"
        ),
        "sub_path_end_shrink": (
            "L2 shrinks both, neither 0. We stop at t = {end}: at t = 0 both optima are 0"
        ),
        "sub_path_end_nonzero": (
            "L2 keeps both non-zero. We stop at t = {end}: at t = 0 both optima are 0"
        ),
        "sub_path_end_cross": (
            "L2's β{l2_index} only crosses 0, at t = {l2_t}. We stop at t = {end}: at t = 0 "
            "both optima are 0"
        ),
        "sub_path_zoom": "Zoomed in ×{factor}: both optima at t = {end}, side by side",
        "sub_path_names": (
            "A smaller budget t means a larger penalty λ. L1 is the lasso, which selects "
            "features; L2 is ridge"
        ),
        "sub_rvl_start": "Linear regression on the diabetes data: lasso (L1) and ridge (L2)",
        "sub_rvl_start_csv": "Linear regression of {target}: lasso (L1) and ridge (L2)",
        "sub_corr_start": (
            "Lasso left, ridge right; c lies outside both: each budget t is a little over "
            "half of c's norm. ρ is the model's correlation, r this sample's: at ρ = 0, r is "
            "{r}, so the contours lean along (1, 1)"
        ),
        "sub_corr_sweep": (
            "As ρ grows the contours stretch along (1, −1): the lasso slides to a corner, the "
            "ridge stays near the diagonal"
        ),
        "sub_corr_inset": (
            "Zoomed in {zoom} times; on the left the gap to the edge is also drawn wider: the "
            "contour touches only the corner"
        ),
        "sub_corr_draws": (
            "Back at the lasso's corner, redraw the data: the lasso keeps x1 in some draws, x2 "
            "in others; the ridge splits evenly each time. Which corner wins turns on the "
            "contours' slight tilt against the edge, not on which axis c is nearer"
        ),
        "sub_corr_end": (
            "When the lasso drops a twin, which one is chance; ridge keeps both: why it is used "
            "for correlated features"
        ),
        "sub_cloud_start": (
            "Each random loss has a centre c; its contour grows from c until it touches "
            "the ball"
        ),
        "sub_cloud_pile": (
            "Hundreds of centres, coloured by their optimum: on the L1 side most are green, "
            "on the L2 side none"
        ),
        "sub_cloud_exact": (
            "Over {samples} such losses: {l1} % of L1 optima have an exact zero, "
            "{l2} % of L2"
        ),
        "sub_cloud_zones": (
            "Why: for a round loss, every centre in a wedge beyond a tip lands exactly on "
            "that tip"
        ),
        "sub_cloud_tilt": (
            "A tilted loss skews the wedges; random shapes blur them into the green areas. "
            "The share depends on the losses drawn; the wedges are exact"
        ),
        "sub_cloud_zoom": (
            "Zoomed in: at the tip both ways go uphill at once; the circle is flat at first. "
            "Tilt the loss: "
            "the tip holds, the circle's optimum slides"
        ),
        "sub_cloud_recap": (
            "Corners catch whole wedges of centres: {l1} % of {samples} L1 optima have a "
            "zero, L2 none"
        ),
        "sub_b3_vertex_grow": (
            "In 3-D the L1 ball is an octahedron: a loss contour grows to touch it"
        ),
        "sub_b3_vertex_touch": "It touches a vertex: two coefficients are exactly 0",
        "sub_b3_vertex_turn": ("Seen from aside, the vertex stands out; turned back, the two "
                               "meet only there"),
        "sub_b3_edge_grow": "Another loss: its contour grows until it touches the octahedron",
        "sub_b3_edge_touch": "This one touches an edge: one coefficient is exactly 0",
        "sub_b3_edge_turn": ("Seen from aside, the touched edge stands out; turned back, they "
                             "meet at one point"),
        "sub_b3_face_grow": "A third loss grows until it touches the octahedron",
        "sub_b3_face_touch": "They touch at one point, where no coefficient is 0",
        "sub_b3_face_turn": ("Seen from aside, the point lies inside a face: L1 gives zeros "
                             "often, not always"),
        "sub_b3_boundary_grow": ("The L2 ball is a sphere; the first loss grows again until it "
                                 "touches it"),
        "sub_b3_boundary_touch": "It touches the sphere where no coefficient is 0",
        "sub_b3_boundary_turn": ("The sphere has no vertex and no edge: like a face, its touch "
                                 "leaves no zero"),
        "sub_b3_share": ("Of {samples} random losses, {vertex} % touch a vertex, {edge} % an "
                         "edge and only {face} % a face"),
        "claim_title": "The lesson: why L1 gives exact zeros and L2 small, spread-out weights",
        "claim_recap": (
            "L1 against L2: shape, touch, zeros, budget and penalty, minibatch refits, SGD,"
            " real data, name, use"
        ),
        "lesson_title": "Why L1 gives exact zeros and L2 small, spread-out weights",
        "lesson_promise": (
            "A loss, a budget t, and where the loss's contour first touches the ball ‖β‖ ≤ t"
        ),
        "key_heading": "In every video, each colour means:",
        "key_l1": "L1: the diamond ‖β‖₁ ≤ t, lasso",
        "key_l2": "L2: the circle ‖β‖₂ ≤ t, ridge",
        "key_loss": "the loss: its centre c, its contours",
        "key_optimum": "an optimum with no coefficient 0",
        "key_zero": "an optimum with an exact 0;\nshaded: L1 gives one if c is here",
        "key_others": "any other colour: no fixed meaning,\nnamed where it is drawn",
        "sub_title_start": "Why does L1 give exact zeros, and L2 small, spread-out weights?",
        "sub_title_key": "Five colours, one meaning each, in every video",
        "sub_title_l1": "Orange: the L1 ball, the diamond of the lasso",
        "sub_title_l2": "Blue: the L2 ball, the circle of ridge regression",
        "sub_title_loss": "Pink: the loss, its centre c and its contours",
        "sub_title_optimum": "Yellow: an optimum where no coefficient is 0",
        "sub_title_zero": (
            "Green: an exact 0. Shaded: for this loss's shape, L1 gives one when c "
            "lies here (video 3 shows why)"
        ),
        "sub_title_others": "Any other colour has no fixed meaning; each video names what it draws",
        "recap_title": "L1 against L2: what the lesson showed",
        "recap_question": "question",
        "recap_l1": "L1 (lasso)",
        "recap_l2": "L2 (ridge)",
        "recap_shape": "the ball",
        "recap_shape_l1": "diamond: corners on axes",
        "recap_shape_l2": "circle: no corners",
        "recap_touch": "the loss turned",
        "recap_touch_l1": "corner: {touch_share} % of the turn",
        "recap_touch_l2": "on axis: {touch_l2} % of the turn",
        "recap_zeros": "exact zeros",
        "recap_zeros_l1": "centres in 4 wedges",
        "recap_zeros_l2": "centres on 4 rays only",
        "recap_spread": "weight split in 2",
        "recap_spread_l1": "|β| cost: {cost_l1_one} → {cost_l1_two}",
        "recap_spread_l2": "β² cost: {cost_l2_one} → {cost_l2_two}",
        "recap_penalty": "as a penalty*",
        "recap_loss": "* min f + λ‖β‖₁, f + λ‖β‖₂²; f = (β − c)ᵀA(β − c), c = ({c}), A = {matrix}",
        "recap_penalty_l1": "‖β‖₁ ≤ {t} same as λ = {lam_l1}",
        "recap_penalty_l2": "‖β‖₂ ≤ {t} same as λ = {lam_l2}",
        "recap_stability": "refits, ρ {rho_low}→{rho_high}",
        "recap_stability_l1": "{ratio_low}–{ratio_high}× as far as L2",
        "recap_stability_l2": "moves less, has no zeros",
        "recap_sgd": "SGD: distance",
        "recap_sgd_l1": "subgr. {sgd_l1}, prox. {sgd_prox}",
        "recap_sgd_l2": "{sgd_l2} from optimum",
        "recap_data": "diabetes data",
        "recap_data_l1": "{data_l1} of {data_p} ≠ 0 at s = {data_pct} %",
        "recap_data_l2": "{data_l2} of {data_p} ≠ 0 at s = {data_pct} %",
        "recap_features": "n = {hd_n} features",
        "recap_features_l1": "mean: {hd_l1_count} of {hd_n} are 0",
        "recap_features_l2": "none of {hd_n} is ever 0",
        "recap_lasso": "lasso = Least Absolute Shrinkage and Selection Operator",
        "sub_recap_features": (
            "With {hd_n} features (round losses, budget half of c's norm), every L1 optimum had "
            "at least one zero, {hd_count} on average; no L2 optimum had one"
        ),
        "recap_use": "use it",
        "recap_use_l1": "lasso: selects features",
        "recap_use_l2": "ridge: keeps every feature",
        "sub_recap_start": "To close: L1 against L2, one question at a time",
        "sub_recap_shape": "L1's ball is a diamond with corners on the axes; L2's is round",
        "sub_recap_touch": (
            "Side-by-side video: as the loss turned once, L1's optimum sat on a corner "
            "{touch_share} % of the turn, L2's on an axis {touch_l2} %"
        ),
        "sub_recap_zeros": (
            "For a round loss, centres in the green wedges give L1 an exact 0; for L2, only 4 "
            "rays"
        ),
        "sub_recap_spread": (
            "A weight split over two copies of a feature: L1 charges the same, L2 half"
        ),
        "sub_recap_penalty": (
            "For the loss f below, the budget t = {t} is a penalty: λ = {lam_l1} for L1, "
            "{lam_l2} for L2"
        ),
        "sub_recap_sgd": (
            "Under SGD at ρ = {sgd_rho}, the L1 steps (subgradient, proximal) stay {sgd_ratio}× "
            "and {prox_ratio}× as far from their optimum as ridge: L2's pull 2β grows as an "
            "iterate strays, L1's stays the same size"
        ),
        "sub_recap_data": (
            "Diabetes data, budget share s = {data_pct} % of the norm of the least-squares fit:\n"
            "the lasso keeps {data_l1} of {data_p} coefficients, ridge {data_l2}"
        ),
        "sub_recap_stability": (
            "Minibatch refits, correlation ρ {rho_low} to {rho_high}: the lasso moves "
            "{ratio_low}× to {ratio_high}× as far as ridge,\nand at high ρ which coefficients "
            "are 0 changes from refit to refit"
        ),
        "sub_recap_end": "The whole table: pause here to keep it",
        "sub_recap_use": (
            "Use the lasso to select features; of two correlated twins it often keeps one, "
            "which one is chance; ridge keeps both"
        ),
        "sub_st_start": "Minibatches of {size} rows, refit by lasso and ridge",
        "sub_st_batches": (
            "Fixed λ1 and λ2 on a minibatch's loss amount to fitting it inside a ball of its "
            "own size; the lasso's dot slides along an edge and jumps to a corner, ridge's stays "
            "near the star"
        ),
        "sub_st_batches_flat": (
            "Fixed λ1 and λ2 on a minibatch's loss amount to fitting it inside a ball of its "
            "own size; the lasso's dot slides along an edge, never to a corner, ridge's stays "
            "near the star"
        ),
        "sub_st_step": (
            "As ρ grows the lasso lands on average {r0}×, {r1}×, {r2}× as far from the star as "
            "ridge; "
            "{s0}, {s1} and {s2} % of minibatches change its zeros"
        ),
        "sub_st_mech": (
            "Why, in 1-D (orthogonal features): ridge divides each fit, noise too, by 1 + 2λ2; "
            "the lasso only shifts it λ1 toward 0, so its spread stays"
        ),
        "sub_st_far": (
            "At ρ = {rho} the loss barely rises along the dashed line, the diamond's edge: from "
            "minibatch {a} to {b} the lasso's optimum slides from corner to corner, ridge's "
            "barely moves; the circle bends away from the line"
        ),
        "explore_title": "Why L1 gives exact zeros: drag the loss, watch the optimum",
        "explore_hint": ("Drag c: on the diamond the optimum sticks to a corner for a whole "
                         "region of c; on the circle it glides."),
        "explore_why": ("Why: at a corner, contours of many slopes can touch the ball, so a "
                        "whole region of c lands there; the circle has one tangent at each "
                        "point, so only c on a thin line lands on an axis."),
        "explore_why_penalised": ("Why: the lasso's penalty λ‖β‖₁ has a kink at 0, so for a "
                                  "whole region of c the optimum keeps an exact 0; ridge's "
                                  "λ‖β‖₂² is smooth there, so only c on a line gives one."),
        "explore_singular_note": ("A is singular: the regions of c that give an exact 0 are not "
                                  "drawn here, and the optimum may be a whole segment."),
        "explore_swatch_zero": "an optimum with an exact 0",
        "explore_swatch_optimum_segment": ("an optimum with no coefficient 0; also a whole "
                                           "segment of optima and its dot, whatever their "
                                           "zeros"),
        "explore_reverted": "{field}: {problem}; kept {kept}.",
        "explore_problem_constrained": ("min f(β) = (β − c)ᵀA(β − c)  subject to  N(β) ≤ t, "
                                        "where N(β) is the ball's size of β (‖β‖₁ for L1, "
                                        "‖β‖₂ for L2; each panel's title names its N)"),
        "explore_problem_penalised": ("min f(β) + λP(β),  with f(β) = (β − c)ᵀA(β − c) and "
                                      "P(β) the penalty (‖β‖₁ for the lasso, ‖β‖₂² for "
                                      "ridge; each panel's title names its P)"),
        "explore_controls_label": "Controls: ball, form and loss",
        "explore_noscript": "This page needs JavaScript to solve and draw.",
        "explore_view_legend": "Ball",
        "explore_view_both": "L1 and L2 side by side",
        "explore_view_l1": "L1: diamond (LASSO)",
        "explore_view_l2": "L2: circle (ridge)",
        "explore_view_enet": "Elastic net: between the two",
        "explore_view_lp": "Lp ball",
        "explore_rho_label": "ρ, the share of L1 (0: circle, 1: diamond)",
        "explore_p_label": "p (1: diamond, 2: circle)",
        "explore_form_legend": "Form",
        "explore_form_constrained": "Constrained: N(β) ≤ t",
        "explore_form_penalised": "Penalised: min f(β) + λP(β)",
        "explore_form_lp_note": ("No penalised form for the Lp ball here: only L1, L2 and the "
                                 "elastic net have one."),
        "explore_radius_label": "Radius t (the ball reaches ±t on each axis)",
        "explore_lam_label": "λ, the weight of the penalty",
        "explore_loss_legend": "Loss f(β) = (β − c)ᵀA(β − c)",
        "explore_center_note": "Centre c (or drag it in the picture)",
        "explore_shape_note": "Shape: the contour f = 1 is an ellipse with these half-axes",
        "explore_axis1_label": "Half-axis 1",
        "explore_axis2_label": "Half-axis 2",
        "explore_angle_label": "Angle of half-axis 1 (degrees)",
        "explore_matrix_note": "Or type A = [[a, b], [b, d]] (symmetric positive semi-definite)",
        "explore_canvas_label": ("Drag the loss centre c, or move it with the arrow keys "
                                 "(Shift: bigger steps)."),
        "explore_canvas_name": "{title}. {help}",
        "explore_number_label": "{field}, value",
        "explore_key_title": "Colours",
        "explore_key_touch": ("Thick contour: the level set through β* (two lines when A is "
                              "singular), where the loss meets the ball"),
        "explore_key_segment": "Thick line in β*'s colour: a whole segment of optima (A singular)",
        "explore_panel_l1": "L1: ‖β‖₁ ≤ t, the diamond (LASSO)",
        "explore_panel_l2": "L2: ‖β‖₂ ≤ t, the circle (ridge)",
        "explore_panel_enet": "Elastic net, ρ = {rho}: ρ‖β‖₁ + (1 − ρ)‖β‖₂² ≤ ρt + (1 − ρ)t²",
        "explore_panel_lp": "Lp ball, p = {p}: ‖β‖ₚ ≤ t",
        "explore_pen_l1": "LASSO: min f(β) + λ‖β‖₁",
        "explore_pen_l2": "Ridge: min f(β) + λ‖β‖₂²",
        "explore_pen_enet": "Elastic net, ρ = {rho}: min f(β) + λ(ρ‖β‖₁ + (1 − ρ)‖β‖₂²)",
        "explore_out_multiplier": ("μ = {mu} (Lagrange multiplier; 0 when the constraint does "
                                   "not bind)"),
        "explore_out_where": "{face}: {zeros}",
        "explore_face_vertex": "On a corner",
        "explore_face_edge": "On an edge",
        "explore_face_boundary": "On the boundary",
        "explore_face_interior": "In the ball",
        "explore_face_origin": "At the origin",
        "explore_zeros_none": "no coefficient is exactly 0",
        "explore_zeros_one": "{name} = 0 exactly",
        "explore_zeros_both": "β₁* = β₂* = 0 exactly",
        "explore_free_note": "c is inside the ball: the constraint does not bind (β* = c, μ = 0).",
        "explore_flat_note": ("The constraint does not bind (μ = 0): the loss reaches its least "
                              "value, 0, in the ball."),
        "explore_out_segment": ("Not unique: a whole segment, from ({x1}, {y1}) to ({x2}, "
                                "{y2}), is optimal; the dot is one of its points."),
        "explore_face_chord": "On a chord of the ball",
        "explore_face_segment_edge": "On an edge, all of it optimal",
        "explore_seg_zeros_none": "no optimal point has an exact 0",
        "explore_seg_zeros_some": "an exact 0 only at {points}; {dot}",
        "explore_seg_dot_zero": "the dot is one of them",
        "explore_seg_dot_none": "the dot has none",
        "explore_seg_and": " and ",
        "explore_seg_flat_note": ("The constraint does not bind (μ = 0): f reaches its least "
                                  "value, 0, all along the segment."),
        "explore_zeros_segment": "{zeros} all along the segment",
        "explore_lp_not_convex": ("For p < 1 this “ball” is not convex and ‖β‖ₚ is not a "
                                  "norm."),
        "explore_lp_no_mu": ("β* is found numerically along the boundary; μ is not computed "
                             "here."),
        "explore_link_l1": "The penalised form f(β) + λ‖β‖₁ with λ = μ has the same β*.",
        "explore_link_enet": ("The penalised form f(β) + λ(ρ‖β‖₁ + (1 − ρ)‖β‖₂²) with λ = μ "
                              "has the same β*."),
        "explore_link_l2": ("The penalised form f(β) + λ‖β‖₂² with λ = μ / (2t) = {link_lam} has "
                            "the same β*."),
        "explore_shade": "Shaded: if c is here, {ball} gives an exact 0",
        "explore_shade_in": ("Shaded: if c is here, {ball} gives an exact 0; c is in the "
                             "outlined region"),
        "explore_shade_l1": "L1",
        "explore_shade_enet": "this elastic net",
        "explore_rays": ("Thin lines: the only c outside the ball for which {ball} gives an "
                         "exact 0 (a set of area 0)"),
        "explore_rays_l2": "L2",
        "explore_rays_lp": "this Lp ball",
        "explore_rays_enet": "this elastic net",
        "explore_short_enet": "Elastic net",
        "explore_say_center": "c = ({c1}, {c2}).",
        "explore_say_panel": "{ball}: β* = ({b1}, {b2}), {zeros}.",
        "explore_say_segment": "{ball}: not unique, a whole segment is optimal.",
        "explore_say_zero_one": "{name} exactly 0",
        "explore_say_zero_both": "β₁* and β₂* exactly 0",
        "explore_say_zero_none": "no zero",
        "explore_say_gap": " ",
        "explore_refused_switch": "Not switched to “{choice}”: {problem}.",
        "explore_pen_ball": ("Dashed: the ball with t = {t}; with this t the constrained problem "
                             "has the same optimum."),
        "explore_pen_zero": "β* = 0: the ball through it shrinks to the point 0.",
        "explore_error": "{field}: {problem}. Enter {allowed}.",
        "explore_problem_empty": "empty",
        "explore_problem_text": "“{got}” is not a number",
        "explore_problem_range": "{got} is out of range",
        "explore_problem_matrix": "A = [[{a}, {b}], [{b}, {d}]] is not positive semi-definite",
        "explore_problem_solver": "no optimum could be computed",
        "explore_problem_zero": "A = 0 is no loss",
        "explore_problem_flat": "with a singular A, λ = 0 has no single optimum",
        "explore_problem_ridge": ("the penalised lasso (or elastic net with ρ = 1) needs A "
                                  "positive definite (a > 0 and ad > b²), and this A is "
                                  "singular; ridge, and the elastic net with ρ < 1, do not"),
        "explore_allowed_between": "a number from {low} to {high}",
        "explore_allowed_below": "a number from {low} up to, but not including, {high}",
        "explore_allowed_positive": "a number greater than 0 and at most {high}",
        "explore_allowed_matrix": "a, b, d with a ≥ 0, d ≥ 0 and ad ≥ b², not all 0",
        "explore_allowed_definite": ("a, b, d with a > 0 and ad > b² (or switch to the "
                                     "constrained form)"),
        "explore_field_radius": "Radius t",
        "explore_field_axis1": "Half-axis 1",
        "explore_field_axis2": "Half-axis 2",
        "explore_field_angle": "Angle",
        "explore_field_matrix": "Matrix A",
        "explore_field_entry": "Matrix A, entry {name}",
    },
    "zh": {
        **_SHARED,
        "claim_l1": "L1 的等高线是菱形，角在坐标轴上；接触点是一个角",
        "claim_l2": "L2 的等高线是圆；接触点在圆形边界上，两个系数都不为零",
        "claim_cloud": "L1 的角让大多数最优解变得稀疏：在随机损失上测量",
        "claim_ball3d": "三维中，八面体的顶点和棱带来零系数，面上则没有",
        "claim_high_dim": "维数越高，越多 L1 最优解有恰好为 0 的系数；L2 最优解没有零",
        "claim_lp_family": "只有角在坐标轴上的球才会给出零：Lp 家族与弹性网络",
        "claim_path": "预算缩小时 L1 剔除一个特征；L2 整体收缩，权重分散",
        "claim_correlated": "特征相关时岭回归平分权重，LASSO 只保留一个",
        "claim_penalty": "梯度 sign(b) 对比 2b；近端步把小值变成 0",
        "claim_stability": "平均而言，小批量噪声让 L1 最优解比 L2 最优解移动得更多",
        "claim_tangency": "任意损失、任意半径：等高线与球的第一个接触点",
        "ball_l1": "L1 球",
        "ball_l2": "L2 球",
        "title_vertex": "{ball}：这里损失等高线最先碰到一个角",
        "title_edge": "{ball}：这里损失等高线最先碰到一条直边",
        "title_boundary": "{ball}：这里损失等高线最先碰到圆形边界",
        "title_interior": "{ball}：损失自身的最小值就在球内",
        "caption_touch": (
            "c：损失自身的最小值，即不加惩罚的解。\n从 c 向外扩大等高线：\n"
            "第一次碰到球的那个点就是最优解"
        ),
        "caption_interior": "c 在球内：\n损失自身的最小值是允许的",
        "note_vertex": "一个角：{zeros}，\n恰好为零，解是稀疏的",
        "note_edge": "一条直边：两个系数\n都不为零",
        "note_boundary": "圆形边界：两个系数都不为零，\n都向 0 收缩",
        "note_interior": "c 在球内：\n约束不起作用",
        "note_not_unique": "解不唯一：球上的一整段\n都是最优解",
        "claim_ridge_vs_lasso": (
            "LASSO 逐个纳入特征并让其余系数恰好为 0；岭回归整体收缩，只会穿过 0"
        ),
        "rvl_title": "惩罚逐渐放松：LASSO 一个接一个地纳入特征，岭回归一次纳入全部",
        "rvl_note_lasso": (
            "LASSO，s = {share}：恰好为 0，并在一整段 s 区间上保持为 0：{names}"
        ),
        "rvl_note_ridge": "岭回归：没有系数停留在 0；在标出的点穿过 0 后继续变化：{names}",
        "sub_rvl_sweep": (
            "放松惩罚：LASSO 逐个纳入特征（每个特征进入时高亮，并在图下标出名字）；"
            "岭回归让所有系数同时变为非零{leaves}"
        ),
        "sub_rvl_zeros": (
            "高亮的是 s = {share} 处 LASSO 的零系数。看移动的小圆点：LASSO 让它们在一段区间内"
            "保持为 0，岭回归则立刻离开 0"
        ),
        "sub_rvl_zeros_none": "s = {share} 处 LASSO 已没有系数为 0；小圆点沿每条曲线移动",
        "sub_rvl_crossings": "现在只看岭回归：高亮的曲线会穿过 0，穿过处有圆点",
        "sub_rvl_crossings_on": "看移动的小圆点：每条曲线在圆点处穿过 0，然后继续变化",
        "rvl_sweep_leaves": "。别的特征进入时，LASSO 的系数也可能回到 0（{names} 退出）",
        "sub_rvl_crossings_none": "岭回归：s > 0 之后没有曲线为 0；小圆点沿每条曲线移动",
        "rvl_l1": "LASSO (L1)",
        "rvl_crossing_zoom": "岭回归，0 附近（×{zoom}）",
        "rvl_l2": "岭回归 (L2)",
        "rvl_leaves": "{name} 退出",
        "rvl_back": "{name} 重新进入",
        "rvl_x_l1": "s：占最小二乘解 L1 范数的比例",
        "rvl_x_l2": "s：占最小二乘解 L2 范数的比例",
        "rvl_y": "系数",
        "rvl_s_means": (
            "s：系数允许使用的大小占最小二乘解大小的比例（LASSO 按 L1 计，岭回归按 L2 计）。\n"
            "s = 0：所有 β 都为 0（惩罚最强）；s = 1：最小二乘解。"
        ),
        "rvl_serum": "s1–s6 是六项血清指标。",
        "rvl_magnified": "虚线：{name} ×{factor}，没有停在 0（|β| ≤ {value}）",
        "rvl_magnified_short": "{name} ×{factor}",
        "rvl_title_csv": (
            "{target}（{count} 个特征）：惩罚放松时，LASSO 逐个纳入特征；"
            "岭回归让所有系数同时变为非零"
        ),
        "rvl_nonzero": "非零系数：{count} / {total}",
        "rvl_compare_at": "s = {share}",
        "rvl_least_squares": "s = 1：最小二乘解",
        "rvl_data": "{name}：n = {n}，{count} 个特征（{features}）；目标：{target}",
        "rvl_data_diabetes": "糖尿病数据",
        "rvl_target_diabetes": "一年后病情进展",
        "rvl_zoom_head": "s = {share} 处的 |β|，对数刻度",
        "rvl_zoom_zero": "恰为 0",
        "rvl_zoom_zeros": "{total} 个中 {count} 个恰为 0",
        "rvl_zoom_smallest": "最小：{name} {value}，不为 0",
        "sub_rvl_zoom": (
            "s = {share} 时，岭回归最小的系数（{name}）虽小但不是 0；"
            "而 LASSO 有 {count} 个系数恰好为 0"
        ),
        "rvl_times": "{name} ×{count}",
        "rvl_note_lasso_none": "LASSO，s = {share}：已没有系数为 0",
        "rvl_note_ridge_none": "岭回归：在 s = 0 与 s = 1 之间没有系数为 0",
        "corr_title": "一对“双胞胎”特征：ρ 接近 1 时 LASSO 常常只留一个，岭回归平分权重",
        "corr_rho": "相关系数 ρ = {{}}",
        "corr_lasso": "LASSO (L1)，‖β‖₁ ≤ 1",
        "corr_ridge": "岭回归 (L2)，‖β‖₂ ≤ 0.75",
        "corr_edge": "沿菱形边的损失\n（c 处为 0；纵轴从 {low} 起）",
        "corr_center": "c = 最小二乘解",
        "corr_sample": "本次样本 r = {{}}",
        "corr_shape": "等高线：长 = {{}} × 宽",
        "corr_budget_l1": "t / ‖c‖₁ = {t} / {{}} = {{}}%",
        "corr_budget_l2": "t / ‖c‖₂ = {t} / {{}} = {{}}%",
        "corr_edge_point": "在 ({{}}, {{}})：损失 {{}}",
        "corr_inset": (
            "ρ = {rho} 时放大 {zoom} 倍：这里的等高线只是一个极长椭圆的一小段，所以看起来是直的。\n"
            "左图：把等高线与边之间的缝隙画宽了 {stretch} 倍才看得见（实际只差 {angle}°）"
        ),
        "corr_inset_angle": "{angle}°",
        "corr_inset_stretch": "放大 ×{zoom}，缝隙 ×{stretch}",
        "corr_inset_scale": "放大 ×{zoom}",
        "corr_inset_diagonal": "β₁ = β₂",
        "corr_tally_count": "×{{}}",
        "corr_zoom": (
            "等高线与边的夹角仅 {angle}°：损失在角上为 {here}，\n"
            "在另一个特征的角上为 {there}，只多 {rise}%"
        ),
        "sub_corr_zoom": "沿着边，损失只略有上升：角胜出，但优势很小",
        "corr_note": (
            "ρ = {rho} 时抽取 {count} 次：LASSO 只留 x₁ {x1} 次，只留 x₂ {x2} 次，"
            "两个都留 {both} 次；\n岭回归每次都保留两者，x₁ 所占权重的比例：{low}–{high}%"
        ),
        "corr_data": (
            "数据：n = {n}，x₁ = z₁，x₂ = ρz₁ + √(1 − ρ²)z₂，y = x₁ + x₂ + e；\n"
            "z₁、z₂、e ~ N(0, 1)，只抽一次（种子 {seed}），所有 ρ 共用；x₁、x₂、y 已中心化"
        ),
        "corr_draws_head": "重新抽取 (x₁, x₂, e)，ρ = {rho}：\n特意挑选的种子，两种情况都有",
        "corr_draw_row": "种子 {seed}：LASSO 留 {kept}；\n岭回归：x₁ 占权重 {share}%",
        "corr_keeps_x1": "x₁",
        "corr_keeps_x2": "x₂",
        "corr_keeps_both": "两个",
        "lp_title": "范数球家族：角和零系数去了哪里",
        "enet_value": "弹性网络  w {{}} {{}}",
        "lp_below_note": "p < 1：球不是凸的：球上两点间的\n虚线段跑到了球外；\n最优解落在尖角上",
        "lp_below_off_note": "p < 1：球不是凸的：球上两点间的\n虚线段跑到了球外；\n坐标轴上有尖角",
        "lp_above_plain_note": "1 < p < ∞：坐标轴上没有角",
        "lp_one_note": "p = 1：唯一在坐标轴上\n有角的凸 Lp 球",
        "lp_above_note": (
            "对数刻度上的 β{index}*：\np > 1 时从不为 0。\np = 1 时恰为 0，\n0 没有对数，所以\n"
            "画在“= 0”那一行"
        ),
        "lp_two_note": "p = 2：圆，即 L2",
        "lp_inf_note": "p = ∞：正方形，角在对角线上，\n永远不在坐标轴上",
        "lp_inf_side_note": (
            "p = ∞：正方形。最优解在它\n平直的一边 β{side} = {value} 上，\n不在角上"
        ),
        "lp_enet_note": (
            "w = 1：L1 菱形；只要 w > 0，\n角就留在坐标轴上。预算取\n"
            "{radius}w + {square}(1 − w)，让每个球都经过\n(±{radius}, 0) 和 (0, ±{radius})"
        ),
        "lp_axis_note": "p 轴按 1/p 等距刻度",
        "lp_leave_note": (
            "扇形：角朝外的各个方向（法线）；\n−∇f：损失 f 的下坡方向。w 低于\n"
            "{value} 后，扇形不再包含 −∇f：\n最优解离开坐标轴（β{index} ≠ 0）"
        ),
        "lp_pull": "−∇f",
        "lp_ridge_note": "w = 0：L2 圆，与 p = 2 时\n是同一个球、同一个最优解",
        "sub_lp_start": "同一个损失、同一个预算；球随 p 变化。",
        "sub_lp_below": "p < 1：轴上有尖角，最优解落在角上：一个系数恰好为 0。",
        "sub_lp_one": "p = 1，菱形：仍有角，最优解的一个系数仍恰好为零。",
        "sub_lp_above": "p 大于 1 且有限时：没有角。p 接近 1 时 β{index}* 很小，但不为 0。",
        "sub_lp_above_plain": "p 大于 1 且有限时：坐标轴上没有角。",
        "sub_lp_below_off": "p < 1：轴上有尖角，但这个最优解不在角上，没有零。",
        "sub_lp_one_corner": "p = 1，菱形：最优解落在角上，恰好为零。",
        "sub_lp_one_off": "p = 1，菱形：轴上有角，但这个最优解不在角上。",
        "sub_lp_two": "p = 2：圆，没有角能把最优解留在轴上。",
        "sub_lp_inf": "p 为无穷大时：正方形，角在对角线上。",
        "sub_lp_enet": "弹性网络按 L1 占比 w 混合 L1 与 L2。",
        "sub_lp_leave": ("w 变小，角的法线扇形变窄。w 低于 {value} 后，扇形不再包含粉色箭头"
                         "（损失 f 的下坡方向），最优解离开坐标轴。"),
        "sub_lp_ridge": "w = 0：又是圆，最优解与 p = 2 时相同。",
        "cloud_title": "随机损失：中心落在哪里，最优解才有恰为 0 的系数？",
        "cloud_count": "有零系数：{zeros} / {total} = {share}%",
        "cloud_exact": (
            "按下方方式抽取的 {samples} 个损失：\n{share}%（有 95% 把握在 {low} 到 {high} 之间）"
        ),
        "cloud_exact_none": (
            "按下方方式抽取的 {samples} 个损失：\n一个也没有（给出零系数的中心，面积为 0）"
        ),
        "cloud_tally_note": "×N：恰好落在这个角上的最优解个数",
        "cloud_tally_none": "没有一个最优解恰好落在坐标轴上",
        "cloud_zone_key": (
            "阴影只是某一种损失形状的精确区域；每个点的损失形状各自随机，所以黄点也会落在阴影里"
        ),
        "cloud_key": "每个点是一个损失的中心 c，按其最优解着色：绿 = 有恰为 0 的系数，黄 = 没有",
        "cloud_sampling": "中心 c 在球外的正方形 [{low}, {high}]² 中均匀抽取；损失形状随机",
        "cloud_zones_l1": (
            "等高线为圆的损失：c 落在角外的楔形里，\n最优解就在角上；"
            "楔形占球外正方形的 {share}%"
        ),
        "cloud_zones_l2": "等高线为圆的损失：只有 4 条绿色射线上的 c\n落到坐标轴上：面积为 0",
        "cloud_tilt_l1": "一个倾斜的损失：楔形转动\n并歪斜，仍然很宽",
        "cloud_tilt_l2": "倾斜的损失：损失自身的拉伸\n让每条射线转向；面积仍为 0",
        "cloud_zoom_l1": (
            "放大 {zoom} 倍看角 ({x}, {y})：\n沿菱形的斜率为 {back} 和 {ahead}，立刻上坡"
        ),
        "cloud_zoom_l2": (
            "放大 {zoom} 倍看接触点：\n沿圆的斜率 {back} 和 {ahead}：先平，后才上升"
        ),
        "cloud_zoom_tilt_l1": "损失转动至多 ±{degrees}°：\n最优解一直停在角上",
        "cloud_zoom_tilt_l2": "损失转动至多 ±{degrees}°：\n最优解沿着圆滑动",
        "cloud_shares": (
            "随机形状 {mixed}%，圆形 {round}%，倾斜 {tilted}%：占比取决于所抽的损失"
        ),
        "hd_title": "特征越多：L1 仍把一部分系数变成 0，L2 一个也没有",
        "hd_budget": "损失 ‖β − c‖²，c 的各坐标在 [{low}, {high}] 中均匀抽取（其他视频的损失不同）",
        "hd_budget_l1": "L1 球：预算 t = {kappa} ‖c‖₁",
        "hd_budget_l2": "L2 球：预算 t = {kappa} ‖c‖₂",
        "hd_mech_c": "一个损失的最小值点 c 的 |cᵢ|",
        "hd_mech_why": (
            "为什么每根都减同一个 θ？\n"
            "预算就是柱子的总高度：\n"
            "一单位高度放在哪根上都一样贵，\n"
            "放在被削得最多的那根上，\n"
            "损失降得最多。\n"
            "所以各根削去的量拉平为 θ；\n"
            "不到 θ 的柱子只能是 0。"
        ),
        "hd_setting": "圆形损失，预算 t = {kappa} ‖c‖",
        "hd_mech_x": "系数 i，n = {n}",
        "hd_mech_l1": "L1：max(|cᵢ| − θ, 0), θ = {theta}",
        "hd_mech_l2": "L2：每个 |cᵢ| 乘以 {scale}",
        "hd_mech_l1_note": "{n} 根中有 {zeros} 根不高于 θ：现在恰为 0",
        "hd_mech_l2_note": "没有一个为 0：最小的是 {least}",
        "hd_mech_l1_spent": "‖β‖₁ = {value}，预算 t = {t}",
        "hd_mech_l2_spent": "‖β‖₂ = {value}，预算 t = {t}",
        "hd_any": "至少有一个 βᵢ = 0 的最优解的占比",
        "hd_share": "所有系数 βᵢ 中为 0 的占比",
        "hd_x": "维数 n",
        "hd_l2": "L2：每个 n 都是 0%",
        "hd_callout": "n = {n}：{share}%",
        "hd_tick": "{value}%",
        "hd_note": (
            "n = {n}：{any}% 的最优解至少有一个 0，"
            "但所有系数中只有 {share}%（95% 区间 ± {half}）为 0"
        ),
        "sub_hd_start": (
            "一个圆形损失，n = {n}：最小值点记为 c，每根柱子的高度是它的一个坐标的绝对值"
        ),
        "sub_hd_cut": (
            "对圆形损失，L1 最优解就是把每根柱子都减去同一个 θ，减到 0 为止"
            "（原因见右侧）。θ 线下移直到用完预算：低于 θ 的 {zeros} 根变成 0"
        ),
        "sub_hd_scale": (
            "L2 把所有柱子按同一比例缩小，直到用完预算（这里乘以 {scale}）：没有一根变成 0"
        ),
        "sub_hd_any": (
            "右图：至少有一个零系数的 L1 最优解所占的比例，随 n 增大而上升"
        ),
        "sub_hd_rise": (
            "n = {n_a} 时 {p_a}% 的 L1 最优解有零，{n_b} 时 {p_b}%，{n_c} 时 {p_c}%。"
            "为什么和二维、三维视频不同？这里的损失是圆的，预算只有每个 c 所需的一半；"
            "那两个视频用的是倾斜的损失和一个固定的球"
        ),
        "sub_hd_share": (
            "每个 n 取 {samples}个损失。每个球的预算都是 c 的范数的一半。"
            "左图：L1 置为 0 的系数所占的比例"
        ),
        "sub_hd_l2": (
            "损失是圆的：c 只会被 L2 按比例缩小，不会出现零。无论 n 多大，"
            "{samples}个最优解里一个零也没有"
        ),
        "sub_hd_end": (
            "n = {n} 时每个 L1 最优解都有零，但所有系数中只有 {share}% 是零："
            "平均每 {n} 个里有 {count} 个"
        ),
        "b3_title_vertex": "三维 L1：椭球碰到八面体的顶点",
        "b3_title_edge": "三维 L1：另一个损失碰到八面体的棱",
        "b3_title_face": "三维 L1：第三个损失碰到八面体的面",
        "b3_title_boundary": "三维 L2：椭球碰到球面",
        "b3_note_vertex": "在顶点：{zeros} 恰好为 0",
        "b3_note_edge": "在棱上：{zeros} 恰好为 0",
        "b3_note_face": "在面上：没有系数为 0",
        "b3_note_boundary": "在球面上：没有系数为 0",
        "b3_share_head": "{samples}个随机损失\n的 L1 最优解：",
        "b3_share_vertex": "顶点 {share} %",
        "b3_share_edge": "棱上 {share} %",
        "b3_share_face": "面上 {share} %",
        "b3_title_share": "三维 L1：随机损失碰到八面体的哪里",
        "b3_share_note": ("损失：c 在球外、[−{bound}, {bound}]³ 内均匀取值，椭球形状随机\n"
                          "{l2_part}；95% 置信区间 ±{half} 个百分点"),
        "b3_share_depends": "占比取决于\n损失怎么抽取",
        "b3_share_l2_none": "L2：{samples}个最优解没有一个含 0",
        "b3_share_l2_some": "L2：{samples}个最优解中有 {l2} 个含 0",
        "b3_zero_join": "、",
        "pen_title": "惩罚、梯度、近端步：L1 与 L2 对比",
        "pen_penalty": "惩罚 P：|β| 与 β²",
        "pen_objective": "½β² − gβ + λ·P(β) − 最小值",
        "pen_gradient": "斜率：sign(β) 与 2β",
        "pen_prox": "近端步，λ = {lam}",
        "pen_gradient_note": (
            "斜率 = 拉向 0 的力\n"
            "|β|：β 再小，力也是 1\n"
            "β²：2β，在 0 附近趋于 0"
        ),
        "pen_hold_note": (
            "最小化 ½β²−gβ+λ·P(β)\n"
            "L1：|g| ≤ λ = {lam}，β* = 0\n"
            "L2：只缩小，β* = g/{inv}"
        ),
        "pen_prox_note": (
            "最小化 ½(β−v)² + λ·P(β)\n"
            "L1：|v| ≤ λ = {lam} 时 β* = 0\n"
            "L2：β* = v/(1+2λ) = v/{inv}"
        ),
        "pen_prox_reading": "v = {v} → L1：{a}，L2：{s}",
        "pen_equal": "相等",
        "pen_value_reading": "β = {b}：|β| = {a}，β² = {s}",
        "pen_slope_reading": "β = {b}：斜率 1 与 2β = {g}",
        "pen_slope_zero": "β = 0：|β| 没有斜率，[−1, 1] 中任一值都可；2β = 0",
        "pen_step_move": "沿负梯度走一步：\nβ = {b} → v = {v}",
        "pen_step_l1": "L1 把 v 拉到 {a}",
        "pen_step_l2": "L2 把 v 拉到 {s}",
        "pen_hold_reading": "g = {g}：β* L1 = {a}，L2 = {s}",
        "pen_pull_key": "g − β",
        "pen_g_meaning": "g：数据把 β 拉离 0 的力度，\n即损失在 β = 0 处\n的下坡斜率",
        "pen_prox_same": "就是前面的平衡，\n只是 g = v：\n|v| ≤ λ 时 L1 停在 0",
        "pen_spread_l1_verdict": "L1：两者代价相同，{a} = {b}",
        "pen_spread_l2_verdict": "L2：均摊代价更小，{a} < {b}",
        "pen_spread_weights": "w = ({w1}, {w2})",
        "pen_spread_l1": "L1：|w₁| + |w₂| = {c}",
        "pen_spread_l2": "L2：w₁² + w₂² = {c}",
        "pen_spread_shift": "预测移动 w₁δ = {s}",
        "pen_spread_note": (
            "x₁ 和 x₂ 测的是同一个量：两组 w 的预测相同。\n"
            "若 x₁ 的读数偏差 δ = {d}，预测就移动 w₁δ。"
        ),
        "sub_pen_spread": (
            "两个特征携带同一信号。对 L1，两组 w 代价相同（都是 {l1}）；L2 偏好均摊的 w（{l2}）。"
            "若第一个读数偏差 {d}，预测只移动 {near}，而不是 {far}"
        ),
        "sub_pen_large": (
            "β > {b} 后 β² 超过 |β|：β = {large} 时代价为 {big}，是 |β| 的 {ratio} 倍；"
            "大权重代价最大"
        ),
        "sub_pen_shapes": "两种惩罚：|β| 在 0 处有尖角，β² 在那里是平的",
        "sub_pen_gradient": ("惩罚的斜率是把权重拉向 0 的力：只要 β ≠ 0，|β| 的斜率大小就是 1；"
                             "β² 的斜率 2β 在 0 附近趋于 0"),
        "sub_pen_hold": (
            "g 是数据把 β 拉离 0 的力度。"
            "损失 β²/2−gβ 是最低点在 β = g 处的最简单损失。"
            "要最小化的是它加上 λ 倍的惩罚（这里 λ = {lam}）。"
            "损失的拉力是 g − β（粉色线）。"
            "粉色线与斜率曲线相交处，拉力与惩罚抵消，那里就是 β*。"
            "g 增大到 λ = {lam} 的过程中，L1 的 β* 恰好停在 0，而 L2 的 β* 马上变为 g/{inv}，"
            "不再是 0。g 超过 λ 后，L1 的 β* 也开始移动：g − {lam}"
        ),
        "sub_pen_prox": (
            "损失衡量 β 拟合数据的误差。沿损失的负梯度走一步，β 从 {b} 移到 v = {v}"
            "（粉色箭头）；惩罚再把 v 往回拉。"
            "这就是前面的平衡，只是 g = v，所以门槛相同："
            "|v| ≤ λ = {lam} 时 L1 恰好为 0，否则向 0 移动 {lam}。"
            "L2：缩小为 1/{inv}，除非 v = 0，否则不为 0"
        ),
        "bridge_title": "从约束到惩罚：同一个最优解，两种求法",
        "bridge_constrained_l1": "约束 ‖β‖₁ ≤ {t}：β* = ({beta})",
        "bridge_constrained_l2": "约束 ‖β‖₂ ≤ {t}：β* = ({beta})",
        "bridge_balance_l1": "μ = |−∇f| / |s| = {g} / {s} = {mu}",
        "bridge_balance_l2": "μ = |−∇f| / |s| = {g} / {s} = {mu}",
        "bridge_normal_l1": "s = ({s1}, {s2})：两条边法向的凸组合",
        "bridge_normal_l2": "s = β*/t = ({s1}, {s2})：单位法向",
        "bridge_slope_l1": "s 是 ‖β‖₁ 在 β* 处的次梯度：|s| = {s}",
        "bridge_slope_l2": "s 是 ‖β‖₂ 在 β* 处的梯度：|s| = {s}",
        "bridge_sparse_l1": "β₂ = {b2}（恰好），与球的尖角一致",
        "bridge_sparse_l2": "β₂ = {b2}：变小了，但不为 0",
        "bridge_price": "价格 μ：t 加 {dt}，f 降 {drop} ≈ {dt}·μ",
        "bridge_stationary_l1": "球上的 β*：∇f(β*) = −μ·s，s 在扇形里",
        "bridge_stationary_l2": "球上的 β*：∇f(β*) = −μ·s，s = β*/t",
        "bridge_so_l1": "所以取 λ = μ = {lam}，β* 就是",
        "bridge_so_l2": "所以取 λ = μ/(2t) = {lam}，β* 就是",
        "bridge_penalised_at_l1": "f + λ‖β‖₁ 的最小值点（圈出）",
        "bridge_penalised_at_l2": "f + λ‖β‖₂² 的最小值点（圈出）",
        "bridge_pull_name": "−∇f",
        "bridge_normal_name": "μ·s",
        "bridge_s_zoomed": "s (×{zoom})",
        "bridge_loss_line": "f：损失，在 c 处最小",
        "bridge_pull_line": "−∇f：f 下降最快的方向",
        "bridge_zoom": "（放大 {zoom} 倍）",
        "bridge_fan_beta": "β* = ({b1}, {b2})",
        "bridge_fan_normal_l1": "−∇f/μ = s = ({s1}, a)，a = {s2}",
        "bridge_fan_normal_l2": "−∇f/μ = s = ({s1}, {s2}) = β*/t",
        "bridge_fan_note_l1": "扇形（法锥）里每个 s 都是次梯度",
        "bridge_fan_note_l2": "圆：每点只有一个法向，β* 随之移动",
        "bridge_sweep_l1": "λ = {lam} → t = ‖β*(λ)‖₁ = {t}",
        "bridge_sweep_l2": "λ = {lam} → t = ‖β*(λ)‖₂ = {t}",
        "bridge_sweep_ball": "画出的球：等价的预算 t",
        "bridge_sweep_objective_l1": "β*(λ) 使 f + λ‖β‖₁ 最小",
        "bridge_sweep_objective_l2": "β*(λ) 使 f + λ‖β‖₂² 最小",
        "bridge_pen_contours_l1": "f + λ‖β‖₁ 的等高线",
        "bridge_pen_contours_l2": "f + λ‖β‖₂² 的等高线",
        "claim_bridge": (
            "约束 ‖β‖ ≤ t 等同于某一个 λ 下的惩罚；在 L1 的尖角，一整扇法向都保住这个 0"
        ),
        "sub_bridge_start": (
            "在半径 t = {t} 的球内最小化损失 f，最先碰到球的等高线给出 β*。"
            "绿点表示最优解有一个分量恰好为 0。"
        ),
        "sub_bridge_kkt": (
            "负梯度即损失下降最快的方向，在最优点等于乘数 μ 乘以 s。"
            "图中箭头画成实际长度的 {scale} 倍，s 再放大 {zoom} 倍。"
            "这里的 s 就是范数在该点的斜率。"
            "在 L1 的尖角处，它是两条边法向的凸组合，"
            "叫次梯度，所以长度不是 1；乘数就是负梯度的长度除以 s 的长度。"
            "下方把两支箭头放大 {zoom} 倍："
            "L1 中 μ = {mu}，负梯度恰好等于这么多个 s 首尾相接。"
        ),
        "sub_bridge_price": (
            "μ 即拉格朗日乘数，是预算的价格：预算每增加一点 Δt，最小损失下降约 μ 乘以 Δt"
            "（一阶近似：这里 Δt = {dt}，降 {drop}，而不是 {approx}）。"
        ),
        "sub_bridge_fan": (
            "损失滑动时，L1 的 β* 一直停在 ({beta})；圆上的最优解却跟着移动。"
            "原因：尖角处没有梯度。这个扇形叫法锥：其中每个朝外的方向 s = (1, a)，只要 |a| ≤ 1，"
            "都是合格的法向，称为次梯度。"
        ),
        "sub_bridge_same": (
            "在约束最优解 β* 处，损失的梯度等于 −μ 乘以 s。所以 L1 取 λ = μ，L2 取 λ = μ/(2t)，"
            "这时惩罚后的损失在该点没有下降方向，该点也是惩罚问题的最小点（已圈出）。"
        ),
        "sub_bridge_lambda": (
            "λ 越大，惩罚问题最优解的范数就越小；画出的球的半径正是这个范数，即等价的预算 t。"
            "回到 λ = μ：和球的尖角一样，L1 最优解的第二个坐标恰好是 {zero}；"
            "L2 的第二个坐标是 {b2}（不为 0）。"
        ),
        "st_title": "小批量噪声让 LASSO 最优解比岭回归的最优解移动得更远",
        "st_loss": (
            "损失 = (1/(2m))‖y − Xβ‖²，\n每个小批量 m = {size} 行；\nλ₁、λ₂ 在各小批量上相同"
        ),
        "st_rho_shown": "ρ = corr(x₁, x₂) = {rho}",
        "st_say_start": "★：全量数据的最优解，\n它的等高线在这里与球相切",
        "st_rho_head": "ρ = {rho}",
        "st_lasso": "LASSO (L1)",
        "st_ridge": "岭回归 (L2)",
        "st_lasso_loss": "损失 + λ₁‖β‖₁",
        "st_ridge_loss": "损失 + λ₂‖β‖₂²",
        "st_phase_full": "图中：全量数据",
        "st_phase_batch": "图中：第 {k} 个小批量\n★：全量数据的最优解",
        "st_phase_batch_more": "图中：第 {k} 个小批量\n（小点：之前的小批量）\n★：全量数据的最优解",
        "st_phase_replay": (
            "图中：第 {a} → {b} 个\n小批量，再返回（中间为\n"
            "两者损失的加权混合；\n小点：全部 {batches} 个）"
        ),
        "st_phase_cloud": (
            "图中（ρ = {rho}）：小批量\n的最优解逐个加入，直到\n全部 {batches} 个。λ₁、λ₂ 固定，\n"
            "每个小批量的球大小各不相同；\n画出的球和 ★ 属于全量数据"
        ),
        "st_why": (
            "每个小批量都有自己的球和\n等高线（虚线为全量数据）：\n"
            "LASSO 的点沿菱形平直的边\n（加粗）滑动，或跳到角上\n"
            "（绿点：有系数为 0），\n而圆让岭回归的点\n留在 ★ 附近。"
        ),
        "st_why_flat": (
            "每个小批量都有自己的球和\n等高线（虚线为全量数据）：\n"
            "LASSO 的点沿菱形平直的边\n（加粗）滑动，从不到角上，\n"
            "而圆让岭回归的点\n留在 ★ 附近。"
        ),
        "st_table_ratio": "LASSO ÷ 岭回归",
        "st_table_ci": "比值 95%区间",
        "st_table_zeros": "零系数与 ★ 不同",
        "st_table_key": (
            "下表按 ρ 列出：零系数与 ★\n不同的小批量个数，以及\n"
            "LASSO 与岭回归到 ★ 的\n平均距离之比。"
        ),
        "st_cell_ratio": "{ratio}×",
        "st_cell_ci": "{low}–{high}",
        "st_cell_zeros": "{batches} 批中有 {count} 批",
        "st_mech_head": (
            "ρ = 0 这一行：x₁、x₂ 不相关，每个系数各自是一维拟合：\n"
            "前 {count} 个小批量的 b₁，三种拟合"
        ),
        "st_mech_ls": "最小二乘：损失 ½(b − b̂)²\n每个小批量的拟合 b̂\n到 ★ 的平均距离 {dev}",
        "st_mech_ridge": (
            "岭回归：损失 + λ₂b²，λ₂ = {lam}\n每个 b̂ ÷ (1 + 2λ₂)\n到 ★ 的平均距离 {dev}"
        ),
        "st_mech_lasso": (
            "LASSO：损失 + λ₁|b|，λ₁ = {alpha}\n每个 b̂ 向 0 移动 λ₁\n到 ★ 的平均距离 {dev}"
        ),
        "st_mech_zone": "|b̂| ≤ λ₁：LASSO 给出 0",
        "st_mech_ratio": (
            "λ₁、λ₂ 的取法使两个 ★ 几乎相同：岭回归 {ridge}，LASSO {lasso}"
            "（都约为 {ls} 的一半）\n"
            "ρ = 0：岭回归把每个拟合除以 1 + 2λ₂ = {scale}；\n"
            "LASSO 的离散程度不变，是岭回归的 {ratio} 倍（二维：{measured} 倍）"
        ),
        "st_mech_far": (
            "ρ = {rho}：沿虚线 (1, −1)，\n即菱形的边，损失几乎不升：\n"
            "LASSO 的点沿边滑远\n（岭回归的 {far} 倍），\n"
            "常常滑到角上（{share}%）；\n圆则偏离这条线。"
        ),
        "claim_sgd": (
            "SGD：离开 0 时 L1 的斜率是常数，迭代比在 L2 的拉力 2β 下偏得更远；"
            "权重应为 0 时，L1 次梯度法让它反复变号，近端法让它恰好停在 0"
        ),
        "claim_ols_ridge": (
            "特征高度相关时使用岭回归：它的拟合比最小二乘稳定得多（方差更低），代价是收缩"
        ),
        "sgd_title": "小批量 SGD：L1 对比 L2",
        "sgd_slope_beta": "β = {beta}",
        "sgd_slope_l1": "|β| 的斜率：sign(β) = {l1}",
        "sgd_slope_l2": "β² 的斜率：2β = {l2}",
        "sgd_settings": (
            "ρ = {rho}，每批 {size} 个样本，η = {step}，罚项 λ‖β‖₁ 或 λ‖β‖₂²，λ = {lam}"
            "（λ 与 ρ 无关）"
        ),
        "sgd_def_sub": "次梯度步：β ← β − η(∇损失 + λ·sign β)",
        "sgd_def_prox": "近端步：先对损失走一步，再把每个 β 向 0 移动 ηλ，到 0 为止",
        "sgd_burn_note": (
            "前期不计入：第 1–{burn} 步；之后 L1 仍在缓慢漂移：\n"
            "沿 β₁ − β₂ 到最优解的差距每 {l1} 步才减半（L2：每 {l2} 步）"
        ),
        "sgd_optimum_key": "黄色虚线：各方法的精确最优解",
        "sgd_l1_header": "L1：次梯度法",
        "sgd_prox_header": "L1：近端法",
        "sgd_l2_header": "L2（岭回归）",
        "sgd_step_axis": "步数",
        "sgd_distance": "平均距离：{dist}",
        "sgd_step_counter": "计数：第 {first}–{step} 步",
        "sgd_never": "{steps} 步中没有 β 到达 0 或变号：sign(β) 从未跳变",
        "sgd_spread": "抖动：β₁ {sd1}，β₂ {sd2}",
        "sgd_offset": "偏离：{offset}",
        "sgd_spread_terms": (
            "偏离：迭代的平均值离最优解多远；"
            "抖动（标准差）：迭代围绕这个平均值散开多少"
        ),
        "sgd_spread_head": "第 {burn} 步之后到最优解的平均距离：",
        "sgd_spread_sub": "L1 次梯度法 {dist}",
        "sgd_spread_prox": "L1 近端法 {dist}",
        "sgd_spread_l2": "L2 {dist}",
        "sub_sgd_slopes": "β 越过 0 时，|β| 的斜率从 −1 跳到 +1；β² 的斜率 2β 平滑地穿过 0",
        "sub_sgd_steps": (
            "三者用同样的小批量，都从 β = 0 出发。两种 L1 步只在 0 附近不同：近端步能恰好落在 0 上"
        ),
        "sub_sgd_run": (
            "前一半步数不计入。从第 {first} 步起，统计各方法到最优解的平均距离；"
            "L1 的迭代仍在缓慢漂移"
        ),
        "sub_sgd_spread": (
            "远离 0 处 L1 的斜率是常数：沿 β1 − β2 只有数据项微弱地拉回，"
            "L1 稳定得慢、抖动更大；L2 的 2λβ 额外拉回"
        ),
        "ols_title": "相关特征：岭回归对比最小二乘",
        "ols_rho": "x₁ 与 x₂ 的相关系数 ρ = {rho}",
        "ols_truth": "y = x₁ + x₂ + 噪声：真实 β = ({w1}, {w2})",
        "ols_lambda": (
            "最小二乘：最小化 (1/(2m))‖y − Xβ‖²，m = {size}\n"
            "岭回归：最小化 (1/(2m))‖y − Xβ‖² + λ‖β‖₂²，λ = {lam}\n"
            "（λ 与 ρ 无关）"
        ),
        "ols_rows": "图中：{total}行中的 {rows} 行",
        "ols_batches": "{batches} 个小批量，每批 {size} 行",
        "ols_each": "每批各拟合一次最小二乘与岭回归",
        "ols_what": (
            "每个点：一个小批量拟合的 β₁ − β₂。色带：均值 ± 1 个标准差。"
            "上下两行纵轴刻度相同"
        ),
        "ols_ols_header": "最小二乘",
        "ols_ridge_header": "岭回归（L2）",
        "ols_sd": "β₁ − β₂ 标准差：{sd}",
        "ols_full_fit": "全量数据：({b1}, {b2})",
        "ols_batch_axis": "小批量",
        "ols_inset": "纵轴放大 {zoom} 倍",
        "ols_ratio": "β₁ − β₂ 的标准差：最小二乘 {ols}，岭回归 {ridge}，相差 {ratio} 倍",
        "ols_sum_sd": "β₁ + β₂ 的标准差：最小二乘 {sum_ols}，岭回归 {sum_ridge}，相近",
        "ols_distance": (
            "散布（到各自全量拟合的平均距离）：最小二乘是岭回归的 {ratio} 倍，"
            "而非 {sd_ratio} 倍"
        ),
        "ols_truth_error": "到真实值 ({w1}, {w2}) 的平均距离：最小二乘 {ols}，岭回归 {ridge}",
        "ols_distance_ci": (
            "95% 范围 {low}–{high}：换一批 {batches} 个小批量，"
            "这个倍数大致的变化范围"
        ),
        "ols_why": (
            "Xβ 只通过 x₁ − x₂ 体现 β₁ − β₂，而 x₁ − x₂ 的标准差仅 {minus}（x₁ + x₂：{plus}）"
        ),
        "ols_plane_ols": "最小二乘（只有损失项）：{batches} 次拟合",
        "ols_truth_name": "白圈：真实值 ({w1}, {w2})",
        "ols_plane_ridge": "岭回归：{batches} 次拟合，在 ({b1}, {b2}) 附近",
        "ols_plane_minus": "β₁ − β₂：最小二乘大幅摆动",
        "ols_plane_plus": "β₁ + β₂：两者散布相近",
        "sub_ols_data": (
            "x1 与 x2 几乎相同（ρ = {rho}），真实 β = (1, 1)。"
            "在 {batches} 个小批量上各拟合最小二乘与岭回归"
        ),
        "sub_ols_swing": "同一纵轴：最小二乘沿 β1 − β2 大幅摆动，岭回归几乎不动",
        "sub_ols_inset": "放大 {zoom} 倍后，岭回归也有散布，但小得多",
        "sub_ols_shrink": (
            "岭回归的代价是收缩：全量数据上它拟合出 ({r1}, {r2})，"
            "最小二乘为 ({o1}, {o2})"
        ),
        "sub_ols_ratio": ("相关数据几乎不提供关于 β1 − β2 的信息："
                          "最小二乘沿这个方向的摆动是岭回归的 {ratio} 倍"),
        "sub_ols_distance": (
            "沿 β1 + β2 两者散布相近，"
            "所以围绕各自的全量拟合，最小二乘的平均距离只是岭回归的 {ratio} 倍，而非 {sd_ratio} 倍"
        ),
        "sub_ols_plane": (
            "在 (β1, β2) 平面上：最小二乘沿 β1 − β2 拉成一条，"
            "岭回归是一小团，在 ({b1}, {b2}) 附近，偏离真实值 ({w1}, {w2})：散布小，偏差大，"
            "但平均离真实值更近（{ridge} 对 {ols}）"
        ),
        "sgd_zero_setup": (
            "y = x₁ + 噪声，ρ = {rho}，λ = {lam1}（L1）、{lam2}（L2）：真实 β₂ = {w2}。"
            "图中为 {steps} 步的 β₂"
        ),
        "sgd_zero_rho": (
            "ρ 取 {rho} 而非 {high}：若改成 ρ = {high}、其余不变，β₂ 在 {steps} 步内到不了 0"
        ),
        "sgd_zero_settings": "绿色虚线：LASSO 的 β₂* 恰好为 0；黄色虚线：岭回归的 β₂*",
        "sgd_zero_lambdas": (
            "两个 λ 不同：各自选成让最优解只有最小二乘解一半大"
            "（L1 以 ‖β‖₁ 衡量，L2 以 ‖β‖₂ 衡量）"
        ),
        "sgd_zoom_note": "放大：第 {first}–{last} 步，每步一个点，每行高 {span}；白圈：β₂ 穿过 0",
        "sgd_zero_sub_header": "L1 次梯度法",
        "sgd_zero_prox_header": "L1 近端法（绿色 = 0）",
        "sgd_zero_l2_header": "L2（岭回归）",
        "sgd_zero_counter": "变号 {flips} 次；恰为 0 的步数：{zeros}",
        "sgd_zero_why": (
            "变号来自次梯度步；近端步把 β₂ 恰好固定在 0。\n"
            "L2 平滑但有偏：β₂* = {bias}，而真实值为 0。"
        ),
        "sub_sgd_zero": (
            "现在 y = x1 + 噪声：LASSO 的 β2* 恰好为 0。ρ 降到 {rho}，"
            "因为 ρ = {high} 时 β2 在 {steps} 步内到不了 0"
        ),
        "sub_sgd_zero_counts": (
            "次梯度法的 β2 变号 {flips} 次；"
            "近端法的 β2 在 {steps} 步中有 {zeros} 步恰为 0"
        ),
        "sub_sgd_zoom": (
            "第 {first} 至 {last} 步，每步一点：次梯度法的 β2 穿过 0 共 {flips} 次，"
            "近端法的 β2 恰好停在 0，岭回归的 β2 小步移动，远在 0 之上"
        ),
        "sub_sgd_zero_why": (
            "次梯度步在 0 附近越过 0，β2 反复变号；近端步恰好落在 0 上。"
            "L2 平滑但有偏：它的 β2* 高于真实值 0"
        ),
        "path_title_drop": "缩小预算 t：L1 剔除一个特征{l2}",
        "path_title_back": "缩小预算 t：L1 剔除一个特征，又把它找回{l2}",
        "path_title_none": "缩小预算 t：直到 t = {end}，L1 都没有恰为 0 的系数{l2}",
        "path_title_l2": "，L2 整体收缩",
        "path_x_label": "预算 t（两个球共用：‖β‖₁ ≤ t，‖β‖₂ ≤ t）",
        "path_zeroed": "L1：t ≤ {radius} 时 β{index}* 恰好为 0",
        "path_zeroed_until": "L1：{until} ≤ t ≤ {radius} 时 β{index}* 恰好为 0",
        "path_revived": "L1：t < {radius} 时 β{index}* 又不为 0",
        "path_contour_l1": "触及 L1 的损失等高线",
        "path_contour_l2": "触及 L2 的等高线",
        "path_free_l1": "L1：t ≥ ‖c‖₁ = {radius} 时最优解就是 c（c 在菱形内）",
        "path_free_l2": "L2：t ≥ ‖c‖₂ = {radius} 时最优解就是 c（c 在圆内）",
        "path_shrink_cue": "t 变小 →",
        "path_stronger": "惩罚更强",
        "path_lambda_axis": "λ（仅 LASSO）：最优解相同的惩罚权重",
        "path_zoom_name": "放大 {factor} 倍",
        "path_y_name": "β*",
        "path_note_l1": "L1：t ≤ {radius} 时 β{index}* 恰好为 0",
        "path_note_l1_none": "L1：t ≥ {end} 时两个系数都不为 0",
        "path_note_l2_shrink": "L2（岭回归）：两个系数一起收缩，t > 0 时都不为 0",
        "path_note_l2_nonzero": "L2（岭回归）：t > 0 时两个系数都不为 0",
        "path_note_l2_cross": "L2（岭回归）：β{l2_index}* 只在 t = {l2_t} 时为 0，随即穿过坐标轴",
        "path_note_names": "t 越小，λ 越大：对 LASSO，t = {t} 即 λ = {lam}",
        "path_pair": "t = {t} ↔ λ = {lam}",
        "sub_tan_problem_l1": "让 β 留在 L1 球（半径为 t 的菱形）内，最小化损失",
        "sub_tan_problem_l2": "让 β 留在 L2 球（半径为 t 的圆）内，最小化损失",
        "sub_tan_grow": "从 c 向外扩大等高线，直到第一次碰到球",
        "sub_tan_vertex": "第一个接触点是坐标轴上的角：一个系数恰好为 0（稀疏）",
        "sub_tan_edge": "第一个接触点在直边上：两个系数都不为零",
        "sub_tan_boundary": "第一个接触点在圆形边界上：两个系数都不为零，并且都被收缩",
        "sub_tan_interior": "c 在球内，约束不起作用：β* = c",
        "sbs_title_pair": "损失最先碰到哪里：L1 通常是角，L2 是圆边",
        "sbs_title_l1": "为什么 L1 会得到恰好为零的系数：等高线通常最先碰到角",
        "sbs_title_l2": "为什么 L2 保留每个权重：圆没有角",
        "sbs_header_l1": "L1 范数球（菱形）‖β‖₁ ≤ {radius}",
        "sbs_header_l2": "L2 范数球（圆）‖β‖₂ ≤ {radius}",
        "sbs_optimum": "β* = ({{}}, {{}})",
        "sbs_no_zero_l1": "两个系数都不为零（在直边上）",
        "sbs_no_zero_l2": "两个系数都不为零，都向 0 收缩",
        "sbs_inside": "c 在球内：β* = c",
        "sbs_exactly": "，恰好为零",
        "sbs_counter": "目前有系数恰为 0 的时间：{{}}%",
        "sbs_counter_done": "这一圈中有系数恰为 0 的时间：{share}%",
        "sbs_same_loss": (
            "两边是同一个损失：\n等高线套在\nc = ({center}) 周围；\n"
            "c 是损失最低点\n（不加限制的拟合）。\n数字：该等高线上\n的损失值"
        ),
        "sbs_grow": "让等高线从 c\n向外扩张：它第一次\n碰到球的点就是\n该球的最优解",
        "sbs_cone": (
            "放大 {zoom} 倍：沿菱形的\n两条边，损失都上升。\n在最优解处，损失下降\n"
            "最快的方向指向球外：\n落在角的扇形里；L2\n则沿蓝色的向外箭头"
        ),
        "sbs_normal_l2": "向外方向",
        "sbs_zoom_down": "下坡",
        "sbs_zoom_rise": "上坡",
        "sbs_zoom_out": "扇形",
        "sbs_zoom_level": "损失 {level}",
        "sbs_turn": (
            "损失绕原点顺时针\n转一圈，形状不变：\nL1 的最优解大部分\n时间停在角上"
        ),
        "sbs_grow_inside": "c 在两个球内：\n最优解就是 c 本身，\n等高线无须扩张",
        "sbs_turn_follow": "损失绕原点顺时针\n转一圈，形状不变：\n两个最优解跟着动",
        "sbs_recap_even": "这一圈中有系数\n恰为 0 的时间占比：\nL1 {l1}%，L2 {l2}%",
        "sbs_recap_pair": "角向外凸出：很大\n一片方向的损失都会\n先碰到它；L2 只是\n经过坐标轴",
        "sbs_recap_l1": "角向外凸出：很大\n一片方向的损失都会\n先碰到它",
        "sbs_recap_l2": "圆没有角：L2 的最优解\n沿圆边滑动，\n只是经过坐标轴",
        "sbs_walk_l1": "|β₁| + |β₂|\n= {{}} + {{}} = {{}}",
        "sbs_walk_l2": "√(β₁² + β₂²)\n= √({{}} + {{}}) = {{}}",
        "sbs_rings": (
            "每个球都是其范数的\n一条等高线：边上\n每一点的范数都是 {radius}。\n"
            "里面的淡线：范数\n为 {inner}"
        ),
        "sub_sbs_balls": "每个球的边界都是一条范数等高线：\n边上每一点的范数都是 {radius}",
        "sub_sbs_problem": "两个球上是同一个损失：\n等高线套在 c 周围",
        "sub_sbs_grow": "让等高线从 c 向外扩张：\n第一次接触点就是最优解",
        "sub_sbs_touch_corner": (
            "等高线在角上碰到 L1：一个系数恰为 0；在圆边上碰到 L2：没有系数为 0。"
            "从角出发沿两条边走，损失都上升；损失下降最快的方向落在角的扇形里，"
            "即两条边的法向之间的方向"
        ),
        "sub_sbs_touch": "每个球的最优解：第一个接触点；\nc 在球内时就是 c 本身",
        "sub_sbs_grow_inside": "c 在两个球内：\n两个最优解都是 c 本身",
        "sub_sbs_turn_stick": (
            "现在损失绕原点转一圈：L1 的最优解大多停在角上，而 L2 的最优解沿圆边滑动"
        ),
        "sub_sbs_turn": "现在损失绕原点转一圈：\n看两个最优解如何跟着动",
        "sub_sbs_recap": "在这一圈的时间里，有系数恰为 0 的占比：\nL1 {l1}%，L2 {l2}%",
        "claim_side_by_side": (
            "同一个损失：它最先在角上碰到 L1 菱形（精确的零），在圆边上碰到 L2 圆"
        ),
        "sub_path_start": (
            "c 是损失的最低点，即不加限制时的拟合。"
            "两个球用同一个预算 t；起点是 c 的 L1 范数 t = {start}，此时两个球都包含 c"
        ),
        "sub_path_shrink": "t 小于 c 的 L2 范数 {binding} 时，圆才起约束；t 更大时 L2 最优解就是 c",
        "sub_path_drop": "t = {radius} 时 L1 最优解落到坐标轴上：β{index} 恰好为 0，之后一直为 0",
        "sub_path_drop_until": (
            "t = {radius} 时 L1 最优解落到坐标轴上：β{index} 恰好为 0，直到 t = {until}"
        ),
        "sub_path_revive": "t 小于 {radius} 后 L1 最优解离开坐标轴：β{index} 又不为 0 了",
        "sub_path_end_shrink": (
            "L2 两个系数一起收缩，都不为 0；\n停在 t = {end}：t = 0 时两者才都为 0"
        ),
        "sub_path_end_nonzero": "L2 两个系数都不为 0。停在 t = {end}：t = 0 时两者都为 0",
        "sub_path_end_cross": (
            "L2 的 β{l2_index} 只在 t = {l2_t} 时穿过 0。停在 t = {end}：t = 0 时两者都为 0"
        ),
        "sub_path_zoom": "放大 {factor} 倍：t = {end} 处的两个最优解",
        "sub_path_names": "预算 t 越小，惩罚 λ 越大：L1 即 LASSO（特征选择），L2 即岭回归",
        "sub_rvl_start": "糖尿病数据上的线性回归：LASSO (L1) 与岭回归 (L2)",
        "sub_rvl_start_csv": "对 {target} 的线性回归：LASSO (L1) 与岭回归 (L2)",
        "sub_corr_start": (
            "左边 LASSO，右边岭回归；c 在两个约束区域之外：每个预算 t 都略大于 c 的范数的一半。"
            "ρ 是模型的相关系数，r 是本次样本的相关系数。ρ = 0 时 r = {r}，所以等高线沿 (1, 1) 倾斜"
        ),
        "sub_corr_sweep": (
            "ρ 增大，等高线沿 (1, −1) 拉长：LASSO 滑向一个角，岭回归留在对角线附近"
        ),
        "sub_corr_inset": "放大 {zoom} 倍，左图还把等高线与边的缝隙画宽：等高线只碰到菱形的角",
        "sub_corr_draws": (
            "回到 LASSO 的角，重新抽取数据：LASSO 有时保留 x1，有时保留 x2；岭回归每次都平分权重。"
            "哪个角胜出，取决于等高线相对于边的微小倾斜，而不是 c 离哪条轴更近"
        ),
        "sub_corr_end": (
            "LASSO 丢掉一个“双胞胎”时，丢哪个全凭抽样；岭回归两个都留，所以特征高度相关时常用岭回归"
        ),
        "sub_cloud_start": "每个随机损失有一个中心 c：等高线从 c 向外扩张，直到碰到球",
        "sub_cloud_pile": "几百个中心，按最优解着色：L1 一侧大多是绿色，L2 一侧一个也没有",
        "sub_cloud_exact": (
            "按同样的方式抽取 {samples}个损失来算：L1 最优解 {l1}% 有零系数，L2 为 {l2}%"
        ),
        "sub_cloud_zones": "原因：圆形损失的中心只要落在角外的楔形里，最优解就恰好落在角上",
        "sub_cloud_tilt": (
            "倾斜的损失让楔形歪斜；随机形状把它们模糊成绿色区域。占比取决于所抽的损失，而楔形本身是精确的"
        ),
        "sub_cloud_zoom": (
            "放大看：角处往两边走立刻上坡；圆在接触点起初是平的。"
            "损失倾斜一点：角上的最优解不动，圆上的滑开"
        ),
        "sub_cloud_recap": (
            "角能抓住整片楔形里的中心，所以 L1 最优解常有零系数：{samples}个里有 {l1}%，"
            "L2 则一个也没有"
        ),
        "sub_b3_vertex_grow": "三维中 L1 球是八面体；损失的等值面不断扩大，直到碰到它",
        "sub_b3_vertex_touch": "碰在顶点上：两个系数恰好为 0",
        "sub_b3_vertex_turn": "从侧面看，被碰到的顶点很醒目；转回来，两者只在这里相接",
        "sub_b3_edge_grow": "换一个损失：等值面扩大，直到碰到八面体",
        "sub_b3_edge_touch": "这次碰在棱上：一个系数恰好为 0",
        "sub_b3_edge_turn": "从侧面看，被碰到的棱很醒目；转回来，两者只在棱上一点相接",
        "sub_b3_face_grow": "第三个损失：等值面扩大，直到碰到八面体",
        "sub_b3_face_touch": "两者在一点相接，这一点没有系数为 0",
        "sub_b3_face_turn": "从侧面看：这一点落在一个面的内部。L1 常常给出零，但不总是",
        "sub_b3_boundary_grow": "L2 球是一个圆球；第一个损失的等值面再次扩大，直到碰到它",
        "sub_b3_boundary_touch": "碰在球面上：没有系数为 0",
        "sub_b3_boundary_turn": "球面既没有顶点也没有棱：和面一样，接触点没有零系数",
        "sub_b3_share": ("{samples}个随机损失中，{vertex}% 碰到顶点，{edge}% 碰到棱，"
                         "只有 {face}% 碰到面"),
        "claim_title": "本课：为什么 L1 给出恰好为 0 的系数，而 L2 给出小而分散的权重",
        "claim_recap": (
            "L1 与 L2 对比：形状、接触点、零系数、约束与惩罚、小批量重拟合、SGD、真实数据、"
            "名称、何时使用"
        ),
        "lesson_title": "为什么 L1 给出恰好为 0 的系数，L2 给出小而分散的权重？",
        "lesson_promise": "一个损失、一个预算 t，以及损失等高线最先碰到球 ‖β‖ ≤ t 的那一点",
        "key_heading": "每个视频里颜色的含义都相同：",
        "key_l1": "L1：菱形 ‖β‖₁ ≤ t，LASSO",
        "key_l2": "L2：圆 ‖β‖₂ ≤ t，岭回归",
        "key_loss": "损失：它的中心 c 和等高线",
        "key_optimum": "没有零系数的最优解",
        "key_zero": "有系数恰好为 0 的最优解；\n阴影：c 在这里时 L1 给出 0",
        "key_others": "其他颜色：没有固定含义，\n画在哪里就在哪里注明",
        "sub_title_start": "为什么 L1 给出恰好为 0 的系数，L2 给出小而分散的权重？",
        "sub_title_key": "五种颜色，各有一个含义，后面每个视频都一样",
        "sub_title_l1": "橙色：L1 球（LASSO 的菱形）",
        "sub_title_l2": "蓝色：L2 球，即岭回归的圆",
        "sub_title_loss": "粉色：损失、中心 c 和等高线",
        "sub_title_optimum": "黄色：没有零系数的最优解",
        "sub_title_zero": (
            "绿色的点是有系数恰好为 0 的最优解；绿色阴影：损失形状不变时，c 落在这里，L1 就给出 0"
            "（第 3 个视频解释原因）"
        ),
        "sub_title_others": "其他颜色没有固定含义，每个视频都会注明它画的是什么",
        "recap_title": "L1 与 L2：本课展示了什么",
        "recap_question": "问题",
        "recap_l1": "L1（LASSO）",
        "recap_l2": "L2（岭回归）",
        "recap_shape": "球的形状",
        "recap_shape_l1": "菱形：角在坐标轴上",
        "recap_shape_l2": "圆：没有角",
        "recap_touch": "损失转一圈",
        "recap_touch_l1": "{touch_share}% 的时间在角上",
        "recap_touch_l2": "{touch_l2}% 的时间在坐标轴上",
        "recap_zeros": "恰好为 0",
        "recap_zeros_l1": "中心在 4 片楔形里",
        "recap_zeros_l2": "中心只在 4 条射线上",
        "recap_spread": "权重分给两个特征",
        "recap_spread_l1": "|β| 代价：{cost_l1_one} → {cost_l1_two}",
        "recap_spread_l2": "β² 代价：{cost_l2_one} → {cost_l2_two}",
        "recap_penalty": "化为惩罚*",
        "recap_loss": "* min f + λ‖β‖₁, f + λ‖β‖₂²; f = (β − c)ᵀA(β − c), c = ({c}), A = {matrix}",
        "recap_penalty_l1": "‖β‖₁ ≤ {t} 等价于 λ = {lam_l1}",
        "recap_penalty_l2": "‖β‖₂ ≤ {t} 等价于 λ = {lam_l2}",
        "recap_stability": "重拟合 ρ {rho_low}→{rho_high}",
        "recap_stability_l1": "移动是 L2 的 {ratio_low}–{ratio_high} 倍",
        "recap_stability_l2": "移动更少，没有零系数",
        "recap_sgd": "SGD：离最优解",
        "recap_sgd_l1": "次梯度 {sgd_l1}，近端 {sgd_prox}",
        "recap_sgd_l2": "离最优解 {sgd_l2}",
        "recap_data": "糖尿病数据",
        "recap_data_l1": "{data_p} 个中 {data_l1} 个非零，s={data_pct}%",
        "recap_data_l2": "{data_p} 个中 {data_l2} 个非零，s={data_pct}%",
        "recap_features": "n = {hd_n} 个特征",
        "recap_features_l1": "{hd_n} 个中平均 {hd_l1_count} 个为 0",
        "recap_features_l2": "{hd_n} 个都不为 0",
        "recap_lasso": "LASSO：最小绝对收缩与选择算子",
        "sub_recap_features": (
            "{hd_n} 个特征时（圆形损失，预算为 c 的范数的一半），"
            "L1 最优解都有 0，平均 {hd_count} 个；L2 都没有"
        ),
        "recap_use": "用途",
        "recap_use_l1": "LASSO：选特征",
        "recap_use_l2": "岭回归：每个特征都留",
        "sub_recap_start": "最后：L1 与 L2，一个问题一个问题地对比",
        "sub_recap_shape": "L1 球是角在坐标轴上的菱形；L2 球是圆的",
        "sub_recap_touch": (
            "并排对比的视频里，损失转一整圈，L1 最优解有 {touch_share}% 的时间在角上，"
            "L2 的为 {touch_l2}%"
        ),
        "sub_recap_zeros": (
            "对圆形损失：中心在绿色楔形里，L1 就有恰为 0 的系数；L2 只有中心落在 4 条射线上时才有 0"
        ),
        "sub_recap_spread": (
            "权重分给两个相同特征：L1 代价不变，L2 减半"
        ),
        "sub_recap_penalty": (
            "对下方的损失 f，预算 t = {t} 化为惩罚：L1 的 λ = {lam_l1}，L2 的 λ = {lam_l2}"
        ),
        "sub_recap_sgd": (
            "ρ = {sgd_rho} 时做 SGD，L1 的两种更新步骤（次梯度、近端）离最优解的平均距离，"
            "分别是岭回归的 {sgd_ratio} 倍和 {prox_ratio} 倍：L2 的拉力 2β 随偏离增大，"
            "L1 的拉力大小不变"
        ),
        "sub_recap_data": ("糖尿病数据，预算比例 s = {data_pct}%（占最小二乘解的范数）：\n"
                           "{data_p} 个系数中 LASSO 留 {data_l1} 个，"
                           "岭回归留 {data_l2} 个"),
        "sub_recap_stability": (
            "小批量重拟合，相关系数 ρ 从 {rho_low} 到 {rho_high}：LASSO 的移动是岭回归的 "
            "{ratio_low} 到 {ratio_high} 倍，\n"
            "ρ 高时，哪些系数为 0 随批次而变"
        ),
        "sub_recap_end": "整张表：可以在这里暂停截图",
        "sub_recap_use": (
            "LASSO 用来选特征：一对相关的“双胞胎”往往只留一个，留哪个看运气；岭回归两个都留"
        ),
        "sub_st_start": "每个小批量 {size} 行，分别用 LASSO 和岭回归重新拟合",
        "sub_st_batches": (
            "λ1、λ2 不变：对小批量的损失加同样的惩罚，"
            "等价于把它的解约束在一个球里，球的大小因批而异；"
            "LASSO 的解沿边滑动、跳到角上，岭回归的解停在星号附近"
        ),
        "sub_st_batches_flat": (
            "λ1、λ2 不变：对小批量的损失加同样的惩罚，"
            "等价于把它的解约束在一个球里，球的大小因批而异；"
            "LASSO 的解沿边滑动，从不跳到角上，岭回归的解停在星号附近"
        ),
        "sub_st_step": (
            "随着 ρ 增大，LASSO 离星号的距离依次是岭回归的几倍：{r0}、{r1}、{r2}；"
            "改变零系数的小批量依次占 {s0}%、{s1}%、{s2}%"
        ),
        "sub_st_mech": (
            "原因（特征正交时的一维情形）：岭回归把每个拟合连同噪声除以 1 + 2λ2；"
            "LASSO 只把它向 0 平移 λ1，离散程度不变"
        ),
        "sub_st_far": (
            "ρ = {rho} 时沿虚线（菱形的边）损失几乎不升：从第 {a} 到第 {b} 个小批量，"
            "LASSO 的最优解沿边从一个角滑到另一个角，岭回归的几乎不动；圆则偏离这条线"
        ),
        "explore_title": "为什么 L1 给出恰好为 0 的系数：拖动损失，看最优解",
        "explore_hint": ("拖动 c：在菱形上，c 在一整片区域里移动，最优解都停在同一个顶点上；"
                         "在圆上，最优解随之滑动。"),
        "explore_why": ("原因：在顶点处，许多不同斜率的等高线都能碰到球，所以一整片区域的 c "
                        "都落在这个顶点上；圆上每一点只有一条切线，只有恰好在细线上的 c "
                        "才落在坐标轴上。"),
        "explore_why_penalised": ("原因：LASSO 的惩罚 λ‖β‖₁ 在 0 处有尖角，所以一整片区域的 c "
                                  "都让最优解保持一个恰好为 0 的系数；岭回归的 λ‖β‖₂² 在那里是"
                                  "光滑的，只有恰好在一条直线上的 c 才给出 0。"),
        "explore_singular_note": ("A 是奇异的：这里不画出给出恰好为 0 的系数的 c 的区域，"
                                  "最优解也可能是一整条线段。"),
        "explore_swatch_zero": "有系数恰好为 0 的最优解",
        "explore_swatch_optimum_segment": ("没有零系数的最优解；也用于一整条最优线段及其圆点，"
                                           "不论它们有没有零系数"),
        "explore_reverted": "{field}：{problem}；保留 {kept}。",
        "explore_problem_constrained": ("在约束 N(β) ≤ t 下最小化 f(β) = (β − c)ᵀA(β − c)，"
                                        "其中 N(β) 是 β 按所选球量出的大小（L1 为 ‖β‖₁，"
                                        "L2 为 ‖β‖₂；各图的标题写出它的 N）"),
        "explore_problem_penalised": ("最小化 f(β) + λP(β)，其中 f(β) = (β − c)ᵀA(β − c)，"
                                      "P(β) 是惩罚项（LASSO 为 ‖β‖₁，岭回归为 ‖β‖₂²；"
                                      "各图的标题写出它的 P）"),
        "explore_controls_label": "控件：约束区域、形式和损失",
        "explore_noscript": "本页需要 JavaScript 来求解和绘图。",
        "explore_view_legend": "约束区域（球）",
        "explore_view_both": "L1 与 L2 并排",
        "explore_view_l1": "L1：菱形（LASSO）",
        "explore_view_l2": "L2：圆（岭回归）",
        "explore_view_enet": "弹性网：介于两者之间",
        "explore_view_lp": "Lp 球",
        "explore_rho_label": "ρ：L1 所占的比例（0 为圆，1 为菱形）",
        "explore_p_label": "p（1 为菱形，2 为圆）",
        "explore_form_legend": "形式",
        "explore_form_constrained": "约束形式：N(β) ≤ t",
        "explore_form_penalised": "惩罚形式：最小化 f(β) + λP(β)",
        "explore_form_lp_note": "Lp 球在这里没有惩罚形式：只有 L1、L2 和弹性网有。",
        "explore_radius_label": "半径 t（球在每条坐标轴上伸到 ±t）",
        "explore_lam_label": "λ：惩罚的权重",
        "explore_loss_legend": "损失 f(β) = (β − c)ᵀA(β − c)",
        "explore_center_note": "中心 c（也可以在图里拖动）",
        "explore_shape_note": "形状：等高线 f = 1 是椭圆，两条半轴如下",
        "explore_axis1_label": "半轴 1",
        "explore_axis2_label": "半轴 2",
        "explore_angle_label": "半轴 1 的角度（度）",
        "explore_matrix_note": "或直接输入 A = [[a, b], [b, d]]（对称半正定）",
        "explore_canvas_label": "拖动损失的中心 c，或用方向键移动它（按住 Shift 可加大步长）。",
        "explore_canvas_name": "{title}。{help}",
        "explore_number_label": "{field}，数值",
        "explore_key_title": "颜色",
        "explore_key_touch": "粗等高线：经过 β* 的等高线（A 奇异时是两条直线），损失在那里碰到球",
        "explore_key_segment": "与 β* 同色的粗线：一整条线段都是最优解（A 奇异）",
        "explore_panel_l1": "L1：‖β‖₁ ≤ t，菱形（LASSO）",
        "explore_panel_l2": "L2：‖β‖₂ ≤ t，圆（岭回归）",
        "explore_panel_enet": "弹性网，ρ = {rho}：ρ‖β‖₁ + (1 − ρ)‖β‖₂² ≤ ρt + (1 − ρ)t²",
        "explore_panel_lp": "Lp 球，p = {p}：‖β‖ₚ ≤ t",
        "explore_pen_l1": "LASSO：最小化 f(β) + λ‖β‖₁",
        "explore_pen_l2": "岭回归：最小化 f(β) + λ‖β‖₂²",
        "explore_pen_enet": "弹性网，ρ = {rho}：最小化 f(β) + λ(ρ‖β‖₁ + (1 − ρ)‖β‖₂²)",
        "explore_out_multiplier": "μ = {mu}（拉格朗日乘子；约束不起作用时为 0）",
        "explore_out_where": "{face}：{zeros}",
        "explore_face_vertex": "在顶点上",
        "explore_face_edge": "在边上",
        "explore_face_boundary": "在边界上",
        "explore_face_interior": "在球内",
        "explore_face_origin": "在原点",
        "explore_zeros_none": "没有系数恰好为 0",
        "explore_zeros_one": "{name} 恰好为 0",
        "explore_zeros_both": "β₁* 和 β₂* 都恰好为 0",
        "explore_free_note": "c 在球内：约束不起作用（β* = c，μ = 0）。",
        "explore_flat_note": "约束不起作用（μ = 0）：损失在球内就取到最小值 0。",
        "explore_out_segment": ("最优解不唯一：从 ({x1}, {y1}) 到 ({x2}, {y2}) 的一整条线段"
                                "都是最优解，圆点只是其中一点。"),
        "explore_face_chord": "在球的一条弦上",
        "explore_face_segment_edge": "在一条边上，整条边都是最优解",
        "explore_seg_zeros_none": "没有哪个最优点有恰好为 0 的系数",
        "explore_seg_zeros_some": "只有 {points} 有恰好为 0 的系数；{dot}",
        "explore_seg_dot_zero": "圆点是其中之一",
        "explore_seg_dot_none": "圆点没有",
        "explore_seg_and": " 和 ",
        "explore_seg_flat_note": "约束不起作用（μ = 0）：f 在整条线段上都取到最小值 0。",
        "explore_zeros_segment": "{zeros}（整条线段上都是）",
        "explore_lp_not_convex": "p < 1 时这个“球”不是凸的，‖β‖ₚ 也不是范数。",
        "explore_lp_no_mu": "β* 是沿边界数值搜索得到的；这里不计算 μ。",
        "explore_link_l1": "取 λ = μ 的惩罚形式 f(β) + λ‖β‖₁ 有相同的 β*。",
        "explore_link_enet": "取 λ = μ 的惩罚形式 f(β) + λ(ρ‖β‖₁ + (1 − ρ)‖β‖₂²) 有相同的 β*。",
        "explore_link_l2": "取 λ = μ / (2t) = {link_lam} 的惩罚形式 f(β) + λ‖β‖₂² 有相同的 β*。",
        "explore_shade": "阴影：c 在这里时，{ball} 给出恰好为 0 的系数",
        "explore_shade_in": "阴影：c 在这里时，{ball} 给出恰好为 0 的系数；c 在描边的那一块里",
        "explore_shade_l1": "L1",
        "explore_shade_enet": "这个弹性网",
        "explore_rays": "细线：球外只有这些 c 能让 {ball} 给出恰好为 0 的系数（面积为 0 的集合）",
        "explore_rays_l2": "L2",
        "explore_rays_lp": "这个 Lp 球",
        "explore_rays_enet": "这个弹性网",
        "explore_short_enet": "弹性网",
        "explore_say_center": "c = ({c1}, {c2})。",
        "explore_say_panel": "{ball}：β* = ({b1}, {b2})，{zeros}。",
        "explore_say_segment": "{ball}：最优解不唯一，一整条线段都是最优解。",
        "explore_say_zero_one": "{name} 恰好为 0",
        "explore_say_zero_both": "β₁* 和 β₂* 都恰好为 0",
        "explore_say_zero_none": "没有零",
        "explore_say_gap": "",
        "explore_refused_switch": "没有切换到“{choice}”：{problem}。",
        "explore_pen_ball": "虚线：t = {t} 的球；取这个 t，约束问题的最优解与此相同。",
        "explore_pen_zero": "β* = 0：经过它的球缩成了原点。",
        "explore_error": "{field}：{problem}。请输入{allowed}。",
        "explore_problem_empty": "不能为空",
        "explore_problem_text": "“{got}”不是数字",
        "explore_problem_range": "{got} 超出范围",
        "explore_problem_matrix": "A = [[{a}, {b}], [{b}, {d}]] 不是半正定矩阵",
        "explore_problem_solver": "无法求出最优解",
        "explore_problem_zero": "A = 0 不构成损失",
        "explore_problem_flat": "A 奇异时，λ = 0 没有唯一的最优解",
        "explore_problem_ridge": ("LASSO（或 ρ = 1 的弹性网）的惩罚形式要求 A 正定"
                                  "（a > 0 且 ad > b²），而这个 A 是奇异的；岭回归和 ρ < 1 "
                                  "的弹性网不需要"),
        "explore_allowed_between": "介于 {low} 到 {high} 之间的数",
        "explore_allowed_below": "不小于 {low} 且小于 {high} 的数",
        "explore_allowed_positive": "大于 0、不超过 {high} 的数",
        "explore_allowed_matrix": "满足 a ≥ 0、d ≥ 0、ad ≥ b² 且不全为 0 的 a、b、d",
        "explore_allowed_definite": "满足 a > 0 且 ad > b² 的 a、b、d（或改用约束形式）",
        "explore_field_radius": "半径 t",
        "explore_field_axis1": "半轴 1",
        "explore_field_axis2": "半轴 2",
        "explore_field_angle": "角度",
        "explore_field_matrix": "矩阵 A",
        "explore_field_entry": "矩阵 A 的元素 {name}",
    },
}


def text(key: str, lang: str = "en", **fields: object) -> str:
    """The string ``key`` in ``lang`` with ``fields`` filled in."""
    try:
        table = STRINGS[lang]
    except KeyError:
        raise ValueError(f"lang must be one of {', '.join(STRINGS)}, got {lang!r}") from None
    return table[key].format(**fields)


def format_count(count: int, lang: str) -> str:
    """A large whole number as a reader of ``lang`` writes it: 1,000,000 / 100 万."""
    if lang == "zh" and count >= 10_000 and count % 10_000 == 0:
        return f"{count // 10_000:,} 万"
    return f"{count:,}"


def reading_seconds(line: str, lang: str) -> float:
    """How long ``line`` must stay on screen to be read at ``READING_RATE`` (>= 1.5 s)."""
    size = len(re.sub(r"\s", "", line)) if lang == "zh" else len(line)
    return max(SHORTEST_CUE, size / READING_RATE[lang])
