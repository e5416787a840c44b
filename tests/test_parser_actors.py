"""Stage 2 of the parser, actors: states, organisations and persons, with roles and aliases.

Every article here is written for these tests; the quotations are invented, and so are the
people who are not world leaders.
"""

from __future__ import annotations

import pytest

import refstance
from refstance import Actor, ActorKind, Article


def _names(actor: Actor) -> set[str]:
    return {actor.name.casefold(), *(a.casefold() for a in actor.aliases)}


def _only(article: Article, name: str) -> Actor:
    """The one actor called *name* (by name or alias); fails when there are none or several."""
    found = [a for a in article.actors if name.casefold() in _names(a)]
    assert len(found) == 1, f"{name}: {[(a.id, a.name) for a in article.actors]}"
    return found[0]


def _state_id(article: Article, name: str) -> str:
    state = _only(article, name)
    assert state.kind is ActorKind.STATE
    return state.id


@pytest.mark.parametrize(
    ("text", "person", "role", "state"),
    [
        pytest.param(
            " date 2022-09-29 Serbia has made clear that it stands by Ukraine's borders. "
            "Foreign Minister Dragan Milosavljevic told reporters in Belgrade that "
            '"no vote held under occupation can move a frontier."\n',
            "Dragan Milosavljevic",
            "minister",
            "Serbia",
            id="title-after-sentence-naming-state",
        ),
        pytest.param(
            " date 2022-09-29 Kazakh President Nurlan Abenov said on Tuesday that his country "
            'would "respect the principle of territorial integrity" in every case.\n',
            "Nurlan Abenov",
            "president",
            "Kazakhstan",
            id="demonym-title",
        ),
        pytest.param(
            " date 2022-09-30 Maria Lindqvist, Sweden's ambassador to the UN, told the "
            'Security Council that the votes were "a theatre staged for the cameras."\n',
            "Maria Lindqvist",
            "ambassador",
            "Sweden",
            id="apposition-states-ambassador-to-un",
        ),
        pytest.param(
            " date 2022-09-30 Helen Marsh, the United Kingdom's ambassador to the UN, said the "
            'council must "call this exercise what it is: a land grab."\n',
            "Helen Marsh",
            "ambassador",
            "United Kingdom",
            id="apposition-the-states-ambassador-to-un",
        ),
        pytest.param(
            " date 2022-09-30 Riga speaks out\n\n"
            "Russia staged referendums in four occupied regions of Ukraine last week.\n\n"
            "Foreign Minister Ilze Berzina of Latvia called the referendums "
            '"a sham staged for Russian television."\n',
            "Ilze Berzina",
            "foreign minister",
            "Latvia",
            id="title-name-of-state",
        ),
        pytest.param(
            " date 2022-09-30 Riga speaks out\n\n"
            "Russia staged referendums in four occupied regions of Ukraine last week.\n\n"
            "The foreign minister of Latvia, Ilze Berzina, called the referendums "
            '"a sham staged for Russian television."\n',
            "Ilze Berzina",
            "foreign minister",
            "Latvia",
            id="the-title-of-state-comma-name",
        ),
    ],
)
def test_person_role_and_affiliation(text: str, person: str, role: str, state: str) -> None:
    article = refstance.parse(text)
    actor = _only(article, person)
    assert actor.kind is ActorKind.PERSON
    assert actor.role is not None
    assert role in actor.role.casefold()
    assert actor.affiliation == _state_id(article, state)


def test_surname_alone_refers_back_to_the_full_name() -> None:
    text = (
        " date 2014-03-18 Estonian Prime Minister Kalev Tamm said the Crimean vote "
        '"has no place in a Europe of rules." Tallinn will not recognise it.\n\n'
        'Tamm added that "borders are not redrawn by a show of hands at gunpoint."\n'
    )
    article = refstance.parse(text)
    tamm = _only(article, "Kalev Tamm")
    assert tamm.name == "Kalev Tamm"
    assert len(tamm.mentions) == 2
    assert [article.slice(m) for m in tamm.mentions] == ["Kalev Tamm", "Tamm"]
    speakers = {article.actor(s.speaker).name for s in article.statements if s.speaker}
    assert speakers == {"Kalev Tamm"}


