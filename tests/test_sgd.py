"""mathcore.sgd against independent references: numpy's least squares, scikit-learn's
LinearRegression and Ridge, a brute-force 1-D proximal minimisation, and invariants of the
SGD runs over seeds and correlations (hypothesis)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.linear_model import LinearRegression, Ridge

from mathcore.correlated import correlated_pair
from mathcore.parameters import STABILITY_SAMPLES
from mathcore.sgd import (
    METHODS,
    ols_vs_ridge,
    proximal_l1_step,
    sgd_trajectories,
    sign_flips,
)
from mathcore.stability import gram, sgd_jitter


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
