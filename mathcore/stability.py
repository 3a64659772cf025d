"""Is L2 "more stable" under minibatches?  Measured on two correlated features.

Data (``mathcore.correlated.correlated_pair``): unit-variance features with correlation
rho, ``y = x1 + x2 + e``, n = 20,000.  No intercept.  Per-sample scaling, the same for
the full data and every minibatch of size B (so a minibatch solves the same problem on
less data):

* lasso  ``(1/(2m)) ||y - X b||^2 + alpha ||b||_1``
* ridge  ``(1/(2m)) ||y - X b||^2 + (lam / 2) ||b||_2^2``

with m the number of rows used (on screen the ridge penalty is written
``lambda_2 ||b||_2^2``, ``lambda_2 = lam / 2``: ``ridge_coefficient``; the lasso's lambda_1
is alpha).  alpha and lam are chosen so that the full-data solutions have half the
least-squares norm (``||b||_1`` for the lasso, ``||b||_2`` for the ridge):
the constrained solver's multipliers give them (alpha = mu / 2, lam = mu / (2 t)).
Every minibatch solution is exact (lasso homotopy; ridge by a 2x2 solve).

Reported: the mean Euclidean distance of the minibatch solutions to the full-data one
for each penalty, their ratio with a 95 % bootstrap interval over the batches, how the
lasso's support (which coefficients are non-zero) is spread over the batches, and the
share of batches whose lasso support differs from the full data's.
Also SGD trajectories with minibatch gradients (plain subgradient for L1, proximal, and
gradient for L2): the mean distance of the iterates to the optimum after burn-in.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from mathcore.correlated import as_correlation, correlated_pair
from mathcore.lasso_homotopy import lasso_homotopy
from mathcore.loss import QuadraticLoss
from mathcore.parameters import STABILITY_SAMPLES as SAMPLES
from mathcore.parameters import check
from mathcore.solve import solve_constrained

BOOTSTRAP = 2_000


@dataclass(frozen=True)
class StabilityResult:
    """Deviations of minibatch solutions from the full-data ones, lasso vs ridge."""

    rho: float
    alpha: float
    lam: float
    full_l1: np.ndarray
    full_l2: np.ndarray
    batch_l1: np.ndarray  # (K, 2)
    batch_l2: np.ndarray
    ratio_ci95: tuple[float, float]
    seconds: float
    full_gram: tuple[np.ndarray, np.ndarray]  # (G, q) of all the data
    batch_grams: tuple[np.ndarray, np.ndarray]  # (K, 2, 2) and (K, 2): each batch's (G, q)

    @property
    def deviations_l1(self) -> np.ndarray:
        return np.linalg.norm(self.batch_l1 - self.full_l1, axis=1)

    @property
    def deviations_l2(self) -> np.ndarray:
        return np.linalg.norm(self.batch_l2 - self.full_l2, axis=1)

    @property
    def ratio(self) -> float:
        return float(self.deviations_l1.mean() / self.deviations_l2.mean())

    @property
    def lasso_supports(self) -> dict[str, float]:
        """Share of batches per support pattern, e.g. ``{"1,2": 0.7, "1": 0.2, "2": 0.1}``."""
        patterns = [",".join(str(i + 1) for i in np.flatnonzero(b)) for b in self.batch_l1]
        names, counts = np.unique(patterns, return_counts=True)
        return {str(name): float(count / len(patterns)) for name, count in zip(names, counts,
                                                                                   strict=True)}

    def support_differs(self, count: int | None = None) -> float:
        """Share of the (first ``count``) batches whose lasso support, the set of non-zero
        coefficients, differs from the full-data lasso's."""
        batches = self.batch_l1 if count is None else self.batch_l1[:count]
        return float(np.any((batches != 0.0) != (self.full_l1 != 0.0), axis=1).mean())

    def as_dict(self) -> dict[str, object]:
        """JSON-ready; the keys ``normviz stability`` prints."""
        return {
            "mean_dev_l1": float(self.deviations_l1.mean()),
            "mean_dev_l2": float(self.deviations_l2.mean()),
            "ratio": self.ratio,
            "ratio_ci95": [float(x) for x in self.ratio_ci95],
            "lasso_supports": self.lasso_supports,
            "support_differs": self.support_differs(),
            "rho": self.rho,
            "alpha": self.alpha,
            "lambda": self.lam,
            "seconds": self.seconds,
        }


