"""Frame tests of scenes/path.py: the decoded video against mathcore at each frame's budget.

While one budget t shrinks, each ball is drawn at radius t, each optimum sits on
mathcore's b*(t) (within 2 px) in the key's colour (green exactly when a coefficient of
b*(t) is 0, yellow otherwise) and moves, the traces follow the exact paths, a coefficient
that is 0 sits on its axis, the touching contours are dashed in the loss's colour (never
in a ball's) on mathcore's level sets, never leave the framed window, and are named by a
legend, and the coefficient plot is drawn up to the cursor with its heads at mathcore's
values.  Above ||c||_p the callouts say the ball holds c (the circle binds from
||c||_2 = 3.162 down, marked on the t axis).  The sweep slows into the L1 knot and stops
there for a beat: the L1 optimum flashes green on the axis (one clean ring) and the knot's
t is written and marked on the plot's t axis.  Each optimum is ringed in its ball's
colour.  It ends at t = 0.8, not 0 (where both optima are 0), the L1 optimum still with
a 0 and the L2 optimum without, and the note says why it stops.
The cue "t shrinks ->" rides under the plot, its ink clear of every curve.  With a
user's numbers the sentences follow mathcore's path: no drop inside the sweep, a drop
that stays, a drop that comes back (mathcore's "revived", a knot of its own), an L2
coefficient crossing 0.
"""

from __future__ import annotations

import numpy as np
import pytest
from manim import Axes, DashedVMobject, Text, VGroup, VMobject
from scipy.spatial import cKDTree

from mathcore import QuadraticLoss, boundary_points, ellipse_points, solve_constrained
from mathcore.budget_path import budget_path
from mathcore.penalty_form import budget_for_penalty, penalty_for_budget
from scenes import layout, theme
from scenes import path as path_scene
from scenes.path import ShrinkingBudget
from scenes.pieces import (
    LossContour,
    dash_in_place,
    format_coefficient,
    optimum_color,
    subscript,
)
from scenes.strings import text
from tests.frames import (
    UNDER_CURSOR_PX,
    MarkerCheck,
    assert_near_polylines,
    assert_on_axis,
    assert_reaches,
    bright_pixels,
    check_basics,
    color_mask,
    densify,
    marker_position,
    pixel_centres,
    point_before_end,
    region_pixels,
    spread,
    without_boxes,
)
from tests.scene_rendering import render_scene

pytestmark = pytest.mark.slow
DOT_COLORS = (theme.SOLUTION_COLOR, theme.ZERO_COLOR)
PALETTE = [*DOT_COLORS, theme.L1_COLOR, theme.L2_COLOR, theme.LOSS_COLOR]


def plot_polylines(video, index: int, sample, path, budget: float) -> list[np.ndarray]:
    """Pixel polylines of each coefficient against t, from the start down to ``budget``
    (where the plot's curves end at this frame; the plot's x is ``plot_x(t)``)."""
    budgets, betas = sample
    kept = budgets >= budget
    now = path.beta_at(budget)
    x = video.scene.plot_x
    return [video.to_pixels("plot", index, np.vstack([
        np.column_stack([x(budgets[kept]), betas[kept, i]]), [x(budget), now[i]]]))
        for i in range(betas.shape[1])]


def covered(video, index: int) -> list[np.ndarray]:
    """The pixel box the zoom covers on the plane from its beat on (none before)."""
    scene = video.scene
    return [video.pixel_box(scene.zoom_parts["frame"])] \
        if index >= video.beat("path_zoom")[0] else []


def contour_outside_window(video, frame) -> int:
    """Pixels of the contours' colour (the loss's) outside the plane's framed window, left
    of the coefficient panel (whose legend wears the same colour)."""
    scene = video.scene
    window = video.pixel_box(scene.window, margin_px=theme.CONTOUR_STROKE / 2 + 2.0)
    panel_left = int(min(video.plane_box(scene.plot)[0, 0],
                         video.pixel_box(scene.legend)[0, 0])) - 4
    mask = color_mask(frame, theme.LOSS_COLOR, PALETTE)
    mask[:, panel_left:] = False
    return int(mask.sum() - (mask & ~without_boxes(np.ones_like(mask), [window])).sum())


#: How far (px) around the cue's box no curve's ink may reach.
CUE_CLEAR_PX = 4.0


def check_cue(video, index: int, frame: np.ndarray, budget: float) -> bool:
    """The cue "t shrinks ->" right of the cursor (where t is smaller), under the plot in
    the row of the marked t values' numbers, below the t numbers and above the axis'
    caption, drawn where shown, and no curve's ink (or a mark's, in the norms' colours)
    within ``CUE_CLEAR_PX`` of it: its ink touches nothing.  Returns whether it was
    shown whole."""
    scene = video.scene
    center, opacity = scene.cue_place(budget)
    cue = scene.cue
    corners = video.screen_to_pixels(np.array([
        [center[0] - cue.width / 2, center[1] + cue.height / 2, 0.0],
        [center[0] + cue.width / 2, center[1] - cue.height / 2, 0.0]]))
    box = np.array([corners.min(axis=0) - 1.0, corners.max(axis=0) + 1.0])
    cursor_x = video.to_pixels("plot", index, [[scene.plot_x(budget), 0.0]])[0, 0]
    plot_bottom = video.to_pixels("plot", index, [[0.0, scene.plot.y_range[0]]])[0, 1]
    numbers = scene.tick_numbers[:len(scene.shown["plot_x_numbers"])]
    numbers_bottom = max(video.pixel_box(n, margin_px=0.0)[1, 1] for n in numbers)
    caption_top = video.pixel_box(scene.x_caption, margin_px=0.0)[0, 1]
    assert box[0, 0] > cursor_x and box[0, 1] > plot_bottom, ("cue not right of t, under",
                                                              index)
    assert numbers_bottom < box[0, 1] and box[1, 1] < caption_top, ("cue not in its row",
                                                                     index)
    if opacity < 1.0:
        return False
    assert len(bright_pixels(frame, box, contrast=60.0)) >= 10, ("cue not drawn", index)
    clear = np.array([box[0] - CUE_CLEAR_PX, box[1] + CUE_CLEAR_PX])
    for color in theme.NORM_COLORS.values():
        assert len(region_pixels(frame, color, clear, PALETTE)) == 0, ("ink at the cue", index)
    return True


