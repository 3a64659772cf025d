"""mathcore.sgd against independent references: numpy's least squares, scikit-learn's
LinearRegression and Ridge, a brute-force 1-D proximal minimisation, and invariants of the
SGD runs over seeds and correlations (hypothesis)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.linear_model import Lasso, LinearRegression, Ridge

from mathcore.correlated import correlated_pair
from mathcore.lasso_homotopy import lasso_homotopy
from mathcore.parameters import STABILITY_SAMPLES
from mathcore.sgd import (
    METHODS,
    ols_vs_ridge,
    proximal_l1_step,
    sgd_trajectories,
    sign_flips,
)
from mathcore.stability import gram, penalties_for_half_norm, sgd_jitter

#: The design where a weight should be 0 (the scene's "where a weight should be 0" beat).
ZERO_WEIGHTS = (1.0, 0.0)


def batch_rows(seed: int, batches: int, batch_size: int) -> list[np.ndarray]:
    """The rows ``ols_vs_ridge`` draws (the generator of minibatch_stability)."""
    rng = np.random.default_rng([seed, 1])
    return [rng.choice(STABILITY_SAMPLES, batch_size, replace=False) for _ in range(batches)]


def test_ols_and_ridge_fits_match_numpy_and_sklearn():
    result = ols_vs_ridge(0.99, 50, 12, seed=3)
    X, y = correlated_pair(0.99, STABILITY_SAMPLES, 3)
    for k, rows in enumerate(batch_rows(3, 12, 50)):
        lstsq = np.linalg.lstsq(X[rows], y[rows], rcond=None)[0]
        np.testing.assert_allclose(result.batch_ols[k], lstsq, rtol=1e-9, atol=1e-10)
        sk = LinearRegression(fit_intercept=False).fit(X[rows], y[rows]).coef_
        np.testing.assert_allclose(result.batch_ols[k], sk, rtol=1e-8, atol=1e-10)
        # (1/(2m)) ||y - Xb||^2 + (lam/2) ||b||^2  ==  (1/(2m)) (||y - Xb||^2 + m lam ||b||^2)
        ridge = Ridge(alpha=len(rows) * result.lam, fit_intercept=False, solver="svd")
        np.testing.assert_allclose(result.batch_ridge[k], ridge.fit(X[rows], y[rows]).coef_,
                                   rtol=1e-8, atol=1e-10)
    np.testing.assert_allclose(result.full_ols, np.linalg.lstsq(X, y, rcond=None)[0], rtol=1e-9)
    ridge = Ridge(alpha=len(y) * result.lam, fit_intercept=False, solver="svd").fit(X, y)
    np.testing.assert_allclose(result.full_ridge, ridge.coef_, rtol=1e-8)


def test_ols_spread_ratio_and_interval():
    result = ols_vs_ridge(0.99, 100, 200, seed=0)
    assert result.spread_ols == pytest.approx(
        np.linalg.norm(result.batch_ols - result.full_ols, axis=1).mean())
    low, high = result.ratio_ci95
    assert low < result.ratio < high
    assert low > 1.0  # ridge's fits vary less than least squares' at rho = 0.99


def test_fits_along_a_direction():
    result = ols_vs_ridge(0.99, 100, 200, seed=0)
    np.testing.assert_allclose(result.along("ols"),
                               result.batch_ols[:, 0] - result.batch_ols[:, 1])
    np.testing.assert_allclose(result.along("ridge", (1.0, 1.0)), result.batch_ridge.sum(axis=1))
    assert result.along_sd("ridge") == pytest.approx(
        np.std(result.batch_ridge[:, 0] - result.batch_ridge[:, 1]))
    # at rho = 0.99 the OLS fits swing along (1, -1) far more than along (1, 1); ridge's not
    assert result.along_sd("ols") > 10 * result.along_sd("ols", (1.0, 1.0))
    assert result.along_sd("ols") > 50 * result.along_sd("ridge")



def test_sd_ratios_along_the_two_directions():
    """The video's numbers: OLS's sd along b1 - b2 is about 147 times ridge's, along
    b1 + b2 the two are alike, and the mean distance's ratio (15.6) lies between; ridge's
    full-data fit is shrunk to half of least squares' norm."""
    result = ols_vs_ridge(0.99, 100, 200, seed=0)
    assert result.along_sd_ratio() == pytest.approx(
        np.std(result.batch_ols @ [1, -1]) / np.std(result.batch_ridge @ [1, -1]))
    assert result.along_sd_ratio() == pytest.approx(147.3, abs=0.05)
    assert result.along_sd_ratio((1.0, 1.0)) == pytest.approx(1.06, abs=0.005)
    assert result.along_sd_ratio((1.0, 1.0)) < result.ratio < result.along_sd_ratio()
    assert result.ratio == pytest.approx(15.6, abs=0.05)
    np.testing.assert_allclose(result.full_ols, [0.957, 1.042], atol=5e-4)
    np.testing.assert_allclose(result.full_ridge, [0.500, 0.500], atol=1e-3)
    assert np.linalg.norm(result.full_ridge) == pytest.approx(
        np.linalg.norm(result.full_ols) / 2)

