"""General shapes of result figures, voting regions and organisers, each on a short text."""

from __future__ import annotations

from decimal import Decimal

import pytest

import refstance
from refstance import Article


def _shares(article: Article) -> set[tuple[str, str, Decimal]]:
    return {
        (r.region, c.option, c.percent)
        for ref in article.referendums
        for r in ref.results
        for c in r.choices
        if c.percent is not None
    }


def _turnouts(article: Article) -> set[tuple[str, Decimal]]:
    return {
        (r.region, r.turnout)
        for ref in article.referendums
        for r in ref.results
        if r.turnout is not None
    }


def _organizer(article: Article) -> refstance.Actor | None:
    ids = [ref.organizer for ref in article.referendums if ref.organizer]
    return article.actor(ids[0]) if ids else None


# --------------------------------------------------------------------------- votes not called
# a referendum


def test_a_vote_on_an_offer_is_a_popular_vote_without_the_word_referendum() -> None:
    text = (
        "Faroese have voted by a wide margin to reject Denmark's offer of wider home rule, "
        "officials said on Monday.\n\n"
        "Of 21,000 valid ballots, 12,600, or 60 percent, were cast against the home rule "
        "proposal and 8,400, or 40 percent, in favour. Turnout in Saturday's ballot was "
        "71.5 percent."
    )
    article = refstance.parse(text)
    assert _shares(article) == {
        ("Faroe Islands", "no", Decimal("60")),
        ("Faroe Islands", "yes", Decimal("40")),
    }
    assert _turnouts(article) == {("Faroe Islands", Decimal("71.5"))}


@pytest.mark.parametrize(
    "text",
    [
        "Greenlanders have narrowly voted to back the Nuuk government's autonomy plan.",
        "Voters approved the devolution proposal by a clear margin.",
        "Of the votes, most were cast against the statehood proposal.",
    ],
)
def test_people_deciding_on_self_rule_is_a_popular_vote(text: str) -> None:
    from refstance._gazetteer import Gazetteer
    from refstance._parser.figures import has_popular_vote

    assert has_popular_vote(text, Gazetteer.default())


def test_an_election_of_a_candidate_is_no_popular_vote() -> None:
    text = (
        "Faroese voters backed the governing party's candidate for mayor, who took 54 percent "
        "of the vote on Saturday."
    )
    assert refstance.parse(text).referendums == ()


# --------------------------------------------------------------------------- options


def test_named_options_after_cast_for() -> None:
    text = (
        "Anjouan referendum\n\n"
        "The electoral board said that 91.4 per cent of valid ballots had been cast for "
        "secession and 8.6 per cent for unity in Anjouan."
    )
    assert _shares(refstance.parse(text)) == {
        ("Anjouan", "secession", Decimal("91.4")),
        ("Anjouan", "unity", Decimal("8.6")),
    }


def test_the_option_of_a_share_is_the_one_its_own_clause_names() -> None:
    text = (
        "Tokelau referendum\n\n"
        "Of the 500 valid votes cast in the Tokelau referendum, 340, or 68 per cent, were for "
        "the new charter, and 160 were against."
    )
    assert _shares(refstance.parse(text)) == {("Tokelau", "yes", Decimal("68"))}


def test_a_share_of_those_who_took_part_is_no_turnout() -> None:
    text = (
        "Abkhazia referendum\n\n"
        "The local authorities said 97.1 per cent of those who took part voted in favour, with "
        "a turnout of 81.3 per cent, in the Abkhazia referendum."
    )
    article = refstance.parse(text)
    assert _shares(article) == {("Abkhazia", "yes", Decimal("97.1"))}
    assert _turnouts(article) == {("Abkhazia", Decimal("81.3"))}


# --------------------------------------------------------------------------- distractors


@pytest.mark.parametrize(
    "interim",
    [
        "Turnout at 11am was 19 percent, officials said.",
        "By noon, turnout had reached 30 percent.",
        "Turnout by midday stood at 24 percent.",
        "Turnout as of 14:00 was 33 percent.",
    ],
)
def test_a_turnout_at_a_time_of_day_is_no_result(interim: str) -> None:
    text = (
        f"Gagauzia referendum\n\nVoters in Gagauzia took part in a referendum. {interim} "
        "The final turnout was 70.4 percent."
    )
    assert _turnouts(refstance.parse(text)) == {("Gagauzia", Decimal("70.4"))}


def test_an_election_named_only_to_compare_the_turnout_leaves_it_a_result() -> None:
    text = (
        "Curacao referendum\n\nCuracao voted in a referendum on Friday. Turnout was 58 percent, "
        "well above the level of the last general election."
    )
    assert _turnouts(refstance.parse(text)) == {("Curaçao", Decimal("58"))}


def test_a_share_beside_an_opinion_poll_stays_out() -> None:
    text = (
        "Curacao referendum\n\nCuracao votes in a referendum on Friday. The Yes side has 58 "
        "percent, according to an opinion poll."
    )
    assert _shares(refstance.parse(text)) == set()


# --------------------------------------------------------------------------- regions


