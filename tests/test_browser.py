"""The notebook view in a real browser: headless Chromium renders the sample article.

Skipped when Chromium is missing, except in CI (``CI`` set), where it is installed and a
missing browser is a failure.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

import refstance
from refstance._cli import sample_text
from refstance._html import article_html


def _chromium() -> str | None:
    if Path("/usr/bin/chromium").exists():
        return "/usr/bin/chromium"
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def chromium() -> str:
    found = _chromium()
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed, and CI must run the browser test")
        pytest.skip("chromium is not installed")
    return found


def _run(chromium: str, tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp / "profile"
    profile.mkdir(exist_ok=True)
    argv = [
        chromium,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
        *args,
    ]
    return subprocess.run(argv, capture_output=True, text=True, timeout=180, check=False)


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def read_png(data: bytes) -> tuple[int, int, int, list[bytes]]:
    """Width, height, bytes per pixel and the unfiltered rows of an 8-bit, non-interlaced PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos = 8
    idat = bytearray()
    width = height = bpp = 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8, f"bit depth {depth}"
            assert interlace == 0, "interlaced"
            bpp = {0: 1, 2: 3, 4: 2, 6: 4}[colour]
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
    raw = zlib.decompress(bytes(idat))
    stride = width * bpp
    rows: list[bytes] = []
    previous = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        flt = raw[start]
        line = bytearray(raw[start + 1 : start + 1 + stride])
        for x in range(stride):
            left = line[x - bpp] if x >= bpp else 0
            up = previous[x]
            upleft = previous[x - bpp] if x >= bpp else 0
            if flt == 1:
                line[x] = (line[x] + left) & 0xFF
            elif flt == 2:
                line[x] = (line[x] + up) & 0xFF
            elif flt == 3:
                line[x] = (line[x] + (left + up) // 2) & 0xFF
            elif flt == 4:
                line[x] = (line[x] + _paeth(left, up, upleft)) & 0xFF
        rows.append(bytes(line))
        previous = line
    return width, height, bpp, rows


def _page(tmp: Path) -> tuple[Path, refstance.Article]:
    article = refstance.parse(sample_text(), source="sample_article.txt")
    page = tmp / "article.html"
    page.write_text(
        '<!doctype html><html><head><meta charset="utf-8"><title>refstance</title></head>'
        f"<body>{article_html(article)}</body></html>",
        encoding="utf-8",
    )
    return page, article


def test_screenshot_is_not_blank(chromium: str, tmp_path: Path) -> None:
    page, article = _page(tmp_path)
    png = tmp_path / "shot.png"
    done = _run(chromium, tmp_path, f"--screenshot={png}", "--window-size=1200,1600", page.as_uri())
    assert png.exists(), done.stderr[-2000:]
    width, height, bpp, rows = read_png(png.read_bytes())
    assert (width, height) == (1200, 1600)
    colours = {row[x : x + 3] for row in rows[::4] for x in range(0, len(row), bpp * 2)}
    assert len(colours) > 10, "the screenshot is blank"
    if article.statements:  # a quotation is underlined in its speaker's colour
        assert any(len(set(c)) > 1 for c in colours), "no colour on the page"


def test_dumped_dom_holds_the_quotations(chromium: str, tmp_path: Path) -> None:
    page, article = _page(tmp_path)
    done = _run(chromium, tmp_path, "--dump-dom", page.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    dom = done.stdout
    assert 'class="refstance"' in dom
    assert 'class="rs-text"' in dom
    assert "Stances by state" in dom
    if article.statements:
        assert dom.count('class="rs-quote"') >= len(article.statements)
    if article.captions:  # captions are greyed
        assert 'class="rs-caption"' in dom
