"""Load and answer benchmarks for the Takedown Bot, each beside a plain SQLite FTS5 baseline.

    python benchmarks/run.py --docs 10000 [--questions 500] [--corpus DIR] [--seed 1]

What it does, in one run:

1. generates a synthetic corpus (benchmarks/generate.py) into a temporary folder, or reuses --corpus;
2. load: `bot.store.build(knowledge, db)` — the project's own API, extraction included — against a
   baseline that only splits the same files into sentences and inserts them into an FTS5 table;
3. answer: `answer_question(q, KnowledgeBase(open_readonly(db)))` for a batch of questions made from
   the corpus vocabulary, against a baseline that fetches the single best FTS5 sentence (bm25) for
   the question's words OR-ed together, on the same database;
   Then a reload: the same build again over a copy of the corpus in which 1% of the files were
   edited, starting from the first build's database (whose kept rows spare the unchanged files'
   extraction, `bot.reuse`): what an admin's reload after a few new or corrected stories costs;
4. prints a Markdown table (machine, corpus, ours, baseline, ratios) and writes it, with per-kind
   timings and the slowest questions, to benchmarks/results.md.

Why subprocesses: each phase runs in a fresh interpreter so that its peak memory is its own, not
the high-water mark of an earlier phase, and so that a warm page cache is the only thing phases
share.  The parent samples the summed RSS of each phase's process tree from /proc (the bot's
build uses a process pool, whose workers a process's own `ru_maxrss` does not see).

Why a baseline: absolute timings depend on the machine; the ratio to the cheapest thing that
could work on the same data and the same SQLite says how much the bot's extraction and reasoning
cost on top.  Nothing is asserted: targets are shown beside the measurements, for a human to judge.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import json
import math
import os
import platform
import random
import re
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import generate  # benchmarks/generate.py: run as a script, this folder is first on sys.path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results.md"
WARMUP_QUESTIONS = 5
FIRST_QUESTION = "How many Iran accounts did Twitter remove?"
TARGETS = {"load_docs_per_s": 1000.0, "answer_ms": 5.0, "rss_mb": 300.0}
RELOAD_EDITED = 0.01  # the share of files a reload finds edited
SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]*\s+")


# --------------------------------------------------------------------------- questions


@dataclass(frozen=True)
class Question:
    """A benchmark question and the kind of question it is (for per-kind timings)."""

    kind: str
    text: str


def typo(rng: random.Random, word: str) -> str:
    """One plausible slip of the keyboard: a dropped, doubled or swapped letter inside the word."""
    low = word.lower()
    if len(low) < 4:
        return low
    at = rng.randint(1, len(low) - 2)
    edit = rng.choice(["drop", "double", "swap"])
    if edit == "drop":
        return low[:at] + low[at + 1:]
    if edit == "double":
        return low[:at] + low[at] + low[at:]
    return low[:at] + low[at + 1] + low[at] + low[at + 2:]


def make_questions(count: int, seed: int) -> list[Question]:
    """Questions of every kind the bot handles, built from the generator's vocabulary.

    The mix leans on counts and lists (what people ask most), and includes typos, questions about
    followers and ad money (answered from sentences), and questions about things the corpus does
    not cover (which must come back as "no answer" — and are often the slowest path).
    """
    rng = random.Random(seed)
    verbs = ["remove", "suspend", "take down", "delete", "ban", "terminate"]
    units = {"Facebook": "Pages", "Instagram": "accounts", "Twitter": "accounts", "YouTube": "channels",
             "TikTok": "accounts", "Reddit": "accounts"}
    years = list(range(generate.FIRST_DATE.year, generate.LAST_DATE.year + 1))
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]

    def pick() -> dict[str, str]:
        platform_name = rng.choice(generate.PLATFORMS)
        return {
            "platform": platform_name, "country": rng.choice(generate.ORIGINS), "year": str(rng.choice(years)),
            "month": rng.choice(months), "day": str(rng.randint(1, 28)), "verb": rng.choice(verbs),
            "unit": units[platform_name], "network": generate.network_name(rng),
            "target": rng.choice(generate.TARGETS),
        }

    def misspelt(platform_name: str) -> str:
        """Half the time a slip people really make ("twiter", "facebok"), else a random one."""
        common = {"Twitter": "twiter", "Facebook": "facebok", "YouTube": "youtub", "Instagram": "instagarm",
                  "TikTok": "tiktk", "Reddit": "redit"}
        return common[platform_name] if rng.random() < 0.5 else typo(rng, platform_name)

    templates: list[tuple[str, int, Callable[[dict[str, str]], str]]] = [
        ("count: country + platform", 12, lambda s: f"How many {s['country']} accounts did {s['platform']} remove?"),
        ("count: platform + year", 8, lambda s: f"How many accounts did {s['platform']} {s['verb']} in {s['year']}?"),
        ("count: exact day", 4, lambda s: f"How many accounts did {s['platform']} remove on {s['month']} {s['day']}, "
                                          f"{s['year']}?"),
        ("count: target", 4, lambda s: f"How many accounts targeting {s['target']} did {s['platform']} suspend?"),
        ("list: month", 8, lambda s: f"what did {s['platform']} take down in {s['month']} {s['year']}?"),
        ("which countries", 6, lambda s: f"which countries did {s['platform']} remove {s['unit']} from in "
                                         f"{s['year']}?"),
        ("which platforms", 5, lambda s: f"Which platforms removed accounts linked to {s['country']}?"),
        ("who tipped", 5, lambda s: f"who tipped off {s['platform']}?"),
        ("when: network", 4, lambda s: f"When did {s['platform']} remove the {s['network']} network?"),
        ("who behind", 4, lambda s: f"Who was behind the {s['network']} network?"),
        ("targets", 4, lambda s: f"Who did the {s['country']} network target?"),
        ("largest", 4, lambda s: f"What was the largest takedown by {s['platform']}?"),
        ("breakdown", 4, lambda s: f"{s['country']} takedowns by year"),
        ("search: followers", 4, lambda s: f"How many people followed the {s['country']} pages?"),
        ("search: ad money", 3, lambda s: f"How much did the {s['country']} network spend on ads?"),
        ("typo", 10, lambda s: f"how many {typo(rng, s['country'])} acounts did {misspelt(s['platform'])} remove"),
        ("typo: list", 4, lambda s: f"what did {misspelt(s['platform'])} ban in {s['year']}"),
        ("not covered", 4, lambda s: rng.choice([
            "How many accounts did Snapchat remove from Peru?",
            f"How many accounts did {s['platform']} remove in 2009?",
            "What did Pinterest take down in March 2020?",
            f"who tipped off {s['platform']} about the Velvet Orchard campaign?"])),
        ("vague", 2, lambda s: rng.choice(["How many accounts were removed?", "takedowns", "what happened?"])),
    ]
    kinds, weights, makers = zip(*[(k, w, m) for k, w, m in templates], strict=True)
    questions = []
    for _ in range(count):
        index = rng.choices(range(len(kinds)), weights=weights)[0]
        questions.append(Question(kinds[index], makers[index](pick())))
    return questions


# --------------------------------------------------------------------------- measurements (one per subprocess)


def _rss_mb() -> float:
    """Peak resident set size of this process so far, in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rss_children_mb() -> float:
    """Peak RSS of the largest finished child process (the build's pool workers), in MB."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def _knowledge_files(corpus: Path) -> list[Path]:
    """The files the bot would load (dotfiles skipped, as the bot skips them), for the baseline."""
    return sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix in {".txt", ".md", ".html", ".htm"}
                  and not any(part.startswith(".") for part in p.relative_to(corpus).parts))


def phase_load(corpus: Path, db: Path, *, first: bool = True) -> dict:
    """The project's own load: `build()` reads, extracts and writes the database.  A first load starts
    with no database (a `--workdir` of an earlier run holds one, whose kept rows would make it a reload)."""
    from bot.store import build

    if first:
        db.unlink(missing_ok=True)
    before = _rss_mb()
    start = time.perf_counter()
    report = build(corpus, db)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "documents": report.documents, "facts": report.facts, "reused": report.reused,
            "sentences": report.sentences, "skipped": len(report.skipped), "db_bytes": db.stat().st_size,
            "rss_after_imports_mb": before, "rss_mb": _rss_mb(), "rss_children_mb": _rss_children_mb()}


def edited_copy(corpus: Path, copy: Path, share: float) -> int:
    """A copy of the corpus with every (1/share)th file given one more sentence: the files a reload must
    extract again.  Returns how many were edited."""
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(corpus, copy)
    step = max(1, round(1 / share))
    edited = _knowledge_files(copy)[::step]
    for file in edited:
        with file.open("a", encoding="utf-8") as out:
            out.write("\nThe company said it would keep reviewing accounts tied to the network.\n")
    return len(edited)


def phase_load_baseline(corpus: Path, db: Path) -> dict:
    """The same files' raw text, split at sentence ends, into one FTS5 table: no parsing, no extraction.

    Same pragmas as the bot's build (no journal, no fsync) and the same porter tokenizer, so the
    difference is what the bot does on top, not how SQLite is configured.
    """
    db.unlink(missing_ok=True)
    before = _rss_mb()
    start = time.perf_counter()
    connection = sqlite3.connect(db)
    connection.execute("PRAGMA journal_mode = OFF")
    connection.execute("PRAGMA synchronous = OFF")
    connection.execute("create virtual table sentences_fts using fts5(text, document unindexed, tokenize='porter')")
    documents = sentences = 0
    batch: list[tuple[str, str]] = []
    for file in _knowledge_files(corpus):
        name = file.relative_to(corpus).as_posix()
        text = file.read_bytes().decode("utf-8", errors="replace")
        for line in text.splitlines():
            batch += [(piece, name) for piece in SENTENCE_END.split(line) if piece.strip()]
        documents += 1
        if len(batch) >= 5000:
            connection.executemany("insert into sentences_fts (text, document) values (?, ?)", batch)
            sentences += len(batch)
            batch = []
    connection.executemany("insert into sentences_fts (text, document) values (?, ?)", batch)
    sentences += len(batch)
    connection.commit()
    connection.close()
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "documents": documents, "sentences": sentences, "db_bytes": db.stat().st_size,
            "rss_after_imports_mb": before, "rss_mb": _rss_mb()}


def _timed(questions: list[Question], answer: Callable[[str], str]) -> tuple[list[float], list[str]]:
    """Wall time of each answer in ms (perf_counter_ns: monotonic, and fine-grained enough for 0.1 ms)."""
    times, statuses = [], []
    for question in questions:
        start = time.perf_counter_ns()
        status = answer(question.text)
        times.append((time.perf_counter_ns() - start) / 1e6)
        statuses.append(status)
    return times, statuses


def phase_answer(db: Path, questions: list[Question], warmup: list[Question]) -> dict:
    """The bot's answers, one connection and one KnowledgeBase, as a Slack worker thread would hold them."""
    from bot.answer import answer_question
    from bot.knowledge import KnowledgeBase
    from bot.store import open_readonly

    before = _rss_mb()
    kb = KnowledgeBase(open_readonly(db))
    cold, _ = _timed(warmup[:1], lambda q: answer_question(q, kb).status)  # includes building the lexicon
    _timed(warmup, lambda q: answer_question(q, kb).status)
    times, statuses = _timed(questions, lambda q: answer_question(q, kb).status)
    warm, _ = _timed(warmup[:1], lambda q: answer_question(q, kb).status)
    return {"times_ms": times, "statuses": statuses, "cold_ms": cold[0], "warm_ms": warm[0],
            "rss_after_imports_mb": before, "rss_mb": _rss_mb()}


