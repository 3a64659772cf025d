"""Snippets to embed a render in notes, and the gallery pages of every render.

Everything is read from the sidecars (``renders/<name>/<name>.json``), which are untrusted:
only sidecars that pass ``Sidecar``'s schema are shown (a bad one is skipped with a warning),
every value put into HTML is escaped, every value put into Markdown is sanitised (one line,
Markdown and HTML punctuation escaped, code spans fenced), and file paths are
percent-encoded.  Paths in a snippet are ``<prefix>/<name>/<file>`` where ``prefix`` is
where the notes see the renders folder (``renders`` by default; a URL works too).  The
gallery pages sit in the renders folder and link their files relatively.
"""

from __future__ import annotations

import html
import json
import re
import urllib.parse
from pathlib import Path

from normviz.explore import ExplorerState, build_page, explorer_state
from normviz.outputs import (
    NAME,
    OutputError,
    Sidecar,
    SidecarError,
    check_folders,
    load_sidecar,
    read_all,
    replace_text,
    sidecar_path,
)

STYLES = ("obsidian", "markdown", "html", "iframe")
#: The renders that have an explorer preset (``normviz explore`` with their numbers): the
#: tangency scenes, each with the ball it draws (None: the spec's ``norm``) and layout.
EXPLORER_SCENES = {"l1": ("l1", "single"), "l2": ("l2", "single"),
                   "tangency": (None, "single"), "side_by_side": ("l1", "both")}
#: The folder of the renders folder where the gallery writes the explorer presets.
EXPLORER_FOLDER = "explore"
#: The explorer's height in an iframe (px): both panels and the controls at 800 px wide.
IFRAME_HEIGHT = 720
LANGUAGE_NAMES = {"en": "English", "zh": "中文"}
GALLERY_FILES = ("index.html", "index.md")
_VIDEO_TYPES = {"webm": "video/webm", "mp4": "video/mp4"}
#: Characters with a meaning in CommonMark (and Obsidian) inline text.
_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_{}\[\]()#+!|~$=:^.@%-])")


def load_render(root: Path, name: str) -> Sidecar:
    """The sidecar of render ``name``; a one-line error when it has not been rendered or its
    sidecar is not usable."""
    path = sidecar_path(root, name)
    if NAME.fullmatch(name) and (path.exists() or path.is_symlink()):
        try:
            return load_sidecar(root, name)
        except SidecarError as error:
            raise ValueError(f"NAME {name!r}: its sidecar {path} is not "
                             f"usable ({error}); render it again") from None
    known = ", ".join(s.name for s in read_all(root, quiet=True))[:300]
    raise ValueError(f"NAME {name[:80]!r} has no render in {root}/ "
                     f"(rendered: {known or 'none'}; run normviz render first)")


def markdown_text(value: object) -> str:
    """``value`` as one line of Markdown text that shows exactly these characters."""
    line = " ".join(str(value).split())
    line = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", line)


def markdown_code(value: object) -> str:
    """``value`` as one inline code span, fenced longer than any backtick run inside."""
    line = " ".join(str(value).split())
    fence = "`" * (max((len(run) for run in re.findall("`+", line)), default=0) + 1)
    return f"{fence} {line} {fence}" if "`" in line else f"{fence}{line}{fence}"


def _link(prefix: str, name: str, relative: str) -> str:
    return f"{prefix.rstrip('/')}/{name}/{urllib.parse.quote(relative, safe='/')}"


def as_style(style: str) -> str:
    """``style`` when it is one of ``STYLES``; otherwise a one-line error."""
    if style not in STYLES:
        raise ValueError(f"--style must be one of {', '.join(STYLES)}, got {style!r}")
    return style


def explorer_preset(sidecar: Sidecar) -> ExplorerState | None:
    """The explorer's first state with the render's numbers (its spec's parameters, else
    the scene's defaults, ``scenes.defaults``); None for a scene without a loss and a ball
    to explore, or parameters the explorer does not accept."""
    if sidecar.scene not in EXPLORER_SCENES:
        return None
    norm, layout = EXPLORER_SCENES[sidecar.scene]
    parameters = sidecar.spec.get("parameters") or {}
    try:
        return explorer_state(center=parameters.get("center"), matrix=parameters.get("matrix"),
                              radius=parameters.get("radius"),
                              norm=norm or parameters.get("norm", "l1"), layout=layout)
    except ValueError:
        return None


def explorer_link(prefix: str, name: str) -> str:
    """Where a note sees the explorer preset of render ``name``."""
    return f"{prefix.rstrip('/')}/{EXPLORER_FOLDER}/{urllib.parse.quote(name)}.html"


