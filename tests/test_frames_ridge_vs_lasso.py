"""Frame tests of scenes/ridge_vs_lasso.py: both coefficient paths drawn as mathcore computes
them, up to the swept share, and the ridge's zero crossings marked where mathcore finds
them in the note on them (not during the sweep); each panel's "non-zero: k / p" counter counts
mathcore's non-zero coefficients at the swept share; every knot and crossing is named; the
compared share and the least-squares end are marked; in the closing notes the counters count
at the compared share the notes speak of.  Also on a user's CSV file."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from manim import DL, UR
from scipy.spatial import cKDTree

from mathcore.datasets import Dataset, load_diabetes, read_csv
from mathcore.paths import budget_shares, lasso_path, ridge_path_at_shares, ridge_zero_crossings
from mathcore.preprocessing import standardize
from scenes import layout, theme
from scenes.base import CLOSING_STILL_SECONDS, STILL_SECONDS
from scenes.ridge_vs_lasso import (
    BACK_SECONDS,
    COMPARE_AT,
    CROSSING_DOT,
    DIM_OPACITY,
    HOLD_SECONDS,
    LIT_STROKE,
    LIVE_NAME_SIZE,
    MAGNIFY_BELOW,
    MAGNIFY_FILL,
    RIDGE_SAMPLES,
    SWEEP_SECONDS,
    TRACE_DOT,
    ZOOM_AT,
    ZOOM_DOT,
    RidgeVsLasso,
    name_list,
)
from scenes.strings import text
from tests.frames import (
    ANTIALIAS_PX,
    MARKER_COLOR_TOLERANCE,
    UNDER_CURSOR_PX,
    assert_near_polylines,
    assert_reaches,
    bright_pixels,
    check_basics,
    classify,
    color_mask,
    densify,
    inside_box,
    pixel_centres,
    rgb,
    spread,
    still_runs,
    without_boxes,
)
from tests.scene_rendering import data_points
from tests.test_theme import oklch, oklch_of_rgb, reads_as_no_meaning

pytestmark = pytest.mark.slow


def paths(data: Dataset | None = None) -> dict:
    data = load_diabetes() if data is None else data
    X = standardize(data.X)
    lasso = lasso_path(X, data.y)
    shares = np.linspace(0.0, 1.0, RIDGE_SAMPLES)
    return {"l1": (budget_shares(lasso.coefs, "l1"), lasso.coefs),
            "l2": (shares, ridge_path_at_shares(X, data.y, shares).coefs),
            "crossings": ridge_zero_crossings(X, data.y), "lasso": lasso}


def sweep_lit(drawn: dict, share: float) -> int:
    """The feature lit at ``share`` in the sweep: that of mathcore's last lasso knot at or
    before it."""
    lasso, shares = drawn["lasso"], drawn["l1"][0]
    knots = [(shares[int(np.flatnonzero(lasso.alphas == e.alpha)[0])], e.feature)
             for e in lasso.events]
    return [feature for at, feature in knots if at <= share][-1]


def colours(drawn: dict, lit: frozenset[int] | set[int] | None) -> list[str]:
    """Each feature's colour with the features ``lit`` singled out (None: none): the lit
    ones the feature palette's two colours in turn down mathcore's least-squares
    coefficients, largest first; every other one the rest grey."""
    least_squares = drawn["l2"][1][-1]
    order = [j for j in sorted(range(len(least_squares)), key=lambda j: -least_squares[j])
             if j in (lit or ())]
    shown = [theme.FEATURE_REST] * len(least_squares)
    for k, j in enumerate(order):
        shown[j] = theme.FEATURE_PALETTE[k % len(theme.FEATURE_PALETTE)]
    return shown


def rest_pixels(crop: np.ndarray, least: float = 0.5, tolerance: float = 25.0) -> np.ndarray:
    """The pixels of ``crop`` drawn in the rest grey: the background plus a share from
    ``least`` to 1.15 of the grey's offset from it, within ``tolerance`` (``color_mask``'s
    blend fit splits a grey between the colour and its grey, which are one here; the
    text's white lies further out)."""
    base = rgb(theme.BACKGROUND_COLOR)
    span = rgb(theme.FEATURE_REST) - base
    offsets = crop.astype(float) - base
    share = offsets @ span / (span @ span)
    residual = np.linalg.norm(offsets - share[..., None] * span, axis=-1)
    return (share >= least) & (share <= 1.15) & (residual < tolerance)


def axis_bands(video, norm: str, index: int, region: np.ndarray) -> list[np.ndarray]:
    """Pixel boxes of the plot's own grey lines: the 0 line and the coefficient axis at
    s = 0 across ``region`` (their stroke and antialiasing), each axis's tick marks, and
    the zoom's mark on the 0 line."""
    axes = video.scene.panels[norm]["axes"]
    origin = video.to_pixels(norm, index, [[0.0, 0.0]])[0]
    reach = video.half_stroke_px(theme.AXES_STROKE) + ANTIALIAS_PX + 0.5
    return [np.array([[region[0, 0], origin[1] - reach], [region[1, 0], origin[1] + reach]]),
            np.array([[origin[0] - reach, region[0, 1]], [origin[0] + reach, region[1, 1]]]),
            *[video.pixel_box(tick, 1.5) for tick in [*axes.x_axis.ticks, *axes.y_axis.ticks,
                                                      video.scene.panels[norm]["zoom_spot"]]]]


def outside(points: np.ndarray, boxes: list[np.ndarray]) -> np.ndarray:
    """The points (pixels) outside every pixel box of ``boxes``."""
    for box in boxes:
        points = points[~np.all((points >= box[0]) & (points <= box[1]), axis=1)]
    return points


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


def box_px(video, left_top: np.ndarray, right_bottom: np.ndarray,
           margin_px: float = 2.0) -> np.ndarray:
    """The pixel box ((left, top), (right, bottom)) of a box given by two frame points."""
    corners = video.screen_to_pixels(np.array([left_top, right_bottom]))
    return np.array([corners.min(axis=0) - margin_px, corners.max(axis=0) + margin_px])


def label_boxes(video, norm: str, share: float, lit: frozenset[int] | None
                ) -> dict[int, tuple[np.ndarray, np.ndarray]]:
    """Each live name's pixel box and its leader's (from the curve's end to the name) at
    ``share`` with the features ``lit``, as the scene lays them out."""
    scene = video.scene
    tags = scene.panels[norm]["names"][:-1]
    boxes = {}
    for j, (end, centre) in scene.label_layout(norm, share, lit).items():
        half = np.array([tags[j].width / 2, tags[j].height / 2, 0.0])
        boxes[j] = (box_px(video, centre - half, centre + half, 1.0),
                    box_px(video, end, [centre[0] - half[0], centre[1], 0.0], 2.0))
    return boxes