@given(v=st.floats(-3, 3), step=st.floats(0.01, 0.5), alpha=st.floats(0.0, 2.0))
@settings(max_examples=60)
def test_proximal_step_is_the_brute_force_prox(v, step, alpha):
    """soft_threshold(v, s alpha) minimises (u - v)^2 / 2 + s alpha |u| over a fine grid."""
    # b = v and a zero gradient: the step is the prox of v
    found = proximal_l1_step(np.array([v]), np.zeros(1), step, alpha)[0]
    grid = np.linspace(-4, 4, 160_001)
    objective = (grid - v) ** 2 / 2 + step * alpha * np.abs(grid)
    assert abs(found - grid[np.argmin(objective)]) <= 1e-4
    value = (found - v) ** 2 / 2 + step * alpha * abs(found)
    assert value <= objective.min() + 1e-12


def test_sign_flips_counts_changes_across_zeros():
    assert sign_flips([1.0, -2.0, 3.0]) == 2
    assert sign_flips([1.0, 0.0, -1.0]) == 1
    assert sign_flips([1.0, 0.0, 1.0]) == 0
    assert sign_flips([0.0, 0.0]) == 0


@given(seed=st.integers(0, 50), rho=st.sampled_from([0.0, 0.5, 0.9, 0.99]))
@settings(max_examples=8)
def test_sgd_invariants(seed, rho):
    run = sgd_trajectories(rho, 20, 200, 0.2, seed)
    assert all(run.iterates[m].shape == (200, 2) for m in METHODS)
    # the subgradient step lands exactly on 0 only by a coincidence of measure zero
    assert run.zero_steps("l1_subgradient") == 0
    # L2's prox only scales: no exact zero either
    assert run.zero_steps("l2") == 0
    # while no coefficient is 0 the two L1 methods take the same step
    sub, prox = run.iterates["l1_subgradient"], run.iterates["l1_proximal"]
    assert np.all(np.isfinite(sub)) and np.all(np.isfinite(prox))
    for method in METHODS:
        assert run.mean_distance(method) >= 0.0
        np.testing.assert_allclose(run.spread(method), run.settled(method).std(axis=0))


def test_proximal_iterates_land_on_exact_zeros_when_the_threshold_is_large():
    """With a large step the threshold s alpha exceeds |v|: proximal iterates hit 0, the
    subgradient ones do not (they overshoot across 0 instead)."""
    run = sgd_trajectories(0.0, 1, 300, 0.9, 0)
    assert run.zero_steps("l1_proximal") > 0
    assert run.zero_steps("l1_subgradient") == 0


def test_rho_099_run_shown_in_the_video():
    run = sgd_trajectories(0.99, 100, 3000, 0.05, 0)
    # no iterate reaches 0 at these settings: no flips, no zeros
    for method in METHODS:
        assert run.zero_share(method) == 0.0
        assert list(run.sign_flips(method, 0)) == [0, 0]
    assert run.mean_distance("l1_subgradient") > run.mean_distance("l2")
    assert np.all(run.spread("l1_subgradient") > run.spread("l2"))


@pytest.mark.parametrize("first,last", [(None, None), (1500, 1501), (1500, 2217), (0, 10),
                                        (1500, 1500)])
def test_mean_distance_over_a_window_is_the_loop_over_steps(first, last):
    """The running mean distance the video counts: a plain loop with math.hypot over the
    iterates first..last-1 (default: after the burn-in); an empty window gives 0."""
    run = sgd_trajectories(0.99, 100, 3000, 0.05, 0)
    for method in METHODS:
        start = run.burn_in if first is None else first
        stop = run.steps if last is None else last
        optimum = run.optima[method]
        distances = [math.hypot(*(run.iterates[method][k] - optimum)) for k in range(start, stop)]
        expected = math.fsum(distances) / len(distances) if distances else 0.0
        assert run.mean_distance(method, first, last) == pytest.approx(expected, rel=1e-12)
    # the default window is the one the recap and the spread beat show
    assert run.mean_distance("l2") == run.mean_distance("l2", run.burn_in, None)


