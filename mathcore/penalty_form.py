"""The penalty form of the constrained problem, and the budget <-> penalty link.

Constrained form: ``min f(b) s.t. ||b|| <= t`` with ``f(b) = (b - c)^T A (b - c)``.
Penalty forms (what lasso and ridge solve):

* L1: ``min f(b) + lam ||b||_1``;
* L2: ``min f(b) + lam ||b||_2^2`` (ridge squares the norm).

Both have the constrained optimum b*(t) as their optimum for the penalty read off the
constraint's KKT multiplier mu (``solve_constrained(...).multiplier``, stationarity
``2A(b - c) + mu s = 0`` with s a subgradient of the norm at b): ``lam = mu`` for L1 and
``lam = mu / (2t)`` for L2 (the gradient of ``lam ||b||_2^2`` is ``2 lam b`` and
``s = b / t`` on the sphere).  A slack constraint (c inside the ball) has mu = 0: no
penalty.

The penalised optima are computed independently of the constrained solvers: L1 by the
exact lasso homotopy with ``G = 2A``, ``q = 2Ac`` run down to ``mu = lam``; L2 from the
normal equations ``(A + lam I) b = A c``.

In one dimension, with f(b) = (b - v)^2 (A = 1, c = v), the penalised minimisers are
``soft_threshold(v, lam / 2)`` for L1, exactly 0 for every |v| <= lam / 2, and
``v / (1 + lam)`` for L2, never 0 unless v is (``scalar_minimizer``).
"""

from __future__ import annotations

import itertools

import numpy as np

from mathcore.lasso_homotopy import lasso_homotopy
from mathcore.loss import QuadraticLoss
from mathcore.norms import Norm, norm_named
from mathcore.penalties import l1_penalty, l2_penalty, l2_prox, soft_threshold
from mathcore.solve import solve_constrained

#: The norms with a penalty form here.
PENALISED = ("l1", "l2")


def _penalised_norm(norm: Norm | str) -> str:
    name = norm_named(norm).name
    if name not in PENALISED:
        raise ValueError(f"norm must be one of {', '.join(PENALISED)}, got {name!r}")
    return name


def _as_penalty(value: float) -> float:
    lam = float(value)
    if not np.isfinite(lam) or lam < 0.0:
        raise ValueError(f"lam must be a finite number >= 0, got {value}")
    return lam


def penalised_optimum(loss: QuadraticLoss, norm: Norm | str, lam: float) -> np.ndarray:
    """``argmin f(b) + lam P(b)``, P = ||b||_1 (L1) or ||b||_2^2 (L2); A must be positive
    definite (the optimum is then unique)."""
    name, lam = _penalised_norm(norm), _as_penalty(lam)
    matrix, center = loss.matrix, loss.center
    if name == "l2":
        return np.linalg.solve(matrix + lam * np.eye(len(center)), matrix @ center)
    knots = lasso_homotopy(2.0 * matrix, 2.0 * matrix @ center, min_penalty=lam)
    last = knots[-1]
    if last.penalty <= lam:  # the path ran down to lam: the optimum is its last knot
        return last.beta.copy()
    return np.zeros_like(center)  # lam >= max |q|: every coefficient is 0


def penalised_enet(loss: QuadraticLoss, rho: float, lam: float) -> np.ndarray:
    """``argmin f(b) + lam (rho ||b||_1 + (1 - rho) ||b||_2^2)``: adding the ridge part to f
    gives ``(b - c')^T A' (b - c') + const`` with ``A' = A + lam (1 - rho) I`` and
    ``c' = A'^-1 A c``, so this is the L1 penalised optimum of that loss at ``lam rho``
    (A' is positive definite once ``lam (1 - rho) > 0``)."""
    lam = _as_penalty(lam)
    rho = float(rho)
    if not 0.0 <= rho <= 1.0:
        raise ValueError(f"rho must be in [0, 1], got {rho}")
    shifted = loss.matrix + lam * (1.0 - rho) * np.eye(loss.dim)
    center = np.linalg.solve(shifted, loss.matrix @ loss.center)
    return penalised_optimum(QuadraticLoss.create(center, shifted), "l1", lam * rho)


def penalty_for_budget(loss: QuadraticLoss, norm: Norm | str, radius: float) -> float:
    """The penalty lam whose penalised optimum is the constrained optimum at ``radius``:
    mu (L1) or mu / (2t) (L2), mu the certified KKT multiplier."""
    name = _penalised_norm(norm)
    multiplier = solve_constrained(loss, name, radius).multiplier
    return float(multiplier if name == "l1" else multiplier / (2.0 * radius))


def scalar_minimizer(v: np.ndarray, lam: float, norm: Norm | str) -> np.ndarray:
    """``argmin_b (b - v)^2 + lam P(b)`` in one dimension: ``soft_threshold(v, lam/2)``
    for L1, ``v / (1 + lam)`` for L2 (halve the objective to get a proximal step)."""
    name, lam = _penalised_norm(norm), _as_penalty(lam)
    if name == "l1":
        return soft_threshold(v, lam / 2.0)
    return l2_prox(v, lam / 2.0)


