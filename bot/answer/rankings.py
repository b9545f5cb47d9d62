"""Takedowns counted and ranked: breakdowns by year, quarter, month, platform or country; two sides
compared; the largest, the latest and the earliest.  Takedowns are counted once per announcement, as
`summary` counts them, and account figures are never added up to rank anything."""

from __future__ import annotations

import re
from functools import partial

from bot.answer.cited import (
    MAX_FACTS_LISTED,
    Answer,
    Citations,
    date_phrase,
    describe_fact,
    figure_phrase,
    origin_phrase,
    subject_phrase,
)
from bot.answer.counts import ROUND_GAP_DAYS, relevant_facts, round_day
from bot.answer.search import nothing_found
from bot.answer.statements import (
    Statement,
    group_statements,
    honest_total,
    in_period,
    one_source_over_time,
    statement_line,
    takedown_date,
    takedowns_by,
)
from bot.knowledge import NOT_ONE_TAKEDOWN, ROW_LIMIT, KnowledgeBase, TakedownKey
from bot.summary import countable
from bot.understand import Query
from bot.vocabulary import places_within
from bot.wording import format_date, join_words

MAX_BREAKDOWN_LINES = 20  # examples in a breakdown, all groups together (each group shows at least two)
LARGEST_SHOWN = 5
RANKED_BY_ANNOUNCEMENTS = ("most announcements first (account figures are not added up across announcements, so "
                           "none is ranked by accounts)")
SIZED = {"exact", "about", "nearly", "fewer than", "up to"}  # qualifiers that put a ceiling on a figure
# "the biggest single takedown", "the largest network": one asked for, not a ranking
ONE_ASKED = re.compile(r"\b(?:largest|biggest|smallest)\s+(?:single\s+)?(?:takedown|network|operation|removal|purge|"
                       r"sweep)\b(?!s)|\bsingle\s+(?:largest|biggest|smallest)\b", re.I)
MOST = re.compile(r"\b(?:most|largest|biggest|greatest|highest|top)\b(?!\s+recent)", re.I)


def answer_compare(query: Query, kb: KnowledgeBase) -> Answer:
    """Two platforms, countries, named networks or periods side by side ("the Ecuador network or Savanna Reach",
    "in May or in June"): each side's cited figures and, where honest, their sum."""
    if query.periods and len(query.platforms) < 2:
        sides = [(label, {"date_from": start, "date_to": end, "date_label": label, "month_day": None, "months": None})
                 for start, end, label in query.periods]
    elif len(query.platforms) >= 2:
        sides = [(platform, {"platforms": [platform]}) for platform in query.platforms]
    else:  # each country and each name a side of its own, asked without the others
        sides = [(country, {"countries": [country], "names": []}) for country in query.countries]
        sides += [(name, {"names": [name], "countries": []}) for name in query.names]
    cites = Citations()
    lines: list[str] = []
    for side, narrowing in sides:
        narrowed = Query(**{**query.__dict__, "intent": "count", **narrowing})
        facts, truncated = relevant_facts(narrowed, kb)
        statements = in_period(group_statements(facts), narrowed, kb)
        figured = [s for s in statements if any(f["count_text"] for f in s.facts)]
        if not figured:
            lines.append(f"*{side}*: nothing with a figure in the knowledge base.")
            continue
        # how many takedowns each side has, counted as breakdowns count them: the one figure comparable across
        takedowns = len(takedowns_by(narrowed, kb, lambda key: ["all"]).get("all", []))
        # (a side whose only figures are totals across networks, "a total of 9,310 accounts in 2022", has none)
        lines.append(f"*{side}* \u2014 {takedowns} takedown{'s' * (takedowns != 1)}:" if takedowns else
                     f"*{side}* \u2014 totals only, no single takedown:")
        lines += ["  " + statement_line(s, narrowed, cites) for s in figured[:MAX_FACTS_LISTED]]
        if len(figured) > MAX_FACTS_LISTED:
            # reports, not takedowns: one takedown may be told in several (a total and its parts)
            at_least = "at least " if truncated else ""  # the read stopped short: more may follow
            lines.append(f"  \u2026 and {at_least}{len(figured) - MAX_FACTS_LISTED} more reports with figures")
        # (one network's reports overlap: added up only where one source tells them apart)
        shown = figured[:MAX_FACTS_LISTED]
        total = honest_total(shown, narrowed, kb.own_reports())[0] if not narrowed.names or one_source_over_time(
            shown) else None
        if total:
            lines.append("  " + total)
    shown: set[tuple] = set()  # (an estimate both sides' documents give is shown once)
    for side, narrowing in sides:
        if not narrowing.get("names"):
            continue
        # "How does Kestrel Lab's own count compare with Meta's figure?": a side's own counts or estimates of the
        # network's size (no removal), where its documents give them
        # (whoever counted, not only the platforms asked about)
        narrowed = Query(**{**query.__dict__, "intent": "reach", "platforms": [], "surfaces": [], **narrowing})
        estimates = [row for row in kb.reach(narrowed, "estimated size", MAX_FACTS_LISTED)[0]
                     if (row["document"], row["quote"], row["amount"]) not in shown]
        shown |= {(row["document"], row["quote"], row["amount"]) for row in estimates}
        if estimates:
            lines.append(f"*{side}* \u2014 counts or estimates of the network's size, not removals:")
            lines += [f"  \u2022 {row['amount_text']}, {format_date(row['published'])} {cites.cite(row)}"
                      for row in estimates]
    if not cites.items:
        return nothing_found(query, kb)
    head = (f"Side by side: {' vs '.join(side for side, _ in sides)}. Compare like with like: the figures below are "
            "in the units each source gives.")
    return Answer(query.text, "answered", head + "\n" + "\n".join(lines), cites.items)


