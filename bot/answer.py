"""Answers with their evidence: a `Query` and the knowledge base in, an `Answer` with citations out.

The rules the whole project is judged by live here.  Every figure in `Answer.text` is in a cited
quote, or is a sum of cited figures and says so; qualifiers ("more than", "thousands") are kept;
a figure given for several countries together is never passed off as one country's; when the
base has nothing on a question the status is `no_answer` and the text says what it does cover.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial

from bot.knowledge import COMMON_TERM, NOT_ONE_TAKEDOWN, ROW_LIMIT, KnowledgeBase, TakedownKey
from bot.mentions import actions_in, countries_in, platforms_in, without_countries
from bot.numbers import counts_in
from bot.reach import MONEY
from bot.summary import KEY_FIELDS, countable
from bot.understand import DERIVED, DOMAIN_WORDS, GENERIC_ASKS, MEASURE_KINDS, STOPWORDS, Query, understand
from bot.vocabulary import PLATFORM_PARENT, country_aliases
from bot.wording import format_date, join_words

MAX_QUESTION_CHARS = 1000
EXAMPLES = [
    "How many Iran accounts did Twitter remove?",
    "What did Facebook take down in January 2019?",
    "Who tipped off Facebook?",
    "Which countries did Twitter remove accounts from in 2019?",
]
# a greeting or a request for help, not a question about takedowns
HELP = re.compile(r"^\W*(?:hi|hello|hey|help|usage|commands?|what\s+can\s+(?:you|i)\s+(?:do|ask)|"
                  r"how\s+do\s+(?:i|you)\s+use\s+(?:this|it|you)|who\s+are\s+you)\W*$", re.I)
MAX_FACTS_LISTED = 8
COUNTING_LIMIT = 60  # facts counting the unit asked about read for one answer: enough for the statements it shows
MAX_BREAKDOWN_LINES = 20  # examples in a breakdown, all groups together (each group shows at least two)
LARGEST_SHOWN = 5
MAX_SUMMED = 4  # past a few announcements a sum hides more than it tells (and one double count skews it)
# irregular forms a question and a source may use for one word (regular endings match by prefix)
WORD_FORMS = {"spend": ["spent", "spending"], "spent": ["spend", "spending"], "follow": ["followed", "followers"],
              "find": ["found", "finding"], "found": ["find"], "discover": ["discovered"], "discovered": ["discover"],
              "detect": ["detected"], "detected": ["detect"],
              "followers": ["followed", "follow"], "ad": ["ads", "advertising"], "ads": ["ad", "advertising"],
              "tip": ["tipped"], "tipped": ["tip"], "pay": ["paid"], "paid": ["pay"], "run": ["ran"], "ran": ["run"]}
GENERIC_WORDS = {"network", "networks", "campaign", "campaigns", "operation", "operations", "group", "groups",
                 "accounts", "account", "pages", "page", "countries", "country", "platform", "platforms", "takedown",
                 "target", "targeted", "targets", "removed", "remove", "company", "companies",
                 "behind", "responsible", "ran", "run", "operated", "operator", "announcement", "announcements",
                 "announce", "announced", "statement", "report", "reports", "post", "say", "said",
                 "says"}  # the question's intent, not content
ONE_NETWORK = re.compile(r"\bthe\s+(?:[\w'-]+\s+){1,5}?(?:network|operation|campaign)\b", re.I)  # not "networks"
TOTAL_ASKED = re.compile(r"\b(?:in\s+total|total|altogether|all\s+together|combined|in\s+all|sum)\b", re.I)
# a question about everything to date ("since 2017", "so far"), which a platform's running total answers
RUNNING_ASKED = re.compile(r"\b(?:since\s+(?:19|20)\d\d|to\s+date|so\s+far|overall|ever|all\s+time|"
                           r"in\s+total|total|altogether|in\s+all)\b", re.I)
YES_NO = re.compile(r"^\W*(?:did|does|has|have|had|was|were|is|are)\b", re.I)
BEHIND_WORDS = {"ran", "run", "runs", "running", "responsible", "operated", "operates", "operating", "was", "were",
                "is", "are", "operation", "operations", "campaign", "campaigns", "who", "whose", "s"}
RANKED_BY_ANNOUNCEMENTS = ("most announcements first (account figures are not added up across announcements, so "
                           "none is ranked by accounts)")
MOST = re.compile(r"\b(?:most|largest|biggest|greatest|highest|top)\b(?!\s+recent)", re.I)
# the one or two lower-case words before "network" ("the fazze network"): maybe a name the question did not capitalise
NAME_BEFORE_NETWORK = re.compile(r"\b(?P<name>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:network|campaign|operation|"
                                 r"troll\s+farm)s?\b")
# the question itself says the place was a target ("networks targeting Benin"), not only "in Benin"
EXPLICIT_TARGET = re.compile(r"\b(?:target\w*|aim\w*\s+at|focus\w*\s+on|against|directed\s+at)\b", re.I)
# the words of a phrase that only says where a network was ("originated in", "based in", "from")
PLACE_WORDS = (r"originat\w*|based|located|operat\w*|run|from|in|out|of|the|tied|linked|connected|to|with|associated|"
               r"attributed|traced|back|and|or|mainland|potentially|possibly|likely|may|have|been|appear\w*|"
               r"several|countries|set|network|networks|operation|operations|campaign|campaigns|but")
BEHIND_CUE = re.compile(r"\b(?:traced|tied\s+to|linked\s+to|ties\s+to|connected\s+to|attribut\w*\s+to|"
                        r"(?:run|operated|directed|created|founded|managed|backed)\s+by|behind|associated\s+with|"
                        r"on\s+behalf\s+of)\b", re.I)
FOUND_CUE = re.compile(r"\b(?:tip\w*|alert\w*|flagg\w*|found|discover\w*|detect\w*|uncover\w*|identified|"
                       r"internal\s+investigations?|own\s+investigat\w*|referr\w*)\b", re.I)
SEARCH_CUTOFF = 0.45  # share of the question's (rarity-weighted) terms the best sentence must contain


@dataclass(frozen=True)
class Citation:
    """A source an answer rests on: the document and the exact words quoted from it."""

    document: str
    title: str
    url: str | None
    published: str | None
    quote: str

    def as_dict(self) -> dict[str, str | None]:
        return {"document": self.document, "title": self.title, "url": self.url, "published": self.published,
                "quote": self.quote}


@dataclass
class Answer:
    """What the bot says: a status, the reply text, its citations, and choices when it must ask."""

    question: str
    status: str
    text: str
    citations: list[Citation] = field(default_factory=list)
    choices: list[str] = field(default_factory=list)
    rephrased: list[str] = field(default_factory=list)  # the question asked with each choice, for buttons

    def as_dict(self) -> dict[str, object]:
        return {"question": self.question, "status": self.status, "text": self.text,
                "citations": [c.as_dict() for c in self.citations], "choices": self.choices}


class _Citations:
    """Numbered citations, one per distinct quote."""

    def __init__(self) -> None:
        self.numbers: dict[Citation, int] = {}

    @property
    def items(self) -> list[Citation]:
        return list(self.numbers)

    def cite(self, row: dict) -> str:
        citation = Citation(row["document"], row["title"], row["url"], row["published"], row["quote"])
        number = self.numbers.setdefault(citation, len(self.numbers) + 1)
        return f"[{number}]"


# --------------------------------------------------------------------------- describing facts


def _unit_phrase(row: dict) -> str:
    unit = row["unit"] or "accounts"
    if row["count"] == 1 and row["qualifier"] == "exact" and " " not in unit and unit.endswith("s"):
        unit = unit[:-1]  # "1 group", not "1 groups"
    if (row["surface"] and row["surface"] != row["platform"]) or row["surface"] == "Instagram":
        return f"{row['surface']} {unit}"
    return unit


SCOPE_NOTES = {"spam": " for spam", "disclosed": " disclosed to its archive", "amplifier": " used as amplifiers",
               "network": " in the larger network they were part of",
               "cumulative": " in all over time (a running total, not one takedown)"}

def _figure(row: dict) -> str:
    figure = f"{row['count_text']} {_unit_phrase(row)}" if row["count_text"] else _unit_phrase(row)
    if row["count_text"] and re.search(r",| and ", row["unit"] or ""):
        figure += " combined"  # "783 pages, groups and accounts combined": not 783 accounts
    return figure + SCOPE_NOTES.get(row["scope"] or "", "")


def _origin_phrase(row: dict) -> str:
    """" (originated in Iran)": the attribution as the source words it, plus the origins it leaves out ("one from
    Russia and one from Iran" is quoted as "from Russia"; the answer adds "also Iran")."""
    if row["attribution"]:
        named = {country for country, _, _ in countries_in(row["attribution"])}
        missing = [country for country in row["origins"] if country not in named]
        also = f"; also {join_words(missing)}" if named and missing else ""
        return f" ({row['attribution']}{also})"
    if row["origins"]:
        return f" (from {join_words(row['origins'])})"
    return ""


def _when(row: dict) -> str:
    return format_date(row["announced"], row["date_precision"]) if row["announced"] else "date unknown"


def describe_fact(row: dict) -> str:
    """One takedown in a line, as answers word it: "Facebook removed 40 accounts (run from Peru), April 6, 2021"."""
    return f"{row['platform']} {row['action']} {_figure(row)}{_origin_phrase(row)}, {_when(row)}"


def _unit_matches(row: dict, units: list[str]) -> bool:
    if not units:
        return True
    parts = set(re.split(r",\s*|\s+and\s+", row["unit"] or ""))
    return bool(set(units) & parts)


@dataclass(eq=False)  # compared by identity: statements are many and their fact lists long
class _Statement:
    """The facts one sentence states for one platform ("65 accounts, 161 Pages and 4 Instagram accounts")."""

    facts: list[dict]
    others: list[dict] = field(default_factory=list)  # the same takedown as other documents report it

    @property
    def first(self) -> dict:
        return self.facts[0]

    def figures(self) -> str:
        figured = [f for f in self.facts if f["count_text"]]
        return join_words(_figure(f) for f in figured) if figured else _unit_phrase(self.first)

    def sources(self, cites: _Citations, others: bool = True) -> str:
        """Its citations: every distinct quote of its figures (one, unless HTML markup split the sentence and
        each figure is quoted by its own verbatim stretch), then the other documents' reports."""
        return " ".join(dict.fromkeys(cites.cite(f) for f in [*self.facts, *(self.others if others else [])]))


def _statements(facts: list[dict]) -> list[_Statement]:
    """Facts grouped by sentence and platform, and statements of the same takedown merged across documents."""
    by_sentence: dict[tuple, _Statement] = {}
    for fact in facts:
        key = (fact["document"], fact["sentence"], fact["platform"], tuple(fact["origins"]))
        by_sentence.setdefault(key, _Statement([])).facts.append(fact)
    merged: dict[int, _Statement] = {}
    for statement in by_sentence.values():
        takedowns = sorted({f["takedown"] for f in statement.facts})  # in order: a set's would follow the ids' hashes
        home = next((merged[t] for t in takedowns if t in merged), None)
        if home is None:
            for takedown in takedowns:
                merged[takedown] = statement
        elif home is not statement:
            home.others += statement.facts
    unique = list({id(s): s for s in merged.values()}.values())
    for statement in unique:
        _lead_with_the_exact_report(statement)
    return sorted(unique, key=lambda s: (s.first["announced"] or "", s.first["id"]))


def _read_in_full(statements: list[_Statement], kb: KnowledgeBase) -> None:
    """Swap the light rows of the statements an answer shows for full ones (quote, unit, source…)."""
    full = kb.by_id([f["id"] for s in statements for f in [*s.facts, *s.others]])
    for statement in statements:
        statement.facts = [full[f["id"]] for f in statement.facts]
        statement.others = [full[f["id"]] for f in statement.others]


def _lead_with_the_exact_report(statement: _Statement) -> None:
    """When several documents report one takedown, show the one with exact figures ("936", not "nearly 1,000")."""
    if not statement.others:
        return
    reports: dict[tuple, list[dict]] = {}
    for fact in statement.facts + statement.others:
        reports.setdefault((fact["document"], fact["sentence"]), []).append(fact)

    # "88K accounts" in a headline is not more exact than "more than 88,000": the same figure, qualifier dropped
    qualified = {(f["takedown"], f["count"]) for f in statement.facts + statement.others if f["qualifier"] != "exact"}

    def exactness(facts: list[dict]) -> int:
        return sum(f["qualifier"] == "exact" and (f["takedown"], f["count"]) not in qualified for f in facts)

    best = max(reports.values(), key=exactness)
    if exactness(best) > exactness(statement.facts):
        statement.others = [f for f in statement.facts + statement.others if f not in best]
        statement.facts = best


# --------------------------------------------------------------------------- answering


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
    _name_in_lower_case(query, kb)
    if query.ambiguous:
        word, choices = query.ambiguous[0]
        options = " or ".join([", ".join(choices[:-1]), choices[-1]] if len(choices) > 1 else choices)
        rephrased = [re.sub(rf"\b{re.escape(word)}\b", choice, question, count=1) for choice in choices]
        return Answer(question, "clarify", f"Did you mean {options} by \u201c{word}\u201d? Ask again with the one "
                      "you mean.", choices=choices, rephrased=rephrased)
    handler = {
        "who_tipped": _answer_tips,
        "which_countries": _answer_countries,
        "which_platforms": _answer_platforms,
        "targets": _answer_targets,
        "who_behind": _answer_behind,
        "when": _answer_when,
        "largest": _answer_largest,
        "latest": _answer_latest,
        "earliest": lambda query, kb: _answer_latest(query, kb, newest=False),
        "breakdown": _answer_breakdown,
        "compare": _answer_compare,
        "count": _answer_count,
        "list": _answer_count,
        "reach": _answer_reach,
        "which_networks": _answer_networks,
    }.get(query.intent)
    answer = _answer_search(query, kb) if handler is None else handler(query, kb)
    if answer.status == "answered" and DERIVED.search(question):
        # an average or a percentage would be a figure no source gives: say so, and show what they do give
        answer.text = ("I do not compute averages, percentages or differences; these are the figures the "
                       "sources give:\n" + answer.text)
    return answer


def _name_in_lower_case(query: Query, kb: KnowledgeBase) -> None:
    """"when did meta remove the fazze network?": a word the vocabulary does not know, before "network",
    that the sources write as a name, is that name (typed capitalised, `understand` finds it itself)."""
    if query.names:
        return
    before = NAME_BEFORE_NETWORK.search(query.text)
    words = before.group("name").split() if before else []
    unknown = set(_unknown_terms(query, kb)) - GENERIC_WORDS
    while words and words[0].lower() not in unknown:
        words.pop(0)  # "the russian fazze network": only the words the vocabulary does not know
    name = kb.proper_name(" ".join(words)) if words and all(w.lower() in unknown for w in words) else None
    if name:
        query.names = [name]
        query.terms = [t for t in query.terms if t not in {w.lower() for w in words}]


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


def _unknown_terms(query: Query, kb: KnowledgeBase) -> list[str]:
    """The question's words that neither frame it nor name anything the vocabulary knows ("endless mayfly")."""
    known = kb.lexicon.terms
    return [t for t in query.terms if t not in DOMAIN_WORDS and t not in GENERIC_ASKS and t not in BEHIND_WORDS
            and t not in known]


def _nothing(query: Query, kb: KnowledgeBase) -> Answer:
    """`no_answer`, saying what was looked for and what the base does cover."""
    asked = _asked_about(query) + ([_period_phrase(query)] if query.date_label else [])
    unknown = _unknown_terms(query, kb)
    subject = " + ".join(asked) if asked else f"\u201c{' '.join(unknown)}\u201d" if unknown else "that"
    elsewhere = _other_dates(query, kb)
    text = f"I found nothing in the knowledge base on {subject}. {elsewhere + ' ' if elsewhere else ''}{kb.coverage()}"
    return Answer(query.text, "no_answer", text)


def _other_dates(query: Query, kb: KnowledgeBase) -> str | None:
    """Nothing in the period asked, but the same takedowns at other times: say when, so the user can ask again."""
    if not (query.date_from or query.month_day) or not (query.platforms or query.countries or query.names):
        return None
    undated = Query(**{**query.__dict__, "date_from": None, "date_to": None, "month_day": None, "date_label": None})
    within = (query.date_from.isoformat(), query.date_to.isoformat()) if query.date_from else None
    days = sorted({(f["announced"], f["date_precision"]) for f in kb.facts(undated, light=True) if f["announced"]
                   and not (within and within[0] <= f["announced"] <= within[1])})  # at other times only
    if not days:
        return None
    shown = [format_date(day, precision) for day, precision in days[:6]]
    more = f" and {len(days) - 6} more" if len(days) > 6 else ""
    return f"For {_subject(undated).strip(' ,').removeprefix('for ')} it has takedowns dated {join_words(shown)}{more}."


def _relevant(query: Query, kb: KnowledgeBase, light: bool = False) -> tuple[list[dict], bool]:
    """Matching facts, and whether there may be more than were read; when the question names a unit, only
    statements that count that unit, each with the rest of its figures.  A few facts count the unit: the
    plain read (the first `ROW_LIMIT` facts of any unit) holds them all, unless it was cut short.  Many do,
    or it was cut short: the first `COUNTING_LIMIT` of them are found in SQL and their statements read, so
    the limit falls on them and not on every fact of the period (which had left out whole years)."""
    counting = kb.counting(query, query.units, COUNTING_LIMIT) if query.units else []
    if len(counting) < COUNTING_LIMIT:  # every fact counting the unit, if any: the plain read may hold them all
        facts = kb.facts(query, light=light)
        if not counting or len(facts) < ROW_LIMIT:
            return (_counting_statements(facts, query.units) or facts), len(facts) >= ROW_LIMIT
    told = kb.facts(query, light=light, limit=-1, told_with=counting)  # with other documents' reports
    return _counting_statements(told, query.units), len(counting) >= COUNTING_LIMIT


def _counting_statements(facts: list[dict], units: list[str]) -> list[dict]:
    """The facts of the statements (sentence and platform) that count one of the units: all of them if none
    is asked."""
    keys = {(f["document"], f["sentence"], f["platform"]) for f in facts if _unit_matches(f, units)}
    return [f for f in facts if (f["document"], f["sentence"], f["platform"]) in keys]


def _answer_count(query: Query, kb: KnowledgeBase) -> Answer:
    if not query.has_filters:
        return _clarify_subject(query, kb)
    facts, more = _relevant(query, kb, light=True)
    if not facts:
        if query.names or not (query.platforms or query.countries or query.date_from or query.month_day):
            return _answer_search(query, kb)
        return (_other_reading(query, kb) or _named_in_passing(query, kb) or _said_in_passing(query, kb)
                or _nothing(query, kb))
    answer = _describe_facts(query, facts, kb, more=more)
    if len(query.platforms) == 1 and YES_NO.match(query.text):  # "Did Facebook remove accounts linked to Iran?"
        answer.text = "Yes.\n" + answer.text
    return answer


def _said_in_passing(query: Query, kb: KnowledgeBase) -> Answer | None:
    """"Did OpenAI ban accounts linked to Iran?": no takedown fact, but a sentence that names the platform and
    the country and says something was removed ("…an Iranian operation…, OpenAI found and disrupted related
    activity").  Only for yes-or-no questions, and only such a sentence: a figure-free, cited "yes, the
    sources say"."""
    if not (query.platforms and query.countries and YES_NO.match(query.text)):
        return None
    found = _answer_search(Query(**{**query.__dict__, "terms": []}), kb)  # the platform and the country alone
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
            f" \u2014 {citation.title}, {format_date(citation.published)}")
    return Answer(query.text, "answered", text, [citation])


