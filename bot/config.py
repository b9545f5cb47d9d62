"""Settings from the environment (and a `.env` file), with the defaults the README documents."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from dotenv import load_dotenv


def load_environment() -> None:
    """Read `.env` from the working directory; variables already set in the environment win."""
    load_dotenv(dotenv_path=Path.cwd() / ".env", override=False)


def knowledge_dir(flag: str | None = None) -> Path:
    """`--knowledge`, else `KNOWLEDGE_DIR`, else `./knowledge`."""
    return Path(flag or os.environ.get("KNOWLEDGE_DIR") or "knowledge")


def database_path(knowledge: Path, flag: str | None = None) -> Path:
    """`--db`, else `DATABASE_PATH`, else `<knowledge folder>.db` beside the folder (never inside it)."""
    chosen = flag or os.environ.get("DATABASE_PATH")
    if chosen:
        return Path(chosen)
    resolved = knowledge.resolve()
    return resolved.with_name(resolved.name + ".db")


@dataclass(frozen=True)
class SlackSettings:
    """What the Slack bot needs; every field comes from an environment variable in `.env.example`."""

    bot_token: str | None
    signing_secret: str | None
    app_token: str | None
    api_url: str | None
    port: int
    admin_user_ids: frozenset[str]

    @classmethod
    def from_environment(cls, port: int | None = None) -> SlackSettings:
        admins = os.environ.get("ADMIN_USER_IDS", "")
        return cls(
            bot_token=os.environ.get("SLACK_BOT_TOKEN") or None,
            signing_secret=os.environ.get("SLACK_SIGNING_SECRET") or None,
            app_token=os.environ.get("SLACK_APP_TOKEN") or None,
            api_url=os.environ.get("SLACK_API_URL") or None,
            port=port or int(os.environ.get("PORT") or 3000),
            admin_user_ids=frozenset(a.strip() for a in admins.split(",") if a.strip()),
        )