def statements_of(keys: list[TakedownKey], query: Query, kb: KnowledgeBase) -> dict[int, Statement]:
    """The statements that tell these takedowns, read in full: each one's figures and other reports, by key id."""
    # a name has already chosen the takedowns (`KnowledgeBase.takedown_keys`); told apart again among these few
    # statements alone, a story's figures that do not repeat it would be lost
    unnamed = Query(**{**query.__dict__, "names": []})
    rows = countable(kb.facts(unnamed, limit=-1, told_with=[key.id for key in keys]))
    by_fact = {fact["id"]: statement for statement in group_statements(rows)
               for fact in [*statement.facts, *statement.others]}
    return {key.id: by_fact[key.id] for key in keys if key.id in by_fact}


def _breakdown_groups(by: str, key: TakedownKey) -> list[str]:
    """The groups of a breakdown a takedown is in; a takedown the sources date only by its year is in no month or
    quarter of it."""
    if by == "platform":
        return [key.platform]
    if by == "country":
        return key.origins or ["not attributed"]
    if not key.dated:
        return ["undated"]
    if by == "year":
        return [key.dated[:4]]
    if key.dated_precision == "year":
        return [f"{key.dated[:4]}, {by} not given"]
    return [key.dated[:7] if by == "month" else f"{key.dated[:4]} Q{(int(key.dated[5:7]) - 1) // 3 + 1}"]


