"""The constrained optimum as the budget shrinks: ``b*(t) = argmin f(b) s.t. ||b||_p <= t``.

For t from 0 up to ``t_full = ||c||_p`` (beyond it the constraint is slack and b* = c;
A positive definite).  L1: the lasso homotopy in Gram form (``G = 2A``, ``q = 2Ac``) gives
knots where the support changes; between knots both b and ``||b||_1 = t`` are linear in
the penalty, so b*(t) is exactly linear in t there.  L2: b*(t) is smooth and is solved
for each t (secular equation).

Events are told in the direction of a shrinking budget: ``"zeroed"`` at t when a
coefficient reaches exactly 0 there (a feature is dropped) and stays 0 just below it,
``"revived"`` when a zero coefficient becomes non-zero below t.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from mathcore.l2_solver import solve_l2
from mathcore.lasso_homotopy import lasso_homotopy
from mathcore.loss import QuadraticLoss
from mathcore.norms import L1_NORM, L2_NORM, norm_named
from mathcore.paths import ridge_zero_crossings


@dataclass(frozen=True)
class BudgetEvent:
    """As t shrinks through ``radius``, ``feature`` is ``"zeroed"`` or ``"revived"``."""

    radius: float
    feature: int
    action: str


@dataclass(frozen=True)
class BudgetPath:
    """b*(t) for t in [0, full_radius]; L1 knots (ascending radii) when norm is l1."""

    loss: QuadraticLoss
    norm: str
    full_radius: float
    knot_radii: np.ndarray
    knot_betas: np.ndarray
    events: tuple[BudgetEvent, ...]

    def beta_at(self, radius: float) -> np.ndarray:
        """The exact optimum for budget ``radius`` (c itself beyond ``full_radius``)."""
        t = min(max(float(radius), 0.0), self.full_radius)
        if self.norm == L2_NORM.name:
            return solve_l2(self.loss, t) if t > 0.0 else np.zeros(self.loss.dim)
        k = int(np.clip(np.searchsorted(self.knot_radii, t), 1, len(self.knot_radii) - 1))
        low, high = self.knot_radii[k - 1], self.knot_radii[k]
        share = 0.0 if high == low else (t - low) / (high - low)
        return self.knot_betas[k - 1] + share * (self.knot_betas[k] - self.knot_betas[k - 1])

    def sample(self, count: int = 200) -> tuple[np.ndarray, np.ndarray]:
        """``count`` radii from 0 to ``full_radius`` (with every knot) and b* at each."""
        radii = np.union1d(np.linspace(0.0, self.full_radius, count), self.knot_radii)
        return radii, np.array([self.beta_at(t) for t in radii])


def budget_path(loss: QuadraticLoss, norm: str) -> BudgetPath:
    """The whole path b*(t), t from 0 to ``||c||_p``, for a positive definite loss."""
    norm = norm_named(norm)
    if norm not in (L1_NORM, L2_NORM):
        raise ValueError(f"norm must be l1 or l2 for a budget path, got {norm.name}")
    if not loss.is_definite:
        raise ValueError("matrix must be positive definite for a budget path (unique optima)")
    full = float(norm.value(loss.center))
    if norm is L2_NORM:
        return BudgetPath(loss, norm.name, full, np.array([0.0, full]),
                          np.array([np.zeros(loss.dim), loss.center]), events=())
    gram = 2.0 * loss.matrix
    knots = lasso_homotopy(gram, gram @ loss.center)
    radii = np.array([np.abs(k.beta).sum() for k in knots])
    betas = np.array([k.beta for k in knots])
    events = tuple(
        BudgetEvent(float(radii[i]), k.feature, "zeroed" if k.event == "enter" else "revived")
        for i, k in enumerate(knots)
        if k.event in ("enter", "leave") and radii[i] > 0.0
    )
    return BudgetPath(loss, norm.name, full, radii, betas, events[::-1])


def l2_zero_crossings(loss: QuadraticLoss) -> list[tuple[int, float]]:
    """Where a coefficient of the L2 path b*(t) changes sign: (feature, t), largest t first.

    On the L2 path ``b*(t) = (A + mu I)^-1 A c`` with ``mu >= 0`` the multiplier of
    ``||b||_2 <= t``: ridge regression on the rows ``X = [R; -R]``, ``y = [Rc; -Rc]`` with
    ``R = A^(1/2)`` (columns of mean 0, so ridge's centring leaves them alone;
    ``X^T X = 2A``, ``X^T y = 2Ac``, the same path with alpha = 2 mu), whose sign changes
    ``ridge_zero_crossings`` finds, each at ``t = share * ||c||_2``.  A positive definite.
    """
    eigenvalues, Q = np.linalg.eigh(loss.matrix)
    root = (Q * np.sqrt(eigenvalues)) @ Q.T
    rows, targets = np.vstack([root, -root]), np.concatenate([root, -root]) @ loss.center
    full = float(np.linalg.norm(loss.center))
    crossings = [(crossing.feature, crossing.share * full)
                 for crossing in ridge_zero_crossings(rows, targets)]
    return sorted(crossings, key=lambda crossing: -crossing[1])

def l2_shrinks_without_zero(path: BudgetPath, budgets: np.ndarray) -> bool:
    """Whether every |b_i| of the L2 path shrinks (never grows) as t falls through
    ``budgets`` (ascending) and none is 0 there."""
    sizes = np.abs(np.array([path.beta_at(t) for t in budgets]))
    return bool(np.all(sizes > 0.0) and np.all(np.diff(sizes, axis=0) >= -1e-12))
