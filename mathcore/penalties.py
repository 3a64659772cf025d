"""The penalties one coordinate at a time: values, (sub)gradients and proximal operators.

For a scalar b and a strength lam > 0 (elementwise on arrays):

* L1: ``|b|``; subdifferential ``sign(b)`` for b != 0 and the whole interval [-1, 1] at 0;
  proximal operator ``prox(v) = argmin_b (b - v)^2 / 2 + lam |b| = sign(v) max(|v| - lam, 0)``
  (soft-thresholding: every |v| <= lam goes to exactly 0).
* L2 (squared): ``b^2``; gradient ``2b``;
  ``prox(v) = argmin (b - v)^2 / 2 + lam b^2 = v / (1 + 2 lam)``
  (a scaling: nothing becomes 0 unless v is 0).
* Elastic net ``rho |b| + (1 - rho) b^2``: gradient ``rho sign(b) + 2 (1 - rho) b`` (b != 0);
  prox = soft-threshold by ``lam rho``, then scale by ``1 / (1 + 2 lam (1 - rho))``.

The note's stability claim in one line: the L1 gradient jumps by 2 at 0 whatever |b|,
the L2 gradient changes by twice the change in b.
"""

from __future__ import annotations

import numpy as np

#: The subdifferential of |b| at b = 0: every slope in this interval.
L1_SUBDIFFERENTIAL_AT_ZERO = (-1.0, 1.0)
#: Where the two penalties cost the same (b > 0): b^2 = |b| <=> |b| (|b| - 1) = 0.
#: Beyond it b^2 costs more, by |b| times: large weights are punished far harder by L2.
EQUAL_COST = 1.0


def l1_penalty(b: np.ndarray) -> np.ndarray:
    return np.abs(b)


def l2_penalty(b: np.ndarray) -> np.ndarray:
    return np.square(b)


def enet_penalty(b: np.ndarray, rho: float) -> np.ndarray:
    return rho * np.abs(b) + (1.0 - rho) * np.square(b)


def l1_subgradient(b: np.ndarray) -> np.ndarray:
    """The minimum-norm subgradient: sign(b), and 0 (the middle of [-1, 1]) at b = 0."""
    return np.sign(b)


def l2_gradient(b: np.ndarray) -> np.ndarray:
    return 2.0 * np.asarray(b, dtype=float)


def enet_subgradient(b: np.ndarray, rho: float) -> np.ndarray:
    return rho * np.sign(b) + 2.0 * (1.0 - rho) * np.asarray(b, dtype=float)


def soft_threshold(v: np.ndarray, lam: float) -> np.ndarray:
    """prox of ``lam |b|``: ``sign(v) max(|v| - lam, 0)``."""
    v = np.asarray(v, dtype=float)
    return np.sign(v) * np.maximum(np.abs(v) - lam, 0.0)


def l2_prox(v: np.ndarray, lam: float) -> np.ndarray:
    """prox of ``lam b^2``: ``v / (1 + 2 lam)``."""
    return np.asarray(v, dtype=float) / (1.0 + 2.0 * lam)


def enet_prox(v: np.ndarray, lam: float, rho: float) -> np.ndarray:
    """prox of ``lam (rho |b| + (1 - rho) b^2)``."""
    return soft_threshold(v, lam * rho) / (1.0 + 2.0 * lam * (1.0 - rho))


def prediction_shift(weights: np.ndarray, error: np.ndarray) -> float:
    """How far the linear prediction ``w . x`` moves when x is observed as ``x + e``:
    ``w . (x + e) - w . x = w . e``.  An error ``delta`` in feature i alone
    (``e = delta e_i``) moves it by ``w_i delta``: the less weight one feature carries, the
    less its own observation error moves the prediction (why L2's evenly spread weights
    are steadier when features repeat one signal)."""
    return float(np.dot(np.asarray(weights, dtype=float), np.asarray(error, dtype=float)))
