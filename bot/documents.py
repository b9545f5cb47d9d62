"""Reading the knowledge folder: files in, clean `Document`s out (or a reason why not).

Supported: `.txt`, `.md` and `.html`/`.htm`, each with optional YAML front matter (`title`, `url`,
`publisher`, `published`).  Without front matter the loader infers what it can: the title from the
first real line, the date from a dateline.  A file that cannot be read raises `DocumentError` with
a one-line reason, so the caller can skip it and go on.
"""

from __future__ import annotations

import bisect
import datetime as dt
import html
import itertools
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

import charset_normalizer
import yaml
from rapidfuzz import fuzz

from bot.dates import PUBLISHED_IN_LINE, document_date, full_date, month_number

# libyaml's C parser when PyYAML was built with it: the same safe loader, about ten times faster
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SUPPORTED_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}
MAX_BYTES = 5_000_000
FRONT_MATTER_FIELDS = {"title", "url", "publisher", "published"}
ISO_START = re.compile(r"\s*(?:19|20)\d\d-[01]\d-[0-3]\d")

# Lines that are page furniture, not reporting: photo captions, "read more" links, sign-offs.
BOILERPLATE_LINE = re.compile(
    r"^\s*(?:\(?\s*(?i:MORE|READ MORE|RELATED|SEE ALSO|WATCH|LISTEN|ALSO READ|RECOMMENDED)\s*:"
    r"|PHOTO\s*:|Photo\s*:|Image\s*:|Caption\s*:|Comments\s*$|Advertisement\s*$|Share this"
    r"|This is a developing story|Copyright\b|©"
    # a page's language picker: "English (US)", "Español (Latinoamérica)"
    r"|(?:English|Español|Espanol|Français|Francais|Deutsch|Português|Portugues|Italiano|Bahasa\s+\w+|Türkçe|"
    r"Русский|日本語|한국어|中文|العربية)(?:\s*\([^)\n]{1,30}\))?\s*$"
    # an editor's note in brackets: "[Translated from Slovak. Originally published by …, 28 September 2023.]"
    r"|\[[^\]\n]{10,300}\]\s*$)",
)
BREAK = "\ue000"  # a private-use character: where HTML text stops being a verbatim copy of the file
ITEM = "\ue001"  # another: where an HTML list item (<li>) starts, read as a Markdown bullet's line is
HEADED = "\ue002"  # and where an HTML heading below the page's title (<h2>…<h6>) starts, read as a Markdown heading is
SPACES_AND_BREAKS = re.compile(f"[ \t\r\f\v\xa0{BREAK}]+")
# (a sign-off anywhere in the line, "Reporting by … contributed to this report": searched for on its own, where its
# words stand, since a pattern that may start anywhere is tried at every position)
CONTRIBUTED = re.compile(r"\bcontributed to this report\b")
# what a photo credit ends with, the cheap test before `CAPTION_CREDIT`
CREDIT_ENDINGS = (")", "Getty Images", "AP Photo", "/Reuters", "/Reuters, FILE")
CAPTION_CREDIT = re.compile(r"(?:\((?:[A-Z][\w.]*/)+[\w. ]+\)|Getty Images|AP Photo|/Reuters(?:, FILE)?)\s*$")


class DocumentError(Exception):
    """A knowledge file that cannot be loaded; the message is the reason a user reads."""


