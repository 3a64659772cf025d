"""Frame tests of scenes/bridge.py (two dimensions only: the 1-D minimisers are the
penalty video's): the nested contours and c inside the framed window and the constrained
optimum, the balance arrows -grad f and mu s (one scale, equal and parallel, mu s beside
-grad f, both outward and both seen, named apart, with s's words: a subgradient for L1, the
unit normal b*/||b*|| for L2), the corner's fan of normals while the loss slides (the L1
optimum on the corner pixel, -grad f turning with mathcore's, the circle's optimum moving),
the caption lines at one size, the constrained optimum and the penalised one (ring) at
mathcore's points, the penalised objective's contours in their own colour (found by it)
and named, and the ball following t = ||b*(lam)|| as lam is scaled, lam's objective
written above it; the windows' tick numbers where the recorded map puts their values,
-grad f's and mu s's names on the L1 plane readable over the fan (no shading under their
letters), the price beat's step of the budget (ball and optimum at t + dt), and no still
picture longer than 3 s in any beat."""

from __future__ import annotations

import itertools
import re

import numpy as np
import pytest

from mathcore import QuadraticLoss, solve_constrained
from mathcore.norms import norm_named
from mathcore.penalty_form import (
    budget_for_penalty,
    l1_normal_cone,
    penalised_level_set,
    penalised_optimum,
    penalised_value,
    penalty_for_budget,
    stationarity,
)
from scenes import defaults, layout, pieces, theme
from scenes.base import CLOSING_STILL_SECONDS
from scenes.bridge import (
    A_HIGH,
    A_LOW,
    ARROW_GAP,
    ARROW_SCALE,
    CAPTION_LINES,
    FAMILY_LEVELS,
    FAMILY_OPACITY,
    FAN_EDGE_OPACITY,
    FAN_OPACITY,
    GHOST_GAP,
    K_TOP,
    NAME_SIZE,
    NAMED,
    PEN_COLOR,
    PEN_RISES,
    PEN_STROKE,
    PRICE_STEP,
    RING_RADIUS,
    RULER_ZOOM,
    TICK_HALF,
    WINDOW_OPACITY,
    ConstraintToPenalty,
    fan_center,
)
from scenes.cues import cues
from scenes.pieces import optimum_color
from scenes.strings import text
from tests.frames import (
    MarkerCheck,
    TextPainter,
    assert_near_polylines,
    blend,
    check_basics,
    classify,
    color_mask,
    densify,
    luma,
    marker_position,
    pixel_centres,
    region_pixels,
    rgb,
    spread,
    still_runs,
    text_box,
    without_boxes,
)
from tests.test_theme import MEANINGS, ciede2000, lab

pytestmark = pytest.mark.slow
LOSS = QuadraticLoss.create(defaults.CENTER, defaults.MATRIX)
#: Colours that may lie on the 2-D arrows' paths (text, markers, the window's frame).
ON_ARROWS = (theme.TEXT_COLOR, theme.SOLUTION_COLOR, theme.ZERO_COLOR)


def beat_frame(rendered_video, lang: str, beat: str, end: int = 1):
    """The video, and the index and decoded picture of the first (end 0) or last (end 1)
    frame of ``beat``."""
    video = rendered_video(ConstraintToPenalty, lang)
    index = video.beat(beat)[end]
    return video, index, video.frames([index])[index]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_basics(lang, rendered_video):
    check_basics(rendered_video(ConstraintToPenalty, lang))


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_budget_and_the_penalty_give_the_same_point(lang, rendered_video):
    video, index, frame = beat_frame(rendered_video, lang, "bridge_same")
    for norm in ("l1", "l2"):
        constrained = solve_constrained(LOSS, norm, defaults.RADIUS).beta
        penalised = penalised_optimum(LOSS, norm, penalty_for_budget(LOSS, norm,
                                                                     defaults.RADIUS))
        plane = f"{norm}_2d"
        expected = video.to_pixels(plane, index, [constrained])[0]
        found = marker_position(frame, optimum_color(constrained), expected,
                                video.dot_radius_px, [theme.NORM_COLORS[norm],
                                                      theme.LOSS_COLOR, theme.TEXT_COLOR])
        assert found is not None and np.linalg.norm(found - expected) <= 2.0
        ring_centre = video.to_pixels(plane, index, [penalised])[0]
        ring = pixel_centres(color_mask(frame, theme.TEXT_COLOR, [
            theme.NORM_COLORS[norm], theme.LOSS_COLOR, optimum_color(constrained), PEN_COLOR],
            np.array([ring_centre - 20, ring_centre + 20])))
        ring = ring[np.linalg.norm(ring - ring_centre, axis=1) > video.dot_radius_px + 1.5]
        # (less the penalised objective's contours, where they pass near the ring: their
        # bright rims may blend towards the ring's white)
        lam = penalty_for_budget(LOSS, norm, defaults.RADIUS)
        bottom = float(penalised_value(LOSS, norm, lam, penalised))
        levels = [bottom + rise for rise in PEN_RISES]
        outlines = [video.to_pixels(plane, index, penalised_level_set(LOSS, norm, lam, level))
                    for level in levels]
        grey = np.vstack([densify(np.vstack([o, o[:1]])) for o in outlines])
        ring = ring[np.min(np.linalg.norm(ring[:, None, :] - grey[None, :, :], axis=2),
                           axis=1) > 2.5]
        radii = np.linalg.norm(ring - ring_centre, axis=1)  # (the dot's rim left out)
        assert len(radii) >= 20
        angles = np.arctan2(*(ring - ring_centre).T[::-1])
        assert len(np.unique(np.floor((angles + np.pi) / (np.pi / 6)))) >= 9  # all round
        # one circle of the ring's radius about the penalised optimum
        assert np.percentile(radii, 95) - np.percentile(radii, 5) <= 3.0
        assert abs(np.median(radii) - video.screen_px(RING_RADIUS)) <= 1.5
        # the penalised objective f + lam P drawn: its contours (mathcore's level sets at
        # PEN_RISES above its minimum) nested round the circled point, the loss's own
        # contours gone
        assert video.scene.shown[f"{norm}_penalised_levels"] == pytest.approx(levels)
        side = video.scene.sides[norm]
        axes = side["axes"]
        # found by their own colour (PENALISED_COLOR, no other element's), less the ring
        # and the optimum's dot and the contours' name (its letters are of that colour too)
        near = [video.disc_box(ring_centre, video.screen_px(RING_RADIUS) + 4),
                video.pixel_box(side["pen_label"])]
        drawn = region_pixels(frame, PEN_COLOR, video.plane_box(axes), [
            theme.NORM_COLORS[norm], theme.TEXT_COLOR, theme.AXES_COLOR,
            optimum_color(constrained)], near)
        # (less the ball's stroke and its rim: the video keeps colour per 2 x 2 block, and
        # the norm's colour fading into the background there passes for the pale rose)
        ball = video.to_pixels(plane, index, norm_named(norm).outline(defaults.RADIUS))
        ball = densify(np.vstack([ball, ball[:1]]))
        reach = np.linalg.norm(drawn[:, None, :] - ball[None, :, :], axis=2).min(axis=1)
        drawn = drawn[reach > video.half_stroke_px(theme.BALL_STROKE) + 2.0]
        assert_near_polylines(video, index, drawn, [np.vstack([o, o[:1]]) for o in outlines],
                              f"{norm} penalised contours", PEN_STROKE, min_pixels=40)
        for outline in outlines:  # each drawn all round, clear of the ring, round its centre
            assert (np.linalg.norm(outline - ring_centre, axis=1).min()
                    > video.screen_px(RING_RADIUS) + video.half_stroke_px(PEN_STROKE) + 2)
            probe = outline[::12]
            probe = probe[np.linalg.norm(probe - ring_centre, axis=1)
                          > video.screen_px(RING_RADIUS) + 6 * np.sqrt(2)]
            assert len(probe) >= 0.75 * len(outline[::12]), (norm, len(probe))
            hits = np.linalg.norm(drawn[:, None, :] - probe[None, :, :], axis=2).min(0)
            assert np.mean(hits <= 2.5) >= 0.7, hits
            angles = np.arctan2(*(outline - ring_centre).T[::-1])
            assert np.ptp(np.unwrap(angles)) > 1.9 * np.pi
        check_contours_named(video, index, frame, norm, outlines)
        assert len(region_pixels(frame, theme.LOSS_COLOR, video.plane_box(axes),
                                 [PEN_COLOR, theme.NORM_COLORS[norm], theme.TEXT_COLOR,
                                  optimum_color(constrained)])) <= 10
    shown = video.scene.shown["l1_bridge"]
    assert shown["lambda"] == pytest.approx(5.0) and shown["penalised"] == [2.0, 0.0]
    # the logic the right way round (mathcore's f = (b - c)^T A (b - c), penalties
    # lam ||b||_1 and lam ||b||_2^2): the constrained b* has grad f(b*) = -mu s (s in the
    # subdifferential of ||b||_1; s = b*/t, the gradient of ||b||_2); so at lam = mu (L1),
    # mu / (2t) (L2) b* minimises the penalised objective: the premise first, the
    # conclusion after it, no "if" that would run the other way
    # (for L1, s is said in plain words: "in the fan" the corner's fan of normals has just
    # shown, not with the subdifferential's symbol)
    fan = {"en": "sinthefan", "zh": "s在扇形里"}[lang]
    for norm, words in (("l1", ("∇f(β*)=−μ·s", fan, "λ=μ=5.00", "f+λ‖β‖₁")),
                        ("l2", ("∇f(β*)=−μ·s", "s=β*/t", "λ=μ/(2t)=", "f+λ‖β‖₂²"))):
        lines = video.scene.sides[norm]["lines"]
        said = "".join(lines[key].original_text for key in ("stationary", "so", "penalised"))
        said = said.replace(" ", "")
        lam = penalty_for_budget(LOSS, norm, defaults.RADIUS)
        assert all(word in said for word in words) and f"={lam:.2f}" in said, said
        assert said.index("∇f(β*)") < said.index("λ=μ") < said.index("f+λ")
        assert "∂" not in said
        assert "if" not in said and "当" not in said
        assert "flat" not in said and "平稳" not in said
    subtitle = video.scene.beats[[b["name"] for b in video.scene.beats].index(
        "bridge_same")]["subtitle"]
    assert "flat" not in subtitle and "平稳" not in subtitle


