"""Frame tests of scenes/lp_family.py: the morphing ball, its touching contour and optimum,
and the sweep panel beside it.

At every checked frame of both morphs (Lp, then elastic net) the ball is drawn as
mathcore's ball at the recorded parameter, the optimum sits on mathcore's (within 2 px)
and moves with it, the contour is the level set through the optimum, stays outside the
ball and is drawn whole (inside the plane's view), and a zero coefficient sits on its
axis.  In sampled frames of every beat the marker on the sweep axis sits at the recorded
p (or alpha) and the heads of the chart's curves at mathcore's b1*, b2* there (within
2 px); while the sweep moves, the curves drawn so far lie on mathcore's optima along it;
the zero band ends where the zero does; nothing is drawn in the subtitles' strip.
At every frame of the Lp sweep the read-outs show what they should (compared with the
text drawn alone): p with two decimals up to the axis' last finite tick, "p -> inf" after
it, and the marker where that read-out puts it; b* as mathcore has it, "= 0" only for an
exact 0.  In the frames just past p = 1 b2* is tiny, not 0: "< 0.001", a yellow optimum,
no green band past p = 1.  Colours keep the lesson's key: the ball (and the marker) is
the L1 colour only at p = 1 and alpha = 1, the L2 colour only at p = 2 and alpha = 0, and
the neutral ``theme.OTHER_BALL_COLOR`` at every other stop; the curves are in no colour of
the key.  A value that only rounds to a tick reads "p ~ 1.50", never an inequality.  The
layout: the sweep axis' tick labels keep apart, the zero band's name is clear of the
curves and level with no y tick, the p = inf square keeps its distance from the frame's
left edge, and each stop's note is the one drawn.  The Lp sweep lingers at the key values
p = 0.7, 1, 1.1, 1.5, 2 and moves fast between them; in the leave beat the elastic-net
corner's fan of normals narrows as mathcore's subgradients say, and -grad f leaves it at
the threshold.  Each curve is named at its live end; at the stop past p = 1 a log-scale
inset draws the coefficient that is 0 up to p = 1 on mathcore's values (never 0 past 1)
over mathcore's exact 0 at p = 1, its only green; the video is no longer than before.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from manim import DOWN, LEFT, RIGHT, UP, VGroup

from mathcore import ConstrainedSolution, QuadraticLoss, ellipse_points
from mathcore.lp_balls import parameter_where_zeros_end, solve_ball
from scenes import pieces, theme
from scenes.layout import SUBTITLE_SHARE
from scenes.live_text import LiveLine
from scenes.lp_family import (
    BAND_OPACITY,
    CURVE_COLORS,
    CURVE_STROKE,
    FAMILIES,
    FAN_OPACITY,
    FAN_RADIUS,
    FRAME_CHECK,
    HEAD_RADIUS,
    INSET_BEAT,
    INSET_EXTRA_SECONDS,
    INSET_LABEL_SIZE,
    INSET_LOG_LOW,
    INSET_P_HIGH,
    INSET_P_TICKS,
    INSET_ROW_OPACITY,
    INSET_ZERO_GAP,
    LAST_FINITE_P,
    LP_HOLD_SECONDS,
    LP_STOPS,
    LP_WAYPOINTS,
    NOTE_FADE_IN,
    RADIUS,
    READ_BEATS,
    STOP_CHECK,
    TICK_LABEL_GAP,
    TICKS,
    WAYPOINT_SECONDS,
    BallFamily,
    ball_at,
    ball_color,
    budget_numbers,
    coefficient_color,
    coefficient_fields,
    flat_side,
    name_centres,
    parameter_fields,
    position_of,
    setting_at,
    subtitle_floor,
    sweep_positions,
)
from scenes.pieces import optimum_color, subscript
from scenes.strings import reading_seconds, text
from tests.frames import (
    ANTIALIAS_PX,
    MARKER_TOLERANCE,
    MarkerCheck,
    PlaneChecker,
    PlanePicture,
    TextPainter,
    assert_near_polylines,
    assert_on_curve,
    assert_outside,
    blend,
    bright_pixels,
    check_basics,
    color_mask,
    curve_gap_px,
    densify,
    luma,
    marker_position,
    pixel_centres,
    quadratic_gauge,
    readout_difference,
    region_pixels,
    rgb,
    spread,
    still_runs,
    text_box,
)
from tests.test_frames_side_by_side import ink_height_px

pytestmark = pytest.mark.slow
#: Share of mathcore's touching contour (away from the markers) that must be drawn.
CONTOUR_DRAWN = 0.97
PANEL_COLORS = [theme.L1_COLOR, theme.L2_COLOR, theme.OTHER_BALL_COLOR, *CURVE_COLORS,
                theme.ZERO_COLOR, theme.SOLUTION_COLOR, theme.LOSS_COLOR, theme.TEXT_COLOR,
                theme.MUTED_TEXT_COLOR, theme.AXES_COLOR]
#: The ball's three colours: the key's L1 and L2, and the neutral one for any other ball.
BALL_COLORS = [theme.L1_COLOR, theme.L2_COLOR, theme.OTHER_BALL_COLOR]
#: The greys of text and axes, told apart from the neutral ball's (axis names, ticks).
GREYS = [theme.TEXT_COLOR, theme.MUTED_TEXT_COLOR, theme.AXES_COLOR]


#: mathcore's optima already computed by ``optimum_at``, by loss, family, setting and check.
_OPTIMA: dict[tuple[bytes, bytes, float, float, int], ConstrainedSolution] = {}


def optimum_at(loss: QuadraticLoss, family: float, setting: float,
               dense_check: int = FRAME_CHECK) -> ConstrainedSolution:
    """mathcore's optimum over ``ball_at(family, setting)`` (``solve_ball`` with
    ``dense_check`` directions), computed once per loss, state and check: the checks of
    both languages' videos, and the tests that look at the same frames, come back to the
    same recorded states."""
    key = (loss.center.tobytes(), loss.matrix.tobytes(), family, setting, dense_check)
    if key not in _OPTIMA:
        _OPTIMA[key] = solve_ball(loss, ball_at(family, setting), dense_check)
    return _OPTIMA[key]


def state(video, index: int) -> tuple[int, float, float]:
    """(family index, setting, sweep position) recorded for a frame."""
    family, setting = int(video.value("family", index)), video.value("setting", index)
    return family, setting, position_of(family, setting)


def drawn_share(video, index: int, pixels: np.ndarray, expected_px: np.ndarray,
                excluded: list[np.ndarray]) -> float:
    """Share of the expected curve's points (outside ``excluded`` boxes) that have a drawn
    pixel within half the stroke and the antialiasing."""
    from scipy.spatial import cKDTree

    points = densify(expected_px, 2.0)
    keep = np.ones(len(points), dtype=bool)
    for low, high in excluded:
        keep &= ~np.all((points >= low) & (points <= high), axis=1)
    reach = video.half_stroke_px(theme.CONTOUR_STROKE) + ANTIALIAS_PX + 1.0
    assert len(pixels), f"no contour pixels at frame {index}"
    distances = cKDTree(pixels).query(points[keep])[0]
    return float(np.mean(distances <= reach))


def ball_name(video, index: int) -> LiveLine:
    """The ball's name as the scene draws it at the frame's recorded state."""
    scene = video.scene
    family, setting, _ = state(video, index)
    return scene.place_ball_name(scene.ball_name_line(FAMILIES[family]), family, setting)


def ball_name_box(video, index: int) -> np.ndarray:
    """The pixel box of the ball's name at a frame (3 px of margin)."""
    return video.pixel_box(ball_name(video, index), margin_px=3.0)


def check_family(video) -> dict:
    scene = video.scene
    loss = QuadraticLoss.create(scene.center, scene.matrix)
    region = video.plane_box(scene.axes)
    checker = PlaneChecker(video, "lp_family", region)
    morphs = [(first, last) for first, last in video.changing("setting") if last - first > 3]
    # p = 0.5 -> 0.7 -> 1 -> 1.1 -> 1.5 -> 2 -> inf, to the elastic net's threshold and its
    # two last stops
    assert len(morphs) == 9
    frames = spread(morphs, 16, margin=0)
    worst: dict[str, float] = {}
    for index, frame in video.frames(frames).items():
        family, setting = video.value("family", index), video.value("setting", index)
        ball = ball_at(family, setting)
        optimum = optimum_at(loss, family, setting)
        color = ball_color(family, setting)
        others = [*BALL_COLORS, theme.LOSS_COLOR, theme.SOLUTION_COLOR, theme.ZERO_COLOR,
                  *GREYS]
        expected = video.to_pixels("plane", index, optimum.beta)[0]
        centre = video.to_pixels("plane", index, loss.center)[0]
        discs = [video.disc_box(expected, video.dot_radius_px),
                 video.disc_box(centre, video.dot_radius_px),
                 video.pixel_box(scene.center_tag), ball_name_box(video, index)]
        leave = video.beat("lp_leave")
        if leave[0] <= index <= leave[1]:  # the corner's fan (in the ball's colour, filled)
            corner = video.to_pixels("plane", index, scene.corner)[0]
            reach = FAN_RADIUS * video.pixels_per_unit("plane", index) + 3.0
            discs.append(np.array([corner + np.array([-3.0, -reach]),
                                   corner + np.array([reach, reach])]))
            # and -grad f with its name, in the loss's colour
            discs += [video.pixel_box(part, margin_px=3.0) for part in scene.fan[1:]]
        outline = ball.outline(4000)
        pixels = region_pixels(frame, color, region, others, discs)
        if len(pixels) < 20:
            continue  # the outline is fading between the two families
        worst["ball_off_px"] = max(worst.get("ball_off_px", 0.0), assert_near_polylines(
            video, index, pixels, [video.to_pixels("plane", index, np.vstack([
                outline, outline[:1]]))], "ball", theme.BALL_STROKE))
        contour = region_pixels(frame, theme.LOSS_COLOR, region, others, discs)
        gaps = curve_gap_px(video, "plane", index, contour, loss.center,
                            quadratic_gauge(loss.matrix), np.sqrt(optimum.loss))
        worst["contour_off_px"] = max(worst.get("contour_off_px", 0.0), assert_on_curve(
            video, index, gaps, "contour", theme.CONTOUR_STROKE, pixels=contour))
        ball_gaps = curve_gap_px(video, "plane", index, contour, np.zeros(2),
                                 lambda x, ball=ball: ball.gauge(x), ball.radius)
        worst["contour_inside_px"] = max(worst.get("contour_inside_px", -np.inf),
                                         assert_outside(video, index, ball_gaps, "contour",
                                                        theme.CONTOUR_STROKE))
        # no clipped contour: mathcore's whole ellipse lies in the view and is drawn
        ellipse = video.to_pixels("plane", index, ellipse_points(loss, optimum.loss, 2000))
        assert np.all((ellipse >= region[0]) & (ellipse <= region[1])), (
            f"the touching contour leaves the plane's view at frame {index}")
        share = drawn_share(video, index, contour, np.vstack([ellipse, ellipse[:1]]), discs)
        worst["contour_missing_share"] = max(worst.get("contour_missing_share", 0.0),
                                             1.0 - share)
        assert share >= CONTOUR_DRAWN, (
            f"only {share:.1%} of the touching contour is drawn at frame {index} "
            f"({video.time(index):.2f} s)")
        checker.check(index, frame, PlanePicture(plane="plane", optimum=optimum.beta,
                                                 zeros=optimum.zeros,
                                                 marker_color=optimum_color(optimum.beta)),
                      excluded=discs[1:])
    checker.marker.assert_within(video)
    checker.marker.assert_moves(video)
    return {**checker.summary(), **{k: round(v, 2) for k, v in worst.items()}}


