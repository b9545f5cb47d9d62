"""How many, and when: the figures that match a question, statement by statement, with a labelled total
where one is honest; and the readings to try before saying the base has nothing."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from bot.answer.cited import (
    MAX_FACTS_LISTED,
    RUNNING_WORDS,
    Answer,
    Citation,
    Citations,
    asked_about,
    date_phrase,
    names_platform_asked,
    origin_phrase,
    period_phrase,
    source_label,
    subject_phrase,
)
from bot.answer.search import GENERIC_WORDS, answer_search, nothing_found, unknown_terms
from bot.answer.sources import TIP_ASKED, answer_tip_dates
from bot.answer.statements import (
    Statement,
    consistent,
    group_statements,
    honest_total,
    in_period,
    one_source_over_time,
    part_note,
    read_in_full,
    statement_line,
    takedown_date,
    takedowns_by,
    total_told_again,
)
from bot.dates import WEEKDAY, dates_in
from bot.knowledge import ROW_LIMIT, KnowledgeBase
from bot.mentions import actions_in, countries_in, platforms_in
from bot.understand import LANGUAGE_AFTER, STOPWORDS, Query, named_in_text
from bot.vocabulary import NETWORK_UNITS, ONLY_ON, PLATFORM_PARENT
from bot.wording import format_date, join_words, period_words

COUNTING_LIMIT = 60  # facts counting the unit asked about read for one answer: enough for the statements it shows
TOTAL_ASKED = re.compile(r"\b(?:in\s+total|total|altogether|together|combined|in\s+all|sum)\b", re.I)
# a question about everything to date ("since 2017", "so far"), which a platform's running total answers
_OVER_TIME = r"since\s+(?:19|20)\d\d|to\s+date|so\s+far|overall|ever|all\s+time"
RUNNING_ASKED = re.compile(rf"\b(?:{_OVER_TIME}|in\s+total|total|altogether|in\s+all)\b", re.I)
# (of them, those that ask for a running total whatever the period: not "altogether between October and December")
OVER_TIME_ASKED = re.compile(rf"\b(?:{_OVER_TIME})\b", re.I)
# a question about what the sources say or found, not a count: "what did OpenAI say about Iran?"
SAY_ABOUT = re.compile(r"\b(?:say|said|says|find|found|report|reported|write|wrote|tell|told|know|learn|do|did)\s+"
                       r"(?:\w+\s+)?(?:about|on|of|regarding)\b", re.I)
# what a figure is said to be of, when it is of several operations at once ("operations in Thailand, Iran and Russia")
SEVERAL_OPERATIONS = re.compile(r"\b(?:operations|networks|campaigns)\b", re.I)
HOW_MANY_TIMES = re.compile(r"\bhow\s+(?:many\s+times|often)\b", re.I)
YES_NO = re.compile(r"^\W*(?:did|does|has|have|had|was|were|is|are)\b", re.I)
# a size said in round words ("2 million bot accounts"), which no takedown's figure is filed under
ROUND_FIGURE = re.compile(r"(?<![\w.])\d[\d,.]*\s*(?:mil+ions?|thousands?|billions?|bn)\b", re.I)
# the question itself says the place was a target ("networks targeting Benin"), not only "in Benin"
EXPLICIT_TARGET = re.compile(r"\b(?:target\w*|aim\w*\s+at|focus\w*\s+on|against|directed\s+at)\b", re.I)


def _unit_matches(row: dict, units: list[str]) -> bool:
    if not units:
        return True
    parts = set(re.split(r",\s*|\s+and\s+", row["unit"] or ""))
    return bool(set(units) & parts)


def relevant_facts(query: Query, kb: KnowledgeBase, light: bool = False) -> tuple[list[dict], bool]:
    """Matching facts, and whether there may be more than were read; when the question names a unit, only
    statements that count that unit, each with the rest of its figures.  A few facts count the unit: the
    plain read (the first `ROW_LIMIT` facts of any unit) holds them all, unless it was cut short.  Many do,
    or it was cut short: the first `COUNTING_LIMIT` of them are found in SQL and their statements read, so
    the limit falls on them and not on every fact of the period (which had left out whole years).

    Several networks asked about together ("in the Caspian Echo and Lattice Bridge cases together") are each
    one's facts, not those of the documents that name them all."""
    # (two networks the knowledge base knows are each their own, even where one report names both)
    if len(query.names) > 1 and (all(kb.lexicon.terms.get(name.lower(), ("",))[0] == "network" for name in query.names)
                                 or not kb.documents_mentioning(query.names)):
        found: dict[int, dict] = {}
        more = False
        for name in query.names:
            facts, cut = relevant_facts(Query(**{**query.__dict__, "names": [name]}), kb, light)
            found |= {fact["id"]: fact for fact in facts if fact["id"] not in found}
            more = more or cut
        return sorted(found.values(), key=lambda fact: (fact["announced"] or "", fact["id"])), more
    counting = kb.counting(query, query.units, COUNTING_LIMIT) if query.units else []
    if len(counting) < COUNTING_LIMIT:  # every fact counting the unit, if any: the plain read may hold them all
        facts = kb.facts(query, light=light)
        if not counting or len(facts) < ROW_LIMIT:
            # (asked of a kind no figure counts, "How many Blogger blogs…", no figure of another kind answers;
            # "accounts", "assets" and "networks", words for whatever was removed, are answered by any)
            fallback = facts if not set(query.units) - {"accounts", "assets", *NETWORK_UNITS} else []
            return (_counting_statements(facts, query.units) or fallback), len(facts) >= ROW_LIMIT
    told = kb.facts(query, light=light, limit=-1, told_with=counting)  # with other documents' reports
    return _counting_statements(told, query.units), len(counting) >= COUNTING_LIMIT


