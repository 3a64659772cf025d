"""Frame tests of scenes/stability.py: the minibatch optima, their contours, their own balls,
the edge or corner each lasso optimum lies on, the labelled full data's ball, the cloud.

For every rho: while the full data is shown alone, the star sits where mathcore puts it
and the label "full data's ball" stands under the ball's corner on the b1 axis (the ball
in its norm's colour); while minibatches arrive one by one, each plane shows the
minibatch's own ball (through its optimum), its contour at its own level touching it
there and its optimum (within 2 px, green with an exact zero), and the lasso plane draws
thick exactly the part of that diamond the optimum lies on (its flat edge, or its
corner); the rest of the cloud grows in over time rather than in one frame; once all 200
minibatches are in, every minibatch optimum is drawn where it lies and nowhere else (off
the full data's ball's outline, whose pixels beside the green dots on its corner take a
yellow hue in the video's colour subsampling).  The beats follow mathcore: the rho whose
minibatches never change which coefficients are 0 gets the "slides along the edge"
beats, the others the "or jumps to a corner" ones.  The full data's optimum is a
white star, never an optimum's yellow.  After rho = 0 comes the 1-D picture of the
mechanism (``check_mechanism``): dots where ``mathcore.stability.orthogonal_mechanism``
puts the least-squares, ridge and lasso fits, spreads in the ratio 1 + lambda : 1 : 1, the
lasso's green zone from -alpha to alpha on the least-squares row (the raw fits it sends to
0) with its label under it, no white text beside a star.  The first minibatches of each
rho are held as long as ``BATCH_SECONDS`` says (about 3 s for the first ones), and the
text above the planes (the key, or the 1-D picture's heading in its place) is never more
than two short lines.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from scipy.spatial import cKDTree

from mathcore import QuadraticLoss, norm_value
from mathcore.norms import norm_named
from mathcore.stability import minibatch_stability, orthogonal_mechanism
from scenes import theme
from scenes.pieces import optimum_color
from scenes.stability import (
    BATCH_SECONDS,
    BATCH_SIZE,
    BATCHES,
    CLOUD_DOT,
    FACE_STROKE,
    FULL_DATA_COLOR,
    MECH_COUNT,
    MECH_DOT,
    MECH_ROWS,
    MECH_STAR,
    RHO_STEPS,
    SEED,
    SHOWN_ONE_BY_ONE,
    STAR_RADIUS,
    TICK,
    ZONE_STROKE,
    MinibatchStability,
    ball_radius,
    lasso_face,
    mech_full,
)
from scenes.strings import text
from tests.frames import (
    ANTIALIAS_PX,
    MarkerCheck,
    PlaneChecker,
    PlanePicture,
    bright_pixels,
    check_basics,
    check_dots,
    color_mask,
    curve_gap_px,
    densify,
    pixel_centres,
    region_pixels,
    rgb,
    without_boxes,
)

pytestmark = pytest.mark.slow

DOT_COLORS = (theme.SOLUTION_COLOR, theme.ZERO_COLOR)


def star_centre(frame: np.ndarray, expected: np.ndarray, video) -> np.ndarray | None:
    """Centre of the hollow star near ``expected``: the mean of its outline's pixels (a
    regular star's outline is symmetric about its centre)."""
    reach = video.screen_px(STAR_RADIUS) + 2.0
    box = np.array([expected - reach, expected + reach])
    pixels = region_pixels(frame, FULL_DATA_COLOR, box, STAR_OTHERS)
    pixels = pixels[np.linalg.norm(pixels - expected, axis=1) <= reach]
    return pixels.mean(axis=0) if len(pixels) > 10 else None


STAR_OTHERS = [theme.SOLUTION_COLOR, theme.ZERO_COLOR, theme.L1_COLOR, theme.L2_COLOR,
               theme.LOSS_COLOR, theme.MUTED_TEXT_COLOR, theme.AXES_COLOR]


