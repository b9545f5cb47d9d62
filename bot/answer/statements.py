"""Facts grouped into statements (what one sentence says for one platform), merged across the documents
that report the same takedown, and worded as the lines of an answer, with a total only where adding up
is honest."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.answer.cited import (
    SCOPE_NOTES,
    Citations,
    date_phrase,
    figure_phrase,
    origin_phrase,
    title_adds_figures,
    unit_phrase,
)
from bot.consolidate import ACROSS_PLATFORMS, JOINT_SUBJECT
from bot.knowledge import NOT_ONE_TAKEDOWN, KnowledgeBase, TakedownKey
from bot.roles import PROPER_NAME
from bot.store import COMMON_FIGURE, DISTINCTIVE_FIGURE
from bot.summary import KEY_FIELDS, countable
from bot.understand import Query
from bot.vocabulary import PLATFORM_PARENT
from bot.wording import join_words

# "The correct figure is 193 Instagram accounts.": a figure that puts an earlier one right
CORRECTION = re.compile(r"\b(?:correct|corrected|revised)\s+(?:figure|number|count|total)\b", re.I)
# how far a rounded figure told later may be from an exact one and still be that figure remembered (a fifth: "about
# twenty-five hundred" for 2,318)
ROUGHLY_REMEMBERED = 0.2
MAX_SUMMED = 4  # past a few announcements a sum hides more than it tells (and one double count skews it)


@dataclass(eq=False)  # compared by identity: statements are many and their fact lists long
class Statement:
    """The facts one sentence states for one platform ("65 accounts, 161 Pages and 4 Instagram accounts")."""

    facts: list[dict]
    others: list[dict] = field(default_factory=list)  # the same takedown as other documents report it

    @property
    def first(self) -> dict:
        return self.facts[0]

    def figures(self, units: list[str] | None = None) -> str:
        """Its figures as a reply words them; asked about one kind of asset that it counts on its own ("13 Pages"),
        only that figure: not the others it tells beside it ("1,487 YouTube channels and 23 Blogger blogs", asked
        about blogs), nor the one that counts it together with others ("62 Pages, groups and accounts combined")."""
        figured = [f for f in self.facts if f["count_text"]]
        own = {f["unit"] for f in figured} & set(units or ()) if len(units or ()) == 1 else set()  # (not "Pages,
        # groups and accounts" asked together, which the combined figure counts)
        figured = [f for f in figured if f["unit"] in own or not own] or figured
        # (not a share told with its whole: "…211 accounts…, including the approximately 140 accounts disclosed in
        # October" is 211 accounts)
        wholes = {f["unit"] for f in figured if f["scope"] != "part"}
        figured = [f for f in figured if f["scope"] != "part" or f["unit"] not in wholes]
        return join_words(figure_phrase(f) for f in figured) if figured else unit_phrase(self.first)

    def sources(self, cites: Citations, others: bool = True) -> str:
        """Its citations: every distinct quote of its figures (one, unless HTML markup split the sentence and
        each figure is quoted by its own verbatim stretch), then the other documents' reports."""
        return " ".join(dict.fromkeys(cites.cite(f) for f in [*self.facts, *(self.others if others else [])]))


def group_statements(facts: list[dict]) -> list[Statement]:
    """Facts grouped by sentence and platform, and statements of the same takedown merged across documents."""
    by_sentence: dict[tuple, Statement] = {}
    for fact in facts:
        key = (fact["document"], fact["sentence"], fact["platform"], tuple(fact["origins"]), fact["announcement"])
        by_sentence.setdefault(key, Statement([])).facts.append(fact)
    merged: dict[int, Statement] = {}
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


def read_in_full(statements: list[Statement], kb: KnowledgeBase) -> None:
    """Swap the light rows of the statements an answer shows for full ones (quote, unit, source…)."""
    full = kb.by_id([f["id"] for s in statements for f in [*s.facts, *s.others]])
    for statement in statements:
        statement.facts = [full[f["id"]] for f in statement.facts]
        statement.others = [full[f["id"]] for f in statement.others]


def _lead_with_the_exact_report(statement: Statement) -> None:
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


