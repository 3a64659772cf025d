"""Renders without manim: staged folders of small files published as a render would be."""

from __future__ import annotations

import shutil
from pathlib import Path

from normviz.outputs import new_staging, publish

HASH = "ab" * 32
#: The kinds of the staged files, in order (the first is a section's video).
KINDS = ("section:0", "poster", "srt", "vtt", "mp4", "timeline")


def render_data(name: str, files: dict[str, str], claim: str = "a claim") -> dict:
    """A sidecar's data as a render makes it (before publish adds the records)."""
    return {"spec": {"name": name, "scene": "l1", "lang": "en", "quality": "l",
                     "format": ["mp4"], "parameters": {}, "sections": False},
            "claim": claim, "content_hash": HASH, "files": files,
            "video": {"width": 854, "height": 480, "codec": "h264", "duration": 1.0},
            "duration": 1.0, "beats": [{"name": "b", "subtitle": "s"}],
            "shown": {"solution": {"beta": [2.0, 0.0]}}, "versions": {}, "render_seconds": 1.0}


def stage(root: Path, name: str, label: str, count: int = 4) -> tuple[Path, dict]:
    """A staged render of ``count`` files whose bytes carry ``label``."""
    folder = new_staging(root, name) / "out"
    folder.mkdir()
    files = {}
    for index in range(count):
        relative = f"{name}.{index}.bin" if index else f"sections/{name}.bin"
        (folder / relative).parent.mkdir(exist_ok=True)
        (folder / relative).write_bytes(f"{label}:{index}".encode() * 1000)
        files[KINDS[index] if index < len(KINDS) else f"extra{index}"] = relative
    return folder, render_data(name, files, claim=label)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def published(root: Path, name: str, label: str) -> dict[str, bytes]:
    folder, data = stage(root, name, label)
    publish(folder, root, data)
    shutil.rmtree(folder.parent)
    return snapshot(root / name)
