"""The quadratic loss whose level sets are the ellipses of every scene.

Convention (used everywhere in normviz)::

    f(b) = (b - c)^T A (b - c),    A symmetric positive semi-definite, c the centre.

From data ``X`` (n samples x p features) and ``y``::

    A = X^T X / n,    c = a least-squares solution of X b = y,

so that ``(1/n) ||y - X b||^2 = f(b) + (1/n) ||y - X c||^2``: the data loss and f differ
by a constant and share their level sets.  Gradient ``2 A (b - c)``, Hessian ``2 A``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from mathcore.validation import as_matrix, as_vector

#: Eigenvalues of A below this share of the largest (times n) are zero: rounding level.
NULL_RTOL = 1000 * np.finfo(float).eps


@dataclass(frozen=True)
class QuadraticLoss:
    """``f(b) = (b - c)^T A (b - c)``; build it with ``QuadraticLoss.create`` or ``from_data``."""

    center: np.ndarray
    matrix: np.ndarray

    @classmethod
    def create(cls, center: object, matrix: object) -> QuadraticLoss:
        """Validate ``center`` (length n) and ``matrix`` (n x n or n*n numbers, row-major)."""
        c = as_vector(center, "center")
        A = as_matrix(matrix, "matrix", c.size)
        c.setflags(write=False)
        A.setflags(write=False)
        return cls(center=c, matrix=A)

    @classmethod
    def from_data(cls, X: object, y: object) -> QuadraticLoss:
        """The loss of least squares on (X, y): ``A = X^T X / n``, ``c`` = least-squares fit.

        With collinear columns ``A`` is singular and ``c`` is the minimum-norm solution.
        """
        X = np.asarray(X, dtype=float)
        if X.ndim != 2 or X.shape[0] < 1 or X.shape[1] < 1:
            raise ValueError(f"X must be a 2-D array (samples x features), got shape {X.shape}")
        if not np.all(np.isfinite(X)):
            raise ValueError("X must contain only finite numbers (no NaN or inf)")
        y = as_vector(y, "y")
        if y.size != X.shape[0]:
            raise ValueError(f"y must have one value per row of X ({X.shape[0]}), got {y.size}")
        center = np.linalg.lstsq(X, y, rcond=None)[0]
        return cls.create(center, X.T @ X / X.shape[0])

    @classmethod
    def from_gram(cls, gram: object, linear: object) -> QuadraticLoss:
        """The loss ``b^T G b - 2 q^T b`` (+ const) as ``(b - c)^T G (b - c)``, c = G^-1 q
        (G positive definite)."""
        G = as_matrix(gram, "gram", len(np.atleast_1d(linear)))
        return cls.create(np.linalg.solve(G, as_vector(linear, "linear")), G)

    @property
    def dim(self) -> int:
        """Number of coefficients n."""
        return self.center.size

    def value(self, beta: np.ndarray) -> np.ndarray | float:
        """f at ``beta`` (shape (n,)) or at each row of ``beta`` (shape (m, n))."""
        diff = np.asarray(beta, dtype=float) - self.center
        return np.einsum("...i,ij,...j->...", diff, self.matrix, diff)

    def gradient(self, beta: np.ndarray) -> np.ndarray:
        """``2 A (b - c)``."""
        return 2.0 * self.matrix @ (np.asarray(beta, dtype=float) - self.center)

    @cached_property
    def eigen(self) -> tuple[np.ndarray, np.ndarray]:
        """Eigenvalues (ascending, negatives from rounding set to 0) and eigenvectors of A."""
        values, vectors = np.linalg.eigh(self.matrix)
        return np.clip(values, 0.0, None), vectors

    @cached_property
    def null_space(self) -> np.ndarray:
        """Orthonormal basis (columns) of the null space of A: eigenvalues at rounding level,
        ``<= 1000 eps n d_max`` (a condition number of 1e12 is still definite)."""
        values, vectors = self.eigen
        return vectors[:, values <= NULL_RTOL * values[-1] * self.dim]

    @property
    def is_definite(self) -> bool:
        """True when A is positive definite, so f is strictly convex (unique optima)."""
        return self.null_space.shape[1] == 0