def happened_within(query: Query, kb: KnowledgeBase) -> Callable[..., bool] | None:
    """Whether a takedown (when it happened, by its earliest report; the document telling it; the period of the
    report a story tells it from, `facts.covers_from`/`covers_to`) is in the period asked about: a later story's
    mention of an older takedown is not, but a quarter's report, published after it, tells that quarter's takedowns.
    None when the question names no period."""
    if not query.date_from:
        return None
    # ("in its Q2 2021 bulletin and its October 2025 bulletin": either period, not the years between)
    spans = [(start.isoformat(), end.isoformat()) for start, end, _ in query.apart] or [
        (query.date_from.isoformat(), query.date_to.isoformat())]
    reports = [kb.reports_within(first, last) for first, last in spans]

    def within(dated: str | None, document: str, covers_from: str | None = None, covers_to: str | None = None) -> bool:
        return not dated or any(first <= dated <= last or document in told or (
            covers_from is not None and first <= covers_from and covers_to <= last)
            for (first, last), told in zip(spans, reports, strict=True))
    return within


def in_period(statements: list[Statement], query: Query, kb: KnowledgeBase) -> list[Statement]:
    """The statements of takedowns in the period asked about (all of them if none is)."""
    within = happened_within(query, kb)
    if within is None:
        return statements
    # (by any report of the takedown: a lab's retelling first, the quarter's own report beside it)
    return [s for s in statements if any(within(s.first["dated"], f["document"], f.get("covers_from"),
                                                f.get("covers_to")) for f in [*s.facts, *s.others])] or statements


def takedown_date(statement: Statement) -> dict:
    """When a takedown happened, as its announcement is dated at load (`store._dating`): the earliest month any
    report gives, to the day where one does."""
    return {"announced": statement.first["dated"], "date_precision": statement.first["dated_precision"]}


def country_note(row: dict, query: Query) -> str:
    """Say when a figure covers several countries together, so it is never read as one country's."""
    asked = [c for c in query.countries if c in row["origins"]]
    if len(row["origins"]) > 1 and asked and row["count_text"]:
        return (f"; one figure for {join_words(row['origins'])} together, none for {join_words(asked)} alone")
    return ""


def consistent(a: dict, b: dict) -> bool:
    """Two reports of one figure that can both be true: "nearly 1,000" and "936" agree; "8,558" and "8,588" do not."""
    def fits(loose: dict, other: int) -> bool:
        value, qualifier = loose["count"], loose["qualifier"]
        return {"nearly": value * 0.9 <= other <= value, "fewer than": other < value, "up to": other <= value,
                "more than": value <= other <= value * 1.25, "at least": value <= other <= value * 1.25,
                "about": abs(other - value) <= value * 0.1}.get(qualifier, other == value)
    return fits(a, b["count"]) or fits(b, a["count"])


def _sources_named(facts: list[dict], cites: Citations, home: str = "", cited: bool = True) -> list[str]:
    """Each figure's source by its title; by its citation too where one document gives two figures (a headline's
    "221 accounts" beside the report's 212, or beside the statement's own, from `home`), so the reader can tell
    which quote says which.  A title with a figure its quote does not give ("X suspends more than 4,000 accounts")
    is left to the citation, so that the answer states no number its quotes do not."""
    titles = [f["title"] for f in facts]
    if any(title_adds_figures(f["title"], f["quote"]) for f in facts):
        return [f"{'source' if title_adds_figures(f['title'], f['quote']) else f['title']} {cites.cite(f)}"
                for f in facts]
    if cited and len({(f["document"], f["quote"]) for f in facts}) == len(set(titles)) and all(
            f["document"] != home for f in facts):
        return titles  # (cited already, with the line's other reports)
    return [f"{f['title']} {cites.cite(f)}" for f in facts]


def first_told(statement: Statement, cites: Citations) -> str:
    """"first reported as 937 accounts [2]": the figure a correction put right (`Fact.first_told`), cited from the words
    that told it, so that a reader sees both and can ask about either."""
    told = [f for f in statement.facts if f.get("first_told") and f["count_text"]]
    return "" if not told else "first reported as " + "; ".join(dict.fromkeys(
        f"{f['first_told']} {unit_phrase(f)} {cites.cite({**f, 'quote': f['first_quote']})}" for f in told))


