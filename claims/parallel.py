"""Every core: the pipeline in worker processes, results in input order.

``run_jobs(inputs, jobs=N)`` cuts the input stream into batches, hands each to one of N worker processes (each
loads its parsing pipelines once, at its first batch, and keeps them) and yields the results in the order of the
inputs, byte for byte what ``claims.pipeline.run`` yields in one process. A worker's batch is small
(``TASK_SIZE`` inputs at most, fewer than ``batch_size``), so that the workers finish together: with batches of 16
the last batch of one worker kept the other waiting for up to a sixteenth of the run. At most ``IN_FLIGHT × N``
batches are in flight, so memory stays flat however long the stream, and a slow batch at the head of the queue
does not leave a worker idle. ``jobs=1`` (or a single input) runs in this process, with no worker
to start.
"""
from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice

from .read import Input

IN_FLIGHT = 4  # batches queued per worker: enough to keep every worker busy, few enough to keep memory flat
TASK_SIZE = 4  # inputs per worker batch at most (each worker still parses the paragraphs of a batch together)


def default_jobs() -> int:
    """The cores this process may use (its CPU affinity where the system tells it, else the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def resolve_jobs(jobs: int | None, inputs: int | None = None) -> int:
    """The number of worker processes to use: ``jobs`` (None or 0: every core), never more than the inputs."""
    n = default_jobs() if not jobs or jobs < 1 else jobs
    return max(1, min(n, inputs)) if inputs is not None else n


def _batches(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _work(batch: list, lang: str | None, model: str | None, batch_size: int, time_budget: float | None = None) -> list:
    """In a worker: one batch through the pipeline (the pipelines stay loaded in the worker between batches)."""
    from .pipeline import run

    return list(run(batch, lang=lang, model=model, batch_size=batch_size, time_budget=time_budget))


def _split_long(batches: Iterable[list]) -> Iterator[tuple[list, Input | None]]:
    """``(batch, None)`` for a batch of short inputs, ``(batch_before, long_input)`` around every input longer
    than the part size (``claims.chunks``), in input order: a long input runs in this process with its parts
    spread over the workers instead of inside one worker."""
    from . import chunks

    for batch in batches:
        start = 0
        for i, item in enumerate(batch):
            if isinstance(item, Input) and chunks.needs_parts(item.pipeline_text, chunks.CHUNK_CHARS):
                yield batch[start:i], item
                start = i + 1
        if start < len(batch):
            yield batch[start:], None


def ordered_map(pool, fn, args, in_flight: int) -> Iterator:
    """``fn(*a)`` for every ``a`` of ``args`` in ``pool``, yielded in order, at most ``in_flight`` at a time
    (memory stays flat however many); closing the generator cancels what is queued."""
    pending: deque = deque()
    try:
        for a in args:
            pending.append(pool.submit(fn, *a))
            if len(pending) >= in_flight:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()


#: run in every worker process as it starts (``ProcessPoolExecutor(initializer=…)``); None by default.
#: benchmarks/scale.py sets ``os.setsid`` to measure the workers each in a scheduling group of its own.
WORKER_INITIALIZER = None


def _context():
    """Fork where the system has it (workers start at once and share the imported code); spawn elsewhere."""
    import multiprocessing  # (here, not at the top: a run with one job, `claims check` of a draft, never needs it)

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def run_jobs(inputs: Iterable[Input | Exception], lang: str | None = None, model: str | None = None,
             batch_size: int = 16, jobs: int | None = 1, time_budget: float | None = None):
    """``claims.pipeline.run`` over ``jobs`` worker processes (None: every core); the same results in the same
    order. A worker that dies (killed, out of memory) turns its batch into error results naming each input, and the
    run goes on with a new worker."""
    from .pipeline import run

    jobs = resolve_jobs(jobs)
    if jobs <= 1:
        yield from run(inputs, lang=lang, model=model, batch_size=batch_size, time_budget=time_budget)
        return
    extra = () if time_budget is None else (time_budget,)  # (the worker's time budget, passed only when set)
    workers = _Workers(jobs, (lang, model, batch_size, *extra))
    try:
        for batch, long in _split_long(_batches(inputs, max(1, min(batch_size, TASK_SIZE)))):
            if batch:
                workers.submit(batch)
            while len(workers.pending) > IN_FLIGHT * jobs or (long is not None and workers.pending):
                yield from workers.collect()
            if long is not None:  # a long document in this process, its parts over the workers (claims.chunks)
                yield from run([long], lang=lang, model=model, batch_size=batch_size, time_budget=time_budget,
                               part_map=lambda fn, args: ordered_map(workers.pool, fn, args, IN_FLIGHT * jobs))
                if getattr(workers.pool, "_broken", False):
                    workers.restart()
        while workers.pending:
            yield from workers.collect()
    finally:
        workers.pool.shutdown(wait=True, cancel_futures=True)


class _Workers:
    """The worker processes of a run with the batches queued on them, in input order; a worker that dies is
    replaced, and only the batch that killed it is lost."""

    def __init__(self, jobs: int, args: tuple):
        self.jobs, self.args = jobs, args  # (``_work``'s arguments after the batch)
        self.pending: deque = deque()
        self.pool = self._start()

    def _start(self):
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(max_workers=self.jobs, mp_context=_context(), initializer=WORKER_INITIALIZER)

    def restart(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._start()

    def submit(self, batch: list) -> None:
        self.pending.append((batch, self.pool.submit(_work, batch, *self.args)))

    def collect(self) -> list:
        """The results of the oldest batch. When a worker died and took the pool with it, that batch runs again
        alone (so that only the batch that kills a worker is lost) and the batches behind it are queued again."""
        from concurrent.futures.process import BrokenProcessPool

        from .pipeline import Result

        batch, future = self.pending.popleft()
        try:
            return future.result()
        except BrokenProcessPool:
            pass
        self.restart()
        try:
            results = self.pool.submit(_work, batch, *self.args).result()
        except BrokenProcessPool as exc:
            self.restart()
            results = [Result(None, error=str(item), name=getattr(item, "name", "")) if isinstance(item, Exception)
                       else Result(item, error=f"{item.path or item.id}: worker process died ({exc})")
                       for item in batch]
        for k, (b, _) in enumerate(self.pending):
            self.pending[k] = (b, self.pool.submit(_work, b, *self.args))
        return results
