"""The theme's colours: one meaning per colour, and chart colours that cannot be mistaken
for a meaning."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from scenes import theme

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


@pytest.mark.parametrize("color", theme.FEATURE_COLORS + theme.SERIES_COLORS)
def test_chart_colours_stay_away_from_every_meaning(color):
    distances = {name: float(np.linalg.norm(lab(color) - lab(meaning)))
                 for name, meaning in MEANINGS.items()}
    assert min(distances.values()) >= 25, distances
    assert lab(color)[0] >= 60  # light enough on the dark background


def test_chart_colours_differ_from_each_other():
    palette = theme.FEATURE_COLORS + theme.SERIES_COLORS
    assert len(set(palette)) == len(palette)
    for a, b in itertools.combinations(theme.SERIES_COLORS, 2):
        assert np.linalg.norm(lab(a) - lab(b)) >= 40


def test_feature_colours_are_told_apart():
    """The features of a coefficient plot (scenes/ridge_vs_lasso.py): no two alike, and
    further from every meaning than other chart colours need to be (issue 14)."""
    palette = theme.FEATURE_COLORS
    assert len(palette) == 10
    for a, b in itertools.combinations(palette, 2):
        assert np.linalg.norm(lab(a) - lab(b)) >= 40, (a, b)
    for color in palette:
        assert min(np.linalg.norm(lab(color) - lab(meaning))
                   for meaning in MEANINGS.values()) >= 35, color


def test_the_other_ball_colour_means_nothing_of_the_key():
    """A ball that is neither L1 nor L2 (scenes/lp_family.py) is drawn in a colour of its
    own: far from the five meanings of the key and every chart colour, and still told
    apart from the text colours."""
    key = [color for _, color in theme.COLOR_KEY]
    for color in key:
        assert np.linalg.norm(lab(theme.OTHER_BALL_COLOR) - lab(color)) >= 40, color
    for color in theme.FEATURE_COLORS + theme.SERIES_COLORS:
        assert np.linalg.norm(lab(theme.OTHER_BALL_COLOR) - lab(color)) >= 30, color
    for color in (theme.TEXT_COLOR, theme.MUTED_TEXT_COLOR, theme.AXES_COLOR):
        assert np.linalg.norm(lab(theme.OTHER_BALL_COLOR) - lab(color)) >= 12, color
    assert lab(theme.OTHER_BALL_COLOR)[0] >= 60
