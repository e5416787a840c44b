"""General shapes of result figures, voting regions and organisers, each on a short text."""

from __future__ import annotations

from decimal import Decimal

import pytest

import refstance
from refstance import Article
from test_parser_figures_more import _organizer, _shares, _turnouts

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


# --------------------------------------------------------------------------- shapes found by
# the blind articles 45-54


def _refs(article: Article) -> list[set[tuple[str, str, Decimal]]]:
    return [
        {
            (r.region, c.option, c.percent)
            for r in ref.results
            for c in r.choices
            if c.percent is not None
        }
        for ref in article.referendums
    ]


def test_a_table_of_regions_with_a_share_column_and_a_turnout_column() -> None:
    text = (
        "Moldova held a referendum on Sunday. Results by district:\n\n"
        "District\nYes, %\nTurnout, %\n"
        "Moldova (total)\n71.20\n55.04\n"
        "Gagauzia\n94.10\n70.33\n"
        "Soroca region\n66.05\n51.90\n"
        "Source: election commission.\n"
    )
    article = refstance.parse(text)
    assert _shares(article) >= {
        ("Moldova", "yes", Decimal("71.20")),
        ("Gagauzia", "yes", Decimal("94.10")),
        ("Soroca", "yes", Decimal("66.05")),
    }
    assert _turnouts(article) >= {
        ("Moldova", Decimal("55.04")),
        ("Gagauzia", Decimal("70.33")),
        ("Soroca", Decimal("51.90")),
    }
    soroca = [r for ref in article.referendums for r in ref.results if r.region == "Soroca"]
    assert soroca[0].region_as_written == "Soroca region"


def test_a_table_of_candidates_is_no_table_of_results() -> None:
    text = (
        "Moldova held a referendum and an election on Sunday.\n\n"
        "Candidate\nVotes, %\nIon Popescu\n55.10\nVasile Rusu\n44.90\n"
    )
    assert _shares(refstance.parse(text)) == set()


def test_a_turnout_introduced_without_a_comma_after_a_pair_of_shares() -> None:
    text = "In the referendum Scots voted No by 54.3 per cent to 45.7 per cent on a turnout of 81.9 per cent."
    article = refstance.parse(text)
    assert _shares(article) == {
        ("Scotland", "no", Decimal("54.3")),
        ("Scotland", "yes", Decimal("45.7")),
    }
    assert _turnouts(article) == {("Scotland", Decimal("81.9"))}


def test_a_side_named_before_its_share_with_the_other_side_after_a_comma() -> None:
    text = (
        "In the Quebec referendum the Yes side took 52.4 per cent of the vote, the No side "
        "47.6 per cent."
    )
    assert _shares(refstance.parse(text)) == {
        ("Quebec", "yes", Decimal("52.4")),
        ("Quebec", "no", Decimal("47.6")),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Turkey's referendum on the charter passed with 57.7 per cent.",
        "In the referendum Turks had chosen sovereignty, 57.7 per cent of them.",
        "The referendum of Turkey: 57.7 per cent of voters chose independence.",
    ],
)
def test_passing_and_choosing_self_rule_are_the_yes_share(text: str) -> None:
    assert ("Turkey", "yes", Decimal("57.7")) in _shares(refstance.parse(text))


def test_a_distractor_word_in_a_clause_of_its_own_after_the_figures() -> None:
    text = (
        "In the Malta referendum voters chose independence by 54.5 percent, but the governor "
        "then called early elections."
    )
    assert _shares(refstance.parse(text)) == {("Malta", "yes", Decimal("54.5"))}


def test_a_vote_of_an_earlier_year_named_before_its_noun_is_a_referendum_of_its_own() -> None:
    text = (
        " date 2019-06-02 Irish voters backed the divorce amendment by 82.1 per cent in "
        "Friday's referendum.\n\n"
        "In the 1995 referendum on divorce, 50.3 per cent voted in favour."
    )
    refs = _refs(refstance.parse(text))
    assert refs == [{("Ireland", "yes", Decimal("82.1"))}, {("Ireland", "yes", Decimal("50.3"))}]


def test_a_share_told_with_the_year_of_its_vote_in_a_clause_of_its_own() -> None:
    text = (
        " date 2019-06-02 Irish voters backed the divorce amendment by 82.1 per cent in "
        "Friday's referendum. It was a bigger win than expected, after voters approved the "
        "last change by 50.3 per cent in 1995."
    )
    refs = _refs(refstance.parse(text))
    assert refs == [{("Ireland", "yes", Decimal("82.1"))}, {("Ireland", "yes", Decimal("50.3"))}]


