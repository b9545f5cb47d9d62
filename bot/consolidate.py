"""A document's facts checked against each other, once its sentences have been read: figures that follow a
lead take its countries, figures that add up to an earlier total break it down, a figure given as the sum
of the others is their total, and a figure stated twice is kept once."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from bot.facts import Fact
from bot.vocabulary import PLATFORM_PARENT

# words that make a figure the total of others: "or 4,611 accounts in all", "a total of 4,611"
IN_ALL = re.compile(r"\b(?:in\s+all|in\s+total|altogether|combined|all\s+told|total(?:ling|ing)?\s+(?:of\s+)?|"
                    r"a\s+total\s+of)\b", re.I)

ACROSS_PLATFORMS = re.compile(r"\b(?:across|on|between)\s+(?:the\s+)?(?:two|three|four|both|all|several)\s+"
                              r"(?:platforms|companies|services|sites|apps)\b|\bbetween\s+them\b", re.I)
# "Facebook and Twitter have removed…": two subjects of one verb (`_facts` checks that both are platforms)
JOINT_SUBJECT = re.compile(r"\b[A-Z][\w.]*\s+and\s+[A-Z][\w.]*\s+(?:(?:have|had|has|both|each|jointly|together)\s+)*"
                           r"(?:\w+ly\s+)?(?:said\s+(?:they|it)\s+(?:had\s+|have\s+)?)?(?:removed|took\s+down|taken\s+down|"
                           r"suspended|deleted|banned|purged|terminated|disabled)\b")
SEVERAL_NETWORKS = re.compile(r"\b(?:networks|operations|campaigns)\b", re.I)
THE_SAME_NETWORK = re.compile(r"\b(?:linked|tied|connected|belonging|related|attributed)\s+to\s+the\s+(?:operation|"
                              r"network|campaign|activity)\b", re.I)
# a sentence that opens on another takedown than the one just told ("A second, smaller network of 37 accounts…")
ANOTHER_TAKEDOWN = re.compile(r"\W*(?:separately|elsewhere|in\s+(?:a|another)\s+(?:separate|other)\b|another\b|"
                              r"a\s+(?:second|third|fourth|separate|different)\b|"
                              r"the\s+(?:second|third|other)\s+(?:network|operation|campaign)\b)", re.I)


# "**Presence on Facebook and Instagram:** 67 Facebook accounts…", however far below the lead it stands
PRESENCE_LINE = re.compile(r"[\s*_#•-]*Presence\s+on\b", re.I)


# a sentence that opens on its date sets a scene of its own ("In March, Meta removed…", "Last year, …")
FRONTED_DATE = re.compile(r"\W*(?:In|On|By|During|Last|Earlier|Back|Since|Until|Before|After)\b")


# "…2,045 accounts associated with previously disrupted networks": accounts of many networks, coming back
MANY_NETWORKS = re.compile(r"\b(?:networks|operations|campaigns)\b", re.I)


def figures_after_a_lead(facts: list[Fact], item_of: dict[int, int] | None = None) -> list[Fact]:
    """A story that opens with a removal told without a figure ("…removed a network of Russia-linked accounts run
    out of Ghana and Nigeria") and gives the platform's figures in the next sentences without saying again where
    they came from: those figures are that network's.  Not across the items of a list (`item_of`: a sentence's
    item), each of which tells its own operation."""
    item_of = item_of or {}
    lead: dict[str, Fact] = {}  # by platform family: the last removal told with its countries but no figure
    figured: dict[str, int] = {}  # the sentence of the first figures told after it
    found = []
    for fact in facts:
        family = PLATFORM_PARENT.get(fact.platform, fact.platform)
        if fact.count is None and not fact.count_text:  # told without a figure ("dozens of" is one)
            if fact.origins:
                lead[family] = fact
                figured.pop(family, None)
            found.append(fact)
            continue
        told = lead.get(family)
        # the first figures after it; after "removed networks run from Peru", each network's in the list below;
        # and figures "linked to the operation", which point back at it
        first = told is not None and figured.setdefault(family, fact.sentence) == fact.sentence
        # ("…took down a network run by PixelNest, a click farm based in Dhaka. According to Okonjo, Pinterest removed
        # 2,140 accounts in March…": the next sentence gives the lead's figure and its own, earlier date)
        dated_after = told is not None and fact.reference and not told.reference and \
            fact.sentence - told.sentence == 1 and not FRONTED_DATE.match(fact.quote)
        follows = told is not None and (first or SEVERAL_NETWORKS.search(told.quote) or THE_SAME_NETWORK.search(
            fact.quote)) and (not fact.reference or dated_after) and not ANOTHER_TAKEDOWN.match(fact.quote) \
            and fact.scope != "cumulative" and (fact.announced == told.announced or dated_after) \
            and not (fact.scope == "returning" and MANY_NETWORKS.search(fact.quote)) \
            and (0 < fact.sentence - told.sentence <= 3 or (fact.sentence > told.sentence and PRESENCE_LINE.match(
                fact.quote))) \
            and not (
                fact.sentence in item_of and told.sentence in item_of
                and item_of[fact.sentence] != item_of[told.sentence])
        if follows and not fact.origins:
            fact = replace(fact, origins=told.origins, targets=fact.targets or told.targets,
                           attribution=told.attribution, target_text=fact.target_text or told.target_text)
        if follows and PRESENCE_LINE.match(fact.quote):
            fact = replace(fact, action=told.action)  # (its verb is the lead's, not the last one told before it)
        elif follows and told.targets and not fact.targets and set(fact.origins) <= set(told.origins):
            # "936 accounts originating in the PRC", after "an operation run from mainland China and aimed at the
            # protests in Hong Kong": the same network, and its figures were aimed where it was
            fact = replace(fact, targets=told.targets, target_text=told.target_text)
        found.append(fact)
    return found


def breakdowns_by_sum(facts: list[Fact]) -> list[Fact]:
    """Figures that add up exactly to a total the document gave before break that total down: "a network of
    265 assets" … "Removed: 65 Facebook accounts, 161 Pages, 23 Groups, 12 events and 4 Instagram accounts"
    is one takedown, from where the total came from and aimed where it was."""
    statements: dict[tuple[int, str], list[Fact]] = {}
    for fact in facts:
        statements.setdefault((fact.sentence, PLATFORM_PARENT.get(fact.platform, fact.platform)), []).append(fact)
    broken_down: dict[int, Fact] = {}
    for (position, family), parts in statements.items():
        if len(parts) < 2 or any(f.count is None or f.qualifier != "exact" or f.origins for f in parts):
            continue
        total = sum(f.count for f in parts)  # type: ignore[misc]
        whole = next((f for f in facts if f.sentence < position and f.count == total and f.qualifier == "exact"
                      and PLATFORM_PARENT.get(f.platform, f.platform) == family), None)
        if whole is not None:
            broken_down |= {id(part): whole for part in parts}
    if not broken_down:
        return facts
    return [replace(fact, origins=whole.origins, targets=fact.targets or whole.targets,
                    target_text=fact.target_text or whole.target_text, attribution=whole.attribution,
                    networks=fact.networks or whole.networks, linked_to=fact.linked_to or whole.linked_to,
                    part_of=whole.sentence) if (whole := broken_down.get(id(fact))) else fact for fact in facts]


def sums_told_with_their_parts(facts: list[Fact]) -> list[Fact]:
    """"3,841 accounts tied to the IRA and 770 from Iran, or 4,611 accounts in all": a figure that a sentence
    gives as the sum of its other figures of the unit is their total, not a takedown of its own (scope "sum")."""
    groups: dict[tuple, list[Fact]] = {}
    for fact in facts:
        if fact.count is not None and fact.qualifier == "exact":
            groups.setdefault((fact.sentence, PLATFORM_PARENT.get(fact.platform, fact.platform), fact.unit,
                               fact.surface), []).append(fact)
    sums = {id(fact) for group in groups.values() if len(group) >= 3 for fact in group
            if sum(other.count or 0 for other in group if other is not fact) == fact.count
            and IN_ALL.search(_around(fact))}
    # "In all, 180 accounts, Pages and channels were removed across the two platforms", after each platform's
    # figures: the sum of the figures of the sentences just before, whichever platform gave them
    for fact in facts:
        if fact.count is not None and fact.qualifier == "exact" and IN_ALL.search(fact.quote) and \
                ACROSS_PLATFORMS.search(fact.quote):
            before = [f.count or 0 for f in facts if f.count_text and 0 < fact.sentence - f.sentence <= 3]
            if len(before) >= 2 and sum(before) == fact.count:
                sums.add(id(fact))
    # "In total, we are disclosing 4,270 accounts", then a section per network (2,964 from Egypt, 1,287 from
    # Nicaragua, 19 from Russia): the sum of the placed figures the document tells of that unit
    for fact in facts:
        if fact.count is not None and fact.qualifier == "exact" and not fact.origins and fact.scope is None and \
                IN_ALL.search(_around(fact, 60)):  # ("In total, the datasets published today cover 4,232 accounts")
            family = PLATFORM_PARENT.get(fact.platform, fact.platform)
            # (each figure once: "These 2,964 accounts were the core of the operation" tells one again)
            parts = {(f.count or 0, tuple(f.origins)) for f in facts if f is not fact and f.count_text and f.origins
                     and f.scope is None and not f.reference and f.unit == fact.unit
                     and PLATFORM_PARENT.get(f.platform, f.platform) == family}
            if len(parts) >= 2 and sum(count for count, _ in parts) == fact.count:
                sums.add(id(fact))
    return [replace(fact, scope="sum") if id(fact) in sums else fact for fact in facts]


def _around(fact: Fact, before: int = 30) -> str:
    """The words either side of a fact's figure in its quote (`before`: how many characters before it)."""
    at = fact.quote.find(fact.count_text or "")
    return fact.quote[max(0, at - before):at + len(fact.count_text or "") + 40] if at >= 0 else ""


