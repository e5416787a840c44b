"""Parse a corpus on a Dask cluster: bags of articles, rows and DataFrames.

This module needs the ``dask`` extra (``pip install 'refstance[dask]'``); it is imported only
when a user imports it (``import refstance.dask``). Everything is lazy: nothing is read or
parsed until the bag or DataFrame is computed, on whatever scheduler is active (the local
threads, processes, or a :class:`distributed.Client`).

Each element of a bag of articles is an :class:`~refstance.Article`, or a
:class:`~refstance.ParseFailure` for a file that could not be read or decoded, exactly as
:func:`refstance.parse_many` yields them. Tables (:func:`to_rows_bag`, :func:`to_dataframe`)
skip the failures; their ``article`` column is the element's position in the bag.

>>> import refstance.dask
>>> bag = refstance.dask.articles_from_texts(
...     __import__("dask.bag").bag.from_sequence(["Serbia will not recognize it."])
... )
>>> [a.text for a in bag.compute(scheduler="sync")]
['Serbia will not recognize it.']
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, cast

from refstance._api import _coerce_published
from refstance._batch import ParseFailure, _work_one
from refstance._errors import ExtraNotInstalledError, RefstanceError
from refstance._model import Article
from refstance._tables import TABLES, to_frames, to_rows

# dask's functions are not annotated: held as Any here, with the real types for annotations.
try:
    _dask: Any = importlib.import_module("dask")
    _db: Any = importlib.import_module("dask.bag")
except ImportError as e:  # pragma: no cover - exercised only without the extra
    raise ExtraNotInstalledError("refstance.dask needs dask: pip install 'refstance[dask]'") from e

if TYPE_CHECKING:
    import pandas as pd
    from dask.bag import Bag
    from dask.dataframe import DataFrame

__all__ = ["articles_from_paths", "articles_from_texts", "to_dataframe", "to_rows_bag"]

DEFAULT_PARTITION_SIZE = 100
"""Articles per partition: about a second of parsing, large enough to hide the scheduler's
per-task overhead, small enough to spread a corpus of a few thousand files over a cluster."""


def _check_table(table: str) -> None:
    if table not in TABLES:
        raise RefstanceError(f"table: expected one of {', '.join(TABLES)}, got {table!r}")


# --------------------------------------------------------------------------- articles


def _source(f: Any) -> str:
    protocol = f.fs.protocol
    protocols = (protocol,) if isinstance(protocol, str) else tuple(protocol)
    if "file" in protocols or "local" in protocols:
        return str(f.path)
    return str(f.fs.unstrip_protocol(f.path))


def _parse_open_file(f: Any, published: date | None) -> Article | ParseFailure:
    source = _source(f)
    try:
        with f as stream:
            data = stream.read()
    except OSError as e:
        return _work_one((source, e, "error"), published)
    return _work_one((source, bytes(data), "read"), published)


def _parse_text(text: str | bytes, published: date | None) -> Article | ParseFailure:
    return _work_one(("<input>", text, "text"), published)


def articles_from_paths(
    paths_or_glob: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    *,
    published: date | str | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    storage_options: dict[str, Any] | None = None,
) -> Bag:
    """A bag with one element per file: its :class:`~refstance.Article` (``source`` = path).

    Args:
        paths_or_glob: a glob (``"corpus/*.txt"``, ``"s3://bucket/news/*.txt"``), a path, or
            a list of them; anything :func:`fsspec.open_files` understands. Each file is one
            article, read whole as UTF-8 by the worker that parses it.
        published: the publication date for every article (overrides the text's own).
        partition_size: files per partition.
        storage_options: passed to fsspec (credentials, endpoint, ``anon=True``, …).

    Returns:
        A :class:`dask.bag.Bag` of :class:`~refstance.Article` and, for a file that cannot be
        read or decoded, :class:`~refstance.ParseFailure`, in the order of the sorted paths.

    Raises:
        RefstanceError: *published* or *partition_size* is malformed, or no file matches.
    """
    from fsspec.core import open_files  # type: ignore[import-untyped]

    day = _coerce_published(published)
    if isinstance(partition_size, bool) or not isinstance(partition_size, int):
        raise RefstanceError(f"partition_size: expected a positive integer, got {partition_size!r}")
    if partition_size < 1:
        raise RefstanceError(f"partition_size: expected a positive integer, got {partition_size!r}")
    if isinstance(paths_or_glob, (str, os.PathLike)):
        urlpath: str | list[str] = os.fspath(paths_or_glob)
    else:
        urlpath = [os.fspath(p) for p in paths_or_glob]
    files = open_files(urlpath, mode="rb", **(storage_options or {}))
    if not files:
        raise RefstanceError(f"paths_or_glob: no file matches {urlpath!r}")
    bag = _db.from_sequence(list(files), partition_size=partition_size)
    return cast("Bag", bag.map(_parse_open_file, published=day))


def articles_from_texts(bag_of_texts: Bag, *, published: date | str | None = None) -> Bag:
    """Parse a bag of article texts (``str``, or UTF-8 ``bytes``) into a bag of articles.

    Bytes that are not UTF-8 give a :class:`~refstance.ParseFailure` with source
    ``"<input>"``. Note that :func:`dask.bag.read_text` yields *lines*; for whole files use
    :func:`articles_from_paths`.

    Raises:
        RefstanceError: *published* is malformed.
    """
    day = _coerce_published(published)
    bag: Any = bag_of_texts
    return cast("Bag", bag.map(_parse_text, published=day))


# --------------------------------------------------------------------------- tables


def _with_offsets(bag: Any) -> list[tuple[Any, Any]]:
    """Each partition of *bag* as a delayed list, with the (delayed) position of its first
    element in the bag."""
    parts = bag.to_delayed(optimize_graph=False)
    offsets: list[Any] = [0]
    for part in parts[:-1]:
        offsets.append(_dask.delayed(_add)(offsets[-1], _dask.delayed(len)(part)))
    return list(zip(parts, offsets, strict=True))


def _add(a: int, b: int) -> int:
    return a + b


def _rows_of_partition(
    items: Sequence[Article | ParseFailure], offset: int, table: str
) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for i, item in enumerate(items):
        if not isinstance(item, Article):
            continue
        for row in to_rows(item)[table]:
            row["article"] = offset + i
            out.append(row)
    return out


def _frame_of_partition(
    items: Sequence[Article | ParseFailure], offset: int, table: str
) -> pd.DataFrame:
    import pandas as pd

    positions = [offset + i for i, item in enumerate(items) if isinstance(item, Article)]
    frame = to_frames([x for x in items if isinstance(x, Article)])[table]
    frame["article"] = pd.array([positions[j] for j in frame["article"]], dtype="Int64")
    return frame


def _per_partition(bag: Bag, func: Callable[..., Any], table: str) -> list[Any]:
    return [_dask.delayed(func)(part, offset, table) for part, offset in _with_offsets(bag)]


def to_rows_bag(bag_of_articles: Bag, table: str) -> Bag:
    """A bag of plain ``dict`` rows of one table of :func:`refstance.to_rows`.

    Args:
        bag_of_articles: a bag from :func:`articles_from_paths` or :func:`articles_from_texts`
            (failures are skipped).
        table: ``actors``, ``statements``, ``stances``, ``state_stances`` or ``results``.

    The ``article`` column is the position of the row's article in *bag_of_articles*.

    Raises:
        RefstanceError: *table* is not one of the tables.
    """
    _check_table(table)
    parts = _per_partition(bag_of_articles, _rows_of_partition, table)
    return cast("Bag", _db.from_delayed(parts))


def to_dataframe(bag_of_articles: Bag, table: str, meta: pd.DataFrame | None = None) -> DataFrame:
    """One table of :func:`refstance.to_rows` as a :class:`dask.dataframe.DataFrame`.

    Columns and dtypes are those of the pandas frames of the ``pandas`` extra: dates
    ``datetime64``, shares and turnout ``float64``, counts ``Int64``, other columns
    ``string``. Needs pandas (part of the ``dask`` extra).

    Args:
        bag_of_articles: a bag from :func:`articles_from_paths` or :func:`articles_from_texts`
            (failures are skipped).
        table: ``actors``, ``statements``, ``stances``, ``state_stances`` or ``results``.
        meta: an empty pandas DataFrame describing the columns; by default the table's own.

    Raises:
        RefstanceError: *table* is not one of the tables.
    """
    dd: Any = importlib.import_module("dask.dataframe")
    _check_table(table)
    if meta is None:
        meta = to_frames([])[table]
    parts = _per_partition(bag_of_articles, _frame_of_partition, table)
    return cast("DataFrame", dd.from_delayed(parts, meta=meta, verify_meta=False))