def beat_frames(video, per_beat: int = 6) -> list[int]:
    """Frames spread over every beat; of the first, only its end (the panel fades in)."""
    frames = []
    for beat in video.timeline["beats"]:
        first, last = beat["first_frame"], beat["last_frame"]
        if beat is video.timeline["beats"][0]:
            first = last - (last - first) // 3
        frames += spread([(first, last)], per_beat)
    return frames


def mathcore_curves(loss: QuadraticLoss) -> dict[int, np.ndarray]:
    """mathcore's b* at the chart's sample positions, per family index."""
    return {family: np.array([optimum_at(loss, family, setting_at(family, s)).beta
                              for s in sweep_positions()])
            for family in range(len(FAMILIES))}


def check_sweep(video) -> dict:
    """The sweep axis' marker and the chart's heads at the recorded state, every beat."""
    scene, chart = video.scene, video.scene.chart
    loss = QuadraticLoss.create(scene.center, scene.matrix)
    head_px = video.screen_px(HEAD_RADIUS)
    marker = MarkerCheck("sweep-axis marker")
    heads = [MarkerCheck(f"b{i + 1}* head") for i in range(2)]
    floor_row = video.screen_to_pixels(np.array([[0.0, subtitle_floor(), 0.0]]))[0, 1]
    bottom = np.array([[0.0, floor_row + 1.0], video.timeline["pixel_size"]])
    for index, frame in video.frames(beat_frames(video)).items():
        family, setting, position = state(video, index)
        color = ball_color(family, setting)
        expected = video.to_pixels("chart", index, [[position, chart.axis_y]])[0]
        marker.add(index, expected, marker_position(frame, color, expected,
                                                    video.dot_radius_px, PANEL_COLORS), video)
        beta = optimum_at(loss, family, setting).beta
        for i, (check, head_color) in enumerate(zip(heads, CURVE_COLORS, strict=True)):
            where = video.to_pixels("chart", index, [[position, beta[i]]])[0]
            check.add(index, where, marker_position(frame, head_color, where, head_px,
                                                    PANEL_COLORS), video)
        assert not len(bright_pixels(frame, bottom)), (
            f"something is drawn in the subtitles' strip at frame {index}")
    marker.assert_within(video)
    marker.assert_moves(video)
    for check in heads:
        check.assert_within(video)
    return {"marker": marker.summary(video)["max_error_px"],
            "heads": [check.summary(video)["max_error_px"] for check in heads]}


def check_curves(video) -> dict:
    """While the sweep moves, each curve drawn so far lies on mathcore's b_i* along it."""
    scene, chart = video.scene, video.scene.chart
    loss = QuadraticLoss.create(scene.center, scene.matrix)
    samples = mathcore_curves(loss)
    box = video.plane_box(chart.axes)
    head_px = video.screen_px(HEAD_RADIUS)
    morphs = [(first, last) for first, last in video.changing("setting") if last - first > 3]
    worst = 0.0
    for index, frame in video.frames(spread(morphs, 16, margin=0)).items():
        family, setting, position = state(video, index)
        beta = optimum_at(loss, family, setting).beta
        if position < 0.15:
            continue  # too little drawn yet (under 20 px of a curve)
        kept = sweep_positions() <= position
        band_name = chart.parts[FAMILIES[family]]["band_name"]
        names = [video.pixel_box(band_name)] if len(band_name.get_all_points()) else []
        heads = [video.disc_box(video.to_pixels("chart", index, [[position, b]])[0], head_px)
                 for b in beta]
        band = video.cursor_band("chart", index, position, box)
        # right of the cursor nothing is drawn yet but each curve's name (in its colour)
        cursor_x = video.to_pixels("chart", index, [[position, 0.0]])[0][0]
        ahead = np.array([[cursor_x + head_px, 0.0], video.timeline["pixel_size"]])
        for i, color in enumerate(CURVE_COLORS):
            line = np.vstack([np.column_stack([sweep_positions()[kept], samples[family][kept, i]]),
                              [position, beta[i]]])
            pixels = region_pixels(frame, color, box, PANEL_COLORS,
                                   [*names, *heads, band, ahead])
            worst = max(worst, assert_near_polylines(
                video, index, pixels, [video.to_pixels("chart", index, line)],
                f"b{i + 1}* curve", CURVE_STROKE))
    return {"curves_off_px": round(worst, 2)}


def check_zero_band(video) -> dict:
    """At the end of each family the green band covers the sweep up to where the zero
    ends and stops there: p = 1 (the last Lp ball with corners on the axes, where mathcore
    still finds the zero), and the mix where mathcore's elastic-net optimum leaves the
    corner."""
    scene = video.scene
    loss = QuadraticLoss.create(scene.center, scene.matrix)
    assert solve_ball(loss, ball_at(0, 1.0)).zeros == (1,)
    leave = parameter_where_zeros_end(loss, lambda mix: ball_at(1, mix), 1.0, 0.0)
    ends = {"lp": position_of(0, 1.0), "enet": position_of(1, leave)}
    band_color = rgb(theme.ZERO_COLOR) * BAND_OPACITY + rgb(theme.BACKGROUND_COLOR) * (
        1 - BAND_OPACITY)
    errors = {}
    for family, beat in (("lp", "lp_inf"), ("enet", "lp_ridge")):
        zero, end = scene.zero_bands[family]
        assert (zero, end) == (1, ends[family]), (family, scene.zero_bands[family])
        index = video.beat(beat)[1]
        frame = video.frames([index])[index]
        samples = np.array([o.beta for o in scene.samples[family]])
        y = 0.2 * float(samples[sweep_positions() <= end, 1 - zero].mean())
        inside, outside = video.to_pixels("chart", index, [[end - 0.06, y], [end + 0.06, y]])
        seen = [frame[int(p[1]), int(p[0])].astype(float) for p in (inside, outside)]
        errors[family] = [float(np.abs(seen[0] - band_color).max()),
                          float(np.abs(seen[1] - rgb(theme.BACKGROUND_COLOR)).max())]
        assert errors[family][0] <= 12 and errors[family][1] <= 12, (
            f"{family}: the zero band does not end at sweep position {end:.3f} at frame "
            f"{index}: {seen[0]} inside (band {band_color}), {seen[1]} outside")
        # the zero coefficient's curve on the band: in the decoded frame (colour kept only
        # per 2 x 2 block, so a 2 px line is mixed with the band) nearer its own colour
        # than the band's or the zero's green, and far from the band's (it stands out)
        along = video.to_pixels("chart", index, [[end * k, 0.0] for k in (0.3, 0.5, 0.7)])
        curve = rgb(CURVE_COLORS[zero])
        for x, y in np.round(along).astype(int):
            column = frame[y - 2:y + 3, x].astype(float)
            best = column[np.argmin(np.abs(column - curve).max(axis=1))]
            off = np.abs(best - curve).max()
            assert off < np.abs(best - rgb(theme.ZERO_COLOR)).max(), (family, x, best)
            assert off < np.abs(best - band_color).max(), (family, x, best)
            assert np.abs(best - band_color).max() >= 100, (family, x, best, band_color)
    return errors


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_ball_morphs_and_the_optimum_follows(lang, rendered_video):
    video = rendered_video(BallFamily, lang)
    check_basics(video)
    check_family(video)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_sweep_panel_follows_the_tracker(lang, rendered_video):
    video = rendered_video(BallFamily, lang)
    check_sweep(video)
    check_curves(video)
    check_zero_band(video)


# -- the read-outs ------------------------------------------------------------------------
#: A read-out shows a text when the frame's luma in the text's box differs from the text
#: drawn alone on the background by at most this (mean |difference|, of 255) ...
READOUT_MATCH = 6.0
#: ... and a wrong text (the old read-out, a rounded zero) differs at least this many
#: times as much.
READOUT_CONTRAST = 2.0
#: How many frames after p passes 1 are checked one by one (mathcore keeps no zero there).
AFTER_ONE = 8


def shown_positions(fields: tuple[str, str]) -> tuple[float, float]:
    """The sweep positions (chart x) that the p read-out ``fields`` stands for: a closed
    interval, from the two decimals shown (and the relation)."""
    relation, value = fields
    if value == theme_infinity():
        if relation == "=":
            return 2.0, 2.0
        return position_of(0, 1.0 / LAST_FINITE_P), 2.0
    p = float(value)
    assert relation in ("=", "\u2248"), fields  # the running value, never an inequality
    low, high = p - 0.005, p + 0.005
    return 2.0 - 1.0 / low, 2.0 - 1.0 / high


def theme_infinity() -> str:
    return text("infinity")


