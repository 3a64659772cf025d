"""Frame tests of scenes/ridge_vs_lasso.py: both coefficient paths drawn as mathcore computes
them, up to the swept share, and the ridge's zero crossings marked where mathcore finds
them, once the sweep has passed them."""

from __future__ import annotations

import numpy as np
import pytest

from mathcore.datasets import load_diabetes
from mathcore.paths import budget_shares, lasso_path, ridge_path_at_shares, ridge_zero_crossings
from mathcore.preprocessing import standardize
from scenes import theme
from scenes.ridge_vs_lasso import CROSSING_DOT, RIDGE_SAMPLES, RidgeVsLasso
from tests.frames import (
    MARKER_COLOR_TOLERANCE,
    UNDER_CURSOR_PX,
    assert_near_polylines,
    assert_reaches,
    bright_pixels,
    check_basics,
    classify,
    color_mask,
    pixel_centres,
    rgb,
    spread,
    without_boxes,
)

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("ridge_vs_lasso")]


def paths() -> dict:
    data = load_diabetes()
    X = standardize(data.X)
    lasso = lasso_path(X, data.y)
    shares = np.linspace(0.0, 1.0, RIDGE_SAMPLES)
    return {"l1": (budget_shares(lasso.coefs, "l1"), lasso.coefs),
            "l2": (shares, ridge_path_at_shares(X, data.y, shares).coefs),
            "crossings": ridge_zero_crossings(X, data.y)}


def revealed(shares: np.ndarray, coefs: np.ndarray, share: float) -> list[np.ndarray]:
    """Each coefficient's curve from share 0 up to ``share`` (data coordinates)."""
    kept = shares <= share
    return [np.vstack([np.column_stack([shares[kept], coefs[kept, j]]),
                       [share, np.interp(share, shares, coefs[:, j])]])
            for j in range(coefs.shape[1])]


def disc_coverage(mask: np.ndarray, centre: np.ndarray, radius: float) -> float:
    """Share of the pixels within ``radius`` of ``centre`` that are in ``mask``."""
    low = np.maximum(np.floor(centre - radius).astype(int), 0)
    high = np.ceil(centre + radius).astype(int) + 1
    window = mask[low[1]:high[1], low[0]:high[0]]
    rows, columns = np.mgrid[low[1]:low[1] + window.shape[0], low[0]:low[0] + window.shape[1]]
    inside = np.hypot(columns + 0.5 - centre[0], rows + 0.5 - centre[1]) <= radius
    return float(window[inside].mean())


def check_ridge_vs_lasso(video) -> dict:
    scene = video.scene
    drawn = paths()
    palette = theme.FEATURE_COLORS
    worst: dict[str, float] = {}
    for index, frame in video.frames(spread(video.changing("share"), 12, 0)).items():
        share = video.value("share", index)
        if share < 0.05:
            continue
        for norm in ("l1", "l2"):
            axes = scene.panels[norm]["axes"]
            region = video.plane_box(axes)
            mask = classify(frame, palette, region) >= 0
            dots = [video.disc_box(p, video.screen_px(CROSSING_DOT))
                    for p in video.to_pixels("l2", index, [[c.share, 0.0]
                                                           for c in drawn["crossings"]])]
            band = video.cursor_band(norm, index, share, region)
            pixels = pixel_centres(without_boxes(mask, [band, *(dots if norm == "l2" else ())]))
            curves = [video.to_pixels(norm, index, line) for line in revealed(*drawn[norm], share)]
            worst[f"{norm}_off_px"] = max(worst.get(f"{norm}_off_px", 0.0), assert_near_polylines(
                video, index, pixels, curves, f"{norm} paths", theme.PATH_STROKE))
            worst[f"{norm}_head_px"] = max(worst.get(f"{norm}_head_px", 0.0), assert_reaches(
                video, index, bright_pixels(frame, region, [band]), curves, f"{norm} paths",
                theme.PATH_STROKE, back_px=UNDER_CURSOR_PX))
        ridge_box = video.plane_box(scene.panels["l2"]["axes"])
        for crossing in drawn["crossings"]:
            if crossing.share > share - 0.01:
                continue  # not reached yet
            point = video.to_pixels("l2", index, [[crossing.share, 0.0]])[0]
            # the dot's own colour, judged directly: the blend fit of ``color_mask`` may
            # give a rim pixel to a neighbouring reddish feature colour
            mask = color_mask(frame, palette[crossing.feature], palette, ridge_box,
                              tolerance=MARKER_COLOR_TOLERANCE) | (np.abs(
                frame.astype(float) - rgb(palette[crossing.feature])).max(axis=2)
                <= MARKER_COLOR_TOLERANCE)
            covered = disc_coverage(mask, point, video.screen_px(CROSSING_DOT) - 1.5)
            worst["crossing_cover"] = min(worst.get("crossing_cover", 1.0), covered)
            # the curve alone, 1.8 px wide, covers about half of the disc: a dot covers it
            assert covered >= 0.7, (f"no dot where ridge crosses 0 at s = {crossing.share:.3f}"
                                     f" (frame {index}: {covered:.0%} of the disc)")
    return {key: round(value, 2) for key, value in worst.items()}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_paths_follow_the_sweep_and_crossings_are_marked(lang, rendered_video):
    video = rendered_video(RidgeVsLasso, lang)
    check_basics(video)
    assert [c.share for c in paths()["crossings"]] == [c.share for c in video.scene.crossings]
    check_ridge_vs_lasso(video)
