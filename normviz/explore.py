"""``normviz explore``: one self-contained HTML page to play with the constrained problem.

The page (``normviz/explorer/``: a Jinja2 template, the project's JavaScript and CSS) lets
a reader drag the loss's centre c, change the radius t, the loss's shape A and the ball
(L1, L2, elastic net, Lp), and switch to the penalised form ``f(b) + lam P(b)``; every
optimum is solved in the page by ``solver.js``, a port of mathcore's exact 2-D solvers,
and exposed as ``window.normviz.solve``.  Nothing is fetched: the scripts, styles, colours
(scenes/theme.py) and strings (scenes/strings.py, keys ``explore_*``) are inlined, so the
file opens from ``file://``, in the gallery and in an iframe.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

import jinja2
from markupsafe import Markup

from mathcore.loss import QuadraticLoss
from mathcore.parameters import Parameter
from mathcore.validation import as_radius, as_vector
from normviz.outputs import replace_text
from scenes import defaults, theme
from scenes.strings import STRINGS

#: The page's template, scripts and style, in the order the page loads them.
ASSETS = Path(__file__).with_name("explorer")
TEMPLATE = "page.html.j2"
SCRIPTS = ("solver.js", "explorer.js")
STYLE = "explorer.css"
#: The balls the page offers (``lp``: the Lp ball, ``enet``: the elastic net).
NORMS = ("l1", "l2", "enet", "lp")
LAYOUTS = ("both", "single")
FORMS = ("constrained", "penalised")
THEMES = ("dark",)
#: The exponents of the Lp ball the page's slider spans.
P_RANGE = (0.5, 8.0)
#: Prefix of the page's keys in the strings table.
STRING_PREFIX = "explore_"
#: The colour of each meaning the page draws, from the videos' theme.
COLORS = {
    "background": theme.BACKGROUND_COLOR, "text": theme.TEXT_COLOR,
    "muted": theme.MUTED_TEXT_COLOR, "axes": theme.AXES_COLOR, "l1": theme.L1_COLOR,
    "l2": theme.L2_COLOR, "loss": theme.LOSS_COLOR, "optimum": theme.SOLUTION_COLOR,
    "zero": theme.ZERO_COLOR, "other_ball": theme.OTHER_BALL_COLOR,
    "penalised": theme.PENALISED_COLOR,
}


@dataclass(frozen=True)
class ExplorerState:
    """What the page shows first (by default the lessons' example, ``scenes.defaults``):
    the loss ``(b - c)^T A (b - c)`` (``center`` c,
    ``matrix`` A as two rows), the ball's ``radius`` t, the ball ``norm`` (one of ``NORMS``),
    the elastic net's mixing ``l1_ratio`` (its ball ``rho ||b||_1 + (1 - rho) ||b||_2^2``
    drawn through the axis points +-t), Lp's ``p``, ``layout`` (L1 and L2 side by side, or
    the chosen ball alone), ``form`` (constrained, or penalised with ``lam``)."""

    center: tuple[float, ...] = defaults.CENTER
    matrix: tuple[tuple[float, ...], ...] = defaults.MATRIX
    radius: float = defaults.RADIUS
    norm: str = "l1"
    l1_ratio: float = 0.5
    p: float = 1.5
    layout: str = "both"
    form: str = "constrained"
    lam: float = 1.0


def explorer_state(center: object = None, matrix: object = None, radius: object = None,
                   norm: str | None = None, l1_ratio: object = None, p: object = None,
                   layout: str | None = None, form: str | None = None,
                   lam: object = None) -> ExplorerState:
    """The page's first state from the given values (None: the default), each checked
    with a one-line error naming it; A must be symmetric positive semi-definite, and the
    Lp ball alone has no penalised form."""
    default = ExplorerState()
    center = as_vector(default.center if center is None else center, "center")
    if center.size != 2:
        raise ValueError(f"center must have 2 coordinates for the explorer, got {center.size}")
    loss = QuadraticLoss.create(center, default.matrix if matrix is None else matrix)
    state = ExplorerState(
        center=tuple(float(x) for x in loss.center),
        matrix=tuple(tuple(float(x) for x in row) for row in loss.matrix),
        radius=default.radius if radius is None else as_radius(radius),
        norm=_choice("norm", default.norm if norm is None else norm, NORMS),
        l1_ratio=_within("l1_ratio", default.l1_ratio if l1_ratio is None else l1_ratio,
                         0.0, 1.0),
        p=_within("p", default.p if p is None else p, *P_RANGE),
        layout=_choice("layout", default.layout if layout is None else layout, LAYOUTS),
        form=_choice("form", default.form if form is None else form, FORMS),
        lam=_within("lam", default.lam if lam is None else lam, 0.0, 1e6),
    )
    if state.form == "penalised" and state.norm == "lp" and state.layout == "single":
        raise ValueError("form must be constrained for norm lp (the page has no penalised "
                         "form of the Lp ball)")
    return state


def _choice(name: str, value: object, choices: tuple[str, ...]) -> str:
    """``value`` when it is one of ``choices`` (mathcore's one-line check)."""
    return Parameter(name, "choice", name, choices=choices).check(value)  # type: ignore[return-value]


def _within(name: str, value: object, low: float, high: float) -> float:
    """``value`` as a real number in [low, high] (not a boolean, not text)."""
    return Parameter(name, "real", name, low=low, high=high).check(value)  # type: ignore[return-value]


def page_strings(lang: str) -> dict[str, str]:
    """The page's strings in ``lang``: the ``explore_*`` keys (prefix dropped) and the
    colour key's ``key_*`` lines, as the videos show them."""
    if lang not in STRINGS:
        raise ValueError(f"lang must be one of {', '.join(STRINGS)}, got {lang!r}")
    table = STRINGS[lang]
    strings = {key[len(STRING_PREFIX):]: value for key, value in table.items()
               if key.startswith(STRING_PREFIX)}
    strings.update({key: value for key, value in table.items() if key.startswith("key_")})
    return strings


def page_config(state: ExplorerState, lang: str, theme_name: str = "dark") -> dict:
    """Everything the page's scripts read at start: strings, colours, the first state."""
    _choice("theme", theme_name, THEMES)
    return {"lang": lang, "strings": page_strings(lang), "colors": dict(COLORS),
            "state": asdict(state), "p_range": list(P_RANGE)}


def _asset(name: str) -> str:
    return (ASSETS / name).read_text(encoding="utf-8")


def build_page(state: ExplorerState, lang: str = "en", theme_name: str = "dark") -> str:
    """The page's HTML: the template with its scripts, style and configuration inlined."""
    config = page_config(state, lang, theme_name)
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(ASSETS), autoescape=True,
        undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    scripts = [_asset(name) for name in SCRIPTS]
    for name, script in zip(SCRIPTS, scripts, strict=True):
        if "</script" in script.lower():
            raise RuntimeError(f"{name} contains '</script', which would end its inline tag")
    return environment.get_template(TEMPLATE).render(
        config=config, strings=config["strings"], colors=COLORS, lang=lang,
        style=Markup(_asset(STYLE)), scripts=[Markup(script) for script in scripts])


def write_page(path: Path, html: str) -> Path:
    """Write ``html`` to ``path`` (an ``.html`` file; its folder is made) by one rename
    (``normviz.outputs.replace_text``), so a failure leaves no half-written page."""
    path = Path(path)
    if path.suffix.lower() not in (".html", ".htm"):
        raise ValueError(f"--out must be a file name ending in .html, got {str(path)!r}"[:300])
    path.parent.mkdir(parents=True, exist_ok=True)
    replace_text(path, html)
    return path
