"""Answers with their evidence: a question and the knowledge base in, an `Answer` with citations out.

The rules the whole project is judged by live in this package.  Every figure in `Answer.text` is in a
cited quote, or is a sum of cited figures and says so; qualifiers ("more than", "thousands") are kept;
a figure given for several countries together is never passed off as one country's; when the base has
nothing on a question the status is `no_answer` and the text says what it does cover.

This module reads the question and hands it to the module for its kind of answer:
`counts` (how many, when), `rankings` (breakdowns, comparisons, largest, latest), `lists` (which
countries, platforms, targets, networks), `sources` (who tipped, who was behind), `reach` (followers,
ad spend) and `search` (the best sentences, for everything else).  `cited` and `statements` hold what
they share: citations and phrases, and facts grouped into the statements an answer lists.
"""

from __future__ import annotations

import re

from bot.answer.cited import Answer, Citation, Citations, describe_fact, period_phrase
from bot.answer.counts import answer_count, answer_when
from bot.answer.lists import answer_countries, answer_networks, answer_platforms, answer_targets
from bot.answer.rankings import answer_breakdown, answer_compare, answer_largest, answer_latest, answer_smallest
from bot.answer.reach import answer_reach
from bot.answer.search import GENERIC_WORDS, answer_search, unknown_terms
from bot.answer.sources import answer_behind, answer_tips
from bot.knowledge import KnowledgeBase
from bot.mentions import countries_in
from bot.understand import (
    DERIVED,
    MONTH_NAMES,
    NOT_NAME_WORDS,
    YEAR_RE,
    Query,
    measure_asked,
    measures_asked,
    understand,
)
from bot.vocabulary import country_aliases
from bot.wording import join_words

__all__ = ["EXAMPLES", "Answer", "Citation", "answer_question", "describe_fact"]

MAX_QUESTION_CHARS = 1000
EXAMPLES = [
    "How many Iran accounts did Twitter remove?",
    "What did Facebook take down in January 2019?",
    "Who tipped off Facebook?",
    "Which countries did Twitter remove accounts from in 2019?",
]
# a second question about who prompted the takedown, after a count: "…, and at whose request?", "and who tipped them
# off?"
TIP_ALSO_ASKED = re.compile(r"\band\s+(?:at\s+whose\s+request|who\s+(?:tipped|alerted|flagged|asked\s+for|"
                            r"requested))\b", re.I)
# who ran it, asked beside who tipped the platform off: "Who was behind Pale Meridian, and who gave Google leads?"
BEHIND_ALSO_ASKED = re.compile(r"\bwho\s+(?:was|were|is|are)\s+behind\b|\bwho\s+ran\b", re.I)
# whom it targeted, asked beside where it came from or who ran it: "…and who did it target?", "…and what countries was
# it aimed at?"
# (and "…and whose voters did it target?")
TARGETS_ALSO_ASKED = re.compile(r"\band\s+(?:who(?:m)?|what|which|whose)\s+(?:[a-z]+\s+){0,2}?"
                                r"(?:did\s+it|was\s+it|were\s+they|did\s+they)\s+(?:target|aim|aimed)\b", re.I)
TARGETS_ASKED_FIRST = re.compile(r"^\W*(?:who(?:m)?|which\s+(?:countries|audiences?|people))\s+did\s+[^?]*?"
                                 r"\b(?:target|aim)\b[^?]*?\band\s+where\b", re.I)
# a reach figure asked beside a count: "…, and how many times had they posted?", "…and how many followers?"
REACH_ALSO_ASKED = re.compile(r"\band\s+(?P<ask>how\s+(?:many|much)\b[^?]*)", re.I)
# a count asked beside a reach figure: "channels and views?", "how many accounts and followers"
UNIT_ALSO_ASKED = re.compile(r"\b(?:accounts|accts|pages|channels|profiles|groups|servers|subreddits)\s+(?:and|&|\+)\s+"
                             r"(?:\w+\s+)?(?:views|followers|subscribers|ad\s+spend|reach|members)\b", re.I)
