"""L1 beside L2, focused on L1: the loss contours first touch the diamond at a corner, so a
coefficient is exactly 0; while the loss turns, the L1 optimum sits on corners.

Render: ``manim render scenes/l1.py`` (or ``make render``).
"""

from scenes.side_by_side import SideBySide


class L1Tangency(SideBySide):
    """The side-by-side tangency video, told for the L1 diamond's corners."""

    focus = "l1"