def check_path(video) -> dict:
    scene = video.scene
    loss = QuadraticLoss.create(scene.center, scene.matrix)
    paths = {norm: budget_path(loss, norm) for norm in ("l1", "l2")}
    samples = {norm: scene.sample(norm) for norm in paths}
    plane_box = video.plane_box(scene.axes)
    plot_box = video.plane_box(scene.plot)
    markers = {norm: MarkerCheck(f"{norm} optimum") for norm in paths}
    worst: dict[str, float] = {"contour_outside_window_px": 0}
    colors_seen: dict[str, set] = {norm: set() for norm in paths}
    cue_shown = 0
    moving = (video.beats("path_shrink") + video.beats("path_drop") + video.beats("path_revive")
              + video.beats("path_end"))
    checked = spread(moving, 16) + spread(video.beats("path_names"), 2)
    for index, frame in video.frames(checked).items():
        budget = video.value("budget", index)
        plot_lines = {norm: plot_polylines(video, index, samples[norm], path, budget)
                      for norm, path in paths.items()}
        betas = {n: p.beta_at(budget) for n, p in paths.items()}
        expected = {n: video.to_pixels("plane", index, b)[0] for n, b in betas.items()}
        centre = video.to_pixels("plane", index, loss.center)[0]
        discs = [*[video.disc_box(p, video.dot_radius_px) for p in (*expected.values(), centre)],
                 video.pixel_box(scene.center_tag),
                 *[video.pixel_box(line) for line in scene.center_leader],
                 # (from the zoom's beat on, the zoom covers its corner: checked on its own)
                 *covered(video, index)]
        # each optimum's ring, in its ball's colour
        rings = {n: video.disc_box(p, ring_px(video, n) + 2.0) for n, p in expected.items()}
        # no contour pixel outside the framed window, however large the contour
        outside = contour_outside_window(video, frame)
        assert outside == 0, (f"{outside} contour pixels outside the window at frame {index} "
                              f"({video.time(index):.2f} s, t = {budget:.3f})")
        # each ball with the loss contour that touches it at its optimum (inside the
        # window), dashed in the loss's colour (the key), each with its own dash
        levels = {n: float(loss.value(b)) for n, b in betas.items()}
        ellipses = {n: video.to_pixels("plane", index, ellipse_points(loss, level, 4000))
                    for n, level in levels.items()}
        loss_pixels = region_pixels(frame, theme.LOSS_COLOR, plane_box, PALETTE, discs)
        drawn = [ellipses[n] for n in levels if levels[n] > 0.0]
        if drawn and len(loss_pixels) >= 20:
            worst["contour_off_px"] = max(worst.get("contour_off_px", 0.0), assert_near_polylines(
                video, index, loss_pixels, drawn, "touching contours", theme.CONTOUR_STROKE))
        apart = np.linalg.norm(expected["l1"] - expected["l2"]) > 2 * video.dot_radius_px + 3
        same = optimum_color(betas["l1"]) == optimum_color(betas["l2"])
        for norm in paths:
            color = optimum_color(betas[norm])  # the key: green exactly with a 0
            wrong_color = next(c for c in DOT_COLORS if c != color)
            if apart:  # (where two optima overlap, the one drawn last hides the other)
                found = marker_position(frame, color, expected[norm], video.dot_radius_px,
                                        PALETTE)
                markers[norm].add(index, expected[norm], found, video)
                colors_seen[norm].add(color)
            elif same:  # overlapping optima of one colour: one blob of that colour
                found = marker_position(frame, color, expected[norm], video.dot_radius_px,
                                        PALETTE)
                assert found is not None and np.linalg.norm(found - expected[norm]) <= (
                    2 * video.dot_radius_px + 3), (norm, index, found, expected[norm])
                colors_seen[norm].add(color)
            if apart or same:  # and nowhere on it the other colour of the key
                wrong = marker_position(frame, wrong_color, expected[norm],
                                        video.dot_radius_px, PALETTE,
                                        search_px=video.dot_radius_px)
                assert wrong is None, (f"{norm} optimum drawn {wrong_color} at frame {index}, "
                                       f"b* = {betas[norm]}: the key says {color}")
            for zero in np.flatnonzero(betas[norm] == 0.0):
                if apart:
                    worst["zero_off_axis_px"] = max(worst.get("zero_off_axis_px", 0.0),
                                                    assert_on_axis(video, "plane", index,
                                                                   found, int(zero)))
            ball_color, others = theme.NORM_COLORS[norm], PALETTE
            budgets, path_betas = samples[norm]
            trace = np.vstack([path_betas[budgets >= budget], betas[norm]])
            pixels = region_pixels(frame, ball_color, plane_box, others,
                                   [*discs, *rings.values()])
            if np.linalg.norm(expected["l1"] - expected["l2"]) > sum(
                    ring_px(video, n) for n in paths) + 4.0:
                worst[f"{norm}_ring_sectors"] = min(
                    worst.get(f"{norm}_ring_sectors", 16),
                    ring_sectors(video, frame, norm, expected[norm], index))
            contour_px = np.sqrt(levels[norm] / np.linalg.eigvalsh(loss.matrix).max()) \
                * video.pixels_per_unit("plane", index)
            if contour_px > 15.0 and budget > 0.0:  # out from under c: drawn, near mathcore's
                ball = boundary_points(norm, budget, 2000)
                other_norm = "l2" if norm == "l1" else "l1"
                far = cKDTree(np.vstack([video.to_pixels(
                    "plane", index, np.vstack([ball, trace])), ellipses[other_norm]])[::4]).query(
                    ellipses[norm])[0]
                visible = ellipses[norm][(far > 8.0) & np.all(
                    (ellipses[norm] > plane_box[0] + 4) & (ellipses[norm] < plane_box[1] - 4),
                    axis=1) & ~np.any([np.all((ellipses[norm] >= box[0]) & (ellipses[norm]
                                                                          <= box[1]), axis=1)
                                       for box in covered(video, index)] or [False], axis=0)]
                if len(visible) > 200:
                    near = cKDTree(loss_pixels).query(visible[::10])[0]
                    coverage = float(np.mean(near <= 1.5))
                    worst[f"{norm}_contour_coverage"] = coverage
                    # drawn, and dashed: neither missing nor solid
                    assert 0.2 <= coverage <= 0.92, (norm, index, coverage)
            if budget * video.pixels_per_unit("plane", index) > 6:
                # the ball's colour only on the ball and the trace: no contour wears it
                ball = boundary_points(norm, budget, 2000)
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
            band = video.cursor_band("plot", index, scene.plot_x(budget), plot_box)
            pixels = region_pixels(frame, ball_color, plot_box, others, [*names, band])
            bright = bright_pixels(frame, plot_box, [*names, band])
            drawn_px = min(np.ptp(line[:, 0]) for line in plot_lines[norm])  # along t
            if drawn_px > 60.0:  # (a stub under the names and the cursor is not judged)
                worst[f"{norm}_plot_off_px"] = max(
                    worst.get(f"{norm}_plot_off_px", 0.0),
                    assert_near_polylines(video, index, pixels, plot_lines[norm],
                                          f"{norm} coefficient curves", path_scene.PLOT_STROKE))
                worst[f"{norm}_plot_head_px"] = max(
                    worst.get(f"{norm}_plot_head_px", 0.0),
                    assert_reaches(video, index, bright, live, f"{norm} curves",
                                   path_scene.PLOT_STROKE, back_px=UNDER_CURSOR_PX))
        # (after the curves: a frozen picture fails on what it draws, not on the cue)
        if index in spread(moving, 16):
            cue_shown += check_cue(video, index, frame, budget)
    # the L1 optimum was seen green where it sits on the axis to the sweep's end (a drop
    # that stays), never where no feature drops inside the sweep (the L2 optimum is
    # green only at an isolated crossing); yellow in every case
    assert theme.SOLUTION_COLOR in colors_seen["l1"], colors_seen
    if scene.story["l1"] == "drop":
        assert theme.ZERO_COLOR in colors_seen["l1"], colors_seen
    if not scene.drops:
        assert colors_seen["l1"] == {theme.SOLUTION_COLOR}, colors_seen
    assert "l1_contour_coverage" in worst and "contour_off_px" in worst, worst
    assert cue_shown >= 4, cue_shown
    summary = {}
    for norm, check in markers.items():
        check.assert_within(video)
        check.assert_moves(video)
        summary[norm] = check.summary(video)
    return {**summary, **{k: round(v, 2) for k, v in worst.items()}}


