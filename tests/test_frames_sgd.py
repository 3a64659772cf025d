"""Frame tests of scenes/sgd.py: the slopes, the SGD traces, their counters, and OLS
against ridge.

The slopes beat lasts at most 8.5 s and ends on its plot; while beta sweeps, a white dot
sits on each slope curve at (beta, sign(beta)) and (beta, 2 beta).
During the run the traces of each panel are drawn up to the step tracker and no further
(the rightmost pixel of the norm's colour sits at mathcore's iterate of that step, the
cursor's band left out); the counters recorded per frame are mathcore's sign changes and
zero steps at that step, and their lines are drawn.  In the beat "where a weight should be
0" the three traces of b2 end at the cursor, the proximal trace's green marks lie on the 0
line and only over steps where mathcore's proximal b2 is exactly 0 (and every longer run of
exact zeros is marked), and the recorded counters are mathcore's; its explanation is white, says
what the counts cover and ridge's bias (mathcore's).  In the last part, beta1 - beta2 of
every minibatch's OLS fit and ridge fit is a dot where mathcore puts it (the ridge row at
the zoom it names), and nowhere else, the bands span mathcore's mean +- 1 sd, and the
white ratio lines give mathcore's sd ratio along beta1 - beta2, the sds along beta1 + beta2,
and the distance ratio with its interval.  The part opens with its own title card (alone
on screen, then in the title's place); its labels beside the rows are drawn unshrunk at
the scene's label size; the shrinkage beat shows mathcore's full-data fits beside the
rows.  In the zero beat the lasso's dashed b2* = 0 is green (an exact 0), ridge's b2* is
yellow, as the settings line names them.
"""

from __future__ import annotations

import numpy as np
import pytest

from mathcore.sgd import METHODS, ols_vs_ridge, sgd_trajectories
from scenes import theme
from scenes.sgd import (
    BAND_OPACITY,
    BATCH_SIZE,
    CLOUD_DOT,
    COUNTER_TRACKERS,
    OLS_BATCHES,
    OLS_COLOR,
    RHO,
    SEED,
    SLOPE_DOT,
    SLOPE_SWEEP,
    STEP_SIZE,
    STEPS,
    ZERO_RHO,
    ZERO_ROWS,
    ZERO_STEPS,
    ZERO_TRACKERS,
    ZERO_WEIGHTS,
    MinibatchSGD,
    zero_runs,
)
from scenes.strings import format_count
from tests.frames import (
    UNDER_CURSOR_PX,
    blend,
    bright_pixels,
    check_basics,
    check_dots,
    inside_box,
    pixel_centres,
    region_pixels,
    spread,
)

pytestmark = pytest.mark.slow


def optimum_bands(video, norm: str, index: int, optimum, region) -> list[np.ndarray]:
    """Pixel bands of the dashed optimum lines (yellow: at their edges it blends towards
    the trace colours), left out of the trace's pixels."""
    rows = video.to_pixels(norm, index, [[0.0, v] for v in optimum])[:, 1]
    return [np.array([[region[0, 0], y - 3.0], [region[1, 0], y + 3.0]]) for y in rows]


