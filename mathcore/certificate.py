"""Optimality certificate of a candidate optimum, computed from b* alone.

Problem: ``min f(b) = (b - c)^T A (b - c)  s.t. N(b) <= t``, N the L1 or L2 norm or the
elastic net's ``rho ||b||_1 + (1 - rho) ||b||_2^2``.  It is
convex, so b* is optimal exactly when the KKT conditions hold for some mu >= 0::

    0 in g + mu d||b*||_p,   g = 2 A (b* - c)          (stationarity)
    ||b*||_p <= t,  mu >= 0,  mu (||b*||_p - t) = 0     (feasibility, slackness)

with ``d||b||_2 = b / ||b||_2`` and ``d||b||_1 = {s : s_i = sign(b_i) if b_i != 0, |s_i| <= 1}``.
Since ``b^T s = ||b||_p`` for every subgradient s (``Norm.radial``: for the elastic net
``rho ||b||_1 + 2 (1 - rho) ||b||_2^2``), the multiplier is recovered as
``mu = -g^T b* / radial(b*)`` on the sphere.

The multiplier enters the residuals as the force ``mu |dN(b)|`` (``Norm.normal_size``: 1
for the norms, whose subgradients have entries of size 1; the elastic net's
``rho + 2 (1 - rho) ||b||_inf`` grows with b), so that it is compared with the gradient in
the gradient's units.  Residuals are made dimensionless coordinate by coordinate:
``g_i = 2 (A b)_i - 2 (A c)_i`` is compared with ``term_i = 2 (|A| |b|)_i + 2 (|A| |c|)_i``,
the size of the terms it is computed from (its rounding scale).  A global scale such as
``||A|| ||c||`` would let a badly conditioned A (one stiff direction) hide a large
violation in a soft direction.
"""

from __future__ import annotations

import numpy as np

from mathcore.loss import QuadraticLoss
from mathcore.norms import Norm, norm_named
from mathcore.solution import ConstrainedSolution
from mathcore.uniqueness import optimal_segment

#: A point whose norm is within this relative distance of t is on the sphere.
BOUNDARY_RTOL = 1e-9
#: A gradient smaller than this (relative to ``scale``) is zero: the constraint is slack.
STATIONARY_RTOL = 1e-10


def gradient_scale(loss: QuadraticLoss, radius: float) -> float:
    """``2 ||A||_2 max(||c||_2, t)``: the size of the gradient over the region of interest
    (the unit the reference tests compare losses in)."""
    values, _ = loss.eigen
    return 2.0 * float(values[-1]) * max(float(np.linalg.norm(loss.center)), radius)


def term_scale(loss: QuadraticLoss, beta: np.ndarray) -> np.ndarray:
    """``2 (|A| |b|) + 2 (|A| |c|)``: per coordinate, the size of the terms of the gradient."""
    size = np.abs(loss.matrix)
    return 2.0 * (size @ np.abs(beta) + size @ np.abs(loss.center))


def _size(norm: Norm, beta: np.ndarray) -> float:
    """N(b) as a float (some norms return a one-element array for one vector)."""
    return float(np.atleast_1d(norm.value(beta))[0])


def multiplier_of(loss: QuadraticLoss, norm: Norm, radius: float, beta: np.ndarray) -> float:
    """The KKT multiplier mu of a candidate optimum (0 when the constraint is slack)."""
    size = _size(norm, beta)
    if size < radius * (1.0 - BOUNDARY_RTOL) or size == 0.0:
        return 0.0
    mu = -float(loss.gradient(beta) @ beta) / norm.radial(beta)
    force = mu * norm.normal_size(beta)
    return mu if force > STATIONARY_RTOL * float(term_scale(loss, beta).max()) else 0.0


def kkt_residual(
    loss: QuadraticLoss, norm: Norm, radius: float, beta: np.ndarray, multiplier: float
) -> float:
    """Largest relative violation of stationarity, feasibility and slackness at (b*, mu)."""
    g = loss.gradient(beta)
    force = multiplier * norm.normal_size(beta)  # the size of mu dN(b), in g's units
    scale = term_scale(loss, beta) + force + np.finfo(float).tiny
    size = _size(norm, beta)
    violation = norm.stationarity_violation(beta, g, multiplier)
    stationarity = float(np.max(violation / scale))
    infeasibility = max(0.0, size - radius) / radius
    slackness = force * abs(radius - size) / radius / float(scale.max())
    return max(stationarity, infeasibility, slackness, -force / float(scale.max()))


def certify(loss: QuadraticLoss, norm: Norm | str, radius: float, beta: np.ndarray
            ) -> ConstrainedSolution:
    """Build the full result for a candidate optimum ``beta`` of the (norm, radius) problem
    (``norm``: a ``Norm`` or its name)."""
    norm = norm_named(norm)
    beta = np.asarray(beta, dtype=float)
    mu = multiplier_of(loss, norm, radius, beta)
    segment = None if loss.is_definite else optimal_segment(loss, norm, radius, beta, mu)
    residual = kkt_residual(loss, norm, radius, beta, mu)
    return ConstrainedSolution(
        beta=beta,
        loss=max(float(loss.value(beta)), 0.0),  # A is PSD: a negative value is rounding
        multiplier=mu,
        face=norm.face(beta, mu),
        zeros=tuple(int(i) for i in np.flatnonzero(beta == 0.0)),
        unique=segment is None,
        kkt_residual=residual,
        norm=norm.name,
        radius=radius,
        optimal_segment=segment,
        certificate={"kind": "kkt", "residual": residual},
        message=f"exact {norm.name} solver, certified by the KKT conditions",
    )
