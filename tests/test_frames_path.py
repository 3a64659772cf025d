"""Frame tests of scenes/path.py: the decoded video against mathcore at each frame's budget.

While the budget shrinks, each ball is drawn at the recorded share of its full radius,
each optimum sits on mathcore's b*(t) (within 2 px) and moves, the traces follow the
exact paths, a coefficient that is 0 sits on its axis, and the coefficient plot is drawn
up to the cursor with its heads at mathcore's values.
"""

from __future__ import annotations

import numpy as np
import pytest

from mathcore import QuadraticLoss, boundary_points, ellipse_points
from mathcore.budget_path import budget_path
from scenes import theme
from scenes.path import ShrinkingBudget
from tests.frames import (
    UNDER_CURSOR_PX,
    MarkerCheck,
    assert_near_polylines,
    assert_on_axis,
    assert_reaches,
    bright_pixels,
    check_basics,
    densify,
    marker_position,
    point_before_end,
    region_pixels,
    spread,
)

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("path")]
SAMPLES = 240


def plot_polylines(video, index: int, sample, path, share: float) -> list[np.ndarray]:
    """Pixel polylines of each coefficient against the budget share, from share 1 down to
    ``share`` (where the plot's curves end at this frame)."""
    radii, betas = sample
    shares = radii / path.full_radius
    kept = shares >= share
    now = path.beta_at(share * path.full_radius)
    return [video.to_pixels("plot", index, np.vstack([
        np.column_stack([shares[kept], betas[kept, i]]), [share, now[i]]]))
        for i in range(betas.shape[1])]


def check_path(video) -> dict:
    scene = video.scene
    loss = QuadraticLoss.create(scene.center, scene.matrix)
    paths = {norm: budget_path(loss, norm) for norm in ("l1", "l2")}
    samples = {norm: path.sample(SAMPLES) for norm, path in paths.items()}
    plane_box = video.plane_box(scene.axes)
    plot_box = video.plane_box(scene.plot)
    markers = {norm: MarkerCheck(f"{norm} optimum") for norm in paths}
    worst: dict[str, float] = {}
    moving = [r for r in (video.beats("path_shrink") + video.beats("path_end"))]
    for index, frame in video.frames(spread(moving, 12)).items():
        share = video.value("share", index)
        plot_lines = {norm: plot_polylines(video, index, samples[norm], path, share)
                      for norm, path in paths.items()}
        betas = {n: p.beta_at(share * p.full_radius) for n, p in paths.items()}
        expected = {n: video.to_pixels("plane", index, b)[0] for n, b in betas.items()}
        centre = video.to_pixels("plane", index, loss.center)[0]
        discs = [*[video.disc_box(p, video.dot_radius_px) for p in (*expected.values(), centre)],
                 video.pixel_box(scene.center_tag)]
        # each ball with the loss contour that touches it at its optimum
        levels = [float(loss.value(b)) for b in betas.values()]
        shortest = np.sqrt(min(levels) / np.linalg.eigvalsh(loss.matrix).max())
        if shortest * video.pixels_per_unit("plane", index) > 15.0:  # out from under c
            contour = region_pixels(frame, theme.LOSS_COLOR, plane_box,
                                    [theme.L1_COLOR, theme.L2_COLOR], discs)
            ellipses = [video.to_pixels("plane", index, ellipse_points(loss, level, 4000))
                        for level in levels]
            worst["contour_off_px"] = max(worst.get("contour_off_px", 0.0), assert_near_polylines(
                video, index, contour, ellipses, "touching contours", theme.CONTOUR_STROKE))
        apart = np.linalg.norm(expected["l1"] - expected["l2"]) > 2 * video.dot_radius_px + 3
        for norm, path in paths.items():
            color, others = theme.NORM_COLORS[norm], [theme.L1_COLOR, theme.L2_COLOR,
                                                      theme.LOSS_COLOR]
            if apart:  # (where the two optima overlap, the one drawn last hides the other)
                found = marker_position(frame, color, expected[norm], video.dot_radius_px,
                                        others)
                markers[norm].add(index, expected[norm], found, video)
            for zero in np.flatnonzero(betas[norm] == 0.0):
                if apart:
                    worst["zero_off_axis_px"] = max(worst.get("zero_off_axis_px", 0.0),
                                                    assert_on_axis(video, "plane", index,
                                                                   found, int(zero)))
            radii, path_betas = samples[norm]
            trace = np.vstack([path_betas[radii >= share * path.full_radius], betas[norm]])
            pixels = region_pixels(frame, color, plane_box, others, discs)
            if share * path.full_radius * video.pixels_per_unit("plane", index) > 6:
                ball = boundary_points(norm, share * path.full_radius, 2000)
                curves = [video.to_pixels("plane", index, trace),
                          video.to_pixels("plane", index, np.vstack([ball, ball[:1]]))]
                worst[f"{norm}_plane_off_px"] = max(
                    worst.get(f"{norm}_plane_off_px", 0.0),
                    assert_near_polylines(video, index, pixels, curves,
                                          f"{norm} ball and trace", theme.BALL_STROKE))
            other = np.vstack([densify(line) for n, lines in plot_lines.items() if n != norm
                               for line in lines])
            live = [line for line in plot_lines[norm]  # ends not under the other norm's curve
                    if np.linalg.norm(other - point_before_end(line, UNDER_CURSOR_PX),
                                      axis=1).min() > 4.0]
            names = [video.pixel_box(name) for name in scene.plot_labels]
            band = video.cursor_band("plot", index, share, plot_box)
            pixels = region_pixels(frame, color, plot_box, others, [*names, band])
            bright = bright_pixels(frame, plot_box, [*names, band])
            if share < 0.97:
                worst[f"{norm}_plot_off_px"] = max(
                    worst.get(f"{norm}_plot_off_px", 0.0),
                    assert_near_polylines(video, index, pixels, plot_lines[norm],
                                          f"{norm} coefficient curves", theme.PATH_STROKE))
                worst[f"{norm}_plot_head_px"] = max(
                    worst.get(f"{norm}_plot_head_px", 0.0),
                    assert_reaches(video, index, bright, live, f"{norm} curves",
                                   theme.PATH_STROKE, back_px=UNDER_CURSOR_PX))
    summary = {}
    assert worst["contour_off_px"] >= 0.0
    for norm, check in markers.items():
        check.assert_within(video)
        check.assert_moves(video)
        summary[norm] = check.summary(video)
    return {**summary, **{k: round(v, 2) for k, v in worst.items()}}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_balls_optima_traces_and_curves_follow_the_budget(lang, rendered_video):
    video = rendered_video(ShrinkingBudget, lang)
    check_basics(video)
    check_path(video)
