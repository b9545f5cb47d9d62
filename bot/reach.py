"""Reach figures: how many followed a network, what it spent on ads, how much it posted.

These are not takedown counts ("the Pages had about 290,000 followers" removed nobody), so they are
kept apart, each with its measure, qualifier and, for money, its currency.  Pure functions over one
sentence; `extract.py` decides which platform, country and date they belong to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.mentions import actions_in, platforms_in
from bot.numbers import counts_in, qualifier_before

CURRENCY_SIGNS = {"us$": "USD", "$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
                  # ("₹41 lakh", "R$ 120,000", "Rp 38 million", "₱2.4 million", "₦15 million")
                  "₹": "INR", "inr": "INR", "rs": "RUPEE", "rs.": "RUPEE", "r$": "BRL", "brl": "BRL", "rp": "IDR",
                  "rp.": "IDR", "idr": "IDR", "₱": "PHP", "₦": "NGN", "₩": "KRW", "₺": "TRY", "₽": "RUB", "৳": "BDT",
                  "mxn": "MXN"}
CURRENCY_WORDS = {"dollars": "USD", "euros": "EUR", "pounds": "GBP", "rubles": "RUB", "roubles": "RUB",
                  # (a peso or a rupee of which country, the words before it may say: kept as written in the quote)
                  "pesos": "PESO", "rupees": "RUPEE", "rupiah": "IDR", "reais": "BRL", "naira": "NGN", "yuan": "CNY",
                  "renminbi": "CNY", "lira": "TRY", "taka": "BDT", "baht": "THB", "ringgit": "MYR",
                  "zloty": "PLN", "lei": "RON", "cedis": "GHS", "rand": "ZAR", "shillings": "SHILLING",
                  "dirhams": "AED", "riyals": "RIYAL", "hryvnias": "UAH", "yen": "JPY", "dinars": "DINAR"}
MULTIPLIERS = {"thousand": 1_000, "k": 1_000, "million": 1_000_000, "m": 1_000_000, "billion": 1_000_000_000,
               "bn": 1_000_000_000, "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000}
NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDS = "|".join(CURRENCY_WORDS)
MONEY = re.compile(
    rf"(?P<sign>US\$|R\$|\$|€|£|₹|₱|₦|₩|₺|₽|৳|(?:USD|EUR|GBP|INR|BRL|IDR|MXN)\s?|(?:Rs|Rp)\.?\s?)\s?(?P<number>{NUMBER})"
    rf"(?:\s?(?P<mult>thousand|million|billion|bn|k|m|lakhs?|crores?)\b)?"
    rf"|(?P<number2>{NUMBER})(?:\s(?P<mult2>thousand|million|billion|lakhs?|crores?))?\s(?-i:[A-Z][a-z]+\s)?"
    rf"(?P<word>{_WORDS})\b",
    re.I)
SPENDING = re.compile(r"\b(?:spen[dt]|spending|paid|pay|ads?|advert\w*|budget)\b", re.I)
# what follows a count when it measures reach ("790,000 followers", "about 2.8 million people followed")
MEASURES = [
    ("followers", re.compile(r"^\s+(?:\w+\s+){0,2}?(?:followers|fans)\b"
                             r"|^\s+(?:(?!(?:were|was|are|is|been)\b)\w+\s+){0,3}?(?:followed|follow)\b"
                             r"|^\s+(?:\w+\s+){0,2}?(?:joined|liked|belonged\s+to\s+(?:at\s+least\s+)?one\s+of)\b"
                             r"|^\s+(?:\w+\s+)?(?:were|are)\s+(?:following|members\s+of)\b",
                             re.I)),
    ("subscribers", re.compile(r"^\s+(?:\w+\s+){0,2}?subscribers\b|^\s+(?:\w+\s+){0,2}?subscribed\b", re.I)),
    ("posts", re.compile(r"^\s+(?:[\w-]+\s+){0,2}?(?:tweets|posts|videos|messages|comments)\b", re.I)),
    ("views", re.compile(r"^\s+(?:\w+\s+){0,2}?(?:views|impressions)\b", re.I)),
]
# accounts given back after a takedown: "it had reinstated 117 of them", "restored 74 accounts removed in error"
# (the figure's own words before it, whose removal `extract` leaves out: given back, not taken down)
REINSTATED_BEFORE = re.compile(r"\b(?:reinstat\w*|restor(?:e|ed|es|ing)|unban\w*|reactivat\w*|unsuspend\w*|"
                               r"brought\s+back)\s+(?:\w+\s+){0,2}$", re.I)
REINSTATED_AFTER = re.compile(r"^\s+(?:[\w-]+\s+){0,3}?(?:(?:that|which)\s+[^.;]{0,100}?\s+)?(?:were|was|"
                              r"(?:have|had|has)\s+(?:since\s+|now\s+|later\s+)?been)\s+(?:since\s+|later\s+|now\s+)?"
                              # ("at least 112 accounts that Twitter suspended in an earlier sweep … have since been
                              # reinstated")
                              r"(?:reinstated|restored|unsuspended|reactivated)\b", re.I)
# the second figure of "the Pages had 13,500 followers and the Instagram accounts about 265,000": same measure
ELLIPSIS = re.compile(r"^\s+(?:followers|fans|subscribers)?\s*,?\s*and\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}"
                      r"(?:accounts|pages|groups|channels|profiles)\s+(?:had\s+|with\s+)?$", re.I)
POSTED_BEFORE = re.compile(r"\b(?:posted|tweeted|published|uploaded)\s+$", re.I)  # (not "shared 400 times")
# "a following of 2.8 million", "followed by about 15,500 accounts"
MEASURE_BEFORE = [
    ("followers", re.compile(r"\b(?:a\s+(?:combined\s+|total\s+|collective\s+)?following\s+of|followed\s+by|"
                             r"follower\s+count\s+of|audience\s+(?:of|at)|(?:following|followers)\s+at)\s+$", re.I)),
]


# a network's size as someone estimated it ("Researchers estimate that the operation may control up to 400 accounts")
# (and "My own mapping puts Danube Choir at a minimum of 2,150 accounts", "by my count", "our own mapping identified…")
# (not "A dpa-AFX report put the Iranian total at 254 Pages": a removal, as another outlet reported it)
ESTIMATE_CUE = re.compile(r"\b(?:estimat(?:e|es|ed|ing)|reckon(?:s|ed)?)\b|\bby\s+(?:my|our)\s+(?:own\s+)?count\b"
                          # "Our own mapping identified at least 180 accounts, channels and Pages"
                          r"|\b(?:my|our)\s+(?:own\s+)?mapping\s+(?:identified|found|counted|shows|showed)\b"
                          # "By the end of December we had counted 1,412 accounts across the three platforms"
                          r"|\b(?:we|I|researchers|analysts)\s+(?:had\s+|have\s+)?counted\b"
                          # "The group's researchers said they had identified 655 accounts": an outside count
                          r"|\b(?:researchers|analysts|investigators)\s+(?:said\s+they\s+|say\s+they\s+)?(?:had\s+|have\s+)?"
                          r"(?:identified|mapped)\b"
                          # "The authors studied 5,412 accounts": those a study looked at, none removed
                          r"|\b(?:we|I|they|researchers|analysts|authors|study|paper|report)\s+(?:had\s+|have\s+)?"
                          r"(?:studied|analy[sz]ed|examined|reviewed|looked\s+at)\b"
                          r"|\b(?:my|our|own)\b[^.;]{0,120}?\bput(?:s|ting)?\s+(?:[\w'’-]+\s+){1,4}?at\b", re.I)
# "GODI, a Doha-based research group…, said it had identified 2,780 accounts belonging to the same operation", where
# the sentence removes nothing: someone's count of the network
SAID_IT_IDENTIFIED = re.compile(r"\b(?:said|says)\s+(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:identified|mapped|"
                                r"counted)\s+(?:\w+\s+){0,2}$", re.I)
THE_COMPANY = re.compile(r"\b(?:company|platform)\b", re.I)  # (its own count is of what it removed)
SIZE_UNIT = re.compile(r"^\s+(?:[\w-]+\s+){0,2}?(?:accounts|profiles|channels|pages|assets|personas)\b", re.I)


@dataclass(frozen=True)
class ReachFigure:
    """One reach figure in a sentence: measure, amount as a number, qualifier, the words, where it stands."""

    measure: str  # followers | subscribers | posts | views | ad spend | estimated size | reinstated
    amount: int
    qualifier: str
    text: str
    start: int
    end: int
    currency: str | None = None


def _amount(number: str, multiplier: str | None) -> int:
    return round(float(number.replace(",", "")) * MULTIPLIERS.get((multiplier or "").lower(), 1))


def money_in(sentence: str) -> list[ReachFigure]:
    """Ad spending in a sentence about spending ("about $812,000 on ads", "less than US$30,000")."""
    if not SPENDING.search(sentence):
        return []
    found = []
    for match in MONEY.finditer(sentence):
        if match.group("sign"):
            currency = CURRENCY_SIGNS[match.group("sign").strip().lower()]
            amount = _amount(match.group("number"), match.group("mult"))
        else:
            currency = CURRENCY_WORDS[match.group("word").lower()]
            amount = _amount(match.group("number2"), match.group("mult2"))
        qualifier, begin = qualifier_before(sentence, match.start())
        found.append(ReachFigure("ad spend", amount, qualifier, sentence[begin:match.end()].strip(), begin,
                                 match.end(), currency))
    return found


def reach_in(sentence: str) -> list[ReachFigure]:
    """Every reach figure in a sentence: followers, subscribers, posts, views, ad spending, and accounts given back
    after a takedown."""
    found = money_in(sentence)
    for count in counts_in(sentence):
        if count.value is None or any(f.start <= count.start < f.end for f in found):
            continue
        if count.value == 1 and not any(character.isdigit() for character in count.text):
            continue  # "one person may follow several accounts": how followers are counted, not a figure of them
        rest, before = sentence[count.end:], sentence[:count.start]
        measure = next((name for name, pattern in MEASURES if pattern.match(rest)), None) or next(
            (name for name, pattern in MEASURE_BEFORE if pattern.search(before[-40:])), None)
        previous = found[-1] if found and found[-1].measure != "ad spend" else None
        if measure is None and POSTED_BEFORE.search(before[-30:]) and re.match(r"\s+times\b", rest):
            measure = "posts"  # "the banned accounts had posted roughly six hundred times"
        if measure is None and previous and ELLIPSIS.match(sentence[previous.end:count.start]):
            measure = previous.measure  # "13,500 followers and the Instagram accounts about 265,000"
        if measure is None and SIZE_UNIT.match(rest) and (ESTIMATE_CUE.search(before) or (
                SAID_IT_IDENTIFIED.search(before) and not actions_in(sentence) and not platforms_in(before)
                and not THE_COMPANY.search(before))):
            measure = "estimated size"  # "we estimate the network on X was closer to 6,000 accounts": no removal
        if measure is None and (REINSTATED_BEFORE.search(before[-40:]) or REINSTATED_AFTER.match(rest)):
            measure = "reinstated"  # "…and that it had reinstated 117 of them": given back, not taken down
        if measure is None or (measure != "reinstated" and re.match(r"\s+(?:of\s+)?(?:them|these|those)\b", rest,
                                                                     re.I)):
            continue
        found.append(ReachFigure(measure, count.value, count.qualifier, count.text, count.start, count.end))
    return sorted(found, key=lambda figure: figure.start)
