"""Frame tests of scenes/ols_ridge.py: least squares against ridge on minibatches at rho = 0.99.

The data beat shows mathcore's rows (x2 against x1) as dots where mathcore puts them.  From
the swing beat on, beta1 - beta2 of every minibatch's OLS fit and ridge fit is a dot where
mathcore puts it and nowhere else, both rows on ONE y scale (the same pixels per unit), the
OLS band spans mathcore's mean +- 1 sd; the inset beside the ridge row shows ridge's dots
again at the zoom its label names, with its band.  The minibatches arrive one by
one (the dots of batches 1..k, none later).  The shrinkage beat adds mathcore's full-data
fits beside the rows (absent before), ridge's first, least squares' as the subtitle names
it; no still picture before the closing beat lasts longer than the subtitles need; the
white lines at the bottom name each method and give mathcore's sd ratio along
beta1 - beta2, the sds along beta1 + beta2 and the distance ratio with its interval (said
to be the spread around each method's own full-data fit).  The last beat's plane numbers
its ticks next to their own axes, draws the two direction arrows on it ((1, -1) beside the
streak), rings the truth (1, 1) as the subtitle names it and gives each method's mean
distance to it (mathcore's) in the interval's place.
Every label is at least 14 px tall (the tick numbers and names of the rows and the inset
too), and ridge's lambda is the coefficient of ||beta||^2 (no 1/2) on
the loss written beside it.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from mathcore.correlated import correlated_pair
from mathcore.parameters import STABILITY_SAMPLES
from mathcore.sgd import ols_vs_ridge
from mathcore.stability import ridge_coefficient
from scenes import theme
from scenes.ols_ridge import (
    BAND_OPACITY,
    BATCH_SIZE,
    CLOUD_DOT,
    DATA_DOT,
    DATA_ROWS,
    INSET_DOT,
    MINUS_ARROW_OFFSET,
    OLS_BATCHES,
    OLS_COLOR,
    PLANE_TICKS,
    RHO,
    SEED,
    TRUE_WEIGHTS,
    OlsAgainstRidge,
)
from tests.frames import (
    blend,
    bright_pixels,
    check_basics,
    check_dots,
    color_mask,
    region_pixels,
    spread,
    still_runs,
    tick_offsets_px,
)

pytestmark = pytest.mark.slow

PROSE_PALETTE = [theme.TEXT_COLOR, theme.ZERO_COLOR, theme.MUTED_TEXT_COLOR, theme.L1_COLOR,
                 theme.L2_COLOR, theme.SOLUTION_COLOR, OLS_COLOR]


def text_height_px(frame, video, mobject) -> float:
    """The height (px) of the bright pixels of a one-line label in the decoded frame."""
    drawn = bright_pixels(frame, video.pixel_box(mobject), contrast=60.0)
    assert len(drawn) > 20
    return float(drawn[:, 1].max() - drawn[:, 1].min() + 1.0)


def band_edges(video, frame, index, plane, region, color, mean, sd, dot_color,
               share: float = 1 / 3) -> float:
    """The rows where the band's colour covers ``share`` of the plot's width against
    mathcore's mean +- sd: the larger error (px)."""
    shade = blend(color, BAND_OPACITY)
    band = region_pixels(frame, shade, region, [dot_color, shade, theme.AXES_COLOR])
    rows, counts = np.unique(np.round(band[:, 1]), return_counts=True)
    covered = rows[counts >= share * (region[1, 0] - region[0, 0])]
    expected = video.to_pixels(plane, index, [[1.0, mean + sd], [1.0, mean - sd]])[:, 1]
    return float(max(abs(covered.min() - expected[0]), abs(covered.max() - expected[1])))


