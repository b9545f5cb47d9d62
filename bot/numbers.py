"""Counts as news copy writes them: "652", "2,617", "more than 1,000", "seven", "thousands of".

`counts_in` finds each count with its qualifier and span; it does not decide what is counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

SMALL_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "hundred": 100, "thousand": 1000,
}
MULTIPLIERS = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000}
ROUGH_MULTIPLES = [(*few, size) for few in (("several",), ("a", "few"), ("a", "couple"), ("a", "couple", "of"))
                   for size in ("dozen", "hundred", "thousand")]
ROUGH_STARTS = {rough[0] for rough in ROUGH_MULTIPLES}
NUMBER_WORDS = {*SMALL_NUMBERS, *MULTIPLIERS}
VAGUE = {
    "dozens": "dozens", "scores": "scores", "hundreds": "hundreds", "thousands": "thousands",
    "tens of thousands": "tens of thousands", "hundreds of thousands": "hundreds of thousands",
    "millions": "millions", "several": "several", "a handful": "a handful", "a number": "a number",
    "many": "many", "some": "some",
}
# Qualifier words -> canonical qualifier.  Order matters: longer phrases first.
QUALIFIERS = [
    ("more than", "more than"), ("over", "more than"), ("upwards of", "more than"), ("upward of", "more than"),
    ("in excess of", "more than"),
    ("nearly", "nearly"), ("almost", "nearly"), ("close to", "nearly"), ("just under", "nearly"),
    ("closer to", "about"),
    ("about", "about"), ("around", "about"), ("approximately", "about"), ("roughly", "about"),
    ("some", "about"), ("an estimated", "about"), ("estimated", "about"), ("circa", "about"),
    ("at least", "at least"), ("no fewer than", "at least"), ("a minimum of", "at least"), ("a maximum of", "up to"),
    ("less than", "fewer than"), ("fewer than", "fewer than"), ("under", "fewer than"), ("up to", "up to"),
    ("as many as", "up to"), ("just over", "more than"), ("well over", "more than"), ("just shy of", "nearly"),
    ("north of", "more than"), ("above", "more than"), ("at most", "up to"), ("no more than", "up to"),
    ("not quite", "nearly"), ("roughly some", "about"), ("an approximate", "about"),
    ("a total of", "exact"), ("total of", "exact"), ("another", "exact"), ("an additional", "exact"),
]
_QUALIFIER_RE = "|".join(re.escape(q) for q, _ in QUALIFIERS)
QUALIFIER_BEFORE = re.compile(rf"\b(?P<qualifier>{_QUALIFIER_RE})\s+$", re.I)
# ("between 100 and 200", "from 100 to 200", "100 to 200": a range, whose top is told with it)
RANGE_BEFORE = re.compile(r"(?:\b(?:between|from)\s+\d{1,3}(?:,\d{3})*\s+(?:and|to)|(?<![\w$€£.,/-])\d{1,3}(?:,\d{3})*"
                          r"\s+to)\s+$", re.I)
# (thousands grouped by commas, by dots as in much of Europe, or by the spaces French, Swiss and Polish papers print,
# no-break or plain: "4 870", "2 310 profiles")
_SPACES = "\u00a0\u202f"
_THOUSANDS = f"[,.{_SPACES} ]"
DIGITS = re.compile(rf"(?<![\w$€£.,/{_SPACES}-])"
                    rf"(?P<digits>\d{{1,3}}(?:{_THOUSANDS}\d{{3}})+(?![\d,.]\d)|\d+(?:\.\d+)?)"
                    r"(?:\s*(?P<scale>(?i:million|m\b|k\b|thousand|billion|lakhs?\b|crores?\b)))?")
# ("45 lakh views", "₹1.4 crore": South Asia's hundred thousand and ten million, kept as written)
SCALED_FIGURE = re.compile(r"\d[\d,.]*\s*(?:million|billion|thousand|lakhs?\b|crores?\b|[km])\b", re.I)
HALF_A = re.compile(r"\bhalf\s+an?\s+(million|thousand|dozen)\b", re.I)
SPACED_FIGURE = re.compile(rf"\d{{1,3}}(?:[{_SPACES} .]\d{{3}})+(?![\d,])")  # (and "1.047": as printed, below)
GROUPED = re.compile(rf"\d{{1,3}}(?:{_THOUSANDS}\d{{3}})+")
SEPARATOR = re.compile(_THOUSANDS)
SCALES = {"million": 1_000_000, "m": 1_000_000, "k": 1_000, "thousand": 1_000, "billion": 1_000_000_000,
          "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000}
WORDS = re.compile(r"[A-Za-z]+")
NUMBERED_IN = {"numbering", "numbered", "numbers", "number", "totaling", "totalling", "running", "ran", "runs"}
VAGUE_STARTS = {v.split()[0] for v in VAGUE}
VAGUE_PHRASES = sorted((tuple(v.split()) for v in VAGUE if v not in ("many", "some")), key=len, reverse=True)
# the words a figure in words, a vague size or a rough one can start with; most sentences have none, and then the
# word-by-word walk of `_counts_in` is skipped ("a" only beside the words that make it a size: "a few", "a handful")
STARTS = frozenset({*NUMBER_WORDS, *VAGUE_STARTS, *ROUGH_STARTS} - {"a"})
A_SIZES = frozenset({"few", "couple", "handful", "number"})
MONEY_BEFORE = re.compile(r"(?:[$€£¥₹]\s*|\b(?:US|USD|EUR|Rs\.?|rubles?)\s?)$", re.I)
MONEY_AFTER = re.compile(r"^\s*(?:dollars|euros|pounds|rubles|roubles|yuan|usd|eur|percent|per cent)\b|^\s*%", re.I)


@dataclass(frozen=True)
class Count:
    """A count in a sentence: its value (None when vague), qualifier, and where it stands."""

    value: int | None
    qualifier: str
    text: str
    start: int
    end: int
    # a figure in words from twenty up ("ninety", "two dozen", "twenty-five"), quoted as written: an answer's "90"
    # would be a figure no quote shows in digits
    in_words: bool = False

    def describe(self) -> str:
        """The count as an answer states it: "more than 1,000", "652", "thousands", "roughly 40"."""
        if self.in_words:
            return self.text.lower()  # "more than a dozen", "two hundred", as written: not "more than 12"
        if self.value is None:
            return f"{self.qualifier} of"
        figure = f"{self.value:,}"
        if scaled := SCALED_FIGURE.search(self.text):
            figure = scaled.group(0)  # "63.4 million", "1.2k", as written: easier to read than 63,400,000
        elif spaced := SPACED_FIGURE.search(self.text):
            figure = spaced.group(0)  # "4 870", "1.047", as the source prints it: its quote holds no "4,870"
        if self.qualifier == "exact":
            return figure
        if not any(character.isdigit() for character in self.text):
            return self.text.lower()  # ("over seven", in words: as written, not "over seven 7")
        # the qualifier as the source words it: "roughly 40", "some 7,300", "just over 500"
        written = " ".join(re.split(r"\d", self.text, maxsplit=1)[0].split()).lower()
        return f"{written or self.qualifier} {figure}"


def _words_value(words: list[str]) -> int:
    """The value of a figure in words: "two dozen" 24, "twenty five" 25, "three hundred fifty" 350, "a
    thousand" 1,000, "five million" 5,000,000."""
    total = current = 0
    for word in words:
        if word in ("dozen", "hundred"):
            current = (current or 1) * MULTIPLIERS[word]
        elif word in ("thousand", "million"):
            total += (current or 1) * MULTIPLIERS[word]
            current = 0
        else:
            current += SMALL_NUMBERS[word]
    return total + current


