"""Penalised least squares, scaled exactly as scikit-learn, and the budget <-> penalty maps.

Data are centred first (the intercept is ``mean(y) - mean(X) @ b``); n is the number of
samples.  Objectives:

* lasso (``Lasso``, ``lars_path``): ``(1/(2n)) ||y - X b||^2 + alpha ||b||_1``
* ridge (``Ridge``):                ``||y - X b||^2 + alpha ||b||_2^2``  (no 1/(2n), as in sklearn)
* elastic net (``ElasticNet``, ``enet_path``), ``rho = l1_ratio``:
  ``(1/(2n)) ||y - X b||^2 + alpha rho ||b||_1 + (alpha (1 - rho) / 2) ||b||_2^2``

All three are exact: the lasso and the elastic net follow the lasso homotopy in Gram form
(``G = X^T X / n`` plus ``alpha (1 - rho) I`` for the net, ``q = X^T y / n``) down to the
penalty ``alpha rho``; ridge with alpha > 0 from its normal equations
``(X^T X + alpha I) b = X^T y`` in Jacobi-scaled form (``ridge``), at alpha = 0 (and for
the path's maps) through the SVD ``X = U S V^T``: ``b = V diag(s / (s^2 + alpha)) U^T y``.

Link to the constrained form ``min f(b) s.t. ||b||_p <= t`` with the data loss
``f(b) = (b - c)^T A (b - c)``, ``A = X^T X / n`` (see ``QuadraticLoss.from_data``): both
have the same optimum when ``t = ||b(alpha)||_p``; the constraint's multiplier is then
``mu = 2 alpha`` (lasso) or ``mu = 2 alpha t / n`` (ridge).
"""

from __future__ import annotations

import numpy as np
from scipy.linalg import cho_factor, cho_solve
from scipy.optimize import brentq

from mathcore.lasso_homotopy import PathKnot, lasso_homotopy
from mathcore.parameters import check
from mathcore.preprocessing import center
from mathcore.validation import as_radius

#: Iterative-refinement steps of ridge's scaled Cholesky solve.
REFINEMENT_STEPS = 2


