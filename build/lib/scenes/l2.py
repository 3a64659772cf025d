"""L2 ball: the loss contours first touch the circle on its round edge; nothing is 0.

Render: ``manim render scenes/l2.py``.
"""

from scenes.tangency import TangencyScene


class L2Tangency(TangencyScene):
    """Shrinking loss contours touch the L2 circle on its edge: small, spread-out weights."""

    norm = "l2"