def test_an_article_on_votes_of_earlier_years_keeps_the_one_with_most_figures_as_its_own() -> None:
    text = (
        " date 2021-05-20 Twenty years on.\n\n"
        "In the 2001 referendum, 61.5 per cent of Quebecers voted No and 38.5 per cent "
        "voted Yes.\n\n"
        "The 1992 vote had gone the same way, with 56.7 per cent against."
    )
    refs = _refs(refstance.parse(text))
    assert refs == [
        {("Quebec", "no", Decimal("61.5")), ("Quebec", "yes", Decimal("38.5"))},
        {("Quebec", "no", Decimal("56.7"))},
    ]


def test_an_exit_poll_that_foretold_the_result_is_no_result() -> None:
    text = (
        "Irish voters backed the amendment by 61.2 per cent in the referendum. An exit poll "
        "on Friday had predicted a Yes vote of 64 per cent."
    )
    assert _shares(refstance.parse(text)) == {("Ireland", "yes", Decimal("61.2"))}


def test_a_share_set_off_by_commas_belongs_to_the_place_its_verb_names() -> None:
    text = (
        "Ireland voted Yes in the referendum, by 60.1 per cent. The weakest Yes vote, 45.2 "
        "per cent, came in Dublin Bay North."
    )
    assert ("Dublin Bay North", "yes", Decimal("45.2")) in _shares(refstance.parse(text))


def test_places_in_what_a_share_voted_for_are_not_the_voting_place() -> None:
    text = (
        "Gagauzia held a referendum. According to the commission of Gagauzia, 91.5% voted for "
        "closer ties with the union of Russia and Belarus, while 90.8% voted against joining "
        "the European Union."
    )
    assert _shares(refstance.parse(text)) == {
        ("Gagauzia", "yes", Decimal("91.5")),
        ("Gagauzia", "no", Decimal("90.8")),
    }


def test_places_in_the_words_of_a_question_are_not_the_voting_place() -> None:
    text = (
        "Gagauzia votes on its future\n\n"
        "Moldova says the referendum in Gagauzia is illegal. Moldova will not count it.\n\n"
        "On the question of the status of Gagauzia should Moldova cease to exist as a "
        "state, 96.3% voted yes."
    )
    assert _shares(refstance.parse(text)) == {("Gagauzia", "yes", Decimal("96.3"))}


def test_the_one_region_the_headline_names_is_the_article_home() -> None:
    text = (
        "Gagauzia votes despite a court ban\n\n"
        "Moldova says the referendum is illegal. Moldova's courts agree, and Moldova will "
        "ignore it.\n\n"
        "The commission said 97.9% voted yes."
    )
    assert _shares(refstance.parse(text)) == {("Gagauzia", "yes", Decimal("97.9"))}


def test_a_share_of_the_electorate_gives_way_to_the_share_of_ballots_cast() -> None:
    text = (
        "Slovenia held a plebiscite on independence. 80.1 per cent of all those entitled to "
        "vote answered Yes. Of the ballots cast, 91.7 per cent were in favour."
    )
    assert _shares(refstance.parse(text)) == {("Slovenia", "yes", Decimal("91.7"))}


def test_a_share_of_the_electorate_stays_when_it_is_the_only_one() -> None:
    text = "Slovenia held a plebiscite. 80.1 per cent of the electorate answered Yes."
    assert _shares(refstance.parse(text)) == {("Slovenia", "yes", Decimal("80.1"))}


def test_two_named_options_that_are_neither_yes_nor_no() -> None:
    text = (
        "The Darfur referendum ended with 95.5 per cent of voters choosing to keep the present "
        "system of three states and 4.5 per cent voting for a unified region."
    )
    assert _shares(refstance.parse(text)) == {
        ("Darfur", "states", Decimal("95.5")),
        ("Darfur", "unified region", Decimal("4.5")),
    }


def test_a_lower_case_phrase_after_held_in_names_no_organiser() -> None:
    text = (
        "Voters in Darfur backed the states option by 95.5 per cent. The referendum was held "
        "in fulfilment of the Doha accord."
    )
    org = _organizer(refstance.parse(text))
    assert org is None or org.name != "Qatar"


def test_a_body_which_organised_the_vote() -> None:
    text = (
        "Eritrea voted for independence in the referendum, by 99.1 per cent. Voters thanked "
        "the Popular Liberation Front, which fought the war and organised the vote."
    )
    org = _organizer(refstance.parse(text))
    assert org is not None
    assert org.name == "Popular Liberation Front"


def test_a_body_named_for_the_referendum_organises_it_when_nobody_else_does() -> None:
    text = (
        "Darfur Vote Commission Reports\n\n"
        "The Darfur Status Referendum Commission said the referendum gave 95.5 per cent to "
        "the states option. The Darfur Referendum Commission thanked voters."
    )
    org = _organizer(refstance.parse(text))
    assert org is not None
    assert org.name == "Darfur Status Referendum Commission"
