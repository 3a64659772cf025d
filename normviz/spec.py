"""Render specs: which scene, with which numbers, in which language, quality and formats.

A spec comes from command-line flags or from a TOML file (data only: ``tomllib`` parses
it, nothing in it is executed).  A TOML file holds one or many explainers::

    [defaults]              # optional, applies to every explainer below
    lang = "zh"             # en | zh
    quality = "l"           # l | m | h | p | k  (480p15 ... 2160p60, as manim's -q)
    format = ["mp4", "webm"]  # any of mp4, webm, gif, png

    [[explainer]]
    name = "steep-l1"       # optional; [a-z0-9][a-z0-9_-]*, the output folder's name
    scene = "l1"            # see ``normviz list``
    center = [3, 1]
    matrix = [[2, 0.5], [0.5, 1]]
    radius = 2

    [[explainer]]
    scene = "ridge_vs_lasso"
    data = "mine.csv"       # a CSV file with a header; a relative path is read from the
    target = "price"        # spec file's folder; target names its response column

Everything is validated before anything renders; an error is one line naming the file,
the explainer and the field, and the allowed values.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from mathcore import QuadraticLoss, solve_constrained
from mathcore.datasets import load
from mathcore.paths import lasso_path, ridge_zero_crossings
from mathcore.preprocessing import standardize
from mathcore.validation import as_norm_name, as_radius, as_vector
from normviz.catalog import LESSON, SCENES, scene_entry
from normviz.outputs import LANGS, check_name, one_line
from scenes.theme import FEATURE_PALETTE

#: normviz quality letter -> manim's quality name (``-ql`` ... ``-qk``).
QUALITIES = {"l": "low_quality", "m": "medium_quality", "h": "high_quality",
             "p": "production_quality", "k": "fourk_quality"}
FORMATS = ("mp4", "webm", "gif", "png")
_SETTINGS = ("name", "scene", "lang", "quality", "format")
_PARAMETERS = ("center", "matrix", "radius", "norm", "data", "target")
#: Features a coefficient plot tells apart: one colour each.
MAX_FEATURES = len(FEATURE_PALETTE)


class SpecError(ValueError):
    """A spec that cannot be rendered; the message is one line."""


@dataclass(frozen=True)
class RenderSpec:
    """One explainer to render.  ``parameters`` are the scene's class attributes to set."""

    name: str
    scene: str
    lang: str = "en"
    quality: str = "l"
    formats: tuple[str, ...] = ("mp4",)
    parameters: dict[str, object] = field(default_factory=dict)
    sections: bool = False

    def as_dict(self) -> dict[str, object]:
        """JSON-ready; the ``spec`` entry of the sidecar."""
        return {"name": self.name, "scene": self.scene, "lang": self.lang,
                "quality": self.quality, "format": list(self.formats),
                "parameters": self.parameters, "sections": self.sections}

    def digest(self) -> str:
        """sha256 of what decides the pixels (everything but the name)."""
        content = {k: v for k, v in self.as_dict().items() if k != "name"}
        return hashlib.sha256(json.dumps(content, sort_keys=True).encode()).hexdigest()


def _check_parameters(scene: str, values: dict[str, object]) -> dict[str, object]:
    """Parameters as plain floats / lists, checked by mathcore (names kept in the errors)."""
    entry = scene_entry(scene)
    for key in values:
        if key not in entry.parameters:
            allowed = ", ".join(entry.parameters) or "none"
            raise ValueError(f"{key} is not a parameter of scene {scene} (it takes: {allowed})")
    checked: dict[str, object] = {}
    if "data" in values or "target" in values:
        checked.update(_check_data(values.get("data", "diabetes"), values.get("target")))
    if "norm" in values:
        checked["norm"] = as_norm_name(values["norm"], "norm")
    if "radius" in values:
        checked["radius"] = as_radius(values["radius"], "radius")
    if "center" in values or "matrix" in values:
        defaults = entry.defaults()
        center = values.get("center", defaults["center"])
        size = as_vector(center, "center").size
        if size != 2:
            raise ValueError(f"center must have 2 numbers (these scenes are planar), got {size}")
        matrix = values.get("matrix", defaults["matrix"])
        loss = QuadraticLoss.create(center, matrix)
        if "center" in values:
            checked["center"] = [float(x) for x in loss.center]
        if "matrix" in values:
            checked["matrix"] = loss.matrix.tolist()
        if "radius" in entry.parameters:
            scene_norm = getattr(entry.load(), "norm", None)  # None: both balls are shown
            norm = checked.get("norm", defaults.get("norm", scene_norm))
            radius = checked.get("radius", defaults["radius"])
            for shown in (norm,) if norm else ("l1", "l2"):
                with np.errstate(all="ignore"):  # an overflow is reported below, not warned
                    solution = solve_constrained(loss, shown, radius)
                if not np.all(np.isfinite([solution.loss, *solution.beta])):
                    raise ValueError("center, matrix and radius are too large: the loss "
                                     "overflows")
    return checked