def gram(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(X^T X / m, X^T y / m)``: the per-sample quadratic form, no intercept."""
    return X.T @ X / len(y), X.T @ y / len(y)


def lasso_solution(G: np.ndarray, q: np.ndarray, alpha: float) -> np.ndarray:
    return lasso_homotopy(G, q, min_penalty=alpha)[-1].beta


def ridge_solution(G: np.ndarray, q: np.ndarray, lam: float) -> np.ndarray:
    return np.linalg.solve(G + lam * np.eye(len(q)), q)


def ridge_coefficient(lam: float) -> float:
    """The ridge strength as the lesson writes it on screen: the coefficient lambda_2 of
    ``(1/(2m)) ||y - X b||^2 + lambda_2 ||b||_2^2`` (no 1/2 on the penalty) whose
    minimiser is this module's ridge fit with ``(lam / 2) ||b||_2^2``: ``lambda_2 = lam / 2``.
    With orthonormal features (``X^T X / m = I``) that fit is the least-squares fit divided
    by ``1 + 2 lambda_2`` (= ``1 + lam``)."""
    return lam / 2.0


def penalties_for_half_norm(G: np.ndarray, q: np.ndarray) -> tuple[float, float]:
    """(alpha, lam) whose full-data solutions have half the least-squares L1 / L2 norm."""
    loss = QuadraticLoss.from_gram(G, q)
    t1 = 0.5 * float(np.abs(loss.center).sum())
    t2 = 0.5 * float(np.linalg.norm(loss.center))
    mu1 = solve_constrained(loss, "l1", t1).multiplier
    mu2 = solve_constrained(loss, "l2", t2).multiplier
    return mu1 / 2.0, mu2 / (2.0 * t2)


def check_batches(batch_size: int, batches: int, seed: int) -> tuple[int, int, int]:
    """Validated (batch_size, batches, seed)."""
    return check("batch_size", batch_size), check("batches", batches), check("seed", seed)


def minibatch_stability(rho: float, batch_size: int = 100, batches: int = 400,
                        seed: int = 0) -> StabilityResult:
    """The experiment of the module docstring."""
    rho = as_correlation(rho)
    batch_size, batches, seed = check_batches(batch_size, batches, seed)
    start = time.perf_counter()
    X, y = correlated_pair(rho, SAMPLES, seed)
    G, q = gram(X, y)
    alpha, lam = penalties_for_half_norm(G, q)
    full_l1, full_l2 = lasso_solution(G, q, alpha), ridge_solution(G, q, lam)
    rng = np.random.default_rng([seed, 1])
    batch_l1, batch_l2 = np.empty((batches, 2)), np.empty((batches, 2))
    grams, linears = np.empty((batches, 2, 2)), np.empty((batches, 2))
    for k in range(batches):
        rows = rng.choice(SAMPLES, int(batch_size), replace=False)
        grams[k], linears[k] = gram(X[rows], y[rows])
        batch_l1[k] = lasso_solution(grams[k], linears[k], alpha)
        batch_l2[k] = ridge_solution(grams[k], linears[k], lam)
    dev1 = np.linalg.norm(batch_l1 - full_l1, axis=1)
    dev2 = np.linalg.norm(batch_l2 - full_l2, axis=1)
    picks = rng.integers(0, batches, (BOOTSTRAP, batches))
    ratios = dev1[picks].mean(axis=1) / dev2[picks].mean(axis=1)
    interval = (float(np.quantile(ratios, 0.025)), float(np.quantile(ratios, 0.975)))
    return StabilityResult(rho, alpha, lam, full_l1, full_l2, batch_l1, batch_l2, interval,
                           time.perf_counter() - start, (G, q), (grams, linears))


def sgd_jitter(rho: float, batch_size: int = 100, steps: int = 3000, step_size: float = 0.05,
               seed: int = 0) -> dict[str, float]:
    """Mean distance to the optimum of SGD iterates (second half of the run), per method:
    L1 subgradient SGD, L1 proximal SGD (soft-thresholding) and L2 (proximal = scaling);
    the runs are ``mathcore.sgd.sgd_trajectories``."""
    from mathcore.sgd import METHODS, sgd_trajectories  # mathcore.sgd builds on this module

    runs = sgd_trajectories(rho, batch_size, steps, step_size, seed)
    return {method: runs.mean_distance(method) for method in METHODS}


@dataclass(frozen=True)
class OrthogonalMechanism:
    """One coefficient's minibatch fits as if every minibatch's features were exactly
    orthogonal (``X^T X / m = I``): then each coefficient is its own 1-D problem, the ridge
    fit is the least-squares fit divided by ``1 + lam`` (a scaling) and the lasso fit is
    the least-squares fit moved toward 0 by ``alpha`` (soft-thresholding: exactly 0 within
    ``alpha`` of 0)."""

    coordinate: int
    alpha: float
    lam: float
    least_squares: np.ndarray  # (count,): the minibatches' own least-squares fits
    ridge: np.ndarray
    lasso: np.ndarray
    full: tuple[float, float, float]  # the full data's (least squares, ridge, lasso)

    def mean_distance(self, which: str) -> float:
        """Mean distance of the minibatch fits to the full data's ("least_squares",
        "ridge" or "lasso")."""
        values = getattr(self, which)
        full = self.full[("least_squares", "ridge", "lasso").index(which)]
        return float(np.abs(values - full).mean())

    @property
    def ratio(self) -> float:
        """Lasso over ridge mean distance: ``1 + lam`` when no fit is thresholded."""
        return self.mean_distance("lasso") / self.mean_distance("ridge")


def orthogonal_mechanism(result: StabilityResult, count: int, coordinate: int = 0
                         ) -> OrthogonalMechanism:
    """The 1-D maps of ``OrthogonalMechanism`` applied to the least-squares fits (of
    ``coordinate``) of ``result``'s first ``count`` minibatches and of the full data,
    with ``result``'s penalties."""
    from mathcore.penalties import l2_prox, soft_threshold

    grams, linears = result.batch_grams
    fits = np.array([np.linalg.solve(grams[k], linears[k])[coordinate]
                     for k in range(count)])
    full = float(np.linalg.solve(*result.full_gram)[coordinate])

    def ridge(v):
        return l2_prox(v, result.lam / 2.0)  # (lam / 2) b^2: divided by 1 + lam

    def lasso(v):
        return soft_threshold(v, result.alpha)

    return OrthogonalMechanism(coordinate, result.alpha, result.lam, fits, ridge(fits),
                               lasso(fits), (full, float(ridge(full)), float(lasso(full))))
