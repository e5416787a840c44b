"""How fast and how lean refstance is, measured in one run on one set of texts.

Usage::

    python benchmarks/bench.py            # readable tables
    python benchmarks/bench.py --json     # one JSON document
    python benchmarks/bench.py --quick    # a few seconds: proves the script runs

Texts: the corpus at ``../shared/corpus/*.txt`` (next to the repository) when it exists, else
``tests/data/*.txt``, else the sample article that ships with the package. See
``benchmarks/README.md`` for what each number means.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import re
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import refstance
from refstance._gazetteer import Gazetteer
from refstance._parser import STAGES, ParseState, run

ROOT = Path(__file__).resolve().parent.parent
TOKENS = re.compile(r"\w+|[^\w\s]")
WORDS = re.compile(r"\w+")


# --------------------------------------------------------------------------- texts


def load_texts() -> tuple[str, list[str]]:
    """(where the texts came from, the texts)."""
    for folder in (ROOT.parent / "shared" / "corpus", ROOT / "tests" / "data"):
        paths = sorted(folder.glob("*.txt"))
        if paths:
            return str(folder), [p.read_text(encoding="utf-8") for p in paths]
    sample = resources.files("refstance").joinpath("data/sample_article.txt")
    return "refstance/data/sample_article.txt", [sample.read_text(encoding="utf-8")]


def best_of(repeat: int, func: Callable[[], object]) -> float:
    """The fastest of *repeat* timings of *func*, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


# --------------------------------------------------------------------------- measurements


def throughput(texts: Sequence[str], repeat: int) -> dict[str, float]:
    """Characters and words per second of parse and of a one-pass regex tokeniser."""
    chars = sum(len(t) for t in texts)
    words = sum(len(WORDS.findall(t)) for t in texts)
    for t in texts:  # warm up: gazetteer loading and regex compilation are not parsing
        refstance.parse(t)
    t_parse = best_of(repeat, lambda: [refstance.parse(t) for t in texts])
    t_floor = best_of(repeat, lambda: [TOKENS.findall(t) for t in texts])
    return {
        "texts": len(texts),
        "chars": chars,
        "words": words,
        "parse_seconds": t_parse,
        "parse_chars_per_s": chars / t_parse,
        "parse_words_per_s": words / t_parse,
        "parse_ms_per_article": 1000 * t_parse / len(texts),
        "floor_seconds": t_floor,
        "floor_chars_per_s": chars / t_floor,
        "floor_words_per_s": words / t_floor,
        "parse_over_floor": t_parse / t_floor,
    }


def stage_shares(texts: Sequence[str], repeat: int) -> dict[str, float]:
    """The share of parse time spent in each stage of ``refstance._parser.STAGES``."""
    gazetteer = Gazetteer.default()
    spent: dict[str, float] = {name: 0.0 for name, _ in STAGES}
    spent["build"] = 0.0

    def timed(name: str, stage: Callable[[ParseState], None]) -> Callable[[ParseState], None]:
        def wrapper(state: ParseState) -> None:
            start = time.perf_counter()
            stage(state)
            spent[name] += time.perf_counter() - start

        return wrapper

    stages = [(name, timed(name, stage)) for name, stage in STAGES]
    total = 0.0
    for _ in range(repeat):
        for text in texts:
            start = time.perf_counter()
            run(text, gazetteer=gazetteer, stages=stages)
            total += time.perf_counter() - start
    spent["build"] = total - sum(v for k, v in spent.items() if k != "build")
    return {name: seconds / total for name, seconds in spent.items()}


def import_time(repeat: int) -> dict[str, float]:
    """``import refstance``: cumulative -X importtime, and subprocess wall time minus bare."""
    python = sys.executable
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    cumulative = []
    for _ in range(repeat):
        proc = subprocess.run(
            [python, "-X", "importtime", "-c", "import refstance"],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )
        for line in proc.stderr.splitlines():
            parts = line.split("|")
            if len(parts) == 3 and parts[2].strip() == "refstance":
                cumulative.append(int(parts[1]) / 1e6)
    bare = best_of(repeat, lambda: subprocess.run([python, "-c", "pass"], check=True, env=env))
    full = best_of(
        repeat, lambda: subprocess.run([python, "-c", "import refstance"], check=True, env=env)
    )
    return {
        "importtime_cumulative_s": min(cumulative) if cumulative else float("nan"),
        "wall_s": full - bare,
    }


def peak_memory(texts: Sequence[str]) -> dict[str, float]:
    """tracemalloc's peak while parsing the longest text, and while parsing all of them."""
    longest = max(texts, key=len)
    refstance.parse(longest)  # load the gazetteer outside the measurement
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        refstance.parse(longest)
        peak_one = tracemalloc.get_traced_memory()[1] - base
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        for t in texts:
            refstance.parse(t)
        peak_all = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    return {
        "longest_chars": len(longest),
        "peak_bytes_longest": peak_one,
        "peak_bytes_per_char": peak_one / max(len(longest), 1),
        "peak_bytes_one_at_a_time": peak_all,
    }