def check_ridge_vs_lasso(video, data: Dataset | None = None) -> dict:
    scene = video.scene
    drawn = paths(data)
    palette = theme.FEATURE_PALETTE
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
            names = [box for pair in label_boxes(video, norm, share, frozenset(
                {sweep_lit(drawn, share)})).values() for box in pair]
            pixels = pixel_centres(without_boxes(mask, [band, *names,
                                                        *(dots if norm == "l2" else ())]))
            curves = [video.to_pixels(norm, index, line) for line in revealed(*drawn[norm], share)]
            # at least half of a colour: the lit curve (LIT_STROKE wide); the others are
            # drawn grey at DIM_OPACITY
            worst[f"{norm}_off_px"] = max(worst.get(f"{norm}_off_px", 0.0), assert_near_polylines(
                video, index, pixels, curves, f"{norm} paths", LIT_STROKE))
            # the grey ones cannot be told apart by colour: every pixel drawn in the plot
            # (outside its own grey lines, the cursor and the lit name) lies on one of
            # mathcore's curves
            # (and where the cursor stood the 3 frames before: the encoder leaves a faint
            # trail of its dashes there)
            trail = [video.cursor_band(norm, i, video.value("share", i), region)
                     for i in range(max(index - 3, 0), index)]
            hidden = [band, *trail, *names, *axis_bands(video, norm, index, region),
                      video.pixel_box(scene.panels[norm]["scale"][1], 1.0),  # the axis name
                      *(dots if norm == "l2" else ())]
            lines = bright_pixels(frame, region, hidden, 20.0)
            # (where mathcore's curves all run inside those boxes, on the 0 line, none is
            # to be seen: s near 0)
            if len(outside(np.vstack([densify(c, 1.0) for c in curves]), hidden)) >= 20:
                worst[f"{norm}_grey_off_px"] = max(worst.get(f"{norm}_grey_off_px", 0.0),
                                                   assert_near_polylines(
                    video, index, lines, curves, f"{norm} grey paths", LIT_STROKE))
            lit = sweep_lit(drawn, share)
            # every curve drawn up to the sweep: the lit one bright, the dimmed ones faint
            # (their luma at least 10 over the background's, a third of what they add)
            for group, contrast in (([lit], 40.0), ([j for j in range(len(curves)) if j != lit],
                                                    10.0)):
                worst[f"{norm}_head_px"] = max(worst.get(f"{norm}_head_px", 0.0), assert_reaches(
                    video, index, bright_pixels(frame, region, [band], contrast),
                    [curves[j] for j in group], f"{norm} paths",
                    LIT_STROKE if contrast == 40.0 else theme.PATH_STROKE,
                    back_px=UNDER_CURSOR_PX))
        # the ridge's crossings of 0 are not marked during the sweep (marks on the 0 line
        # would read as entries, like the lasso's): no crossing's name under the plot
        for crossing, tag in zip(drawn["crossings"], scene.crossing_tags, strict=True):
            if crossing.share <= share - 0.01:  # nothing at all is drawn there
                shown = len(bright_pixels(frame, video.pixel_box(tag, 1.0), contrast=25.0))
                worst["crossing_name_in_sweep"] = max(worst.get("crossing_name_in_sweep", 0),
                                                      shown)
                assert shown == 0, (f"the crossing name {tag.original_text} is drawn during "
                                    f"the sweep (frame {index}: {shown} px)")
    # in the note on them (its last frame: the beads gone), a dot where ridge crosses 0
    last = video.beats("rvl_crossings")[0][1] if drawn["crossings"] else None
    if last is not None:
        frame = video.frames([last])[last]
        # lit there: the features that cross 0
        lit = colours(drawn, {crossing.feature for crossing in drawn["crossings"]})
        ridge_box = video.plane_box(scene.panels["l2"]["axes"])
        for crossing in drawn["crossings"]:
            point = video.to_pixels("l2", last, [[crossing.share, 0.0]])[0]
            # the dot's own colour, judged directly: the blend fit of ``color_mask`` may
            # give a rim pixel to a neighbouring reddish feature colour
            mask = color_mask(frame, lit[crossing.feature], palette, ridge_box,
                              tolerance=MARKER_COLOR_TOLERANCE) | (np.abs(
                frame.astype(float) - rgb(lit[crossing.feature])).max(axis=2)
                <= MARKER_COLOR_TOLERANCE)
            covered = disc_coverage(mask, point, video.screen_px(CROSSING_DOT) - 1.5)
            worst["crossing_cover"] = min(worst.get("crossing_cover", 1.0), covered)
            # the curve alone, 1.8 px wide, covers about half of the disc: a dot covers it
            assert covered >= 0.7, (f"no dot where ridge crosses 0 at s = {crossing.share:.3f}"
                                    f" (frame {last}: {covered:.0%} of the disc)")
    return {key: round(value, 2) for key, value in worst.items()}


#: A glyph's core pixel of small text in the 4:2:0 video: at least this share of the way
#: from the background's OKLab lightness to the colour's (and at most 0.03 past it), its
#: OKLCh hue within ``STROKE_HUE`` degrees of the colour's, and its chroma between
#: ``STROKE_CHROMA`` of the colour's (times that share): the encoder keeps a thin stroke's
#: lightness and hue but halves its chroma, which then matches a duller feature colour
#: of the same family (measured: #9693FB keeps 0.58 of its chroma, #8EB028 0.51).
STROKE_SHARE, STROKE_HUE, STROKE_CHROMA = 0.85, 15.0, (0.35, 1.1)


def stroke_pixels(crop: np.ndarray, color: str) -> np.ndarray:
    """The pixels of ``crop`` that are the core of a thin stroke of ``color``: its
    lightness and hue, and a chroma the encoder may have cut down (``STROKE_SHARE``)."""
    light, chroma, hue = np.moveaxis(oklch_of_rgb(crop), -1, 0)
    own_light, own_chroma, own_hue = oklch(color)
    under = oklch(theme.BACKGROUND_COLOR)[0]
    share = (light - under) / (own_light - under)
    low, high = STROKE_CHROMA
    return ((share >= STROKE_SHARE) & (light <= own_light + 0.03)
            & (np.abs((hue - own_hue + 180) % 360 - 180) <= STROKE_HUE)
            & (chroma >= low * own_chroma * share) & (chroma <= high * own_chroma * share))


def colour_pixels(frame: np.ndarray, color: str, box: np.ndarray) -> int:
    """Pixels in the pixel box drawn in ``color`` (of the feature palette): by blend, or
    (light colours, whose blends lie near each other) by the colour itself, or (small
    text) as the core of a thin stroke of it (``stroke_pixels``)."""
    (left, top), (right, bottom) = np.floor(box[0]).astype(int), np.ceil(box[1]).astype(int)
    return int(colour_mask(frame[max(top, 0):max(bottom, 0), max(left, 0):max(right, 0)],
                           color).sum())


def colour_mask(crop: np.ndarray, color: str) -> np.ndarray:
    """The pixels of ``crop`` drawn in ``color``, as ``colour_pixels`` counts them."""
    own = np.abs(crop.astype(float) - rgb(color)).max(axis=2) <= MARKER_COLOR_TOLERANCE
    if color == theme.FEATURE_REST:
        return rest_pixels(crop) | own
    return color_mask(crop, color, theme.FEATURE_PALETTE) | own | stroke_pixels(crop, color)


def check_live_names(video, data: Dataset | None = None) -> dict:
    """During the sweep the lit curve (the lasso's last knot's feature), where it is not 0,
    has its name at its live end (the other curves and the lasso's zeros unnamed), in its
    colour, right of the end and inside the plot's height.  In the closing notes the lit
    features' names stand right of s = 1, under the least-squares tag, drawn at least as
    tall as the same text at the size where digits are 14 px high at 480p and at least
    4 px apart (decoded); at the end (none singled out) none is named."""
    scene, drawn, found = video.scene, paths(data), {}
    lasso, shares = drawn["lasso"], drawn["l1"][0]
    # every other frame of those the paths' check decoded
    for index, frame in video.frames(spread(video.changing("share"), 12, 0)[::2]).items():
        share = video.value("share", index)
        lit = sweep_lit(drawn, share)
        exact = {"l1": lasso.coefs_at(np.interp(share, shares, lasso.alphas))}
        for norm in ("l1", "l2"):
            axes = scene.panels[norm]["axes"]
            placed = scene.label_layout(norm, share, frozenset({lit}))
            live = exact["l1"][lit] != 0.0 if norm == "l1" else share > 0
            assert sorted(placed) == ([lit] if live else []), (norm, share, sorted(placed))
            plot = video.pixel_box(axes, 0.0)
            for j, (tag_box, _) in label_boxes(video, norm, share, frozenset({lit})).items():
                end, centre = placed[j]
                assert centre[0] > end[0] + 0.1  # right of the curve's end
                assert plot[0, 1] - 1.5 <= tag_box[0, 1] and tag_box[1, 1] <= plot[1, 1] + 1.5
                shown = colour_pixels(frame, colours(drawn, {lit})[j], tag_box)
                found[f"{norm}_{j}"] = min(found.get(f"{norm}_{j}", shown), shown)
                assert shown >= 20, (norm, share, scene.features[j], shown)
    zeros = frozenset(np.flatnonzero(lasso.coefs_at(np.interp(
        COMPARE_AT, shares, lasso.alphas)) == 0.0)) or frozenset(range(len(scene.features)))
    crossed = frozenset(c.feature for c in drawn["crossings"]) or frozenset(
        range(len(scene.features)))
    found.update(check_note_names(video, {"rvl_zeros": {"l1": zeros, "l2": zeros},
                                          "rvl_crossings": {"l1": frozenset(), "l2": crossed}}))
    last = video.frame_count - 1
    for norm in scene.panels:
        assert scene.label_layout(norm, video.value("share", last), None) == {}
    return found