@dataclass(frozen=True)
class Document:
    """One knowledge document, with its body exactly as quotes will cite it."""

    path: str
    title: str
    url: str | None
    publisher: str | None
    published: dt.date | None
    date_source: str
    body: str
    marked_lines: tuple[int, ...] = ()  # where lines start that lost a Markdown marker (see `_markdown_body`)
    heading_lines: tuple[int, ...] = ()  # those of them that were headings ("## Russia"), not list items or quotes
    breaks: tuple[int, ...] = ()  # HTML: where the body stops being a verbatim copy of the file (see `quote`)

    def quote(self, start: int, end: int, keep: str = "") -> str:
        """The body from `start` to `end`, as a quote that stands word for word in the file.

        HTML text can run across an inline tag (`<a>`) or an entity (`&#8217;`) that the file writes
        otherwise, and a citation must be found in the file as it is.  Such a sentence is quoted by
        its longest verbatim stretch in whole words, preferring one that holds `keep` (the figure or
        name the quote has to support).
        """
        breaks = self.breaks
        inside = breaks and breaks[bisect.bisect_right(breaks, start):bisect.bisect_left(breaks, end)]
        if not inside:
            return self.body[start:end]
        edges = [start, *inside, end]
        runs = list(itertools.pairwise(edges))
        words = [self._whole_words(a, b, start, end) for a, b in runs]
        # ("a total of 1,623" may run across a tag: its figure is what the quote must hold)
        figure = re.search(r"\d[\d,.]*", keep)
        # (a figure as a number of its own: the "2" of a table's cell, not the one in "Q2 2025" or "19")
        holds = (lambda text: re.search(rf"(?<![\w.,]){re.escape(keep)}(?![\w]|[.,]\d)", text) is not None) \
            if re.fullmatch(r"[\d,.]+", keep) else (lambda text: keep in text)
        held = [r for r in words if keep and holds(self.body[r[0]:r[1]])] or [
            r for r in runs if keep and holds(self.body[r[0]:r[1]])] or [
            r for r in words if figure and figure.group(0) in self.body[r[0]:r[1]]] or words
        a, b = max(held, key=lambda run: run[1] - run[0])
        return self.body[a:b].strip(" ,;:")

    def _whole_words(self, a: int, b: int, start: int, end: int) -> tuple[int, int]:
        """A stretch cut back to the words it holds whole ("Facebook&#8217;s team" gives "team")."""
        body = self.body
        if a > start and not body[a - 1].isspace() and not body[a].isspace():
            space = body.find(" ", a, b)
            a = b if space < 0 else space + 1
        if b < end and not body[b].isspace() and not body[b - 1].isspace():
            space = body.rfind(" ", a, b)
            b = a if space < 0 else space
        return a, b

    def lines(self) -> list[str]:
        """The body's non-empty lines that carry reporting (captions and link-outs left out)."""
        return [line for line in self.body.splitlines() if line.strip() and not is_boilerplate(line)]


def is_boilerplate(line: str) -> bool:
    """Captions, related-story links and sign-offs: never facts, never answers."""
    line_end = line.rstrip()
    return bool(BOILERPLATE_LINE.match(line) or ("contributed to this report" in line and CONTRIBUTED.search(line))
                or (line_end.endswith(CREDIT_ENDINGS) and CAPTION_CREDIT.search(line.strip())))


