"""Exact lasso homotopy (LARS with the lasso modification) for a quadratic in Gram form.

Objective, for a penalty mu >= 0::

    minimise  (1/2) b^T G b - q^T b + mu ||b||_1,     G symmetric PSD.

The constrained problem ``min (b - c)^T A (b - c) s.t. ||b||_1 <= t`` is this with
``G = 2A`` and ``q = 2Ac``; least squares on data, scikit-learn's
``(1/(2n)) ||y - X b||^2 + alpha ||b||_1``, is ``G = X^T X / n``, ``q = X^T y / n``.

KKT: with correlations ``r = q - G b``, ``r_i = mu sign(b_i)`` where ``b_i != 0`` and
``|r_i| <= mu`` elsewhere.  On a stretch with active set E and signs s the solution is
``b_E = G_EE^{-1} (q_E - mu s)``: linear in mu, so the whole path is piecewise linear.
Starting at ``mu = max |q|`` with b = 0 and lowering mu, a stretch ends at a knot when an
inactive correlation reaches +-mu (the variable enters) or an active coefficient reaches
0 (it leaves: the lasso modification).  Along a stretch ``||b||_1 = s^T b_E`` is linear too,
so the mu at which ``||b||_1`` reaches a budget t is found exactly.

Ties (designs with repeated values make them common): events whose steps agree to
``TIE_RTOL`` of mu happen at one knot, leaves first, every leaving coefficient set to exactly
0 (rounding would leave +-1e-17 of the wrong sign); a variable that has just left cannot
re-enter within that tolerance (rounding, not a move of the path); of features that enter
together, only those the joint direction moves with their signs are added.

A variable whose entry would make ``G_EE`` singular (its column is a combination of the
active ones, e.g. a duplicated feature) is held out until the active set changes: the
path is then one of several optimal paths, and the caller reports the non-uniqueness.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.linalg import solve_triangular

#: A column whose part outside the active columns' span is below this share of its own
#: squared size (the Schur complement over G_jj) would make G_EE singular.
SINGULAR_RTOL = 1e-10
#: Steps closer than this share of mu are one event (a tie, not two knots).
TIE_RTOL = 1e-12
#: Penalties below this share of ``n max|q|`` are rounding: no knot is placed there (the
#: correlations themselves are only known to about that size).
NOISE_RTOL = 16 * np.finfo(float).eps


@dataclass(frozen=True)
class PathKnot:
    """One knot of the path: the penalty mu, the coefficients there and what happened."""

    penalty: float
    beta: np.ndarray
    event: str  # "enter", "leave", "budget" (||b||_1 reached) or "end" (mu reached its floor)
    feature: int | None = None


class _ActiveFactor:
    """Cholesky factor ``L`` (lower) of ``G_EE`` for the active set E.

    An entering column costs one triangular solve (O(k^2)); its pivot
    ``G_jj - ||L^{-1} G_Ej||^2`` (the Schur complement) tells whether the column is a
    combination of the active ones.  A leaving column refactors (rare).
    """

    def __init__(self, gram: np.ndarray):
        self.gram = gram
        self.active: list[int] = []
        self.factor = np.zeros((0, 0))

    def solve(self, rhs: np.ndarray) -> np.ndarray:
        """``G_EE^{-1} rhs``."""
        half = solve_triangular(self.factor, rhs, lower=True)
        return solve_triangular(self.factor, half, lower=True, trans="T")

    def add(self, j: int) -> bool:
        """Append feature j; False (and no change) when G_EE would become singular."""
        k = len(self.active)
        row = solve_triangular(self.factor, self.gram[self.active, j], lower=True) if k else []
        pivot = float(self.gram[j, j] - np.dot(row, row))
        # the Schur complement relative to the column's own size: how much of x_j is
        # outside the span of the active columns, whatever the features' scales
        if pivot <= SINGULAR_RTOL * float(self.gram[j, j]) * (k + 1):
            return False
        grown = np.zeros((k + 1, k + 1))
        grown[:k, :k] = self.factor
        grown[k, :k] = row
        grown[k, k] = np.sqrt(pivot)
        self.factor = grown
        self.active.append(j)
        return True

    def remove(self, k: int) -> int:
        """Drop the k-th active feature; returns its index."""
        gone = self.active.pop(k)
        self.factor = np.linalg.cholesky(self.gram[np.ix_(self.active, self.active)])
        return gone


def _crossing_steps(r: np.ndarray, a: np.ndarray, mu: float, candidates: np.ndarray,
                    floor: np.ndarray) -> np.ndarray:
    """Per candidate j, the smallest step delta > ``floor[j]`` (and >= 0) at which
    ``|r_j - delta a_j| = mu - delta``; inf where there is none."""
    best = np.full(candidates.size, np.inf)
    for sign in (1.0, -1.0):
        denominator = 1.0 - sign * a[candidates]
        with np.errstate(divide="ignore", invalid="ignore"):
            steps = (mu - sign * r[candidates]) / denominator
        steps = np.where(denominator > 0.0, np.maximum(steps, 0.0), np.inf)
        best = np.minimum(best, np.where(steps > floor[candidates], steps, np.inf))
    return best


def _signed(beta_active: np.ndarray, signs: np.ndarray) -> np.ndarray:
    """Active coefficients with 0.0 where rounding gave the sign opposite to the feature's
    (on a stretch an active coefficient keeps its sign; it leaves where it reaches 0)."""
    return np.where(signs * beta_active < 0.0, 0.0, beta_active)


def _leave_consistently(factor: _ActiveFactor, signs: list[float],
                        leaving: list[int]) -> list[int]:
    """Remove the tied features at positions ``leaving`` of the active set, then put back
    any whose correlation the new direction would push past mu at once (``s_j a_j < 1``:
    it would re-enter immediately, so it stays active at 0).  Returns the features gone."""
    gone_signs = {factor.active[k]: signs[k] for k in leaving}
    for k in sorted(leaving, reverse=True):
        factor.remove(k)
        signs.pop(k)
    gone = list(gone_signs)
    while len(gone) > 1 and factor.active:
        rate = factor.solve(np.array(signs))
        slopes = factor.gram[np.ix_(gone, factor.active)] @ rate
        back = [j for j, slope in zip(gone, slopes, strict=True)
                if gone_signs[j] * slope < 1.0 - TIE_RTOL]
        if not back or not factor.add(back[0]):
            break
        signs.append(gone_signs[back[0]])
        gone.remove(back[0])
    return gone


def _enter_consistently(factor: _ActiveFactor, signs: list[float], entering: list[int],
                        entry_signs: dict[int, float]) -> list[int]:
    """Add the tied ``entering`` features whose coefficients then move with their signs.

    Features that would make ``G_EE`` singular are held out.  When several enter at one
    knot (or G is singular), the joint direction can push one of them against its sign or
    not move it at all (it would leave at once): the last such feature is held out and the
    direction recomputed, until every newcomer moves the right way.  Returns the features
    added (they are in ``signs``).
    """
    added = [j for j in entering if factor.add(j)]
    signs += [entry_signs[j] for j in added]
    while added:
        rate = factor.solve(np.array(signs))
        # rates in each feature's own units (G_jj rate_j), so that scales do not matter
        scaled = rate * np.diag(factor.gram)[factor.active]
        tolerance = TIE_RTOL * float(np.abs(scaled).max())
        wrong = [j for j in added
                 if entry_signs[j] * scaled[factor.active.index(j)] <= tolerance]
        if not wrong:
            break
        k = factor.active.index(wrong[-1])
        factor.remove(k)
        signs.pop(k)
        added.remove(wrong[-1])
    return added


def lasso_homotopy(
    gram: np.ndarray,
    linear: np.ndarray,
    l1_budget: float | None = None,
    min_penalty: float = 0.0,
) -> list[PathKnot]:
    """Knots of the exact path from mu = max|q| down to ``min_penalty``.

    The first knot is at mu = max|q| with b = 0, where the first feature enters; every
    later knot is one event.  The path stops early where ``||b||_1`` reaches ``l1_budget``
    (last event ``"budget"``); otherwise its last knot is at ``min_penalty`` (``"end"``).
    Between knots b is linear in mu.

    Args:
        gram: G, symmetric positive semi-definite, shape (n, n).
        linear: q, shape (n,).
        l1_budget: stop where ``||b||_1`` reaches this value.
        min_penalty: the smallest mu of the path (>= 0).

    Events at one penalty (ties) are reported by their net effect: a feature that enters
    and leaves again at the same mu has no event (see ``merge_ties``).
    """
    return merge_ties(_follow_path(gram, linear, l1_budget, min_penalty))


def merge_ties(knots: list[PathKnot]) -> list[PathKnot]:
    """The knots with every run of "enter"/"leave" events at one penalty (to ``TIE_RTOL``)
    replaced by its net effect: the features that left, then those that entered, each
    with the state at the end of the run."""
    merged: list[PathKnot] = []
    active: set[int] = set()
    k = 0
    while k < len(knots):
        knot = knots[k]
        if knot.event not in ("enter", "leave"):
            merged.append(knot)
            k += 1
            continue
        end = k
        while (end + 1 < len(knots) and knots[end + 1].event in ("enter", "leave")
               and abs(knots[end + 1].penalty - knot.penalty) <= TIE_RTOL * knot.penalty):
            end += 1
        before = set(active)
        for event in knots[k:end + 1]:
            (active.add if event.event == "enter" else active.discard)(event.feature)
        last = knots[end]
        merged += [PathKnot(last.penalty, last.beta, "leave", j) for j in sorted(before - active)]
        merged += [PathKnot(last.penalty, last.beta, "enter", j)
                   for j in dict.fromkeys(e.feature for e in knots[k:end + 1]
                                          if e.event == "enter")
                   if j in active - before]
        k = end + 1
    return merged


def _follow_path(gram: np.ndarray, linear: np.ndarray, l1_budget: float | None,
                 min_penalty: float) -> list[PathKnot]:
    """``lasso_homotopy``'s knots, one per event, ties not merged."""
    n = linear.size
    mu = float(np.max(np.abs(linear)))
    noise_floor = max(min_penalty, NOISE_RTOL * n * mu)
    if mu <= min_penalty:
        return [PathKnot(min_penalty, np.zeros(n), "end")]
    first = int(np.argmax(np.abs(linear)))
    factor = _ActiveFactor(gram)
    if not factor.add(first):
        raise ValueError(f"gram has a zero diagonal entry {first} with a non-zero correlation")
    signs = [float(np.sign(linear[first]))]
    knots = [PathKnot(mu, np.zeros(n), "enter", first)]
    eligible = np.ones(n, dtype=bool)  # neither active nor held out
    eligible[first] = False
    just_left: list[int] = []  # left at the last knot
    for _ in range(50 * n + 100):
        active = factor.active
        s = np.array(signs)
        rate = factor.solve(s)  # d b_E / d(-mu)
        beta_active = factor.solve(linear[active] - mu * s)  # exactly 0 where q_E = mu s
        beta = np.zeros(n)
        beta[active] = beta_active
        r = linear - gram @ beta
        a = gram[:, active] @ rate
        tie = TIE_RTOL * mu
        floor = np.full(n, -1.0)
        floor[just_left] = tie
        candidates = np.flatnonzero(eligible)
        enter_steps = _crossing_steps(r, a, mu, candidates, floor)
        enter_step = float(enter_steps.min()) if candidates.size else np.inf
        with np.errstate(divide="ignore", invalid="ignore"):
            leave_steps = np.where(s * rate < 0.0, np.maximum(-beta_active / rate, 0.0), np.inf)
        leave_step = float(leave_steps.min()) if leave_steps.size else np.inf
        budget_step = np.inf
        if l1_budget is not None:
            budget_step = max((l1_budget - float(s @ beta_active)) / float(s @ rate), 0.0)
        step = min(enter_step, leave_step, budget_step, mu - min_penalty)
        if step < budget_step and mu - step <= noise_floor:
            step = mu - min_penalty  # a knot at a penalty of rounding size: the path ends
        if step == budget_step:
            # b = b(mu) + step * rate: s^T b = budget to rounding relative to the budget,
            # however small the budget or ill-conditioned G_EE
            beta[active] = _signed(beta_active + step * rate, s)
            knots.append(PathKnot(mu - step, beta, "budget"))
            return knots
        mu = min_penalty if step == mu - min_penalty else mu - step
        beta_next = np.zeros(n)
        beta_next[active] = _signed(beta_active + step * rate, s)
        if mu == min_penalty:
            knots.append(PathKnot(min_penalty, beta_next, "end"))
            return knots
        leaving = np.flatnonzero(leave_steps <= step + tie)
        if leaving.size:  # the coefficients that reach 0 here are exactly 0
            beta_next[[factor.active[k] for k in leaving]] = 0.0
            gone = _leave_consistently(factor, signs, [int(k) for k in leaving])
            eligible[:] = True
            eligible[factor.active] = False
            knots += [PathKnot(mu, beta_next.copy(), "leave", j) for j in gone]
            just_left = gone
            continue
        entering = [int(j) for j in candidates[enter_steps <= step + tie]]
        eligible[entering] = False
        entry_signs = {j: float(np.sign(r[j] - step * a[j])) for j in entering}
        added = _enter_consistently(factor, signs, entering, entry_signs)
        just_left = []
        if not added:
            continue  # held out until the active set changes
        eligible[:] = True
        eligible[factor.active] = False
        knots += [PathKnot(mu, beta_next, "enter", j) for j in added]
    raise RuntimeError("lasso homotopy did not finish (cycling between active sets)")