def zero_zone(lam: float) -> float:
    """The half-width of the inputs v that the 1-D L1 minimiser sends to exactly 0."""
    return _as_penalty(lam) / 2.0


def budget_for_penalty(loss: QuadraticLoss, norm: Norm | str, lam: float) -> float:
    """The radius t = ||b*(lam)|| (L1 norm for L1, L2 norm for L2) of the ball whose
    constrained optimum is the penalised optimum at ``lam``: the inverse of
    ``penalty_for_budget`` while t < ||c||; it shrinks as lam grows (to 0 for L1 once
    lam >= max |2Ac|)."""
    name = _penalised_norm(norm)
    beta = penalised_optimum(loss, name, lam)
    return float(np.linalg.norm(beta, ord=1 if name == "l1" else 2))


def stationarity(loss: QuadraticLoss, norm: Norm | str,
                 radius: float) -> tuple[np.ndarray, float, np.ndarray]:
    """At the constrained optimum b* of radius t: the loss's gradient ``2A(b* - c)``, the
    multiplier mu >= 0 and the subgradient s of the norm at b* with
    ``gradient + mu s = 0`` (s = -gradient / mu; zeros when the constraint is slack)."""
    name = _penalised_norm(norm)
    solution = solve_constrained(loss, name, radius)
    gradient = np.asarray(loss.gradient(solution.beta), dtype=float)
    multiplier = float(solution.multiplier)
    if multiplier <= 0.0:
        return gradient, 0.0, np.zeros_like(gradient)
    return gradient, multiplier, -gradient / multiplier


def l1_normal_cone(beta: np.ndarray) -> np.ndarray:
    """The subdifferential of ``||b||_1`` at ``beta`` (the directions of the L1 ball's normal
    cone there, scaled so that each nonzero coordinate is its sign): every s with
    ``s_i = sign(beta_i)`` where ``beta_i != 0`` and ``-1 <= s_i <= 1`` where ``beta_i = 0``.

    Returned as the box's corners, shape (2^z, n) for z zero coordinates, in the order of
    ``itertools.product((-1, 1), repeat=z)``: at a vertex of a planar ball, the two edges of
    its fan of normals; at a point inside an edge, the one normal.
    """
    beta = np.asarray(beta, dtype=float)
    if beta.ndim != 1 or not np.all(np.isfinite(beta)):
        raise ValueError("beta must be a finite vector")
    zeros = np.flatnonzero(beta == 0.0)
    corners = np.tile(np.sign(beta), (2 ** len(zeros), 1))
    for row, signs in enumerate(itertools.product((-1.0, 1.0), repeat=len(zeros))):
        corners[row, zeros] = signs
    return corners


def penalised_value(loss: QuadraticLoss, norm: Norm | str, lam: float,
                    beta: np.ndarray) -> np.ndarray | float:
    """The penalised objective ``f(b) + lam P(b)`` (P = ||b||_1 or ||b||_2^2) at ``beta``
    (shape (n,) or (m, n)).  For L1 it is piecewise quadratic: in the orthant of signs
    sigma it is ``(b - c_sigma)^T A (b - c_sigma) + const`` with
    ``c_sigma = c - (lam / 2) A^{-1} sigma`` (each orthant its own centre); it has a kink
    on the axes, so at its minimiser it need not be flat: 0 lies in its subdifferential."""
    name, lam = _penalised_norm(norm), _as_penalty(lam)
    beta = np.asarray(beta, dtype=float)
    penalty = (l1_penalty if name == "l1" else l2_penalty)(beta).sum(axis=-1)
    return loss.value(beta) + lam * penalty


def penalised_level_set(loss: QuadraticLoss, norm: Norm | str, lam: float, level: float,
                        samples: int = 240) -> np.ndarray:
    """Points (samples, 2) on the contour ``f(b) + lam P(b) = level`` of the penalised
    objective in two dimensions, in order round it.  The objective is convex with its
    minimum at ``penalised_optimum``, so each ray from there crosses the contour once: the
    crossing is found by bisection along ``samples`` rays (to 1e-12 relative)."""
    lam = _as_penalty(lam)
    center = penalised_optimum(loss, norm, lam)
    if center.shape != (2,):
        raise ValueError("penalised_level_set is for two dimensions")
    bottom = float(penalised_value(loss, norm, lam, center))
    if not level > bottom:
        raise ValueError(f"level must exceed the minimum {bottom}, got {level}")
    angles = np.linspace(0.0, 2.0 * np.pi, samples, endpoint=False)
    rays = np.column_stack([np.cos(angles), np.sin(angles)])
    low, high = np.zeros(samples), np.ones(samples)
    for _ in range(200):  # grow until every ray is past the contour
        past = penalised_value(loss, norm, lam, center + high[:, None] * rays) > level
        if past.all():
            break
        high = np.where(past, high, 2.0 * high)
    for _ in range(60):
        middle = 0.5 * (low + high)
        above = penalised_value(loss, norm, lam, center + middle[:, None] * rays) > level
        low, high = np.where(above, low, middle), np.where(above, middle, high)
    return center + (0.5 * (low + high))[:, None] * rays
