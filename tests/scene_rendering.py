"""Rendering a scene inside a test: temporary media folder, low quality, no cache."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from manim import Axes, MathTex, Mobject, Scene, Text, ValueTracker, config, tempconfig

from scenes import layout


def render_scene(scene_class: type[Scene], media_dir: Path, *, frames: bool = False,
                 **options) -> Scene:
    """Run a scene's whole storyboard at low quality into ``media_dir``.

    By default no frame is drawn (``dry_run`` and skipped animations: the final state of
    every mobject is what the tests check); ``frames=True`` renders and writes the video.
    """
    settings = {"media_dir": str(media_dir), "quality": "low_quality", "disable_caching": True,
                "verbosity": "WARNING", "progress_bar": "none", "dry_run": not frames, **options}
    with tempconfig(settings):
        scene = scene_class(skip_animations=not frames)
        scene.render()
    return scene


def boxes_overlap(a: Mobject, b: Mobject) -> bool:
    """True when the bounding boxes of two mobjects overlap on screen."""
    a_low, a_high = a.get_corner([-1, -1, 0]), a.get_corner([1, 1, 0])
    b_low, b_high = b.get_corner([-1, -1, 0]), b.get_corner([1, 1, 0])
    return bool(np.all(a_low[:2] < b_high[:2]) and np.all(b_low[:2] < a_high[:2]))


def assert_inside_frame(scene: Scene, slack: float = 0.0,
                        mobjects: Sequence[Mobject] | None = None) -> None:
    """Every drawn mobject of the scene (or each of ``mobjects``) lies inside the frame,
    up to ``slack`` units."""
    half_width, half_height = config.frame_width / 2 + slack, config.frame_height / 2 + slack
    for mobject in scene.mobjects if mobjects is None else mobjects:
        # a ValueTracker keeps its value as a point: in the scene, never drawn
        if len(mobject.get_all_points()) and not isinstance(mobject, ValueTracker):
            low, high = mobject.get_corner([-1, -1, 0]), mobject.get_corner([1, 1, 0])
            assert low[0] >= -half_width and high[0] <= half_width, mobject
            assert low[1] >= -half_height and high[1] <= half_height, mobject


def data_points(axes: Axes, points) -> np.ndarray:
    """Screen points back in the data coordinates of ``axes``, shape (k, 2)."""
    return np.array([axes.p2c(p)[:2] for p in points])


def visible_texts(scene: Scene) -> list[Mobject]:
    """Text and formulas still drawn at the end (faded-out callouts have opacity 0)."""
    return [mobject for top in scene.mobjects for mobject in top.get_family()
            if isinstance(mobject, Text | MathTex) and mobject.get_fill_opacity() > 0.05]


def check_text_layout(scene: Scene) -> None:
    """The scene's final picture: every text on screen lies inside the frame less its
    margin (``scenes.layout.screen``) and no two texts overlap."""
    texts = visible_texts(scene)
    assert texts
    assert_inside_frame(scene, mobjects=texts)
    margin = layout.screen()
    for mobject in texts:
        assert margin.fits(mobject, slack=0.02), (getattr(mobject, "original_text", mobject),
                                                 mobject.get_corner([-1, -1, 0]),
                                                 mobject.get_corner([1, 1, 0]))
    for a, b in itertools.combinations(texts, 2):
        assert not boxes_overlap(a, b), (getattr(a, "original_text", a),
                                         getattr(b, "original_text", b))
