"""Stage 6, stances: each actor's position on the referendum, with its evidence.

Cues are phrases ("will not recognize", "sham", "null and void", "welcomed the result", "urged
a Yes vote", "an internal matter"), found in quotations and in narrative sentences alike.
A cue in a quotation is the speaker's; a cue in a narrative sentence belongs to the sentence's
subject (the first actor named before it that is not a possessive or the object of a
preposition), or to the agent of a passive ("called a sham by X"), or to the person or state a
pronoun subject refers to. Negation turns recognition into rejection ("cannot accept").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from typing import Any

import attrs

from refstance._model import ActorKind, Position, Span, Stance, trusted_span
from refstance._parser._dates import first_date
from refstance._parser._lexicon import INSTITUTION_OF, PREP_RIGHT_BEFORE, SENTENCE_BOUNDARY
from refstance._parser._matcher import low_twin, trie_regex
from refstance._parser._state import Block, ParseState

# the article must be about a vote for stances to mean anything
TOPIC_RE = re.compile(r"\b(?:referend\w*|plebiscit\w*|independence\s+vote|annexation\s+vote|ballot)\b", re.I)

# "votes" alone is a referendum when the text is about joining, annexing or seceding
VOTES_RE = re.compile(r"\b(?:votes?|voting)\b", re.I)
SOVEREIGNTY_RE = re.compile(r"\b(?:annex\w*|join(?:ing)?|secession|secede|independence|breakaway|occupied)\b", re.I)

_NEG = r"(?:not|never|nor|in\s+no\s+way|no\s+one|nobody|none\s+of\s+\w+|n't|no\s+longer|refuse[sd]?\s+to|refusal\s+to|unwilling\s+to|cannot|can't|won't|will\s+not)"

# the options of a ballot: the side of the proposal, and the side against it
_YES = r"yes|approve|approval|apruebo|leave|independence|secession|sovereignty|sovereign\s+state|separation|repeal|oui|si|s[ií]"
_NO = r"no|non|reject|rejection|rechazo|remain|stay|union|unity|federalis[mt]|status\s+quo"
# campaigning, urging or leading for one side: "campaigned for a Yes", "urged citizens to vote
# No", "called on Greeks to vote Yes", "led the campaign for a No vote", "backed Approve"
_CAMPAIGN = (
    r"\b(?:campaign\w*\s+(?:hard\w*\s+|\w+ly\s+)?for|(?:fought|argued|pushed|voices?|spoke\s+out)\s+for"
    r"|(?:urg\w+|call\w*\s+on|ask\w*|encourag\w+)\s+[^.;]{{0,40}}?\bto\s+vote"
    r"|back(?:s|ed|ing)?|endors\w+|recommend(?:s|ed|ing)?|cheer(?:s|ed|ing)?|(?:led|leads?|leading|headed|heads|ran|runs|spearhead\w*|took\s+over)"
    r"\s+(?:the\s+)?campaign\s+(?:for|to))\s+(?:a\s+|the\s+)?(?:double\s+|clear\s+|resounding\s+)?[“\"‘']?(?:{opt})\b[”\"’']?"
    r"|\b(?:voices?|leaders?|figures?|members?)\s+of\s+the\s+[“\"‘']?(?:{opt})[”\"’']?\s+(?:camp|campaign|side)\b"
    r"|\b(?:led|leads?|leading|headed|heads|ran|runs|spearhead\w*|took\s+over|joined|chair\w*)\s+the\s+[“\"‘']?(?:{opt})[”\"’']?\s+(?:campaign|side|camp|committee)\b"
)

CUES: tuple[tuple[Position, str, re.Pattern[str]], ...] = tuple(
    (pos, name, re.compile(rx, re.IGNORECASE | re.VERBOSE))
    for pos, name, rx in (
        (Position.REJECT, "negated-recognition",
         rf"\b{_NEG}\s+(?:\w+\s+){{0,4}}?(?:recogni[sz]\w*|accept\w*|acknowledg\w*|legitimi[sz]\w*)"),
        (Position.REJECT, "not-recognized", r"\bnot\s+be\s+(?:recogni[sz]ed|accepted)\b"),
        (Position.REJECT, "sham",
         r"\b(?:sham|farce|farcical|mockery|charade|travesty|fake|phony|phoney|bogus|pseudo-?\w*|rigged|a\s+(?:\w+\s+)?lie|a\s+disgrace|a\s+fraud|parody|circus|pantomime|piece\s+of\s+theatre)\b"),
        (Position.REJECT, "illegal",
         r"\b(?:illegal|illegitimate|unlawful|unconstitutional|null\s+and\s+void)\b|\b(?:is|was|were|are|be)\s+null\b"
         r"|\b(?:is|was|were|are|be)\s+not\s+(?:legal|lawful|valid|legitimate)\b"
         r"|\bas\s+null\b|\blegally\s+(?:void|null|invalid)\b"
         r"|\b(?:cannot|can't|could\s+not|will\s+not|would\s+not)\s+be\s+(?:regarded|considered|seen|deemed|treated)\s+as\s+[“\"]?(?:legitimate|legal|lawful|valid|binding)\b"),
        (Position.REJECT, "accuses",
         r"\baccus\w+\b(?=[^.]{0,100}\b(?:referend\w*|plebiscit\w*|annex\w*))"),
        (Position.REJECT, "blocks",
         r"\b(?:vow\w*|pledg\w*|promis\w*|threaten\w*|moved?|sought|seeks?|asked\s+[^.]{0,40}?)\s+to\s+(?:outlaw|block|stop|ban|prevent|annul|nullify|suspend|halt)\b"
         r"|\b(?:outlaw|annul|nullify|suspend)\w*\s+(?:it|the\s+(?:vote|referendum|plebiscite|ballot|result))\b"
         r"|\bdemand\w*\s+(?:that\s+)?[^.]{0,40}?\b(?:annul|cancel|revoke|scrap)\w*\s+(?:it|the\s+(?:vote|referendum|plebiscite|ballot|results?))\b"),
        (Position.REJECT, "annulled",
         r"\b(?:must|should|will|to)\s+be\s+(?:annulled|cancell?ed|voided|nullified|scrapped|declared\s+void)\b"
         r"|\b(?:is|was|were|are|be|as|declared)\s+[“\"]?invalid\b"
         r"|\bno\s+(?:[\w-]+\s+)?referendum\s+(?:had\s+|has\s+)?(?:taken\s+place|took\s+place)\b"
         r"|\bshould\s+(?:never|not)\s+have\s+(?:taken\s+place|been\s+held|gone\s+ahead)\b"
         r"|\bconditions\s+for\s+a\s+(?:credible|free|fair|free\s+and\s+fair|legitimate|genuine)\s+(?:vote|referendum|ballot|plebiscite)\s+(?:did|do|does|had)\s+not\s+exist"
         r"|\bno\s+conditions\s+for\s+a\s+(?:credible|free|fair|free\s+and\s+fair|legitimate|genuine)\s+(?:vote|referendum|ballot|plebiscite)"
         r"|\bwithout\s+(?:any\s+)?(?:democratic\s+|legal\s+)?(?:validity|legitimacy|legal\s+(?:value|effect|force))\b"
         r"|\b(?:no|lacks?|lacked|lacking)\s+(?:any\s+)?(?:democratic\s+|legal\s+)?(?:legitimacy|validity)\b"
         r"|\b(?:not|never)\s+(?:\w+\s+){0,3}?bound\s+by\s+(?:it|the\s+(?:[\w-]+\s+)?(?:results?|outcome|vote|referendum|plebiscite|ballot|poll))\b"
         r"|\b(?:lacks?|lacked|lacking|without)\s+(?:any\s+)?legal\s+(?:basis|foundation|grounds)\b"),
        (Position.REJECT, "boycott",
         r"\b(?:urg\w+|call\w*\s+(?:on|for)|ask\w*|appeal\w*\s+to)\s+[^.]{0,40}?\bto\s+boycott\b"
         r"|\bboycott(?:ed|ing|s)?\s+(?:the\s+)?(?:vote|referendum|ballot|plebiscite|poll|consultation)\b"
         r"|\bcall\w*\s+for\s+a\s+boycott\b"),
        (Position.REJECT, "no-legal-value",
         r"\bno\s+legal\s+(?:value|effect|force|consequences?|basis|validity|standing)\b"
         r"|\bno\s+standing\s+in\s+(?:international\s+)?law\b"),
        (Position.REJECT, "condemn",
         r"\b(?:condemn\w*|denounc\w*|deplor\w*)\b(?=[^.]{0,80}\b(?:referend\w*|vote[sd]?\b|voting|plebiscit\w*|annex\w*|result))"
         r"|\breject\w*\s+(?:the\s+)?(?:[\w’'“”\"]+\s+){0,3}?(?:results?|outcome|legitimacy|validity|annexation)\b"
         r"|\breject\w*\s+(?:the\s+)?(?:whole\s+)?(?:exercise|vote|referendum|plebiscite)\s+(?:outright|entirely|completely|as)\b"
         r"|\b(?:condemned|denounced|rejected)(?=\s+by\b)"
         r"|\bdismiss(?:ed|es)?\s+the\s+(?:outcome|results?|vote|referendum|plebiscite|ballot)\b"
         r"|\bdismiss\w*\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:vote|referendum|exercise|plebiscite|ballot|results?|outcome|poll|count)s?\s+as\b"),
        (Position.REJECT, "violates",
         r"\b(?:violat\w*|breach\w*|flout\w*|challenge\s+to|affront\s+to|attack\s+on)\b[^.]{0,40}\b(?:international\s+law|charter|sovereignty|territorial\s+integrity|constitution|rule\s+of\s+law)"),
        (Position.RECOGNIZE, "recognizes",
         r"\b(?:recogni[sz](?:e|es|ed|ing)|acknowledg\w+|admitted)\b(?!\s+(?:the\s+|its\s+|their\s+|\w+['’]s\s+)?(?:sovereignty|territorial|borders|internationally))(?=[^.]{0,80}\b(?:referend\w*|vote|result|outcome|part\s+of|annex\w*|will|as\s+(?:an?\s+)?(?:sovereign|independent|new)\b|the\s+new\s+state|independence|statehood))"),
        (Position.RECOGNIZE, "accepts",
         r"\b(?:accept(?:s|ed)?|respect(?:s|ed)?|welcome[sd]?|hail(?:s|ed)?|honou?r(?:s|ed)?|salut(?:e|es|ed))\s+(?:(?!court|tribunal|judge|judici)[\w’'-]+\s+){0,3}?(?:result|outcome|verdict|decision|will|vote|victory|choice)s?\b"
         r"|\b(?:welcom(?:e|es|ed|ing)|hail(?:s|ed|ing)?)\s+(?:the\s+)?(?:so-called\s+)?[“\"‘']?(?:referendum|plebiscite|ballot|poll)s?\b"
         r"|\b(?:heartily|fully|wholly)\s+accept\b|\bnot\s+stand\s+in\s+the\s+way\s+of\b"
         r"|\b(?:result|outcome|decision|verdict|will|vote|choice|view|wish)(?:e?s)?\s+(?:[\w“”\"']+\s+){0,6}?[“\"‘']?(?:must|needs?\s+to|should|has\s+to|had\s+to|have\s+to|will)\s+be\s+(?:respected|honou?red|implemented|accepted)\b"
         r"|\b(?:welcomed|recogni[sz]ed|accepted|hailed|endorsed)(?=\s+(?:only\s+|also\s+|even\s+)?by\b)"),
        (Position.RECOGNIZE, "congratulates", r"\bcongratulat\w+"),
        (Position.RECOGNIZE, "legitimate",
         r"\b(?:legitimate\s+will|expression\s+of\s+(?:the\s+)?(?:(?:popular|people['’]s|peoples['’]?|voters['’]?|citizens['’]?)\s+)?will|full\s+compliance|welcome\s+home|conceded?\s+defeat|accept\s+responsibility)\b"
         r"|\btake\s+(?:all\s+|full\s+)?responsibility\s+for\s+the\s+defeat\b"
         r"|\b(?:declared|claimed|proclaimed)\s+victory\b|\b(?:our|the)\s+(?:nation|people|country|voters)(?:\s+of\s+[\w-]+)?\s+(?:has|have|had)\s+[“\"‘']?(?:won|spoken|decided|chosen)\b"
         r"|\bfree\s+(?:and\s+[\w-]+\s+)?choice\b|\bhail\w*\s+what\s+(?:he|she|it|they)\s+called\b"
         r"|\blegitimate\s+right\s+to\s+self-determination\b"
         r"|\b(?:regard\w*|treat\w*)\s+(?:[\w’'-]+\s+){0,5}?as\s+(?:the\s+)?final(?:\s+word)?\b"
         r"|\b(?:delivered|gave|given|sent)\s+(?:a\s+)?[“\"‘']?(?:clear|decisive|unequivocal)\s+(?:answer|verdict|message)\b"
         r"|\b(?:have|has|had)\s+[“\"‘']?(?:clearly\s+)?chosen\s+to\s+(?:remain|stay|leave|join|become)\b"
         r"|\bacceptance\s+of\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:results?|outcome|verdict)\b"
         r"|\b(?:result|outcome|verdict|decision)\s+(?:was|is|had\s+been)\s+(?:unequivocal|clear|decisive|legitimate|valid|binding)\b"
         r"|\bcall\w*\s+on\s+(?:all\s+)?(?:sides|parties|everyone|all)\s+to\s+(?:accept|respect)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:results?|outcome|figures|count|verdict)\b"
         r"|\bregard\w*\s+the\s+(?:result|outcome|vote|verdict)s?\s+as\s+[“\"‘']?(?:\w+\s+)?(?:binding|valid|legitimate)\b"
         r"|\b(?:result|outcome|verdict)\s+(?:was|is)\s+[“\"]?(?:good|positive|great|welcome|a\s+good|a\s+victory)\b"
         r"|\brespect(?:s|ed)?\s+(?:it|them)\b|\b(?:conducted|held)\s+(?:\w+\s+)?freely\s+and\s+fairly\b"
         r"|\bthe\s+defeat\s+is\s+mine\b|\b(?:i|we)\s+(?:accept|concede)\s+(?:the\s+|our\s+|this\s+)?defeat\b"
         r"|\bfree\s+will\b|\b(?:fully\s+)?(?:consistent|in\s+line|in\s+accordance|compliant)\s+with\s+(?:international\s+law|the\s+(?:un\s+)?charter|the\s+law|the\s+constitution)\b"
         r"|\bexpressed\s+(?:their|its|the)\s+(?:free\s+)?will\b|\bhail\w*\s+(?:it|the\s+(?:vote|result|outcome|referendum|ballot|plebiscite|poll))\b"
         r"|\bdeclared\s+the\s+(?:vote|result|referendum|ballot|outcome|plebiscite)s?\s+(?:valid|legitimate|legal|binding)\b"
         r"|\b(?:described|called|termed|hailed|branded)\s+(?:it|the\s+(?:result|outcome|vote|referendum|ballot|plebiscite)s?)\s+(?:as\s+)?[“\"‘']?(?:an?\s+)?(?:[\w-]+\s+)?(?:triumph\w*|victory|success|landmark|milestone|historic|new\s+beginning|turning\s+point|step\s+forward)\b"
         r"|\b(?:met|meets?|meeting)\s+international\s+standards\b|\b(?:was|were|been|as)\s+(?:\w+\s+)?free\s+and\s+fair\b"
         r"|\b(?:was|were|been|as)\s+(?:\w+\s+)?free,\s+(?:[\w-]+,?\s+){0,3}?and\s+(?:fair|orderly|transparent|peaceful)\b"
         r"|\brespect\w*\s+the\s+right\s+of\s+(?:the\s+)?(?:people|citizens|voters|residents|population)\b"),
        (Position.SUPPORT, "backs-yes",
         r"\b(?:urg\w+|call\w*\s+on)\s+[^.]{0,40}\bvote\s+[“\"‘']*(?:\w+\s+){0,2}?[“\"‘']*(?:yes|for|in\s+favou?r)\b"
         r"|\bcampaign\w*\s+for\s+(?:a\s+)?(?:yes|independence|leave|secession|annexation|the\s+reform|the\s+voice)\b"
         r"|\bback\w*\s+(?:the\s+)?(?:yes|independence|leave|secession|annexation|brexit|the\s+reform|repeal)\b"
         r"|\bcampaign\w*\s+to\s+(?:scrap|repeal|abolish|amend|change|remove|replace)\s+the\b"
         r"|\b(?:declared|claimed|proclaimed)\s+victory\b|\b(?:our|the)\s+(?:nation|people|country)\s+(?:has|have)\s+won\b|\bwelcome\s+home\b"
         r"|\b(?:apply|applied|seek|sought|asked?)\s+to\s+join\b|\bpush\w*\s+ahead\s+with\s+the\s+(?:vote|referendum|plebiscite)\b"
         r"|\bcampaign\w*\s+for\s+it\b|\bchampion\w*\s+(?:the\s+)?(?:change|proposal|reform|amendment|yes)s?\b"
         r"|\bcampaign\w*\s+for\s+the\s+(?:new\s+)?(?:charter|constitution|plan|proposal|deal|agreement|amendments?|treaty|accord)\b"
         r"|\b(?:back(?:s|ed|ing)?|recommend(?:s|ed|ing)?)\s+the\s+(?:\w+\s+)?(?:plan|proposal|deal|agreement|charter|constitution|amendments?|treaty|accord|statute)\b"
         r"|\bstak(?:e|es|ed|ing)\s+(?:his|her|their|its)\s+(?:\w+\s+){0,2}?on\s+(?:a\s+)?[“\"‘']?yes\b"
         r"|\bcomplete\s+the\s+annexation\b|\b(?:ask|asked|request\w*)\s+(?:\w+\s+){0,4}?to\s+(?:admit|annex|incorporate|absorb|accept\s+(?:the\s+|our\s+|its\s+)?(?:\w+\s+)?into|consider\s+(?:our|its|their|the)\s+accession)\b"
         r"|\bask\w*\s+to\s+be\s+[“\"‘']?(?:absorbed|annexed|admitted|incorporated)\b"
         r"|\bcoming\s+home\b"

         r"|\bback(?:s|ed|ing)?\s+(?:the\s+)?(?:referendum|plebiscite)\b"

         r"|\b(?:his|her|their)\s+(?:own\s+)?(?:\w+\s+)?(?:referendum|plebiscite|proposal|reform)\b"
         ),
        (Position.SUPPORT, "celebrates-win",
         r"\bcelebrat\w+\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:victory|win)\b"),
        (Position.SUPPORT, "organised-by",
         r"\b(?:proposed|initiated|championed|sponsored|called|organi[sz]ed|convened)(?=\s+by\b)"),
        (Position.SUPPORT, "possessor-backs",
         r"\b(?:defen[cs]e|support|backing)\s+(?:of|for)\s+(?:[\w’'-]+\s+){0,4}?(?:independence|secession|statehood|self-determination|annexation)\b"),
        (Position.RECOGNIZE, "celebrates",
         r"\bcelebrat\w+\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:victory|win|result|outcome)\b"),
        (Position.SUPPORT, "campaigns-yes", _CAMPAIGN.format(opt=_YES)),
        (Position.OPPOSE, "campaigns-no", _CAMPAIGN.format(opt=_NO)),
        (Position.OPPOSE, "backs-no",
         r"\b(?:urg\w+|call\w*\s+on)\s+[^.]{0,40}\bvote\s+(?:no|against)\b"
         r"|\bcampaign\w*\s+(?:[\w-]+\s+){0,3}?(?:for\s+(?:a\s+)?(?:no|remain)|against)\b"
         r"|\b(?:urg\w+|call\w*\s+on|ask\w*)\s+[^.]{0,40}?\bto\s+(?:reject|vote\s+down|turn\s+down|oppose)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:plan|proposal|deal|agreement|charter|constitution|amendments?|reform|treaty|accord)\b"
         r"|\bback\w*\s+(?:the\s+)?(?:no\s+(?:side|vote|campaign)|remain)\b"
         r"|\bcampaign\w*\s+to\s+(?:keep|preserve|save|maintain)\s+(?:the\s+)?(?:union|country|kingdom|federation|uk|united\s+kingdom)\b"),
        (Position.NEUTRAL, "no-side",
         r"\b(?:internal|domestic)\s+(?:matter|affair|issue)s?\b|\bmatter\s+for\s+the\b"
         r"|\bnot\s+(?:want\s+to\s+)?interfere\b|\btakes?\s+no\s+(?:side|position)\b"
         r"|\b(?:call\w*|urg\w*|appeal\w*)\s+(?:[\w“”\"']+\s+){0,3}?(?:for\s+)?[“\"']?(?:[\w-]+\s+){0,3}?(?:dialogue|calm|restraint|de-escalation)\b"
         r"|\bterritorial\s+integrity\s+of\s+all\s+countries\b|\bsovereignty\s+of\s+all\s+countries\b"
         r"|\b(?:not\s+tak(?:e|ing)|took\s+no|takes?\s+no|taking\s+no|short\s+of\s+taking|without\s+taking|refrain\w*\s+from\s+taking)\s+(?:sides?|a\s+position|positions?)\b|\burg\w*\s+both\s+sides\b"
         r"|\bnot\s+be\s+drawn\s+into\b"
         r"|\bavoid\w*\s+(?:any\s+)?(?:further\s+)?(?:escalation|violence|bloodshed|the\s+use\s+of\s+force)\b"
         r"|\b(?:call\w*|urg\w*|appeal\w*|ask\w*)\s+(?:\w+\s+){0,3}?for\s+(?:\w+\s+){0,2}?(?:calm|patience|restraint)\b"
         r"|\b(?:would|will|did|does)\s+not\s+comment\s+on\s+the\s+(?:result|vote|outcome)\b|\bwithout\s+commenting\s+on\s+the\s+vote\b"
         r"|\bnot\s+(?:tell|instruct|advise)\s+(?:[\w-]+\s+){0,3}?how\s+to\s+vote\b"
         r"|\b(?:took|takes|take|taking|taken)\s+note[”\"’']?\s+of\s+the\s+(?:results?|outcome|vote|referendum)\b"
         r"|\babstain(?:ed|s|ing)?\b"
         r"|\bhop\w+\s+(?:that\s+)?(?:wisdom|good\s+sense|reason|calm|dialogue|common\s+sense)\s+(?:will\s+)?prevails?\b"
         r"|\b(?:through|via|by\s+means\s+of)\s+(?:peaceful\s+|political\s+)?dialogue\b"
         r"|\ball\s+(?:sides|parties)\s+(?:should|must|to)\s+[^.]{0,60}?\b(?:dialogue|talks|restraint|calm)\b"
         r"|\b(?:decision|choice|future)\s+(?:belong(?:s|ed)?\s+to|(?:is|was|lies|lay|rests?|rested)\s+with)\b"
         r"|\b(?:is|was)\s+(?:up\s+to|for)\s+the\s+(?:[\w-]+\s+){0,3}?(?:people|voters|citizens)\s+(?:of\s+(?:[\w-]+\s+){1,3}?)?to\s+decide\b"
         r"|\b(?:chose|choose|chooses|decided)\s+to\s+stay\s+out\b|\bstay(?:ed|s|ing)?\s+out\s+of\s+(?:it|the\s+(?:vote|campaign|referendum|debate))\b"),
    )
)  # fmt: skip

# the same cues, for matching the lower-cased text case-sensitively (twice as fast)
CUES_LOWER: dict[str, re.Pattern[str]] = {
    name: low_twin(rx) for _pos, name, rx in CUES
}

# literal words each cue needs (lower case): a paragraph without any of them skips the cue
TRIGGERS: dict[str, tuple[str, ...]] = {
    "negated-recognition": ("recogni", "accept", "acknowledg", "legitimi"),
    "not-recognized": ("not be",),
    "sham": (
        "sham", "farc", "mockery", "charade", "travest", "fake", "phon", "bogus", "pseudo",
        "rigged", "fraud", "lie", "disgrace", "parody", "circus", "pantomime", "theatre",
    ),
    "annulled": (
        "annul", "cancel", "void", "nullif", "scrapped", "invalid", "taken place", "took place",
        "validity", "legitimacy", "legal value", "legal effect", "legal force", "been held",
        "legal basis", "legal foundation", "legal grounds", "bound by",
        "gone ahead", "conditions for",
    ),
    "campaigns-yes": ("campaign", "to vote", "back", "endors", "camp", "side", "fought", "argued", "pushed", "voice", "spoke out", "committee", "recommend", "cheer"),
    "campaigns-no": ("campaign", "to vote", "back", "endors", "camp", "side", "fought", "argued", "pushed", "voice", "spoke out", "committee", "recommend", "cheer"),
    "illegal": (
        "illegal", "illegitimate", "unlawful", "unconstitutional", "null", "not legal",
        "not lawful", "not valid", "not legitimate", "legally void", "legally null",
        "legally invalid", "regarded as", "considered as", "seen as", "deemed as", "treated as",
    ),
    "accuses": ("accus",),
    "boycott": ("boycott",),
    "blocks": ("outlaw", "block", "stop", "ban", "prevent", "annul", "nullif", "suspend", "halt", "cancel", "revoke", "scrap"),
    "no-legal-value": ("no legal", "no standing"),
    "condemn": ("condemn", "denounc", "deplor", "reject", "dismiss"),
    "violates": ("violat", "breach", "flout", "challenge to", "affront", "attack on"),
    "recognizes": ("recogni", "acknowledg", "admitted"),
    "accepts": ("accept", "respect", "welcom", "hail", "recogni", "endorsed", "honour", "honor", "salut", "in the way"),
    "congratulates": ("congratulat",),
    "legitimate": (
        "legitimate will", "expression of", "compliance", "welcome home", "defeat",
        "responsibility", "victory", "has won", "have won", "spoken", "decided", "chosen",
        "acceptance of", "unequivocal", "clear",
        "decisive", "legitimate", "valid", "binding", "good", "positive", "great", "welcome",
        "regard", "free will", "consistent", "in line", "accordance", "compliant", "respect",
        "freely", "honour", "honor", "implemented", "accepted", "expressed", "hail",
        "declared", "described", "called", "termed", "branded", "international standards",
        "free and fair", "right of", "beginning", "turning point", "step forward", "call",
        "choice", "what he called", "what she called", "what it called", "what they called",
        "self-determination", "spoken", "decided", "chosen", "final", "answer", "verdict",
        "message", "free,",
    ),
    "backs-yes": (
        "urg", "call", "campaign", "back", "victory", "has won", "have won", "welcome home",
        "to join", "push", "his ", "her ", "their ", "champion", "annexation", "admit", "annex",
        "incorporate", "absorb", "coming home", "accept", "accession", "recommend", "stak",
    ),
    "celebrates": ("celebrat",),
    "possessor-backs": ("defen", "support", "backing"),
    "organised-by": ("propos", "initiat", "champion", "sponsor", "called", "organi", "convened"),
    "celebrates-win": ("celebrat",),
    "backs-no": ("urg", "call", "ask", "campaign", "back"),
    "no-side": (
        "internal", "domestic", "matter for", "interfere", "no side", "no position", "dialogue",
        "calm", "restraint", "de-escalation", "of all countries", "side", "patience", "comment",
        "avoid", "position", "drawn into", "abstain", "how to vote", "stay out", "stayed out",
        "note of", "belong", "lies with", "lay with", "rests with", "rested with", "to decide",
        "abstain", "prevail", "dialogue", "all sides", "all parties",
        "stays out", "staying out", "took note", "takes note", "take note", "taking note",
        "taken note",
    ),
}  # fmt: skip
_ALL_TRIGGERS = frozenset(t for ts in TRIGGERS.values() for t in ts)
_TRIGGER_RE = trie_regex(_ALL_TRIGGERS, whole_words=False)
# the cues each trigger word serves
_TRIGGER_CUES: dict[str, tuple[str, ...]] = {
    t: tuple(rule for rule, ts in TRIGGERS.items() if t in ts) for t in _ALL_TRIGGERS
}


def _cue_sentences(
    low: str, lo: int, hi: int, sentence_starts: list[int]
) -> dict[str, set[int]]:
    """For each cue, the indexes of the sentences of the block [lo, hi) of the lower-cased
    text *low* that hold one of its trigger words (a longer trigger found also counts for the
    shorter ones it contains: "acceptance of" for "accept"); found in one scan."""
    out: dict[str, set[int]] = {}
    for m in _TRIGGER_RE.finditer(low, lo, hi):
        i = bisect_right(sentence_starts, m.start()) - 1
        for rule in _cues_of(m.group()):
            out.setdefault(rule, set()).add(i)
    return out


@lru_cache(maxsize=512)
def _cues_of(found: str) -> tuple[str, ...]:
    """The cues a trigger word found in the text serves."""
    return tuple(dict.fromkeys(rule for t in _contained(found) for rule in _TRIGGER_CUES[t]))


@lru_cache(maxsize=512)
def _contained(found: str) -> frozenset[str]:
    return frozenset(t for t in _ALL_TRIGGERS if t in found)


WHETHER_BEFORE_RE = re.compile(r"\b(?:whether|if)\s+(?:\w+\s+){0,3}\Z", re.IGNORECASE)
WHETHER_IN_RE = re.compile(r"\b(?:whether|if)\b", re.IGNORECASE)
# "did not call the result illegitimate": a denial, not a rejection
NOT_CALLED_RE = re.compile(
    r"\b(?:not|never|n't)\s+(?:call|consider|regard|deem|describe|label|think|believe|find)\w*\s+"
    r"(?:[\w’'-]+\s+){0,3}(?:as\s+|to\s+be\s+)?\Z",
    re.IGNORECASE,
)
NOT_A_RE = re.compile(r"\bnot\s+(?:a\s+)?\Z", re.IGNORECASE)
ABOUT_VOTE_RE = re.compile(
    r"\b(?:referend\w*|plebiscit\w*|vote[sd]?|voting|ballots?|polls?|consultation|exercise|annex\w*|results?|outcome|figures?|count|tally|it|them)\b",
    re.IGNORECASE,
)
NEGATION_BEFORE_RE = re.compile(rf"{_NEG}[\s\"“‘']+(?:\w+[\s\"“‘']+){{0,5}}\Z", re.IGNORECASE)
GROUNDS = (
    ("territorial integrity", re.compile(r"territorial\s+integrity", re.I)),
    ("sovereignty", re.compile(r"\bsovereign(?:ty)?\b", re.I)),
    ("UN Charter", re.compile(r"\b(?:UN|United\s+Nations)\s+Charter\b", re.I)),
    ("international law", re.compile(r"\binternational\s+law\b", re.I)),
    ("constitution", re.compile(r"\b(?:un)?constitution\w*", re.I)),
    ("use of force", re.compile(r"\b(?:barrel\s+of\s+a\s+gun|gunpoint|use\s+of\s+force|muzzles?)\b", re.I)),
)
# all grounds in one pattern: a group per ground
GROUNDS_RE = re.compile(
    "|".join(f"(?P<g{i}>{rx.pattern})" for i, (_g, rx) in enumerate(GROUNDS)), re.I
)
BOUNDARY_RE = re.compile(SENTENCE_BOUNDARY)
# "the Presidency of the", "the Assembly of the": institutions too
INSTITUTION_OF_RE = re.compile(
    INSTITUTION_OF + r"|\b(?:presidency|assembly|council|office)\s+of\s+(?:the\s+)?\Z", re.IGNORECASE
)
PREP_BEFORE_RE = re.compile(PREP_RIGHT_BEFORE, re.IGNORECASE)
CLAUSE_RE = re.compile(r"(?:;|,\s+(?:and|but|while|whereas|which)\b|\bwhich\b|\bwhile\b)", re.IGNORECASE)
ATTRIBUTIVE_RE = re.compile(
    r"\s+(?:resolution|meeting|session|summit|report|draft|mission|observers?|sanctions)\b", re.I
)
CROWD_RE = re.compile(
    r"\b(?:those|voters|respondents|people|citizens|residents|electors|percent|per\s+cent)\b|%",
    re.IGNORECASE,
)
COLLECTIVE_SUBJ_RE = re.compile(
    r"\bthe\s+(?:government|ministry|cabinet|administration|authorities|officials|statement)\b",
    re.IGNORECASE,
)
PRONOUN_SUBJ_RE = re.compile(r"\b(?:he|she|it|they)\b", re.IGNORECASE)


def stances(state: ParseState) -> None:
    """Find the stances of actors toward the article's referendum(s)."""
    text = state.text
    if (
        not state.referendums
        and not TOPIC_RE.search(text)
        and not (VOTES_RE.search(text) and SOVEREIGNTY_RE.search(text))
    ):
        return  # stances exist only toward a vote
    ref_id = state.referendums[0].id if state.referendums else None
    mentions = _outermost(
        sorted(
            (
                (m.span.start, m.span.end, d.key, d.kind, m.via)
                for d in state.actors.values()
                for m in d.mentions
            ),
            key=lambda t: (t[0], -t[1]),
        )
    )
    starts = [t[0] for t in mentions]
    organizers = {r.organizer for r in state.referendums if r.organizer}
    winner = _yes_won(state)
    drafts: dict[tuple[str, Position], _Draft] = {}
    facts: dict[tuple[int, int], tuple[tuple[str, ...], date | None]] = {}
    quoted = sorted(((s.span.start, s.span.end, s) for s in state.statements), key=_first)
    low = state.lowered()
    for p in state.paragraphs:
        if p.kind not in (Block.BODY, Block.TITLE):
            continue
        sentences = _sentences(text, p.span.start, p.span.end)
        sentence_starts = [a for a, _ in sentences]
        where = None if low is None else _cue_sentences(low, p.span.start, p.span.end, sentence_starts)
        if where is not None and not where:
            continue
        for pos, rule, rx in CUES:
            windows: Sequence[int]
            if where is None:
                windows = range(len(sentences))
            else:
                hit = where.get(rule)
                if hit is None:
                    continue
                windows = sorted(hit)
                rx = CUES_LOWER[rule]
            # each sentence that holds one of the cue's words is scanned; a hit is kept in
            # the sentence it starts in
            for cm in _cue_hits(rx, low or text, sentences, windows, p.span.end):
                s_lo, s_hi = sentences[bisect_right(sentence_starts, cm.start()) - 1]
                c_lo, c_hi = cm.start(), cm.end()
                before = text[max(s_lo, c_lo - 80) : c_lo]
                position = pos
                if rule == "celebrates-win":
                    # celebrating the victory backs the side that won
                    if winner is None:
                        continue
                    position = Position.SUPPORT if winner else Position.OPPOSE
                if WHETHER_BEFORE_RE.search(before) or WHETHER_IN_RE.search(cm.group()):
                    continue  # "did not say whether India accepted the result"
                if rule == "negated-recognition" and OR_BEFORE_RE.search(before):
                    continue  # "we can recognise it or not recognise it": no refusal
                if QUESTION_END_RE.search(text, s_lo, s_hi) and (
                    pos is not Position.REJECT or not _inside(quoted, c_lo)
                ):
                    continue  # "Did Wellington campaign for a Yes?" asks; it does not say
                if pos is not Position.REJECT and NEGATION_BEFORE_RE.search(before):
                    if pos is Position.RECOGNIZE:
                        position = Position.REJECT
                    else:
                        continue
                if pos is Position.REJECT and rule in ("sham", "illegal") and (
                    NOT_A_RE.search(before)
                    or NOT_CALLED_RE.search(before)
                    or not ABOUT_VOTE_RE.search(text, max(s_lo, c_lo - 80), min(s_hi, c_hi + 80))
                ):
                    continue  # "not a sham"; "their illegal war"
                holders, statement_id, how = _holders(
                    state, mentions, starts, quoted, s_lo, s_hi, c_lo, c_hi, rule in VERB_CUES,
                    possessor=rule == "possessor-backs", p_lo=p.span.start,
                )
                passive_only = BARE_PASSIVE_RE.fullmatch(cm.group()) and BY_AFTER_RE.match(text, c_hi)
                if (rule == "organised-by" or passive_only) and how != "passive-by":
                    continue  # "a parody organised by squatters": only the agent organises
                if NOR_RE.match(text, c_lo):
                    # "neither London nor Madrid was willing to recognise it": both refuse
                    i = bisect_left(starts, c_lo)
                    if i < len(mentions) and mentions[i][0] - c_lo <= 8 and mentions[i][1] <= c_hi:
                        holders = [*holders, mentions[i][2]]
                for holder in holders:
                    if position is Position.REJECT and how != "quoted" and holder in organizers:
                        continue  # the writer's word for the organiser's own vote
                    _add(state, drafts, facts, holder, position, ref_id, s_lo, s_hi,
                         statement_id, f"{rule}/{how}")
    found = {key: d.build() for key, d in drafts.items()}
    # organisers named by the text itself ("Moscow's referendums", "held by Russia",
    # "Kremlin-backed"), not guessed from where the vote took place
    named = {
        t.note
        for t in state.trace
        if t.stage == "referendums"
        and t.rule
        in (
            "organizer/possessive",
            "organizer/held-by",
            "organizer/backed",
            "organizer/subject",
            "organizer/national",
            "organizer/annexation",
        )
    }
    for r in state.referendums:
        if r.organizer in named and r.organizer != r.territory_of and r.organizer in state.actors:
            if (r.organizer, Position.REJECT) in found:
                continue
            # an actor that holds a vote on a territory it does not own backs the outcome it
            # organised (annexation and secession votes)
            d = state.actors[r.organizer]
            d.relevant = True
            found.setdefault(
                (r.organizer, Position.SUPPORT),
                Stance(actor=r.organizer, referendum=r.id, position=Position.SUPPORT, rule="organizer"),
            )
    for holder, position in list(found):
        if position is Position.NEUTRAL and any(
            h == holder and p is not Position.NEUTRAL for h, p in found
        ):
            del found[(holder, position)]  # "an internal matter ... not legal": the stance wins
    _shared_declarations(state, found, mentions, starts)
    for (holder, position), stance in list(found.items()):
        speaker = state.actors.get(holder)
        if speaker is None or speaker.affiliation not in state.actors:
            continue
        head_of_org = state.actors[speaker.affiliation].kind is ActorKind.ORGANIZATION and any(
            "secretary" in t for t in (speaker.role or "", *speaker.titles)
        )
        if head_of_org or any("spokes" in t for t in (speaker.role or "", *speaker.titles)):
            # a ministry's spokesperson, or an organisation's secretary-general, states the
            # position of the state or organisation they speak for
            st = state.actors[speaker.affiliation]
            st.relevant = True
            found.setdefault(
                (st.key, position),
                attrs.evolve(stance, actor=st.key, rule=f"{stance.rule}/spokesperson"),
            )
    state.stances.extend(found.values())


