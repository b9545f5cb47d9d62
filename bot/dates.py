"""Calendar dates from the way news copy writes them.

Pure functions: a document's own date comes from its front matter or dateline, and every date a
sentence mentions ("Tuesday", "July 31", "on Aug. 6", "Jan 31, 2019") is resolved against it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from bot.numbers import SMALL_NUMBERS
from bot.vocabulary import MONTH_NUMBER, WEEKDAYS

# a month's name, written out or cut short, for patterns of other modules too ("Feb. 14", "September")
MONTH_WORD = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
              r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_MONTH = rf"(?P<month>{MONTH_WORD})"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

# "Aug. 21", "August 21, 2018", "Jan 31 2019"
MONTH_DAY = re.compile(rf"\b{_MONTH}\.?\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?")
# "21 August 2018", "02nd December, 2021"
# ("the 3rd of March": "of" only after an ordinal, not "12 of March's accounts")
DAY_MONTH = re.compile(rf"\b(?P<day>[0-3]?\d)(?:(?:st|nd|rd|th)(?:\s+of)?)?\s+{_MONTH}\b\.?,?(?:\s+{_YEAR}\b)?")
# (and year first with slashes, as East Asian outlets write it: "2019/09/13"; never a web address's "/2019/09/13/")
ISO_DATE = re.compile(r"(?<![\w/])(?P<year>(?:19|20)\d\d)(?P<separator>[-/])(?P<month>[01]\d)(?P=separator)"
                      r"(?P<day>[0-3]\d)\b(?!/)")
# "on 29.02.2024": day, month and year with full stops, as much of Europe writes them (day first, always)
DIGIT_DOT_DIGIT = re.compile(r"\d\.\d")
DOTTED_DATE = re.compile(r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d)(?!\w|\.\d)")
MONTH_YEAR = re.compile(rf"\b{_MONTH}\.?,?\s+{_YEAR}\b")
# "the platform's 2020 removal of 274 accounts": the year of an earlier takedown, told as its adjective
# (and "In our 2018 transparency post we listed 871 accounts": the year of the report that told it)
YEAR_OF_REMOVAL = re.compile(rf"(?:\b[Ii]ts|\b[Tt]heir|\b[Oo]ur|['’]s|\b[Tt]he)\s+{_YEAR}\s+(?:removal|takedown|purge|"
                             r"crackdown|suspension|ban|sweep|(?:[a-z-]+\s+)?(?:report|post|update|disclosure|bulletin))"
                             r"s?\b")
DAY_RANGE = re.compile(rf"\b{_MONTH}\.?\s+[0-3]?\d\s*[-–]\s*{_DAY},?\s+{_YEAR}\b")
# (and "in all of 2023", "throughout 2023")
IN_YEAR = re.compile(r"\b(?:[Ii]n|[Dd]uring|[Tt]hroughout)\s+(?:the\s+(?:whole|course|entirety)\s+of\s+|all\s+of\s+)?"
                     # ("In late 2020 we removed…": a part of the year, told by its year alone, as a season is)
                     r"(?:(?:early|late|mid)[\s-]|the\s+(?:early|late)\s+(?:part|months)\s+of\s+)?"
                     rf"{_YEAR}\b(?![-–]|\s*(?:and|to|through)\s+\d)")
# "Its tally for 2022 also included 53,177 channels": the year a count is of
TALLY_FOR_YEAR = re.compile(rf"\b(?:tally|tallies|total|totals|count|figures?|numbers)\s+for\s+{_YEAR}\b(?![-–])", re.I)
# "During the 2020 campaign, TikTok said it removed 260 accounts": a sentence that opens on an earlier event's year
LEADING_EVENT_YEAR = re.compile(rf"^\W*(?:[Dd]uring|[Ii]n|[Tt]hroughout)\s+the\s+{_YEAR}\s+(?:[\w-]+\s+){{0,2}}?"
                                r"(?:campaign|elections?|vote|race|cycle|midterms|referendum|season)\b")
YEAR = re.compile(r"(?<![\d,.$])\b(?:19[9]\d|20[0-3]\d)\b(?!\d|,\d)")
# "In February", "since March": a month of the document's year (or the year before)
# and "last October", "this past March": the latest one before the document's month
MONTH_ALONE = re.compile(rf"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?|"
                         rf"(?P<last>[Ll]ast|[Tt]his\s+past))\s+{_MONTH}\b(?!\.?\s*\d)")
# "in its February report", "TikTok's May update": the month a platform's monthly report covers
# (and "Meta's May takedown of Copper Kettle", "the September sweep", "Twitter's October release of data on 770
# accounts": the month of the removal itself)
MONTH_REPORT = re.compile(rf"\b(?:its|their|the|[A-Z][\w-]*['’]s)\s+{_MONTH}\s+(?:monthly\s+|covert\s+influence\s+)?"
                          rf"(?:report|update|bulletin|table|disclosure|roundup|takedowns?|sweep|purge|crackdown|"
                          rf"removals?|suspensions?|enforcement|release|announcement)\b")
# "terminated 1,847 channels between April and June": the span's last month dates it
_LAST_MONTH = _MONTH.replace("?P<month>", "?P<last>")  # the second month of a span
MONTH_SPAN = re.compile(rf"\b(?:[Bb]etween|[Ff]rom)\s+{_MONTH}\.?\s+(?:and|to|through|until|-|–)\s+"
                        rf"(?:the\s+end\s+of\s+)?{_LAST_MONTH}\b(?!\.?\s*\d)")
# a title's span of months: "July-December 2024", "January to June 2025"
TITLED_SPAN = re.compile(rf"\b{_MONTH}\.?\s*(?:-|–|to|through)\s*{_LAST_MONTH}\.?,?\s+(?P<year>(?:19|20)\d\d)\b")
YEAR_AFTER_MONTH = re.compile(r"\s+(?:of\s+)?(?P<which>last|this|the\s+previous|the\s+prior)\s+year\b", re.I)
RELATIVE = re.compile(r"\blast\s+(year|month)\b", re.I)  # "late last year": a back-reference, dated by its year
# "last week", "earlier this week", "this month": the news of a span near the story's date, told without a day
NEAR_SPAN = re.compile(r"\b(?:(?P<last>last)|(?:earlier\s+)?this)\s+(?P<span>week|month|year)\b", re.I)
# "a month earlier", "two years ago": counted back from the story's date
# and "The takedown came three weeks after X suspended…": what follows "after" is that much older than the news
AGO = re.compile(r"(?P<came>\b(?:came|comes|follows|followed)\s+(?:just\s+|only\s+|about\s+|some\s+)?)?"
                 r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<span>week|month|year)s?"
                 r"\s+(?:earlier|ago|before(?=\s*(?:[,.;)]|$))|(?(came)after\b|(?!)))(?!\s+than\b)",
                 re.I)  # not "two months before the vote", nor "two weeks after the vote"
YESTERDAY = re.compile(r"\byesterday\b", re.I)
MONTH_START = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")  # what every `_MONTH` begins with
DIGIT = re.compile(r"\d")
WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
LAST_JUST_BEFORE = re.compile(r"\b[Ll]ast\s+$")
OF_LAST_WEEK = re.compile(r"\s+(?:of\s+)?last\s+week\b", re.I)
AHEAD_TO = re.compile(r"\b(?:moved|postponed|delayed|pushed\s+back|put\s+off|rescheduled|until|till|by|before|next)\s+"
                      r"(?:to\s+)?(?:this\s+|next\s+|coming\s+)?$", re.I)

# A photo caption's date is the photo's, not the story's
CAPTION = re.compile(r"^\s*(?:PHOTO|Photo|Image)\s*:|\((?:[A-Z][\w.]*/)+[\w. ]+\)\s*$|/Reuters(?:, FILE)?\s*$")
# A dateline: "SAN FRANCISCO, Aug. 21 (Xinhua) --", "Sept. 1 (UPI) --", or a line that is only a date and time.
DATELINE = re.compile(
    rf"^[^\n]{{0,60}}?\b{_MONTH}\.?\s+{_DAY}(?:,?\s+{_YEAR})?\s*(?:\([^)\n]{{1,40}}\))?\s*(?:--|—|–|-|:)\s",
    re.M,
)
# "NEW DELHI, 3 March (AFP) —": the day first, as AFP and many non-US outlets write it
DAY_FIRST_DATELINE = re.compile(
    rf"^[A-Z][A-Z .'-]{{1,40}},\s+{_DAY}\s+{_MONTH}\.?(?:,?\s+{_YEAR})?\s*(?:\([^)\n]{{1,40}}\))?\s*(?:--|—|–|-|:)\s",
    re.M,
)
# a place and a full date, day first, alone on a line: "Manila, 28 April 2025 —", "Brussels, 4 March 2025:"
PLACE_DATE_LINE = re.compile(
    rf"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}},\s+{_DAY}\s+{_MONTH}\.?,?\s+{_YEAR}\s*(?:--|—|–|-|:)?\s*$", re.M)
DATE_ONLY_LINE = re.compile(
    rf"^\s*(?:(?:Published|Updated|Posted)[:\s]+)?(?:\w+day,?\s+)?{_MONTH}\.?\s+{_DAY},?\s+{_YEAR}"
    # ("…, 3:50 PM ET", "… 10:41 AM GMT+1", "… 09:15 UTC+05:30": the time and its zone)
    r"(?:,?\s+\d{1,2}:\d\d\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+(?:(?:GMT|UTC)\s?[+−-]\s?\d{1,2}(?::?\d\d)?|[A-Z]{2,4}))?)?\s*$",
    re.M,
)
# "on the 14th," (British usage): a day of the month the story is in; not "the 14th century", "the 5th round"
ORDINAL_DAY_ALONE = re.compile(r"\b[Oo]n\s+the\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[A-Za-z])")
# ("Wednesday, 5 February 2025", a transcript's or a notice's date, day first)
DAY_FIRST_DATE_ONLY_LINE = re.compile(
    rf"^\s*(?:(?:Published|Updated|Posted)[:\s]+)?(?:\w+day,?\s+)?{_DAY}\s+{_MONTH}\.?,?\s+{_YEAR}\s*$", re.M)
# a line that is only a date, perhaps with a time: "Published Thu 6 Aug 2020", "Updated: March 3, 2021, 4:10 PM ET"
DATE_LINE = re.compile(
    rf"\W*(?:(?:Published|Updated|Posted|Date)\W+)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
    rf"(?:{_DAY}\s+{_MONTH}\.?,?\s+{_YEAR}|(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)|"
    rf"(?P<month_first>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+"
    r"(?:19|20)\d\d)(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?\W*", re.I)
# "Reporting period: January 1 – March 31, 2024 · Published April 25, 2024": the date the line says it was published
PUBLISHED_IN_LINE = re.compile(rf"\b(?:Published|Posted|Released|Issued)\W+(?:on\s+)?(?:\w+day,?\s+)?{_MONTH}\.?\s+"
                               rf"{_DAY},?\s+{_YEAR}\b")
# "TikTok Transparency Center. Report date: 2024-10-28.": a labelled date inside a line
LABELLED_ISO = re.compile(r"\b(?:Published|Updated|Posted|Released|(?:Report|Release|Publication)\s+date|"
                          r"Date\s+of\s+(?:issue|publication|release)|Issued(?:\s+on)?)"
                          r"(?:\s+on)?\s*:?\s*(?P<year>(?:19|20)\d\d)(?:-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"
                          # (and year first with dots, as Korean notices write it: "Date of issue: 2024. 3. 29.")
                          r"|\.\s?(?P<dmonth>[01]?\d)\.\s?(?P<dday>[0-3]?\d)\.?(?!\d))", re.I)
NUMERIC_DATE = re.compile(r"(?<![\d/.])(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)[/.](?P<year>(?:19|20)\d\d)(?![\d/.])")
AGENCY_DATELINE = re.compile(rf"\(\s*[^()\n]{{2,40}}?\s+-\s+{_DAY}\s+{_MONTH},?\s+{_YEAR}\s*\)")
ISO_LINE = re.compile(
    r"^\s*(?:(?:Published|Updated|Posted|Date)[:\s]+)?(?P<year>(?:19|20)\d\d)(?P<separator>[-/])(?P<month>[01]\d)"
    r"(?P=separator)(?P<day>[0-3]\d)\b(?!/)"
    # (and a dateline's: "JAKARTA, 2026-02-18 (Nusantara Newswire) -- TikTok said…")
    r"|^[A-Z][A-Z .'-]+,\s+(?P<dyear>(?:19|20)\d\d)-(?P<dmonth>[01]\d)-(?P<dday>[0-3]\d)\b", re.M
)


@dataclass(frozen=True)
class DateMention:
    """A date a sentence mentions, resolved: `precision` is 'day', 'month' or 'year'."""

    date: dt.date
    precision: str
    text: str
    start: int


# (also "the first three months of 2024", "the last three months of 2023": a quarter in other words)
QUARTER = re.compile(r"\b(?:q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th|last|final)[\s-]+"
                     r"(?:quarter|three\s+months))(?:\s+of)?,?\s+((?:19|20)\d\d)\b", re.I)
SEASON = re.compile(r"\b(?:(?:earlier|later)\s+)?(?P<which>this|last)\s+(?P<season>summer|spring|autumn|fall|winter)\b",
                    re.I)
SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
# "In the first half of 2023 we removed…", a witness's words: the period that opens the sentence is the removal's
PERIOD_OPENS = re.compile(r"^\W*(?:[A-Z][\w.'’ -]{0,40}:\s+)?(?:In|During)\s+(?:the\s+)?$"
                          # (or follows the removal: "…it had terminated 2,315 channels in the first quarter of 2025")
                          r"|\b(?:removed|terminated|suspended|banned|disrupted|deleted|took\s+down)\s+[^.;]{0,80}?\b"
                          r"(?:in|during)\s+(?:the\s+)?$", re.I)
# what follows a period that names a periodic report's span: "Q1 2024 report", "April 2020 CIB report"
PERIOD_AFTER = re.compile(r"\s+(?:[A-Z]{2,5}\s+|coordinated\s+inauthentic\s+behaviou?r\s+|(?:adversarial|threat|"
                          r"transparency|quarterly)\s+){0,2}(?:report|bulletin|update)\b", re.I)
REPORT_FOR_BEFORE = re.compile(r"\breport\s+(?:for|covering)\s+(?:the\s+)?$", re.I)
REPORT_FOR_PERIOD = re.compile(r"\b(?:report|bulletin|update|disclosure)\s+(?:for|covering)\s+(?:the\s+)?$", re.I)
# "the 402 accounts we banned in our Q1 report": a report of an earlier quarter named without its year
QUARTER_REPORT = re.compile(r"\b(?:our|its|their|the|last)\s+(?:q([1-4])|(first|second|third|fourth)[\s-]+quarter)\s+"
                            r"(?:report|update|bulletin|disclosure)\b", re.I)
# "during the third quarter": a quarter named without its year (not "the third quarter of 2024")
YEARLESS_QUARTER_OF = re.compile(r"\bthe\s+(first|second|third|fourth)[\s-]+quarter\b"
                                 r"(?!\s+of\s+(?:19|20)\d\d|,?\s+(?:19|20)\d\d)", re.I)
# a year's review in a title: "Ballots and bots: our 2023 election-integrity year in review", "Annual report 2022",
# "Our 2023 takedown timeline"
YEAR_IN_REVIEW = re.compile(r"\b(?P<year>(?:19|20)\d\d)\b[^:|]{0,40}?\b(?:year\s+in\s+review|annual\s+(?:report|"
                            r"review)|year[- ]end\s+review|review\s+of\s+the\s+year|(?:takedowns?\s+)?timeline)\b"
                            # ("TAG Asia-Pacific Review 2022: …")
                            r"|\b(?:year\s+in\s+review|annual\s+(?:report|review)|[Rr]eview)\b\W{0,3}(?:for\s+|of\s+)?"
                            r"(?P<later>(?:19|20)\d\d)\b(?!\s*[-–]\s*\d)"
                            # ("Our 2023 Adversarial Threat Report: the year in review")
                            r"|\b(?P<report>(?:19|20)\d\d)\s+(?:[\w-]+\s+){0,4}?report\b[^|]{0,20}?\byear\s+in\s+review\b",
                            re.I)
YEAR_REPORT_LINE = re.compile(r"^[^\S\n]*(?:[A-Z][\w&-]*[^\S\n]+){0,5}(?:REPORT|Report|REVIEW|Review)[^\S\n]+"
                              r"(?P<year>(?:19|20)\d\d)[^\S\n]*$", re.M)
HALF_YEAR = re.compile(r"\b(?:h([12])|(first|second)\s+(?:half|six\s+months))(?:\s+of)?,?\s+((?:19|20)\d\d)\b", re.I)
MONTH_IN_TITLE = re.compile(rf"\b(?:[Ii]n|[Dd]uring|[Ff]or)\s+{_MONTH}\b(?!\.?\s*\d)")
MONTHLY_REPORT = re.compile(r"\bmonthly\s+(?:\w+\s+){0,4}?(?:report|bulletin|update|roundup)\b", re.I)
QUARTERLY_REPORT = re.compile(r"\bquarterly\s+(?:[\w-]+\s+){0,2}(?:report|bulletin|update)\b", re.I)
# "…on Wednesday released its transparency report for the first half of 2019", "…published its first global
# transparency report…, covering the first six months of 2024"
REPORT_RELEASED = re.compile(r"\b(?:released|published|issued|put\s+out)\s+(?:its|their|the)\s+[^.;]{0,60}?"
                             r"\b(?:report|bulletin|update)\b[^.;]{0,60}$", re.I)
REPORT_WORD = re.compile(r"\b(?:report|bulletin|update|disclosure|round-?up)s?\b", re.I)


def names_a_quarter(text: str) -> bool:
    """Whether a date mention's text is a quarter: "the third quarter of 2024", "Q1 2023", or "the third quarter"
    alone."""
    return bool(QUARTER.match(text) or YEARLESS_QUARTER_OF.match(text))


def report_period_in(sentence: str, told: dt.date | None = None) -> tuple[dt.date, dt.date] | None:
    """The quarter or month of a periodic report a sentence tells its figures from ("Meta's Q2 2022 report", "…said
    in its bulletin for the third quarter of 2022 that…", "In its December 2024 update, TikTok listed…"): what a
    question about that period asks for, whenever the sentence is dated.  Told on a known day (`told`), a report of
    a quarter without its year is the last such quarter to end before it ("Meta's quarterly report for the third
    quarter, published on 22 November")."""
    if "uarter" in sentence or "Q" in sentence:
        for match in QUARTER.finditer(sentence):
            if PERIOD_AFTER.match(sentence, match.end()) or REPORT_FOR_PERIOD.search(
                    sentence, max(0, match.start() - 30), match.start()):
                return quarter_span(match)
        for match in YEARLESS_QUARTER_OF.finditer(sentence) if told else ():
            if PERIOD_AFTER.match(sentence, match.end()) or REPORT_FOR_PERIOD.search(
                    sentence, max(0, match.start() - 30), match.start()):
                number = _quarter_number(None, match[1])
                first, last = _quarter_days(told.year, number)
                return (first, last) if last < told else _quarter_days(told.year - 1, number)
    for match in MONTH_YEAR.finditer(sentence):
        if PERIOD_AFTER.match(sentence, match.end()) or REPORT_FOR_PERIOD.search(
                sentence, max(0, match.start() - 30), match.start()):
            return _month_days(int(match["year"]), month_number(match["month"]))
    return None


# a removal's verb, in any of its forms
_REMOVED = r"\b(?:remov|suspend|delet|bann|took|taken|terminat|disabl|purg)\w*\s+"
# "…said on Wednesday it had terminated 1,340 YouTube channels in June": the month the removals were made in
REMOVED_IN_MONTH = re.compile(_REMOVED + rf"(?:[^.;,]|,(?=\d)){{0,60}}?(?<!\bcreated\s)(?<!\bactive\s)(?<!\bbegan\s)"
                              rf"\b(?:in|during)\s+(?P<month>{MONTH_WORD})\b\.?(?!\s*,?\s*(?:19|20)\d\d|\s+\d)",
                              re.I)


# "Douyin said on Monday it had banned 86,500 accounts in 2023", told in January 2024: the year just gone
REMOVED_IN_YEAR = re.compile(_REMOVED + r"(?:[^.;,]|,(?=\d)){0,60}?\b(?:in|during|over|throughout)\s+"
                             r"(?P<year>(?:19|20)\d\d)\b(?![-–]|\s*(?:and|to|through)\s+\d)", re.I)
# "…said on Thursday that it disabled 1.84 billion fake accounts between January and March": the months they span
REMOVED_BETWEEN = re.compile(_REMOVED + rf"(?:[^.;]|\.(?=\d)){{0,60}}?\bbetween\s+(?P<first>{MONTH_WORD})\s+and\s+"
                             rf"(?P<last>{MONTH_WORD})\b\.?(?!\s*,?\s*(?:19|20)\d\d|\s+\d)", re.I)
# "…showed that in the fourth quarter of 2023 we removed 23.4 million fake accounts": the quarter of the removals
QUARTER_REMOVED = re.compile(r"\b(?:in|during)\s+(?:the\s+)?(?P<quarter>" + QUARTER.pattern + r")\s*,?\s+(?:we|it|they|"
                             r"the\s+company|the\s+platform)\s+(?:\w+\s+)?(?:removed|suspended|deleted|banned|took\s+down|"
                             r"terminated|disabled|took\s+action)\b", re.I)


def removal_month(sentence: str, told_on: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The month (or months, or quarter) a sentence says removals were made in, named without its year, when that is
    before the month of the day it was told ("On Wednesday, Google said it had terminated 1,340 channels in June",
    told in August; "…disabled 1.84 billion fake accounts between January and March", told in May): what a question
    about that period asks for, though the figure is dated by the day it was told."""
    if told_on is None:
        return None
    if (quarter := QUARTER_REMOVED.search(sentence)) is not None and (
            span := quarter_span(QUARTER.match(quarter["quarter"])))[1] < told_on:
        return span
    if (between := REMOVED_BETWEEN.search(sentence)) is not None:
        first, last = month_number(between["first"]), month_number(between["last"])
        year = told_on.year - (last > told_on.month)  # (the latest such span that ended before the day it was told)
        if first <= last and (told_on.year - year) * 12 + told_on.month - last <= 6:
            return _month_days(year, first)[0], _month_days(year, last)[1]
    if (year := REMOVED_IN_YEAR.search(sentence)) is not None and int(year["year"]) == told_on.year - 1 and \
            told_on.month <= 3:
        return dt.date(told_on.year - 1, 1, 1), dt.date(told_on.year - 1, 12, 31)  # (a year's tally, told early in
        # the next: "Douyin said on Monday it had banned 86,500 accounts in 2023", told in January 2024)
    if (match := REMOVED_IN_MONTH.search(sentence)) is None:
        return None
    month = month_number(match["month"])
    if not 1 <= (told_on.month - month) % 12 <= 3:
        return None  # (the month it was told in, or long before: not the news of a recent removal)
    return _month_days(told_on.year - (month > told_on.month), month)  # ("in December", told in January)


def quarter_span(match: re.Match[str]) -> tuple[dt.date, dt.date]:
    """The first and last day of the quarter a `QUARTER` match names ("Q3 2020", "second quarter of 2022")."""
    return _quarter_days(int(match[3]), _quarter_number(match[1], match[2]))


def _quarter_number(digit: str | None, ordinal: str | None) -> int:
    """1–4 from "Q3"'s digit or from "second", "3rd", "last"."""
    if digit:
        return int(digit)
    word = (ordinal or "").lower()
    word = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "last": "fourth", "final": "fourth"}.get(
        word, word)
    return ["first", "second", "third", "fourth"].index(word) + 1


def _month_days(year: int, month: int) -> tuple[dt.date, dt.date]:
    """The first and last day of a year's month."""
    first = dt.date(year, month, 1)
    return first, (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)


def _quarter_days(year: int, number: int) -> tuple[dt.date, dt.date]:
    """The first and last day of a year's quarter."""
    last = dt.date(year + (number == 4), 1 if number == 4 else 3 * number + 1, 1) - dt.timedelta(days=1)
    return dt.date(year, 3 * number - 2, 1), last


MONTHS_SPANNED = re.compile(r"\s*(?:to|through|until|-|–|—)\s*", re.I)


# "since our enforcement report for the…": a period the text counts from, not the one it covers
SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:our|its|their|the)\s+)?(?:[\w-]+\s+){0,4}?(?:for\s+|of\s+)?(?:the\s+)?$",
                          re.I)


