"""Shared fixtures: the bundled knowledge folder, a database built from it, and small helpers."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

from bot.knowledge import KnowledgeBase
from bot.store import build, open_readonly

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"
SEED_FILES = ("000_c6b3c29f4711212a.txt", "002_f29ceca511a13dd7.txt")


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings never leak in from the developer's shell or a .env file."""
    for name in ("KNOWLEDGE_DIR", "DATABASE_PATH", "FEEDBACK_DATABASE_PATH"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def seeds_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A knowledge folder holding only the two source documents, unchanged."""
    folder = tmp_path_factory.mktemp("seeds") / "knowledge"
    folder.mkdir()
    for name in SEED_FILES:
        shutil.copy(KNOWLEDGE / name, folder / name)
    return folder


@pytest.fixture(scope="session")
def seeds_kb(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    db_path = tmp_path_factory.mktemp("db") / "seeds.db"
    build(seeds_dir, db_path)
    return KnowledgeBase(open_readonly(db_path))


def write_docs(folder: Path, docs: dict[str, str]) -> Path:
    """Write dedented documents into a folder and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in docs.items():
        (folder / name).write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return folder


def kb_from(tmp_path: Path, docs: dict[str, str]) -> KnowledgeBase:
    """A knowledge base built from the given documents."""
    folder = write_docs(tmp_path / "knowledge", docs)
    db_path = tmp_path / "kb.db"
    build(folder, db_path)
    return KnowledgeBase(open_readonly(db_path))


# a hearing with a platform's witness and a lab's, whose turns name where each works
PARLIAMENT_HEARING = """\
LEGISLATIVE ASSEMBLY
SELECT COMMITTEE ON ONLINE INTEGRITY
Thursday, May 16, 2024

The Chair (Mr. Tomas Aberg): Order. We begin with our witnesses.

Ms. Rhea Okonkwo (Director of Threat Policy, Meta Platforms): Thank you, Chair. On April 18 we published our \
findings on a network we call Tin Kettle. It was run from Belarus and aimed at people in Lithuania. We removed 812 \
Facebook accounts and 95 Instagram accounts for coordinated inauthentic behaviour.

The Chair: Thank you. Dr. Vance.

Dr. Mira Vance (Head of Research, Baltic Signal Lab): Thank you. In March we shared our findings with Meta. We \
also reported the accounts we saw on TikTok, and TikTok told us it had removed the accounts we flagged, without giving \
any number.

Mr. Ian Rowe (Eastfield, Ind.): Ms. Okonkwo, why did it take so long during the Vilnius campaign?
"""
