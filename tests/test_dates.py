"""Dates from datelines and from sentences, resolved against the document's own date."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.dates import DateMention, dates_in, document_date, removal_month, report_period_in, reported_period
from bot.wording import format_date, period_words

D = dt.date

# --------------------------------------------------------------------------- document_date


def test_a_page_copied_whole_may_give_its_date_on_its_last_line() -> None:
    story = "Reddit bans a ring of fake accounts\n\nReddit said Monday it banned 61 accounts.\n\n" + \
        "\n\n".join(f"Paragraph {n} of the story." for n in range(8))  # past the lines a dateline is looked for in
    assert document_date(story + "\n\nPublished Nov. 4, 2019, 2:10 PM\n") == (D(2019, 11, 4), "closing line")
    # a date in the last sentence of the story is not the page's own date
    assert document_date(story + "\n\nThe vote is due on March 3, 2020.\n") == (None, "unknown")


def test_a_time_stamp_line_with_its_zone_as_an_offset_gives_the_year_a_dateline_leaves_out() -> None:
    # (the dateline alone would take 2024, when June 9 was the Sunday the story names)
    for stamp in ("June 9, 2025 10:41 AM GMT+1", "June 9, 2025 09:15 UTC+05:30", "June 9, 2025, 3:50 PM ET"):
        text = (f"Telegram blocks channels\n\n{stamp}\n\nACCRA, June 9 (Wire) - Telegram on Sunday blocked 30 channels "
                "that began posting in May 2024.\n")
        assert document_date(text) == (D(2025, 6, 9), "dateline")


def test_a_byline_that_says_when_it_was_recorded_and_published_gives_the_day_it_was_published() -> None:
    assert document_date("Podcast 12\n\nRecorded 2 December 2024. Published 9 December 2024.\n\nText.\n") == (
        D(2024, 12, 9), "byline")


def test_an_earlier_quarter_s_report_named_without_its_year_dates_what_it_reported() -> None:
    found = dates_in("Skyline is the actor behind the 80 accounts we banned in our Q1 report.", D(2024, 10, 8))
    assert [(m.date, m.precision) for m in found] == [(D(2024, 3, 1), "month")]
    # (a fourth-quarter report named in the spring is last year's)
    found = dates_in("We banned 80 accounts in our fourth-quarter report.", D(2024, 4, 8))
    assert [(m.date, m.precision) for m in found] == [(D(2023, 12, 1), "month")]
    # (and "its bulletin for the second quarter", told in October: this year's, its last month)
    found = dates_in("In its bulletin for the second quarter, TAG reported terminating 18 channels.", D(2022, 10, 27))
    assert [(m.date, m.precision) for m in found] == [(D(2022, 6, 1), "month")]


def test_a_weekday_the_sentence_looks_ahead_to_is_no_date_of_what_it_tells() -> None:
    for sentence in ("X suspended 143 accounts that claimed voting had been moved to Monday.",
                     "The polls stay open until Friday, X said as it suspended 40 accounts."):
        assert not dates_in(sentence, D(2024, 6, 2))
    assert [m.date for m in dates_in("X suspended 40 accounts on Friday.", D(2024, 6, 2))] == [D(2024, 5, 31)]


def test_in_all_of_an_earlier_year_dates_by_that_year() -> None:
    for sentence in ("It said it had blocked just 9 channels in all of 2023.",
                     "It blocked 9 channels throughout 2023."):
        assert [(m.date, m.precision) for m in dates_in(sentence, D(2024, 10, 15))] == [(D(2023, 1, 1), "year")]


def test_a_span_of_months_of_this_or_last_year_is_one_mention_of_that_year() -> None:
    found = dates_in("Between July and October of this year we removed 380 profiles.", D(2024, 12, 20))
    assert [(m.date, m.precision, m.text) for m in found] == [(D(2024, 10, 1), "month", "Between July and October")]
    found = dates_in("Between March and May last year we removed 380 profiles.", D(2024, 12, 20))
    assert [(m.date, m.precision) for m in found] == [(D(2023, 5, 1), "month")]


def test_dateline_year_from_the_weekday_named_in_the_text() -> None:
    # Aug. 21 was a Tuesday in 2018 and a Monday in 2017.
    text = ("SAN FRANCISCO, Aug. 21 (Xinhua) -- Two sites announced Tuesday they removed pages.\n"
            "Posting had grown since 2017 and rose again in 2018.\n")
    assert document_date(text) == (D(2018, 8, 21), "dateline")


def test_dateline_weekday_can_pick_an_earlier_year_than_the_latest() -> None:
    text = ("SAN FRANCISCO, Aug. 21 (Xinhua) -- Two sites announced Monday they removed pages.\n"
            "Posting had grown in 2017, ahead of the 2018 vote.\n")
    assert document_date(text) == (D(2017, 8, 21), "dateline")


def test_the_lead_s_weekday_picks_the_year_before_weekdays_named_in_passing() -> None:
    # March 3 was a Sunday in 2019 (the lead's "on Saturday" a day back) and a Friday in 2017, the year of the later
    # "on Friday" itself; the story names both years once
    text = ("OSLO, March 3 (Wire) -- Meta said on Saturday it had removed 40 accounts run from Latvia.\n"
            "It is the company's first such takedown in 2019. In 2017 it removed a bigger one.\n"
            "The company's shares closed up 1% on Friday.\n")
    assert document_date(text) == (D(2019, 3, 3), "dateline")


def test_a_year_the_story_names_comes_before_one_it_does_not_where_the_lead_s_weekday_fits_both() -> None:
    # March 3, 2019 was a Sunday, a day after the lead's Saturday; March 3, 2018 was that Saturday itself, but the
    # story never names 2018
    text = ("OSLO, March 3 (Wire) -- Meta said on Saturday it had removed 40 accounts run from Latvia.\n"
            "It is the company's first such takedown in 2019. In 2017 it removed a bigger one.\n")
    assert document_date(text) == (D(2019, 3, 3), "dateline")


def test_no_weekday_the_story_names_is_five_or_six_days_before_its_day() -> None:
    # June 12 was a Wednesday in 2019 (Tuesday a day back, Wednesday the day itself) and a Tuesday in 2018, whose
    # "on Wednesday" would be six days back; the story names each year once
    text = ("LIMA, June 12 (Wire) -- Twitter said late on Tuesday it had suspended 70 more accounts.\n"
            "The network had first been exposed in 2018 and grew in 2019.\n"
            "The electoral body said on Wednesday it would ask for records.\n")
    assert document_date(text) == (D(2019, 6, 12), "dateline")
    # (where a year it names only looks back, the year after it whose weekdays all fit: August 11, 2022 was the
    # Thursday itself, two days after the Tuesday; August 11, 2021 a Wednesday, with Thursday six days back)
    text = ("OSLO, Aug 11 (Wire) -- A report published on Tuesday said Meta removed 57 Pages.\n"
            "Meta said it had removed a smaller network in 2021.\nMeta shares closed down 1% on Thursday.\n")
    assert document_date(text) == (D(2022, 8, 11), "dateline")


def test_a_file_name_s_full_date_gives_the_year_of_a_dateline_on_that_day() -> None:
    text = ("OSLO, March 3 (Wire) -- Meta said it had removed 40 accounts run from Latvia.\n"
            "It removed a bigger network in 2017.\n")
    assert document_date(text, "wire_2021-03-03_meta_latvia.txt") == (D(2021, 3, 3), "dateline")
    # (a name's date of another day says nothing of the dateline's year)
    assert document_date(text, "wire_2021-03-04_meta_latvia.txt") == (D(2017, 3, 3), "dateline")


def test_a_year_the_story_looks_back_to_is_not_its_own() -> None:
    # June 3 was a Wednesday in 2015, the only year named, but "since 2015" looks back from a later year
    text = ("MEXICO CITY, June 3 (Wire) -- Twitter said on Wednesday it had suspended 80 accounts.\n"
            "The firm behind them has advised campaigns since 2015.\n")
    assert document_date(text) == (None, "unknown")
    text = text.replace("80 accounts.", "80 accounts. Its 2021 report is due.").replace("Wednesday", "Thursday")
    assert document_date(text) == (D(2021, 6, 3), "dateline")


def test_a_period_the_network_spent_money_in_is_over_before_the_story() -> None:
    # (September 21 was a Tuesday in 2021, but the story tells of spending until August 2022)
    text = ("LIMA, Sept. 21 (Wire) -- Meta said on Tuesday it had removed 300 accounts. The operators spent about "
            "$1.4 million on ads between 2020 and August 2022, Meta said.\n")
    assert document_date(text) == (D(2022, 9, 21), "dateline")


def test_a_full_date_within_weeks_of_the_dateline_s_day_gives_its_year_over_years_named_more_often() -> None:
    text = ("VIENNA, March 2 -- Voters go to the polls on March 9, 2025, officials said. A network Meta removed in "
            "2021 was larger; the 2021 network had 800 accounts.\n")
    assert document_date(text) == (D(2025, 3, 2), "dateline")


def test_dateline_without_weekday_takes_the_latest_year_mentioned() -> None:
    text = "SAN FRANCISCO, Aug. 21 (Xinhua) -- Two sites removed pages seen in 2016 and 2018 and 2017.\n"
    assert document_date(text) == (D(2018, 8, 21), "dateline")


def test_dateline_weekday_can_pick_the_year_after_the_latest_mentioned() -> None:
    # Only 2017 is mentioned, but Aug. 21 was a Tuesday in 2018: a story about the year before.
    text = "SAN FRANCISCO, Aug. 21 (Xinhua) -- Two sites announced Tuesday they removed pages seen in 2017.\n"
    assert document_date(text) == (D(2018, 8, 21), "dateline")


def test_a_period_the_story_says_a_report_covered_is_over_by_its_dateline() -> None:
    # Nov. 19 was a Tuesday in 2024 and a Wednesday in 2025: the weekday alone would pick 2024, the year of an older
    # takedown the text mentions, though the report covered months of 2025 (and the story was filed a day later)
    text = ("OSLO, Nov 19 (Wire) - A platform removed 80 accounts, it said in a report published on Tuesday and "
            "covering July to September 2025.\nIn March 2024 it had removed others.\n")
    assert document_date(text) == (D(2025, 11, 19), "dateline")


def test_byline_date_when_there_is_no_dateline() -> None:
    text = "Platform removes pages\nBy Jane Doe | Updated Tue, 21 Aug 2018 10:00 GMT\nThe firm acted on Tuesday.\n"
    assert document_date(text) == (D(2018, 8, 21), "byline")


def test_byline_date_skips_a_photo_caption_date() -> None:
    text = ("Logos on a shop window, June 4, 2018. (Example/AGENCY)\n"
            "Platform removes pages\nBy Jane Doe, Aug. 21, 2018\nThe firm acted.\n")
    assert document_date(text) == (D(2018, 8, 21), "byline")


def test_dateline_with_its_own_year() -> None:
    text = "LONDON, Oct. 3, 2019 (Example Wire) -- The firm announced Monday it removed pages from 2022.\n"
    assert document_date(text) == (D(2019, 10, 3), "dateline")


def test_dateline_without_any_year_in_the_text_is_unknown() -> None:
    assert document_date("SAN FRANCISCO, Aug. 21 (Xinhua) -- Two sites removed pages.\n") == (None, "unknown")


def test_date_and_time_on_its_own_line() -> None:
    text = "Platform removes fake pages\nJan 31, 2019, 3:50 PM ET\nThe firm announced the removal on Thursday.\n"
    assert document_date(text) == (D(2019, 1, 31), "dateline")


@pytest.mark.parametrize(
    "line",
    ["Thursday, Jan. 31, 2019", "Published: Jan. 31, 2019", "January 31, 2019 3:50 p.m. EST", "Published: 2019-01-31"],
)
def test_date_lines_in_other_shapes(line: str) -> None:
    assert document_date(f"Platform removes fake pages\n{line}\nBody text.\n") == (D(2019, 1, 31), "dateline")


def test_upi_dateline_year_from_weekday() -> None:
    # Sept. 1 was a Friday in 2023 and a Sunday in 2024.
    text = "Sept. 1 (UPI) -- The firm said on Friday it removed 40 pages first seen in 2023 and again in 2024.\n"
    assert document_date(text) == (D(2023, 9, 1), "dateline")


def test_agency_dateline_with_ordinal_day() -> None:
    text = "WASHINGTON (UrduPoint News / Sputnik - 02nd December, 2021) The firm said it removed pages.\n"
    assert document_date(text) == (D(2021, 12, 2), "dateline")


def test_day_first_dateline_takes_its_year_from_the_weekday_in_the_text() -> None:
    text = "Headline\n\nNEW DELHI, 3 March (AFP) — Meta said in a report released on Thursday, March 2, 2023 that…\n"
    assert document_date(text) == (D(2023, 3, 3), "dateline")


def test_impossible_dateline_date_is_ignored() -> None:
    assert document_date("Feb. 30 (UPI) -- The firm removed pages in 2020.\n") == (None, "unknown")


def test_dateline_is_looked_for_only_in_the_first_twelve_lines() -> None:
    filler = "".join(f"Filler line {i} here.\n" for i in range(12))
    dateline = "SAN FRANCISCO, Aug. 21 (Xinhua) -- It happened in 2018.\n"
    assert document_date(filler + dateline) == (None, "unknown")
    assert document_date(filler[len("Filler line 0 here.\n"):] + dateline) == (D(2018, 8, 21), "dateline")


def test_dateline_year_followed_by_a_comma_is_still_a_candidate() -> None:
    text = ("SAN FRANCISCO, Aug. 21 (Xinhua) -- Two sites announced Tuesday they removed pages.\n"
            "In 2018, the sites removed others.\n")
    assert document_date(text) == (D(2018, 8, 21), "dateline")


# --------------------------------------------------------------------------- dates_in

ANCHOR = D(2019, 1, 31)  # a Thursday


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The firm acted on Tuesday.", [DateMention(D(2019, 1, 29), "day", "Tuesday", 18)]),
        ("The firm acted on Thursday.", [DateMention(D(2019, 1, 31), "day", "Thursday", 18)]),
        ("The firm acted on Friday.", [DateMention(D(2019, 1, 25), "day", "Friday", 18)]),
        ("On July 31 it removed pages.", [DateMention(D(2018, 7, 31), "day", "July 31", 3)]),
        ("It acted on Jan. 31, 2019, as planned.", [DateMention(D(2019, 1, 31), "day", "Jan. 31, 2019", 12)]),
        ("It acted on 2019-01-31.", [DateMention(D(2019, 1, 31), "day", "2019-01-31", 12)]),
        ("It began in March 2020.", [DateMention(D(2020, 3, 1), "month", "March 2020", 12)]),
        ("It spoke on 21 August 2018.", [DateMention(D(2018, 8, 21), "day", "21 August 2018", 12)]),
        ("It spoke on 3 May about the pages.", [DateMention(D(2018, 5, 3), "day", "3 May", 12)]),
        ("It removed 652 pages.", []),
        # "last October": the latest October before the story; "last January", in January, the year before's
        ("The pages it removed last October were gone.", [DateMention(D(2018, 10, 1), "month", "last October", 21)]),
        ("It removed pages last January.", [DateMention(D(2018, 1, 1), "month", "last January", 17)]),
        ("It removed pages this past December.", [DateMention(D(2018, 12, 1), "month", "this past December", 17)]),
        ("It removed pages in January last year.", [DateMention(D(2018, 1, 1), "month", "in January", 17),
                                                   DateMention(D(2018, 1, 1), "year", "last year", 28)]),
        # a span's last month: "between October and December" ended in the December before the story
        ("It removed pages between October and December.",
         [DateMention(D(2018, 12, 1), "month", "between October and December", 17)]),
    ],
)
def test_dates_in_with_anchor(sentence: str, expected: list[DateMention]) -> None:
    assert dates_in(sentence, ANCHOR) == expected


def test_dates_in_without_anchor_keeps_only_full_dates() -> None:
    sentence = "On Tuesday it said that on July 31 and in March it acted, and on Jan. 31, 2019 and in May 2018."
    assert dates_in(sentence, None) == [
        DateMention(D(2019, 1, 31), "day", "Jan. 31, 2019", 65),
        DateMention(D(2018, 5, 1), "month", "May 2018", 86),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It was removed on Dec. 20.", D(2018, 12, 20)),   # after the anchor: last year
        ("It was removed on Feb. 9.", D(2018, 2, 9)),      # more than a week after the anchor: last year
        ("It was removed on Feb. 5.", D(2019, 2, 5)),      # within a week after the anchor: this year
        ("It was removed on Jan. 20.", D(2019, 1, 20)),    # before the anchor: this year
    ],
)
def test_month_and_day_after_the_anchor_belong_to_the_previous_year(sentence: str, expected: dt.date) -> None:
    [mention] = dates_in(sentence, D(2019, 2, 1))
    assert (mention.date, mention.precision) == (expected, "day")


def test_month_alone_resolves_to_month_precision() -> None:
    assert dates_in("It began in December and grew since January.", D(2019, 2, 1)) == [
        DateMention(D(2018, 12, 1), "month", "in December", 9),
        DateMention(D(2019, 1, 1), "month", "since January", 30),
    ]


def test_several_mentions_in_order_without_overlaps() -> None:
    sentence = ("On Tuesday, Jan. 29, 2019, it said that since March 2018 it had removed 40 pages, "
                "the last on 2018-12-03.")
    assert dates_in(sentence, ANCHOR) == [  # "Tuesday, Jan. 29": the weekday gives way to the date after it
        DateMention(D(2019, 1, 29), "day", "Jan. 29, 2019", 12),
        DateMention(D(2018, 3, 1), "month", "March 2018", 46),
        DateMention(D(2018, 12, 3), "day", "2018-12-03", 94),
    ]


def test_impossible_dates_are_dropped() -> None:
    assert dates_in("It acted on Feb. 30, 2019 and on 2019-02-31.", ANCHOR) == []


def test_number_before_a_word_starting_like_a_month_is_not_a_date() -> None:
    assert dates_in("The network promoted 3 Marxist groups.", ANCHOR) == []


def test_a_weekday_followed_by_its_date_is_that_date_even_after_the_anchor() -> None:
    assert dates_in("The post went up on Friday, June 12.", D(2020, 6, 11)) == [
        DateMention(D(2020, 6, 12), "day", "June 12", 28)]


def test_spans_near_the_story_s_date_keep_their_precision() -> None:
    anchor = dt.date(2021, 6, 10)  # a Thursday
    assert [(m.date.isoformat(), m.precision, m.text) for m in dates_in(
        "Facebook said last week it removed them, and earlier this week Twitter did too.", anchor)] == [
        ("2021-05-31", "week", "last week"), ("2021-06-07", "week", "earlier this week")]
    assert [(m.date.isoformat(), m.precision) for m in dates_in("Earlier this month, Twitter acted.", anchor)] == [
        ("2021-06-01", "month")]


def test_a_week_is_told_as_a_week() -> None:
    assert format_date("2021-05-31", "week") == "the week of May 31, 2021"


def test_a_quarter_a_report_counts_from_is_not_the_period_it_covers() -> None:
    assert reported_period("Covert influence operations", "We have reported on these networks since our enforcement "
                           "report for the third quarter of 2022, and now publish every month.") is None


def test_a_periodic_report_covers_the_quarter_its_title_or_lead_names() -> None:
    assert reported_period("Google's Q2 2022 bulletin", "") == (dt.date(2022, 4, 1), dt.date(2022, 6, 30))
    assert reported_period("A threat report", "OSLO, May 3 -- Meta's report for the fourth quarter of 2022, out "
                                               "on Wednesday, lists six networks.") == (
        dt.date(2022, 10, 1), dt.date(2022, 12, 31))
    assert reported_period("A story", "In the first quarter of 2023 Meta removed 30 accounts.") is None
    assert reported_period("Networks we suspended in H1 2025", "") == (dt.date(2025, 1, 1), dt.date(2025, 6, 30))
    # (a year's review covers that year, once it has begun; "The 2024 election in review" is no year's)
    assert reported_period("Ballots and bots: our 2023 election-integrity year in review", "", dt.date(2024, 1, 15)) \
        == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    assert reported_period("Annual report 2022", "", dt.date(2023, 3, 1)) == (
        dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    assert reported_period("The 2024 election in review", "", dt.date(2024, 12, 1)) is None
    assert reported_period("Gulf Review 2022: campaigns we terminated", "", dt.date(2023, 2, 9)) == (
        dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    assert reported_period("Report for the first three months of 2024", "") == (dt.date(2024, 1, 1),
                                                                                dt.date(2024, 3, 31))
    assert reported_period("Our report on the last three months of 2023", "") == (dt.date(2023, 10, 1),
                                                                                   dt.date(2023, 12, 31))
    assert reported_period("Our second half of 2024 report", "") == (dt.date(2024, 7, 1), dt.date(2024, 12, 31))
    assert reported_period("Covert Influence Operations Report: July-December 2024", "", dt.date(2025, 1, 30)) == (
        dt.date(2024, 7, 1), dt.date(2024, 12, 31))


def test_a_monthly_report_covers_the_month_its_title_names_once_that_month_has_begun() -> None:
    assert reported_period("Covert influence operations, June 2024", "", D(2024, 7, 18)) == (D(2024, 6, 1),
                                                                                           D(2024, 6, 30))
    assert reported_period("Our threat report", "Meta's report for February 2024 lists two networks.",
                           D(2024, 3, 5)) == (D(2024, 2, 1), D(2024, 2, 29))
    # a story from January about "the March 2024 election" covers no March
    assert reported_period("Twitter acts before the March 2024 election", "", D(2024, 1, 9)) is None
    assert reported_period("A story", "In February 2024 Meta removed 30 accounts.", D(2024, 3, 5)) is None
    # a story about a monthly report whose title names the month without its year: the month just gone
    assert reported_period("Facebook took down nine networks in June", "Facebook has published its monthly report "
                           "on CIB.", D(2021, 7, 8)) == (D(2021, 6, 1), D(2021, 6, 30))
    assert reported_period("Facebook took down nine networks in June", "It removed them.", D(2021, 7, 8)) is None


def test_a_year_alone_dates_an_earlier_takedown_when_nothing_more_precise_does() -> None:
    anchor = dt.date(2023, 5, 3)
    assert [(m.date, m.precision) for m in dates_in("In 2019 Facebook took down 396 accounts.", anchor)] == [
        (dt.date(2019, 1, 1), "year")]
    assert dates_in("Facebook took down accounts between 2019 and 2021.", anchor) == []
    assert dates_in("It will report again in 2024.", anchor) == []  # not before the story


def test_a_range_of_days_in_one_month_is_that_month() -> None:
    mentions = dates_in("TikTok said it disrupted 410 accounts between December 1-31, 2024.", dt.date(2025, 4, 2))
    assert [(m.date, m.precision) for m in mentions] == [(dt.date(2024, 12, 1), "month")]


@pytest.mark.parametrize(("sentence", "date", "precision"), [
    ("A month earlier the company had given a smaller figure.", D(2018, 3, 1), "month"),
    ("Two years ago the same group was banned.", D(2016, 1, 1), "year"),
    ("Three weeks before, it had removed a first batch.", D(2018, 3, 19), "week"),  # that week's Monday
    ("It began 10 months ago.", D(2017, 6, 1), "month"),
    # "the takedown came…after": what follows "after" is the older news
    ("The ban came two weeks after Reddit removed 61 accounts.", D(2018, 3, 26), "week"),
    ("It comes a month after Meta dropped 14 Pages.", D(2018, 3, 1), "month"),
])
def test_a_span_counted_back_is_counted_from_the_story_date(sentence: str, date: dt.date, precision: str) -> None:
    assert [(m.date, m.precision) for m in dates_in(sentence, D(2018, 4, 10))] == [(date, precision)]


@pytest.mark.parametrize("sentence", ["Two months before the vote, the pages went quiet.",
                                      "The report came a year earlier than planned.",
                                      "The accounts were removed two weeks after the vote."])
def test_a_span_before_an_event_is_not_counted_from_the_story_date(sentence: str) -> None:
    assert dates_in(sentence, D(2018, 4, 10)) == []


def test_earlier_this_year_is_the_story_year() -> None:
    assert [(m.date, m.precision) for m in dates_in("Earlier this year, X removed 1,200 accounts.", D(2024, 4, 18))] \
        == [(D(2024, 1, 1), "year")]


def test_a_labelled_date_inside_a_line_is_the_documents_date() -> None:
    text = ("Influence Report: Q3 2024\nExample Center. Report date: 2024-10-28.\nThis report covers operations we "
            "disrupted between 1 July and 30 September 2024.\n")
    assert document_date(text) == (dt.date(2024, 10, 28), "dateline")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("We previously reported removing 1,146 accounts in the first quarter of 2024.", [(dt.date(2024, 3, 1), "month")]),
    ("In Q2 2024 we reported disrupting seven networks.", [(dt.date(2024, 6, 1), "month")]),
    # a quarter that opens the sentence is when its removals were made (in the quarter's own report, extraction
    # dates them by the report instead: `extract._resolve_date`)
    ("In the third quarter of 2024, we removed 4,483 accounts.", [(dt.date(2024, 9, 1), "month")]),
    ("Our total for the third quarter of 2024 was 4,483 accounts.", []),  # the report's own quarter: its news
    # (and one that follows the removal: "…removed more than 5,300 accounts for spam during the third quarter")
    ("Reddit said it removed 5,300 accounts for spam during the third quarter of 2024.", [(dt.date(2024, 9, 1),
                                                                                           "month")]),
    # (a quarter without its year: the last one of that name before the story)
    ("Reddit said it removed 5,300 accounts for spam during the third quarter.", [(dt.date(2024, 9, 1), "month")]),
    ("In the fourth quarter we removed 20 accounts.", [(dt.date(2023, 12, 1), "month")]),
    ("Our total for the third quarter was 4,483 accounts.", []),
])
def test_an_earlier_quarter_is_dated_by_its_last_month(sentence: str, expected: list) -> None:
    assert [(m.date, m.precision) for m in dates_in(sentence, dt.date(2024, 10, 28))] == expected


def test_a_date_written_with_full_stops_is_day_first() -> None:
    sentence = "The agency said the accounts were removed on 03.04.2024 and the channels on 1.5.2024 (app 2.1.2024b)."
    assert [(m.date, m.precision, m.text) for m in dates_in(sentence, dt.date(2024, 6, 1))] == [
        (dt.date(2024, 4, 3), "day", "03.04.2024"), (dt.date(2024, 5, 1), "day", "1.5.2024")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("On the 14th, Meta removed 97 accounts.", [(dt.date(2023, 11, 14), "day")]),  # in a story of the 16th
    ("It acted on the 28th.", [(dt.date(2023, 10, 28), "day")]),  # a day past the story's: the month before
    ("In October - the report came out on the 27th - it acted.", [(dt.date(2023, 10, 1), "month"),
                                                                   (dt.date(2023, 10, 27), "day")]),
    ("It acted on the 3rd of March 2023.", [(dt.date(2023, 3, 3), "day")]),
    ("on the 14th century", []), ("12 of March's accounts", []),
])
def test_british_days_of_the_month(sentence: str, expected: list) -> None:
    assert sorted((m.date, m.precision) for m in dates_in(sentence, dt.date(2023, 11, 16))) == sorted(expected)


def test_an_earlier_half_year_is_dated_by_its_last_month() -> None:
    mentions = dates_in("In the first half of 2021 our systems suspended more than 4,500 accounts.",
                        dt.date(2021, 10, 14))
    assert [(m.text, m.date, m.precision) for m in mentions] == [("first half of 2021", dt.date(2021, 6, 1), "month")]


@pytest.mark.parametrize(("sentence", "anchor", "year"), [
    ("Earlier this summer, Google said it had terminated dozens of channels.", dt.date(2024, 8, 16), 2024),
    ("Last summer, X removed 50 accounts.", dt.date(2024, 8, 16), 2023),
    ("Last summer, X removed 50 accounts.", dt.date(2024, 10, 16), 2024),
    ("Last winter, X removed 50 accounts.", dt.date(2024, 6, 10), 2024),
])
def test_a_season_is_told_by_its_year_alone(sentence: str, anchor: dt.date, year: int) -> None:
    assert [(m.date, m.precision) for m in dates_in(sentence, anchor)] == [(dt.date(year, 1, 1), "year")]


@pytest.mark.parametrize(("sentence", "year"), [
    ("In late 2020 we removed a network of 88 accounts.", 2020),
    ("In mid-2019 Twitter suspended 12 accounts.", 2019),
    ("In the early months of 2021 Meta removed 40 accounts.", 2021),
])
def test_a_part_of_an_earlier_year_is_told_by_its_year_alone(sentence: str, year: int) -> None:
    anchor = dt.date(2023, 2, 23)
    assert [(m.date, m.precision) for m in dates_in(sentence, anchor)] == [(dt.date(year, 1, 1), "year")]


def test_a_transcript_s_date_line_in_capitals_under_its_cover_lines_dates_it() -> None:
    cover = "\n".join(["HEARING", "BEFORE THE", "SUBCOMMITTEE", "OF THE", "COMMITTEE", "HOUSE", "", "CONGRESS",
                       "SESSION", "", "", "", "", "WEDNESDAY, SEPTEMBER 26, 2018", "", "The subcommittee met."])
    assert document_date(cover) == (dt.date(2018, 9, 26), "dateline")


def test_a_dateline_s_year_may_be_the_one_before_an_election_the_story_looks_ahead_to() -> None:
    story = ("MANILA, Oct. 4 (Wire) -- Meta said on Friday it had removed 146 accounts.\n\nThe takedown comes seven "
             "months before the May 2025 midterm elections. In March 2022 Meta removed an earlier network.\n")
    assert document_date(story) == (dt.date(2024, 10, 4), "dateline")


@pytest.mark.parametrize(("sentence", "day"), [
    ("Meta said last Thursday that it had removed the network.", "2023-08-31"),  # (a Thursday's story: a week back)
    ("Meta said on Thursday that it had removed the network.", "2023-09-07"),  # (that day)
    ("Meta said last Tuesday that it had removed the network.", "2023-09-05"),
])
def test_last_and_the_weekday_of_the_story_itself_is_a_week_before(sentence: str, day: str) -> None:
    assert [m.date.isoformat() for m in dates_in(sentence, dt.date(2023, 9, 7))] == [day]


def test_the_file_name_s_year_dates_a_yearless_dateline_where_the_text_names_no_year() -> None:
    story = "LA PAZ, Nov. 3 (Wire) -- Officials on Wednesday disputed the figure Twitter gave on Monday.\n"
    assert document_date(story) == (None, "unknown")
    assert document_date(story, "rebuttal_2021.txt") == (D(2021, 11, 3), "dateline")
    # (a year the text names still wins over the file's)
    plain = "LA PAZ, Nov. 3 (Wire) -- Officials disputed the figure Twitter gave. Their second dispute of 2019.\n"
    assert document_date(plain, "rebuttal_2021.txt") == (D(2019, 11, 3), "dateline")


def test_a_text_without_any_date_takes_the_full_date_its_file_name_writes() -> None:
    story = "Twitter suspends accounts\n\nTwitter said it had suspended 120 accounts.\n"
    assert document_date(story, "archive/2019-01-31_twitter.txt") == (D(2019, 1, 31), "file name")
    assert document_date(story, "archive/twitter_2019.txt") == (None, "unknown")


def test_a_title_s_or_lead_s_quarter_without_a_year_is_the_one_just_gone() -> None:
    title = "The scorecard: what the platforms' Q1 reports really show"
    assert reported_period(title, "", dt.date(2024, 5, 16)) == (dt.date(2024, 1, 1), dt.date(2024, 3, 31))
    # (the fourth quarter, in a story of February: last year's)
    assert reported_period("Reading the fourth-quarter reports", "", dt.date(2025, 2, 3)) == (
        dt.date(2024, 10, 1), dt.date(2024, 12, 31))
    assert reported_period("Q1 reports", "", None) is None  # (no date to read it against)
    assert reported_period("Q1 was busy for Meta", "", dt.date(2024, 5, 16)) is None  # (no report named)
    # (or a lead's: "…according to its threat report for the third quarter, published on Thursday")
    lead = "Meta took down two networks, according to its threat report for the third quarter, published on Thursday."
    assert reported_period("Meta removes two networks", lead, dt.date(2024, 11, 21)) == (
        dt.date(2024, 7, 1), dt.date(2024, 9, 30))
    assert reported_period("Meta removes two networks", "Meta removed two networks in the third quarter.",
                           dt.date(2024, 11, 21)) is None  # (no report named beside it)
    # (and under a title about "Meta report…" that names no quarter, the lead's)
    lead = "Meta said on Wednesday it removed a network. In its threat report for the first quarter, it listed six."
    assert reported_period("Meta report names ministry unit", lead, dt.date(2023, 5, 3)) == (
        dt.date(2023, 1, 1), dt.date(2023, 3, 31))


def test_a_dateline_with_an_iso_date_dates_the_story() -> None:
    story = "WIRE (English service)\n\nJAKARTA, 2026-02-18 (Wire) -- TikTok said on Tuesday it removed 318 accounts.\n"
    assert document_date(story) == (D(2026, 2, 18), "dateline")


def test_a_year_first_date_with_slashes_dates_the_story_and_a_sentence_but_not_a_web_address() -> None:
    story = "The Harbour Post\nDate: 2021/04/06\n\nTikTok said on Monday it removed 318 accounts.\n"
    assert document_date(story) == (D(2021, 4, 6), "dateline")
    assert [(m.date.isoformat(), m.precision) for m in dates_in(
        "Twitter, which on 2021/03/29 disclosed 1,204 accounts, said so.", D(2021, 4, 6))] == [("2021-03-29", "day")]
    assert dates_in("See https://example.org/2021/03/29/story for more.", D(2021, 4, 6)) == []


def test_a_weekday_of_last_week_is_in_the_week_before_the_story_s() -> None:
    assert [m.date.isoformat() for m in dates_in("Meta announced on Wednesday of last week that it removed them.",
                                                  dt.date(2022, 5, 12)) if m.precision == "day"] == ["2022-05-04"]


def test_an_encyclopedia_page_is_dated_by_its_last_edit() -> None:
    text = "# Amber Kite\n\n" + "The network targeted Chile.\n\n" * 10 + \
        "*This page was last edited on 21 January 2025, at 09:14 (UTC).*\n"
    assert document_date(text) == (dt.date(2025, 1, 21), "closing line")


@pytest.mark.parametrize(("sentence", "month"), [
    ("In its February report the company said it had removed 1,377 accounts.", dt.date(2024, 2, 1)),
    ("TikTok's May report listed 884 accounts.", dt.date(2024, 5, 1)),
])
def test_a_platform_s_monthly_report_dates_its_removals_by_its_month(sentence: str, month: dt.date) -> None:
    assert [(m.date, m.precision) for m in dates_in(sentence, dt.date(2024, 6, 18))] == [(month, "month")]


def test_a_story_s_first_sentence_is_no_byline_where_its_closing_line_dates_it() -> None:
    text = ("Monthly brief\n\nOn 7 March 2024 Reddit banned 118 accounts and 9 subreddits belonging to a network known "
            "as Morning Bell, which posted in Hungarian and targeted Hungarian-speaking communities in Slovakia.\n\n"
            "Published 4 April 2024.\n")
    assert document_date(text) == (dt.date(2024, 4, 4), "byline")


def test_a_title_spanning_two_months_covers_the_whole_span() -> None:
    assert reported_period("Africa takedown tracker, January 2022 to June 2023", "", dt.date(2023, 7, 5)) == (
        dt.date(2022, 1, 1), dt.date(2023, 6, 30))
    assert reported_period("Takedowns, March 2024 – May 2024", "", dt.date(2024, 6, 5)) == (
        dt.date(2024, 3, 1), dt.date(2024, 5, 31))


@pytest.mark.parametrize(("sentence", "quarter"), [
    ("Google said in its bulletin for the third quarter of 2022 that it terminated 10 channels.",
     ("2022-07-01", "2022-09-30")),
    ("According to Meta's Q1 2024 Adversarial Threat Report, it removed 5 accounts.", ("2024-01-01", "2024-03-31")),
    ("In the first quarter of 2024 we removed 5 accounts.", None),  # when, not which report
    ("In its December 2024 update, TikTok listed a network of 417 accounts.", ("2024-12-01", "2024-12-31")),
    ("In December 2024, TikTok listed a network of 417 accounts.", None),
])
def test_the_period_of_the_report_a_sentence_tells_its_figures_from(sentence: str, quarter: tuple | None) -> None:
    found = report_period_in(sentence)
    assert (tuple(day.isoformat() for day in found) if found else None) == quarter


@pytest.mark.parametrize(("title", "lead"), [
    ("Facebook's April report: two networks removed", "Facebook on Thursday published its findings."),
    ("Facebook removes two networks", "Facebook on Thursday published its monthly report on coordinated inauthentic "
                                      "behavior for April, detailing two networks."),
])
def test_a_monthly_report_named_by_its_month_alone_covers_the_month_just_gone(title: str, lead: str) -> None:
    assert reported_period(title, lead, dt.date(2021, 5, 20)) == (dt.date(2021, 4, 1), dt.date(2021, 4, 30))
    assert reported_period(title, lead, dt.date(2021, 9, 20)) is None  # (an April long gone: no report of it)


@pytest.mark.parametrize(("sentence", "month"), [
    ("On Wednesday, Google said it had terminated 1,340 YouTube channels in June as part of an inquiry.", "2020-06"),
    ("Facebook said on Tuesday it removed 50 accounts in the network, which was created in March.", None),
    ("Facebook said on Tuesday it removed 50 accounts created in March.", None),  # (when they began)
    ("Facebook said on Tuesday it removed 50 accounts in August.", None),  # (the month it was told in)
])
def test_the_earlier_month_a_removal_told_on_a_day_was_made_in(sentence: str, month: str | None) -> None:
    found = removal_month(sentence, dt.date(2020, 8, 5))
    assert (found[0].isoformat()[:7] if found else None) == month
    assert found is None or found[1] == dt.date(2020, 6, 30)


def test_a_story_titled_as_a_quarterly_report_covers_the_quarter_its_lead_names() -> None:
    title = "Meta takes down 530 accounts tied to a marketing firm in quarterly threat report"
    lead = "Meta said Wednesday that it had removed four networks in the first quarter of 2023, the largest in Peru."
    assert reported_period(title, lead, dt.date(2023, 5, 3)) == (dt.date(2023, 1, 1), dt.date(2023, 3, 31))
    assert reported_period("Meta takes down 530 accounts", lead, dt.date(2023, 5, 3)) is None


def test_a_removal_told_in_january_to_have_been_made_in_december_was_made_the_year_before() -> None:
    assert removal_month("Google said it had terminated 412 channels in December.", dt.date(2021, 1, 20)) == (
        dt.date(2020, 12, 1), dt.date(2020, 12, 31))


def test_removals_told_over_a_span_of_months_or_a_quarter_cover_it() -> None:
    assert removal_month("Meta said on Monday that it disabled 2.1 billion fake accounts between January and March.",
                         D(2021, 5, 17)) == (D(2021, 1, 1), D(2021, 3, 31))
    assert removal_month("X said it suspended 4.2 million accounts between October and December.", D(2024, 2, 3)) == (
        D(2023, 10, 1), D(2023, 12, 31))
    assert removal_month("The report showed that in the third quarter of 2022 we removed 19.5 million fake accounts.",
                         D(2022, 11, 30)) == (D(2022, 7, 1), D(2022, 9, 30))
    # (a span with its year is dated by that year already; a quarter still to come is no removal's)
    assert removal_month("TikTok said it removed 50 accounts between March and May 2020.", D(2024, 3, 28)) is None
    assert removal_month("In the fourth quarter of 2024 we removed 12 accounts.", D(2024, 11, 2)) is None


def test_a_lead_naming_the_half_year_a_transparency_report_covers_dates_the_document() -> None:
    assert reported_period("Twitter publishes spam figures", "SEATTLE, Oct. 4 -- Twitter on Thursday released its "
                           "transparency report for the first half of 2020, saying…", D(2020, 10, 4)) == (
        D(2020, 1, 1), D(2020, 6, 30))
    assert reported_period("X's report", "X on Monday published its transparency report, covering the second six "
                           "months of 2023.", D(2024, 3, 4)) == (D(2023, 7, 1), D(2023, 12, 31))
    assert reported_period("A story", "In the first half of 2020 the company removed 30 accounts.") is None
    # (a digest's "Snap's transparency report for the second half of 2022 says…" tells of it; it is not the report)
    assert reported_period("Weekly digest", "Snap's transparency report for the second half of 2022 says the company "
                           "removed 37 accounts.", D(2023, 1, 20)) is None


def test_a_dateline_without_a_year_takes_the_year_of_a_full_date_near_it_where_its_weekday_fits_a_day_or_two_late(
        ) -> None:
    # (September 22 was a Tuesday in 2020, but the story names September 20, 2022, a Tuesday two days before)
    text = ("Meta acts against a party's network\n\nISLAMABAD, Sept 22 (Indus Wire): Meta said on Tuesday it had "
            "removed a network of fake accounts.\n\nIn December 2020, Facebook took down another network. In 2020 it "
            "said more. Meta's report was dated September 20, 2022.\n")
    assert document_date(text) == (D(2022, 9, 22), "dateline")


@pytest.mark.parametrize(("first", "last", "words"), [
    ("2024-03-01", "2024-03-31", "March 2024"), ("2024-01-01", "2024-03-31", "the first quarter of 2024"),
    ("2023-10-01", "2023-12-31", "the fourth quarter of 2023"), ("2023-01-01", "2023-12-31", "2023"),
    ("2024-03-01", "2024-05-15", "March 1, 2024 to May 15, 2024")])
def test_a_report_s_period_in_words(first: str, last: str, words: str) -> None:
    assert period_words(first, last) == words


def test_a_year_s_removals_told_early_in_the_next_year_are_of_that_year() -> None:
    assert removal_month("Douyin said on Monday it had banned 86,500 accounts in 2023 for water army posting.",
                         dt.date(2024, 1, 22)) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    # (not a year long past, nor one told late in the next year, nor a span of years)
    assert removal_month("It said it had banned 86,500 accounts in 2021.", dt.date(2024, 1, 22)) is None
    assert removal_month("It said it had banned 86,500 accounts in 2023.", dt.date(2024, 9, 2)) is None
    assert removal_month("It said it had banned 86,500 accounts in 2023-2024.", dt.date(2024, 1, 22)) is None
