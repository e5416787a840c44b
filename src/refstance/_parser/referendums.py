"""Stage 5, referendums: the votes an article reports on, with their results.

The figures of stage 4 are grouped into one :class:`~refstance.RegionResult` per territory
and reported result (a figure repeated in the headline, the body and a caption counts once;
a partial count and the final one are two results). A vote the article recalls from another
year ("Scotland held its first independence referendum in September 2014. 55% ...", "in the
2012 vote, which passed with 64%", "after voters backed it by 62 per cent in 2015") is a
referendum of its own when figures are given for it; the stretches that recall one year are
one vote, and an article whose every figure is of an earlier year keeps the vote with most
figures as its own.

The organiser comes from the text: "Moscow's organized referendums", "referendums held by
Russia", "the Russian regime imposing sham referendums", "Kurdistan Region's referendum on
independence", "the Liberation Front, which organised the vote", or the state itself voting
in a national referendum ("Ireland has voted", "the referendum was held in Turkey"); failing
all of these, a body named for the vote ("the X Referendum Commission"). ``territory_of``
is the state the voting territory belongs to, when the article names that state.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from decimal import Decimal
from functools import lru_cache

import attrs

from refstance._gazetteer import Entry, slug
from refstance._model import ActorKind, ChoiceResult, Referendum, RegionResult, Span, trusted_span
from refstance._parser._matcher import low_twin
from refstance._parser._state import ActorDraft, FigureDraft, Mention, ParseState
from refstance._parser.figures import (
    SENTENCE_END_RE,
    Territory,
    choice_before,
    has_popular_vote,
    matcher_for,
)
from refstance._parser.segment import folded

__all__ = ["referendums"]

_ENTITY = r"(?<![\w'\u2019.-])(?P<e>[A-Z][\w'\u2019.-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019.-]*){0,3})"
_APOS = "['\u2019]"
_REF = r"(?:referend\w*|plebiscit\w*|votes?\b|ballots?\b)[\"'\u201d\u2019\u00bb]?"
_ORGANISE = (
    r"(?:organi[sz]ed|organi[sz]ing|held|holding|initiated|staged|called|conducted|imposed"
    r"|imposing|planned|run|sponsored|backed)"
)
_BODY = r"(?:regime|government|authorities|leadership|parliament|region|administration)"

# "Moscow's organized referendums", "Kurdistan Region's Monday referendum"
POSSESSIVE_RE = re.compile(rf"{_ENTITY}{_APOS}s?\s+(?:[\w-]+\s+){{0,3}}?{_REF}", re.VERBOSE)
# "referendums held by Russia", "planned referendums by Russia", "initiated today by Russia"
BY_RE = re.compile(
    rf"""{_REF}\s+(?:{_ORGANISE}\s+)?(?:\w+\s+)?by\s+(?:the\s+)?(?:so-called\s+)?{_ENTITY}""",
    re.VERBOSE | re.IGNORECASE,
)
BY_CHECK_RE = re.compile(
    rf"{_REF}\s+(?:{_ORGANISE}\s+(?:\w+\s+)?)?by\b|\b{_ORGANISE}\s+(?:\w+\s+)?by\b", re.I
)
# "Kremlin-backed referendums"
BACKED_RE = re.compile(
    rf"{_ENTITY}-(?:backed|organi[sz]ed|sponsored|led|run|staged)\s+(?:[\w-]+\s+){{0,2}}?{_REF}",
    re.VERBOSE,
)
# "the Russian regime has organised these sham referendums", "Scotland held its first ..."
SUBJECT_RE = re.compile(
    rf"""{_ENTITY}\s+(?:{_BODY}\s+)?(?:has\s+|have\s+|had\s+|is\s+|was\s+)?
        (?:{_ORGANISE}|approved|approves|announced|announces|calls|called|holds|organises|organizes)
        \s+(?:[\w-]+\s+){{0,4}}?{_REF}""",
    re.VERBOSE,
)
# a state voting in its own referendum: "Ireland has voted", "Venezuelans this past Sunday voted"
NATIONAL_VOTE_RE = re.compile(
    rf"{_ENTITY}\s+(?:\w+\s+){{0,3}}?(?:has\s+|have\s+)?(?:votes|voted|says\s+yes|says\s+no)\b"
    # a state voting on a resolution at the UN is no referendum: "Mexico voted for the draft"
    r"(?!\s+(?:for|against|in\s+favou?r\s+of)\s+(?:the\s+|a\s+)?(?:draft|resolution|motion|text|bill|amendment))",
    re.VERBOSE,
)
# (the place's name in its own case, maybe after the part of it that votes: "held in the
# occupied regions of X"; "held in implementation of the accord" names no place)
HELD_IN_RE = re.compile(
    rf"{_REF}\s+(?:was\s+|is\s+|will\s+be\s+)?(?:held|taking\s+place|took\s+place)\s+in\s+"
    r"(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:(?:regions?|territor(?:y|ies)|areas?|parts?|provinces?)"
    r"\s+of\s+(?:the\s+)?)?"
    rf"(?-i:{_ENTITY})",
    re.VERBOSE | re.IGNORECASE,
)
# "Russia's planned annexation", "annexation to Russia": the annexing state holds the vote
ANNEX_RE = re.compile(
    rf"{_ENTITY}{_APOS}s\s+(?:\w+\s+)?annex\w*"
    rf"|annex\w*\s+(?:to|by|into)\s+(?:the\s+)?{_ENTITY.replace('?P<e>', '?P<e2>')}",
    re.VERBOSE,
)
_RAN_NOUN_WORDS = ("referend", "plebiscit", "vote", "ballot", "consultation", "poll")
_RAN_WORDS = ("organi", "held", "called", "staged", "conducted", "ran ", "initiated", "launched")
# the organiser named as the one who ran the vote; the vote must not be the object of a
# judgement ("called the vote a farce")
_RAN = r"(?:organi[sz]ed|held|called|staged|conducted|ran|initiated|launched)"
_VOTE_END = (
    rf"(?:the\s+|a\s+|its\s+|this\s+|their\s+)(?:[\w-]+\s+){{0,2}}?{_REF}"
    r"(?=\s*(?:[,.;)]|\Z|(?:on|in|for|and|to|last|this|after|which|that|despite|of|over)\b))"
)
# "Premier X, whose Parti Québécois government called the referendum"
WHOSE_RE = re.compile(
    rf"""\bwhose\s+(?P<g>(?:[A-Z][\w'\u2019.-]*\s+){{0,4}})
        (?P<body>government|administration|cabinet|authorities|leadership)\s+
        (?:had\s+|has\s+)?{_RAN}\s+{_VOTE_END}""",
    re.VERBOSE,
)
# "the Kurdistan Regional Government (KRG) held the vote", "the KRG had held the vote"
ORG_SUBJECT_RE = re.compile(
    rf"""(?<![\w'\u2019.-])(?P<g>[A-Z][\w'\u2019.-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w'\u2019.-]*){{0,5}})
        (?:\s+\((?P<abbr>[A-Z]{{2,6}})\))?\s+(?:had\s+|has\s+|have\s+)?{_RAN}\s+{_VOTE_END}""",
    re.VERBOSE,
)
# "The French government, which organised the consultation", "the Catalan authorities called
# the poll": a state's or a region's government that ran the vote (the vote may be called a
# consultation or a poll here, the verb being one of running it)
_RAN_NOUN = (
    r"(?:the\s+|a\s+|its\s+|this\s+|their\s+)(?:[\w-]+\s+){0,2}?"
    rf"(?:{_REF}|consultations?\b|polls?\b)"
    r"(?=\s*(?:[,.;)]|\Z|(?:on|in|for|and|to|last|this|after|which|that|despite|of|over)\b))"
)
GOVERNMENT_RAN_RE = re.compile(
    rf"""(?<![\w'\u2019.-])(?P<g>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){{0,3}})\s+
        (?P<body>government|administration|authorities|cabinet)
        (?:\s*,\s*(?:which|that)|\s+which|\s+that)?\s+(?:had\s+|has\s+)?
        (?:organi[sz]ed|called|staged|held)\s+{_RAN_NOUN}""",
    re.VERBOSE,
)
# "Sergei Aksyonov, the prime minister of Crimea who organised the vote"
PERSON_WHO_RE = re.compile(
    rf"""(?<![\w'\u2019.-])(?P<p>[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){{1,3}}),
        \s+(?:[^,.;]{{0,80}}?\s)?who\s+(?:had\s+|has\s+)?{_RAN}\s+{_VOTE_END}""",
    re.VERBOSE,
)
# "The vote was called by Igor Smirnov, who ...": the one named after "by"
PASSIVE_RAN_RE = re.compile(
    rf"""\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:[\w-]+\s+){{0,2}}?{_REF}\s+
        (?:was|had\s+been|has\s+been|were)\s+(?:\w+ly\s+)?{_RAN}\s+by\s+
        (?P<p>[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){{0,3}})""",
    re.VERBOSE,
)
# "the Liberation Front, which led the war and organised the vote": a body named before a
# relative clause that says it ran the vote
ORG_WHICH_RE = re.compile(
    rf"""(?<![\w'\u2019.-])(?P<g>[A-Z][\w'\u2019.-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w'\u2019.-]*){{0,5}})
        (?:\s+\((?P<abbr>[A-Z]{{2,6}})\))?,\s+which\s+(?:[^,.;]{{0,60}}?\s)?(?:had\s+|has\s+)?
        {_RAN}\s+{_VOTE_END}""",
    re.VERBOSE,
)
# a body named for the vote it runs: "the Darfur Referendum Commission announced ..."
REFERENDUM_BODY_RE = re.compile(
    r"""(?<![\w'\u2019.-])(?P<g>(?:[A-Z][\w'\u2019.-]*[\ \t]+){0,4}(?:Referendum|Plebiscite)[\ \t]+
        (?:Commission|Committee|Council|Authority|Board))\b""",
    re.VERBOSE,
)
_BODY_WORDS = frozenset(
    {
        "government", "administration", "authority", "authorities", "council", "assembly",
        "parliament", "party", "cabinet", "movement", "front", "junta", "regime", "leadership",
        "executive",
    }
)  # fmt: skip
_NOT_ORGANISER_RE = re.compile(r"\b(?:Election|Elections|Electoral|Referendum|Commission)\b")
_ACRONYM_RE = re.compile(r"\A[A-Z]{2,6}\Z")
_PHRASE_RE = re.compile(r"\b[A-Z][\w'\u2019-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w'\u2019-]*){1,5}")
SELF_RULE_RE = re.compile(r"\b(?:independen\w*|secession|self-determination|sovereignty)\b", re.I)
VOTE_CONTEXT_RE = re.compile(
    r"\b(?:referend\w*|plebiscit\w*|vot\w*|ballot\w*|annex\w*|turnout|polls?)\b", re.I
)
VOTE_CONTEXT_LOW_RE = low_twin(VOTE_CONTEXT_RE)
YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
RECALL_RE = re.compile(
    r"""\b(?:held|took\s+place|was\s+held)\b[^.]{0,60}?\b(?:referend\w*|plebiscit\w*|vote)\b[^.]{0,40}?
        \b(?:in|of|on)\s+(?:\w+,?\s+){0,2}?(?:19|20)\d\d\b
      # "the plebiscite of January 13, 1935"
      | \b(?:referend\w*|plebiscit\w*),?\s+(?:\w+\s+){0,3}?(?:in|of|on)\s+(?:\w+,?\s+){0,2}?
        (?:19|20)\d\d\b
      # "The contrast with September 2014 is sharp. In the independence referendum, ..."
      | \b(?:in|of|on|with|since)\s+(?:\w+\s+)?(?:19|20)\d\d\b[^.]{0,60}\.\s+
        (?:In\s+)?(?:the|that)\s+(?:[\w-]+\s+){0,2}?(?:referend\w*|plebiscit\w*)\b
      # "In the 2009 referendum on the constitution", "than in the 2012 vote"
      | (?P<pre>\b(?:the|a|an|its|that|their)\s+(?:19|20)\d\d\s+(?:[\w-]+\s+){0,2}?
        (?:referend\w*|plebiscit\w*|vote)\b)""",
    re.VERBOSE | re.IGNORECASE,
)
RECALL_LOW_RE = low_twin(RECALL_RE)
FIGURE_IN_YEAR_RE = re.compile(r"(?:%|\bper\s?cent|\bpercent)\s+in\s+(?:19|20)\d\d\b", re.I)
# a share told with the year of its vote, in a clause of its own: ", after voters legalised
# same-sex marriage by 62 per cent in 2015" (the recalled vote starts with the clause)
RECALL_FIGURE_RE = re.compile(
    r"""(?:\A|[,;:(\u2013\u2014]|\.\s)(?P<clause>[^,;:(\u2013\u2014.]{0,120}?
        \d{1,3}(?:[.,]\d{1,3})?\s?(?:%|per\s?cent\b|percent\b)\s+in\s+(?:19|20)\d\d\b)""",
    re.VERBOSE | re.IGNORECASE,
)


@attrs.define
class _Group:
    """The figures and the stretch of text of one referendum."""

    spans: list[Span]
    figures: list[FigureDraft] = attrs.Factory(list)
    recalled: bool = False
    year: str | None = None
    own: Entry | None = None  # the state whose own vote this is, told by its figures

    def holds(self, pos: int) -> bool:
        return any(s.start <= pos < s.end for s in self.spans)


def referendums(state: ParseState) -> None:
    """Group ``state.figures`` into referendums and find their organiser, territory and
    voting regions; fill ``state.referendums``."""
    text = state.text
    if not has_popular_vote(text, state.gazetteer):
        return
    recalled = _recalled_groups(state)
    main = _Group(spans=[trusted_span(0, len(text))])
    for f in state.figures:
        home = next((g for g in recalled if g.holds(f.span.start)), main)
        home.figures.append(f)
    recalled = _by_year(recalled)
    if not main.figures and (told := [g for g in recalled if g.figures]):
        # an article on a vote of an earlier year: the vote given the most figures (the
        # first of equals) is the article's own; its stretches are the main vote's
        first = max(told, key=lambda g: (len(g.figures), -g.spans[0].start))
        main.figures = first.figures
        recalled.remove(first)
    groups = [*_by_state(state, main), *(g for g in recalled if g.figures)]
    for n, g in enumerate(groups, start=1):
        state.referendums.append(
            _referendum(state, g, f"ref-{n}", [x for x in groups if x is not g])
        )


def _by_state(state: ParseState, main: _Group) -> list[_Group]:
    """*main*, or one group per state when its figures are those of several states each
    given a full result (a table of national votes, a row per state): a state's own vote is
    a referendum of its own."""
    figs = main.figures
    if len(figs) < 4:
        return [main]
    g = state.gazetteer
    by_region: dict[str, list[FigureDraft]] = {}
    for f in figs:
        by_region.setdefault(f.region, []).append(f)
    if len(by_region) < 2:
        return [main]
    owners: list[Entry] = []
    for name, mine in by_region.items():
        st = g.state(name)
        if st is None or st.name != name or g.region(name) is not None:
            return [main]
        if sum(f.measure in ("percent", "turnout") for f in mine) < 2:
            return [main]
        owners.append(st)
    return [
        _Group(spans=main.spans, figures=mine, own=st)
        for mine, st in zip(by_region.values(), owners, strict=True)
    ]


def _by_year(groups: list[_Group]) -> list[_Group]:
    """*groups* with the stretches that recall a vote of one year merged into one group."""
    out: list[_Group] = []
    for g in groups:
        same = next((o for o in out if g.year is not None and o.year == g.year), None)
        if same is None:
            out.append(g)
        else:
            same.spans.extend(g.spans)
            same.figures.extend(g.figures)
    return out


def _recalled_groups(state: ParseState) -> list[_Group]:
    """Stretches of text that recall a vote of a stated year: from the sentence that names it
    to the end of its paragraph."""
    text = state.text
    years = YEAR_RE.findall(text[:300])
    low = folded(text)
    lowered = state.lowered()
    out: list[_Group] = []
    for p in state.paragraphs:
        a, b = p.span.start, p.span.end
        # both patterns need a year
        if text.find("19", a, b) < 0 and text.find("20", a, b) < 0:
            continue
        ptext = p.span.slice(text)
        # where the recalled vote starts, its year, and whether the shape needs the article's
        # own date (or a later year near its start) to tell the year is an earlier one
        found: list[tuple[int, str, bool]] = []
        # RECALL_RE needs a word for a vote
        if any(low.find(w, a, b) >= 0 for w in ("referend", "plebiscit", "vote")) and (
            m := (
                RECALL_RE.search(ptext) if lowered is None else RECALL_LOW_RE.search(lowered[a:b])
            )
        ):
            start = 0
            for sm in SENTENCE_END_RE.finditer(ptext, 0, m.start()):
                start = sm.end()
            ym = YEAR_RE.search(m.group())
            if ym is not None:
                found.append((start, ym.group(), m["pre"] is not None))
        if (
            (low.find("%", a, b) >= 0 or low.find("cent", a, b) >= 0)
            and FIGURE_IN_YEAR_RE.search(ptext)
            and (fm := RECALL_FIGURE_RE.search(ptext))
        ):
            clause = fm.start("clause")
            lead = len(fm["clause"]) - len(fm["clause"].lstrip())
            found.append((clause + lead, fm.group()[-4:], True))
        for start, year, needs_date in sorted(found)[:1]:
            if state.published and int(year) >= state.published.year:
                continue
            if needs_date and state.published is None and all(y <= year for y in years):
                continue
            if year in years and state.published is None and len(years) == 1:
                continue
            out.append(_Group(spans=[trusted_span(a + start, b)], recalled=True, year=year))
    return out


def _referendum(state: ParseState, g: _Group, rid: str, others: list[_Group]) -> Referendum:
    text = state.text
    low = state.lowered()
    matcher = matcher_for(state.gazetteer)

    def mine(pos: int) -> bool:
        return g.holds(pos) and not any(o.recalled and o.holds(pos) for o in others if o is not g)

    results = _results(g.figures, state.text)
    regions: list[str] = []
    for r in results:
        if r.region not in regions:
            regions.append(r.region)
    places = [t for t in matcher.find_all(text, state.lowered()) if mine(t.span.start)]
    starts = [t.span.start for t in places]
    for p in state.paragraphs:
        lo = bisect_left(starts, p.span.start)
        hi = bisect_left(starts, p.span.end, lo)
        inside = [t for t in places[lo:hi] if not t.is_state]
        if not inside or not mine(p.span.start):
            continue
        if not (
            VOTE_CONTEXT_RE.search(p.span.slice(text))
            if low is None
            else VOTE_CONTEXT_LOW_RE.search(low[p.span.start : p.span.end])
        ):
            continue
        for t in inside:
            if not choice_before(text, low, t.span.start) and t.entry.name not in regions:
                regions.append(t.entry.name)
    named: ActorDraft | None = None
    organizer: Entry | None = g.own  # a state's own vote is held by the state
    if organizer is None:
        named = _named_organizer(state, mine)
        organizer = None if named is not None else _organizer(state, g, mine, results)
    if named is None and organizer is None and not g.recalled:
        named = _referendum_body(state, mine)
    if not regions:
        home = _home_place([t for t in places if organizer is None or t.entry is not organizer])
        if home is not None:
            regions.append(home.entry.name)
    territory = _territory_of(state, regions, places)
    if organizer is not None:
        named = _actor(state, organizer)
    if named is not None:
        named.relevant = True
    return Referendum(
        id=rid,
        organizer=named.key if named else None,
        territory_of=territory.id if territory else None,
        regions=tuple(regions),
        results=tuple(results),
    )


def _home_place(places: list[Territory]) -> Territory | None:
    counts: dict[str, int] = {}
    for t in places:
        counts[t.entry.id] = counts.get(t.entry.id, 0) + 1
    return max(places, key=lambda t: counts[t.entry.id], default=None)


def _actor(state: ParseState, entry: Entry) -> ActorDraft:
    draft = state.actors.get(entry.id)
    if draft is None:
        draft = ActorDraft(
            key=entry.id, name=entry.name, kind=entry.actor_kind, country=entry.country
        )
        state.actors[entry.id] = draft
    return draft


def _named_organizer(state: ParseState, inside: Callable[[int], bool]) -> ActorDraft | None:
    """The organiser the text names as the one who ran the vote: a government ("whose
    Parti Québécois government called the referendum"), a body ("the KRG had held the vote")
    or a person ("X, the prime minister of Crimea who organised the vote")."""
    text = state.text
    words = _words(text)
    sentences = words.sentences
    # only the sentences with a word of running a vote and a word for the vote
    for i in words.need("ran"):
        s = sentences[i]
        if not inside(s.start):
            continue
        stext = s.slice(text)
        for rule, pattern, make in (
            ("whose", WHOSE_RE, _whose),
            ("person-who", PERSON_WHO_RE, _person_who),
            ("passive", PASSIVE_RAN_RE, _person_who),
            ("body", ORG_SUBJECT_RE, _body),
            ("body-which", ORG_WHICH_RE, _body),
            ("government", GOVERNMENT_RAN_RE, _government),
        ):
            if pattern is ORG_WHICH_RE and ", which" not in stext:
                continue  # the pattern needs the relative clause
            for m in pattern.finditer(stext):
                draft = make(state, s, m)
                if draft is not None:
                    state.note("referendums", f"organizer/{rule}", None, draft.key)
                    return draft
    return None


def _group(state: ParseState, name: str, country: str | None, span: Span) -> ActorDraft:
    """The draft of a group actor *name* (created when new), with a mention at *span*."""
    key = slug(name)
    draft = state.actors.get(key)
    if draft is None:
        draft = ActorDraft(key=key, name=name, kind=ActorKind.GROUP, country=country)
        state.actors[key] = draft
    draft.mentions.append(Mention(span=span, key=key, via="name"))
    return draft


def _referendum_body(state: ParseState, inside: Callable[[int], bool]) -> ActorDraft | None:
    """The body named for the referendum it runs ("the X Referendum Commission"), by the
    fullest name the text gives it, as the organiser of a vote for which no other is named."""
    text = state.text
    if "Referendum " not in text and "Plebiscite " not in text:
        return None
    names: list[tuple[str, Span]] = []
    for m in REFERENDUM_BODY_RE.finditer(text):
        if not inside(m.start()):
            continue
        words = m["g"].split()
        for k in range(len(words) - 1, -1, -1):
            if words[k] in ("The", "A", "An", "Its", "This"):
                words = words[k + 1 :]  # a capitalised headline word before "The" is no name
                break
        if len(words) >= 3:  # "Referendum Commission" alone names no body
            name = " ".join(words)
            names.append((name, trusted_span(m.end("g") - len(name), m.end("g"))))
    if not names:
        return None
    # the fullest name ("the Darfur Administrative Referendum Commission", not a headline's
    # shorter one)
    name = max(names, key=lambda x: len(x[0].split()))[0]
    known = state.gazetteer.organization(name)
    if known is not None:
        return _actor(state, known)
    key = slug(name)
    draft = state.actors.get(key)
    if draft is None:
        draft = ActorDraft(key=key, name=name, kind=ActorKind.ORGANIZATION)
        state.actors[key] = draft
    for written, span in names:
        if written == name and span.slice(text) == name:
            draft.mentions.append(Mention(span=span, key=key, via="name"))
    state.note("referendums", "organizer/referendum-body", None, key)
    return draft


def _whose(state: ParseState, s: Span, m: re.Match[str]) -> ActorDraft | None:
    g = " ".join(m["g"].split())
    body = m["body"]
    span = trusted_span(s.start + m.start("g"), s.start + m.end("body"))
    if g:
        entry = _resolve(state, g, False)
        if entry is not None:
            return _actor(state, entry)
        return _group(state, f"{g} {body}", None, span)
    # "Catalan President X, whose government organised the vote": the place named before
    places = matcher_for(state.gazetteer).find(state.text, s.start, s.start + m.start())
    if not places:
        return None
    place = places[-1]
    if place.is_state:
        return _actor(state, place.entry)
    return _group(state, f"{place.written} {body}", place.entry.country, place.span)


def _government(state: ParseState, s: Span, m: re.Match[str]) -> ActorDraft | None:
    """The state (or a region's government) named before "government, which organised the
    vote"; ``None`` when the words name no known place."""
    g = " ".join(m["g"].split())
    if g.split()[0] in ("The", "A", "This", "That"):
        g = g.split(" ", 1)[1] if " " in g else ""
    if not g:
        return None
    entry = _resolve(state, g, True)
    if entry is None:
        return None
    if entry.kind == "state":
        return _actor(state, entry)
    span = trusted_span(s.start + m.start("g"), s.start + m.end("body"))
    return _group(state, f"{g} {m['body']}", entry.country, span)


def _person_who(state: ParseState, s: Span, m: re.Match[str]) -> ActorDraft | None:
    start, end = s.start + m.start("p"), s.start + m.end("p")
    for draft in state.actors.values():
        if draft.kind is ActorKind.PERSON and any(
            start <= x.span.start < end for x in draft.mentions
        ):
            return draft
    return None


def _body(state: ParseState, s: Span, m: re.Match[str]) -> ActorDraft | None:
    g = " ".join(m["g"].split())
    if g.startswith("The "):
        g = g[4:]
    abbr = m["abbr"]
    if not g or _NOT_ORGANISER_RE.search(g):
        return None
    span = Span(
        start=s.start + m.start("g") + (len(m["g"]) - len(m["g"].lstrip())),
        end=s.start + m.end("g"),
    )
    gaz = state.gazetteer
    for name in (g, abbr):
        entry = gaz.organization(name) if name else None
        if entry is not None:
            return _actor(state, entry)
    words = g.split()
    if words[-1].lower() in _BODY_WORDS and len(words) > 1:
        draft = _group(state, g, None, span)
    elif _ACRONYM_RE.match(g):
        full = _expansion(state.text, g)
        if full is None:
            return None
        draft = _group(state, full, None, span)
        abbr = g
    else:
        return None
    if abbr and abbr not in draft.aliases:
        draft.aliases.append(abbr)
    return draft


def _expansion(text: str, acronym: str) -> str | None:
    """The capitalised phrase of *text* whose initials spell *acronym* ("Kurdistan Regional
    Government" for "KRG"), or ``None``."""
    for m in _PHRASE_RE.finditer(text):
        words = [w for w in m.group().split() if w not in ("of", "for")]
        for i in range(len(words) - len(acronym) + 1):
            part = words[i : i + len(acronym)]
            if "".join(w[0] for w in part) == acronym:
                return " ".join(part)
    return None


def _resolve(state: ParseState, name: str, regions_ok: bool) -> Entry | None:
    """The state (or, when *regions_ok*, the region) *name* or its longest part stands for."""
    g = state.gazetteer
    words = name.replace("\u2019", "'").split()
    for size in range(len(words), 0, -1):
        for i in range(len(words) - size + 1):
            part = " ".join(words[i : i + size]).rstrip(".")
            if part.lower().endswith("'s"):
                part = part[:-2]
            region = g.region(part)
            if region is not None:
                # "Northern Ireland" is a region, not the state its last word names
                return region if regions_ok else None
            found = g.state(part)
            if found is not None:
                return found
    return None


def _organizer(
    state: ParseState, g: _Group, mine: object, results: list[RegionResult]
) -> Entry | None:
    text = state.text
    inside = mine if callable(mine) else (lambda _pos: True)
    words = _words(text)
    sentences = words.sentences

    def scan(
        pattern: re.Pattern[str],
        regions_ok: bool,
        need: str,
        check: re.Pattern[str] | None = None,
    ) -> Entry | None:
        # only the sentences with the words the pattern needs, in text order
        for i in words.need(need):
            s = sentences[i]
            if not inside(s.start):
                continue
            stext = s.slice(text)
            allow_region: bool | None = None
            for m in pattern.finditer(stext):
                if check is not None and not check.search(m.group()):
                    continue
                name = next((x for x in m.groups() if x), None)
                if not name:
                    continue
                if allow_region is None:
                    allow_region = regions_ok and SELF_RULE_RE.search(stext) is not None
                found = _resolve(state, name, allow_region)
                if found is not None and state.gazetteer.organization(name) is None:
                    return found
        return None

    for name, pattern, regions_ok, need, check in (
        ("possessive", POSSESSIVE_RE, True, "possessive", None),
        ("held-by", BY_RE, False, "held-by", BY_CHECK_RE),
        ("backed", BACKED_RE, False, "backed", None),
        ("subject", SUBJECT_RE, True, "subject", None),
    ):
        found = scan(pattern, regions_ok, need, check)
        if found is not None:
            state.note("referendums", f"organizer/{name}", None, found.id)
            return found
    for name, pattern, need in (
        ("national", NATIONAL_VOTE_RE, "national"),
        ("held-in", HELD_IN_RE, "held-in"),
    ):
        found = scan(pattern, False, need)
        if found is not None and found.kind == "state":
            state.note("referendums", f"organizer/{name}", None, found.id)
            return found
    for r in results[:1]:
        st = state.gazetteer.state(r.region)
        if st is not None and st.name == r.region and state.gazetteer.region(r.region) is None:
            state.note("referendums", "organizer/result-state", None, st.id)
            return st
    found = scan(ANNEX_RE, False, "annexation")
    if found is not None:
        state.note("referendums", "organizer/annexation", None, found.id)
    return found


# the literal words of ``_REF``: a pattern that ends or starts with it needs one of them
_REF_WORDS = ("referend", "plebiscit", "vote", "ballot")
# the verbs of SUBJECT_RE, each a part of every form of it that the pattern names
_SUBJECT_VERBS = (
    "organi", "held", "holding", "initiated", "staged", "called", "conducted", "impos",
    "planned", "run", "sponsored", "backed", "approve", "announce", "calls", "holds",
)  # fmt: skip
# what each rule needs in a sentence, each a necessary condition of its pattern: the words
# of every group, one word of each group at least ("~" before a word: in :func:`folded`
# text, for the case-blind patterns; else as written)
_NEEDS: dict[str, tuple[tuple[str, ...], ...]] = {
    # POSSESSIVE_RE: an apostrophe after the name, and a word of ``_REF``
    "possessive": (("'", "\u2019"), _REF_WORDS),
    "held-by": (("~by",), tuple("~" + w for w in _REF_WORDS)),
    "backed": (
        ("-backed", "-organi", "-sponsored", "-led", "-run", "-staged"),
        _REF_WORDS,
    ),
    "subject": (_SUBJECT_VERBS, _REF_WORDS),
    "national": (("votes", "voted", "says"),),
    "held-in": (("~held", "~plac"), tuple("~" + w for w in _REF_WORDS)),
    "annexation": (("annex",),),
    # _named_organizer: a word of running a vote and a word for the vote
    "ran": (tuple("~" + w for w in _RAN_WORDS), _RAN_NOUN_WORDS),
}


class _Words:
    """The sentences of one text, and which of them hold the words that the organiser rules
    need (found by one look for each word over the whole text, not one per sentence)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.low = folded(text)
        self.sentences = _sentences(text)
        self._starts = [s.start for s in self.sentences]
        self._holding: dict[str, set[int]] = {}
        self._needs: dict[str, list[int]] = {}

    def holding(self, word: str) -> set[int]:
        """The sentences that hold *word* whole (after "~": in the folded text)."""
        hit = self._holding.get(word)
        if hit is None:
            scanned, w = (self.low, word[1:]) if word.startswith("~") else (self.text, word)
            hit = set()
            sentences, starts, size = self.sentences, self._starts, len(w)
            pos = scanned.find(w)
            while pos >= 0:
                i = bisect_right(starts, pos) - 1
                if pos + size <= sentences[i].end:
                    hit.add(i)
                pos = scanned.find(w, pos + 1)
            self._holding[word] = hit
        return hit

    def need(self, rule: str) -> list[int]:
        """The sentences, in text order, that hold what *rule* needs (see ``_NEEDS``)."""
        out = self._needs.get(rule)
        if out is None:
            found: set[int] | None = None
            for group in _NEEDS[rule]:
                anyof: set[int] = set().union(*(self.holding(w) for w in group))
                found = anyof if found is None else found & anyof
            out = self._needs[rule] = sorted(found or ())
        return out


@lru_cache(maxsize=2)
def _words(text: str) -> _Words:
    return _Words(text)


def _territory_of(state: ParseState, regions: list[str], places: list[Territory]) -> Entry | None:
    """The state the voting territory belongs to, when the article names it."""
    g = state.gazetteer
    named = {t.entry.id for t in places if t.is_state}
    for name in regions:
        st = g.state(name)
        if st is not None and st.name == name:
            return st
        region = g.region(name)
        if region is not None and region.country:
            owner = g.state_by_code(region.country)
            if owner is not None and owner.id in named:
                return owner
    return None


_SENTENCE_BREAK_RE = re.compile(r"\n+|(?<=[.!?])[\"\u201d\u2019\u00bb)\]]*\s+(?=\S)")
# the same breaks found faster: each starts at a newline or right after an end mark, and the
# pattern starts with one of those characters so that the engine skips to them; a match that
# starts at an end mark is the break after it
_FAST_BREAK_RE = re.compile(
    r"[\n.!?](?:(?<=\n)\n*|(?<=[.!?])(?:\n+|[\"\u201d\u2019\u00bb)\]]*\s+(?=\S)))"
)


@lru_cache(maxsize=2)
def _sentences(text: str) -> tuple[Span, ...]:
    """The sentences of *text* (kept for the text's next look-up: each referendum of an
    article reads them twice)."""
    out: list[Span] = []
    start = 0
    for m in _FAST_BREAK_RE.finditer(text):
        brk = m.start()
        if text[brk] != "\n":
            brk += 1
        out.append(trusted_span(start, brk))
        start = m.end()
    out.append(trusted_span(start, len(text)))
    return tuple(out)


# --------------------------------------------------------------------------- results


@attrs.define
class _Result:
    region: str
    written: str | None
    choices: dict[str, dict[str, object]] = attrs.Factory(dict)
    turnout: Decimal | None = None
    ballots: int | None = None
    electorate: int | None = None
    spans: list[Span] = attrs.Factory(list)
    citation: str | None = None
    turnout_at: int = -1

    def slot(self, f: FigureDraft) -> object:
        if f.measure in ("percent", "votes"):
            return self.choices.get(f.option or "", {}).get(f.measure)
        return getattr(self, f.measure, None)

    def put(self, f: FigureDraft) -> None:
        if f.measure in ("percent", "votes"):
            self.choices.setdefault(f.option or "yes", {})[f.measure] = f.value
        else:
            setattr(self, f.measure, f.value)
            if f.measure == "turnout":
                self.turnout_at = f.span.start
        self.spans.append(f.span)
        self.citation = self.citation or f.citation


def _share_turnout(out: list[_Result], text: str) -> None:
    """A ballot of several questions has one turnout: when a territory's results (one per
    question) name a single turnout, each of its results with shares told in the same
    passage (no blank line between) has it."""
    if len(out) < 2:
        return
    by_region: dict[str, list[_Result]] = {}
    for r in out:
        by_region.setdefault(r.region, []).append(r)
    for mine in by_region.values():
        if len(mine) < 2:
            continue
        turnouts = {r.turnout for r in mine if r.turnout is not None}
        if len(turnouts) != 1:
            continue
        (turnout,) = turnouts
        at = next(r.turnout_at for r in mine if r.turnout is not None)
        for r in mine:
            if r.turnout is not None or not any("percent" in v for v in r.choices.values()):
                continue
            lo = min(at, *(sp.start for sp in r.spans))
            hi = max(at, *(sp.start for sp in r.spans))
            if "\n\n" not in text[lo:hi]:
                r.turnout = turnout


_Key = tuple[str, str, str | None]


def _precise_shares(figs: list[FigureDraft]) -> dict[_Key, list[Decimal]]:
    """The shares and turnouts told with decimals, by territory, measure and option."""
    out: dict[_Key, list[Decimal]] = {}
    for f in figs:
        v = f.value
        if f.measure in ("percent", "turnout") and isinstance(v, Decimal) and v != int(v):
            out.setdefault((f.region, f.measure, f.option), []).append(v)
    return out


def _rounded_repeat(f: FigureDraft, precise: dict[_Key, list[Decimal]]) -> bool:
    """A whole share that another figure of the same territory and option tells with
    decimals ("96% Remain" in a headline, "95.9%" in the text) is that figure rounded."""
    v = f.value
    if f.measure not in ("percent", "turnout") or not isinstance(v, Decimal) or v != int(v):
        return False
    near = precise.get((f.region, f.measure, f.option))
    return near is not None and any(abs(p - v) <= _HALF for p in near)


_HALF = Decimal("0.5")


def _results(figs: list[FigureDraft], text: str) -> list[RegionResult]:
    """One result per territory and reported count; repeated figures kept once."""
    out: list[_Result] = []
    precise = _precise_shares(figs)
    for f in sorted(figs, key=lambda x: x.span.start):
        if f.measure not in ("percent", "votes", "turnout", "ballots", "electorate"):
            continue
        if precise and _rounded_repeat(f, precise):
            continue
        mine = [r for r in out if r.region == f.region]
        if any(r.slot(f) == f.value for r in mine):
            continue
        target = mine[-1] if mine and mine[-1].slot(f) is None else None
        if target is None:
            target = _Result(region=f.region, written=f.region_as_written)
            out.append(target)
        target.put(f)
    _share_turnout(out, text)
    results = []
    for r in out:
        choices = tuple(
            ChoiceResult(
                option=opt,
                percent=v.get("percent"),
                votes=v.get("votes"),  # type: ignore[arg-type]
            )
            for opt, v in r.choices.items()
        )
        span = trusted_span(min(s.start for s in r.spans), max(s.end for s in r.spans))
        results.append(
            RegionResult(
                region=r.region,
                region_as_written=r.written,
                choices=choices,
                turnout=r.turnout,
                ballots=r.ballots,
                electorate=r.electorate,
                span=span,
                citation=r.citation,
            )
        )
    return results
