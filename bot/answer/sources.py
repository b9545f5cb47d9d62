"""Who tipped a platform off, and who the sources say was behind a network."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answer.cited import (
    MAX_FACTS_LISTED,
    NEWER_NAMES,
    Answer,
    Citations,
    date_phrase,
    figure_phrase,
    origin_phrase,
    source_label,
    subject_phrase,
)
from bot.answer.search import FOUND_CUE, answer_search, unknown_terms
from bot.answer.statements import Statement, group_statements
from bot.knowledge import ROW_LIMIT, KnowledgeBase
from bot.mentions import countries_in, platforms_in, without_countries
from bot.roles import linked_entities
from bot.understand import Query
from bot.vocabulary import CITIES
from bot.wording import format_date, join_words

ONE_NETWORK = re.compile(r"\bthe\s+(?:[\w'-]+\s+){1,5}?(?:network|operation|campaign)\b", re.I)  # not "networks"
# the words of a phrase that only says where a network was ("originated in", "based in", "from")
PLACE_WORDS = (r"originat\w*|based|located|operat\w*|run|from|in|out|of|the|tied|linked|connected|to|with|associated|"
               r"attributed|traced|back|and|or|mainland|potentially|possibly|likely|may|have|been|appear\w*|"
               r"several|countries|set|network|networks|operation|operations|campaign|campaigns|but")


def answer_tips(query: Query, kb: KnowledgeBase) -> Answer:
    if WHEN_ASKED.match(query.text) and (dated := answer_tip_dates(query, kb)) is not None:
        return dated  # "when did Microsoft tip off OpenAI?"
    # ("…about the Iranian accounts": every tip is read, to find those about it)
    by_country = bool(query.countries and not query.names)
    note = ""  # what the tips shown are, where they are not what was asked
    if query.names:  # "tipped off by the FBI": tips from that source first, else tips about that name, else
        tips, sources = kb.tips(query, source=query.names, limit=MAX_FACTS_LISTED)  # tips in stories naming it
        from_source = bool(tips)
        if not tips:
            tips, sources = kb.tips(query, about=query.names, limit=MAX_FACTS_LISTED)
        if tips and not from_source:
            # (and the credits of a story headlined with it, "Policy Brief: Gray Heron and…", told sections away from
            # its removal)
            shown = {tip["id"] for tip in tips}
            headlined = [tip for tip in kb.tips(query, documents=kb.documents_mentioning(query.names),
                                                limit=MAX_FACTS_LISTED)[0] if tip["id"] not in shown
                         and tip["about"] is None and any(name.lower() in (tip["title"] or "").lower()
                                                          for name in query.names)]
            tips = [*tips, *headlined][:MAX_FACTS_LISTED]
            sources = list(dict.fromkeys(tip["source"] for tip in tips))
        places = {*query.countries, *(origin for name in query.names for origin in kb.origins_named(name))}
        if not tips:
            tips, sources = kb.tips(query, documents=kb.documents_mentioning(query.names), limit=MAX_FACTS_LISTED)
            # (a report of several networks: the tips about where the named one came from, where any are)
            # (and those of no country that led to its takedown: "The tip came from the Digital Integrity Unit…",
            # beside "researchers" whose tip is told with the network's country)
            if concerning := [tip for tip in tips if tip["about"] in places or (
                    any(other["about"] in places for other in tips) and tip["about"] is None
                    and _of_the_named(tip, query.names, places, kb, told_near=True))]:
                tips, sources = concerning, list(dict.fromkeys(tip["source"] for tip in concerning))
            elif places:
                # (never a tip about another network of a document that mentions the name: the Ghana network's, in a
                # podcast that mentions "Fukushima" of the Chinese network it asks about)
                tips = [tip for tip in tips if _of_the_named(tip, query.names, places, kb)]
                sources = list(dict.fromkeys(tip["source"] for tip in tips))
        if not tips and places and query.platforms:
            # "Who gave YouTube leads on the Russian Northern Relay network?", where Google's bulletin credits a tip
            # about a Russian network without naming it: the tips to that platform about where the network came from
            tips = [tip for tip in kb.tips(query)[0] if tip["about"] in places][:MAX_FACTS_LISTED]
            sources = list(dict.fromkeys(tip["source"] for tip in tips))
            note = (f"No tip names {join_words(query.names)}; these tips to {join_words(query.platforms)} concern "
                    f"networks from {join_words(sorted(places))}, where it came from.\n") if tips else ""
    else:
        from_source = False
        # (twice as many as shown: one tip told by two documents is one line)
        tips, sources = kb.tips(query, limit=ROW_LIMIT if by_country or query.tip_from else 2 * MAX_FACTS_LISTED)
    if query.tip_from and tips:  # "…a tip from law enforcement?": the tips from that kind of source
        every = sources
        tips = [tip for tip in tips if _of_kind(tip["source"], query.tip_from, tip["quote"])]
        sources = list(dict.fromkeys(tip["source"] for tip in tips))
        if not tips:
            return Answer(query.text, "no_answer", f"The knowledge base records no tip from {query.tip_from}"
                          f"{' to ' + join_words(query.platforms) if query.platforms else ''}; the tips it records "
                          f"came from {join_words(every)}.")
    if not tips and (query.countries or query.names) and (itself := _found_itself(query, kb)) is not None:
        return itself  # (no tip at all, and the sources say the platform found it itself)
    if not tips and (query.platforms or query.countries or query.names) and (
            withheld := _tip_withheld(query, kb)) is not None:
        return withheld  # (no tip, and the sources say the platform would not say how it found the network)
    if not tips:  # "discovered by TikTok's internal teams": no one tipped it off, and the sources may say so
        found = answer_search(query, kb)
        if not query.platforms:
            if found.status != "answered" and query.names and kb.documents_mentioning(query.names):
                names = join_words(query.names)  # "who first flagged Doppelganger?": the base has it, no tip
                found.text = (f"The knowledge base records no tip-off about {names}, though its sources tell of "
                              f"{names}. {kb.coverage()}")
            return found
        named = f" that involves {join_words(query.names)}" if query.names else ""  # a source, or the network
        if found.status == "answered":
            found.text = (f"The knowledge base records no tip-off to {join_words(query.platforms)}{named}; what the "
                          f"sources say:\n{found.text}")
            # (what they say answers the question only where it tells how the network was found: "discovered by
            # TikTok's internal teams"; otherwise it is context, and the question has no answer)
            if not any(FOUND_CUE.search(citation.quote) for citation in found.citations):
                found.status = "no_answer"
        elif kb.facts(query, limit=1, light=True):  # the platform's takedowns are there, but no one tipped it off
            found.text = (f"The knowledge base records no tip-off to {join_words(query.platforms)}{named}, though it "
                          f"has takedowns{subject_phrase(query)}. {kb.coverage()}")
        return found
    led_to = {tip["id"]: kb.takedown_near(tip["document"], tip["sentence"], tip["platform"], _told_about(tip))
              for tip in tips}
    if by_country:
        # (the takedown a tip led to may be placed only by other reports of it: "…suspended over 1,100 accounts",
        # told of a network a later newsletter says was run from Kenya)
        places = kb.takedown_places([row["takedown"] for row in led_to.values() if row is not None])
        concerning = [tip for tip in tips if _concerns(tip, led_to[tip["id"]], query.countries, places)]
        if concerning:
            tips = concerning[:MAX_FACTS_LISTED]
            sources = list(dict.fromkeys(tip["source"] for tip in tips))
        elif (itself := _found_itself(query, kb)) is not None:
            return itself  # "Was Meta tipped off about the Serbian network?": no, its own investigation found it
        else:
            tips = tips[:MAX_FACTS_LISTED]
            note = f"None of the tips is said to concern {join_words(query.countries)}; these are all of them.\n"
    cites = Citations()
    lines = []
    same: dict[tuple, list[dict]] = {}  # one tip told by several documents: one line, every source cited
    for tip in tips:
        same.setdefault((tip["source"], tip["platform"], tip["announced"]), []).append(tip)
    for reports in list(same.values())[:MAX_FACTS_LISTED]:
        tip = reports[0]
        about = f" about {tip['about']}" if tip["about"] else ""
        platform = tip["platform"] or "the platform"
        reported = f"reported {format_date(tip['announced'])}" if tip["announced"] else "date unknown"
        if tip["tipped"]:  # ("the Halvorsen Lab… handed over a list of suspect accounts in August 2019")
            on = "on" if tip["tipped_precision"] == "day" else "in"
            reported = f"{on} {format_date(tip['tipped'], tip['tipped_precision'])}; {reported}"
        credit = {"similar findings": f"reported findings{about} that {platform} called similar to its own",
                  "request": f"asked {platform} to act" + (f" against the network from {tip['about']}" if tip["about"]
                                                           else "")}.get(tip["credit"], f"tipped off {platform}{about}")
        line = (f"\u2022 {_as_written(tip['source'], tip['quote'])} {credit} ({reported}) "
                f"{' '.join(dict.fromkeys(cites.cite(report) for report in reports))}")
        takedown = next((led_to[r["id"]] for r in reports if led_to[r["id"]] is not None), None)
        if takedown is not None:
            line += (f"; the takedown: {figure_phrase(takedown)}{origin_phrase(takedown)}, {date_phrase(takedown)} "
                     f"{cites.cite(takedown)}")
        lines.append(line)
    written = {tip["source"]: _as_written(tip["source"], tip["quote"]) for tip in tips}
    sources = [written.get(source, source) for source in sources]
    # "an industry peer" and "industry peers" in two stories: named once
    once: dict[str, str] = {}
    for source in sources:
        once.setdefault(source.lower().rstrip("s"), source)
    sources = list(once.values())
    named = join_words(sources[:12] + ([f"{len(sources) - 12} more"] if len(sources) > 12 else []))
    platforms = join_words(query.platforms) if query.platforms else "the platforms"
    topic = f" about {join_words(query.countries)}" if by_country and not note else ""
    asked = platforms + topic
    head = f"Takedowns that began with a tip from {named}:" if from_source else f"Who tipped off {asked}: {named}."
    if not from_source and all(tip["credit"] == "similar findings" for tip in tips):
        head = f"Whose findings {platforms} called similar to their own{topic}: {named}."
    elif not from_source and all(tip["credit"] == "request" for tip in tips):
        head = f"At whose request {platforms} acted{topic}: {named}."
    if query.tip_from:
        head = f"Tips from {query.tip_from} to {asked}: {named}."
    # (no tip about the countries asked: the question has no answer; the tips there are stay as context)
    status = "no_answer" if by_country and note else "answered"
    return Answer(query.text, status, note + head + "\n" + "\n".join(lines), cites.items)


WHEN_ASKED = re.compile(r"^\W*(?:and\s+)?(?:when|(?:on\s+)?what\s+(?:date|day|month))\b", re.I)
# "when did the Office refer…", "what date did the ministry notify…": a question about the tip itself
TIP_ASKED = re.compile(r"\b(?:refer(?:red|ral)?|notif\w*|alert(?:ed)?|tip(?:ped|s)?|flag(?:ged)?|warn(?:ed)?|"
                       r"contact(?:ed)?|reach(?:ed)?\s+out|hand(?:ed)?\s+over|pass(?:ed)?\s+(?:on|along)|"
                       # "When did Kestrel Lab send its findings to Meta?"
                       r"(?:sen[dt]|shar(?:e|ed)|give|gave|submit(?:ted)?)\s+(?:\w+\s+){0,2}?(?:findings|report|list|"
                       r"evidence|data|indicators|leads?))\b", re.I)


def answer_tip_dates(query: Query, kb: KnowledgeBase) -> Answer | None:
    """When a tip was given ("When did Poland's office refer the Zorza network to the platforms?"): the day or month
    the tip's own sentence gives (`tips.tip_date`), which may be weeks before the takedown; None where no tip asked
    about has one, and the takedowns' dates answer instead."""
    # from the source named, else about the name, else in the stories that tell of it
    readings = (dict(source=query.names), dict(about=query.names),
                dict(documents=kb.documents_mentioning(query.names))) if query.names else ({},)
    tips: list[dict] = []
    for reading in readings:
        tips = [tip for tip in kb.tips(query, **reading)[0] if tip["tipped"]]
        if tips:
            break
    if not tips:
        return None
    same: dict[tuple, list[dict]] = {}  # one tip to three platforms: one line
    for tip in tips:
        same.setdefault((tip["source"], tip["tipped"], tip["document"], tip["sentence"]), []).append(tip)
    cites = Citations()
    lines = []
    for reports in list(same.values())[:MAX_FACTS_LISTED]:
        tip = reports[0]
        platforms = join_words(list(dict.fromkeys(r["platform"] or "the platform" for r in reports)))
        lines.append(f"\u2022 {format_date(tip['tipped'], tip['tipped_precision'])}: "
                     f"{_as_written(tip['source'], tip['quote'])} tipped off {platforms} {cites.cite(tip)}")
    dates = sorted({(reports[0]["tipped"], reports[0]["tipped_precision"]) for reports in same.values()})
    on = "On" if dates[0][1] == "day" else "In"
    head = (f"{on} {format_date(*dates[0])}." if len(dates) == 1 else
            f"On {len(dates)} dates, from {format_date(*dates[0])} to {format_date(*dates[-1])}:")
    return Answer(query.text, "answered", head + "\n" + "\n".join(lines), cites.items)