# "…, and do the sources agree?": the outside counts of the network's size too, beside the platforms' figures
AGREE_ASKED = re.compile(r"\b(?:agree|disagree|differ|conflict\w*|contradict\w*|match)\b", re.I)
# "What else is the Sahat al-Haqiqa network called?", "What other names does Stimme der Mitte go by?"
ALIASES_ASKED = re.compile(r"\bwhat\s+else\s+is\b.*\bcalled\b|\bother\s+names?\b|\balso\s+(?:known|called)\b|"
                           # ("What was Grey Harbor called before Meta gave it that name?", "its old name")
                           r"\bcalled\s+before\b|\b(?:previous|former|old|earlier|original)\s+names?\b|\bformerly\b|"
                           r"\baliases\b|\bwhat\s+(?:do|does|did)\s+(?:other\s+)?(?:[\w'’-]+\s+){1,3}?call\b"
                           # "What is LinkedIn's internal name for…", "the code name of…", "its name inside the company"
                           r"|\b(?:internal|code|own|in-house|private)\s+(?:name|label|moniker)\b|\bcode-?name\b"
                           r"|\bname\s+(?:inside|within)\b", re.I)
# a greeting or a request for help, not a question about takedowns
HELP = re.compile(r"^\W*(?:hi|hello|hey|help|usage|commands?|what\s+can\s+(?:you|i)\s+(?:do|ask)|"
                  r"how\s+do\s+(?:i|you)\s+use\s+(?:this|it|you)|who\s+are\s+you)\W*$", re.I)
# the one or two lower-case words before "network" ("the fazze network"): maybe a name the question did not capitalise
NAME_BEFORE_NETWORK = re.compile(r"\b(?P<name>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:network|campaign|operation|"
                                 r"troll\s+farm)s?\b")
# a listed takedown the sources tie to a named network: "• Marigold Relay: Twitter took down 96 accounts…"
NAMED_LINE = re.compile(r"\s*\u2022 (?P<names>[^:\u2022\n]{2,80}?): (?=[A-Z])")


def _with_earlier_reports(query: Query, kb: KnowledgeBase) -> Query:
    """The query, counting too a periodic report published within its period though it covers an earlier one, where
    nothing dated within the period matches ("Which firm was behind the Israeli network Meta took down in May
    2024?", which Meta told in its first-quarter report of May 29).  Only for a month or less: a question about a
    half-year or a year asks what was removed in it, which a report of the half-year before does not tell."""
    if not query.date_from or not query.date_to or (query.date_to - query.date_from).days > 31 or \
            not kb.reports_before(query.date_from.isoformat()) or kb.facts(query, limit=1, light=True):
        return query
    relaxed = Query(**{**query.__dict__, "earlier_reports": True})
    return relaxed if kb.facts(relaxed, limit=1, light=True) else query


