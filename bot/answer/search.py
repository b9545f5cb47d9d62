"""Sentence search, for questions that are not about counts; and the honest `no_answer`, which says what
was looked for and what the base does cover."""

from __future__ import annotations

import re

from bot.answer.cited import Answer, Citations, asked_about, period_phrase, source_label, subject_phrase
from bot.knowledge import COMMON_TERM, ROW_LIMIT, KnowledgeBase
from bot.mentions import platforms_in
from bot.roles import COUNTRY_ALIASES, PLATFORM_ALIASES, network_names
from bot.understand import DOMAIN_WORDS, GENERIC_ASKS, STOPWORDS, Query
from bot.vocabulary import PLATFORM_PARENT, without_accents
from bot.wording import format_date, join_words

# irregular forms a question and a source may use for one word (regular endings match by prefix)
WORD_FORMS = {"spend": ["spent", "spending"], "spent": ["spend", "spending"], "follow": ["followed", "followers"],
              "find": ["found", "finding"], "found": ["find"], "discover": ["discovered"], "discovered": ["discover"],
              "detect": ["detected"], "detected": ["detect"],
              "followers": ["followed", "follow"], "ad": ["ads", "advertising"], "ads": ["ad", "advertising"],
              "tip": ["tipped"], "tipped": ["tip"], "pay": ["paid"], "paid": ["pay"], "run": ["ran"], "ran": ["run"],
              # what a study did: "How many accounts did the study analyse?", "The authors studied 5,412 accounts"
              "analyse": ["analysed", "analyze", "analyzed", "studied", "examined"],
              "analyze": ["analyzed", "analyse", "analysed", "studied", "examined"],
              "study": ["studied", "studies", "analysed", "examined"], "examine": ["examined", "studied", "analysed"],
              # an admitted error: "suspended by mistake" asked, "suspended in error" written
              "mistake": ["error", "mistakenly", "wrongly", "mistakes"], "error": ["mistake", "mistakenly", "errors"],
              "mistakenly": ["error", "mistake", "wrongly"], "wrongly": ["error", "mistakenly"],
              # what someone answered: "How did the firm respond?", answered by what it said, denied or rejected
              **{answered: ["responded", "response", "said", "says", "statement", "denied", "denies", "rejected"]
                 for answered in ("respond", "react", "reply", "response", "reaction")},
              "deny": ["denied", "denies", "denial", "rejected"],
              "say": ["said", "says", "statement"], "post": ["posted", "posts"], "posted": ["post", "posts"],
              # a legal step, told in an agency's words: "sanctioned" asked, "designated" written
              **{sanction: ["sanctioned", "sanctions", "designated"] for sanction in ("sanction", "sanctioned")},
              **{charge: ["indicted", "indictment", "charged", "charges"]
                 for charge in ("indict", "indicted", "charged")},
              # whom a platform blamed: "Did Twitter attribute the network to the government?", answered by "ties to"
              **{blamed: ["attributed", "ties", "tied", "linked", "behind", "connected", "directed"]
                 for blamed in ("attribute", "attributed", "blame", "blamed")}}
GENERIC_WORDS = {"network", "networks", "campaign", "campaigns", "operation", "operations", "group", "groups",
                 "accounts", "account", "pages", "page", "countries", "country", "platform", "platforms", "takedown",
                 "target", "targeted", "targets", "removed", "remove", "company", "companies",
                 "behind", "responsible", "ran", "run", "operated", "operator", "announcement", "announcements",
                 "announce", "announced", "statement", "report", "reports", "post", "say", "said",
                 "says", "issue", "issued", "publish", "published", "release", "released"}  # the question's intent
BEHIND_WORDS = {"ran", "run", "runs", "running", "responsible", "operated", "operates", "operating", "was", "were",
                "is", "are", "operation", "operations", "campaign", "campaigns", "who", "whose", "s"}
BEHIND_CUE = re.compile(r"\b(?:traced|tied\s+to|linked\s+to|ties\s+to|connected\s+to|attribut\w*\s+to|"
                        r"(?:run|operated|directed|created|founded|managed|backed)\s+by|behind|associated\s+with|"
                        r"on\s+behalf\s+of)\b", re.I)
FOUND_CUE = re.compile(r"\b(?:tip\w*|alert\w*|flagg\w*|found|discover\w*|detect\w*|uncover\w*|identified|spotted|"
                       r"noticed|internal\s+investigations?|own\s+investigat\w*|referr\w*)\b", re.I)