# what each kind of source a question may ask for (`understand.TIP_SOURCES_ASKED`) is called in the sources
SOURCE_KINDS = {
    "law enforcement": re.compile(r"\b(?:FBI|law\s+enforcement|police|Department\s+of\s+(?:Justice|Homeland\s+"
                                  r"Security)|DOJ|DHS|CISA|Europol|authorities|government|intelligence)\b", re.I),
    "researchers": re.compile(r"\b(?:research\w*|DFRLab|Digital\s+Forensic|Graphika|Stanford|Internet\s+Observatory|"
                              r"Citizen\s+Lab|ASPI|universit\w+|academ\w+|analysts?|Bellingcat|DisinfoLab|"
                              r"Alliance\s+for\s+Securing\s+Democracy)\b", re.I),
    "journalists": re.compile(r"\b(?:journalis\w+|reporters?|Reuters|BBC|New\s+York\s+Times|Washington\s+Post|CNN|NBC|"
                              r"BuzzFeed|Daily\s+Beast|Guardian|Bellingcat|news\w*|media|outlets?)\b", re.I),
    "security firms": re.compile(r"\b(?:FireEye|Mandiant|Microsoft|Recorded\s+Future|Proofpoint|CrowdStrike|Kaspersky|"
                                 r"security|cyber\w*)\b", re.I),
}


