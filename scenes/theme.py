"""Colours, fonts and sizes: the one place a scene's look is decided.

Colour carries meaning and never changes between scenes: L1 is always ``L1_COLOR``, L2
``L2_COLOR``, the loss (its centre and contours) ``LOSS_COLOR``, an optimum
``SOLUTION_COLOR``.
"""

from __future__ import annotations

BACKGROUND_COLOR = "#14161B"
TEXT_COLOR = "#ECEFF4"
MUTED_TEXT_COLOR = "#A3ABB9"
AXES_COLOR = "#6B7280"

L1_COLOR = "#F2A541"
L2_COLOR = "#4FA3E0"
LOSS_COLOR = "#D96BA8"
SOLUTION_COLOR = "#FFE45E"
ZERO_COLOR = "#7BD389"

NORM_COLORS = {"l1": L1_COLOR, "l2": L2_COLOR}

#: The colour key, shown once at the start of the lesson (scenes/title.py): each meaning's
#: colour and the name of its string (``key_<name>`` in scenes/strings.py).
COLOR_KEY = (("l1", L1_COLOR), ("l2", L2_COLOR), ("loss", LOSS_COLOR),
             ("optimum", SOLUTION_COLOR), ("zero", ZERO_COLOR))

#: The series of a chart (not L1, L2, the loss, an optimum or a zero): each at least 25
#: CIE76 units from every colour above, at least 40 apart, and bright enough for the dark
#: background (tests/test_theme.py).
SERIES_COLORS = ["#D85AF2", "#2BEEEE"]
#: The features of a coefficient plot or chart (scenes/ridge_vs_lasso.py, cycled beyond
#: ten; the weights of scenes/penalty.py, b2* in scenes/lp_family.py), in the order of
#: the diabetes data's columns (age, sex, bmi, bp, s1 ... s6): brown, violet, dusty
#: mauve, teal, lavender, taupe, salmon, steel blue, khaki olive, ice (a crimson and a
#: lime read as the key's pink and green beside it).  Far from the key not only in
#: CIE76 (which counts chroma heavily: a vivid green and orange 35 CIE76 units away still
#: read as the key's green and orange): each is at least 15 CIEDE2000 units from every
#: colour of the key, the text, the axes and the other ball, at least 20 degrees of CIE
#: LCh hue from each of the key's five hues, and at least 17.5 CIEDE2000 units from every
#: other feature (tests/test_theme.py).
FEATURE_PALETTE = [
    "#A86A55", "#8C6BFF", "#90789C", "#22B3A6", "#E2C4FF",
    "#A59687", "#FFA08C", "#2D8796", "#849060", "#A5F5F5",
]
#: A ball that is neither the L1 nor the L2 ball (an Lp ball with p other than 1 and 2,
#: an elastic net between its ends): a warm ivory, no meaning of its own, at least
#: 40 CIE76 units from the five meanings of the key, 30 from the colours drawn beside it
#: (the chart series and scenes/lp_family.py's curves) and 12 from the text colours
#: (tests/test_theme.py).
OTHER_BALL_COLOR = "#E8D8C0"

#: Pango tries the families in order for each character: Latin, Greek and maths symbols
#: come from DejaVu Sans, Chinese from Noto Sans CJK SC (Debian: fonts-noto-cjk).
FONTS = ("DejaVu Sans", "Noto Sans CJK SC")
FONT = ", ".join(FONTS)
#: Space between the lines of a multi-line label, as a share of the font size (manim's
#: default, 0.3, crowds Chinese lines, whose glyphs fill the whole em square).
LINE_SPACING = 0.5
TITLE_SIZE = 34
TITLE_MARGIN = 0.5
BODY_SIZE = 26
SMALL_SIZE = 22

BALL_STROKE = 5
CONTOUR_STROKE = 4
PATH_STROKE = 3
AXES_STROKE = 2
DOT_RADIUS = 0.09
