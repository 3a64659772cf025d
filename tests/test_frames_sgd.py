"""Frame tests of scenes/sgd.py: the slopes, the two L1 steps, the SGD traces and their live
distances, where a weight should be 0, and its zoom.

The slopes beat lasts at most 8.5 s and ends on its plot; while beta sweeps, a white dot
sits on each slope curve at (beta, sign(beta)) and (beta, 2 beta).
The two L1 steps are defined (in their panels' colours, the lesson's penalties lambda
||b||_1 and lambda ||b||_2^2 named) from the beat where the panels first appear, one under
the other, both on screen together for at least 3 s, then the burn-in in their place.
During the burn-in and the run the traces of each panel are drawn up to the step tracker
and no further (the rightmost pixel of each trace's colour sits at mathcore's
iterate of that step, the cursor's band and the names under the traces left out); beta1 is
drawn in the panel's colour, beta2 in olive, each band named in its trace's colour (where
the L1 bands lie apart, each colour centres on its own coefficient's optimum).  The
burn-in, where nothing is counted, is swept in the definitions' beat with no read-out on
screen; the run's beat starts at the first counted step, and from there to the end of
the sweep each panel's read-out shows mathcore's mean distance over the counted steps at
that frame (decoded: the frame's digits match that number, not a neighbour's) and moves
between every two checked frames: no dead time.  The spread beat's read-out gives
mathcore's mean distance of each method, named by its method, under each panel the offset
of the iterates' average from the optimum (mathcore's; the live distance gone) and the sds,
and says that nothing reached 0 (mathcore: no zero, no flip); Chinese numbers under 10,000
have no thousands comma.
In the beat "where a weight should be 0" the three traces of b2 end at the cursor, the
proximal trace's green marks lie on the 0 line and only over steps where mathcore's
proximal b2 is exactly 0 (and every longer run of exact zeros is marked), and the
recorded counters are mathcore's; in the beat that asks to compare the counters they hold
still at mathcore's final counts (decoded: the same pixels at its start and end).  The
line saying why rho drops holds (on the same data at the run's rho, mathcore's b2 never
reaches 0 in as many steps).  The zoom marks its window on the rows (a white box at
mathcore's steps), grows it while the rows fade out (no frame shows the long rows' trace
with the zoom's numbers or note), then draws each row again a step at a time:
one dot per step at mathcore's b2 (within 2 px), none beyond the tracker's step, the
subgradient dots on alternating sides of 0 as often as mathcore's sign changes, the
proximal ones green on 0.  The closing lines are white, say what the counts cover and
ridge's bias (mathcore's).  In the zero beat the lasso's dashed b2* = 0 is green (an exact
0), ridge's b2* is yellow, as the settings line names them, and the green line is seen over
the subgradient b2's noise.  Every read-out, label and tick
number is at least 14 px tall.  The sign(beta) key is clear of 2beta and of the dot; the
dashed yellow optima are named in their colour during the run; the zero run's lambdas
(mathcore's, not the run before's) are in its setup line; the boxed counters keep room
inside their boxes; the zoom rings each of mathcore's crossings of 0 (``check_keys``).
(Least squares against ridge: tests/test_frames_ols_ridge.py.)
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from manim import VGroup

from mathcore.sgd import METHODS, sgd_trajectories
from mathcore.stability import ridge_coefficient
from scenes import theme
from scenes.base import CLOSING_STILL_SECONDS
from scenes.sgd import (
    B2_COLOR,
    BATCH_SIZE,
    CROSSING_RING,
    DISTANCE_TRACKERS,
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
    ZOOM_DOT,
    ZOOM_STEPS,
    MinibatchSGD,
    count_text,
    zero_runs,
)
from scenes.strings import STRINGS
from tests.frames import (
    UNDER_CURSOR_PX,
    MarkerCheck,
    TextPainter,
    bright_pixels,
    check_basics,
    inside_box,
    luma,
    marker_position,
    pixel_centres,
    readout_difference,
    region_pixels,
    rgb,
    spread,
    still_runs,
    text_box,
    tick_offsets_px,
)
from tests.test_frames_ols_ridge import LONGEST_STILL, STILL_LEVEL, STILL_PIXELS, check_still

pytestmark = pytest.mark.slow

#: A read-out shows a number when the frame's luma in the number's box differs from the
#: number drawn alone on the background by at most this (mean |difference|, of 255) ...
READOUT_MATCH = 6.0
#: ... and a wrong number differs at least this many times as much.
READOUT_CONTRAST = 2.0


def optimum_bands(video, norm: str, index: int, optimum, region) -> list[np.ndarray]:
    """Pixel bands of the dashed optimum lines (yellow: at their edges it blends towards
    the trace colours), left out of the trace's pixels."""
    rows = video.to_pixels(norm, index, [[0.0, v] for v in optimum])[:, 1]
    return [np.array([[region[0, 0], y - 3.0], [region[1, 0], y + 3.0]]) for y in rows]