def check_readouts(video) -> dict:
    """Every frame of the Lp sweep: the p read-out shows ``parameter_fields`` of the
    recorded q (never "p = 752": "p -> inf" past the last finite tick), the marker on the
    p axis stands where that read-out says (within the read-out's rounding), and the b*
    read-outs show mathcore's b* ("= 0" only for an exact 0, "< 0.001" for a tiny one).
    In the first frames past p = 1, mathcore's b2* is not 0, the optimum is yellow (not
    green), the chart's zero band stops at p = 1, and the read-out says "< 0.001", not
    "= 0" (nor "p = 1.00")."""
    scene, chart = video.scene, video.scene.chart
    painter = TextPainter(video)
    heading = scene.value_line("lp")
    betas = [LiveLine(text("lp_beta", scene.lang, index=subscript(i + 1)), ["=", "0.000"],
                      theme.BODY_SIZE, color).align_to(line, UP + LEFT)
             for i, (line, color) in enumerate(zip(scene.optimum_line, CURVE_COLORS,
                                                   strict=True))]
    infinity = theme_infinity()
    heading_box = text_box(video, heading, [("=", "0.50"), ("=", "2.00"), ("\u2192", infinity),
                                            ("=", "752")])
    beta_boxes = [text_box(video, line, [("=", "0"), ("=", "-0.000"), ("<", "0.001"),
                                         ("=", "2.000")]) for line in betas]
    relation_box = text_box(video, heading, [("=", "1.00"), ("\u2248", "1.00")],
                            lambda line: VGroup(*[m for m in line.slots[0] if len(m.points)]))
    first, last = video.beat("lp_below")[0], video.beat("lp_enet")[0] - 1
    frames = list(range(first, last + 1))
    marker_px, worst, contrast = 0.0, 0.0, np.inf
    after_one = []
    for index in frames:
        frame = video.frames([index])[index]
        _, setting, position = state(video, index)
        fields = parameter_fields(0, setting, scene.lang)
        difference = readout_difference(video, frame, painter, heading, fields, heading_box)
        worst = max(worst, difference)
        assert difference <= READOUT_MATCH, (
            f"the p read-out does not show {' '.join(fields)} at frame {index} "
            f"({video.time(index):.2f} s): {difference:.1f} off")
        if fields[0] == "\u2192":  # not the number it would have shown
            old = readout_difference(video, frame, painter, heading, ("=", f"{1 / setting:.0f}"),
                                     heading_box)
            contrast = min(contrast, old / max(difference, 1e-9))
            assert old >= READOUT_CONTRAST * difference, (index, old, difference)
        # the marker on the p axis stands where the read-out says
        color = ball_color(0, setting)
        expected = video.to_pixels("chart", index, [[position, chart.axis_y]])[0]
        found = marker_position(frame, color, expected, video.dot_radius_px, PANEL_COLORS)
        assert found is not None, f"no marker on the p axis at frame {index}"
        low, high = (video.to_pixels("chart", index, [[x, chart.axis_y]])[0, 0]
                     for x in shown_positions(fields))
        outside = max(low - found[0], found[0] - high, 0.0)
        marker_px = max(marker_px, outside)
        assert outside <= MARKER_TOLERANCE, (
            f"the p axis' marker is {outside:.1f} px from where the read-out "
            f"{' '.join(fields)} puts it at frame {index} ({video.time(index):.2f} s)")
        # the b* read-outs
        optimum = optimum_at(scene.loss, 0, setting)
        for line, box, value, color in zip(betas, beta_boxes, optimum.beta, CURVE_COLORS,
                                           strict=True):
            line.set_color(coefficient_color(value, color))  # green for an exact 0
            shown = coefficient_fields(value)
            difference = readout_difference(video, frame, painter, line, shown, box)
            worst = max(worst, difference)
            assert difference <= READOUT_MATCH, (
                f"a b* read-out does not show {' '.join(shown)} at frame {index}: "
                f"{difference:.1f} off")
        if setting < 1.0 and len(after_one) < AFTER_ONE and video.value("family", index) == 0:
            after_one.append((index, optimum))
    assert len(after_one) == AFTER_ONE
    band_color = rgb(theme.ZERO_COLOR) * BAND_OPACITY + rgb(theme.BACKGROUND_COLOR) * (
        1 - BAND_OPACITY)
    for index, optimum in after_one:
        frame = video.frames([index])[index]
        # mathcore: the ball is round at the axis point, b2* is tiny but not 0
        assert optimum.zeros == () and 0.0 < optimum.beta[1] < 0.0005, (index, optimum.beta)
        line, box = betas[1].set_color(CURVE_COLORS[1]), beta_boxes[1]  # (not 0: not green)
        shown = readout_difference(video, frame, painter, line, ("<", "0.001"), box)
        zero = readout_difference(video, frame, painter, line, ("=", "0"), box)
        contrast = min(contrast, zero / max(shown, 1e-9))
        assert zero >= READOUT_CONTRAST * shown, (
            f"b2* read-out at frame {index}: '< 0.001' {shown:.1f} off, '= 0' {zero:.1f}")
        # "p ≈ 1.00", not "p = 1.00": compared where the two differ, the relation's glyph
        one = readout_difference(video, frame, painter, heading, ("=", "1.00"), relation_box)
        fields = parameter_fields(0, video.value("setting", index), scene.lang)
        if fields[1] == "1.00":
            assert fields[0] == "\u2248", (index, fields)
            right = readout_difference(video, frame, painter, heading, fields, relation_box)
            assert one >= READOUT_CONTRAST * right, (index, one, right)
        # the optimum is yellow (no exact 0), not green
        where = video.to_pixels("plane", index, optimum.beta)[0]
        others = [theme.L1_COLOR, theme.L2_COLOR, theme.LOSS_COLOR]
        assert marker_position(frame, theme.SOLUTION_COLOR, where, video.dot_radius_px,
                               [*others, theme.ZERO_COLOR], search_px=3.0) is not None, index
        assert marker_position(frame, theme.ZERO_COLOR, where, video.dot_radius_px,
                               [*others, theme.SOLUTION_COLOR], search_px=6.0) is None, index
        # the zero band stops at p = 1: the position just past 1 is background
        position = state(video, index)[2]
        _, end = scene.zero_bands["lp"]
        assert end == position_of(0, 1.0)
        inside, outside = video.to_pixels("chart", index, [[end - 0.04, 0.5], [end + 0.04, 0.5]])
        if position > end + 0.04:
            seen = frame[int(outside[1]), int(outside[0])].astype(float)
            assert np.abs(seen - rgb(theme.BACKGROUND_COLOR)).max() <= 12, (index, seen)
        seen = frame[int(inside[1]), int(inside[0])].astype(float)
        assert np.abs(seen - band_color).max() <= 12, (index, seen)
    return {"frames": len(frames), "readout_off": round(worst, 2),
            "marker_outside_px": round(marker_px, 2), "contrast": round(float(contrast), 1),
            "after_one_p": [round(1 / video.value("setting", i), 5) for i, _ in after_one],
            "after_one_b2": [float(o.beta[1]) for _, o in after_one]}


def test_lp_read_outs_past_one_and_towards_infinity():
    """The read-outs' texts (no display needed): p ~ 1.00 just past the diamond, p ->
    infinity past the axis' last finite tick, b2* < 0.001 for mathcore's tiny, non-zero
    b2* just past p = 1, "= 0" only for an exact 0."""
    loss = QuadraticLoss.create(BallFamily.center, BallFamily.matrix)
    for p in (1.0 + 1e-7, 1.0004, 1.0009, 1.004, 1.014, 1.02):
        optimum = optimum_at(loss, 0, 1.0 / p)
        assert optimum.zeros == () and optimum.beta[1] > 0.0, (p, optimum.beta)
        assert coefficient_fields(optimum.beta[1]) == ("<", "0.001")
    assert solve_ball(loss, ball_at(0, 1.0)).zeros == (1,)
    assert coefficient_fields(0.0) == ("=", "0")
    assert coefficient_fields(-1e-9) == (">", "-0.001")
    assert coefficient_fields(0.0006) == ("=", "0.001")
    assert LAST_FINITE_P == 2.0
    for lang in ("en", "zh"):
        assert parameter_fields(0, 1.0, lang) == ("=", "1.00")
        assert parameter_fields(0, 1.0 / 1.0009, lang) == ("\u2248", "1.00")
        assert parameter_fields(0, 1.0 / 0.9991, lang) == ("\u2248", "1.00")
        assert parameter_fields(0, 1.0 / 1.4996, lang) == ("\u2248", "1.50")
        assert parameter_fields(0, 1.0 / 1.5, lang) == ("=", "1.50")
        assert parameter_fields(0, 1.0 / 1.996, lang) == ("\u2248", "2.00")
        assert parameter_fields(0, 1.0 / 1.37, lang) == ("=", "1.37")
        assert parameter_fields(0, 0.5, lang) == ("=", "2.00")
        assert parameter_fields(0, 1.0 / 752, lang) == ("\u2192", "∞")
        assert parameter_fields(0, 1.0 / 2.001, lang) == ("\u2192", "∞")
        assert parameter_fields(0, 0.0, lang) == ("=", "∞")
        assert parameter_fields(1, 0.0004, lang) == ("\u2248", "0.000")
        for q in np.linspace(0.0, 2.0, 4001):  # no inequality anywhere on the sweeps
            assert parameter_fields(0, q, lang)[0] in ("=", "\u2248", "\u2192")
            assert parameter_fields(1, q / 2, lang)[0] in ("=", "\u2248")
        assert parameter_fields(1, 0.0, lang) == ("=", "0.000")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_read_outs_match_the_marker_and_mathcore(lang, rendered_video):
    video = rendered_video(BallFamily, lang)
    check_readouts(video)


# -- the colour key, the layout and the notes ----------------------------------------------
#: The stops (beat, family index) and the key's colour of the ball there.
STOP_COLORS = {"lp_below": theme.OTHER_BALL_COLOR, "lp_one": theme.L1_COLOR,
               "lp_above": theme.OTHER_BALL_COLOR, "lp_two": theme.L2_COLOR,
               "lp_inf": theme.OTHER_BALL_COLOR, "lp_enet": theme.L1_COLOR,
               "lp_leave": theme.OTHER_BALL_COLOR, "lp_ridge": theme.L2_COLOR}
#: Least room (manim units) between the p = inf square and the frame's left edge.
LEFT_ROOM = 0.4


