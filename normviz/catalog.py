"""The scenes the generator can render, their parameters, and the lesson's order.

The lesson shows the note's (``seed/norm-in-regularization-intuition.md``) claims one video
each, in an order where each video builds on the one before (``LESSON``); the claim each
video shows is ``claim_<scene>`` in the strings table (English and Chinese).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mathcore.parameters import PARAMETERS as TABLE
from scenes.strings import text

if TYPE_CHECKING:  # the catalogue is read without manim (normviz list, gallery, embed)
    from manim import Scene

#: What each scene parameter means (shown by ``normviz list``); the scalars from mathcore's
#: parameter table.
PARAMETERS = {
    "center": "c, the loss's centre: 2 numbers, e.g. [3, 1]",
    "matrix": "A, symmetric positive semi-definite 2x2, e.g. [[2, 0.5], [0.5, 1]]",
    "radius": TABLE["radius"].describe(),
    "norm": TABLE["norm"].describe(),
    "data": "diabetes (the shipped data), or a CSV file with a header row whose other "
            "columns are the features (at most 10)",
    "target": "the response column of the CSV file given as data",
}


@dataclass(frozen=True)
class SceneEntry:
    """One renderable scene: where it lives, what it shows, which parameters it takes."""

    name: str
    module: str
    class_name: str
    parameters: tuple[str, ...] = ()

    def claim(self, lang: str = "en") -> str:
        """The claim of the note this scene shows, in ``lang``."""
        return text(f"claim_{self.name}", lang)

    def load(self) -> type[Scene]:
        """The scene class (importing its module)."""
        return getattr(importlib.import_module(self.module), self.class_name)

    def defaults(self) -> dict[str, object]:
        """The class attributes the parameters default to."""
        scene = self.load()
        return {name: getattr(scene, name) for name in self.parameters}


_PROBLEM = ("center", "matrix", "radius")

#: In lesson order.
SCENES: dict[str, SceneEntry] = {entry.name: entry for entry in (
    SceneEntry("title", "scenes.title", "LessonTitle"),
    SceneEntry("side_by_side", "scenes.side_by_side", "SideBySide", _PROBLEM),
    SceneEntry("l1", "scenes.l1", "L1Tangency", _PROBLEM),
    SceneEntry("l2", "scenes.l2", "L2Tangency", _PROBLEM),
    SceneEntry("tangency", "scenes.tangency", "TangencyScene", (*_PROBLEM, "norm")),
    SceneEntry("cloud", "scenes.cloud", "RandomLossCloud"),
    SceneEntry("lp_family", "scenes.lp_family", "BallFamily", ("center", "matrix")),
    SceneEntry("ball3d", "scenes.ball3d", "BallsIn3D"),
    SceneEntry("high_dim", "scenes.high_dim", "ZerosInHighDimensions"),
    SceneEntry("penalty", "scenes.penalty", "PenaltyShapes"),
    SceneEntry("bridge", "scenes.bridge", "ConstraintToPenalty"),
    SceneEntry("path", "scenes.path", "ShrinkingBudget", ("center", "matrix")),
    SceneEntry("ridge_vs_lasso", "scenes.ridge_vs_lasso", "RidgeVsLasso", ("data", "target")),
    SceneEntry("correlated", "scenes.correlated", "CorrelatedFeatures"),
    SceneEntry("stability", "scenes.stability", "MinibatchStability"),
    SceneEntry("ols_ridge", "scenes.ols_ridge", "OlsAgainstRidge"),
    SceneEntry("sgd", "scenes.sgd", "MinibatchSGD"),
    SceneEntry("recap", "scenes.recap", "LessonRecap"),
)}

#: ``normviz lesson``: one video per claim of the note, ordered so that the story builds:
#: the problem; tangency side by side; why corners catch; the Lp family; higher dimensions;
#: penalties and the constraint <-> penalty bridge; shrinking budgets and paths (a toy loss,
#: then real data); correlated features; stability (minibatch refits, then least squares
#: against ridge on the same minibatches, then SGD); the recap.
LESSON = ("title", "side_by_side", "cloud", "lp_family", "ball3d", "high_dim", "penalty",
          "bridge", "path", "ridge_vs_lasso", "correlated", "stability", "ols_ridge", "sgd",
          "recap")


def scene_entry(name: str) -> SceneEntry:
    """The catalogue entry ``name``; a one-line error lists the known scenes."""
    try:
        return SCENES[name]
    except KeyError:
        raise ValueError(f"scene must be one of {', '.join(SCENES)}, got {name!r}") from None