_YES_OPTIONS = frozenset("yes approve leave independence secession separation sovereignty".split())
_NO_OPTIONS = frozenset("no reject remain unity union".split())


# "… and Norway align themselves with this declaration"
ALIGN_RE = re.compile(r"\balign(?:s|ed)?\s+(?:themselves|itself)\s+with\s+(?:this|the)\s+(?:declaration|statement)", re.I)
# "Declaration by the High Representative, Catherine Ashton, on behalf of the European Union"
BEHALF_RE = re.compile(r"\bon\s+behalf\s+of\s+(?:the\s+)?", re.I)


def _shared_declarations(
    state: ParseState,
    found: dict[tuple[str, Position], Stance],
    mentions: list[tuple[int, int, str, ActorKind, str]],
    starts: list[int],
) -> None:
    """A declaration's positions extend to the states that align themselves with it and to
    the person who makes it on an organisation's behalf."""
    text = state.text
    owners = [(h, p, st) for (h, p), st in found.items() if state.actors[h].kind is ActorKind.ORGANIZATION]
    if not owners:
        return
    for p in state.paragraphs:
        for am in ALIGN_RE.finditer(text, p.span.start, p.span.end):
            lo = max(p.span.start, am.start() - 1200)
            for _m_lo, _m_hi, key, kind, _via in mentions[bisect_left(starts, lo) : bisect_left(starts, am.start())]:
                if kind is ActorKind.STATE:
                    for _h, position, stance in owners:
                        state.actors[key].relevant = True
                        found.setdefault(
                            (key, position), attrs.evolve(stance, actor=key, rule="aligned")
                        )
        for bm in BEHALF_RE.finditer(text, p.span.start, p.span.end):
            i = bisect_left(starts, bm.end())
            org = mentions[i] if i < len(mentions) and mentions[i][0] == bm.end() else None
            if org is None:
                continue
            before = mentions[bisect_left(starts, max(p.span.start, bm.start() - 80)) : bisect_left(starts, bm.start())]
            people = [t for t in before if t[3] is ActorKind.PERSON]
            if not people:
                continue
            person = people[-1][2]
            for h, position, stance in owners:
                if h == org[2]:
                    state.actors[person].relevant = True
                    found.setdefault(
                        (person, position), attrs.evolve(stance, actor=person, rule="on-behalf-of")
                    )