def check_run(video) -> dict:
    scene = video.scene
    run = sgd_trajectories(RHO, BATCH_SIZE, STEPS, STEP_SIZE, SEED)
    moving = [k for k in range(*video.beat("sgd_run"))
              if 150 < (video.timeline["trackers"]["step"][k] or 0) < STEPS]
    assert len(moving) > 20
    worst = 0.0
    picked = spread([(moving[0], moving[-1])], 6, 0)
    for index, frame in video.frames(picked).items():
        k = int(np.floor(video.value("step", index) + 1e-9))
        for norm, method, color in (("l1", "l1_subgradient", theme.L1_COLOR),
                                    ("l2", "l2", theme.L2_COLOR)):
            axes = scene.panels[norm]["axes"]
            region = video.plane_box(axes)
            cursor = video.cursor_band(norm, index, k, region)
            header = video.pixel_box(scene.panels[norm]["header"])
            pixels = region_pixels(frame, color, region,
                                   [theme.SOLUTION_COLOR, theme.MUTED_TEXT_COLOR,
                                    theme.TEXT_COLOR],
                                   excluded=[cursor, header, *optimum_bands(
                                       video, norm, index, run.optima[method], region)])
            ends = video.to_pixels(norm, index, [[k, v] for v in run.iterates[method][k - 1]])
            # nothing of the trace right of the cursor; the trace reaches the cursor
            assert pixels[:, 0].max() <= ends[0, 0] + 2.0, (norm, index, k)
            near = pixels[pixels[:, 0] >= ends[0, 0] - UNDER_CURSOR_PX - 6.0]
            assert len(near), (norm, index, k)
            worst = max(worst, float(ends[0, 0] - pixels[:, 0].max()))
        for method in METHODS:
            flips = run.sign_flips(method, 0, k)
            expected = (flips[0], flips[1], run.zero_steps(method, 0, k))
            recorded = [video.value(name, index) for name in COUNTER_TRACKERS[method]]
            assert recorded == [float(x) for x in expected], (method, index, k)
            line = scene.counters[method][0]
            assert len(bright_pixels(frame, video.pixel_box(line), contrast=25.0)) > 30
    # the final counters: mathcore's over the whole run
    for method in METHODS:
        line = scene.counters[method][0]
        assert "0" in line.shown_text and str(run.zero_steps(method)) in line.shown_text
    return {"trace_end_gap_px": round(worst, 2)}


ZERO_PALETTE = [theme.ZERO_COLOR, theme.TEXT_COLOR, theme.SOLUTION_COLOR, theme.AXES_COLOR,
                theme.MUTED_TEXT_COLOR, theme.L1_COLOR, theme.L2_COLOR]


