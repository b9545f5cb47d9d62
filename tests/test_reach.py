"""Reach figures (followers, ad spend, posts) are read apart from takedown counts."""

from __future__ import annotations

import pytest

from bot.reach import reach_in
from bot.units import counted_units


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Roughly 410,000 accounts followed at least one of the Pages.", [("followers", 410000, "about", None)]),
    ("The Pages had a following of 1.2 million, the firm said.", [("followers", 1200000, "exact", None)]),
    ("The channels had 36,000 subscribers between them.", [("subscribers", 36000, "exact", None)]),
    ("They spent less than US$25,000 on ads, paid mostly in rubles.", [("ad spend", 25000, "fewer than", "USD")]),
    ("The operators spent about $2.5 million on advertising.", [("ad spend", 2500000, "about", "USD")]),
    ("Around €40,000 went on ads, Meta said.", [("ad spend", 40000, "about", "EUR")]),
    ("The network paid 9,000 euros for promoted posts.", [("ad spend", 9000, "exact", "EUR")]),
    # (in the local currency, as written, beside its dollars: "₹41 lakh", "Mexican pesos", "R$", "rupiah")
    ("Its ad bill came to around ₹12 lakh (about US$14,000).", [("ad spend", 1200000, "about", "INR"),
                                                              ("ad spend", 14000, "about", "USD")]),
    ("It spent roughly 900,000 Colombian pesos on ads.", [("ad spend", 900000, "about", "PESO")]),
    ("It spent up to R$30,000 on ads.", [("ad spend", 30000, "up to", "BRL")]),
    ("It paid about 12 million rupiah for ads.", [("ad spend", 12000000, "about", "IDR")]),
    ("The accounts posted more than 3 million tweets.", [("posts", 3000000, "more than", None)]),
    ("The group's Pages were followed by about 70,000 accounts.", [("followers", 70000, "about", None)]),
    ("The channels had a combined following of about 52,000 accounts.", [("followers", 52000, "about", None)]),
    # accounts given back after a takedown are no takedown and no audience
    ("X said some were banned in error and that it had reinstated 88 of them.", [("reinstated", 88, "exact", None)]),
    ("Meta restored about 40 accounts that it had removed by mistake.", [("reinstated", 40, "about", None)]),
    ("Some 25 of the channels have since been reinstated.", [("reinstated", 25, "about", None)]),
])
def test_reach_figures(sentence: str, expected: list[tuple]) -> None:
    assert [(f.measure, f.amount, f.qualifier, f.currency) for f in reach_in(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    "Meta removed 120 accounts and 14 Pages.",                    # counts, not reach
    "The 32 pages were followed by other pages.",                 # no figure for the audience
    "The firm has $3 million in revenue and 40 staff.",           # money that is not ad spending
    "About 70 of them followed the same script.",                 # a share of the accounts, not followers
    "One person may follow several accounts, so this is no count of people.",  # how followers are counted
])
def test_not_reach(sentence: str) -> None:
    assert reach_in(sentence) == []


def test_the_audience_of_removed_pages_is_not_a_takedown_count() -> None:
    units = counted_units("The 32 Pages were followed by about 290,000 accounts.")
    assert [(u.count.value, u.unit) for u in units] == [(32, "pages")]


def test_an_audience_put_at_a_figure_is_its_followers() -> None:
    assert [(f.measure, f.amount, f.qualifier) for f in reach_in(
        "A broadcaster put the Instagram audience at more than 210,000.")] == [("followers", 210000, "more than")]


def test_tweets_with_a_hyphenated_word_before_them_are_posts() -> None:
    assert [(f.measure, f.amount) for f in reach_in("Analysts counted 61,200 election-related tweets.")] == [
        ("posts", 61200)]


@pytest.mark.parametrize(("sentence", "figures"), [
    ("Researchers estimate that the wider operation may control up to 400 accounts across six platforms.",
     [("estimated size", 400, "up to")]),
    ("We estimate the network on X was closer to 6,000 accounts.", [("estimated size", 6000, "about")]),
    ("Meta removed 400 accounts, the company estimated.", []),  # a removal, not an estimate of a size
    ("The lab's own mapping puts Birch Chorus at a minimum of 3,420 accounts on X alone.",
     [("estimated size", 3420, "at least")]),
    ("By our count the operation ran roughly 780 accounts.", [("estimated size", 780, "about")]),
    ("A wire report put the Iranian total at 254 Pages.", []),  # a removal as another outlet gave it
    ("The lab's researchers said they had identified 655 accounts.", [("estimated size", 655, "exact")]),
    ("The Harbour Observatory, which flagged the network, said it had identified 1,930 accounts in it.",
     [("estimated size", 1930, "exact")]),
    ("The company said it had identified 88 accounts in the network.", []),  # the platform's own: a removal's
    ("The observatory said it had identified 412 accounts, and X suspended them.", []),  # a removal
])
def test_a_networks_size_someone_estimated_is_kept_apart_as_an_estimate(sentence: str, figures: list) -> None:
    assert [(f.measure, f.amount, f.qualifier) for f in reach_in(sentence)] == figures


@pytest.mark.parametrize(("sentence", "found"), [
    ("The banned accounts had posted roughly six hundred times across the forums.", [("posts", 600, "about")]),
    ("The network's posts were shared about 37,400 times in total.", []),  # shares are no posts of its own
])
def test_times_a_network_posted_are_its_posts(sentence: str, found: list[tuple]) -> None:
    assert [(f.measure, f.amount, f.qualifier) for f in reach_in(sentence)] == found


def test_a_platform_s_audience_told_with_the_country_is_not_a_count_of_accounts() -> None:
    sentence = "Nepal is the app's third market, with 3 crore TikTok users and 900,000 Facebook users."
    assert counted_units(sentence) == []
    assert [(c.count.value, c.unit) for c in counted_units("Reddit banned 61 users and 12 subreddits.")] == [
        (61, "accounts"), (12, "subreddits")]
