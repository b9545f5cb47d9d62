"""What a count counts: "652 fake accounts", "783 Pages, groups and accounts", "51 Facebook accounts".

A count becomes a takedown figure only with a unit a platform removes after it (a few modifiers
allowed in between); a count followed by "followed", "joined" and the like is reach, not a figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from bot.mentions import actions_in, countries_in
from bot.numbers import Count, counts_in
from bot.vocabulary import ASSET_UNITS, NETWORK_UNITS, UNIT_WORDS, platform_aliases


def alias_pattern(aliases: list[str]) -> str:
    return "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True))


# Words that announce where a network came from, or who it was tied to.
# "2,000 accounts that followed the Pages": the audience; but "12 Pages, followed by 210,000 people" were removed
REACH_AFTER = re.compile(r"^\W*(?:that\s+|who\s+)?(?:had\s+|have\s+|were\s+|are\s+)?(?:followed|follow|following|"
                         r"joined|liked|subscribed|expressed|viewed|watched|engaged\s+with|interacted|(?:were|are)\s+members\s+of|"
                         # "about 86,000 accounts belonged to at least one of the Groups": members, no removal
                         r"belonged\s+to\s+(?:at\s+least\s+)?one\s+of)"
                         r"\b(?!\s+by\b)", re.I)
# "followed by 290,000 accounts": the accounts are the audience, not what was removed
REACH_BEFORE = re.compile(r"\b(?:followed|liked|joined|viewed|watched|subscribed\s+to)\s+by\s+(?:\w+\s+){0,2}$"
                          r"|\bfollowing\s+of\s+(?:\w+\s+){0,2}$"
                          # ("platforms with more than 100,000 users in the Republic of Moldova": how big they are)
                          r"|\b(?:platforms?|services?|apps?|sites?|companies)\s+with\s+$", re.I)
UNIT_MODIFIERS = re.compile(
    r"^(?:\s+[\"“][A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*){0,3}[\"”]"  # a quoted name: 'Honduran "Red Cumbre" network'
    # (a comma between two of them: "more than 41,000 automated, spammy accounts")
    r"|(?:(?<=[a-z]),)?\s+[\"“]?(?:fake|false|bogus|phony|phoney|malicious|suspicious|inauthentic|additional|more|further|other|new|"
    r"similar|such|advertising|"
    r"separate|related|associated|automated|spam|spammy|bot|troll|sock\s?puppet|state-\w+|pro-\w+|anti-\w+|"
    r"\w+-linked|\w+-based|\w+-backed|\w+-run|\w+-affiliated|\w+-sponsored|\w+-language|propaganda|political|"
    r"coordinated|hacked|compromised|core|verified|amplifier|amplification|individual|distinct|active|dormant|covert|influence|deceptive|"
    r"foreign|domestic|information|web|internet|behaviou?r|"
    # what the personas or Pages posed as: "1,100 fake recruiter profiles", "60 company pages"
    r"recruiter|company|business|brand|fan|community|personal|employer|job|student|journalist|reporter|activist|"
    r"influencer|commenter|local|regional|member|customer|client|developer|"
    # what kind of channel or account: "214 public channels", "40 burner accounts", "12 mirror sites"
    r"public|private|anonymous|broadcast|duplicate|impostor|imposter|copycat|look-?alike|parody|mirror|backup|"
    r"throwaway|burner|paid|premium|(?:newly[\s-])?created|official|"  # ("418 official accounts", on LINE)
    r"open|chat|"  # ("61 open chat rooms", on KakaoTalk)
    r"(?:facebook|instagram|twitter|youtube)\s+and\s+(?:facebook|instagram|twitter|youtube)|"  # "Facebook and IG"
    r"facebook|instagram|twitter|youtube|tiktok|reddit|google|blogger|telegram|whatsapp|linkedin|threads|ad|chatgpt|"
    r"openai|bluesky|snapchat|kakaotalk|kakao|naver|"
    r"removed|suspended|banned|deleted|terminated|disabled|referred|flagged|reported|"
    r"ads|adsense|play|user|news|media|[A-Z][a-z]+(?:n|i|ese|ish|ian)|(?-i:[A-Z][A-Z0-9-]{2,})|(?-i:X)|"
    r"of\s+(?:its|their|the)"
    # a network's name before the unit: "9,870 Paper Lantern channels" (a capitalised word, not a unit, with more
    # such words and then an asset after it; not "the two Gulf networks")
    rf"|(?!(?:{alias_pattern(list(UNIT_WORDS))})\b)(?-i:[A-Z][a-z]+)(?=(?:\s+(?-i:[A-Z][a-z]+))*\s+"
    rf"(?:{alias_pattern([w for w, unit in UNIT_WORDS.items() if unit not in NETWORK_UNITS])})\b))\b[\"”']?)*",
    re.I,
)
UNIT_ALTERNATION = alias_pattern(list(UNIT_WORDS))
# a unit joined to its figure, in a phrase naming a takedown: "27,217-account network", "783-asset Iran takedown"
HYPHENED_UNIT = re.compile(r"-(?:account|page|channel|asset|profile)\s+(?:[\w'-]+\s+){0,2}?(?:network|takedown|"
                           r"operation|campaign|set|cluster|purge|sweep|crackdown)s?\b", re.I)
UNIT_RE = re.compile(rf"^\s*(?P<unit>{UNIT_ALTERNATION})\b", re.I)
UNIT_WORD_RE = re.compile(rf"\b(?:{UNIT_ALTERNATION})\b", re.I)
PLATFORM_ALIASES = platform_aliases()
BARE_UNITS = re.compile(
    rf"\b(?:{UNIT_ALTERNATION})\b(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)(?:{UNIT_ALTERNATION})\b)*", re.I)
# cheap gates: a sentence with none of these cannot hold what the expensive patterns look for
UNIT_LIST_TAIL = re.compile(
    rf"^(?P<tail>(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s+or\s+)(?:(?:fake|facebook|instagram|related)\s+)?"
    rf"(?:{UNIT_ALTERNATION})\b)+",
    re.I,
)
SURFACES = {"facebook": "Facebook", "instagram": "Instagram", "twitter": "Twitter", "youtube": "YouTube",
            "tiktok": "TikTok", "reddit": "Reddit", "blogger": "Blogger", "telegram": "Telegram",
            "adsense": "AdSense", "ads": "Ads", "advertising": "Ads", "play": "Play", "whatsapp": "WhatsApp",
            "threads": "Threads", "x": "Twitter"}  # "1,000 X accounts": written as such, "x" is X
SURFACE_WORD = re.compile(rf"\b(?:{'|'.join(SURFACES)})\b")  # in lower-case text
# "26 accounts on Instagram": the surface named after the unit (one platform, not "on Facebook and Instagram")
SURFACE_AFTER = re.compile(r"^\s+on\s+(?P<surface>facebook|instagram|twitter|youtube|tiktok|reddit|telegram|threads)\b"
                           r"(?!\s*(?:,|and\b|or\b)\s*(?:and\s+)?(?:facebook|instagram|twitter|youtube|tiktok|reddit|"
                           r"telegram|whatsapp|messenger)\b)", re.I)
POSSESSIVE = re.compile(r"['’]s\b")
GROUP_OF = re.compile(r"\s+of\s+(?:(?:(?i:fake|inauthentic|suspicious)|[A-Z]\w+)\s+)?")
NOT_THE_UNIT = re.compile(r"\s+(?:sets?|holders?|names?|views|executives?|administrators?|owners?|operators?|members?|"
                          # ("about 52,000 Page followers", "9,000 channel subscribers": an audience)
                          r"followers?|subscribers?|likes|fans|viewers|of\s+directors)\b",
                          re.I)
# ("…its largest market, with over 37 crore Facebook users and more than 50 crore WhatsApp users": both audiences)
HAS_BEFORE = re.compile(r"\b(?:has|have|had|boasts?|serves?|reaches|reached|of|over|with)\s+(?:\w+\s+){0,2}$"
                        r"|\busers\s+(?:and|,)\s+(?:\w+\s+){0,2}$", re.I)
ELIDED_BEFORE = re.compile(r"\s+(?:(?:it|that|which|they)\s+)?(?:(?:were|was|are)\s+)?"
                           r"(?:from|in|linked\s+to|tied\s+to|connected\s+to|"
                           r"associated\s+with|based\s+in|run\s+from|operated\s+from|originat\w*\s+(?:in|from)|"
                           r"targeting|aimed\s+at|focused\s+on)"  # ("310 accounts targeting X and 96 targeting Y")
                           # (and "14,866 channels tied to the network in 2021 and 18,520 in 2022")
                           r"\s+[^,;.\d]{2,40}?(?:\s+in\s+(?:19|20)\d\d)?(?:,\s*|\s+and\s+|,\s*and\s+)"
                           r"|\s+in\s+(?:19|20)\d\d(?:,\s*|\s+and\s+|,\s*and\s+)", re.I)
# (and "roughly 750 it believed originated in Iran", "some 7,300 aimed at domestic audiences in Turkey")
# (and "640 channels in January, 812 in February and 863 in March": each month's figure)
ELIDED_AFTER = re.compile(r"\s+(?:(?:it|that|which|they)\s+(?:said|says|believed|believes|thought|suspected|"
                          r"assessed)\s+)?(?:(?:were|was|are)\s+)?(?:from|linked|tied|based|run|operated|connected|"
                          r"associated|attributed|originat\w*|aimed|target(?:ed|ing)|focused)\b"
                          r"|\s+(?:in|during)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
                          r"|\s+in\s+(?:19|20)\d\d\b(?!\s*(?:accounts|pages|channels|groups))", re.I)
# "Russia with 34 networks, Iran with 29 and Mexico with 13": each country's figure, the unit named once
# (after the words that close the figure before: "39 operations disrupted since 2017, followed by Iran with 31")
SOURCE_LIST_GAP = re.compile(r"[^.;]{0,40}?(?:,|,?\s+and|,?\s+(?:followed|trailed)\s+by)\s+(?:the\s+)?"
                             r"(?P<name>(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,2})\s+with\s+$", re.I)
SOURCE_LIST_END = re.compile(r"\s*(?:[.;,)]|\band\b|$)")
INCLUDING_BEFORE = re.compile(r"\b(?:including|among\s+them|among\s+which)\s+$", re.I)
NUMBERING = re.compile(r"\b(?P<unit>accounts|pages|groups|channels|profiles)\W+(?:which\s+|that\s+)?(?:numbering|"
                       r"numbered|totall?ing|totall?ed|amounting\s+to)\s+$", re.I)
LIST_GAP = re.compile(r"\s*(?:,|and|,\s*and)\s*", re.I)
# a share and its whole: "60 of the 100 accounts"; "Of the 1,200 accounts we found, Meta removed 800"
_OF_THE = r"of\s+(?:the|its|their|these|those)\s+"
_POSSESSOR = r"(?:[\w-]+['’]s\s+)?"  # "of the network's 1,200 accounts"
SHARE_OF = re.compile(rf"\s+{_OF_THE}{_POSSESSOR}", re.I)
# a share of a figure in words or per cent ("two-thirds of the 1,200 accounts", "90% of its 400 Pages"): the
# figure is the whole, not what the share says was removed
FRACTION_OF = re.compile(r"\b(?:half|a\s+third|two-thirds|two\s+thirds|a\s+quarter|three-quarters|most|many|some|"
                         rf"a\s+few|several|\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent))\s+{_OF_THE}{_POSSESSOR}$", re.I)
OF_WHICH = re.compile(r",\s+of\s+(?:which|those|them)\b", re.I)
# "…, 41 of them on Instagram": a share of the figure just counted, on an app where all there is are accounts
SHARE_ON_SURFACE = re.compile(r"\s+of\s+(?:them|which|those)\s+(?:were\s+)?on\s+"
                              r"(?P<surface>instagram|twitter|tiktok)\b", re.I)
# "Facebook removed 400 of them": the share a removal names, of the figure just counted
REMOVED_SHARE = re.compile(r"^\s+of\s+(?:them|those|these|which|the\s+accounts)\b", re.I)
WHOLE_BEFORE = re.compile(r"(?:^|[.;:]\s+)\W*(?:of|among)\s+(?:the|its|their|these|those)\s+$", re.I)
_REMOVED = r"\b(?:removed|suspended|banned|deleted|terminated|disabled|blocked|took\s+down|taken\s+down)"
# a removal verb right before a figure whose unit is left out: "…, Meta has since removed 800", "…, while X banned 45."
_REMOVED_JUST_BEFORE = (_REMOVED + r"\s+(?:(?:about|nearly|some|around|roughly|more\s+than|over|only|just|another|"
                        r"a\s+further)"
                        r"\s+)?$")
SHARE_REMOVED = re.compile(r",\s+[^,;]{0,60}?" + _REMOVED_JUST_BEFORE, re.I)
ELIDED_REMOVAL = re.compile(_REMOVED_JUST_BEFORE, re.I)
# "…418 accounts and TikTok 263": another platform's figure, its unit the one just counted
PLATFORM_GAP = re.compile(r"\s*,?\s*(?:and|while|whereas)\s+(?P<platform>[A-Z][\w-]*)\s+")
ELIDED_END = re.compile(r"\s*(?:[.;)]|,\s+(?:and|while|but|whereas)\b|$)")
WHOLE_REMOVED = re.compile(r"[^,;]{0,40}?" + _REMOVED + r"(?:\s+[\w.]+){0,3}\s*,", re.I)  # ("…removed on Tuesday,")
# "Of the channels, 131 posted in English, 57 were aimed at Ghana…": a breakdown of assets just counted, by a whole
# named without its figure, each share's unit left out
BARE_WHOLE = re.compile(r"^\W*(?:Of|Among)\s+(?:the|those|these|its|their)\s+(?:[\w-]+\s+)?(?P<unit>accounts|pages|"
                        r"groups|channels|profiles|servers|subreddits|boards)\s*,", re.I)
SHARE_VERB = re.compile(r"\s+(?:(?:mainly|mostly|largely|chiefly|primarily)\s+)?(?:were|was|had|posted|targeted|aimed|"
                        r"focused|came|originated|operated|posed|claimed|pushed|promoted|wrote|spoke|used)\b", re.I)
# "the number of Russia-origin networks we have removed since 2017 stands at 41": a figure told after its unit
NUMBER_STANDS = re.compile(r"\bnumber\s+of\s+(?:[\w-]+\s+){0,2}?(?P<unit>networks|operations|campaigns|accounts|pages|"
                           r"channels)\b[^.;]{0,80}?\b(?:stands|stood)\s+at\s+$", re.I)
# "Accounts in network: 1,038.", "# of accounts in network: 214": a report's field, its unit in the label
FIELD_LABEL = re.compile(r"(?:^\W*|[.;]\s+)(?:(?:#|number|no\.)\s+of\s+)?"
                         r"(?P<unit>accounts|pages|channels|profiles|groups)\s+(?:in|of|removed\s+(?:in|from))\s+"
                         r"(?:the\s+|this\s+)?(?:network|operation|campaign)\s*:\s*$", re.I)
# "The correct number of accounts in the Paraguay network is 1,468": a correction's figure, told after its unit
NUMBER_CORRECTED = re.compile(r"\b(?:correct|actual|accurate|right|true|revised|updated)\s+number\s+of\s+"
                              r"(?:[\w-]+\s+){0,2}?(?P<unit>networks|operations|campaigns|accounts|pages|channels)\b"
                              r"[^.;]{0,80}?\b(?:is|was)\s+(?:now\s+)?$", re.I)
# the words between a figure and the first of its months' shares, after a colon (a year may stand among them)
BREAKDOWN_GAP = re.compile(r"[^.;:\d]{0,100}(?:(?:19|20)\d\d[^.;:\d]{0,20})?:\s*")
# a figure's own month, right after it: "640 channels in January, 812 in February and 863 in March"
ITEM_MONTH = re.compile(r"\s+(?:in|during)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
                        r"(?:,?\s+(?:19|20)\d\d)?\b")
# the words from one month's figure to the next's, in a series told as it moved: "3,311 channels in October 2021 to
# 15,368 in November 2021 and falling back to 5,460 in December 2021, before 4,361 in January 2022"
MONTH_SERIES_GAP = re.compile(ITEM_MONTH.pattern + r"\s*,?\s+(?:(?:and|then|before|after|to|from|falling|fell|rising|"
                              r"rose|dropping|dropped|climbing|climbed|jumping|jumped|back|again|down|up)\s+){1,4}")
# the words before a later month's figure of the unit just counted: "…terminated 1,083 channels, and in June another
# 762"
MONTH_FIRST_GAP = re.compile(r"\s*,?\s+(?:and|then)\s+(?:in|during)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|"
                             r"Dec)[a-z]*\.?(?:,?\s+(?:19|20)\d\d)?,?\s+(?:(?:another|a\s+further|an\s+additional)\s+)?")
FURTHER_BEFORE = re.compile(r"\b(?:a\s+further|an\s+additional|another)\s+$", re.I)
PASSIVE_COUNT = re.compile(r"^\s+(?:of\s+(?:them|which|those)\s+)?(?:were|was|are|had\s+been|have\s+been)\b", re.I)


# a figure that opens a list's item, then what it counts: "**5,208** — Facebook accounts Meta removed in…"
FIGURE_FIRST = re.compile(r"[*_]*\s*[—–:-]{1,2}\s+(?=[A-Za-z])")
ITEM_START = re.compile(r"[\s*_#•>-]*")


@dataclass(frozen=True)
class CountedUnit:
    """A count with what it counts: unit as the text groups it, surface, the words as written."""

    count: Count
    unit: str
    surface: str | None
    unit_text: str
    end: int
    passive: bool = False  # "2,160 were linked to China": a share of the count before it


def _unit_after(sentence: str, count: Count) -> CountedUnit | None:
    rest = sentence[count.end:]
    rest = re.sub(r"^[\"”']", " ", rest)  # removed "more than 2,800" inauthentic accounts
    if (lead := FIGURE_FIRST.match(rest)) and ITEM_START.fullmatch(sentence, 0, count.start):
        rest = " " * lead.end() + rest[lead.end():]  # "**5,208** — Facebook accounts Meta removed…": a list's item
    if rest.startswith("-") and HYPHENED_UNIT.match(rest):
        rest = " " + rest[1:]  # "a 27,217-account network", "Facebook's 783-asset Iran takedown"
    if count.value is None and count.text.lower().startswith(("dozens", "scores", "hundreds", "thousands", "tens")) \
            and count.text.endswith(" of") and (the := re.match(r"\s+the\s+(?=[a-z-]+\s+[a-z])", rest)) and \
            not UNIT_RE.match(rest[the.end():]):
        rest = " " * the.end() + rest[the.end():]  # ("dozens of the mirror accounts": some of them, told vaguely)
    copula = re.match(r"\s+(?:are|were)(?=\s)", rest)  # "7,704 are Facebook accounts"
    if copula and re.search(r"\bthe\s+$", sentence[:count.start], re.I):
        return None  # "most of the 265 were Pages": the figure told before, described
    if copula:
        rest = " " * copula.end() + rest[copula.end():]
    modifiers = UNIT_MODIFIERS.match(rest)
    offset = modifiers.end() if modifiers else 0
    unit_match = UNIT_RE.match(rest[offset:])
    if not unit_match:
        return None
    units = [UNIT_WORDS[unit_match.group("unit").lower()]]
    end = offset + unit_match.end()
    if NOT_THE_UNIT.match(rest[end:]) or POSSESSIVE.match(rest, end):  # "400 of the network's 1,200…"
        return None  # "five account sets", "200 page views": the unit word describes something else
    tail = UNIT_LIST_TAIL.match(rest[end:])
    if tail and not re.search(r"\d", tail.group(0)):
        units += [UNIT_WORDS[w.lower()] for w in UNIT_WORD_RE.findall(tail.group(0))]
        end += tail.end()
    if REACH_AFTER.match(rest[end:]):
        return None
    if unit_match.group("unit").lower() in ("user", "users") and HAS_BEFORE.search(sentence[:count.start]):
        return None  # "Twitter, which has 330 million users": the platform's audience, not a removal
    modifier_text = rest[:offset].lower()
    written = set(SURFACE_WORD.findall(modifier_text))
    named = [name for word, name in SURFACES.items() if word in written]
    surface = named[0] if len(named) == 1 else None  # "Facebook and Instagram accounts": no one surface
    after = SURFACE_AFTER.match(rest[end:])
    if after and not named and len(units) == 1:
        surface = SURFACES[after.group("surface").lower()]
        end += after.end()
    unique = list(dict.fromkeys(units))
    unit = unique[0] if len(unique) == 1 else ", ".join(unique[:-1]) + " and " + unique[-1]
    return CountedUnit(count, unit, surface, rest[:end].strip(), count.end + end)


def counted_units(sentence: str) -> list[CountedUnit]:
    """Counts of things a platform removes ("652 fake accounts", "783 pages, groups and accounts")."""
    return list(_counted_units(sentence))


TO_BE_EXACT = re.compile(r"\s+to\s+be\s+(?:exact|precise)\b", re.I)


@lru_cache(maxsize=1024)
def _counted_units(sentence: str) -> tuple[CountedUnit, ...]:
    """`counted_units`, remembered: a sentence is read as itself and as the one before's context."""
    results: list[CountedUnit] = []
    previous: CountedUnit | None = None
    whole: CountedUnit | None = None  # "Of the 1,200 accounts we found, …": what a share is of, not what was removed
    counts = counts_in(sentence)
    bare_whole = BARE_WHOLE.match(sentence) if sentence[:5].lower() in ("of th", "among", "of it") else None
    for index, count in enumerate(counts):
        if results and count.value is not None and TO_BE_EXACT.match(sentence, count.end) and re.fullmatch(
                r"\s*[,(—–-]?\s*(?:or\s+)?", sentence[results[-1].end:count.start]):
            # "a little over 1,200 Facebook accounts, 1,204 to be exact": the figure put exactly
            results[-1] = replace(results[-1], count=replace(count, qualifier="exact"))
            continue
        if count.value is not None and 1990 <= count.value <= 2035 and count.qualifier == "exact" \
                and "," not in count.text:
            continue  # a year
        before = sentence[max(0, count.start - 40):count.start]
        if " of " in before and FRACTION_OF.search(before):
            continue  # "removed two-thirds of the 1,200 accounts": no figure says how many were removed
        counted = None if REACH_BEFORE.search(sentence[max(0, count.start - 40):count.start]) else _unit_after(
            sentence, count)
        if counted is None and "number of" in sentence and (stands := NUMBER_STANDS.search(
                sentence, max(0, count.start - 140), count.start) or NUMBER_CORRECTED.search(
                sentence, max(0, count.start - 140), count.start)) is not None:
            counted = CountedUnit(count, UNIT_WORDS[stands["unit"].lower()], None, stands["unit"], count.end)
        if counted is None and (label := FIELD_LABEL.search(sentence[:count.start])) and \
                re.fullmatch(r"\s*\.?\s*", sentence[count.end:]):
            counted = CountedUnit(count, UNIT_WORDS[label["unit"].lower()], None, label["unit"], count.end)
        if counted is None and bare_whole and SHARE_VERB.match(sentence, count.end):
            # "Of the channels, 131 posted…, 57 were aimed at…": shares of the whole's unit
            counted = CountedUnit(count, UNIT_WORDS[bare_whole["unit"].lower()], None, "", count.end, passive=True)
        if counted is None and index + 1 < len(counts) and SHARE_OF.fullmatch(
                sentence[count.end:counts[index + 1].start]) and (of := _unit_after(sentence, counts[index + 1])):
            # "suspended 60 of the 100 accounts we reported": 60 accounts (the 100 is what they were part of)
            counted = CountedUnit(count, of.unit, of.surface, of.unit_text, of.end)
        elif counted is None and whole is not None and results and results[-1] is whole and (
                PASSIVE_COUNT.match(sentence[count.end:]) or SHARE_REMOVED.search(sentence[whole.end:count.start])):
            # "Of the 1,200 accounts we identified, Meta has since removed 800": 800 accounts, and not the 1,200;
            # but "Of the 1,800 accounts Meta removed, 300 were based in Ghana" removed the 1,800 too
            if not (PASSIVE_COUNT.match(sentence[count.end:]) and WHOLE_REMOVED.match(sentence, whole.end)):
                results.pop()
            counted = CountedUnit(count, whole.unit, whole.surface, whole.unit_text, count.end, passive=True)
        elif counted is None and index + 1 < len(counts) and "respectively" in sentence and re.fullmatch(
                r"\s*(?:,|,?\s*and)\s*", sentence[count.end:counts[index + 1].start]) and (
                shared := _unit_after(sentence, counts[index + 1])):
            # "removed 100 and 200 accounts, respectively": each figure counts the unit named after the last
            counted = CountedUnit(count, shared.unit, shared.surface, shared.unit_text, count.end)
        elif counted is None and previous and results and results[-1] is previous and ELIDED_REMOVAL.search(
                sentence[max(0, count.start - 40):count.start]) and (
                REMOVED_SHARE.match(sentence[count.end:]) or OF_WHICH.search(sentence[previous.end:count.start])):
            # "The network had 1,200 accounts; Facebook removed 400 of them" (or "…, of which Facebook removed
            # 400"): the 400, not the 1,200
            results.pop()
            counted = CountedUnit(count, previous.unit, previous.surface, previous.unit_text, count.end, passive=True)
        elif counted is None and previous and ELIDED_REMOVAL.search(sentence[max(0, count.start - 40):count.start]) \
                and ELIDED_END.match(sentence[count.end:]):
            # "Facebook removed 30 accounts, while Twitter suspended 45": the unit just counted, on its own platform
            counted = CountedUnit(count, previous.unit, None, "", count.end)
        elif counted is None and previous and results and results[-1] is previous and (
                gap := PLATFORM_GAP.fullmatch(sentence, previous.end, count.start)) is not None and \
                gap["platform"].lower() in PLATFORM_ALIASES and re.match(r"\s*(?:[.;,)]|$)", sentence[count.end:]):
            # "X suspended 418 accounts and TikTok 263": the unit just counted, another platform's figure of it
            counted = CountedUnit(count, previous.unit, None, "", count.end)
        elif counted is None and previous and results and results[-1] is previous and re.fullmatch(
                r"\s*,\s*", sentence[previous.end:count.start]) and (on := SHARE_ON_SURFACE.match(sentence, count.end)):
            # "312 Pages, Groups and accounts, 41 of them on Instagram": a share of those, the app's accounts
            counted = CountedUnit(count, "accounts", SURFACES[on["surface"].lower()], "", count.end, passive=True)
        elif counted is None and previous and results and results[-1] is previous and INCLUDING_BEFORE.search(
                sentence[previous.end:count.start]) and ELIDED_AFTER.match(sentence[count.end:]):
            # "purged 5,200 accounts…, including 400 run from Nigeria": a share of the unit just counted
            counted = CountedUnit(count, previous.unit, previous.surface, "", count.end, passive=True)
        elif counted is None and previous and results and results[-1] is previous and BREAKDOWN_GAP.fullmatch(
                sentence, previous.end, count.start) and ITEM_MONTH.match(sentence, count.end):
            # "terminated 2,715 YouTube channels … over the second quarter of 2021: 860 in April, 1,012 in May…": each
            # month's share of the unit just counted
            counted = CountedUnit(count, previous.unit, previous.surface, "", count.end, passive=True)
        elif counted is None and previous and results and results[-1] is previous and MONTH_SERIES_GAP.fullmatch(
                sentence, previous.end, count.start) and ITEM_MONTH.match(sentence, count.end):
            # "3,311 channels in October 2021 to 15,368 in November 2021…": each month's figure of the unit
            counted = CountedUnit(count, previous.unit, previous.surface, "", count.end, passive=previous.passive)
        elif counted is None and previous and results and results[-1] is previous and MONTH_FIRST_GAP.fullmatch(
                sentence, previous.end, count.start) and re.match(r"\s*(?:[.;,)]|$)", sentence[count.end:]):
            # "In May it terminated 1,083 channels, and in June another 762": the next month's figure of the unit
            counted = CountedUnit(count, previous.unit, previous.surface, "", count.end, passive=previous.passive)
        elif counted is None and previous and PASSIVE_COUNT.match(sentence[count.end:]):
            if FURTHER_BEFORE.search(before) and not actions_in(sentence[count.end:count.end + 40]):
                continue  # "stopped 61.2 million fake accounts…, and a further 2.9 million were restricted": more,
                # done to otherwise, not a share of the figure before
            counted = CountedUnit(count, previous.unit, previous.surface, previous.unit_text, count.end, passive=True)
        elif counted is None and previous and ELIDED_BEFORE.fullmatch(sentence[previous.end:count.start]) \
                and ELIDED_AFTER.match(sentence[count.end:]):
            # "40 accounts from Peru and 60 from Chile": the unit is the one just counted (and, after a share, "…: 860
            # in April, 1,012 in May", another share)
            counted = CountedUnit(count, previous.unit, previous.surface, "", count.end, passive=previous.passive)
        elif counted is None and previous and (gap := SOURCE_LIST_GAP.fullmatch(sentence[previous.end:count.start])) \
                and SOURCE_LIST_END.match(sentence, count.end) and countries_in(gap["name"]):
            # "Russia with 34 networks, Iran with 29": the unit just counted, for the next country of the list
            counted = CountedUnit(count, previous.unit, previous.surface, "", count.end)
        elif counted is None and previous and previous.surface and LIST_GAP.fullmatch(
                sentence[previous.end:count.start]) and (on := SURFACE_AFTER.match(sentence[count.end:])):
            # "22 accounts on Facebook and 8 on Instagram": the unit just counted, on another surface
            counted = CountedUnit(count, previous.unit, SURFACES[on.group("surface").lower()], "", count.end + on.end())
        if counted is None and (numbered := NUMBERING.search(sentence, max(0, count.start - 50), count.start)):
            # "The accounts, numbering about 450, were suspended": the unit named before the figure
            unit = UNIT_WORDS[numbered["unit"].lower()]
            counted = CountedUnit(count, unit, None, numbered["unit"], count.end)
        if counted is None:
            continue
        if results and results[-1].end > count.start:
            continue
        results.append(counted)
        previous = counted
        whole = counted if WHOLE_BEFORE.search(sentence[:count.start]) else None
    return tuple(results)


