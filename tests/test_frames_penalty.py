"""Frame tests of scenes/penalty.py: every curve as mathcore evaluates it, the probes of a
growing weight on the penalties and their slopes at the recorded beta (and the point of
equal cost), the two weight vectors of one repeated signal (their bars, costs and the
shift an error in x1 causes), the input v and the two proximal outputs of the objective
(beta - v)^2 / 2 + lambda P(beta) following the swept v (threshold lambda, L2 scaling
1 / (1 + 2 lambda): one convention, mathcore's), the balance of forces on the slopes' panel
(the loss's pull line g - beta and the two minimisers of beta^2 / 2 - g beta +
lambda P(beta) on it and on their own tracks: L1's at exactly 0 while g <= lambda), the
two penalties drawn one at a time, the planes' numbers at least 16 px high, the verdict on
the two weight vectors, and the words: three short lines in an empty column, above the
foot."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from manim import DOWN, LEFT, UP, VGroup

from mathcore.penalties import (
    EQUAL_COST,
    l1_penalty,
    l1_subgradient,
    l2_gradient,
    l2_penalty,
    l2_prox,
    prediction_shift,
    soft_threshold,
)
from scenes import layout, pieces, theme
from scenes.penalty import (
    BAR_HALF,
    DELTA,
    FEATURE_COLORS,
    G_MAX,
    HOLD_WORDS,
    L2_KEY_AT,
    L2_SCALE,
    LAMBDA,
    LARGE,
    NOTE_EDGE_PX,
    NOTE_SIZE,
    OBJECTIVE_TOP,
    PROBE,
    PULL_NAME_AT,
    PULL_NAME_FLOOR,
    PULL_NAME_GAP,
    SAME_SIGNAL,
    SLOPE_START,
    SPAN,
    STEP,
    STEP_FADE,
    STEP_FROM,
    STEP_WORDS,
    THRESHOLD,
    V_NAME_GAP,
    PenaltyShapes,
)
from tests.frames import (
    MarkerCheck,
    assert_near_polylines,
    bright_pixels,
    check_basics,
    marker_position,
    region_pixels,
    spread,
    still_runs,
    tick_offsets_px,
)
from tests.test_theme import MISREAD, ciede2000, lab

pytestmark = pytest.mark.slow
XS = np.linspace(-SPAN, SPAN, 801)
NEGATIVE, POSITIVE = XS[XS < 0], XS[XS > 0]
CURVES = {  # panel: {colour: [polylines in data coordinates]}
    "penalty": {theme.L1_COLOR: [np.column_stack([XS, l1_penalty(XS)])],
                theme.L2_COLOR: [np.column_stack([XS, l2_penalty(XS)])]},
    "gradient": {theme.L1_COLOR: [np.column_stack([NEGATIVE, l1_subgradient(NEGATIVE)]),
                                  np.column_stack([POSITIVE, l1_subgradient(POSITIVE)]),
                                  np.array([[0.0, -1.0], [0.0, 1.0]])],
                 theme.L2_COLOR: [np.column_stack([XS, l2_gradient(XS)])],
                 theme.ZERO_COLOR: [np.array([[0.0, -1.0], [0.0, 1.0]])]},
    "prox": {theme.L1_COLOR: [np.column_stack([XS, soft_threshold(XS, LAMBDA)])],
             theme.L2_COLOR: [np.column_stack([XS, l2_prox(XS, LAMBDA)])],
             theme.ZERO_COLOR: [np.array([[-LAMBDA, 0.0], [LAMBDA, 0.0]])]},
}
#: The minimiser of (beta - v)^2 / 2 + LAMBDA P(beta), written out: L1 soft-thresholds at
#: LAMBDA, L2 divides by 1 + 2 LAMBDA (mathcore's convention, the one the video states).
PROXES = {theme.L1_COLOR: lambda v: np.sign(v) * max(abs(v) - LAMBDA, 0.0),
          theme.L2_COLOR: lambda v: v / (1.0 + 2.0 * LAMBDA)}


def test_one_convention_threshold_lambda():
    """Threshold lambda and scaling 1 / (1 + 2 lambda): the minimiser of
    (beta - v)^2 / 2 + lambda P(beta) by brute force agrees with mathcore's; the words of
    both beats state that threshold (lambda, not lambda / 2) and that scaling."""
    from scenes.strings import text

    grid = np.linspace(-4.0, 4.0, 80001)
    for v in (-1.7, -0.4, 0.3, 0.5, 1.0, 1.2, 2.0):
        for penalty, color in ((l1_penalty, theme.L1_COLOR), (l2_penalty, theme.L2_COLOR)):
            objective = (grid - v) ** 2 / 2 + LAMBDA * penalty(grid)
            assert abs(grid[np.argmin(objective)] - PROXES[color](v)) <= 2e-4
    assert THRESHOLD == LAMBDA and abs(L2_SCALE - 1 / (1 + 2 * LAMBDA)) < 1e-12
    for lang in ("en", "zh"):
        for key in ("pen_hold_note", "pen_prox_note", "sub_pen_hold", "sub_pen_prox"):
            words = text(key, lang, lam=f"{LAMBDA:g}", inv=f"{1 / L2_SCALE:g}",
                         b=f"{STEP_FROM:g}", v=f"{STEP_FROM + STEP:g}")
            assert "λ/2" not in words and "λ / 2" not in words, (lang, key)
            assert f"λ = {LAMBDA:g}" in words, (lang, key)
        assert f"v/{1 / L2_SCALE:g}" in text("pen_prox_note", lang, lam="1", inv="3")


def check_penalty(video) -> dict:
    """The penalties' and the slopes' panels until they give way (end of pen_hold), then
    during the sweep of v: the proximal panel's curves, the input v on the line beta = v
    and both outputs, no curve left on the penalties' or the slopes' panel."""
    scene = video.scene
    assert len(video.changing("v")) == 1  # one sweep
    palette = [theme.L1_COLOR, theme.L2_COLOR, theme.ZERO_COLOR, theme.TEXT_COLOR,
               theme.LOSS_COLOR]
    probes = {color: MarkerCheck(f"prox probe {color}") for color in PROXES}
    probes[theme.TEXT_COLOR] = MarkerCheck("input v")
    worst: dict[str, float] = {}
    held = video.beat("pen_hold")[1]
    # on L1's leg (0 < g < lambda) the objectives too: L1's lowest point in its kink at 0
    first = video.beat("pen_hold")[0]
    leg = next(i for i in range(first, held) if 0.4 <= video.value("g", i) <= 0.9)
    worst["objective_leg_off_px"] = check_objectives(video, leg, video.frames([leg])[leg],
                                                     palette)
    sweep = spread(video.changing("v"), 12, 0)
    for index, frame in video.frames([held, *sweep]).items():
        v = video.value("v", index)
        expected = {color: video.to_pixels("prox", index, [[v, float(f(v))]])[0]
                    for color, f in PROXES.items()}
        expected[theme.TEXT_COLOR] = video.to_pixels("prox", index, [[v, v]])[0]
        apart = all(np.linalg.norm(a - b) > 2 * video.screen_px(PROBE) + 3
                    for i, a in enumerate(expected.values())
                    for b in list(expected.values())[i + 1:])
        if index != held and apart:  # else one hides another
            for color, point in expected.items():
                found = marker_position(frame, color, point, video.screen_px(PROBE), palette)
                probes[color].add(index, point, found, video)
        discs = [video.disc_box(p, video.screen_px(PROBE)) for p in expected.values()]
        discs += weight_probe_discs(video, index)
        if index == held:  # the balance's minimisers at G_MAX, on the slopes' curves
            discs += [video.disc_box(p, video.screen_px(PROBE))
                      for p in balance_points(video, index, G_MAX)]
        for panel, name, keys in zip(scene.panels, CURVES, scene.keys, strict=True):
            region = video.plane_box(panel["axes"])
            names = [video.pixel_box(key) for key in keys]
            if name == "penalty" and index == held:  # the objectives there, at G_MAX
                worst["objective_off_px"] = check_objectives(video, index, frame, palette)
                continue
            if name == "penalty":  # given way: to the balance, then to the proximal note
                step = [video.pixel_box(VGroup(scene.step_rows, scene.step_pulls,
                                               scene.step_outs, scene.step_words), 3.0)]
                for color in (theme.L1_COLOR, theme.L2_COLOR):
                    assert len(region_pixels(frame, color, region, palette, step)) == 0
                continue
            if name == "prox" and index == held:
                continue
            if name == "gradient" and index != held:  # faded: unused by the proximal step
                # (the proximal panel took its place: inside the proximal plane every pixel
                # of these colours is on the proximal curves, checked below)
                for color in (theme.L1_COLOR, theme.L2_COLOR, theme.ZERO_COLOR):
                    assert len(region_pixels(frame, color, region, palette,
                                             [prox_box(video)])) == 0, index
                continue
            for color, lines in CURVES[name].items():
                width = 8 if color == theme.ZERO_COLOR else theme.PATH_STROKE
                pixels = region_pixels(frame, color, region, palette, [*discs, *names])
                worst[f"{name}_off_px"] = max(worst.get(f"{name}_off_px", 0.0),
                                              assert_near_polylines(
                    video, index, pixels, [video.to_pixels(name, index, line) for line in lines],
                    f"{name} {color}", width, min_pixels=4))
    for check in probes.values():
        check.assert_within(video)
        check.assert_moves(video)
    outputs = [f"{float(f(SPAN)):.2f}" for f in PROXES.values()]
    assert scene.readings[2].shown_text.split() == text_fields(scene, SPAN, outputs)
    return {**{c: p.summary(video) for c, p in probes.items()},
            **{k: round(v, 2) for k, v in worst.items()}}


def objective_runs(g: float, penalty) -> list[np.ndarray]:
    """The objective b^2 / 2 - g b + LAMBDA P(b) less its value at ``minimisers`` (written
    out below), sampled on [-SPAN, SPAN]: the runs of points at most OBJECTIVE_TOP."""
    b = np.linspace(-SPAN, SPAN, 4001)
    best = minimisers(g)[0 if penalty is l1_penalty else 1]

    def value(x):
        return 0.5 * np.square(x) - g * x + LAMBDA * penalty(x)

    points = np.column_stack([b, value(b) - value(best)])
    assert points[:, 1].min() >= -1e-12  # its minimiser is the lowest point
    inside = points[:, 1] <= OBJECTIVE_TOP
    runs, start = [], None
    for k, keep in enumerate([*inside, False]):
        if keep and start is None:
            start = k
        elif not keep and start is not None:
            runs.append(points[start:k])
            start = None
    return runs


def check_objectives(video, index: int, frame: np.ndarray, palette) -> float:
    """pen_hold's objectives' panel at g (the recorded value): every pixel of L1's and of
    L2's colour in the panel lies on its objective's curve less its minimum (the
    minimisers' dots, on the beta axis at ``minimisers``, left out); the worst (px)."""
    g = video.value("g", index)
    region = video.plane_box(video.scene.objective["axes"])
    discs = [video.disc_box(video.to_pixels("objective", index, [[b, 0.0]])[0],
                            video.screen_px(PROBE)) for b in minimisers(g)]
    worst = 0.0
    for color, penalty in ((theme.L1_COLOR, l1_penalty), (theme.L2_COLOR, l2_penalty)):
        pixels = region_pixels(frame, color, region, palette, discs)
        lines = [video.to_pixels("objective", index, run) for run in objective_runs(g, penalty)]
        worst = max(worst, assert_near_polylines(video, index, pixels, lines,
                                                 f"objective {color}", theme.PATH_STROKE))
    return worst


def text_fields(scene, v: float, outputs: list[str]) -> list[str]:
    from scenes.strings import text

    return text("pen_prox_reading", scene.lang, v=f"{v:.2f}", a=outputs[0],
                s=outputs[1]).split()


def minimisers(g: float) -> list[float]:
    """argmin beta^2 / 2 - g beta + LAMBDA P(beta), written out: the loss's pull at beta
    is g - beta; L1 holds 0 while g <= LAMBDA, then beta = g - LAMBDA; L2's
    2 LAMBDA beta = g - beta gives g / (1 + 2 LAMBDA)."""
    return [max(g - LAMBDA, 0.0), g / (1 + 2 * LAMBDA)]


def balance_points(video, index: int, g: float) -> list[np.ndarray]:
    """Pixels of the two minimisers on the slopes' plane: (beta*, g - beta*)."""
    return [video.to_pixels("gradient", index, [[b, g - b]])[0] for b in minimisers(g)]


WEIGHT_CURVES = {"penalty": (l1_penalty, l2_penalty), "gradient": (l1_subgradient, l2_gradient)}


def weight_probe_discs(video, index: int) -> list[np.ndarray]:
    """Pixel boxes of the weight probes (left at the end of their sweep, at LARGE)."""
    b = LARGE
    return [video.disc_box(video.to_pixels(panel, index, [[b, float(f(b))]])[0],
                           video.screen_px(PROBE))
            for panel, functions in WEIGHT_CURVES.items() for f in functions]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_growing_weight_on_the_penalties_and_their_slopes(lang, rendered_video):
    """During each sweep of beta, its two probes sit on their curves at beta, on the panel
    of the beat; the reading under the panel ends on mathcore's values at LARGE, and the
    equal-cost dot is at (1, 1)."""
    video = rendered_video(PenaltyShapes, lang)
    scene = video.scene
    sweeps = [(first, last) for first, last in video.changing("beta") if last - first > 5]
    assert len(sweeps) == 2  # the penalties' beat, then the slopes' (not the reset to 0)
    palette = [theme.L1_COLOR, theme.L2_COLOR, theme.ZERO_COLOR, theme.TEXT_COLOR]
    for (panel, functions), sweep in zip(WEIGHT_CURVES.items(), sweeps, strict=True):
        checks = [MarkerCheck(f"{panel} probe {k}") for k in range(2)]
        for index, frame in video.frames(spread([sweep], 6, 0)).items():
            b = video.value("beta", index)
            points = [video.to_pixels(panel, index, [[b, float(f(b))]])[0] for f in functions]
            if np.linalg.norm(points[0] - points[1]) <= 2 * video.screen_px(PROBE) + 3:
                continue  # one probe hides the other
            for check, point, color in zip(checks, points, (theme.L1_COLOR, theme.L2_COLOR),
                                           strict=True):
                check.add(index, point, marker_position(frame, color, point,
                                                        video.screen_px(PROBE), palette), video)
        for check in checks:
            check.assert_within(video)
            check.assert_moves(video)
    # on the slopes' panel the weight sweeps from just right of 0 (never a slope "at 0"),
    # after the moment at 0: every slope in [-1, 1] drawn in green, and its words
    assert min(video.value("beta", k) for k in range(*sweeps[1])) >= SLOPE_START > 0
    # (inside the hold at 0: it ends with a 0.3 s fade and the probes' 0.4 s fade-in)
    before = sweeps[1][0] - round(1.5 * video.fps)
    frame = video.frames([before])[before]
    from scenes.strings import text

    assert scene.slope_zero.original_text == text("pen_slope_zero", lang)
    assert "[−1, 1]" in scene.slope_zero.original_text
    box = video.pixel_box(scene.slope_zero, 1.0)
    assert len(region_pixels(frame, theme.ZERO_COLOR, box, palette)) > 50
    green = region_pixels(frame, theme.ZERO_COLOR, video.plane_box(scene.panels[1]["axes"]),
                          palette)
    ends = video.to_pixels("gradient", before, [[0.0, 1.0], [0.0, -1.0]])
    assert len(green) > 20 and np.all(np.abs(green[:, 0] - ends[0, 0]) <= 4.0)
    assert green[:, 1].min() <= ends[0, 1] + 3 and green[:, 1].max() >= ends[1, 1] - 3
    values = [f"{float(f(LARGE)):.2f}" for f in (l1_penalty, l2_penalty)]
    assert all(value in scene.readings[0].shown_text for value in values)
    assert f"{float(l2_gradient(LARGE)):.2f}" in scene.readings[1].shown_text
    index = video.beat("pen_large")[1]
    frame = video.frames([index])[index]
    expected = video.to_pixels("penalty", index, [[EQUAL_COST, float(l1_penalty(EQUAL_COST))]])[0]
    assert float(l1_penalty(EQUAL_COST)) == float(l2_penalty(EQUAL_COST))
    found = marker_position(frame, theme.TEXT_COLOR, expected, video.screen_px(PROBE), palette)
    assert found is not None and np.linalg.norm(found - expected) <= 2.0
    # the penalties' numbered axes, readable: each digit at least 16 px high at 480p
    digits = [n for n in scene.panels[0]["caption"][2] if n.original_text in ("1", "2", "3")]
    assert len(digits) >= 4, [n.original_text for n in scene.panels[0]["caption"][2]]
    for number in digits:
        glyphs = bright_pixels(frame, video.pixel_box(number, margin_px=1.0), contrast=40.0)
        height = glyphs[:, 1].max() - glyphs[:, 1].min() + 1
        assert height * 480 / video.timeline["pixel_size"][1] >= 16, (number.original_text,
                                                                    height)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_curves_and_the_proximal_sweep(lang, rendered_video):
    video = rendered_video(PenaltyShapes, lang)
    check_basics(video)
    check_penalty(video)
    check_step(video)


def check_step(video) -> None:
    """pen_prox, before the sweep of v: one proximal step in the first column, on two
    rows of beta: a white dot at v = STEP_FROM + STEP (where the gradient step from
    STEP_FROM landed), L1's output (mathcore's soft threshold at v: exactly 0 here) and L2's (v / 3)
    on their own rows, and the words with those numbers; the proximal panel shows that
    same v and its two outputs (dots and reading), never another v before the sweep."""
    scene, lang = video.scene, video.scene.lang
    from scenes.penalty import shown
    from scenes.strings import text

    v = STEP_FROM + STEP
    outputs = [float(soft_threshold(v, LAMBDA)), float(v * L2_SCALE)]
    assert outputs[0] == 0.0 and outputs[1] > 0.0  # L1 to exactly 0, L2 not
    assert scene.step_values == {"from": STEP_FROM, "v": v, "l1": outputs[0],
                                 "l2": outputs[1]}
    assert [w.original_text for w in scene.step_words] == [
        text("pen_step_move", lang, b=f"{STEP_FROM:g}", v=f"{v:g}"),
        text("pen_step_l1", lang, a=shown(outputs[0])),
        text("pen_step_l2", lang, s=shown(outputs[1]))]
    first, _ = video.beat("pen_prox")
    sweep = video.changing("v")[0][0]
    # the step shown (before its rows fade out), the sweep not begun
    index = sweep - 2 - round(STEP_FADE * video.fps)
    assert index > first
    frame = video.frames([index])[index]
    palette = [theme.L1_COLOR, theme.L2_COLOR, theme.TEXT_COLOR, theme.LOSS_COLOR,
               theme.AXES_COLOR]
    radius = video.screen_px(PROBE)
    for plane, color, out in (("step_l1", theme.L1_COLOR, outputs[0]),
                              ("step_l2", theme.L2_COLOR, outputs[1])):
        for value, dot_color in ((v, theme.TEXT_COLOR), (out, color)):
            expected = video.to_pixels(plane, index, [[value, 0.0]])[0]
            found = marker_position(frame, dot_color, expected, radius, palette,
                                    search_px=radius + 4)
            assert found is not None and np.linalg.norm(found - expected) <= 2.5, (
                plane, value, found, expected)
    for words in scene.step_words:
        assert len(bright_pixels(frame, video.pixel_box(words, 1.0), contrast=40.0)) > 50
    # one v on screen: the proximal panel holds the step's v all through the beat until the
    # sweep, and marks it (the white dot on beta = v) with both outputs there, in its
    # reading too, the numbers of the rows' words
    assert all(video.value("v", k) == v for k in range(first, index + 1))
    points = {theme.TEXT_COLOR: [v, v], theme.L1_COLOR: [v, outputs[0]],
              theme.L2_COLOR: [v, outputs[1]]}
    expected = {color: video.to_pixels("prox", index, [point])[0]
                for color, point in points.items()}
    assert min(np.linalg.norm(a - b) for a, b in itertools.combinations(
        expected.values(), 2)) > 2 * radius + 3  # none hides another
    for color, point in expected.items():
        found = marker_position(frame, color, point, radius, [*palette, theme.ZERO_COLOR])
        assert found is not None and np.linalg.norm(found - point) <= 2.0, (color, found,
                                                                            point)
    assert scene.shown["step_reading"].split() == text_fields(
        scene, v, [shown(out) for out in outputs])
    assert len(bright_pixels(frame, video.pixel_box(scene.readings[2], 1.0))) > 50
    # then the step gives way: by the sweep its rows and words are gone (one v on screen)
    frame = video.frames([sweep + 2])[sweep + 2]
    rows = VGroup(scene.step_rows, scene.step_moves, scene.step_pulls, scene.step_outs,
                  scene.step_words)
    assert len(bright_pixels(frame, video.pixel_box(rows, 1.0), contrast=20.0)) == 0


#: Bar tops and arrow ends (px): antialiasing and the video's 2 x 2 colour blocks.
EDGE_PX = 2.5
#: An arrow's tip narrows to a point: its last pixels are too thin to take its colour
#: (4 px and a fraction, depending on the encoder's blocks).
TIP_PX = 5.0


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_one_signal_twice_costs_and_shifts(lang, rendered_video):
    """At the end of pen_spread: each weight vector's bars rise to its weights on their
    plane's scale, each weight written over its bar at least 16 px high (at 480p), its L1
    and L2 costs are mathcore's (1 and 1; 1 and 0.5), and the arrow of the shift an error
    DELTA in x1 causes runs from 0 to w1 DELTA on its axis."""
    video = rendered_video(PenaltyShapes, lang)
    scene = video.scene
    error = np.array([DELTA, 0.0])
    shifts = [prediction_shift(w, error) for w in SAME_SIGNAL]
    costs_l1 = [float(np.sum(l1_penalty(w))) for w in SAME_SIGNAL]
    costs_l2 = [float(np.sum(l2_penalty(w))) for w in SAME_SIGNAL]
    assert costs_l1[0] == costs_l1[1] and costs_l2[1] < costs_l2[0]  # the claim shown
    assert shifts == [w[0] * DELTA for w in SAME_SIGNAL] and shifts[1] < shifts[0]
    assert scene.shown["spread"] == {"costs_l1": costs_l1, "costs_l2": costs_l2,
                                     "delta": DELTA, "shifts": shifts}
    for part, l1, l2 in zip(scene.spread_parts, costs_l1, costs_l2, strict=True):
        assert [line.original_text.endswith(f"= {c:g}") for line, c in
                zip(part["costs"], (l1, l2), strict=True)] == [True, True]
    index = video.beat("pen_spread")[1]
    frame = video.frames([index])[index]
    palette = [*FEATURE_COLORS, theme.L1_COLOR, theme.L2_COLOR, theme.TEXT_COLOR]
    for color in FEATURE_COLORS:  # no weight's colour reads as the zeros' green
        for green in (theme.ZERO_COLOR, MISREAD["lime"]):
            assert ciede2000(lab(color), lab(green)) >= 30.0, (color, green)
        # nor as an L1 quantity (a bar under the orange "L1:" costs, no orange of its own)
        assert ciede2000(lab(color), lab(theme.L1_COLOR)) >= 30.0, color
    for k, (weights, part) in enumerate(zip(SAME_SIGNAL, scene.spread_parts, strict=True)):
        ends = video.screen_to_pixels(np.array([part["arrow"].get_start(),
                                                part["arrow"].get_end()]))
        plane = f"spread_weights_{k}"
        for i, (w, color) in enumerate(zip(weights, FEATURE_COLORS, strict=True)):
            (left, top), (right, bottom) = video.to_pixels(
                plane, index, [[i + 1 - BAR_HALF, w], [i + 1 + BAR_HALF, 0.0]])
            region = np.array([[left - 4, top - 8], [right + 4, bottom - 2]])
            # (less the weight written over it: a white glyph's edge may pass for the bar's)
            pixels = region_pixels(frame, color, region, palette,
                                   [video.pixel_box(value, margin_px=1.0)
                                    for value in part["labels"][1]])
            if w == 0:
                assert len(pixels) == 0, f"{plane}: a bar drawn for w{i + 1} = 0"
                continue
            assert abs(pixels[:, 1].min() - top) <= EDGE_PX, (plane, i, pixels[:, 1].min(), top)
            assert abs(pixels[:, 0].min() - left) <= EDGE_PX
            assert abs(pixels[:, 0].max() - right) <= EDGE_PX
            # green means "exactly 0" in the lesson's key: a bar of a nonzero weight is not
            # green (nothing of the zeros' colour, nor of lime, in its place)
            for green in (theme.ZERO_COLOR, MISREAD["lime"]):
                assert len(region_pixels(frame, green, region, [*palette, green])) == 0, (
                    plane, i, green)
        # each weight written over its bar, readable at 480p: at least 16 px high
        for i, (w, value) in enumerate(zip(weights, part["labels"][1], strict=True)):
            assert value.original_text == f"{w:g}"
            box = video.pixel_box(value, margin_px=1.0)
            glyphs = bright_pixels(frame, box, contrast=60.0)
            height = glyphs[:, 1].max() - glyphs[:, 1].min() + 1
            assert height * 480 / video.timeline["pixel_size"][1] >= 16, (plane, i, height)
            bar_top = video.to_pixels(plane, index, [[i + 1.0, w]])[0, 1]
            assert 0 <= bar_top - glyphs[:, 1].max() <= video.screen_px(0.08) + EDGE_PX + 2
        shift = f"spread_shift_{k}"
        start, end = video.to_pixels(shift, index, [[0.0, 0.0], [shifts[k], 0.0]])
        full = video.to_pixels(shift, index, [[DELTA, 0.0]])[0]
        region = np.array([[start[0] - 6, start[1] - 12], [full[0] + 6, start[1] + 12]])
        pixels = region_pixels(frame, FEATURE_COLORS[0], region, palette)
        # the tail sits on the grey tick at 0: its first colour block may blend with it
        assert abs(pixels[:, 0].min() - start[0]) <= EDGE_PX + 1.0, (
            shift, pixels[:, 0].min(), start)
        np.testing.assert_allclose(ends, [start, end], atol=0.5)  # drawn from 0 to w1 DELTA
        assert end[0] - TIP_PX <= pixels[:, 0].max() <= end[0] + EDGE_PX, (
            shift, pixels[:, 0].max(), end)
        assert np.abs(pixels[:, 1] - start[1]).max() <= video.screen_px(0.2)  # on its axis


NOTES = {"pen_gradient": 0, "pen_hold": 1, "pen_prox": 2}
#: Nothing to read below this share of the frame's height (players' subtitles sit there).
NOTE_FLOOR = 0.8
#: The spread beat's words (under its two plots, which use the beat's whole height) only
#: have to clear the subtitles' strip.
SPREAD_FLOOR = 1.0 - layout.SUBTITLE_SHARE


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_words_stand_clear_of_the_foot_at_the_small_size(lang, rendered_video):
    """Each note is at most three short lines drawn at NOTE_SIZE (the spread note at
    theme.SMALL_SIZE; never shrunk), in a column that no plane uses in its beat, above
    NOTE_FLOOR, at the middle and the end of its beat.  The sweeps' readings are gone once
    their beat is over (none frozen), and the word at the point of equal cost stays clear
    of the axis name and of the next panel's tick numbers."""
    video = rendered_video(PenaltyShapes, lang)
    scene = video.scene
    height = video.timeline["pixel_size"][1]
    notes = {**{beat: scene.notes[k] for beat, k in NOTES.items()},
             "pen_spread": scene.spread_note}
    for beat, note in notes.items():
        size = theme.SMALL_SIZE if beat == "pen_spread" else NOTE_SIZE
        assert len(note.original_text.splitlines()) <= (2 if beat == "pen_spread" else 3)
        fresh = pieces.label(note.original_text, size)
        assert note.height == pytest.approx(fresh.height, rel=1e-6), beat  # not shrunk
        box = video.pixel_box(note)
        width = video.timeline["pixel_size"][0]
        floor = SPREAD_FLOOR if beat == "pen_spread" else NOTE_FLOOR
        assert box[1, 1] <= floor * height, (beat, box[1, 1], height)
        first, last = video.beat(beat)
        for index, frame in video.frames([(first + last) // 2, last]).items():
            drawn = bright_pixels(frame, box)
            assert len(drawn) > 200, (beat, index, len(drawn))
            assert drawn[:, 1].max() <= floor * height
            # the column's notes NOTE_EDGE_PX (at 854 wide) clear of the frame's right
            margin = NOTE_EDGE_PX * width / 854
            assert beat == "pen_spread" or drawn[:, 0].max() <= width - margin, (
                beat, drawn[:, 0].max(), width)
        planes = [p["axes"] for p in scene.panels]
        shown = {"pen_gradient": planes[:2], "pen_hold": planes[:2],
                 "pen_prox": planes[1:], "pen_spread": planes[:1]}[beat]
        for axes in shown:
            other = video.pixel_box(axes)
            assert box[1, 0] < other[0, 0] or box[0, 0] > other[1, 0], (beat, "on a plane")
    spread = VGroup(*[m for part in scene.spread_parts for m in part.values()],
                    scene.spread_verdict, scene.spread_note)
    spread_left = video.pixel_box(spread, 0.0)[0, 0]
    # the slopes' reading fades before the balance's reading (in its place) comes; the
    # balance's reading has faded once pen_prox's fades are over (0.5 s and 0.4 s: later
    # the proximal panel's reading stands there)
    gone = video.beat("pen_hold")[0] + int(0.5 * video.fps)
    faded = video.beat("pen_prox")[0] + round(0.9 * video.fps)
    for index, reading in ((video.beat("pen_spread")[1], scene.readings[0]),
                           (gone, scene.readings[1]),
                           (faded, scene.readings[3])):
        frame = video.frames([index])[index]
        box = video.pixel_box(reading)
        if reading is scene.readings[0]:  # it reaches under the spread beat's plots
            box[1, 0] = min(box[1, 0], spread_left - 2)
        assert len(bright_pixels(frame, box)) == 0, (index, "frozen")
    label, axes = video.pixel_box(scene.equal_label, 0.0), scene.panels[0]["axes"]
    plane = video.pixel_box(axes, 0.0)
    name = video.pixel_box(scene.panels[0]["caption"][1][0], 0.0)
    numbers = video.pixel_box(scene.panels[1]["caption"][2], 0.0)  # the next panel's ticks
    assert plane[0, 0] <= label[0, 0] and label[1, 0] < numbers[0, 0] - 5
    assert label[1, 0] < name[0, 0] or label[1, 1] < name[0, 1]  # clear of the axis name
    index = video.beat("pen_large")[1]
    frame = video.frames([index])[index]
    assert len(bright_pixels(frame, video.pixel_box(scene.equal_label))) > 20


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_penalties_come_one_at_a_time_and_stay(lang, rendered_video):
    """pen_shapes draws |beta| whole before beta^2 starts, then holds both (on mathcore's
    curves) for 1.5 s: long enough to see the corner and the flat bottom."""
    video = rendered_video(PenaltyShapes, lang)
    scene = video.scene
    first, last = video.beat("pen_shapes")
    region = video.plane_box(scene.panels[0]["axes"])
    names = [video.pixel_box(key) for key in scene.keys[0]]
    palette = [theme.L1_COLOR, theme.L2_COLOR, theme.TEXT_COLOR]
    step = max(1, int(video.fps / 5))
    counts = []
    for frame in video.frames(range(first, last + 1, step)).values():
        counts.append([len(region_pixels(frame, color, region, palette, names))
                       for color in (theme.L1_COLOR, theme.L2_COLOR)])
    counts = np.array(counts)
    started = np.flatnonzero(counts[:, 1] > 0)
    # (counts drift a few % on a still picture: the encoder refines it frame by frame)
    assert len(started) and counts[started[0], 0] >= 0.85 * counts[-1, 0], counts
    assert counts[started[0] - 1, 0] > 0  # |beta| was there first
    assert counts[0].sum() == 0  # nothing drawn before the title
    held = last - int(1.5 * video.fps)
    for index, frame in video.frames([held, last]).items():
        for color, f in ((theme.L1_COLOR, l1_penalty), (theme.L2_COLOR, l2_penalty)):
            pixels = region_pixels(frame, color, region, palette, names)
            assert len(pixels) >= 0.85 * counts[-1, 0 if color == theme.L1_COLOR else 1]
            assert_near_polylines(video, index, pixels,
                                  [video.to_pixels("penalty", index, np.column_stack(
                                      [XS, f(XS)]))], f"pen_shapes {color}",
                                  theme.PATH_STROKE)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_loss_pull_meets_the_slopes(lang, rendered_video):
    """pen_hold: the loss beta^2 - g beta pulls with g - 2 beta (the pink line, on its
    polyline at the recorded g); its minimisers with each penalty sit where that line
    meets lambda times the penalty's slope: L1's exactly on beta = 0 (up the green jump)
    for every g <= lambda, L2's off 0 as soon as g > 0; the reading ends on mathcore's
    values at G_MAX, and the sweep stops at g = lambda on the way."""
    video = rendered_video(PenaltyShapes, lang)
    scene = video.scene
    from scenes.penalty import held_minimisers

    for g in np.linspace(0.0, G_MAX, 31):
        np.testing.assert_allclose(held_minimisers(g), minimisers(g), atol=1e-12)
    grid = np.linspace(-3.0, 3.0, 60001)  # and by brute force
    for g in (0.4, 1.0, 2.2):
        for penalty, b in zip((l1_penalty, l2_penalty), minimisers(g), strict=True):
            objective = grid**2 / 2 - g * grid + LAMBDA * penalty(grid)
            assert abs(grid[np.argmin(objective)] - b) <= 2e-4
    runs = video.changing("g")
    first, last = video.beat("pen_hold")
    assert len(runs) == 2 and first <= runs[0][0] and runs[1][1] <= last, runs
    paused = (runs[0][1] + runs[1][0]) // 2
    assert video.value("g", paused) == pytest.approx(LAMBDA)
    palette = [theme.L1_COLOR, theme.L2_COLOR, theme.ZERO_COLOR, theme.TEXT_COLOR,
               theme.LOSS_COLOR]
    checks = [MarkerCheck(f"balance {color}") for color in (theme.L1_COLOR, theme.L2_COLOR)]
    region = video.plane_box(scene.panels[1]["axes"])
    held_at_zero = moved_off = 0
    radius = video.screen_px(PROBE)
    tracks = [MarkerCheck(f"track {color}") for color in (theme.L1_COLOR, theme.L2_COLOR)]
    on_track_zero = 0
    for index, frame in video.frames([*spread(runs, 12, 0), paused, last]).items():
        g = video.value("g", index)
        points = balance_points(video, index, g)
        origin = video.to_pixels("gradient", index, [[0.0, 0.0]])[0]
        found = [marker_position(frame, color, point, radius, palette)
                 for color, point in zip((theme.L1_COLOR, theme.L2_COLOR), points, strict=True)]
        if np.linalg.norm(points[0] - points[1]) > 2 * radius + 3:  # else one hides another
            for check, point, where in zip(checks, points, found, strict=True):
                check.add(index, point, where, video)
            if g <= LAMBDA:  # L1's minimiser exactly 0: on the beta = 0 line
                assert abs(found[0][0] - origin[0]) <= 1.5, (index, g, found[0], origin)
                held_at_zero += 1
            if g > 0 and points[1][0] - origin[0] > 2 * radius:  # L2's is off 0
                assert found[1][0] - origin[0] > radius, (index, g, found[1], origin)
                moved_off += 1
        ends = np.array([max(-SPAN, g - 2 * SPAN), min(SPAN, g + 2 * SPAN)])
        line = video.to_pixels("gradient", index, np.column_stack([ends, g - ends]))
        # each minimiser on its own track under the panel: both always visible
        for check, name, color, b in zip(tracks, ("track_l1", "track_l2"),
                                         (theme.L1_COLOR, theme.L2_COLOR), minimisers(g),
                                         strict=True):
            point = video.to_pixels(name, index, [[b, 0.0]])[0]
            where = marker_position(frame, color, point, radius, palette)
            assert where is not None, (index, g, name)
            check.add(index, point, where, video)
            if name == "track_l1" and g <= LAMBDA:  # exactly on the track's 0
                zero = video.to_pixels(name, index, [[0.0, 0.0]])[0]
                assert abs(where[0] - zero[0]) <= 1.5, (index, g, where, zero)
                on_track_zero += 1
        discs = [video.disc_box(p, radius) for p in points]
        pixels = region_pixels(frame, theme.LOSS_COLOR, region, palette,
                               [*discs, pull_name_box(video, index, g)])
        assert_near_polylines(video, index, pixels, [line], f"pull at g = {g:.2f}",
                              theme.PATH_STROKE)
        # drawn end to end (less where the minimisers' dots and the slopes cross it)
        assert len(pixels) >= 0.35 * np.linalg.norm(line[1] - line[0])
        assert np.ptp(pixels[:, 0]) >= 0.85 * abs(line[1, 0] - line[0, 0]), g
    assert held_at_zero >= 3 and moved_off >= 3, (held_at_zero, moved_off)
    assert on_track_zero >= 4, on_track_zero
    tops = [video.to_pixels(name, last, [[0.0, 0.0]])[0, 1] for name in ("track_l1", "track_l2")]
    assert tops[1] - tops[0] >= 3 * radius  # two rows, apart
    for check in [*checks, *tracks]:
        check.assert_within(video)
        check.assert_moves(video)
    from scenes.strings import text

    shown = [f"{b:.2f}" for b in minimisers(G_MAX)]
    assert scene.readings[3].shown_text.split() == text(
        "pen_hold_reading", lang, g=f"{G_MAX:.2f}", a=shown[0], s=shown[1]).split()
    assert scene.shown["balance"] == {"lambda": LAMBDA, "g_max": G_MAX,
                                      "minimisers": minimisers(G_MAX)}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_verdict_on_one_signal_twice(lang, rendered_video):
    """After the costs: one line, in L1's colour that L1 is indifferent (equal costs, as
    mathcore sums them) and in L2's that L2 prefers the spread weights (the smaller
    cost); not there before the costs come, gone with the spread beat."""
    video = rendered_video(PenaltyShapes, lang)
    scene = video.scene
    from scenes.strings import text

    l1 = [f"{float(np.sum(l1_penalty(w))):g}" for w in SAME_SIGNAL]
    l2 = [f"{float(np.sum(l2_penalty(w))):g}" for w in SAME_SIGNAL]
    verdict = scene.spread_verdict
    assert verdict[0].original_text == text("pen_spread_l1_verdict", lang, a=l1[0], b=l1[1])
    assert verdict[1].original_text == text("pen_spread_l2_verdict", lang, a=l2[1], b=l2[0])
    height = video.timeline["pixel_size"][1]
    first, last = video.beat("pen_spread")
    palette = [*FEATURE_COLORS, theme.L1_COLOR, theme.L2_COLOR, theme.TEXT_COLOR]
    after = video.beat("pen_gradient")[1]
    for index, frame in video.frames([first + 1, last, after]).items():
        for line, color in zip(verdict, (theme.L1_COLOR, theme.L2_COLOR), strict=True):
            box = video.pixel_box(line)
            assert box[1, 1] <= SPREAD_FLOOR * height
            drawn = len(region_pixels(frame, color, box, palette))
            assert (drawn > 100) == (index == last), (index, color, drawn)
    boxes = [video.pixel_box(line, 0.0) for line in verdict]
    assert boxes[0][1, 1] < boxes[1][0, 1] or boxes[0][1, 0] < boxes[1][0, 0]  # apart


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_slopes_panel_is_gone_in_the_proximal_step(lang, rendered_video):
    """pen_prox: the slopes' panel (its plane, name, ticks, curves, keys and the green
    segment of |b|'s slopes at 0), unused there, has faded: once the fades at the beat's
    start are over (0.5 s and 0.4 s, before the proximal panel comes) nothing is drawn in
    its box; at the beat's last frame nothing outside the proximal panel, which took its
    place."""
    video = rendered_video(PenaltyShapes, lang)
    scene = video.scene
    first, last = video.beat("pen_prox")
    panel = scene.panels[1]
    box = video.pixel_box(VGroup(panel["axes"], panel["caption"], scene.curves[1],
                                 scene.keys[1], scene.hold), 0.0)
    faded = first + round(0.9 * video.fps)
    for index, frame in video.frames([faded, last]).items():
        excluded = [prox_box(video)] if index == last else []
        assert len(bright_pixels(frame, box, excluded)) == 0, index


def pull_name_box(video, index: int, g: float) -> np.ndarray:
    """The pixel box of the pull line's name at frame ``index``: written beside the line
    where it is drawn, its top-right corner PULL_NAME_GAP down and left of the line's
    point at beta = PULL_NAME_AT, at the recorded g, but never higher than
    PULL_NAME_FLOOR under the beta axis (its size: the name's)."""
    size = np.diff(video.pixel_box(video.scene.pull_name, 0.0), axis=0)[0]
    gap = video.screen_px(PULL_NAME_GAP)
    corner = video.to_pixels("gradient", index, [[PULL_NAME_AT, g - PULL_NAME_AT]])[0]
    axis = video.to_pixels("gradient", index, [[0.0, 0.0]])[0, 1]
    top = max(corner[1] + gap, axis + video.screen_px(PULL_NAME_FLOOR))
    return np.array([[corner[0] - gap - size[0] - 1, top - 1],
                     [corner[0] - gap + 1, top + size[1] + 1]])


def prox_box(video) -> np.ndarray:
    """The pixel box of the proximal panel: its plane, heading, numbers, curves, keys,
    dots and reading."""
    scene = video.scene
    panel = scene.panels[2]
    return video.pixel_box(VGroup(panel["axes"], panel["caption"], scene.curves[2],
                                  scene.keys[2], scene.dead_zone, scene.probes, scene.v_dot,
                                  scene.v_name, scene.readings[2]), 2.0)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_keys_stay_clear_and_the_pull_line_is_named(lang, rendered_video):
    """No moving thing crosses a key: during the balance (every sweep frame of g) no pink
    pixel of the pull line lies in the box of the ``sign(β)`` key, and during the sweep of
    v the white input dot never reaches the ``β = v`` key (its disc off the key's box, no
    white pixel in it).  The pink line has a name: a legend in its colour, at least 14 px
    high at 480p, on screen while the line is (the balance), not before or after."""
    video = rendered_video(PenaltyShapes, lang)
    scene = video.scene
    from scenes.strings import text

    palette = [theme.L1_COLOR, theme.L2_COLOR, theme.ZERO_COLOR, theme.TEXT_COLOR,
               theme.LOSS_COLOR, theme.MUTED_TEXT_COLOR, theme.AXES_COLOR]
    sign_key, v_key = scene.keys[1][0], scene.keys[2][0]
    assert sign_key.original_text == "sign(β)" and v_key.original_text == "β = v"
    runs = video.changing("g")
    last = video.beat("pen_hold")[1]
    sign_box = video.pixel_box(sign_key, 1.0)
    plane = video.plane_box(scene.panels[1]["axes"])
    for index, frame in video.frames(range(runs[0][0], runs[1][1] + 1)).items():
        assert len(region_pixels(frame, theme.L1_COLOR, sign_box, palette)) > 20, index
        assert len(region_pixels(frame, theme.LOSS_COLOR, sign_box, palette)) == 0, (
            index, video.value("g", index))
        assert len(region_pixels(frame, theme.LOSS_COLOR, plane, palette)) > 50  # the line
    radius = video.screen_px(PROBE)
    v_box = video.pixel_box(v_key, 1.0)
    (sweep_first, sweep_last), = video.changing("v")
    for index, frame in video.frames(range(sweep_first - 1, sweep_last + 2)).items():
        v = video.value("v", index)
        dot = video.disc_box(video.to_pixels("prox", index, [[v, v]])[0], radius)
        assert dot[1, 0] < v_box[0, 0] or dot[0, 1] > v_box[1, 1] or (
            dot[0, 0] > v_box[1, 0] or dot[1, 1] < v_box[0, 1]), (index, v, dot, v_box)
        assert len(region_pixels(frame, theme.TEXT_COLOR, v_box, palette)) == 0, (index, v)
        assert len(bright_pixels(frame, v_box)) > 20  # the key is drawn
    name = scene.pull_name
    assert name.original_text == text("pen_pull_key", lang)
    height = video.timeline["pixel_size"][1]
    named = 0
    for index, frame in video.frames([*spread(runs, 8, 0), last]).items():
        g = video.value("g", index)
        box = pull_name_box(video, index, g)
        discs = [video.disc_box(p, radius) for p in balance_points(video, index, g)]
        pink = region_pixels(frame, theme.LOSS_COLOR, box, palette, discs)
        assert len(pink) > 30, (index, g, len(pink))
        for other in (theme.L1_COLOR, theme.L2_COLOR):  # clear of the slopes' curves
            assert len(region_pixels(frame, other, box, palette, discs)) <= 0.05 * len(pink)
        assert np.ptp(pink[:, 1]) + 1 >= 14 * height / 480, index  # readable
        assert box[1, 0] < sign_box[0, 0] or box[0, 1] > sign_box[1, 1]  # off the key
        named += 1
    assert named >= 8
    # every frame the name is on screen: its box under the beta axis
    shown = read_by(video, "pen_hold", HOLD_WORDS[lang][1])
    for index, frame in video.frames(range(shown, last + 1)).items():
        g = video.value("g", index)
        box = pull_name_box(video, index, g)
        axis = video.to_pixels("gradient", index, [[0.0, 0.0]])[0, 1]
        assert box[0, 1] > axis + 1, (index, g)
        # no pink on the axis along the name's width but where the line itself crosses
        # it (at beta = g): no letter on the axis
        strip = np.array([[box[0, 0], axis - 2], [box[1, 0], axis + 2]])
        crossing = video.disc_box(video.to_pixels("gradient", index, [[g, 0.0]])[0],
                                  2 * radius)
        assert len(region_pixels(frame, theme.LOSS_COLOR, strip, palette, [crossing])) == 0
    for index in (video.beat("pen_gradient")[1], video.beat("pen_prox")[1]):
        frame = video.frames([index])[index]
        box = video.pixel_box(name, 1.0)  # where it last stood: gone before and after
        assert len(region_pixels(frame, theme.LOSS_COLOR, box, palette)) == 0, index


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_no_long_still_in_the_sweeping_beats(lang, rendered_video):
    """pen_large, pen_spread and pen_hold end on their last motion: the decoded picture
    (above the subtitles' strip) last changes at most STILL_SECONDS (and two frames)
    before the beat's last frame, however long the subtitle takes to read."""
    video = rendered_video(PenaltyShapes, lang)
    from scenes.base import STILL_SECONDS

    height = video.timeline["pixel_size"][1]
    foot = int((1.0 - layout.SUBTITLE_SHARE) * height)
    for beat in ("pen_large", "pen_spread", "pen_hold"):
        first, last = video.beat(beat)
        # back from the last frame: the run of frames like it (more than 15 pixels apart
        # by more than 24 in a channel ends it), then whatever moved before
        runs = still_runs(sorted(video.frames(range(first, last + 1)).items(), reverse=True),
                          video.fps, level=24, allowed=15, region=np.s_[:foot],
                          against="start")
        assert len(runs) > 1, beat
        assert runs[0][2] <= STILL_SECONDS + 2 / video.fps, (beat, runs[0])


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_pen_hold_is_never_still_long(lang, rendered_video):
    """pen_hold brings each thing in as its sentence is read: in the decoded picture
    (above the subtitles' strip) something changes (more than 15 pixels by more than 24
    in a channel, from one frame to the next) at least every LONGEST_STILL seconds, from
    the beat's first frame to its last."""
    video = rendered_video(PenaltyShapes, lang)
    foot = int((1.0 - layout.SUBTITLE_SHARE) * video.timeline["pixel_size"][1])
    first, last = video.beat("pen_hold")
    still_runs(video.frames(range(first, last + 1)).items(), video.fps, level=24,
               allowed=15, region=np.s_[:foot], limit=LONGEST_STILL)


#: The longest a beat's picture may stay still (seconds).
LONGEST_STILL = 3.0


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_l2_key_is_by_its_line(lang, rendered_video):
    """pen_prox: the proximal panel's ``L2`` key is drawn (blue glyphs) above the v axis,
    beside L2's line (its nearest blue line pixel outside the key within 2 KEY_CLEAR of
    the key's box) and nearer that line than L1's kink at v = lambda, at the beat's last
    frame."""
    video = rendered_video(PenaltyShapes, lang)
    scene = video.scene
    from scenes.penalty import KEY_CLEAR

    key = scene.keys[2][2]
    assert key.original_text == "L2"
    last = video.beat("pen_prox")[1]
    frame = video.frames([last])[last]
    palette = [theme.L1_COLOR, theme.L2_COLOR, theme.ZERO_COLOR, theme.TEXT_COLOR,
               theme.AXES_COLOR, theme.MUTED_TEXT_COLOR]
    box = video.pixel_box(key, 1.0)
    glyphs = region_pixels(frame, theme.L2_COLOR, box, palette)
    assert len(glyphs) > 15, len(glyphs)
    origin = video.to_pixels("prox", last, [[0.0, 0.0]])[0]
    assert box[1, 1] < origin[1], box  # above the v axis, on the line's side
    line = region_pixels(frame, theme.L2_COLOR, video.plane_box(scene.panels[2]["axes"]),
                         palette, [box])
    centre = glyphs.mean(axis=0)
    near = np.linalg.norm(line - centre, axis=1).min()
    kink = np.linalg.norm(video.to_pixels("prox", last, [[LAMBDA, 0.0]])[0] - centre)
    reach = np.linalg.norm(np.diff(box, axis=0)) / 2 + 2 * video.screen_px(KEY_CLEAR)
    assert near <= reach and near < kink, (near, reach, kink)
    # and it stands where the scene puts it: by L2's line at v = L2_KEY_AT
    anchor = video.to_pixels("prox", last, [[L2_KEY_AT, float(l2_prox(L2_KEY_AT, LAMBDA))]])[0]
    assert box[0, 0] >= anchor[0] - 1 and box[0, 1] >= anchor[1] - 1, (box, anchor)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_tick_marks_sit_at_their_numbers(lang, rendered_video):
    """Each panel's numbered ticks (``pieces.tick_numbers`` at the values of TICKS) are
    tick marks drawn at those values on the decoded frame (0 is where the axes cross):
    within 1 px, along both axes, on the penalties' and the slopes' panels at the end of
    pen_gradient and on the proximal panel at the end of pen_prox.  The numbers' own
    glyphs are painted over first: they stand 5 px off the plane's edge, where the
    penalties' x axis runs, inside the band where tick marks are looked for."""
    video = rendered_video(PenaltyShapes, lang)
    scene = video.scene
    from scenes.penalty import TICKS
    from tests.frames import rgb

    background = rgb(theme.BACKGROUND_COLOR).round().astype(np.uint8)
    for panel, name, beat in zip(scene.panels, ("penalty", "gradient", "prox"),
                                 ("pen_gradient", "pen_gradient", "pen_prox"), strict=True):
        index = video.beat(beat)[1]
        frame = video.frames([index])[index].copy()
        for number in panel["caption"][2]:
            (left, top), (right, bottom) = np.round(video.pixel_box(number, 0.0)).astype(int)
            frame[max(top, 0):bottom, max(left, 0):right] = background
        for values, vertical in zip(TICKS[name], (False, True), strict=True):
            values = [float(v) for v in values if v != 0]
            if name == "prox" and not vertical:
                # the maps leave the v axis upwards right of 0 and downwards left of it
                # (L1 exactly at v = ±λ = ±1): each tick is read on the side no curve
                # crosses there (below the axis for v > 0, above it for v < 0)
                offsets = np.concatenate([
                    tick_offsets_px(video, name, index, frame, [v], 0.0, vertical,
                                    reach_px=4.0, sides=(1.0,) if v > 0 else (-1.0,))
                    for v in values])
            else:
                offsets = tick_offsets_px(video, name, index, frame, values, 0.0, vertical,
                                          reach_px=4.0)
            assert len(values) >= 4 and np.max(offsets) <= 1.0, (name, vertical, offsets)


#: The least gap (px at 480p) between an axis's name and any tick number: "β" next to the
#: number 2 reads "2β", the name of L2's slope.
NAME_CLEAR_PX = 6.0


def glyph_gap(frame, video, a, b) -> float:
    """The least distance (px) between the drawn glyphs of the texts ``a`` and ``b``."""
    from scipy.spatial import cKDTree

    pixels = [bright_pixels(frame, video.pixel_box(m, 1.0), contrast=40.0) for m in (a, b)]
    assert all(len(p) > 5 for p in pixels), [len(p) for p in pixels]
    return float(cKDTree(pixels[0]).query(pixels[1])[0].min())


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_axis_names_stand_clear_of_the_numbers(lang, rendered_video):
    """On the decoded frames, every axis name (the penalties' β, the slopes' β, the
    proximal panel's v and β) is at least NAME_CLEAR_PX (at 480p) from every tick number of
    its panel: at the end of pen_shapes and of pen_gradient (the first two panels) and of
    pen_prox (the proximal panel)."""
    video = rendered_video(PenaltyShapes, lang)
    scene = video.scene
    scale = video.timeline["pixel_size"][1] / 480
    for panels, beat in (((0,), "pen_shapes"), ((0, 1), "pen_gradient"), ((2,), "pen_prox")):
        index = video.beat(beat)[1]
        frame = video.frames([index])[index]
        for k in panels:
            _, names, numbers = scene.panels[k]["caption"]
            for name in [n for n in names if n.original_text]:
                gaps = [glyph_gap(frame, video, name, number) for number in numbers]
                assert min(gaps) >= NAME_CLEAR_PX * scale, (beat, k, name.original_text,
                                                            min(gaps))


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_g_is_said_in_plain_words(lang, rendered_video):
    """pen_hold says what g is: on screen (under the pull's key, each line at least 14 px
    high at 480p, above NOTE_FLOOR, no pink line across it while g sweeps) and in the
    subtitle: how hard the data pulls β away from 0, the loss's downhill slope at 0 (the
    loss β²/2 − gβ has slope −g there).  Not there before the beat nor in pen_prox."""
    video = rendered_video(PenaltyShapes, lang)
    scene = video.scene
    from scenes.strings import text

    words = scene.g_meaning
    assert words.original_text == text("pen_g_meaning", lang)
    grid = np.linspace(-0.01, 0.01, 2001)
    for g in (0.5, G_MAX):  # the downhill slope of β²/2 − gβ at 0 is g
        assert -np.gradient(grid**2 / 2 - g * grid, grid)[1000] == pytest.approx(g)
    phrase = {"en": "how hard the data pulls β away from 0", "zh": "数据把 β 拉离 0 的力度"}[lang]
    assert phrase in " ".join(words.original_text.splitlines())
    assert phrase in text("sub_pen_hold", lang, lam="1", inv="3")
    height = video.timeline["pixel_size"][1]
    box = video.pixel_box(words, 1.0)
    assert box[1, 1] <= NOTE_FLOOR * height
    last = video.beat("pen_hold")[1]
    runs = video.changing("g")
    palette = [theme.TEXT_COLOR, theme.LOSS_COLOR, theme.L1_COLOR, theme.L2_COLOR]
    for index, frame in video.frames([*spread(runs, 8, 0), last]).items():
        assert len(bright_pixels(frame, box)) > 200, index
        assert len(region_pixels(frame, theme.LOSS_COLOR, box, palette)) == 0, index
    frame = video.frames([last])[last]
    for k, line in enumerate(words.original_text.splitlines()):
        fresh = pieces.label(line, theme.SMALL_SIZE)
        fresh.align_to(words, LEFT).align_to(words, UP).shift(
            k * words.height / len(words.original_text.splitlines()) * DOWN)
        glyphs = bright_pixels(frame, video.pixel_box(fresh, 0.0), contrast=60.0)
        assert np.ptp(glyphs[:, 1]) + 1 >= 14 * height / 480, (line, np.ptp(glyphs[:, 1]))
    for index in (video.beat("pen_gradient")[1], video.beat("pen_prox")[1]):
        frame = video.frames([index])[index]
        # (in pen_prox the words that the step is this balance stand there)
        others = [prox_box(video), video.pixel_box(scene.prox_same, 2.0)]
        assert len(bright_pixels(frame, box, others)) == 0, index


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_step_then_the_pull(lang, rendered_video):
    """pen_prox shows the gradient step, then the penalty's pull, one after the other: at
    the end of the step (tracker ``step`` reaches 1) a pink arrow runs from STEP_FROM to v
    above each row and no pull is drawn yet; at the end of the pull (``step`` reaches 2)
    the pink arrow is still there and, above it, an arrow in the penalty's colour runs back
    from v to mathcore's output.  The words right of the proximal panel say it is the
    balance with g = v (at least 14 px high lines, to the end of the beat)."""
    video = rendered_video(PenaltyShapes, lang)
    scene = video.scene
    from scenes.penalty import MOVE_LIFT, PULL_LIFT
    from scenes.strings import text

    runs = video.changing("step")
    assert len(runs) == 2 and video.value("step", runs[1][1]) == pytest.approx(2.0), runs
    v = STEP_FROM + STEP
    palette = [theme.L1_COLOR, theme.L2_COLOR, theme.TEXT_COLOR, theme.LOSS_COLOR,
               theme.AXES_COLOR, theme.MUTED_TEXT_COLOR]
    outputs = {"step_l1": (theme.L1_COLOR, float(soft_threshold(v, LAMBDA))),
               "step_l2": (theme.L2_COLOR, float(v * L2_SCALE))}
    band = 6.0
    for index, frame in video.frames([runs[0][1], runs[1][0] - 1, runs[1][1]]).items():
        pulled = index == runs[1][1]
        for plane, (color, out) in outputs.items():
            (left, y), right = video.to_pixels(plane, index, [[min(out, STEP_FROM), 0.0],
                                                               [v, 0.0]])
            for lift, ink, start, end, shown in (
                    (MOVE_LIFT, theme.LOSS_COLOR, STEP_FROM, v, True),
                    (PULL_LIFT, color, v, out, pulled)):
                up = y - video.screen_px(lift)
                region = np.array([[left - 8, up - band], [right[0] + 8, up + band]])
                pixels = region_pixels(frame, ink, region, palette)
                if not shown:
                    assert len(pixels) == 0, (index, plane, ink)
                    continue
                ends = video.to_pixels(plane, index, [[start, 0.0], [end, 0.0]])[:, 0]
                tail, tip = ends
                assert len(pixels) > 10, (index, plane, ink)
                low, high = pixels[:, 0].min(), pixels[:, 0].max()
                if tail < tip:
                    assert abs(low - tail) <= EDGE_PX + 1 and tip - TIP_PX <= high <= tip + EDGE_PX
                else:
                    assert abs(high - tail) <= EDGE_PX + 1 and tip - EDGE_PX <= low <= tip + TIP_PX
    same = scene.prox_same
    assert same.original_text == text("pen_prox_same", lang)
    assert "g = v" in same.original_text and "λ" in same.original_text
    height = video.timeline["pixel_size"][1]
    last = video.beat("pen_prox")[1]
    frame = video.frames([last])[last]
    box = video.pixel_box(same, 1.0)
    assert box[1, 1] <= NOTE_FLOOR * height and len(bright_pixels(frame, box)) > 200
    assert box[0, 0] > video.pixel_box(scene.panels[2]["axes"], 0.0)[1, 0]  # off the plane
    lines = same.original_text.splitlines()
    for k, line in enumerate(lines):
        fresh = pieces.label(line, theme.SMALL_SIZE).align_to(same, LEFT).align_to(same, UP)
        fresh.shift(k * same.height / len(lines) * DOWN)
        glyphs = bright_pixels(frame, video.pixel_box(fresh, 0.0), contrast=60.0)
        assert np.ptp(glyphs[:, 1]) + 1 >= 14 * height / 480, (line, np.ptp(glyphs[:, 1]))


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_proximal_panel_uses_the_freed_space(lang, rendered_video):
    """pen_prox: the proximal map is drawn large: its decoded L1 curve spans (x) at least
    1.2 times the slopes' decoded L1 curve (both over beta in [-2, 2]) and starts in the
    left half of the frame; the ``β = v`` key is at least 14 px high (480p) and its glyphs
    stand at least KEY_AXIS_PX clear of the β axis (its drawn pixels)."""
    video = rendered_video(PenaltyShapes, lang)
    scene = video.scene
    palette = [theme.L1_COLOR, theme.L2_COLOR, theme.ZERO_COLOR, theme.TEXT_COLOR,
               theme.LOSS_COLOR, theme.AXES_COLOR, theme.MUTED_TEXT_COLOR]
    held, last = video.beat("pen_hold")[1], video.beat("pen_prox")[1]
    frames = video.frames([held, last])
    slopes = region_pixels(frames[held], theme.L1_COLOR,
                           video.plane_box(scene.panels[1]["axes"]), palette)
    keys = [video.pixel_box(key) for key in scene.keys[2]]
    prox = region_pixels(frames[last], theme.L1_COLOR,
                         video.plane_box(scene.panels[2]["axes"]), palette,
                         [*keys, *[video.disc_box(video.to_pixels("prox", last, [[SPAN, y]])[0],
                                                  video.screen_px(PROBE))
                                   for y in (SPAN, float(soft_threshold(SPAN, LAMBDA)))]])
    assert np.ptp(prox[:, 0]) >= 1.2 * np.ptp(slopes[:, 0]), (np.ptp(prox[:, 0]),
                                                               np.ptp(slopes[:, 0]))
    width, height = video.timeline["pixel_size"]
    assert prox[:, 0].min() < width / 2
    key = scene.keys[2][0]
    assert key.original_text == "β = v"
    glyphs = bright_pixels(frames[last], video.pixel_box(key, 1.0), contrast=40.0)
    assert np.ptp(glyphs[:, 1]) + 1 >= 14 * height / 480, np.ptp(glyphs[:, 1])
    axis_x = video.to_pixels("prox", last, [[0.0, 0.0]])[0, 0]
    column = bright_pixels(frames[last], np.array([[axis_x - 3, glyphs[:, 1].min()],
                                                   [axis_x + 3, glyphs[:, 1].max()]]))
    assert len(column) > 5  # the axis is drawn there
    assert column[:, 0].min() - glyphs[:, 0].max() >= KEY_AXIS_PX * height / 480


#: The least gap (px at 480p) between the ``β = v`` key and the β axis.
KEY_AXIS_PX = 6.0


def read_by(video, beat: str, words: str) -> int:
    """The first frame of ``beat`` by which its subtitle has been read up to ``words``
    (``scenes.cues.cue_seconds`` of the cues before, and that cue's share before
    ``words``, by characters)."""
    from scenes.cues import cue_seconds, cues

    record = next(b for b in video.scene.beats if b["name"] == beat)
    lang, seconds = video.scene.lang, 0.0
    for cue in cues(record["subtitle"], lang):
        line = cue.replace("\n", " " if lang == "en" else "")
        if words in line:
            seconds += cue_seconds(cue, lang) * line.index(words) / len(line)
            return video.beat(beat)[0] + int(np.floor(seconds * video.fps + 1e-6))
        seconds += cue_seconds(cue, lang)
    raise AssertionError(f"{words!r} not in {beat}'s subtitle")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_each_step_comes_as_it_is_said(lang, rendered_video):
    """pen_hold: one idea a cue, each shown as its sentence is read: no pink pull line on
    the slopes' plane before its sentence, drawn after; g stays 0 until L1's sentence
    (its first leg, 0 to lambda), its second leg not before L2's.  pen_prox: the gradient
    step's arrows (``step`` leaving 0) not before its sentence, the pull (``step`` past 1)
    not before the penalty's.  Each cue at most two lines of one sentence (no cue holds
    two of pen_hold's sentences)."""
    video = rendered_video(PenaltyShapes, lang)
    scene = video.scene
    from scenes.cues import cues

    words = HOLD_WORDS[lang]
    hold = next(b for b in scene.beats if b["name"] == "pen_hold")
    stops = "." if lang == "en" else "。"
    for cue in cues(hold["subtitle"], lang):
        assert cue.rstrip(stops).count(stops) == 0, cue  # one sentence a cue
    drawn = read_by(video, "pen_hold", words[1])
    palette = [theme.L1_COLOR, theme.L2_COLOR, theme.ZERO_COLOR, theme.TEXT_COLOR,
               theme.LOSS_COLOR]
    plane = video.plane_box(scene.panels[1]["axes"])
    frames = video.frames([drawn - 1, drawn + round(video.fps)])
    assert len(region_pixels(frames[drawn - 1], theme.LOSS_COLOR, plane, palette)) == 0
    assert len(region_pixels(frames[drawn + round(video.fps)], theme.LOSS_COLOR, plane,
                             palette)) > 50
    runs = video.changing("g")
    assert runs[0][0] >= read_by(video, "pen_hold", words[4]) - 1, runs
    assert runs[1][0] >= read_by(video, "pen_hold", words[5]) - 1, runs
    steps = video.changing("step")
    said = [read_by(video, "pen_prox", w) for w in STEP_WORDS[lang][:2]]
    assert steps[0][0] >= said[0] - 1 and steps[1][0] >= said[1] - 1, (steps, said)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_input_dot_is_named(lang, rendered_video):
    """pen_prox: the white input dot on the line beta = v carries its name ``v``, V_NAME_GAP
    above it, at the step's v (once the step has reached it) and where the sweep ends."""
    video = rendered_video(PenaltyShapes, lang)
    scene = video.scene
    assert scene.v_name.original_text == "v"
    size = np.diff(video.pixel_box(scene.v_name, 0.0), axis=0)[0]
    radius, gap = video.screen_px(PROBE), video.screen_px(V_NAME_GAP)
    step = video.changing("step")[1][0]  # the pull begins: v reached, named
    for index, frame in video.frames([step, video.beat("pen_prox")[1]]).items():
        v = video.value("v", index)
        dot = video.to_pixels("prox", index, [[v, v]])[0]
        box = np.array([[dot[0] - size[0] / 2 - 1, dot[1] - radius - gap - size[1] - 1],
                        [dot[0] + size[0] / 2 + 1, dot[1] - radius - gap + 1]])
        glyphs = region_pixels(frame, theme.TEXT_COLOR, box,
                               [theme.TEXT_COLOR, theme.L1_COLOR, theme.L2_COLOR])
        assert len(glyphs) > 15, (index, v, len(glyphs))
