"""Stage 1 of the parser, segment: date, title, paragraphs, captions and footnote markers.

Every article here is written for these tests; the quotations are invented.
"""

from __future__ import annotations

from datetime import date

import pytest

import refstance
from refstance import Article


def _paragraph_texts(article: Article) -> list[str]:
    return [article.slice(p) for p in article.paragraphs]


def _caption_texts(article: Article) -> list[str]:
    return [article.slice(c) for c in article.captions]


HEADER_GLUED = (
    " date 2022-09-28 Lithuania said on Wednesday that it would never recognise the votes "
    "staged in the occupied parts of Ukraine. The foreign ministry in Vilnius called the "
    "exercise a propaganda show held at gunpoint.\n\n"
    "Officials in the four regions are expected to announce results later this week, and "
    "the Baltic states have asked for new sanctions in response.\n"
)

DATE_LINE = (
    "Crimea votes on its future under heavy guard\n"
    "Saturday, March 16, 2014\n\n"
    "Polling stations across the peninsula opened early on Sunday morning, with armed men in "
    "unmarked uniforms standing outside several of them.\n\n"
    "Kyiv has said that it will treat the outcome as void whatever the count shows.\n"
)

BYLINE = (
    "Erbil counts the ballots as Baghdad warns of consequences\n"
    "By Jane Doe • 3 October 2017 • 10:15\n\n"
    "Election officials in the Kurdistan Region worked through the night to finish the count, "
    "and the regional government promised a result within days.\n\n"
    "The federal government has repeatedly said the vote has no basis in the constitution.\n"
)

NO_DATE = (
    "Islanders weigh a new status\n\n"
    "Residents of the island will be asked next spring whether they want wider self-rule, "
    "the local council announced after a long debate.\n\n"
    "Turnout at earlier consultations was low, and organisers hope a simple question will "
    "bring more people to the polls.\n"
)


@pytest.mark.parametrize(
    ("text", "published", "title"),
    [
        pytest.param(HEADER_GLUED, date(2022, 9, 28), None, id="date-header-glued-to-sentence"),
        pytest.param(
            DATE_LINE,
            date(2014, 3, 16),
            "Crimea votes on its future under heavy guard",
            id="standalone-weekday-date-line",
        ),
        pytest.param(
            BYLINE,
            date(2017, 10, 3),
            "Erbil counts the ballots as Baghdad warns of consequences",
            id="byline-with-bullets",
        ),
        pytest.param(NO_DATE, None, "Islanders weigh a new status", id="no-date-at-all"),
    ],
)
def test_published_and_title(text: str, published: date | None, title: str | None) -> None:
    article = refstance.parse(text)
    assert article.published == published
    if title is None:
        # the header and the first sentence are body text, never a title
        assert article.title is None or "date 2022" not in article.title
    else:
        assert article.title == title


def test_header_is_not_part_of_any_paragraph() -> None:
    article = refstance.parse(HEADER_GLUED)
    texts = _paragraph_texts(article)
    assert texts, "the body has paragraphs"
    assert not any("2022-09-28" in t for t in texts)
    assert texts[0].startswith("Lithuania said on Wednesday")


@pytest.mark.parametrize(
    ("text", "line"),
    [
        pytest.param(DATE_LINE, "Saturday, March 16, 2014", id="date-line"),
        pytest.param(BYLINE, "By Jane Doe • 3 October 2017 • 10:15", id="byline"),
    ],
)
def test_date_and_byline_lines_are_not_body(text: str, line: str) -> None:
    article = refstance.parse(text)
    assert not any(line in t for t in _paragraph_texts(article))
    assert len(article.paragraphs) == 2


def test_headline_without_final_punctuation_is_the_title() -> None:
    text = (
        "Scots head to the polls in historic independence vote\n\n"
        "Voters across Scotland began casting their ballots on Thursday in a referendum that "
        "could end a union more than three centuries old.\n\n"
        "Polls close at ten in the evening and the first counts are expected after midnight.\n"
    )
    article = refstance.parse(text)
    assert article.title == "Scots head to the polls in historic independence vote"
    assert _paragraph_texts(article)[0].startswith("Voters across Scotland")