class _TextExtractor(HTMLParser):
    """Visible article text from HTML: scripts, styles, navigation and footers dropped.

    Wherever the text stops being a verbatim copy of the file (a tag, even an inline `<a>`, or an
    entity such as `&#8217;`) a `BREAK` mark is written, so quotes can keep to what the file says
    word for word (`Document.quote`).
    """

    SKIP: ClassVar[set[str]] = {"script", "style", "nav", "footer", "header", "aside", "form", "noscript", "svg",
                                "button", "template", "figcaption"}  # a caption is never a fact
    HEADINGS: ClassVar[set[str]] = {"h2", "h3", "h4", "h5", "h6"}  # (an <h1> is the story's headline)
    STORY: ClassVar[set[str]] = {"article", "main"}  # a <header> inside them holds the headline and byline
    BLOCK: ClassVar[set[str]] = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
                                 "article", "blockquote",
             "figcaption", "title", "dd", "dt", "pre", "table", "ul", "ol", "main"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)  # entities arrive on their own, so they can be marked
        self.parts: list[str] = []
        self.skipping = 0
        self.title: str | None = None
        self._in_title = False
        self._story = 0  # how deep inside <article>/<main>
        self._kept_headers = 0  # <header>s read because they open the story
        self._row: list[int] | None = None  # where the current table row's "|" marks stand in `parts`
        self._cells = self._header_cells = self._in_cell = 0
        # a cell that spans rows or columns is read again where it reaches, so that every row has its cells in
        # their columns: the column's text and how many rows more it covers (rowspan), and the open cell's
        self._spanning: dict[int, tuple[str, int]] = {}
        self._cell_start = 0
        self._cell_span = (1, 1)  # (rows, columns)
        self._pre = 0  # inside <pre>, where the file's line breaks are the text's

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._pre += tag == "pre"
        if tag in self.STORY:
            self._story += 1
        if tag == "header" and self._story and not self.skipping:
            self._kept_headers += 1
        elif tag in self.SKIP:
            self.skipping += 1
        elif tag == "title" and not self.skipping and self.title is None:
            self._in_title = True  # the page's own title, not an icon's inside <svg>
        if tag == "tr" and not self.skipping:
            # a row reads as a Markdown table row, "| Iran | 40 | 10 |": marks no quote includes
            self.parts.append("\n")
            self._row, self._cells, self._header_cells = [len(self.parts)], 0, 0
            self.parts.append(BREAK + "|" + BREAK)
        elif tag in ("td", "th"):
            self._spanned_cells()
            self._cells += 1
            self._header_cells += tag == "th"
            self._in_cell += 1
            self.parts.append(BREAK + " " + BREAK)  # cells side by side stay apart: "Iran 40", not "Iran40"
            spans = dict(attrs)
            self._cell_start = len(self.parts)
            self._cell_span = (_span(spans.get("rowspan")), _span(spans.get("colspan")))
        else:
            if tag == "table":
                self._spanning = {}
            self.parts.append(self._block_or_break(tag))
            if tag in self.HEADINGS and not self._in_cell:
                self.parts.append(HEADED)

    def handle_endtag(self, tag: str) -> None:
        if tag == "pre" and self._pre:
            self._pre -= 1
        if tag in self.STORY and self._story:
            self._story -= 1
        if tag == "header" and self._kept_headers:
            self._kept_headers -= 1
        elif tag in self.SKIP and self.skipping:
            self.skipping -= 1
        elif tag == "title":
            self._in_title = False
        if tag in ("td", "th"):
            self._in_cell = max(0, self._in_cell - 1)
            if self._row is not None:
                self._row.append(len(self.parts))
                self.parts.append(BREAK + " |" + BREAK)
                rows, columns = self._cell_span
                text = _collapse_spaces("".join(self.parts[self._cell_start:-1]).replace(BREAK, " ")).strip()
                if rows > 1:
                    self._spanning[self._cells - 1] = (text, rows - 1)
                for _ in range(columns - 1):  # ("removed; figure not disclosed" across two columns)
                    self._cells += 1
                    self._header_cells += tag == "th"
                    self._insert_cell(text)
                    if rows > 1:
                        self._spanning[self._cells - 1] = (text, rows - 1)
                self._cell_span = (1, 1)
                return
        if tag == "tr" and self._row is not None:
            self._spanned_cells(at_end=True)
            if self._cells < 2:  # a layout table's one cell is a paragraph, not a row of figures
                for index in self._row:
                    self.parts[index] = BREAK
            elif self._header_cells == self._cells:  # a header row: the rule a Markdown table has under it
                self.parts.append("\n" + BREAK + "|" + "---|" * self._cells + BREAK)
            self._row = None
        self.parts.append(self._block_or_break(tag))

    def _spanned_cells(self, at_end: bool = False) -> None:
        """The cells of rows above that reach down to this column (or, at the row's end, to any column left)."""
        while self._row is not None and (self._cells in self._spanning or (
                at_end and any(column >= self._cells for column in self._spanning))):
            column = self._cells if self._cells in self._spanning else min(
                c for c in self._spanning if c >= self._cells)
            text, rows = self._spanning.pop(column)
            if rows > 1:
                self._spanning[column] = (text, rows - 1)
            self._cells += 1
            self._insert_cell(text)

    def _insert_cell(self, text: str) -> None:
        """A cell the file writes elsewhere (a spanning cell's text), between break marks: never quoted."""
        self.parts.append(BREAK + " " + BREAK + text + BREAK)
        self._row.append(len(self.parts))
        self.parts.append(BREAK + " |" + BREAK)

    def _block_or_break(self, tag: str) -> str:
        """A new line for a block (inside a table cell, a space: the row stays one line), else a break mark."""
        if tag in self.BLOCK:
            if self._in_cell and tag not in ("tr", "table"):
                return BREAK + " " + BREAK
            return "\n" + ITEM if tag == "li" else "\n"
        return BREAK

    def handle_comment(self, data: str) -> None:
        self.parts.append(BREAK)

    def handle_entityref(self, name: str) -> None:
        self._text(html.unescape(f"&{name};"), verbatim=False)

    def handle_charref(self, name: str) -> None:
        self._text(html.unescape(f"&#{name};"), verbatim=False)

    def handle_data(self, data: str) -> None:
        self._text(data, verbatim=True)

    def _text(self, data: str, verbatim: bool) -> None:
        if self._in_title and not self.skipping:
            self.title = (self.title or "") + data
        elif not self.skipping and self._row is not None and data.isspace():
            self.parts.append(BREAK + " " + BREAK)  # the indentation between a row's cells: the row stays one line
        elif not self.skipping:
            if verbatim and not self._pre:
                data = data.replace("\r", " ").replace("\n", " ")  # a line break in HTML text is a space
            self.parts.append(data if verbatim else BREAK + data + BREAK)


