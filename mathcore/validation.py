"""Boundary checks for user-supplied numbers.

Every check raises ``ValueError`` with a one-line message that starts with the
parameter's name and states the allowed range, so that the CLI can print it as is.
Nothing here imports anything but numpy.
"""

from __future__ import annotations

import numpy as np

NORMS = ("l1", "l2")

#: Relative tolerance for symmetry and for calling an eigenvalue zero.
MATRIX_RTOL = 1e-10


def as_vector(value: object, name: str) -> np.ndarray:
    """Return ``value`` as a finite 1-D float array of length >= 1."""
    try:
        array = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a list of real numbers") from None
    if array.ndim != 1 or array.size == 0:
        raise ValueError(f"{name} must be a non-empty 1-D vector, got shape {array.shape}")
    if not np.all(np.isfinite(array)):
        raise ValueError(f"{name} must contain only finite numbers (no NaN or inf)")
    return array


def as_matrix(value: object, name: str, size: int) -> np.ndarray:
    """Return ``value`` as a finite, symmetric, positive semi-definite ``size x size`` array.

    A flat sequence of ``size**2`` numbers is read row-major.  The matrix must not be
    zero: a zero quadratic form is not a loss.
    """
    try:
        array = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a matrix of real numbers") from None
    if array.ndim == 1 and array.size == size * size:
        array = array.reshape(size, size)
    if array.shape != (size, size):
        raise ValueError(
            f"{name} must be {size}x{size} ({size * size} numbers, row-major) to match the "
            f"centre's dimension {size}, got shape {array.shape}"
        )
    if not np.all(np.isfinite(array)):
        raise ValueError(f"{name} must contain only finite numbers (no NaN or inf)")
    scale = float(np.max(np.abs(array)))
    if scale == 0.0:
        raise ValueError(f"{name} must not be zero (a zero quadratic form is not a loss)")
    if np.max(np.abs(array - array.T)) > MATRIX_RTOL * scale:
        raise ValueError(f"{name} must be symmetric (A == A^T)")
    array = (array + array.T) / 2.0
    smallest = float(np.linalg.eigvalsh(array)[0])
    if smallest < -MATRIX_RTOL * scale * size:
        raise ValueError(
            f"{name} must be positive semi-definite (smallest eigenvalue {smallest:.3g} < 0)"
        )
    return array


def as_radius(value: object, name: str = "radius") -> float:
    """Return ``value`` as a finite float > 0 (a normal float: at least 2.2e-308)."""
    try:
        radius = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a real number > 0") from None
    if not np.isfinite(radius) or radius < np.finfo(float).tiny:
        raise ValueError(f"{name} must be a finite number > 0 (at least 2.2e-308), got {radius}")
    return radius


def as_norm(value: object, name: str = "norm") -> str:
    """Return the norm's name, one of ``NORMS`` (``1``/``2`` and upper case accepted)."""
    text = str(value).strip().lower()
    if text in ("1", "2"):
        text = "l" + text
    if text not in NORMS:
        raise ValueError(f"{name} must be one of {', '.join(NORMS)}, got {value!r}")
    return text


def as_count(value: object, name: str, low: int, high: int) -> int:
    """An integer in [low, high] (an integral float such as 3.0 is accepted)."""
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        number = float("nan")
    if not np.isfinite(number) or number != int(number) or not low <= number <= high:
        raise ValueError(f"{name} must be an integer in [{low}, {high}], got {value}")
    return int(number)


def as_real(value: object, name: str) -> float:
    """A finite real number."""
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a real number, got {value!r}") from None
    if not np.isfinite(number):
        raise ValueError(f"{name} must be a finite number, got {value}")
    return number
