"""The cloud, Lp-family, 3-D and high-dimension scenes show mathcore's numbers."""

from __future__ import annotations

import numpy as np
import pytest

from mathcore import QuadraticLoss, ellipse_points, l1_vertices, norm_value, solve_constrained
from mathcore.catchment import corner_share
from mathcore.cloud import cloud_2d, cloud_nd
from mathcore.lp_balls import enet_ball, lp_ball, solve_ball
from scenes import defaults, theme
from scenes.ball3d import RADIUS as RADIUS_3D
from scenes.ball3d import BallsIn3D
from scenes.cloud import CLOUD_SIZE, TILTED, RandomLossCloud
from scenes.high_dim import DIMENSIONS, SAMPLES, SEED, ZerosInHighDimensions
from scenes.lp_family import FAMILIES, BallFamily, ball_at, setting_at, subtitle_floor
from scenes.lp_family import RADIUS as RADIUS_LP
from scenes.pieces import format_coefficient
from scenes.strings import text
from tests.scene_rendering import render_scene


@pytest.fixture(scope="session")
def cloud(tmp_path_factory):
    return render_scene(RandomLossCloud, tmp_path_factory.mktemp("cloud"))


@pytest.mark.slow
def test_cloud_dots_are_the_centres_coloured_by_their_optimum(cloud):
    for norm in ("l1", "l2"):
        axes = cloud.planes[norm]["axes"]
        shown = np.array([axes.p2c(d.get_center())[:2] for d in cloud.clouds[norm]])
        np.testing.assert_allclose(shown, cloud.problems[norm][0], atol=1e-6)
        assert np.allclose(norm_value(cloud.optima[norm], norm), 2.0)
        zero = np.any(cloud.optima[norm] == 0.0, axis=1)
        colors = [d.get_color().to_hex().upper() for d in cloud.clouds[norm]]
        assert colors == [theme.ZERO_COLOR if z else theme.SOLUTION_COLOR for z in zero]
    assert not np.any(cloud.optima["l2"] == 0.0)


@pytest.mark.slow
def test_cloud_numbers_are_mathcores(cloud):
    exact = cloud_2d("l1", "general", 1_000_000, seed=7)
    assert cloud.exact["l1"].fraction_zero == exact.fraction_zero
    assert f"{100 * exact.fraction_zero:.2f}" in cloud.exact_notes["l1"].original_text
    assert cloud.exact["l2"].fraction_zero == 0.0
    zeros = int(np.any(cloud.optima["l1"] == 0.0, axis=1).sum())
    assert cloud.counters["l1"].shown_text.startswith(
        text("cloud_count", "en", zeros=zeros, total=CLOUD_SIZE, share="")[:-3])
    assert cloud.zone_share["round"] == pytest.approx(32 / 49, abs=1e-15)
    assert cloud.zone_share["tilted"] == corner_share(TILTED, 2.0, 10.0)
    loss = QuadraticLoss.create(defaults.CENTER, defaults.MATRIX)
    corner = solve_constrained(loss, "l1", 2.0).beta
    np.testing.assert_allclose(cloud.slopes["l1"], [5.65685424949238, 1.4142135623730951])
    np.testing.assert_array_equal(corner, [2.0, 0.0])
    for norm, shown in (("l1", ("+5.66", "+1.41")), ("l2", ("+0.00", "+0.00"))):
        assert all(value in cloud.zoom_notes[norm].original_text for value in shown)


@pytest.fixture(scope="session")
def family(tmp_path_factory):
    return render_scene(BallFamily, tmp_path_factory.mktemp("family"))


@pytest.mark.slow
@pytest.mark.parametrize(("q", "zero"), [(2.0, True), (1.0, True), (2 / 3, False),
                                         (0.5, False), (0.0, False)])
def test_family_optimum_follows_the_ball(family, q, zero):
    family.family.set_value(FAMILIES.index("lp"))
    family.setting.set_value(q)
    family.follow()
    p = np.inf if q == 0.0 else 1 / q
    ball = lp_ball(p, RADIUS_LP)
    expected = solve_ball(family.loss, ball)
    shown = family.axes.p2c(family.dot.get_center())[:2]
    np.testing.assert_allclose(shown, expected.beta, atol=1e-6)
    assert bool(expected.zeros) == zero
    outline = np.array([family.axes.p2c(x)[:2] for x in family.outline.get_anchors()])
    np.testing.assert_allclose(ball.gauge(outline), RADIUS_LP, rtol=1e-6)
    check_family_panel(family, expected.beta, 2.0 - q)


@pytest.mark.slow
@pytest.mark.parametrize("alpha", [1.0, 0.5, 0.0])
def test_family_elastic_net_panel_follows_the_mix(family, alpha):
    family.family.set_value(FAMILIES.index("enet"))
    family.setting.set_value(alpha)
    family.follow()
    expected = solve_ball(family.loss, enet_ball(alpha, RADIUS_LP))
    np.testing.assert_allclose(family.axes.p2c(family.dot.get_center())[:2], expected.beta,
                               atol=1e-6)
    check_family_panel(family, expected.beta, 2.0 * (1.0 - alpha))