def ring_px(video, norm: str) -> float:
    """The outer radius (px) of the ring round ``norm``'s optimum."""
    return video.screen_px(path_scene.RING_RADIUS[norm] + path_scene.RING_STROKE * 0.01 / 2)


def ring_sectors(video, frame: np.ndarray, norm: str, centre: np.ndarray, index: int) -> int:
    """How many of 16 sectors round an optimum hold pixels of its ball's colour on the
    ring's radius (the ring tells the two optima apart where both are yellow): more than
    half of them (the balls' outlines, the contours and the trace that cross or cover it
    take a few; without a ring only those few hold the colour)."""
    radius = video.screen_px(path_scene.RING_RADIUS[norm])
    box = np.array([centre - radius - 3, centre + radius + 3])
    found = region_pixels(frame, theme.NORM_COLORS[norm], box, PALETTE) - centre
    on_ring = found[np.abs(np.linalg.norm(found, axis=1) - radius) <= 1.5]
    sectors = len(np.unique(np.floor((np.arctan2(on_ring[:, 1], on_ring[:, 0]) + np.pi)
                                     / (2 * np.pi) * 16).astype(int) % 16))
    assert sectors >= 9, (norm, index, sectors)
    return sectors


def knot_beats(video) -> list[tuple[int, int]]:
    """The frame ranges of the knots' beats, in order (a drop's, a revival's)."""
    return [(b["first_frame"], b["last_frame"]) for b in video.timeline["beats"]
            if b["name"].startswith(("path_drop", "path_revive"))]


def check_knot(video) -> dict:
    """The sweep slows into each L1 knot inside it (mathcore's events down to the sweep's
    end) and stops on it for the whole knot's beat; the L1 optimum sits there on the axis,
    green (exactly 0 there), and flashes green (as a feature drops, and as it comes back);
    the knot's t is marked and its status line written."""
    scene = video.scene
    events = [e for e in scene.paths["l1"].events if e.radius >= scene.end]
    assert scene.knots == events and len(knot_beats(video)) == len(events)
    summary = []
    for k, (knot, (first, last)) in enumerate(zip(events, knot_beats(video), strict=True)):
        summary.append(check_one_knot(video, knot, first, last, k))
    return {"knots": summary}


def check_one_knot(video, knot, first: int, last: int, k: int) -> dict:
    """One knot's beat (``k``: its place among the knots)."""
    scene = video.scene
    radius = knot.radius
    budgets = np.array([video.value("budget", i) for i in range(first, last + 1)])
    landed = first + int(np.argmax(budgets == radius))
    assert budgets[0] > radius and np.all(budgets[landed - first:] == radius), (
        "the sweep must reach the knot in its beat and stop there")
    held = (last - landed + 1) / video.fps
    # (a wait of w s is int(w * fps) frames: a frame may be lost to rounding)
    pause = path_scene.KNOT_FLASH_SECONDS + path_scene.KNOT_STILL_SECONDS
    assert held >= pause - 1.5 / video.fps, held
    # slowing into the knot: over the last half second before it lands the budget moves
    # far less per frame than the sweep does on average
    sweep = np.array([video.value("budget", i) for i in range(first - 1, landed + 1)])
    steps = -np.diff(sweep)
    tail = steps[-int(0.5 * video.fps):]
    assert tail.max() < 0.25 * steps[steps > 0].mean(), (tail.max(), steps[steps > 0].mean())
    beta = scene.paths["l1"].beta_at(radius)
    assert beta[knot.feature] == 0.0 and optimum_color(beta) == theme.ZERO_COLOR
    # just below the knot: 0 after a drop, non-zero after a revival (mathcore's path)
    below = scene.paths["l1"].beta_at(radius * (1 - 1e-6))
    assert (below[knot.feature] == 0.0) == (knot.action == "zeroed"), (knot, below)
    middle = landed + int(0.5 * video.fps)  # the flash starts as the optimum lands
    frames = video.frames([landed, middle, last])
    dot_px = video.to_pixels("plane", landed, beta)[0]
    for index, frame in frames.items():
        found = marker_position(frame, theme.ZERO_COLOR, dot_px, video.dot_radius_px, PALETTE)
        assert found is not None and np.linalg.norm(found - dot_px) <= 2.0, (index, found)
        assert_on_axis(video, "plane", index, found, knot.feature)

    flash_px = video.screen_px(path_scene.FLASH_RADIUS)

    def ring(frame) -> np.ndarray:  # distances of the green pixels round the dot
        mask = color_mask(frame, theme.ZERO_COLOR, PALETTE)
        distance = np.linalg.norm(pixel_centres(mask) - dot_px, axis=1)
        return distance[(distance > 2.0 * video.dot_radius_px) & (distance < 2 * flash_px)]

    flashing, still = len(ring(frames[middle])), len(ring(frames[last]))
    assert flashing >= 20 and still <= 3, (flashing, still)
    # one clean ring at the flash's radius (once a spray of short lines, like stray pixels)
    spread_px = np.abs(ring(frames[middle]) - flash_px)
    assert np.all(spread_px <= video.screen_px(path_scene.FLASH_STROKE * 0.01) + 1.5), (
        spread_px.max())
    # the knot's t, written above the plot and under its t axis, in the L1 colour, its
    # mark's line at the knot (its number under it, or beside where two would touch)
    line, number = scene.knot_marks[k]
    mark_box = video.pixel_box(number)
    callout = scene.callouts[len(scene.callouts) - len(scene.knots) + k]
    assert number.original_text == format_coefficient(radius)
    assert number.original_text in callout.original_text
    for box in (mark_box, video.pixel_box(callout)):
        assert len(region_pixels(frames[last], theme.L1_COLOR, box, PALETTE)) >= 10, box
    x_mark = video.to_pixels("plot", last, [[scene.plot_x(radius), 0.0]])[0, 0]
    line_box = video.pixel_box(line, margin_px=0.0)
    assert abs(line_box.mean(axis=0)[0] - x_mark) <= 2.0
    wider = line_box + np.array([[-2.0, 0.0], [2.0, 0.0]])
    assert len(region_pixels(frames[last], theme.L1_COLOR, wider, PALETTE)) >= 5
    x_number = video.screen_to_pixels(np.array([[scene.mark_places[radius], 0.0, 0.0]]))[0, 0]
    assert abs(mark_box.mean(axis=0)[0] - x_number) <= 2.0
    return {"knot_t": round(radius, 3), "action": knot.action, "held_s": round(held, 2),
            "tail_step": tail.max(), "flash_px": flashing, "still_px": still}


