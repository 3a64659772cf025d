"""Frame tests of scenes/bridge.py: the headings inside the frame, the 1-D penalised
objectives and their minimisers at the recorded v, the minimiser map drawn up to v, L1's
exact zero (green) on its corner high enough above the axis to be seen, the gap bar of
soft-thresholding, and in 2-D the nested contours and c inside the framed window, the
balance arrows -grad f and s (both outward, named, along mathcore's -grad f = mu s), the
corner's fan of normals while the loss slides (the L1 optimum on the corner pixel, -grad f
turning with mathcore's, the circle's optimum moving), the caption lines at one size, the
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
    l1_normal_cone,
    penalised_optimum,
    penalty_for_budget,
    scalar_minimizer,
    stationarity,
    zero_zone,
)
from scenes import defaults, layout, pieces, theme
from scenes.bridge import (
    A_HIGH,
    A_LOW,
    ARROW_SCALE,
    FAMILY_LEVELS,
    FAMILY_OPACITY,
    FAN_OPACITY,
    FAN_RADIUS,
    K_TOP,
    LAMBDA,
    MINIMUM_DOT,
    NORMAL_SCALE,
    OBJECTIVE_TOP,
    PROX_V,
    RING_RADIUS,
    SPAN,
    WINDOW_OPACITY,
    ZONE_V,
    ConstraintToPenalty,
    fan_center,
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
    rgb,
    spread,
    without_boxes,
)

pytestmark = pytest.mark.slow
BS = np.linspace(-SPAN, SPAN, 2001)
CURVES = (theme.L1_COLOR, theme.L2_COLOR, theme.LOSS_COLOR)
MARKERS = (theme.SOLUTION_COLOR, theme.ZERO_COLOR)
LOSS = QuadraticLoss.create(defaults.CENTER, defaults.MATRIX)
#: Colours that may lie on the 2-D arrows' paths (text, markers, the window's frame).
ON_ARROWS = (theme.TEXT_COLOR, theme.SOLUTION_COLOR, theme.ZERO_COLOR)


def beat_frame(rendered_video, lang: str, beat: str, end: int = 1):
    """The video, and the index and decoded picture of the first (end 0) or last (end 1)
    frame of ``beat``."""
    video = rendered_video(ConstraintToPenalty, lang)
    index = video.beat(beat)[end]
    return video, index, video.frames([index])[index]


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
    video, index, frame = beat_frame(rendered_video, lang, "bridge_zone")
    assert video.value("v", index) == pytest.approx(ZONE_V)
    assert abs(ZONE_V) <= zero_zone(LAMBDA)
    assert float(scalar_minimizer(ZONE_V, LAMBDA, "l1")) == 0.0
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
    video, index, frame = beat_frame(rendered_video, lang, "bridge_same")
    for norm in ("l1", "l2"):
        constrained = solve_constrained(LOSS, norm, defaults.RADIUS).beta
        penalised = penalised_optimum(LOSS, norm, penalty_for_budget(LOSS, norm,
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
    video, index, frame = beat_frame(rendered_video, lang, "bridge_start")
    scene = video.scene
    screen = layout.screen()
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
    # and above the axis, clear of every tick number (the last one, 1.5, below the end)
    for axes, plane in ((scene.curve_axes, "objective"), (scene.map_axes, "minimiser")):
        name = video.pixel_box(axes.heading[1][0], margin_px=0.0)
        assert name[1][1] <= video.to_pixels(plane, index, [[SPAN, 0.0]])[0][1]  # above
        for number in axes.numbers:
            box = video.pixel_box(number, margin_px=0.0)
            apart = (box[0] >= name[1]) | (box[1] <= name[0])
            assert apart.any(), "an axis name on a tick number"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_corner_minimum_stands_clear_of_the_axis_in_green(lang, rendered_video):
    video, index, frame = beat_frame(rendered_video, lang, "bridge_zone")
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
              theme.SOLUTION_COLOR, theme.ZERO_COLOR, theme.MUTED_TEXT_COLOR, theme.AXES_COLOR,
              blend(theme.AXES_COLOR, WINDOW_OPACITY)]
    dim = blend(theme.LOSS_COLOR, FAMILY_OPACITY)
    pixels = region_pixels(frame, dim, video.plane_box(axes), [theme.LOSS_COLOR, *others],
                           [video.pixel_box(centre, margin_px=3.0)])
    return plane, pixels


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_loss_has_nested_contours_about_c(lang, rendered_video):
    video, index, frame = beat_frame(rendered_video, lang, "bridge_2d")
    loss = LOSS
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
        # the touching contour as first drawn lies inside the framed window: nothing cut
        touch_level = solve_constrained(loss, norm, defaults.RADIUS).loss
        low, high = video.scene.box
        outline = pieces.LossContour(video.scene.sides[norm]["axes"], loss,
                                     touch_level).data_points()
        assert np.all(outline >= low) and np.all(outline <= high)
        # the window's thin frame is drawn along its top edge (a faint grey line)
        (left, y), (right, _) = video.to_pixels(plane, index, [[low[0], high[1]],
                                                               [high[0], high[1]]])
        band = frame[int(y) - 3:int(y) + 4, int(left) + 4:int(right) - 4].astype(float)
        lift = (band - rgb(theme.BACKGROUND_COLOR)).sum(axis=2).max(axis=0)
        assert np.mean(lift >= 20) >= 0.9


def arrow_pixels(video, index, frame, plane, beta, tip, color, shares):
    """How many pixels of ``color`` lie within 3 px of the points ``beta + share (tip -
    beta)`` (one count per share)."""
    points = video.to_pixels(plane, index, [beta + share * (tip - beta) for share in shares])
    return [len(region_pixels(frame, color, np.array([point - 3, point + 3]), ON_ARROWS))
            for point in points]


def check_balance(video, index, frame, norm, loss):
    """-grad f (the loss's colour) and s (the norm's), both from b* and pointing out of the
    ball, along mathcore's -grad f(b*) = mu s; nothing of theirs on the inner side."""
    plane = f"{norm}_2d"
    beta = solve_constrained(loss, norm, defaults.RADIUS).beta
    gradient, mu, s = stationarity(loss, norm, defaults.RADIUS)
    assert mu > 0 and np.allclose(-gradient, mu * s)
    assert float(s @ beta) == pytest.approx(defaults.RADIUS)  # s is an outward normal
    pull, push = beta - ARROW_SCALE * gradient, beta + NORMAL_SCALE * s
    # s drawn over -grad f's foot: s's colour on its shaft, -grad f's past s's tip
    assert min(arrow_pixels(video, index, frame, plane, beta, push,
                            theme.NORM_COLORS[norm], (0.4, 0.6))) >= 4
    beyond = (NORMAL_SCALE * np.linalg.norm(s) + 0.08) / np.linalg.norm(pull - beta)
    assert beyond < 0.75
    assert min(arrow_pixels(video, index, frame, plane, beta, pull, theme.LOSS_COLOR,
                            (beyond, 0.8))) >= 4
    # pointing outward: s's shaft (found above) lies outside the ball (not its outline),
    # and nothing of -grad f lies on the mirrored side, inside the ball
    order = 1 if norm == "l1" else 2
    unit = 1.0 / video.pixels_per_unit(plane, index)
    for share in (0.4, 0.6):
        point = beta + share * (push - beta)
        assert np.linalg.norm(point, ord=order) >= defaults.RADIUS + 6 * unit
    assert max(arrow_pixels(video, index, frame, plane, beta, 2 * beta - pull,
                            theme.LOSS_COLOR, (0.5, 0.8))) == 0
    return beta, gradient, mu, s


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_loss_pull_is_mu_times_the_balls_outward_normal(lang, rendered_video):
    video, index, frame = beat_frame(rendered_video, lang, "bridge_kkt")
    scene = video.scene
    for norm in ("l1", "l2"):
        check_balance(video, index, frame, norm, LOSS)
        # both arrows named on screen, each in its arrow's colour
        for name, color in zip(scene.sides[norm]["names"],
                               (theme.LOSS_COLOR, theme.NORM_COLORS[norm]), strict=True):
            box = video.pixel_box(name)
            assert len(region_pixels(frame, color, box, ON_ARROWS)) >= 8
    shown = scene.shown
    assert shown["l1_bridge"]["multiplier"] == pytest.approx(5.0)
    assert shown["l1_bridge"]["lambda"] == pytest.approx(shown["l1_bridge"]["multiplier"])
    assert shown["l2_bridge"]["lambda"] == pytest.approx(
        shown["l2_bridge"]["multiplier"] / (2 * defaults.RADIUS))


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_corners_fan_of_normals_keeps_the_optimum_while_the_loss_slides(lang,
                                                                           rendered_video):
    video = rendered_video(ConstraintToPenalty, lang)
    scene = video.scene
    first, last = video.beat("bridge_fan")
    sweeps = [(a, b) for a, b in video.changing("a") if first <= a and b <= last]
    assert sweeps, "the loss never moved"
    values = [video.value("a", i) for i in range(sweeps[0][0], sweeps[-1][1] + 1)]
    assert max(values) == pytest.approx(A_HIGH) and min(values) == pytest.approx(A_LOW)
    corner = solve_constrained(LOSS, "l1", defaults.RADIUS).beta
    assert corner[1] == 0.0
    rays = l1_normal_cone(corner)
    assert rays.tolist() == scene.shown["fan"]["normals"]
    l2_dots = MarkerCheck("l2 optimum as the loss slides")
    angles = []
    for index, frame in video.frames(spread(sweeps, 10, 0)).items():
        a = video.value("a", index)
        loss = QuadraticLoss.create(fan_center(LOSS, a), LOSS.matrix)
        beta, gradient, _, s = check_balance(video, index, frame, "l1", loss)
        # mathcore's optimum stays exactly at the corner; s = -grad f / mu = (1, a), |a| <= 1
        assert np.array_equal(beta, corner)
        assert s == pytest.approx([1.0, a], abs=1e-9) and abs(s[1]) <= 1.0
        expected = video.to_pixels("l1_2d", index, [corner])[0]
        found = marker_position(frame, theme.ZERO_COLOR, expected, video.dot_radius_px,
                                [theme.L1_COLOR, theme.LOSS_COLOR, theme.TEXT_COLOR,
                                 blend(theme.L1_COLOR, FAN_OPACITY)])
        assert found is not None and np.linalg.norm(found - expected) <= 2.0
        # -grad f's direction on screen, from its drawn pixels near the tip
        tip = video.to_pixels("l1_2d", index, [corner - ARROW_SCALE * gradient])[0]
        near = region_pixels(frame, theme.LOSS_COLOR, np.array([tip - 6, tip + 6]), ON_ARROWS)
        assert len(near) >= 6
        step = near.mean(axis=0) - expected
        angles.append((np.degrees(np.arctan2(-step[1], step[0])),
                       np.degrees(np.arctan2(-gradient[1], -gradient[0]))))
        # the circle's optimum is mathcore's for this loss, and moves
        check_balance(video, index, frame, "l2", loss)
        l2 = solve_constrained(loss, "l2", defaults.RADIUS).beta
        point = video.to_pixels("l2_2d", index, [l2])[0]
        l2_dots.add(index, point, marker_position(
            frame, optimum_color(l2), point, video.dot_radius_px,
            [theme.L2_COLOR, theme.LOSS_COLOR, theme.TEXT_COLOR]), video)
    drawn, exact = np.array(angles).T
    assert np.max(np.abs(drawn - exact)) <= 6.0  # the arrow turns with mathcore's -grad f
    assert np.ptp(exact) >= 40.0 and np.ptp(drawn) >= 35.0
    assert np.all(np.abs(exact) <= 45.0 + 1e-9)  # inside the fan: |a| <= 1
    l2_dots.assert_within(video)
    l2_dots.assert_moves(video)
    # the fan: the corner's cone {(1, a), |a| <= 1} out to FAN_RADIUS, shaded
    index = sweeps[0][0]
    frame = video.frames([index])[index]
    axes = scene.sides["l1"]["axes"]
    mask = color_mask(frame, blend(theme.L1_COLOR, FAN_OPACITY), [
        theme.L1_COLOR, theme.LOSS_COLOR,
        blend(theme.LOSS_COLOR, FAMILY_OPACITY), *ON_ARROWS, theme.AXES_COLOR],
        video.plane_box(axes), tolerance=40.0)
    mask = without_boxes(mask, [video.pixel_box(name) for name in scene.sides["l1"]["names"]])
    (left, top), (right, bottom) = np.floor(video.plane_box(axes)).astype(int)
    grid = np.stack(np.meshgrid(np.arange(left, right) + 0.5, np.arange(top, bottom) + 0.5),
                    axis=-1).reshape(-1, 2)
    found = mask[grid[:, 1].astype(int), grid[:, 0].astype(int)]
    unit = 1.0 / video.pixels_per_unit("l1_2d", index)
    points = video.to_data("l1_2d", index, grid)
    # outside the diamond and its outline's rim (where the ball's colour half-covers a
    # pixel: the fan's colour too), where the fan lies
    outside = np.abs(points).sum(axis=1) - defaults.RADIUS >= 6 * unit * np.sqrt(2)
    offsets = points - corner
    cone = offsets[:, 0] - np.abs(offsets[:, 1])  # >= 0 inside the cone
    reach = np.linalg.norm(offsets, axis=1)
    inside = (cone >= -2.5 * unit) & (reach <= FAN_RADIUS + 2.5 * unit)
    deep = (cone >= 5 * unit) & (reach <= FAN_RADIUS - 4 * unit) & outside
    shaded = found & outside
    assert (shaded & inside).sum() >= 0.97 * shaded.sum()  # nowhere else
    assert found[deep].mean() >= 0.5  # filled (less the arrows and contours over it)
    offsets = offsets[shaded & inside]
    for ray in rays:  # it reaches both edges of the cone
        along = offsets @ (ray / np.linalg.norm(ray))
        across = np.abs(offsets @ (np.array([-ray[1], ray[0]]) / np.linalg.norm(ray)))
        assert np.sum((across <= 3 * unit) & (along >= 0.5 * FAN_RADIUS)) >= 5


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_caption_lines_share_one_size(lang, rendered_video):
    video, _, frame = beat_frame(rendered_video, lang, "bridge_same")
    for norm, side in video.scene.sides.items():
        caption = side["caption"]
        ratios = [line.height / pieces.label(source, theme.SMALL_SIZE).height
                  for line, source in zip(caption, caption.sources, strict=True)]
        assert max(ratios) - min(ratios) <= 0.01 and min(ratios) >= 0.85
        for line in caption:  # every line drawn, inside the frame
            box = video.pixel_box(line)
            assert box[0][0] >= 0 and box[1][0] <= frame.shape[1]
            drawn = [len(region_pixels(frame, color, box, [theme.TEXT_COLOR]))
                     for color in (theme.TEXT_COLOR, theme.NORM_COLORS[norm])]
            assert max(drawn) >= 20


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
