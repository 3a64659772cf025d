"""Every scalar parameter a user can set, declared once: its type, its range, its meaning.

The table ``PARAMETERS`` drives mathcore's checks (``check``), the command line's flags
(``parse`` turns the flag's text into the value; the help text is ``meaning`` and
``allowed``) and the spec files' schema, as scikit-learn's ``validate_params`` does for its
estimators.  A bad value gets one line naming the parameter and the allowed values.

Types are strict where the value is already typed (Python, TOML, JSON): a boolean is not
a number (``True`` is not the integer 1), text is not a number (``"2"`` is not 2), and an
integer parameter accepts an integral float (``3.0``) but not ``3.5``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

#: The most losses one experiment draws (about 1 GB of optima and centres in 2-D).
MAX_SAMPLES = 50_000_000
#: The largest dimension of the n-D experiments.
MAX_DIMENSION = 1000
#: The most boundary points of the grid method.
MAX_BOUNDARY_POINTS = 100_000
#: The samples of the minibatch-stability data set, and the most minibatches.
STABILITY_SAMPLES = 20_000
MAX_BATCHES = 200_000
MAX_SEED = 2**63 - 1
MAX_WORKERS = 64
#: The largest |correlation| of the stability data (0.99999 still solves to rounding).
MAX_CORRELATION = 0.9999
#: The smallest relative budget (below it the optima underflow towards 0).
SMALLEST_SHARE = 1e-6
#: The smallest normal float: a radius below it loses precision.
SMALLEST_RADIUS = 2.2250738585072014e-308


@dataclass(frozen=True)
class Parameter:
    """One scalar parameter: ``kind`` is ``real``, ``integer`` or ``choice``; ``low`` /
    ``high`` bound it (excluded when ``open_low`` / ``open_high``)."""

    name: str
    kind: str
    meaning: str
    low: float | None = None
    high: float | None = None
    open_low: bool = False
    open_high: bool = False
    choices: tuple[str, ...] = ()

    @property
    def flag(self) -> str:
        """The command-line spelling, ``--batch-size`` for ``batch_size``."""
        return "--" + self.name.replace("_", "-")

    def allowed(self) -> str:
        """The allowed values in words: ``an integer in [1, 20000]``, ``one of l1, l2``."""
        if self.kind == "choice":
            return f"one of {', '.join(self.choices)}"
        noun = "an integer" if self.kind == "integer" else "a real number"
        if self.low is None and self.high is None:
            return f"{noun} (finite)"
        if self.high is None:
            return f"{noun} {'>' if self.open_low else '>='} {_number(self.low)}"
        if self.low is None:
            return f"{noun} {'<' if self.open_high else '<='} {_number(self.high)}"
        return (f"{noun} in {'(' if self.open_low else '['}{_number(self.low)}, "
                f"{_number(self.high)}{')' if self.open_high else ']'}")

    def describe(self) -> str:
        """``meaning``: ``allowed``, for help texts and ``normviz list``."""
        return f"{self.meaning}; {self.allowed()}"

    def check(self, value: object, label: str | None = None) -> float | int | str:
        """``value`` as this parameter's type when it is allowed; otherwise a one-line
        ``ValueError`` that starts with ``label`` (default: the name)."""
        label = label or self.name
        error = ValueError(f"{label} must be {self.allowed()}, got {value!r}")
        if self.kind == "choice":
            if not isinstance(value, str) or value not in self.choices:
                raise error
            return value
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise error
        try:
            number = float(value)
        except OverflowError:  # an integer beyond the float range
            raise error from None
        if not math.isfinite(number) or not self._in_range(number):
            raise error
        if self.kind == "integer":
            if number != math.floor(number):
                raise error
            return int(value) if isinstance(value, int) else int(number)
        return number

    def parse(self, text: str, label: str | None = None) -> float | int | str:
        """The value written as ``text`` (a flag's argument), checked."""
        label = label or self.flag
        stripped = text.strip()
        if self.kind == "choice":
            value: object = stripped.lower()
        else:
            try:
                value = int(stripped) if self.kind == "integer" and _is_integer_text(
                    stripped) else float(stripped)
            except ValueError:
                value = None
        try:
            return self.check(value, label)
        except ValueError:
            raise ValueError(f"{label} must be {self.allowed()}, got {text!r}"[:300]) from None

    def _in_range(self, number: float) -> bool:
        if self.low is not None and (number < self.low or (self.open_low and number == self.low)):
            return False
        return self.high is None or not (
            number > self.high or (self.open_high and number == self.high))


def _is_integer_text(text: str) -> bool:
    return text.lstrip("+-").isdigit()


def _number(value: float) -> str:
    """``20000``, ``0.5``, ``2.2e-308``, ``2^63 - 1``: short and exact enough to act on."""
    if value == MAX_SEED:
        return "2^63 - 1"
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.3g}"


_TABLE = (
    Parameter("norm", "choice", "the ball: l1 (the diamond) or l2 (the circle)",
              choices=("l1", "l2")),
    Parameter("radius", "real", "t, the ball's radius", low=SMALLEST_RADIUS),
    Parameter("rho", "real", "correlation of the two features (closer to +-1 the least "
              "squares are singular to rounding)", low=-MAX_CORRELATION, high=MAX_CORRELATION),
    Parameter("l1_ratio", "real", "elastic-net mixing rho: 1 is the lasso, 0 ridge",
              low=0.0, high=1.0),
    Parameter("batch_size", "integer", "B, samples per minibatch (at most half the data, so "
              "that minibatches differ)", low=1, high=STABILITY_SAMPLES // 2),
    Parameter("batches", "integer", "K, the number of minibatches", low=2, high=MAX_BATCHES),
    Parameter("samples", "integer", "the number of random losses", low=1, high=MAX_SAMPLES),
    Parameter("dim", "integer", "n, the number of coefficients", low=1, high=MAX_DIMENSION),
    Parameter("seed", "integer", "seed of numpy's random generator: the same seed draws the "
              "same data and gives the same numbers", low=0, high=MAX_SEED),
    Parameter("relative_budget", "real", "t as a share of each loss's ||c||_p (n-D cases)",
              low=SMALLEST_SHARE, high=1.0, open_high=True),
    Parameter("boundary_points", "integer", "K, points of the sphere for the grid method",
              low=4, high=MAX_BOUNDARY_POINTS),
    Parameter("workers", "integer", "parallel worker processes", low=1, high=MAX_WORKERS),
)

#: Every scalar parameter by name.
PARAMETERS: dict[str, Parameter] = {parameter.name: parameter for parameter in _TABLE}


def check(name: str, value: object, label: str | None = None) -> float | int | str:
    """``PARAMETERS[name].check(value, label)``."""
    return PARAMETERS[name].check(value, label)