FIGURE_CUE = re.compile(r"\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:accounts|pages|channels|groups|profiles|subreddits|"
                        r"videos|domains|websites|personas)\b", re.I)
SEARCH_CUTOFF = 0.45  # share of the question's (rarity-weighted) terms the best sentence must contain


def unknown_terms(query: Query, kb: KnowledgeBase) -> list[str]:
    """The question's words that neither frame it nor name anything the vocabulary knows ("endless mayfly")."""
    known = kb.lexicon.terms
    return [t for t in query.terms if t not in DOMAIN_WORDS and t not in GENERIC_ASKS and t not in BEHIND_WORDS
            and t not in known]


def nothing_found(query: Query, kb: KnowledgeBase) -> Answer:
    """`no_answer`, saying what was looked for and what the base does cover."""
    asked = asked_about(query) + ([period_phrase(query)] if query.date_label else [])
    unknown = unknown_terms(query, kb)
    subject = " + ".join(asked) if asked else f"\u201c{' '.join(unknown)}\u201d" if unknown else "that"
    if asked and (query.platforms or query.countries or query.names) and kb.facts(query, limit=1, light=True):
        # the base has takedowns for what was asked, but no sentence answers this question about them
        return Answer(query.text, "no_answer", f"No source I have answers that, though the knowledge base has "
                      f"takedowns for {subject}: ask how many, when, from where, aimed at whom, or who was behind "
                      f"them. {kb.coverage()}")
    elsewhere = _other_dates(query, kb)
    text = f"I found nothing in the knowledge base on {subject}. {elsewhere + ' ' if elsewhere else ''}{kb.coverage()}"
    return Answer(query.text, "no_answer", text)


def _other_dates(query: Query, kb: KnowledgeBase) -> str | None:
    """Nothing in the period asked, but the same takedowns at other times: say when, so the user can ask again."""
    dated = query.date_from or query.month_day or query.months
    if not dated or not (query.platforms or query.countries or query.names):
        return None
    undated = Query(**{**query.__dict__, "date_from": None, "date_to": None, "month_day": None, "months": None,
                           "date_label": None})
    within = (query.date_from.isoformat(), query.date_to.isoformat()) if query.date_from else None
    rows = kb.facts(undated, light=True)  # the earliest ROW_LIMIT, in order of date
    days = sorted({(f["announced"], f["date_precision"]) for f in rows if f["announced"]
                   and not (within and within[0] <= f["announced"] <= within[1])})  # at other times only
    if not days:
        return None
    shown = [format_date(day, precision) for day, precision in days[:6]]
    # how many more is known only when every fact was read
    more = (" and more" if len(rows) >= ROW_LIMIT else f" and {len(days) - 6} more") if len(days) > 6 else ""
    subject = subject_phrase(undated).strip(' ,').removeprefix('for ')
    return f"For {subject} it has takedowns dated {join_words(shown)}{more}."