def yellow_near(frame: np.ndarray, expected: np.ndarray, video) -> int:
    """Pixels of an optimum's yellow within the star's reach of ``expected``."""
    reach = video.screen_px(STAR_RADIUS) + 2.0
    box = np.array([expected - reach, expected + reach])
    pixels = region_pixels(frame, theme.SOLUTION_COLOR, box,
                           [FULL_DATA_COLOR, *STAR_OTHERS])
    return int((np.linalg.norm(pixels - expected, axis=1) <= reach).sum())


def shown_before(video, index: int, norm: str, result, k: int) -> list[np.ndarray]:
    """Pixel boxes of the minibatch optima shown before the k-th (small dots by now)."""
    batch = result.batch_l1 if norm == "l1" else result.batch_l2
    return [video.disc_box(p, video.screen_px(CLOUD_DOT))
            for p in video.to_pixels(norm, index, batch[:k])]


def thin_ball_px(video) -> float:
    """How far a pixel of a ball's ordinary outline may lie from the ball (as the plane
    checks allow): beyond it, an L1 pixel belongs to the thick edge."""
    return video.half_stroke_px(theme.BALL_STROKE) + ANTIALIAS_PX + 0.5


def face_pixels(video, index: int, frame: np.ndarray, box: np.ndarray, beta: np.ndarray,
                excluded) -> np.ndarray:
    """L1-coloured pixels of the lasso plane further from the minibatch's own diamond than
    its ordinary outline reaches: the thick part, wherever it is drawn."""
    others = [theme.L1_COLOR, *DOT_COLORS, theme.LOSS_COLOR]
    mask = without_boxes(color_mask(frame, theme.L1_COLOR, others, box), excluded)
    pixels = pixel_centres(mask)
    radius = float(np.abs(beta).sum())
    gaps = curve_gap_px(video, "l1", index, pixels, np.zeros(2),
                        lambda x: norm_value(x, "l1"), radius)
    return pixels[np.abs(gaps) > thin_ball_px(video)]


def check_face(video, index: int, frame: np.ndarray, box: np.ndarray, beta: np.ndarray,
               excluded) -> dict:
    """The thick part of the lasso plane is the edge (or corner) of the minibatch's own
    diamond that its optimum lies on: every thick pixel lies within the thick stroke of
    it, and it is drawn along (nearly) all of its length in view."""
    expected = [densify(video.to_pixels("l1", index, piece)) for piece in lasso_face(beta)]
    assert expected, f"no face for {beta}"
    thick = face_pixels(video, index, frame, box, beta, excluded)
    half = video.half_stroke_px(FACE_STROKE)
    assert len(thick) >= 20, (
        f"lasso: no thick edge at frame {index} ({video.time(index):.2f} s): {len(thick)} px")
    along = np.vstack(expected)
    far = cKDTree(along).query(thick)[0]
    assert far.max() <= half + ANTIALIAS_PX + 1.5, (
        f"lasso: thick pixels {far.max():.1f} px from the edge of the optimum "
        f"{np.round(beta, 3)} at frame {index} ({video.time(index):.2f} s)")
    (left, top), (right, bottom) = box
    inside = ((along[:, 0] > left + 3) & (along[:, 0] < right - 3)
              & (along[:, 1] > top + 3) & (along[:, 1] < bottom - 3))
    for lo, hi in excluded:
        inside &= ~np.all((along >= lo - 2) & (along <= hi + 2), axis=1)
    samples = along[inside][::3]
    near = cKDTree(thick).query(samples)[0]
    covered = float(np.mean(near <= half + ANTIALIAS_PX))
    assert covered >= 0.8, (
        f"lasso: only {covered:.0%} of the edge of the optimum {np.round(beta, 3)} drawn "
        f"thick at frame {index} ({video.time(index):.2f} s)")
    return {"thick_px": len(thick), "covered": covered, "worst_px": float(far.max())}


def without_face(video, index: int, frame: np.ndarray, box: np.ndarray, beta: np.ndarray,
                 excluded) -> np.ndarray:
    """``frame`` with the thick edge's pixels beyond the ordinary outline painted over in
    the background's colour, for the checks of the ball's outline (the edge passed
    ``check_face``: only those pixels go)."""
    frame = frame.copy()
    for x, y in np.floor(face_pixels(video, index, frame, box, beta, excluded)).astype(int):
        frame[y, x] = rgb(theme.BACKGROUND_COLOR)
    return frame


