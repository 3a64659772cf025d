"""The path, ridge-vs-lasso and correlated scenes draw exactly mathcore's numbers."""

from __future__ import annotations

import numpy as np
import pytest
from manim import DL, UR

from mathcore import QuadraticLoss, norm_value, solve_constrained
from mathcore.budget_path import budget_path
from mathcore.datasets import load_diabetes
from mathcore.paths import budget_shares, lasso_path
from mathcore.preprocessing import standardize
from scenes import pieces
from scenes.correlated import (
    DRAW_SEEDS,
    RADII,
    RHO_END,
    RHO_START,
    SEED,
    CorrelatedFeatures,
    draw_tally,
    loss_at,
)
from scenes.path import ShrinkingBudget
from scenes.ridge_vs_lasso import RidgeVsLasso
from tests.scene_rendering import assert_inside_frame, boxes_overlap, data_points, render_scene


@pytest.fixture(scope="session")
def shrinking(tmp_path_factory):
    return render_scene(ShrinkingBudget, tmp_path_factory.mktemp("path"))


@pytest.mark.slow
def test_path_scene_moves_along_mathcore_path(shrinking):
    scene = shrinking
    assert_inside_frame(scene, slack=1e-6)
    loss = QuadraticLoss.create(scene.center, scene.matrix)
    assert scene.start == max(budget_path(loss, n).full_radius for n in ("l1", "l2"))
    for share in (1.0, 0.8, 0.5, 0.2, 0.0):
        t = share * scene.start  # one budget t for both balls
        scene.budget.set_value(t)
        scene.follow_budget()
        for norm in ("l1", "l2"):
            expected = solve_constrained(loss, norm, t).beta if t > 0 else np.zeros(2)
            shown = scene.axes.p2c(scene.dots[norm].get_center())[:2]
            np.testing.assert_allclose(shown, expected, atol=1e-6)
            # the key's colour: green exactly when mathcore's optimum has a 0
            beta = budget_path(loss, norm).beta_at(t)
            drawn = scene.dots[norm].get_color().to_hex().upper()
            assert drawn == pieces.optimum_color(beta).upper()
            ball = data_points(scene.axes, scene.balls[norm].get_anchors())
            np.testing.assert_allclose(norm_value(ball, norm), t, atol=1e-9)


@pytest.mark.slow
def test_path_scene_l1_reaches_the_axis_and_stays(shrinking):
    scene = shrinking
    path = scene.paths["l1"]
    (drop,) = [e for e in path.events if e.action == "zeroed"]
    assert drop.feature == 1 and drop.radius == pytest.approx(8 / 3, rel=1e-12)
    trace = data_points(scene.axes, scene.traces["l1"].all_points)
    after = trace[scene.traces["l1"].positions <= drop.radius]
    assert np.all(after[:, 1] == pytest.approx(0.0, abs=1e-9))
    l2 = data_points(scene.axes, scene.traces["l2"].all_points)
    interior = scene.traces["l2"].positions[(scene.traces["l2"].positions > 0)]
    assert np.all(np.abs(l2[: len(interior)][:, 1]) > 1e-6)  # never on an axis before t = 0
    assert "2.667" in scene.notes[0].original_text
    assert scene.shown["knot_numbers"] == ["2.667"]
    assert scene.knot_marks[0][1].original_text == "2.667"
    assert "lasso" in scene.notes[-1].original_text.lower() and "λ" in scene.notes[-1].original_text
    # t along the bottom, 0 to 4 (the knot's own number one row lower), values at the left
    assert scene.shown["plot_x_numbers"] == [0.0, 1.0, 2.0, 3.0, 4.0]
    assert scene.shown["plot_y_numbers"] == [0.0, 1.0, 2.0, 3.0]
    shown = [n.original_text for n in scene.tick_numbers]
    assert shown == ["0", "1", "2", "3", "4", "0", "1", "2", "3"]
    # the contours are cut at the plane's framed window; the axis names lie outside it
    low, high = scene.window.get_corner(DL), scene.window.get_corner(UR)
    for name in scene.plane_labels:
        a, b = name.get_corner(DL), name.get_corner(UR)
        assert b[0] < low[0] or a[0] > high[0] or b[1] < low[1] or a[1] > high[1]
    for t in (scene.start, drop.radius, 1.0, 0.0):
        scene.budget.set_value(t)
        scene.follow_budget()
        for contour in scene.contours.values():
            points = np.asarray(contour.get_anchors()).reshape(-1, 3)
            if len(points):
                assert np.all(points[:, :2] >= low[:2] - 1e-9)
                assert np.all(points[:, :2] <= high[:2] + 1e-9)


