"""Reading knowledge files: front matter, inferred titles and dates, HTML/Markdown, and refusals."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from bot.documents import (
    MAX_BYTES,
    Document,
    DocumentError,
    decode,
    html_published,
    html_to_text,
    infer_title,
    is_boilerplate,
    load_folder,
    parse_document,
    safe_file_name,
    split_front_matter,
    unwrapped,
)
from bot.sentences import split_document

FULL_FRONT_MATTER = (
    "---\n"
    "title: Platform removes a network of fake pages\n"
    "url: https://news.example.org/story/1\n"
    "publisher: Example Wire\n"
    "published: 2020-03-04\n"
    "---\n"
    "The platform said on Tuesday it removed 40 pages.\n"
)

DATELINE_BODY = (
    "Platform Removes Fake Pages\n"
    "SAN FRANCISCO, Aug. 21 (Xinhua) -- Two sites announced Tuesday they removed 30 pages.\n"
    "Similar pages were active in 2017 and 2018.\n"
)


def error_of(path: str, raw: bytes) -> str:
    with pytest.raises(DocumentError) as caught:
        parse_document(path, raw)
    return str(caught.value)


# --------------------------------------------------------------------------- front matter


def test_front_matter_with_all_fields() -> None:
    doc = parse_document("story.txt", FULL_FRONT_MATTER.encode())
    assert doc == Document(
        path="story.txt",
        title="Platform removes a network of fake pages",
        url="https://news.example.org/story/1",
        publisher="Example Wire",
        published=dt.date(2020, 3, 4),
        date_source="front matter",
        body="The platform said on Tuesday it removed 40 pages.\n",
    )


def test_front_matter_with_title_only_leaves_other_fields_empty() -> None:
    doc = parse_document("story.txt", b"---\ntitle: Only a title\n---\nThe platform removed pages.\n")
    assert (doc.title, doc.url, doc.publisher, doc.published, doc.date_source) == (
        "Only a title", None, None, None, "unknown")
    assert doc.body == "The platform removed pages.\n"


def test_front_matter_without_published_falls_back_to_the_dateline() -> None:
    raw = ("---\npublisher: Example Wire\n---\n" + DATELINE_BODY).encode()
    doc = parse_document("story.txt", raw)
    assert doc.publisher == "Example Wire"
    assert doc.url is None
    assert doc.title == "Platform Removes Fake Pages"
    assert (doc.published, doc.date_source) == (dt.date(2018, 8, 21), "dateline")


def test_a_line_that_is_only_a_date_written_day_first_dates_the_document() -> None:
    raw = (b"---\ntitle: Hearing\n---\nSELECT COMMITTEE\n\nInquiry into online influence\n\nUNCORRECTED "
           b"TRANSCRIPT\n\nCommittee Room 2\nThursday, 6 March 2025\n\nTHE CHAIR: Good morning.\n")
    doc = parse_document("hearing.txt", raw)
    assert (doc.published, doc.date_source) == (dt.date(2025, 3, 6), "dateline")


def test_front_matter_published_wins_over_the_dateline() -> None:
    raw = ("---\npublished: 2021-01-02\n---\n" + DATELINE_BODY).encode()
    doc = parse_document("story.txt", raw)
    assert (doc.published, doc.date_source) == (dt.date(2021, 1, 2), "front matter")


def test_front_matter_published_with_a_time_keeps_the_date() -> None:
    doc = parse_document("story.txt", b"---\npublished: 2020-03-04 10:30:00\n---\nBody text.\n")
    assert doc.published == dt.date(2020, 3, 4)


def test_front_matter_with_crlf_line_endings() -> None:
    meta, body = split_front_matter("---\r\ntitle: Windows file\r\n---\r\nBody.\r\n")
    assert meta == {"title": "Windows file"}
    assert body == "Body.\r\n"


def test_split_front_matter_without_front_matter_returns_the_text_unchanged() -> None:
    text = "A headline\nA body line.\n"
    assert split_front_matter(text) == ({}, text)
    # (a chat export's first line of dashes is a day's divider, not an opening "---")
    text = "----- Thursday, February 20, 2025 -----\n[16:42] Dana: the thread is up.\n"
    assert split_front_matter(text) == ({}, text)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"---\ntitle: Never closed\nThe platform removed pages.\n",
         "malformed front matter: opening '---' without a closing '---' line"),
        (b"---\ntitle: [unclosed\n---\nBody.\n", "malformed front matter at line 2: not valid YAML"),
        (b"---\ntitle: A story\npublised: 2024-01-02\n---\nBody.\n",
         "malformed front matter: unknown field(s) publised (did you mean published?)"),
        (b"---\ntiltle: A\nurll: b\n---\nBody.\n",
         "malformed front matter: unknown field(s) tiltle (did you mean title?), urll (did you mean url?)"),
        (b"---\npublished: March 4\n---\nBody.\n",
         "malformed front matter: published 'March 4' is not a YYYY-MM-DD date"),
        (b"---\n- one\n- two\n---\nBody.\n", "malformed front matter: expected 'key: value' lines"),
        (b"---\ntitle: Nothing below\n---\n", "no text after the front matter"),
    ],
    ids=["unclosed", "invalid-yaml", "misspelt-field", "two-misspelt-fields", "bad-date", "not-a-mapping", "no-body"],
)
def test_malformed_front_matter_is_refused_with_a_clear_reason(raw: bytes, message: str) -> None:
    assert error_of("story.txt", raw) == message


@pytest.mark.parametrize(("published", "date"), [
    ("27.11.2024", dt.date(2024, 11, 27)), ("27 November 2024", dt.date(2024, 11, 27)),
    ("November 27, 2024", dt.date(2024, 11, 27)),
])
def test_a_full_date_in_another_common_form_is_read(published: str, date: dt.date) -> None:
    assert parse_document("a.md", f"---\npublished: {published}\n---\nBody.\n".encode()).published == date


@pytest.mark.parametrize("published", ["04/03/2024", "31.02.2024"])
def test_a_date_that_may_be_read_two_ways_or_none_is_refused(published: str) -> None:
    assert error_of("a.md", f"---\npublished: {published}\n---\nBody.\n".encode()) == (
        f"malformed front matter: published '{published}' is not a YYYY-MM-DD date")


def test_impossible_published_date_is_a_document_error() -> None:
    with pytest.raises(DocumentError, match="malformed front matter"):
        parse_document("story.txt", b"---\npublished: 2020-13-01\n---\nBody.\n")


def test_a_title_with_an_unquoted_colon_is_read_as_people_mean_it() -> None:
    # (YAML refuses "a: b" inside a plain value; a header of known fields, one a line, is still plain enough)
    document = parse_document("m.md", b"---\ntitle: Keeping the vote safe: an update on our work\npublisher: Meta\n"
                                      b"published: 2024-09-18\n---\nWe removed 40 accounts.\n")
    assert (document.title, document.publisher, document.published) == (
        "Keeping the vote safe: an update on our work", "Meta", dt.date(2024, 9, 18))
    # (its other fields are read past, as ever; but a line that is no "field: value" is still refused)
    assert parse_document("m.md", b"---\ntitle: Safe: an update\nauthor: Ana\n---\nBody.\n").title == "Safe: an update"
    assert error_of("m.md", b"---\ntitle: Safe: an update\n- Ana\n---\nBody.\n") == \
        "malformed front matter at line 2: not valid YAML"


def test_empty_front_matter_block_is_accepted() -> None:
    assert split_front_matter("---\n---\nBody.\n") == ({}, "Body.\n")


# --------------------------------------------------------------------------- no front matter


def test_without_front_matter_title_from_first_line_and_date_from_dateline() -> None:
    doc = parse_document("story.txt", DATELINE_BODY.encode())
    assert doc.title == "Platform Removes Fake Pages"
    assert (doc.url, doc.publisher) == (None, None)
    assert (doc.published, doc.date_source) == (dt.date(2018, 8, 21), "dateline")
    assert doc.body == DATELINE_BODY


def test_without_front_matter_or_dateline_the_date_is_unknown() -> None:
    doc = parse_document("story.txt", b"Pages removed\nThe platform removed pages last week.\n")
    assert (doc.title, doc.published, doc.date_source) == ("Pages removed", None, "unknown")


def test_title_from_dateline_lead_when_the_first_line_is_a_caption() -> None:
    text = (
        "Logos shown on a phone screen in a cafe. (Example/AGENCY)\n"
        "SAN FRANCISCO, Aug. 21 (Xinhua) -- Two sites announced Tuesday they removed pages. More followed.\n"
        "It happened in 2018.\n"
    )
    doc = parse_document("story.txt", text.encode())
    assert doc.title == "Two sites announced Tuesday they removed pages."
    assert doc.published == dt.date(2018, 8, 21)


# --------------------------------------------------------------------------- decoding and refusals


@pytest.mark.parametrize("raw", [b"", b"   \n\n\t \n"], ids=["empty", "whitespace-only"])
def test_empty_file_is_refused(raw: bytes) -> None:
    assert error_of("empty.txt", raw) == "empty file"


def test_binary_file_is_refused() -> None:
    assert error_of("image.txt", b"GIF89a\x00\x01\x02 not text") == (
        "binary file (contains NUL bytes), not a text document")


def test_undecodable_bytes_are_refused() -> None:
    assert error_of("garbled.txt", bytes(range(128, 256))) == (
        "cannot decode the text (not UTF-8 and no reliable encoding guess)")


def test_decode_strips_utf8_bom() -> None:
    assert decode(b"\xef\xbb\xbfHeadline\nBody.\n") == "Headline\nBody.\n"


def test_decode_utf16_with_bom_is_not_taken_for_binary() -> None:
    assert decode("Headline\nBody.".encode("utf-16")) == "Headline\nBody."


def test_decode_guesses_a_legacy_encoding() -> None:
    text = "Caf\xe9 news: the platform removed pages from the r\xe9seau in the caf\xe9.\n"
    assert decode(text.encode("latin-1")) == text


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("report.pdf", "unsupported format .pdf; use .txt, .md or .html"),
        ("report.docx", "unsupported format .docx; use .txt, .md or .html"),
        ("README", "unsupported format (no extension); use .txt, .md or .html"),
    ],
)
def test_unsupported_extension_is_refused(path: str, message: str) -> None:
    assert error_of(path, b"The platform removed pages.\n") == message


def test_extension_is_case_insensitive() -> None:
    assert parse_document("STORY.TXT", b"Pages removed\nBody.\n").title == "Pages removed"


def test_too_large_is_refused_before_decoding() -> None:
    raw = b"\x00" * (MAX_BYTES + 1)  # would be "binary" if it were decoded first
    assert error_of("huge.txt", raw) == "too large (5,000,001 bytes; the limit is 5,000,000)"


# --------------------------------------------------------------------------- Markdown and HTML


def test_markdown_headings_bullets_and_quotes_lose_their_markers() -> None:
    raw = b"# Platform removes pages\n\n- first point\n* second point\n> a quoted line\nPlain text, **kept**.\n"
    doc = parse_document("story.md", raw)
    assert doc.title == "Platform removes pages"
    assert doc.body == "Platform removes pages\n\nfirst point\nsecond point\na quoted line\nPlain text, **kept**.\n"


HTML_PAGE = """<!doctype html>
<html><head>
<title>  Platform   removes
 pages </title>
