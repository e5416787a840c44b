"""More rules of the figures and referendums stages, each on a short article of its own."""

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


@pytest.mark.parametrize(
    ("text", "shares", "turnouts"),
    [
        pytest.param(
            "Voters in Hungary answered the referendum question on Sunday. According to the "
            "National Election Office, 97,12 per cent of valid ballots rejected the plan, while "
            "2,88 per cent supported it. Turnout stood at 40,5 per cent.",
            {("Hungary", "no", Decimal("97.12")), ("Hungary", "yes", Decimal("2.88"))},
            {("Hungary", Decimal("40.5"))},
            id="decimal-comma-and-verb-options-beside-an-election-office",
        ),
        pytest.param(
            "Scots voted in a referendum by 58.1 per cent to 41.9 per cent against independence.",
            {("Scotland", "no", Decimal("58.1")), ("Scotland", "yes", Decimal("41.9"))},
            set(),
            id="x-to-y-against-goes-with-the-first-figure",
        ),
        pytest.param(
            "Kurdistan Region held a referendum on Monday. The commission said 88.5 percent of "
            "voters had chosen to secede. Turnout in Monday's vote was 70.2 percent.",
            {("Kurdistan Region", "yes", Decimal("88.5"))},
            {("Kurdistan Region", Decimal("70.2"))},
            id="chosen-to-secede-and-turnout-in-the-vote",
        ),
        pytest.param(
            "Catalonia held its referendum on Sunday. Officials said 88.4 per cent had backed "
            "independence. They put turnout at 41.7 per cent, after police seized ballot boxes "
            "in several towns.",
            {("Catalonia", "yes", Decimal("88.4"))},
            {("Catalonia", Decimal("41.7"))},
            id="put-turnout-at-despite-a-later-clause-on-ballot-boxes",
        ),
        pytest.param(
            "Chile voted in a plebiscite. The Reject option won 60.2% of the vote against 39.8% "
            "for Approve. The peso strengthened 1.9 percent against the dollar.",
            {("Chile", "no", Decimal("60.2")), ("Chile", "yes", Decimal("39.8"))},
            set(),
            id="currency-move-is-no-result",
        ),
    ],
)
def test_sentence_rules(
    text: str, shares: set[tuple[str, str, Decimal]], turnouts: set[tuple[str, Decimal]]
) -> None:
    article = refstance.parse(text)
    assert _shares(article) == shares
    assert _turnouts(article) == turnouts


def test_vote_without_the_word_referendum() -> None:
    text = (
        "Colombians voted on Sunday to reject the peace agreement with the rebels.\n\n"
        "The No camp won 51.3 percent of the vote against 48.7 percent for the Yes. "
        "Turnout was 38.2 percent."
    )
    article = refstance.parse(text)
    assert len(article.referendums) == 1
    assert article.referendums[0].regions == ("Colombia",)
    assert _shares(article) == {
        ("Colombia", "no", Decimal("51.3")),
        ("Colombia", "yes", Decimal("48.7")),
    }
    assert _turnouts(article) == {("Colombia", Decimal("38.2"))}


def test_sides_named_after_each_figure() -> None:
    text = "Greek voters have turned down the bailout terms. The No side took 59,2% and the Yes side 40,8%."
    assert _shares(refstance.parse(text)) == {
        ("Greece", "no", Decimal("59.2")),
        ("Greece", "yes", Decimal("40.8")),
    }


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "In the presidential election, the incumbent won 52.1 percent of the vote.",
            id="election-of-a-person",
        ),
        pytest.param(
            "Lawmakers voted to reject the budget plan by 210 votes; the bill got 41 percent.",
            id="parliamentary-vote",
        ),
        pytest.param(
            "Union members voted to reject the pay deal, with 61 percent against.",
            id="union-ballot",
        ),
    ],
)
def test_no_referendum_without_a_popular_vote(text: str) -> None:
    assert refstance.parse(text).referendums == ()