def check_note_names(video, lit_in: dict[str, dict[str, frozenset[int]]]) -> dict:
    """In each closing note (beat prefix: the features lit on each plot) the lit names at
    s = 1: right of s = 1 and under the least-squares tag; decoded, each at least as tall
    as its text at the size where digits are 14 px high at 480p, and at least 4 px from
    the next.  A plot the note does not speak of (none lit there) names none: where the
    names of the other plot's lit features would stand, nothing is drawn."""
    from scenes.pieces import label

    scene, found = video.scene, {}
    height = video.timeline["pixel_size"][1]
    least = 100.0 * (14 * height / 480) / video.screen_px(label("0", 100.0).height)
    assert least <= LIVE_NAME_SIZE, (least, LIVE_NAME_SIZE)
    for prefix, lit_on in lit_in.items():
        start, end = video.beats(prefix)[0]
        index = (start + end) // 2
        frame = video.frames([index])[index]
        for norm, panel in scene.panels.items():
            axes, tag, lit = panel["axes"], panel["least_squares"][0], lit_on[norm]
            if not lit:  # no name where the other plot's lit names would stand
                others = frozenset().union(*lit_on.values())
                for j, (box, _) in label_boxes(video, norm, 1.0, others).items():
                    drawn = bright_pixels(frame, box, contrast=25.0)
                    found[f"{prefix}_{norm}_{scene.features[j]}_unnamed_px"] = len(drawn)
                    assert len(drawn) < 5, (prefix, norm, scene.features[j], len(drawn))
                continue
            placed = scene.label_layout(norm, 1.0, lit)
            assert sorted(placed) == sorted(lit), (prefix, norm, sorted(placed))
            extents = []
            for j, (box, _) in label_boxes(video, norm, 1.0, lit).items():
                name = scene.features[j]
                half = scene.panels[norm]["names"][j].height / 2
                assert placed[j][1][0] > axes.c2p(1.0, 0.0)[0]  # right of s = 1
                assert placed[j][1][1] + half <= tag.get_bottom()[1]  # under the tag
                drawn = bright_pixels(frame, box, contrast=25.0)
                assert len(drawn) >= 20, (prefix, norm, name, len(drawn))
                tall = float(np.ptp(drawn[:, 1]) + 1.0)
                expected = video.screen_px(label(name, least).height)
                found[f"{prefix}_{norm}_{name}_px"] = round(tall, 1)
                assert tall >= expected - 1.5, (prefix, norm, name, tall, expected)
                extents.append((drawn[:, 1].min(), drawn[:, 1].max(), name))
            for (_, bottom, a), (top, _, b) in itertools.pairwise(sorted(extents)):
                found[f"{prefix}_{norm}_{a}|{b}_gap_px"] = round(top - bottom - 1.0, 1)
                assert top - bottom - 1.0 >= 4.0, (prefix, norm, a, b, top - bottom)
    return found


