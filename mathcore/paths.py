"""Regularisation paths: coefficients as the penalty alpha sweeps from "all zero" to "none".

* ``lasso_path``: exact.  Its alphas are the knots of the homotopy (where a feature enters
  or leaves), decreasing from ``max |X^T y| / n`` to 0; between knots the coefficients are
  linear in alpha (``RegularizationPath.coefs_at`` interpolates).  Same numbers as
  scikit-learn's ``lars_path(method="lasso")`` on centred data.
* ``ridge_path``: closed form on any grid (SVD).  A ridge coefficient can change sign as
  alpha moves (``ridge_zero_crossings`` finds where), but it is 0 only at isolated
  alphas: it never stays at 0 as the lasso's do.
* ``enet_path``: exact at each alpha of a grid (scikit-learn's ``enet_path`` grid by
  default); each change of support between grid points is located by bisection to 1e-12
  relative and reported as an event.

Scalings: see ``mathcore.penalized``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.optimize import brentq

from mathcore.balls import norm_value
from mathcore.penalized import (
    as_l1_ratio,
    elastic_net,
    gram_form,
    lasso_knots,
    ridge,
    ridge_alpha_for_radius,
    ridge_svd,
)

#: Relative width to which enet support changes are bisected.
EVENT_RTOL = 1e-12


@dataclass(frozen=True)
class PathEvent:
    """At ``alpha`` the coefficient of ``feature`` became non-zero (enter) or zero (leave)."""

    alpha: float
    feature: int
    action: str


@dataclass(frozen=True)
class RegularizationPath:
    """``coefs[k]`` are the coefficients at ``alphas[k]``; alphas decrease."""

    method: str
    alphas: np.ndarray
    coefs: np.ndarray
    events: tuple[PathEvent, ...]
    l1_ratio: float | None = None

    def coefs_at(self, alpha: float) -> np.ndarray:
        """Coefficients at any alpha in the path's range, linear between stored alphas
        (exact for the lasso, whose path is piecewise linear)."""
        alphas = self.alphas[::-1]
        return np.array([np.interp(alpha, alphas, column) for column in self.coefs[::-1].T])

    def as_dict(self, features: tuple[str, ...]) -> dict[str, object]:
        """JSON-ready: features, alphas, coefs (one row per alpha), events by name."""
        return {
            "method": self.method,
            "l1_ratio": self.l1_ratio,
            "features": list(features),
            "alphas": [float(a) for a in self.alphas],
            "coefs": [[float(x) for x in row] for row in self.coefs],
            "events": [
                {"alpha": float(e.alpha), "feature": features[e.feature], "action": e.action}
                for e in self.events
            ],
        }


def lasso_path(X: np.ndarray, y: np.ndarray) -> RegularizationPath:
    """The exact lasso path: one row per knot (alpha), every event (ties at one alpha are
    several events of one row)."""
    knots = lasso_knots(X, y)
    events = tuple(
        PathEvent(k.penalty, k.feature, k.event) for k in knots if k.event in ("enter", "leave")
    )
    # several events at one alpha (ties) share one row: the state after them
    rows = [k for k, after in zip(knots, [*knots[1:], None], strict=True)
            if after is None or after.penalty != k.penalty]
    return RegularizationPath(
        method="lasso",
        alphas=np.array([k.penalty for k in rows]),
        coefs=np.array([k.beta for k in rows]),
        events=events,
    )


def default_alphas(X: np.ndarray, y: np.ndarray, l1_ratio: float, count: int = 100,
                   eps: float = 1e-3) -> np.ndarray:
    """scikit-learn's grid: ``count`` log-spaced alphas from ``max|X^T y| / (n rho)`` down
    by the factor ``eps`` (elastic net); for ridge (rho = 0) the grid spans
    ``1e3 s_max^2`` to ``1e-3 s_min^2`` so that every direction goes from 0.1 % to 99.9 %
    of its least-squares size."""
    if l1_ratio > 0.0:
        top = float(np.max(np.abs(gram_form(X, y)[1]))) / l1_ratio
        return np.logspace(np.log10(top), np.log10(top * eps), count)
    s, _, _ = ridge_svd(X, y)
    return np.logspace(np.log10(1e3 * s[0] ** 2), np.log10(1e-3 * s[-1] ** 2), count)


def ridge_path(
    X: np.ndarray, y: np.ndarray, alphas: np.ndarray | None = None
) -> RegularizationPath:
    """Ridge coefficients on a decreasing grid (default: ``default_alphas(..., 0)``)."""
    grid = default_alphas(X, y, 0.0) if alphas is None else np.sort(np.asarray(alphas))[::-1]
    return RegularizationPath("ridge", grid, ridge(X, y, grid), events=())


def _support_change(X, y, l1_ratio, feature, high, low) -> float:
    """Bisect (in log alpha) the alpha in [low, high] where ``feature``'s support flips."""
    active_high = elastic_net(X, y, high, l1_ratio)[feature] != 0.0
    while high - low > EVENT_RTOL * high:
        middle = np.sqrt(high * low) if low > 0.0 else high / 2.0
        if (elastic_net(X, y, middle, l1_ratio)[feature] != 0.0) == active_high:
            high = middle
        else:
            low = middle
    return high


