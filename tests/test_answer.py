"""Answers: exact figures, exact citations, honest abstention, labelled totals, disagreements."""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from pathlib import Path

import pytest

from bot.answer import EXAMPLES, answer_question
from bot.answer.cited import names_platform_asked
from bot.knowledge import ROW_LIMIT, KnowledgeBase
from bot.summary import countable, summarise
from bot.understand import Query, understand
from tests.conftest import PARLIAMENT_HEARING, kb_from

XINHUA = "000_c6b3c29f4711212a.txt"
ABC = "002_f29ceca511a13dd7.txt"


def test_twitter_iran_accounts_lists_each_announcement_and_a_labelled_sum(seeds_kb: KnowledgeBase) -> None:
    answer = answer_question("How many Iran accounts did Twitter remove?", seeds_kb)
    assert answer.status == "answered"
    assert answer.text == (
        "Here is what the knowledge base reports for Twitter, Iran:\n"
        "\u2022 Twitter suspended 284 accounts (originated from Iran), August 21, 2018 [1]\n"
        "\u2022 Twitter deleted thousands of accounts (from Iran, Russia, Venezuela and Bangladesh; one figure for "
        "Iran, Russia, Venezuela and Bangladesh together, none for Iran alone), January 31, 2019 [2]\n"
        "\u2022 Twitter suspended 2,617 accounts (in Iran), January 31, 2019 [3]\n"
        "Together: 2,901 accounts \u2014 the sum of 284 and 2,617 above, each a separate announcement."
    )
    assert [(c.document, c.published) for c in answer.citations] == [
        (XINHUA, "2018-08-21"), (ABC, "2019-01-31"), (ABC, "2019-01-31")]
    assert answer.citations[2].quote == ('The company also said it had "identified and suspended 2,617 additional '
                                         'malicious accounts" in Iran.')


def test_citation_quotes_are_verbatim_slices_of_the_documents(seeds_kb: KnowledgeBase, seeds_dir: Path) -> None:
    questions = ["How many Iran accounts did Twitter remove?", "What did Facebook announce on Jan 31 2019?",
                 "Who is Nathaniel Gleicher?", "Who tipped off Facebook?", "Which platforms removed Iranian accounts?"]
    for question in questions:
        for citation in answer_question(question, seeds_kb).citations:
            assert citation.quote in (seeds_dir / citation.document).read_text(encoding="utf-8")


def test_no_separate_figure_for_one_of_several_countries(seeds_kb: KnowledgeBase) -> None:
    answer = answer_question("How many Russian accounts did Twitter remove?", seeds_kb)
    assert answer.status == "answered"
    assert "none for Russia alone" in answer.text
    assert not any(figure in answer.text for figure in ("2,617", "1,000", "284", "783", "652"))


def test_qualifier_is_kept(seeds_kb: KnowledgeBase) -> None:
    answer = answer_question("How many Venezuelan accounts did Twitter take down?", seeds_kb)
    assert "more than 1,000 accounts (located in Venezuela)" in answer.text


def test_combined_unit_is_shown_as_written(seeds_kb: KnowledgeBase) -> None:
    answer = answer_question("how many accounts did FB remove on July 31?", seeds_kb)
    assert answer.text.splitlines()[1] == ("\u2022 Facebook deleted 32 pages and accounts combined, July 31, 2018 [1] "
                                          "(mentioned in a later report)")


def test_when_question(seeds_kb: KnowledgeBase) -> None:
    answer = answer_question("When did Facebook delete the 32 pages and accounts?", seeds_kb)
    assert answer.text.startswith("On July 31, 2018.")
    assert [c.document for c in answer.citations] == [XINHUA]


def test_when_with_nothing_for_either_reading_of_a_country_says_so(seeds_kb: KnowledgeBase) -> None:
    # no Snapchat takedown came from Russia, nor targeted it: the other reading of the country is tried once
    answer = answer_question("When did Snapchat take down a Russian troll network?", seeds_kb)
    assert (answer.status, answer.text.split(". It covers")[0]) == (
        "no_answer", "I found nothing in the knowledge base on Snapchat + Russia")


def test_a_tipping_platform_is_named_as_its_source_names_it(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2025-02-21\n---\nOpenAI said on Friday it banned 64 accounts.\nThe activity "
                "was first flagged to OpenAI by Meta's threat team, which had seen the same firm on Facebook.\n"})
    assert answer_question("Who tipped off OpenAI?", kb).text.splitlines()[:2] == [
        "Who tipped off OpenAI: Meta.",
        "\u2022 Meta tipped off OpenAI (reported February 21, 2025) [1]; the takedown: 64 accounts, February 21, "
        "2025 [2]"]


def test_who_tipped_in_a_month_of_any_year(seeds_kb: KnowledgeBase) -> None:
    assert answer_question("Who tipped off Facebook?", seeds_kb).text.splitlines()[0] == (
        "Who tipped off Facebook: FireEye and Twitter.")
    assert answer_question("Who tipped off Facebook in August?", seeds_kb).text.splitlines()[0] == (
        "Who tipped off Facebook: FireEye.")


def test_who_tipped(seeds_kb: KnowledgeBase) -> None:
    answer = answer_question("Who tipped off Facebook about Liberty Front Press?", seeds_kb)
    assert answer.text.splitlines()[0] == "Who tipped off Facebook: FireEye."
    assert answer.citations[0].quote.startswith("The U.S. tech giant received a tip in July from cybersecurity firm")


def test_which_countries(seeds_kb: KnowledgeBase) -> None:
    answer = answer_question("Which countries did Twitter remove accounts from in January 2019?", seeds_kb)
    assert answer.text.splitlines()[0] == ("Countries of origin for Twitter, in January 2019: Iran, Russia, "
                                           "Venezuela and Bangladesh.")


def test_which_countries_counts_announcements_not_figures(tmp_path: Path) -> None:
    body = ("---\npublished: 2023-11-29\n---\nMeta said on Wednesday it removed 4,700 Facebook accounts that "
            "originated in China. It also took down 12 Facebook accounts and six Groups that originated in China. "
            "And it removed 5 Facebook accounts, 16 Pages and 1 Instagram account that originated in Russia.\n")
    answer = answer_question("Which countries did Facebook remove accounts from in 2023?",
                             kb_from(tmp_path, {"q3.md": body}))
    assert answer.text.splitlines() == [
        "Countries of origin for Facebook, in 2023: China and Russia.",
        "\u2022 China (2 announcements) [1]", "\u2022 Russia (1 announcement) [2]"]


def test_targets(seeds_kb: KnowledgeBase) -> None:
    answer = answer_question("Who did the Iranian network that Facebook removed in August 2018 target?", seeds_kb)
    assert "people across multiple internet services in the Middle East, Latin America, UK and U.S." in answer.text


def test_sentence_questions_quote_the_best_sentence(seeds_kb: KnowledgeBase) -> None:
    answer = answer_question("Who is Nathaniel Gleicher?", seeds_kb)
    assert answer.status == "answered"
    assert "head of cybersecurity policy" in answer.text
    assert [c.document for c in answer.citations] == [ABC]


@pytest.mark.parametrize("question", [
    "How many accounts did TikTok remove from Iran?",
    "How many Chinese accounts did Twitter suspend?",
    "How many accounts did Google take down in 2018?",
    "How many accounts did Reddit ban?",
    "How many accounts did Twitter remove in 2017?",
    "Who is Vladimir Putin?",
])
def test_no_answer_says_what_the_base_covers(seeds_kb: KnowledgeBase, question: str) -> None:
    answer = answer_question(question, seeds_kb)
    assert answer.status == "no_answer"
    assert answer.citations == []
    assert answer.text.endswith("It covers 2 documents from August 21, 2018 to January 31, 2019, with takedowns by "
                                "Twitter and Facebook of networks from Bangladesh, Iran, Russia and Venezuela.")


def test_question_without_subject_asks_which(seeds_kb: KnowledgeBase) -> None:
    answer = answer_question("how many accounts?", seeds_kb)
    assert answer.status == "clarify"
    assert answer.choices == ["Twitter", "Facebook"]


@pytest.mark.parametrize(("question", "start"), [
    ("", "Ask me a question about platform takedowns"),
    ("   ", "Ask me a question about platform takedowns"),
    ("x" * 5000, "That question is 5,000 characters long"),
    ("\x00\x01\x02\x03binary", "That does not look like a question"),
    ("1234 5678", "I could not find any words"),
])
def test_bad_questions_get_a_clear_reply(seeds_kb: KnowledgeBase, question: str, start: str) -> None:
    answer = answer_question(question, seeds_kb)
    assert answer.status == "no_answer"
    assert answer.text.startswith(start)


SAME_TAKEDOWN = {
    "a.md": """\
        ---
        title: Wire report
        publisher: Wire
        published: 2020-04-02
        ---
        Twitter said on Thursday it had suspended 8,558 accounts linked to Serbia's ruling party.
        """,
    "b.md": """\
        ---
        title: Blog report
        publisher: Blog
        published: 2020-04-03
        ---
        Twitter said it had suspended 8,588 accounts linked to Serbia's ruling party.
        """,
    "c.md": """\
        ---
        title: Later report
        publisher: Paper
        published: 2020-04-04
        ---
        Twitter said it had suspended 8,558 accounts linked to Serbia.
        """,
}


def test_same_takedown_from_several_documents_is_one_item_and_disagreement_is_said(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, SAME_TAKEDOWN)
    answer = answer_question("How many Serbian accounts did Twitter suspend?", kb)
    lines = answer.text.splitlines()
    assert len(lines) == 2
    assert lines[1] == ("\u2022 Twitter suspended 8,558 accounts (linked to Serbia), April 2, 2020 [1] [2] [3] "
                        "\u2014 the sources disagree: 8,558 accounts per Wire report; 8,588 accounts per Blog report")
    assert [c.document for c in answer.citations] == ["a.md", "b.md", "c.md"]
    assert "Together" not in answer.text


NUMBERED_SECTIONS_REPORT = """\
    ---
    title: Threat report
    publisher: Meta
    published: 2024-05-21
    ---
    ### Network 1: Peru

    We took down 412 Facebook accounts. We refer to it as the Cakra network.

    ### Network 2: Chile

    We removed 233 Facebook accounts. We call it Lotus Harbor.

    ### Network 3: Bolivia

    We disabled 96 Facebook accounts.
    """


OWN_REPORT_AND_A_WIRE = {
    "report.md": """\
        ---
        title: Quarterly threat report
        publisher: Meta
        published: 2025-11-18
        ---
        We removed 410 Facebook accounts and 57 Instagram accounts. This network originated in Peru.

        We removed 90 Facebook accounts and 112 Instagram accounts. This network originated in Chile.
        """,
    "wire.md": """\
        ---
        title: Meta removes Peruvian network
        publisher: Wire
        published: 2025-11-19
        ---
        Meta said it had removed 410 Facebook accounts and 62 Instagram accounts run from Peru.
        """,
    "tiktok.md": """\
        ---
        title: TikTok removes Peruvian accounts
        publisher: Paper
        published: 2025-10-02
        ---
        TikTok said on Thursday it had removed 153 accounts run from Peru.
        """,
}


def test_a_sum_adds_the_platforms_own_figure_where_a_wire_disagrees(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, OWN_REPORT_AND_A_WIRE)
    answer = answer_question("What is the sum of the Instagram accounts Meta removed in 2025?", kb)
    assert answer.text.splitlines()[-1] == (
        "Together: 169 Instagram accounts \u2014 the sum of 57 and 112 above, each a separate announcement. Where "
        "reports disagree, the platform's own figure is the one added.")
    # (without the platform's own report there is no telling which figure to add)
    wires_only = kb_from(tmp_path / "wires", {"wire.md": OWN_REPORT_AND_A_WIRE["wire.md"], "other.md": """\
        ---
        title: Another wire
        published: 2025-11-20
        ---
        Meta said it had removed 410 Facebook accounts and 57 Instagram accounts run from Peru.
        Meta said it had removed 112 Instagram accounts run from Chile on Tuesday.
        """})
    assert answer_question("What is the sum of the Instagram accounts Meta removed in 2025?",
                           wires_only).text.splitlines()[-1] == "No total: the sources disagree on a figure."


def test_a_sum_across_platforms_adds_a_takedowns_own_accounts_not_its_other_apps(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, OWN_REPORT_AND_A_WIRE)
    answer = answer_question("What is the sum of the Peru-linked accounts removed by Meta and by TikTok?", kb)
    assert answer.text.splitlines()[-1] == (
        "Together: 563 accounts \u2014 the sum of 153 and 410 above, TikTok and Facebook together, each a separate "
        "announcement. The Instagram accounts told beside them are not added.")


REINSTATED = {"r.md": """\
    ---
    title: X gives back accounts
    publisher: Paper
    published: 2026-02-03
    ---
    X said on Monday that some of the 1,900 accounts it suspended last week as part of a network run from Peru had \
been suspended in error, and that it had reinstated 86 of them. X did not say how many had been suspended in error in \
all.
    """}


def test_accounts_given_back_are_answered_as_such_and_never_as_a_takedown(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, REINSTATED)
    answer = answer_question("How many of the Peru accounts did X reinstate?", kb)
    assert answer.text.splitlines()[:2] == [
        "Accounts given back after a takedown as the sources report it for Twitter, Peru (not takedown counts):",
        "\u2022 86 reinstated after the takedown (Twitter, from Peru), February 3, 2026 [1]"]
    # an admitted mistake's size is what the sources say of it: here, nothing but the accounts given back
    mistaken = answer_question("How many accounts did X say it suspended by mistake in Peru?", kb)
    assert mistaken.text.startswith("From the sources:\n")
    assert "1,900 accounts" not in mistaken.text.replace(mistaken.citations[0].quote, "")
    assert [c.quote for c in mistaken.citations] == [
        "X said on Monday that some of the 1,900 accounts it suspended last week as part of a network run from Peru "
        "had been suspended in error, and that it had reinstated 86 of them."]


def test_countries_asked_without_a_role_are_origins_then_targets_besides(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"r.md": """\
        ---
        title: Roundup
        published: 2024-11-29
        ---
        In Peru, Meta removed 48 Facebook accounts linked to a consultancy in Lima; in Chile, TikTok said it had \
taken down 1,105 accounts that promoted local candidates.
        """})
    answer = answer_question("Which countries' networks does the roundup cover?", kb)
    assert answer.text.splitlines()[:4] == [
        "Countries of origin: Peru.", "\u2022 Peru (1 announcement) [1]",
        "Countries targeted besides these: Chile.", "\u2022 Chile (1 announcement) [1]"]
    # (asked where they came from, the origins alone)
    assert "Chile" not in answer_question("Which countries did the networks come from?", kb).text


def test_who_a_research_group_thinks_ran_a_network_is_read_from_its_own_report(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"report.md": """\
        ---
        title: Measuring the Lotus Echo network
        publisher: Harrow Institute for Digital Integrity
        published: 2022-07-19
        ---
        On June 2, 2022, TikTok said it had removed 3,412 accounts belonging to a network that operated from Peru.
        By our estimate, Lotus Echo comprised at least 9,800 TikTok accounts.

        We assess with moderate confidence that the network was run by Andes Reach Media, an agency in Lima.
        """, "oped.md": """\
        ---
        title: Takedowns are too small
        published: 2024-10-15
        ---
        Researchers at the Harrow Institute counted far more Lotus Echo accounts than TikTok removed.

        Or take Copper Gate, the Chile-based operation that Twitter acted on in March 2023: 1,270 accounts.
        """})
    answer = answer_question("Who does the Harrow Institute think ran Lotus Echo?", kb)
    assert "Andes Reach Media" in answer.text.splitlines()[1]
    assert "Copper Gate" not in answer.text and "1,270" not in answer.text
    assert answer.citations[-1].quote == ("We assess with moderate confidence that the network was run by Andes "
                                          "Reach Media, an agency in Lima.")


def test_removals_asked_under_a_named_rule_are_only_those_told_with_it(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"tag.md": """\
        ---
        title: TAG Bulletin
        published: 2025-10-29
        ---
        Google said it terminated 377 YouTube channels linked to Russia, the company said.
        """, "policy.md": """\
        ---
        title: YouTube to label AI-made political videos
        published: 2025-09-01
        ---
        YouTube said creators must disclose AI-made political content under its new AI disclosure rules.
        """})
    answer = answer_question("How many channels did YouTube remove under its new AI disclosure rules?", kb)
    assert (answer.status, "377" in answer.text) == ("no_answer", False)
    assert answer.text.startswith("No takedown in the knowledge base is said to have been made under new AI "
                                  "disclosure rules for YouTube.")
    assert "377" in answer_question("How many channels did YouTube remove?", kb).text


def test_a_figure_its_platform_corrected_is_not_shown_from_an_earlier_story(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"story.md": """\
        ---
        title: TikTok removes Pluma Roja network
        published: 2024-02-21
        ---
        TikTok said on Tuesday it took down 1,873 accounts in a network called Pluma Roja that operated from Peru.
        """, "update.md": """\
        ---
        title: Correction to our January report
        publisher: TikTok
        published: 2024-03-12
        ---
        We previously said 1,873, but the correct number is 1,837 accounts in the Pluma Roja network, which operated \
from Peru.
        """})
    answer = answer_question("How many accounts did TikTok remove in the Pluma Roja network?", kb)
    # (the wrong figure only as the one first told, quoted from the correction that names it)
    assert answer.text.splitlines()[1] == ("\u2022 TikTok removed 1,837 accounts (operated from Peru; first reported "
                                           "as 1,873 accounts [1]), March 12, 2024 [1]")
    assert [c.document for c in answer.citations] == ["update.md"]


def test_a_rounded_report_beside_a_disagreeing_one_is_shown_too_and_a_unit_asked_keeps_to_its_own(
        tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"report.md": """\
        ---
        title: Threat report
        publisher: Meta
        published: 2022-11-17
        ---
        We removed 1,408 Facebook accounts and 612 Pages in a network called Glass Harbor that originated in Russia.
        """, "paper.md": """\
        ---
        title: Glass Harbor taken down
        published: 2022-11-18
        ---
        Meta said on Thursday it had removed 1,480 Facebook accounts and around 620 Pages tied to Glass Harbor, a \
network from Russia.
        """})
    assert answer_question("How many Pages did Glass Harbor have?", kb).text.splitlines()[1] == (
        "\u2022 Facebook removed 612 pages (originated in Russia), November 17, 2022 [1] [2] (also reported as around "
        "620 pages per Glass Harbor taken down)")
    assert answer_question("How many accounts and Pages did Glass Harbor have?", kb).text.splitlines()[1].endswith(
        "(also reported as around 620 pages per Glass Harbor taken down) \u2014 the sources disagree: 1,408 accounts "
        "per Threat report; 1,480 accounts per Glass Harbor taken down")


def test_a_question_about_people_charged_is_answered_from_the_sentence_that_says_so(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"doj.txt": """\
        WASHINGTON, Oct. 14, 2020 -- A federal grand jury returned an indictment yesterday charging five Russian \
nationals and a company, Nord Relay LLC, with running a covert social media operation.

        Facebook removed 214 accounts and 9 Groups linked to Nord Relay in July.
        """, "fine.md": """\
        ---
        title: Regulator fines agency
        published: 2024-03-28
        ---
        The authority imposed a fine of €310,000 on the agency Água Viva Comunicação for operating a network of fake \
accounts.
        """})
    answer = answer_question("how many russians were indicted in the nord relay case", kb)
    assert answer.citations[0].quote.startswith("WASHINGTON, Oct. 14, 2020 -- A federal grand jury returned an "
                                                 "indictment yesterday charging five Russian nationals")
    assert "214" not in answer.text.replace(answer.citations[0].quote, "")
    fined = answer_question("How big was the fine imposed on Água Viva Comunicação?", kb)
    assert fined.status == "answered" and "€310,000" in fined.citations[0].quote


def test_a_legal_step_the_sources_never_tell_of_is_no_answer_though_the_network_is_known(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"doj.txt": """\
        WASHINGTON, May 3, 2021 -- A grand jury indicted three men for running the Amber Kite operation from a \
rented office.
        """, "treasury.txt": """\
        WASHINGTON, June 9, 2022 -- The Treasury designated two officials who directed the Salt Meadow campaign, \
which posed as students across the Gulf.

        Meta removed 41 Facebook accounts of Salt Meadow in April, the company said.
        """})
    indicted = answer_question("How many people were indicted over Salt Meadow?", kb)
    assert indicted.status == "no_answer" and indicted.citations == []
    assert indicted.text.startswith("No source I have says anyone was charged over Salt Meadow, though 1 document "
                                    "in the knowledge base mentions it.")
    sanctioned = answer_question("How many people were sanctioned over Salt Meadow?", kb)
    assert sanctioned.status == "answered"
    assert sanctioned.citations[0].quote.startswith("WASHINGTON, June 9, 2022 -- The Treasury designated two officials")
    charged = answer_question("How many people were indicted over Amber Kite?", kb)
    assert charged.citations[0].quote.startswith("WASHINGTON, May 3, 2021 -- A grand jury indicted three men")


def test_one_round_of_a_network_that_keeps_coming_back_is_answered_by_its_own_figures(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"first.md": """\
        ---
        title: Facebook removes Quill Lantern
        published: 2019-03-14
        ---
        Facebook said on Thursday it had removed 212 Facebook accounts and 47 Pages in a network called Quill Lantern \
that was run from Russia.
        """, "second.md": """\
        ---
        title: Quill Lantern returns
        published: 2020-10-06
        ---
        Facebook said on Tuesday it had removed 96 more Facebook accounts of Quill Lantern, which was run from Russia.
        """, "third.md": """\
        ---
        title: Third takedown of Quill Lantern
        published: 2022-08-04
        ---
        Facebook said on Thursday it had removed 1,140 Facebook accounts of Quill Lantern, run from Russia. With this \
action, Facebook has removed a total of 1,448 accounts of Quill Lantern since it first took it down in 2019.
        """})
    second = answer_question("How many Facebook accounts did Meta remove in Quill Lantern's second round?", kb)
    assert second.status == "answered" and [c.document for c in second.citations] == ["second.md"]
    assert "96" in second.text and "212" not in second.text and "1,140" not in second.text
    third = answer_question("How many accounts did FB remove in the third wave of Quill Lantern?", kb)
    assert "1,140" in third.text and "1,448" not in third.text and "96" not in third.text
    when = answer_question("What date did FB announce its 2nd takedown of Quill Lantern?", kb)
    assert "October 6, 2020" in when.text and "2019" not in when.text
    first = answer_question("how many pages did facebook take down in the first quill lantern takedown", kb)
    assert first.text.splitlines()[1:] == ["\u2022 Facebook removed 47 pages (run from Russia), March 14, 2019 [1]"]
    # (a fifth round the sources never tell of: every round they do, not one picked at random)
    fifth = answer_question("How many accounts did Facebook remove in the fifth round of Quill Lantern?", kb)
    assert all(figure in fifth.text for figure in ("212", "96", "1,140"))


def test_a_figure_told_before_without_a_correction_is_no_first_figure(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"update.md": """\
        ---
        title: Another round
        publisher: TikTok
        published: 2024-03-12
        ---
        We previously reported 300 accounts in the Pluma Roja network, which operated from Peru. Today we removed \
120 more accounts in the Pluma Roja network.
        """})
    answer = answer_question("How many accounts did TikTok remove in the Pluma Roja network?", kb)
    assert "first reported" not in answer.text and "120 accounts" in answer.text


def test_the_first_figure_of_a_corrected_takedown_is_asked_for_and_cited(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"post.md": """\
        ---
        title: Threat report
        publisher: Meta
        published: 2023-02-01
        ---
        We removed 640 Facebook accounts that originated in Honduras.

        **Update on March 3, 2023:** We previously reported 640 Facebook accounts for the Honduras network. A further \
review found that 58 of those accounts were spam. The network therefore comprised 582 Facebook accounts.
        """})
    answer = answer_question("What was the original figure Meta gave for the Honduran accounts?", kb)
    assert answer.text.splitlines()[1] == ("\u2022 Facebook removed 582 accounts (Honduras network; first "
                                           "reported as 640 accounts [2]), February 1, 2023 [1]")
    assert [c.quote for c in answer.citations] == [
        "The network therefore comprised 582 Facebook accounts.",
        "**Update on March 3, 2023:** We previously reported 640 Facebook accounts for the Honduras network."]


def test_a_later_story_retelling_a_takedown_does_not_date_it_in_its_own_month(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"may.md": """\
        ---
        title: Meta removes Peruvian network
        published: 2024-05-22
        ---
        Meta said on Tuesday it took down 412 Facebook accounts run from Peru.
        """, "december.md": """\
        ---
        title: The year in takedowns
        published: 2024-12-28
        ---
        The Peruvian network, from which Meta removed 412 Facebook accounts, was the year's largest.
        """})
    assert answer_question("How many Peruvian accounts did Meta take down in December 2024?", kb).status == \
        "no_answer"
    assert "412 accounts" in answer_question("How many Peruvian accounts did Meta take down in May 2024?", kb).text


def test_two_named_networks_in_one_report_are_each_their_own_and_add_up(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"r.md": NUMBERED_SECTIONS_REPORT})
    answer = answer_question("What is the sum of Facebook accounts Meta removed in the Cakra and Lotus Harbor "
                             "networks?", kb)
    assert "96" not in answer.text  # (the report's third network is neither)
    assert answer.text.splitlines()[-1] == ("In all: 645 accounts \u2014 the sum of 412 (Cakra) and 233 (Lotus Harbor) "
                                          "above, one takedown per network.")


def test_which_platforms_apart_from_one_lists_the_others(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"x.md": """\
        ---
        title: Peru takedowns
        published: 2024-05-05
        ---
        Meta said on Friday it removed 120 accounts run from Chile that targeted Peru.
        TikTok said on Friday it removed 80 accounts run from Chile that targeted Peru.
        """})
    text = answer_question("Apart from Meta, which platforms acted against networks aimed at Peru?", kb).text
    assert text.splitlines()[:2] == ["TikTok reported removals for targeting Peru.",
                                     "\u2022 TikTok: 80 accounts, May 3, 2024 [1]"]


def test_a_country_related_takedown_is_one_from_it_or_aimed_at_it_each_once(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"x.md": """\
        ---
        title: Peru takedowns
        published: 2024-05-22
        ---
        Meta said on Tuesday it removed 412 Facebook accounts run from Peru that targeted people in Peru.
        Meta said on Tuesday it removed 233 Facebook accounts run from China that targeted Peru.
        """})
    lines = answer_question("how many peru-related facebook accounts did meta remove", kb).text.splitlines()
    assert lines[1:3] == ["\u2022 Facebook removed 412 accounts (run from Peru), May 21, 2024 [1]",
                          "\u2022 Facebook removed 233 accounts (run from China), May 21, 2024 [2]"]


def test_a_kind_no_figure_counts_is_not_answered_with_another_kind(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"tag.md": """\
        ---
        title: TAG Bulletin
        published: 2025-05-20
        ---
        Google said it terminated 96 YouTube channels linked to Russia in May.
        Google said it terminated 12 blogs on Blogger linked to Iran in May.
        """})
    blogs = answer_question("How many Blogger blogs did Google take down linked to Russia?", kb).text
    assert not blogs.startswith("Here is what the knowledge base reports")  # (no takedown of channels given as one)
    assert "96 YouTube channels" in answer_question("How many channels did Google take down linked to Russia?", kb).text


def test_a_report_covering_an_earlier_half_year_tells_nothing_of_a_later_one(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"x.md": """\
        ---
        title: Networks we suspended in H1 2025
        publisher: X Safety
        date: 2025-07-30
        ---
        | Country | Accounts |
        |---|---|
        | Peru | 266 |
        """})
    assert answer_question("How many Peruvian accounts did X suspend in the second half of 2025?", kb).status == \
        "no_answer"
    assert "266 accounts" in answer_question("How many Peruvian accounts did X suspend in H1 2025?", kb).text


def test_a_month_with_nothing_dated_in_it_is_answered_by_a_report_published_then_and_says_so(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"m.md": """\
        ---
        title: Our threat report for the first quarter of 2024
        publisher: Meta
        published: 2024-05-29
        ---
        We removed 212 Facebook accounts and 9 Pages. This network originated in Chile and targeted Peru. Our \
investigation found links to Andes Reach, a marketing firm in Santiago.
        """})
    answer = answer_question("Which firm was behind the Chilean network Meta took down in May 2024?", kb)
    assert (answer.status, answer.text.splitlines()[0]) == (
        "answered", "Nothing the sources date in May 2024; this is what was published then, in a report on an earlier "
        "period.")
    assert "Andes Reach" in answer.text and {c.document for c in answer.citations} == {"m.md"}
    # (a half-year asks what was removed in it: not the report of the one before, published in it)
    assert answer_question("How many Chilean accounts did Meta remove in the second half of 2024?", kb).status == \
        "no_answer"
    assert answer_question("How many Chilean accounts did Meta remove in Q2 2024?", kb).status == "no_answer"


def test_a_sum_of_a_reports_networks_leaves_out_accounts_trying_to_come_back(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"t.md": """\
        ---
        title: Covert influence operations, March 2025
        publisher: TikTok
        published: 2025-04-24
        ---
        Network origin: Chile / Target: Peru / Accounts: 318
        Network origin: Bolivia / Target: Peru / Accounts: 55

        In March we also took down 1,118 accounts linked to networks disrupted before that were trying to rebuild.
        """})
    answer = answer_question("What is the sum of accounts in the networks TikTok listed for March 2025?", kb)
    assert answer.text.splitlines()[-1] == ("Together: 373 accounts \u2014 the sum of 318 and 55 above, each a "
                                            "separate announcement.")


def test_a_named_network_asked_of_its_return_is_answered_with_that_takedown_not_the_earlier_one(
        tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"m.md": """\
        ---
        title: Quarterly report
        publisher: Meta
        published: 2025-08-06
        ---
        Tin Heron, which we first reported in December 2024 when we removed 1,190 accounts, returned this spring. We \
removed 312 Facebook accounts that we linked to Tin Heron, which originated in Peru.
        """})
    text = answer_question("How many FB accounts did Meta take down from Tin Heron when it came back?", kb).text
    assert "312 accounts" in text and "1,190" not in text


def test_total_across_platforms_is_labelled(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"x.md": """\
        ---
        title: Two platforms
        published: 2021-05-05
        ---
        Facebook said on Wednesday it removed 120 accounts from Ruritania.
        Twitter said on Wednesday it suspended 80 accounts from Ruritania.
        YouTube said on Wednesday it terminated 15 channels from Ruritania.
        """})
    # Ruritania is no country the vocabulary knows, so the question is about the period
    answer = answer_question("How many accounts were removed in May 2021?", kb)
    assert answer.text.splitlines()[-1] == ("Together: 200 accounts \u2014 the sum of 120 and 80 above, "
                                            "Facebook and Twitter together, each a separate announcement.")


def test_comparison_gives_each_side_its_own_cited_figures(seeds_kb: KnowledgeBase) -> None:
    answer = answer_question("Did Twitter remove more Iran accounts than Facebook?", seeds_kb)
    lines = answer.text.splitlines()
    assert lines[1] == "*Twitter* \u2014 3 takedowns:"  # the one figure comparable across the two sides
    assert "  Together: 2,901 accounts \u2014 the sum of 284 and 2,617 above, each a separate announcement." \
        in lines
    assert lines[lines.index("*Facebook* \u2014 2 takedowns:") + 1] == (
        "  \u2022 Tied to Press TV: Facebook removed 652 accounts (originated in Iran), August 21, 2018 [4]")


def test_breakdown_by_year(seeds_kb: KnowledgeBase) -> None:
    answer = answer_question("Iran takedowns by year", seeds_kb)
    lines = answer.text.splitlines()
    assert lines[:4] == [
        "Takedowns for Iran, by year:",
        "*2018* \u2014 2 takedowns",  # Twitter's figureless mention of that day is its 284, told again
        "  \u2022 Facebook 652 accounts (originated in Iran), August 21, 2018 [1]",
        "  \u2022 Twitter 284 accounts (originated from Iran), August 21, 2018 [2]"]
    assert [line for line in lines if line.startswith("*")] == ["*2018* \u2014 2 takedowns",
                                                                "*2019* \u2014 3 takedowns"]


def test_breakdown_counts_takedowns_as_the_summary_does(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": (
        "---\ntitle: A\npublished: 2020-03-02\n---\nMeta said on Monday it removed 40 Pages and accounts "
        "linked to Peru. The set breaks down into 12 Pages and 28 Facebook accounts.\n"
        "Meta has removed more than 150 networks since 2017.\n"), "b.md": (
        "---\ntitle: B\npublished: 2021-06-01\n---\nMeta said on Tuesday it removed 75 accounts linked to "
        "Peru.\n")})
    lines = answer_question("Peru takedowns by year", kb).text.splitlines()
    assert [line for line in lines if line.startswith("*")] == ["*2020* \u2014 1 takedown",
                                                                "*2021* \u2014 1 takedown"]
    assert lines[2] == "  \u2022 Facebook 40 pages and accounts combined (linked to Peru), March 2, 2020 [1]"
    rows = {row.group: row.takedowns for row in summarise(kb, "year", ["Peru"]).rows}
    assert rows == {"2020": 1, "2021": 1}


def test_latest_takedowns_newest_first(seeds_kb: KnowledgeBase) -> None:
    answer = answer_question("What is the latest takedown by Facebook?", seeds_kb)
    assert answer.text.splitlines() == [  # (the one asked for)
        "The latest takedown for Facebook:",
        "\u2022 Facebook took down 783 pages, groups and accounts combined (tied to Iran), January 31, 2019 [1]"]
    several = answer_question("What are the latest takedowns by Facebook?", seeds_kb).text.splitlines()
    assert several[0] == "The latest takedowns for Facebook:" and several[2].startswith("\u2022 ")


def test_earliest_takedowns_oldest_first(seeds_kb: KnowledgeBase) -> None:
    answer = answer_question("What was Facebook's earliest takedown?", seeds_kb)
    assert answer.text.splitlines() == [
        "The earliest takedown for Facebook:",
        "\u2022 Facebook deleted 32 pages and accounts combined, July 31, 2018 [1] (mentioned in a later report)"]


def test_a_rounded_and_an_exact_figure_for_one_takedown_agree(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: Rounded\npublished: 2019-08-20\n---\nTwitter said Monday it suspended nearly 1,000 "
                "accounts linked to Cuba.\n",
        "b.md": "---\ntitle: Exact\npublished: 2019-08-19\n---\nTwitter said on Monday it suspended 936 accounts "
                "linked to Cuba.\n",
    })
    answer = answer_question("How many Cuban accounts did Twitter suspend?", kb)
    assert answer.text.splitlines()[1] == ("\u2022 Twitter suspended 936 accounts (linked to Cuba), August 19, 2019 "
                                          "[1] [2] (also reported as nearly 1,000 accounts per Rounded)")


def test_a_title_with_a_figure_of_its_own_is_named_by_its_citation(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: Twitter suspends more than 4,000 accounts\npublished: 2019-08-20\n---\nTwitter said "
                "Monday it suspended nearly 1,000 accounts linked to Cuba.\n",
        "b.md": "---\ntitle: Exact\npublished: 2019-08-19\n---\nTwitter said on Monday it suspended 936 accounts "
                "linked to Cuba.\n",
    })
    answer = answer_question("How many Cuban accounts did Twitter suspend?", kb)
    assert answer.text.splitlines()[1] == ("\u2022 Twitter suspended 936 accounts (linked to Cuba), August 19, 2019 "
                                          "[1] [2] (also reported as nearly 1,000 accounts per source [2])")


SPENDING = {"s.md": """\
    ---
    title: Spending
    published: 2019-01-17
    ---
    Facebook said on Thursday it removed 480 pages linked to Ruritania's state broadcaster Radio Zenda.
    The pages had spent around $90,000 on ads, the company said.
    The countries targeted included Latvia, Estonia and Moldova.
    """}


def test_a_question_in_other_word_forms_finds_the_sentence(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, SPENDING)
    answer = answer_question("How much did the Radio Zenda pages spend on ads?", kb)
    assert answer.status == "answered"
    assert answer.citations[0].quote == "The pages had spent around $90,000 on ads, the company said."


def test_targets_stated_in_their_own_sentence_are_found(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, SPENDING)
    answer = answer_question("Which countries did the Radio Zenda network target?", kb)
    assert answer.citations[0].quote == "The countries targeted included Latvia, Estonia and Moldova."