def fts_match(question: str, stopwords: frozenset[str] = frozenset()) -> str | None:
    """The question's words, each quoted, OR-ed together: the plainest full-text query there is."""
    words = [w for w in dict.fromkeys(re.findall(r"[a-z0-9]+", question.lower())) if w not in stopwords]
    return " OR ".join(f'"{w}"' for w in words) if words else None


def phase_answer_baseline(db: Path, questions: list[Question], warmup: list[Question]) -> dict:
    """The best bm25 sentence for each question, straight from the bot's own FTS5 index.

    Two variants: every word of the question (the plainest query), and the same without stop
    words.  The first is what "no cleverness at all" costs, and it is slow for a reason unrelated
    to the bot: "the", "did" and "how" match most sentences and bm25 must rank them all.  The
    second uses the bot's own stop list, so the ratio to it isolates everything else the bot does.
    """
    from bot.store import open_readonly
    from bot.understand import STOPWORDS

    before = _rss_mb()
    connection = open_readonly(db).conn  # connected as the bot is (memory-mapped): the same footing
    sql = "select text from sentences_fts where sentences_fts match ? order by bm25(sentences_fts) limit 1"

    def best(question: str, stopwords: frozenset[str] = frozenset()) -> str:
        match = fts_match(question, stopwords)
        row = connection.execute(sql, [match]).fetchone() if match else None
        return "answered" if row else "no_answer"

    cold, _ = _timed(warmup[:1], best)
    _timed(warmup, best)
    times, statuses = _timed(questions, best)
    lean, _ = _timed(questions, lambda q: best(q, STOPWORDS))
    return {"times_ms": times, "statuses": statuses, "lean_times_ms": lean, "cold_ms": cold[0],
            "warm_ms": _timed(warmup[:1], best)[0][0], "rss_after_imports_mb": before, "rss_mb": _rss_mb()}


