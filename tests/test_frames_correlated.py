"""Frame tests of scenes/correlated.py: the decoded video against mathcore at each frame's rho.

On every checked frame of the sweep, both planes show mathcore's optimum at the recorded
rho (within 2 px), its touching contour (never inside the ball), the ball, and c; the
lasso marker and c move on screen as rho moves them (the sweep was once frozen).  The
plot of the loss along the lasso's edge is mathcore's, smallest at the corner.  At
rho = 0.99 each plane's inset shows, magnified PLANE_RANGE / ZOOM_HALF times, the ball,
mathcore's touching contour and its optimum (the lasso's corner, the ridge's edge point).
"""

from __future__ import annotations

import numpy as np
import pytest

from mathcore import norm_value
from scenes import theme
from scenes.correlated import (
    RADII,
    RHO_END,
    SLIDER_COLOR,
    CorrelatedFeatures,
    contour_shape,
    edge_at,
    magnification,
    solutions_at,
)
from scenes.pieces import optimum_color
from scenes.strings import reading_seconds
from tests.frames import (
    MarkerCheck,
    PlaneChecker,
    PlanePicture,
    assert_near_polylines,
    check_basics,
    marker_position,
    region_pixels,
    spread,
)

pytestmark = pytest.mark.slow


def picture(plane: str, norm: str, loss, solution) -> PlanePicture:
    return PlanePicture(
        plane=plane, ball_gauge=lambda x: norm_value(x, norm), radius=RADII[norm],
        ball_color=theme.NORM_COLORS[norm], loss_center=loss.center,
        loss_matrix=loss.matrix, level=solution.loss, optimum=solution.beta,
        zeros=solution.zeros, marker_color=optimum_color(solution.beta))


def check_sweep(video) -> dict:
    """Both planes and the moving c at 12 frames of the sweep."""
    scene = video.scene
    radius_px = video.dot_radius_px
    checkers = {norm: PlaneChecker(video, norm, video.plane_box(plane["axes"]))
                for norm, plane in scene.planes.items()}
    centres = {norm: MarkerCheck(f"c on {norm}") for norm in scene.planes}
    for index, frame in video.frames(spread([video.beat("corr_sweep")], 12)).items():
        loss, solutions = solutions_at(video.value("rho", index))
        for norm, plane in scene.planes.items():
            centre = video.to_pixels(norm, index, loss.center)[0]
            final = video.to_pixels(norm, video.frame_count - 1, solutions_at(RHO_END)[0].center)
            tag = video.pixel_box(plane["center_tag"], shift_px=centre - final[0])
            checkers[norm].check(index, frame, picture(norm, norm, loss, solutions[norm]),
                                 excluded=[video.disc_box(centre, radius_px), tag])
            found = marker_position(frame, theme.LOSS_COLOR, centre, radius_px,
                                    [theme.NORM_COLORS[norm], theme.SOLUTION_COLOR,
                                     theme.ZERO_COLOR])
            centres[norm].add(index, centre, found, video)
    for check in (*[c.marker for c in checkers.values()], *centres.values()):
        check.assert_within(video)
    checkers["l1"].marker.assert_moves(video)
    for check in centres.values():
        check.assert_moves(video)
    return {norm: c.summary() for norm, c in checkers.items()}


def check_sweep_shape(video) -> dict:
    """The contours stretch along (1, -1): mathcore's length-over-width grows with rho and
    the long axis turns to (1, -1) / sqrt(2) (what the middle column reads out)."""
    first, last = video.beat("corr_sweep")
    rhos = [video.value("rho", index) for index in (first, last)]
    (start, _), (end, axis) = (contour_shape(solutions_at(rho)[0]) for rho in rhos)
    assert rhos[1] == pytest.approx(RHO_END) and end > 10 * start
    assert abs(axis @ np.array([1.0, -1.0])) / np.sqrt(2) > 0.999
    return {"ratio_start": round(start, 2), "ratio_end": round(end, 2)}


def check_insets(video) -> dict:
    """The zoomed insets at rho = 0.99: each shows its ball, mathcore's touching contour
    and the optimum (the lasso's at the corner (1, 0)), magnified as stated."""
    scene = video.scene
    loss, solutions = solutions_at(RHO_END)
    first, last = video.beat("corr_inset")
    summaries = {}
    for norm, plane in scene.planes.items():
        inset = plane["inset"]
        name = f"{norm}_zoom"
        scale = video.pixels_per_unit(name, last) / video.pixels_per_unit(norm, last)
        assert scale == pytest.approx(magnification(), rel=1e-6)
        checker = PlaneChecker(video, name, video.plane_box(inset["axes"]),
                               excluded=[video.pixel_box(inset["scale"])])
        for index, frame in video.frames(spread([(first + round(1.8 * video.fps), last)],
                                                4)).items():
            assert video.value("rho", index) == pytest.approx(RHO_END)
            checker.check(index, frame, picture(name, norm, loss, solutions[norm]))
        checker.marker.assert_within(video)
        summaries[norm] = {"magnification": round(scale, 4), **checker.summary()}
    assert solutions["l1"].zeros and not solutions["l2"].zeros
    return summaries


