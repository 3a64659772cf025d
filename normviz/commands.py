"""The generator's subcommands: render, list, lesson, embed, gallery, slides, explore.

``render`` and ``lesson`` print the paths of the files they wrote (or found cached), one
per line, on stdout; progress and the per-job report go to stderr.  Exit code 0 when every
job succeeded, 1 when some failed (each failure is reported at the end), 2 for bad input.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console

from normviz import gallery
from normviz.catalog import LESSON, PARAMETERS, SCENES
from normviz.options import add_parameter, parse_numbers
from normviz.outputs import check_folders
from normviz.spec import (
    FORMATS,
    LANGS,
    QUALITIES,
    RenderSpec,
    lesson_specs,
    load_specs,
    make_spec,
)

if TYPE_CHECKING:
    from normviz.render import JobResult

EXIT_FAILED_JOBS = 1
DEFAULT_ROOT = Path("renders")
#: A Dask scheduler's address: ``[protocol://]host:port``.
_SCHEDULER = re.compile(
    r"^(?:(?:tcp|tls|ucx|ws|wss)://)?(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9][A-Za-z0-9.-]*):\d{1,5}$")


def check_scheduler(address: str | None) -> str | None:
    """``address`` when it reads as a Dask scheduler's address (or is not given)."""
    if address is not None and not _SCHEDULER.match(address):
        raise ValueError("--scheduler must be a Dask scheduler address such as "
                         f"tcp://host:8786, got {address!r}"[:300])
    return address


def _flag_table(args: argparse.Namespace) -> dict[str, object]:
    """The spec table given by ``normviz render SCENE --center ...`` flags."""
    table: dict[str, object] = {"scene": args.target}
    if args.center is not None:
        table["center"] = parse_numbers(args.center, "--center")
    if args.matrix is not None:
        flat = parse_numbers(args.matrix, "--matrix")
        side = round(len(flat) ** 0.5)
        if side * side != len(flat):
            raise ValueError(f"--matrix must have n*n numbers (row-major), got {len(flat)}")
        table["matrix"] = [flat[i * side:(i + 1) * side] for i in range(side)]
    for key in ("radius", "norm", "data", "lang", "quality", "name"):
        if getattr(args, key) is not None:
            table[key] = getattr(args, key)
    if args.data_target is not None:  # ``args.target`` is the SCENE|SPEC.toml argument
        table["target"] = args.data_target
    if args.format is not None:
        table["format"] = args.format.split(",")
    return table


def _as_flag_error(error: ValueError) -> ValueError:
    """mathcore and the spec name a field ``radius``; on the command line it is ``--radius``."""
    message = str(error)
    first, _, rest = message.partition(" ")
    if first == "scene":
        return ValueError(f"SCENE {rest}")
    return ValueError(f"--{message}" if first in (*PARAMETERS, "lang", "quality", "format", "name")
                      else message)


def _specs_for(args: argparse.Namespace) -> list[RenderSpec]:
    if args.target.endswith(".toml"):
        given = [f"--{k}" for k in ("center", "matrix", "radius", "norm", "data",
                                    "data_target", "lang", "quality", "format", "name")
                 if getattr(args, k) is not None]
        given = [flag.replace("data_target", "target") for flag in given]
        if given:
            raise ValueError(f"{given[0]} applies only to a scene name; a spec file sets "
                             "its own fields")
        return load_specs(Path(args.target))
    try:
        return [make_spec(_flag_table(args))]
    except ValueError as error:
        raise _as_flag_error(error) from None


def report(results: list[JobResult], console: Console) -> int:
    """Paths on stdout; cached/failed on stderr; the exit code."""
    for result in results:
        for path in result.files:
            print(path)
    failed = [r for r in results if r.status == "failed"]
    cached = sum(r.status == "cached" for r in results)
    rendered = sum(r.status == "rendered" for r in results)
    console.print(f"normviz: {rendered} rendered, {cached} cached (unchanged), "
                  f"{len(failed)} failed")
    for result in failed:
        console.print(f"normviz: failed: {result.name}: {result.error}", markup=False)
    return EXIT_FAILED_JOBS if failed else 0


def _run_batch(specs: list[RenderSpec], args: argparse.Namespace) -> int:
    """Render ``specs`` with the batch options of ``args``; report; the exit code.

    The output folder and every render's folder are checked before anything renders."""
    from normviz.batch import run_batch  # manim: loaded only when something renders

    scheduler = check_scheduler(args.scheduler)
    check_folders(Path(args.out), [spec.name for spec in specs])
    console = Console(stderr=True)
    results = run_batch(specs, Path(args.out), workers=args.workers,
                        scheduler=scheduler, force=args.force, console=console)
    return report(results, console)