def check_data(video) -> dict:
    scene = video.scene
    X = correlated_pair(RHO, STABILITY_SAMPLES, SEED)[0][:DATA_ROWS]
    inside = np.all(np.abs(X) < 3.0, axis=1)
    assert np.array_equal(scene.data_points, X[inside]) and inside.mean() > 0.95
    last = video.beat("ols_data")[1]
    frame = video.frames([last])[last]
    found = check_dots(video, last, frame, "data", X[inside], DATA_DOT,
                       region=video.plane_box(scene.data_axes),
                       excluded=[video.pixel_box(label) for label in scene.data_labels],
                       color_of=lambda _p: theme.TEXT_COLOR)
    assert f"{RHO}" in scene.data_readouts[0].original_text
    # the truth (y = x1 + x2 + e) and ridge's lambda, mathcore's, as the coefficient of
    # ||beta||^2 (no 1/2) on the loss written beside it
    fits = ols_vs_ridge(RHO, BATCH_SIZE, OLS_BATCHES, SEED)
    assert "(1, 1)" in scene.data_readouts[1].original_text
    objectives = scene.data_readouts[-1].original_text
    assert f"λ = {ridge_coefficient(fits.lam):.2f}" in objectives
    assert "λ‖β‖₂²" in objectives and "(1/(2m))‖y − Xβ‖²" in objectives
    assert "λ/2" not in objectives and "½" not in objectives
    for line in scene.data_readouts:
        assert len(bright_pixels(frame, video.pixel_box(line))) > 40
    # the numbered ticks (-2, 2 on both axes: 0 is where the axes cross) are tick marks
    offsets = [tick_offsets_px(video, "data", last, frame, (-2.0, 2.0), 0.0, vertical)
               for vertical in (False, True)]
    assert np.max(offsets) <= 1.0, offsets
    return found


def check_swing(video) -> dict:
    scene = video.scene
    fits = ols_vs_ridge(RHO, BATCH_SIZE, OLS_BATCHES, SEED)
    first, last = video.beat("ols_ratio")
    index = (first + last) // 2
    frame = video.frames([index])[index]
    edges = {}
    for name, color in (("ols", OLS_COLOR), ("ridge", theme.L2_COLOR)):
        row = scene.rows[name]
        plane, values = f"{name}_along", fits.along(name)
        region = video.plane_box(row["axes"])
        points = np.column_stack([np.arange(1, OLS_BATCHES + 1), values])
        check_dots(video, index, frame, plane, points, CLOUD_DOT, region=region,
                   color_of=lambda _p, color=color: color)
        sd = fits.along_sd(name)
        assert row["sd"] == sd
        assert (f"{sd:.4f}" if name == "ridge" else f"{sd:.3f}") in row["text"][1].original_text
        if name == "ols":
            edges[name] = band_edges(video, frame, index, plane, region, color,
                                     float(values.mean()), sd, color)
            assert edges[name] <= 2.0, edges
    # ONE y scale for both rows
    scale = {name: float(np.diff(video.to_pixels(f"{name}_along", index,
                                                 [[1.0, 0.0], [1.0, 1.0]])[:, 1])[0])
             for name in ("ols", "ridge")}
    assert scale["ridge"] == pytest.approx(scale["ols"], rel=1e-9)
    # at that scale the ridge row is flat: its dots span less than 2 px
    spread_px = np.ptp(video.to_pixels("ridge_along", index, np.column_stack(
        [np.ones(OLS_BATCHES), fits.along("ridge")]))[:, 1])
    assert spread_px < 2.0, spread_px
    # the inset: ridge's dots again, at the zoom its label names, with its band
    inset = scene.inset
    region = video.plane_box(inset["axes"])
    values = fits.along("ridge")
    points = np.column_stack([np.arange(1, OLS_BATCHES + 1), values])
    check_dots(video, index, frame, "ridge_inset", points, INSET_DOT, region=region,
               color_of=lambda _p: theme.L2_COLOR)
    inset_scale = float(np.diff(video.to_pixels("ridge_inset", index,
                                                 [[1.0, 0.0], [1.0, 1.0]])[:, 1])[0])
    assert inset_scale / scale["ridge"] == pytest.approx(scene.zoom, rel=1e-6)
    # named as a zoom of the axis (its ticks in true units), not as values times the zoom
    assert {"en": f"y zoom ×{scene.zoom}", "zh": f"纵轴放大 {scene.zoom} 倍"}[scene.lang] \
        == inset["name"].original_text
    # its band: mean +- 1 sd on the inset's axes (its dots are dense: the band shows only
    # between them, so its edges are read off the drawn polygon, its fill off the frame)
    mean, sd = float(values.mean()), fits.along_sd("ridge")
    corners = scene.inset["band"].get_vertices()
    expected = video.to_pixels("ridge_inset", index, [[1.0, mean + sd], [1.0, mean - sd]])
    drawn = video.screen_to_pixels(corners[:, :2])
    edges["inset"] = float(max(abs(drawn[:, 1].min() - expected[0, 1]),
                               abs(drawn[:, 1].max() - expected[1, 1])))
    assert edges["inset"] <= 0.5, edges
    shade = blend(theme.L2_COLOR, BAND_OPACITY)
    assert len(region_pixels(frame, shade, region, [theme.L2_COLOR, shade,
                                                    theme.AXES_COLOR])) > 50
    # the inset is absent in the swing beat, drawn from the inset beat on
    first = video.beat("ols_swing")[0] + 2
    box = video.pixel_box(inset["axes"])
    assert len(region_pixels(video.frames([first])[first], theme.L2_COLOR, box,
                             PROSE_PALETTE)) == 0
    first, last = video.beat("ols_inset")
    assert len(region_pixels(video.frames([last])[last], theme.L2_COLOR, box,
                             PROSE_PALETTE)) > 100
    # every number and name on the rows and the inset: at least 14 px tall
    index = video.beat("ols_ratio")[1]
    frame = video.frames([index])[index]
    heights = [text_height_px(frame, video, label) for label in scene.strip_labels]
    assert len(heights) >= 10 and min(heights) >= 14.0, heights
    gaps = {name: number_gaps_px(video, frame, part["axes"], part["ticks"]) for name, part
            in (("ols", scene.rows["ols"]), ("ridge", scene.rows["ridge"]), ("inset", inset))}
    assert min(min(g) for g in gaps.values()) >= MIN_NUMBER_GAP_PX, gaps
    # the inset and its name keep 24 px from the frame's right edge
    assert max(video.pixel_box(m)[1, 0] for m in (inset["axes"], inset["name"])) <= \
        video.timeline["pixel_size"][0] - 24
    return {"band_edge_error_px": {k: round(v, 2) for k, v in edges.items()},
            "strip_label_px": (min(heights), max(heights)), "number_gaps_px": gaps,
            "ridge_row_spread_px": round(float(spread_px), 2), "zoom": scene.zoom}


