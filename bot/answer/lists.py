"""Which countries, platforms, targets or networks: each with the first report that names it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from bot.answer.cited import (
    MAX_FACTS_LISTED,
    NEWER_NAMES,
    Answer,
    Citations,
    date_phrase,
    origin_phrase,
    subject_phrase,
)
from bot.answer.rankings import MOST, RANKED_BY_ANNOUNCEMENTS, statements_of
from bot.answer.search import answer_search, nothing_found, unknown_terms
from bot.answer.statements import group_statements, read_in_full, takedown_date, takedowns_by
from bot.knowledge import ROW_LIMIT, KnowledgeBase
from bot.mentions import countries_in, regions_in
from bot.understand import Query
from bot.vocabulary import without_accents
from bot.wording import join_words


def answer_countries(query: Query, kb: KnowledgeBase) -> Answer:
    """Every country of origin that matches, each with the first report that names it (one SQL aggregate)."""
    countries = kb.countries_named(query)
    if not countries:
        return _origin_unknown(query, kb) or nothing_found(query, kb)
    ranked = bool(MOST.search(query.text))
    if ranked:  # "which country had the most…": ranked by announcements, the one thing counted across them
        countries = sorted(countries, key=lambda item: -item[1])
    cites = Citations()
    counted = _networks_counted_by_the_sources(query, kb, cites) if ranked else ""
    lines = _announcement_lines(countries, cites)
    names = [country for country, _, _ in countries]
    head = f"Countries of origin{subject_phrase(query)}: {join_words(names)}."
    if ranked:
        head = f"Countries of origin{subject_phrase(query)}, {RANKED_BY_ANNOUNCEMENTS}: {join_words(names)}."
    text = counted + head + "\n" + "\n".join(lines)
    # "Which countries' networks does the roundup cover?": asked of countries, not of origins, the countries the
    # networks were aimed at too (a roundup of elections names most of its countries so)
    targeted = [item for item in kb.countries_named(query, role="target") if item[0] not in names] \
        if not ranked and not ORIGIN_ASKED.search(query.text) else []
    if targeted:
        aimed_at = join_words([country for country, _, _ in targeted])
        text += (f"\nCountries targeted{subject_phrase(query)} besides these: {aimed_at}.\n"
                 + "\n".join(_announcement_lines(targeted, cites)))
    return Answer(query.text, "answered", text, cites.items)


def _networks_counted_by_the_sources(query: Query, kb: KnowledgeBase, cites: Citations) -> str:
    """"Russia remains the most frequent country of origin, with 37 networks removed since 2017": a source's own
    running count of networks per country, ranked as the source counts them, before the knowledge base's own count
    of announcements (which knows only the takedowns its documents tell)."""
    counts = [f for f in kb.facts(query, units=["networks"]) if f["scope"] == "cumulative" and f["count"]
              and len(f["origins"]) == 1 and not f["reference"]]
    if not counts:
        return ""
    lines = [f"\u2022 {f['origins'][0]}: {f['count_text']} networks ({f['platform']}, {date_phrase(f)}) {cites.cite(f)}"
             for f in sorted(counts, key=lambda f: -f["count"])]
    return "The sources' own running counts of networks by country of origin:\n" + "\n".join(lines) + "\n"


# "Which countries did the networks come from?", "…originate in", "…based in", "…run from": origins alone
ORIGIN_ASKED = re.compile(r"\b(?:come|came|comes|coming|originat\w*|origins?|based|run|operated|from)\b", re.I)


# "we could not determine where it originated", "Meta did not say where the network was based"
ORIGIN_UNKNOWN = re.compile(r"\b(?:could\s+not|couldn['’]t|unable\s+to|did\s+not|didn['’]t|cannot|can['’]t|has\s+not|"
                            r"have\s+not|declined\s+to)\s+(?:yet\s+)?(?:determine|establish|say|identify|confirm|"
                            r"disclose|attribute)\b[^.;]{0,40}?\b(?:originat\w*|where|origin|came\s+from|based)\b",
                            re.I)


def _origin_unknown(query: Query, kb: KnowledgeBase) -> Answer | None:
    """Networks the question describes, which the sources place nowhere and say they could not ("we could not
    determine where it originated"): that, quoted, rather than nothing."""
    facts = kb.facts(query, limit=5, light=True)
    cites = Citations()
    lines = []
    for fact in facts:
        said = next((row for row in kb.sentences_near(fact["document"], fact["sentence"], 8)
                     if ORIGIN_UNKNOWN.search(row["text"])), None)
        if said is not None and not fact["origins"]:
            line = f"\u2022 {fact['platform']}, {date_phrase(fact)} {cites.cite(said)}"
            if line not in lines:
                lines.append(line)
    if not lines:
        return None
    return Answer(query.text, "answered", f"The sources place no network{subject_phrase(query)} anywhere; they say "
                  "where it came from could not be told:\n" + "\n".join(lines), cites.items)


def answer_platforms(query: Query, kb: KnowledgeBase) -> Answer:
    """Each platform that reported matching removals, with up to three of its takedowns (those with figures first)."""
    groups = takedowns_by(query, kb, lambda key: [key.platform])  # the list of platforms must be complete
    if not groups:  # ("Which platforms did the Moldovan ministry call on to act?": what the sources say, if they do)
        searched = answer_search(query, kb)
        return searched if searched.status == "answered" else nothing_found(query, kb)
    ranked = bool(MOST.search(query.text))  # "which platform removed the most…": by takedowns, as countries are
    if ranked:
        groups = dict(sorted(groups.items(), key=lambda item: -len(item[1])))
    listed = {platform: [key for key in keys if key.figured] or keys for platform, keys in groups.items()}
    statements = statements_of([key for keys in listed.values() for key in keys[:3]], query, kb)
    cites = Citations()
    lines = []
    names = {}
    for platform, keys in listed.items():
        shown = dict.fromkeys(statements[key.id] for key in keys[:3] if key.id in statements)
        names[platform] = _as_told(platform, shown, companies=COMPANIES_ASKED.search(query.text) is not None)
        described = "; ".join(f"{s.figures()}, {date_phrase(takedown_date(s))} {s.sources(cites)}" for s in shown)
        more = f" (and {len(keys) - 3} more)" if len(keys) > 3 else ""
        count = f" ({len(groups[platform])} takedown{'s' * (len(groups[platform]) != 1)})" if ranked else ""
        lines.append(f"\u2022 {names[platform]}{count}: {described}{more}")
    told = [names.get(platform, platform) for platform in groups]
    head = f"{join_words(told)} reported removals{subject_phrase(query)}."
    if ranked:
        head = (f"Platforms that reported removals{subject_phrase(query)}, most takedowns first (account figures "
                f"are not added up across takedowns, so none is ranked by accounts): {join_words(told)}.")
    return Answer(query.text, "answered", head + "\n" + "\n".join(lines), cites.items)


# the name a platform's takedowns may be told under: "X", "Meta", or its video service
TOLD_AS = {**NEWER_NAMES, "Google": "YouTube"}


# "Which companies took action against…": the companies' names, "Meta (Facebook)"
COMPANIES_ASKED = re.compile(r"\bcompan(?:y|ies)\b", re.I)


def _as_told(platform: str, statements: Iterable, companies: bool = False) -> str:
    """"X (Twitter)", "Meta (Facebook)", "Google (YouTube)": where the quotes shown tell the platform's takedowns
    under that name, so the answer speaks as its sources do (or where the question asks which companies acted)."""
    name = TOLD_AS.get(platform)
    quotes = " ".join(row["quote"] for s in statements for row in [*s.facts, *s.others])
    if name is None or not (re.search(rf"\b{name}\b", quotes) or (companies and platform in NEWER_NAMES)):
        return platform
    return f"{platform} ({name})" if platform == "Google" else f"{name} ({platform})"


def answer_targets(query: Query, kb: KnowledgeBase) -> Answer:
    if MOST.search(query.text) and not query.targets and (not query.countries or query.country_role == "origin"):
        # "which countries were targeted most?", "which countries did Russian networks target most?"
        return _ranked_targets(query, kb)
    facts = [f for f in kb.facts(query, only="targeted", light=True) if f["targeted"]]  # other reports too
    if not facts:  # targets named in a sentence of their own ("The countries targeted included…")
        return answer_search(query, kb)
    statements = group_statements(facts)[:MAX_FACTS_LISTED]
    read_in_full(statements, kb)
    cites = Citations()
    lines = []
    for statement in statements:
        first = statement.first
        target = first["target_text"] or join_words(first["targets"])
        if first["target_text"] and first["targets"] and not countries_in(first["target_text"]) and not regions_in(
                first["target_text"]):
            target += f" ({join_words(first['targets'])})"  # ("targeted viewers in both countries (Sudan and Libya)")
        lines.append(f"\u2022 {first['platform']}, {date_phrase(first)} ({statement.figures()}{origin_phrase(first)}): "
                     f"{target} {statement.sources(cites, others=False)}")
    return Answer(query.text, "answered", f"Who the networks{subject_phrase(query)} targeted:\n" + "\n".join(lines),
                  cites.items)


def _ranked_targets(query: Query, kb: KnowledgeBase) -> Answer:
    """The countries and regions networks targeted, the most announcements first, each with its first report."""
    targets = sorted(kb.countries_named(query, role="target"), key=lambda item: -item[1])
    if not targets:
        return answer_search(query, kb)
    cites = Citations()
    lines = _announcement_lines(targets[:MAX_FACTS_LISTED * 2], cites)
    more = f" (and {len(targets) - MAX_FACTS_LISTED * 2} more)" if len(targets) > MAX_FACTS_LISTED * 2 else ""
    head = f"Whom the networks{subject_phrase(query)} targeted, {RANKED_BY_ANNOUNCEMENTS}{more}:"
    return Answer(query.text, "answered", head + "\n" + "\n".join(lines), cites.items)


def _announcement_lines(places: list[tuple[str, int, dict]], cites: Citations) -> list[str]:
    """"• Peru (2 announcements) [1]": each place, how many announcements name it, and the first of them."""
    return [f"\u2022 {place} ({announced} announcement{'s' * (announced != 1)}) {cites.cite(row)}"
            for place, announced, row in places]


def _spelling(name: str) -> str:
    """A name as two spellings of it compare ("Operação Eco", "operacao eco")."""
    return without_accents(name).lower().replace("-", " ")


def _with_other_names(names: list[str], kb: KnowledgeBase) -> list[str]:
    """Each name with up to two other names the same network goes by ("Operação Eco (also called Rede Clara)"): a
    reader who knows it by the other name finds it in the list."""
    shown = {_spelling(name) for name in names}
    described = []
    for name in names:
        others = list(dict.fromkeys(other for other in kb.also_known_as(name) if _spelling(other) not in shown))
        shown.update(_spelling(other) for other in others[:2])
        described.append(f"{name} (also called {join_words(others[:2])})" if others else name)
    return described


def answer_networks(query: Query, kb: KnowledgeBase) -> Answer:
    """"Which networks targeted the US in 2020?": each takedown under the network name the sources give it."""
    if not query.has_filters and unknown_terms(query, kb):
        return answer_search(query, kb)  # "which networks posted about vaccines?": a topic, which sentences tell
    facts = kb.facts(query)
    statements = group_statements(facts)
    if not statements:
        return nothing_found(query, kb)
    cites = Citations()
    lines = []
    for statement in statements[:MAX_FACTS_LISTED]:
        first = statement.first
        names = list(dict.fromkeys(n for f in [*statement.facts, *statement.others] for n in f["networks"]))
        links = list(dict.fromkeys(n for f in [*statement.facts, *statement.others] for n in f["linked_to"]))
        # ("A network the sources do not name, linked to Kestrel Reach": who ran it, where that is all they say)
        name = join_words(_with_other_names(names, kb)) if names else "A network the sources do not name" + (
            f", linked to {join_words(links[:2])}" if links else "")
        sources = statement.sources(cites)
        lines.append(f"\u2022 {name}: {first['platform']} {first['action']} {statement.figures()}"
                     f"{origin_phrase(first)}, {date_phrase(takedown_date(statement))} {sources}")
    if len(statements) > MAX_FACTS_LISTED:
        at_least = "at least " if len(facts) >= ROW_LIMIT else ""  # the read stopped short: more may follow
        lines.append(f"\u2026 and {at_least}{len(statements) - MAX_FACTS_LISTED} more; narrow the question to see "
                     "them.")
    kind = "Domestic networks" if query.domestic else "Networks"  # not "networks taken down for networks aimed…"
    return Answer(query.text, "answered", f"{kind} taken down{subject_phrase(replace(query, domestic=False))}:\n"
                  + "\n".join(lines), cites.items)