def _render(args: argparse.Namespace) -> int:
    return _run_batch(_specs_for(args), args)


def _lesson(args: argparse.Namespace) -> int:
    try:
        specs = lesson_specs(args.lang, args.quality, args.format.split(","))
    except ValueError as error:
        raise _as_flag_error(error) from None
    return _run_batch(specs, args)


def _list(args: argparse.Namespace) -> int:
    rows = []
    for entry in SCENES.values():
        defaults = {k: (list(map(list, v)) if k == "matrix" else list(v) if k == "center" else v)
                    for k, v in entry.defaults().items()}
        rows.append({"scene": entry.name, "parameters": defaults,
                     "in_lesson": entry.name in LESSON, "claim": entry.claim(args.lang)})
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    for row in rows:
        shown = "  ".join(f"--{k} {json.dumps(v)}" for k, v in row["parameters"].items())
        print(f"{row['scene']:<15} {row['claim']}")
        print(f"{'':<15} parameters: {shown or '(none; --lang, --quality, --format only)'}")
    print("\nparameters:\n" + "\n".join(f"  --{k:<7} {v}" for k, v in PARAMETERS.items()))
    return 0


def _embed(args: argparse.Namespace) -> int:
    style = gallery.as_style(args.style)  # before looking for the render
    print(gallery.embed(gallery.load_render(Path(args.out), args.name), style, args.prefix))
    return 0


def _gallery(args: argparse.Namespace) -> int:
    for path in gallery.write_gallery(Path(args.out)):
        print(path)
    return 0


def _slides(args: argparse.Namespace) -> int:
    from normviz.slides import build_slides

    for path in build_slides(Path(args.out), args.lang, args.quality,
                             args.workers):
        print(path)
    return 0


def _one_number(text: str, name: str) -> float:
    """The flag's text as one number; a one-line error naming ``--name`` otherwise."""
    try:
        return float(text)
    except ValueError:
        raise ValueError(f"--{name.replace('_', '-')} must be a number, got {text!r}"[:300]
                         ) from None


def _explore(args: argparse.Namespace) -> int:
    from normviz.explore import build_page, explorer_state, write_page

    numbers = {name: None if text is None else parse_numbers(text, f"--{name}")
               for name, text in (("center", args.center), ("matrix", args.matrix))}
    scalars = {name: None if text is None else _one_number(text, name)
               for name, text in (("radius", args.radius), ("l1_ratio", args.l1_ratio),
                                  ("p", args.p), ("lam", args.lam))}
    try:
        state = explorer_state(**numbers, **scalars, norm=args.norm, layout=args.layout,
                               form=args.form)
        html = build_page(state, args.lang, args.theme)
    except ValueError as error:
        name, _, rest = str(error).partition(" ")
        raise ValueError(f"--{name.replace('_', '-')} {rest}") from None
    print(write_page(Path(args.out), html))
    return 0


def _add_batch_options(parser: argparse.ArgumentParser) -> None:
    add_parameter(parser, "workers", default=1)
    parser.add_argument("--scheduler", help="address of a Dask scheduler, e.g. tcp://host:8786")
    parser.add_argument("--force", action="store_true",
                        help="render even when an identical render exists")
    parser.add_argument("--out", default=str(DEFAULT_ROOT), help="output folder (renders)")


