"""How likely is a zero coefficient?  The random-loss experiment, in 2-D and n-D.

After T. Parr, "A visual explanation for regularization of linear models" (2020):
draw random quadratic losses ``a (b0 - x)^2 + b (b1 - y)^2 + c (b0 - x)(b1 - y)``, i.e.
centre (x, y) and ``A = [[a, c/2], [c/2, b]]``, with the centre ~ U[-10, 10]^2 redrawn
while it lies inside the ball of radius t = 2 (of the norm in question), and count the
optima that have a coefficient exactly 0.  Cases:

* ``general``: a, b ~ U[0, 10], c ~ U[-2, 2], redrawn unless 4ab > c^2 (A definite);
* ``symmetric``: a = b ~ U(0, 10], c = 0 (circular contours);
* ``orthogonal``: c = 0, one of a, b (each with probability 1/2) is 0.1, the other
  ~ U(0, 10] (axis-aligned, elongated contours).

n-D cases (centre ~ U[-10, 10]^n outside the ball): ``isotropic`` (A = I) and ``random``
(``A = M M^T / n + 0.01 I``, M standard normal).

Methods: ``exact`` (the batched exact solvers; a zero is an exact 0.0) or ``grid``
(Parr's original: the argmin of f over K equally spaced points of the 2-D sphere, which
contain the four axis points when 4 divides K).  The grid turns near-axis optima into
axis points, so it reports L2 "zeros" that the exact optimum does not have.

Fractions come with a 95 % Wilson score interval.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from mathcore.balls import boundary_points, norm_value
from mathcore.loss import QuadraticLoss
from mathcore.norms import L1_NORM, L2_NORM, norm_named
from mathcore.parameters import MAX_SAMPLES, check
from mathcore.planar_batch import solve_planar_batch
from mathcore.validation import as_radius

CASES_2D = ("general", "symmetric", "orthogonal")
CASES_ND = ("isotropic", "random")
CENTER_RANGE = 10.0
#: The general 2-D case's loss matrices ``[[a, e], [e, b]]``: a, b ~ U[0, DIAGONAL_RANGE],
#: e ~ U[-OFF_DIAGONAL_RANGE, OFF_DIAGONAL_RANGE], redrawn unless ab > e² (positive definite).
DIAGONAL_RANGE = 10.0
OFF_DIAGONAL_RANGE = 1.0
#: The random n-D case solves each loss on its own, about dim^3 operations: at most this
#: many samples x dim^3 (about 1.5 minutes on one core of a 2024 laptop).
MAX_RANDOM_WORK = 2e10
#: Problems handled per vectorised chunk (bounds memory for the grid method).
CHUNK = 100_000


@dataclass(frozen=True)
class CloudResult:
    """Share of optima with at least one zero, its 95 % interval, and the mean share of
    zero coefficients per optimum; plus the optima themselves when kept."""

    fraction_zero: float
    ci95: tuple[float, float]
    mean_zero_fraction: float
    samples: int
    seconds: float
    optima: np.ndarray | None = None
    #: 95 % interval of the mean share of zeros (normal approximation over the samples).
    mean_zero_ci95: tuple[float, float] = (0.0, 0.0)

    def as_dict(self) -> dict[str, object]:
        """JSON-ready, the keys ``normviz cloud`` prints."""
        return {
            "fraction_zero": self.fraction_zero,
            "ci95": [float(x) for x in self.ci95],
            "mean_zero_fraction": self.mean_zero_fraction,
            "mean_zero_ci95": [float(x) for x in self.mean_zero_ci95],
            "samples": self.samples,
            "seconds": self.seconds,
        }


def wilson_interval(successes: int, trials: int,
                    z: float = 1.959963984540054) -> tuple[float, float]:
    """95 % Wilson score interval of a binomial proportion."""
    if trials == 0:
        return (0.0, 1.0)
    p = successes / trials
    denominator = 1.0 + z**2 / trials
    middle = (p + z**2 / (2 * trials)) / denominator
    half = z * np.sqrt(p * (1 - p) / trials + z**2 / (4 * trials**2)) / denominator
    return (max(0.0, middle - half), min(1.0, middle + half))


def centers_outside(rng: np.random.Generator, count: int, dim: int, norm: str,
                     radius: float, in_rounds: bool = False) -> np.ndarray:
    """``count`` centres ~ U[-10, 10]^dim, each redrawn while inside the ball (with radius
    0: while it is the origin).

    ``in_rounds``: the redraws come in rounds of ``count`` candidates whatever the ball,
    centre k taking the k-th candidate of the first round that puts it outside, so that
    two balls drawn from the same generator state get the same centre k wherever the
    first one's lies outside the second one too (the L1 and L2 balls of one radius: the
    same centre unless it lies between the diamond and the circle).  Otherwise only the
    centres inside are redrawn (fewer draws; other balls, other centres)."""
    centers = rng.uniform(-CENTER_RANGE, CENTER_RANGE, (count, dim))
    inside = norm_value(centers, norm) <= radius
    while inside.any():
        drawn = count if in_rounds else int(inside.sum())
        candidates = rng.uniform(-CENTER_RANGE, CENTER_RANGE, (drawn, dim))
        centers[inside] = candidates[inside] if in_rounds else candidates
        inside = norm_value(centers, norm) <= radius
    return centers


def random_matrices(rng: np.random.Generator, count: int, case: str) -> np.ndarray:
    """``count`` 2x2 loss matrices ``[[a, c/2], [c/2, b]]`` of a 2-D case."""
    if case == "general":
        a, b = rng.uniform(0, DIAGONAL_RANGE, count), rng.uniform(0, DIAGONAL_RANGE, count)
        c = rng.uniform(-2 * OFF_DIAGONAL_RANGE, 2 * OFF_DIAGONAL_RANGE, count)
        bad = 4 * a * b <= c**2
        while bad.any():
            k = int(bad.sum())
            a[bad], b[bad] = rng.uniform(0, DIAGONAL_RANGE, k), rng.uniform(0, DIAGONAL_RANGE, k)
            c[bad] = rng.uniform(-2 * OFF_DIAGONAL_RANGE, 2 * OFF_DIAGONAL_RANGE, k)
            bad = 4 * a * b <= c**2
    elif case == "symmetric":
        a = 10.0 - rng.uniform(0, 10, count)  # U(0, 10]
        b, c = a, np.zeros(count)
    else:
        flat = np.where(rng.random(count) < 0.5, 0, 1)
        steep = 10.0 - rng.uniform(0, 10, count)
        a = np.where(flat == 0, 0.1, steep)
        b = np.where(flat == 1, 0.1, steep)
        c = np.zeros(count)
    matrices = np.empty((count, 2, 2))
    matrices[:, 0, 0], matrices[:, 1, 1] = a, b
    matrices[:, 0, 1] = matrices[:, 1, 0] = c / 2
    return matrices


def random_nd_matrices(rng: np.random.Generator, count: int, dim: int) -> np.ndarray:
    """``count`` loss matrices of the n-D ``random`` case, ``A = M M^T / n + 0.01 I`` with M
    an n x n standard normal matrix (positive definite): drawing them together reads the
    random stream as drawing them one by one does."""
    roots = rng.standard_normal((count, dim, dim))
    return roots @ roots.transpose(0, 2, 1) / dim + 0.01 * np.eye(dim)


def draw_problems(rng: np.random.Generator, count: int, case: str, norm: str,
                  radius: float) -> tuple[np.ndarray, np.ndarray]:
    """``count`` random 2-D losses of a case: the matrices, then centres outside the ball
    (``centers_outside``).  From one generator state the L1 and L2 draws of one radius
    are the same losses (the same matrices, and the same centres but where the L1 centre
    lies inside the circle): the cloud scene shows each loss on both balls."""
    matrices = random_matrices(rng, count, case)
    return centers_outside(rng, count, 2, norm, radius, in_rounds=True), matrices


def grid_optima(norm: str, centers: np.ndarray, matrices: np.ndarray, radius: float,
                points: int) -> np.ndarray:
    """Parr's method: the best of ``points`` boundary points for each problem."""
    boundary = boundary_points(norm, radius, points)  # (K, 2)
    diff = boundary[None, :, :] - centers[:, None, :]
    values = np.einsum("mki,mij,mkj->mk", diff, matrices, diff)
    return boundary[np.argmin(values, axis=1)]


