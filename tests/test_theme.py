"""The theme's colours: one meaning per colour, and chart colours that cannot be mistaken
for a meaning."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from scenes import theme
from scenes.lp_family import CURVE_COLORS

MEANINGS = {"L1": theme.L1_COLOR, "L2": theme.L2_COLOR, "loss": theme.LOSS_COLOR,
            "optimum": theme.SOLUTION_COLOR, "zero": theme.ZERO_COLOR,
            "text": theme.TEXT_COLOR, "muted text": theme.MUTED_TEXT_COLOR,
            "axes": theme.AXES_COLOR}


def lab(color: str) -> np.ndarray:
    """CIE L*a*b* (D65) of an sRGB colour ``#RRGGBB``."""
    rgb = np.array([int(color[i:i + 2], 16) for i in (1, 3, 5)]) / 255.0
    linear = np.where(rgb > 0.04045, ((rgb + 0.055) / 1.055) ** 2.4, rgb / 12.92)
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722],
                    [0.0193, 0.1192, 0.9505]]) @ linear / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def test_lab_of_known_colours():
    np.testing.assert_allclose(lab("#FFFFFF"), [100.0, 0.0, 0.0], atol=0.05)
    np.testing.assert_allclose(lab("#FF0000"), [53.24, 80.09, 67.20], atol=0.1)


def test_meanings_have_distinct_colours():
    for (a, x), (b, y) in itertools.combinations(MEANINGS.items(), 2):
        assert np.linalg.norm(lab(x) - lab(y)) >= 20, (a, b)


@pytest.mark.parametrize("color", theme.SERIES_COLORS)
def test_chart_colours_stay_away_from_every_meaning(color):
    distances = {name: float(np.linalg.norm(lab(color) - lab(meaning)))
                 for name, meaning in MEANINGS.items()}
    assert min(distances.values()) >= 25, distances
    assert lab(color)[0] >= 60  # light enough on the dark background


def test_chart_colours_differ_from_each_other():
    palette = theme.FEATURE_PALETTE + theme.SERIES_COLORS
    assert len(set(palette)) == len(palette)
    for a, b in itertools.combinations(theme.SERIES_COLORS, 2):
        assert np.linalg.norm(lab(a) - lab(b)) >= 40


def test_the_other_ball_colour_means_nothing_of_the_key():
    """A ball that is neither L1 nor L2 (scenes/lp_family.py) is drawn in a colour of its
    own: far from the five meanings of the key and every chart colour, and still told
    apart from the text colours."""
    key = [color for _, color in theme.COLOR_KEY]
    for color in key:
        assert np.linalg.norm(lab(theme.OTHER_BALL_COLOR) - lab(color)) >= 40, color
    for color in {*theme.SERIES_COLORS, *CURVE_COLORS}:
        assert np.linalg.norm(lab(theme.OTHER_BALL_COLOR) - lab(color)) >= 30, color
    for color in (theme.TEXT_COLOR, theme.MUTED_TEXT_COLOR, theme.AXES_COLOR):
        assert np.linalg.norm(lab(theme.OTHER_BALL_COLOR) - lab(color)) >= 12, color
    assert lab(theme.OTHER_BALL_COLOR)[0] >= 60


