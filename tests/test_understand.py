"""Question understanding: typos, aliases, demonyms, periods, intents."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand import Lexicon, understand

LEXICON = Lexicon.default(frozenset({"tipped", "removed", "accounts", "iran", "facebook"}))


def ask(question: str):
    return understand(question, LEXICON)


@pytest.mark.parametrize(("question", "platforms"), [
    ("how many accounts did twiter remove?", ["Twitter"]),
    ("how many accts did X suspend from Iran", ["Twitter"]),
    ("what did FB take down in January 2019?", ["Facebook"]),
    ("what did fb take down?", ["Facebook"]),
    ("how many accounts did Meta remove?", ["Facebook"]),
    ("did YT terminate channels?", ["YouTube"]),
    ("how many accounts did tiktok ban", ["TikTok"]),
    ("how many accounts did Reddit ban?", ["Reddit"]),
    ("grey heron: did tiktok or x remove more accounts?", ["TikTok", "Twitter"]),
    ("x or tiktok: who removed more?", ["TikTok", "Twitter"]),
])
def test_platform_aliases_and_typos(question: str, platforms: list[str]) -> None:
    assert ask(question).platforms == platforms


@pytest.mark.parametrize(("question", "countries"), [
    ("How many Iranian accounts did Twitter remove?", ["Iran"]),
    ("how many iranain accounts", ["Iran"]),
    ("How many Venezuelan accounts did Twitter take down?", ["Venezuela"]),
    ("number of Facebook pages linked to Russia removed", ["Russia"]),
    ("accounts from the UAE and Saudi Arabia", ["United Arab Emirates", "Saudi Arabia"]),
    ("accounts from the US", ["United States"]),
    ("what did Twitter do about us", []),
    ("how many Chinese accounts did Twitter suspend?", ["China"]),
    ("korean marketing firm youtube takedown", ["South Korea"]),  # (a North Korean one is called so)
    ("How many YT channels were disabled over the HK protests?", ["Hong Kong"]),
    ("linkdin NK fake recruiter profiles - how many removed?", ["North Korea"]),
])
def test_countries_demonyms_and_typos(question: str, countries: list[str]) -> None:
    assert ask(question).countries == countries


def test_corrections_are_reported() -> None:
    query = ask("twiter iranain acounts removed")
    assert query.corrections == [("twiter", "twitter"), ("iranain", "iranian"), ("acounts", "accounts")]
    assert (query.platforms, query.countries, query.units, query.intent) == (
        ["Twitter"], ["Iran"], ["accounts"], "list")


@pytest.mark.parametrize(("question", "platforms"), [
    ("how many accounts did face book remove?", ["Facebook"]),
    ("how many channels did you tube terminate?", ["YouTube"]),
    ("how many accounts did tik tok ban?", ["TikTok"]),
])
def test_a_name_typed_in_two_halves_is_one_name(question: str, platforms: list[str]) -> None:
    assert ask(question).platforms == platforms


def test_two_words_are_joined_only_into_a_word_of_the_vocabulary() -> None:
    query = ask("what did the for me say in to the accounts from Iran")
    assert (query.text, query.countries) == ("what did the for me say in to the accounts from Iran", ["Iran"])


@pytest.mark.parametrize("question", [
    "How many accounts did Meta remove from the Moldova-targeting network?",
    "how many Sudan-focused accounts did X suspend",
    "how many accounts did Twitter suspend before Mexico's governor races?",
    "Which platforms acted against networks around Brazil's Oct 2022 runoff?",  # (its month, and a runoff)
    "how many accts did VK block before russias sept 2024 voting day",  # (a voting day, the apostrophe left out)
    "When did Telegram block the channels impersonating Moldovan regional news?",  # (whom it pretended to be)
    "What did Yandex remove ahead of Kazakhstan's snap election?",
])
def test_a_place_a_network_was_aimed_at_by_its_suffix_or_its_election_is_a_target(question: str) -> None:
    assert ask(question).country_role == "target"


@pytest.mark.parametrize(("question", "countries", "audience"), [
    ("How many accounts targeting Russian speakers in Latvia did Meta remove?", ["Latvia"], "Russian"),
    ("How many accounts aimed at voters in Moldova did TikTok ban?", ["Moldova"], None),
    ("Which networks targeted Arabic-language audiences in Iraq?", ["Iraq"], None),
    ("what did meta take down aimed at arabic-speaking people in iraq", ["Iraq"], "Arabic"),
])
def test_an_audience_s_language_is_no_country_and_the_place_it_is_in_is_the_target(
        question: str, countries: list[str], audience: str | None) -> None:
    query = ask(question)
    assert (query.countries, query.country_role, query.targets, query.audience) == (
        countries, "target", [], audience)


def test_periods_compared_against_a_report_of_a_quarter() -> None:
    assert [label for _, _, label in ask("Did Meta remove more accounts in Q2 2024 than in its Q4 2022 report?"
                                         ).periods] == ["Q2 2024", "Q4 2022"]


def test_a_list_of_what_was_removed_of_which_an_app_names_one_asks_for_the_company_s_takedown() -> None:
    query = ask("harbor chorus - pages, groups and insta accounts removed?")
    assert (query.platforms, query.surfaces, query.units) == (["Facebook"], [], ["pages", "groups", "accounts"])
    instagram = ask("how many insta accounts were removed?")
    assert (instagram.platforms, instagram.surfaces) == ([], ["Instagram"])


def test_a_span_of_days_is_no_name() -> None:
    assert ask("Which platforms acted in the week of May 13-19, 2024?").names == []


def test_people_a_network_posed_as_or_aimed_at_are_no_name() -> None:
    query = ask("How many Instagram accounts did Meta remove from the Iranian network posing as Scottish activists?")
    assert (query.names, query.countries) == ([], ["Iran"])
    assert ask("How many accounts targeting Tamil voters did X suspend?").names == []
    assert ask("Who tipped off Meta about Quiet Ferry accounts?").names == ["Quiet Ferry"]


def test_words_the_knowledge_base_uses_are_not_corrected() -> None:
    assert ask("who tipped off Facebook?").corrections == []


@pytest.mark.parametrize(("question", "start", "end", "label"), [
    ("what did Facebook take down in January 2019?", dt.date(2019, 1, 1), dt.date(2019, 1, 31), "January 2019"),
    ("how many accounts did Facebook remove in 2019?", dt.date(2019, 1, 1), dt.date(2019, 12, 31), "2019"),
    ("What did Facebook announce on Jan 31 2019?", dt.date(2019, 1, 31), dt.date(2019, 1, 31), "January 31, 2019"),
    ("takedowns on 2019-01-31", dt.date(2019, 1, 31), dt.date(2019, 1, 31), "January 31, 2019"),
    ("takedowns between 2018 and 2020", dt.date(2018, 1, 1), dt.date(2020, 12, 31), "2018–2020"),
    ("takedowns between May 2023 and June 2024", dt.date(2023, 5, 1), dt.date(2024, 6, 30), "May 2023–June 2024"),
    ("takedowns since 2020", dt.date(2020, 1, 1), dt.date(9999, 12, 31), "since 2020"),
    ("takedowns before 2020", dt.date(1, 1, 1), dt.date(2019, 12, 31), "before 2020"),
    ("accounts removed in Feb 2020", dt.date(2020, 2, 1), dt.date(2020, 2, 29), "February 2020"),
    ("What has Meta removed since January 2024?", dt.date(2024, 1, 1), dt.date(9999, 12, 31), "since January 2024"),
    ("takedowns after March 2020", dt.date(2020, 4, 1), dt.date(9999, 12, 31), "since April 2020"),
    ("What did Google remove in the first half of 2021?", dt.date(2021, 1, 1), dt.date(2021, 6, 30), "H1 2021"),
    ("Twitter takedowns in H2 2022", dt.date(2022, 7, 1), dt.date(2022, 12, 31), "H2 2022"),
    ("What did Facebook remove in the week of May 31, 2021?", dt.date(2021, 5, 31), dt.date(2021, 6, 6),
     "the week of May 31, 2021"),
    ("Which platforms acted in the week of May 13-19, 2024?", dt.date(2024, 5, 13), dt.date(2024, 5, 19),
     "May 13 to 19, 2024"),
    ("takedowns between May 13 and May 19, 2024", dt.date(2024, 5, 13), dt.date(2024, 5, 19), "May 13 to 19, 2024"),
    ("what did X suspend from 28 April to 3 May 2024", dt.date(2024, 4, 28), dt.date(2024, 5, 3),
     "April 28 to May 3, 2024"),
])
def test_periods(question: str, start: dt.date, end: dt.date, label: str) -> None:
    query = ask(question)
    assert (query.date_from, query.date_to, query.date_label) == (start, end, label)


@pytest.mark.parametrize(("question", "periods"), [
    ("Did Google terminate more channels in May or in June 2025?", [("2025-05-01", "2025-05-31", "May 2025"),
                                                                     ("2025-06-01", "2025-06-30", "June 2025")]),
    ("Did Twitter remove more accounts in 2020 than in 2019?", [("2020-01-01", "2020-12-31", "2020"),
                                                                ("2019-01-01", "2019-12-31", "2019")]),
    ("Meta takedowns: Q1 vs Q2 2024", [("2024-01-01", "2024-03-31", "Q1 2024"),
                                       ("2024-04-01", "2024-06-30", "Q2 2024")]),
    ("compare TikTok's removals in 2023 with 2024", [("2023-01-01", "2023-12-31", "2023"),
                                                     ("2024-01-01", "2024-12-31", "2024")]),
    ("Did Meta remove more in May or June?", []),  # of which year, the question does not say
    ("Did Meta remove more than 300 accounts in 2020?", []),
    ("takedowns between 2018 and 2020", []),  # one span, not two sides
])
def test_two_periods_compared_are_sides_of_their_own(question: str, periods: list[tuple[str, str, str]]) -> None:
    query = ask(question)
    assert [(start.isoformat(), end.isoformat(), label) for start, end, label in query.periods] == periods
    assert (query.intent == "compare") == bool(periods)


def test_month_and_day_without_year() -> None:
    query = ask("how many accounts did FB remove on July 31?")
    assert (query.month_day, query.date_from, query.numbers) == ((7, 31), None, [])


@pytest.mark.parametrize(("question", "months", "label"), [
    ("What did Facebook remove in Q3?", (7, 9), "Q3 of any year"),
    ("how many accounts did twitter suspend in the first quarter?", (1, 3), "Q1 of any year"),
    ("what did YouTube take down during the summer?", (6, 8), "the summer of any year"),
])
def test_a_part_of_the_year_without_its_year_is_that_part_of_any_year(question: str, months: tuple[int, int],
                                                                       label: str) -> None:
    query = understand(question, LEXICON, today=dt.date(2026, 1, 15))
    assert (query.months, query.date_from, query.date_label) == (months, None, label)


def test_a_name_in_single_quotes_keeps_its_place_words_to_itself() -> None:
    query = ask("How big was the 'Kashmir Frontline' network Meta removed?")
    assert (query.names, query.countries) == (["Kashmir Frontline"], [])
    assert ask("How many accounts did Meta remove from Harbor Row Media's network?").names == ["Harbor Row Media"]


def test_figure_in_question_is_a_filter() -> None:
    query = ask("When did Facebook delete the 32 pages and accounts?")
    assert (query.intent, query.numbers, query.units) == ("when", [32], ["pages", "accounts"])


@pytest.mark.parametrize(("question", "intent"), [
    ("How many Iran accounts did Twitter remove?", "count"),
    ("Who tipped off Facebook about Liberty Front Press?", "who_tipped"),
    ("When did Twitter announce the Venezuela takedown?", "when"),
    ("On what dates did Twitter and YouTube act against the network?", "when"),
    ("In which month did Meta remove the Pages?", "when"),
    ("Which countries did Twitter remove accounts from in January 2019?", "which_countries"),
    ("Which platforms removed Iranian accounts?", "which_platforms"),
    ("Who did the Iranian network that Facebook removed in August 2018 target?", "targets"),
    ("who was behind the Smaat network?", "who_behind"),
    ("who was actually running the smaat network?", "who_behind"),
    ("Who financed the troll farm?", "who_behind"),
    ("falcon gate targets", "targets"),
    ("Falcon Gate targets?", "targets"),
    ("Which company was the fake-neighbour network in Guaira linked to?", "who_behind"),
    ("Which consultancy was linked to the Chilean network?", "who_behind"),
    ("which contractors were tied to the troll farm", "who_behind"),
    ("Which party's IT wing was linked to the Bangladeshi network Meta took down?", "who_behind"),
    ("which party ran the pages", "who_behind"),
    ("largest takedown by accounts", "largest"),
    ("What are the 5 largest takedowns?", "largest"),
    ("what is the latest takedown by Twitter?", "latest"),
    ("Did Twitter remove more Iran accounts than Facebook?", "compare"),
    ("How many accounts did Twitter remove, more than 1,000?", "count"),
    ("Iran takedowns by year", "breakdown"),
    ("Who is Nathaniel Gleicher?", "search"),
    ("Did Facebook find similar activity on WhatsApp?", "search"),
    ("How many followers did the Sputnik pages have?", "reach"),
    ("what did Facebook take down in January 2019?", "list"),
    ("did both Facebook and Twitter remove the Peace Data network?", "list"),
    # a hacking group is who was behind; Groups are what a platform removes
    ("Which hacking group set up the domains Microsoft seized?", "who_behind"),
    ("Which groups did Facebook remove in 2019?", "list"),
    ("Who referred the Iranian channels to Google?", "who_tipped"),
    ("Who gave Reddit the information that exposed the accounts?", "who_tipped"),
    ("who gave X the list of Cedar Gull accounts", "who_tipped"),
    ("What date did the Osprey Lab report the Cedar Gull accounts to X?", "who_tipped"),  # (when it handed them over)
    ("When did Twitter report the takedown?", "when"),
    ("Who helped OpenAI identify the Copper Vane accounts?", "who_tipped"),
    ("Which Spanish fact-checkers flagged the Brújula network to Meta?", "who_tipped"),
    ("which think tank reported the network to X", "who_tipped"),
    ("List the networks TikTok took down in Q1 2024", "which_networks"),
    ("Which of the networks that were taken down targeted audiences in Libya?", "which_networks"),
    ("Which network targeting Australians did Meta remove in Q3 2023?", "which_networks"),  # one of them, by name
    ("What operation did Twitter suspend in May?", "which_networks"),
    ("which facebook network was the largest?", "largest"),
    ("How many accounts tied to Zenith Reach did Meta remove?", "count"),  # a name's word is not the ask
    ("tiktok russian network targeting moldova 2022, # of accts?", "count"),  # (typed in a hurry)
    ("no. of channels yt removed in 2021", "count"),
    ("meta's russia network targeting moldova and romania back in 2023, fb accts?", "count"),  # (ends with the unit)
    ("what about the channels?", "search"),
    # a takedown's size asked about, and its country: the largest; a tally of takedowns ranks the countries
    ("Which country's network had the most Facebook accounts removed?", "largest"),
    ("Which countries had the most takedowns?", "which_countries"),
    ("Who does Latvia say ran the Birch Echo campaign?", "who_behind"),
    ("Which company was the network targeting the French snap election linked to?", "who_behind"),
])
def test_intents(question: str, intent: str) -> None:
    assert ask(question).intent == intent


def test_surface_versus_platform() -> None:
    query = ask("How many Instagram accounts did Meta remove?")
    assert (query.platforms, query.surfaces) == (["Facebook"], ["Instagram"])
    query = ask("how many YouTube channels has Google terminated linked to China?")
    assert (query.platforms, query.surfaces, query.countries) == (["Google"], ["YouTube"], ["China"])
    # both platforms of a list before the unit are where the accounts were, not who removed them
    assert ask("How many Facebook and IG accounts did Meta remove?").surfaces == ["Facebook", "Instagram"]
    assert ask("How many accounts did Facebook and Twitter remove?").platforms == ["Facebook", "Twitter"]
    # ("…FB accounts, pages, groups, IG?": one more item of the list of what was removed, not a platform to filter on)
    query = ask("Breakdown of that takedown pls - FB accounts, pages, groups, IG?")
    assert (query.platforms, query.surfaces) == ([], ["Facebook", "Instagram"])


def test_target_country_role() -> None:
    query = ask("which networks targeted the US in 2020?")
    assert (query.intent, query.countries, query.country_role) == ("which_networks", ["United States"], "target")
    query = ask("How many accounts targeting Nigeria did Twitter suspend?")
    assert (query.intent, query.countries, query.country_role) == ("count", ["Nigeria"], "target")
    query = ask("How many accounts in Iran did Twitter suspend?")  # a count of Iran's own accounts
    assert (query.intent, query.countries, query.country_role) == ("count", ["Iran"], "origin")
    # the platform acted against the network, which is named by where it came from
    query = ask("When did Twitter act against the Chile troll farm?")
    assert (query.intent, query.countries, query.country_role) == ("when", ["Chile"], "origin")
    query = ask("When did Meta move against Peruvian accounts?")
    assert (query.countries, query.country_role) == (["Peru"], "origin")
    query = ask("Which networks ran operations against Chile?")
    assert (query.countries, query.country_role) == (["Chile"], "target")
    # "removed in Moldova": a network run from there, or one aimed there
    query = ask("how many acounts did tiktok remove in moldova")
    assert (query.intent, query.countries, query.country_role) == ("count", ["Moldova"], "any")


@pytest.mark.parametrize(("question", "countries", "role"), [
    ("How many accounts targeting Latin America did YouTube suspend?", ["Latin America"], "target"),
    ("Which networks aimed at Southeast Asia did Twitter remove?", ["Southeast Asia"], "target"),
    ("How many accounts from America did Twitter remove?", ["United States"], "origin"),
])
def test_regions_are_targets_and_hide_the_countries_inside_them(question: str, countries: list[str],
                                                                 role: str) -> None:
    query = ask(question)
    assert (query.countries, query.country_role, query.names) == (countries, role, [])


@pytest.mark.parametrize(("question", "origins", "targets"), [
    ("What was the first China-based network targeting the US on Facebook?", ["China"], ["United States"]),
    ("Who did the Iran network target in the Middle East?", ["Iran"], ["Middle East"]),
    ("How many Iranian accounts aimed at Chile, Peru and the US did Meta remove?", ["Iran"],
     ["Chile", "Peru", "United States"]),
    ("meta russia network targeting moldova + romania 2023 fb accts?", ["Russia"], ["Moldova", "Romania"]),
])
def test_origins_and_targets_in_one_question_keep_their_roles(question: str, origins: list[str],
                                                              targets: list[str]) -> None:
    query = ask(question)
    assert (query.countries, query.country_role, query.targets) == (origins, "origin", targets)


def test_a_list_after_a_target_cue_is_all_targets() -> None:
    assert (ask("Which networks targeted the 2020 US election?").countries,
            ask("Which networks targeted the 2020 US election?").country_role) == (["United States"], "target")
    query = ask("How many accounts targeting Chile, Peru and the US did Meta remove?")
    assert (query.countries, query.country_role, query.targets) == (["Chile", "Peru", "United States"], "target",
                                                                    [])


def test_where_a_network_operated_from_is_no_estimate_of_its_size() -> None:
    query = ask("Where did the Opération Fromager network operate from, and which audience did it target?")
    assert query.measure is None
    assert ask("How many accounts does the Fromager network really operate?").measure == "estimated size"


def test_a_question_that_opens_on_a_network_s_name_names_it() -> None:
    assert ask("Quarry Lark network total size - how many accounts did X suspend?").names == ["Quarry Lark"]
    assert ask("Iranian network: how many accounts did X suspend?").names == []  # where from, not a name
    assert ask("Which network did X suspend in May?").names == []


@pytest.mark.parametrize("question", [
    "How did Sable Reach respond to being banned by FB?",
    "What did Sable Reach say about Facebook's takedown?",
    "What did Sable Reach say in response to Twitter's announcement?",
    "What did the Pars Horizon channels post about?",
])
def test_what_someone_answered_or_posted_is_asked_of_the_sources_words(question: str) -> None:
    assert ask(question).intent == "search"


@pytest.mark.parametrize("question", [
    "How many accounts did the networks span?",
    "Which networks posed as a woman reporter?",
    "What did Pinterest say in the interest of transparency?",
    "On what date did Reddit finish removing the accounts?",
])
def test_everyday_words_a_letter_from_a_country_are_no_typos(question: str) -> None:
    assert ask(question).countries == []


def test_a_name_may_open_with_an_accented_capital() -> None:
    assert ask("Who tipped off Twitter about Red Ágora?").names == ["Red Ágora"]


def test_names_exclude_known_words() -> None:
    assert ask("Who tipped off Facebook about Liberty Front Press?").names == ["Liberty Front Press"]
    assert ask("What is Quest 4 Truth tied to?").names == ["Quest 4 Truth"]
    assert ask("How many fake accounts did Facebook remove in August 2018?").names == []


def test_who_heard_of_a_takedown_is_neither_a_name_nor_where_it_came_from() -> None:
    query = ask("An MP told a Canadian committee that Meta took down 1,400 accounts aimed at Canadians.")
    assert (query.names, query.countries, query.country_role) == ([], ["Canada"], "target")
    assert ask("Did British lawmakers hear how many Russian accounts X removed?").countries == ["Russia"]


def test_a_name_with_a_figure_is_a_name_not_a_year() -> None:
    """"Storm-2035" is Microsoft's name for a network: not the year 2035, and not Spamouflage, whose alias
    "Storm-1376" shares only the word "Storm"."""
    lexicon = Lexicon({**LEXICON.terms, "storm-2035": ("network", "Storm-2035")}, LEXICON.corpus_words)
    query = understand("Who tipped off OpenAI about Storm-2035?", lexicon)
    assert (query.names, query.date_from, query.date_label) == (["Storm-2035"], None, None)
    assert understand("Who ran Storm-1516?", lexicon).names == ["Storm-1516"]  # a name the vocabulary lacks
    assert understand("Who was behind storm-1376?", lexicon).names == ["Spamouflage"]  # an alias, in any case
    assert understand("Twitter takedowns in mid-2020", lexicon).date_label == "mid 2020"  # a time, not a name


@pytest.mark.parametrize(("question", "domestic", "intent"), [
    ("Which networks were domestic?", True, "which_networks"),
    ("Which governments ran influence operations against their own citizens?", True, "list"),
    ("How many domestic takedowns did Facebook announce?", True, "breakdown"),
    ("How many accounts did Twitter remove?", False, "count"),
    ("Which networks did Facebook remove from Iran?", False, "which_networks"),
    ("Which networks meddled in the domestic politics of Mali?", False, "which_networks"),
])
def test_domestic_networks_are_a_filter(question: str, domestic: bool, intent: str) -> None:
    query = ask(question)
    assert (query.domestic, query.intent, query.has_filters or not domestic) == (domestic, intent, True)


def test_which_year_the_most_asks_for_years_ranked() -> None:
    query = ask("In which year did Twitter remove the most accounts linked to Iran?")
    assert (query.intent, query.breakdown) == ("breakdown", "year")
    assert ask("What year did Twitter remove the Saudi accounts?").intent == "when"


def test_accounts_on_youtube_are_its_channels() -> None:
    assert ask("how many accts did yt terminate linked to china").units == ["channels", "accounts"]
    assert ask("how many accounts did Twitter remove?").units == ["accounts"]


def test_takedown_jargon_names_no_network() -> None:
    query = ask("Which country is the top source of CIB networks?")
    assert (query.intent, query.names) == ("which_countries", [])
    assert ask("What did Facebook say about Coordinated Inauthentic Behavior in Iran?").names == []


def test_close_typo_is_corrected_to_the_nearest_term() -> None:
    lexicon = Lexicon({"austria": ("country", "Austria"), "australia": ("country", "Australia")}, frozenset())
    assert understand("accounts from austrilia", lexicon).corrections == [("austrilia", "australia")]


def test_typo_equally_close_to_two_terms_is_ambiguous() -> None:
    lexicon = Lexicon({"abcdefgh": ("country", "Alpha"), "abcdefgi": ("country", "Beta")}, frozenset())
    query = understand("accounts from abcdefgx", lexicon)
    assert query.ambiguous == [("abcdefgx", ["Alpha", "Beta"])]
    assert query.corrections == []


def test_figures_that_count_nothing_are_not_filters() -> None:
    assert ask("What are the 5 largest takedowns?").numbers == []
    assert ask("when did Twitter remove the 2,617 malicious accounts?").numbers == [2617]
    # (nor the number of networks, in a question about their accounts: which networks, not how many accounts)
    query = ask("how many accts did tiktok remove across its 3 covert networks in q3 2022")
    assert (query.numbers, query.units) == ([], ["accounts"])
    assert (ask("which 3 networks did tiktok remove").numbers, ask("how many networks did tiktok remove").units) == (
        [3], ["networks"])


@pytest.mark.parametrize(("question", "countries", "platforms"), [
    ("How many United Arab Emirates accounts did TikTok remove?", ["United Arab Emirates"], ["TikTok"]),
    ("How many North Korea accounts did Twitter remove?", ["North Korea"], ["Twitter"]),
    ("which networks were targeting South Korea", ["South Korea"], []),
    ("what did tik tok remove", [], ["TikTok"]),
])
def test_names_of_several_words_are_found_wherever_they_start(question: str, countries: list[str],
                                                               platforms: list[str]) -> None:
    query = ask(question)
    assert (query.countries, query.platforms) == (countries, platforms)


@pytest.mark.parametrize("question", ["United Arab Emirates takedowns by year", "Saudi Arabia takedowns by platform",
                                      "North Korea takedowns by year"])
def test_the_rest_of_a_country_named_first_is_not_a_network_name(question: str) -> None:
    query = ask(question)  # "Arab Emirates" had been searched for as a network, and narrowed the answer
    assert query.names == [] and len(query.countries) == 1


@pytest.mark.parametrize(("question", "intent"), [
    ("Which firms did Facebook link to the UAE and Egypt network?", "who_behind"),
    ("Which Israeli firm did Meta ban?", "who_behind"),
    ("Which company ran the Smaat network?", "who_behind"),
    ("What company was the Israel network tied to?", "who_behind"),
    ("Which companies removed accounts linked to Iran?", "which_platforms"),
    ("What did OpenAI say about Iranian operations?", "search"),
    ("What did Meta write about the Georgian network?", "search"),
    ("What did FB take down in January 2019?", "list"),
    ("How did Facebook find the Archimedes network?", "who_tipped"),
])
def test_asking_who_was_behind_or_what_was_said_is_not_a_list(question: str, intent: str) -> None:
    assert ask(question).intent == intent


def test_a_name_that_starts_like_a_month_is_kept() -> None:
    assert ask("Did Facebook remove accounts on Mars?").names == ["Mars"]
    assert ask("What did Facebook remove in March 2019?").names == []


def test_abbreviations_that_describe_are_not_names() -> None:
    assert ask("how many accounts did meta take down from the nigerian PR firm network").names == []
    assert ask("How many channels did YouTube remove under its AI rules?").names == []
    assert ask("How many domains did Google block from News and Discover?").names == []  # Google's surfaces
    assert ask("How many accounts did Meta remove from the PR Nexus network?").names == ["PR Nexus"]


@pytest.mark.parametrize(("question", "intent"), [
    ("chinese fb accts targetting peru?", "count"),  # a count asked in a few words
    ("Peru Facebook accounts", "count"),
    ("What did Facebook say about Peru accounts?", "search"),
    ("What was the first figure Google gave for the Peruvian YouTube channels?", "count"),  # a figure asked for
    ("what number did Meta report for the Peru network?", "count"),
])
def test_a_few_words_naming_what_was_counted_ask_how_many(question: str, intent: str) -> None:
    assert ask(question).intent == intent


def test_a_platform_set_aside_is_excluded_not_asked_about() -> None:
    query = ask("Apart from Meta, which platforms acted against networks aimed at Peru?")
    assert (query.platforms, query.excluded_platforms) == ([], ["Facebook"])
    assert ask("Which platforms other than YouTube removed Peruvian accounts?").excluded_platforms == ["YouTube"]


def test_shows_is_a_verb_in_a_question_and_podcast_shows_are_podcasts() -> None:
    assert ask("Which report shows the most accounts removed?").units == ["accounts"]
    assert ask("How many podcast shows did Spotify remove?").units == ["podcasts"]


def test_a_platform_that_names_which_network_is_not_asked_about() -> None:
    query = ask("How many accounts did X suspend from the Peru-based network that Meta took down in May 2023?")
    assert query.platforms == ["Twitter"]
    assert ask("How many accounts did Meta and X remove?").platforms == ["Facebook", "Twitter"]


@pytest.mark.parametrize(("question", "role"), [
    ("how many peru-related facebook accounts did meta remove", "any"),
    ("How many takedowns involving Peru did TikTok report?", "any"),
    ("How many Peru accounts did Meta remove?", "origin"),
])
def test_a_country_a_question_relates_to_is_either_role(question: str, role: str) -> None:
    assert ask(question).country_role == role


def test_whose_findings_were_similar_asks_who_tipped() -> None:
    assert ask("TAG said its June 2025 Russia findings were similar to those of which company?").intent == "who_tipped"


def test_a_sum_asked_is_a_count() -> None:
    assert ask("What's the sum of accounts across all four networks in X's H1 2025 table?").intent == "count"


def test_capitalised_vocabulary_words_are_not_names() -> None:
    assert ask("which countries did Facebook remove Pages from in 2018?").names == []
    assert ask("How many Accounts did Twitter remove?").names == []


@pytest.mark.parametrize(("question", "apart"), [
    ("sum of channels in its Q2 2021 bulletin and its October 2025 bulletin",
     [("2021-04-01", "2021-06-30", "Q2 2021"), ("2025-10-01", "2025-10-31", "October 2025")]),
    ("How many accounts did Twitter remove in 2020 and 2018?", [("2018-01-01", "2018-12-31", "2018"),
                                                                ("2020-01-01", "2020-12-31", "2020")]),
    ("sum of accounts in its Q1 and Q3 2024 reports", [("2024-01-01", "2024-03-31", "Q1 2024"),
                                                        ("2024-07-01", "2024-09-30", "Q3 2024")]),
    ("sum of channels in March, August and December 2022", [("2022-03-01", "2022-03-31", "March 2022"),
                                                              ("2022-08-01", "2022-08-31", "August 2022"),
                                                              ("2022-12-01", "2022-12-31", "December 2022")]),
    ("How many accounts did Twitter remove in 2019 and 2020?", []),  # one span
    ("takedowns between 2018 and 2020", []),
    ("takedowns between May 2023 and June 2024", []),  # (one span, though "2023 and June 2024" looks like two)
    ("accounts removed in April and May 2024", []),
    ("accounts altogether, counting the April 2021 takedown and the October 2021 return",
     [("2021-04-01", "2021-04-30", "April 2021"), ("2021-10-01", "2021-10-31", "October 2021")]),
])
def test_periods_apart_asked_together(question: str, apart: list[tuple[str, str, str]]) -> None:
    query = ask(question)
    assert [(start.isoformat(), end.isoformat(), label) for start, end, label in query.apart] == apart
    assert query.intent != "compare"


@pytest.mark.parametrize(("question", "start", "end", "label"), [
    ("accounts removed in the first quarter of 2020", dt.date(2020, 1, 1), dt.date(2020, 3, 31), "Q1 2020"),
    ("takedowns in Q4 2021", dt.date(2021, 10, 1), dt.date(2021, 12, 31), "Q4 2021"),
    ("what did Meta remove in the 3rd quarter 2022", dt.date(2022, 7, 1), dt.date(2022, 9, 30), "Q3 2022"),
    ("takedowns in H2 2020", dt.date(2020, 7, 1), dt.date(2020, 12, 31), "H2 2020"),  # a half, as plainly
    ("How many accounts did Facebook remove in 2019 Q3", dt.date(2019, 7, 1), dt.date(2019, 9, 30), "Q3 2019"),
    ("What did Twitter remove in Summer 2020?", dt.date(2020, 6, 1), dt.date(2020, 8, 31), "the summer of 2020"),
    ("What did Facebook remove in the First Half of 2019?", dt.date(2019, 1, 1), dt.date(2019, 6, 30), "H1 2019"),
    ("takedowns in Late 2019", dt.date(2019, 9, 1), dt.date(2019, 12, 31), "late 2019"),
    # (two quarters named together: from the first to the last, as with two months)
    ("sum of accounts in its Q1 and Q3 2024 reports", dt.date(2024, 1, 1), dt.date(2024, 9, 30),
     "Q1 2024 and Q3 2024"),
    ("accounts removed Q2-Q4 2023", dt.date(2023, 4, 1), dt.date(2023, 12, 31), "Q2\u2013Q4 2023"),
])
def test_quarters(question: str, start: dt.date, end: dt.date, label: str) -> None:
    query = ask(question)
    assert (query.date_from, query.date_to, query.date_label) == (start, end, label)
    assert query.names == []  # "Q4 2021" or "Summer 2020" is a period, not a network's name


@pytest.mark.parametrize(("question", "countries", "corrections"), [
    ("how many irann accounts were removed", ["Iran"], [("irann", "iran")]),
    ("how many iarn accounts were removed", ["Iran"], [("iarn", "iran")]),
    ("how many chnia accounts were removed", ["China"], [("chnia", "china")]),
])
def test_short_country_names_survive_a_dropped_doubled_or_swapped_letter(
        question: str, countries: list[str], corrections: list[tuple[str, str]]) -> None:
    query = ask(question)
    assert (query.countries, query.corrections) == (countries, corrections)


@pytest.mark.parametrize(("question", "countries", "corrections"), [
    ("how many accounts did tiktok remove in kenia", ["Kenya"], [("kenia", "kenya")]),
    ("brasil networks removed by meta", ["Brazil"], [("brasil", "brazil")]),
    ("siria accounts twitter suspended", ["Syria"], [("siria", "syria")]),
])
def test_a_country_spelt_as_another_language_spells_it_is_that_country(
        question: str, countries: list[str], corrections: list[tuple[str, str]]) -> None:
    query = ask(question)
    assert (query.countries, query.corrections) == (countries, corrections)


def test_a_terse_question_of_a_platform_s_networks_from_a_country_in_a_span_lists_them() -> None:
    query = ask("meta russia networks between 2020 and 2022?")
    assert (query.intent, query.platforms, query.countries, query.date_from, query.date_to) == (
        "list", ["Facebook"], ["Russia"], dt.date(2020, 1, 1), dt.date(2022, 12, 31))


def test_one_platform_s_app_accounts_and_another_s_accounts_are_each_platform_s_own() -> None:
    query = ask("What is the sum of the Facebook accounts Meta removed and the accounts X suspended in 2023?")
    assert (sorted(query.platforms), query.surfaces) == (["Facebook", "Twitter"], [])


def test_tt_is_tiktok_in_a_question() -> None:
    query = ask("orchid wave tt vs x?")
    assert (query.intent, sorted(query.platforms)) == ("compare", ["TikTok", "Twitter"])


def test_two_letters_swapped_beat_one_changed() -> None:
    query = ask("nigerain tiktok network how many accts")
    assert (query.countries, query.ambiguous) == (["Nigeria"], [])


def test_a_changed_letter_in_a_short_word_is_not_a_typo_of_a_name() -> None:
    lexicon = Lexicon({"mali": ("country", "Mali"), "peru": ("country", "Peru")}, frozenset())
    assert understand("accounts from male users", lexicon).countries == []
    assert understand("accounts from pero", lexicon).corrections == []
    assert understand("accounts from maali", lexicon).countries == ["Mali"]


def test_a_slip_inside_a_longer_name_is_mended_word_by_word() -> None:
    query = ask("how many united aarb emirates accounts were removed")
    assert (query.countries, query.corrections) == (["United Arab Emirates"], [("aarb", "arab")])
    query = ask("accounts from north koera")  # "north" is spelt right: only "koera" is corrected
    assert (query.countries, query.corrections) == (["North Korea"], [("koera", "korea")])


def test_most_recent_is_the_latest_not_the_largest() -> None:
    assert ask("What was the most recent takedown?").intent == "latest"
    assert ask("Which takedown removed the most accounts?").intent == "largest"


def test_how_many_takedowns_counts_announcements() -> None:
    query = ask("How many takedowns did Twitter announce in 2019?")
    assert (query.intent, query.breakdown, query.platforms) == ("breakdown", "platform", ["Twitter"])
    assert ask("How many accounts did Twitter remove in 2019?").intent == "count"


@pytest.mark.parametrize(("question", "period", "label"), [
    ("what did tiktok take down last year?", ("2025-01-01", "2025-12-31"), "2025"),
    ("what did Meta remove this year", ("2026-01-01", "2026-12-31"), "2026"),
    ("takedowns in the past year", ("2025-01-15", "2026-01-15"), "the past year"),
    ("what was removed last month?", ("2025-12-01", "2025-12-31"), "December 2025"),
    ("last year's 2019 takedowns", ("2019-01-01", "2019-12-31"), "2019"),  # a year written out wins
    ("what did Meta remove in the past six months?", ("2025-07-15", "2026-01-15"), "the past 6 months"),
    ("what did X take down over the last two years?", ("2024-01-15", "2026-01-15"), "the past 2 years"),
    # parts of a year, by their months
    ("what did Meta remove in late 2019?", ("2019-09-01", "2019-12-31"), "late 2019"),
    ("what did Meta remove in mid-2019?", ("2019-05-01", "2019-08-31"), "mid 2019"),
    ("what did Meta remove in the summer of 2020?", ("2020-06-01", "2020-08-31"), "the summer of 2020"),
    ("what did Meta remove since early 2021?", ("2021-01-01", "9999-12-31"), "since early 2021"),
    ("what did X remove this week?", ("2026-01-12", "2026-01-18"), "the week of January 12, 2026"),
    ("what was taken down last week?", ("2026-01-05", "2026-01-11"), "the week of January 5, 2026"),
    # a quarter or season before today: the latest one over, or this one
    ("what did Meta remove last quarter?", ("2025-10-01", "2025-12-31"), "Q4 2025"),
    ("what did Meta remove this quarter?", ("2026-01-01", "2026-03-31"), "Q1 2026"),
    ("what did TikTok take down last summer?", ("2025-06-01", "2025-08-31"), "the summer of 2025"),
    ("what did TikTok take down this spring?", ("2026-03-01", "2026-05-31"), "the spring of 2026"),
])
def test_periods_relative_to_today(question: str, period: tuple[str, str], label: str) -> None:
    query = understand(question, LEXICON, today=dt.date(2026, 1, 15))
    assert (query.date_from.isoformat(), query.date_to.isoformat(), query.date_label) == (*period, label)
    assert query.intent == "list"


@pytest.mark.parametrize("question", ["twitter iran 2019", "what happened in January 2019?", "Meta Russia",
                                      "anything on TikTok last year?"])
def test_filters_alone_ask_for_the_list(question: str) -> None:
    assert understand(question, LEXICON, today=dt.date(2026, 1, 15)).intent == "list"


@pytest.mark.parametrize("question", ["Who is Nathaniel Gleicher?", "did Facebook find it on WhatsApp?",
                                      "what tactics did the Iran network use?"])
def test_a_question_with_content_of_its_own_is_a_search(question: str) -> None:
    assert ask(question).intent == "search"


@pytest.mark.parametrize(("question", "period"), [
    ("what did Facebook remove between March and June 2020?", ("2020-03-01", "2020-06-30")),
    ("takedowns from Jan 2019 to March 2020", ("2019-01-01", "2020-03-31")),
    ("what did Meta remove March-June 2020", ("2020-03-01", "2020-06-30")),
    ("what did Meta remove between November 2019 and January 2020", ("2019-11-01", "2020-01-31")),
    ("how many channels did Google terminate across April, May and June 2024?", ("2024-04-01", "2024-06-30")),
    ("what did X suspend in Jan., Feb. and March 2021", ("2021-01-01", "2021-03-31")),
])
def test_month_ranges(question: str, period: tuple[str, str]) -> None:
    query = ask(question)
    assert (query.date_from.isoformat(), query.date_to.isoformat()) == period




@pytest.mark.parametrize(("question", "countries", "platforms"), [
    ("How many Iranain accounts did Twitter remove?", ["Iran"], ["Twitter"]),
    ("How many Venezuala accounts did Twitter remove?", ["Venezuela"], ["Twitter"]),
    ("How many accounts did Twiter remove from Venezuala?", ["Venezuela"], ["Twitter"]),
    ("How many accounts linked to Saudia Arabia did Twitter remove?", ["Saudi Arabia"], ["Twitter"]),
])
def test_a_capitalised_typo_of_a_country_or_platform_is_no_network_name(question: str, countries: list[str],
                                                                        platforms: list[str]) -> None:
    query = ask(question)  # the typo had also been searched for as a network, and the answer found nothing
    assert (query.countries, query.platforms, query.names) == (countries, platforms, [])


def test_x_is_twitter_at_the_start_of_a_question_too() -> None:
    assert ask("Did X remove accounts linked to Serbia?").platforms == ["Twitter"]


def test_a_capital_x_standing_alone_is_twitter() -> None:
    assert ask("Who alerted X to the network aimed at Chile?").platforms == ["Twitter"]


def test_a_platform_and_a_lower_case_quarter_list_that_quarter() -> None:
    query = ask("meta q1 2023")
    assert (query.intent, query.platforms, query.date_from, query.date_to) == (
        "list", ["Facebook"], dt.date(2023, 1, 1), dt.date(2023, 3, 31))


def test_which_platforms_removed_networks_targeting_a_place_asks_for_platforms() -> None:
    query = ask("Which platforms removed networks targeting Hong Kong?")
    assert (query.intent, query.countries, query.country_role) == ("which_platforms", ["Hong Kong"], "target")


def test_a_network_that_sowed_discord_is_not_about_discord() -> None:
    assert ask("Which networks sowed discord in Peru?").platforms == []


@pytest.mark.parametrize(("question", "countries", "role"), [
    ("takedowns during the 2020 US election", ["United States"], "target"),
    ("what was removed ahead of Peru's general election?", ["Peru"], "target"),
    ("what did Facebook remove from Peru?", ["Peru"], "origin"),
])
def test_a_country_that_voted_is_a_target(question: str, countries: list[str], role: str) -> None:
    query = ask(question)
    assert (query.countries, query.country_role) == (countries, role)


@pytest.mark.parametrize("question", ["networks targeting Moldova", "list operations linked to Iran"])
def test_a_bare_request_for_networks_lists_networks(question: str) -> None:
    assert ask(question).intent == "which_networks"


@pytest.mark.parametrize("question", ["Who first flagged the Lantern network?", "who spotted the network first?",
                                      "Who first discovered the Lantern network?",
                                      "Which researchers flagged networks to Twitter?", "What groups warned Meta?",
                                      "Which firms reported the accounts to Reddit?"])
def test_who_first_flagged_asks_who_tipped(question: str) -> None:
    assert ask(question).intent == "who_tipped"


def test_the_largest_takedown_targeting_a_country_asks_for_the_largest() -> None:
    query = ask("What was the largest takedown targeting Ukraine?")
    assert (query.intent, query.countries, query.country_role) == ("largest", ["Ukraine"], "target")
    assert ask("Which countries were targeted most?").intent == "targets"


def test_companies_that_reported_removals_are_platforms_not_tipsters() -> None:
    assert ask("Which companies reported removals in 2019?").intent == "which_platforms"


@pytest.mark.parametrize(("question", "countries"), [
    ("accounts linked to the uae removed by facebook", ["United Arab Emirates"]),
    ("how many prc accounts did twitter remove", ["China"]),
    ("drc pages removed", ["Democratic Republic of the Congo"]),
    ("usa accounts", ["United States"]),
    ("tell us what facebook removed", []),  # "us" and "car" are words, in any question
    ("accounts that sold a car", []),
])
def test_country_initials_typed_in_lower_case_are_the_country(question: str, countries: list[str]) -> None:
    assert understand(question, LEXICON).countries == countries


def test_a_report_written_large_is_no_network_name() -> None:
    assert ask("How many accounts did Facebook remove from Iran in its August Report?").names == []
    assert ask("Who ran the Secondary Infektion network?").names == ["Secondary Infektion"]


def test_a_relative_clause_about_targets_does_not_make_a_question_about_targets() -> None:
    query = ask("Where was the Red Acacia network that targeted Kenyans actually run from?")
    assert (query.intent, query.countries, query.country_role) == ("which_countries", ["Kenya"], "target")
    assert ask("Who did the Red Acacia network target?").intent == "targets"


@pytest.mark.parametrize("question", ["ecuador tiktok network size?", "How big was the network Meta removed?",
                                      "what was the size of the Iranian takedown"])
def test_size_asks_for_a_count(question: str) -> None:
    assert ask(question).intent == "count"


@pytest.mark.parametrize(("question", "surfaces"), [
    ("How many Discord accounts linked to China were removed?", ["Discord"]),
    ("how many twitch channels were suspended?", ["Twitch"]),
    ("did the campaign sow discord in Kenya?", []),
])
def test_platforms_named_by_everyday_words_count_where_written_so_or_before_what_they_count(
        question: str, surfaces: list[str]) -> None:
    assert ask(question).surfaces == surfaces


def test_a_country_whose_office_tipped_the_platform_is_no_place_filter_and_linked_to_asks_who_was_behind() -> None:
    query = ask("How many YouTube channels were terminated after Poland's information office made its referral?")
    assert (query.countries, query.targets) == ([], [])
    assert ask("How many accounts did Poland's network post?").countries == ["Poland"]
    assert ask("Who is the Zorza network linked to?").intent == "who_behind"


def test_a_country_that_says_something_is_no_filter() -> None:
    assert ask("Who does Latvia say ran the Birch Echo campaign?").countries == []


def test_a_when_question_about_the_people_behind_a_network_asks_for_a_date() -> None:
    query = understand("When did Meta first act against the operators behind Dawn Caravan?", Lexicon.default())
    assert query.intent == "when"
    assert understand("Who was behind Dawn Caravan?", Lexicon.default()).intent == "who_behind"


def test_what_prompted_a_platform_to_act_asks_who_tipped_it_off() -> None:
    assert understand("What prompted X to investigate the accounts?", Lexicon.default()).intent == "who_tipped"


def test_platforms_listed_with_their_units_are_each_a_platform_asked_about() -> None:
    query = understand("Across X, YouTube and Reddit, how many X accounts, YouTube channels and Reddit accounts "
                       "were removed?", LEXICON)
    assert (sorted(query.platforms), query.surfaces) == (["Reddit", "Twitter", "YouTube"], [])
    one_company = understand("How many Facebook accounts did Meta remove?", LEXICON)
    assert (one_company.platforms, one_company.surfaces) == (["Facebook"], ["Facebook"])
    paired = understand("What is the sum of the YouTube channels and X accounts removed in the Kite case?", LEXICON)
    assert (sorted(paired.platforms), paired.surfaces) == (["Twitter", "YouTube"], [])


def test_which_of_two_platforms_reported_more_is_a_comparison() -> None:
    query = understand("Did X or Meta report more accounts for the Iranian network?", LEXICON)
    assert (query.intent, sorted(query.platforms)) == ("compare", ["Facebook", "Twitter"])


def test_a_country_whose_name_holds_a_region_is_not_that_region() -> None:
    assert ask("tiktok south africa 2024 banned accounts?").countries == ["South Africa"]
    assert ask("Which networks targeted Central African Republic and West Africa?").countries == [
        "Central African Republic", "West Africa"]


@pytest.mark.parametrize(("question", "intent"), [
    ("who tipd fb off abt the iran thing", "who_tipped"),
    ("who flaged the ntwrk to fb", "who_tipped"),
    ("hw mny accts did fb remove in iran", "count"),
])
def test_a_question_shortened_as_on_a_phone_is_read_in_full(question: str, intent: str) -> None:
    query = ask(question)
    assert (query.intent, query.platforms) == (intent, ["Facebook"])


@pytest.mark.parametrize(("question", "intent"), [
    ("how many russians were indicted in the volna case", "search"),  # people, which no takedown counts
    ("How big was the fine the regulator imposed on the agency?", "search"),
    ("How many people did prosecutors say worked on the campaign?", "search"),
    ("How many accounts did Facebook remove after the court order?", "count"),  # a takedown, told beside a court
    ("how many FB pages were run by Sputnik employees", "count"),
    ("How many people followed the Orchid Relay Facebook Pages?", "reach"),
])
def test_what_courts_and_regulators_count_is_asked_of_the_sources_words(question: str, intent: str) -> None:
    assert ask(question).intent == intent


def test_a_name_s_accented_letters_stay_in_its_words() -> None:
    assert "vértice" in ask("How big was the fine imposed on Vértice Criativo?").terms


def test_a_typo_between_two_forms_of_one_word_is_no_ambiguity() -> None:
    query = ask("how many accts did twtr suspendd in iran")
    assert (query.ambiguous, query.platforms, query.countries) == ([], ["Twitter"], ["Iran"])


@pytest.mark.parametrize(("question", "intent"), [
    ("Whcih countries did the network target?", "targets"),
    ("Waht countries did Twitter remove accounts from?", "which_countries"),
])
def test_a_slip_in_a_question_word_is_mended(question: str, intent: str) -> None:
    assert ask(question).intent == intent


def test_a_slip_in_what_reach_is_measured_in_is_mended() -> None:
    query = ask("how many folowers did the accounts TikTok removed have?")
    assert (query.intent, query.measure) == ("reach", "followers")


def test_a_possessive_phrase_in_a_question_is_no_name() -> None:
    # (as the knowledge base's lexicon holds a network's name: with and without its accents)
    lexicon = Lexicon({"ecoul carpaților": ("network", "Ecoul Carpaților"),
                       "ecoul carpatilor": ("network", "Ecoul Carpaților")}, frozenset())
    query = understand("How many accounts did TikTok remove from Ecoul Carpatilor after the Commission's DSA request?",
                       lexicon)
    assert query.names[0] == "Ecoul Carpaților" and "Commission's DSA" not in query.names


@pytest.mark.parametrize(("question", "intent", "measure"), [
    ("how many accounts do researchers think the network ran?", "reach", "estimated size"),
    ("how many accounts do researchers say meta removed?", "count", None),  # a removal, as they report it
])
def test_what_researchers_think_a_network_ran_asks_for_their_estimate(question: str, intent: str,
                                                                     measure: str | None) -> None:
    query = ask(question)
    assert (query.intent, query.measure) == (intent, measure)


def test_what_was_counted_after_a_name_is_no_part_of_it() -> None:
    assert ask("How many followers did the Bituin Digital Solutions Pages have?").names == ["Bituin Digital Solutions"]


def test_how_many_asked_with_where_from_is_a_count_that_places_it() -> None:
    query = ask("How many accounts were in the largest network Snapchat disclosed for Q3 2024, and where was it from?")
    assert (query.intent, query.platforms, query.date_label) == ("largest", ["Snapchat"], "Q3 2024")
    assert ask("Where did the largest network Snapchat disclosed for Q3 2024 come from?").intent == "which_countries"


def test_each_network_s_period_in_brackets_is_asked_apart() -> None:
    query = ask("What is the sum of Facebook accounts in the Chile network (May 2021) and the Kenya network "
                "(March 2019)?")
    assert [label for _, _, label in query.apart] == ["March 2019", "May 2021"]
    assert ask("How many accounts did Meta remove from the Chile network (May 2021)?").apart == []


def test_a_job_title_s_abbreviation_is_no_network_name() -> None:
    query = ask("What did Meta's integrity VP say on the July 2021 call about networks removed since 2017?")
    assert query.names == []


def test_where_a_network_operated_from_is_asked_before_whom_it_targeted() -> None:
    assert ask("Where did the Amber Sled network operate from, and which audience did it target?").intent == \
        "which_countries"
    assert ask("Where were the channels aimed at Lao viewers operated from?").intent == "which_countries"


def test_ahead_of_an_election_s_month_is_the_months_running_up_to_it() -> None:
    query = ask("How many accounts did Naver suspend ahead of the April 2024 National Assembly election?")
    assert (str(query.date_from), str(query.date_to), query.date_label) == (
        "2024-01-01", "2024-04-30", "the months ahead of April 2024")
    assert ask("What did Meta remove before the February 2024 vote?").date_from == dt.date(2023, 11, 1)


def test_a_span_of_abbreviated_months_is_a_period_and_no_name() -> None:
    query = ask("What's the sum of YouTube channels Google terminated for the Chinese spam network Jan-Mar 2023?")
    assert (str(query.date_from), str(query.date_to), query.names) == ("2023-01-01", "2023-03-31", [])


def test_publications_on_substack() -> None:
    query = ask("How many Substack publications were removed from the network?")
    assert (query.platforms, query.units) == (["Substack"], ["publications"])


def test_ahead_of_a_country_s_election_month() -> None:
    query = ask("How many TikTok accounts were removed ahead of the Philippines' May 2025 midterm elections?")
    assert (str(query.date_from), str(query.date_to)) == ("2025-02-01", "2025-05-31")
    # (the vote's month told after it)
    query = ask("How many accounts did Twitter suspend before the Taiwanese election in January 2020?")
    assert (str(query.date_from), str(query.date_to), query.date_label) == (
        "2019-10-01", "2020-01-31", "the months ahead of January 2020")
    # (a possessive typed without its apostrophe)
    query = ask("how many accts did VK block before russias sept 2024 voting day")
    assert (str(query.date_from), str(query.date_to)) == ("2024-06-01", "2024-09-30")


def test_a_sum_of_a_network_described_by_its_target_is_a_count() -> None:
    query = ask("What is the sum of the Instagram accounts Meta removed in the Ghana-linked network and in the network "
                "targeting Moldova?")
    assert query.intent == "count"
    assert ask("Which countries did the network targeting Moldova target?").intent == "targets"


def test_ahead_of_an_election_s_day_is_the_months_running_up_to_it() -> None:
    query = ask("How many accounts did Twitter remove before the Feb. 8, 2024 vote?")
    assert (str(query.date_from), str(query.date_to), query.date_label) == (
        "2023-11-01", "2024-02-08", "the months ahead of February 8, 2024")
    query = ask("how many accounts did twitter take down ahead of the 8 february election")
    assert (query.months, query.month_day, query.date_from, query.date_label) == (
        (11, 2), None, None, "the months ahead of February 8 in any year")


@pytest.mark.parametrize(("question", "period"), [
    ("How many channels altogether, including the May 2023 return?", (None, None)),
    ("How many channels in 2023, plus the May 2023 comeback?", ("2023-01-01", "2023-12-31")),
    ("How many channels in May 2023?", ("2023-05-01", "2023-05-31")),
])
def test_a_round_the_answer_must_include_does_not_narrow_the_period(question: str, period: tuple) -> None:
    query = ask(question)
    assert (query.date_from and query.date_from.isoformat(), query.date_to and query.date_to.isoformat()) == period


@pytest.mark.parametrize(("question", "intent", "measure"), [
    ("How many accounts did Twitter suspend over posts about the Tonga election?", "count", None),
    ("When did Twitter suspend the accounts pushing posts about Tonga?", "when", None),
    ("How many posts did the suspended accounts send?", "reach", "posts"),
    ("How many followers did the 300 accounts Twitter removed have?", "reach", "followers"),
])
def test_reach_words_that_only_say_which_accounts_do_not_make_a_reach_question(question: str, intent: str,
                                                                               measure: str | None) -> None:
    query = ask(question)
    assert (query.intent, query.measure) == (intent, measure)


def test_a_platform_named_inside_a_network_name_is_the_networks_not_a_platform_asked_about() -> None:
    lexicon = Lexicon({**LEXICON.terms, "heron line": ("network", "Heron Line")}, LEXICON.corpus_words)
    query = understand("how many IG accounts were part of Heron Line?", lexicon)
    assert (query.platforms, query.surfaces, query.names) == ([], ["Instagram"], ["Heron Line"])
    assert understand("did LINE remove Heron Line accounts?", lexicon).platforms == ["LINE"]


@pytest.mark.parametrize(("question", "intent"), [
    ("How many accounts followed the network's pages on FB?", "reach"),  # the accounts counted are its followers
    ("How many users had subscribed to the channels?", "reach"),
    ("How many accounts did Facebook remove that followed the Pages?", "count"),
])
def test_accounts_that_followed_are_a_reach_figure(question: str, intent: str) -> None:
    assert ask(question).intent == intent


@pytest.mark.parametrize(("question", "which"), [
    ("How many Facebook accounts did Meta remove in Quill Lantern's second round?", 2),
    ("How many accounts did FB remove in the fourth wave of Quill Lantern?", 4),
    ("What date did FB announce its 2nd takedown of Quill Lantern?", 2),
    ("how many accounts did twitter suspend when it first took down quill lantern", 1),
    ("how many pages did facebook take down in the first quill lantern takedown", 1),
    ("how many accounts did Meta remove in the first quarter of 2022?", None),  # a period, not a round
    ("What were the first takedowns of 2019?", None),
])
def test_which_of_a_networks_rounds_is_asked(question: str, which: int | None) -> None:
    assert ask(question).round == which


@pytest.mark.parametrize(("question", "intent"), [
    ("Which platform took down the most Iranian accounts in a single takedown?", "largest"),
    ("Which platforms removed accounts linked to Iran?", "which_platforms"),
    ("Which platform removed the most Iranian accounts?", "which_platforms"),
])
def test_the_platform_of_the_largest_single_takedown_is_asked_as_the_largest(question: str, intent: str) -> None:
    assert ask(question).intent == intent


@pytest.mark.parametrize("question", ["How many Halden-linked accts did TikTok remove in Jan 2024?",
                                      "how many Halden-tied accounts did TikTok remove",
                                      "How many accounts were in the Halden-referred network on TikTok?",
                                      "how many Halden-flagged accounts did TikTok ban"])
def test_a_name_written_with_linked_or_tied_is_the_name(question: str) -> None:
    assert ask(question).names == ["Halden"]


def test_what_someone_said_after_a_takedown_is_asked_of_the_sources_not_a_list_of_takedowns() -> None:
    assert ask("What did the Manila PR firm say after Facebook removed its network?").intent == "search"
    assert ask("What did Facebook take down in March 2020?").intent == "list"


def test_a_country_s_two_letter_code_typed_in_lower_case_names_it() -> None:
    assert ask("how many ru accts did yt kill in 2020").countries == ["Russia"]
    assert ask("cn and ua networks on tiktok?").countries == ["China", "Ukraine"]


def test_a_list_of_the_countries_a_network_targeted_asks_for_its_targets() -> None:
    assert ask("List the countries targeted by the Iran network Facebook removed in January 2019.").intent == "targets"
    assert ask("list the countries the Iran network targeted in Meta's October 2021 takedown").intent == "targets"


def test_which_company_a_platform_says_ran_a_network_asks_who_was_behind_it() -> None:
    assert ask("Which company did Twitter say ran the Zambian accounts?").intent == "who_behind"


def test_who_was_behind_a_network_according_to_researchers_asks_who_not_their_estimate() -> None:
    assert ask("Which company was behind the Garuda network, according to researchers?").intent == "who_behind"
    assert ask("How many accounts did the Garuda network run, according to researchers?").intent == "reach"


def test_google_ads_accounts_are_a_surface_of_its_takedown_not_a_name() -> None:
    query = ask("How many YouTube channels and Ads accounts did Google take down in 2024?")
    assert query.names == []
    assert "Ads" in query.platforms + query.surfaces and "YouTube" in query.platforms + query.surfaces


@pytest.mark.parametrize("question", ["how many IG accts did meta pull in q4 23", "meta takedowns Q4 '23",
                                      "what did meta remove in q4-23?"])
def test_a_quarter_with_two_digits_is_that_quarter_of_20nn(question: str) -> None:
    query = ask(question)
    assert (query.date_from, query.date_to, query.date_label) == (dt.date(2023, 10, 1), dt.date(2023, 12, 31),
                                                                  "Q4 2023")


def test_which_firm_a_network_in_a_platform_s_report_was_linked_to_asks_who_was_behind_it() -> None:
    assert ask("Which firm was the Azerbaijan network in Meta's Q3 2023 report linked to?").intent == "who_behind"
    assert ask("Google's Q1 2024 bulletin linked the Russian campaign posting in German to whom?").intent == \
        "who_behind"


@pytest.mark.parametrize("question", ["Who did Twitter link the Kazakhstan network to?",
                                      "whom did meta attribute the operation to"])
def test_who_a_platform_linked_a_network_to_asks_who_was_behind_it(question: str) -> None:
    assert ask(question).intent == "who_behind"


@pytest.mark.parametrize("question", ["What did Meta call the Russian operation aimed at Moldova?",
                                      "What is the name of the network TikTok removed in Kenya?"])
def test_what_a_platform_called_a_network_asks_for_its_name(question: str) -> None:
    assert ask(question).intent == "which_networks"
    # (a lab's name for it: the sentences where the lab gives it)
    assert ask("What did Northlight call the network that cloned German news sites?").intent == "search"


def test_who_a_network_was_associated_with_asks_who_was_behind_it() -> None:
    assert ask("Who was the Belarus-linked network targeting Poland's 2025 run-off associated with?").intent == \
        "who_behind"


@pytest.mark.parametrize(("question", "region"), [
    ("TikTok Aug 2024: list the Latin American networks and how many accounts each had", "Latin America"),
    ("Which Middle Eastern networks did Meta remove?", "Middle East"),
    ("How many West African accounts did Facebook remove?", "West Africa"),
])
def test_a_region_s_adjective_asks_about_the_region_not_a_country_or_a_name(question: str, region: str) -> None:
    query = ask(question)
    assert (query.countries, query.names) == ([region], [])


def test_the_figure_a_count_was_put_at_is_a_filter_but_not_a_year_or_a_share() -> None:
    assert ask("When did Meta raise its Peru count to 1,204?").numbers == [1204]
    assert ask("which takedown had a total of 88 channels?").numbers == [88]
    assert ask("when did the count of accounts rise to 2021 levels?").numbers == []
    assert ask("did the figure of 40 percent change?").numbers == []


def test_a_number_in_a_name_is_the_name_s_and_a_sea_is_neither_a_name_nor_its_country() -> None:
    query = ask("When did Meta remove the navy's Group 14 network?")
    assert (query.names, query.numbers) == (["Group 14"], [])
    query = ask("How many YouTube channels did Google terminate in the China campaign pushing South China Sea claims "
                "to Southeast Asian audiences?")
    assert (query.intent, query.names, query.countries) == ("count", [], ["China", "Southeast Asia"])


def test_terse_and_unit_questions_about_who_and_when() -> None:
    assert ask("which vietnamese military unit ran the mass-reporting network?").intent == "who_behind"
    assert ask("date meta published the report with the cambodia network?").intent == "when"
    assert ask("falcon gate audiences?").intent == "targets"


def test_where_a_platform_got_its_information_asks_who_tipped_it() -> None:
    assert ask("Where did Twitter get the information about the Iranian accounts it removed in 2020?").intent == \
        "who_tipped"
    assert ask("Where did the network get its followers?").intent != "who_tipped"
