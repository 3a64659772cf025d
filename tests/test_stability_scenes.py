"""The penalty and stability scenes draw mathcore's numbers."""

from __future__ import annotations

import itertools
import re

import numpy as np
import pytest
from manim import config

from mathcore.penalties import l2_prox, soft_threshold
from mathcore.stability import minibatch_stability, orthogonal_mechanism, ridge_coefficient
from scenes import theme
from scenes.penalty import LAMBDA, PenaltyShapes
from scenes.pieces import label
from scenes.stability import (
    BATCH_SIZE,
    BATCHES,
    MECH_COUNT,
    RHO_STEPS,
    SEED,
    SHOWN,
    MinibatchStability,
    batch_optima,
)
from scenes.strings import STRINGS, text
from tests.scene_rendering import render_scene


@pytest.mark.slow
def test_penalty_probes_and_dead_zone(tmp_path):
    scene = render_scene(PenaltyShapes, tmp_path)
    axes = scene.panels[2]["axes"]
    for v in (-1.8, -0.75, -0.3, 0.0, 0.5, 0.76, 1.9):
        scene.v.set_value(v)
        scene.follow()
        l1 = axes.p2c(scene.probes[0].get_center())[:2]
        l2 = axes.p2c(scene.probes[1].get_center())[:2]
        # the minimiser of (b - v)^2 / 2 + LAMBDA penalty(b): mathcore's prox at LAMBDA,
        # so L1 is 0 for |v| <= LAMBDA and L2 scales v by 1 / (1 + 2 LAMBDA)
        np.testing.assert_allclose(l1, [v, soft_threshold(v, LAMBDA)], atol=1e-9)
        np.testing.assert_allclose(l2, [v, l2_prox(v, LAMBDA)], atol=1e-9)
    ends = [axes.p2c(p)[0] for p in scene.dead_zone.get_start_and_end()]
    assert ends == pytest.approx([-LAMBDA, LAMBDA])


@pytest.mark.slow
def test_stability_scene_shows_the_measured_experiment(tmp_path):
    scene = render_scene(MinibatchStability, tmp_path)
    assert [r.rho for r in scene.results] == list(RHO_STEPS)
    last = scene.results[-1]
    again = minibatch_stability(RHO_STEPS[-1], BATCH_SIZE, BATCHES, SEED)
    assert np.array_equal(last.batch_l1, again.batch_l1)
    ratios = [r.ratio for r in scene.results]
    assert all(a < b for a, b in itertools.pairwise(ratios))
    # the 1-D picture: the first minibatches' fits, ridge / lasso spread 1 + 2 lambda_2
    mechanism = orthogonal_mechanism(scene.results[0], MECH_COUNT)
    np.testing.assert_array_equal(scene.mechanism.least_squares, mechanism.least_squares)
    shrink = 1.0 + 2.0 * ridge_coefficient(scene.results[0].lam)
    assert scene.mechanism.ratio == pytest.approx(shrink)
    assert scene.mech_scale == f"{round(shrink, 2):g}"
    # readable: the panel's texts at the theme's small size (never shrunk); the shown
    # correlation's two planes on one scale, side by side: each at least 170 px tall at
    # 480p (the other correlations are in the table)
    assert scene.loss_key.height == pytest.approx(
        label(text("st_loss", scene.lang, size=BATCH_SIZE), theme.SMALL_SIZE).height)
    assert scene.table_key.height == pytest.approx(
        label(text("st_table_key", scene.lang), theme.SMALL_SIZE).height)
    assert sorted(scene.planes) == [("l1", SHOWN), ("l2", SHOWN)]
    sizes = {round(plane["axes"].height, 9) for plane in scene.planes.values()}
    assert len(sizes) == 1 and min(sizes) >= 170 / 480 * config.frame_height, sizes
    for (norm, column), plane in scene.planes.items():  # every optimum inside its plane
        low, high = plane["axes"].x_range[:2]
        batch = batch_optima(scene.results[column], norm)
        assert batch.min() >= low and batch.max() <= high


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_two_penalties_have_two_names(lang):
    """On screen the ridge penalty is λ₂‖β‖₂² (no 1/2: mathcore's lam / 2,
    ``ridge_coefficient``) and the lasso's λ₁‖β‖₁ (mathcore's alpha), both added to the
    loss written beside them, each with its own value: no bare λ in the stability
    scene's texts."""
    mech = orthogonal_mechanism(minibatch_stability(RHO_STEPS[0], BATCH_SIZE, BATCHES, SEED),
                                MECH_COUNT)
    lam2 = ridge_coefficient(mech.lam)
    ridge = text("st_mech_ridge", lang, lam=f"{lam2:.3f}", dev="0")
    lasso = text("st_mech_lasso", lang, alpha=f"{mech.alpha:.3f}", dev="0")
    assert f"λ₂ = {lam2:.3f}" in ridge and "λ₁" not in ridge
    assert "+ λ₂b²" in ridge and "÷ (1 + 2λ₂)" in ridge
    assert f"λ₁ = {mech.alpha:.3f}" in lasso and "λ₂" not in lasso and "+ λ₁|b|" in lasso
    assert "½(b − b̂)²" in STRINGS[lang]["st_mech_ls"]  # the 1-D loss they are added to
    assert "λ₁" in STRINGS[lang]["st_mech_zone"] and "1 + 2λ₂" in STRINGS[lang]["st_mech_ratio"]
    assert "+ λ₂‖β‖₂²" in STRINGS[lang]["st_ridge_loss"]
    assert "+ λ₁‖β‖₁" in STRINGS[lang]["st_lasso_loss"]
    assert "(1/(2m))‖y − Xβ‖²" in STRINGS[lang]["st_loss"]
    assert "1 + 2λ2" in STRINGS[lang]["sub_st_mech"]
    for key, value in STRINGS[lang].items():
        if key.startswith(("st_", "sub_st_")):
            assert not re.search(r"λ(?![₁₂12])", value), (key, value)


def test_the_correlated_valley_runs_along_the_lasso_edge():
    """The 1-D picture's last line at the shown rho: the loss barely rises along (1, -1)
    (the direction of the diamond's edge in the first quadrant) against (1, 1), for the
    full data and every minibatch, and most minibatches' lasso optima reach another
    corner (other zeros than the full data's); the ratio it quotes is the table's."""
    result = minibatch_stability(RHO_STEPS[SHOWN], BATCH_SIZE, BATCHES, SEED)
    edge, across = np.array([1.0, -1.0]) / np.sqrt(2), np.array([1.0, 1.0]) / np.sqrt(2)
    for gram in [result.full_gram[0], *result.batch_grams[0]]:
        assert edge @ gram @ edge < 0.02 * (across @ gram @ across)
    assert result.support_differs() > 0.5
    for lang in ("en", "zh"):
        line = text("st_mech_far", lang, rho=RHO_STEPS[SHOWN], far=f"{result.ratio:.2f}",
                    share=f"{100 * result.support_differs():.0f}")
        assert f"ρ = {RHO_STEPS[SHOWN]}" in line and f"{result.ratio:.2f}" in line
        assert "(1, −1)" in line
        assert "ρ = 0" in text("st_mech_ratio", lang, scale="s", ratio="r", measured="m",
                               ridge="b", lasso="b", ls="b")