#: Tick numbers stacked on a y axis keep at least this many pixels of background between
#: them (decoded).
MIN_NUMBER_GAP_PX = 4


def number_gaps_px(video, frame, axes, ticks) -> list[int]:
    """The decoded gaps (px) between the tick numbers of ``axes``' y axis among ``ticks``
    (those left of the plot, one above the other): the rows of bright pixels across their
    boxes fall into one run per number (two that touch would make one run, and fail), and
    each gap is the count of empty pixel rows between two runs."""
    axis = axes.c2p(axes.x_range[0], 0.0)[0]  # the y axis's line
    numbers = [n for n in ticks if n.get_right()[0] <= axis + 1e-6]
    boxes = [video.pixel_box(n, margin_px=0.0) for n in numbers]
    low, high = np.min([b[0] for b in boxes], axis=0), np.max([b[1] for b in boxes], axis=0)
    pad = np.array([0.0, 3.0])  # (px: the numbers' own boxes, a little taller)
    strip = np.array([low - pad, high + pad])
    rows = np.unique(np.floor(bright_pixels(frame, strip, contrast=60.0)[:, 1]).astype(int))
    runs = np.split(rows, np.flatnonzero(np.diff(rows) > 1) + 1)
    # (a lone row of a stray bright pixel or two, the encoder's, is no number)
    runs = [run for run in runs if len(run) >= 3]
    assert len(numbers) >= 2 and len(runs) == len(numbers), \
        (len(runs), [n.original_text for n in numbers])
    return [int(b[0] - a[-1] - 1) for a, b in itertools.pairwise(runs)]


