"""L2 beside L1, focused on L2: the loss contours first touch the circle on its round edge,
so no coefficient is 0; while the loss turns, the L2 optimum glides along the circle.

Render: ``manim render scenes/l2.py``.
"""

from scenes.side_by_side import SideBySide


class L2Tangency(SideBySide):
    """The side-by-side tangency video, told for the L2 circle's round edge."""

    focus = "l2"
