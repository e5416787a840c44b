"""Word lists the parser's rules use: reporting verbs, pronouns, stance cues, stop words.

These are language facts, not world knowledge (that lives in ``refstance/data``).
"""

from __future__ import annotations

import re
from typing import Final

# Reporting verbs, in the forms news text uses them ("said", "says", "stated", ...).
REPORTING_VERBS: Final[frozenset[str]] = frozenset(
    """
    said says say saying stated told tells added adds noted notes wrote writes
    declared declares announced announces insisted insists argued argues claimed claims
    warned warns stressed stresses emphasized emphasised emphasizes emphasises explained
    explains continued continues concluded concludes asserted asserts affirmed affirms
    reiterated reiterates remarked remarks replied replies responded responds answered
    tweeted tweets posted posts commented comments suggested suggests advised advises
    urged urges called calls described describes branded brands dubbed labelled labeled
    termed terms denounced denounces condemned condemns slammed slams criticized criticised
    criticizes criticises blasted blasts hailed hails praised praises welcomed welcomes
    vowed vows pledged pledges promised promises predicted predicts admitted admits
    acknowledged acknowledges conceded concedes confirmed confirms cited cites quoted
    recalled recalls observed observes pointed mentioned mentions accused accuses
    charged charges demanded demands asked asks requested requests stated, told,
    cautioned cautions proclaimed proclaims maintained maintains indicated indicates
    revealed reveals expressed expresses read reads wrote underlined underlines
    underscored underscores highlighted highlights contended contends countered counters
    lamented laments boasted boasts quipped quips joked jokes repeated repeats reassured
    reassures adding warning insisting noting arguing claiming stressing describing
    writing tweeting declaring announcing calling urging accusing reassure say tell warn
    insist declare announce claim argue stress add note congratulated congratulates dismissed
    dismisses welcoming
    """.split()
)

PRONOUNS: Final[dict[str, str]] = {
    "he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f",
    "they": "p", "them": "p", "their": "p", "it": "n", "its": "n",
}  # fmt: skip

# Capitalised words that start sentences or headings but never names of people
NOT_NAMES: Final[frozenset[str]] = frozenset(
    """
    A An The This That These Those There Here It Its He She They We I You Our Your Their His Her
    In On At By For From With Without After Before During Since Until As If When While Where
    Who What Why How But And Or Nor So Yet Also Still Then Thus However Meanwhile Moreover
    According Following Despite Although Though Because Amid Among Under Over About Against
    Between Into Through Across Near Outside Inside Some Many Most All Both Each Every No Not
    Yes Final Results Result Photo Image Video Read More Share Click Follow Update Updated Live
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    June July August September October November December Feb Apr Jul Aug Sept
    Oct Nov Dec Today Tomorrow Yesterday Tonight Last Next New Old Former First Second Third
    Mr Mrs Ms Dr Sir President Minister Prime Premier Chancellor Secretary General Foreign
    Spokesman Spokeswoman Spokesperson Ambassador Deputy Vice Chairman Chairwoman Chair Head
    Leader Governor Mayor Senator King Queen Prince Princess Envoy Official Officials Sen Rep
    Referendum Referendums Referenda Vote Votes Voters Election Elections Poll Polls Ballot
    Independence Constitution Constitutional Parliament Government Ministry Council Commission
    Committee Assembly Union Party Republic Kingdom States Nations Court Office Agency News
    Times Post Press Daily Tass Reuters Interfax Region Regions Province Oblast District City
    Square Street Day Week Year Brexit Leave Remain Yes No Twitter Facebook Instagram YouTube
    Telegram Wikimedia Commons Getty Shutterstock Flickr Comments Email Website Europe European
    Western Eastern Northern Southern North South East West Central Supreme High People
    Peoples Democratic Federal National International Russian Ukrainian Statement Group
    Security Human Rights Charter Law Laws Act Bill Decree Treaty War Military Army Forces
    Troops Police Capitol Palace House Hall Centre Center Movement Front Alliance Bloc Club
    Campaign Committee Institute Foundation University School Church Bank Fund Program
    Programme Plan Project Initiative Operation Summit Conference Forum Session Meeting
    Should Would Could Will Can Must Did Does Do Is Are Was Were Has Have Had Let Just Even
    Only Now Thanks Please Truly Indigenous Aboriginal Catholic Muslim Christian Jewish
    Representatives Deputies Senate Congress Duma Rada Cortes Knesset Organization
    Organisation World Global Mother Father Sister Brother God Lord Sunday's Monday's
    Party's Government's State Status Federation Territory Territories Coalition Opposition
    Health Finance Defence Defense Justice Education Interior Economy Trade Equality Affairs
    Home Culture Agriculture Energy Environment Transport Labour Labor Employment Tory Tories
    Labour's Conservative Conservatives Liberal Democrat Democrats Republican Republicans
    Cabinet Chief Mansion Residence Castle Tower Embassy Consulate Airport Stadium Museum
    Sunni Sunnis Shia Shias Shiite Shiites Shi'ite Shi'ites Arab Arabs Kurd Kurds Kurdish
    Tatar Tatars Bosniak Bosniaks Turkmen Yazidi Yazidis Druze Alawite Alawites Pashtun
    Baloch Hindu Hindus Sikh Sikhs Buddhist Buddhists Orthodox Protestant Protestants
    Evangelical Coptic Copts Maronite Uyghur Uyghurs Uighur Uighurs Hazara Berber Berbers
    Amazigh Roma Romani Sami Inuit Maori Kanak Kanaks Islamic Muslims Christians Jews Jewish
    Catholics Loyalist Loyalists Unionist Unionists Nationalist Nationalists Separatist
    Separatists Cypriot Cypriots League Association Network Tribunal Board Authority
    Observatory Watch Radio Television TV Broadcasting
    """.split()
)