def _on_the_topic(facts: list[dict], query: Query, kb: KnowledgeBase) -> list[dict]:
    """"…over the weight-loss injection network?": a network asked about by what it pushed, words the vocabulary does
    not know; of several takedowns, those the sources tell with those words (in the figure's sentence or the one
    beside it), if any are."""
    if query.names or len({f["announcement"] for f in facts}) < 2:
        return facts
    # (a description is a few words: one rare word alone may be anything, "since")
    words = [word for word in unknown_terms(query, kb) if word not in GENERIC_WORDS and len(word) >= 4]
    if len(words) < 2:
        return facts  # (most questions end here, before any read)
    # (a word of the topic is one few documents use: "weight", "injection"; not "targeting", "earlier" or "table")
    every = kb.db.execute("select count(*) from documents").fetchone()[0]
    topic = [word for word in words if 0 < len(kb.documents_mentioning([word])) <= max(1, every // 10)]
    if len(topic) < 2:
        return facts
    stems = {word[:6] for word in topic}
    rows = kb.sentences_naming({f["document"] for f in facts}, sorted(stems))
    told: dict[tuple[str, int], set[str]] = {}
    for row in rows:
        found = {stem for stem in stems if re.search(rf"\b{stem}", row["text"], re.I)}
        for step in (-1, 0, 1):
            told.setdefault((row["document"], row["position"] + step), set()).update(found)
    # (most of the words: "weight" and "loss" and "injection", not "loss" alone; and whole announcements)
    on_topic = {f["announcement"] for f in facts if len(told.get((f["document"], f["sentence"]), ())) * 2 > len(stems)}
    return [f for f in facts if f["announcement"] in on_topic] or facts


def _after_the_first(facts: list[dict]) -> list[dict]:
    """A network's takedowns after its first ("…when Harbor Echo came back?", of its March takedown and its November
    one): those dated more than a month after the earliest, if any are; else all, whose dates may not tell."""
    days = [dt.date.fromisoformat(f["dated"] or f["announced"]) if (f["dated"] or f["announced"]) else None
            for f in facts]
    first = min((day for day in days if day), default=None)
    later = [f for f, day in zip(facts, days, strict=True) if first and day and (day - first).days > 31]
    return later or facts


ROUND_GAP_DAYS = 45  # reports of one round a few weeks apart (a platform's post, the wire story days later) are one


def _of_the_round(facts: list[dict], query: Query) -> list[dict]:
    """"…in Silver Loom's second round?": of a named network's takedowns, in order of when they happened (one round
    per stretch of weeks), the one asked; each platform's rounds its own where a platform is asked.  All of them
    where the sources tell fewer rounds than that, or where no network is named."""
    if not query.round or not query.names:
        return facts
    days = {id(f): day for f in facts if f["scope"] != "cumulative" and (day := round_day(f))}
    rounds: list[dt.date] = []
    for day in sorted(set(days.values())):
        if not rounds or (day - rounds[-1]).days > ROUND_GAP_DAYS:
            rounds.append(day)
    if len(rounds) < query.round:
        return facts
    start = rounds[query.round - 1]
    end = rounds[query.round] if query.round < len(rounds) else None
    return [f for f in facts if id(f) in days and start <= days[id(f)] and (end is None or days[id(f)] < end)]


def round_day(fact: dict) -> dt.date | None:
    """When a fact's takedown happened, as the store dates it (a retelling by its first report's date)."""
    day = fact["dated"] or fact["announced"]
    return dt.date.fromisoformat(day) if day else None


def _for_the_audience(facts: list[dict], query: Query, kb: KnowledgeBase) -> list[dict]:
    """"How many accounts targeting Russian speakers in Latvia…": of the takedowns aimed at the place, those whose
    figure's sentence speaks of that language's speakers, if any does (else all: the sources may not say)."""
    if not query.audience or not facts:
        return facts
    spoken = re.compile(rf"\b{re.escape(query.audience)}{LANGUAGE_AFTER.pattern}", re.I)
    quotes = kb.by_id([f["id"] for f in facts])
    return [f for f in facts if spoken.search(quotes[f["id"]]["quote"])] or facts


def _counting_statements(facts: list[dict], units: list[str]) -> list[dict]:
    """The facts of the statements (sentence and platform) that count one of the units: all of them if none
    is asked."""
    keys = {(f["document"], f["sentence"], f["platform"]) for f in facts if _unit_matches(f, units)}
    return [f for f in facts if (f["document"], f["sentence"], f["platform"]) in keys]


def answer_count(query: Query, kb: KnowledgeBase) -> Answer:
    if STUDY_ASKED.search(query.text) and not actions_in(query.text) and (
            studied := answer_search(query, kb)).status == "answered":
        return studied  # "How many accounts did the Harrow Gate study analyse?": what a study looked at, no removal
    if not query.has_filters:
        return clarify_subject(query, kb)
    if ERROR_ASKED.search(query.text) and (owned := answer_search(query, kb)).status == "answered":
        return owned  # "How many accounts did X say it suspended by mistake?": what the sources say of the mistake
    facts, more = relevant_facts(query, kb, light=True)
    if facts and (policy := POLICY_ASKED.search(query.text)) is not None:
        # "How many channels did YouTube remove under its new AI disclosure rules?": only removals whose stories
        # speak of that rule; none, and the figures of other removals would answer another question
        told = {f["document"] for f in facts}
        for word in re.findall(r"[a-z0-9]+", policy["rule"].lower()):
            if word not in STOPWORDS and word != "new":
                told &= {row["document"] for row in kb.sentences_naming(told, [word])
                         if re.search(rf"\b{re.escape(word)}\b", row["text"], re.I)}  # (a word, not "ai" in "said")
        facts = [f for f in facts if f["document"] in told]
        if not facts:
            return Answer(query.text, "no_answer", f"No takedown in the knowledge base is said to have been made under "
                          f"{policy['rule'].strip()} {policy['kind']}{subject_phrase(query)}. {kb.coverage()}")
    facts = _on_the_topic(facts, query, kb)
    facts = _for_the_audience(facts, query, kb)
    if INFLUENCE_ASKED.search(query.text):  # "…for covert influence operations": not a platform's spam cleaning
        facts = [fact for fact in facts if fact["scope"] != "spam"]
    elif SPAM_ASKED.search(query.text) and not (query.countries or query.names or query.targets) and any(
            fact["scope"] == "spam" for fact in facts):
        # "How many fake accounts did Meta remove in Q3 2022?", "…pages did Facebook purge for spam?": the platform's
        # cleaning, not the influence networks it took down in the same months
        facts = [fact for fact in facts if fact["scope"] == "spam"]
    if RETURNS_LEFT_OUT.search(query.text):
        # "…across its 3 covert networks (not counting the comeback ones)": the networks, without the accounts that
        # came back
        facts = [fact for fact in facts if fact["scope"] != "returning"]
    elif BOTH_ROUNDS_ASKED.search(query.text):
        pass  # "…altogether, including the follow-up round?": the takedown and what came after it, together
    elif RETURNING_ASKED.search(query.text) and any(fact["scope"] == "returning" for fact in facts):
        # "How many new accounts did the operators create after Meta's takedown?": those removed as they came back
        facts = [fact for fact in facts if fact["scope"] == "returning"]
    elif RETURNING_ASKED.search(query.text) and query.names and any(not fact["reference"] for fact in facts):
        # "…from Tin Chorus when it came back?": the takedown of its return, not the earlier one told in passing
        facts = _after_the_first([fact for fact in facts if not fact["reference"]])
    elif (query.names or NETWORK_ASKED.search(query.text)) and not RETURNING_ASKED.search(query.text) and any(
            fact["scope"] != "returning" for fact in facts):
        # "How many accounts were in the Pakistan-based network it removed?": the network, not the accounts that came
        # back after it (shown where nothing else answers, or where the question asks about them)
        facts = [fact for fact in facts if fact["scope"] != "returning"]
    if ONE_NETWORK_ASKED.search(query.text) and not RUNNING_ASKED.search(query.text) and any(
            fact["scope"] != "cumulative" for fact in facts):
        # "…in the Kenyan hashtag-for-hire network?": the network's figures, not a total across the several networks
        # its announcement covered (but "…an additional 147 Facebook accounts…, bringing the total to 1,020": the
        # network's own total, raised by the addition told with it)
        raised = {(f["document"], f["sentence"], f["platform"]) for f in facts if f["scope"] == "additional"}
        facts = [fact for fact in facts if fact["scope"] != "cumulative"
                 or (fact["document"], fact["sentence"], fact["platform"]) in raised]
    facts = _of_the_round(facts, query)
    if not facts and query.numbers and CLAIM_ASKED.search(query.text) and (
            checked := _claim_checked(query, kb)) is not None:
        return checked  # "Is it true that X suspended 96,000 Venezuelan bot accounts?": what the sources report
    if not facts:
        if query.names and (query.date_from or query.month_day or query.months) and relevant_facts(
                _without_period(query), kb, light=True)[0]:
            # "How many Instagram accounts did Meta remove from Sahat al-Haqiqa in 2023?", where its takedowns are
            # dated otherwise: none then, and when they were (or that their date is untold)
            return _undated(query, kb) or nothing_found(query, kb)
        if query.names or not (query.platforms or query.countries or query.date_from or query.month_day
                               or query.months):
            told = _removal_told(answer_search(query, kb), query, kb)
            # (a sentence saying the figure was withheld, or that nothing was removed, says most; else what the sources
            # do report of the network, by other platforms or in other units)
            if told.status == "answered" and any(_withheld_or_none(c.quote) for c in told.citations):
                return told
            return (_told_otherwise(query, kb) if query.names else None) or told
        if REQUEST_ASKED.search(query.text) and (asked := answer_search(query, kb)).status == "answered":
            return asked  # "How many channels did the ministry ask Telegram to block?": a request, as told
        return (_declined(query, kb) or other_reading(query, kb) or _named_in_passing(query, kb)
                or _said_in_passing(query, kb) or _what_the_sources_say(query, kb) or _undated(query, kb)
                or nothing_found(query, kb))
    if query.date_from and not more and not RUNNING_ASKED.search(query.text) and all(
            f["scope"] == "cumulative" for f in facts) and all(
            f["date_precision"] == "day" and RUNNING_WORDS.search(f["quote"])
            for f in kb.by_id([f["id"] for f in facts]).values()):
        # "What did Google take down in Q3 2024?", where the only figure dated then is a running total since 2020,
        # published in July: no takedown of that period
        running = describe_facts(query, facts, kb, total=False)
        asked = " + ".join([*asked_about(query), period_phrase(query)])
        return Answer(query.text, "no_answer", f"I found no takedown in the knowledge base on {asked}. The only "
                      "figure the sources date then is a running total, not a takedown of that period:\n"
                      + running.text.split("\n", 1)[1] + f"\n{kb.coverage()}", running.citations)
    answer = describe_facts(query, facts, kb, more=more)
    answer.text = _takedowns_counted(query, facts, kb) + answer.text
    if len(query.platforms) == 1 and YES_NO.match(query.text):  # "Did Facebook remove accounts linked to Iran?"
        # (but "did TikTok really delete 2 million bot accounts?" is not answered yes by a takedown of 1,934; a
        # figure asked is one that counts something, not "on August 21")
        told = {fact["count"] for fact in facts}
        claimed = ROUND_FIGURE.search(query.text) or any(n not in told for n in query.numbers)
        answer.text = ("The sources give no such figure; this is what they report:\n" if claimed else
                       "Yes.\n") + answer.text
    return answer


# what researchers looked at, not what a platform removed
STUDY_ASKED = re.compile(r"\b(?:analy[sz]e[ds]?|stud(?:y|ied|ies)|examine[ds]?|look(?:ed)?\s+at|review(?:ed)?|"
                         # (what watchers saw: "How many accounts did the lab say it observed?")
                         r"observed?|observes|tracked|monitored|logged|flagged)\b", re.I)
# "Is it true that…", "Did X really…": a claim to check, figure and all
CLAIM_ASKED = re.compile(r"^\W*(?:is\s+it\s+true|(?:is|was)\s+it\s+(?:right|correct)|did|does|has|have|was|were)\b|"
                         r"\b(?:really|actually|true\s+that)\b"
                         # "…took down 1,400 accounts. Was that figure right?"
                         r"|\b(?:is|was)\s+(?:that|this|the)\s+(?:(?:figure|number|claim|count)\s+)?(?:right|correct|"
                         r"accurate|true)\b", re.I)


def _claim_checked(query: Query, kb: KnowledgeBase) -> Answer | None:
    """A figure asked about that no takedown has: what the sources report without it, said to give no such figure,
    and a sentence of theirs that tells the claimed figure for what it is ("…it is the number of posts the
    suspended accounts had published, not the number of accounts"); None where they report nothing else either."""
    unclaimed = Query(**{**query.__dict__, "numbers": []})
    facts, more = relevant_facts(unclaimed, kb, light=True)
    if not facts:
        return None
    answer = describe_facts(unclaimed, facts, kb, more=more)
    claimed = join_words([f"{number:,}" for number in query.numbers])
    documents = {citation.document for citation in answer.citations}
    naming = [row for number in query.numbers for row in kb.sentences_naming(documents, [f"{number:,}"])
              if re.search(rf"(?<![\d,.]){re.escape(f'{number:,}')}(?![\d]|[,.]\d)", row["text"])]  # (not "196,000")
    # (what a source says of it: that it is not the figure, else the sentence that gives it for something else,
    # "…posted about 96,000 times"; where none gives it, it is not repeated: no figure without its quote)
    said = next((row for row in naming if NOT_THE_FIGURE.search(row["text"])), None) or next(iter(naming), None)
    asked = f" ({claimed})" if said is not None else ""
    answer.text = f"The sources give no such figure{asked}; this is what they report:\n" + answer.text
    if said is not None:
        answer.citations.append(Citation(said["document"], said["title"], said["url"], said["published"],
                                         said["quote"]))
        answer.text += f"\nWhat a source says of {claimed}: \u201c{said['quote']}\u201d [{len(answer.citations)}]"
    return answer


# "it is the number of posts…, not the number of accounts": a sentence telling what a figure really counts
NOT_THE_FIGURE = re.compile(r"\b(?:not\s+the\s+number|number\s+of\s+(?:posts|tweets|followers|views)|wrong|"
                            r"misleading|swapped|confused|mistak\w*|in\s+fact|actually|correct\s+the\s+record)\b"
                            r"|,\s+not\s+\d", re.I)  # ("it was 1,040 Facebook accounts, not 1,400")


RETURNING_ASKED = re.compile(r"\b(?:come\s+back|came\s+back|coming\s+back|return\w*|re-?establish\w*|rebuil\w*|"
                             r"new\s+accounts|after\s+(?:the|its|their)\s+(?:\w+\s+)?takedown|recidivis\w*)\b", re.I)
# "including the follow-up round", "counting the November 2022 return": the first takedown and the later one, together
# (and "the March 2022 takedown and the November 2022 return")
BOTH_ROUNDS_ASKED = re.compile(r"\b(?:including|counting|plus|with|(?:takedown|removal|round|sweep)s?\s+and)\s+"
                               r"(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:follow-?up|return|comeback|rebuild|"
                               r"re-?emergence)\b", re.I)
RETURNS_LEFT_OUT = re.compile(r"\b(?:not\s+counting|not\s+including|excluding|except(?:\s+for)?|leaving\s+out|"
                              r"without|minus|apart\s+from)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:follow-?ups?|"
                              r"returns?|returning|comebacks?|come-?back|rebuil\w*|re-?emergence)\b", re.I)
NETWORK_ASKED = re.compile(r"\b(?:networks?|operations?|campaigns?)\b", re.I)
ONE_NETWORK_ASKED = re.compile(r"\b(?:network|operation|campaign)\b", re.I)
SPAM_ASKED = re.compile(r"\bspam\w*|\bfake\s+(?:accounts|profiles|followers)\b|\bbots?\b", re.I)
INFLUENCE_ASKED = re.compile(r"\b(?:influence|inauthentic|CIB|state-(?:backed|linked|sponsored)|propaganda|"
                             r"disinformation)\b", re.I)
# "Microsoft does not host the websites or social media accounts used in this operation": nothing of its own to remove
NOTHING_TO_REMOVE = re.compile(r"\b(?:does|did|do)\s+not\s+(?:host|run|operate|own)\s+(?:the\s+|any\s+)?(?:[\w-]+\s+)"
                               r"{0,4}?(?:accounts|websites|sites|channels|pages|personas)\b", re.I)
FIGURE_WITHHELD = re.compile(r"\b(?:did\s+not|didn['’]t|would\s+not|wouldn['’]t|declined\s+to|refused\s+to)\s+"
                             r"(?:say|give|disclose|specify|reveal|provide|share)\s+(?:how\s+many|a\s+(?:figure|number|"
                             r"count|total)|the\s+(?:number|figure|count|total))|\bunspecified\s+number\b"
                             # "Telegram has never confirmed removing them or published any numbers"
                             r"|\b(?:never|not)\s+(?:\w+\s+){0,4}?(?:published|given|released|disclosed|confirmed)\s+"
                             r"(?:any\s+|a\s+)?(?:numbers|figures?|counts?)\b|\ban\s+unspecified\s+(?:share|part|number)\b"
                             # "I'm not going to put a number on it"
                             r"|\b(?:not|won['’]t|wouldn['’]t)\s+(?:going\s+to\s+)?put\s+a\s+(?:number|figure)\s+on\b",
                             re.I)


# "None of the platforms has announced removing the accounts": a removal no platform made, which answers for any
# ("None of the platforms has removed…", "Neither company has acted", "No platform has taken action")
NO_PLATFORM_ACTED = re.compile(r"\b(?:(?:none|neither)\s+of\s+the\s+(?:platforms|companies|social\s+media\s+companies)"
                               r"|(?:neither|no)\s+(?:platform|company|social\s+media\s+company))\s+"
                               r"(?:\w+\s+){0,3}?(?:removed|removing|taken|taking|acted|suspended|banned)\b", re.I)


def _withheld_or_none(quote: str) -> bool:
    """A sentence saying a platform's figure was withheld, or that no platform (or it) had anything to remove."""
    return bool(FIGURE_WITHHELD.search(quote) or NOTHING_TO_REMOVE.search(quote) or NO_PLATFORM_ACTED.search(quote))


def _removal_told(found: Answer, query: Query, kb: KnowledgeBase) -> Answer:
    """"How many accounts did TikTok remove in the Stillwater network?", where no takedown fact answers: the
    sentences found answer only if one tells of that platform's removal, or says its figure was withheld
    ("Telegram did not say how many channels it restricted"); a guess ("I'd bet they're running Facebook Pages"),
    a silence ("TikTok has not said whether…") or another platform's removal is no answer."""
    def removal(text: str) -> bool:
        return any(lemma != "attributed" for lemma, _ in actions_in(text))

    names = [name.lower() for name in query.names]

    def another_network(text: str) -> bool:  # "Reddit banned 57 accounts tied to Northern Relay", asked of another
        return bool(names) and not any(name in text.lower() for name in names) and any(
            named.lower() not in names for named in named_in_text(text, kb.lexicon, "network"))

    def about_it(text: str) -> bool:  # the platform asked about, else the network, is named
        if query.platforms or query.surfaces:  # ("How many TikTok accounts…": TikTok's, whoever removed them)
            named = {PLATFORM_PARENT.get(name, name) for name, _, _ in platforms_in(text)}
            return bool(named & {PLATFORM_PARENT.get(p, p) for p in [*query.platforms, *query.surfaces]}) and \
                not another_network(text)
        return any(name in text.lower() for name in names)

    def answers(text: str) -> bool:
        return (bool(removal(text) or FIGURE_WITHHELD.search(text) or NOTHING_TO_REMOVE.search(text)) and about_it(
            text)) or bool(NO_PLATFORM_ACTED.search(text))

    # (a question that asks about no removal, "how many channels were tied to Velvet Moth?", keeps what it found,
    # where it tells of the platform asked about: "How many Instagram accounts were part of Copperline?" is not
    # answered by Google's channels)
    if not removal(query.text) and found.status == "answered" and not any(
            names_platform_asked(c.quote, query) for c in found.citations):
        return nothing_found(query, kb)
    if not removal(query.text) or any(answers(c.quote) for c in found.citations) or (
            found.status != "answered" and not query.names):
        return found
    # (found nothing: the documents that name the network may still say the platform had nothing to remove)
    documents = {c.document for c in found.citations} if found.status == "answered" else set()
    naming = (kb.documents_mentioning(query.names) - documents) if query.names else set()
    # the sentence that says so may rank below the best match: "…but Telegram has never confirmed removing them or
    # published any numbers", after "[44:20] Telegram and the Sahel Sentinel channels"
    words = list(dict.fromkeys([*(w for name in names for w in re.findall(r"[a-z0-9]+", name)),
                                *(platform.lower() for platform in query.platforms)]))
    rows = [row for row in kb.search(words, documents=documents) if answers(row["text"])] if words and documents else []
    # (where the search found nothing, a document naming the network may say the platform withheld its figure, or had
    # nothing to remove: "Microsoft does not host the websites or social media accounts used in this operation")
    # (and near where a document names it, a sentence that need not repeat the name: "None of the platforms has
    # announced removing the accounts.", two sentences after "…a network known as Sunrise Relay")
    around = naming | documents if query.names else set()
    near = [row for named in kb.sentences_naming(around, query.names)[:MAX_FACTS_LISTED]
            for row in kb.sentences_near(named["document"], named["position"], 3)] if len(around) <= 5 else []
    rows += [row for row in [*(kb.search(words, documents=naming) if words and naming else []), *near]
             if answers(row["text"]) and _withheld_or_none(row["text"])]
    # (a sentence saying the figure was withheld, or that the platform had nothing to remove, says most; else one
    # telling of a removal)
    told = next((row for row in rows if _withheld_or_none(row["text"])), rows[0] if rows else None)
    if told is None:
        return found if found.status != "answered" else nothing_found(query, kb)
    cites = Citations()
    return Answer(query.text, "answered", f"From the sources:\n\u201c{told['quote']}\u201d {cites.cite(told)} \u2014 "
                  f"{source_label(told['title'], told['quote'], told['published'])}", cites.items)


def _takedowns_counted(query: Query, facts: list[dict], kb: KnowledgeBase) -> str:
    """"How many times has Facebook removed Iranian networks?", or "how many Iranian networks…" where no source
    counts networks: how many takedowns the knowledge base has, counted as breakdowns count them (each
    announcement once), before the figures each source gives.  A count of reports, said to be one."""
    networks = [unit for unit in query.units if unit in NETWORK_UNITS]
    if not (networks or HOW_MANY_TIMES.search(query.text)) or (networks and any(
            _unit_matches(f, networks) for f in facts)):
        return ""  # not asked, or the sources count the networks themselves
    takedowns = len(takedowns_by(Query(**{**query.__dict__, "units": []}), kb, lambda key: ["all"]).get("all", []))
    if not takedowns:
        return ""
    line = (f"The knowledge base has {takedowns} takedown{'s' * (takedowns != 1)}{subject_phrase(query)} (each "
            "announcement counted once)")
    return line + (f"; no source gives a count of {networks[0]} for them.\n" if networks else ".\n")


def _what_the_sources_say(query: Query, kb: KnowledgeBase) -> Answer | None:
    """"What did OpenAI say about Iran?" with no takedown figure for them: the sentences that say something,
    when the question asks what was said or found, not how many."""
    if not SAY_ABOUT.search(query.text):
        return None
    found = answer_search(query, kb)
    return found if found.status == "answered" else None


# "Facebook has declined to take down 212 Pages…": a removal refused
DECLINED = re.compile(r"\b(?P<cue>declined|declines|refused|refuses|decided\s+not)\s+to\s+(?:remove|take\s+down|delete|"
                      r"suspend|ban|block|act\s+against)\b", re.I)


def _declined(query: Query, kb: KnowledgeBase) -> Answer | None:
    """"How many Pages did Facebook take down in Sri Lanka?", where the sources say it declined to remove those it was
    shown: no takedown, and the refusal, cited.  The figure of what was flagged is in the quote, not the answer: it
    counts what was left up."""
    platforms = [*query.platforms, *query.surfaces]
    if not platforms or not (query.countries or query.names):
        return None
    for row in kb.search(["declined", "refused", "declines", "refuses", "decided"], limit=50,
                         with_any=["remove", "take", "delete", "suspend", "ban", "block", "act"]):  # (`DECLINED`)
        cue = DECLINED.search(row["text"])
        named = {PLATFORM_PARENT.get(name, name) for name, start, _ in platforms_in(row["text"])
                 if cue and start < cue.start()}
        about = {country for country, _, _ in countries_in(row["text"])} & set(query.countries) or (
            query.names and all(name.lower() in row["text"].lower() for name in query.names))
        if cue and about and named & {PLATFORM_PARENT.get(name, name) for name in platforms}:
            citation = Citation(row["document"], row["title"], row["url"], row["published"], row["quote"])
            return Answer(query.text, "answered", (
                f"The knowledge base reports no takedown{subject_phrase(query)}: a source says "
                f"{join_words(platforms)} {cue['cue'].lower()} to remove what it was shown [1] \u2014 "
                f"{source_label(row['title'], row['quote'], row['published'])}"), [citation])
    return None


def _told_otherwise(query: Query, kb: KnowledgeBase) -> Answer | None:
    """"How many TikTok accounts did Harbor Chorus have?", where only Meta reported removing it; "How many Groups did
    Meta remove in Moonwake?", where Meta counted its accounts and Pages: no such figure, and what the sources do
    report of the network instead.  Only for names of networks, or of who ran them (not "the Pilkada", an election,
    which the sources may tell of without any figure)."""
    if not (query.platforms or query.surfaces or query.units) or not all(
            kb.ties_networks_to(name) for name in query.names):
        return None
    anything = Query(**{**query.__dict__, "platforms": [], "surfaces": [], "units": []})
    figures = [f for f in relevant_facts(anything, kb, light=True)[0] if f["count_text"]]
    if not figures:
        return None
    asked = {PLATFORM_PARENT.get(p, p) for p in [*query.platforms, *query.surfaces]}
    theirs = [f for f in figures if not asked or PLATFORM_PARENT.get(f["platform"], f["platform"]) in asked]
    if not theirs:
        by = join_words(list(dict.fromkeys(f["platform"] for f in figures)))
        return Answer(query.text, "no_answer", f"The knowledge base reports no takedown by "
                      f"{join_words([*query.platforms, *query.surfaces])} of {join_words(query.names)}"
                      f"{' ' + period_phrase(query) if query.date_label else ''}; the sources report it for "
                      f"{by}. {kb.coverage()}")
    what = " ".join([*query.surfaces[:1], join_words(query.units) if query.units else "removals"])  # ("IG accounts")
    told = describe_facts(anything, theirs, kb, total=False)
    return Answer(query.text, "no_answer", f"No source gives a count of {what} for {' + '.join(asked_about(query))}"
                  f"; these are the figures they give:\n" + told.text.split("\n", 1)[1], told.citations)


def _without_period(query: Query) -> Query:
    """The query asked of any time."""
    return Query(**{**query.__dict__, "date_from": None, "date_to": None, "month_day": None, "months": None,
                    "date_label": None})


def _undated(query: Query, kb: KnowledgeBase) -> Answer | None:
    """"How many accounts did Twitter suspend in Mexico in 2021?", where the only such takedown is in a story that
    gives no year: its figures, cited, saying that whether they fall in the period the sources do not tell.  Likewise
    a takedown dated by its year alone ("In late 2020 we removed…", "in 2020"), asked of part of that year."""
    if not (query.date_from or query.months or query.month_day) or not (query.platforms or query.countries
                                                                         or query.names):
        return None
    undated = _without_period(query)
    readings = [undated]
    if undated.countries:  # ("in Mexico": where the network came from, or whom it worked on, as `other_reading`)
        readings.append(Query(**{**undated.__dict__, "country_role": "origin" if query.country_role == "target"
                                 else "target"}))
    for reading in readings:
        facts = [fact for fact in relevant_facts(reading, kb, light=True)[0] if not fact["announced"]]
        if facts:
            break
    else:
        facts = [fact for fact in relevant_facts(undated, kb, light=True)[0] if _within_its_year(fact, query)]
        if not facts:
            return None
        told = describe_facts(undated, facts, kb, total=False)
        told.text = (f"I found no takedown dated within {period_phrase(query).removeprefix('in ')} on "
                     f"{' + '.join(asked_about(query))}. These reports give only the year, so whether they fall "
                     f"{period_phrase(query)} the sources do not say:\n" + told.text.split("\n", 1)[1])
        return told
    told = describe_facts(reading, facts, kb, total=False)
    told.text = (f"I found no dated takedown on {' + '.join([*asked_about(query), period_phrase(query)])}. These "
                 f"reports give no date, so whether they fall {period_phrase(query)} the sources do not say:\n"
                 + told.text.split("\n", 1)[1])
    return told


def _within_its_year(fact: dict, query: Query) -> bool:
    """A takedown dated by its year alone, asked of part of that year ("late 2020")."""
    dated, precision = (fact["dated"], fact["dated_precision"]) if fact.get("dated") else (
        fact["announced"], fact["date_precision"])
    return bool(dated) and precision == "year" and query.date_from is not None and query.date_to is not None and \
        query.date_from.year == query.date_to.year == int(dated[:4])


def _said_in_passing(query: Query, kb: KnowledgeBase) -> Answer | None:
    """"Did OpenAI ban accounts linked to Iran?": no takedown fact, but a sentence that names the platform and
    the country and says something was removed ("…an Iranian operation…, OpenAI found and disrupted related
    activity").  Only for yes-or-no questions, and only such a sentence: a figure-free, cited "yes, the
    sources say"."""
    if not (query.platforms and query.countries and YES_NO.match(query.text)):
        return None
    found = answer_search(Query(**{**query.__dict__, "terms": []}), kb)  # the platform and the country alone
    if found.status != "answered" or not found.citations:
        return None
    citation = found.citations[0]
    quote = citation.quote
    platforms = {name for name, _, _ in platforms_in(quote)}
    platforms |= {PLATFORM_PARENT.get(name, name) for name in platforms}
    if not (platforms & set(query.platforms) and {c for c, _, _ in countries_in(quote)} & set(query.countries)
            and actions_in(quote)):
        return None
    text = (f"The knowledge base has no takedown figure for {join_words(query.platforms)} and "
            f"{join_words(query.countries)}, but a source says so in passing:\n\u201c{quote}\u201d [1]"
            f" \u2014 {source_label(citation.title, quote, citation.published)}")
    return Answer(query.text, "answered", text, [citation])


def other_reading(query: Query, kb: KnowledgeBase,
                      respond: Callable[[Query, KnowledgeBase], Answer] | None = None) -> Answer | None:
    """"the Hong Kong network": no network came from the place asked about, but networks targeted it, and
    people name a network by its target as often as by its origin.  Likewise "takedowns in Benin", read
    as networks aimed at Benin, when none was but networks came from it.  Say which reading the answer
    takes.  `respond` answers the question so read (when it is not a count: "when did…")."""
    if not query.countries or (query.country_role == "target" and EXPLICIT_TARGET.search(query.text)):
        return None
    role = "origin" if query.country_role == "target" else "target"
    other = Query(**{**query.__dict__, "country_role": role})
    if respond is None:
        facts, more = relevant_facts(other, kb, light=True)
        if not facts:
            return None
        answer = describe_facts(other, facts, kb, more=more)
    else:
        answer = respond(other, kb)
        if answer.status != "answered":
            return None
    countries = join_words(query.countries)
    if role == "origin":
        answer.text = (f"No network in the knowledge base is said to have targeted {countries}; these networks "
                       f"came from {countries}:\n{answer.text}")
    else:
        answer.text = (f"The knowledge base ties no network to {countries} as where it came from; these networks "
                       f"targeted {countries}:\n{answer.text}")
    return answer


def _named_in_passing(query: Query, kb: KnowledgeBase) -> Answer | None:
    """No network is attributed to the country asked about, but reports name it in their own words
    ("accounts that promoted Serbia's ruling party"): show those, saying they are not attributed, and add
    nothing up."""
    facts = kb.naming_in_passing(query)
    if not facts:
        return None
    answer = describe_facts(Query(**{**query.__dict__, "countries": []}), facts, kb, total=False)
    role = "targeted" if query.country_role == "target" else "came from"
    countries = join_words(query.countries)
    note = (f"No network in the knowledge base is said to have {role} {countries}"
            if role == "targeted" else f"The knowledge base ties no network to {countries} as where it came from")
    answer.text = f"{note}, but these reports name {countries} in their own words:\n{answer.text}"
    return answer


def clarify_subject(query: Query, kb: KnowledgeBase) -> Answer:
    platforms = [r[0] for r in kb.db.execute("select platform from facts group by platform order by count(*) desc")]
    if not platforms:
        return nothing_found(query, kb)
    return Answer(query.text, "clarify",
                  "Which takedowns do you mean? Name a platform, a country or a period, e.g. "
                  f"\u201chow many Iran accounts did {platforms[0]} remove?\u201d", choices=platforms[:6],
                  rephrased=[f"{query.text.rstrip(' ?')} on {platform}?" for platform in platforms[:5]])


def describe_facts(query: Query, facts: list[dict], kb: KnowledgeBase, total: bool = True,
                    more: bool | None = None) -> Answer:
    """Figures per statement, with a labelled total where adding them up is honest (and `total` is wanted).
    `more`: the facts may be only the first of those that match (by default, when the row limit was reached)."""
    cites = Citations()
    statements = in_period(group_statements(facts), query, kb)
    figured = [s for s in statements if any(f["count_text"] for f in s.facts)]
    covered = {(s.first["platform"], day) for s in figured
               for day in (s.first["announced"], takedown_date(s)["announced"])}
    unfigured = [s for s in statements if not any(f["count_text"] for f in s.facts)
                 and (s.first["platform"], s.first["announced"]) not in covered]
    if query.countries and not RUNNING_ASKED.search(query.text):
        figured = _without_totals_of_others(figured, query.countries, kb)
    if query.date_from and not OVER_TIME_ASKED.search(query.text):
        # (not "Since we launched the archive in October 2018, we have disclosed … more than 85,000 accounts", asked
        # about 2020: a running total that starts before the period asked about is no figure of it, however
        # "altogether" the question asks for the period's)
        # (unless it is all there is: `answer_count` then says so)
        read_in_full([s for s in figured if s.first["scope"] == "cumulative"], kb)
        figured = [s for s in figured if not _runs_from_before(s, query.date_from)] or figured
    running = [s for s in figured if s.first["scope"] == "cumulative"]
    if running and RUNNING_ASKED.search(query.text):
        # "how many networks has Meta removed since 2017?": the platform's own running total, the newest first,
        # says more than any sum of the takedowns listed after it
        figured = sorted(running, key=lambda s: s.first["announced"] or "", reverse=True) + [
            s for s in figured if s.first["scope"] != "cumulative"]
        total = False
    read_in_full(figured[:MAX_FACTS_LISTED], kb)
    # one network's reports overlap, so a question about a name is never added up
    summed, why = honest_total(figured[:MAX_FACTS_LISTED], query, kb.own_reports()) if total and (
        not query.names or one_source_over_time(figured[:MAX_FACTS_LISTED])) else (
        None, "reports of one network overlap")
    asked = total and TOTAL_ASKED.search(query.text) is not None
    if not summed and asked and ("assets" in query.units or len(set(query.units) - NETWORK_UNITS) > 1):
        summed = _assets_in_all(figured, query)
    if not summed and asked:
        summed = _surfaces_in_all(figured, query)
    if not summed and asked and query.names:
        summed = _platforms_in_all(figured, query)
    if not summed and asked and len(query.names) > 1:
        summed = _networks_in_all(figured, query)
    if not summed and asked and query.date_from:
        summed = _periods_in_all(figured, query)
    # (a sum asked for and made cites each figure it adds once, and leaves out the reports without one)
    adding = bool(summed) and asked
    shown = figured[:MAX_FACTS_LISTED] + ([] if adding else unfigured[:4])
    read_in_full(shown, kb)
    # (a later report's total of the figures listed, told as one more line: said to be their total)
    unit = query.units[0] if query.units else "accounts"
    total_again = total_told_again([s.first for s in shown if s.first["unit"] == unit])
    lines = [statement_line(s, query, cites, others=not adding) + part_note(s, shown) + _withheld_note(s, kb, cites)
             + (" (a later report's total of the figures listed, not another takedown)" if s.first is total_again
                else "") for s in shown]
    rest = 0
    if len(figured) > MAX_FACTS_LISTED:
        truncated = len(facts) >= ROW_LIMIT if more is None else more
        rest = (kb.statement_count(query) if truncated else len(figured)) - MAX_FACTS_LISTED
        lines.append(f"\u2026 and {rest} more; narrow the question by platform, country or year to see them.")
    subject = subject_phrase(query)
    head = (f"Here is what the knowledge base reports{subject}:" if figured else
            f"The knowledge base reports this{subject}, but gives no figure:")
    text = _yes_or_no(query, statements) + head + "\n" + "\n".join(lines)
    if summed:
        text += "\n" + summed + (f" It leaves out the {rest} more." if rest > 0 else "")
        if adding and unfigured:
            text += " Reports without a figure are not shown."
    elif running and not total and RUNNING_ASKED.search(query.text) and len(figured) > 1:
        text += "\nNo total of the takedowns listed: the total the source gives is first."
    elif asked and len(figured) > 1:  # asked for one: say why there is none
        text += f"\nNo total: {why}."
    return Answer(query.text, "answered", text, cites.items)


def _periods_in_all(statements: list[Statement], query: Query) -> str | None:
    """"What is the sum of accounts … in the first half of 2025?", where one source's table gives each quarter's total
    across its networks ("| Q1 2025 | 11 | 4,916 |", "| Q2 2025 | 9 | 2,381 |"): the sum of those totals, each of a
    period of its own, labelled so; a single takedown told beside them may be one of those they count, so it is never
    added to them."""
    unit = query.units[0] if query.units else "accounts"
    rows = [f for s in statements for f in s.facts if f["scope"] == "cumulative" and f["unit"] == unit
            and f["count"] is not None and f["qualifier"] == "exact" and f["date_precision"] == "month"
            and not f["surface"]]
    periods = {f["announced"][:7]: f for f in rows}
    if len({f["document"] for f in rows}) != 1 or len({f["platform"] for f in rows}) != 1 or len(periods) < 2 or \
            len(periods) != len(rows):
        return None
    ordered = [periods[month] for month in sorted(periods)]
    summed = join_words([f"{f['count']:,}" for f in ordered])
    return (f"Together: {sum(f['count'] for f in ordered):,} {unit} \u2014 the sum of the period totals {summed} "
            f"above, from one source (single takedowns listed beside them are not added).")


RUNS_SINCE = re.compile(r"\bsince\s+(?:[\w-]+\s+){0,6}?(?:(?:in|on)\s+)?(?:[A-Z][a-z]+\s+)?(?P<year>(?:19|20)\d\d)\b",
                        re.I)


def _runs_from_before(statement: Statement, start: dt.date) -> bool:
    """A running total whose own words start it in a year before `start` ("since 2017", "Since we launched the
    archive in October 2018"), or at a start they do not date ("Since we began reporting on the network, we have
    terminated more than 71,000 channels"), which the period asked about does not hold."""
    first = statement.first
    if first["scope"] != "cumulative":
        return False  # (read light: no quote)
    quote = first["quote"] or ""
    years = [int(m["year"]) for m in RUNS_SINCE.finditer(quote)]
    return any(year < start.year for year in years) or (not years and UNDATED_START.search(quote) is not None)


# "since we began reporting on it", "since it first took the network down": a start no date is given for
UNDATED_START = re.compile(r"\bsince\s+(?:we|it|they|the\s+company|the\s+platform)\s+(?:first\s+)?(?:began|started|"
                           r"launched|first|took|removed|reported|disclosed|exposed)\b", re.I)


def _without_totals_of_others(figured: list[Statement], countries: list[str], kb: KnowledgeBase) -> list[Statement]:
    """Countries asked about, each with its own figure the same day ("The Turkish network, 5,904 accounts", beside
    "24,586 accounts across three networks … based in China, Turkey and Russia"): their figures, without the total
    that is partly other countries' (or that names no country) of that platform and day.  A total is told so by
    its scope, or by what the figure is said to be of ("2,093 accounts linked to state-backed information
    operations in Thailand, Iran and Russia")."""
    def day(statement: Statement) -> tuple[str, str | None]:
        return statement.first["platform"], takedown_date(statement)["announced"]

    own = {(day(s), country) for s in figured if s.first["scope"] != "cumulative" and len(s.first["origins"]) == 1
           for country in s.first["origins"] if country in countries}

    def a_total_of_others(statement: Statement) -> bool:
        origins = statement.first["origins"]
        # (a total, told so by any of its reports; not "thousands of accounts from Iran, Russia, Venezuela and
        # Bangladesh", whose countries are listed beside Iran's own figure, as the source gives them)
        several = any(fact["scope"] == "cumulative" for fact in [*statement.facts, *statement.others])
        asked = [c for c in origins if c in countries] if origins else countries
        if not ((not origins or bool(set(origins) - set(countries))) and all(
                (day(statement), country) in own for country in asked)):
            return False
        if not several and len(origins) > 1:
            read_in_full([statement], kb)
            several = any(SEVERAL_OPERATIONS.search(fact["attribution"] or "") for fact in statement.facts)
        return several

    return [s for s in figured if not a_total_of_others(s)]


def _assets_in_all(figured: list[Statement], query: Query) -> str | None:
    """"How many Telegram assets were removed in total…?" of one takedown told in several kinds ("37 channels, 19
    groups and 64 accounts"), or "the sum of the Facebook accounts, Pages and Instagram accounts": their sum (of the
    kinds asked), said to count different kinds of asset together."""
    if len(figured) != 1:
        return None
    asked = set(query.units) - {"assets"}
    counts = [f for f in figured[0].facts if f["count"] is not None and f["qualifier"] == "exact"
              and (not asked or f["unit"] in asked)]
    # (each kind once: "77 Facebook accounts, 22 Pages, three Groups and 11 Instagram accounts" are four)
    kinds = {(f["unit"], f["surface"]) for f in counts}
    if len(kinds) < 2 or len(kinds) != len(counts) or any(
            f["unit"] in NETWORK_UNITS for f in counts):
        return None
    summed = join_words([f"{f['count']:,} {f['surface'] + ' ' if f['surface'] else ''}{f['unit']}" for f in counts])
    return (f"In all: {sum(f['count'] for f in counts):,} assets \u2014 the sum of {summed} above, different kinds of "
            "asset counted together.")


def _surfaces_in_all(figured: list[Statement], query: Query) -> str | None:
    """"In total, how many Facebook and Instagram accounts did Meta remove in Amber Lantern?" of one takedown told
    per app ("1,284 Facebook accounts … and 389 Instagram accounts"): their sum, said to add the apps' accounts."""
    unit = query.units[0] if query.units and query.units[0] != "assets" else "accounts"
    counting = [s for s in figured if any(f["unit"] == unit and f["count"] is not None for f in s.facts)]
    # (one announcement, even where a correction told one of its figures in a sentence of its own)
    if len({f["announcement"] for s in counting for f in s.facts}) != 1 or \
            len(query.platforms) + len(query.surfaces) < 2:
        return None
    counts = [f for s in counting for f in s.facts
              if f["unit"] == unit and f["count"] is not None and f["qualifier"] == "exact"]
    surfaces = [f["surface"] or f["platform"] for f in counts]
    if len(counts) < 2 or len(set(surfaces)) != len(counts):
        return None
    summed = join_words([f"{f['count']:,} {surface} {unit}" for f, surface in zip(counts, surfaces, strict=True)])
    return f"In all: {sum(f['count'] for f in counts):,} {unit} \u2014 the sum of {summed} above."


def _platforms_in_all(figured: list[Statement], query: Query) -> str | None:
    """"Across X, YouTube and Reddit, how many … were removed from Northern Relay in total?": one network's takedown
    on each platform asked about, told once each, adds up; said to be one takedown per platform (and, where the
    units differ, different kinds of asset counted together)."""
    units = [u for u in query.units if u != "assets"] or ["accounts"]

    def family(statement: Statement) -> tuple[str, str | None]:
        # (each app its own: "Facebook, Instagram, TikTok and X", where Meta reports Facebook's and Instagram's apart)
        # (but YouTube's channels are Google's: `ONLY_ON`)
        return (PLATFORM_PARENT.get(statement.first["platform"], statement.first["platform"]),
                None if statement.first["surface"] in ONLY_ON else statement.first["surface"])

    # (a vaguer report beside a platform's figure, "YouTube took down dozens of channels", adds nothing to it)
    exact = {family(s) for s in figured if any(f["count"] is not None for f in s.facts)}
    vague = [s for s in figured if family(s) in exact and all(f["count"] is None for f in s.facts)]
    figured = [s for s in figured if s not in vague]
    families = [family(s) for s in figured]
    if len(figured) < 2 or len(set(families)) != len(figured) or len({*query.platforms, *query.surfaces}) < 2:
        return None
    counts = []
    for statement in figured:
        # (an app's accounts where the question names the app: "the Instagram accounts and…")
        own = [f for f in statement.facts if f["unit"] in units and f["count"] is not None and f["qualifier"] == "exact"
               and f["scope"] is None and (f["surface"] is None or f["surface"] in (f["platform"], *ONLY_ON)
                                           or f["surface"] in [*query.surfaces, *query.platforms])]
        # (another report of the same figure may disagree; another report's figure of another app does not)
        if len(own) != 1 or any(o["unit"] == own[0]["unit"] and o["surface"] == own[0]["surface"]
                                and not consistent(own[0], o) for o in statement.others):
            return None
        counts += own

    def app(fact: dict) -> str:  # ("41 YouTube channels" of Google's)
        family = PLATFORM_PARENT.get(fact["platform"], fact["platform"])
        return fact["surface"] or next((name for name, unit in ONLY_ON.items()
                                        if unit == fact["unit"] and PLATFORM_PARENT.get(name) == family),
                                       fact["platform"])

    summed = join_words([f"{f['count']:,} {app(f)} {f['unit']}" for f in counts])
    kinds = ", different kinds of asset counted together" if len({f["unit"] for f in counts}) > 1 else ""
    left_out = f" The report{'s' if len(vague) > 1 else ''} without a figure {'are' if len(vague) > 1 else 'is'} " \
        "not added." if vague else ""
    return (f"In all: {sum(f['count'] for f in counts):,} \u2014 the sum of {summed} above, one takedown per "
            f"platform{kinds}.{left_out}")


def _networks_in_all(figured: list[Statement], query: Query) -> str | None:
    """"How many channels did Google take down in the Caspian Echo and Lattice Bridge cases together?": one
    takedown of each network asked about, each told once, adds up; said to be one takedown per network."""
    unit = next((u for u in query.units if u != "assets"), "accounts")
    counts: list[tuple[str, dict]] = []
    for name in query.names:
        # (a name inside who it is linked to counts: "Brightwater" in "individuals employed by Brightwater")
        theirs = [s for s in figured if any(any(name.lower() in n.lower() for n in [*f["networks"], *f["linked_to"]])
                                            or name.lower() in (f.get("quote") or "").lower() for f in s.facts)]
        own = [f for s in theirs for f in s.facts if f["unit"] == unit and f["count"] is not None
               and f["qualifier"] == "exact" and f["scope"] is None]
        if len(theirs) != 1 or len(own) != 1 or any(o["unit"] == unit and not consistent(own[0], o)
                                                    for o in theirs[0].others):
            return None
        counts.append((name, own[0]))
    if len({id(fact) for _, fact in counts}) != len(counts):
        return None  # (one figure told of two names: nothing to add)
    summed = join_words([f"{fact['count']:,} ({name})" for name, fact in counts])
    return (f"In all: {sum(fact['count'] for _, fact in counts):,} {unit} \u2014 the sum of {summed} above, one "
            "takedown per network.")


def _withheld_note(statement: Statement, kb: KnowledgeBase, cites: Citations) -> str:
    """"…without giving a figure" says more when the source says the platform withheld it ("Telegram did not say how
    many channels it restricted", the sentence after): so the answer says, quoting it."""
    if any(f["count_text"] for f in statement.facts):
        return ""
    first = statement.first
    told = first if FIGURE_WITHHELD.search(first["quote"]) else next(
        (row for row in kb.sentences_near(first["document"], first["sentence"] + 1, 1)
         if row["position"] >= first["sentence"] and FIGURE_WITHHELD.search(row["text"])), None)
    return "" if told is None else f"; the source says {first['platform']} did not say how many {cites.cite(told)}"


def _yes_or_no(query: Query, statements: list[Statement]) -> str:
    """"Did both Facebook and Twitter remove…?": which of the platforms asked about reported it, first."""
    if len(query.platforms) < 2 or not re.match(r"\s*(?:did|has|have|were|was)\b", query.text, re.I):
        return ""
    reported = {name for s in statements for name in (s.first["platform"], s.first["surface"]) if name}
    said = [p for p in query.platforms if p in reported or any(PLATFORM_PARENT.get(r) == p for r in reported)]
    silent = [p for p in query.platforms if p not in said]
    if not silent:
        return f"Yes: {join_words(said)} each reported removals.\n"
    return f"Only {join_words(said)} reported removals; the knowledge base has none from {join_words(silent)}.\n"


# "How many Telegram channels did the ministry ask Telegram to block?": what someone asked a platform to do
REQUEST_ASKED = re.compile(r"\b(?:ask(?:ed)?|request(?:ed)?|urge[ds]?|call(?:ed)?\s+on|demand(?:ed)?|order(?:ed)?)\s+"
                           r"(?:\w+\s+){0,3}?to\s+(?:block|remove|take\s+down|suspend|ban|delete|restrict|act)\b", re.I)
# "…remove under its new AI disclosure rules?": removals made under a named rule or policy
POLICY_ASKED = re.compile(r"\bunder\s+(?:its|the|their|a|an|[A-Z]\w*['’]s)\s+(?P<rule>(?:[\w-]+\s+){1,4}?)"
                          r"(?P<kind>rules?|polic(?:y|ies)|laws?|guidelines|regulations?)\b", re.I)
# "How many accounts did X say it suspended by mistake?": a platform's admitted error, not its takedown's size
ERROR_ASKED = re.compile(r"\b(?:by\s+(?:a\s+)?mistake|in\s+error|mistakenly|wrongly|erroneously|wrongfully|"
                         r"by\s+accident|accidentally)\b", re.I)
# "When did the Moldovan ministry issue its statement…?": when a document was published, not a takedown
PUBLISHED_ASKED = re.compile(r"\b(?:issue|publish|release|put\s+out|post)\w*\s+(?:its|their|the|a|an|his|her)\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:statement|report|bulletin|post|release|announcement|paper|study|"
                             r"update|findings|analysis)\b", re.I)


def answer_when(query: Query, kb: KnowledgeBase) -> Answer:
    if PUBLISHED_ASKED.search(query.text) and (own := _own_report(query, kb)) is not None:
        return own  # "When did Snap publish the report disclosing Velvet Samovar?": its own post's day
    if PUBLISHED_ASKED.search(query.text) and (found := answer_search(query, kb)).status == "answered":
        return _the_day_it_gives(found)  # (each sentence quoted with its document's date)
    if UPDATED_ASKED.search(query.text) and (updated := _updated_on(query, kb)) is not None:
        return updated  # "When was Google's TAG bulletin for Q1 2024 last updated?": the day its own page gives
    if TIP_ASKED.search(query.text) and (tipped := answer_tip_dates(query, kb)) is not None:
        return tipped  # "when did the Office refer the network?": the tip's own day, not the takedown's
    facts = _of_the_round(relevant_facts(query, kb)[0], query)
    if facts and CORRECTION_ASKED.search(query.text) and (corrected := _corrected_on(query, facts, kb)) is not None:
        return corrected  # "When did Spotify correct the number of shows?": the correction's day, not the removal's
    if facts:
        return _dates_of(query, facts, kb.periods_covered({f["document"] for f in facts}))
    if not query.has_filters:
        return answer_search(query, kb)
    if not actions_in(query.text) and (dated := _day_said(query, kb)) is not None:
        return dated
    return other_reading(query, kb, _dates_found) or nothing_found(query, kb)


# "When did Spotify correct the number of shows…", "What date did Meta revise its account count…"
CORRECTION_ASKED = re.compile(r"\b(?:correct(?:ed|s)?|revis(?:e|ed|es)|amend(?:ed|s)?|fix(?:ed|es)?)\s+"
                              r"(?:(?:its|the|their|his|her|a)\s+)?(?:[\w-]+\s+){0,3}?"
                              r"(?:figures?|numbers?|counts?|totals?|tally|tallies)\b", re.I)
# "Correction, July 9, 2024: An earlier version of this post said…": a note that puts a figure right, and its day
CORRECTION_NOTE = re.compile(r"^\W*(?:Correction|Corrected|Update|Updated|Clarification|Editor['’]s\s+note)\b", re.I)


def _corrected_on(query: Query, facts: list[dict], kb: KnowledgeBase) -> Answer | None:
    """The day a figure of the takedowns asked about was put right: the first report of the right figure told as a
    correction of the one first given ("…comprised 68 Facebook accounts, not the 63…", told on March 11), else the
    dated correction note of a document that tells them ("Correction, July 9, 2024: …").  None where the sources
    tell no correction with its day."""
    cites = Citations()
    fixed = sorted((f for f in facts if f.get("first_told") and f["date_precision"] == "day" and f["announced"]),
                   key=lambda f: (f["announced"], f["id"]))
    if fixed:
        fact = fixed[0]
        # (the day of the note that gave the wrong figure and put it right, atop the text: "Correction, October 9,
        # 2020: An earlier version of this post listed 1,942 accounts…", in a post of October 8)
        note = fact["first_quote"] if CORRECTION_NOTE.match(fact["first_quote"] or "") else None
        noted = next((m.date.isoformat() for m in dates_in(note, dt.date.fromisoformat(fact["published"]) if fact[
            "published"] else None) if m.precision == "day"), None) if note else None
        first = f" {cites.cite({**fact, 'quote': note})}" if note else ""
        return Answer(query.text, "answered", f"On {format_date(noted or fact['announced'])}, {fact['platform']} put "
                      f"the figure at {fact['count_text']} {fact['unit']}, not the {fact['first_told']} first given"
                      f"{first} {cites.cite(fact)} \u2014 "
                      f"{source_label(fact['title'], fact['quote'], fact['published'])}", cites.items)
    notes = [(row, day) for row in kb.sentences_naming({f["document"] for f in facts}, ["correct", "update",
                                                                                    "clarification"])
             if CORRECTION_NOTE.match(row["text"]) and (day := next((m.date for m in dates_in(
                 row["text"], dt.date.fromisoformat(row["published"]) if row["published"] else None)
                 if m.precision == "day"), None))]
    if not notes:
        return None
    row, day = min(notes, key=lambda note: note[1])
    return Answer(query.text, "answered", f"On {format_date(day.isoformat())}, in a correction note:\n"
                  f"\u201c{row['quote']}\u201d {cites.cite(row)} \u2014 "
                  f"{source_label(row['title'], row['quote'], row['published'])}", cites.items)


UPDATED_ASKED = re.compile(r"\b(?:last|most\s+recently)\s+(?:updated|revised|amended)\b|\bupdated\s+last\b", re.I)
# "…and last updated on April 30, 2024": the day a page says it was last changed
UPDATED_ON = re.compile(r"\b(?:last\s+)?(?:updated|revised)\s*(?:on\s+|:\s*)?", re.I)


def _updated_on(query: Query, kb: KnowledgeBase) -> Answer | None:
    """The day a platform's own report says it was last updated, for a report of the period asked ("TAG Bulletin: Q1
    2024") where its title names it; None where no such report gives one."""
    asked = {PLATFORM_PARENT.get(name, name) for name in [*query.platforms, *query.surfaces]}
    own = {path for path, platform in kb.own_reports().items() if not asked or platform in asked}
    rows = [row for row in kb.sentences_naming(own, ["updated", "revised"])
            if not query.date_label or query.date_label.lower() in (row["title"] or "").lower()]
    for row in rows:
        published = dt.date.fromisoformat(row["published"]) if row["published"] else None
        said = [(m.end(), m) for m in UPDATED_ON.finditer(row["text"])]
        day = next((mention.date for end, _ in said for mention in dates_in(row["text"], published)
                    if mention.precision == "day" and 0 <= mention.start - end <= 1), None)
        if day is not None:
            cites = Citations()
            return Answer(query.text, "answered", f"On {format_date(day.isoformat())}, as the report itself says:\n"
                          f"\u201c{row['quote']}\u201d {cites.cite(row)} \u2014 "
                          f"{source_label(row['title'], row['quote'], row['published'])}", cites.items)
    return None


def _own_report(query: Query, kb: KnowledgeBase) -> Answer | None:
    """The day a platform's own post that names the network asked about came out (`KnowledgeBase.own_reports`),
    cited by its first sentence that names it (not a later story that retells it); None where the knowledge base
    holds no such post."""
    if not (query.platforms and query.names):
        return None
    asked = {PLATFORM_PARENT.get(name, name) for name in query.platforms}
    own = {path for path in kb.documents_mentioning(query.names) if kb.own_reports().get(path) in asked}
    # (a sentence of prose that names it, rather than its heading or a table's row)
    rows = kb.sentences_naming({min(own)}, query.names) if own else []
    row = next((row for row in rows if not row["text"].startswith("|") and len(row["quote"].split()) >= 8), None) \
        or next((row for row in rows if not row["text"].startswith("|")), None) or next(iter(rows), None)
    if row is None or not row["published"]:
        return None
    cites = Citations()
    label = source_label(row["title"], row["quote"], row["published"])
    return Answer(query.text, "answered", f"On {format_date(row['published'])}, in {query.platforms[0]}'s own post:\n"
                  f"\u201c{row['quote']}\u201d {cites.cite(row)} \u2014 {label}", cites.items)


def _the_day_it_gives(found: Answer) -> Answer:
    """A found answer led by the day its best sentence gives, read against its document's date ("On October 12 we
    published our findings…", said at a hearing on November 7, 2023: October 12, 2023); as found where it gives
    none but the document's own."""
    best = found.citations[0]
    published = dt.date.fromisoformat(best.published) if best.published else None
    day = next((m.date for m in dates_in(best.quote, published) if m.precision == "day" and m.date != published), None)
    if day is None:
        return found
    return replace(found, text=f"On {format_date(day.isoformat())}, as the first source says.\n{found.text}")


def _day_said(query: Query, kb: KnowledgeBase) -> Answer | None:
    """"By what date did the senators ask YouTube to answer their questions?": not a takedown's date, but the day
    the best matching sentence with a dated day gives ("…answer the following questions by March 10, 2021"), in the
    documents the question's words lead to."""
    found = answer_search(query, kb)
    if found.status != "answered":
        return None
    documents = {c.document for c in found.citations}
    row = next((row for row in kb.search(query.terms, documents=documents) if dates_in(row["text"], None)), None)
    if row is None:
        return None
    cites = Citations()
    return Answer(query.text, "answered", f"From the sources:\n\u201c{row['quote']}\u201d {cites.cite(row)} \u2014 "
                  f"{source_label(row['title'], row['quote'], row['published'])}", cites.items)


def _dates_found(query: Query, kb: KnowledgeBase) -> Answer:
    """When, for the other reading of a country (`other_reading`): the dates, or no answer; never a reading of
    the reading (which had flipped back and forth until the stack ran out)."""
    facts = relevant_facts(query, kb)[0]
    return _dates_of(query, facts) if facts else Answer(query.text, "no_answer", "")


# "Between January 6, 2025 and March 28, 2025": the days a removal ran over, its sentence says
SPAN_TOLD = re.compile(r"\b(?:between|from)\s+[A-Z][a-z]+\.?\s+\d{1,2}(?:,?\s+(?:19|20)\d\d)?,?\s+"
                       r"(?:and|to|until|through)\s+[A-Z][a-z]+\.?\s+\d{1,2},?\s+(?:19|20)\d\d\b", re.I)


def _span_told(fact: dict) -> tuple[dt.date, dt.date] | None:
    """The days a figure's own sentence says the removals ran over ("Between January 6, 2025 and March 28, 2025, we
    terminated…"), where the fact is dated by the last of them; else None."""
    quote, dated = fact.get("quote") or "", fact.get("dated") or fact.get("announced")
    if not dated or fact.get("dated_precision", fact.get("date_precision")) != "day" or \
            (told := SPAN_TOLD.search(quote)) is None:
        return None
    published = dt.date.fromisoformat(fact["published"]) if fact.get("published") else None
    days = [m.date for m in dates_in(told.group(0), published) if m.precision == "day"]
    return (days[0], days[-1]) if len(days) == 2 and days[0] < days[1] and days[1].isoformat() == dated else None


def _dates_of(query: Query, facts: list[dict], covered: dict[str, tuple[str, str]] | None = None) -> Answer:
    """The dates of the facts' takedowns, each with its sources; a figure dated by the day a periodic report came out
    also says the period the report covers (`covered`, by document: "April 24, 2024 (in a report for March
    2024)")."""
    cites = Citations()
    statements = group_statements(facts)  # "1,633 accounts, 703 Pages and 1 Group" on one line, every report cited
    statements.sort(key=lambda s: (s.first["dated"] is None, s.first["dated"] or "", s.first["id"]))  # in order
    lines = []
    periods: list[str | None] = []  # each line's report period, where its date is a periodic report's day out
    reports = [takedown_date(statement) for statement in statements]
    for statement, dated in list(zip(statements, reports, strict=True))[:MAX_FACTS_LISTED]:
        first = statement.first
        # "July 2022: … (reported October 26, 2022)": when it happened, and when the source told of it
        published = first.get("published")
        reported = f" (reported {format_date(published)})" if published and dated["announced"] and \
            published[:7] != dated["announced"][:7] else ""
        period = (covered or {}).get(first["document"]) if not reported and dated["announced"] == published else None
        periods.append(period_words(*period) if period else None)
        reported = f" (in a report for {periods[-1]})" if period else reported
        span = _span_told(first)  # ("January 6 to March 28, 2025", where the sentence gives the days it ran over)
        when = f"{format_date(span[0].isoformat())} to {format_date(span[1].isoformat())}" if span else \
            date_phrase(dated)
        lines.append(f"\u2022 {when}: {first['platform']} {first['action']} {statement.figures()}"
                     f"{origin_phrase(first)} {statement.sources(cites)}{reported}")
    precision = {f["announced"]: f["date_precision"] for f in reversed(reports) if f["announced"]}
    dates = sorted(precision)
    if not dates:  # (an undated document, whose sentences give no date either)
        # ("Google said on Thursday it had terminated…", in a story with no date: the weekday, all it says)
        days = list(dict.fromkeys(m.group(1).capitalize() for s in statements for f in s.facts
                                  for m in WEEKDAY.finditer(f.get("quote") or "")))
        said = f", only that it was on a {' or a '.join(days)}; they give no calendar date" if days else ""
        return Answer(query.text, "answered", f"The sources do not say when{said}:\n" + "\n".join(lines),
                      cites.items)
    if len(dates) == 1 and len(statements) == 1 and (span := _span_told(statements[0].first)) is not None:
        # "Between January 6, 2025 and March 28, 2025, we terminated 3,412 YouTube channels": over those days
        return Answer(query.text, "answered", f"Between {format_date(span[0].isoformat())} and "
                      f"{format_date(span[1].isoformat())}.\n" + "\n".join(lines), cites.items)
    on = "On" if precision[dates[0]] == "day" else "In"  # "On May 3, 2021", "In May 2021", "In the week of…"
    # ("Which month did TikTok take down the Ecuador network?": the month its report covers, and the day it came out)
    covering = f", in a report for {periods[0]}" if len(set(periods)) == 1 and periods[0] else ""
    head = (f"{on} {format_date(dates[0], precision[dates[0]])}{covering}." if len(dates) == 1 else
            f"On {len(dates)} dates, from {format_date(dates[0], precision[dates[0]])} to "
            f"{format_date(dates[-1], precision[dates[-1]])}:")
    return Answer(query.text, "answered", head + "\n" + "\n".join(lines), cites.items)