def _span(value: str | None) -> int:
    """A rowspan or colspan attribute as a count of rows or columns (1 when missing or not a small number)."""
    return int(value) if value and value.strip().isdigit() and 1 <= int(value) <= 50 else 1


def html_to_text(html_text: str) -> tuple[str, str | None, tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """Readable text of an HTML page (one paragraph a line), its <title>, the body offsets where the
    text breaks from the file (see `_TextExtractor`), and where the lines of its list items and of its
    headings start."""
    parser = _TextExtractor()
    parser.feed(html_text)
    parser.close()
    text = "".join(parser.parts)
    lines = [(ITEM in line, HEADED in line, _collapse_spaces(line.replace(ITEM, "").replace(HEADED, "")))
             for line in text.split("\n")]
    lines = [(item, headed, line) for item, headed, line in lines if line.replace(BREAK, "")]
    body, breaks = _unmark("\n".join(line for _, _, line in lines))
    starts = [0, *(match.end() for match in re.finditer("\n", body))]
    listed = tuple(starts[index] for index, (item, _, _) in enumerate(lines) if item)
    headings = tuple(starts[index] for index, (_, headed, _) in enumerate(lines) if headed)
    title = re.sub(r"\s+", " ", parser.title).strip() if parser.title else None
    if title:  # "Meta removes network targeting Moldova | Example News": the site's name is not the story's title
        title = re.sub(r"\s+\|\s+[^|]{1,60}$", "", title) if len(re.sub(r"\s+\|.*$", "", title)) >= 15 else title
    return body, title, breaks, listed, headings


# where a page's own markup states when it was published: meta tags, JSON-LD, the first <time datetime>
HTML_PUBLISHED = [
    re.compile(r"<meta\s[^>]*(?:property|name|itemprop)=[\"'](?:article:published_time|og:published_time|pubdate|"
               r"publishdate|publish-date|date|dc\.date|dc\.date\.issued|article\.published|datepublished|"
               r"sailthru\.date|parsely-pub-date)[\"'][^>]*>", re.I),
    re.compile(r"\"datePublished\"\s*:\s*\"[^\"]+\"", re.I),
    re.compile(r"<time\s[^>]*datetime=[\"'][^\"']+[\"']", re.I),
]
DATED_ELEMENT = re.compile(r"<(?P<tag>\w+)\s[^>]*class=[\"'][^\"']*\b(?:byline|date|dateline|published|timestamp|"
                           r"posted)\b[^\"']*[\"'][^>]*>(?P<text>.{0,300}?)</(?P=tag)>", re.I | re.S)
ISO_IN_TAG = re.compile(r"(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)")


def html_published(html_text: str) -> dt.date | None:
    """The publication date a page's markup states (`article:published_time`, JSON-LD `datePublished`,
    `<time datetime>`), which is more reliable than a date found in its text."""
    for pattern in HTML_PUBLISHED:
        for tag in pattern.finditer(html_text[:200_000]):
            found = ISO_IN_TAG.search(tag.group(0))
            if found:
                try:
                    return dt.date(int(found["year"]), int(found["month"]), int(found["day"]))
                except ValueError:
                    continue
    # "Published April 25, 2024" in a page header the text leaves out with the site's navigation, or a byline's
    # date there ('<p class="byline">By … · March 4, 2025</p>')
    text = html.unescape(re.sub(r"<[^>]+>", " ", html_text[:50_000]))
    said = PUBLISHED_IN_LINE.search(text)
    if said:
        try:
            return dt.date(int(said["year"]), month_number(said["month"]), int(said["day"]))
        except ValueError:
            return None
    # (or day first, in a footer the text leaves out: "<footer><p>Published 4 April 2024. The DDMO is…")
    if (said := PUBLISHED_DAY_FIRST.search(text)) and (date := full_date(text[said.end():said.end() + 30])):
        return date
    for element in DATED_ELEMENT.finditer(html_text[:50_000]):
        if date := full_date(html.unescape(re.sub(r"<[^>]+>", " ", element["text"]))):
            return date
    return None


PUBLISHED_DAY_FIRST = re.compile(r"\b(?:Published|Posted)\W+(?:on\s+)?(?=\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\b)")
SITE_NAME = re.compile(r"<meta\s[^>]*(?:property|name)=[\"'](?:og:site_name|application-name|publisher)[\"'][^>]*>",
                       re.I)
TITLE_SITE = re.compile(r"<title[^>]*>[^<|]{3,200}\|\s*([^<|]{2,60}?)\s*</title>", re.I)
CONTENT = re.compile(r"content=[\"']([^\"']{1,80})[\"']", re.I)


def html_site_name(html_text: str) -> str | None:
    """The site a page says it belongs to (`og:site_name`, else what its <title> names after a bar: "… | TikTok
    Transparency Center"): a platform's own blog names the platform."""
    tag = SITE_NAME.search(html_text[:200_000])
    content = CONTENT.search(tag.group(0)) if tag else None
    if content:
        return html.unescape(content.group(1)).strip()
    title = TITLE_SITE.search(html_text[:20_000])
    return html.unescape(title.group(1)).strip() if title else None


def _collapse_spaces(line: str) -> str:
    """Runs of spaces to one space, keeping any break mark in the run; the line's ends trimmed."""
    def one(match: re.Match[str]) -> str:
        run = match.group(0)
        return (" " if run.replace(BREAK, "") else "") + (BREAK if BREAK in run else "")
    return SPACES_AND_BREAKS.sub(one, line).strip(" " + BREAK)


def _unmark(text: str) -> tuple[str, tuple[int, ...]]:
    """The text without break marks, and the offsets where they stood."""
    pieces = text.split(BREAK)
    breaks, offset = [], 0
    for piece in pieces[:-1]:
        offset += len(piece)
        if not breaks or breaks[-1] != offset:
            breaks.append(offset)
    return "".join(pieces), tuple(breaks)


def decode(raw: bytes) -> str:
    """Bytes to text: UTF-8 first, else the best guess; binary and undecodable files are refused."""
    if not raw.strip():
        raise DocumentError("empty file")
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError("binary file (contains NUL bytes), not a text document")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(raw).best()
    if best is None or best.chaos > 0.2:
        raise DocumentError("cannot decode the text (not UTF-8 and no reliable encoding guess)")
    return str(best)


def split_front_matter(text: str) -> tuple[dict[str, object], str]:
    """YAML front matter between `---` lines at the very top, and the body after it."""
    if not re.match(r"---[ \t]*\r?\n", text):
        return {}, text  # (nor is a first line such as "----- Thursday, February 20, 2025 -----" an opening)
    match = re.match(r"---[ \t]*\r?\n(.*?)^---[ \t]*(?:\r?\n|\Z)", text, re.S | re.M)
    if not match:
        raise DocumentError("malformed front matter: opening '---' without a closing '---' line")
    try:
        meta = yaml.load(match.group(1).rstrip("\r\n"), Loader=SAFE_LOADER) or {}
    except yaml.YAMLError as error:
        if str(getattr(error, "problem", "")).startswith("mapping values are not allowed") and (
                plain := _plain_fields(match.group(1))) is not None:
            return plain, text[match.end():]  # 'title: Keeping the vote safe: an update', a colon left unquoted
        # where the broken construct starts (an unclosed "[" is only noticed at the end of the text)
        mark = getattr(error, "context_mark", None) or getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark else ""
        raise DocumentError(f"malformed front matter{where}: not valid YAML") from None
    except ValueError as error:  # YAML reads 2020-13-01 as a date and fails on it
        raise DocumentError(f"malformed front matter: {error}") from None
    if not isinstance(meta, dict):
        raise DocumentError("malformed front matter: expected 'key: value' lines")
    return meta, text[match.end():]


def _plain_fields(block: str) -> dict[str, object] | None:
    """Front matter of one "field: value" a line, whose values YAML would refuse for a colon inside them (a title
    people write unquoted); None where any line is anything else.  (Its fields are then checked as YAML's are.)"""
    fields: dict[str, object] = {}
    for line in block.splitlines():
        if not line.strip():
            continue
        found = re.fullmatch(r"(?P<field>\w+):[ \t]*(?P<value>.*?)[ \t]*", line)
        if found is None or found["field"] in fields:
            return None
        fields[found["field"]] = found["value"]
    return fields


def _published(value: object) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    # a full date in another common form: "27.11.2024" (day first, as written with dots), "27 November 2024",
    # "November 27, 2024"; not one without its year ("March 4"), nor "04/03/2024", which may be either way round
    dotted = re.fullmatch(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})", text)
    try:
        date = dt.date(int(dotted["year"]), int(dotted["month"]), int(dotted["day"])) if dotted else full_date(text)
    except ValueError:
        date = None
    if date is None:
        raise DocumentError(f"malformed front matter: published {value!r} is not a YYYY-MM-DD date")
    return date