_CUE_REACH = 200


# "... and President Dr Irfaan Ali": a second subject joined to the clause, with its titles
AND_SUBJECT_RE = re.compile(r"\b(?:and|that)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.’'-]*\s+){0,4}\Z", re.I)
# what stands between such a subject and its verb cue: "has", "had also", "then"
SUBJECT_TO_CUE_RE = re.compile(
    r"\s+(?:(?:has|have|had|also|then|later|now|again|swiftly|quickly|openly|publicly|"
    r"formally|firmly|would|will|could|did|does|do|not|never)\s+){0,3}\Z",
    re.I,
)


def _joined_subject(
    text: str,
    near: list[tuple[int, int, str, ActorKind, str]],
    lo: int,
    hi: int,
    in_quotes: list[tuple[int, int]],
) -> str | None:
    """The subject of a second clause joined by "and" right before the cue: in "Guyana has
    denounced the proposal and President Irfaan Ali has accused ...", Ali accuses."""
    before = [t for t in near if lo <= t[0] and t[1] <= hi]
    if len(before) < 2:
        return None
    m_lo, m_hi, key, _kind, _via = before[-1]
    if any(a <= m_lo < b for a, b in in_quotes):
        return None
    if _AGENTS_RE.fullmatch(text[before[-2][1] : m_lo]):
        return None  # "A, B and C congratulated": one list of subjects
    if not SUBJECT_TO_CUE_RE.fullmatch(text, m_hi, hi) or not AND_SUBJECT_RE.search(
        text, max(lo, m_lo - 60), m_lo
    ):
        return None
    return key