def run_phase(args: argparse.Namespace) -> int:
    """Child side: run one phase, print its result as one JSON line (optionally under cProfile)."""
    questions = warmup = []
    if args.questions_file:
        data = json.loads(Path(args.questions_file).read_text())
        questions = [Question(**q) for q in data["questions"]]
        warmup = [Question(**q) for q in data["warmup"]]
    phases: dict[str, Callable[[], dict]] = {
        "load": lambda: phase_load(args.corpus, args.db),
        "reload": lambda: phase_load(args.corpus, args.db, first=False),
        "load-baseline": lambda: phase_load_baseline(args.corpus, args.db),
        "answer": lambda: phase_answer(args.db, questions, warmup),
        "answer-baseline": lambda: phase_answer_baseline(args.db, questions, warmup),
    }
    if args.profile:
        if args.phase == "load":
            # a process pool's workers are invisible to cProfile; load in one process so extraction shows
            import bot.store

            if hasattr(bot.store, "PARALLEL_FROM"):
                bot.store.PARALLEL_FROM = sys.maxsize
        profiler = cProfile.Profile()
        result = profiler.runcall(phases[args.phase])
        profiler.dump_stats(args.profile / f"{args.phase}.prof")
    else:
        result = phases[args.phase]()
    print(json.dumps(result))
    return 0


