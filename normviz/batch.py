"""Many render jobs at once: local worker processes or a Dask cluster, with a progress bar.

Both paths go through the ``concurrent.futures.Executor`` interface: a local
``ProcessPoolExecutor`` or ``distributed.Client(address).get_executor()`` for an existing
Dask cluster.  A worker process renders one job after another: each render runs inside
manim's ``tempconfig``, which restores the global config afterwards, and builds its scene
class afresh, so nothing carries over from one job to the next.  A job that fails is
reported at the end; it never stops the others (``render_job`` returns a failed result
instead of raising).
"""

from __future__ import annotations

import contextlib
import multiprocessing
from collections.abc import Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor, as_completed
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from normviz.outputs import read_sidecar, tidy
from normviz.render import JobResult, cached_result, content_hash, render_job, source_digest
from normviz.spec import RenderSpec


@contextlib.contextmanager
def executor_for(workers: int, scheduler: str | None) -> Iterator[Executor]:
    """A pool of ``workers`` local processes, or the Dask cluster at ``scheduler``."""
    if scheduler is None:
        context = multiprocessing.get_context("spawn")  # no threads or locks copied by fork
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
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

    The cache is checked here, with the sources hashed once (and again by each job, under
    its name's lock): only specs whose outputs are missing or stale reach the workers,
    longest first when an earlier render timed them.
    One spec with one worker and no scheduler renders in this process (no start-up cost).
    """
    console = console or Console(stderr=True)
    sources = source_digest()
    results: dict[str, JobResult] = {}
    pending: list[tuple[float, int, RenderSpec, str]] = []
    for order, spec in enumerate(specs):
        digest = content_hash(spec, sources)
        tidy(root, spec.name)
        cached = None if force else cached_result(spec, root, digest)
        if cached is not None:
            results[spec.name] = cached
            continue
        earlier = read_sidecar(root, spec.name, quiet=True)
        seconds = 0.0 if earlier is None else earlier.render_seconds
        pending.append((-seconds, order, spec, digest))
    pending.sort(key=lambda job: job[:2])
    if not pending:
        return [results[spec.name] for spec in specs]
    if len(pending) == 1 and workers == 1 and scheduler is None:
        _, _, spec, digest = pending[0]
        with console.status(f"rendering {spec.name}"):
            results[spec.name] = render_job(spec, str(root), digest, force)
        return [results[spec.name] for spec in specs]
    columns = (TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn(), TextColumn("{task.fields[last]}"))
    with executor_for(workers, scheduler) as executor, \
            Progress(*columns, console=console, transient=False) as progress:
        task = progress.add_task("rendering", total=len(pending), last="")
        futures = {executor.submit(render_job, spec, str(root), digest, force): spec
                   for _, _, spec, digest in pending}
        for future in as_completed(futures):
            spec = futures[future]
            try:
                result = future.result()
            except Exception as error:  # a worker that died (killed, out of memory)
                result = JobResult(spec.name, "failed", error=f"worker lost: {error}")
            results[spec.name] = result
            progress.update(task, advance=1, last=f"{result.name}: {result.status}")
    return [results[spec.name] for spec in specs]