@pytest.fixture(scope="session")
def ridge_lasso(tmp_path_factory):
    return render_scene(RidgeVsLasso, tmp_path_factory.mktemp("rvl"))


@pytest.mark.slow
def test_ridge_vs_lasso_curves_are_mathcore_paths(ridge_lasso):
    scene = ridge_lasso
    assert_inside_frame(scene, slack=1e-6)
    data = load_diabetes()
    path = lasso_path(standardize(data.X), data.y)
    shares = budget_shares(path.coefs, "l1")
    axes = scene.panels["l1"]["axes"]
    for j, curve in enumerate(scene.panels["l1"]["curves"]):
        drawn = data_points(axes, curve.all_points)
        np.testing.assert_allclose(drawn, np.column_stack([shares, path.coefs[:, j]]), atol=1e-6)
    ridge_axes = scene.panels["l2"]["axes"]
    for j, curve in enumerate(scene.panels["l2"]["curves"]):
        drawn = data_points(ridge_axes, curve.all_points)
        assert np.all(np.abs(drawn[1:, 1]) > 0)  # it only crosses 0, between samples
        np.testing.assert_allclose(drawn[-1, 1], path.coefs[-1, j], rtol=1e-8)  # both end at LS


@pytest.mark.slow
def test_ridge_vs_lasso_calls_out_every_knot(ridge_lasso):
    scene = ridge_lasso
    data = load_diabetes()
    path = lasso_path(standardize(data.X), data.y)
    names = [tag.original_text for tag in scene.knot_tags]
    expected, entered = [], set()
    for e in path.events:
        name = data.features[e.feature]
        expected.append(name + (" leaves" if e.action != "enter" else
                                " back in" if e.feature in entered else ""))
        entered.add(e.feature)
    assert names == expected
    for tag in scene.knot_tags:
        assert tag.get_fill_opacity() == 1.0  # all shown by the end
    tags = list(scene.knot_tags)
    for i, a in enumerate(tags):
        for b in tags[i + 1:]:
            assert not boxes_overlap(a, b), (a.original_text, b.original_text)
    assert scene.compare["lasso_zeros"] == ["age", "s2", "s4"]
    assert scene.compare["ridge_crossed"] == ["sex", "s2 ×2", "s1", "age", "s3"]
    # every crossing dot is named under the ridge plot (s2 crosses twice: two names)
    crossings = [tag.original_text for tag in scene.crossing_tags]
    assert crossings == ["sex", "s2", "s1", "age", "s2", "s3"]
    assert len(scene.crossing_dots) == len(crossings)
    tags = list(scene.crossing_tags)
    for i, a in enumerate(tags):
        for b in tags[i + 1:]:
            assert not boxes_overlap(a, b), (a.original_text, b.original_text)


@pytest.mark.slow
def test_end_labels_do_not_overlap(ridge_lasso):
    """No live name is drawn at the end: no feature is singled out there, and only the lit
    ones are named (their spacing is checked on the decoded frames)."""
    scene = ridge_lasso
    for panel in scene.panels.values():
        tags = [tag for tag in panel["names"][:-1] if getattr(tag, "shade", 0.0) > 0.0]
        assert not tags


def long_names_csv(folder) -> str:
    """8 features with 25-character names that share their start, nearly equal effects."""
    rng = np.random.default_rng(3)
    X = rng.normal(size=(300, 8))
    y = X @ (1.0 + 0.01 * np.arange(8)) + rng.normal(scale=0.5, size=300)
    names = [f"measurement_number_{k:02d}_abc" for k in range(8)]
    assert {len(name) for name in names} == {25}
    rows = [",".join([*names, "outcome"])] + [",".join(f"{v:.9g}" for v in [*x, t])
                                               for x, t in zip(X, y, strict=True)]
    path = folder / "long.csv"
    path.write_text("\n".join(rows) + "\n")
    return str(path)


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_long_names_are_shortened_and_nothing_overlaps(lang, tmp_path):
    path = long_names_csv(tmp_path)
    scene_class = type("RidgeVsLasso", (RidgeVsLasso,),
                       {"data": path, "target": "outcome", "lang": lang})
    scene = render_scene(scene_class, tmp_path / "media")
    assert_inside_frame(scene, slack=1e-6)
    assert list(scene.features) == [f"meas…{k}_abc" for k in range(8)]
    things = [scene.title, scene.notes, *scene.knot_tags, *scene.crossing_tags]
    for panel in scene.panels.values():
        things += [panel["header"], panel["counter"], panel["axis_name"], panel["compare"][1],
                   panel["least_squares"][0],
                   *[tag for tag in panel["names"][:-1] if getattr(tag, "shade", 0.0) > 0.0]]
    for i, a in enumerate(things):
        for b in things[i + 1:]:
            assert not boxes_overlap(a, b), (getattr(a, "original_text", a),
                                             getattr(b, "original_text", b))
    for panel in scene.panels.values():  # no end name over the plot's other texts
        assert all(tag.get_left()[0] > panel["axes"].get_right()[0] for tag in panel["names"][:-1]
                   if getattr(tag, "shade", 0.0) > 0.0)


