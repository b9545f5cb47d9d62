"""Settings from the environment (and a `.env` file), with the defaults the README documents."""

from __future__ import annotations

import os
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