def check_numbers(video) -> None:
    """The plot's tick numbers (t along the bottom, coefficient values at the left) and
    the window's frame are drawn."""
    scene = video.scene
    last = video.frame_count - 1
    frame = video.frames([last])[last]
    assert len(scene.tick_numbers) >= 6
    # every t tick numbered, 0 to the start, the knots' numbers a row lower, apart from them
    step = scene.plot.x_range[2]
    assert scene.shown["plot_x_numbers"] == [
        float(v) for v in np.arange(0.0, scene.start + step / 2, step)]
    assert scene.shown["plot_x_numbers"][0] == 0.0
    assert scene.shown["plot_x_numbers"][-1] == scene.start
    # (the t numbers come first, in one row under the plot, each under its tick)
    x_numbers = scene.tick_numbers[:len(scene.shown["plot_x_numbers"])]
    for number, value in zip(x_numbers, scene.shown["plot_x_numbers"], strict=True):
        assert abs(number.get_top()[1] - x_numbers[0].get_top()[1]) < 1e-6
        assert abs(number.get_center()[0] - scene.plot.c2p(scene.plot_x(value), 0.0)[0]) < 1e-6
    for mark in [*scene.knot_marks, scene.binding_mark]:
        knot_box = video.pixel_box(mark[1], margin_px=0.0)
        for number in x_numbers:
            box = video.pixel_box(number, margin_px=0.0)
            assert knot_box[0, 1] >= box[1, 1], "a knot's number on the row of tick numbers"
    for number in scene.tick_numbers:
        assert len(bright_pixels(frame, video.pixel_box(number, margin_px=0.0))) >= 4, number
    left, top = np.floor(video.pixel_box(scene.window, margin_px=0.0)[0]).astype(int)
    column = frame[top + 10: top + 40, left - 1: left + 2].astype(float)
    assert np.abs(column - np.array([0x14, 0x16, 0x1B])).max() > 20  # the frame's left edge