def test_region_preferred_over_the_state_that_contains_it() -> None:
    text = (
        "Quebec votes in a referendum today on its future in Canada.\n\n"
        "Quebecers were split, and the future of Canada seemed to hang on Quebec.\n\n"
        "With all polls reporting, the No side had 50.6 per cent. "
        "Turnout reached 93.1 per cent, the highest ever recorded in Canada."
    )
    article = refstance.parse(text)
    assert _shares(article) == {("Quebec", "no", Decimal("50.6"))}
    assert _turnouts(article) == {("Quebec", Decimal("93.1"))}


def test_table_of_named_options() -> None:
    text = (
        "Bougainville held an independence referendum.\n\n"
        "Option\nVotes\nShare\n"
        "Independence\n150,000\n95.1%\n"
        "Greater autonomy\n6,500\n4.1%\n"
        "Informal\n1,200\n0.8%\n"
    )
    article = refstance.parse(text)
    assert _shares(article) == {
        ("Bougainville", "independence", Decimal("95.1")),
        ("Bougainville", "greater autonomy", Decimal("4.1")),
    }
    (result,) = article.referendums[0].results
    votes = {c.option: c.votes for c in result.choices}
    assert votes == {"independence": 150000, "greater autonomy": 6500}


def test_count_takes_the_option_of_its_share() -> None:
    text = (
        "Quebec held a referendum. The No side had 2,100,000 votes, or 50.5 per cent, against "
        "2,060,000 votes, or 49.5 per cent, for the Yes."
    )
    article = refstance.parse(text)
    (result,) = article.referendums[0].results
    votes = {c.option: c.votes for c in result.choices}
    assert votes == {"no": 2100000, "yes": 2060000}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        pytest.param(
            "Premier Jean Tremblay, whose Parti Québécois government called the referendum, "
            "conceded defeat in Quebec.",
            "Parti Québécois government",
            "group",
            id="whose-named-government",
        ),
        pytest.param(
            "Catalan President Pere Vidal, whose government organised the vote, spoke in "
            "Barcelona after the referendum.",
            "Catalan government",
            "group",
            id="whose-government-of-the-region",
        ),
        pytest.param(
            "The Kurdistan Regional Government rejected calls to delay. Washington regretted "
            "that the KRG had held the vote and said the referendum was a mistake.",
            "Kurdistan Regional Government",
            "organization",
            id="acronym-of-a-known-body",
        ),
        pytest.param(
            "The Saltmarsh Island Council (SIC) held the vote on Sunday, and the referendum "
            "passed in Saltmarsh.",
            "Saltmarsh Island Council",
            "group",
            id="unknown-body-becomes-a-group",
        ),
    ],
)
def test_named_organisers(text: str, name: str, kind: str) -> None:
    org = _organizer(refstance.parse(text))
    assert org is not None
    assert org.name == name
    assert org.kind.value == kind


def test_called_the_vote_a_farce_names_no_organiser() -> None:
    text = (
        "The Saltmarsh Island Council called the vote a farce. The referendum passed in Saltmarsh."
    )
    org = _organizer(refstance.parse(text))
    assert org is None or org.name != "Saltmarsh Island Council"


def _all_shares(article: Article) -> list[tuple[str, str, Decimal]]:
    return sorted(
        (r.region, c.option, c.percent)
        for ref in article.referendums
        for r in ref.results
        for c in r.choices
        if c.percent is not None
    )