def check_contours_named(video, index, frame, norm, outlines):
    """The penalised contours' name ("f + lam ||b||_1 contours", the norm's own penalty),
    in their colour, at least 14 px tall, on the framed window's top edge, clear of them
    (no contour passes through its box) and of the ball."""
    side = video.scene.sides[norm]
    label = side["pen_label"]
    penalty = {"l1": "λ‖β‖₁", "l2": "λ‖β‖₂²"}[norm]
    words = label[1].original_text
    assert words == text(f"bridge_pen_contours_{norm}", video.scene.lang)
    assert f"f + {penalty}" in words
    box = video.pixel_box(label, margin_px=0.0)
    letters = region_pixels(frame, PEN_COLOR, box, [theme.TEXT_COLOR, theme.AXES_COLOR,
                                                    theme.NORM_COLORS[norm]])
    assert len(letters) >= 40 and np.ptp(letters[:, 1]) + 1 >= 14, (norm, len(letters))
    # a title over the window's frame, its letters at least 4 px clear of its top edge,
    # inside its sides, under the video's title
    window = video.pixel_box(side["window"], margin_px=0.0)
    assert letters[:, 1].max() + 0.5 <= window[0, 1] - 4, (norm, "on the window's edge")
    assert window[0, 0] <= box[0, 0]
    assert box[1, 0] <= window[1, 0]
    assert letters[:, 1].min() > video.pixel_box(video.scene.title, margin_px=0.0)[1, 1]
    assert len(region_pixels(frame, theme.NORM_COLORS[norm], box, [
        PEN_COLOR, theme.TEXT_COLOR, theme.AXES_COLOR])) == 0, (norm, "on the ball")
    path = np.vstack([densify(np.vstack([o, o[:1]])) for o in outlines])
    inside = np.all((path >= box[0] - video.half_stroke_px(PEN_STROKE))
                    & (path <= box[1] + video.half_stroke_px(PEN_STROKE)), axis=1)
    assert not inside.any(), (norm, "a contour through its name")


def test_the_penalised_colour_is_its_own():
    """PENALISED_COLOR (the penalised objective's contours and words) by the theme's rules
    for a colour of its own (tests/test_theme.py): 20 CIE76 units from every meaning, 15
    CIEDE2000 units and 20 degrees of hue from each colour of the key, 15 CIEDE2000 from
    every other theme colour, light on the background; and far enough in RGB from the
    colours drawn beside it for the classifier to tell them apart."""
    color = theme.PENALISED_COLOR
    others = [theme.SOLUTION_COLOR, theme.ZERO_COLOR, theme.L1_COLOR, theme.L2_COLOR,
              theme.LOSS_COLOR, theme.TEXT_COLOR, theme.MUTED_TEXT_COLOR, theme.AXES_COLOR,
              theme.OTHER_BALL_COLOR, *theme.SERIES_COLORS, *theme.FEATURE_PALETTE,
              *[value for name, value in vars(theme).items()
                if name.endswith("_COLOR") and name != "PENALISED_COLOR"
                and isinstance(value, str) and value.startswith("#")]]
    for meaning in MEANINGS.values():
        assert np.linalg.norm(lab(color) - lab(meaning)) >= 20, meaning
    for other in set(others) - {theme.BACKGROUND_COLOR}:
        assert ciede2000(lab(color), lab(other)) >= 15, other
    hue = np.degrees(np.arctan2(lab(color)[2], lab(color)[1])) % 360
    for _, key in theme.COLOR_KEY:
        key_hue = np.degrees(np.arctan2(lab(key)[2], lab(key)[1])) % 360
        assert abs((hue - key_hue + 180) % 360 - 180) >= 20, key
    assert lab(color)[0] >= 60
    for other in (theme.SOLUTION_COLOR, theme.ZERO_COLOR, theme.TEXT_COLOR,
                  *theme.NORM_COLORS.values()):
        assert np.abs(rgb(color) - rgb(other)).sum() >= 70, other


#: Each beat's lines of words under a plane at its end (slot order), and their colours
#: (None: the norm's).
BEAT_LINES = {"bridge_start": ("constrained", "loss"),
              "bridge_kkt": ("constrained", "normal", "balance"),
              "bridge_price": ("constrained", "balance", "price"),
              "bridge_same": ("stationary", "so", "penalised")}
TINTS = {"constrained": None, "penalised": PEN_COLOR, "loss": theme.LOSS_COLOR,
         "pull": theme.LOSS_COLOR}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_penalty_is_told_one_line_at_a_time(lang, rendered_video):
    """bridge_same lasts >= 8 s: first the constrained optimum's balance (grad f(b*) =
    -mu s), then "so with lam = ...", "b* minimises f + lam P" (the ring with them), each
    drawn at least 15 px tall; the constraint's line gone."""
    video = rendered_video(ConstraintToPenalty, lang)
    for beat in ("bridge_kkt", "bridge_same"):
        first, last = video.beat(beat)
        assert video.time(last) - video.time(first) >= 8.0, beat
    first, last = video.beat("bridge_same")
    # the fade-out (0.4 s), the balance's line with the contours (0.8 s), and 0.5 s on
    # (the next line waits for its words, "So at lam", seconds later), then the end
    picks = [first + round((0.4 + 0.8 + 0.5) * video.fps), last]
    frames = video.frames(picks)
    for norm, side in video.scene.sides.items():
        keys = ("stationary", "so", "penalised")
        tints = [TINTS.get(key) or theme.TEXT_COLOR for key in keys]
        others = [theme.NORM_COLORS[norm], theme.TEXT_COLOR, PEN_COLOR]
        for shown, index in zip((1, 3), picks, strict=True):
            counts = [len(region_pixels(frames[index], tint, video.pixel_box(side["lines"][key]),
                                        others))
                      for tint, key in zip(tints, keys, strict=True)]
            assert all(count >= 20 for count in counts[:shown]), (norm, index, counts)
            assert all(count == 0 for count in counts[shown:]), (norm, index, counts)
        for tint, key in zip(tints, keys, strict=True):
            box = video.pixel_box(side["lines"][key], margin_px=1.0)
            found = region_pixels(frames[last], tint, box, others)
            assert np.ptp(found[:, 1]) >= 15.0, (norm, key, np.ptp(found[:, 1]))


def text_rows(frame, box) -> int:
    """How many lines of words are drawn in the pixel ``box``: runs of pixel rows holding
    lit pixels, at least 8 px high (a gap of 2 rows ends a run)."""
    (left, top), (right, bottom) = np.round(box).astype(int)
    lift = np.abs(frame[top:bottom, left:right].astype(float)
                  - rgb(theme.BACKGROUND_COLOR)).sum(axis=2)
    lit = np.flatnonzero((lift >= 60).sum(axis=1) >= 2)
    if not len(lit):
        return 0
    runs = np.split(lit, np.flatnonzero(np.diff(lit) > 2) + 1)
    return sum(run[-1] - run[0] + 1 >= 8 for run in runs)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_at_most_three_lines_of_words_under_a_plane(lang, rendered_video):
    """At the end of every beat (and of the fan's and the sweep's motions), under each
    plane, between its window and the ruler's or the subtitles' strip, the decoded frame
    holds at most CAPTION_LINES lines of words, and just the lines the beat means to show
    (each drawn, in its colour, in its slot)."""
    video = rendered_video(ConstraintToPenalty, lang)
    scene = video.scene
    ends = {name: video.beat(name)[1] for name in
            ("bridge_start", "bridge_kkt", "bridge_price", "bridge_fan", "bridge_same",
             "bridge_lambda")}
    frames = video.frames(ends.values())
    for name, index in ends.items():
        for norm, side in scene.sides.items():
            window = video.pixel_box(side["window"], margin_px=0.0)
            # from under the window's x numbers down to half a caption line under the last
            # slot (the ruler's rows below)
            numbers = video.pixel_box(side["numbers"], margin_px=0.0)
            floor = video.screen_to_pixels(np.array([side["slots"][-1]
                                                     - [0.0, 0.5 * layout.CAPTION_LINE, 0.0]]))
            box = np.array([[window[0, 0] - 4, numbers[1, 1] + 2],
                            [window[1, 0] + 4, floor[0, 1]]])
            rows = text_rows(frames[index], box)
            assert 1 <= rows <= CAPTION_LINES, (name, norm, rows)
            for slot, key in enumerate(BEAT_LINES.get(name, ())):
                tint = TINTS.get(key, theme.TEXT_COLOR) or theme.NORM_COLORS[norm]
                found = region_pixels(frames[index], tint, line_box(video, side, key, slot),
                                      [theme.TEXT_COLOR, theme.NORM_COLORS[norm], PEN_COLOR])
                assert len(found) >= 20, (name, norm, key)
            if name in BEAT_LINES:
                assert rows == len(BEAT_LINES[name]), (name, norm, rows)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_mu_is_said_to_be_the_price_of_the_budget(lang, rendered_video):
    """bridge_price: mu's line moved up under the constraint's, and under it the price,
    with mathcore's mu (= -df*/dt, tests/test_penalty_form.py); its subtitle says it, and
    the fan's says what a subgradient is (the normal cone)."""
    video = rendered_video(ConstraintToPenalty, lang)
    scene = video.scene
    for norm, side in scene.sides.items():
        mu = stationarity(LOSS, norm, defaults.RADIUS)[1]
        # the fall of the least loss for a small step of t, by mathcore's solver, about
        # PRICE_STEP mu (mu is the rate for small steps, not the fall per unit of t)
        drop = (solve_constrained(LOSS, norm, defaults.RADIUS).loss
                - solve_constrained(LOSS, norm, defaults.RADIUS + PRICE_STEP).loss)
        assert drop == pytest.approx(PRICE_STEP * mu, rel=0.1)
        words = side["lines"]["price"].original_text
        assert words == text("bridge_price", lang, dt=pieces.format_number(PRICE_STEP),
                             drop=f"{drop:.2f}") and f"{drop:.2f}" in words
        if norm == "l1":  # the subtitle says the fall is mu dt only to first order
            said = next(b["subtitle"] for b in scene.beats if b["name"] == "bridge_price")
            assert f"{drop:.2f}" in said and f"{PRICE_STEP * mu:.2f}" in said
        assert scene.shown["price"][norm] == pytest.approx(mu)
        assert scene.shown["price_drop"][norm] == pytest.approx(drop)
    said = {b["name"]: b["subtitle"] for b in scene.beats}
    price = {"en": ("price of the budget", "small step Δt", "μ times Δt"),
             "zh": ("预算的价格", "增加一点 Δt", "μ 乘以 Δt")}
    assert all(word in said["bridge_price"] for word in price[lang])
    cone = {"en": ("no gradient", "normal cone", "subgradient"),
            "zh": ("没有梯度", "法锥", "次梯度")}
    assert all(word in said["bridge_fan"] for word in cone[lang])
    first, last = video.beat("bridge_price")
    assert video.time(last) - video.time(first) >= 1.5


