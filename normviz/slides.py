"""The lesson as a manim-slides presentation (reveal.js HTML).

manim-slides 5.7's ``Slide`` scene class cannot render on manim 0.22: its constructor sets
``config["write_to_movie"]``, a key manim 0.22 removed.  So the slides are made from what
the lesson already renders: every storyboard beat is a manim section with its own video
(``renders/lesson-*/sections/``).  Each section becomes one slide (its subtitle as the
speaker note), written as manim-slides' own presentation files (``PresentationConfig``,
``renders/slides/<lesson name>.json``), and ``manim-slides convert`` turns them into one
reveal.js page, ``renders/lesson-<lang>.html``.
"""

from __future__ import annotations

import html
import json
import subprocess
import sys
from pathlib import Path

from manim_slides.config import PresentationConfig, SlideConfig

from normviz.batch import run_batch
from normviz.outputs import OutputError, check_folders, inside, read_sidecar
from normviz.spec import lesson_specs

SLIDES_FOLDER = "slides"


def presentation(root: Path, name: str) -> PresentationConfig:
    """One slide per section of the lesson render ``name`` (rendered with sections)."""
    sidecar = read_sidecar(root, name)
    if sidecar is None:
        raise ValueError(f"{name} has no render in {root}/")
    folder = root / name / "sections"
    index = next(folder.glob("*.json"), None)
    sections = json.loads(index.read_text(encoding="utf-8")) if index is not None else None
    if not isinstance(sections, list) or not sections or not all(
            isinstance(section, dict) and isinstance(section.get("video"), str)
            and isinstance(section.get("name"), str) for section in sections):
        raise ValueError(f"{name}: its sections index in {folder} is missing or not a list "
                         "of sections; render the lesson again (normviz lesson --force)")
    subtitles = {beat["name"]: beat["subtitle"] for beat in sidecar.beats}
    # the notes go into the page's HTML as they are (manim-slides does not escape them)
    slides = [SlideConfig(file=inside(folder, section["video"]),
                          rev_file=inside(folder, section["video"]),
                          notes=html.escape(subtitles.get(section["name"], "")))
              for section in sections]
    video = sidecar.video
    return PresentationConfig(slides=slides, resolution=(video["width"], video["height"]),
                              background_color="#14161B")


def build_slides(root: Path, lang: str, quality: str, workers: int = 1) -> list[Path]:
    """Render the lesson (cached when unchanged), then the reveal.js page; the page's path."""
    specs = lesson_specs(lang, quality, ["mp4"])
    check_slide_outputs(root, [spec.name for spec in specs], root / f"lesson-{lang}.html")
    results = run_batch(specs, root, workers=workers)
    failed = [r for r in results if r.status == "failed"]
    if failed:
        raise ValueError(f"the lesson did not render: {failed[0].name}: {failed[0].error}")
    return [slides_page(root, [spec.name for spec in specs], root / f"lesson-{lang}.html")]


def check_slide_outputs(root: Path, names: list[str], target: Path) -> None:
    """One-line error, before anything renders, when a folder or the page normviz writes
    is taken by something else (a file, a link)."""
    check_folders(root, [SLIDES_FOLDER, *names])
    if target.is_symlink() or (target.exists() and not target.is_file()):
        raise OutputError(f"{target} is not a plain file: normviz writes the slides page there; "
                          "move it away")


def slides_page(root: Path, names: list[str], target: Path) -> Path:
    """One reveal.js page of the renders ``names`` (rendered with sections), in order."""
    check_slide_outputs(root, names, target)
    folder = root / SLIDES_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        _write_relative(presentation(root, name), folder / f"{name}.json", root)
    command = [sys.executable, "-m", "manim_slides", "convert", "--folder", str(folder),
               "--to", "html", *names, str(target)]
    finished = subprocess.run(command, capture_output=True, text=True, check=False)
    if finished.returncode != 0:
        last = (finished.stderr.strip().splitlines() or ["(no output)"])[-1]
        raise ValueError(f"manim-slides convert failed: {last}")
    return target


def _write_relative(config: PresentationConfig, path: Path, root: Path) -> None:
    """manim-slides reads file paths relative to the slides folder's parent (``root``)."""
    data = json.loads(config.model_dump_json())
    for slide in data["slides"]:
        for key in ("file", "rev_file"):
            slide[key] = str(Path(slide[key]).resolve().relative_to(root.resolve()))
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