OWN_SUBJECT_RE = re.compile(
    r"\s*(?:the|a|an|some|many|most|several|two|three|four|other|their|its|his|her|our|these|"
    r"those)\s+[\w-]+\s+\w+",
    re.IGNORECASE,
)
POSSESSED_GOVERNMENT_RE = re.compile(
    r"['’]s\s+(?:own\s+)?(?:government|cabinet|administration|foreign\s+ministry)\b", re.I
)
# a cue that is only a participle before "by": its agent, and nobody else, holds it
BARE_PASSIVE_RE = re.compile(r"condemned|denounced|rejected|welcomed|recogni[sz]ed|accepted|hailed|endorsed", re.I)
BY_AFTER_RE = re.compile(r"\s+(?:only\s+|also\s+|even\s+)?by\b", re.I)
# ", the president of the European Commission," right after a name
APPOSITION_RE = re.compile(r"\A\s*,[^,;\"“”]{1,100},")
OR_BEFORE_RE = re.compile(r"\bor\s+\Z", re.I)
NOR_RE = re.compile(r"nor\s+(?:the\s+)?", re.I)
QUESTION_END_RE = re.compile(r"\?[\"”’»']*\s*\Z")


def _inside(quoted: Sequence[tuple[int, int, object]], pos: int) -> bool:
    """Whether *pos* is inside one of the (sorted) quotations."""
    k = bisect_right(quoted, pos, key=_first) - 1
    return k >= 0 and quoted[k][0] <= pos < quoted[k][1]