def check_traces(video, run, index: int, frame: np.ndarray, k: int) -> float:
    """Each panel's traces, beta1 in the panel's colour and beta2 in ``B2_COLOR``, end at
    mathcore's iterate of step ``k`` and not beyond; where the two bands lie apart (the L1
    panels) each colour's pixels centre on its own coefficient's optimum.  Returns the
    largest gap (px) between the cursor and the traces' rightmost pixel."""
    scene, worst = video.scene, 0.0
    for norm, method, color in PANELS:
        axes = scene.panels[norm]["axes"]
        region = video.plane_box(axes)
        cursor = video.cursor_band(norm, index, k, region)
        header = video.pixel_box(scene.panels[norm]["header"])
        names = [video.pixel_box(name) for name in scene.panels[norm]["names"]]
        ends = video.to_pixels(norm, index, [[k, v] for v in run.iterates[method][k - 1]])
        optima = video.to_pixels(norm, index, [[k, v] for v in run.optima[method]])[:, 1]
        rows, drawn = [], []
        for shade in (color, B2_COLOR):
            palette = [color, B2_COLOR, theme.SOLUTION_COLOR, theme.MUTED_TEXT_COLOR,
                       theme.TEXT_COLOR]
            pixels = region_pixels(frame, shade, region, palette,
                                   excluded=[cursor, header, *names, *optimum_bands(
                                       video, norm, index, run.optima[method], region)])
            # each coefficient's trace shows once the bands are long (beta2 under beta1:
            # where they run together, as in L2, only its edges show), and nothing of it
            # lies right of the cursor
            apart = abs(optima[0] - optima[1]) > 10.0
            assert k <= 600 or len(pixels) >= 30 or (shade == B2_COLOR and not apart), \
                (norm, shade, index, k, len(pixels))
            assert not len(pixels) or pixels[:, 0].max() <= ends[0, 0] + 2.0, \
                (norm, shade, index, k)
            drawn.append(pixels)
            # (past the first steps' rise from 0)
            settled = pixels[video.to_data(norm, index, pixels)[:, 0] > 300]
            rows.append(float(np.median(settled[:, 1])) if len(settled) else np.nan)
        # the traces reach the cursor
        pixels = np.vstack(drawn)
        assert len(pixels[pixels[:, 0] >= ends[0, 0] - UNDER_CURSOR_PX - 6.0]), (norm, index, k)
        worst = max(worst, float(ends[0, 0] - pixels[:, 0].max()))
        if not apart and k > 600:
            # the bands run together: beta1 (drawn last) hides beta2, which mathcore keeps
            # within 2 px of it at most counted steps
            gap = video.to_pixels(norm, index, np.column_stack(
                [np.zeros(k), run.iterates[method][:k, 0] - run.iterates[method][:k, 1]]))
            zero = video.to_pixels(norm, index, [[0.0, 0.0]])[0, 1]
            assert np.mean(np.abs(gap[:, 1] - zero) <= 2.0) > 0.9, norm
        if apart and k > 600:
            # two bands apart: each colour is its own coefficient's band
            assert abs(rows[0] - optima[0]) < abs(rows[0] - optima[1]), (norm, rows, optima)
            assert abs(rows[1] - optima[1]) < abs(rows[1] - optima[0]), (norm, rows, optima)
    return worst


def check_run(video) -> dict:
    """The burn-in and the run: the traces to the cursor; no read-out during the burn-in;
    the run's beat starts where counting starts; from there each read-out shows (decoded)
    mathcore's mean distance over the counted steps and moves to the end of the sweep."""
    scene = video.scene
    run = sgd_trajectories(RHO, BATCH_SIZE, STEPS, STEP_SIZE, SEED)
    burn = run.burn_in
    steps_beat, run_beat = video.beat("sgd_steps"), video.beat("sgd_run")
    steps = video.timeline["trackers"]["step"]
    # the burn-in lies in the definitions' beat; the run's beat opens on the first
    # counted step
    burning = [k for k in range(steps_beat[0], run_beat[1] + 1) if 0 < (steps[k] or 0) < burn]
    assert burning and max(burning) < run_beat[0]
    # (past the first steps: the traces' first rise hides under the cursor)
    burning = [k for k in burning if steps[k] > 150]
    assert video.value("step", run_beat[0]) == burn + 1
    painter = TextPainter(video)
    lines = {method: line for method, (line, _) in scene.distance_lines.items()}
    final = {method: line.shown_text for method, line in lines.items()}
    # the numbers' boxes (the words before them are the same whatever the number)
    boxes = {method: text_box(video, line, [("0.000",), ("0.088",), ("0.111",)],
                              lambda live: VGroup(*[m for m in live.slots[0] if len(m.points)]))
             for method, line in lines.items()}
    lines_boxes = {method: text_box(video, line, [("0.000",), ("0.088",)])
                   for method, line in lines.items()}
    worst_gap, worst_match, contrast = 0.0, 0.0, np.inf
    # the burn-in: traces to the cursor, no read-out yet
    for index, frame in video.frames(spread([(min(burning), max(burning))], 4, 0)).items():
        k = int(np.floor(video.value("step", index) + 1e-9))
        worst_gap = max(worst_gap, check_traces(video, run, index, frame, k))
        for method, box in lines_boxes.items():
            assert len(bright_pixels(frame, box, contrast=25.0)) == 0, (method, index)
    # counting: from the beat's first frame after the read-outs' fade to the sweep's end
    counting = [k for k in range(run_beat[0], run_beat[1] + 1) if burn + 1 < steps[k] < STEPS]
    assert len(counting) > 20
    previous = None
    for index, frame in video.frames(spread([(counting[0], counting[-1])], 8, 0)).items():
        k = int(np.floor(video.value("step", index) + 1e-9))
        worst_gap = max(worst_gap, check_traces(video, run, index, frame, k))
        recorded = {method: video.value(DISTANCE_TRACKERS[method], index) for method in METHODS}
        for method in METHODS:
            distance = run.mean_distance(method, burn, k)
            assert recorded[method] == distance, (method, index, k)
            shown = f"{distance:.3f}"
            match = readout_difference(video, frame, painter, lines[method], (shown,),
                                       boxes[method])
            wrong = readout_difference(video, frame, painter, lines[method],
                                       (f"{distance + 0.011:.3f}",), boxes[method])
            worst_match, contrast = max(worst_match, match), min(contrast, wrong / match)
            assert match <= READOUT_MATCH and wrong >= READOUT_CONTRAST * match, \
                (method, index, shown, match, wrong)
        if previous is not None:
            # the read-outs move between every two checked frames
            assert all(recorded[m] != previous[m] for m in METHODS), (index, recorded)
        previous = recorded
    # the dashed optima are drawn over the traces: at the run's end the yellow dashes
    # show along each optimum's row (dashes and gaps alike long: about half of it), told
    # from the trace under them by luma (the video keeps it at every pixel, and only the
    # yellow is brighter than the trace): over all six traces, the proximal beta1's muted
    # orange among them (no trace within 30 of the yellow's luma, none read as an optimum)
    last = run_beat[1]
    frame = video.frames([last])[last]
    yellow = float(luma(rgb(theme.SOLUTION_COLOR)))
    checked = 0
    for norm, method, color in PANELS:
        for value, shade in zip(run.optima[method], (color, B2_COLOR), strict=True):
            under = float(luma(rgb(shade)))
            assert yellow - under >= 30.0, (norm, shade)
            (left, row), (right, _) = video.to_pixels(norm, last, [[300.0, value],
                                                                   [STEPS - 100.0, value]])
            band = frame[int(row) - 1:int(row) + 2, int(left):int(right)]
            # (a dash 1.2 px wide covers no pixel whole: a quarter of the way up)
            dashed = (luma(band.astype(float)) > under + (yellow - under) / 4).any(axis=0)
            assert dashed.mean() >= 0.35, (norm, value, dashed.mean())
            checked += 1
    assert checked == 6, checked
    # the last read-outs: mathcore's over all the counted steps (and the lines as drawn)
    for method, line in lines.items():
        line.set_fields(f"{run.mean_distance(method):.3f}")
        assert line.shown_text == final[method], (line.shown_text, final[method])
    return {"trace_end_gap_px": round(worst_gap, 2), "readout_match": round(worst_match, 2),
            "readout_contrast": round(float(contrast), 2)}