@pytest.mark.parametrize(
    ("text", "spellings"),
    [
        pytest.param(
            " date 2022-09-30 President Volodymyr Zelensky told the nation that the votes "
            '"are worth nothing."\n\n'
            "Later in the evening Zelenskyy signed a request to join NATO on an accelerated "
            'basis. "We will take our land back," Zelenskyy said.\n',
            ("Zelensky", "Zelenskyy"),
            id="zelensky-zelenskyy",
        ),
        pytest.param(
            " date 2022-09-27 President Kassym-Jomart Tokayev met his guests in Astana on "
            "Monday.\n\n"
            "Toqaev told them that Kazakhstan would not recognise the referendums. "
            '"We hold to the UN Charter," Toqaev said.\n',
            ("Tokayev", "Toqaev"),
            id="tokayev-toqaev",
        ),
    ],
)
def test_transliteration_variants_are_one_actor(text: str, spellings: tuple[str, ...]) -> None:
    article = refstance.parse(text)
    persons = [a for a in article.actors if a.kind is ActorKind.PERSON]
    assert len(persons) == 1, [a.name for a in persons]
    person = persons[0]
    for spelling in spellings:
        assert any(spelling.casefold() in n for n in _names(person)), (spelling, person)
    assert len(person.mentions) == 3


def test_capital_and_kremlin_are_metonyms_of_russia() -> None:
    text = (
        " date 2022-09-30 Moscow said on Friday that the four regions had chosen to join "
        'Russia. The Kremlin called the results "convincing" and promised a ceremony.\n\n'
        "Ukraine said it would never recognise the annexation.\n"
    )
    article = refstance.parse(text)
    russia = _only(article, "Russia")
    assert russia.kind is ActorKind.STATE
    assert {"moscow", "kremlin"} <= {n.removeprefix("the ") for n in _names(russia)}
    assert not [a for a in article.actors if a.name in {"Moscow", "Kremlin", "the Kremlin"}]
    assert len(russia.mentions) >= 3


@pytest.mark.parametrize(
    ("text", "abbreviation"),
    [
        pytest.param(
            " date 2022-09-28 The EU said it would never recognise the votes held in the "
            'occupied regions. "These referendums are null and void," the EU said in a '
            "statement.\n",
            "EU",
            id="eu",
        ),
        pytest.param(
            " date 2014-03-15 The OSCE refused to send observers to Crimea. The vote is "
            '"illegitimate in its very design," the OSCE chair said on Saturday.\n',
            "OSCE",
            id="osce",
        ),
    ],
)
def test_organisation_by_abbreviation(text: str, abbreviation: str) -> None:
    article = refstance.parse(text)
    organisation = _only(article, abbreviation)
    assert organisation.kind is ActorKind.ORGANIZATION


def test_person_only_in_a_caption_is_not_an_actor() -> None:
    text = (
        " date 2017-09-26 Turkey said on Monday that it would not recognise the vote held in "
        "northern Iraq, and warned of economic measures against the regional government.\n\n"
        "Masoud Barzani casts his ballot in Erbil Safin Hamid/Wikimedia Commons\n\n"
        'Prime Minister Binali Yildirim said the referendum was "null and void" for Ankara.\n'
    )
    article = refstance.parse(text)
    assert _only(article, "Binali Yildirim").kind is ActorKind.PERSON
    assert article.find_actor("Masoud Barzani") is None
    assert article.find_actor("Barzani") is None
    assert article.find_actor("Safin Hamid") is None


def test_person_merely_mentioned_is_not_an_actor() -> None:
    text = (
        " date 2014-03-20 Lithuania will not recognise the annexation of Crimea, its foreign "
        "minister said after talks in Vilnius with a delegation led by the writer Jonas "
        "Mekas.\n\n"
        'Foreign Minister Linas Linkevicius said the vote was "a farce under guns."\n'
    )
    article = refstance.parse(text)
    assert _only(article, "Linas Linkevicius").affiliation == _state_id(article, "Lithuania")
    assert article.find_actor("Jonas Mekas") is None