def tree_rss_kb(root: int) -> int:
    """Summed resident memory of a process and all its descendants, in KB (0 where /proc is missing).

    The bot's build spreads extraction over a process pool, so the main process's own `ru_maxrss`
    misses the workers' memory; what a machine must provide is the sum over the whole tree.
    """
    proc = Path("/proc")
    if not proc.is_dir():
        return 0
    parents: dict[int, int] = {}
    for stat in proc.glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # the process ended while we looked
        parents[int(stat.parent.name)] = int(fields[1])
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent and pid not in tree]
        tree.update(children)
        frontier += children
    page_kb = os.sysconf("SC_PAGE_SIZE") // 1024
    total = 0
    for pid in tree:
        try:
            total += int((proc / str(pid) / "statm").read_text().split()[1]) * page_kb
        except (OSError, IndexError, ValueError):
            continue
    return total


def child(phase: str, **options: object) -> dict:
    """Parent side: run one phase in a fresh interpreter, sample its process tree's memory, read its JSON.

    Sampling happens here, in the parent, so the measured process pays nothing for it (the parent
    wakes every 50 ms; on a 2-core machine that is well under 1% of a core).
    """
    command = [sys.executable, str(Path(__file__).resolve()), "--phase", phase]
    for key, value in options.items():
        if value is not None:
            command += [f"--{key.replace('_', '-')}", str(value)]
    print(f"[run] {phase} …", file=sys.stderr, flush=True)
    code = code_version()  # the child imports bot/ within milliseconds of this
    with tempfile.TemporaryFile("w+") as output:
        process = subprocess.Popen(command, stdout=output, text=True)
        peak_kb = 0
        while process.poll() is None:
            peak_kb = max(peak_kb, tree_rss_kb(process.pid))
            time.sleep(0.05)
        if process.returncode:
            raise SystemExit(f"run: phase {phase} failed with exit code {process.returncode}")
        output.seek(0)
        result = json.loads(output.read().strip().splitlines()[-1])
    # the sampled tree peak can miss a short spike; the processes' own high-water marks cannot
    result["rss_tree_mb"] = max(peak_kb / 1024, result["rss_mb"], result.get("rss_children_mb", 0.0))
    result["code"] = code
    return result


# --------------------------------------------------------------------------- reporting


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile: the value below which `share` of the measurements fall."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def ratio(ours: float, baseline: float) -> str:
    return f"{ours / baseline:,.2f}×" if baseline else "n/a"