def statement_line(statement: Statement, query: Query, cites: Citations, others: bool = True) -> str:
    """One takedown's line: its figures, where from, when, and its citations (with the other documents that report
    the same figures, unless `others` is False: a sum cites each figure it adds once)."""
    first = statement.first
    sources = statement.sources(cites, others)
    if not any(f["count_text"] for f in statement.facts):
        named = [] if query.names else next((f["networks"] for f in [*statement.facts, *statement.others]
                                             if f["networks"]), [])
        # (and whom it was aimed at, where the sources say: "…banned accounts (Pakistan-based; aimed at India)")
        aimed = [t for t in first.get("targets") or () if t not in first["origins"] and t not in query.targets]
        origin = origin_phrase(first)
        if aimed:
            origin = f"{origin[:-1]}; aimed at {join_words(aimed)})" if origin.endswith(")") else \
                f" (aimed at {join_words(aimed)})"
        line = (f"\u2022 {' / '.join(named) + ': ' if named else ''}{first['platform']} reported that it "
                f"{first['action']} {unit_phrase(first)}"
                f"{origin}, {date_phrase(first)}, without giving a figure {sources}")
    else:
        # where it came from and when: from whichever report says so (the exact one may leave it out)
        reports = [first, *statement.others]
        placed = next((r for r in reports if r["origins"]), first)
        dated = takedown_date(statement)
        origin = origin_phrase(placed)
        note = country_note(placed, query)
        if note:
            origin = f" ({(placed['attribution'] or 'from ' + join_words(placed['origins']))}{note})"
        # ("what did X take down in March 2025?": which network, where the sources name it and the question does not)
        named = next((r["networks"] for r in reports if r["networks"]), []) if not query.names else []
        # (and, for a network the sources do not name, who they tie it to: "Tied to Hanbo Reach: Google terminated…")
        tied = [] if named or query.names else next((names for r in reports if (names := [
            name for name in r["linked_to"] if PROPER_NAME.fullmatch(name)])), [])
        # ("In all, 180 accounts, Pages and channels were removed across the two platforms": no one platform's)
        # (or "Facebook and Twitter have removed close to 500 accounts": one figure of both together)
        who = "Across platforms:" if first["scope"] == "sum" and (
            ACROSS_PLATFORMS.search(first.get("quote") or "") or JOINT_SUBJECT.search(first.get("quote") or "")) \
            else f"{first['platform']} {first['action']}"
        lead = ' / '.join(named) + ': ' if named else f"Tied to {join_words(tied)}: " if tied else ""
        if earlier := first_told(statement, cites):  # (inside the origin's brackets, where it has them)
            origin = f"{origin[:-1]}; {earlier})" if origin.endswith(")") else f"{origin} ({earlier})"
        line = f"\u2022 {lead}{who} {statement.figures(query.units)}{origin}, {date_phrase(dated)} {sources}"
    pairs = [(f, o) for o in statement.others for f in statement.facts
             if o["takedown"] == f["takedown"] and o["count"] is not None and f["count"] is not None
             and o["count"] != f["count"]]
    if len(query.units) == 1 and any(f["unit"] == query.units[0] for f, _ in pairs):
        pairs = [(f, o) for f, o in pairs if f["unit"] == query.units[0]]  # (asked about Pages: the Pages' reports)
    agreeing = [o for f, o in pairs if consistent(f, o)]
    disagreeing = [(f, o) for f, o in pairs if not consistent(f, o)]
    if agreeing:  # ("612 Pages", and "around 620" in a newspaper: one figure, rounded)
        line += " (also reported as " + "; ".join(dict.fromkeys(
            f"{figure_phrase(o)} per {source}"
            for o, source in zip(agreeing, _sources_named(agreeing, cites, first["document"], cited=others),
                                 strict=True))) + ")"
    if disagreeing:
        told = [disagreeing[0][0], *(o for _, o in disagreeing)]
        line += " \u2014 the sources disagree: " + "; ".join(dict.fromkeys(
            f"{figure_phrase(f)}{' (a correction)' if CORRECTION.search(f['quote'] or '') else ''} per {source}"
            for f, source in zip(told, _sources_named(told, cites, cited=others), strict=True)))
    if first["reference"] and not statement.others:
        line += " (mentioned in a later report)"
    return line


ANOTHER_NETWORK = re.compile(r"\b(?:an?|another|the\s+(?:second|third|other|smaller|larger))\s+(?:[\w-]+\s+){0,3}?"
                             r"(?:network|operation|campaign)\b", re.I)


