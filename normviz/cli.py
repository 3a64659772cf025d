"""normviz: Manim explainers of why an L1 penalty gives sparse solutions and an L2 penalty
small, spread-out ones, and the exact mathematics behind them.

Subcommands:
    solve   exact constrained optimum of ``min (b-c)^T A (b-c) s.t. ||b||_p <= t`` as JSON.
    path    lasso / ridge / elastic-net coefficient path of a data set.
    cloud   how often random losses give an optimum with a zero coefficient.
    stability  how far minibatch lasso / ridge solutions fall from the full-data ones.
    render, lesson, list, embed, gallery, slides   the video generator (normviz.commands).
    explore  the interactive explorer: one self-contained HTML page (normviz.explore).

Errors in the input are reported as one line ``normviz: error: <parameter> ...`` on
stderr with exit code 2; nothing is written to stdout then.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import re
import sys
from collections.abc import Sequence

import numpy as np

from mathcore import QuadraticLoss, solve_constrained
from mathcore.cloud import CASES_2D, CASES_ND, cloud_2d, cloud_nd
from mathcore.datasets import load
from mathcore.parameters import PARAMETERS
from mathcore.paths import enet_path, lasso_path, ridge_path
from mathcore.preprocessing import standardize
from mathcore.stability import minibatch_stability
from normviz.commands import add_commands
from normviz.options import EXIT_USAGE, OneLineParser, add_parameter, parse_numbers
from normviz.outputs import one_line

#: Options whose value may start with a minus sign, e.g. ``--center -3,1``.
_NUMERIC_OPTIONS = ("--center", "--matrix", "--radius", "--rho", "--l1-ratio", "--seed", "--lam",
                    "--p")
_NEGATIVE_VALUE = re.compile(r"^-(?:[\d.]|inf|nan)", re.IGNORECASE)


#: mathcore's names of the parameters a subcommand passes on (for ``as_option_error``).
_MATHCORE_NAMES = (*PARAMETERS, "center", "matrix", "data", "target")


def as_option_error(error: ValueError, fallback: str = "") -> ValueError:
    """mathcore names a parameter ``batch_size``; on the command line it is ``--batch-size``.
    A message that names no parameter is prefixed with ``fallback`` (the options used)."""
    message = str(error)
    name, _, rest = message.partition(" ")
    if name in _MATHCORE_NAMES:
        return ValueError(f"--{name.replace('_', '-')} {rest}")
    return ValueError(f"{fallback}: {message}" if fallback else message)


def emit(summary: dict, as_json: bool, sentence: str) -> int:
    """Print the result as one JSON object or as one sentence; exit code 0."""
    print(json.dumps(summary) if as_json else sentence)
    return 0


def _solve(args: argparse.Namespace) -> int:
    norm, radius = args.norm, args.radius
    center = parse_numbers(args.center, "--center")
    matrix = parse_numbers(args.matrix, "--matrix")
    try:
        loss = QuadraticLoss.create(center, matrix)
    except ValueError as error:
        raise as_option_error(error) from None
    try:
        with np.errstate(all="ignore"):  # an overflow is reported below, not warned
            solution = solve_constrained(loss, norm, radius)
    except (RuntimeError, OverflowError, ArithmeticError) as error:
        raise ValueError("--center, --matrix and --radius: no certified optimum at these "
                         f"scales ({one_line(error, 120)})") from None
    summary = solution.as_dict()
    if not np.all(np.isfinite([summary["loss"], summary["multiplier"], *summary["beta"]])):
        raise ValueError("--center, --matrix and --radius are too large: the loss overflows")
    print(json.dumps(summary))
    return 0


def _path(args: argparse.Namespace) -> int:
    if args.l1_ratio is not None and args.method != "enet":
        raise ValueError("--l1-ratio applies only to --method enet")
    if args.target is not None and args.data == "diabetes":
        raise ValueError("--target applies only to a CSV file (diabetes has its own target)")
    try:
        data = load(args.data, args.target)
    except ValueError as error:
        raise as_option_error(error) from None
    X = standardize(data.X) if args.standardize else data.X
    try:
        with np.errstate(all="raise"):  # an overflow is an error naming the data, not a warning
            if args.method == "lasso":
                path = lasso_path(X, data.y)
            elif args.method == "ridge":
                path = ridge_path(X, data.y)
            else:
                path = enet_path(X, data.y, 0.5 if args.l1_ratio is None else args.l1_ratio)
    except (ValueError, ArithmeticError) as error:
        raise as_option_error(error, f"--data {args.data}") from None
    result = path.as_dict(data.features)
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"{args.method} path of {data.target} on {len(data.features)} features, "
          f"{len(path.alphas)} alphas from {path.alphas[0]:.6g} to {path.alphas[-1]:.6g}")
    for event in result["events"]:
        print(f"  alpha {event['alpha']:12.6g}  {event['action']:5}  {event['feature']}")
    return 0


def _cloud(args: argparse.Namespace) -> int:
    norm = args.norm
    high_dimensional = args.case in CASES_ND
    if high_dimensional and (args.method != "exact" or args.boundary_points is not None):
        raise ValueError("--method grid and --boundary-points apply only to the 2-D cases")
    if high_dimensional and args.dim is None:
        raise ValueError(f"--dim is required for --case {args.case} (an integer >= 1)")
    if not high_dimensional and args.dim not in (None, 2):
        raise ValueError(f"--dim must be 2 for --case {args.case} (use isotropic or random)")
    if args.method == "exact" and args.boundary_points is not None:
        raise ValueError("--boundary-points applies only to --method grid")
    if not high_dimensional and args.relative_budget is not None:
        raise ValueError("--relative-budget applies only to the n-D cases (isotropic, random)")
    count = 100 if args.boundary_points is None else args.boundary_points
    try:
        if high_dimensional:
            result = cloud_nd(norm, args.case, args.samples, args.dim, args.seed,
                              relative_budget=args.relative_budget)
        else:
            result = cloud_2d(norm, args.case, args.samples, args.seed, args.method, count)
    except ValueError as error:
        raise as_option_error(error) from None
    summary = result.as_dict()
    low, high = summary["ci95"]
    return emit(summary, args.json,
                f"{summary['fraction_zero']:.4f} of {summary['samples']} optima have a zero "
                f"coefficient (95% CI {low:.4f} to {high:.4f}); mean share of zeros "
                f"{summary['mean_zero_fraction']:.4f}; {summary['seconds']:.2f} s")


def _stability(args: argparse.Namespace) -> int:
    try:
        result = minibatch_stability(args.rho, args.batch_size, args.batches, args.seed)
    except ValueError as error:
        raise as_option_error(error, "--rho, --batch-size, --batches") from None
    summary = result.as_dict()
    low, high = summary["ratio_ci95"]
    supports = ", ".join(f"{{{k}}} {v:.1%}" for k, v in summary["lasso_supports"].items())
    return emit(summary, args.json,
                f"rho {args.rho}: mean distance to the full-data solution, lasso "
                f"{summary['mean_dev_l1']:.4f}, ridge {summary['mean_dev_l2']:.4f}; ratio "
                f"{summary['ratio']:.2f} (95% CI {low:.2f} to {high:.2f}); lasso supports "
                f"{supports}; support differs from the full data's in "
                f"{summary['support_differs']:.1%} of batches")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``normviz`` command."""
    parser = OneLineParser(prog="normviz", description=" ".join(__doc__.split("\n\n")[0].split()))
    parser.add_argument("--version", action="version",
                        version=f"normviz {importlib.metadata.version('normviz')}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=OneLineParser)
    solve = commands.add_parser(
        "solve",
        help="exact constrained optimum as JSON",
        description="Minimise (b-c)^T A (b-c) subject to ||b||_p <= t and print one JSON "
        "object: beta, loss, multiplier, face, zeros, unique, kkt_residual.",
    )
    add_parameter(solve, "norm", required=True)
    add_parameter(solve, "radius", required=True)
    solve.add_argument("--center", required=True, help="c, comma-separated, e.g. 3,1")
    solve.add_argument(
        "--matrix", required=True,
        help="A, n*n numbers row-major, symmetric positive semi-definite, e.g. 2,0.5,0.5,1"
    )
    solve.set_defaults(handler=_solve)
    path = commands.add_parser(
        "path",
        help="coefficient path of lasso, ridge or elastic net on a data set",
        description="Regularisation path on centred data, scaled as scikit-learn: lasso "
        "(exact knots), ridge or elastic net (grids). With --json: one object with "
        "features, alphas, coefs, events.",
    )
    path.add_argument("--data", required=True, help="diabetes, or a CSV file with a header")
    path.add_argument("--target", help="the response column of a CSV file")
    path.add_argument("--method", required=True, choices=["lasso", "ridge", "enet"])
    add_parameter(path, "l1_ratio", meaning="elastic-net mixing rho (--method enet; 0.5 "
                  "when not given): 1 is the lasso, 0 ridge")
    path.add_argument("--standardize", action="store_true",
                      help="divide each feature by its population standard deviation")
    path.add_argument("--json", action="store_true", help="print one JSON object")
    path.set_defaults(handler=_path)
    cloud = commands.add_parser(
        "cloud",
        help="share of random losses whose constrained optimum has a zero coefficient",
        description="The random-loss experiment (after T. Parr): losses with random shape "
        "and centre outside the ball of radius 2; with --json one object with fraction_zero, "
        "ci95, mean_zero_fraction, mean_zero_ci95, samples, seconds.",
    )
    add_parameter(cloud, "norm", required=True)
    cloud.add_argument("--case", required=True, choices=[*CASES_2D, *CASES_ND])
    add_parameter(cloud, "samples", default=100_000)
    add_parameter(cloud, "seed", default=0)
    add_parameter(cloud, "dim", meaning="n, the dimension of the isotropic and random cases")
    cloud.add_argument("--method", choices=["exact", "grid"], default="exact")
    add_parameter(cloud, "relative_budget", meaning="n-D cases: t = this share of each "
                  "loss's ||c||_p instead of t = 2")
    add_parameter(cloud, "boundary_points",
                  meaning="K, points of the sphere for --method grid (default 100)")
    cloud.add_argument("--json", action="store_true", help="print one JSON object")
    cloud.set_defaults(handler=_cloud)
    stability = commands.add_parser(
        "stability",
        help="minibatch lasso vs ridge: distance of the solutions to the full-data ones",
        description="Two features with correlation rho, y = x1 + x2 + noise, n = 20000; "
        "lasso and ridge with half the least-squares norm; K minibatches of size B. With "
        "--json one object with mean_dev_l1, mean_dev_l2, ratio, ratio_ci95, lasso_supports, "
        "support_differs.",
    )
    add_parameter(stability, "rho", default=0.9)
    add_parameter(stability, "batch_size", default=100)
    add_parameter(stability, "batches", default=400)
    add_parameter(stability, "seed", default=0)
    stability.add_argument("--json", action="store_true", help="print one JSON object")
    stability.set_defaults(handler=_stability)
    add_commands(commands)
    return parser


def _join_negative_values(argv: Sequence[str]) -> list[str]:
    """``["--center", "-3,1"]`` -> ``["--center=-3,1"]`` so argparse does not read an option."""
    joined: list[str] = []
    for token in argv:
        if joined and joined[-1] in _NUMERIC_OPTIONS and _NEGATIVE_VALUE.match(token):
            joined[-1] = f"{joined[-1]}={token}"
        else:
            joined.append(token)
    return joined


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit code."""
    argv = sys.argv[1:] if argv is None else argv
    try:
        args = build_parser().parse_args(_join_negative_values(argv))
    except SystemExit as stop:  # a usage error (one line printed), --help or --version
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    try:
        return args.handler(args)
    except ValueError as error:
        sys.stderr.write(f"normviz: error: {one_line(error)}\n")
        return EXIT_USAGE
    except OSError as error:  # a path that cannot be used: named, with the system's reason
        where = error.filename if error.filename is not None else "a file"
        sys.stderr.write(f"normviz: error: {one_line(f'{where}: {error.strerror}')}\n")
        return EXIT_USAGE
    except MemoryError:
        sys.stderr.write("normviz: error: not enough memory: ask for fewer samples or batches\n")
        return EXIT_USAGE


if __name__ == "__main__":
    raise SystemExit(main())
