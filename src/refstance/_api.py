"""The front door: :func:`parse`."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from refstance._errors import DecodeError, RefstanceError
from refstance._gazetteer import Gazetteer, coerce
from refstance._model import Article

__all__ = ["decode", "parse"]


def decode(data: bytes, *, where: str = "input") -> str:
    """*data* as text: UTF-8, with a byte-order mark tolerated.

    Raises:
        DecodeError: the bytes are not UTF-8; the message gives the offset.
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise DecodeError(
            f"{where}: not UTF-8 text (byte {e.object[e.start]:#04x} at offset {e.start})"
        ) from e


def _coerce_published(published: date | str | None) -> date | None:
    if published is None or isinstance(published, date):
        return published.date() if hasattr(published, "hour") else published  # type: ignore[union-attr]
    if isinstance(published, str):
        try:
            return date.fromisoformat(published)
        except ValueError:
            raise RefstanceError(
                f"published: expected an ISO date such as 2022-09-28, got {published!r}"
            ) from None
    raise RefstanceError(f"published: expected a date or an ISO string, got {type(published).__name__}")


def parse(
    text: str | bytes,
    *,
    published: date | str | None = None,
    source: str | None = None,
    gazetteer: Gazetteer | Mapping[str, Any] | None = None,
) -> Article:
    """Read a news article about referendums into an :class:`Article`.

    Args:
        text: the article as a reader or scraper hands it over; ``bytes`` are read as UTF-8.
        published: the publication date; overrides a date found in the text.
        source: where the text came from (a URL or a file name), kept on the article.
        gazetteer: a :class:`Gazetteer`, or a mapping of entries to add to the default one.

    Raises:
        DecodeError: *text* is bytes that are not UTF-8.
        RefstanceError: *published* or *gazetteer* is malformed. Any ``str`` text parses.

    >>> a = parse(" date 2022-09-28 Serbia will not recognize the referendums.")
    >>> a.published.isoformat()
    '2022-09-28'
    """
    if isinstance(text, (bytes, bytearray)):
        text = decode(bytes(text))
    elif not isinstance(text, str):
        raise RefstanceError(f"text: expected str or bytes, got {type(text).__name__}")
    from refstance._parser import run

    article, _state = run(
        text, gazetteer=coerce(gazetteer), published=_coerce_published(published), source=source
    )
    return article
