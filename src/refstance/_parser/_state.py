"""The shared, mutable state the parser's stages read and add to.

Each stage is a function ``stage(state) -> None``. The text never changes; stages append what
they find. :func:`refstance._parser.build_article` turns the final state into the immutable
:class:`refstance.Article`.
"""

from __future__ import annotations

import enum
from datetime import date
from typing import TYPE_CHECKING

import attrs

from refstance._model import ActorKind, Referendum, Span, Stance, Statement
from refstance._parser._matcher import lower_same_length

if TYPE_CHECKING:
    from refstance._gazetteer import Gazetteer


class Block(enum.Enum):
    """What a line-delimited block of the article is."""

    TITLE = "title"  # the headline (and a standfirst directly below it)
    BODY = "body"  # a paragraph of running text
    CAPTION = "caption"  # an image caption or photo credit: never part of attribution
    META = "meta"  # bylines, share buttons, timestamps, navigation


@attrs.define
class Paragraph:
    """A block of text between line breaks, with what it is."""

    span: Span
    kind: Block
    # footnote-marker spans inside this paragraph, e.g. the "[iv]" after a quotation
    markers: list[tuple[Span, str]] = attrs.Factory(list)


@attrs.define
class Mention:
    """One place where the text names an actor (before actors are merged)."""

    span: Span
    key: str  # the draft actor it belongs to
    via: str  # how it was recognised: "name", "demonym", "metonym", "title", "pronoun", ...


@attrs.define
class ActorDraft:
    """An actor being assembled from its mentions."""

    key: str
    name: str
    kind: ActorKind
    aliases: list[str] = attrs.Factory(list)
    role: str | None = None
    affiliation: str | None = None  # key of another draft
    country: str | None = None
    mentions: list[Mention] = attrs.Factory(list)
    gender: str | None = None  # "m", "f" or None, from pronouns that refer to a person
    titles: list[str] = attrs.Factory(list)  # every role known for a person, lower case
    # True when the actor speaks, takes a stance or organises a vote; only those are kept
    relevant: bool = False
    # an actor named only in a caption, byline or credit
    incidental: bool = False


@attrs.define
class Trace:
    """Why the parser decided something: the rule's name and the span it looked at."""

    stage: str
    rule: str
    span: Span | None
    note: str


@attrs.define
class FigureDraft:
    """A result figure found in the text before it is attached to a referendum."""

    region: str  # canonical name ("" when the text names no territory)
    region_as_written: str | None
    option: str | None  # "yes", "no", "leave", ... ; None for turnout/ballots/electorate
    measure: str  # "percent", "votes", "turnout", "ballots", "electorate"
    value: object  # Decimal for percentages, int for counts
    span: Span
    citation: str | None = None


@attrs.define
class ParseState:
    """Everything the stages know so far about one article."""

    text: str
    gazetteer: Gazetteer
    published: date | None = None
    published_given: bool = False  # True when the caller passed ``published=``
    source: str | None = None
    title: str | None = None
    title_span: Span | None = None
    paragraphs: list[Paragraph] = attrs.Factory(list)
    actors: dict[str, ActorDraft] = attrs.Factory(dict)
    statements: list[Statement] = attrs.Factory(list)
    figures: list[FigureDraft] = attrs.Factory(list)
    referendums: list[Referendum] = attrs.Factory(list)
    stances: list[Stance] = attrs.Factory(list)
    trace: list[Trace] = attrs.Factory(list)
    # the text lower-cased, made at first use ("" until then; None when lower-casing would
    # change the length of the text, so that offsets into it would not be offsets into text)
    _lowered: str | None = attrs.field(default="", init=False, repr=False)

    def lowered(self) -> str | None:
        """The text in lower case with every offset unchanged, or None when some character
        lower-cases to more than one ("İ"): then callers match the text case-insensitively."""
        if self._lowered == "":
            self._lowered = lower_same_length(self.text)
        return self._lowered

    def note(self, stage: str, rule: str, span: Span | None, note: str = "") -> None:
        """Record a decision for the debug trace."""
        self.trace.append(Trace(stage=stage, rule=rule, span=span, note=note))

    def blocks(self, *kinds: Block) -> list[Paragraph]:
        """The paragraphs of the given kinds, in text order."""
        return [p for p in self.paragraphs if p.kind in kinds]