def ciede2000(x: np.ndarray, y: np.ndarray) -> float:
    """The CIEDE2000 colour difference of two CIE L*a*b* colours (Sharma, Wu and Dalal,
    2005): unlike CIE76 it does not let a chroma difference pass for a different colour."""
    (l1, a1, b1), (l2, a2, b2) = x, y
    mean_c = (np.hypot(a1, b1) + np.hypot(a2, b2)) / 2
    g = 0.5 * (1 - np.sqrt(mean_c ** 7 / (mean_c ** 7 + 25 ** 7)))
    a1, a2 = (1 + g) * a1, (1 + g) * a2
    c1, c2 = np.hypot(a1, b1), np.hypot(a2, b2)
    h1, h2 = np.degrees(np.arctan2(b1, a1)) % 360, np.degrees(np.arctan2(b2, a2)) % 360
    dh = 0.0 if c1 * c2 == 0 else (h2 - h1 + 180) % 360 - 180
    d_l, d_c = l2 - l1, c2 - c1
    d_h = 2 * np.sqrt(c1 * c2) * np.sin(np.radians(dh / 2))
    mean_l, mean_c = (l1 + l2) / 2, (c1 + c2) / 2
    if c1 * c2 == 0:
        mean_h = h1 + h2
    elif abs(h1 - h2) <= 180:
        mean_h = (h1 + h2) / 2
    else:
        mean_h = (h1 + h2 + 360) / 2 if h1 + h2 < 360 else (h1 + h2 - 360) / 2
    t = (1 - 0.17 * np.cos(np.radians(mean_h - 30)) + 0.24 * np.cos(np.radians(2 * mean_h))
         + 0.32 * np.cos(np.radians(3 * mean_h + 6)) - 0.20 * np.cos(np.radians(4 * mean_h - 63)))
    rotation = -np.sin(np.radians(60 * np.exp(-(((mean_h - 275) / 25) ** 2)))) * 2 * np.sqrt(
        mean_c ** 7 / (mean_c ** 7 + 25 ** 7))
    s_l = 1 + 0.015 * (mean_l - 50) ** 2 / np.sqrt(20 + (mean_l - 50) ** 2)
    s_c, s_h = 1 + 0.045 * mean_c, 1 + 0.015 * mean_c * t
    return float(np.sqrt((d_l / s_l) ** 2 + (d_c / s_c) ** 2 + (d_h / s_h) ** 2
                         + rotation * (d_c / s_c) * (d_h / s_h)))


def test_ciede2000_of_known_pairs():
    """Two pairs of Sharma, Wu and Dalal's test data."""
    assert ciede2000(np.array([50.0, 2.6772, -79.7751]),
                     np.array([50.0, 0.0, -82.7485])) == pytest.approx(2.0425, abs=1e-4)
    assert ciede2000(np.array([50.0, 2.5, 0.0]),
                     np.array([73.0, 25.0, -18.0])) == pytest.approx(27.1492, abs=1e-4)


def test_feature_palette_reads_as_no_meaning_of_the_key():
    """The coefficient plots' features (scenes/ridge_vs_lasso.py): ten colours, none of
    them the key's orange, blue, pink, yellow or green (by CIEDE2000 and by hue), none
    like the text, the axes or the other ball, none alike, light on the background, and
    far enough apart in RGB for the frame tests to tell their pixels apart."""
    palette = theme.FEATURE_PALETTE
    assert len(palette) == len(set(palette)) == 10
    others = {**MEANINGS, "other ball": theme.OTHER_BALL_COLOR,
              "background": theme.BACKGROUND_COLOR}
    hues = {name: np.degrees(np.arctan2(lab(color)[2], lab(color)[1])) % 360
            for name, color in theme.COLOR_KEY}
    for color in palette:
        near = min(others, key=lambda name: ciede2000(lab(color), lab(others[name])))
        assert ciede2000(lab(color), lab(others[near])) >= 15, (color, near)
        light, a, b = lab(color)
        assert light >= 50, color
        if np.hypot(a, b) >= 12:  # a colour with a hue: not the hue of a meaning
            hue = np.degrees(np.arctan2(b, a)) % 360
            for name, key_hue in hues.items():
                assert abs((hue - key_hue + 180) % 360 - 180) >= 20, (color, name)
    for a, b in itertools.combinations(palette, 2):
        assert ciede2000(lab(a), lab(b)) >= 17.5, (a, b)
        assert np.abs(np.array(rgb_of(a)) - rgb_of(b)).sum() >= 70, (a, b)


def rgb_of(color: str) -> list[int]:
    return [int(color[i:i + 2], 16) for i in (1, 3, 5)]
