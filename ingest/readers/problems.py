"""What a reader reports instead of an article when an input cannot be used.

Readers never raise on bad input: they yield a :class:`ReadProblem` in the stream and carry on,
so one broken line or file does not stop the rest of a batch.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ReadProblem:
    """One input that was skipped, with where it is and what to do about it.

    ``kind`` is a short, fixed category (``"empty file"``, ``"bad JSON"`` …) used to group
    problems in summaries; ``reason`` is the full message for a person.
    """

    source: str
    line: int | None
    reason: str
    kind: str = "other"

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}" if self.line is not None else self.source

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


# Categories shared by the readers and the ingest summary.
EMPTY = "empty file"
BINARY = "binary file"
NOT_UTF8 = "not UTF-8"
UNREADABLE = "unreadable path"
UNSUPPORTED = "unsupported file type"
FRONT_MATTER = "bad front matter"
NO_TEXT = "no article text"
BAD_JSON = "bad JSON line"
BAD_RECORD = "bad record"
FEED = "feed error"
