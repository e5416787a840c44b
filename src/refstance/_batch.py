"""Parse many articles: in order, streaming, optionally on several processes.

:func:`parse_many` takes texts, bytes, files and folders, and yields one result per article in
the order given: an :class:`~refstance.Article`, or a :class:`ParseFailure` for an input that
could not be read or decoded. It consumes its input lazily and keeps only a few tasks per
worker in flight, so a generator of a million paths runs in bounded memory.

>>> import refstance
>>> results = list(refstance.parse_many(["Serbia will not recognize it.", b"\\xff"], workers=1))
>>> type(results[0]).__name__
'Article'
>>> print(results[1])
<input 1>: not UTF-8 text (byte 0xff at offset 0)
>>> results[1].error
'DecodeError'
"""

from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING

import attrs

from refstance._api import _coerce_published, decode, parse
from refstance._errors import DecodeError, RefstanceError
from refstance._model import Article

if TYPE_CHECKING:
    import multiprocessing.context
    from concurrent.futures import Future

__all__ = ["Input", "ParseFailure", "parse_many"]

Input = str | bytes | os.PathLike[str]
"""What :func:`parse_many` takes: article text, UTF-8 bytes, or the path of a file or folder."""

# Inputs handed to one worker call. Parsing an article takes milliseconds, a round trip to a
# worker process a fraction of one; small chunks amortise that without hurting streaming.
_CHUNK = 4
# Chunks in flight per worker: enough to keep every worker busy while the parent yields.
_IN_FLIGHT_PER_WORKER = 2


@attrs.frozen(kw_only=True)
class ParseFailure:
    """An input :func:`parse_many` could not read or decode.

    ``source`` is the file's path, or ``"<input N>"`` (N counting inputs from 0) for text and
    bytes; ``message`` says in one line what went wrong; ``error`` is the name of the
    exception class (``FileNotFoundError``, ``DecodeError``, …).
    """

    source: str
    message: str
    error: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


# A task is (source, payload, kind): kind "text" carries the text or bytes of an input, "file"
# the path of a file the worker reads itself, "read" the bytes already read from the file
# named by source, "error" the OSError of a folder or file that could not be read.
_Task = tuple[str, str | bytes | OSError, str]
_Result = Article | ParseFailure


def _failure(source: str, error: BaseException) -> ParseFailure:
    if isinstance(error, DecodeError):
        message = str(error)
        prefix = f"{source}: "
        if message.startswith(prefix):
            message = message[len(prefix) :]
    elif isinstance(error, OSError):
        message = f"cannot read: {error}"
    else:  # pragma: no cover - only OSError and DecodeError are caught
        message = str(error)
    message = " ".join(message.split())  # one line, whatever the OS put in it
    return ParseFailure(source=source, message=message, error=type(error).__name__)


def _work_one(task: _Task, published: date | None) -> _Result:
    source, payload, kind = task
    try:
        if isinstance(payload, OSError):
            raise payload
        if kind == "file":
            with open(payload, "rb") as f:
                payload = f.read()
        text = decode(payload, where=source) if isinstance(payload, bytes) else payload
    except (OSError, DecodeError) as e:
        return _failure(source, e)
    named = kind in ("file", "read")
    return parse(text, published=published, source=source if named else None)


def _work(tasks: list[_Task], published: date | None) -> list[_Result]:
    """What a worker process runs: read (for files), decode and parse each task."""
    return [_work_one(t, published) for t in tasks]


def _tasks(inputs: Iterable[Input]) -> Iterator[_Task]:
    """One task per article, lazily; folders become their ``*.txt`` files sorted by name."""
    for i, item in enumerate(inputs):
        if isinstance(item, str):
            yield (f"<input {i}>", item, "text")
        elif isinstance(item, (bytes, bytearray, memoryview)):
            yield (f"<input {i}>", bytes(item), "text")
        elif isinstance(item, os.PathLike):
            path = os.fsdecode(os.fspath(item))
            if os.path.isdir(path):
                try:
                    with os.scandir(path) as entries:
                        names = sorted(
                            e.name for e in entries if e.name.endswith(".txt") and not e.is_dir()
                        )
                except OSError as e:
                    yield (path, e, "error")
                    continue
                for name in names:
                    yield (os.path.join(path, name), os.path.join(path, name), "file")
            else:
                yield (path, path, "file")
        else:
            raise RefstanceError(
                f"inputs[{i}]: expected str, bytes or a path, got {type(item).__name__}"
            )