def answer_question(question: str, kb: KnowledgeBase) -> Answer:
    """Answer one question from the knowledge base."""
    problem = _bad_question(question)
    if problem:
        return Answer(question[:200], "no_answer", f"{problem} {kb.coverage()}")
    if HELP.match(question):
        return Answer(question, "clarify", "Ask me about platform takedowns of fake and state-backed networks: how "
                      "many accounts, when, from where, aimed at whom, who was behind them and who tipped the "
                      "platform off. Every figure comes with its source. For example: "
                      + "; ".join(f"\u201c{example}\u201d" for example in EXAMPLES) + f". {kb.coverage()}",
                      choices=EXAMPLES, rephrased=EXAMPLES)
    query = understand(question, kb.lexicon)
    query = _name_in_lower_case(query, kb)
    _names_as_written(query, kb)
    _name_over_description(query, kb)
    if query.ambiguous:
        word, choices = query.ambiguous[0]
        options = " or ".join([", ".join(choices[:-1]), choices[-1]] if len(choices) > 1 else choices)
        rephrased = [re.sub(rf"\b{re.escape(word)}\b", choice, question, count=1) for choice in choices]
        return Answer(question, "clarify", f"Did you mean {options} by \u201c{word}\u201d? Ask again with the one "
                      "you mean.", choices=choices, rephrased=rephrased)
    if query.names and ALIASES_ASKED.search(question) and (called := _other_names(query, kb)) is not None:
        return called
    query = _with_earlier_reports(query, kb)
    handler = {
        "who_tipped": answer_tips,
        "which_countries": answer_countries,
        "which_platforms": answer_platforms,
        "targets": answer_targets,
        "who_behind": answer_behind,
        "when": answer_when,
        "largest": answer_largest,
        "smallest": answer_smallest,
        "latest": answer_latest,
        "earliest": lambda query, kb: answer_latest(query, kb, newest=False),
        "breakdown": answer_breakdown,
        "compare": answer_compare,
        "count": answer_count,
        "list": answer_count,
        "reach": answer_reach,
        "which_networks": answer_networks,
    }.get(query.intent)
    answer = answer_search(query, kb) if handler is None else handler(query, kb)
    if answer.status == "no_answer" and query.month_day and not YEAR_RE.search(question) and \
            (short := MONTH_SHORT_YEAR.search(question)) is not None:
        # "…the grey harbour takedown march 22": nothing on that day of any year; in chat, the month of 2022
        month_year = f"{short['month'].capitalize()} 20{short['year']}"
        again = answer_question(f"{question[:short.start()]}{month_year}{question[short.end():]}", kb)
        if again.status == "answered":
            again.question, again.text = question, f"Reading \u201c{short[0]}\u201d as {month_year}:\n{again.text}"
            return again
    if query.earlier_reports and answer.status == "answered":
        answer.text = (f"Nothing the sources date {period_phrase(query)}; this is what was published then, in a "
                       f"report on an earlier period.\n{answer.text}")
    if query.intent == "reach" and answer.status == "answered":
        # "jacaranda followers and ad spend?": each reach figure asked, one after the other
        for measure in [m for m in measures_asked(question) if m != query.measure][:2]:
            more = answer_reach(Query(**{**query.__dict__, "measure": measure}), kb)
            if more.status == "answered":
                _append(answer, more)
        if query.units and UNIT_ALSO_ASKED.search(question):
            # "silver birch on yt - channels and views?": how many were taken down, then how far they reached
            counted = answer_count(Query(**{**query.__dict__, "intent": "count", "measure": None}), kb)
            if counted.status == "answered":
                _append(counted, answer)
                answer = counted
    if query.intent in ("count", "list") and answer.status == "answered" and TIP_ALSO_ASKED.search(question):
        # "How many channels did Telegram restrict, and at whose request?": the tip, after the figures
        tipped = answer_tips(Query(**{**query.__dict__, "intent": "who_tipped"}), kb)
        if tipped.status == "answered":
            _append(answer, tipped)
    if query.intent in ("count", "list") and answer.status == "answered":
        # "How many accounts did Reddit ban…, and how many times had they posted?": the reach figure, after the count;
        # "…in Jade Loom, and do the sources agree?": outside counts of the named network's size
        also = REACH_ALSO_ASKED.search(question)
        for measure in (measure_asked(also["ask"]) if also else None,
                        "estimated size" if query.names and AGREE_ASKED.search(question) else None):
            reached = answer_reach(Query(**{**query.__dict__, "intent": "reach", "measure": measure}), kb) \
                if measure else None
            if reached is not None and reached.status == "answered":
                _append(answer, reached)
    if query.intent == "which_countries" and answer.status == "answered" and TARGETS_ASKED_FIRST.search(question) \
            and not query.targets:
        # "Whom did the Vistula Drift network target and where was it run from?": whom, then where from
        aimed = answer_targets(Query(**{**query.__dict__, "intent": "targets"}), kb)
        if aimed.status == "answered":
            _append(aimed, answer)
            answer = aimed
    elif query.intent in ("which_countries", "who_behind") and answer.status == "answered" and \
            TARGETS_ALSO_ASKED.search(question) and not query.targets:
        # "Where was Amber Caravan run from, and who did it target?": whom it targeted, after where it came from
        aimed = answer_targets(Query(**{**query.__dict__, "intent": "targets"}), kb)
        if aimed.status == "answered":
            _append(answer, aimed)
    if query.intent == "who_tipped" and answer.status == "answered" and BEHIND_ALSO_ASKED.search(question):
        # "Who was behind Pale Meridian, and who gave Google leads on it?": who ran it, then who tipped
        behind = answer_behind(Query(**{**query.__dict__, "intent": "who_behind"}), kb)
        if behind.status == "answered":
            _append(behind, answer)
            answer = behind
    _cite_names(query, kb, answer)
    if answer.status == "answered" and DERIVED.search(question):
        # an average or a percentage would be a figure no source gives: say so, and show what they do give
        answer.text = ("I do not compute averages, percentages or differences; these are the figures the "
                       "sources give:\n" + answer.text)
        _shares_told(query, kb, answer)
    return answer


# "march 22", "jan 24": a month and two digits that may be a day or, typed in chat, a year (2022, 2024)
MONTH_SHORT_YEAR = re.compile(rf"\b(?P<month>{MONTH_NAMES})\.?\s+['’]?(?P<year>1[5-9]|2\d|3[01])\b"
                              r"(?!\s*(?:st|nd|rd|th)\b)(?!\s*,?\s*\d)", re.I)