def test_first_name_that_is_also_a_month_abbreviation() -> None:
    text = (
        " date 2014-03-18 Czech Prime Minister Jan Novak told parliament on Tuesday that "
        "Prague would not recognise the vote in Crimea.\n\n"
        '"We have seen this before in our own history," Novak said.\n'
    )
    article = refstance.parse(text)
    novak = _only(article, "Jan Novak")
    assert novak.kind is ActorKind.PERSON
    assert novak.affiliation == _state_id(article, "Czech Republic")
    assert [article.actor(s.speaker).name for s in article.statements if s.speaker] == ["Jan Novak"]


# ----------------------------------------------------------------------------- initials


@pytest.mark.parametrize(
    ("intro", "full", "surname"),
    [
        pytest.param(
            "Moldovan President P.K. Rusnac", "P.K. Rusnac", "Rusnac", id="joined-initials"
        ),
        pytest.param("President Tomas R. Vendel", "Tomas R. Vendel", "Vendel", id="middle-initial"),
        pytest.param("President Tomas H.K. Vendel", "Tomas H.K. Vendel", "Vendel", id="two-middle"),
    ],
)
def test_name_with_initials_is_one_person(intro: str, full: str, surname: str) -> None:
    text = (
        f" date 2020-05-04 Vote counted\n\n{intro} said on Monday that the count was fair.\n\n"
        f'"Nobody can doubt these numbers," {surname} said.\n'
    )
    article = refstance.parse(text)
    person = _only(article, full)
    assert person.kind is ActorKind.PERSON
    assert [article.actor(s.speaker).name for s in article.statements if s.speaker] == [full]


def test_trailing_initial_is_no_person() -> None:
    text = (
        " date 2020-05-04 Vote counted\n\nMayor Ada Hodgkins said the council would go for "
        'Plan B.\n\n"It is a fair compromise for the town," she said.\n'
    )
    article = refstance.parse(text)
    assert [a.name for a in article.actors if a.kind is ActorKind.PERSON] == ["Ada Hodgkins"]


# ----------------------------------------------------------------------------- organisations


@pytest.mark.parametrize(
    ("text", "org"),
    [
        pytest.param(
            "The Velmar Freedom Party, the second largest party in parliament, said it would "
            '"fight this result in every court".',
            "Velmar Freedom Party",
            id="run-ending-in-party",
        ),
        pytest.param(
            'Dana Orlova\'s Civic Renewal Council said the count was "rigged from the start".',
            "Civic Renewal Council",
            id="possessive-before-name",
        ),
        pytest.param(
            "Ostrov, an independent election watchdog, said it had logged hundreds of "
            'violations and called the vote "a sham from start to finish".',
            "Ostrov",
            id="one-word-name-with-apposition",
        ),
    ],
)
def test_organisation_by_proper_name(text: str, org: str) -> None:
    article = refstance.parse(f" date 2020-05-04 Vote counted\n\n{text}\n")
    assert _only(article, org).kind is ActorKind.ORGANIZATION


def test_words_before_an_organisation_head_are_no_person() -> None:
    text = (
        " date 2020-05-04 Vote counted\n\nThe Unified Electoral Commission of Velmaria "
        "announced the result on Tuesday. Sunni Arab leaders called the count "
        '"a fraud", said Omar Haddad, a Sunni Arab politician.\n'
    )
    article = refstance.parse(text)
    assert article.find_actor("Unified Electoral") is None
    assert article.find_actor("Sunni Arab") is None
    assert _only(article, "Omar Haddad").kind is ActorKind.PERSON


def test_common_institution_name_is_no_new_organisation() -> None:
    text = (
        " date 2020-05-04 Vote counted\n\nThe National Assembly met on Monday. "
        'Its speaker, Ivo Marek, said the vote was "valid and final".\n'
    )
    article = refstance.parse(text)
    assert article.find_actor("National Assembly") is None