def gram_form(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(X^T X / n, X^T y / n)`` of the centred data."""
    Xc, yc = center(np.asarray(X, dtype=float), np.asarray(y, dtype=float))
    n = Xc.shape[0]
    return Xc.T @ Xc / n, Xc.T @ yc / n


def as_penalty(value: float, name: str = "alpha") -> float:
    """A finite penalty >= 0."""
    alpha = float(value)
    if not np.isfinite(alpha) or alpha < 0.0:
        raise ValueError(f"{name} must be a finite number >= 0, got {value}")
    return alpha


def as_l1_ratio(value: float) -> float:
    """The elastic net's mixing parameter rho in [0, 1]."""
    return check("l1_ratio", value)  # type: ignore[return-value]


def lasso_knots(X: np.ndarray, y: np.ndarray) -> list[PathKnot]:
    """Knots of the exact lasso path, alpha from ``max |X^T y| / n`` down to 0."""
    return lasso_homotopy(*gram_form(X, y))


def lasso(X: np.ndarray, y: np.ndarray, alpha: float) -> np.ndarray:
    """Exact lasso coefficients at ``alpha``."""
    return lasso_homotopy(*gram_form(X, y), min_penalty=as_penalty(alpha))[-1].beta


def elastic_net(X: np.ndarray, y: np.ndarray, alpha: float, l1_ratio: float) -> np.ndarray:
    """Exact elastic-net coefficients at ``alpha`` and ``l1_ratio``."""
    alpha, rho = as_penalty(alpha), as_l1_ratio(l1_ratio)
    gram, linear = gram_form(X, y)
    gram = gram + alpha * (1.0 - rho) * np.eye(len(linear))
    return lasso_homotopy(gram, linear, min_penalty=alpha * rho)[-1].beta


def ridge_svd(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(s, V, U^T y)`` of the centred data: everything ridge needs for any alpha.

    Singular values below ``1e-12 s_max`` are dropped (a rank-deficient X), so that alpha = 0
    gives the minimum-norm least-squares fit.
    """
    Xc, yc = center(np.asarray(X, dtype=float), np.asarray(y, dtype=float))
    U, s, Vt = np.linalg.svd(Xc, full_matrices=False)
    keep = s > s[0] * 1e-12
    return s[keep], Vt[keep].T, U[:, keep].T @ yc


def ridge(X: np.ndarray, y: np.ndarray, alphas: float | np.ndarray) -> np.ndarray:
    """Ridge coefficients for one alpha (shape (p,)) or for each of several (shape (k, p)).

    alpha > 0: every direction is determined, whatever the features' scales.  With
    ``D = diag(||x_j||)`` (centred columns; 1 for a constant one) and ``X_s = X D^-1`` the
    normal equations become ``(X_s^T X_s + alpha D^-2) g = X_s^T y``, ``b = D^-1 g``: a
    matrix with unit diagonal plus a positive one, solved by Cholesky with two steps of
    iterative refinement (features scaled 1e-8 to 1e8 keep a relative normal-equation
    residual near 1e-16, where the SVD's cut-off at 1e-12 s_max dropped whole
    directions).  alpha = 0: the minimum-norm least-squares fit (``ridge_svd``).
    """
    grid = np.atleast_1d(np.asarray(alphas, dtype=float))
    for alpha in grid:
        as_penalty(alpha)
    Xc, yc = center(np.asarray(X, dtype=float), np.asarray(y, dtype=float))
    norms = np.linalg.norm(Xc, axis=0)
    scale = np.where(norms > 0.0, norms, 1.0)
    scaled = Xc / scale
    gram, moment = scaled.T @ scaled, scaled.T @ yc
    coefs = np.empty((len(grid), Xc.shape[1]))
    for row, alpha in enumerate(grid):
        if alpha == 0.0:
            s, V, projected = ridge_svd(X, y)
            coefs[row] = V @ (projected / s)
            continue
        weights = alpha / scale**2
        factor = cho_factor(gram + np.diag(weights))
        g = cho_solve(factor, moment)
        for _ in range(REFINEMENT_STEPS):
            g = g + cho_solve(factor, moment - (gram @ g + weights * g))
        coefs[row] = g / scale
    return coefs[0] if np.ndim(alphas) == 0 else coefs


def lasso_radius_for_alpha(X: np.ndarray, y: np.ndarray, alpha: float) -> float:
    """``t = ||b_lasso(alpha)||_1``."""
    return float(np.abs(lasso(X, y, alpha)).sum())


def lasso_alpha_for_radius(X: np.ndarray, y: np.ndarray, radius: float) -> float:
    """The alpha whose lasso solution has ``||b||_1 = t`` (0 if even OLS is inside the ball).

    Between knots ``||b||_1`` is linear in alpha (it falls as alpha grows), so the alpha is
    interpolated exactly.
    """
    t = as_radius(radius)
    knots = lasso_knots(X, y)
    sizes = np.array([np.abs(k.beta).sum() for k in knots])
    if t >= sizes[-1]:
        return knots[-1].penalty
    k = int(np.searchsorted(sizes, t, side="right"))  # sizes[k-1] <= t < sizes[k]
    share = (t - sizes[k - 1]) / (sizes[k] - sizes[k - 1])
    return float(knots[k - 1].penalty + share * (knots[k].penalty - knots[k - 1].penalty))


def ridge_radius_for_alpha(X: np.ndarray, y: np.ndarray, alpha: float) -> float:
    """``t = ||b_ridge(alpha)||_2``."""
    return float(np.linalg.norm(ridge(X, y, alpha)))


def ridge_alpha_for_radius(X: np.ndarray, y: np.ndarray, radius: float) -> float:
    """The alpha whose ridge solution has ``||b||_2 = t`` (0 if OLS is inside the ball).

    ``||b(alpha)||_2`` falls strictly in alpha and is at most ``||X^T y|| / alpha`` (the
    inverse of ``X^T X + alpha I`` has norm <= 1 / alpha), which brackets the root in
    ``[0, ||X^T y|| / t]``; each evaluation is ``ridge`` itself (exact at every scale).
    """
    t = as_radius(radius)
    Xc, yc = center(np.asarray(X, dtype=float), np.asarray(y, dtype=float))

    def excess(alpha: float) -> float:
        return float(np.linalg.norm(ridge(X, y, alpha))) - t

    if excess(0.0) <= 0.0:
        return 0.0
    upper = float(np.linalg.norm(Xc.T @ yc)) / t
    return float(brentq(excess, 0.0, upper, xtol=1e-300, rtol=4 * np.finfo(float).eps))