# an e-mail's headers: "From: …", "To: …", "Date: …", then "Subject: PRESS NOTE: Meta removes…"
MAIL_HEADER = re.compile(r"(?:From|To|Cc|Date|Sent|Reply-To|X-[\w-]+):[^\n]*\n", re.I)
MAIL_SUBJECT = re.compile(r"^Subject:[ \t]*(?P<subject>[^\n]+)", re.I | re.M)


# the words a date-and-time line is made of (by their first three letters): months, weekdays, "Published", "PM ET"
DATE_LINE_WORDS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "mon", "tue",
                   "wed", "thu", "fri", "sat", "sun", "pub", "upd", "pos", "las", "at", "on", "am", "pm", "a", "p", "m",
                   "et", "gmt", "utc", "cet", "bst", "pt", "st", "nd", "rd", "th", "h"}


# a dateline before a story's first words ("BANGKOK, Aug. 15 (Wire) - ", "HALDEN, Norway, 4 April 2024 — ")
DATELINE_LEAD = re.compile(r"^[A-Z][A-Z .,'-]+,\s+(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*,\s+)?(?:\w+\.?\s+\d{1,2}|"
                           r"\d{1,2}\s+[A-Z][a-z]+\.?)(?:,?\s+\d{4})?\s*(?:\([^)]*\))?\s*(?:--|—|–|-)\s*(.*)$")