def test_the_curves_wear_no_colour_of_the_key():
    """b1* and b2* are told apart from every meaning of the key (the loss's pink most of
    all) and from the neutral ball."""
    from tests.test_theme import lab

    for color in CURVE_COLORS:
        for meaning in [c for _, c in theme.COLOR_KEY] + [theme.OTHER_BALL_COLOR]:
            assert np.linalg.norm(lab(color) - lab(meaning)) >= 35, (color, meaning)
    # a read-out turns green only for an exact 0, as the band's name does
    assert [coefficient_color(x, CURVE_COLORS[1]) for x in (0.0, 1e-9, -0.3)] == [
        theme.ZERO_COLOR, CURVE_COLORS[1], CURVE_COLORS[1]]
    assert ball_color(0, 1.0) == ball_color(1, 1.0) == theme.L1_COLOR
    assert ball_color(0, 0.5) == ball_color(1, 0.0) == theme.L2_COLOR
    for family, setting in ((0, 2.0), (0, 2 / 3), (0, 0.0), (0, 1.0 - 1e-9), (1, 0.5)):
        assert ball_color(family, setting) == theme.OTHER_BALL_COLOR


def note_for(scene, beat: str) -> str:
    """The note the stop ``beat`` shows: the Lp stops' as the scene chose them for its
    loss (``stop_words``), the leave beat's with the corner's zero coefficient."""
    if beat == "lp_leave":
        zero = int(np.flatnonzero(scene.corner == 0.0)[0])
        return text("lp_leave_note", scene.lang, index=subscript(zero + 1),
                    value=f"{scene.leave:.3f}")
    if beat in scene.stop_words:
        zero = 0 if scene.inset_zero is None else scene.inset_zero
        return text(scene.stop_words[beat][1], scene.lang, index=subscript(zero + 1),
                    **scene.side_fields())
    return text(f"{beat}_note", scene.lang, **budget_numbers())


def check_note(video, painter: TextPainter, frame: np.ndarray, beat: str, optimum) -> float:
    """The stop's note (``note_for``; past p = 1 with its zero, the log inset's caption)
    is the one drawn in the frame: its luma against the note drawn alone, in the text
    colour (no note is about the exact 0 where it sits: none is green, even where the
    optimum has a 0), no pixel of it green in the decoded frame; above the subtitles'
    strip.  Returns how far off."""
    scene = video.scene
    band = scene.note_band
    if beat == INSET_BEAT and scene.inset_zero is not None:
        note = scene.inset[4]
        assert note.original_text == note_for(scene, beat)
    else:
        note = pieces.fit_into(pieces.label(note_for(scene, beat), theme.SMALL_SIZE,
                                            theme.TEXT_COLOR), band.width)
        note.align_to([band.left, band.top, 0.0], UP + LEFT)
    box = video.pixel_box(note, margin_px=3.0)
    greens = region_pixels(frame, theme.ZERO_COLOR, video.pixel_box(note, margin_px=0.0),
                           PANEL_COLORS)
    assert len(greens) == 0, (beat, len(greens))
    painter.camera.reset()
    painter.camera.capture_mobject(note)
    (left, top), (right, bottom) = np.floor(box[0]).astype(int), np.ceil(box[1]).astype(int)
    drawn = luma(painter.camera.pixel_array[..., :3])[top:bottom, left:right]
    off = float(np.abs(luma(frame[top:bottom, left:right]) - drawn).mean())
    assert off <= READOUT_MATCH, (beat, off)
    assert note.get_bottom()[1] >= subtitle_floor()
    return off


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_stops_keep_the_colour_key_and_the_layout(lang, rendered_video):
    """At the end of every stop: the ball is drawn in the key's colour for it (L1 only at
    p = 1 and alpha = 1, L2 only at p = 2 and alpha = 0, the neutral colour otherwise) and
    in neither of the other two, the marker on the sweep axis too; the stop's note is the
    one drawn.  The sweep axes' tick labels keep apart, the zero band's name is clear of
    the curves and level with no y tick, the p = inf square stays clear of the left edge."""


    video = rendered_video(BallFamily, lang)
    scene, chart = video.scene, video.scene.chart
    loss = QuadraticLoss.create(scene.center, scene.matrix)
    region = video.plane_box(scene.axes)
    painter = TextPainter(video)
    assert [beat for _, beat in LP_STOPS] == list(STOP_COLORS)[:5]
    found = {}
    for beat, color in STOP_COLORS.items():
        index = video.beat(beat)[1]
        frame = video.frames([index])[index]
        family, setting, position = state(video, index)
        assert ball_color(family, setting) == color, (beat, setting)
        optimum = optimum_at(loss, family, setting)
        discs = [video.disc_box(video.to_pixels("plane", index, optimum.beta)[0],
                                video.dot_radius_px),
                 video.disc_box(video.to_pixels("plane", index, loss.center)[0],
                                video.dot_radius_px), video.pixel_box(scene.center_tag),
                 ball_name_box(video, index)]
        others = [*BALL_COLORS, theme.LOSS_COLOR, theme.SOLUTION_COLOR, theme.ZERO_COLOR,
                  *GREYS]
        counts = {c: len(region_pixels(frame, c, region, others, discs)) for c in BALL_COLORS}
        found[beat] = counts
        # (a few antialiased edge pixels of one ball colour can pass for another's)
        assert counts[color] >= 100, (beat, counts)
        assert all(n <= 0.1 * counts[color] for c, n in counts.items() if c != color), (
            beat, counts)
        expected = video.to_pixels("chart", index, [[position, chart.axis_y]])[0]
        assert marker_position(frame, color, expected, video.dot_radius_px,
                               PANEL_COLORS) is not None, (beat, "marker")
        # the note (past p = 1: the log inset's caption)
        check_note(video, painter, frame, beat, optimum)
        if beat == "lp_inf":  # the square keeps its distance from the frame's left edge
            pixels = region_pixels(frame, color, region, others, discs)
            assert pixels[:, 0].min() >= video.screen_px(LEFT_ROOM), pixels[:, 0].min()
    # each curve is named at its live end, in its colour (the last stop: where it rests)
    index = video.beat("lp_ridge")[1]
    frame = video.frames([index])[index]
    family, setting, position = state(video, index)
    beta = optimum_at(loss, family, setting).beta
    for i, (name, color) in enumerate(zip(chart.names, CURVE_COLORS, strict=True)):
        assert name.original_text == text("lp_curve", lang, index=subscript(i + 1))
        box = video.pixel_box(name, margin_px=1.0)
        assert len(region_pixels(frame, color, box, PANEL_COLORS)) >= 15, name.original_text
        head = video.to_pixels("chart", index, [[position, beta[i]]])[0]
        assert box[0][0] > head[0] and box[0][1] - 4 <= head[1] <= box[1][1] + 4, (
            name.original_text, box, head)
        assert box[1][0] <= video.timeline["pixel_size"][0]
    # the sweep axes' tick labels (unscaled: never below the small size) keep apart
    for family in FAMILIES:
        labels = chart.parts[family]["static"][2]
        for left, right in itertools.pairwise(labels):
            # (each label stays under its tick, so the gap may fall a little short)
            assert right.get_left()[0] - left.get_right()[0] >= 0.9 * TICK_LABEL_GAP
    # the zero band's name: clear of the curves, level with no y tick
    for family, beat in (("lp", "lp_inf"), ("enet", "lp_ridge")):
        index = video.beat(beat)[1]
        frame = video.frames([index])[index]
        name = chart.parts[family]["band_name"]
        box = video.pixel_box(name, margin_px=1.0)
        for color in CURVE_COLORS:
            assert len(region_pixels(frame, color, box, PANEL_COLORS)) <= 2, (family, color)
        assert len(region_pixels(frame, theme.ZERO_COLOR, box, PANEL_COLORS)) >= 15
        ticks = np.arange(np.ceil(chart.low / chart.tick_step),
                          np.floor(chart.high / chart.tick_step) + 1) * chart.tick_step
        rows = video.to_pixels("chart", index, np.column_stack([np.zeros_like(ticks), ticks]))
        assert not np.any((rows[:, 1] >= box[0][1]) & (rows[:, 1] <= box[1][1])), family


#: The ball's name: its glyphs (p or w and the digits) at least this tall (px at 480p).
NAME_PX = 14.0


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_ball_is_named_where_it_is_drawn(lang, rendered_video):
    """Every ball is named in the plane by its p (or w), in its own colour (the neutral
    one too): at the end of every stop and on frames through both morphs the decoded
    name is the read-out's ``parameter_fields`` at the recorded state (and not the
    previous stop's), drawn in the ball's colour, at least ``NAME_PX`` tall, above the
    point (0, t) every ball passes through (so off the ball, which lies in the square
    |b_i| <= t) and left of the beta_2 axis (c lies right of it), in the frame under the
    plane's top and above the subtitles' strip."""
    video = rendered_video(BallFamily, lang)
    scene = video.scene
    painter = TextPainter(video)
    region = video.plane_box(scene.axes)
    stops = [video.beat(beat)[1] for beat in STOP_COLORS]
    morphs = [(first, last) for first, last in video.changing("setting") if last - first > 3]
    lines, worst, contrast, shortest = [], 0.0, np.inf, np.inf
    previous = None
    for index, frame in video.frames(sorted({*stops, *spread(morphs, 12, 0)})).items():
        family, setting, _ = state(video, index)
        line = ball_name(video, index)
        lines.append(line)  # (kept: the painter's cache is keyed by the line's id)
        fields = parameter_fields(family, setting, lang)
        box = video.pixel_box(line, margin_px=3.0)
        difference = readout_difference(video, frame, painter, line, fields, box)
        worst = max(worst, difference)
        assert difference <= READOUT_MATCH, (
            f"the ball's name does not read {' '.join(fields)} at frame {index} "
            f"({video.time(index):.2f} s): {difference:.1f} off")
        if index in stops and previous is not None and previous[0] == family:
            wrong = parameter_fields(family, previous[1], lang)
            other = readout_difference(video, frame, painter, line, wrong, box)
            contrast = min(contrast, other / max(difference, 1e-9))
            assert other >= READOUT_CONTRAST * difference, (index, fields, wrong)
        if index in stops:
            previous = (family, setting)
        ink = pixel_centres(color_mask(frame, ball_color(family, setting), PANEL_COLORS,
                                       video.pixel_box(line, margin_px=1.0)))
        assert len(ink) >= 20, f"the ball's name is not in the ball's colour at frame {index}"
        height = (ink[:, 1].max() - ink[:, 1].min() + 1.0) * 480 / frame.shape[0]
        shortest = min(shortest, height)
        assert height >= NAME_PX, (index, height)
        top = video.to_pixels("plane", index, [[0.0, RADIUS]])[0]
        assert box[1][1] <= top[1] and box[1][0] <= top[0], (index, box, top)
        # in the frame, under the plane's top (the title above it)
        assert box[0][0] >= 0 and box[0][1] >= region[0][1], (index, box, region)
        assert box[1][1] <= (1 - SUBTITLE_SHARE) * frame.shape[0], (index, box)
    assert len(lines) >= len(stops) + 12
    print({"off": round(worst, 2), "contrast": round(float(contrast), 1),
           "shortest_px": round(float(shortest), 1)})