def definition_frames(video) -> dict[str, int]:
    """A frame for each state of the lines under the settings: the subgradient step alone
    (before the proximal step comes in under it), both steps (the steps beat's end), the
    burn-in alone in their place (the run's end)."""
    first, last = video.beat("sgd_steps")
    sub = next(k for k in range(first, last + 1)
               if k >= first + round(1.9 * video.fps))  # faded in, not yet replaced
    return {"sub": sub, "prox": last, "burn": video.beat("sgd_run")[1]}


def check_definitions(video) -> None:
    """Under the settings (one line: the penalties as in the lesson, mathcore's lambda,
    the same for both at two decimals) one line at a time in one place: the subgradient
    step, the proximal step (each in its panel's colour), then the burn-in."""
    scene = video.scene
    run = sgd_trajectories(RHO, BATCH_SIZE, STEPS, STEP_SIZE, SEED)
    sub, prox = scene.definitions
    assert "λ·sign β" in sub.original_text and "ηλ" in prox.original_text
    settings = scene.settings[0].original_text
    assert "λ‖β‖₁" in settings and "λ‖β‖₂²" in settings and "/2" not in settings
    assert f"{run.alpha:.2f}" == f"{ridge_coefficient(run.lam):.2f}"
    assert f"λ = {run.alpha:.2f}" in settings
    # lambda equals rho here by chance: the note says so, in the words of ols_ridge's
    assert STRINGS[scene.lang]["ols_lambda"].split("\n")[-1] in settings
    assert count_text(run.burn_in, scene.lang) in scene.burn_note.original_text
    palette = [theme.L1_COLOR, PROX_COLOR, theme.MUTED_TEXT_COLOR, theme.TEXT_COLOR,
               theme.SOLUTION_COLOR]
    lines = {"sub": (sub, theme.L1_COLOR), "prox": (prox, PROX_COLOR),
             "burn": (scene.burn_note, theme.TEXT_COLOR),
             "key": (scene.optimum_key, theme.SOLUTION_COLOR)}
    # what each checked frame shows: the subgradient step, then both steps one under the
    # other, then the burn-in and the name of the dashed optima in their place
    shown = {"sub": ("sub",), "prox": ("sub", "prox"), "burn": ("burn", "key")}
    for key, index in definition_frames(video).items():
        frame = video.frames([index])[index]
        drawn = [lines[name][0] for name in shown[key]]
        for line, color in (lines[name] for name in shown[key]):
            assert len(region_pixels(frame, color, video.pixel_box(line), palette)) > 100, \
                (key, line.original_text)
            assert text_height_px(frame, video, line) >= 14.0, key
        # the others are gone: nothing drawn where they reach beyond those shown
        for other, (other_line, _) in lines.items():
            if other not in shown[key]:
                assert len(bright_pixels(frame, video.pixel_box(other_line),
                                         [video.pixel_box(m) for m in drawn])) == 0, \
                    (key, other)
    # the two steps are on screen together (decoded) for at least 3 s: long enough to
    # compare them
    first, last = video.beat("sgd_steps")[0], video.beat("sgd_run")[1]
    together = sum(
        all(len(region_pixels(frame, color, video.pixel_box(line), palette)) > 100
            for line, color in (lines["sub"], lines["prox"]))
        for frame in video.frames(range(first, last + 1, 2)).values()) * 2 / video.fps
    assert together >= 3.0, together
    assert text_height_px(frame, video, scene.settings[0]) >= 14.0
    # with the headers that name the steps (the first beat to show them)
    assert [b["name"] for b in scene.beats][:2] == ["sgd_slopes", "sgd_steps"]
    last = video.beat("sgd_steps")[1]
    frame = video.frames([last])[last]
    for norm, _, color in PANELS:
        header = video.pixel_box(scene.panels[norm]["header"])
        assert len(region_pixels(frame, color, header, palette)) > 40, norm


ZERO_PALETTE = [theme.ZERO_COLOR, theme.TEXT_COLOR, theme.SOLUTION_COLOR, theme.AXES_COLOR,
                theme.MUTED_TEXT_COLOR, theme.L1_COLOR, theme.L2_COLOR, PROX_COLOR]


def check_zero(video) -> dict:
    """The beat where a weight should be 0: traces to the cursor, green exact zeros on the
    0 line where mathcore's proximal b2 is exactly 0, counters equal to mathcore's; the
    line on why rho drops holds."""
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
    assert "green" in scene.zero_settings[2].original_text or "绿色" in \
        scene.zero_settings[2].original_text
    # why rho drops: on the same data at the run's rho no method's b2 reaches 0 in as many
    # steps; the line saying so is drawn, with both values
    high = sgd_trajectories(RHO, BATCH_SIZE, ZERO_STEPS, STEP_SIZE, SEED, ZERO_WEIGHTS)
    assert all(high.zero_steps(m, coefficient=1) == 0 and high.sign_flips(m, 0)[1] == 0
               for m in METHODS)
    why_rho = scene.zero_settings[1]
    assert f"{RHO:g}" in why_rho.original_text and f"{ZERO_RHO:g}" in why_rho.original_text
    assert str(ZERO_STEPS) in why_rho.original_text
    assert len(bright_pixels(frame, video.pixel_box(why_rho))) > 100
    subtitle = next(b["subtitle"] for b in scene.beats if b["name"] == "sgd_zero")
    assert f"{RHO:g}" in subtitle and f"{ZERO_RHO:g}" in subtitle
    # the final counters: mathcore's over the whole run, one line per method
    for method, _, _ in ZERO_ROWS:
        lines = scene.zero_rows[method]["lines"]
        assert len(lines) == 1
        assert str(int(run.sign_flips(method, 0)[1])) in lines[0].shown_text
        assert str(run.zero_steps(method, coefficient=1)) in lines[0].shown_text
    return {"zero_runs_checked": marks}


