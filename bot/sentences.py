"""Splitting a document body into sentences that can be quoted word for word.

Each sentence keeps its character span in the body, so a quote that runs over two sentences is
still an exact slice of the document.  Abbreviations common in news copy ("U.S.", "Aug.", "Inc.")
do not end a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.dates import DATE_LINE
from bot.documents import Document, is_boilerplate

ABBREVIATIONS = {
    "u.s", "u.k", "u.n", "u.a.e", "e.u", "mr", "mrs", "ms", "dr", "st", "inc", "corp", "co", "ltd", "jr", "sr",
    "no", "vs", "e.g", "i.e", "gen", "gov", "sen", "rep", "col", "lt", "sgt", "prof", "approx", "est", "dept",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "calif", "wash", "d.c",
    "a.m", "p.m", "ft", "mt", "fig", "al",
}
BEFORE_NUMBERS = {"no"}  # "No. 5" is an abbreviation; "the firm said no." ends a sentence
PARAGRAPH_NUMBER = re.compile(r"\(?\d{1,3}[.)]")
TABLE_ROW = re.compile(r"\s*\|.*\|.*\|\s*$")  # "| Iran | 40 |"
# (a sentence may end with its footnotes: "…to a lesser extent, Romania.[1][2] The researchers…")
SENTENCE_END = re.compile(r"[.!?:][\"'”’)]*(?:\[\^?\d{1,3}\])*$")  # (with its footnote marks: "…Moldova.[1]")
BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?:\[\^?\d{1,3}\])*(?=\s+[\"'“‘(\[]?[A-Z0-9])")


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document: its text, where it stands, and whether it is a headline."""

    document: str
    position: int
    start: int
    end: int
    text: str
    headline: bool
    quote: str  # the text as a citation may quote it: word for word in the file (see `Document.quote`)


def split_line(line: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences in one line of text."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in BOUNDARY.finditer(line):
        before = line[start:match.start()].rsplit(None, 1)
        word = before[-1].lower().strip("\"'“‘(") if before else ""
        abbreviation = word in ABBREVIATIONS or re.fullmatch(r"[a-z]", word)
        if abbreviation and (word not in BEFORE_NUMBERS or re.match(r"\s*\d", line[match.end():])):
            continue
        spans.append((start, match.end()))
        start = match.end()
        while start < len(line) and line[start].isspace():
            start += 1
    if line[start:].strip():
        spans.append((start, len(line.rstrip())))
    return spans


DATELINE_START = re.compile(r"[A-Z][A-Z .'/-]+,\s+(?:[A-Z][a-z]+\.?,?\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b")


def split_document(document: Document) -> list[Sentence]:
    """The reporting sentences of a document, in order; captions and link-outs are left out."""
    sentences: list[Sentence] = []
    offset = 0
    first_line = True
    for raw_line in document.body.splitlines(keepends=True):
        line = raw_line.rstrip("\r\n")
        line_start = offset
        offset += len(raw_line)
        if not line.strip() or is_boilerplate(line):
            continue
        stripped = line.strip()
        # a first line without a full stop is a headline; one ending in a colon opens a list
        headline = first_line and not SENTENCE_END.search(stripped) and len(stripped) < 200 and \
            not TABLE_ROW.match(line) and not DATELINE_START.match(stripped)  # (nor a table's header, nor a story's
        # dateline whose sentence runs on to the next line: "BELGRADE, Feb 12 (BNW) - Telegram has blocked…")
        # (a line that is only the date, "Published Thu 6 Aug 2020", comes before the headline)
        first_line = first_line and bool(DATE_LINE.fullmatch(stripped))
        # a table row is one sentence, whatever its cells say: its figures are read by their columns
        spans = [(0, len(line.rstrip()))] if "|" in line and TABLE_ROW.match(line) else split_line(line)
        for start, end in spans:
            text = line[start:end].strip()
            if len(text) < 3 or (len(text) < 6 and PARAGRAPH_NUMBER.fullmatch(text)):
                continue  # (and "14.", the number of a report's paragraph)
            lead = len(line[start:end]) - len(line[start:end].lstrip())
            begin = line_start + start + lead
            sentences.append(Sentence(document.path, len(sentences), begin, begin + len(text), text, headline,
                                      document.quote(begin, begin + len(text))))
    return sentences
