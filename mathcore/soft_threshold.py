"""The mechanism behind the zeros of a round loss: soft-thresholding.

For A = I the L1 optimum under the budget t is the Euclidean projection of the minimum c
onto the L1 ball, ``beta_i = sign(c_i) max(|c_i| - theta, 0)`` with the threshold theta
chosen so that ``||beta||_1 = t``: every |c_i| below theta becomes exactly 0, every one
above is cut down by theta.  The L2 optimum scales c by ``t / ||c||_2`` (no zero unless c
has one).  ``threshold_example`` draws one centre exactly as ``cloud.cloud_nd`` draws its
first (same seed, same generator calls) and returns both optima with theta and the scale.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from mathcore.balls import norm_value
from mathcore.cloud import centers_outside
from mathcore.norms import L1_NORM, L2_NORM


@dataclass(frozen=True)
class ThresholdExample:
    center: np.ndarray  # c
    l1_budget: float  # t for L1: kappa ||c||_1
    l2_budget: float  # t for L2: kappa ||c||_2
    theta: float  # L1's threshold
    l1: np.ndarray  # sign(c) max(|c| - theta, 0)
    scale: float  # L2's factor t / ||c||_2
    l2: np.ndarray  # scale c


def l1_threshold(center: np.ndarray, budget: float) -> float:
    """The theta of soft-thresholding that makes ``||beta||_1 = budget`` (0 when c lies in
    the ball): from the sorted |c| (Duchi et al. 2008)."""
    size = -np.sort(-np.abs(np.asarray(center, dtype=float)))
    if size.sum() <= budget:
        return 0.0
    cumulative = np.cumsum(size) - budget
    index = np.arange(1, len(size) + 1)
    count = int((size - cumulative / index > 0).sum())
    return float(cumulative[count - 1] / count)


def threshold_example(dim: int, seed: int, relative_budget: float) -> ThresholdExample:
    """One loss ``||beta - c||^2`` with c ~ U[-10, 10]^dim (``cloud_nd``'s first draw) and
    budgets ``relative_budget ||c||_p``: theta, the L1 optimum, L2's scale and optimum."""
    center = centers_outside(np.random.default_rng(seed), 1, int(dim), L1_NORM, 0.0)[0]
    l1_budget = relative_budget * float(norm_value(center, L1_NORM))
    l2_budget = relative_budget * float(norm_value(center, L2_NORM))
    theta = l1_threshold(center, l1_budget)
    l1 = np.sign(center) * np.maximum(np.abs(center) - theta, 0.0)
    scale = l2_budget / float(norm_value(center, L2_NORM))
    return ThresholdExample(center, l1_budget, l2_budget, theta, l1, scale, scale * center)