def _digits_value(digits: str, scale: str | None) -> int:
    if digits.isdigit() and not scale:
        return int(digits)  # most figures: "652"
    grouped = GROUPED.fullmatch(digits)  # "2,617"; "4.611" is European for 4611
    number = float(SEPARATOR.sub("", digits)) if grouped else float(digits)
    return round(number * SCALES.get((scale or "").lower(), 1))


def qualifier_before(sentence: str, start: int) -> tuple[str, int]:
    """The qualifier written just before a figure ("more than", "nearly"), and where it starts; the top of a
    range ("between 100 and 200 accounts") is "up to", the range quoted whole."""
    window = sentence[max(0, start - 30):start]
    span = RANGE_BEFORE.search(window) if (" and " in window or " to " in window) else None
    if span:
        return "up to", start - (len(window) - span.start())
    match = QUALIFIER_BEFORE.search(sentence[max(0, start - 20):start])
    if not match:
        return "exact", start
    return dict(QUALIFIERS)[match.group("qualifier").lower()], start - (len(sentence[max(0, start - 20):start])
                                                                         - match.start())


MONTH_JUST_BEFORE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+$", re.I)


def counts_in(sentence: str) -> list[Count]:
    """Every count in a sentence, money and percentages left out."""
    return list(_counts_in(sentence))


