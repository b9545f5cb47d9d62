"""Sentence splitting: abbreviations, quotes, exact spans, headlines and skipped boilerplate."""

from __future__ import annotations

import pytest

from bot.documents import Document, parse_document
from bot.sentences import Sentence, split_document, split_line


def texts(line: str) -> list[str]:
    return [line[start:end] for start, end in split_line(line)]


def doc_of(body: str, path: str = "story.txt") -> Document:
    return Document(path, "A title", None, None, None, "unknown", body)


def assert_exact_spans(document: Document, sentences: list[Sentence]) -> None:
    for index, sentence in enumerate(sentences):
        assert document.body[sentence.start:sentence.end] == sentence.text
        assert sentence.position == index
        assert sentence.document == document.path


# --------------------------------------------------------------------------- split_line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("The U.S. President spoke. He left.", ["The U.S. President spoke.", "He left."]),
        ("On Aug. 21 the firm acted. Then it stopped.", ["On Aug. 21 the firm acted.", "Then it stopped."]),
        ("Example Inc. said it removed pages. Others did not.",
         ["Example Inc. said it removed pages.", "Others did not."]),
        ("Lt. Gen. Smith spoke. It ended.", ["Lt. Gen. Smith spoke.", "It ended."]),
        ("The head, Jane Q. Doe, spoke. Next.", ["The head, Jane Q. Doe, spoke.", "Next."]),
        ("It removed 32 pages. 12 more followed.", ["It removed 32 pages.", "12 more followed."]),
        ("Is it over? Yes! It is.", ["Is it over?", "Yes!", "It is."]),
        ("It removed pages...  It said more.", ["It removed pages...", "It said more."]),
        ("The firm (Example Corp.) acted. It said so.", ["The firm (Example Corp.) acted.", "It said so."]),
        ("It acted (it said so.) Then it left.", ["It acted (it said so.)", "Then it left."]),
        ("A line with no end punctuation", ["A line with no end punctuation"]),
        ("Trailing spaces are left out.   ", ["Trailing spaces are left out."]),
        ("The rules changed. the next part is lower case.", ["The rules changed. the next part is lower case."]),
        ("", []),
    ],
)
def test_split_line(line: str, expected: list[str]) -> None:
    assert texts(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('"We removed them," she said. "They broke our rules."',
         ['"We removed them," she said.', '"They broke our rules."']),
        ('Some pages showed "activity aimed at the U.K. and U.S.," it said. It acted.',
         ['Some pages showed "activity aimed at the U.K. and U.S.," it said.', "It acted."]),
        ('He said "the pages were fake. They ran from abroad." Then he left.',
         ['He said "the pages were fake.', 'They ran from abroad."', "Then he left."]),
        ("She asked \"why?\" and left. Then it ended.", ['She asked "why?" and left.', "Then it ended."]),
        ("'Quoted text.' Next one.", ["'Quoted text.'", "Next one."]),
    ],
    ids=["comma-quote", "abbreviation-inside-quote", "two-sentence-quote", "question-inside-quote", "single-quotes"],
)
def test_split_line_quotes_keep_their_closing_mark(line: str, expected: list[str]) -> None:
    assert texts(line) == expected


def test_split_line_spans_are_exact_slices() -> None:
    line = "  Leading space. Then more.  "
    assert split_line(line) == [(0, 16), (17, 27)]
    assert [line[s:e].strip() for s, e in split_line(line)] == ["Leading space.", "Then more."]


def test_the_word_no_at_the_end_of_a_sentence_ends_it() -> None:
    assert texts("Asked if the pages were still up, the firm said no. They had been removed.") == [
        "Asked if the pages were still up, the firm said no.", "They had been removed."]


# --------------------------------------------------------------------------- split_document


BODY = (
    "Platforms Remove Fake Networks\n"
    "PHOTO: Logos on a wall. (Example/AGENCY)\n"
    "  The firm said it removed 40 pages.  It acted on Aug. 21 in the U.S. market.\r\n"
    "\n"
    "(MORE: Another network removed)\n"
    '"We removed them," she said. "They broke our rules."\n'
    "A second line. Ok.\n"
    "Last line without a stop"
)


def test_split_document_sentences_spans_and_headline() -> None:
    document = doc_of(BODY)
    sentences = split_document(document)
    assert_exact_spans(document, sentences)
    assert [(s.text, s.headline) for s in sentences] == [
        ("Platforms Remove Fake Networks", True),
        ("The firm said it removed 40 pages.", False),
        ("It acted on Aug. 21 in the U.S. market.", False),
        ('"We removed them," she said.', False),
        ('"They broke our rules."', False),
        ("A second line.", False),
        ("Ok.", False),
        ("Last line without a stop", False),
    ]
    assert (sentences[1].start, sentences[1].end) == (74, 108)