def test_capital_inside_the_name_of_a_process_is_not_the_state() -> None:
    text = (
        " date 2020-05-04 Vote rejected\n\nThe co-chairs of the OSCE Minsk Group said the "
        'vote was "null and void". Diplomats recalled the Oslo Accords and the Budapest '
        "Memorandum.\n"
    )
    article = refstance.parse(text)
    assert article.find_actor("Belarus") is None
    assert article.find_actor("Norway") is None
    assert article.find_actor("Hungary") is None
    assert _only(article, "OSCE Minsk Group").kind is ActorKind.ORGANIZATION


def test_region_name_is_never_a_person() -> None:
    g = refstance.Gazetteer.default().extended(
        {"regions": [{"name": "Upper Vallonia", "kind": "region", "country": "BA"}]}
    )
    text = (
        " date 2020-05-04 Vote\n\nUpper Vallonia voted on Sunday. Maria Lindt said it was "
        '"a good day for everyone".\n'
    )
    article = refstance.parse(text, gazetteer=g)
    assert article.find_actor("Upper Vallonia") is None


@pytest.mark.parametrize(
    ("text", "org"),
    [
        pytest.param(
            'In Brussels, EU spokeswoman Hanna Virtanen said the vote was "not legal".',
            "European Union",
            id="org-before-title-beats-capital",
        ),
        pytest.param(
            'In Moscow, NATO Secretary General Ole Brandt said the vote was "not legal".',
            "North Atlantic Treaty Organization",
            id="org-inside-title",
        ),
    ],
)
def test_organisation_before_title_is_the_affiliation(text: str, org: str) -> None:
    article = refstance.parse(f" date 2020-05-04 Reactions\n\n{text}\n")
    person = next(a for a in article.actors if a.kind is ActorKind.PERSON)
    assert person.affiliation == _only(article, org).id


def test_state_before_organisation_sends_the_envoy() -> None:
    text = (
        " date 2020-05-04 Reactions\n\nRussian UN envoy Pavel Sorokin said the vote was "
        '"fair and free".\n'
    )
    article = refstance.parse(text)
    assert _only(article, "Pavel Sorokin").affiliation == _state_id(article, "Russia")


def test_round_up_section_label_gives_the_affiliation() -> None:
    text = (
        " date 2020-05-04 How the world reacted\n\n"
        "ARAB LEAGUE: Secretary-General Karim Nassar said the League would respect the "
        "decision of the voters.\n\n"
        "CHINA: Foreign ministry spokeswoman Li Wen said Beijing respected the choice.\n"
    )
    article = refstance.parse(text)
    assert _only(article, "Karim Nassar").affiliation == _only(article, "Arab League").id
    # a section label is narrative, never a quotation of the label's entity
    assert article.statements == () or all(
        article.actor(s.speaker).kind is ActorKind.PERSON for s in article.statements if s.speaker
    )


def test_council_of_a_place_is_a_local_group() -> None:
    from refstance._gazetteer import Gazetteer
    from refstance._parser import run

    text = (
        " date 2020-05-04 Vote\n\nThe Brackwater Island Council met on Monday, and the "
        "Brackwater Reform Council walked out.\n"
    )
    _article, state = run(text, gazetteer=Gazetteer.default())
    assert state.actors["brackwater-island-council"].kind is ActorKind.GROUP
    assert state.actors["brackwater-reform-council"].kind is ActorKind.ORGANIZATION


def _drafts(text: str) -> dict[str, object]:
    """Every actor the actors stage found, relevant or not (the parser's own state)."""
    from refstance._gazetteer import Gazetteer
    from refstance._parser import run

    _article, state = run(text, gazetteer=Gazetteer.default())
    return dict(state.actors)