def _summary(optima: np.ndarray, seconds: float, keep: bool) -> CloudResult:
    zeros = optima == 0.0
    any_zero = int(zeros.any(axis=1).sum())
    shares = zeros.mean(axis=1)
    half = 1.959963984540054 * float(shares.std(ddof=1)) / np.sqrt(len(shares)) \
        if len(shares) > 1 else np.inf
    return CloudResult(
        fraction_zero=any_zero / len(optima),
        ci95=wilson_interval(any_zero, len(optima)),
        mean_zero_fraction=float(zeros.mean()),
        samples=len(optima),
        seconds=seconds,
        optima=optima if keep else None,
        mean_zero_ci95=(max(float(shares.mean()) - half, 0.0),
                        min(float(shares.mean()) + half, 1.0)),
    )


def cloud_2d(norm: str, case: str, samples: int, seed: int = 0, method: str = "exact",
             boundary_count: int = 100, radius: float = 2.0, keep: bool = False) -> CloudResult:
    """The 2-D experiment (see the module docstring); ``keep`` returns the optima too."""
    norm, radius = norm_named(norm), as_radius(radius)
    samples, boundary_count, seed = _check_common(case, CASES_2D, samples, method,
                                                  boundary_count, seed)
    start = time.perf_counter()
    rng = np.random.default_rng(seed)
    optima = np.empty((samples, 2))
    for first in range(0, samples, CHUNK):
        count = min(CHUNK, samples - first)
        centers, matrices = draw_problems(rng, count, case, norm, radius)
        if method == "exact":
            chunk = solve_planar_batch(norm, centers, matrices, np.full(count, radius))
        else:
            chunk = grid_optima(norm, centers, matrices, radius, boundary_count)
        optima[first:first + count] = chunk
    return _summary(optima, time.perf_counter() - start, keep)


