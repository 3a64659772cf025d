"""Frame tests of scenes/penalty.py: every curve as mathcore evaluates it, and the two
proximal outputs following the swept input v."""

from __future__ import annotations

import numpy as np
import pytest

from mathcore.penalties import (
    l1_penalty,
    l1_subgradient,
    l2_gradient,
    l2_penalty,
    l2_prox,
    soft_threshold,
)
from scenes import theme
from scenes.penalty import LAMBDA, PROBE, SPAN, PenaltyShapes
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


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_curves_and_the_proximal_sweep(lang, rendered_video):
    video = rendered_video(PenaltyShapes, lang)
    check_basics(video)
    check_penalty(video)
