"""Frame tests of scenes/bridge.py: the headings inside the frame, the 1-D penalised
objectives and their minimisers at the recorded v, the minimiser map drawn up to v, L1's
exact zero (green) on its corner high enough above the axis to be seen, the gap bar of
soft-thresholding, and in 2-D the nested contours and c, the balance arrows, the
constrained optimum and the penalised one (ring) at mathcore's points, and the ball
following t = ||b*(lam)|| as lam is scaled."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from mathcore import QuadraticLoss, solve_constrained
from mathcore.norms import norm_named
from mathcore.penalty_form import (
    budget_for_penalty,
    penalised_optimum,
    penalty_for_budget,
    scalar_minimizer,
    stationarity,
    zero_zone,
)
from scenes import defaults, layout, theme
from scenes.bridge import (
    ARROW_SCALE,
    FAMILY_LEVELS,
    FAMILY_OPACITY,
    K_TOP,
    LAMBDA,
    MINIMUM_DOT,
    OBJECTIVE_TOP,
    PROX_V,
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
    blend,
    check_basics,
    color_mask,
    marker_position,
    pixel_centres,
    region_pixels,
    spread,
)

pytestmark = pytest.mark.slow
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


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_headings_and_names_are_inside_the_frame(lang, rendered_video):
    video = rendered_video(ConstraintToPenalty, lang)
    scene = video.scene
    screen = layout.screen()
    index = video.beat("bridge_start")[1]
    frame = video.frames([index])[index]
    width = frame.shape[1]
    for axes in (scene.curve_axes, scene.map_axes):
        caption = axes.heading[0]
        assert screen.left - 1e-6 <= caption.get_left()[0]
        assert caption.get_right()[0] <= screen.right + 1e-6
        box = video.pixel_box(caption)
        assert box[0][0] >= 0 and box[1][0] <= width
        # drawn: text pixels at both ends of the heading (nothing cut at the frame's edge)
        pixels = region_pixels(frame, theme.TEXT_COLOR, box)
        assert pixels[:, 0].min() <= box[0][0] + 12 and pixels[:, 0].max() >= box[1][0] - 12
    # the name of b* = v is drawn, in the empty half below the diagonal left of 0
    box = video.pixel_box(scene.identity_name)
    # (small antialiased text at -ql covers at most half of a pixel: min_share 0.3)
    assert color_mask(frame, theme.MUTED_TEXT_COLOR, [], box, min_share=0.3).sum() >= 30
    name = pixel_centres(color_mask(frame, theme.MUTED_TEXT_COLOR, [], box, min_share=0.3))
    ends = video.to_pixels("minimiser", index, [[-SPAN, -SPAN], [SPAN, SPAN]])
    along = (ends[1] - ends[0]) / np.linalg.norm(ends[1] - ends[0])
    off = np.abs(np.cross(along, name - ends[0]))
    assert np.sum(off > 4.0) >= 30
    data = video.to_data("minimiser", index, name[off > 4.0])  # less the dashes themselves
    # below the diagonal and below 0: where no minimiser's trace goes (beta* >= min(v, 0))
    assert np.all(data[:, 1] < data[:, 0]) and np.all(data[:, 1] < 0.0)
    assert np.all(data[:, 1] >= -SPAN)
    # the beta name sits right of the x axis's end, outside the plot (off every curve)
    beta_name = scene.curve_axes.heading[1][0]
    assert beta_name.get_left()[0] >= scene.curve_axes.x_axis.get_end()[0]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_corner_minimum_stands_clear_of_the_axis_in_green(lang, rendered_video):
    video = rendered_video(ConstraintToPenalty, lang)
    index = video.beat("bridge_zone")[1]
    frame = video.frames([index])[index]
    axis, l1 = video.to_pixels("objective", index, [[0.0, 0.0], [0.0, ZONE_V**2]])
    height = abs(np.subtract(*video.to_pixels("objective", index, [[0.0, 0.0],
                                                                  [0.0, OBJECTIVE_TOP]])[:, 1]))
    assert axis[1] - l1[1] >= 0.12 * height  # the corner is an eighth of the plot up
    assert axis[1] - l1[1] >= 4 * video.screen_px(MINIMUM_DOT)
    # L2's minimum, not at 0, is yellow; L1's at exactly 0 is green (found above)
    b2 = float(scalar_minimizer(ZONE_V, LAMBDA, "l2"))
    assert b2 != 0.0
    expected = video.to_pixels("objective", index, [[b2, float(objective("l2", ZONE_V, b2))]])[0]
    found = marker_position(frame, theme.SOLUTION_COLOR, expected,
                            video.screen_px(MINIMUM_DOT), [*CURVES, *MARKERS])
    assert found is not None and np.linalg.norm(found - expected) <= 2.0
    # the L1 objective's two sides meet at the corner with slopes -2v - lam and -2v + lam
    bs = np.linspace(-0.4, 0.4, 81)  # the curve a little past the box searched
    line = video.to_pixels("objective", index, np.column_stack([bs, objective(
        "l1", ZONE_V, bs)]))
    inner = line[np.abs(bs) <= 0.3]
    box = np.array([inner.min(axis=0) - 3, inner.max(axis=0) + 3])
    pixels = region_pixels(frame, theme.L1_COLOR, box, [*CURVES, *MARKERS, theme.AXES_COLOR], [
        video.disc_box(point, video.screen_px(MINIMUM_DOT) + 2) for point in (l1, expected)])
    assert_near_polylines(video, index, pixels, [line], "L1 at its corner", 4, min_pixels=20)
    for side in (-1, 1):  # both sides drawn
        assert np.sum(side * (pixels[:, 0] - l1[0]) > 4) >= 8


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_soft_thresholding_moves_v_by_half_lambda(lang, rendered_video):
    video = rendered_video(ConstraintToPenalty, lang)
    first, last = video.beat("bridge_prox")
    assert video.value("v", last) == pytest.approx(PROX_V)
    assert video.value("v", first) == pytest.approx(ZONE_V)
    moved = [video.value("v", i) for i in range(first, last + 1)]
    assert max(moved) - min(moved) >= 0.8  # not a still frame
    for index in (first + (last - first) * 2 // 3, last):
        v = video.value("v", index)
        frame = video.frames([index])[index]
        l1 = float(scalar_minimizer(v, LAMBDA, "l1"))
        if abs(v) <= zero_zone(LAMBDA):
            continue
        assert v - l1 == pytest.approx(zero_zone(LAMBDA))
        bar = video.to_pixels("minimiser", index, [[v, v], [v, l1]])
        box = np.array([bar.min(axis=0) - 4, bar.max(axis=0) + 4])
        pixels = region_pixels(frame, theme.TEXT_COLOR, box, [*CURVES, *MARKERS], [
            video.disc_box(video.to_pixels("minimiser", index, [[v, b]])[0],
                           video.dot_radius_px + 1)
            for b in (l1, float(scalar_minimizer(v, LAMBDA, "l2")))])
        assert_near_polylines(video, index, pixels, [bar], "gap bar", 4, min_pixels=8)
        # it spans lam / 2 of the map's units
        span = pixels[:, 1].max() - pixels[:, 1].min()
        assert span >= abs(bar[0][1] - bar[1][1]) - 2 * video.dot_radius_px - 3


def family_pixels(video, index, frame, norm):
    plane = f"{norm}_2d"
    scene = video.scene
    axes = scene.sides[norm]["axes"]
    centre = scene.sides[norm]["center"]  # c's dot and tag (its tag's rims blend dim)
    others = [theme.NORM_COLORS[norm], blend(theme.NORM_COLORS[norm], 0.18), theme.TEXT_COLOR,
              theme.SOLUTION_COLOR, theme.ZERO_COLOR, theme.MUTED_TEXT_COLOR, theme.AXES_COLOR]
    dim = blend(theme.LOSS_COLOR, FAMILY_OPACITY)
    pixels = region_pixels(frame, dim, video.plane_box(axes), [theme.LOSS_COLOR, *others],
                           [video.pixel_box(centre, margin_px=3.0)])
    return plane, pixels


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_loss_has_nested_contours_about_c(lang, rendered_video):
    video = rendered_video(ConstraintToPenalty, lang)
    index = video.beat("bridge_2d")[1]
    frame = video.frames([index])[index]
    loss = QuadraticLoss.create(defaults.CENTER, defaults.MATRIX)
    for norm in ("l1", "l2"):
        plane, pixels = family_pixels(video, index, frame, norm)
        centre = video.to_pixels(plane, index, [loss.center])[0]
        found = marker_position(frame, theme.LOSS_COLOR, centre, video.dot_radius_px,
                                [theme.NORM_COLORS[norm], theme.TEXT_COLOR])
        assert found is not None and np.linalg.norm(found - centre) <= 2.0
        pixels = pixels[np.linalg.norm(pixels - centre, axis=1) > video.dot_radius_px + 3]
        # each dim pixel lies on one of the family's levels (in the gauge sqrt(f))
        roots = np.sqrt(loss.value(video.to_data(plane, index, pixels)))
        touch = solve_constrained(loss, norm, defaults.RADIUS).loss  # its rim blends dim too
        gap = np.min(np.abs(roots[:, None] - np.sqrt([*FAMILY_LEVELS, touch])[None, :]), axis=1)
        unit = 1.0 / video.pixels_per_unit(plane, index)
        reach = np.sqrt(np.linalg.eigvalsh(loss.matrix).max())  # sqrt(f) per data unit
        assert np.percentile(gap, 98) <= 3.0 * unit * reach
        nearest = np.argmin(np.abs(roots[:, None] - np.sqrt(FAMILY_LEVELS)[None, :]), axis=1)
        counts = np.bincount(nearest, minlength=len(FAMILY_LEVELS))
        assert np.all(counts >= 20), counts


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_loss_pull_balances_mu_times_the_balls_normal(lang, rendered_video):
    video = rendered_video(ConstraintToPenalty, lang)
    index = video.beat("bridge_kkt")[1]
    frame = video.frames([index])[index]
    loss = QuadraticLoss.create(defaults.CENTER, defaults.MATRIX)
    for norm in ("l1", "l2"):
        plane = f"{norm}_2d"
        beta = solve_constrained(loss, norm, defaults.RADIUS).beta
        gradient, mu, s = stationarity(loss, norm, defaults.RADIUS)
        assert np.allclose(-gradient, mu * s)
        for tip, color in ((beta - ARROW_SCALE * gradient, theme.LOSS_COLOR),
                           (beta - ARROW_SCALE * mu * s, theme.NORM_COLORS[norm])):
            shaft = video.to_pixels(plane, index, [beta + share * (tip - beta)
                                                   for share in (0.35, 0.55)])
            for point in shaft:  # the arrow's colour along its shaft
                box = np.array([point - 3, point + 3])
                assert len(region_pixels(frame, color, box, [
                    theme.TEXT_COLOR, theme.SOLUTION_COLOR, theme.ZERO_COLOR])) >= 4
            end = video.to_pixels(plane, index, [tip])[0]
            box = np.array([end - 4, end + 4])
            assert len(region_pixels(frame, color, box, [
                theme.TEXT_COLOR, theme.SOLUTION_COLOR, theme.ZERO_COLOR])) >= 2
    shown = video.scene.shown
    assert shown["l1_bridge"]["multiplier"] == pytest.approx(5.0)
    assert shown["l2_bridge"]["lambda"] == pytest.approx(
        shown["l2_bridge"]["multiplier"] / (2 * defaults.RADIUS))


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_bigger_penalty_shrinks_the_ball(lang, rendered_video):
    video = rendered_video(ConstraintToPenalty, lang)
    scene = video.scene
    loss = QuadraticLoss.create(defaults.CENTER, defaults.MATRIX)
    lams = {norm: penalty_for_budget(loss, norm, defaults.RADIUS) for norm in ("l1", "l2")}
    sweeps = video.changing("k")
    assert sweeps
    ks = [video.value("k", i) for i in range(sweeps[0][0], sweeps[-1][1] + 1)]
    assert max(ks) == pytest.approx(K_TOP) and ks[-1] == pytest.approx(1.0)
    dots = {norm: MarkerCheck(f"{norm} optimum at k lam") for norm in ("l1", "l2")}
    radii = {norm: [] for norm in ("l1", "l2")}
    for index, frame in video.frames(spread(sweeps, 8, 0)).items():
        k = video.value("k", index)
        for norm in ("l1", "l2"):
            plane = f"{norm}_2d"
            beta = penalised_optimum(loss, norm, k * lams[norm])
            radius = budget_for_penalty(loss, norm, k * lams[norm])
            radii[norm].append((k, radius))
            expected = video.to_pixels(plane, index, [beta])[0]
            dots[norm].add(index, expected, marker_position(
                frame, optimum_color(beta), expected, video.dot_radius_px,
                [theme.NORM_COLORS[norm], theme.LOSS_COLOR, theme.TEXT_COLOR]), video)
            outline = video.to_pixels(plane, index, norm_named(norm).outline(radius))
            outline = np.vstack([outline, outline[:1]])
            axes = scene.sides[norm]["axes"]
            pixels = region_pixels(frame, theme.NORM_COLORS[norm], video.plane_box(axes), [
                theme.LOSS_COLOR, theme.TEXT_COLOR, theme.SOLUTION_COLOR, theme.ZERO_COLOR,
                blend(theme.NORM_COLORS[norm], 0.18)], [
                video.disc_box(expected, video.screen_px(RING_RADIUS) + 3)])
            assert_near_polylines(video, index, pixels, [outline], f"{norm} ball",
                                  theme.BALL_STROKE, min_pixels=40)
    for check in dots.values():
        check.assert_within(video)
        check.assert_moves(video)
    for pairs in radii.values():  # a bigger lam, a smaller ball
        pairs.sort()
        assert all(b[1] <= a[1] + 1e-12 for a, b in itertools.pairwise(pairs))
    shown = scene.shown["sweep"]
    assert shown["l1"][0] == pytest.approx([5.0, 2.0])
    assert shown["l2"][0][1] == pytest.approx(2.0)
    assert shown["l1"][1][1] < 2.0 and shown["l2"][1][1] < 2.0