@pytest.mark.parametrize(
    ("text", "shares", "turnouts"),
    [
        pytest.param(
            "Wales held a referendum on the new assembly.\n\n"
            "Regional breakdown\n\n"
            "North: Yes 61.2%, No 38.8%\n\n"
            "South: No 57.5%, Yes 42.5%",
            {
                ("Wales", "yes", Decimal("61.2")),
                ("Wales", "no", Decimal("38.8")),
                ("Wales", "no", Decimal("57.5")),
                ("Wales", "yes", Decimal("42.5")),
            },
            set(),
            id="option-label-before-its-share-in-a-list",
        ),
        pytest.param(
            "Malta held a referendum on Saturday. Yes won by 5,100 votes to 4,900, or 51.0 "
            "per cent to 49.0 per cent, on a turnout of 72.3 per cent.",
            {("Malta", "yes", Decimal("51.0")), ("Malta", "no", Decimal("49.0"))},
            {("Malta", Decimal("72.3"))},
            id="turnout-words-before-the-next-figure-are-the-next-figures",
        ),
        pytest.param(
            "Scotland held a referendum. Organisers put the share of Yes voters at between "
            "30% and 34%, well short of a majority.",
            set(),
            set(),
            id="a-range-is-no-figure",
        ),
        pytest.param(
            "Italy held a referendum. Abruzzo and Molise voted No by more than 60%.",
            set(),
            set(),
            id="a-bound-is-no-figure",
        ),
        pytest.param(
            "Turkey held a referendum. Voters in Izmir and Ankara, two large cities, backed "
            "the No side, with 68.8 percent and 51.2 percent respectively.",
            {("Izmir", "no", Decimal("68.8")), ("Ankara", "no", Decimal("51.2"))},
            set(),
            id="respectively-pairs-places-and-figures-in-order",
        ),
        pytest.param(
            "New Caledonia held a referendum. The Northern Province voted 70.1 per cent Yes and "
            "the Loyalty Islands 80.4 per cent Yes, while the Southern Province voted 74.0 per "
            "cent No.",
            {
                ("Northern Province", "yes", Decimal("70.1")),
                ("Loyalty Islands", "yes", Decimal("80.4")),
                ("Southern Province", "no", Decimal("74.0")),
            },
            set(),
            id="a-place-after-and-belongs-to-the-next-figure",
        ),
        pytest.param(
            "The vote in Crimea was a referendum on union with Russia. According to Crimea's "
            "officials, 93.5 percent backed joining Russia. In Sevastopol, the figure was "
            "94.1 percent.",
            {("Crimea", "yes", Decimal("93.5")), ("Sevastopol", "yes", Decimal("94.1"))},
            set(),
            id="according-to-a-place-and-the-figure-was",
        ),
        pytest.param(
            "Transnistria held a referendum. Officials said 91.0% rejected rejoining Moldova.",
            {("Transnistria", "no", Decimal("91.0"))},
            set(),
            id="the-state-one-would-rejoin-does-not-vote",
        ),
        pytest.param(
            "Catalonia held a consultation, a referendum in all but name. Some 70.5% answered "
            "Yes to both questions, and 12.25% answered Yes to the first question but No to "
            "the second.",
            {("Catalonia", "yes-yes", Decimal("70.5")), ("Catalonia", "yes-no", Decimal("12.25"))},
            set(),
            id="answers-to-two-questions",
        ),
        pytest.param(
            "Gibraltar held a referendum on its status. Officials said 60.5% chose statehood, 30.25% "
            "chose free association and 9.25% chose to keep the current commonwealth status. "
            "Only 31.4% of the island's 50,000 registered voters cast a ballot.",
            {
                ("Gibraltar", "statehood", Decimal("60.5")),
                ("Gibraltar", "free association", Decimal("30.25")),
                ("Gibraltar", "current commonwealth status", Decimal("9.25")),
            },
            {("Gibraltar", Decimal("31.4"))},
            id="named-options-of-a-multi-option-ballot",
        ),
    ],
)
def test_more_sentence_rules(
    text: str, shares: set[tuple[str, str, Decimal]], turnouts: set[tuple[str, Decimal]]
) -> None:
    article = refstance.parse(text)
    assert _shares(article) == shares
    assert _turnouts(article) == turnouts