def family_pixels(video, index, frame, norm):
    plane = f"{norm}_2d"
    scene = video.scene
    axes = scene.sides[norm]["axes"]
    centre = scene.sides[norm]["center"]  # c's dot and tag (its tag's rims blend dim)
    others = [theme.NORM_COLORS[norm], blend(theme.NORM_COLORS[norm], 0.18), theme.TEXT_COLOR,
              theme.SOLUTION_COLOR, theme.ZERO_COLOR, theme.MUTED_TEXT_COLOR, theme.AXES_COLOR,
              blend(theme.AXES_COLOR, WINDOW_OPACITY)]
    dim = blend(theme.LOSS_COLOR, FAMILY_OPACITY)
    pixels = region_pixels(frame, dim, video.plane_box(axes), [theme.LOSS_COLOR, *others],
                           [video.pixel_box(centre, margin_px=3.0)])
    return plane, pixels


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_loss_has_nested_contours_about_c(lang, rendered_video):
    video, index, frame = beat_frame(rendered_video, lang, "bridge_start")
    loss = LOSS
    for norm in ("l1", "l2"):
        plane, pixels = family_pixels(video, index, frame, norm)
        centre = video.to_pixels(plane, index, [loss.center])[0]
        found = marker_position(frame, theme.LOSS_COLOR, centre, video.dot_radius_px,
                                [theme.NORM_COLORS[norm], theme.TEXT_COLOR])
        assert found is not None and np.linalg.norm(found - centre) <= 2.0
        # the constrained optimum, where the touching contour meets the ball
        beta = solve_constrained(loss, norm, defaults.RADIUS).beta
        expected = video.to_pixels(plane, index, [beta])[0]
        dot = marker_position(frame, optimum_color(beta), expected, video.dot_radius_px,
                              [theme.NORM_COLORS[norm], theme.LOSS_COLOR, theme.TEXT_COLOR])
        assert dot is not None and np.linalg.norm(dot - expected) <= 2.0
        pixels = pixels[np.linalg.norm(pixels - centre, axis=1) > video.dot_radius_px + 3]
        # each dim pixel lies on one of the family's levels (in the gauge sqrt(f))
        roots = np.sqrt(loss.value(video.to_data(plane, index, pixels)))
        touch = solve_constrained(loss, norm, defaults.RADIUS).loss  # its rim blends dim too
        gap = np.min(np.abs(roots[:, None] - np.sqrt([*FAMILY_LEVELS, touch])[None, :]), axis=1)
        unit = 1.0 / video.pixels_per_unit(plane, index)
        reach = np.sqrt(np.linalg.eigvalsh(loss.matrix).max())  # sqrt(f) per data unit
        assert np.percentile(gap, 98) <= 3.0 * unit * reach
        nearest = np.argmin(np.abs(roots[:, None] - np.sqrt(FAMILY_LEVELS)[None, :]), axis=1)
        counts = np.bincount(nearest, minlength=len(FAMILY_LEVELS))
        assert np.all(counts >= 20), counts
        # the touching contour as first drawn lies inside the framed window: nothing cut
        touch_level = solve_constrained(loss, norm, defaults.RADIUS).loss
        low, high = video.scene.box
        outline = pieces.LossContour(video.scene.sides[norm]["axes"], loss,
                                     touch_level).data_points()
        assert np.all(outline >= low) and np.all(outline <= high)
        # the window's thin frame is drawn along its top edge (a faint grey line)
        (left, y), (right, _) = video.to_pixels(plane, index, [[low[0], high[1]],
                                                               [high[0], high[1]]])
        band = frame[int(y) - 3:int(y) + 4, int(left) + 4:int(right) - 4].astype(float)
        lift = (band - rgb(theme.BACKGROUND_COLOR)).sum(axis=2).max(axis=0)
        assert np.mean(lift >= 20) >= 0.9


#: Where no arrow may be, no pixel holds this share of its colour: an arrow's stroke is
#: opaque, while the fan's shading under the L1 arrows holds FAN_OPACITY of the same
#: colour (and a fan pixel the encoder brightens may pass half).
STROKE_SHARE = 0.75


def arrow_pixels(frame, color, points, others, min_share: float = 0.5):
    """How many pixels of ``color`` (at least ``min_share`` of it, against ``others``) lie
    within 3 px of each pixel point."""
    return [int(color_mask(frame, color, others, np.array([point - 3, point + 3]),
                           min_share=min_share).sum())
            for point in points]


def check_balance(video, index, frame, norm, loss, palette=()):
    """-grad f (the loss's colour) from b* and mu s (the norm's) of the same length and
    direction, ARROW_GAP beside it on one side (nothing of the norm's colour on the other),
    both pointing out of the ball, along mathcore's -grad f(b*) = mu s.  ``palette``: other
    colours under the arrows (the fan's shading)."""
    plane = f"{norm}_2d"
    beta = solve_constrained(loss, norm, defaults.RADIUS).beta
    gradient, mu, s = stationarity(loss, norm, defaults.RADIUS)
    assert mu > 0 and np.allclose(-gradient, mu * s)
    assert float(s @ beta) == pytest.approx(defaults.RADIUS)  # s is an outward normal
    others = [theme.LOSS_COLOR, theme.NORM_COLORS[norm], *ON_ARROWS, *palette]
    foot, tip = video.to_pixels(plane, index, [beta, beta - ARROW_SCALE * gradient])
    along = tip - foot
    across = np.array([-along[1], along[0]]) / np.linalg.norm(along)
    gap = video.screen_px(ARROW_GAP)
    # -grad f on its line from b*
    assert min(arrow_pixels(frame, theme.LOSS_COLOR,
                            [foot + share * along for share in (0.4, 0.6, 0.8)], others)) >= 4
    # mu s on a parallel line gap px to one side, as long: drawn to its tip, not past it
    sides = {}
    for sign in (1.0, -1.0):
        shaft = [foot + sign * gap * across + share * along for share in (0.4, 0.6, 0.8, 0.95)]
        sides[sign] = arrow_pixels(frame, theme.NORM_COLORS[norm], shaft, others)
    drawn = max(sides, key=lambda sign: sum(sides[sign]))
    # (at 3 of the 4 points at least: where the shaft runs 2 px from -grad f's, the
    # encoder's 4:2:0 colour blends the two arrows' colours over a 2 x 2 block)
    assert sorted(sides[drawn])[1] >= 3, sides[drawn]
    other = [foot - drawn * gap * across + share * along for share in (0.4, 0.6, 0.8)]
    beyond = foot + drawn * gap * across + 1.25 * along
    assert arrow_pixels(frame, theme.NORM_COLORS[norm], [*other, beyond], others,
                        STROKE_SHARE) == [0, 0, 0, 0]
    # pointing outward: mu s's shaft lies outside the ball (not its outline), and nothing
    # of -grad f lies on the mirrored side, inside the ball
    order = 1 if norm == "l1" else 2
    unit = 1.0 / video.pixels_per_unit(plane, index)
    shaft = video.to_data(plane, index, np.array(
        [foot + drawn * gap * across + share * along for share in (0.4, 0.6)]))
    assert np.all(np.linalg.norm(shaft, ord=order, axis=1) >= defaults.RADIUS + 6 * unit)
    assert max(arrow_pixels(frame, theme.LOSS_COLOR,
                            [foot - share * along for share in (0.5, 0.8)], others)) == 0
    return beta, gradient, mu, s


def touching_path(video, index, norm, loss=LOSS):
    """The touching contour of ``loss`` (mathcore's level at the constrained optimum) in
    pixels, densely sampled."""
    axes = video.scene.sides[norm]["axes"]
    level = solve_constrained(loss, norm, defaults.RADIUS).loss
    path = video.to_pixels(f"{norm}_2d", index,
                           pieces.LossContour(axes, loss, level).data_points())
    return densify(np.vstack([path, path[:1]]))


def box_gap(video, label, path, centre_px=None) -> float:
    """Pixels between the letters' box of ``label`` (a backed name: its box, its letters;
    centred at ``centre_px`` when given) and the nearest point of ``path``, less the half
    stroke of a contour: positive when no contour stroke reaches the letters."""
    box = video.pixel_box(label[1], margin_px=0.0)
    if centre_px is not None:
        box = box - box.mean(axis=0) + centre_px
    gap = np.maximum(np.maximum(box[0] - path, path - box[1]), 0.0)
    return float(np.hypot(*gap.T).min() - video.half_stroke_px(theme.CONTOUR_STROKE))


def line_box(video, side, key, slot):
    """The pixel box of the caption line ``key`` while it stands in ``slot`` (a line that
    later moves is found where it was)."""
    line = side["lines"][key]
    shift = video.screen_to_pixels(np.array([side["slots"][slot], line.get_center()]))
    return video.pixel_box(line, shift_px=shift[0] - shift[1])


def assert_labels_clear_of_contours(video, index, frame, norm, labels, levels=FAMILY_LEVELS):
    """Where a contour of the loss (the family's ``levels`` and the touching level, from
    mathcore) runs through a label's box, its stroke is not drawn (the label sits on a box
    of the background's colour): at most the letters' own pixels are lit there."""
    plane = f"{norm}_2d"
    axes = video.scene.sides[norm]["axes"]
    levels = [*levels, solve_constrained(LOSS, norm, defaults.RADIUS).loss]
    paths = [video.to_pixels(plane, index, pieces.LossContour(axes, LOSS, level)
                             .data_points()) for level in levels]
    path = np.vstack([densify(np.vstack([p, p[:1]])) for p in paths])
    lit = np.abs(frame.astype(float) - rgb(theme.BACKGROUND_COLOR)).sum(axis=2) >= 60
    crossed = 0
    for label in labels:
        (left, top), (right, bottom) = video.pixel_box(label, margin_px=-1.0)
        inside = path[(path[:, 0] >= left) & (path[:, 0] <= right)
                      & (path[:, 1] >= top) & (path[:, 1] <= bottom)]
        if len(inside) < 5:
            continue
        crossed += 1
        cells = np.unique(np.floor(inside).astype(int), axis=0)
        # (a label's own letters lit along the path, at most half of it; a stroke drawn
        # through would light it all)
        assert lit[cells[:, 1], cells[:, 0]].mean() <= 0.5, (norm, label)
    return crossed


