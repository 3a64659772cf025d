"""Pixel snapshots of the last frames of the sparsity and stability scenes.

See test_graphical.py for how the control frames are made.

scenes/ball3d.py has none: manim's ``frames_comparison`` gives a 3-D camera only to a
scene whose base is exactly ``ThreeDScene``; its geometry is checked in
test_sparsity_scenes.py instead.
"""

from __future__ import annotations

from manim.utils.testing.frames_comparison import frames_comparison

from scenes.cloud import RandomLossCloud
from scenes.high_dim import ZerosInHighDimensions
from scenes.lp_family import BallFamily
from scenes.penalty import PenaltyShapes
from scenes.stability import MinibatchStability

__module_test__ = "sparsity"


@frames_comparison(base_scene=RandomLossCloud)
def test_cloud_last_frame(scene):
    RandomLossCloud.construct(scene)


@frames_comparison(base_scene=BallFamily)
def test_ball_family_last_frame(scene):
    BallFamily.construct(scene)


@frames_comparison(base_scene=ZerosInHighDimensions)
def test_high_dim_last_frame(scene):
    ZerosInHighDimensions.construct(scene)


@frames_comparison(base_scene=PenaltyShapes)
def test_penalty_last_frame(scene):
    PenaltyShapes.construct(scene)


@frames_comparison(base_scene=MinibatchStability)
def test_stability_last_frame(scene):
    MinibatchStability.construct(scene)