def test_council_table_below_a_caption() -> None:
    text = (
        "Scotland held an independence referendum on Thursday.\n\n"
        "Results in selected areas\n\nCouncil area\n\nYes\n\nNo\n\nTurnout\n\n"
        "Glasgow\n\n52.10%\n\n47.90%\n\n76.0%\n\n"
        "Dundee\n\n56.00%\n\n44.00%\n\n79.5%\n\n"
        "Source: counting officers"
    )
    article = refstance.parse(text)
    assert {
        ("Glasgow", "yes", Decimal("52.10")),
        ("Glasgow", "no", Decimal("47.90")),
        ("Dundee", "yes", Decimal("56.00")),
        ("Dundee", "no", Decimal("44.00")),
    } <= _shares(article)
    assert {("Glasgow", Decimal("76.0")), ("Dundee", Decimal("79.5"))} <= _turnouts(article)


def test_headline_share_contradicted_by_the_body() -> None:
    text = (
        "Islanders vote 98.5% to stay British\n\n"
        "The islands held a referendum on their status. Gibraltar voters answered with a Yes "
        "vote of 98.5%."
    )
    article = refstance.parse(text)
    assert _all_shares(article) == [("Gibraltar", "yes", Decimal("98.5"))]


def test_a_recalled_referendum_with_its_year_after_a_comma() -> None:
    text = (
        "Gibraltar held a referendum on Sunday: 60.5% chose statehood, 30.25% chose free "
        "association and 9.25% chose to keep the current commonwealth status.\n\n"
        "In an earlier referendum, in 2010, 55.2% of voters had backed statehood."
    )
    article = refstance.parse(text, published="2021-05-03")
    assert len(article.referendums) == 2
    recalled = article.referendums[1]
    assert [(r.region, c.option, c.percent) for r in recalled.results for c in r.choices] == [
        ("Gibraltar", "statehood", Decimal("55.2"))
    ]


def test_organiser_named_after_a_passive_verb() -> None:
    text = (
        "Transnistria held a referendum on Sunday, and officials said 95.2% backed "
        "independence.\n\n"
        'The vote was called by Igor Smirnov, who said the result was "final".'
    )
    organizer = _organizer(refstance.parse(text))
    assert organizer is not None
    assert organizer.name == "Igor Smirnov"


@pytest.mark.parametrize(
    ("text", "shares", "turnouts"),
    [
        pytest.param(
            "Gibraltar held a referendum on Sunday. With nearly all ballots counted, Yes stood "
            "at 41.2 per cent and No at 58.8 per cent.",
            {("Gibraltar", "yes", Decimal("41.2")), ("Gibraltar", "no", Decimal("58.8"))},
            set(),
            id="option-word-before-stood-at",
        ),
        pytest.param(
            "The Electoral Office of Spain said the referendum held on Sunday in the northern "
            "Catalan region of Spain was void. The government said the organisers "
            "claimed that 91.3 percent voted for independence, with an alleged participation "
            "of 44.1 percent. Spain will not recognise it, Spain said.",
            {("Catalonia", "yes", Decimal("91.3"))},
            {("Catalonia", Decimal("44.1"))},
            id="region-where-the-vote-was-held-beats-its-state",
        ),
        pytest.param(
            "Spain's National Electoral Board said 88.0 percent of votes in Sunday's "
            "referendum backed a new body for Catalonia.",
            {("Catalonia", "yes", Decimal("88.0"))},
            set(),
            id="national-in-a-body-name-is-no-scope",
        ),
        pytest.param(
            "Gibraltar votes for independence\n\nGibraltarians have voted to end their union "
            "with Britain. Early returns show 61.5 percent in favour of independence, on a "
            "turnout of 77.0 percent.",
            {("Gibraltar", "yes", Decimal("61.5"))},
            {("Gibraltar", Decimal("77.0"))},
            id="vote-for-independence-never-called-a-referendum",
        ),
        pytest.param(
            "Wales held a referendum on Thursday. Scotland went the other way by a wide margin: "
            "64.0 per cent for Remain and 36.0 per cent for Leave.",
            {("Scotland", "remain", Decimal("64.0")), ("Scotland", "leave", Decimal("36.0"))},
            set(),
            id="by-a-wide-margin-colon-introduces-results",
        ),
    ],
)
def test_more_result_rules(
    text: str,
    shares: set[tuple[str, str, Decimal]],
    turnouts: set[tuple[str, Decimal]],
) -> None:
    article = refstance.parse(text)
    assert _shares(article) == shares
    assert _turnouts(article) == turnouts