def without_ball_outline(video, index: int, frame: np.ndarray, norm: str, radius: float,
                         points: np.ndarray, box: np.ndarray) -> np.ndarray:
    """``frame`` with the full data's ball's outline (its stroke and antialiasing) painted
    over in the background's colour in ``box``, but for the discs of the dots at
    ``points`` (pixels), for the check of the cloud's dots: in the video's colour
    subsampling, the orange outline's pixels beside the green dots piled on its corner
    (the optima with b1 = 0) take a hue between the two, an optimum's yellow; they are the
    ball's pixels, not a dot's."""
    (left, top), (right, bottom) = np.floor(box).astype(int)
    columns, rows = np.meshgrid(np.arange(left, right), np.arange(top, bottom))
    pixels = np.column_stack([columns.ravel() + 0.5, rows.ravel() + 0.5])
    gaps = curve_gap_px(video, norm, index, pixels, np.zeros(2),
                        lambda x: norm_value(x, norm), radius)
    on_outline = np.abs(gaps) <= video.half_stroke_px(theme.BALL_STROKE) + ANTIALIAS_PX
    off_dots = cKDTree(points).query(pixels)[0] > video.screen_px(CLOUD_DOT) + ANTIALIAS_PX
    frame = frame.copy()
    for x, y in np.floor(pixels[on_outline & off_dots]).astype(int):
        frame[y, x] = rgb(theme.BACKGROUND_COLOR)
    return frame


def check_ball_label(video, index: int, frame: np.ndarray, norm: str, result) -> float:
    """The grey label under the plane is centred under the full data's ball's corner on the
    b1 axis, and its tick stands there: returns the offset (px)."""
    scene = video.scene
    axes = scene.planes[norm]["axes"]
    band = scene.planes[norm]["label_band"]
    plane_box = video.pixel_box(axes, margin_px=0.0)
    top = plane_box[1, 1] + 2.5  # below the window's frame, anti-aliased rows included
    bottom = video.screen_to_pixels(np.array([[0.0, band.bottom, 0.0]]))[0, 1]
    region = np.array([[plane_box[0, 0] - 10.0, top], [plane_box[1, 0] + 10.0, bottom]])
    grey = bright_pixels(frame, region)  # only the label and its tick are drawn there
    assert len(grey) > 30, f"{norm}: no label under the plane at frame {index}"
    corner = video.to_pixels(norm, index, [[ball_radius(result, norm), 0.0]])[0, 0]
    middle = 0.5 * (grey[:, 0].min() + grey[:, 0].max())
    assert abs(middle - corner) <= 3.0, (
        f"{norm}: the full data's ball's label is centred at x = {middle:.1f} px, the ball "
        f"meets the b1 axis at {corner:.1f} px (frame {index})")
    tick = grey[grey[:, 1] < top + video.screen_px(TICK) - 1.0]  # above the text's top
    assert len(tick) and np.abs(tick[:, 0] - corner).max() <= 2.5, (
        f"{norm}: the label's tick is not under the ball's corner at frame {index}")
    return float(abs(middle - corner))