def check_numbers(video) -> dict:
    scene = video.scene
    fits = ols_vs_ridge(RHO, BATCH_SIZE, OLS_BATCHES, SEED)
    # the full-data fits: absent before the shrinkage beat, drawn in it
    first, last = video.beat("ols_shrink")
    before, after = video.frames([first, last]).values()
    heights = {}
    for name, color in (("ols", OLS_COLOR), ("ridge", theme.L2_COLOR)):
        row = scene.rows[name]
        fit = {"ols": fits.full_ols, "ridge": fits.full_ridge}[name]
        shown = row["text"][-1]
        assert f"({fit[0]:.2f}, {fit[1]:.2f})" in shown.original_text
        box = video.pixel_box(shown)
        assert len(bright_pixels(before, box)) == 0
        assert len(region_pixels(after, color, box, PROSE_PALETTE)) > 40
        heights[name] = [text_height_px(after, video, line) for line in row["text"]]
    # ridge's full-data fit first, least squares' as the subtitle names it, later
    shown = {name: next(k for k in range(first, last + 1)
                        if len(bright_pixels(video.frames([k])[k],
                                             video.pixel_box(scene.rows[name]["text"][-1]))))
             for name in ("ols", "ridge")}
    assert shown["ridge"] < shown["ols"] - video.fps, shown
    assert min(min(h) for h in heights.values()) >= 14.0, heights
    np.testing.assert_allclose(fits.full_ols, [0.96, 1.04], atol=0.005)
    np.testing.assert_allclose(fits.full_ridge, [0.50, 0.50], atol=0.005)
    # the white lines at the bottom: mathcore's numbers, readable
    low, high = fits.ratio_ci95
    along, sums, distance, interval = scene.ratio_lines
    assert all(x in along.original_text for x in (f"{fits.along_sd('ols'):.3f}",
                                                  f"{fits.along_sd('ridge'):.4f}",
                                                  f"{fits.along_sd_ratio():.0f}"))
    # every sd and ratio names its method
    names = {"en": ("least squares", "ridge"), "zh": ("最小二乘", "岭回归")}[scene.lang]
    for line in (along, sums):
        text = line.original_text
        assert all(name in text for name in names), text
        assert text.index(names[0]) < text.index(f"{fits.along_sd('ols', (1.0, 1.0)):.3f}"
                                                  if line is sums else
                                                  f"{fits.along_sd('ols'):.3f}")
    assert all(x in sums.original_text for x in (f"{fits.along_sd('ols', (1.0, 1.0)):.3f}",
                                                 f"{fits.along_sd('ridge', (1.0, 1.0)):.3f}"))
    # the distance ratio against the sd ratio; its interval, and what it is, under it
    assert all(x in distance.original_text for x in (f"{fits.ratio:.1f}",
                                                     f"{fits.along_sd_ratio():.0f}"))
    assert all(x in interval.original_text for x in (f"{low:.1f}", f"{high:.1f}",
                                                     str(OLS_BATCHES)))
    # the distance ratio says what it compares: the spread around each method's OWN
    # full-data fit (not nearness to the truth)
    assert {"en": "own full-data fit", "zh": "各自全量拟合"}[scene.lang] in distance.original_text
    assert all(word not in distance.original_text for word in ("closer", "更近"))
    # why the data say little about beta1 - beta2: x1 - x2 hardly varies (all the rows)
    rows = correlated_pair(RHO, STABILITY_SAMPLES, SEED)[0]
    why = scene.why_line
    assert f"{np.std(rows[:, 0] - rows[:, 1]):.2f}" in why.original_text
    assert f"{np.std(rows[:, 0] + rows[:, 1]):.2f}" in why.original_text
    first, last = video.beat("ols_ratio")
    frame = video.frames([first])[first]
    assert len(bright_pixels(frame, video.pixel_box(scene.ratio_lines[1]))) == 0
    frame = video.frames([last])[last]
    assert len(region_pixels(frame, theme.TEXT_COLOR, video.pixel_box(why), PROSE_PALETTE)) > 100
    why_px = text_height_px(frame, video, why)
    first, last = video.beat("ols_distance")
    frame = video.frames([last])[last]
    lines_px = [text_height_px(frame, video, line) for line in (along, sums, distance,
                                                                 interval)] + [why_px]
    for line in (along, sums, distance):
        white = region_pixels(frame, theme.TEXT_COLOR, video.pixel_box(line), PROSE_PALETTE)
        assert len(white) > 100
    assert min(lines_px) >= 14.0, lines_px
    return {"label_height_px": heights, "bottom_lines_px": lines_px}


