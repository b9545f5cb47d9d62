"""Takedowns grouped by platform, country or year: the table behind `summary` and `/takedowns summary`.

Each row counts distinct takedowns (one per announcement, however many documents report it) and
adds up account figures only where that is honest: figures in the unit "accounts", each takedown
once, and for countries only figures that belong to that country alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from operator import attrgetter, itemgetter
from typing import TypeVar

from bot.knowledge import NOT_A_TAKEDOWN, KnowledgeBase
from bot.understand import understand
from bot.wording import format_date

SUMMARY_DIMENSIONS = ("platform", "country", "year")
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
T = TypeVar("T")


@dataclass
class SummaryRow:
    group: str
    takedowns: int
    accounts: int
    accounts_qualified: bool
    first: str | None
    last: str | None
    documents: list[str]
    first_precision: str | None = "day"  # "month" or "year" where the source gives no day
    last_precision: str | None = "day"


@dataclass
class Summary:
    by: str
    filters: str
    rows: list[SummaryRow] = field(default_factory=list)

    def as_text(self) -> str:
        """A fixed-width table for terminals (Slack renders the same rows as blocks)."""
        if not self.rows:
            return f"No takedowns in the knowledge base{' for ' + self.filters if self.filters else ''}."
        header = (self.by.title(), "Takedowns", "Accounts (sum of largest figures)", "First", "Last", "Sources")
        body = [(r.group, str(r.takedowns), (f"{r.accounts:,}" + ("+" if r.accounts_qualified else ""))
                 if r.accounts else "\u2014", format_date(r.first, r.first_precision),
                 format_date(r.last, r.last_precision), str(len(r.documents)))
                for r in self.rows]
        widths = [max(len(row[i]) for row in [header, *body]) for i in range(len(header))]
        lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)) for row in
                 [header, *body]]
        lines.insert(1, "  ".join("-" * w for w in widths))
        note = ("Accounts: for each takedown its largest account figure, added up; '+' means some figures are "
                "lower bounds (\u201cmore than\u201d) or rounded.")
        scope = f"Filters: {self.filters}\n" if self.filters else ""
        return scope + "\n".join(lines) + "\n" + note


FACT_FIELDS = itemgetter("platform", "announced", "dated", "count_text", "scope")
KEY_FIELDS = attrgetter("platform", "announced", "dated", "figured", "scope")  # the same, of a `TakedownKey`


def countable(facts: list[T], fields: Callable[[T], tuple] = FACT_FIELDS) -> list[T]:
    """The facts that make takedowns, for counting them (one per `announcement`).

    A removal reported without a figure on a day with figures for that platform is the same news (the
    day it is reported, or the day a figured takedown happened by its earliest report), and running
    totals and the larger networks a takedown belonged to are not takedowns of their own.  `fields` reads
    (platform, announced, dated, has a figure, scope) from a row: a fact, or a `TakedownKey`.
    """
    rows = [(fact, *fields(fact)) for fact in facts]
    figured_days = {(platform, day) for _, platform, announced, dated, figured, _ in rows if figured
                    for day in (announced, dated)}
    return [fact for fact, platform, announced, _, figured, scope in rows
            if (figured or (platform, announced) not in figured_days) and scope not in NOT_A_TAKEDOWN]


def _groups(fact: dict, by: str) -> list[str]:
    if by == "platform":
        return [fact["platform"]]
    if by == "year":  # the year the takedown happened, by its earliest report, as breakdowns group it
        return [fact["dated"][:4] if fact["dated"] else "undated"]
    return fact["origins"] or ["(not attributed)"]


def summarise(kb: KnowledgeBase, by: str = "platform", filters: list[str] | None = None) -> Summary:
    """Group the facts matching the filters ("Twitter", "Iran", "2019") by platform, country or year."""
    if by not in SUMMARY_DIMENSIONS:
        raise ValueError(f"summary --by must be one of {', '.join(SUMMARY_DIMENSIONS)}")
    text = " ".join(filters or [])
    query = understand(text, kb.lexicon) if text else None
    facts = countable(kb.facts(query or understand("", kb.lexicon), limit=-1, light=True))
    rows: dict[str, dict] = {}
    for fact in facts:
        for group in _groups(fact, by):
            row = rows.setdefault(group, {"takedowns": set(), "largest": {}, "dates": [], "documents": set()})
            row["takedowns"].add(fact["announcement"])
            row["documents"].add(fact["document"])
            if fact["dated"]:  # when the takedown happened, by its earliest report (set whenever a report is dated)
                row["dates"].append((fact["dated"], fact["dated_precision"]))
            single = by != "country" or len(fact["origins"]) <= 1
            if (fact["unit"] == "accounts" and fact["count"] is not None and single and fact["scope"] != "part"
                    and fact["qualifier"] != "fewer than"):
                # one figure per takedown, its largest: a total and its parts, or two reports, are never added
                best = row["largest"].get(fact["announcement"])
                if best is None or fact["count"] > best["count"]:
                    row["largest"][fact["announcement"]] = fact
    summary = Summary(by, text)
    for group, row in sorted(rows.items(), key=lambda item: (-len(item[1]["takedowns"]), item[0])):
        largest = row["largest"].values()
        # the earliest date, the most precise report of it first; the latest likewise
        first = min(row["dates"], key=lambda d: (d[0], PRECISION_RANK.get(d[1], 0)), default=(None, None))
        last = max(row["dates"], key=lambda d: (d[0], -PRECISION_RANK.get(d[1], 0)), default=(None, None))
        summary.rows.append(SummaryRow(group, len(row["takedowns"]), sum(f["count"] for f in largest),
                                       any(f["qualifier"] != "exact" for f in largest), first[0], last[0],
                                       sorted(row["documents"]), first[1], last[1]))
    if by == "year":
        summary.rows.sort(key=lambda r: r.group)
    return summary