def part_note(statement: Statement, shown: list[Statement]) -> str:
    """" (part of the 4,779 above)" for a figure that breaks down a larger one shown above: the statement it
    points back to (`part_of`, followed to its first link) counts the same unit, more of it, from the same
    countries.  Items of a list of separate networks name other countries and get no note."""
    first = statement.first
    if first["scope"] == "additional":
        return ""  # ("412 additional accounts… have now been suspended": more on top of the figure above, not of it)
    by_sentence = {(f["document"], f["sentence"]): f for other in shown if other is not statement
                   for f in other.facts if f["unit"] == first["unit"] and f["surface"] == first["surface"]}
    root, seen = first, set()
    while root["part_of"] is not None and (root["document"], root["part_of"]) in by_sentence and root["id"] not in seen:
        seen.add(root["id"])
        root = by_sentence[(root["document"], root["part_of"])]
    # (a share of one named network's figure, whatever countries it names: "Of the channels, 57 were aimed at Ghana",
    # below the 214 channels of the network aimed at West Africa)
    same_network = bool(root["networks"]) and first["networks"] == root["networks"]
    if root is first or first["count"] is None or root["count"] is None or root["count"] <= first["count"] or (
            first["origins"] and not set(first["origins"]) <= set(root["origins"])) or (
            first["targets"] and not set(first["targets"]) <= set(root["targets"]) and not same_network) or \
            ANOTHER_NETWORK.search(first["quote"]):
        return ""  # other countries', or other targets', networks: "A Sudan-focused network had 17 accounts"
    return f" (part of the {root['count_text']} above)"


# "blocking a further 41 channels", "removed another 300 accounts", "an additional 1,200": more, on top of what was told
ADDED_TO_IT = re.compile(r"\b(?:a\s+further|another|an\s+additional|additional)\s+(?:[\w-]+\s+){0,2}?\d", re.I)


def one_source_over_time(statements: list[Statement]) -> bool:
    """Separate takedowns of one network, which adding up counts once each: one source's own figures, each on a day
    or month of its own (a bulletin's April, May and June entries; a post's update adding 17 accounts to its 64);
    or later removals each told as more on top of the first ("blocking a further 41 channels", weeks later).
    A share of a figure listed (`part_of`) is neither: the sum leaves it out."""
    whole = sorted([s for s in statements if s.first["scope"] != "part"], key=lambda s: s.first["announced"] or "")
    first = [s for s in whole if s.first["scope"] != "additional"]
    if len(whole) >= 2 and len(first) == 1 and all(s.first["document"] in {
            f["document"] for f in [*first[0].facts, *first[0].others]} for s in whole):
        return True  # ("We removed 2,940 accounts…. Our teams identified 1,175 additional accounts…", one post's)
    if len(whole) < 2 or len({s.first["announced"] for s in whole}) < len(whole):
        return False
    return (len({s.first["document"] for s in statements}) == 1 and not any(s.others for s in statements)) or (
        all(s.first["announced"] for s in whole) and all(ADDED_TO_IT.search(s.first["quote"]) for s in whole[1:]))


def _within_year_of(part: dict, whole: dict) -> bool:
    """`whole` is a year's figure (dated by its year alone) of the same platform and network in the same document,
    and `part` is dated more precisely within that year."""
    return whole["date_precision"] == "year" and part["date_precision"] != "year" and \
        (part["announced"] or "")[:4] == (whole["announced"] or "")[:4] and part["document"] == whole["document"] and \
        PLATFORM_PARENT.get(part["platform"], part["platform"]) == PLATFORM_PARENT.get(whole["platform"],
                                                                                       whole["platform"])