# "Brazil, he added, was ...": a report in parentheses after the subject
PAREN_REPORT_RE = re.compile(
    r"\s*,\s+(?:he|she)\s+(?:said|added|argued|insisted|stressed|noted|warned|told\s+\w+)\s*,",
    re.I,
)
# a pronoun that opens a clause: it has a subject of its own
PRONOUN_START_RE = re.compile(r"\s*(?:he|she|it|they|we|i)\b", re.I)


def _new_clause_subject(text: str, lo: int, hi: int) -> bool:
    """Whether a clause with a subject of its own starts in [lo, hi): "..., but they
    accepted" has one; "..., but called only for dialogue" shares the earlier subject."""
    for cm in CLAUSE_RE.finditer(text, lo, hi):
        if cm.group().strip(" ,").lower() in ("which", "while", "whereas", ";"):
            return True
        if PRONOUN_START_RE.match(text, cm.end()):
            return True
        if ROLE_SUBJECT_RE.match(text, cm.end() + 1) or text[cm.end() : cm.end() + 5].lower() == " the ":
            return True
    return False


def _outermost(
    mentions: list[tuple[int, int, str, ActorKind, str]],
) -> list[tuple[int, int, str, ActorKind, str]]:
    """The mentions (sorted by start, longest first) without overlaps, the longer of two
    overlapping names kept: "Sudan" inside "Sudan Liberation Movement" is part of its name."""
    out: list[tuple[int, int, str, ActorKind, str]] = []
    for t in mentions:
        if out and t[0] < out[-1][1]:
            # overlapping names ("The Sudan" and "Sudan Liberation Movement"): the longer
            if t[1] - t[0] > out[-1][1] - out[-1][0]:
                out[-1] = t
            continue
        out.append(t)
    return out


def _cue_hits(
    rx: re.Pattern[str], text: str, sentences: list[tuple[int, int]], windows: Sequence[int], end: int
) -> list[re.Match[str]]:
    """The matches of a cue that start in the given sentences. Each is scanned with a margin
    past its end (the cues' look-aheads reach at most 100 characters), so that a match is the
    one a scan of the whole block, up to *end*, would find."""
    out: list[re.Match[str]] = []
    reached = -1
    for i in windows:
        lo, hi = sentences[i]
        for cm in rx.finditer(text, max(lo, reached), min(end, hi + _CUE_REACH)):
            if cm.start() >= hi:
                break
            out.append(cm)
            reached = cm.end()
    return out


def _yes_won(state: ParseState) -> bool | None:
    """Whether the side of the proposal won, from the first result with shares."""
    for r in state.referendums:
        for res in r.results:
            shares = [(c.percent, c.option) for c in res.choices if c.percent is not None]
            if not shares:
                continue
            _pct, option = max(shares)
            if option in _YES_OPTIONS:
                return True
            if option in _NO_OPTIONS:
                return False
    return None


def _first(t: tuple[int, int, Any]) -> int:
    return t[0]


def _sentences(text: str, lo: int, hi: int, longest: int = 600) -> list[tuple[int, int]]:
    """Sentence spans of a block; a run-on longer than *longest* is cut into pieces."""
    out = []
    start = lo
    ends = [(m.start(), m.end()) for m in BOUNDARY_RE.finditer(text, lo, hi)]
    ends.append((hi, hi))
    for end, nxt in ends:
        while end - start > longest:
            out.append((start, start + longest))
            start += longest
        out.append((start, end))
        start = nxt
    return out


_AGENTS_RE = re.compile(r"\s*(?:,\s*|\s+(?:and|or)\s+|,\s+(?:and|or)\s+)(?:the\s+)?\Z", re.IGNORECASE)


# cues whose words are something an actor does (recognise, accept, condemn, campaign), so
# that the subject of their clause holds the position; adjectives ("a sham") are not
VERB_CUES = frozenset(
    {
        "negated-recognition", "not-recognized", "recognizes", "accepts", "condemn", "blocks",
        "campaigns-yes", "campaigns-no", "backs-yes", "backs-no", "congratulates", "no-side",
        "accuses", "celebrates", "legitimate", "boycott",
    }
)  # fmt: skip
# "NATO Secretary General Anders Fogh Rasmussen", "President of Belarus Alexander Lukashenko"
TITLE_GAP_RE = re.compile(
    r"\s*(?:(?:(?-i:[A-Z])[\w.’'-]*|spokes(?:man|woman|person)|minister|secretary|president|"
    r"ambassador|envoy|chief|head|leader|chairman|chairwoman|chair)\s+){0,4}"
)
# "said in a televised address that his government would ...": the speaker's government
REPORTED_GOVERNMENT_RE = re.compile(
    r"(?:\s+(?:in|on|at|during|to|after|before)\b[^,;.\"“”]{0,60}?)?(?:\s+that)?\s+"
    r"(?:the|his|her|their|our)\s+(?:government|cabinet|administration|union|bloc|alliance|"
    r"organi[sz]ation|commission|council)\b",
    re.I,
)
ROLE_SUBJECT_RE = re.compile(
    r"\b[Tt]he\s+(?:(?:former|then|new|outgoing)\s+)?(?:[A-Z][\w-]+\s+){0,2}(?P<role>(?:prime\s+minister|premier|president|"
    r"chancellor|foreign\s+minister|foreign\s+secretary|minister|secretary|spokes(?:man|woman|person)|"
    r"ambassador|leader|chief|governor|mayor))\b"
)
REPORTED_RE = re.compile(
    r"\b(?:said|says|say|saying|told\s+\w+|stated|stating|announced|added|insisted|warned|stressed|noted|wrote|"
    r"declared|argued|claimed|confirmed|made\s+clear)\b(?:\s+that)?",
    re.IGNORECASE,
)