def check_family_panel(family, beta: np.ndarray, position: float) -> None:
    """The read-outs show the tracker's value and b*; the sweep axis' marker and the
    chart's heads stand at the sweep position (p = 1 / (2 - position), alpha = 1 -
    position / 2) and at b*; the curves end there."""
    value = family.setting.get_value()
    shown = family.heading.shown_text.split(" = ")[-1]
    if FAMILIES[int(family.family.get_value())] == "lp":
        assert shown == ("∞" if value == 0.0 else f"{1.0 / value:.2f}")
    else:
        assert shown == f"{value:.3f}"
    assert [line.shown_text.split(" = ")[-1] for line in family.optimum_line] == [
        format_coefficient(x) for x in beta]
    chart = family.chart
    np.testing.assert_allclose(chart.axes.p2c(chart.marker.get_center())[:2],
                               [position, chart.axis_y], atol=1e-6)
    np.testing.assert_allclose([chart.axes.p2c(head.get_center())[:2] for head in chart.heads],
                               [[position, b] for b in beta], atol=1e-6)
    for curve, b in zip(chart.parts[FAMILIES[int(family.family.get_value())]]["curves"], beta,
                        strict=True):
        np.testing.assert_allclose(chart.axes.p2c(curve.get_end())[:2], [position, b],
                                   atol=1e-6)


@pytest.mark.slow
def test_family_view_holds_every_touching_contour_and_clears_the_subtitles(family):
    """Every contour through an optimum of either sweep lies whole in the plane's view
    (nothing is clipped), and nothing is drawn in the bottom strip subtitles take."""
    axes = family.axes
    low = np.array([axes.x_range[0], axes.y_range[0]])
    high = np.array([axes.x_range[1], axes.y_range[1]])
    for index in range(len(FAMILIES)):
        for position in np.linspace(0.0, 2.0, 201):
            ball = ball_at(index, setting_at(index, position))
            level = solve_ball(family.loss, ball, 2000).loss
            for points in (ellipse_points(family.loss, level, 720), ball.outline(720)):
                assert np.all(points >= low) and np.all(points <= high), (index, position)
    floor = subtitle_floor()
    assert family.note_band.bottom >= floor
    for top in family.mobjects:
        for mobject in top.get_family():
            if len(mobject.points):
                assert mobject.get_bottom()[1] >= floor - 1e-6, mobject


@pytest.mark.slow
def test_family_elastic_net_leaves_the_corner_where_mathcore_says(family):
    loss = QuadraticLoss.create(family.center, family.matrix)
    above = enet_ball(family.leave + 1e-4, RADIUS_LP)
    below = enet_ball(family.leave - 1e-4, RADIUS_LP)
    assert solve_ball(loss, above).zeros == (1,)
    assert solve_ball(loss, below).zeros == ()
    assert "L2" in family.final_lines[2].original_text


@pytest.mark.slow
def test_three_d_solutions_and_geometry(tmp_path):
    scene = render_scene(BallsIn3D, tmp_path)
    faces = [solution.face for _, _, solution in scene.solutions]
    assert faces == ["vertex", "edge", "face", "boundary"]
    for norm, loss, solution in scene.solutions:
        np.testing.assert_allclose(solution.beta,
                                   solve_constrained(loss, norm, RADIUS_3D).beta)
    assert np.array_equal(l1_vertices(RADIUS_3D, 3)[0], [RADIUS_3D, 0, 0])


@pytest.mark.slow
def test_high_dimension_curves_are_measured(tmp_path):
    scene = render_scene(ZerosInHighDimensions, tmp_path)
    for stat, interval, norm in (("mean_zero_fraction", "mean_zero_ci95", "l1"),
                                 ("fraction_zero", "ci95", "l2")):
        runs = [cloud_nd(norm, "isotropic", SAMPLES, n, seed=SEED, relative_budget=0.5)
                for n in DIMENSIONS]
        np.testing.assert_allclose(scene.values[norm, stat], [getattr(r, stat) for r in runs])
        np.testing.assert_allclose(scene.values[norm, interval],
                                   [getattr(r, interval) for r in runs])
    panel = scene.panels[1]
    curve = np.array([panel["axes"].p2c(x)[:2] for x in panel["curve"].get_anchors()])
    np.testing.assert_allclose(curve[::2, 1], scene.values["l1", "mean_zero_fraction"][:-1],
                               atol=1e-9)
    shares = scene.values["l1", "mean_zero_fraction"]
    assert 0.25 < shares[-1] < 0.32  # tends to 1 - 1/sqrt(2) = 0.293 (uniform |c_i|, t = ||c||/2)
    low, high = scene.values["l1", "mean_zero_ci95"][-1]
    assert low < shares[-1] < high and high - low < 0.01
    assert scene.values["l1", "fraction_zero"][-1] == 1.0
    assert all(np.all(scene.values["l2", stat] == 0.0)
               for stat in ("fraction_zero", "mean_zero_fraction"))