def test_split_document_spans_exact_with_unusual_whitespace() -> None:
    body = "Lead line\u2028with a separator.\x0cNext one.\x85Third. Fourth\n\tTabbed line. Ok then.\r\nlast"
    document = doc_of(body)
    sentences = split_document(document)
    assert_exact_spans(document, sentences)
    assert [s.text for s in sentences] == [
        "Lead line", "with a separator.", "Next one.", "Third.", "Fourth", "Tabbed line.", "Ok then.", "last"]


def test_split_document_spans_exact_for_a_parsed_markdown_file() -> None:
    raw = b"---\ntitle: T\n---\n# Pages Removed\n\n- The firm removed 40 pages. It said so.\n> A quote, Inc. here.\n"
    document = parse_document("story.md", raw)
    sentences = split_document(document)
    assert_exact_spans(document, sentences)
    assert [(s.text, s.headline) for s in sentences] == [
        ("Pages Removed", True), ("The firm removed 40 pages.", False), ("It said so.", False),
        ("A quote, Inc. here.", False)]


def test_first_line_with_terminal_punctuation_is_not_a_headline() -> None:
    sentences = split_document(doc_of("The firm removed pages.\nA second line without a stop\n"))
    assert [(s.text, s.headline) for s in sentences] == [
        ("The firm removed pages.", False), ("A second line without a stop", False)]


def test_first_line_ending_in_a_question_mark_is_not_a_headline() -> None:
    assert [s.headline for s in split_document(doc_of("Who ran the pages?\nBody here.\n"))] == [False, False]


def test_headline_is_the_first_line_after_leading_boilerplate() -> None:
    document = doc_of("\nPHOTO: A caption line\nHeadline After Caption\nBody here.\n")
    sentences = split_document(document)
    assert_exact_spans(document, sentences)
    assert [(s.text, s.headline, s.start) for s in sentences] == [
        ("Headline After Caption", True, 23), ("Body here.", False, 46)]


@pytest.mark.parametrize("date_line", ["Published Thu 6 Aug 2020", "Updated: March 3, 2021, 4:10 PM ET", "2021-03-03"])
def test_headline_is_the_first_line_after_a_line_that_is_only_the_date(date_line: str) -> None:
    document = doc_of(f"{date_line}\n\nPlatform Removes Network\n\nBody here.\n")
    assert [(s.text, s.headline) for s in split_document(document)] == [
        (date_line, True), ("Platform Removes Network", True), ("Body here.", False)]


def test_very_long_first_line_is_not_a_headline() -> None:
    first = "word " * 40 + "end"
    assert len(first) >= 200
    sentences = split_document(doc_of(first + "\nBody here.\n"))
    assert [s.headline for s in sentences] == [False, False]


def test_boilerplate_only_document_has_no_sentences() -> None:
    assert split_document(doc_of("PHOTO: A caption.\n(MORE: Another story)\nAdvertisement\n")) == []


def test_fragments_shorter_than_three_characters_are_dropped() -> None:
    assert [s.text for s in split_document(doc_of("The firm acted.\nA.\nOk.\n"))] == ["The firm acted.", "Ok."]


def test_a_first_line_that_opens_a_list_is_no_headline() -> None:
    document = parse_document("a.md", b"---\ntitle: t\n---\nTwitter removed 40 accounts in two sets:\n- 30 of them\n")
    assert [(s.text, s.headline) for s in split_document(document)] == [
        ("Twitter removed 40 accounts in two sets:", False), ("30 of them", False)]
    assert split_document(parse_document("b.md", b"Twitter removes 40 accounts\n\nBody.\n"))[0].headline


def test_a_dateline_opening_a_wrapped_brief_is_no_headline() -> None:
    document = parse_document("brief.txt", (
        b"LIMA, Feb 12 (Wire) - Telegram has blocked channels belonging to Copper Kite, a Peruvian-run\n"
        b"influence network that pushed nationalist messages at audiences in Chile and Bolivia, the\n"
        b"company said on Monday. Telegram did not say how many channels were affected or when\n"
        b"it first saw them.\n"))
    sentences = split_document(document)
    assert [(s.headline, s.text[:40]) for s in sentences] == [
        (False, "LIMA, Feb 12 (Wire) - Telegram has block"), (False, "Telegram did not say how many channels w")]


def test_a_sentence_ends_after_its_footnote_marks() -> None:
    line = "It targeted Moldova.[1][2] The firm was in Moscow.[^3] Meta acted."
    assert [line[a:b] for a, b in split_line(line)] == [
        "It targeted Moldova.[1][2]", "The firm was in Moscow.[^3]", "Meta acted."]