def check_binding_and_stop(video) -> dict:
    """Where each ball starts to bind (||c||_1 = 4 said at the start, ||c||_2 = 3.162 where
    the sweep pauses and marks it on the t axis), the legend naming the touching contours
    in the loss's colour, and where the sweep stops (t = 0.8: L1 still sparse, L2 not) with
    the note saying why."""
    scene = video.scene
    l1, l2 = (scene.paths[norm] for norm in ("l1", "l2"))
    free_l1, free_l2 = scene.callouts[0], scene.callouts[1]
    assert f"{l1.full_radius:.4g}" in free_l1.original_text and "‖c‖₁" in free_l1.original_text
    assert f"{l2.full_radius:.4g}" in free_l2.original_text and "‖c‖₂" in free_l2.original_text
    assert scene.binding_mark[1].original_text == format_coefficient(l2.full_radius)
    # the sweep pauses on ||c||_2 in the shrink beat, the callout and the mark fading in
    first, last = video.beat("path_shrink")
    budgets = np.array([video.value("budget", i) for i in range(first, last + 1)])
    held = int(np.sum(budgets == l2.full_radius))
    assert held >= path_scene.BINDING_SECONDS * video.fps - 1.5, held
    frames = video.frames([video.beat("path_start")[1], last, video.frame_count - 1])
    start_frame, shrink_frame, end_frame = frames.values()
    assert len(region_pixels(start_frame, theme.L1_COLOR, video.pixel_box(free_l1),
                             PALETTE)) >= 10
    assert len(region_pixels(shrink_frame, theme.L2_COLOR, video.pixel_box(free_l2),
                             PALETTE)) >= 10
    mark_box = video.pixel_box(scene.binding_mark)
    assert len(region_pixels(shrink_frame, theme.L2_COLOR, mark_box, PALETTE)) >= 10
    x_mark = video.to_pixels("plot", last, [[scene.plot_x(l2.full_radius), 0.0]])[0, 0]
    line_box = video.pixel_box(scene.binding_mark[0], margin_px=0.0)
    assert abs(line_box.mean(axis=0)[0] - x_mark) <= 2.0
    # the legend: the loss's colour, no ball's
    legend = video.pixel_box(scene.legend)
    for frame in (shrink_frame, end_frame):
        assert len(region_pixels(frame, theme.LOSS_COLOR, legend, PALETTE)) >= 20
        for color in theme.NORM_COLORS.values():
            assert len(region_pixels(frame, color, legend, PALETTE)) <= 2
    # the sweep ends at END_SHARE of the start, L1 still sparse there exactly when the
    # title says it drops a feature (mathcore's path at the end)
    ((end_first, end_last),) = video.beats("path_end")
    final = video.value("budget", end_last)
    assert final == scene.end == path_scene.END_SHARE * scene.start
    assert min(video.value("budget", i) for i in range(end_first, video.frame_count)) == final
    sparse = bool(np.any(l1.beta_at(final) == 0.0))
    assert sparse == (scene.story["l1"] == "drop")
    assert (scene.story["l1"] == "none") == (not scene.drops)
    # past the last knot the sweep goes on slowly (at least 4 s), the L1 optimum all the
    # way in the colour mathcore's path gives it (green on the axis after a drop that
    # stays): at the middle of the sweep it is drawn there
    knot = scene.knots[-1].radius if scene.knots else l2.full_radius
    sweeping = [i for i in range(end_first, end_last + 1) if video.value("budget", i) < knot]
    assert len(sweeping) / video.fps >= 4.0 - 1.5 / video.fps, len(sweeping)
    mid = sweeping[len(sweeping) // 2]
    beta = l1.beta_at(video.value("budget", mid))
    assert (optimum_color(beta) == theme.ZERO_COLOR) == sparse
    x, y = video.to_pixels("plane", mid, [beta])[0]
    dot_box = np.array([[x - 4, y - 4], [x + 4, y + 4]])
    assert len(region_pixels(video.frames([mid])[mid], optimum_color(beta), dot_box,
                             PALETTE)) >= 8
    assert np.all(l2.beta_at(final) != 0.0)
    # the closing notes: at most three lines (the subtitle says why the sweep stops), the
    # last one the penalty of a budget, mathcore's (t = 2 is lambda = 5 for L1), drawn
    assert sum(note.original_text.count("\n") + 1 for note in scene.notes) <= 3
    assert scene.penalty_budget == path_scene.PENALTY_SHARE * scene.start
    assert scene.shown["penalty_for_budget"]["lambda"] == pytest.approx(
        penalty_for_budget(scene.loss, "l1", scene.penalty_budget))
    names = scene.notes[-1]
    assert f"λ = {scene.penalty:.4g}" in names.original_text
    names_frame = video.frames([video.frame_count - 1])[video.frame_count - 1]
    assert len(bright_pixels(names_frame, video.pixel_box(names))) >= 30
    assert len(bright_pixels(end_frame, video.pixel_box(scene.notes[0]))) >= 30
    return {"binding_t": round(l2.full_radius, 3), "held_frames": held, "end_t": final}


def check_directions(video) -> dict:
    """Both axes run the way the story goes, and say so (in the decoded last frame): the
    t numbers read from the start T at the left to 0 at the right, each at its tick; the
    L1 penalty lambda along the plot's top grows to the right, each number at the t of
    its lambda (mathcore: ``budget_for_penalty``, and back, ``penalty_for_budget``);
    under both an arrow to the right, "stronger penalty"; and the sweep runs to the right
    (t falls all video long, its cursor's x grows)."""
    scene = video.scene
    last = video.frame_count - 1
    frame = video.frames([last])[last]
    t_values = scene.shown["plot_x_numbers"]
    t_numbers = scene.tick_numbers[:len(t_values)]
    xs = [video.pixel_box(n, margin_px=0.0).mean(axis=0)[0] for n in t_numbers]
    assert np.all(np.diff(xs) < 0), xs  # larger t further left
    assert t_values[0] == 0.0 and t_values[-1] == scene.start
    row = scene.shown["lambda_row"]
    lambdas, budgets = np.array(row["lambda"]), np.array(row["t"])
    assert lambdas[0] == 0.0 and len(lambdas) >= 3 and np.all(np.diff(lambdas) > 0)
    for lam, t in zip(lambdas, budgets, strict=True):
        assert t == pytest.approx(budget_for_penalty(scene.loss, "l1", lam))
        if lam > 0.0:
            assert penalty_for_budget(scene.loss, "l1", t) == pytest.approx(lam, rel=1e-6)
    _, ticks, numbers, name = scene.lambda_row
    top = scene.plot.y_range[1]
    centres = [video.pixel_box(n, margin_px=0.0).mean(axis=0)[0] for n in numbers]
    expected = video.to_pixels("plot", last, np.column_stack(
        [scene.plot_x(budgets), np.full(len(budgets), top)]))[:, 0]
    np.testing.assert_allclose(centres, expected, atol=1.0)
    np.testing.assert_allclose([video.pixel_box(tick, margin_px=0.0).mean(axis=0)[0]
                                for tick in ticks], expected, atol=1.0)
    assert np.all(np.diff(centres) > 0)  # larger lambda further right
    assert [n.original_text for n in numbers] == [f"{lam:g}" for lam in lambdas]
    assert name.original_text == text("path_lambda_axis", scene.lang)
    for mobject in (*numbers, name):
        assert len(bright_pixels(frame, video.pixel_box(mobject, margin_px=0.0))) >= 4
    # lambda and the arrow come in only with the words that say what lambda is (the
    # closing beat): before it, none of their ink in the decoded frame
    names_first = video.beat("path_names")[0]
    before = video.frames([names_first - 1])[names_first - 1]
    for mobject in (*numbers, name, scene.penalty_arrow):
        assert len(bright_pixels(before, video.pixel_box(mobject, margin_px=0.0))) == 0, \
            ("lambda's row drawn before it is named", mobject)
    # the dotted t cursor stops at the plot's top, under lambda's numbers: no ink in its
    # column between the numbers' row and the plot's top line (lambda's ticks aside)
    cursor_x = video.to_pixels("plot", last, [[scene.plot_x(video.value("budget", last)),
                                               0.0]])[0, 0]
    plot_top = video.to_pixels("plot", last, [[0.0, top]])[0, 1]
    numbers_bottom = max(video.pixel_box(n, margin_px=0.0)[1, 1] for n in numbers)
    assert numbers_bottom < plot_top - 3.0, (numbers_bottom, plot_top)
    column = np.array([[cursor_x - 1.5, numbers_bottom + 1.0], [cursor_x + 1.5, plot_top - 3.0]])
    assert len(bright_pixels(frame, column, [video.pixel_box(tick, margin_px=1.5)
                                             for tick in ticks])) == 0, \
        "the cursor runs up into lambda's numbers"
    # the marked t values' numbers (a row of their own) keep clear of the caption under
    # them: no ink in the rows between them
    caption_top = video.pixel_box(scene.x_caption, margin_px=0.0)[0, 1]
    for mark in scene.knot_marks:
        box = video.pixel_box(mark[1], margin_px=0.0)
        assert box[1, 1] + 2.0 <= caption_top, ("a mark's number on the caption",
                                               box[1, 1], caption_top)
        gap = np.array([[box[0, 0], box[1, 1] + 1.0], [box[1, 0], caption_top - 1.0]])
        assert len(bright_pixels(frame, gap)) == 0, ("ink between a mark and the caption",
                                                     mark[1].original_text)
    # the arrow: to the right, its head (taller than its shaft) at the right end, drawn
    words, arrow = scene.penalty_arrow
    assert words.original_text == text("path_stronger", scene.lang)
    assert len(bright_pixels(frame, video.pixel_box(words))) >= 30
    (left, top_px), (right, bottom) = video.pixel_box(arrow, margin_px=2.0)
    drawn = bright_pixels(frame, np.array([[left, top_px], [right, bottom]]))

    def rows(x0: float, x1: float) -> int:
        inside = drawn[(drawn[:, 0] >= x0) & (drawn[:, 0] < x1)]
        return len(np.unique(np.round(inside[:, 1])))

    tip = video.screen_px(path_scene.ARROW_TIP)
    head, tail = rows(right - 2 - tip, right - 2 - tip / 2), rows(left, left + tip / 2)
    assert head >= 3 * tail, (head, tail)
    assert abs(right - 2 - video.to_pixels("plot", last, [[scene.start, 0.0]])[0, 0]) <= 3
    # the sweep runs right: t never grows, the cursor's x only grows
    budgets_seen = np.array([video.value("budget", i) for i in range(video.frame_count)])
    assert np.all(np.diff(budgets_seen) <= 0.0) and budgets_seen[-1] < budgets_seen[0]
    cursor = video.to_pixels("plot", last, [[scene.plot_x(budgets_seen[0]), 0.0],
                                            [scene.plot_x(budgets_seen[-1]), 0.0]])[:, 0]
    assert cursor[1] > cursor[0] + 100
    return {"t_numbers_px": [round(x) for x in xs], "lambda_px": [round(x) for x in centres],
            "arrow_head_rows": head, "arrow_tail_rows": tail}


def dash_runs(mask: np.ndarray, points: np.ndarray) -> np.ndarray:
    """Lengths (px, along the curve) of the runs of ``points`` (a dense pixel polyline)
    whose nearest pixel is set in ``mask``: the dashes drawn along it."""
    rows = np.clip(np.round(points[:, 1] - 0.5).astype(int), 0, mask.shape[0] - 1)
    cols = np.clip(np.round(points[:, 0] - 0.5).astype(int), 0, mask.shape[1] - 1)
    on = mask[rows, cols]
    steps = np.r_[0.0, np.linalg.norm(np.diff(points, axis=0), axis=1)]
    runs, length = [], 0.0
    for is_on, step in zip(on, steps, strict=True):
        if is_on:
            length += step
        elif length > 0.0:
            runs.append(length)
            length = 0.0
    return np.array(runs + ([length] if length > 0.0 else []))


def check_contours_apart(video) -> dict:
    """At the sweep's end the two touching contours (mathcore's levels there) nearly meet,
    a few px apart; in the decoded last frame they still read apart where they run within
    6 px of each other: along L1's, long dashes (their median run at least 3 times L2's),
    along L2's, short dashes of its own (the defaults' end, where such a stretch must
    exist)."""
    scene = video.scene
    last = video.frame_count - 1
    frame = video.frames([last])[last]
    budget = video.value("budget", last)
    betas = {n: p.beta_at(budget) for n, p in scene.paths.items()}
    window = video.pixel_box(scene.window, margin_px=-4.0)
    keep_out = [video.disc_box(video.to_pixels("plane", last, [b])[0], 14.0)
                for b in (*betas.values(), scene.loss.center)]
    keep_out += [video.pixel_box(scene.center_tag), *[video.pixel_box(line) for line in
                                                       scene.center_leader]]
    curves = {}
    for norm, beta in betas.items():
        points = video.to_pixels("plane", last, ellipse_points(
            scene.loss, float(scene.loss.value(beta)), 20000))
        inside = np.all((points > window[0]) & (points < window[1]), axis=1)
        for box in keep_out:
            inside &= ~np.all((points > box[0]) & (points < box[1]), axis=1)
        curves[norm] = (points, inside)
    close = {}
    for norm, other in (("l1", "l2"), ("l2", "l1")):
        points, inside = curves[norm]
        gap = np.min(np.linalg.norm(points[::5, None, :] - curves[other][0][None, ::20, :],
                                    axis=2), axis=1).repeat(5)[:len(points)]
        close[norm] = inside & (gap <= 6.0)
    assert min(c.sum() for c in close.values()) >= 200, "the contours never run close"
    mask = color_mask(frame, theme.LOSS_COLOR, PALETTE)
    runs = {}
    for norm, (points, _) in curves.items():
        # the close stretch, as its longest piece in a row (one polyline)
        index = np.flatnonzero(close[norm])
        pieces_ = np.split(index, np.flatnonzero(np.diff(index) > 1) + 1)
        runs[norm] = np.concatenate([dash_runs(mask, points[piece]) for piece in pieces_
                                     if len(piece) > 50])
    l1, l2 = (float(np.median(runs[n])) for n in ("l1", "l2"))
    assert len(runs["l2"]) >= 10 and l1 >= 3.0 * l2, (l1, l2, len(runs["l2"]))
    return {"l1_dash_px": round(l1, 1), "l2_dot_px": round(l2, 1),
            "l2_dots": len(runs["l2"])}


#: The smallest font size a text may be shrunk to in order to fit (about 14 px from
#: ascender to descender at 480p).
MIN_FONT = 18.0


def check_status_lines(video) -> dict:
    """The status lines above the plot read downwards in the order they came (the oldest at
    the top), all of them on screen at the end of the knot's beat; no text is shrunk below
    ``MIN_FONT``; the window's frame ends above the subtitles' strip."""
    scene = video.scene
    lines = list(scene.callouts)
    tops = [line.get_top()[1] for line in lines]
    assert tops == sorted(tops, reverse=True), "status lines not oldest-first"
    assert scene.callouts.get_bottom()[1] > scene.legend.get_top()[1]
    for block in (scene.callouts, scene.notes):  # (as many lines as there are knots)
        assert block.get_top()[1] < scene.title.get_bottom()[1], "status lines on the title"
    # the order they come in: L1 holds c, L2 holds c, each knot's t
    keys = ["‖c‖₁", "‖c‖₂", *[format_coefficient(k.radius) for k in scene.knots]]
    assert all(key in line.original_text for key, line in zip(keys, lines, strict=True))
    last = (knot_beats(video) or [video.beat("path_shrink")])[-1][1]
    frame = video.frames([last])[last]
    colors = (theme.L1_COLOR, theme.L2_COLOR, *[theme.L1_COLOR] * len(scene.knots))
    for line, color in zip(lines, colors, strict=True):
        assert len(region_pixels(frame, color, video.pixel_box(line), PALETTE)) >= 10, line
    texts = VGroup(*lines, *scene.notes, scene.x_caption, *scene.legend, *scene.knot_marks,
                   scene.binding_mark, scene.lambda_row, scene.penalty_arrow)
    for part in texts.get_family():
        if isinstance(part, Text):
            assert part.font_size >= MIN_FONT - 1e-6, (part.original_text, part.font_size)
    strip_top = video.timeline["pixel_size"][1] * (1 - layout.SUBTITLE_SHARE)
    window_bottom = video.pixel_box(scene.window, margin_px=0.0)[1, 1]
    assert window_bottom <= strip_top - 2.0, (window_bottom, strip_top)
    return {"window_clearance_px": round(strip_top - window_bottom, 1)}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_balls_optima_traces_and_curves_follow_the_budget(lang, rendered_video):
    video = rendered_video(ShrinkingBudget, lang)
    check_basics(video)
    check_path(video)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_sweep_stops_at_the_knot_and_the_optimum_turns_green(lang, rendered_video):
    video = rendered_video(ShrinkingBudget, lang)
    assert video.scene.binding_mark[1].original_text == "3.162"
    check_knot(video)
    check_numbers(video)
    check_binding_and_stop(video)
    print(check_directions(video))
    print(check_status_lines(video))
    print(check_contours_apart(video))
    print(check_zoom(video))
    print(check_curve_names_and_pair(video))


def check_zoom(video) -> dict:
    """The zoom at the sweep's end (decoded, once faded in): its recorded map magnifies the
    plane's exactly its named whole factor; in it the L1 optimum sits at mathcore's b*(t)
    in the key's colour (green) on the plane's axis of its zero, the L2 optimum at its own
    b*(t), yellow, off that axis by more than a dot; both balls and both touching contours
    drawn in it; the square it shows is marked on the plane; its name is drawn."""
    scene = video.scene
    first, last = video.beat("path_zoom")
    index = last - 1
    frame = video.frames([index])[index]
    factor = scene.shown["zoom"]["factor"]
    assert factor >= 2 and text("path_zoom_name", scene.lang, factor=factor) == \
        scene.zoom_parts["name"].original_text
    ratio = video.pixels_per_unit("zoom", index) / video.pixels_per_unit("plane", index)
    assert ratio == pytest.approx(factor, rel=1e-3), (ratio, factor)
    betas = {norm: scene.paths[norm].beta_at(scene.end) for norm in ("l1", "l2")}
    found = {}
    for norm, beta in betas.items():
        expected = video.to_pixels("zoom", index, [beta])[0]
        found[norm] = marker_position(frame, optimum_color(beta), expected,
                                      video.dot_radius_px, PALETTE, search_px=4.0)
        assert found[norm] is not None and np.linalg.norm(found[norm] - expected) <= 2.0, \
            (norm, found[norm], expected)
    zero = int(np.flatnonzero(betas["l1"] == 0.0)[0])
    assert optimum_color(betas["l1"]) == theme.ZERO_COLOR
    off = assert_on_axis(video, "zoom", index, found["l1"], zero)
    apart = abs(betas["l2"][zero]) * video.pixels_per_unit("zoom", index)
    assert apart > 2 * video.dot_radius_px, apart
    box = video.pixel_box(scene.zoom_parts["frame"], margin_px=-3.0)
    for color in (theme.L1_COLOR, theme.L2_COLOR, theme.LOSS_COLOR):
        assert len(region_pixels(frame, color, box, PALETTE)) >= 30, color
    assert len(bright_pixels(frame, video.pixel_box(scene.zoom_parts["name"]))) >= 20
    before = video.frames([first - 1])[first - 1]
    assert len(region_pixels(before, theme.ZERO_COLOR, box, PALETTE)) == 0, "zoom too early"
    source = video.pixel_box(scene.zoom_source, margin_px=0.0).mean(axis=0)
    middle = video.to_pixels("plane", index, [(betas["l1"] + betas["l2"]) / 2])[0]
    assert np.linalg.norm(source - middle) <= 1.5, (source, middle)
    return {"factor": factor, "l1_off_axis_px": round(off, 2), "l2_off_axis_px": round(apart, 1)}


def check_curve_names_and_pair(video) -> dict:
    """One plot, two coefficients: the y axis named once; each coefficient's name right of
    the cursor at the sweep's end, beside its pair of curves (the mean of mathcore's
    L1 and L2 values, within a name's height); the closing note's t and its L1 penalty
    (mathcore's ``penalty_for_budget``) marked on the plot: a dashed line at that t from
    the t axis to lambda's row, and its words."""
    scene = video.scene
    last = video.frame_count - 1
    frame = video.frames([last])[last]
    assert scene.y_name.original_text == text("path_y_name", scene.lang)
    assert len(bright_pixels(frame, video.pixel_box(scene.y_name))) >= 10
    cursor_x = video.to_pixels("plot", last, [[scene.plot_x(scene.end), 0.0]])[0, 0]
    values = np.mean([scene.paths[n].beta_at(scene.end) for n in ("l1", "l2")], axis=0)
    for i, name in enumerate(scene.curve_names):
        assert name.original_text == text("coefficient_name", scene.lang,
                                          index=subscript(i + 1))
        box = video.pixel_box(name, margin_px=0.0)
        assert box[0, 0] > cursor_x, (box, cursor_x)
        y = video.to_pixels("plot", last, [[0.0, values[i]]])[0, 1]
        assert box[0, 1] - (box[1, 1] - box[0, 1]) <= y <= box[1, 1] + (box[1, 1] - box[0, 1])
        assert len(bright_pixels(frame, box)) >= 10
    words = scene.pair_mark[1]
    lam = penalty_for_budget(scene.loss, "l1", scene.penalty_budget)
    assert words.original_text == text("path_pair", scene.lang,
                                       t=f"{scene.penalty_budget:.4g}", lam=f"{lam:.4g}")
    x = video.to_pixels("plot", last, [[scene.plot_x(scene.penalty_budget), 0.0]])[0, 0]
    low, high = video.to_pixels("plot", last, [[0.0, y] for y in scene.plot.y_range[:2]])[:, 1]
    column = np.array([[x - 1.5, high + 2.0], [x + 1.5, low - 2.0]])
    curves = [region_pixels(frame, color, column, PALETTE)
              for color in (theme.L1_COLOR, theme.L2_COLOR)]  # (the curves crossing it)
    ink = bright_pixels(frame, column)
    crossed = {round(y) for part in curves for y in part[:, 1]}
    rows = len({round(y) for y in ink[:, 1]} - crossed)
    assert 0.3 * (low - high) <= rows <= 0.9 * (low - high), ("pair line not dashed", rows)
    assert len(bright_pixels(frame, video.pixel_box(words))) >= 20
    return {"pair_line_rows": rows}


class UserNumbers(ShrinkingBudget):
    """``normviz render path --center 1,2 --matrix 1,0,0,3``: the L1 optimum drops b1."""

    center = (1.0, 2.0)
    matrix = ((1.0, 0.0), (0.0, 3.0))


def test_a_users_numbers_are_drawn_and_said(rendered_video):
    """With a user's c and A every check above holds (no number of the defaults is
    written into the picture or a sentence), and the sentences carry mathcore's numbers
    for them: the coefficient dropped (b1 here), its knot, ||c||_1, ||c||_2 and the
    penalty of half the starting budget."""
    video = rendered_video(UserNumbers)
    scene = video.scene
    check_basics(video)
    check_path(video)
    check_knot(video)
    check_numbers(video)
    check_binding_and_stop(video)
    check_status_lines(video)
    check_directions(video)
    (drop,) = scene.drops
    l1, l2 = (scene.paths[norm] for norm in ("l1", "l2"))
    assert drop.feature == 0 and drop.radius == pytest.approx(5 / 3)
    assert "β₁*" in scene.callouts[-1].original_text
    assert format_coefficient(drop.radius) in scene.callouts[-1].original_text
    assert f"{l1.full_radius:.4g}" in scene.callouts[0].original_text
    assert format_coefficient(l2.full_radius) in scene.callouts[1].original_text
    assert f"t = {scene.start / 2:.4g}" in scene.notes[-1].original_text
    subtitles = " ".join(beat["subtitle"] for beat in scene.beats)
    assert "β1 = 0" in subtitles and f"t = {scene.start:.4g}" in subtitles


class NoDrop(ShrinkingBudget):
    """``--center 1,0.9 --matrix 1,0,0,1``: the L1 knot (t = 0.1) lies below the sweep's end
    (t = 0.38): no feature reaches 0 inside it."""

    center = (1.0, 0.9)
    matrix = ((1.0, 0.0), (0.0, 1.0))


class DropAndBack(ShrinkingBudget):
    """``--center 4,0.5 --matrix 1,-2,-2,5``: b2 reaches 0 at t = 2.833 and comes back at
    t = 2.5 (mathcore's "revived"), both inside the sweep (down to t = 0.9); the L2 path's
    b2 crosses 0.  (Where a coefficient comes back the two optima run close: here they
    are drawn apart for part of the sweep, so that each can be checked.)"""

    center = (4.0, 0.5)
    matrix = ((1.0, -2.0), (-2.0, 5.0))


class BackBelowTheSweep(ShrinkingBudget):
    """``--center 3,-1 --matrix 1,1.6,1.6,3``: b2 reaches 0 at t = 1.231 and stays 0 to the
    sweep's end (t = 0.8), but comes back below it, at t = 0.667."""

    center = (3.0, -1.0)
    matrix = ((1.0, 1.6), (1.6, 3.0))


def mathcore_facts(scene_class) -> dict:
    """What mathcore's paths say for a scene's numbers, worked out here from
    ``budget_path`` and, for L2, the constrained solver on a fine grid of t."""
    loss = QuadraticLoss.create(scene_class.center, scene_class.matrix)
    l1, l2 = (budget_path(loss, norm) for norm in ("l1", "l2"))
    start = max(l1.full_radius, l2.full_radius)
    end = path_scene.END_SHARE * start
    inside = [e for e in l1.events if e.radius >= end]
    grid = np.linspace(start, 0.0, 4001)[:-1]  # shrinking, t > 0
    l2_betas = np.array([solve_constrained(loss, "l2", t).beta for t in grid])
    changes = np.flatnonzero(np.diff(np.sign(l2_betas), axis=0).any(axis=1))
    seen = grid >= end
    sizes = np.abs(l2_betas[seen])
    return {"inside": inside, "events": list(l1.events), "end": end,
            "sparse_at_end": bool(np.any(l1.beta_at(end) == 0.0)),
            "l2_crosses": [float(grid[k]) for k in changes],
            "l2_shrinks": bool(np.all(np.diff(sizes, axis=0) <= 1e-9) and np.all(sizes > 0))}


CASES = {"defaults": ShrinkingBudget, "user": UserNumbers, "no_drop": NoDrop,
         "drop_and_back": DropAndBack, "back_below": BackBelowTheSweep}


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("case", list(CASES))
def test_the_sentences_hold_for_mathcores_path(case, lang, tmp_path):
    """Each case's facts on mathcore's path, and the sentences chosen for them: "drops a
    feature" only with a drop inside the sweep, "stays 0 below" only for a drop no
    revival follows (else the range where it is 0), a revival's own beat, "L2 shrinks
    both" only where each L2 coefficient shrinks without crossing 0 (else the crossing's
    t)."""
    scene_class = type(CASES[case].__name__, (CASES[case],), {"lang": lang})
    facts = mathcore_facts(scene_class)
    zeroed = [e for e in facts["inside"] if e.action == "zeroed"]
    revived = [e for e in facts["inside"] if e.action == "revived"]
    expected = {"defaults": (1, 0, True, True), "user": (1, 0, True, True),
                "no_drop": (0, 0, False, True), "drop_and_back": (1, 1, False, False),
                "back_below": (1, 0, True, False)}[case]
    assert (len(zeroed), len(revived), facts["sparse_at_end"], facts["l2_shrinks"]
            and not facts["l2_crosses"]) == expected, facts
    if case == "no_drop":  # mathcore has a drop, but below the sweep's end
        assert [e.action for e in facts["events"]] == ["zeroed"]
        assert facts["events"][0].radius < facts["end"]
    if case == "back_below":  # the revival comes below the sweep's end
        assert [e.action for e in facts["events"]][:2] == ["zeroed", "revived"]
        assert facts["events"][1].radius < facts["end"] <= facts["events"][0].radius
    scene = render_scene(scene_class, tmp_path)
    assert scene.knots == facts["inside"]
    title = scene.title.original_text
    subtitles = {beat["name"]: beat["subtitle"] for beat in scene.beats}
    everything = " ".join([title, *subtitles.values(), *[m.original_text for m in
                                                        (*scene.callouts, *scene.notes)]])
    l1_words = "none" if not zeroed else "drop" if facts["sparse_at_end"] else "back"
    l2_words = text("path_title_l2", lang) if facts["l2_shrinks"] and not facts["l2_crosses"] \
        else ""
    assert title == text(f"path_title_{l1_words}", lang, l2=l2_words, end=f"{facts['end']:.4g}")
    stays = text("sub_path_drop", lang, radius="{}", index="{}").split("{}")[-1]
    follows = [e for e in facts["events"] if e.action == "revived"]
    assert (stays in everything) == bool(zeroed and not follows), everything
    names = [beat["name"] for beat in scene.beats]
    assert names.count("path_revive") == len(revived)
    assert names.count("path_drop") + names.count("path_drop_until") == len(zeroed)
    for drop in zeroed:
        back = next((e for e in follows if e.feature == drop.feature and e.radius < drop.radius),
                    None)
        if back is not None:  # the range where it is 0, from mathcore's events
            assert f"{format_coefficient(back.radius)} ≤ t ≤ " \
                   f"{format_coefficient(drop.radius)}" in everything
    if not zeroed:
        assert text("path_note_l1_none", lang, end=f"{facts['end']:.4g}") == \
            scene.notes[0].original_text
    if facts["l2_crosses"]:  # the crossing's t, mathcore's (to the grid's step)
        shown = scene.shown["story"]["l2_crossing"][1]
        assert abs(shown - facts["l2_crosses"][0]) <= facts["end"] / 0.2 / 4000 + 1e-12
        assert format_coefficient(shown) in scene.notes[1].original_text


@pytest.mark.parametrize("scene_class", [NoDrop, DropAndBack], ids=lambda c: c.__name__)
def test_no_drop_and_a_drop_that_comes_back_are_drawn_as_said(scene_class, rendered_video):
    """In the decoded video: with no drop inside the sweep the L1 optimum is never green
    and no knot stops the sweep; with a drop that comes back the sweep stops on both
    knots, the optimum lands on the axis green, leaves it yellow, and ends yellow;
    every status line is drawn, the cue touches no curve."""
    video = rendered_video(scene_class)
    check_basics(video)
    print(check_path(video))
    print(check_knot(video))
    check_numbers(video)
    print(check_binding_and_stop(video))
    print(check_status_lines(video))
    print(check_directions(video))


def test_moving_dashes_are_manims_dashes():
    """The touching contours' dashes, moved in place each frame (``pieces.dash_in_place``),
    are the dashes manim's ``DashedVMobject`` lays on the same contour (the reference):
    the same number, each starting and ending at the same point and through the same
    corners, for both norms' dash patterns, on contours the window cuts open and on
    whole (closed) ones; the spare dashes are empty."""
    axes = Axes(x_range=[-2, 2], y_range=[-2, 2], x_length=6, y_length=6)
    loss = QuadraticLoss(np.array([1.2, 0.7]), np.array([[2.0, 0.6], [0.6, 1.0]]))
    closed_seen = open_seen = 0
    for clip in (False, True):
        contour = LossContour(axes, loss, 0.0, clip_to_axes=clip)
        for level in np.linspace(0.05, 6.0, 12):
            contour.show(level=float(level))
            closed_seen += contour.is_closed()
            open_seen += not contour.is_closed()
            for dash, ratio in path_scene.CONTOUR_DASH.values():
                count = max(2, int(contour.get_arc_length() / dash))
                reference = DashedVMobject(contour, num_dashes=count,
                                           dashed_ratio=ratio).submobjects
                moved = VGroup(*[VMobject() for _ in range(path_scene.MAX_DASHES)])
                dash_in_place(moved, contour, count, ratio)
                assert len(reference) == count
                for want, got in zip(reference, moved[:count], strict=True):
                    assert np.allclose(want.points[[0, -1]], got.points[[0, -1]], atol=1e-9)
                    # the same corners (a dash ending on a corner may keep a zero-length
                    # curve in one and not the other: rounding at the last bit)
                    corners = [np.unique(np.round(p.points, 9), axis=0)
                               for p in (want, got)]
                    assert corners[0].shape == corners[1].shape
                    assert np.allclose(*corners, atol=1e-9)
                assert all(len(part.points) == 0 for part in moved[count:])
    assert closed_seen and open_seen, (closed_seen, open_seen)