def test_a_recalled_referendum_named_after_a_year_in_the_sentence_before() -> None:
    text = (
        "Gibraltar held a referendum on Sunday: 60.5% voted Yes and 39.5% voted No.\n\n"
        "The contrast with March 2010 is sharp. In the sovereignty referendum, 45.0% voted "
        "Yes and 55.0% voted No."
    )
    article = refstance.parse(text, published="2021-05-03")
    assert len(article.referendums) == 2
    recalled = article.referendums[1]
    assert {(c.option, c.percent) for r in recalled.results for c in r.choices} == {
        ("yes", Decimal("45.0")),
        ("no", Decimal("55.0")),
    }


# --------------------------------------------------------------------------- round on 55-74:
# option words, turnouts, distractors, homes, multi-question ballots, tables of several votes


def _shares_of(article: refstance.Article) -> set[tuple[str, str, Decimal]]:
    return {
        (r.region, c.option, c.percent)
        for ref in article.referendums
        for r in ref.results
        for c in r.choices
        if c.percent is not None
    }


def _turnouts_of(article: refstance.Article) -> list[tuple[str, Decimal]]:
    return [
        (r.region, r.turnout)
        for ref in article.referendums
        for r in ref.results
        if r.turnout is not None
    ]


def test_a_bare_for_after_a_share_is_the_yes_side() -> None:
    text = (
        "Officials in Kherson counted the referendum ballots overnight.\n\n"
        "Kherson region: 71.20% for, 28.80% against, turnout 66.10%"
    )
    article = refstance.parse(text)
    assert _shares_of(article) == {
        ("Kherson", "yes", Decimal("71.20")),
        ("Kherson", "no", Decimal("28.80")),
    }


def test_voting_for_and_favoured_and_agreed_are_the_yes_side() -> None:
    text = (
        "The referendum in Gagauzia was held on Sunday. Organisers said 88.5% voting for "
        "autonomy and 9.1% against. On a second question 80.2 percent favoured a customs "
        "union, and 77.7 percent agreed that local laws should prevail."
    )
    shares = _shares_of(refstance.parse(text))
    assert ("Gagauzia", "yes", Decimal("88.5")) in shares
    assert ("Gagauzia", "no", Decimal("9.1")) in shares
    assert ("Gagauzia", "yes", Decimal("80.2")) in shares
    assert ("Gagauzia", "yes", Decimal("77.7")) in shares


def test_agree_and_disagree_labels_with_counts_and_bracketed_shares() -> None:
    text = (
        "Wales devolution referendum: the result\n\n"
        "Question 1 (a Welsh Assembly): Agree 612,000 (56.1%); Disagree 479,000 (43.9%)\n"
        "Turnout: 51.3%"
    )
    article = refstance.parse(text)
    assert _shares_of(article) == {
        ("Wales", "yes", Decimal("56.1")),
        ("Wales", "no", Decimal("43.9")),
    }
    assert _turnouts_of(article) == [("Wales", Decimal("51.3"))]


def test_a_parliament_the_ballot_proposes_is_no_distractor() -> None:
    text = (
        "The devolution referendum in Fife was declared first. Fife votes Agree on both "
        "questions: 74.0% for a parliament and 61.5% for tax powers, on a turnout of 63.0%."
    )
    article = refstance.parse(text)
    assert _shares_of(article) == {
        ("Fife", "yes", Decimal("74.0")),
        ("Fife", "yes", Decimal("61.5")),
    }