def check_plane(video) -> dict:
    """The last beat: every minibatch fit a dot at (beta1, beta2) where mathcore puts it
    (least squares magenta, ridge blue), the arrows on the plane along (1, -1) and (1, 1)
    of the plane's screen directions, drawn, the numbers next to their own axes, and the
    truth (``check_truth``)."""
    scene = video.scene
    fits = ols_vs_ridge(RHO, BATCH_SIZE, OLS_BATCHES, SEED)
    last = video.beat("ols_plane")[1]
    frame = video.frames([last])[last]
    region = video.plane_box(scene.fits_axes)
    labels = [video.pixel_box(label) for label in scene.fits_labels]
    found = {}
    for name, points, color in (("ols", fits.batch_ols, OLS_COLOR),
                                ("ridge", fits.batch_ridge, theme.L2_COLOR)):
        found[name] = check_dots(video, last, frame, "fits", points, CLOUD_DOT, region=region,
                                 excluded=labels, color_of=lambda _p, color=color: color,
                                 palette=[OLS_COLOR, theme.L2_COLOR, theme.SOLUTION_COLOR])
    # least squares streaks along (1, -1), ridge's fits lie close together
    assert fits.along_sd("ols") > 10 * fits.along_sd("ols", (1.0, 1.0))
    unit = {}
    for key, direction in (("minus", (1.0, -1.0)), ("plus", (1.0, 1.0))):
        ends = video.to_pixels("fits", last, [[0.0, 0.0], list(direction)])
        unit[key] = (ends[1] - ends[0]) / np.linalg.norm(ends[1] - ends[0])
    for group, key in zip(scene.fits_arrows, ("minus", "plus"), strict=True):
        arrow = group[0]
        drawn = video.screen_to_pixels(np.array([arrow.get_start()[:2], arrow.get_end()[:2]]))
        along = (drawn[1] - drawn[0]) / np.linalg.norm(drawn[1] - drawn[0])
        assert float(along @ unit[key]) > 0.999, (key, along, unit[key])
        assert len(bright_pixels(frame, video.pixel_box(group))) > 100
    for line in (*scene.fits_names, *scene.fits_meanings, *[g[1] for g in scene.fits_arrows]):
        assert text_height_px(frame, video, line) >= 14.0
    # the arrows on the plane: inside its box, (1, -1)'s beside least squares' streak
    # (its middle MINUS_ARROW_OFFSET along (1, 1) from the full-data fit, where no fit lies)
    for group in scene.fits_arrows:
        box = video.pixel_box(group[0])
        assert np.all(box[0] >= region[0] - 1) and np.all(box[1] <= region[1] + 1), box
    middle = video.screen_to_pixels(np.array([scene.fits_arrows[0][0].get_center()[:2]]))[0]
    expected = video.to_pixels("fits", last, [fits.full_ols + MINUS_ARROW_OFFSET])[0]
    assert np.linalg.norm(middle - expected) <= 1.0, (middle, expected)
    # ... clear of it: no least-squares dot within 3 px of the arrow's line
    arrow = scene.fits_arrows[0][0]
    ends = video.screen_to_pixels(np.array([arrow.get_start()[:2], arrow.get_end()[:2]]))
    for t in np.linspace(0.0, 1.0, 25):
        point = ends[0] + t * (ends[1] - ends[0])
        near = np.array([point - 3.0, point + 3.0])
        assert len(region_pixels(frame, OLS_COLOR, near, PROSE_PALETTE)) == 0, point
    found["truth"] = check_truth(video, fits)
    # the numbered ticks are tick marks: seen where the plane is drawn and no cloud yet
    # (the clouds cross the axes at the ticks), each within 4 px of its value (the
    # numbers of the other axis sit 5 px beyond the axes' ends)
    first = video.beat("ols_plane")[0]
    bare = [k for k, seen in video.frames(range(first, last + 1)).items()
            if not color_mask(seen, OLS_COLOR, PROSE_PALETTE, region, min_share=0.1).any()]
    index = plane_drawn = max(bare)
    low, high = scene.fits_axes.x_range[:2]
    ticks = list(PLANE_TICKS)
    assert all(low <= v <= high for v in ticks)
    offsets = [tick_offsets_px(video, "fits", index, video.frames([index])[index], ticks,
                               0.0, vertical, reach_px=4.0) for vertical in (False, True)]
    assert len(ticks) >= 2 and np.max(offsets) <= 1.0, (index, offsets)
    # each number next to its own axis: the beta1 numbers just under the beta1 axis (y =
    # 0), the beta2 numbers just left of the beta2 axis (x = 0), centred on their ticks
    bare = video.frames([index])[index]
    numbers = scene.fits_numbers
    for k, value in enumerate(ticks):
        for number, vertical in ((numbers[2 * k], False), (numbers[2 * k + 1], True)):
            drawn = bright_pixels(bare, video.pixel_box(number), contrast=60.0)
            assert len(drawn) > 10, number.original_text
            tick = video.to_pixels("fits", index, [[0.0, value] if vertical else [value, 0.0]])[0]
            if vertical:
                assert 0 < tick[0] - drawn[:, 0].max() <= 12, (value, tick, drawn[:, 0].max())
                assert abs(drawn[:, 1].mean() - tick[1]) <= 2.0
            else:
                assert 0 < drawn[:, 1].min() - tick[1] <= 12, (value, tick, drawn[:, 1].min())
                # (centred by its ink's extent: a minus sign has less ink than a digit)
                assert abs((drawn[:, 0].min() + drawn[:, 0].max()) / 2 - tick[0]) <= 2.0
    # each cloud named as it appears: wherever half of it is drawn, so is its name (after
    # the bare plane: before it, the rows of the swing fade out there)
    clouds = (OLS_COLOR, theme.L2_COLOR)
    drawn = {color: len(region_pixels(frame, color, region, PROSE_PALETTE)) for color in clouds}
    for index, seen in video.frames(range(plane_drawn, last + 1)).items():
        for color, name in zip(clouds, scene.fits_names, strict=True):
            if len(region_pixels(seen, color, region, PROSE_PALETTE)) >= 0.5 * drawn[color]:
                assert len(region_pixels(seen, color, video.pixel_box(name),
                                         PROSE_PALETTE)) > 30, (index, name.original_text)
    assert f"({fits.full_ridge[0]:.2f}, {fits.full_ridge[1]:.2f})" in \
        scene.fits_names[1].original_text
    return found