def _clause_subjects(
    text: str,
    near: list[tuple[int, int, str, ActorKind, str]],
    lo: int,
    hi: int,
    kinds: tuple[ActorKind, ...] | None,
) -> list[str]:
    """The subject-like actors of [lo, hi): not after a preposition, not possessive, and
    standing right before a verb phrase (the cue is within a few words)."""
    out: list[str] = []
    for m_lo, m_hi, key, kind, _via in near:
        if m_lo < lo or m_lo >= hi:
            continue
        if kinds is not None and kind not in kinds:
            continue
        if text[m_hi : m_hi + 2] in ("'s", "’s") or text[m_hi : m_hi + 1] == "-":
            continue
        window = text[max(lo, m_lo - 25) : m_lo]
        if PREP_BEFORE_RE.search(window) and not INSTITUTION_OF_RE.search(window):
            continue
        rest = APPOSITION_RE.sub("", text[m_hi:hi], count=1)
        if len(rest.split()) > 5:
            continue  # too far from the cue to be its subject (an apposition aside)
        out.append(key)
    return out


# between "by (the)" and the agent of a passive: a few modifiers ("by the neighbouring X")
AGENT_GAP_RE = re.compile(r"(?:(?!of\b|people\b|voters\b|citizens\b|residents\b)[\w’'-]+\s+){0,3}", re.I)
_NOBODY = "\x00nobody"
# "the statement of the Presidency of the SFRY, which described ...": what the relative
# clause is about is a statement, not the one who made it
STATEMENT_OF_RE = re.compile(
    r"\b(?:statement|declaration|message|report|resolution|communiqu[eé]|letter|note|remarks|"
    r"comments|speech|decree|appeal)\s+(?:of|by|from)\s+[^,;]{1,80}\Z",
    re.IGNORECASE,
)
OBJECT_GAP_RE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+\w+", re.IGNORECASE)
THIRD_PARTY_RE = re.compile(
    r"\s*(?:that\s+)?(?:the\s+)?(?:(?:same|other|some|many|most|several|western|foreign|"
    r"european|unnamed)\s+)*(?:powers|countries|states|governments|leaders|officials|critics|"
    r"opponents|capitals|nations|diplomats)\b",
    re.IGNORECASE,
)
TO_BE_RE = re.compile(r"\bto\s+be\b", re.IGNORECASE)
SHOULD_RE = re.compile(r"\b(?:should|ought\s+to)\b", re.IGNORECASE)
THEY_RE = re.compile(r"\s*they\b", re.IGNORECASE)
# ", which", ", who", ", whose", ", of which": a relative clause after its antecedent
REL_OPEN_RE = re.compile(r",\s+(?:which|who|whose|of\s+which|of\s+whom)\b", re.IGNORECASE)
# what may stand between a relative clause's closing comma and the cue: "..., also condemned"
REL_TAIL_RE = re.compile(
    r",\s+(?:(?:also|has|had|have|then|later|again|swiftly|quickly|promptly|immediately|"
    r"publicly|formally|openly|firmly|itself|himself|herself|themselves)\s+){0,3}\Z",
    re.IGNORECASE,
)
REFLEXIVE_RE = re.compile(r"\s*(?:himself|herself|itself|themselves)?\s*\Z", re.IGNORECASE)
# ", and (the) " before a second actor; what may follow it before the shared verb: its own
# apposition (", a guarantor of the talks,") and adverbs
AND_NEXT_RE = re.compile(r",\s+and\s+(?:the\s+)?", re.I)
AFTER_SECOND_RE = re.compile(
    r"(?:\s*,[^,;\"“”]{1,100},)?\s+(?:(?:also|then|jointly|both|together)\s+){0,2}", re.I
)
WHOSE_PARTY_RE = re.compile(r",\s+whose\s+(?:own\s+)?(?:party|movement|group|campaign)\b", re.IGNORECASE)
# "X, whose government called the vote and who campaigned for a No": X campaigns
AND_WHO_RE = re.compile(r"\band\s+who\b", re.I)
WHOSE_INSTITUTION_RE = re.compile(
    r",\s+whose\s+(?:own\s+)?(?:government|cabinet|administration|ministry|foreign\s+ministry)\b",
    re.IGNORECASE,
)


def _relative_antecedent(
    state: ParseState,
    near: list[tuple[int, int, str, ActorKind, str]],
    mentions: list[tuple[int, int, str, ActorKind, str]],
    starts: list[int],
    s_lo: int,
    c_lo: int,
    p_lo: int | None,
) -> list[str]:
    """The actor a relative clause is about, when the cue stands in it or right after it:
    "Portugal, which ran the territory until 1975, hailed the ballot" (Portugal, not the
    territory); "Putin himself, who had championed the amendments"; "X, whose government had
    campaigned for the charter" (X's state). Empty when there is no such clause."""
    text = state.text
    rel = None
    for found in REL_OPEN_RE.finditer(text, s_lo, c_lo):
        rel = found  # the last one before the cue
    if rel is None:
        return []
    inner = text[rel.end() : c_lo]
    also: list[str] = []
    if "," in inner or ";" in inner:
        # the cue after the clause: exactly one closing comma, then only a few adverbs; or
        # a second actor joined with its own apposition ("..., and Norway, a guarantor, urged")
        close = inner.find(",")
        if ";" in inner:
            return []
        if inner.find(",", close + 1) >= 0 or not REL_TAIL_RE.search(text, rel.end() + close, c_lo):
            at = rel.end() + close
            second = next((t for t in near if at <= t[0] < c_lo), None)
            if (
                second is None
                or not AND_NEXT_RE.fullmatch(text, at, second[0])
                or not AFTER_SECOND_RE.fullmatch(text, second[1], c_lo)
            ):
                return []
            also = [second[2]]
        inside = False
    else:
        if len(inner.split()) > 8:
            return []
        inside = True
    # the antecedent: the actor named right before the comma (and a list ending there)
    before = [t for t in near if t[1] <= rel.start() and t[0] >= s_lo]
    if not before or not REFLEXIVE_RE.fullmatch(text, before[-1][1], rel.start()):
        # "The French government, which ...": an institution of a state
        owner = _institution_subject(text, mentions, starts, s_lo, rel.start(), p_lo)
        if owner is not None and not inside:
            return [owner]
        # a cue inside a clause about something that is no actor holds for nobody
        return [_NOBODY] if inside and STATEMENT_OF_RE.search(text, s_lo, rel.start()) else []
    if text[before[-1][1] : before[-1][1] + 2] in ("'s", "’s"):
        return []
    window = text[max(s_lo, before[-1][0] - 25) : before[-1][0]]
    if PREP_BEFORE_RE.search(window) and not INSTITUTION_OF_RE.search(window):
        return []  # "a vote organised by Moscow, which ...": not a subject
    keys = [before[-1][2]]
    at = before[-1][0]
    for m_lo, m_hi, key, _kind, _via in reversed(before[:-1]):
        if _AGENTS_RE.fullmatch(text[m_hi:at]):
            keys.insert(0, key)
            at = m_lo
        else:
            break
    keys += also
    if inside and WHOSE_PARTY_RE.match(text, rel.start()) and not AND_WHO_RE.search(inner):
        # "X, whose party had urged voters to back repeal": X and the party
        d = state.actors.get(keys[-1])
        if d is not None and d.kind is ActorKind.PERSON and d.affiliation in state.actors:
            return [keys[-1], d.affiliation]
        return keys
    if inside and WHOSE_INSTITUTION_RE.match(text, rel.start()) and not AND_WHO_RE.search(inner):
        # "X, whose government campaigned for ...": X's state
        d = state.actors.get(keys[-1])
        if d is not None and d.kind is ActorKind.PERSON:
            return [d.affiliation] if d.affiliation in state.actors else []
    return keys


# "spokesman for EU foreign policy chief ": the person after it is the principal, not the
# one who speaks
SPEAKS_FOR_BEFORE_RE = re.compile(
    r"\b(?:spokes(?:man|woman|person)|aide|advis[eo]r|envoy|deputy|representative)\s+(?:for|of|to)\s+"
    r"(?:the\s+)?(?:[\w.’'-]+\s+){0,5}\Z",
    re.I,
)


def _principal(
    text: str,
    mentions: list[tuple[int, int, str, ActorKind, str]],
    starts: list[int],
    key: str,
    lo: int,
    hi: int,
) -> bool:
    """Whether *key* is named in [lo, hi) only as the one a spokesman or aide works for."""
    spots = [t for t in mentions[bisect_left(starts, lo) : bisect_left(starts, hi)] if t[2] == key]
    return bool(spots) and all(
        SPEAKS_FOR_BEFORE_RE.search(text, max(lo, t[0] - 60), t[0]) for t in spots
    )


def _list_subject(
    text: str, near: list[tuple[int, int, str, ActorKind, str]], lo: int, hi: int
) -> list[str]:
    """The states and organisations a clause [lo, hi) lists as its subject, heads of
    institutions included ("the Presidency of the European Union"), objects of other
    prepositions not."""
    out: list[str] = []
    for m_lo, m_hi, key, kind, _via in near:
        if m_lo < lo or m_lo >= hi or kind not in (ActorKind.STATE, ActorKind.ORGANIZATION):
            continue
        if text[m_hi : m_hi + 2] in ("'s", "’s") or text[m_hi : m_hi + 1] == "-":
            continue
        window = text[max(lo, m_lo - 25) : m_lo]
        if PREP_BEFORE_RE.search(window) and not OF_HEAD_RE.search(window):
            continue
        out.append(key)
    return list(dict.fromkeys(out))


