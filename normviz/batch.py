"""Many render jobs at once: local worker processes or a Dask cluster, with a progress bar.

Both paths go through the ``concurrent.futures.Executor`` interface: a local
``ProcessPoolExecutor`` (one fresh process per job, so manim's global config and caches
never leak from one render into the next) or ``distributed.Client(address).get_executor()``
for an existing Dask cluster.  A job that fails is reported at the end; it never stops
the others (``render_job`` returns a failed result instead of raising).
"""

from __future__ import annotations

import contextlib
import multiprocessing
from collections.abc import Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor, as_completed
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from normviz.render import JobResult, render_job
from normviz.spec import RenderSpec


@contextlib.contextmanager
def executor_for(workers: int, scheduler: str | None) -> Iterator[Executor]:
    """A pool of ``workers`` local processes, or the Dask cluster at ``scheduler``."""
    if scheduler is None:
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(workers, mp_context=context, max_tasks_per_child=1) as pool:
            yield pool
        return
    try:
        from distributed import Client
    except ImportError:
        raise ValueError("--scheduler needs the distributed package "
                         "(pip install 'normviz[dask]')") from None
    try:
        client = Client(scheduler, timeout="10s")
    except (OSError, TimeoutError) as error:
        raise ValueError(f"--scheduler cannot reach a Dask scheduler at {scheduler}: "
                         f"{error}") from None
    with client, client.get_executor(pure=False) as executor:
        yield executor


def run_batch(specs: Sequence[RenderSpec], root: Path, *, workers: int = 1,
              scheduler: str | None = None, force: bool = False,
              console: Console | None = None) -> list[JobResult]:
    """Render every spec; results in the order of ``specs``.

    One spec with one worker and no scheduler renders in this process (no start-up cost).
    """
    console = console or Console(stderr=True)
    if len(specs) == 1 and workers == 1 and scheduler is None:
        with console.status(f"rendering {specs[0].name}"):
            return [render_job(specs[0], str(root), force)]
    results: dict[str, JobResult] = {}
    columns = (TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn(), TextColumn("{task.fields[last]}"))
    with executor_for(workers, scheduler) as executor, \
            Progress(*columns, console=console, transient=False) as progress:
        task = progress.add_task("rendering", total=len(specs), last="")
        futures = {executor.submit(render_job, spec, str(root), force): spec for spec in specs}
        for future in as_completed(futures):
            spec = futures[future]
            try:
                result = future.result()
            except Exception as error:  # a worker that died (killed, out of memory)
                result = JobResult(spec.name, "failed", error=f"worker lost: {error}")
            results[spec.name] = result
            progress.update(task, advance=1, last=f"{result.name}: {result.status}")
    return [results[spec.name] for spec in specs]