def meets(value: float, target: float, *, at_least: bool) -> str:
    return "yes" if (value >= target if at_least else value <= target) else "**no**"


def code_version() -> str:
    """The bot's commit, and whether bot/ had uncommitted changes: timings belong to one version of the code."""
    def git(*args: str) -> str:
        try:
            return subprocess.run(["git", "-C", str(HERE.parent), *args], capture_output=True, text=True,
                                  check=True).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            return ""

    commit = git("rev-parse", "--short", "HEAD")
    if not commit:
        return "unknown (not a git checkout)"
    return commit + (" + uncommitted changes in bot/" if git("status", "--porcelain", "--", "bot") else "")


def machine() -> dict[str, str]:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "unknown") \
        if Path("/proc/cpuinfo").exists() else platform.processor() or "unknown"
    try:  # the bot's own dependency; its version matters for insert speed
        sqlite_utils = metadata.version("sqlite-utils")
    except metadata.PackageNotFoundError:
        sqlite_utils = "not installed"
    return {"cpus": str(os.cpu_count()), "cpu": cpu, "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version, "sqlite_utils": sqlite_utils,
            "os": f"{platform.system()} {platform.release()}"}


def _row(measure: str, ours: float, base: float, digits: int, target: str = "", met: str = "") -> str:
    cells = (measure, f"{ours:,.{digits}f}", f"{base:,.{digits}f}", ratio(ours, base), target, met)
    return "| " + " | ".join(cells) + " |"


def dating(db: Path) -> tuple[int, int]:
    """(documents the bot dated as the generator did, documents whose file name carries that date).

    Not a speed measure, but free once the database exists: generate.py writes each story's true
    publication date into its file name, and a wrong date silently moves a takedown to another year.
    """
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = connection.execute("select path, published from documents").fetchall()
    connection.close()
    truth = [(re.search(r"_(\d{4}-\d{2}-\d{2})\.\w+$", path), published) for path, published in rows]
    known = [(match.group(1), published) for match, published in truth if match]
    return sum(real == published for real, published in known), len(known)