# Month names that are also given names or surnames ("Jan Novak", "Theresa May"): not
# part of a name only when a day or a year stands next to them
MONTH_NAMES: Final[frozenset[str]] = frozenset("Jan Mar May Jun Sep".split())

# Words after which a capitalised run is a person's name even when it has a single word
PERSON_CUES: Final[frozenset[str]] = frozenset(
    "Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Sir Dame Lord Lady President Premier Chancellor PM".split()
)

# Abbreviations after which a full stop does not end a sentence ("Sep. 25", "Mr. Hague")
_ABBREVIATIONS: Final[tuple[str, ...]] = (
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Mr", "Mrs", "Ms", "Dr", "St", "Sen", "Rep", "Gen", "Gov", "Col", "Lt", "Prof", "No",
    "U.S", "U.K", "U.N", "E.U", "Jr", "Sr", "vs", "etc", "approx", "Ltd", "Inc", "Co",
)
NOT_AFTER_ABBREVIATION: Final[str] = "".join(
    r"(?<!\b" + re.escape(a) + r"\.)" for a in _ABBREVIATIONS
) + r"(?<!\b[A-Z]\.)"  # nor after an initial: "George W. Bush", "B.J. Habibie"
# a sentence boundary: end punctuation (and a closing quotation mark), space, then a capital
SENTENCE_BOUNDARY: Final[str] = (
    r"(?<=[.!?])" + NOT_AFTER_ABBREVIATION + r"[\"”’»]?\s+(?=[\"“‘«]?[A-Z\u00c0-\u024f])"
)

# A mention right after one of these words is governed by it, not the subject of its clause:
# "leaving for Moscow", "congratulated Tokayev", "outside 10 Downing Street" (title words may
# stand between: "on Spanish Prime Minister Mariano Rajoy")
_PREPOSITIONS = (
    r"\b(?:by|in|of|from|with|against|to|for|on|into|over|between|than|toward|towards|like|"
    r"about|across|at|under|within|without|including|ally\s+of|outside|inside|near|during|"
    r"following|after|before|since|behind|beyond|congratulated|thanked|invited|urged|told|met|"
    r"called\s+on)\s+(?:the\s+|his\s+|her\s+|some\s+|all\s+|\d+\s+)?"
)
PREP_BEFORE: Final[str] = _PREPOSITIONS + r"(?:(?-i:[A-Z])[\w’'.-]*\s+){0,4}\Z"
# the same without title words between: "hours after President Erdogan declared victory"
# leaves Erdogan the subject of his own clause
PREP_RIGHT_BEFORE: Final[str] = _PREPOSITIONS + r"\Z"
# ... except the complement of an institution: "the authorities of North Korea said"
INSTITUTION_OF: Final[str] = (
    r"\b(?:authorities|government|ministry|leadership|parliament|president|leader|affairs|"
    r"cabinet|officials|embassy|mission|delegation|representatives?|spokes(?:man|woman|person)|"
    r"head|prime\s+minister|foreign\s+minister|people|leaders)\s+of\s+(?:the\s+)?\Z"
)