def ink_gap_px(frame: np.ndarray, video, first, second) -> float:
    """The gap (px) between the inked boxes of two mobjects in the decoded frame: the
    larger of the horizontal and vertical gaps (0 or less where the boxes overlap)."""
    boxes = []
    for mob in (first, second):
        drawn = bright_pixels(frame, video.pixel_box(mob, margin_px=1.0), contrast=40.0)
        assert len(drawn) > 5, mob
        boxes.append((drawn.min(axis=0), drawn.max(axis=0)))
    (low_a, high_a), (low_b, high_b) = boxes
    gaps = np.maximum(low_b - high_a, low_a - high_b) - 1.0
    return float(gaps.max())


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_log_inset_shows_the_tiny_coefficient_past_one(lang, rendered_video):
    """At the end of the stop past p = 1, under the chart: the coefficient that is 0 at
    p = 1, on a log scale, is drawn on mathcore's values (never 0 for p > 1: its curve
    reaches the scale's bottom, 10^INSET_LOG_LOW, only near p = 1), with a dot at the
    stop's p (the read-out's), over its p tick; mathcore's exact 0 at p = 1 is not on the log scale
    (it has no 0): it is a green dot in a grey row of its own under it, apart from it (the y axis
    breaks between them), named "= 0" in green; nothing else in the plot is green (the 0 is exact
    at no p > 1).  Every number and name's ink at least
    14 px high at 480p in the decoded frame (the exponent of 10^INSET_LOG_LOW too), the
    caption at the notes' size; the texts at least 4 px from each other and from the
    dots; all of it above the subtitles' strip and clear of the sweep axis' labels."""
    video = rendered_video(BallFamily, lang)
    scene = video.scene
    loss = QuadraticLoss.create(scene.center, scene.matrix)
    index = video.beat(INSET_BEAT)[1]
    frame = video.frames([index])[index]
    shown = scene.shown["log_inset"]
    zero = shown["index"]
    assert zero == scene.inset_zero == solve_ball(loss, ball_at(0, 1.0)).zeros[0]
    assert solve_ball(loss, ball_at(0, 1.0)).beta[zero] == 0.0 == shown["at_one"]
    ps = np.array(shown["p"])
    assert ps.min() > 1.0 and ps.max() == pytest.approx(INSET_P_HIGH)
    values = np.array([optimum_at(loss, 0, 1.0 / p).beta[zero] for p in ps])
    np.testing.assert_allclose(shown["value"], values, rtol=1e-6)
    assert np.all(values > 0.0)
    zero_frame, labels, curve, dots, words = scene.inset
    color = CURVE_COLORS[zero]
    logs = np.log10(values)
    on_scale = logs >= INSET_LOG_LOW
    assert 0 < int(np.argmax(on_scale)) < len(ps) // 4  # it falls off the scale near 1 only
    # (where it falls off the scale: cut between two of mathcore's values, linearly in log)
    k = int(np.argmax(on_scale))
    cut = ps[k - 1] + (INSET_LOG_LOW - logs[k - 1]) / (logs[k] - logs[k - 1]) * (ps[k] - ps[k - 1])
    expected = video.screen_to_pixels(np.array(
        [scene.inset_point(cut, INSET_LOG_LOW),
         *[scene.inset_point(p, v) for p, v in zip(ps[on_scale], logs[on_scale], strict=True)]]))
    box = video.pixel_box(curve, margin_px=4.0)
    excluded = [video.pixel_box(d, margin_px=2.0) for d in dots]
    pixels = region_pixels(frame, color, box, PANEL_COLORS, excluded)
    assert_near_polylines(video, index, pixels, [expected], "log inset curve", CURVE_STROKE)
    # the dots: the value at the frame's own p (the read-out's and the marker's) on the
    # curve, over the inset's tick of that p; the exact 0 green in the band of the 0
    stop_p = 1.0 / video.value("setting", index)
    assert 1.0 < stop_p <= INSET_P_HIGH
    assert stop_p in INSET_P_TICKS
    at_stop = optimum_at(loss, 0, 1.0 / stop_p).beta[zero]
    assert len(dots) == 2
    for where, dot_color, radius in (
            (scene.inset_point(stop_p, np.log10(at_stop)), color, HEAD_RADIUS),
            (scene.inset_point(1.0, None), theme.ZERO_COLOR, theme.DOT_RADIUS)):
        centre = video.screen_to_pixels(np.array([where]))[0]
        found = marker_position(frame, dot_color, centre, video.screen_px(radius),
                                PANEL_COLORS, search_px=6.0)
        assert found is not None and np.linalg.norm(found - centre) <= 2.0, (dot_color, found)
    # the row of the value 0: grey (its fill, no colour of meaning), under the log scale's
    # bottom with a gap; the only green in the plot is the dot of p = 1, mathcore's one
    # exact 0 there: no green (the dot's, or the chart's zero band's) anywhere past it
    band = zero_frame[0]
    band_box = video.pixel_box(band, margin_px=-2.0)
    row_color = blend(theme.AXES_COLOR, INSET_ROW_OPACITY)
    greens = [theme.ZERO_COLOR, blend(theme.ZERO_COLOR, BAND_OPACITY)]
    palette = [*PANEL_COLORS, row_color, *greens]
    # (the row right of the dot of p = 1: its decoded colour the grey's)
    (left, top), (right, bottom) = np.round(band_box).astype(int)
    left = int(np.ceil(excluded[1][1][0]))
    fill = frame[top:bottom, left:right, :3].reshape(-1, 3).astype(float).mean(axis=0)
    assert np.abs(fill - rgb(row_color)).max() <= 8.0, (fill, row_color)
    # (the chart band's faint green only in the row: the curve's faint antialiased edge
    # above the break passes for it)
    plot_box = video.screen_to_pixels(np.array([scene.inset_point(1.0, 0.0),
                                                band.get_corner(RIGHT + DOWN)]))
    plot_box = np.array([plot_box.min(axis=0), plot_box.max(axis=0)])
    for green, box in zip(greens, (plot_box, band_box), strict=True):
        stray = region_pixels(frame, green, box, palette, excluded)
        assert len(stray) == 0, (green, stray[:5])
    bottom_px = video.screen_to_pixels(np.array([scene.inset_point(1.0, INSET_LOG_LOW)]))[0, 1]
    assert band_box[0, 1] - bottom_px >= video.screen_px(INSET_ZERO_GAP) - 3.0
    name = next(m for m in labels if getattr(m, "original_text", "") == text("lp_inset_zero"))
    name_box = video.pixel_box(name, margin_px=0.0)
    assert name_box[1, 0] <= band_box[0, 0] and name_box[0, 1] < (band_box[0, 1] + band_box[
        1, 1]) / 2 < name_box[1, 1], "the band's name not beside it"
    assert len(region_pixels(frame, theme.ZERO_COLOR, name_box, PANEL_COLORS)) >= 10
    # no "0" on the log scale: its only numbers are its ends, 1 and 10^INSET_LOG_LOW
    scale_numbers = [m.original_text for m in labels if hasattr(m, "original_text")
                     and m.get_center()[0] < band.get_left()[0]]
    power = scene.inset_power
    assert power in labels.submobjects and power.get_center()[0] < band.get_left()[0]
    assert [m.original_text for m in power] == ["10", str(INSET_LOG_LOW).replace("-", "\u2212")]
    assert sorted(scale_numbers) == sorted(["1", text("lp_inset_zero")])
    # 10^INSET_LOG_LOW: its "10" level with the scale's bottom, its exponent raised beside
    # it, both inked at least 14 px high at 480p in the decoded frame
    bottom_y = scene.inset_point(1.0, INSET_LOG_LOW)[1]
    assert power[0].get_center()[1] == pytest.approx(bottom_y, abs=1e-6)
    assert power[1].get_bottom()[1] >= power[0].get_center()[1] - 1e-6
    for part in power:
        assert ink_height_px(frame, video, part) * 480 / video.timeline["pixel_size"][1] \
            >= 14.0, part.original_text
    # gaps in the decoded frame (px at 480p): "= 0" from the green dot of p = 1 and from
    # 10^INSET_LOG_LOW above it, the axis letter p from the caption
    p_letter = next(m for m in labels if getattr(m, "original_text", "") == text(
        "lp_axis_lp", lang))
    pairs = [(name, dots[1], "'= 0' and the green dot"), (name, power, "'= 0' and 10^-8"),
             (p_letter, words, "p and the caption")]
    for first_mob, second_mob, what in pairs:
        gap = ink_gap_px(frame, video, first_mob, second_mob)
        assert gap * 480 / video.timeline["pixel_size"][1] >= 4.0, (what, gap)
    # numbers and names: their ink in the decoded frame at least 14 px high at 480p, each
    # at the inset's size; the caption at the notes' size, unshrunk
    height = video.timeline["pixel_size"][1]
    floor_px = (1.0 - SUBTITLE_SHARE) * height
    inks = {}
    for label in [m for m in labels if hasattr(m, "original_text")]:
        alone = pieces.label(label.original_text, INSET_LABEL_SIZE)
        assert label.height == pytest.approx(alone.height, rel=1e-3), label.original_text
        inks[label.original_text] = ink_height_px(frame, video, label) * 480 / height
    assert min(inks.values()) >= 14.0, inks
    alone = pieces.label(words.original_text, theme.SMALL_SIZE)
    assert words.height == pytest.approx(alone.height, rel=1e-3)
    axis_labels = scene.chart.parts["lp"]["static"][2]
    for label in [*[m for m in labels if hasattr(m, "original_text")], words]:
        assert video.pixel_box(label, margin_px=0.0)[1][1] <= floor_px
        assert len(bright_pixels(frame, video.pixel_box(label, margin_px=1.0),
                                 contrast=25.0)) >= 10, label.original_text
    assert scene.inset.get_top()[1] < min(m.get_bottom()[1] for m in axis_labels)
    assert scene.inset.get_bottom()[1] >= subtitle_floor()
    # the inset is gone by the next stop
    later = video.beat("lp_two")[1]
    box = video.pixel_box(curve, margin_px=0.0)
    assert len(region_pixels(video.frames([later])[later], color, box, PANEL_COLORS)) == 0


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_below_one_the_dashed_segment_leaves_the_ball(lang, rendered_video):
    """At the stop p < 1 the note says why the ball is not convex, and it is drawn: a
    dashed segment between two axis points of the ball (mathcore's reach along the axes),
    whose middle lies outside the ball (mathcore's gauge there above the radius); it is
    seen on screen along that segment and outside the ball, and it is gone at p = 1
    (where the same segment is the diamond's edge)."""
    video = rendered_video(BallFamily, lang)
    scene = video.scene
    loss = QuadraticLoss.create(scene.center, scene.matrix)
    last = video.beat("lp_below")[1]
    setting = video.value("setting", last)
    ball = ball_at(0, setting)
    assert 1.0 / setting < 1.0
    chord = scene.shown["chord"]
    ends = np.array(chord["ends"])
    directions = ends / np.linalg.norm(ends, axis=1, keepdims=True)
    np.testing.assert_allclose(np.linalg.norm(ends, axis=1), ball.reach(directions))
    assert np.all(np.sign(ends.sum(axis=0)) == -np.sign(loss.center))  # away from c
    middle = ends.mean(axis=0)
    assert float(ball.gauge(middle)[0]) == pytest.approx(chord["middle_norm"])
    assert chord["middle_norm"] > ball.radius
    # drawn along mathcore's segment where it is outside the ball (its middle part: no
    # other line there), and gone once the next morph begins (p still about 0.7; at
    # p = 1 the same segment is the diamond's edge)
    after = video.beat("lp_one")[0] + int(np.ceil(0.5 * video.fps))
    assert 1.0 / video.value("setting", after) < 0.75
    frames = video.frames([last, after])
    along = video.to_pixels("plane", last, np.outer(np.linspace(0.3, 0.7, 41),
                                                    ends[1] - ends[0]) + ends[0])
    box = np.array([along.min(axis=0) - 3.0, along.max(axis=0) + 3.0])
    seen = {}
    for at, frame in frames.items():
        drawn = bright_pixels(frame, box, contrast=25.0)
        near = np.min(np.linalg.norm(along[:, None, :] - drawn[None, :, :], axis=2),
                      axis=1) if len(drawn) else np.full(len(along), np.inf)
        seen[at] = int(np.sum(near <= 1.5))
    assert seen[last] >= len(along) // 3 and seen[after] == 0, seen
    # the note says it, in the stop's colour (green: the optimum sits on a corner)
    assert text(scene.stop_words["lp_below"][1], lang) in (
        text("lp_below_note", lang), text("lp_below_off_note", lang))


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_at_infinity_the_diagonals_hold_the_corners(lang, rendered_video):
    """At p = inf the square's corners are mathcore's reach along the diagonals, (+-r, +-r),
    none on an axis; the two diagonals between opposite corners are drawn (dashed) after
    the note comes, as the subtitle names them: decoded, brighter along them in the
    stop's last frame than just after the note came."""
    video = rendered_video(BallFamily, lang)
    scene = video.scene
    first, last = video.beat("lp_inf")
    corners = np.array(scene.shown["diagonals"]["corners"])
    np.testing.assert_allclose(np.abs(corners), RADIUS, rtol=1e-9)
    assert np.all(corners != 0.0)
    stopped = next(i for i in range(first, last + 1) if video.value("setting", i) == 0.0)
    before = stopped + int(np.ceil(0.7 * video.fps))
    frames = video.frames([before, last])
    for corner in corners:
        # (its half left of the beta_2 axis when c is right of it: clear of the contour)
        away = -corner if np.sign(corner[0]) == np.sign(scene.loss.center[0]) else corner
        along = video.to_pixels("plane", last, np.outer(np.linspace(0.3, 0.8, 31), away))
        rows, cols = np.round(along[:, 1]).astype(int), np.round(along[:, 0]).astype(int)
        gain = luma(frames[last][rows, cols].astype(float)) - luma(
            frames[before][rows, cols].astype(float))
        assert np.sum(gain >= 25.0) >= len(along) // 4, (corner, gain)
        assert np.sum(gain <= -25.0) == 0, (corner, gain)


