"""Two correlated features: the design where ridge and lasso part ways.

``x1 = z1``, ``x2 = rho z1 + sqrt(1 - rho^2) z2`` (unit variance, correlation rho) and
``y = x1 + x2 + e`` (or ``y = w1 x1 + w2 x2 + e`` with other true weights), with z1, z2, e
independent standard normal.  The draws depend only
on the seed, not on rho, so sweeping rho moves the data continuously.  As rho -> 1 the
least-squares estimate becomes uncertain along (1, -1): the lasso then keeps one of the
two features and the ridge splits the weight between them.
"""

from __future__ import annotations

import numpy as np

from mathcore.parameters import check
from mathcore.validation import as_count


def as_correlation(value: float, name: str = "rho") -> float:
    """A correlation strictly between -1 and 1."""
    return check("rho", value, name)  # type: ignore[return-value]


def correlated_pair(rho: float, n: int, seed: int = 0,
                    weights: tuple[float, float] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """``(X, y)``: n samples of two features with correlation rho and ``y = x1 + x2 + e``,
    or ``y = w1 x1 + w2 x2 + e`` for ``weights = (w1, w2)`` (same X and e)."""
    rho = as_correlation(rho)
    n = as_count(n, "n", 2, 100_000_000)
    z1, z2, noise = np.random.default_rng(check("seed", seed)).standard_normal(
        (3, n))
    X = np.column_stack([z1, rho * z1 + np.sqrt(1.0 - rho**2) * z2])
    if weights is None:
        return X, X.sum(axis=1) + noise
    w = np.asarray(weights, dtype=float)
    if w.shape != (2,) or not np.all(np.isfinite(w)):
        raise ValueError(f"weights must be two finite numbers, got {weights!r}")
    return X, X @ w + noise


def sample_correlation(X: np.ndarray) -> float:
    """The Pearson correlation of the two columns of ``X`` as drawn (it differs from rho by
    sampling: about 1 / sqrt(n) at rho = 0)."""
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[1] != 2 or len(X) < 2:
        raise ValueError(f"X must be an (n, 2) array with n >= 2, got shape {X.shape}")
    return float(np.corrcoef(X[:, 0], X[:, 1])[0, 1])
