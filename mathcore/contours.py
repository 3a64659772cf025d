"""Level sets of the loss in 2-D, analytic: ``{b : (b - c)^T A (b - c) = L}`` is an ellipse.

With ``A = Q diag(d) Q^T`` (``eigh``, d > 0) the ellipse is
``b(theta) = c + Q diag(sqrt(L / d)) (cos theta, sin theta)``: semi-axes ``sqrt(L / d_i)``
along the eigenvectors.  Points for every level are one fixed unit shape scaled by
``sqrt(L)`` about c, which is what lets a scene shrink a contour by moving points in place.
The level at which the ellipse touches the ball is f(b*), ``ConstrainedSolution.loss``.
"""

from __future__ import annotations

import numpy as np

from mathcore.loss import QuadraticLoss


def _require_planar_definite(loss: QuadraticLoss) -> None:
    if loss.dim != 2 or not loss.is_definite:
        raise ValueError("matrix must be a positive definite 2x2 matrix to draw elliptic contours")


def unit_ellipse(loss: QuadraticLoss, count: int = 180) -> np.ndarray:
    """Offsets from c of the level-1 ellipse, shape (count, 2), counter-clockwise, open."""
    _require_planar_definite(loss)
    if int(count) < 8:
        raise ValueError(f"count must be an integer >= 8, got {count}")
    values, vectors = loss.eigen
    if np.linalg.det(vectors) < 0:  # a reflection would run the points clockwise
        vectors = vectors * np.array([1.0, -1.0])
    angle = np.linspace(0.0, 2.0 * np.pi, int(count), endpoint=False)
    circle = np.column_stack([np.cos(angle), np.sin(angle)])
    return (circle / np.sqrt(values)) @ vectors.T


def ellipse_points(loss: QuadraticLoss, level: float, count: int = 180) -> np.ndarray:
    """Points of the contour ``f(b) = level`` (level >= 0), shape (count, 2)."""
    if not np.isfinite(level) or level < 0.0:
        raise ValueError(f"level must be a finite number >= 0, got {level}")
    return loss.center + np.sqrt(level) * unit_ellipse(loss, count)


def ellipse_half_extent(loss: QuadraticLoss, level: float) -> np.ndarray:
    """Half-widths of the ellipse's bounding box: ``sqrt(L (A^{-1})_ii)``."""
    _require_planar_definite(loss)
    return np.sqrt(level * np.diag(np.linalg.inv(loss.matrix)))


def contour_shape(loss: QuadraticLoss) -> tuple[float, np.ndarray]:
    """Every contour's length over its width, ``sqrt(d_max / d_min)`` (the eigenvalues of
    A), and its long axis: the unit eigenvector of the smallest eigenvalue, the direction
    along which the loss rises slowest (first component >= 0)."""
    _require_planar_definite(loss)
    values, vectors = loss.eigen
    axis = vectors[:, 0]  # eigh: ascending eigenvalues
    return float(np.sqrt(values[-1] / values[0])), axis if axis[0] >= 0 else -axis


def contour_angle(loss: QuadraticLoss, point: np.ndarray, direction: np.ndarray) -> float:
    """Angle (radians, in [0, pi/2]) between the contour through ``point`` and ``direction``.

    The contour's tangent at b is perpendicular to the gradient 2A(b - c), so the angle
    is ``arcsin(|g . d| / (|g| |d|))`` with g = A(b - c) and d the direction (a line, so
    its sign does not matter).  At the centre c the contour is a point: ValueError.
    """
    _require_planar_definite(loss)
    normal = loss.matrix @ (np.asarray(point, dtype=float) - loss.center)
    direction = np.asarray(direction, dtype=float)
    size = np.linalg.norm(normal) * np.linalg.norm(direction)
    if size == 0.0:
        raise ValueError("point must differ from the centre and direction must be non-zero")
    return float(np.arcsin(min(abs(normal @ direction) / size, 1.0)))


def ellipsoid_point(
    loss: QuadraticLoss, level: float, azimuth: float, polar: float
) -> np.ndarray:
    """A point of the 3-D level set ``f(b) = level``: ``c + sqrt(level) Q diag(1/sqrt(d)) s``
    with s the unit vector at the given azimuth and polar angle (radians)."""
    if loss.dim != 3 or not loss.is_definite:
        raise ValueError("matrix must be a positive definite 3x3 matrix to draw an ellipsoid")
    values, vectors = loss.eigen
    unit = np.array([np.sin(polar) * np.cos(azimuth), np.sin(polar) * np.sin(azimuth),
                     np.cos(polar)])
    return loss.center + np.sqrt(max(level, 0.0)) * vectors @ (unit / np.sqrt(values))
