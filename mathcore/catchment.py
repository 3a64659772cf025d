"""Where the loss's centre must lie for the L1 optimum to sit on a given corner or edge.

Problem: ``min (b - c)^T A (b - c) s.t. ||b||_1 <= t`` in 2-D, A positive definite.  By
the KKT conditions, b is the optimum exactly when ``2 A (c - b) = mu s`` for some mu >= 0
and s in the normal cone of the ball at b, i.e. when

    c  in  b + A^{-1} N(b),

N(b) the normal cone of the diamond at b.  So, for a fixed loss shape A:

* the centres whose optimum is the corner v form the cone ``v + A^{-1} N(v)``, with N(v)
  spanned by the normals of the two edges meeting at v (for v = (t, 0): (1, 1) and
  (1, -1)).  With A = I these are the quarter-planes between the two edge normals at
  each tip; a tilted A skews them.  Every centre in them gives an optimum with an exact 0.
* the centres whose optimum lies inside the edge from v to w form the strip
  ``{b + lam A^{-1} n : b on the open edge, lam > 0}``, n the edge's outer normal.
* the ball itself holds the centres that are their own optimum.

These nine pieces tile the plane.  Each is returned as a convex polygon clipped to a
box (the view), so that its area, and the share of a box's centres that land on a corner,
are exact.  (After T. Parr, "A visual explanation for regularization of linear models",
which plots where random losses' unconstrained minima fall and finds the zones beyond the
diamond's tips that catch them.)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from mathcore.loss import QuadraticLoss
from mathcore.norms import DIAMOND
from mathcore.validation import as_radius


@dataclass(frozen=True)
class Region:
    """The centres whose L1 optimum lies on ``face``: ``"corner"`` (then ``index`` is the
    corner k, ``point`` the corner), ``"edge"`` (from corner k to corner k + 1) or
    ``"ball"``; ``polygon`` is its part of the box, counter-clockwise, shape (m, 2)."""

    face: str
    index: int
    polygon: np.ndarray

    @property
    def area(self) -> float:
        return polygon_area(self.polygon)

    def contains(self, point: np.ndarray) -> bool:
        """Whether ``point`` lies in the (closed) polygon."""
        return contains(self.polygon, point)


def catchment_regions(matrix: object, radius: float, box: tuple[float, float, float, float]
                      ) -> list[Region]:
    """The 4 corner cones, the 4 edge strips and the ball, each clipped to ``box`` =
    (xmin, xmax, ymin, ymax).  A must be positive definite (a singular A has optima that
    are not unique, see ``certificate``).  Each region is the box cut by the half-planes
    that bound it, so cones of any opening (a stiff A makes them nearly half-planes) are
    exact."""
    t = as_radius(radius)
    loss = QuadraticLoss.create([0.0, 0.0], matrix)
    if loss.dim != 2 or not loss.is_definite:
        raise ValueError("matrix must be a positive definite 2x2 matrix for catchment regions")
    inverse = np.linalg.inv(loss.matrix)
    xmin, xmax, ymin, ymax = box
    square = np.array([[xmin, ymin], [xmax, ymin], [xmax, ymax], [xmin, ymax]], dtype=float)
    corners = t * DIAMOND
    normals = edge_normals()
    regions = []
    for k in range(4):
        v = corners[k]
        first, second = inverse @ normals[k - 1], inverse @ normals[k]
        if _cross(first, second) < 0:
            first, second = second, first
        # v + a first + b second, a, b >= 0: left of ``first``, right of ``second``
        cone = _cut(_cut(square, v, _left_normal(first)), v, -_left_normal(second))
        regions.append(Region("corner", k, cone))
    for k in range(4):
        v, w = corners[k], corners[(k + 1) % 4]
        direction = inverse @ normals[k]
        side = np.sign(_cross(direction, w - v)) * _left_normal(direction)
        strip = _cut(square, v, normals[k])  # beyond the edge's line
        strip = _cut(_cut(strip, v, side), w, -side)  # between the rays from v and w
        regions.append(Region("edge", k, strip))
    ball = square
    for k in range(4):
        ball = _cut(ball, corners[k], -normals[k])
    regions.append(Region("ball", -1, ball))
    return regions


def _cross(a: np.ndarray, b: np.ndarray) -> float:
    return float(a[0] * b[1] - a[1] * b[0])


def _left_normal(direction: np.ndarray) -> np.ndarray:
    """The normal on the left of ``direction`` (``cross(direction, x) >= 0`` side)."""
    return np.array([-direction[1], direction[0]])


def _cut(polygon: np.ndarray, point: np.ndarray, normal: np.ndarray) -> np.ndarray:
    """The convex polygon's part where ``normal . (x - point) >= 0``."""
    if len(polygon) == 0:
        return polygon
    values = (polygon - point) @ normal
    kept = []
    for k in range(len(polygon)):
        a, b = polygon[k], polygon[(k + 1) % len(polygon)]
        va, vb = values[k], values[(k + 1) % len(polygon)]
        if va >= 0:
            kept.append(a)
        if (va >= 0) != (vb >= 0):
            kept.append(a + va / (va - vb) * (b - a))
    return np.array(kept).reshape(-1, 2)