def row_ends(frame, found, row: float) -> tuple[float, float]:
    """The two ends (continuous px) of a horizontal arrow drawn along the pixel row ``row``:
    its pixels of its colour, ``found``, tell which run of the row it is (the video keeps
    colour only per 2 x 2 block, so a sharp tip's last pixels lose it); its ends are where
    the brightness along the row (kept at every pixel) falls to half the shaft's, read
    between pixel centres."""
    weights = np.array([0.299, 0.587, 0.114])
    y = int(np.floor(row))
    lift = frame[y - 1:y + 2].astype(float) @ weights - rgb(theme.BACKGROUND_COLOR) @ weights
    profile = lift.max(axis=0)  # (the three rows round the shaft's centre line)
    first, last = int(found[:, 0].min()), int(found[:, 0].max())
    half = 0.5 * float(np.median(profile[first:last + 1]))
    while profile[first - 1] >= half:
        first -= 1
    while profile[last + 1] >= half:
        last += 1
    inner, outer = profile[first], profile[first - 1]
    left = first - 0.5 + (half - outer) / (inner - outer)
    inner, outer = profile[last], profile[last + 1]
    right = last + 0.5 + (inner - half) / (inner - outer)
    return left, right


def check_ruler(video, index, frame, norm):
    """Under the caption, -grad f (the loss's colour) and mu s (the norm's) magnified
    RULER_ZOOM times from the arrows on the plane (mathcore's |grad f| at ARROW_SCALE): two
    rows from one left end, both that long; mu s carries a tick at every multiple of s,
    k < mu (mathcore's mu), and nothing between: -grad f is mu lengths of s."""
    plane = f"{norm}_2d"
    beta = solve_constrained(LOSS, norm, defaults.RADIUS).beta
    gradient, mu, s = stationarity(LOSS, norm, defaults.RADIUS)
    color = theme.NORM_COLORS[norm]
    others = [theme.LOSS_COLOR, color, *ON_ARROWS]
    foot, tip = video.to_pixels(plane, index, [beta, beta - ARROW_SCALE * gradient])
    length = RULER_ZOOM * np.linalg.norm(tip - foot)
    ruler = video.scene.sides[norm]["ruler"]

    def drawn_at(point, half, tint=color):
        return len(region_pixels(frame, tint, np.array([point - half, point + half]),
                                 others))

    ends = []
    for arrow, tint in zip(ruler[:2], (theme.LOSS_COLOR, color), strict=True):
        (left, top), (right, bottom) = video.pixel_box(arrow, margin_px=3.0)
        row = (top + bottom) / 2
        found = region_pixels(frame, tint, np.array([[left, row - 1.5], [right, row + 1.5]]),
                              others)
        assert len(found) >= 0.5 * length, tint
        ends.append((*row_ends(frame, found, row), row))
    (left0, _, top_row), (left1, _, low_row) = ends
    assert abs(left0 - left1) <= 2.0 and top_row < low_row
    for left, right, _ in ends:  # as long as the plane's arrows, magnified
        assert abs((right - left) - length) <= 3.0, (right - left, length)
    start = np.array([left1, low_row])
    along = np.array([length, 0.0])
    # (a tick is looked for 0.65 of its half-length from the shaft: its thin ends blend
    # dim; no tick between, 0.75 out, clear of the shaft's rim)
    reach = video.screen_px(TICK_HALF)
    count = list(range(1, int(np.ceil(mu))))
    assert len(count) >= 4
    for k in count:
        for sign in (1.0, -1.0):
            assert drawn_at(start + (k / mu) * along + [0, sign * 0.65 * reach], 1.5) >= 1, k
            assert drawn_at(start + ((k - 0.5) / mu) * along + [0, sign * 0.75 * reach],
                            0.5) == 0, k
    return mu, s


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_loss_pull_is_mu_times_the_balls_outward_normal(lang, rendered_video):
    video, index, frame = beat_frame(rendered_video, lang, "bridge_kkt")
    scene = video.scene
    for norm in ("l1", "l2"):
        _, gradient, mu, s = check_balance(video, index, frame, norm, LOSS)
        # mu shown: s laid off mu times along mu s, and the ratio of the lengths in words
        check_ruler(video, index, frame, norm)
        said = scene.sides[norm]["lines"]["balance"].original_text.replace(" ", "")
        assert (f"|−∇f|/|s|={np.linalg.norm(gradient):.3f}/{np.linalg.norm(s):.3f}"
                f"={mu:.2f}") in said
        # no contour stroke through c's tag or the arrows' names (the family has given way
        # to the arrows: the touching contour alone is drawn)
        side = scene.sides[norm]
        assert_labels_clear_of_contours(video, index, frame, norm,
                                        [side["center"][1], *side["names"]], levels=())
        assert box_gap(video, side["center"][1], touching_path(video, index, norm)) > 0
        # both arrows named on screen, each in its arrow's colour
        for name, color in zip(scene.sides[norm]["names"],
                               (theme.LOSS_COLOR, theme.NORM_COLORS[norm]), strict=True):
            box = video.pixel_box(name)
            assert len(region_pixels(frame, color, box, ON_ARROWS)) >= 8
        pull_box, push_box = (video.pixel_box(name, margin_px=0.0)
                              for name in scene.sides[norm]["names"])
        assert ((pull_box[0] >= push_box[1]) | (pull_box[1] <= push_box[0])).any()
        # s named for what it is, with mathcore's numbers: a subgradient of ||b||_1 at the
        # corner (not of unit length), the unit normal b*/||b*||_2 = b*/t on the circle
        words = scene.sides[norm]["lines"]["normal"]
        said = words.text.replace(" ", "")  # (manim's Text keeps no spaces)
        _, _, s = stationarity(LOSS, norm, defaults.RADIUS)
        assert f"({s[0]:.2f},{s[1]:.2f})" in said
        if norm == "l1":
            # in plain words: s = (1, a), |a| <= 1, is a mix w (1, 1) + (1 - w) (1, -1),
            # w = (1 + a) / 2 in [0, 1], of the normals of the corner's two edges
            mix = {"en": "mixof2edgenormals", "zh": "两条边法向的凸组合"}[lang]
            assert mix in said and "∂" not in said and np.linalg.norm(s) > 1.05
            weight = (1 + s[1]) / 2
            assert 0 <= weight <= 1 and s == pytest.approx(
                weight * np.array([1.0, 1.0]) + (1 - weight) * np.array([1.0, -1.0]))
        else:
            assert "β*/t" in said and np.linalg.norm(s) == pytest.approx(1.0)
            assert s == pytest.approx(solve_constrained(LOSS, "l2", defaults.RADIUS).beta
                                      / defaults.RADIUS)
        box = video.pixel_box(words)
        assert len(region_pixels(frame, theme.TEXT_COLOR, box, ON_ARROWS)) >= 40
    # the ruler's zoom said in words, and -grad f = mu copies of s in the subtitle
    (left, top), (right, bottom) = video.pixel_box(scene.sides["l1"]["ruler"][-1]).astype(int)
    lift = np.abs(frame[top:bottom, left:right].astype(float)
                  - rgb(theme.BACKGROUND_COLOR)).sum(axis=2)
    assert np.sum(lift >= 60) >= 40  # its letters drawn
    subtitle = scene.beats[[b["name"] for b in scene.beats].index("bridge_kkt")]["subtitle"]
    mu = scene.shown["l1_bridge"]["multiplier"]
    assert f"μ = {mu:.2f}" in subtitle and f"{RULER_ZOOM}" in subtitle
    # the zoom's words: letters at least 14 px tall, 24 px clear of the frame's right edge
    for norm, side in scene.sides.items():
        drawn = lit_box(frame, video.pixel_box(side["ruler"][-1], margin_px=1.0))
        assert drawn is not None and drawn[1, 1] - drawn[0, 1] >= 14.0, (norm, drawn)
        assert drawn[1, 0] <= frame.shape[1] - 24, (norm, drawn)
    # s said to be the norm's slope at b* (a subgradient at L1's corner) with mathcore's
    # |s| (1.166 for L1, so not 1): its line in slot 1, s's coordinates come in under it
    first, last = video.beat("bridge_kkt")
    pictures = video.frames(spread([(first, last)], 30, 0))
    for norm, side in scene.sides.items():
        said = side["lines"]["slope"].text.replace(" ", "")
        s = stationarity(LOSS, norm, defaults.RADIUS)[2]
        assert f"|s|={np.linalg.norm(s):.3f}" in said and {
            "en": "slopeof", "zh": "梯度"}[lang] in said, said
        boxes = (line_box(video, side, "slope", 1), line_box(video, side, "normal", 2))
        seen = [index for index, picture in pictures.items()
                if min(len(region_pixels(picture, theme.TEXT_COLOR, box, ON_ARROWS[1:]))
                       for box in boxes) >= 40]
        assert seen, norm
    # its lines one at a time: mu's line not yet there while -grad f is drawn alone (0.4 s
    # after it has grown in 0.8 s; s waits for its words, seconds later)
    first = video.beat("bridge_kkt")[0]
    early = first + round((0.8 + 0.4) * video.fps)
    picture = video.frames([early])[early]
    for norm in ("l1", "l2"):
        # -grad f said in plain words where it first appears, in the loss's colour
        box = line_box(video, scene.sides[norm], "pull", 1)
        assert len(region_pixels(picture, theme.LOSS_COLOR, box, ON_ARROWS)) >= 20, norm
        box = line_box(video, scene.sides[norm], "balance", 2)
        assert len(region_pixels(picture, theme.TEXT_COLOR, box, ON_ARROWS[1:])) == 0
    shown = scene.shown
    assert shown["l1_bridge"]["multiplier"] == pytest.approx(5.0)
    assert shown["l1_bridge"]["lambda"] == pytest.approx(shown["l1_bridge"]["multiplier"])
    assert shown["l2_bridge"]["lambda"] == pytest.approx(
        shown["l2_bridge"]["multiplier"] / (2 * defaults.RADIUS))


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_corners_fan_of_normals_keeps_the_optimum_while_the_loss_slides(lang,
                                                                           rendered_video):
    video = rendered_video(ConstraintToPenalty, lang)
    scene = video.scene
    first, last = video.beat("bridge_fan")
    sweeps = [(a, b) for a, b in video.changing("a") if first <= a and b <= last]
    assert sweeps, "the loss never moved"
    values = [video.value("a", i) for i in range(sweeps[0][0], sweeps[-1][1] + 1)]
    assert max(values) == pytest.approx(A_HIGH) and min(values) == pytest.approx(A_LOW)
    corner = solve_constrained(LOSS, "l1", defaults.RADIUS).beta
    assert corner[1] == 0.0
    rays = l1_normal_cone(corner)
    assert rays.tolist() == scene.shown["fan"]["normals"]
    l2_dots = MarkerCheck("l2 optimum as the loss slides")
    # the fan's shading and its edges (the edge normals), drawn where the arrows turn
    fan = (blend(theme.L1_COLOR, FAN_OPACITY), blend(theme.L1_COLOR, FAN_EDGE_OPACITY))
    angles = []
    for index, frame in video.frames(spread(sweeps, 10, 0)).items():
        a = video.value("a", index)
        loss = QuadraticLoss.create(fan_center(LOSS, a), LOSS.matrix)
        beta, gradient, _, s = check_balance(video, index, frame, "l1", loss, fan)
        # mathcore's optimum stays exactly at the corner; s = -grad f / mu = (1, a), |a| <= 1
        assert np.array_equal(beta, corner)
        assert s == pytest.approx([1.0, a], abs=1e-9) and abs(s[1]) <= 1.0
        expected = video.to_pixels("l1_2d", index, [corner])[0]
        found = marker_position(frame, theme.ZERO_COLOR, expected, video.dot_radius_px,
                                [theme.L1_COLOR, theme.LOSS_COLOR, theme.TEXT_COLOR,
                                 blend(theme.L1_COLOR, FAN_OPACITY)])
        assert found is not None and np.linalg.norm(found - expected) <= 2.0
        # -grad f's direction on screen, from its drawn pixels near the tip
        tip = video.to_pixels("l1_2d", index, [corner - ARROW_SCALE * gradient])[0]
        near = region_pixels(frame, theme.LOSS_COLOR, np.array([tip - 6, tip + 6]), ON_ARROWS)
        assert len(near) >= 6
        step = near.mean(axis=0) - expected
        angles.append((np.degrees(np.arctan2(-step[1], step[0])),
                       np.degrees(np.arctan2(-gradient[1], -gradient[0]))))
        # the circle's optimum is mathcore's for this loss, and moves
        check_balance(video, index, frame, "l2", loss)
        l2 = solve_constrained(loss, "l2", defaults.RADIUS).beta
        point = video.to_pixels("l2_2d", index, [l2])[0]
        l2_dots.add(index, point, marker_position(
            frame, optimum_color(l2), point, video.dot_radius_px,
            [theme.L2_COLOR, theme.LOSS_COLOR, theme.TEXT_COLOR]), video)
    drawn, exact = np.array(angles).T
    assert np.max(np.abs(drawn - exact)) <= 6.0  # the arrow turns with mathcore's -grad f
    assert np.ptp(exact) >= 40.0 and np.ptp(drawn) >= 35.0
    assert np.all(np.abs(exact) <= 45.0 + 1e-9)  # inside the fan: |a| <= 1
    l2_dots.assert_within(video)
    l2_dots.assert_moves(video)
    # the fan: the corner's cone {(1, a), |a| <= 1} out to FAN_RADIUS, shaded
    index = sweeps[0][0]
    frame = video.frames([index])[index]
    axes = scene.sides["l1"]["axes"]
    radius = scene.shown["fan"]["radius"]
    mask = color_mask(frame, blend(theme.L1_COLOR, FAN_OPACITY), [
        theme.L1_COLOR, theme.LOSS_COLOR,
        blend(theme.LOSS_COLOR, FAMILY_OPACITY), *ON_ARROWS, theme.AXES_COLOR],
        video.plane_box(axes), tolerance=40.0)
    (left, top), (right, bottom) = np.floor(video.plane_box(axes)).astype(int)
    grid = np.stack(np.meshgrid(np.arange(left, right) + 0.5, np.arange(top, bottom) + 0.5),
                    axis=-1).reshape(-1, 2)
    found = mask[grid[:, 1].astype(int), grid[:, 0].astype(int)]
    unit = 1.0 / video.pixels_per_unit("l1_2d", index)
    points = video.to_data("l1_2d", index, grid)
    # outside the diamond and its outline's rim (where the ball's colour half-covers a
    # pixel: the fan's colour too), where the fan lies
    outside = np.abs(points).sum(axis=1) - defaults.RADIUS >= 6 * unit * np.sqrt(2)
    offsets = points - corner
    cone = offsets[:, 0] - np.abs(offsets[:, 1])  # >= 0 inside the cone
    reach = np.linalg.norm(offsets, axis=1)
    inside = (cone >= -2.5 * unit) & (reach <= radius + 2.5 * unit)
    deep = (cone >= 5 * unit) & (reach <= radius - 4 * unit) & outside
    shaded = found & outside
    # nowhere else (mu s's foot, moved ARROW_GAP aside, lies just outside the cone: the
    # arrows' antialiased rims, half their colour over the background, are left out)
    clear = without_boxes(np.ones_like(mask), [video.pixel_box(scene.sides["l1"][part],
                                                               margin_px=1.0)
                                               for part in ("pull", "push")])
    shaded = shaded & clear[grid[:, 1].astype(int), grid[:, 0].astype(int)]
    assert (shaded & inside).sum() >= 0.97 * shaded.sum()
    # filled, a clean wedge: the cone's inside, less what is drawn over it (the arrows,
    # the contour's stroke, c), is shaded all over (no name's box of the background's
    # colour cuts into it: the names step aside while it is shown)
    over = classify(frame, [theme.LOSS_COLOR, blend(theme.LOSS_COLOR, FAMILY_OPACITY),
                            *ON_ARROWS, theme.AXES_COLOR, theme.L1_COLOR],
                    video.plane_box(axes), tolerance=40.0) >= 0
    free = deep & ~over[grid[:, 1].astype(int), grid[:, 0].astype(int)]
    print("fan: free share", free.sum() / deep.sum(), "shaded", found[free].mean())
    assert free.sum() >= 0.6 * deep.sum(), (free.sum(), deep.sum())
    assert found[free].mean() >= 0.97, (found[free].mean(), found[deep].mean())
    offsets = offsets[shaded & inside]
    for ray in rays:  # it reaches both edges of the cone
        along = offsets @ (ray / np.linalg.norm(ray))
        across = np.abs(offsets @ (np.array([-ray[1], ray[0]]) / np.linalg.norm(ray)))
        assert np.sum((across <= 3 * unit) & (along >= 0.5 * radius)) >= 5
    # its two edges are the edge normals, drawn in the ball's colour from the optimum out
    # to the radius: along each, its colour within 2 px of the ray at 5 of 7 sample points
    # (the arrows' feet, the axis' ticks and the contour may cross it at the others)
    centre = video.to_pixels("l1_2d", index, [corner])[0]
    for ray in rays:
        unit_ray = ray / np.linalg.norm(ray)
        points = video.to_pixels("l1_2d", index, [corner + r * unit_ray for r in
                                                  np.linspace(0.3, 0.9, 7) * radius])
        hits = [len(region_pixels(frame, fan[1], np.array([p - 2, p + 2]),
                                  [fan[0], theme.L1_COLOR, *ON_ARROWS, theme.LOSS_COLOR,
                                   theme.AXES_COLOR])) > 0 for p in points]
        assert sum(hits) >= 5, (ray, hits, centre)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_caption_lines_share_one_size(lang, rendered_video):
    video, _, frame = beat_frame(rendered_video, lang, "bridge_same")
    for norm, side in video.scene.sides.items():
        lines = side["lines"]
        ratios = [line.height / pieces.label(line.original_text, theme.SMALL_SIZE).height
                  for line in lines.values()]
        assert max(ratios) - min(ratios) <= 0.01 and min(ratios) >= 0.85
        for key in BEAT_LINES["bridge_same"]:  # every line drawn, inside the frame
            line = lines[key]
            box = video.pixel_box(line)
            assert box[0][0] >= 0 and box[1][0] <= frame.shape[1]
            drawn = [len(region_pixels(frame, color, box, [theme.TEXT_COLOR]))
                     for color in (theme.TEXT_COLOR, theme.NORM_COLORS[norm], PEN_COLOR)]
            assert max(drawn) >= 20


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_bigger_penalty_shrinks_the_ball(lang, rendered_video):
    video = rendered_video(ConstraintToPenalty, lang)
    scene = video.scene
    loss = QuadraticLoss.create(defaults.CENTER, defaults.MATRIX)
    lams = {norm: penalty_for_budget(loss, norm, defaults.RADIUS) for norm in ("l1", "l2")}
    sweeps = video.changing("k")
    assert sweeps
    ks = [video.value("k", i) for i in range(sweeps[0][0], sweeps[-1][1] + 1)]
    assert max(ks) == pytest.approx(K_TOP) and ks[-1] == pytest.approx(1.0)
    dots = {norm: MarkerCheck(f"{norm} optimum at k lam") for norm in ("l1", "l2")}
    radii = {norm: [] for norm in ("l1", "l2")}
    for index, frame in video.frames(spread(sweeps, 8, 0)).items():
        k = video.value("k", index)
        for norm in ("l1", "l2"):
            plane = f"{norm}_2d"
            beta = penalised_optimum(loss, norm, k * lams[norm])
            radius = budget_for_penalty(loss, norm, k * lams[norm])
            radii[norm].append((k, radius))
            expected = video.to_pixels(plane, index, [beta])[0]
            dots[norm].add(index, expected, marker_position(
                frame, optimum_color(beta), expected, video.dot_radius_px,
                [theme.NORM_COLORS[norm], theme.LOSS_COLOR, theme.TEXT_COLOR]), video)
            outline = video.to_pixels(plane, index, norm_named(norm).outline(radius))
            outline = np.vstack([outline, outline[:1]])
            axes = scene.sides[norm]["axes"]
            pixels = region_pixels(frame, theme.NORM_COLORS[norm], video.plane_box(axes), [
                theme.LOSS_COLOR, theme.TEXT_COLOR, theme.SOLUTION_COLOR, theme.ZERO_COLOR,
                blend(theme.NORM_COLORS[norm], 0.18)], [
                video.disc_box(expected, video.screen_px(RING_RADIUS) + 3)])
            assert_near_polylines(video, index, pixels, [outline], f"{norm} ball",
                                  theme.BALL_STROKE, min_pixels=40)
            # lam's objective, f + lam ||b||_1 (or lam ||b||_2^2), on screen all the while
            objective = scene.sides[norm]["objective"]
            assert len(region_pixels(frame, PEN_COLOR, video.pixel_box(objective), [
                theme.TEXT_COLOR, theme.NORM_COLORS[norm]])) >= 40, (norm, index)
    for check in dots.values():
        check.assert_within(video)
        check.assert_moves(video)
    # the ball drawn is named: the equivalent budget t (not "a smaller ball" of the penalty),
    # when lam is back at mu
    back = sweeps[-1][1]
    frame = video.frames([back])[back]
    for side in scene.sides.values():
        words = side["ball_line"]
        assert "t" in words.text and len(region_pixels(
            frame, theme.TEXT_COLOR, video.pixel_box(words), ON_ARROWS[1:])) >= 40
    # then, in its place, the penalised optimum's b2 there, mathcore's: exactly 0 for L1
    # (the corner's zero), not 0 for L2; each line in its norm's colour at the beat's end
    last = video.beat("bridge_lambda")[1]
    frame = video.frames([last])[last]
    subtitle = scene.beats[-1]["subtitle"]
    for norm, side in scene.sides.items():
        b2 = penalised_optimum(loss, norm, lams[norm])[1]
        assert (b2 == 0.0) == (norm == "l1") and scene.shown["sparse"][norm] == b2
        words = side["lines"]["sparse"]
        assert f"β₂={pieces.format_coefficient(b2)}" in words.text.replace(" ", "")
        assert pieces.format_coefficient(b2) in subtitle
        assert len(region_pixels(frame, theme.NORM_COLORS[norm], video.pixel_box(words),
                                 [theme.TEXT_COLOR])) >= 40, norm
    for norm, side in scene.sides.items():
        said = side["objective"].original_text
        assert said == text(f"bridge_sweep_objective_{norm}", lang)
        assert {"l1": "f + λ‖β‖₁", "l2": "f + λ‖β‖₂²"}[norm] in said
    for pairs in radii.values():  # a bigger lam, a smaller ball
        pairs.sort()
        assert all(b[1] <= a[1] + 1e-12 for a, b in itertools.pairwise(pairs))
    shown = scene.shown["sweep"]
    assert shown["l1"][0] == pytest.approx([5.0, 2.0])
    assert shown["l2"][0][1] == pytest.approx(2.0)
    assert shown["l1"][1][1] < 2.0 and shown["l2"][1][1] < 2.0


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_no_name_sits_on_a_contour_while_the_loss_slides(lang, rendered_video):
    """bridge_fan: at frames spread over the sliding loss, c's tag (the arrows' names
    step aside: test_the_fans_wedge_is_not_cut_by_names) is drawn where the scene
    records it (its letters found there, in its colour, on the
    decoded frame), and neither the touching contour (mathcore's level set of that frame's
    loss) nor the ball's outline comes within a contour's half stroke of its letters (the
    family, whose rings leave no room for a name, has given way to the arrows)."""
    video = rendered_video(ConstraintToPenalty, lang)
    scene = video.scene
    first, last = video.beat("bridge_fan")
    sweeps = [(a, b) for a, b in video.changing("a") if first <= a and b <= last]
    tints = dict(zip(NAMED, (theme.LOSS_COLOR, None, theme.LOSS_COLOR), strict=True))
    for index, frame in video.frames(spread(sweeps, 12, 0)).items():
        loss = QuadraticLoss.create(fan_center(LOSS, video.value("a", index)), LOSS.matrix)
        for norm, side in scene.sides.items():
            plane = f"{norm}_2d"
            outline = video.to_pixels(plane, index, norm_named(norm).outline(defaults.RADIUS))
            strokes = np.vstack([touching_path(video, index, norm, loss),
                                 densify(np.vstack([outline, outline[:1]]))])
            for part, label in (("tag", side["center"][1]),):
                centre = video.screen_to_pixels(np.array([[
                    video.value(f"{norm}_{part}_x", index),
                    video.value(f"{norm}_{part}_y", index), 0.0]]))[0]
                tint = tints[part] or theme.NORM_COLORS[norm]
                box = video.pixel_box(label[1], margin_px=1.0)
                box = box - box.mean(axis=0) + centre
                letters = region_pixels(frame, tint, box, [
                    theme.TEXT_COLOR, theme.SOLUTION_COLOR, theme.ZERO_COLOR,
                    theme.NORM_COLORS[norm], theme.LOSS_COLOR,
                    blend(theme.L1_COLOR, FAN_OPACITY)])
                # (thin letters lose their colour in the video's 2 x 2 colour blocks: their
                # lit pixels tell they are there, a few keep the name's colour; c's one
                # letter, on its box of the background's colour, may keep none)
                lift = np.abs(frame[int(box[0, 1]):int(box[1, 1]) + 1,
                                    int(box[0, 0]):int(box[1, 0]) + 1].astype(float)
                              - rgb(theme.BACKGROUND_COLOR)).sum(axis=2)
                assert np.sum(lift >= 60) >= 6, (norm, part, index)
                assert part == "tag" or len(letters) >= 2, (norm, part, index)
                assert box_gap(video, label, strokes, centre) > 0, (norm, part, index)


