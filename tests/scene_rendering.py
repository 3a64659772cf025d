"""Rendering a scene inside a test: temporary media folder, low quality, no cache."""

from __future__ import annotations

from pathlib import Path

from manim import Scene, tempconfig


def render_scene(scene_class: type[Scene], media_dir: Path, *, frames: bool = False,
                 **options) -> Scene:
    """Run a scene's whole storyboard at low quality into ``media_dir``.

    By default no frame is drawn (``dry_run`` and skipped animations: the final state of
    every mobject is what the tests check); ``frames=True`` renders and writes the video.
    """
    settings = {"media_dir": str(media_dir), "quality": "low_quality", "disable_caching": True,
                "verbosity": "WARNING", "dry_run": not frames, **options}
    with tempconfig(settings):
        scene = scene_class(skip_animations=not frames)
        scene.render()
    return scene