def check_counts(video) -> dict:
    """The beat that asks the viewer to compare the counters: they hold (the step tracker
    at the last step all through, the decoded counter lines the same pixels at its first
    and last frames) at mathcore's counts over all the steps, which its subtitle gives;
    the sweep's beat before it no longer asks for a comparison."""
    scene = video.scene
    run = sgd_trajectories(ZERO_RHO, BATCH_SIZE, ZERO_STEPS, STEP_SIZE, SEED, ZERO_WEIGHTS)
    first, last = video.beat("sgd_zero_counts")
    assert all(video.value("zero_step", k) == ZERO_STEPS for k in range(first, last + 1))
    flips = int(run.sign_flips("l1_subgradient", 0)[1])
    zeros = run.zero_steps("l1_proximal", coefficient=1)
    for method, _, _ in ZERO_ROWS:
        expected = [float(run.sign_flips(method, 0)[1]),
                    float(run.zero_steps(method, coefficient=1))]
        assert all([video.value(name, k) for name in ZERO_TRACKERS[method]] == expected
                   for k in range(first, last + 1)), method
    # decoded: each counter line shows mathcore's final counts at the beat's first and last
    # frames (its digits match them, not one more sign flip or step at 0)
    painter, worst = TextPainter(video), 0.0
    for method, _, _ in ZERO_ROWS:
        row = scene.zero_rows[method]
        line = row["lines"][0]
        counts = (int(run.sign_flips(method, 0)[1]), run.zero_steps(method, coefficient=1))
        fields = {"flips": str(counts[0]), "zeros": count_text(counts[1], scene.lang)}
        wrong = {"flips": str(counts[0] + 1), "zeros": count_text(counts[1] + 1, scene.lang)}
        right_fields = tuple(fields[name] for name in row["order"])
        wrong_fields = tuple(wrong[name] for name in row["order"])
        # (the line's own box, no margin: the box drawn around it lies 2 px outside)
        boxes = []
        for variant in (right_fields, wrong_fields):
            line.set_fields(*variant)
            boxes.append(video.pixel_box(line, margin_px=0.0))
        box = np.array([np.min([b[0] for b in boxes], axis=0),
                        np.max([b[1] for b in boxes], axis=0)])
        for index, frame in video.frames([first + 1, last]).items():
            match = readout_difference(video, frame, painter, line, right_fields, box)
            other = readout_difference(video, frame, painter, line, wrong_fields, box)
            worst = max(worst, match)
            assert match <= READOUT_MATCH and other >= READOUT_CONTRAST * match, \
                (method, index, match, other)
        line.set_fields(*right_fields)
    beats = {b["name"]: b["subtitle"] for b in scene.beats}
    subtitle = beats["sgd_zero_counts"]
    assert str(flips) in subtitle and count_text(zeros, scene.lang) in subtitle
    assert all(word not in beats["sgd_zero"] for word in ("ompare", "比较"))
    return {"counts_frozen_s": round((last - first + 1) / video.fps, 2),
            "counts_match": round(worst, 2)}


def check_zero_line(video) -> dict:
    """The lasso's dashed b2* = 0 is drawn over the subgradient b2's noise (decoded): along
    the 0 line of that row, green is seen in as many pixel columns at the end of the
    counters' beat, the noise drawn, as in the zero beat before the sweep, the line alone
    (at least ZERO_LINE_KEPT as many)."""
    first, _ = video.beat("sgd_zero")
    bare = max(k for k in range(first, video.beat("sgd_zero")[1] + 1)
               if video.value("zero_step", k) == 0)
    last = video.beat("sgd_zero_counts")[1]
    shares = {}
    for name, index in (("alone", bare), ("over_noise", last)):
        frame = video.frames([index])[index]
        ends = video.to_pixels("zero_sub", index, [[1.0, 0.0], [float(ZERO_STEPS), 0.0]])
        row = ends[0, 1]
        box = np.array([[ends[0, 0], row - 2.0], [ends[1, 0], row + 2.0]])
        green = region_pixels(frame, theme.ZERO_COLOR, box, ZERO_PALETTE)
        columns = np.unique(np.floor(green[:, 0]).astype(int))
        shares[name] = len(columns) / (ends[1, 0] - ends[0, 0])
    assert shares["alone"] > 0.2, shares  # the dashes are there to be covered
    assert shares["over_noise"] >= ZERO_LINE_KEPT * shares["alone"], shares
    return {f"zero_line_{k}": round(float(v), 3) for k, v in shares.items()}


#: The share of the green 0 line's columns still seen over the subgradient b2's noise
#: (the video's half-resolution colour mixes the thin green with the orange around it:
#: about 0.75 with the line drawn over the trace, about 0.25 with it under the trace).
ZERO_LINE_KEPT = 0.6


def check_zoom_transition(video) -> dict:
    """From the zoom's start to its first step drawn, one change at a time: no decoded
    frame shows both the long rows' subgradient trace (its orange, left of the zoom's
    frame) and the zoom's tick numbers or note (bright pixels where the rows' numbers and
    the lines on rho and on the lambdas, which fade with the rows, are not); a frame between
    shows neither."""
    scene = video.scene
    start = video.beat("sgd_zoom")[0]
    zoom = video.timeline["trackers"]["zoom_step"]
    reveal = next(k for k in range(start, len(zoom))
                  if zoom[k] is not None and zoom[k] >= scene.zoom_first)
    region = video.plane_box(scene.zero_rows["l1_subgradient"]["axes"])
    window = video.pixel_box(scene.zoom_frame, margin_px=4.0)
    # the long trace left of the zoom's frame (the rows reach further left)
    region[1, 0] = min(region[1, 0], window[0, 0])
    old = [video.pixel_box(number) for r in scene.zero_rows.values() for number in r["ticks"]]
    old += [video.pixel_box(scene.zero_settings[1]), video.pixel_box(scene.zero_settings[3]),
            *[video.pixel_box(r["axes"]) for r in scene.zero_rows.values()]]
    new = [video.pixel_box(number) for r in scene.zoom_rows.values() for number in r["ticks"]]
    new.append(video.pixel_box(scene.zoom_note))
    both, neither = [], 0
    for index, frame in video.frames(range(start, reveal + 1)).items():
        trace = len(region_pixels(frame, theme.L1_COLOR, region, ZERO_PALETTE))
        numbers = sum(len(bright_pixels(frame, box, excluded=old)) for box in new)
        if trace and numbers:
            both.append((index, trace, numbers))
        neither += not trace and not numbers
    assert not both, both
    assert neither >= 1
    return {"zoom_transition_frames": reveal - start + 1}