def reported_period(title: str, lead: str, published: dt.date | None = None) -> tuple[dt.date, dt.date] | None:
    """The quarter, half-year or month a periodic report covers ("Meta's Q1 2023 report", "its bulletin for the second
    quarter of 2022", "Covert influence operations, March 2025"): named in the title, or beside the word
    report or bulletin at the start of the text.  Its figures are that period's takedowns, though it is
    published weeks later.  A month counts only once it has begun by the report's date: a story published
    in January about "the March 2020 election" covers no March."""
    match = QUARTER.search(title)
    if match is None:
        # (or, under a title about a "quarterly threat report", the quarter its lead names)
        # (not one the text counts from: "We have reported on these operations since our enforcement report for the
        # second quarter of 2022", on a page of 2025's monthly tables)
        match = next((m for m in QUARTER.finditer(lead[:400])
                      if (REPORT_WORD.search(lead[max(0, m.start() - 40):m.end() + 40])
                          or QUARTERLY_REPORT.search(title))
                      and not SINCE_BEFORE.search(lead, max(0, m.start() - 60), m.start())), None)
    if match is not None:
        return quarter_span(match)
    # ("networks we suspended in H1 2025"; or a lead's "…released its transparency report for the first half of 2019",
    # "…published its transparency report…, covering the first six months of 2024")
    # (told as the news of its release: not a digest's "Snap's transparency report for the second half of 2022 says…")
    half = HALF_YEAR.search(title) or next((m for m in HALF_YEAR.finditer(lead[:400]) if REPORT_RELEASED.search(
        lead[max(0, m.start() - 160):m.start()])), None)
    if half is not None:
        year = int(half[3])
        first_half = half[1] == "1" or (half[2] or "").lower() == "first"
        return (dt.date(year, 1, 1), dt.date(year, 6, 30)) if first_half else (dt.date(year, 7, 1),
                                                                                dt.date(year, 12, 31))
    if (span := TITLED_SPAN.search(title)) is not None:  # "Covert Influence Operations Report: July-December 2024"
        year = int(span["year"])
        first, last = month_number(span["month"]), month_number(span["last"])
        if first < last:
            return dt.date(year, first, 1), (dt.date(year + last // 12, last % 12 + 1, 1) - dt.timedelta(days=1))
    if (review := YEAR_IN_REVIEW.search(title)) is not None and (
            year := int(review["year"] or review["later"] or review["report"])) and (
            published is None or published.year >= year):
        return dt.date(year, 1, 1), dt.date(year, 12, 31)  # ("our 2023 election-integrity year in review")
    # a cover's line naming a year's report, "ASIA-PACIFIC INTEGRITY REPORT 2024", in one published after that year
    cover = "\n".join(lead[:600].splitlines()[:8])
    if published and (named := YEAR_REPORT_LINE.search(cover)) and int(named["year"]) < published.year:
        return dt.date(int(named["year"]), 1, 1), dt.date(int(named["year"]), 12, 31)
    months = [m for m in MONTH_YEAR.finditer(title)] or [
        m for m in MONTH_YEAR.finditer(lead[:400]) if REPORT_WORD.search(lead[max(0, m.start() - 40):m.end() + 40])]
    if len(months) >= 2 and months[0].string is title and MONTHS_SPANNED.fullmatch(title, months[0].end(),
                                                                                   months[1].start()):
        # "Africa takedown tracker, January 2022 to June 2023": the whole span, not its first month
        first = dt.date(int(months[0]["year"]), month_number(months[0]["month"]), 1)
        start = dt.date(int(months[1]["year"]), month_number(months[1]["month"]), 1)
        if first < start:
            return first, _month_days(start.year, start.month)[1]
    for month in months:
        first, last = _month_days(int(month["year"]), month_number(month["month"]))
        if published is None or published >= first:
            return first, last
    # "Facebook took down nine networks in June", over a story about its monthly report: the June just gone
    alone = MONTH_IN_TITLE.search(title)
    if alone and published and MONTHLY_REPORT.search(lead[:600]):
        number = month_number(alone["month"])
        first, last = _month_days(_year_for(number, 1, published), number)
        if (published - first).days <= 70:
            return first, last
    # "what three platforms' Q1 reports actually say", published in May: the first quarter just gone (or a lead's
    # "…according to the company's threat report for the third quarter, published on Thursday")
    # (a title about "Meta report…" that names no quarter, over a lead that does: the lead's)
    quarter = (YEARLESS_QUARTER.search(title) if REPORT_WORD.search(title) else None) or next(
        (m for m in YEARLESS_QUARTER.finditer(lead[:600]) if REPORT_WORD.search(lead[max(0, m.start() - 40):m.end()])),
        None)
    if published and quarter:
        number = _quarter_number(quarter[1], quarter[2])
        for year in (published.year, published.year - 1):
            first, last = _quarter_days(year, number)
            if last <= published and (published - last).days <= 120:
                return first, last
    # "Facebook's April report", "…published its monthly report on coordinated inauthentic behavior for April": the
    # April just gone
    if published and (month := YEARLESS_MONTH_REPORT.search(title) or YEARLESS_MONTH_REPORT.search(lead[:400])):
        number = month_number(month["month"] or month["after"])
        first, last = _month_days(published.year - (number >= published.month), number)
        if (published - last).days <= 62:
            return first, last
    return None


_FULL_MONTH = "January|February|March|April|May|June|July|August|September|October|November|December"
YEARLESS_MONTH_REPORT = re.compile(
    rf"\b(?P<month>{_FULL_MONTH})\s+(?:[a-z-]+\s+){{0,2}}(?:report|bulletin)\b"
    rf"|\b(?:report|bulletin)\b[^.\n]{{0,60}}?\bfor\s+(?P<after>{_FULL_MONTH})\b(?!\s*,?\s*(?:19|20)\d\d)")


# a quarter a title names without its year ("Q1 reports", "first-quarter report")
YEARLESS_QUARTER = re.compile(r"\b(?:q([1-4])|(first|second|third|fourth)[\s-]+quarter)\b"
                              r"(?!\s*,?\s*(?:of\s+)?(?:19|20)\d\d)", re.I)


def month_number(name: str) -> int:
    """"Aug", "Sept.", "September" -> 8, 9, 9."""
    return MONTH_NUMBER[name.lower().rstrip(".")[:4] if name.lower().startswith("sept") else name.lower()[:3]]


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _weekdays_named(text: str) -> set[int]:
    return {WEEKDAYS.index(m.group(1).lower()) for m in WEEKDAY.finditer(text)}


# "…in a takedown it announced on December 10, 2024": a day the story tells as past, which it cannot predate
TOLD_AS_PAST = re.compile(rf"\b(?:announced|published|disclosed|reported|released|removed|suspended|said)\s+"
                          rf"(?:\w+\s+){{0,3}}?on\s+{_MONTH}\.?\s+{_DAY},?\s+{_YEAR}\b")


# "The report, published on Tuesday and covering July to September 2025": a period the story tells as over
COVERED_UNTIL = re.compile(rf"\bcover(?:ing|ed|s)\s+(?:the\s+(?:period|months)\s+)?(?:from\s+)?\w+\.?\s+"
                           rf"(?:to|through|until|-|–)\s+{_MONTH}\.?,?\s+{_YEAR}\b")


# "…the operators spent about $270,000 on ads between 2020 and August 2022": a period the story tells as over
ACTIVE_UNTIL = re.compile(rf"\b(?:spent|posted|ran|operated|was\s+active|were\s+active)\b(?:[^.;]|\.(?=\d)){{0,100}}?"
                          rf"\b(?:between|from)\s+"
                          rf"(?:{MONTH_WORD}\.?,?\s+)?(?:19|20)\d\d\s+(?:and|to|until|through)\s+{_MONTH}\.?,?\s+{_YEAR}\b",
                          re.I)


def _latest_past_day(text: str) -> dt.date | None:
    """The latest day the text tells, with its year, as one something was done or said on (`TOLD_AS_PAST`), or as
    the last of a period a report covers (`COVERED_UNTIL`) or the network was active in (`ACTIVE_UNTIL`)."""
    days = [_safe_date(int(m["year"]), month_number(m["month"]), int(m["day"])) for m in TOLD_AS_PAST.finditer(text)]
    days += [_safe_date(int(m["year"]), month_number(m["month"]), 1) for m in COVERED_UNTIL.finditer(text)]
    days += [_safe_date(int(m["year"]), month_number(m["month"]), 1) for m in ACTIVE_UNTIL.finditer(text)]
    return max((d for d in days if d), default=None)


# a year the story looks ahead to: "before the May 2025 midterm elections", "ahead of the 2026 vote"
AHEAD_YEAR = re.compile(rf"\b(?:before|ahead\s+of|run-up\s+to|lead-up\s+to|upcoming|next)\s+(?:the\s+)?"
                        rf"(?:{_MONTH}\s+)?(?P<year>(?:19|20)\d\d)\s+(?:[\w-]+\s+){{0,2}}?(?:elections?|votes?|polls|"
                        rf"midterms?|referendum|primar(?:y|ies)|run-?offs?)\b", re.I)
SINCE_YEAR = re.compile(r"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?P<year>(?:19|20)\d\d)\b", re.I)


NEAR_DAYS = 31  # a full date this close to a dateline's day gives it its year


def infer_year(month: int, day: int, text: str) -> int | None:
    """The year of a dateline that has none, from the rest of the text.

    Candidates are the years the text mentions, the most mentioned first (a stray "in 2014" loses
    to three mentions of 2020), then the latest.  A weekday the text names ("announced Tuesday")
    picks the year in which the dateline's day is that weekday, or, failing that, a day or two
    after it: news is often filed the day after the announcement ("said on Saturday" under a
    Sunday dateline).  Without a weekday the most mentioned year wins.  A year that would date the story
    before a day it tells as past ("…a takedown it announced on December 10, 2024") is no candidate, nor is one the
    story looks back to ("since 2015"), or any before it.
    """
    mentions = Counter(int(y) for y in YEAR.findall(text))
    # "…has advised campaigns since 2015": a year the story looks back to, which it comes after
    since = [int(m["year"]) for m in SINCE_YEAR.finditer(text)]
    for year in since:
        mentions[year] -= 1
    years = sorted((y for y in mentions if mentions[y] > 0 and y > max(since, default=0)),
                   key=lambda y: (-mentions[y], -y))
    if not years:
        return None
    # ("BRUSSELS, June 4 — … eligible to vote between June 6 and June 9, 2024", beside "the network Meta removed in
    # 2022"): the year of a full date within weeks of the dateline's day is the story's, however often another is named
    # (looked for just before each year named, not through the whole text; and only where years compete)
    near = {year for mention in (YEAR.finditer(text) if len(years) > 1 else ())
            for pattern in (MONTH_DAY, DAY_MONTH)
            if (m := next((found for found in pattern.finditer(text, max(0, mention.start() - 24), mention.end())
                           if found["year"]), None))
            and (told := _safe_date(year := int(m["year"]), month_number(m["month"]), int(m["day"])))
            and (day_then := _safe_date(year, month, day)) and abs((told - day_then).days) <= NEAR_DAYS}
    anchored = len(near) == 1 and near <= set(years)
    if anchored:
        years = [*near, *(y for y in years if y not in near)]
    if (floor := _latest_past_day(text)) is not None:
        years = [y for y in years if (_safe_date(y, month, day) or floor) >= floor] or [
            y for y in (floor.year, floor.year + 1) if (_safe_date(y, month, day) or floor) >= floor]
    named = _weekdays_named(text)
    if named:
        # the years the text mentions first, and the year before one it looks ahead to ("seven months before the May
        # 2025 midterm elections"); else the story may be a year newer than any it mentions
        ahead = [int(m["year"]) - 1 for m in AHEAD_YEAR.finditer(text)]
        years = list(dict.fromkeys([*years, *(y for y in ahead if y not in years)]))
        later = sorted({y + 1 for y in years} - set(years), reverse=True)
        # (the year of a full date within weeks of the dateline's, where its weekday fits a day or two late: "ISLAMABAD,
        # Sept 22 — Meta said on Tuesday…, according to its report dated September 20, 2022", not the 2020 whose
        # September 22 was a Tuesday)
        for lag in (0, 1, 2) if anchored and years[0] in near else ():
            if (date := _safe_date(years[0], month, day)) and (date - dt.timedelta(days=lag)).weekday() in named:
                return years[0]
        # the year whose day the weekdays the story names fit best, counting back from the dateline's day: first the
        # weekday it names first, its lead's ("Meta said on Sunday…"), a day or two back at most; then none named for a
        # day five or six back (a Tuesday story's "shares closed down on Thursday" is no Thursday of the week before);
        # then the years it names before those it does not ("…removing in 2022", where February 28, 2021 was the
        # Sunday it names, but February 28, 2022 the Monday after it); then the fewest days back in all ("late on
        # Tuesday" and "said on Wednesday" under a May 11 dateline make it a Wednesday)
        first = WEEKDAYS.index(WEEKDAY.search(text).group(1).lower())

        def fit(year: int) -> tuple[int, bool, bool, int] | None:
            date = _safe_date(year, month, day)
            if date is None:
                return None
            back = {weekday: (date.weekday() - weekday) % 7 for weekday in named}
            lead = 0 if back[first] <= 2 else 1 if min(back.values()) <= 2 else 2
            return lead, max(back.values()) >= 5, year not in years, sum(back.values())

        fits = [(found, rank, year) for rank, year in enumerate([*years, *later]) if (found := fit(year))]
        if fits and (best := min(fits))[0][0] < 2:
            return best[2]
    return years[0]


def document_date(text: str, file_name: str = "") -> tuple[dt.date | None, str]:
    """A document's publication date from its opening lines, and where it came from.  The file's name
    ("la_paz_rebuttal_2021.txt") gives the year of a dateline that has none where the text names no year, and a date
    it writes out in full ("2019-01-31_story.txt") dates a text that gives none."""
    # (a line in capitals read as if in title case: "WEDNESDAY, SEPTEMBER 26, 2018")
    head = "\n".join([line.title() if line.isupper() else line for line in text.splitlines()[:12]])
    for pattern in (DATE_ONLY_LINE, DAY_FIRST_DATE_ONLY_LINE, PUBLISHED_IN_LINE, DATELINE, DAY_FIRST_DATELINE,
                    AGENCY_DATELINE, PLACE_DATE_LINE):
        for match in pattern.finditer(head):
            month, day = month_number(match.group("month")), int(match.group("day"))
            year = int(match.group("year")) if match.group("year") else (
                _year_of_named_day(file_name, month, day) or infer_year(month, day, text) or _year_in_name(file_name))
            date = _safe_date(year, month, day) if year else None
            if date:
                return date, "dateline"
    match = ISO_LINE.search(head) or LABELLED_ISO.search(head)
    if match:
        year = match["year"] or match["dyear"]
        month, day = (match["month"], match["day"]) if match["month"] else (match["dmonth"], match["dday"])
        date = _safe_date(int(year), int(month), int(day))
        if date:
            return date, "dateline"
    # a byline or "Updated Tue, 21 Aug 2018" line: the first full date near the top
    fallback = None  # the first full date of a long line near the top: a date the story tells, used only at last
    for line in head.splitlines()[:6]:
        # ("Recorded 2 December 2024. Published 9 December 2024.": the day it was published)
        published = re.search(r"\b(?:Published|Posted|Updated)\b", line)
        # (a byline is short: not the story's first sentence, "On 7 March 2024 Reddit banned 118 accounts and…")
        edited = LAST_EDITED.search(line)
        if not CAPTION.search(line) and (date := (published and full_date(line[published.end():])) or (
                edited and full_date(line[edited.end():])) or (full_date(line) if len(line) <= 120 else None)):
            return date, "byline"
        fallback = fallback or (None if CAPTION.search(line) else full_date(line))
    # "Posted by u/lb_safety · 18/02/2025": a numeric date, day first unless it cannot be
    for line in head.splitlines()[:6]:
        if (numeric := NUMERIC_DATE.search(line)) is not None:
            first, second, year = int(numeric["a"]), int(numeric["b"]), int(numeric["year"])
            date = _safe_date(year, first, second) if second > 12 else _safe_date(year, second, first)
            if date:
                return date, "byline"
    # a transcript's cover, whose date line in capitals comes after a dozen lines of committee names
    for line in [line.title() for line in text.splitlines()[:40] if line.isupper()]:
        if (match := DATE_ONLY_LINE.fullmatch(line.strip())) and (date := _safe_date(
                int(match.group("year")), month_number(match.group("month")), int(match.group("day")))):
            return date, "dateline"
    # a page copied whole may end with its date: "Published Nov. 4, 2021, 2:10 PM" as the last line or so
    for match in DATE_ONLY_LINE.finditer("\n".join(text.rstrip().splitlines()[-3:])):
        date = _safe_date(int(match.group("year")), month_number(match.group("month")), int(match.group("day")))
        if date:
            return date, "closing line"
    # (or "This page was last edited on 21 January 2025, at 09:14 (UTC).", an encyclopedia's footer)
    for line in text.rstrip().splitlines()[-3:]:
        if (edited := LAST_EDITED.search(line)) and (date := full_date(line[edited.end():])):
            return date, "closing line"
    if (named := NAME_DATE.search(file_name)) and (date := _safe_date(
            int(named["year"]), int(named["month"]), int(named["day"]))):
        return date, "file name"
    if fallback:
        return fallback, "byline"
    return None, "unknown"


LAST_EDITED = re.compile(r"\blast\s+(?:edited|updated|modified|revised|reviewed)\s+(?:on\s+)?|^\W*(?:Published|Posted)"
                         r"\s+(?:on\s+)?", re.I)
NAME_YEAR = re.compile(r"(?<![\d])(?:19[89]\d|20[0-4]\d)(?![\d])")
NAME_DATE = re.compile(r"(?<![\d])(?P<year>(?:19[89]\d|20[0-4]\d))[-_.](?P<month>[01]\d)[-_.](?P<day>[0-3]\d)(?![\d])")


def _year_of_named_day(file_name: str, month: int, day: int) -> int | None:
    """The year of the full date a file's name gives ("wire_2022-02-28_meta.txt") where it is the dateline's own day
    ("Feb 28"): whoever saved the story wrote down its year, which the text may not."""
    named = NAME_DATE.search(file_name.rsplit("/", 1)[-1])
    return int(named["year"]) if named and (int(named["month"]), int(named["day"])) == (month, day) else None


def _year_in_name(file_name: str) -> int | None:
    """The one year a file's name gives ("asn_rebuttal_2021.txt"), or None."""
    years = set(NAME_YEAR.findall(file_name.rsplit("/", 1)[-1]))
    return int(years.pop()) if len(years) == 1 else None


def full_date(line: str) -> dt.date | None:
    """The first date with its year a line writes out ("March 4, 2025", "4 March 2025")."""
    for pattern in (MONTH_DAY, DAY_MONTH):
        found = next((m for m in pattern.finditer(line) if m["year"]), None)
        if found and (date := _safe_date(int(found["year"]), month_number(found["month"]), int(found["day"]))):
            return date
    return None


def _year_for(month: int, day: int, anchor: dt.date) -> int:
    """A month and day without a year belong to the last such date on or before the anchor (+ a week)."""
    candidate = _safe_date(anchor.year, month, day)
    if candidate and candidate > anchor + dt.timedelta(days=7):
        return anchor.year - 1
    return anchor.year


def dates_in(sentence: str, anchor: dt.date | None) -> list[DateMention]:
    """Every date a sentence mentions, resolved against the document's date where needed."""
    return list(_dates_in(sentence, anchor))


@lru_cache(maxsize=4096)
def _dates_in(sentence: str, anchor: dt.date | None) -> tuple[DateMention, ...]:
    # which patterns can match at all: most take a month name or a digit, and many sentences have neither
    month = MONTH_START.search(sentence) is not None
    digit = DIGIT.search(sentence) is not None
    lower = sentence.lower()
    back = "ago" in lower or "earlier" in lower or "before" in lower or " after " in lower
    if not (month or digit or back or "day" in lower or "last" in lower or "this" in lower):
        return ()  # no month, weekday, figure, "last week", "yesterday" or "a year ago": nothing to find
    found: list[DateMention] = []
    taken: list[range] = []

    def add(date: dt.date | None, precision: str, match: re.Match[str]) -> None:
        if date and not any(match.start() in span for span in taken):
            found.append(DateMention(date, precision, match.group(0), match.start()))
            taken.append(range(match.start(), match.end()))

    for match in ISO_DATE.finditer(sentence) if digit else ():
        add(_safe_date(int(match["year"]), int(match["month"]), int(match["day"])), "day", match)
    for match in DOTTED_DATE.finditer(sentence) if digit and DIGIT_DOT_DIGIT.search(sentence) else ():
        add(_safe_date(int(match["year"]), int(match["month"]), int(match["day"])), "day", match)
    # "between December 1-31, 2024": that month, told by its end
    for match in DAY_RANGE.finditer(sentence) if month and digit else ():
        date = _safe_date(int(match["year"]), month_number(match["month"]), 1)
        if date and not any(match.start() in span for span in taken):
            found.append(DateMention(date, "month", match.group(0), match.start("day")))
            taken.append(range(match.start(), match.end()))
    for pattern in (MONTH_DAY, DAY_MONTH) if month and digit else ():
        for match in pattern.finditer(sentence):
            number, day = month_number(match["month"]), int(match["day"])
            if match["year"]:
                year = int(match["year"])
            elif anchor:
                year = _year_for(number, day, anchor)
            else:
                continue
            add(_safe_date(year, number, day), "day", match)
    for match in MONTH_YEAR.finditer(sentence) if month and digit else ():
        add(_safe_date(int(match["year"]), month_number(match["month"]), 1), "month", match)
    if anchor and digit and "the" in lower:
        # "On the 14th, Meta removed…" (in a story of the 16th): that day of the story's month, or of the month before
        for match in ORDINAL_DAY_ALONE.finditer(sentence):
            day = int(match["day"])
            # ("In November — our report came out on the 27th —": the month the sentence names before it)
            named = [m for m in re.finditer(rf"\b{_MONTH}\b", sentence[:match.start()])]
            if named:
                number = month_number(named[-1]["month"])
                add(_safe_date(_year_for(number, day, anchor), number, day), "day", match)
                continue
            month_start = anchor.replace(day=1) if day <= anchor.day else (anchor.replace(day=1) - dt.timedelta(days=1))
            add(_safe_date(month_start.year, month_start.month, day), "day", match)
    if anchor:
        # "we previously reported removing 1,146 accounts in the first quarter of 2024": an earlier quarter, by its
        # last month (the quarter a report covers is its own news, dated by the report)
        for match in QUARTER.finditer(sentence) if digit and ("quarter" in lower or "q" in lower) else ():
            last = quarter_span(match)[1]
            # (or one that opens the sentence: "In the first quarter we removed…", told in a hearing after it)
            # (or names a report's period: "Meta's Q1 2024 report", told in June, is when its removals were made)
            opens = (anchor - last).days > 0 and (PERIOD_OPENS.search(sentence[:match.start()])
                                                  or PERIOD_AFTER.match(sentence, match.end()))
            if (anchor - last).days > 92 or opens:
                add(last.replace(day=1), "month", match)
        for match in QUARTER_REPORT.finditer(sentence) if "quarter" in lower or "q" in lower else ():
            number = int(match[1]) if match[1] else ["first", "second", "third", "fourth"].index(match[2].lower()) + 1
            last = dt.date(anchor.year, number * 3, 1)
            add(last if last < anchor.replace(day=1) else last.replace(year=anchor.year - 1), "month", match)
        # ("…terminated 1,487 YouTube channels during the third quarter", told in November: this year's, just gone)
        for match in YEARLESS_QUARTER_OF.finditer(sentence) if "quarter" in lower else ():
            number = _quarter_number(None, match[1])
            last = _quarter_days(anchor.year, number)[1]
            # (and "In its bulletin for the second quarter, TAG reported terminating 18 channels", told in October)
            if PERIOD_OPENS.search(sentence[:match.start()]) or REPORT_FOR_PERIOD.search(
                    sentence, max(0, match.start() - 30), match.start()):
                add((last if last < anchor else last.replace(year=anchor.year - 1)).replace(day=1), "month", match)
        # ("In the first half of 2021 our systems suspended more than 4,500 accounts": an earlier half-year, likewise)
        for match in HALF_YEAR.finditer(sentence) if digit and ("half" in lower or "h1" in lower or "h2" in lower) \
                else ():
            second = (match[1] or "").strip() == "2" or (match[2] or "").lower() == "second"
            last = dt.date(int(match[3]), 12 if second else 6, 1)
            # (or one that "TikTok's transparency report for the second half of 2020" covers, told in a newsletter
            # of the January after: when the removals it reports were made)
            if (anchor - last).days > 92 + 30 or ((anchor - last).days > 0 and (REPORT_FOR_BEFORE.search(
                    sentence, max(0, match.start() - 50), match.start()) or PERIOD_OPENS.search(
                    sentence[:match.start()]))):
                add(last, "month", match)
        for match in MONTH_SPAN.finditer(sentence) if month else ():
            number = month_number(match["last"])
            year = _year_for(number, 1, anchor)
            # ("Between July and October of this year": the year is the span's, no mention of its own)
            if (which := YEAR_AFTER_MONTH.match(sentence, match.end())) is not None:
                year = anchor.year - (which["which"].lower() != "this")
            date = _safe_date(year, number, 1)
            if date and not any(match.start() in span for span in taken):
                found.append(DateMention(date, "month", match.group(0), match.start()))
                taken.append(range(match.start(), which.end() if which else match.end()))
        for match in MONTH_REPORT.finditer(sentence) if month else ():
            # "In its February report the company said it had removed 1,377 accounts": that month's removals
            number = month_number(match["month"])
            add(_safe_date(_year_for(number, 1, anchor), number, 1), "month", match)
        for match in MONTH_ALONE.finditer(sentence) if month else ():
            number = month_number(match["month"])
            year = _year_for(number, 1, anchor) - bool(match["last"] and number == anchor.month)
            if (which := YEAR_AFTER_MONTH.match(sentence, match.end())) is not None:
                year = anchor.year - (which["which"].lower() != "this")  # "in April last year", "in May this year"
            add(_safe_date(year, number, 1), "month", match)
    if anchor:
        for pattern in (IN_YEAR, YEAR_OF_REMOVAL, LEADING_EVENT_YEAR, TALLY_FOR_YEAR) if digit else ():
            # "in 2019 Facebook took down…", "the platform's 2020 removal of 274 accounts": an earlier year
            for match in pattern.finditer(sentence):
                if int(match["year"]) < anchor.year:
                    add(dt.date(int(match["year"]), 1, 1), "year", match)
        for match in RELATIVE.finditer(sentence) if "last" in lower else ():
            unit = match.group(1).lower()
            if unit == "year":
                add(dt.date(anchor.year - 1, 1, 1), "year", match)
            else:
                add((anchor.replace(day=1) - dt.timedelta(days=1)).replace(day=1), "month", match)
        for match in YESTERDAY.finditer(sentence) if "yesterday" in lower else ():
            add(anchor - dt.timedelta(days=1), "day", match)  # "…were suspended yesterday", in a Tuesday bulletin
        for match in AGO.finditer(sentence) if back else ():
            count = int(match["n"]) if match["n"].isdigit() else {"a": 1, "an": 1, **SMALL_NUMBERS}[match["n"].lower()]
            span = match["span"].lower()
            if span == "year":
                add(dt.date(anchor.year - count, 1, 1), "year", match)
            elif span == "month":
                months = anchor.year * 12 + anchor.month - 1 - count
                add(dt.date(months // 12, months % 12 + 1, 1), "month", match)
            else:
                earlier = anchor - dt.timedelta(weeks=count)
                add(earlier - dt.timedelta(days=earlier.weekday()), "week", match)
        for match in NEAR_SPAN.finditer(sentence) if "last" in lower or "this" in lower else ():
            if match["span"].lower() == "year":
                if not match["last"]:  # "earlier this year"; "last year" is `RELATIVE`'s
                    add(anchor.replace(month=1, day=1), "year", match)
            elif match["span"].lower() == "month":
                if not match["last"]:  # "last month" is `RELATIVE`'s
                    add(anchor.replace(day=1), "month", match)
            else:
                monday = anchor - dt.timedelta(days=anchor.weekday() + (7 if match["last"] else 0))
                add(monday, "week", match)
        # "earlier this summer", "last spring": told by the season's year alone, its months being a guess
        for match in SEASON.finditer(sentence) if "this" in lower or "last" in lower else ():
            first, last = SEASON_MONTHS[match["season"].lower()]
            ended = anchor.month > last if first <= last else anchor.month in range(last + 1, first)
            year = anchor.year - (match["which"].lower() == "last" and not ended)  # (a winter: the year of its January)
            add(dt.date(year, 1, 1), "year", match)
        for match in WEEKDAY.finditer(sentence) if "day" in lower and any(day in lower for day in WEEKDAYS) else ():
            if any(m.start > match.start() and m.start - match.end() <= 3 for m in found):
                continue  # "Friday, June 12": the date itself follows
            if AHEAD_TO.search(sentence, max(0, match.start() - 30), match.start()):
                continue  # ("claims that voting had been moved to Monday", "suspended until Friday"): a day ahead
            back = (anchor.weekday() - WEEKDAYS.index(match.group(1).lower())) % 7
            if not back and LAST_JUST_BEFORE.search(sentence, max(0, match.start() - 6), match.start()):
                back = 7  # ("last Thursday", in a story of a Thursday: a week before, not that day)
            elif OF_LAST_WEEK.match(sentence, match.end()):
                # ("on Wednesday of last week", in a Thursday's story: that week's Wednesday, not yesterday)
                back = anchor.weekday() + 7 - WEEKDAYS.index(match.group(1).lower())
            add(anchor - dt.timedelta(days=back), "day", match)
    return tuple(sorted(found, key=lambda mention: mention.start))