def scaling(texts: Sequence[str], factors: Iterable[int], repeat: int) -> dict[str, Any]:
    """Time per character of one article's paragraphs repeated 1x, 2x, 4x, … in one text."""
    article = max(texts, key=len)
    paragraphs = [p for p in re.split(r"\n\s*\n", article) if p.strip()]
    refstance.parse(article)  # warm up
    rows = []
    for k in factors:
        text = "\n\n".join(paragraphs * k)
        seconds = best_of(repeat if k <= 16 else 1, functools.partial(refstance.parse, text))
        rows.append(
            {
                "factor": k,
                "chars": len(text),
                "seconds": seconds,
                "us_per_char": 1e6 * seconds / len(text),
            }
        )
    return {
        "rows": rows,
        "ratio_last_to_first": rows[-1]["us_per_char"] / rows[0]["us_per_char"],
    }


def batch(
    texts: Sequence[str], size: int, workers: Sequence[int], repeat: int = 3
) -> dict[str, Any]:
    """parse_many over *size* articles on 1, 2, … workers (pool start-up included), the best
    of *repeat* runs each, the worker counts taking turns (so that a burst of load from other
    jobs on the machine does not fall on one of them only)."""
    inputs = [texts[i % len(texts)] for i in range(size)]
    best = {w: float("inf") for w in workers}
    for _ in range(repeat):
        for w in workers:
            start = time.perf_counter()
            n = sum(1 for _ in refstance.parse_many(inputs, workers=w))
            best[w] = min(best[w], time.perf_counter() - start)
            assert n == size
    rows = [{"workers": w, "seconds": s, "articles_per_s": size / s} for w, s in best.items()]
    return {
        "articles": size,
        "rows": rows,
        "speedup": rows[0]["seconds"] / rows[-1]["seconds"],
    }


# --------------------------------------------------------------------------- output


def _fmt(value: float) -> str:
    if value >= 1e6:
        return f"{value / 1e6:,.2f} M"
    if value >= 1e4:
        return f"{value / 1e3:,.1f} k"
    return f"{value:,.3g}"


def print_report(result: dict[str, Any]) -> None:
    tp = result["throughput"]
    print(f"refstance {result['version']} on Python {result['python']}")
    print(
        f"texts: {tp['texts']} from {result['texts_from']} "
        f"({tp['chars']:,} chars, {tp['words']:,} words)\n"
    )
    print(f"{'throughput':<28}{'chars/s':>12}{'words/s':>12}")
    print(
        f"{'  refstance.parse':<28}{_fmt(tp['parse_chars_per_s']):>12}"
        f"{_fmt(tp['parse_words_per_s']):>12}"
    )
    print(
        f"{'  floor (regex tokenise)':<28}{_fmt(tp['floor_chars_per_s']):>12}"
        f"{_fmt(tp['floor_words_per_s']):>12}"
    )
    print(
        f"  parse takes {tp['parse_over_floor']:,.0f}x the floor; "
        f"{tp['parse_ms_per_article']:.2f} ms per article\n"
    )
    print("stage shares of parse time")
    for name, share in result["stages"].items():
        print(f"  {name:<26}{100 * share:>10.1f} %")
    imp = result["import"]
    print(
        f"\nimport refstance: {1000 * imp['importtime_cumulative_s']:.1f} ms (-X importtime), "
        f"{1000 * imp['wall_s']:.1f} ms (wall, over bare python)"
    )
    mem = result["memory"]
    print(
        f"peak memory parsing the longest text ({mem['longest_chars']:,} chars): "
        f"{mem['peak_bytes_longest'] / 1024:,.0f} KiB "
        f"({mem['peak_bytes_per_char']:,.0f} bytes/char); all texts one at a time: "
        f"{mem['peak_bytes_one_at_a_time'] / 1024:,.0f} KiB\n"
    )
    print(f"{'scaling':<10}{'chars':>12}{'seconds':>12}{'µs/char':>12}")
    for row in result["scaling"]["rows"]:
        print(
            f"  {row['factor']:>4}x  {row['chars']:>12,}{row['seconds']:>12.4f}"
            f"{row['us_per_char']:>12.3f}"
        )
    last = result["scaling"]["rows"][-1]["factor"]
    print(
        f"  per-char time at {last}x / at 1x: {result['scaling']['ratio_last_to_first']:.2f}"
        " (1.0 = linear)\n"
    )
    b = result["batch"]
    print(f"parse_many on {b['articles']} articles")
    for row in b["rows"]:
        print(
            f"  workers={row['workers']:<3}{row['seconds']:>10.3f} s"
            f"{row['articles_per_s']:>12,.0f} articles/s"
        )
    print(f"  speed-up: {b['speedup']:.2f}x (pool start-up included; best of 3 runs each)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.add_argument("--quick", action="store_true", help="few repetitions, small sizes")
    args = parser.parse_args(argv)

    source, texts = load_texts()
    repeat = 1 if args.quick else 5
    factors = [1, 2, 4, 8] if args.quick else [1, 2, 4, 8, 16, 32, 64]
    result: dict[str, Any] = {
        "version": refstance.__version__,
        "python": sys.version.split()[0],
        "texts_from": source,
        "quick": args.quick,
        "throughput": throughput(texts, repeat),
        "stages": stage_shares(texts, repeat),
        "import": import_time(2 if args.quick else 7),
        "memory": peak_memory(texts),
        "scaling": scaling(texts, factors, 1 if args.quick else 5),
        "batch": batch(texts, 20 if args.quick else 200, [1, 2], 1 if args.quick else 3),
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print_report(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
