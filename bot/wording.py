"""How answers word dates and lists, shared by the answers, the summary table and Slack."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable


def format_date(iso: str | None, precision: str | None = "day") -> str:
    """'2019-01-31' -> 'January 31, 2019' (or 'January 2019' for a month, '2019' for a year: "last year" gives
    no day, and printing its stored January 1 would invent one)."""
    if not iso:
        return "an unknown date"
    date = dt.date.fromisoformat(iso)
    if precision == "year":
        return str(date.year)
    if precision == "week":
        return date.strftime("the week of %B %-d, %Y")
    return date.strftime("%B %Y") if precision == "month" else date.strftime("%B %-d, %Y")


def period_words(first: str, last: str) -> str:
    """A report's period in words: "March 2024", "the first quarter of 2024", "2023", else "March 1, 2024 to May
    15, 2024" (ISO days in)."""
    start, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    whole_months = start.day == 1 and (end + dt.timedelta(days=1)).day == 1
    if whole_months and (start.year, start.month) == (end.year, end.month):
        return format_date(first, "month")
    if whole_months and start.year == end.year and start.month % 3 == 1 and end.month == start.month + 2:
        return f"the {('first', 'second', 'third', 'fourth')[start.month // 3]} quarter of {start.year}"
    if whole_months and (start.month, end.month) == (1, 12) and start.year == end.year:
        return str(start.year)
    return f"{format_date(first)} to {format_date(last)}"


def join_words(items: Iterable[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    items = list(items)
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