def test_sgd_jitter_is_the_trajectories_mean_distance():
    jitter = sgd_jitter(0.9, 100, 600, 0.05, 0)
    run = sgd_trajectories(0.9, 100, 600, 0.05, 0)
    assert jitter == {m: run.mean_distance(m) for m in METHODS}
    # the numbers sgd_jitter gave before it was built on sgd_trajectories
    assert jitter["l1_subgradient"] == pytest.approx(0.030953368319014705, rel=1e-12)
    assert jitter["l2"] == pytest.approx(0.01642093252565736, rel=1e-12)


def test_gram_is_per_sample():
    X, y = correlated_pair(0.5, 10, 0)
    G, _q = gram(X, y)
    np.testing.assert_allclose(G, X.T @ X / 10)


def loss_gradients(run, method: str) -> np.ndarray:
    """The minibatch loss gradient ``G_k b_k - q_k`` at each step's starting iterate, on the
    rows sgd_trajectories draws (recomputed here from the data and the generator)."""
    X, y = correlated_pair(run.rho, STABILITY_SAMPLES, run.seed, run.weights)
    rng = np.random.default_rng([run.seed, 2])
    start = np.vstack([np.zeros(2), run.iterates[method][:-1]])
    out = np.empty_like(start)
    for k in range(run.steps):
        rows = rng.choice(STABILITY_SAMPLES, run.batch_size, replace=False)
        Xk, yk = X[rows], y[rows]
        out[k] = Xk.T @ (Xk @ start[k] - yk) / len(rows)
    return out


def test_correlated_pair_default_weights_unchanged():
    X, y = correlated_pair(0.7, 500, 4)
    X1, y1 = correlated_pair(0.7, 500, 4, (1.0, 1.0))
    X0, y0 = correlated_pair(0.7, 500, 4, ZERO_WEIGHTS)
    np.testing.assert_array_equal(X, X1)
    np.testing.assert_array_equal(X, X0)
    np.testing.assert_allclose(y1, y, rtol=0, atol=1e-12)
    np.testing.assert_allclose(y0, y - X[:, 1], rtol=0, atol=1e-12)  # same noise
    with pytest.raises(ValueError):
        correlated_pair(0.7, 10, 0, (1.0, np.nan))


@pytest.mark.parametrize("rho", [0.3, 0.5, 0.8])
def test_zero_design_lasso_optimum_is_exactly_zero(rho):
    """y = x1 + e: the matched lasso optimum has b2* = 0 exactly, by the homotopy and by
    scikit-learn's coordinate descent with the same alpha (same objective scaling)."""
    run = sgd_trajectories(rho, 100, 4, 0.05, 0, ZERO_WEIGHTS)
    X, y = correlated_pair(rho, STABILITY_SAMPLES, 0, ZERO_WEIGHTS)
    G, q = gram(X, y)
    assert run.alpha == penalties_for_half_norm(G, q)[0]
    homotopy = lasso_homotopy(G, q, min_penalty=run.alpha)[-1].beta
    sk = Lasso(alpha=run.alpha, fit_intercept=False, tol=1e-12, max_iter=100_000).fit(X, y)
    for beta in (run.optima["l1_proximal"], homotopy, sk.coef_):
        assert beta[1] == 0.0 and beta[0] > 0.0
    np.testing.assert_allclose(run.optima["l1_proximal"][0], sk.coef_[0], rtol=1e-6)
    # the subgradient condition at 0 holds with room: |q2 - G21 b1*| < alpha
    b1 = run.optima["l1_proximal"][0]
    assert abs(q[1] - G[1, 0] * b1) < 0.9 * run.alpha
    # b1* = q1 - alpha (the 1-D lasso on x1 alone)
    assert b1 == pytest.approx((q[0] - run.alpha) / G[0, 0], rel=1e-10)
    # the ridge optimum keeps b2 non-zero: positive and smaller than b1
    ridge = run.optima["l2"]
    assert 0.0 < ridge[1] < ridge[0]


@given(seed=st.integers(0, 40), rho=st.sampled_from([0.3, 0.5, 0.7]),
       step=st.sampled_from([0.02, 0.05, 0.1]))