def _as_written(source: str, quote: str) -> str:
    """A tipping platform as its source's sentence names it ("Meta", "X"), where it names it so first."""
    newer = NEWER_NAMES.get(source)
    as_newer = re.search(rf"\b{newer}\b", quote) if newer else None
    as_older = re.search(rf"\b{source}\b", quote)
    # ("flagged to OpenAI by Meta's team, which had been investigating the firm on Facebook": Meta, named first)
    return newer if as_newer and (as_older is None or as_newer.start() < as_older.start()) else source


def _of_kind(source: str, kind: str, quote: str = "") -> bool:
    """Whether a tip's source is of the kind asked about, by its name or by how its sentence describes it
    ("researchers at the Liffey Institute", "the Liffey Institute, a Dublin research centre"); another platform
    ("Twitter", "an industry peer") is known by name."""
    if kind == "other platforms":
        return bool(platforms_in(source)) or "industry" in source.lower()
    if SOURCE_KINDS[kind].search(source):
        return True
    at = quote.find(source)
    if at < 0:
        return False
    before = DESCRIBED_BEFORE.search(quote, max(0, at - 40), at)
    after = DESCRIBED_AFTER.match(quote, at + len(source))
    return any(described and SOURCE_KINDS[kind].search(described.group(0)) for described in (before, after))


