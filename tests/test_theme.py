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


def oklch(color: str) -> np.ndarray:
    """OKLCh (lightness, chroma, hue in degrees) of an sRGB colour ``#RRGGBB`` (Ottosson's
    OKLab, 2020): its hue is close to even where CIE LCh's bends (blue to purple)."""
    return oklch_of_rgb(np.array(rgb_of(color), dtype=float))


def oklch_of_rgb(rgb: np.ndarray) -> np.ndarray:
    """``oklch`` of sRGB values 0-255 in the last axis (a colour, or a frame's pixels)."""
    rgb = np.asarray(rgb, dtype=float) / 255.0
    linear = np.where(rgb > 0.04045, ((rgb + 0.055) / 1.055) ** 2.4, rgb / 12.92)
    lms = np.cbrt(linear @ np.array([[0.4122214708, 0.5363325363, 0.0514459929],
                                     [0.2119034982, 0.6806995451, 0.1073969566],
                                     [0.0883024619, 0.2817188376, 0.6299787005]]).T)
    light, a, b = np.moveaxis(lms @ np.array([[0.2104542553, 0.7936177850, -0.0040720468],
                                              [1.9779984951, -2.4285922050, 0.4505937099],
                                              [0.0259040371, 0.7827717662, -0.8086757660]]).T,
                              -1, 0)
    return np.stack([light, np.hypot(a, b), np.degrees(np.arctan2(b, a)) % 360], axis=-1)


def test_oklch_of_known_colours():
    """Ottosson's published values for sRGB white and red."""
    np.testing.assert_allclose(oklch("#FFFFFF")[:2], [1.0, 0.0], atol=1e-4)
    np.testing.assert_allclose(oklch("#FF0000"), [0.62796, 0.25768, 29.2339], atol=1e-3)


def hue_gap(x: float, y: float) -> float:
    """Degrees between two hues."""
    return abs((x - y + 180) % 360 - 180)


#: Every colour that means something somewhere in the lesson: each ``*_COLOR`` of the
#: theme (the key's five, the text, whose white is also the stability video's full-data
#: star, the greys, the background, and the colours of one video each: least squares,
#: the proximal iterate, the other ball, the penalised objective).
THEME_MEANINGS = {name: value for name, value in vars(theme).items()
                  if name.endswith("_COLOR") and isinstance(value, str)}
#: Whose hue a feature may not share (OKLCh hue, chroma 0.04 or more): the key's five,
#: the lesson's vocabulary, and the two other coloured fits a feature could be taken for,
#: least squares and the proximal iterate.  (The penalised objective's chartreuse is
#: drawn only in scenes/bridge.py, which draws no feature.)
HUE_MEANINGS = ("L1_COLOR", "L2_COLOR", "LOSS_COLOR", "SOLUTION_COLOR", "ZERO_COLOR",
                "LEAST_SQUARES_COLOR", "PROX_COLOR")
#: Colours that reviewers read as a colour of the key when they were features: brown,
#: salmon, vermilion and a salmon red as the L1 orange, teal, ice and steel blue as the
#: L2 blue, crimson as the loss's pink, lime and olive as the zero's green (the last three
#: of the ten-colour palette scenes/ridge_vs_lasso.py had).
MISREAD = {"brown": "#A86A55", "salmon": "#FFA08C", "teal": "#22B3A6", "ice": "#A5F5F5",
           "steel blue": "#2D8796", "crimson": "#DC143C", "lime": "#A0E040",
           "vermilion": "#FC3F0A", "salmon red": "#F26A5D", "olive": "#8EB028"}
#: A feature colour is never close to a meaning: at least this many CIEDE2000 units from
#: every colour of ``THEME_MEANINGS``, this many degrees of OKLCh hue from each of
#: ``HUE_MEANINGS``, this many CIEDE2000 units from each misread colour, and at least this
#: OKLCh chroma (a colour, never read as the white, the greys or the ivory ball, whose
#: chroma is at most 0.04).
NEAR_MEANING, NEAR_HUE, NEAR_MISREAD, LEAST_CHROMA = 15.0, 20.0, 12.0, 0.065
#: The features singled out at once are told apart: the palette's two colours (taken in
#: turn, so neighbours in a stack of names always differ) at least ``NEIGHBOURS``
#: CIEDE2000 units and 70 in RGB apart (the frame tests' pixel classifier).
NEIGHBOURS = 30.0


def test_the_rule_rejects_the_colours_that_were_misread():
    """The rule below has teeth: each colour reviewers misread as a meaning breaks it."""
    for name, color in MISREAD.items():
        assert not reads_as_no_meaning(color), name


def nearness(color: str) -> dict[str, float]:
    """How near ``color`` comes to a meaning: its least CIEDE2000 distance to one, its
    least OKLCh hue gap to one of ``HUE_MEANINGS``, its least CIEDE2000 distance to a
    misread colour, its OKLCh chroma and its CIE lightness."""
    _, chroma, hue = oklch(color)
    return {"meaning": min(ciede2000(lab(color), lab(m)) for m in THEME_MEANINGS.values()),
            "hue": min(hue_gap(hue, oklch(THEME_MEANINGS[name])[2]) for name in HUE_MEANINGS
                       if oklch(THEME_MEANINGS[name])[1] >= 0.04),
            "misread": min(ciede2000(lab(color), lab(m)) for m in MISREAD.values()),
            "chroma": chroma, "lightness": lab(color)[0]}


