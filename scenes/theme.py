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

FONT = "DejaVu Sans"
TITLE_SIZE = 34
BODY_SIZE = 26
SMALL_SIZE = 22

BALL_STROKE = 5
CONTOUR_STROKE = 4
AXES_STROKE = 2
DOT_RADIUS = 0.09