# "researchers at (the) X", "X, a Dublin research centre": how a tip's sentence says what kind of source it is
DESCRIBED_BEFORE = re.compile(r"\b[\w-]+\s+(?:at|from|with)\s+(?:the\s+)?$")
DESCRIBED_AFTER = re.compile(r",\s+(?:a|an|the)\s+[^,.;]{1,60}")


def _told_about(tip: dict) -> str:
    """The words that say what a tip concerned: its sentence, and what it was about (a name, or the country of
    the heading it stands under)."""
    return f"{tip['quote']} {tip['about'] or ''}"


def _of_the_named(tip: dict, names: list[str], places: set[str], kb: KnowledgeBase, told_near: bool = False) -> bool:
    """The tip names the network, or led to a takedown of it or of where it came from, or to none the document
    tells near it (a press release's referral, told apart from the removal; unless `told_near`, which asks for
    the takedown)."""
    if any(name.lower() in tip["quote"].lower() for name in names):
        return True
    takedown = kb.takedown_near(tip["document"], tip["sentence"], tip["platform"], _told_about(tip))
    if takedown is None:
        return not told_near
    spellings = {alias.lower() for name in names for alias in kb.also_known_as(name)}
    return _concerns(tip, takedown, sorted(places)) or bool(spellings & {name.lower() for name in takedown["networks"]})