def check_zero(video) -> dict:
    """The beat where a weight should be 0: traces to the cursor, green exact zeros on the
    0 line where mathcore's proximal b2 is exactly 0, counters equal to mathcore's."""
    scene = video.scene
    run = sgd_trajectories(ZERO_RHO, BATCH_SIZE, ZERO_STEPS, STEP_SIZE, SEED, ZERO_WEIGHTS)
    first, last = video.beat("sgd_zero")
    moving = [k for k in range(first, last)
              if 40 < (video.timeline["trackers"]["zero_step"][k] or 0) < ZERO_STEPS]
    assert len(moving) > 20
    zeros = np.flatnonzero(run.iterates["l1_proximal"][:, 1] == 0.0) + 1  # 1-based steps
    runs = zero_runs(run.iterates["l1_proximal"][:, 1])
    marks = 0
    for index, frame in video.frames(spread([(moving[0], moving[-1])], 6, 0)).items():
        k = int(np.floor(video.value("zero_step", index) + 1e-9))
        for method, short, color in ZERO_ROWS:
            row = scene.zero_rows[method]
            plane = f"zero_{short}"
            region = video.plane_box(row["axes"])
            cursor = video.cursor_band(plane, index, k, region)
            end = video.to_pixels(plane, index, [[k, run.iterates[method][k - 1, 1]]])[0]
            if method != "l1_proximal":
                # the dashed optimum (yellow) is told apart by colour, not left out: the
                # ridge trace runs along it
                pixels = region_pixels(frame, color, region, ZERO_PALETTE, excluded=[cursor])
                assert pixels[:, 0].max() <= end[0] + 2.0, (method, index, k)
                assert len(pixels[pixels[:, 0] >= end[0] - UNDER_CURSOR_PX - 6.0]), \
                    (method, index, k)
            else:
                green = region_pixels(frame, theme.ZERO_COLOR, region, ZERO_PALETTE,
                                      excluded=[cursor])
                assert len(green), (index, k)
                zero_row = video.to_pixels(plane, index, [[0.0, 0.0]])[0, 1]
                assert np.abs(green[:, 1] - zero_row).max() <= 3.0, (index, k)
                assert green[:, 0].max() <= end[0] + 2.0, (index, k)
                # every green pixel lies over a step (up to the cursor) with b2 exactly 0
                steps = video.to_data(plane, index, green)[:, 0]
                per_px = 1.0 / (video.to_pixels(plane, index, [[1.0, 0.0]])[0, 0]
                                - video.to_pixels(plane, index, [[0.0, 0.0]])[0, 0])
                shown = zeros[zeros <= k]
                gap = np.abs(steps[:, None] - shown[None, :]).min(axis=1)
                assert gap.max() <= 0.5 + 2.0 * per_px, (index, k, float(gap.max()))
                # every run of 4 or more exact zeros before the cursor is marked
                for a, b in runs:
                    if b - a >= 3 and b <= k - 2:
                        middle = video.to_pixels(plane, index, [[(a + b) / 2, 0.0]])[0, 0]
                        assert np.any(np.abs(green[:, 0] - middle) <= 1.5), (index, a, b)
                        marks += 1
            flips = int(run.sign_flips(method, 0, k)[1])
            expected = [float(flips), float(run.zero_steps(method, 0, k, coefficient=1))]
            assert [video.value(name, index) for name in ZERO_TRACKERS[method]] == expected, \
                (method, index, k)
            for line in row["lines"]:
                assert len(bright_pixels(frame, video.pixel_box(line), contrast=25.0)) > 20
    # before the sweep: the subgradient row's dashed b2* = 0 is green (an exact 0, not the
    # yellow of an optimum), the ridge row's b2* is yellow and the proximal row has none
    still = [k for k in range(first, last) if video.value("zero_step", k) == 0.0]
    index = still[-1]
    frame = video.frames([index])[index]
    for method, short, _ in ZERO_ROWS:
        region = video.plane_box(scene.zero_rows[method]["axes"])
        optimum = run.optima[method][1]
        row = video.to_pixels(f"zero_{short}", index, [[0.0, optimum]])[0, 1]
        width = region[1, 0] - region[0, 0]
        green = region_pixels(frame, theme.ZERO_COLOR, region, ZERO_PALETTE)
        yellow = region_pixels(frame, theme.SOLUTION_COLOR, region, ZERO_PALETTE)
        if method == "l1_proximal":
            assert len(green) == 0 and len(yellow) < 5, (len(green), len(yellow))
            continue
        if optimum == 0.0:
            # dashes (with gaps) across the plot's width, and no yellow
            on_line = green[np.abs(green[:, 1] - row) <= 2.0]
            assert len(on_line) >= 0.2 * width and len(yellow) < 5, (method, len(on_line))
        else:
            # the thin yellow dashes (their colour kept only per 2 x 2 block): bright
            # pixels along ridge's b2*, yellow-tinted (red well above blue), and no green
            drawn = bright_pixels(frame, np.array([[region[0, 0], row - 2.0],
                                                   [region[1, 0], row + 2.0]]))
            colours = frame[drawn[:, 1].astype(int), drawn[:, 0].astype(int)].astype(float)
            assert len(drawn) >= 0.2 * width and len(green) < 5, (method, len(drawn))
            assert (colours[:, 0] - colours[:, 2]).mean() > 20.0, colours.mean(axis=0)
    assert "green" in scene.zero_settings.original_text or "绿色" in \
        scene.zero_settings.original_text
    # the final counters: mathcore's over the whole run
    for method, _, _ in ZERO_ROWS:
        lines = scene.zero_rows[method]["lines"]
        assert str(int(run.sign_flips(method, 0)[1])) in lines[0].shown_text
        assert str(run.zero_steps(method, coefficient=1)) in lines[1].shown_text
    return {"zero_runs_checked": marks}