CAPTIONS = (
    " date 2017-10-02 Catalan officials said late on Saturday that the vote would go ahead "
    "despite the court ban, while police sealed off dozens of schools before dawn and seized "
    "boxes of ballot papers in a warehouse outside the city.\n\n"
    "Voters queue outside a school in Girona Jordi Puig/Wikimedia Commons\n\n"
    "In Barcelona, crowds gathered in front of polling stations and sang as they waited for "
    "the doors to open.\n\n"
    "Image caption Riot police move a line of protesters away from a school\n\n"
    "Madrid has said the ballot boxes will be confiscated wherever they are found.\n"
)


@pytest.mark.parametrize(
    "caption",
    [
        pytest.param(
            "Voters queue outside a school in Girona Jordi Puig/Wikimedia Commons",
            id="wikimedia-credit",
        ),
        pytest.param(
            "Image caption Riot police move a line of protesters away from a school",
            id="image-caption-prefix",
        ),
    ],
)
def test_caption_is_a_caption_not_a_paragraph(caption: str) -> None:
    article = refstance.parse(CAPTIONS)
    assert caption in _caption_texts(article)
    assert not any(caption in t for t in _paragraph_texts(article))


def test_captions_leave_the_body_paragraphs_whole() -> None:
    article = refstance.parse(CAPTIONS)
    texts = _paragraph_texts(article)
    assert len(texts) == 3
    assert texts[1].startswith("In Barcelona, crowds gathered")
    assert texts[2].startswith("Madrid has said")


FOOTNOTE = (
    " date 2022-10-01 Moldova joined the chorus of criticism on Friday. President Maia Sandu "
    'said that "these so-called votes change nothing on the map of Europe." [iii]\n\n'
    "Chisinau has long worried about a similar scenario in Transnistria. [iv]\n"
)


def test_footnote_marker_becomes_the_citation() -> None:
    article = refstance.parse(FOOTNOTE)
    found = [s for s in article.statements if "change nothing" in s.text]
    assert len(found) == 1
    statement = found[0]
    assert statement.citation == "iii"
    assert "[iii]" not in statement.text
    assert "iii" not in statement.text
    assert statement.text == "these so-called votes change nothing on the map of Europe."


def test_footnote_marker_spans_still_slice_back() -> None:
    article = refstance.parse(FOOTNOTE)
    for statement in article.statements:
        assert article.slice(statement.span).startswith(statement.text[:20])


def test_short_sentences_glued_to_the_header_are_body_not_title() -> None:
    text = (
        " date 2017-10-02 Catalan officials said the vote would go ahead despite the court ban. "
        "Police sealed off dozens of schools before dawn.\n\n"
        "Madrid has said the ballot boxes will be confiscated wherever they are found.\n"
    )
    article = refstance.parse(text)
    assert article.title is None
    assert _paragraph_texts(article)[0].startswith("Catalan officials said")


def test_readers_comments_are_no_statements() -> None:
    text = (
        " date 2014-03-17 Crimea votes\n\n"
        'Kyiv said on Monday it would "never accept" the result of the vote in Crimea.\n\n'
        "COMMENTS (2)\n\n"
        "anna_k · 2 hours ago\n"
        '"This is what democracy looks like," as my neighbour said.\n'
        "Reply · 12 likes\n"
    )
    article = refstance.parse(text)
    assert [s.text for s in article.statements] == ["never accept"]
    assert all(text[p.start : p.end] != "COMMENTS (2)" for p in article.paragraphs)


@pytest.mark.parametrize(
    ("opening", "published"),
    [
        pytest.param(
            "NOUMEA, New Caledonia, Nov 4, 2018 (AFP) - Voters chose to stay French.",
            date(2018, 11, 4),
            id="city-territory-month-day-year-agency",
        ),
        pytest.param(
            "EDINBURGH, 12 March 2015 \u2014 The count went on through the night.",
            date(2015, 3, 12),
            id="city-day-month-year-dash",
        ),
        pytest.param(
            "ERBIL, Sept 26, 2017 (Reuters) - Officials began the count.",
            date(2017, 9, 26),
            id="abbreviated-month",
        ),
        pytest.param(
            "DILI, Sept 6 (Reuters) - Officials began the count.",
            None,
            id="no-year-no-date",
        ),
        pytest.param(
            "Officials said on 26 September 2017 - a Tuesday - that the count was over.",
            None,
            id="a-date-inside-the-sentence-is-no-dateline",
        ),
    ],
)
def test_wire_dateline_with_a_year_gives_the_date(opening: str, published: date | None) -> None:
    text = f"Islanders count the ballots\n\n{opening}\n\nMore results are due on Friday.\n"
    assert refstance.parse(text).published == published
