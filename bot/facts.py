"""What extraction yields: takedown facts, tips and reach figures, each tied to its document's sentence.

Plain data, shared by the extractor (`extract`, `tips`, `consolidate`) and the store that writes it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from bot.sentences import Sentence


@dataclass
class Fact:
    """One takedown statement: a platform removed (a count of) something, per a document's sentence."""

    document: str
    sentence: int
    quote: str
    platform: str
    action: str
    count: int | None = None
    qualifier: str | None = None
    count_text: str | None = None
    unit: str | None = None
    surface: str | None = None
    origins: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    target_text: str | None = None
    attribution: str | None = None
    networks: list[str] = field(default_factory=list)
    linked_to: list[str] = field(default_factory=list)
    announced: dt.date | None = None
    date_precision: str | None = None
    reference: bool = False
    scope: str | None = None
    part_of: int | None = None  # sentence of the statement this one breaks down ("Presence: 262 Pages…")
    retells: int | None = None  # sentence of the figure this one tells again ('a headline put "221 accounts"')
    # the source says the network targeted its own country (`roles.DOMESTIC`); not "a Russian network targeting
    # domestic audiences in Ukraine", whose targets are another country
    domestic: bool = False
    # the figure this one puts right, as first told ("937"), and the words that told it: a correction keeps the
    # first figure beside the right one, so that "what did Meta first report?" still has its answer
    first_told: str | None = None
    first_quote: str | None = None


@dataclass
class Tip:
    """Who tipped a platform off (FireEye, the FBI, another platform), per a sentence."""

    document: str
    sentence: int
    quote: str
    platform: str | None
    source: str
    about: str | None
    announced: dt.date | None
    # the day (or month) the tip itself was given, where its sentence says so ("On 2 October 2024, the Office
    # referred…", "…shared indicators with us in February"); `announced` is the takedown's
    tipped: dt.date | None = None
    tipped_precision: str | None = None
    # how the source is credited: a tip, findings the platform called similar to its own ("Our findings are similar
    # to the findings reported by…"), or a request it acted on ("a formal request from the Central Electoral
    # Commission")
    credit: str = "tip"


@dataclass
class Reach:
    """A reach figure (followers, ad spend, posts) of the network a story reports, per a sentence."""

    document: str
    sentence: int
    quote: str
    platform: str | None
    measure: str
    amount: int
    qualifier: str
    amount_text: str
    currency: str | None = None
    origins: list[str] = field(default_factory=list)
    networks: list[str] = field(default_factory=list)
    announced: dt.date | None = None


@dataclass
class Extraction:
    """Everything one document yields."""

    sentences: list[Sentence]
    facts: list[Fact]
    tips: list[Tip]
    reach: list[Reach] = field(default_factory=list)
    aliases: list[tuple[str, str]] = field(default_factory=list)  # (network name, another name for it)
    # tips the document says were wrongly told ("We wrote that X tipped Meta off. It did not."): dropped wherever an
    # earlier document tells them
    denied_tips: list[Tip] = field(default_factory=list)