def _concerns(tip: dict, takedown: dict | None, countries: list[str],
              places: dict[int, set[str]] | None = None) -> bool:
    """The tip names one of the countries, or the takedown it led to came from one or targeted one ("the
    Indian election network" is the one aimed at India's election), as any report of it says (`places`: the
    countries of each takedown, by its id)."""
    named = {country for country, _, _ in countries_in(_told_about(tip))}
    return bool(named & set(countries)) or bool(
        takedown and (set(takedown["origins"] + takedown["targets"]) | (places or {}).get(takedown["takedown"], set()))
        & set(countries))


def answer_behind(query: Query, kb: KnowledgeBase) -> Answer:
    """Who the sources tie the networks to ("individuals associated with the Saudi government"), one line per
    statement; where they only say where a network came from, the best matching sentences instead."""
    # "who was behind the Smaat network?": the sentences that name it say; "who's behind endless mayfly?" names
    # something the vocabulary does not know, which the sources may (or may not) name
    if query.names or (unknown_terms(query, kb) and not query.has_filters):
        # "who was behind Inkwell Choir?": the figures told of it, where they say who; else what the sentences say
        named = [(s, who) for s in group_statements(kb.facts(query, only="attributed"))
                 if (who := _statement_who(s, query))]
        if query.names and named:
            return _behind_lines(query, named, kb)
        return (_behind_said(query, kb) if query.names else None) or answer_search(query, kb)
    found = group_statements(kb.facts(query, only="attributed"))
    asked = set(query.countries)
    # "the UAE and Egypt network": one network from all of them, when there is one; not another from either
    if len(asked) > 1 and ONE_NETWORK.search(query.text) and any(
            asked <= set(f["origins"]) for f in kb.facts(query, limit=-1, light=True)):
        found = [s for s in found if asked <= set(s.first["origins"])]
    statements = [(s, who) for s in found if (who := _statement_who(s, query))]
    if not statements:
        searched = answer_search(query, kb)
        if searched.status != "answered" and not found:
            # ("Which consultancy was linked to the Ecuadorian network?", where the sources describe the network but
            # tell no removal of it: the sentences that answer, read as words rather than as who ran a takedown)
            searched = answer_search(Query(**{**query.__dict__, "intent": "search"}), kb)
        if searched.status == "answered" or not found:
            return searched
        # "who was behind the Nigerian network?": the base has it, and says only where it came from
        cites = Citations()
        lines = [f"\u2022 {s.first['platform']}, {date_phrase(s.first)} ({s.figures()}; "
                 f"{origin_phrase(s.first).strip()[1:-1]}) {s.sources(cites, others=False)}"
                 f"{_not_attributed(s, kb, cites)}" for s in found[:MAX_FACTS_LISTED]]
        return Answer(query.text, "answered", f"The sources name no one behind the networks{subject_phrase(query)}; "
                      "they say only where the networks came from:\n" + "\n".join(lines), cites.items)
    return _behind_lines(query, statements, kb)


# "We found this activity as part of our internal investigation", "nobody tipped us off": the platform found it
FOUND_ITSELF = re.compile(r"\b(?:(?:our|its|their)\s+(?:own\s+)?internal\s+investigations?|(?:our|its|their)\s+own\s+"
                          r"investigation|(?:nobody|no\s+one)\s+tipped|rather\s+than\s+(?:a|any)\s+tip|without\s+(?:a|any)\s+"
                          r"tip|(?:found|detected|discovered|identified)\s+(?:\w+\s+){0,3}?internally)\b", re.I)


FLAGGED_BY_OTHERS = re.compile(r"\b(?:researchers|analysts|journalists|they)\s+(?:had\s+)?(?:flagged|found|reported)\b",
                               re.I)