def white_disc(frame, centre, radius: float) -> np.ndarray:
    """The near-white pixels (luma above 215: the theme's text colour, not the curves or
    the axes) within two radii of ``centre``."""
    box = np.array([centre - 2 * radius, centre + 2 * radius])
    luma = frame.astype(float) @ np.array([0.299, 0.587, 0.114])
    pixels = pixel_centres(inside_box(luma > 215.0, box))
    return pixels[np.linalg.norm(pixels - centre, axis=1) <= 2 * radius]


def check_slopes(video) -> dict:
    """The slopes beat: short, and moving to its end; a white dot on each slope curve at
    the tracker's beta (sign(beta) jumps from -1 to +1, 2beta passes through 0)."""
    scene = video.scene
    first, last = video.beat("sgd_slopes")
    assert (last - first + 1) / video.fps <= 8.5
    betas = video.timeline["trackers"]["slope_beta"]
    moving = [k for k in range(first, last + 1)
              if betas[k] is not None and abs(betas[k]) < SLOPE_SWEEP - 0.05
              and abs(betas[k]) > 0.05]
    assert len(moving) > 10
    radius = video.screen_px(SLOPE_DOT)
    worst, sides, checked = 0.0, set(), 0
    for index, frame in video.frames(spread([(moving[0], moving[-1])], 12, 0)).items():
        beta = video.value("slope_beta", index)
        # mathcore's l1_subgradient and l2_gradient at beta
        expected = video.to_pixels("slopes", index, [[beta, np.sign(beta)], [beta, 2 * beta]])
        if np.linalg.norm(expected[0] - expected[1]) < 4 * radius:
            continue  # near beta = 0.5 the two dots overlap
        sides.add(np.sign(beta))
        for centre in expected:
            # the white dot: the only near-white pixels in the plot (the video keeps colour
            # per 2 x 2 block only, so a white dot on a coloured line is told by its luma)
            dot = white_disc(frame, centre, radius)
            assert len(dot) >= 0.6 * np.pi * radius**2, (index, beta, len(dot))
            worst = max(worst, float(np.linalg.norm(dot.mean(axis=0) - centre)))
            checked += 1
    assert checked >= 12 and worst <= 2.0 and sides == {-1.0, 1.0}, (checked, worst, sides)
    # the last picture of the beat is the plot, not a blank frame; its read-outs say +1
    frame = video.frames([last])[last]
    assert len(bright_pixels(frame, video.plane_box(scene.planes_slopes))) > 200
    assert "+1" in scene.slope_lines[1][0].shown_text
    return {"slope_dot_error_px": round(worst, 2)}


PROSE_PALETTE = [theme.TEXT_COLOR, theme.ZERO_COLOR, theme.MUTED_TEXT_COLOR, theme.L1_COLOR,
                 theme.L2_COLOR, theme.SOLUTION_COLOR, OLS_COLOR]


def check_white(video, frame, mobject) -> None:
    """``mobject`` (prose) is drawn in the theme's text colour, with no green in it."""
    box = video.pixel_box(mobject)
    white = region_pixels(frame, theme.TEXT_COLOR, box, PROSE_PALETTE)
    green = region_pixels(frame, theme.ZERO_COLOR, box, PROSE_PALETTE)
    assert len(white) > 100 and len(green) <= 0.02 * len(white), (len(white), len(green))


