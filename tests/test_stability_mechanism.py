"""mathcore.stability.orthogonal_mechanism: ridge scales, the lasso shifts."""

from __future__ import annotations

import numpy as np
import pytest

from mathcore.stability import minibatch_stability, orthogonal_mechanism


def test_ridge_scales_and_lasso_shifts_the_least_squares_fits():
    result = minibatch_stability(0.0, 100, 20, 0)
    mech = orthogonal_mechanism(result, 8)
    grams, linears = result.batch_grams
    fits = [np.linalg.solve(grams[k], linears[k])[0] for k in range(8)]
    np.testing.assert_allclose(mech.least_squares, fits)
    np.testing.assert_allclose(mech.ridge, mech.least_squares / (1 + result.lam))
    moved = mech.least_squares - mech.lasso
    far = np.abs(mech.least_squares) > result.alpha
    np.testing.assert_allclose(moved[far], np.sign(mech.least_squares[far]) * result.alpha)
    assert np.all(mech.lasso[~far] == 0.0)
    # the spreads: ridge divides by 1 + lam, the lasso keeps it (nothing thresholded here)
    assert far.all()
    assert mech.mean_distance("lasso") == pytest.approx(mech.mean_distance("least_squares"))
    assert mech.ratio == pytest.approx(1 + result.lam)


def test_with_orthogonal_features_the_maps_are_the_exact_fits():
    """A minibatch whose Gram is exactly I: the 2-D ridge and lasso fits are the 1-D maps."""
    from mathcore.stability import lasso_solution, ridge_solution

    q = np.array([0.9, -0.2])
    lasso = lasso_solution(np.eye(2), q, 0.5)
    ridge = ridge_solution(np.eye(2), q, 1.0)
    np.testing.assert_allclose(lasso, [0.4, 0.0], atol=1e-12)
    np.testing.assert_allclose(ridge, q / 2)


def test_the_ridge_coefficient_on_screen_gives_the_same_fit():
    """lambda_2 ||b||^2 on (1/(2m)) ||y - X b||^2, minimised numerically (an independent
    reference), is mathcore's ridge fit with (lam / 2) ||b||^2; with orthonormal features
    it divides the least-squares fit by 1 + 2 lambda_2."""
    from scipy.optimize import minimize

    from mathcore.stability import gram, ridge_coefficient, ridge_solution

    rng = np.random.default_rng(3)
    X = rng.normal(size=(50, 2)) @ np.array([[1.0, 0.6], [0.0, 0.8]])
    y = X @ np.array([1.0, -0.5]) + rng.normal(size=50)

    def objective(b: np.ndarray, lam2: float) -> float:
        return float(np.sum((y - X @ b) ** 2) / (2 * len(y)) + lam2 * np.sum(b**2))

    for lam in (0.1, 1.0071708718922858, 3.0):
        lam2 = ridge_coefficient(lam)
        found = minimize(objective, np.zeros(2), args=(lam2,), method="BFGS",
                         options={"gtol": 1e-12}).x
        np.testing.assert_allclose(found, ridge_solution(*gram(X, y), lam), atol=1e-7)
        q = np.array([0.9, -0.2])  # X^T X / m = I: the least-squares fit is q
        np.testing.assert_allclose(ridge_solution(np.eye(2), q, lam), q / (1 + 2 * lam2))
    assert ridge_coefficient(2.0) == 1.0