def _other_names(query: Query, kb: KnowledgeBase) -> Answer | None:
    """"What else is the Sahat al-Haqiqa network called?": the other names the sources give the network, each cited
    from a sentence that gives it; None where they give none."""
    name = query.names[0]
    same = name.lower().replace("-", " ")
    others = [other for other in kb.also_known_as(name) if other.lower().replace("-", " ") != same]
    rows = kb.sentences_naming(kb.documents_mentioning([name]), others) if others else []
    cites = Citations()
    named = [f"{other} {cites.cite(row)}" for other in others
             for row in [next((row for row in rows if other.lower() in row["text"].lower()), None)] if row]
    if not named:
        return None
    return Answer(query.text, "answered", f"The sources also call {name}: {join_words(named)}.", cites.items)


def _shares_told(query: Query, kb: KnowledgeBase, answer: Answer) -> None:
    """"What share of the 2,000 accounts were run from Cambodia?": a share the cited documents state themselves
    ("About 40% of the 2,000 accounts were operated from Thailand… the remaining 60% from…"), quoted after the
    figures; one that names what the question asks about, where it names anything."""
    documents = {citation.document for citation in answer.citations}
    # (the countries as the question writes them: a named network's question may keep none as a filter)
    countries = {name for name, _, _ in countries_in(query.text)} | set(query.countries)
    asked = [name.lower() for name in [*countries, *query.names]]
    forms = [alias.lower() for alias, name in country_aliases().items() if name in countries]
    rows = [row for row in kb.sentences_naming(documents, ["%", "percent"])
            if not asked or any(form in row["text"].lower() for form in [*asked, *forms])]
    if not rows:
        return
    shares = Answer(query.text, "answered", "The sources give these shares themselves:\n" + "\n".join(
        f"\u201c{row['quote']}\u201d [{index}]" for index, row in enumerate(rows[:3], start=1)),
        [Citation(row["document"], row["title"], row["url"], row["published"], row["quote"]) for row in rows[:3]])
    _append(answer, shares)


def _append(answer: Answer, more: Answer) -> None:
    """Another answer's text after this one's, its citations numbered on from this one's (a quote both cite keeps
    its first number)."""
    numbers = []
    for citation in more.citations:
        if citation not in answer.citations:
            answer.citations.append(citation)
        numbers.append(answer.citations.index(citation) + 1)
    answer.text += "\n" + re.sub(r"\[(\d+)\]", lambda m: f"[{numbers[int(m[1]) - 1]}]", more.text)


def _cite_names(query: Query, kb: KnowledgeBase, answer: Answer) -> None:
    """A name the answer states but none of its quotes holds is quoted too, from a cited document's sentence that
    gives it: a name with a figure in it ("Storm-2291"), so no number is left without a quote; and a network
    named before a listed takedown ("• Marigold Relay: Twitter took down 96 accounts…"), whose figure's quote
    (a table's cell, "96") may not say it."""
    documents = {citation.document for citation in answer.citations}
    networks = kb.lexicon.terms
    # a line's name is looked for in the documents that line cites ("[3]"), a few sentences, not every cited one
    cited_by: dict[str, set[str]] = {}
    for line in answer.text.splitlines():
        if (named := NAMED_LINE.match(line)) is not None:
            cites = {answer.citations[int(n) - 1].document for n in re.findall(r"\[(\d+)\]", line)
                     if 0 < int(n) <= len(answer.citations)}
            for name in named["names"].split(" / "):
                if networks.get(name.lower(), ("",))[0] == "network":
                    cited_by.setdefault(name, set()).update(cites)
    missing = [name for name in dict.fromkeys([*(n for n in query.names if re.search(r"\d{2,}", n)), *cited_by])
               if documents and name.lower() in answer.text.lower() and not any(
                   name.lower() in citation.quote.lower() or name.lower() in (citation.title or "").lower()
                   for citation in answer.citations)]
    within = set().union(*(cited_by.get(name) or documents for name in missing)) if missing else set()
    rows = kb.sentences_naming(within, missing) if missing else []
    for name in missing:
        row = next((r for r in rows if name.lower() in r["quote"].lower()), None)
        if row is not None:
            answer.citations.append(Citation(row["document"], row["title"], row["url"], row["published"],
                                             row["quote"]))
            answer.text += f"\nThe name {name} is the sources' own: [{len(answer.citations)}]"


