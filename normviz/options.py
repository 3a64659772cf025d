"""Command-line options made from mathcore's parameter table, and one-line usage errors.

``add_parameter(parser, "batch_size")`` adds ``--batch-size`` with the table's type check
and its meaning and allowed values as help; a bad value stops argparse with
``normviz: error: --batch-size must be an integer in [1, 10000], got '0'`` (exit 2).
"""

from __future__ import annotations

import argparse
import re
import sys

from mathcore.parameters import PARAMETERS, Parameter
from normviz.outputs import one_line

EXIT_USAGE = 2
_ARGUMENT_PREFIX = re.compile(r"^argument (\S+?)(?:/\S+)?: ")


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (no usage dump) with exit code 2, and it
    starts with the option's name: ``--rho must be ...``."""

    def error(self, message: str) -> None:  # type: ignore[override]
        message = " ".join(message.split())
        prefix = _ARGUMENT_PREFIX.match(message)
        if prefix:
            rest = message[prefix.end():]
            message = rest if rest.startswith(prefix.group(1)) else f"{prefix.group(1)} {rest}"
        sys.stderr.write(f"normviz: error: {one_line(message)}\n")
        raise SystemExit(EXIT_USAGE)


def _typed(parameter: Parameter):
    """argparse's ``type``: the flag's text checked by the table."""
    def convert(text: str) -> object:
        try:
            return parameter.parse(text)
        except ValueError as error:
            raise argparse.ArgumentTypeError(str(error).strip()) from None
    convert.__name__ = parameter.name
    return convert


def add_parameter(parser: argparse.ArgumentParser, name: str, *, required: bool = False,
                  default: object = None, meaning: str | None = None) -> None:
    """Add the table's parameter ``name`` as ``--name-with-dashes``."""
    parameter = PARAMETERS[name]
    help_text = f"{meaning or parameter.meaning}; {parameter.allowed()}"
    if default is not None:
        help_text += f" (default {default})"
    parser.add_argument(parameter.flag, type=_typed(parameter), required=required,
                        default=default, help=help_text.replace("%", "%%"))


def parse_numbers(text: str, name: str) -> list[float]:
    """``"3,1"``, ``"3, 1"`` or ``"3 1"`` -> ``[3.0, 1.0]``; a bad or empty entry (``"1,,2"``,
    ``"1,"``) names the option."""
    items = [item.strip() for item in text.split(",")] if "," in text else text.split()
    if "" in items:
        raise ValueError(f"{name} must be comma-separated numbers with no empty entry, "
                         f"got {text!r}")
    try:
        if items:
            return [float(item) for item in items]
    except ValueError:
        pass
    raise ValueError(f"{name} must be comma-separated numbers, got {text!r}"[:300])