def check_prose(video) -> None:
    """The explanations are white; the zero beat's says what the counts cover and ridge's
    bias, mathcore's numbers."""
    scene = video.scene
    run = sgd_trajectories(ZERO_RHO, BATCH_SIZE, ZERO_STEPS, STEP_SIZE, SEED, ZERO_WEIGHTS)
    last = video.beat("sgd_zero_why")[1]
    frame = video.frames([last])[last]
    for line in scene.zero_why:
        check_white(video, frame, line)
    counts, bias = scene.zero_why[0].original_text, scene.zero_why[-1].original_text
    assert str(ZERO_STEPS) in counts and str(run.burn_in) in counts
    assert f"{run.optima['l2'][1] - ZERO_WEIGHTS[1]:.3f}" in bias
    assert run.optima["l2"][1] == pytest.approx(0.136, abs=5e-4)
    last = video.beat("sgd_ratio")[1]
    check_white(video, video.frames([last])[last], scene.ratio_lines[0])
    last = video.beat("sgd_distance")[1]
    for line in scene.ratio_lines:
        check_white(video, video.frames([last])[last], line)
    last = video.beat("sgd_spread")[1]
    check_white(video, video.frames([last])[last], scene.run_why)
    # the run's counters: the step line says they cover steps 1 to 3,000
    assert scene.step_line.shown_text.count(format_count(STEPS, scene.lang)) == 2


def check_along(video) -> dict:
    """OLS against ridge: beta1 - beta2 of every minibatch's fit is a dot where mathcore
    puts it (the ridge row at its zoom), and the bands span mathcore's mean +- 1 sd."""
    scene = video.scene
    fits = ols_vs_ridge(RHO, BATCH_SIZE, OLS_BATCHES, SEED)
    first, last = video.beat("sgd_ratio")
    index = (first + last) // 2
    frame = video.frames([index])[index]
    bands = {name: blend(color, BAND_OPACITY)
             for name, color in (("ols", OLS_COLOR), ("ridge", theme.L2_COLOR))}
    edges = {}
    for name, color in (("ols", OLS_COLOR), ("ridge", theme.L2_COLOR)):
        row = scene.along_rows[name]
        plane, values = f"{name}_along", fits.along(name)
        region = video.plane_box(row["axes"])
        points = np.column_stack([np.arange(1, OLS_BATCHES + 1), values])
        check_dots(video, index, frame, plane, points, CLOUD_DOT, region=region,
                   # (not the bands' colours: a blend of the dot colour, it would
                   # compete with it; at a share of 0.3 a band pixel is not the dot's)
                   color_of=lambda _p, color=color: color)
        sd = fits.along_sd(name)
        shown = f"{sd:.4f}" if name == "ridge" else f"{sd:.3f}"
        assert row["sd"] == sd and shown in row["text"][1].original_text
        # the band: rows where the band's colour covers a third of the plot's width
        band = region_pixels(frame, bands[name], region, [color, *bands.values(),
                                                           theme.AXES_COLOR])
        rows, counts = np.unique(np.round(band[:, 1]), return_counts=True)
        covered = rows[counts >= (region[1, 0] - region[0, 0]) / 3]
        mean = float(values.mean())
        expected = video.to_pixels(plane, index, [[1.0, mean + sd], [1.0, mean - sd]])[:, 1]
        error = max(abs(covered.min() - expected[0]), abs(covered.max() - expected[1]))
        assert error <= 2.0, (name, covered.min(), covered.max(), expected)
        edges[name] = round(float(error), 2)
    # the ridge row's y axis is magnified by the zoom it names
    scale = {name: float(np.diff(video.to_pixels(f"{name}_along", index,
                                                 [[1.0, 0.0], [1.0, 1.0]])[:, 1])[0])
             for name in ("ols", "ridge")}
    zoom = scene.along_zoom
    assert scale["ridge"] / scale["ols"] == pytest.approx(zoom, rel=1e-6)
    assert f"×{zoom}" in scene.along_rows["ridge"]["text"][2].original_text \
        or f"{zoom} 倍" in scene.along_rows["ridge"]["text"][2].original_text
    # the ratio lines: mathcore's sd ratio along b1 - b2 and sds along b1 + b2, then the
    # distance ratio and its interval
    low, high = fits.ratio_ci95
    along, distance = (line.original_text for line in scene.ratio_lines)
    assert f"{fits.along_sd_ratio():.0f}" in along
    assert all(x in along for x in (f"{fits.along_sd('ols'):.3f}",
                                    f"{fits.along_sd('ridge'):.4f}",
                                    f"{fits.along_sd('ols', (1.0, 1.0)):.3f}",
                                    f"{fits.along_sd('ridge', (1.0, 1.0)):.3f}"))
    assert all(f"{x:.1f}" in distance for x in (fits.ratio, low, high))
    return {"band_edge_error_px": edges, "zoom": zoom}