def check_zoom_window(video, first: int) -> dict:
    """At the zoom's start (the box drawn, held before it grows) a white box on the rows
    marks its steps, half a step either side of first..first + ZOOM_STEPS: the columns
    near the window where grey-white pixels (bright, unsaturated: not a trace, not the
    yellow b2*) run down most of the three rows are its two sides, at mathcore's steps."""
    scene = video.scene
    start = video.beat("sgd_zoom")[0]
    index = start + int(0.5 * video.fps) + 2
    frame = video.frames([index])[index].astype(float)
    top_axes = scene.zero_rows[ZERO_ROWS[0][0]]["axes"]
    bottom_axes = scene.zero_rows[ZERO_ROWS[-1][0]]["axes"]
    top, bottom = video.plane_box(top_axes)[0, 1], video.plane_box(bottom_axes)[1, 1]
    edges = video.to_pixels("zero_sub", index, [[first - 0.5, 0.0],
                                                [first + ZOOM_STEPS + 0.5, 0.0]])[:, 0]
    near = video.to_pixels("zero_sub", index, [[first - 10, 0.0],
                                               [first + ZOOM_STEPS + 10, 0.0]])[:, 0]
    luma = frame @ np.array([0.299, 0.587, 0.114])
    chroma = frame.max(axis=2) - frame.min(axis=2)
    greyish = (luma > 100.0) & (chroma < 40.0)
    rows = slice(int(top), int(bottom))
    columns = np.arange(int(near[0]), int(near[1]) + 1)
    share = greyish[rows][:, columns].mean(axis=0)
    sides = columns[share >= 0.6] + 0.5
    assert len(sides), f"no side of the window's box at frame {index}"
    left, right = sides[sides < edges.mean()], sides[sides > edges.mean()]
    assert len(left) and len(right), sides
    errors = [abs(left.mean() - edges[0]), abs(right.mean() - edges[1])]
    assert max(errors) <= 2.0, (sides, edges)
    return {"zoom_box_error_px": round(float(max(errors)), 2)}