def test_a_report_without_the_country_still_lends_its_exact_figure(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: Rounded\npublished: 2023-08-29\n---\nMeta said on Tuesday it removed around 7,700 "
                "Facebook accounts that originated in Cuba.\n",
        "b.md": "---\ntitle: Exact\npublished: 2023-08-30\n---\nMeta removed 7,704 Facebook accounts, the "
                "company said.\n",
    })
    answer = answer_question("How many Cuban accounts did Meta remove?", kb)
    assert answer.text.splitlines()[1] == (
        "\u2022 Facebook removed 7,704 accounts (originated in Cuba), August 29, 2023 [1] [2] "
        "(also reported as around 7,700 accounts per Rounded)")


def test_which_platforms_lists_figures_per_platform(seeds_kb: KnowledgeBase) -> None:
    answer = answer_question("Which platforms removed Iranian accounts?", seeds_kb)
    assert answer.text.splitlines() == [
        "Facebook and Twitter reported removals for Iran.",
        "\u2022 Facebook: 652 accounts, August 21, 2018 [1]; 783 pages, groups and accounts combined, "
        "January 31, 2019 [2]",
        "\u2022 Twitter: 284 accounts, August 21, 2018 [3]; thousands of accounts, January 31, 2019 [4]; 2,617 "
        "accounts, January 31, 2019 [5]",
    ]


REACH = {
    "r.md": """\
    ---
    title: Meta removes Radio Zenda pages
    published: 2021-03-04
    ---
    Meta said on Thursday it removed 41 Pages and 96 accounts run by Radio Zenda, a Belarusian broadcaster.
    Roughly 410,000 accounts followed at least one of the Pages, and the network spent less than US$25,000 on ads.
    """,
    "s.md": """\
    ---
    title: YouTube ends Blue Heron channels
    published: 2022-06-10
    ---
    Google terminated 58 YouTube channels of the Blue Heron network, which some call Grey Egret, run from Belarus.
    The channels had 36,000 subscribers between them.
    """,
}


def test_followers_are_answered_as_reach_not_as_a_takedown(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, REACH)
    answer = answer_question("How many followers did the Radio Zenda pages have?", kb)
    assert answer.text == (
        "Followers as the sources report it for Radio Zenda (reach, not takedown counts):\n"
        "\u2022 roughly 410,000 followers (Facebook, from Belarus), March 4, 2021 [1]")
    assert [c.quote for c in answer.citations] == [
        "Roughly 410,000 accounts followed at least one of the Pages, and the network spent less than US$25,000 "
        "on ads."]


def test_ad_spending_keeps_its_currency_and_qualifier(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, REACH)
    answer = answer_question("How much did Belarusian networks spend on Facebook ads?", kb)
    assert answer.text.splitlines()[1] == (
        "\u2022 less than US$25,000 spent on ads (Facebook, from Belarus), March 4, 2021 [1]")


def test_a_network_is_found_by_another_name_the_documents_give_it(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, REACH)
    assert kb.also_known_as("grey egret") == ["grey egret", "Blue Heron", "Grey Egret"]
    answer = answer_question("How many channels did the Grey Egret network have taken down?", kb)
    assert answer.text.splitlines()[1] == (
        "\u2022 Google terminated 58 YouTube channels (run from Belarus), June 10, 2022 [1]")


def test_a_known_alias_needs_no_document_to_say_it(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"d.md": """\
    ---
    title: Google on DRAGONBRIDGE
    published: 2023-01-26
    ---
    Google said on Thursday it had disabled 1,900 YouTube channels tied to DRAGONBRIDGE in the last quarter.
    """})
    answer = answer_question("how many youtube channels did google disable from spamouflage?", kb)
    assert answer.status == "answered"
    assert answer.text.splitlines()[1].startswith("\u2022 Google disabled 1,900 YouTube channels")
    assert answer.citations[0].document == "d.md"


PEACE = {
    "p.md": """\
    ---
    title: Meta and Twitter pull the "Harbor Light" site's accounts
    published: 2020-09-01
    ---
    Meta said on Tuesday it had taken down 13 Facebook accounts and two Pages run from Russia.
    Twitter said on Tuesday it had suspended five accounts tied to Harbor Light, a fake news site.
    """,
}


def test_did_both_platforms_says_which_did_and_keeps_the_story_s_other_figures(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, PEACE)
    answer = answer_question("Did both Facebook and Twitter remove the Harbor Light network?", kb)
    assert answer.text.splitlines()[:4] == [
        "Yes: Facebook and Twitter each reported removals.",
        "Here is what the knowledge base reports for Facebook and Twitter, Harbor Light:",
        "\u2022 Facebook took down 13 accounts and 2 pages (run from Russia), September 1, 2020 [1]",
        "\u2022 Twitter suspended 5 accounts, September 1, 2020 [2]",
    ]
    assert "Together" not in answer.text  # one network's reports are never added up


def test_did_both_says_when_only_one_did(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, PEACE)
    answer = answer_question("Did both TikTok and Twitter remove the Harbor Light network?", kb)
    assert answer.text.splitlines()[0] == (
        "Only Twitter reported removals; the knowledge base has none from TikTok.")


NETWORKS = {
    "n.md": """\
    ---
    title: Meta removes two networks aimed at Chile
    published: 2021-04-06
    ---
    Meta said on Tuesday it removed 40 accounts of the Blue Heron network, which targeted Chile.
    It acted after the FBI tipped it off.
    Separately, Meta removed 25 Pages run from Peru that targeted Chile.
    """,
}


def test_which_networks_lists_each_takedown_under_its_name(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, NETWORKS)
    answer = answer_question("Which networks targeted Chile in 2021?", kb)
    assert answer.text.splitlines() == [
        "Networks taken down for targeting Chile, in 2021:",
        "\u2022 Blue Heron: Facebook removed 40 accounts, April 6, 2021 [1]",
        "\u2022 A network the sources do not name: Facebook removed 25 pages (run from Peru), April 6, 2021 [2]",
    ]


def test_which_networks_gives_each_network_s_other_name(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"q.md": """\
    ---
    title: "Explainer: the 'Voz Serena' network"
    published: 2024-06-03
    ---
    **Does it have other names?**

    Yes. The Quito lab that studied it first uses "Voz Serena", the name on most of its Pages. A student group in Lima \
calls the same network "Eco Andino".

    **What did Reddit do?**

    Reddit banned 4 subreddits and 61 accounts that it linked to the network.
    """})
    answer = answer_question("Which networks did Reddit ban accounts over?", kb)
    assert answer.text.splitlines() == [
        "Networks taken down for Reddit:",
        "\u2022 Eco Andino (also called Voz Serena): Reddit banned 4 subreddits and 61 accounts, June 3, 2024 [1]",
    ]


def test_a_takedown_in_a_story_without_a_year_is_shown_for_a_period_asked_saying_its_date_is_unknown(
        tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"w.txt": (
        "Twitter suspends network\n\nMONTERREY, June 3 (Wire) -- Twitter said on Wednesday it had suspended about "
        "300 accounts that promoted candidates in Mexico's governor races.\n")})
    answer = answer_question("How many accounts did Twitter suspend in Mexico in 2021?", kb)
    assert (answer.status, answer.text.splitlines()) == ("answered", [
        "I found no dated takedown on Twitter + Mexico + in 2021. These reports give no date, so whether they fall in "
        "2021 the sources do not say:",
        "\u2022 Twitter suspended about 300 accounts, date unknown [1]"])
    assert answer_question("How many accounts did Reddit ban in Mexico in 2021?", kb).status == "no_answer"


def test_who_ran_a_network_typed_in_lower_case_is_asked_by_name_but_a_topic_is_not(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"w.md": (
        "---\ntitle: Networks removed\npublished: 2020-10-09\n---\nTwitter said on Thursday it had suspended 120 "
        "accounts linked to Gumtree Lane Digital, a consultancy in Perth, which posted about the Finance Bill.\n\n"
        "Facebook said on Thursday it had removed 75 accounts run from Fiji.\n")})
    lines = answer_question("gumtree lane: how many accounts did twitter or facebook take down?", kb
                            ).text.splitlines()
    assert lines[:2] == ["Here is what the knowledge base reports for Twitter and Facebook, Gumtree Lane:",
                         "\u2022 Twitter suspended 120 accounts, October 8, 2020 [1]"]
    assert "Finance Bill" not in answer_question("how many accounts did twitter suspend over the finance bill?", kb
                                                 ).text.splitlines()[0]
    aussie = understand("which aussie firm ran the network targeting kiwi voters?", kb.lexicon)
    assert (aussie.countries, aussie.targets) == (["Australia"], ["New Zealand"])


def test_a_person_asked_about_without_the_accents_of_their_name_is_found(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"m.md": (
        "---\ntitle: Twitter acts\npublished: 2018-06-28\n---\nTwitter suspended 410 accounts, it said on Thursday. "
        "\"They reused the same photos,\" said Íñigo Pérez Ruíz, who heads Lupa Cívica.\n")})
    answer = answer_question("who is inigo perez ruiz", kb)
    assert [c.quote for c in answer.citations] == [
        "\"They reused the same photos,\" said Íñigo Pérez Ruíz, who heads Lupa Cívica."]


def test_words_of_a_country_s_name_are_never_read_as_who_ran_a_network(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"u.md": (
        "---\ntitle: Meta acts\npublished: 2024-03-01\n---\nMeta said on Friday it removed 70 accounts linked to "
        "United Arab Emirates Media Hub, a firm.\n")})
    for question in ("Which platforms removed accounts linked to United Arab Emirates?",
                     "which platforms removed accounts linked to united arab emirates"):
        assert answer_question(question, kb).text.splitlines()[0] == (
            "Meta (Facebook) reported removals for United Arab Emirates."), question


def test_a_lower_case_name_with_a_word_that_asks_something_of_its_own_is_read_as_the_name(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"g.txt": (
        "Google acts\n\nMOUNTAIN VIEW, April 22, 2025 (Wire) - Google said on Tuesday it had terminated 64 YouTube "
        "channels linked to Hanbo Reach, a marketing firm. It said it received leads from Kitefin that helped its "
        "investigation.\n")})
    answer = answer_question("who gave google leads on hanbo reach", kb)
    assert answer.text.splitlines()[0] == "Who tipped off Google: Kitefin."


def test_a_named_network_asked_for_a_period_it_has_no_takedown_in_is_no_answer_saying_when_it_has(
        tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"r.md": (
        "---\ntitle: Report\npublisher: Meta\npublished: 2024-08-14\n---\nWe removed 40 Facebook accounts and 9 "
        "Instagram accounts of a network called \"Copper Dune\". We removed 71 Instagram accounts of another "
        "network.\n")})
    answer = answer_question("How many Instagram accounts did Meta remove from Copper Dune in 2023?", kb)
    assert (answer.status, answer.text.split(". It covers")[0]) == ("no_answer", (
        "I found nothing in the knowledge base on Facebook + Instagram assets + Copper Dune + in 2023. For Facebook, "
        "Instagram assets, Copper Dune it has takedowns dated August 14, 2024"))


def test_a_named_network_asked_of_another_platform_or_unit_than_its_figures_is_no_answer_saying_what_is_told(
        tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"m.md": (
        "---\ntitle: Meta report\npublisher: Meta\npublished: 2024-11-21\n---\nWe removed 140 Facebook accounts "
        "and 22 Pages of a network called \"Harbor Finch\".\n")})
    tiktok = answer_question("how many tiktok accounts did harbor finch have", kb)
    assert (tiktok.status, tiktok.text.split(". It covers")[0]) == (
        "no_answer", "The knowledge base reports no takedown by TikTok of Harbor Finch; the sources report it for "
                     "Facebook")
    linkedin = answer_question("how many linkedin accounts did meta remove in the harbor finch network", kb)
    assert (linkedin.status, linkedin.text.splitlines()[0]) == (
        "no_answer", "No source gives a count of LinkedIn accounts for Facebook + LinkedIn assets + Harbor Finch; "
                     "these are the figures they give:")
    groups = answer_question("how many Groups did meta remove in the harbor finch network", kb)
    assert (groups.status, groups.text.splitlines()) == ("no_answer", [
        "No source gives a count of groups for Facebook + Harbor Finch; these are the figures they give:",
        "\u2022 Facebook removed 140 accounts and 22 pages, November 21, 2024 [1]"])


def test_a_country_named_only_as_the_tipper_s_is_not_named_in_passing(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"t.md": (
        "---\ntitle: TikTok acts\npublished: 2023-03-04\n---\nTikTok said on Friday it had removed 410 accounts "
        "that praised Serbia's ruling party, acting on a tip from a Kenyan research group.\n")})
    serbia = answer_question("How many TikTok accounts were removed in Serbia?", kb)
    assert (serbia.status, serbia.text.splitlines()[0]) == ("answered", (
        "The knowledge base ties no network to Serbia as where it came from, but these reports name Serbia in their "
        "own words:"))
    assert answer_question("How many TikTok accounts were removed in Kenya?", kb).status == "no_answer"


def test_what_a_named_lab_calls_a_network_is_its_other_name(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"m.md": (
        "---\ntitle: X acts\npublished: 2024-03-14\n---\nX said on Thursday it had suspended 900 accounts of a "
        "network from China.\n\nThe network is known as \"Moonreed\" to researchers in Perth. Hollow Lab, a "
        "research group in Taipei, calls the same network \"Paper Kite\".\n")})
    answer = answer_question("what does hollow lab call moonreed", kb)
    assert answer.text == "The sources also call Moonreed: Paper Kite [1]."
    # (and what a platform calls it)
    assert answer_question("what does x call moonreed", kb).text == answer.text


def test_a_platform_s_internal_name_for_a_network_is_asked_as_its_other_name(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"p.txt": (
        "Trust podcast, episode 9\n\nPublished 3 March 2025.\n\nHOST: My guest is Ana Ruiz, head of integrity at "
        "LinkedIn.\n\nRUIZ: This winter we removed 420 fake recruiter profiles. Publicly we call it Copper Stair. "
        "Inside the company the case was tracked as \"Glass Desk\", so that name may turn up too.\n\nRUIZ: Back in "
        "2023 we took down a smaller cluster of 90 profiles that we linked to the same operators.\n")})
    for question in ("What is LinkedIn's internal name for the Copper Stair case?",
                     "what's the code name of copper stair"):
        assert answer_question(question, kb).text == "The sources also call Copper Stair: Glass Desk [1]."
    # (and the earlier, smaller cluster of the same operators is no figure of the network's)
    counted = answer_question("how many profiles were removed in the copper stair network?", kb).text
    assert "420" in counted and "90 " not in counted


def test_where_a_network_came_from_and_whom_it_targeted_asked_together_are_both_answered(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"t.md": (
        "---\ntitle: Telegram acts\npublished: 2022-09-12\n---\nTelegram said on Monday it had blocked 312 channels "
        "of a network called \"Amber Sled\", which it said were run from Russia and targeted audiences in "
        "Kyrgyzstan.\n")})
    lines = answer_question("where was amber sled run from and who did it target", kb).text.splitlines()
    assert lines[:4] == ["Countries of origin for Amber Sled: Russia.", "\u2022 Russia (1 announcement) [1]",
                         "Who the networks for Amber Sled targeted:",
                         "\u2022 Telegram, September 12, 2022 (312 channels (run from Russia)): targeted audiences in "
                         "Kyrgyzstan [1]"]
    # (and "whose voters")
    lines = answer_question("Which country was Amber Sled run from and whose voters did it target?", kb).text
    assert lines.splitlines()[2] == "Who the networks for Amber Sled targeted:"
    # (and asked the other way round: whom first)
    lines = answer_question("Whom did the Amber Sled network target and where was it run from?", kb).text.splitlines()
    assert lines[:4] == ["Who the networks for Amber Sled targeted:",
                         "\u2022 Telegram, September 12, 2022 (312 channels (run from Russia)): targeted audiences in "
                         "Kyrgyzstan [1]", "Countries of origin for Amber Sled: Russia.",
                         "\u2022 Russia (1 announcement) [1]"]


def test_the_network_with_the_most_followers_is_ranked_first_with_its_name_from_the_table(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"t.md": (
        "---\ntitle: Covert influence operations, March 2025\npublisher: TikTok\npublished: 2025-04-10\n---\n"
        "| Network | Origin | Accounts | Followers |\n|---|---|---|---|\n| Tin Lark | Russia | 410 | 52,300 |\n"
        "| Salt Crane | Iran | 96 | 1,204,560 |\n")})
    lines = answer_question("which tiktok network in march 2025 had the most followers", kb).text.splitlines()
    assert lines[1:3] == ["\u2022 1,204,560 followers (TikTok, Salt Crane, from Iran), April 10, 2025 [1]",
                          "\u2022 52,300 followers (TikTok, Tin Lark, from Russia), April 10, 2025 [2]"]


def test_a_tip_is_answered_with_the_takedown_it_led_to(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, NETWORKS)
    answer = answer_question("Which takedowns were tipped off by the FBI?", kb)
    assert answer.text.splitlines() == [
        "Takedowns that began with a tip from FBI:",
        "\u2022 FBI tipped off Facebook (reported April 6, 2021) [1]; the takedown: 40 accounts, April 6, 2021 [2]",
    ]
    assert [c.quote for c in answer.citations] == [
        "It acted after the FBI tipped it off.",
        "Meta said on Tuesday it removed 40 accounts of the Blue Heron network, which targeted Chile."]


def test_more_reach_figures_than_shown_are_counted_in_full(tmp_path: Path) -> None:
    docs = {f"r{day:02d}.md": (
        f"---\ntitle: Network {day}\npublished: 2021-03-{day:02d}\n---\n"
        f"Facebook removed 12 accounts linked to Belarus on Monday. About {day},000 accounts followed the Pages.\n")
        for day in range(1, 11)}
    kb = kb_from(tmp_path, docs)
    answer = answer_question("How many followers did the Belarus pages have?", kb)
    lines = answer.text.splitlines()
    assert lines[1].startswith("\u2022 about 1,000 followers (Facebook, from Belarus)")
    assert len([line for line in lines if line.startswith("\u2022")]) == 8
    assert lines[-1] == "\u2026 and 2 more; narrow the question by platform, country or year to see them."
    rows, total = kb.reach(understand("followers of Belarus pages", kb.lexicon), "followers", 3)
    assert ([r["amount"] for r in rows], total) == ([1000, 2000, 3000], 10)
    assert kb.reach(understand("followers of Iran pages", kb.lexicon), "followers", 3) == ([], 0)


def test_a_sentence_about_another_platform_does_not_answer_for_this_one(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: Sweep\npublished: 2022-05-02\n---\n"
                                    "Reddit said it had banned accounts run by the Ostrava Lantern group.\n"})
    assert answer_question("What did Reddit say about Ostrava Lantern?", kb).status == "answered"
    answer = answer_question("What did TikTok say about Ostrava Lantern?", kb)
    assert answer.status == "no_answer"
    assert answer.text.startswith("I found nothing in the knowledge base on TikTok + Ostrava Lantern.")


def test_a_figure_of_one_is_worded_in_the_singular(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublished: 2023-03-01\n---\nMeta said on Wednesday it removed "
                                    "300 Facebook accounts, one Page and one Instagram account linked to Serbia.\n"})
    answer = answer_question("What did Meta remove in March 2023?", kb)
    assert answer.text.splitlines()[1] == ("\u2022 Facebook removed 300 accounts, 1 page and 1 Instagram account "
                                           "(linked to Serbia), March 1, 2023 [1]")


TIPS = {
    "a.md": "---\ntitle: A\npublished: 2021-04-06\n---\nMeta said on Tuesday it removed 40 accounts linked to Peru. "
            "It acted on a tip from the FBI.\n",
    "b.md": "---\ntitle: B\npublished: 2021-05-04\n---\nMeta said on Tuesday it removed 60 accounts tied to Chile. "
            "Researchers at Graphika alerted Meta to the network.\n",
}


def test_tips_about_a_country_are_those_whose_sentence_or_takedown_names_it(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, TIPS)
    assert answer_question("Who tipped off Meta about the Chilean accounts?", kb).text.splitlines() == [
        "Who tipped off Facebook about Chile: Graphika.",
        "\u2022 Graphika tipped off Facebook about Chile (reported May 4, 2021) [1]; the takedown: 60 accounts "
        "(tied to Chile), May 4, 2021 [2]"]
    answer = answer_question("Who tipped off Meta about Bolivia?", kb)
    assert answer.status == "no_answer"  # (the tips there are, shown as context)
    assert answer.text.splitlines()[:2] == ["None of the tips is said to concern Bolivia; these are all of them.",
                                            "Who tipped off Facebook: FBI and Graphika."]


def test_an_origin_and_a_target_in_one_question_filter_both(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublished: 2020-09-22\n---\nFacebook said on Tuesday it "
                                    "removed 155 accounts linked to China that targeted the Philippines.\n"
                                    "It also removed 57 accounts linked to China that targeted the United States.\n"
                                    "It removed 20 accounts from Russia that targeted the United States.\n"})
    answer = answer_question("How many China-based accounts targeting the US did Facebook remove?", kb)
    assert answer.text.splitlines()[:2] == [
        "Here is what the knowledge base reports for Facebook, China, targeting United States:",
        "\u2022 Facebook removed 57 accounts (linked to China), September 22, 2020 [1]"]
    assert len(answer.citations) == 1


def test_the_parts_of_a_figure_are_marked_and_never_added_to_it(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": (
        "---\ntitle: A\npublished: 2022-06-14\n---\n# Cuban networks\n\nTwitter said on Monday it had removed 900 "
        "accounts linked to Cuba. It sorted them into two groups:\n\n- 600 accounts that posted news;\n"
        "- 300 accounts that praised the government.\n")})
    lines = answer_question("How many Cuban accounts did Twitter remove?", kb).text.splitlines()
    assert lines[1:4] == [
        "\u2022 Twitter removed 900 accounts (linked to Cuba), June 13, 2022 [1]",
        "\u2022 Twitter removed 600 accounts (linked to Cuba), June 13, 2022 [2] (part of the 900 above)",
        "\u2022 Twitter removed 300 accounts (linked to Cuba), June 13, 2022 [3] (part of the 900 above)"]
    assert not any(line.startswith("Together") for line in lines)


def test_a_figure_told_without_its_qualifier_does_not_replace_the_qualified_one(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2019-12-20\n---\nTwitter said on Friday it had suspended more than "
                "9,000 accounts tied to Chile.\n",
        "b.md": "---\ntitle: B\npublished: 2019-12-21\n---\nA headline said Twitter removed 9,000 accounts tied to "
                "Chile on Friday.\n",
        "c.md": "---\ntitle: C\npublished: 2020-03-02\n---\nTwitter said on Monday it had suspended 400 accounts "
                "tied to Chile.\n"})
    lines = answer_question("How many Chilean accounts did Twitter remove?", kb).text.splitlines()
    assert lines[1].startswith("\u2022 Twitter suspended more than 9,000 accounts (tied to Chile), December 20, 2019")
    assert lines[3] == ("Together: more than 9,400 accounts \u2014 the sum of 9,000 and 400 above, each a separate "
                        "announcement.")


def test_a_list_of_other_countries_networks_is_not_a_breakdown(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": (
        "---\ntitle: A\npublished: 2022-06-14\n---\n# Three networks\n\nTwitter said on Monday it had removed 800 "
        "accounts linked to Peru. It listed smaller sets:\n\n- Chile: 50 accounts.\n- Bolivia: 30 accounts.\n")})
    lines = answer_question("What did Twitter remove in June 2022?", kb).text.splitlines()
    assert [line for line in lines if line.startswith("\u2022")] == [
        "\u2022 Twitter removed 800 accounts (linked to Peru), June 13, 2022 [1]",
        "\u2022 Twitter removed 50 accounts (from Chile), June 13, 2022 [2]",
        "\u2022 Twitter removed 30 accounts (from Bolivia), June 13, 2022 [3]"]


def test_a_release_of_several_countries_networks_counts_in_each_country(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": (
        "---\ntitle: A\npublished: 2022-06-14\n---\nTwitter said on Monday it had removed 800 accounts linked to "
        "Peru and 50 accounts linked to Chile.\n")})
    lines = answer_question("Twitter takedowns by country", kb).text.splitlines()
    assert [line for line in lines if line.startswith("*")] == ["*Chile* \u2014 1 takedown",
                                                                "*Peru* \u2014 1 takedown"]
    assert {row.group: row.takedowns for row in summarise(kb, "country", ["Twitter"]).rows} == {"Peru": 1, "Chile": 1}


def test_a_list_of_sibling_networks_from_one_country_is_not_a_breakdown(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": (
        "---\ntitle: A\npublished: 2022-06-14\n---\n# Peruvian networks\n\nMeta said on Monday it had removed networks "
        "run from Peru. The figures:\n\n- The largest network, aimed at Chile, had 90 Facebook accounts and 12 "
        "Pages.\n- A Bolivia-focused network had 40 Facebook accounts and 6 Pages.\n")})
    lines = answer_question("What did Meta remove in June 2022?", kb).text.splitlines()
    assert [line for line in lines if line.startswith("\u2022")] == [
        "\u2022 Facebook removed 90 accounts and 12 pages (run from Peru), June 13, 2022 [1]",
        "\u2022 Facebook removed 40 accounts and 6 pages (run from Peru), June 13, 2022 [2]"]  # not "part of the 90"


HTML_WITH_LINKS = (
    "<html><head><title>Platform removes network</title></head><body><article>"
    "<p>SAN JOSE, March 3 -- Facebook&#8217;s security team said on Tuesday it removed 410 accounts and "
    "<a href='https://example.org/pages'>36 Pages</a> linked to a troll farm in Ghana.</p>"
    "<p>Nathaniel Gleicher, who leads the team, said the network was found after a tip from "
    "<em>Graphika</em>, a research firm.</p></article></body></html>")


def test_html_citations_are_word_for_word_in_the_file_even_where_links_split_a_sentence(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"takedown.html": "---\npublished: 2020-03-03\n---\n" + HTML_WITH_LINKS})
    answer = answer_question("How many Ghana accounts did Facebook remove?", kb)
    assert answer.status == "answered"
    assert "Facebook removed 410 accounts (in Ghana), March 3, 2020 [1] [2]" in answer.text
    # each figure is cited by the stretch of the sentence that holds it, as the file writes it
    assert [c.quote for c in answer.citations] == [
        "security team said on Tuesday it removed 410 accounts and", "36 Pages"]
    raw = (tmp_path / "knowledge" / "takedown.html").read_text(encoding="utf-8")
    for question in ["How many Ghana accounts did Facebook remove?", "Who tipped off Facebook?",
                     "Who is Nathaniel Gleicher?"]:
        for citation in answer_question(question, kb).citations:
            assert citation.quote in raw, (question, citation.quote)


WIRE_ABOUT_A_COUNTRY = (
    "Platforms purge accounts boosting a ruling party in Ruritania\n"
    "OSLO, May 6, 2020 (Wire) -- Twitter said on Wednesday it had suspended roughly 2,400 accounts that boosted "
    "Moldova's ruling party, while TikTok separately removed 91 accounts tied to the same effort.\n"
    "A year earlier, Facebook removed 310 accounts from Iran.\n")


def test_a_country_named_but_not_attributed_is_shown_as_such_and_never_added_up(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"wire.txt": WIRE_ABOUT_A_COUNTRY})
    answer = answer_question("How many accounts did Twitter suspend in Moldova?", kb)
    assert answer.status == "answered"
    assert answer.text.splitlines()[:3] == [
        "The knowledge base ties no network to Moldova as where it came from, but these reports name Moldova in "
        "their own words:",
        "Here is what the knowledge base reports for Twitter:",
        "\u2022 Twitter suspended roughly 2,400 accounts, May 6, 2020 [1]"]
    assert [c.quote for c in answer.citations] == [WIRE_ABOUT_A_COUNTRY.splitlines()[1]]
    # every platform's figure, and no total of figures only loosely tied to the country
    both = answer_question("How many accounts tied to Moldova were removed?", kb)
    assert "2,400" in both.text and "91 accounts" in both.text and "Together" not in both.text
    assert "310" not in both.text
    # the fallback never reaches a platform whose reports do not name the country
    nothing = answer_question("How many accounts from Moldova did Facebook remove?", kb)
    assert nothing.status == "no_answer"
    assert nothing.text.startswith("I found nothing in the knowledge base on Facebook + Moldova.")


def test_no_answer_names_the_surface_asked_about(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"wire.txt": WIRE_ABOUT_A_COUNTRY})
    answer = answer_question("How many Reddit accounts from Moldova?", kb)
    assert answer.status == "no_answer"
    assert answer.text.startswith("I found nothing in the knowledge base on Reddit assets + Moldova.")


@pytest.mark.parametrize(("question", "found"), [
    ("Who discovered the TikTok network?", "The network was discovered by TikTok's own investigators, it said."),
    ("who first spotted the tiktok operation", "The operation was first spotted by a volunteer moderator of a forum."),
])
def test_who_found_a_network_nobody_tipped_off_is_answered_from_the_sources(tmp_path: Path, question: str,
                                                                             found: str) -> None:
    body = ("---\npublished: 2024-01-12\n---\nTikTok said on Thursday it had removed 700 accounts operated from "
            f"Chile.\n{found}\n")
    answer = answer_question(question, kb_from(tmp_path, {"t.md": body}))
    assert answer.status == "answered"
    assert answer.text.splitlines()[:2] == ["The knowledge base records no tip-off to TikTok; what the sources say:",
                                            "From the sources:"]
    assert [c.quote for c in answer.citations] == [found]


def test_who_tipped_with_only_context_about_the_network_has_no_answer(tmp_path: Path) -> None:
    body = ("---\npublished: 2019-12-06\n---\nReddit said on Friday it had banned accounts tied to a Russian "
            "campaign.\nReddit said the banned accounts belonged to Quiet Lantern, a campaign that had leaked trade "
            "papers.\n")
    answer = answer_question("Who tipped off Reddit about Quiet Lantern?", kb_from(tmp_path, {"r.md": body}))
    assert answer.status == "no_answer"
    assert answer.text.splitlines()[0] == ("The knowledge base records no tip-off to Reddit that involves Quiet "
                                           "Lantern; what the sources say:")


def test_who_tipped_about_a_name_keeps_to_the_stories_that_name_it(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\npublished: 2021-03-02\n---\nFacebook said on Tuesday it removed 300 accounts of the "
                "Amber Lantern network from Peru.\nThe company acted on a tip from the Northgate Lab.\n",
        "b.md": "---\npublished: 2021-06-08\n---\nFacebook said on Tuesday it removed 90 accounts from Chile.\n"
                "It acted on a tip from Quillon Research.\n"})
    named = answer_question("Who tipped off Facebook about the Amber Lantern network?", kb)
    assert named.status == "answered"
    assert named.text.splitlines()[0] == "Who tipped off Facebook: Northgate Lab."
    unknown = answer_question("Who tipped off Facebook about the Velvet Orchard campaign?", kb)
    assert unknown.status == "no_answer"
    assert unknown.text.startswith("I found nothing in the knowledge base on Facebook + Velvet Orchard.")


def test_a_year_without_a_day_is_shown_as_the_year(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": (
        "---\ntitle: A\npublished: 2020-03-02\n---\nMeta said on Monday it removed 40 accounts linked to Peru.\n"
        "The company had shut down 12 accounts linked to Peru last year.\n")})
    answer = answer_question("When did Meta remove accounts linked to Peru?", kb)
    assert answer.text.splitlines()[:3] == [
        "On 2 dates, from 2019 to March 2, 2020:",
        "\u2022 2019: Facebook shut down 12 accounts (linked to Peru) [1] (reported March 2, 2020)",
        "\u2022 March 2, 2020: Facebook removed 40 accounts (linked to Peru) [2]"]
    [row] = summarise(kb, "country", ["Peru"]).rows
    assert (row.first, row.first_precision, row.last, row.last_precision) == (
        "2019-01-01", "year", "2020-03-02", "day")
    assert "2019  " in summarise(kb, "country", ["Peru"]).as_text() and "January 1, 2019" not in \
        summarise(kb, "country", ["Peru"]).as_text()


def test_who_was_behind_a_named_network_quotes_first_the_sentence_that_ties_it_to_someone(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": (
        "---\ntitle: A\npublished: 2021-05-04\n---\nMeta said on Tuesday it removed 40 accounts linked to Peru.\n"
        "Posts by the Amber Kite network praised local farming.\n"
        "Researchers said Amber Kite was run by a marketing firm in Lima.\n"
        "Amber Kite posted mostly in Spanish.\n")})
    answer = answer_question("Who was behind Amber Kite?", kb)
    # (the figures' own sentence says nothing of who ran them: the sentence that does is cited beside it)
    assert answer.text.splitlines()[1] == ("\u2022 Facebook, May 4, 2021 (40 accounts): marketing firm in Lima (Peru); "
                                           "the network known as Amber Kite [1] [2]")
    assert [c.quote for c in answer.citations] == ["Meta said on Tuesday it removed 40 accounts linked to Peru.",
                                                   "Researchers said Amber Kite was run by a marketing firm in Lima."]


def test_a_network_named_by_the_place_it_targeted_is_answered_as_such(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": (
        "---\ntitle: A\npublished: 2024-05-29\n---\nMeta said on Wednesday it removed 120 accounts that "
        "originated in Russia and targeted audiences in Moldova.\n")})
    answer = answer_question("How many Moldova accounts did Meta remove?", kb)
    assert answer.status == "answered"
    assert answer.text.splitlines()[:3] == [
        "The knowledge base ties no network to Moldova as where it came from; these networks targeted Moldova:",
        "Here is what the knowledge base reports for Facebook, targeting Moldova:",
        "\u2022 Facebook removed 120 accounts (originated in Russia), May 29, 2024 [1]"]


def test_a_takedown_mentioned_in_a_later_year_is_not_counted_in_that_year(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2018-08-21\n---\nTwitter said on Tuesday it suspended 770 accounts "
                "linked to Iran.\n",
        "b.md": "---\ntitle: B\npublished: 2019-01-31\n---\nTwitter said on Thursday it suspended 2,617 accounts "
                "in Iran. It had suspended 770 accounts linked to Iran in August 2018.\n"})
    lines = answer_question("How many takedowns did Twitter announce in 2019?", kb).text.splitlines()
    assert lines[:3] == ["Takedowns for Twitter, in 2019, by platform:", "*Twitter* \u2014 1 takedown",
                         "  \u2022 Twitter 2,617 accounts (in Iran), January 31, 2019 [1]"]


LARGEST_DOCS = {
    "a.md": "---\ntitle: A\npublished: 2019-06-13\n---\nTwitter said on Thursday it removed 4,100 accounts that "
            "originated in Iran, in three clusters:\n- 2,500 accounts that posed as journalists;\n"
            "- 1,600 accounts that pushed state news.\n",
    "b.md": "---\ntitle: B\npublished: 2019-03-26\n---\nFacebook said on Tuesday it removed 3,000 accounts linked to "
            "Iran and Russia.\n",
    "c.md": "---\ntitle: C\npublished: 2019-01-31\n---\nTwitter said on Thursday it suspended 900 accounts in Iran.\n",
}


def test_the_largest_takedowns_of_a_country_are_its_own_and_whole(tmp_path: Path) -> None:
    answer = answer_question("What's the biggest Iranian takedown?", kb_from(tmp_path, LARGEST_DOCS))
    assert [line.split(" (")[0] for line in answer.text.splitlines()[1:]] == [
        "\u2022 Twitter removed 4,100 accounts", "\u2022 Twitter suspended 900 accounts"]


def test_the_smallest_takedowns_are_ranked_by_each_ones_whole_size(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2021-03-02\n---\nMeta said on Tuesday it removed 65 Facebook accounts "
                "and 4 Instagram accounts run from Chile.\n",
        "b.md": "---\ntitle: B\npublished: 2021-05-04\n---\nMeta said on Tuesday it removed 20 accounts run "
                "from Peru.\n",
        "c.md": "---\ntitle: C\npublished: 2021-07-06\n---\nMeta said on Tuesday it removed more than 10 accounts "
                "run from Kenya.\n"})
    answer = answer_question("What was the smallest Meta takedown?", kb)
    assert answer.text.splitlines()[1:] == [
        "\u2022 Facebook removed 20 accounts (run from Peru), May 4, 2021 [1]",
        "\u2022 Facebook removed 65 accounts (run from Chile), March 2, 2021 [2]"]  # not 4, nor "more than 10"
    assert not answer_question("Who at least named the Kenya network?", kb).text.startswith("Smallest")