def reads_as_no_meaning(color: str) -> bool:
    """Whether ``color`` keeps ``NEAR_MEANING``, ``NEAR_HUE``, ``NEAR_MISREAD`` and
    ``LEAST_CHROMA`` from every meaning, and is light on the background (L* >= 50)."""
    near = nearness(color)
    return (near["meaning"] >= NEAR_MEANING and near["hue"] >= NEAR_HUE
            and near["misread"] >= NEAR_MISREAD and near["chroma"] >= LEAST_CHROMA
            and near["lightness"] >= 50)


@pytest.mark.parametrize("color", theme.FEATURE_PALETTE)
def test_a_feature_colour_is_never_close_to_a_meaning(color):
    """Every feature colour (scenes/ridge_vs_lasso.py, penalty.py, lp_family.py, sgd.py)
    is far from every colour that means something in the lesson (``reads_as_no_meaning``),
    and, as before, 20 degrees of CIE LCh hue from each of the key's five."""
    assert reads_as_no_meaning(color), nearness(color)
    hue = np.degrees(np.arctan2(lab(color)[2], lab(color)[1])) % 360
    for name, key in theme.COLOR_KEY:
        assert hue_gap(hue, np.degrees(np.arctan2(lab(key)[2], lab(key)[1])) % 360) >= 20, name


def test_the_features_are_told_apart():
    """Two colours for the features singled out (scenes/ridge_vs_lasso.py takes them in
    turn; scenes/penalty.py draws both side by side), ``NEIGHBOURS`` apart and 70 in RGB;
    each ``NEAR_MEANING`` from the grey of the features not singled out, a neutral (OKLCh
    chroma under 0.04: no colour of the key), light enough to see (L* >= 50)."""
    palette = theme.FEATURE_PALETTE
    assert len(palette) == len(set(palette)) == 2
    for a, b in itertools.combinations(palette, 2):
        assert ciede2000(lab(a), lab(b)) >= NEIGHBOURS, (a, b)
        assert np.abs(np.array(rgb_of(a)) - rgb_of(b)).sum() >= 70, (a, b)
    for color in palette:
        assert ciede2000(lab(color), lab(theme.FEATURE_REST)) >= NEAR_MEANING, color
    assert oklch(theme.FEATURE_REST)[1] < 0.04 and lab(theme.FEATURE_REST)[0] >= 50


def rgb_of(color: str) -> list[int]:
    return [int(color[i:i + 2], 16) for i in (1, 3, 5)]


def test_the_penalised_colour_is_no_other_colour():
    """The penalised objective's colour (scenes/bridge.py) keeps ``NEAR_MEANING`` CIEDE2000
    units from every other colour of the theme and ``NEAR_MISREAD`` from each colour read
    as a meaning (the lime read as the zero's green among them: its chartreuse was 7.5
    from it)."""
    color = lab(theme.PENALISED_COLOR)
    for name, other in THEME_MEANINGS.items():
        if name not in ("PENALISED_COLOR", "BACKGROUND_COLOR"):
            assert ciede2000(color, lab(other)) >= NEAR_MEANING, name
    for name, other in MISREAD.items():
        assert ciede2000(color, lab(other)) >= NEAR_MISREAD, name
    assert ciede2000(lab("#AAFF00"), lab(MISREAD["lime"])) < NEAR_MISREAD  # the rule bites


def test_the_proximal_colour_is_a_second_l1_and_no_optimum():
    """The proximal iterate's colour (scenes/sgd.py) keeps ``NEAR_MEANING`` CIEDE2000 units
    from every other colour of the theme (the L1 orange among them: two methods told
    apart), twice that from the optimum's yellow and 60 of Rec. 601 luma below it (the
    pale peach it was, 13 from it, was read as an optimum); it stays an orange, within 20
    degrees of OKLCh hue of the L1 orange, and light on the background (L* >= 50)."""
    color = lab(theme.PROX_COLOR)
    for name, other in THEME_MEANINGS.items():
        if name not in ("PROX_COLOR", "BACKGROUND_COLOR"):
            assert ciede2000(color, lab(other)) >= NEAR_MEANING, name
    assert ciede2000(color, lab(theme.SOLUTION_COLOR)) >= 2 * NEAR_MEANING
    luma = np.array([0.299, 0.587, 0.114])
    assert (np.array(rgb_of(theme.SOLUTION_COLOR)) - rgb_of(theme.PROX_COLOR)) @ luma >= 60
    assert hue_gap(oklch(theme.PROX_COLOR)[2], oklch(theme.L1_COLOR)[2]) <= 20
    assert color[0] >= 50
    assert ciede2000(lab("#F7C98D"), lab(theme.SOLUTION_COLOR)) < 2 * NEAR_MEANING  # it bites