def test_a_share_of_voters_taking_part_is_a_turnout() -> None:
    text = (
        "The referendum in Crimea was held on Sunday. In Sevastopol, 91.2 percent said yes "
        "with 84.4 percent of voters taking part. Elsewhere 52 percent of the electorate "
        "turned out, officials in Crimea said."
    )
    article = refstance.parse(text)
    assert ("Sevastopol", "yes", Decimal("91.2")) in _shares_of(article)
    assert ("Sevastopol", Decimal("84.4")) in _turnouts_of(article)
    assert all(
        c.percent != Decimal("84.4")
        for r in article.referendums
        for x in r.results
        for c in x.choices
    )


def test_a_person_elected_with_a_share_is_no_result() -> None:
    text = (
        "The independence referendum in South Ossetia passed with 97.5% in favour, the "
        "commission said. In a rival ballot backed by Tbilisi, a former minister was elected "
        "alternative leader with 91%."
    )
    shares = _shares_of(refstance.parse(text))
    assert ("South Ossetia", "yes", Decimal("97.5")) in shares
    assert all(v != Decimal("91") for _r, _o, v in shares)


def test_brackets_after_a_share_leave_its_own_words_to_name_the_option() -> None:
    text = (
        "The status referendum in Puerto Rico drew a clear answer. On the first question, "
        "52.10 percent (901,000 votes) said no to the present status, against 47.90 percent "
        "(829,000) who said yes."
    )
    shares = _shares_of(refstance.parse(text))
    assert ("Puerto Rico", "no", Decimal("52.10")) in shares
    assert ("Puerto Rico", "yes", Decimal("47.90")) in shares


def test_a_quoted_proposal_and_a_lower_case_yes_make_a_popular_vote() -> None:
    text = (
        'Separatists in Luhansk say voters have backed "self-rule" in Sunday\'s ballot.\n\n'
        "In Luhansk, organisers said 93.4 percent had voted yes, and put turnout at 75 percent."
    )
    article = refstance.parse(text)
    assert _shares_of(article) == {("Luhansk", "yes", Decimal("93.4"))}


def test_a_place_named_in_a_comparison_is_still_the_place_that_votes() -> None:
    text = (
        "Scots voted No by 55 per cent to 45 per cent in the independence referendum. "
        "Catalonia is watching closely.\n\n"
        "The comparison with Quebec is obvious. In the 1980 referendum, the No side won with "
        "59.56 per cent against 40.44 per cent for Yes."
    )
    shares = _shares_of(refstance.parse(text))
    assert ("Quebec", "no", Decimal("59.56")) in shares
    assert ("Quebec", "yes", Decimal("40.44")) in shares


def test_a_state_adjective_in_a_body_name_is_not_the_place_that_votes() -> None:
    text = (
        "New Caledonia voted again on independence on Sunday, and New Caledonia's loyalists "
        "celebrated in Noumea.\n\n"
        "Figures released by the French High Commission show 81.2 percent voted No and 18.8 "
        "percent Yes in the referendum."
    )
    shares = _shares_of(refstance.parse(text))
    assert shares == {
        ("New Caledonia", "no", Decimal("81.2")),
        ("New Caledonia", "yes", Decimal("18.8")),
    }


def test_one_turnout_serves_every_question_of_one_ballot() -> None:
    text = (
        "The referendum in Chechnya asked three questions. Officials said 77.1 percent "
        "answered yes to the first, 71.9 percent favoured the second and 70.3 percent agreed "
        "to the third. About 68 percent of the republic's voters took part."
    )
    article = refstance.parse(text)
    assert _turnouts_of(article) == [("Chechnya", Decimal("68"))] * 3


def test_a_turnout_is_not_shared_with_a_figure_told_in_another_paragraph() -> None:
    text = (
        "The referendum in Bolivia failed. The No side won 52.1% and the Yes side 47.9%. "
        "Turnout was 80.2 per cent.\n\n"
        "With most sheets counted a day earlier, the tribunal had put No ahead with 52.4%."
    )
    article = refstance.parse(text)
    assert _turnouts_of(article) == [("Bolivia", Decimal("80.2"))]