def render(results: dict) -> tuple[str, str]:
    """(the README table, the full results page)."""
    m, corpus = results["machine"], results["corpus"]
    load, load_b, reload = results["load"], results["load_baseline"], results["reload"]
    ans, ans_b = results["answer"], results["answer_baseline"]
    ours, base, lean = ans["times_ms"], ans_b["times_ms"], ans_b["lean_times_ms"]
    docs_s, docs_s_b = load["documents"] / load["seconds"], load_b["documents"] / load_b["seconds"]
    ms, rss = TARGETS["answer_ms"], TARGETS["rss_mb"]
    peak = max(load["rss_tree_mb"], reload["rss_tree_mb"], ans["rss_tree_mb"])
    reload_s = reload["documents"] / reload["seconds"]
    rows = [
        _row("Load: documents/s", docs_s, docs_s_b, 0, f"≥ {TARGETS['load_docs_per_s']:,.0f}",
             meets(docs_s, TARGETS["load_docs_per_s"], at_least=True)),
        _row("Load: total seconds", load["seconds"], load_b["seconds"], 1),
        _row("Load: sentences stored", load["sentences"], load_b["sentences"], 0),
        _row("Load: peak RSS, MB (all processes)", load["rss_tree_mb"], load_b["rss_tree_mb"], 0, f"< {rss:,.0f}",
             meets(load["rss_tree_mb"], rss - 1e-9, at_least=False)),
        _row("Database size, MB", load["db_bytes"] / 1e6, load_b["db_bytes"] / 1e6, 1),
        _row(f"Reload, {RELOAD_EDITED:.0%} of files edited: documents/s", reload_s, docs_s_b, 0),
        _row(f"Reload, {RELOAD_EDITED:.0%} of files edited: total seconds", reload["seconds"], load_b["seconds"], 1),
        _row("Reload: peak RSS, MB (all processes)", reload["rss_tree_mb"], load_b["rss_tree_mb"], 0,
             f"< {rss:,.0f}", meets(reload["rss_tree_mb"], rss - 1e-9, at_least=False)),
        _row("Answer: p50 ms/question", percentile(ours, 0.5), percentile(base, 0.5), 2, f"≤ {ms:g}",
             meets(percentile(ours, 0.5), ms, at_least=False)),
        _row("Answer: p95 ms/question", percentile(ours, 0.95), percentile(base, 0.95), 2, f"≤ {ms:g}",
             meets(percentile(ours, 0.95), ms, at_least=False)),
        _row("Answer: max ms/question", max(ours), max(base), 1),
        _row("Answer: p50 ms, baseline without stop words", percentile(ours, 0.5), percentile(lean, 0.5), 2),
        _row("Answer: p95 ms, baseline without stop words", percentile(ours, 0.95), percentile(lean, 0.95), 2),
        _row("Answer: peak RSS, MB", ans["rss_tree_mb"], ans_b["rss_tree_mb"], 0, f"< {rss:,.0f}",
             meets(ans["rss_tree_mb"], rss - 1e-9, at_least=False)),
    ]
    header = ("| Measure | Takedown Bot | Baseline (plain FTS5) | Ratio (bot / baseline) | Target | Met |\n"
              "|---|--:|--:|--:|--:|:-:|")
    versions = {"load": load["code"], "reload": reload["code"], "answer": ans["code"],
                "end of run": results["code_at_end"]}
    code = load["code"] if len(set(versions.values())) == 1 else "the code changed during the run: " + ", ".join(
        f"{phase} {version}" for phase, version in versions.items())
    facts = (f"Code: {code}.  \n"
             f"Machine: {m['cpus']} CPUs ({m['cpu']}), {m['os']}, Python {m['python']}, SQLite {m['sqlite']}, "
             f"sqlite-utils {m['sqlite_utils']}.  \n"
             f"Corpus: {load['documents']:,} documents ({corpus['mb']:.1f} MB; {corpus['origin']}), "
             f"{load['facts']:,} takedown facts extracted; {len(ours):,} questions after {WARMUP_QUESTIONS} "
             f"warm-up questions.  \n"
             f"Reload: the first load's database, then the same build over a copy of the corpus with "
             f"{reload['edited']:,} files edited; it kept the rows of {reload['reused']:,} unchanged documents "
             f"and extracted {reload['documents'] - reload['reused']:,}. The baseline column is the baseline's "
             f"full load, which has no reload of its own.  \n"
             f"Peak RSS of the bot's phases: {peak:,.0f} MB, summed over the process and its workers (the load's "
             f"main process alone: {load['rss_mb']:,.0f} MB, its largest worker: {load['rss_children_mb']:,.0f} MB; "
             f"an interpreter with the bot imported and nothing done: {ans['rss_after_imports_mb']:,.0f} MB).")
    readme = f"{facts}\n\n{header}\n" + "\n".join(rows) + "\n"

    kinds: dict[str, list[int]] = {}
    for index, kind in enumerate(results["kinds"]):
        kinds.setdefault(kind, []).append(index)
    kind_rows = []
    for kind, indexes in sorted(kinds.items(), key=lambda item: -percentile([ours[i] for i in item[1]], 0.5)):
        mine = [ours[i] for i in indexes]
        statuses = Counter(ans["statuses"][i] for i in indexes)
        kind_rows.append(f"| {kind} | {len(indexes)} | {percentile(mine, 0.5):,.2f} | {percentile(mine, 0.95):,.2f} "
                         f"| {max(mine):,.1f} | {percentile([base[i] for i in indexes], 0.5):,.2f} "
                         f"| {percentile([lean[i] for i in indexes], 0.5):,.2f} | "
                         + ", ".join(f"{s} {n}" for s, n in statuses.most_common()) + " |")
    slowest = sorted(range(len(ours)), key=lambda i: -ours[i])[:10]
    statuses = Counter(ans["statuses"])
    page = "\n".join([
        "# Benchmark results",
        "",
        f"`{results['command']}` on {results['date']}.  Generated by `benchmarks/run.py`; "
        "see `benchmarks/README.md` for what is measured and how to read the ratios.",
        "",
        readme,
        f"First question after opening the database (\u201c{FIRST_QUESTION}\u201d, includes building the "
        f"lexicon): {ans['cold_ms']:,.1f} ms; the same question warm: {ans['warm_ms']:,.1f} ms "
        f"(baseline {ans_b['cold_ms']:,.1f} / {ans_b['warm_ms']:,.1f} ms).  Bot answer statuses: "
        + ", ".join(f"{s} {n}" for s, n in statuses.most_common()) + "."
        + (f"  Generating the corpus took {corpus['seconds']:,.1f} s." if corpus["generated"] else "")
        + (f"  Sanity check: the bot gave {results['dated'][0]:,} of {results['dated'][1]:,} generated documents "
           "the publication date the generator wrote." if results["dated"][1] else ""),
        "",
        "## Answer time by kind of question (ms)",
        "",
        "| Kind | Questions | Bot p50 | Bot p95 | Bot max | Baseline p50 | Baseline p50, no stop words "
        "| Bot statuses |",
        "|---|--:|--:|--:|--:|--:|--:|---|",
        *kind_rows,
        "",
        "## Slowest questions",
        "",
        "| ms | Kind | Question | Status |",
        "|--:|---|---|---|",
        *(f"| {ours[i]:,.1f} | {results['kinds'][i]} | {results['questions'][i]} | {ans['statuses'][i]} |"
          for i in slowest),
        "",
    ])
    return readme, page


