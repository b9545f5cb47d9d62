"""The `takedown-bot` command line: load, ask, summary, chart.

`ask --json` is a contract other tools rely on: one JSON object per answer, one per line, in the
order the questions came.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

from bot import config
from bot.answer import Answer, answer_question
from bot.chart import CHART_KINDS, alt_text, chart_data, render_png
from bot.knowledge import KnowledgeBase
from bot.service import KnowledgeService
from bot.store import LoadReport, build, is_stale, open_readonly
from bot.summary import SUMMARY_DIMENSIONS, summarise


def _paths(args: argparse.Namespace) -> tuple[Path, Path]:
    knowledge = config.knowledge_dir(args.knowledge)
    return knowledge, config.database_path(knowledge, args.db)


def _check_knowledge(knowledge: Path) -> None:
    if not knowledge.is_dir():
        raise SystemExit(f"takedown-bot: knowledge folder {knowledge} does not exist "
                         "(set --knowledge or KNOWLEDGE_DIR)")


def describe_report(report: LoadReport) -> str:
    """The load report as people read it."""
    lines = [f"Loaded {report.documents} document{'s' * (report.documents != 1)} "
             f"with {report.facts} takedown fact{'s' * (report.facts != 1)} ({report.sentences} sentences)."]
    if report.reused:
        lines.append(f"{report.reused} unchanged document{'s' * (report.reused != 1)} kept from the last load, "
                     "not extracted again.")
    if report.added:
        lines.append("Added: " + ", ".join(report.added))
    if report.removed:
        lines.append("Removed: " + ", ".join(report.removed))
    for path, reason in report.skipped:
        lines.append(f"Skipped {path}: {reason}")
    return "\n".join(lines)


def _ensure_database(knowledge: Path, db_path: Path) -> None:
    if is_stale(db_path, knowledge):
        report = build(knowledge, db_path)
        for path, reason in report.skipped:
            print(f"takedown-bot: skipped {path}: {reason}", file=sys.stderr)


def command_load(args: argparse.Namespace) -> int:
    knowledge, db_path = _paths(args)
    _check_knowledge(knowledge)
    report = build(knowledge, db_path)
    print(describe_report(report))
    print(f"Database: {db_path}")
    return 0 if report.documents else 1


def command_ask(args: argparse.Namespace) -> int:
    knowledge, db_path = _paths(args)
    _check_knowledge(knowledge)
    _ensure_database(knowledge, db_path)
    kb = KnowledgeBase(open_readonly(db_path))
    reading_stdin = args.question == ["-"]
    questions = (line.rstrip("\n") for line in sys.stdin) if reading_stdin else iter([" ".join(args.question)])
    failed = 0
    for question in questions:
        try:
            answer = answer_question(question, kb)
        except Exception as error:  # one question's fault: the questions after it still get their answers
            logging.getLogger(__name__).exception("answering %r failed", question)
            failed += 1
            answer = Answer(question, "no_answer", f"Sorry, answering this question failed ({type(error).__name__}); "
                                                   "the error is on standard error. Try asking it another way.")
        if args.json:
            print(json.dumps(answer.as_dict(), ensure_ascii=False), flush=True)
        else:
            print(render_text(answer), flush=True)
    return 1 if failed and not reading_stdin else 0


def render_text(answer) -> str:
    """An answer for a terminal: the reply, then numbered sources with their quotes."""
    lines = [answer.text]
    if answer.citations:
        lines.append("")
        lines.append("Sources:")
        for number, citation in enumerate(answer.citations, start=1):
            where = f" <{citation.url}>" if citation.url else ""
            lines.append(f"[{number}] {citation.title} ({citation.published or 'undated'}), "
                         f"{citation.document}{where}")
            lines.append(f"    \u201c{citation.quote}\u201d")
    return "\n".join(lines) + "\n"


def command_summary(args: argparse.Namespace) -> int:
    knowledge, db_path = _paths(args)
    _check_knowledge(knowledge)
    _ensure_database(knowledge, db_path)
    kb = KnowledgeBase(open_readonly(db_path))
    print(summarise(kb, by=args.by, filters=args.filters).as_text())
    return 0


def command_chart(args: argparse.Namespace) -> int:
    knowledge, db_path = _paths(args)
    _check_knowledge(knowledge)
    _ensure_database(knowledge, db_path)
    kb = KnowledgeBase(open_readonly(db_path))
    try:
        data = chart_data(kb, by=args.by, filters=args.filters)
    except ValueError as error:
        print(f"takedown-bot: nothing to chart: {error}", file=sys.stderr)
        return 1
    out = Path(args.out)
    out.write_bytes(render_png(data))
    print(f"wrote {out}")
    print(alt_text(data))
    return 0


def _slack_service(args: argparse.Namespace) -> KnowledgeService:
    knowledge, db_path = _paths(args)
    _check_knowledge(knowledge)
    service = KnowledgeService(knowledge, db_path)
    report = service.ensure_built()
    if report:
        print(describe_report(report), file=sys.stderr)
    return service


def command_serve(args: argparse.Namespace) -> int:
    from bot.slack.app import create_app
    from bot.slack.server import serve_http

    settings = config.SlackSettings.from_environment(port=args.port)
    missing = [name for name, value in (("SLACK_BOT_TOKEN", settings.bot_token),
                                        ("SLACK_SIGNING_SECRET", settings.signing_secret)) if not value]
    if missing:
        raise SystemExit(f"takedown-bot serve: set {' and '.join(missing)} (see .env.example)")
    service = _slack_service(args)
    serve_http(create_app(settings, service), service, settings.port)
    return 0


def command_socket(args: argparse.Namespace) -> int:
    from bot.slack.app import create_app
    from bot.slack.server import serve_socket_mode

    settings = config.SlackSettings.from_environment()
    missing = [name for name, value in (("SLACK_BOT_TOKEN", settings.bot_token),
                                        ("SLACK_APP_TOKEN", settings.app_token)) if not value]
    if missing:
        raise SystemExit(f"takedown-bot socket: set {' and '.join(missing)} (see .env.example)")
    service = _slack_service(args)
    serve_socket_mode(create_app(settings, service, socket_mode=True), settings.app_token)
    return 0


def parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--knowledge", help="knowledge folder (default: $KNOWLEDGE_DIR or ./knowledge)")
    common.add_argument("--db", help="database file (default: $DATABASE_PATH or <knowledge>.db beside the folder)")
    main_parser = argparse.ArgumentParser(prog="takedown-bot", description=__doc__.splitlines()[0])
    commands = main_parser.add_subparsers(dest="command", required=True)
    load = commands.add_parser("load", parents=[common], help="build the knowledge database")
    load.set_defaults(run=command_load)
    ask = commands.add_parser("ask", parents=[common], help="answer a question ('-' reads one per line from stdin)")
    ask.add_argument("--json", action="store_true", help="one JSON object per answer")
    ask.add_argument("question", nargs="+", help="the question, or - for stdin")
    ask.set_defaults(run=command_ask)
    summary = commands.add_parser("summary", parents=[common], help="a table of takedowns")
    summary.add_argument("--by", choices=SUMMARY_DIMENSIONS, default="platform")
    summary.add_argument("filters", nargs="*", help="platform, country or year filters, e.g. Twitter Iran 2019")
    summary.set_defaults(run=command_summary)
    chart = commands.add_parser("chart", parents=[common], help="a PNG chart of takedowns per year")
    chart.add_argument("--by", choices=CHART_KINDS, default="platform")
    chart.add_argument("--out", required=True, help="the PNG file to write")
    chart.add_argument("filters", nargs="*", help="platform, country or year filters, e.g. Iran or TikTok")
    chart.set_defaults(run=command_chart)
    serve = commands.add_parser("serve", parents=[common], help="serve Slack over HTTP (POST /slack/events)")
    serve.add_argument("--port", type=int, help="port (default: $PORT or 3000)")
    serve.set_defaults(run=command_serve)
    socket = commands.add_parser("socket", parents=[common], help="connect to Slack in Socket Mode")
    socket.set_defaults(run=command_socket)
    return main_parser


def main(argv: list[str] | None = None) -> int:
    """Run a command; with none, run the Slack bot in the mode the environment sets up."""
    config.load_environment()
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"), format="%(asctime)s %(levelname)s %(name)s: "
                        "%(message)s")
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        if os.environ.get("SLACK_APP_TOKEN"):
            argv = ["socket"]
        elif os.environ.get("SLACK_BOT_TOKEN"):
            argv = ["serve"]
        else:
            parser().print_help()
            return 2
    args = parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