#: Mean |luma| a decoded line may differ from its painted picture (at its fitted opacity).
READOUT_MATCH = 6.0
#: A wrong read-out fits at least this many times worse than the right one.
READOUT_CONTRAST = 1.5
#: The sweep's lines and the lines they replace, slot by slot (the read-out in slot 1).
SWEEP_SLOTS = (("stationary", "objective"), ("so", "live"), ("penalised", "ball_line"))


def painted(painter: TextPainter, mobject) -> np.ndarray:
    """The luma of ``mobject`` drawn alone, at full opacity, on the video's pixel grid."""
    key = (id(mobject), "static")
    if key not in painter.cache:
        painter.camera.reset()
        painter.camera.capture_mobject(mobject)
        painter.cache[key] = luma(painter.camera.pixel_array[..., :3].astype(float))
    return painter.cache[key]


def opacities(frame: np.ndarray, pictures: list[np.ndarray], box: np.ndarray
              ) -> tuple[np.ndarray, float]:
    """The opacities a_i with frame ~ background + sum a_i (picture_i - background) in the
    pixel ``box`` (least squares), and the mean |luma| left over."""
    (left, top), (right, bottom) = np.floor(box[0]).astype(int), np.ceil(box[1]).astype(int)
    ground = float(luma(rgb(theme.BACKGROUND_COLOR)))
    seen = luma(frame[top:bottom, left:right]).ravel() - ground
    basis = np.column_stack([p[top:bottom, left:right].ravel() - ground for p in pictures])
    weights = np.linalg.lstsq(basis, seen, rcond=None)[0]
    return weights, float(np.abs(seen - basis @ weights).mean())


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_sweeps_read_out_is_right_from_its_first_frame(lang, rendered_video):
    """bridge_lambda's entrance, every frame from the beat's start to the first change of
    k: in each caption slot the decoded picture is the old line, or the new one, at some
    opacity, never both at once (no crossfade of words over words); and wherever the
    read-out is seen it shows mathcore's lam = k lam(t = 2) and t = ||b*(lam)|| at the
    recorded k (not its unset fields)."""
    video = rendered_video(ConstraintToPenalty, lang)
    scene = video.scene
    painter = TextPainter(video)
    first = video.beat("bridge_lambda")[0]
    last = video.changing("k")[0][0]
    assert last - first >= 10, (first, last)
    frames = video.frames(range(first, last + 1))
    for norm, side in scene.sides.items():
        live = side["live"]
        for index, frame in frames.items():
            lam = video.value("k", index) * side["lam"]
            fields = (f"{lam:.2f}", f"{budget_for_penalty(LOSS, norm, lam):.3f}")
            for old_key, new_key in SWEEP_SLOTS:
                old = painted(painter, side["lines"][old_key])
                if new_key == "live":
                    box = text_box(video, live, [fields, ("10.00", "0.000")])
                    new = painter.luma(live, fields)
                else:
                    box = video.pixel_box(side[new_key], margin_px=3.0)
                    new = painted(painter, side[new_key])
                box = np.array([np.minimum(box[0], video.pixel_box(side["lines"][old_key],
                                                                   margin_px=3.0)[0]),
                                np.maximum(box[1], video.pixel_box(side["lines"][old_key],
                                                                   margin_px=3.0)[1])])
                (a_old, a_new), left = opacities(frame, [old, new], box)
                assert left <= READOUT_MATCH, (norm, new_key, index, left)
                assert min(a_old, a_new) <= 0.05, (
                    f"{norm}: {old_key} and {new_key} drawn together at frame {index} "
                    f"({video.time(index):.2f} s): opacities {a_old:.2f}, {a_new:.2f}")
                if new_key == "live" and a_new >= 0.3:
                    wrong = opacities(frame, [old, painter.luma(live, ("10.00", "0.000"))],
                                      box)[1]
                    assert wrong >= READOUT_CONTRAST * left, (norm, index, wrong, left)


