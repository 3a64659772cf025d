"""Render time of the 3-D scene (``scenes/ball3d.py``, ``BallsIn3D``) at -qh: the scene as it
was at a commit (by default the one before the batched camera) against the scene now, in
one run, side by side.

The old scene is read with ``git show <commit>:scenes/ball3d.py`` into a temporary module
(it uses today's ``scenes`` and ``mathcore``); each scene is rendered in turn, caching off,
into a fresh folder.  Printed: the seconds of each render, the video's length, the ratio
old / new, and how much the pictures differ (mean and 99th percentile of the absolute
difference per pixel channel, over frames decoded at a few instants); a contact sheet of
those frames (old on top, new below) is written to ``--sheet`` (default
``ball3d_frames.png`` in the temporary folder of the system).

Run: ``python bench/ball3d.py [commit] [--quality l|m|h] [--sheet PNG]`` (-qh here: about
ten minutes, most of it the old scene).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import av
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from manim import tempconfig
from PIL import Image

import scenes.ball3d as current
from scenes import strings

ROOT = Path(__file__).resolve().parents[1]
#: The last commit whose scene drew with manim's own ThreeDCamera.
BEFORE = "37f96935dc0b441f5673039749cdd937edf129b5"
QUALITIES = {"l": "low_quality", "m": "medium_quality", "h": "high_quality"}
#: Instants (s) compared: each story's silhouette view and its turn, and the end.
INSTANTS = (6.0, 10.0, 21.0, 25.0, 37.0, 40.0, 46.5)


def module_at(commit: str, source_path: str, folder: Path):
    """The module ``source_path`` as it was at ``commit``, loaded from ``folder``."""
    source = subprocess.run(["git", "show", f"{commit}:{source_path}"], cwd=ROOT,
                            capture_output=True, text=True, check=True).stdout
    path = folder / f"{Path(source_path).stem}_{commit[:10]}.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def scene_at(commit: str, folder: Path) -> tuple[type, dict]:
    """``BallsIn3D`` as it was at ``commit``, and that commit's string tables: its
    storyboard reads its own strings (keys renamed or given other fields since)."""
    old_strings = module_at(commit, "scenes/strings.py", folder).STRINGS
    return module_at(commit, "scenes/ball3d.py", folder).BallsIn3D, old_strings


@contextlib.contextmanager
def strings_of(tables: dict):
    """Today's string tables replaced by ``tables`` for the duration (restored after)."""
    saved = {lang: dict(table) for lang, table in strings.STRINGS.items()}
    for lang, table in strings.STRINGS.items():
        table.clear()
        table.update(tables.get(lang, {}))
    try:
        yield
    finally:
        for lang, table in strings.STRINGS.items():
            table.clear()
            table.update(saved[lang])


def render(scene_class: type, quality: str, media_dir: Path) -> tuple[float, float, Path]:
    """Wall seconds of one render, the video's length (s) and its path."""
    with tempconfig({"quality": quality, "media_dir": str(media_dir), "disable_caching": True,
                     "verbosity": "ERROR", "progress_bar": "none"}):
        start = time.perf_counter()
        scene = scene_class()
        scene.render()
        seconds = time.perf_counter() - start
    return seconds, scene.renderer.time, Path(scene.renderer.file_writer.movie_file_path)


def frames_at(movie: Path, instants: tuple[float, ...]) -> list[np.ndarray]:
    """The decoded RGB frames at ``instants`` (s)."""
    with av.open(str(movie)) as container:
        fps = float(container.streams.video[0].average_rate)
        wanted = {round(t * fps): t for t in instants}
        found = {}
        for index, frame in enumerate(container.decode(video=0)):
            if index in wanted:
                found[wanted[index]] = frame.to_ndarray(format="rgb24")
            if index >= max(wanted):
                break
    return [found[t] for t in instants if t in found]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("commit", nargs="?", default=BEFORE)
    parser.add_argument("--quality", choices=sorted(QUALITIES), default="h")
    parser.add_argument("--sheet", type=Path,
                        default=Path(tempfile.gettempdir()) / "ball3d_frames.png")
    options = parser.parse_args()
    quality = QUALITIES[options.quality]
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        before, old_strings = scene_at(options.commit, folder)
        with strings_of(old_strings):
            old_s, old_length, old_movie = render(before, quality, folder / "before")
        print(f"before ({options.commit[:10]}): {old_s:8.1f} s  for {old_length:.1f} s of video")
        new_s, new_length, new_movie = render(current.BallsIn3D, quality, folder / "now")
        print(f"now:                  {new_s:8.1f} s  for {new_length:.1f} s of video")
        print(f"ratio before / now: {old_s / new_s:.2f}  (-q{options.quality})")
        # the instants both videos reach (the storyboard has grown since the old commit)
        instants = tuple(t for t in INSTANTS if t < min(old_length, new_length))
        old_frames, new_frames = frames_at(old_movie, instants), frames_at(new_movie, instants)
        differences = np.concatenate([np.abs(a.astype(int) - b.astype(int)).ravel()
                                      for a, b in zip(old_frames, new_frames, strict=True)])
        print(f"picture difference at {len(old_frames)} instants: mean {differences.mean():.2f},"
              f" 99th percentile {np.percentile(differences, 99):.0f} (of 255; the labels moved)")
        small = [np.asarray(Image.fromarray(f).resize((f.shape[1] // 3, f.shape[0] // 3)))
                 for f in (*old_frames, *new_frames)]
        half = len(small) // 2
        Image.fromarray(np.vstack([np.hstack(small[:half]), np.hstack(small[half:])])).save(
            options.sheet)
        print(f"frames (before on top): {options.sheet}")


if __name__ == "__main__":
    main()