def answer_search(query: Query, kb: KnowledgeBase) -> Answer:
    """Questions that are not about counts: the best matching sentences, quoted and cited.

    Terms weigh by rarity, and the best sentence must hold enough of the question's weight.  When
    the question names something ("the Radio Zenda network"), the search stays in the documents
    that name it, and a sentence there holds the name's weight without repeating it.
    """
    words_of_names = [{w for w in re.findall(r"[^\W_]+", n.lower()) if w not in STOPWORDS} for n in query.names]
    name_words = set().union(*words_of_names)
    # a name's other names are other forms of it: "Spamouflage" asked, "DRAGONBRIDGE" written
    alias_forms = {w: [a for alias in kb.also_known_as(n)[1:] for a in re.findall(r"[^\W_]+", alias.lower())
                       if a not in STOPWORDS] for n in query.names for w in re.findall(r"[^\W_]+", n.lower())}
    documents = kb.documents_mentioning(query.names) if query.names else None
    if query.date_from:  # "what did Facebook's January 2019 announcement say about Iran?": that period's stories
        published = kb.documents_published(query.date_from.isoformat(), query.date_to.isoformat())
        documents = (documents & published if documents is not None else published) or documents
    if query.names and not documents:
        return nothing_found(query, kb)
    # (not "what happened with"; nor "fb", asked for Facebook, where the sources always write it out)
    # (nor "belarusian", asked beside Belarus: the country's term takes in its people's name)
    people = {alias.lower() for alias, name in COUNTRY_ALIASES.items() if name in query.countries} \
        if query.intent == "search" and query.countries else set()
    terms = [t for t in query.terms if t not in STOPWORDS and t not in GENERIC_ASKS
             and not (PLATFORM_ALIASES.get(t, "") in query.platforms and not kb.document_frequency(t))
             and not (t in people and t not in {c.lower() for c in query.countries})]
    # (what the named, or someone other than a platform, said back: not "What did TikTok say about Ostrava Lantern?")
    spoke = _responder_speaking(query)
    answered = spoke is not None
    if answered:  # ("…respond to being banned by FB?": the ban and its platform only say which answer is asked for)
        # (and the answer is the response itself, which "said" in every sentence does not tell: see `RESPONSE`)
        terms = [t for t in terms if t not in DOMAIN_WORDS and t not in RESPONSE_TERMS]
    else:
        terms += [p.lower() for p in query.platforms]
    terms += [c.lower() for c in query.countries]
    terms = list(dict.fromkeys([*terms, *name_words]))
    if not terms:
        return nothing_found(query, kb)
    # a country is also written as its people ("Iran" asked, "Iranian operation" written)
    demonyms = {name.lower(): [a.lower() for a, n in COUNTRY_ALIASES.items() if n == name and " " not in a
                               and a.lower() != name.lower()] for name in query.countries}
    # (and a short verb's endings: "call" asked, "calls" written; "ask", "asked")
    forms = {t: [t, *WORD_FORMS.get(t, []), *alias_forms.get(t, []), *demonyms.get(t, []),
                 *((t + "s", t + "ed", t + "ing") if t.isalpha() and 3 <= len(t) <= 5 and t not in name_words else ())]
             for t in terms}
    frequency = {form: kb.document_frequency(form) for t in terms for form in forms[t]}
    for t in terms:  # "langauges": the word the sources spell right
        if not any(frequency[form] for form in forms[t]) and t not in name_words and (close := kb.close_word(t)):
            forms[t].append(close)
            frequency[close] = kb.document_frequency(close)
    # a term counts with the form the sources use ("spend" asked, "spent" written)
    used = {t: max(forms[t], key=lambda form: frequency[form]) for t in terms}
    present = {t: frequency[used[t]] for t in terms if frequency[used[t]]}
    if not present:
        return nothing_found(query, kb)
    # a generic word the sources never use ("network") says nothing either way; an unknown specific one does
    weight = {t: 1.0 / (1 + present[t]) if t in present else 1.0 for t in terms
              if t in present or t not in GENERIC_WORDS}
    total = sum(weight.values())
    if sum(weight[t] for t in present) / total < SEARCH_CUTOFF:
        return nothing_found(query, kb)  # even a sentence with every known term would cover too little
    if spoke is not None:  # the response asked for weighs as much as the rarest term, and only it gives it
        weight[RESPONSE] = max(weight.values(), default=1.0)
        total += weight[RESPONSE]
    rare = [used[t] for t, f in present.items() if f < COMMON_TERM] or [
        used[t] for t in sorted(present, key=present.get)[:2]]
    rare += [form for t in present for form in demonyms.get(t, []) if frequency[form] and form not in rare]
    best: list[tuple[float, dict]] = []
    for row in kb.search(rare, documents=documents):
        # (in plain letters too: "jose ramirez ibanez" typed, "José Ramírez Ibáñez" written)
        words = set(re.findall(r"[a-z0-9]+", row["text"].lower())) | set(
            re.findall(r"[a-z0-9]+", without_accents(row["text"]).lower()))
        # (a name's words count wherever the document names it: in its documents, a sentence that does not repeat
        # the name is about it as much as one that does; but one that gives only part of it, "Gleicher sidestepped
        # questions", asked "Who is Nathaniel Gleicher?", is less sure to be about it than one that gives it whole)
        partly = {t for each in words_of_names if not each.isdisjoint(words) for t in each - words}
        covered = sum(w if _holds(t, row["text"], words, forms, spoke) else (w / 2 if t in partly else w)
                      if t in name_words else 0 for t, w in weight.items())
        best.append((covered / total, row))
    if query.platforms and not answered:  # a sentence about another platform's takedown does not answer for this one
        best = [(score, row) for score, row in best if _about_platform(row, query.platforms) or _said_by(
            row, query.platforms, kb)]
    if query.names:  # nor one about another network ("Operation Sandpiper", asked about "Operation Wren")
        asked = [form.lower() for name in query.names for form in kb.also_known_as(name)]
        best = [(score, row) for score, row in best if _names_none_but(row["text"], asked)]
    if (legal := _legal_step_asked(query.text)) is not None:
        # "How many people were indicted over Caspian Relay?": only a sentence that tells of an indictment answers,
        # not one that names the network (which was sanctioned, not indicted)
        done, told = legal
        best = [(score, row) for score, row in best if told.search(row["text"])]
        if not best and query.names:
            mentioning = len(kb.documents_mentioning(query.names))
            return Answer(query.text, "no_answer", f"No source I have says anyone was {done} over "
                          f"{' + '.join(asked_about(query))}, though {mentioning} document"
                          f"{'s' if mentioning != 1 else ''} in the knowledge base mention"
                          f"{'' if mentioning != 1 else 's'} it. {kb.coverage()}")
    # "who was behind X?" / "who found X?": of the sentences that match as well, those that tie X to someone, or
    # tell how it was found, come first
    # ("How many Telegram channels did the ministry ask Telegram to block?": a sentence with a figure of it)
    cue = {"who_behind": BEHIND_CUE, "who_tipped": FOUND_CUE, "count": FIGURE_CUE}.get(query.intent)
    best.sort(key=lambda pair: (pair[0], bool(cue and cue.search(pair[1]["text"]))), reverse=True)
    if not best or best[0][0] < SEARCH_CUTOFF:
        return nothing_found(query, kb)
    cutoff = best[0][0] * 0.8
    chosen = [row for score, row in best if score >= cutoff]
    if cue is FIGURE_CUE:  # (a count asked: of the sentences that match well, those with a figure first)
        chosen.sort(key=lambda row: not FIGURE_CUE.search(row["text"]))
        # (and where none of them gives a figure, one that matches nearly as well and does: "asked Telegram to block
        # 58 channels", beside a sentence that names the regulator but no figure)
        figured = [row for score, row in best if score >= best[0][0] * 0.6 and FIGURE_CUE.search(row["text"])]
        if figured and not FIGURE_CUE.search(chosen[0]["text"]):
            chosen.insert(0, figured[0])
    if spoke is not None:
        # ("How did Sable Reach respond to being banned?": what the named speaks itself first, not the platform's
        # quote that names it)
        chosen.sort(key=lambda row: spoke.search(row["text"]) is None)
    chosen = chosen[:3]
    cites = Citations()
    lines = [f"\u201c{row['quote']}\u201d {cites.cite(row)} \u2014 "
             f"{source_label(row['title'], row['quote'], row['published'])}" for row in chosen]
    return Answer(query.text, "answered", "From the sources:\n" + "\n".join(lines), cites.items)