def test_a_recalled_plebiscite_with_a_full_date_and_options_named_by_state() -> None:
    text = (
        "date 1955-10-24 Saar says no\n\n"
        "Voters in the Saar rejected the statute on Sunday, 64.5 per cent against and 35.5 "
        "per cent in favour, in the referendum.\n\n"
        "In the plebiscite of January 13, 1935, 89.9 per cent voted for reunion with "
        "Germany, 9.1 per cent for the status quo and 0.5 per cent for union with France."
    )
    article = refstance.parse(text)
    assert len(article.referendums) == 2
    shares = _shares_of(article)
    assert ("Saar", "germany", Decimal("89.9")) in shares
    assert ("Saar", "status quo", Decimal("9.1")) in shares
    assert ("Saar", "france", Decimal("0.5")) in shares


def test_a_table_with_a_date_column_and_a_row_per_state_is_one_vote_per_state() -> None:
    text = (
        "Independence votes in two republics\n\n"
        "Both governments held a referendum on independence.\n\n"
        "Republic\nDate\nElectorate\nVoted, %\nYes, %\nNo, %\n"
        "Armenia\n21 Sep\n2,100,000\n95.05\n99.31\n0.69\n"
        "Georgia\n31 Mar\n3,600,000\n90.79\n98.93\n1.07\n"
    )
    article = refstance.parse(text)
    assert _shares_of(article) == {
        ("Armenia", "yes", Decimal("99.31")),
        ("Armenia", "no", Decimal("0.69")),
        ("Georgia", "yes", Decimal("98.93")),
        ("Georgia", "no", Decimal("1.07")),
    }
    assert sorted(_turnouts_of(article)) == [
        ("Armenia", Decimal("95.05")),
        ("Georgia", Decimal("90.79")),
    ]
    assert sorted(ref.regions for ref in article.referendums) == [("Armenia",), ("Georgia",)]
    for ref in article.referendums:
        org = article.actor(ref.organizer) if ref.organizer else None
        assert org is not None
        assert (org.name,) == ref.regions


def test_a_table_of_a_legislature_votes_gives_no_figures() -> None:
    text = (
        "The referendum in Armenia was held after the vote in parliament.\n\n"
        "Table 2. Supreme Council votes on independence\n"
        "Republic\nDate\nFor\nAgainst\n"
        "Armenia\n23 Aug\n183\n0\n"
        "Georgia\n9 Apr\n1,170\n2\n"
    )
    article = refstance.parse(text)
    assert not [r for ref in article.referendums for r in ref.results]


def test_a_region_named_more_than_its_state_and_its_parts_is_the_home() -> None:
    text = (
        "New Caledonia rejects independence a third time\n\n"
        "New Caledonia voted on Sunday. Loyalists in the Loyalty Islands were few, and Paris "
        "said France respected New Caledonia's choice.\n\n"
        "France will now talk to New Caledonia's parties. Officials said 96.1 percent voted "
        "No in the referendum."
    )
    assert _shares_of(refstance.parse(text)) == {("New Caledonia", "no", Decimal("96.1"))}


def test_a_place_share_followed_by_where_turnout_was_put_at_keeps_its_side() -> None:
    text = (
        "Officials announced the results of the referendum on joining the union. In Kherson "
        "88.1% voted for joining, with turnout at 76.9%, and 91.4% in Zaporizhzhia, where "
        "turnout was reported at 85.2%."
    )
    article = refstance.parse(text)
    assert ("Zaporizhzhia", "yes", Decimal("91.4")) in _shares(article)
    assert ("Zaporizhzhia", Decimal("91.4")) not in _turnouts(article)


def test_a_whole_share_in_a_headline_is_the_precise_share_rounded() -> None:
    text = (
        "Island votes 81% Yes in referendum\n\n"
        "Bermuda held a referendum on independence on Thursday. Officials said 80.7% of "
        "voters chose Yes."
    )
    shares = _shares(refstance.parse(text))
    assert ("Bermuda", "yes", Decimal("80.7")) in shares
    assert ("Bermuda", "yes", Decimal("81")) not in shares
