"""One check in progress: the answers so far and where the person is.

Front ends (the Textual app, the plain mode) drive this object and stay thin. Every
change calls `on_change`, so the store can save each answer as it is given.
"""

from __future__ import annotations

from collections.abc import Callable

from netwerkcheck.content import models as m
from netwerkcheck.content.loader import Content
from netwerkcheck.engine import flow
from netwerkcheck.engine.answers import AnswerValue, clean_answer
from netwerkcheck.engine.network import Network
from netwerkcheck.engine.suggest import Selection, select


def is_empty(value: AnswerValue | None) -> bool:
    """An answer that says nothing (no choice, blank text) counts as not answered.
    An empty network is a real answer: 'nobody right now' is allowed."""
    if value is None:
        return True
    if isinstance(value, Network):
        return False
    if isinstance(value, str):
        return not value.strip()
    return len(value) == 0


class CheckSession:
    def __init__(
        self,
        content: Content,
        answers: dict[str, AnswerValue] | None = None,
        skipped: set[str] | None = None,
        current: str | None = None,
        on_change: Callable[[CheckSession], None] | None = None,
    ) -> None:
        self.content = content
        self.answers: dict[str, AnswerValue] = dict(answers or {})
        self.skipped: set[str] = set(skipped or ())
        self.on_change = on_change
        self.finished = False
        first = flow.next_question(content, self.answers, None)
        ids = {q.id for q in content.questions}
        self.current: str | None = current if current in ids else first

    # --- reading ------------------------------------------------------------------------

    @property
    def question(self) -> m.Question | None:
        return self.content.question(self.current) if self.current else None

    def answer_for(self, qid: str) -> AnswerValue | None:
        return self.answers.get(qid)

    def progress(self) -> tuple[int, int]:
        if self.current is None:
            _, total = flow.progress(self.content, self.answers, "")
            return total, total
        return flow.progress(self.content, self.answers, self.current)

    def theme_of(self, qid: str) -> m.Theme:
        return self.content.theme(self.content.question_theme[qid])

    def is_first(self) -> bool:
        return flow.previous_question(self.content, self.answers, self.current) is None

    def results(self) -> Selection:
        return select(self.content, self.answers)

    # --- changing -----------------------------------------------------------------------

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change(self)

    def set_answer(self, qid: str, value: AnswerValue | None) -> None:
        """Record (or clear) an answer, and save it at once. Text is cleaned of control,
        escape and bidi characters as it enters (a Network's names clean themselves)."""
        value = clean_answer(value)
        if is_empty(value):
            self.answers.pop(qid, None)
        else:
            assert value is not None
            self.answers[qid] = value
            self.skipped.discard(qid)
        self._changed()

    def skip(self) -> str | None:
        """Skip the current question: its answer is cleared so it cannot count."""
        if self.current is None:
            return None
        self.answers.pop(self.current, None)
        self.skipped.add(self.current)
        return self.advance()

    def advance(self) -> str | None:
        """Go to the next visible question; None means the check is done."""
        nxt = flow.next_question(self.content, self.answers, self.current)
        if nxt is None:
            self.finished = True
        self.current = nxt
        self._changed()
        return nxt

    def back(self) -> str | None:
        """Go to the previous visible question (from the results: the last one)."""
        prev = flow.previous_question(self.content, self.answers, self.current)
        if prev is not None:
            self.current = prev
            self.finished = False
            self._changed()
        return prev