# what a release calls itself, no title: "PRESS RELEASE", "For immediate release"
RELEASE_LABEL = re.compile(r"(?:for\s+immediate\s+release|(?:press|news|media)\s+(?:release|statement|advisory|note)|"
                           r"statement)\.?", re.I)


def infer_title(body: str) -> str:
    """The first line that is neither a caption nor a dateline; a lead sentence when that is all there is; an e-mail's
    subject."""
    if MAIL_HEADER.match(body.lstrip()) and (subject := MAIL_SUBJECT.search(body[:2000])):
        return subject["subject"].strip()
    for line in body.splitlines():
        line = line.strip().lstrip("#").strip()
        if re.fullmatch(r"([*_]{1,2})[^*_]+\1", line):  # "**Corvid Lattice Security**": the words, not the marks
            line = line.strip("*_").strip()
        if not line or is_boilerplate(line):
            continue
        # ("BANGKOK, Aug. 15 (Wire) - X said…", and "BANGKOK, Aug. 15, 2023 —" alone on its line: no title at all)
        # ("HALDEN, Norway, 4 April 2024 — PRESS RELEASE": a country after the city, the day before the month, and a
        # release's label for all that follows it)
        lead = DATELINE_LEAD.match(line)
        if lead and (not lead.group(1).strip() or RELEASE_LABEL.fullmatch(lead.group(1).strip())):
            continue
        if lead:
            line = lead.group(1)
        if len(line) <= 40 and re.fullmatch(r"[\w.,: ]*\d{4}[\w.,: ]*", line) and all(
                word.lower()[:3] in DATE_LINE_WORDS for word in re.findall(r"[A-Za-z]+", line)):
            # a date-and-time line, "Jan 31, 2019, 3:50 PM ET" (not a lead sentence that mentions a year: "…arrested
            # a man … in the 2024 regional elections, police said.", nor a title: "Covert influence operations: March
            # 2025")
            continue
        # (not after a title or an initial: "Thread by Dr. Adaeze Okafor (@adaeze_osint)")
        sentence = re.split(r"(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bProf\.)(?<!\bSt\.)(?<!\b[A-Z]\.)"
                            r"(?<=[.!?])\s", line, maxsplit=1)[0]
        return sentence if len(sentence) <= 140 else sentence[:137].rsplit(" ", 1)[0] + "…"
    return "(untitled)"