def add_commands(commands) -> None:
    """Register the generator subcommands on ``normviz``'s subparsers."""
    render = commands.add_parser(
        "render", help="render a scene, or every explainer of a TOML spec file",
        description="Render SCENE (see normviz list) with its parameters, or SPEC.toml. "
        "Prints the paths of the files written, one per line.")
    render.add_argument("target", metavar="SCENE|SPEC.toml")
    render.add_argument("--center", help="c, e.g. 3,1")
    render.add_argument("--matrix", help="A row-major, e.g. 2,0.5,0.5,1")
    add_parameter(render, "radius")
    add_parameter(render, "norm", meaning="the ball of scene tangency: l1 or l2")
    render.add_argument("--data", help="scene ridge_vs_lasso: diabetes (default) or a CSV "
                        "file with a header row")
    render.add_argument("--target", dest="data_target",
                        help="scene ridge_vs_lasso: the response column of the CSV file")
    render.add_argument("--lang", help=f"one of {', '.join(LANGS)} (default en)")
    render.add_argument("--quality", help=f"one of {', '.join(QUALITIES)} (default l)")
    render.add_argument("--format", help=f"comma-separated, of {', '.join(FORMATS)} (default mp4)")
    render.add_argument("--name", help="output name (default from scene, language, numbers)")
    _add_batch_options(render)
    render.set_defaults(handler=_render)
    lesson = commands.add_parser(
        "lesson", help="render the whole note: one video per claim, with sections",
        description="Renders " + ", ".join(LESSON) + " as lesson-01-... in that order.")
    lesson.add_argument("--lang", default="en", help=f"one of {', '.join(LANGS)}")
    lesson.add_argument("--quality", default="l", help=f"one of {', '.join(QUALITIES)}")
    lesson.add_argument("--format", default="mp4", help=f"comma-separated, of {', '.join(FORMATS)}")
    _add_batch_options(lesson)
    lesson.set_defaults(handler=_lesson)
    listing = commands.add_parser(
        "list", help="the scenes, their parameters and defaults",
        description="Every scene normviz renders: its claim, and the parameters "
        "normviz render accepts for it with their defaults.")
    listing.add_argument("--lang", default="en", choices=LANGS)
    listing.add_argument("--json", action="store_true", help="print one JSON array")
    listing.set_defaults(handler=_list)
    embedding = commands.add_parser(
        "embed", help="print the snippet that embeds a render",
        description="Print the Markdown, Obsidian or HTML snippet that puts the render NAME "
        "(a folder of the renders folder) into a note or a page.")
    embedding.add_argument("name", metavar="NAME")
    embedding.add_argument("--style", default="markdown",
                           help="obsidian, markdown, html or iframe (the explorer preset that "
                           "normviz gallery writes, with the video inside for readers "
                           "without iframes)")
    embedding.add_argument("--prefix", default=str(DEFAULT_ROOT),
                           help="where the note sees the renders folder (path or URL)")
    embedding.add_argument("--out", default=str(DEFAULT_ROOT), help="renders folder")
    embedding.set_defaults(handler=_embed)
    pages = commands.add_parser(
        "gallery", help="write renders/index.html and renders/index.md",
        description="Write index.html and index.md in the renders folder: every render "
        "there, with its claim, poster and files.")
    pages.add_argument("--out", default=str(DEFAULT_ROOT), help="renders folder")
    pages.set_defaults(handler=_gallery)
    slides = commands.add_parser(
        "slides", help="the lesson as a manim-slides (reveal.js) deck",
        description="Render the lesson as one manim-slides deck (reveal.js HTML), a slide "
        "per beat, in the output folder.")
    slides.add_argument("--lang", default="en", choices=LANGS)
    slides.add_argument("--quality", default="l", choices=tuple(QUALITIES))
    slides.add_argument("--out", default=str(DEFAULT_ROOT), help="output folder (renders)")
    add_parameter(slides, "workers", default=1)
    slides.set_defaults(handler=_slides)
    explorer = commands.add_parser(
        "explore", help="write the interactive explorer: one self-contained HTML page",
        description="Write one HTML page (no network needed) where the loss's centre is "
        "dragged, the radius, the loss's shape and the ball changed, and every optimum is "
        "solved exactly in the page. Prints the page's path.")
    explorer.add_argument("--center", help="c, e.g. 2,1.2")
    explorer.add_argument("--matrix", help="A row-major, symmetric positive semi-definite, "
                          "e.g. 1,0.4,0.4,0.6")
    explorer.add_argument("--radius", help="t, the ball's radius (> 0)")
    explorer.add_argument("--norm", help="the ball: l1, l2, enet or lp (default l1)")
    explorer.add_argument("--l1-ratio", help="the elastic net's mixing rho in [0, 1]")
    explorer.add_argument("--p", help="the Lp ball's p in [0.5, 8]")
    explorer.add_argument("--layout", help="both (L1 and L2 side by side) or single")
    explorer.add_argument("--form", help="constrained or penalised")
    explorer.add_argument("--lam", help="the penalised form's lambda >= 0")
    explorer.add_argument("--lang", default="en", help=f"one of {', '.join(LANGS)}")
    explorer.add_argument("--theme", default="dark", help="dark")
    explorer.add_argument("--out", default=str(DEFAULT_ROOT / "explore.html"),
                          help="the page to write (default renders/explore.html)")
    explorer.set_defaults(handler=_explore)