def embed(sidecar: Sidecar, style: str, prefix: str = "renders") -> str:
    """The snippet that shows this render in a note of the given style (``iframe``: its
    explorer preset, with the video inside the iframe for readers without iframes)."""
    as_style(style)
    files = sidecar.files

    def url(kind: str) -> str:
        return _link(prefix, sidecar.name, files[kind])

    moving = next((kind for kind in ("mp4", "webm", "gif") if kind in files), None)
    if style == "iframe":
        if explorer_preset(sidecar) is None:
            raise ValueError(f"--style iframe: render {sidecar.name!r} (scene "
                             f"{sidecar.scene}) has no explorer preset; the scenes with one "
                             f"are {', '.join(EXPLORER_SCENES)}")
        title = html.escape(sidecar.claim)
        return (f'<iframe src="{html.escape(explorer_link(prefix, sidecar.name))}" '
                f'title="{title}" width="100%" height="{IFRAME_HEIGHT}" loading="lazy" '
                f'style="border: 0">\n{_html_figure(sidecar, url)}\n</iframe>')
    if style == "html":
        return _html_figure(sidecar, url)
    caption = markdown_text(sidecar.claim)
    if style == "obsidian":
        return f"![[{url(moving or 'poster')}]]\n*{caption}*"
    still = url("gif") if moving == "gif" else url("poster")
    image = f"![{caption}]({still})"
    return f"[{image}]({url(moving)})" if moving and moving != "gif" else image


def _html_figure(sidecar: Sidecar, url) -> str:
    files, lang = sidecar.files, sidecar.lang
    caption = html.escape(sidecar.claim)
    sources = [kind for kind in ("webm", "mp4") if kind in files]
    if not sources:
        still = url("gif") if "gif" in files else url("poster")
        media = f'<img src="{html.escape(still)}" alt="{caption}">'
    else:
        media = "\n".join([
            f'<video controls preload="metadata" poster="{html.escape(url("poster"))}" '
            f'width="{int(sidecar.video["width"])}">',
            *[f'  <source src="{html.escape(url(kind))}" type="{_VIDEO_TYPES[kind]}">'
              for kind in sources],
            f'  <track kind="subtitles" srclang="{html.escape(lang)}" '
            f'label="{LANGUAGE_NAMES[lang]}" src="{html.escape(url("vtt"))}" default>',
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


def gallery_html(renders: list[Sidecar]) -> str:
    """One page: per render its video (poster, subtitles), claim, duration and numbers."""
    figures = []
    for sidecar in renders:
        name = html.escape(sidecar.name)
        rows = "\n".join(f"<tr><th>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>"
                         for k, v in flat_numbers(sidecar.shown))
        video = sidecar.video
        explore = (f'<p><a href="{html.escape(explorer_link(".", sidecar.name))}">'
                   "Explore these numbers: drag c, change t and the ball</a></p>\n"
                   if explorer_preset(sidecar) is not None else "")
        figures.append(
            f'<section id="{name}" lang="{html.escape(sidecar.lang)}">\n'
            f"<h2>{name}</h2>\n"
            f"{embed(sidecar, 'html', '.')}\n{explore}"
            f'<p class="meta">{sidecar.duration:.1f} s · scene {html.escape(sidecar.scene)} · '
            f'{int(video["width"])}x{int(video["height"])}</p>\n'
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


def gallery_markdown(renders: list[Sidecar]) -> str:
    """The same gallery as Markdown: poster linking to the video, claim, numbers."""
    parts = ["# normviz gallery\n"]
    for sidecar in renders:
        numbers = "\n".join(f"- {markdown_code(k)}: {markdown_code(v)}"
                            for k, v in flat_numbers(sidecar.shown))
        explore = (f"[Explore these numbers]({explorer_link('.', sidecar.name)})\n\n"
                   if explorer_preset(sidecar) is not None else "")
        parts.append(f"## {markdown_text(sidecar.name)}\n\n{embed(sidecar, 'markdown', '.')}\n\n"
                     f"{markdown_text(sidecar.claim)} ({sidecar.duration:.1f} s)\n\n{explore}"
                     f"{numbers}\n")
    return "\n".join(parts)


def write_gallery(root: Path) -> list[Path]:
    """Write ``index.html`` and ``index.md`` into ``root``, and ``explore/NAME.html`` (the
    explorer with its numbers) for each render that has a preset, each by one rename;
    their paths.

    A one-line error, and nothing written, when ``root`` is a file or a page's path is taken
    by something that is not a file."""
    check_folders(root)
    renders = read_all(root)
    presets = {sidecar.name: (preset, sidecar.lang) for sidecar in renders
               if (preset := explorer_preset(sidecar)) is not None}
    folder = root / EXPLORER_FOLDER
    if presets and (folder.is_symlink() or (folder.exists() and not folder.is_dir())):
        raise OutputError(f"{folder} is not a folder: normviz writes the explorer pages there; "
                          "move it away")
    pages = dict(zip(GALLERY_FILES, (gallery_html(renders), gallery_markdown(renders)),
                     strict=True))
    pages.update({f"{EXPLORER_FOLDER}/{name}.html": build_page(preset, lang)
                  for name, (preset, lang) in presets.items()})
    for filename in pages:
        target = root / filename
        if target.is_symlink() or (target.exists() and not target.is_file()):
            raise OutputError(f"{target} is not a file: normviz writes the gallery page there; "
                              "move it away")
    root.mkdir(parents=True, exist_ok=True)
    if presets:
        folder.mkdir(exist_ok=True)
    written = []
    for filename, content in pages.items():
        replace_text(root / filename, content)
        written.append(root / filename)
    return written