def _other_reading(query: Query, kb: KnowledgeBase,
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
        facts, more = _relevant(other, kb, light=True)
        if not facts:
            return None
        answer = _describe_facts(other, facts, kb, more=more)
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
    answer = _describe_facts(Query(**{**query.__dict__, "countries": []}), facts, kb, total=False)
    role = "targeted" if query.country_role == "target" else "came from"
    countries = join_words(query.countries)
    note = (f"No network in the knowledge base is said to have {role} {countries}"
            if role == "targeted" else f"The knowledge base ties no network to {countries} as where it came from")
    answer.text = f"{note}, but these reports name {countries} in their own words:\n{answer.text}"
    return answer


def _answer_compare(query: Query, kb: KnowledgeBase) -> Answer:
    """Two platforms or countries side by side: each side's cited figures and, where honest, their sum."""
    by_platform = len(query.platforms) >= 2
    sides = query.platforms if by_platform else query.countries
    cites = _Citations()
    lines: list[str] = []
    for side in sides:
        narrowed = Query(**{**query.__dict__, "intent": "count"})
        if by_platform:
            narrowed.platforms = [side]
        else:
            narrowed.countries = [side]
        statements = _in_period(_statements(_relevant(narrowed, kb)[0]), narrowed, kb)
        figured = [s for s in statements if any(f["count_text"] for f in s.facts)]
        if not figured:
            lines.append(f"*{side}*: nothing with a figure in the knowledge base.")
            continue
        # how many takedowns each side has, counted as breakdowns count them: the one figure comparable across
        takedowns = len(_takedowns_by(narrowed, kb, lambda key: ["all"]).get("all", []))
        lines.append(f"*{side}* \u2014 {takedowns} takedown{'s' * (takedowns != 1)}:")
        lines += ["  " + _statement_line(s, narrowed, cites) for s in figured[:MAX_FACTS_LISTED]]
        if len(figured) > MAX_FACTS_LISTED:
            # reports, not takedowns: one takedown may be told in several (a total and its parts)
            lines.append(f"  \u2026 and {len(figured) - MAX_FACTS_LISTED} more reports with figures")
        total, _ = _total(figured[:MAX_FACTS_LISTED], narrowed)
        if total:
            lines.append("  " + total)
    if not cites.items:
        return _nothing(query, kb)
    head = (f"Side by side: {' vs '.join(sides)}. Compare like with like: the figures below are in the units "
            "each source gives.")
    return Answer(query.text, "answered", head + "\n" + "\n".join(lines), cites.items)


def _happened_within(query: Query, kb: KnowledgeBase) -> Callable[[str | None, str], bool] | None:
    """Whether a takedown (when it happened, by its earliest report; the document telling it) is in the period
    asked about: a later story's mention of an older takedown is not, but a quarter's report, published after
    it, tells that quarter's takedowns.  None when the question names no period."""
    if not query.date_from:
        return None
    first, last = query.date_from.isoformat(), query.date_to.isoformat()
    reports = kb.reports_within(first, last)
    return lambda dated, document: not dated or first <= dated <= last or document in reports


def _in_period(statements: list[_Statement], query: Query, kb: KnowledgeBase) -> list[_Statement]:
    """The statements of takedowns in the period asked about (all of them if none is)."""
    within = _happened_within(query, kb)
    if within is None:
        return statements
    return [s for s in statements if within(s.first["dated"], s.first["document"])] or statements


def _dated(statement: _Statement) -> dict:
    """When a takedown happened, as its announcement is dated at load (`store._dating`): the earliest month any
    report gives, to the day where one does."""
    return {"announced": statement.first["dated"], "date_precision": statement.first["dated_precision"]}


def _takedowns_by(query: Query, kb: KnowledgeBase, groups_of: Callable[[TakedownKey], list[str]]
                  ) -> dict[str, list[TakedownKey]]:
    """Every matching takedown in each of its groups, once (an announcement counts once in a group, as `summary`
    counts it), in the order they happened.  Counted from `TakedownKey`s, so an answer about hundreds of
    takedowns reads only the words of the few it shows (`_statements_of`).

    Each is told by its first report with a figure, and asked about a country, by one that gives that country
    its own figure ("1,196 accounts in Venezuela" rather than "thousands from Iran, Russia, Venezuela…")."""
    keys = countable(kb.takedown_keys(query), KEY_FIELDS)
    within = _happened_within(query, kb)
    if within is not None:
        keys = [k for k in keys if within(k.dated, k.document)] or keys

    def worse(key: TakedownKey) -> tuple[bool, bool]:
        return not key.figured, bool(query.countries) and len(key.origins) > 1

    told: dict[tuple[str, int], TakedownKey] = {}
    for key in keys:
        for group in groups_of(key):
            slot = (group, key.announcement)
            if slot not in told or worse(key) < worse(told[slot]):
                told[slot] = key
    groups: dict[str, list[TakedownKey]] = {}
    for (group, _), key in told.items():  # in the order each takedown first appeared in its group
        groups.setdefault(group, []).append(key)
    return groups


def _statements_of(keys: list[TakedownKey], query: Query, kb: KnowledgeBase) -> dict[int, _Statement]:
    """The statements that tell these takedowns, read in full: each one's figures and other reports, by key id."""
    rows = countable(kb.facts(query, limit=-1, told_with=[key.id for key in keys]))
    by_fact = {fact["id"]: statement for statement in _statements(rows)
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


def _answer_breakdown(query: Query, kb: KnowledgeBase) -> Answer:
    """"Iran takedowns by year": the takedowns grouped by year, platform, country or month."""
    by = query.breakdown or "year"
    groups = _takedowns_by(query, kb, partial(_breakdown_groups, by))
    if not groups:
        return _nothing(query, kb)
    if by == "country" and "not attributed" in groups:  # one report leaving the country out does not make
        attributed = {key.announcement for group, members in groups.items() if group != "not attributed"
                      for key in members}  # a takedown others attribute "not attributed"
        groups["not attributed"] = [key for key in groups["not attributed"] if key.announcement not in attributed]
        groups = {group: members for group, members in groups.items() if members}
    # every group's count, and as many examples as keep the reply to a screen or two
    shown = max(2, min(MAX_FACTS_LISTED, MAX_BREAKDOWN_LINES // len(groups)))
    statements = _statements_of([key for members in groups.values() for key in members[:shown]], query, kb)
    cites = _Citations()  # only the statements shown are cited
    lines = []
    ranked = bool(MOST.search(query.text))  # "in which year… the most": by takedowns, never by added-up accounts
    for group in sorted(groups, key=lambda group: (-len(groups[group]), group)) if ranked else sorted(groups):
        members = groups[group]
        lines.append(f"*{group}* \u2014 {len(members)} takedown{'s' * (len(members) != 1)}")
        for statement in dict.fromkeys(statements[key.id] for key in members[:shown] if key.id in statements):
            first = statement.first
            sources = statement.sources(cites)
            figures = statement.figures() if first["count_text"] else f"{statement.figures()} (no figure given)"
            lines.append(f"  \u2022 {first['platform']} {figures}{_origin_phrase(first)}, {_when(_dated(statement))} "
                         f"{sources}")
        if len(members) > shown:
            lines.append(f"  \u2026 and {len(members) - shown} more")
    head = f"Takedowns{_subject(query)}, by {query.breakdown or 'year'}"
    head += (", most takedowns first (account figures are not added up across takedowns, so none is ranked by "
             "accounts):" if ranked else ":")
    return Answer(query.text, "answered", head + "\n" + "\n".join(lines), cites.items)


def _clarify_subject(query: Query, kb: KnowledgeBase) -> Answer:
    platforms = [r[0] for r in kb.db.execute("select platform from facts group by platform order by count(*) desc")]
    if not platforms:
        return _nothing(query, kb)
    return Answer(query.text, "clarify",
                  "Which takedowns do you mean? Name a platform, a country or a period, e.g. "
                  f"\u201chow many Iran accounts did {platforms[0]} remove?\u201d", choices=platforms[:6],
                  rephrased=[f"{query.text.rstrip(' ?')} on {platform}?" for platform in platforms[:5]])


def _country_note(row: dict, query: Query) -> str:
    """Say when a figure covers several countries together, so it is never read as one country's."""
    asked = [c for c in query.countries if c in row["origins"]]
    if len(row["origins"]) > 1 and asked and row["count_text"]:
        return (f"; one figure for {join_words(row['origins'])} together, none for {join_words(asked)} alone")
    return ""


def _consistent(a: dict, b: dict) -> bool:
    """Two reports of one figure that can both be true: "nearly 1,000" and "936" agree; "8,558" and "8,588" do not."""
    def fits(loose: dict, other: int) -> bool:
        value, qualifier = loose["count"], loose["qualifier"]
        return {"nearly": value * 0.9 <= other <= value, "fewer than": other < value, "up to": other <= value,
                "more than": value <= other <= value * 1.25, "at least": value <= other <= value * 1.25,
                "about": abs(other - value) <= value * 0.1}.get(qualifier, other == value)
    return fits(a, b["count"]) or fits(b, a["count"])


def _statement_line(statement: _Statement, query: Query, cites: _Citations) -> str:
    first = statement.first
    sources = statement.sources(cites)
    if not any(f["count_text"] for f in statement.facts):
        line = (f"\u2022 {first['platform']} reported that it {first['action']} {_unit_phrase(first)}"
                f"{_origin_phrase(first)}, {_when(first)}, without giving a figure {sources}")
    else:
        # where it came from and when: from whichever report says so (the exact one may leave it out)
        reports = [first, *statement.others]
        placed = next((r for r in reports if r["origins"]), first)
        dated = _dated(statement)
        origin = _origin_phrase(placed)
        note = _country_note(placed, query)
        if note:
            origin = f" ({(placed['attribution'] or 'from ' + join_words(placed['origins']))}{note})"
        line = f"\u2022 {first['platform']} {first['action']} {statement.figures()}{origin}, {_when(dated)} {sources}"
    pairs = [(f, o) for o in statement.others for f in statement.facts
             if o["takedown"] == f["takedown"] and o["count"] is not None and f["count"] is not None
             and o["count"] != f["count"]]
    disagreeing = [(f, o) for f, o in pairs if not _consistent(f, o)]
    if disagreeing:
        line += " \u2014 the sources disagree: " + "; ".join(dict.fromkeys(
            f"{_figure(f)} per {f['title']}" for f in [disagreeing[0][0], *(o for _, o in disagreeing)]))
    elif pairs:
        line += " (also reported as " + "; ".join(dict.fromkeys(
            f"{_figure(o)} per {o['title']}" for _, o in pairs)) + ")"
    if first["reference"] and not statement.others:
        line += " (mentioned in a later report)"
    return line


def _describe_facts(query: Query, facts: list[dict], kb: KnowledgeBase, total: bool = True,
                    more: bool | None = None) -> Answer:
    """Figures per statement, with a labelled total where adding them up is honest (and `total` is wanted).
    `more`: the facts may be only the first of those that match (by default, when the row limit was reached)."""
    cites = _Citations()
    statements = _in_period(_statements(facts), query, kb)
    figured = [s for s in statements if any(f["count_text"] for f in s.facts)]
    covered = {(s.first["platform"], day) for s in figured for day in (s.first["announced"], _dated(s)["announced"])}
    unfigured = [s for s in statements if not any(f["count_text"] for f in s.facts)
                 and (s.first["platform"], s.first["announced"]) not in covered]
    running = [s for s in figured if s.first["scope"] == "cumulative"]
    if running and RUNNING_ASKED.search(query.text):
        # "how many networks has Meta removed since 2017?": the platform's own running total, the newest first,
        # says more than any sum of the takedowns listed after it
        figured = sorted(running, key=lambda s: s.first["announced"] or "", reverse=True) + [
            s for s in figured if s.first["scope"] != "cumulative"]
        total = False
    shown = figured[:MAX_FACTS_LISTED] + unfigured[:4]
    _read_in_full(shown, kb)
    lines = [_statement_line(s, query, cites) + _part_note(s, shown) for s in shown]
    rest = 0
    if len(figured) > MAX_FACTS_LISTED:
        truncated = len(facts) >= ROW_LIMIT if more is None else more
        rest = (kb.statement_count(query) if truncated else len(figured)) - MAX_FACTS_LISTED
        lines.append(f"\u2026 and {rest} more; narrow the question by platform, country or year to see them.")
    subject = _subject(query)
    head = (f"Here is what the knowledge base reports{subject}:" if figured else
            f"The knowledge base reports this{subject}, but gives no figure:")
    text = _yes_or_no(query, statements) + head + "\n" + "\n".join(lines)
    # one network's reports overlap, so a question about a name is never added up
    summed, why = _total(figured[:MAX_FACTS_LISTED], query) if total and not query.names else (
        None, "reports of one network overlap")
    if summed:
        text += "\n" + summed + (f" It leaves out the {rest} more." if rest > 0 else "")
    elif running and not total and RUNNING_ASKED.search(query.text):
        text += "\nNo total of the takedowns listed: the running total the source gives is first."
    elif total and len(figured) > 1 and TOTAL_ASKED.search(query.text):  # asked for one: say why there is none
        text += f"\nNo total: {why}."
    return Answer(query.text, "answered", text, cites.items)


ANOTHER_NETWORK = re.compile(r"\b(?:an?|another|the\s+(?:second|third|other|smaller|larger))\s+(?:[\w-]+\s+){0,3}?"
                             r"(?:network|operation|campaign)\b", re.I)


def _part_note(statement: _Statement, shown: list[_Statement]) -> str:
    """" (part of the 4,779 above)" for a figure that breaks down a larger one shown above: the statement it
    points back to (`part_of`, followed to its first link) counts the same unit, more of it, from the same
    countries.  Items of a list of separate networks name other countries and get no note."""
    first = statement.first
    by_sentence = {(f["document"], f["sentence"]): f for other in shown if other is not statement
                   for f in other.facts if f["unit"] == first["unit"] and f["surface"] == first["surface"]}
    root, seen = first, set()
    while root["part_of"] is not None and (root["document"], root["part_of"]) in by_sentence and root["id"] not in seen:
        seen.add(root["id"])
        root = by_sentence[(root["document"], root["part_of"])]
    if root is first or first["count"] is None or root["count"] is None or root["count"] <= first["count"] or (
            first["origins"] and not set(first["origins"]) <= set(root["origins"])) or (
            first["targets"] and not set(first["targets"]) <= set(root["targets"])) or ANOTHER_NETWORK.search(
            first["quote"]):
        return ""  # other countries', or other targets', networks: "A Sudan-focused network had 17 accounts"
    return f" (part of the {root['count_text']} above)"


def _yes_or_no(query: Query, statements: list[_Statement]) -> str:
    """"Did both Facebook and Twitter remove…?": which of the platforms asked about reported it, first."""
    if len(query.platforms) < 2 or not re.match(r"\s*(?:did|has|have|were|was)\b", query.text, re.I):
        return ""
    reported = {name for s in statements for name in (s.first["platform"], s.first["surface"]) if name}
    said = [p for p in query.platforms if p in reported or any(PLATFORM_PARENT.get(r) == p for r in reported)]
    silent = [p for p in query.platforms if p not in said]
    if not silent:
        return f"Yes: {join_words(said)} each reported removals.\n"
    return f"Only {join_words(said)} reported removals; the knowledge base has none from {join_words(silent)}.\n"


def _period_phrase(query: Query) -> str:
    """"in 2019", "on March 3, 2019", "since 2020": the period asked about, as a sentence says it."""
    exact_day = (query.date_from is not None and query.date_from == query.date_to) or (
        query.month_day is not None and query.month_day[1])
    label = query.date_label or ""
    return label if label.startswith(("since", "before")) else f"on {label}" if exact_day else f"in {label}"


def _subject(query: Query) -> str:
    """What the question was about, for headings: " for Twitter, Iran, in 2019" or " in 2024"."""
    parts = _asked_about(query)
    subject = " for " + ", ".join(parts) if parts else ""
    if query.date_label:
        subject += ("," if subject else "") + " " + _period_phrase(query)
    return subject


def _asked_about(query: Query) -> list[str]:
    """The filters of a question as an answer names them: "Twitter", "Instagram assets", "targeting Iran"."""
    parts = []
    if query.platforms:
        parts.append(join_words(query.platforms))
    surfaces = [s for s in query.surfaces if s not in query.platforms]
    if surfaces:
        parts.append(join_words(surfaces) + " assets")
    if query.countries:
        parts.append(("targeting " if query.country_role == "target" else "") + join_words(query.countries))
    if query.targets:
        parts.append("targeting " + join_words(query.targets))
    if query.names:
        parts.append(join_words(query.names))
    if query.domestic:
        parts.append("networks aimed at their own country")
    return parts


def _total(statements: list[_Statement], query: Query) -> tuple[str | None, str]:
    """The sum of distinct announcements in one unit, labelled as such; or None and why adding up would mislead."""
    unit = query.units[0] if query.units else "accounts"
    rows = []
    for statement in statements:
        if any(o["count"] != f["count"] for o in statement.others for f in statement.facts
               if o["unit"] == f["unit"]):
            return None, "the sources disagree on a figure"
        matching = [f for f in statement.facts if f["unit"] == unit and f["count"] is not None
                    and f["scope"] not in NOT_ONE_TAKEDOWN and not f["reference"]
                    and f["qualifier"] in {"exact", "more than", "at least", "about", "nearly"}
                    and not _country_note(f, query)]
        rows += matching
    kinds = {(r["unit"], r["surface"], r["scope"] in SCOPE_NOTES) for r in rows}
    announcements = len({r["announcement"] for r in rows})
    if announcements < len(rows):
        # a takedown's figure and its parts ("4,779 accounts in three clusters: 1,666…")
        return None, "some figures are parts of others"
    if len(kinds) != 1:
        return None, "the figures count different things (other surfaces or scopes)"
    if announcements < 2:
        return None, f"fewer than two figures count {unit} of separate announcements"
    if announcements > MAX_SUMMED:
        return None, (f"{announcements} separate announcements are listed, and past {MAX_SUMMED} a sum hides more "
                      "than it tells (one double count skews it)")
    total = sum(r["count"] for r in rows)
    # every report's qualifier of a summed figure: "88,000" in one and "more than 88,000" in another
    qualifiers = {f["qualifier"] for s in statements for f in [*s.facts, *s.others]
                  if any((f["takedown"], f["count"]) == (r["takedown"], r["count"]) for r in rows)}
    prefix = ("about " if qualifiers & {"about", "nearly"} else "more than " if "more than" in qualifiers
              else "at least " if "at least" in qualifiers else "")
    platforms = list(dict.fromkeys(r["platform"] for r in rows))
    across = f", {join_words(platforms)} together" if len(platforms) > 1 else ""
    summed = join_words([f"{r['count']:,}" for r in rows])
    return (f"Together: {prefix}{total:,} {_unit_phrase(rows[0])} \u2014 the sum of {summed} above{across}, "
            "each a separate announcement."), ""


def _answer_when(query: Query, kb: KnowledgeBase) -> Answer:
    facts = _relevant(query, kb)[0]
    if not facts:
        if not query.has_filters:
            return _answer_search(query, kb)
        return _other_reading(query, kb, _answer_when) or _nothing(query, kb)
    cites = _Citations()
    statements = _statements(facts)  # "1,633 accounts, 703 Pages and 1 Group" on one line, every report cited
    statements.sort(key=lambda s: (s.first["dated"] is None, s.first["dated"] or "", s.first["id"]))  # in order
    lines = []
    reports = [_dated(statement) for statement in statements]
    for statement, dated in list(zip(statements, reports, strict=True))[:MAX_FACTS_LISTED]:
        first = statement.first
        lines.append(f"\u2022 {_when(dated)}: {first['platform']} {first['action']} {statement.figures()}"
                     f"{_origin_phrase(first)} {statement.sources(cites)}")
    precision = {f["announced"]: f["date_precision"] for f in reversed(reports) if f["announced"]}
    dates = sorted(precision)
    head = (f"On {format_date(dates[0], precision[dates[0]])}." if len(dates) == 1 else
            f"On {len(dates)} dates, from {format_date(dates[0], precision[dates[0]])} to "
            f"{format_date(dates[-1], precision[dates[-1]])}:")
    return Answer(query.text, "answered", head + "\n" + "\n".join(lines), cites.items)


def _answer_countries(query: Query, kb: KnowledgeBase) -> Answer:
    """Every country of origin that matches, each with the first report that names it (one SQL aggregate)."""
    countries = kb.countries_named(query)
    if not countries:
        return _nothing(query, kb)
    ranked = bool(MOST.search(query.text))
    if ranked:  # "which country had the most…": ranked by announcements, the one thing counted across them
        countries = sorted(countries, key=lambda item: -item[1])
    cites = _Citations()
    lines = _announcement_lines(countries, cites)
    names = [country for country, _, _ in countries]
    head = f"Countries of origin{_subject(query)}: {join_words(names)}."
    if ranked:
        head = f"Countries of origin{_subject(query)}, {RANKED_BY_ANNOUNCEMENTS}: {join_words(names)}."
    return Answer(query.text, "answered", head + "\n" + "\n".join(lines), cites.items)


def _answer_platforms(query: Query, kb: KnowledgeBase) -> Answer:
    """Each platform that reported matching removals, with up to three of its takedowns (those with figures first)."""
    groups = _takedowns_by(query, kb, lambda key: [key.platform])  # the list of platforms must be complete
    if not groups:
        return _nothing(query, kb)
    ranked = bool(MOST.search(query.text))  # "which platform removed the most…": by takedowns, as countries are
    if ranked:
        groups = dict(sorted(groups.items(), key=lambda item: -len(item[1])))
    listed = {platform: [key for key in keys if key.figured] or keys for platform, keys in groups.items()}
    statements = _statements_of([key for keys in listed.values() for key in keys[:3]], query, kb)
    cites = _Citations()
    lines = []
    for platform, keys in listed.items():
        shown = dict.fromkeys(statements[key.id] for key in keys[:3] if key.id in statements)
        described = "; ".join(f"{s.figures()}, {_when(_dated(s))} {s.sources(cites)}" for s in shown)
        more = f" (and {len(keys) - 3} more)" if len(keys) > 3 else ""
        count = f" ({len(groups[platform])} takedown{'s' * (len(groups[platform]) != 1)})" if ranked else ""
        lines.append(f"\u2022 {platform}{count}: {described}{more}")
    head = f"{join_words(groups)} reported removals{_subject(query)}."
    if ranked:
        head = (f"Platforms that reported removals{_subject(query)}, most takedowns first (account figures are not "
                f"added up across takedowns, so none is ranked by accounts): {join_words(groups)}.")
    return Answer(query.text, "answered", head + "\n" + "\n".join(lines), cites.items)


def _answer_targets(query: Query, kb: KnowledgeBase) -> Answer:
    if MOST.search(query.text) and not query.targets and (not query.countries or query.country_role == "origin"):
        # "which countries were targeted most?", "which countries did Russian networks target most?"
        return _ranked_targets(query, kb)
    facts = [f for f in kb.facts(query, only="targeted", light=True) if f["targeted"]]  # other reports too
    if not facts:  # targets named in a sentence of their own ("The countries targeted included…")
        return _answer_search(query, kb)
    statements = _statements(facts)[:MAX_FACTS_LISTED]
    _read_in_full(statements, kb)
    cites = _Citations()
    lines = []
    for statement in statements:
        first = statement.first
        target = first["target_text"] or join_words(first["targets"])
        lines.append(f"\u2022 {first['platform']}, {_when(first)} ({statement.figures()}{_origin_phrase(first)}): "
                     f"{target} {statement.sources(cites, others=False)}")
    return Answer(query.text, "answered", f"Who the networks{_subject(query)} targeted:\n" + "\n".join(lines),
                  cites.items)


def _ranked_targets(query: Query, kb: KnowledgeBase) -> Answer:
    """The countries and regions networks targeted, the most announcements first, each with its first report."""
    targets = sorted(kb.countries_named(query, role="target"), key=lambda item: -item[1])
    if not targets:
        return _answer_search(query, kb)
    cites = _Citations()
    lines = _announcement_lines(targets[:MAX_FACTS_LISTED * 2], cites)
    more = f" (and {len(targets) - MAX_FACTS_LISTED * 2} more)" if len(targets) > MAX_FACTS_LISTED * 2 else ""
    head = f"Whom the networks{_subject(query)} targeted, {RANKED_BY_ANNOUNCEMENTS}{more}:"
    return Answer(query.text, "answered", head + "\n" + "\n".join(lines), cites.items)


def _announcement_lines(places: list[tuple[str, int, dict]], cites: _Citations) -> list[str]:
    """"• Peru (2 announcements) [1]": each place, how many announcements name it, and the first of them."""
    return [f"\u2022 {place} ({announced} announcement{'s' * (announced != 1)}) {cites.cite(row)}"
            for place, announced, row in places]


def _answer_networks(query: Query, kb: KnowledgeBase) -> Answer:
    """"Which networks targeted the US in 2020?": each takedown under the network name the sources give it."""
    statements = _statements(kb.facts(query))
    if not statements:
        return _nothing(query, kb)
    cites = _Citations()
    lines = []
    for statement in statements[:MAX_FACTS_LISTED]:
        first = statement.first
        names = list(dict.fromkeys(n for f in [*statement.facts, *statement.others] for n in f["networks"]))
        name = join_words(names) if names else "A network the sources do not name"
        sources = statement.sources(cites)
        lines.append(f"\u2022 {name}: {first['platform']} {first['action']} {statement.figures()}"
                     f"{_origin_phrase(first)}, {_when(_dated(statement))} {sources}")
    if len(statements) > MAX_FACTS_LISTED:
        lines.append(f"\u2026 and {len(statements) - MAX_FACTS_LISTED} more; narrow the question to see them.")
    kind = "Domestic networks" if query.domestic else "Networks"  # not "networks taken down for networks aimed…"
    return Answer(query.text, "answered", f"{kind} taken down{_subject(replace(query, domestic=False))}:\n"
                  + "\n".join(lines), cites.items)


def _answer_tips(query: Query, kb: KnowledgeBase) -> Answer:
    by_country = bool(query.countries and not query.names)  # "…about the Iranian accounts": read them all, to
    if query.names:  # "tipped off by the FBI": tips from that source first, else tips about that name, else
        tips, sources = kb.tips(query, source=query.names, limit=MAX_FACTS_LISTED)  # tips in stories naming it
        from_source = bool(tips)
        if not tips:
            tips, sources = kb.tips(query, about=query.names, limit=MAX_FACTS_LISTED)
        if not tips:
            tips, sources = kb.tips(query, documents=kb.documents_mentioning(query.names), limit=MAX_FACTS_LISTED)
    else:
        from_source = False
        # (twice as many as shown: one tip told by two documents is one line)
        tips, sources = kb.tips(query, limit=ROW_LIMIT if by_country else 2 * MAX_FACTS_LISTED)  # keep those naming it
    if not tips:  # "discovered by TikTok's internal teams": no one tipped it off, and the sources may say so
        found = _answer_search(query, kb)
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
        elif kb.facts(query, limit=1, light=True):  # the platform's takedowns are there, but no one tipped it off
            found.text = (f"The knowledge base records no tip-off to {join_words(query.platforms)}{named}, though it "
                          f"has takedowns{_subject(query)}. {kb.coverage()}")
        return found
    note = ""
    led_to = {tip["id"]: kb.takedown_near(tip["document"], tip["sentence"], tip["platform"], tip["quote"])
              for tip in tips}
    if by_country:
        concerning = [tip for tip in tips if _concerns(tip, led_to[tip["id"]], query.countries)]
        if concerning:
            tips = concerning[:MAX_FACTS_LISTED]
            sources = list(dict.fromkeys(tip["source"] for tip in tips))
        else:
            tips = tips[:MAX_FACTS_LISTED]
            note = f"None of the tips is said to concern {join_words(query.countries)}; these are all of them.\n"
    cites = _Citations()
    lines = []
    same: dict[tuple, list[dict]] = {}  # one tip told by several documents: one line, every source cited
    for tip in tips:
        same.setdefault((tip["source"], tip["platform"], tip["announced"]), []).append(tip)
    for reports in list(same.values())[:MAX_FACTS_LISTED]:
        tip = reports[0]
        about = f" about {tip['about']}" if tip["about"] else ""
        platform = tip["platform"] or "the platform"
        reported = f"reported {format_date(tip['announced'])}" if tip["announced"] else "date unknown"
        line = (f"\u2022 {tip['source']} tipped off {platform}{about} ({reported}) "
                f"{' '.join(dict.fromkeys(cites.cite(report) for report in reports))}")
        takedown = next((led_to[r["id"]] for r in reports if led_to[r["id"]] is not None), None)
        if takedown is not None:
            line += (f"; the takedown: {_figure(takedown)}{_origin_phrase(takedown)}, {_when(takedown)} "
                     f"{cites.cite(takedown)}")
        lines.append(line)
    # "an industry peer" and "industry peers" in two stories: named once
    once: dict[str, str] = {}
    for source in sources:
        once.setdefault(source.lower().rstrip("s"), source)
    sources = list(once.values())
    named = join_words(sources[:12] + ([f"{len(sources) - 12} more"] if len(sources) > 12 else []))
    asked = join_words(query.platforms) if query.platforms else "the platforms"
    if by_country and not note:
        asked += f" about {join_words(query.countries)}"
    head = f"Takedowns that began with a tip from {named}:" if from_source else f"Who tipped off {asked}: {named}."
    return Answer(query.text, "answered", note + head + "\n" + "\n".join(lines), cites.items)


def _concerns(tip: dict, takedown: dict | None, countries: list[str]) -> bool:
    """The tip's sentence names one of the countries, or the takedown it led to came from one or targeted one
    ("the Indian election network" is the one aimed at India's election)."""
    named = {country for country, _, _ in countries_in(tip["quote"])}
    return bool(named & set(countries)) or bool(
        takedown and set(takedown["origins"] + takedown["targets"]) & set(countries))


def _answer_behind(query: Query, kb: KnowledgeBase) -> Answer:
    """Who the sources tie the networks to ("individuals associated with the Saudi government"), one line per
    statement; where they only say where a network came from, the best matching sentences instead."""
    # "who was behind the Smaat network?": the sentences that name it say; "who's behind endless mayfly?" names
    # something the vocabulary does not know, which the sources may (or may not) name
    if query.names or (_unknown_terms(query, kb) and not query.has_filters):
        return _answer_search(query, kb)
    found = _statements(kb.facts(query, only="attributed"))
    asked = set(query.countries)
    # "the UAE and Egypt network": one network from all of them, when there is one; not another from either
    if len(asked) > 1 and ONE_NETWORK.search(query.text) and any(
            asked <= set(f["origins"]) for f in kb.facts(query, limit=-1, light=True)):
        found = [s for s in found if asked <= set(s.first["origins"])]
    statements = [(s, who) for s in found if (who := _who(s.first, query))]
    if not statements:
        return _answer_search(query, kb)
    cites = _Citations()
    lines = [f"\u2022 {s.first['platform']}, {_when(s.first)} ({s.figures()}): {who} {s.sources(cites, others=False)}"
             for s, who in statements[:MAX_FACTS_LISTED]]
    return Answer(query.text, "answered", "What the sources say about who was behind it:\n" + "\n".join(lines),
                  cites.items)


def _who(fact: dict, query: Query) -> str | None:
    """The people or bodies a fact ties its network to, not merely the place it came from ("originated in
    Israel" says where), and not a body of another country than the one asked about."""
    asked = set(query.countries)

    def about_asked(text: str) -> bool:
        named = {name for name, _, _ in countries_in(text)}
        return not asked or not named or bool(named & asked)

    def only_place(text: str) -> bool:
        return not re.sub(rf"\b(?:{PLACE_WORDS})\b|[^\w]", "", without_countries(text), flags=re.I)

    entities = [e for e in fact["linked_to"] if not only_place(e) and about_asked(e) and len(e) > 3
                and not re.match(r"(?:our|their|its|his|her|an?)\b", e, re.I)]  # "our earlier investigation of…"
    if entities:
        return join_words(entities)
    attribution = fact["attribution"]
    return attribution if attribution and not only_place(attribution) and about_asked(attribution) else None


def _answer_latest(query: Query, kb: KnowledgeBase, newest: bool = True) -> Answer:
    """The most recent takedowns first; or, asked for the first ones, the earliest first."""
    order = "f.announced desc, f.id" if newest else "f.announced, f.id"
    statements = [s for s in _statements(kb.facts(query, order=order)) if s.first["announced"]]
    if not statements:
        return _nothing(query, kb)
    statements.sort(key=lambda s: s.first["announced"], reverse=newest)
    cites = _Citations()
    lines = [_statement_line(s, query, cites) for s in statements[:5]]
    heading = "The latest takedowns" if newest else "The earliest takedowns"
    return Answer(query.text, "answered", f"{heading}{_subject(query)}:\n" + "\n".join(lines), cites.items)


def _answer_largest(query: Query, kb: KnowledgeBase) -> Answer:
    unit = query.units[0] if query.units else "accounts"
    for limit in (LARGEST_SHOWN * 8, ROW_LIMIT):  # a few reports per takedown; read more only if they were not enough
        facts = [f for f in kb.facts(query, order="f.count desc, f.id", limit=limit, units=[unit], light=True,
                                     only="one_takedown")
                 if f["count"] is not None and f["qualifier"] != "fewer than" and f["scope"] not in NOT_ONE_TAKEDOWN
                 and not f["reference"]  # other reports of the same takedowns come unfiltered
                 and not (query.countries and set(f["origins"]) - set(query.countries))]  # not one country's alone
        if len({f["takedown"] for f in facts}) >= LARGEST_SHOWN:
            break
    if not facts:
        return _nothing(query, kb)
    # "2,632 Pages, groups and accounts combined" counts no one kind: ranked by pages only when nothing else is
    own_unit = [f for f in facts if f["unit"] == unit]
    combined_left_out = bool(own_unit) and len(own_unit) < len(facts)
    facts = own_unit or facts
    facts.sort(key=lambda f: f["count"], reverse=True)
    facts = list({f["takedown"]: f for f in reversed(facts)}.values())[::-1][:LARGEST_SHOWN * 2]  # each at its largest
    full = kb.by_id([f["id"] for f in facts])
    # a cluster of a figure already counted ("1,666 of the 4,779") is not a takedown of its own
    facts = [full[f["id"]] for f in facts if full[f["id"]]["part_of"] is None][:LARGEST_SHOWN]
    cites = _Citations()
    lines = [f"\u2022 {f['platform']} {f['action']} {_figure(f)}{_origin_phrase(f)}, {_when(f)} {cites.cite(f)}"
             for f in facts]
    head = f"Largest takedowns by number of {unit} (as each source counts them){_subject(query)}:"
    if combined_left_out:
        head = (f"Largest takedowns by number of {unit} (as each source counts them; figures that count {unit} "
                f"together with other kinds are left out){_subject(query)}:")
    return Answer(query.text, "answered", head + "\n" + "\n".join(lines), cites.items)


REACH_LABELS = {"followers": "followers", "subscribers": "subscribers", "posts": "posts", "views": "views",
                "ad spend": "spent on ads"}


def _gives_figure(quote: str, measure: re.Pattern[str]) -> bool:
    """The quote gives a figure for the measure: a count within a few words of "followers", "spent"… ("the removal
    followed a tip in December 2019" names no audience)."""
    windows = [quote[max(0, match.start() - 50):match.end() + 50] for match in measure.finditer(quote)]
    return any(MONEY.search(window) or any(count.value is None or not (
        1990 <= count.value <= 2035 and count.qualifier == "exact") for count in counts_in(window))
        for window in windows)


def _answer_reach(query: Query, kb: KnowledgeBase) -> Answer:
    """Followers, ad spending, posts: the reach figures the sources give, each cited and never summed
    (two networks' audiences overlap, and currencies differ)."""
    rows, total = kb.reach(query, query.measure, MAX_FACTS_LISTED)
    note = ""
    if not rows and query.countries and query.country_role == "origin":  # "the Hong Kong pages": aimed there
        targeting = Query(**{**query.__dict__, "country_role": "target"})
        rows, total = kb.reach(targeting, query.measure, MAX_FACTS_LISTED)
        if rows:
            countries = join_words(query.countries)
            query, note = targeting, (f"The knowledge base ties no reach figure to {countries} as where a network "
                                      f"came from; these are of networks that targeted {countries}:\n")
    if not rows:  # a sentence may still say it in words the extractor does not read; one that does not say it
        found = _answer_search(query, kb)  # at all ("Fazze did not respond…") does not answer
        said = dict(MEASURE_KINDS).get(query.measure or "")
        named = bool(query.names and kb.documents_mentioning(query.names))  # the sources tell of it, not of this
        silent = found.status == "answered" and not any(_gives_figure(c.quote, said) for c in found.citations) \
            if said else False
        if said and (silent or (found.status == "no_answer" and named)):
            measure = {"ad spend": "ad spending"}.get(query.measure or "", query.measure)
            return Answer(query.text, "no_answer", f"The sources give no {measure} figure{_subject(query)}. "
                                                   f"{kb.coverage()}")
        return found
    cites = _Citations()
    lines = []
    for row in rows:
        figure = row["amount_text"][0].lower() + row["amount_text"][1:] if re.match(
            r"[A-Z][a-z]", row["amount_text"]) else row["amount_text"]
        who = ", ".join(part for part in [row["platform"], join_words(row["networks"]) if row["networks"] else "",
                                          "from " + join_words(row["origins"]) if row["origins"] else ""] if part)
        lines.append(f"\u2022 {figure} {REACH_LABELS[row['measure']]} ({who}), "
                     f"{format_date(row['announced'])} {cites.cite(row)}")
    if total > len(rows):
        lines.append(f"\u2026 and {total - len(rows)} more; narrow the question by platform, country or "
                     "year to see them.")
    measure = {"ad spend": "Ad spending"}.get(query.measure or "", (query.measure or "reach").capitalize())
    head = f"{note}{measure} as the sources report it{_subject(query)} (reach, not takedown counts):"
    return Answer(query.text, "answered", head + "\n" + "\n".join(lines), cites.items)


# --------------------------------------------------------------------------- sentence search


def _answer_search(query: Query, kb: KnowledgeBase) -> Answer:
    """Questions that are not about counts: the best matching sentences, quoted and cited.

    Terms weigh by rarity, and the best sentence must hold enough of the question's weight.  When
    the question names something ("the Radio Zenda network"), the search stays in the documents
    that name it, and a sentence there counts half the name's weight without repeating it.
    """
    name_words = {w for n in query.names for w in re.findall(r"[a-z0-9]+", n.lower()) if w not in STOPWORDS}
    # a name's other names are other forms of it: "Spamouflage" asked, "DRAGONBRIDGE" written
    alias_forms = {w: [a for alias in kb.also_known_as(n)[1:] for a in re.findall(r"[a-z0-9]+", alias.lower())
                       if a not in STOPWORDS] for n in query.names for w in re.findall(r"[a-z0-9]+", n.lower())}
    documents = kb.documents_mentioning(query.names) if query.names else None
    if query.date_from:  # "what did Facebook's January 2019 announcement say about Iran?": that period's stories
        published = kb.documents_published(query.date_from.isoformat(), query.date_to.isoformat())
        documents = (documents & published if documents is not None else published) or documents
    if query.names and not documents:
        return _nothing(query, kb)
    terms = [t for t in query.terms if t not in STOPWORDS]
    terms += [p.lower() for p in query.platforms] + [c.lower() for c in query.countries]
    terms = list(dict.fromkeys([*terms, *name_words]))
    if not terms:
        return _nothing(query, kb)
    # a country is also written as its people ("Iran" asked, "Iranian operation" written)
    demonyms = {name.lower(): [a.lower() for a, n in country_aliases().items() if n == name and " " not in a
                               and a.lower() != name.lower()] for name in query.countries}
    forms = {t: [t, *WORD_FORMS.get(t, []), *alias_forms.get(t, []), *demonyms.get(t, [])] for t in terms}
    frequency = {form: kb.document_frequency(form) for t in terms for form in forms[t]}
    # a term counts with the form the sources use ("spend" asked, "spent" written)
    used = {t: max(forms[t], key=lambda form: frequency[form]) for t in terms}
    present = {t: frequency[used[t]] for t in terms if frequency[used[t]]}
    if not present:
        return _nothing(query, kb)
    # a generic word the sources never use ("network") says nothing either way; an unknown specific one does
    weight = {t: 1.0 / (1 + present[t]) if t in present else 1.0 for t in terms
              if t in present or t not in GENERIC_WORDS}
    total = sum(weight.values())
    if sum(weight[t] for t in present) / total < SEARCH_CUTOFF:
        return _nothing(query, kb)  # even a sentence with every known term would cover too little
    rare = [used[t] for t, f in present.items() if f < COMMON_TERM] or [
        used[t] for t in sorted(present, key=present.get)[:2]]
    rare += [form for t in present for form in demonyms.get(t, []) if frequency[form] and form not in rare]
    best: list[tuple[float, dict]] = []
    for row in kb.search(rare, documents=documents):
        words = set(re.findall(r"[a-z0-9]+", row["text"].lower()))
        covered = sum(w if any(form in words or (len(form) > 5 and any(x.startswith(form[:5]) for x in words))
                               for form in forms[t]) else w / 2 if t in name_words else 0  # named nearby
                      for t, w in weight.items())
        best.append((covered / total, row))
    if query.platforms:  # a sentence about another platform's takedown does not answer for this one
        best = [(score, row) for score, row in best if _about_platform(row, query.platforms)]
    # "who was behind X?" / "who found X?": of the sentences that match as well, those that tie X to someone, or
    # tell how it was found, come first
    cue = {"who_behind": BEHIND_CUE, "who_tipped": FOUND_CUE}.get(query.intent)
    best.sort(key=lambda pair: (pair[0], bool(cue and cue.search(pair[1]["text"]))), reverse=True)
    if not best or best[0][0] < SEARCH_CUTOFF:
        return _nothing(query, kb)
    cutoff = best[0][0] * 0.8
    chosen = [row for score, row in best[:3] if score >= cutoff]
    cites = _Citations()
    lines = [f"\u201c{row['quote']}\u201d {cites.cite(row)} \u2014 {row['title']}, "
             f"{format_date(row['published'])}" for row in chosen]
    return Answer(query.text, "answered", "From the sources:\n" + "\n".join(lines), cites.items)


def _about_platform(row: dict, platforms: list[str]) -> bool:
    """The sentence, or the headline of its story, names one of the platforms (or its parent company)."""
    named = {name for text in (row["text"], row["title"] or "") for name, _, _ in platforms_in(text)}
    named |= {PLATFORM_PARENT[name] for name in named if name in PLATFORM_PARENT}
    return bool(named & set(platforms))
