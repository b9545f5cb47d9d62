"""Counts in news copy: figures, qualifiers, number words, vague amounts; money and percentages left out."""

from __future__ import annotations

import pytest

from bot.numbers import Count, counts_in


def summary(sentence: str) -> list[tuple[int | None, str, str]]:
    counts = counts_in(sentence)
    for count in counts:
        assert sentence[count.start:count.end] == count.text
    return [(c.value, c.qualifier, c.text) for c in counts]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The platform removed 652 accounts.", [(652, "exact", "652")]),
        ("It took down 2,617 pages.", [(2617, "exact", "2,617")]),
        ("It took down more than 1,000 accounts.", [(1000, "more than", "more than 1,000")]),
        ("It took down nearly 5,000 pages.", [(5000, "nearly", "nearly 5,000")]),
        ("It took down about 15,500 accounts.", [(15500, "about", "about 15,500")]),
        ("It took down seven pages.", [(7, "exact", "seven")]),
        ("It took down a dozen groups.", [(12, "exact", "a dozen")]),
        ("It took down thousands of accounts.", [(None, "thousands", "thousands of")]),
        ("The pages had 1.6 million followers.", [(1_600_000, "exact", "1.6 million")]),
        ("It took down 4.611 accounts.", [(4611, "exact", "4.611")]),
        ("It took down 1,000,000 posts.", [(1_000_000, "exact", "1,000,000")]),
        ("It took down upward of 1,000 accounts.", [(1000, "more than", "upward of 1,000")]),
        ("It took down 1,600-plus accounts.", [(1600, "more than", "1,600-plus")]),
        ("It took down nearly half a million accounts.", [(500_000, "nearly", "nearly half a million")]),
        ("It took down between 100 and 200 accounts.", [(100, "exact", "100"), (200, "up to", "between 100 and 200")]),
        ("Over 200 pages and 3 groups went.", [(200, "more than", "Over 200"), (3, "exact", "3")]),
        ("At least 12 accounts and up to 30 pages went.",
         [(12, "at least", "At least 12"), (30, "up to", "up to 30")]),
        ("It removed some 300 accounts but under 50 pages.",
         [(300, "about", "some 300"), (50, "fewer than", "under 50")]),
        ("It removed tens of thousands of posts.", [(None, "tens of thousands", "tens of thousands of")]),
        ("It removed dozens of pages.", [(None, "dozens", "dozens of")]),
        ("It removed accounts numbering in the hundreds.", [(None, "hundreds", "in the hundreds")]),
        ("Its fans number in the thousands.", [(None, "thousands", "in the thousands")]),
        ("It was in the thousands, the company said.", []),  # a size only where something numbers in it
        ("It removed 10k accounts.", [(10_000, "exact", "10k")]),
        ("It removed many accounts and several pages.", []),
    ],
)
def test_counts_in(sentence: str, expected: list[tuple[int | None, str, str]]) -> None:
    assert summary(sentence) == expected


def test_count_span_in_a_longer_sentence() -> None:
    assert counts_in("The platform said it removed more than 1,000 accounts.") == [
        Count(1000, "more than", "more than 1,000", 29, 44)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The network spent $135,000 on ads.",
        "The network spent 40,000 dollars on ads.",
        "The network spent $1.6 million on ads.",
        "The network spent 5 million dollars on ads.",
        "The network spent €2,000 on ads.",
        "The network spent US$5,000 on ads.",
        "The network spent 300 euros on ads.",
        "About 58% of the accounts were fake.",
        "About 58 percent of the accounts were fake.",
    ],
)
def test_money_and_percentages_are_not_counts(sentence: str) -> None:
    assert counts_in(sentence) == []


def test_money_is_skipped_but_the_count_next_to_it_is_kept() -> None:
    assert summary("The network spent $135,000 on ads across 2,617 pages, and 58% were fake.") == [
        (2617, "exact", "2,617")]


def test_percentage_with_a_space_before_the_sign_is_not_a_count() -> None:
    assert counts_in("About 50 % of the accounts were fake.") == []


@pytest.mark.parametrize(
    ("count", "described"),
    [
        (Count(652, "exact", "652", 0, 3), "652"),
        (Count(2617, "exact", "2,617", 0, 5), "2,617"),
        (Count(1000, "more than", "more than 1,000", 0, 15), "more than 1,000"),
        (Count(1_600_000, "about", "about 1.6 million", 0, 17), "about 1.6 million"),
        (Count(63_400_000, "exact", "63.4 million", 0, 12), "63.4 million"),
        # (as written too: "1.2k" is in the quote, "1,200" is not)
        (Count(1_200, "exact", "1.2k", 0, 4), "1.2k"),
        (Count(12_000, "about", "about 12K", 0, 9), "about 12K"),
        (Count(2_500, "exact", "2.5 thousand", 0, 12), "2.5 thousand"),
        (Count(12, "exact", "a dozen", 0, 7, in_words=True), "a dozen"),  # as written: not exactly 12
        (Count(None, "thousands", "thousands of", 0, 12), "thousands of"),
        (Count(7, "more than", "over seven", 0, 10), "over seven"),  # (in words with its qualifier: as written)
    ],
)
def test_count_describe(count: Count, described: str) -> None:
    assert count.describe() == described


