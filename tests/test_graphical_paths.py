"""Pixel snapshots of the last frames of the path scenes (see test_graphical.py)."""

from __future__ import annotations

from manim.utils.testing.frames_comparison import frames_comparison

from scenes.correlated import CorrelatedFeatures
from scenes.path import ShrinkingBudget
from scenes.ridge_vs_lasso import RidgeVsLasso

__module_test__ = "paths"


@frames_comparison(base_scene=ShrinkingBudget)
def test_shrinking_budget_last_frame(scene):
    ShrinkingBudget.construct(scene)


@frames_comparison(base_scene=RidgeVsLasso)
def test_ridge_vs_lasso_last_frame(scene):
    RidgeVsLasso.construct(scene)


@frames_comparison(base_scene=CorrelatedFeatures)
def test_correlated_last_frame(scene):
    CorrelatedFeatures.construct(scene)
