"""L1 and L2 balls ``{b : ||b||_p <= t}`` in any dimension, and their 2-D outlines: the
functional shorthand of ``mathcore.norms`` for the two norms known by name.

Conventions: ``norm`` is a ``Norm`` or its name (``"l1"``, ``"l2"``); ``t > 0`` is the
radius (the constraint budget); points are rows.  The L1 ball (cross-polytope) has the
2n vertices ``+-t e_i``, all on the coordinate axes; the L2 ball is round and has none.
"""

from __future__ import annotations

import numpy as np

from mathcore.norms import norm_named, vertices
from mathcore.validation import as_radius


def norm_value(beta: np.ndarray, norm: object) -> np.ndarray | float:
    """``||b||_1`` or ``||b||_2`` of a vector, or of each row of a 2-D array."""
    return norm_named(norm).value(beta)


def l1_vertices(radius: float, dim: int) -> np.ndarray:
    """The 2n vertices ``+t e_0, -t e_0, +t e_1, ...`` of the L1 ball, shape (2n, n)."""
    return vertices(as_radius(radius), dim)


def boundary_points(norm: object, radius: float, count: int = 400) -> np.ndarray:
    """``count`` points on the 2-D sphere ``||b||_p = t``, counter-clockwise from (t, 0),
    equally spaced in arc length; with 4 | count the four axis points are among them
    exactly."""
    if int(count) < 4:
        raise ValueError(f"count must be an integer >= 4, got {count}")
    return norm_named(norm).outline(as_radius(radius), int(count))


def radial_point(norm: object, radius: float, angle: float) -> np.ndarray:
    """The point of the 2-D sphere ``||b||_p = t`` in the direction of ``angle`` (radians
    from the b1 axis): ``t u / ||u||_p`` with ``u = (cos angle, sin angle)``."""
    direction = np.array([np.cos(angle), np.sin(angle)])
    return as_radius(radius) * direction / float(norm_named(norm).value(direction))
