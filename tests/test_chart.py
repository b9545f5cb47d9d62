"""Charts: the counts behind them, valid PNG pictures, alt text, and the command line."""

from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path

import pytest

from bot.chart import alt_text, chart_data, render_png
from bot.knowledge import KnowledgeBase
from tests.conftest import KNOWLEDGE, kb_from

DOCS = {
    "a.md": "---\ntitle: A\npublished: 2020-03-03\n---\nMeta said on Tuesday it removed 40 accounts run from Peru.\n",
    "b.md": "---\ntitle: B\npublished: 2020-06-02\n---\nTwitter said on Tuesday it suspended 120 accounts linked "
            "to Chile and Peru.\n",
    "c.md": "---\ntitle: C\npublished: 2022-01-11\n---\nTikTok said on Tuesday it removed 16 accounts operated "
            "from Chile.\nIt also removed 900 accounts linked to Peru.\n",
    "d.md": "---\ntitle: D\npublished: 2022-01-12\n---\nMeta said on Wednesday it removed 12 Pages.\n",
}


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


@pytest.fixture
def kb(tmp_path: Path) -> KnowledgeBase:
    return kb_from(tmp_path, DOCS)


def test_takedowns_per_year_by_platform(kb: KnowledgeBase) -> None:
    data = chart_data(kb, "platform")
    assert data.years == ["2020", "2021", "2022"]
    assert data.series == {"Facebook": [1, 0, 1], "TikTok": [0, 0, 2], "Twitter": [1, 0, 0]}
    assert (data.takedowns, data.documents) == (5, 4)
    assert data.title == "Takedowns per year by platform"


def test_by_country_a_takedown_of_several_countries_is_counted_once(kb: KnowledgeBase) -> None:
    data = chart_data(kb, "country")
    assert data.series == {"Peru": [1, 0, 1], "Chile": [0, 0, 1], "Several countries": [1, 0, 0],
                           "Not attributed": [0, 0, 1]}


def test_a_filtered_chart_and_its_alt_text(kb: KnowledgeBase) -> None:
    data = chart_data(kb, "platform", ["TikTok"])
    assert (data.years, data.series) == (["2022"], {"TikTok": [2]})
    assert alt_text(data) == ("Takedowns per year by platform \u2014 TikTok, 2022: a stacked bar chart of 2 "
                              "takedowns from 1 source documents. Totals: TikTok 2. Busiest year: 2022.")


def test_nothing_to_chart_is_said_plainly(kb: KnowledgeBase) -> None:
    with pytest.raises(ValueError, match="no dated takedowns with a figure for Reddit"):
        chart_data(kb, "platform", ["Reddit"])
    with pytest.raises(ValueError, match="names no platform, country, period or network"):
        chart_data(kb, "platform", ["pizza"])


@pytest.mark.parametrize(("by", "filters"), [("platform", []), ("country", []), ("platform", ["Peru"])])
def test_every_chart_kind_renders_a_real_png(kb: KnowledgeBase, by: str, filters: list[str]) -> None:
    assert png_size(render_png(chart_data(kb, by, filters))) == (1000, 560)


def test_the_bundled_knowledge_base_charts(seeds_kb: KnowledgeBase, tmp_path: Path) -> None:
    assert png_size(render_png(chart_data(seeds_kb, "country"))) == (1000, 560)
    out = tmp_path / "iran.png"
    result = subprocess.run([sys.executable, "-m", "bot", "chart", "--knowledge", str(KNOWLEDGE), "--db",
                             str(tmp_path / "kb.db"), "--by", "country", "--out", str(out), "Iran"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == f"wrote {out}"
    assert result.stdout.splitlines()[1].startswith("Takedowns per year by country of origin \u2014 Iran, 2018 to ")
    assert png_size(out.read_bytes()) == (1000, 560)
    failed = subprocess.run([sys.executable, "-m", "bot", "chart", "--knowledge", str(KNOWLEDGE), "--db",
                             str(tmp_path / "kb.db"), "--out", str(tmp_path / "x.png"), "pizza"],
                            capture_output=True, text=True, timeout=120)
    assert failed.returncode == 1
    assert failed.stderr.startswith("takedown-bot: nothing to chart: \u201cpizza\u201d names no platform")
