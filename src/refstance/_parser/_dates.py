"""Dates as news text writes them: "Sep. 25", "25 September 2022", "2022-09-28", "on Monday".

Relative dates resolve against the article's own date, never against today.

>>> from datetime import date
>>> [d.isoformat() for _, d in find_dates("On Sep. 25 and on 3 October 2022.", date(2022, 9, 28))]
['2022-09-25', '2022-10-03']
>>> resolve_weekday("monday", date(2022, 9, 28)).isoformat()
'2022-09-26'
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from refstance._parser._matcher import low_twin

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}  # fmt: skip

WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip

_MONTH = r"(?P<{name}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"

DATE_RE = re.compile(
    r"""
    \b(?:
        (?P<iso_y>\d{4})-(?P<iso_m>\d{1,2})-(?P<iso_d>\d{1,2})          # 2022-09-28
      | (?P<num_d>\d{1,2})[./-](?P<num_m>\d{1,2})[./-](?P<num_y>\d{4})   # 26-09-2022, 26.09.2022
      | """
    + _MONTH.format(name="md_m")
    + r"""\ (?P<md_d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\ (?P<md_y>\d{4}))?    # Sep. 25, 2022
      | (?P<dm_d>\d{1,2})(?:st|nd|rd|th)?\ (?:of\ )?"""
    + _MONTH.format(name="dm_m")
    + r"""(?:,?\ (?P<dm_y>\d{4}))?                                            # 25 September 2022
    )""",
    re.VERBOSE | re.IGNORECASE,
)

WEEKDAY_RE = re.compile(
    r"\b(?:on|last|this|since|from|until|late|early)\s+(?:past\s+)?"
    r"(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)


def make_date(y: int, m: int, d: int) -> date | None:
    """The date *y*-*m*-*d*, or ``None`` when there is no such day."""
    try:
        return date(y, m, d)
    except ValueError:
        return None


def match_to_date(m: re.Match[str], year: int | None) -> date | None:
    """The date a :data:`DATE_RE` match stands for; *year* fills a missing year."""
    g = m.groupdict()
    if g["iso_y"]:
        return make_date(int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"]))
    if g["num_y"]:
        return make_date(int(g["num_y"]), int(g["num_m"]), int(g["num_d"]))
    if g["md_m"]:
        mon, day, yr = g["md_m"], g["md_d"], g["md_y"]
    else:
        mon, day, yr = g["dm_m"], g["dm_d"], g["dm_y"]
    y = int(yr) if yr else year
    if y is None:
        return None
    return make_date(y, MONTHS[mon.lower().rstrip(".")], int(day))


# the same patterns for text lower-cased by ``lower_same_length`` (same offsets), matched
# case-sensitively: about twice as fast
DATE_LOW_RE = low_twin(DATE_RE)
WEEKDAY_LOW_RE = low_twin(WEEKDAY_RE)
# every date has a digit, at most this many characters after its start ("september. 25")
_DIGIT_RE = re.compile(r"\d")
_DIGIT_REACH = 16


def find_dates(text: str, published: date | None) -> Iterator[tuple[re.Match[str], date]]:
    """Every date written in *text*; a missing year is taken from *published*.

    A date without a year that would fall well after publication is taken as last year's.
    """
    return _find_dates(DATE_RE, text, published)


def find_dates_lowered(low: str, published: date | None) -> Iterator[tuple[re.Match[str], date]]:
    """:func:`find_dates` for a text lower-cased with ``lower_same_length``: the same dates at
    the same offsets (the matches' text in lower case)."""
    return _find_dates(DATE_LOW_RE, low, published)


def _find_dates(
    pattern: re.Pattern[str], text: str, published: date | None
) -> Iterator[tuple[re.Match[str], date]]:
    digit = _DIGIT_RE.search(text)
    if digit is None:
        return  # no date without a digit
    year = published.year if published else None
    for m in pattern.finditer(text, max(0, digit.start() - _DIGIT_REACH)):
        d = match_to_date(m, year)
        if d is None:
            continue
        explicit_year = bool(m.group("iso_y") or m.group("num_y") or m.group("md_y") or m.group("dm_y"))
        if published and not explicit_year and d > published + timedelta(days=7):
            d = make_date(d.year - 1, d.month, d.day) or d
        yield m, d


def resolve_weekday(day: str, published: date) -> date:
    """The last *day* (a weekday name) on or before *published*."""
    want = WEEKDAYS[day.lower()]
    return published - timedelta(days=(published.weekday() - want) % 7)


def first_date(text: str, published: date | None) -> date | None:
    """The first date *text* gives: a written date, else a weekday ("on Monday") resolved
    against *published* (only when the article has its own date).

    >>> first_date("He spoke on Monday.", date(2022, 9, 28)).isoformat()
    '2022-09-26'
    >>> first_date("He spoke on Monday.", None) is None
    True
    """
    for _m, d in find_dates(text, published):
        return d
    if published is not None:
        wm = WEEKDAY_RE.search(text)
        if wm:
            return resolve_weekday(wm.group("day"), published)
    return None


def first_date_lowered(low: str, published: date | None) -> date | None:
    """:func:`first_date` for a text lower-cased with ``lower_same_length``."""
    for _m, d in find_dates_lowered(low, published):
        return d
    if published is not None and "day" in low:  # (every weekday's name ends so)
        wm = WEEKDAY_LOW_RE.search(low)
        if wm:
            return resolve_weekday(wm.group("day"), published)
    return None
