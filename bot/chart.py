"""Takedowns over time as a picture: a stacked bar per year, by platform or by country of origin.

The bars count takedowns (announcements), never accounts: one takedown's 5,000 accounts and
another's 40 Pages are different things, and stacking them would pretend otherwise.  A takedown
attributed to several countries is one bar segment, "Several countries", not one per country.
Drawn with matplotlib's object API on the Agg canvas: no display, no global pyplot state.
"""

from __future__ import annotations

import io
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from bot.knowledge import NOT_A_TAKEDOWN, KnowledgeBase
from bot.understand import understand
from bot.vocabulary import PLATFORM_PARENT

CHART_KINDS = ("platform", "country")
TOP_COUNTRIES = 6
COLOURS = ["#3b5998", "#1da1f2", "#e8453c", "#25c19f", "#ff9f1c", "#7b61ff", "#8d99ae", "#c9c9c9", "#444444"]


@dataclass
class ChartData:
    """Takedowns per year, one series per platform or country; enough to draw and to describe."""

    title: str
    years: list[str]
    series: dict[str, list[int]] = field(default_factory=dict)
    documents: int = 0

    @property
    def takedowns(self) -> int:
        return sum(sum(counts) for counts in self.series.values())


def chart_data(kb: KnowledgeBase, by: str = "platform", filters: list[str] | None = None) -> ChartData:
    """Count each takedown once, in the year of its earliest report, under its platform or origin."""
    if by not in CHART_KINDS:
        raise ValueError(f"a chart is by {' or '.join(CHART_KINDS)}, not {by!r}")
    text = " ".join(filters or [])
    query = understand(text, kb.lexicon)
    if text and not query.has_filters:
        raise ValueError(f"\u201c{text}\u201d names no platform, country, period or network the knowledge base knows")
    facts = [f for f in kb.facts(query, limit=-1)
             if f["count"] is not None and f["scope"] not in NOT_A_TAKEDOWN and f["announced"]]
    takedowns: dict[int, list[dict]] = defaultdict(list)
    for fact in facts:
        takedowns[fact["announcement"]].append(fact)
    if not takedowns:
        raise ValueError(f"there are no dated takedowns with a figure{' for ' + text if text else ''} to chart")
    counts: Counter[tuple[str, str]] = Counter()
    for reports in takedowns.values():
        year = min(r["announced"] for r in reports)[:4]
        if by == "platform":
            group = PLATFORM_PARENT.get(reports[0]["platform"], reports[0]["platform"])
        else:
            origins = {country for r in reports for country in r["origins"]}
            group = origins.pop() if len(origins) == 1 else "Several countries" if origins else "Not attributed"
        counts[(group, year)] += 1
    totals = Counter()
    for (group, _), n in counts.items():
        totals[group] += n
    groups = sorted(totals, key=lambda g: (-totals[g], g))
    if by == "country":
        named = [g for g in groups if g not in ("Several countries", "Not attributed")]
        kept = named[:TOP_COUNTRIES]
        merged: Counter[tuple[str, str]] = Counter()
        for (group, year), n in counts.items():
            label = group if group in kept or group in ("Several countries", "Not attributed") else "Other countries"
            merged[(label, year)] += n
        counts = merged
        groups = [*kept, *[g for g in ("Other countries", "Several countries", "Not attributed")
                           if any(k[0] == g for k in counts)]]
    years = [str(y) for y in range(int(min(y for _, y in counts)), int(max(y for _, y in counts)) + 1)]
    series = {g: [counts.get((g, y), 0) for y in years] for g in groups}
    kind = "platform" if by == "platform" else "country of origin"
    title = f"Takedowns per year by {kind}" + (f" \u2014 {text}" if text else "")
    documents = len({f["document"] for f in facts})
    return ChartData(title, years, series, documents)


def render_png(data: ChartData) -> bytes:
    """The chart as PNG bytes: stacked bars of takedowns per year, titled, labelled, with a source caption."""
    figure = Figure(figsize=(10, 5.6), dpi=100)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    positions = list(range(len(data.years)))
    bottoms = [0] * len(data.years)
    for index, (name, counts) in enumerate(data.series.items()):
        axes.bar(positions, counts, bottom=bottoms, label=name, color=COLOURS[index % len(COLOURS)],
                 edgecolor="white", linewidth=0.6)
        bottoms = [b + c for b, c in zip(bottoms, counts, strict=True)]
    axes.set_xticks(positions, data.years)
    axes.set_title(data.title, fontsize=14, loc="left", pad=12)
    axes.set_xlabel("Year of the announcement")
    axes.set_ylabel("Takedowns (announcements)")
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.spines[["top", "right"]].set_visible(False)
    axes.grid(axis="y", alpha=0.3)
    axes.set_axisbelow(True)
    axes.legend(frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    figure.text(0.01, 0.01, f"{data.takedowns} takedowns from {data.documents} source documents. Each bar counts "
                "takedowns, not accounts: figures of different units are never added up.", fontsize=8,
                color="#555555")
    figure.tight_layout(rect=(0, 0.04, 1, 1))
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def alt_text(data: ChartData) -> str:
    """What the chart shows, in words, for screen readers and Slack's alt text."""
    totals = ", ".join(f"{name} {sum(counts)}" for name, counts in data.series.items())
    busiest = max(data.years, key=lambda y: sum(c[data.years.index(y)] for c in data.series.values()))
    span = data.years[0] if len(data.years) == 1 else f"{data.years[0]} to {data.years[-1]}"
    return (f"{data.title}, {span}: a stacked bar chart of {data.takedowns} takedowns "
            f"from {data.documents} source documents. Totals: {totals}. Busiest year: {busiest}.")
