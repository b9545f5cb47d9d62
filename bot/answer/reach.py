"""Reach: followers, subscribers, posts, views and ad spending, each figure cited and never summed."""

from __future__ import annotations

import re

from bot.answer.cited import MAX_FACTS_LISTED, Answer, Citations, names_platform_asked, subject_phrase
from bot.answer.rankings import MOST
from bot.answer.search import answer_search
from bot.knowledge import KnowledgeBase
from bot.numbers import counts_in
from bot.reach import MONEY
from bot.understand import MEASURE_KINDS, Query
from bot.wording import format_date, join_words

REACH_LABELS = {"followers": "followers", "subscribers": "subscribers", "posts": "posts", "views": "views",
                "ad spend": "spent on ads", "estimated size": "accounts in an outside estimate of the network's size",
                "reinstated": "reinstated after the takedown"}


def _gives_figure(quote: str, measure: re.Pattern[str]) -> bool:
    """The quote gives a figure for the measure: a count within a few words of "followers", "spent"… ("the removal
    followed a tip in December 2019" names no audience)."""
    windows = [quote[max(0, match.start() - 50):match.end() + 50] for match in measure.finditer(quote)]
    return any(MONEY.search(window) or any(count.value is None or not (
        1990 <= count.value <= 2035 and count.qualifier == "exact") for count in counts_in(window))
        for window in windows)


RANKED_LIMIT = 500  # the reach figures read to rank them: far more than any question's period or platform holds


def answer_reach(query: Query, kb: KnowledgeBase) -> Answer:
    """Followers, ad spending, posts: the reach figures the sources give, each cited and never summed
    (two networks' audiences overlap, and currencies differ)."""
    ranked = bool(MOST.search(query.text))  # "which network had the most followers?": the largest first, of all
    rows, total = kb.reach(query, query.measure, RANKED_LIMIT if ranked else MAX_FACTS_LISTED)
    if query.units == ["pages"] and not query.platforms and len(
            paged := [row for row in rows if re.search(r"\bpages?\b", row["quote"], re.I)]) not in (0, len(rows)):
        # "How many followers did the … Pages have?": the Pages' own, not the TikTok accounts' told beside them
        rows, total = paged, len(paged)
    note = ""
    if not rows and query.countries and query.country_role == "origin":  # "the Hong Kong pages": aimed there
        targeting = Query(**{**query.__dict__, "country_role": "target"})
        rows, total = kb.reach(targeting, query.measure, MAX_FACTS_LISTED)
        if rows:
            countries = join_words(query.countries)
            query, note = targeting, (f"The knowledge base ties no reach figure to {countries} as where a network "
                                      f"came from; these are of networks that targeted {countries}:\n")
    if not rows:  # a sentence may still say it in words the extractor does not read; one that does not say it
        found = answer_search(query, kb)  # at all ("Fazze did not respond…") does not answer
        said = dict(MEASURE_KINDS).get(query.measure or "")
        named = bool(query.names and kb.documents_mentioning(query.names))  # the sources tell of it, not of this
        # (a figure of another platform's is none: "spent $27,000 on Facebook ads", asked about Twitter ads)
        # (nor one that names no network asked about: "Advertising: about $38,500…", in another network's section)
        names = [alias.lower() for name in query.names for alias in kb.also_known_as(name)]
        silent = found.status == "answered" and not any(_gives_figure(c.quote, said) and names_platform_asked(
            c.quote, query) and (not names or any(name in c.quote.lower() for name in names))
            for c in found.citations) if said else False
        if said and (silent or (found.status == "no_answer" and named)):
            measure = {"ad spend": "ad spending"}.get(query.measure or "", query.measure)
            return Answer(query.text, "no_answer",
                          f"The knowledge base has no {measure} figure{subject_phrase(query)}. {kb.coverage()}")
        return found
    if ranked:
        rows = sorted(rows, key=lambda row: -(row["amount"] or 0))[:MAX_FACTS_LISTED]
    cites = Citations()
    lines = []
    for row in rows:
        figure = row["amount_text"][0].lower() + row["amount_text"][1:] if re.match(
            r"[A-Z][a-z]", row["amount_text"]) else row["amount_text"]
        # (an estimate is someone else's, not the platform's)
        platform = None if row["measure"] == "estimated size" else row["platform"]
        who = ", ".join(part for part in [platform, join_words(row["networks"]) if row["networks"] else "",
                                          "from " + join_words(row["origins"]) if row["origins"] else ""] if part)
        lines.append(f"\u2022 {figure} {REACH_LABELS[row['measure']]} ({who}), "
                     f"{format_date(row['announced'])} {cites.cite(row)}")
    if total > len(rows):
        lines.append(f"\u2026 and {total - len(rows)} more; narrow the question by platform, country or "
                     "year to see them.")
    measure = {"ad spend": "Ad spending", "estimated size": "Estimated network size",
               "reinstated": "Accounts given back after a takedown"}.get(
        query.measure or "", (query.measure or "reach").capitalize())
    kind = "not takedown counts" if query.measure == "reinstated" else "reach, not takedown counts"
    head = f"{note}{measure} as the sources report it{subject_phrase(query)} ({kind}):"
    return Answer(query.text, "answered", head + "\n" + "\n".join(lines), cites.items)