MARKDOWN_MARKER = re.compile(r"(?m)^[ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+|>[ \t]?)")


# a line that opens a block of its own: a list item, a numbered paragraph, a heading, a quote, a table row, a rule,
# a label or a speaker's turn ("Followers: …", "ANNA KOWALSKI: …"), a thread's "2/9"
BLOCK_START = re.compile(r"\s*(?:[-*+•]\s|\d{1,3}[.)]\s|#|>|\||[-=_*]{3,}\s*$|[A-Z][\w .'’-]{0,30}:\s|"
                         r"\(?\d{1,2}/\d{1,2}\)?\s)")
ASCII_COLUMNS = re.compile(r"\S {3,}\S.*\S {3,}\S")  # "Kestrel Loop      Azerbaijan      412": a table's row
LINE_END_STOP = re.compile(r"[.!?:;][\"'”’)\]]*$")
WRAPPED_FROM = 3  # lines that must show the wrapping before a text is unwrapped
FULL_LINE = 0.7  # how much of the wrapping width a line fills where it was wrapped
WIDEST_WRAP = 120  # editors wrap at 72, 80, 100 or 120 columns; a longer line is a paragraph of its own


def unwrapped(text: str) -> str:
    """Prose a writer's editor broke at a fixed width, joined again: "…targeted people in Ghana and" and
    "Cameroon, as well as Nigeria itself." are one sentence.

    A line is joined to the next where it is about as long as the text's lines get (its wrapping width, read
    from its long lines) and it ends no sentence, or the next line goes on in lower case; never
    where the next line opens a block (a list item, a label, a speaker's turn, a table row).  A text with
    lines longer than any editor wraps at, or with fewer than three such breaks, is left as it is.  The
    quotes of a joined sentence differ from the file only in whitespace."""
    lines = text.split("\n")
    lengths = sorted(len(line.rstrip()) for line in lines if len(line.strip()) > 30)
    # (a brief of one wrapped paragraph may have three full lines: enough to show the wrapping)
    if len(lengths) < WRAPPED_FROM or lengths[int(len(lengths) * 0.9)] > 2 * WIDEST_WRAP:
        return text  # (most texts: a paragraph a line, far longer than any wrapping width)
    long = sorted(len(line.rstrip()) for line in lines if len(line.strip()) > 30 and not _columns(line)
                  and not BLOCK_START.fullmatch(line))
    if len(long) < WRAPPED_FROM:
        return text
    width = long[int(len(long) * 0.9)]
    if width > WIDEST_WRAP:
        return text

    def wrapped(index: int) -> bool:
        line, following = lines[index].rstrip(), lines[index + 1]
        if not line.strip() or not following.strip() or BLOCK_START.match(following) or _columns(line) or \
                _columns(following):
            return False
        if len(line) < FULL_LINE * width:  # (a hand-wrapped line may stop a word or two short of the width)
            return False
        return not LINE_END_STOP.search(line) or following.lstrip()[:1].islower()

    joins = {index for index in range(len(lines) - 1) if wrapped(index)}
    if len(joins) < WRAPPED_FROM:
        return text
    joined: list[str] = []
    for index, line in enumerate(lines):
        if index - 1 in joins:
            joined[-1] = joined[-1].rstrip() + " " + line.lstrip()
        else:
            joined.append(line)
    return "\n".join(joined)


def _columns(line: str) -> bool:
    """A row of a table laid out with spaces ("Kestrel Loop      Azerbaijan      412")."""
    return "   " in line and ASCII_COLUMNS.search(line) is not None


def _markdown_body(text: str) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """Markdown headings and bullets lose their markers; the rest stays as written, so quotes match.
    Also where in the new body each line that lost one starts (no quote may run across those), and which of
    those lines were headings."""
    parts, marked, headed, position = [], [], [], 0
    for match in MARKDOWN_MARKER.finditer(text):
        parts.append(text[position:match.start()])
        marked.append(sum(map(len, parts)))
        if "#" in match.group():
            headed.append(marked[-1])
        position = match.end()
    parts.append(text[position:])
    return "".join(parts), tuple(marked), tuple(headed)