@lru_cache(maxsize=4096)
def _counts_in(sentence: str) -> tuple[Count, ...]:
    found: list[Count] = []
    for match in DIGITS.finditer(sentence):
        if MONEY_BEFORE.search(sentence[max(0, match.start() - 6):match.start()]):
            continue
        if MONEY_AFTER.match(sentence[match.end():match.end() + 12]):
            continue
        digits, at = match.group("digits"), match.start()
        if " " in digits and MONTH_JUST_BEFORE.search(sentence, max(0, at - 11), at):
            digits, at = digits[digits.index(" ") + 1:], at + digits.index(" ") + 1  # "March 3 310 accounts": a day
        qualifier, begin = qualifier_before(sentence, at)
        value = _digits_value(digits, match.group("scale"))
        end = match.end()
        if sentence[end:end + 1] == "+" and qualifier == "exact":  # "3,000+ channels": at least 3,000
            qualifier, end = "at least", end + 1
        elif sentence[end:end + 5].lower() == "-plus" and qualifier == "exact":  # "1,600-plus accounts"
            qualifier, end = "more than", end + 5
        # a range is told as written ("between 100 and 200"), never as its top alone
        found.append(Count(value, qualifier, sentence[begin:end], begin, end,
                           in_words=qualifier == "up to" and (sentence[begin].isdigit() or sentence.lower().startswith(
                               ("between", "from"), begin))))
    if "half" in sentence.lower():
        for match in HALF_A.finditer(sentence):  # "half a million accounts": a figure in words, quoted as written
            qualifier, begin = qualifier_before(sentence, match.start())
            found.append(Count(MULTIPLIERS[match.group(1).lower()] // 2, qualifier, sentence[begin:match.end()],
                               begin, match.end(), in_words=True))
        found.sort(key=lambda count: count.start)
    written = {word.lower() for word in WORDS.findall(sentence)}
    if written.isdisjoint(STARTS) and ("a" not in written or written.isdisjoint(A_SIZES)):
        return tuple(_or_so(sentence, count) for count in found)  # digits only, found in order
    words = [(m.group(0).lower(), m.start(), m.end()) for m in WORDS.finditer(sentence)]
    index = 0
    while index < len(words):
        word, start, end = words[index]
        vague = word in VAGUE_STARTS and next(
            (p for p in VAGUE_PHRASES if tuple(w for w, _, _ in words[index:index + len(p)]) == p
             and index + len(p) < len(words) and words[index + len(p)][0] == "of"), None)
        if vague:
            stop = words[index + len(vague)][2]
            found.append(Count(None, VAGUE[" ".join(vague)], sentence[start:stop], start, stop))
            index += len(vague) + 1
            continue
        if word in VAGUE and index >= 3 and (words[index - 2][0], words[index - 1][0]) == ("in", "the") and \
                words[index - 3][0] in NUMBERED_IN:  # "accounts numbering in the hundreds": a size, said as written
            found.append(Count(None, VAGUE[word], sentence[words[index - 2][1]:end], words[index - 2][1], end))
            index += 1
            continue
        rough = word in ROUGH_STARTS and next(
            (p for p in ROUGH_MULTIPLES if tuple(w for w, _, _ in words[index:index + len(p)]) == p), None)
        if rough:  # "several dozen accounts", "a few hundred Pages": a size without a figure, said as written
            stop = words[index + len(rough) - 1][2]
            found.append(Count(None, " ".join(rough), sentence[start:stop], start, stop, in_words=True))
            index += len(rough)
            continue
        if word in SMALL_NUMBERS and not (word == "one" and index + 1 < len(words) and words[index + 1][0] == "of"):
            if word in MULTIPLIERS and not (index and words[index - 1][0] == "a"):
                index += 1
                continue  # "a dozen", "a thousand"; a bare "thousand" follows a figure already read
            last = index
            # "two dozen", "twenty-five", "three hundred and fifty", "five thousand": one figure, not several
            while True:
                step = 2 if (last + 2 < len(words) and words[last][0] in MULTIPLIERS
                             and words[last + 1][0] == "and") else 1  # "three hundred and fifty"
                if not (last + step < len(words) and words[last + step][0] in NUMBER_WORDS and re.fullmatch(
                        r"\s+and\s+" if step == 2 else r"\s|-", sentence[words[last][2]:words[last + step][1]])):
                    break
                last += step
            if word in MULTIPLIERS:
                start = words[index - 1][1]
            end = words[last][2]
            qualifier, begin = qualifier_before(sentence, start)
            found.append(Count(_words_value([w for w, _, _ in words[index:last + 1] if w != "and"]), qualifier,
                               sentence[begin:end], begin, end,
                               in_words=last > index or word in MULTIPLIERS or SMALL_NUMBERS[word] >= 20))
            index = last
        index += 1
    return tuple(sorted((_or_so(sentence, count) for count in found), key=lambda count: count.start))


OR_SO = re.compile(r"\s+or\s+so\b", re.I)


def _or_so(sentence: str, count: Count) -> Count:
    """"sixty or so accounts": about sixty, quoted with its "or so"."""
    if count.value is None or count.qualifier != "exact" or " or" not in sentence[count.end:count.end + 4] or not (
            after := OR_SO.match(sentence, count.end)):
        return count
    return replace(count, qualifier="about", text=sentence[count.start:after.end()], end=after.end())


# "…bringing the total to 69": a running total, raised by what was just told (in extraction, and as answers word it)
TOTAL_BROUGHT_TO = re.compile(r"\b(?:bring|brings|bringing|brought|taking|takes|took)\s+(?:the|its|their)\s+"
                              r"(?:[\w'’]+\s+)?(?:total|tally|count|number)\s+(?:\w+\s+){0,3}?to\s+", re.I)