def l1_projection_batch(centers: np.ndarray, radius: float | np.ndarray) -> np.ndarray:
    """Euclidean projections onto the L1 ball (the L1 optimum when A = I), for each row:
    soft-thresholding ``sign(c) max(|c| - theta, 0)`` with theta from the sorted |c|
    (Duchi et al. 2008); coordinates below theta are exactly 0.  ``radius``: one for all
    rows, or one per row."""
    size = np.abs(centers)
    ordered = -np.sort(-size, axis=1)
    cumulative = np.cumsum(ordered, axis=1) - np.reshape(radius, (-1, 1))
    index = np.arange(1, centers.shape[1] + 1)
    count = (ordered - cumulative / index > 0).sum(axis=1)
    theta = np.maximum(cumulative[np.arange(len(centers)), count - 1] / count, 0.0)  # 0: inside
    return np.sign(centers) * np.maximum(size - theta[:, None], 0.0)


def cloud_nd(norm: str, case: str, samples: int, dim: int, seed: int = 0,
             radius: float = 2.0, relative_budget: float | None = None) -> CloudResult:
    """The n-D experiment: isotropic losses in closed form, random ones one by one.

    The budget is ``radius`` for every loss (centres redrawn while inside the ball), or,
    with ``relative_budget`` = kappa in (0, 1), ``t = kappa ||c||_p`` for each loss: the
    same share of what the loss's own minimum c would need, whatever n (``||c||`` grows
    with n, so a fixed t is an ever smaller budget as n grows).
    """
    norm, radius = norm_named(norm), as_radius(radius)
    samples, _, seed = _check_common(case, CASES_ND, samples, "exact", 4, seed)
    dim = check("dim", dim)
    if samples * dim > MAX_SAMPLES:
        raise ValueError(f"samples x dim must be at most {MAX_SAMPLES} (memory), "
                         f"got {samples * dim}")
    if case == "random" and samples * float(dim) ** 3 > MAX_RANDOM_WORK:
        raise ValueError(f"samples x dim^3 must be at most {MAX_RANDOM_WORK:.0e} for case "
                         "random (each loss is solved on its own, about dim^3 operations: "
                         f"about 1.5 minutes), got {samples * float(dim) ** 3:.1e}")
    start = time.perf_counter()
    rng = np.random.default_rng(seed)
    if relative_budget is None:
        centers = centers_outside(rng, samples, int(dim), norm, radius)
        radii = np.full(samples, radius)
    else:
        kappa = check("relative_budget", relative_budget)
        centers = centers_outside(rng, samples, int(dim), norm, 0.0)
        radii = kappa * norm_value(centers, norm)
    if case == "isotropic":
        optima = _PROJECTIONS[norm](centers, radii)
    else:
        optima = np.empty_like(centers)
        for k, center in enumerate(centers):
            (matrix,) = random_nd_matrices(rng, 1, int(dim))
            optima[k] = norm.solve_exact(QuadraticLoss.create(center, matrix), radii[k])
    return _summary(optima, time.perf_counter() - start, keep=False)


def symmetric_l1_zero_probability(radius: float = 2.0, half_width: float = CENTER_RANGE) -> float:
    """Closed form for the ``symmetric`` case with L1: the optimum is the Euclidean
    projection of the centre onto the diamond, which is a corner exactly when
    ``| |x| - |y| | >= t``.  For (|x|, |y|) uniform on [0, R]^2 outside ``u + v <= t``:
    ``P = (R - t)^2 / (R^2 - t^2 / 2)`` (t <= R), 32/49 for R = 10, t = 2."""
    return (half_width - radius) ** 2 / (half_width**2 - radius**2 / 2)


def _check_common(case: str, allowed: tuple[str, ...], samples: int, method: str,
                  boundary_count: int, seed: int) -> tuple[int, int, int]:
    """Validated (samples, boundary_count, seed)."""
    if case not in allowed:
        raise ValueError(f"case must be one of {', '.join(allowed)}, got {case!r}")
    if method not in ("exact", "grid"):
        raise ValueError(f"method must be exact or grid, got {method!r}")
    return (check("samples", samples), check("boundary_points", boundary_count),
            check("seed", seed))


def _l2_projection_batch(centers: np.ndarray, radii: np.ndarray) -> np.ndarray:
    """Euclidean projections onto the L2 ball of centres outside it: radial scaling."""
    return centers * (radii / norm_value(centers, L2_NORM))[:, None]


#: The optimum for A = I: the Euclidean projection onto the ball.
_PROJECTIONS = {L1_NORM: l1_projection_batch, L2_NORM: _l2_projection_batch}