def parse_document(path: str, raw: bytes) -> Document:
    """One file's bytes to a `Document`; `path` is its name relative to the knowledge folder."""
    suffix = Path(path).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise DocumentError(f"unsupported format {suffix or '(no extension)'}; use .txt, .md or .html")
    if len(raw) > MAX_BYTES:
        raise DocumentError(f"too large ({len(raw):,} bytes; the limit is {MAX_BYTES:,})")
    meta, body = split_front_matter(decode(raw))
    closest = {str(name): max(sorted(FRONT_MATTER_FIELDS), key=lambda known: fuzz.ratio(str(name).lower(), known))
               for name in set(meta) - FRONT_MATTER_FIELDS}
    misspelt = {name: known for name, known in closest.items() if fuzz.ratio(name.lower(), known) >= 80}
    if misspelt:  # ("author", "tags" and the like are read past; "publised" would lose the date without a word)
        raise DocumentError("malformed front matter: unknown field(s) " + ", ".join(
            f"{name} (did you mean {known}?)" for name, known in sorted(misspelt.items())))
    # the field many sites' front matter calls "date" (or "posted", "pubdate", "published_at")
    dated_as = next((key for key in ("date", "posted", "pubdate", "published_at", "publish_date")
                     if isinstance(meta.get(key), dt.date) or ISO_START.match(str(meta.get(key)))), None)
    if "published" not in meta and dated_as is not None:
        meta["published"] = meta[dated_as]
    html_title = None
    marked: tuple[int, ...] = ()
    headed: tuple[int, ...] = ()
    breaks: tuple[int, ...] = ()
    stated: dt.date | None = None
    site = None
    if suffix in {".html", ".htm"}:
        stated = html_published(body)
        site = html_site_name(body)
        body, html_title, breaks, marked, headed = html_to_text(body)
    elif suffix in {".md", ".markdown"}:
        body, marked, headed = _markdown_body(unwrapped(body))
    else:
        body = unwrapped(body)
    if not body.strip():
        raise DocumentError("no text after the front matter")
    published = _published(meta.get("published"))
    date_source = "front matter"
    if published is None and stated is not None:
        published, date_source = stated, "html metadata"
    elif published is None:
        published, date_source = document_date(body, path)
    return Document(
        path=path,
        title=str(meta.get("title") or html_title or infer_title(body)).strip(),
        url=str(meta["url"]).strip() if meta.get("url") else None,
        publisher=str(meta["publisher"]).strip() if meta.get("publisher") else site,
        published=published,
        date_source=date_source,
        body=body,
        marked_lines=marked,
        heading_lines=headed,
        breaks=breaks,
    )


def knowledge_files(root: Path) -> list[tuple[Path, str]]:
    """(file, path relative to the folder) for every file under `root`; hidden files and folders are left out."""
    files = []
    for file in sorted(p for p in root.rglob("*") if p.is_file()):
        relative = file.relative_to(root)
        if not any(part.startswith(".") for part in relative.parts):
            files.append((file, relative.as_posix()))
    return files


def safe_file_name(name: str, taken: set[str]) -> str:
    """A file name for an uploaded document that cannot escape the knowledge folder or overwrite a file:
    "../../Meta Report (final).MD" -> "meta-report-final.md" (then "-2", "-3"… when taken)."""
    base = Path(name.replace("\\", "/")).name
    suffix = Path(base).suffix.lower()
    stem = re.sub(r"[^a-z0-9]+", "-", Path(base).stem.lower()).strip("-")[:60] or "document"
    candidate, number = f"{stem}{suffix}", 1
    while candidate in taken:
        number += 1
        candidate = f"{stem}-{number}{suffix}"
    return candidate


def read_bytes(file: Path) -> bytes:
    """A knowledge file's bytes; `DocumentError` (with the reason) when the file cannot be read."""
    try:
        return file.read_bytes()
    except OSError as error:
        raise DocumentError(f"cannot read the file ({error.strerror or error})") from None


def read_document(file: Path, relative: str) -> Document:
    """One knowledge file as a `Document`; `DocumentError` (with the reason) when it cannot be used."""
    return parse_document(relative, read_bytes(file))


def load_folder(root: Path) -> tuple[list[Document], list[tuple[str, str]]]:
    """Every readable document under `root`, and (path, reason) for every file skipped."""
    documents: list[Document] = []
    skipped: list[tuple[str, str]] = []
    for file, relative in knowledge_files(root):
        try:
            documents.append(read_document(file, relative))
        except DocumentError as error:
            skipped.append((relative, str(error)))
    return documents, skipped