# --------------------------------------------------------------------------- main


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--docs", type=int, default=10_000, help="documents to generate (default 10000)")
    p.add_argument("--questions", type=int, default=500, help="questions to time (default 500)")
    p.add_argument("--seed", type=int, default=1, help="seed for the corpus and the questions")
    p.add_argument("--corpus", type=Path, help="reuse (or generate once into) this knowledge folder")
    p.add_argument("--workdir", type=Path, help="where databases go (default: a temporary folder, removed after)")
    p.add_argument("--profile", type=Path, help="also write a cProfile .prof per phase of the bot into this folder "
                                                "(slower, and the load runs in one process so extraction shows; "
                                                "do not quote those timings)")
    p.add_argument("--results", type=Path, default=RESULTS, help="results page to write (default benchmarks/"
                                                                   "results.md)")
    # internal: the parent runs each phase as `run.py --phase NAME ...`
    p.add_argument("--phase", choices=["load", "reload", "load-baseline", "answer", "answer-baseline"],
                   help=argparse.SUPPRESS)
    p.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    p.add_argument("--questions-file", type=Path, help=argparse.SUPPRESS)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.phase:
        return run_phase(args)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="takedown-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    if args.profile:
        args.profile.mkdir(parents=True, exist_ok=True)
    try:
        corpus = args.corpus or workdir / "knowledge"
        start = time.perf_counter()
        if corpus.is_dir() and any(corpus.iterdir()):
            origin, made = f"reused {corpus}", False
        else:
            print(f"[run] generating {args.docs:,} documents into {corpus} …", file=sys.stderr, flush=True)
            generate.generate(corpus, args.docs, args.seed)
            origin, made = f"generated with seed {args.seed}", True
        generated = time.perf_counter() - start
        size = sum(p.stat().st_size for p in _knowledge_files(corpus))

        questions = make_questions(args.questions, args.seed)
        # the first warm-up question is fixed, so "first question" and "same question, warm" compare like with like
        warmup = [Question("warm-up", FIRST_QUESTION), *make_questions(WARMUP_QUESTIONS - 1, args.seed + 1000)]
        questions_file = workdir / "questions.json"
        questions_file.write_text(json.dumps({"questions": [q.__dict__ for q in questions],
                                              "warmup": [q.__dict__ for q in warmup]}))
        db, baseline_db = workdir / "knowledge.db", workdir / "baseline.db"
        load = child("load", corpus=corpus, db=db, profile=args.profile)
        edited = edited_copy(corpus, workdir / "edited", RELOAD_EDITED)
        reload_db = workdir / "reload.db"
        shutil.copyfile(db, reload_db)
        results = {
            "command": "python benchmarks/run.py " + " ".join(argv if argv is not None else sys.argv[1:]),
            "date": dt.date.today().isoformat(),
            "machine": machine(),
            "corpus": {"origin": origin, "mb": size / 1e6, "seconds": generated, "generated": made},
            "load": load,
            "reload": {**child("reload", corpus=workdir / "edited", db=reload_db), "edited": edited},
            "load_baseline": child("load-baseline", corpus=corpus, db=baseline_db),
            "answer": child("answer", db=db, questions_file=questions_file, profile=args.profile),
            "answer_baseline": child("answer-baseline", db=db, questions_file=questions_file),
            "dated": dating(db),
            "code_at_end": code_version(),
            "kinds": [q.kind for q in questions],
            "questions": [q.text for q in questions],
        }
        readme, page = render(results)
        print(readme)
        args.results.write_text(page, encoding="utf-8")
        print(f"[run] wrote {args.results}", file=sys.stderr)
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
