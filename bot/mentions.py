"""Which platforms, countries, regions and removal verbs a text mentions, and where.

A sentence is split into word tokens once; names are then found by looking word sequences up in
dictionaries built from the vocabulary.  That is several times faster than one regular expression
with hundreds of alternatives, which matters when loading thousands of documents.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.vocabulary import (
    ACTIONS,
    CAPITALS_ONLY_ALIASES,
    CASE_SENSITIVE_ALIASES,
    PHRASAL_ACTIONS,
    REGIONS,
    country_aliases,
    platform_aliases,
)

# Words, with inner apostrophes and dots kept ("People's", "U.S."); a final full stop is part of a word only after
# an inner one ("U.S." keeps it, "Iran." does not)
WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*(?:\.[A-Za-z]+(?:['’.][A-Za-z]+)*\.?)?")
# a removal denied, or only planned ("will remove", "plans to suspend"): no takedown yet
NEGATION = re.compile(r"\b(?:not|never|no\s+longer|refused\s+to|declined\s+to|failed\s+to|did\s+not|didn't|won't|"
                      r"will|plans?\s+to|planning\s+to|intends?\s+to|is\s+(?:going|set)\s+to)\s+"
                      r"(?:\w+\s+){0,2}$"
                      # ("a cluster of 23 accounts that no platform has removed so far")
                      r"|\bno\s+(?:other\s+)?(?:platform|company|one|social\s+network)s?\s+(?:has|had|have)\s+"
                      r"(?:yet\s+|so\s+far\s+|ever\s+)?$"
                      # ("Not all of those were blocked: the group said some had been legitimate pages")
                      r"|\bnot\s+all\s+(?:of\s+)?(?:them|those|these|the\s+\w+)\s+(?:were|was|have\s+been|had\s+been)\s+$",
                      re.I)
# a removal asked for, not done: "pressure from lawmakers to find and remove…", "asked Twitter to suspend…",
# "refused a demand from Peru's Ministry of the Interior to block…"
REQUESTED = re.compile(r"\b(?:pressure|pressed|press|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|call(?:s|ed|ing)?\s+on|"
                       r"demand(?:s|ed|ing)?|want(?:s|ed)?|expected|needs?|efforts?|push(?:es|ed|ing)?|required?|"
                       r"order(?:s|ed)?|tri(?:es|ed)|try(?:ing)?|struggl(?:e|es|ed|ing))\s+(?:[\w,'’]+\s+){0,6}?to\s+"
                       r"(?:\w+\s+(?:and|or)\s+)?$"
                       # "a request made by the Vice Ministry in July to suspend 4,300 accounts": asked, not done
                       r"|\brequests?\s+(?:[\w,]+\s+){0,7}?to\s+$"
                       # "so that they can take action against these operations too": what others may do
                       r"|\bso\s+(?:that\s+)?(?:\w+\s+){1,3}(?:can|could|may|might)\s+(?:also\s+)?$"
                       # "our teams continue to remove thousands of fake accounts every day": a routine, not a takedown
                       r"|\bcontinu(?:e|es|ed|ing)\s+to\s+$"
                       # "platforms should be required to report takedowns…": what ought to be, not what was done
                       r"|\b(?:should|ought\s+to)\s+(?:[\w,'’]+\s+){0,5}$", re.I)
# "those removals are not included in the figures here": removals already told of, not one more
THOSE_BEFORE = re.compile(r"\b(?:those|these|such)\s+$", re.I)
DETERMINER_BEFORE = re.compile(r"\b(?:the|these|those|its|their)\s+(?:[\d,]+\s+)?$", re.I)
# (whose noun is a possessive or the subject of what follows; "Among the removed assets, 700 are…" still removes)
ATTRIBUTIVE = re.compile(r"\w+ed\s+(?:[A-Z]\w*\s+)?(?:accounts?|pages?|channels?|groups?|profiles?|communit(?:y|ies)|"
                         r"subreddits?|assets?|networks?)(?:['’]|\s+(?:had|have|has|were|was|are|is|received|got|"
                         r"included|grew|posted)\b)", re.I)
NOUN_FORM = re.compile(r"(?:blocks|bans|removals|takedowns|suspensions|terminations|deletions|purges)\b", re.I)
# "publishes a monthly tracker of takedowns": others' removals, recorded, not one told
RECORD_OF = re.compile(r"\b(?:tracker|database|list|record|log|archive|tally|history|map|timeline|catalogue|catalog)s?"
                       r"\s+of\s+(?:(?:recent|past|platform|such)\s+)?$", re.I)
THE_BEFORE = re.compile(r"\b(?:the|its|their)\s+$", re.I)
# "(…; re-entry removals excluded)": removals a tally leaves out, not removals told
LEFT_OUT_AFTER = re.compile(r"\w+\s+(?:excluded|not\s+included|left\s+out)\b", re.I)
REMOVAL_NOUN = re.compile(r"(?:removals?|takedowns?|suspensions?|sweeps?)\b", re.I)
PLATFORM_SUBJECT_GAP = re.compile(r"\s+(?:(?:also|has|had|have|publicly|formally|then|later|separately)\s+){0,2}")
PASSIVE_JUST_BEFORE = re.compile(r"\b(?:is|was|are|were|been|being|remains|remained|got|gets)\s+(?:\w+ly\s+)?$", re.I)
PLATFORM_PASSIVE = re.compile(r"(?:\s+itself)?\s+(?:(?:has|have|had)\s+been|is|was|are|were|remains|remained|got|gets)"
                              r"\s+(?:(?:also|still|now|already|officially|\w+ly)\s+)?", re.I)
PHRASAL_HINT = {"down", "off", "acted", "archive", "archives", "up", "public", "data", "details", "information",
                "offline", "action", "rid", "control", "seize", "seizes", "seized", "seizing", "access", "registration",
                "creation", "created", "signup", "sign", "listed", "lists", "listing"}
# a platform before these words is what was counted, not who acted ("3 Instagram accounts")
UNIT_NEXT = re.compile(r"\s+(?:fake\s+)?(?:accounts?|pages?|groups?|channels?|profiles?|handles?)\b", re.I)
# "shared information with Twitter": a platform after these words is an object, not the subject
# (but not a day: "On March 31 X suspended…", "On Tuesday, Meta said…", nor a year: "In the first half of 2023 TikTok
# removed…")
OBJECT_BEFORE = re.compile(r"\b(?:with|about|on|to|from|than|like|(?<!even\s)(?<!just\s)as|by|of|at)\s+"
                           r"(?!(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
                           r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\.?,?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?"
                           r"(?:\d{4},?\s+)?$)(?!(?:19|20)\d\d,?\s+$)"
                           # ("on 22 January X suspended…": a date, day first)
                           r"(?!\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+"
                           r"(?:\d{4},?\s+)?$)(?:\w+(?:'s)?\s+){0,2}$", re.I)

DIGIT = re.compile(r"\d")
Token = tuple[str, int, int]  # the word as written, start, end
PhraseTable = dict[str, dict[tuple[str, ...], str]]  # first word -> {word sequence -> canonical name}


@lru_cache(maxsize=8192)
def tokens(text: str) -> tuple[Token, ...]:
    """The words of a text with their spans; "Iran." loses its full stop, "U.S." keeps its own."""
    if "'" not in text and "’" not in text:
        return tuple([(match[0], match.start(), match.end()) for match in WORD.finditer(text)])  # no possessives
    found = []
    for match in WORD.finditer(text):
        word, start, end = match[0], match.start(), match.end()
        if word[-2:] in ("'s", "’s"):  # "Serbia's ruling party": the country, then the possessive
            found.append((word[:-2], start, end - 2))
            found.append(("'s", end - 2, end))  # either apostrophe: "People’s Republic" is "People's Republic"
        else:
            found.append((word, start, end))
    return tuple(found)


@lru_cache(maxsize=1024)
def folded(text: str) -> tuple[str, ...]:
    """The words of a text in lower case, as the case-blind lookups (platforms, verbs, gates) compare them."""
    return tuple([word.lower() for word, _, _ in tokens(text)])


@lru_cache(maxsize=1024)
def written(text: str) -> tuple[str, ...]:
    """The words of a text as written, as the case-sensitive lookups (countries, network names) compare them."""
    return tuple([word for word, _, _ in tokens(text)])


def phrase_table(aliases: dict[str, str], fold_case: bool) -> PhraseTable:
    """First word -> {alias word sequence (as tokens show it) -> canonical name}, longest sequences first.

    A name with digits is left out: tokens have no digits, so "Storm-1376" would shrink to "Storm" and
    match every "Storm-…" name.  `whole_names` finds those."""
    table: dict[str, dict[tuple[str, ...], str]] = {}
    for alias, name in aliases.items():
        words = tuple(w.lower() if fold_case else w for w, _, _ in tokens(alias))
        if words and not DIGIT.search(alias):
            table.setdefault(words[0], {})[words] = name
    return {first: dict(sorted(phrases.items(), key=lambda item: -len(item[0]))) for first, phrases in table.items()}


def whole_names(aliases: dict[str, str]) -> list[tuple[re.Pattern[str], str]]:
    """(pattern, canonical name) for each alias with digits ("Storm-1376", "UNC1151"), matched as a whole word
    in any case, since `phrase_table` cannot hold them."""
    return [(re.compile(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", re.I), name)
            for alias, name in aliases.items() if DIGIT.search(alias)]


_PLATFORM_CI = phrase_table(
    {a: n for a, n in platform_aliases().items() if a not in CASE_SENSITIVE_ALIASES}, fold_case=True)
_PLATFORM_CS = phrase_table(
    {(a.upper() if len(a) <= 3 or a in CAPITALS_ONLY_ALIASES else a.title()): n for a, n in platform_aliases().items()
     if a in CASE_SENSITIVE_ALIASES}, fold_case=False)
# a word the case-sensitive aliases can start with, as tokens cut words: most sentences have none
_SHORT_ALIAS = re.compile(rf"(?<![A-Za-z])(?:{'|'.join(map(re.escape, _PLATFORM_CS))})(?![A-Za-z])")
_COUNTRY = phrase_table(country_aliases(), fold_case=False)
_REGION = phrase_table({r: r for r in REGIONS}, fold_case=False)
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w-]*\s+$")  # a country name inside a longer name ("Latin America")
# "160 accounts on X"
_ON_X = re.compile(r"\b(?:accounts|profiles|posts|channels|users|handles|publications)\s+(?:on|from)\s+$")
_LISTED_BETWEEN = re.compile(r",\s+|\s+(?:and|or|&)\s+|,\s+(?:and|or)\s+")
# ("X went further in numbers.": the sentence's subject, before a word in lower case)
_OPENS = re.compile(r"[\s*_\"“]*")
_VERB_AFTER = re.compile(r"\s+[a-z]{2,}\b(?!\s+(?:of|to|and|or)\b)")
# ("X: removed 11 of the 38 posts…", a list's label before what it did)
_X_AS_COMPANY = re.compile(r"[*_]*\s*(?:\(|,|'s|:\s+(?:\w+\s+)?(?:removed|suspended|took|banned|deleted|blocked)\b|"
                           # ("- **X**: 455 accounts;", a list's label before what it removed)
                           r":[*_]*\s+(?:about\s+|some\s+|over\s+|more\s+than\s+)?\d|"
                           r"\s+(?:said|says|has|have|had|also|on|suspended|removed|took|deleted|"
                           r"banned|"
                           r"announced|corp|formerly|is|was|disclos\w*|[Ss]afety|transparency|told|tells|did|does|declined|confirmed|"
                           r"denied|responded|replied|added|stated|would|will|spokes\w*|began|started|launched|acted|"
                           r"terminated|blocked|restricted|credits|credited|thanks|thanked|attributed|traced|identified|"
                           r"reported|shared|noted|"
                           # ("X suspends 612 accounts…", "…opened with X suspending 3,418 accounts")
                           r"suspends|removes|bans|deletes|blocks|terminates|takes|suspending|removing|banning|deleting|"
                           r"blocking|terminating|taking))")


def scan_phrases(text: str, table: PhraseTable, fold_case: bool) -> list[tuple[str, int, int]]:
    """Longest-first dictionary matches of word sequences, left to right, without overlaps."""
    words = tokens(text)
    keys = folded(text) if fold_case else written(text)
    found = []
    free_from = 0  # the first word not inside a phrase already found
    for index in [i for i, key in enumerate(keys) if key in table]:  # the few words a phrase can start with
        if index < free_from:
            continue
        for phrase, name in table[keys[index]].items():
            if keys[index:index + len(phrase)] == phrase:
                found.append((name, words[index][1], words[index + len(phrase) - 1][2]))
                free_from = index + len(phrase)
                break
    return found


@lru_cache(maxsize=8192)
def platforms_in(text: str) -> tuple[tuple[str, int, int], ...]:
    """(platform, start, end) for every platform the text names, in order.

    Short aliases count only as written ("FB", "IG", "Meta"); a lone "X" is Twitter only where it
    acts like a company name ("X said", "X, formerly Twitter").
    """
    found = scan_phrases(text, _PLATFORM_CI, fold_case=True)
    for name, start, end in scan_phrases(text, _PLATFORM_CS, fold_case=False) if _SHORT_ALIAS.search(text) else ():
        if text[start:end] in ("X", "Snap", "Medium") and not _acts_as_company(text, start, end, found):
            continue  # "X", "Snap" and "Medium" are companies only where they act like one ("Snap said", "X,
            # formerly…"; not "Medium confidence")
        found.append((name, start, end))
    return sorted(found, key=lambda item: item[1])


def publishing_platform(publisher: str) -> str | None:
    """The platform a publisher's name opens with ("Meta", "TikTok Transparency Center", "Snap Privacy, Safety and
    Policy Hub"; not "Reuters on Meta"): a publisher's own name is a company's, so a short alias counts there
    without the context running text needs ("Snap said")."""
    found = [*platforms_in(publisher), *scan_phrases(publisher, _PLATFORM_CS, fold_case=False)]
    return next((name for name, start, _ in found if start == 0), None)


def _acts_as_company(text: str, start: int, end: int, found: list[tuple[str, int, int]]) -> bool:
    """Whether a lone "X" or "Snap" is the company: one of a list of platforms ("YouTube, X and Meta took down…"),
    before what a company does ("X said", "X, formerly…"), where accounts are ("accounts on X"), or a sentence's
    subject before its verb ("X went further…")."""
    if any(_LISTED_BETWEEN.fullmatch(text, other_end, start) or _LISTED_BETWEEN.fullmatch(text, end, other)
           for _, other, other_end in found) or _X_AS_COMPANY.match(text[end:]):
        return True
    if text[start:end] == "Medium":  # ("publications on Medium"; but "Medium confidence" opens no company's sentence)
        return _ON_X.search(text, max(0, start - 30), start) is not None
    return text[start:end] == "X" and (_ON_X.search(text, max(0, start - 30), start) is not None or (
        _OPENS.fullmatch(text, 0, start) is not None and _VERB_AFTER.match(text, end) is not None))


_WATERS_AFTER = re.compile(r"\s+(?:Sea|Strait)\b")
_WATERS_BEFORE = re.compile(r"\b(?:Gulf|Sea)\s+of\s+(?:the\s+)?$")


@lru_cache(maxsize=8192)
def countries_in(text: str) -> tuple[tuple[str, int, int], ...]:
    """(country, start, end) for every country, demonym or alias the text names, in order (case as written)."""
    found = scan_phrases(text, _COUNTRY, fold_case=False)
    if " Sea" in text or " Strait" in text or "Gulf of " in text:
        # ("Chinese claims in the South China Sea", "the Gulf of Mexico": a sea named after a country, not the country)
        found = [m for m in found if not (_WATERS_AFTER.match(text, m[2]) or _WATERS_BEFORE.search(text, 0, m[1]))]
    if not any(_CAPITAL_BEFORE.search(text, max(0, start - 16), start) for _, start, _ in found):
        return tuple(found)
    regions = scan_phrases(text, _REGION, fold_case=False)  # "Latin America" names no country
    return tuple(m for m in found if not any(start <= m[1] < end for _, start, end in regions))


def without_countries(text: str) -> str:
    """The text with every country it names cut out: what else a phrase such as "based in Iran" says."""
    for _, start, end in reversed(countries_in(text)):
        text = text[:start] + text[end:]
    return text


def regions_in(text: str) -> list[tuple[str, int, int]]:
    """(region, start, end) for regions such as "Middle East" or "Latin America" (not "Pacific" as a word that
    describes, or part of a name: "the Pacific territory of New Caledonia", "the Pacific Ocean", "Pacific Desk")."""
    return [found for found in scan_phrases(text, _REGION, fold_case=False)
            if not (found[0] == "Pacific" and DESCRIBES_AFTER.match(text, found[2]))]


DESCRIBES_AFTER = re.compile(r"\s+(?:(?:territory|nation|state|country|island|archipelago)\s+of\b|[A-Z])")


@lru_cache(maxsize=8192)
def actions_in(text: str) -> tuple[tuple[str, int], ...]:
    """Every removal verb in the text as (lemma, position), in order; negated ones ("did not remove") left out."""
    keys = folded(text)
    found = [(ACTIONS[key], word[1]) for key, word in zip(keys, tokens(text), strict=True) if key in ACTIONS]
    if not PHRASAL_HINT.isdisjoint(keys):
        for pattern, lemma in PHRASAL_ACTIONS:
            found += [(lemma, m.start()) for m in pattern.finditer(text)]
    kept = [(lemma, at) for lemma, at in found if not NEGATION.search(text[max(0, at - 40):at])
            and not REQUESTED.search(text[max(0, at - 70):at])
            and not (THOSE_BEFORE.search(text, max(0, at - 12), at) and REMOVAL_NOUN.match(text, at))
            # ("…mirror channels have appeared since the blocks": the noun, not a removal told)
            and not (NOUN_FORM.match(text, at) and (THE_BEFORE.search(text, max(0, at - 8), at) or RECORD_OF.search(
                text, max(0, at - 40), at) or LEFT_OUT_AFTER.match(text, at)))
            # ("the 4,300 accounts whose suspension a ministry requested": a removal asked for, named as a noun)
            and not (REMOVAL_NOUN.match(text, at) and text.endswith("whose ", max(0, at - 6), at))
            # "a classifier trained on the removed accounts' features": a participle describing, not an action
            and not (DETERMINER_BEFORE.search(text, max(0, at - 16), at) and ATTRIBUTIVE.match(text, at))
            and (lemma not in ("attributed", "listed") or _platform_right_before(text, at))
            and not (PASSIVE_JUST_BEFORE.search(text, max(0, at - 40), at) and _platform_acted_on(text, at))
            # "channels that had been deleted by their owners": not the platform's doing
            and not BY_THEIR_OWN.match(text, at)
            # "once we pulled on it", "our team pulled the thread": a lead followed, not a removal
            and not (lemma == "pulled" and PULLED_ON.match(text, at))
            # "we may restrict access to such content": what it might do
            and not MODAL_JUST_BEFORE.search(text, max(0, at - 12), at)
            # "in the 48 hours after polls closed": what closed, not who closed something
            and not (text.startswith("closed", at) and CLOSED_ITSELF.search(text, max(0, at - 30), at))
            # "provide the data with personal details removed": how something else is, not a removal
            and not (WITH_THINGS_BEFORE.search(text, max(0, at - 40), at) and text.startswith(("removed", "deleted",
                                                                                               "blocked"), at))]
    return tuple(sorted(kept, key=lambda item: item[1]))


# (not "with the accounts removed within hours": what a platform removes)
WITH_THINGS_BEFORE = re.compile(r"\bwith\s+(?:(?:the|its|their|all|any|some)\s+)?(?!(?:[a-z-]+\s+)?(?:accounts?|"
                                r"pages?|channels?|groups?|profiles?|videos?|posts?|networks?)\b)(?:[a-z][a-z-]*\s+){1,2}$")
CLOSED_ITSELF = re.compile(r"\b(?:polls|voting|stations?|booths|doors|markets|schools|borders|offices)\s+"
                           r"(?:had\s+|have\s+|were\s+)?$", re.I)
PULLED_ON = re.compile(r"pulled\s+(?:on|at|together|back|ahead|out\s+of|(?:the|a|that|this)\s+threads?)\b", re.I)
MODAL_JUST_BEFORE = re.compile(r"\b(?:may|might|could|can|would)\s+$", re.I)
BY_THEIR_OWN = re.compile(r"\w+\s+by\s+(?:(?:their|its|the)\s+(?:own\s+)?(?:owners?|creators?|admins?|administrators?|"
                          r"operators|users?|authors?)\b"
                          # ("nine of the 48 Pages had been deleted by whoever ran them", "…by the network's operators")
                          r"|whoever\s+(?:ran|runs|run|operated|created|controlled)\b"
                          r"|the\s+(?:network|operation|campaign)['’]s\s+(?:operators|owners|admins|administrators)\b"
                          r"|the\s+people\s+(?:who\s+ran|behind)\b)", re.I)


def _platform_right_before(text: str, at: int) -> bool:
    """"Twitter attributed 23,750 accounts to…" reports the platform's own takedown; researchers or a story
    that "attributed" accounts credit nothing to a platform."""
    return any(PLATFORM_SUBJECT_GAP.fullmatch(text[end:at]) for _, _, end in platforms_in(text[:at]))


def _platform_acted_on(text: str, at: int) -> bool:
    """"Twitter itself is blocked in mainland China", "TikTok was banned in India": the platform was what was
    removed, not who removed."""
    return any(PLATFORM_PASSIVE.fullmatch(text[end:at]) for _, _, end in platforms_in(text[:at]))


def action_in(text: str) -> tuple[str, int] | None:
    """The first removal verb in the text (lemma, position), or None."""
    actions = actions_in(text)
    return actions[0] if actions else None
