"""The knowledge base's reads: searches within documents, light reads and their full rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import knowledge, store
from bot.understand import understand
from tests.conftest import kb_from

DOCS = {
    f"n{number}.md": (f"---\ntitle: Sweep {number}\npublished: 2022-0{number}-02\n---\n"
                      f"Facebook said it removed {number}0 accounts linked to Peru on Monday.\n"
                      + ("The Copper Finch network was run by a marketing firm in Lima.\n" if number % 2 else
                         "A marketing firm in Lima ran a different operation.\n"))
    for number in range(1, 7)
}


def test_a_search_within_documents_ranks_the_same_inside_the_index_and_after_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kb = kb_from(tmp_path, DOCS)
    documents = kb.documents_mentioning(["Copper Finch"])
    assert documents == {"n1.md", "n3.md", "n5.md"}
    keyed = kb.search(["marketing", "lima"], documents=documents)
    monkeypatch.setattr(knowledge, "KEYED_SEARCH", 0)  # too many documents to name in the query
    filtered = kb.search(["marketing", "lima"], documents=documents)
    assert [(r["document"], r["quote"]) for r in keyed] == [(r["document"], r["quote"]) for r in filtered]
    assert {r["document"] for r in keyed} == documents
    assert len(kb.search(["marketing", "lima"])) == 6


def test_document_keys_are_not_words_of_the_text(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, DOCS)
    keys = {row[0] for row in kb.db.execute("select distinct document_key from sentences")}
    assert keys == {"d1", "d2", "d3", "d4", "d5", "d6"}
    assert kb.search(["d1"]) == []
    assert kb.document_frequency("d1") == 0


def test_a_light_read_holds_what_statements_need_and_by_id_gives_the_rest(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, DOCS)
    query = understand("How many Peru accounts did Facebook remove?", kb.lexicon)
    light = kb.facts(query, light=True)
    assert [(f["count"], f["origins"]) for f in light] == [(n * 10, ["Peru"]) for n in range(1, 7)]
    assert set(light[0]) == {column.split(".")[1] for column in knowledge.LIGHT_COLUMNS.split(", ")}
    full = kb.by_id([f["id"] for f in light][::-1])
    assert [full[f["id"]]["quote"] for f in light][:2] == [
        "Facebook said it removed 10 accounts linked to Peru on Monday.",
        "Facebook said it removed 20 accounts linked to Peru on Monday."]
    assert full[light[0]["id"]]["title"] == "Sweep 1"


def test_what_never_changes_in_one_file_is_read_from_it_once(tmp_path: Path) -> None:
    # (full fact rows, the figure a tip led to, and whether a typed word is in the corpus: asked again and again
    # within one answer and across questions, each a query on a large base)
    kb = kb_from(tmp_path, DOCS)
    assert kb.db.execute("pragma mmap_size").fetchone()[0] == store.MMAP_BYTES
    ids = [f["id"] for f in kb.facts(understand("How many Peru accounts did Facebook remove?", kb.lexicon), light=True)]
    statements: list[str] = []
    kb.db.conn.set_trace_callback(statements.append)
    first = kb.by_id(ids[:2])
    near = kb.takedown_near("n3.md", 0, "Facebook")
    known = ("lima" in kb.lexicon.corpus_words, "limma" in kb.lexicon.corpus_words)
    assert len(statements) == 4
    assert [f["count"] for f in first.values()] == [10, 20] and near["count"] == 30 and known == (True, False)
    assert kb.by_id(ids[1::-1]) == first and kb.takedown_near("n3.md", 0, "Facebook") is near
    assert ("lima" in kb.lexicon.corpus_words, "limma" in kb.lexicon.corpus_words) == known
    assert len(statements) == 4
    assert [f["count"] for f in kb.by_id(ids[1:3]).values()] == [20, 30]  # only the one not yet read is read
    kb.db.conn.set_trace_callback(None)
    assert len(statements) == 5 and statements[-1].endswith(f"where f.id in ({ids[2]})")


def test_a_country_s_light_read_comes_from_facts_by_country_and_matches_the_full_read(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2022-03-02\n---\nMeta said it removed 40 accounts linked to Peru and "
                "Chile on Monday.\nMeta also removed 12 accounts linked to Chile that targeted Peru.\n",
        "b.md": "---\ntitle: B\npublished: 2022-04-05\n---\nMeta said it removed 9 accounts linked to Peru on "
                "Tuesday.\n"})
    rows = kb.db.execute("select country, role, count from facts_by_country order by id, country, role").fetchall()
    assert rows == [("Chile", "origin", 40), ("Peru", "origin", 40), ("Chile", "origin", 12),
                    ("Peru", "target", 12), ("Peru", "origin", 9)]
    for question in ["How many Peru accounts did Meta remove?", "How many Peru or Chile accounts did Meta remove?",
                     "Which countries did Meta remove accounts from?", "How many accounts from Chile targeted Peru?"]:
        query = understand(question, kb.lexicon)
        light = kb.facts(query, light=True)
        full = kb.facts(query)  # the same filters on the facts table itself
        assert [f["id"] for f in light] == [f["id"] for f in full], question
        assert all(f[key] == full_row[key] for f, full_row in zip(light, full, strict=True) for key in f)
    assert [f["count"] for f in kb.facts(understand("How many Peru or Chile accounts did Meta remove?",
                                                    kb.lexicon), light=True)] == [40, 12, 9]


def test_a_name_is_found_as_a_whole_word_and_an_acronym_only_in_capitals() -> None:
    row = {"quote": "Twitter removed 770 accounts from Iran and the Emirates.", "networks": [], "linked_to": []}
    assert not knowledge.names_in(row, "IRA")
    assert knowledge.names_in({**row, "quote": "Accounts tied to the IRA were removed."}, "IRA")
    assert not knowledge.names_in({**row, "quote": "The ira of the public."}, "IRA")
    assert knowledge.names_in({**row, "networks": ["Peace Data"]}, "peace data")


def test_a_period_s_reports_and_the_figures_told_from_them_are_found_by_index_not_by_a_scan(tmp_path: Path) -> None:
    # (each question with a period asks these; a scan of every fact or document costs milliseconds at 10,000
    # documents, and an "order by id" once made SQLite walk every fact in id order)
    kb = kb_from(tmp_path, {
        "q.md": "---\ntitle: Quarterly threat report\npublished: 2022-11-20\n---\nIn its bulletin for the third "
                "quarter of 2022, Google said it had terminated 1,340 YouTube channels linked to Russia.\n",
        "n.md": "---\ntitle: News\npublished: 2022-10-05\n---\nTwitter said on Wednesday it had suspended 210 accounts "
                "linked to Iran.\n"})
    statements: list[str] = []
    kb.db.conn.set_trace_callback(statements.append)
    assert kb.reports_before("2022-12-01") == {"q.md"}
    told = kb.told_from_reports_within("2022-07-01", "2022-09-30")
    assert kb.reports_within("2022-07-01", "2022-09-30") == {"q.md"}
    kb.db.conn.set_trace_callback(None)
    assert [row["count_text"] for row in kb.by_id(list(told)).values()] == ["1,340"]
    assert len(statements) == 3
    for sql in statements:
        plan = " ".join(row[3] for row in kb.db.conn.execute(f"explain query plan {sql}"))
        assert "SCAN" not in plan and "USING" in plan, (sql, plan)


def test_a_platform_s_own_reports_are_those_whose_publisher_opens_with_its_name(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: A\npublished: 2023-08-15\npublisher: Snap Privacy, Safety and Policy Hub\n---\nText.\n",
        "b.md": "---\ntitle: B\npublished: 2023-08-15\npublisher: TikTok Transparency Center\n---\nText.\n",
        "c.md": "---\ntitle: C\npublished: 2023-08-15\npublisher: Reuters on Meta\n---\nText.\n"})
    assert kb.own_reports() == {"a.md": "Snapchat", "b.md": "TikTok"}
