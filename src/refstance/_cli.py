"""The ``refstance`` command: parse articles, validate documents, print the schema, run a demo.

Run ``refstance --help`` (or ``python -m refstance --help``). The command is a thin layer over
the library: :func:`refstance.parse_many` reads and parses, :func:`refstance.validate` checks,
:mod:`refstance._summary`, :func:`refstance.to_json` and :func:`refstance.to_rows` format.

Exit codes: ``0`` fine; ``1`` ``refstance validate`` found errors; ``2`` bad usage, or an input
that could not be read, decoded or understood, with a one-line ``refstance: error: …`` on
stderr and never a traceback.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from importlib import resources
from pathlib import Path
from typing import IO, Final

import attrs

from refstance._batch import Input, ParseFailure, parse_many
from refstance._errors import RefstanceError
from refstance._model import Article
from refstance._serialize import from_json, json_schema, to_json
from refstance._summary import summary
from refstance._tables import COLUMNS, to_rows
from refstance._validate import validate

__all__ = ["main"]

PROG: Final = "refstance"

EXIT_OK: Final = 0
EXIT_INVALID: Final = 1
EXIT_ERROR: Final = 2

STDIN: Final = "-"
STDIN_SOURCE: Final = "<stdin>"
SAMPLE: Final = "sample_article.txt"

FORMATS: Final = ("summary", "json", "jsonl", "csv")
CSV_TABLES: Final = {name.replace("_", "-"): name for name in COLUMNS}

# Fewer inputs than this are parsed in this process: starting worker processes costs more
# than it saves on a handful of articles.
_POOL_THRESHOLD: Final = 8


class _UsageError(RefstanceError):
    """Bad usage found after argparse (``-`` given twice)."""


# --------------------------------------------------------------------------- arguments


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {value!r}") from None


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a positive whole number, got {value!r}")
    return n


def _version() -> str:
    from refstance import __version__

    return __version__


def _add_output_options(p: argparse.ArgumentParser, *, many: bool) -> None:
    default = (
        "summary for one file or -, jsonl for several inputs or a folder" if many else "summary"
    )
    p.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        default=None,
        help=f"what to print (default: {default})",
    )
    p.add_argument(
        "--table",
        choices=tuple(CSV_TABLES),
        default="results",
        help="the table --format csv prints (default: results)",
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Read news articles about referendums into a typed, validated model: "
        "actors, quotations, stances and results.",
        epilog="Exit codes: 0 fine, 1 validation errors, 2 bad usage or unreadable input.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = commands.add_parser(
        "parse",
        help="parse articles and print what was found",
        description="Parse article text files (or - for stdin; a folder stands for its *.txt "
        "files) and print a summary of each, or JSON, JSON Lines or a CSV table. An input "
        "that cannot be read is reported on stderr and skipped.",
    )
    p.add_argument("inputs", nargs="+", metavar="FILE", help="a text file, a folder, or -")
    _add_output_options(p, many=True)
    p.add_argument(
        "--published",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the publication date, overriding the one found in the text",
    )
    p.add_argument(
        "--workers",
        type=_positive,
        metavar="N",
        help=f"processes to parse on (default: 1 for fewer than {_POOL_THRESHOLD} files, "
        "else one per CPU)",
    )

    p = commands.add_parser(
        "validate",
        help="validate a JSON document",
        description="Read a JSON document written by refstance (parse --format json) and "
        "print every validation finding. Exit 1 when there are errors.",
    )
    p.add_argument("document", metavar="FILE.json", help="a JSON document, or - for stdin")

    commands.add_parser(
        "schema",
        help="print the JSON Schema of a document",
        description="Print the JSON Schema (draft 2020-12) of the documents refstance writes.",
    )

    p = commands.add_parser(
        "demo",
        help="parse the sample article that ships with refstance",
        description="Parse the sample article that ships with refstance and print the result.",
    )
    _add_output_options(p, many=False)
    return parser


# --------------------------------------------------------------------------- input


def _read_stdin() -> bytes:
    return sys.stdin.buffer.read()


def _count(inputs: Sequence[str]) -> int:
    """How many articles *inputs* stand for (a folder: its ``*.txt`` files), for progress."""
    n = 0
    for item in inputs:
        if item != STDIN and os.path.isdir(item):
            try:
                n += sum(1 for e in os.scandir(item) if e.name.endswith(".txt") and not e.is_dir())
            except OSError:
                n += 1
        else:
            n += 1
    return n


def _inputs(inputs: Sequence[str]) -> list[Input]:
    if inputs.count(STDIN) > 1:
        raise _UsageError("- (stdin) may be given only once")
    return [_read_stdin() if item == STDIN else Path(item) for item in inputs]


def _results(
    inputs: Sequence[str], published: date | None, workers: int | None, total: int
) -> Iterator[Article | ParseFailure]:
    """Parse *inputs* in order; folders expand to several results; stdin is named ``<stdin>``."""
    if workers is None:
        workers = 1 if total < _POOL_THRESHOLD else None
    for result in parse_many(_inputs(inputs), workers=workers, published=published):
        # stdin is the only input given as bytes: the only one parse_many names "<input N>"
        # or, for an article, leaves without a source
        unnamed = (
            result.source is None
            if isinstance(result, Article)
            else result.source.startswith("<input ")
        )
        if unnamed:
            result = attrs.evolve(result, source=STDIN_SOURCE)
        yield result


class _Progress:
    """A ``parsed 3/10`` line on stderr, rewritten in place, only when stderr is a terminal."""

    def __init__(self, total: int, stream: IO[str]) -> None:
        self.total = total
        self.done = 0
        self.stream = stream
        self.on = stream.isatty()

    def step(self) -> None:
        self.done += 1
        if self.on:
            self.stream.write(f"\r{PROG}: parsed {self.done}/{self.total}")
            self.stream.flush()

    def clear(self) -> None:
        if self.on and self.done:
            self.stream.write("\r\033[K")
            self.stream.flush()


# --------------------------------------------------------------------------- output


def _write_summary(article: Article, out: IO[str], first: bool) -> None:
    if not first:
        out.write("\n" + "=" * 72 + "\n\n")
    out.write(summary(article, validate(article)) + "\n")


def _write_json_array(articles: Iterable[Article], out: IO[str]) -> None:
    out.write("[")
    for i, article in enumerate(articles):
        doc = to_json(article, indent=2).replace("\n", "\n  ")
        out.write(("," if i else "") + "\n  " + doc)
    out.write("\n]\n")


def _write_csv(articles: Iterable[Article], table: str, out: IO[str]) -> None:
    name = CSV_TABLES[table]
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS[name])
    for article in articles:
        for row in to_rows(article)[name]:
            writer.writerow(["" if v is None else _csv_value(v) for v in row.values()])


def _csv_value(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _write(
    articles: Iterable[Article], fmt: str, table: str, out: IO[str], *, single: bool
) -> None:
    if fmt == "summary":
        for i, article in enumerate(articles):
            _write_summary(article, out, first=i == 0)
    elif fmt == "json" and single:
        for article in articles:  # one article: the document itself
            out.write(to_json(article, indent=2) + "\n")
    elif fmt == "json":
        _write_json_array(articles, out)
    elif fmt == "jsonl":
        for article in articles:
            out.write(to_json(article) + "\n")
            out.flush()
    else:
        _write_csv(articles, table, out)


# --------------------------------------------------------------------------- commands


def _cmd_parse(args: argparse.Namespace) -> int:
    inputs: list[str] = args.inputs
    folders = any(i != STDIN and os.path.isdir(i) for i in inputs)
    single = len(inputs) == 1 and not folders
    fmt: str = args.format or ("summary" if single else "jsonl")
    total = _count(inputs)
    progress = _Progress(total, sys.stderr)
    failures: list[ParseFailure] = []
    produced = 0

    def articles() -> Iterator[Article]:
        nonlocal produced
        for result in _results(inputs, args.published, args.workers, total):
            progress.step()
            if isinstance(result, ParseFailure):
                failures.append(result)
                progress.clear()
                _warn(f"{result.source}: {result.message}; skipped")
                continue
            produced += 1
            yield result

    try:
        _write(articles(), fmt, args.table, sys.stdout, single=single)
    finally:
        progress.clear()
    if failures:
        n = len(failures)
        if produced:
            _warn(f"{n} of {n + produced} inputs could not be read")
        return EXIT_ERROR
    return EXIT_OK


def _cmd_validate(args: argparse.Namespace) -> int:
    where: str = args.document
    if where == STDIN:
        data = _read_stdin()
        where = STDIN_SOURCE
    else:
        data = Path(where).read_bytes()
    try:
        article = from_json(data)
    except RefstanceError as e:
        raise RefstanceError(f"{where}: {e}") from e
    report = validate(article)
    out = sys.stdout
    out.write(str(report) + "\n")
    errors, warnings = len(report.errors), len(report.warnings)
    verdict = "invalid" if errors else "valid"
    out.write(f"{where}: {verdict}: {errors} error(s), {warnings} warning(s)\n")
    return EXIT_INVALID if errors else EXIT_OK


def _cmd_schema(args: argparse.Namespace) -> int:
    sys.stdout.write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")
    return EXIT_OK


def sample_text() -> str:
    """The sample article that ships with refstance (fictional, written for the demo)."""
    return (resources.files("refstance") / "data" / SAMPLE).read_text(encoding="utf-8")


def _cmd_demo(args: argparse.Namespace) -> int:
    from refstance._api import parse

    article = parse(sample_text(), source=f"refstance/data/{SAMPLE}")
    _write([article], args.format or "summary", args.table, sys.stdout, single=True)
    return EXIT_OK


_COMMANDS: Final = {
    "parse": _cmd_parse,
    "validate": _cmd_validate,
    "schema": _cmd_schema,
    "demo": _cmd_demo,
}


# --------------------------------------------------------------------------- entry point


def _one_line(message: object) -> str:
    return " ".join(str(message).split()) or "unknown error"


def _warn(message: str) -> None:
    sys.stderr.write(f"{PROG}: warning: {_one_line(message)}\n")


def _error(message: str) -> int:
    sys.stderr.write(f"{PROG}: error: {_one_line(message)}\n")
    return EXIT_ERROR


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``refstance`` command with *argv* (default: ``sys.argv[1:]``); return the exit code.

    Errors are reported on stderr as one line, ``refstance: error: …``; no traceback escapes.
    """
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # --help, --version, or a usage error argparse reported
        return e.code if isinstance(e.code, int) else EXIT_ERROR
    try:
        return _COMMANDS[args.command](args)
    except OSError as e:
        if isinstance(e, BrokenPipeError):  # `refstance parse … | head`: the reader left
            _silence_stdout()
            return EXIT_OK
        where = f"{e.filename}: " if e.filename else ""
        return _error(f"{where}{e.strerror or e}")
    except RefstanceError as e:
        return _error(str(e))
    except KeyboardInterrupt:
        return 130


def _silence_stdout() -> None:
    """Point stdout at devnull so that the interpreter's final flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # pragma: no cover - stdout without a file descriptor
        pass
