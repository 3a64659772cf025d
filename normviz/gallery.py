"""Snippets to embed a render in notes, and the gallery pages of every render.

Everything is read from the sidecars (``renders/<name>/<name>.json``); paths in a snippet
are ``<prefix>/<name>/<file>`` where ``prefix`` is where the notes see the renders folder
(``renders`` by default; a URL works too).  The gallery pages sit in the renders folder and
link their files relatively.
"""

from __future__ import annotations

import html
import json
import os
import uuid
from pathlib import Path

from normviz.render import read_sidecar

STYLES = ("obsidian", "markdown", "html")
LANGUAGE_NAMES = {"en": "English", "zh": "中文"}
_VIDEO_TYPES = {"webm": "video/webm", "mp4": "video/mp4"}


def sidecars(root: Path) -> list[dict]:
    """The sidecar of every finished render in ``root``, sorted by name."""
    found = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
        sidecar = read_sidecar(root, folder.name)
        if sidecar is not None:
            found.append(sidecar)
    return found


def load_render(root: Path, name: str) -> dict:
    """The sidecar of render ``name``; a one-line error when it has not been rendered."""
    sidecar = read_sidecar(root, name)
    if sidecar is None:
        known = ", ".join(s["spec"]["name"] for s in sidecars(root)) if root.is_dir() else ""
        raise ValueError(f"NAME {name!r} has no render in {root}/ "
                         f"(rendered: {known or 'none'}; run normviz render first)")
    return sidecar


def as_style(style: str) -> str:
    """``style`` when it is one of ``STYLES``; otherwise a one-line error."""
    if style not in STYLES:
        raise ValueError(f"--style must be one of {', '.join(STYLES)}, got {style!r}")
    return style


def embed(sidecar: dict, style: str, prefix: str = "renders") -> str:
    """The snippet that shows this render in a note of the given style."""
    as_style(style)
    files, name = sidecar["files"], sidecar["spec"]["name"]

    def url(kind: str) -> str:
        return f"{prefix.rstrip('/')}/{name}/{files[kind]}"

    caption = sidecar["claim"]
    moving = next((kind for kind in ("mp4", "webm", "gif") if kind in files), None)
    if style == "obsidian":
        target = url(moving or "poster")
        return f"![[{target}]]\n*{caption}*"
    if style == "markdown":
        still = url("gif") if moving == "gif" else url("poster")
        image = f"![{caption}]({still})"
        return f"[{image}]({url(moving)})" if moving and moving != "gif" else image
    return _html_figure(sidecar, url)


def _html_figure(sidecar: dict, url) -> str:
    files, lang = sidecar["files"], sidecar["spec"]["lang"]
    caption = html.escape(sidecar["claim"])
    sources = [kind for kind in ("webm", "mp4") if kind in files]
    if not sources:
        still = url("gif") if "gif" in files else url("poster")
        media = f'<img src="{html.escape(still)}" alt="{caption}">'
    else:
        media = "\n".join([
            f'<video controls preload="metadata" poster="{html.escape(url("poster"))}" '
            f'width="{sidecar["video"]["width"]}">',
            *[f'  <source src="{html.escape(url(kind))}" type="{_VIDEO_TYPES[kind]}">'
              for kind in sources],
            f'  <track kind="subtitles" srclang="{lang}" label="{LANGUAGE_NAMES[lang]}" '
            f'src="{html.escape(url("vtt"))}" default>',
            "</video>",
        ])
    return f"<figure>\n{media}\n<figcaption>{caption}</figcaption>\n</figure>"


def flat_numbers(value: object, prefix: str = "") -> list[tuple[str, str]]:
    """``{"solution": {"beta": [2, 0]}}`` -> ``[("solution.beta", "[2, 0]")]``, floats short."""
    if isinstance(value, dict):
        rows = []
        for key, inner in value.items():
            rows += flat_numbers(inner, f"{prefix}.{key}" if prefix else str(key))
        return rows
    return [(prefix, json.dumps(_short(value), ensure_ascii=False))]


def _short(value: object) -> object:
    if isinstance(value, float):
        return float(f"{value:.6g}")
    if isinstance(value, list):
        return [_short(v) for v in value]
    if isinstance(value, dict):
        return {k: _short(v) for k, v in value.items()}
    return value


def gallery_html(renders: list[dict]) -> str:
    """One page: per render its video (poster, subtitles), claim, duration and numbers."""
    figures = []
    for sidecar in renders:
        name = sidecar["spec"]["name"]
        rows = "\n".join(f"<tr><th>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>"
                         for k, v in flat_numbers(sidecar["shown"]))
        figures.append(
            f'<section id="{html.escape(name)}" lang="{sidecar["spec"]["lang"]}">\n'
            f"<h2>{html.escape(name)}</h2>\n"
            f"{embed(sidecar, 'html', '.')}\n"
            f'<p class="meta">{sidecar["duration"]:.1f} s · scene {sidecar["spec"]["scene"]} · '
            f'{sidecar["video"]["width"]}x{sidecar["video"]["height"]}</p>\n'
            f"<details><summary>numbers on screen</summary>\n<table>\n{rows}\n</table>"
            f"</details>\n</section>"
        )
    body = "\n".join(figures) or "<p>No renders yet: run normviz render or normviz lesson.</p>"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>normviz gallery</title>
<style>
body {{ font-family: "DejaVu Sans", "Noto Sans CJK SC", sans-serif; background: #14161B;
       color: #ECEFF4; max-width: 900px; margin: 2em auto; }}
video, img {{ max-width: 100%; height: auto; }}
th {{ text-align: left; padding-right: 1em; font-weight: normal; color: #A3ABB9; }}
.meta {{ color: #A3ABB9; }}
</style>
</head>
<body>
<h1>normviz gallery</h1>
{body}
</body>
</html>
"""


def gallery_markdown(renders: list[dict]) -> str:
    """The same gallery as Markdown: poster linking to the video, claim, numbers."""
    parts = ["# normviz gallery\n"]
    for sidecar in renders:
        name = sidecar["spec"]["name"]
        numbers = "\n".join(f"- `{k}`: {v}" for k, v in flat_numbers(sidecar["shown"]))
        parts.append(f"## {name}\n\n{embed(sidecar, 'markdown', '.')}\n\n"
                     f"{sidecar['claim']} ({sidecar['duration']:.1f} s)\n\n{numbers}\n")
    return "\n".join(parts)


def write_gallery(root: Path) -> list[Path]:
    """Write ``index.html`` and ``index.md`` into ``root`` (atomically); their paths."""
    renders = sidecars(root) if root.is_dir() else []
    root.mkdir(parents=True, exist_ok=True)
    written = []
    for filename, content in (("index.html", gallery_html(renders)),
                              ("index.md", gallery_markdown(renders))):
        target = root / filename
        staged = root / f".{filename}.{uuid.uuid4().hex[:8]}"
        staged.write_text(content, encoding="utf-8")
        os.replace(staged, target)
        written.append(target)
    return written