def name_box(video, index: int, norm: str, part: str, margin_px: float = 2.0,
             letters: bool = False) -> np.ndarray:
    """The pixel box of the name ``part`` (of NAMED) on ``norm``'s plane where the scene
    records it at frame ``index`` (its backed box, or with ``letters`` its letters')."""
    label = video.scene.sides[norm]["names" if part != "tag" else "center"]
    label = label[NAMED.index(part)] if part != "tag" else label[1]
    centre = video.screen_to_pixels(np.array([[video.value(f"{norm}_{part}_x", index),
                                               video.value(f"{norm}_{part}_y", index),
                                               0.0]]))[0]
    box = video.pixel_box(label[1] if letters else label, margin_px=margin_px)
    return box - box.mean(axis=0) + centre


def lit_box(frame, box) -> np.ndarray | None:
    """((left, top), (right, bottom)) of the pixels in the pixel ``box`` at least 60
    (summed over RGB) brighter than the background, or None."""
    (left, top), (right, bottom) = np.floor(box[0]).astype(int), np.ceil(box[1]).astype(int)
    lift = np.abs(frame[top:bottom, left:right].astype(float)
                  - rgb(theme.BACKGROUND_COLOR)).sum(axis=2)
    rows, cols = np.nonzero(lift >= 60)
    if not len(rows):
        return None
    return np.array([[left + cols.min(), top + rows.min()],
                     [left + cols.max() + 1, top + rows.max() + 1]], dtype=float)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_windows_carry_tick_numbers(lang, rendered_video):
    """Numbers at every other tick (0 and +-2 among them: the budget t = 2 is read at the
    ball's vertices, the optimum's coordinates against them) along each window's bottom
    and left edges, outside it: in the decoded frames at the end of bridge_start and of
    bridge_same, each number's digits at least 14 px tall, centred (1.5 px) on its value's
    place by the recorded data-to-pixel map, clear of the window, the caption lines, the
    penalised contours' name, the title and the subtitles' strip."""
    video = rendered_video(ConstraintToPenalty, lang)
    scene = video.scene
    for beat, lines in (("bridge_start", ("constrained",)),
                        ("bridge_same", ("stationary", "so", "penalised"))):
        index = video.beat(beat)[1]
        frame = video.frames([index])[index]
        for norm, side in scene.sides.items():
            plane = f"{norm}_2d"
            axes = side["axes"]
            (x_low, x_high), (y_low, y_high) = axes.x_range[:2], axes.y_range[:2]
            window = video.pixel_box(side["window"], margin_px=0.0)
            texts = [number.original_text for number in side["numbers"]]
            for value in (-2.0, 0.0, 2.0):
                assert texts.count(pieces.number_text(value)) == 2, (
                    norm, texts)
            blocked = [video.pixel_box(side["lines"][key], margin_px=1.0) for key in lines]
            blocked += [video.pixel_box(scene.title, margin_px=1.0)]
            if beat == "bridge_same":
                blocked.append(video.pixel_box(side["pen_label"], margin_px=1.0))
            for number in side["numbers"]:
                value = float(number.original_text.replace("−", "-"))
                drawn = lit_box(frame, video.pixel_box(number, margin_px=1.5))
                assert drawn is not None, (norm, value)
                assert drawn[1, 1] - drawn[0, 1] >= 14.0, (norm, value, drawn)
                below = number.get_top()[1] < side["window"].get_bottom()[1]
                if below:  # an x number under the window's bottom edge
                    at = video.to_pixels(plane, index, [[value, y_low]])[0]
                    assert abs(drawn[:, 0].mean() - at[0]) <= 1.5, (norm, value, drawn, at)
                    assert drawn[0, 1] >= window[1, 1] + 2 and x_low <= value <= x_high
                else:  # a y number left of its left edge
                    at = video.to_pixels(plane, index, [[x_low, value]])[0]
                    assert abs(drawn[:, 1].mean() - at[1]) <= 1.5, (norm, value, drawn, at)
                    assert drawn[1, 0] <= window[0, 0] - 2 and y_low <= value <= y_high
                for box in blocked:
                    assert (drawn[1] <= box[0]).any() or (drawn[0] >= box[1]).any(), (
                        norm, value, beat)
                assert drawn[1, 1] <= (1 - layout.SUBTITLE_SHARE) * frame.shape[0]
        # the L1 ball's right vertex (t, 0) stands over the number t = 2
        l1 = scene.sides["l1"]
        vertex = video.to_pixels("l1_2d", index, [[defaults.RADIUS, 0.0]])[0]
        two = [n for n in l1["numbers"] if n.original_text == pieces.format_number(
            defaults.RADIUS) and n.get_top()[1] < l1["window"].get_bottom()[1]]
        assert len(two) == 1
        drawn = lit_box(frame, video.pixel_box(two[0], margin_px=1.5))
        assert abs(drawn[:, 0].mean() - vertex[0]) <= 1.5


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_fans_wedge_is_not_cut_by_names(lang, rendered_video):
    """bridge_fan: at frames spread over the sliding loss the fan is shaded (the arrows'
    names have stepped aside: no box of the background's colour cuts the wedge, whose
    inside test_the_corners_fan_of_normals_keeps_the_optimum_while_the_loss_slides finds
    shaded all over, and no name hops while the arrows sweep it); the names are back at
    the beat's last frame, drawn by their own arrows."""
    video = rendered_video(ConstraintToPenalty, lang)
    scene = video.scene
    side = scene.sides["l1"]
    first, last = video.beat("bridge_fan")
    sweeps = [(a, b) for a, b in video.changing("a") if first <= a and b <= last]
    shade = blend(theme.L1_COLOR, FAN_OPACITY)
    others = [theme.L1_COLOR, theme.LOSS_COLOR, theme.TEXT_COLOR, theme.ZERO_COLOR,
              theme.AXES_COLOR, blend(theme.LOSS_COLOR, FAMILY_OPACITY)]
    for index, frame in video.frames(spread(sweeps, 12, 0)).items():
        assert len(region_pixels(frame, shade, video.plane_box(side["axes"]),
                                 others)) >= 200, index
    frame = video.frames([last])[last]
    for norm, s in scene.sides.items():
        for name, tint in zip(s["names"], (theme.LOSS_COLOR, theme.NORM_COLORS[norm]),
                              strict=True):
            assert_drawn(video, frame, video.pixel_box(name[1], margin_px=1.0), tint, norm)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_price_beat_shows_the_budgets_step(lang, rendered_video):
    """bridge_price: the budget t (tracker ``t``) goes from 2 to 2 + PRICE_STEP and back;
    at its top, in the decoded frame, each ball's outline is drawn at that radius and the
    optimum at mathcore's constrained optimum there, whose least loss is lower by the
    price line's drop; at the beat's end t = 2 again."""
    video = rendered_video(ConstraintToPenalty, lang)
    scene = video.scene
    first, last = video.beat("bridge_price")
    steps = [(a, b) for a, b in video.changing("t") if first <= a and b <= last]
    assert steps, "the budget never moved"
    values = [video.value("t", i) for i in range(first, last + 1)]
    top = defaults.RADIUS + PRICE_STEP
    assert max(values) == pytest.approx(top) and values[-1] == pytest.approx(defaults.RADIUS)
    index = first + int(np.argmax(values))
    frame = video.frames([index])[index]
    for norm, side in scene.sides.items():
        plane = f"{norm}_2d"
        beta = solve_constrained(LOSS, norm, top).beta
        expected = video.to_pixels(plane, index, [beta])[0]
        found = marker_position(frame, optimum_color(beta), expected, video.dot_radius_px,
                                [theme.NORM_COLORS[norm], theme.LOSS_COLOR, theme.TEXT_COLOR])
        assert found is not None and np.linalg.norm(found - expected) <= 2.0
        start = video.to_pixels(plane, index, [solve_constrained(LOSS, norm,
                                                                 defaults.RADIUS).beta])[0]
        assert np.linalg.norm(expected - start) >= 3.0  # it moved, visibly
        outline = video.to_pixels(plane, index, norm_named(norm).outline(top))
        # (less the dot, the names where recorded and the arrows: both within ARROW_GAP of
        # -grad f's segment from b*, mathcore's, at t + dt)
        gradient = stationarity(LOSS, norm, top)[0]
        ends = video.to_pixels(plane, index, [beta, beta - ARROW_SCALE * gradient])
        reach = video.screen_px(ARROW_GAP) + 8
        arrows = np.array([ends.min(axis=0) - reach, ends.max(axis=0) + reach])
        pixels = region_pixels(frame, theme.NORM_COLORS[norm], video.plane_box(side["axes"]), [
            theme.LOSS_COLOR, theme.TEXT_COLOR, theme.SOLUTION_COLOR, theme.ZERO_COLOR,
            blend(theme.NORM_COLORS[norm], 0.18)], [
            video.disc_box(expected, video.dot_radius_px + 3), arrows,
            *[name_box(video, index, norm, part) for part in NAMED]])
        assert_near_polylines(video, index, pixels, [np.vstack([outline, outline[:1]])],
                              f"{norm} ball at t + dt", theme.BALL_STROKE, min_pixels=40)
        drop = (solve_constrained(LOSS, norm, defaults.RADIUS).loss
                - solve_constrained(LOSS, norm, top).loss)
        assert f"{drop:.2f}" in side["lines"]["price"].original_text
        # the constraint's line says the stepping budget: drawn at the top in the norm's
        # colour, and it ends (the budget back at t) on t and mathcore's optimum there
        # (decoded: drawn, and not the line at t that the beat's end shows there again)
        step_line = side["step_line"]
        box = video.pixel_box(step_line, margin_px=1.0)
        assert len(region_pixels(frame, theme.NORM_COLORS[norm], box,
                                 [theme.NORM_COLORS[norm], theme.TEXT_COLOR])) >= 20
        (x0, y0), (x1, y1) = np.round(box).astype(int)
        end_frame = video.frames([last])[last]
        changed = np.abs(frame[y0:y1, x0:x1].astype(int)
                         - end_frame[y0:y1, x0:x1].astype(int)).max(axis=2) > 40
        assert changed.sum() >= 30, (norm, int(changed.sum()))
        # mu's line, about t, dimmed while t is away from it: less than half its ink at the
        # beat's end (drawn in full again)
        balance = video.pixel_box(side["lines"]["balance"], margin_px=1.0)
        dimmed, full = (len(region_pixels(seen, theme.TEXT_COLOR, balance, [theme.TEXT_COLOR,
                                                                           theme.AXES_COLOR]))
                        for seen in (frame, end_frame))
        assert full >= 20 and dimmed <= 0.5 * full, (norm, dimmed, full)
        back = solve_constrained(LOSS, norm, defaults.RADIUS).beta
        assert step_line.shown_text == text(
            f"bridge_constrained_{norm}", lang, t=f"{defaults.RADIUS:.2f}",
            beta=", ".join(pieces.with_minus(pieces.format_coefficient(x)) for x in back))


