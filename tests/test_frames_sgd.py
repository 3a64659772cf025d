"""Frame tests of scenes/sgd.py: the slopes, the SGD traces, their counters, and where a
weight should be 0.

The slopes beat lasts at most 8.5 s and ends on its plot; while beta sweeps, a white dot
sits on each slope curve at (beta, sign(beta)) and (beta, 2 beta).
During the run the traces of each panel are drawn up to the step tracker and no further
(the rightmost pixel of the norm's colour sits at mathcore's iterate of that step, the
cursor's band and the names under the traces left out); the counters recorded per frame
are mathcore's sign changes and zero steps at that step, and their lines are drawn; the
names at the L1 traces' live end follow the cursor.  The spread beat's read-out gives
mathcore's mean distances.  In the beat "where a weight should be 0" the three traces of
b2 end at the cursor, the proximal trace's green marks lie on the 0 line and only over
steps where mathcore's proximal b2 is exactly 0 (and every longer run of exact zeros is
marked), and the recorded counters are mathcore's; its closing lines are white, say what
the counts cover and ridge's bias (mathcore's).  In the zero beat the lasso's dashed
b2* = 0 is green (an exact 0), ridge's b2* is yellow, as the settings line names them.
The read-outs and labels of the spread and zero beats are at least 14 px tall.
(Least squares against ridge: tests/test_frames_ols_ridge.py.)
"""

from __future__ import annotations

import numpy as np
import pytest