def test_state_name_as_a_given_name_after_an_honorific() -> None:
    text = (
        " date 1999-03-02 Island assembly accepts the vote\n\n"
        "At the session, the speaker of the chamber, Dr. Jordan Pellek, declared:\n\n"
        '"The voters have spoken clearly, and this chamber will do what they asked."\n'
    )
    article = refstance.parse(text)
    speech = article.statements[0]
    assert article.actor(speech.speaker).name == "Jordan Pellek"
    assert all(a.name != "Jordan" for a in article.actors)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        pytest.param(
            "The Maroni People's Liberation Front said the result was "
            '"a victory for every family in the valley".',
            "Maroni People's Liberation Front",
            id="possessive-peoples-inside-the-name",
        ),
        pytest.param(
            'The Peace and Renewal Movement said the count had been "stolen in daylight".',
            "Peace and Renewal Movement",
            id="two-words-joined-by-and",
        ),
        pytest.param(
            "The Assembly of the Republic of Korvania said the result was "
            '"binding on every body of the state".',
            "Assembly of the Republic of Korvania",
            id="head-noun-then-of",
        ),
    ],
)
def test_organisation_names_of_unusual_shape(text: str, org: str) -> None:
    article = refstance.parse(" date 2001-06-01 Reactions\n\n" + text + "\n")
    found = _only(article, org)
    assert found.kind in (ActorKind.ORGANIZATION, ActorKind.GROUP)
    assert not [a for a in article.actors if a.kind is ActorKind.PERSON]


def test_liberation_front_is_a_group() -> None:
    text = (
        " date 2001-06-01 Reactions\n\nThe Maroni People's Liberation Front said the result "
        'was "a victory for every family in the valley".\n'
    )
    assert _only(refstance.parse(text), "Maroni People's Liberation Front").kind is ActorKind.GROUP


def test_head_noun_then_of_is_no_person() -> None:
    drafts = _drafts(
        " date 2001-06-01 Reactions\n\nAsked whether the island would join the League of "
        'Reef Nations, Mara Tuilagi said it would apply "within a month".\n'
    )
    assert "league-of-reef-nations" in drafts
    assert "reef-nations" not in drafts


def test_known_organisation_name_holds_no_person() -> None:
    text = (
        " date 1993-05-01 Asmara\n\nThe leader, Tesfay Gebre, thanked the voters. Asked "
        "whether the new state would join the Organisation of African Unity, he said the "
        'application would go "within weeks".\n'
    )
    article = refstance.parse(text)
    assert all(a.name != "African Unity" for a in article.actors)
    assert article.actor(article.statements[0].speaker).name == "Tesfay Gebre"


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        pytest.param(
            "Tomas Greer, leader of the centrist Vaka Nui party, called the vote "
            '"a new dawn for the atoll".',
            "Tomas Greer",
            "Vaka Nui",
            id="apposition-leader-of-a-party",
        ),
        pytest.param(
            "Ruth Olson, a spokeswoman for the Keep the 9th campaign, said the side would "
            '"accept the verdict of the people".',
            "Ruth Olson",
            "Keep the 9th",
            id="apposition-spokeswoman-for-a-campaign",
        ),
        pytest.param(
            'Plaid Cymru leader Rhian Evans called the vote "a new dawn for the valleys".',
            "Rhian Evans",
            "Plaid Cymru",
            id="party-before-the-title-leader",
        ),
    ],
)
def test_party_or_campaign_before_a_lower_case_noun(text: str, person: str, org: str) -> None:
    article = refstance.parse(" date 2008-11-26 Reactions\n\n" + text + "\n")
    assert _only(article, person).affiliation == _only(article, org).id


@pytest.mark.parametrize(
    "phrase",
    ["the ruling party", "the No campaign", "the Trump campaign", "the Conservative party"],
)
def test_common_or_personal_campaign_names_no_organisation(phrase: str) -> None:
    drafts = _drafts(
        f" date 2016-06-01 Reactions\n\nJane Carver, a spokeswoman for {phrase}, said the "
        'vote was "a clear answer".\n'
    )
    assert all(
        d.kind is not ActorKind.ORGANIZATION or d.name not in ("No", "Trump", "Conservative")
        for d in drafts.values()  # type: ignore[attr-defined]
    )


def test_joined_names_of_entities_are_no_person() -> None:
    drafts = _drafts(
        " date 2016-04-23 Vote\n\nThe hybrid European Union-United Nations panel said it had "
        "not watched the count.\n"
    )
    assert not any("Union-United" in d.name for d in drafts.values())  # type: ignore[attr-defined]


def test_arabic_article_of_a_surname_may_change() -> None:
    text = (
        " date 2016-04-23 Vote\n\nHamid al-Tayeb, the commission chairman, announced the "
        'result. El-Tayeb said the vote had been "calm and orderly from start to end".\n'
    )
    article = refstance.parse(text)
    assert article.actor(_with_text(article, "calm and orderly").speaker).name == "Hamid al-Tayeb"