def test_the_largest_takedowns_by_pages_leave_out_combined_counts(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2020-03-05\n---\nFacebook said on Wednesday it removed 2,600 Pages, "
                "groups and accounts linked to Chile.\n",
        "b.md": "---\ntitle: B\npublished: 2021-03-05\n---\nFacebook said on Wednesday it removed 300 Pages "
                "linked to Peru.\n"})
    lines = answer_question("What were the largest takedowns of Pages?", kb).text.splitlines()
    assert lines[:2] == ["Largest takedowns by number of pages (as each source counts them; figures that count pages "
                         "together with other kinds are left out):",
                         "\u2022 Facebook removed 300 pages (linked to Peru), March 3, 2021 [1]"]


def test_which_country_had_the_most_ranks_by_announcements_and_says_so(tmp_path: Path) -> None:
    lines = answer_question("Which country had the most accounts removed?", kb_from(tmp_path, LARGEST_DOCS)
                            ).text.splitlines()
    assert lines[0].startswith("Countries of origin, most announcements first (account figures are not added up")
    assert [line.split(" [")[0] for line in lines[1:]] == [
        "\u2022 Iran (3 announcements)", "\u2022 Russia (1 announcement)"]


def test_nothing_on_an_exact_day_says_on(seeds_kb: KnowledgeBase) -> None:
    answer = answer_question("How many Iranian accounts did Twitter remove on March 3, 2019?", seeds_kb)
    assert (answer.status, answer.text.split(".")[0]) == (
        "no_answer", "I found nothing in the knowledge base on Twitter + Iran + on March 3, 2019")


def test_nothing_in_the_period_asked_says_when_there_is_something(seeds_kb: KnowledgeBase) -> None:
    answer = answer_question("How many accounts did Twitter remove in 2017?", seeds_kb)
    assert answer.status == "no_answer"
    assert answer.text.startswith("I found nothing in the knowledge base on Twitter + in 2017. For Twitter it has "
                                  "takedowns dated August 21, 2018 and January 31, 2019. It covers 2 documents")


def test_who_was_behind_names_people_and_bodies_not_places(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2021-05-04\n---\nMeta said on Tuesday it removed 40 accounts that "
                "originated in Peru.\n",
        "b.md": "---\ntitle: B\npublished: 2021-06-08\n---\nMeta said on Tuesday it removed 30 accounts linked to "
                "the Peruvian army.\n"})
    answer = answer_question("Who was behind the Peruvian network?", kb)
    assert answer.text.splitlines() == ["What the sources say about who was behind it:",
                                        "\u2022 Facebook, June 8, 2021 (30 accounts): Peruvian army [1]"]


def test_who_was_behind_a_network_run_for_a_sponsor_abroad_names_the_sponsor(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2020-03-12\n---\nMeta said on Thursday it removed 40 accounts run from "
                "Ghana.\nIts investigators linked the network to individuals associated with Russia's Internet "
                "Research Agency.\n"})
    answer = answer_question("Who ran the accounts in Ghana that Meta removed?", kb)
    assert answer.text.splitlines() == [
        "What the sources say about who was behind it:",
        "\u2022 Facebook, March 12, 2020 (40 accounts): individuals associated with Russia's Internet Research Agency "
        "(run from Ghana) [1]"]  # who ran it, and where from


def test_who_was_behind_a_network_asked_by_its_target_names_the_firm_where_it_came_from(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2023-06-07\n---\nMeta said on Tuesday it removed 52 accounts that "
                "originated in Belarus and targeted audiences in Lithuania.\nMeta said it found links to individuals "
                "in Belarus associated with Niemen Media Group.\n"})
    answer = answer_question("Who did Meta say was behind the operation targeting Lithuania?", kb)
    assert answer.text.splitlines() == [
        "What the sources say about who was behind it:",
        "\u2022 Facebook, June 6, 2023 (52 accounts): individuals in Belarus associated with Niemen Media Group "
        "[1] [2]"]


def test_who_was_behind_a_named_group_gives_its_name(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2018-08-21\n---\nMicrosoft said on Tuesday it had taken control of six "
                "web domains created by a hacking group tied to the Russian government, which the company calls "
                "Strontium.\n"})
    answer = answer_question("Which hacking group set up the domains Microsoft seized?", kb)
    assert answer.text.splitlines() == [
        "What the sources say about who was behind it:",
        "\u2022 Microsoft, August 21, 2018 (6 domains): Russian government; the network known as Strontium [1]"]


def test_a_network_placed_by_its_city_is_told_with_its_country(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2021-12-01\n---\nMeta said on Wednesday it removed 40 accounts run by a "
                "Khartoum-based PR company.\n"})
    lines = answer_question("What did Meta remove in December 2021?", kb).text.splitlines()
    assert lines[1] == "\u2022 Facebook removed 40 accounts (Khartoum-based, Sudan), December 1, 2021 [1]"


def test_who_was_behind_a_named_network_answers_from_its_figures_where_they_say_who(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2023-11-30\n---\nMeta said Thursday it had removed 900 accounts attributed "
                "to the Ruritanian Ministry of Posts.\nThe network, which researchers call \"Velvet Loom\", was aimed "
                "at Japan.\n"})
    answer = answer_question("Who was behind the Velvet Loom network?", kb)
    assert answer.text.splitlines()[:2] == [
        "What the sources say about who was behind it:",
        "\u2022 Facebook, November 30, 2023 (900 accounts): Ruritanian Ministry of Posts; the network known as Velvet "
        "Loom [1]"]


def test_a_name_with_a_figure_in_it_is_quoted_where_a_source_gives_it(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2024-04-09\n---\nMicrosoft attributed the audio to a group it calls "
                "\"Storm-2290\".\nLinkedIn removed at least 140 fake profiles linked to the same group.\n"})
    answer = answer_question("How many profiles did LinkedIn remove linked to Storm-2290?", kb)
    assert answer.text.splitlines()[-1] == "The name Storm-2290 is the sources' own: [2]"
    assert [c.quote for c in answer.citations] == [
        "LinkedIn removed at least 140 fake profiles linked to the same group.",
        "Microsoft attributed the audio to a group it calls \"Storm-2290\"."]


def test_who_was_behind_a_network_the_sources_only_place_says_where_it_came_from(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2021-05-04\n---\nMeta said on Tuesday it removed 40 accounts that "
                "originated in Peru.\n"})
    answer = answer_question("Who was behind the Peruvian network?", kb)
    assert answer.status == "answered"  # not "nothing on Peru", which the base has
    assert answer.text.splitlines() == [
        "The sources name no one behind the networks for Peru; they say only where the networks came from:",
        "\u2022 Facebook, May 4, 2021 (40 accounts; originated in Peru) [1]"]


def test_no_answer_about_a_country_the_base_has_says_it_has_takedowns_for_it(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublished: 2021-05-04\n---\nMeta said on Tuesday it removed "
                                    "40 accounts that originated in Peru.\n"})
    answer = answer_question("What hashtags did the Peruvian network use?", kb)
    assert answer.status == "no_answer"
    assert answer.text.startswith("No source I have answers that, though the knowledge base has takedowns for Peru:")
    assert answer_question("What hashtags did the Chilean network use?", kb).text.startswith(
        "I found nothing in the knowledge base on Chile.")


def test_a_story_headlined_with_a_name_tells_of_it_though_another_story_names_it_beside_its_figure(
        tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: Google notes\npublished: 2022-03-01\n---\nGoogle said on Tuesday it terminated 300 "
                "YouTube channels of the Lantern Moth network.\n",
        "b.md": "---\ntitle: Meta takes down the Lantern Moth network\npublished: 2023-05-02\n---\nMeta said on "
                "Tuesday it had acted against a network run from Chile.\n\nThe removal covered 700 accounts.\n\n"
                "Researchers have tracked Lantern Moth since 2021.\n"})
    answer = answer_question("Which platforms removed Lantern Moth?", kb)
    # (the 700 is quoted with the sentence before, "Meta said … it had acted against a network run from Chile", which
    # tells whose removal it was)
    assert answer.text.splitlines()[:3] == [
        "Google (YouTube) and Meta (Facebook) reported removals for Lantern Moth.",
        "\u2022 Google (YouTube): 300 YouTube channels, March 1, 2022 [1]",
        "\u2022 Meta (Facebook): 700 accounts, May 2, 2023 [2]"]


def test_a_figure_told_next_to_a_name_is_shown_with_the_takedowns_of_that_name(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: Google notes\npublished: 2022-03-01\n---\nGoogle said on Tuesday it terminated 300 "
                "YouTube channels of the Lantern Moth network.\n",
        "b.md": "---\ntitle: Meta notes\npublished: 2023-05-02\n---\nMeta said on Tuesday it had removed the "
                "Lantern Moth network.\n\nThe removal covered 700 accounts.\n"})
    answer = answer_question("Which platforms removed Lantern Moth?", kb)
    # it had been "• Facebook: ", and nothing; "The removal covered…" is the takedown just told, quoted with it
    assert answer.text.splitlines()[2] == "\u2022 Meta (Facebook): 700 accounts, May 2, 2023 [2]"
    assert answer.citations[1].quote == ("Meta said on Tuesday it had removed the Lantern Moth network. The "
                                         "removal covered 700 accounts.")


def test_networks_asked_about_by_topic_are_found_by_their_sentences_not_listed_all(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2021-05-04\n---\nMeta said on Tuesday it removed 40 accounts that "
                "originated in Peru.\n\nThe accounts wrote about mining permits.\n",
        "b.md": "---\ntitle: B\npublished: 2021-06-08\n---\nMeta said on Tuesday it removed 30 accounts run from "
                "Chile.\n\nThe pages posted claims about vaccines.\n"})
    answer = answer_question("Which networks posted about vaccines?", kb)
    assert [c.quote for c in answer.citations] == ["The pages posted claims about vaccines."]


def test_a_region_takes_in_its_countries(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2021-05-04\n---\nMeta said on Tuesday it removed 40 accounts run from "
                "Romania that targeted people in Togo and Benin.\n",
        "b.md": "---\ntitle: B\npublished: 2021-06-08\n---\nMeta said on Tuesday it removed 30 accounts run from "
                "Peru.\n"})
    networks = answer_question("Which networks targeted Africa?", kb)
    assert networks.text.splitlines()[1:] == [
        "\u2022 A network the sources do not name: Facebook removed 40 accounts (run from Romania), May 4, 2021 [1]"]
    largest = answer_question("What was the largest takedown from Europe?", kb)
    assert largest.text.splitlines()[1:] == [  # (whom it targeted, which the question did not ask)
        "\u2022 Facebook removed 40 accounts (run from Romania; aimed at Togo and Benin), May 4, 2021 [1]"]
    # a region no fact names, asked about with nothing to match: an answer, not a database error
    assert answer_question("How many accounts targeting the Middle East did Meta remove?", kb).status == "no_answer"


def test_reach_of_a_region_takes_in_its_countries(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublished: 2021-05-04\n---\nMeta said on Tuesday it removed 40 "
                                    "accounts run from Romania.\n\nThe accounts had about 9,000 followers.\n"})
    answer = answer_question("How many followers did networks from Europe have?", kb)
    assert answer.text.splitlines()[1] == "\u2022 about 9,000 followers (Facebook, from Romania), May 4, 2021 [1]"


def test_what_a_platform_said_about_a_country_it_gave_no_figure_for_is_its_sentences(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublished: 2024-10-09\n---\nOpenAI said on Wednesday that a "
                                    "Peruvian operation had tried to use its models.\n\nMeta said on Tuesday "
                                    "it removed 40 accounts run from Chile.\n"})
    said = answer_question("What did OpenAI say about Peru?", kb)
    assert [c.quote for c in said.citations] == [
        "OpenAI said on Wednesday that a Peruvian operation had tried to use its models."]
    assert answer_question("What did OpenAI do about Peru?", kb).citations == said.citations
    assert answer_question("How many accounts did OpenAI ban from Peru?", kb).status == "no_answer"  # no figure


def test_one_tip_told_by_two_documents_is_one_line_citing_both(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2019-05-28\n---\nFacebook said on Tuesday it removed 51 accounts linked "
                "to Iran after a tip from FireEye.\n",
        "b.md": "---\ntitle: B\npublished: 2019-05-28\n---\nFacebook, which removed 51 accounts on Tuesday, acted "
                "after a tip from FireEye.\n"})
    lines = answer_question("Who tipped off Facebook?", kb).text.splitlines()
    assert lines[0] == "Who tipped off Facebook: FireEye."
    assert lines[1].startswith(
        "\u2022 FireEye tipped off Facebook about Iran (reported May 28, 2019) [1] [2]; the takedown: ")
    assert len(lines) == 2


def test_an_industry_peer_and_industry_peers_are_named_once(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2019-01-31\n---\nTwitter said on Thursday it removed 40 accounts in Iran "
                "after an industry peer alerted Twitter.\n",
        "b.md": "---\ntitle: B\npublished: 2020-10-08\n---\nTwitter said on Thursday it removed 104 accounts from "
                "Iran. Working from information shared by industry peers, we found the network.\n"})
    assert answer_question("Who tipped off Twitter?", kb).text.splitlines()[0] == (
        "Who tipped off Twitter: industry peer.")


def test_when_lists_each_statement_once_with_all_its_figures(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublished: 2022-09-27\n---\nMeta said on Tuesday it removed 40 "
                                    "accounts, 12 Pages and one Group linked to Peru.\n"})
    assert answer_question("When did Meta remove accounts linked to Peru?", kb).text.splitlines() == [
        "On September 27, 2022.",
        "\u2022 September 27, 2022: Facebook removed 40 accounts, 12 pages and 1 group (linked to Peru) [1]"]


def test_when_a_platform_published_its_report_is_the_day_of_its_own_post(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "post.md": "---\ntitle: Post\npublished: 2023-08-15\npublisher: Snap Safety Hub\n---\nToday we are sharing "
                   "what we found about the network we call Tin Lantern, run from Peru.\n\nWe removed 212 accounts.\n",
        "wire.md": "---\ntitle: Wire\npublished: 2023-08-18\n---\nSnap has removed some 200 accounts in the Tin "
                   "Lantern network, the company disclosed this week in a report.\n"})
    answer = answer_question("When did Snap publish the report disclosing Tin Lantern?", kb)
    assert answer.text.splitlines() == [
        "On August 15, 2023, in Snapchat's own post:",
        "\u201cToday we are sharing what we found about the network we call Tin Lantern, run from Peru.\u201d [1] "
        "\u2014 Post, August 15, 2023"]


def test_a_named_network_s_figure_retold_days_later_in_round_words_is_one_takedown(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "post.md": "---\ntitle: Post\npublished: 2024-06-05\npublisher: LinkedIn\n---\nWe removed 643 accounts in "
                   "a network we call Pale Ridge, run from North Korea.\n",
        "wire.md": "---\ntitle: Wire\npublished: 2024-06-10\n---\nLinkedIn deleted some 640 accounts in the Pale Ridge "
                   "network, run from North Korea, the company said last week.\n"})
    text = answer_question("How many NK accounts did LinkedIn remove?", kb).text
    assert "643 accounts" in text and "Together" not in text and len(text.splitlines()) == 2


def test_who_was_behind_a_named_network_is_the_sentence_that_ties_it_to_someone(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: Brief\npublished: 2024-04-26\n---\nPinterest removed a network it "
                                    "calls Amber Kiln.\n\nPinterest says the boards shared recipes at first.\n\n"
                                    "Pinterest attributes it to Sorrel Gate Media, a Lima marketing firm.\n"})
    answer = answer_question("Who did Pinterest say was behind Amber Kiln?", kb)
    assert (answer.status, answer.text.splitlines()) == ("answered", [
        "Who the sources tie Amber Kiln to:",
        "\u2022 Sorrel Gate Media: \u201cPinterest attributes it to Sorrel Gate Media, a Lima marketing firm.\u201d "
        "[1] \u2014 Brief, April 26, 2024"])


def test_a_takedown_dated_by_its_year_alone_answers_part_of_that_year_saying_so(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublished: 2023-02-23\npublisher: Meta\n---\nIn late 2020 we "
                                    "removed a network of 61 Facebook accounts run from Peru.\n"})
    answer = answer_question("How many Facebook accounts did Meta remove from Peru in late 2020?", kb)
    assert (answer.status, answer.text.splitlines()) == ("answered", [
        "I found no takedown dated within late 2020 on Facebook + Peru. These reports give only the year, so whether "
        "they fall in late 2020 the sources do not say:",
        "\u2022 Facebook removed 61 accounts (run from Peru), 2020 [1] (mentioned in a later report)"])


def test_when_gives_the_days_a_removal_ran_over_where_its_sentence_does(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublished: 2025-04-10\npublisher: Google\n---\nBetween "
                                    "January 6, 2025 and March 28, 2025, we terminated 812 YouTube channels linked to "
                                    "Peru.\n"})
    assert answer_question("Over what period did Google terminate the channels linked to Peru?", kb).text.splitlines(
        ) == ["Between January 6, 2025 and March 28, 2025.",
              "\u2022 January 6, 2025 to March 28, 2025: Google terminated 812 YouTube channels (linked to Peru) [1] "
              "(reported April 10, 2025)"]


def test_a_yes_or_no_question_with_no_takedown_fact_gets_the_sentence_that_says_so(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": (
        "---\ntitle: A\npublished: 2024-10-09\npublisher: OpenAI\n---\nOpenAI said on Wednesday it disrupted more "
        "than 20 operations this year.\n"
        "In August, after a partner exposed an Iranian covert influence operation, OpenAI found and disrupted "
        "related activity.\n")})
    answer = answer_question("Did OpenAI ban accounts linked to Iran?", kb)
    assert answer.status == "answered"
    assert answer.text.splitlines()[:2] == [
        "The knowledge base has no takedown figure for OpenAI and Iran, but a source says so in passing:",
        "\u201cIn August, after a partner exposed an Iranian covert influence operation, OpenAI found and disrupted "
        "related activity.\u201d [1] \u2014 A, October 9, 2024"]
    assert answer_question("Did OpenAI ban accounts linked to Peru?", kb).status == "no_answer"


def test_an_average_or_a_difference_is_not_computed_and_the_answer_says_so(seeds_kb: KnowledgeBase) -> None:
    answer = answer_question("What is the average number of accounts Twitter removed?", seeds_kb)
    assert answer.text.splitlines()[0] == ("I do not compute averages, percentages or differences; these are the "
                                           "figures the sources give:")
    assert "average" not in answer_question("How many Iran accounts did Twitter remove?", seeds_kb).text
    # asked without a removal verb, the figures it would be worked out from are still shown
    share = answer_question("What percentage of accounts were from Iran?", seeds_kb).text.splitlines()
    assert share[:3] == ["I do not compute averages, percentages or differences; these are the figures the sources "
                         "give:", "Here is what the knowledge base reports for Iran:",
                         "\u2022 Tied to Press TV: Facebook removed 652 accounts (originated in Iran), August 21, 2018 "
                         "[1]"]


def test_a_share_asked_is_quoted_where_a_source_states_it(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"x.md": """\
        ---
        title: X suspends network
        published: 2023-08-15
        ---
        X said on Monday it had suspended 2,000 accounts in a network researchers call "Lotus Relay".

        About 40% of the 2,000 accounts were operated from Laos, X said, while the remaining 60% were run from a \
content farm in a Cambodian town. Roughly 15% of the accounts were new.
        """})
    lines = answer_question("What share of the Lotus Relay accounts were run from Cambodia?", kb).text.splitlines()
    assert lines[:5] == [
        "I do not compute averages, percentages or differences; these are the figures the sources give:",
        "Here is what the knowledge base reports for Lotus Relay:",
        "\u2022 Twitter suspended 2,000 accounts, August 14, 2023 [1]",
        "The sources give these shares themselves:",
        "\u201cAbout 40% of the 2,000 accounts were operated from Laos, X said, while the remaining 60% were run from "
        "a content farm in a Cambodian town.\u201d [2]"]


def test_a_breakdown_of_many_groups_shows_every_count_and_a_few_examples_each(tmp_path: Path) -> None:
    docs = {f"{year}.md": (f"---\ntitle: Peru {year}\npublished: {year}-05-06\n---\n"
                           f"Twitter said on Monday it removed {year - 2000},010 accounts linked to Peru.\n\n"
                           f"Separately, on Tuesday it removed {year - 2000},020 accounts linked to Peru.\n\n"
                           f"It added that on Wednesday it removed {year - 2000},040 more accounts linked to Peru.\n")
            for year in range(2010, 2021)}
    lines = answer_question("Peru takedowns by year", kb_from(tmp_path, docs)).text.splitlines()
    assert [line for line in lines if line.startswith("*")] == [
        f"*{year}* \u2014 3 takedowns" for year in range(2010, 2021)]
    assert lines[1:5] == ["*2010* \u2014 3 takedowns",  # eleven years: two examples each, not eight
                          "  \u2022 Twitter 10,010 accounts (linked to Peru), May 3, 2010 [1]",
                          "  \u2022 Twitter 10,020 accounts (linked to Peru), May 4, 2010 [2]",
                          "  \u2026 and 1 more"]


def test_a_takedown_another_report_attributes_is_not_counted_as_unattributed(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2021-03-02\n---\nTwitter said on Monday it removed 2,345 accounts "
                "linked to Peru.\n",
        "b.md": "---\ntitle: B\npublished: 2021-03-02\n---\nTwitter said on Monday it removed 2,345 accounts.\n"})
    lines = answer_question("Twitter takedowns by country", kb).text.splitlines()
    assert [line for line in lines if line.startswith("*")] == ["*Peru* \u2014 1 takedown"]
    assert lines[2] == "  \u2022 Twitter 2,345 accounts (linked to Peru), March 1, 2021 [1] [2]"


def test_which_platforms_counts_takedowns_not_the_sentences_that_break_them_down(tmp_path: Path) -> None:
    docs = {"a.md": ("---\ntitle: A\npublished: 2020-03-02\n---\nMeta said on Monday it removed 40 Pages and accounts "
                     "linked to Peru. The set breaks down into 12 Pages and 28 Facebook accounts.\n")}
    docs |= {f"{n}.md": f"---\ntitle: T{n}\npublished: 202{n}-06-01\n---\nMeta said on Monday it removed {n}5 " \
                        f"accounts linked to Peru.\n" for n in range(1, 5)}
    lines = answer_question("Which platforms removed accounts linked to Peru?", kb_from(tmp_path, docs)
                            ).text.splitlines()
    assert lines == ["Meta (Facebook) reported removals for Peru.",
                     "\u2022 Meta (Facebook): 40 pages and accounts combined, March 2, 2020 [1]; 15 accounts, May 31, "
                     "2021 [2]; 25 accounts, May 30, 2022 [3] (and 2 more)"]


def test_a_figureless_mention_on_the_day_a_figured_takedown_happened_is_not_another_takedown() -> None:
    def fact(announced: str, dated: str, count_text: str | None) -> dict:
        return {"platform": "Facebook", "announced": announced, "dated": dated, "count_text": count_text,
                "scope": None}

    figured_later = fact("2018-10-26", "2018-08-21", "652")  # a later story's "the 652 … removed in August"
    figureless = fact("2018-08-21", "2018-08-21", None)  # that day's story: "also took down Pages linked to…"
    elsewhere = fact("2018-09-01", "2018-09-01", None)
    assert countable([figured_later, figureless, elsewhere]) == [figured_later, elsewhere]


def test_a_network_no_figure_names_is_answered_from_the_stories_headlined_with_it(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: How the Lantern Moth network was traced\npublished: 2021-12-01\n---\nThe Lantern Moth "
                "persona was invented. Meta said on Wednesday it removed 120 accounts and 15 Pages connected to the "
                "campaign.\n",
        "b.md": "---\ntitle: Twitter's December disclosure\npublished: 2021-12-02\n---\nTwitter said on Thursday it "
                "removed 900 accounts linked to Peru.\n\nUnlike Lantern Moth, the Peru accounts posted in Spanish.\n"})
    lines = answer_question("how many accounts were removed in the Lantern Moth network?", kb).text.splitlines()
    assert [line for line in lines if line.startswith("\u2022")] == [
        "\u2022 Facebook removed 120 accounts, December 1, 2021 [1]"]


def test_a_network_of_known_origin_no_figure_names_leaves_out_figures_from_elsewhere(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: Meta's summer report\npublished: 2023-08-29\n---\nMeta said on Tuesday it removed "
                "7,700 accounts linked to China.\n\nThe same report covered Meta's work against Doppelganger.\n",
        "b.md": "---\ntitle: Meta's autumn report\npublished: 2022-09-27\n---\nMeta said on Tuesday it removed "
                "1,600 accounts of Russian origin.\n\nResearchers call the operation Doppelganger.\n"})
    lines = answer_question("what's the latest on doppelganger", kb).text.splitlines()
    assert [line for line in lines if line.startswith("\u2022")] == [
        "\u2022 Facebook removed 1,600 accounts (Russian origin), September 27, 2022 [1]"]


def test_when_a_network_named_by_its_target_was_removed(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublished: 2022-05-12\n---\nMeta said on Wednesday it removed "
                                    "310 accounts that targeted audiences in Peru.\n"})
    answer = answer_question("When did Meta remove the Peru network?", kb)
    assert (answer.status, answer.text.splitlines()[:3]) == ("answered", [
        "The knowledge base ties no network to Peru as where it came from; these networks targeted Peru:",
        "On May 11, 2022.", "\u2022 May 11, 2022: Facebook removed 310 accounts [1]"])


def test_who_was_behind_the_network_of_two_countries_is_not_another_network_of_either(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2022-03-02\n---\nMeta said on Tuesday it removed 80 accounts from Peru and "
                "Chile that were linked to employees of Andes Signal, a marketing firm.\n",
        "b.md": "---\ntitle: B\npublished: 2022-06-02\n---\nMeta said on Wednesday it removed 40 accounts from Peru "
                "linked to individuals associated with the Lima Post.\n"})
    one = answer_question("Who was behind the Peru and Chile network?", kb).text.splitlines()
    assert one[1:] == ["\u2022 Facebook, March 1, 2022 (80 accounts): employees of Andes Signal (from Peru and Chile) "
                       "[1]"]
    several = answer_question("Who was behind the Peru and Chile networks?", kb).text.splitlines()
    assert several[2] == "\u2022 Facebook, June 1, 2022 (40 accounts): individuals associated with the Lima Post [2]"


def test_followers_of_a_network_the_sources_give_none_for_is_no_answer(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublished: 2021-08-10\n---\nFacebook said on Tuesday it removed "
                                    "65 accounts run by Vexolink, a marketing firm in Peru.\n\nVexolink did not "
                                    "respond to a request for comment.\n"})
    answer = answer_question("How many followers did the Vexolink network have?", kb)
    assert answer.status == "no_answer"
    assert answer.text.startswith("The knowledge base has no followers figure for Vexolink. It covers 1 document")
    # "followed" in another sense, beside a year, gives no audience
    kb = kb_from(tmp_path / "b", {"a.md": "---\ntitle: A\npublished: 2021-08-10\n---\nFacebook said on Tuesday it "
                                          "removed 65 accounts run by Vexolink.\n\nThe removal of Vexolink's accounts "
                                          "followed a tip in December 2019.\n"})
    assert answer_question("How many followers did Vexolink have?", kb).status == "no_answer"


def test_a_named_network_leaves_out_networks_told_beside_it_that_came_from_elsewhere(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": (
        "---\ntitle: Meta removes a Quillfeather network and two others\npublished: 2022-04-07\n---\n"
        "Meta said on Wednesday it removed 90 accounts from Russia tied to the Quillfeather troll farm. It also "
        "removed 40 accounts from Peru.\n")})
    lines = answer_question("How many accounts did Meta remove in the Quillfeather network?", kb).text.splitlines()
    assert [line for line in lines if line.startswith("\u2022")] == [
        "\u2022 Facebook removed 90 accounts (from Russia), April 6, 2022 [1]"]  # the Peru network is not its
    countries = answer_question("Where was the Quillfeather network based?", kb).text.splitlines()
    assert countries[0] == "Countries of origin for Quillfeather: Russia."


def test_a_quarter_includes_the_report_of_that_quarter_published_after_it(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "q1.md": "---\ntitle: Meta's Q1 2023 threat report\npublished: 2023-05-03\n---\nMeta said on Wednesday it "
                 "removed 80 accounts linked to Peru.\n",
        "feb.md": "---\ntitle: February\npublished: 2023-02-15\n---\nMeta said on Wednesday it removed 30 accounts "
                  "linked to Chile.\n",
        "may.md": "---\ntitle: May\npublished: 2023-05-10\n---\nMeta said on Wednesday it removed 50 accounts "
                  "linked to Bolivia.\n"})
    lines = answer_question("What did Meta remove in Q1 2023?", kb).text.splitlines()
    assert [line for line in lines if line.startswith("\u2022")] == [
        "\u2022 Facebook removed 30 accounts (linked to Chile), February 15, 2023 [1]",
        "\u2022 Facebook removed 80 accounts (linked to Peru), May 3, 2023 [2]"]


def test_a_figure_told_from_a_quarter_s_report_answers_that_quarter_and_keeps_the_day_it_was_told(
        tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        # (a year's recap that mentions the bulletin late, not the bulletin's own story)
        "recap.md": "---\ntitle: Recap\npublished: 2022-12-15\n---\n"
                    + "Platforms kept removing networks all year. " * 10
                    + "\n\nGoogle said in its bulletin for the third quarter of 2022 that it terminated 4,108 YouTube "
                    "channels linked to Peru.\n",
        "news.md": "---\ntitle: News\npublished: 2022-08-05\n---\nMeta said on Thursday that it had removed a network "
                   "run from Chile.\n\nIn its threat report for the second quarter of 2022, Meta said it removed 96 "
                   "accounts linked to Chile.\n"})
    third = answer_question("How many YouTube channels did Google terminate in Q3 2022?", kb)
    assert (third.status, [c.quote[:40] for c in third.citations]) == (
        "answered", ["Google said in its bulletin for the thir"])
    assert "4,108" in third.text
    # (dated by the news of the report, not by the quarter's last month)
    lines = answer_question("What did Meta remove in Q2 2022?", kb).text.splitlines()
    assert [line for line in lines if line.startswith("\u2022")] == [
        "\u2022 Facebook removed 96 accounts (linked to Chile), August 4, 2022 [1]"]


def test_a_removal_told_on_a_day_to_have_been_made_in_an_earlier_month_answers_both(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublished: 2020-08-06\n---\nOn Wednesday, Google said it had "
                                    "terminated 1,340 YouTube channels in June in its inquiry into a network.\n"})
    for question in ("How many YouTube channels did Google terminate in June 2020?",
                     "How many YouTube channels did Google terminate in August 2020?"):
        lines = answer_question(question, kb).text.splitlines()
        assert [line for line in lines if line.startswith("\u2022")] == [
            "\u2022 Google terminated 1,340 YouTube channels, August 5, 2020 [1]"]


def test_a_network_a_platform_s_monthly_update_lists_answers_that_month(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublished: 2025-01-21\n---\n" + "Reports kept coming. " * 25
                                    + "\n\nIn its December 2024 update, TikTok listed a network of 8,104 accounts that "
                                    "it said targeted voters in Peru. Researchers listed one network of 99 "
                                    "accounts.\n"})
    lines = answer_question("How many accounts did TikTok remove in December 2024?", kb).text.splitlines()
    assert [line for line in lines if line.startswith("\u2022")] == [
        "\u2022 TikTok listed 8,104 accounts, January 21, 2025 [1]"]


def test_how_a_firm_answered_its_ban_is_quoted_from_what_it_said(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublished: 2020-09-24\n---\nFacebook said on Thursday it took "
                                    "down 71 accounts run by Sable Reach, a firm in Quito. \"We've banned Sable Reach "
                                    "from our platforms,\" a spokeswoman said.\n\nSable Reach's founder said in a "
                                    "statement that the firm had always worked within the rules.\n"})
    answer = answer_question("How did Sable Reach respond to being banned by FB?", kb)
    assert (answer.status, answer.citations[0].quote) == (
        "answered", "Sable Reach's founder said in a statement that the firm had always worked within the rules.")


def test_how_someone_other_than_a_platform_answered_is_quoted_from_where_it_speaks(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: Meta removes network tied to a ruling party\npublished: 2023-05-11\n"
                                    "---\nMeta said on Wednesday it had removed 212 Facebook accounts run by staff of "
                                    "the ruling party's media office in Lusaka.\n\nA spokesperson for the ruling "
                                    "party rejected the findings and said it had never paid anyone to run pages.\n\n"
                                    "Opposition leaders welcomed the takedown.\n"})
    denial = "A spokesperson for the ruling party rejected the findings and said it had never paid anyone to run pages."
    for question in ("How did the ruling party respond to Meta's takedown?", "Did the ruling party deny it?",
                     "What did the party say about the removal?"):
        answer = answer_question(question, kb)
        assert (answer.status, answer.citations[0].quote) == ("answered", denial), question
    # (and "What did X say?", all a question asks, is a search of what X said, not a list of takedowns)
    answer = answer_question("What did the opposition say?", kb)
    assert (answer.status, [c.quote for c in answer.citations]) == (
        "answered", ["Opposition leaders welcomed the takedown."])


def test_whether_a_platform_blamed_a_government_is_answered_from_the_ties_it_named(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublisher: Twitter Safety\npublished: 2019-04-02\n---\nWe removed "
                                    "418 accounts which had ties to the Government of Moldova.\n\nThe accounts posted "
                                    "about farming.\n"})
    answer = answer_question("Did Twitter attribute the Moldova network to the Moldovan government?", kb)
    assert (answer.status, [c.quote for c in answer.citations]) == (
        "answered", ["We removed 418 accounts which had ties to the Government of Moldova."])


def test_a_best_known_network_s_figure_told_without_its_origin_is_asked_about_by_its_country(
        tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublished: 2023-01-27\n---\nGoogle said it had terminated 9,368 "
                                    "YouTube channels of the Spamouflage network in November 2021.\n"})
    lines = answer_question("How many YouTube channels of the Chinese network did Google terminate in November 2021?",
                            kb).text.splitlines()
    assert [line for line in lines if line.startswith("\u2022")] == [
        "\u2022 Spamouflage: Google terminated 9,368 YouTube channels, November 2021 [1] (mentioned in a later report)"]


def test_asked_for_a_total_it_cannot_honestly_give_it_says_why(tmp_path: Path) -> None:
    docs = {f"{n}.md": f"---\ntitle: T{n}\npublished: 202{n}-06-02\n---\nTwitter said on Tuesday it removed " \
                       f"{n}10 accounts linked to Peru.\n" for n in range(1, 6)}
    lines = answer_question("How many accounts did Twitter remove from Peru in total?", kb_from(tmp_path, docs)
                            ).text.splitlines()
    assert lines[-1] == ("No total: 5 separate announcements are listed, and past 4 a sum hides more than it tells "
                         "(one double count skews it).")


def test_a_takedown_dated_only_by_its_year_is_not_in_a_month_of_it(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2023-05-03\n---\nIn 2019 Facebook took down 396 accounts linked to Peru.\n",
        "b.md": "---\ntitle: B\npublished: 2019-01-16\n---\nFacebook said on Tuesday it removed 20 accounts linked to "
                "Peru.\n"})
    january = answer_question("What did Facebook remove in January 2019?", kb).text.splitlines()
    assert [line for line in january if line.startswith("\u2022")] == [
        "\u2022 Facebook removed 20 accounts (linked to Peru), January 15, 2019 [1]"]
    year = answer_question("What did Facebook remove in 2019?", kb).text.splitlines()
    assert [line for line in year if line.startswith("\u2022")] == [
        "\u2022 Facebook took down 396 accounts (linked to Peru), 2019 [1] (mentioned in a later report)",
        "\u2022 Facebook removed 20 accounts (linked to Peru), January 15, 2019 [2]"]


def test_a_month_or_quarter_of_any_year_holds_no_takedown_dated_only_by_its_year(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2023-05-03\n---\nIn 2019 Facebook took down 396 accounts linked to Peru.\n",
        "b.md": "---\ntitle: B\npublished: 2019-01-16\n---\nFacebook said on Tuesday it removed 20 accounts linked to "
                "Peru.\n",
        "c.md": "---\ntitle: C\npublished: 2021-08-12\n---\nFacebook said on Wednesday it removed 75 accounts "
                "linked to Peru.\n"})
    january = "Facebook removed 20 accounts (linked to Peru), January 15, 2019 [1]"
    for question, shown in [("What did Facebook remove in January?", [january]),
                            ("What did Facebook remove in Q1?", [january]),
                            ("What did Facebook remove in the summer?",
                             ["Facebook removed 75 accounts (linked to Peru), August 11, 2021 [1]"])]:
        lines = answer_question(question, kb).text.splitlines()
        assert [line[2:] for line in lines if line.startswith("\u2022")] == shown, question