<style>p { color: red; }</style>
<script>var secret = "script text";</script>
</head><body>
<header>Site banner</header>
<nav><a href="/">Home</a> | <a href="/tech">Tech</a></nav>
<article>
<h1>Big headline</h1>
<p>The platform removed <b>40</b> pages &amp; groups.</p>
<p>Officials&nbsp;&nbsp;said so.<br>Next line.</p>
<aside>Related stories</aside>
</article>
<footer>Footer text</footer>
</body></html>
"""


def test_html_strips_scripts_styles_and_page_furniture_and_uses_the_title() -> None:
    doc = parse_document("page.html", HTML_PAGE.encode())
    assert doc.title == "Platform removes pages"
    assert doc.body == "Big headline\nThe platform removed 40 pages & groups.\nOfficials said so.\nNext line."


def test_html_to_text_without_title() -> None:
    # (where each list item's line starts is kept, as a Markdown bullet's is)
    assert html_to_text("<div>One</div><ul><li>two</li><li> three</li></ul>") == (
        "One\ntwo\nthree", None, (), (4, 8), ())


def test_html_table_rows_read_as_markdown_rows_whose_marks_no_quote_includes() -> None:
    body, _, breaks, _, _ = html_to_text("<table><tr><th>Origin</th><th>Pages</th></tr>"
                                   "<tr><td><p>Peru.</p><p>Run from Lima.</p></td><td>40</td><td>10</td></tr></table>")
    # not "Peru4010", a figure no source gives; a cell's paragraphs stay on its row
    assert body == "| Origin | Pages |\n|---|---|\n| Peru. Run from Lima. | 40 | 10 |"
    assert body.index("40") in breaks  # the text breaks from the file between cells
    # a layout table's one-cell rows are paragraphs
    assert html_to_text("<table><tr><td>Meta removed 40 pages.</td></tr></table>")[0] == "Meta removed 40 pages."


def test_an_html_cell_spanning_rows_or_columns_is_read_again_in_each_row_and_column_it_covers() -> None:
    body, _, breaks, _, _ = html_to_text(
        "<table><tr><th>Network</th><th>Platform</th><th>Removed</th><th>Unit</th><th>Date</th></tr>"
        "<tr><td rowspan='2'>Lark</td><td>YouTube</td><td>41</td><td>channels</td><td rowspan=2>2 May</td></tr>"
        "<tr><td>Blogger</td><td>3</td><td>blogs</td></tr>"
        "<tr><td>Wren</td><td>Reddit</td><td colspan='2'>not disclosed</td><td>9 May</td></tr></table>")
    assert body.splitlines() == ["| Network | Platform | Removed | Unit | Date |", "|---|---|---|---|---|",
                                 "| Lark | YouTube | 41 | channels | 2 May |", "| Lark | Blogger | 3 | blogs | 2 May |",
                                 "| Wren | Reddit | not disclosed | not disclosed | 9 May |"]
    repeated = body.index("| Lark | Blogger") + 2
    assert repeated in breaks  # the file writes it elsewhere: a quote never runs into it


def test_html_to_text_marks_where_inline_markup_and_entities_break_the_text() -> None:
    body, _, breaks, _, _ = html_to_text("<p>Acme&#8217;s  team  removed <a href='/r'>40 pages</a>.</p><p>Next.</p>")
    assert body == "Acme\u2019s team removed 40 pages.\nNext."
    # the entity is a break on both sides; the link on both of its ends
    assert breaks == (4, 5, 20, 28)
    assert [body[a:b] for a, b in zip((0, *breaks), (*breaks, 29), strict=True)] == [
        "Acme", "\u2019", "s team removed ", "40 pages", "."]


RAW_HTML = ("<html><body><p>Meta&#8217;s team said on Tuesday it removed more than 1,200 accounts linked to "
            "<a href=\"https://example.org/r\">a marketing firm</a> in Lagos, and it banned 30 Pages.</p>"
            "<p>The network&nbsp;had 4,000 followers.</p><p>Plain sentence with 75 accounts.</p></body></html>")


def _as_scorer_reads(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u2019", "'")).strip().lower()


@pytest.mark.parametrize(("keep", "quote"), [
    ("more than 1,200", "team said on Tuesday it removed more than 1,200 accounts linked to"),
    ("30", "in Lagos, and it banned 30 Pages."),
    ("a total of 30", "in Lagos, and it banned 30 Pages."),  # its words across a tag: the stretch with the figure
    ("", "team said on Tuesday it removed more than 1,200 accounts linked to"),  # the longest stretch
])
def test_an_html_sentence_split_by_markup_is_quoted_by_a_verbatim_stretch(keep: str, quote: str) -> None:
    doc = parse_document("page.html", RAW_HTML.encode())
    first = split_document(doc)[0]
    assert first.text.startswith("Meta\u2019s team said") and first.text.endswith("banned 30 Pages.")
    assert doc.quote(first.start, first.end, keep) == quote
    assert _as_scorer_reads(quote) in _as_scorer_reads(RAW_HTML)


def test_sentences_carry_their_verbatim_quote() -> None:
    doc = parse_document("page.html", RAW_HTML.encode())
    assert [(s.text, s.quote) for s in split_document(doc)[1:]] == [
        ("The network had 4,000 followers.", "had 4,000 followers."),  # &nbsp; is not a space in the file
        ("Plain sentence with 75 accounts.", "Plain sentence with 75 accounts."),
    ]
    text = parse_document("page.txt", b"Facebook removed 32 Pages.")
    assert [s.quote for s in split_document(text)] == ["Facebook removed 32 Pages."]


def test_htm_front_matter_title_beats_the_html_title() -> None:
    raw = b"---\ntitle: Front matter title\n---\n<title>HTML title</title><p>Body.</p>"
    doc = parse_document("page.htm", raw)
    assert (doc.title, doc.body) == ("Front matter title", "Body.")


def test_html_without_visible_text_is_refused() -> None:
    with pytest.raises(DocumentError):
        parse_document("page.html", b"<html><script>var x = 1;</script><nav>Home</nav></html>")


def test_html_svg_icon_title_does_not_leak_into_the_page_title() -> None:
    html = "<head><title>Real page</title></head><body><p>Text.</p><svg><title>Share icon</title></svg></body>"
    assert html_to_text(html) == ("Text.", "Real page", (), (), ())


# --------------------------------------------------------------------------- titles and boilerplate


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("Pages Removed\nBody.", "Pages Removed"),
        ("\n\n## Pages Removed\nBody.", "Pages Removed"),
        ("PHOTO: Logos on a wall.\nPages Removed\nBody.", "Pages Removed"),
        ("Jan 31, 2019, 3:50 PM ET\nPages Removed\nBody.", "Pages Removed"),
        ("SAN FRANCISCO, Aug. 21 (Xinhua) -- Two sites acted. They said so.", "Two sites acted."),
        ("LIMA, Aug. 15, 2023 —\n\nTwo sites acted. They said so.", "Two sites acted."),
        ("", "(untitled)"),
        ("(MORE: Another story)\n\n", "(untitled)"),
        ("Thread by Dr. Ama Owusu (@ama_osint)\nBody.", "Thread by Dr. Ama Owusu (@ama_osint)"),
        ("TROMSO, Norway, 9 June 2023 — PRESS RELEASE\n\nLab finds a network\nBody.", "Lab finds a network"),
        ("QUITO, Ecuador, 2 May — Two sites acted. They said so.", "Two sites acted."),
    ],
    ids=["first-line", "markdown-heading", "after-caption", "after-date-line", "dateline-lead", "dateline-alone",
         "empty", "only-boilerplate", "title-of-a-name", "release-label-after-a-dateline-with-a-country",
         "day-month-dateline-lead"],
)
def test_infer_title(body: str, title: str) -> None:
    assert infer_title(body) == title


def test_infer_title_truncates_long_lines_at_a_word() -> None:
    title = infer_title("word " * 60)
    assert title == ("word " * 27).strip() + "…"
    assert len(title) <= 140


@pytest.mark.parametrize(
    "line",
    [
        "(MORE: Platform removes another network)",
        "MORE: Platform removes another network",
        "READ MORE: Platform removes another network",
        "PHOTO: Logos on a wall.",
        "Photo: Logos on a wall.",
        "Logos on a shop window in a city, June 4, 2018. (Example/AGENCY)",
        "A phone screen shows the app. Getty Images",
        "People walk past the office. AP Photo",
        "Logos are seen on a screen. /Reuters",
        "A second reporter contributed to this report.",
        "Advertisement",
        "© Example Wire",
        "English (US)",  # (a page's language picker)
        "  Español (Latinoamérica)",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate(line) is True


@pytest.mark.parametrize(
    "line",
    [
        "The platform removed 40 pages.",
        "The firm said more: it removed 40 pages.",
        'Some pages "originated in Iran," it said.',
        "English-language pages run from Ghana were removed.",
    ],
)
def test_reporting_lines_are_not_boilerplate(line: str) -> None:
    assert is_boilerplate(line) is False


def test_document_lines_drop_blank_and_boilerplate_lines() -> None:
    doc = parse_document("story.txt", b"Pages Removed\n\nPHOTO: A logo.\nThe firm acted.\n(MORE: Other story)\n")
    assert doc.lines() == ["Pages Removed", "The firm acted."]


# --------------------------------------------------------------------------- load_folder


def write(root: Path, relative: str, data: bytes) -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def test_load_folder_loads_good_files_and_skips_bad_ones_with_reasons(tmp_path: Path) -> None:
    write(tmp_path, "a_story.txt", FULL_FRONT_MATTER.encode())
    write(tmp_path, "sub/b_notes.md", b"# Notes on pages\n- The firm removed pages.\n")
    write(tmp_path, "c_page.html", b"<title>Page title</title><p>The firm acted.</p>")
    write(tmp_path, "d_empty.txt", b"")
    write(tmp_path, "e_scan.pdf", b"%PDF-1.4 whatever")
    write(tmp_path, "f_broken.txt", b"---\ntitle: Never closed\nBody.\n")
    write(tmp_path, "sub/g_binary.txt", b"\x00\x01\x02\x03")
    # hidden files and folders are ignored entirely, even when they would fail
    write(tmp_path, ".hidden.txt", b"")
    write(tmp_path, ".git/config.txt", b"\x00")
    write(tmp_path, "sub/.DS_Store", b"\x00\x00")

    documents, skipped = load_folder(tmp_path)

    assert [(d.path, d.title) for d in documents] == [
        ("a_story.txt", "Platform removes a network of fake pages"),
        ("c_page.html", "Page title"),
        ("sub/b_notes.md", "Notes on pages"),
    ]
    assert skipped == [
        ("d_empty.txt", "empty file"),
        ("e_scan.pdf", "unsupported format .pdf; use .txt, .md or .html"),
        ("f_broken.txt", "malformed front matter: opening '---' without a closing '---' line"),
        ("sub/g_binary.txt", "binary file (contains NUL bytes), not a text document"),
    ]


def test_load_folder_empty_folder(tmp_path: Path) -> None:
    assert load_folder(tmp_path) == ([], [])


def test_load_folder_reports_unreadable_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "good.txt", b"Pages removed\nBody.\n")
    write(tmp_path, "locked.txt", b"Locked\nBody.\n")
    original = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    documents, skipped = load_folder(tmp_path)
    assert [d.path for d in documents] == ["good.txt"]
    assert skipped == [("locked.txt", "cannot read the file (Permission denied)")]


def test_load_folder_skips_a_file_with_an_impossible_date(tmp_path: Path) -> None:
    write(tmp_path, "good.txt", b"Pages removed\nBody.\n")
    write(tmp_path, "bad_date.txt", b"---\npublished: 2020-02-30\n---\nBody.\n")
    documents, skipped = load_folder(tmp_path)
    assert [d.path for d in documents] == ["good.txt"]
    assert [path for path, _ in skipped] == ["bad_date.txt"]
    assert re.match("malformed front matter", skipped[0][1])


@pytest.mark.parametrize(("name", "taken", "saved"), [
    ("../../Meta Report (final).MD", set(), "meta-report-final.md"),
    ("notes.txt", {"notes.txt", "notes-2.txt"}, "notes-3.txt"),
    ("/etc/passwd", set(), "passwd"),
    ("..\\\\..\\\\brief.html", set(), "brief.html"),
    ("???.md", set(), "document.md"),
])
def test_uploaded_documents_get_a_safe_name(name: str, taken: set[str], saved: str) -> None:
    assert safe_file_name(name, taken) == saved


@pytest.mark.parametrize(("markup", "date"), [
    ('<meta property="article:published_time" content="2024-05-30T10:00:00Z">', "2024-05-30"),
    ('<script type="application/ld+json">{"datePublished": "2021-03-03T08:00:00+00:00"}</script>', "2021-03-03"),
    ('<p>Posted <time datetime="2020-09-01">Sept. 1</time></p>', "2020-09-01"),
    ('<meta name="date" content="not a date">', None),
])
def test_html_published_reads_the_page_s_own_date(markup: str, date: str | None) -> None:
    found = html_published(f"<html><head>{markup}</head><body><p>Text.</p></body></html>")
    assert (found.isoformat() if found else None) == date


def test_an_html_story_s_header_and_metadata_date_are_read_and_captions_and_site_names_are_not() -> None:
    page = ('<html><head><title>Twitter removes 300 accounts | Example News</title>'
            '<meta property="article:published_time" content="2021-03-03T09:00:00Z"></head><body>'
            '<header><div>Subscribe now</div></header><article><header><h1>Twitter removes 300 accounts</h1>'
            '<p>By A. Writer</p></header><p>Twitter said on Tuesday it removed 300 accounts.</p>'
            '<figure><figcaption>A photo taken Jan. 5, 2019.</figcaption></figure></article></body></html>')
    document = parse_document("s.html", page.encode())
    assert (document.title, document.published.isoformat(), document.date_source) == (
        "Twitter removes 300 accounts", "2021-03-03", "html metadata")
    assert document.body.splitlines() == ["Twitter removes 300 accounts", "By A. Writer",
                                          "Twitter said on Tuesday it removed 300 accounts."]


def test_an_html_page_names_its_site_as_publisher_unless_front_matter_does() -> None:
    page = ("<html><head><title>Update</title><meta property=\"og:site_name\" content=\"TikTok Newsroom\">"
            "</head><body><p>We removed 40 accounts.</p></body></html>")
    assert parse_document("a.html", page.encode()).publisher == "TikTok Newsroom"
    framed = "---\npublisher: The Daily Ledger\n---\n" + page
    assert parse_document("b.html", framed.encode()).publisher == "The Daily Ledger"


def test_an_indented_html_tables_rows_stay_one_line_each() -> None:
    page = """<table>
      <tr>
        <th>Origin</th>
        <th>Accounts</th>
      </tr>
      <tr>
        <td>Chile</td>
        <td>75</td>
      </tr>
    </table>"""
    assert html_to_text(page)[0] == "| Origin | Accounts |\n|---|---|\n| Chile | 75 |"


def test_a_forum_posts_posted_field_stands_for_published() -> None:
    document = parse_document("r.md", b"---\ntitle: A post\nsubreddit: r/Example\nposted: 2025-08-12\n"
                                      b"upvotes: 2,118\n---\nBody.\n")
    assert (document.published, document.date_source) == (dt.date(2025, 8, 12), "front matter")


def test_other_front_matter_fields_are_read_past_and_date_stands_for_published() -> None:
    document = parse_document("a.md", b"---\ntitle: A story\nauthor: Someone\ntags: [x, y]\ndate: 2024-03-05\n---\n"
                                      b"Body.\n")
    assert (document.title, document.published, document.date_source) == ("A story", dt.date(2024, 3, 5),
                                                                          "front matter")


@pytest.mark.parametrize(("markup", "date"), [
    ('<p class="byline">By Tomas Lund &middot; March 4, 2025</p>', dt.date(2025, 3, 4)),
    ('<div class="post-date">4 March 2025</div>', dt.date(2025, 3, 4)),
    ('<p class="lede">Since March 2025, things changed.</p>', None),
])
def test_a_byline_elements_date_is_the_pages_date(markup: str, date: dt.date | None) -> None:
    assert html_published(f"<html><body><header>{markup}</header><p>Text.</p></body></html>") == date


WRAPPED = """\
QUARTERLY NOTE ON REMOVED NETWORKS