def check_truth(video, fits) -> dict:
    """The truth (1, 1): a white ring centred there (decoded; not the optimum's yellow),
    named among the names beside the plane (clear of both clouds), from the moment the
    subtitle reads it, with the line giving each method's mean distance to it (mathcore's,
    both named) in the interval's place; neither before."""
    scene = video.scene
    first, last = video.beat("ols_plane")
    ring = video.pixel_box(scene.truth_ring[0])
    name = video.pixel_box(scene.truth_ring[1])
    line = scene.truth_line
    frames = video.frames([first + 1, last])
    before, after = frames[first + 1], frames[last]
    drawn = region_pixels(after, theme.TEXT_COLOR, ring, PROSE_PALETTE)
    centre = video.to_pixels("fits", last, [list(TRUE_WEIGHTS)])[0]
    assert len(drawn) > 20 and np.linalg.norm(drawn.mean(axis=0) - centre) <= 1.5, \
        (len(drawn), centre)
    assert len(region_pixels(after, theme.SOLUTION_COLOR, ring, PROSE_PALETTE)) == 0
    assert len(region_pixels(before, theme.TEXT_COLOR, ring, PROSE_PALETTE)) == 0
    assert {"en": "truth", "zh": "真实值"}[scene.lang] in scene.truth_ring[1].original_text
    assert f"({TRUE_WEIGHTS[0]}, {TRUE_WEIGHTS[1]})" in scene.truth_ring[1].original_text
    assert len(region_pixels(after, theme.TEXT_COLOR, name, PROSE_PALETTE)) > 30
    assert len(region_pixels(before, theme.TEXT_COLOR, name, PROSE_PALETTE)) == 0
    assert text_height_px(after, video, scene.truth_ring[1]) >= 14.0
    for color in (OLS_COLOR, theme.L2_COLOR):
        assert len(region_pixels(after, color, name, PROSE_PALETTE)) == 0, color
    # (before: the muted interval line in its place, not this white line)
    white = [len(region_pixels(seen, theme.TEXT_COLOR, video.pixel_box(line), PROSE_PALETTE))
             for seen in (before, after)]
    assert white[1] > 100 and white[0] < 0.1 * white[1], white
    assert text_height_px(after, video, line) >= 14.0
    text = line.original_text
    names = {"en": ("least squares", "ridge"), "zh": ("最小二乘", "岭回归")}[scene.lang]
    errors = [f"{fits.mean_error(name, TRUE_WEIGHTS):.2f}" for name in ("ols", "ridge")]
    assert all(x in text for x in (*names, *errors, "(1, 1)")), text
    assert text.index(names[0]) < text.index(errors[0]) < text.index(names[1]) \
        < text.index(errors[1])
    # the trade shown: ridge's fits are much less spread, but hardly nearer the truth
    assert fits.mean_error("ridge", TRUE_WEIGHTS) > 0.5 * fits.mean_error("ols", TRUE_WEIGHTS)
    return {"truth_errors": errors, "ring_px": len(drawn)}