def check_edge_plot(video) -> dict:
    """The loss along the lasso's edge at rho = 0.99: the curve as mathcore evaluates it,
    and the corner's marker at its left end, where the loss is smallest."""
    loss, solutions = solutions_at(RHO_END)
    corner = solutions["l1"].beta
    steps = np.linspace(0.0, 1.0, 400)
    values = np.asarray(loss.value(corner + steps[:, None] * (corner[::-1] - corner)))
    assert np.argmin(values) == 0  # the corner is the first contact along the edge
    scene = video.scene
    region = video.plane_box(scene.edge_axes)
    first, last = video.beat("corr_zoom")
    marker = MarkerCheck("edge minimum")
    worst = 0.0
    for index, frame in video.frames(spread([(first + round(2.5 * video.fps), last)],
                                            3)).items():
        curve = video.to_pixels("edge", index, np.column_stack([steps, values]))
        pixels = region_pixels(frame, theme.LOSS_COLOR, region, [theme.ZERO_COLOR],
                               [video.disc_box(curve[0], video.dot_radius_px)])
        worst = max(worst, assert_near_polylines(video, index, pixels, [curve], "edge loss",
                                                 theme.CONTOUR_STROKE))
        found = marker_position(frame, optimum_color(corner), curve[0], video.dot_radius_px,
                                [theme.LOSS_COLOR])
        marker.add(index, curve[0], found, video)
    marker.assert_within(video)
    return {"edge_curve_off_px": round(worst, 2), **marker.summary(video)}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_sweep_moves_with_rho_and_matches_mathcore(lang, rendered_video):
    video = rendered_video(CorrelatedFeatures, lang)
    check_basics(video)
    check_sweep(video)
    check_sweep_shape(video)
    check_insets(video)


def test_the_loss_along_the_edge_is_smallest_at_the_corner(rendered_video):
    video = rendered_video(CorrelatedFeatures)
    summary = check_edge_plot(video)
    assert np.isfinite(summary["max_error_px"])


def check_sliding_point(video) -> dict:
    """Zoom and end beats: the white point slides along the diamond's edge (corner to the
    other twin's corner, then back) and its twin on the plot of the loss follows at
    mathcore's loss; both move on screen as the recorded step moves; the plot's loss axis
    is tight round the values (the rise from the corner fills a good part of its height)."""
    scene = video.scene
    checks = {name: MarkerCheck(name) for name in ("edge point", "plot point")}
    steps = []
    for beat, after in (("corr_zoom", 3.2), ("corr_end", 0.0)):  # the point fades in at 3.1 s
        first, last = video.beat(beat)
        for index, frame in video.frames(spread([(first + round(after * video.fps), last)],
                                                8)).items():
            step = video.value("edge_step", index)
            steps.append(step)
            point, value = edge_at(step)
            for name, plane, at in (("edge point", "l1", point), ("plot point", "edge",
                                                                     [step, value])):
                expected = video.to_pixels(plane, index, [at])[0]
                found = marker_position(frame, SLIDER_COLOR, expected, video.dot_radius_px,
                                        [theme.LOSS_COLOR, theme.L1_COLOR, theme.ZERO_COLOR])
                checks[name].add(index, expected, found, video)
    for check in checks.values():
        check.assert_within(video)
        check.assert_moves(video)
    assert max(steps) > 0.95 and steps[-1] < 0.05  # out to the other corner, and back
    # the tight loss axis: the rise spans at least 40 % of the plot's height
    last = video.frame_count - 1
    box = video.plane_box(scene.edge_axes)
    rise = video.to_pixels("edge", last, [[0.0, edge_at(0.0)[1]], [1.0, edge_at(1.0)[1]]])
    assert rise[0, 1] - rise[1, 1] >= 0.4 * (box[1, 1] - box[0, 1])
    low, high = scene.shown["edge"]["loss_range"]
    assert low > 0.5 * edge_at(0.0)[1]  # not from 0
    numbers = scene.shown["edge"]["numbers"]
    assert len(numbers) >= 2 and all(low <= v <= high for v in numbers)
    return {name: check.summary(video) for name, check in checks.items()}


def check_reading_time(video) -> None:
    """The zoom and end beats hold until their note and their subtitle are both read."""
    scene = video.scene
    for beat, note in (("corr_zoom", scene.edge_note), ("corr_end", scene.note)):
        record = next(b for b in scene.beats if b["name"] == beat)
        needed = reading_seconds(record["subtitle"] + " " + note.original_text, scene.lang)
        assert record["end"] - record["start"] >= needed, (beat, needed)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_point_slides_along_the_edge_and_the_plot_follows(lang, rendered_video):
    video = rendered_video(CorrelatedFeatures, lang)
    check_sliding_point(video)
    check_reading_time(video)
    low, high = video.scene.shown["budget_shares"].values()
    assert 50 < low < high < 60  # "both t set by hand: 52-58 % of ||c||"