#: Longest still picture (s) inside a beat (outside the video's closing still).
LONGEST_STILL = 3.0


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_no_long_still_in_any_beat(lang, rendered_video):
    """Every beat: in the decoded video, something changes (at least 20 pixels by 30 or
    more, summed over RGB, from one frame to the next) at least every LONGEST_STILL
    seconds, from the beat's first frame to its last (the last beat's to the closing still
    that base.py adds)."""
    video = rendered_video(ConstraintToPenalty, lang)
    for beat in ("bridge_start", "bridge_kkt", "bridge_price", "bridge_fan", "bridge_same",
                 "bridge_lambda"):
        first, last = video.beat(beat)
        if beat == "bridge_lambda":
            last -= round(CLOSING_STILL_SECONDS * video.fps)
        # (summed over RGB, integer levels: 30 or more is more than 29; a picture changes
        # at 20 pixels or more: more than 19)
        still_runs(video.frames(range(first, last + 1)).items(), video.fps, level=29,
                   allowed=19, measure="sum", limit=LONGEST_STILL)



def tips_px(video, index: int, norm: str, loss, radius: float = defaults.RADIUS
            ) -> tuple[np.ndarray, np.ndarray]:
    """-grad f's and mu s's tips (px) at frame ``index`` for ``loss`` and the budget
    ``radius``: mathcore's balance at b*, mu s moved ARROW_GAP across, away from -grad f's
    name (the scene's recorded side)."""
    beta = solve_constrained(loss, norm, radius).beta
    gradient = stationarity(loss, norm, radius)[0]
    start, pull = video.to_pixels(f"{norm}_2d", index, [beta, beta - ARROW_SCALE * gradient])
    along = (pull - start) * np.array([1.0, -1.0])  # (scene's y up)
    along /= np.linalg.norm(along)
    across = video.scene.sides[norm]["side"] * np.array([-along[1], along[0]])
    return pull, pull - video.screen_px(ARROW_GAP) * across * np.array([1.0, -1.0])


