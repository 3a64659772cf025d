"""The single-ball tangency story (``normviz render tangency``) on each ball, with the
default problem: what ``scenes/l1.py`` and ``scenes/l2.py`` rendered before they became
the side-by-side video.  Tests of the tangency story, its pixels and its texts use these."""

from __future__ import annotations

from scenes.tangency import TangencyScene


class L1Tangency(TangencyScene):
    """The contour grows until it touches the L1 diamond: a corner."""

    norm = "l1"


class L2Tangency(TangencyScene):
    """The contour grows until it touches the L2 circle on its round edge."""

    norm = "l2"