#: The next beat of each held note's (its fade-out comes in that beat).
NEXT_BEAT = {INSET_BEAT: "lp_two", "lp_inf": "lp_enet"}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_long_notes_stay_to_be_read(lang, rendered_video):
    """The log inset's caption and the p = inf note (``READ_BEATS``) stay on screen, in the
    decoded video, at least their reading time (``reading_seconds``: 15 characters a second
    in English, 8 in Chinese): from the frame where their stop is reached (their fade-in
    starts) to the last frame that still shows 90 % of their ink (their fade-out starts
    after it)."""
    video = rendered_video(BallFamily, lang)
    scene = video.scene
    stop_q = {beat: q for q, beat in LP_STOPS}
    for beat in (INSET_BEAT, *READ_BEATS):
        first, _ = video.beat(beat)
        end = video.beat(NEXT_BEAT[beat])[1]
        stopped = next(i for i in range(first, end) if video.value("setting", i) == stop_q[beat])
        if beat == INSET_BEAT:
            note = scene.inset[4]
        else:
            note = pieces.fit_into(pieces.label(note_for(scene, beat), theme.SMALL_SIZE),
                                   scene.note_band.width)
            note.align_to([scene.note_band.left, scene.note_band.top, 0.0], UP + LEFT)
        box = video.pixel_box(note, margin_px=1.0)
        frames = video.frames(range(stopped, end + 1))
        ink = {i: len(bright_pixels(frame, box, contrast=25.0)) for i, frame in frames.items()}
        full = max(ink.values())
        assert full >= 50, (beat, full)
        last_full = max(i for i, n in ink.items() if n >= 0.9 * full)
        shown = (last_full - stopped + 1) / video.fps
        needed = reading_seconds(note_for(scene, beat), lang)
        assert shown >= needed - 1.0 / video.fps, (beat, shown, needed)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_reveals_leave_no_long_still(lang, rendered_video):
    """The stops that used to hold still too long (the log inset past p = 1, p = inf, the
    corner's fan) bring in what the subtitle says as it says it: in their beats no run of
    decoded frames showing the same picture lasts over ``LONGEST_STILL`` s."""
    from tests.test_frames_ols_ridge import LONGEST_STILL, STILL_LEVEL, STILL_PIXELS

    video = rendered_video(BallFamily, lang)
    for beat in (INSET_BEAT, "lp_inf", "lp_leave"):
        first, last = video.beat(beat)
        still_runs(video.frames(range(first, last + 1)).items(), video.fps,
                   level=STILL_LEVEL, allowed=STILL_PIXELS, limit=LONGEST_STILL)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_sweep_axes_ticks_and_names(lang, rendered_video):
    """The p axis has no words on its spacing (never explained to a newcomer, dropped);
    its ticks do sit at equal steps of 1/p, so p = inf is its right end (in the scene and
    in the picture), and its name (p, w) is drawn clear of the last tick's label.  The
    elastic net's L1 share is named w on screen, never alpha (scikit-learn's name for the
    penalty's weight)."""
    video = rendered_video(BallFamily, lang)
    chart = video.scene.chart
    index = video.beat("lp_inf")[1]
    frame = video.frames([index])[index]
    assert len(chart.parts["lp"]["static"]) == 4  # axis, ticks, labels, name: no words
    _, ticks, labels, _ = chart.parts["lp"]["static"]
    for label in labels:
        assert len(bright_pixels(frame, video.pixel_box(label, margin_px=0.0),
                                 contrast=40.0)) >= 3, "a tick label not drawn"
    settings = np.array([2.0, 1.0, 2 / 3, 0.5, 0.0])  # q = 1/p at p = 0.5, 1, 1.5, 2, inf
    xs = np.array([tick.get_center()[0] for tick in ticks])
    slope, offset = np.polyfit(settings, xs, 1)
    assert np.allclose(slope * settings + offset, xs, atol=1e-6)
    drawn = video.to_pixels("chart", index, np.column_stack(
        [[position_of(FAMILIES.index("lp"), q) for q in settings],
         np.full(len(settings), chart.axis_y)]))
    for x_px, tick in zip(drawn[:, 0], ticks, strict=True):
        assert abs(video.pixel_box(tick, margin_px=0.0).mean(axis=0)[0] - x_px) <= 1.0
    assert len(chart.parts["enet"]["static"]) == 4
    assert chart.parts["enet"]["static"][3].original_text == "w"
    # the axis' name (p, w) keeps clear of the last tick's label (infinity, 0): their
    # drawn glyphs at the end of each family's sweep lie a gap apart
    for family, beat in (("lp", "lp_inf"), ("enet", "lp_ridge")):
        end = video.beat(beat)[1]
        picture = video.frames([end])[end]
        _, _, family_labels, name = chart.parts[family]["static"]
        last = bright_pixels(picture, video.pixel_box(family_labels[-1], margin_px=0.0),
                             contrast=40.0)
        named = bright_pixels(picture, video.pixel_box(name, margin_px=0.0), contrast=40.0)
        assert len(last) >= 3 and len(named) >= 3, family
        gap = named[:, 0].min() - last[:, 0].max()
        assert gap >= 2.0, f"the {family} axis' name is {gap:.1f} px from its last tick label"
    for key in ("enet_value", "lp_enet_note", "lp_leave_note", "lp_ridge_note",
                "lp_axis_enet", "lp_formula_enet", "lp_formula_enet_tex"):
        line = text(key, lang, value="0.857", index="₂", radius="2", square="4")
        assert "α" not in line and "alpha" not in line and "w" in line, key