# "The former rapporteur of the Assembly of the": a title whose holder is named next
HEAD_OF_RE = re.compile(r"\s*the\s+[^,;:.]{0,80}?\bof\s+(?:the\s+)?\Z", re.IGNORECASE)
APPOSED_GAP_RE = re.compile(r"[^,;:.“”\"]{0,50}?,\s*(?:(?-i:[A-Z])[\w.]*\s+)?")
# "said in a statement that the vote was": an institution's report of a clause naming no actor
REPORTS_TAIL_RE = re.compile(
    r"\s*(?:said|stated|declared)\s+(?:in\s+a\s+(?:written\s+)?statement\s+)?(?:that\s+)?"
    r"(?:the|this|its|that)\s+(?:\w+\s+){0,3}?(?:vote|referendum|plebiscite|ballot|poll|exercise)s?\s+"
    r"(?:was|were|is|had|has|would)\b",
    re.IGNORECASE,
)
# "the Co-Chairmen of the", "the Presidency of the": a head of what follows
OF_HEAD_RE = re.compile(r"\b(?-i:[A-Z])[\w-]+\s+of\s+(?:the\s+)?\Z|" + INSTITUTION_OF, re.IGNORECASE)
# "the foreign ministry", "the Foreign Office", "the Turkish government": an institution that
# speaks for its state
INSTITUTION_SUBJ_RE = re.compile(
    r"\s*(?:[\w,]+\s+){0,4}?\bthe\s+(?:(?P<dem>(?-i:[A-Z])[\w-]+)\s+)?(?:foreign\s+ministry|foreign\s+office|"
    r"ministry\s+of\s+foreign\s+affairs|government|state\s+department|presidency|cabinet|"
    r"administration)\b(?P<tail>[^,;]{0,40}?)\s*\Z",
    re.IGNORECASE,
)


def _institution_subject(
    text: str,
    mentions: list[tuple[int, int, str, ActorKind, str]],
    starts: list[int],
    lo: int,
    hi: int,
    p_lo: int | None,
    reports: bool = False,
) -> str | None:
    """The state "the foreign ministry" or "the Turkish government" at the head of a clause
    speaks for: the state its adjective names, else the state named last before it in the
    paragraph ("In London, the Foreign Office dismissed the vote as ..."). With *reports*, the
    institution may report the clause the cue stands in ("the Greek foreign ministry said in
    a statement that the vote was illegal")."""
    m = INSTITUTION_SUBJ_RE.match(text, lo, hi)
    if m is None or "," in m.group("tail"):
        return None
    if "said" in m.group("tail") and not (reports and REPORTS_TAIL_RE.match(m.group("tail"))):
        return None
    at = m.start("dem") if m.group("dem") else m.end() - len(m.group("tail"))
    i = bisect_left(starts, at)
    if m.group("dem"):
        if i < len(mentions) and mentions[i][0] == at and mentions[i][3] is ActorKind.STATE:
            return mentions[i][2]
        return None
    floor = lo if p_lo is None else max(p_lo, lo - 400)
    for _m_lo, _m_hi, key, kind, _via in reversed(mentions[bisect_left(starts, floor) : i]):
        if kind is ActorKind.STATE:
            return key
        if kind is ActorKind.ORGANIZATION:
            return None  # "the EU's ...": not a state's institution
    return None


def _role_subject(
    state: ParseState,
    mentions: list[tuple[int, int, str, ActorKind, str]],
    starts: list[int],
    lo: int,
    hi: int,
) -> str | None:
    """The person "the premier" at the start of a clause refers to: the last person before
    it whose titles include that role ("The premier had campaigned for a Yes")."""
    rm = ROLE_SUBJECT_RE.search(state.text, lo, hi)
    if rm is None or state.text[lo : rm.start()].strip(" ,;:") != "":
        return None
    written = " ".join(rm.group("role").lower().split())
    i = bisect_left(starts, rm.start())
    around = (*reversed(mentions[max(0, i - 200) : i]), *mentions[i : i + 60])
    # the title as written first ("the premier" of Quebec), then its synonym
    for role in dict.fromkeys((written, {"premier": "prime minister"}.get(written, written))):
        # the last person with that title before, else (a lede) the first one after
        for _m_lo, _m_hi, key, kind, _via in around:
            d = state.actors.get(key)
            if kind is ActorKind.PERSON and d is not None and any(
                role in t for t in (d.role or "", *d.titles)
            ):
                return key
    return None