def _found_itself(query: Query, kb: KnowledgeBase) -> Answer | None:
    """"Was Meta tipped off about the Serbian network?", where no tip concerns it: the sentences near its takedowns
    that say the platform found it itself ("…as part of our internal investigation"), quoted; else None."""
    said: dict[str, dict] = {}  # one sentence per document
    for fact in kb.facts(query, limit=MAX_FACTS_LISTED, light=True):
        for row in kb.sentences_near(fact["document"], fact["sentence"], 4):
            # (not "Meta said its own investigation found many more accounts than the researchers had flagged", of
            # another network in the story: the sentence names no researchers' flagging, nor another country)
            places = {*query.countries, *fact["origins"]}
            if FOUND_ITSELF.search(row["text"]) and fact["document"] not in said and not FLAGGED_BY_OTHERS.search(
                    row["text"]) and {c for c, _, _ in countries_in(row["text"])} <= places:
                said[fact["document"]] = row
    if not said:
        return None
    cites = Citations()
    platforms = join_words(query.platforms) if query.platforms else "the platform"
    lines = [f"\u2022 \u201c{row['quote']}\u201d {cites.cite(row)}" for row in list(said.values())[:3]]
    return Answer(query.text, "answered", f"No tip is recorded about {join_words(query.names or query.countries)}: "
                  "the sources say "
                  f"{platforms} found it in its own (internal) investigation:\n" + "\n".join(lines), cites.items)


# "The company declined to say whether it had been alerted to the accounts by researchers", "Twitter would not say
# how it found the network": the platform kept to itself who, if anyone, tipped it off
TIP_WITHHELD = re.compile(r"\b(?:declined|refused|(?:would|did|could)\s+not|(?:would|did|could)n['’]t)\s+(?:to\s+)?"
                          r"(?:say|disclose|reveal|specify|explain|comment\s+on|confirm|share)\s+(?:\w+\s+){0,6}?"
                          r"(?:tip\w*|alerted|flagged|(?:who|what)\s+(?:had\s+)?(?:first\s+)?(?:tipped|alerted|flagged|"
                          r"prompted|led)|how\s+(?:it|they|the\s+company)\s+(?:had\s+)?(?:first\s+)?(?:found|discovered|"
                          r"detected|identified|spotted|learned|became\s+aware|came\s+across))\b", re.I)


def _tip_withheld(query: Query, kb: KnowledgeBase) -> Answer | None:
    """"Who tipped off Twitter about the Peru network?", where no tip is recorded but a sentence near its takedown
    says the platform declined to say how it found it: that sentence, quoted (the honest answer is that the
    sources do not say, and why); else None."""
    said: dict[str, dict] = {}  # one sentence per document
    # ("…about the Philippine network", a network aimed at the Philippines whose origin no source gives)
    facts = kb.facts(query, limit=MAX_FACTS_LISTED, light=True) or (kb.facts(
        replace(query, country_role="target"), limit=MAX_FACTS_LISTED, light=True)
        if query.countries and query.country_role == "origin" else [])
    for fact in facts:
        for row in kb.sentences_near(fact["document"], fact["sentence"], 6):
            if fact["document"] not in said and TIP_WITHHELD.search(row["text"]):
                said[fact["document"]] = row
    if not said:
        return None
    cites = Citations()
    lines = [f"\u2022 \u201c{row['quote']}\u201d {cites.cite(row)}" for row in list(said.values())[:3]]
    platforms = join_words(query.platforms) if query.platforms else "the platform"
    about = f" about {join_words(query.names)}" if query.names else \
        f" ({join_words(query.countries)})" if query.countries else ""
    return Answer(query.text, "answered", f"The sources do not say who, if anyone, tipped off {platforms}{about}; "
                  "they say it was not disclosed:\n" + "\n".join(lines), cites.items)


# "We did not attribute this activity to any specific entity": the source says it names no one
NOT_ATTRIBUTED = re.compile(r"\b(?:(?:did|does|could|would)\s+not|didn['’]t|couldn['’]t|declined\s+to|"
                            r"(?:was|were)\s+(?:not\s+)?(?:un)?able\s+to|has\s+not|have\s+not)\s+(?:\w+\s+){0,2}?"
                            r"(?:attribute|name|identify|say\s+who)\b|\bno\s+attribution\b|\bnot\s+attributed\b|"
                            r"\bnot\s+comment\s+on\s+(?:attribution|who)\b|"
                            # ("Asked whether the Egyptian government was behind the network, Facebook declined to say")
                            r"\basked\s+(?:whether|if)\b[^.]*?\b(?:behind|responsible|involved|ran|directed|attribut\w*)\b"
                            r"[^.]*?\b(?:declined|refused|(?:would|did)\s+not|(?:would|did)n['’]t)\s+(?:to\s+)?"
                            r"(?:say|comment|answer)\b", re.I)