def name_centre(video, index: int, norm: str, part: str) -> np.ndarray:
    """Where the scene records the name ``part``'s centre at frame ``index`` (px)."""
    return video.screen_to_pixels(np.array([[video.value(f"{norm}_{part}_x", index),
                                              video.value(f"{norm}_{part}_y", index),
                                              0.0]]))[0]


def assert_drawn(video, frame, box, tint, what) -> None:
    """The name is drawn in the pixel ``box``: lit letters, some in its colour."""
    (left, top), (right, bottom) = np.floor(box[0]).astype(int), np.ceil(box[1]).astype(int)
    lift = np.abs(frame[top:bottom, left:right].astype(float)
                  - rgb(theme.BACKGROUND_COLOR)).sum(axis=2)
    assert np.sum(lift >= 60) >= 6, what
    assert len(region_pixels(frame, tint, box, [*ON_ARROWS, theme.L1_COLOR, theme.L2_COLOR,
                                                theme.LOSS_COLOR])) >= 2, what



def check_tag_rides_with_c(video) -> None:
    """bridge_fan, every frame of the slide: c's tag (where the scene records it) keeps
    its place relative to c (mathcore's fan_center at that frame's a, in px) to within
    NAME_STEP_PX from one frame to the next, so it moves with c and never hops; and it
    is drawn there (decoded, at frames spread over the slide)."""
    first, last = video.beat("bridge_fan")
    runs = [(a, b) for a, b in video.changing("a") if first <= a and b <= last]
    assert runs
    for norm in video.scene.sides:
        previous, steps = None, []
        for index in range(runs[0][0], runs[-1][1] + 1):
            c = video.to_pixels(f"{norm}_2d", index,
                                [fan_center(LOSS, video.value("a", index))])[0]
            offset = name_centre(video, index, norm, "tag") - c
            if previous is not None:
                steps.append(float(np.linalg.norm(offset - previous)))
            previous = offset
        print("tag steps", norm, max(steps))
        assert max(steps) <= NAME_STEP_PX, (norm, max(steps))
    for index, frame in video.frames(spread(runs, 6, 0)).items():
        for norm in video.scene.sides:
            assert lit_box(frame, name_box(video, index, norm, "tag", 1.0, True)
                           ) is not None, (norm, index)


#: Most a name may move (px) from one frame to the next while what it names moves.
NAME_STEP_PX = 3.0


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_each_arrows_name_sits_by_its_own_tip(lang, rendered_video):
    """bridge_kkt (its last frame, decoded) and every frame of the budget's step: -grad
    f's name is nearer -grad f's tip than mu s's, and mu s's nearer its
    own (mathcore's tips, mu s moved ARROW_GAP across), each drawn there in its arrow's
    colour; and from frame to frame each name (and c's tag) moves at most NAME_STEP_PX."""
    video = rendered_video(ConstraintToPenalty, lang)
    scene = video.scene
    index = video.beat("bridge_kkt")[1]
    frame = video.frames([index])[index]
    for norm, side in scene.sides.items():
        pull_tip, push_tip = tips_px(video, index, norm, LOSS)
        for name, tip, other, tint in zip(side["names"], (pull_tip, push_tip),
                                          (push_tip, pull_tip),
                                          (theme.LOSS_COLOR, theme.NORM_COLORS[norm]),
                                          strict=True):
            box = video.pixel_box(name, margin_px=0.0)
            assert_drawn(video, frame, video.pixel_box(name[1], margin_px=1.0), tint, norm)
            # its letters at least 14 px tall (drawn at NAME_SIZE)
            letters = lit_box(frame, video.pixel_box(name[1], margin_px=1.0))
            assert letters[1, 1] - letters[0, 1] >= 14.0, (norm, NAME_SIZE, letters)
            centre = box.mean(axis=0)
            assert np.linalg.norm(centre - tip) < np.linalg.norm(centre - other), norm
    for beat, tracker in (("bridge_price", "t"),):
        first, last = video.beat(beat)
        runs = [(a, b) for a, b in video.changing(tracker) if first <= a and b <= last]
        assert runs, beat
        frames = range(runs[0][0], runs[-1][1] + 1)
        for norm in scene.sides:
            previous = None
            for index in frames:
                if beat == "bridge_fan":
                    loss = QuadraticLoss.create(fan_center(LOSS, video.value("a", index)),
                                                LOSS.matrix)
                    tips = tips_px(video, index, norm, loss)
                else:
                    tips = tips_px(video, index, norm, LOSS, video.value("t", index))
                centres = np.array([name_centre(video, index, norm, part) for part in NAMED])
                for k in range(2):
                    assert (np.linalg.norm(centres[k] - tips[k])
                            < np.linalg.norm(centres[k] - tips[1 - k])), (beat, norm, index)
                if previous is not None:
                    step = np.linalg.norm(centres - previous, axis=1).max()
                    assert step <= NAME_STEP_PX, (beat, norm, index, step)
                previous = centres
        picks = video.frames(spread(runs, 6, 0))
        if beat == "bridge_price":
            check_tag_rides_with_c(video)
        for index, frame in picks.items():
            for norm in scene.sides:
                for part, tint in zip(NAMED[:2], (theme.LOSS_COLOR, theme.NORM_COLORS[norm]),
                                      strict=True):
                    assert_drawn(video, frame, name_box(video, index, norm, part, 1.0, True),
                                 tint, (beat, norm, part, index))



#: A lone symbol: one letter (Latin or Greek, or a delta or nabla), with a star or a
#: subscript, standing alone as a word.
SYMBOL = r"[A-Za-zΑ-Ωα-ωΔ∇][*₁₂]?"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_words_name_the_loss_and_no_cue_line_breaks_at_a_lone_symbol(lang, rendered_video):
    """f is named on screen as the loss (its own caption line, at bridge_start's end, in
    the loss's colour: BEAT_LINES), -grad f in plain words; and in every subtitle cue of
    the video no line ends with a lone symbol (its word then on the next line) nor, in
    Chinese, continues a sentence (the line before ends without a mark) with one followed
    by a character (the symbol cut from its words)."""
    video = rendered_video(ConstraintToPenalty, lang)
    scene = video.scene
    said = {"en": ("f: the loss", "−∇f: the way f falls fastest"),
            "zh": ("f：损失", "−∇f：f 下降最快的方向")}[lang]
    for side in scene.sides.values():
        assert side["lines"]["loss"].original_text.startswith(said[0])
        assert side["lines"]["pull"].original_text == said[1]
    index = video.beat("bridge_start")[1]
    frame = video.frames([index])[index]
    for side in scene.sides.values():
        box = line_box(video, side, "loss", 1)
        assert len(region_pixels(frame, theme.LOSS_COLOR, box, ON_ARROWS)) >= 20
    for beat in scene.beats:
        previous = "。"  # (a subtitle starts a sentence)
        for cue in cues(beat["subtitle"], lang):
            for line in cue.split("\n"):
                assert not re.search(rf"(^|[\s\u4e00-\u9fff]){SYMBOL}$", line), (line, cue)
                if lang == "zh" and previous[-1] not in "，。：；！？、）":
                    assert not re.match(rf"^{SYMBOL}\s*[\u4e00-\u9fff]", line), (line, cue)
                previous = line
            if lang == "zh":
                assert "都算数" not in cue


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_price_step_leaves_the_old_ball_behind(lang, rendered_video):
    """bridge_price, at the step's top (t + dt), decoded: the ball at t and the optimum
    at t are still drawn, thin, in the text's colour (pixels of it along mathcore's
    outline at t, at least 30 within 2 px of it or of a ring round the old optimum, and on
    that ring), while the ball itself (its colour) is at t + dt (test above), at least 3 px
    out from it along its outline's normal somewhere."""
    video = rendered_video(ConstraintToPenalty, lang)
    scene = video.scene
    first, last = video.beat("bridge_price")
    values = [video.value("t", i) for i in range(first, last + 1)]
    index = first + int(np.argmax(values))
    frame = video.frames([index])[index]
    for norm, side in scene.sides.items():
        plane = f"{norm}_2d"
        old = solve_constrained(LOSS, norm, defaults.RADIUS).beta
        outline = video.to_pixels(plane, index, norm_named(norm).outline(defaults.RADIUS))
        ring_px = video.to_pixels(plane, index, [old])[0]
        radius = video.screen_px(theme.DOT_RADIUS + GHOST_GAP)
        circle = ring_px + radius * np.column_stack([np.cos(np.linspace(0, 2 * np.pi, 90)),
                                                     np.sin(np.linspace(0, 2 * np.pi, 90))])
        names = [name_box(video, index, norm, part) for part in NAMED]
        pixels = region_pixels(frame, theme.TEXT_COLOR, video.plane_box(side["axes"]), [
            theme.NORM_COLORS[norm], theme.LOSS_COLOR, theme.AXES_COLOR, theme.ZERO_COLOR,
            theme.SOLUTION_COLOR, theme.BACKGROUND_COLOR], names)
        path = densify(np.vstack([outline, outline[:1], circle]))
        near = np.min(np.linalg.norm(pixels[:, None] - path[None], axis=2), axis=1) <= 2.0
        assert near.sum() >= 30, (norm, near.sum())
        near_ring = np.linalg.norm(pixels - ring_px, axis=1) <= radius + 2
        assert near_ring.sum() >= 6, norm
        top = video.to_pixels(plane, index, norm_named(norm).outline(
            defaults.RADIUS + PRICE_STEP))
        assert np.max(np.min(np.linalg.norm(top[:, None] - outline[None], axis=2),
                             axis=1)) >= 3.0, norm
