"""Problems found in content, each with the place an editor can jump to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Problem:
    """One mistake or warning, printed as `path:line:col: message` (1-based line and column)."""

    path: str
    line: int
    col: int
    message: str
    severity: Severity = "error"

    def format(self, warning_word: str = "waarschuwing") -> str:
        prefix = f"{warning_word}: " if self.severity == "warning" else ""
        return f"{self.path}:{self.line}:{self.col}: {prefix}{self.message}"


class ContentError(Exception):
    """The content cannot be used; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s) in content")
        self.problems = sorted(problems)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]
