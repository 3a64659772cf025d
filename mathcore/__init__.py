"""normviz's math core: exact constrained optima of a quadratic loss over L1 / L2 balls.

Pure numpy/scipy (never imports manim).  Conventions: ``f(b) = (b - c)^T A (b - c)``;
constrained form ``min f(b) s.t. ||b||_p <= t``; every result carries a KKT certificate.
"""

from mathcore.balls import boundary_points, l1_vertices, norm_value
from mathcore.contours import (
    contour_angle,
    contour_shape,
    ellipse_half_extent,
    ellipse_points,
    unit_ellipse,
)
from mathcore.loss import QuadraticLoss
from mathcore.solution import FACES, ConstrainedSolution
from mathcore.solve import KKT_TOLERANCE, solve_constrained

__all__ = [
    "FACES",
    "KKT_TOLERANCE",
    "ConstrainedSolution",
    "QuadraticLoss",
    "boundary_points",
    "contour_angle",
    "contour_shape",
    "ellipse_half_extent",
    "ellipse_points",
    "l1_vertices",
    "norm_value",
    "solve_constrained",
    "unit_ellipse",
]