def check_full_ball(video, index: int, frame: np.ndarray, norm: str, result, box: np.ndarray,
                    needed: float, over: np.ndarray | None = None) -> float:
    """The full data's ball is drawn in its norm's colour (not grey): at least ``needed``
    of its outline's points in view (less those under the cloud's dots ``over``, pixel
    centres, and the star) have a pixel of that colour within the ball's stroke.
    Returns the share."""
    outline = norm_named(norm).outline(ball_radius(result, norm), 400)
    points = video.to_pixels(norm, index, outline)
    (left, top), (right, bottom) = box
    points = points[(points[:, 0] > left + 3) & (points[:, 0] < right - 3)
                    & (points[:, 1] > top + 3) & (points[:, 1] < bottom - 3)]
    hidden = [video.to_pixels(norm, index, [result.full_l1 if norm == "l1"
                                            else result.full_l2])]
    reach = video.screen_px(STAR_RADIUS) + 2.0
    if over is not None:
        hidden.append(over)
    tree = cKDTree(np.vstack(hidden))
    points = points[tree.query(points)[0] > reach]
    if over is not None and len(points) < 20:  # the cloud covers the ball's edge in view
        return float("nan")
    assert len(points) >= 20, f"{norm}: the full data's ball is not in view at frame {index}"
    color = theme.NORM_COLORS[norm]
    mask = color_mask(frame, color, [*STAR_OTHERS, FULL_DATA_COLOR], box)
    drawn = pixel_centres(mask)
    assert len(drawn), f"{norm}: nothing in {color} at frame {index}"
    near = cKDTree(drawn).query(points)[0] <= video.half_stroke_px(theme.BALL_STROKE) + 2.0
    share = float(np.mean(near))
    assert share >= needed, (
        f"{norm}: the full data's ball drawn in its colour along {share:.0%} of its outline "
        f"at frame {index} ({video.time(index):.2f} s)")
    return share


def dot_pixel_count(frame: np.ndarray, boxes) -> int:
    return sum(int(color_mask(frame, color, [*DOT_COLORS, theme.L1_COLOR, theme.L2_COLOR,
                                             theme.LOSS_COLOR], box).sum())
               for box in boxes for color in DOT_COLORS)


