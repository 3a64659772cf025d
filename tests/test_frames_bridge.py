"""Frame tests of scenes/bridge.py: the 1-D penalised objectives and their minimisers at
the recorded v, the minimiser map drawn up to v, L1's exact zero in its zone, and in 2-D
the constrained optimum and the penalised one (ring) at mathcore's points."""

from __future__ import annotations

import numpy as np
import pytest

from mathcore import QuadraticLoss, solve_constrained
from mathcore.penalty_form import (
    penalised_optimum,
    penalty_for_budget,
    scalar_minimizer,
    zero_zone,
)
from scenes import defaults, theme
from scenes.bridge import (
    LAMBDA,
    MINIMUM_DOT,
    OBJECTIVE_TOP,
    RING_RADIUS,
    SPAN,
    ZONE_V,
    ConstraintToPenalty,
    objective,
)
from scenes.pieces import optimum_color
from tests.frames import (
    MarkerCheck,
    assert_near_polylines,
    check_basics,
    color_mask,
    marker_position,
    pixel_centres,
    region_pixels,
    spread,
)

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("bridge")]
BS = np.linspace(-SPAN, SPAN, 2001)
CURVES = (theme.L1_COLOR, theme.L2_COLOR, theme.LOSS_COLOR)
MARKERS = (theme.SOLUTION_COLOR, theme.ZERO_COLOR)


def objective_line(name: str, v: float) -> np.ndarray:
    """The curve in data coordinates, cut where it leaves the panel (y > OBJECTIVE_TOP)."""
    values = np.square(BS - v) if name == "loss" else objective(name, v, BS)
    keep = values <= OBJECTIVE_TOP
    return np.column_stack([BS[keep], values[keep]])