def _holders(
    state: ParseState,
    mentions: list[tuple[int, int, str, ActorKind, str]],
    starts: list[int],
    quoted: Sequence[tuple[int, int, object]],
    s_lo: int,
    s_hi: int,
    c_lo: int,
    c_hi: int,
    verb_cue: bool = False,
    possessor: bool = False,
    p_lo: int | None = None,
) -> tuple[list[str], str | None, str]:
    """Who holds the position a cue at [c_lo, c_hi) expresses: the speaker of the quotation
    it stands in; the agents of a passive ("not recognised by Moldova, the EU or the US");
    the subject of its clause; or the referent of a pronoun subject."""
    text = state.text
    k = bisect_right(quoted, c_lo, key=_first) - 1
    near = [
        t for t in mentions[bisect_left(starts, s_lo) : bisect_left(starts, s_hi)] if t[4] != "demonym"
    ]
    if k >= 0 and quoted[k][0] <= c_lo < quoted[k][1]:
        st = quoted[k][2]
        speaker = getattr(st, "speaker", None)
        if speaker is None:
            return [], getattr(st, "id", None), "quoted"
        # "Serbia cannot accept these results": the state the speaker names as the subject
        # of a verb of recognition holds the position too (not "Russia is conducting a farce")
        q_lo = max(quoted[k][0], s_lo)
        rvs = list(REPORTED_RE.finditer(text, s_lo, q_lo))
        if rvs:
            q_lo = rvs[-1].end()  # 'said Canada would "not recognize the results"'
        named = _clause_subjects(text, near, q_lo, c_lo, (ActorKind.STATE,)) if verb_cue else []
        # 'the palace said President X "salutes the clear choice"': X, named right before
        # the quotation that is his predicate, holds the position too
        opened = quoted[k][0]
        for m_lo, m_hi, key, kind, _via in near:
            if (
                q_lo <= m_lo
                and m_hi <= opened
                and kind is ActorKind.PERSON
                and text[m_hi:opened].strip(" \"“‘'") == ""
                and key != speaker
            ):
                named.append(key)
        return [speaker, *named], getattr(st, "id", None), "quoted"
    if possessor:
        # "Netanyahu's coming to the defense of …", "Russia's support for …": the possessor
        for _m_lo, m_hi, key, _kind, _via in near:
            if m_hi <= c_lo and text[m_hi : m_hi + 2] in ("'s", "’s") and c_lo - m_hi <= 25:
                return [key], None, "possessive"
        return [], None, ""
    # passive: called a "sham" by X; was not recognised by A, B or C
    after = text[c_hi : min(s_hi, c_hi + 40)]
    bm = re.match(r"[\"”’',\s]*(?:\w+\s+){0,2}?by\s+(?:the\s+)?", after, re.IGNORECASE)
    if bm and TO_BE_RE.search(text, c_lo, c_hi):
        bm = None  # "would ask to be absorbed by Russia": the one who asks, not Russia
    if bm and OBJECT_GAP_RE.search(bm.group()):
        bm = None  # "condemns the holding by Russia of the vote": an object, not a passive
    if bm:
        agents: list[str] = []
        at = c_hi + bm.end()
        for m_lo, m_hi, key, _kind, _via in near:
            if m_lo < at:
                continue
            if m_lo - at > 40 or (agents and not _AGENTS_RE.fullmatch(text[at:m_lo])):
                break
            if not agents and not AGENT_GAP_RE.fullmatch(text, at, m_lo):
                break  # "the choice made by the people of X": the people, not X
            agents.append(key)
            if agents and re.search(r"\b(?:and|or)\b", text[at:m_lo]):
                break  # "by A, B or C, and the Commission said": the list ends at "or C"
            at = m_hi
        if agents:
            return list(dict.fromkeys(agents)), None, "passive-by"
    relative = _relative_antecedent(state, near, mentions, starts, s_lo, c_lo, p_lo)
    if relative == [_NOBODY]:
        return [], None, ""  # "the statement of the council, which described ...": not an actor
    if relative:
        return relative, None, "relative"
    # "Kishida said Japan would never recognise their outcome": the reported clause's
    # subject holds the position, and so does the person who reports it
    reports = list(REPORTED_RE.finditer(text, s_lo, c_lo)) if verb_cue else []
    rv = reports[-1] if reports else None
    if rv is not None and _new_clause_subject(text, rv.end(), c_lo):
        rv = None  # "X said ..., while others rushed to ...": the cue is not in X's report
    if (
        rv is not None
        and THIRD_PARTY_RE.match(text, rv.end(), c_lo)
        and not any(rv.end() <= t[0] < c_lo for t in near)
    ):
        # "X told supporters that the same Western powers now condemning the ballot ...":
        # the cue is about others that the text does not name
        return [], None, ""
    if rv is not None:
        reported = _clause_subjects(text, near, rv.end(), c_lo, None)
        if not reported:
            # 'said Washington was "troubled" by ... and did not recognise the vote': the
            # subject right after the verb, however long its predicate
            first = next((t for t in near if rv.end() <= t[0] < c_lo), None)
            if (
                first is not None
                and not text[rv.end() : first[0]].strip()
                and text[first[1] : first[1] + 2] not in ("'s", "’s")
                and not _new_clause_subject(text, first[1], c_lo)
            ):
                reported = [first[2]]
        if not reported:
            # "The Turkish foreign ministry said in a statement that ...": its state
            owner = _institution_subject(text, mentions, starts, s_lo, rv.start(), p_lo)
            if owner is not None:
                return [owner], None, "reported-institution"
        if not reported and REPORTED_GOVERNMENT_RE.match(text, rv.end()):
            # "Szijjarto said the government regarded the result as binding": the speaker's
            # government is their state
            main = _clause_subjects(text, near, s_lo, rv.start(), (ActorKind.PERSON,))
            speaker = state.actors.get(main[-1]) if main else None
            if speaker is not None and speaker.affiliation in state.actors:
                return [speaker.key, speaker.affiliation], None, "reported-government"
        if reported:
            main = _clause_subjects(text, near, s_lo, rv.start(), None)
            # the one who reports: a person named in the main clause before an institution
            # in apposition ("X, the president of the Commission, says that ...")
            persons = [
                k
                for k in main
                if state.actors[k].kind is ActorKind.PERSON
                and not _principal(text, mentions, starts, k, s_lo, rv.start())
            ]
            reporter = persons[-1:] or main[-1:]
            if reporter and SHOULD_RE.search(text, rv.end(), c_lo):
                # "X said Slovenia should be the first to recognise it": X urges; Slovenia
                # has not taken the position
                return reporter, None, "reported-advice"
            return list(dict.fromkeys([*reported, *reporter])), None, "reported-clause"
        if THEY_RE.match(text, rv.end()):
            # "A, B and C have declared that they do not recognise it": the declarers
            group = _list_subject(text, near, s_lo, rv.start())
            if group:
                return group, None, "reported-they"
    in_quotes = [(a, b) for a, b, _ in quoted[max(0, k - 20) : k + 20]]
    clause_lo = s_lo
    for cm in CLAUSE_RE.finditer(text, s_lo, c_lo):
        if not any(a <= cm.start() < b for a, b in in_quotes):
            clause_lo = cm.end()
    people = [
        t for t in mentions[bisect_left(starts, clause_lo) : bisect_left(starts, c_lo)]
        if t[4] == "demonym" and text[t[1] - 1 : t[1]] == "s" and not any(a <= t[0] < b for a, b, _ in quoted)
    ]
    if people and not [t for t in near if people[-1][0] < t[0] < c_lo]:
        return [], None, ""  # "Australians had rejected ...": the voters, not an actor
    joined = _joined_subject(text, near, clause_lo, c_lo, in_quotes)
    if joined is not None:
        return [joined], None, "joined-subject"
    # a clause with a subject of its own that names no actor ("..., while the leaders of two
    # other entities rushed to congratulate"): the sentence's first subject is not its subject
    starts_own = clause_lo > s_lo and (
        OWN_SUBJECT_RE.match(text, clause_lo, c_lo) is not None or text[clause_lo - 1] == ";"
    )
    for lo in (clause_lo,) if starts_own else (clause_lo, s_lo):
        subjects: list[str] = []
        last_end = -1
        governed_end = -1  # the end of the last mention governed by a preposition
        for m_lo, m_hi, key, _kind, _via in near:
            if m_lo < lo or m_lo >= c_lo:
                continue
            if governed_end >= 0 and _AGENTS_RE.fullmatch(text[governed_end:m_lo]):
                governed_end = m_hi
                continue  # "a mission drawn from Chile, Uruguay and Canada": still governed
            if any(a <= m_lo < b for a, b in in_quotes):
                continue
            if text.count("(", lo, m_lo) > text.count(")", lo, m_lo):
                continue  # "(Belarus, Nicaragua, Syria)": a list in brackets is no subject
            if text[m_hi : m_hi + 2] in ("'s", "’s"):
                if not subjects and POSSESSED_GOVERNMENT_RE.match(text, m_hi):
                    # "Erdogan's government backed the plan": the person's state
                    d = state.actors.get(key)
                    owner = d.affiliation if d is not None and d.kind is ActorKind.PERSON else key
                    if owner in state.actors and state.actors[owner].kind is ActorKind.STATE:
                        subjects.append(owner)
                        if owner != key:
                            subjects.append(key)  # the head of that government with it
                        last_end = m_hi
                continue
            if text[m_hi : m_hi + 1] == "-":
                continue
            if ATTRIBUTIVE_RE.match(text, m_hi):
                continue  # "a Security Council resolution condemning the votes": a modifier
            if text[max(0, m_lo - 4) : m_lo].lower() in ("pro-", "nti-"):
                continue  # "pro-Moscow voters", "anti-Russia"
            if subjects:
                # coordinated subjects: "the EU and US condemned it"
                if _AGENTS_RE.fullmatch(text[last_end:m_lo]):
                    subjects.append(key)
                    last_end = m_hi
                    continue
                break
            window = text[max(s_lo, m_lo - 25) : m_lo]
            if PREP_BEFORE_RE.search(window) and not INSTITUTION_OF_RE.search(window):
                governed_end = m_hi
                continue
            governed_end = -1
            nxt = next((t for t in near if m_hi <= t[0] <= m_hi + 40), None)
            if (
                nxt is not None
                and nxt[3] is ActorKind.PERSON
                and TITLE_GAP_RE.fullmatch(text, m_hi, nxt[0])
            ):
                # "President of Belarus Alexander Lukashenko recognised": the person acts
                key, m_hi = nxt[2], nxt[1]
            elif (
                nxt is not None
                and nxt[3] is ActorKind.PERSON
                and HEAD_OF_RE.match(text, lo, m_lo)
                and APPOSED_GAP_RE.fullmatch(text, m_hi, nxt[0])
                and text[nxt[1] : nxt[1] + 1] == ","
            ):
                # "The rapporteur of the Assembly of X, Jane Roe, said": the person in
                # apposition to the title is the subject, not the body the title names
                key, m_hi = nxt[2], nxt[1]
            subjects.append(key)
            last_end = m_hi
        if subjects:
            pm = PAREN_REPORT_RE.match(text, last_end)
            if pm is not None:
                # "Brazil, he added, was taking no position": the one who says so too
                i = bisect_left(starts, last_end)
                for _a, _b, key, kind, _via in reversed(mentions[max(0, i - 60) : i]):
                    if kind is ActorKind.PERSON and key not in subjects:
                        subjects.append(key)
                        break
            return list(dict.fromkeys(subjects)), None, "subject"
    role_holder = _role_subject(state, mentions, starts, clause_lo, c_lo)
    if role_holder is not None:
        return [role_holder], None, "title"
    institution = _institution_subject(text, mentions, starts, clause_lo, c_lo, p_lo, reports=True)
    if institution is not None:
        return [institution], None, "institution"
    clause = text[clause_lo:c_lo]
    cm2 = COLLECTIVE_SUBJ_RE.search(clause)
    pm = PRONOUN_SUBJ_RE.search(text, clause_lo, c_lo)
    if pm and pm.group().lower() in ("they", "it") and CROWD_RE.search(text, clause_lo, pm.start()):
        pm = None  # "45% of those asked said they backed Brexit": not an actor
    if pm and not (cm2 and clause_lo + cm2.start() < pm.start()):
        word = pm.group().lower()
        want = (ActorKind.PERSON,) if word in ("he", "she") else (
            ActorKind.STATE, ActorKind.ORGANIZATION, ActorKind.GROUP)
        i = bisect_left(starts, pm.start())
        for m_lo, _m_hi, key, kind, via in reversed(mentions[max(0, i - 200) : i]):
            if kind in want and via != "demonym" and not any(a <= m_lo < b for a, b in in_quotes):
                return [key], None, "pronoun"
    return [], None, ""


@attrs.define
class _Draft:
    """A stance while its evidence is being gathered (one per actor and position)."""

    actor: str
    referendum: str | None
    position: Position
    evidence: list[Span]
    statements: list[str]
    grounds: list[str]
    stated_on: date | None
    rule: str

    def build(self) -> Stance:
        return Stance(
            actor=self.actor,
            referendum=self.referendum,
            position=self.position,
            evidence=tuple(self.evidence),
            statements=tuple(self.statements),
            grounds=tuple(self.grounds),
            stated_on=self.stated_on,
            rule=self.rule,
        )


def _grounds(sentence: str) -> tuple[str, ...]:
    """The grounds a sentence gives for a position, in the order of :data:`GROUNDS`.

    >>> _grounds("a breach of international law and of Ukraine's sovereignty")
    ('sovereignty', 'international law')
    """
    low = sentence.lower()
    if not any(w in low for w in _GROUND_WORDS):
        return ()  # every ground's pattern needs one of these words
    seen = {m.lastgroup for m in GROUNDS_RE.finditer(sentence)}
    return tuple(g for i, (g, _rx) in enumerate(GROUNDS) if f"g{i}" in seen)


# a word (lower case) that each pattern of GROUNDS needs
_GROUND_WORDS = ("integrity", "sovereign", "charter", "international", "constitution", "gun", "force", "muzzle")


def _add(
    state: ParseState,
    drafts: dict[tuple[str, Position], _Draft],
    facts: dict[tuple[int, int], tuple[tuple[str, ...], date | None]],
    holder: str,
    position: Position,
    ref_id: str | None,
    s_lo: int,
    s_hi: int,
    statement_id: str | None,
    rule: str,
) -> None:
    d = state.actors.get(holder)
    if d is None:
        return
    known = facts.get((s_lo, s_hi))
    if known is None:
        sentence = state.text[s_lo:s_hi]
        known = facts[(s_lo, s_hi)] = (_grounds(sentence), first_date(sentence, state.published))
    grounds, stated_on = known
    if statement_id is not None and stated_on is None:
        st = next((s for s in state.statements if s.id == statement_id), None)
        stated_on = st.said_on if st else None
    evidence = trusted_span(s_lo, s_hi)
    key = (holder, position)
    old = drafts.get(key)
    if old is None:
        d.relevant = True
        drafts[key] = _Draft(
            actor=holder,
            referendum=ref_id,
            position=position,
            evidence=[evidence],
            statements=[statement_id] if statement_id else [],
            grounds=list(grounds),
            stated_on=stated_on,
            rule=rule,
        )
        state.note("stances", rule, evidence, f"{holder} {position.value}")
        return
    if evidence not in old.evidence:
        old.evidence.append(evidence)
    if statement_id and statement_id not in old.statements:
        old.statements.append(statement_id)
    old.grounds.extend(g for g in grounds if g not in old.grounds)
    old.stated_on = old.stated_on or stated_on