def answer_breakdown(query: Query, kb: KnowledgeBase) -> Answer:
    """"Iran takedowns by year": the takedowns grouped by year, platform, country or month."""
    by = query.breakdown or "year"
    groups = takedowns_by(query, kb, partial(_breakdown_groups, by))
    if not groups:
        return nothing_found(query, kb)
    if by == "country" and "not attributed" in groups:  # one report leaving the country out does not make
        attributed = {key.announcement for group, members in groups.items() if group != "not attributed"
                      for key in members}  # a takedown others attribute "not attributed"
        groups["not attributed"] = [key for key in groups["not attributed"] if key.announcement not in attributed]
        groups = {group: members for group, members in groups.items() if members}
    # every group's count, and as many examples as keep the reply to a screen or two
    shown = max(2, min(MAX_FACTS_LISTED, MAX_BREAKDOWN_LINES // len(groups)))
    statements = statements_of([key for members in groups.values() for key in members[:shown]], query, kb)
    cites = Citations()  # only the statements shown are cited
    lines = []
    ranked = bool(MOST.search(query.text))  # "in which year… the most": by takedowns, never by added-up accounts
    for group in sorted(groups, key=lambda group: (-len(groups[group]), group)) if ranked else sorted(groups):
        members = groups[group]
        lines.append(f"*{group}* \u2014 {len(members)} takedown{'s' * (len(members) != 1)}")
        for statement in dict.fromkeys(statements[key.id] for key in members[:shown] if key.id in statements):
            first = statement.first
            sources = statement.sources(cites)
            figures = statement.figures() if first["count_text"] else f"{statement.figures()} (no figure given)"
            lines.append(f"  \u2022 {first['platform']} {figures}{origin_phrase(first)}, "
                         f"{date_phrase(takedown_date(statement))} {sources}")
        if len(members) > shown:
            lines.append(f"  \u2026 and {len(members) - shown} more")
    head = f"Takedowns{subject_phrase(query)}, by {query.breakdown or 'year'}"
    head += (", most takedowns first (account figures are not added up across takedowns, so none is ranked by "
             "accounts):" if ranked else ":")
    return Answer(query.text, "answered", head + "\n" + "\n".join(lines), cites.items)


ONE_TAKEDOWN_ASKED = re.compile(r"\b(?:first|earliest|latest|most\s+recent|last)\s+(?:[\w-]+\s+){0,3}?"
                                r"(?:takedown|removal|action)\b(?!s)", re.I)


def answer_latest(query: Query, kb: KnowledgeBase, newest: bool = True) -> Answer:
    """The most recent takedowns first; or, asked for the first ones, the earliest first."""
    order = "f.announced desc, f.id" if newest else "f.announced, f.id"
    statements = [s for s in group_statements(kb.facts(query, order=order)) if s.first["announced"]]
    if not statements:
        return nothing_found(query, kb)
    statements.sort(key=lambda s: s.first["announced"], reverse=newest)
    cites = Citations()
    one = ONE_TAKEDOWN_ASKED.search(query.text) is not None  # "the first Msasa Signal takedown": that one alone
    if one and query.names:  # (a network's round: its reports of the same weeks, the ones with figures first)
        first = round_day(statements[0].first)
        statements = sorted([s for s in statements if abs((round_day(s.first) - first).days) <= ROUND_GAP_DAYS],
                            key=lambda s: not s.first["count_text"])
    lines = [statement_line(s, query, cites) for s in statements[:1 if one and not query.names else 5]]
    if one and not query.names and (aimed := next((f["targets"] for f in statements[0].facts if f["targets"]), [])) \
            and set(aimed) != set(statements[0].first["origins"]):
        lines[0] += f" \u2014 aimed at {join_words(aimed)}"  # (the one takedown asked for: whom it worked on, too)
    heading = ("The latest takedown" if one else "The latest takedowns") if newest else (
        "The earliest takedown" if one else "The earliest takedowns")
    return Answer(query.text, "answered", f"{heading}{subject_phrase(query)}:\n" + "\n".join(lines), cites.items)


def answer_smallest(query: Query, kb: KnowledgeBase) -> Answer:
    """"The smallest Twitter takedown": takedowns ranked by their size, the smallest first.  A takedown's size is
    its largest figure of the unit (not "4 Instagram accounts" beside 65 Facebook ones), and a figure given as
    only a floor ("more than 20") says too little to rank it."""
    unit = query.units[0] if query.units else "accounts"
    facts = [f for f in kb.facts(query, order="f.count, f.id", limit=ROW_LIMIT, units=[unit], light=True,
                                 only="one_takedown")
             if f["count"] and f["unit"] == unit and not f["surface"] and f["qualifier"] in SIZED
             and f["scope"] not in NOT_ONE_TAKEDOWN
             and not (query.countries and query.country_role == "origin"
                      and set(f["origins"]) - set(places_within(query.countries)))]
    announcements = list(dict.fromkeys(f["announcement"] for f in facts))
    # (a ceiling another report gives, "fewer than 100" beside the release's 96, is no size: the figure is)
    size = dict(kb.db.execute(
        "select announcement, coalesce(max(case when qualifier in ('fewer than', 'up to') then null else count end), "
        f"max(count)) from facts where unit = ? and surface is null and announcement in "
        f"({', '.join('?' * len(announcements))}) group by announcement", [unit, *announcements]).fetchall())
    chosen: dict[int, dict] = {}
    for fact in facts:
        if fact["count"] == size.get(fact["announcement"]):
            chosen.setdefault(fact["announcement"], fact)
    single = ONE_ASKED.search(query.text) is not None  # "what was the smallest takedown Twitter announced?"
    smallest = sorted(chosen.values(), key=lambda fact: (fact["count"], fact["id"]))[:1 if single else LARGEST_SHOWN]
    if not smallest:
        return nothing_found(query, kb)
    full = kb.by_id([f["id"] for f in smallest])
    cites = Citations()
    lines = [f"\u2022 {describe_fact(f)} {cites.cite(f)}" for f in (full[f["id"]] for f in smallest)]
    head = (f"{'The smallest takedown' if single else 'Smallest takedowns'} by number of {unit} (as each source "
            f"counts them; each at its largest figure, and "
            f"figures given only as a floor, such as \u201cmore than 20\u201d, left out){subject_phrase(query)}:")
    return Answer(query.text, "answered", head + "\n" + "\n".join(lines), cites.items)


def _described(fact: dict, query: Query) -> str:
    """A ranked takedown in a line, with whom it targeted where the sources say and the question did not ask ("TikTok
    terminated 1,037 accounts (China-based; aimed at the United States), October 2024"): which network was largest
    is asked about as often by its target as by its name."""
    line = describe_fact(fact)
    targets = [t for t in fact["targets"] if t not in fact["origins"]]
    if not targets or query.targets:
        return line
    origin = origin_phrase(fact)
    aimed = f"aimed at {join_words(targets)}"
    if origin:
        return line.replace(origin, f"{origin[:-1]}; {aimed})", 1)
    return f"{fact['platform']} {fact['action']} {figure_phrase(fact)} ({aimed}), {date_phrase(fact)}"


def _named(fact: dict) -> str:
    """"Paper Monsoon: " before a ranked takedown whose network the sources name."""
    return f"{' / '.join(fact['networks'])}: " if fact["networks"] else ""


# "Leaving spam aside, what was the largest takedown…?", "excluding spam"
SPAM_LEFT_OUT = re.compile(r"\b(?:leaving|excluding|except|other\s+than|apart\s+from|not\s+counting|without|ignoring|"
                           r"besides)\s+(?:the\s+)?spam|\bspam\s+aside\b", re.I)


NETWORK_WORD = re.compile(r"\b(?:network|operation|campaign)s?\b", re.I)


def answer_largest(query: Query, kb: KnowledgeBase) -> Answer:
    unit = query.units[0] if query.units else "accounts"
    for limit in (LARGEST_SHOWN * 8, ROW_LIMIT):  # a few reports per takedown; read more only if they were not enough
        facts = [f for f in kb.facts(query, order="f.count desc, f.id", limit=limit, units=[unit], light=True,
                                     only="one_takedown")
                 if f["count"] is not None and f["qualifier"] != "fewer than" and f["scope"] not in NOT_ONE_TAKEDOWN
                 # (nor a platform's everyday spam cleaning, "187 million fake accounts", unless spam is asked about)
                 and (f["scope"] != "spam" or (re.search(r"\bspam", query.text, re.I)
                                               and not SPAM_LEFT_OUT.search(query.text)))
                 # (nor accounts added to a takedown told before, or of networks removed before that came back)
                 and f["scope"] not in ("additional", "returning")
                 # (nor, asked for a network, the accounts that only amplified one: "roughly 96,000 amplifier accounts")
                 and not (f["scope"] == "amplifier" and NETWORK_WORD.search(query.text))
                 # not one country's alone ("Iran and Russia together" is not Iran's); a region's countries are its own
                 and not (query.countries and query.country_role == "origin"
                          and set(f["origins"]) - set(places_within(query.countries)))]
        if len({f["takedown"] for f in facts}) >= LARGEST_SHOWN:
            break
    if not facts:
        return nothing_found(query, kb)
    # "2,632 Pages, groups and accounts combined" counts no one kind: ranked by pages only when nothing else is
    own_unit = [f for f in facts if f["unit"] == unit]
    combined_left_out = bool(own_unit) and len(own_unit) < len(facts)
    facts = own_unit or facts
    facts.sort(key=lambda f: f["count"], reverse=True)
    facts = list({f["takedown"]: f for f in reversed(facts)}.values())[::-1][:LARGEST_SHOWN * 2]  # each at its largest
    full = kb.by_id([f["id"] for f in facts])
    # a cluster of a figure already counted ("1,666 of the 4,779") is not a takedown of its own
    single = ONE_ASKED.search(query.text) is not None  # "what was Meta's biggest single takedown of 2021?"
    # (unless every figure is a part: then they are all there is to rank)
    facts = [full[f["id"]] for f in facts if full[f["id"]]["part_of"] is None] or [full[f["id"]] for f in facts]
    facts = facts[:1 if single else LARGEST_SHOWN]
    cites = Citations()
    lines = [f"\u2022 {_named(f)}{_described(f, query)} {cites.cite(f)}" for f in facts]
    ranked = "The largest takedown" if single else "Largest takedowns"
    head = f"{ranked} by number of {unit} (as each source counts them){subject_phrase(query)}:"
    if combined_left_out:
        head = (f"{ranked} by number of {unit} (as each source counts them; figures that count {unit} "
                f"together with other kinds are left out){subject_phrase(query)}:")
    return Answer(query.text, "answered", head + "\n" + "\n".join(lines), cites.items)