def check_sweep(video) -> dict:
    scene = video.scene
    sweeps = video.changing("v")
    assert sweeps, "v never moved"
    minima = {norm: MarkerCheck(f"{norm} minimiser") for norm in ("l1", "l2")}
    movers = {norm: MarkerCheck(f"{norm} map") for norm in ("l1", "l2")}
    worst = {}
    palette = [*CURVES, *MARKERS]
    legend = video.pixel_box(scene.legend)
    for index, frame in video.frames(spread(sweeps, 10, 0)).items():
        v = video.value("v", index)
        best = {norm: float(scalar_minimizer(v, LAMBDA, norm)) for norm in ("l1", "l2")}
        dots = {norm: video.to_pixels("objective", index,
                                      [[b, float(objective(norm, v, b))]])[0]
                for norm, b in best.items()}
        ends = {norm: video.to_pixels("minimiser", index, [[v, b]])[0]
                for norm, b in best.items()}
        small = video.screen_px(MINIMUM_DOT)
        discs = [*[video.disc_box(p, small) for p in dots.values()],
                 *[video.disc_box(p, video.dot_radius_px) for p in ends.values()]]
        if np.linalg.norm(dots["l1"] - dots["l2"]) > 2 * small + 3:
            for norm, point in dots.items():
                color = optimum_color(np.array([best[norm]]))
                minima[norm].add(index, point, marker_position(
                    frame, color, point, small, palette), video)
        if np.linalg.norm(ends["l1"] - ends["l2"]) > 2 * video.dot_radius_px + 3:
            for norm, point in ends.items():
                movers[norm].add(index, point, marker_position(
                    frame, theme.NORM_COLORS[norm], point, 0.8 * video.dot_radius_px,
                    palette), video)
        region = video.plane_box(scene.curve_axes)
        for name, color in zip(("l1", "l2", "loss"), CURVES, strict=True):
            pixels = region_pixels(frame, color, region, palette, [*discs, legend])
            worst[f"objective_{name}_px"] = max(worst.get(f"objective_{name}_px", 0.0),
                                                assert_near_polylines(
                video, index, pixels, [video.to_pixels("objective", index,
                                                       objective_line(name, v))],
                f"objective {name}", 4, min_pixels=10))
        region = video.plane_box(scene.map_axes)
        drawn = BS[v >= BS]
        for norm in ("l1", "l2"):
            if len(drawn) < 50:
                continue
            line = np.column_stack([drawn, scalar_minimizer(drawn, LAMBDA, norm)])
            pixels = region_pixels(frame, theme.NORM_COLORS[norm], region, palette, discs)
            worst[f"map_{norm}_px"] = max(worst.get(f"map_{norm}_px", 0.0), assert_near_polylines(
                video, index, pixels, [video.to_pixels("minimiser", index, line)],
                f"map {norm}", theme.PATH_STROKE, min_pixels=10))
    for check in (*minima.values(), *movers.values()):
        check.assert_within(video)
        check.assert_moves(video)
    return worst


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_objectives_and_their_minimisers_follow_v(lang, rendered_video):
    video = rendered_video(ConstraintToPenalty, lang)
    check_basics(video)
    check_sweep(video)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_l1_holds_exactly_zero_in_its_zone(lang, rendered_video):
    video = rendered_video(ConstraintToPenalty, lang)
    index = video.beat("bridge_zone")[1]
    assert video.value("v", index) == pytest.approx(ZONE_V)
    assert abs(ZONE_V) <= zero_zone(LAMBDA)
    assert float(scalar_minimizer(ZONE_V, LAMBDA, "l1")) == 0.0
    frame = video.frames([index])[index]
    expected = video.to_pixels("objective", index, [[0.0, ZONE_V**2]])[0]
    found = marker_position(frame, theme.ZERO_COLOR, expected,
                            video.screen_px(MINIMUM_DOT), [*CURVES, *MARKERS])
    assert found is not None and np.linalg.norm(found - expected) <= 2.0
    zone = video.to_pixels("minimiser", index, [[-zero_zone(LAMBDA), 0.0],
                                                [zero_zone(LAMBDA), 0.0]])
    pixels = region_pixels(frame, theme.ZERO_COLOR, video.plane_box(video.scene.map_axes),
                           [*CURVES, *MARKERS])
    assert_near_polylines(video, index, pixels, [zone], "zero zone", 8, min_pixels=20)
    assert pixels[:, 0].min() <= zone[0][0] + 3 and pixels[:, 0].max() >= zone[1][0] - 3


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_budget_and_the_penalty_give_the_same_point(lang, rendered_video):
    video = rendered_video(ConstraintToPenalty, lang)
    index = video.beat("bridge_same")[1]
    frame = video.frames([index])[index]
    loss = QuadraticLoss.create(defaults.CENTER, defaults.MATRIX)
    for norm in ("l1", "l2"):
        constrained = solve_constrained(loss, norm, defaults.RADIUS).beta
        penalised = penalised_optimum(loss, norm, penalty_for_budget(loss, norm,
                                                                     defaults.RADIUS))
        plane = f"{norm}_2d"
        expected = video.to_pixels(plane, index, [constrained])[0]
        found = marker_position(frame, optimum_color(constrained), expected,
                                video.dot_radius_px, [theme.NORM_COLORS[norm],
                                                      theme.LOSS_COLOR, theme.TEXT_COLOR])
        assert found is not None and np.linalg.norm(found - expected) <= 2.0
        ring_centre = video.to_pixels(plane, index, [penalised])[0]
        ring = pixel_centres(color_mask(frame, theme.TEXT_COLOR, [
            theme.NORM_COLORS[norm], theme.LOSS_COLOR, optimum_color(constrained)],
            np.array([ring_centre - 20, ring_centre + 20])))
        ring = ring[np.linalg.norm(ring - ring_centre, axis=1) > video.dot_radius_px + 1.5]
        radii = np.linalg.norm(ring - ring_centre, axis=1)  # (the dot's rim left out)
        assert len(radii) >= 20
        angles = np.arctan2(*(ring - ring_centre).T[::-1])
        assert len(np.unique(np.floor((angles + np.pi) / (np.pi / 6)))) >= 9  # all round
        # one circle of the ring's radius about the penalised optimum
        assert np.percentile(radii, 95) - np.percentile(radii, 5) <= 3.0
        assert abs(np.median(radii) - video.screen_px(RING_RADIUS)) <= 1.5
    shown = video.scene.shown["l1_bridge"]
    assert shown["lambda"] == pytest.approx(5.0) and shown["penalised"] == [2.0, 0.0]