def test_a_people_named_after_another_place_word_votes_in_that_place() -> None:
    text = (
        "Kosovo Serbs vote in referendum\n\n"
        "Kosovo Serbs voted in a referendum on Sunday; 99.7 percent rejected the authority of "
        "the central government."
    )
    assert _shares(refstance.parse(text)) == {("Kosovo", "no", Decimal("99.7"))}


def test_a_state_named_as_the_agent_of_a_judgement_is_not_the_voting_place() -> None:
    text = (
        "Voters in Gibraltar backed the new constitution in a referendum, a step criticised "
        "by Spain.\n\nThe Yes side won 60.2 percent."
    )
    assert _shares(refstance.parse(text)) == {("Gibraltar", "yes", Decimal("60.2"))}


def test_a_part_of_the_compass_named_before_with_its_place() -> None:
    text = (
        "Moldova referendum\n\n"
        "Moldova voted in a referendum on Sunday. In the Gagauz south, 94.8 percent voted No.\n\n"
        "Turnout was 70.3% in the south."
    )
    article = refstance.parse(text)
    assert ("Gagauzia", "no", Decimal("94.8")) in _shares(article)
    assert _turnouts(article) == {("Gagauzia", Decimal("70.3"))}


def test_two_turnouts_given_for_two_places_in_one_clause() -> None:
    text = (
        "Cyprus referendums\n\n"
        "In the Turkish Cypriot north, 60% voted Yes; in the Greek Cypriot south, 70% voted No. "
        "Turnout was 80.5% in the south and 85% in the north."
    )
    assert _turnouts(refstance.parse(text)) == {
        ("Cyprus", Decimal("80.5")),
        ("Northern Cyprus", Decimal("85")),
    }


def test_a_region_named_with_a_generic_word_of_its_kind() -> None:
    text = (
        "Russia referendum\n\n"
        "Russians approved the amendments in a referendum, with 78% in favour. Only the Tver "
        "Autonomous Okrug voted against, with 55.25% saying no. In Lipetsk Oblast the Yes side "
        "won 70%."
    )
    assert _shares(refstance.parse(text)) == {
        ("Russia", "yes", Decimal("78")),
        ("Tver Autonomous Okrug", "no", Decimal("55.25")),
        ("Lipetsk Oblast", "yes", Decimal("70")),
    }


@pytest.mark.parametrize(
    ("written", "region"),
    [
        ("Republika Srpska", "Republika Srpska"),
        ("Aland", "Åland"),
        ("Sint Maarten", "Sint Maarten"),
        ("the Nenets Autonomous District", "Nenets Autonomous Okrug"),
    ],
)
def test_referendum_territories_of_the_gazetteer(written: str, region: str) -> None:
    text = f"Referendum\n\nIn {written}, 61.5 percent voted Yes in the referendum."
    assert _shares(refstance.parse(text)) == {(region, "yes", Decimal("61.5"))}


# --------------------------------------------------------------------------- tables


def test_a_turnout_row_after_a_spoilt_ballots_row() -> None:
    text = (
        "Aruba referendum\n\nVoters in Aruba answered the referendum question.\n\n"
        "Answer\nVotes\nShare\nYes\n1,200\n30.0%\nNo\n2,800\n70.0%\nSpoilt ballots\n45\n"
        "Turnout\n61.2%\n\nSource: electoral office"
    )
    article = refstance.parse(text)
    assert _shares(article) == {
        ("Aruba", "yes", Decimal("30.0")),
        ("Aruba", "no", Decimal("70.0")),
    }
    assert _turnouts(article) == {("Aruba", Decimal("61.2"))}


def test_a_box_of_key_figures_keeps_its_turnout() -> None:
    text = (
        "Bermuda votes in referendum\n\nBermuda held a referendum on Tuesday.\n\n"
        "KEY FIGURES\nYes\n31.5%\nNo\n68.5%\nTurnout\n52.4%\n\nMore follows."
    )
    article = refstance.parse(text)
    assert ("Bermuda", "no", Decimal("68.5")) in _shares(article)
    assert _turnouts(article) == {("Bermuda", Decimal("52.4"))}


# --------------------------------------------------------------------------- organisers


def test_a_state_government_which_organised_the_consultation() -> None:
    text = (
        "Voters on the island backed the plan in a referendum. The Dutch government, which "
        "organised the consultation, welcomed the result in Curacao."
    )
    org = _organizer(refstance.parse(text))
    assert org is not None
    assert org.name == "Netherlands"


def test_a_government_that_called_the_poll_of_a_region_is_a_group() -> None:
    text = "The Catalan government called the poll on Sunday. The referendum was boycotted."
    org = _organizer(refstance.parse(text))
    assert org is not None
    assert org.name == "Catalan government"


@pytest.mark.parametrize(
    "text",
    [
        "The Spanish government, which conducted the poll, said the referendum was unlawful.",
        "The Spanish government called the poll a farce. The referendum went ahead in Catalonia.",
    ],
)
def test_an_opinion_poll_or_a_judgement_names_no_organiser(text: str) -> None:
    assert _organizer(refstance.parse(text)) is None