def test_screen_names_stay_apart():
    from scenes.ridge_vs_lasso import MAX_NAME, screen_name, screen_names

    assert screen_name("a\nb\tc") == "a b c"
    assert screen_names(("age", "bmi")) == ["age", "bmi"]
    long = ("x" * 30 + "1", "x" * 30 + "2", "y" * 40)
    shown = screen_names(long)
    assert len(set(shown)) == 3 and all(len(name) <= MAX_NAME for name in shown)
    assert screen_names(("a" * 20 + "b" * 20 + "1", "a" * 20 + "c" * 20 + "1"))[0] != \
        screen_names(("a" * 20 + "b" * 20 + "1", "a" * 20 + "c" * 20 + "1"))[1]


@pytest.fixture(scope="session")
def correlated(tmp_path_factory):
    return render_scene(CorrelatedFeatures, tmp_path_factory.mktemp("corr"))


@pytest.mark.slow
def test_correlated_scene_shows_mathcore_optima(correlated):
    scene = correlated
    assert_inside_frame(scene, slack=1e-6)
    final = scene.seed.get_value(), scene.rho.get_value()
    scene.seed.set_value(SEED)  # the sweep's draw; the scene ends on another one
    try:
        for rho in (RHO_START, 0.5, 0.9, RHO_END):
            scene.rho.set_value(rho)
            scene.follow_rho()
            loss = loss_at(rho)
            for norm, plane in scene.planes.items():
                solution = solve_constrained(loss, norm, RADII[norm])
                shown = plane["axes"].p2c(plane["dot"].get_center())[:2]
                np.testing.assert_allclose(shown, solution.beta, atol=1e-6)
                contour = data_points(plane["axes"], plane["contour"].get_anchors())
                # the ends are cut where a chord crosses the plane's edge
                np.testing.assert_allclose(loss.value(contour[1:-1]), solution.loss, rtol=1e-6)
                assert norm_value(contour, norm).min() >= RADII[norm] * (1 - 1e-9)
    finally:  # the fixture is shared: leave the scene as it was rendered
        scene.seed.set_value(final[0])
        scene.rho.set_value(final[1])
        scene.follow_rho()


@pytest.mark.slow
def test_correlated_ends_with_lasso_on_one_feature_and_ridge_split(correlated):
    scene = correlated
    last = DRAW_SEEDS[-1]
    assert round(scene.seed.get_value()) == last
    loss = loss_at(RHO_END, last)
    lasso = solve_constrained(loss, "l1", RADII["l1"])
    ridge = solve_constrained(loss, "l2", RADII["l2"])
    assert lasso.face == "vertex" and len(lasso.zeros) == 1
    assert abs(ridge.beta[0] / ridge.beta[1] - 1) < 0.1
    tally = draw_tally()
    text = scene.note.original_text
    for count in (tally["x1"], tally["x2"], tally["both"]):
        assert str(count) in text
    shown = ", ".join(pieces.format_coefficient(x) for x in lasso.beta)
    assert scene.planes["l1"]["readout"].shown_text == f"β* = ({shown})"
    assert scene.rho_line.shown_text.endswith("0.99")


def test_spread_positions_keeps_order_and_gap():
    values = np.array([0.0, 0.1, 0.15, 1.0, 0.5, -2.0])
    spread = pieces.spread_positions(values, 0.3)
    order = np.argsort(values)
    assert np.all(np.diff(spread[order]) >= 0.3 - 1e-12)
    assert spread[5] == -2.0 and spread[3] == 1.0  # far ones stay put