This note covers the networks our investigators took action against in the
spring. We removed three networks that used fake accounts to mislead people
about who ran them, and we describe each below along with the evidence that
tied them together.

  NAME            ORIGIN      ACCOUNTS
  Marsh Wren      Chile            210

Presence on Facebook: 210 accounts and 14 Pages, most of them created within
  two weeks of each other.
Followers: about 9,000 accounts followed one or more of these Pages.
- A list item that is short.
- Another one.
"""


def test_a_text_wrapped_at_a_fixed_width_is_joined_into_its_sentences() -> None:
    text = unwrapped(WRAPPED)
    assert text.splitlines() == [
        "QUARTERLY NOTE ON REMOVED NETWORKS",
        "",
        "This note covers the networks our investigators took action against in the spring. We removed three "
        "networks that used fake accounts to mislead people about who ran them, and we describe each below along "
        "with the evidence that tied them together.",
        "",
        "  NAME            ORIGIN      ACCOUNTS",
        "  Marsh Wren      Chile            210",
        "",
        "Presence on Facebook: 210 accounts and 14 Pages, most of them created within two weeks of each other.",
        "Followers: about 9,000 accounts followed one or more of these Pages.",
        "- A list item that is short.",
        "- Another one."]


def test_a_text_wrapped_wider_than_a_hundred_columns_is_joined_too() -> None:
    sentence = ("The agency said on Friday that it had suspended 1,250 accounts which belonged to three networks "
                "that broke its rules on spam and fake engagement, and that it would publish the data later.")
    words = ((sentence + " ") * 4).split()
    lines, line = [], ""  # wrapped at 105 columns, as some editors do
    for word in words:
        if len(line) + 1 + len(word) > 105:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    text = "\n".join([*lines, line])
    assert max(map(len, lines)) > 100
    assert unwrapped(text) == " ".join(words)


def test_a_text_with_long_lines_or_only_a_few_breaks_is_left_as_written() -> None:
    one_break = "Facebook said on Tuesday it had removed 120 accounts that were run from Chile\nand targeted Peru.\n"
    assert unwrapped(one_break) == one_break
    long_lines = "\n".join(["Twitter said it suspended accounts " + "that posted spam " * 6 + "and"] * 8)
    assert unwrapped(long_lines) == long_lines


def test_the_sentences_of_a_wrapped_plain_text_report_are_whole(tmp_path: Path) -> None:
    sentences = [s.text for s in split_document(parse_document("note.txt", WRAPPED.encode()))]
    assert "We removed three networks that used fake accounts to mislead people about who ran them, and we " \
           "describe each below along with the evidence that tied them together." in sentences


def test_a_lead_sentence_that_mentions_a_year_is_no_date_line_when_inferring_a_title() -> None:
    body = ("LIMA, Oct 3 (Wire) - Police have arrested a man they accuse of running a troll farm in the 2024 "
            "elections, police said.\n\nThe suspect, Rafael Ortiz, ran a network.\n")
    assert infer_title(body) == ("Police have arrested a man they accuse of running a troll farm in the 2024 "
                                 "elections, police said.")


def test_an_email_s_title_is_its_subject() -> None:
    raw = (b"From: Ruth Ash <press@lab.example>\nTo: media@lab.example\nDate: Tue, 12 Aug 2025 14:03:22 +0000\n"
           b"Subject: PRESS NOTE: Meta removes \"Amber Kite\" network\n\nFOR IMMEDIATE RELEASE\n\nMeta removed 731 "
           b"Facebook accounts.\n")
    assert parse_document("note.txt", raw).title == 'PRESS NOTE: Meta removes "Amber Kite" network'


def test_a_report_page_s_released_line_dates_it() -> None:
    html = (b"<html><head><title>Transparency Report</title></head><body><div><a href='/'>Safety Center</a><ul>"
            b"<li><a href='/g'>Guidelines</a></li><li><a href='/t'>Transparency</a></li><li><a href='/s'>Tools</a></li>"
            b"<li><a href='/b'>Blog</a></li><li><a href='/h'>Get Help</a></li></ul></div><p>Transparency &gt; "
            b"Reports &gt; July - December 2022</p><h1>Report, July - December 2022</h1><p class='meta'>Released "
            b"March 9, 2023</p><p>We suspended 74 accounts.</p></body></html>")
    assert parse_document("r.html", html).published == dt.date(2023, 3, 9)


def test_a_page_s_footer_dates_it_before_the_first_date_its_story_tells() -> None:
    html = (b"<html><head><title>Monthly brief</title></head><body><h2>1. Reddit acts</h2><p>On 7 March 2024 Reddit "
            b"banned 118 accounts and 9 subreddits belonging to a network known as Morning Bell, which posted in "
            b"Hungarian and targeted Hungarian-speaking communities in Slovakia.</p><footer><p>Published 4 April 2024. "
            b"The observatory is independent.</p></footer></body></html>")
    assert parse_document("brief.html", html).published == dt.date(2024, 4, 4)


@pytest.mark.parametrize(("body", "title"), [
    ("Coordinated behaviour: June 2024\n\nPublished July 9, 2024\n\nWe removed…\n", "Coordinated behaviour: June 2024"),
    ("Jan 31, 2019, 3:50 PM ET\nPlatform removes pages\n", "Platform removes pages"),
    ("Updated 5 March 2024, 14:02 GMT\nNetworks removed\n", "Networks removed"),
])
def test_a_title_that_names_a_month_is_a_title_but_a_date_line_is_not(body: str, title: str) -> None:
    assert infer_title(body) == title


def test_an_html_page_s_section_headings_are_its_heading_lines() -> None:
    page = ("<html><body><h1>Disclosures</h1><p>What we removed.</p><h2>July 2024: Chile</h2><p>We removed 40 "
            "accounts.</p><h3>Notes</h3><p>More.</p></body></html>")
    document = parse_document("r.html", page.encode())
    assert document.body == "Disclosures\nWhat we removed.\nJuly 2024: Chile\nWe removed 40 accounts.\nNotes\nMore."
    assert [document.body[start:document.body.index("\n", start)] for start in document.heading_lines] == [
        "July 2024: Chile", "Notes"]
