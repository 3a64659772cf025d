"""Frame tests of scenes/penalty.py: every curve as mathcore evaluates it, the probes of a
growing weight on the penalties and their slopes at the recorded beta (and the point of
equal cost), the two weight vectors of one repeated signal (their bars, costs and the
shift an error in x1 causes), and the two proximal outputs following the swept input v."""

from __future__ import annotations

import numpy as np
import pytest

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
from scenes import theme
from scenes.penalty import (
    BAR_HALF,
    DELTA,
    FEATURE_COLORS,
    LAMBDA,
    LARGE,
    PROBE,
    SAME_SIGNAL,
    SPAN,
    PenaltyShapes,
)
from tests.frames import (
    MarkerCheck,
    assert_near_polylines,
    check_basics,
    marker_position,
    region_pixels,
    spread,
)

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("penalty")]
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
PROXES = {theme.L1_COLOR: lambda v: soft_threshold(v, LAMBDA),
          theme.L2_COLOR: lambda v: l2_prox(v, LAMBDA)}


def check_penalty(video) -> dict:
    scene = video.scene
    assert len(video.changing("v")) == 1  # one sweep
    palette = [theme.L1_COLOR, theme.L2_COLOR, theme.ZERO_COLOR]
    probes = {color: MarkerCheck(f"prox probe {color}") for color in PROXES}
    worst: dict[str, float] = {}
    for index, frame in video.frames(spread(video.changing("v"), 12, 0)).items():
        v = video.value("v", index)
        expected = {color: video.to_pixels("prox", index, [[v, float(f(v))]])[0]
                    for color, f in PROXES.items()}
        l1, l2 = expected.values()
        if np.linalg.norm(l1 - l2) > 2 * video.screen_px(PROBE) + 3:  # else one hides the other
            for color, point in expected.items():
                found = marker_position(frame, color, point, video.screen_px(PROBE), palette)
                probes[color].add(index, point, found, video)
        discs = [video.disc_box(p, video.screen_px(PROBE)) for p in expected.values()]
        discs += weight_probe_discs(video, index)
        for panel, name, keys in zip(scene.panels, CURVES, scene.keys, strict=True):
            region = video.plane_box(panel["axes"])
            names = [video.pixel_box(key) for key in keys]
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
    return {**{c: p.summary(video) for c, p in probes.items()},
            **{k: round(v, 2) for k, v in worst.items()}}


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
    values = [f"{float(f(LARGE)):.2f}" for f in (l1_penalty, l2_penalty)]
    assert all(value in scene.readings[0].shown_text for value in values)
    assert f"{float(l2_gradient(LARGE)):.2f}" in scene.readings[1].shown_text
    index = video.beat("pen_large")[1]
    frame = video.frames([index])[index]
    expected = video.to_pixels("penalty", index, [[EQUAL_COST, float(l1_penalty(EQUAL_COST))]])[0]
    assert float(l1_penalty(EQUAL_COST)) == float(l2_penalty(EQUAL_COST))
    found = marker_position(frame, theme.TEXT_COLOR, expected, video.screen_px(PROBE), palette)
    assert found is not None and np.linalg.norm(found - expected) <= 2.0


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_curves_and_the_proximal_sweep(lang, rendered_video):
    video = rendered_video(PenaltyShapes, lang)
    check_basics(video)
    check_penalty(video)


#: Bar tops and arrow ends (px): antialiasing and the video's 2 x 2 colour blocks.
EDGE_PX = 2.5
#: An arrow's tip narrows to a point: its last pixels are too thin to take its colour.
TIP_PX = 4.0


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_one_signal_twice_costs_and_shifts(lang, rendered_video):
    """At the end of pen_spread: each weight vector's bars rise to its weights on their
    plane's scale, its L1 and L2 costs are mathcore's (1 and 1; 1 and 0.5), and the arrow
    of the shift an error DELTA in x1 causes runs from 0 to w1 DELTA on its axis."""
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
    for k, (weights, part) in enumerate(zip(SAME_SIGNAL, scene.spread_parts, strict=True)):
        ends = video.screen_to_pixels(np.array([part["arrow"].get_start(),
                                                part["arrow"].get_end()]))
        plane = f"spread_weights_{k}"
        for i, (w, color) in enumerate(zip(weights, FEATURE_COLORS, strict=True)):
            (left, top), (right, bottom) = video.to_pixels(
                plane, index, [[i + 1 - BAR_HALF, w], [i + 1 + BAR_HALF, 0.0]])
            region = np.array([[left - 4, top - 8], [right + 4, bottom - 2]])
            pixels = region_pixels(frame, color, region, palette)
            if w == 0:
                assert len(pixels) == 0, f"{plane}: a bar drawn for w{i + 1} = 0"
                continue
            assert abs(pixels[:, 1].min() - top) <= EDGE_PX, (plane, i, pixels[:, 1].min(), top)
            assert abs(pixels[:, 0].min() - left) <= EDGE_PX
            assert abs(pixels[:, 0].max() - right) <= EDGE_PX
        shift = f"spread_shift_{k}"
        start, end = video.to_pixels(shift, index, [[0.0, 0.0], [shifts[k], 0.0]])
        full = video.to_pixels(shift, index, [[DELTA, 0.0]])[0]
        region = np.array([[start[0] - 6, start[1] - 12], [full[0] + 6, start[1] + 12]])
        pixels = region_pixels(frame, FEATURE_COLORS[0], region, palette)
        assert abs(pixels[:, 0].min() - start[0]) <= EDGE_PX, (shift, pixels[:, 0].min(), start)
        np.testing.assert_allclose(ends, [start, end], atol=0.5)  # drawn from 0 to w1 DELTA
        assert end[0] - TIP_PX <= pixels[:, 0].max() <= end[0] + EDGE_PX, (
            shift, pixels[:, 0].max(), end)
        assert np.abs(pixels[:, 1] - start[1]).max() <= video.screen_px(0.2)  # on its axis