def honest_total(statements: list[Statement], query: Query, own_reports: dict[str, str] | None = None
                 ) -> tuple[str | None, str]:
    """The sum of distinct announcements in one unit, labelled as such; or None and why adding up would mislead.

    Where reports of one takedown disagree, the platform's own report (`own_reports`: document -> the platform
    family that published it) is the one added, and the sum says so; without one, there is no sum."""
    unit = query.units[0] if query.units else "accounts"
    rows = []
    own_figure_used = False
    left_out: list[str] = []  # the other apps whose accounts a platform's own takedown also counts
    for statement in statements:
        # (a takedown told only in passing, "In March, Meta removed 203 accounts from the same operation", is
        # added where no report of its own tells it: a later story may be all the knowledge base has of it)
        only_told_in_passing = all(f["reference"] for f in [*statement.facts, *statement.others])
        # (a takedown listed by a later story's mention of it, whose own report is among the others: that report's)
        told = statement.facts if only_told_in_passing or any(not f["reference"] for f in statement.facts) else list(
            {(o["unit"], o["surface"]): o for o in reversed(statement.others) if not o["reference"]}.values())[::-1]
        matching = [f for f in told if f["unit"] == unit and f["count"] is not None
                    and f["scope"] not in NOT_ONE_TAKEDOWN and (not f["reference"] or only_told_in_passing)
                    and f["qualifier"] in {"exact", "more than", "at least", "about", "nearly"}
                    and not country_note(f, query)]
        # ("a bit over forty-three hundred accounts", said on air, beside a round-up's 4,302 of the same takedown:
        # the exact figure is the one added)
        matching = [_exact_told(f, [*statement.facts, *statement.others]) for f in matching]
        if not query.surfaces and len({f["surface"] for f in matching}) > 1 and any(
                f["surface"] is None for f in matching):
            # "318 Facebook accounts … and 57 Instagram accounts": one takedown's accounts on two apps, of which a
            # sum across platforms adds the platform's own
            left_out += [f["surface"] for f in matching if f["surface"] is not None]
            matching = [f for f in matching if f["surface"] is None]
        # ("nearly 1,300" beside the report's 1,284 is the same figure rounded: the report's is added)
        if any(o["count"] != f["count"] and not consistent(f, o) for o in statement.others for f in matching
               if o["unit"] == f["unit"] and o["surface"] == f["surface"]):
            first = statement.first
            if (own_reports or {}).get(first["document"]) != PLATFORM_PARENT.get(first["platform"], first["platform"]):
                return None, "the sources disagree on a figure"
            own_figure_used = True
        rows += matching
    retold = [total] if (total := total_told_again(rows)) is not None else []
    rows = [r for r in rows if r not in retold]
    kinds = {(r["unit"], r["surface"], r["scope"] in SCOPE_NOTES) for r in rows}
    # (an addition a post tells after its first figure, "1,175 additional accounts… have now been suspended", is a
    # removal of its own, though told in the same announcement)
    announcements = len({("added", r["id"]) if r["scope"] == "additional" else r["announcement"] for r in rows})
    added = len({r["announcement"] for r in rows}) < announcements
    if announcements < len(rows):
        # a takedown's figure and its parts ("4,779 accounts in three clusters: 1,666…")
        return None, "some figures are parts of others"
    if any(whole is not part and _within_year_of(part, whole) for whole in rows for part in rows):
        # "This was the peak year: 14,215 channels" and "the single biggest month came in November 2022, when Google
        # terminated 4,410 channels": the month is part of the year
        return None, "a year's figure holds another figure of that year"
    if any(_told_twice(a, b) for index, a in enumerate(rows) for b in rows[index + 1:]):
        # "2,917 accounts" in a news story and "2,917 accts suspended" in a chat log of the same day: never added twice
        return None, "two reports give the same figure of one platform, which may be one takedown told twice"
    if any(_remembered_roughly(a, b) for index, a in enumerate(rows) for b in rows[index + 1:]):
        return None, ("a later report's rounded figure is close to another's of the same platform, place and year, "
                      "which may be one takedown told twice")
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
    own = " Where reports disagree, the platform's own figure is the one added." if own_figure_used else ""
    apart = f" The {join_words(list(dict.fromkeys(left_out)))} {unit} told beside them are not added." \
        if left_out else ""
    apart += f" The {retold[0]['count_text']} a later report gives is their total, not added." if retold else ""
    each = "each a separate removal, the later told as additional" if added else "each a separate announcement"
    return (f"Together: {prefix}{total:,} {unit_phrase(rows[0])} \u2014 the sum of {summed} above{across}, "
            f"{each}.{own}{apart}"), ""


