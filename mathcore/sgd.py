"""Minibatch SGD on the lasso and the ridge, and least squares against ridge, per minibatch.

Data and penalties as in ``mathcore.stability``: two unit-variance features with
correlation rho, ``y = x1 + x2 + e``, n = 20,000, no intercept; on m rows

* lasso  ``f(b) + alpha ||b||_1``,  ridge  ``f(b) + (lam / 2) ||b||_2^2``,
  ``f(b) = (1/(2m)) ||y - X b||^2``, with the gradient ``G b - q`` (``G = X^T X / m``,
  ``q = X^T y / m``);

alpha and lam give the full-data solutions half the least-squares norm
(``penalties_for_half_norm``).

Where a weight should be 0: with ``weights = (1, 0)`` (``y = x1 + e``, x2 correlated with x1
but not in the model) and the same matching of the penalties, the full-data lasso optimum
has ``b2* = 0`` exactly (its subgradient condition ``|q2 - G21 b1*| <= alpha`` holds with
room, about ``rho alpha`` against ``alpha``).  There the jump of the L1 slope at 0 acts:
the subgradient step overshoots 0 every time it gets near it (it lands at most
``s (alpha + |gradient|)`` on the other side) and its b2 chatters across 0, flipping sign;
the proximal step lands on exactly 0 whenever ``|b2 - s g2| <= s alpha`` and stays there;
L2's slope ``lam b`` is 0 at 0, so the ridge iterate settles smoothly at its own small
optimum, of one sign.

SGD (``sgd_trajectories``): from b = 0, step size s, one minibatch of B rows per step
(drawn without replacement within the step), the SAME minibatch for the three methods:

* L1 subgradient:  ``b <- b - s (G_k b - q_k + alpha sign(b))``  (sign(0) = 0);
* L1 proximal:     ``b <- soft_threshold(b - s (G_k b - q_k), s alpha)``: the exact
  minimiser of ``||u - v||^2 / 2 + s alpha ||u||_1``, which lands on exactly 0 whenever
  ``|v_j| <= s alpha``;
* L2 (proximal):   ``b <- (b - s (G_k b - q_k)) / (1 + s lam)``, the exact minimiser of
  ``||u - v||^2 / 2 + (s lam / 2) ||u||^2``: to first order in s the gradient step with
  the penalty's gradient ``lam b``, a pull that grows with b.

While both coefficients keep their signs the two L1 updates are the same step: the L1
penalty's gradient ``alpha sign(b)`` is then a constant and adds no pull back towards the
optimum, whereas L2's ``lam b`` adds curvature lam in every direction.  Measured after a
burn-in of the first half of the steps: the spread (standard deviation of each
coefficient, and the mean Euclidean distance to the exact full-data optimum), the share of
steps at which a coefficient is exactly 0 and the number of sign flips of each
coefficient (a change of sign between two non-zero values, passing through 0 or not).

``ols_vs_ridge``: on each of K minibatches (the same draws as
``mathcore.stability.minibatch_stability`` with the same seed), the least-squares fit
``G_k^{-1} q_k`` and the ridge fit ``(G_k + lam I)^{-1} q_k``; their spread is the mean
distance to the full-data fit of the same method, and the ratio OLS / ridge comes with a
95 % bootstrap interval over the batches.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from mathcore.correlated import as_correlation, correlated_pair
from mathcore.parameters import STABILITY_SAMPLES as SAMPLES
from mathcore.penalties import l2_prox, soft_threshold
from mathcore.stability import (
    BOOTSTRAP,
    check_batches,
    gram,
    lasso_solution,
    penalties_for_half_norm,
    ridge_solution,
)
from mathcore.validation import as_count

METHODS = ("l1_subgradient", "l1_proximal", "l2")


def subgradient_step(b: np.ndarray, gradient: np.ndarray, step_size: float,
                     alpha: float) -> np.ndarray:
    """``b - s (grad + alpha sign(b))``: the L1 subgradient step (sign(0) = 0)."""
    return b - step_size * (gradient + alpha * np.sign(b))


def proximal_l1_step(b: np.ndarray, gradient: np.ndarray, step_size: float,
                     alpha: float) -> np.ndarray:
    """``soft_threshold(b - s grad, s alpha)``: gradient step on the loss, then the L1 prox."""
    return soft_threshold(b - step_size * gradient, step_size * alpha)


def proximal_l2_step(b: np.ndarray, gradient: np.ndarray, step_size: float,
                     lam: float) -> np.ndarray:
    """``(b - s grad) / (1 + s lam)``: gradient step on the loss, then the prox of
    ``(s lam / 2) ||u||^2``."""
    return l2_prox(b - step_size * gradient, step_size * lam / 2.0)


def sign_flips(values: np.ndarray) -> int:
    """How often the sign of a sequence changes between non-zero values (zeros skipped:
    ``+, 0, -`` is one flip, ``+, 0, +`` none)."""
    signs = np.sign(np.asarray(values, dtype=float))
    signs = signs[signs != 0.0]
    return int(np.count_nonzero(signs[1:] != signs[:-1]))


@dataclass(frozen=True)
class Trajectories:
    """Iterates of the three SGD methods on one minibatch stream (``sgd_trajectories``)."""

    rho: float
    batch_size: int
    step_size: float
    seed: int
    alpha: float
    lam: float
    optima: dict[str, np.ndarray]  # the exact full-data optimum of each method's problem
    iterates: dict[str, np.ndarray]  # (steps, 2): the iterate after step 1, 2, ...
    flattest: float  # the full-data loss's least curvature: the smallest eigenvalue of G
    weights: tuple[float, float] = (1.0, 1.0)  # the true weights of y = w1 x1 + w2 x2 + e

    @property
    def steps(self) -> int:
        return len(self.iterates[METHODS[0]])

    @property
    def burn_in(self) -> int:
        """Steps left out of the statistics: the first half."""
        return self.steps // 2

    def settled(self, method: str) -> np.ndarray:
        """The iterates after the burn-in."""
        return self.iterates[method][self.burn_in:]

    def spread(self, method: str) -> np.ndarray:
        """Standard deviation of each coefficient after the burn-in."""
        return self.settled(method).std(axis=0)

    def mean_distance(self, method: str, first: int | None = None,
                      last: int | None = None) -> float:
        """Mean Euclidean distance to the exact optimum of the iterates ``first..last-1``
        (default: after the burn-in, to the end); 0 for an empty window."""
        window = self.iterates[method][self.burn_in if first is None else first:last]
        if not len(window):
            return 0.0
        return float(np.linalg.norm(window - self.optima[method], axis=1).mean())

    def halving_steps(self, method: str) -> float:
        """How slowly the iterates' mean closes its gap to the optimum along the loss's
        flattest direction (G's eigenvector of ``flattest``, d): the steps that halve the
        gap, ``-ln 2 / ln(r)``, r the full-batch step's contraction there.  Away from 0
        the L1 penalty's slope ``alpha sign(b)`` is a constant, so both L1 steps contract
        by ``r = 1 - s d`` (about ``ln 2 / (s d)`` steps); the ridge step
        ``(b - s grad) / (1 + s lam)`` by ``r = (1 - s d) / (1 + s lam)``: its penalty adds
        the curvature lam in every direction.  (Exact for full batches while no
        coefficient changes sign; the minibatches add noise around it.)"""
        contraction = 1.0 - self.step_size * self.flattest
        if method == "l2":
            contraction /= 1.0 + self.step_size * self.lam
        return float(-np.log(2.0) / np.log(contraction))

    def mean_offset(self, method: str) -> float:
        """Distance from the mean of the iterates after the burn-in to the exact optimum:
        the part of ``mean_distance`` that is not spread (mean squared distance = offset^2
        + the sum of the two variances of ``spread``)."""
        return float(np.linalg.norm(self.settled(method).mean(axis=0) - self.optima[method]))

    def _zeros(self, method: str, first: int, last: int | None,
               coefficient: int | None) -> np.ndarray:
        window = self.iterates[method][first:last]
        if coefficient is not None:
            return window[:, coefficient] == 0.0
        return np.any(window == 0.0, axis=1)

    def zero_share(self, method: str, first: int | None = None, last: int | None = None,
                   coefficient: int | None = None) -> float:
        """Share of the iterates ``first..last-1`` (default: after the burn-in) with a
        coefficient exactly 0 (or with the given coefficient exactly 0)."""
        zeros = self._zeros(method, self.burn_in if first is None else first, last,
                            coefficient)
        return float(zeros.mean()) if len(zeros) else 0.0

    def zero_steps(self, method: str, first: int = 0, last: int | None = None,
                   coefficient: int | None = None) -> int:
        """Number of iterates ``first..last-1`` with a coefficient exactly 0 (or with the
        given coefficient exactly 0)."""
        return int(self._zeros(method, first, last, coefficient).sum())

    def sign_flips(self, method: str, first: int | None = None,
                   last: int | None = None) -> np.ndarray:
        """Sign flips of each coefficient among the iterates ``first..last-1`` (default:
        after the burn-in)."""
        window = self.iterates[method][self.burn_in if first is None else first:last]
        return np.array([sign_flips(window[:, j]) for j in range(window.shape[1])])

    def summary(self) -> dict[str, dict[str, object]]:
        """Per method, JSON-ready: what the SGD scene shows."""
        return {method: {"spread": [float(x) for x in self.spread(method)],
                         "mean_distance": self.mean_distance(method),
                         "zero_share": self.zero_share(method),
                         "sign_flips": [int(x) for x in self.sign_flips(method)],
                         "optimum": [float(x) for x in self.optima[method]]}
                for method in METHODS}


def sgd_trajectories(rho: float, batch_size: int = 100, steps: int = 3000,
                     step_size: float = 0.05, seed: int = 0,
                     weights: tuple[float, float] = (1.0, 1.0)) -> Trajectories:
    """The three SGD runs of the module docstring on one minibatch stream, on the data
    ``y = w1 x1 + w2 x2 + e`` of ``weights`` (default: the stability video's ``(1, 1)``)."""
    rho = as_correlation(rho)
    batch_size, _, seed = check_batches(batch_size, 2, seed)
    steps = as_count(steps, "steps", 2, 10_000_000)
    step_size = float(step_size)
    if not np.isfinite(step_size) or step_size <= 0.0:
        raise ValueError(f"step_size must be a positive number, got {step_size!r}")
    weights = (float(weights[0]), float(weights[1]))
    X, y = correlated_pair(rho, SAMPLES, seed,
                           None if weights == (1.0, 1.0) else weights)
    G, q = gram(X, y)
    alpha, lam = penalties_for_half_norm(G, q)
    lasso = lasso_solution(G, q, alpha)
    optima = {"l1_subgradient": lasso, "l1_proximal": lasso, "l2": ridge_solution(G, q, lam)}
    updates = {"l1_subgradient": lambda b, g: subgradient_step(b, g, step_size, alpha),
               "l1_proximal": lambda b, g: proximal_l1_step(b, g, step_size, alpha),
               "l2": lambda b, g: proximal_l2_step(b, g, step_size, lam)}
    current = {method: np.zeros(2) for method in METHODS}
    iterates = {method: np.empty((steps, 2)) for method in METHODS}
    rng = np.random.default_rng([seed, 2])
    for step in range(steps):
        rows = rng.choice(SAMPLES, int(batch_size), replace=False)
        Gk, qk = gram(X[rows], y[rows])
        for method in METHODS:
            b = current[method]
            current[method] = iterates[method][step] = updates[method](b, Gk @ b - qk)
    return Trajectories(rho, int(batch_size), step_size, int(seed), alpha, lam, optima,
                        iterates, float(np.linalg.eigvalsh(G)[0]), weights)


@dataclass(frozen=True)
class OlsRidgeResult:
    """Least-squares and ridge fits of each minibatch, and of the full data."""

    rho: float
    lam: float
    full_ols: np.ndarray
    full_ridge: np.ndarray
    batch_ols: np.ndarray  # (K, 2)
    batch_ridge: np.ndarray  # (K, 2)
    ratio_ci95: tuple[float, float]

    @property
    def deviations_ols(self) -> np.ndarray:
        return np.linalg.norm(self.batch_ols - self.full_ols, axis=1)

    @property
    def deviations_ridge(self) -> np.ndarray:
        return np.linalg.norm(self.batch_ridge - self.full_ridge, axis=1)

    @property
    def spread_ols(self) -> float:
        """Mean distance of the minibatch OLS fits to the full-data OLS fit."""
        return float(self.deviations_ols.mean())

    @property
    def spread_ridge(self) -> float:
        """Mean distance of the minibatch ridge fits to the full-data ridge fit."""
        return float(self.deviations_ridge.mean())

    @property
    def ratio(self) -> float:
        return self.spread_ols / self.spread_ridge

    def mean_error(self, name: str, truth: tuple[float, float] = (1.0, 1.0)) -> float:
        """Mean distance of the minibatch fits of ``name`` ("ols" or "ridge") to the true
        coefficients ``truth`` (``correlated_pair``'s default y = x1 + x2 + e: (1, 1)):
        bias and variance together, where ``spread_*`` is the variance part alone."""
        batch = {"ols": self.batch_ols, "ridge": self.batch_ridge}[name]
        return float(np.linalg.norm(batch - np.asarray(truth, dtype=float), axis=1).mean())

    def along(self, name: str, direction: tuple[float, float] = (1.0, -1.0)) -> np.ndarray:
        """``d . b`` of each minibatch fit of ``name`` ("ols" or "ridge"); the default
        ``b1 - b2`` is the direction (1, -1) along which correlated features' fits swing."""
        batch = {"ols": self.batch_ols, "ridge": self.batch_ridge}[name]
        return batch @ np.asarray(direction, dtype=float)

    def along_sd(self, name: str, direction: tuple[float, float] = (1.0, -1.0)) -> float:
        """Standard deviation (over the minibatches, ddof 0) of ``along(name, direction)``."""
        return float(self.along(name, direction).std())

    def along_sd_ratio(self, direction: tuple[float, float] = (1.0, -1.0)) -> float:
        """OLS's sd over ridge's along ``direction``: about 147 along (1, -1) at rho = 0.99,
        near 1 along (1, 1); ``ratio`` (mean distance in the plane) mixes both directions."""
        return self.along_sd("ols", direction) / self.along_sd("ridge", direction)

    def as_dict(self) -> dict[str, object]:
        return {"spread_ols": self.spread_ols, "spread_ridge": self.spread_ridge,
                "ratio": self.ratio, "ratio_ci95": [float(x) for x in self.ratio_ci95],
                "full_ols": [float(x) for x in self.full_ols],
                "full_ridge": [float(x) for x in self.full_ridge],
                "along_sd_ratio": self.along_sd_ratio(),
                "sum_sd_ratio": self.along_sd_ratio((1.0, 1.0)),
                "rho": self.rho, "lambda": self.lam}


def ols_vs_ridge(rho: float, batch_size: int = 100, batches: int = 200,
                 seed: int = 0) -> OlsRidgeResult:
    """OLS and ridge on each minibatch (module docstring); batch_size must be at least 2."""
    rho = as_correlation(rho)
    batch_size, batches, seed = check_batches(batch_size, batches, seed)
    if batch_size < 2:
        raise ValueError("ols_vs_ridge needs batch_size >= 2: one row does not fix two "
                         "least-squares coefficients")
    X, y = correlated_pair(rho, SAMPLES, seed)
    G, q = gram(X, y)
    _, lam = penalties_for_half_norm(G, q)
    rng = np.random.default_rng([seed, 1])  # the batches of minibatch_stability
    ols, ridge = np.empty((batches, 2)), np.empty((batches, 2))
    for k in range(batches):
        rows = rng.choice(SAMPLES, int(batch_size), replace=False)
        Gk, qk = gram(X[rows], y[rows])
        ols[k] = np.linalg.solve(Gk, qk)
        ridge[k] = ridge_solution(Gk, qk, lam)
    full_ols, full_ridge = np.linalg.solve(G, q), ridge_solution(G, q, lam)
    dev_ols = np.linalg.norm(ols - full_ols, axis=1)
    dev_ridge = np.linalg.norm(ridge - full_ridge, axis=1)
    picks = rng.integers(0, batches, (BOOTSTRAP, batches))
    ratios = dev_ols[picks].mean(axis=1) / dev_ridge[picks].mean(axis=1)
    interval = (float(np.quantile(ratios, 0.025)), float(np.quantile(ratios, 0.975)))
    return OlsRidgeResult(rho, lam, full_ols, full_ridge, ols, ridge, interval)