def test_which_platform_removed_the_most_ranks_by_takedowns_and_says_so(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2021-03-03\n---\nMeta said on Tuesday it removed 900 accounts linked to "
                "Peru.\n",
        "b.md": "---\ntitle: B\npublished: 2021-06-02\n---\nTwitter said on Tuesday it removed 40 accounts linked to "
                "Peru.\n",
        "c.md": "---\ntitle: C\npublished: 2022-06-01\n---\nTwitter said on Tuesday it removed 30 accounts linked to "
                "Peru.\n"})
    lines = answer_question("Which platform removed the most accounts linked to Peru?", kb).text.splitlines()
    assert lines == [
        "Platforms that reported removals for Peru, most takedowns first (account figures are not added up across "
        "takedowns, so none is ranked by accounts): Twitter and Meta (Facebook).",
        "\u2022 Twitter (2 takedowns): 40 accounts, June 1, 2021 [1]; 30 accounts, May 31, 2022 [2]",
        "\u2022 Meta (Facebook) (1 takedown): 900 accounts, March 2, 2021 [3]"]


def test_which_countries_counts_a_lead_and_its_figures_once_as_the_summary_does(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublished: 2021-03-05\n---\nMeta said on Thursday it had removed "
                                    "a network of accounts run out of Peru.\n\nMeta took down 31 Facebook accounts and "
                                    "12 Pages.\n"})
    lines = answer_question("Which countries did Facebook remove accounts from?", kb).text.splitlines()
    assert lines[1].startswith("\u2022 Peru (1 announcement)")
    assert {row.group: row.takedowns for row in summarise(kb, "country", ["Facebook"]).rows} == {"Peru": 1}


def test_a_tip_the_sources_deny_names_the_source_asked_about(tmp_path: Path) -> None:
    body = ("---\npublished: 2024-01-12\n---\nTwitter said on Thursday it had removed 700 accounts operated from "
            "Chile.\nTwitter said it had not seen Graylake's report before acting, so the removal was not the result "
            "of a tip from Graylake.\n")
    answer = answer_question("Did Graylake tip off Twitter?", kb_from(tmp_path, {"t.md": body}))
    assert answer.text.splitlines()[0] == ("The knowledge base records no tip-off to Twitter that involves Graylake; "
                                           "what the sources say:")


def test_a_comparison_counts_each_sides_takedowns_and_says_when_it_shows_only_some(tmp_path: Path) -> None:
    docs = {f"t{n}.md": f"---\ntitle: T{n}\npublished: 20{10 + n}-06-02\n---\nTwitter said on Tuesday it removed " \
                        f"{n}10 accounts linked to Peru.\n" for n in range(1, 11)}
    docs["f.md"] = ("---\ntitle: F\npublished: 2015-03-04\n---\nMeta said on Tuesday it removed 77 accounts linked "
                    "to Peru.\n")
    lines = answer_question("compare Twitter and Facebook removals of Peruvian accounts", kb_from(tmp_path, docs)
                            ).text.splitlines()
    assert [line for line in lines if line.startswith(("*", "  \u2026"))] == [
        "*Twitter* \u2014 10 takedowns:", "  \u2026 and 2 more reports with figures", "*Facebook* \u2014 1 takedown:"]


def test_a_country_and_a_named_network_asked_with_more_or_are_compared_side_by_side(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2025-02-04\n---\nTikTok said on Monday it removed 640 accounts operated "
                "from Paraguay.\n",
        "b.md": "---\ntitle: B\npublished: 2024-08-08\n---\nTikTok said on Tuesday it removed 1,912 accounts in a "
                "network it calls Tin Heron.\n"})
    answer = answer_question("Did TikTok take down more accounts in the Paraguay network or in the Tin Heron "
                             "network?", kb)
    assert answer.text.splitlines() == [
        "Side by side: Paraguay vs Tin Heron. Compare like with like: the figures below are in the units each "
        "source gives.",
        "*Paraguay* \u2014 1 takedown:",
        "  \u2022 TikTok removed 640 accounts (operated from Paraguay), February 3, 2025 [1]",
        "*Tin Heron* \u2014 1 takedown:",
        "  \u2022 TikTok removed 1,912 accounts, August 6, 2024 [2]"]
    assert [c.document for c in answer.citations] == ["a.md", "b.md"]


def test_a_countrys_own_figure_is_given_without_the_days_total_across_networks(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": (
        "---\ntitle: A\npublished: 2021-04-09\n---\nTwitter said on Thursday it had removed 4,300 accounts across "
        "three networks. The networks were based in Cuba, Peru and Chile. The Peruvian network, 1,250 accounts, "
        "targeted audiences inside Peru.\n")})
    peru = answer_question("How many Peruvian accounts did Twitter remove?", kb).text.splitlines()
    assert [line for line in peru if line.startswith("\u2022")] == [
        "\u2022 Twitter removed 1,250 accounts (Peruvian network), April 8, 2021 [1]"]
    chile = answer_question("How many Chilean accounts did Twitter remove?", kb).text.splitlines()
    assert [line for line in chile if line.startswith("\u2022")] == [  # (no figure of its own: the total, so told)
        "\u2022 Twitter removed 4,300 accounts in all, across networks (a total for the period, not one takedown) "
        "(based in Cuba, Peru and Chile; one figure for Cuba, Peru and Chile together, none for Chile alone), "
        "April 8, 2021 [1]"]


def test_a_reports_table_and_text_are_one_takedown_each_and_the_apps_asked_add_up(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"lab.md": textwrap.dedent("""\
        ---
        title: "Quill Harbor: A Cuba-linked network posing as local media in Panama"
        publisher: Example Lab
        published: 2021-05-12
        ---
        On May 10, 2021, Facebook said it had removed a network we call "Quill Harbor".

        | Platform | Assets removed |
        |---|---|
        | Instagram | 16 accounts |
        | Twitter | 33 accounts |
        | YouTube | 4 channels |

        ## Findings

        1. **Language.** Most posts were in Spanish.
        2. **Style.** The Pages copied local radio logos.
        3. **Timing.** Posting peaked in the evenings.
        4. **Elsewhere.** Twitter suspended 33 accounts on May 11, and YouTube terminated four channels on May 12.
        """)})
    answer = answer_question("What's the sum of the Instagram accounts and the Twitter accounts removed in the Quill "
                             "Harbor takedown?", kb)
    assert answer.text.splitlines()[1:4] == [
        "\u2022 Facebook removed 16 Instagram accounts (Cuba-linked), May 10, 2021 [1]",
        "\u2022 Twitter removed 33 accounts (Cuba-linked), May 10, 2021 [2]",  # (a sum cites each figure it adds once)
        "In all: 49 \u2014 the sum of 16 Instagram accounts and 33 Twitter accounts above, one takedown per platform."]


def test_a_removal_the_platform_declined_is_told_as_such_without_the_flagged_figure(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": (
        "---\ntitle: Meta leaves Pages up\npublished: 2022-05-03\n---\nMeta has declined to remove 140 Pages that "
        "researchers tied to a campaign for Malawi's ruling party, saying they broke none of its rules. X suspended "
        "31 accounts that shared the same posts.\n")})
    answer = answer_question("How many Pages did Meta take down in Malawi?", kb)
    assert (answer.status, answer.text) == ("answered", (
        "The knowledge base reports no takedown for Facebook, Malawi: a source says Facebook declined to remove what "
        "it was shown [1] \u2014 Meta leaves Pages up, May 3, 2022"))
    assert [c.quote for c in answer.citations] == [
        "Meta has declined to remove 140 Pages that researchers tied to a campaign for Malawi's ruling party, saying "
        "they broke none of its rules."]
    assert answer_question("How many Pages did Meta take down in Zambia?", kb).status == "no_answer"


def test_an_audience_asked_by_its_language_keeps_the_takedowns_said_to_address_it(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": (
        "---\ntitle: Meta acts on two Baltic networks\npublished: 2024-06-13\n---\nMeta said it removed 73 accounts "
        "run from China that targeted Latvia with posts about energy prices.\n\nIn a separate case, Meta removed "
        "dozens of accounts that targeted Russian-speaking voters in Latvia.\n")})
    answer = answer_question("How many accounts targeting Russian speakers in Latvia did Meta remove?", kb)
    assert [c.quote for c in answer.citations] == [
        "In a separate case, Meta removed dozens of accounts that targeted Russian-speaking voters in Latvia."]
    assert "73" not in answer.text
    # (without the language, both; and a language no source speaks of leaves both, the sources not saying)
    for question in ("How many accounts targeting Latvia did Meta remove?",
                     "How many accounts targeting Polish speakers in Latvia did Meta remove?"):
        assert len(answer_question(question, kb).citations) == 2


def test_a_refusal_is_found_among_many_sentences_that_decline_something_else(tmp_path: Path) -> None:
    # (short "declined to comment" sentences outrank the refusal on the cue word alone: the search must ask for
    # the verb too, or the refusal falls past the rows it reads)
    docs = {f"n{i:02}.md": f"---\ntitle: Story {i}\npublished: 2022-04-{i % 28 + 1:02}\n---\nA spokesperson "
            f"declined to comment.\nOfficials refused to say more.\n" for i in range(70)}
    docs["a.md"] = ("---\ntitle: Meta leaves Pages up\npublished: 2022-05-03\n---\nMeta has declined to remove "
                    "140 Pages that researchers tied to a campaign for Malawi's ruling party, saying they broke "
                    "none of its rules.\n")
    answer = answer_question("How many Pages did Meta take down in Malawi?", kb_from(tmp_path, docs))
    assert (answer.status, [c.document for c in answer.citations]) == ("answered", ["a.md"])
    assert answer.text.startswith("The knowledge base reports no takedown for Facebook, Malawi: a source says "
                                  "Facebook declined to remove what it was shown [1]")


def test_a_fallback_quote_must_tell_of_the_platform_asked_about(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": (
        "---\ntitle: Facebook removes Pine Relay network; Twitter follows\npublished: 2021-03-02\n---\nThe network, "
        "which its operators called \"Pine Relay,\" was run by Lumen Works, a marketing firm in Lima, Peru, Facebook "
        "said. The company removed 55 Facebook accounts and 42 Pages. About 90,000 accounts followed the Pages, and "
        "the network spent roughly $9,000 on Facebook ads.\n\nTwitter, acting on information shared by Facebook, "
        "suspended 19 accounts linked to Lumen Works.\n")})
    twitter_ads = answer_question("How much did Pine Relay spend on Twitter ads?", kb)
    assert (twitter_ads.status, twitter_ads.citations) == ("no_answer", [])  # (the $9,000 went on Facebook ads)
    facebook_ads = answer_question("How much did Pine Relay spend on Facebook ads?", kb)
    assert (facebook_ads.status, [c.document for c in facebook_ads.citations]) == ("answered", ["a.md"])


@pytest.mark.parametrize(("quote", "platforms", "surfaces", "names"), [
    ("Google said it had terminated 1,200 YouTube channels in a spam network.", [], ["Instagram"], False),
    ("Meta removed 30 Instagram accounts.", [], ["Instagram"], True),
    ("Meta removed 30 Facebook accounts.", [], ["Instagram"], False),  # (the app asked about itself)
    ("Meta removed 30 Pages.", ["Instagram"], [], True),  # (Instagram's company)
    ("The network spent $9,000 on ads.", [], [], True),  # (no platform asked)
])
def test_a_quote_names_the_platform_asked_by_any_of_its_names(quote: str, platforms: list[str], surfaces: list[str],
                                                               names: bool) -> None:
    assert names_platform_asked(quote, Query(text="", platforms=platforms, surfaces=surfaces)) is names


def test_a_when_question_about_no_takedown_is_answered_from_the_sentence_with_its_day(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": (
        "---\ntitle: Lawmakers write to TikTok about Birch Tide\npublished: 2022-06-01\n---\nEleven lawmakers wrote "
        "to TikTok about the Birch Tide accounts. They asked the company to reply to their letter by July 15, "
        "2022.\n")})
    answer = answer_question("By what date did the lawmakers ask TikTok to reply about Birch Tide?", kb)
    assert (answer.status, answer.citations[0].quote) == (
        "answered", "They asked the company to reply to their letter by July 15, 2022.")


def test_a_table_of_years_gives_each_years_total_and_compares_them(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"review.md": textwrap.dedent("""\
        ---
        title: Three years of takedowns
        published: 2024-01-08
        ---
        The tally below comes from a lab that logs every announcement.

        | Measure | 2022 | 2023 |
        |---|---|---|
        | Networks announced by TikTok | 14 | 27 |
        | Share of them domestic | 20% | 35% |
        """)})
    answer = answer_question("How many networks did TikTok remove in 2022 compared with 2023?", kb)
    assert [line for line in answer.text.splitlines() if line.startswith("  \u2022")] == [
        "  \u2022 TikTok disclosed 14 networks in all (a total for the period), 2022 [1]",
        "  \u2022 TikTok disclosed 27 networks in all (a total for the period), 2023 [1]"]
    assert [c.quote for c in answer.citations] == ["| Networks announced by TikTok | 14 | 27 |"]


def test_the_largest_network_is_not_the_accounts_that_amplified_one(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": (
        "---\ntitle: A\npublished: 2021-06-11\n---\nTwitter said on Thursday it had suspended 3,200 accounts of a "
        "network run from Cuba. Twitter also suspended roughly 40,000 amplifier accounts that existed mainly to "
        "retweet them.\n")})
    lines = answer_question("What was the largest single network Twitter took down?", kb).text.splitlines()
    assert lines[1] == "\u2022 Twitter suspended 3,200 accounts (run from Cuba), June 10, 2021 [1]"


def test_two_named_networks_of_alike_size_and_week_are_not_one_takedown(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2023-03-09\n---\nMeta said on Wednesday it had taken down 186 Facebook "
                "accounts of a network called \"Sun Reed\" that was run from Ghana.\n",
        "b.md": "---\ntitle: B\npublished: 2023-08-03\n---\nIn March, Meta removed 203 Facebook accounts of a network "
                "it calls \"Stone Wren\".\n"})
    answer = answer_question("How many Facebook accounts did Meta remove in the Stone Wren network?", kb)
    assert [line for line in answer.text.splitlines() if line.startswith("\u2022")] == [
        "\u2022 Facebook removed 203 accounts, March 2023 [1] (mentioned in a later report)"]


def test_a_takedown_told_only_in_passing_is_added_to_the_sum_of_a_networks_takedowns(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.txt": (
        "LUSAKA, Aug. 3, 2023 (Wire) - Meta said on Thursday it had removed 91 Facebook accounts in its latest action "
        "against a network it calls \"Kapok Line\". In March, Meta removed 144 Facebook accounts from the same "
        "operation, according to its threat report.\n")})
    answer = answer_question("What is the sum of Facebook accounts Meta removed from Kapok Line in both takedowns?", kb)
    assert answer.text.splitlines()[-1] == (
        "Together: 235 accounts \u2014 the sum of 144 and 91 above, each a separate announcement.")


def test_a_kind_asked_about_is_shown_without_the_other_kinds_told_beside_it(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": (
        "---\ntitle: A\npublished: 2024-10-30\n---\nGoogle said on Tuesday it had terminated 610 YouTube channels "
        "and 17 Blogger blogs run by an operation from Vietnam.\n")})
    blogs = answer_question("How many Blogger blogs did Google terminate?", kb).text.splitlines()
    assert blogs[1:] == ["\u2022 Google terminated 17 Blogger blogs (operation from Vietnam), October 29, 2024 [1]"]
    everything = answer_question("What did Google take down from Vietnam?", kb).text.splitlines()
    assert everything[1:] == ["\u2022 Google terminated 610 YouTube channels and 17 Blogger blogs (operation from "
                              "Vietnam), October 29, 2024 [1]"]


def test_a_kind_asked_about_is_shown_without_the_figure_that_counts_it_with_others(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": (
        "---\ntitle: A\npublished: 2023-11-09\n---\nIn all, Meta said it had removed 75 Pages, groups and accounts: "
        "50 Facebook accounts, 19 Pages and 6 Groups. The network was run from Togo.\n")})
    pages = answer_question("How many Pages did Meta remove from Togo?", kb).text.splitlines()
    assert pages[1] == "\u2022 Facebook removed 19 pages (run from Togo), November 9, 2023 [1]"
    together = answer_question("How many pages, groups and accounts did Meta remove from Togo?", kb).text.splitlines()
    assert together[1].startswith("\u2022 Facebook removed 75 pages, groups and accounts combined, 50 accounts")
    everything = answer_question("What did Meta remove from Togo?", kb).text.splitlines()
    assert everything[1].startswith("\u2022 Facebook removed 75 pages, groups and accounts combined, 50 accounts")


def test_a_tables_bare_x_row_is_twitters_and_four_apps_accounts_add_up(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"lab.md": textwrap.dedent("""\
        ---
        title: "Kente Wire: a network aimed at Ghana"
        published: 2024-11-20
        ---
        We call the network "Kente Wire". The table sets out what each platform removed.

        | Platform | Assets removed |
        |---|---|
        | Facebook | 31 accounts |
        | Instagram | 9 accounts |
        | TikTok | 40 accounts |
        | X | 17 accounts |
        """)})
    answer = answer_question("What is the sum of accounts removed on Facebook, Instagram, TikTok and X in the Kente "
                             "Wire network?", kb)
    assert answer.text.splitlines()[-2:] == [
        "\u2022 Twitter removed 17 accounts, November 20, 2024 [4]",
        "In all: 97 \u2014 the sum of 31 Facebook accounts, 9 Instagram accounts, 40 TikTok accounts and 17 Twitter "
        "accounts above, one takedown per platform."]


def test_one_network_two_labs_name_apart_answers_to_either_name(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.txt": (
        "BEIRUT, Sept. 3, 2024 - Two research groups tracked one operation separately.\n\nCedar Lab calls the "
        "operation \"Bab al-Nour,\" after its main Page. Quayside Forensics has tracked it under the name \"Tin "
        "Spire.\" \"It's one operation,\" a Cedar Lab researcher said.\n\nOn Monday X said it had suspended 420 "
        "accounts linked to the operation.\n")})
    called = answer_question("What else is the Bab al-Nour network called?", kb)
    assert called.text == "The sources also call Bab al-Nour: Tin Spire [1]."
    assert [c.quote for c in called.citations] == [
        "Quayside Forensics has tracked it under the name \"Tin Spire.\""]
    counted = answer_question("How many accounts did X suspend tied to Bab al Nour?", kb).text.splitlines()
    assert counted[1] == "\u2022 Twitter suspended 420 accounts, September 2, 2024 [1]"


def test_an_unnamed_item_of_a_roundup_is_not_a_network_another_item_names(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"brief.md": textwrap.dedent("""\
        ---
        title: Weekly brief
        published: 2025-04-11
        ---
        ## Reddit
        Reddit banned 40 accounts tied to a network called "Olive Gate".

        ## X
        X suspended dozens of accounts that impersonated Cypriot officials. No figure was given.

        ## TikTok
        TikTok said it removed 700 accounts from a network it calls "Sea Lantern".
        """)})
    answer = answer_question("How many X accounts were suspended in the Sea Lantern network?", kb)
    assert answer.status == "no_answer"


def test_a_removal_without_a_figure_that_names_another_network_s_operator_is_not_the_one_asked_about(
        tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2024-09-02\n---\nGoogle said on Monday it had terminated 310 YouTube "
                "channels linked to Harbor Lamp Media, a Lima firm.\n",
        "b.md": "---\ntitle: B\npublished: 2024-10-08\n---\nMeta said on Tuesday it had removed 45 Pages of a network "
                "it calls \"Salt Finch\", run by a Quito firm.\n",
        "review.md": textwrap.dedent("""\
            ---
            title: Half-year review
            published: 2025-07-01
            ---
            **Round one to Google.** A judge dismissed the lawsuit that Harbor Lamp Media brought against Google over \
the termination of its YouTube channels.

            **A second lawsuit.** The Quito firm Meta linked to the "Salt Finch" network has sued to get its Pages back.
            """)})
    answer = answer_question("How many YouTube channels did Google terminate in the Salt Finch network?", kb)
    assert (answer.status, answer.text.split(";")[0]) == (
        "no_answer", "The knowledge base reports no takedown by Google and YouTube of Salt Finch")


def test_a_figure_another_report_gives_to_another_network_is_not_the_one_a_story_mentions_in_passing(
        tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "report.md": "---\ntitle: Pale Heron\npublished: 2024-02-08\n---\nFollowing our report on the network we "
                     "call \"Pale Heron\", YouTube terminated 23 channels.\n",
        "interview.txt": textwrap.dedent("""\
            Interview, February 9, 2024

            Q: What did the platforms do?

            A: YouTube terminated 23 channels, which was more than we had found.

            Q: How does it compare?

            A: Compare it with Grey Lark, the Serbian operation, where Meta removed 96 Facebook accounts in one go.
            """)})
    answer = answer_question("How many YouTube channels did Google take down in the Grey Lark case?", kb)
    assert answer.status == "no_answer"


def test_a_figure_the_story_gives_to_another_named_network_is_not_the_headline_network_s(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"report.txt": textwrap.dedent("""\
        Snapchat removes "Pear Orchard" network run by Tbilisi firm Vale Media

        LONDON, May 14, 2025 - Snapchat said on Tuesday it had removed 845 accounts of a network run from Georgia.

        A second network, which Snapchat called "Dune Loop", was much smaller: 58 accounts operated from Kenya.

        YouTube said separately that it had terminated channels linked to Pear Orchard.
        """)})
    text = answer_question("How many accounts did Snapchat remove in Pear Orchard?", kb).text
    assert "845" in text and "58" not in text
    text = answer_question("How many accounts did Snapchat remove in the Vale Media network?", kb).text
    assert "845" in text and "58" not in text


def test_two_periods_asked_with_more_or_are_compared_side_by_side(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: \"Bulletin: Q2 2025\"\npublisher: Google\npublished: 2025-07-10\n---\n"
                "In May 2025, we terminated 88 YouTube channels linked to Belarus.\n\n"
                "In June 2025, we terminated 23 YouTube channels linked to Belarus.\n"})
    answer = answer_question("Did YouTube terminate more Belarus-linked channels in May or in June 2025?", kb)
    assert answer.text.splitlines() == [
        "Side by side: May 2025 vs June 2025. Compare like with like: the figures below are in the units each "
        "source gives.",
        "*May 2025* \u2014 1 takedown:",
        "  \u2022 Google terminated 88 YouTube channels (linked to Belarus), May 2025 [1]",
        "*June 2025* \u2014 1 takedown:",
        "  \u2022 Google terminated 23 YouTube channels (linked to Belarus), June 2025 [2]"]
    assert [c.quote for c in answer.citations] == ["In May 2025, we terminated 88 YouTube channels linked to Belarus.",
                                                   "In June 2025, we terminated 23 YouTube channels linked to Belarus."]


def test_two_periods_apart_asked_together_sum_either_and_nothing_between(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        f"{year}.md": f"---\ntitle: \"Bulletin: Q2 {year}\"\npublisher: Google\npublished: {year}-07-10\n---\n"
                      f"In June {year}, we terminated {count} YouTube channels linked to Belarus.\n"
        for year, count in ((2018, 88), (2019, 23), (2020, 41))})
    lines = answer_question("What is the sum of YouTube channels Google terminated in 2018 and 2020?", kb
                            ).text.splitlines()
    assert lines[0] == "Here is what the knowledge base reports for Google, YouTube assets, in 2018 and 2020:"
    assert lines[1:4] == ["\u2022 Google terminated 88 YouTube channels (linked to Belarus), June 2018 [1]",
                          "\u2022 Google terminated 41 YouTube channels (linked to Belarus), June 2020 [2]",
                          "Together: 129 YouTube channels \u2014 the sum of 88 and 41 above, each a separate "
                          "announcement."]  # (not 2019's 23)


def test_a_network_of_known_origin_leaves_out_figures_from_elsewhere_told_beside_it(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": (
        "---\ntitle: Twitter opens its archive\npublished: 2018-10-17\n---\nTwitter said on Wednesday it had "
        "suspended 3,841 accounts tied to the Internet Research Agency and 770 other accounts that originated in "
        "Iran.\n")})
    lines = answer_question("How many accounts did Twitter remove from the Internet Research Agency?", kb
                            ).text.splitlines()
    assert [line for line in lines if line.startswith("\u2022")] == [
        "\u2022 Twitter suspended 3,841 accounts, October 17, 2018 [1]"]  # the 770 are Iran's, not the IRA's


def test_the_summary_by_year_counts_a_takedown_in_the_year_it_happened(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2019-06-05\n---\nTwitter said on Tuesday it suspended 4,321 accounts "
                "linked to Peru.\n",
        "b.md": "---\ntitle: B\npublished: 2020-02-04\n---\nTwitter said on Monday its archive now holds the "
                "4,321 accounts linked to Peru that it suspended.\n"})
    rows = {row.group: (row.takedowns, row.first, row.last) for row in summarise(kb, "year", ["Twitter"]).rows}
    assert rows == {"2019": (1, "2019-06-04", "2019-06-04")}  # a later report is not a 2020 takedown


def test_what_an_announcement_of_a_month_said_is_searched_in_that_months_stories(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "jan.md": "---\ntitle: Jan\npublished: 2019-01-17\n---\nFacebook said its January review found ads paid in "
                  "rubles.\n\nFacebook also said the Peru network posted in Spanish.\n",
        "mar.md": "---\ntitle: Mar\npublished: 2019-03-26\n---\nFacebook said in March that the Peru network had used "
                  "fake names.\n"})
    answer = answer_question("What did Facebook's January 2019 announcement say about Peru?", kb)
    assert [c.quote for c in answer.citations][:1] == ["Facebook also said the Peru network posted in Spanish."]


def test_a_yes_or_no_question_about_one_platform_is_answered_yes_before_the_figures(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublished: 2020-05-06\n---\nTwitter said on Tuesday it removed "
                                    "300 accounts linked to Peru.\n"})
    lines = answer_question("Did X remove accounts linked to Peru?", kb).text.splitlines()  # X is Twitter
    assert lines[:3] == ["Yes.", "Here is what the knowledge base reports for Twitter, Peru:",
                         "\u2022 Twitter removed 300 accounts (linked to Peru), May 5, 2020 [1]"]


def test_domestic_networks_are_those_the_sources_call_domestic(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublished: 2021-04-08\n---\nTwitter said on Wednesday it removed "
                                    "900 accounts located in Chile that targeted domestic audiences.\n\nTwitter "
                                    "said on Wednesday it also removed 300 accounts in Peru that targeted Chile.\n"})
    answer = answer_question("Which networks were domestic?", kb)
    assert answer.text.splitlines() == [
        "Domestic networks taken down:",
        "\u2022 A network the sources do not name: Twitter removed 900 accounts (located in Chile), April 7, 2021 [1]"]
    nothing = answer_question("Did Twitter remove domestic networks in 2020?", kb)
    assert nothing.status == "no_answer"
    assert nothing.text.startswith("I found nothing in the knowledge base on Twitter + networks aimed at their own "
                                   "country + in 2020.")


def test_a_tip_leads_to_the_takedown_of_the_country_its_sentence_names(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublished: 2021-02-23\n---\nTwitter said on Tuesday it removed "
                                    "73 accounts tied to Bolivia and 238 accounts that originated in Chile.\n\n"
                                    "The Chilean accounts were first flagged by the FBI, Twitter said.\n"})
    lines = answer_question("Who tipped off Twitter?", kb).text.splitlines()
    assert lines[1] == ("\u2022 FBI tipped off Twitter (reported February 23, 2021) [1]; the takedown: 238 accounts "
                        "(originated in Chile), February 23, 2021 [2]")


def test_a_tip_does_not_lead_to_a_figure_told_as_another_takedown(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublished: 2025-03-04\n---\nTikTok said on Tuesday it removed "
                                    "about 900 accounts run from Laos.\n\nIt acted after analysts at the Kestrel "
                                    "Lab alerted it, TikTok said.\n\nA second network of 37 accounts operating out "
                                    "of Peru was also removed.\n"})
    lines = answer_question("Who tipped off TikTok?", kb).text.splitlines()
    assert lines[1].endswith("the takedown: about 900 accounts (run from Laos), March 4, 2025 [2]")


def test_takedowns_in_a_place_no_network_targeted_are_those_that_came_from_it(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublished: 2024-11-14\n---\nMeta said on Thursday it removed "
                                    "45 accounts and 11 Pages run from Benin.\n"})
    lines = answer_question("Meta takedowns in Benin", kb).text.splitlines()
    assert lines[0] == ("No network in the knowledge base is said to have targeted Benin; these networks came "
                        "from Benin:")
    assert lines[2] == "\u2022 Facebook removed 45 accounts and 11 pages (run from Benin), November 14, 2024 [1]"
    assert answer_question("Which networks targeted Benin?", kb).status == "no_answer"


def test_a_unit_asked_about_is_found_past_the_rows_of_other_units(tmp_path: Path) -> None:
    many = "\n\n".join(f"Facebook said it removed {1000 + 50 * i} accounts tied to Peru." for i in range(210))
    kb = kb_from(tmp_path, {"a.md": f"---\ntitle: A\npublished: 2023-01-10\n---\n{many}\n",
                            "b.md": "---\ntitle: B\npublished: 2023-06-01\n---\nFacebook said on Thursday it "
                                    "removed 3 networks from Chile.\n"})
    lines = answer_question("How many networks did Facebook remove in 2023?", kb).text.splitlines()
    assert lines[:2] == ["Here is what the knowledge base reports for Facebook, in 2023:",
                         "\u2022 Facebook removed 3 networks (from Chile), June 1, 2023 [1]"]


def test_a_running_total_answers_a_question_about_everything_to_date(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublished: 2020-05-05\n---\nFacebook said on Tuesday it "
                                    "removed 4 networks from Peru.\n",
                            "b.md": "---\ntitle: B\npublished: 2021-06-01\n---\nFacebook said on Tuesday it "
                                    "removed 2 networks from Chile.\n\nSince 2017 it has removed more than 150 "
                                    "such networks, Facebook said.\n"})
    lines = answer_question("How many networks has Facebook removed since 2017?", kb).text.splitlines()
    assert lines[1] == ("\u2022 Facebook removed more than 150 networks in all over time (a running total, not one "
                        "takedown), June 1, 2021 [1]")
    assert lines[4] == "No total of the takedowns listed: the total the source gives is first."
    plain = answer_question("How many networks did Facebook remove in 2020?", kb).text.splitlines()
    assert plain[1] == "\u2022 Facebook removed 4 networks (from Peru), May 5, 2020 [1]"


def test_a_years_total_across_networks_is_told_as_that_periods_total_not_a_running_one(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublished: 2025-02-18\n---\nIn 2022, Meta removed a total of "
                                    "4,120 accounts across all the influence networks it disclosed.\n"})
    answer = answer_question("How many accounts did Meta remove in total in 2022?", kb)
    assert answer.text.splitlines()[1:] == ["\u2022 Facebook removed 4,120 accounts in all, across networks (a total "
                                            "for the period, not one takedown), 2022 [1] (mentioned in a later report)"]
    assert [c.quote for c in answer.citations] == ["In 2022, Meta removed a total of 4,120 accounts across all the "
                                                   "influence networks it disclosed."]


def test_a_sum_of_the_figures_shown_says_it_leaves_out_those_not_shown(tmp_path: Path) -> None:
    exact = {f"e{day}.md": f"---\ntitle: E\npublished: 2023-03-0{day}\n---\nReddit said it removed {100 * day} "
                           f"accounts from Peru.\n" for day in (1, 2, 3)}
    rough = {f"r{day}.md": f"---\ntitle: R\npublished: 2023-04-1{day}\n---\nReddit said it removed dozens of "
                           f"accounts from Chile.\n" for day in range(6)}
    lines = answer_question("How many accounts did Reddit remove?", kb_from(tmp_path, {**exact, **rough})
                            ).text.splitlines()
    assert lines[9] == "\u2026 and 1 more; narrow the question by platform, country or year to see them."
    assert lines[10] == ("Together: 600 accounts \u2014 the sum of 100, 200 and 300 above, each a separate "
                         "announcement. It leaves out the 1 more.")


def test_a_tip_concerns_the_country_its_takedown_targeted(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublished: 2024-04-18\n---\nX said on Wednesday it suspended "
                                    "more than 2,000 accounts that targeted voters in Peru.\n\nKestrel Labs reported "
                                    "the accounts to X in March.\n",
                            "b.md": "---\ntitle: B\npublished: 2024-05-18\n---\nX said on Wednesday it suspended "
                                    "300 accounts tied to Chile.\n\nThe FBI tipped off X.\n"})
    lines = answer_question("Who alerted X to the Peruvian election network?", kb).text.splitlines()
    assert lines[:2] == ["Who tipped off Twitter about Peru: Kestrel Labs.",
                         "\u2022 Kestrel Labs tipped off Twitter (in March 2024; reported April 18, 2024) [1]; the "
                         "takedown: more than 2,000 accounts, April 17, 2024 [2]"]


def test_who_was_behind_a_name_no_source_gives_is_no_answer_naming_it(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublished: 2024-05-06\n---\nTikTok said on Monday it removed "
                                    "140 accounts linked to a Peruvian marketing firm.\n"})
    answer = answer_question("who's behind endless mayfly?", kb)
    assert answer.status == "no_answer"
    assert answer.text.startswith("I found nothing in the knowledge base on \u201cendless mayfly\u201d.")
    assert answer_question("who was behind the takedowns?", kb).status == "answered"


def test_the_reach_of_another_country_s_network_in_the_same_report_is_not_a_named_network_s(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublisher: Meta\npublished: 2024-05-29\n---\nWe removed 510 "
                                    "Facebook accounts linked to STOIC, a firm in Tel Aviv.\n\nWe also removed 40 "
                                    "accounts that originated in Peru. The Peru network spent less than $4,000 on "
                                    "ads.\n"})
    answer = answer_question("How much did the STOIC network spend on Facebook ads?", kb)
    assert (answer.status, answer.text.split(". It covers")[0]) == (
        "no_answer", "The knowledge base has no ad spending figure for Facebook, Zero Zeno")


def test_the_reach_of_a_network_named_by_its_target(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublished: 2019-08-19\n---\nFacebook said on Monday it removed "
                                    "7 Pages linked to Laos that targeted Chile.\n\nAbout 15,500 accounts followed "
                                    "one or more of the Pages.\n",
                            "b.md": "---\ntitle: B\npublished: 2019-09-19\n---\nFacebook said on Thursday it "
                                    "removed 9 Pages linked to Nepal.\n\nAbout 900 accounts followed the Pages.\n"})
    lines = answer_question("How many followers did the Chile pages have?", kb).text.splitlines()
    assert lines[:3] == [
        "The knowledge base ties no reach figure to Chile as where a network came from; these are of networks "
        "that targeted Chile:",
        "Followers as the sources report it for targeting Chile (reach, not takedown counts):",
        "\u2022 about 15,500 followers (Facebook, from Laos), August 19, 2019 [1]"]
    assert len(lines) == 3  # one figure: the network from Nepal did not target Chile


def test_a_figure_from_a_table_row_is_cited_by_that_row(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: Report\npublisher: Meta\npublished: 2024-05-29\n---\nWe removed "
                                    "two networks this quarter.\n\n| Origin | Facebook accounts | Pages |\n"
                                    "|---|---|---|\n| Laos | 389 | 118 |\n| Peru | 52 | 11 |\n"})
    answer = answer_question("How many Laotian accounts did Meta remove?", kb)
    assert answer.text.splitlines()[1] == "\u2022 Facebook removed 389 accounts (Laos), May 29, 2024 [1]"
    assert [c.quote for c in answer.citations] == ["| Laos | 389 | 118 |"]


def test_a_monthly_reports_rows_answer_for_its_month(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"r.md": "---\ntitle: Covert influence operations, June 2024\npublisher: TikTok\n"
                                    "published: 2024-07-18\n---\nWe list the networks we removed.\n\n"
                                    "| Network | Accounts in network | Followers of network |\n|---|---|---|\n"
                                    "| Operated from Georgia and aimed at audiences in Armenia. | 318 | 41,200 |\n"})
    answer = answer_question("What did TikTok remove in June 2024?", kb)
    assert answer.text.splitlines()[:2] == [
        "Here is what the knowledge base reports for TikTok, in June 2024:",
        "\u2022 TikTok removed 318 accounts (Operated from Georgia), July 18, 2024 [1]"]
    assert [c.quote for c in answer.citations] == [
        "| Operated from Georgia and aimed at audiences in Armenia. | 318 | 41,200 |"]
    reach = answer_question("How many followers did the Georgian network on TikTok have?", kb)
    assert reach.text.splitlines()[1] == "\u2022 41,200 followers (TikTok, from Georgia), July 18, 2024 [1]"