def _holds(term: str, text: str, words: set[str], forms: dict[str, list[str]], spoke: re.Pattern[str] | None) -> bool:
    """Whether a sentence holds a search term: one of its forms among the sentence's words (or a word that opens like
    a long form), or, for the response asked for (`RESPONSE`), the responder speaking."""
    if term == RESPONSE:
        return spoke is not None and spoke.search(text) is not None
    return any(form in words or (len(form) > 5 and any(x.startswith(form[:5]) for x in words)) for form in forms[term])


def _legal_step_asked(question: str) -> tuple[str, re.Pattern[str]] | None:
    """The legal step the question asks about (charges, sanctions, a fine, an arrest, a conviction, a lawsuit): what
    it did to someone, and the words a source tells it with; None when it asks none."""
    return next(((done, told) for asked, done, told in LEGAL_STEPS if asked.search(question)), None)


# a legal step as a question asks it, what it did to someone, and the words a source tells it with
LEGAL_STEPS = [(re.compile(asked, re.I), done, re.compile(told, re.I)) for asked, done, told in (
    (r"\b(?:indict|prosecut|charged\b)", "charged", r"\b(?:indict|prosecut|charg(?:ed|es|ing)\b|grand\s+jury)"),
    (r"\bsanction", "sanctioned", r"\b(?:sanction|designat)"),
    (r"\b(?:fine[ds]?\b|penalt)", "fined", r"\b(?:fine[ds]?\b|penalt)"),
    (r"\barrest", "arrested", r"\b(?:arrest|detain)"),
    (r"\bconvict", "convicted", r"\b(?:convict|sentenced|guilty)"),
    (r"\b(?:lawsuit|sued\b)", "sued", r"\b(?:lawsuit|su(?:ed|es|ing)\b|complaint|court)"))]


