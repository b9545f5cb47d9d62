"""Each document's extracted rows, kept in the database they built and reused by the next build.

Extraction is nearly all of a load's time (about 5 ms a document, against well under 1 ms to write its
rows), and most reloads follow a change to a few files: an admin's upload, a corrected story.  So a build
keeps every document's rows, compressed, under the digest of the file's bytes, and the next build takes
them back for each file whose path and bytes are unchanged, extracting only the others.  Rows are taken
only from a database built by the same schema and the same extractor code, so an upgrade re-reads every
file.  The rows are JSON, not pickles: a database file is data, never code to run.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from pathlib import Path

TABLE = "extracted"


def content_digest(raw: bytes) -> str:
    """What a file's rows are kept under, beside its path: a changed byte is a new digest."""
    return hashlib.sha256(raw).hexdigest()


def packed(rows: dict) -> bytes:
    """Rows as compact JSON (a set as a sorted list), compressed at zlib's fastest level: about a third of
    the size, for a tenth of a millisecond a document."""
    return zlib.compress(json.dumps(rows, default=sorted, separators=(",", ":")).encode(), 1)


def unpacked(blob: bytes) -> dict:
    """The rows `packed` kept (tuples come back as lists, sets as sorted lists)."""
    return json.loads(zlib.decompress(blob))


class EarlierRows:
    """The rows an earlier build kept, looked up by path and digest; none when that build cannot be trusted
    (missing, unreadable, or made by another schema or extractor)."""

    def __init__(self, db_path: Path, schema: str, extractor: str) -> None:
        self._digests: dict[str, str] = {}
        self._connection: sqlite3.Connection | None = None
        if not db_path.exists():
            return
        try:
            self._connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
            meta = dict(self._connection.execute("select key, value from meta"))
            if (meta.get("schema"), meta.get("extractor")) == (schema, extractor):
                self._digests = dict(self._connection.execute(f"select path, digest from {TABLE}"))
        except sqlite3.DatabaseError:
            self._digests = {}

    def __len__(self) -> int:
        return len(self._digests)

    def has(self, path: str, digest: str) -> bool:
        """Whether an earlier build kept rows for these very bytes at `path` (read only when used: `get`)."""
        return self._connection is not None and self._digests.get(path) == digest

    def get(self, path: str, digest: str) -> tuple[bytes, dict] | None:
        """The packed rows of `path`, and the rows, when an earlier build read the very same bytes there (and
        kept them whole): else None, and the file is extracted again."""
        if self._connection is None or self._digests.get(path) != digest:
            return None
        try:
            row = self._connection.execute(f"select rows from {TABLE} where path = ?", [path]).fetchone()
            return (row[0], unpacked(row[0])) if row else None
        except (sqlite3.DatabaseError, zlib.error, ValueError, TypeError):
            return None

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