def test_a_tip_under_a_countrys_heading_led_to_that_countrys_takedown(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"r.md": "---\ntitle: May 2022 threat report\npublisher: Meta\npublished: 2022-06-08\n"
                                    "---\n1. **Chile:** We removed 14 Facebook accounts in Chile.\n"
                                    "2. **Togo:** We removed 52 Facebook accounts run from Togo.\n\n### Chile\n\n"
                                    "Our investigation began with a tip from the Harbor Lab.\n"})
    answer = answer_question("Who tipped off Meta about the Chilean network?", kb)
    assert answer.text.splitlines()[:2] == [
        "Who tipped off Facebook about Chile: Harbor Lab.",
        "\u2022 Harbor Lab tipped off Facebook about Chile (reported June 8, 2022) [1]; the takedown: 14 accounts "
        "(in Chile), June 8, 2022 [2]"]


def test_a_tip_leads_to_a_takedown_not_to_a_running_total(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublished: 2021-11-04\n---\nMeta said on Thursday it removed "
                                    "600 accounts run from Chile.\n\nThe pages posted about mining.\n\nResearchers "
                                    "at the Harbor Lab first flagged the network to Meta.\n\nSince 2017, Meta has "
                                    "removed more than 150 such networks.\n"})
    answer = answer_question("Who first flagged the Chilean network?", kb)
    assert answer.text.splitlines()[:2] == [
        "Who tipped off the platforms about Chile: Harbor Lab.",
        "\u2022 Harbor Lab tipped off Facebook about Chile (reported November 4, 2021) [1]; the takedown: 600 accounts "
        "(run from Chile), November 4, 2021 [2]"]


def test_a_takedown_dated_by_its_week_is_told_in_that_week(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublished: 2021-11-04\n---\nMeta said on Thursday it removed "
                                    "600 accounts run from Chile.\n\nThe move came two weeks after Reddit banned "
                                    "70 accounts tied to the same operation.\n"})
    answer = answer_question("When did Reddit ban the Chilean accounts?", kb)
    assert answer.text.splitlines()[0] == "In the week of October 18, 2021."


def test_what_happened_with_a_network_is_asked_about_the_network(tmp_path: Path) -> None:
    docs = {f"d{n}.md": f"---\ntitle: Story {n}\npublished: 2022-0{n}-10\n---\nMeta said on Tuesday the Lantern "
                        f"Moth network had posted {n} new articles.\n" for n in range(1, 6)}
    docs["e.md"] = "---\ntitle: E\npublished: 2022-07-01\n---\nNothing like it had happened before, the firm said.\n"
    answer = answer_question("What happened with Lantern Moth?", kb_from(tmp_path, docs))
    assert answer.status == "answered"  # "happened" frames the question: it is not a word to find
    assert all("Lantern Moth" in c.quote for c in answer.citations)


def test_a_name_typed_in_lower_case_is_the_name_the_sources_write(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublished: 2021-08-10\n---\nMeta said on Tuesday it removed "
                                    "65 accounts run by Quillon, a marketing firm in Peru.\n\nThe Quillon network "
                                    "posted about vaccines.\n",
                            "b.md": "---\ntitle: B\npublished: 2022-03-10\n---\nMeta said on Thursday it removed "
                                    "40 accounts in a spam network linked to Chile.\n"})
    lines = answer_question("when did meta remove the quillon network", kb).text.splitlines()
    assert lines[:2] == ["On August 10, 2021.", "\u2022 August 10, 2021: Facebook removed 65 accounts (in Peru) [1]"]
    spam = answer_question("when did meta remove the spam network?", kb).text.splitlines()
    assert spam[0] == "On 2 dates, from August 10, 2021 to March 10, 2022:"  # "spam" is a word, not a name


def test_no_tip_off_about_a_network_the_base_tells_of_says_so(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublished: 2022-09-27\n---\nMeta said on Tuesday it removed "
                                    "1,600 accounts of the network known as Lantern Moth.\n"})
    answer = answer_question("Who first flagged Lantern Moth?", kb)
    assert answer.status == "no_answer"
    assert answer.text.startswith("The knowledge base records no tip-off about Lantern Moth, though its sources tell "
                                  "of Lantern Moth. It covers 1 document")


@pytest.mark.parametrize("question", ["help", "hi!", "What can you do?", "how do I use this?"])
def test_a_greeting_or_a_call_for_help_gets_examples_to_ask(question: str, seeds_kb: KnowledgeBase) -> None:
    answer = answer_question(question, seeds_kb)
    assert answer.status == "clarify"
    assert answer.text.startswith("Ask me about platform takedowns of fake and state-backed networks")
    assert answer.choices == answer.rephrased == EXAMPLES


def test_no_tip_off_to_a_platform_whose_takedowns_the_base_has_says_so(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublished: 2024-05-06\n---\nTikTok said on Monday it removed "
                                    "140 accounts linked to Peru.\n"})
    answer = answer_question("Who tipped off TikTok?", kb)
    assert answer.status == "no_answer"
    assert answer.text.startswith("The knowledge base records no tip-off to TikTok, though it has takedowns for "
                                  "TikTok. It covers 1 document")


def test_what_happened_with_a_named_network_in_a_year_lists_its_takedowns_then(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2022-09-27\n---\nMeta said on Tuesday it removed 1,600 accounts of the "
                "Mirrorglass network, run from Russia.\n",
        "b.md": "---\ntitle: B\npublished: 2024-05-30\n---\nOpenAI said on Thursday it disrupted 5 operations, "
                "among them Mirrorglass.\n"})
    lines = answer_question("What happened with Mirrorglass in 2024?", kb).text.splitlines()
    assert lines[:2] == ["Here is what the knowledge base reports for Mirrorglass, in 2024:",
                         "\u2022 OpenAI disrupted 5 operations, May 30, 2024 [1]"]


def test_a_breakdown_by_month_keeps_a_takedown_dated_by_its_year_apart(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2020-03-05\n---\nFacebook said on Wednesday it removed 120 accounts "
                "linked to Chile.\n\nIn 2019 Facebook took down 396 accounts linked to Peru, its report added.\n",
        "b.md": "---\ntitle: B\npublished: 2019-01-17\n---\nFacebook said on Thursday it removed 107 accounts "
                "linked to Bolivia.\n"})
    lines = answer_question("Facebook takedowns by month in 2019", kb).text.splitlines()
    assert [line for line in lines if line.startswith("*")] == ["*2019, month not given* \u2014 1 takedown",
                                                                "*2019-01* \u2014 1 takedown"]


def test_a_sentence_that_gives_each_month_its_own_figure_tells_one_takedown_a_month(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"g.md": (
        "---\ntitle: Bulletin news\npublished: 2025-04-22\n---\nGoogle said on Tuesday that it terminated 410 "
        "YouTube channels in January, 377 in February and 291 in March.\n")})
    answer = answer_question("How many YouTube channels did Google terminate in February 2025?", kb)
    assert [line for line in answer.text.splitlines() if line.startswith("\u2022")] == [
        "\u2022 Google terminated 377 YouTube channels, February 2025 [1] (mentioned in a later report)"]


def test_a_network_the_sources_do_not_name_is_told_with_the_name_of_who_they_tie_it_to(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"g.md": (
        "---\ntitle: Google acts\npublished: 2025-04-22\n---\nGoogle said on Tuesday it terminated 64 YouTube "
        "channels linked to Hanbo Reach, a marketing firm in Seoul, and 12 channels linked to a Busan PR company.\n")})
    lines = answer_question("how many youtube channels did google terminate in 2025?", kb).text.splitlines()
    assert lines[1:3] == [
        "\u2022 Tied to Hanbo Reach: Google terminated 64 YouTube channels (in Seoul, South Korea), April 22, 2025 [1]",
        "\u2022 Google terminated 12 channels (Busan PR, South Korea), April 22, 2025 [1]"]


def test_a_sum_adds_a_takedown_listed_by_a_later_story_s_mention_by_its_own_report(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "report.md": "---\ntitle: Report\npublisher: TikTok\npublished: 2025-01-30\n---\n| Month | Network "
                     "description | Accounts in network |\n|---|---|---|\n| October 2024 | This network operated "
                     "from Laos. | 610 |\n| November 2024 | This network operated from Chad. | 45 |\n",
        "ledger.md": "---\ntitle: Ledger\npublished: 2025-03-07\n---\nIn October 2024, TikTok removed 610 accounts "
                     "that operated from Laos.\n"})
    lines = answer_question("sum of accounts tiktok removed in q4 2024", kb).text.splitlines()
    assert lines[-1] == "Together: 655 accounts \u2014 the sum of 610 and 45 above, each a separate announcement."


def test_a_breakdown_by_quarter(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2020-03-05\n---\nFacebook said on Wednesday it removed 120 accounts "
                "linked to Chile.\n\nIn 2019 Facebook took down 396 accounts linked to Peru, its report added.\n",
        "b.md": "---\ntitle: B\npublished: 2019-08-15\n---\nFacebook said on Thursday it removed 107 accounts "
                "linked to Bolivia.\n"})
    lines = answer_question("Facebook takedowns per quarter", kb).text.splitlines()
    assert [line for line in lines if line.startswith("*")] == ["*2019 Q3* \u2014 1 takedown",
                                                                "*2019, quarter not given* \u2014 1 takedown",
                                                                "*2020 Q1* \u2014 1 takedown"]


def test_the_top_source_country_is_ranked_by_announcements(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2020-03-05\n---\nFacebook said on Wednesday it removed 120 accounts "
                "linked to Chile.\n",
        "b.md": "---\ntitle: B\npublished: 2021-03-05\n---\nFacebook said on Wednesday it removed 80 accounts "
                "linked to Peru.\n",
        "c.md": "---\ntitle: C\npublished: 2022-03-05\n---\nFacebook said on Wednesday it removed 90 accounts "
                "linked to Peru.\n"})
    lines = answer_question("Which country is the top source of networks?", kb).text.splitlines()
    assert lines[0].startswith("Countries of origin, most announcements first")
    assert lines[1:3] == ["\u2022 Peru (2 announcements) [1]", "\u2022 Chile (1 announcement) [2]"]


def test_the_most_targeted_places_are_ranked_by_announcements(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2020-03-05\n---\nFacebook said on Wednesday it removed 120 accounts "
                "from Laos that targeted Chile.\n",
        "b.md": "---\ntitle: B\npublished: 2021-03-05\n---\nTwitter said on Wednesday it removed 80 accounts "
                "from Laos that targeted Peru.\n",
        "c.md": "---\ntitle: C\npublished: 2022-03-05\n---\nTikTok said on Wednesday it removed 90 accounts "
                "from Nepal that targeted Peru.\n"})
    lines = answer_question("Which countries were targeted most?", kb).text.splitlines()
    assert lines[0].startswith("Whom the networks targeted, most announcements first")
    assert lines[1:3] == ["\u2022 Peru (2 announcements) [1]", "\u2022 Chile (1 announcement) [2]"]
    laos = answer_question("Which countries did Laotian networks target most?", kb).text.splitlines()
    assert laos[0].startswith("Whom the networks for Laos targeted, most announcements first")
    assert laos[1:3] == ["\u2022 Chile (1 announcement) [1]", "\u2022 Peru (1 announcement) [2]"]


def test_the_year_with_the_most_takedowns_comes_first(tmp_path: Path) -> None:
    docs = {f"{year}-{n}.md": f"---\ntitle: {year} {n}\npublished: {year}-0{n}-16\n---\nTwitter said on Monday it "
                              f"removed {n}{year - 2000}0 accounts linked to Peru.\n"
            for year, count in ((2019, 1), (2020, 3), (2021, 2)) for n in range(1, count + 1)}
    lines = answer_question("In which year did Twitter remove the most Peruvian accounts?",
                            kb_from(tmp_path, docs)).text.splitlines()
    assert lines[0] == ("Takedowns for Twitter, Peru, by year, most takedowns first (account figures are not added up "
                        "across takedowns, so none is ranked by accounts):")
    assert [line for line in lines if line.startswith("*")] == [
        "*2020* \u2014 3 takedowns", "*2021* \u2014 2 takedowns", "*2019* \u2014 1 takedown"]


def test_an_attribution_that_names_one_of_the_origins_is_completed(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublished: 2020-05-06\n---\nFacebook said on Tuesday it took "
                                    "down 6 networks, one from Peru, which posed as a news site, and one run from "
                                    "Chile.\n"})
    lines = answer_question("Which Chilean networks did Facebook remove?", kb).text.splitlines()
    assert lines[1] == ("\u2022 A network the sources do not name: Facebook took down 6 networks (from Peru; also "
                        "Chile), May 5, 2020 [1]")


def test_a_figure_told_again_in_other_words_is_the_same_takedown_and_the_disagreement_is_cited(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"q.md": """\
        ---
        title: Two sets
        published: 2021-06-08
        ---
        Facebook said on Tuesday it had removed two networks.

        The Chilean set was the larger: 212 accounts and 14 Pages.

        The Bolivian set comprised 40 accounts and 3 Groups, removed last week.

        One newspaper printed "221 accounts" in its headline, while the company's report gives 212 accounts.
        """})
    answer = answer_question("How many Chilean accounts did Facebook remove?", kb)
    assert answer.text.splitlines()[1] == (
        "\u2022 Facebook removed 212 accounts (Chilean set), June 8, 2021 [1] [2] \u2014 the sources "
        "disagree: 212 accounts per Two sets [1]; 221 accounts per Two sets [2]")
    assert [c.quote for c in answer.citations] == [
        "The Chilean set was the larger: 212 accounts and 14 Pages.",
        'One newspaper printed "221 accounts" in its headline, while the company\'s report gives 212 accounts.']
    # one takedown, not two
    assert "1 takedown" in answer_question("Chile takedowns by year", kb).text


def test_another_outlets_figure_for_a_cluster_is_no_takedown_of_its_own_in_a_ranking(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"c.md": """\
        ---
        title: Clusters
        published: 2019-06-13
        ---
        Twitter said on Thursday it had removed 4,800 accounts run from Iran, in three clusters:

        - 1,700 accounts that posted news;
        - 2,900 accounts that posed as locals;
        - 200 accounts that targeted Israel.

        A news site printed the second cluster as 2,950 accounts.

        Separately, Twitter said it had suspended 2,500 accounts run from Iran.
        """})
    answer = answer_question("What were the largest takedowns of Iranian accounts?", kb)
    # the 2,950 tells again a cluster of the 4,800: ranked neither on its own nor in the cluster's place
    assert [line.split(" (")[0] for line in answer.text.splitlines()[1:]] == [
        "\u2022 Twitter removed 4,800 accounts", "\u2022 Twitter suspended 2,500 accounts"]


def test_a_figure_told_again_joins_the_nearest_figure_of_the_sentence_it_retells(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"n.md": """\
        ---
        title: Gulf sets
        published: 2019-09-20
        ---
        Twitter said on Friday it had suspended 4,258 accounts run from Oman and 267 accounts run from Egypt.

        Its blog post described the second set as 273 accounts.
        """})
    answer = answer_question("How many Omani accounts did Twitter suspend?", kb)
    assert answer.text.splitlines()[1] == (
        "\u2022 Twitter suspended 4,258 accounts (run from Oman), September 20, 2019 [1]")
    egypt = answer_question("How many Egyptian accounts did Twitter suspend?", kb)
    assert egypt.text.splitlines()[1] == (
        "\u2022 Twitter suspended 267 accounts (run from Egypt), September 20, 2019 [1] [2] \u2014 the sources "
        "disagree: 267 accounts per Gulf sets [1]; 273 accounts per Gulf sets [2]")