from mathcore.sgd import METHODS, sgd_trajectories
from scenes import theme
from scenes.sgd import (
    BATCH_SIZE,
    COUNTER_TRACKERS,
    PANELS,
    PROX_COLOR,
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
    bright_pixels,
    check_basics,
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
        # one panel per method: L1 subgradient (orange), L1 proximal (light orange), L2
        for norm, method, color in PANELS:
            axes = scene.panels[norm]["axes"]
            region = video.plane_box(axes)
            cursor = video.cursor_band(norm, index, k, region)
            header = video.pixel_box(scene.panels[norm]["header"])
            names = [video.pixel_box(name) for name in scene.panels[norm]["names"]]
            pixels = region_pixels(frame, color, region,
                                   [theme.SOLUTION_COLOR, theme.MUTED_TEXT_COLOR,
                                    theme.TEXT_COLOR],
                                   excluded=[cursor, header, *names, *optimum_bands(
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
            for lines in (scene.counters, scene.zero_counters):
                line = lines[method][0]
                assert len(bright_pixels(frame, video.pixel_box(line), contrast=25.0)) > 30
    # the final counters: mathcore's over the whole run
    for method in METHODS:
        flips = run.sign_flips(method, 0)
        assert scene.counters[method][0].shown_text.count(" 0") >= 2 and not flips.any()
        assert str(run.zero_steps(method)) in scene.zero_counters[method][0].shown_text
    return {"trace_end_gap_px": round(worst, 2)}


ZERO_PALETTE = [theme.ZERO_COLOR, theme.TEXT_COLOR, theme.SOLUTION_COLOR, theme.AXES_COLOR,
                theme.MUTED_TEXT_COLOR, theme.L1_COLOR, theme.L2_COLOR, PROX_COLOR]


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
    assert "green" in scene.zero_settings[1].original_text or "绿色" in \
        scene.zero_settings[1].original_text
    # the final counters: mathcore's over the whole run, one line per method
    for method, _, _ in ZERO_ROWS:
        lines = scene.zero_rows[method]["lines"]
        assert len(lines) == 1
        assert str(int(run.sign_flips(method, 0)[1])) in lines[0].shown_text
        assert str(run.zero_steps(method, coefficient=1)) in lines[0].shown_text
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
                 theme.L2_COLOR, theme.SOLUTION_COLOR]


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
    # the setup stays on screen: the true weight of x2 is 0, over all the steps
    setup = scene.zero_settings[0]
    assert str(ZERO_STEPS) in setup.original_text and "β₂ = 0" in setup.original_text
    assert len(bright_pixels(frame, video.pixel_box(setup))) > 100
    assert setup.get_bottom()[1] > scene.zero_why.get_top()[1]
    bias = scene.zero_why[-1].original_text
    assert f"{run.optima['l2'][1] - ZERO_WEIGHTS[1]:.3f}" in bias
    assert run.optima["l2"][1] == pytest.approx(0.136, abs=5e-4)
    # the spread read-out: white heading, mathcore's mean distances in the norms' colours
    last = video.beat("sgd_spread")[1]
    frame = video.frames([last])[last]
    check_white(video, frame, scene.run_why[0])
    sgd = sgd_trajectories(RHO, BATCH_SIZE, STEPS, STEP_SIZE, SEED)
    for line, method, color in zip(scene.run_why[1:], ("l1_subgradient", "l2"),
                                   (theme.L1_COLOR, theme.L2_COLOR), strict=True):
        assert f"{sgd.mean_distance(method):.3f}" in line.original_text
        assert len(region_pixels(frame, color, video.pixel_box(line), PROSE_PALETTE)) > 40
    # the run's counters: the step line says they cover steps 1 to 3,000
    assert scene.step_line.shown_text.count(format_count(STEPS, scene.lang)) == 2


def text_height_px(frame, video, mobject) -> float:
    """The height (px) of the bright pixels of a one-line label in the decoded frame."""
    drawn = bright_pixels(frame, video.pixel_box(mobject), contrast=60.0)
    assert len(drawn) > 20
    return float(drawn[:, 1].max() - drawn[:, 1].min() + 1.0)


def check_tags(video) -> dict:
    """The names of the bands (beta1, beta2) beside each panel at mathcore's optima, one
    counter line per method; the spread beat's read-out and the zero beat's labels at
    least 14 px tall."""
    scene = video.scene
    run = sgd_trajectories(RHO, BATCH_SIZE, STEPS, STEP_SIZE, SEED)
    last = video.beat("sgd_run")[1]
    frame = video.frames([last])[last]
    heights = {}
    for norm, method, color in PANELS:
        panel = scene.panels[norm]
        rows = video.to_pixels(norm, last, [[STEPS, v] for v in run.optima[method]])[:, 1]
        names = panel["names"]
        for name in names:
            assert len(bright_pixels(frame, video.pixel_box(name))) > 20, (norm, name)
            heights[f"{norm} {name.original_text}"] = text_height_px(frame, video, name)
        if len(names) == 2:
            # beta1 and beta2 apart: each name at its own band's optimum
            for name, row in zip(names, rows, strict=True):
                assert abs(video.pixel_box(name).mean(axis=0)[1] - row) <= 3.0, (norm, row)
        else:
            # the bands run together: one name over both, just above them
            assert names[0].original_text == "β₁, β₂" and abs(rows[0] - rows[1]) < 15
            assert video.pixel_box(names[0])[1, 1] <= rows.min()
        # the method's counters, in its panel's colour
        for lines in (scene.counters, scene.zero_counters):
            line = lines[method][0]
            palette = [*PROSE_PALETTE, PROX_COLOR]
            assert len(region_pixels(frame, color, video.pixel_box(line), palette)) > 30
            heights[f"{norm} {line.shown_text}"] = text_height_px(frame, video, line)
    last = video.beat("sgd_spread")[1]
    frame = video.frames([last])[last]
    heights["spread"] = min(text_height_px(frame, video, line) for line in scene.run_why)
    last = video.beat("sgd_zero_why")[1]
    frame = video.frames([last])[last]
    heights["zero"] = min(text_height_px(frame, video, line)
                          for row in scene.zero_rows.values() for line in row["lines"])
    # (the headers: "L2" has no letter below the line; their size, not their pixels)
    assert min(row["header"].font_size for row in scene.zero_rows.values()) >= \
        0.85 * theme.SMALL_SIZE
    heights["zero_why"] = min(text_height_px(frame, video, line) for line in scene.zero_why)
    assert min(heights.values()) >= 14.0, heights
    return heights


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_sgd_traces_counters_and_fits(lang, rendered_video):
    video = rendered_video(MinibatchSGD, lang)
    check_basics(video)
    check_run(video)
    check_slopes(video)
    check_zero(video)
    check_prose(video)
    check_tags(video)