def enet_path(X: np.ndarray, y: np.ndarray, l1_ratio: float,
              alphas: np.ndarray | None = None) -> RegularizationPath:
    """Exact elastic-net coefficients on a grid, with support changes located by bisection."""
    rho = as_l1_ratio(l1_ratio)
    grid = default_alphas(X, y, rho) if alphas is None else np.sort(np.asarray(alphas))[::-1]
    coefs = np.array([elastic_net(X, y, alpha, rho) for alpha in grid])
    events = []
    for k in range(1, len(grid)):
        before, after = coefs[k - 1] != 0.0, coefs[k] != 0.0
        for feature in np.flatnonzero(before != after):
            alpha = _support_change(X, y, rho, int(feature), grid[k - 1], grid[k])
            events.append(PathEvent(alpha, int(feature), "enter" if after[feature] else "leave"))
    events.sort(key=lambda event: -event.alpha)
    return RegularizationPath("enet", grid, coefs, tuple(events), l1_ratio=rho)


@dataclass(frozen=True)
class ZeroCrossing:
    """At ``alpha`` the ridge coefficient of ``feature`` passes through 0 (changes sign);
    ``share`` is ``||b(alpha)||_2 / ||b_LS||_2`` there."""

    alpha: float
    feature: int
    share: float


def ridge_zero_crossings(X: np.ndarray, y: np.ndarray,
                         grid_points: int = 4000) -> tuple[ZeroCrossing, ...]:
    """Every alpha in (0, inf) where a ridge coefficient changes sign, by increasing share.

    ``b_j(alpha) = sum_i V_ji s_i p_i / (s_i^2 + alpha)`` (``ridge_svd``).  Below
    ``1e-8 s_min^2`` it is least squares to 8 digits, above ``1e8 s_max^2`` it is
    ``(X^T y)_j / alpha`` to 8 digits, so its sign changes lie between; they are bracketed
    on ``grid_points`` log-spaced alphas there and each is solved to machine precision
    (brentq in log alpha).  Two sign changes of one coefficient closer together than the
    grid's spacing (a factor of 1.01) would cancel out unseen.
    """
    s, V, projected = ridge_svd(X, y)
    weights = V * (s * projected)  # b_j(alpha) = sum_i weights[j, i] / (s_i^2 + alpha)

    def coefs(log_alpha: float | np.ndarray) -> np.ndarray:
        alpha = np.exp(np.atleast_1d(log_alpha))[:, None, None]
        return (weights[None] / (s**2 + alpha)).sum(axis=-1)

    grid = np.linspace(np.log(1e-8 * s[-1] ** 2), np.log(1e8 * s[0] ** 2), grid_points)
    values = coefs(grid)
    full = float(np.linalg.norm(projected / s))
    crossings = []
    for step, feature in zip(*np.nonzero(np.signbit(values[:-1]) != np.signbit(values[1:])),
                             strict=True):
        root = brentq(lambda x, j=feature: coefs(x)[0, j], grid[step], grid[step + 1],
                      xtol=1e-15, rtol=4 * np.finfo(float).eps)
        share = float(np.linalg.norm(coefs(root)[0]) / full)
        crossings.append(ZeroCrossing(float(np.exp(root)), int(feature), share))
    return tuple(sorted(crossings, key=lambda crossing: crossing.share))


def budget_shares(coefs: np.ndarray, norm: str) -> np.ndarray:
    """``||b||_p / ||b_last||_p`` for each row: how much of the least-squares budget is used.

    With the last row the unpenalised fit (alpha = 0), this is the shrinkage factor s in
    [0, 1] of Hastie, Tibshirani and Friedman (ESL, fig. 3.8-3.10).
    """
    sizes = norm_value(coefs, norm)
    return sizes / sizes[-1]


def ridge_path_at_shares(X: np.ndarray, y: np.ndarray, shares: np.ndarray) -> RegularizationPath:
    """Ridge coefficients where ``||b||_2`` is each given share of the least-squares norm.

    Each alpha is the exact root of ``||b_ridge(alpha)||_2 = s ||b_LS||_2``; share 0 is
    b = 0 (alpha ``inf``) and a share >= 1 is least squares (alpha 0).
    """
    full = float(np.linalg.norm(ridge(X, y, 0.0)))
    alphas = np.array([
        np.inf if s <= 0.0 else 0.0 if s >= 1.0 else ridge_alpha_for_radius(X, y, s * full)
        for s in shares
    ])
    coefs = np.array([
        np.zeros(np.shape(X)[1]) if np.isinf(a) else ridge(X, y, a) for a in alphas
    ])
    return RegularizationPath("ridge", alphas, coefs, events=())