def edge_normals() -> np.ndarray:
    """Outer normals of the diamond's edges, edge k from corner k to corner k + 1."""
    return np.array([[1.0, 1.0], [-1.0, 1.0], [-1.0, -1.0], [1.0, -1.0]])


def corner_share(matrix: object, radius: float, half_width: float) -> float:
    """Exact share of centres uniform on the square [-R, R]^2, outside the ball, whose L1
    optimum is a corner (an exact zero)."""
    box = (-half_width, half_width, -half_width, half_width)
    regions = catchment_regions(matrix, radius, box)
    corners = sum(region.area for region in regions if region.face == "corner")
    outside = (2 * half_width) ** 2 - sum(r.area for r in regions if r.face == "ball")
    return corners / outside


def polygon_area(polygon: np.ndarray) -> float:
    """Shoelace area of a simple polygon (0 for fewer than three points)."""
    if len(polygon) < 3:
        return 0.0
    x, y = polygon[:, 0], polygon[:, 1]
    return 0.5 * abs(float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))))


def contains(polygon: np.ndarray, point: np.ndarray, slack: float = 1e-12) -> bool:
    """Whether ``point`` lies in the convex counter-clockwise ``polygon`` (edges included,
    to ``slack`` relative to the polygon's size)."""
    if len(polygon) < 3:
        return False
    size = float(np.abs(polygon).max()) + 1.0
    edges = np.roll(polygon, -1, axis=0) - polygon
    offsets = np.asarray(point, dtype=float) - polygon
    cross = edges[:, 0] * offsets[:, 1] - edges[:, 1] * offsets[:, 0]
    return bool(np.all(cross >= -slack * size * np.linalg.norm(edges, axis=1)))


def l2_zero_rays(matrix: object, radius: float, box: tuple[float, float, float, float]
                 ) -> np.ndarray:
    """The only centres whose L2 optimum has a zero: four rays, clipped to ``box``.

    The normal cone of the disc at a boundary point b is the ray {lam b}, so the centres
    whose optimum is the axis point b = t e_k are ``b + lam A^{-1} b``, lam >= 0: one ray
    from each of the four axis points (the axes themselves when A = I), a set of area 0.
    Returns shape (4, 2, 2): for each axis point, its start (the axis point) and where the
    ray leaves the box (the start itself when the axis point is outside the box).
    """
    t = as_radius(radius)
    loss = QuadraticLoss.create([0.0, 0.0], matrix)
    if loss.dim != 2 or not loss.is_definite:
        raise ValueError("matrix must be a positive definite 2x2 matrix for the L2 rays")
    inverse = np.linalg.inv(loss.matrix)
    low, high = np.array([box[0], box[2]]), np.array([box[1], box[3]])
    rays = []
    for start in t * DIAMOND:
        direction = inverse @ start
        if np.any(start < low) or np.any(start > high):
            rays.append([start, start])
            continue
        with np.errstate(divide="ignore", invalid="ignore"):
            exits = np.where(direction > 0, (high - start) / direction,
                             np.where(direction < 0, (low - start) / direction, np.inf))
        rays.append([start, start + float(exits.min()) * direction])
    return np.array(rays)