def _not_attributed(statement: Statement, kb: KnowledgeBase, cites: Citations) -> str:
    """"; the source says: “We did not attribute this activity to any specific entity in China.”": where a
    takedown's document says near it that no one was named, that sentence, quoted."""
    first = statement.first
    said = next((row for row in kb.sentences_near(first["document"], first["sentence"], 6)
                 if NOT_ATTRIBUTED.search(row["text"])), None)
    return "" if said is None else f"; the source says: \u201c{said['quote']}\u201d {cites.cite(said)}"


# "Did Facebook say the Egyptian government was behind it?": a question whose answer may be that the platform would not
# say (each line then reads the sentences near its figures for one that says so; other questions need not)
STATE_ASKED = re.compile(r"^\W*(?:did|was|were|is|has|have)\b|\b(?:government|state|military|army|ministry|regime|"
                         r"officials?|kremlin|president|intelligence)\b", re.I)


def _behind_said(query: Query, kb: KnowledgeBase) -> Answer | None:
    """"Who did Pinterest say was behind Red Pagoda?", where no figure names who: the sentences of the documents that
    name the network which tie it to someone ("Pinterest attributes it to Hexa Lantern Marketing, a Guangzhou-based
    marketing firm"), those naming the network first, each cited; None where no such sentence is found."""
    documents = kb.documents_mentioning(query.names)
    if not documents:
        return None
    words = [w for name in query.names for w in re.findall(r"[a-z0-9]+", name.lower())]
    rows = kb.search(words, documents=documents, limit=ROW_LIMIT) + kb.search(
        ["run", "ran", "attributes", "attributed", "linked", "behind", "operated", "tied", "refer"],
        documents=documents, limit=ROW_LIMIT)

    def tied_to(row: dict) -> list[str]:  # (not the network itself: "…writing patterns tied to Glass Minaret")
        return [e for e in linked_entities(row["text"]) if not any(
            name.lower() in e.lower() or e.lower() in name.lower() for name in query.names)]

    said = [row for row in rows if tied_to(row)]
    said.sort(key=lambda row: not any(name.lower() in row["text"].lower() for name in query.names))
    if not said:
        return None
    cites = Citations()
    lines = [f"\u2022 {', '.join(tied_to(row))}: \u201c{row['quote']}\u201d {cites.cite(row)} \u2014 "
             f"{source_label(row['title'], row['quote'], row['published'])}"
             for row in list({(r["document"], r["position"]): r for r in said}.values())[:2]]
    return Answer(query.text, "answered", f"Who the sources tie {join_words(query.names)} to:\n" + "\n".join(lines),
                  cites.items)


def _behind_lines(query: Query, statements: list, kb: KnowledgeBase) -> Answer:
    """One line per statement: the platform, when, its figures, and whom the sources tie the network to, with the
    sentence that says so where that is not the figures' own ("Researchers said Amber Kite was run by…")."""
    cites = Citations()
    lines = [f"\u2022 {s.first['platform']}, {date_phrase(s.first)} ({s.figures()}): {who}{_placed(s.first, who)}"
             f"{_known_as(s.first, who)} {s.sources(cites, others=False)}{_said_elsewhere(s, kb, cites)}"
             f"{_not_attributed(s, kb, cites) if STATE_ASKED.search(query.text) else ''}"
             for s, who in statements[:MAX_FACTS_LISTED]]
    return Answer(query.text, "answered", "What the sources say about who was behind it:\n" + "\n".join(lines),
                  cites.items)


LINK_REACH = 15  # sentences either side of a figure that may tie its network to who ran it
TIES = re.compile(r"\b(?:links?|linked|tied|ties|associated|attribut\w+|connected|traced|run\s+by|operated\s+by|"
                  r"behind)\b", re.I)