def _told_twice(a: dict, b: dict) -> bool:
    """The same figure of the same company's removals, dated within a month of each other by their reports; or
    within a year, when it counts the same thing from the same country ("78 channels" from Venezuela in an August
    story and in a December review, which dates what it retells by its own publication)."""
    days = _days_apart(a.get("dated") or a["announced"], b.get("dated") or b["announced"])
    if a["count"] != b["count"] or (a["count"] or 0) < COMMON_FIGURE or days is None or \
            PLATFORM_PARENT.get(a["platform"], a["platform"]) != PLATFORM_PARENT.get(b["platform"], b["platform"]):
        return False
    origins = set(a["origins"] or ()) & set(b["origins"] or ())
    # (or where one report leaves the country out: "1,142 Facebook accounts, according to its Q2 2024 report", in a
    # lab's story, beside the report's own 1,142 from Nigeria, dated weeks apart)
    placed_alike = bool(origins) or (not (a["origins"] and b["origins"]) and (a["count"] or 0) >= DISTINCTIVE_FIGURE)
    return days <= 31 or (days <= 366 and placed_alike and (a["unit"], a["surface"]) == (b["unit"], b["surface"]))


def _exact_told(figure: dict, reports: list[dict]) -> dict:
    """The exact figure another report of the same takedown gives for a rounded one, where they agree; else it."""
    if figure["qualifier"] == "exact":
        return figure
    return next((r for r in reports if r["qualifier"] == "exact" and r["count"] and consistent(figure, r) and (
        r["unit"], r["surface"], r["scope"]) == (figure["unit"], figure["surface"], figure["scope"])), figure)


def _remembered_roughly(a: dict, b: dict) -> bool:
    """A rounded figure a later report gives beside an exact one of the same company, place and thing within its
    year ("about twenty-five hundred Facebook accounts" from Belarus in 2022, said on a podcast two years on, beside
    the 2,318 a timeline gives; or a regulator's "at least 3,800" beside the 3,870 a hearing quoted): maybe the one
    takedown, told roughly, never to be added to itself."""
    rough, exact = (a, b) if a["qualifier"] != "exact" else (b, a)
    if rough["qualifier"] == "exact" or exact["qualifier"] != "exact" or not rough["reference"] or \
            not rough["count"] or not exact["count"]:
        return False
    days = _days_apart(a.get("dated") or a["announced"], b.get("dated") or b["announced"])
    close = consistent(rough, exact) or (rough["qualifier"] == "about" and abs(
        rough["count"] - exact["count"]) <= rough["count"] * ROUGHLY_REMEMBERED)
    return PLATFORM_PARENT.get(a["platform"], a["platform"]) == PLATFORM_PARENT.get(b["platform"], b["platform"]) \
        and bool(set(a["origins"] or ()) & set(b["origins"] or ())) and \
        (a["unit"], a["surface"]) == (b["unit"], b["surface"]) and days is not None and days <= 366 and close


def _days_apart(first: str | None, second: str | None) -> int | None:
    if not first or not second:
        return None
    return abs((dt.date.fromisoformat(first[:10]) - dt.date.fromisoformat(second[:10])).days)


def total_told_again(figures: list[dict]) -> dict | None:
    """Of several figures of one unit, one a later report gives ("…listed more than 4,600 YouTube channels", over a
    bulletin's 1,874, 1,502 and 1,236) that is the others' total, rounded: told again, not one more takedown."""
    counted = [f for f in figures if f["count"] is not None]
    return next((f for f in counted if f["reference"] and len(counted) > 2 and consistent(
        f, {"count": sum(o["count"] for o in counted if o is not f), "qualifier": "exact"})), None)


def takedowns_by(query: Query, kb: KnowledgeBase, groups_of: Callable[[TakedownKey], list[str]]
                  ) -> dict[str, list[TakedownKey]]:
    """Every matching takedown in each of its groups, once (an announcement counts once in a group, as `summary`
    counts it), in the order they happened.  Counted from `TakedownKey`s, so an answer about hundreds of
    takedowns reads only the words of the few it shows (`statements_of`).

    Each is told by its first report with a figure, and asked about a country, by one that gives that country
    its own figure ("1,196 accounts in Venezuela" rather than "thousands from Iran, Russia, Venezuela…")."""
    keys = countable(kb.takedown_keys(query), KEY_FIELDS)
    within = happened_within(query, kb)
    if within is not None:
        keys = [k for k in keys if within(k.dated, k.document, k.covers_from, k.covers_to)] or keys

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