def _check_data(data: object, target: object) -> dict[str, object]:
    """The data set of a coefficient-path scene: nothing for the shipped diabetes data
    (today's video), else the CSV file's path, its target column and the sha256 of its
    bytes (a changed file is a new render).  The file is read and both paths computed here,
    so that a file the scene cannot show is a one-line error before anything renders."""
    if not isinstance(data, str) or not data:
        raise ValueError(f"data must be diabetes or the path of a CSV file, got {data!r}"[:300])
    if target is not None and not isinstance(target, str):
        raise ValueError(f"target must be the name of a column, got {target!r}"[:300])
    if data == "diabetes":
        if target is not None:
            raise ValueError("target applies only to a CSV file (diabetes has its own target)")
        return {}
    dataset = load(data, target)  # "data ...: ..." / "target column ..." one-line errors
    if len(dataset.features) > MAX_FEATURES:
        raise ValueError(f"data {data} has {len(dataset.features)} feature columns; the plot "
                         f"tells at most {MAX_FEATURES} apart (one colour each)")
    try:
        with np.errstate(all="raise"):  # an overflow is an error naming the data
            X = standardize(dataset.X)
            lasso_path(X, dataset.y)
            ridge_zero_crossings(X, dataset.y)
    except (ValueError, ArithmeticError) as error:
        raise ValueError(f"data {data}: no coefficient path ({one_line(error, 150)})") from None
    path = Path(data)
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as error:
        raise ValueError(f"data {data}: cannot read ({error.strerror})") from None
    return {"data": str(path.resolve()), "target": target, "data_sha256": digest}


def _choice(value: object, key: str, allowed: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in allowed:
        raise ValueError(f"{key} must be one of {', '.join(allowed)}, got {value!r}")
    return value


def _formats(value: object) -> tuple[str, ...]:
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, list | tuple) or not items:
        raise ValueError(f"format must be a list of {', '.join(FORMATS)}, got {value!r}")
    chosen = tuple(dict.fromkeys(_choice(item, "format", FORMATS) for item in items))
    return tuple(sorted(chosen, key=FORMATS.index))


def default_name(scene: str, lang: str, parameters: dict[str, object]) -> str:
    """``l1``, ``l1-zh``, ``l1-3f2a9c01`` (a digest of non-default numbers)."""
    name = scene if lang == "en" else f"{scene}-{lang}"
    if parameters:
        digest = hashlib.sha256(json.dumps(parameters, sort_keys=True).encode()).hexdigest()
        name += f"-{digest[:8]}"
    return name


def make_spec(table: dict[str, object], *, sections: bool = False) -> RenderSpec:
    """A checked spec from a table of settings and parameters (TOML or flags)."""
    unknown = [key for key in table if key not in (*_SETTINGS, *_PARAMETERS)]
    if unknown:
        raise ValueError(f"unknown field {unknown[0]!r} (allowed: "
                         f"{', '.join((*_SETTINGS, *_PARAMETERS))})")
    if "scene" not in table:
        raise ValueError("scene is required (see normviz list)")
    scene = _choice(table["scene"], "scene", tuple(SCENES))
    lang = _choice(table.get("lang", "en"), "lang", LANGS)
    quality = _choice(table.get("quality", "l"), "quality", tuple(QUALITIES))
    formats = _formats(table.get("format", ["mp4"]))
    parameters = _check_parameters(scene, {k: table[k] for k in _PARAMETERS if k in table})
    name = check_name(table.get("name", default_name(scene, lang, parameters)))
    return RenderSpec(name, scene, lang, quality, formats, parameters, sections)


def load_specs(path: Path) -> list[RenderSpec]:
    """Every explainer of a TOML spec file, checked; errors name the file and the explainer."""
    if path.exists() and not path.is_file():
        raise SpecError(f"{path}: cannot read: not a plain file (a folder, a pipe or a device)")
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise SpecError(f"{path}: cannot read: {error.strerror}") from None
    except UnicodeDecodeError:
        raise SpecError(f"{path}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as error:
        raise SpecError(f"{path}: not valid TOML: {error}") from None
    except RecursionError:
        raise SpecError(f"{path}: nested too deep to be a spec") from None
    extra = [key for key in document if key not in ("defaults", "explainer")]
    if extra:
        raise SpecError(f"{path}: unknown table {extra[0]!r} (allowed: defaults, explainer)")
    defaults = document.get("defaults", {})
    explainers = document.get("explainer")
    if not isinstance(defaults, dict):
        raise SpecError(f"{path}: [defaults] must be a table")
    bad = [key for key in defaults if key not in ("lang", "quality", "format")]
    if bad:
        raise SpecError(f"{path}: [defaults]: unknown field {bad[0]!r} "
                        "(allowed: lang, quality, format)")
    if not isinstance(explainers, list) or not explainers:
        raise SpecError(f"{path}: needs at least one [[explainer]] table")
    specs: list[RenderSpec] = []
    for number, table in enumerate(explainers, start=1):
        where = f"{path}: explainer {number}"
        if not isinstance(table, dict):
            raise SpecError(f"{where}: must be a table ([[explainer]] with scene = ...), "
                            f"got {table!r}"[:300])
        if isinstance(table.get("name"), str):
            where += f" ({table['name']})"
        data = table.get("data")
        if isinstance(data, str) and data not in ("", "diabetes") \
                and not Path(data).is_absolute():  # read from the spec file's folder
            table = {**table, "data": str(path.parent / data)}
        try:
            specs.append(make_spec({**defaults, **table}))
        except ValueError as error:
            raise SpecError(f"{where}: {error}") from None
    names = [spec.name for spec in specs]
    repeated = next((name for name in names if names.count(name) > 1), None)
    if repeated:
        raise SpecError(f"{path}: two explainers are named {repeated!r}; give each a name")
    return specs


def lesson_specs(lang: str, quality: str, formats: list[str]) -> list[RenderSpec]:
    """One spec per claim of the note, numbered in the lesson's order, with sections saved."""
    suffix = "" if lang == "en" else f"-{lang}"
    return [make_spec({"scene": scene, "name": f"lesson-{i:02d}-{scene}{suffix}".replace("_", "-"),
                       "lang": lang, "quality": quality, "format": formats}, sections=True)
            for i, scene in enumerate(LESSON, start=1)]
