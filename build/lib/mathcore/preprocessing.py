"""Centring and standardisation, as scikit-learn's linear models and ``StandardScaler`` do.

Intercepts are handled by centring: fit the coefficients on ``X - mean(X)`` and
``y - mean(y)``; the intercept is then ``mean(y) - mean(X) @ b``.
"""

from __future__ import annotations

import numpy as np


def center(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``X - mean(X, axis=0)`` and ``y - mean(y)``."""
    return X - X.mean(axis=0), y - y.mean()


def standardize(X: np.ndarray) -> np.ndarray:
    """Columns centred and divided by their population standard deviation (ddof = 0)."""
    spread = X.std(axis=0)
    if np.any(spread == 0.0):
        column = int(np.argmin(spread))
        raise ValueError(f"X column {column} is constant and cannot be standardised")
    return (X - X.mean(axis=0)) / spread
