"""One check in progress: the answers so far and where the person is.

Both front ends (the Textual app and the plain mode) drive this object and stay thin,
so the rules that keep an answer safe live here, once:

- Enter on the answer already chosen keeps it and moves on (`enter`, `submit`).
- Skip on an answered question changes nothing and asks for confirmation first
  (`skip` returns `Move.CONFIRM`); only `skip(confirmed=True)` removes the answer.
  Skip on an unanswered question just moves on.
- Back, next and jump never change an answer.
- A question opened from the answers overview (`jump`) leads back to the overview
  when it is done, after any follow-up question the change brought up.

Every change calls `on_change`, so the store can save each answer as it is given, and
a check resumes from the saved answers, skipped questions and current question.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from netwerkcheck.content import models as m
from netwerkcheck.content.loader import Content
from netwerkcheck.engine import flow
from netwerkcheck.engine.answers import AnswerValue
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


class Move(Enum):
    """What a navigation step did."""

    MOVED = "moved"  # now at another question (`current`)
    STAYED = "stayed"  # still at the same question (a new choice was recorded, or at the first)
    FINISHED = "finished"  # past the last question: on to the overview and the results
    OVERVIEW = "overview"  # a question opened from the overview is done: back to it
    CONFIRM = "confirm"  # skip on an answered question: nothing changed, ask first


@dataclass(frozen=True)
class Progress:
    """Where the person is, in numbers that never grow under their feet.

    `theme` of `themes`: the topic being asked (every topic of the content counts, so
    the total is fixed). `fraction`: how far through all questions of the content,
    hidden follow-ups included, so it only moves forward."""

    theme: int
    themes: int
    fraction: float


@dataclass(frozen=True)
class OverviewLine:
    """One visible question in the answers overview."""

    question: m.Question
    answer: AnswerValue | None
    skipped: bool


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
        # True while a question opened from the answers overview is being changed.
        self.reviewing = False
        self.last_jump: str | None = None  # the question last opened from the overview
        first = flow.next_question(content, self.answers, None)
        ids = {q.id for q in content.questions}
        self.current: str | None = current if current in ids else first

    # --- reading ------------------------------------------------------------------------

    @property
    def question(self) -> m.Question | None:
        return self.content.question(self.current) if self.current else None

    def answer_for(self, qid: str) -> AnswerValue | None:
        return self.answers.get(qid)

    def theme_ids(self) -> list[str]:
        """The themes that have questions, in the order they are asked."""
        used = set(self.content.question_theme.values())
        return [th.id for th in self.content.themes if th.id in used]

    def progress(self) -> Progress:
        themes = self.theme_ids()
        questions = [q.id for q in self.content.questions]
        if self.current is None:
            return Progress(len(themes), len(themes), 1.0)
        theme = themes.index(self.content.question_theme[self.current]) + 1
        fraction = questions.index(self.current) / max(1, len(questions))
        return Progress(theme, len(themes), fraction)

    def theme_of(self, qid: str) -> m.Theme:
        return self.content.theme(self.content.question_theme[qid])

    def is_first(self) -> bool:
        return flow.previous_question(self.content, self.answers, self.current) is None

    def visible_ids(self) -> list[str]:
        shown, _ = flow.visible(self.content, self.answers)
        return [q.id for q in shown]

    def overview(self) -> list[OverviewLine]:
        """Every question that is asked, with its answer (None: not answered)."""
        shown, effective = flow.visible(self.content, self.answers)
        return [OverviewLine(q, effective.get(q.id), q.id in self.skipped) for q in shown]

    def results(self) -> Selection:
        return select(self.content, self.answers)

    # --- changing -----------------------------------------------------------------------

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change(self)

    def _record(self, qid: str, value: AnswerValue | None) -> bool:
        """Record (or clear) an answer without saving yet; True when something changed."""
        if is_empty(value):
            if qid not in self.answers:
                return False
            self.answers.pop(qid, None)
            return True
        assert value is not None
        if self.answers.get(qid) == value and qid not in self.skipped:
            return False
        self.answers[qid] = value
        self.skipped.discard(qid)
        return True

    def set_answer(self, qid: str, value: AnswerValue | None) -> None:
        """Record (or clear) an answer the person changed on purpose, and save it at once."""
        if self._record(qid, value):
            self._changed()

    def answer(self, value: AnswerValue | None) -> None:
        """Record an answer to the current question (the person changed it on screen)."""
        if self.current is not None:
            self.set_answer(self.current, value)

    def enter(self, value: AnswerValue | None) -> Move:
        """Enter on an option. On the option already chosen (or on nothing, when there
        is an answer) it keeps the answer and moves on; on another option it records the
        new choice and stays, so the person sees what they chose."""
        saved = self.answer_for(self.current) if self.current else None
        if saved is not None and (is_empty(value) or value == saved):
            return self.next()
        if is_empty(value):
            return Move.STAYED
        self.answer(value)
        return Move.STAYED

    def submit(self, value: AnswerValue | None) -> Move:
        """An answer given and confirmed at once (plain mode's line, the app's Next).
        Nothing given keeps the earlier answer: it never clears one."""
        if not is_empty(value) and self.current is not None:
            self._record(self.current, value)  # saved once, with the move
        return self.next()

    def next(self) -> Move:
        """On to the next visible question; the current answer stays as it is."""
        if self.current is None:
            self.finished = True
            return Move.FINISHED
        nxt = flow.next_question(self.content, self.answers, self.current)
        if self.reviewing:
            # After a change from the overview: a follow-up that just appeared is asked,
            # otherwise the person goes back to the overview.
            if nxt is not None and nxt not in self.answers and nxt not in self.skipped:
                self.current = nxt
                self._changed()
                return Move.MOVED
            self.reviewing = False
            self.current = None
            self.finished = True
            self._changed()
            return Move.OVERVIEW
        self.current = nxt
        if nxt is None:
            self.finished = True
        self._changed()
        return Move.MOVED if nxt is not None else Move.FINISHED

    def advance(self) -> str | None:
        """Go to the next visible question; None means the check is done."""
        self.next()
        return self.current

    def needs_confirmation(self) -> bool:
        """Skipping the current question would remove an answer."""
        return self.current is not None and self.current in self.answers

    def skip(self, confirmed: bool = False) -> Move:
        """Skip the current question. An answered question is only cleared when the
        person confirmed it; without that nothing changes and CONFIRM is returned."""
        if self.current is None:
            return Move.FINISHED
        if self.needs_confirmation() and not confirmed:
            return Move.CONFIRM
        self.answers.pop(self.current, None)
        self.skipped.add(self.current)
        return self.next()

    def back(self) -> str | None:
        """Go to the previous visible question (from the results: the last one).
        Going back ends a change from the overview: the person walks on from there."""
        prev = flow.previous_question(self.content, self.answers, self.current)
        if prev is not None:
            self.current = prev
            self.finished = False
            self.reviewing = False
            self._changed()
        return prev

    def jump(self, qid: str) -> bool:
        """Open a visible question from the answers overview; `next` leads back there."""
        if qid not in self.visible_ids():
            return False
        self.current = qid
        self.reviewing = True
        self.last_jump = qid
        self._changed()
        return True