@settings(max_examples=10, deadline=None)
def test_zero_design_step_invariants(seed, rho, step):
    """On every step: a subgradient step that changes b2's sign lands within
    s (alpha + |g2|) of 0; the proximal b2 is exactly 0 iff |b2 - s g2| <= s alpha."""
    run = sgd_trajectories(rho, 50, 150, step, seed, ZERO_WEIGHTS)
    s, alpha = run.step_size, run.alpha
    sub = run.iterates["l1_subgradient"][:, 1]
    before = np.concatenate([[0.0], sub[:-1]])
    g = loss_gradients(run, "l1_subgradient")[:, 1]
    crossed = np.sign(before) * np.sign(sub) < 0
    assert np.all(np.abs(sub[crossed]) <= s * (alpha + np.abs(g[crossed])) * (1 + 1e-12))
    prox = run.iterates["l1_proximal"][:, 1]
    before = np.concatenate([[0.0], prox[:-1]])
    v = before - s * loss_gradients(run, "l1_proximal")[:, 1]
    margin = 1e-12 * (1 + np.abs(v))
    assert np.all(prox[np.abs(v) < s * alpha - margin] == 0.0)
    assert np.all(np.abs(v[prox == 0.0]) <= s * alpha + margin[prox == 0.0])
    assert np.all(prox[np.abs(v) > s * alpha + margin] != 0.0)
    assert run.zero_steps("l1_subgradient", coefficient=1) == 0
    assert run.zero_steps("l2", coefficient=1) == 0


def test_zero_design_run_shown_in_the_video():
    """The run of the scene's beat: the proximal b2 sits at exactly 0, the subgradient b2
    chatters across 0 by about s alpha, the ridge b2 stays smooth and of one sign."""
    run = sgd_trajectories(0.5, 100, 600, 0.05, 0, ZERO_WEIGHTS)
    s, alpha = run.step_size, run.alpha
    assert run.zero_share("l1_proximal", coefficient=1) > 0.9
    assert run.sign_flips("l1_proximal")[1] == 0
    assert run.zero_steps("l1_subgradient", coefficient=1) == 0
    assert run.sign_flips("l1_subgradient")[1] > 100
    ridge = run.iterates["l2"][:, 1]
    assert np.all(ridge > 0.0) and run.sign_flips("l2", 0)[1] == 0
    # smooth: the ridge b2 moves less per step than the subgradient b2
    sub = run.iterates["l1_subgradient"][:, 1]
    assert np.abs(np.diff(ridge[run.burn_in:])).mean() < \
        0.5 * np.abs(np.diff(sub[run.burn_in:])).mean()
    # chatter amplitude: after the first crossing |b2| stays within the largest
    # s (alpha + |g2|) of the run, and its sd is of the order of s alpha
    g = loss_gradients(run, "l1_subgradient")[:, 1]
    first = int(np.argmax(np.sign(sub[1:]) * np.sign(sub[:-1]) < 0)) + 1
    assert np.abs(sub[first:]).max() <= (s * (alpha + np.abs(g))).max()
    assert 0.3 * s * alpha < run.spread("l1_subgradient")[1] < 1.5 * s * alpha
    # b1 is not 0 anywhere after the first steps: the zeros counted are b2's
    assert run.zero_steps("l1_proximal", 10) == run.zero_steps("l1_proximal", 10,
                                                               coefficient=1)


@pytest.mark.parametrize("rho", [0.5, 0.99])
@pytest.mark.parametrize("method", METHODS)
def test_halving_steps_is_the_full_batch_decay(method, rho):
    """Full-batch steps (the minibatch noise left out) from the optimum shifted along the
    loss's flattest direction (numpy's eigh of the full-data G): the shift halves every
    ``halving_steps``, exactly while no sign changes."""
    run = sgd_trajectories(rho, 100, 4, 0.05, 0)
    X, y = correlated_pair(rho, STABILITY_SAMPLES, 0)
    G, q = gram(X, y)
    values, vectors = np.linalg.eigh(G)
    flat = vectors[:, 0]
    assert run.flattest == pytest.approx(values[0], rel=1e-12)
    optimum, s = run.optima[method], run.step_size
    if method == "l2":  # the ridge step: a gradient step, then divided by 1 + s lam
        def step(b):
            return (b - s * (G @ b - q)) / (1.0 + s * run.lam)
    else:  # both L1 steps, away from 0: the penalty's slope alpha sign(b) a constant
        def step(b):
            return b - s * (G @ b - q + run.alpha * np.sign(b))
    shift, count = 0.01, 30
    b = optimum + shift * flat
    for _ in range(count):
        b = step(b)
        assert np.all(np.sign(b) == np.sign(optimum))
    gap = (b - optimum) @ flat
    assert gap == pytest.approx(shift * 0.5 ** (count / run.halving_steps(method)),
                                rel=1e-8)
    assert np.linalg.norm(b - optimum - gap * flat) < 1e-12