def test_how_many_networks_where_no_source_counts_them_counts_the_takedowns(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": """\
        ---
        title: First
        published: 2020-03-03
        ---
        Facebook said on Tuesday it removed 120 accounts run from Peru.
        """, "b.md": """\
        ---
        title: Second
        published: 2021-05-05
        ---
        Facebook said on Wednesday it removed 40 Pages linked to Peru.
        """, "c.md": """\
        ---
        title: Third
        published: 2022-07-07
        ---
        Twitter said on Thursday it suspended three networks from Peru.
        """})
    answer = answer_question("How many Peruvian networks has Facebook removed?", kb)
    assert answer.text.splitlines()[:2] == [
        "The knowledge base has 2 takedowns for Facebook, Peru (each announcement counted once); no source "
        "gives a count of networks for them.", "Here is what the knowledge base reports for Facebook, Peru:"]
    assert answer_question("How many times has Facebook removed Peruvian networks?", kb).text.splitlines()[0] == (
        "The knowledge base has 2 takedowns for Facebook, Peru (each announcement counted once).")
    # where a source counts them, its count is the answer
    assert answer_question("How many Peruvian networks did Twitter remove?", kb).text.splitlines()[:2] == [
        "Here is what the knowledge base reports for Twitter, Peru:",
        "\u2022 Twitter suspended 3 networks (from Peru), July 7, 2022 [1]"]


def test_no_answer_for_a_period_never_counts_the_other_dates_from_a_partial_read(tmp_path: Path) -> None:
    start = dt.date(2015, 1, 1)
    docs = {f"d{i:03}.md": f"---\ntitle: Report {i}\npublished: {start + dt.timedelta(days=3 * i)}\n---\n"
                           f"Twitter said it had suspended {100 + i} accounts run from Peru.\n"
            for i in range(ROW_LIMIT + 10)}
    answer = answer_question("How many accounts did Twitter remove in 2012?", kb_from(tmp_path, docs))
    assert answer.status == "no_answer"
    # the read stops at ROW_LIMIT facts: how many dates lie beyond the six shown is unknown, and not made up
    assert ("For Twitter it has takedowns dated January 1, 2015, January 4, 2015, January 7, 2015, January 10, 2015, "
            "January 13, 2015 and January 16, 2015 and more.") in answer.text


def test_lists_past_a_partial_read_say_at_least(tmp_path: Path) -> None:
    start = dt.date(2015, 1, 1)
    docs = {f"d{i:03}.md": f"---\ntitle: Report {i}\npublished: {start + dt.timedelta(days=10 * i)}\n---\n"
                           f"Twitter said it had suspended {100 + i} accounts run from Peru.\n"
                           f"Facebook said it had removed {300 + i} accounts run from Peru.\n"
            for i in range(ROW_LIMIT + 10)}
    kb = kb_from(tmp_path, docs)
    networks = answer_question("Which networks came from Peru?", kb).text.splitlines()
    # (how many is known only of the facts read: "at least")
    assert re.fullmatch("\u2026 and at least \\d+ more; narrow the question to see them.", networks[-1])
    compared = answer_question("Compare Twitter and Facebook takedowns from Peru", kb).text
    assert "  \u2026 and at least " in compared


TIPS_OF_KINDS = {"t.md": """\
    ---
    title: Tips
    published: 2020-04-02
    ---
    Twitter said on Thursday it had suspended 120 accounts run from Peru after a tip from the FBI.

    Facebook said on Thursday it had removed 40 Pages linked to Chile, after the security firm Mandiant alerted it.
    """}


@pytest.mark.parametrize(("question", "status", "head"), [
    ("Which takedowns started with a tip from law enforcement?", "answered",
     "Tips from law enforcement to the platforms: FBI."),
    ("Did any security firms tip off Facebook?", "answered", "Tips from security firms to Facebook: Mandiant."),
    ("Which takedowns were prompted by journalists?", "no_answer",
     "The knowledge base records no tip from journalists; the tips it records came from FBI and Mandiant."),
])
def test_tips_from_a_kind_of_source(tmp_path: Path, question: str, status: str, head: str) -> None:
    answer = answer_question(question, kb_from(tmp_path, TIPS_OF_KINDS))
    assert (answer.status, answer.text.splitlines()[0]) == (status, head)


def test_another_outlets_figure_in_the_same_document_is_cited_by_number(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"v.md": """\
        ---
        title: Variants
        published: 2021-06-08
        ---
        Twitter said on Tuesday it had suspended 1,860 accounts run from Iran.

        One wire service rounded it to "more than 1,800" accounts.
        """})
    answer = answer_question("How many Iranian accounts did Twitter suspend?", kb)
    assert answer.text.splitlines()[1] == (
        "\u2022 Twitter suspended 1,860 accounts (run from Iran), June 8, 2021 [1] [2] (also reported as more than "
        "1,800 accounts per Variants [2])")


def test_a_count_of_assets_is_the_same_takedown_as_its_pages_groups_and_accounts(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": """\
        ---
        title: Post
        published: 2019-01-31
        ---
        Facebook said on Thursday it removed 783 Pages, groups and accounts tied to Iran.
        """, "b.md": """\
        ---
        title: Wire
        published: 2019-01-31
        ---
        Twitter said on Thursday it removed 418 accounts; Facebook's 783-asset takedown came the same day.
        """})
    lines = answer_question("What did Facebook remove in January 2019?", kb).text.splitlines()
    assert lines[1:] == ["\u2022 Facebook removed 783 pages, groups and accounts combined (tied to Iran), January 31, "
                         "2019 [1] [2]"]


def test_when_with_no_date_anywhere_says_the_sources_do_not_say(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"undated.md": "TikTok removed the Palegrove network\n\nTikTok said it removed 52 accounts "
                                          "belonging to the Palegrove network.\n"})
    answer = answer_question("When did TikTok remove Palegrove?", kb)
    assert answer.status == "answered"
    assert answer.text.splitlines() == [
        "The sources do not say when:",
        "\u2022 date unknown: TikTok removed 52 accounts [1]"]


def test_a_quoted_sentence_is_labelled_without_a_title_figure_the_quote_does_not_give(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"e.md": "---\ntitle: The Weekly Signal, episode 212\npublished: 2024-04-22\n---\nWe found "
                                    "about 40 Telegram channels tied to Velvet Moth, a researcher said on the show.\n"})
    answer = answer_question("How many Telegram channels were tied to Velvet Moth?", kb)
    assert answer.text.splitlines()[1:] == [
        "\u201cWe found about 40 Telegram channels tied to Velvet Moth, a researcher said on the show.\u201d [1] "
        "\u2014 April 22, 2024"]
    assert answer.citations[0].title == "The Weekly Signal, episode 212"


def test_a_network_named_with_a_typo_and_a_union_of_states_and_an_unnamed_one_by_who_ran_it(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "x.md": "---\ntitle: X\npublished: 2024-06-04\n---\nX said on Tuesday it suspended more than 1,800 accounts "
                "tied to a Russian network known as Grey Stork.\n",
        "m.md": "---\ntitle: M\npublished: 2024-05-22\n---\nMeta said on Wednesday it removed 96 Facebook accounts "
                "run from Poland and aimed at Romania, linked to Kestrel Wharf, a public relations agency.\n"})
    counted = answer_question("How many accounts did X suspend in the Rusian Grey Stork network before the EU "
                              "elections?", kb)
    assert counted.text.splitlines()[1] == ("\u2022 Twitter suspended more than 1,800 accounts (Russian network), "
                                            "June 4, 2024 [1]")
    listed = answer_question("Which networks have targeted Romania?", kb)
    assert listed.text.splitlines()[1] == (
        "\u2022 A network the sources do not name, linked to Kestrel Wharf: Facebook removed 96 accounts (run from "
        "Poland), May 22, 2024 [1]")


def test_who_was_behind_names_the_country_of_a_city_an_entity_is_based_in(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"m.md": "---\ntitle: M\npublisher: Meta\npublished: 2024-05-22\n---\n## Poland\n\nWe "
                                    "removed 96 Facebook accounts. This network originated in Poland and targeted "
                                    "Moldova.\n\nOur investigation found links to Kestrel Wharf, "
                                    "which ran this activity on behalf of a political consultancy client based in "
                                    "Chisinau.\n"})
    assert answer_question("Who was behind the Polish network?", kb).text.splitlines()[1] == (
        "\u2022 Facebook, May 22, 2024 (96 accounts): Kestrel Wharf and political consultancy client based in "
        "Chisinau (Moldova) (originated in Poland) [1] [2]")  # [2]: "Our investigation found links to Kestrel Wharf…"


def test_a_network_no_figure_names_is_not_answered_with_another_named_network(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"o.md": "---\ntitle: Opinion\npublished: 2023-11-02\n---\nIn 2019, Facebook removed "
                                    "what it called \"Operation Sandpiper\", a network run from Egypt that targeted "
                                    "Libya and Sudan.\n\nIn 2020, Reddit banned 55 accounts linked to a Russian "
                                    "campaign researchers called \"Operation Wren\", which seeded forged documents.\n"})
    answer = answer_question("Who did Operation Wren target?", kb)
    assert "Sandpiper" not in answer.text and "Libya" not in answer.text
    assert answer.citations[0].quote.startswith("In 2020, Reddit banned 55 accounts")


def test_a_named_network_the_sources_do_not_place_is_answered_by_its_name(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"r.txt": "---\ntitle: Roundup\npublished: 2024-10-09\n---\nTikTok removed 412 accounts "
                                     "belonging to the so-called Sabia network, which posed as ordinary voters.\n"})
    answer = answer_question("How many accounts did TikTok remove from the Brazilian Sabia network?", kb)
    assert answer.text.splitlines()[1] == "\u2022 TikTok removed 412 accounts, October 9, 2024 [1]"
    assert answer_question("How many accounts did TikTok remove from Brazil?", kb).status == "no_answer"


def test_a_misspelt_search_word_is_read_as_the_corpus_word_and_bigger_asks_for_a_comparison(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"o.md": "---\ntitle: Update\npublished: 2025-04-24\n---\nWe banned 14 accounts run by "
                                    "an operation we call Glass Pear. The operators wrote articles in German and "
                                    "Dutch for websites styled as regional newspapers in both languages.\n"})
    answer = answer_question("glass pear regional newspapers langauges", kb)
    assert (answer.status, answer.citations[0].quote) == (
        "answered", "The operators wrote articles in German and Dutch for websites styled as regional newspapers in "
                    "both languages.")
    assert understand("Which takedown was bigger: YouTube's or X's?", kb.lexicon).intent == "compare"


def test_a_size_researchers_estimated_is_answered_as_an_estimate_not_a_takedown(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"f.md": "---\ntitle: Saffron Wire, explained\npublished: 2024-05-09\n---\nMeta said it "
                                    "removed 47 Facebook accounts tied to the network it calls Saffron Wire.\n\n"
                                    "Researchers at the Harbour Gate Institute estimate that the wider operation may "
                                    "control up to 400 accounts across six platforms.\n"})
    answer = answer_question("How many accounts does the Saffron Wire network control according to researchers?", kb)
    assert answer.text.splitlines()[:2] == [
        "Estimated network size as the sources report it for Saffron Wire (reach, not takedown counts):",
        "\u2022 up to 400 accounts in an outside estimate of the network's size (Saffron Wire), May 9, 2024 [1]"]
    counted = answer_question("How many accounts did Meta remove from Saffron Wire?", kb)
    assert "400" not in counted.text.split("Sources:")[0]


def test_asked_whether_the_sources_agree_the_outside_count_is_shown_beside_the_removal(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"p.md": "---\ntitle: Pinterest acts\npublished: 2024-06-20\n---\nPinterest said on "
                                    "Wednesday it removed 240 accounts and 1,100 boards tied to the network, which "
                                    "researchers have nicknamed Linen Hall.\n\nThe group's researchers said they had "
                                    "identified 262 accounts.\n\nFive board members of the group signed the report.\n"})
    lines = answer_question("How many accounts did Pinterest remove in Linen Hall, and do the sources agree?",
                            kb).text.splitlines()
    assert lines[:4] == [
        "Here is what the knowledge base reports for Pinterest, Linen Hall:",
        "\u2022 Pinterest removed 240 accounts, June 19, 2024 [1]",
        "Estimated network size as the sources report it for Pinterest, Linen Hall (reach, not takedown counts):",
        "\u2022 262 accounts in an outside estimate of the network's size (Linen Hall), June 20, 2024 [2]"]


def test_a_network_asked_about_by_its_hyphened_figure_is_found_though_its_country_is_not_told(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"t.md": "---\ntitle: T\npublisher: TikTok\npublished: 2025-02-04\n---\nWe removed 1,306 "
                                    "accounts operated from Ecuador that targeted Ecuadorian voters.\n\nIn October "
                                    "2023, we removed 214 accounts in a smaller network.\n"})
    assert understand("the earlier 214-account network", kb.lexicon).numbers == [214]
    answer = answer_question("When did TikTok take down the earlier 214-account network targeting Ecuador?", kb)
    assert answer.text.splitlines()[:2] == ["In October 2023.",
                                            "\u2022 October 2023: TikTok removed 214 accounts [1] (reported "
                                            "February 4, 2025)"]


def test_a_figure_the_sources_do_not_give_is_never_answered_yes(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"f.md": "---\ntitle: Fact check\npublished: 2024-02-08\n---\nTikTok removed 1,934 "
                                    "accounts in a network that originated in China and targeted audiences in "
                                    "Taiwan.\n"})
    claimed = answer_question("did tiktok realy delete 2 milion chinese bot acounts targetting taiwan?", kb)
    assert claimed.text.splitlines()[0] == "The sources give no such figure; this is what they report:"
    assert "\u2022 TikTok removed 1,934 accounts" in claimed.text
    assert answer_question("Did TikTok remove 1,934 accounts from China?", kb).text.startswith("Yes.\n")


def test_a_day_of_the_month_is_no_figure_a_yes_or_no_question_claims(seeds_kb: KnowledgeBase) -> None:
    answer = answer_question("Did Facebook remove accounts linked to Iran on August 21, 2018?", seeds_kb)
    assert answer.text.startswith("Yes.\n")
    assert answer_question("Did Facebook remove 3 million accounts linked to Iran?", seeds_kb).text.startswith(
        "The sources give no such figure; this is what they report:\n")


def test_when_a_tip_was_given_is_its_own_day_and_the_takedown_keeps_its_own(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": (
        "---\ntitle: Agency welcomes removals\npublished: 2024-11-14\n---\nOn 2 October 2024, the Agency for "
        "Digital Safety referred the Amber Gull network to Meta and TikTok.\nActing on that "
        "referral, Meta said on Tuesday it removed 120 Facebook accounts linked to Latvia.\n")})
    asked = answer_question("When did the Agency for Digital Safety refer the Amber Gull network to Meta?", kb)
    assert asked.text.splitlines() == ["On October 2, 2024.",
                                       "\u2022 October 2, 2024: Agency for Digital Safety tipped off Facebook [1]"]
    assert [c.quote for c in asked.citations] == [
        "On 2 October 2024, the Agency for Digital Safety referred the Amber Gull network to Meta and TikTok."]
    assert answer_question("When did TikTok get tipped off?", kb).text.splitlines()[0] == "On October 2, 2024."
    assert answer_question("When did Meta remove the Latvian accounts?", kb).text.splitlines()[0] == \
        "On November 12, 2024."


def test_the_single_largest_takedown_asked_for_is_one_named_and_may_be_told_in_a_look_back(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"review.md": (
        "---\ntitle: The year in numbers\npublished: 2022-01-04\n---\nWe went back through the year's "
        "announcements.\n\n**3,906** \u2014 Facebook accounts Meta removed in October 2021 from Brass Heron, a "
        "network run from Laos.\n\n**1,207** \u2014 Instagram accounts Meta removed in May 2021 from a network run "
        "from Chile.\n")})
    one = answer_question("What was Meta's biggest single takedown of 2021?", kb)
    assert one.text.splitlines() == [
        "The largest takedown by number of accounts (as each source counts them) for Facebook, in 2021:",
        "\u2022 Brass Heron: Facebook removed 3,906 accounts (run from Laos), October 2021 [1]"]
    assert [line[:40] for line in answer_question("What were Meta's largest takedowns in 2021?", kb).text.splitlines()
            [1:]] == ["\u2022 Brass Heron: Facebook removed 3,906 ac", "\u2022 Facebook removed 1,207 Instagram accou"]


def test_who_was_behind_cites_the_sentence_that_ties_the_network_to_its_runner(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": (
        "---\ntitle: A\npublished: 2023-11-28\n---\nMeta said on Tuesday it removed 140 accounts linked to Latvia.\n"
        "Reporters wrote to Dune Street Media, but it did not reply.\n"
        "Meta said it had found links between the network and individuals associated with Dune Street Media.\n")})
    answer = answer_question("Who was behind the Latvian network?", kb)
    assert [c.quote for c in answer.citations] == [
        "Meta said on Tuesday it removed 140 accounts linked to Latvia.",
        "Meta said it had found links between the network and individuals associated with Dune Street Media."]


def test_a_compared_side_with_only_a_years_total_is_not_called_zero_takedowns(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublished: 2025-02-18\n---\nIn 2022, Meta removed a total of "
                                    "4,120 accounts across all the influence networks it disclosed, while YouTube "
                                    "terminated 2,075 channels over the year.\n\nIn May 2022, YouTube terminated 61 "
                                    "channels run from Chile.\n"})
    lines = answer_question("Did YouTube remove more than Meta in 2022?", kb).text.splitlines()
    assert lines[1:] == [
        "*YouTube* \u2014 1 takedown:",
        "  \u2022 YouTube terminated 2,075 channels in all, across networks (a total for the period, not one "
        "takedown), 2022 [1] (mentioned in a later report)",
        "  \u2022 YouTube terminated 61 channels (run from Chile), May 2022 [2] (mentioned in a later report)",
        "*Facebook* \u2014 totals only, no single takedown:",
        "  \u2022 Facebook removed 4,120 accounts in all, across networks (a total for the period, not one takedown), "
        "2022 [1] (mentioned in a later report)"]


def test_a_listed_takedown_names_its_network_and_quotes_the_name_where_its_figures_quote_does_not(
        tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: Tracker\npublished: 2025-03-21\n---\nThe network the researchers "
                                    "call Heron Gate posed as local journalists.\n\nX said on March 19 that it "
                                    "had suspended 96 accounts run from Bangladesh and tied to the same network.\n"})
    answer = answer_question("What did X take down in March 2025?", kb)
    assert answer.text.splitlines() == [
        "Here is what the knowledge base reports for Twitter, in March 2025:",
        "\u2022 Heron Gate: Twitter suspended 96 accounts (run from Bangladesh), March 19, 2025 [1]",
        "The name Heron Gate is the sources' own: [2]"]
    assert [c.quote for c in answer.citations] == [
        "X said on March 19 that it had suspended 96 accounts run from Bangladesh and tied to the same network.",
        "The network the researchers call Heron Gate posed as local journalists."]


def test_a_count_asked_of_a_named_network_is_answered_only_by_a_sentence_that_tells_of_that_removal(
        tmp_path: Path) -> None:
    post = ("# r/threatintel\n\n## Reddit just took down \"Gull Relay\" \u2014 my notes and guesses\n\n**Posted by "
            "u/owl \u00b7 14 Jan 2025**\n\nReddit's safety team posted this on Reddit:\n\n> We removed 51 accounts "
            "that were part of the network, which we are calling Gull Relay.\n\nMy own take:\n\n- I'd also bet "
            "they're running Facebook Pages. No evidence.\n- The "
            "Telegram channels went quiet too, but Telegram has never confirmed removing them or published any "
            "numbers.\n")
    kb = kb_from(tmp_path, {"post.md": post, "other.md": "---\ntitle: Meta removes pages\npublished: 2024-05-01\n---\n"
                                                      "Meta said it removed 40 Facebook Pages run from Peru.\n\nMeta "
                                                      "also removed 9 Facebook Pages run from Chile.\n"})
    guessed = answer_question("How many Facebook Pages did Meta remove in Gull Relay?", kb)
    assert (guessed.status, guessed.citations) == ("no_answer", [])
    withheld = answer_question("How many Gull Relay channels did Telegram take down?", kb)
    assert (withheld.status, [c.quote for c in withheld.citations]) == ("answered", [
        "The Telegram channels went quiet too, but Telegram has never confirmed removing them or published any "
        "numbers."])


def test_the_largest_influence_network_is_not_a_platform_s_spam_cleaning_nor_a_total_across_networks(
        tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"t.md": "---\ntitle: t\npublished: 2023-12-14\n---\nTikTok said on Wednesday it disrupted "
                                    "eight networks and removed 9,120 accounts belonging to them. It also removed 150 "
                                    "million fake accounts, most of them blocked at sign-up.\n\nTikTok removed 3,870 "
                                    "accounts run from Ecuador.\n\nTikTok removed 1,200 accounts run from Peru.\n"})
    lines = answer_question("What was the largest network TikTok removed?", kb).text.splitlines()
    assert lines[1:] == ["\u2022 TikTok removed 3,870 accounts (run from Ecuador), December 13, 2023 [1]"]


def test_a_count_of_influence_operations_leaves_out_a_platform_s_spam_cleaning(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"t.md": "---\ntitle: t\npublished: 2023-12-14\n---\nTikTok said on Wednesday it removed "
                                    "150 million fake accounts, most of them blocked at sign-up.\n\nTikTok said on "
                                    "Wednesday it removed 3,870 accounts run from Ecuador.\n"})
    lines = answer_question("How many accounts did TikTok remove for covert influence operations?", kb
                            ).text.splitlines()
    assert lines[1:] == ["\u2022 TikTok removed 3,870 accounts (run from Ecuador), December 13, 2023 [1]"]
    assert "TikTok removed 150 million accounts" in answer_question("How many accounts did TikTok remove?", kb).text


def test_a_count_of_fake_accounts_or_spam_is_the_platform_s_cleaning_not_its_influence_networks(
        tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"t.md": "---\ntitle: t\npublished: 2023-12-14\n---\nTikTok said on Wednesday it removed "
                                    "150 million fake accounts, most of them blocked at sign-up.\n\nTikTok said on "
                                    "Wednesday it removed 3,870 accounts run from Ecuador.\n"})
    assert answer_question("How many fake accounts did TikTok remove in December 2023?", kb).text.splitlines()[1:] == [
        "\u2022 TikTok removed 150 million accounts (not an influence operation), December 13, 2023 [1]"]
    # (asked about a country's accounts, "fake" is how people call any network's)
    assert "3,870 accounts" in answer_question("How many fake accounts from Ecuador did TikTok remove?", kb).text


def test_who_ran_a_network_is_read_from_any_report_of_its_takedown_and_quoted_where_it_is_told(tmp_path: Path) -> None:
    wire = ("---\ntitle: Wire\npublished: 2024-01-23\n---\nX said on Monday it had suspended about 700 accounts linked "
            "to a network Latvia calls Birch Echo.\n\nAccording to the ministry, the campaign was run by Dvina Media "
            "Group, a company registered in Minsk.\n\nX did not say whether it agreed that the network was run by "
            "the Belarusian Army.\n")
    roundup = ("---\ntitle: Roundup\npublished: 2024-01-26\n---\nX's safety team said on Wednesday it had suspended "
               "734 accounts tied to the network Latvia calls Birch Echo.\n")
    kb = kb_from(tmp_path, {"wire.md": wire, "roundup.md": roundup})
    answer = answer_question("Who does Latvia say ran the Birch Echo campaign?", kb)
    assert answer.status == "answered"
    assert "Dvina Media Group" in answer.text and "Army" not in answer.text
    assert "According to the ministry, the campaign was run by Dvina Media Group, a company registered in Minsk." in [
        c.quote for c in answer.citations]


def test_a_total_across_platforms_is_told_as_no_one_platform_s(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"s.md": "---\ntitle: t\npublished: 2023-11-16\n---\nOn the 14th, Meta removed 90 Facebook "
                                    "accounts and 20 Pages run from Ghana. YouTube had already terminated 30 channels "
                                    "linked to the same operators. In all, 140 accounts, Pages and channels were "
                                    "removed across the two platforms.\n"})
    lines = answer_question("What did Meta and YouTube take down in November 2023?", kb).text.splitlines()
    assert [line for line in lines if "140" in line] == [
        "\u2022 Across platforms: 140 accounts, pages and channels combined in all (the sum of the figures told with "
        "it), November 16, 2023 [3]"]


def test_a_platform_the_vocabulary_does_not_know_is_asked_about_by_its_name(tmp_path: Path) -> None:
    report = ("---\ntitle: Misuse of our models\npublisher: Quillmark AI\npublished: 2024-10-30\n---\nQuillmark AI's "
              "safety and investigations team looks for people who misuse our models.\n\nWe banned 14 accounts run "
              "from China that drafted comments aimed at audiences in Taiwan.\n\nIn a separate case that was not an "
              "influence operation, we banned 31 accounts that wrote messages for a job scam run from Laos.\n")
    kb = kb_from(tmp_path, {"q.md": report})
    answer = answer_question("How many accounts did quillmark ai ban?", kb)
    assert answer.text.splitlines()[1:3] == [
        "\u2022 Quillmark AI banned 14 accounts (run from China), October 30, 2024 [1]",
        "\u2022 Quillmark AI banned 31 accounts (not an influence operation) (run from Laos), October 30, 2024 [2]"]


def test_one_source_s_figures_for_a_network_in_months_of_their_own_are_added_up(tmp_path: Path) -> None:
    bulletin = ("---\ntitle: Bulletin\npublisher: Google\npublished: 2024-07-25\n---\n## April\n\n- We terminated 14 "
                "YouTube channels as part of our investigation into coordinated influence operations linked to Russia. "
                "The campaign was linked to Kestrel Wire.\n\n## May\n\n- We terminated 52 YouTube channels as part of "
                "our investigation into coordinated influence operations linked to Russia. The campaign was linked to "
                "Kestrel Wire.\n")
    kb = kb_from(tmp_path, {"b.md": bulletin})
    answer = answer_question("How many YouTube channels linked to Kestrel Wire did Google terminate in total?", kb)
    assert answer.text.splitlines()[-1] == ("Together: 66 YouTube channels \u2014 the sum of 14 and 52 above, each a "
                                            "separate announcement.")


def test_the_largest_takedown_is_a_network_s_not_accounts_that_came_back(tmp_path: Path) -> None:
    report = ("---\ntitle: Q3 report\npublisher: TikTok\npublished: 2024-10-24\n---\nIn this quarter we removed 2,950 "
              "accounts associated with previously disrupted networks attempting to re-establish their presence.\n\n"
              "We removed 1,054 accounts in a network that operated from Indonesia.\n\nWe removed 311 accounts in a "
              "network that operated from Argentina.\n")
    answer = answer_question("What was the largest network TikTok removed?", kb_from(tmp_path, {"q.md": report}))
    assert answer.text.splitlines()[1] == ("\u2022 TikTok removed 1,054 accounts (operated from Indonesia), "
                                           "October 24, 2024 [1]")


def test_findings_a_bulletin_calls_similar_to_its_own_are_credited_in_its_words(tmp_path: Path) -> None:
    bulletin = ("---\ntitle: Bulletin\npublisher: Google\npublished: 2024-07-25\n---\n## June\n\n- We terminated 12 "
                "YouTube channels as part of our investigation into coordinated influence operations linked to Serbia. "
                "Our findings are similar to the findings reported by the Sava Data Lab.\n")
    answer = answer_question("Whose findings did Google say were similar to its own?", kb_from(tmp_path, {"b.md":
                                                                                                       bulletin}))
    assert answer.text.splitlines()[:2] == [
        "Whose findings Google called similar to their own: Sava Data Lab.",
        "\u2022 Sava Data Lab reported findings about Serbia that Google called similar to its own (reported June 1, "
        "2024) [1]; the takedown: 12 YouTube channels (linked to Serbia), June 2024 [2]"]


def test_a_government_s_request_is_told_as_a_request_and_a_withheld_figure_as_withheld(tmp_path: Path) -> None:
    story = ("---\ntitle: t\npublished: 2024-06-01\n---\nIn March 2024, after pressure from officials, Telegram "
             "restricted access in Ruritania to a cluster of channels run by a network known as \"Beacon\". Telegram "
             "did not say how many channels it restricted.\n\nTelegram restricted access in Austria to 12 channels "
             "tied to another operation at the request of the Austrian government.\n")
    kb = kb_from(tmp_path, {"s.md": story})
    withheld = answer_question("How many Telegram channels were restricted for the Beacon network?", kb)
    assert withheld.text.splitlines()[1] == ("\u2022 Telegram reported that it restricted access to channels, March "
                                             "2024, without giving a figure [1] (mentioned in a later report); the "
                                             "source says Telegram did not say how many [2]")
    asked = answer_question("At whose request did Telegram restrict channels in Austria?", kb)
    assert asked.text.splitlines()[:2] == [
        "At whose request Telegram acted about Austria: Austrian government.",
        "\u2022 Austrian government asked Telegram to act (reported June 1, 2024) [1]; the takedown: 12 channels, "
        "June 1, 2024 [1]"]


def test_a_count_asked_of_a_request_quotes_the_sentence_with_its_figure(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"brief.md": """\
        ---
        title: Agency asks Telegram to block channels
        published: 2025-12-12
        ---
        Peru's electronic media agency said on Thursday it had asked Telegram to block 58 channels.
        """, "explainer.md": """\
        ---
        title: Reading the numbers
        published: 2026-02-10
        ---
        In December, the Peruvian media regulator asked Telegram to block a list of channels.
        """})
    answer = answer_question("How many channels did the Peruvian media regulator ask Telegram to block?", kb)
    assert [c.document for c in answer.citations] == ["brief.md", "explainer.md"]
    assert answer.text.splitlines()[1].startswith("\u201cPeru's electronic media agency said on Thursday it had asked "
                                                  "Telegram to block 58 channels.\u201d [1]")


def test_a_count_asked_with_who_requested_it_answers_both_with_one_numbering(tmp_path: Path) -> None:
    story = ("---\ntitle: t\npublished: 2024-09-30\n---\nTelegram restricted access in Austria to 14 channels tied to "
             "the Russian operation Birch Lantern after a request from the Austrian government.\n")
    answer = answer_question("How many Birch Lantern channels did Telegram restrict, and at whose request?",
                             kb_from(tmp_path, {"s.md": story}))
    assert answer.text.splitlines()[2:4] == [
        "At whose request Telegram acted: Austrian government.",
        "\u2022 Austrian government asked Telegram to act against the network from Russia (reported September 30, "
        "2024) [1]; the takedown: 14 channels (tied to the Russian operation Birch Lantern), September 30, 2024 [1]"]
    assert len(answer.citations) == 1


def test_a_platform_that_hosts_nothing_of_a_network_is_quoted_saying_so(tmp_path: Path) -> None:
    post = ("---\ntitle: An actor we track\npublished: 2024-09-12\n---\nStorm-3141 has operated a network of covert "
            "websites that researchers have called \"Tin Minaret\".\n\nMicrosoft does not host the websites or "
            "social media accounts used in this operation.\n")
    answer = answer_question("How many accounts did Microsoft take down in the Storm-3141 operation?",
                             kb_from(tmp_path, {"p.md": post}))
    assert (answer.status, [c.quote for c in answer.citations]) == (
        "answered", ["Microsoft does not host the websites or social media accounts used in this operation."])


def test_a_takedown_told_without_a_figure_names_its_network(tmp_path: Path) -> None:
    report = ("---\ntitle: Misuse of our models\npublisher: Quillmark AI\npublished: 2024-10-30\n---\nQuillmark AI's "
              "safety team wrote this.\n\n## Reef Desk (Ghana)\n\nWe banned a small cluster of accounts that wrote "
              "comments about Ghana's election.\n")
    answer = answer_question("How many accounts did Quillmark AI ban over the Ghana operation?",
                             kb_from(tmp_path, {"q.md": report}))
    assert answer.text.splitlines()[-2:] == [
        "\u2022 Reef Desk: Quillmark AI reported that it banned accounts (from Ghana), October 30, 2024, without "
        "giving a figure [1]", "The name Reef Desk is the sources' own: [2]"]


def test_a_period_whose_only_figure_is_a_running_total_has_no_takedown(tmp_path: Path) -> None:
    bulletin = ("---\ntitle: Bulletin\npublisher: Google\npublished: 2024-07-25\n---\nSince we began tracking the "
                "spam network in 2020, we have terminated more than 90,000 YouTube channels linked to it.\n\n## May\n\n"
                "- We terminated 30 YouTube channels linked to Peru.\n")
    answer = answer_question("What did Google take down in Q3 2024?", kb_from(tmp_path, {"b.md": bulletin}))
    assert (answer.status, answer.text.splitlines()[:2]) == ("no_answer", [
        "I found no takedown in the knowledge base on Google + in Q3 2024. The only figure the sources date then is a "
        "running total, not a takedown of that period:",
        "\u2022 Google terminated more than 90,000 YouTube channels in all over time (a running total, not one "
        "takedown), July 25, 2024 [1]"])


def test_the_largest_takedown_leaving_spam_aside_leaves_it_out(tmp_path: Path) -> None:
    roundup = ("---\ntitle: June roundup\npublished: 2024-07-05\n---\nX said it suspended 5,300,000 accounts for spam "
               "in June.\n\nTikTok said in June it took down 1,915 accounts operated from Pakistan.\n")
    answer = answer_question("Leaving spam aside, what was the largest takedown in June 2024?",
                             kb_from(tmp_path, {"r.md": roundup}))
    assert "1,915" in answer.text and "5,300,000" not in answer.text


def test_a_compared_network_s_reports_from_several_sources_are_not_added_up(tmp_path: Path) -> None:
    brief = ("---\ntitle: Brief\npublished: 2024-04-12\n---\nTikTok pulled 1,240 accounts in the Reed Loop network, "
             "run from Kenya.\n")
    story = ("---\ntitle: Story\npublished: 2024-04-19\n---\nTikTok said it removed 2,470 accounts tied to Reed "
             "Loop.\n\nTikTok said it removed 610 accounts tied to Salt Vane.\n")
    answer = answer_question("Which was the bigger TikTok takedown, Reed Loop or Salt Vane?",
                             kb_from(tmp_path, {"b.md": brief, "s.md": story}))
    assert "Together" not in answer.text


def test_who_ran_it_and_who_gave_leads_answers_both_and_a_lead_is_a_tip(tmp_path: Path) -> None:
    post = ("---\ntitle: Disrupting Pale Vane\npublisher: Google\npublished: 2024-09-10\n---\nWe terminated 1,130 "
            "YouTube channels as part of our investigation into coordinated influence operations linked to Turkey. "
            "The campaign, which we call Pale Vane, was linked to Bosporus Reach, a public relations consultancy based "
            "in Istanbul.\n\nLeads from "
            "Northgate Analytics, a threat research firm, helped our investigation.2 Our findings are consistent with "
            "activity reported by other platforms.\n")
    answer = answer_question("Who was behind Pale Vane, and who gave Google leads on it?",
                             kb_from(tmp_path, {"p.md": post}))
    lines = answer.text.splitlines()
    assert "Bosporus Reach" in lines[1] and lines[2:4] == [
        "Who tipped off Google: Northgate Analytics.",
        "\u2022 Northgate Analytics tipped off Google (reported September 10, 2024) [2]; the takedown: 1,130 YouTube "
        "channels (linked to Turkey), September 10, 2024 [1]"]


def test_a_network_named_with_accents_is_found_typed_with_or_without_them(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2021-11-18\n---\nTelegram said on Thursday it had blocked 37 channels run "
                "from Belarus. Researchers call the network \"Czarny Łabędź\".\n",
        "b.md": "---\ntitle: B\npublished: 2020-10-19\n---\nGoogle said on Monday it had terminated 212 YouTube "
                "channels run from Venezuela. Researchers call the network \"Red Simón Digital\".\n"})
    for question, line in [
            ("How many channels did Telegram block in the Czarny Labedz network?",
             "\u2022 Telegram blocked 37 channels (run from Belarus), November 18, 2021 [1]"),
            ("How many channels did Google terminate in the Red Simón Digital network?",
             "\u2022 Google terminated 212 YouTube channels (run from Venezuela), October 19, 2020 [1]"),
            ("How many channels did Google terminate in the Red Simon Digital network?",
             "\u2022 Google terminated 212 YouTube channels (run from Venezuela), October 19, 2020 [1]")]:
        assert answer_question(question, kb).text.splitlines()[1] == line


def test_google_s_channels_are_youtube_channels(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2023-03-09\n---\nGoogle's video platform YouTube terminated 46 channels run "
                "from Russia.\n"})
    assert answer_question("How many YouTube channels run from Russia were taken down?", kb).text.splitlines()[1] == (
        "\u2022 Google terminated 46 channels (run from Russia), March 9, 2023 [1]")


def test_a_tip_to_google_answers_who_tipped_off_youtube(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2021-06-14\n---\nGoogle said YouTube had terminated 97 channels linked to "
                "Laos. Google said it had acted on leads from the research firm Mekong Signals.\n"})
    assert answer_question("Who tipped YouTube off about the Laos campaign?", kb).text.splitlines()[0] == (
        "Who tipped off YouTube about Laos: Mekong Signals.")


def test_where_a_network_came_from_which_its_source_could_not_tell_quotes_that(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2025-02-20\n---\nToday we removed 2,150 Instagram accounts that targeted "
                "people in Chile. Despite a long investigation, we could not determine where it originated.\n"})
    answer = answer_question("Where did the Instagram network targeting Chile originate?", kb)
    assert answer.text.splitlines() == [
        "The sources place no network for Instagram, targeting Chile anywhere; they say where it came from could "
        "not be told:", "\u2022 Facebook, February 20, 2025 [1]"]
    assert answer.citations[0].quote == "Despite a long investigation, we could not determine where it originated."


def test_accounts_of_earlier_networks_that_came_back_are_not_added_to_a_month_s_networks(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: Covert influence operations\npublisher: TikTok\npublished: 2024-12-19\n---\n"
                "In November 2024, we took action against 3 covert influence networks, totalling 2,215 accounts. We "
                "also removed 1,103 accounts associated with previously disrupted networks attempting to "
                "re-establish their presence.\n"})
    answer = answer_question("How many accounts did TikTok remove?", kb)
    assert "3,318" not in answer.text
    assert "1,103 accounts of networks removed before, trying to come back" in answer.text


def test_assets_of_several_kinds_asked_for_in_total_are_summed_and_said_to_be(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2021-11-18\n---\nTelegram said on Thursday it had blocked 37 channels, 19 "
                "groups and 64 accounts run from Belarus.\n"})
    lines = answer_question("How many Telegram assets were removed in total?", kb).text.splitlines()
    assert lines[-1] == ("In all: 120 assets \u2014 the sum of 37 channels, 19 groups and 64 accounts above, different "
                         "kinds of asset counted together.")
    # (or the kinds a question names, and only those)
    lines = answer_question("What is the sum of the channels and accounts Telegram blocked?", kb).text.splitlines()
    assert lines[-1] == ("In all: 101 assets \u2014 the sum of 37 channels and 64 accounts above, different kinds of "
                         "asset counted together.")


TWO_NETWORKS = {
    "x.md": "---\ntitle: X acts\npublished: 2024-05-02\n---\nX said on Thursday it suspended 900 accounts run from "
            "Russia, in the network researchers call \"Copper Kite\".\n\nX also suspended 300 accounts run from Peru, "
            "in a network known as \"Salt Road\".\n",
    "roundup.md": "---\ntitle: The month in takedowns\npublished: 2024-05-06\n---\nOn May 2 Reddit banned 57 "
                  "accounts tied to Copper Kite, after a report from fact-checkers.\n\nOn May 3 TikTok removed 186 "
                  "accounts run from Pakistan.\n\nOn May 4 Google terminated 41 YouTube channels linked to Copper "
                  "Kite and 23 YouTube channels linked to Salt Road.\n",
}


def test_a_figure_linked_to_another_network_is_not_the_one_asked_about(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, TWO_NETWORKS)
    answer = answer_question("How many YouTube channels did Google terminate in connection with Copper Kite?", kb)
    assert answer.text.splitlines()[1:] == ["\u2022 Google terminated 41 YouTube channels, May 4, 2024 [1]"]
    for question in ("How many accounts did Reddit remove from the Salt Road network?",
                     "How many TikTok accounts linked to Copper Kite were taken down?"):
        assert answer_question(question, kb).status == "no_answer", question


THREE_NETWORKS = {
    "report.md": "---\ntitle: Three networks\npublisher: Meta\npublished: 2024-05-02\n---\nWe removed 1,204 Facebook "
                 "accounts and 300 Instagram accounts. This network originated in Peru.\n\nWe removed 312 Facebook "
                 "accounts. This network originated in Chile.\n\nWe removed 88 Facebook accounts. This network "
                 "originated in Laos.\n",
    "story.md": "---\ntitle: Meta removes three networks\npublished: 2024-05-03\n---\nMeta said on Thursday it had "
                "removed more than 1,200 Facebook accounts run from Peru. It also removed about 310 accounts run from "
                "Chile, and fewer than 100 accounts based in Laos.\n",
}


def test_rounded_reports_of_the_same_figures_still_let_them_add_up(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, THREE_NETWORKS)
    answer = answer_question("What is the total number of Facebook accounts Meta removed in May 2024?", kb)
    assert answer.text.splitlines()[-1] == (
        "Together: 1,604 accounts \u2014 the sum of 1,204, 312 and 88 above, each a separate announcement.")
    assert "fewer than 100 accounts per Meta removes three networks" in answer.text  # (one takedown with the 88)


def test_one_takedowns_accounts_on_two_apps_add_up_when_a_total_is_asked(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, THREE_NETWORKS)
    answer = answer_question("In total, how many Facebook and Instagram accounts did Meta remove from Peru?", kb)
    assert answer.text.splitlines()[-1] == (
        "In all: 1,504 accounts \u2014 the sum of 1,204 Facebook accounts and 300 Instagram accounts above.")


def test_accounts_that_came_back_are_left_out_unless_asked_about(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"t.md": "---\ntitle: TikTok\npublished: 2024-05-06\n---\nOn May 3 TikTok removed 186 "
                                    "accounts run from Pakistan. It also removed 63 accounts that tried to rebuild "
                                    "the network.\n"})
    answer = answer_question("How many accounts were in the Pakistan-based network TikTok removed?", kb)
    assert answer.text.splitlines()[1:] == ["\u2022 TikTok removed 186 accounts (run from Pakistan), May 3, 2024 [1]"]
    back = answer_question("How many accounts tried to come back after TikTok removed the Pakistan network?", kb)
    assert "63 accounts of networks removed before, trying to come back" in back.text


ONE_NETWORK_THREE_PLATFORMS = {
    "a.md": "---\ntitle: Copper Kite removed\npublished: 2024-05-07\n---\nX said on Monday it had suspended 1,530 "
            "accounts in the network, which researchers call \"Copper Kite\" and which was run from Russia.\n\n"
            "Google's YouTube terminated 41 channels linked to the operation, and Reddit banned 57 accounts and two "
            "subreddits tied to it, the companies said.\n",
    "b.md": "---\ntitle: The month in takedowns\npublished: 2024-05-20\n---\nOn May 6 X suspended 2,100 accounts in "
            "three networks: Peru (300), Russia's \"Copper Kite\" (1,530) and Laos (270).\n\nIn May Google said it "
            "terminated 41 channels linked to Copper Kite.\n",
}


def test_a_vaguer_report_of_one_platform_s_takedown_is_left_out_of_a_sum_across_platforms(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: Two platforms act\npublished: 2023-03-10\n---\nTwitter said on Thursday it had "
                "suspended 870 accounts of the Slate Gate network, run from Serbia.\n\nYouTube said it took down "
                "dozens of channels of the Slate Gate network.\n",
        "b.md": "---\ntitle: YouTube acts\npublished: 2023-03-03\n---\nYouTube said on Thursday it had removed 95 "
                "channels of the Slate Gate network, run from Serbia.\n"})
    lines = answer_question("How many channels and accounts did YouTube and Twitter remove from Slate Gate, in sum?",
                            kb).text.splitlines()
    assert lines[4] == ("In all: 965 \u2014 the sum of 95 YouTube channels and 870 Twitter accounts above, one "
                        "takedown per platform, different kinds of asset counted together. The report without a "
                        "figure is not added.")


def test_one_networks_takedowns_on_the_platforms_asked_about_add_up_once_each(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, ONE_NETWORK_THREE_PLATFORMS)
    answer = answer_question("Across X, YouTube and Reddit, how many X accounts, YouTube channels and Reddit accounts "
                             "were removed from Copper Kite in total?", kb)
    lines = answer.text.splitlines()
    assert not any("2,100" in line for line in lines)  # (the roundup's total across networks is not Copper Kite's)
    assert sum("41 channels" in line for line in lines) == 1  # (Google's channels and YouTube's, told once)
    assert lines[-1] == ("In all: 1,628 \u2014 the sum of 41 YouTube channels, 1,530 Twitter accounts and 57 Reddit "
                         "accounts above, one takedown per platform, different kinds of asset counted together.")


LAB_AND_BULLETIN = {
    "lab.md": "---\ntitle: How we found Copper Kite\npublisher: Andes Lab\npublished: 2024-06-12\n---\nWe sent our "
              "findings to Meta on 22 January 2024 and to X on 3 February 2024.\n\nOn June 11 Meta removed 300 "
              "accounts run from Russia, in the network we call \"Copper Kite\".\n",
    "bulletin.md": "---\ntitle: Bulletin\npublisher: Google\npublished: 2024-06-30\n---\nWe terminated 41 YouTube "
                   "channels as part of our investigation into coordinated influence operations linked to Russia. "
                   "We received leads from Verdad Digital that supported us in this investigation.\n",
}


def test_when_a_lab_sent_its_findings_is_the_tips_own_day(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, LAB_AND_BULLETIN)
    answer = answer_question("When did Andes Lab send its findings to Meta?", kb)
    assert answer.text.splitlines()[:2] == ["On January 22, 2024.",
                                            "\u2022 January 22, 2024: Andes Lab tipped off Facebook [1]"]


def test_a_tip_about_the_country_a_named_network_came_from_is_shown_as_such(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, LAB_AND_BULLETIN)
    answer = answer_question("Who gave YouTube leads on the Russian Copper Kite network?", kb)
    assert answer.text.splitlines()[:2] == [
        "No tip names Copper Kite; these tips to YouTube concern networks from Russia, where it came from.",
        "Who tipped off YouTube: Verdad Digital."]


def test_the_smallest_takedown_is_sized_by_its_figure_not_by_a_ceiling_another_report_gives(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "release.md": "---\ntitle: Release\npublished: 2025-03-31\n---\nX said today it suspended 96 accounts tied to "
                      "Venezuela.\n\nX also suspended 417 accounts tied to Ethiopia.\n",
        "wire.md": "---\ntitle: Wire\npublished: 2025-03-31\n---\nX said on Monday it suspended fewer than 100 "
                   "accounts tied to Venezuela.\n",
    })
    answer = answer_question("What was the smallest X takedown?", kb)
    assert answer.text.splitlines()[1:3] == [
        "\u2022 Twitter suspended 96 accounts (tied to Venezuela), March 31, 2025 [1]",
        "\u2022 Twitter suspended 417 accounts (tied to Ethiopia), March 31, 2025 [2]"]


META_REPORT = {"m.md": """\
    ---
    title: Two networks
    publisher: Meta
    published: 2024-06-20
    ---
    ## Chile

    On June 3 we removed 310 Facebook accounts. This network originated in Chile and targeted Peru.

    We found this activity as part of our internal investigation. Our investigation found links to Andes Media, a \
marketing firm in Santiago.

    ## Laos

    On June 4 we removed 88 Facebook accounts. This network originated in Laos and targeted Thailand.

    We did not attribute this activity to any specific entity in Laos.

    ## Peru

    On June 5 we removed 300 Facebook accounts run from Peru, in a network we call "Copper Kite". A lab alerted us \
to it.

    Since then, we have removed new accounts that we tied to the same operators. We are not going to put a number \
on it yet.
    """}


def test_who_was_behind_quotes_a_source_that_says_it_names_no_one(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {name: textwrap.dedent(text) for name, text in META_REPORT.items()})
    answer = answer_question("Who was behind the Laotian network Meta removed?", kb)
    assert answer.text.splitlines()[1] == (
        "\u2022 Facebook, June 4, 2024 (88 accounts; originated in Laos) [1]; the source says: \u201cWe did not "
        "attribute this activity to any specific entity in Laos.\u201d [2]")


def test_a_platform_that_found_a_network_itself_was_not_tipped_off(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {name: textwrap.dedent(text) for name, text in META_REPORT.items()})
    answer = answer_question("Was Meta tipped off about the Chilean network?", kb)
    assert answer.text.splitlines()[:2] == [
        "No tip is recorded about Chile: the sources say Facebook found it in its own (internal) investigation:",
        "\u2022 \u201cWe found this activity as part of our internal investigation.\u201d [1]"]


def test_accounts_removed_as_they_came_back_without_a_figure_answer_a_question_about_them(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {name: textwrap.dedent(text) for name, text in META_REPORT.items()})
    answer = answer_question("How many new accounts did the Copper Kite operators create after Meta's takedown?", kb)
    assert answer.status == "answered"
    assert "300" not in answer.text
    assert answer.text.splitlines()[1].endswith("without giving a figure [1]; the source says Facebook did not say "
                                                "how many [2]")


def test_a_publisher_named_in_a_question_stands_for_the_documents_it_published(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "observer.md": "---\ntitle: TikTok acts\npublisher: Dhaka Observer\npublished: 2025-03-21\n---\nTikTok said on "
                       "Thursday it had removed nearly two hundred accounts run from Pakistan.\n",
        "wire.md": "---\ntitle: Wire\npublished: 2025-03-25\n---\nTikTok said on Monday it had removed 40 accounts run "
                   "from Nepal.\n",
    })
    answer = answer_question("How did the Dhaka Observer describe the number of accounts TikTok removed?", kb)
    assert answer.text.splitlines()[1:] == [
        "\u2022 TikTok removed nearly two hundred accounts (run from Pakistan), March 20, 2025 [1]"]


def test_a_comparison_with_a_labs_own_count_shows_that_count_as_no_removal(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "lab.md": "---\ntitle: Copper Kite\npublisher: Andes Lab\npublished: 2024-06-12\n---\nWe call the network "
                  "\"Copper Kite\". By the end of May we had counted 1,400 accounts across three platforms.\n",
        "meta.md": "---\ntitle: Meta acts\npublished: 2024-06-04\n---\nOn June 3 Meta removed 300 Facebook accounts "
                   "run from Peru, in a network researchers call \"Copper Kite\".\n",
    })
    answer = answer_question("How does Andes Lab's own count of Copper Kite accounts compare with Meta's figure?", kb)
    lines = answer.text.splitlines()
    assert "*Copper Kite* \u2014 counts or estimates of the network's size, not removals:" in lines
    assert lines[lines.index("*Copper Kite* \u2014 counts or estimates of the network's size, not removals:") + 1] \
        .startswith("  \u2022 1,400, June 12, 2024 [")


TWO_STORIES = {
    "a.txt": "Google acts\n\nLIMA (Desk) - Google said on Thursday it had terminated 2,150 YouTube channels as part "
             "of its investigation into a campaign it called Copper Kite and linked to Peru.\n",
    "b.md": "---\ntitle: Meta acts\npublished: 2024-11-21\n---\nMeta said on Thursday it had taken down a network "
            "run from Laos, which it calls Salt Road. YouTube separately terminated 73 channels linked to the same "
            "network, a Google spokesperson said.\n",
}


def test_two_networks_told_in_different_documents_add_up_when_asked_together(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, TWO_STORIES)
    answer = answer_question("How many YouTube channels did Google take down in the Copper Kite and Salt Road cases "
                             "together?", kb)
    assert answer.text.splitlines()[-1] == ("In all: 2,223 channels \u2014 the sum of 2,150 (Copper Kite) and 73 "
                                            "(Salt Road) above, one takedown per network.")


def test_a_story_dated_only_by_a_weekday_says_so(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, TWO_STORIES)
    answer = answer_question("When did Google terminate the Copper Kite channels?", kb)
    assert answer.text.splitlines()[0] == ("The sources do not say when, only that it was on a Thursday; they give "
                                           "no calendar date:")


MINISTRY = {
    "ministry.txt": ("Tuesday, 4 June 2024\n\nMINISTRY OF DIGITAL AFFAIRS\nPress statement\n\n"
                     "The Ministry calls on Meta, TikTok and Telegram to take prompt action against a network of fake "
                     "news pages that imitate local outlets in Chilean towns.\n\n"
                     "It has asked Telegram to block 48 channels that repost the network's material.\n"),
    "meta.md": "---\ntitle: Meta acts\npublished: 2024-08-15\n---\nMeta said on Thursday it removed 300 Facebook "
               "accounts run from Peru.\n",
}


def test_what_a_ministry_asked_platforms_to_do_is_answered_from_its_statement(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, MINISTRY)
    asked = answer_question("How many Telegram channels did the Chilean ministry ask Telegram to block?", kb)
    assert asked.citations[0].quote == "It has asked Telegram to block 48 channels that repost the network's material."
    which = answer_question("Which platforms did the Chilean ministry call on to act?", kb)
    assert which.citations[0].quote.startswith("The Ministry calls on Meta, TikTok and Telegram")
    when = answer_question("When did the Chilean ministry issue its statement about fake news pages?", kb)
    assert "June 4, 2024" in when.text.splitlines()[1]


NO_REMOVAL = {
    "arrest.txt": ("LIMA, Oct 3 (Wire) - Police have arrested a man they accuse of running a troll farm that praised a "
                   "candidate in the 2024 regional elections, police said on Thursday.\n\nThe suspect, Rafael Ortiz, "
                   "ran a network known among its workers as Copper Kite, which police said operated about 1,800 fake "
                   "accounts.\n\nNone of the platforms has announced removing the accounts.\n"),
    "study.md": ("---\ntitle: A study of Salt Road\npublished: 2024-09-02\n---\nResearchers studied 5,412 X accounts "
                 "of a network they call Salt Road.\n\nX had suspended an unspecified share of the accounts, and the "
                 "company has not published a figure for the network.\n"),
    "check.md": ("---\ntitle: 'Fact check: no, X did not suspend 96,000 Chilean accounts'\npublished: 2024-03-07\n---\n"
                 "In a statement on 27 February 2024, X said it had suspended 9,600 accounts run from Chile.\n\nThe "
                 "figure of 96,000 is the number of posts the accounts had published, not the number of accounts.\n"),
}


def test_a_story_whose_platforms_removed_nothing_says_so(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, NO_REMOVAL)
    answer = answer_question("How many Copper Kite accounts did Facebook remove?", kb)
    assert [c.quote for c in answer.citations] == ["None of the platforms has announced removing the accounts."]
    assert answer.text.startswith("From the sources:\n")


def test_a_lab_s_section_on_a_network_no_company_acted_on_says_so(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"lab.md": (
        "---\ntitle: What happened to the networks we reported\npublished: 2022-12-06\n---\n## Tin Lantern\n\nA "
        "network targeting Vietnam. We reported it to Meta and Twitter in August. Neither company has acted, and "
        "neither has told us why.\n\n## Reed Hollow\n\nA network in Laos. Twitter suspended 41 accounts in May.\n")})
    answer = answer_question("Did any platform take down the Tin Lantern network?", kb)
    assert [c.quote for c in answer.citations] == ["Neither company has acted, and neither has told us why."]


def test_a_removal_of_an_unspecified_share_is_one_without_a_figure(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, NO_REMOVAL)
    answer = answer_question("How many Salt Road accounts did X suspend?", kb)
    assert answer.text.splitlines()[:2] == [
        "The knowledge base reports this for Twitter, Salt Road, but gives no figure:",
        "\u2022 Twitter reported that it suspended accounts, September 2, 2024, without giving a figure [1]; the "
        "source says Twitter did not say how many [1]"]


def test_a_claimed_figure_no_source_gives_is_checked_against_what_they_report(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, NO_REMOVAL)
    answer = answer_question("Is it true that X suspended 96,000 Chilean accounts?", kb)
    lines = answer.text.splitlines()
    assert lines[0] == "The sources give no such figure (96,000); this is what they report:"
    assert lines[2].startswith("\u2022 Twitter suspended 9,600 accounts (run from Chile), February 27, 2024 [1]")
    assert lines[3] == ("What a source says of 96,000: \u201cThe figure of 96,000 is the number of posts the "
                        "accounts had published, not the number of accounts.\u201d [2]")


def test_a_figure_a_witness_put_right_at_a_hearing_is_checked_and_her_correction_quoted(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"hearing.txt": PARLIAMENT_HEARING + (
        "Ms. Rhea Okonkwo: To correct the record, it was 812 Facebook accounts, not 1,200.\n")})
    answer = answer_question("A member told a Lithuanian committee that Meta took down 1,200 accounts aimed at "
                             "Lithuanians. Was that figure right?", kb)
    lines = answer.text.splitlines()
    assert lines[0] == "The sources give no such figure (1,200); this is what they report:"
    assert lines[2].startswith("\u2022 Tin Kettle: Facebook removed 812 accounts and 95 Instagram accounts (run from "
                               "Belarus), April 18, 2024 [1]")
    assert lines[3] == ("What a source says of 1,200: \u201cMs. Rhea Okonkwo: To correct the record, it was 812 "
                        "Facebook accounts, not 1,200.\u201d [2]")


def test_when_a_platform_published_its_findings_is_the_day_its_witness_gives(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"hearing.txt": PARLIAMENT_HEARING})
    answer = answer_question("When did Meta publish its findings on Tin Kettle?", kb)
    assert answer.text.splitlines()[:3] == [
        "On April 18, 2024, as the first source says.", "From the sources:",
        "\u201cOn April 18 we published our findings on a network we call Tin Kettle.\u201d [1] \u2014 LEGISLATIVE "
        "ASSEMBLY, May 16, 2024"]


def test_an_older_case_told_in_passing_is_neither_the_headlined_network_s_nor_another_retelling_s(
        tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: X suspends 'Grey Finch' accounts\npublished: 2025-05-14\n---\nX said on Monday it had "
                "suspended 640 accounts of a network researchers call Grey Finch, run from Belarus.\n\nLast year, Meta "
                "removed a separate network of 388 accounts that targeted Latvian users and was run from Russia.\n",
        "b.md": "---\ntitle: Google acts on a consultancy\npublished: 2026-02-05\n---\nGoogle said on Tuesday it had "
                "terminated 1,163 YouTube channels run by Quayside Partners.\n\nIn 2024, Meta removed 365 Facebook "
                "accounts linked to Quayside Partners.\n"})
    answer = answer_question("How many accounts did Meta remove in the Grey Finch network?", kb)
    assert answer.status == "no_answer"
    assert "388" not in answer.text
    lines = answer_question("How many accounts did Meta remove in 2024?", kb).text.splitlines()
    assert [line for line in lines if line.startswith("\u2022")] == [
        "\u2022 Facebook removed 388 accounts (run from Russia), 2024 [1] (mentioned in a later report)",
        "\u2022 Tied to Quayside Partners: Facebook removed 365 accounts, 2024 [2] (mentioned in a later report)"]


def test_a_figure_another_body_gives_for_a_removal_told_before_is_that_removal_s_and_disagrees(
        tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"inquiry.md": (
        "---\ntitle: Inquiry into online manipulation\npublished: 2022-12-14\n---\nThe Committee finds that a "
        "coordinated network, which Meta calls the Reef Network, spread claims about the roll.\n\nMeta told the "
        "Committee that on 5 December 2022 it removed 312 Facebook accounts and 20 Pages.\n\nThe Committee heard "
        "from several witnesses.\n\nThe Digital Unit told the Committee that 336 Facebook accounts linked to the Reef "
        "Network had been removed.\n")})
    lines = answer_question("How many Facebook accounts were removed from the Reef Network?", kb).text.splitlines()
    assert lines[1] == ("\u2022 Facebook removed 312 accounts, December 5, 2022 [1] [2] \u2014 the "
                        "sources disagree: 312 accounts per Inquiry into online manipulation [1]; 336 accounts per "
                        "Inquiry into online manipulation [2]")
    assert not any(line.startswith("Together") for line in lines)


def test_all_assets_of_one_takedown_add_up_across_apps_and_kinds(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, THREE_NETWORKS)
    answer = answer_question("What is the sum of all assets Meta removed in the Peru network?", kb)
    assert answer.text.splitlines()[-1] == (
        "In all: 1,504 assets \u2014 the sum of 1,204 accounts and 300 Instagram accounts above, different kinds of "
        "asset counted together.")


def test_who_asked_a_platform_to_look_into_a_network_is_the_tip_about_where_it_came_from(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"report.md": textwrap.dedent("""\
        ---
        title: Quarterly report
        publisher: Meta
        published: 2024-08-15
        ---
        | Network | Origin | Accounts |
        |---|---|---|
        | Copper Kite | Peru | 412 |
        | Salt Road | Laos | 77 |

        ## Copper Kite (Peru)

        We began this investigation after the Ministry of Digital Affairs shared information with us in June.

        ## Salt Road (Laos)

        We opened the case based on a tip from researchers at the Vientiane Signal Lab.
        """)})
    answer = answer_question("Who asked Meta to look into the Copper Kite network?", kb)
    assert answer.text.splitlines()[0] == "Who tipped off Facebook: Ministry of Digital Affairs."


def test_how_many_accounts_a_study_analysed_is_what_it_looked_at_not_a_removal(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, NO_REMOVAL)
    answer = answer_question("How many accounts did the Salt Road study analyse?", kb)
    assert answer.citations[0].quote == "Researchers studied 5,412 X accounts of a network they call Salt Road."
    assert "5,412" not in " ".join(line for line in answer.text.splitlines() if line.startswith("\u2022"))


def test_how_many_accounts_watchers_observed_is_what_they_saw_not_a_removal(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": (
        "---\ntitle: Lab note\npublished: 2023-05-04\n---\nOver five months our analysts observed 1,520 accounts "
        "that pushed the Sable Kite posts. Meta said on Thursday it removed 404 Facebook accounts of Sable Kite.\n")})
    answer = answer_question("How many accounts did the lab say it observed in Sable Kite?", kb)
    assert answer.citations[0].quote == ("Over five months our analysts observed 1,520 accounts that pushed the Sable "
                                         "Kite posts.")


def test_a_corrected_figure_still_adds_up_with_the_figures_told_beside_the_wrong_one(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"k.txt": (
        "LIMA, April 13, 2022 —\n\nMeta said on Tuesday it took down 1,340 Instagram accounts and 85 Facebook "
        "accounts that originated in Peru.\n\nCorrection (April 14, 2022): This article incorrectly stated the number "
        "of Instagram accounts Meta removed. The company removed 1,034 Instagram accounts, not 1,340 as reported "
        "above.\n")})
    answer = answer_question("After the correction, how many Facebook and Instagram accounts did Meta remove in "
                             "Peru, in sum?", kb)
    assert answer.text.splitlines()[-1] == (
        "In all: 1,119 accounts \u2014 the sum of 85 Facebook accounts and 1,034 Instagram accounts above.")
    assert "1,340" not in answer.text  # (the article's own slip: no figure first reported)


def test_a_sources_own_running_count_of_networks_by_country_comes_before_the_count_of_announcements(
        tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"r.md": (
        "---\ntitle: Threat report\npublisher: Meta\npublished: 2024-05-02\n---\nWe removed 51 Facebook accounts "
        "that originated in Ghana.\n\nSince 2017 we have removed more than 150 networks. Russia remains the most "
        "frequent country of origin, with 41 networks removed since 2017, followed by Iran with 28.\n")})
    answer = answer_question("which country has meta removed the most networks from?", kb)
    lines = answer.text.splitlines()
    assert lines[:3] == [
        "The sources' own running counts of networks by country of origin:",
        "\u2022 Russia: 41 networks (Facebook, May 2, 2024) [1]",
        "\u2022 Iran: 28 networks (Facebook, May 2, 2024) [1]"]
    assert answer.citations[0].quote == ("Russia remains the most frequent country of origin, with 41 networks "
                                         "removed since 2017, followed by Iran with 28.")


def test_the_largest_figures_are_shown_even_where_each_one_breaks_down_a_count_of_networks(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"w.md": (
        "---\ntitle: Weekly\npublisher: Meta\npublished: 2024-06-07\n---\nWe took down five networks on Tuesday. "
        "The largest was a Nepal network: 512 Facebook accounts and 90 Pages.\n")})
    lines = answer_question("which facebook network was the largest?", kb).text.splitlines()
    assert lines[1] == "\u2022 Facebook took down 512 accounts (Nepal network), June 4, 2024 [1]"


def test_a_running_total_begun_before_the_period_asked_is_left_out_and_amplifiers_are_no_retelling(
        tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"t.md": (
        "---\ntitle: Disclosures\npublisher: Twitter\npublished: 2021-03-02\n---\nToday we are disclosing 1,210 "
        "accounts that originated in Peru. We also suspended roughly 1,150 additional accounts that amplified "
        "them.\n\nSince we launched the archive in October 2018, we have disclosed data on more than 70,000 "
        "accounts.\n")})
    lines = answer_question("how many accounts did twitter disclose in 2021?", kb).text.splitlines()
    assert lines[1:3] == ["\u2022 Twitter disclosed 1,210 accounts (originated in Peru), March 2, 2021 [1]",
                          "\u2022 Twitter suspended roughly 1,150 accounts (originated in Peru), March 2, 2021 [2]"]
    assert not any("70,000" in line for line in lines)


def test_a_count_asked_with_how_many_times_they_posted_gets_both(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"r.md": (
        "---\ntitle: Reddit bans campaign\npublished: 2023-06-14\n---\nReddit said on Wednesday it had banned 61 "
        "accounts tied to a Bolivian influence campaign, which researchers call Andes Relay.\n\nThe company said the "
        "banned accounts had posted roughly nine hundred times.\n")})
    lines = answer_question("how many accounts did reddit ban in the bolivian campaign, and how many times had they "
                            "posted?", kb).text.splitlines()
    assert lines[2:5] == [
        "\u2022 Andes Relay: Reddit banned 61 accounts (Bolivian influence campaign), June 14, 2023 [1]",
        "Posts as the sources report it for Reddit, Bolivia (reach, not takedown counts):",
        "\u2022 roughly nine hundred posts (Reddit, Andes Relay, from Bolivia), June 14, 2023 [2]"]


def test_another_network_s_ad_spending_in_the_same_report_is_no_answer_for_a_network_asked_by_name(
        tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"r.md": (
        "---\ntitle: Threat report\npublisher: Meta\npublished: 2025-08-21\n---\n## 1. Malaysia: \"Palm Row\"\n\n"
        "We removed 412 Facebook accounts.\n\nAdvertising: about $38,500 in spending for ads on Facebook.\n\n"
        "## 2. China: \"Chimney Choir\"\n\nWe removed 1,176 Facebook accounts.\n\nFollowers: fewer than 5,000 "
        "accounts followed one or more of these Pages.\n")})
    answer = answer_question("how much did chimney choir spend on ads?", kb)
    assert (answer.status, answer.text.split(". It covers")[0]) == (
        "no_answer", "The knowledge base has no ad spending figure for Chimney Choir")
    assert "$38,500" in answer_question("how much did palm row spend on ads?", kb).text


def test_a_tip_about_another_network_of_a_document_that_mentions_the_one_asked_about_is_not_its_tip(
        tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"p.md": (
        "---\ntitle: Episode 9\npublisher: TikTok\npublished: 2025-01-16\n---\nWe removed 742 accounts of a "
        "network in Malawi. The referral came from Lilongwe Fact Lab.\n\nIn November we removed 89 accounts "
        "operated from China that targeted users in Japan, a network researchers call \"Salt Tide\".\n")})
    answer = answer_question("who tipped off tiktok about salt tide?", kb)
    assert "Lilongwe" not in answer.text
    assert "Lilongwe" in answer_question("who tipped off tiktok about the malawi network?", kb).text


def test_a_network_asked_about_by_what_it_pushed_is_the_takedown_told_with_those_words(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2023-03-13\n---\nReddit said on Monday it had banned 38 accounts that "
                "promoted a crypto giveaway.\n",
        "b.md": "---\ntitle: B\npublished: 2023-05-20\n---\nReddit said on Friday it had banned nearly 400 accounts "
                "that promoted copies of weight-loss injections.\n"})
    lines = answer_question("how many accounts did reddit ban over the weight-loss injection network?",
                            kb).text.splitlines()
    assert [line for line in lines if line.startswith("\u2022")] == [
        "\u2022 Reddit banned nearly 400 accounts, May 19, 2023 [1]"]


def test_the_pages_of_a_network_asked_by_who_ran_it_have_the_pages_followers(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"m.md": (
        "---\ntitle: Meta, TikTok pull network\npublished: 2024-10-04\n---\nMeta said on Friday it had taken down "
        "146 Facebook accounts and 31 Pages run by Bituin Digital Solutions, a network researchers call the "
        "\"Tawas Network\".\n\nThe Pages had about 1.2 million followers in total.\n\nTikTok said separately it had "
        "removed 322 accounts tied to the same agency, which together had more than 870,000 followers.\n")})
    lines = answer_question("How many followers did the Bituin Digital Solutions Pages have?", kb).text.splitlines()
    assert [line for line in lines if line.startswith("\u2022")] == [
        "\u2022 about 1.2 million followers (Facebook, Tawas Network), October 4, 2024 [1]"]


def test_a_sum_asked_over_quarters_a_table_totals_adds_the_quarters_totals_and_says_so(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "s.md": "---\ntitle: Annual summary\npublisher: TikTok\npublished: 2026-01-29\n---\n| Quarter | Networks "
                "disrupted | Accounts in networks |\n|---|---|---|\n| Q1 2025 | 11 | 4,916 |\n| Q2 2025 | 9 | 2,381 |\n"
                "| Q3 2025 | 14 | 7,205 |\n",
        "e.md": "---\ntitle: Statement\npublished: 2025-02-17\n---\nTikTok said on Monday it had removed 1,380 "
                "accounts of a network aimed at German voters.\n"})
    lines = answer_question("What is the sum of accounts TikTok removed in networks in the first half of 2025?",
                            kb).text.splitlines()
    assert "Together: 7,297 accounts \u2014 the sum of the period totals 4,916 and 2,381 above, from one source " \
           "(single takedowns listed beside them are not added)." in lines
    # (and a table by year: each row that year's totals)
    kb = kb_from(tmp_path / "years", {
        "y.md": "---\ntitle: Six years\npublisher: Meta\npublished: 2026-01-29\n---\n| Year | CIB networks removed | "
                "Instagram accounts removed |\n|---|---|---|\n| 2022 | 31 | 2,840 |\n| 2023 | 24 | 1,150 |\n"})
    assert answer_question("How many Instagram accounts did Meta remove in 2022?", kb).text.splitlines()[1] == (
        "\u2022 Facebook removed 2,840 Instagram accounts in all, across networks (a total for the period, not one "
        "takedown), 2022 [1]")


def test_a_year_s_figure_and_a_month_s_within_it_are_never_added(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"r.md": (
        "---\ntitle: Five years of Mica Lantern\npublished: 2025-04-08\n---\nMica Lantern is a network run from China."
        "\n\n## 2021\n\nYouTube terminated 9,870 Mica Lantern channels in 2021.\n\n## 2022\n\nThis was the peak "
        "year: 14,215 channels. The single biggest month came in November 2022, when Google terminated 4,410 "
        "channels.\n")})
    answer = answer_question("How many channels did Google remove from Mica Lantern in 2022, combined?", kb)
    assert "Together" not in answer.text and "No total: a year's figure holds another figure of that year." in \
        answer.text.splitlines()


def test_a_named_network_s_later_removal_told_as_more_on_top_is_added_and_a_share_is_not(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "wire.md": "---\ntitle: Telegram blocks channels\npublished: 2025-06-10\n---\nTelegram on Monday blocked 180 "
                   "public channels of a network that researchers have named Lagune Bleue.\n\nOf the channels, 52 were "
                   "aimed at Togo and 27 targeted Niger.\n",
        "later.md": "---\ntitle: Telegram widens its crackdown\npublished: 2025-07-02\n---\nTelegram said on Tuesday "
                    "it had blocked a further 36 channels of the Lagune Bleue operation.\n"})
    lines = answer_question("sum of channels telegram blocked in the Lagune Bleue network", kb).text.splitlines()
    assert lines[1:] == [
        "\u2022 Telegram blocked 180 channels, June 9, 2025 [1]",
        "\u2022 Telegram blocked 52 channels and 27 channels, June 9, 2025 [2] (part of the 180 above)",
        "\u2022 Telegram blocked 36 channels, July 1, 2025 [3]",
        "Together: 216 channels \u2014 the sum of 180 and 36 above, each a separate announcement."]


def test_a_later_report_s_rounded_total_of_the_figures_listed_is_not_added_to_them(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "bulletin.md": "---\ntitle: TAG Bulletin for Q2 2025\npublisher: Google\npublished: 2025-07-10\n---\n"
                       "## April\n\nWe terminated 610 YouTube channels linked to China.\n\n## May\n\nWe terminated "
                       "520 YouTube channels linked to China.\n\n## June\n\nWe terminated 480 YouTube channels "
                       "linked to China.\n",
        "roundup.md": "---\ntitle: Platform reports roundup\npublished: 2025-08-20\n---\nGoogle, in its "
                      "second-quarter bulletin, said it had terminated "
                      "more than 1,600 YouTube channels from a Chinese network.\n"})
    lines = answer_question("sum of china-linked youtube channels google terminated in q2 2025", kb).text.splitlines()
    assert [line for line in lines if "1,600" in line and line.startswith("\u2022")] == [
        "\u2022 Google terminated more than 1,600 YouTube channels (Chinese network), June 2025 [4] (mentioned in a "
        "later report) (a later report's total of the figures listed, not another takedown)"]
    assert [line for line in lines if line.startswith("Together")] == [
        "Together: 1,610 YouTube channels \u2014 the sum of 610, 520 and 480 above, each a separate announcement. "
        "The more than 1,600 a later report gives is their total, not added."]


def test_a_day_asked_about_takes_in_what_a_story_of_that_day_reports_done_days_before(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"w.md": "---\ntitle: Telegram blocks channels\npublished: 2025-06-10\n---\nTelegram "
                                    "on Monday blocked 180 public channels run from Abidjan.\n\nIn April, Telegram "
                                    "blocked 40 channels of another network.\n"})
    lines = answer_question("how many channels did telegram block in the takedown reported on June 10, 2025?",
                            kb).text.splitlines()
    assert lines[1:2] == [
        "\u2022 Telegram blocked 180 channels (run from Abidjan, C\u00f4te d'Ivoire), June 9, 2025 [1]"]
    assert not any("40 channels" in line for line in lines)


def test_a_year_in_review_s_table_answers_questions_about_that_year(tmp_path: Path) -> None:
    from tests.test_extract import ELECTION_TABLE
    kb = kb_from(tmp_path, {"y.md": ELECTION_TABLE})
    lines = answer_question("How many accounts did TikTok remove around Laos's 2023 election?", kb).text.splitlines()
    assert lines[1] == "\u2022 TikTok removed 830 accounts, January 20, 2024 [1]"


def test_a_tip_of_no_country_that_led_to_the_named_network_s_takedown_is_listed_beside_one_placed(
        tmp_path: Path) -> None:
    story = ("---\ntitle: Reddit bans accounts\npublished: 2024-03-19\n---\nReddit said on Tuesday it had banned 212 "
             "accounts linked to Iran after a tip from researchers. The network, which the researchers call Heather "
             "Lane, posed as Scottish voters.\n\nThe tip came from the Digital Integrity Unit at the Larchfield "
             "Institute.\n")
    lines = answer_question("Who tipped Reddit off about the Heather Lane network?",
                            kb_from(tmp_path, {"r.md": story})).text.splitlines()
    assert lines[0] == "Who tipped off Reddit: researchers and Digital Integrity Unit at Larchfield Institute."


def test_whom_a_network_targeted_names_the_countries_its_words_point_back_at(tmp_path: Path) -> None:
    story = ("---\ntitle: Pulled\npublished: 2019-11-21\n---\nGoogle said on Wednesday it had terminated 1,204 "
             "YouTube channels run by an agency in Cairo, Egypt. The videos praised the army in Mali and a faction in "
             "northern Chad, and targeted viewers in both countries, Google said.\n")
    lines = answer_question("Which countries did the YouTube network Google terminated target?",
                            kb_from(tmp_path, {"g.md": story})).text.splitlines()
    assert any(line.endswith("targeted viewers in both countries (Mali and Chad) [1]") for line in lines), lines


def test_a_language_named_after_a_country_is_not_the_country_named_in_passing(tmp_path: Path) -> None:
    story = ("---\ntitle: Bulletin\npublished: 2022-03-11\n---\nIn February Google terminated 312 YouTube channels "
             "linked to Georgia. The channels uploaded Georgian- and Russian-language clips aimed at viewers in "
             "Armenia.\n")
    answer = answer_question("How many YouTube channels linked to Russia did Google terminate?",
                             kb_from(tmp_path, {"b.md": story}))
    assert answer.status == "no_answer"


def test_a_network_asked_by_who_ran_it_adds_up_with_a_named_one(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        **TWO_STORIES,
        "c.md": "---\ntitle: Filing\npublished: 2024-09-10\n---\nGoogle said it had terminated 41 YouTube channels "
                "in August 2024. The company found links to individuals employed by Larkspur Strategies.\n"})
    answer = answer_question("What is the sum of the YouTube channels removed in the Copper Kite network and in the "
                             "Larkspur network?", kb)
    assert answer.text.splitlines()[-1] == ("In all: 2,191 channels \u2014 the sum of 2,150 (Copper Kite) and 41 "
                                            "(Larkspur) above, one takedown per network.")


def test_a_network_s_name_typed_without_its_accents_finds_its_figures(tmp_path: Path) -> None:
    post = ("---\ntitle: \"Operation Gato Pardo: what we found\"\npublisher: Southlight Lab\n"
            "published: 2021-06-10\n---\n# Operation Gato Pardo: what we found\n\n"
            "We found that the network was run from Chile.\n\nOn Tuesday, Meta told us it had removed 210 Facebook "
            "accounts.\n")
    kb = kb_from(tmp_path, {"l.md": post.replace("Gato Pardo", "Gató Pardo")})
    answer = answer_question("On what date did Meta tell Southlight Lab it had removed the Gato Pardo network?", kb)
    assert answer.text.splitlines()[0] == "On June 8, 2021."


def test_a_sum_cites_each_figure_it_adds_once_and_leaves_out_reports_without_one(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: Heron\npublished: 2024-06-12\n---\nOn June 11, 2024, Meta removed 209 Facebook accounts "
                "of a network known as Heron.\n",
        "b.md": "---\ntitle: Kite\npublished: 2025-02-12\n---\nOn February 12, 2025, Meta removed 612 Facebook "
                "accounts of a network known as Kite.\n",
        "c.md": "---\ntitle: Hearing\npublished: 2025-03-04\n---\nMeta told the committee it had removed 612 Facebook "
                "accounts of the Kite network on February 12, 2025.\n",
        "d.md": "---\ntitle: Note\npublished: 2025-02-20\n---\nOn February 18, 2025, Meta removed more Facebook "
                "accounts of the Kite network, without giving a number.\n"})
    answer = answer_question("What is the sum of the Facebook accounts Meta removed in the Heron and Kite networks?",
                             kb)
    lines = answer.text.splitlines()
    assert lines[1:3] == ["\u2022 Facebook removed 209 accounts, June 11, 2024 [1]",
                          "\u2022 Facebook removed 612 accounts, February 12, 2025 [2]"]
    assert lines[3].startswith("In all: 821 accounts") and lines[3].endswith("Reports without a figure are not shown.")
    assert [c.document for c in answer.citations] == ["a.md", "b.md"]


def test_a_tip_about_what_the_lab_saw_answers_who_flagged_that_country_s_network(tmp_path: Path) -> None:
    from tests.test_extract import TV_TRANSCRIPT
    kb = kb_from(tmp_path, {"t.txt": TV_TRANSCRIPT + "\nFERRO: In its February report TikTok said it had removed 1,377 "
                                                     "accounts in that network.\n"})
    answer = answer_question("who flagged the ghana network to tiktok", kb)
    assert (answer.status, answer.text.splitlines()[0]) == (
        "answered", "Who tipped off TikTok about Ghana: Westwind Media Research Centre.")


def test_two_reach_figures_asked_together_and_a_count_beside_one_are_each_answered(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: Kite\npublished: 2021-11-04\n---\nMeta removed 52 Facebook accounts "
                                    "of the Amber Kite network, run from Chile. About 820,000 accounts followed its "
                                    "Pages. It spent around $12,300 on ads. YouTube terminated 74 channels of the "
                                    "network, which had drawn about 6.1 million views.\n"})
    both = answer_question("amber kite followers and ad spend?", kb)
    assert [line.split(" (")[0] for line in both.text.splitlines() if line.startswith("\u2022")] == [
        "\u2022 about 820,000 followers", "\u2022 around $12,300 spent on ads"]
    counted = answer_question("amber kite on yt - channels and views?", kb)
    assert counted.text.splitlines()[1].startswith("\u2022 YouTube terminated 74 channels")
    assert any(line.startswith("\u2022 about 6.1 million views") for line in counted.text.splitlines())


def test_a_first_figure_and_its_update_of_the_same_day_are_one_takedown_never_added_up(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "first.txt": "MANILA, May 20, 2021 (Wire) - Twitter has suspended about 1,300 accounts of a network known as "
                     "Amber Kite, a person familiar with the decision said.\n",
        "update.txt": "MANILA, May 20, 2021 (Wire) - Twitter said on Thursday it had removed 1,482 accounts of a "
                      "network known as Amber Kite.\n"})
    answer = answer_question("How many accounts did Twitter suspend in the Amber Kite network in May 2021?", kb)
    assert "Together" not in answer.text and "2,782" not in answer.text
    assert "the sources disagree" in answer.text.splitlines()[1]


def test_a_sum_across_platforms_is_not_stopped_by_another_app_s_figure_in_a_later_report(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: Meta and X\npublished: 2023-11-15\n---\nMeta said on Wednesday it had removed 1,164 "
                "Facebook accounts and 203 Instagram accounts of a network known as Amber Kite. Hours later, X said it "
                "had suspended 771 accounts of Amber Kite.\n",
        "b.md": "---\ntitle: Follow-up\npublished: 2023-11-22\n---\nMeta removed 1,164 Facebook accounts and 203 "
                "Instagram accounts of Amber Kite on 15 November 2023.\n"})
    answer = answer_question("What is the sum of the Facebook accounts Meta removed and the accounts X suspended from "
                             "the Amber Kite network on 15 November 2023?", kb)
    assert answer.text.splitlines()[3].startswith("In all: 1,935")


def test_months_of_any_year_may_run_over_the_year_s_end(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2023-12-05\n---\nTwitter said on Tuesday it removed 420 accounts.\n",
        "b.md": "---\ntitle: B\npublished: 2024-02-06\n---\nTwitter said on Tuesday it removed 510 accounts.\n",
        "c.md": "---\ntitle: C\npublished: 2024-06-04\n---\nTwitter said on Tuesday it removed 630 accounts.\n",
    })
    text = answer_question("How many accounts did Twitter remove ahead of the 8 February vote?", kb).text
    assert ("420" in text, "510" in text, "630" in text) == (True, True, False)


def test_the_same_figure_of_one_platform_at_about_the_same_time_is_never_added_twice(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2025-05-07\n---\nX said on Tuesday it had suspended 2,917 accounts run "
                "from Egypt.\n",
        "b.md": "---\ntitle: B\npublished: 2025-05-08\n---\nX said on Wednesday it had suspended 2,917 accounts run "
                "from Libya.\n",
    })
    text = answer_question("How many accounts did X suspend altogether in May 2025?", kb).text
    assert "5,834" not in text
    assert "No total: two reports give the same figure of one platform, which may be one takedown told twice." in text


def test_the_same_figure_from_one_country_retold_months_later_is_never_added_twice(tmp_path: Path) -> None:
    # (a year's review dates what it retells by its own publication: the same 78 channels, not 78 more)
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2024-08-02\n---\nYouTube said this week it had terminated 78 channels "
                "operated from Venezuela.\n",
        "b.md": "---\ntitle: Our year\npublished: 2024-12-18\n---\nAfter the vote, YouTube terminated 78 channels "
                "run from Venezuela.\n",
        "c.md": "---\ntitle: C\npublished: 2024-10-09\n---\nYouTube said on Tuesday it had terminated 78 channels "
                "operated from Bolivia.\n",
    })
    text = answer_question("How many YouTube channels were terminated over Venezuela in 2024 altogether?", kb).text
    assert ("156" in text, text.count("78 channels")) == (False, 2)
    assert "which may be one takedown told twice" in text
    # (the same figure from another country, months apart, is another takedown)
    both = answer_question("How many YouTube channels were terminated over Venezuela and Bolivia between July and "
                           "October 2024 altogether?", kb).text
    assert "Together: 156 channels \u2014 the sum of 78 and 78 above" in both


def test_a_large_exact_figure_one_report_retells_without_its_country_is_never_added_to_itself(tmp_path: Path) -> None:
    # (a lab's "1,310 Facebook accounts", told weeks after the report that placed them in Ghana: the same 1,310)
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2024-03-02\n---\nMeta said on Tuesday it had removed 1,310 Facebook "
                "accounts run from Ghana.\n",
        "b.md": "---\ntitle: B\npublished: 2024-05-20\n---\nIn April, Meta removed 1,310 Facebook accounts, the "
                "company said.\n",
        "c.md": "---\ntitle: C\npublished: 2024-06-11\n---\nMeta said on Monday it had removed 96 Facebook accounts "
                "run from Togo.\n",
    })
    text = answer_question("How many Facebook accounts did Meta remove altogether in 2024?", kb).text
    assert "2,620" not in text and "2,716" not in text
    assert "which may be one takedown told twice" in text


def test_a_rounded_figure_a_later_report_remembers_is_never_added_to_the_exact_one(tmp_path: Path) -> None:
    # (a podcast's "about twenty-one hundred" from Armenia in 2023, beside the 1,840 reported that April)
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2023-04-05\n---\nMeta said on Tuesday it had removed 1,840 Facebook "
                "accounts run from Armenia.\n",
        "b.md": "---\ntitle: Podcast\npublished: 2025-01-15\n---\nIn 2023 Meta took down about twenty-one hundred "
                "Facebook accounts run from Armenia, a former investigator recalled.\n",
        "c.md": "---\ntitle: C\npublished: 2023-09-14\n---\nMeta said on Wednesday it had removed 500 Facebook "
                "accounts run from Togo.\n",
    })
    text = answer_question("How many Facebook accounts did Meta remove altogether in 2023?", kb).text
    assert "4,440" not in text and "2,340" not in text
    assert ("No total: a later report's rounded figure is close to another's of the same platform, place and year, "
            "which may be one takedown told twice.") in text


def test_a_later_reports_at_least_figure_near_an_exact_one_is_never_added_to_it(tmp_path: Path) -> None:
    # (a regulator's "at least 3,800 … during March", dated by its letter, beside a hearing's 3,870 for March)
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: Hearing\npublished: 2024-05-22\n---\nIn March 2024 X suspended 3,870 accounts operated "
                "from Russia, its letter said.\n",
        "b.md": "---\ntitle: Regulator\npublished: 2024-06-10\n---\nIn its letter dated 2 May 2024, X said that it "
                "had suspended at least 3,800 accounts operated from Russia during March.\n",
        "c.md": "---\ntitle: C\npublished: 2024-09-03\n---\nX said on Monday it had suspended 1,162 accounts run "
                "from Russia.\n",
    })
    text = answer_question("How many accounts run from Russia did X suspend altogether in 2024?", kb).text
    assert "8,832" not in text and "8,762" not in text and "Together" not in text


def test_a_sum_adds_the_exact_figure_another_report_of_the_takedown_gives(tmp_path: Path) -> None:
    # (a broadcast's "more than 4,300" the day after, and a review's 4,302 of the same takedown)
    kb = kb_from(tmp_path, {
        "tv.md": "---\ntitle: TV\npublished: 2019-09-11\n---\nTwitter said on Tuesday it had suspended more than "
                 "4,300 accounts run from Saudi Arabia.\n",
        "r.md": "---\ntitle: Our year\npublished: 2019-12-30\n---\nOn September 10 Twitter suspended 4,302 accounts "
                "run from Saudi Arabia. In the same release Twitter suspended 1,017 accounts run from Honduras.\n",
    })
    text = answer_question("How many accounts did Twitter suspend altogether in 2019?", kb).text
    assert "Together: 5,319 accounts \u2014 the sum of 4,302 and 1,017 above, each a separate announcement." in text


def test_the_networks_of_one_announcements_total_are_its_parts_never_added_as_separate_ones(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"t.txt": "NAIROBI, 5 August 2022 — TikTok said on Thursday it had removed 1,640 accounts "
                                     "across two networks that targeted Kenyan voters ahead of the general election on "
                                     "August 9.\n\nThe larger network, with 1,210 accounts, was run from inside Kenya. "
                                     "TikTok said the second network, with 430 accounts, was operated from Uganda.\n"})
    text = answer_question("How many accounts did TikTok remove in networks targeting Kenya?", kb).text
    assert text.splitlines()[1:3] == [
        "\u2022 TikTok removed 1,210 accounts (run from inside Kenya), August 4, 2022 [1]",
        "\u2022 TikTok removed 430 accounts (operated from Uganda), August 4, 2022 [2]"]
    assert "Together" not in text


def test_which_companies_acted_names_the_companies(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublished: 2025-05-21\n---\nFacebook said on Wednesday it had "
                                    "removed 96 accounts of a network called \"Red Cape\". TikTok removed 3,460 "
                                    "accounts of the same network.\n"})
    assert answer_question("Which companies took action against the Red Cape network?", kb).text.splitlines()[0] == \
        "Meta (Facebook) and TikTok reported removals for Red Cape."
    assert answer_question("Which platforms took action against the Red Cape network?", kb).text.splitlines()[0] == \
        "Facebook and TikTok reported removals for Red Cape."


def test_a_network_asked_by_what_its_figures_say_of_it_is_answered_with_all_its_figures(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"g.txt": (
        "---\ntitle: X suspends accounts in \"Oder Choir\" network\npublished: 2024-08-29\n---\n"
        "X said on Monday it had "
        "suspended more than 1,900 accounts in a Russia-based network, Oder Choir, that targeted voters ahead of the "
        "Brandenburg state election.\n\nYouTube said it had taken down several channels that reposted the network's "
        "videos, but it gave no figures.\n"), "other.md": (
        "---\ntitle: Roundup\npublished: 2024-08-30\n---\nYouTube said on Thursday it had terminated 44 channels "
        "linked to a network run from Iran.\n")})
    answer = answer_question("How many YouTube channels were taken down ahead of the Brandenburg state election?", kb)
    assert (answer.status, [c.document for c in answer.citations]) == ("answered", ["g.txt"])
    assert "44" not in answer.text
    assert answer.citations[0].quote == ("YouTube said it had taken down several channels that reposted the network's "
                                         "videos, but it gave no figures.")


def test_a_network_asked_about_when_it_came_back_is_answered_with_its_later_takedown(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2022-03-09\n---\nMeta said on Tuesday it removed 61 Instagram accounts "
                "in the Tern Echo network, run from Belarus.\n",
        "b.md": "---\ntitle: B\npublished: 2022-11-18\n---\nMeta said on Thursday it removed 112 Instagram accounts "
                "of Tern Echo, run from Belarus.\n"})
    text = answer_question("how many instagram accounts did meta take down when tern echo came back?", kb).text
    assert ("112" in text, "61" in text) == (True, False)
    assert "61" in answer_question("how many instagram accounts did meta take down in tern echo?", kb).text


def test_a_network_asked_about_with_its_follow_up_round_is_answered_with_both(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublished: 2024-12-18\n---\nIn February, Google terminated 1,482 "
                                    "YouTube channels of the Salt Kiln network, run from China. In August, YouTube "
                                    "terminated a further 310 channels tied to Salt Kiln after the operators tried to "
                                    "rebuild.\n"})
    both = answer_question("How many YouTube channels did Google terminate altogether over Salt Kiln, including the "
                           "follow-up round?", kb).text
    assert ("1,482" in both, "310" in both) == (True, True)
    first = answer_question("How many YouTube channels did Google terminate over Salt Kiln?", kb).text
    assert ("1,482" in first, "310" in first) == (True, False)
    without = answer_question("How many YouTube channels did Google terminate over Salt Kiln in 2024, not counting the "
                              "comeback ones?", kb).text
    assert ("1,482" in without, "310" in without) == (True, False)


def test_a_network_asked_about_by_the_month_of_each_round_is_answered_with_both(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2021-04-14\n---\nMeta said on Tuesday it removed 305 Facebook accounts "
                "in the Reed Lantern network, run from Serbia.\n",
        "b.md": "---\ntitle: B\npublished: 2021-10-21\n---\nMeta said on Wednesday it removed 47 Facebook accounts "
                "of Reed Lantern, run from Serbia, after the network tried to return.\n"})
    both = answer_question("How many Facebook accounts did Meta remove from Reed Lantern, counting the April 2021 "
                           "takedown and the October 2021 return?", kb).text
    assert ("305" in both, "47" in both) == (True, True)
    latest = answer_question("How many Facebook accounts did Meta remove from Reed Lantern altogether, including the "
                             "October 2021 return?", kb).text
    assert ("305" in latest, "47" in latest) == (True, True)


def test_a_later_report_s_correction_of_a_takedown_is_shown_with_it_and_labelled(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "q1.md": "---\ntitle: Q1 report\npublisher: Meta\npublished: 2025-05-10\n---\nWe removed 305 Instagram "
                 "accounts in the Grey Wren network, which was run from Ghana.\n",
        "q2.md": "---\ntitle: Threat report for Q2 2025\npublisher: Meta\npublished: 2025-08-12\n---\nThis quarter we "
                 "are sharing a correction to our first-quarter report and the networks we removed between April and "
                 "June 2025.\n\n## Correction and update: Grey Wren (Ghana)\n\nIn our Q1 2025 report we said that we "
                 "removed 305 Instagram accounts as part of the Grey Wren network. An audit found that some were "
                 "counted twice. The correct figure is 287 Instagram accounts.\n"})
    lines = answer_question("how many IG accounts were in grey wren", kb).text.splitlines()
    assert lines[1] == ("\u2022 Facebook removed 305 Instagram accounts (from Ghana), March 2025 [1] [2] [3] "
                        "\u2014 the sources disagree: 305 Instagram accounts per source [1]; 287 Instagram accounts "
                        "(a correction) per source [2]")


def test_who_tipped_about_a_network_adds_the_credits_of_a_story_headlined_with_it(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "brief.md": "---\ntitle: Brief: Tern Heron and the persuasion business\npublished: 2022-11-08\n---\nMeta "
                    "said on Thursday it removed 138 Facebook accounts of Tern Heron, run from Vietnam.\n\n## How it "
                    "reached Meta\n\nOur analysts referred the network to Meta in August. In its announcement, Meta "
                    "credited both the Avon Institute and the Delta Ledger for the tip.\n",
        "index.md": "---\ntitle: Year-end index\npublished: 2022-12-18\n---\nTern Heron: a reporter, Lin Dara, first "
                    "tipped off Meta about the Vietnamese network.\n"})
    answer = answer_question("Who tipped off Meta about Tern Heron?", kb)
    assert all(source in answer.text.splitlines()[0] for source in ("Lin Dara", "Avon Institute", "Delta Ledger"))


def test_a_figure_in_the_next_section_of_a_roundup_is_not_the_network_named_just_before(tmp_path: Path) -> None:
    roundup = ("---\ntitle: The year's returning networks\npublished: 2023-01-10\n---\n## Tern Echo (Meta, March 8, "
               "2022)\n\nMeta removed 214 Facebook accounts of this Belarus-origin network. Telegram also blocked "
               "several Tern Echo channels.\n\n## Salt Veil (YouTube, June 1, 2022)\n\nIn December, Google said it had "
               "terminated a further 31 YouTube channels created by the same operators.\n")
    post = ("---\ntitle: Tern Echo\npublished: 2022-03-08\n---\nMeta said on Tuesday it removed 214 Facebook "
            "accounts in a network it calls Tern Echo, run from Belarus.\n")
    kb = kb_from(tmp_path, {"r.md": roundup, "m.md": post})
    answer = answer_question("How many YouTube channels did Google remove in the Tern Echo network?", kb)
    assert answer.status == "no_answer" and "31" not in answer.text


def test_a_figure_told_far_from_a_passing_mention_of_a_firm_is_not_the_firm_s(tmp_path: Path) -> None:
    transcript = ("---\ntitle: Episode 12 transcript\npublished: 2022-10-06\n---\nHOST: Let's start with Ghana.\n\n"
                  "GUEST: TikTok pulled 288 accounts around the vote itself. Nobody was blamed for that one.\n\n"
                  "HOST: What about the organisers?\n\nGUEST: They were careful. They used burner phones. They paid in "
                  "cash. They never met in person.\n\nHOST: And the Gulf firms?\n\nGUEST: Remember Sahil Digital in "
                  "2020? Twitter took down about 2,900 accounts linked to them.\n")
    wire = ("---\ntitle: Twitter suspends accounts\npublished: 2020-09-17\n---\nTwitter said on Thursday it had "
            "suspended 2,874 accounts linked to Sahil Digital, a marketing firm in Dubai.\n")
    kb = kb_from(tmp_path, {"podcast.txt": transcript, "wire.md": wire})
    answer = answer_question("How many TikTok accounts tied to Sahil Digital were removed?", kb)
    assert answer.status == "no_answer" and "288" not in answer.text
    assert "2,874" in answer_question("How many Twitter accounts tied to Sahil Digital were suspended?", kb).text


def test_a_post_s_first_figure_and_the_additional_one_it_tells_after_are_added_up(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "x.md": "---\ntitle: Removing the Salt Finch network\npublisher: X\npublished: 2024-09-10\n---\nWe removed "
                "1,830 accounts that were operated from Peru, in a network researchers call Salt Finch.\n\n"
                "Following the initial enforcement, our teams identified 412 additional accounts tied to the Salt "
                "Finch network. "
                "These accounts have now been suspended.\n",
    })
    text = answer_question("What's the total number of accounts X suspended in the Salt Finch network?", kb).text
    assert "Together: 2,242 accounts \u2014 the sum of 1,830 and 412 above, each a separate removal, the later told " \
           "as additional." in text
    assert "part of the 1,830" not in text  # (more on top of it, not a share of it)


def test_a_network_aimed_at_the_pacific_islands_is_found_by_the_pacific(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2024-02-21\n---\nMeta said on Tuesday it had removed 2,130 Facebook "
                "accounts run from China that targeted audiences in Australia, Fiji and Samoa.\n",
        "b.md": "---\ntitle: B\npublished: 2024-02-22\n---\nMeta said on Wednesday it had removed 88 Facebook accounts "
                "run from China that targeted audiences in Japan.\n",
    })
    text = answer_question("How many Facebook accounts did Meta remove from the Chinese network targeting Australia "
                           "and the Pacific in Feb 2024?", kb).text
    assert "2,130 accounts" in text and "88 accounts" not in text


def test_who_ran_a_network_the_sources_describe_without_a_removal_is_answered_from_their_words(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"n.md": """\
        ---
        title: Meta's quarterly report
        published: 2025-03-05
        ---
        Meta said on Tuesday it had removed 310 Facebook accounts run from Peru.

        Meta also described a network from Chile that targeted voters in Valparaiso and linked it to Andes Ruta, a \
political consultancy.
        """, **{f"o{i}.md": f"---\ntitle: Other {i}\npublished: 2025-0{i}-01\n---\nTwitter removed {i}0 accounts "
                          "run from Peru. A consultancy in Peru ran the network. Observers in Chile watched the vote. "
                          "Parties in Chile were linked to the campaign. Analysts in Chile linked the posts to Peru.\n"
                 for i in range(1, 4)}})
    answer = answer_question("Which consultancy was linked to the Chilean network?", kb)
    assert answer.status == "answered" and "Andes Ruta" in answer.text
    assert [c.quote for c in answer.citations][:1] == [
        "Meta also described a network from Chile that targeted voters in Valparaiso and linked it to Andes Ruta, a "
        "political consultancy."]


def test_a_network_asked_about_is_answered_without_the_total_of_the_announcement_it_was_part_of(
        tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"story.txt": """\
        NAIROBI, Dec. 3, 2021 -- Twitter said on Thursday it had removed between 200 and 250 accounts in a Kenyan \
network that pushed paid hashtags. The company did not give an exact figure for the Kenyan network in its \
announcement, which covered several countries (more than 1,700 accounts in all).
        """})
    answer = answer_question("How many accounts did Twitter remove in the Kenyan hashtag network?", kb)
    assert "between 200 and 250" in answer.text and "1,700" not in answer.text


def test_a_platforms_own_sentence_answers_whether_it_attributed_the_network_it_names_elsewhere(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"post.md": """\
        ---
        title: Removing two networks
        publisher: Facebook Newsroom
        published: 2019-03-14
        ---
        We removed 120 Facebook accounts and 14 Pages. This network originated in Georgia.

        Outside researchers call this activity "Quill Ridge".

        The Pages posted about regional politics. They shared links to a handful of websites. Some of them ran ads.

        We found links to individuals associated with a Tbilisi marketing firm. We have not attributed this network \
to the Georgian government.
        """, "other.txt": """\
        TBILISI, May 2, 2020 -- Twitter attributed a network of 60 accounts to the Georgian government. The \
government denied running the network. A second network attributed to a Georgian party was also removed. The \
Georgian government called the network a fabrication. Officials said the government network never existed.

        Researchers attributed a third network to a Georgian ministry. Nobody attributed the fourth network to the \
Georgian government. The Georgian government attributed the reports to its rivals. Analysts have attributed such \
networks to Georgian parties before.

        Facebook removed 30 accounts in a separate case. Facebook said it acted in May. Facebook declined to comment \
further. Facebook had removed Georgian Pages before.
        """})
    for question in ("Did they attribute the Quill Ridge network to the Georgian government?",
                     "Did Meta attribute the Quill Ridge network to the Georgian government?"):
        answer = answer_question(question, kb)
        assert answer.citations[0].quote == "We have not attributed this network to the Georgian government."


def test_a_claimed_figure_is_repeated_only_beside_a_source_sentence_that_gives_it(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"story.txt": """\
        MANILA, April 18, 2024 -- X said on Wednesday it had suspended 3,140 accounts aimed at Filipino users. The \
accounts had posted about 87,000 times and reached 187,000 followers.
        """})
    posted = answer_question("Is it true that X suspended 87,000 accounts in the Philippines?", kb)
    assert posted.text.splitlines()[0] == "The sources give no such figure (87,000); this is what they report:"
    assert "posted about 87,000 times" in posted.citations[-1].quote
    never = answer_question("Is it true that X suspended 7,000 accounts in the Philippines?", kb)
    assert never.text.splitlines()[0] == "The sources give no such figure; this is what they report:"
    assert "7,000" not in never.text.replace("87,000", "").replace("187,000", "")


@pytest.mark.parametrize("withheld", [
    "The company declined to say whether it had been alerted to the accounts by outside researchers.",
    "A spokesperson would not say how it had found the accounts.",
    "Twitter did not disclose who first flagged the network.",
])
def test_who_tipped_a_platform_that_would_not_say_quotes_the_sentence_that_says_so(tmp_path: Path,
                                                                                  withheld: str) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublished: 2021-03-04\n---\nTwitter said on Wednesday it had "
                                    "suspended 412 accounts run from Peru.\n\n" + withheld + "\n\nResearchers said "
                                    "they had tracked the network since January.\n"})
    answer = answer_question("Who tipped off Twitter about the Peruvian network?", kb)
    assert answer.status == "answered"
    assert answer.text.splitlines()[:2] == [
        "The sources do not say who, if anyone, tipped off Twitter (Peru); they say it was not disclosed:",
        f"\u2022 \u201c{withheld}\u201d [1]"]
    assert [c.quote for c in answer.citations] == [withheld]


def test_who_tipped_about_a_country_s_network_that_was_only_aimed_at_it_finds_the_sentence_that_would_not_say(
        tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublished: 2024-04-18\n---\nX said on Wednesday it had "
                                    "suspended 4,100 accounts aimed at voters in Chile.\n\nThe posts mocked the "
                                    "opposition.\n\nX also declined to say how it had identified the network.\n"})
    answer = answer_question("Did X say who tipped it off about the Chilean network?", kb)
    assert (answer.status, answer.text.splitlines()[1]) == (
        "answered", "\u2022 \u201cX also declined to say how it had identified the network.\u201d [1]")


# a network whose platform names who ran it, and declines to say whether a government was behind it
REED_LANTERN = {"a.md": "---\ntitle: A\npublished: 2018-10-11\n---\nFacebook said on Thursday it removed 58 "
                        "accounts of the Reed Lantern network, linked to Sandbar Media, a Cairo marketing company."
                        "\n\nAsked whether the Egyptian government was behind the network, Facebook declined to "
                        "say.\n"}


def test_who_was_behind_a_network_adds_the_sentence_where_the_platform_declined_to_name_a_government(
        tmp_path: Path) -> None:
    kb = kb_from(tmp_path, REED_LANTERN)
    answer = answer_question("Did Facebook say the Egyptian government was behind Reed Lantern?", kb)
    assert answer.text.splitlines()[1].endswith(
        "; the source says: \u201cAsked whether the Egyptian government was behind the network, Facebook declined "
        "to say.\u201d [2]")


@pytest.mark.parametrize("tip", [
    "Our investigation began with information shared by researchers at the Corrib Institute in Galway.",
    "The company said it acted on a tip from the Corrib Institute, a Galway research centre.",
])
def test_a_source_its_sentence_calls_researchers_answers_which_researchers_tipped(tmp_path: Path, tip: str) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublished: 2024-11-12\n---\nX said on Tuesday it had suspended "
                                    "1,450 accounts in the Harbor Wren network.\n\n" + tip + "\n"})
    answer = answer_question("Which researchers gave X the lead on Harbor Wren?", kb)
    assert answer.status == "answered"
    assert tip in [c.quote for c in answer.citations]
    assert "Corrib Institute" in answer.text.splitlines()[0]


def test_a_running_total_since_an_undated_start_is_no_figure_of_a_month_asked_about(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"b.md": "---\ntitle: Bulletin\npublisher: Google\npublished: 2025-01-07\n---\n"
                                    "# Bulletin\n\n## December\n\nWe terminated 1,358 YouTube channels linked to "
                                    "China.\n\nSince we began reporting on the China-linked network, we have "
                                    "terminated more than 71,000 YouTube channels tied to it.\n"})
    for question in ("How many China-linked YouTube channels did Google terminate in December 2024?",
                     "How many China-linked channels did Google terminate altogether in Q4 2024?"):
        answer = answer_question(question, kb)
        assert "1,358" in answer.text and "71,000" not in answer.text, question
    running = answer_question("How many China-linked channels has Google terminated to date?", kb)
    assert "more than 71,000 YouTube channels in all over time (a running total, not one takedown)" in running.text


def test_a_plain_who_was_behind_question_does_not_look_for_a_platform_declining_to_name_a_state(
        tmp_path: Path) -> None:
    kb = kb_from(tmp_path, REED_LANTERN)
    answer = answer_question("Who was behind Reed Lantern?", kb)
    assert "declined" not in answer.text and "Sandbar Media" in answer.text


def test_a_firm_s_network_leaves_out_another_network_its_story_adds_where_no_figure_names_it_as_a_network(
        tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "report.md": "---\ntitle: Meta's report\npublisher: Meta\npublished: 2024-02-13\n---\n## Ghana\n\nThis "
                     "network originated in Ghana. We found links to Bluecrest Advisory, a PR firm in Accra.\n\nWe "
                     "removed 88 Facebook accounts.\n",
        "story.md": "---\ntitle: Accra PR firm Bluecrest banned by Meta\npublished: 2024-02-16\n---\nMeta said on "
                    "Tuesday it had banned Bluecrest Advisory. Its report shows the Bluecrest network was the "
                    "smallest of three new operations it disclosed. A network in Myanmar had 181 Facebook accounts, "
                    "while a China-based network aimed at India used 37 Facebook accounts.\n"})
    lines = answer_question("How many Facebook accounts did Meta remove that were linked to Bluecrest Advisory?",
                            kb).text.splitlines()
    assert [line for line in lines if line.startswith("\u2022")] == [
        "\u2022 Facebook removed 88 accounts (from Ghana), February 13, 2024 [1]"]


def test_when_a_periodic_report_s_network_was_taken_down_gives_the_day_it_came_out_and_the_month_it_covers(
        tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"march.md": "---\ntitle: Covert influence operations, March 2024\npublisher: TikTok\n"
                                        "published: 2024-04-24\n---\nWe removed 1,146 accounts in a network that "
                                        "operated from Ecuador.\n"})
    answer = answer_question("Which month did TikTok take down the Ecuador network?", kb)
    assert answer.text.splitlines()[:2] == [
        "On April 24, 2024, in a report for March 2024.",
        "\u2022 April 24, 2024: TikTok removed 1,146 accounts (operated from Ecuador) [1] (in a report for March 2024)"]


def test_what_a_network_was_called_before_is_answered_from_the_names_the_sources_pair(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublished: 2024-05-02\n---\nKnown as Lantern Relay until Meta "
                                    "renamed it in March 2022, Grey Harbor has been hit by Meta three times.\n"})
    answer = answer_question("What was Grey Harbor called before Meta gave it that name?", kb)
    assert (answer.status, answer.text) == ("answered", "The sources also call Grey Harbor: Lantern Relay [1].")


def test_a_year_s_removals_told_in_january_answer_a_question_about_that_year(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"a.md": "---\ntitle: A\npublished: 2024-01-22\n---\nDouyin said on Monday it had banned "
                                    "86,500 accounts in 2023 for taking part in paid posting operations.\n"})
    lines = answer_question("How many accounts did Douyin ban in 2023?", kb).text.splitlines()
    assert [line for line in lines if line.startswith("\u2022")] == [
        "\u2022 Douyin banned 86,500 accounts, January 22, 2024 [1]"]


CORRECTED_LATER = {"first.md": """\
    ---
    title: Meta removes Ghana network
    published: 2023-06-05
    ---
    Meta said on Monday it removed 57 Facebook accounts, 12 Pages and 3 Groups run from Ghana.
    """, "fixed.md": """\
    ---
    title: Meta revises its Ghana figures
    published: 2023-06-14
    ---
    Meta has corrected the number of Facebook accounts it said it removed from a network run from Ghana. In an email \
on Friday, June 9, a Meta spokesperson said the network comprised 59 Facebook accounts, not the 57 given in the \
original post.
    """, "roundup.md": """\
    ---
    title: "The Gulf of Guinea Letter #4"
    published: 2023-12-01
    ---
    In June, Meta removed 59 Facebook accounts (the company first said 57 and corrected itself days later), 12 Pages \
and 3 Groups, all run from Ghana.
    """}


def test_a_figure_first_told_wrong_is_the_corrected_figure_s_only_and_the_correction_is_dated(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, CORRECTED_LATER)
    pages = answer_question("How many Pages did Meta remove in the Ghana network?", kb)
    # (the 57 was the accounts' figure, not the Pages')
    assert [line for line in pages.text.splitlines() if "12 pages" in line and "first reported" in line] == []
    answer = answer_question("When did Meta correct its Facebook account count for the Ghana network?", kb)
    assert answer.status == "answered"
    assert answer.text.splitlines()[0] == ("On June 9, 2023, Facebook put the figure at 59 accounts, not the 57 first "
                                           "given [1] \u2014 Meta revises its Ghana figures, June 14, 2023")
    assert [c.document for c in answer.citations] == ["fixed.md"]


def test_the_day_of_a_correction_note_answers_when_a_figure_was_corrected(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"post.md": """\
        ---
        title: Removing a covert podcast network operated from Morocco
        publisher: Spotify
        published: 2024-03-04
        ---
        > **Correction, March 11, 2024:** An earlier version of this post said we removed 64 shows. The correct figure \
is 46.

        The network operated from Morocco and targeted listeners in Spain. We removed 46 shows and 610 episodes \
associated with the network.
        """})
    answer = answer_question("When did Spotify correct the number of shows in its Morocco takedown?", kb)
    # (the note is the first figure of the one told below it: both quoted)
    assert answer.text == ("On March 11, 2024, Spotify put the figure at 46 podcasts, not the 64 first given [1] [2] "
                           "\u2014 Removing a covert podcast network operated from Morocco, March 4, 2024")
    assert [c.quote for c in answer.citations] == [
        "**Correction, March 11, 2024:** An earlier version of this post said we removed 64 shows.",
        "We removed 46 shows and 610 episodes associated with the network."]
    # (when the shows were removed is still the post's day)
    assert answer_question("When did Spotify remove the Morocco shows?", kb).text.startswith("On March 4, 2024")


def test_a_correction_note_that_gives_no_figure_answers_when_with_its_own_words(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"post.md": """\
        ---
        title: Removing a network operated from Chile
        publisher: Meta
        published: 2024-04-29
        ---
        *Correction, May 3, 2024: An earlier version of this post gave the wrong number of Pages.*

        We removed 31 Pages run from Chile.
        """})
    answer = answer_question("When did Meta correct the number of Pages in the Chile takedown?", kb)
    assert answer.text.splitlines() == [
        "On May 3, 2024, in a correction note:",
        "\u201c*Correction, May 3, 2024: An earlier version of this post gave the wrong number of Pages.*\u201d [1] "
        "\u2014 Removing a network operated from Chile, April 29, 2024"]


def test_a_network_asked_by_who_reported_it_is_the_takedown_its_tip_was_about(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"news.md": """\
        ---
        title: TikTok removes 'Rajawali' network after complaint
        published: 2024-01-24
        ---
        TikTok says it has taken down nearly two thousand accounts in a network it says operated from Malaysia. The \
accounts were reported to the platform by the Digital Ballot Monitoring Board (Pantaudigi). Researchers call the \
operation "Rajawali".
        """, "report.md": """\
        ---
        title: Covert influence operations, January 2024
        publisher: TikTok
        published: 2024-02-20
        ---
        We disrupted the following networks in January 2024.

        | Detection source | Accounts in network | Description |
        |---|---|---|
        | External | 1,944 | We assess that this network operated from Malaysia and targeted a Malaysian audience. \
We were alerted to this network by Malaysia's Digital Ballot Monitoring Board (Pantaudigi). |
        | Internal | 301 | We assess that this network operated from Malaysia and targeted a Thai audience. |
        """})
    answer = answer_question("How many accounts were in the TikTok network that Pantaudigi reported?", kb)
    assert answer.status == "answered"
    assert "1,944 accounts" in answer.text and "301" not in answer.text
    assert {c.document for c in answer.citations} == {"news.md", "report.md"}


def test_a_tip_concerns_a_country_another_report_of_its_takedown_gives(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"news.md": """\
        ---
        title: Twitter suspends paid-hashtag network
        published: 2022-05-10
        ---
        Twitter has suspended a little over 1,300 accounts that researchers say were hired to push hashtags. "We took \
action on a little over 1,300 accounts engaged in coordinated activity," a spokesperson said on Monday. Researchers \
at Kente Facts call the network "Harmattan Relay". Kente Facts said it shared a list of 300 of the busiest accounts \
with Twitter in March.
        """, "newsletter.md": """\
        ---
        title: "West Africa Watch #12"
        published: 2022-12-02
        ---
        On Twitter, the paid-hashtag network that Kente Facts called "Harmattan Relay", run from Ghana, was suspended \
in May, a little over 1,300 accounts in all.
        """, "other.md": """\
        ---
        title: Twitter removes Mexican network
        published: 2021-06-14
        ---
        Twitter said on Friday it had suspended 389 accounts run from Mexico after a tip from Contraste Norte.
        """})
    answer = answer_question("who flagged the ghanaian accounts to twitter", kb)
    assert answer.status == "answered"
    assert answer.text.splitlines()[0] == "Who tipped off Twitter about Ghana: Kente Facts."


def test_a_month_and_two_digits_that_match_no_day_are_read_as_the_month_of_that_year(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"meta.md": """\
        ---
        title: Meta removes Copper Wren network
        published: 2022-03-17
        ---
        Meta said on Thursday it removed 640 Facebook accounts and 212 Instagram accounts in a network it calls \
Copper Wren, run from Russia.
        """})
    answer = answer_question("how many IG accts did FB pull in the copper wren takedown march 22", kb)
    assert answer.status == "answered"
    assert answer.text.splitlines()[:2] == [
        "Reading \u201cmarch 22\u201d as March 2022:",
        "Here is what the knowledge base reports for Facebook, Instagram assets, Copper Wren, in March 2022:"]
    assert "212 Instagram accounts" in answer.text
    # (a day the sources do give is that day)
    assert answer_question("what did meta remove on march 17", kb).text.startswith("Here is what")


def test_figures_told_from_a_platform_s_report_of_a_quarter_without_its_year_answer_that_quarter(
        tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"digest.md": """\
        ---
        title: "The Coastline Digest #12"
        published: 2023-12-15
        ---
        # The Coastline Digest #12

        Welcome back. This week: the takedowns of the autumn.

        ## 1. The one nobody covered

        Tucked into Meta's quarterly threat report for the third quarter, published on 28 November, was a network \
run from Ghana that targeted Ghanaians ahead of the 2024 vote. Meta said it removed 61 Facebook accounts and nine Pages.
        """})
    answer = answer_question("how many FB accounts did meta remove in its ghana network in the Q3 2023 report?", kb)
    assert answer.status == "answered"
    assert answer.text.splitlines()[1] == "\u2022 Facebook removed 61 accounts (from Ghana), November 28, 2023 [1]"



def test_when_a_platform_s_report_was_last_updated_is_the_day_its_page_gives(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"q3.md": """\
        ---
        title: "TAG Bulletin: Q3 2023"
        publisher: Google Threat Analysis Group
        published: 2023-10-19
        ---
        This bulletin lists campaigns terminated in Q3 2023. It was first published on October 19, 2023, and last \
updated on November 2, 2023.

        - We terminated 52 YouTube channels linked to Russia.
        """, "q2.md": """\
        ---
        title: "TAG Bulletin: Q2 2023"
        publisher: Google Threat Analysis Group
        published: 2023-07-20
        ---
        This bulletin lists campaigns terminated in Q2 2023. Last updated: August 1, 2023.

        - We terminated 18 YouTube channels linked to Iran.
        """})
    answer = answer_question("When was Google's TAG bulletin for Q3 2023 last updated?", kb)
    assert answer.text.splitlines()[0] == "On November 2, 2023, as the report itself says:"
    assert [c.document for c in answer.citations] == ["q3.md"]
    assert answer_question("When was Google's Q2 2023 bulletin last updated?", kb).text.startswith("On August 1, 2023")


def test_a_country_named_only_by_its_letters_is_named_in_full_too(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"tag.md": "---\ntitle: TAG Bulletin\npublished: 2024-07-18\n---\nIn June we terminated "
                                      "3,991 YouTube channels as part of our investigation into coordinated influence "
                                      "operations linked to the PRC.\n"})
    lines = answer_question("What did Google terminate in June 2024?", kb).text.splitlines()
    assert "(linked to the PRC, China)" in lines[1]


def test_the_one_latest_takedown_says_whom_it_was_aimed_at(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\npublished: 2024-03-05\n---\nMeta said on Tuesday it had removed 210 Facebook accounts run from "
                "Russia that targeted people in Latvia.\n",
        "b.md": "---\npublished: 2025-02-11\n---\nTikTok said on Tuesday it had removed 480 accounts run from Russia "
                "that targeted an audience in Estonia.\n"})
    assert answer_question("What was the most recent takedown of a Russian network?", kb).text == (
        "The latest takedown for Russia:\n"
        "\u2022 TikTok removed 480 accounts (run from Russia), February 11, 2025 [1] \u2014 aimed at Estonia")


def test_a_network_is_found_under_another_spelling_of_its_name(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\npublished: 2020-04-02\n---\nTwitter said on Thursday it had suspended 1,240 accounts of the "
                "network known as \"Al Qamar\", run from Egypt.\n",
        "b.md": "---\npublished: 2020-06-04\n---\nFacebook said on Thursday it had removed 210 accounts of the network "
                "known as \"Al-Qamaar\", run from Egypt.\n"})
    text = answer_question("Which platforms took down Al-Qamaar?", kb).text
    assert text.splitlines()[0] == "Twitter and Facebook reported removals for Al-Qamaar."


CORRECTED_ABOVE = {
    "post.md": """\
        ---
        title: Three networks added to our archive
        publisher: Twitter Safety
        published: 2021-05-04
        ---
        **Correction, May 5, 2021:** An earlier version of this post listed 2,815 accounts in the Peru network, a \
slip. The correct figure is 2,185.

        ## Peru

        We removed 2,185 accounts run from Peru by a Lima marketing agency.

        ## Egypt

        Acting on a lead from Cobalt Ridge, a Canada-based cybersecurity firm, we removed roughly 90 accounts \
originating in Egypt.

        **Update, July 12, 2021:** Our review of the Egypt network described above is complete. Altogether we \
removed 163 accounts associated with this activity, including the roughly 90 accounts disclosed in May.
        """,
    "wire.txt": """\
        LIMA, May 4 (Andes Wire) -- Twitter said on Tuesday it had removed 2,905 accounts linked to information \
operations in Peru and Egypt.

        The Peru network, 2,815 accounts, was run by a Lima marketing agency, the company said.

        Its report appeared on May 4, 2021.
        """,
}


def test_a_figure_corrected_in_a_note_atop_the_post_is_gone_from_the_wire_and_so_is_the_wire_s_total(
        tmp_path: Path) -> None:
    kb = kb_from(tmp_path, CORRECTED_ABOVE)
    answer = answer_question("How many accounts were in the Peru network Twitter removed?", kb)
    # (the wire's 2,815 is the figure the note put right, and its 2,905 counts Egypt's network too: Peru has its own)
    assert answer.text.splitlines()[1:] == [
        "\u2022 Twitter removed 2,185 accounts (run from Peru; first reported as 2,815 accounts [2]), May 4, 2021 [1]"]
    assert [c.document for c in answer.citations] == ["post.md", "post.md"]
    when = answer_question("When did Twitter correct the Peru account figure?", kb)
    assert when.text.startswith("On May 5, 2021, Twitter put the figure at 2,185 accounts, not the 2,815 first given "
                                "[1] [2]")


def test_an_update_s_figure_is_asked_by_the_count_it_was_put_at_and_its_share_is_not_a_figure_beside_it(
        tmp_path: Path) -> None:
    kb = kb_from(tmp_path, CORRECTED_ABOVE)
    answer = answer_question("When did Twitter raise its Egypt count to 163?", kb)
    assert answer.text.splitlines() == [
        "On July 12, 2021.",
        "\u2022 July 12, 2021: Twitter removed 163 accounts (Egypt network) [1] (reported May 4, 2021)"]


def test_a_network_aimed_at_a_domestic_audience_is_found_as_aimed_at_its_own_country(tmp_path: Path) -> None:
    from tests.test_extract import MONTHLY_FIELDS
    kb = kb_from(tmp_path, {"m.md": MONTHLY_FIELDS})
    answer = answer_question("how many tiktok accounts were in the network targeting chile?", kb)
    assert answer.text.splitlines()[1:] == ["\u2022 TikTok disrupted 214 accounts (from Chile), April 18, 2025 [1]"]
    assert answer.citations[0].quote == "**Accounts in network:** 214"


def test_a_network_s_total_raised_by_an_addition_is_shown_as_its_total_so_far_and_not_added_again(
        tmp_path: Path) -> None:
    from tests.test_extract import RAISED_COUNT
    kb = kb_from(tmp_path, {"raised.md": RAISED_COUNT, "first.md": """\
        ---
        title: Meta removes Belarus network
        published: 2025-03-03
        ---
        Meta said on Monday it had removed 611 Facebook accounts in a network that originated in Belarus.

        ---
        """, "update.md": """\
        ---
        title: Meta raises its count of accounts in Belarus network
        published: 2025-04-11
        ---
        In its report released on Thursday, Meta said it had removed an additional 64 Facebook accounts tied to the \
same Belarus-based operation, bringing the total to 675 Facebook accounts.
        """})
    answer = answer_question("What is Meta's updated figure for Facebook accounts in the Belarus network?", kb)
    assert answer.text.splitlines() == [
        "Here is what the knowledge base reports for Facebook, Belarus:",
        "\u2022 Facebook removed 611 accounts (originated in Belarus), March 3, 2025 [1]",
        "\u2022 Facebook removed 64 accounts and 675 accounts in all (the total so far, with those removed before) "
        "(Belarus-based), April 10, 2025 [2]",
        "Together: 675 accounts \u2014 the sum of 611 and 64 above, each a separate announcement."]
    reddit = answer_question("how many reddit accounts were banned over amber ferry", kb)
    assert reddit.text.splitlines()[1:] == [
        "\u2022 Reddit banned 520 accounts (originated in Belarus), May 30, 2025 [1]",
        "\u2022 Reddit removed 780 accounts in all (the Amber Ferry total so far, with those removed before) (from "
        "Belarus), June 2, 2025 [2]"]


def test_the_one_smallest_takedown_asked_for_is_one_and_a_ranking_of_them_is_several(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2021-03-02\n---\nTwitter said on Tuesday it removed 412 accounts run "
                "from Chile.\n",
        "b.md": "---\ntitle: B\npublished: 2021-05-04\n---\nTwitter said on Tuesday it removed 29 accounts run "
                "from Peru.\n"})
    one = answer_question("what was the smallest takedown Twitter announced?", kb)
    assert one.text.splitlines() == [
        "The smallest takedown by number of accounts (as each source counts them; each at its largest figure, and "
        "figures given only as a floor, such as \u201cmore than 20\u201d, left out) for Twitter:",
        "\u2022 Twitter removed 29 accounts (run from Peru), May 4, 2021 [1]"]
    assert len(answer_question("what were the smallest takedowns by Twitter?", kb).text.splitlines()) == 3


def test_a_year_s_section_on_a_country_places_its_figures_and_takedowns_from_a_year_are_of_that_year(
        tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"ledger.md": """\
        ---
        title: What the record shows
        published: 2024-10-08
        ---
        ## Peru: who acted most

        Peru-linked operations show up on two platforms in our ledger. YouTube terminated 12 channels linked to \
Peru in 2021.

        ## Chile in 2020

        YouTube has acted against Chile-linked networks three times: 140 channels in 2020, 37 channels in June \
2021, and 88 channels in the second quarter of 2022.
        """})
    answer = answer_question("list all the Chile-linked takedowns from 2020", kb)
    # (Chile's, not Peru's, whose section came before; and 2020's alone, not since 2020, nor dated by June 2021)
    assert answer.text.splitlines()[1:] == [
        "\u2022 YouTube terminated 140 channels (from Chile), 2020 [1] (mentioned in a later report)"]


def test_a_misspelt_name_is_read_as_the_name_the_sources_write(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"l.md": "---\ntitle: Live\npublished: 2024-05-29\n---\nGoogle says YouTube has terminated "
                                    "9 channels connected to Cedar Point Strategies, a firm in Lima.\n"})
    answer = answer_question("how many YT channels did goog kill for Cedar Poin", kb)
    assert answer.text.splitlines() == ["Here is what the knowledge base reports for YouTube assets, Cedar Point:",
                                        "\u2022 Google terminated 9 channels (in Lima, Peru), May 29, 2024 [1]"]


def test_a_takedown_told_without_a_figure_says_whom_it_was_aimed_at(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {"r.md": "---\ntitle: R\npublished: 2020-07-21\n---\nReddit said on Tuesday it had banned "
                                    "accounts run from Nepal that targeted Bhutan, without saying how many.\n"})
    answer = answer_question("how many accounts did reddit ban in the nepal network?", kb)
    assert answer.text.splitlines()[1] == ("\u2022 Reddit reported that it banned accounts (run from Nepal; aimed at "
                                           "Bhutan), July 21, 2020, without giving a figure [1]")


def test_one_figure_two_platforms_removed_together_is_neither_s_alone(tmp_path: Path) -> None:
    story = ("Facebook, Twitter purge accounts\n\nSAN FRANCISCO, Aug 22, 2018 (Wire) - Facebook and Twitter have "
             "removed close to 700 accounts that were traced to Peru, the companies said late on Tuesday.\n\n"
             "Twitter said it had suspended 412 of them.\n")
    kb = kb_from(tmp_path, {"w.txt": story})
    twitter = answer_question("How many Peru accounts did Twitter remove?", kb)
    assert "700" not in twitter.text and "412 accounts" in twitter.text
    facebook = answer_question("How many Peru accounts did Facebook remove?", kb)
    assert facebook.text.splitlines()[1] == (
        "\u2022 Across platforms: close to 700 accounts together (one figure for the platforms named with it, no one "
        "platform's) (traced to Peru), August 21, 2018 [1]")
    # (and "each" gives each platform the figure)
    each = kb_from(tmp_path / "each", {"e.txt": "SAN FRANCISCO, Aug 22, 2018 (Wire) - Facebook and Twitter have "
                                                 "each removed 90 accounts traced to Peru, the companies said on "
                                                 "Tuesday.\n"})
    assert "Twitter removed 90 accounts" in answer_question("How many Peru accounts did Twitter remove?", each).text