def _said_elsewhere(statement: Statement, kb: KnowledgeBase, cites: Citations) -> str:
    """The citations of the sentences that tie a statement's network to someone, where its figures' own quotes do
    not: a link told paragraphs after the figures is cited where it is told."""
    quoted = " ".join(f["quote"] for f in statement.facts).lower()
    found = []
    # (the report whose words name them: the first's, else another's, as `_statement_who` read them)
    linked = next((f for f in _reports(statement) if f["linked_to"]), statement.first)
    for entity in linked["linked_to"]:
        if entity.lower() in quoted:
            continue
        # (the sentences near the figures, where a story tells who ran them: read by position, not searched)
        rows = [r for r in kb.sentences_near(linked["document"], linked["sentence"], LINK_REACH)
                if entity.lower() in r["quote"].lower()]
        # (the sentence that ties the network to it, not "The Committee has written to Volkhov Media Group")
        row = next((r for r in rows if TIES.search(r["quote"])), rows[0] if rows else None)
        if row is not None:
            found.append(cites.cite(row))
    return "".join(f" {number}" for number in dict.fromkeys(found))


def _with_country(entity: str) -> str:
    """"a client based in Chisinau (Moldova)": the country of a city an entity names, for readers who do not know it."""
    by_city = [country for country, start, end in countries_in(entity) if entity[start:end] in CITIES
               and country not in entity and re.search(r"\b(?:in|from)\s+$", entity[:start])]  # (not "the Lima Post")
    return f"{entity} ({join_words(dict.fromkeys(by_city))})" if by_city else entity


def _placed(fact: dict, who: str) -> str:
    """Where the network was run from, where that is not who ran it: "Russian state interests (operated from
    Belarus)"."""
    named = {country for country, _, _ in countries_in(who)}
    missing = [country for country in fact["origins"] if country not in named]
    if not missing:
        return ""
    attribution = fact["attribution"] or ""
    if attribution and attribution not in who and all(c in {n for n, _, _ in countries_in(attribution)}
                                                         for c in missing):
        return f" ({attribution})"
    return f" (from {join_words(missing)})"


def _known_as(fact: dict, who: str) -> str:
    """The network's name, where the sources give one that the line does not already say: "Russian government;
    the network known as APT28" (a hacking group is asked for by its name)."""
    names = [name for name in fact.get("networks") or [] if name.lower() not in who.lower()]
    return f"; the network known as {join_words(names)}" if names else ""


def _statement_who(statement: Statement, query: Query) -> str | None:
    """Whom a statement's reports tie its network to: its first report's word, else another's (the wire story that
    named the firm, where a roundup's revised figure is told first)."""
    return next((who for fact in _reports(statement) if (who := _who(fact, query))), None)


def _reports(statement: Statement) -> list[dict]:
    """A statement's reports, the one it is told by first."""
    return [statement.first, *statement.facts, *statement.others]


def _who(fact: dict, query: Query) -> str | None:
    """The people or bodies a fact ties its network to, not merely the place it came from ("originated in
    Israel" says where), and not a body of another network's country, told beside it ("…from Iran and Russia,
    tied to Iranian state media and the IRA", asked about Russia); a sponsor abroad is this network's ("run from
    Ghana… linked to Russia's Internet Research Agency").  Countries asked about as targets say nothing of that:
    "behind the operation targeting Moldova" is "individuals in Russia associated with…"."""
    asked = set(query.countries) if query.country_role != "target" else set()
    others = set(fact["origins"]) - asked

    def about_asked(text: str) -> bool:
        named = {name for name, _, _ in countries_in(text)}
        return not asked or not named or bool(named & asked) or not named & others

    def only_place(text: str) -> bool:
        return not re.sub(rf"\b(?:{PLACE_WORDS})\b|[^\w]", "", without_countries(text), flags=re.I)

    entities = [e for e in fact["linked_to"] if not only_place(e) and about_asked(e) and len(e) > 3
                and e not in fact["networks"]  # ("linked to Harbour Lantern": the network itself)
                and not re.match(r"(?:our|their|its|his|her|an?)\b", e, re.I)]  # "our earlier investigation of…"
    if entities:
        return join_words(_with_country(e) for e in entities)
    attribution = fact["attribution"]
    return attribution if attribution and not only_place(attribution) and about_asked(attribution) else None