def check_zoom(video) -> dict:
    """The zoom: a dot per step at mathcore's b2 (within 2 px), none beyond the tracker's
    step, the subgradient dots on alternating sides of 0 as often as mathcore's b2 changes
    sign, the proximal dots green on 0, ridge's far from it."""
    scene = video.scene
    run = sgd_trajectories(ZERO_RHO, BATCH_SIZE, ZERO_STEPS, STEP_SIZE, SEED, ZERO_WEIGHTS)
    first = scene.shown["sgd_zoom"]["first"]
    assert first > run.burn_in
    assert np.all(run.iterates["l1_proximal"][first - 1:first + ZOOM_STEPS, 1] == 0.0)
    window = check_zoom_window(video, first)
    start, end = video.beat("sgd_zoom")
    zoom = video.timeline["trackers"]["zoom_step"]
    revealing = [k for k in range(start, end + 1)
                 if zoom[k] is not None and first <= zoom[k] <= first + ZOOM_STEPS]
    assert len(revealing) > 20
    radius = video.screen_px(ZOOM_DOT)
    checks = {method: MarkerCheck(f"zoom {method}") for method in METHODS}
    crossings = None
    picked = spread([(revealing[0], revealing[-1])], 6, 0)
    for index, frame in video.frames(picked).items():
        shown = int(np.floor(video.value("zoom_step", index) + 1e-9)) - first
        for method, short, color in ZERO_ROWS:
            plane = f"zoom_{short}"
            values = run.iterates[method][first - 1:first + ZOOM_STEPS, 1]
            region = video.plane_box(scene.zoom_rows[method]["axes"])
            found_rows = []
            for j in range(shown + 1):
                expected = video.to_pixels(plane, index, [[first + j, values[j]]])[0]
                dot_color = theme.ZERO_COLOR if values[j] == 0.0 else color
                found = marker_position(frame, dot_color, expected, radius, ZERO_PALETTE,
                                        search_px=6.0)
                checks[method].add(index, expected, found, video)
                found_rows.append(found[1])
            # nothing of the row's line or dots beyond the last step shown
            last = video.to_pixels(plane, index, [[first + shown, values[shown]]])[0]
            for drawn_color in {color, theme.ZERO_COLOR if method == "l1_proximal" else color}:
                pixels = region_pixels(frame, drawn_color, region, ZERO_PALETTE)
                beyond = pixels[pixels[:, 0] > last[0] + radius + 2.0]
                assert len(beyond) == 0, (method, index, shown, beyond[:3])
            if method == "l1_subgradient" and shown == ZOOM_STEPS:
                zero_row = video.to_pixels(plane, index, [[first, 0.0]])[0, 1]
                sides = np.sign(zero_row - np.array(found_rows))
                crossings = int(np.count_nonzero(sides[1:] != sides[:-1]))
            if method == "l2":
                zero_row = video.to_pixels(plane, index, [[first, 0.0]])[0, 1]
                assert zero_row > region[1, 1]  # 0 lies below ridge's row
    assert crossings is not None, "no checked frame shows the whole window"
    flips = int(run.sign_flips("l1_subgradient", first - 1, first + ZOOM_STEPS)[1])
    assert crossings == flips == scene.shown["sgd_zoom"]["flips"] > 0, (crossings, flips)
    errors = {method: round(check.assert_within(video, 2.0), 2)
              for method, check in checks.items()}
    return {"zoom_first": first, "zoom_crossings": crossings, "zoom_dot_error_px": errors,
            **window}


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
    # the numbered ticks (-1, 1 on x; -2, 2 on y) are tick marks
    offsets = [tick_offsets_px(video, "slopes", last, frame, values, 0.0, vertical)
               for values, vertical in (((-1.0, 1.0), False), ((-2.0, 2.0), True))]
    assert np.max(offsets) <= 1.0, offsets
    # twice the beta shown is the 2beta shown, to the 2 decimals shown
    shown_beta, shown_slope = (float(scene.slope_lines[k][0].shown_text.split("=")[-1]
                                     .replace("\u2212", "-")) for k in (0, 2))
    assert f"{2 * shown_beta:.2f}" == f"{shown_slope:.2f}", (shown_beta, shown_slope)
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
    bias, mathcore's numbers; the spread beat's says nothing reached 0 (mathcore's)."""
    scene = video.scene
    run = sgd_trajectories(ZERO_RHO, BATCH_SIZE, ZERO_STEPS, STEP_SIZE, SEED, ZERO_WEIGHTS)
    last = video.beat("sgd_zero_why")[1]
    frame = video.frames([last])[last]
    for line in scene.zero_why_lines:
        check_white(video, frame, line)
    # the setup stays on screen: the true weight of x2 is 0, over all the steps
    setup = scene.zero_settings[0]
    assert str(ZERO_STEPS) in setup.original_text and "β₂ = 0" in setup.original_text
    # ... and its lambdas (mathcore's for this run, not the run before's), named
    lambdas = (f"{run.alpha:.2f}", f"{ridge_coefficient(run.lam):.2f}")
    assert all(f"{value}（" in setup.original_text or f"{value} (" in setup.original_text
               for value in lambdas), (setup.original_text, lambdas)
    assert f"{sgd_trajectories(RHO, BATCH_SIZE, STEPS, STEP_SIZE, SEED).alpha:.2f}" \
        not in lambdas
    assert len(bright_pixels(frame, video.pixel_box(setup))) > 100
    assert setup.get_bottom()[1] > scene.zero_why_lines.get_top()[1]
    # why the two lambdas differ: each halves its own norm of the least-squares fit
    # (mathcore's matching), said on the line under the setup during the zero beat
    chosen = scene.zero_settings[3]
    assert all(word in chosen.original_text for word in
               {"en": ("half", "‖β‖₁", "‖β‖₂"), "zh": ("一半", "‖β‖₁", "‖β‖₂")}[scene.lang])
    assert lambdas[0] != lambdas[1]
    assert setup.get_bottom()[1] > chosen.get_top()[1] > scene.zero_settings[1].get_top()[1]
    index = video.beat("sgd_zero")[1]
    assert len(bright_pixels(video.frames([index])[index], video.pixel_box(chosen))) > 100
    bias = scene.zero_why_lines[-1].original_text
    assert f"{run.optima['l2'][1] - ZERO_WEIGHTS[1]:.3f}" in bias
    assert run.optima["l2"][1] == pytest.approx(0.136, abs=5e-4)
    # the spread read-out: white heading, mathcore's mean distance of every method, each
    # named by its method (the two L1 methods apart) in its panel's colour, and the white
    # line that no iterate reached 0 or flipped sign (mathcore: none did)
    last = video.beat("sgd_spread")[1]
    frame = video.frames([last])[last]
    check_white(video, frame, scene.run_why[0])
    check_white(video, frame, scene.run_never)
    sgd = sgd_trajectories(RHO, BATCH_SIZE, STEPS, STEP_SIZE, SEED)
    names = {"en": ("L1 subgradient", "L1 proximal", "L2"),
             "zh": ("L1 次梯度法", "L1 近端法", "L2")}[scene.lang]
    assert len(scene.run_why) == 1 + len(PANELS)
    for line, (_, method, color), name in zip(scene.run_why[1:], PANELS, names, strict=True):
        assert line.original_text == f"{name} {sgd.mean_distance(method):.3f}"
        assert len(region_pixels(frame, color, video.pixel_box(line),
                                 [*PROSE_PALETTE, PROX_COLOR])) > 40
    # the heading says what the distance is to, and where it comes from
    assert {"en": "optimum", "zh": "最优解"}[scene.lang] in scene.run_why[0].original_text
    # the distance comes from spread and offset: under each panel, in its live distance's
    # place (gone), the offset of the iterates' average from the optimum (mathcore's) and
    # the sds
    for line, (_, method, color) in zip(scene.run_offsets, PANELS, strict=True):
        assert f"{sgd.mean_offset(method):.3f}" in line.original_text
        assert len(region_pixels(frame, color, video.pixel_box(line),
                                 [*PROSE_PALETTE, PROX_COLOR])) > 40
        distance = scene.distance_lines[method][0]
        assert len(bright_pixels(frame, video.pixel_box(distance),
                                 [video.pixel_box(line)])) == 0
    # each sd named by its coefficient; drift and wobble defined in plain words (drawn)
    for line, (_, method, _) in zip(scene.run_sds, PANELS, strict=True):
        sd = sgd.spread(method)
        assert f"β₁ {sd[0]:.3f}" in line.original_text, line.original_text
        assert f"β₂ {sd[1]:.3f}" in line.original_text, line.original_text
    terms = scene.run_terms.original_text
    assert all(word in terms for word in {"en": ("drift", "wobble", "average", "optimum"),
                                          "zh": ("偏离", "抖动", "均值", "最优解")}[scene.lang])
    assert len(bright_pixels(frame, video.pixel_box(scene.run_terms))) > 100
    # (where the offset matters: L1's sds alone are well short of its mean distance)
    sd = sgd.spread("l1_subgradient")
    assert float(np.hypot(*sd)) < 0.9 * sgd.mean_distance("l1_subgradient")
    # Chinese numbers under 10,000 carry no thousands comma
    if scene.lang == "zh":
        texts = (scene.run_never.original_text, scene.burn_note.original_text,
                 scene.step_line.shown_text, scene.beats[2]["subtitle"])
        assert all("," not in text for text in texts), texts
    assert all(sgd.zero_steps(m) == 0 and not sgd.sign_flips(m, 0).any() for m in METHODS)
    assert count_text(STEPS, scene.lang) in scene.run_never.original_text
    # the run's read-outs: the step line says they cover steps 1,501 to 3,000
    counted = scene.step_line.shown_text
    assert count_text(sgd.burn_in + 1, scene.lang) in counted
    assert count_text(STEPS, scene.lang) in counted


def appearances(video, beat: str, mobjects, excluded=()) -> list[int]:
    """The frame of ``beat`` at which each of ``mobjects`` is first drawn (decoded: its
    box, less ``excluded``, holds at least half the bright pixels it holds at the beat's
    end), counted from the frame after the beat's opening fade-outs (0.5 s)."""
    first, last = video.beat(beat)
    boxes = [video.pixel_box(m) for m in mobjects]
    frames = video.frames(range(first, last + 1))
    final = [len(bright_pixels(frames[last], box, excluded)) for box in boxes]
    assert min(final) > 20, final
    start = first + int(np.ceil(0.5 * video.fps))
    return [next(k for k in range(start, last + 1)
                 if len(bright_pixels(frames[k], box, excluded)) >= 0.5 * count)
            for box, count in zip(boxes, final, strict=True)]


def check_one_after_another(video) -> dict:
    """No dead time while a long subtitle is read: decoded, the spread beat brings in the
    mean distances, then the sds, then the line that nothing reached 0, and the counters'
    beat boxes the counters one at a time in the subtitle's order (subgradient, proximal,
    ridge), each at least a second after the one before; and no still before the closing
    beat lasts over 3 s (``check_still``, shared with tests/test_frames_ols_ridge.py)."""
    scene, gap = video.scene, video.fps
    found = {"spread": appearances(video, "sgd_spread",
                                   [scene.run_why, scene.run_sds, scene.run_never])}
    lines = [video.pixel_box(row["lines"][0], margin_px=0.0)
             for row in scene.zero_rows.values()]
    found["counts"] = appearances(video, "sgd_zero_counts", scene.counter_boxes, lines)
    for name, frames in found.items():
        assert all(b - a >= gap for a, b in itertools.pairwise(frames)), (name, frames)
    found |= check_still(video)
    # ... and in the last beat, up to the closing still (check_still stops before it)
    first, last = video.beat("sgd_zero_why")
    last -= round(CLOSING_STILL_SECONDS * video.fps)
    runs = still_runs(video.frames(range(first, last + 1)).items(), video.fps,
                      level=STILL_LEVEL, allowed=STILL_PIXELS, limit=LONGEST_STILL)
    found["why_longest_still_s"] = round(max(seconds for _, _, seconds in runs), 2)
    return found


def text_height_px(frame, video, mobject) -> float:
    """The height (px) of the bright pixels of a one-line label in the decoded frame."""
    drawn = bright_pixels(frame, video.pixel_box(mobject), contrast=60.0)
    assert len(drawn) > 20
    return float(drawn[:, 1].max() - drawn[:, 1].min() + 1.0)


def tick_heights(video, beat: str, ticks) -> float:
    """The smallest height (px) of the tick numbers ``ticks`` at the end of ``beat``."""
    last = video.beat(beat)[1]
    frame = video.frames([last])[last]
    return min(text_height_px(frame, video, number) for number in ticks)


def check_tags(video) -> dict:
    """The names of the bands (beta1, beta2) beside each panel at mathcore's optima; every
    read-out, label and tick number at least 14 px tall."""
    scene = video.scene
    run = sgd_trajectories(RHO, BATCH_SIZE, STEPS, STEP_SIZE, SEED)
    last = video.beat("sgd_run")[1]
    frame = video.frames([last])[last]
    heights = {}
    for norm, method, color in PANELS:
        panel = scene.panels[norm]
        rows = video.to_pixels(norm, last, [[STEPS, v] for v in run.optima[method]])[:, 1]
        names = panel["names"]
        assert [name.original_text for name in names] in (["β₁", "β₂"], ["β₁ ≈", "β₂"])
        for name, shade in zip(names, (color, B2_COLOR), strict=True):
            # each name in its trace's colour
            drawn = region_pixels(frame, shade, video.pixel_box(name),
                                  [color, B2_COLOR, theme.TEXT_COLOR, theme.MUTED_TEXT_COLOR])
            assert len(drawn) > 10, (norm, name.original_text, len(drawn))
            heights[f"{norm} {name.original_text}"] = text_height_px(frame, video, name)
        centres = [video.pixel_box(name).mean(axis=0) for name in names]
        if abs(rows[0] - rows[1]) >= 15:
            # beta1 and beta2 apart: each name at its own band's optimum
            for centre, row in zip(centres, rows, strict=True):
                assert abs(centre[1] - row) <= 3.0, (norm, row)
        else:
            # the bands run together: "beta1 ~ beta2" just above them
            assert max(video.pixel_box(name)[1, 1] for name in names) <= rows.min()
            assert abs(centres[0][1] - centres[1][1]) <= 2.0 and centres[0][0] < centres[1][0]
        # the method's read-out, in its panel's colour
        line = scene.distance_lines[method][0]
        palette = [*PROSE_PALETTE, PROX_COLOR]
        assert len(region_pixels(frame, color, video.pixel_box(line), palette)) > 30
        heights[f"{norm} {line.shown_text}"] = text_height_px(frame, video, line)
        heights[f"{norm} ticks"] = tick_heights(video, "sgd_run", panel["ticks"])
    heights["step line"] = text_height_px(frame, video, scene.step_line)
    heights["definitions"] = min(
        text_height_px(video.frames([index])[index], video, line)
        for line, index in zip((*scene.definitions, scene.burn_note),
                               definition_frames(video).values(), strict=True))
    last = video.beat("sgd_spread")[1]
    heights["offsets"] = min(text_height_px(video.frames([last])[last], video, line)
                             for line in scene.run_offsets)
    heights["slope ticks"] = tick_heights(video, "sgd_slopes", scene.slope_ticks)
    heights["zero ticks"] = min(tick_heights(video, "sgd_zero", row["ticks"])
                                for row in scene.zero_rows.values())
    heights["zoom ticks"] = min(tick_heights(video, "sgd_zero_why", row["ticks"])
                                for row in scene.zoom_rows.values())
    last = video.beat("sgd_spread")[1]
    frame = video.frames([last])[last]
    heights["spread"] = min(text_height_px(frame, video, line)
                            for line in (*scene.run_why, scene.run_never, scene.run_terms))
    last = video.beat("sgd_zero")[1]
    heights["zero settings"] = min(text_height_px(video.frames([last])[last], video, line)
                                   for line in scene.zero_settings)
    last = video.beat("sgd_zoom")[1]
    frame = video.frames([last])[last]
    heights["zoom note"] = text_height_px(frame, video, scene.zoom_note)
    last = video.beat("sgd_zero_why")[1]
    frame = video.frames([last])[last]
    heights["zero"] = min(text_height_px(frame, video, line)
                          for row in scene.zero_rows.values() for line in row["lines"])
    # (the headers: "L2" has no letter below the line; their size, not their pixels)
    assert min(row["header"].font_size for row in scene.zero_rows.values()) >= \
        0.85 * theme.SMALL_SIZE
    heights["zero_why"] = min(text_height_px(frame, video, line)
                              for line in scene.zero_why_lines)
    assert min(heights.values()) >= 14.0, heights
    return heights


def check_keys(video) -> dict:
    """Decoded: the sign(beta) key has none of 2beta's blue in its box and the white dot
    never reaches it; the dashed yellow optima are named in their colour during the run;
    each boxed counter keeps at least 3 px of background between its text and its box;
    in the zoom a white ring sits on 0 at each of mathcore's sign changes of the
    subgradient b2 (between two steps, on the line joining their dots), as many as the
    subtitle's crossings."""
    scene, found = video.scene, {}
    last = video.beat("sgd_slopes")[1]
    frame = video.frames([last])[last]
    key = video.pixel_box(scene.slope_keys[0], margin_px=1.0)
    assert len(region_pixels(frame, theme.L2_COLOR, key, [theme.L1_COLOR,
                                                          theme.TEXT_COLOR])) == 0
    dot = video.screen_px(SLOPE_DOT)
    path = video.to_pixels("slopes", last, [[b, 1.0] for b in np.linspace(0.0, SLOPE_SWEEP,
                                                                          49)])
    clear = [max(key[0, 0] - x, x - key[1, 0], key[0, 1] - y, y - key[1, 1]) for x, y in path]
    found["slope_key_clear_px"] = round(min(clear) - dot, 2)
    assert min(clear) >= dot, found
    # the 2beta key clear of both dots' whole paths (beta from -SLOPE_SWEEP to SLOPE_SWEEP)
    key = video.pixel_box(scene.slope_keys[1], margin_px=1.0)
    betas = np.linspace(-SLOPE_SWEEP, SLOPE_SWEEP, 193)
    path = video.to_pixels("slopes", last, np.vstack([np.column_stack([betas, 2 * betas]),
                                                      np.column_stack([betas,
                                                                       np.sign(betas)])]))
    clear = [max(key[0, 0] - x, x - key[1, 0], key[0, 1] - y, y - key[1, 1]) for x, y in path]
    found["l2_key_clear_px"] = round(min(clear) - dot, 2)
    assert min(clear) >= dot, found
    assert len(region_pixels(frame, theme.L2_COLOR, key, [theme.L1_COLOR,
                                                          theme.TEXT_COLOR])) > 20
    last = video.beat("sgd_run")[1]
    frame = video.frames([last])[last]
    assert {"en": "optimum", "zh": "最优解"}[scene.lang] in scene.optimum_key.original_text
    assert len(region_pixels(frame, theme.SOLUTION_COLOR,
                             video.pixel_box(scene.optimum_key), PROSE_PALETTE)) > 100
    last = video.beat("sgd_zero_counts")[1]
    frame = video.frames([last])[last]
    gaps = []
    for box, row in zip(scene.counter_boxes, scene.zero_rows.values(), strict=True):
        outer, inner = video.pixel_box(box, 0.0), video.pixel_box(row["lines"][0], 0.0)
        gaps.append(float(min((inner[0] - outer[0]).min(), (outer[1] - inner[1]).min())))
        # nothing drawn between the text and the box's stroke
        ring = np.array([outer[0] + 2.0, outer[1] - 2.0])
        assert len(bright_pixels(frame, ring, [np.array([inner[0] - 1.0, inner[1] + 1.0])],
                                 contrast=40.0)) == 0
    found["counter_box_gap_px"] = round(min(gaps), 2)
    assert min(gaps) >= 3.0, gaps
    run = sgd_trajectories(ZERO_RHO, BATCH_SIZE, ZERO_STEPS, STEP_SIZE, SEED, ZERO_WEIGHTS)
    first = scene.shown["sgd_zoom"]["first"]
    values = run.iterates["l1_subgradient"][first - 1:first + ZOOM_STEPS, 1]
    changes = np.flatnonzero(np.sign(values[1:]) != np.sign(values[:-1])) + 1
    assert len(changes) == scene.shown["sgd_zoom"]["flips"] == len(scene.zoom_crossings)
    last = video.beat("sgd_zoom")[1]
    frame = video.frames([last])[last]
    radius = video.screen_px(CROSSING_RING)
    for j in changes:
        step = first + j - 1 + values[j - 1] / (values[j - 1] - values[j])
        centre = video.to_pixels("zoom_sub", last, [[step, 0.0]])[0]
        # (half the ring's length at least: the dots drawn over it hide some)
        assert len(white_disc(frame, centre, radius)) >= np.pi * radius, (j, step)
    found["zoom_rings"] = len(changes)
    found["zoom_number_gap_px"] = check_zoom_numbers(video, last)
    return found


def check_zoom_numbers(video, index: int) -> float:
    """The zoom's tick numbers at frame ``index``: one y number a row, at least 3 px left of
    the tick marks (manim's 0.1 either side of the axis), and no two numbers' boxes meet.
    Returns the smallest gap (px) to the tick marks."""
    scene, gaps, boxes = video.scene, [], []
    reach = video.screen_px(0.1)
    for short, row in zip(("sub", "prox", "l2"), scene.zoom_rows.values(), strict=True):
        axes = row["axes"]
        left = video.to_pixels(f"zoom_{short}", index, [[axes.x_range[0], 0.0]])[0, 0]
        numbers = [n for n in row["ticks"] if n.get_right()[0] <= axes.get_left()[0]]
        assert len(numbers) == 1, short
        box = video.pixel_box(numbers[0], margin_px=0.0)
        gaps.append(float(left - reach - box[1, 0]))
        boxes += [video.pixel_box(n, margin_px=1.0) for n in row["ticks"]]
    # (pieces.tick_numbers' buff, 0.08, plus ZOOM_NUMBER_GAP, less the marks' 0.1: at
    # least 3 px; without the gap the numbers would reach 1 px into the marks)
    assert min(gaps) >= 3.0, gaps
    for a, b in itertools.combinations(boxes, 2):
        assert (a[1] < b[0]).any() or (b[1] < a[0]).any(), (a, b)
    return round(min(gaps), 2)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_sgd_traces_counters_and_fits(lang, rendered_video):
    video = rendered_video(MinibatchSGD, lang)
    check_basics(video)
    check_slopes(video)
    check_definitions(video)
    check_run(video)
    check_one_after_another(video)
    check_zero(video)
    check_counts(video)
    check_zero_line(video)
    check_zoom_transition(video)
    check_zoom(video)
    check_prose(video)
    check_keys(video)
    check_tags(video)