def _bare_unit_match(text: str) -> re.Match[str] | None:
    # (not "the network's web domains": what the network had)
    return next((m for m in BARE_UNITS.finditer(text[:120]) if text[m.end():m.end() + 2] not in ("'s", "’s")), None)


def bare_surface(text: str) -> str | None:
    """Where a removal without a figure took place, named before its unit ("banned WhatsApp accounts")."""
    match = _bare_unit_match(text)
    word = re.search(r"\b(\w+)\s+$", text[:match.start()]) if match else None
    return SURFACES.get(word.group(1).lower()) if word and word.group(1) != "x" else None


def bare_unit(text: str) -> str | None:
    """The unit of a removal reported without a figure ("removing accounts, groups and pages")."""
    match = _bare_unit_match(text)
    if match and re.fullmatch(r"groups?", match.group(0), re.I) and (of := GROUP_OF.match(text, match.end())):
        match = BARE_UNITS.match(text, of.end()) or match  # "a group of accounts": accounts
    if match and re.fullmatch(r"groups?", match.group(0), re.I) and re.match(r"\s+of\s", text[match.end():]):
        # ("a group of news apps": the apps, a few words on; never the platform's Groups)
        match = next(BARE_UNITS.finditer(text[:match.end() + 40], match.end()), None)
    if not match or NOT_THE_UNIT.match(text[match.end():]):
        return None
    name = re.search(r"\b([A-Z][\w'-]*)\s+$", text[:match.start()])
    if match.group(0)[0].isupper() and name and name.group(1).lower() not in PLATFORM_ALIASES:
        return None  # "banned Archimedes Group": a company, not its Facebook Groups
    units = list(dict.fromkeys(UNIT_WORDS[w.lower()] for w in re.findall(r"[A-Za-z]+", match.group(0))
                               if w.lower() in UNIT_WORDS))
    if not any(u in ASSET_UNITS for u in units):
        return None
    return units[0] if len(units) == 1 else ", ".join(units[:-1]) + " and " + units[-1]
