"""Extraction: every fact in the two source documents, and the traps real reporting sets."""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from pathlib import Path

import pytest

from bot.dates import reported_period
from bot.documents import parse_document
from bot.extract import FIRST_PERSON, extract_document
from bot.facts import Fact
from bot.mentions import actions_in, countries_in, platforms_in, without_countries
from bot.placing import ANOTHER_CASE, of_one_operation
from bot.roles import country_roles, linked_entities, network_aliases_in, network_names
from bot.tips import SOURCE_LATE, _may_come_late, tip_date
from bot.units import bare_unit, counted_units
from tests.conftest import KNOWLEDGE, PARLIAMENT_HEARING, kb_from


def facts_of(name: str, text: str | None = None) -> list[Fact]:
    raw = (KNOWLEDGE / name).read_bytes() if text is None else textwrap.dedent(text).lstrip().encode()
    return extract_document(parse_document(name, raw)).facts


def summary(fact: Fact) -> tuple:
    return (fact.platform, fact.action, fact.count, fact.qualifier, fact.unit, fact.origins,
            fact.announced.isoformat() if fact.announced else None)


# --------------------------------------------------------------------------- the source documents


def test_xinhua_article_facts_exactly() -> None:
    facts = facts_of("000_c6b3c29f4711212a.txt")
    assert [summary(f) for f in facts] == [
        ("Facebook", "removed", None, None, "accounts, groups and pages", [], "2018-08-21"),
        # (the lead's removal by Twitter is the one "originating from Iran" told later, also without a figure)
        ("Twitter", "removed", None, None, "accounts, groups and pages", ["Iran"], "2018-08-21"),
        ("Facebook", "removed", 652, "exact", "accounts", ["Iran"], "2018-08-21"),
        ("Facebook", "removed", None, None, "accounts", [], "2018-08-21"),
        ("Facebook", "deleted", 32, "exact", "pages and accounts", [], "2018-07-31"),
        ("Twitter", "took down", None, None, "accounts", ["Iran"], "2018-08-21"),
        ("Twitter", "suspended", 284, "exact", "accounts", ["Iran"], "2018-08-21"),
    ]


def test_xinhua_652_takes_origin_and_targets_from_the_next_sentence_and_quotes_both() -> None:
    fact = next(f for f in facts_of("000_c6b3c29f4711212a.txt") if f.count == 652)
    assert fact.attribution == "originated in Iran"
    assert fact.targets == ["United Kingdom", "United States", "Middle East", "Latin America"]
    assert fact.target_text == ("targeted people across multiple internet services in the Middle East, "
                                "Latin America, UK and U.S.")
    assert fact.quote == (
        'Facebook said it removed 652 fake accounts. Some of these displayed "coordinated inauthentic behavior '
        'that originated in Iran and targeted people across multiple internet services in the Middle East, '
        'Latin America, UK and U.S.," it said.')


def test_xinhua_32_is_dated_by_its_own_date_and_marked_as_a_back_reference() -> None:
    fact = next(f for f in facts_of("000_c6b3c29f4711212a.txt") if f.count == 32)
    assert fact.announced == dt.date(2018, 7, 31)
    assert fact.reference is True
    assert fact.origins == []  # "ahead of the upcoming U.S. mid-term elections" is not an origin


def test_xinhua_284_quote_spans_the_quoted_statement() -> None:
    fact = next(f for f in facts_of("000_c6b3c29f4711212a.txt") if f.count == 284)
    assert fact.quote.startswith('"Working with our industry peers today, we have suspended 284 accounts')
    assert fact.quote.endswith('Twitter said in a post Tuesday.')
    assert fact.attribution == "originated from Iran"


def test_xinhua_tip_from_fireeye_about_liberty_front_press() -> None:
    document = parse_document("000_c6b3c29f4711212a.txt", (KNOWLEDGE / "000_c6b3c29f4711212a.txt").read_bytes())
    tips = extract_document(document).tips
    assert [(t.platform, t.source, t.about) for t in tips] == [("Facebook", "FireEye", "Liberty Front Press")]


def test_abc_article_facts_exactly() -> None:
    facts = facts_of("002_f29ceca511a13dd7.txt")
    assert [summary(f) for f in facts] == [
        ("Twitter", "deleted", None, "thousands", "accounts", ["Iran", "Russia", "Venezuela", "Bangladesh"],
         "2019-01-31"),
        ("Twitter", "deleted", 1000, "more than", "accounts", ["Venezuela"], "2019-01-31"),
        ("Twitter", "suspended", 2617, "exact", "accounts", ["Iran"], "2019-01-31"),
        ("Facebook", "took down", 783, "exact", "pages, groups and accounts", ["Iran"], "2019-01-31"),
    ]


def test_abc_venezuela_figure_keeps_qualifier_and_domestic_target() -> None:
    fact = next(f for f in facts_of("002_f29ceca511a13dd7.txt") if f.count == 1000)
    assert fact.count_text == "more than 1,000"
    assert fact.target_text == "targeting domestic audiences"
    assert fact.scope is None


def test_abc_2617_is_marked_additional() -> None:
    fact = next(f for f in facts_of("002_f29ceca511a13dd7.txt") if f.count == 2617)
    assert fact.scope == "additional"


def test_abc_tips_between_facebook_and_twitter() -> None:
    document = parse_document("002_f29ceca511a13dd7.txt", (KNOWLEDGE / "002_f29ceca511a13dd7.txt").read_bytes())
    assert {(t.platform, t.source) for t in extract_document(document).tips} == {
        ("Twitter", "Facebook"), ("Facebook", "Twitter")}


def test_abc_related_story_links_are_not_facts() -> None:
    # "(MORE: Facebook blocks 115 accounts ...)" is a link to another story, not this one's news
    assert all(f.count != 115 for f in facts_of("002_f29ceca511a13dd7.txt"))


# --------------------------------------------------------------------------- traps


ARTICLE = """\
---
title: Test article
published: 2020-03-12
---
{body}
"""


def facts_in(body: str) -> list[tuple]:
    return [summary(f) for f in facts_of("t.md", ARTICLE.format(body=body))]


@pytest.mark.parametrize("sentence", [
    "About 290,000 accounts followed at least one of the Pages, Facebook said on Thursday.",
    "Twitter said the removed accounts had sent 36,900,000 tweets.",
    "The operators spent about $135,000 on Facebook ads, the company said.",
    "Facebook said 58% of the accounts it removed had no friends.",
    "Five members of the Senate committee asked Twitter to remove the accounts.",
    "In 2017, regulators asked Facebook to explain how it removes accounts.",
])
def test_distractor_numbers_are_never_counts(sentence: str) -> None:
    assert all(row[2] is None for row in facts_in(sentence))


def test_followers_next_to_a_real_count_are_left_out() -> None:
    rows = facts_in("Facebook said Thursday it removed 49 accounts that more than 14,000 people followed.")
    assert [r[2] for r in rows] == [49]


def test_negated_removal_is_not_a_fact() -> None:
    assert facts_in("Twitter said it did not remove 300 accounts flagged by researchers.") == []
    assert actions_in("Not all of those were blocked: some were real pages.") == ()  # (only some were)


def test_who_told_it_or_whose_real_pages_were_copied_is_not_where_a_network_came_from() -> None:
    assert country_roles("Telegram blocked 54 channels, according to Moldovan officials.")[0] == []
    # (whom it posed as, in a list of who they were)
    assert country_roles("Twitter removed 310 accounts that posed as students, nurses and retired teachers in Chile "
                         "and Peru.")[:2] == ([], ["Chile", "Peru"])
    # (whom it posed as, however far the country is told after it)
    assert country_roles("Telegram blocked 64 channels that posed as local news outlets in northern and central "
                         "Moldova.")[:2] == ([], ["Moldova"])
    assert country_roles("The group said some had been legitimate pages run by Moldovans that the network copied.")[
        0] == []


def test_an_update_note_s_day_the_platform_took_the_network_down_dates_the_story_s_figures() -> None:
    story = textwrap.dedent("""\
        ---
        published: 2023-03-15
        ---
        > **Update, March 16, 2023:** This story was changed to correct the day of the removal. Snapchat took the \
network down on March 2, 2023, not March 12, as an earlier version said.

        Snapchat has removed a network of 142 accounts run from Ghana, the company said.

        Snapchat said it also removed 9 accounts that tried to return.
        """)
    assert [(f.count, str(f.announced)) for f in facts_of("u.md", story) if f.count] == [
        (142, "2023-03-02"), (9, "2023-03-15")]


def test_a_platform_saying_when_the_channels_were_blocked_dates_them() -> None:
    story = ("KYIV, Nov 22, 2022 (Wire) - Telegram has blocked 64 channels that posed as local news outlets, the "
             "company said on Tuesday.\n\nTelegram said the channels had been blocked on Monday, November 21, for "
             "breaking its rules.\n")
    assert [(f.count, str(f.announced)) for f in facts_of("k.txt", story)] == [(64, "2022-11-21")]


def test_meta_style_breakdown_gives_one_fact_per_unit_with_surfaces() -> None:
    body = ("Meta said on Thursday it removed 51 Facebook accounts, 36 Pages, seven Groups and three Instagram "
            "accounts. The network originated in Iran and targeted people in Israel.")
    facts = facts_of("t.md", ARTICLE.format(body=body))
    assert [(f.count, f.unit, f.surface, f.origins, f.targets) for f in facts] == [
        (51, "accounts", None, ["Iran"], ["Israel"]),  # Facebook accounts of Facebook: no separate surface
        (36, "pages", None, ["Iran"], ["Israel"]),
        (7, "groups", None, ["Iran"], ["Israel"]),
        (3, "accounts", "Instagram", ["Iran"], ["Israel"]),
    ]
    assert {f.platform for f in facts} == {"Facebook"}


def test_a_takedown_told_in_the_first_person_makes_the_platform_the_story_s_subject() -> None:
    body = ("Last Wednesday we took down 40 Pages and accounts from Facebook and Instagram for deceptive behavior. "
            "The set was made of 12 Facebook Pages, 20 Facebook profiles and 8 Instagram accounts.")
    assert [(f.platform, f.count, f.unit, f.surface) for f in facts_of("t.md", ARTICLE.format(body=body))] == [
        ("Facebook", 40, "pages and accounts", None), ("Facebook", 12, "pages", None),
        ("Facebook", 20, "accounts", None), ("Facebook", 8, "accounts", "Instagram")]


def test_items_of_a_list_opened_by_a_colon_break_down_the_takedown() -> None:
    body = ("Twitter names two Cuban networks\n\n"
            "Twitter said on Tuesday it had removed 505 accounts linked to Cuba, in two clusters:\n\n"
            "- 410 accounts that posted news about the island;\n"
            "- 95 accounts that praised its leaders.\n\n"
            "95 accounts is a small share of what the firm found.")
    assert [(f.platform, f.count, f.origins) for f in facts_of("t.md", ARTICLE.format(body=body)) if f.count] == [
        ("Twitter", 505, ["Cuba"]), ("Twitter", 410, ["Cuba"]), ("Twitter", 95, ["Cuba"])]


def test_assets_count_as_a_unit() -> None:
    rows = facts_in("On Monday we took down a network of 88 assets on Facebook and Instagram, Meta said.")
    assert [(r[2], r[4]) for r in rows] == [(88, "assets")]


def test_a_country_named_before_every_figure_covers_them_all() -> None:
    body = ("Facebook said on Monday it removed networks run from Peru and Chile. "
            "The Peruvian set was the biggest: 70 Facebook accounts, 12 Pages and 4 Instagram accounts.")
    rows = [(f.count, f.origins) for f in facts_of("t.md", ARTICLE.format(body=body)) if f.count]
    assert rows == [(70, ["Peru"]), (12, ["Peru"]), (4, ["Peru"])]


def test_each_figure_keeps_its_own_country() -> None:
    body = ("Twitter said on Thursday it suspended 4,100 accounts linked to Ruritania's army and 2,200 accounts "
            "operated from Egypt and the United Arab Emirates.")
    facts = facts_of("t.md", ARTICLE.format(body=body))
    assert [(f.count, f.origins) for f in facts] == [
        (4100, []), (2200, ["Egypt", "United Arab Emirates"])]


def test_figure_for_several_countries_keeps_them_all() -> None:
    body = "Twitter on Thursday said it removed 4,000 accounts from Iran, Russia and Cuba."
    assert facts_in(body) == [("Twitter", "removed", 4000, "exact", "accounts", ["Iran", "Russia", "Cuba"],
                               "2020-03-12")]


@pytest.mark.parametrize("lead", [
    "Meta's report for March 2021, published on Tuesday, April 6, lists three networks it removed.",
    "Meta's March 2021 CIB report, published on Tuesday, April 6, lists three networks it removed.",
])
def test_the_month_a_periodic_report_covers_is_not_its_date(lead: str) -> None:
    body = lead + " The largest: 40 Facebook accounts and 12 Pages from Peru."
    text = "---\ntitle: Test article\npublished: 2021-04-07\n---\n" + body + "\n"
    assert [(f.count, f.announced, f.date_precision) for f in facts_of("t.md", text) if f.unit != "networks"] == [
        (40, dt.date(2021, 4, 6), "day"), (12, dt.date(2021, 4, 6), "day")]


def test_a_breakdown_after_a_mention_of_an_earlier_takedown_keeps_the_story_s_date() -> None:
    body = ("Twitter said on Thursday it had suspended 700 more accounts linked to Peru. It had already removed "
            "five accounts in August.\n\nThe sets:\n\n- Peru: 640 accounts.\n- Chile: 60 accounts.")
    text = "---\ntitle: Test article\npublished: 2020-10-09\n---\n" + body + "\n"
    dates = {f.count: (f.announced, f.date_precision) for f in facts_of("t.md", text)}
    assert dates[5] == (dt.date(2020, 8, 1), "month")
    assert dates[640] == dates[60] == (dt.date(2020, 10, 8), "day")


def test_back_reference_with_a_month_is_dated_to_that_month() -> None:
    body = "In December, Facebook removed 610 accounts tied to a Vietnamese media group, the company noted."
    (row,) = facts_in(body)
    assert row[2] == 610 and row[6] == "2019-12-01"
    (fact,) = facts_of("t.md", ARTICLE.format(body=body))
    assert fact.reference and fact.date_precision == "month"


def test_weekday_resolves_against_the_document_date() -> None:
    body = "YouTube said on Monday it had terminated 120 channels linked to Russia."
    assert facts_in(body) == [("YouTube", "terminated", 120, "exact", "channels", ["Russia"], "2020-03-09")]


def test_company_in_later_sentence_is_the_platform_named_before() -> None:
    body = ("TikTok said on Wednesday it had found covert networks. The company said it banned 1,200 accounts "
            "operated from Iran.")
    assert facts_in(body) == [("TikTok", "banned", 1200, "exact", "accounts", ["Iran"], "2020-03-11")]


def test_passive_count_inherits_the_unit() -> None:
    body = "Twitter removed 3,465 accounts on Thursday; of them 2,160 were linked to China."
    rows = facts_in(body)
    assert [(r[2], r[4], r[5]) for r in rows] == [(3465, "accounts", []), (2160, "accounts", ["China"])]


def test_headline_numbers_are_not_facts() -> None:
    text = "Facebook pulls 999 pages in sweep\n\nMENLO PARK, March 3 (Reuters) - Facebook said it removed pages.\n"
    facts = extract_document(parse_document("h.txt", text.encode())).facts
    assert [f.count for f in facts] == [None]


def test_a_campaign_against_a_protest_movement_targets_its_country() -> None:
    origins, targets, _, _ = country_roles("Twitter dismantled a campaign originating in China that sought to "
                                           "undermine the protest movement in Hong Kong.")
    assert (origins, targets) == (["China"], ["Hong Kong"])


def test_what_a_network_posted_about_is_not_where_it_came_from() -> None:
    origins, targets, _, _ = country_roles("It posted in Urdu about the Indian military and tried to lure readers.")
    assert (origins, targets) == ([], [])


def test_a_demonym_after_the_audience_was_is_whom_it_reached() -> None:
    assert country_roles("The audience was Sudanese users at home and in the diaspora.")[:2] == ([], ["Sudan"])


def test_whose_corruption_a_network_posted_about_is_not_where_it_came_from() -> None:
    assert country_roles("The channels posted about alleged corruption among Polish and Lithuanian officials.")[:2] \
        == ([], [])


def test_whom_a_network_praised_is_not_whom_it_targeted() -> None:
    origins, targets, _, _ = country_roles("The network originated in Egypt and targeted audiences in Qatar and Iran "
                                           "with posts supportive of Saudi Arabia and Bahrain.")
    assert (origins, targets) == (["Egypt"], ["Qatar", "Iran"])


def test_a_country_the_network_did_not_target_is_no_target() -> None:
    _, targets, _, _ = country_roles("Targets: audiences in Kosovo and in North Macedonia; we saw no meaningful "
                                     "targeting of people in Albania")
    assert targets == ["Kosovo", "North Macedonia"]


def test_figures_tied_to_the_same_operators_share_the_network() -> None:
    facts = facts_of("s.md", "---\ntitle: t\npublished: 2021-02-09\n---\nGoogle said on Monday it terminated 900 "
                     "YouTube channels linked to China.\nIt also removed 4 ad accounts tied to the same operators.\n")
    assert [(f.count, f.unit, f.origins) for f in facts] == [(900, "channels", ["China"]), (4, "accounts", ["China"])]


def test_country_roles_origin_versus_target() -> None:
    origins, targets, attribution, target_text = country_roles(
        "The network originated in Israel and focused on Nigeria, Senegal and Togo.")
    assert origins == ["Israel"]
    assert targets == ["Nigeria", "Senegal", "Togo"]
    assert attribution == "originated in Israel"
    assert target_text == "focused on Nigeria, Senegal and Togo"


def test_a_network_run_from_a_named_region_of_a_country_came_from_that_country() -> None:
    assert country_roles("TikTok removed 31 accounts operated from the Tarma region of central Peru that targeted "
                         "Bolivian users.")[:2] == (["Peru"], ["Bolivia"])


def test_a_troll_farm_in_a_country_is_where_the_network_came_from() -> None:
    assert country_roles('Meta removed a network it called a state-run "troll farm" in Nicaragua.')[:2] == (
        ["Nicaragua"], [])


def test_a_country_added_to_a_network_s_targets_is_a_target() -> None:
    assert country_roles("Meta removed 58 accounts tied to the same operators, who had added Finland to their "
                         "targets.") == ([], ["Finland"], None, "added Finland to their targets")


def test_country_named_in_passing_is_no_origin() -> None:
    assert country_roles("Facebook removed 40 pages ahead of the U.S. elections.")[0] == []


def test_demonym_before_unit_is_an_origin() -> None:
    assert country_roles("Twitter removed 200 Iranian accounts.")[0] == ["Iran"]


@pytest.mark.parametrize(("sentence", "origins"), [
    ("Meta removed 41 Pages run by Radio Zenda, a Belarusian broadcaster.", ["Belarus"]),
    ("TikTok removed 12 accounts run by a Kenyan marketing firm.", ["Kenya"]),
    ("YouTube ended 30 channels aimed at Brazilian voters.", []),  # the audience, not the operators
    ("The Chilean set was the smallest: 12 accounts.", ["Chile"]),
    ("- Chile: 12 accounts.", ["Chile"]),                                # a list item labelled with its country
    ("The tally, per Voice of America: 20 accounts.", []),               # a label, but not at the line's start
    ("Meta removed 20 accounts aimed at Latin America.", []),            # "America" here is no country
    ("Google ended 30 channels backing Moscow's war in Ukraine.", []),   # where a war is, not who ran them
    ("Twitter removed 2,617 accounts in Iran.", ["Iran"]),              # a bare "in" after what was removed
    ("Twitter removed 70 accounts linked to a youth wing in Chile.", ["Chile"]),
    ("- Chile, 50 accounts that praised the army.", ["Chile"]),
    ("In Chile, 50 accounts belonged to a marketing firm.", ["Chile"]),
    ("Chile, Peru and Bolivia: we removed 93 accounts.", []),            # a heading of origin and targets: unread
    ("The Chilean embassy in Lima said it knew nothing, and Meta removed the Page.", []),  # who spoke
    ("Meta removed 40 Chilean accounts that said they were news sites.", ["Chile"]),
    ("Meta removed 40 accounts run by Chilean state media, the company said.", ["Chile"]),
])
def test_demonym_before_who_ran_it_is_an_origin(sentence: str, origins: list[str]) -> None:
    assert country_roles(sentence)[0] == origins


def test_counted_units_combined_list_is_one_unit() -> None:
    (item,) = counted_units("Facebook took down 783 Pages, groups and accounts on Thursday.")
    assert (item.count.value, item.unit) == (783, "pages, groups and accounts")


@pytest.mark.parametrize(("sentence", "units"), [
    ("Telegram blocked 214 public channels and 1,090 bot accounts.",
     [(214, "public channels"), (1090, "bot accounts")]),
    ("Discord deleted 31 private servers.", [(31, "private servers")]),
    ("X suspended 40 newly created accounts and 12 burner accounts.",
     [(40, "newly created accounts"), (12, "burner accounts")]),
])
def test_what_kind_of_channel_or_account_before_the_unit_keeps_the_figure(sentence: str, units: list) -> None:
    assert [(c.count.value, c.unit_text) for c in counted_units(sentence)] == units


def test_an_audience_counted_by_the_kind_of_asset_it_follows_is_no_figure_of_those_assets() -> None:
    sentence = ("The network ran 41 Facebook accounts and 9 Pages, and had about 36,000 Page followers and 2,100 "
                "channel subscribers.")
    assert [(c.count.text, c.unit) for c in counted_units(sentence)] == [("41", "accounts"), ("9", "pages")]


def test_a_second_figure_told_with_its_own_target_counts_the_unit_just_named() -> None:
    facts = facts_of("t.md", ARTICLE.format(body="Twitter said it had suspended 120 accounts targeting Kenyan voters "
                                                 "and 45 targeting Ugandan voters."))
    assert [(f.count, f.unit, f.targets) for f in facts] == [(120, "accounts", ["Kenya"]), (45, "accounts", ["Uganda"])]


def test_a_breakdown_by_a_whole_named_without_its_figure_counts_that_whole_s_unit() -> None:
    sentence = ("Of the channels, 131 posted mainly in French for Beninese readers, 57 were aimed at Togo and 26 "
                "targeted Niger.")
    assert [(c.count.value, c.unit) for c in counted_units(sentence)] == [
        (131, "channels"), (57, "channels"), (26, "channels")]
    # (but a figure that is no share of them is not counted: "Of the channels, the oldest was 3 years old")
    assert counted_units("Of the channels, the oldest had run for 3 years.") == []


def test_a_channel_breakdown_is_the_named_network_s_and_each_share_keeps_its_audience() -> None:
    story = ("---\ntitle: Telegram blocks channels\npublished: 2025-06-10\n---\nTelegram on Monday blocked 180 "
             "public channels run from Abidjan, the company said.\n\nThe operation, which analysts have labelled "
             "Lagune Bleue, was run by a local agency. Its staff referred to the project internally as \"Blue Wave\"."
             "\n\nOf the channels, 101 posted mainly in French for Beninese readers, 52 were aimed at Togo and 27 "
             "targeted Niger.\n\nThe company also banned thousands of user accounts that had been used to inflate "
             "the channels' view counts.\n")
    extraction = extract_document(parse_document("t.md", story.encode()))
    assert [(f.count_text, f.unit, f.origins, f.targets, f.scope) for f in extraction.facts] == [
        ("180", "channels", ["Côte d'Ivoire"], [], None),
        ("101", "channels", ["Côte d'Ivoire"], ["Benin"], "part"),
        ("52", "channels", ["Côte d'Ivoire"], ["Togo"], "part"),
        ("27", "channels", ["Côte d'Ivoire"], ["Niger"], "part"),
        ("thousands of", "accounts", ["Côte d'Ivoire"], [], None)]
    # (told of by its first name after the sentence that gives its other)
    assert [f.networks for f in extraction.facts] == [["Lagune Bleue"]] * 5
    assert extraction.aliases == [("Lagune Bleue", "Blue Wave")]


def test_linked_entities_need_a_name() -> None:
    sentence = "The accounts were linked to Iranian state media and had ties with Press TV, a broadcaster."
    assert linked_entities(sentence) == ["Iranian state media", "Press TV"]
    assert linked_entities("TikTok removed 300 accounts linked to them.") == []
    # (the ties of those the accounts posed as, or complained of: not who ran them)
    assert linked_entities("The accounts complained about their own governments' ties to Washington.") == []


@pytest.mark.parametrize(("sentence", "entities"), [
    ("The accounts were linked to a troll farm in St. Petersburg, Russia.", ["troll farm in St. Petersburg"]),
    ("It had ties to the U.S. Army and the Pentagon.", ["U.S. Army"]),
    ("They were tied to the Youth Wing of the Ruritanian Party (YWRP).", ["Youth Wing of the Ruritanian Party"]),
    ("The network was linked to Peru but run from several countries.", []),  # a country is an origin
    ("They were linked to 764 Chilean accounts removed earlier.", []),  # a figure, not a name
    ("This was linked to our earlier investigation of the Iran-linked network.", []),
    ("It was tied to Iran's and Russia's governments, which denied it.", ["Iran's and Russia's governments"]),
    ("It was operated by employees of Ruritania Media, a marketing firm.", ["employees of Ruritania Media"]),
    ("It removed 91 sites tied to Strontium in 14 separate actions.", ["Strontium"]),
    ("They were run by a Quito-based consultancy, Andes Signal, in 2020.", ["Quito-based consultancy, Andes Signal"]),
    ("Meta removed 40 Pages and accounts linked to Lotus Analytics: 31 Pages and 9 accounts.", ["Lotus Analytics"]),
])
def test_linked_entities_end_where_the_name_ends(sentence: str, entities: list[str]) -> None:
    assert linked_entities(sentence) == entities


def test_network_names() -> None:
    assert network_names("The network, known as Peace Data, ran a website.") == ["Peace Data"]
    assert network_names("It removed the Smaat network on Friday.") == ["Smaat"]
    # (the name after the place it came from, and after what ties it there)
    assert network_names("X suspended 40 accounts in the Iran-based Lark Static network.") == ["Lark Static"]
    assert network_names("Meta removed the Russia-linked Pine Coast network.") == ["Pine Coast"]
    assert network_names("We found a campaign, which we call Salt Harbor, that posted about mining.") == ["Salt Harbor"]
    assert network_names("It is what Meta calls Salt Harbor.") == ["Salt Harbor"]
    assert network_names("We call on platforms to act.") == []
    # a report's labelled lines, and a name referred to with its object between
    assert network_names('Network name: we refer to this operation as "Kestrel Lamp"') == ["Kestrel Lamp"]
    assert network_names("Network: Saltglass, which we first reported in 2024") == ["Saltglass"]
    assert network_names("Network: Meta said it removed it") == []
    assert network_names('Meta removed the network, which called itself "Union Jack Voice" on Facebook.') == [
        "Union Jack Voice"]
    assert network_names('They ran brands, the most prominent of which called itself "Desert Bell".') == []


def test_a_bulletin_names_the_activity_it_tracks_after_part_of_or_earlier_reporting_on() -> None:
    assert network_names("This activity is part of AMBER RELAY; the channels mostly uploaded spam.") == ["AMBER RELAY"]
    assert network_names("These findings are consistent with our earlier reporting on Amber Relay.") == ["Amber Relay"]
    # (not a platform's product, a country, or a possessive's words)
    assert network_names("The accounts were part of Facebook Pages.") == []
    assert network_names("It is part of United Russia.") == []
    assert network_names("This activity is part of Meta's wider findings.") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # each platform its own figure: "respectively" pairs them in order
    ("Twitter and Reddit removed 100 and 200 accounts, respectively.", [("Twitter", 100), ("Reddit", 200)]),
    # a unit left out after another platform's removal verb is the unit just counted
    ("Reddit banned 30 accounts, while Twitter suspended 45.", [("Reddit", 30), ("Twitter", 45)]),
    ("Reddit banned 30 accounts and 12 subreddits, and Twitter suspended 9.",
     [("Reddit", 30), ("Reddit", 12), ("Twitter", 9)]),
])
def test_figures_of_several_platforms_in_one_sentence(sentence: str, expected: list[tuple]) -> None:
    facts = facts_of("t.md", ARTICLE.format(body=sentence))
    assert [(f.platform, f.count) for f in facts] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the share is what was removed; the whole it came from was what researchers found
    ("Of the 900 Facebook accounts we identified, Meta has since removed 600.", [("Facebook", 600, "exact")]),
    ("Twitter has suspended 70 of the 110 accounts we reported.", [("Twitter", 70, "exact")]),
    ("Of the 110 accounts we reported, about 70 have been suspended by Twitter.", [("Twitter", 70, "about")]),
    ("Among the 110 accounts it found, Twitter suspended nearly 70.", [("Twitter", 70, "nearly")]),
    ("Twitter suspended 70 of the network's 110 accounts.", [("Twitter", 70, "exact")]),
    ("The network had 110 accounts; Twitter suspended 70 of them.", [("Twitter", 70, "exact")]),
    ("Twitter suspended two-thirds of the 110 accounts.", [("Twitter", None, None)]),  # no figure for the share
    # a platform that has not acted removed nothing
    ("TikTok has not yet acted on the 22 accounts we reported.", []),
    ("YouTube declined to remove the 12 channels, saying they broke no rule.", []),
    ("Twitter suspended the 310 accounts we had flagged.", [("Twitter", 310, "exact")]),
    ("We flagged 46 channels to Telegram, which has blocked 31 of those channels.", [("Telegram", 31, "exact")]),
    ("We flagged 46 channels to Telegram. Telegram has blocked 31 of those channels.", [("Telegram", 31, "exact")]),
])
def test_a_share_of_the_accounts_found_is_what_was_removed(sentence: str, expected: list[tuple]) -> None:
    body = ("Researchers at Harbor Lab said on Tuesday they had found a network run from Chile. Reddit said it "
            "banned 40 accounts. " + sentence)
    facts = facts_of("t.md", ARTICLE.format(body=body))
    assert [(f.platform, f.count, f.qualifier) for f in facts if f.platform != "Reddit"] == expected


def test_what_watchers_saw_set_against_what_was_removed_is_no_removal() -> None:
    body = ("Reddit said it banned 40 accounts. Note that the 3,180 accounts we tracked is more than the number "
            "Reddit suspended.")
    assert [(f.platform, f.count) for f in facts_of("t.md", ARTICLE.format(body=body))] == [("Reddit", 40)]


def test_share_of_a_figure_already_given_is_marked_part() -> None:
    body = ("Facebook said on Tuesday it removed 2,632 Pages, groups and accounts. Of those, 1,907 Pages, groups "
            "and accounts linked to Russia were removed for spam, and 513 were tied to Iran.")
    facts = facts_of("t.md", ARTICLE.format(body=body))
    assert [(f.count, f.scope, f.origins) for f in facts] == [
        (2632, None, []), (1907, "part", ["Russia"]), (513, "part", ["Iran"])]


def test_quote_over_two_lines_is_folded_to_one() -> None:
    body = "Twitter said on Monday it removed 40 accounts.\n\nThese accounts originated in Cuba."
    (fact,) = facts_of("t.md", ARTICLE.format(body=body))
    assert fact.quote == "Twitter said on Monday it removed 40 accounts. These accounts originated in Cuba."
    assert fact.origins == ["Cuba"]


def test_platform_and_its_owner_are_one_actor() -> None:
    body = "YouTube, owned by Alphabet Inc's Google, said on Thursday it disabled 210 channels."
    assert [(r[0], r[2]) for r in facts_in(body)] == [("YouTube", 210)]


def test_origin_from_the_sentence_before_when_this_one_continues_it() -> None:
    body = ("Twitter said it had uncovered an operation run from Cuba. It removed 420 accounts and suspended 9,000 "
            "accounts on Tuesday.")
    facts = facts_of("t.md", ARTICLE.format(body=body))
    assert [(f.count, f.origins) for f in facts] == [(420, ["Cuba"]), (9000, ["Cuba"])]
    assert facts[0].quote == body


def test_a_campaign_against_protesters_in_a_place_targets_it() -> None:
    origins, targets, attribution, _ = country_roles(
        "Twitter removed 900 accounts tied to a campaign by the Cuban government against protesters in Venezuela.")
    assert (origins, targets, attribution) == (["Cuba"], ["Venezuela"], "Cuban government")


def test_an_information_operation_is_not_a_tip() -> None:
    text = ("MADRID, May 5 (Wire) -- Twitter disclosed an information operation from Ruritania on Tuesday, and "
            "said it removed 80 accounts.\n")
    document = parse_document("x.txt", text.encode())
    assert extract_document(document).tips == []


def test_a_firm_named_intelligence_is_not_a_tip() -> None:
    text = ("MADRID, May 5 (Wire) -- Twitter said on Tuesday it removed 80 accounts. A researcher at Brightline "
            "Intelligence said the accounts reused material from state outlets in Chile.\n")
    assert extract_document(parse_document("x.txt", text.encode())).tips == []


def test_further_and_similar_accounts_are_counted() -> None:
    rows = facts_in("Meta said on Monday it removed 300 further accounts and 40 similar Pages tied to Chile.")
    assert [(r[2], r[4]) for r in rows] == [(300, "accounts"), (40, "pages")]


def test_a_thousand_in_words() -> None:
    assert [r[2:4] for r in facts_in("Twitter said Monday it was suspending nearly a thousand Cuban accounts.")] == [
        (1000, "nearly")]


def test_the_counted_pages_point_back_at_the_takedown_just_reported() -> None:
    body = ("Facebook removed hundreds of pages on Thursday that were run by employees of a Ruritanian broadcaster "
            "linked to the Kremlin. Facebook said the 480 pages and accounts had almost 900,000 followers and had "
            "spent around $90,000 on ads between March 2016 and this month.")
    facts = facts_of("t.md", ARTICLE.format(body=body))
    assert [(f.count, f.unit, f.origins, f.announced.isoformat()) for f in facts] == [
        (None, "pages", ["Russia"], "2020-03-12"), (480, "pages and accounts", ["Russia"], "2020-03-12")]


def test_where_a_network_pretended_to_be_is_not_its_origin() -> None:
    body = ("Facebook said it removed another 90 pages, groups and accounts that were designed to look like they "
            "were run from Ukraine, but were in fact part of a network that originated in Russia.")
    assert [r[5] for r in facts_in(body)] == [["Russia"]]


def test_late_last_year_is_a_back_reference() -> None:
    (fact,) = facts_of("t.md", ARTICLE.format(body="Late last year Facebook said it took down 12 accounts from Iran."))
    assert (fact.announced.isoformat(), fact.date_precision, fact.reference) == ("2019-01-01", "year", True)


def test_tip_from_law_enforcement_keeps_its_name_whole() -> None:
    text = ("Facebook removed 40 pages on Monday.\n"
            "The company said the pages were found following a tip from US law enforcement.\n")
    tips = extract_document(parse_document("x.txt", text.encode())).tips
    assert [(t.platform, t.source) for t in tips] == [("Facebook", "US law enforcement")]


@pytest.mark.parametrize(("sentence", "origins", "targets"), [
    ("TikTok removed 900 accounts run from mainland China that sought to sway voters ahead of Taiwan's election.",
     ["China"], ["Taiwan"]),
    ("Meta removed 40 accounts from Russia that tried to influence the election in Moldova.", ["Russia"], ["Moldova"]),
    ("The network operated out of northern Iraq.", ["Iraq"], []),
    # (where it was run, in a clause after whom it targeted)
    ("Meta removed 412 accounts that targeted Latvian users and were run from Russia.", ["Russia"], ["Latvia"]),
    ("The accounts targeted voters in Ghana but were run out of Nigeria.", ["Nigeria"], ["Ghana"]),
    ("The takedown targeted a network operated from Laos while targeting Thai viewers.", ["Laos"], ["Thailand"]),
])
def test_mainland_origins_and_swaying_voters(sentence: str, origins: list[str], targets: list[str]) -> None:
    assert country_roles(sentence)[:2] == (origins, targets)


def test_tip_as_help_in_finding_the_accounts() -> None:
    text = ("Reddit said on Friday it had banned 52 accounts.\n"
            "The company said it had found them with help from Northgate Research, a security firm.\n")
    tips = extract_document(parse_document("x.txt", text.encode())).tips
    assert [(t.platform, t.source) for t in tips] == [("Reddit", "Northgate Research")]


def test_tip_named_in_a_relative_clause() -> None:
    text = ("Twitter said on Monday it removed 70 accounts.\n"
            "The accounts posted about local politics, according to analysts at the Northgate Research Lab, who "
            "first flagged the activity to the company.\n")
    tips = extract_document(parse_document("x.txt", text.encode())).tips
    assert [(t.platform, t.source) for t in tips] == [("Twitter", "Northgate Research Lab")]


BULLETIN = (
    "---\ntitle: Quarterly bulletin\npublisher: Google\npublished: 2020-10-16\n---\n"
    "This bulletin covers coordinated influence operations we terminated in the third quarter.\n\n"
    "July\n\n"
    "We terminated 1 advertising account and 7 YouTube channels as part of our actions against a coordinated "
    "influence operation linked to Ecuador. The campaign posted content in Spanish. These findings are consistent "
    "with findings reported by Facebook.\n\n"
    "August\n\n"
    "We terminated 8 YouTube channels as part of our actions against a coordinated influence operation linked to "
    "Yemen.\n"
)


def test_a_platforms_own_bulletin() -> None:
    facts = extract_document(parse_document("b.md", BULLETIN.encode())).facts
    assert [(f.platform, f.count, f.surface, f.origins, f.targets, f.announced.isoformat(), f.date_precision,
             f.reference) for f in facts] == [
        ("Google", 1, "Ads", ["Ecuador"], [], "2020-07-01", "month", False),
        ("Google", 7, "YouTube", ["Ecuador"], [], "2020-07-01", "month", False),
        ("Google", 8, "YouTube", ["Yemen"], [], "2020-08-01", "month", False),
    ]


def test_counts_written_with_are() -> None:
    body = "Among the removed assets, 700 are Facebook accounts and 12 are Instagram accounts, Meta said on Monday."
    assert [(r[2], r[4]) for r in facts_in(body)] == [(700, "accounts"), (12, "accounts")]


def test_where_the_platform_that_speaks_is_based_is_not_where_the_network_came_from() -> None:
    assert country_roles("The Dubai-based company said it had blocked 96 channels linked to one network.")[0] == []
    assert country_roles("Meta removed 40 accounts run by a Dubai-based company.")[0] == ["United Arab Emirates"]


def test_critics_of_a_government_are_not_its_network() -> None:
    assert country_roles("Meta removed 70 pages criticizing critics of the Cuban government.")[0] == []


# --------------------------------------------------------------------------- reach and network names


def test_reach_figures_take_the_story_s_platform_country_and_date() -> None:
    document = parse_document("r.md", textwrap.dedent("""\
        ---
        title: Pages removed
        published: 2021-03-04
        ---
        Meta said on Thursday it removed 41 Pages and 96 accounts run from Belarus.
        Roughly 410,000 accounts followed at least one of the Pages, and the network spent less than US$25,000 on ads.
        """).encode())
    extraction = extract_document(document)
    assert [(f.count, f.unit) for f in extraction.facts] == [(41, "pages"), (96, "accounts")]
    assert [(r.platform, r.measure, r.amount, r.qualifier, r.amount_text, r.currency, r.origins,
             r.announced.isoformat()) for r in extraction.reach] == [
        ("Facebook", "followers", 410000, "about", "Roughly 410,000", None, ["Belarus"], "2021-03-04"),
        ("Facebook", "ad spend", 25000, "fewer than", "less than US$25,000", "USD", ["Belarus"], "2021-03-04"),
    ]


@pytest.mark.parametrize(("sentence", "pairs"), [
    ("The Blue Heron network, which researchers also call Grey Egret, posted memes.", [("Blue Heron", "Grey Egret")]),
    ("Doppelganger (also known as RRN) cloned news sites.", [("Doppelganger", "RRN")]),
    ('The network, which called itself Pluma Roja ("Red Quill"), was run from Cusco.', [("Pluma Roja", "Red Quill")]),
    ("Facebook, which many call Meta, removed them.", []),      # a platform, not a network
    ("The Pages were linked to Belarus.", []),
    # who names the network, told before its verb, is not another name of it
    ('The network overlaps with what Hollow Lab, a research group in Perth, tracks as "Moonreed".', []),
])
def test_network_aliases_a_sentence_gives(sentence: str, pairs: list[tuple[str, str]]) -> None:
    assert network_aliases_in(sentence) == pairs


def test_a_name_with_its_translation_then_what_it_is_names_the_network() -> None:
    sentence = ("X suspended 61 accounts tied to Kala Pul (\"Black Bridge\"), a network run from Armenia that "
                "posted about the border.")
    assert (network_names(sentence), linked_entities(sentence)) == (["Kala Pul"], [])


def test_a_known_alias_is_filed_under_one_network_name() -> None:
    assert network_names("Google disabled channels tied to DRAGONBRIDGE.") == ["Spamouflage"]
    assert network_names("The stoic reply came later.") == []  # "STOIC" counts only in capitals


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Meta said on Tuesday it has removed more than 200 covert influence networks since 2017.",
     [(200, "more than", "networks", "cumulative")]),
    ("To date, Twitter has suspended 4,000 accounts tied to the group.", [(4000, "exact", "accounts", "cumulative")]),
    ("Meta said on Tuesday it removed 32 accounts that had been active since 2018.",
     [(32, "exact", "accounts", None)]),                     # "since" dates the activity, not the tally
    ("OpenAI said on Thursday it had disrupted four covert influence operations.",
     [(4, "exact", "operations", None)]),
    # a year's tally so far holds the takedowns reported earlier that year: never added to them
    ("OpenAI said on Thursday that since the start of the year it had disrupted 12 operations.",
     [(12, "exact", "operations", "cumulative")]),
    # "operations" is no "operating since": the noun before "since 2017" leaves it a running total
    ("Meta said on Tuesday it had disrupted 39 covert influence operations since 2017.",
     [(39, "exact", "operations", "cumulative")]),
    ("Meta said on Tuesday it removed 32 accounts operating since 2018.", [(32, "exact", "accounts", None)]),
    # a year before any platform existed dates something else, never a tally of removals
    ("Reddit said on Monday it banned 14 accounts that posted about the dispute over the border since 1991.",
     [(14, "exact", "accounts", None)]),
    # one takedown set among those a running total would count
    ("X said on Monday it removed 830 accounts, the latest in a series of networks it has taken down since 2019.",
     [(830, "exact", "accounts", None)]),
])
def test_running_totals_are_kept_apart_from_single_takedowns(sentence: str, expected: list[tuple]) -> None:
    facts = facts_of("c.md", f"---\ntitle: t\npublished: 2021-05-26\n---\n{sentence}\n")
    assert [(f.count, f.qualifier, f.unit, f.scope) for f in facts] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a running total's cue covers every figure of its list, before it or after it
    ("Since 2019, Meta has removed 12 networks from Iran and 8 from Russia.",
     [(12, "networks", ["Iran"], "cumulative"), (8, "networks", ["Russia"], "cumulative")]),
    ("Meta has removed 12 networks from Iran and 8 from Russia since 2019.",
     [(12, "networks", ["Iran"], "cumulative"), (8, "networks", ["Russia"], "cumulative")]),
    # but not a figure of its own clause or time
    ("Meta removed 45 accounts on Monday, bringing its tally to 180 networks since 2017.",
     [(45, "accounts", [], None), (180, "networks", [], "cumulative")]),
    # a ranking of sources: each country with its own figure, the unit named once
    ("TikTok said Russia remained the top source, with 14 operations disrupted since 2021, followed by China with 6.",
     [(14, "operations", ["Russia"], "cumulative"), (6, "operations", ["China"], "cumulative")]),
])
def test_a_running_total_covers_its_whole_list(sentence: str, expected: list[tuple]) -> None:
    facts = facts_of("c.md", f"---\ntitle: t\npublished: 2021-05-26\n---\n{sentence}\n")
    assert [(f.count, f.unit, f.origins, f.scope) for f in facts] == expected


def test_a_ranking_of_sources_after_a_running_total_is_one_too() -> None:
    facts = facts_of("r.md", """\
        ---
        title: t
        published: 2023-02-14
        ---
        Meta said on Tuesday it has taken down 150 networks since 2018.
        The largest sources were China with 21 networks, Russia with 17 and Iran with 9.
        """)
    assert [(f.count, f.unit, f.origins, f.scope) for f in facts] == [
        (150, "networks", [], "cumulative"), (21, "networks", ["China"], "cumulative"),
        (17, "networks", ["Russia"], "cumulative"), (9, "networks", ["Iran"], "cumulative")]


def test_accounts_numbering_in_the_hundreds_are_hundreds_of_accounts() -> None:
    facts = facts_of("n.md", "---\ntitle: t\npublished: 2023-02-14\n---\nTwitter said on Monday it suspended accounts "
                     "numbering in the hundreds that were run from Iran.\n")
    assert [(f.count, f.count_text, f.unit, f.origins) for f in facts] == [(None, "hundreds of", "accounts", ["Iran"])]


def test_the_items_of_a_list_of_networks_take_no_country_from_each_other() -> None:
    facts = facts_of("l.md", """\
        ---
        title: t
        published: 2022-04-07
        ---
        Twitter said on Thursday it had removed 5,200 accounts tied to the government of Iran.

        The same release covered two smaller operations:

        - 640 accounts run from Russia, which pushed a state broadcaster's videos;
        - 310 accounts aimed at audiences in Serbia, which Twitter tied to a ruling-party youth group.
        """)
    assert [(f.count, f.origins, f.targets) for f in facts] == [
        (5200, ["Iran"], []), (640, ["Russia"], []), (310, [], ["Serbia"])]


def test_a_platform_that_was_itself_blocked_removed_nothing() -> None:
    facts = facts_of("b.md", "---\ntitle: t\npublished: 2022-04-07\n---\nTwitter said on Thursday it had removed 5,200 "
                     "accounts tied to Iran.\nTwitter itself is blocked in Iran, where people reach it through VPN "
                     "accounts.\n")
    assert [(f.platform, f.action, f.count) for f in facts] == [("Twitter", "removed", 5200)]


def test_a_quarterly_bulletin_dates_a_removal_by_the_span_it_gives() -> None:
    facts = facts_of("q.md", """\
        ---
        title: t
        published: 2021-02-09
        ---
        Google said it terminated 2,310 YouTube channels tied to Russia between October and December.
        Google also removed 40 accounts from Iran that ran ads from July to September.
        """)
    assert [(f.count, f.announced.isoformat(), f.date_precision, f.reference) for f in facts] == [
        (2310, "2020-12-01", "month", False), (40, "2021-02-09", "day", False)]


def test_a_network_said_to_be_unrelated_lends_no_country_name_or_scope() -> None:
    facts = facts_of("u.md", """\
        ---
        title: t
        published: 2021-02-09
        ---
        Google said on Monday it terminated 900 YouTube channels in a spam network linked to China, known as \
        Spamouflage.
        Separately, it terminated 16 channels tied to a campaign from Iran, and it found no overlap between that \
        campaign and the Chinese spam network.
        """)
    assert [(f.count, f.origins, f.networks, f.scope) for f in facts] == [
        (900, ["China"], ["Spamouflage"], "spam"), (16, ["Iran"], [], None)]


@pytest.mark.parametrize("name", ["r.md", "r.txt"])
def test_a_list_item_describes_the_operation_its_figure_belongs_to(name: str) -> None:
    facts = facts_of(name, """\
        ---
        title: t
        published: 2024-06-04
        ---
        OpenAI said on Tuesday it had disrupted three operations:

        - A Russian operation dubbed "Grey Lantern" wrote comments aimed at Moldova. OpenAI banned 35 accounts.
        - A network run by a Nairobi political consultancy wrote about Kenya's elections. OpenAI banned its accounts.
        - A fourth operation posted memes. OpenAI banned 12 accounts.
        """)
    assert [(f.count, f.origins, f.targets, f.networks) for f in facts] == [
        (3, [], [], []), (35, ["Russia"], ["Moldova"], ["Grey Lantern"]), (None, ["Kenya"], ["Kenya"], []),
        (12, [], [], [])]


def test_a_figure_tied_to_it_takes_the_operation_the_sentence_before_describes() -> None:
    facts = facts_of("p.md", "---\ntitle: t\npublished: 2022-08-04\n---\nMeta said on Thursday it had taken down a "
                     "network run by a troll farm in São Paulo, Brazil.\n"
                     "Meta removed 61 accounts tied to the operation.\n")
    assert [(f.count, f.origins, f.linked_to) for f in facts] == [
        (None, ["Brazil"], ["troll farm in São Paulo"]), (61, ["Brazil"], ["troll farm in São Paulo"])]


def test_a_labelled_item_with_a_size_but_no_figure_is_that_country_s_takedown() -> None:
    facts = facts_of("m.md", """\
        ---
        title: t
        published: 2021-12-01
        ---
        Meta said on Wednesday it had removed two networks:

        * **Chad** - 30 Facebook accounts that targeted audiences in Chad.
        * **Togo** - dozens of accounts aimed at voters in Togo; Meta did not give an exact count.

        The company, which changed its name in October, says it has removed more than 150 networks since 2017.
        """)
    assert [(f.count_text, f.unit, f.origins, f.announced.isoformat(), f.scope) for f in facts] == [
        ("2", "networks", [], "2021-12-01", None), ("30", "accounts", ["Chad"], "2021-12-01", None),
        ("dozens of", "accounts", ["Togo"], "2021-12-01", None),
        ("more than 150", "networks", [], "2021-12-01", "cumulative")]


def test_who_ran_a_network_may_come_a_sentence_after_its_figures() -> None:
    facts = facts_of("w.md", """\
        ---
        title: t
        published: 2020-03-12
        ---
        Facebook said on Thursday it had removed 63 accounts run from Ghana and aimed at audiences in the US.
        The company said the operation was small. Its investigators linked the network to the Harbor Media Group.
        """)
    assert [(f.count, f.origins, f.targets, f.linked_to) for f in facts] == [
        (63, ["Ghana"], ["United States"], ["Harbor Media Group"])]
    assert facts[0].quote.endswith("linked the network to the Harbor Media Group.")


def test_a_list_item_from_another_country_takes_no_link_from_the_item_before() -> None:
    facts = facts_of("k.md", """\
        ---
        title: t
        published: 2021-12-01
        ---
        Meta said on Wednesday it had removed these accounts:

        - Chad: 30 Facebook accounts, linked to a Ndjamena-based PR firm, the company said.
        - Mali: 12 Facebook accounts that targeted audiences in Mali.
        """)
    assert [(f.count, f.origins, f.linked_to) for f in facts] == [
        (None, [], []), (30, ["Chad"], ["Ndjamena-based PR firm"]), (12, ["Mali"], [])]


def test_a_quarterly_report_s_country_sections_give_their_figures_what_the_section_says() -> None:
    facts = facts_of("q.md", """\
        ---
        title: Quarterly report
        publisher: Meta
        published: 2021-11-09
        ---
        # Quarterly report

        This quarter we removed two networks. Since 2017, we have removed more than 150 networks worldwide.

        ## Georgia

        This network originated in Georgia and targeted audiences in Armenia and Azerbaijan.
        Our investigation found links to a Tbilisi-based PR firm, Kura Media.

        - Presence on Facebook and Instagram: 12 Pages and 30 Facebook accounts.

        ## Peru

        The network originated in Peru.
        Its operators ran a network we removed in March, when we took down 200 Facebook accounts.

        - Presence on Facebook and Instagram: 5 Pages and 9 Facebook accounts.
        """)
    assert [(f.count, f.unit, f.origins, f.targets, f.linked_to, f.scope, f.reference) for f in facts] == [
        (2, "networks", [], [], [], None, False), (150, "networks", [], [], [], "cumulative", False),
        (12, "pages", ["Georgia"], ["Armenia", "Azerbaijan"], ["Tbilisi-based PR firm, Kura Media"], None, False),
        (30, "accounts", ["Georgia"], ["Armenia", "Azerbaijan"], ["Tbilisi-based PR firm, Kura Media"], None, False),
        (200, "accounts", ["Peru"], [], [], None, True),
        (5, "pages", ["Peru"], [], [], None, False), (9, "accounts", ["Peru"], [], [], None, False)]


def test_a_link_told_after_a_section_s_figures_is_theirs_too() -> None:
    facts = facts_of("q.md", """\
        ---
        title: Quarterly report
        publisher: Meta
        published: 2024-11-21
        ---
        # Quarterly report

        ## Benin

        We removed 39 Facebook accounts. This network originated in Benin.
        We found this activity was linked to a Cotonou-based communications firm, Lagune Signal.
        """)
    assert [(f.count, f.origins, f.linked_to) for f in facts] == [
        (39, ["Benin"], ["Cotonou-based communications firm, Lagune Signal"])]


def test_a_section_headed_by_where_its_network_came_from_places_its_figures() -> None:
    facts = facts_of("t.md", """\
        ---
        title: Update
        publisher: TikTok
        published: 2023-05-25
        ---
        # Covert influence operations: an update

        ## Network operated from Peru

        This network focused on Bolivia. Researchers have given the operation the name "Salt Mirror".

        We removed 140 accounts in this network.
        """)
    assert [(f.count, f.origins, f.targets, f.networks) for f in facts] == [
        (140, ["Peru"], ["Bolivia"], ["Salt Mirror"])]


@pytest.mark.parametrize(("sentence", "expected"), [
    # the countries at the end of two removals of one subject cover both
    ("Reddit said Thursday it had banned at least 80 accounts and removed 4 subreddits tied to an Iran-based campaign.",
     [(80, "accounts", ["Iran"]), (4, "subreddits", ["Iran"])]),
    ("Meta said Thursday it had removed 300 accounts, along with 41 Pages, attributed to the government of Laos.",
     [(300, "accounts", ["Laos"]), (41, "pages", ["Laos"])]),
    # a unit in a later clause is not what was removed
    ("Reddit said Thursday the posts were removed, and the campaign's websites drew 9,000 visits.", []),
])
def test_what_one_removal_clause_covers(sentence: str, expected: list[tuple]) -> None:
    facts = facts_of("c.md", f"---\ntitle: t\npublished: 2020-09-24\n---\n{sentence}\n")
    assert [(f.count, f.unit, f.origins) for f in facts] == expected


def test_a_network_named_in_the_sentence_after_its_figures_is_theirs() -> None:
    facts = facts_of("n.txt", "Meta removes network aimed at Irish voters\n\nLONDON (Reuters) - Meta said it removed "
                     "318 accounts traced to a consultancy in Latvia, Baltic Reach, that targeted voters in Ireland.\n"
                     "The network, which researchers have named \"Low Tide\", posed as nurses and teachers.\n"
                     "The people behind the activity were linked to the Riga Media Club, the company said.\n")
    assert [(f.count, f.origins, f.targets, f.networks, f.linked_to) for f in facts] == [
        (318, ["Latvia"], ["Ireland"], ["Low Tide"], ["consultancy in Latvia, Baltic Reach", "Riga Media Club"])]


def test_an_explainer_s_look_back_reads_each_figure_with_its_own_country_and_time() -> None:
    facts = facts_of("e.md", """\
        ---
        title: Five years of takedowns
        published: 2023-02-14
        ---
        Meta now says it has removed more than 230 such networks since 2017.

        "A network of 40 accounts can matter far more than 4,000 spam accounts," said a researcher.

        In August 2018, Facebook removed 614 pages, groups and accounts tied to Iran and Russia.
        That same month, Facebook removed 46 pages and 17 accounts tied to Myanmar's military.
        In October 2018 Twitter released data on about 3,600 accounts it tied to Russia and roughly 750 it believed \
originated in Iran.
        In June 2020 Twitter disclosed about 23,400 accounts linked to China, about 1,100 tied to Russia and some \
7,300 aimed at domestic audiences in Turkey.

        Of the more than 230 networks, only a handful originated in the United States.
        """)
    assert [(f.count, f.origins, f.targets, f.announced.isoformat(), f.scope) for f in facts] == [
        (230, [], [], "2023-02-14", "cumulative"),
        (614, ["Iran", "Russia"], [], "2018-08-01", None),
        (46, ["Myanmar"], [], "2018-08-01", None), (17, ["Myanmar"], [], "2018-08-01", None),
        (3600, ["Russia"], [], "2018-10-01", None), (750, ["Iran"], [], "2018-10-01", None),
        (23400, ["China"], [], "2020-06-01", None), (1100, ["Russia"], [], "2020-06-01", None),
        (7300, [], ["Turkey"], "2020-06-01", None)]


def test_the_wrong_figure_a_correction_names_is_no_takedown() -> None:
    facts = facts_of("c.md", "---\ntitle: t\npublished: 2019-08-20\n---\nTwitter said on Monday it suspended 914 "
                     "accounts tied to China.\n*Correction: An earlier version of this story said Twitter had removed "
                     "941 accounts. It removed 914.*\n")
    assert [(f.count, f.sentence) for f in facts] == [(914, 0)]


def test_a_look_back_dates_its_paragraph_by_the_earlier_month_it_names() -> None:
    facts = facts_of("l.md", """\
        ---
        title: The forgotten platforms
        published: 2024-11-08
        ---
        The company's most cited case came in December 2019. Reddit said it had banned sixty-one accounts tied to a \
Russia-linked campaign.

        Meta tied it to a network it had removed in April 2020. Meta also blocked 12 domains tied to Russia.
        """)
    assert [(f.count, f.announced.isoformat(), f.date_precision, f.reference) for f in facts] == [
        (61, "2019-12-01", "month", True), (12, "2024-11-08", "day", False)]


def test_a_roundup_s_election_day_figure_told_again_and_correction_are_no_new_takedowns() -> None:
    facts = facts_of("r.md", """\
        ---
        title: Roundup
        published: 2020-10-12
        ---
        - Facebook said it removed 41 Instagram accounts run out of Nigeria that targeted Ghana ahead of Ghana's \
Dec. 7 presidential and parliamentary elections.
        - Twitter said it removed about 880 accounts it linked to the Royal Thai Army.
        - Facebook said it removed 7 accounts linked to Iran.

        A military spokesman said that the 880 accounts were not coordinated.

        *Editor's note: A previous version of this newsletter said Facebook removed 31 Instagram accounts.*
        """)
    assert [(f.platform, f.count, f.origins, f.announced.isoformat()) for f in facts] == [
        ("Facebook", 41, ["Nigeria"], "2020-10-12"), ("Twitter", 880, ["Thailand"], "2020-10-12"),
        ("Facebook", 7, ["Iran"], "2020-10-12")]


def test_a_figure_tied_to_the_same_group_and_domains_used_to_phish_people_abroad() -> None:
    facts = facts_of("m.md", """\
        ---
        title: t
        published: 2024-04-09
        ---
        Microsoft attributed the activity to a group it calls "Storm-2290".
        LinkedIn removed at least 140 fake profiles linked to the same group.
        Microsoft took control of 41 web domains used by a Russia-based group to phish staff in Germany.
        """)
    assert [(f.platform, f.count, f.origins, f.targets, f.networks) for f in facts] == [
        ("LinkedIn", 140, [], [], ["Storm-2290"]), ("Microsoft", 41, ["Russia"], ["Germany"], [])]


def test_a_tip_told_beside_an_earlier_takedown_is_as_old_as_it() -> None:
    document = parse_document("t.md", textwrap.dedent("""\
        ---
        title: Five years on
        published: 2023-02-14
        ---
        In August 2018, Facebook announced it had removed 614 pages tied to Iran. Facebook said it had been tipped \
off by the cybersecurity firm Harbor Security.
        """).encode())
    assert [(t.platform, t.source, t.announced.isoformat()) for t in extract_document(document).tips] == [
        ("Facebook", "Harbor Security", "2018-08-01")]


def test_a_newsroom_s_first_person_report_is_its_platform_s() -> None:
    facts = facts_of("n.md", "---\ntitle: Report\npublisher: Meta Newsroom\npublished: 2024-11-21\n---\nToday, we're "
                     "sharing our report, and information with peers, including X, YouTube and TikTok.\n\n"
                     "We removed 39 Facebook accounts. This network originated in Benin.\n")
    assert [(f.platform, f.count) for f in facts] == [("Facebook", 39)]


def test_a_small_platform_s_own_blog_is_its_own_report_however_often_it_names_bigger_ones() -> None:
    post = ("Wrenly Trust & Safety Blog\n\nOur first report on influence operations\n\nPosted on March 11, 2025\n\n"
            "Wrenly has grown since we launched. We removed 240 accounts run from Russia. We found them after "
            "Meta's threat team shared indicators with us; Meta and TikTok removed accounts of the same network.\n")
    assert [(f.platform, f.count) for f in facts_of("w.txt", post) if f.count] == [("Wrenly", 240)]


def test_an_ai_lab_s_numbered_case_studies_each_give_their_network_its_name_and_country() -> None:
    report = ("---\ntitle: Disrupting malicious uses of AI\npublisher: OpenAI\npublished: 2025-06-05\n---\n"
              "## Case study 1: \"Grey Loom\" (China)\n\nWe banned 64 ChatGPT accounts associated with this activity."
              "\n\n## Case study 2: \"Still Harbor\" (Iran)\n\nMicrosoft Threat Intelligence, which tracks this actor "
              "as Cinder Sandstorm, shared indicators with us.\n\nWe banned a handful of ChatGPT accounts linked to "
              "the operation.\n")
    extraction = extract_document(parse_document("o.md", report.encode()))
    assert [(f.count_text, f.origins, f.networks) for f in extraction.facts] == [
        ("64", ["China"], ["Grey Loom"]), ("a handful of", ["Iran"], ["Still Harbor"])]
    assert extraction.aliases == [("Still Harbor", "Cinder Sandstorm")]


def test_the_size_a_story_gives_the_network_it_just_told_of_is_that_network_s_figure() -> None:
    story = ("---\ntitle: t\npublished: 2025-11-12\n---\nIn September, TikTok said it had taken down a Russia-based "
             "network called Elbe Relay that impersonated German outlets. According to TikTok's report for August, "
             "the network ran 512 accounts with more than 40,000 followers.\n")
    assert [(f.platform, f.count, f.networks) for f in facts_of("s.md", story) if f.count] == [
        ("TikTok", 512, ["Elbe Relay"])]
    # (and so in a story of two networks, where "the network" is the one just told)
    page = ("<html><head><title>Two platforms, one target</title></head><body><p>Published 12 November "
            "2025</p><p>Google said on Wednesday that it had terminated 80 YouTube channels linked to a Russian "
            "influence campaign that posted in German.</p><p>In September, TikTok said it had taken down a "
            "Russia-based network called Elbe Relay that impersonated German regional news outlets. According to "
            "TikTok's covert influence report for August, the network ran 512 accounts with more than 40,000 "
            "followers. TikTok said it had acted on information from a German federal agency.</p></body></html>")
    assert [(f.platform, f.count, f.networks) for f in extract_document(parse_document("p.html", page.encode())).facts
            if f.count] == [("Google", 80, []), ("TikTok", 512, ["Elbe Relay"])]


def test_a_running_total_told_after_its_unit_is_read() -> None:
    report = ("---\ntitle: Q4 report\npublisher: Meta\npublished: 2025-02-27\n---\nWith this quarter's enforcement, "
              "the number of Iran-origin networks we have removed since 2017 stands at 33, the second highest.\n")
    assert [(f.platform, f.count, f.unit, f.origins, f.scope) for f in facts_of("r.md", report)] == [
        ("Facebook", 33, "networks", ["Iran"], "cumulative")]


def test_a_ranking_of_targets_gives_no_origins() -> None:
    facts = facts_of("r.md", """\
        ---
        title: t
        published: 2023-02-14
        ---
        Meta said on Tuesday it has taken down 150 networks since 2018.
        The US topped that list with 30 operations aimed at it, followed by France with 12 and Germany with 5.
        """)
    assert [(f.count, f.origins) for f in facts] == [(150, [])]


def test_a_breakdown_without_a_verb_belongs_to_the_takedown_before_it() -> None:
    facts = facts_of("b.md", """\
        ---
        title: t
        published: 2020-06-02
        ---
        Meta said on Tuesday it removed 210 Pages, Groups and accounts that originated in Peru.
        Presence: 40 Pages, 150 Facebook accounts and 8 Groups, plus 12 Instagram accounts.
        """)
    assert [(f.count, f.unit, f.surface, f.origins, f.announced.isoformat(), f.part_of) for f in facts] == [
        (210, "pages, groups and accounts", None, ["Peru"], "2020-06-02", None),
        (40, "pages", None, ["Peru"], "2020-06-02", 0),
        (150, "accounts", None, ["Peru"], "2020-06-02", 0),
        (8, "groups", None, ["Peru"], "2020-06-02", 0),
        (12, "accounts", "Instagram", ["Peru"], "2020-06-02", 0),
    ]


def test_the_removal_verb_may_come_in_the_next_sentence() -> None:
    (fact,) = facts_of("v.md", """\
        ---
        title: t
        published: 2018-04-10
        ---
        Reddit said on Tuesday it had found 512 accounts run from Russia. All of them have been banned.
        """)
    assert (fact.platform, fact.action, fact.count, fact.origins) == ("Reddit", "banned", 512, ["Russia"])
    assert fact.quote == ("Reddit said on Tuesday it had found 512 accounts run from Russia. "
                          "All of them have been banned.")


def test_a_dateline_gives_way_to_the_date_the_sentence_gives_the_news() -> None:
    (fact,) = facts_of("d.md", """\
        ---
        title: t
        published: 2024-05-30
        ---
        LIMA, May 30 -- Meta said in a report published on Wednesday, May 29, that it had removed 90 accounts.
        """)
    assert fact.announced == dt.date(2024, 5, 29)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Microsoft said on Tuesday it had taken control of six web domains tied to Russia.",
     [("Microsoft", "took control of", 6, "domains", ["Russia"])]),
    ("Microsoft said on Tuesday it seized 40 websites run from Iran.",
     [("Microsoft", "seized", 40, "websites", ["Iran"])]),
    ("Meta said on Tuesday the hackers seize accounts and post from them.", []),  # a hacker seizes; no takedown
    ("Meta said on Tuesday it removed 70 accounts run by a Brasilia-based marketing firm.",
     [("Facebook", "removed", 70, "accounts", ["Brazil"])]),
])
def test_domains_taken_by_court_order_and_networks_placed_by_a_city(sentence: str, expected: list[tuple]) -> None:
    facts = facts_of("d.md", f"---\ntitle: t\npublished: 2018-08-22\n---\n{sentence}\n")
    assert [(f.platform, f.action, f.count, f.unit, f.origins) for f in facts] == expected


def test_where_a_network_worked_is_not_where_it_came_from() -> None:
    origins, targets, _, _ = country_roles("Meta removed 60 Pages run by a network that originated in Russia and "
                                           "operated in Moldova.")
    assert (origins, targets) == (["Russia"], ["Moldova"])


@pytest.mark.parametrize(("sentence", "tips"), [
    ("Twitter opened its inquiry after an industry peer alerted it to the accounts.", [("Twitter", "industry peer")]),
    ("YouTube said it began looking after the FBI tipped it off.", [("YouTube", "FBI")]),
    ("Both Meta and TikTok acted after Graphika's tip about the network.", [("Facebook", "Graphika"),
                                                                           ("TikTok", "Graphika")]),
    ("Acting on Mandiant information, Google ended the channels.", [("Google", "Mandiant")]),
    ("Twitter removed 60 accounts after an inquiry prompted by a Bellingcat report.", [("Twitter", "Bellingcat")]),
    ("YouTube ended 4 channels of a Slovak campaign, for which Recorded Future supplied leads.",
     [("YouTube", "Recorded Future")]),
    ("TikTok, which credited Graphika with the first lead, removed 30 accounts.", [("TikTok", "Graphika")]),
    ("Meta opened its inquiry after public reporting by the DFRLab on fake pages.", [("Facebook", "DFRLab")]),
    ("Meta's investigation began after it reviewed public reporting by the Kura Data Lab, a research group.",
     [("Facebook", "Kura Data Lab")]),
    ("Snap removed 146 Snapchat accounts, it said on Wednesday, after questions from Manila Ledger reporters.",
     [("Snapchat", "Manila Ledger reporters")]),
    ("After Microsoft exposed domains tied to the operation, OpenAI banned the accounts.",
     [("OpenAI", "Microsoft")]),
    ("Meta removed the pages after Reuters published a story about them.", []),  # news of it, not a tip
    ("Meta removed 30 Pages first spotted by researchers at the Harbor Lab.", [("Facebook", "Harbor Lab")]),
    ("Meta, which credited Reuters with bringing the Pages to its attention, removed 30.", [("Facebook", "Reuters")]),
    ("Meta's removal of 30 Pages followed a report by the Harbor Lab.", [("Facebook", "Harbor Lab")]),
    ("Meta removed 30 Pages after Bellingcat contacted the company.", [("Facebook", "Bellingcat")]),
    ("Meta removed 30 Pages thanks to a tip from an independent researcher.", [("Facebook", "independent researcher")]),
    ("Meta removed 30 Pages identified by Meta's own investigators.", []),  # the platform found them itself
    ("Twitter removed 30 accounts one day after Meta's report on the network.", []),  # a report, not a tip to it
    ("Twitter began looking after researchers at the Marlow Institute's Harbor Lab (HL) flagged 30 accounts.",
     [("Twitter", "Marlow Institute's Harbor Lab (HL)")]),  # (its acronym kept beside it)
    ("Twitter suspended 58 accounts, but researchers warned that the network could return.", []),  # a claim
    ("Meta acted following a tip from the Chilean fact-checking group Veraz Sur.", [("Facebook", "Veraz Sur")]),
    ("TikTok said its investigation was informed by a report from researchers at the Harbor Lab.",
     [("TikTok", "Harbor Lab")]),
    ("Reddit banned 80 accounts. It said the FBI shared information that led to their discovery.", [("Reddit", "FBI")]),
    ("Meta acted after it was alerted by the Lima-based fact-checking group VerifPeru.", [("Facebook", "VerifPeru")]),
    ("TikTok acted after a tip from the Oslo-based Center for Open Media.", [("TikTok", "Center for Open Media")]),
    ("Meta said its inquiry was triggered by a tip from the Danish fact-checking outlet Tjek Nord.",
     [("Facebook", "Tjek Nord")]),
    ("Meta removed 30 Pages after journalists at the Quayside Herald asked the company about them.",
     [("Facebook", "Quayside Herald")]),
    ("Meta said it started its investigation after journalists at Gazeta Libera, a Chisinau news outlet, published "
     "a series of articles.", [("Facebook", "Gazeta Libera")]),
    ("Meta began the investigation after the Harbor Lab, an independent research collective, published a report.",
     [("Facebook", "Harbor Lab")]),
    ("After Dutch law enforcement told Meta that the Pages might be run from abroad, it removed 30 of them.",
     [("Facebook", "Dutch law enforcement")]),
    ("Meta removed 30 Pages after the Quayside Herald told readers about them.", []),  # not told to the company
    ("X said it acted after researchers at Laboratorio Rio de Datos, a group in Quito, shared a list of accounts with "
     "the company.", [("Twitter", "Laboratorio Rio de Datos")]),
    ("Twitter suspended 300 accounts. Ana Ruiz, an analyst at Harbor Signal, said her firm had passed its findings to "
     "Twitter in May.", [("Twitter", "Harbor Signal")]),
    ("Snap removed 90 accounts. Snap credits the Harbor Lab's threat research team with the original lead.",
     [("Snapchat", "Harbor Lab")]),
    ("OpenAI banned 9 accounts. Harbor Threat Intelligence, which tracks this actor as Ash Sandstorm, shared "
     "indicators with us.", [("OpenAI", "Harbor Threat Intelligence")]),
    ("TikTok removed 70 accounts after reporters from Punto Claro, a news collective in Lima, sent the company a list "
     "of suspect accounts.", [("TikTok", "Punto Claro")]),
    ("X suspended 80 accounts. Vigia Norte, a watchdog group, sent X a dossier in May.", [("Twitter", "Vigia Norte")]),
    ("X suspended 50 accounts after journalists at Ìrò Media, a newsroom in Ibadan, shared evidence of the network.",
     [("Twitter", "Ìrò Media")]),
    ("Twitter suspended 50 accounts. Twitter shared the data with the Harbor Lab before publishing.", []),
    ("Meta removed 40 Pages. Veraz Kolektib, a volunteer group, noticed identical comments on several Pages and "
     "reported the pattern to Meta in March.", [("Facebook", "Veraz Kolektib")]),
    ("Meta removed 40 Pages.\n\n2.2 Who tipped off the platforms\n\nThe report does not say.", []),  # a heading
    ("X suspended 50 accounts, first documented by La Mirada Sur, an outlet in Cali, which shared its data with "
     "Twitter.",
     [("Twitter", "La Mirada Sur")]),
    ("YouTube terminated 57 channels. The case began with Ingrid Ødegaard, a researcher at the Institute for Northern "
     "Studies in Tromsø, who shared her findings with Google in July.", [("Google", "Ingrid Ødegaard")]),
    # (the body described, not the end of its description)
    ("X suspended 80 accounts. The Centre, a body that answers to the Security and Defence Council, sent the company "
     "a list in May.", [("Twitter", "Centre")]),
])
def test_who_tipped_the_platform_however_the_sentence_puts_it(sentence: str, tips: list[tuple[str, str]]) -> None:
    document = parse_document("t.md", f"---\ntitle: t\npublished: 2020-01-01\n---\n{sentence}\n".encode())
    assert [(t.platform, t.source) for t in extract_document(document).tips] == tips


def test_a_platform_s_own_post_saying_whom_it_first_learned_of_the_accounts_from_credits_them() -> None:
    document = parse_document("b.md", (
        b"---\ntitle: Moderation update\npublisher: Bluesky\npublished: 2024-09-03\n---\nWe took down 140 accounts "
        b"that posed as local reporters.\n\nWe first learned about these accounts from journalists at Kanal Vier, a "
        b"newsroom in Vienna, who saw their own names being used.\n"))
    assert [(t.platform, t.source) for t in extract_document(document).tips] == [("Bluesky", "Kanal Vier")]


def test_each_clause_keeps_its_own_platform_and_tip() -> None:
    document = parse_document("c.md", (
        b"---\ntitle: t\npublished: 2019-08-22\n---\nMeta removed a small network after a tip from Twitter, and "
        b"Google disabled 45 YouTube channels two days later.\n"))
    extraction = extract_document(document)
    assert [(f.platform, f.action, f.count, f.surface) for f in extraction.facts] == [
        ("Google", "disabled", 45, "YouTube")]
    assert [(t.platform, t.source) for t in extraction.tips] == [("Facebook", "Twitter")]


def test_the_same_exact_figure_told_again_is_one_takedown(tmp_path: Path) -> None:

    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2018-08-21\n---\nMeta said on Tuesday it removed 452 fake accounts "
                "linked to Chile.\n",
        "b.md": "---\ntitle: B\npublished: 2018-08-21\n---\nMeta said on Tuesday it removed 452 Pages, groups and "
                "accounts.\n",
        "c.md": "---\ntitle: C\npublished: 2019-01-10\n---\nIn August, Meta removed 452 accounts tied to Chile.\n",
    })
    rows = list(kb.db.query("select document, takedown from facts order by document"))
    assert len({row["takedown"] for row in rows}) == 1


def test_list_items_labelled_with_their_country_and_archive_additions() -> None:
    facts = facts_of("l.md", """\
        ---
        title: t
        published: 2020-10-08
        ---
        Twitter on Thursday added 1,700 accounts to its public archive of state-linked operations.
        *Chile.* 900 accounts linked to a marketing firm.
        Peru (650 accounts).
        It also added three new account sets to the archive.
        """)
    assert [(f.action, f.count, f.unit, f.origins) for f in facts] == [
        ("disclosed", 1700, "accounts", []), ("disclosed", 900, "accounts", ["Chile"]),
        ("disclosed", 650, "accounts", ["Peru"])]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Twitter said it caught and suspended 9,000 accounts before they became active.", [(9000, None, False)]),
    ("Over its lifetime, Google said, the network ran more than 9,000 accounts it has terminated.",
     [(9000, "cumulative", False)]),
    ("Nearly 9,000 accounts were members of at least one of the Groups Meta removed.", []),
])
def test_before_lifetime_and_group_members(sentence: str, expected: list[tuple]) -> None:
    facts = facts_of("b.md", f"---\ntitle: t\npublished: 2021-05-26\n---\n{sentence}\n")
    assert [(f.count, f.scope, f.reference) for f in facts] == expected


def _folded(text: str) -> str:
    """Text as the shared scorer compares quotes with files: curly quotes straightened, spaces collapsed."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


def test_every_quote_from_the_bundled_knowledge_is_word_for_word_in_its_file() -> None:
    checked = 0
    for path in sorted(KNOWLEDGE.iterdir()):
        extraction = extract_document(parse_document(path.name, path.read_bytes()))
        raw = _folded(path.read_text(encoding="utf-8"))
        for quote in [f.quote for f in extraction.facts] + [t.quote for t in extraction.tips] + [
                r.quote for r in extraction.reach]:
            assert _folded(quote) in raw, (path.name, quote)
            checked += 1
    assert checked > 500


@pytest.mark.parametrize(("name", "text", "quote"), [
    ("t.md", "---\ntitle: T\npublished: 2020-03-12\n---\n# Two Cuban clusters\n\nTwitter said on Tuesday it removed "
     "accounts. It sorted the Cuban accounts in two clusters:\n\n- 410 accounts that posted news;\n"
     "- 95 accounts that praised its leaders.\n",
     "410 accounts that posted news;"),   # the list marker is gone from the body: no quote across lines
    ("t.html", "<h1>A Cuban network</h1><p>Twitter said on Tuesday it removed accounts. The operation was run from "
     "Cuba. <b>It removed 410 accounts.</b></p>", "It removed 410 accounts."),  # a tag between the sentences
    ("t.txt", "MADRID, May 5 (Wire) -- Twitter said on Tuesday it removed accounts.\nThe operation was run from "
     "Cuba.\nIt removed 410 accounts.\n", "The operation was run from Cuba. It removed 410 accounts."),
])
def test_a_quote_joins_two_sentences_only_where_the_file_has_them_word_for_word(name: str, text: str,
                                                                                 quote: str) -> None:
    facts = [f for f in extract_document(parse_document(name, text.encode())).facts if f.count == 410]
    assert [f.quote for f in facts] == [quote]
    assert _folded(quote) in _folded(text)


def test_a_count_s_instagram_accounts_do_not_make_instagram_the_story_s_platform() -> None:
    facts = facts_of("b.md", """\
        ---
        title: t
        published: 2020-06-02
        ---
        Meta said on Tuesday it removed three networks that originated in Peru.
        The first had 20 Pages, 30 accounts and 9 Instagram accounts.
        A second had 12 Pages and 40 accounts, followed by more than 5,000 people.
        """)
    assert [(f.platform, f.count, f.unit, f.surface) for f in facts] == [
        ("Facebook", 3, "networks", None), ("Facebook", 20, "pages", None), ("Facebook", 30, "accounts", None),
        ("Facebook", 9, "accounts", "Instagram"),
        ("Facebook", 12, "pages", None), ("Facebook", 40, "accounts", None)]


def test_accounts_followed_by_people_are_removed_accounts_not_their_audience() -> None:
    [item] = [c for c in counted_units("The network ran one Instagram account, followed by 9,000 people.")]
    assert (item.count.value, item.unit, item.surface) == (1, "accounts", "Instagram")
    assert counted_units("More than 2,000 accounts followed the Pages.") == []


def test_a_platform_that_attributes_accounts_to_a_country_reports_its_takedown() -> None:
    facts = facts_of("a.md", """\
        ---
        title: t
        published: 2020-06-11
        ---
        Twitter disclosed three state-linked operations on Thursday.
        Twitter attributed 9,120 accounts, described as the core of the network, to the People's Republic of China.
        Researchers at a university attributed another 300 accounts to Iran.
        """)
    assert [(f.platform, f.action, f.count, f.origins, f.attribution) for f in facts if f.count and f.count > 3] == [
        ("Twitter", "attributed", 9120, ["China"], "attributed to People's Republic of China")]


def test_google_s_threat_analysis_group_is_google_but_a_price_tag_is_no_platform() -> None:
    assert [name for name, _, _ in platforms_in("TAG said it terminated 12 channels.")] == ["Google"]
    assert platforms_in("The ads carried a price tag of $500.") == []


def test_a_habitual_size_is_not_a_takedown() -> None:
    facts = facts_of("a.md", """\
        ---
        title: t
        published: 2020-10-16
        ---
        Google said on Friday it terminated 420 YouTube channels linked to China.
        Sets from elsewhere are terminated too, but usually amount to a handful of channels each.
        """)
    assert [(f.count_text, f.unit) for f in facts] == [("420", "channels")]


@pytest.mark.parametrize(("sentence", "origins", "attribution"), [
    ("Twitter published 936 accounts originating in the People's Republic of China.", ["China"],
     "originating in People's Republic of China"),
    ("TikTok banned 450 accounts with ties to the government of the Philippines.", ["Philippines"],
     "ties to the government of the Philippines"),
])
def test_origins_named_with_an_article(sentence: str, origins: list[str], attribution: str) -> None:
    assert list(country_roles(sentence)[0::2]) == [origins, attribution]


def test_where_a_network_came_from_may_come_two_sentences_after_its_figure() -> None:
    facts = facts_of("a.md", """\
        ---
        title: t
        published: 2019-08-19
        ---
        Facebook said on Monday it removed seven Pages, three Groups and five accounts.
        The network was small. It originated in China and focused on Hong Kong.
        """)
    assert [(f.count, f.origins, f.targets) for f in facts] == [
        (7, ["China"], ["Hong Kong"]), (3, ["China"], ["Hong Kong"]), (5, ["China"], ["Hong Kong"])]
    assert facts[0].quote == ("Facebook said on Monday it removed seven Pages, three Groups and five accounts. "
                              "The network was small. It originated in China and focused on Hong Kong.")


def test_a_figure_told_again_without_its_country_is_the_same_figure() -> None:
    facts = facts_of("a.md", """\
        ---
        title: t
        published: 2019-08-19
        ---
        Twitter said on Monday it suspended 936 accounts originating in China.
        Researchers later counted 3.6 million tweets from the 936 accounts.
        Twitter suspended 936 accounts, a reader might repeat, about more than 936 accounts.
        """)
    assert [(f.count, f.qualifier, f.origins, f.sentence) for f in facts] == [
        (936, "exact", ["China"], 0), (936, "more than", [], 2)]


def test_a_count_of_networks_says_whose_figures_follow() -> None:
    facts = facts_of("a.md", """\
        ---
        title: t
        published: 2020-12-15
        ---
        Facebook said on Tuesday it removed three networks, one tied to France.
        In all, the two Russian networks come to 274 Facebook accounts and 18 Instagram accounts.
        """)
    assert [(f.count, f.unit, f.origins) for f in facts if f.sentence == 1] == [
        (2, "networks", ["Russia"]), (274, "accounts", ["Russia"]), (18, "accounts", ["Russia"])]


def test_a_country_heading_gives_its_country_to_the_figures_below_it() -> None:
    facts = facts_of("a.md", """\
        ---
        title: t
        published: 2020-06-12
        ---
        Twitter said on Thursday it had removed three state-linked operations.

        People’s Republic of China (PRC)

        - 4,310 accounts from the core of the network, which posted mostly in Chinese

        Why it matters

        - 2,800 accounts were suspended for spam.
        """)
    assert [(f.count, f.origins) for f in facts] == [(3, []), (4310, ["China"]), (2800, [])]


def test_a_list_item_labelled_with_a_country_gives_it_to_the_item_s_later_sentences() -> None:
    facts = facts_of("a.txt", """\
        ---
        title: t
        published: 2020-10-08
        ---
        Twitter said on Thursday it suspended accounts from four networks.
          • Iran: The network hijacked accounts to amplify posts. A total of 98 accounts were suspended.
          • A further 12 accounts were suspended for spam.
        """)
    [iran, spam] = [f for f in facts if f.count in (98, 12)]
    assert (iran.origins, iran.quote) == (["Iran"], "• Iran: The network hijacked accounts to amplify posts. "
                                                     "A total of 98 accounts were suspended.")
    assert spam.origins == []


def test_surfaces_named_before_and_after_the_unit() -> None:
    [combined] = counted_units("Meta removed 180 Facebook and Instagram accounts, Pages and Groups on Tuesday.")
    assert (combined.count.value, combined.unit, combined.surface) == (180, "accounts, pages and groups", None)
    items = counted_units("We removed 41 Facebook accounts, 9 Pages and 17 accounts on Instagram.")
    assert [(c.count.value, c.unit, c.surface) for c in items] == [
        (41, "accounts", "Facebook"), (9, "pages", None), (17, "accounts", "Instagram")]
    items = counted_units("The network ran 300 Facebook accounts, 40 X accounts and 12 fake personas.")
    assert [(c.count.value, c.unit, c.surface) for c in items] == [
        (300, "accounts", "Facebook"), (40, "accounts", "Twitter"), (12, "accounts", None)]


def test_the_last_item_s_platform_is_not_who_removed_the_list() -> None:
    facts = facts_of("a.md", """\
        ---
        title: t
        published: 2022-11-22
        ---
        Meta said on Tuesday that a network of accounts was run from Peru.
        "We removed 41 Facebook accounts, 9 Pages and 17 accounts on Instagram," the report said.
        """)
    assert [(f.platform, f.count, f.surface) for f in facts] == [
        ("Facebook", 41, None), ("Facebook", 9, None), ("Facebook", 17, "Instagram")]


def test_the_next_sentence_may_say_where_the_activity_came_from() -> None:
    facts = facts_of("a.md", """\
        ---
        title: t
        published: 2019-05-16
        ---
        Facebook said on Thursday it removed 265 accounts, Pages and Groups.
        In a statement, the company said the deceptive activity originated in Israel.
        """)
    assert [(f.count, f.origins) for f in facts] == [(265, ["Israel"])]
    assert facts[0].quote.endswith("the deceptive activity originated in Israel.")


def test_each_clause_s_figure_belongs_to_the_platform_named_before_its_own_verb() -> None:
    facts = facts_of("a.md", """\
        ---
        title: t
        published: 2023-08-31
        ---
        After Meta had eradicated 7,700 accounts tied to a Chinese network, TikTok said it was removing 310 accounts.
        """)
    assert [(f.platform, f.action, f.count) for f in facts] == [
        ("Facebook", "eradicated", 7700), ("TikTok", "removed", 310)]


def test_followers_of_its_instagram_accounts_do_not_make_instagram_the_story() -> None:
    facts = facts_of("a.md", """\
        ---
        title: t
        published: 2019-10-03
        ---
        Facebook said on Thursday it removed 60 accounts linked to Egypt.
        About 70,000 people followed its Instagram accounts.
        A second network had 69 accounts and 42 Pages.
        """)
    assert [(f.platform, f.count) for f in facts] == [("Facebook", 60), ("Facebook", 69), ("Facebook", 42)]


@pytest.mark.parametrize(("sentence", "origins", "attribution"), [
    ("Twitter removed 412 accounts that may have originated in Iran.", ["Iran"], "may have originated in Iran"),
    ("Meta removed 40 accounts that appear to have been run from Russia.", ["Russia"],
     "appear to have been run from Russia"),
    ("Twitter removed 238 accounts in the Iranian network.", ["Iran"], "Iranian network"),
    ("The accounts posted in Spanish and 40 of them were removed.", [], None),
    # an item labelled with its countries in emphasis
    ("*UAE and Egypt (DotDev).* Twitter's post counts 273 accounts, run by a private firm.",
     ["United Arab Emirates", "Egypt"], None),
    ("**China.** A further dataset of over 4,000 accounts tied to the earlier campaign.", ["China"], None),
    ("**Iran.** Twitter had disclosed 770 accounts potentially based in Iran.", ["Iran"], "potentially based in Iran"),
    ("**Why it matters.** Experts in Russia said the takedown was small.", [], None),
    # the attribution quotes one phrase of countries
    ("They removed a network of Russia-linked accounts that was run out of Peru and Chile.",
     ["Russia", "Peru", "Chile"], "Russia-linked"),  # not "Russia-linked and Chile"
    ("It removed Iranian and Russian accounts.", ["Iran", "Russia"], "Iranian and Russian"),
    ("It removed accounts from Iran, Russia and Venezuela.", ["Iran", "Russia", "Venezuela"],
     "from Iran, Russia and Venezuela"),
])
def test_origins_keep_the_words_that_attribute_them(sentence: str, origins: list[str],
                                                     attribution: str | None) -> None:
    assert list(country_roles(sentence)[0::2]) == [origins, attribution]


def test_a_dozen_is_told_as_written() -> None:
    [item] = counted_units("The company also suspended more than a dozen accounts tied to Armenia.")
    assert (item.count.value, item.count.describe()) == (12, "more than a dozen")


def test_when_a_network_was_first_reported_is_not_when_the_new_figure_was() -> None:
    facts = facts_of("a.md", """\
        ---
        title: t
        published: 2021-02-23
        ---
        Twitter said it had now removed 238 accounts in the Iranian network it first reported in September.
        It had removed 40 accounts tied to Armenia in October 2020.
        """)
    assert [(f.count, f.announced.isoformat(), f.reference) for f in facts] == [
        (238, "2021-02-23", False), (40, "2020-10-01", True)]


def test_a_network_name_with_digits_is_matched_whole() -> None:
    sentence = "OpenAI banned accounts generating content for an Iranian covert influence operation identified as " \
               "Storm-2035."
    assert network_names(sentence) == ["Storm-2035"]  # not Spamouflage, whose alias Storm-1376 shares "Storm"
    assert network_names("Microsoft tracks the group as Storm-1376.") == ["Spamouflage"]
    assert list(country_roles(sentence)[0::2]) == [["Iran"], "Iranian covert influence operation"]


@pytest.mark.parametrize(("text", "tips"), [
    ("MENLO PARK, May 28 (Wire) -- Facebook said on Tuesday it removed 51 accounts. The company credited the "
     "security firm Mandrake with first flagging the operation.\n", [("Facebook", "Mandrake")]),
    ("MADRID, Oct 8 (Wire) -- Twitter said on Thursday it removed 104 accounts. Working from information shared "
     "by industry peers, we found a network of compromised accounts.\n", [("Twitter", "industry peers")]),
    ("LIMA, Oct 8 (Wire) -- Facebook said on Thursday it removed 104 accounts. In 2018 Facebook said a Boston firm, "
     "Heron Forensics, had alerted it to a network in Peru, which was run by a Lima marketing firm.\n",
     [("Facebook", "Heron Forensics")]),
    ("LIMA, Oct 8 (Wire) -- Twitter said on Thursday it removed 104 accounts. The company credited a team at Quipu "
     "Data Lab, a research group based in Lima, with flagging the accounts in August.\n",
     [("Twitter", "Quipu Data Lab")]),
    ("MADRID, Oct 8 (Wire) -- Twitter said on Thursday it removed 104 accounts, a decision shared by law "
     "enforcement experts.\n", []),
])
def test_tips_credited_to_a_firm_or_to_industry_peers(text: str, tips: list[tuple[str, str]]) -> None:
    assert [(t.platform, t.source) for t in extract_document(parse_document("x.txt", text.encode())).tips] == tips


def test_help_from_two_sources_is_two_tips() -> None:
    text = ("MOUNTAIN VIEW, Oct 26 (Wire) -- Google said on Wednesday it terminated 69 YouTube channels. Google said "
            "it had help from Twitter and the FBI in parts of the work.\n")
    tips = extract_document(parse_document("x.txt", text.encode())).tips
    assert [(t.platform, t.source) for t in tips] == [("Google", "Twitter"), ("Google", "FBI")]


def test_a_network_that_concentrated_on_a_place_targeted_it() -> None:
    origins, targets, _, target_text = country_roles("It originated in China and concentrated on Hong Kong.")
    assert (origins, targets, target_text) == (["China"], ["Hong Kong"], "concentrated on Hong Kong")


@pytest.mark.parametrize("sentence", [
    "Twitter said outside information showed the outlet was taking direction from the Ruritanian government.",
    "Reporters and ASPI's information-operations site gave 271 for the set.",
])
def test_what_is_not_a_tip(sentence: str) -> None:
    text = f"MADRID, Oct 8 (Wire) -- Twitter said on Thursday it removed 104 accounts. {sentence}\n"
    assert extract_document(parse_document("x.txt", text.encode())).tips == []


def test_a_platform_named_by_its_accounts_received_no_tip() -> None:
    text = ("MADRID, May 28 (Wire) -- Twitter said on Tuesday it removed 2,800 accounts. Facebook, which removed 51 "
            "accounts and 3 Instagram accounts the same day, credited FireEye with the original lead.\n")
    tips = extract_document(parse_document("x.txt", text.encode())).tips
    assert [(t.platform, t.source) for t in tips] == [("Facebook", "FireEye")]


def test_followers_of_pages_and_instagram_accounts_belong_to_the_story_s_platform() -> None:
    document = parse_document("r.md", textwrap.dedent("""\
        ---
        title: Pages removed
        published: 2021-03-04
        ---
        Meta said on Thursday it removed 41 Pages and 96 accounts run from Belarus.
        About 410,000 accounts followed the Pages and about 3,000 followed one or more Instagram accounts.
        """).encode())
    assert [(r.platform, r.amount) for r in extract_document(document).reach] == [
        ("Facebook", 410000), ("Facebook", 3000)]


def test_a_removal_span_dates_by_its_end_but_an_activity_span_up_to_now_does_not() -> None:
    facts = facts_of("a.md", """\
        ---
        title: t
        published: 2020-10-16
        ---
        Google's earlier bulletin covered 2,500 channels removed between April and June 2020.
        """)
    assert [(f.count, f.announced.isoformat(), f.date_precision) for f in facts] == [(2500, "2020-06-01", "month")]


def test_several_networks_added_together_share_no_one_takedown_s_country() -> None:
    facts = facts_of("a.md", """\
        ---
        title: t
        published: 2019-10-03
        ---
        Facebook said on Thursday it removed 163 accounts tied to an Egyptian newspaper.
        Reporters added the three networks together as 443 accounts and 200 Pages.
        """)
    assert [(f.count, f.origins, f.linked_to) for f in facts if f.sentence == 1] == [
        (3, [], []), (443, [], []), (200, [], [])]


def test_instagram_followers_in_a_story_last_about_twitter_are_meta_s() -> None:
    document = parse_document("r.md", textwrap.dedent("""\
        ---
        title: Two platforms
        published: 2020-03-12
        ---
        Facebook said on Thursday it removed 49 accounts run from Ghana, and Twitter suspended 71 accounts.
        Twitter said the accounts posted about race.
        The Pages had about 13,500 followers and the Instagram accounts about 265,000.
        """).encode())
    assert [(r.platform, r.amount) for r in extract_document(document).reach] == [
        ("Facebook", 13500), ("Facebook", 265000)]  # the second figure's measure is the first's


def test_without_countries_cuts_out_every_country_named() -> None:
    assert without_countries("originated in Iran and Russia") == "originated in  and "


def test_figures_adding_up_to_an_earlier_total_break_it_down() -> None:
    facts = facts_of("sum.md", """\
        ---
        title: A network from Peru
        published: 2021-03-04
        ---
        On Thursday we removed a network of 120 assets on Facebook and Instagram. The network was run from Peru.

        Removed: 70 Facebook accounts, 40 Pages and 10 Instagram accounts.

        Separately, we removed 30 Pages and 15 accounts in another case.
        """)
    assert [(f.count, f.unit, f.origins, f.part_of) for f in facts] == [
        (120, "assets", ["Peru"], None),
        (70, "accounts", ["Peru"], 0), (40, "pages", ["Peru"], 0), (10, "accounts", ["Peru"], 0),
        (30, "pages", [], None), (15, "accounts", [], None)]  # 45 is no total given before


def test_a_company_named_group_is_not_a_removal_of_groups() -> None:
    facts = facts_of("group.md", """\
        ---
        title: A firm banned
        published: 2021-03-04
        ---
        Facebook said on Thursday it removed 40 accounts linked to Peru.

        It also banned Quillfeather Group and its subsidiaries from the platform.
        """)
    assert [(f.count, f.unit) for f in facts] == [(40, "accounts")]


def test_the_figure_told_before_described_is_not_a_new_count() -> None:
    assert [(c.count.text, c.unit) for c in counted_units("Most of the 265 were Pages, not accounts.")] == []
    assert [(c.count.text, c.unit) for c in counted_units("Of these, 7,704 were Facebook accounts.")] == [
        ("7,704", "accounts")]


def test_figures_after_a_lead_without_one_are_the_lead_networks() -> None:
    facts = facts_of("lead.md", (
        "---\ntitle: A network run from Peru\npublished: 2021-03-04\n---\n"
        "Meta and Twitter said on Thursday they had removed a network of Russia-linked accounts that was run out "
        "of Peru and aimed mainly at people in Chile.\n\n"
        "Meta took down 31 Facebook accounts and 12 Pages. Twitter said it removed 44 accounts operating from "
        "Bolivia.\n\nSeparately, Meta removed 20 Pages for spam.\n"))
    assert [(f.platform, f.count, f.origins, f.targets) for f in facts if f.count] == [
        ("Facebook", 31, ["Russia", "Peru"], ["Chile"]), ("Facebook", 12, ["Russia", "Peru"], ["Chile"]),
        ("Twitter", 44, ["Bolivia"], []), ("Facebook", 20, [], [])]


def test_coordinated_inauthentic_behavior_in_a_country_places_the_network() -> None:
    assert country_roles("Meta removed 40 accounts that engaged in CIB in Peru.")[:3] == (["Peru"], [], "in Peru")
    assert country_roles("We removed 40 Pages for coordinated inauthentic behavior in Chile.")[0] == ["Chile"]
    assert country_roles("It removed accounts for coordinated inauthentic behavior targeting Chile.")[:2] == (
        [], ["Chile"])


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Twitter said on Tuesday it suspended 1,000 accounts, 200 of which were linked to Peru.",
     [("1,000", None, []), ("200", "part", ["Peru"])]),  # the share's country is not the whole's
    ("Facebook said on Tuesday it will remove 300 accounts linked to Peru next week.", []),  # only planned
    ("Meta said on Tuesday it plans to take down 40 Pages run from Chile.", []),
])
def test_a_share_and_a_plan_are_told_apart_from_a_takedown(sentence: str, expected: list) -> None:
    facts = facts_of("t.md", f"---\ntitle: T\npublished: 2021-03-03\n---\n{sentence}\n")
    assert [(f.count_text, f.scope, f.origins) for f in facts] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Twitter, which has 330 million users, said on Tuesday it suspended 70 accounts linked to Peru.",
     [("70", ["Peru"])]),  # the platform's audience is no takedown
    ("Facebook said on Tuesday it removed two networks: one from Peru with 50 accounts and one from Chile with 30 "
     "accounts.", [("2", []), ("50", ["Peru"]), ("30", ["Chile"])]),  # each country told before its own figure
])
def test_an_audience_and_a_country_told_before_its_figure(sentence: str, expected: list) -> None:
    facts = facts_of("t.md", f"---\ntitle: T\npublished: 2021-03-03\n---\n{sentence}\n")
    assert [(f.count_text, f.origins) for f in facts] == expected


def test_a_clause_with_its_own_date_dates_its_own_figure() -> None:
    facts = facts_of("t.md", "---\ntitle: T\npublished: 2021-03-03\n---\nTwitter said on Tuesday it had suspended 50 "
                             "accounts; in 2019 it had removed 4,000 accounts from the same network.\n")
    assert [(f.count_text, f.announced.isoformat(), f.date_precision, f.reference) for f in facts] == [
        ("50", "2021-03-02", "day", False), ("4,000", "2019-01-01", "year", True)]


def test_a_series_of_monthly_figures_told_as_it_moved_gives_each_month_its_figure_and_a_tally_its_year() -> None:
    facts = facts_of("t.md", "---\ntitle: T\npublished: 2023-01-27\n---\nGoogle said it terminated channels of the "
                             "network every month. The count jumped from 1,210 channels in October 2021 to 8,305 in "
                             "November 2021 and fell back to 2,460 in December 2021, before 3,020 in January 2022. "
                             "Its tally for 2022 also included 41,907 YouTube channels that were disabled.\n")
    assert [(f.count_text, f.unit, f.announced.isoformat(), f.date_precision) for f in facts if f.count_text] == [
        ("1,210", "channels", "2021-10-01", "month"), ("8,305", "channels", "2021-11-01", "month"),
        ("2,460", "channels", "2021-12-01", "month"), ("3,020", "channels", "2022-01-01", "month"),
        ("41,907", "channels", "2022-01-01", "year")]


def test_the_month_a_court_or_government_acted_on_the_network_does_not_date_the_removal() -> None:
    facts = facts_of("t.md", "---\ntitle: T\npublished: 2019-06-12\n---\nTwitter said on Tuesday it had suspended "
                             "1,204 accounts tied to the Harbor Bureau, the agency indicted by U.S. prosecutors in "
                             "March, and 310 accounts tied to a firm the Treasury sanctioned in April.\n")
    assert [(f.count_text, f.announced.isoformat(), f.reference) for f in facts] == [
        ("1,204", "2019-06-11", False), ("310", "2019-06-11", False)]


def test_spam_told_of_the_remaining_accounts_in_another_clause_is_not_the_sample_s_kind() -> None:
    facts = facts_of("t.md", "---\ntitle: T\npublished: 2019-12-21\n---\nTwitter said on Friday it released data on "
                             "4,417 accounts, a sample of the core of the operation; most of the remaining accounts "
                             "had posted spam.\n")
    assert [(f.count_text, f.scope) for f in facts] == [("4,417", None)]


def test_a_network_told_by_its_place_in_the_sentence_before_places_the_figures_after_it() -> None:
    facts = facts_of("t.md", "---\ntitle: T\npublished: 2021-05-20\n---\nThe Peruvian network was smaller but "
                             "relied on Instagram. Facebook removed 57 Facebook accounts and 140 Instagram accounts "
                             "linked to Sierra Strategies, a consultancy.\n")
    assert [(f.count_text, f.origins) for f in facts] == [("57", ["Peru"]), ("140", ["Peru"])]


def test_a_bulletin_told_month_by_month_gives_each_month_its_figure_of_the_network_and_its_total_is_a_total() -> None:
    facts = facts_of("t.md", "---\ntitle: T\npublished: 2021-07-28\n---\nIn April, Google terminated 508 YouTube "
                             "channels linked to Iran. In May it terminated 930 channels, and in June another 611, "
                             "bringing the quarter's total for the network to 2,049 channels.\n")
    assert [(f.count_text, f.origins, f.announced.isoformat(), f.scope) for f in facts] == [
        ("508", ["Iran"], "2021-04-01", None), ("930", ["Iran"], "2021-05-01", None),
        ("611", ["Iran"], "2021-06-01", "additional"), ("2,049", ["Iran"], "2021-06-01", "cumulative")]


def test_who_gave_the_tip_is_not_who_removed_and_a_relative_clause_with_a_date_has_its_own_subject() -> None:
    facts = facts_of("t.md", "---\ntitle: T\npublished: 2019-09-13\n---\nYouTube said its findings matched those of "
                             "Twitter, which on 2019/09/09 disclosed 1,112 accounts.\n\nFacebook has also acted. "
                             "Earlier this week the company removed eleven Pages, and said the action followed a tip "
                             "from Twitter.\n")
    assert [(f.platform, f.count_text) for f in facts] == [("Twitter", "1,112"), ("Facebook", "11")]


@pytest.mark.parametrize("sentence", [
    "YouTube said on Thursday it had disabled 210 channels from China that shared clips of protesters in Chile.",
    "YouTube said on Thursday it had disabled 210 channels from China that attacked the Chile protests.",
])
def test_where_people_protested_is_whom_the_network_worked_on(sentence: str) -> None:
    facts = facts_of("t.md", f"---\ntitle: T\npublished: 2019-09-13\n---\n{sentence}\n")
    assert [(f.count_text, f.origins, f.targets) for f in facts] == [("210", ["China"], ["Chile"])]


def test_a_country_that_accounted_for_a_share_of_the_removals_is_where_that_share_came_from() -> None:
    facts = facts_of("t.md", "---\ntitle: T\npublished: 2021-12-02\n---\nTwitter said on Thursday it had removed "
                             "2,980 accounts. Ecuador accounted for 1,044 of the removed accounts across two "
                             "networks.\n")
    assert [(f.count_text, f.origins) for f in facts] == [("2,980", []), ("1,044", ["Ecuador"]), ("2", [])]


def test_one_of_the_entries_the_sentence_before_dates_is_as_old_as_they_are() -> None:
    facts = facts_of("t.md", "---\ntitle: T\npublished: 2022-08-06\n---\nGoogle's bulletin holds several entries from "
                             "March 2022.\n\nIn one, Google said it terminated 58 YouTube channels linked to Iran. In "
                             "another, it terminated 31 channels linked to Russia.\n")
    assert [(f.count_text, f.origins, f.announced.isoformat(), f.date_precision) for f in facts] == [
        ("58", ["Iran"], "2022-03-01", "month"), ("31", ["Russia"], "2022-03-01", "month")]


def test_an_update_s_additional_accounts_of_the_network_are_aimed_where_it_was() -> None:
    facts = facts_of("t.md", "---\ntitle: T\npublisher: X Safety\npublished: 2024-08-22\n---\nOn Tuesday, we suspended "
                             "more than 1,800 accounts operated from Benin that posed as voters in Togo.\n\n"
                             "Separately, we suspended dozens of accounts operated from Iran that targeted Israel."
                             "\n\nUpdate, September 3, 2024: We suspended an additional 260 accounts linked to the "
                             "network operating from Benin.\n")
    assert [(f.count_text, f.origins, f.targets, f.scope) for f in facts] == [
        ("more than 1,800", ["Benin"], ["Togo"], None), ("dozens of", ["Iran"], ["Israel"], None),
        ("260", ["Benin"], ["Togo"], "additional")]


def test_a_figure_in_that_op_is_of_the_network_the_sentence_before_placed() -> None:
    facts = facts_of("t.md", "---\ntitle: T\npublished: 2023-10-31\n---\nThe biggest network was run out of Georgia "
                             "and aimed at Turkey. TikTok says it took down 1.4k accounts in that op. The accounts "
                             "posed as Turkish soldiers' relatives.\n")
    assert [(f.count_text, f.origins, f.targets) for f in facts] == [("1.4k", ["Georgia"], ["Turkey"])]


def test_each_of_two_networks_a_sentence_brings_in_names_and_places_the_figures_after_it() -> None:
    facts = facts_of("t.md", "---\ntitle: T\npublished: 2024-05-31\n---\nMeta said on Wednesday it removed two "
                             "networks.\n\nThe larger of the two, which Meta called \"Tin Lantern\", was run from "
                             "China. Meta removed 812 Facebook accounts in the network. The accounts posed as American "
                             "voters.\n\nThe second network, which Meta named \"Oak Relay\", originated in Russia and "
                             "targeted Japan. Meta removed 64 Facebook accounts. The accounts posed as Japanese "
                             "commentators.\n")
    assert [(f.count_text, f.origins, f.networks) for f in facts if f.count_text] == [
        ("2", [], []), ("812", ["China"], ["Tin Lantern"]), ("64", ["Russia"], ["Oak Relay"])]


def test_a_platform_named_of_its_announcement_did_not_act() -> None:
    facts = facts_of("t.md", "---\ntitle: T\npublished: 2018-08-22\n---\nHours after the Facebook announcement, "
                             "Twitter said on Tuesday it had suspended 212 accounts from Iran.\n")
    assert [(f.platform, f.count_text) for f in facts] == [("Twitter", "212")]


def test_a_second_network_run_by_firms_named_with_their_countries_is_from_there_not_from_the_first() -> None:
    facts = facts_of("t.md", "---\ntitle: T\npublished: 2019-08-02\n---\nMeta said on Thursday it removed two "
                             "networks. The Omani network consisted of 217 Facebook accounts.\n\nThe second network "
                             "was larger. Meta said it "
                             "was run by two marketing companies, Blue Dune in Jordan and Sand Line in Kuwait, and it "
                             "covered 259 Facebook accounts.\n")
    assert [(f.count_text, f.origins) for f in facts if f.unit == "accounts"] == [("217", ["Oman"]),
                                                                               ("259", ["Jordan"])]


def test_each_platform_s_clause_in_a_list_of_removals_is_dated_by_its_own_month() -> None:
    facts = facts_of("t.md", "---\ntitle: T\npublished: 2025-05-20\n---\nLooking back, Meta took the network down in "
                             "October 2023 after a tip from a lab, Twitter suspended 1,406 accounts in February 2024 "
                             "after a newspaper's story, and YouTube terminated 77 channels in June 2024.\n")
    assert [(f.platform, f.count_text, f.announced.isoformat(), f.date_precision) for f in facts
            if f.count_text] == [("Twitter", "1,406", "2024-02-01", "month"), ("YouTube", "77", "2024-06-01", "month")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Facebook said on Thursday it removed 40 accounts from Peru and 60 from Chile.",
     [("40", "accounts", ["Peru"], []), ("60", "accounts", ["Chile"], [])]),  # the unit left out, not the country
    ("Facebook said on Thursday that it removed 40 accounts; the accounts were run by people in Peru.",
     [("40", "accounts", ["Peru"], [])]),  # run by people in Peru: where from, not whom it targeted
])
def test_a_unit_left_out_and_people_running_a_network(sentence: str, expected: list) -> None:
    facts = facts_of("t.md", f"---\ntitle: T\npublished: 2021-03-05\n---\n{sentence}\n")
    assert [(f.count_text, f.unit, f.origins, f.targets) for f in facts] == expected


def test_a_wire_dateline_with_a_single_dash_is_the_story_date_not_the_news() -> None:
    facts = facts_of("t.md", "---\ntitle: T\npublished: 2023-06-14\n---\nLIMA, June 14 (Example) - Meta said on "
                             "Tuesday it had removed 1,120 accounts linked to Chile.\n")
    assert [(f.count, f.announced.isoformat()) for f in facts] == [(1120, "2023-06-13")]  # Tuesday, not the dateline


def test_a_consultancy_in_a_country_places_the_network_there() -> None:
    assert country_roles("Facebook said Thursday it removed 84 accounts run by a political consultancy in Peru "
                         "that posed as local news outlets.")[:3] == (["Peru"], [], "in Peru")


def test_whatsapp_accounts_are_a_surface_of_meta() -> None:
    facts = facts_of("t.md", "---\ntitle: T\npublished: 2021-03-03\n---\nMeta said on Tuesday it removed 25 WhatsApp "
                             "accounts and 40 Facebook accounts linked to Peru.\n")
    assert [(f.platform, f.count, f.surface) for f in facts] == [("Facebook", 25, "WhatsApp"), ("Facebook", 40, None)]


def test_a_network_aimed_at_its_own_country_is_domestic() -> None:
    """Only the figures the words "domestic audiences", "a domestic network" or "its own citizens" speak of;
    "the domestic politics of several African countries" were other countries' politics."""
    facts = facts_of("d.md", """\
        ---
        title: Domestic and foreign
        published: 2022-03-04
        ---
        Facebook said on Friday it had removed several networks for coordinated inauthentic behavior.
        **Peru.** A domestic network of 40 Facebook accounts, 12 Pages and 3 Instagram accounts.
        Twitter said on Friday it removed 900 accounts located in Chile aimed at domestic audiences.
        Facebook said it removed 6 accounts from Russia that swayed the domestic politics of Mali.
        YouTube terminated 5 channels tied to a Lima PR firm and 9 channels in a domestic campaign.
        Reddit banned 70 accounts in Bolivia that harassed their own citizens.
        Twitter said it removed 50 accounts from Russia targeting domestic audiences in Ukraine.
        """)
    assert [(f.platform, f.count, f.domestic) for f in facts] == [
        ("Facebook", None, False), ("Facebook", 40, True), ("Facebook", 12, True), ("Facebook", 3, True),
        ("Twitter", 900, True),
        ("Facebook", 6, False), ("YouTube", 5, False), ("YouTube", 9, True), ("Reddit", 70, True),
        ("Twitter", 50, False)]  # Ukraine's audiences were not the Russian network's own


def test_the_agent_of_a_passive_removal_removed_it() -> None:
    facts = facts_of("p.md", """\
        ---
        title: Passive voice
        published: 2023-06-07
        ---
        In all, 4,200 accounts tied to Peru were taken down by Facebook on Tuesday.

        A further 310 accounts from Chile were suspended on Tuesday by Twitter.

        Researchers said 90 accounts were followed by Reddit users.
        """)
    assert [(f.platform, f.action, f.count, f.origins) for f in facts] == [
        ("Facebook", "took down", 4200, ["Peru"]), ("Twitter", "suspended", 310, ["Chile"])]


def test_a_figure_with_a_plus_is_at_least_that_figure() -> None:
    facts = facts_of("plus.md", "---\ntitle: t\npublished: 2023-06-07\n---\n"
                                "YouTube said on Tuesday it took down 3,000+ channels linked to Peru.\n")
    assert [(f.count, f.qualifier, f.count_text, f.unit) for f in facts] == [
        (3000, "at least", "at least 3,000", "channels")]


def test_shares_told_with_their_own_countries_break_down_the_total() -> None:
    """"100 accounts were connected to Peru and 238 originated in Chile": the 238 are accounts too, Chile is theirs
    alone, and the three shares that add up to the 373 before them break it down."""
    facts = facts_of("s.md", """\
        ---
        title: Shares
        published: 2021-02-23
        ---
        Twitter said on Tuesday it had removed 373 accounts linked to operations in Bolivia, Peru and Chile.

        It said 35 of the accounts were tied to Bolivia, while 100 were connected to Peru and 238 originated in Chile.
        """)
    assert [(f.count, f.origins, f.part_of) for f in facts] == [
        (373, ["Bolivia", "Peru", "Chile"], None), (35, ["Bolivia"], 0), (100, ["Peru"], 0), (238, ["Chile"], 0)]


def test_a_count_on_another_surface_keeps_the_unit_just_counted() -> None:
    facts = facts_of("e.md", """\
        ---
        title: Surfaces
        published: 2023-08-10
        ---
        Meta said on Thursday it removed 22 accounts on Facebook and 8 on Instagram linked to Peru.

        TikTok said on Thursday it took action against 3,200 accounts that were part of a Peru-based network.
        """)
    assert [(f.platform, f.action, f.count, f.unit, f.surface) for f in facts] == [
        ("Facebook", "removed", 22, "accounts", None), ("Facebook", "removed", 8, "accounts", "Instagram"),
        ("TikTok", "took action against", 3200, "accounts", None)]


def test_a_surface_named_for_one_item_of_a_list_says_whose_they_were() -> None:
    facts = facts_of("w.md", """\
        ---
        title: We
        published: 2022-11-22
        ---
        We took down 1,633 accounts, 703 Pages and 29 accounts on Instagram as part of a Peru-based operation.
        """)
    assert [(f.platform, f.count, f.surface) for f in facts] == [
        ("Facebook", 1633, None), ("Facebook", 703, None), ("Facebook", 29, "Instagram")]


def test_an_explainers_question_does_not_hide_the_answer_that_follows() -> None:
    facts = facts_of("q.md", """\
        ---
        title: Questions
        published: 2023-03-09
        ---
        Meta said on Thursday it had removed 310 Facebook accounts and 12 Pages tied to the campaign.

        Where did it come from? The company said the network was run mainly from Vietnam.
        """)
    assert [(f.count, f.origins, f.attribution) for f in facts] == [
        (310, ["Vietnam"], "run mainly from Vietnam"), (12, ["Vietnam"], "run mainly from Vietnam")]
    assert facts[0].quote.endswith("Where did it come from? The company said the network was run mainly from Vietnam.")


def test_figures_after_several_networks_from_several_countries_take_none_of_their_countries() -> None:
    facts = facts_of("n.md", """\
        ---
        title: Networks
        published: 2023-03-09
        ---
        Meta said on Thursday it removed three networks, from Peru, Kenya and Nepal.

        Two newspapers counted more than 900 accounts and 45 Pages in all.
        """)
    assert [(f.count, f.origins) for f in facts] == [(3, ["Peru", "Kenya", "Nepal"]), (900, []), (45, [])]


def test_figures_after_several_networks_from_one_country_share_it() -> None:
    facts = facts_of("m.md", """\
        ---
        title: Networks
        published: 2023-03-09
        ---
        Meta said on Thursday it removed three networks from Peru.

        Together they ran 900 accounts and 45 Pages.
        """)
    assert [(f.count, f.origins) for f in facts] == [(3, ["Peru"]), (900, ["Peru"]), (45, ["Peru"])]


@pytest.mark.parametrize("sentence", [
    "The accounts were tied to the posting of leaked Canadian government documents.",
    "Analysts said Kenyan intelligence files pointed to the same accounts.",
])
def test_a_governments_documents_are_not_where_a_network_came_from(sentence: str) -> None:
    assert country_roles(sentence)[0] == []


def test_a_lone_figure_in_another_platforms_clause_takes_no_country_from_the_first_clause() -> None:
    facts = facts_of("c.md", """\
        ---
        title: Clauses
        published: 2023-03-09
        ---
        Meta said on Thursday it removed a Nepal-based network, and YouTube terminated 75 channels a day later.

        TikTok removed a network aimed at Chile, and Reddit banned 40 accounts tied to Peru.
        """)
    assert [(f.platform, f.count, f.origins, f.targets) for f in facts if f.count] == [
        ("YouTube", 75, [], []), ("Reddit", 40, ["Peru"], [])]


def test_a_government_a_network_praised_is_not_where_it_came_from_unless_the_campaign_was_domestic() -> None:
    assert country_roles("TikTok removed 900 accounts promoting the Laotian government's position on dams.")[0] == []
    assert country_roles("Twitter removed 12 accounts praising the Peruvian government.")[0] == []
    assert country_roles("YouTube terminated 8 channels in a domestic campaign supporting Peru's government.")[0] \
        == ["Peru"]
    assert country_roles("Facebook removed 50 accounts run by the Peruvian government.")[0] == ["Peru"]


def test_every_country_is_known_not_only_those_of_past_takedowns() -> None:
    assert country_roles("Meta removed 40 accounts run from Laos that targeted Chad, Malawi and the Ivory Coast.")[:2] \
        == (["Laos"], ["Chad", "Malawi", "Côte d'Ivoire"])
    assert country_roles("TikTok removed 12 Danish accounts aimed at Tibet.")[:2] == (["Denmark"], ["Tibet"])


@pytest.mark.parametrize(("sentence", "roles"), [
    ("The network originated in Iran and targeted Russian-speaking audiences in Moldova.", (["Iran"], ["Moldova"])),
    ("It was run from Peru, with some posts aimed at Spanish- and Chinese-speaking users.", (["Peru"], [])),
    ("Facebook removed 12 accounts that ran French-language Pages from Benin.", (["Benin"], [])),
])
def test_a_language_is_not_a_country(sentence: str, roles: tuple) -> None:
    assert country_roles(sentence)[:2] == roles


def test_a_running_total_under_a_countrys_heading_is_not_that_countrys() -> None:
    facts = facts_of("h.md", """\
        ---
        title: Report
        publisher: Meta
        published: 2024-11-14
        ---
        Our quarterly report covers two networks.

        ## Benin

        We removed 45 accounts and 11 Pages in total.

        Since 2017 we have removed more than 200 such networks.
        """)
    assert [(f.count, f.qualifier, f.unit, f.origins, f.scope) for f in facts] == [
        (45, "exact", "accounts", ["Benin"], None), (11, "exact", "pages", ["Benin"], None),
        (200, "more than", "networks", [], "cumulative")]


def test_amplifier_accounts_in_quotes_are_a_figure_of_amplifiers() -> None:
    facts = facts_of("a.md", "---\ntitle: t\npublished: 2022-04-07\n---\nTwitter said on Thursday it had also "
                     "suspended about 90,000 \"amplifier\" accounts that boosted the network.\n")
    assert [(f.count, f.qualifier, f.unit, f.scope) for f in facts] == [(90000, "about", "accounts", "amplifier")]


def test_such_between_a_figure_and_its_unit_keeps_the_figure() -> None:
    assert [(c.count.value, c.count.qualifier, c.unit) for c in counted_units(
        "Since 2017 it has removed more than 200 such networks.")] == [(200, "more than", "networks")]


@pytest.mark.parametrize(("sentence", "source"), [
    ("The Center for Countering Online Lies alerted Twitter to the accounts.", "Center for Countering Online Lies"),
    ("The accounts were flagged to Twitter by the Institute for the Study of Trolls.",
     "Institute for the Study of Trolls"),
    ("Kestrel Labs reported the accounts to Twitter last month.", "Kestrel Labs"),
    ("Analysts at the Alliance for Open Feeds, a nonprofit, said they had reported 60 of the accounts to X in March.",
     "Alliance for Open Feeds"),
])
def test_a_tip_source_keeps_the_small_words_of_its_name(sentence: str, source: str) -> None:
    text = f"Twitter said on Tuesday it suspended 500 accounts tied to Peru.\n\n{sentence}\n"
    tips = extract_document(parse_document("x.txt", text.encode())).tips
    assert [(t.platform, t.source) for t in tips] == [("Twitter", source)]


@pytest.mark.parametrize("sentence", ["Reuters reported the takedown to its readers on Friday.",
                                      "The Daily Ledger reported that Twitter suspended the accounts."])
def test_a_news_report_is_not_a_tip(sentence: str) -> None:
    text = f"Twitter said on Tuesday it suspended 500 accounts tied to Peru.\n\n{sentence}\n"
    assert extract_document(parse_document("x.txt", text.encode())).tips == []


@pytest.mark.parametrize(("sentence", "roles"), [
    ("X removed 12,000 accounts linked to a Laotian spam operation.", (["Laos"], [])),
    ("X suspended 2,000 accounts spreading false claims about Peru's general election.", ([], ["Peru"])),
    ("Meta removed 50 accounts that posted about Chile's 2022 referendum.", ([], ["Chile"])),
])
def test_a_spam_operation_says_where_it_came_from_and_an_election_who_was_voting(sentence: str, roles: tuple) -> None:
    assert country_roles(sentence)[:2] == roles


def test_a_paragraph_labelled_with_a_country_is_that_countrys_to_its_end() -> None:
    facts = facts_of("p.md", """\
        ---
        title: Two networks
        publisher: Meta
        published: 2020-09-22
        ---
        Today we took down two unconnected networks.

        Laos. We removed 15 accounts and 4 Pages. The operation focused on Thailand.

        Peru: We removed 57 accounts and 31 Pages.

        A week earlier, Meta had removed 107 accounts.
        """)
    assert [(f.count, f.origins) for f in facts if f.count] == [
        (15, ["Laos"]), (4, ["Laos"]), (57, ["Peru"]), (31, ["Peru"]), (107, [])]


def test_where_some_of_them_came_from_is_not_where_all_came_from() -> None:
    facts = facts_of("s.md", """\
        ---
        title: Share
        publisher: OpenAI
        published: 2025-06-05
        ---
        In the three months since our last report, we disrupted 10 operations. Four of them likely originated in Laos.
        """)
    assert [(f.count, f.origins) for f in facts] == [(10, [])]


def test_a_post_signed_by_a_platforms_team_is_that_platforms() -> None:
    facts = facts_of("b.md", """\
        ---
        title: Disclosing networks
        published: 2021-12-02
        ---
        By Twitter Safety

        Today we are disclosing networks of 3,465 accounts that we removed from the service.

        - **Laos** — 276 accounts. This network amplified government narratives.
        - Chile (Easter Island): 2,048 accounts amplifying party narratives, and 112 accounts attributed to a firm.
        """)
    assert [(f.platform, f.count, f.origins) for f in facts] == [
        ("Twitter", 3465, []), ("Twitter", 276, ["Laos"]), ("Twitter", 2048, ["Chile"]), ("Twitter", 112, ["Chile"])]


def test_a_post_in_reddit_s_own_community_is_reddit_s_though_it_names_meta() -> None:
    facts = facts_of("q.md", "# Quarterly safety notes\n\nPosted by u/trust_team in r/RedditSecurity on March 3, 2025"
                             "\n\nSeveral platforms, Meta among them, wrote about this campaign.\n\nWe banned 61 "
                             "accounts in the Pale Otter network, which was run from Belarus.\n")
    assert [(f.platform, f.count, f.origins) for f in facts] == [("Reddit", 61, ["Belarus"])]


def test_a_reach_figure_of_a_set_from_elsewhere_is_not_a_named_networks() -> None:
    text = ("Twitter said on Thursday it removed 764 accounts located in Peru, which it compared with the Internet "
            "Research Agency's accounts.\n\nAnalysts said the Peruvian accounts had sent more than 8 million tweets.\n")
    reach = extract_document(parse_document("r.txt", text.encode())).reach
    assert [(r.measure, r.amount, r.origins, r.networks) for r in reach] == [("posts", 8000000, ["Peru"], [])]


@pytest.mark.parametrize(("sentence", "lemma"), [
    ("Twitter eliminated 3,000 accounts.", "eliminated"), ("Twitter deactivated 3,000 accounts.", "deactivated"),
    ("Twitter culled 3,000 accounts.", "culled"), ("Twitter took 3,000 accounts offline.", "took down"),
    ("Twitter took 3,000 accounts down.", "took down"), ("Twitter got rid of 3,000 accounts.", "removed"),
    ("Twitter kicked 3,000 accounts off the platform.", "removed"),
    ("Twitter scrubbed 3,000 accounts.", "scrubbed"), ("Twitter wiped 3,000 accounts.", "wiped"),
    ("YouTube booted 3,000 channels.", "booted"), ("Meta nuked 3,000 accounts.", "nuked"),
    ("Meta deplatformed 3,000 accounts.", "deplatformed"), ("Meta actioned 3,000 accounts.", "took action against"),
    ("Twitter's latest sweep covered 3,000 accounts.", "removed"), ("Meta's crackdown hit 3,000 accounts.", "removed"),
])
def test_more_ways_of_saying_removed(sentence: str, lemma: str) -> None:
    assert [action for action, _ in actions_in(sentence)] == [lemma]


def test_a_campaign_that_kicked_off_was_not_removed() -> None:
    assert actions_in("The campaign kicked off on Sunday.") == ()


def test_threads_is_metas_and_discord_is_a_platform_only_when_named_as_one() -> None:
    facts = facts_of("t.md", """\
        ---
        title: Threads
        published: 2024-05-29
        ---
        Meta said on Wednesday it removed 40 accounts on Facebook and 2 accounts on Threads linked to Peru.

        The accounts sowed discord in threads about the vote, and Bluesky removed 50 accounts tied to Chile.
        """)
    assert [(f.platform, f.count, f.surface) for f in facts] == [
        ("Facebook", 40, None), ("Facebook", 2, "Threads"), ("Bluesky", 50, None)]


def test_a_figure_from_elsewhere_is_not_a_named_networks_of_known_origin() -> None:
    sentence = ("Twitter said on Wednesday it had suspended 3,841 accounts tied to the Internet Research Agency and "
                "770 accounts that may have originated in Peru.")
    facts = facts_of("i.md", f"---\ntitle: Archive\npublished: 2018-10-17\n---\n{sentence}\n")
    assert [(f.count, f.origins, f.networks) for f in facts] == [
        (3841, [], ["Internet Research Agency"]), (770, ["Peru"], [])]


@pytest.mark.parametrize(("sentence", "origins"), [
    ("Facebook removed Pages linked to sources the US government has identified as Russian military intelligence.",
     ["Russia"]),
    ("Reddit banned 944 accounts of the St. Petersburg troll operation indicted by a US court.", ["Russia"]),
])
def test_a_government_that_identified_a_network_is_not_where_it_came_from(sentence: str, origins: list) -> None:
    assert country_roles(sentence)[0] == origins


@pytest.mark.parametrize(("sentence", "attribution"), [
    ("The 3,841 accounts are tied to the St. Petersburg-based IRA, the troll farm.",
     "tied to the St. Petersburg-based IRA"),
    ("YouTube removed 4 channels linked to the US-based PR firm Quill Partners that posted in Spanish.",
     "linked to the US-based PR firm Quill Partners"),
    ("Facebook removed 40 accounts linked to the Peru-based network.", "linked to the Peru-based network"),
])
def test_an_attribution_keeps_the_name_its_hyphened_place_describes(sentence: str, attribution: str) -> None:
    assert country_roles(sentence)[2] == attribution


TABLE_REPORT = """\
---
title: Quarterly report
publisher: Meta
published: 2024-05-29
---
We removed networks for coordinated inauthentic behavior this quarter.

| Network origin | Facebook accounts | Pages | Groups | Instagram accounts |
|---|---:|---:|---:|---:|
| Laos | 389 | 118 | 27 | 6 |
| Peru | 1,052 | 11 | 0 | 40 |
| Total | 1,441 | 129 | 27 | 46 |

All were found by our own investigations.
"""


def test_a_markdown_table_gives_each_row_its_countrys_figures_per_column() -> None:
    facts = facts_of("t.md", TABLE_REPORT)
    assert [(f.platform, f.count, f.unit, f.surface, f.origins, f.quote) for f in facts if f.count] == [
        ("Facebook", 389, "accounts", None, ["Laos"], "| Laos | 389 | 118 | 27 | 6 |"),
        ("Facebook", 118, "pages", None, ["Laos"], "| Laos | 389 | 118 | 27 | 6 |"),
        ("Facebook", 27, "groups", None, ["Laos"], "| Laos | 389 | 118 | 27 | 6 |"),
        ("Facebook", 6, "accounts", "Instagram", ["Laos"], "| Laos | 389 | 118 | 27 | 6 |"),
        ("Facebook", 1052, "accounts", None, ["Peru"], "| Peru | 1,052 | 11 | 0 | 40 |"),
        ("Facebook", 11, "pages", None, ["Peru"], "| Peru | 1,052 | 11 | 0 | 40 |"),
        ("Facebook", 40, "accounts", "Instagram", ["Peru"], "| Peru | 1,052 | 11 | 0 | 40 |")]


def test_table_cells_and_columns() -> None:
    from bot import tables
    assert tables.cells("| **Iran** | 1,326 | n/a |") == ["Iran", "1,326", "n/a"]
    assert tables.cells("Iran | 12") is None
    assert tables.is_rule("|---|:---:|---:|") and not tables.is_rule("| Iran | 12 |")
    assert tables.column_units(["Origin", "Facebook accounts", "Pages", "Pages and groups", "YouTube channels"]) == [
        None, ("accounts", "Facebook"), ("pages", None), None, ("channels", "YouTube")]
    assert tables.column_units(["Network", "Accounts in network", "Followers of network", "Subscribers"]) == [
        ("networks", None), ("accounts", None), None, None]
    # (an "Enforcement" column: each cell says what it counts, "318 channels suspended")
    assert tables.column_units(["Network name", "Origin", "Enforcement"]) == [
        ("networks", None), None, tables.CELL_SAYS]
    assert tables.column_measures(["Network", "Accounts in network", "Followers of network", "Subscribers"]) == [
        None, None, "followers", "subscribers"]
    assert [tables.figure(cell) for cell in ["1,326", "12", "n/a", "about 40", ""]] == [1326, 12, None, None, None]


NETWORK_TABLE = """\
---
title: Covert influence operations, June 2024
publisher: TikTok
published: 2024-07-18
---
In June 2024 we disrupted three covert networks.

| Network | Detection source | Accounts in network | Followers of network |
|---|---|---|---|
| This network was operated from Georgia and targeted audiences in Armenia. | Internal | 318 | 41,200 |
| Fake news pages posing as outlets in Canada, operated from India. | External | 26 | 950 |
| Accounts that praised a football club. | Internal | 12 | 80 |
"""


def test_a_table_row_that_describes_its_network_is_read_as_a_sentence() -> None:
    extraction = extract_document(parse_document("t.md", NETWORK_TABLE.encode()))
    row = "| This network was operated from Georgia and targeted audiences in Armenia. | Internal | 318 | 41,200 |"
    assert [(f.platform, f.count, f.unit, f.origins, f.targets, f.attribution, f.reference) for f in extraction.facts
            if f.quote.startswith("|")] == [
        ("TikTok", 318, "accounts", ["Georgia"], ["Armenia"], "operated from Georgia", False),
        # (pages posing as outlets in Canada were aimed at Canada; the third row gives no country)
        ("TikTok", 26, "accounts", ["India"], ["Canada"], "operated from India", False)]
    assert extraction.facts[1].quote == row
    # the followers column is reach, never a count of networks removed
    assert [(r.measure, r.amount, r.origins, r.quote == row) for r in extraction.reach] == [
        ("followers", 41200, ["Georgia"], True), ("followers", 950, ["India"], False)]
    # "In June 2024 we disrupted…" in June's report is that month's news, not an earlier takedown told again
    assert (extraction.facts[0].count, extraction.facts[0].reference) == (3, False)


SECTIONED_REPORT = """\
---
title: May 2022 threat report
publisher: Meta
published: 2022-06-08
---
We removed three networks in May.

1. **Chile:** We removed 14 Facebook accounts and 6 Pages in Chile that targeted domestic audiences.
2. **Togo:** We removed 52 Facebook accounts and 9 Pages run from Togo.

### Chile

**Presence on Facebook:** 14 Facebook accounts and 6 Pages.

**Followers:** About 2,400 accounts followed one or more of these Pages.

Our investigation began with a tip from the Harbor Lab.
"""


def test_a_heading_for_another_country_ends_the_story_of_the_last_figure() -> None:
    extraction = extract_document(parse_document("s.md", SECTIONED_REPORT.encode()))
    assert [(f.count, f.unit, f.origins) for f in extraction.facts] == [
        (3, "networks", []), (14, "accounts", ["Chile"]), (6, "pages", ["Chile"]), (52, "accounts", ["Togo"]),
        (9, "pages", ["Togo"])]  # Chile's presence figures are Chile's (told once), not Togo's, the last told
    assert [(r.amount, r.origins) for r in extraction.reach] == [(2400, ["Chile"])]
    assert [(tip.source, tip.about) for tip in extraction.tips] == [("Harbor Lab", "Chile")]


DETECTION_TABLE = """\
---
title: Covert influence operations, Q2 2025
publisher: TikTok
published: 2025-07-30
---
The table lists the networks we disrupted.

| Month removed | Operated from | Targeted audience | Detection source | Accounts in network |
|---|---|---|---|---|
| May 2025 | Peru | Chile | Internal | 140 |
| June 2025 | Laos | Vietnam | External (Harrow Point Research Lab) | 312 |

Network notes

Peru: A domestic network that praised local officials.

Laos: A network, publicly reported by Harrow Point Research Lab as "Paper Heron", that posted about dams.
"""


def test_a_tables_detection_source_tips_the_platform_and_a_note_below_names_the_row() -> None:
    extraction = extract_document(parse_document("t.md", DETECTION_TABLE.encode()))
    assert [(f.count, f.origins, f.networks) for f in extraction.facts if f.count] == [
        (140, ["Peru"], []), (312, ["Laos"], ["Paper Heron"])]
    assert [(t.platform, t.source, t.about, t.quote) for t in extraction.tips] == [
        ("TikTok", "Harrow Point Research Lab", "Laos",
         "| June 2025 | Laos | Vietnam | External (Harrow Point Research Lab) | 312 |")]


def test_another_network_a_guest_mentions_after_a_removal_is_its_own_takedown() -> None:
    extraction = extract_document(parse_document("pod.txt", textwrap.dedent("""\
        ---
        title: Podcast episode 40
        published: 2026-01-29
        ---
        HOST: Did TikTok see anything before the vote in Peru?

        GUEST: We removed 640 accounts that were part of a network run from inside Peru. They posed as students.

        HOST: Was that the only one?

        GUEST: There was a smaller cluster aimed at Peruvians living in Chile, a few dozen accounts.
        """).encode()))
    assert [(f.platform, f.count_text, f.origins, f.targets, f.part_of) for f in extraction.facts] == [
        ("TikTok", "640", ["Peru"], [], None), ("TikTok", "a few dozen", [], ["Peru", "Chile"], None)]


@pytest.mark.parametrize("sentence, names", [
    ("Or take Copper Gate, the Chile-based operation that Twitter acted on: 1,270 accounts.", ["Copper Gate"]),
    ("It was removed by Harbor Media Inc, the social network that owns the app.", []),  # a company, not a network
])
def test_a_name_then_what_it_is_names_a_network(sentence: str, names: list[str]) -> None:
    assert network_names(sentence) == names


HEARING = """\
COMMITTEE ON COMMUNICATIONS
Public hearing with digital platforms, Wednesday, 11 September 2024

CHAIR (Maria Lopes): I give the floor to Ms Reyes from Meta.

ANA REYES (Meta): Last month our teams removed 287 Facebook accounts and 64 Instagram accounts run from Lima.

LAWMAKER: A news portal reported this week that Meta deleted 2,870 accounts in this operation. Can you confirm it?

ANA REYES (Meta): I need to correct that. The figure is 287 Facebook accounts, not 2,870.

CHAIR: Mr Soto, please.

LUIS SOTO (Google): Thank you, Madam Chair. In June, YouTube terminated 1,512 channels of a network run from \
Lima. We also terminated 6 blogs on Blogger.
"""


def test_a_hearings_witnesses_speak_for_their_platforms_and_a_figure_put_to_them_they_correct_is_gone() -> None:
    extraction = extract_document(parse_document("hearing.txt", HEARING.encode()))
    assert [(f.platform, f.count, f.unit, f.surface) for f in extraction.facts] == [
        ("Facebook", 287, "accounts", None), ("Facebook", 64, "accounts", "Instagram"),
        ("YouTube", 1512, "channels", None), ("Google", 6, "blogs", None)]


def test_a_platforms_newsroom_post_correcting_its_figure_is_its_own_and_tells_the_right_one() -> None:
    extraction = extract_document(parse_document("update.txt", textwrap.dedent("""\
        TikTok Newsroom — Peru
        Update: correction to our January 2024 report
        12 March 2024

        In our report published on 20 February, we said we had removed 1,873 accounts belonging to a network that \
operated from Peru and targeted voters in Cusco and Arequipa, a network that has been referred to as Pluma Roja. A \
review found that some accounts had been counted twice: we previously said 1,873, but the correct number is 1,837 \
accounts.
        """).encode()))
    assert [(f.platform, f.count, f.origins, f.networks) for f in extraction.facts] == [
        ("TikTok", 1837, ["Peru"], ["Pluma Roja"])]


def test_a_correction_whose_wrong_figure_was_only_said_tells_the_right_one_after_its_unit() -> None:
    extraction = extract_document(parse_document("fix.txt", textwrap.dedent("""\
        ---
        title: Correcting our count for the Bolivia network
        publisher: TikTok
        published: 2023-05-09
        ---
        On 2 May 2023 we disclosed three networks we had removed. In that post we said the network run from Bolivia \
was made up of 2,741 accounts. That figure was wrong. The correct number of accounts in the Bolivia network is 2,714.
        """).encode()))
    assert [(f.count_text, f.unit, f.origins) for f in extraction.facts if f.unit == "accounts"] == [
        ("2,714", "accounts", ["Bolivia"])]


def test_whom_a_named_network_worked_on_told_by_name_paragraphs_after_its_figures_is_its_target() -> None:
    facts = facts_of("lab.md", """\
        ---
        title: Reed Lantern, removed
        published: 2023-04-12
        ---
        On Monday, Meta removed a network we have tracked since January and which we call Reed Lantern. It took down \
212 Facebook accounts and 30 Pages.

        The accounts posted several times a day, mostly in the evenings.

        Reed Lantern focused mainly on voters in Estonia ahead of the March election.
        """)
    assert [(f.count_text, f.networks, f.targets) for f in facts if f.count_text] == [
        ("212", ["Reed Lantern"], ["Estonia"]), ("30", ["Reed Lantern"], ["Estonia"])]


def test_an_explainer_of_one_network_two_companies_removed_places_and_aims_both_companies_figures() -> None:
    facts = facts_of("explainer.md", """\
        ---
        title: "Explainer: the Lake Chad network"
        published: 2024-11-06
        ---
        **What did Meta remove?**

        Meta said on Tuesday that it had removed 64 Facebook accounts and 12 Pages. The network originated in Chad, \
the company said.

        **And TikTok?**

        TikTok removed 140 accounts from what it said was the same operation. It gave no date.

        **Who ran it?**

        Meta linked the accounts to Lac Conseil, a firm in N'Djamena. The firm did not reply. This is the first \
time a company has named Lac Conseil.

        **Whom did it target?**

        The posts were mostly in French. Both companies said the network targeted audiences in Chad and Cameroon.
        """)
    assert [(f.platform, f.count_text, f.origins, f.targets, f.networks) for f in facts] == [
        ("Facebook", "64", ["Chad"], ["Chad", "Cameroon"], []), ("Facebook", "12", ["Chad"], ["Chad", "Cameroon"], []),
        ("TikTok", "140", ["Chad"], ["Chad", "Cameroon"], [])]


def test_a_month_heading_in_a_review_of_a_year_published_after_it_is_that_year_s() -> None:
    facts = facts_of("r.md", """\
        ---
        title: "Gulf Review 2022: campaigns we terminated"
        publisher: Google
        published: 2023-02-09
        ---
        ## January

        - We took down 31 YouTube channels tied to a campaign connected to Oman.

        ## March

        - We took down 12 YouTube channels tied to a campaign connected to Qatar.
        """)
    assert [(f.count, f.announced.isoformat()) for f in facts] == [(31, "2022-01-01"), (12, "2022-03-01")]


def test_a_fixed_width_table_s_rows_are_each_their_first_column_s_platform_s() -> None:
    facts = facts_of("t.md", """\
        ---
        title: Blue Heron, one year on
        published: 2023-12-01
        ---
        The network also relied on LINE official accounts in Japan. The platforms acted as follows:

            Platform   Action                  When             Figure
            --------   ---------------------   --------------   ------------
            X          accounts suspended      November 2023    640 accounts
            YouTube    channels terminated     November 2023    35 channels
            LINE       official accounts closed  November 2023  12 accounts
        """)
    assert [(f.platform, f.count) for f in facts] == [("Twitter", 640), ("YouTube", 35), ("LINE", 12)]


def test_a_year_s_report_published_after_it_dates_its_months_in_that_year() -> None:
    report = textwrap.dedent("""\
        Meta
        PACIFIC INTEGRITY REPORT 2023
        Report date: 20 February 2024

        2.1 Tonga
        In January we removed 240 Facebook accounts. This network originated in Tonga.

        2.2 Samoa
        In February we removed 96 Facebook accounts that originated in Samoa and targeted voters around the
        4 February 2023 general election.
        """)
    facts = extract_document(parse_document("r.txt", report.encode())).facts
    assert [(f.count, f.announced.isoformat(), f.date_precision) for f in facts] == [
        (240, "2023-01-01", "month"), (96, "2023-02-01", "month")]


def test_a_digest_s_items_headed_by_their_country_in_capitals_are_that_country_s() -> None:
    facts = facts_of("digest.md", """\
        ---
        title: The Andean Digest, issue 9
        published: 2023-04-21
        ---
        ## 1. BOLIVIA — Kwai removes fake "news" accounts

        The short-video app Kwai said on Tuesday that it had removed nearly 70 accounts posing as local newspapers.

        ## 2. CHILE — Telegram closes "results" channels

        Telegram has shut down 9 channels that published invented vote counts. The network was called Red Ñandú.
        """)
    assert [(f.platform, f.count_text, f.origins) for f in facts] == [
        ("Kwai", "nearly 70", ["Bolivia"]), ("Telegram", "9", ["Chile"])]
    assert network_names("The network was called Red Ñandú.") == ["Red Ñandú"]


def test_a_share_of_what_the_sentence_before_counted_is_counted_in_its_unit() -> None:
    facts = facts_of("lab.md", """\
        ---
        title: Channels of a junta
        published: 2023-03-03
        ---
        We reported all 85 channels to Telegram on 12 December 2022. Telegram blocked 29 of them in January, citing \
its rules. The rest are still active.
        """)
    assert [(f.platform, f.count, f.unit) for f in facts] == [("Telegram", 29, "channels")]


def test_where_the_story_s_one_named_network_was_run_told_far_from_its_figures_places_them() -> None:
    facts = facts_of("s.md", """\
        ---
        title: TikTok dismantles "Opération Baobab"
        published: 2025-03-06
        ---
        TikTok said on Monday it had removed 640 accounts in a network it called Opération Baobab.

        The accounts posted about the cost of living. Many had been created in 2024.

        Most posts were short videos set to popular songs.

        In its monthly report, the platform said the network operated from Benin and targeted an audience in Niger.
        """)
    assert [(f.count, f.origins, f.targets, f.networks) for f in facts] == [
        (640, ["Benin"], ["Niger"], ["Opération Baobab"])]


@pytest.mark.parametrize(("sentence", "another"), [
    ("In 2021 it removed 486 accounts in an unrelated case involving municipal elections.", True),
    ("Last year, Meta removed a separate network of 388 accounts.", True),
    ("TikTok removed 486 accounts in the case.", False),
])
def test_a_case_told_as_another_is_known_by_its_words(sentence: str, another: bool) -> None:
    assert bool(ANOTHER_CASE.search(sentence)) is another


def test_the_smaller_pacific_states_are_countries() -> None:
    assert [name for name, _, _ in countries_in("Tonga, Kiribati, Tuvalu, Nauru, Palau and the Marshall Islands")] == [
        "Tonga", "Kiribati", "Tuvalu", "Nauru", "Palau", "Marshall Islands"]


def test_a_report_s_numbered_section_headings_give_their_country_and_name() -> None:
    report = textwrap.dedent("""\
        Meta
        PACIFIC INTEGRITY REPORT 2023
        Report date: 20 February 2024

        3.1 Tonga ("Reef Signal")
        In January we removed 240 Facebook accounts. This network originated in Tonga.

        3.2 Samoa ("Palm Echo")
        In March we removed 96 Facebook accounts. This network originated in Samoa.
        """)
    facts = extract_document(parse_document("r.txt", report.encode())).facts
    assert [(f.count, f.origins, f.networks) for f in facts] == [
        (240, ["Tonga"], ["Reef Signal"]), (96, ["Samoa"], ["Palm Echo"])]


def test_a_hearing_with_a_labs_witness_gives_the_lab_its_tip_and_the_platforms_their_own_words() -> None:
    extraction = extract_document(parse_document("hearing.txt", PARLIAMENT_HEARING.encode()))
    assert [(f.platform, f.count_text, f.origins, f.networks, f.announced) for f in extraction.facts] == [
        ("Facebook", "812", ["Belarus"], ["Tin Kettle"], dt.date(2024, 4, 18)),
        ("Facebook", "95", ["Belarus"], ["Tin Kettle"], dt.date(2024, 4, 18)),
        # (the lab's witness tells of TikTok's removal: TikTok's, as the hearing's day has it)
        ("TikTok", None, ["Belarus"], ["Tin Kettle"], dt.date(2024, 5, 16))]
    assert [(t.platform, t.source) for t in extraction.tips] == [("Facebook", "Baltic Signal Lab")]


@pytest.mark.parametrize("sentence, names", [
    ("The domestic Cakra network, tied to a Lima PR company, lost 412 Facebook accounts.", ["Cakra"]),
    ("The China-based Lotus Harbor operation lost 233 Facebook accounts.", ["Lotus Harbor"]),
    ("The company removed the Iran-based network and the domestic Peruvian network.", []),  # no name, a country
    ("Did the network run paid content during the Alberta campaign?", []),  # an election's campaign
    ("LinkedIn removed 90 profiles, the Microsoft-owned network said.", []),  # what it is, not a name
])
def test_a_name_after_what_describes_it_names_a_network(sentence: str, names: list[str]) -> None:
    assert network_names(sentence) == names


def test_a_network_named_later_without_a_figure_names_the_figures_told_before() -> None:
    facts = facts_of("y.md", """\
        ---
        title: The year in takedowns
        published: 2024-12-28
        ---
        Meta removed 287 Facebook accounts in August that posed as Peruvian students. The company first disclosed the \
takedown at a hearing and later named the network Condor Blanco in its report.
        """)
    assert [(f.count, f.networks) for f in facts if f.count] == [(287, ["Condor Blanco"])]


NUMBERED_SECTIONS = """\
---
title: Threat report
publisher: Meta
published: 2024-05-21
---
This excerpt describes two networks.

### Network 1: Peru

We took down 412 Facebook accounts and 57 Pages. We refer to it as the Cakra network. We opened this investigation \
after reviewing research by the Peruvian fact-checking organisation Lente Veraz.

- Audience: the Pages had roughly 1.2 million followers; about 86,000 accounts belonged to at least one of the Groups.

### Network 2: Chile

We removed 233 Facebook accounts. We call it Lotus Harbor.
"""


def test_a_reports_numbered_sections_each_place_and_name_their_own_network() -> None:
    extraction = extract_document(parse_document("r.md", NUMBERED_SECTIONS.encode()))
    assert [(f.count, f.origins, f.networks) for f in extraction.facts] == [
        (412, ["Peru"], ["Cakra"]), (57, ["Peru"], ["Cakra"]), (233, ["Chile"], ["Lotus Harbor"])]
    assert [(t.source, t.about) for t in extraction.tips] == [("Lente Veraz", "Peru")]
    assert sorted((r.measure, r.amount) for r in extraction.reach) == [("followers", 86000), ("followers", 1200000)]


def test_a_commissions_referral_sent_to_a_platform_is_a_tip_under_its_name_and_acronym() -> None:
    extraction = extract_document(parse_document("kidp.txt", textwrap.dedent("""\
        ELECTORAL INTEGRITY COMMISSION (EIC)
        Press Release No. 09/2024 — 27 February 2024

        Lima — The Electoral Integrity Commission (EIC) said today that its work led TikTok to act against a network.

        On 16 January 2024, EIC's monitoring desk sent TikTok a referral listing 260 accounts.
        """).encode()))
    assert [(t.platform, t.source, t.tipped.isoformat()) for t in extraction.tips] == [
        ("TikTok", "Electoral Integrity Commission (EIC)", "2024-01-16")]


def test_a_year_in_review_names_its_largest_takedown_from_a_section_heading_and_it_is_no_running_total() -> None:
    facts = facts_of("y.md", """\
        ---
        title: Peru's year of takedowns
        published: 2024-12-28
        ---
        ## February: TikTok and "Pluma Roja"

        TikTok reported disrupting a network run from Cusco.

        ## The year in one number

        The largest single takedown was TikTok's Pluma Roja, at 1,837 accounts, and over the year TikTok removed \
more accounts than any other platform.
        """)
    assert [(f.count, f.networks, f.scope) for f in facts if f.count] == [(1837, ["Pluma Roja"], None)]


def test_platforms_own_posts_by_their_teams_and_a_list_of_labelled_fields() -> None:
    reddit = extract_document(parse_document("r.md", textwrap.dedent("""\
        ---
        title: Disrupting a campaign
        posted: 2025-08-12
        ---
        Hi all, I work on Reddit's Security team. Today we banned 44 accounts and 3 subreddits. About 9,000 accounts \
were following the subreddits.
        """).encode()))
    assert [(f.platform, f.count, f.unit) for f in reddit.facts] == [("Reddit", 44, "accounts"),
                                                                   ("Reddit", 3, "subreddits")]
    x_post = extract_document(parse_document("x.md", textwrap.dedent("""\
        ---
        title: Networks we suspended in H1 2025
        publisher: X Safety
        date: 2025-07-30
        ---
        | Country | Accounts | Tweets |
        |---|---|---|
        | Peru | 1,312 | 486,020 |
        """).encode()))
    assert [(f.platform, f.count, f.origins) for f in x_post.facts] == [("Twitter", 1312, ["Peru"])]
    listed = extract_document(parse_document("t.md", textwrap.dedent("""\
        ---
        title: Covert influence operations, March 2025
        publisher: TikTok
        published: 2025-04-24
        ---
        Network origin: Chile / Target: Peru / Accounts: 1,046 / Followers: 76,930
        """).encode()))
    assert [(f.count, f.origins, f.targets) for f in listed.facts] == [(1046, ["Chile"], ["Peru"])]
    assert [(r.measure, r.amount) for r in listed.reach] == [("followers", 76930)]


def test_what_a_platform_also_did_in_the_same_paragraph_is_the_same_campaigns() -> None:
    facts = facts_of("tag.md", """\
        ---
        title: TAG Bulletin
        publisher: Google
        published: 2025-07-01
        ---
        We terminated 96 YouTube channels as part of our investigation into operations linked to Peru. The campaign \
uploaded videos in Spanish. We also blocked 14 domains from appearing on Google News and Discover.

        We also blocked 3 domains in an unrelated case.
        """)
    assert [(f.count, f.unit, f.origins) for f in facts] == [(96, "channels", ["Peru"]), (14, "domains", ["Peru"]),
                                                            (3, "domains", [])]


def test_a_platforms_titled_statement_is_its_own_and_users_located_somewhere_are_its_audience() -> None:
    extraction = extract_document(parse_document("t.txt", textwrap.dedent("""\
        Telegram — Statement on channels restricted in Peru
        16 September 2025

        Following a request from the Government of Peru, we blocked 52 channels for users located in Peru today.
        """).encode()))
    assert [(f.platform, f.count, f.origins, f.targets) for f in extraction.facts] == [("Telegram", 52, [], ["Peru"])]


def test_findings_a_bulletin_calls_similar_to_another_platforms_credit_that_platform() -> None:
    extraction = extract_document(parse_document("tag.md", textwrap.dedent("""\
        ---
        title: TAG Bulletin
        publisher: Google
        published: 2025-07-24
        ---
        We terminated 41 YouTube channels as part of our investigation into operations linked to Peru. These findings \
are similar to those reported by Meta.
        """).encode()))
    assert [(t.platform, t.source, t.credit) for t in extraction.tips] == [("Google", "Facebook", "similar findings")]


def test_a_labs_post_that_names_itself_in_its_title_tips_each_platform_on_its_own_day() -> None:
    extraction = extract_document(parse_document("lab.txt", textwrap.dedent("""\
        Harrow Point Research Lab | Field Notes

        Published 14 October 2025

        We tracked a network run from Laos that posted about dams.

        We shared our findings with TikTok on 9 September 2025 and with YouTube on 23 September 2025.
        """).encode()))
    assert [(t.platform, t.source, t.tipped.isoformat()) for t in extraction.tips] == [
        ("TikTok", "Harrow Point Research Lab", "2025-09-09"), ("YouTube", "Harrow Point Research Lab", "2025-09-23")]


def test_an_investigation_told_after_a_second_removal_places_both() -> None:
    extraction = extract_document(parse_document("tag.md", textwrap.dedent("""\
        ---
        title: TAG Bulletin
        publisher: Google
        published: 2025-10-29
        ---
        We terminated 31 YouTube channels and blocked 4 domains as part of our investigation into coordinated \
influence operations linked to Laos. The campaign was critical of Thailand's dams and of the Thai government.
        """).encode()))
    assert [(f.count, f.unit, f.origins) for f in extraction.facts] == [(31, "channels", ["Laos"]),
                                                                       (4, "domains", ["Laos"])]


def test_an_html_table_of_networks_is_read_as_a_markdown_one_each_figure_quoted_from_its_cell() -> None:
    page = ("<html><head><title>Covert influence operations</title><meta property='og:site_name' content='TikTok'>"
            "</head><body><main><p>Published: July 18, 2024"
            "</p><p>We list the networks we removed.</p><table><thead><tr><th>Network</th><th>Accounts in network</th>"
            "<th>Followers of network</th></tr></thead><tbody><tr><td><p>Georgia.</p><p>Operated from Georgia and "
            "aimed at audiences in Armenia.</p></td><td>318</td><td>41,200</td></tr></tbody></table></main></body>"
            "</html>")
    extraction = extract_document(parse_document("t.html", page.encode()))
    assert [(f.count, f.unit, f.origins, f.targets, f.quote) for f in extraction.facts] == [
        (318, "accounts", ["Georgia"], ["Armenia"], "318")]  # the row's only verbatim stretch holding the figure
    assert [(r.measure, r.amount, r.origins, r.quote) for r in extraction.reach] == [
        ("followers", 41200, ["Georgia"], "41,200")]


ELECTION_TABLE = """\
---
title: "Votes and fakes: our 2023 year in review"
publisher: Civic Lab
published: 2024-01-20
---
| Country | Election date(s) | Platform | Network | Removed | Reach reported | Tip-off |
|---|---|---|---|---|---|---|
| Bolivia | 5 Mar 2023 | Meta | "Voz Andina" | 61 Facebook accounts, 9 Pages | 120,000 followers | Chequea BO (lab) |
| Laos | 14 May 2023 | TikTok | Unnamed network | 830 accounts | about 2 million followers | internal |
| Nepal | 9 Sep 2023 | Meta | unnamed | "dozens" of accounts (no figure given) | not reported | internal |

In Bolivia, the winner took 54% of the vote, more than a network of a few hundred accounts could plausibly move.
"""


def test_an_election_table_s_removed_column_counts_what_each_cell_names_for_the_country_that_voted() -> None:
    extraction = extract_document(parse_document("y.md", ELECTION_TABLE.encode()))
    # (the country voting is whom each network worked on; the election's day dates no removal; an unnamed network has
    # no name; and what a network "could" do is no takedown)
    assert [(f.platform, f.count_text, f.unit, f.origins, f.targets, f.networks, f.announced.isoformat())
            for f in extraction.facts] == [
        ("Facebook", "61", "accounts", [], ["Bolivia"], ["Voz Andina"], "2024-01-20"),
        ("Facebook", "9", "pages", [], ["Bolivia"], ["Voz Andina"], "2024-01-20"),
        ("TikTok", "830", "accounts", [], ["Laos"], [], "2024-01-20"),
        ("Facebook", "dozens of", "accounts", [], ["Nepal"], [], "2024-01-20")]
    assert [(t.platform, t.source) for t in extraction.tips] == [("Facebook", "Chequea BO")]


@pytest.mark.parametrize("second", [
    "We also identified a smaller cluster of accounts operated from Nepal that posted about Bhutan's election. We "
    "banned 12 accounts in that cluster.",
    "We also identified a smaller network operated from Nepal that posted about Bhutan's election. We banned 12 "
    "accounts in that network."])
def test_an_ai_lab_s_own_accounts_say_who_we_is_and_a_second_cluster_keeps_its_own_place(second: str) -> None:
    report = ("Influence operations: a case study\n\nUpdated 3 Sept 2024\n\nWe banned 23 ChatGPT accounts used by an "
              "operation we call Still Ballot. Its posts appeared on Facebook and X, and on Facebook again.\n\n"
              + second + "\n")
    facts = extract_document(parse_document("c.txt", report.encode())).facts
    assert [(f.platform, f.count, f.origins, f.targets, f.networks) for f in facts] == [
        ("OpenAI", 23, [], [], ["Still Ballot"]), ("OpenAI", 12, ["Nepal"], ["Bhutan"], [])]


def test_a_tracker_s_removed_column_counts_what_its_unit_column_names_and_a_spanning_cell_reaches_each_row() -> None:
    page = ("<html><head><title>Tracker</title></head><body><p>Published 7 April 2025</p><p>What platforms said they "
            "removed this quarter.</p><table><tr><th>Network</th><th>Origin</th><th>Platform</th><th>Removed</th>"
            "<th>Unit</th><th>Announced</th></tr>"
            "<tr><td rowspan='2'>Lark Choir</td><td rowspan='2'>Russia</td><td>YouTube (Google)</td><td>1,204</td>"
            "<td>channels</td><td rowspan='2'>11 Feb 2025</td></tr>"
            "<tr><td>Blogger (Google)</td><td>16</td><td>blogs</td></tr>"
            "<tr><td>Wren Relay</td><td>Chad</td><td>X</td><td>57</td><td>accounts</td><td>19 Mar 2025</td></tr>"
            "<tr><td colspan='3'>Total items listed</td><td>1,277</td><td colspan='2'></td></tr></table></body></html>")
    facts = extract_document(parse_document("t.html", page.encode())).facts
    assert [(f.platform, f.count, f.unit, f.origins, f.networks, f.announced.isoformat()) for f in facts] == [
        ("YouTube", 1204, "channels", ["Russia"], ["Lark Choir"], "2025-02-11"),
        ("Google", 16, "blogs", ["Russia"], ["Lark Choir"], "2025-02-11"),
        ("Twitter", 57, "accounts", ["Chad"], ["Wren Relay"], "2025-03-19")]  # (the total is no takedown)


def test_a_summary_table_that_repeats_a_section_s_figure_is_the_same_takedown() -> None:
    facts = facts_of("b.md", """\
        ---
        title: Bulletin
        publisher: Google
        published: 2022-10-26
        ---
        # Bulletin

        ## Peru

        In August, we terminated 57 YouTube channels linked to Peru.

        | Country | YouTube channels terminated |
        |---|---|
        | Peru | 57 |
        | Chile | 12 |
        """)
    assert [(f.count, f.origins, f.announced.isoformat(), f.date_precision) for f in facts] == [
        (57, ["Peru"], "2022-08-01", "month"), (12, ["Chile"], "2022-10-26", "day")]


def test_a_page_whose_title_names_its_platform_after_a_bar_is_that_platform_s_first_person_report() -> None:
    page = ("<html><head><title>Covert influence operations report | TikTok Transparency Center</title></head>"
            "<body><h1>Covert influence operations report</h1><p>Published <time>May 16, 2024</time></p>"
            "<p>In the first quarter of 2024, we removed 5 networks, including one we refer to as \"Grey Harbor\" "
            "of 1,086 accounts run from Russia.</p></body></html>")
    extraction = extract_document(parse_document("t.html", page.encode()))
    assert [(f.platform, f.count, f.unit, f.networks) for f in extraction.facts] == [
        ("TikTok", 5, "networks", ["Grey Harbor"]), ("TikTok", 1086, "accounts", ["Grey Harbor"])]


def test_a_table_s_target_and_description_columns_give_each_row_its_targets_and_name() -> None:
    facts = facts_of("t.md", """\
        ---
        title: Covert influence operations
        publisher: TikTok
        published: 2024-05-16
        ---
        We removed these networks:

        | Operated from | Target audience | Description | Accounts in network |
        |---|---|---|---|
        | Russia | Germany | A network we refer to as "Grey Harbor" posted videos. | 1,086 |
        | Peru | Bolivia | Accounts posed as journalists. | 22 |
        """)
    assert [(f.count, f.origins, f.targets, f.networks) for f in facts] == [
        (None, [], [], []), (1086, ["Russia"], ["Germany"], ["Grey Harbor"]), (22, ["Peru"], ["Bolivia"], [])]


def test_a_table_whose_header_names_no_unit_is_read_as_text() -> None:
    facts = facts_of("u.md", """\
        ---
        title: Report
        publisher: Meta
        published: 2024-05-29
        ---
        We removed two networks.

        | Country | What we found |
        |---|---|
        | Laos | We removed 389 accounts run from Laos. |
        """)
    assert [(f.count, f.origins) for f in facts if f.count] == [(2, []), (389, ["Laos"])]


def test_outlets_a_network_spoofed_are_not_where_it_came_from() -> None:
    sentence = ("The network, which Meta said originated in Laos, ran more than 60 websites that spoofed the look of "
                "news organisations in Chile, Peru and Kenya.")
    assert country_roles(sentence)[0] == ["Laos"]


@pytest.mark.parametrize("sentence, origins", [
    ("Pages posing as newspapers in Chile, run from Laos.", ["Laos"]),
    ("The accounts posed as nurses in Kenya and were operated from Peru.", ["Peru"]),
    ("Accounts made to look like they were run from Chile.", []),  # the pretence itself is still no origin
])
def test_a_pretence_ends_with_its_clause(sentence: str, origins: list[str]) -> None:
    assert country_roles(sentence)[0] == origins


@pytest.mark.parametrize("sentence, origins, targets", [
    # whom a network pretended to be is whom it worked on, when nothing else says whom it targeted
    ("Meta removed 310 accounts that posed as local residents and news sites in Ghana, Togo and Benin.",
     [], ["Ghana", "Togo", "Benin"]),
    ("The accounts, run from Laos, posed as ordinary voters in Peru.", ["Laos"], ["Peru"]),
    ("TikTok removed 88 accounts operated from Chile that impersonated Bolivians.", ["Chile"], ["Bolivia"]),
    # (not where it pretended to be run from, nor whom it pretended to be beside the audience it is said to target)
    ("Some of the accounts pretended to be reporters based in Kenya.", [], []),
    ("The pages posed as Kenyan outlets but targeted readers in Uganda.", [], ["Uganda"]),
    ("Before South Sudanese vote in June, X removed 40 accounts.", [], ["South Sudan"]),  # a multi-word demonym
])
def test_whom_a_network_pretended_to_be_is_whom_it_targeted(sentence: str, origins: list[str],
                                                            targets: list[str]) -> None:
    assert country_roles(sentence)[:2] == (origins, targets)


def test_a_platforms_report_does_not_remove_another_platforms_assets_it_only_counts() -> None:
    extraction = extract_document(parse_document("report.txt", textwrap.dedent("""\
        ---
        title: Threat report
        publisher: Meta
        published: 2025-11-18
        ---
        2. Peru
        ------------------------------

        We removed 52 Facebook accounts and 9 Pages. This network originated in Peru.

        The operators also ran at least 14 YouTube channels, which we passed to Google. We also banned WhatsApp \
accounts that the operators used.
        """).encode()))
    assert [(f.platform, f.count, f.unit, f.surface) for f in extraction.facts] == [
        ("Facebook", 52, "accounts", None), ("Facebook", 9, "pages", None), ("Facebook", None, "accounts", "WhatsApp")]


@pytest.mark.parametrize("sentence, origins", [
    ("Meta removed 40 accounts that reposted speeches from Chilean politicians.", []),
    ("Meta removed 40 accounts that shared doctored quotes from Kenyan ministers.", []),
    ("Meta removed 40 accounts that amplified posts from Chilean accounts.", ["Chile"]),  # whose accounts they were
    ("Meta removed 40 accounts from Chile.", ["Chile"]),
])
def test_whose_words_a_network_reposted_is_not_where_it_came_from(sentence: str, origins: list[str]) -> None:
    assert country_roles(sentence)[0] == origins


def test_a_storys_opening_says_whom_its_one_network_targeted() -> None:
    extraction = extract_document(parse_document("bulletin.txt", textwrap.dedent("""        MIDLANDS RADIO: NIGHT DESK
        Transcript, Friday 3 May 2024

        HOST: Welcome back. With a week to go before Zambians vote, two platforms say they have removed a network \
of fake accounts that tried to sway the election.

        CORRESPONDENT: Meta says it removed 61 Facebook accounts and twelve Instagram accounts that posed as \
farmers in the Copperbelt. On X, another 19 accounts from the same network were suspended.
        """).encode()))
    assert [(f.platform, f.count, f.origins, f.targets) for f in extraction.facts] == [
        ("Facebook", 61, [], ["Zambia"]), ("Facebook", 12, [], ["Zambia"]), ("Twitter", 19, [], ["Zambia"])]


def test_an_opening_that_tells_the_removal_without_a_figure_places_the_figures_told_next() -> None:
    extraction = extract_document(parse_document("story.txt", textwrap.dedent("""\
        Meta removes fake local-news network

        QUITO, March 5, 2025 -- Meta said on Tuesday that it had taken down a network of accounts posing as local \
news outlets in Quito, after a referral from the electoral council.

        The company removed 212 Facebook accounts and 17 Pages, which it said were run by a marketing firm.
        """).encode()))
    assert [(f.count, f.unit, f.origins, f.targets) for f in extraction.facts] == [
        (None, "networks", [], ["Ecuador"]), (212, "accounts", [], ["Ecuador"]), (17, "pages", [], ["Ecuador"])]


def test_an_explainer_on_one_network_with_two_names_names_and_places_its_figures() -> None:
    explainer = textwrap.dedent("""\
        ---
        title: "Explainer: what was 'Voz Serena'?"
        published: 2024-06-03
        ---
        **Does it have other names?**

        Yes. The Quito lab that studied it first uses "Voz Serena", the name on most of its Pages. A student group \
calls the same network "Eco Andino".

        **Who was behind it?**

        Meta said its investigation found links to Faro Claro, a marketing firm. According to Meta, the network \
originated in Ecuador and targeted Ecuadorian voters.

        **What did Meta do?**

        On 28 May 2024 Meta said it had removed 75 Facebook accounts and 12 Pages.

        **Was it the first?**

        No: a much smaller Ecuadorian network, of 9 Pages, was taken down in 2021.
        """)
    facts = extract_document(parse_document("e.md", explainer.encode())).facts
    assert [(f.count, f.networks, f.origins, f.targets, f.linked_to) for f in facts] == [
        (75, ["Voz Serena"], ["Ecuador"], ["Ecuador"], ["Faro Claro"]),
        (12, ["Voz Serena"], ["Ecuador"], ["Ecuador"], ["Faro Claro"]),
        (9, [], ["Ecuador"], [], [])]


def test_a_campaign_named_in_an_aside_then_defined_is_placed_and_tied_by_what_follows() -> None:
    story = textwrap.dedent("""\
        OpenAI bans accounts

        SAN FRANCISCO, Oct. 10, 2024 (Wire) - OpenAI said on Thursday it had banned accounts of two campaigns.

        The second campaign, which OpenAI called Cedar Quill, was a commercial operation. According to the report, \
it was run by Larchmont Copy, a content agency based in Lagos, Nigeria. OpenAI banned 31 accounts tied to Cedar \
Quill.
        """)
    facts = extract_document(parse_document("o.txt", story.encode())).facts
    assert [(f.count, f.unit, f.networks, f.origins, f.linked_to) for f in facts if f.count_text] == [
        (2, "campaigns", [], [], []), (31, "accounts", ["Cedar Quill"], ["Nigeria"], ["Larchmont Copy"])]


def test_a_half_year_or_quarter_that_opens_a_sentence_dates_its_removal_unless_the_report_covers_it() -> None:
    hearing = ("Senate hearing\n\nCanberra, Thursday, 13 July 2023\n\nMs HALE: In the first half of 2023 TikTok "
               "removed 80 accounts that operated from China.\n")
    [fact] = extract_document(parse_document("h.txt", hearing.encode())).facts
    assert (fact.announced, fact.date_precision) == (dt.date(2023, 6, 1), "month")
    report = ("---\ntitle: Our Q1 2024 threat report\npublisher: Meta\npublished: 2024-05-15\n---\nIn the first "
              "quarter of 2024, we removed 5 networks.\n")
    [fact] = extract_document(parse_document("r.md", report.encode())).facts
    assert (fact.announced, fact.date_precision) == (dt.date(2024, 5, 15), "day")


def test_a_removal_said_on_a_day_to_have_been_made_in_a_quarter_is_dated_by_the_quarter() -> None:
    story = ("Google acts\n\nMOUNTAIN VIEW, April 22, 2025 (Wire) - Google said on Tuesday it had terminated 940 "
             "YouTube channels in the first quarter of 2025.\n")
    [fact] = extract_document(parse_document("g.txt", story.encode())).facts
    assert (fact.announced, fact.date_precision) == (dt.date(2025, 3, 1), "month")
    story = story.replace("in the first quarter of 2025", "during the first quarter")  # (its year: the story's)
    [fact] = extract_document(parse_document("g.txt", story.encode())).facts
    assert (fact.announced, fact.date_precision) == (dt.date(2025, 3, 1), "month")


def test_who_a_report_s_investigation_found_links_to_is_who_ran_its_network_not_a_country_s_ties() -> None:
    report = textwrap.dedent("""\
        ---
        title: Threat report
        publisher: Meta
        published: 2023-11-30
        ---
        ## Azerbaijan

        We removed a network that originated in Azerbaijan. It posted about the costs of Armenia's ties with the West.

        Although the people behind it tried to conceal their identities, our investigation found links to Kura Lens \
Media, a marketing firm in Baku.

        - Presence on Facebook: 214 Facebook accounts and 38 Pages.
        """)
    facts = extract_document(parse_document("r.md", report.encode())).facts
    assert {tuple(f.linked_to) for f in facts if f.count_text} == {("Kura Lens Media",)}


def test_a_name_the_report_gives_says_more_than_a_description_of_who_ran_the_network() -> None:
    story = ("Meta removes network\n\nJERUSALEM, May 30, 2024 (Wire) - Meta said on Thursday it had removed 436 "
             "Facebook accounts run by a Tel Aviv political consulting firm that posed as citizens of Egypt.\n\nMeta "
             "said its investigation found links to Cedar Pulse Strategies, a political marketing firm in Tel Aviv.\n")
    [fact] = extract_document(parse_document("j.txt", story.encode())).facts
    assert fact.linked_to == ["Cedar Pulse Strategies"]


def test_a_wire_story_s_election_with_no_country_named_is_the_dateline_city_s_country_s() -> None:
    story = ("LIMA, April 27, 2022 (Wire) - Snap has removed 146 Snapchat accounts that aimed at first-time voters "
             "ahead of the May 9 presidential election, the company said on Wednesday.\n")
    [fact] = extract_document(parse_document("s.txt", story.encode())).facts
    assert (fact.origins, fact.targets) == ([], ["Peru"])


@pytest.mark.parametrize(("sentence", "targets"), [
    ("Twitter removed 90 accounts that pushed slogans ahead of Malawi's Sept. 16 election.", ["Malawi"]),
    ("Twitter removed 90 accounts that pushed slogans before Malawi's 2025 general election.", ["Malawi"]),
])
def test_an_election_with_its_day_is_the_voting_country_s(sentence: str, targets: list[str]) -> None:
    assert country_roles(sentence)[:2] == ([], targets)


def test_an_opening_s_election_targets_a_network_placed_further_down() -> None:
    story = ("KUALA LUMPUR, Nov 2 (Wire) - X and TikTok have taken down a network of accounts that posed as nurses to "
             "praise one party ahead of Malaysia's Nov. 19 election, the companies said on Thursday.\n\n"
             "X suspended 140 accounts and TikTok 77, the companies said.\n\n"
             "Researchers said the operation was run by Taman Gema, a Kuala Lumpur public relations agency.\n")
    facts = extract_document(parse_document("w.txt", story.encode())).facts
    assert [(f.platform, f.count, f.origins, f.targets) for f in facts if f.count] == [
        ("Twitter", 140, ["Malaysia"], ["Malaysia"]), ("TikTok", 77, ["Malaysia"], ["Malaysia"])]


def test_an_opening_aimed_at_one_country_leaves_figures_placed_elsewhere_alone() -> None:
    extraction = extract_document(parse_document("roundup.txt", textwrap.dedent("""        Platforms act before the vote

        With a week to go before Zambians vote, platforms say they have removed networks that tried to sway it.

        Meta said it removed 61 accounts run from Malawi. X suspended 19 accounts.
        """).encode()))
    assert [(f.platform, f.count, f.origins, f.targets) for f in extraction.facts] == [
        ("Facebook", 61, ["Malawi"], []), ("Twitter", 19, [], [])]


def test_an_opening_that_places_the_storys_network_aims_its_unplaced_figures_too() -> None:
    story = ("Tallinn, May 4 (Wire) -- X said on Tuesday it had found an operation run out of Belarus that tried to "
             "stir anger at the farmers' protests in Lithuania.\n\n"
             "X suspended 412 accounts that posted in concert.\n\n"
             "Meta said it removed 31 Facebook accounts linked to Belarus after a tip from X.\n")
    facts = extract_document(parse_document("w.txt", story.encode())).facts
    assert [(f.platform, f.count, f.origins, f.targets) for f in facts] == [
        ("Twitter", 412, [], ["Lithuania"]), ("Facebook", 31, ["Belarus"], ["Lithuania"])]


@pytest.mark.parametrize("sentence, attribution", [
    ("Twitter removed 40 accounts tied to Peruvian state actors, it said.", "tied to Peruvian state actors"),
    ("Meta removed 12 Pages linked to the Kenyan consultancy Harrow Point, which denied it.",
     "linked to the Kenyan consultancy Harrow Point"),
    ("Meta removed 12 Pages linked to the Kenyan military and 3 groups.", "linked to the Kenyan military"),
    ("Meta removed 12 Pages linked to Kenya in March.", "linked to Kenya"),  # a country's name is whole already
])
def test_an_attribution_keeps_what_a_peoples_adjective_describes(sentence: str, attribution: str) -> None:
    assert country_roles(sentence)[2] == attribution


@pytest.mark.parametrize("sentence", [
    "Meta removed 40 accounts that pushed anti-Chile messages to people in Peru.",
    "Meta removed a pro-Kenya network of 40 accounts.",
    "Meta removed 40 anti-American accounts.",
])
def test_a_stance_for_or_against_a_country_is_not_where_a_network_came_from(sentence: str) -> None:
    assert country_roles(sentence)[0] == []


def test_another_platforms_figure_for_the_same_operation_shares_its_origin() -> None:
    facts = facts_of("n.md", """\
        ---
        title: Two platforms act
        published: 2021-11-04
        ---
        Meta said on Thursday it had removed 300 accounts run from Honduras.

        Reddit had banned about 70 accounts tied to the same operation two weeks earlier.
        """)
    assert [(f.platform, f.count, f.origins, f.announced, f.reference) for f in facts] == [
        ("Facebook", 300, ["Honduras"], dt.date(2021, 11, 4), False),
        ("Reddit", 70, ["Honduras"], dt.date(2021, 10, 18), True)]


def test_a_figure_given_as_the_sum_of_the_others_is_their_total() -> None:
    facts = facts_of("s.md", """\
        ---
        title: Archive
        published: 2021-03-02
        ---
        Twitter said on Tuesday it suspended 412 accounts run from Peru and 88 from Chile, or 500 accounts in all.
        """)
    assert [(f.count, f.origins, f.scope) for f in facts] == [(412, ["Peru"], None), (88, ["Chile"], None),
                                                              (500, [], "sum")]


def test_a_sentence_saying_whom_the_network_targeted_completes_its_figures() -> None:
    facts = facts_of("t.md", """\
        ---
        title: Targets told apart
        published: 2021-03-02
        ---
        Meta said on Tuesday it removed 120 accounts and 14 Pages. The network was run from Peru.

        Its main targets were Chile and Bolivia. Separately, it removed 30 accounts from Kenya.

        The Kenyan accounts posted about football.
        """)
    assert [(f.count, f.origins, f.targets) for f in facts] == [
        (120, ["Peru"], ["Chile", "Bolivia"]), (14, ["Peru"], ["Chile", "Bolivia"]), (30, ["Kenya"], [])]


def test_a_report_on_one_operation_gives_its_figures_the_place_it_attributes_the_operation_to() -> None:
    facts = facts_of("r.md", """\
        ---
        title: Salt Harbor
        publisher: Harbor Lab
        published: 2023-06-20
        ---
        We identified an influence operation, which we call Salt Harbor, that targeted audiences in Chile.

        We attribute it with moderate confidence to a marketing firm in Lima, Peru.

        Of the 500 Facebook accounts we found, Meta said on Monday it had removed 300.
        """)
    assert [(f.platform, f.count, f.origins) for f in facts] == [("Facebook", 300, ["Peru"])]


@pytest.mark.parametrize(("sentence", "origins"), [
    ("The accounts were run from Lagos, Nigeria.", ["Nigeria"]),
    ("The network, based in St. Petersburg, Russia, posted memes.", ["Russia"]),
    # a region before a comma is no city: the country after it is not placed by the city's cue
    ("Twitter linked the accounts to operations in the Middle East, Spain and Ecuador.", []),
    ("Meta removed 100 Pyongyang-linked accounts.", ["North Korea"]),
    ("Meta removed 100 accounts tied to Minsk.", ["Belarus"]),
])
def test_a_city_before_its_country_keeps_the_cue_for_the_country(sentence: str, origins: list[str]) -> None:
    assert country_roles(sentence)[0] == origins


def test_a_bold_platform_label_opens_its_own_list_item() -> None:
    facts = facts_of("w.md", """\
        ---
        title: The week in takedowns
        published: 2024-06-07
        ---
        Platforms announced takedowns this week.

        - **Meta** said on Tuesday it had removed 510 accounts run from Peru.
        - **X** suspended about 2,300 accounts linked to a Chilean operation, the company said Wednesday.
        """)
    assert [(f.platform, f.count, f.origins) for f in facts] == [("Facebook", 510, ["Peru"]),
                                                                ("Twitter", 2300, ["Chile"])]


def test_a_paragraph_opened_by_a_bold_country_label_is_that_countrys() -> None:
    facts = facts_of("b.md", """\
        ---
        title: Sets
        published: 2019-01-31
        ---
        Twitter said on Thursday it had added new sets to its archive.

        **Peru.** Twitter had earlier disclosed 70 accounts based in Peru. It now says it suspended 260 more accounts.

        **Chile.** A small set of 12 accounts was removed.
        """)
    assert [(f.count, f.origins) for f in facts] == [(70, ["Peru"]), (260, ["Peru"]), (12, ["Chile"])]


def test_figures_after_a_lead_from_the_same_country_take_its_targets() -> None:
    facts = facts_of("k.md", """\
        ---
        title: Lead and figure
        published: 2021-03-02
        ---
        Twitter said on Tuesday it had suspended a network run from Peru and aimed at voters in Chile.

        It published data on 412 accounts originating in Peru.
        """)
    assert [(f.count, f.origins, f.targets) for f in facts] == [(None, ["Peru"], ["Chile"]), (412, ["Peru"], ["Chile"])]


def test_figures_linked_to_the_operation_belong_to_the_one_the_story_opened_with() -> None:
    facts = facts_of("g.md", """\
        ---
        title: Spoofed outlets
        published: 2022-09-27
        ---
        Meta said on Tuesday it had dismantled a Laotian influence operation that impersonated news outlets.

        Meta said it first removed more than 60 websites.

        Meta removed 1,633 Facebook accounts and 703 pages linked to the operation.
        """)
    assert [(f.count, f.origins) for f in facts] == [(None, ["Laos"]), (60, ["Laos"]), (1633, ["Laos"]),
                                                     (703, ["Laos"])]


def test_a_figure_told_again_without_its_country_is_the_takedown_it_repeats_not_the_last_one() -> None:
    facts = facts_of("q.md", """\
        ---
        title: Two sets
        published: 2021-06-08
        ---
        Facebook said on Tuesday it had removed two networks.

        The Chilean set was the larger: 212 accounts and 14 Pages.

        The Bolivian set comprised 40 accounts and 3 Groups, removed last week.

        One newspaper printed "221 accounts" in its headline, while the company's report gives 212 accounts.

        A blog called the 14 Pages "14 groups".
        """)
    # the headline's 221 is another outlet's figure for the Chilean set, kept beside 212; "the 14 Pages" is
    # that set's figure told again, and "14 groups" another name for it
    assert [(f.count, f.unit, f.origins, str(f.announced)) for f in facts] == [
        (2, "networks", [], "2021-06-08"), (212, "accounts", ["Chile"], "2021-06-08"),
        (14, "pages", ["Chile"], "2021-06-08"), (40, "accounts", ["Bolivia"], "2021-05-31"),
        (3, "groups", ["Bolivia"], "2021-05-31"), (221, "accounts", ["Chile"], "2021-06-08"),
        (14, "groups", ["Chile"], "2021-06-08")]


def test_a_share_of_the_accounts_without_a_removal_is_no_takedown() -> None:
    facts = facts_of("s.md", """\
        ---
        title: Shares
        published: 2021-06-08
        ---
        Twitter said on Tuesday it had suspended 410 accounts run from Iran.

        About 120 of the accounts posted in Spanish, and only 35 of the accounts were new.
        """)
    assert [(f.count, f.origins) for f in facts] == [(410, ["Iran"])]


def test_another_outlets_words_for_a_figure_the_story_gave_are_that_takedowns_figure() -> None:
    facts = facts_of("r.md", """\
        ---
        title: Variants
        published: 2021-06-08
        ---
        Twitter said on Tuesday it had suspended 1,860 accounts run from Iran.

        One wire service rounded it to "more than 1,800" accounts. A blog printed 1,780 accounts.

        Of these, 1,500 accounts posted in Persian, the company said on Friday.
        """)
    # the blog's 1,780 is within a tenth of the 1,860: another outlet's figure for it, dated by it; the Persian
    # subset is told in no outlet's words, and is no takedown
    assert [(f.count, f.qualifier, f.origins, str(f.announced), f.retells) for f in facts] == [
        (1860, "exact", ["Iran"], "2021-06-08", None), (1800, "more than", ["Iran"], "2021-06-08", 0),
        (1780, "exact", ["Iran"], "2021-06-08", 1)]  # (told again after the wire's figure, so of that one)


def test_a_close_figure_of_another_cluster_or_platform_is_not_told_again() -> None:
    facts = facts_of("c.md", """\
        ---
        title: Clusters
        published: 2021-06-08
        ---
        Facebook said on Tuesday it had removed 70 accounts and 40 Pages run from Iran.

        A second cluster comprised 42 Pages and 66 accounts.

        Key figures:

        - 70 accounts on Reddit, tied to the same operators
        """)
    assert [(f.platform, f.count, f.unit, f.retells) for f in facts] == [
        ("Facebook", 70, "accounts", None), ("Facebook", 40, "pages", None), ("Facebook", 42, "pages", None),
        ("Facebook", 66, "accounts", None), ("Reddit", 70, "accounts", None)]


@pytest.mark.parametrize(("sentence", "targets", "target_text"), [
    ("The first network, aimed at Chad, Niger and Mali, had 40 accounts and 12 Pages.",
     ["Chad", "Niger", "Mali"], "aimed at Chad, Niger and Mali"),
    ("A Chad-focused network had 18 accounts.", ["Chad"], "Chad-focused"),
    ("It removed 65 accounts targeting audiences in Peru and Chile, with 9,000 followers.",
     ["Peru", "Chile"], "targeting audiences in Peru and Chile"),
])
def test_targets_and_their_phrase_end_with_the_places(sentence: str, targets: list[str], target_text: str) -> None:
    _, found, _, phrase = country_roles(sentence)
    assert (found, phrase) == (targets, target_text)


@pytest.mark.parametrize(("sentence", "origins", "attribution"), [
    ("Twitter also listed 259 accounts operated by Spain's governing party.", ["Spain"], "operated by Spain"),
    ("The 40 Pages were funded by the Russian government.", ["Russia"], "funded by the Russian government"),
])
def test_a_network_run_by_a_countrys_party_or_government_came_from_it(sentence: str, origins: list[str],
                                                                     attribution: str) -> None:
    found, _, phrase, _ = country_roles(sentence)
    assert (found, phrase) == (origins, attribution)


def test_one_outlet_that_printed_a_figure_is_no_count_of_one() -> None:
    facts = facts_of("o.md", """\
        ---
        title: Outlets
        published: 2021-06-08
        ---
        Google said on Tuesday it had terminated 1,860 YouTube channels run from Iran.

        One blog printed the figure as 1,800 channels.
        """)
    assert [(f.count, f.unit, f.retells) for f in facts] == [(1860, "channels", None), (1800, "channels", 0)]


def test_a_share_told_with_including_keeps_its_country_off_the_whole() -> None:
    facts = facts_of("i.md", """\
        ---
        title: Shares
        published: 2023-03-15
        ---
        Meta said on Wednesday it had purged 5,200 accounts, Pages and Groups, including 400 run from Nigeria.
        """)
    assert [(f.count, f.unit, f.origins, f.scope) for f in facts] == [
        (5200, "accounts, pages and groups", [], None), (400, "accounts, pages and groups", ["Nigeria"], "part")]


def test_the_platform_a_relative_clause_is_about_removed_and_was_tipped() -> None:
    extraction = extract_document(parse_document("r.md", textwrap.dedent("""\
        ---
        title: Relative
        published: 2023-03-15
        ---
        Microsoft's threat analysis center first flagged the network to Meta, which then removed 60 Pages.

        Ben Nimmo, who leads Meta's work on such networks, warned that they still struggle to find audiences.
        """).encode()))
    assert [(f.platform, f.count) for f in extraction.facts] == [("Facebook", 60)]
    assert [(t.platform, t.source) for t in extraction.tips] == [("Facebook", "Microsoft")]


def test_of_the_figures_a_platform_removed_a_share_says_where_some_came_from() -> None:
    facts = facts_of("w.md", """\
        ---
        title: Whole and share
        published: 2023-03-15
        ---
        Of the 1,800 accounts Meta removed on Tuesday, about 300 were based in Ghana.
        """)
    # the 1,800 were removed (it is no mere pool, as in "Of the 1,200 accounts we identified, Meta removed 800")
    assert [(f.count, f.qualifier, f.origins, f.scope) for f in facts] == [
        (1800, "exact", [], None), (300, "about", ["Ghana"], "part")]


@pytest.mark.parametrize(("sentence", "origins"), [
    ("TikTok said it banned 1,200 accounts, most of them run by a political consultancy in Nairobi.", ["Kenya"]),
    ("Meta removed 300 accounts run by a marketing firm in Lagos.", ["Nigeria"]),
    ("X said the accounts were run by Dewi Loka, a Bandung marketing agency.", ["Indonesia"]),
    ("TikTok said the network operated from Maputo.", ["Mozambique"]),
    ("Meta removed 300 accounts that posted in Spanish.", []),  # a language is no place
])
def test_a_city_places_a_network_as_its_country_would(sentence: str, origins: list[str]) -> None:
    assert country_roles(sentence)[0] == origins


@pytest.mark.parametrize(("sentence", "origins"), [
    ("TikTok removed 68 accounts operated from the Republic of Moldova.", ["Moldova"]),
    ("Twitter removed 88 accounts linked to the Kingdom of Saudi Arabia.", ["Saudi Arabia"]),
])
def test_a_state_named_in_full_is_its_country(sentence: str, origins: list[str]) -> None:
    assert country_roles(sentence)[0] == origins


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Meta said on Tuesday it took down a 500-account network run from Iran.", [(500, "accounts", ["Iran"])]),
    # ("the Iran takedown" says not whether Iran ran the network or was its target: no country)
    ("Facebook's 783-asset Iran takedown came on Thursday, the company said.", [(783, "assets", [])]),
    ("Meta said on Tuesday it removed the network and published a 10-page report.", []),  # no takedown's size
])
def test_a_unit_joined_to_its_figure_names_a_takedowns_size(sentence: str, expected: list[tuple]) -> None:
    facts = facts_of("h.md", f"---\ntitle: t\npublished: 2021-05-26\n---\n{sentence}\n")
    assert [(f.count, f.unit, f.origins) for f in facts if f.count] == expected


@pytest.mark.parametrize(("sentence", "platforms"), [
    ("Snap said on Monday it had removed 12 accounts tied to Iran.", ["Snapchat"]),
    ("Snap removed roughly 80 accounts linked to Russia.", ["Snapchat"]),
    ("Snap elections were called in 2019.", []),  # the word, not the company
])
def test_snap_is_the_company_only_where_it_acts_like_one(sentence: str, platforms: list[str]) -> None:
    assert [name for name, _, _ in platforms_in(sentence)] == platforms


@pytest.mark.parametrize(("sentence", "platforms"), [
    ("Medium has suspended 19 publications and Substack has removed 11 newsletters.", ["Medium", "Substack"]),
    ("Medium and Substack shut down the network.", ["Medium", "Substack"]),
    ("The network ran 40 publications on Medium.", ["Medium"]),
    ("Medium confidence: we assess that the network was run from Laos.", []),  # the word, not the company
    ("A medium-sized network posted on Facebook.", ["Facebook"]),
])
def test_medium_is_the_company_only_where_it_acts_like_one(sentence: str, platforms: list[str]) -> None:
    assert [name for name, _, _ in platforms_in(sentence)] == platforms


def test_publications_and_newsletters_are_what_medium_and_substack_remove() -> None:
    facts = facts_of("m.md", "---\ntitle: t\npublished: 2024-05-08\n---\nMedium has suspended 19 publications and "
                             "52 accounts and Substack has removed 11 newsletters run from China, the companies said "
                             "on Tuesday.\n")
    assert [(f.platform, f.count, f.unit) for f in facts] == [
        ("Medium", 19, "publications"), ("Medium", 52, "accounts"), ("Substack", 11, "publications")]


@pytest.mark.parametrize(("sentence", "platforms"), [
    ("LINE closed 46 official accounts in October.", ["LINE"]),
    ("Line managers at the agency drew up the rota.", []),  # the word, not the app
    ("The accounts crossed the line into coordinated behaviour.", []),
])
def test_line_is_the_messaging_app_only_in_capitals(sentence: str, platforms: list[str]) -> None:
    assert [name for name, _, _ in platforms_in(sentence)] == platforms


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The accounts, numbering about 450, were suspended by TikTok, the company said on Friday.",
     [("TikTok", 450, "about", "accounts")]),
    ("Twitter said on Monday it had removed Iranian accounts totaling 1,200.",
     [("Twitter", 1200, "exact", "accounts")]),
])
def test_a_figure_after_its_unit_counts_it(sentence: str, expected: list[tuple]) -> None:
    facts = facts_of("n.md", f"---\ntitle: t\npublished: 2023-03-15\n---\n{sentence}\n")
    assert [(f.platform, f.count, f.qualifier, f.unit) for f in facts] == expected


def test_a_network_of_about_the_same_size_is_not_the_first_told_again() -> None:
    facts = facts_of("s.md", """\
        ---
        title: Sizes
        published: 2023-03-15
        ---
        Meta said on Tuesday it had removed two networks from Peru.

        Network A had 120 accounts and 11 Pages.

        Network B had 115 accounts and 12 Pages.
        """)
    # no one says B's figures are A's told again: two networks, each with its own figures
    assert [(f.count, f.unit, f.retells) for f in facts] == [
        (2, "networks", None), (120, "accounts", None), (11, "pages", None), (115, "accounts", None),
        (12, "pages", None)]


def test_a_platforms_possessive_makes_the_figure_its_own() -> None:
    facts = facts_of("p.md", """\
        ---
        title: Two platforms
        published: 2019-01-31
        ---
        Twitter said on Thursday it removed 418 accounts; Facebook's 783-asset takedown came the same day.
        """)
    assert [(f.platform, f.count) for f in facts] == [("Twitter", 418), ("Facebook", 783)]


def test_the_subject_of_a_relative_clause_or_an_earlier_clause_removed_nothing() -> None:
    facts = facts_of("c.md", """\
        ---
        title: Clauses
        published: 2024-03-15
        ---
        The operation, which Microsoft tracks as Storm-1516, was run from Russia, researchers said; X suspended more \
than 60 accounts tied to it on Tuesday.
        """)
    assert [(f.platform, f.count) for f in facts] == [("Twitter", 60)]


def test_a_takedown_told_without_a_figure_over_two_sentences_has_the_countries_of_both() -> None:
    facts = facts_of("m.txt", """\
        X suspends network aimed at Latvian vote

        RIGA, May 6 (Wirepoint) - X has suspended a network of accounts that spread false claims about Latvia's \
coming election in 2025, researchers said.

        X did not say how many accounts it had removed. The company said it had taken action against accounts \
that seemed to be run from Belarus.

        YouTube said it had terminated 21 channels linked to the same campaign, which it attributed to actors in \
Belarus. TikTok said it had removed "dozens of accounts" connected to the operation.
        """)
    assert [(f.platform, f.count_text, f.origins, f.targets) for f in facts] == [
        ("Twitter", None, ["Belarus"], ["Latvia"]), ("Twitter", None, ["Belarus"], ["Latvia"]),
        ("YouTube", "21", ["Belarus"], ["Latvia"]), ("TikTok", "dozens of", ["Belarus"], ["Latvia"])]


def test_since_after_tracking_dates_the_watching_not_the_removals() -> None:
    facts = facts_of("t.md", """\
        ---
        title: Tracking
        published: 2024-10-03
        ---
        Meta said it had removed 64 Facebook accounts from a Belarus-based network, part of an operation it has been \
tracking since 2021.
        """)
    assert [(f.count, f.scope) for f in facts] == [(64, None)]


def test_a_removal_asked_for_is_not_a_takedown() -> None:
    facts = facts_of("r.md", """\
        ---
        title: Pressure
        published: 2021-06-01
        ---
        Twitter removed 30 accounts run from Ghana on Monday.
        Platforms face growing pressure from regulators to find and remove such networks sooner.
        Lawmakers have asked Twitter to suspend accounts tied to the same group.
        """)
    assert [(f.platform, f.count, f.sentence) for f in facts] == [("Twitter", 30, 0)]


def test_a_numbered_section_heading_with_a_quoted_name_places_and_names_the_figures_below_it() -> None:
    facts = facts_of("q.md", """\
        ---
        title: Quarterly report
        publisher: Meta
        published: 2023-08-10
        ---
        This quarter we took down two networks: one originating in Peru and one in Vietnam.

        ## 1. Peru ("Andean Lens")

        **What we removed:** We removed 210 Facebook accounts and 18 Pages.

        **Origin and targets:** This small network originated in Peru and targeted Bolivia and Ecuador. It ran more \
than 30 websites posing as local outlets.

        ## 2. Vietnam

        **What we removed:** We removed 44 Facebook accounts.

        **Who was behind it:** This network targeted domestic audiences. We are calling it "Lotus Relay".
        """)
    assert [(f.count, f.unit, f.origins, f.targets, f.networks) for f in facts] == [
        (2, "networks", ["Peru", "Vietnam"], [], []),
        (210, "accounts", ["Peru"], ["Bolivia", "Ecuador"], ["Andean Lens"]),
        (18, "pages", ["Peru"], ["Bolivia", "Ecuador"], ["Andean Lens"]),
        (44, "accounts", ["Vietnam"], [], ["Lotus Relay"])]  # (no takedown of the 30 websites it ran)


def test_a_table_with_name_and_origin_columns_and_qualified_figures() -> None:
    page = """<html><head><title>Disclosure | X Transparency</title></head><body><main>
    <p>Published June 2, 2023. X said it suspended two networks that broke our platform manipulation and spam \
policy.</p>
    <table>
      <thead><tr><th>Network</th><th>Country of origin</th><th>Targeted audiences</th><th>Accounts suspended</th>
      </tr></thead>
      <tbody>
        <tr><td>Coral Drift</td><td>Cuba</td><td>Cuba; Venezuela</td><td>312</td></tr>
        <tr>
          <td>Dune Signal</td>
          <td>Iran</td>
          <td>Israel</td>
          <td>More than 1,900</td>
        </tr>
      </tbody>
    </table></main></body></html>"""
    facts = extract_document(parse_document("x.html", page.encode())).facts
    assert [(f.platform, f.action, f.count, f.qualifier, f.unit, f.origins, f.targets, f.networks, f.scope)
            for f in facts] == [
        ("Twitter", "suspended", 2, "exact", "networks", [], [], [], None),
        ("Twitter", "suspended", 312, "exact", "accounts", ["Cuba"], ["Cuba", "Venezuela"], ["Coral Drift"], None),
        ("Twitter", "suspended", 1900, "more than", "accounts", ["Iran"], ["Israel"], ["Dune Signal"], None)]


def test_a_newsletters_items_each_told_without_a_figure() -> None:
    facts = facts_of("n.md", """\
        ---
        title: The Weekly Signal, issue 57
        published: 2024-06-14
        ---
        **1. Reddit bans a cluster.** Reddit told me it banned a group of accounts linked to a Turkish network \
pushing content about Syria and Armenia — the same themes YouTube saw in a takedown earlier this year.

        **2. X acts on "Amber Gate".** X said it had "taken action" against accounts tied to the Russian Amber Gate \
network that targeted Estonia.
        """)
    assert [(f.platform, f.action, f.unit, f.origins, f.targets, f.networks, f.linked_to, f.announced.isoformat(),
             f.reference) for f in facts] == [
        ("Reddit", "banned", "accounts", ["Turkey"], [], [], [], "2024-06-14", False),
        ("Twitter", "took action against", "accounts", ["Russia"], ["Estonia"], ["Amber Gate"], [], "2024-06-14",
         False)]


def test_a_first_person_report_without_a_publisher_is_the_platform_it_names_and_its_sections_are_one_takedown_each(
        ) -> None:
    facts = facts_of("r.md", """\
        # Q2 2023 threat report

        *Published August 14, 2023*

        This quarter we took down two networks, originating in Peru and Nepal. Since 2018, we have removed more than \
180 networks. We share indicators with peers so that they can take action against these operations too.

        ## 1. Peru

        We removed a network that originated in Peru and targeted Chile, posting in Spanish and Quechua. We removed \
this network in May 2023.

        - Presence on Facebook and Instagram: 120 Facebook accounts and 15 Pages.

        ## 2. Nepal

        We removed a network that originated in Nepal and targeted India. Our work began after a report from Kestrel \
Lab, which calls this network "Blue Yak."

        - Presence on Facebook and Instagram: 33 Facebook accounts.
        """)
    assert [(f.platform, f.count, f.unit, f.origins, f.targets, f.networks, f.announced.isoformat(), f.scope,
             f.part_of) for f in facts] == [
        ("Facebook", 2, "networks", ["Peru", "Nepal"], [], [], "2023-08-14", None, None),
        ("Facebook", 180, "networks", [], [], [], "2023-08-14", "cumulative", None),
        ("Facebook", 120, "accounts", ["Peru"], ["Chile"], [], "2023-05-01", None, None),
        ("Facebook", 15, "pages", ["Peru"], ["Chile"], [], "2023-05-01", None, None),
        ("Facebook", 33, "accounts", ["Nepal"], ["India"], ["Blue Yak"], "2023-08-14", None, None)]


def test_a_lab_write_up_about_one_network_gives_the_platforms_figures_its_origin_targets_and_name() -> None:
    facts = facts_of("lab.md", """\
        ---
        title: "Grey Heron: a network aimed at Kenya"
        publisher: Northgate Lab
        published: 2024-03-20
        ---
        We have identified a network of fake accounts, which we call **Grey Heron**, that posed as Kenyan teachers.

        Based on shared infrastructure and posting hours, we assess with moderate confidence that the network was run \
from Ethiopia. Its target audience was Kenya.

        On March 12, 2024, Meta removed 41 Facebook accounts that it attributed to the network.

        X told us that it had suspended accounts, without saying how many.
        """)
    assert [(f.platform, f.count, f.origins, f.targets, f.networks) for f in facts] == [
        ("Facebook", 41, ["Ethiopia"], ["Kenya"], ["Grey Heron"]), ("Twitter", None, ["Ethiopia"], ["Kenya"], [])]


def test_a_feature_story_dates_names_and_aims_the_removals_it_tells_late() -> None:
    facts = facts_of("f.md", """\
        ---
        title: The studio behind the junta videos
        published: 2023-11-06
        ---
        Volunteers came to call the operation the "Acacia channels," after a logo in the corner of the videos.

        The videos were aimed at viewers in Chad and Sudan, praising the generals and attacking France.

        In October, both companies acted. YouTube confirmed that it had terminated the channels, but gave no figure. \
A spokesperson said Meta removed 51 Facebook accounts linked to the same studio.

        A researcher pointed to the platform's 2020 removal of 312 accounts tied to a similar effort.

        "They took down the channels. They did not take down the studio," he said.
        """)
    assert [(f.platform, f.count, f.targets, f.networks, f.announced.isoformat(), f.date_precision, f.reference)
            for f in facts] == [
        ("YouTube", None, ["Chad", "Sudan"], ["Acacia"], "2023-10-01", "month", False),
        ("Facebook", 51, ["Chad", "Sudan"], ["Acacia"], "2023-10-01", "month", False),
        ("Facebook", 312, [], [], "2020-01-01", "year", True)]


def test_a_press_release_about_one_named_network_told_by_two_platforms() -> None:
    extraction = extract_document(parse_document("pr.txt", textwrap.dedent("""\
        MINISTRY OF DIGITAL AFFAIRS
        Vilnius, 9 May 2024

        Ministry notice leads platforms to remove "Amber Reed" network

        Following a notification sent by the Ministry's response team on 25 April 2024, YouTube and Meta have taken \
action against a network the Ministry has named "Amber Reed".

        The Ministry's analysis indicates that the network was operated from Belarus. YouTube terminated 21 channels \
belonging to the network. Meta removed forty Facebook accounts and a dozen Pages.

        In 2023, a notification by the Ministry led to the removal of 90 accounts on X.
        """).encode()))
    assert [(f.platform, f.count, f.count_text, f.origins, f.networks, f.announced.isoformat())
            for f in extraction.facts] == [
        ("YouTube", None, None, ["Belarus"], ["Amber Reed"], "2024-05-09"),
        ("Facebook", None, None, ["Belarus"], ["Amber Reed"], "2024-05-09"),
        ("YouTube", 21, "21", ["Belarus"], ["Amber Reed"], "2024-05-09"),
        ("Facebook", 40, "forty", ["Belarus"], ["Amber Reed"], "2024-05-09"),
        ("Facebook", 12, "a dozen", ["Belarus"], ["Amber Reed"], "2024-05-09"),
        ("Twitter", 90, "90", [], [], "2023-01-01")]
    assert [(t.platform, t.source) for t in extraction.tips] == [
        ("YouTube", "Ministry"), ("Facebook", "Ministry"), ("Twitter", "Ministry")]


def test_a_transparency_page_dated_in_its_header_with_a_table_of_networks_and_their_days() -> None:
    page = """<html><head><title>Influence operations: Q1 2024 | Example Transparency Center</title></head><body>
    <header><nav><a href="/">Home</a></nav><h1>Influence operations</h1>
    <p>Reporting period: January 1 - March 31, 2024 · Published April 22, 2024</p></header>
    <main><p>TikTok says: when our investigators confirm an operation, we remove the accounts involved.</p>
    <p>Since we began publishing this report in 2021, we have disrupted 31 networks.</p>
    <table><tr><th>Network</th><th>Country of origin</th><th>Accounts removed</th><th>Date removed</th></tr>
    <tr><td>Salt Road</td><td>Iran</td><td>212</td><td>9 Feb 2024</td></tr></table>
    <p>Follower counts are the combined followers of all removed accounts.</p></main></body></html>"""
    document = parse_document("t.html", page.encode())
    assert document.published == dt.date(2024, 4, 22)
    assert [(f.platform, f.count, f.origins, f.networks, f.announced.isoformat(), f.scope, f.reference)
            for f in extract_document(document).facts] == [
        ("TikTok", 31, [], [], "2024-04-22", "cumulative", False),
        ("TikTok", 212, ["Iran"], ["Salt Road"], "2024-02-09", None, False)]


def test_a_year_in_review_lists_takedowns_under_headings_that_name_the_country_in_brackets() -> None:
    facts = facts_of("y.md", """\
        ---
        title: Five takedowns of 2023
        published: 2023-12-20
        ---
        ### 1. Meta vs. "Glass Harbor" (Russia)

        The largest Russian operation Meta disclosed this year. Its targets: Poland and Lithuania. In June, Meta \
removed 930 Facebook accounts.

        ### 2. Google vs. "Tin Kite" (China)

        Google said it terminated more than 9,000 YouTube channels tied to the network since 2020.

        ### 3. Twitter vs. a network posing as Scottish voters

        In May, Twitter removed 640 accounts tied to Iran that posed as Scottish voters campaigning for independence \
from the United Kingdom. Researchers linked it to the same operator behind an earlier removal.

        **Our tally:** platforms reported removing more than 10,000 accounts and channels this year.
        """)
    assert [(f.platform, f.count, f.origins, f.targets, f.networks, f.scope) for f in facts] == [
        ("Facebook", 930, ["Russia"], ["Poland", "Lithuania"], ["Glass Harbor"], None),
        ("Google", 9000, [], [], [], "cumulative"),
        ("Twitter", 640, ["Iran"], [], [], None)]


def test_a_finding_compared_with_the_removal_is_no_takedown_and_a_later_one_of_the_same_campaign_is_placed() -> None:
    facts = facts_of("w.txt", """\
        Twitter removes accounts tied to Lao army

        VIENTIANE, March 3, 2021 (Asia Wire) -- Twitter said on Tuesday it had removed 640 accounts that were part of \
an operation run by the Lao army to target critics.

        A rights group said it had identified about 2,000 suspicious accounts, far more than the number Twitter removed.

        Separately, YouTube said it had terminated a number of channels tied to the same campaign. Meta said it \
removed 30 Pages linked to the same scheme.
        """)
    assert [(f.platform, f.count, f.origins, f.linked_to) for f in facts] == [
        ("Twitter", 640, ["Laos"], ["Lao army"]), ("YouTube", None, ["Laos"], ["Lao army"]),
        ("Facebook", 30, ["Laos"], ["Lao army"])]


def test_a_finding_of_which_the_platform_removed_a_share_is_no_takedown() -> None:
    facts = facts_of("w.txt", """\
        ---
        title: A lab's report on a network
        published: 2024-05-02
        ---
        TikTok told the lab it had removed 212 accounts from the network.

        Our analysts had identified about 330 TikTok accounts, so TikTok removed roughly two thirds of what we found.
        """)
    assert [(f.platform, f.count) for f in facts] == [("TikTok", 212)]


def test_a_release_names_its_networks_figures_despite_an_older_case_told_with_its_own_name() -> None:
    facts = facts_of("r.txt", """\
        TROMSO, Norway, 9 June 2023 — PRESS RELEASE

        Tromso Media Lab: Twitch and YouTube remove Bolivian "Salar Verde" network

        The Tromso Media Lab today published a report on Salar Verde, an influence operation run from Bolivia.

        Twitch told the lab it had banned 44 accounts that were part of a covert operation.

        Google said that YouTube had terminated 19 channels "as part of our work on influence operations".

        In August 2022 X suspended 610 accounts from an operation that the lab calls Copper Lantern.
        """)
    assert [(f.platform, f.count, f.networks) for f in facts] == [
        ("Twitch", 44, ["Salar Verde"]), ("Google", 19, ["Salar Verde"]), ("Twitter", 610, ["Copper Lantern"])]


def test_a_removal_ahead_of_an_election_months_before_the_story_is_an_earlier_takedown_of_its_year() -> None:
    facts = facts_of("e.md", """\
        ---
        title: Meta removes a network aimed at Georgia
        published: 2024-10-11
        ---
        Meta said on Thursday it had removed 640 Facebook accounts that targeted Georgian voters.

        Ahead of Georgia's local elections in October 2021, the company removed a smaller network of 88 Facebook \
accounts.

        Ahead of the election in January 2020, it removed 35 Facebook accounts.
        """)
    # (an election in January may have had its takedown in the December before: no year is sure, and the figure keeps
    # the story's day)
    assert [(f.count, f.announced.isoformat(), f.date_precision, f.reference) for f in facts] == [
        (640, "2024-10-10", "day", False), (88, "2021-01-01", "year", True), (35, "2024-10-10", "day", False)]


def test_a_figure_told_at_that_time_takes_the_time_and_network_of_the_sentence_before() -> None:
    extraction = extract_document(parse_document("m.md", textwrap.dedent("""\
        ---
        title: Removing a network ahead of an election
        publisher: Meta
        published: 2024-01-05
        ---
        ## China (the "Lotus Drizzle" network)

        We removed 1,210 Facebook accounts and 40 Pages. This network originated in China and targeted Taiwan.

        Our investigation began after researchers at the Pinecone Observatory in Taipei shared information about \
a cluster of Pages.

        Some personas reused photos from the Amber Kite network, which Twitter suspended in December 2019. Twitter \
reported removing 1,872 accounts at that time.
        """).encode()))
    assert [(f.platform, f.count, f.networks, f.announced.isoformat(), f.date_precision, f.reference)
            for f in extraction.facts if f.platform == "Twitter"] == [
        ("Twitter", 1872, ["Amber Kite"], "2019-12-01", "month", True)]
    assert [(t.platform, t.source) for t in extraction.tips] == [("Facebook", "Pinecone Observatory")]


@pytest.mark.parametrize("name", ["a.txt", "a.html"])
def test_a_figure_told_in_that_case_is_of_the_network_the_sentence_before_names(name: str) -> None:
    body = ("Meta removed 97 Facebook accounts of a network it calls Coral Braid, which originated in China. In 2022 "
            "we removed a network we called Tide Lantern, which was run from Vietnam. In that case we removed 260 "
            "Facebook accounts. That network was not connected to Coral Braid.")
    text = f"<html><body><p>{body}</p></body></html>" if name.endswith(".html") else body
    facts = facts_of(name, "---\ntitle: Answers\npublished: 2024-04-05\n---\n" + text + "\n")
    assert [(f.count, f.origins, f.networks, f.announced.isoformat(), f.reference) for f in facts if f.count] == [
        (97, ["China"], ["Coral Braid"], "2024-04-05", False), (260, ["Vietnam"], ["Tide Lantern"], "2022-01-01", True)]


def test_networks_a_lead_says_all_targeted_one_place_are_its_parts_aimed_there_after_a_dateline() -> None:
    facts = facts_of("t.txt", """\
        NAIROBI, 5 August 2022 — TikTok said on Thursday it had removed 1,640 accounts across two networks that \
targeted Kenyan voters ahead of the general election on August 9.

        The larger network, with 1,210 accounts, was run from inside Kenya. TikTok said the second network, with 430 \
accounts, was operated from Uganda.
        """)
    # (the dash after the dateline sets off no aside: "on Thursday" dates the news)
    assert [(f.count, f.scope, f.origins, f.targets, f.part_of, f.announced.isoformat()) for f in facts
            if f.unit == "accounts"] == [
        (1640, "cumulative", [], ["Kenya"], None, "2022-08-04"), (1210, None, ["Kenya"], ["Kenya"], 0, "2022-08-04"),
        (430, None, ["Uganda"], ["Kenya"], 0, "2022-08-04")]


@pytest.mark.parametrize("verb", ["recorded", "wrote", "acknowledged", "recalls", "pointed out"])
def test_the_platform_after_what_a_report_recorded_is_the_one_that_acted(verb: str) -> None:
    facts = facts_of("r.md", f"---\ntitle: t\npublished: 2024-06-10\n---\nIn its first report the regulator {verb} "
                             "that TikTok had removed 96 accounts from a network operated from Moldova.\n")
    assert [(f.platform, f.count, f.origins) for f in facts] == [("TikTok", 96, ["Moldova"])]


def test_the_month_another_platform_tied_the_firm_to_its_takedown_does_not_date_this_one() -> None:
    facts = facts_of("t.txt", """\
        Twitter's release

        SAN FRANCISCO, Dec. 9, 2021 — Twitter said on Tuesday that it had suspended 3,207 accounts in five networks.

        The largest network, 1,102 accounts, was run from Mexico and linked to Marea Media, the Lima firm that \
Facebook had already tied to its Sol de Mayo takedown in September.
        """)
    assert [(f.count, f.announced.isoformat(), f.reference) for f in facts if f.unit == "accounts"] == [
        (3207, "2021-12-07", False), (1102, "2021-12-07", False)]


def test_a_figure_that_earlier_release_covered_is_of_the_release_the_sentence_before_dates() -> None:
    facts = facts_of("t.txt", """\
        ---
        title: Twitter's release
        published: 2021-12-09
        ---
        Twitter said on Tuesday that it had suspended 786 accounts of the Amber Relay network, whose core accounts it \
first disclosed in June 2020. That earlier release covered 8,470 accounts, all of them suspended.
        """)
    assert [(f.count, f.networks, f.announced.isoformat(), f.reference) for f in facts] == [
        (786, ["Amber Relay"], "2021-12-07", False), (8470, ["Amber Relay"], "2020-06-01", True)]


def test_the_size_of_a_campaign_someone_tracked_is_no_removal() -> None:
    facts = facts_of("a.md", """\
        ---
        title: X suspends a network
        published: 2024-03-05
        ---
        X said on Monday it had suspended about 2,300 accounts run from Russia.

        Germany's foreign ministry said in January that it had tracked a Russian disinformation campaign using more \
than 50,000 inauthentic accounts on X.
        """)
    assert [(f.platform, f.count) for f in facts] == [("Twitter", 2300)]


def test_a_report_that_listed_the_network_as_a_figure_gives_the_size_of_the_network_just_told() -> None:
    facts = facts_of("p.txt", """\
        VILNIUS, 7 November 2023

        TikTok removes a network aimed at the Baltic states

        TikTok said on Monday that it had taken down a covert influence network operated from Russia.

        In its monthly report, TikTok listed the network as 1,874 accounts with a combined 312,400 followers.
        """)
    assert [(f.platform, f.count, f.origins, f.announced.isoformat()) for f in facts if f.count] == [
        ("TikTok", 1874, ["Russia"], "2023-11-06")]


def test_a_list_handed_over_is_no_removal_where_the_next_sentence_removes_a_figure_of_its_own() -> None:
    facts = facts_of("q.txt", """\
        X suspends accounts

        BELGRADE, 12 September 2023 — X said on Friday that it had suspended 2,735 accounts tied to a PR agency.

        "We gave them 3,100 handles. They took down 2,735. The rest were real people," the lab's director said.
        """)
    assert [(f.platform, f.count) for f in facts] == [("Twitter", 2735)]


def test_a_company_the_vocabulary_does_not_know_says_what_it_does_and_is_the_we_of_its_post() -> None:
    facts = facts_of("h.md", """\
        ---
        title: Disrupting operations that tried to use our models
        publisher: Kestrel AI
        published: 2024-02-14
        ---
        Kestrel AI builds language models used by millions of people. Our usage policies prohibit deceptive \
influence campaigns.

        We banned 52 accounts linked to Glass Wren, the operation that Meta and Corvid Labs exposed in December.

        On May 30, we suspended 17 customer accounts run from Iran.
        """)
    assert [(f.platform, f.count, f.announced.isoformat(), f.reference) for f in facts] == [
        ("Kestrel AI", 52, "2024-02-14", False), ("Kestrel AI", 17, "2023-05-30", True)]


def test_a_roundups_section_headed_with_an_arrow_places_and_names_its_items() -> None:
    facts = facts_of("r.md", """\
        ---
        title: "Platform integrity roundup: October to December 2023"
        published: 2024-01-15
        ---
        # Platform integrity roundup

        ## Juniper Gate (Iran → Iraq, Bahrain)

        The largest action of the quarter targeted "Juniper Gate", a network that originated in Iran and targeted \
audiences in Iraq and Bahrain.

        - **Meta** removed 44 Facebook accounts (announced November 30).
        - **LinkedIn** removed 85 profiles that posed as journalists.

        All the companies said they had acted after a report from the Tigris Media Observatory, a Baghdad-based \
monitoring group.
        """)
    assert [(f.platform, f.count, f.origins, f.targets, f.networks) for f in facts] == [
        ("Facebook", 44, ["Iran"], ["Iraq", "Bahrain"], ["Juniper Gate"]),
        ("LinkedIn", 85, ["Iran"], ["Iraq", "Bahrain"], ["Juniper Gate"])]


def test_a_platform_in_a_relative_clause_is_not_whose_story_it_is_and_according_to_one_is() -> None:
    text = textwrap.dedent("""\
        Twitter's last archive release of the year

        SAN FRANCISCO, Dec. 9, 2021 — Twitter said on Tuesday that it had disclosed 1,500 accounts in a release \
spanning three countries.

        The fact-checking group Lupa Norte, which first tipped Facebook, said it had shared the same evidence with \
Twitter in April.

        The rest of the release broke down as follows, according to Twitter's post:

        - China: 786 accounts.
        - Uganda: 688 accounts.

        Researchers said the operation resembled an earlier campaign that TikTok described in 2018. The company \
received a tip in March from the Quipu Lab about the network.
        """)
    extraction = extract_document(parse_document("t.txt", text.encode()))
    assert [(f.platform, f.count) for f in extraction.facts] == [
        ("Twitter", 1500), ("Twitter", 786), ("Twitter", 688)]
    assert [(t.platform, t.source) for t in extraction.tips if t.source == "Quipu Lab"] == [("Twitter", "Quipu Lab")]


def test_accounts_that_shared_links_to_the_same_pages_are_tied_to_whoever_ran_the_pages() -> None:
    facts = facts_of("d.txt", """\
        Agency denies running fake pages

        PUNE, April 10, 2019 — Facebook said on Monday it had taken down 120 Pages and linked them to Kesari \
Media Works, a firm in Pune.

        Twitter said on Tuesday it had suspended 33 accounts that shared links to the same Pages.
        """)
    assert [(f.platform, f.count, f.linked_to) for f in facts] == [
        ("Facebook", 120, ["Kesari Media Works"]), ("Twitter", 33, ["Kesari Media Works"])]


def test_a_network_named_paragraphs_after_the_third_networks_figure_is_not_its_name() -> None:
    facts = facts_of("x.txt", """\
        X suspends accounts in three networks

        CAIRO, Feb. 10, 2023 - X said on Thursday that it had suspended thousands of accounts in three networks.

        The second network was linked to a consultancy in Bogota.

        A third network of about 1,300 accounts was run from Egypt by a Cairo marketing company. The company did \
not respond to emails.

        "The client is hidden behind an invoice," said a researcher at Delta Lab, which tracked the Pinecrest network.
        """)
    assert [(f.count, f.origins, f.networks) for f in facts if f.count_text == "about 1,300"] == [
        (1300, ["Egypt"], [])]


def test_a_podcasts_guests_speak_for_the_platforms_the_host_says_they_worked_at() -> None:
    facts = facts_of("p.txt", """\
        ---
        title: "Byte Patrol, episode 90"
        publisher: Byte Patrol podcast
        published: 2025-03-04
        ---
        LENA HOLT: Welcome back. My guests are Omar Vance, who ran threat investigations at Twitter until 2023, and \
Priya Nair, who led trust and safety at Facebook until 2022.

        OMAR VANCE: We removed 412 accounts from a network in Peru in 2020.

        LENA HOLT: Priya, what do you remember best?

        PRIYA NAIR: Marsh Lark, in 2021, the Armenian network aimed at Georgia. That was about sixteen hundred \
Facebook accounts and a few dozen Instagram accounts.
        """)
    # (and the sentence before the figures, quoted for the network they are of, says when: 2021, not the show's day)
    assert [(f.platform, f.count, f.origins, f.announced.isoformat(), f.date_precision, f.reference)
            for f in facts] == [("Twitter", 412, ["Peru"], "2020-01-01", "year", True),
                                ("Facebook", 1600, ["Armenia"], "2021-01-01", "year", True),
                                ("Facebook", None, ["Armenia"], "2021-01-01", "year", True)]


def test_a_platforms_report_with_field_names_speaks_for_itself_and_credits_another_platforms_tip() -> None:
    extraction = extract_document(parse_document("q.md", textwrap.dedent("""\
        ---
        title: Covert influence operations, Q2 2024
        publisher: TikTok
        published: 2024-07-20
        ---
        Our teams continue to remove thousands of fake accounts every day; those removals are not counted here.

        ### Network originating in Georgia

        - **Action:** We removed 410 accounts.
        - **How we found it:** Our investigation began after Meta's threat intelligence team shared information with \
us about related activity.

        ### Network originating in Chad

        - **Action:** We removed 58 accounts.
        """).encode()))
    assert [(f.platform, f.count, f.origins) for f in extraction.facts] == [
        ("TikTok", 410, ["Georgia"]), ("TikTok", 58, ["Chad"])]
    assert [(t.platform, t.source, t.about) for t in extraction.tips] == [("TikTok", "Facebook", "Georgia")]


def test_an_ai_companys_update_names_each_operation_by_its_heading() -> None:
    extraction = extract_document(parse_document("o.md", textwrap.dedent("""\
        ---
        title: Disrupting deceptive uses of our models
        publisher: OpenAI
        published: 2024-10-09
        ---
        ## Grey Lattice (China)

        We banned a cluster of roughly 40 ChatGPT accounts that an operation originating in China used to write \
comments.

        ## Tin Vane (Russia)

        We banned at least 12 accounts linked to a Russia-based operation. Microsoft Threat Intelligence shared \
indicators with us that helped us identify the accounts.
        """).encode()))
    assert [(f.count, f.qualifier, f.origins, f.networks, f.linked_to) for f in extraction.facts] == [
        (40, "about", ["China"], ["Grey Lattice"], []), (12, "at least", ["Russia"], ["Tin Vane"], [])]
    assert [(t.platform, t.source) for t in extraction.tips] == [("OpenAI", "Microsoft Threat Intelligence")]


def test_a_wire_storys_name_link_and_tip_told_after_the_figures() -> None:
    extraction = extract_document(parse_document("n.txt", textwrap.dedent("""\
        Facebook pulls network run from Iran

        OSLO, March 4, 2021 (Newswire) -- Facebook said on Tuesday it had removed 210 Facebook accounts run from \
Iran. The accounts often shared links to websites registered in May 2019.

        Researchers at the Fjord Data Lab, an independent group based in Bergen, said they had tipped off Facebook \
in January. The lab has nicknamed the operation "Copper Gull".

        A Facebook official said the people behind the network hid their identities, but the investigation found \
links to individuals associated with Tabriz Media House.
        """).encode()))
    assert [(f.count, f.origins, f.networks, f.linked_to, f.announced.isoformat(), f.reference)
            for f in extraction.facts] == [
        (210, ["Iran"], ["Copper Gull"], ["individuals associated with Tabriz Media House"], "2021-03-02", False)]
    assert [(t.platform, t.source) for t in extraction.tips] == [("Facebook", "Fjord Data Lab")]


def test_a_translated_story_with_an_editors_note_and_a_firm_called_by_its_name() -> None:
    document = parse_document("s.txt", textwrap.dedent("""\
        [Translated from Czech. First published by the portal Dennik Sever, 12 May 2023.]

        Facebook removed network that spread false claims before the vote

        Meta removed a network of fake profiles, the Interior Ministry said on Thursday. The network counted around \
140 profiles and it was managed from the territory of the Russian Federation. The people behind it were linked to a \
marketing firm called Birchgate Media.
        """).encode())
    assert (document.title, document.published) == ("Facebook removed network that spread false claims before the vote",
                                                    dt.date(2023, 5, 12))
    assert [(f.count, f.count_text, f.origins, f.networks, f.linked_to) for f in extract_document(document).facts
            if f.count] == [(140, "around 140", ["Russia"], [], ["marketing firm called Birchgate Media"])]


def test_headings_that_name_the_country_before_a_colon_and_a_month_the_section_gives() -> None:
    facts = facts_of("m.md", """\
        ---
        title: "Threat Report: First Quarter 2024"
        publisher: Meta
        published: 2024-05-22
        ---
        ## Iran: "Operation Kelp"

        We removed 210 Facebook accounts and 9 Groups. This network originated in Iran and targeted Bahrain. We took \
it down in February 2024.

        - Presence on Facebook and Instagram: 210 Facebook accounts and 9 Groups.

        ## Poland: public relations agency working for a client in Moldova

        We removed 96 Facebook accounts. This network originated in Poland and targeted Moldova and South Africa.
        """)
    assert [(f.count, f.origins, f.targets, f.networks, f.announced.isoformat()) for f in facts] == [
        (210, ["Iran"], ["Bahrain"], ["Operation Kelp"], "2024-02-01"),
        (9, ["Iran"], ["Bahrain"], ["Operation Kelp"], "2024-02-01"),
        (96, ["Poland"], ["Moldova", "South Africa"], [], "2024-05-22")]


def test_a_wire_storys_event_month_lab_name_and_tips() -> None:
    extraction = extract_document(parse_document("k.txt", textwrap.dedent("""\
        Meta removes network that stoked Ghana protest debate
        NAIROBI, July 9, 2024 (Coastline) - Meta has taken down a network run from Togo that inflamed arguments \
during the June 2024 protests, the company said on Tuesday.

        The network, which researchers at the Accra-based Dune Signal Lab dubbed "Red Kapok", posed as students. \
Meta said it removed 183 Facebook accounts linked to the operation. It is not the first time: in October 2023, \
Meta removed 90 accounts linked to the same operators, which had spread fabricated quotes attributed to Ghanaian \
ministers.

        Dune Signal Lab said it flagged the network to Meta in late June. Ghana's information ministry said it had \
not been consulted. Meta said it acted after Togo's Electoral Commission shared the results of an analysis with \
the company.
        """).encode()))
    assert [(f.count, f.origins, f.networks, f.announced.isoformat(), f.reference) for f in extraction.facts] == [
        (None, ["Togo"], ["Red Kapok"], "2024-07-09", False), (183, ["Togo"], ["Red Kapok"], "2024-07-09", False),
        (90, ["Togo"], ["Red Kapok"], "2023-10-01", True)]
    assert [(t.platform, t.source) for t in extraction.tips] == [
        ("Facebook", "Dune Signal Lab"), ("Facebook", "Togo's Electoral Commission")]


def test_a_name_known_among_researchers_told_after_the_figure() -> None:
    facts = facts_of("g.txt", """\
        X suspends accounts
        June 4, 2024

        BERLIN (Wire) - X has suspended more than 1,800 accounts tied to a Russian influence operation, the company \
said on Tuesday. The operation, known among researchers as "Grey Stork", spread false claims.
        """)
    assert [(f.count, f.origins, f.networks) for f in facts] == [(1800, ["Russia"], ["Grey Stork"])]


def test_a_follow_up_dates_the_ban_and_pretended_nationalities_place_nothing() -> None:
    extraction = extract_document(parse_document("r.md", textwrap.dedent("""\
        ---
        title: Reddit bans accounts in Iran-linked campaign
        published: 2024-03-01
        ---
        Reddit has banned 61 accounts that it says were part of an Iran-based influence operation, after Meta passed \
along technical indicators from its own investigation.

        The accounts were banned in February 2024, a Reddit spokesperson said. They had posted in 34 subreddits, \
often posing as Israeli or Emirati users.

        LinkedIn separately confirmed it had removed a few dozen fake profiles linked to the same activity.
        """).encode()))
    assert [(f.platform, f.count, f.origins, f.announced.isoformat()) for f in extraction.facts] == [
        ("Reddit", 61, ["Iran"], "2024-02-01"), ("LinkedIn", None, ["Iran"], "2024-03-01")]
    assert [(t.platform, t.source) for t in extraction.tips] == [("Reddit", "Facebook")]


def test_that_takedown_covered_gives_the_figures_of_the_takedown_just_told() -> None:
    facts = facts_of("o.md", """\
        ---
        title: Opinion
        published: 2023-11-02
        ---
        In 2019, Facebook removed what it called "Operation Sandpiper", a network run from Egypt that targeted Libya \
and Sudan. That takedown covered 208 Facebook accounts and 131 Pages.
        """)
    figures = [f for f in facts if f.count]
    assert [(f.count, f.unit, f.origins, f.targets, f.networks, f.announced.isoformat(), f.reference)
            for f in figures] == [
        (208, "accounts", ["Egypt"], ["Libya", "Sudan"], ["Operation Sandpiper"], "2019-01-01", True),
        (131, "pages", ["Egypt"], ["Libya", "Sudan"], ["Operation Sandpiper"], "2019-01-01", True)]
    assert figures[0].quote.startswith("In 2019, Facebook removed what it called")


def test_a_quoted_name_then_what_it_is_names_the_network() -> None:
    assert network_names('In 2022, Meta removed "Tin Heron", a Russian operation aimed at Poland.') == ["Tin Heron"]
    assert network_names("It removed \u201cGrey Owl,\u201d an Iranian influence network.") == ["Grey Owl"]
    assert network_names('He said "No", a phrase the campaign used.') == []


def test_arguments_in_a_country_are_the_public_a_network_worked_on_and_demonyms_have_plurals() -> None:
    origins, targets, _, _ = country_roles("A network run from Ghana sought to inflame online arguments in Kenya.")
    assert (origins, targets) == (["Ghana"], ["Kenya"])
    assert [name for name, _, _ in countries_in("It posed as Kenyans and Pakistanis, not as Chinese.")] == [
        "Kenya", "Pakistan", "China"]


def test_a_claim_being_checked_is_no_takedown_and_a_platforms_claim_is() -> None:
    extraction = extract_document(parse_document("f.html", textwrap.dedent("""\
        <html><head><title>Fact check: no, Meta did not delete 2.1 million accounts</title></head><body>
        <p>Published 12 June 2024</p>
        <p>A post shared widely on X and Facebook since the weekend claims that "Meta has deleted 2.1 million fake \
accounts run by the army". A second version of the post adds that YouTube "also wiped 8,000 channels" run by the same \
group. By Tuesday the post had been viewed more than 1.9 million times.</p>
        <p>Meta said it had removed 160 Facebook accounts and 28 Pages belonging to a network it called "Tin Mirror". \
Meta traced the activity to a public relations firm based in Rawalpindi.</p>
        <ul><li>Claim: Meta deleted 2.1 million accounts. False.</li></ul>
        </body></html>
        """).encode()))
    assert [(f.platform, f.count, f.origins, f.networks, f.announced.isoformat()) for f in extraction.facts] == [
        ("Facebook", 160, ["Pakistan"], ["Tin Mirror"], "2024-06-12"),
        ("Facebook", 28, ["Pakistan"], ["Tin Mirror"], "2024-06-12")]
    claimed = facts_of("m.md", "---\ntitle: M\npublished: 2024-06-12\n---\nMeta claimed on Tuesday it had \"removed "
                               "500 accounts\" tied to Peru.\n")
    assert [(f.count, f.origins) for f in claimed] == [(500, ["Peru"])]


def test_a_network_the_document_places_once_is_placed_wherever_its_figures_name_it() -> None:
    facts = facts_of("h.txt", """\
        COMMITTEE ON RESILIENCE

        Tuesday 17 September 2024

        Q1 Chair: I would like to start with the operation that several research groups call Grey Ibis.

        Witness (Google): Grey Ibis is an operation that we attribute to actors in the People's Republic of China. \
Between January and June, we terminated 1,210 YouTube channels linked to it.

        Witness (Meta): In the report we published in August, we took down 904 Facebook accounts linked to Grey Ibis.
        """)
    assert [(f.platform, f.count, f.origins, f.networks) for f in facts] == [
        ("Google", 1210, ["China"], ["Grey Ibis"]), ("Facebook", 904, ["China"], ["Grey Ibis"])]


def test_a_size_researchers_estimated_is_no_takedown_and_a_link_ends_before_its_month() -> None:
    facts = facts_of("r.txt", """\
        ---
        title: Roundup
        published: 2024-10-09
        ---
        YouTube confirmed that it had terminated dozens of channels connected to the Sabia operation in September.

        Researchers at a university lab estimated that the Sabia network comprised around 2,000 profiles across six \
platforms.
        """)
    assert [(f.platform, f.count, f.count_text, f.networks, f.linked_to) for f in facts] == [
        ("YouTube", None, "dozens of", ["Sabia"], [])]


def test_a_country_heading_with_a_name_after_its_colon_names_the_sections_network() -> None:
    extraction = extract_document(parse_document("t.md", textwrap.dedent("""\
        ---
        title: Covert influence report
        publisher: TikTok
        published: 2024-10-28
        ---
        ## Russia: Lantern Wick

        We removed 2,310 accounts operated from Russia that targeted audiences in Moldova. Follower figures are the \
sum of followers across the accounts at the time of removal.

        ## Ecuador: domestic network

        We removed 86 accounts operated from Ecuador. Source of detection: a referral from Observatoire Numérique des \
Ingérences, a Paris-based research group.
        """).encode()))
    assert [(f.count, f.origins, f.networks) for f in extraction.facts] == [
        (2310, ["Russia"], ["Lantern Wick"]), (86, ["Ecuador"], [])]
    assert [t.source for t in extraction.tips] == ["Observatoire Numérique des Ingérences"]


def test_an_faq_places_its_operation_and_x_that_did_not_answer_is_x() -> None:
    facts = facts_of("faq.md", """\
        ---
        title: "Amber Lattice, explained"
        published: 2024-05-09
        ---
        **Q: What is Amber Lattice?**

        A: It is the label Meta gave to a cluster of fake personas that the company says originated in Iran.

        **Q: How many accounts did Meta remove?**

        A: Meta said it removed 52 Facebook accounts and 17 Pages.

        **Q: Who was it aimed at?**

        A: Meta said the content targeted people in Bahrain and Kuwait.

        **Q: Did others act?**

        A: X did not answer our questions about numbers, but said it had suspended "dozens" of accounts connected to \
the activity. Meta said it had blocked the network's web domains from being shared.
        """)
    assert [(f.platform, f.count_text, f.unit, f.origins, f.targets) for f in facts] == [
        ("Facebook", "52", "accounts", ["Iran"], ["Bahrain", "Kuwait"]),
        ("Facebook", "17", "pages", ["Iran"], ["Bahrain", "Kuwait"]),
        ("Twitter", "dozens of", "accounts", ["Iran"], ["Bahrain", "Kuwait"]),
        ("Facebook", None, "domains", ["Iran"], [])]


def test_a_paragraph_on_a_countrys_networks_places_its_figures_and_a_later_line_gives_targets() -> None:
    facts = facts_of("l.md", """\
        ---
        title: The long read
        published: 2024-11-18
        ---
        Azerbaijan-linked networks are hardly new. In April 2022, Twitter suspended 212 accounts that had amplified \
government talking points.

        Last month, Meta removed 96 Facebook accounts linked to Caspian Reed, which it attributed to Qala Works, a \
Baku marketing firm.

        Meta did not say more. The network spent about $9,000 on ads.

        Meta said the network targeted audiences in Armenia and the Pacific territory of New Caledonia.

        TikTok also acted, saying it had removed several hundred accounts linked to the same firm.
        """)
    assert [(f.platform, f.count_text, f.origins, f.targets, f.networks) for f in facts] == [
        ("Twitter", "212", ["Azerbaijan"], [], []),
        ("Facebook", "96", ["Azerbaijan"], ["Armenia", "New Caledonia"], ["Caspian Reed"]),
        ("TikTok", "several hundred", ["Azerbaijan"], ["Armenia", "New Caledonia"], ["Caspian Reed"])]


def test_a_span_before_the_removal_dates_it_and_the_figure_for_another_period_is_its_own_takedown() -> None:
    facts = facts_of("h.txt", """\
        ---
        title: Oral evidence
        published: 2024-09-17
        ---
        Witness: Grey Ibis is an operation we attribute to actors in China. Between January and the end of June this \
year, we terminated 2,210 YouTube channels linked to it. For comparison, in the whole of 2023 the figure was 5,980 \
channels.
        """)
    assert [(f.count, f.origins, f.announced.isoformat(), f.date_precision, f.part_of) for f in facts] == [
        (2210, ["China"], "2024-06-01", "month", None), (5980, ["China"], "2023-01-01", "year", None)]


def test_a_timeline_of_one_named_operation_places_what_its_runner_did_and_dates_a_tip_by_its_entry() -> None:
    extraction = extract_document(parse_document("t.md", textwrap.dedent("""\
        ---
        title: "Timeline: Operation Paper Moth"
        published: 2025-03-03
        ---
        Paper Moth is the name researchers gave to a Russia-based influence operation that platforms have linked to \
Oka Signal LLC, a marketing company.

        - 2022-09-02: Meta removed 112 Facebook accounts tied to Oka Signal.
        - 2023-08-23: X suspended 312 accounts linked to Paper Moth after a referral from Moldova's Information \
Security Directorate.
        """).encode()))
    assert [(f.platform, f.count, f.origins, f.announced.isoformat()) for f in extraction.facts] == [
        ("Facebook", 112, ["Russia"], "2022-09-02"), ("Twitter", 312, ["Russia"], "2023-08-23")]
    assert [(t.platform, t.source, t.announced.isoformat()) for t in extraction.tips] == [
        ("Twitter", "Moldova's Information Security Directorate", "2023-08-23")]


def test_a_live_blog_places_run_from_within_credits_a_tipper_and_dates_each_entry_by_its_own_day() -> None:
    extraction = extract_document(parse_document("live.md", textwrap.dedent("""\
        ---
        title: Election day live
        published: 2024-12-07
        ---
        08:40 GMT

        TikTok says it has removed a network of 1,210 accounts that posed as ordinary voters. TikTok said the network \
was run from within Ghana. The company credited VeriAccra Lab, an Accra-based fact-checking group, with flagging the \
first batch.

        16:20 GMT

        YouTube says it terminated 44 channels on Friday for uploading doctored audio clips.

        | Platform | Figure given |
        |---|---|
        | TikTok | 1,210 accounts |

        During the 2020 campaign, TikTok said it removed 230 accounts tied to a smaller effort.
        """).encode()))
    assert [(f.platform, f.count, f.origins, f.announced.isoformat(), f.reference) for f in extraction.facts] == [
        ("TikTok", 1210, ["Ghana"], "2024-12-07", False), ("YouTube", 44, [], "2024-12-06", False),
        ("TikTok", 230, [], "2020-01-01", True)]
    assert [(t.platform, t.source) for t in extraction.tips] == [("TikTok", "VeriAccra Lab")]


def test_a_press_releases_referral_goes_to_the_platforms_it_names_under_the_name_its_short_form_stands_for() -> None:
    extraction = extract_document(parse_document("p.txt", textwrap.dedent("""\
        WARSAW, 14 November 2024 — Platforms remove network

        The National Office for Information Resilience (the Office) today welcomed the removals.

        On 2 October 2024, the Office referred the results of its investigation to Meta and TikTok. Acting on that \
referral, Meta removed 214 Facebook accounts.
        """).encode()))
    assert [(t.platform, t.source) for t in extraction.tips] == [
        ("Facebook", "National Office for Information Resilience"),
        ("TikTok", "National Office for Information Resilience")]


def test_a_platform_the_vocabulary_does_not_know_is_the_one_its_own_post_says_it_is() -> None:
    extraction = extract_document(parse_document("lb.md", textwrap.dedent("""\
        **r/FernboardSafety** · Posted by u/fb_trust · 18/02/2025

        # Q4 2024 update: taking down "Lowland Reed"

        We're the Trust & Safety team here at Fernboard. In the fourth quarter of 2024 we banned 1,086 accounts. \
Internally we've been calling it "Lowland Reed."

        In November, Discord's safety team shared a set of indicators with us. A few days later, researchers at the \
Halde Institute in Berlin published an analysis of the operators' websites, which helped us confirm the links.

        In our Q2 2023 update, we banned 212 accounts that we linked to the same operators.
        """).encode()))
    assert extraction.facts[0].announced == dt.date(2025, 2, 18)
    assert [(f.platform, f.count, f.networks, f.announced.isoformat(), f.reference) for f in extraction.facts] == [
        ("Fernboard", 1086, ["Lowland Reed"], "2025-02-18", False),
        ("Fernboard", 212, ["Lowland Reed"], "2023-06-01", True)]
    assert [(t.platform, t.source) for t in extraction.tips] == [
        ("Fernboard", "Discord"), ("Fernboard", "Halde Institute")]


def test_both_companies_linking_the_activity_to_a_firm_place_each_platforms_figures() -> None:
    facts = facts_of("h.md", """\
        ---
        title: Meta, YouTube remove network after primaries
        published: 2025-03-21
        ---
        Meta and YouTube have removed a network that promoted candidates in Honduras's March 9 party primaries.

        Meta said it removed 38 Facebook accounts. YouTube said it terminated 16 channels connected to the same \
operation.

        Both companies linked the activity to Consultores Lempa, a political consultancy based in Tegucigalpa.
        """)
    assert [(f.platform, f.count, f.origins, f.linked_to, f.announced.isoformat()) for f in facts if f.count] == [
        ("Facebook", 38, ["Honduras"], ["Consultores Lempa"], "2025-03-21"),
        ("YouTube", 16, ["Honduras"], ["Consultores Lempa"], "2025-03-21")]
    assert all(f.announced != dt.date(2025, 3, 9) for f in facts)  # the primaries' day is not the news


def test_a_bold_labels_name_and_country_are_its_sentences_and_a_possessive_removal_names_who_removed() -> None:
    facts = facts_of("c.md", """\
        ---
        title: Threat landscape
        published: 2025-01-28
        ---
        **Amber Weir (China).** The largest single takedown we observed in 2024 was YouTube's termination of 3,870 \
channels in August 2024.

        But nobody should think that a suspension of a couple of thousand accounts means the problem is gone. When a \
platform says it removed "a network", researchers need more detail.
        """)
    assert [(f.platform, f.count, f.origins, f.networks, f.announced.isoformat()) for f in facts] == [
        ("YouTube", 3870, ["China"], ["Amber Weir"], "2024-08-01")]


def test_a_link_to_a_hacking_group_told_next_places_the_profiles_and_removals_of_this_kind_are_none() -> None:
    facts = facts_of("e.md", """\
        ---
        title: Explainer
        published: 2024-10-09
        ---
        In May 2023, LinkedIn said it had removed nearly 900 fake profiles that posed as recruiters. Researchers at \
Kestrel Point linked the profiles to a North Korean hacking group.

        Experts cautioned that removals of this kind rarely end a campaign.
        """)
    assert [(f.platform, f.count, f.origins) for f in facts] == [("LinkedIn", 900, ["North Korea"])]


def test_a_platform_post_about_one_domestic_network_gives_its_figures_the_lead_month_targets_and_runner() -> None:
    facts = facts_of("t.md", """\
        ---
        title: Disrupting a covert influence network targeting voters in Ecuador
        publisher: TikTok Newsroom
        published: 2025-02-04
        ---
        Today we're sharing details of a covert influence network that we removed from TikTok in January 2025. The \
network operated from Ecuador and targeted Ecuadorian voters ahead of the election.

        We removed 1,306 accounts that were part of this network. We assess that the network was run by Condor \
Estrategias, a political consultancy based in Guayaquil.
        """)
    assert [(f.count, f.origins, f.targets, f.linked_to, f.announced.isoformat(), f.date_precision)
            for f in facts] == [(1306, ["Ecuador"], ["Ecuador"], ["Condor Estrategias"], "2025-01-01", "month")]


def test_a_bulletin_items_tip_and_the_name_told_after_its_figure_are_that_items() -> None:
    extraction = extract_document(parse_document("tag.md", textwrap.dedent("""\
        ---
        title: TAG Bulletin Q1 2025
        publisher: Google Threat Analysis Group
        published: 2025-04-24
        ---
        # TAG Bulletin: Q1 2025

        ## January

        - We terminated 12 YouTube channels as part of our investigation into coordinated influence operations \
linked to Iran. The campaign uploaded content in Farsi. We received leads from the research group Corvid Lens that \
supported us in this investigation.
        - We terminated 1,906 YouTube channels as part of our investigation into coordinated influence operations \
linked to China. These findings are consistent with our reports on the campaign we track as GREYHERON.
        """).encode()))
    assert [(f.count, f.origins, f.networks, f.announced.isoformat()) for f in extraction.facts] == [
        (12, ["Iran"], [], "2025-01-01"), (1906, ["China"], ["GREYHERON"], "2025-01-01")]
    assert [(t.source, t.about, t.announced.isoformat()) for t in extraction.tips] == [
        ("Corvid Lens", "Iran", "2025-01-01")]


def test_communities_are_counted_a_regulators_country_is_no_origin_and_a_repeat_teaches_the_figure_kept() -> None:
    facts = facts_of("k.txt", """\
        Regulator orders removals

        ASTANA, 11 February 2025 (Caspian Wire) - Kazakhstan's Agency for Information Space Oversight said on \
Tuesday that VK had removed 118 communities that promoted separatist messages.
        """)
    assert [(f.platform, f.count, f.unit, f.origins) for f in facts] == [("VK", 118, "communities", [])]
    facts = facts_of("e.md", """\
        ---
        title: Two outlets, one takedown
        published: 2024-05-22
        ---
        Al-Mirsad Daily went with "Meta removes 1,340 accounts in Egypt-based influence campaign."

        Meta's report said it had removed 1,340 Facebook accounts. The network originated in Egypt and targeted \
audiences in Libya and Sudan.
        """)
    assert [(f.count, f.origins, f.targets) for f in facts] == [(1340, ["Egypt"], ["Libya", "Sudan"])]


def test_a_labs_report_its_own_counts_are_not_the_platforms_and_who_ran_it_reaches_the_figures() -> None:
    extraction = extract_document(parse_document("lab.md", textwrap.dedent("""\
        ---
        title: "Copper Wick: a Russian-linked influence network"
        publisher: Northgate Lab
        published: 2024-09-02
        ---
        We assess with high confidence that the operation is run by the Institute for Eurasian Media Studies, a \
nonprofit based in Moscow. We were alerted by Ama Osei and her colleagues at the West Africa Media Lab.

        Meta told us it removed 611 Facebook accounts on 30 August 2024, compared with the 702 Facebook accounts and \
240 Instagram accounts we had identified. X told us it had suspended roughly 430 accounts.
        """).encode()))
    assert [(f.platform, f.count, f.origins, f.linked_to) for f in extraction.facts] == [
        ("Facebook", 611, ["Russia"], ["Institute for Eurasian Media Studies"]),
        ("Twitter", 430, ["Russia"], ["Institute for Eurasian Media Studies"])]
    assert [t.source for t in extraction.tips] == ["West Africa Media Lab"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("On 3 September 2024, the Agency referred its evidence to Meta and TikTok.", (dt.date(2024, 9, 3), "day")),
    ("Acting on a notification sent by the ministry's response team on 12 March 2024, YouTube terminated 41 "
     "channels.", (dt.date(2024, 3, 12), "day")),
    ("The Tallinn Media Lab, which tipped X off in July, said the network was run from Russia.",
     (dt.date(2024, 7, 1), "month")),
    ("We began looking after the Riverside Institute shared indicators with us in June.",
     (dt.date(2024, 6, 1), "month")),
    # the day Facebook spoke, and a removal between the tip and the date: no day for the tip
    ("Facebook said on Tuesday it removed 40 Pages after a tip from the Riverside Institute.", None),
    ("The Riverside Institute alerted Meta, which removed the accounts in August.", None),
    ("The Riverside Institute alerted Meta to the accounts.", None),
])
def test_a_tip_has_the_day_or_month_its_own_sentence_gives_it(sentence: str, expected: tuple | None) -> None:
    assert tip_date(sentence, dt.date(2024, 10, 10)) == expected


def test_a_tip_keeps_its_own_date_beside_the_takedown_it_led_to() -> None:
    document = parse_document("a.md", b"---\npublished: 2024-11-14\n---\nOn 2 October 2024, the Agency for "
                                      b"Digital Safety referred its evidence to Meta.\nActing on that referral, Meta "
                                      b"removed 120 Facebook accounts linked to Latvia.\n")
    [tip] = extract_document(document).tips
    assert (tip.source, tip.platform, tip.announced, tip.tipped, tip.tipped_precision) == (
        "Agency for Digital Safety", "Facebook", dt.date(2024, 11, 14), dt.date(2024, 10, 2), "day")


def test_a_wrapped_plain_text_report_with_capitalised_section_headings_places_each_networks_figures() -> None:
    report = textwrap.dedent("""\
        PLATFORM INTEGRITY REPORT -- FACEBOOK
        Published 4 May 2023

        In the first quarter our teams removed two networks for coordinated
        inauthentic behaviour, and we describe each of them in the sections
        below, together with the evidence we found and the people behind them.

        1. MARSH WREN (CHILE)

        The network originated in Chile and targeted audiences in Peru and, to a
        smaller degree, Bolivia. We began this investigation after a tip from
        the Andes Signal Group, a team of researchers based in Lima.

          Presence on Facebook and Instagram: 210 Facebook accounts, 14 Pages,
          3 Groups and 41 Instagram accounts.

        2. SALT HARBOUR (MOROCCO)

        This network originated in Morocco and targeted people in Algeria and
        Tunisia, posting about football clubs and later about local elections.

          Presence on Facebook and Instagram: 96 Facebook accounts and 8 Pages.
        """)
    extraction = extract_document(parse_document("report.txt", report.encode()))
    placed = {(f.count, f.unit): (f.origins, f.targets, f.networks) for f in extraction.facts}
    assert placed[(210, "accounts")] == (["Chile"], ["Peru", "Bolivia"], ["Marsh Wren"])
    assert placed[(96, "accounts")] == (["Morocco"], ["Algeria", "Tunisia"], ["Salt Harbour"])
    assert [(t.source, t.platform) for t in extraction.tips] == [("Andes Signal Group", "Facebook")]


@pytest.mark.parametrize(("sentence", "names", "linked"), [
    ("Twitter suspended 610 accounts for ties to Tin Lantern, a network that praised the ruling party.",
     ["Tin Lantern"], []),
    ("Meta removed 88 Pages linked to Harbor Radio, an English-language news network run by the state broadcaster.",
     [], ["Harbor Radio"]),
    ("The accounts were tied to the Ministry of Information, an extension of the network first disclosed in May.",
     [], ["Ministry of Information"]),
])
def test_a_name_followed_by_what_kind_of_network_it_is_names_the_network(sentence: str, names: list[str],
                                                                        linked: list[str]) -> None:
    assert (network_names(sentence), list(linked_entities(sentence))) == (names, linked)


def test_an_interviews_we_is_the_platform_its_guest_works_at_and_a_defined_network_places_its_figures() -> None:
    transcript = textwrap.dedent("""\
        THE WIRE ROOM -- a show about online trust
        Recorded 9 June 2025.

        Guest: Lina Farrow, head of integrity operations at YouTube

        HOST: Lina, thanks for joining us. We have been looking forward to this one
        for a while, because the story of this network has come up in almost every
        conversation we have had this spring. So let us begin with the basics.
        What was Quiet Kestrel?

        LINA FARROW: Quiet Kestrel was a network of channels that pretended to be
        local radio stations, and it was run from Belarus. It was aimed at the
        Lithuanian listeners of those stations in the weeks before the municipal vote.

        HOST: How many did you remove?

        LINA FARROW: On Quiet Kestrel, we terminated a little over 300 channels in May.

        HOST: And beyond that?

        LINA FARROW: In April we also terminated 45 channels run from Iran.
        """)
    facts = extract_document(parse_document("wire_room.txt", transcript.encode())).facts
    assert [(f.platform, f.count, f.origins, f.targets, f.networks) for f in facts] == [
        ("Google", 300, ["Belarus"], ["Lithuania"], ["Quiet Kestrel"]),
        ("Google", 45, ["Iran"], [], [])]


def test_an_entry_about_one_defined_operation_gives_it_the_figures_that_point_back_and_no_estimate() -> None:
    entry = textwrap.dedent("""\
        ---
        title: "Amber Thicket (influence operation)"
        published: 2025-01-15
        ---
        **Amber Thicket** (also written *Operation Amber Thicket*) is a covert influence operation attributed to \
a consultancy registered in Minsk, Belarus.[1] Active since 2020, it has mainly targeted audiences in Latvia and \
Estonia.[2]

        ## Takedowns

        - **Facebook (March 2021).** Facebook removed 140 accounts in its first action against the operation.[3]
        - **Twitter (June 2022).** Twitter suspended 515 accounts tied to the operation.[4]

        Researchers have estimated that the operation ran perhaps 6,000 accounts at its peak, far more than any \
platform's removals.[5]
        """)
    facts = extract_document(parse_document("amber.md", entry.encode())).facts
    assert [(f.platform, f.count, f.origins, f.targets, f.networks) for f in facts] == [
        ("Facebook", 140, ["Belarus"], ["Latvia", "Estonia"], ["Amber Thicket"]),
        ("Twitter", 515, ["Belarus"], ["Latvia", "Estonia"], ["Amber Thicket"])]


def test_a_committee_reports_paragraphs_give_each_witness_its_own_figures_name_and_runner() -> None:
    report = textwrap.dedent("""\
        STANDING COMMITTEE ON ONLINE INTEGRITY
        Ordered to be published 2 October 2024

        4. The Committee heard about a network that officials came to call "Grey Orchard".

        5. The Committee heard from Meta's representative that the company removed 840 Facebook accounts connected \
with Grey Orchard on 3 May 2024.

        6. Meta's witness stated that the network originated in Russia and that its main target was the public in \
Portugal.

        7. Witnesses from TikTok told the Committee that the platform had removed 120 accounts linked to the network \
in June 2024.

        8. Meta told the Committee that it had found links between Grey Orchard and individuals associated with \
Tagus Media House, a Moscow-registered agency.
        """)
    facts = extract_document(parse_document("committee.txt", report.encode())).facts
    assert [(f.platform, f.count, f.origins, f.targets, f.networks, f.linked_to) for f in facts] == [
        ("Facebook", 840, ["Russia"], ["Portugal"], ["Grey Orchard"], ["Tagus Media House"]),
        ("TikTok", 120, ["Russia"], ["Portugal"], ["Grey Orchard"], [])]


def test_a_platform_contacted_by_journalists_was_tipped_off_by_their_outlet() -> None:
    text = ("---\npublished: 2023-11-28\n---\nMeta said on Tuesday it removed 140 accounts linked to Latvia. Meta said "
            "its investigation began after it was contacted by reporters at The Harbour Courier, a weekly newspaper.\n")
    assert [(t.source, t.platform) for t in extract_document(parse_document("x.md", text.encode())).tips] == [
        ("Harbour Courier", "Facebook")]


def test_an_html_story_wrapped_inside_its_paragraphs_is_read_sentence_by_sentence() -> None:
    page = textwrap.dedent("""\
        <html><head><title>YouTube shuts channels of Laos-run network</title></head><body>
        <p>VIENTIANE (Wire) &mdash; Google said on Thursday it had terminated
        212 YouTube channels tied to a covert influence network run from Laos
        that targeted audiences in Thailand.</p>
        <p>The network, which Google's analysts call "Paper Gecko", posted
        videos presented as news bulletins.</p>
        <p>Google linked the operation to Mekong Reach, a Vientiane-based
        marketing company.</p>
        <p>The company said its investigation drew on leads from Delta Signal
        Lab, and that its findings matched an earlier action by Meta, which
        removed 64 Facebook accounts from the same network in May.</p>
        </body></html>""")
    extraction = extract_document(parse_document("p.html", page.encode()))
    first = extraction.facts[0]
    assert (first.platform, first.count, first.origins, first.targets, first.networks, first.linked_to) == (
        "Google", 212, ["Laos"], ["Thailand"], ["Paper Gecko"], ["Mekong Reach"])
    assert first.quote == ("Google said on Thursday it had terminated 212 YouTube channels tied to a covert influence "
                           "network run from Laos that targeted audiences in Thailand.")
    assert [(t.source, t.platform) for t in extraction.tips] == [("Delta Signal Lab", "Google")]


def test_a_figure_a_platform_revised_replaces_the_one_it_gave_before() -> None:
    story = textwrap.dedent("""\
        ---
        published: 2023-08-09
        ---
        TikTok said on Wednesday it had removed 1,960 accounts run from Mongolia that targeted voters in Kazakhstan.

        *Update, 14 August 2023: TikTok has revised its figure. A spokesperson said the network comprised 1,104 \
accounts, and that the number the company gave earlier had included accounts removed in an unrelated spam sweep.*
        """)
    facts = extract_document(parse_document("u.md", story.encode())).facts
    assert [(f.platform, f.count, f.scope, f.origins, f.targets) for f in facts] == [
        ("TikTok", 1104, None, ["Mongolia"], ["Kazakhstan"])]  # (the takedown's places, as told first)


def test_a_revised_figure_replaces_its_own_unit_on_its_own_surface_only() -> None:
    blog = textwrap.dedent("""\
        ---
        published: 2024-10-15
        ---
        **11:47** Meta says it removed 305 Facebook accounts, 40 Pages and 52 Instagram accounts run from Chile.

        **Wednesday 09:10** Meta has revised its figure. Its report now says it removed 330 Facebook accounts, \
not 305. The earlier number left out 25 accounts removed in the final hours.
        """)
    facts = extract_document(parse_document("b.md", blog.encode())).facts
    assert [(f.platform, f.count, f.unit, f.surface, f.scope) for f in facts] == [
        ("Facebook", 40, "pages", None, None), ("Facebook", 52, "accounts", "Instagram", None),
        ("Facebook", 330, "accounts", None, None), ("Facebook", 25, "accounts", None, "part")]
    assert [f.origins for f in facts[:3]] == [["Chile"]] * 3


def test_the_figures_after_a_takedown_told_without_one_are_that_takedowns() -> None:
    transcript = textwrap.dedent("""\
        ---
        published: 2024-07-18
        ---
        HOST: Welcome back. Last month Snapchat took down a network that it says was run by a PR agency in Ghana.

        GUEST: Thanks for having me.

        HOST: How big was it?

        GUEST: We banned 212 accounts in all. Back in 2021 we banned 40 accounts in a separate case.
        """)
    facts = facts_of("p.md", transcript)
    assert [(f.count, f.origins, str(f.announced), f.reference) for f in facts] == [
        (None, ["Ghana"], "2024-06-01", True), (212, ["Ghana"], "2024-06-01", True), (40, [], "2021-01-01", True)]


def test_a_podcast_host_s_shows_are_counted_and_those_removed_for_spam_are_spam() -> None:
    post = ("---\ntitle: T\npublished: 2024-07-02\npublisher: Spotify\n---\nWe removed 61 shows linked to the "
            "network.\n\nThe first figure wrongly included 12 shows that we removed that week for unrelated spam.\n")
    assert [(f.count, f.unit, f.scope) for f in facts_of("s.md", post)] == [(61, "podcasts", None),
                                                                           (12, "podcasts", "spam")]


def test_it_targeted_after_the_story_s_one_named_network_is_whom_that_network_worked_on() -> None:
    post = ("---\ntitle: Removing a podcast network operated from Georgia\npublished: 2024-07-02\npublisher: "
            "Spotify\n---\nToday we share details of a network of podcasts run from Georgia that we removed.\n\n"
            "The network, which we call Salt Heron, operated from Georgia. It targeted listeners in Chile and Peru.\n\n"
            "We removed 61 shows linked to the network.\n")
    assert [(f.count, f.networks, f.targets) for f in facts_of("s.md", post)] == [
        (61, ["Salt Heron"], ["Chile", "Peru"])]


def test_an_earlier_year_opening_a_paragraph_dates_its_figures() -> None:
    post = ("---\ntitle: T\npublished: 2025-02-04\npublisher: Snapchat\n---\nIn 2023, few operations reached us. We "
            "removed 41 accounts run from Peru.\n\nWe removed 12 accounts run from Chile.\n")
    assert [(f.count, str(f.announced), f.date_precision) for f in facts_of("y.md", post)] == [
        (41, "2023-01-01", "year"), (12, "2025-02-04", "day")]


def test_a_clause_without_a_removal_keeps_the_figures_of_the_platform_it_names() -> None:
    story = ("Two platforms acted this week.\n\nMeta's revised count is 330 Facebook accounts and 40 Pages; TikTok "
             "has removed 64 accounts.\n")
    facts = extract_document(parse_document("r.txt", story.encode())).facts
    assert sorted((f.platform, f.count, f.unit) for f in facts) == [
        ("Facebook", 40, "pages"), ("Facebook", 330, "accounts"), ("TikTok", 64, "accounts")]


def test_a_preliminary_figure_gives_way_to_the_one_that_replaces_it() -> None:
    blog = textwrap.dedent("""\
        ---
        published: 2024-05-10
        ---
        **10:15** Snapchat said it had banned about 640 accounts run from Peru, a preliminary count.

        **10:50** Snapchat also banned 210 accounts run from Chile.

        **14:30** Snapchat said the Peruvian network came to 668 accounts in all.
        """)
    facts = extract_document(parse_document("live.md", blog.encode())).facts
    assert [(f.count, f.origins) for f in facts] == [(210, ["Chile"]), (668, ["Peru"])]


def test_a_final_tally_replaces_the_figure_told_before_it_but_not_another_network_s() -> None:
    blog = textwrap.dedent("""\
        ---
        published: 2024-05-10
        ---
        **09:00** Snapchat said it had banned nearly 500 accounts run from Peru.

        **09:20** Snapchat also banned 470 accounts run from Chile.

        **16:00** Snapchat's final tally for the Peruvian network is 512 accounts.
        """)
    facts = extract_document(parse_document("live.md", blog.encode())).facts
    assert sorted((f.count, f.origins) for f in facts) == [(470, ["Chile"]), (512, ["Peru"])]


def test_a_tracker_table_names_each_rows_platform_date_network_and_origin_and_keeps_to_what_was_removed() -> None:
    tracker = textwrap.dedent("""\
        ---
        title: Tracker
        published: 2024-07-02
        ---
        | Date | Platform | Network | Origin | Accounts removed |
        |---|---|---|---|---|
        | 2024-04-11 | YouTube | Tin Sparrow | China | 1,206 channels |
        | 2024-05-28 | Instagram | Marsh Owl | Ghana | 64 |
        | 2024-06-02 | X | Tin Sparrow | China | not disclosed |

        | Platform | Accounts the lab identified | Accounts removed |
        |---|---|---|
        | TikTok | 410 accounts | 233 accounts |
        """)
    facts = extract_document(parse_document("tracker.md", tracker.encode())).facts
    assert [(f.platform, f.surface, f.count, f.unit, f.origins, f.networks, str(f.announced)) for f in facts] == [
        ("YouTube", None, 1206, "channels", ["China"], ["Tin Sparrow"], "2024-04-11"),
        ("Facebook", "Instagram", 64, "accounts", ["Ghana"], ["Marsh Owl"], "2024-05-28"),
        ("Twitter", None, None, "accounts", ["China"], ["Tin Sparrow"], "2024-06-02"),  # (its figure not disclosed)
        ("TikTok", None, 233, "accounts", [], [], "2024-07-02")]  # (not the 410 the lab identified)


def test_a_tracker_table_with_asides_in_its_header_a_column_of_several_units_and_who_ran_each_network() -> None:
    tracker = textwrap.dedent("""\
        ---
        title: Review
        published: 2022-11-15
        ---
        | Announced | Platform | Network (lab's name) | Accounts removed | Pages / channels removed | Attributed to |
        |---|---|---|---|---|---|
        | 2020-03-02 | Facebook | Tin Sparrow | 140 | 22 Pages | Kestrel Media, a Quito consultancy |
        | 2021-07-19 | YouTube | Marsh Owl (second wave) | n/a | 58 channels | not attributed |
        | 2021-09-01 | Twitter | Marsh Owl | 310 | 12 | Unknown |
        """)
    facts = extract_document(parse_document("review.md", tracker.encode())).facts
    assert [(f.platform, f.count, f.unit, f.networks, f.linked_to, str(f.announced)) for f in facts] == [
        ("Facebook", 140, "accounts", ["Tin Sparrow"], ["Kestrel Media"], "2020-03-02"),
        ("Facebook", 22, "pages", ["Tin Sparrow"], ["Kestrel Media"], "2020-03-02"),
        ("YouTube", 58, "channels", ["Marsh Owl"], [], "2021-07-19"),
        ("Twitter", 310, "accounts", ["Marsh Owl"], [], "2021-09-01")]  # (not 12 of a unit the cell does not say)


def test_another_platform_s_figure_told_after_the_first_s_unit_is_its_own_and_the_tip_s_month_dates_neither() -> None:
    story = ("Takedown\n\nJAKARTA, Feb 9, 2024 (Wire) - X suspended 418 accounts and TikTok 263, the companies said "
             "on Friday, after the lab shared its findings with both platforms in late January.\n")
    facts = extract_document(parse_document("i.txt", story.encode())).facts
    assert [(f.platform, f.count, f.unit, f.announced) for f in facts] == [
        ("Twitter", 418, "accounts", dt.date(2024, 2, 9)), ("TikTok", 263, "accounts", dt.date(2024, 2, 9))]


def test_a_table_s_month_column_dates_each_row() -> None:
    table = textwrap.dedent("""\
        ---
        title: Takedowns month by month
        publisher: TikTok
        published: 2025-01-08
        ---
        We said on Wednesday, January 8, 2025, that we had disrupted these networks.

        | Month | Operated from | Accounts removed |
        |---|---|---|
        | July 2024 | Laos | 94 |
        | November 2024 | Chad | 4,126 |
        """)
    facts = extract_document(parse_document("m.md", table.encode())).facts
    assert [(f.count, f.origins, f.announced, f.date_precision) for f in facts if f.count] == [
        (94, ["Laos"], dt.date(2024, 7, 1), "month"), (4126, ["Chad"], dt.date(2024, 11, 1), "month")]


def test_a_wire_story_names_runner_tipper_and_network_told_after_its_figure() -> None:
    story = textwrap.dedent("""\
        LIMA, May 14, 2022 (Wire) - Twitter has suspended 1,302 accounts that it says were operated from Peru to \
praise the government, the company said on Tuesday.

        Researchers who studied the accounts call the operation "Condor Echo".

        Twitter attributed the activity to Vicuna Digital, a Lima marketing agency.

        The company said it opened its investigation after the Andes Signal Group, an independent research group \
based in Quito, handed over a list of suspect accounts in March 2022.
        """)
    extraction = extract_document(parse_document("w.txt", story.encode()))
    [fact] = extraction.facts
    assert (fact.count, fact.networks, fact.linked_to) == (1302, ["Condor Echo"], ["Vicuna Digital"])
    assert [(t.source, t.platform, t.tipped, t.tipped_precision) for t in extraction.tips] == [
        ("Andes Signal Group", "Twitter", dt.date(2022, 3, 1), "month")]


def test_a_firm_that_shared_its_findings_with_two_platforms_tipped_off_both_and_firms_named_after_their_kind() -> None:
    text = ("---\npublished: 2020-11-03\n---\nCobalt Ridge Security, a cybersecurity firm, shared its findings with "
            "both Facebook and Twitter in July 2020.\n")
    assert [(t.source, t.platform, t.tipped) for t in extract_document(parse_document("t.md", text.encode())).tips] \
        == [("Cobalt Ridge Security", "Facebook", dt.date(2020, 7, 1)),
            ("Cobalt Ridge Security", "Twitter", dt.date(2020, 7, 1))]
    assert linked_entities("It linked the network to two Minsk-registered companies, Pine Wire and Amber Desk, which "
                           "shared staff.") == ["two Minsk-registered companies, Pine Wire and Amber Desk"]


def test_a_count_someone_else_made_and_a_total_across_all_networks_are_no_takedowns() -> None:
    text = ("---\npublished: 2025-03-18\n---\n\"Meta removed 212 accounts and 19 Pages, but by our count the network "
            "had more than 500 active profiles,\" the researcher said.\nIn the last quarter we removed 4,310 accounts "
            "across all the covert influence networks we reported.\n")
    facts = extract_document(parse_document("c.md", text.encode())).facts
    assert [(f.count, f.unit, f.scope) for f in facts if f.count != 19] == [
        (212, "accounts", None), (4310, "accounts", "cumulative")]


def test_a_correction_places_the_network_where_it_says_not_where_the_article_wrongly_said() -> None:
    notice = textwrap.dedent("""\
        CORRECTIONS
        June 9, 2023

        An article published on June 6, 2023, about Facebook's removal of a network called Salt Heron, incorrectly \
stated that the network originated in Armenia. Facebook attributed the network to Georgia, and its accounts \
targeted audiences in Georgia.

        The article also misstated a figure: Facebook removed 61 Facebook accounts, not 16, as part of its May 2023 \
takedown of the network.
        """)
    facts = extract_document(parse_document("c.txt", notice.encode())).facts
    assert {(f.count, tuple(f.origins)) for f in facts} == {(None, ("Georgia",)), (61, ("Georgia",))}


def test_a_timeline_of_one_defined_operation_gives_it_every_entry() -> None:
    timeline = textwrap.dedent("""\
        ---
        title: "Pale Kestrel: a timeline"
        published: 2023-02-01
        ---
        Pale Kestrel was an influence operation run from Uganda by staff of a Kampala marketing firm.

        - 2021-04-02: Facebook removes 88 Facebook accounts and 9 Pages, and credits our report.
        - 2021-07-19: Twitter suspends 140 accounts linked to Pale Kestrel.
        """)
    facts = extract_document(parse_document("t.md", timeline.encode())).facts
    assert [(f.platform, f.count, f.origins, f.networks) for f in facts] == [
        ("Facebook", 88, ["Uganda"], ["Pale Kestrel"]), ("Facebook", 9, ["Uganda"], ["Pale Kestrel"]),
        ("Twitter", 140, ["Uganda"], ["Pale Kestrel"])]


def test_the_lab_the_story_named_before_sent_its_findings_and_named_the_operation() -> None:
    story = textwrap.dedent("""\
        ---
        published: 2022-09-14
        ---
        Analysts at Northsea Signal Lab noticed the same fonts on dozens of fake regional news sites.
        They gave the operation a name, Grey Finch, after a bird in its logo.
        In May 2022, the lab sent its findings to YouTube and to Meta.
        Meta said it had removed 410 Facebook accounts tied to the network.
        """)
    extraction = extract_document(parse_document("s.md", story.encode()))
    assert [(f.count, f.networks) for f in extraction.facts] == [(410, ["Grey Finch"])]
    assert [(t.source, t.platform, t.tipped) for t in extraction.tips] == [
        ("Northsea Signal Lab", "YouTube", dt.date(2022, 5, 1)),
        ("Northsea Signal Lab", "Facebook", dt.date(2022, 5, 1))]


def test_a_country_s_nested_list_gives_its_figures_targets_name_and_an_earlier_takedown_told_below_them() -> None:
    facts = facts_of("q.md", """\
        ---
        title: Quarterly report, Q3 2025
        publisher: Meta
        published: 2025-11-05
        ---
        # Quarterly report

        The figures below are the assets we removed this quarter.

        - Albania
          - 140 Facebook accounts
          - 22 Pages
          - Network name: we refer to this operation as "Kestrel Lamp"
          - Targets: audiences in Kosovo and in North Macedonia; we saw no meaningful targeting of people in Albania
        - Iran (follow-up enforcement)
          - 31 Facebook accounts
          - Network: Saltglass, which we first reported in our Q4 2024 report, when we removed 905 accounts
          - Targets: unchanged from our earlier report (audiences in Israel)
        """)
    assert [(f.count, f.origins, f.targets, f.networks, f.announced.isoformat(), f.reference) for f in facts] == [
        (140, ["Albania"], ["Kosovo", "North Macedonia"], ["Kestrel Lamp"], "2025-11-05", False),
        (22, ["Albania"], ["Kosovo", "North Macedonia"], ["Kestrel Lamp"], "2025-11-05", False),
        (31, ["Iran"], ["Israel"], ["Saltglass"], "2025-11-05", False),
        # (the network's first takedown, in the quarter the earlier report covered)
        (905, ["Iran"], [], ["Saltglass"], "2024-12-01", True)]


def test_a_hearing_s_we_is_the_platform_of_the_witness_who_has_the_floor() -> None:
    text = """\
        ---
        title: Hearing transcript
        published: 2025-03-06
        ---
        SELECT COMMITTEE ON ONLINE INTERFERENCE

        Witnesses:
        Ms. Ana Ferreira, Director of Threat Response, TikTok
        Mr. Paul Ostrander, Integrity Lead, YouTube

        THE CHAIR: Ms. Ferreira, please begin.

        MS. FERREIRA: Last month we removed 212 accounts run from Vietnam, after a referral from the Mekong Lab.

        THE CHAIR: Mr. Ostrander?

        MR. OSTRANDER: We terminated 37 channels tied to the same network.
        """
    extraction = extract_document(parse_document("h.txt", textwrap.dedent(text).lstrip().encode()))
    assert [(f.platform, f.count, f.unit) for f in extraction.facts] == [("TikTok", 212, "accounts"),
                                                                       ("YouTube", 37, "channels")]
    assert [(t.platform, t.source) for t in extraction.tips] == [("TikTok", "Mekong Lab")]


def test_a_hansard_s_witnesses_listed_surname_first_and_their_titled_turns_speak_for_their_platforms() -> None:
    text = """\
        SENATE SELECT COMMITTEE
        Public hearing, Canberra, Thursday, 13 July 2023

        Witnesses:
        HALE, Ms Jo, Director of Public Policy, TikTok Australia
        MARSH, Mr Tom, Head of Public Policy, X Corp.

        CHAIR (Senator Reid): Ms Hale, please begin.

        Ms HALE: Thank you, Chair. In June we removed 81 accounts run from China.

        Senator OLSEN: Mr Marsh, did X see them?

        Mr MARSH: We did. In May 2023 we suspended 44 accounts from the same network.
        """
    extraction = extract_document(parse_document("h.txt", textwrap.dedent(text).lstrip().encode()))
    assert [(f.platform, f.count) for f in extraction.facts] == [("TikTok", 81), ("Twitter", 44)]


def test_a_speaker_s_label_does_not_hide_that_the_sentence_is_first_person() -> None:
    assert FIRST_PERSON.match("MR. OSTRANDER: Our review began after a referral.")
    assert not FIRST_PERSON.match("MR. OSTRANDER: The company reviewed it.")


def test_a_figure_another_platform_s_clause_tells_is_not_the_object_of_the_next_clause_s_verb() -> None:
    facts = facts_of("r.md", "---\ntitle: t\npublished: 2024-10-06\n---\nTo sum up: TikTok's final tally for the "
                     "network stands at 412 accounts, X has suspended an unspecified number, and Meta is still "
                     "looking.\n\nAlongside the 58 Facebook accounts, Meta removed 11 Pages.\n")
    assert [(f.platform, f.count, f.unit) for f in facts] == [
        ("Facebook", 58, "accounts"), ("Facebook", 11, "pages")]


@pytest.mark.parametrize(("sentence", "lemmas"), [
    ("We trained a model on the removed accounts' features and it flagged 900 more.", []),
    ("The terminated channels had 64,000 subscribers.", []),
    ("Reddit said it had banned the communities.", ["banned"]),
    ("Facebook removed the accounts linked to the firm.", ["removed"]),
    # (nor a removal named as a thing: "since the blocks", "the suspensions come amid…")
    ("Dozens of new mirror channels have appeared since the blocks.", []),
    ("The suspensions come amid growing concern about the vote.", []),
    ("Telegram blocks 37 channels.", ["blocked"]),
])
def test_a_participle_describing_what_was_removed_is_no_removal(sentence: str, lemmas: list[str]) -> None:
    assert [action for action, _ in actions_in(sentence)] == lemmas


def test_a_paper_about_one_network_may_tell_who_ran_it_paragraphs_after_its_figures() -> None:
    abstract = ("Takedown disclosures are a common data source. We study one of them. In May 2023, Meta announced the "
                "removal of 410 Facebook accounts attributed to a network it named Plover. We surveyed 900 people. We "
                "discuss what follower counts mean.")
    introduction = ("Platforms published many disclosures between 2019 and 2023. Earlier work used them to size "
                    "operations. Others mapped where firms worked. A few asked how targeting spread. One study looked "
                    "at a disclosure of 2,300 accounts. Plover is a clean case. According to Meta, the network "
                    "originated in Chile, and Meta attributed it to Andes Signal, a consultancy in Santiago.")
    facts = facts_of("p.md", f"---\ntitle: A study of the Plover takedown\npublished: 2024-02-19\n---\n# A study\n\n"
                             f"## Abstract\n\n{abstract}\n\n## 1. Introduction\n\n{introduction}\n")
    assert [(f.count, f.networks, f.linked_to) for f in facts] == [(410, ["Plover"], ["Andes Signal"])]


@pytest.mark.parametrize("sentence", [
    "Someone in a group chat said TikTok removed 80 of their accounts last month.",
    "A source tells me YouTube is about to announce it took down around 5,000 channels.",
    "For what it's worth, two of the 6 banned communities were ones I used to moderate.",
])
def test_hearsay_and_a_description_of_what_was_banned_are_no_takedowns(sentence: str) -> None:
    assert facts_of("h.md", f"---\ntitle: t\npublished: 2025-01-14\n---\n{sentence}\n") == []


def test_sources_telling_a_newspaper_still_report_a_takedown() -> None:
    facts = facts_of("n.md", "---\ntitle: t\npublished: 2025-01-14\n---\nSources told the Ledger that TikTok removed "
                     "310 accounts tied to the campaign.\n")
    assert [(f.platform, f.count) for f in facts] == [("TikTok", 310)]


def test_the_one_network_a_story_of_one_takedown_names_is_the_network_its_figures_point_back_at() -> None:
    story = ("---\ntitle: t\npublished: 2018-11-27\n---\nFacebook has removed a network of fake accounts that praised "
             "the government.\n\nThe company said the network, known as \"Red Ladder\", was run by an advertising "
             "agency.\n\n(\"Facebook removed 96 accounts, but by our count the network had more than 300 profiles,\" "
             "a researcher said.)\n")
    assert [(f.count, f.networks) for f in facts_of("s.md", story)] == [(None, ["Red Ladder"]), (96, ["Red Ladder"])]
    # (but a report of several takedowns from several places names none of them so)
    report = ("---\ntitle: t\npublisher: Meta\npublished: 2019-10-21\n---\nWe removed 50 accounts from Iran. The "
              "network focused on the US.\n\nWe also removed 12 accounts from Russia, known as the Sable Fox "
              "campaign.\n")
    assert [(f.count, f.networks) for f in facts_of("r.md", report)] == [(50, []), (12, ["Sable Fox"])]


def test_a_headline_places_the_network_it_names_where_the_text_does_not() -> None:
    story = ("Facebook dismantles Bolivian \"Red Ladder\" network\n\nLA PAZ, November 27, 2018 - Facebook has removed "
             "a network known as \"Red Ladder\".\n\n(\"Facebook removed 96 accounts, but the network had more,\" a "
             "researcher said.)\n")
    assert [(f.count, f.origins, f.networks) for f in facts_of("s.txt", story) if f.count] == [
        (96, ["Bolivia"], ["Red Ladder"])]
    # (a language the headline mentions is no origin)
    roundup = ("Press roundup: the \"Red Ladder\" takedown (translated from Portuguese)\n\nLA PAZ, November 27, 2018 - "
               "Facebook removed 96 accounts tied to the Red Ladder network.\n")
    assert [(f.count, f.origins) for f in facts_of("r.txt", roundup)] == [(96, [])]


def test_a_newsroom_post_s_paragraph_places_names_and_ties_the_figures_it_gives_as_part_of_this_operation() -> None:
    post = ("---\ntitle: Three operations\npublisher: Meta Newsroom\npublished: 2023-08-29\n---\nToday we're sharing "
            "three networks we removed this month.\n\nThe first network originated in Jordan and targeted audiences in "
            "Iraq. We removed 120 Facebook accounts and 9 Pages as part of this operation. It ran fake news brands.\n\n"
            "Next, we removed 40 Facebook accounts in Chile that targeted domestic audiences. It posted about mining. "
            "We found this activity ourselves, and we linked it to individuals associated with Andes Vista, a "
            "consultancy.\n\nFinally, we removed 61 Facebook accounts that originated in Russia. The operators called "
            "their effort \"Birch Relay\" in some posts. We began looking into this activity after reviewing public "
            "reporting by Vltava Lab, a research group.\n")
    extraction = extract_document(parse_document("n.md", post.encode()))
    assert [(f.count, f.origins, f.targets, f.linked_to) for f in extraction.facts if f.count_text][1:] == [
        (120, ["Jordan"], ["Iraq"], []), (9, ["Jordan"], ["Iraq"], []),
        (40, ["Chile"], [], ["individuals associated with Andes Vista"]), (61, ["Russia"], [], [])]
    assert [(t.platform, t.source) for t in extraction.tips] == [("Facebook", "Vltava Lab")]
    assert network_names('The operators called their effort "Birch Relay" in some posts.') == ["Birch Relay"]


def test_a_quarterly_explainer_keeps_totals_the_previous_quarter_and_sign_up_spam_apart_from_its_networks() -> None:
    text = ("---\ntitle: TikTok's third-quarter 2023 report, explained\npublished: 2023-12-14\n---\nTikTok says it "
            "disrupted eight covert influence networks during the quarter and removed 9,120 accounts belonging to "
            "them. That is up from the previous quarter, when the company reported removing 4,310 accounts across "
            "six networks. In the same quarter it removed 150 million fake accounts, most of them blocked at "
            "sign-up.\n\nTikTok removed 3,870 accounts run from Ecuador.\n")
    facts = facts_of("t.md", text)
    assert [(f.count, f.scope, f.announced.isoformat(), f.reference) for f in facts if f.unit == "accounts"] == [
        (9120, "cumulative", "2023-12-14", False), (4310, "cumulative", "2023-06-01", True),
        (150000000, "spam", "2023-12-14", False), (3870, None, "2023-12-14", False)]


def test_a_heading_that_labels_a_network_before_its_country_places_the_figures_under_it() -> None:
    text = ("---\ntitle: t\npublished: 2023-12-14\n---\n# Explained\n\n## The biggest network: Bolivia\n\nBy account "
            "count it was the largest. TikTok removed 4,020 accounts that praised a candidate.\n")
    assert [(f.count, f.origins) for f in facts_of("t.md", text)] == [(4020, ["Bolivia"])]


def test_a_fronted_clause_s_pronoun_is_the_main_clause_s_platform_whose_precise_figure_supersedes_the_rough() -> None:
    text = ("---\ntitle: Roundup\npublished: 2024-01-26\n---\n## X puts a number on Birch Echo\n\nAfter telling "
            "reporters "
            "on Monday that it had suspended \"about 700\" accounts tied to the network Latvia calls Birch Echo, X's "
            "safety team published a note putting the precise figure at 734 accounts.\n")
    assert [(f.platform, f.count, f.networks, f.linked_to) for f in facts_of("r.md", text)] == [
        ("Twitter", 734, ["Birch Echo"], [])]


def test_what_a_network_operated_as_a_government_says_is_not_a_removal() -> None:
    text = ("---\ntitle: t\npublished: 2024-01-23\n---\nX said on Monday it had suspended about 700 accounts linked to "
            "a network that Latvia accused Belarus of running.\n\nLatvia's ministry said on Jan. 15 that the network "
            "had operated about 3,000 accounts on X as well as dozens of Telegram channels.\n")
    assert [(f.platform, f.count) for f in facts_of("w.txt", text)] == [("Twitter", 700)]


def test_a_corrected_figure_replaces_the_one_it_corrects_and_keeps_its_takedown() -> None:
    text = ("---\ntitle: t\npublished: 2024-04-18\n---\nIn a bulletin published on April 10, Google said it had "
            "terminated 2,400 YouTube channels linked to a campaign based in Honduras. On Wednesday, the company "
            "updated the bulletin to say the correct figure was 1,930 channels.\n\nThe same bulletin listed the "
            "termination of 52 YouTube channels tied to Armenia.\n\nGoogle has since corrected that figure to 1,930 "
            "channels.\n")
    assert [(f.count, f.origins, f.announced.isoformat()) for f in facts_of("c.txt", text)] == [
        (1930, ["Honduras"], "2024-04-10"), (52, ["Armenia"], "2024-04-17")]


def test_a_total_across_platforms_told_after_their_figures_is_their_sum() -> None:
    text = ("---\ntitle: t\npublished: 2023-11-16\n---\nOn the 14th, Meta removed 90 Facebook accounts and 20 Pages "
            "run from Ghana. YouTube had already terminated 30 channels linked to the same operators. In all, 140 "
            "accounts, Pages and channels were removed across the two platforms.\n")
    assert [(f.platform, f.count, f.scope, f.announced.isoformat()) for f in facts_of("s.txt", text)] == [
        ("Facebook", 90, None, "2023-11-14"), ("Facebook", 20, None, "2023-11-14"),
        ("YouTube", 30, None, "2023-11-16"), ("YouTube", 140, "sum", "2023-11-16")]


def test_a_publisher_the_vocabulary_does_not_know_is_the_we_of_its_own_report() -> None:
    text = ("---\ntitle: Misuse of our models\npublisher: Quillmark AI\npublished: 2024-10-30\n---\nQuillmark AI's "
            "safety and investigations team looks for people who misuse our models.\n\n## Reed Lantern (China)\n\n"
            "We banned 14 accounts that drafted comments aimed at audiences in Taiwan. TikTok separately removed the "
            "network's accounts on its own platform. TikTok also said so.\n")
    assert [(f.platform, f.count, f.networks) for f in facts_of("q.md", text) if f.count] == [
        ("Quillmark AI", 14, ["Reed Lantern"])]


def test_a_news_site_quoting_a_platform_s_post_is_not_the_we_of_it() -> None:
    text = ("---\ntitle: t\npublisher: Wirepost\npublished: 2019-08-01\n---\nFacebook update, Thursday.\n\nWe have "
            "taken down 40 Facebook accounts that originated in Egypt.\n\nThe figures above follow Wirepost's reading "
            "of the Facebook post.\n")
    assert [(f.platform, f.count) for f in facts_of("w.md", text)] == [("Facebook", 40)]


def test_a_scam_ring_s_accounts_are_not_an_influence_operation() -> None:
    text = ("---\ntitle: t\npublisher: Quillmark AI\npublished: 2024-10-30\n---\nQuillmark AI's investigators "
            "wrote this.\n\nWe banned 9 accounts run from Iran that wrote articles for fake news sites.\n\nIn a "
            "separate case that was not an influence operation, we banned 31 accounts that wrote messages for a job "
            "scam run from Laos.\n")
    assert [(f.count, f.scope) for f in facts_of("q.md", text)] == [(9, None), (31, "spam")]


def test_a_table_row_whose_figure_is_not_given_is_a_takedown_without_a_figure() -> None:
    text = ("---\ntitle: Q3 report\npublisher: TikTok\npublished: 2024-10-24\n---\n| Network | Origin | Target | "
            "Accounts removed | Followers |\n|---|---|---|---|---|\n| Birch Gate | Iran | Israel | N/A* | 12,400 |\n"
            "| Salt Road | Peru | Peru | 75 | 3,100 |\n")
    assert [(f.count, f.unit, f.origins, f.targets, f.networks) for f in facts_of("t.md", text)] == [
        (None, "accounts", ["Iran"], ["Israel"], ["Birch Gate"]), (75, "accounts", ["Peru"], ["Peru"], ["Salt Road"])]


def test_a_count_of_networks_with_their_accounts_is_a_total_across_them() -> None:
    text = ("---\ntitle: Our year\npublisher: TikTok\npublished: 2025-01-29\n---\nIn 2024 we disrupted 27 covert "
            "influence networks.\n\n## By quarter\n\n"
            "- Q1 2024 (January - March): 12 networks, 6,120 accounts, 4.1 million followers.\n"
            "- Q2 2024 (April - June): 15 networks, 9,806 accounts, 5.7 million followers.\n\n"
            "In 2023 we disrupted 39 networks operating 21,455 accounts.\n")
    assert {(f.count, f.scope) for f in facts_of("y.md", text)} == {
        (27, None), (12, "cumulative"), (6120, "cumulative"), (15, "cumulative"), (9806, "cumulative"),
        (39, "cumulative"), (21455, "cumulative")}


def test_removals_since_a_month_are_a_running_total_and_a_ranking_of_sources_is_a_tally() -> None:
    text = ("---\ntitle: t\npublisher: Meta\npublished: 2024-08-15\n---\nSince January 2024 we have also removed "
            "more than 8,000 accounts that tried to come back.\n\nRussia remains the most prolific geographic source "
            "of the networks we remove, with 43 networks, followed by Iran with 32.\n")
    assert [(f.count, f.origins, f.scope) for f in facts_of("m.md", text)] == [
        (8000, [], "cumulative"), (43, ["Russia"], "cumulative"), (32, ["Iran"], "cumulative")]


def test_the_largest_network_named_before_its_figure_is_the_network_of_this_network_s_figure() -> None:
    text = ("---\ntitle: Our year\npublisher: TikTok\npublished: 2025-01-29\n---\nThe largest single network we "
            "removed in 2024 was Fallow Choir, which operated from Georgia. We removed 9,411 accounts in this network "
            "in October 2024.\n")
    assert [(f.count, f.networks, f.origins) for f in facts_of("y.md", text)] == [(9411, ["Fallow Choir"], ["Georgia"])]


def test_a_name_researchers_gave_the_activity_names_its_section_s_figures() -> None:
    text = ("---\ntitle: Threat report\npublisher: Meta\npublished: 2024-08-15\n---\n## 1. Russia\n\nWe removed 47 "
            "Facebook accounts and 12 Pages. This network originated in Russia and targeted Moldova.\n\nSome of this "
            "activity has been publicly reported by researchers under the name \"Prut Lantern\".\n\n"
            "It is the label we use internally as well.\n")
    assert [(f.count, f.networks) for f in facts_of("m.md", text)] == [(47, ["Prut Lantern"]), (12, ["Prut Lantern"])]


def test_an_early_version_of_the_same_operation_is_not_that_operation() -> None:
    text = ("---\ntitle: What we know about Tin Heron\npublished: 2021-02-01\n---\nTin Heron is the name researchers "
            "gave to a set of fake personas run from Iran.\n\nOn October 27, 2020, Facebook said it had removed 318 "
            "accounts connected to Tin Heron.\n\nIs it new? Partly. In March 2019, Facebook took down 46 accounts "
            "that it now says belonged to an early version of the same operation.\n")
    assert [(f.count, f.networks) for f in facts_of("t.md", text)] == [(318, ["Tin Heron"]), (46, [])]


def test_updates_atop_a_post_are_dated_by_their_labels_and_correct_the_figures_below_them() -> None:
    text = ("---\ntitle: Taking down a network from Nepal\npublisher: Meta\npublished: 2023-11-09\n---\n"
            "Update on March 5, 2024: Following further investigation, the total number of Instagram accounts removed "
            "as part of this network is now 15.\n\nUpdate on January 18, 2024: We have since removed an additional 21 "
            "Facebook accounts and 3 Pages that tried to come back.\n\nOriginally published on November 9, 2023:\n\n"
            "Today we removed 70 Facebook accounts, 11 Pages and 9 Instagram accounts. This network originated in "
            "Nepal.\n\n- Presence on Facebook and Instagram: 70 Facebook accounts, 11 Pages and 9 Instagram "
            "accounts.\n")
    assert [(f.count, f.surface, f.scope, f.announced.isoformat()) for f in facts_of("n.md", text)] == [
        (15, "Instagram", None, "2023-11-09"), (21, None, "additional", "2024-01-18"),
        (3, None, "additional", "2024-01-18"), (70, None, None, "2023-11-09"), (11, None, None, "2023-11-09")]


def test_a_transparency_report_s_other_enforcement_and_returning_accounts_are_no_influence_takedowns() -> None:
    text = ("---\ntitle: Transparency report\npublisher: Reddit\npublished: 2023-10-19\n---\nA further 60,200 accounts "
            "were suspended for ban evasion, and 21,400 accounts received sanctions for other Content Policy "
            "violations.\n\nWe banned 41 accounts tied to a coordinated influence campaign that originated in Iran.\n\n"
            "We also removed 1,310 accounts that tried to re-establish previously disrupted networks.\n")
    assert [(f.count, f.scope) for f in facts_of("r.txt", text)] == [
        (60200, "spam"), (21400, "spam"), (41, None), (1310, "returning")]


def test_channels_restricted_at_a_government_s_request_and_those_left_alone() -> None:
    text = ("---\ntitle: Statement\npublisher: Telegram\npublished: 2024-10-11\n---\nOn October 4, 2024, Telegram "
            "received a formal request from the Electoral Council of Ruritania concerning 90 public channels.\n\n"
            "After this review, we restricted access for users in Ruritania to 47 channels. A further 30 channels on "
            "the list were already inactive or had been deleted by their owners, and 13 channels did not violate "
            "local law, so no action was taken against them. Where a government shows that content breaks its laws, "
            "we may restrict access to that content.\n")
    extraction = extract_document(parse_document("t.md", text.encode()))
    assert [(f.action, f.count, f.unit) for f in extraction.facts] == [("restricted access to", 47, "channels")]
    assert [(t.platform, t.source, t.tipped.isoformat()) for t in extraction.tips] == [
        ("Telegram", "Electoral Council of Ruritania", "2024-10-04")]


def test_a_request_from_a_country_s_government_names_the_government() -> None:
    text = ("---\ntitle: Digest\npublished: 2024-07-01\n---\nTelegram restricted access in Austria to 12 channels "
            "tied to the operation after a request from the Austrian government.\n")
    assert [t.source for t in extract_document(parse_document("d.md", text.encode())).tips] == ["Austrian government"]


def test_a_researchers_list_of_what_they_found_is_an_estimate_not_removals() -> None:
    text = ("---\ntitle: Mapping Reed Echo\npublished: 2024-08-22\n---\nOn August 15, Meta said it had removed 47 "
            "Facebook accounts tied to Reed Echo.\n\n## Our estimate\n\nOur own mapping identified at least 150 "
            "accounts, channels and Pages that we attribute to Reed Echo:\n\n- 60 Telegram channels;\n- 21 TikTok "
            "accounts;\n- 9 YouTube channels.\n\nTelegram has not acted on them.\n")
    extraction = extract_document(parse_document("m.md", text.encode()))
    assert [(f.platform, f.count) for f in extraction.facts] == [("Facebook", 47)]
    assert [(r.measure, r.amount, r.qualifier) for r in extraction.reach] == [("estimated size", 150, "at least")]


def test_a_year_s_own_figure_before_a_running_total_s_cue_is_no_running_total() -> None:
    text = ("---\ntitle: Year in review\npublished: 2022-12-28\n---\nGoogle said it terminated more than 40,000 "
            "YouTube channels tied to the network in 2022 alone, and more than 90,000 channels since 2019.\n")
    assert [(f.count, f.scope) for f in facts_of("y.md", text)] == [(40000, None), (90000, "cumulative")]


def test_a_blog_s_own_count_its_correction_note_and_its_retelling_are_no_removals() -> None:
    text = ("---\ntitle: X took down 300 accounts. We count more.\npublished: 2024-08-12\n---\n**Edit:** An earlier "
            "version of this post gave our count of the network as 1,539 accounts. That was a typo; the correct figure "
            "is 1,953 accounts.\n\nOn 25 July 2024, X said it had suspended 300 accounts originating in Iran.\n\n"
            "By my count, Sand Kestrel is made up of 1,953 accounts.\n\nTogether the 1,953 accounts posted 80,000 "
            "times.\n")
    extraction = extract_document(parse_document("b.md", text.encode()))
    assert [(f.count, f.announced.isoformat()) for f in extraction.facts] == [(300, "2024-07-25")]
    # (the 80,000 times they posted are reach, no removal)
    assert [(r.measure, r.amount) for r in extraction.reach] == [("estimated size", 1953), ("posts", 80000)]


def test_an_interviewer_s_guess_asked_as_a_question_is_no_figure() -> None:
    text = ("---\ntitle: Episode 12\npublished: 2024-04-19\n---\nOur guest is Ana Ruiz, head of threat intelligence "
            "at TikTok.\n\nHOST: Welcome.\n\nRUIZ: Thanks.\n\nHOST: You took down, what, 5,000 accounts?\n\n"
            "RUIZ: We removed 2,470 accounts. The 5,000 figure is the number of videos.\n")
    assert [f.count for f in facts_of("t.txt", text)] == [2470]


def test_a_title_s_figure_told_again_with_its_date_and_country_is_the_body_s_statement_named() -> None:
    text = ("---\ntitle: \"Sand Kestrel: X took down 300 accounts. We count more.\"\npublished: 2024-08-12\n---\n"
            "# Sand Kestrel: X took down 300 accounts. We count more.\n\nOn 25 July 2024, X said it had suspended 300 "
            "accounts originating in Iran.\n\nI have been tracking the cluster, which I call Sand Kestrel, since "
            "March.\n")
    assert [(f.count, f.origins, f.networks, f.announced.isoformat()) for f in facts_of("b.md", text)] == [
        (300, ["Iran"], ["Sand Kestrel"], "2024-07-25")]


def test_a_table_cell_with_several_figures_is_read_as_a_sentence_s_figures() -> None:
    text = ("---\ntitle: How platforms responded\npublished: 2024-06-03\n---\n| Platform | Action | Assets removed "
            "| When |\n|---|---|---|---|\n| Meta (Facebook, Instagram) | Removed | 1,134 Facebook accounts, 68 "
            "Pages, 213 Instagram accounts | May 2024 |\n| Telegram | Restricted in Moldova (not removed) | 41 "
            "channels restricted | May 2024 |\n")
    assert [(f.platform, f.action, f.count, f.unit, f.surface) for f in facts_of("t.md", text)] == [
        ("Facebook", "removed", 1134, "accounts", None), ("Facebook", "removed", 68, "pages", None),
        ("Facebook", "removed", 213, "accounts", "Instagram"),
        ("Telegram", "restricted access to", 41, "channels", None)]


def test_figures_said_afterwards_not_to_be_an_influence_operation_are_spam() -> None:
    text = ("Reddit clears out spam rings\n\nMarch 4, 2022\n\nReddit said on Friday it had banned 41,200 accounts that "
            "advertised a fake lottery. It also removed a further 6,350 accounts that sold upvotes. Reddit said "
            "neither set of accounts was part of an influence operation.\n\nSeparately, Reddit banned 88 accounts "
            "tied to a state-linked operation in Belarus.\n\nEarlier, Reddit removed 215 accounts linked to Iran. "
            "Reddit also banned 2,740 accounts for ban evasion. They were not part of any coordinated influence "
            "campaign.\n")
    assert [(f.count, f.scope) for f in facts_of("r.txt", text)] == [
        (41200, "spam"), (6350, "spam"), (88, None), (215, None), (2740, "spam")]


def test_a_share_of_a_takedown_suspended_for_spam_is_spam_rather_than_a_part() -> None:
    text = ("X acts on Georgian network\n\nMay 9, 2025\n\nX said on Thursday it had suspended 310 accounts linked to "
            "Georgia. X had already removed many of the network's accounts, including about 1,400 accounts that "
            "were suspended for spam in February.\n")
    assert [(f.count, f.scope) for f in facts_of("x.txt", text)] == [(310, None), (1400, "spam")]


def test_a_story_s_lead_network_is_the_one_network_it_names_later() -> None:
    text = ("TikTok removes Albanian network\n\nTHE WEEKLY SIGNAL, May 15, 2022\n\nTikTok has removed close to 900 "
            "accounts belonging to a network run from Albania that targeted audiences in Kosovo, the company said this "
            "week.\n\nA spokesperson said the company had also taken down 14 Instagram accounts tied to the same "
            "operators.\n\nResearchers at the Tirana group Rrjeti Lab call the network \"Eagle Ledger\".\n")
    assert [(f.count_text, f.origins, f.networks) for f in facts_of("t.txt", text)] == [
        ("close to 900", ["Albania"], ["Eagle Ledger"]), ("14", ["Albania"], ["Eagle Ledger"])]


def test_links_a_platform_found_after_its_figures_say_who_ran_them() -> None:
    text = ("Meta removes Belarusian network\n\nJune 7, 2023\n\nMeta said on Tuesday it had removed 52 Facebook "
            "accounts belonging to a network that originated in Belarus. The network posed as Lithuanian farmers. Meta "
            "said it found links to individuals associated with Niemen Media Group, a firm in Minsk.\n")
    assert [(f.count, f.linked_to) for f in facts_of("m.txt", text)] == [
        (52, ["individuals associated with Niemen Media Group"])]


@pytest.mark.parametrize(("sentence", "source"), [
    ("Reddit said it banned 61 accounts tied to Iran. The tip came from the Open Signals Unit at the Harrow "
     "Institute, a research centre in Leeds.", "Open Signals Unit at Harrow Institute"),
    ("TikTok said it removed 61 accounts tied to Iran. We acted on an external report from the Lindqvist Media "
     "Project, a group of independent researchers.", "Lindqvist Media Project"),
])
def test_a_tip_from_a_unit_names_its_organisation_and_one_acted_on_names_its_author(sentence: str, source: str) -> None:
    document = parse_document("t.txt", f"Takedown\n\nMay 2, 2024\n\n{sentence}\n".encode())
    assert [t.source for t in extract_document(document).tips] == [source]


def test_a_platform_s_report_naming_its_other_app_in_passing_keeps_the_next_figures_its_own() -> None:
    text = ("---\ntitle: Monthly report\npublisher: Meta\npublished: 2022-05-04\n---\n## 1. Chile\n\n- **Removed:** "
            "30 Facebook accounts and 4 Pages. This network had no Instagram presence.\n\n## 2. Ghana\n\n- "
            "**Removed:** 51 Facebook accounts and 22 Instagram accounts.\n")
    assert [(f.platform, f.count, f.surface) for f in facts_of("m.md", text)] == [
        ("Facebook", 30, None), ("Facebook", 4, None), ("Facebook", 51, None),
        ("Facebook", 22, "Instagram")]


def test_a_live_blog_s_correction_of_its_own_typing_error_replaces_the_figure_quoted_where_it_stands() -> None:
    page = ("<html><head><title>Live: vote day</title></head><body><p>Live blog, May 8, 2024</p>"
            "<p>10:05 Meta says it has removed 140 Facebook accounts and 63 Pages linked to Panama.</p>"
            "<p>16:20 Correction. Earlier we gave the number of Pages as 63. That was our error: Meta&rsquo;s "
            "figure is 36 Pages.</p></body></html>")
    facts = extract_document(parse_document("live.html", page.encode())).facts
    assert [(f.count, f.unit, f.quote) for f in facts] == [
        (140, "accounts", "10:05 Meta says it has removed 140 Facebook accounts and 63 Pages linked to Panama."),
        (36, "pages", "figure is 36 Pages.")]


def test_a_raised_count_told_before_the_first_figure_replaces_it() -> None:
    text = ("Google raises its count\n\nLISBON, March 3, 2021 -- Google on Wednesday raised the number of YouTube "
            "channels it has terminated in connection with a network run from Angola to 940, up from the 610 it "
            "reported last month.\n\nThe company first disclosed the network on February 10, 2021. At the time it "
            "said it had terminated 610 YouTube channels and 5 Blogger blogs.\n")
    assert [(f.count, f.unit, f.announced.isoformat()) for f in facts_of("g.txt", text) if f.count] == [
        (940, "channels", "2021-03-03"), (5, "blogs", "2021-03-03")]


def test_where_the_figures_just_told_came_from_said_in_the_next_sentence() -> None:
    text = ("Live: vote day\n\nMay 8, 2024\n\nX says it has suspended 212 accounts that pushed the same hashtags. X "
            "says the accounts were operated from inside Panama and were part of one coordinated network.\n\nTikTok "
            "says it removed 90 accounts. Researchers say the accounts were run from Colombia.\n")
    assert [(f.platform, f.count, f.origins) for f in facts_of("l.txt", text)] == [
        ("Twitter", 212, ["Panama"]), ("TikTok", 90, ["Colombia"])]


def test_a_request_from_a_body_named_in_full_once_is_credited_to_its_full_name() -> None:
    text = ("Press release\n\nMarch 9, 2023\n\nThe Bureau for Election Integrity announces that a platform has acted "
            "on its request.\n\nAt the request of the Bureau, YouTube terminated 31 channels run from Russia.\n")
    tips = extract_document(parse_document("p.txt", text.encode())).tips
    assert [(t.platform, t.source, t.credit) for t in tips] == [("YouTube", "Bureau for Election Integrity", "request")]


def test_a_body_named_in_full_only_as_the_publisher_is_credited_by_its_full_name() -> None:
    text = ("---\ntitle: Report\npublisher: National Council for Online Media (NCOM), Republic of Ruritania\n"
            "published: 2024-06-10\n---\nTikTok reported that it had removed 418 accounts run from Russia after a "
            "referral from the Council's monitoring unit on 11 March.\n")
    tips = extract_document(parse_document("r.md", text.encode())).tips
    assert [(t.platform, t.source) for t in tips] == [("TikTok", "National Council for Online Media")]


def test_a_tip_that_came_from_a_body_whose_name_has_small_words_names_all_of_it() -> None:
    text = ("---\ntitle: t\npublished: 2024-10-16\n---\nX said it had suspended 1,162 accounts run from Russia. The "
            "tip came from the Central Office for Detecting Disinformation at the interior ministry.\n")
    tips = extract_document(parse_document("t.md", text.encode())).tips
    assert [(t.platform, t.source) for t in tips] == [("Twitter", "Central Office for Detecting Disinformation")]


def test_the_cheap_test_before_the_late_tip_patterns_lets_every_one_of_them_through() -> None:
    # (the words each pattern needs, kept in step with the patterns)
    sentences = [
        "Oxbow Lab supplied leads to Meta.", "Meta credited Oxbow Lab with the original lead.",
        "The takedown followed a report by the Oxbow Lab.", "It acted after Oxbow Lab flagged the accounts.",
        "It acted after Oxbow Lab contacted the company.", "The accounts were first spotted by Oxbow Lab.",
        "Oxbow Lab shared its data with us.", "It acted after Oxbow Lab handed over a list of accounts.",
        "Oxbow Lab published an analysis in May, which helped us confirm it.", "Oxbow Lab helped us find it.",
        "The network came to light after the group Oxbow Lab published a report.",
        "Its investigation began after it was contacted by Oxbow Lab.",
        "Telegram received a formal request from the Oxbow Commission.", "At the request of the Oxbow Commission.",
        "Our findings are similar to the findings reported by Oxbow Lab.",
        "We acted on an external report from the Oxbow Project."]
    for sentence in sentences:
        assert SOURCE_LATE.search(sentence) and _may_come_late(sentence, sentence.lower()), sentence
    plain = "The accounts shared links to the same sites."
    assert not _may_come_late(plain, plain.lower())


@pytest.mark.parametrize("sentence", [
    "The accounts were part of a campaign known as Rising Harvest.", "It removed the \"Blue Finch\" network.",
    "It removed \"Copper Finch\", a Russian operation.", "The posts came from Paper Monsoon, a network run from Laos.",
    "Glass Heron was a network of fake accounts.", "They gave the operation a name, Grey Orchard, after a song.",
    "Researchers call the operation \"Nile Lantern\".", "It was linked to Caspian Quill, which it attributed to Qala.",
    "Lantern Moth is the name researchers gave to a network.",
    "It wrote about Red Dune, which describes itself as news.", "Meta removed the Golden Reed network.",
    "It found an operation, which we call Paper Lantern.", 'The network called itself "Glos Borealis".',
    'The lab uses "Voz Serena", the name that appeared on its Pages.'])
def test_the_cheap_test_before_the_network_name_patterns_lets_every_one_of_them_through(sentence: str) -> None:
    assert network_names(sentence)
    assert not network_names("The network posted about the elections in the capital.")


def test_a_section_heading_s_figure_told_again_below_is_one_takedown_dated_by_the_sentence() -> None:
    text = ("Roundup: two takedowns\n\nBy A. Writer, May 21, 2021\n\nTikTok: 64 accounts from Chad\n\nOn Monday, May "
            "17, TikTok said it had removed 64 accounts originating in Chad.\n\nReddit: 31 accounts\n\nOn Wednesday, "
            "May 19, Reddit said it had banned 31 accounts tied to an operation based in Niger.\n")
    assert [(f.platform, f.action, f.count, f.origins, f.announced.isoformat()) for f in facts_of("r.txt", text)] == [
        ("TikTok", "removed", 64, ["Chad"], "2021-05-17"), ("Reddit", "banned", 31, ["Niger"], "2021-05-19")]


def test_today_s_takedown_keeps_its_day_and_its_figures_told_again_below_an_update_keep_theirs() -> None:
    text = ("---\ntitle: Removing a network from Chile\npublisher: Meta\npublished: 2021-06-10\n---\n"
            "Today we removed 84 Facebook accounts and 12 Pages. This network originated in Chile and focused on "
            "audiences ahead of the vote in November.\n\n"
            "Update on June 18, 2021: We have since removed an additional 9 accounts.\n\n"
            "- Presence on Facebook: 84 Facebook accounts and 12 Pages.\n")
    assert [(f.count, f.scope, f.announced.isoformat()) for f in facts_of("c.md", text)] == [
        (84, None, "2021-06-10"), (12, None, "2021-06-10"), (9, "additional", "2021-06-18")]


def test_a_look_back_by_year_dates_each_section_and_reads_a_named_network_s_channels() -> None:
    text = ("---\ntitle: Four years of Amber Kite\npublished: 2024-03-01\n---\nAmber Kite is the name that analysts at "
            "Northlight Lab gave to a network based in Iran.\n\n## 2021\n\nYouTube terminated 730 Amber Kite channels "
            "in 2021.\n\n## 2022\n\nThis was the peak year: 2,410 channels.\n\n## The tally\n\nIn all, YouTube has "
            "terminated more than 3,100 Amber Kite channels across the four years.\n")
    assert [(f.count, f.origins, f.scope, f.announced.isoformat()) for f in facts_of("a.md", text)] == [
        (730, ["Iran"], None, "2021-01-01"), (2410, ["Iran"], None, "2022-01-01"),
        (3100, [], "cumulative", "2024-03-01")]


def test_a_tip_from_journalists_at_an_outlet_is_the_outlet_s() -> None:
    text = ("Takedown\n\nMay 2, 2024\n\nMeta removed 88 accounts linked to Peru. We began looking into this activity "
            "after a tip from journalists at the fact-checking outlet Norte Verifica.\n")
    assert [t.source for t in extract_document(parse_document("t.txt", text.encode())).tips] == ["Norte Verifica"]


def test_two_networks_from_one_country_keep_their_own_runners() -> None:
    text = ("Meta removes two Kenyan networks\n\nNAIROBI, May 4, 2022 - Meta said on Wednesday it had taken down two "
            "networks run from Kenya.\n\nThe first network targeted domestic audiences in Kenya. It consisted of 90 "
            "Facebook accounts. Meta linked this network to Savanna Reach Media, a firm in Nairobi.\n\nThe second "
            "network had more accounts: 240 Facebook accounts. It was also run from Kenya, but it targeted audiences "
            "in Uganda. Meta said it found links to individuals associated with Rift Signal Partners.\n")
    assert [(f.count, f.linked_to) for f in facts_of("k.txt", text) if f.count and f.unit == "accounts"] == [
        (90, ["Savanna Reach Media"]), (240, ["individuals associated with Rift Signal Partners"])]


def test_whom_a_network_was_aimed_at_told_before_its_figures_is_theirs() -> None:
    text = ("Meta removes two networks\n\nMay 4, 2022 - Meta said on Wednesday it had taken down two networks run "
            "from Kenya.\n\nThe first network targeted domestic audiences in Kenya. It consisted of 90 Facebook "
            "accounts. Meta linked this network to Savanna Reach Media.\n")
    assert [(f.count, f.origins, f.targets, f.domestic) for f in facts_of("k.txt", text) if f.unit == "accounts"] == [
        (90, ["Kenya"], ["Kenya"], True)]


def test_a_lab_s_post_names_each_network_by_its_heading_and_its_own_tips_by_its_name() -> None:
    text = ("---\ntitle: What happened to the networks we reported\npublisher: Northlight Lab\npublished: 2022-12-06"
            "\n---\n# What happened to the networks we reported\n\nBelow are the networks we reported this year."
            "\n\n## Copper Heron\n\nA Russia-based network targeting audiences in Moldova. We reported it to "
            "TikTok in July. In October TikTok removed 1,120 accounts from the network.\n\n## Palm Relay\n\nA network "
            "operated from Egypt and targeting Sudan. YouTube terminated 38 channels in August. Telegram never "
            "responded, and the network's 14 Telegram channels are still up.\n")
    extraction = extract_document(parse_document("l.md", text.encode()))
    assert [(f.platform, f.count, f.origins, f.targets, f.networks) for f in extraction.facts] == [
        ("TikTok", 1120, ["Russia"], ["Moldova"], ["Copper Heron"]),
        ("YouTube", 38, ["Egypt"], ["Sudan"], ["Palm Relay"])]
    assert [(t.platform, t.source) for t in extraction.tips] == [("TikTok", "Northlight Lab")]


def test_a_review_s_section_headed_by_the_name_its_first_sentence_gives_is_that_network_s() -> None:
    text = ("---\ntitle: Our year\npublisher: Delmore Institute\npublished: 2024-01-15\n---\n# Our year\n\n"
            "## Quill Ember\n\nThe case that took most of our time was a network we named Quill Ember. It was run "
            "from Albania and targeted voters in Kosovo. In May 2023 Meta removed 54 Facebook accounts from it. X "
            "suspended 70 accounts.\n\n## Elsewhere\n\nOther labs reported the Birch Loom and Pale Kite networks "
            "this year.\n")
    assert [(f.platform, f.count, f.origins, f.targets, f.networks) for f in facts_of("r.md", text)] == [
        ("Facebook", 54, ["Albania"], ["Kosovo"], ["Quill Ember"]),
        ("Twitter", 70, ["Albania"], ["Kosovo"], ["Quill Ember"])]


def test_a_heading_giving_a_network_s_name_then_its_country_places_and_names_its_section() -> None:
    text = ("---\ntitle: Two networks\npublished: 2024-11-21\n---\nMeta has taken down two networks.\n\n"
            "Lark Ferry: China\n\nThe larger one posted about defence budgets. Meta said it removed 2,318 Facebook "
            "accounts.\n\nAmber Switch: Bangladesh\n\nMeta removed 260 Facebook accounts.\n")
    assert [(f.count, f.origins, f.networks) for f in facts_of("n.md", text) if f.count_text] == [
        (2, [], []), (2318, ["China"], ["Lark Ferry"]), (260, ["Bangladesh"], ["Amber Switch"])]
    labelled = text.replace("Lark Ferry: China", "Key Findings: China")  # (a label, not a name)
    assert [(f.count, f.networks) for f in facts_of("n.md", labelled) if f.count_text][:2] == [(2, []), (2318, [])]


@pytest.mark.parametrize("intro", [
    "This page is our account of the operation.",
    "It follows our earlier referrals of Birch Choir and Copper Loom.",  # (a report that names other cases)
])
def test_a_section_placing_a_network_by_its_name_places_its_figures_told_in_the_next(intro: str) -> None:
    text = ("---\ntitle: Sandfish: a joint disclosure\npublished: 2024-06-20\n---\n# Sandfish\n\nToday we publish a "
            f"report on a network we call Sandfish. {intro}\n\n## The network\n\nSandfish was operated from Egypt by "
            "staff of a Cairo marketing firm. The network targeted audiences in Sudan and Libya.\n\n## The takedown"
            "\n\nWe tipped off Meta in January. According to Meta, it removed 263 Facebook accounts.\n")
    assert [(f.count, f.origins, f.targets, f.networks) for f in facts_of("s.md", text)] == [
        (263, ["Egypt"], ["Sudan", "Libya"], ["Sandfish"])]


def test_accounts_run_by_the_same_operators_come_from_where_the_network_did() -> None:
    text = ("---\ntitle: Removing a network from Chile\npublisher: Meta\npublished: 2021-06-10\n---\n"
            "Today we removed 84 Facebook accounts. This network originated in Chile.\n\n"
            "Update on June 18, 2021: We have since removed an additional 9 accounts that were run by the same "
            "operators.\n")
    assert [(f.count, f.origins) for f in facts_of("c.md", text)] == [(84, ["Chile"]), (9, ["Chile"])]


def test_a_document_about_a_network_named_by_analysts_names_all_its_figures() -> None:
    text = ("---\ntitle: Two years of Amber Kite\npublished: 2024-03-01\n---\nAmber Kite is the name that analysts "
            "at Northlight Lab gave to a sprawling network based in Iran.\n\n## 2021\n\nYouTube terminated 730 "
            "channels in 2021.\n\n## 2022\n\nThis was the peak year: 2,410 channels.\n")
    assert [(f.count, f.networks) for f in facts_of("a.md", text)] == [(730, ["Amber Kite"]), (2410, ["Amber Kite"])]


def test_a_table_row_labelled_by_its_detection_source_is_placed_by_its_description() -> None:
    text = ("---\ntitle: Covert influence operations\npublisher: TikTok\npublished: 2024-12-19\n---\n"
            "# Covert influence operations\n\nIn November we took action against 2 covert influence networks, "
            "totalling 1,903 accounts.\n\n| Detection source | Accounts in network | Followers of network | "
            "Description |\n|---|---|---|---|\n| External | 1,846 | 212,400 | We assess that this network operated "
            "from Russia. |\n| Internal | 57 | 9,310 | We assess that this network operated from Iran. |\n")
    assert [(f.count, f.scope, f.origins) for f in facts_of("t.md", text) if f.unit == "accounts"] == [
        (1903, "cumulative", []), (1846, None, ["Russia"]), (57, None, ["Iran"])]


def test_a_table_row_s_description_names_who_the_network_is_linked_to_but_not_what_it_posted_about() -> None:
    text = ("---\ntitle: Covert influence operations\npublisher: TikTok\npublished: 2024-06-20\n---\n"
            "| Detection source | Accounts in network | Followers of network | Description |\n|---|---|---|---|\n"
            "| Internal | 640 | 88,000 | We assess that this network operated from Egypt. We assess that this network "
            "is linked to the marketing firm Reedline Media. |\n"
            "| External | 75 | 4,100 | We assess that this network operated from Russia. Its videos attacked closer "
            "ties with the European Union. |\n")
    assert [(f.count, f.origins, f.linked_to) for f in facts_of("t.md", text) if f.unit == "accounts"] == [
        (640, ["Egypt"], ["marketing firm Reedline Media"]), (75, ["Russia"], [])]


def test_a_total_told_before_the_sections_that_add_up_to_it_is_their_sum() -> None:
    text = ("---\ntitle: Disclosing networks\npublisher: Twitter\npublished: 2020-02-20\n---\n# Disclosing networks"
            "\n\nIn total, we are disclosing 300 accounts.\n\n## Egypt\n\nWe removed 240 accounts operating from "
            "Egypt. These 240 accounts were the core of the operation.\n\n## Peru\n\nWe removed 60 accounts "
            "operating from Peru.\n")
    assert [(f.count, f.scope) for f in facts_of("t.md", text)] == [(300, "sum"), (240, None), (60, None)]


def test_people_a_network_worked_on_listed_after_a_pretence_are_its_targets() -> None:
    sentence = ("Facebook said it had removed 90 Pages that it tied to Iran, saying the operators posed as local news "
                "outlets to push political messages to people in Iraq, Yemen and Bahrain.")
    assert country_roles(sentence)[:2] == (["Iran"], ["Iraq", "Yemen", "Bahrain"])


def test_a_lab_s_write_up_names_the_network_in_bold_and_dates_the_takedown_it_retells() -> None:
    text = ("---\ntitle: Anatomy of a network\npublisher: Northlight Lab\npublished: 2023-05-11\n---\n# Anatomy\n\n"
            "On May 3, 2023, Meta announced that it had removed a network we have been tracking under the name "
            "**Jade Heron**. According to Meta, the takedown covered 340 Facebook accounts.\n")
    assert [(f.count, f.networks, f.announced.isoformat()) for f in facts_of("j.md", text)] == [
        (None, ["Jade Heron"], "2023-05-03"), (340, ["Jade Heron"], "2023-05-03")]


def test_modifiers_of_a_unit_may_be_separated_by_a_comma() -> None:
    units = counted_units("We also suspended more than 41,000 automated, spammy accounts that amplified its content.")
    assert [(c.count.text, c.unit, c.unit_text) for c in units] == [
        ("more than 41,000", "accounts", "automated, spammy accounts")]


def test_a_lab_that_shared_its_findings_with_a_platform_in_its_own_post_tipped_it_off() -> None:
    text = ("---\ntitle: Anatomy\npublisher: Northlight Lab\npublished: 2023-05-11\n---\n# Anatomy\n\nMeta removed "
            "340 Facebook accounts linked to China. We shared our initial findings with Meta's threat intelligence "
            "team in January.\n")
    tips = extract_document(parse_document("j.md", text.encode())).tips
    assert [(t.platform, t.source) for t in tips] == [("Facebook", "Northlight Lab")]


def test_an_earlier_takedown_of_the_same_operator_comes_from_where_the_operator_s_network_does() -> None:
    story = textwrap.dedent("""\
        ---
        title: Meta removes network
        published: 2024-09-12
        ---
        Meta said on Wednesday it had removed a network that posed as news sites run by Nepalis abroad.

        The company removed 410 Facebook accounts. The network originated in Nepal and targeted India, Meta said.

        Meta said it found links to Himal Reach Media, a consultancy based in Pokhara. The firm has been caught \
before: in May 2019, Facebook removed 97 accounts tied to Himal Reach Media that had targeted voters.
        """)
    facts = extract_document(parse_document("n.md", story.encode())).facts
    assert [(f.platform, f.count, f.origins, f.linked_to) for f in facts if f.count] == [
        ("Facebook", 410, ["Nepal"], ["Himal Reach Media"]), ("Facebook", 97, ["Nepal"], ["Himal Reach Media"])]


def test_a_referral_from_our_lab_in_a_lab_s_own_brief_is_the_lab_s_tip() -> None:
    text = ("---\ntitle: Review\npublisher: Paramo Research Lab\npublished: 2022-11-15\n---\n**Condor Net.** "
            "Twitter's March 2021 action followed a referral from our lab: we sent the company a list of accounts.\n")
    tips = extract_document(parse_document("r.md", text.encode())).tips
    assert [(t.platform, t.source) for t in tips] == [("Twitter", "Paramo Research Lab")]


@pytest.mark.parametrize(("sentence", "entities"), [
    ("We attribute the network, with moderate confidence, to **Haixi Bright Culture**, a firm in Fujian.",
     ["Haixi Bright Culture"]),
    ("The company did not attribute this network to the Chinese government.", []),
])
def test_who_a_network_is_attributed_to_in_the_present_and_not_where_it_is_denied(sentence: str,
                                                                                  entities: list[str]) -> None:
    assert linked_entities(sentence) == entities


def test_x_that_began_a_review_after_another_platform_s_indicators_was_tipped_off_by_it() -> None:
    text = ("Two platforms act\n\nApril 17, 2025\n\nX said on Wednesday it had suspended about 460 accounts linked to "
            "the operation. A spokesperson said X began its own review after Meta shared technical indicators about "
            "the network with industry peers.\n")
    tips = extract_document(parse_document("x.txt", text.encode())).tips
    assert [(t.platform, t.source) for t in tips] == [("Twitter", "Facebook")]


# --------------------------------------------------------------------------- several networks, several reports


PRESS_RELEASE = """\
    ---
    title: Four networks removed
    publisher: TikTok Newsroom
    published: 2024-06-12
    ---
    TikTok said today that it has removed 3,310 accounts belonging to four networks that broke its rules.

    The networks removed were:

    * Peru - 2,000 accounts. The network, which analysts have called Copper Kite, posed as local reporters.
    * Chile - 1,000 accounts. Known as "Salt Road", this network targeted audiences in Bolivia.
    * Ghana - 250 accounts. This network targeted domestic audiences in Ghana.
    * Laos - 60 accounts. This network praised the government.
    """


def test_each_item_of_a_list_of_networks_has_its_own_name_and_is_no_part_of_the_item_before() -> None:
    facts = facts_of("release.md", PRESS_RELEASE)
    assert [(f.count, f.origins, f.networks, f.part_of, f.scope) for f in facts if f.unit == "accounts"] == [
        (3310, [], [], None, "cumulative"),  # (a total across the networks below)
        (2000, ["Peru"], ["Copper Kite"], None, None),
        (1000, ["Chile"], ["Salt Road"], None, None),
        (250, ["Ghana"], [], None, None),
        (60, ["Laos"], [], None, None)]


def test_a_country_of_its_own_makes_a_figure_no_part_of_the_one_before() -> None:
    facts = facts_of("wire.txt", """\
        TikTok suspends accounts

        LIMA, June 12 (Wire) - TikTok said on Wednesday it had suspended 1,200 accounts tied to two networks.

        A Peru-based network that researchers call Copper Kite accounted for 900 of the suspended accounts. A smaller \
Chilean network, just over 300 accounts, praised the government.
        """)
    assert [(f.count, f.origins, f.part_of) for f in facts if f.count and f.unit == "accounts"] == [
        (1200, [], None), (900, ["Peru"], None), (300, ["Chile"], None)]


def test_a_platform_after_a_day_is_the_subject_not_an_object() -> None:
    facts = facts_of("x.txt", "Roundup\n\nOn May 4 X suspended 120 accounts linked to Peru, and on Tuesday Meta said "
                              "nothing.\n")
    assert [(f.platform, f.count) for f in facts] == [("Twitter", 120)]


def test_the_people_who_reported_a_network_give_it_no_origin_and_are_the_tip() -> None:
    document = parse_document("r.txt", b"Reddit bans accounts\n\nOn 3 May 2024 Reddit banned 40 accounts tied to "
                                       b"Salt Road, after a report from Chilean fact-checkers.\n")
    extraction = extract_document(document)
    assert [(f.count, f.origins) for f in extraction.facts] == [(40, [])]
    assert [(t.platform, t.source) for t in extraction.tips] == [("Reddit", "Chilean fact-checkers")]


def test_figures_linked_to_different_names_are_each_linked_to_their_own() -> None:
    facts = facts_of("y.txt", "YouTube roundup\n\nGoogle said it terminated 500 YouTube channels in its review of "
                              "Peruvian networks, plus 30 channels linked to Blue Kite and 12 channels linked to Red "
                              "Owl.\n")
    assert [(f.count, f.linked_to) for f in facts] == [(500, []), (30, ["Blue Kite"]), (12, ["Red Owl"])]


def test_a_network_its_watchers_call_spam_or_amplifiers_working_through_spam_are_no_spam() -> None:
    facts = facts_of("g.txt", "Google roundup\n\nGoogle said it terminated 800 YouTube channels as part of its "
                              "investigation into the Peruvian spam network.\n")
    assert [(f.count, f.scope) for f in facts] == [(800, None)]
    spam = facts_of("s.txt", "Google roundup\n\nGoogle said it terminated 800 YouTube channels that posted spam.\n")
    assert [(f.count, f.scope) for f in spam] == [(800, "spam")]
    # (nor how an operation's amplifiers worked: their spammy retweets)
    amplifiers = facts_of("a.txt", "Twitter roundup\n\nTwitter said it had suspended 5,200 accounts that amplified "
                                   "the network's core accounts through spammy retweets.\n")
    assert [(f.count, f.scope) for f in amplifiers] == [(5200, None)]


def test_users_in_a_country_are_whom_the_network_reached() -> None:
    assert country_roles("A network based in Laos, fewer than 100 accounts, pushed messages to users in the "
                         "Philippines.")[:2] == (["Laos"], ["Philippines"])


def test_pages_presenting_themselves_as_local_outlets_do_not_say_where_they_came_from() -> None:
    assert country_roles("Three Pages presenting themselves as local outlets in Lima and Quito shared posts.")[0] == []


def test_a_hyphenated_description_before_network_still_places_it() -> None:
    assert country_roles("How we found an Iranian news-page network")[0] == ["Iran"]


def test_pulling_on_a_thread_is_no_removal() -> None:
    assert actions_in("Once we pulled on it, the network turned out to be much larger.") == ()
    assert actions_in("YouTube pulled 30 channels.") == (("pulled", 8),)
    # "with personal details removed": how something else is handed over, not a removal (but "with the accounts
    # removed" is one)
    assert actions_in("It must hand over the data with personal details removed.") == ()
    assert actions_in("X acted, with the accounts removed within hours.") == (("removed", 27),)


def test_an_interview_places_its_figures_where_it_names_their_network() -> None:
    facts = facts_of("interview.md", """\
        ---
        title: "A talk with Meta's threat lead"
        published: 2024-06-20
        ---
        # A talk with Meta's threat lead

        *Last week Meta published a report on two networks, including the Peru-based operation known as Copper Kite.*

        **Q: How did Copper Kite come to your attention?**

        **A:** A lab wrote to us. In the end Meta removed 1,250 accounts from this network.

        **Q: And the other network?**

        **A:** It's the third network from Laos that targeted Thailand that we have reported this year.
        """)
    assert [(f.count, f.origins, f.networks) for f in facts if f.count] == [(1250, ["Peru"], ["Copper Kite"])]


def test_a_lab_post_whose_title_names_its_network_names_the_platforms_figures() -> None:
    facts = facts_of("lab.md", """\
        ---
        title: "Copper Kite: how we found a Peruvian news-page network"
        publisher: Andes Lab
        published: 2024-06-12
        ---
        Today Meta published its takedown of a network we have been following since last year. We call it \
**Copper Kite**, after a logo its Pages shared.

        Meta's report says it removed 1,250 accounts and 80 Pages, far more than we had found.
        """)
    assert [(f.count, f.origins, f.networks) for f in facts if f.count] == [
        (1250, ["Peru"], ["Copper Kite"]), (80, ["Peru"], ["Copper Kite"])]


def test_a_tip_sent_to_two_platforms_on_two_days_has_each_platforms_day() -> None:
    document = parse_document("lab.md", b"---\npublisher: Andes Lab\npublished: 2024-06-12\n---\nWe sent our findings "
                                        b"to Meta on 22 January 2024 and to X on 3 February 2024.\n")
    assert [(t.platform, t.tipped) for t in extract_document(document).tips] == [
        ("Facebook", dt.date(2024, 1, 22)), ("Twitter", dt.date(2024, 2, 3))]


def test_a_dateline_without_a_year_is_never_earlier_than_a_day_the_story_tells_as_past() -> None:
    facts = facts_of("w.txt", """\
        Three platforms remove Peruvian network

        LIMA, April 1 (Wire) - X said on Monday it had suspended 900 accounts run from Peru, ahead of elections in \
June 2025. In December, Meta removed 70 Facebook accounts linked to the same group, in a takedown it announced on \
December 10, 2024. Social media use grew in 2024, a survey found in 2024.
        """)
    assert [(f.platform, f.count, f.announced.isoformat(), f.date_precision) for f in facts] == [
        ("Twitter", 900, "2025-03-31", "day"), ("Facebook", 70, "2024-12-10", "day")]


def test_a_fact_checking_group_in_a_city_is_where_the_checkers_work() -> None:
    assert country_roles("The figures came from Verdad Digital, a fact-checking group in Lima.")[0] == []


def test_a_figure_someone_found_in_a_clause_of_its_own_is_no_removal() -> None:
    facts = facts_of("t.txt", "Telegram acts\n\nOn 3 May 2024 Telegram removed some of the network's channels but "
                              "did not say how many; Verdad Digital had identified 12 Telegram channels.\n")
    assert [(f.platform, f.count) for f in facts] == [("Telegram", None)]


def test_a_figure_about_so_many_is_read_with_its_or_so() -> None:
    facts = facts_of("t.txt", "TikTok acts\n\nOn 3 May 2024 TikTok removed 200 accounts run from Peru. It also "
                              "removed a further sixty or so accounts that tried to re-establish the network.\n")
    assert [(f.count, f.qualifier, f.count_text, f.scope) for f in facts] == [
        (200, "exact", "200", None), (60, "about", "sixty or so", "returning")]


def test_the_day_another_platform_acted_in_a_relative_clause_does_not_date_the_sentence() -> None:
    facts = facts_of("y.txt", "YouTube acts\n\nLIMA, March 25, 2025 - YouTube has removed 40 channels linked to "
                              "Andes Media, the firm that Meta banned last week, a spokesperson confirmed on "
                              "Tuesday.\n")
    assert [(f.platform, f.announced.isoformat()) for f in facts] == [("YouTube", "2025-03-25")]


def test_accounts_that_tried_to_rebuild_the_network_come_from_where_it_did() -> None:
    facts = facts_of("t.md", """\
        ---
        title: The month in takedowns
        published: 2024-05-06
        ---
        On May 3 TikTok removed 186 accounts run from Pakistan. TikTok separately removed 63 accounts that tried to \
rebuild the network.
        """)
    assert [(f.count, f.origins, f.scope) for f in facts] == [
        (186, ["Pakistan"], None), (63, ["Pakistan"], "returning")]


QUARTERLY_TABLE = """\
    ---
    title: Quarterly report
    publisher: Meta
    published: 2024-08-15
    ---
    # Quarterly report

    | Network | Origin | Targets | Accounts | Pages | Instagram |
    |---|---|---|---|---|---|
    | Copper Kite | Peru | Chile | 412 | 37 | 58 |
    | Salt Road | Laos | Thailand | 77 | 22 | 11 |

    ## Copper Kite (Peru)

    This operation ran Pages posing as local outlets. Our investigation found links to Andes Reach Media, a firm in \
Lima.

    ## Salt Road (Laos)

    We began this investigation after the Ministry of Information Society and Digital Affairs shared information \
with us in June about Pages posing as local news outlets.
    """


def test_a_table_column_named_for_an_app_counts_that_apps_accounts() -> None:
    facts = facts_of("q.md", QUARTERLY_TABLE)
    assert [(f.count, f.unit, f.surface) for f in facts if f.networks == ["Copper Kite"]] == [
        (412, "accounts", None), (37, "pages", None), (58, "accounts", "Instagram")]


def test_a_named_sections_link_is_its_networks_in_the_table_above() -> None:
    facts = facts_of("q.md", QUARTERLY_TABLE)
    assert {(tuple(f.networks), tuple(f.linked_to)) for f in facts} == {
        (("Copper Kite",), ("Andes Reach Media",)), (("Salt Road",), ())}


def test_a_ministrys_whole_name_with_and_is_the_tip_and_pages_are_no_name() -> None:
    tips = extract_document(parse_document("q.md", textwrap.dedent(QUARTERLY_TABLE).lstrip().encode())).tips
    assert [(t.platform, t.source, t.about) for t in tips] == [
        ("Facebook", "Ministry of Information Society and Digital Affairs", "Laos")]


def test_a_ranking_of_sources_in_words_gives_each_country_its_networks_and_no_one_elses_targets() -> None:
    facts = facts_of("review.md", """\
        ---
        title: Year in review
        publisher: Meta
        published: 2024-12-18
        ---
        Peru remained the most frequent source of the networks we removed in 2024, with six networks, followed by \
Laos with four and Chile with three. Elections drove much of it: networks we removed this year targeted voters in \
Ghana and Taiwan.
        """)
    assert [(f.count, f.unit, f.origins, f.targets, f.scope) for f in facts] == [
        (6, "networks", ["Peru"], [], "cumulative"), (4, "networks", ["Laos"], [], "cumulative"),
        (3, "networks", ["Chile"], [], "cumulative")]


def test_profiles_and_pages_named_for_what_they_posed_as_are_counted_and_point_back_at_their_network() -> None:
    facts = facts_of("l.md", """\
        ---
        title: LinkedIn acts
        published: 2024-07-09
        ---
        LinkedIn said it had removed at least 1,100 fake recruiter profiles linked to Laos, part of a campaign its \
investigators call Salt Road. LinkedIn said it had also taken down up to 60 company pages that the operators created.
        """)
    assert [(f.count_text, f.unit, f.origins, f.networks) for f in facts] == [
        ("at least 1,100", "accounts", ["Laos"], ["Salt Road"]), ("up to 60", "pages", ["Laos"], ["Salt Road"])]


def test_a_correction_note_at_the_foot_replaces_the_wrong_figure_it_names() -> None:
    facts = facts_of("k.txt", """\
        LIMA, April 13, 2022 —

        Meta said on Tuesday it took down 1,340 Instagram accounts and 85 Facebook accounts that originated in Peru.

        Correction (April 14, 2022): This article incorrectly stated the number of Instagram accounts Meta removed. \
The company removed 1,034 Instagram accounts, not 1,340 as reported above.
        """)
    assert [(f.count, f.surface, f.origins, f.retells) for f in facts] == [
        (85, None, ["Peru"], None), (1034, "Instagram", ["Peru"], 1)]
    assert facts[1].quote == "The company removed 1,034 Instagram accounts, not 1,340 as reported above."


def test_each_clause_of_a_roundup_sentence_keeps_its_own_countries() -> None:
    facts = facts_of("r.md", """\
        ---
        title: Roundup
        published: 2024-11-29
        ---
        In Peru, Meta removed 48 Facebook accounts linked to a consultancy in Lima; in Chile, TikTok said it had \
taken down 1,105 accounts that promoted local candidates; in Bolivia, YouTube terminated 37 channels that spread false \
claims, and Google linked the channels to Russia; in Ecuador, Reddit banned 72 accounts that posed as voters and that \
the company said were operated from Iran.
        """)
    assert [(f.platform, f.count, f.origins) for f in facts] == [
        ("Facebook", 48, ["Peru"]), ("TikTok", 1105, []), ("YouTube", 37, ["Russia"]), ("Reddit", 72, ["Iran"])]
    # (a later clause's own country is where its network worked: the target)
    assert [f.targets for f in facts] == [[], ["Chile"], ["Bolivia"], ["Ecuador"]]


def test_a_roundups_clause_without_a_figure_keeps_its_country() -> None:
    facts = facts_of("r.md", """\
        ---
        title: Roundup
        published: 2024-11-29
        ---
        In Peru, Meta removed 48 Facebook accounts linked to a consultancy in Lima; and in Chile, Meta said it had \
disrupted a small network targeting the November vote, but it did not say how many accounts it removed.
        """)
    assert [(f.platform, f.count, f.origins, f.targets) for f in facts] == [
        ("Facebook", 48, ["Peru"], []), ("Facebook", None, [], ["Chile"])]


def test_another_platforms_further_accounts_are_its_own_takedown_dated_yesterday() -> None:
    facts = facts_of("tv.md", """\
        ---
        title: Evening bulletin
        published: 2024-05-21
        ---
        REPORTER: Meta says it removed 93 Facebook accounts that posed as ordinary voters. On X, formerly Twitter, \
another 58 accounts from the same network were suspended yesterday.
        """)
    assert [(f.platform, f.count, f.scope, f.announced.isoformat()) for f in facts] == [
        ("Facebook", 93, None, "2024-05-21"), ("Twitter", 58, None, "2024-05-20")]


def test_two_platforms_and_two_units_each_take_the_unit_only_one_has() -> None:
    facts = facts_of("op.md", """\
        ---
        title: Opinion
        published: 2024-10-15
        ---
        Or take Salt Road, the Peru-based operation that YouTube and Twitter acted on in March 2023: 146 channels and \
1,270 accounts, removed a week apart.
        """)
    assert sorted((f.platform, f.count, f.unit) for f in facts) == [
        ("Twitter", 1270, "accounts"), ("YouTube", 146, "channels")]


def test_a_roundup_clause_without_a_figure_is_its_platforms_takedown_without_one() -> None:
    facts = facts_of("r.md", """\
        ---
        title: Roundup
        published: 2024-11-29
        ---
        TikTok said it had taken down 1,105 accounts that promoted local candidates; X suspended 390 accounts; and \
in Laos, Meta said it had disrupted a small network run from Vietnam, but it did not say how many accounts it removed.
        """)
    assert [(f.platform, f.count, f.origins) for f in facts] == [
        ("TikTok", 1105, []), ("Twitter", 390, []), ("Facebook", None, ["Vietnam"])]


def test_a_presence_line_far_below_a_posts_lead_is_its_takedown_with_its_verb() -> None:
    facts = facts_of("post.md", """\
        ---
        title: Taking down a network from Peru
        publisher: Facebook
        published: 2020-11-05
        ---
        Today we're sharing that we removed a network of accounts, Pages and Groups. This network originated in \
Peru and targeted audiences in Chile.

        The people behind it posed as local outlets. They posted about the election. The network was most active \
in the summer.

        Our investigation found links to Andes Point Strategies, a firm in Lima. Andes Point Strategies is now \
banned from our platforms.

        - **Presence on Facebook and Instagram:** 67 Facebook accounts, 19 Pages and 23 Instagram accounts.
        """)
    assert [(f.action, f.count, f.origins) for f in facts if f.count] == [
        ("removed", 67, ["Peru"]), ("removed", 19, ["Peru"]), ("removed", 23, ["Peru"])]


def test_accounts_reinstated_after_a_mistaken_takedown_are_no_takedown() -> None:
    facts = facts_of("r.txt", """\
        Meta restores accounts

        LIMA, Feb. 22, 2023 — Meta said on Tuesday that it had reinstated 74 Facebook accounts belonging to student \
journalists that were removed in error. On February 8, Meta said it had removed 310 Facebook accounts run from Peru.
        """)
    assert [f.count for f in facts if f.count] == [310]


def test_a_report_titled_with_its_networks_name_and_what_it_is_places_its_figures_but_not_a_footnotes() -> None:
    text = textwrap.dedent("""\
        ---
        title: "Dune Lantern: A Belarus-linked network posing as local radio in Lithuania and Latvia"
        publisher: Example Lab
        published: 2021-03-10
        ---
        On March 8, 2021, Facebook said it had removed a network we have followed under the name "Dune Lantern".[^1]

        | Platform | Assets removed |
        |---|---|
        | Facebook | 61 accounts, 12 Pages |

        1. **Elsewhere.** Twitter suspended 17 accounts on March 9 after reviewing what we shared.[^1]
        2. **Style.** The network's style mirrors the accounts Twitter removed in 2019, which posed as Polish outlets.

        [^1]: Example Wire, "Twitter suspends more than 900 accounts tied to operations in Egypt and Iran," May 2, 2019.
        """)
    facts = extract_document(parse_document("lab.md", text.encode())).facts
    assert [(f.platform, f.count_text, f.networks, f.origins, f.targets) for f in facts if f.count_text] == [
        ("Facebook", "61", ["Dune Lantern"], ["Belarus"], ["Lithuania", "Latvia"]),
        ("Facebook", "12", ["Dune Lantern"], ["Belarus"], ["Lithuania", "Latvia"]),
        ("Twitter", "17", ["Dune Lantern"], ["Belarus"], ["Lithuania", "Latvia"]),  # (not the 2019 accounts' Poland)
        ("Twitter", "more than 900", [], ["Egypt", "Iran"], [])]  # a cited work's title: not Dune Lantern's


def test_a_figure_raised_in_the_sentence_that_tells_the_old_one_is_the_takedowns() -> None:
    text = ("DUBLIN, May 3, 2022 -- TikTok on Tuesday raised the number of accounts it banned in connection with the "
            "Ember Gate campaign to 412, well above the 260 accounts it reported in March.\n")
    facts = extract_document(parse_document("w.txt", text.encode())).facts
    assert [(f.platform, f.count, f.count_text, f.unit) for f in facts] == [("TikTok", 412, "412", "accounts")]


def test_a_total_across_networks_is_not_placed_by_its_largest_part_and_that_part_is_its_own_takedown() -> None:
    text = ("LIMA, June 7, 2021 (Wire) -- Meta said on Monday that it had removed more than 900 accounts belonging to "
            "three networks, the largest of them run out of Peru. The biggest network, which researchers call "
            "\"Condor Static,\" was made up of 610 accounts.\n")
    facts = extract_document(parse_document("w.txt", text.encode())).facts
    assert [(f.count_text, f.unit, f.origins, f.scope) for f in facts] == [
        ("more than 900", "accounts", [], "cumulative"), ("3", "networks", [], "cumulative"),
        ("610", "accounts", [], None)]


def test_a_half_year_report_told_of_after_it_dates_its_removals_by_the_half_year() -> None:
    text = ("---\ntitle: Weekly digest\npublished: 2023-01-20\n---\nSnap's transparency report for the second half of "
            "2022 says the company removed 37 accounts tied to an influence operation.\n")
    (fact,) = extract_document(parse_document("digest.md", text.encode())).facts
    assert (fact.count, fact.announced, fact.date_precision) == (37, dt.date(2022, 12, 1), "month")


def test_who_ran_a_named_network_ran_each_platforms_figures_for_it() -> None:
    text = ("---\ntitle: Moss Line\npublished: 2022-02-10\n---\nFacebook removed 52 accounts of a network called "
            "\"Moss Line\" and linked it to individuals associated with Tarn Media.\n\nSeparately, Twitter suspended "
            "40 accounts of Moss Line on February 9.\n")
    facts = extract_document(parse_document("m.md", text.encode())).facts
    assert [(f.platform, f.count, f.networks, f.linked_to) for f in facts] == [
        ("Facebook", 52, ["Moss Line"], ["individuals associated with Tarn Media"]),
        ("Twitter", 40, ["Moss Line"], ["individuals associated with Tarn Media"])]


def test_a_statement_titled_with_its_country_places_its_takedowns_in_the_election_it_speaks_of() -> None:
    text = ("ELECTORAL COMMISSION OF GHANA\nMEDIA STATEMENT\n\nAccra, 3 December 2024\n\nThe Commission today gives an "
            "update on what platforms have removed at its request ahead of the general elections on 7 December 2024."
            "\n\nTikTok: banned 17 accounts for repeated breaches of its election rules.\n")
    facts = extract_document(parse_document("ec.txt", text.encode())).facts
    assert [(f.platform, f.count, f.origins, f.targets) for f in facts] == [("TikTok", 17, [], ["Ghana"])]


@pytest.mark.parametrize(("text", "platforms"), [
    ("X: removed 11 of the 38 posts referred to it.", ["Twitter"]),  # a list's label, then what it did
    ("Option X: a plan the commission rejected.", []),
    ("X went further in numbers.", ["Twitter"]),  # the sentence's subject, before its verb
    ("Even as YouTube, X and Meta took down accounts", ["YouTube", "Twitter", "Facebook"]),  # one of a list
    ("X number of posts were flagged.", []),
    ("Account: X Safety Operations (@XSafetyOps)", ["Twitter"]),  # the platform's own account, in capitals
])
def test_x_labelling_what_it_did_is_the_company(text: str, platforms: list[str]) -> None:
    assert [name for name, _, _ in platforms_in(text)] == platforms


def test_a_title_saying_whose_runoff_places_the_storys_unplaced_takedowns() -> None:
    text = ("---\ntitle: \"What we know about the fake accounts removed before Chile's runoff\"\npublished: "
            "2021-12-15\n---\nOn Tuesday, TikTok said it had banned 214 accounts belonging to a network it calls "
            "\"Operation Copihue\".\n\nSeparately, a research group shared indicators with TikTok about an unrelated "
            "group. Acting on that tip, TikTok banned 9 accounts.\n")
    facts = extract_document(parse_document("qa.md", text.encode())).facts
    assert [(f.count, f.origins, f.targets) for f in facts] == [(214, [], ["Chile"]), (9, [], [])]  # (another case)


def test_polls_that_closed_closed_nothing() -> None:
    assert actions_in("Researchers logged 37 Telegram channels in the 48 hours after polls closed.") == ()
    assert actions_in("It closed 37 channels.") == (("closed", 3),)


def test_channels_researchers_logged_after_a_removal_told_without_figures_are_not_removed() -> None:
    text = ("CARACAS, Aug 2, 2024 (Wire) - Telegram said it had blocked channels that spread fake tallies. Researchers "
            "at a Caracas-based monitoring group said they had logged 41 Telegram channels sharing the same image.\n")
    facts = extract_document(parse_document("w.txt", text.encode())).facts
    assert [(f.platform, f.count) for f in facts] == [("Telegram", None)]


def test_a_study_s_sample_of_accounts_is_no_removal() -> None:
    text = ("---\ntitle: Reef Static\npublisher: Lagoon Research Unit\npublished: 2022-03-02\n---\nTwitter said on "
            "Monday it had suspended 204 accounts run from Fiji. Over four months we analysed 310 accounts. We also "
            "coded 5,000 posts drawn from a random sample of 120 Facebook accounts and 14 Pages.\n")
    facts = extract_document(parse_document("r.md", text.encode())).facts
    assert [(f.platform, f.count) for f in facts] == [("Twitter", 204)]


def test_a_research_group_that_shared_its_list_of_accounts_with_platforms_tipped_each_off() -> None:
    text = ("---\ntitle: Reef Static\npublisher: Lagoon Research Unit\npublished: 2022-03-02\n---\n# Reef Static\n\n"
            "On 4 January 2022 we shared a first short list of 57 suspect accounts with TikTok and with Twitter. "
            "Twitter suspended 204 accounts in February.\n")
    tips = extract_document(parse_document("r.md", text.encode())).tips
    assert [(t.platform, t.source, str(t.tipped)) for t in tips] == [
        ("TikTok", "Lagoon Research Unit", "2022-01-04"), ("Twitter", "Lagoon Research Unit", "2022-01-04")]


@pytest.mark.parametrize(("sentence", "names"), [
    ('TikTok said it had taken down a network called "Glasat na Planina" on Tuesday.', ["Glasat na Planina"]),
    ("X says it has suspended about 900 accounts tied to Stimme der Heimat.", []),  # (no naming word)
    ('A Beirut group calls the operation "Sahat al-Nour," after its main Page.', ["Sahat al-Nour"]),
])
def test_a_name_in_another_language_keeps_its_small_words(sentence: str, names: list[str]) -> None:
    assert network_names(sentence) == names


def test_where_the_firm_that_tracks_a_network_is_places_nothing() -> None:
    origins, _, _, _ = country_roles('Quayside Forensics, a London firm, has tracked it since January under the name '
                                     '"Tin Spire."')
    assert origins == []
    assert country_roles("Graphika, which tracks the operation, said it was run from Iran.")[0] == ["Iran"]


def test_a_title_saying_where_the_storys_one_network_came_from_places_its_figures() -> None:
    text = ("Two labs, two names for a Syria-linked news network\n\nBEIRUT, May 3, 2024 - An operation that posed as "
            "local news pages has ended up with two names. On Monday X said it had suspended 640 accounts linked to "
            "the operation. In March, X removed 210 accounts from the same operation.\n")
    facts = extract_document(parse_document("w.txt", text.encode())).facts
    assert [(f.count, f.origins) for f in facts] == [(640, ["Syria"]), (210, ["Syria"])]


def test_an_opening_that_says_where_the_network_came_from_and_whom_it_worked_on_places_it() -> None:
    text = ("Belarus-based network targeted Latvian voters, researchers say\n\nRIGA, Oct. 11, 2023 - A network run "
            "from Belarus that posed as "
            "Latvian farmers has been taken down by TikTok, researchers said on Wednesday. TikTok said it had banned "
            "212 accounts. It is not the first such operation aimed at Latvia: in 2022 Meta removed a separate "
            "Belarus-based network of 35 accounts that posed as Estonian journalists.\n")
    facts = extract_document(parse_document("v.txt", text.encode())).facts
    assert [(f.count, f.origins) for f in facts if not f.reference] == [(212, ["Belarus"])]


def test_a_corrected_version_gives_the_figure_of_the_earlier_report_it_corrects() -> None:
    text = ("LONDON, March 6, 2025 - Google on Thursday revised down the number of YouTube channels it terminated in "
            "an operation known as \"Glass Ferry\", after finding that hundreds of channels had been counted twice.\n\n"
            "In its bulletin published last month, Google said it had terminated 1,380 YouTube channels linked to the "
            "operation. A corrected version of the bulletin, posted on Thursday, now gives the figure as 962 "
            "channels.\n")
    facts = extract_document(parse_document("w.txt", text.encode())).facts
    assert [(f.count, f.unit) for f in facts if f.count_text] == [(962, "channels")]


def test_a_timeline_of_one_network_dates_each_item_by_its_label_and_files_it_under_the_network() -> None:
    page = ("<html><head><title>Lantern Moth: every takedown so far</title></head><body><article>"
            "<h1>Lantern Moth: every takedown so far</h1><p>Published June 3, 2025.</p>"
            "<p>Lantern Moth is an influence operation run from Vietnam that poses as Cambodian students.</p>"
            "<ol><li><strong>September 2021 — Twitter.</strong> Twitter suspended 240 accounts that attacked "
            "candidates ahead of the October 2021 local election.</li>"
            "<li><strong>March 2023 — Reddit.</strong> Reddit banned 31 accounts that pushed slogans ahead of "
            "Cambodia's national elections on July 23.</li>"
            "<li><strong>May 2024 — TikTok.</strong> Ahead of Cambodia's June 9 senate vote, TikTok removed 515 "
            "accounts.</li></ol></article></body></html>")
    facts = extract_document(parse_document("moth.html", page.encode())).facts
    assert [(f.platform, f.count, f.networks, f.origins, f.announced.isoformat(), f.date_precision)
            for f in facts] == [
        ("Twitter", 240, ["Lantern Moth"], ["Vietnam"], "2021-09-01", "month"),
        ("Reddit", 31, ["Lantern Moth"], ["Vietnam"], "2023-03-01", "month"),
        ("TikTok", 515, ["Lantern Moth"], ["Vietnam"], "2024-05-01", "month")]


def test_a_markdown_timeline_item_s_date_label_is_no_dateline() -> None:
    facts = facts_of("t.md", """\
        ---
        title: "Five years of Rust Heron: a takedown timeline"
        published: 2025-04-10
        ---
        Rust Heron is a Russian influence operation. Some journalists say "the Kovcheg network."

        - **February 2023 - Meta (Q4 2022 report).** Meta removed 811 Facebook accounts and named Kovcheg Media \
Group.
        """)
    assert [(f.count, f.networks, f.announced.isoformat(), f.date_precision) for f in facts] == [
        (811, ["Rust Heron"], "2023-02-01", "month")]


def test_a_review_s_items_are_dated_by_their_month_labels_whatever_their_form() -> None:
    # (a bold month without its year, in a review of the year before; a name with its month in brackets; a label
    # set off by a double hyphen)
    facts = facts_of("r.md", """\
        ---
        title: Our 2022 takedown timeline
        published: 2023-01-04
        ---
        Each January we look back at the year's takedowns.

        **January: Nairobi Owl.** TikTok removed 412 accounts run from Kenya.

        **February: Copper Lantern.** YouTube terminated 240 channels linked to Peru that praised a mining firm.

        **October: Glass Wren (Instagram).** Meta said it had removed 96 Instagram accounts run from Chile.

        Blue Finch (May 2019). Twitter removed 318 accounts tied to Ecuador's ruling party.

        August 2020 -- Salt Heron. Reddit banned 77 accounts linked to Bolivia.
        """)
    assert [(f.count, f.origins, f.announced.isoformat(), f.date_precision) for f in facts] == [
        (412, ["Kenya"], "2022-01-01", "month"), (240, ["Peru"], "2022-02-01", "month"),
        (96, ["Chile"], "2022-10-01", "month"), (318, ["Ecuador"], "2019-05-01", "month"),
        (77, ["Bolivia"], "2020-08-01", "month")]
    # (a label's name names its figures: though Nairobi is a city of Kenya, not "Cambodia" alone)
    assert [f.networks for f in facts] == [["Nairobi Owl"], ["Copper Lantern"], ["Glass Wren"], ["Blue Finch"],
                                           ["Salt Heron"]]


def test_a_firm_someone_named_is_no_network_name() -> None:
    assert network_names("Meta removed 811 Facebook accounts and named Kovcheg Media Group.") == []
    assert network_names("Researchers named it Rust Heron.") == ["Rust Heron"]


def test_a_congressional_record_s_turns_and_witness_line_speak_for_their_platforms() -> None:
    record = textwrap.dedent("""\
        PLATFORMS AND FOREIGN MEDDLING

        HEARING
        BEFORE THE
        SUBCOMMITTEE ON INFORMATION SECURITY
        OF THE
        COMMITTEE ON OVERSIGHT
        HOUSE OF REPRESENTATIVES

        ONE HUNDRED SIXTEENTH CONGRESS
        FIRST SESSION

        TUESDAY, MAY 14, 2019

        Witnesses: Ms. Joan Abernathy, Head of Security Policy, Facebook; Mr. Tariq Mensah, Director of Integrity, \
Twitter.

        Chairman BELLWOOD. Ms. Abernathy, please begin.

        Ms. ABERNATHY. Thank you. In April we removed 97 Pages and accounts that originated in Iran.

        Chairman BELLWOOD. Mr. Mensah.

        Mr. MENSAH. Since March we have suspended 640 accounts tied to Iran and Russia.
        """)
    facts = extract_document(parse_document("record.txt", record.encode())).facts
    assert [(f.platform, f.count, f.announced.isoformat(), f.date_precision) for f in facts] == [
        ("Facebook", 97, "2019-04-01", "month"), ("Twitter", 640, "2019-05-14", "day")]


def test_a_newsletter_item_on_a_quarter_s_report_dates_its_figures_by_that_quarter() -> None:
    facts = facts_of("n.md", """\
        ---
        title: The Weekly Sweep
        published: 2024-06-07
        ---
        Welcome back. This week brought a flurry of platform disclosures, two new research reports and one \
correction, so we have kept the commentary short and the links long. As ever, figures are the companies' own, and \
we have not been able to check them independently; where a company declined to give a number, we say so.

        **1. A note on sources.** We read every report we cite in full.

        **2. Meta's Q1 2024 report.** Meta took down five networks in the first quarter. The largest was a \
Nepal network: 512 Facebook accounts and 90 Pages.

        **3. Elsewhere.** Reddit banned 12 accounts on Tuesday.
        """)
    assert [(f.platform, f.count, f.unit, f.announced.isoformat(), f.reference) for f in facts] == [
        ("Facebook", 5, "networks", "2024-03-01", True), ("Facebook", 512, "accounts", "2024-03-01", True),
        ("Facebook", 90, "pages", "2024-03-01", True), ("Reddit", 12, "accounts", "2024-06-04", False)]


@pytest.mark.parametrize("sentence", [
    "We removed 96 accounts that targeted voters in the run-up to the country's October 2022 regional elections.",
    "Reddit banned 57 accounts that pushed slogans about the local elections on February 12.",
])
def test_an_election_s_date_is_no_removal_s(sentence: str) -> None:
    [fact] = facts_of("e.md", f"---\ntitle: Report\npublisher: Meta\npublished: 2023-02-16\n---\n{sentence}\n")
    assert fact.announced.isoformat() == "2023-02-16"


def test_a_post_s_look_back_and_running_total_are_dated_and_scoped_as_they_say() -> None:
    facts = facts_of("p.md", """\
        ---
        title: State-linked disclosures
        publisher: Twitter
        published: 2020-10-15
        ---
        Based on a tip from the FBI, we removed 212 accounts originating in Iran. This activity is a continuation of a \
network we first disclosed in March 2019, when we removed 830 accounts.

        Since we launched the archive in October 2018, we have disclosed data on more than 61,000 accounts.
        """)
    assert [(f.count, f.origins, f.announced.isoformat(), f.reference, f.scope) for f in facts] == [
        (212, ["Iran"], "2020-10-15", False, None), (830, ["Iran"], "2019-03-01", True, None),
        (61000, [], "2020-10-15", False, "cumulative")]


def test_a_wire_story_s_named_network_its_officials_and_its_earlier_version() -> None:
    story = textwrap.dedent("""\
        Telegram blocks channels after Polish election

        WARSAW, June 9, 2025 (Wire) -- Telegram has blocked 31 channels that Polish officials say formed part of a \
Belarusian influence campaign aimed at voters before last month's presidential election, the company said on \
Monday.

        Polish officials refer to the campaign internally as "Wilga." Researchers have tracked it for years under \
another name, Grey Heron.

        Meta said it had removed 140 Facebook accounts connected to the campaign. Many of the accounts had been \
created in March and April. Meta had acted against an earlier version of the same network in its report for the \
final quarter of 2023.

        X confirmed that it had suspended accounts tied to the campaign but did not say how many.
        """)
    extraction = extract_document(parse_document("w.txt", story.encode()))
    assert [(f.platform, f.count, f.origins, f.targets, f.announced.isoformat()) for f in extraction.facts] == [
        ("Telegram", 31, ["Belarus"], ["Poland"], "2025-06-09"),
        ("Facebook", 140, ["Belarus"], ["Poland"], "2025-06-09"),
        ("Twitter", None, ["Belarus"], ["Poland"], "2025-06-09")]
    assert ("Grey Heron", "Wilga") in extraction.aliases


@pytest.mark.parametrize(("sentence", "pairs"), [
    ('They were: "Sour Plum," which is the Chinese operation better known as Jade Orchard; and two others.',
     [("Sour Plum", "Jade Orchard")]),
])
def test_a_name_better_known_as_another_is_an_alias(sentence: str, pairs: list[tuple[str, str]]) -> None:
    assert network_aliases_in(sentence) == pairs


def test_a_network_that_goes_by_several_names_lists_them_all_as_one_network_s() -> None:
    extraction = extract_document(parse_document("n.md", textwrap.dedent("""\
        ---
        title: Notes on an operation
        published: 2025-01-10
        ---
        It goes by several names: we called it Jade Orchard in 2020; OpenAI calls it "Sour Plum"; French officials \
reportedly use "Pommier" internally.
        """).encode()))
    assert extraction.aliases == [("Jade Orchard", "Sour Plum"), ("Jade Orchard", "Pommier")]


def test_a_story_s_lead_figure_takes_its_network_s_name_and_targets_told_further_down() -> None:
    story = ("NAIROBI, June 9, 2021 (Wire) - TikTok said on Wednesday it had removed more than 900 accounts "
             "belonging to a coordinated network run from Uganda.\n\nIn a blog post the company put the figure at 912 "
             "accounts and said the network, which it called \"Lake Chorus\", broke its rules.\n\nThe accounts "
             "targeted audiences in Kenya and Tanzania, the company said.\n")
    facts = extract_document(parse_document("l.txt", story.encode())).facts
    assert [(f.count, f.networks, f.targets) for f in facts] == [
        (900, ["Lake Chorus"], ["Kenya", "Tanzania"]), (912, ["Lake Chorus"], ["Kenya", "Tanzania"])]


def test_a_story_s_lead_network_named_paragraphs_later_is_that_name() -> None:
    story = ("---\ntitle: TikTok and YouTube pull network\npublished: 2021-11-17\n---\nTikTok said on Tuesday it had "
             "removed 1,400 accounts belonging to a coordinated network that praised the army.\n\nThe accounts had "
             "about 2 million followers.\n\nYouTube said it had terminated 80 channels tied to the same network.\n\n"
             "Researchers at the Lake Lab first identified the network. They named it \"Hill Choir\" after its "
             "songs.\n")
    facts = extract_document(parse_document("h.md", story.encode())).facts
    assert [(f.platform, f.count, f.networks) for f in facts] == [
        ("TikTok", 1400, ["Hill Choir"]), ("YouTube", 80, ["Hill Choir"])]


def test_a_name_given_to_the_story_s_network_is_its_figures_name_even_where_they_do_not_point_back() -> None:
    story = ("---\ntitle: Two platforms pull a border network\npublished: 2024-05-08\n---\nA network run from "
             "Belarus that posed as Lithuanian farmers has been removed by TikTok and YouTube, the companies said on "
             "Tuesday.\n\nThe network called itself \"Pieva Balsas\" (\"Meadow Voice\").\n\nTikTok said it had "
             "banned 212 accounts.\n\nGoogle said it had terminated 17 YouTube channels.\n\nIn 2022 Meta removed "
             "a separate Belarus-based network of 40 accounts.\n")
    facts = extract_document(parse_document("b.md", story.encode())).facts
    assert [(f.platform, f.count, f.networks) for f in facts if f.count] == [
        ("TikTok", 212, ["Pieva Balsas"]), ("Google", 17, ["Pieva Balsas"]), ("Facebook", 40, [])]


def test_a_network_the_opening_says_researchers_named_is_the_network_of_the_figures_listed_after() -> None:
    release = ("---\ntitle: Platforms answer the regulator\npublished: 2025-02-11\n---\nThe regulator asked four "
               "platforms what they had done about a network of accounts that researchers have named \"Vent de Sud\"."
               "\n\nMeta took down 230 Facebook accounts.\n\nX suspended at least 410 accounts.\n")
    facts = extract_document(parse_document("r.md", release.encode())).facts
    assert [(f.platform, f.count, f.networks) for f in facts] == [
        ("Facebook", 230, ["Vent de Sud"]), ("Twitter", 410, ["Vent de Sud"])]


def test_a_name_the_story_mentions_in_passing_is_not_its_figures_name() -> None:
    story = ("---\ntitle: TikTok pulls a border network\npublished: 2024-05-08\n---\nA network run from Belarus "
             "that posed as Lithuanian farmers has been removed by TikTok, the company said on Tuesday.\n\n"
             "Researchers said its videos resembled an earlier campaign that analysts called Secondary Echo."
             "\n\nTikTok said it had banned 212 accounts.\n")
    facts = extract_document(parse_document("b.md", story.encode())).facts
    assert [(f.platform, f.count, f.networks) for f in facts if f.count] == [("TikTok", 212, [])]


EXPLAINER = """\
---
title: "Explainer: what we know about the 'Delta Hymn' network removed during the vote"
published: 2024-05-09
---
# Explainer: what we know about the "Delta Hymn" network removed during the vote

## What was removed?

Meta said last week that it had removed 210 Facebook accounts and 31 Pages. According to the company, the network was \
run from India.

## Why is it called "Delta Hymn"?

The name comes from researchers at a university lab. The lab refers to it in its reports as "DH-24". Meta's own \
write-up calls it "the Ganga Reach network".

## Has this happened before?

Yes. In March 2019, Facebook removed a smaller India-based network that researchers called "Lotus Row", made up of \
90 Pages and accounts. Dozens of other Pages were removed at the same time for spam.
"""


def test_an_explainer_s_one_network_takes_its_figures_and_its_other_names_but_not_an_earlier_case_s() -> None:
    extraction = extract_document(parse_document("e.md", EXPLAINER.encode()))
    # (Meta's figures, by the name Meta's write-up gives the network, one of its names)
    assert [(f.count_text, f.networks, f.announced.isoformat()) for f in extraction.facts] == [
        ("210", ["Ganga Reach"], "2024-04-29"), ("31", ["Ganga Reach"], "2024-04-29"),
        ("90", ["Lotus Row"], "2019-03-01"),
        ("dozens of", [], "2019-03-01")]  # (removed "at the same time" as the earlier case)
    assert extraction.aliases == [("Delta Hymn", "DH-24"), ("Delta Hymn", "Ganga Reach")]
    # (but "We refer to it as…", a report naming what it tells, names a network of its own)
    report = ("---\ntitle: Q1 report\npublisher: Meta\npublished: 2024-05-02\n---\n## Russia\n\nWe removed 40 "
              "accounts of a network we call Grey Kite.\n\n## Nepal\n\nWe removed 30 accounts run from Nepal. We "
              "refer to it as the Himal network.\n")
    assert extract_document(parse_document("r.md", report.encode())).aliases == []


def test_a_notice_s_place_and_date_line_dates_it_and_a_network_s_own_two_names_are_one_network_s() -> None:
    notice = ("REPUBLIC OF THE REPUBLIC\nCOMMISSION ON ELECTIONS\nCapital City\n\nPUBLIC NOTICE\nTask Force on "
              "Integrity\n\nCebu, 14 March 2025 \u2014\n\n1. Meta informed the Commission on Monday that it had "
              "removed 140 Facebook accounts that presented themselves as a network called \"Boses ng Masa\".\n\n"
              "2. TikTok removed 60 accounts of a network that presented itself as \"Bantay Lungsod\" and also posted "
              "under the name \"Tinig sa Bayan\".\n")
    extraction = extract_document(parse_document("n.txt", notice.encode()))
    assert [(f.count, f.announced.isoformat()) for f in extraction.facts][:1] == [(140, "2025-03-10")]  # (Monday)
    assert extraction.facts[0].networks == ["Boses ng Masa"]
    assert extraction.aliases == [("Bantay Lungsod", "Tinig sa Bayan")]


def test_a_report_s_next_country_section_does_not_take_the_network_named_in_the_last() -> None:
    report = ("---\ntitle: Q4 report\npublisher: Meta\npublished: 2025-02-27\n---\n## 1. China\n\nWe removed 380 "
              "Facebook accounts. The lab refers to this activity as \"Paper Gale\".\n\n- **Followers:** About 9,400 "
              "accounts followed one or more of these Pages.\n\n## 2. Russia\n\nWe removed 212 Facebook accounts. We "
              "track this network as Ursa Veil; Microsoft has reported on the same actor under the name Storm-4471."
              "\n\n- **Followers:** About 184,000 accounts followed one or more of these Pages.\n\n## 3. Iran\n\nWe "
              "removed 40 Facebook accounts.\n\n- **Followers:** About 5,100 accounts followed one or more of these "
              "Pages.\n")
    extraction = extract_document(parse_document("q4.md", report.encode()))
    assert [(r.amount, r.origins, r.networks) for r in extraction.reach] == [
        (9400, ["China"], ["Paper Gale"]), (184000, ["Russia"], ["Ursa Veil", "Storm-4471"]), (5100, ["Iran"], [])]
    assert extraction.aliases == [("Ursa Veil", "Storm-4471")]


def test_another_company_that_tracks_the_activity_under_its_own_name_gives_an_alias() -> None:
    story = ("---\ntitle: Platforms act\npublished: 2026-01-20\n---\nThe network, which researchers have nicknamed "
             "\"Sava Echo\", targeted officials in Montenegro. Microsoft's Threat Analysis Center, which tracks the "
             "activity as Storm-2908, said the operation was run from Serbia.\n\nPinterest said it had removed 85 "
             "accounts connected to the network.\n")
    extraction = extract_document(parse_document("c.md", story.encode()))
    assert extraction.aliases == [("Sava Echo", "Storm-2908")]
    assert [f.networks for f in extraction.facts if f.count] == [["Sava Echo"]]


def test_a_named_network_s_reach_is_placed_where_its_figures_are_in_the_end() -> None:
    extraction = extract_document(parse_document("p.md", textwrap.dedent("""\
        ---
        title: Reddit bans network
        published: 2023-06-14
        ---
        Researchers said Puna Relay was a network of fake accounts run from Bolivia.

        Reddit said on Wednesday it had banned 74 accounts tied to Puna Relay.

        The banned accounts had sent roughly 900 tweets, the company said.
        """).encode()))
    assert [(r.measure, r.amount, r.origins, r.networks) for r in extraction.reach] == [
        ("posts", 900, ["Bolivia"], ["Puna Relay"])]


def test_who_a_timeline_s_authors_attribute_its_network_to_ran_each_listed_takedown() -> None:
    facts = facts_of("t.md", """\
        ---
        title: "Salt Moth: a takedown timeline"
        published: 2025-06-02
        ---
        Salt Moth is an influence operation based in Vietnam that has posed as Thai students since 2020. Meta calls \
it "Brine". Our analysts attribute the bulk of the activity to Hoa Sen Media, a content company in Hanoi.

        - **August 2021 — Twitter.** Twitter suspended 310 accounts that posed as students.
        - **May 2023 — Reddit.** Reddit banned 44 accounts that pushed the operation's slogans.
        """)
    assert [(f.count, f.networks, f.origins, f.linked_to, f.announced.isoformat()) for f in facts] == [
        (310, ["Salt Moth"], ["Vietnam"], ["Hoa Sen Media"], "2021-08-01"),
        (44, ["Salt Moth"], ["Vietnam"], ["Hoa Sen Media"], "2023-05-01")]


def test_where_a_named_platform_said_its_network_came_from_places_its_figures_told_before_another_s() -> None:
    story = ("<html><body><article><h1>Meta, X remove accounts ahead of Togo's vote</h1>"
             "<p class=\"byline\">By A. Mensah · December 2, 2024</p>"
             "<p>LOME - Meta has removed 140 Facebook accounts and 22 Pages linked to a network that impersonated "
             "pastors, the company said on Monday.</p><p>X said in a separate statement that it had suspended 96 "
             "accounts from the same network.</p><p>Researchers at the Lome-based Baobab Lab, who shared their "
             "findings with both companies in October, said it was run by a firm in Kara.</p><p>Meta said only that "
             "the network originated in Togo.</p></article></body></html>")
    facts = extract_document(parse_document("t.html", story.encode())).facts
    # (the month the lab shared its findings dates the tip, not X's suspension)
    assert [(f.platform, f.count, f.origins, f.announced.isoformat()) for f in facts if f.platform == "Facebook"] == [
        ("Facebook", 140, ["Togo"], "2024-12-02"), ("Facebook", 22, ["Togo"], "2024-12-02")]
    assert [(f.count, f.announced.isoformat()) for f in facts if f.platform == "Twitter"] == [(96, "2024-12-02")]


def test_a_report_s_reach_lines_are_each_section_s_network_s_and_a_figure_s_own_takedown_s() -> None:
    extraction = extract_document(parse_document("r.md", textwrap.dedent("""\
        ---
        title: Threat report
        publisher: Meta
        published: 2025-08-21
        ---
        ## 1. Iran: "Cedar Well"

        We removed 87 Facebook accounts. It was connected to the "Fig Wire" network we removed in 2021.

        Advertising: about $4,100 in spending for ads on Facebook.

        ## 2. China: "Chimney Choir"

        We removed 1,176 Facebook accounts.

        Advertising: about $9,300 in spending for ads on Facebook.
        """).encode()))
    assert [(r.amount, r.networks) for r in extraction.reach] == [(4100, ["Cedar Well"]), (9300, ["Chimney Choir"])]


def test_a_reach_figure_told_after_a_takedown_tied_to_a_firm_is_of_no_network_named_before() -> None:
    extraction = extract_document(parse_document("y.md", textwrap.dedent("""\
        ---
        title: The year in takedowns
        published: 2024-01-05
        ---
        In September Meta removed a China-based network it named Sea Lantern.

        In March, LinkedIn removed more than 900 fake profiles linked to Prairie Gate Strategies, a lobbying firm. \
LinkedIn later reinstated 140 of the profiles after appeals.
        """).encode()))
    assert [(r.measure, r.amount, r.networks) for r in extraction.reach] == [("reinstated", 140, [])]


def test_a_host_s_hearsay_figure_put_right_by_the_guest_is_the_guest_s_figure() -> None:
    facts = facts_of("p.md", """\
        ---
        title: "Episode 9: inside a platform's integrity team"
        published: 2025-01-16
        ---
        HOST: Let's start with Malawi. I read that TikTok took down about 7,420 accounts in that one.

        GUEST: I have to correct that, actually. It was 742 accounts. Somebody added a zero.
        """)
    assert [(f.platform, f.count, f.qualifier) for f in facts] == [("TikTok", 742, "exact")]


def test_a_count_of_networks_named_for_their_behaviour_is_a_count_of_networks() -> None:
    [counted] = counted_units("It has dismantled more than 240 coordinated inauthentic behavior networks since 2017.")
    assert (counted.count.value, counted.unit) == (240, "networks")


def test_a_council_s_press_release_lists_removals_aimed_at_its_country_s_election() -> None:
    release = textwrap.dedent("""\
        MALAWI ELECTORAL INTEGRITY COUNCIL
        PRESS RELEASE

        Lilongwe, 2 September 2025

        The Malawi Electoral Integrity Council wishes to inform the public of referrals it made about networks that \
spread false claims about the general elections scheduled for 16 September 2025.

        Following the Council's requests, the platforms have reported the following actions:

        1. Meta removed 120 Facebook accounts and 30 Instagram accounts.
        2. TikTok removed 610 accounts.

        Altogether, more than 750 accounts were removed across Facebook, Instagram and TikTok.

        Parts of the network were operated from outside Malawi, including from Zambia.
        """)
    facts = extract_document(parse_document("mw.txt", release.encode())).facts
    assert [(f.platform, f.count, f.targets, f.scope) for f in facts] == [
        ("Facebook", 120, ["Malawi"], None), ("Facebook", 30, ["Malawi"], None), ("TikTok", 610, ["Malawi"], None),
        ("Facebook", 750, [], "cumulative")]
    assert facts[-1].origins == ["Zambia"]  # (not Malawi, which it was run from outside of)


def test_a_network_s_heading_in_capitals_keeps_its_country_and_its_name_as_the_prose_writes_them() -> None:
    facts = facts_of("b.md", """\
        ---
        title: "Bulletin: Q2 2024"
        publisher: Google
        published: 2024-07-20
        ---
        ## April

        ### MOTHWING (PRC)

        We terminated 120 YouTube channels linked to the PRC. We track this network as MOTHWING.

        ## May

        ### MOTHWING (PRC)

        We terminated 85 YouTube channels as part of our ongoing investigation into operations linked to the PRC.
        """)
    assert [(f.count, f.origins, f.networks) for f in facts] == [
        (120, ["China"], ["MOTHWING"]), (85, ["China"], ["MOTHWING"])]


def test_an_archive_s_accounts_are_disclosed_and_a_name_stays_with_its_own_country_s_figure() -> None:
    story = ("SAN FRANCISCO, Oct. 18 (Wire) -- Twitter on Thursday released a public archive of tweets from "
             "state-backed campaigns.\n\nThe archive holds data from 2,100 accounts that the company linked to the "
             "Volga Desk, a troll operation based in Russia, and from 540 accounts that it described as originating "
             "in Iran.\n")
    facts = extract_document(parse_document("a.txt", story.encode())).facts
    assert [(f.count, f.origins, f.networks, f.scope) for f in facts] == [
        (2100, ["Russia"], ["Volga Desk"], "disclosed"), (540, ["Iran"], [], "disclosed")]


def test_a_lab_s_name_and_the_platform_s_for_one_network_are_aliases_and_reinstated_accounts_no_removal() -> None:
    extraction = extract_document(parse_document("l.md", textwrap.dedent("""\
        ---
        title: "Date Palm: what we know"
        published: 2019-12-23
        ---
        Twitter suspended 1,200 accounts that it tied to Sand Reach, a marketing firm in Riyadh. Twitter calls this \
the "Sand Reach network".

        We know the same cluster by another name. We have been tracking it internally as **Date Palm**.

        At least 70 accounts that Twitter suspended in an earlier sweep of this network have since been reinstated.
        """).encode()))
    assert ("Date Palm", "Sand Reach") in extraction.aliases
    assert [f.count for f in extraction.facts if f.count] == [1200]
    assert [(r.measure, r.amount) for r in extraction.reach] == [("reinstated", 70)]


def test_another_namer_s_name_for_a_section_s_network_and_a_lab_s_own_list_sent_to_a_platform() -> None:
    report = extract_document(parse_document("o.md", textwrap.dedent("""\
        ---
        title: Disrupting malicious uses
        publisher: OpenAI
        published: 2025-06-12
        ---
        ## Salt Tide (Iran)

        We banned 18 accounts linked to an Iranian operation. We began after a tip from a partner, which tracks the \
same actor as Storm-9001. We refer to it as Salt Tide.
        """).encode()))
    assert ("Salt Tide", "Storm-9001") in report.aliases
    blog = extract_document(parse_document("l.md", textwrap.dedent("""\
        ---
        title: What we know about Date Palm
        publisher: Lantern Analytics Lab
        published: 2019-12-23
        ---
        Twitter suspended 1,200 accounts last week.

        In October we sent Twitter a list of 600 accounts that we believed were coordinated.
        """).encode()))
    assert [(tip.source, tip.platform) for tip in blog.tips] == [("Lantern Analytics Lab", "Twitter")]


def test_a_table_by_quarter_gives_each_quarter_s_totals_across_its_networks() -> None:
    facts = facts_of("s.md", """\
        ---
        title: Annual summary
        publisher: TikTok
        published: 2026-01-29
        ---
        | Quarter | Networks disrupted | Accounts in networks | Accounts removed for trying to re-establish |
        |---|---|---|---|
        | Q3 2025 | 14 | 7,205 | 1,592 |
        | Q4 2025 | 8 | 1,938 | 703 |
        """)
    # (and the accounts of networks coming back, in a column of their own)
    assert [(f.count, f.unit, f.announced.isoformat(), f.scope) for f in facts] == [
        (14, "networks", "2025-09-01", "cumulative"), (7205, "accounts", "2025-09-01", "cumulative"),
        (1592, "accounts", "2025-09-01", "returning"),
        (8, "networks", "2025-12-01", "cumulative"), (1938, "accounts", "2025-12-01", "cumulative"),
        (703, "accounts", "2025-12-01", "returning")]


def test_a_correction_s_wrong_ad_spending_is_no_reach_figure() -> None:
    extraction = extract_document(parse_document("c.md", textwrap.dedent("""\
        ---
        title: Facebook removes network
        published: 2020-09-01
        ---
        Facebook removed 80 accounts that originated in Peru. The network spent about $412,000 on ads.

        *Correction: An earlier version of this article stated that the network spent $214,000 on ads; the correct \
figure is $412,000.*
        """).encode()))
    assert [r.amount for r in extraction.reach] == [412000]


def test_a_retrospective_s_number_that_fell_to_a_figure_is_that_year_s_removal() -> None:
    facts = facts_of("r.md", """\
        ---
        title: Five years of Mica Lantern
        published: 2025-04-08
        ---
        ## 2022

        YouTube terminated 14,215 Mica Lantern channels in 2022.

        ## 2023

        The number fell to 6,048 channels in 2023.
        """)
    assert [(f.count, f.announced.isoformat(), f.date_precision) for f in facts] == [
        (14215, "2022-01-01", "year"), (6048, "2023-01-01", "year")]


def test_the_others_countries_told_after_a_figure_are_not_its_own() -> None:
    [fact] = facts_of("r.md", """\
        ---
        title: Roundup
        publisher: X
        published: 2025-08-20
        ---
        The largest network, with 2,045 accounts we suspended, was tied to the Venezuelan government; the others were \
run from Pakistan and Ethiopia.
        """)
    assert fact.origins == ["Venezuela"]


@pytest.mark.parametrize(("sentence", "source"), [
    ("The tip came from a Fijian research group.", "Fijian research group"),  # (not "Fijian")
    ("Meta acted on a referral from a US federal law enforcement agency.", "US federal law enforcement agency"),
    ("Meta acted on a tip from Moldovan fact-checkers.", "Moldovan fact-checkers"),
    ("The tip came from a Fijian research group, Reef Watch Collective.", "Reef Watch Collective"),
])
def test_a_source_described_by_its_country_is_the_description_or_the_name_after_it(sentence: str,
                                                                                     source: str) -> None:
    text = f"SUVA, May 3, 2024 (Wire) - Meta said on Thursday it had removed 88 Facebook accounts. {sentence}\n"
    tips = extract_document(parse_document("w.txt", text.encode())).tips
    assert [(t.platform, t.source) for t in tips] == [("Facebook", source)]


def test_a_country_a_firm_is_from_is_no_tip_source() -> None:
    text = ("SUVA, May 3, 2024 (Wire) - Meta said on Thursday it had removed 88 Facebook accounts. Fiji's Ministry of "
            "Information said it had opened a review of posts commissioned by clients from Fijian marketing firms.\n")
    assert extract_document(parse_document("w.txt", text.encode())).tips == []


def test_who_ran_a_network_is_read_after_where_it_was_run_from() -> None:
    assert linked_entities("Meta said the accounts were run from Fiji by staff of Coral Pixel, a studio in Suva.") == [
        "staff of Coral Pixel"]


def test_channels_a_government_asked_a_platform_to_block_were_not_removed() -> None:
    text = ("---\ntitle: Embassy statement\npublished: 2023-09-07\n---\nMeta said it had removed 310 Facebook accounts "
            "run from Russia. Moldovan officials have also asked the messaging app Telegram to block 41 channels that "
            "spread the same claims. Telegram has not acted on the request.\n")
    assert [(f.platform, f.count) for f in facts_of("e.md", text)] == [("Facebook", 310)]


@pytest.mark.parametrize("sentence", [
    "Meta said its investigation built on research by the Narva Signal Lab.",
    "Meta's post said that the investigation had built on research shared by the Narva Signal Lab, a group in Tartu.",
])
def test_research_a_platform_s_investigation_built_on_is_a_tip(sentence: str) -> None:
    text = f"---\ntitle: Statement\npublished: 2023-09-07\n---\nMeta removed 310 Facebook accounts. {sentence}\n"
    tips = extract_document(parse_document("e.md", text.encode())).tips
    assert [(t.platform, t.source) for t in tips] == [("Facebook", "Narva Signal Lab")]


def test_where_a_platform_is_from_is_not_where_the_network_is_from() -> None:
    assert country_roles("We read the report by the US company Facebook, which says it removed 88 accounts.")[0] == []
    assert country_roles("The American tech giant Meta said it removed 50 accounts run from Iran.")[0] == ["Iran"]
    assert country_roles("It removed Iranian Facebook accounts.")[0] == ["Iran"]


def test_a_rebuttal_s_request_the_platform_ignored_and_the_tipster_s_city_are_not_the_takedown_s() -> None:
    text = ("SUCRE, Nov. 3 (Wire) -- Officials on Wednesday rejected Twitter's claim about a network.\n\n"
            'Twitter said on Monday it had suspended 880 accounts forming a network operated by the "Juventud Digital '
            'Andina", a volunteer group. The company said it had been alerted by researchers at the Observatorio '
            "Sur, a group based in Santiago.\n\nA minister said Twitter had ignored a request made by his office in "
            "July to suspend 2,300 accounts.\n")
    facts = extract_document(parse_document("rebuttal_2021.txt", text.encode())).facts
    assert [(f.count, f.origins, f.linked_to, str(f.announced)) for f in facts] == [
        (880, [], ["Juventud Digital Andina"], "2021-11-01")]


@pytest.mark.parametrize(("sentence", "linked"), [
    ('Meta said the Pages were run by the "Frente Azul", a youth group.', ["Frente Azul"]),
    ('It was connected to the "Pomegranate Wire" network we removed in 2021.', []),  # (a network, by its name)
    ('Reddit banned 12 accounts linked to "Grey Lantern," a Russia-based campaign.', []),
])
def test_who_ran_a_network_may_be_named_in_quotes(sentence: str, linked: list[str]) -> None:
    assert linked_entities(sentence) == linked


@pytest.mark.parametrize(("sentence", "source"), [
    ("The company said the network was flagged to it by researchers at the Munich-based Institut für Netzkultur.",
     "Institut für Netzkultur"),
    ("Snap said it removed the network after a tip from a Lyon startup.", "Lyon startup"),  # (not "Lyon")
    ("Snap removed 410 fake profiles that Quillmark had flagged to the company.", "Quillmark"),
])
def test_tip_sources_in_trade_press(sentence: str, source: str) -> None:
    text = f"---\ntitle: Brief\npublished: 2025-02-20\n---\nSnap said it had removed 410 accounts. {sentence}\n"
    tips = extract_document(parse_document("b.md", text.encode())).tips
    assert [(t.platform, t.source) for t in tips] == [("Snapchat", source)]


def test_a_smaller_platform_s_own_figure_is_its_own() -> None:
    text = ("---\ntitle: Beyond the giants\npublished: 2025-06-26\n---\n**Discord.** Discord removed servers tied to "
            "a Russian operation.\n\n**Quora.** Quora removed about 230 accounts from a network in India.\n")
    assert [(f.platform, f.count) for f in facts_of("g.md", text)] == [("Discord", None), ("Quora", 230)]


def test_a_tip_told_right_after_an_earlier_month_s_figure_is_about_its_network() -> None:
    text = ("---\ntitle: Beyond the giants\npublished: 2025-06-26\n---\n**Bluesky.** The network removed 312 accounts "
            "in April that posed as American voters and were linked to China. Bluesky said it acted after a tip from "
            "independent researcher Ana Petrescu.\n")
    tips = extract_document(parse_document("g.md", text.encode())).tips
    assert [(t.platform, t.source, t.about, str(t.announced)) for t in tips] == [
        ("Bluesky", "Ana Petrescu", "China", "2025-04-01")]


def test_a_quarter_s_networks_told_together_are_a_total_and_the_biggest_of_them_its_own() -> None:
    text = ("---\ntitle: Scorecard\npublished: 2024-05-16\n---\nTikTok removed 11 networks for the quarter, "
            "comprising 6,310 accounts in all. The biggest by far operated from Kenya: 2,204 accounts.\n")
    assert [(f.count, f.unit, f.scope, f.origins) for f in facts_of("s.md", text)] == [
        (11, "networks", "cumulative", []), (6310, "accounts", "cumulative", []), (2204, "accounts", None, ["Kenya"])]


@pytest.mark.parametrize(("sentence", "source"), [
    ("Kovac said the investigation began after the Split weekly Morski Glas published a report on the Pages.",
     "Morski Glas"),
    ("Twitter said its investigation was prompted by reporting from Ana Kovac, a journalist at a Split weekly.",
     "Ana Kovac"),
])
def test_whose_reporting_set_off_a_platform_s_investigation_tipped_it_off(sentence: str, source: str) -> None:
    text = f"---\ntitle: Case\npublished: 2018-10-25\n---\nTwitter said it had suspended 440 accounts. {sentence}\n"
    tips = extract_document(parse_document("c.md", text.encode())).tips
    assert [(t.platform, t.source) for t in tips] == [("Twitter", source)]


def test_an_owned_app_is_the_one_that_acted_and_who_ran_it_follows_where_from() -> None:
    text = ("---\ntitle: Case\npublished: 2018-10-25\n---\nTwitter said it had suspended 440 accounts operated from "
            "Croatia and the United Arab Emirates by Jadran Reach, a marketing firm. Facebook-owned Instagram said it "
            "had removed 61 accounts linked to the same company.\n")
    assert [(f.platform, f.count, f.linked_to) for f in facts_of("c.md", text)] == [
        ("Twitter", 440, ["Jadran Reach"]), ("Instagram", 61, ["Jadran Reach"])]


def test_lists_a_ministry_submitted_that_were_not_acted_on_are_no_takedowns() -> None:
    text = ("---\ntitle: Brief\npublished: 2025-03-14\n---\nTwitter suspended 310 accounts in May 2024. Lists sent by "
            "ministries, such as the 900 accounts reported to Facebook by a ministry in 2020 or the 2,100 accounts "
            "whose suspension an agency requested from Twitter in 2021, were, as far as we can tell, not acted on.\n")
    assert [(f.platform, f.count) for f in facts_of("b.md", text)] == [("Twitter", 310)]


def test_a_bracketed_case_s_platform_and_date_are_not_the_sentence_s_own() -> None:
    text = ("---\ntitle: Brief\npublished: 2025-03-14\n---\nExamples include Armenia (Facebook, May 2020) and Peru, "
            "where Twitter suspended 1,220 accounts in October 2021.\n")
    assert [(f.platform, f.count, str(f.announced)) for f in facts_of("b.md", text)] == [
        ("Twitter", 1220, "2021-10-01")]


def test_a_tip_told_with_its_takedown_is_about_where_the_network_came_from() -> None:
    text = ("---\ntitle: Funding\npublished: 2024-09-12\n---\nIn June, LinkedIn removed 1,340 fake recruiter "
            "profiles that Quillmark had flagged to the company. The profiles were run from North Korea, LinkedIn "
            "said.\n")
    tips = extract_document(parse_document("f.md", text.encode())).tips
    assert [(t.platform, t.source, t.about) for t in tips] == [("LinkedIn", "Quillmark", "North Korea")]


@pytest.mark.parametrize(("second", "origins"), [
    ("According to Ines, Pinterest removed 1,480 accounts in March that pinned copied product images.", ["Vietnam"]),
    ("In March, Pinterest removed 1,480 accounts that pinned copied product images.", []),  # (a scene of its own)
])
def test_a_lead_s_figure_told_next_with_its_own_earlier_date_is_the_lead_s(second: str, origins: list[str]) -> None:
    text = ("---\ntitle: Talk\npublished: 2023-06-15\n---\nInes Duarte walked through how Pinterest took down a "
            f"network run by a click farm based in Hanoi, Vietnam. {second}\n")
    assert [(f.count, f.origins) for f in facts_of("t.md", text)] == [(None, ["Vietnam"]), (1480, origins)]


def test_a_removal_s_own_month_wins_over_the_week_it_was_disclosed_in() -> None:
    text = ("---\ntitle: Launch\npublished: 2025-09-18\n---\nIn a separate disclosure this week, TikTok said that in "
            "August it removed 1,210 accounts in a network operated from Peru.\n")
    assert [(f.count, str(f.announced), f.date_precision) for f in facts_of("l.md", text)] == [
        (1210, "2025-08-01", "month")]


def test_both_countries_are_the_two_the_sentence_named_before() -> None:
    assert country_roles("The videos praised the army in Mali and a faction in northern Chad, and targeted viewers in "
                         "both countries, Google said.")[:2] == ([], ["Mali", "Chad"])
    assert country_roles("The videos, made in Egypt, praised leaders of Mali, Chad and Niger, and targeted viewers in "
                         "both countries.")[1] == []  # (three named: which two, the sentence does not say)


ADVISORY = """---
title: "Advisory 2023-019: Inauthentic network 'Teal Harbor' targeting Vietnamese audiences"
publisher: National Cyber Agency
published: 2023-10-06
---
# Advisory 2023-019

In June 2023 the Agency found a network of fake accounts, which it tracks as "Teal Harbor". On 21 July 2023 the \
Agency shared indicators for the network with Meta and TikTok.

- Meta informed the Agency that in September 2023 it removed 310 Facebook accounts belonging to the network, and that \
it assessed the network as originating in China.
- TikTok said that in 2022 it had removed about 60 accounts from an earlier version of the same network.
- As of the date of this advisory, the 120 TikTok accounts referred by the Agency remain online pending review.
"""


def test_an_advisory_titled_with_its_one_network_names_and_aims_its_figures_whenever_they_were_removed() -> None:
    assert [(f.platform, f.count, f.networks, f.origins, f.targets) for f in facts_of("a.md", ADVISORY)] == [
        ("Facebook", 310, ["Teal Harbor"], ["China"], ["Vietnam"]),
        ("TikTok", 60, [], [], [])]  # (a forerunner's; and the 120 still online were not removed)


def test_an_agency_that_shared_indicators_with_platforms_tipped_each_off_on_the_day_it_opens_with() -> None:
    advisory = ADVISORY.replace("On 21 July 2023 the Agency shared", "On Friday, 21 July 2023, the NCA shared")
    tips = extract_document(parse_document("a.md", advisory.encode())).tips
    assert [(t.platform, t.source, str(t.tipped)) for t in tips] == [
        ("Facebook", "NCA", "2023-07-21"), ("TikTok", "NCA", "2023-07-21"), ("TikTok", "National Cyber Agency", "None")]


def test_a_long_proper_name_is_who_a_network_was_linked_to() -> None:
    assert linked_entities("Meta said the network was linked to individuals associated with the Directorate of Public "
                           "Outreach of the Ministry of Foreign Affairs.") == [
        "Directorate of Public Outreach of the Ministry of Foreign Affairs"]
    assert linked_entities("It was linked to people who ran a number of small marketing and public relations "
                           "firms in Lagos and Accra.") == []  # (a long description is none)


def test_a_thread_s_hashtag_names_its_network_and_dozens_of_the_mirror_accounts_count() -> None:
    text = ("Thread by Dr. Ama Owusu (@ama_osint)\nPosted 14 Mar 2024\n\n1/5 The network we have been calling "
            "#CoastalRelay is gone from TikTok. TikTok confirmed to us yesterday that it removed 212 accounts tied to "
            "it.\n\n2/5 Instagram also took down dozens of the mirror accounts that re-posted the same clips.\n")
    assert [(f.platform, f.count_text, f.networks) for f in facts_of("t.txt", text)] == [
        ("TikTok", "212", ["Coastal Relay"]), ("Instagram", "dozens of", [])]
    assert counted_units("Meta removed hundreds of the accounts.") == []  # (a share of those told, not a count)


LAB_POST = """---
title: "Operation Gato Pardo: what we found, and what Meta took down"
publisher: Southlight Lab
published: 2021-06-10
---

# Operation Gato Pardo: what we found, and what Meta took down

We found that the network was run from Chile. We reported it to Meta on 3 May 2021.

On Tuesday, Meta told us it had removed 210 Facebook accounts for coordinated inauthentic behavior.

Our 2020 report covered a much smaller cluster of 23 accounts that no platform has removed so far.
"""


def test_a_lab_s_post_opening_on_an_operation_s_name_gives_it_to_the_figures_and_no_platform_removed_none() -> None:
    assert network_names("Operation Gato Pardo: what we found") == ["Operation Gato Pardo"]
    assert network_names("Coral Bay: A Commercial Influence Operation Targeting Pacific Island Audiences") == []
    assert [(f.platform, f.count, f.networks, f.origins) for f in facts_of("l.md", LAB_POST)] == [
        ("Facebook", 210, ["Operation Gato Pardo"], ["Chile"])]


def test_official_accounts_on_a_messaging_app_and_the_report_that_opened_the_investigation() -> None:
    text = ("---\ntitle: LINE acts\npublished: 2025-07-16\n---\nLINE said on Tuesday that it had suspended 318 "
            "official accounts run by a PR firm in Osaka. The company said it opened its investigation after "
            "receiving a report in late June from Kansai Check Desk, a volunteer group.\n")
    assert [(f.platform, f.count) for f in facts_of("l.md", text)] == [("LINE", 318)]
    assert [(t.platform, t.source) for t in extract_document(parse_document("l.md", text.encode())).tips] == [
        ("LINE", "Kansai Check Desk")]


def test_a_table_s_figure_told_again_below_it_is_one_takedown_placed_as_told() -> None:
    text = ("---\ntitle: Report\npublished: 2023-11-20\n---\nThe network was run from Macau.\n\n"
            "    Platform   Action                     When            Figure\n"
            "    LINE       official accounts closed   October 2023    46 accounts\n\n"
            "LINE's operator in Japan told us the 46 official accounts were closed for breaching its rules.\n")
    assert [(f.platform, f.count, str(f.announced)) for f in facts_of("r.md", text)] == [
        ("LINE", 46, "2023-10-01")]
    assert country_roles("LINE's operator in Japan told us the accounts were closed.")[0] == []


def test_a_korean_notice_s_portals_and_dotted_date() -> None:
    text = ("ELECTION COMMISSION\n\nPUBLIC NOTICE No. 2024-C-09\nDate of issue: 2024. 3. 29.\n\nNaver informed the "
            "Commission that it had permanently suspended 826 of the referred accounts. Kakao reported that it had "
            "closed 242 KakaoTalk accounts.\n")
    document = parse_document("n.txt", text.encode())
    assert str(document.published) == "2024-03-29"
    assert [(f.platform, f.count) for f in extract_document(document).facts] == [("Naver", 826), ("Kakao", 242)]


def test_an_announcement_of_last_week_dates_the_figures_told_after_it() -> None:
    text = ("---\ntitle: Notes\npublished: 2022-05-12\n---\nMeta announced on Wednesday of last week that it had "
            "removed the network we call \"Project Kalesa\".\n\nAccording to Meta's announcement, it removed 292 "
            "Facebook accounts.\n")
    assert [(f.count, str(f.announced)) for f in facts_of("n.md", text)] == [(None, "2022-05-04"), (292, "2022-05-04")]


def test_a_thread_s_correction_gives_the_figure_the_platform_s_report_has() -> None:
    text = ("Ama Owusu (@ama) · thread\nTue 24 Sep 2024 · 08:15 GMT\n\nCORRECTION 2/5 I wrote that Instagram removed "
            "720 accounts. That's a transposition, my fault. The figure in Meta's report is 270 Instagram accounts.\n")
    assert [(f.platform, f.count) for f in facts_of("c.txt", text)] == [("Instagram", 270)]


def test_the_accounts_placed_after_two_platforms_figures_of_the_same_day_are_both_placed() -> None:
    text = ("---\ntitle: Post\npublished: 2026-02-03\n---\nX told me on Monday that it has suspended more than 900 "
            "accounts from the network. TikTok removed 66 accounts on the same day.\n\nThe accounts were run from "
            "Brazil and targeted voters in Portugal.\n")
    assert [(f.platform, f.origins, f.targets) for f in facts_of("p.md", text)] == [
        ("Twitter", ["Brazil"], ["Portugal"]), ("TikTok", ["Brazil"], ["Portugal"])]


def test_a_platform_that_only_hosts_someone_s_post_is_not_the_we_of_the_post() -> None:
    text = ("---\ntitle: Post\npublisher: \"Bluesky (post by @ana.example)\"\npublished: 2026-02-03\n---\nWe found the "
            "network in December. We removed 40 accounts from our list on Monday.\n")
    assert facts_of("p.md", text) == []


def test_what_a_year_s_networks_account_for_together_is_a_total() -> None:
    text = ("---\ntitle: Post\npublished: 2023-10-17\n---\nDiscord removed 1,208 accounts tied to Vietnam. It is our "
            "9th network takedown of 2023, and together those 9 networks account for 12,770 accounts.\n")
    assert [(f.count, f.scope) for f in facts_of("p.md", text) if f.unit == "accounts"] == [
        (1208, None), (12770, "cumulative")]


def test_a_group_that_sent_them_a_report_tipped_the_platform_just_named() -> None:
    text = ("---\ntitle: Talk\npublished: 2019-10-02\n---\nFacebook removed 104 Pages in July. Before that, the "
            "Faro Data Centre sent them a report with about 80 Pages in April.\n")
    assert [(t.platform, t.source) for t in extract_document(parse_document("t.md", text.encode())).tips] == [
        ("Facebook", "Faro Data Centre")]


def test_a_platform_s_own_handle_as_publisher_is_still_the_we_of_its_post() -> None:
    text = ("---\ntitle: Update\npublisher: \"Twitter Safety (@TwitterSafety)\"\npublished: 2020-10-08\n---\nToday we "
            "removed 104 accounts originating in Iran.\n")
    assert [(f.platform, f.count) for f in facts_of("u.md", text)] == [("Twitter", 104)]


def test_a_review_written_weeks_after_its_one_takedown_names_the_figures_that_point_back_at_it() -> None:
    text = ("---\ntitle: Review of the campaign\npublished: 2023-11-20\n---\nWe call the network Teal Current. It was "
            "run from Macau.\n\nIn September, X suspended 930 accounts belonging to the network. In October, LINE "
            "closed 46 official accounts in the network.\n\nTikTok had earlier removed 212 accounts of the network in "
            "May.\n")
    assert [(f.platform, f.count, f.networks) for f in facts_of("r.md", text)] == [
        ("Twitter", 930, ["Teal Current"]), ("LINE", 46, ["Teal Current"]), ("TikTok", 212, [])]


@pytest.mark.parametrize(("sentence", "source"), [
    ("Harwick Lab in Lisbon supplied the tip that started Meta's review.", "Harwick Lab"),
    ("Meta credited researchers at the Oriel Institute with the original tip.", "Oriel Institute"),
])
def test_a_tip_s_source_is_the_group_not_its_city_nor_its_researchers(sentence: str, source: str) -> None:
    text = f"---\ntitle: Brief\npublished: 2024-05-10\n---\nMeta removed 120 Facebook accounts run from Chile. " \
        f"{sentence}\n"
    assert [(t.platform, t.source) for t in extract_document(parse_document("b.md", text.encode())).tips] == [
        ("Facebook", source)]


def test_a_tip_denied_in_the_next_sentence_is_no_tip() -> None:
    text = ("---\ntitle: Corrections\npublished: 2024-05-17\n---\n- **Plover.** We wrote that the Oriel Institute "
            "tipped Meta off about Plover. It did not. The tip came from Harwick Lab.\n")
    extraction = extract_document(parse_document("c.md", text.encode()))
    assert [(t.platform, t.source) for t in extraction.tips] == [("Facebook", "Harwick Lab")]
    assert [(t.platform, t.source) for t in extraction.denied_tips] == [("Facebook", "Oriel Institute")]


@pytest.mark.parametrize("sentence", [
    "While we were away: on 14 March X suspended 2,210 accounts from Amber Kite.",
    "The month began with X suspending 2,210 accounts from Amber Kite.",
    "X suspends 2,210 accounts from Amber Kite.",
])
def test_x_is_the_platform_after_a_day_first_date_and_before_a_verb_in_any_tense(sentence: str) -> None:
    text = f"---\ntitle: Digest\npublished: 2024-03-20\n---\nTelegram was quiet. {sentence}\n"
    assert [(f.platform, f.count) for f in facts_of("d.md", text)] == [("Twitter", 2210)]


@pytest.mark.parametrize(("sentence", "name"), [
    ("X suspended 2,210 accounts from Amber Kite, the network that poses as nurses.", "Amber Kite"),
    ("Bluesky removed 640 accounts from Salt Lantern, a Chile-based network of fake local news sites.",
     "Salt Lantern"),
])
def test_a_name_then_the_network_it_is_names_the_figure(sentence: str, name: str) -> None:
    text = f"---\ntitle: Digest\npublished: 2024-03-20\n---\n{sentence}\n"
    assert [f.networks for f in facts_of("d.md", text)] == [[name]]


def test_a_paragraph_s_label_names_the_network_of_its_figures() -> None:
    text = ("---\ntitle: Ledger\npublished: 2024-07-01\n---\nTen takedowns that mattered.\n\n"
            "1. Amber Kite (X). X suspended 2,210 accounts in March. It posed as nurses.\n\n"
            "2. Meta and Brightwell. Meta removed 80 Facebook accounts run by Brightwell Media, a firm in Lagos.\n\n"
            "3. Google and Salt Lantern. Google terminated 51 YouTube channels. Later TAG added two more entries: "
            "Dune Choir (12 channels) and a Peruvian network (9 channels).\n\n"
            "The ones without numbers. Telegram blocked 30 channels.\n")
    assert [(f.count, f.networks) for f in facts_of("l.txt", text)] == [
        (2210, ["Amber Kite"]), (80, []), (51, ["Salt Lantern"]), (12, []), (9, []), (30, [])]


def test_a_page_s_paragraph_label_names_only_its_own_line() -> None:
    html = ("<html><head><title>Quarter</title></head><body><p><strong>X and Amber Kite.</strong> X suspended 2,210 "
            "accounts in January.</p><p><strong>The rest.</strong> Telegram blocked 30 channels.</p></body></html>")
    facts = extract_document(parse_document("q.html", html.encode())).facts
    assert [(f.count, f.networks) for f in facts] == [(2210, ["Amber Kite"]), (30, [])]


def test_figures_of_an_earlier_version_of_a_network_are_not_that_network_s() -> None:
    text = ("---\ntitle: Quarter\npublished: 2025-04-04\n---\nX and Amber Kite. In January X suspended 2,210 accounts "
            "from a network known as Amber Kite. In 2024 it had suspended 1,004 accounts from an earlier version of "
            "Amber Kite.\n")
    assert [(f.count, f.networks) for f in facts_of("q.md", text)] == [(2210, ["Amber Kite"]), (1004, [])]


def test_the_same_operation_after_a_figure_in_the_sentence_is_that_figure_s_not_one_told_paragraphs_before() -> None:
    text = ("---\ntitle: Quarter\npublished: 2025-04-04\n---\nTikTok removed 700 accounts from a China-based "
            "network.\n\nThat was February. March was busier. Few expected it. Then, on March 11, Meta removed "
            "214 Facebook accounts in an Iran-origin network, and X said it had suspended 1,146 accounts from the "
            "same operation.\n")
    assert [(f.platform, f.count, f.origins) for f in facts_of("q.md", text)] == [
        ("TikTok", 700, ["China"]), ("Facebook", 214, ["Iran"]), ("Twitter", 1146, ["Iran"])]


ENCYCLOPEDIA_ENTRY = """\
# Amber Kite

**Amber Kite** (Spanish: *Cometa Ámbar*; also called **Cometa** in some reports) is the name researchers gave to a
network that targeted audiences in Chile.[1] Researchers tied it to a firm in Lima.[2]

## Enforcement

- **Meta** announced on 3 May 2024 that it had removed 410 Facebook accounts.[3]
- **TikTok** reported removing 95 accounts in May 2024.[4]

Meta noted that in June 2023 it had removed 61 Facebook accounts as part of an earlier, unnamed enforcement.[5]

*This page was last edited on 2 February 2025, at 10:00 (UTC).*
"""


def test_an_encyclopedia_entry_names_its_network_s_figures_and_not_an_earlier_separate_one() -> None:
    extraction = extract_document(parse_document("amber-kite.md", ENCYCLOPEDIA_ENTRY.encode()))
    assert [(f.platform, f.count, f.networks, f.announced) for f in extraction.facts if f.count_text] == [
        ("Facebook", 410, ["Amber Kite"], dt.date(2024, 5, 3)), ("TikTok", 95, ["Amber Kite"], dt.date(2024, 5, 1)),
        ("Facebook", 61, [], dt.date(2023, 6, 1))]
    assert extraction.aliases == [("Amber Kite", "Cometa")]


def test_who_a_platform_attributed_the_takedown_just_told_to_is_linked_to_it() -> None:
    text = ("---\ntitle: Report\npublished: 2020-12-10\n---\nOn December 8, 2020, Meta said it had removed 183 "
            "Facebook accounts in a network we call \"Amber Kite.\"[^1] Meta attributed the activity to individuals "
            "associated with Volga Press, a content firm.[^2]\n")
    assert [f.linked_to for f in facts_of("r.md", text)] == [["individuals associated with Volga Press"]]


def test_each_clause_joined_by_and_keeps_its_own_date() -> None:
    text = ("---\ntitle: Report\npublished: 2024-11-27\n---\nAfter our referral, X suspended 1,130 accounts on 24 "
            "October 2024, and Meta removed 327 Facebook accounts on 8 November 2024.\n")
    assert [(f.platform, f.announced) for f in facts_of("r.md", text)] == [
        ("Twitter", dt.date(2024, 10, 24)), ("Facebook", dt.date(2024, 11, 8))]


def test_a_release_s_list_of_what_each_platform_removed_is_placed_named_and_dated_by_its_lead() -> None:
    text = ("---\ntitle: Removal of the Heron network\npublished: 2024-07-19\n---\nThe Ministry welcomes the removal "
            "of a network, known as \"Heron\", that targeted public debate in Chile and Peru.\n\nThe network was run "
            "from Bolivia.\n\n"
            "Between 3 and 11 June 2024 the platforms removed:\n\n- **Meta**: 209 Facebook accounts;\n"
            "- **X**: 455 accounts.\n")
    assert [(f.platform, f.count, f.networks, f.targets, f.announced, f.date_precision)
            for f in facts_of("p.md", text)] == [
        ("Facebook", 209, ["Heron"], ["Chile", "Peru"], dt.date(2024, 6, 1), "month"),
        ("Twitter", 455, ["Heron"], ["Chile", "Peru"], dt.date(2024, 6, 1), "month")]


def test_when_the_network_just_told_was_taken_down_and_whom_it_was_operated_through() -> None:
    text = ("BUCHAREST, 9 January 2025 (Wire) - TikTok removed 9,316 accounts belonging to a network that promoted a "
            "candidate, the company said in its latest report.\n\nThe network, which TikTok calls \"Amber Kite\", was "
            "taken down in December 2024.\n\nAccording to TikTok, the network was operated through Varna Media SRL, "
            "a Bucharest-based agency.\n")
    assert [(f.count, f.announced, f.date_precision, f.linked_to) for f in facts_of("w.txt", text)] == [
        (9316, dt.date(2024, 12, 1), "month", ["Varna Media SRL"])]


def test_who_ran_the_network_said_apart_from_a_list_of_figures_ran_them_all() -> None:
    text = ("---\ntitle: Platforms remove the Heron network\npublished: 2025-02-12\n---\nSeveral platforms removed a "
            "network of fake accounts. In the ministry's assessment, the network was operated by Sever Media Group, a "
            "company based in St Petersburg.\n\nX suspended 2,000 accounts;\nTikTok removed 874 accounts.\n")
    assert [(f.platform, f.linked_to) for f in facts_of("h.md", text)] == [
        ("Twitter", ["Sever Media Group"]), ("TikTok", ["Sever Media Group"])]


def test_how_many_users_a_platform_has_is_no_takedown() -> None:
    assert counted_units("The Commission recommends that platforms with more than 100,000 users in Moldova be "
                         "required to designate a point of contact.") == []


def test_a_monthly_report_told_weeks_after_its_month_is_the_story_s_news_not_a_later_mention() -> None:
    text = ("---\ntitle: Report\npublished: 2020-03-02\n---\nIn its February report, Facebook said it had removed 333 "
            "Facebook accounts run from Egypt.\n")
    assert [(f.announced, f.date_precision, f.reference) for f in facts_of("r.md", text)] == [
        (dt.date(2020, 2, 1), "month", False)]


def test_accounts_researchers_saw_are_no_takedown_whatever_the_sentence_says_was_removed() -> None:
    text = ("---\ntitle: Story\npublished: 2023-06-20\n---\nMeta removed 611 Facebook accounts last week. Researchers "
            "said they had seen \"a few hundred\" accounts on X that matched, but could not know how many X had "
            "removed.\n")
    assert [f.count_text for f in facts_of("s.md", text)] == ["611"]


def test_a_country_s_election_is_whom_a_network_worked_on() -> None:
    assert country_roles("The accounts attacked candidates in Ghana's December election.")[:2] == ([], ["Ghana"])
    # (a voting day, with its month; and "the vote in" a country)
    assert country_roles("Yandex blocked 2,100 accounts before Kazakhstan's September single voting day.")[:2] == (
        [], ["Kazakhstan"])
    assert country_roles("Meta took down 45 pages ahead of the vote in Georgia.")[:2] == ([], ["Georgia"])
    # (a country's election without the possessive; not someone's meddling in elections, nor when a report came out)
    assert country_roles("The accounts joined threads about the Peruvian presidential election.")[:2] == ([], ["Peru"])
    assert country_roles("The accounts were run by a team known for Russian election interference.")[1] == []
    assert country_roles("Meta published its report two weeks before the Chilean presidential election.")[1] == []
    assert country_roles("Meta removed 40 Pages as it tries to show it can protect the 2026 Chilean elections.")[1] \
        == []


TV_TRANSCRIPT = """\
WNX NEWS - "NIGHTLY"
Segment transcript
Air date: June 18, 2024

KAREN HOLT (HOST): Good evening. Tonight, fake networks.

MALIK FERRO (CORRESPONDENT): Thanks, Karen. In April, X said it had suspended 2,115 accounts run from Indonesia.

HOLT: Joining us is Dr. Amara Quist, director of the Westwind Media Research Centre.

DR. AMARA QUIST (WESTWIND MEDIA RESEARCH CENTRE): Yes. In January we noticed dozens of TikTok accounts attacking \
candidates in Ghana's December election. We documented it and sent it to TikTok.

HOLT: Thank you.
"""


def test_a_lab_s_guest_named_in_capitals_who_sent_it_to_a_platform_tipped_it_off_about_what_she_just_told_of() -> None:
    tips = extract_document(parse_document("t.txt", TV_TRANSCRIPT.encode())).tips
    assert [(t.platform, t.source, t.about) for t in tips] == [("TikTok", "Westwind Media Research Centre", "Ghana")]


def test_whom_a_story_of_one_operation_says_it_aimed_at_twice_in_other_words_is_one_aim() -> None:
    fact = Fact("e.md", 9, "Meta said it had removed 96 Facebook accounts.", "Facebook", "removed", count=96,
                qualifier="exact", count_text="96", unit="accounts")
    about = ["It was most active in the weeks before Chile's election in March.",
             "According to Meta, the network originated in Chile and targeted Chilean voters."]
    assert [(f.origins, f.targets) for f in of_one_operation([fact], about)] == [(["Chile"], ["Chile"])]


@pytest.mark.parametrize("sentence", [
    "This network is tracked by researchers as Amber Kite.",
    "We terminated 2,067 YouTube channels as part of our investigation into coordinated influence operations linked "
    "to China (Amber Kite).",
])
def test_a_bulletin_s_name_for_a_network_passive_or_bracketed(sentence: str) -> None:
    assert network_names(sentence) == ["Amber Kite"]


def test_a_platform_s_accounts_told_under_another_s_verb_are_that_platform_s() -> None:
    text = ("---\ntitle: Follow-up\npublished: 2025-04-02\n---\nTelegram blocked 12 channels of the network. The "
            "network's operators also ran about 140 TikTok accounts, which TikTok removed in January.\n")
    assert [(f.platform, f.count, f.surface) for f in facts_of("f.txt", text)] == [
        ("Telegram", 12, None), ("TikTok", 140, None)]


def test_an_faq_s_answer_to_whom_it_targeted_is_whom_the_story_s_network_was_aimed_at() -> None:
    text = ("FAQ: the \"Amber Kite\" network\nLast updated: 18 December 2024\n\nQ1. What is Amber Kite?\n\nAmber Kite "
            "is a network of fake accounts that posed as Finnish citizens.\n\nQ2. Whom did it target?\n\nPeople in "
            "Lithuania, Latvia and Estonia.\n\nQ3. What was removed?\n\n- LinkedIn removed 41 fake profiles.\n")
    assert [(f.count, f.targets) for f in facts_of("faq.txt", text)] == [(41, ["Lithuania", "Latvia", "Estonia"])]


def test_a_transparency_report_s_row_of_influence_operations_is_each_period_s_total_and_no_other_row_is() -> None:
    text = ("---\ntitle: TikTok's transparency report for H2 2024\npublisher: TikTok\npublished: 2025-02-28\n---\n"
            "| Policy area | Unit | H2 2024 | H1 2024 |\n|---|---|---|---|\n"
            "| Spam accounts | accounts removed | 5,710,336 | 5,294,018 |\n"
            "| Covert influence operations | accounts removed | 14,881 | 6,040 |\n")
    assert [(f.platform, f.count, f.scope, f.announced, f.reference) for f in facts_of("dsa.md", text)] == [
        ("TikTok", 14881, "cumulative", dt.date(2024, 12, 1), False),
        ("TikTok", 6040, "cumulative", dt.date(2024, 6, 1), True)]


def test_whom_a_removal_told_without_a_figure_aimed_at_said_in_the_next_sentence() -> None:
    text = ("---\ntitle: Digest\npublished: 2025-03-21\n---\nOn Monday LinkedIn said it had removed fake recruiter "
            "profiles tied to an operation researchers call Pale Kite. The personas posed as headhunters and targeted "
            "engineers in India and Germany.\n")
    assert [(f.platform, f.count_text, f.targets) for f in facts_of("d.md", text)] == [
        ("LinkedIn", None, ["India", "Germany"])]


def test_a_section_headed_by_a_quarter_s_report_tells_that_quarter_s_removals_to_the_next_heading() -> None:
    text = ("---\ntitle: The Monthly\npublished: 2025-05-02\n---\nHello all.\n\n## Meta's Q1 2025 Threat Report\n\n"
            "**Kenya.** Meta removed 71 Facebook accounts.\n\n## OpenAI\n\nOpenAI banned 12 accounts.\n")
    assert [(f.count, f.announced, f.date_precision) for f in facts_of("m.md", text)] == [
        (71, dt.date(2025, 3, 1), "month"), (12, dt.date(2025, 5, 2), "day")]


def test_help_from_researchers_at_a_group_is_the_group_s_tip() -> None:
    text = ("---\ntitle: Disrupting Amber Kite\npublisher: OpenAI\npublished: 2025-04-22\n---\nWe banned 47 ChatGPT "
            "accounts. We identified this activity with help from researchers at Corvid Research Group, who shared "
            "indicators with us.\n")
    assert [(t.platform, t.source) for t in extract_document(parse_document("o.md", text.encode())).tips] == [
        ("OpenAI", "Corvid Research Group")]


def test_a_demand_a_platform_refused_is_no_takedown() -> None:
    facts = facts_of("refused.md", """\
        ---
        published: 2024-11-14
        ---
        Snapchat has refused a demand from Chile's Ministry of Culture to block 140 accounts that officials call a \
foreign campaign.
        """)
    assert facts == []


def test_a_review_of_the_year_dates_each_takedown_by_the_month_it_names() -> None:
    facts = facts_of("review.md", """\
        ---
        published: 2024-12-29
        ---
        **The largest.** Snapchat's action against "Salt Harbor", a Chile-based network, began in October with \
1,730 suspended accounts.

        **The smallest.** Reddit's March takedown of "Slate Finch", a Peru-based network, came to 44 accounts.
        """)
    assert [(f.platform, f.count, f.announced.isoformat(), f.date_precision) for f in facts] == [
        ("Snapchat", 1730, "2024-10-01", "month"), ("Reddit", 44, "2024-03-01", "month")]


def test_a_figure_the_platform_later_put_right_replaces_an_earlier_report_of_it_told_a_few_sentences_before() -> None:
    facts = facts_of("midyear.md", """\
        ---
        published: 2025-07-08
        ---
        In January, Snapchat reported that it had removed a network of 1,520 accounts operated from Chile. In March \
the company quietly revised that entry after reviewing appeals. The company later said the figure was 1,497 accounts.
        """)
    assert [(f.platform, f.count, f.origins) for f in facts] == [("Snapchat", 1497, ["Chile"])]


def test_an_update_heading_names_its_section_s_country_and_accounts_left_up_are_no_takedown() -> None:
    facts = facts_of("report.md", """\
        ---
        published: 2025-05-20
        ---
        ## 1. Chile

        We removed 210 Facebook accounts. This network originated in Chile.

        ## 2. Update: Peru

        Following appeals, the final figures for this network are 340 Facebook accounts and 12 Pages.

        ## 3. Bolivia: reviewed, not removed

        We investigated a cluster of about 90 accounts that posted alike about Bolivian politics. We found no \
evidence of coordination, so we did not remove them.
        """)
    assert [(f.count, f.unit, f.origins) for f in facts] == [
        (210, "accounts", ["Chile"]), (340, "accounts", ["Peru"]), (12, "pages", ["Peru"])]


def test_a_platform_s_list_of_networks_gives_each_its_labelled_size_origin_and_targets() -> None:
    post = textwrap.dedent("""\
        ---
        title: Covert influence operations we disrupted, April-June 2024
        publisher: Snapchat Safety Blog
        published: 2024-07-15
        ---
        We publish regular updates on the covert influence operations we remove from Snapchat.

        Network 1: Chile, targeting Peru and Bolivia

        - Detection source: Internal
        - Accounts in network: 904
        - Followers of network: 51,300

        We assess that this network operated from Chile.

        Network 2: Paraguay, targeting Uruguay

        - Detection source: External
        - Accounts in network: 66
        - Followers of network: 2,410
        """)
    facts = extract_document(parse_document("post.md", post.encode())).facts
    assert [(f.platform, f.count, f.unit, f.origins, f.targets, f.quote) for f in facts] == [
        ("Snapchat", 904, "accounts", ["Chile"], ["Peru", "Bolivia"], "Accounts in network: 904"),
        ("Snapchat", 66, "accounts", ["Paraguay"], ["Uruguay"], "Accounts in network: 66")]


def test_each_row_of_a_table_by_quarter_is_its_own_quarter_s_and_quotes_its_own_cell() -> None:
    page = ("<html><head><title>Country insights: Peru | Meta Transparency Center</title></head><body><p>Last "
            "updated: April 30, 2026</p><p>This page lists the networks we removed.</p><table><tr><th>Quarter</th>"
            "<th>CIB networks removed</th><th>Facebook accounts</th><th>Groups</th></tr>"
            "<tr><td>Q2 2025</td><td>1</td><td>54</td><td>2</td></tr>"
            "<tr><td>Q3 2025</td><td>2</td><td>231</td><td>5</td></tr>"
            "<tr><td>Q4 2025</td><td>1</td><td>143</td><td>3</td></tr></table></body></html>")
    facts = extract_document(parse_document("peru.html", page.encode())).facts
    rows = [(f.count, f.unit, f.announced.isoformat(), f.quote) for f in facts if f.announced.month == 6]
    assert rows == [(1, "networks", "2025-06-01", "1"), (54, "accounts", "2025-06-01", "54"),
                    (2, "groups", "2025-06-01", "2")]


def test_a_network_linked_to_a_unit_of_a_state_s_forces_comes_from_that_state_not_from_whom_its_videos_blamed() -> None:
    facts = facts_of("unit.txt", """\
        ---
        published: 2023-03-09
        ---
        Google said on Wednesday that it had terminated 41 YouTube channels linked to a media unit of Niger's armed \
forces, used in a campaign aimed at audiences in Mali.

        The channels posted videos that praised Niger's generals, accused the Malian government of hiding losses, \
and claimed that Beninese officials were arming rebels.
        """)
    assert [(f.count, f.origins, f.targets) for f in facts] == [(41, ["Niger"], ["Mali"])]
    assert country_roles("The videos accused the Malian government of hiding losses.")[0] == []


def test_a_platform_that_declined_is_not_among_those_that_acted_nor_are_channels_researchers_identified() -> None:
    facts = facts_of("declines.txt", """\
        VIENNA, Tuesday 8 April 2025 - Telegram has declined to remove a set of channels that researchers tie to \
"Grey Wharf", a Russian-run operation aimed at Austrian voters, even as YouTube, X and Meta took down accounts \
linked to the same campaign.

        Lindenhof Forensics, a Graz research company, published a report last week identifying 37 Telegram channels \
that it says were coordinated from Russia.
        """)
    assert [(f.platform, f.count) for f in facts] == [("YouTube", None), ("Twitter", None), ("Facebook", None)]


@pytest.mark.parametrize(("text", "counted"), [
    ("Kakao closed 61 open chat rooms.", [(61, "chat rooms")]),
    ("Quora removed 212 accounts and 38 Spaces.", [(212, "accounts"), (38, "spaces")]),
    ("Spotify removed 28 podcast shows and more than 640 episodes.", [(28, "podcasts"), (640, "episodes")]),
])
def test_regional_platforms_count_in_their_own_units(text: str, counted: list[tuple[int, str]]) -> None:
    assert [(c.count.value, c.unit) for c in counted_units(text)] == counted


@pytest.mark.parametrize(("text", "platform"), [
    ("ShareChat said on Wednesday it had removed 3,450 accounts.", "ShareChat"),
    ("Koo said it had suspended dozens of accounts.", "Koo"),
    ("Moj removed 760 accounts.", "Moj"),
])
def test_indian_apps_are_platforms(text: str, platform: str) -> None:
    assert [name for name, _, _ in platforms_in(text)] == [platform]


def test_a_new_speaker_s_mention_of_a_network_does_not_name_the_other_guest_s_figures() -> None:
    facts = facts_of("ep12.txt", """\
        OPEN THREADS, a podcast about platform integrity
        Recorded March 3, 2024.

        HOST: Let's start with your investigation, Lena.

        LENA VOSS: Snapchat told us they had removed 412 accounts after we sent them the data.

        HOST: Marco, your report on the Dune Harbor network came out on Monday.

        MARCO REY: Yes, and nobody has removed anything yet.
        """)
    assert [(f.platform, f.count, f.networks) for f in facts] == [("Snapchat", 412, [])]


def test_a_look_back_s_numbered_sections_name_their_network_and_month() -> None:
    facts = facts_of("review.txt", """\
        THE WEEKLY SIEVE — Issue 12
        Published 12 January 2024

        Our year in review.

        1. Grey Lark (April)
        A lab's report on a Serbian agency led Meta to remove 96 Facebook accounts, and X suspended more than 300 \
accounts.

        2. Salt Finch (October)
        After our tip, Google terminated 41 YouTube channels.
        """)
    assert [(f.platform, f.count, f.networks, f.announced.isoformat(), f.date_precision) for f in facts] == [
        ("Facebook", 96, ["Grey Lark"], "2023-04-01", "month"), ("Twitter", 300, ["Grey Lark"], "2023-04-01", "month"),
        ("Google", 41, ["Salt Finch"], "2023-10-01", "month")]


@pytest.mark.parametrize(("sentence", "platforms"), [
    ("ShareChat said its short-video app Moj had removed a further 760 accounts.", ["Moj"]),
    ("Meta said X had suspended 300 accounts of the same network.", ["Twitter"]),
    ("Google said YouTube had terminated 41 channels.", ["Google"]),  # (its own app: the company's takedown)
])
def test_the_platform_a_speaker_says_acted_is_the_one_that_removed(sentence: str, platforms: list[str]) -> None:
    facts = facts_of("said.md", f"---\npublished: 2023-05-17\n---\n{sentence}\n")
    assert [f.platform for f in facts] == platforms


def test_a_name_its_operators_branded_it_with_names_the_network_and_a_platform_s_users_are_not_its_origin() -> None:
    assert network_names('The network, which its operators branded "Steppe Chorus", ran on both services.') == [
        "Steppe Chorus"]
    origins, targets, _, _ = country_roles("Odnoklassniki, a platform that remains popular with Kazakh users, "
                                           "separately removed 96 profiles.")
    assert (origins, targets) == ([], [])


@pytest.mark.parametrize(("sentence", "origins", "targets"), [
    ("Telegram restricted access in the Republic of Moldova to 186 channels.", [], ["Moldova"]),
    ("TikTok made the 64 accounts unavailable to users in Georgia.", [], ["Georgia"]),
    ("X blocked 300 accounts based in Iran.", ["Iran"], []),
])
def test_where_access_was_cut_off_is_whom_a_network_reached(sentence: str, origins: list[str],
                                                             targets: list[str]) -> None:
    assert country_roles(sentence)[:2] == (origins, targets)


def test_a_regulator_s_list_of_what_each_platform_removed_is_of_the_network_its_analysis_places() -> None:
    facts = facts_of("release.md", """\
        ---
        title: Platforms remove accounts of the "Dry Reed" network at the Authority's request
        published: 2024-10-01
        ---
        Several online platforms have removed accounts belonging to the network known as "Dry Reed".

        The Authority's analysis shows that the network was coordinated from Belarus by a marketing company.

        At the Authority's request, the platforms reported the following measures:

        - TikTok removed 2,417 accounts;
        - YouTube terminated 58 channels;
        """)
    assert [(f.platform, f.count, f.origins) for f in facts if f.count] == [
        ("TikTok", 2417, ["Belarus"]), ("YouTube", 58, ["Belarus"])]


def test_a_year_s_summary_gives_its_totals_no_network_s_name_and_cib_is_no_name() -> None:
    facts = facts_of("review.md", """\
        ---
        title: "Our 2023 Adversarial Threat Report: the year in review"
        published: 2024-02-15
        ---
        Over the past year our teams removed 19 networks for violating our policy against coordinated inauthentic \
behavior (CIB).

        Across all 19 networks, we removed 11,482 Facebook accounts and 1,716 Pages.

        The single largest network of the year was the operation we reported in August, which outside researchers \
have called Marble Chorus.
        """)
    assert [(f.count, f.unit, f.networks, f.scope) for f in facts] == [
        (19, "networks", [], "cumulative"), (11482, "accounts", [], "cumulative"), (1716, "pages", [], "cumulative")]
    assert reported_period("Our 2023 Adversarial Threat Report: the year in review", "", dt.date(2024, 2, 15)) == (
        dt.date(2023, 1, 1), dt.date(2023, 12, 31))


def test_a_table_of_each_year_s_networks_and_accounts_by_platform_gives_that_year_s_totals() -> None:
    facts = facts_of("dataset.md", """\
        ---
        title: Five years of takedowns
        published: 2024-04-18
        ---
        The table counts networks and the accounts removed with them.

        | Year | Platform | Networks | Accounts / channels removed |
        |------|----------|----------|-----------------------------|
        | 2019 | Meta | 22 | 3,905 |
        | 2020 | YouTube | 11 | 3,950 |
        """)
    assert [(f.platform, f.count, f.unit, f.scope, f.announced.isoformat(), f.date_precision) for f in facts] == [
        ("Facebook", 22, "networks", "cumulative", "2019-01-01", "year"),
        ("Facebook", 3905, "accounts", "cumulative", "2019-01-01", "year"),
        ("YouTube", 11, "networks", "cumulative", "2020-01-01", "year"),
        ("YouTube", 3950, "channels", "cumulative", "2020-01-01", "year")]


def test_a_month_is_never_another_name_for_a_network() -> None:
    assert network_aliases_in('A second network listed for April, which Snapchat called "Dry Loop", was smaller.') == []


def test_a_platform_credited_with_the_tip_a_source_described_at_length() -> None:
    text = ("---\ntitle: T\npublished: 2025-02-21\n---\nX said on Thursday it had suspended 2,917 accounts linked to a "
            "Cairo firm. The platform credited Nile Check Lab, a fact-checking group founded in 2021 by 14 volunteer "
            "journalists, with the tip that set off the investigation.\n")
    tips = extract_document(parse_document("t.md", text.encode())).tips
    assert [(t.platform, t.source) for t in tips] == [("Twitter", "Nile Check Lab")]


def test_an_opening_that_says_whom_the_story_s_operation_s_content_targeted_places_its_figures() -> None:
    facts = facts_of("blog.md", """\
        ---
        title: Operation Brass Bell
        published: 2024-05-22
        ---
        For eight months we have followed an operation, which we have named Operation Brass Bell, that publishes \
Spanish-language news bulletins read by synthetic presenters. The bulletins target audiences in Peru and Bolivia.

        We assess that the operation is run from Chile.

        TikTok said it had removed about 310 accounts linked to the network.
        """)
    assert [(f.platform, f.count, f.origins, f.targets) for f in facts] == [
        ("TikTok", 310, ["Chile"], ["Peru", "Bolivia"])]


def test_figures_told_without_their_unit_after_a_figure_are_more_of_it_each_by_its_own_month() -> None:
    facts = facts_of("bulletin.txt", """\
        ---
        published: 2021-10-28
        ---
        According to the bulletin, Google terminated 412 YouTube channels linked to the campaign in July. In August \
it terminated 655 more, and in September another 795. Google said the campaign was linked to Birch Media, a firm in \
Minsk.
        """)
    assert [(f.count, f.unit, f.surface, f.announced.isoformat()) for f in facts] == [
        (412, "channels", "YouTube", "2021-07-01"), (655, "channels", "YouTube", "2021-08-01"),
        (795, "channels", "YouTube", "2021-09-01")]
    assert facts[0].linked_to == ["Birch Media"]


def test_spam_accounts_that_amplified_the_core_accounts_are_of_the_same_network_across_a_thread_s_posts() -> None:
    facts = facts_of("thread.txt", """\
        Saved thread from X
        Account: X Safety Operations (@XSafetyOps)
        Date: Mar 4, 2025

        1/3
        We suspended 1,406 accounts that we can tie to a marketing firm based in Lima, Peru.

        2/3
        These 1,406 accounts were the core of the operation.
        They were amplified by a wider ring of more than 8,000 spam accounts, which we have also suspended.
        """)
    assert [(f.platform, f.count, f.scope, f.origins) for f in facts] == [
        ("Twitter", 1406, None, ["Peru"]), ("Twitter", 8000, "spam", ["Peru"])]


def test_accounts_stopped_at_registration_are_blocked_and_told_as_spam_not_a_network() -> None:
    facts = facts_of("q.md", "---\ntitle: Integrity notes\npublisher: Meta Newsroom\npublished: 2025-05-02\n---\n"
                             "Our filters stopped 41.7 million fake accounts at sign-up in the quarter.\n\n"
                             "They also prevented roughly 900,000 accounts from being created by scripts.\n\n"
                             "The page stopped posting on Friday at 3 p.m., after 4,000 followers left.\n")
    assert [(summary(f), f.scope, f.count_text) for f in facts] == [
        (("Facebook", "blocked", 41_700_000, "exact", "accounts", [], "2025-05-02"), "spam", "41.7 million"),
        (("Facebook", "blocked", 900_000, "about", "accounts", [], "2025-05-02"), None, "roughly 900,000")]


def test_a_network_s_origin_told_after_a_sentence_on_whom_it_targeted_is_read_with_it() -> None:
    facts = facts_of("r.md", "---\ntitle: Report\npublisher: LinkedIn\npublished: 2024-10-03\n---\n"
                             "We removed 212 member profiles in a network we call Salt Ledger. These profiles posed as "
                             "consultants and targeted civil servants in Ghana. The operation originated in Togo. "
                             "We found it ourselves.\n")
    assert [(summary(f), f.targets, f.networks) for f in facts] == [
        (("LinkedIn", "removed", 212, "exact", "accounts", ["Togo"], "2024-10-03"), ["Ghana"], ["Salt Ledger"])]
    assert facts[0].quote.endswith("The operation originated in Togo.")


def test_a_further_figure_done_to_otherwise_is_no_share_of_the_one_before() -> None:
    facts = facts_of("s.md", "---\ntitle: Notes\npublisher: LinkedIn\npublished: 2024-10-03\n---\n"
                             "We stopped 8.1 million fake accounts at the registration stage, and a further 700,000 "
                             "were restricted after sign-up.\n")
    assert [(summary(f), f.scope) for f in facts] == [
        (("LinkedIn", "blocked", 8_100_000, "exact", "accounts", [], "2024-10-03"), "spam")]


def test_a_date_in_a_clause_on_another_platform_s_earlier_exposure_does_not_date_the_removal() -> None:
    facts = facts_of("w.txt", "OSLO, 9 March 2023 -- Reddit said on Tuesday that it had banned 61 accounts tied to "
                              "a network from Peru.\n\nIn the same post, it said it had removed a further 48 accounts "
                              "linked to Marble Finch, the Venezuelan network that Meta first exposed in 2020.\n")
    assert [summary(f) for f in facts] == [
        ("Reddit", "banned", 61, "exact", "accounts", ["Peru"], "2023-03-07"),
        ("Reddit", "removed", 48, "exact", "accounts", ["Venezuela"], "2023-03-07")]
    # (no removal takes the year Meta exposed the network)
    assert not [f for f in facts if f.announced and f.announced.year == 2020]


def test_the_year_a_body_behind_the_network_was_founded_does_not_date_the_removal() -> None:
    facts = facts_of("n.md", "---\ntitle: t\npublished: 2021-11-03\n---\nMeta said on Monday that it had removed a "
                             "network in Nicaragua.\n\nThe company removed 412 Facebook accounts.\n\nThe network was "
                             "run by the ONCD, a state office created in 2019 to run the state's image.\n")
    assert [summary(f)[2:] for f in facts] == [
        (None, None, "networks", ["Nicaragua"], "2021-11-01"), (412, "exact", "accounts", ["Nicaragua"], "2021-11-01")]


def test_an_opening_s_audience_places_the_story_s_figures_past_a_months_older_takedown_told_in_passing() -> None:
    facts = facts_of("p.md", "---\ntitle: t\npublished: 2021-06-04\n---\nTikTok and Meta have removed networks of "
                             "fake accounts that targeted Peruvian voters ahead of Sunday's runoff.\n\nTikTok said on "
                             "Tuesday that it had removed about 90 accounts. Meta said it removed 74 Facebook accounts."
                             "\n\nLast October, Facebook removed 58 accounts run from Chile that targeted voters in "
                             "Bolivia.\n")
    assert [(f.count, f.origins, f.targets) for f in facts if f.count] == [
        (90, [], ["Peru"]), (74, [], ["Peru"]), (58, ["Chile"], ["Bolivia"])]


def test_an_update_to_the_total_for_this_campaign_is_the_campaign_just_told() -> None:
    facts = facts_of("b.md", "---\ntitle: Bulletin\npublisher: Google\npublished: 2022-06-01\n---\n- We terminated 87 "
                             "YouTube channels as part of our investigation into operations linked to Nigeria.\n"
                             "  - **Update (July 21, 2022):** The total for this campaign has since risen to 143 "
                             "YouTube channels.\n- We terminated 8 YouTube channels linked to Ethiopia.\n")
    assert [(f.count, f.origins) for f in facts] == [(87, ["Nigeria"]), (143, ["Nigeria"]), (8, ["Ethiopia"])]


def test_an_update_note_s_day_dates_that_note_only_not_the_items_after_it() -> None:
    facts = facts_of("b.md", "---\ntitle: Bulletin\npublisher: Google\npublished: 2023-08-30\n---\n## May\n\n"
                             "- We terminated 52 YouTube channels linked to Kenya.\n"
                             "  - **Update (August 30, 2023):** The total for this campaign has since risen to 64 "
                             "YouTube channels.\n- We terminated 6 YouTube channels linked to Peru.\n")
    assert [(f.count, f.announced.isoformat()) for f in facts] == [
        (52, "2023-05-01"), (64, "2023-08-30"), (6, "2023-05-01")]


def test_a_table_under_a_network_s_month_heading_is_that_network_s_placed_by_the_lines_below() -> None:
    facts = facts_of("r.md", "---\ntitle: Report\npublisher: TikTok\npublished: 2025-10-02\n---\n"
                             "## Update: Brass Finch (Ghana)\n\nWe removed 31 more accounts of this network.\n\n"
                             "## July 2025: Moth Lantern\n\n| Detection source | Accounts in network | Followers of "
                             "network |\n|---|---|---|\n| Internal | 736 | 81,200 |\n\n- We assess that this network "
                             "operated from Georgia and targeted audiences in Armenia.\n\n## August 2025: Quill "
                             "Harbor\n\n| Detection source | Accounts in network | Followers of network |\n"
                             "|---|---|---|\n| External | 95 | 4,300 |\n\n- This network was run from Peru.\n")
    assert [(f.count, f.networks, f.origins, f.targets, f.announced.isoformat()) for f in facts] == [
        (31, [], ["Ghana"], [], "2025-10-02"),
        (736, ["Moth Lantern"], ["Georgia"], ["Armenia"], "2025-07-01"),
        (95, ["Quill Harbor"], ["Peru"], [], "2025-08-01")]


def test_a_name_given_to_the_set_just_told_names_its_figure_only() -> None:
    facts = facts_of("a.txt", "---\ntitle: t\npublished: 2019-12-13\n---\nTwitter on Thursday disclosed three "
                              "networks. The first covers 4,870 accounts from China. The second set contains 1,312 "
                              "accounts operated from Iran. Researchers refer to it as \"Sand Crescent\". The third "
                              "consisted of 417 accounts from Belarus.\n")
    assert [(f.count, f.networks) for f in facts if f.count and f.unit == "accounts"] == [
        (4870, []), (1312, ["Sand Crescent"]), (417, [])]


def test_a_takedown_called_the_biggest_so_far_is_one_takedown_not_a_running_total() -> None:
    facts = facts_of("d.md", "---\ntitle: t\npublished: 2019-04-09\n---\nFacebook on Monday removed 204 Pages linked "
                             "to a marketing firm, in its largest action in Kerala to date.\n\nFacebook has removed "
                             "more than 3,000 Pages in India so far.\n")
    assert [(f.count, f.scope) for f in facts] == [(204, None), (3000, "cumulative")]


def test_a_network_s_record_of_labelled_fields_is_read_as_one_row() -> None:
    extraction = extract_document(parse_document("r.txt", textwrap.dedent("""\
        Coordinated behaviour: June 2024

        Published July 9, 2024 by the Twitch trust team

        We banned the networks below in June.

        Network: Copper Wren
        Detection source: Internal
        Accounts in network: 2,418
        Followers of network: 310,200
        Description: We assess that this network operated from Serbia and targeted an audience in Kosovo. It posted.

        Network: unnamed (Chad)
        Detection source: Internal
        Accounts in network: 77
        Description: We assess that this network operated from Sudan and targeted a Chadian audience.
        """).encode()), )
    assert [(f.platform, f.count, f.unit, f.origins, f.targets, f.networks) for f in extraction.facts
            if f.count_text] == [("Twitch", 2418, "accounts", ["Serbia"], ["Kosovo"], ["Copper Wren"]),
                                 ("Twitch", 77, "accounts", ["Sudan"], ["Chad"], [])]
    assert extraction.facts[-2].quote == (
        "Network: Copper Wren\nDetection source: Internal\nAccounts in network: 2,418\nFollowers of network: 310,200\n"
        "Description: We assess that this network operated from Serbia and targeted an audience in Kosovo.")
    assert [(r.measure, r.amount) for r in extraction.reach] == [("followers", 310_200)]


def test_a_figure_broken_down_by_month_after_a_colon_gives_each_month_s_share_in_the_year_told() -> None:
    facts = facts_of("e.md", "---\ntitle: Explainer\npublished: 2024-02-14\n---\nGoogle terminated 1,930 YouTube "
                             "channels tied to a network called Reed Mist over the third quarter of 2022: 702 in July, "
                             "611 in August and 617 in September.\n")
    assert [(f.count, f.unit, f.scope, f.announced.isoformat(), f.date_precision) for f in facts] == [
        (1930, "channels", None, "2022-09-01", "month"), (702, "channels", "part", "2022-07-01", "month"),
        (611, "channels", "part", "2022-08-01", "month"), (617, "channels", "part", "2022-09-01", "month")]


def test_a_look_back_s_year_heading_naming_a_network_dates_and_names_its_section() -> None:
    facts = facts_of("l.md", "---\ntitle: Seven years\npublished: 2025-05-22\n---\n## 2021: the first case\n\n"
                             "Nothing was removed that spring.\n\n## 2023: Tin Heron\n\nWhen Meta published its report "
                             "that autumn, it named a network run from China. Meta removed 402 Facebook accounts that "
                             "targeted audiences in Nepal.\n")
    assert [(f.count, f.networks, f.announced.isoformat(), f.date_precision) for f in facts] == [
        (402, ["Tin Heron"], "2023-01-01", "year")]


def test_a_record_of_removals_is_no_removal_told() -> None:
    assert actions_in("Her group now publishes a monthly tracker of takedowns affecting local users.") == ()
    assert actions_in("It keeps a public database of suspensions.") == ()
    assert [a for a, _ in actions_in("The takedowns hit 40 accounts.")] == []
    assert [a for a, _ in actions_in("A wave of takedowns hit 40 accounts.")] == ["took down"]


def test_a_timeline_item_s_bold_label_names_its_network_after_its_date_and_platform() -> None:
    facts = facts_of("t.md", "---\ntitle: Timeline\npublished: 2025-03-02\n---\n**9 May 2022: Meta, Slate Kestrel "
                             "(Iran).** Meta removed 61 Facebook accounts aimed at Iraq.\n\nA committee said in 2023 "
                             "that platforms should be required to report takedowns within 30 days.\n")
    assert [(f.count, f.origins, f.networks, f.announced.isoformat()) for f in facts] == [
        (61, ["Iran"], ["Slate Kestrel"], "2022-05-09")]
    assert actions_in("Platforms should be required to report takedowns.") == ()


def test_a_tip_about_the_network_just_told_is_about_where_it_came_from() -> None:
    document = parse_document("t.txt", (
        b"---\ntitle: Twitter adds three networks to its archive\npublished: 2019-12-13\n---\nTwitter on Thursday "
        b"published data on three networks. The second set has 1,312 accounts from Iran.\n\nThe third network "
        b"consisted of 417 accounts originating in Belarus that targeted Lithuania and Poland. Most posed as local "
        b"news outlets and posted about energy prices. Twitter said it first learned of the network from Amber Lens, "
        b"a volunteer group in Vilnius, which sent the company a list of accounts in September.\n"))
    assert [(t.platform, t.source, t.about) for t in extract_document(document).tips] == [
        ("Twitter", "Amber Lens", "Belarus")]


@pytest.mark.parametrize("sentence", [
    "Meta said its investigation had been prompted by reporting from journalists at Kieselblick, a weekly.",
    "The takedown followed reporting by researchers at Kieselblick.",
    "Meta acted after a report from the Hamburg fact-checkers at Kieselblick.",  # (people of a city, described)
])
def test_a_tip_from_an_outlet_s_journalists_credits_the_outlet(sentence: str) -> None:
    document = parse_document("k.md", ("---\ntitle: t\npublished: 2022-09-28\n---\nMeta said on Tuesday it had removed "
                                       f"212 Facebook accounts in a network from Russia.\n\n{sentence}\n").encode())
    assert [(t.platform, t.source) for t in extract_document(document).tips] == [("Facebook", "Kieselblick")]


def test_a_network_the_platform_referred_to_by_a_name_is_no_referral() -> None:
    document = parse_document("r.md", (b"---\ntitle: t\npublished: 2022-10-12\n---\nMeta said on Tuesday it had "
                                       b"removed 143 Facebook accounts. Meta referred to the operation as "
                                       b"\"Rede Lago\" because most of the accounts were run from Manaus.\n"))
    assert extract_document(document).tips == []


@pytest.mark.parametrize(("sentence", "source"), [
    ("The company said it had been alerted by Žalia Watch, a group of volunteers.", "Žalia Watch"),
    ("Meta said it had acted on information from Prawda pod Lupą, a fact-checking portal.", "Prawda pod Lupą"),
    # (and Portuguese and Spanish ones)
    ("Meta said it had received leads from the Núcleo de Estudos em Mídia Digital (NEMD).",
     "Núcleo de Estudos em Mídia Digital"),
])
def test_a_tip_source_s_european_name_is_read_whole(sentence: str, source: str) -> None:
    document = parse_document("c.md", ("---\ntitle: t\npublished: 2024-06-12\n---\nMeta said on Tuesday it had removed "
                                       f"73 Facebook accounts run from China.\n\n{sentence}\n").encode())
    assert [(t.platform, t.source) for t in extract_document(document).tips] == [("Facebook", source)]


def test_an_earlier_network_aimed_elsewhere_does_not_take_the_story_s_network_name() -> None:
    facts = facts_of("n.md", "---\ntitle: Meta removes Russian network aimed at German voters\npublished: 2024-05-22\n"
                             "---\nMeta said on Tuesday it had removed 212 Facebook accounts in a Russian network it "
                             "calls Cobalt Finch, which targeted voters in Germany.\n\nThe removal is the company's "
                             "second such takedown this year. In March, the company removed 143 Facebook accounts "
                             "belonging to a network that targeted audiences in Slovakia.\n\nMeta did not say whether "
                             "accounts linked to Cobalt Finch were also active on Instagram.\n")
    assert [(f.count, f.origins, f.networks, f.linked_to) for f in facts] == [
        (212, ["Russia"], ["Cobalt Finch"], []), (143, [], [], [])]


def test_a_network_s_own_name_is_not_who_ran_the_figures_told_before_it() -> None:
    facts = facts_of("o.md", "---\ntitle: t\npublished: 2024-05-22\n---\nMeta said on Tuesday it had removed 212 "
                             "Facebook accounts in a Russian network it calls Cobalt Finch.\n\nIn March, the company "
                             "said it had removed 143 Facebook accounts belonging to a network that targeted Slovakia."
                             "\n\nX, formerly Twitter, did not respond to a question about whether accounts linked to "
                             "Cobalt Finch were also active on its platform.\n")
    assert [(f.count, f.networks, f.linked_to) for f in facts] == [(212, ["Cobalt Finch"], []), (143, [], [])]


def test_a_name_set_off_by_commas_and_a_removal_without_a_figure_of_the_network_are_named_and_no_alias_made() -> None:
    extraction = extract_document(parse_document("g.txt", (
        b"---\ntitle: X suspends accounts in \"Oder Choir\" network\npublished: 2024-08-29\n---\n"
        b"X said on Monday it had "
        b"suspended more than 1,900 accounts in a Russia-based network that researchers have named \"Oder Choir\".\n\n"
        b"TikTok said separately that it had removed 36 accounts tied to the same operation. YouTube said it had taken "
        b"down several channels that reposted the network's videos, but it gave no figures.\n\nIn May, Meta removed 97 "
        b"Facebook accounts belonging to a separate Russia-based network, Lime Relay, that targeted Polish voters.\n"
    )))
    assert [(f.platform, f.count, f.networks) for f in extraction.facts] == [
        ("Twitter", 1900, ["Oder Choir"]), ("TikTok", 36, ["Oder Choir"]), ("YouTube", None, ["Oder Choir"]),
        ("Facebook", 97, ["Lime Relay"])]
    assert extraction.aliases == []


def test_a_changelog_s_dated_entries_date_and_name_their_items() -> None:
    extraction = extract_document(parse_document("c.md", textwrap.dedent("""\
        # Snap Safety Center: Integrity Changelog

        Last updated: 30 September 2024

        ### 9 July 2024

        - **New network: Copper Gull.** We removed 410 accounts in a network that originated in Iran. It targeted
          young people in Iraq ahead of the provincial elections in December.

        ### 21 May 2024

        - **Update: Reed Owl.** The total removed for Reed Owl is now 233 accounts.
        """).encode()))
    assert [(f.platform, f.count, f.networks, f.origins, f.announced.isoformat()) for f in extraction.facts] == [
        ("Snapchat", 410, ["Copper Gull"], ["Iran"], "2024-07-09"), ("Snapchat", 233, ["Reed Owl"], [], "2024-05-21")]


def test_an_unknown_ai_company_s_own_report_is_its_own_however_often_it_names_other_platforms() -> None:
    facts = facts_of("b.md", "---\ntitle: Disrupting misuse of Wren\npublisher: Brindle AI\npublished: 2024-05-02\n"
                             "---\n*Brindle AI Threat Intelligence, May 2024 update*\n\n## Salt Kite (Iran)\n\n"
                             "Salt Kite used Wren to write comments posted on Facebook, on X and on Facebook groups. "
                             "We banned 44 accounts associated with the operation.\n")
    assert [(f.platform, f.count, f.networks) for f in facts] == [("Brindle AI", 44, ["Salt Kite"])]


def test_fake_accounts_in_millions_are_spam_dated_by_their_own_quarter_not_the_one_compared() -> None:
    facts = facts_of("q.md", "---\ntitle: Integrity report, second quarter 2024\npublisher: Meta\npublished: "
                             "2024-08-15\n---\nWe took action on 655 million fake accounts in Q2 2024, down from 702 "
                             "million in Q1 2024.\n")
    assert [(f.count, f.scope, f.announced.isoformat(), f.date_precision, f.reference) for f in facts] == [
        (655_000_000, "spam", "2024-08-15", "day", False)]


def test_who_ran_a_network_is_named_in_full_where_the_document_defines_its_short_name() -> None:
    facts = facts_of("m.txt", "---\ntitle: Motion to dismiss\npublished: 2024-09-02\n---\nDefendant moves to dismiss "
                              "the complaint of Plaintiff Tideline Strategies LLC (\"Tideline\").\n\n"
                              "On March 19, 2024, Meta removed 212 Facebook accounts that posed as local outlets. Meta "
                              "attributed the network to Tideline in its quarterly report, and said it was run on "
                              "behalf of Tideline's clients.\n")
    assert [(f.count, f.linked_to) for f in facts] == [(212, ["Tideline Strategies LLC", "Tideline's clients"])]


def test_the_day_a_source_says_the_accounts_were_suspended_dates_them_a_few_sentences_on() -> None:
    facts = facts_of("w.txt", "---\ntitle: t\npublished: 2020-09-17\n---\n"
                              "DUBAI (Wire) - Twitter said on Thursday it had suspended 1,874 accounts linked "
                              "to a marketing firm in Dubai.\n\nAn earlier version of this story said Twitter had "
                              "removed about 1,000 accounts. Twitter later published the full figure.\n\nAccording to "
                              "Twitter, the accounts were suspended on Monday after a tip from researchers.\n")
    assert [(f.count, f.announced.isoformat()) for f in facts if f.count == 1874] == [(1874, "2020-09-14")]
    # (and the day a platform says it completed those removals)
    facts = facts_of("p.txt", "---\ntitle: t\npublished: 2024-07-18\n---\nHOST: How many did you find?\n\n"
                              "GUEST: Snapchat banned 212 accounts. It completed those removals on June 11, 2024.\n")
    assert [(f.count, f.announced.isoformat()) for f in facts] == [(212, "2024-06-11")]


def test_a_platform_s_removal_named_as_its_own_is_its_and_another_month_s_figure_compared_is_that_month_s() -> None:
    facts = facts_of("n.md", "---\ntitle: Issue 58\npublished: 2021-11-20\n---\nGoogle said it terminated 1,942 "
                             "YouTube channels in October linked to China.\n\nThe September figure, for comparison, "
                             "was 1,388 channels.\n\nReaders will remember Issue 41, where we wrote about Facebook's "
                             "March 2020 removal of 73 Pages and accounts belonging to a Vietnam-based operation.\n")
    assert [(f.platform, f.count, f.origins, f.announced.isoformat(), f.date_precision) for f in facts] == [
        ("Google", 1942, ["China"], "2021-10-01", "month"), ("Google", 1388, ["China"], "2021-09-01", "month"),
        ("Facebook", 73, ["Vietnam"], "2020-03-01", "month")]


def test_a_tracker_row_whose_removal_figure_was_not_disclosed_is_a_takedown_without_a_figure_quoting_the_cell() -> None:
    tracker = ("<html><body><table><thead><tr><th>Date announced</th><th>Platform</th><th>Operated from</th>"
               "<th>Assets removed</th></tr></thead><tbody><tr><td>2022-12-01</td><td>Meta</td><td>Chad</td>"
               "<td>Not disclosed (Meta called the network \"small\")</td></tr></tbody></table></body></html>")
    facts = extract_document(parse_document("t.html", tracker.encode())).facts
    assert [(f.platform, f.count, f.origins, f.quote) for f in facts] == [
        ("Facebook", None, ["Chad"], 'Not disclosed (Meta called the network "small")')]


def test_an_interview_with_a_platform_s_head_named_in_plain_turns_is_that_platform_s() -> None:
    text = ("THE INTERVIEW\n\nA conversation with Mara Voss, head of safety operations at X\n\nPublished: 3 March "
            "2025.\n\nPolicy Wire: How should people know what you take down?\n\nVoss: We still take down networks."
            "\n\nPolicy Wire: What happened in the Iran case?\n\nVoss: We suspended 286 accounts in August 2024. Our "
            "team pulled the thread and found the rest of the network.\n\nPolicy Wire: A Berlin NGO says it flagged "
            "accounts from the Dune Lark network to you.\n\nVoss: We reviewed that report.\n")
    facts = facts_of("i.txt", text)
    assert [(f.platform, f.count, f.networks) for f in facts if f.count_text] == [("Twitter", 286, [])]
    assert not [f for f in facts if f.action == "pulled"]


def test_a_tracker_cell_that_counts_in_words_is_read_with_its_qualifier() -> None:
    tracker = ("<html><body><table><thead><tr><th>Announced</th><th>Company</th><th>Operated from</th>"
               "<th>Assets removed</th></tr></thead><tbody><tr><td>29 Aug 2023</td><td>X (formerly Twitter)</td>"
               "<td>Laos</td><td>\"dozens of accounts\" (no figure published)</td></tr></tbody></table></body></html>")
    facts = extract_document(parse_document("t.html", tracker.encode())).facts
    assert [(f.platform, f.count, f.qualifier, f.count_text, f.origins) for f in facts] == [
        ("Twitter", None, "dozens", "dozens of", ["Laos"])]


def test_a_corrected_figure_told_without_its_unit_counts_what_the_figure_it_corrects_counted() -> None:
    text = ("---\ntitle: Threat bulletin, second quarter\npublisher: Google\npublished: 2025-07-20\n---\n"
            "In our first-quarter bulletin we said that in February we terminated 2,317 YouTube channels linked to "
            "Iran. The correct figure is 2,371; two digits were swapped when we wrote it up. The other figures "
            "stand.\n\nIn May we terminated 84 YouTube channels linked to Russia.\n")
    facts = facts_of("b.md", text)
    # (the month the sentence gives its removal, not the quarter its report covered)
    assert [(f.platform, f.count, f.unit, f.surface, f.origins, f.announced.isoformat(), f.quote) for f in facts] == [
        ("Google", 2371, "channels", "YouTube", ["Iran"], "2025-02-01",
         "The correct figure is 2,371; two digits were swapped when we wrote it up."),
        ("Google", 84, "channels", "YouTube", ["Russia"], "2025-05-01",
         "In May we terminated 84 YouTube channels linked to Russia.")]


def test_a_figure_after_a_correction_word_that_counts_something_else_is_no_correction() -> None:
    text = ("---\ntitle: Update\npublisher: Google\npublished: 2025-07-20\n---\n"
            "In May we terminated 84 YouTube channels linked to Russia. The correct figure is 2,371 views, not "
            "2,317 as we first wrote.\n")
    facts = facts_of("b.md", text)
    assert [(f.count, f.unit) for f in facts if f.count_text] == [(84, "channels")]


def test_a_bulletin_item_that_names_its_network_after_its_figure_gives_the_figure_that_network() -> None:
    text = ("---\ntitle: Threat bulletin Q3 2024\npublisher: Google\npublished: 2024-10-20\n---\n"
            "# Threat bulletin Q3 2024\n\n## July\n\n"
            "- We terminated 912 YouTube channels as part of our investigation into coordinated influence operations "
            "linked to Russia. The channels posted content in Russian about Ukraine. A few posted about sport. These "
            "findings are consistent with our earlier reporting on AMBER RELAY.\n\n## August\n\n"
            "- We terminated 1,304 YouTube channels as part of our investigation into coordinated influence "
            "operations linked to Russia. This activity is part of AMBER RELAY; the channels mostly uploaded spam.\n"
            "- We terminated 57 YouTube channels as part of our investigation into coordinated influence operations "
            "linked to Iran. The channels posted in Farsi.\n"
            "- We terminated 12 YouTube channels and 3 blogs linked to Iran. The channels posted in Farsi. This "
            "activity is part of Meta's wider findings.\n")
    facts = facts_of("b.md", text)
    assert [(f.count, f.unit, f.networks) for f in facts] == [
        (912, "channels", ["AMBER RELAY"]), (1304, "channels", ["AMBER RELAY"]), (57, "channels", []),
        (12, "channels", []), (3, "blogs", [])]


def test_a_look_back_s_month_headings_in_capitals_date_and_name_their_sections() -> None:
    text = ("2023: A YEAR OF TAKEDOWNS\nPublished: 9 January 2024\n\nOur yearly look back.\n\n"
            "MAY - LINEN HARBOR (SERBIA)\n\nIn May came Linen Harbor, a network run from Belgrade. Meta removed "
            "64 Facebook accounts and 12 Pages.\n\nSEPTEMBER - A QUIET MONTH\n\nLittle happened in the autumn.\n\n"
            "NOVEMBER - WHAT DID X DO?\n\nX disclosed 730 accounts to its archive. The accounts were run from Peru.\n")
    facts = facts_of("y.txt", text)
    assert [(f.platform, f.count, f.unit, f.networks, f.announced.isoformat(), f.date_precision)
            for f in facts] == [
        ("Facebook", 64, "accounts", ["Linen Harbor"], "2023-05-01", "month"),
        ("Facebook", 12, "pages", ["Linen Harbor"], "2023-05-01", "month"),
        ("Twitter", 730, "accounts", [], "2023-11-01", "month")]


def test_a_list_s_figures_without_a_date_of_their_own_are_of_their_lead_s_day() -> None:
    text = ("---\ntitle: The year in takedowns\npublished: 2022-01-10\n---\nOur look back at 2021.\n\n"
            "MARCH - TWITTER'S ARCHIVE\n\n"
            "On Tuesday, March 16, Twitter disclosed 913 accounts from two countries to its archive.\n\n"
            "- Armenia: 640 accounts that posted about the border.\n"
            "- Ghana: 273 accounts, some of them created in January.\n"
            "- Togo: 41 accounts, removed in February.\n")
    facts = facts_of("a.md", text)
    assert [(f.count, f.origins, f.announced.isoformat(), f.date_precision) for f in facts if f.count] == [
        (913, [], "2021-03-16", "day"), (640, ["Armenia"], "2021-03-16", "day"),
        (273, ["Ghana"], "2021-03-16", "day"), (41, ["Togo"], "2021-02-01", "month")]


def test_a_timeline_paragraph_that_opens_with_its_date_and_name_is_that_network_s_of_that_month() -> None:
    text = ("A DECADE OF TAKEDOWNS\n\nPARIS, March 3, 2025 - Our timeline of the cases that mattered.\n\n"
            "June 2019 - Paper Heron. Facebook removed 95 accounts in a Kenya-based network.\n\n"
            "May 2021 - Twitter. Twitter suspended 260 accounts run from Peru.\n\n"
            "On Monday, Meta removed 58 accounts from Chad.\n")
    facts = facts_of("t.txt", text)
    assert [(f.platform, f.count, f.origins, f.networks, f.announced.isoformat(), f.date_precision)
            for f in facts] == [
        ("Facebook", 95, ["Kenya"], ["Paper Heron"], "2019-06-01", "month"),
        ("Twitter", 260, ["Peru"], [], "2021-05-01", "month"),
        ("Facebook", 58, ["Chad"], [], "2025-03-03", "day")]


def test_a_date_in_another_figure_s_own_clause_does_not_date_the_figure_before_it() -> None:
    text = ("---\ntitle: The year in review\npublished: 2020-01-08\n---\n"
            "## November\n\nYouTube's quarterly bulletin listed 640 channels from Vietnam, which it said were apart "
            "from the 95 channels it terminated in June.\n")
    facts = facts_of("r.md", text)
    assert [(f.count, f.announced.isoformat(), f.date_precision) for f in facts] == [
        (640, "2019-11-01", "month"), (95, "2019-06-01", "month")]


def test_a_lab_s_review_dates_a_takedown_by_the_month_its_network_was_taken_down_and_its_own_count_is_none() -> None:
    text = ("BRACKEN INSTITUTE\nAnnual review of 2022\nPublished: 16 January 2023\n\n"
            "2. Pale Finch (Georgia)\n\nIn June the Pale Finch network, which other researchers call Quiet Ridge, was "
            "taken down. Meta removed 233 Facebook accounts after a tip from us.\n\n"
            "3. Salt Lantern\n\nWe counted roughly 2,700 TikTok accounts and a few hundred YouTube channels in the "
            "network. We shared our findings with TikTok in September.\n")
    facts = facts_of("r.txt", text)
    assert [(f.platform, f.count, f.announced.isoformat(), f.date_precision) for f in facts if f.count_text] == [
        ("Facebook", 233, "2022-06-01", "month")]


def test_two_watchers_names_for_one_network_are_aliases_and_name_the_story_s_figures() -> None:
    page = ("---\ntitle: Albania-based network aimed at Kosovo removed\npublisher: Ledger\npublished: 2023-05-12\n"
            "---\n<html><body><h1>Albania-based network aimed at Kosovo removed</h1><p>Meta and X have removed a "
            "network of fake accounts run from Albania that targeted audiences in Kosovo, after two research teams "
            "flagged it.</p><p>Meta said on Wednesday that it had removed 140 Facebook accounts and 22 Pages. \"This "
            "network originated in Albania and targeted Kosovo,\" the company said.</p><p>X said it had suspended "
            "610 accounts that it tied to the same operation. The company credited the Arden Disinformation Lab in "
            "Oslo, which shared a list of accounts with X in March.</p><h2>Two teams, two names</h2><p>The research "
            "groups gave the network different names. Pellworth calls it Quiet Ferry, after a bridge. The Arden lab "
            "calls it Operation Grey Span. Both teams told us they were describing the same operation.</p>"
            "</body></html>")
    extraction = extract_document(parse_document("k.html", page.encode()))
    assert ("Quiet Ferry", "Operation Grey Span") in extraction.aliases
    assert [(f.platform, f.count, f.networks) for f in extraction.facts if f.count] == [
        ("Facebook", 140, ["Quiet Ferry"]), ("Facebook", 22, ["Quiet Ferry"]), ("Twitter", 610, ["Quiet Ferry"])]
    assert [(t.platform, t.source, t.tipped.isoformat()) for t in extraction.tips] == [
        ("Twitter", "Arden Disinformation Lab", "2023-03-01")]


def test_a_figure_a_lawmaker_puts_to_a_witness_is_no_removal() -> None:
    text = ("---\ntitle: Live: platforms before the committee\npublished: 2025-06-11\n---\n"
            "## 10:15\n\nTikTok's head of safety, Mara Hollis, says the company removed 2,204 accounts in a network "
            "run from Russia that targeted Moldova.\n\n## 11:40\n\nA committee member puts it to TikTok that "
            "\"something like 6,000 accounts\" were involved in the Moldova operation. The witness says that figure "
            "has circulated online but is wrong.\n")
    assert [(f.platform, f.count) for f in facts_of("l.md", text) if f.count] == [("TikTok", 2204)]


@pytest.mark.parametrize(("sentence", "source"), [
    ("X credited the Harrow Data Project, a research group based in Accra, with tipping it off.",
     "Harrow Data Project"),
    # (unnamed people a country places: not the country, nor "Kenya alerted the company")
    ("X said on Thursday it had suspended 912 accounts after researchers in Kenya alerted the company.",
     "researchers in Kenya"),
])
def test_who_tipped_a_platform_is_named_as_the_sentence_names_them(sentence: str, source: str) -> None:
    text = f"---\ntitle: X acts\npublished: 2025-03-07\n---\nX suspended 912 accounts from Ghana. {sentence}\n"
    tips = extract_document(parse_document("t.md", text.encode())).tips
    assert [(t.platform, t.source) for t in tips] == [("Twitter", source)]


def test_a_network_a_removal_only_looks_like_does_not_name_it() -> None:
    text = ("---\ntitle: Meta and YouTube remove network aimed at Chile\npublished: 2024-11-21\n---\n"
            "Meta said on Wednesday it had removed 90 Facebook accounts in a network from China that targeted Chile."
            "\n\nResearchers have nicknamed the network \"Puerto Azul\".\n\n"
            "Google said YouTube had terminated 41 channels linked to the same operation. Meta said some of the "
            "accounts shared characteristics with the China-based Spamouflage operation.\n")
    assert [(f.platform, f.count, f.networks) for f in facts_of("c.md", text) if f.count] == [
        ("Facebook", 90, ["Puerto Azul"]), ("Google", 41, ["Puerto Azul"])]


def test_a_capital_places_a_network_and_a_source_s_city_does_not_place_the_network_it_tipped() -> None:
    assert country_roles("Meta removed 31 Facebook accounts run from Honiara.")[0] == ["Solomon Islands"]
    assert country_roles("X suspended 54 accounts operated by a firm in Port Moresby.")[0] == ["Papua New Guinea"]
    text = ("---\ntitle: Archive update\npublished: 2019-12-13\n---\nTwitter said on Thursday that it had added "
            "three networks to its archive.\n\nThe third network consisted of 417 accounts "
            "originating in Belarus that targeted Poland. Most of them posed as local news outlets. Twitter said "
            "it first learned of the network from Amber "
            "Watch, a volunteer group based in Vilnius, which sent the company a list in September.\n")
    tips = extract_document(parse_document("t.md", text.encode())).tips
    assert [(t.source, t.about) for t in tips] == [("Amber Watch", "Belarus")]


def test_a_figure_other_outlets_reported_which_the_story_puts_right_is_no_removal() -> None:
    text = ("---\ntitle: Reading the numbers\npublished: 2024-06-20\n---\nWhen TikTok removed 52 accounts from the "
            "Kenya-based Dune Lark network in May 2023, some outlets reported the network's \"1.9 million accounts\". "
            "That was the follower count.\n")
    assert [(f.platform, f.count) for f in facts_of("e.md", text) if f.count] == [("TikTok", 52)]


def test_a_list_item_whose_first_sentence_is_only_its_month_is_dated_by_it() -> None:
    page = ("<html><body><h1>Explainer: the Reed Warbler network</h1><p>Published 12 September 2023</p>"
            "<h2>Timeline</h2><ul><li><strong>August 2019.</strong> Twitter removed 612 accounts that pushed "
            "hashtags about the protests.</li><li><strong>December 2021.</strong> Meta removed 903 Facebook accounts "
            "after a tip from a fact-checking group.</li></ul></body></html>")
    facts = extract_document(parse_document("e.html", page.encode())).facts
    assert [(f.platform, f.count, f.announced.isoformat(), f.date_precision) for f in facts] == [
        ("Twitter", 612, "2019-08-01", "month"), ("Facebook", 903, "2021-12-01", "month")]


def test_a_takedown_ranked_since_an_event_is_no_running_total_and_a_weekly_named_after_its_city_is_the_source() -> None:
    text = ("MUNICH, May 4, 2023 --\n\nMeta said on Wednesday that it had removed 860 Facebook accounts and 120 Pages "
            "belonging to a Russia-based operation, in what the company called the largest network it had disrupted "
            "since the start of the year.\n\nMeta said the investigation began with a tip from reporters at the "
            "Munich weekly Abendpost, who had noticed that the sites shared a host.\n")
    extraction = extract_document(parse_document("k.txt", text.encode()))
    assert [(f.count, f.unit, f.scope) for f in extraction.facts if f.count] == [
        (860, "accounts", None), (120, "pages", None)]
    assert [(t.platform, t.source) for t in extraction.tips] == [("Facebook", "Abendpost")]


def test_a_figure_that_brings_a_tally_to_a_total_is_a_running_total() -> None:
    text = ("---\ntitle: The year in review\npublished: 2024-12-30\n---\nX's action against Salt Finch began in "
            "September with 1,830 suspended accounts. Two weeks later the company added 412 more, bringing the final "
            "tally to 2,242 accounts.\n")
    assert [(f.count, f.scope) for f in facts_of("r.md", text) if f.count == 2242] == [(2242, "cumulative")]


def test_figures_told_without_their_unit_are_of_the_network_the_first_figure_is() -> None:
    text = ("YouTube terminates more channels tied to Russian \"Alder Hymn\" campaign\n\n"
            "SAN FRANCISCO, Oct. 28, 2021 - Google said on Thursday it had kept up its removal of YouTube channels "
            "linked to a Russian campaign.\n\nResearchers have called the Russian campaign \"Alder Hymn\" because its "
            "channels used the names of folk choirs.\n\nAccording to the bulletin, Google terminated 318 YouTube "
            "channels linked to the campaign in July. In August it terminated 502 more, and in September another "
            "644.\n\nThe same bulletin lists 1,204 YouTube channels Google terminated in a separate spam network "
            "linked to China.\n")
    facts = facts_of("b.txt", text)
    assert [(f.count, f.networks, f.announced.isoformat()) for f in facts if f.count and f.count < 1000] == [
        (318, ["Alder Hymn"], "2021-07-01"), (502, ["Alder Hymn"], "2021-08-01"), (644, ["Alder Hymn"], "2021-09-01")]


def test_a_group_that_said_on_a_day_that_it_had_reported_accounts_to_a_platform_tipped_it() -> None:
    text = ("---\ntitle: TikTok removes network aimed at Georgia\npublished: 2024-12-19\n---\nTikTok said it had "
            "removed 412 accounts run from Russia. Kavkaz Check, a fact-checking group based in Tbilisi, said on "
            "Wednesday that it had reported a first batch of the accounts to TikTok in early November.\n")
    tips = extract_document(parse_document("t.md", text.encode())).tips
    assert [(t.platform, t.source, t.tipped.isoformat()) for t in tips] == [("TikTok", "Kavkaz Check", "2024-11-01")]


def test_a_report_s_second_network_is_placed_by_the_sentence_bringing_it_in_and_run_by_no_other_s_firm() -> None:
    text = ("---\ntitle: Meta takes down three networks\npublished: 2025-03-04\n---\nLONDON, March 4 (Newsline) - Meta "
            "said on Tuesday it had removed nearly 900 Facebook accounts tied to a Serbia-based operation that "
            "targeted audiences in Bosnia, one of three networks in its latest report.\n\nMeta said the network was "
            "run by Drava Media Group, a Belgrade marketing company.\n\nThe second network in Tuesday's report "
            "originated in Honduras and targeted people inside the country. Meta removed 74 Facebook accounts and 12 "
            "Pages.\n\nMeta also described a third network from Peru and linked it to Andes Estrategia, a "
            "consultancy. The company gave no account numbers for that network.\n")
    facts = facts_of("m.md", text)
    assert [(f.count, f.origins, f.linked_to) for f in facts if f.unit != "networks" and (f.count or 0) < 100] == [
        (74, ["Honduras"], []), (12, ["Honduras"], [])]


def test_a_network_the_story_named_before_opening_a_sentence_owns_its_figures_and_its_aside_s_date() -> None:
    facts = facts_of("t.txt", """\
        BAGHDAD, June 8, 2022 (Tigris Wire) -- Meta said on Tuesday it had removed a second Iranian network, a year \
after it took down Cobalt Reed, the operation that targeted Iraq.

        The new network, which Meta calls Amber Sail, consisted of 140 Facebook accounts and 12 Pages.

        Amber Sail is larger than its predecessor. Cobalt Reed, which Meta announced in May 2021, was made up of 48 \
Facebook accounts and 7 Pages, and had about 9,000 Page followers.
        """)
    assert [(f.count, f.unit, f.networks, f.announced.isoformat(), f.reference) for f in facts if f.count] == [
        (140, "accounts", ["Amber Sail"], "2022-06-07", False), (12, "pages", ["Amber Sail"], "2022-06-07", False),
        (48, "accounts", ["Cobalt Reed"], "2021-05-01", True), (7, "pages", ["Cobalt Reed"], "2021-05-01", True)]


def test_a_release_the_named_takedown_follows_is_of_its_own_month_and_not_of_that_network() -> None:
    facts = facts_of("t.txt", """\
        CARACAS, April 20, 2019 (Andes Wire) -- Twitter said on Friday it had suspended 260 accounts tied to a \
network researchers call "Copper Gull".

        The Copper Gull action follows Twitter's March release of data on 410 accounts it said were run from \
Venezuela, a separate batch it had suspended earlier.
        """)
    assert [(f.count, f.networks, f.announced.isoformat(), f.date_precision) for f in facts] == [
        (260, ["Copper Gull"], "2019-04-19", "day"), (410, [], "2019-03-01", "month")]


def test_a_figure_linked_to_the_same_firm_is_linked_to_the_firm_named_after_the_first_figures() -> None:
    facts = facts_of("t.txt", """\
        NAIROBI, May 9, 2023 (Rift Post) -- Facebook said on Tuesday it had removed a network run from Uganda \
that targeted Kenyan voters.

        The company said it took down 52 Facebook accounts and 14 Pages. The network originated in Uganda.

        Facebook linked the operation to Crestline Media, a marketing firm in Kampala. "We found links to its \
staff," the company said.

        The Pages mocked the opposition and praised the ruling party.

        Twitter separately said it had suspended 17 accounts linked to the same firm.
        """)
    assert [(f.platform, f.count, f.linked_to) for f in facts if f.count] == [
        ("Facebook", 52, ["Crestline Media"]), ("Facebook", 14, ["Crestline Media"]),
        ("Twitter", 17, ["Crestline Media"])]
    # (but not a network run apart from it)
    facts = facts_of("t.md", """\
        ---
        title: Three networks down
        published: 2023-05-10
        ---
        BRIEF, May 10, 2023 -- Facebook on Tuesday took down three separate networks aimed at audiences in East \
Africa.

        Network 1: Uganda, aimed at Kenya and Rwanda. The largest of the three: 52 profiles, 14 Pages and 3 Groups. \
Facebook linked it to individuals connected with Crestline Media.

        Network 2: Uganda, aimed at Tanzania. Also Crestline-linked but run separately: 9 Facebook accounts and 3 \
Pages. It focused on Tanzania.
        """)
    assert [(f.count, f.linked_to) for f in facts if f.unit != "networks"] == [
        (52, ["individuals connected with Crestline Media"]), (14, ["individuals connected with Crestline Media"]),
        (3, ["individuals connected with Crestline Media"]), (9, []), (3, [])]


def test_an_arrow_in_an_item_s_label_points_from_the_origin_to_the_target_and_the_same_operation_shares_both() -> None:
    facts = facts_of("n.md", """\
        ---
        title: "Signals weekly #12"
        published: 2023-11-17
        ---
        - **X / Chile → Bolivia.** X said it had suspended 410 accounts operated from Chile that targeted Bolivia. \
Reddit said it had banned accounts tied to the same Chilean operation but gave no number. YouTube removed channels \
that were part of the same coordinated campaign.
        """)
    assert [(f.platform, f.count, f.origins, f.targets) for f in facts] == [
        ("Twitter", 410, ["Chile"], ["Bolivia"]), ("Reddit", None, ["Chile"], ["Bolivia"]),
        ("YouTube", None, ["Chile"], ["Bolivia"])]


def test_it_was_operated_from_after_a_network_s_name_places_that_network_s_figures() -> None:
    facts = facts_of("t.md", """\
        ---
        title: Press call transcript
        publisher: Twitter
        published: 2021-03-04
        ---
        **DANA (TWITTER):** Today we are adding two networks to our archive. The first is a network we call Salt \
Lamp. It was operated from Morocco by a consultancy named Atlas Reach, and it targeted audiences in Algeria. We \
disclosed 812 accounts from Salt Lamp. The second network was based in Ghana; we removed 96 accounts.
        """)
    assert [(f.count, f.origins, f.targets, f.networks, f.linked_to) for f in facts] == [
        (812, ["Morocco"], ["Algeria"], ["Salt Lamp"], ["consultancy named Atlas Reach"]), (96, ["Ghana"], [], [], [])]


def test_a_figure_a_speaker_takes_back_at_once_is_not_a_takedown() -> None:
    facts = facts_of("t.txt", """\
        THE EVENING DESK, transcript
        Broadcast Monday, 14 October 2019

        MARA HOLT (META): So we removed 318 Facebook accounts, sorry, let me correct that: we removed 381 Facebook \
accounts and 12 Pages. The network originated in Peru.
        """)
    assert [(f.count, f.unit) for f in facts] == [(381, "accounts"), (12, "pages")]


def test_countries_are_known_by_their_short_everyday_names() -> None:
    assert [name for name, _, _ in countries_in("Targets: Bosnia, Trinidad, Scotland and Turkiye.")] == [
        "Bosnia and Herzegovina", "Trinidad and Tobago", "United Kingdom", "Turkey"]


def test_an_update_that_puts_a_figure_right_further_on_in_its_paragraph_replaces_it() -> None:
    facts = facts_of("m.md", """\
        ---
        title: Our threat report
        publisher: Meta
        published: 2023-02-01
        ---
        We removed 640 Facebook accounts and 31 Pages. This network originated in Honduras and targeted domestic \
audiences.

        - Presence on Facebook and Instagram: 640 Facebook accounts and 31 Pages.

        **Update on March 3, 2023:** We previously reported 640 Facebook accounts for the Honduras network. A further \
review found that 58 of those accounts were spam. The network therefore comprised 582 Facebook accounts.
        """)
    assert [(f.count, f.unit, f.origins) for f in facts if f.unit != "accounts" or f.count != 58] == [
        (31, "pages", ["Honduras"]), (582, "accounts", ["Honduras"])]


def test_that_network_in_the_next_sentence_places_and_aims_the_figures_before_it() -> None:
    facts = facts_of("w.txt", """\
        OTTAWA, Oct. 12, 2018 (Maple Wire) --

        The spam sweep followed a smaller announcement. On Tuesday, Facebook said it had taken down 41 Pages and 17 \
accounts for coordinated inauthentic behavior. That network originated in Iran and targeted people in Canada and \
France, with memes about housing.
        """)
    assert [(f.count, f.origins, f.targets) for f in facts] == [
        (41, ["Iran"], ["Canada", "France"]), (17, ["Iran"], ["Canada", "France"])]


def test_that_network_after_a_figure_is_the_one_just_counted_not_the_one_named_before() -> None:
    facts = facts_of("m.txt", """\
        LUANDA, March 3, 2021 --

        In February, Facebook removed 41 profiles and 9 pages of a network it calls "Frente Jovem", which it accused \
of coordinated inauthentic behaviour.

        The Frente Jovem case is a domestic one, but Angola has also been the target of operations from abroad. In \
September, Twitter suspended 1,306 accounts of a Portuguese marketing agency that targeted audiences in Angola. That \
network was run from Porto by the agency Vento Norte.
        """)
    assert [(f.count, f.networks, f.origins, f.linked_to) for f in facts] == [
        (41, ["Frente Jovem"], [], []), (9, ["Frente Jovem"], [], []),
        (1306, [], ["Portugal"], ["agency Vento Norte"])]


def test_spam_said_after_a_plain_list_of_figures_is_every_figure_s() -> None:
    facts = facts_of("s.txt", """\
        OTTAWA, Oct. 12, 2018 --

        Facebook said on Thursday that it had removed 318 Pages and 96 accounts, most of them run from Canada, for \
breaking its rules on spam.

        Facebook said it had also removed 52 Pages linked to Iran and 12 accounts for spam.
        """)
    assert [(f.count, f.scope) for f in facts] == [(318, "spam"), (96, "spam"), (52, None), (12, "spam")]


def test_a_disclosure_a_since_clause_recalls_is_dated_by_its_month() -> None:
    facts = facts_of("p.txt", """\
        OTTAWA, Oct. 12, 2018 --

        Facebook has faced questions since it disclosed in August that it had removed 27 Pages and accounts ahead \
of the vote.

        Since August we have suspended 1,032 accounts.
        """)
    assert [(f.count, f.announced.isoformat(), f.date_precision, f.reference) for f in facts][:1] == [
        (27, "2018-08-01", "month", True)]
    assert facts[-1].announced.isoformat() == "2018-10-12"


def test_a_report_s_field_with_its_unit_in_the_label_counts_the_section_s_network() -> None:
    facts = facts_of("cio.md", """\
        ---
        title: Covert influence operations, May 2024
        publisher: TikTok
        published: 2024-06-20
        ---
        In May 2024, we took down two covert influence networks.

        ## Network 1: Peru

        Detection source: Internal. Accounts in network: 318. Followers of network: 41,200.

        We assess that this network operated from Peru and targeted a Bolivian audience.

        ## Network 2: Kenya

        Detection source: External. # of accounts in network: 64. Followers of network: 9,870.
        """)
    assert [(f.count, f.unit, f.origins, f.quote) for f in facts if f.unit == "accounts"] == [
        (318, "accounts", ["Peru"], "Accounts in network: 318."),
        (64, "accounts", ["Kenya"], "Network 2: Kenya Detection source: External. # of accounts in network: 64.")]
    assert next(f for f in facts if f.count == 318).targets == ["Bolivia"]


def test_a_platform_s_cleaning_told_in_a_story_about_one_network_is_from_no_country_of_it() -> None:
    facts = facts_of("c.txt", """\
        BONN, Nov. 18, 2022 --

        Meta said on Thursday it had removed 1,480 Facebook accounts run from Russia.

        Meta also disclosed on Thursday that it had removed 1.9 billion fake accounts in the third quarter. The \
company said those accounts had nothing to do with the Russian operation.
        """)
    assert [(f.count, f.origins, f.scope) for f in facts] == [(1480, ["Russia"], None), (1_900_000_000, [], "spam")]


def test_another_platform_s_figure_for_the_same_network_is_aimed_where_the_figures_were() -> None:
    facts = facts_of("t.md", """\
        ---
        title: Vietnam-based 'Reed Lantern' network pushed Hanoi's line, says Meta
        published: 2023-10-05
        ---
        DAVAO - Meta said on Tuesday that it had dismantled a network of fake accounts operated from Vietnam that \
posed as Cambodians and pushed Hanoi's position on river dams.

        The company removed 64 Facebook accounts and 9 Pages, it said. The network originated in Vietnam and \
targeted audiences in Cambodia. Meta called the operation "Reed Lantern".

        TikTok said on the same day that it had removed 208 accounts that it believed belonged to the same operation.
        """)
    assert [(f.count, f.targets) for f in facts if f.count] == [(64, ["Cambodia"]), (9, ["Cambodia"]),
                                                                (208, ["Cambodia"])]


def test_a_one_network_story_places_its_lead_though_it_tells_of_something_earlier_elsewhere() -> None:
    facts = facts_of("w.md", """\
        ---
        title: X removes accounts
        published: 2025-03-07
        ---
        KAMPALA, March 6 (Wire) - X said on Thursday it had suspended nearly 2,300 accounts in a network that tried \
to shape opinion about Chad's elections, after researchers in Uganda alerted the company.

        X said the operation, dubbed Dune Relay, involved 2,264 accounts in total and was run from Libya by staff of \
a public relations company.

        Grace Okello of the Lake Data Initiative, the Kampala group that reported the network to X in November, said \
her team first noticed it when more than 200 accounts posted the same hashtag within minutes.
        """)
    assert [(f.count, f.origins, f.networks) for f in facts][:2] == [
        (2300, ["Libya"], ["Dune Relay"]), (2264, ["Libya"], ["Dune Relay"])]


def test_each_html_section_s_assessment_places_its_own_network() -> None:
    facts = facts_of("cio.html", """\
        <html><head><title>Covert influence operations: May 2024 | TikTok Transparency Center</title></head><body>
        <h1>Covert influence operations: May 2024</h1>
        <p>Published June 6, 2024</p>
        <p>Below we list the covert influence networks we disrupted on TikTok in May 2024.</p>
        <h2>Network operating from Peru, targeting Bolivia</h2>
        <p>We assess that this network operated from Peru and targeted audiences in Bolivia. The network comprised 212 \
accounts, which had 9,120 followers.</p>
        <h2>Network operating from Serbia, targeting Croatia</h2>
        <p>We assess that this network operated from Serbia and targeted audiences in Croatia. The individuals behind \
it posed as students. The network comprised 74 accounts, which had 8,912 followers.</p>
        </body></html>
        """)
    assert [(f.count, f.origins, f.targets) for f in facts if f.count] == [
        (212, ["Peru"], ["Bolivia"]), (74, ["Serbia"], ["Croatia"])]


def test_the_next_months_of_a_series_told_with_it_are_the_same_campaign_s() -> None:
    facts = facts_of("q.txt", """\
        LONDON, Nov. 9, 2021 --

        The bulletin lists the network once for each month. In July, TAG terminated 1,210 YouTube channels as part of \
its investigation into coordinated influence operations linked to Russia. In August it terminated 1,455 channels, \
and in September it terminated 998 channels.
        """)
    assert [(f.count, f.origins, f.announced.isoformat()) for f in facts] == [
        (1210, ["Russia"], "2021-07-01"), (1455, ["Russia"], "2021-08-01"), (998, ["Russia"], "2021-09-01")]


def test_a_description_s_aside_about_another_event_does_not_date_the_figures_before_it() -> None:
    facts = facts_of("d.txt", """\
        NIAMEY, June 6, 2024 — Meta said on Wednesday that it had removed a network run from Niger, in its quarterly \
report.

        The company said it removed 204 Facebook accounts and 31 Pages. According to Meta, the network originated in \
Niger and targeted audiences in Chad and Mali, two countries whose leaders signed a defence pact last October.
        """)
    assert [(f.count, f.announced.isoformat(), f.reference) for f in facts if f.count] == [
        (204, "2024-06-05", False), (31, "2024-06-05", False)]


def test_the_second_larger_network_placed_before_its_figures_is_theirs() -> None:
    facts = facts_of("c.md", """\
        ---
        title: Two networks
        published: 2022-08-05
        ---
        The first network originated in Rwanda and targeted audiences in Burundi. Meta said it removed 41 Facebook \
accounts.

        The second, larger network originated in Uganda and targeted domestic audiences. Meta said it removed 133 \
Facebook accounts and 20 Pages.
        """)
    assert [(f.count, f.origins) for f in facts] == [(41, ["Rwanda"]), (133, ["Uganda"]), (20, ["Uganda"])]


def test_accounts_a_platform_can_tie_to_a_firm_are_linked_to_it() -> None:
    assert linked_entities("We removed 904 accounts that we can reliably tie to Silver Reed Media, a marketing company "
                           "in Dhaka.") == ["Silver Reed Media"]
    assert linked_entities("We removed 88 accounts that we were able to trace to Harbor Gate Partners.") == [
        "Harbor Gate Partners"]


def test_a_reach_figure_a_correction_says_measured_something_else_is_gone() -> None:
    text = ("BOGOTA, May 4, 2021 --\n\nTwitter said it had suspended about 800 accounts run from Venezuela. The "
            "accounts had about 2.4 million followers, according to the company.\n\nCorrection: Twitter says the "
            "accounts had about 95,000 followers combined; the 2.4 million figure was the number of tweets they had "
            "posted.\n")
    reach = extract_document(parse_document("c.txt", text.encode())).reach
    assert [(r.measure, r.amount) for r in reach] == [("followers", 95000)]


def test_a_report_s_fields_between_a_figure_and_the_assessment_that_places_it_are_passed_over() -> None:
    facts = facts_of("r.md", """\
        ---
        title: Covert influence operations, June 2024
        publisher: TikTok
        published: 2024-07-18
        ---
        This page sets out the networks we disrupted in June 2024.

        **Network operating from Peru, targeting Chile**
        Detection source: Internal. Accounts in network: 318. Followers of network: 41,200.
        We assess that this network operated from Peru and targeted a Chilean audience.

        **Network operating from Kenya, targeting Uganda**
        Detection source: External. Accounts in network: 57. Followers of network: 9,870.
        We assess that this network operated from Kenya and targeted audiences in Uganda.
        """)
    assert [(f.count, f.origins, f.targets) for f in facts if f.count] == [
        (318, ["Peru"], ["Chile"]), (57, ["Kenya"], ["Uganda"])]


def test_a_subreddit_post_s_we_is_reddit_though_it_says_so_mid_sentence() -> None:
    facts = facts_of("r.txt", """\
        r/redditsecurity — Findings from our "Salt Marsh" investigation

        Posted by u/safety_team on March 5, 2019

        Today we are sharing an investigation into a campaign we call Salt Marsh. As part of this work we banned 212 \
accounts. We believe the accounts originated in Iran.
        """)
    assert [(f.platform, f.count, f.origins) for f in facts] == [("Reddit", 212, ["Iran"])]


def test_networks_added_to_an_archive_are_disclosed_each_from_its_own_place() -> None:
    facts = facts_of("a.txt", """\
        OSLO, April 11, 2019 — Twitter on Thursday added three more state-linked networks to its public archive of \
information operations.

        The largest set, 1,204 accounts, was operated from Bolivia. A second network of 377 accounts was run out of \
Morocco by a marketing company.

        The third and smallest network consisted of 61 accounts that Twitter linked to Cold Harbor, a content farm.
        """)
    assert [(f.action, f.count, f.origins) for f in facts if f.unit == "accounts"] == [
        ("disclosed", 1204, ["Bolivia"]), ("disclosed", 377, ["Morocco"]), ("disclosed", 61, [])]


def test_a_look_back_s_bold_label_with_a_year_dates_its_item() -> None:
    facts = facts_of("r.md", """\
        ---
        title: The year on smaller platforms
        published: 2024-12-30
        ---
        **Discord (2022).** Discord's Ember Loop disclosure, covering 1,208 banned accounts run from Iran, is still \
the only detailed report from a gaming platform.

        **Snapchat (2024).** In October, Snapchat removed 127 accounts run from Russia.
        """)
    assert [(f.count, f.announced.isoformat(), f.date_precision, f.reference) for f in facts] == [
        (1208, "2022-01-01", "year", True), (127, "2024-10-01", "month", True)]


def test_a_final_count_keeps_the_preliminary_one_as_first_told() -> None:
    facts = facts_of("t.txt", """\
        Thread: the Grey Wren takedown
        Posted May 3, 2024

        6/7 X: 90+ accounts suspended so far, according to the company. Will update when we have a final figure.

        7/7 UPDATE (evening): X has now confirmed the final number to us: 97 accounts suspended.
        """)
    assert [(f.count, f.first_told, f.first_quote) for f in facts if f.count] == [
        (97, "at least 90", "6/7 X: 90+ accounts suspended so far, according to the company.")]


def test_a_demonym_and_a_platform_name_no_network() -> None:
    assert network_names("Four years later, the Iranian YouTube operation alone had far more assets.") == []
    assert network_names("The Russian Facebook network was small.") == []


def test_a_report_released_on_a_weekday_dates_the_networks_told_the_same_day() -> None:
    facts = facts_of("r.txt", """\
        SEATTLE, Oct. 4, 2020 (Coast Wire) -- Twitter on Wednesday released its transparency report, saying it \
challenged millions of accounts a month.

        In a separate blog post the same day, Twitter said it was adding two networks to its archive.

        The first comprised 402 accounts originating in Egypt.
        """)
    assert [(f.count, f.announced.isoformat()) for f in facts if f.count == 402] == [(402, "2020-09-30")]


def test_accounts_by_the_million_told_without_a_word_of_influence_are_routine_cleaning() -> None:
    facts = facts_of("t.txt", """\
        SEATTLE, Oct. 4, 2020 --

        Twitter said it challenged 12.1 million accounts a month. Of those, 1.9 million accounts were suspended \
outright, the company said.

        X said it suspended 4.2 million accounts between January and June, and took action on 200 million accounts \
for breaking its rules.

        Twitter suspended 1,936 accounts in a network operated from the Philippines.
        """)
    assert [(f.count, f.scope) for f in facts] == [(1_900_000, "spam"), (4_200_000, "spam"), (200_000_000, "spam"),
                                                    (1936, None)]


def test_a_figure_put_right_keeps_the_one_first_told_and_the_words_that_told_it() -> None:
    facts = facts_of("m.md", """\
        ---
        title: Our threat report
        publisher: Meta
        published: 2023-02-01
        ---
        We removed 640 Facebook accounts and 31 Pages. This network originated in Honduras.

        **Update on March 3, 2023:** We previously reported 640 Facebook accounts for the Honduras network. A further \
review found that 58 of those accounts were spam. The network therefore comprised 582 Facebook accounts.
        """)
    right = next(f for f in facts if f.count == 582)
    assert (right.first_told, right.first_quote) == ("640", "**Update on March 3, 2023:** We previously reported 640 "
                                                            "Facebook accounts for the Honduras network.")
    assert [f.first_told for f in facts if f.count != 582] == [None] * (len(facts) - 1)


def test_a_publication_s_own_slip_is_no_figure_first_told() -> None:
    facts = facts_of("n.txt", """\
        OTTAWA, June 4, 2024 --

        TikTok said on Monday it had removed 146 accounts run from Moldova.

        Correction, June 5, 2024: An earlier version of this article said TikTok had removed 416 accounts. The correct \
figure is 146 accounts.

        Meta removed 52 accounts from Iran, not 25 as we reported on Monday.
        """)
    assert [(f.count, f.first_told) for f in facts] == [(146, None), (52, None)]


def test_a_correction_note_below_a_list_gives_the_listed_figure_the_one_it_first_listed() -> None:
    facts = facts_of("b.md", """\
        ---
        title: Quarterly bulletin
        publisher: Google
        published: 2022-08-02
        ---
        - We terminated 48 YouTube channels linked to Moldova.
        - We terminated 210 YouTube channels linked to Vietnam.

        An earlier version of this bulletin listed 84 YouTube channels for the Moldova campaign. On review, 36 of them \
had been removed for spam, and the figure has been corrected to 48.
        """)
    assert [(f.count, f.origins, f.first_told, f.first_quote) for f in facts] == [
        (48, ["Moldova"], "84", "An earlier version of this bulletin listed 84 YouTube channels for the Moldova "
                                "campaign."),
        (210, ["Vietnam"], None, None)]


def test_a_disclosure_s_networks_keep_their_own_places_and_its_total_takes_none() -> None:
    facts = facts_of("t.md", """\
        ---
        title: Disclosing three networks
        publisher: Twitter
        published: 2020-04-14
        ---
        ## Ecuador

        We removed 212 accounts originating in Ecuador. This network targeted domestic audiences in Ecuador and was \
primarily active in 2019.

        ## Angola

        We removed 97 accounts originating in Angola.

        In total, this disclosure covers 309 accounts across the two networks.
        """)
    assert [(f.count, f.origins, f.announced.isoformat(), f.scope) for f in facts if f.unit == "accounts"] == [
        (212, ["Ecuador"], "2020-04-14", None), (97, ["Angola"], "2020-04-14", None),
        (309, [], "2020-04-14", "cumulative")]
    # (a news story's "…deleted 212 accounts in Ecuador…, and a smaller network from Angola": Ecuador's figure)
    facts = facts_of("n.txt", "QUITO, April 15, 2020 (Wire) -- Twitter said on Tuesday it had deleted 212 accounts in "
                              "Ecuador that were linked to a local party, and a smaller network from Angola.\n")
    assert [(f.count, f.origins) for f in facts] == [(212, ["Ecuador"])]


def test_a_record_a_new_network_dwarfs_is_the_earlier_platform_s_own_figure_of_its_own_date() -> None:
    facts = facts_of("r.txt", """\
        ALMATY, December 30, 2024 (Steppe Desk) -- In September, Meta removed 2,614 Facebook accounts in a network it \
called Amber Yurt.

        Amber Yurt dwarfed the previous record for a Kazakh network, the 1,204 core accounts that Twitter disclosed in \
June 2020.
        """)
    assert [(f.platform, f.count, f.networks, f.announced.isoformat(), f.reference) for f in facts] == [
        ("Facebook", 2614, ["Amber Yurt"], "2024-09-01", True), ("Twitter", 1204, [], "2020-06-01", True)]


def test_the_owner_of_facebook_and_instagram_is_meta_not_instagram() -> None:
    facts = facts_of("o.txt", "NEW DELHI, May 30, 2024 (Wire) -- The owner of Facebook and Instagram said on Wednesday "
                              "it had removed 41 Facebook accounts and 6 Pages that originated in Vietnam.\n")
    assert [(f.platform, f.count, f.unit) for f in facts] == [("Facebook", 41, "accounts"), ("Facebook", 6, "pages")]


def test_a_total_said_well_before_its_figure_is_the_sum_of_the_sections_after_it() -> None:
    text = ("---\ntitle: Disclosing networks\npublisher: Twitter\npublished: 2020-06-18\n---\nToday we are adding two "
            "networks to our archive. In total, the datasets published today cover 1,310 accounts, all of which have "
            "been suspended.\n\n## Serbia\n\nWe removed 1,200 accounts operating from Serbia.\n\n## Peru\n\nWe removed "
            "110 accounts operating from Peru.\n")
    assert [(f.count, f.scope) for f in facts_of("t.md", text)] == [(1310, "sum"), (1200, None), (110, None)]


def test_a_network_said_outright_to_originate_elsewhere_keeps_its_origin_under_another_country_s_heading() -> None:
    facts = facts_of("r.md", """\
        ---
        title: Our 2021 recap
        publisher: Meta
        published: 2021-12-09
        ---
        ## Ethiopia

        In June we removed 1,033 Facebook accounts that originated in Ethiopia.

        Separately, in July we removed a network that originated in Sudan and targeted Ethiopian audiences. It \
consisted of 58 Facebook accounts and 14 Pages.
        """)
    assert [(f.count, f.origins, f.targets) for f in facts if f.count] == [
        (1033, ["Ethiopia"], []), (58, ["Sudan"], ["Ethiopia"]), (14, ["Sudan"], ["Ethiopia"])]


def test_amplifiers_added_to_a_network_s_core_come_from_where_the_core_did() -> None:
    text = ("---\ntitle: Disclosing networks\npublisher: Twitter\npublished: 2020-06-18\n---\nWe "
            "removed 640 accounts operating from Belarus. The accounts posed as students. These 640 accounts are "
            "the core of the network. An additional 5,200 amplifier accounts, which mostly retweeted the core "
            "accounts, were suspended but are not in the archive.\n")
    assert [(f.count, f.origins, f.scope) for f in facts_of("t.md", text)] == [
        (640, ["Belarus"], None), (5200, ["Belarus"], "additional")]


def test_an_investigation_that_began_after_a_group_s_reports_credits_that_group() -> None:
    text = ("MANILA, Sept. 23, 2020 (Wire) - Facebook said on Tuesday it had removed 31 Pages run from the "
            "Philippines. Facebook said its investigation into the network began after reports by Bantay Totoo, a "
            "fact-checking group in Cebu.\n")
    assert [(t.platform, t.source) for t in extract_document(parse_document("p.txt", text.encode())).tips] == [
        ("Facebook", "Bantay Totoo")]


def test_research_shared_with_the_platform_that_a_finding_was_based_on_is_a_tip() -> None:
    text = ("---\ntitle: An update on our archive\npublisher: Twitter\npublished: 2021-01-21\n---\nBased on research "
            "shared with us by the Lakeside Observatory after our October disclosure, we identified 148 further "
            "accounts that were part of the Cambodian network.\n")
    assert [(t.platform, t.source) for t in extract_document(parse_document("u.md", text.encode())).tips] == [
        ("Twitter", "Lakeside Observatory")]


def test_a_podcast_s_guests_speak_for_their_own_platforms_accented_names_and_final_counts_too() -> None:
    facts = facts_of("p.md", """\
        ---
        title: "Signal Hour, Episode 12: one operation, two platforms"
        published: 2022-05-12
        ---
        HOST (MARA VOSS): Welcome back. With me are Ines Kovac from TikTok and Tomás Reyes from Twitter. Both \
companies removed parts of a Russian operation called Amber Ferry.

        HOST (MARA VOSS): Ines, how big was it?

        INES KOVAC (TIKTOK): So the final count is 1,204 accounts.

        TOMÁS REYES (TWITTER): A smaller number on our side. We suspended more than 300 accounts, most of them \
posting in German.
        """)
    assert [(f.platform, f.count, f.qualifier) for f in facts if f.count] == [
        ("TikTok", 1204, "exact"), ("Twitter", 300, "more than")]


def test_a_figure_said_not_to_be_linked_to_a_network_is_not_that_network_s() -> None:
    facts = facts_of("n.txt", "BERLIN, May 5, 2022 (Wire) -- TikTok said on Wednesday it had removed 1,390 accounts "
                              "of a Russian network nicknamed Amber Ferry. Last year TikTok said it had removed 31 "
                              "accounts that impersonated German politicians, an action not linked to Amber Ferry.\n")
    assert [(f.count, f.networks) for f in facts if f.count] == [(1390, ["Amber Ferry"]), (31, [])]


def test_an_earlier_removal_told_in_passing_dates_neither_the_new_figures_nor_the_news_day() -> None:
    facts = facts_of("returns.txt", """\
        THE HARBOUR TIMES
        Thursday 11 June 2020

        The Quill Lantern network is back on Facebook, the company said on Tuesday.

        Facebook said it had taken down 58 Facebook accounts and 17 Pages. The company said the accounts tried to \
rebuild the network it removed in March 2019, which the Oslo firm Tern Labs named "Quill Lantern".

        The accounts had posted 90,000 times since January. Twitter said separately that it had suspended 33 \
accounts.
        """)
    assert [(f.platform, f.count, f.announced.isoformat(), f.date_precision, f.reference) for f in facts] == [
        ("Facebook", 58, "2020-06-09", "day", False), ("Facebook", 17, "2020-06-09", "day", False),
        ("Twitter", 33, "2020-06-09", "day", False)]


def test_a_sections_earlier_rounds_do_not_date_its_figures() -> None:
    facts = facts_of("report.md", """\
        ---
        title: Quarterly threat report
        publisher: Meta
        published: 2022-08-04
        ---
        ## Russia

        We removed 520 Facebook accounts and 31 Pages. This network originated in Russia and targeted Moldova. This is \
the third time we have removed it; we previously removed it in March 2019 and September 2020.
        """)
    assert [(f.count, f.announced.isoformat(), f.date_precision) for f in facts if f.count_text] == [
        (520, "2022-08-04", "day"), (31, "2022-08-04", "day")]


def test_a_total_since_the_first_takedown_is_a_running_total() -> None:
    facts = facts_of("post.txt", """\
        MENLO PARK, Aug. 4, 2022 -- Facebook said on Thursday it had removed 1,140 accounts of Quill Lantern. With \
this action, it has removed a total of 1,448 accounts of Quill Lantern since it first took it down in 2019.
        """)
    assert [(f.count, f.scope) for f in facts] == [(1140, None), (1448, "cumulative")]


def test_another_platforms_earlier_act_told_as_a_time_dates_neither_the_figures_told_again_nor_the_next() -> None:
    facts = facts_of("post.md", """\
        ---
        title: Removing two networks
        publisher: Facebook Newsroom
        published: 2019-03-12
        ---
        **Iran**

        We removed 84 Facebook accounts and 19 Pages. This network originated in Iran and focused on Iraq.

        We found this activity building on domains first flagged by Twitter when it acted against Iranian accounts \
in August 2018.

        * Presence on Facebook: 84 Facebook accounts and 19 Pages.

        **Bangladesh**

        We also removed 31 Facebook accounts and 7 Pages that posed as students in Bangladesh.
        """)
    assert {(f.count, f.announced.isoformat(), f.reference) for f in facts if f.count_text} == {
        (84, "2019-03-12", False), (19, "2019-03-12", False), (31, "2019-03-12", False), (7, "2019-03-12", False)}


def test_a_figure_after_other_platforms_acted_against_the_same_campaign_is_that_campaigns() -> None:
    facts = facts_of("story.txt", """\
        LONDON, Sept. 27, 2019 -- YouTube said on Thursday it had terminated 320 channels of the Amber Gull \
network, which was run from China and targeted Taiwan.

        Other platforms have moved against the same campaign. Twitter last month disclosed 730 accounts that it \
said were part of a state-backed effort.

        **Elsewhere.** Meta acted against the same network in May.

        **Unrelated.** Twitter also suspended 45 accounts that posed as local news outlets.
        """)
    assert [(f.platform, f.count, f.origins, f.targets, f.networks) for f in facts if f.count_text] == [
        ("YouTube", 320, ["China"], ["Taiwan"], ["Amber Gull"]),
        ("Twitter", 730, ["China"], ["Taiwan"], ["Amber Gull"]),
        ("Twitter", 45, [], [], [])]


def test_a_total_since_a_launch_is_a_running_total_dated_by_its_report() -> None:
    facts = facts_of("post.md", """\
        ---
        title: Two more networks in our archive
        publisher: Twitter Safety
        published: 2019-12-19
        ---
        We started the archive in October 2018 so that anyone could study these campaigns, and since then we have \
disclosed more than 26,000 accounts. Today we are disclosing 512 accounts from a network run from Ecuador.
        """)
    assert [(f.count, f.scope, f.announced.isoformat(), f.reference) for f in facts] == [
        (26000, "cumulative", "2019-12-19", False), (512, None, "2019-12-19", False)]


def test_the_day_another_platform_reported_a_network_does_not_date_this_takedown_of_it() -> None:
    facts = facts_of("post.md", """\
        ---
        title: Three networks added to our archive
        publisher: Twitter Safety
        published: 2019-09-24
        ---
        We removed 23 accounts that originated in Iran and that we assess are connected to the Heron Gate network \
that Facebook reported last November.
        """)
    assert [(f.count, f.announced.isoformat(), f.reference) for f in facts] == [(23, "2019-09-24", False)]


def test_a_share_on_an_app_of_the_assets_just_counted_is_that_apps_accounts() -> None:
    facts = facts_of("story.txt", """\
        OSLO, Nov. 14, 2018 -- Facebook said on Wednesday it had removed two hundred and six Pages, Groups and \
accounts, thirty-four of them on Instagram, that belonged to a network run from Iran.
        """)
    assert [(f.count, f.unit, f.surface, f.scope) for f in facts] == [
        (206, "pages, groups and accounts", None, None), (34, "accounts", "Instagram", "part")]


def test_an_update_that_raises_the_number_removed_with_nothing_to_correct_gives_the_new_figure() -> None:
    facts = facts_of("update.txt", """\
        Facebook raises count of "Teal Lantern" accounts

        May 20, 2021

        Facebook on Thursday raised the number of Facebook accounts it removed from the Laos-based Teal Lantern \
network to 207, after a follow-up investigation.
        """)
    assert [(f.count, f.unit, f.networks, f.announced.isoformat()) for f in facts] == [
        (207, "accounts", ["Teal Lantern"], "2021-05-20")]


def test_the_company_is_the_platform_the_sentence_is_according_to_or_that_acted_for_the_nth_time() -> None:
    facts = facts_of("story.md", """\
        ---
        title: Two platforms pull a network
        published: 2018-11-09
        ---
        Facebook said on Thursday it had taken down a network run from Iran. Twitter followed a day later.

        According to Facebook, the company removed 52 Facebook accounts, 17 Pages and 6 Instagram accounts.

        On Friday, Twitter said it had suspended 430 accounts linked to the network.

        The removals are the second time since the summer that Facebook has acted against Iranian pages. In August, \
the company took down 95 Pages and accounts that it linked to Iranian state media.
        """)
    assert [(f.platform, f.count) for f in facts if f.count_text] == [
        ("Facebook", 52), ("Facebook", 17), ("Facebook", 6), ("Twitter", 430), ("Facebook", 95)]


def test_a_removal_connected_to_the_operation_told_above_is_of_that_operation() -> None:
    story = ("VILNIUS, Nov 22, 2022 (Wire) - Telegram has blocked 64 channels that posed as local news outlets in "
             "Lithuania, the company said on Tuesday.\n\nOfficials said the operation was run from Belarus.\n\n"
             "\"We acted once it was confirmed,\" a spokesperson said. Telegram said it had also removed 12 bots.\n\n"
             "Google said it had terminated YouTube channels connected to the operation but did not say how many.\n\n"
             "In 2021 YouTube removed 12 channels tied to a different network.\n")
    assert [(f.platform, f.count, f.origins, f.targets) for f in facts_of("k.txt", story)] == [
        ("Telegram", 64, ["Belarus"], ["Lithuania"]), ("Telegram", 12, [], []),
        ("Google", None, ["Belarus"], ["Lithuania"]), ("YouTube", 12, [], [])]


@pytest.mark.parametrize(("sentence", "origins"), [
    ("The accounts were not run from inside Senegal, the company said.", []),
    ("The network was never operated from Chad.", []),
    ("The accounts were run from Senegal.", ["Senegal"]),
])
def test_a_place_a_network_was_not_run_from_is_no_origin(sentence: str, origins: list[str]) -> None:
    assert country_roles(sentence)[0] == origins


def test_a_group_described_before_its_name_that_shared_a_list_tipped_the_platform() -> None:
    text = ("BOGOTA, Sept. 26, 2023 -- X said it had suspended 812 accounts run from Venezuela. The company acted "
            "after the Cali fact-checking group Lupa Andina shared a list of suspicious accounts in early September.\n")
    tips = extract_document(parse_document("story.txt", text.encode())).tips
    assert [(t.platform, t.source) for t in tips] == [("Twitter", "Lupa Andina")]


def test_a_tip_the_platform_would_not_confirm_is_no_tip() -> None:
    text = ("MANILA, April 18, 2024 -- X said on Wednesday it had suspended 2,310 accounts aimed at Filipino users. "
            "X also declined to say how it had found the network, or whether it had received a tip from researchers "
            "or government agencies.\n")
    assert extract_document(parse_document("story.txt", text.encode())).tips == []


def test_a_network_run_from_a_party_s_office_is_placed_by_the_country_its_name_gives() -> None:
    facts = facts_of("a.txt", """\
        Purge of party accounts

        TBILISI, 22 October 2020 - The Courier

        Twitter has suspended 4,216 accounts it says were run from the digital office of the Georgian Harmony Party.

        Facebook said last month it had removed 87 accounts and 19 Pages linked to the same office.

        Facebook also declined to say whether 40 other Pages were linked to the same office.
        """)
    assert [(f.platform, f.count, f.unit, f.origins, f.linked_to) for f in facts if f.count in (4216, 87, 19)] == [
        ("Twitter", 4216, "accounts", ["Georgia"], ["digital office of the Georgian Harmony Party"]),
        ("Facebook", 87, "accounts", ["Georgia"], ["digital office of the Georgian Harmony Party"]),
        ("Facebook", 19, "pages", ["Georgia"], ["digital office of the Georgian Harmony Party"])]
    assert all(not f.linked_to and not f.origins for f in facts if f.count == 40)


def test_operators_named_with_one_country_do_not_place_a_figure_whose_sentence_names_others() -> None:
    facts = facts_of("a.md", "---\ntitle: A\npublished: 2021-02-23\n---\nTwitter said on Tuesday that it had "
                             "suspended 338 accounts that it linked to state-backed influence efforts in Iran, "
                             "Russia and Serbia.\n")
    linked = [(f.count, f.origins, f.linked_to) for f in facts]
    assert linked == [(338, [], ["state-backed influence efforts in Iran"])]


@pytest.mark.parametrize(("name", "page"), [
    ("x.html", "---\ntitle: Disclosures\npublisher: X\npublished: 2025-02-11\n---\n<h1>Disclosures</h1>"
               "<h2>August 2024: Venezuela</h2><p>We also suspended a network operated from Venezuela. We are not "
               "disclosing its size.</p><h2>November 2024: Iran (\"Harbor Wren\")</h2><p>We suspended 1,377 accounts "
               "operated from Iran.</p>"),
    ("x.md", "---\ntitle: Disclosures\npublisher: X\npublished: 2025-02-11\n---\n# Disclosures\n\n"
             "## August 2024: Venezuela\n\nWe also "
             "suspended a "
             "network operated from Venezuela. We are not disclosing its size.\n\n## November 2024: Iran "
             "(\"Harbor Wren\")\n\nWe suspended 1,377 accounts operated from Iran.\n"),
])
def test_a_report_s_section_headed_by_a_month_and_a_country_dates_and_names_its_network(name: str, page: str) -> None:
    facts = extract_document(parse_document(name, page.encode())).facts
    assert [(f.count, f.origins, f.networks, f.announced.isoformat(), f.date_precision) for f in facts] == [
        (None, ["Venezuela"], [], "2024-08-01", "month"), (1377, ["Iran"], ["Harbor Wren"], "2024-11-01", "month")]


def test_an_update_that_revises_a_figure_from_one_number_to_another_puts_the_figure_right_where_it_was_told() -> None:
    facts = facts_of("b.md", """\
        ---
        title: Bulletin
        publisher: Google
        published: 2025-01-07
        ---
        # Bulletin

        ## December

        - We terminated 1,358 YouTube channels as part of our investigation into operations linked to China.

        Update, January 21, 2025: We revised the December figure for the campaign from 1,358 to 1,417 YouTube channels.
        """)
    assert [(f.count, f.qualifier, f.unit, f.origins, f.announced.isoformat(), f.first_told) for f in facts] == [
        (1417, "exact", "channels", ["China"], "2024-12-01", "1,358")]


def test_figures_after_a_platform_acted_against_the_same_office_are_that_office_s_network() -> None:
    facts = facts_of("c.md", """\
        ---
        title: Channels shut
        published: 2021-06-17
        ---
        Google said on Wednesday it had terminated 1,450 YouTube channels run by an Ethiopian government media office.

        Facebook had acted against the same office earlier in the year.
        In March, Facebook removed 52 Pages linked to the Federal Media Desk.
        """)
    assert [(f.platform, f.count, f.origins) for f in facts] == [("Google", 1450, ["Ethiopia"]),
                                                                  ("Facebook", 52, ["Ethiopia"])]


def test_a_running_total_of_the_one_operation_a_section_is_about_is_that_operation_s() -> None:
    facts = facts_of("q.md", """\
        ---
        title: Threat report
        publisher: Meta
        published: 2025-05-29
        ---
        # Threat report

        We describe two new networks, from China and Nigeria, and an update on the Russia-origin operation we call \
Pale Finch.

        ## 3. Russia: "Pale Finch" (update)

        We removed a further 402 Facebook accounts linked to Pale Finch this quarter.

        Since we first disrupted the operation in early 2024, we have removed a total of 2,667 Facebook accounts.
        """)
    assert [(f.count, f.origins, f.networks, f.scope) for f in facts if f.count in (402, 2667)] == [
        (402, ["Russia"], ["Pale Finch"], None), (2667, ["Russia"], ["Pale Finch"], "cumulative")]


def test_a_month_before_a_network_described_by_apposition_is_not_its_name() -> None:
    assert network_names("In January, a network from Belarus targeting Polish users had 112 accounts.") == []


@pytest.mark.parametrize("sentence", [
    "We took down a little over 1,200 Facebook accounts, 1,204 to be exact, along with 319 Pages.",
    "Meta removed roughly 1,200 Facebook accounts (1,204 to be precise) and 319 Pages.",
])
def test_a_figure_put_exactly_after_a_hedged_one_is_the_figure(sentence: str) -> None:
    assert [(c.count.value, c.count.qualifier, c.count.text, c.unit) for c in counted_units(sentence)] == [
        (1204, "exact", "1,204", "accounts"), (319, "exact", "319", "pages")]


def test_an_unknown_companys_own_report_that_speaks_of_its_models_is_that_companys_removal() -> None:
    facts = facts_of("r.md", """\
        ---
        title: Disrupting operations that misused our models
        publisher: Lantern AI
        published: 2024-06-12
        ---
        # Disrupting operations that misused our models

        Our threat intelligence team disrupted two operations that tried to use Lantern's models and API.

        ## Tin Drum (Russia)

        We banned 87 API accounts associated with this operation.

        We began this investigation after Bluesky's moderation team shared account indicators with us.
        """)
    assert [(f.platform, f.count) for f in facts if f.count_text] == [("Lantern AI", 2), ("Lantern AI", 87)]


def test_app_stores_pull_apps_and_a_group_of_apps_is_apps() -> None:
    facts = facts_of("a.md", """\
        ---
        title: Stores pull apps
        published: 2021-07-22
        ---
        Google has removed 23 apps from its Play Store, and Apple has pulled 17 apps from the same network from its \
App Store, the two companies confirmed.

        Samsung's Galaxy Store also took down a group of news apps from the network, a Samsung spokesperson said.
        """)
    assert [(f.platform, f.count, f.unit) for f in facts] == [
        ("Google", 23, "apps"), ("Apple", 17, "apps"), ("Samsung", None, "apps")]
    assert bare_unit("a research group of data scientists sent a list") is None


def test_a_figure_in_a_headline_you_might_see_is_no_takedown() -> None:
    facts = facts_of("i.md", """\
        ---
        title: Interview
        published: 2024-01-22
        ---
        We suspended something like 9,000 amplifiers, but they never went into the archive.

        So if you see a headline that says Twitter removed 10,000 Paraguayan accounts, that's someone adding them up.
        """)
    assert 10000 not in [f.count for f in facts]


@pytest.mark.parametrize("disputed", [
    'Some early coverage said Meta removed "more than 600 accounts"; that figure adds Pages and Groups to them.',
    'Some coverage added the two and reported "more than 3,100 accounts", but that mixes platforms.',
])
def test_a_figure_some_coverage_gave_and_the_source_disputes_is_no_takedown(disputed: str) -> None:
    facts = facts_of("d.md", "---\ntitle: D\npublished: 2023-12-28\n---\nMeta said on Tuesday it removed 418 Facebook "
                             "accounts and 62 Pages run from Romania.\n\n" + disputed + "\n")
    assert [f.count for f in facts] == [418, 62]


def test_a_platform_s_own_list_of_what_it_did_is_its_own_after_it_thanked_another() -> None:
    facts = facts_of("d.md", """\
        ---
        title: Safety update
        publisher: Discord
        published: 2023-09-14
        ---
        # Safety update

        Today we removed 64 servers run by people in Serbia.

        This investigation started with a referral from Reddit. Reddit's security team had banned 17 subreddits that \
promoted invite links to these servers. We want to thank Reddit for sharing this information.

        ## What we did

        - Removed the 64 servers and banned the 2,380 accounts that ran them.
        """)
    assert [(f.platform, f.count, f.unit) for f in facts if f.count_text] == [
        ("Discord", 64, "servers"), ("Reddit", 17, "subreddits"), ("Discord", 2380, "accounts")]


def test_the_people_a_network_approached_in_a_country_are_its_targets_not_its_origins() -> None:
    origins, targets, _, _ = country_roles(
        "LinkedIn removed 1,140 fake profiles run from Belarus, which posed as recruiters in order to approach "
        "engineers, officials and defence contractors in Lithuania, Latvia and Poland.")
    assert (origins, targets) == (["Belarus"], ["Lithuania", "Latvia", "Poland"])
    assert country_roles("Iran-linked activity may continue as elections approach in several countries.")[3] is None


def test_a_newsletter_s_total_of_each_platform_s_figures_is_no_takedown_of_the_last_one_listed() -> None:
    facts = facts_of("tally.md", """\
        ---
        title: Platform week, issue 9
        publisher: Platform week
        published: 2025-03-14
        ---
        Each month I add up the accounts the platforms announced. For February:

        - Meta: 1,930 (Facebook and Instagram accounts across its three networks)
        - TikTok: 2,009 (the three networks in its January report; re-entry removals excluded)
        - OpenAI: 27 (the Cambodia cluster had no number)

        **Total: 3,966 accounts** announced in February.
        """)
    assert facts == []  # (neither OpenAI's 3,966 accounts from Cambodia, nor "removals excluded" as TikTok's removal)


def test_a_running_total_told_as_such_is_no_new_takedown_and_an_update_keeps_the_network_it_recalls() -> None:
    facts = facts_of("update.md", """\
        ---
        title: Platform week, issue 10
        publisher: Platform week
        published: 2025-03-14
        ---
        Remember Copper Lantern, the Azerbaijan-run network in Meta's Q4 report? On Tuesday, March 4, Meta added an \
update: it removed a further 96 Facebook accounts that the same operators set up.

        With the update, Meta's running total for this network is 308 Facebook accounts and 59 Pages.
        """)
    assert [(f.count, f.origins, f.networks, f.scope) for f in facts] == [
        (96, ["Azerbaijan"], ["Copper Lantern"], None), (308, [], ["Copper Lantern"], "cumulative"),
        (59, [], ["Copper Lantern"], "cumulative")]


def test_a_newsletter_s_list_of_the_networks_in_a_platform_s_report_gives_each_its_figures() -> None:
    facts = facts_of("digest.md", """\
        ---
        title: Platform week, issue 8
        publisher: Platform week
        published: 2025-02-14
        ---
        ## Meta's quarterly report

        Meta's quarterly threat report came out on Thursday. Two CIB networks:

        - **Azerbaijan → Armenia.** 212 Facebook accounts, 48 Pages, 31 Instagram accounts.
        - **Peru → Peru.** 87 Facebook accounts, 19 Pages; about 118,000 Instagram followers.
        """)
    assert [(f.platform, f.count, f.unit, f.surface, f.origins) for f in facts] == [
        ("Facebook", 212, "accounts", None, ["Azerbaijan"]), ("Facebook", 48, "pages", None, ["Azerbaijan"]),
        ("Facebook", 31, "accounts", "Instagram", ["Azerbaijan"]), ("Facebook", 87, "accounts", None, ["Peru"]),
        ("Facebook", 19, "pages", None, ["Peru"])]  # (not Instagram's, for its followers)


def test_a_figureless_ban_of_that_activity_is_of_the_operation_the_sentence_before_placed() -> None:
    facts = facts_of("ai.txt", """\
        SAN FRANCISCO, Feb 19 (Ledgerline) -- OpenAI said on Wednesday that it had banned 27 ChatGPT accounts used \
by an Iranian operation it calls Paper Kite.

        The report also described a commercial operation based in Cambodia that wrote comments about a border \
dispute. OpenAI said it had banned the accounts linked to that activity but did not say how many there were.
        """)
    assert [(f.count, f.origins, f.networks) for f in facts] == [
        (27, ["Iran"], ["Paper Kite"]), (None, ["Cambodia"], [])]


def test_a_year_s_report_recalled_dates_its_figure_and_a_share_of_the_figure_told_is_no_takedown() -> None:
    facts = facts_of("reddit.md", """\
        ---
        title: Reddit security update
        publisher: Reddit Security
        published: 2019-12-09
        ---
        Today we banned 53 accounts that we assess were part of a Russian operation we call Grey Ledger.

        37 of the 53 accounts had zero karma when we banned them.

        In our 2018 transparency post we listed 871 suspicious accounts tied to a different Russia-based effort.
        """)
    assert [(f.count, f.scope, f.announced.isoformat(), f.networks) for f in facts] == [
        (53, None, "2019-12-09", ["Grey Ledger"]), (37, "part", "2019-12-09", []), (871, None, "2018-01-01", [])]
    # (but "Twitter has suspended 70 of the 110 accounts we reported" removed 70)
    assert [f.scope for f in facts_of("t.md", "Twitter has suspended 70 of the 110 accounts we reported.\n")] == [None]


def test_a_colon_after_a_dateline_leaves_the_news_to_the_weekday_the_sentence_names() -> None:
    facts = facts_of("wire.txt", """\
        Meta removes network

        LONDON, March 4, 2021 (Wirepoint): Meta said on Monday it had removed 50 accounts from Iran.
        """)
    assert [(f.count, f.announced.isoformat()) for f in facts] == [(50, "2021-03-01")]


def test_a_table_row_without_a_place_is_of_the_network_its_section_heading_places_to_the_next_month_s_heading() -> None:
    facts = facts_of("tiktok.html", """\
        <html><head><title>Covert influence operations</title>
        <meta property="og:site_name" content="TikTok Transparency Center"></head><body>
        <p>Published by the TikTok Transparency Center on May 21, 2024.</p>
        <h2>April 2024</h2>
        <h3>Network operating from Georgia</h3>
        <table><tr><th>Detection source</th><th>Accounts in network</th><th>Followers of network</th></tr>
        <tr><td>Internal</td><td>412</td><td>87,960</td></tr></table>
        <p>Re-establishment: In April 2024, we removed 1,865 accounts associated with previously disrupted networks
        attempting to re-establish their presence.</p>
        <h2>March 2024</h2>
        <p>Between March 1 and 31, 2024, we disrupted three covert influence operations.</p>
        </body></html>
        """)
    assert [(f.platform, f.count, f.origins, f.scope) for f in facts] == [
        ("TikTok", 412, ["Georgia"], None), ("TikTok", 1865, [], "returning"), ("TikTok", 3, [], None)]


def test_a_figure_a_government_asked_platforms_to_remove_is_no_takedown_of_theirs() -> None:
    facts = facts_of("ask.md", """\
        ---
        title: Government asks platforms to act
        published: 2024-10-09
        ---
        The government has asked Meta, TikTok and Telegram to remove 1,450 accounts and channels it ties to a foreign \
effort, but only one of the companies has said it has taken anything down.

        Meta said on Tuesday it had removed 244 Facebook accounts from the list.
        """)
    assert [(f.platform, f.count) for f in facts] == [("Facebook", 244)]


def test_a_total_row_under_a_country_s_section_is_not_that_country_s_takedown() -> None:
    facts = facts_of("report.md", """\
        ---
        title: Quarterly report
        publisher: TikTok Transparency Center
        published: 2024-05-21
        ---
        ### Network operating from Georgia

        | Detection source | Accounts in network |
        |---|---|
        | Internal | 412 |
        | External | 30 |
        | **Total** | 442 |
        """)
    assert [(f.count, f.origins) for f in facts] == [(412, ["Georgia"]), (30, ["Georgia"])]


def test_a_figure_told_in_a_clause_of_its_own_after_while_takes_that_clause_s_country() -> None:
    facts = facts_of("two.md", """\
        ---
        title: Two networks
        published: 2024-02-16
        ---
        Meta said on Tuesday it had removed two networks. A network in Myanmar had 181 Facebook accounts, while a \
China-based network aimed at India used 37 Facebook accounts.
        """)
    assert [(f.count, f.origins, f.targets) for f in facts if f.unit == "accounts"] == [
        (181, ["Myanmar"], []), (37, ["China"], ["India"])]


def test_a_section_headed_with_a_name_and_where_it_came_from_and_aimed_places_its_figures() -> None:
    facts = facts_of("ai.md", """\
        ---
        title: Disrupting deceptive uses of AI
        publisher: OpenAI
        published: 2024-11-20
        ---
        ## Copper Drum (Nigeria, targeting Ghana)

        We banned 46 accounts associated with this operation.
        """)
    assert [(f.count, f.origins, f.targets, f.networks) for f in facts] == [
        (46, ["Nigeria"], ["Ghana"], ["Copper Drum"])]


def test_a_tally_s_aside_on_the_networks_it_counts_is_no_takedown_of_networks() -> None:
    facts = facts_of("tally.md", """\
        ---
        title: Platform week, issue 11
        publisher: Platform week
        published: 2025-03-14
        ---
        X said on Monday it had suspended 2,318 accounts operated from Venezuela.

        - TikTok: 2,009 (the three networks in its January report)
        """)
    assert [(f.platform, f.count, f.unit) for f in facts] == [("Twitter", 2318, "accounts")]


def test_a_platform_s_own_key_figure_labelled_with_its_verb_and_unit_is_its_removal() -> None:
    facts = facts_of("report.md", """\
        ---
        title: Election integrity report
        publisher: LINE Taiwan
        published: 2024-02-27
        ---
        ## Key figures

        - **LINE Official Accounts suspended:** 1,327, for impersonating candidates or parties.
        - **OpenChat rooms closed:** 214, for repeatedly sharing false election content.
        - **Users reached:** 21,000, a distractor with no removal in its label.
        """)
    assert [(f.platform, f.action, f.count, f.unit) for f in facts] == [
        ("LINE", "suspended", 1327, "accounts"), ("LINE", "closed", 214, "chat rooms")]


def test_a_lone_figure_in_a_clause_with_its_own_month_takes_that_month_not_the_sentence_s_first_date() -> None:
    facts = facts_of("post.md", """\
        ---
        title: Removing more coordinated inauthentic behavior from Iran
        publisher: Facebook Newsroom
        published: 2019-01-31
        ---
        In August 2018 we removed a network built around an Iranian news site, and in October we removed a further 96 \
Pages, groups and accounts that originated in Iran.
        """)
    assert [(f.count, f.announced.isoformat(), f.date_precision) for f in facts] == [(96, "2018-10-01", "month")]


@pytest.mark.parametrize("sentence", [
    "**Grey Harbor**, also tracked as **Lantern Relay**, is a covert influence operation run from Russia.",
    "Known as Lantern Relay until Meta renamed it in March 2022, Grey Harbor has been hit by Meta three times.",
    "Grey Harbor, which the London firm Thornbury Labs first described in 2019 under the name Lantern Relay, is back."])
def test_a_network_s_earlier_or_other_name_is_paired_with_it(sentence: str) -> None:
    assert network_aliases_in(sentence) == [("Grey Harbor", "Lantern Relay")]


def test_who_named_a_network_is_not_another_name_of_it() -> None:
    assert network_aliases_in("Corvid, which first documented the operation in 2020 under the name Saffron Wire, "
                              "said it had given Reddit a list.") == []


def test_a_named_network_s_size_told_after_the_two_networks_total_is_its_own_takedown() -> None:
    facts = facts_of("wire.txt", """\
        Facebook removes two Gulf networks

        MENLO PARK, Calif., Aug 1, 2019 (Wirepoint) - Facebook said on Thursday it had dismantled two operations.

        Together the two operations accounted for more than 750 Facebook accounts, Pages and groups.

        The Saudi-linked network was made up of 211 Facebook accounts and 152 Pages.
        """)
    assert [(f.count, f.scope) for f in facts if f.count in (211, 152)] == [(211, None), (152, None)]


def test_where_a_network_s_followers_were_bought_is_not_where_it_came_from() -> None:
    assert country_roles("About 560,000 accounts followed its Pages, some of them bought from spam operations in "
                         "Vietnam, Bangladesh and Brazil.")[:2] == ([], [])
    facts = facts_of("story.md", """\
        ---
        title: Meta removes Jade Tide
        published: 2023-08-29
        ---
        Meta said on Tuesday it had taken down a China-based influence operation that researchers call Jade Tide.

        The network included 5,318 Facebook accounts. About 560,000 accounts followed its Pages, some of them bought \
from spam operations in Vietnam and Brazil.
        """)
    assert [(f.count, f.origins) for f in facts if f.count] == [(5318, ["China"])]


def test_an_investigation_begun_after_a_fact_checker_described_in_an_aside_flagged_pages_is_its_tip() -> None:
    document = parse_document("lagos.md", textwrap.dedent("""\
        ---
        title: Facebook removes Lagos network
        published: 2021-03-12
        ---
        Facebook said on Tuesday it removed 40 accounts run from Nigeria.

        The investigation began after FactRoom Africa, an Abuja-based fact-checking organisation, flagged a cluster \
of look-alike Pages to the company in December.
        """).encode())
    assert [(t.platform, t.source) for t in extract_document(document).tips] == [("Facebook", "FactRoom Africa")]


def test_a_name_given_after_a_colon_names_the_network() -> None:
    assert network_names("Researchers at Corvid Analytics gave the operation a name: Saffron Wire.") == [
        "Saffron Wire"]


NUMBERED_CASES = """\
    ---
    title: "Misuse of our models: third-quarter findings"
    publisher: Anthropic
    published: 2025-10-02
    ---

    # Misuse of our models: third-quarter findings

    This report describes three cases we disrupted between July and September.

    ## Case 1: Tin Lantern, a persona operation linked to Russia

    We call the first operation Tin Lantern. It was run from Russia and wrote posts for dozens of personas on X.
    We banned 31 accounts tied to the operation.

    ## Case 2: Comments aimed at the Cambodian diaspora

    A second operation, which we believe was run from Cambodia, drafted comments praising the government.
    Little of it was seen. We banned 9 accounts and saw no sign of wider reach.

    ## Case 3: Phishing kits

    This case was not an influence operation. A single actor used the model to polish phishing emails.
    We banned 17 accounts linked to this activity.
    """


def test_a_numbered_case_is_not_the_network_the_report_names_in_another() -> None:
    facts = {f.count: f for f in facts_of("cases.md", NUMBERED_CASES) if f.count}
    assert (facts[31].networks, facts[31].origins) == (["Tin Lantern"], ["Russia"])
    # (the second case's first sentence says where its operation was run from: its figures are that country's)
    assert (facts[9].networks, facts[9].origins, facts[9].scope) == ([], ["Cambodia"], None)
    # (the third is no influence operation, its section says first: not the second case's, nor a network's)
    assert (facts[17].networks, facts[17].origins, facts[17].scope) == ([], [], "spam")


def tips_of(text: str, name: str = "t.md") -> set[tuple[str | None, str]]:
    document = parse_document(name, textwrap.dedent(text).lstrip().encode())
    return {(t.platform, t.source) for t in extract_document(document).tips}


def test_accounts_reported_to_the_platform_by_someone_are_its_tip_under_the_short_name_people_use() -> None:
    assert tips_of("""\
        ---
        published: 2024-02-05
        ---
        Snapchat said on Monday it had removed 640 accounts run from Malaysia. The accounts were reported to the \
        platform by the Digital Ballot Monitoring Board (Pantaudigi), which had collected complaints from voters.
        """) == {("Snapchat", "Digital Ballot Monitoring Board (Pantaudigi)")}


def test_a_group_that_says_it_shared_a_list_with_a_platform_tipped_it_off() -> None:
    assert tips_of("""\
        ---
        published: 2023-05-02
        ---
        Twitter has suspended 870 accounts run from Ghana, the company said on Monday. Kente Facts, an Accra research \
        group, said it shared a list of 210 of the busiest accounts with Twitter in March.
        """) == {("Twitter", "Kente Facts")}


def test_a_table_row_that_says_who_alerted_the_platform_is_a_tip_about_its_network() -> None:
    document = parse_document("cio.md", textwrap.dedent("""\
        ---
        title: Covert influence operations, March 2024
        publisher: TikTok
        published: 2024-04-18
        ---
        We disrupted the following networks in March 2024.

        | Detection source | Accounts in network | Description |
        |---|---|---|
        | External | 912 | We assess that this network operated from Ghana and targeted a Ghanaian audience. We were \
alerted to this network by the Ghana Media Watch Trust. |
        | Internal | 77 | We assess that this network operated from Peru and targeted a Peruvian audience. |
        """).encode())
    tips = extract_document(document).tips
    assert [(t.platform, t.source, t.about) for t in tips] == [("TikTok", "Ghana Media Watch Trust", "Ghana")]


def test_a_byline_after_information_integrity_is_no_tip() -> None:
    assert tips_of("""\
        ---
        title: "Coastline Letters #9: a year of takedowns"
        published: 2022-12-09
        ---

        # Coastline Letters #9: a year of takedowns

        *Friday 9th December 2022 · A weekly letter on information integrity in West Africa · by Amaka Obi-Lindqvist*

        Welcome back. Meta said it removed 55 Facebook accounts run from Ghana.
        """) == set()


def test_a_numbered_item_opened_by_where_its_network_came_from_places_its_figures_dated_by_the_report() -> None:
    facts = facts_of("digest.md", """\
        ---
        published: 2023-12-15
        ---
        # The Coastline Digest #12

        Welcome back. This week: the takedowns of the autumn.

        ## 1. The one nobody covered

        Tucked into Meta's quarterly threat report for the third quarter, published on 28 November, was a network \
        run from Ghana that targeted Ghanaians ahead of the 2024 vote. Meta said it removed 61 Facebook accounts \
        and nine Pages.
        """)
    assert [(f.count, f.unit, f.origins, f.announced) for f in facts] == [
        (61, "accounts", ["Ghana"], dt.date(2023, 11, 28)), (9, "pages", ["Ghana"], dt.date(2023, 11, 28))]


def test_a_network_described_by_where_it_was_based_is_not_given_that_description_as_a_name() -> None:
    assert network_aliases_in('Meta said the Ukraine-based operation, which it calls "Amber Weir", also ran 40 '
                              'Pages.') == []


def test_a_monthly_page_s_mission_lines_and_returning_accounts_are_no_network_s_takedown() -> None:
    facts = facts_of("cio.md", """\
        ---
        title: Covert influence operations, May 2024
        publisher: TikTok
        published: 2024-06-20
        ---
        We work to detect and disrupt covert influence operations on TikTok. Each month we publish the networks we \
removed and the size of each.

        In May we also disrupted a network operating from Ghana that posed as independent commentators. Our \
investigation is ongoing.

        In May 2024, we also removed 1,180 accounts associated with previously disrupted networks that were \
attempting to re-establish their presence on TikTok.
        """)
    assert [(f.count, f.origins, f.scope) for f in facts] == [(None, ["Ghana"], None), (1180, [], "returning")]


def test_a_lab_that_told_a_newsroom_it_sent_the_company_a_list_tipped_it_off() -> None:
    assert tips_of("""\
        ---
        published: 2024-01-24
        ---
        TikTok said on Tuesday it had removed 1,900 accounts run from Malaysia after receiving information from an \
outside group. Semak Fakta, a Penang fact-checking collective, told Example Wire that it had sent the company a list \
of suspicious accounts in early January.
        """) == {("TikTok", "Semak Fakta")}


def test_the_country_s_election_after_naming_the_country_is_whom_the_campaign_worked_on() -> None:
    assert country_roles("The campaign shared content in Bulgarian and Russian that attacked the government of North "
                         "Macedonia, ahead of the country's April 24 presidential election.")[1] == ["North Macedonia"]


def test_the_country_whose_news_sites_a_network_copied_is_not_where_it_came_from() -> None:
    assert country_roles("The operation built look-alike copies of well-known Polish news websites and pushed "
                         "fabricated articles through fake accounts.")[0] == []


def test_a_later_sentence_naming_a_network_it_places_elsewhere_does_not_name_the_figures_before_it() -> None:
    facts = facts_of("review.md", """\
        ---
        title: Our 2023 year in review
        publisher: Meta
        published: 2024-03-07
        ---
        In our Q4 report we described a network in Peru that we removed, but held back its counts. That work is now \
complete. The Peru network comprised 73 Facebook accounts and 9 Pages.

        - In Q4 the Iran-origin operation we call "Salt Kettle" spent more on ads than any other network.
        """)
    assert [(f.count, f.origins, f.networks) for f in facts if f.count] == [(73, ["Peru"], []), (9, ["Peru"], [])]


def test_a_platform_s_own_year_table_of_what_it_removed_is_its_own() -> None:
    facts = facts_of("review.md", """\
        ---
        title: Our 2023 year in review
        publisher: Meta
        published: 2024-03-07
        ---
        Here is the year in numbers.

        | | 2022 | 2023 |
        |---|---|---|
        | CIB networks removed | 31 | 22 |
        | Networks found after an outside tip | 6 | 9 |
        """)
    assert [(f.platform, f.count, f.unit, f.announced.year) for f in facts] == [
        ("Facebook", 31, "networks", 2022), ("Facebook", 22, "networks", 2023)]


def test_a_group_described_with_a_list_of_countries_that_passed_its_findings_to_a_platform_tipped_it_off() -> None:
    assert tips_of("""\
        ---
        published: 2023-09-27
        ---
        Meta said on Tuesday it removed 412 Facebook accounts run from Slovakia. In early September Overa Stred, a \
network of fact-checking teams from Slovakia, Czechia and Hungary, noticed a cluster of Pages posting one text and \
passed its findings to Meta.
        """) == {("Facebook", "Overa Stred")}


def test_a_telling_that_says_only_whom_a_network_aimed_at_aims_the_figures_that_follow() -> None:
    facts = facts_of("story.txt", """\
        Example Wire | Austria votes

        VIENNA, 19.02.2025 (Example Wire) – Four days before Austria's snap election on 23 February, TikTok said it \
had taken down a network of accounts that posed as Austrian farmers.

        The company said on Tuesday, 18 February, that it had removed 1.204 accounts which together had 81.000 \
followers. TikTok assessed that the network was operated from Russia and targeted a German-speaking audience.

        TikTok said it had been alerted to the accounts by the Alpenblick network, an alliance of fact-checking teams.

        In 2024, Meta removed a Poland-based network of more than 1,000 Facebook accounts that targeted Czech voters.
        """)
    assert [(f.count, f.origins, f.targets) for f in facts if f.platform == "TikTok" and f.count] == [
        (1204, ["Russia"], ["Austria"])]


@pytest.mark.parametrize("sentence", [
    "TikTok said it had been alerted to the accounts by the Alpenblick network, an alliance of Austrian fact-checking "
    "teams.",
    "The accounts were flagged by the Verita network of fact-checkers.",
])
def test_a_network_of_fact_checkers_is_not_a_network_s_name(sentence: str) -> None:
    assert network_names(sentence) == []


@pytest.mark.parametrize(("sentence", "origins"), [
    ("It linked them to people in Russia.", ["Russia"]),
    ("The company said it removed 50 accounts and tied them to people in Belarus.", ["Belarus"]),
])
def test_people_a_network_was_linked_to_are_where_it_came_from(sentence: str, origins: list[str]) -> None:
    assert country_roles(sentence)[:2] == (origins, [])


def test_kazakhstan_s_capital_under_its_name_of_2019_to_2022_places_a_network() -> None:
    assert country_roles("Twitter removed 900 accounts it linked to Tamyr Media, a public relations firm in "
                         "Nur-Sultan.")[:2] == (["Kazakhstan"], [])


def test_what_a_lab_examined_of_a_takedown_s_data_is_no_removal_of_the_platform_s() -> None:
    facts = facts_of("wire.txt", """\
        ---
        published: 2021-04-14
        ---
        Twitter said on Tuesday it had removed 2,240 accounts it linked to a consultancy in Almaty.

        The company shared the data in March with the Harrow Media Lab, whose analysts examined the 860 accounts \
that had posted most often.

        The lab's director said it had reviewed 310 of the accounts' profile photos by hand.
        """)
    assert [(f.platform, f.count) for f in facts if f.count] == [("Twitter", 2240)]


def test_a_figure_told_as_flagged_by_someone_is_no_removal_where_no_removal_gave_it() -> None:
    facts = facts_of("lab.md", """\
        ---
        published: 2021-06-24
        publisher: Harrow Media Lab
        ---
        On Tuesday, Twitter said it had removed a further 410 accounts tied to the network.

        In April we sent Twitter a list of 75 accounts we suspected were part of it.

        The 75 accounts were flagged on the basis of their posting times alone.
        """)
    assert [(f.platform, f.count) for f in facts if f.count] == [("Twitter", 410)]


def test_pages_deleted_by_whoever_ran_them_are_no_platform_s_removal() -> None:
    facts = facts_of("lab.md", """\
        ---
        published: 2022-05-19
        publisher: Harrow Media Lab
        ---
        Meta said it had removed 620 Facebook accounts and 31 Pages run from Armenia.

        By the time the list reached us, six of the 31 Pages had been deleted by whoever ran them, so our work \
covers the other 25 Pages.
        """)
    assert [(f.count, f.unit) for f in facts if f.count] == [(620, "accounts"), (31, "pages")]


def test_a_tip_told_first_without_its_day_takes_the_day_a_later_sentence_gives_it() -> None:
    extraction = extract_document(parse_document("lab.md", textwrap.dedent("""\
        ---
        publisher: Corrib Research Lab
        published: 2023-06-14
        ---
        TikTok has removed a network of 140 accounts after Corrib Research Lab reported the accounts to the company.

        We sent our findings to TikTok on May 2, 2023.
        """).encode()))
    assert [(t.platform, t.source, t.sentence, t.tipped.isoformat()) for t in extraction.tips] == [
        ("TikTok", "Corrib Research Lab", 0, "2023-05-02")]


def test_links_to_people_in_a_country_are_where_a_network_came_from() -> None:
    assert country_roles("Meta said the operation had links to people in Belarus.")[:2] == (["Belarus"], [])


def test_a_platform_that_acted_against_a_network_reports_a_takedown_without_a_figure() -> None:
    facts = facts_of("w.txt", """\
        ---
        published: 2021-12-02
        ---
        Twitter also said it had acted in June against a network in Ecuador, but did not say how many accounts it \
held.

        The removals are the second time this year that Twitter has acted against Iranian accounts.
        """)
    assert [(f.platform, f.count, f.origins, f.announced.isoformat()) for f in facts] == [
        ("Twitter", None, ["Ecuador"], "2021-06-01")]


def test_figures_of_a_when_clause_after_a_date_are_of_that_date_and_another_case_than_the_story_s() -> None:
    facts = facts_of("w.txt", """\
        ---
        title: Meta removes the "Sinag Watch" network
        published: 2022-05-04
        ---
        Meta said on Tuesday it had removed 310 Facebook accounts and 44 Pages run from the Philippines.

        The accounts called their network "Sinag Watch" and posed as volunteers guarding the vote.

        It is the largest case in the country Meta has reported since October 2020, when the company removed 57 \
accounts, 21 Pages and 9 Instagram accounts.

        It was the company's first disclosure to its archive since June 2021, when it added 1,280 accounts.
        """)
    assert [(f.count, f.networks, f.announced.isoformat(), f.reference) for f in facts if f.count][:5] == [
        (310, ["Sinag Watch"], "2022-05-03", False), (44, ["Sinag Watch"], "2022-05-03", False),
        (57, [], "2020-10-01", True), (21, [], "2020-10-01", True), (9, [], "2020-10-01", True)]
    # (what it did then, not a running total "since June 2021")
    assert [(f.count, f.announced.isoformat(), f.scope) for f in facts if f.count][5:] == [
        (1280, "2021-06-01", "disclosed")]


def test_reporting_by_journalists_at_a_weekly_that_began_the_investigation_is_its_tip() -> None:
    assert tips_of("""\
        ---
        publisher: Meta
        published: 2022-09-27
        ---
        We removed 1,600 Facebook accounts run from Russia.

        Our investigation began after reporting by investigative journalists at the Danish weekly Ugeposten, who \
first documented the spoofed websites.
        """) == {("Facebook", "Ugeposten")}


def test_each_figure_of_a_sentence_takes_the_year_told_right_after_it() -> None:
    facts = facts_of("w.md", """\
        ---
        published: 2023-08-29
        ---
        Google terminated 9,412 YouTube channels tied to the network in 2021 and 11,730 in 2022, its own tallies show.
        """)
    assert [(f.platform, f.count, f.unit, f.announced.isoformat(), f.date_precision) for f in facts] == [
        ("Google", 9412, "channels", "2021-01-01", "year"), ("Google", 11730, "channels", "2022-01-01", "year")]


def test_another_platform_s_name_for_the_story_s_one_network_is_its_alias() -> None:
    extraction = extract_document(parse_document("w.md", textwrap.dedent("""\
        ---
        title: "Meta removes 900 accounts from China's 'Paper Heron'"
        published: 2023-08-29
        ---
        # Meta removes 900 accounts from China's "Paper Heron"

        Here is the thing about Paper Heron: it is enormous and almost nobody listens to it.

        Google tracks the same operation under a different name, "Ink Crane", and terminated thousands of channels.
        """).encode()))
    assert extraction.aliases == [("Ink Crane", "Paper Heron")]


def test_a_table_row_of_one_platform_s_figure_is_its_takedown_but_not_a_row_of_totals() -> None:
    facts = facts_of("brief.md", """\
        ---
        published: 2020-07-15
        publisher: Sahel Observatory
        ---
        Between April and June 2020, three platforms removed parts of the same Egyptian influence network.

        | Platform | Date announced | Reported figure |
        |---|---|---|
        | Twitter | April 2, 2020 | 1,520 accounts |
        | Facebook and Instagram | June 4, 2020 | 207 Facebook accounts, 41 Pages |
        | YouTube | May 2020 | 29 channels |

        All three companies attributed the activity to Nilewave Media, a marketing firm in Cairo.

        | Platform | Years | Total removed |
        |---|---|---|
        | Twitter | 2019, 2020 | 1,900 accounts |
        """)
    assert [(f.platform, f.count, f.unit, f.announced.isoformat()) for f in facts if f.count] == [
        ("Twitter", 1520, "accounts", "2020-04-02"), ("Facebook", 207, "accounts", "2020-06-04"),
        ("Facebook", 41, "pages", "2020-06-04"), ("YouTube", 29, "channels", "2020-05-01")]


def test_spam_told_separately_after_a_network_is_not_placed_where_the_network_was() -> None:
    facts = facts_of("x.md", """\
        ---
        publisher: X
        published: 2024-02-02
        ---
        **A second network.** We also took action against a smaller network originating in Guatemala that targeted \
exile communities in Mexico.

        **Spam.** Separately, since 1 January we have removed more than 31,000 accounts for spam across Central \
America.
        """)
    assert [(f.count, f.origins, f.targets, f.scope) for f in facts if f.count] == [(31000, [], [], "spam")]


def test_a_lab_that_shared_its_findings_on_a_full_date_tipped_the_platform_on_that_day() -> None:
    extraction = extract_document(parse_document("brief.md", textwrap.dedent("""\
        ---
        publisher: Harbour Observatory
        published: 2020-07-15
        ---
        Between April and June 2020, three platforms removed parts of the same network.

        On March 11, 2020, we shared our findings with Facebook, including a list of suspected Pages.
        """).encode()))
    assert [(t.platform, t.source, t.tipped.isoformat()) for t in extraction.tips] == [
        ("Facebook", "Harbour Observatory", "2020-03-11")]


def test_a_platform_s_removal_told_without_a_figure_in_the_sentence_s_second_clause_is_of_its_operation() -> None:
    facts = facts_of("w.txt", """\
        ---
        published: 2024-06-03
        ---
        YouTube has terminated 14 channels linked to Osprey Narrative, a marketing firm in Tel Aviv that targeted \
people in Jordan, and X has also suspended accounts tied to the operation, the companies said.
        """)
    assert [(f.platform, f.count, f.unit, f.origins, f.targets) for f in facts] == [
        ("YouTube", 14, "channels", ["Israel"], ["Jordan"]), ("Twitter", None, "accounts", ["Israel"], ["Jordan"])]


def test_a_rate_of_removals_is_no_takedown_but_a_removal_a_day_later_is() -> None:
    facts = facts_of("w.txt", """\
        ---
        published: 2022-10-26
        ---
        Twitter said on Thursday it had suspended 640 accounts run from Egypt.

        The company has faced criticism in the region for leaving up automated accounts, and says it removes \
millions of spam accounts each month.

        Meta said on Thursday it removed a network, and YouTube terminated 75 channels a day later.
        """)
    assert [(f.platform, f.count_text) for f in facts if f.count_text] == [("Twitter", "640"), ("YouTube", "75")]


def test_a_network_named_under_one_heading_does_not_name_the_next_heading_s_network() -> None:
    facts = facts_of("r.md", """\
        ---
        publisher: Meta
        published: 2023-05-03
        ---
        ## Russia

        We removed 210 Facebook accounts and 40 Pages. This network originated in Russia and targeted Mali.

        We began investigating after a tip from a research collective, which had nicknamed the operation "Sirocco".

        ## France and Senegal

        We also removed 36 Facebook accounts and 9 Pages. This network originated in France and Senegal and targeted \
Mali.
        """)
    assert [(f.count, f.origins, f.networks) for f in facts if f.count] == [
        (210, ["Russia"], ["Sirocco"]), (40, ["Russia"], ["Sirocco"]),
        (36, ["France", "Senegal"], []), (9, ["France", "Senegal"], [])]


def test_a_reach_figure_under_the_next_heading_is_not_the_network_named_under_the_one_before() -> None:
    document = parse_document("r.md", textwrap.dedent("""\
        ---
        publisher: Meta
        published: 2024-08-15
        ---
        ## 1. Russia

        We removed 800 Facebook accounts and 90 Pages. This network originated in Russia. Researchers call it "Megafon".

        - **Advertising:** About US$21,000 in spending for ads on Facebook and Instagram.

        ## 2. Russia and Moldova

        We removed 310 Facebook accounts and 25 Pages. This network originated in Russia and Moldova.

        - **Advertising:** About US$4,100 in spending for ads on Facebook and Instagram.
        """).encode())
    extraction = extract_document(document)
    assert [(r.amount, r.origins, r.networks) for r in extraction.reach] == [
        (21000, ["Russia"], ["Megafon"]), (4100, ["Russia", "Moldova"], [])]


def test_an_update_paragraph_speaks_on_its_day_and_its_share_and_place_are_read_from_it() -> None:
    # (the update's second sentence names only an earlier month, that of the share it includes; the network it adds
    # to is named in the sentence before; the firm that gave the lead is where the lead came from, not the network)
    text = ("---\ntitle: Networks removed\npublisher: Twitter Safety\npublished: 2021-05-04\n---\n"
            "Acting on a lead from Cobalt Ridge, a Canada-based cybersecurity firm, we removed roughly 90 accounts "
            "originating in Egypt.\n\n"
            "**Update, July 12, 2021:** Our review of the Egypt network described above is complete. Altogether we "
            "removed 163 accounts associated with this activity, including the roughly 90 accounts disclosed in May.\n")
    assert [(f.count, f.origins, f.scope, f.announced.isoformat()) for f in facts_of("u.md", text)] == [
        (90, ["Egypt"], None, "2021-05-04"), (163, ["Egypt"], None, "2021-07-12"),
        (90, ["Egypt"], "part", "2021-07-12")]


def test_an_update_s_own_day_of_a_removal_stays_the_removal_s() -> None:
    text = ("---\ntitle: Network removed\npublished: 2023-03-05\n---\nReddit said it had banned accounts run from "
            "Chile.\n\n**Update, March 10, 2023:** This story was changed. Reddit banned 58 accounts on March 1, 2023, "
            "not March 7, as an earlier version said.\n")
    assert [(f.count, f.announced.isoformat()) for f in facts_of("c.md", text) if f.count] == [(58, "2023-03-01")]


def test_a_correction_note_atop_a_post_is_the_first_figure_of_the_right_one_told_below_it() -> None:
    text = ("---\ntitle: Two networks\npublisher: Meta\npublished: 2022-06-01\n---\n"
            "**Correction, June 2, 2022:** An earlier version of this post listed 3,518 accounts in the Peru network, "
            "a typing slip. The correct figure is 3,158.\n\n## Peru\n\nWe removed 3,158 accounts run from Peru.\n\n"
            "## Chile\n\nWe removed 44 accounts run from Chile.\n")
    facts = facts_of("p.md", text)
    assert [(f.count, f.origins, f.first_told) for f in facts] == [(3158, ["Peru"], "3,518"), (44, ["Chile"], None)]
    assert facts[0].first_quote == ("**Correction, June 2, 2022:** An earlier version of this post listed 3,518 "
                                    "accounts in the Peru network, a typing slip.")


MONTHLY_FIELDS = """\
    ---
    title: "Covert influence operations: March 2025"
    publisher: TikTok
    published: 2025-04-18
    ---
    This report covers networks we disrupted in March 2025.

    ## Networks disrupted in March 2025

    ### Chile

    - **Detection source:** External
    - **Accounts in network:** 214
    - **Followers of network:** 90,120
    - **Description:** We assess that this network operated from Chile and targeted a domestic audience. A number of \
accounts reused clips from other apps.

    ### Peru

    - **Detection source:** Internal
    - **Accounts in network:** 1,037
    - **Followers of network:** 310,400
    - **Description:** We assess that this network operated from Peru and targeted audiences in Bolivia.
    """


def test_bold_labelled_fields_under_a_country_s_heading_are_its_network_s_and_a_domestic_audience_is_its_own() -> None:
    # (a "**Detection source:** External" line is a field of the record, not a heading that ends the country's section;
    # and "A number of accounts reused clips" tells what some did, no takedown)
    assert [(f.platform, f.count, f.origins, f.targets, f.domestic) for f in facts_of("m.md", MONTHLY_FIELDS)] == [
        ("TikTok", 214, ["Chile"], [], True), ("TikTok", 1037, ["Peru"], ["Bolivia"], False)]


def test_a_reach_figure_naming_a_firm_is_where_the_firm_s_network_came_from() -> None:
    text = ("---\ntitle: Two networks\npublished: 2024-05-22\n---\nMeta said it had removed 640 Facebook accounts run "
            "by a Lucknow-based agency, Saffron Reach Media.\n\nIt also removed a separate network of 210 Facebook "
            "accounts run from Nepal.\n\nResearchers who studied the Saffron pages said they drew more than 12 lakh "
            "views.\n")
    reach = extract_document(parse_document("r.md", text.encode())).reach
    assert [(r.measure, r.amount_text, r.origins) for r in reach] == [("views", "more than 12 lakh", ["India"])]


def test_a_unit_is_linked_by_the_name_it_goes_by_and_a_network_s_own_name_is_no_one_behind_it() -> None:
    assert linked_entities("We linked the network to officers of a unit of the navy's media command that refers to "
                           "itself internally as Group 14.") == [
        "officers of a unit of the navy's media command, Group 14"]
    assert linked_entities("It removed 300 channels in a spam network linked to China, known as Bamboo Echo.") == []


def test_who_a_platform_s_post_links_its_one_network_to_is_told_paragraphs_after_its_figures_and_then_more_exactly(
        ) -> None:
    text = ("---\ntitle: Removing a network from Chile\npublisher: Meta\npublished: 2021-02-25\n---\n"
            "Today we removed 84 Facebook accounts and 11 Pages for coordinated inauthentic behavior. This network "
            "originated in Chile and targeted domestic audiences.\n\nWe are taking these down for their behavior.\n\n"
            "## What we found\n\nThe network ran Pages posing as news outlets. Over time, some changed their names. "
            "They posted about the navy. They also posted about fishing. Later they turned to the election. "
            "Some Pages posted memes.\n\nAlthough the people behind it tried to hide who they were, our investigation "
            "found links to individuals associated with the Chilean navy. Specifically, we linked the network to "
            "members of a unit that calls itself Grupo Cinco.\n")
    assert {tuple(f.linked_to) for f in facts_of("c.md", text) if f.count} == {
        ("individuals associated with the Chilean navy", "members of a unit, Grupo Cinco")}


def test_the_city_of_a_firm_linked_after_the_targets_is_where_it_was_run_not_whom_it_targeted() -> None:
    assert country_roles("The network targeted Latvia and Estonia, the company said, and it found links to Baltic "
                         "Lantern, a marketing firm in St Petersburg.")[:2] == (["Russia"], ["Latvia", "Estonia"])
    assert country_roles("The network targeted voters in Kenya through a marketing firm in Nairobi.")[:2] == (
        [], ["Kenya"])


RAISED_COUNT = """\
    ---
    title: Reddit raises its count of 'Amber Ferry' accounts
    published: 2025-06-04
    ---
    Reddit said on Friday, May 30, that it had banned 520 accounts and two subreddits linked to the Amber Ferry \
network, which originated in Belarus and targeted Lithuania.

    On Monday, June 2, the company edited its post to say that a second sweep had found more accounts, bringing the \
total to 780.

    A watchdog in Vilnius said its own list had about 130 Reddit accounts but that it could not say how many of those \
Reddit had banned.

    When the takedown was first announced in late May, several outlets reported it as "about 500 accounts."
    """


def test_a_total_raised_by_a_second_sweep_counts_the_unit_it_found_more_of_for_the_network_it_raised() -> None:
    facts = facts_of("r.md", RAISED_COUNT)
    assert [(f.count, f.unit, f.scope, f.networks, f.origins, f.announced.isoformat()) for f in facts if f.count] == [
        (520, "accounts", None, ["Amber Ferry"], ["Belarus"], "2025-05-30"),
        (2, "subreddits", None, ["Amber Ferry"], ["Belarus"], "2025-05-30"),
        (780, "accounts", "cumulative", ["Amber Ferry"], ["Belarus"], "2025-06-02")]
    # (the watchdog's list is no removal; the first reports, "about 500", are of late May: the 520 told again)
    assert [(f.announced.isoformat(), f.reference) for f in facts if not f.count] == [("2025-05-01", True)]


def test_a_removal_told_after_the_sentence_describing_its_network_is_of_that_network() -> None:
    # (in one paragraph; the war the network commented on is its topic, not whom it targeted)
    text = ("---\ntitle: Live\npublished: 2024-05-29\n---\n**9:02 am ET**\n\nMeta has published its report, and the "
            "main case is a network that originated in Peru and targeted audiences in Chile and Bolivia with comments "
            "about the war in Ukraine. Meta says it removed 312 Facebook accounts and 41 Pages.\n\n**10:20 am ET**\n\n"
            "Separately, it removed 20 accounts for spam.\n")
    assert [(f.count, f.origins, f.targets) for f in facts_of("l.md", text) if f.count and f.count > 20] == [
        (312, ["Peru"], ["Chile", "Bolivia"]), (41, ["Peru"], ["Chile", "Bolivia"])]


def test_the_network_an_explainer_is_titled_after_is_the_one_it_points_back_to_not_an_earlier_one_it_recalled() -> None:
    text = ("---\ntitle: \"Reed Lantern explained: what was removed and who ran it\"\npublished: 2020-11-06\n---\n"
            "Meta said on Thursday it had removed a network it calls Reed Lantern, run from Armenia.\n\n"
            "### Was it the first time?\n\nNo. Meta's first publicised action against an Armenian operation came on "
            "February 19, 2019, when it removed 23 accounts and 7 Pages of a network researchers named Stone Crane."
            "\n\n### What about YouTube?\n\nGoogle said YouTube had terminated a number of channels connected to the "
            "network.\n")
    assert [(f.platform, f.networks) for f in facts_of("e.md", text) if f.platform == "Google"] == [
        ("Google", ["Reed Lantern"])]


def test_what_a_list_s_last_words_say_of_it_is_said_of_all_of_it() -> None:
    text = ("---\ntitle: Monthly report\npublisher: Meta\npublished: 2021-05-06\n---\n"
            "We removed 112 Facebook accounts and 9 Pages run from Iraq.\n\n"
            "In April we took down 27 accounts and 5 Pages that tried to come back after our January removal of an "
            "earlier network.\n\nSeparately, we removed a cluster of 1,640 Facebook accounts and 210 Pages in Peru "
            "that sold fake likes and follows to paying customers.\n")
    assert [(f.count, f.scope) for f in facts_of("m.md", text)] == [
        (112, None), (9, None), (27, "returning"), (5, "returning"), (1640, "spam"), (210, "spam")]


def test_a_table_row_placed_by_its_first_cell_is_aimed_where_its_description_says() -> None:
    page = ("<html><head><title>Covert influence operations | TikTok Transparency Center</title></head><body><main>"
            "<p>Published September 20, 2024. In August 2024 we disrupted two covert influence operations.</p>"
            "<table><thead><tr><th>Network origin</th><th>Detection source</th><th>Accounts in network</th>"
            "<th>Description</th></tr></thead><tbody>"
            "<tr><td>Belarus</td><td>Internal</td><td>288</td><td>We assess that this network operated from Belarus "
            "and targeted a Polish audience. The accounts criticised aid to Ukraine.</td></tr>"
            "<tr><td>Chile</td><td>Internal</td><td>41</td><td>We assess that this network operated from Chile and "
            "targeted a Chilean audience.</td></tr></tbody></table></main></body></html>")
    facts = extract_document(parse_document("t.html", page.encode())).facts
    assert [(f.count, f.origins, f.targets) for f in facts if f.count and f.count > 2] == [
        (288, ["Belarus"], ["Poland"]), (41, ["Chile"], ["Chile"])]