def check_zoom(video, data: Dataset | None = None) -> dict:
    """The sweep stops at s = ZOOM_AT: each coefficient's |β| (mathcore's) as a dot in its
    colour on one log scale per plot, the exact zeros on the row under the scale; the
    ridge has none there, the lasso several."""
    scene, found = video.scene, {}
    data = load_diabetes() if data is None else data
    X = standardize(data.X)
    lasso = lasso_path(X, data.y)
    shares = budget_shares(lasso.coefs, "l1")
    values = {"l1": lasso.coefs_at(np.interp(ZOOM_AT, shares, lasso.alphas)),
              "l2": ridge_path_at_shares(X, data.y, np.array([ZOOM_AT])).coefs[0]}
    assert np.all(values["l2"] != 0.0)  # small, not 0
    # lit there, on both plots: the ridge's smallest, which the subtitle names
    lit = colours(paths(data), {int(np.argmin(np.abs(values["l2"])))})
    start, end = video.beat("rvl_zoom")
    held = [i for i in range(start, end) if video.value("share", i) == ZOOM_AT]
    index = held[len(held) // 2]
    frame = video.frames([index])[index]
    for norm in ("l1", "l2"):
        panel = scene.panels[norm]
        zero_row = panel["zoom_point"](0, 0.0)[1]
        # under the plot: it hides none of the plot and stays in the frame
        box = panel["zoom_box"]
        assert box.top < panel["axes"].get_bottom()[1], (norm, box)
        assert box.bottom >= layout.screen().bottom, (norm, box)
        for j, value in enumerate(values[norm]):
            centre = panel["zoom_point"](j, value)
            assert (centre[1] == zero_row) == (value == 0.0)
            point = video.screen_to_pixels(centre)[0]
            radius = video.screen_px(ZOOM_DOT)
            # the square around the dot: a disc fills 79 % of it
            covered = colour_pixels(frame, lit[j], np.array([point - radius,
                                                                 point + radius])
                                    ) / (2 * radius) ** 2
            found[f"{norm}_{j}"] = round(covered, 2)
            assert covered >= 0.5, (norm, scene.features[j], value, covered)
        # the scale's numbers and the readout under the heading are drawn
        for number in panel["zoom"][1]:
            if hasattr(number, "original_text"):
                assert ink(frame, number, video, theme.MUTED_TEXT_COLOR) + len(bright_pixels(
                    frame, video.pixel_box(number, 1.0), contrast=25.0)) >= 5
        readout = panel["zoom"][-1]
        # in its norm's colour (shrunk to a narrow box, by brightness alone)
        drawn = max(ink(frame, readout, video, theme.NORM_COLORS[norm]),
                    len(bright_pixels(frame, video.pixel_box(readout, 1.0), contrast=25.0)))
        found[f"{norm}_readout"] = drawn
        assert drawn >= 15
    found["lasso_zeros"] = int(np.count_nonzero(values["l1"] == 0.0))
    assert found["lasso_zeros"] >= 1
    # gone again once the sweep goes on
    later = video.beat("rvl_sweep")[0] + int(np.ceil(0.5 * video.fps)) + 2  # faded out
    frame = video.frames([later])[later]
    for panel in scene.panels.values():
        assert ink(frame, panel["zoom"][-1], video, theme.NORM_COLORS[panel_norm(scene, panel)]
                   ) <= 3
    return found


def panel_norm(scene, panel) -> str:
    return next(norm for norm, other in scene.panels.items() if other is panel)


def check_size_and_data(video, large: bool = True) -> dict:
    """Both plots large (over a third of the frame's width, 30 % of its height), the
    coefficient axis's digits at least 14 px high at 480p (scaled for other heights), and
    one line saying what the data are, from the loader (``large``: the diabetes data's
    short names; a user's long names narrow the plots)."""
    scene = video.scene
    width, height = video.timeline["pixel_size"]
    found = {}
    for norm, panel in scene.panels.items():
        axes = panel["axes"]
        found[f"{norm}_plot_px"] = (round(video.screen_px(axes.width)),
                                    round(video.screen_px(axes.height)))
        assert video.screen_px(axes.width) >= (0.33 if large else 0.25) * width
        assert video.screen_px(axes.height) >= 0.3 * height
        numbers = panel["scale"][0]
        digits = min(video.screen_px(number.height) for number in numbers)
        found[f"{norm}_digits_px"] = round(digits, 1)
        assert digits >= 14 * height / 480
    data = scene.dataset
    line = scene.data_line.original_text
    assert f"n = {data.X.shape[0]}" in line and str(len(data.features)) in line
    assert name_list(list(scene.features)) in line
    found["data_line_px"] = round(video.screen_px(scene.data_line.height), 1)
    assert found["data_line_px"] >= 16 * height / 480  # readable, not a footnote
    last = video.frame_count - 1
    found["data_line_ink"] = ink(video.frames([last])[last], scene.data_line, video,
                                 theme.MUTED_TEXT_COLOR)
    assert found["data_line_ink"] >= 60
    return found


def ink(frame: np.ndarray, mobject, video, color: str, margin_px: float = 1.0) -> int:
    """Pixels drawn in ``color`` inside ``mobject``'s box."""
    box = video.pixel_box(mobject, margin_px)
    mask = np.abs(frame.astype(float) - rgb(color)).max(axis=2) <= MARKER_COLOR_TOLERANCE
    return int(inside_box(mask, box).sum())


def check_counters_and_marks(video, data: Dataset | None = None) -> dict:
    """Counters count mathcore's non-zero coefficients at the swept share (and show it);
    every knot and crossing has its name; the compared share and s = 1 are marked."""
    scene, drawn = video.scene, paths(data)
    lasso, p = drawn["lasso"], drawn["l1"][1].shape[1]
    shares = drawn["l1"][0]
    seen = {"l1": set(), "l2": set()}
    sweep = spread(video.changing("share"), 12, 0)
    for index in sweep:
        share = video.value("share", index)
        exact = lasso.coefs_at(np.interp(share, shares, lasso.alphas))
        expected = {"l1": int(np.count_nonzero(exact)),
                    "l2": 0 if share == 0 else p - sum(c.share == share
                                                       for c in drawn["crossings"])}
        for norm in ("l1", "l2"):
            assert video.value(f"{norm}_nonzero", index) == expected[norm], (norm, share)
            seen[norm].add(expected[norm])
    assert len(seen["l1"]) >= 3  # the lasso's count climbs during the sweep
    frame = video.frames([sweep[len(sweep) // 2]])[sweep[len(sweep) // 2]]
    for panel in scene.panels.values():
        assert ink(frame, panel["counter"], video, theme.TEXT_COLOR) >= 20  # on screen
    last = video.frame_count - 1
    frame = video.frames([last])[last]
    counts = {}
    for norm, panel in scene.panels.items():
        tag = panel["compare"][1]
        counts[f"{norm}_compare_tag"] = ink(frame, tag, video, theme.TEXT_COLOR)
        x = video.to_pixels(norm, last, [[COMPARE_AT, 0.0]])[0, 0]
        top, bottom = video.plane_box(panel["axes"])[:, 1].astype(int)
        column = frame[top:bottom, round(float(x)) - 1:round(float(x)) + 2].astype(float)
        # the thin dashed line, blended to light grey (the curves crossing it are coloured)
        grey = (np.ptp(column, axis=2) < 30) & (column.min(axis=2) > 80)
        counts[f"{norm}_compare_line"] = int(grey.any(axis=1).sum())
        counts[f"{norm}_least_squares"] = ink(frame, panel["least_squares"][0], video,
                                              theme.MUTED_TEXT_COLOR)
        assert counts[f"{norm}_compare_tag"] >= 10 and counts[f"{norm}_least_squares"] >= 20
        assert counts[f"{norm}_compare_line"] >= 0.3 * (bottom - top)  # dashed, full height
    # every drawn knot / crossing point has its name, in its feature's colour (at the end,
    # none singled out: the rest grey)
    assert len(scene.crossing_tags) == len(drawn["crossings"]) == len(scene.crossing_dots)
    assert len(scene.knot_tags) == len(lasso.events)
    grey = rest_pixels(frame)
    for tag in [*scene.knot_tags, *scene.crossing_tags]:  # small text: judged by blend
        box = video.pixel_box(tag, 1.0)
        # by blend, or by its own colour
        shown = inside_box(grey, box).sum() + ink(frame, tag, video, theme.FEATURE_REST)
        assert shown >= 5, tag.original_text
    return counts


def check_counters_at_compare(video) -> dict:
    """In the closing notes (which speak of s = COMPARE_AT) the cursors go back to
    COMPARE_AT and the counters count there: each counter then shows the same pixels as when
    the sweep held at COMPARE_AT, and the lasso's differs from its count at s = 1."""
    scene, found = video.scene, {}
    start, end = video.beats("rvl_zeros")[0][0], video.beats("rvl_crossings")[0][1]
    back = [i for i in range(start, end + 1) if video.value("counted", i) == COMPARE_AT]
    assert len(back) >= 0.5 * (end - start + 1)
    held = [i for i in range(start) if video.value("share", i) == COMPARE_AT]
    assert all(video.value(f"{norm}_nonzero", i) == scene.nonzero_count(norm, COMPARE_AT)
               for i in back for norm in scene.panels)
    index, sweep_index, before = back[len(back) // 2], held[len(held) // 2], start - 1
    assert video.value("share", before) == 1.0 and video.value("share", index) == 1.0
    frames = video.frames([index, sweep_index, before])
    for norm, panel in scene.panels.items():
        expected = scene.nonzero_count(norm, COMPARE_AT)
        assert video.value(f"{norm}_nonzero", index) == expected
        assert video.value(f"{norm}_nonzero", sweep_index) == expected
        (left, top), (right, bottom) = video.pixel_box(panel["counter"], 1.0).astype(int)
        # the rows of the counter's own ink (the marks' row under it appears meanwhile)
        rows = bright_pixels(frames[sweep_index], video.pixel_box(panel["counter"], 1.0),
                             contrast=25.0)[:, 1]
        top, bottom = int(rows.min()) - 1, int(rows.max()) + 2
        crops = {k: frames[k][top:bottom, left:right].astype(float)
                 for k in (index, sweep_index, before)}
        # pixels that differ as a glyph's stroke does from the background (luma over 60
        # apart), not as the encoder's noise around still text does (a few units)
        weights = np.array([0.299, 0.587, 0.114])
        found[f"{norm}_same"] = int((np.abs((crops[index] - crops[sweep_index]) @ weights)
                                     > 60).sum())
        found[f"{norm}_vs_end"] = int((np.abs((crops[index] - crops[before]) @ weights)
                                       > 60).sum())
        assert found[f"{norm}_same"] <= 2, found  # what it read at s = COMPARE_AT
        if expected != scene.nonzero_count(norm, 1.0):
            assert found[f"{norm}_vs_end"] >= 30, found  # a digit changed
    assert scene.nonzero_count("l1", COMPARE_AT) < scene.nonzero_count("l1", 1.0)
    return found


def check_counter_follows_the_cursor_back(video) -> dict:
    """While the cursors go back from s = 1 to COMPARE_AT for the closing notes, each
    counter counts at the cursor's share on every frame, and nothing names s = COMPARE_AT
    before the cursors stand there.  Decoded, every frame of that move: each counter's
    pixels equal those of a frame of the sweep whose count (mathcore's, checked by
    ``check_counters_and_marks``) is mathcore's count at the recorded share (at most 2
    pixels differ by over 60 in luma), and the s = COMPARE_AT tag has no ink of its own
    until the move ends."""
    scene, found = video.scene, {}
    start, end = video.beats("rvl_zeros")[0]
    move = [i for i in range(start, end + 1)
            if COMPARE_AT < video.value("counted", i) < 1.0]
    assert len(move) >= 0.8 * BACK_SECONDS * video.fps, len(move)
    sweep = [i for i in range(start) if 0.0 < video.value("share", i) < 1.0]
    frames = video.frames(move)
    weights = np.array([0.299, 0.587, 0.114])
    for norm, panel in scene.panels.items():
        # a sweep frame for each count, with the rows of the counter's own ink
        reference = {}
        for i in sweep:
            reference.setdefault(int(video.value(f"{norm}_nonzero", i)), i)
        shown = video.frames(reference.values())
        (left, _), (right, _) = video.pixel_box(panel["counter"], 1.0).astype(int)
        rows = bright_pixels(shown[next(iter(reference.values()))],
                             video.pixel_box(panel["counter"], 1.0), contrast=25.0)[:, 1]
        top, bottom = int(rows.min()) - 1, int(rows.max()) + 2
        differ, tag_ink = [], []
        for i in move:
            expected = scene.nonzero_count(norm, video.value("counted", i))
            assert video.value(f"{norm}_nonzero", i) == expected, (norm, i)
            assert expected in reference, (norm, expected)  # the sweep showed this count
            crop = frames[i][top:bottom, left:right].astype(float)
            same = shown[reference[expected]][top:bottom, left:right].astype(float)
            differ.append(int((np.abs((crop - same) @ weights) > 60).sum()))
            tag_ink.append(ink(frames[i], panel["compare"][1], video, theme.TEXT_COLOR))
        found[f"{norm}_counts"] = sorted({scene.nonzero_count(norm, video.value("counted", i))
                                          for i in move})
        found[f"{norm}_most_differ"], found[f"{norm}_tag_ink"] = max(differ), max(tag_ink)
        assert max(differ) <= 2, (norm, differ)
        assert max(tag_ink) <= 2, (norm, tag_ink)  # "s = 0.5" not yet drawn
    assert len(found["l1_counts"]) >= 2, found  # the lasso's counter steps down on the way
    return found


def check_layout(video) -> dict:
    """The closing notes drawn clear of the subtitles' strip (3 % of the height above it)
    and 3 % of the width inside both sides, one at a time, digits at least 14 px high;
    both share axes named in the labels' plain font, on one level, under every ruler
    name; the coefficient axis numbered."""
    from scenes.layout import SUBTITLE_SHARE
    from scenes.pieces import label

    scene = video.scene
    width, height = video.timeline["pixel_size"]
    last = video.frame_count - 1
    frame = video.frames([last])[last]
    notes = bright_pixels(frame, video.pixel_box(scene.notes, 4.0))
    assert len(notes) >= 200  # the notes are drawn
    assert notes[:, 1].max() <= (1.0 - SUBTITLE_SHARE - 0.03) * height, notes[:, 1].max()
    assert notes[:, 0].min() >= 0.03 * width and notes[:, 0].max() <= 0.97 * width
    # one note at a time (the ridge's has replaced the lasso's), drawn as large as the
    # axes' numbers: digits at least 14 px high at 480p, by the drawn ink's height
    assert ink(frame, scene.notes[0], video, theme.L1_COLOR) == 0
    least = 100.0 * (14 * height / 480) / video.screen_px(label("0", 100.0).height)
    for note in scene.notes:  # neither shrunk under that size
        assert note.height >= label(note.original_text, least).height - 1e-6
    shown = scene.notes[1]
    drawn = bright_pixels(frame, video.pixel_box(shown, 1.0), contrast=25.0)
    tall = float(np.ptp(drawn[:, 1]) + 1.0)
    expected = video.screen_px(label(shown.original_text, least).height)
    assert tall >= expected - 1.5, (tall, expected)
    names = [panel["axis_name"] for panel in scene.panels.values()]
    assert names[0].get_center()[1] == pytest.approx(names[1].get_center()[1])
    rulers = [*scene.knot_tags, *scene.crossing_tags]
    assert all(name.get_top()[1] < tag.get_bottom()[1] for name in names for tag in rulers)
    counts = {}
    for norm, name in zip(scene.panels, names, strict=True):
        assert hasattr(name, "original_text")  # plain text (pieces.label), not LaTeX
        assert f"L{norm[1]}" in name.original_text
        counts[f"{norm}_axis_name"] = ink(frame, name, video, theme.TEXT_COLOR)
        assert counts[f"{norm}_axis_name"] >= 30
        axes = scene.panels[norm]["axes"]
        numbers = scene.panels[norm]["scale"][0][3:]  # after the share's 0, 0.5, 1
        assert len(numbers) == len(scene.y_ticks) >= 2
        for number, value in zip(numbers, scene.y_ticks, strict=True):
            assert number.get_right()[0] < axes.get_left()[0]  # left of the plot
            assert number.get_center()[1] == pytest.approx(axes.c2p(0.0, value)[1])
            assert ink(frame, number, video, theme.MUTED_TEXT_COLOR, 1.0) + \
                len(bright_pixels(frame, video.pixel_box(number, 1.0), contrast=25.0)) >= 5
    return counts


def check_colours_and_pacing(video, data: Dataset | None = None) -> dict:
    """The feature palette is near no meaning of the lesson (tests/test_theme.py); at the
    end (none singled out) every feature is drawn in the rest grey, found along its whole
    curve on both plots (on the 0 line too: the axis's own darker grey is not taken for
    it); the
    sweep is slow enough to read the counters and holds at the compared share; what s is
    stays on screen until the closing notes replace it; the knot / crossing names stand in
    rows, in share order within a row, apart and inside their column, at least 14 px tall
    at 480p, and no leader crosses a name."""
    scene, found, drawn = video.scene, {}, paths(data)
    for color in theme.FEATURE_PALETTE:
        assert reads_as_no_meaning(color), color
    last = video.frame_count - 1
    frame = video.frames([last])[last]
    # a curve's core: nearly the grey itself (the axes' grey is 0.65 of its offset)
    grey = rest_pixels(frame, 0.85)
    for norm, panel in scene.panels.items():
        box = video.plane_box(panel["axes"])
        lines = pixel_centres(inside_box(grey, box))
        for j, line in enumerate(revealed(*drawn[norm], 1.0)):
            points = outside(densify(video.to_pixels(norm, last, line), 1.0),
                             [np.array([[0.0, 0.0], [box[0, 0] + 2, frame.shape[0]]]),
                              np.array([[box[1, 0] - 2, 0.0], frame.shape[1::-1]])])
            near = cKDTree(lines).query(points)[0] <= video.half_stroke_px(
                theme.PATH_STROKE) + ANTIALIAS_PX
            found[f"{norm}_{scene.features[j]}"] = round(float(near.mean()), 2)
            assert len(points) >= 15 and near.mean() >= 0.8, (norm, scene.features[j],
                                                              len(points), near.mean())
    # the sweep: SWEEP_SECONDS from 0 to 1, held HOLD_SECONDS at s = COMPARE_AT
    frames = range(video.frame_count)
    moving = [i for i in frames if 0.0 < video.value("share", i) < 1.0]
    held = [i for i in frames if video.value("share", i) == COMPARE_AT]
    assert len(moving) >= 0.95 * (SWEEP_SECONDS + HOLD_SECONDS) * video.fps
    assert len(held) >= 0.95 * HOLD_SECONDS * video.fps
    assert SWEEP_SECONDS / len(scene.lasso.events) >= 1.5  # about a knot every 1.5 s or more
    # the paths start growing within 3 s of the start (no long wait on empty axes)
    growing = next(i for i in frames if video.value("share", i) > 0.0)
    found["growing_at"] = round(video.time(growing), 2)
    assert video.time(growing) <= 3.0, found["growing_at"]
    # what s is: drawn from the opening through the sweep, gone at the end; it says that
    # each model's s is in its own norm
    start, end = video.beat("rvl_sweep")
    start += int(np.ceil(0.5 * video.fps)) + 1  # back once the zoom has faded out
    meaning = scene.s_meaning
    opening = int(3.0 * video.fps)
    for index, shown in ((opening, True), (start, True), ((start + end) // 2, True),
                         (last, False)):
        pixels = ink(video.frames([index])[index], meaning, video,
                     theme.TEXT_COLOR)
        found[f"meaning_{index}"] = pixels
        assert (pixels >= 100) if shown else (pixels <= 0.1 * found.get(
            f"meaning_{start}", 1000)), (index, pixels)
    # in plain words: s is a share of the least-squares fit's size, in each model's own
    # norm, from 0 (every β 0) to 1 (least squares); and what s1-s6 are
    said = text("rvl_s_means", scene.lang)
    assert meaning.original_text.startswith(said) and "s = 0" in said and "s = 1" in said
    assert all(norm in said for norm in ("L1", "L2"))
    assert meaning.original_text.endswith(text("rvl_serum", scene.lang)) == (
        scene.data == "diabetes")
    assert "L1" in meaning.original_text and "L2" in meaning.original_text
    found.update(check_ruler_names(video, frame))
    return found


def check_ruler_names(video, frame: np.ndarray) -> dict:
    """The names under each plot (the last frame: all shown): in share order, row by row
    (the k-th in row k mod rows), apart within a row and inside their column, the rows one
    under the other; none drawn smaller than the size at which digits are 14 px high at
    480p (its drawn height against the same text's at that size); and no leader passes
    through a name but its own."""
    from scenes.pieces import label

    scene, found = video.scene, {}
    height = video.timeline["pixel_size"][1]
    digit = label("0", 100.0).height  # a digit's height per 100 of font size
    least = 100.0 * (14 * height / 480) / video.screen_px(digit)
    found["least_font"] = round(least, 1)
    for tags, ticks, norm in ((scene.knot_tags, scene.knot_ticks, "l1"),
                              (scene.crossing_tags, scene.crossing_ticks, "l2")):
        column = scene.panels[norm]["column"]
        tags, ticks = list(tags), list(ticks)
        assert [tag.share for tag in tags] == sorted(tag.share for tag in tags)
        rows = max(tag.row for tag in tags) + 1
        assert [tag.row for tag in tags] == [k % rows for k in range(len(tags))]
        for row in range(rows):
            line = [tag for tag in tags if tag.row == row]
            for a, b in itertools.pairwise(line):
                assert a.get_right()[0] + 0.1 <= b.get_left()[0], (a.original_text,
                                                                  b.original_text)
            if row:
                above = [tag for tag in tags if tag.row == row - 1]
                assert max(tag.get_top()[1] for tag in line) < min(
                    tag.get_bottom()[1] for tag in above)
        for tag in tags:
            assert column.left - 1e-6 <= tag.get_left()[0]
            assert tag.get_right()[0] <= column.right + 1e-6
            assert tag.font_size >= least, (tag.original_text, tag.font_size)
            drawn = bright_pixels(frame, video.pixel_box(tag, 1.0), contrast=25.0)
            tall = float(np.ptp(drawn[:, 1]) + 1.0)
            expected = video.screen_px(label(tag.original_text, least).height)
            found[f"{norm}_{tag.original_text}_px"] = round(tall, 1)
            assert tall >= expected - 1.5, (tag.original_text, tall, expected)
        for tick, own in zip(ticks, tags, strict=True):
            corners = tick.get_anchors()
            for start, end in itertools.pairwise(corners):
                points = start + np.linspace(0.0, 1.0, 40)[:, None] * (end - start)
                for tag in tags:
                    if tag is own:
                        continue
                    (left, bottom), (right, top) = tag.get_corner(DL)[:2], tag.get_corner(UR)[:2]
                    inside = ((points[:, 0] > left) & (points[:, 0] < right)
                              & (points[:, 1] > bottom) & (points[:, 1] < top))
                    assert not inside.any(), (own.original_text, tag.original_text)
    return found


def annotation_ink(video, frame: np.ndarray, tag, tick) -> tuple[np.ndarray, np.ndarray]:
    """The pixels drawn for one name under a plot: the bright pixels in its box, and
    those within a stroke and the antialiasing of its leader."""
    box = video.pixel_box(tag, 1.0)
    region = np.array([[0.0, 0.0], frame.shape[1::-1]], dtype=float)
    pixels = bright_pixels(frame, region, contrast=25.0)
    inside = np.all((pixels >= box[0]) & (pixels <= box[1]), axis=1)
    corners = video.screen_to_pixels(np.asarray(tick.get_anchors()))
    leader = np.vstack([a + np.linspace(0.0, 1.0, 60)[:, None] * (b - a)
                        for a, b in itertools.pairwise(corners)])
    near = cKDTree(leader).query(pixels)[0] <= video.half_stroke_px(1.5) + ANTIALIAS_PX
    return pixels[inside], pixels[near]


def check_ruler_ink(video) -> dict:
    """In the last frame (every name under the plots shown): no name's ink touches the
    ink of another name or of its leader, a pixel of background at least between them
    (on the diabetes data: "s3 leaves" and "s3 back in", whose knots are 0.017 of s
    apart, the second's leader passing round the first)."""
    scene, found = video.scene, {}
    last = video.frame_count - 1
    frame = video.frames([last])[last]
    for ticks, tags in ((scene.knot_ticks, scene.knot_tags),
                        (scene.crossing_ticks, scene.crossing_tags)):
        names = [tag.original_text for tag in tags]
        inks = [annotation_ink(video, frame, tag, tick)
                for tag, tick in zip(tags, ticks, strict=True)]
        for a, b in itertools.permutations(range(len(tags)), 2):
            gap = float(cKDTree(inks[a][0]).query(np.vstack(inks[b]))[0].min())
            found[f"{names[a]}|{names[b]}"] = round(gap, 1)
            assert gap >= 2.0, (names[a], names[b], gap)  # a clean pixel between
    return found


def curve_profile(frame: np.ndarray, polyline_px: np.ndarray, clear_of: list[np.ndarray],
                  boxes: list[np.ndarray]) -> tuple[float, float]:
    """Along a curve, where it runs at least 6 px from every curve of ``clear_of`` and
    outside ``boxes``: the median of the brightest luma over the background within 2 px
    of each point, and the median count of pixels within 4 px at least half that bright
    (its drawn width, about 8 px per pixel of stroke)."""
    weights = np.array([0.299, 0.587, 0.114])
    contrast = frame.astype(float) @ weights - rgb(theme.BACKGROUND_COLOR) @ weights
    points = densify(polyline_px, 3.0)
    if clear_of:
        points = points[cKDTree(np.vstack([densify(c) for c in clear_of])).query(points)[0]
                        >= 6.0]
    for box in boxes:
        points = points[~np.all((points >= box[0] - 4) & (points <= box[1] + 4), axis=1)]
    assert len(points) >= 10, len(points)
    peaks, widths = [], []
    for x, y in points:
        column, row = int(x), int(y)
        window = contrast[max(row - 4, 0):row + 5, max(column - 4, 0):column + 5]
        peak = contrast[max(row - 2, 0):row + 3, max(column - 2, 0):column + 3].max()
        peaks.append(peak)
        widths.append(int((window >= 0.5 * peak).sum()))
    return float(np.median(peaks)), float(np.median(widths))


def check_lighting(video) -> dict:
    """During the sweep the feature of the lasso's last knot (mathcore's) is lit on both
    plots: drawn in its full colour and wider than when every feature is shown (the last
    frame), every other curve at about DIM_OPACITY of its brightness there."""
    scene, drawn, found = video.scene, paths(), {}
    last = video.frame_count - 1
    end_frame = video.frames([last])[last]
    sweep = [i for i in range(video.beat("rvl_sweep")[0], video.beat("rvl_sweep")[1])
             if 0.3 <= video.value("share", i) <= 0.95]
    for index, frame in video.frames(spread([(sweep[0], sweep[-1])], 4, 0)).items():
        share = video.value("share", index)
        lit = sweep_lit(drawn, share)
        for norm in ("l1", "l2"):
            lines = [video.to_pixels(norm, index, line) for line in revealed(*drawn[norm], share)]
            whole = [video.to_pixels(norm, last, line) for line in revealed(*drawn[norm], 1.0)]
            band = video.cursor_band(norm, index, share, video.plane_box(scene.panels[norm][
                "axes"]))
            boxes = [band, *[video.disc_box(p, video.screen_px(CROSSING_DOT) + 2) for p in
                             video.to_pixels("l2", index, [[c.share, 0.0]
                                                           for c in drawn["crossings"]])]]
            for j, line in enumerate(lines):
                others = [other for k, other in enumerate(lines) if k != j]
                if np.ptp(line[:, 1]) < 3.0 and norm == "l1":
                    continue  # still on the axis, under the other zeros
                try:
                    now = curve_profile(frame, line, others, boxes)
                    then = curve_profile(end_frame, whole[j][:len(line)],
                                         [o[:len(line)] for k, o in enumerate(whole) if k != j],
                                         boxes)
                except AssertionError:
                    continue  # too little of it runs apart from the others
                # the brightness of the colour drawn now against the rest grey's at the end
                ratio = now[0] / then[0] * luma_contrast(theme.FEATURE_REST) / luma_contrast(
                    colours(drawn, {lit})[j])
                key = f"{norm}_{scene.features[j]}_{'lit' if j == lit else 'dim'}"
                found[key] = round(min(found.get(key, ratio), ratio), 2)
                if j == lit:
                    assert ratio >= 0.85, (norm, share, scene.features[j], now, then)
                    assert now[1] >= 1.4 * then[1], (norm, share, scene.features[j], now, then)
                else:
                    assert ratio <= DIM_OPACITY + 0.15, (norm, share, scene.features[j], now,
                                                         then)
    assert any(key.endswith("_lit") for key in found) and any(
        key.endswith("_dim") for key in found), found
    return found


def luma_contrast(color: str) -> float:
    """How much brighter (Rec. 601 luma) ``color`` is than the background."""
    return float((rgb(color) - rgb(theme.BACKGROUND_COLOR)) @ [0.299, 0.587, 0.114])


def check_beads(video, data: Dataset | None = None) -> dict:
    """In the closing notes a bead in each lit feature's colour runs along its curve at
    mathcore's value at the traced share, on both plots: first the lasso's zeros at
    COMPARE_AT, then the features whose ridge path crosses 0 (every feature where there
    are none)."""
    scene, drawn, found = video.scene, paths(data), {}
    lasso, shares = drawn["lasso"], drawn["l1"][0]
    zeros = set(np.flatnonzero(lasso.coefs_at(np.interp(COMPARE_AT, shares, lasso.alphas))
                               == 0.0)) or set(range(len(scene.features)))
    crossed = {c.feature for c in drawn["crossings"]} or set(range(len(scene.features)))
    for prefix, lit, norms in (("rvl_zeros", zeros, ("l1", "l2")),
                               ("rvl_crossings", crossed, ("l2",)),
                               ("rvl_crossings_on", crossed, ("l2",))):
        if not video.beats(prefix):
            assert prefix == "rvl_crossings_on" and not drawn["crossings"], prefix
            continue
        start, end = video.beats(prefix)[0]
        tracing = [i for i in range(start, end) if 0.05 < video.value("traced", i) < 0.95]
        assert len(tracing) >= 2.0 * video.fps, (prefix, len(tracing))
        for index, frame in video.frames(spread([(tracing[0], tracing[-1])], 3, 0)).items():
            traced = video.value("traced", index)
            zoomed = prefix.startswith("rvl_crossings") and bool(drawn["crossings"])
            for norm in ("l1", "l2"):
                at, coefs = drawn[norm]
                plane = norm
                if zoomed and norm == "l1":  # the lasso's plot covered by the crossing zoom:
                    # the ridge's curves CROSSING_ZOOM times magnified, a bead on each
                    (at, coefs), plane = drawn["l2"], "l2_zoom"
                    low, high = scene.crossing_zoom["range"]
                    inside = {j for j in lit
                              if low <= np.interp(traced, at, coefs[:, j]) <= high}
                    norms_here, lit_here = ("l1", "l2"), inside
                else:
                    norms_here, lit_here = norms, lit
                points = {j: video.to_pixels(plane, index, [[traced, np.interp(
                    traced, at, coefs[:, j])]])[0] for j in lit_here}
                radius = video.screen_px(TRACE_DOT)
                covered = {}
                for j, point in points.items():
                    # the bead's core (inside its light rim), in the feature's colour
                    mask = np.abs(frame.astype(float) - rgb(colours(drawn, lit)[j])).max(axis=2) \
                        <= MARKER_COLOR_TOLERANCE
                    covered[j] = disc_coverage(mask, point, radius - 2.0)
                    key = f"{prefix}_{norm}_{scene.features[j]}"
                    found[key] = round(min(found.get(key, covered[j]), covered[j]), 2)
                if norm not in norms_here:  # the note does not speak of this plot: no bead
                    # (its dim curves stacked on the 0 line may blend to a colour's core)
                    assert max(covered.values()) < 0.5, (prefix, norm, traced, covered)
                    continue
                for point in points.values():
                    # beads on one spot (the lasso's zeros) overlap: the one on top is seen
                    together = [k for k in points if np.hypot(*(points[k] - point)) < 2 * radius]
                    found[f"{prefix}_judged"] = found.get(f"{prefix}_judged", 0) + 1
                    assert max(covered[k] for k in together) >= 0.6, (
                        prefix, norm, traced, [scene.features[k] for k in together], covered)
        assert found.get(f"{prefix}_judged", 0) >= 3, found  # beads seen
    return found


def check_magnified(video) -> dict:
    """On the diabetes data the ridge's age coefficient stays within 1.7 of 0 over the
    whole path (a few pixels on the coefficient axis): among the lasso's zeros at
    COMPARE_AT it is the one with the smallest largest |β| (mathcore's), under
    MAGNIFY_BELOW of the axis's span.  In both closing notes it is drawn a second time,
    k times mathcore's ridge values, k the largest 1, 2 or 5 times a power of ten that
    keeps k max|β| within MAGNIFY_FILL of the axis's nearer end.  Decoded: wherever k β
    stands clear of the 0 line, pixels of age's own colour stand at k β (off the line,
    where the lasso holds age at exactly 0 too); the line under the plot says k and
    max|β| and is drawn at least 14 px high (digits) at 480p."""
    from scenes.pieces import format_coefficient, label

    scene, drawn, found = video.scene, paths(), {}
    lasso, lasso_shares = drawn["lasso"], drawn["l1"][0]
    shares, ridge = drawn["l2"]
    zeros = np.flatnonzero(lasso.coefs_at(np.interp(COMPARE_AT, lasso_shares, lasso.alphas))
                           == 0.0)
    largest = np.abs(ridge[:, zeros]).max(axis=0)
    feature, size = int(zeros[np.argmin(largest)]), float(largest.min())
    assert scene.features[feature] == "age" and 1.0 < size < 1.7, (feature, size)
    values = np.concatenate([lasso.coefs.ravel(), ridge.ravel()])
    low, high = values.min() - 0.06 * np.ptp(values), values.max() + 0.06 * np.ptp(values)
    assert size < MAGNIFY_BELOW * (high - low)
    limit = MAGNIFY_FILL * min(-low, high) / size
    factors = [m * 10.0 ** e for e in range(-3, 6) for m in (1, 2, 5) if m * 10.0 ** e <= limit]
    factor = max(factors)
    assert scene.magnify[0] == feature and scene.magnify[1] == pytest.approx(factor)
    tag = scene.magnifier[1]
    assert f"×{factor:g}" in tag.original_text and format_coefficient(size) in tag.original_text
    crossed = {c.feature for c in drawn["crossings"]}
    half = video.half_stroke_px(LIT_STROKE) + ANTIALIAS_PX
    height = video.timeline["pixel_size"][1]
    least = 100.0 * (14 * height / 480) / video.screen_px(label("0", 100.0).height)
    for prefix, lit in (("rvl_zeros", set(zeros)), ("rvl_crossings_on", crossed)):
        assert feature in lit  # age's colour: lit in both notes
        # its last frame while the beads run (then the closing picture lights none)
        start, end = video.beats(prefix)[0]
        index = max(i for i in range(start, end) if video.value("traced", i) < 0.95)
        frame = video.frames([index])[index]
        # its own colour, or the core of a thin stroke of it (the encoder dulls the
        # saturated violet of a short dash)
        mask = colour_mask(frame, colours(drawn, lit)[feature])
        bead = video.to_pixels("l2", index, [[video.value("traced", index), np.interp(
            video.value("traced", index), shares, ridge[:, feature])]])[0]
        hits, judged, held = 0, 0, []
        for share in np.linspace(0.02, 1.0, 99):
            value = factor * np.interp(share, shares, ridge[:, feature])
            at, zero = video.to_pixels("l2", index, [[share, value], [share, 0.0]])
            if abs(at[1] - zero[1]) < 2 * half + 2 or np.hypot(*(at - bead)) < video.screen_px(
                    TRACE_DOT) + 4:
                continue  # on the 0 line (where the plain curve runs) or under the bead
            judged += 1
            window = mask[int(at[1] - half):int(np.ceil(at[1] + half)) + 1,
                          int(at[0] - 2):int(at[0] + 3)]
            hits += bool(window.any())
            if share >= COMPARE_AT and lasso.coefs_at(np.interp(
                    share, lasso_shares, lasso.alphas))[feature] == 0.0:
                held.append(bool(window.any()))
        found[f"{prefix}_judged"], found[f"{prefix}_hits"] = judged, hits
        found[f"{prefix}_where_lasso_holds_0"] = held
        assert judged >= 60 and hits >= 0.55 * judged, (prefix, judged, hits)  # dashed
        # off the line where the lasso holds age at exactly 0 too
        assert len(held) >= 5 and sum(held) >= 0.55 * len(held), (prefix, held)
        drawn_text = bright_pixels(frame, video.pixel_box(tag, 1.0), contrast=25.0)
        tall = float(np.ptp(drawn_text[:, 1]) + 1.0)
        expected = video.screen_px(label(tag.original_text, least).height)
        found[f"{prefix}_tag_px"] = round(tall, 1)
        assert tall >= expected - 1.5, (prefix, tall, expected)
    # a copy, not a coefficient: drawn thinner than the lit curves, and gone from the
    # closing picture (decoded: no ink at k β where it stands 6 px clear of every curve)
    assert scene.magnifier[0].get_stroke_width() < LIT_STROKE
    last = video.frame_count - 1
    frame = video.frames([last])[last]
    judged, inked = 0, 0
    for share in np.linspace(0.02, 0.98, 97):
        at, *others = video.to_pixels("l2", last, [
            [share, factor * np.interp(share, shares, ridge[:, feature])],
            [share, 0.0], *[[share, np.interp(share, shares, ridge[:, j])]
                            for j in range(ridge.shape[1])]])
        if min(abs(at[1] - other[1]) for other in others) < 6:
            continue
        judged += 1
        inked += len(bright_pixels(frame, np.array([at - 2.0, at + 2.0]), contrast=25.0)) > 0
    found["closing_judged"], found["closing_inked"] = judged, inked
    assert judged >= 30 and inked == 0, (judged, inked)
    return found


def check_no_dead_time(video) -> dict:
    """The picture stands still only as long as a subtitle needs: in the closing notes
    the beads move while the notes are read (still only for each beat's closing
    ``STILL_SECONDS`` and the video's ``CLOSING_STILL_SECONDS``), and no still stretch
    elsewhere is longer than its beat's subtitle takes to read (decoded: at most 40
    pixels differ by more than 20 in a channel from the frame before)."""
    from scenes.cues import subtitle_seconds

    lang = video.scene.lang
    slack = 2.0 / video.fps

    def allowed(first: int, last: int) -> float:
        """The longest still from frame ``first`` to ``last`` (s)."""
        beat = next(said for said, b in zip(video.scene.beats, video.timeline["beats"],
                                            strict=True)
                    if b["first_frame"] <= first <= b["last_frame"])
        if beat["name"].startswith(("rvl_zeros", "rvl_crossings")):
            closing = last == video.frame_count - 1
            return (CLOSING_STILL_SECONDS if closing else STILL_SECONDS) + slack
        return max(subtitle_seconds(beat["subtitle"], lang), STILL_SECONDS) + slack

    runs = still_runs(video.frames(range(video.frame_count)).items(), video.fps,
                      level=20, allowed=40, limit=allowed)
    return {"longest": round(max(seconds for _, _, seconds in runs), 2)}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_paths_follow_the_sweep_and_crossings_are_marked(lang, rendered_video):
    video = rendered_video(RidgeVsLasso, lang)
    check_basics(video)
    assert [c.share for c in paths()["crossings"]] == [c.share for c in video.scene.crossings]
    check_ridge_vs_lasso(video)
    check_counters_and_marks(video)
    check_layout(video)
    check_colours_and_pacing(video)
    check_live_names(video)
    check_zoom(video)
    check_size_and_data(video)
    names = [tag.original_text for tag in video.scene.knot_tags]
    check_counters_at_compare(video)
    check_counter_follows_the_cursor_back(video)
    check_ruler_ink(video)
    check_lighting(video)
    check_beads(video)
    check_magnified(video)
    check_no_dead_time(video)
    if lang == "en":  # s3's lasso coefficient drops to 0 at a knot and later re-enters:
        # both knots are named in words under the plot
        assert "s3 leaves" in names and "s3 back in" in names


def user_csv(folder) -> str:
    """200 rows, 5 features (``noise`` irrelevant to ``price``), long-ish header names."""
    rng = np.random.default_rng(7)
    X = rng.normal(size=(200, 5)) * [1.0, 2.0, 0.5, 3.0, 1.0] + [0.0, 5.0, 1.0, -2.0, 10.0]
    y = X[:, :4] @ [3.0, -2.0, 1.5, 0.5] + rng.normal(scale=2.0, size=200)
    names = ["floor_area_m2", "age_of_the_building_years", "rooms", "distance", "noise"]
    path = folder / "homes.csv"
    rows = [",".join([*names, "price"])] + [",".join(f"{v:.9g}" for v in [*x, t])
                                             for x, t in zip(X, y, strict=True)]
    path.write_text("\n".join(rows) + "\n")
    return str(path)


@pytest.fixture(scope="module")
def csv_scene(tmp_path_factory):
    path = user_csv(tmp_path_factory.mktemp("rvl-csv"))
    return type("RidgeVsLasso", (RidgeVsLasso,), {"data": path, "target": "price"}), path


def test_user_csv_renders_its_own_story(csv_scene, rendered_video):
    scene_class, path = csv_scene
    video = rendered_video(scene_class, "en")
    check_basics(video)
    data = read_csv(path, "price")
    scene = video.scene
    assert scene.dataset.features == data.features
    # the header's names, shortened on screen (the 25-character one cut in the middle)
    assert list(scene.features) == ["floor…a_m2", "age_o…ears", "rooms", "distance", "noise"]
    for panel in scene.panels.values():
        shown = [tag.original_text for tag in panel["names"][:-1]]
        assert shown == list(scene.features)
    drawn = paths(data)
    for norm in ("l1", "l2"):  # the drawn curves are mathcore's paths on the CSV's data
        shares, coefs = drawn[norm]
        axes = scene.panels[norm]["axes"]
        for j, curve in enumerate(scene.panels[norm]["curves"]):
            np.testing.assert_allclose(data_points(axes, curve.all_points),
                                       np.column_stack([shares, coefs[:, j]]), atol=1e-6)
    check_ridge_vs_lasso(video, data)
    check_counters_and_marks(video, data)
    check_layout(video)
    check_colours_and_pacing(video, data)
    check_live_names(video, data)
    check_zoom(video, data)
    check_size_and_data(video, large=False)
    check_beads(video, data)
    check_ruler_ink(video)
    assert "price" in scene.data_line.original_text and "homes.csv" in scene.data_line.original_text
    # the irrelevant feature is the lasso's last to enter
    assert scene.lasso.events[-1].feature == data.features.index("noise")
