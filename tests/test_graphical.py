"""Pixel snapshots of the last frames (manim's ``frames_comparison``).

The control frames in ``tests/control_data/tangency`` were drawn on this project's stack
(Debian 12, cairo 1.16); ``conftest.py`` lets manim's comparison run on it.  Re-make them
after an intended visual change with ``make control-data`` and look at them first.
"""

from __future__ import annotations

from manim.utils.testing.frames_comparison import frames_comparison

from tests.stories import L1Tangency, L2Tangency

__module_test__ = "tangency"


@frames_comparison(base_scene=L1Tangency)
def test_l1_last_frame(scene):
    L1Tangency.construct(scene)


@frames_comparison(base_scene=L2Tangency)
def test_l2_last_frame(scene):
    L2Tangency.construct(scene)