HEADLINE_SENTENCES = 1  # a document's title and first line: where a headline's figure stands


def merge_duplicates(facts: list[Fact], published: dt.date | None = None) -> list[Fact]:
    """The same count stated twice in one document (lead and body) is kept once, at its first statement; a
    later mention that leaves out the country is the same count too, and so is one dated only by the document's
    own day (a summary table that repeats "China | July | 1,874" after "In July, we shut down 1,874 channels")."""
    first: dict[tuple, int] = {}  # each figure's first statement
    undated: dict[tuple, int] = {}  # each figure's first statement dated on or before the document's day
    moved: dict[int, int] = {}  # a statement dropped as a repeat -> the one kept
    kept = []
    for fact in facts:
        # "Instagram removed 940 accounts" and "940 accounts on Instagram" in a Meta story: one figure
        family = PLATFORM_PARENT.get(fact.platform, fact.platform)
        key = (family, fact.count, fact.unit, tuple(fact.origins), fact.announced)
        # "the 936 accounts" told again without their country is the same figure as well
        loose = (family, fact.count, fact.qualifier, fact.unit, "any country", fact.announced)
        repeated = first.get(key, first.get(loose) if not fact.origins else None)
        figure = (family, fact.count, fact.qualifier, fact.unit, tuple(fact.origins))
        if repeated is None and published and fact.announced == published and (fact.count or 0) >= 10 and \
                fact.scope is None:
            # (and "…told us the 46 official accounts were closed", placed, after a table's row that was not)
            repeated = undated.get(figure) or (undated.get((*figure[:4], ())) if fact.origins else None)
        if fact.count is not None and repeated is not None:
            moved[fact.sentence] = repeated
            # (the statement kept learns what the repeat adds: a headline's "1,340 accounts" is the body's
            # "1,340 Facebook accounts …, which targeted audiences in Libya and Sudan")
            for index, kept_fact in enumerate(kept):
                if kept_fact.sentence == repeated and kept_fact.count == fact.count and kept_fact.unit == fact.unit:
                    kept[index] = replace(kept_fact, origins=kept_fact.origins or fact.origins,
                                          attribution=kept_fact.attribution if kept_fact.origins else fact.attribution,
                                          targets=kept_fact.targets or fact.targets,
                                          target_text=kept_fact.target_text or fact.target_text,
                                          networks=kept_fact.networks or fact.networks,
                                          linked_to=kept_fact.linked_to or fact.linked_to)
            continue
        headline = next((i for i, k in enumerate(kept) if k.sentence <= HEADLINE_SENTENCES and fact.count is not None
                         and (k.count, k.unit, k.qualifier) == (fact.count, fact.unit, fact.qualifier)
                         and PLATFORM_PARENT.get(k.platform, k.platform) == family and not k.origins and fact.origins
                         and k.announced == published and fact.announced != published), None)
        if headline is not None:
            # "Blue Kestrel: X took down 412 accounts" as a post's title, then "On 25 July 2024, X … suspended 412
            # accounts … originating in Iran": the body's statement, which learns the title's network name
            title = kept.pop(headline)
            moved[title.sentence] = fact.sentence
            fact = replace(fact, networks=fact.networks or title.networks)
            for seen in (first, undated):  # (a third telling repeats the statement kept)
                seen.update({k: fact.sentence for k, v in seen.items() if v == title.sentence})
        first.setdefault(key, fact.sentence)
        first.setdefault(loose, fact.sentence)
        if fact.announced and published and fact.announced <= published and fact.scope != "cumulative":
            undated.setdefault(figure, fact.sentence)
        kept.append(fact)
    # a figure told again ('a headline put "221 accounts"') points at the statement kept
    return [replace(f, retells=moved.get(f.retells, f.retells)) for f in kept]