def _responder_speaking(query: Query) -> re.Pattern[str] | None:
    """A pattern for a sentence in which whoever the question asks to have answered speaks, when it asks what a
    network or firm it names said, answered or posted ("How did Sable Reach respond…?", "What did Sable Reach say
    about Facebook's takedown?") or how someone other than a platform responded ("How did the ruling party respond…?",
    "Did the ruling party deny it?"); None when it asks what a platform said, or asks no one's response."""
    names = "|".join(re.escape(name) for name in query.names)
    if names and re.search(rf"\b(?:did|does|do|has|have)\s+(?:the\s+)?(?:{names})\b[^?]{{0,40}}?\b(?:say|said|"
                           r"respond|react|reply|post|posted|answer)\b", query.text, re.I):
        speaker = names
    elif query.intent == "search" and (asked := RESPONDER_ASKED.search(query.text)) and not platforms_in(
            asked["who"]) and (words := [w for w in re.findall(r"[^\W\d_]+", asked["who"]) if w.lower() not in
                                         STOPWORDS]):
        speaker = re.escape(words[-1])  # its head word: "the ruling party", told as "a spokesperson for the party"
    else:
        return None
    return re.compile(rf"\b(?:{speaker})\b[^\"“”.]{{0,40}}?\b(?:{SPOKEN})\b", re.I)


# how a question asks for someone's answer: "How did the ruling party respond…?", "Did the ministry deny it?"
RESPONDER_ASKED = re.compile(r"\b(?:did|does|do|has|have|had)\s+(?P<who>[^?]{1,60}?)\s+(?:say|respond|react|reply|"
                             r"answer|deny|denied|dispute|reject|comment)\b", re.I)
# verbs that tell someone's answer (not "used" or "posted about")
SPOKEN = r"said|says|denied|denies|rejected|rejects|responded|called|insisted|dismissed|disputed|declined|refused|" \
    r"told|accused|condemned|welcomed"
RESPONSE = "\0response"  # the weight of the answer asked for, which only a sentence where the responder speaks holds
RESPONSE_TERMS = {"respond", "react", "reply", "response", "reaction", "deny", "answer", "dispute", "reject",
                  "comment"}


def _names_none_but(text: str, asked: list[str]) -> bool:
    """The sentence names no network, or one of those asked about (in any of its forms)."""
    named = [name.lower() for name in network_names(text)]
    return not named or any(a in n or n in a for n in named for a in asked)


def _said_by(row: dict, platforms: list[str], kb: KnowledgeBase) -> bool:
    """A first-person sentence told beside one of the platforms' own takedowns: its "we" is that platform (a
    witness's "On October 12 we published our findings…", a few sentences before "We removed 1,040 Facebook
    accounts…")."""
    if not WE.search(row["text"]):
        return False
    # (in the platform's own post, "We have not attributed this network to the Iranian government" is its own word)
    if _with_parents({name for name, _, _ in platforms_in(row.get("publisher") or "")}) & set(platforms):
        return True
    return any((near := kb.takedown_near(row["document"], row["position"], platform)) is not None
               and abs(near["sentence"] - row["position"]) <= WE_REACH for platform in platforms)


WE = re.compile(r"\b(?:[Ww]e|[Oo]ur)\b")
WE_REACH = 5  # sentences between a first-person sentence and the platform's own takedown it stands beside


def _about_platform(row: dict, platforms: list[str]) -> bool:
    """The sentence, or the headline of its story, names one of the platforms (or its parent company)."""
    named = {name for text in (row["text"], row["title"] or "") for name, _, _ in platforms_in(text)}
    return bool(_with_parents(named) & set(platforms))


def _with_parents(names: set[str]) -> set[str]:
    """Platforms with the companies that own them (Instagram's Meta, YouTube's Google)."""
    return names | {PLATFORM_PARENT[name] for name in names if name in PLATFORM_PARENT}