def _name_in_lower_case(query: Query, kb: KnowledgeBase) -> Query:
    """"when did meta remove the fazze network?": a word the vocabulary does not know, before "network",
    that the sources write as a name, is that name (typed capitalised, `understand` finds it itself); and "who gave
    google leads on hanbit reach", words the sources write as the name of who ran a network, or of a network (not
    "the finance bill", a topic).  The question is read again with the name as the sources write it, so a word of it
    ("reach") asks nothing of its own."""
    if query.names:
        return query
    before = NAME_BEFORE_NETWORK.search(query.text)
    words = before.group("name").split() if before else []
    unknown = set(unknown_terms(query, kb)) - GENERIC_WORDS
    while words and words[0].lower() not in unknown:
        words.pop(0)  # "the russian fazze network": only the words the vocabulary does not know
    name = kb.proper_name(" ".join(words)) if words and all(w.lower() in unknown for w in words) else None
    typed = " ".join(words)
    if name is None and not any(word[:1].isupper() for word in query.text.split()[1:]):
        # two or three words in a row, one of them unknown ("hanbit reach"), that a figure's network is tied to, in a
        # question typed in lower case (one typed with capitals names its names so: `understand` finds them)
        tokens = re.findall(r"[\w'-]+", query.text)
        # (not a word of a country's or platform's name the question already reads, "United Arab Emirates", nor of a
        # period or a report, "by year"; and only a word the sources write capitalised, "Hanbit", not "gave")
        unknown = {word for word in unknown if word not in kb.lexicon.spellings and word not in NOT_NAME_WORDS}
        named = [i for i, token in enumerate(tokens) if token.lower() in unknown and kb.proper_name(token)]
        spans = [(i, j) for i in named
                 for i, j in ((i, i + 2), (i - 1, i + 1), (i, i + 3), (i - 2, i + 1)) if i >= 0 and j <= len(tokens)]
        for i, j in dict.fromkeys(spans):
            run = " ".join(tokens[i:j])
            if (written := kb.proper_name(run)) and kb.ties_networks_to(written):
                name, typed = written, run
                break
    if not name:
        return query
    reread = understand(re.sub(r"\s+".join(map(re.escape, typed.split())), name, query.text, count=1, flags=re.I),
                        kb.lexicon)
    reread.text = query.text
    reread.names = [name, *(other for other in reread.names if other not in name)]  # ("Hill" of a name that opens)
    return reread


def _names_as_written(query: Query, kb: KnowledgeBase) -> None:
    """"…for Lantern Hil": a name no document holds, whose misspelt words stand for words the sources use, is the name
    they write ("Lantern Hill"), where some document holds that."""
    for index, name in enumerate(query.names):
        if kb.documents_mentioning([name]):
            continue
        words = name.split()
        mended = [word if word.lower() in kb.lexicon.corpus_words else (kb.close_word(word.lower()) or kb.word_begun(
            word.lower()) or word) for word in words]
        if mended != words and kb.documents_mentioning([candidate := " ".join(mended)]):
            query.names[index] = kb.proper_name(candidate) or candidate


def _name_over_description(query: Query, kb: KnowledgeBase) -> None:
    """"the Brazilian Canarinho network", "the earlier 214-account network targeting Ecuador": a network asked
    about by its name or its figure, whose figures the sources do not place (or place elsewhere), is still the
    one asked about; a name or a figure says more than the question's description of it."""
    if query.intent == "compare" and len(query.platforms) < 2:
        return  # ("the Ecuador network or the Savanna Reach one": each a side of its own)
    if not (query.names or query.numbers) or not (query.countries or query.targets) or \
            kb.facts(query, limit=1, light=True):
        return
    unplaced = Query(**{**query.__dict__, "countries": [], "targets": [], "country_role": "origin"})
    if kb.facts(unplaced, limit=1, light=True):
        query.countries, query.targets, query.country_role = [], [], "origin"


def _bad_question(question: str) -> str | None:
    text = question.strip()
    if not text:
        return "Ask me a question about platform takedowns, e.g. \u201cHow many Iran accounts did Twitter remove?\u201d"
    if len(text) > MAX_QUESTION_CHARS:
        return f"That question is {len(text):,} characters long; please ask in under {MAX_QUESTION_CHARS:,}."
    printable = sum(ch.isprintable() or ch.isspace() for ch in text)
    if printable / len(text) < 0.9 or "\x00" in text:
        return "That does not look like a question (it contains binary or control characters)."
    if not re.search(r"[A-Za-z]{2,}", text):
        return "I could not find any words in that question."
    return None