def _chunks(tasks: Iterator[_Task], size: int) -> Iterator[list[_Task]]:
    chunk: list[_Task] = []
    for t in tasks:
        chunk.append(t)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _single_threaded() -> bool:
    """Whether this process runs one OS thread (Linux only; ``False`` where unknown)."""
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


def _mp_context() -> multiprocessing.context.BaseContext:
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    # fork starts workers in milliseconds with the gazetteer already loaded, but copying a
    # process that runs threads (a Dask client, a BLAS pool) can deadlock, and Python 3.12+
    # warns about it: fork only a single-threaded process on Linux (macOS forbids fork after
    # some system calls). Otherwise forkserver, which is safe, or spawn where it is missing.
    if sys.platform == "linux" and "fork" in methods and _single_threaded():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


_WARM_UP_TEXT = (
    " date 2020-01-02 Voters backed the proposal in a referendum.\n\n"
    '"We respect the result," Foreign Minister Jane Doe said. Turnout was 61.5%, with '
    "52.1% in favour.\n"
)


def _warm_up() -> None:
    """Load the gazetteer and build every cached pattern before the workers fork."""
    from refstance._api import parse

    parse(_WARM_UP_TEXT)


def _serial(tasks: Iterator[_Task], published: date | None) -> Iterator[_Result]:
    for task in tasks:
        yield _work_one(task, published)


def _pooled(tasks: Iterator[_Task], published: date | None, workers: int) -> Iterator[_Result]:
    # imported here: multiprocessing and concurrent.futures would double `import refstance`
    from concurrent.futures import ProcessPoolExecutor

    limit = workers * _IN_FLIGHT_PER_WORKER
    pending: deque[Future[list[_Result]]] = deque()
    context = _mp_context()
    if context.get_start_method() == "fork":
        _warm_up()  # forked workers inherit the loaded gazetteer and compiled patterns
    executor = ProcessPoolExecutor(max_workers=workers, mp_context=context)
    try:
        chunks = _chunks(tasks, _CHUNK)
        exhausted = False
        while True:
            while not exhausted and len(pending) < limit:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                pending.append(executor.submit(_work, chunk, published))
            if not pending:
                return
            yield from pending.popleft().result()
    finally:
        for f in pending:
            f.cancel()
        executor.shutdown(wait=True, cancel_futures=True)


def parse_many(
    inputs: Iterable[Input],
    *,
    workers: int | None = None,
    published: date | str | None = None,
    on_error: Callable[[ParseFailure], object] | None = None,
) -> Iterator[Article | ParseFailure]:
    """Parse each input into an :class:`~refstance.Article`, yielding results in input order.

    Args:
        inputs: article texts (``str``), UTF-8 ``bytes`` (a byte-order mark is tolerated), or
            paths (:class:`os.PathLike`, e.g. :class:`pathlib.Path`) of files or of folders;
            a folder stands for its ``*.txt`` files, sorted by name. Read lazily: a generator
            is consumed only as fast as results are taken.
        workers: processes to parse on; ``None`` means :func:`os.cpu_count`, ``1`` parses in
            this process with no pool. Files are read in the worker processes.
        published: the publication date passed to :func:`refstance.parse` for every input.
        on_error: called with the :class:`ParseFailure` of an input that cannot be read or
            decoded, instead of yielding it.

    Yields:
        An :class:`~refstance.Article` per article (``source`` is the path for a file), or a
        :class:`ParseFailure` for an unreadable or undecodable input.

    Raises:
        RefstanceError: *workers* or *published* is malformed (at the call), or an input is
            of another type (when the iteration reaches it).

    With ``workers > 1`` the processes are forked when that is safe (Linux, a process with no
    other threads), else started with ``forkserver`` (``spawn`` where that does not exist), so
    a script that calls this must guard its entry point with ``if __name__ == "__main__":``.
    """
    if workers is None:
        workers = os.cpu_count() or 1
    elif isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise RefstanceError(f"workers: expected a positive integer or None, got {workers!r}")
    day = _coerce_published(published)
    return _parse_many(inputs, workers, day, on_error)


def _parse_many(
    inputs: Iterable[Input],
    workers: int,
    published: date | None,
    on_error: Callable[[ParseFailure], object] | None,
) -> Iterator[Article | ParseFailure]:
    tasks = _tasks(inputs)
    results = _serial(tasks, published) if workers == 1 else _pooled(tasks, published, workers)
    try:
        for result in results:
            if on_error is not None and isinstance(result, ParseFailure):
                on_error(result)
            else:
                yield result
    finally:
        close = getattr(results, "close", None)
        if close is not None:
            close()