def check_stability(video) -> dict:
    scene = video.scene
    results = [minibatch_stability(rho, BATCH_SIZE, BATCHES, SEED) for rho in RHO_STEPS]
    boxes = {norm: video.plane_box(plane["axes"]) for norm, plane in scene.planes.items()}
    checkers = {norm: PlaneChecker(video, norm, box) for norm, box in boxes.items()}
    stars = {norm: MarkerCheck(f"{norm} full-data optimum") for norm in boxes}
    trackers = video.timeline["trackers"]
    summary: dict[str, object] = {"faces": 0, "corners": 0, "labels": 0}
    # the beats follow mathcore: no changed zero, no "jumps to a corner"
    names = [beat["name"] for beat in scene.beats]
    expected_names = ["st_start"]
    for step, result in enumerate(results):
        flat = "_flat" if result.support_differs() == 0.0 else ""
        expected_names += [f"st_batches{flat}", f"st_step{flat}"]
        expected_names += ["st_mech"] if step == 0 else []  # the 1-D picture after rho = 0
    assert names == expected_names
    assert results[0].support_differs() == 0.0 and results[-1].support_differs() > 0.0
    # minibatches one by one: contour touching its own ball at its optimum, the thick edge
    held: dict[tuple[int, int], list[int]] = {}  # (step, k): the frames minibatch k is shown
    for k in range(video.frame_count):
        step, batch = trackers["step"][k], trackers["batch"][k]
        if step is not None and step >= 0 and 0 < batch < BATCHES:
            held.setdefault((int(step), int(batch)), []).append(k)
    assert sorted(held) == [(step, k + 1) for step in range(len(RHO_STEPS))
                            for k in range(SHOWN_ONE_BY_ONE)]
    # slowly at first (about 3 s each for the first minibatches), then faster
    for (step, k), frames in held.items():
        assert len(frames) / video.fps == pytest.approx(BATCH_SECONDS[step][k - 1],
                                                        abs=1.5 / video.fps), (step, k)
    assert min(BATCH_SECONDS[0][:2]) >= 2.5
    assert all(list(row) == sorted(row, reverse=True) for row in BATCH_SECONDS)
    middles = [frames[len(frames) // 2] for frames in held.values()]  # every one of them
    for index, frame in video.frames(middles).items():
        if index == middles[0]:
            summary["header_lines"] = check_header(video, index, frame)
        result = results[int(video.value("step", index))]
        k = int(video.value("batch", index)) - 1
        loss = QuadraticLoss.from_gram(result.batch_grams[0][k], result.batch_grams[1][k])
        full = {"l1": result.full_l1, "l2": result.full_l2}
        for norm, beta in (("l1", result.batch_l1[k]), ("l2", result.batch_l2[k])):
            star = video.to_pixels(norm, index, full[norm])[0]
            dot = video.to_pixels(norm, index, beta)[0]
            excluded = [video.disc_box(star, video.screen_px(STAR_RADIUS)),
                        *shown_before(video, index, norm, result, k)]
            picture_frame = frame
            if norm == "l1":
                near_dot = video.disc_box(dot, video.dot_radius_px + 2.0)
                check_face(video, index, frame, boxes[norm], beta, [*excluded, near_dot])
                summary["faces"] += 1
                summary["corners"] += int(np.any(beta == 0.0))
                picture_frame = without_face(video, index, frame, boxes[norm], beta, excluded)
            # a minibatch optimum is where its contour touches the ball through it
            radius = float(np.linalg.norm(beta, ord=1 if norm == "l1" else 2))
            checkers[norm].check(index, picture_frame, PlanePicture(
                plane=norm, ball_gauge=lambda x, norm=norm: norm_value(x, norm), radius=radius,
                ball_color=theme.NORM_COLORS[norm], loss_center=loss.center,
                loss_matrix=loss.matrix, level=float(loss.value(beta)), optimum=beta,
                zeros=tuple(np.flatnonzero(beta == 0.0)),
                marker_color=optimum_color(beta)), excluded=excluded)
    assert summary["corners"] >= 1 and summary["faces"] - summary["corners"] >= 1
    # the full data alone: batch 0 before a step's first minibatch (batch 0 also marks
    # the growth of the rest of the cloud, whose dots crowd the star)
    # (less the last 0.6 s before the first minibatch: its ball and label fade out then)
    upcoming, upcoming_at, alone = None, 0, []
    fading = round(0.6 * video.fps)
    for k in range(video.frame_count - 1, -1, -1):
        if trackers["batch"][k] not in (None, 0):
            upcoming, upcoming_at = trackers["batch"][k], k
        elif (trackers["step"][k] is not None and trackers["step"][k] >= 0
              and trackers["batch"][k] == 0 and upcoming == 1 and k < upcoming_at - fading):
            alone.append(k)
    alone.sort()
    picked = [alone[round(i)] for i in np.linspace(0, len(alone) - 1, 8)]
    for index, frame in video.frames(picked).items():
        result = results[int(video.value("step", index))]
        for norm, full in (("l1", result.full_l1), ("l2", result.full_l2)):
            star = video.to_pixels(norm, index, full)[0]
            stars[norm].add(index, star, star_centre(frame, star, video), video)
            # the full data's optimum is the white reference, not an optimum's yellow
            assert yellow_near(frame, star, video) == 0, (norm, index)
            check_ball_label(video, index, frame, norm, result)
            summary["labels"] += 1
            # (where the full data's grey contour runs along it, it hides the ball's edge)
            check_full_ball(video, index, frame, norm, result, boxes[norm], 0.25)
    for check in [c.marker for c in checkers.values()]:
        check.assert_within(video)
    for check in stars.values():  # its outline's pixels, over the ball's coloured edge and
        check.assert_within(video, tolerance=3.0)  # by its dark rim: found within 3 px
    assert all(len(check.frames) >= 2 for check in stars.values())
    checkers["l1"].marker.assert_moves(video)
    cloud_stars = {norm: MarkerCheck(f"{norm} full-data optimum over the cloud")
                   for norm in boxes}
    for step, result in enumerate(results):
        # the rest of the cloud grows in: batch 0 between the last single minibatch and 200
        frames_of_step = [k for k in range(video.frame_count) if trackers["step"][k] == step]
        last_single = max(k for k in frames_of_step if trackers["batch"][k] == SHOWN_ONE_BY_ONE)
        done = [k for k in frames_of_step if trackers["batch"][k] == BATCHES]
        growing = [k for k in frames_of_step if last_single < k < done[0]]
        picks = [growing[round(s * (len(growing) - 1))] for s in (0.2, 0.5, 0.8)]
        index = done[len(done) // 2]
        grown = video.frames([*picks, index])
        counts = [dot_pixel_count(grown[k], boxes.values()) for k in (*picks, index)]
        assert all(a < b for a, b in itertools.pairwise(counts)), (
            f"rho = {result.rho}: the cloud does not grow in ({counts} dot pixels)")
        assert counts[0] <= 0.6 * counts[-1], (
            f"rho = {result.rho}: most of the cloud appears at once ({counts} dot pixels)")
        summary[f"growth_{result.rho}"] = counts
        frame = grown[index]
        for norm, batch in (("l1", result.batch_l1), ("l2", result.batch_l2)):
            star = video.to_pixels(norm, index, result.full_l1 if norm == "l1"
                                   else result.full_l2)[0]
            # (the ball's outline is left out: beside the dots, its pixels may look yellow)
            dots_frame = without_ball_outline(video, index, frame, norm,
                                              ball_radius(result, norm),
                                              video.to_pixels(norm, index, batch), boxes[norm])
            check_dots(video, index, dots_frame, norm, batch, CLOUD_DOT,
                       excluded=[video.disc_box(star, video.screen_px(STAR_RADIUS))])
            # the full data's ball back under the cloud, in its colour; the star on top
            # (a grey ball would give 0 %; the dense cloud hides much of the edge)
            check_full_ball(video, index, frame, norm, result, boxes[norm], 0.25,
                            over=video.to_pixels(norm, index, batch))
            cloud_stars[norm].add(index, star, star_centre(frame, star, video), video)
    for check in cloud_stars.values():
        check.assert_within(video, tolerance=3.0)
    return {norm: c.summary() for norm, c in checkers.items()} | summary


def check_header(video, index: int, frame: np.ndarray) -> int:
    """Between the title and the planes (or the 1-D picture), at most two short lines of
    text: returns how many (runs of drawn pixel rows, apart by more than 2 empty rows)."""
    scene = video.scene
    top = video.screen_to_pixels(np.array([[0.0, scene.title.get_bottom()[1], 0.0]]))[0, 1]
    # down to the planes' names (they may reach a little above the planes' area)
    below = max(scene.picture_area.top,
                *[plane["header"].get_top()[1] for plane in scene.planes.values()])
    bottom = video.screen_to_pixels(np.array([[0.0, below, 0.0]]))[0, 1] - 1.0
    width = video.timeline["pixel_size"][0]
    drawn = bright_pixels(frame, np.array([[0.0, top + 2.0], [width, bottom]]))
    assert len(drawn), f"no text above the planes at frame {index}"
    rows = np.unique(np.floor(drawn[:, 1]).astype(int))
    lines = 1 + int(np.sum(np.diff(rows) > 3))
    assert lines <= 2, f"{lines} lines of text above the planes at frame {index}"
    assert np.ptp(drawn[:, 0]) <= 0.75 * width, (
        f"the text above the planes spans {np.ptp(drawn[:, 0]):.0f} of {width} px "
        f"at frame {index}")
    return lines


def mech_px(video, row: dict, value: float) -> np.ndarray:
    """Pixel of ``value`` on a row of the 1-D picture."""
    return video.screen_to_pixels(np.array([MinibatchStability.mech_point(row, value)]))[0]


MECH_PALETTE = [theme.LOSS_COLOR, theme.SOLUTION_COLOR, theme.ZERO_COLOR, FULL_DATA_COLOR,
                theme.AXES_COLOR, theme.MUTED_TEXT_COLOR, theme.L1_COLOR, theme.L2_COLOR]


def check_mechanism(video) -> dict:
    """The 1-D picture after rho = 0, held: on each row, the dots of the first minibatches'
    least-squares (pink), ridge and lasso fits (yellow) exactly where mathcore's 1-D maps
    put them and nowhere else, a row only once it has come; the full data's fits as white
    stars with no white text beside them; once the lasso row has come, the green zone from
    -alpha to alpha on the least-squares row (the raw fits the lasso sends to 0) with its
    green label under it, and no green on the lasso row (no fit there is 0); the ridge
    dots' spread is the least-squares one divided by 1 + lambda, the lasso's is the same;
    above it all, at most two short lines (the key is gone)."""
    scene = video.scene
    result = minibatch_stability(RHO_STEPS[0], BATCH_SIZE, BATCHES, SEED)
    mech = orthogonal_mechanism(result, MECH_COUNT)
    assert np.all(mech.lasso != 0.0)  # no fit within lambda of 0 at rho = 0
    assert mech.ratio == pytest.approx(1.0 + result.lam)
    rows = scene.mech_layout
    phases = video.timeline["trackers"]["mech"]
    held = {p: [k for k in range(video.frame_count) if phases[k] == p] for p in (1, 2, 3, 4)}
    assert all(len(frames) >= 5 for frames in held.values()), {
        p: len(f) for p, f in held.items()}
    picks = [held[1][len(held[1]) // 2], held[2][len(held[2]) // 2],
             held[3][len(held[3]) // 2], held[4][2], held[4][-2]]
    radius = video.screen_px(MECH_DOT)
    summary: dict[str, float] = {"worst_dot_px": 0.0, "worst_star_px": 0.0}
    for index, frame in video.frames(picks).items():
        phase = int(video.value("mech", index))
        check_header(video, index, frame)
        spans = {}
        for name in MECH_ROWS:
            row = rows[name]
            low, high = row["range"]
            (left, y), right = mech_px(video, row, low), mech_px(video, row, high)[0]
            band = np.array([[left - 5, y - radius - 4], [right + 5, y + radius + 4]])
            color = theme.LOSS_COLOR if name == "least_squares" else theme.SOLUTION_COLOR
            pixels = region_pixels(frame, color, band, MECH_PALETTE)
            shown = (name == "least_squares" or phase >= 3
                     or (name == "ridge" and phase >= 2))
            if not shown:
                assert len(pixels) < 3, f"{name} row drawn too early (frame {index})"
                continue
            values = getattr(mech, name)
            centres = np.array([mech_px(video, row, v) for v in values])
            far = cKDTree(centres).query(pixels)[0]
            near = cKDTree(pixels).query(centres)[0]
            assert far.max() <= radius + ANTIALIAS_PX + 1.0, (
                f"{name}: a dot {far.max():.1f} px from every fit at frame {index}")
            # each dot is drawn (under the star, drawn on top with its dark rim, a part of it)
            star = mech_px(video, row, mech_full(mech, name))
            under_star = np.linalg.norm(centres - star, axis=1) <= video.screen_px(MECH_STAR) + 1
            allowed = np.where(under_star, radius, 1.0)
            assert np.all(near <= allowed), f"{name}: a fit not drawn at frame {index}"
            summary["worst_dot_px"] = max(summary["worst_dot_px"], float(far.max()) - radius)
            spans[name] = np.ptp(pixels[:, 0]) - 2 * radius  # the dots' centres' spread
            # the full data's fit: a white star
            reach = video.screen_px(MECH_STAR) + 2.0
            white = region_pixels(frame, FULL_DATA_COLOR,
                                  np.array([star - reach, star + reach]), MECH_PALETTE)
            white = white[np.linalg.norm(white - star, axis=1) <= reach]
            assert len(white) > 5, f"{name}: no star at frame {index}"
            assert np.linalg.norm(white.mean(axis=0) - star) <= 3.0, (
                f"{name}: star at {white.mean(axis=0)}, expected {star} (frame {index})")
            off = float(np.linalg.norm(white.mean(axis=0) - star))
            summary["worst_star_px"] = max(summary["worst_star_px"], off)
            summary[f"star_{name}_px"] = max(summary.get(f"star_{name}_px", 0.0), off)
            # no white text above or below the star (it would pull the star finder off;
            # along the row, the rims of touching dots may blend to near white)
            near = region_pixels(frame, FULL_DATA_COLOR,
                                 np.array([star - 3 * reach, star + 3 * reach]), MECH_PALETTE)
            beside = ((np.linalg.norm(near - star, axis=1) > reach)
                      & (np.abs(near[:, 1] - star[1]) > radius + 2.0))
            assert beside.sum() < 3, f"{name}: white beside its star at frame {index}"
        scale = video.screen_px(1.0) * (rows["ridge"]["right"] - rows["ridge"]["left"]) / (
            rows["ridge"]["range"][1] - rows["ridge"]["range"][0])  # px per unit of b1
        ls_span = np.ptp(mech.least_squares) * scale
        # (within 4 px: a dot's anti-aliased rim over the green zone or a link is not yellow)
        assert spans["least_squares"] == pytest.approx(ls_span, abs=4.0)
        if phase >= 2:  # ridge: the spread divided by 1 + lambda
            assert spans["ridge"] == pytest.approx(ls_span / (1.0 + result.lam), abs=4.0)
        if phase >= 3:  # lasso: the same spread
            assert spans["lasso"] == pytest.approx(ls_span, abs=4.0)
        # the zone [-alpha, alpha] on the least-squares row, with the lasso row
        row, half = rows["least_squares"], video.half_stroke_px(ZONE_STROKE)
        (left, y), right = mech_px(video, row, -mech.alpha), mech_px(video, row, mech.alpha)[0]
        band = np.array([[left - 20, y - half - 4], [right + 20, y + half + 4]])
        green = region_pixels(frame, theme.ZERO_COLOR, band, MECH_PALETTE)
        below = np.array([[mech_px(video, row, row["range"][0])[0], y + half + 4],
                          [mech_px(video, row, row["range"][1])[0],
                           mech_px(video, rows["lasso"], 0.0)[1] - radius - 4]])
        name_px = region_pixels(frame, theme.ZERO_COLOR, below, MECH_PALETTE)
        lasso_row = rows["lasso"]
        lasso_y = mech_px(video, lasso_row, 0.0)[1]
        lasso_band = np.array([[mech_px(video, lasso_row, lasso_row["range"][0])[0], lasso_y - 8],
                               [mech_px(video, lasso_row, lasso_row["range"][1])[0],
                                lasso_y + 8]])
        assert len(region_pixels(frame, theme.ZERO_COLOR, lasso_band, MECH_PALETTE)) < 3
        if phase >= 3:
            assert len(green) > 50, f"no zone at frame {index}"
            assert green[:, 0].min() == pytest.approx(left, abs=2.0)
            assert green[:, 0].max() == pytest.approx(right, abs=2.0)
            assert np.abs(green[:, 1] - y).max() <= half + ANTIALIAS_PX + 0.5
            # its label: green text under the zone, as wide as half of it at least
            assert len(name_px) > 30, f"no label under the zone at frame {index}"
            ends = (name_px[:, 0].min(), name_px[:, 0].max())
            assert ends[0] >= left - 2.0 and ends[1] <= right + 2.0, (ends, left, right)
            assert ends[1] - ends[0] >= 0.5 * (right - left), (ends, left, right)
            summary["zone_px"] = float(right - left)
        else:  # nor the zone, nor its label
            assert len(green) < 3 and len(name_px) < 3, f"zone too early (frame {index})"
    return summary


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_minibatch_optima_contours_balls_and_edges(lang, rendered_video):
    video = rendered_video(MinibatchStability, lang)
    check_basics(video)
    check_stability(video)
    check_mechanism(video)


def test_the_face_of_an_optimum():
    """The edge between the two corners of the optimum's quadrant, or its corner."""
    np.testing.assert_allclose(lasso_face(np.array([0.25, -0.5]))[0], [[0.75, 0], [0, -0.75]])
    corner = lasso_face(np.array([0.0, 1.2]))
    assert len(corner) == 2
    for piece in corner:
        np.testing.assert_allclose(piece[0], [0.0, 1.2])
        assert np.abs(piece[1]).sum() == pytest.approx(1.2)  # along the diamond
    assert lasso_face(np.zeros(2)) == []
    assert SHOWN_ONE_BY_ONE >= 2


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_interval_stays_on_one_line(lang):
    """The ratio's 95 % interval is never broken across two lines of the panel, and the
    first subtitle says why the minibatches' dots are not on one ball (fixed penalties)."""
    for key in ("st_rho", "st_rho_flat"):
        panel = text(key, lang, rho=0.9, ratio="6.19", low="5.64", high="11.87")
        line = next(line for line in panel.split("\n") if "5.64" in line)
        assert "11.87" in line, (key, panel)
    assert "λ1" in text("sub_st_start", lang, batches=BATCHES, size=BATCH_SIZE)