# -- the pace of the Lp sweep and the corner's fan -----------------------------------------
#: The Lp sweep's length (seconds, lp_below to lp_enet) before its pace was changed; it
#: may grow by at most a second.
LP_SWEEP_SECONDS = 29.6
#: The whole video's length (seconds) before the log inset came: it may not grow (the
#: inset's extra second is given back by the elastic net's first stop).
VIDEO_SECONDS = 59.07


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_lp_sweep_lingers_at_the_key_values(lang, rendered_video):
    """The read-out rests at p = 0.7, 1, 1.1, 1.5 and 2 (at least a waypoint's pause, the
    stops a note's hold), each morph eases in and out (slow at a key value, fast between),
    and the Lp sweep is no longer than before."""
    video = rendered_video(BallFamily, lang)
    first, last = video.beat("lp_below")[0], video.beat("lp_enet")[0] - 1
    # (and the time the inset's caption and the p = inf note take beyond their holds to be
    # read: ``test_the_long_notes_stay_to_be_read``)
    reading = sum(max(reading_seconds(note_for(video.scene, beat), lang) - NOTE_FADE_IN
                      - LP_HOLD_SECONDS[beat], 0.0) for beat in (INSET_BEAT, *READ_BEATS))
    assert (last - first + 1) / video.fps <= LP_SWEEP_SECONDS + 1.0 + INSET_EXTRA_SECONDS \
        + reading
    assert video.frame_count / video.fps <= VIDEO_SECONDS + 0.2  # (frames round up)
    inf_first, inf_last = video.beat("lp_inf")
    assert (inf_last - inf_first + 1) / video.fps >= 6.0  # the square's stop is read
    settings = np.array([video.value("setting", i) for i in range(first, last + 1)])
    for p in (0.7, 1.0, 1.1, 1.5, 2.0):
        key = next(q for q in (*[q for q, _ in LP_STOPS],
                               *itertools.chain(*LP_WAYPOINTS.values()))
                   if q > 0 and abs(1.0 / q - p) < 1e-9)
        held = int(np.sum(settings == key)) / video.fps
        assert held >= WAYPOINT_SECONDS - 1.5 / video.fps, (p, held)
    # between two key values p moves fastest mid-way: its steps in the middle third of each
    # morph are larger than in its first and last tenth
    for start, end in video.changing("setting"):
        if not first <= start < last or end - start < 10:
            continue
        p = 1.0 / np.array([max(video.value("setting", i), 1e-9) for i in range(start, end + 1)])
        if not np.all(np.isfinite(p)) or p.max() > 2.0 + 1e-9:
            continue  # (towards infinity: no key value there)
        steps = np.abs(np.diff(p))
        n = len(steps)
        middle, ends = steps[n // 3: 2 * n // 3].mean(), max(steps[: n // 10 + 1].mean(),
                                                            steps[-(n // 10 + 1):].mean())
        assert middle > 2.0 * ends, (start, end, middle, ends)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_corner_fan_narrows_past_minus_gradient(lang, rendered_video):
    """In the leave beat the elastic-net corner's fan of normals (mathcore's subgradients
    w s + (1 - w) 2b at the corner, s in the L1 normal cone) is drawn at the corner in the
    ball's colour with the width mathcore gives at the frame's w, narrowing as w falls;
    -grad f at the corner is drawn in the loss's colour, inside the fan down to the
    threshold w and outside it below.  The note comes at the threshold itself (drawn
    within its fade-in of w reaching it); past it the optimum leaves the corner and the
    fan and -grad f, left behind, stay while the note that names them is read: at the
    beat's last frame the fan is drawn with mathcore's (narrower) width, clear of -grad f."""
    video = rendered_video(BallFamily, lang)
    scene = video.scene
    loss = QuadraticLoss.create(scene.center, scene.matrix)
    corner = scene.corner
    assert corner[1] == 0.0 and solve_ball(loss, ball_at(1, 1.0)).beta[1] == 0.0
    pull = -np.asarray(loss.gradient(corner))
    pull_angle = np.degrees(np.arctan2(pull[1], pull[0]))

    def half_angle(mix: float) -> float:
        rays = scene.fan_rays(mix)
        return float(np.degrees(np.abs(np.arctan2(rays[:, 1], rays[:, 0])).max()))

    # mathcore's numbers: -grad f in the fan at the threshold, outside it past the threshold
    assert half_angle(1.0) == pytest.approx(45.0)
    assert pull_angle <= half_angle(scene.leave) + 1e-3
    first, last = video.beat("lp_leave")
    settings = [video.value("setting", i) for i in range(first, last + 1)]
    assert pull_angle > half_angle(settings[-1])
    # the drawn fan: the angles below the axis (clear of the arrow) where its fill is seen
    early = first + int(np.argmax(np.array(settings) < 1.0))  # the first frame of the morph
    at_threshold = [first + k for k, mix in enumerate(settings) if mix == scene.leave]
    assert len(at_threshold) >= video.fps  # the pause on the threshold itself
    threshold = at_threshold[-1]
    frames = video.frames([early, threshold, last])
    widths = {}
    # the note at the threshold: drawn (luma as drawn alone) 0.7 s after w reaches it
    painter = TextPainter(video)
    note = pieces.fit_into(pieces.label(note_for(scene, "lp_leave"), theme.SMALL_SIZE),
                           scene.note_band.width).align_to(
        [scene.note_band.left, scene.note_band.top, 0.0], UP + LEFT)
    shown = at_threshold[0] + int(np.ceil(0.7 * video.fps))
    assert shown <= threshold
    box = video.pixel_box(note, margin_px=3.0)
    painter.camera.reset()
    painter.camera.capture_mobject(note)
    (left, top), (right, bottom) = np.floor(box[0]).astype(int), np.ceil(box[1]).astype(int)
    drawn = luma(painter.camera.pixel_array[..., :3])[top:bottom, left:right]
    seen = luma(video.frames([shown])[shown][top:bottom, left:right])
    assert float(np.abs(seen - drawn).mean()) <= READOUT_MATCH
    def filled_angles(index: int, frame: np.ndarray, fill_mix: float) -> list[float]:
        """The angles below the axis where the fan's fill (at ``fill_mix``) is seen."""
        fill = (1 - FAN_OPACITY) * rgb(theme.BACKGROUND_COLOR) + FAN_OPACITY * rgb(
            ball_color(1, fill_mix))
        seen = []
        for angle in np.arange(-70.0, -3.0, 1.0):
            direction = np.array([np.cos(np.radians(angle)), np.sin(np.radians(angle))])
            points = video.to_pixels("plane", index, corner + np.outer(
                [0.5, 0.65, 0.8], FAN_RADIUS * direction))
            colors = frame[np.round(points[:, 1]).astype(int), np.round(points[:, 0]).astype(int)]
            if np.sum(np.abs(colors.astype(float) - fill).mean(axis=1) < 20.0) >= 2:
                seen.append(-angle)
        return seen

    # past the threshold the fan, left at the corner, is still drawn (narrower) at the end
    for index in (early, threshold, last):
        frame = frames[index]
        mix = video.value("setting", index)
        widths[index] = max(filled_angles(index, frame, mix))
        assert abs(widths[index] - half_angle(mix)) <= 4.0, (index, mix, widths[index],
                                                              half_angle(mix))
        # -grad f: the loss's colour along its shaft
        shaft = video.to_pixels("plane", index, corner + np.outer(
            np.linspace(0.2, 0.55, 8), FAN_RADIUS * pull / np.linalg.norm(pull)))
        box = np.array([shaft.min(axis=0) - 3, shaft.max(axis=0) + 3])
        assert len(region_pixels(frame, theme.LOSS_COLOR, box, PANEL_COLORS)) >= 8, index
    assert widths[last] < widths[threshold] < widths[early], widths


class UserNumbers(BallFamily):
    """``normviz render lp_family --center 1,2 --matrix 1,0,0,3``: the optimum is on no
    corner at p = 0.7 nor at p = 1."""

    center = (1.0, 2.0)
    matrix = ((1.0, 0.0), (0.0, 3.0))


class CenterInside(BallFamily):
    """``--center 0.5,0.3``: c inside every ball of the sweep."""

    center = (0.5, 0.3)


@pytest.mark.parametrize("scene_class", [BallFamily, UserNumbers, CenterInside],
                         ids=lambda c: c.__name__)
def test_the_stop_words_hold_for_the_loss(scene_class):
    """Each Lp stop's subtitle and note say only what mathcore's optimum there shows:
    "the optimum sits on a corner" at p = 0.7 and p = 1 only when it does (else that it
    is not on one), the log inset of the 0 at p = 1 only when p = 1 has its 0 on a
    corner; the formulas carry the budget, not a written 2."""
    scene = scene_class()
    scene.setup()
    scene.loss = QuadraticLoss.create(scene.center, scene.matrix)
    scene.choose_words()
    below, one = (solve_ball(scene.loss, ball_at(0, q)) for q in (1 / 0.7, 1.0))
    on_below, on_one = below.face == "vertex", one.face == "vertex"
    assert bool(below.zeros) == on_below and bool(one.zeros) == on_one
    assert scene.stop_words["lp_below"][0] == ("lp_below" if on_below else "lp_below_off")
    assert scene.stop_words["lp_one"][0] == (
        ("lp_one" if on_below else "lp_one_corner") if on_one else "lp_one_off")
    assert scene.stop_words["lp_above"][0] == ("lp_above" if on_one else "lp_above_plain")
    assert scene.inset_zero == (one.zeros[0] if on_one else None)
    assert scene.stop_words["lp_below"][1] == ("lp_below_note" if on_below
                                               else "lp_below_off_note")
    # p = inf: the note names the flat side only when exactly one coefficient of mathcore's
    # optimum sits at the square's bound (|b_i| = t), the other strictly inside it
    square = solve_ball(scene.loss, ball_at(0, 0.0), STOP_CHECK).beta
    at_bound = np.abs(np.abs(square) - RADIUS) <= 1e-9 * RADIUS
    side = int(np.flatnonzero(at_bound)[0]) if at_bound.sum() == 1 else None
    assert scene.inf_side == side
    assert side is None or abs(square[1 - side]) < RADIUS - 1e-6
    assert scene.stop_words["lp_inf"][1] == ("lp_inf_note" if side is None
                                             else "lp_inf_side_note")
    if scene_class is BallFamily:  # the default loss: the optimum (2, 1.5) on beta_1 = 2
        assert side == 0 and square[1] == pytest.approx(1.5, abs=1e-6)
        for lang in ("en", "zh"):
            note = text("lp_inf_side_note", lang, **scene.side_fields())
            assert "β₁ = 2" in note, note
    for lang in ("en", "zh"):  # the tiny coefficient named is the one 0 at p = 1
        if on_one:
            zero = scene.inset_zero + 1
            assert f"β{zero}*" in text("sub_lp_above", lang, index=zero)
    formula = text("lp_formula_enet", "en", radius="3", square="9")
    assert formula.endswith("≤ 3w + 9(1 − w)")


def test_flat_side_is_the_one_coefficient_at_the_bound():
    """``flat_side``: the index of the one |b_i| equal to the radius (a flat side of the
    p = inf square), None inside it or on a corner (both at the bound)."""
    assert flat_side(np.array([RADIUS, 0.75 * RADIUS])) == 0
    assert flat_side(np.array([0.1, -RADIUS])) == 1
    assert flat_side(np.array([RADIUS, -RADIUS])) is None
    assert flat_side(np.array([0.5, 0.3])) is None


def test_a_users_numbers_get_true_words(rendered_video):
    """``lp_family`` with a user's c and A (no corner holds the optimum at p = 0.7 or
    p = 1): the beats are the stops' variants mathcore's optima call for, each note drawn
    is the one chosen (no log inset of a 0 that is not there), the dashed segment leaves
    the ball at p = 0.7, and nothing of the elastic net's corner is told (no optimum
    leaves an axis it never sat on)."""
    video = rendered_video(UserNumbers)
    scene = video.scene
    assert scene.leave is None and scene.inset_zero is None
    names = [b["name"] for b in video.timeline["beats"]]
    assert names == ["lp_start", "lp_below_off", "lp_one_off", "lp_above_plain", "lp_two",
                     "lp_inf", "lp_enet", "lp_ridge"]
    assert "log_inset" not in scene.shown
    painter = TextPainter(video)
    loss = QuadraticLoss.create(scene.center, scene.matrix)
    offs = {}
    for beat, (key, _) in scene.stop_words.items():
        index = video.beat(key)[1]
        family, setting, _ = state(video, index)
        optimum = optimum_at(loss, family, setting)
        assert not optimum.zeros, beat
        offs[beat] = check_note(video, painter, video.frames([index])[index], beat, optimum)
    chord = scene.shown["chord"]
    assert chord["middle_norm"] > chord["radius"]
    print(offs)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_p_axis_says_it_is_spaced_in_one_over_p(lang, rendered_video):
    """Before the first stop, the notes' place says that the p axis is evenly spaced in 1/p
    (its ticks at p = 0.5, 1, 1.5, 2, infinity lie at 2 - 1/p): drawn in the decoded
    frame at the end of the first beat, at least 14 px high at 480p, above the subtitles'
    strip; faded out before the sweep moves on."""
    video = rendered_video(BallFamily, lang)
    scene = video.scene
    note = scene.axis_note
    assert note.original_text == text("lp_axis_note", lang)
    ticks = [scene.chart.axes.p2c(line.get_center())[0]
             for line in scene.chart.parts["lp"]["static"][1]]
    np.testing.assert_allclose(np.diff(ticks),
                               np.diff(2.0 - np.array([2.0, 1.0, 2 / 3, 0.5, 0.0])), atol=1e-6)
    height = video.timeline["pixel_size"][1]
    end = video.beat("lp_start")[1]
    frame = video.frames([end])[end]
    box = video.pixel_box(note, margin_px=0.0)
    assert box[1][1] <= (1.0 - SUBTITLE_SHARE) * height
    assert len(bright_pixels(frame, box, contrast=25.0)) > 30
    assert ink_height_px(frame, video, note) * 480 / height >= 14.0
    # faded out before the sweep moves on (and before the next note comes)
    moving = video.beat("lp_below")[0] + int(np.ceil(0.5 * video.fps))
    later = video.frames([moving])[moving]
    assert len(bright_pixels(later, box, contrast=25.0)) <= 5


# -- nothing crosses the panel's texts -----------------------------------------------------
#: The curves' names: their glyphs at least this tall (px at 480p) and this far apart.
CURVE_NAME_PX, CURVE_NAMES_APART_PX = 14.0, 4.0
#: The marker's disc keeps at least this far (px) from the tick label under it.
MARKER_LABEL_GAP_PX = 3.0


def ink_box(mask: np.ndarray) -> np.ndarray:
    """((left, top), (right, bottom)) of a mask's set pixels (their centres)."""
    ink = pixel_centres(mask)
    assert len(ink) >= 15, f"{len(ink)} pixels of ink"
    return np.array([ink.min(axis=0), ink.max(axis=0)])


def check_cursor_clear_of_band_name(video) -> int:
    """In every frame of both sweeps where the cursor passes the zero band's name while
    it is shown (the band grown under its left edge), no pixel of the cursor's colour lies
    in the name's box: the cursor breaks around the name.  Returns the frames checked."""
    scene, chart = video.scene, video.scene.chart
    checked = 0
    for family in FAMILIES:
        name = chart.parts[family]["band_name"]
        assert len(name.get_all_points()), f"{family}: no zero band name"
        box = video.pixel_box(name, margin_px=1.0)
        left, right = (float(chart.axes.p2c(name.get_edge_center(side))[0])
                       for side in (LEFT, RIGHT))
        end = scene.zero_bands[family][1]
        picks = []
        for index in range(video.frame_count):
            f, _, position = state(video, index)
            if FAMILIES[f] == family and left < min(position, end) and position <= right:
                picks.append(index)
        assert len(picks) >= 5, (family, len(picks))
        for index, frame in video.frames(picks).items():
            cursor = region_pixels(frame, theme.MUTED_TEXT_COLOR, box, PANEL_COLORS)
            assert len(cursor) == 0, (
                f"{family}: the cursor crosses the zero band's name at frame {index} "
                f"({video.time(index):.2f} s): {len(cursor)} pixels")
        checked += len(picks)
    return checked


def check_marker_clear_of_tick_labels(video) -> dict:
    """At every stop on a tick (p = 1, 2, inf; w = 1, 0) the marker's disc, drawn in the
    ball's colour, keeps ``MARKER_LABEL_GAP_PX`` above the glyphs of the tick label under
    it (the end label "inf" stays readable: the label's bright pixels), and none of its
    pixels lies in the label's box."""
    chart = video.scene.chart
    gaps = {}
    stops = {"lp_one": ("lp", 1), "lp_two": ("lp", 3), "lp_inf": ("lp", 4),
             "lp_enet": ("enet", 0), "lp_ridge": ("enet", 4)}
    for beat, (family, tick) in stops.items():
        index = video.beat(beat)[1]
        frame = video.frames([index])[index]
        f, setting, position = state(video, index)
        assert setting == TICKS[family][tick], (beat, setting)
        color = ball_color(f, setting)
        label = chart.parts[family]["static"][2][tick]
        label_box = video.pixel_box(label, margin_px=1.0)
        centre = video.to_pixels("chart", index, [[position, chart.axis_y]])[0]
        disc = color_mask(frame, color, PANEL_COLORS,
                          video.disc_box(centre, video.dot_radius_px))
        glyphs = bright_pixels(frame, label_box, contrast=40.0)  # (thin grey strokes)
        assert len(glyphs) >= 10, f"{beat}: the tick label is not drawn"
        gap = glyphs[:, 1].min() - ink_box(disc)[1][1] - 1.0
        assert gap >= MARKER_LABEL_GAP_PX, f"{beat}: the marker is {gap:.1f} px from its label"
        assert not color_mask(frame, color, PANEL_COLORS, label_box).any(), beat
        gaps[beat] = float(gap)
    return gaps


def check_curve_names(video) -> dict:
    """On frames spread over every beat: each curve's name (b1*, b2*) is drawn in its
    colour where ``name_centres`` puts it beside the head at mathcore's b* for the
    recorded state, its glyphs at least ``CURVE_NAME_PX`` tall, and the two names' glyphs
    at least ``CURVE_NAMES_APART_PX`` apart."""
    scene, chart = video.scene, video.scene.chart
    loss = QuadraticLoss.create(scene.center, scene.matrix)
    sizes = np.array([[name.width, name.height] for name in chart.names])
    scale = 480 / video.timeline["pixel_size"][1]
    worst = {"height_px": np.inf, "apart_px": np.inf}
    for index, frame in video.frames(beat_frames(video)).items():
        family, setting, position = state(video, index)
        beta = optimum_at(loss, family, setting).beta
        heads = np.array([chart.axes.c2p(position, b) for b in beta])
        centres = name_centres(heads, sizes, chart.axes.c2p(0.0, 0.0)[1])
        inks = []
        for centre, size, color in zip(centres, sizes, CURVE_COLORS, strict=True):
            half = np.array([size[0] / 2, -size[1] / 2, 0.0])  # (to the right and down)
            corners = video.screen_to_pixels(np.array([centre - half, centre + half]))
            box = corners + np.array([[-2.0, -2.0], [2.0, 2.0]])
            ink = ink_box(color_mask(frame, color, PANEL_COLORS, box))
            height = (ink[1][1] - ink[0][1] + 1.0) * scale
            assert height >= CURVE_NAME_PX, f"a curve name {height:.1f} px tall, frame {index}"
            worst["height_px"] = min(worst["height_px"], height)
            inks.append(ink)
        (low1, high1), (low2, high2) = inks
        apart = float(np.maximum(low2 - high1 - 1.0, low1 - high2 - 1.0).max()) * scale
        assert apart >= CURVE_NAMES_APART_PX, (
            f"the curves' names are {apart:.1f} px apart at frame {index} "
            f"({video.time(index):.2f} s)")
        worst["apart_px"] = min(worst["apart_px"], apart)
    return worst


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_nothing_crosses_the_panels_texts(lang, rendered_video):
    """The decoded frames: the cursor never crosses the zero band's name (it breaks
    around it), the marker on the sweep axis never covers the tick label under it (the
    end label inf included), and the curves' names at their live ends are at least 14 px
    tall and 4 px apart."""
    video = rendered_video(BallFamily, lang)
    check_cursor_clear_of_band_name(video)
    check_marker_clear_of_tick_labels(video)
    check_curve_names(video)