@pytest.mark.parametrize(("text", "value", "described"), [
    ("nearly two dozen Instagram accounts", 24, "nearly two dozen"),  # had been "nearly 2"
    ("two hundred accounts", 200, "two hundred"),  # had been 2
    ("twenty-five accounts", 25, "twenty-five"),  # had been 20 and 5
    ("three hundred and fifty Pages", 350, "three hundred and fifty"),
    ("five thousand accounts", 5000, "five thousand"),
    ("seven Groups", 7, "7"),
    ("roughly ninety accounts", 90, "roughly ninety"),  # had been "about 90", a figure no quote gives in digits
])
def test_a_figure_in_several_words_is_one_figure(text: str, value: int, described: str) -> None:
    assert [(count.value, count.describe()) for count in counts_in(text)] == [(value, described)]


@pytest.mark.parametrize(("text", "qualifier"), [
    ("as many as 2,000 accounts", "up to"), ("just over 500 accounts", "more than"),
    ("well over 1,000 accounts", "more than"), ("just shy of 300 accounts", "nearly"),
    ("north of 3,000 accounts", "more than"), ("at most 3,000 accounts", "up to"),
    ("no more than 30 accounts", "up to"), ("above 300 accounts", "more than"),
    ("at a minimum of 2,150 accounts", "at least"), ("a maximum of 90 channels", "up to"),
])
def test_more_qualifiers_are_kept(text: str, qualifier: str) -> None:
    assert [count.qualifier for count in counts_in(text)] == [qualifier]


@pytest.mark.parametrize(("text", "described"), [
    ("Facebook removed several dozen accounts.", "several dozen"),
    ("It removed a few hundred Pages.", "a few hundred"),
    ("It removed a couple of dozen accounts.", "a couple of dozen"),
])
def test_a_rough_size_without_a_figure_is_said_as_written(text: str, described: str) -> None:
    assert [(count.value, count.describe()) for count in counts_in(text)] == [(None, described)]


def test_a_range_is_told_as_written_not_as_its_top() -> None:
    top = counts_in("It took down between 100 and 200 accounts.")[-1]
    assert top.describe() == "between 100 and 200"


@pytest.mark.parametrize(("text", "qualifier", "described"), [
    ("roughly 40 accounts", "about", "roughly 40"), ("some 7,300 accounts", "about", "some 7,300"),
    ("just over 500 Pages", "more than", "just over 500"), ("a total of 1,623 accounts", "exact", "1,623"),
])
def test_a_qualifier_is_stated_as_the_source_words_it(text: str, qualifier: str, described: str) -> None:
    assert [(count.qualifier, count.describe()) for count in counts_in(text)] == [(qualifier, described)]


@pytest.mark.parametrize(("sentence", "value", "described"), [
    ("Google terminated 250 to 300 YouTube channels.", 300, "250 to 300"),  # a range without "between"
    ("Twitter suspended 6\u202f410 accounts.", 6410, "6\u202f410"),  # grouped by a narrow no-break space
    ("Meta removed 1\u00a0350 Facebook accounts.", 1350, "1\u00a0350"),  # by a no-break space
])
def test_ranges_and_figures_grouped_by_spaces_are_one_figure_told_as_written(
        sentence: str, value: int, described: str) -> None:
    last = counts_in(sentence)[-1]
    assert (last.value, last.describe()) == (value, described)
    assert last.text in sentence


def test_years_either_side_of_to_are_no_range() -> None:
    assert [(c.value, c.qualifier) for c in counts_in("From 2019 to 2021 it removed 300 accounts.")] == [
        (2019, "exact"), (2021, "exact"), (300, "exact")]


@pytest.mark.parametrize(("text", "value", "told"), [
    ("TikTok removed 2 310 profiles", 2310, "2 310"),  # (thousands grouped by a plain space, as European papers do)
    ("Meta removed 1.047 Facebook accounts", 1047, "1.047"),  # (by a dot: told as printed, which quotes hold)
    ("more than 18 642 accounts", 18642, "more than 18 642"),
])
def test_european_thousands_are_one_figure_told_as_the_source_prints_it(text: str, value: int, told: str) -> None:
    count = next(c for c in counts_in(text) if c.value and c.value > 100)
    assert (count.value, count.describe()) == (value, told)


def test_a_day_of_the_month_before_a_figure_is_not_its_thousands() -> None:
    assert [c.value for c in counts_in("On March 3 310 accounts were removed.")] == [310]


def test_lakh_and_crore_are_south_asia_s_scales_kept_as_written() -> None:
    found = counts_in("Posts from the pages drew more than 23 lakh views, and the group has 1.5 crore members.")
    assert [(c.value, c.qualifier, c.describe()) for c in found] == [
        (2_300_000, "more than", "more than 23 lakh"), (15_000_000, "exact", "1.5 crore")]
    assert counts_in("The firm spent ₹2.6 crore on its pages.") == []  # (rupees: money, not a count)
