"""``normviz.widget.Explorer``: the explorer page (``normviz explore``) as a Jupyter widget.

    from normviz.widget import Explorer
    explorer = Explorer(center=[3, 1], radius=2, norm="l1")
    explorer            # the page, live, in the notebook
    explorer.center = [1.5, 0.5]      # moves the page's centre
    explorer.solution   # mathcore's certified optimum for the current state

Needs the optional extra: ``pip install 'normviz[jupyter]'`` (anywidget).  The page runs in
an iframe (``normviz/explorer/widget.js``); its state and the traits below are kept equal
both ways.  Every change is checked as ``normviz explore`` checks its flags
(``normviz.explore.explorer_state``): a bad value is refused with ``error`` set to the
one-line message, and the last good state and solution stay.
"""

from __future__ import annotations

import math
from pathlib import Path

try:
    import anywidget
    import traitlets
except ImportError as error:  # pragma: no cover - the message is the point
    raise ImportError("normviz.widget needs anywidget: pip install 'normviz[jupyter]'"
                      ) from error

from mathcore import QuadraticLoss, solve_constrained
from mathcore.norms import ElasticNet, lp
from mathcore.penalty_form import penalised_enet, penalised_optimum
from normviz.explore import ASSETS, ExplorerState, build_page, explorer_state, page_strings

#: The traits that are the page's state, in ``ExplorerState``'s order.
STATE = ("center", "matrix", "radius", "norm", "l1_ratio", "p", "layout", "form", "lam")


class Explorer(anywidget.AnyWidget):
    """The explorer with its state as traits (see the module docstring)."""

    _esm = Path(ASSETS / "widget.js")
    _page = traitlets.Unicode("").tag(sync=True)
    _title = traitlets.Unicode("").tag(sync=True)
    height = traitlets.Int(720).tag(sync=True)
    center = traitlets.List(list(ExplorerState.center)).tag(sync=True)
    matrix = traitlets.List([list(row) for row in ExplorerState.matrix]).tag(sync=True)
    radius = traitlets.Float(ExplorerState.radius).tag(sync=True)
    norm = traitlets.Unicode(ExplorerState.norm).tag(sync=True)
    l1_ratio = traitlets.Float(ExplorerState.l1_ratio).tag(sync=True)
    p = traitlets.Float(ExplorerState.p).tag(sync=True)
    layout = traitlets.Unicode(ExplorerState.layout).tag(sync=True)
    form = traitlets.Unicode(ExplorerState.form).tag(sync=True)
    lam = traitlets.Float(ExplorerState.lam).tag(sync=True)
    #: mathcore's answer for the current state (``normviz solve``'s fields, None for a value
    #: that is not a finite number; in the penalised form ``{"beta": ...}``), and the last
    #: refused change's message ("" if none).
    solution = traitlets.Dict({}).tag(sync=True)
    error = traitlets.Unicode("").tag(sync=True)

    def __init__(self, lang: str = "en", **state: object) -> None:
        self._good = explorer_state(**state)  # a bad first state is an error, not a page
        super().__init__(**self._traits_of(self._good))
        self._page = build_page(self._good, lang)
        self._title = page_strings(lang)["title"]
        self.solution = _answer(self._good)
        self.observe(self._checked, names=list(STATE))

    @staticmethod
    def _traits_of(state: ExplorerState) -> dict[str, object]:
        return {"center": list(state.center), "matrix": [list(row) for row in state.matrix],
                "radius": state.radius, "norm": state.norm, "l1_ratio": state.l1_ratio,
                "p": state.p, "layout": state.layout, "form": state.form, "lam": state.lam}

    def _checked(self, change: dict) -> None:
        """Check the state after a change (from Python or from the page): keep it and solve,
        or put the last good state back and say why in ``error``."""
        try:
            state = explorer_state(**{name: getattr(self, name) for name in STATE})
            solution = _answer(state)
        except ValueError as refused:
            self.error = str(refused)
            setattr(self, change["name"], change["old"])
            return
        if state == self._good:  # the refused value put back: the message stays
            return
        self._good, self.error, self.solution = state, "", solution

    @property
    def state(self) -> ExplorerState:
        """The current (checked) state."""
        return self._good


def _answer(state: ExplorerState) -> dict:
    """mathcore's optimum of the state: the constrained optimum for the chosen ball (the
    elastic net through the axis points +-t, as the page draws it), or in the penalised
    form (which the page offers for every ball but Lp) the penalised one."""
    loss = QuadraticLoss.create(state.center, state.matrix)
    if state.form == "penalised" and state.norm != "lp":
        ridge = {"l1": 0.0, "l2": state.lam, "enet": state.lam * (1.0 - state.l1_ratio)}
        if not ridge[state.norm] > 0.0 and not loss.is_definite:
            raise ValueError("matrix must be positive definite for the penalised form unless "
                             "its ridge part lam (1 - rho) is > 0 (a singular A has a line "
                             "of optima)")
        beta = (penalised_enet(loss, state.l1_ratio, state.lam) if state.norm == "enet"
                else penalised_optimum(loss, state.norm, state.lam))
        return {"beta": [float(x) for x in beta]}
    if state.norm == "enet":
        norm, radius = ElasticNet(state.l1_ratio), ElasticNet.through_axes_radius(
            state.l1_ratio, state.radius)
    else:
        norm, radius = (lp(state.p) if state.norm == "lp" else state.norm), state.radius
    return _json_ready(solve_constrained(loss, norm, radius).as_dict())


def _json_ready(value: object) -> object:
    """``value`` with every float that is not finite (Lp's multiplier and KKT residual are
    NaN) as None: the comm sends JSON, and a browser's JSON.parse refuses NaN."""
    if isinstance(value, dict):
        return {key: _json_ready(inner) for key, inner in value.items()}
    if isinstance(value, list):
        return [_json_ready(inner) for inner in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value
