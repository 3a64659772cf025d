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
#: The proximal L1 method's iterate (scenes/sgd.py): a muted orange (camel), L1 told apart
#: from the subgradient method's orange, named in its own panel's header; darker and
#: greyer than the L1 orange, so far from the optimum's yellow (its pale peach was 13 luma
#: from it), at least 15 CIEDE2000 units from every other colour here, and still bright
#: enough for the frame tests to read its digits (tests/test_theme.py).
PROX_COLOR = "#BF8B68"

NORM_COLORS = {"l1": L1_COLOR, "l2": L2_COLOR}

#: The colour key, shown once at the start of the lesson (scenes/title.py): each meaning's
#: colour and the name of its string (``key_<name>`` in scenes/strings.py).
COLOR_KEY = (("l1", L1_COLOR), ("l2", L2_COLOR), ("loss", LOSS_COLOR),
             ("optimum", SOLUTION_COLOR), ("zero", ZERO_COLOR))

#: Least squares (the unpenalised fit, scenes/ols_ridge.py): a magenta, named where drawn.
LEAST_SQUARES_COLOR = "#D85AF2"
#: The series of a chart (not L1, L2, the loss, an optimum or a zero): each at least 25
#: CIE76 units from every colour above, at least 40 apart, and bright enough for the dark
#: background (tests/test_theme.py).
SERIES_COLORS = [LEAST_SQUARES_COLOR, "#2BEEEE"]
#: The features singled out in a picture (the lit curves of scenes/ridge_vs_lasso.py, the
#: weights of scenes/penalty.py, b1* in scenes/lp_family.py, β₂ in scenes/sgd.py): a deep
#: violet and a pale lavender, the one hue (OKLCh 283-298 degrees, between the L2 blue and
#: the least-squares magenta) that no meaning of the lesson is near; ten hues cannot fit
#: between the five meanings on the dark background (olive read as the zero's green,
#: vermilion and salmon as the L1 orange, teal as the L2 blue), so a picture singles out a
#: few features at a time, alternating the two, and draws every other one in
#: ``FEATURE_REST``.  Each at least 15 CIEDE2000 units from every colour of a meaning, 30
#: from the other (tests/test_theme.py).
FEATURE_PALETTE = ["#825AFD", "#D8C8FF"]
#: A feature not singled out (scenes/ridge_vs_lasso.py: the curves the subtitle does not
#: speak of, and every curve in the closing picture): the muted grey of secondary text,
#: no colour and so no meaning.
FEATURE_REST = MUTED_TEXT_COLOR
#: A ball that is neither the L1 nor the L2 ball (an Lp ball with p other than 1 and 2,
#: an elastic net between its ends): a warm ivory, no meaning of its own, at least
#: 40 CIE76 units from the five meanings of the key, 30 from the colours drawn beside it
#: (the chart series and scenes/lp_family.py's curves) and 12 from the text colours
#: (tests/test_theme.py).
OTHER_BALL_COLOR = "#E8D8C0"
#: The penalised objective f + lambda P (its contours and its words, scenes/bridge.py): a
#: pale rose, neither the loss's pink nor a norm's colour, at least 15 CIEDE2000 units from
#: every other colour here, 12 from each colour read as a meaning (lime, the chartreuse it
#: was, read as the zero's green) and 20 degrees of CIE LCh hue from the key's
#: (tests/test_theme.py, tests/test_frames_bridge.py).
PENALISED_COLOR = "#FFC8D2"

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