def check_arrival(video) -> dict:
    """The swing beat: the minibatches arrive one by one; at each checked frame the dots of
    batches 1..k (k: the recorded batch tracker) are drawn where mathcore puts them in
    both rows, and no dot of a later batch; k grows between checked frames."""
    scene = video.scene
    fits = ols_vs_ridge(RHO, BATCH_SIZE, OLS_BATCHES, SEED)
    first, last = video.beat("ols_swing")
    batches = video.timeline["trackers"]["batch"]
    moving = [k for k in range(first, last + 1) if 10 <= (batches[k] or 0) < OLS_BATCHES - 10]
    assert len(moving) > 10
    previous, found = 0, {}
    for index, frame in video.frames(spread([(moving[0], moving[-1])], 5, 0)).items():
        k = int(np.floor(video.value("batch", index) + 1e-9))
        assert k > previous
        previous = k
        for name, color in (("ols", OLS_COLOR), ("ridge", theme.L2_COLOR)):
            points = np.column_stack([np.arange(1, k + 1), fits.along(name)[:k]])
            found[name] = check_dots(video, index, frame, f"{name}_along", points, CLOUD_DOT,
                                     region=video.plane_box(scene.rows[name]["axes"]),
                                     color_of=lambda _p, color=color: color)
    return found


def check_still(video) -> dict:
    """No dead time: decoded, no stretch of frames that show the same picture (at most
    ``STILL_PIXELS`` pixels differ by more than ``STILL_LEVEL`` in a channel from the frame
    before) before the closing beat lasts longer than ``LONGEST_STILL`` s (every beat ends
    on a still, so some of at least 0.5 s are found), and the stretches of frames identical
    to the encoder's level (no pixel differs by more than 8 in a channel) of at least 0.5 s
    last at most ``STILL_SHARE`` of that time together (a still is what the subtitles need
    to be read).  (tests/test_frames_sgd.py checks its video with it too.)"""
    last_start = video.timeline["beats"][-1]["first_frame"]
    frames = video.frames(range(0, last_start)).items()
    runs = [seconds for _, _, seconds in still_runs(
        frames, video.fps, level=STILL_LEVEL, allowed=STILL_PIXELS, limit=LONGEST_STILL)
        if seconds >= 0.5]
    assert len(runs) >= len(video.timeline["beats"]) - 1, runs
    total = sum(seconds for _, _, seconds in still_runs(frames, video.fps, level=8)
                if seconds >= 0.5)
    assert total <= STILL_SHARE * last_start / video.fps, (total, runs)
    return {"longest_still_s": round(max(runs), 2), "still_s": round(total, 2)}


#: The longest still (s) before the closing beat (over 3 s is dead time), and the share of
#: that time in stills.
LONGEST_STILL, STILL_SHARE = 3.0, 0.35
#: Two decoded frames show the same picture when at most ``STILL_PIXELS`` pixels differ by
#: more than ``STILL_LEVEL`` in a channel (the encoder's noise on a still picture of many
#: thin traces reaches 16 at a few dozen pixels; anything that moves changes hundreds).
STILL_LEVEL, STILL_PIXELS = 20, 40


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_ols_against_ridge(lang, rendered_video):
    video = rendered_video(OlsAgainstRidge, lang)
    check_basics(video)
    check_still(video)
    check_data(video)
    check_arrival(video)
    check_swing(video)
    check_numbers(video)
    check_plane(video)