def text_height_px(frame, video, mobject) -> float:
    """The height (px) of the bright pixels of a one-line label in the decoded frame."""
    drawn = bright_pixels(frame, video.pixel_box(mobject), contrast=60.0)
    assert len(drawn) > 20
    return float(drawn[:, 1].max() - drawn[:, 1].min() + 1.0)


def check_ols_part(video) -> dict:
    """The OLS part: a title card alone on screen, its labels beside the rows unshrunk
    (as tall as the scene's other labels), and the full-data fits beside the rows."""
    scene = video.scene
    fits = ols_vs_ridge(RHO, BATCH_SIZE, OLS_BATCHES, SEED)
    first, last = video.beat("sgd_ols_card")
    frame = video.frames([last])[last]
    card, note = scene.ols_card
    card_box = video.pixel_box(scene.ols_card, margin_px=4.0)
    everything = np.array([[0.0, 0.0], video.timeline["pixel_size"]], dtype=float)
    assert len(bright_pixels(frame, video.pixel_box(card))) > 300
    assert len(bright_pixels(frame, video.pixel_box(note), contrast=25.0)) > 100
    # nothing else on screen: the card stands alone (the first title has gone)
    assert len(bright_pixels(frame, everything, excluded=[card_box], contrast=25.0)) == 0
    assert text_height_px(frame, video, card) >= text_height_px(
        frame, video, note) + 4.0
    # the shrinkage: the full-data fits beside the rows, in the rows' colours
    last = video.beat("sgd_shrink")[1]
    frame = video.frames([last])[last]
    heights = {}
    for name, color in (("ols", OLS_COLOR), ("ridge", theme.L2_COLOR)):
        row = scene.along_rows[name]
        fit = {"ols": fits.full_ols, "ridge": fits.full_ridge}[name]
        shown = row["text"][-1]
        assert f"({fit[0]:.2f}, {fit[1]:.2f})" in shown.original_text
        assert len(region_pixels(frame, color, video.pixel_box(shown), PROSE_PALETTE)) > 40
        # every label beside the row is the scene's label size, not shrunk; each line sits
        # beside its row (within the row's height)
        region = video.plane_box(row["axes"])
        for line in row["text"]:
            assert line.font_size == pytest.approx(theme.SMALL_SIZE)
            box = video.pixel_box(line)
            assert box[0, 1] >= region[0, 1] - 30 and box[1, 1] <= region[1, 1] + 30
        heights[name] = text_height_px(frame, video, row["text"][0])
    first, last = video.beat("sgd_shrink")
    assert len(bright_pixels(video.frames([first])[first],
                             video.pixel_box(scene.along_rows["ols"]["text"][-1]))) == 0
    # the lines at the bottom are the same size as the labels
    last = video.beat("sgd_distance")[1]
    frame = video.frames([last])[last]
    for line in scene.ratio_lines:
        assert line.font_size == pytest.approx(theme.SMALL_SIZE)
    return {"label_height_px": heights,
            "bottom_line_px": text_height_px(frame, video, scene.ratio_lines[1])}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_sgd_traces_counters_and_fits(lang, rendered_video):
    video = rendered_video(MinibatchSGD, lang)
    check_basics(video)
    check_run(video)
    check_slopes(video)
    check_zero(video)
    check_prose(video)
    check_along(video)
    check_ols_part(video)
