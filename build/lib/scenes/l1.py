"""L1 ball: the loss contours first touch the diamond at a corner, so a coefficient is 0.

Render: ``manim render scenes/l1.py`` (or ``make render``).
"""

from scenes.tangency import TangencyScene


class L1Tangency(TangencyScene):
    """Shrinking loss contours touch the L1 diamond at a corner: a sparse optimum."""

    norm = "l1"