def _with_text(article: Article, words: str) -> refstance.Statement:
    return next(s for s in article.statements if words in s.text)


def test_full_name_in_another_transliteration_is_the_known_person() -> None:
    text = (
        " date 2008-03-01 Nicosia\n\nMehmet Aly Talat said the talks would resume "
        '"in a spirit of trust".\n'
    )
    assert _only(refstance.parse(text), "Mehmet Ali Talat").name == "Mehmet Ali Talat"


def test_capital_in_the_name_of_a_document_is_not_the_state() -> None:
    drafts = _drafts(
        " date 2016-04-23 Vote\n\nThe vote was held under the Doha Document for Peace, "
        "officials said.\n"
    )
    qatar = drafts.get("qatar")
    assert qatar is None or not qatar.mentions  # type: ignore[attr-defined]


def test_the_head_noun_refers_back_to_the_organisation() -> None:
    drafts = _drafts(
        " date 1990-12-26 Communique\n\nThe commission reported to the Assembly of the "
        "Republic of Korvania. The Assembly welcomed the result.\n"
    )
    org = drafts["assembly-of-the-republic-of-korvania"]
    assert [m.via for m in org.mentions] == ["name", "anaphor"]  # type: ignore[attr-defined]


def test_a_long_title_before_a_name_keeps_the_whole_name() -> None:
    article = refstance.parse(
        " date 2021-12-13 The Pacific Islands Forum Secretary General Henry Puna said the "
        'Forum encouraged "dialogue among all the islanders".\n'
    )
    assert _only(article, "Henry Puna").kind is ActorKind.PERSON
    assert not [a for a in article.actors if a.name == "Henry"]


def test_a_broadcaster_is_no_person() -> None:
    article = refstance.parse(
        " date 1955-10-24 The minister, Johannes Hoffmann, resigned. In a short broadcast on "
        'Radio Saarbruecken he said: "The land has spoken and I accept its verdict."\n'
    )
    assert not [a for a in article.actors if a.name.startswith("Radio")]
    statement = article.statements[0]
    assert statement.speaker is not None
    assert article.actor(statement.speaker).name == "Johannes Hoffmann"


def test_a_hyphenated_word_does_not_lengthen_a_party_name() -> None:
    article = refstance.parse(
        " date 1955-10-24 Kurt Wegener, the leader of the pro-German Democratic Party of the "
        'Saar, said the result was "a plain answer".\n'
    )
    names = {a.name for a in article.actors}
    assert "German Democratic Party of the Saar" not in names


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        pytest.param(
            " date 1973-03-08 The SDLP urged a boycott of what it called "
            '"a headcount and no more".\n',
            "Social Democratic and Labour Party",
            ActorKind.ORGANIZATION,
            id="sdlp",
        ),
        pytest.param(
            ' date 1991-03-04 The Interfront movement said the vote was "won by pressure alone".\n',
            "Interfront",
            ActorKind.GROUP,
            id="interfront-is-a-group",
        ),
        pytest.param(
            " date 1955-10-24 The commission of the WEU said the voting had been "
            '"free and orderly throughout".\n',
            "Western European Union",
            ActorKind.ORGANIZATION,
            id="weu",
        ),
    ],
)
def test_parties_and_bodies_from_the_gazetteer(text: str, name: str, kind: ActorKind) -> None:
    article = refstance.parse(text)
    assert _only(article, name).kind is kind


def test_title_case_interview_label_names_a_person_or_nothing() -> None:
    article = refstance.parse(
        " date 2022-09-28 Figures came in overnight.\n\n"
        "Results: the commission gave 93 percent for joining.\n"
    )
    assert not [a for a in article.actors if a.name == "Results"]


def test_well_known_surname_alone_as_a_speaker_label() -> None:
    text = 'The amendments passed by a small margin.\n\nYıldırım: "the people have decided"\n'
    article = refstance.parse(text)
    assert _only(article, "Yıldırım").name == "Binali Yıldırım"
