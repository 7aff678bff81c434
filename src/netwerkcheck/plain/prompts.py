"""Asking one question in plain lines, for every question type.

Each ask returns a Step: an answer, or back, skip or quit. Help is shown in place and
the same question is asked again, so help never ends or blocks the check.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from netwerkcheck.content import models as m
from netwerkcheck.engine.answers import AnswerValue
from netwerkcheck.engine.network import (
    CIRCLES,
    NAME_MAX,
    RECIPROCITIES,
    SUPPORTS,
    Network,
    Person,
    circle_help,
    circle_label,
    reciprocity_label,
    support_label,
)
from netwerkcheck.engine.relations import RelationOption, offered_relations
from netwerkcheck.i18n import Lang, t
from netwerkcheck.plain.console import Command, Console, command, is_yes
from netwerkcheck.plain.render import answer_text, person_text

StepKind = Literal["answer", "back", "skip", "quit"]


@dataclass(frozen=True)
class Step:
    """What the person did at a question. `value` may come with "back" too (the network
    list keeps the people already named when someone goes back)."""

    kind: StepKind
    value: AnswerValue | None = None


class _Cancel(Exception):
    """Back or skip while adding one person: that person is not added."""


class _Quit(Exception):
    """The person confirmed they want to stop."""


_SPLIT = re.compile(r"[\s,;]+")


class Asker:
    """Asks questions on a console. `show_help` prints the help contacts; `confirm_quit`
    asks whether to stop and returns True when the person said yes."""

    def __init__(
        self,
        console: Console,
        lang: Lang,
        show_help: Callable[[], None],
        confirm_quit: Callable[[], bool],
        relations: Callable[[], Sequence[RelationOption]] | None = None,
    ) -> None:
        """`relations`: the relation choices content offers for the answers so far
        (engine.relations.offered_relations); every kind when None."""
        self.con = console
        self.lang = lang
        self.show_help = show_help
        self.confirm_quit = confirm_quit
        self.relations = relations or (lambda: offered_relations(None, {}, lang))

    # --- shared -----------------------------------------------------------------------

    def _read(self, prompt: str) -> tuple[Command | None, str]:
        """A line and the command it stands for; help and a cancelled quit are handled here
        (they return (None, None-like) by looping), a confirmed quit raises _Quit."""
        while True:
            line = self.con.ask(prompt)
            cmd = command(line)
            if cmd is Command.HELP:
                self.show_help()
                continue
            if cmd is Command.QUIT:
                if self.confirm_quit():
                    raise _Quit
                continue
            return cmd, line

    def _numbered(self, labels: Sequence[str]) -> None:
        for i, label in enumerate(labels, start=1):
            self.con.say(f"  {i}. {label}")

    def _numbers(self, line: str, count: int) -> list[int] | None:
        """1-based numbers typed on one line (duplicates dropped), or None when any is wrong."""
        out: list[int] = []
        for part in _SPLIT.split(line.strip()):
            if not part:
                continue
            if not part.isdigit() or not 1 <= int(part) <= count:
                return None
            if int(part) not in out:
                out.append(int(part))
        return out

    # --- the question types -----------------------------------------------------------

    def ask(self, question: m.Question, current: AnswerValue | None) -> Step:
        try:
            if isinstance(question, m.SingleQuestion | m.ScaleQuestion):
                return self._single(question, current)
            if isinstance(question, m.MultiQuestion):
                return self._multi(question, current)
            if isinstance(question, m.TextQuestion):
                return self._text(question, current)
            return self._network(current)
        except _Quit:
            return Step("quit")

    def _show_current(self, question: m.Question, current: AnswerValue | None) -> None:
        if current is not None and not isinstance(current, Network):
            self.con.say(
                t("plain.current", self.lang, answer=answer_text(question, current, self.lang))
            )

    def _read_answer(self, prompt: str, current: AnswerValue | None) -> Step | str:
        """One line of input. Back, skip, and Enter to keep the earlier answer work the
        same for every question type; anything else comes back as the typed line."""
        cmd, line = self._read(prompt)
        if cmd is Command.BACK:
            return Step("back")
        if cmd is Command.SKIP:
            return Step("skip")
        if not line and current is not None:
            return Step("answer", current)
        return line

    def _single(self, q: m.SingleQuestion | m.ScaleQuestion, current: AnswerValue | None) -> Step:
        labels = [o.label.get(self.lang) for o in q.options]
        self._numbered(labels)
        self._show_current(q, current)
        lowered = [label.lower() for label in labels]
        while True:
            line = self._read_answer(t("plain.ask_one", self.lang), current)
            if isinstance(line, Step):
                return line
            if not line:  # as for several answers: not 'Dat nummer ken ik niet'
                self.con.say(t("plain.need_answer", self.lang))
                continue
            if line.lower() in lowered:
                return Step("answer", q.options[lowered.index(line.lower())].value)
            picked = self._numbers(line, len(labels))
            if picked is not None and len(picked) == 1:
                return Step("answer", q.options[picked[0] - 1].value)
            self.con.say(t("plain.bad_number", self.lang, max=len(labels)))

    def _multi(self, q: m.MultiQuestion, current: AnswerValue | None) -> Step:
        labels = [o.label.get(self.lang) for o in q.options]
        self._numbered(labels)
        self._show_current(q, current)
        while True:
            line = self._read_answer(t("plain.ask_many", self.lang), current)
            if isinstance(line, Step):
                return line
            if not line:
                self.con.say(t("plain.need_answer", self.lang))
                continue
            picked = self._numbers(line, len(labels))
            if not picked:
                self.con.say(t("plain.bad_number", self.lang, max=len(labels)))
                continue
            values = [q.options[i - 1].value for i in sorted(picked)]
            lonely = [v for v in values if v in q.exclusive]
            if lonely and len(values) > 1:
                label = labels[[o.value for o in q.options].index(lonely[0])]
                self.con.say(t("plain.exclusive", self.lang, label=label))
                continue
            return Step("answer", tuple(values))

    def _text(self, q: m.TextQuestion, current: AnswerValue | None) -> Step:
        self._show_current(q, current)
        while True:
            line = self._read_answer(t("plain.ask_text", self.lang), current)
            if isinstance(line, Step):
                return line
            if not line:
                self.con.say(t("plain.need_answer", self.lang))
                continue
            if len(line) > q.max_length:
                self.con.say(t("plain.too_long", self.lang, max=q.max_length))
                continue
            return Step("answer", line)

    # --- the network list ---------------------------------------------------------------

    def _show_people(self, people: list[Person]) -> None:
        if not people:
            self.con.say(t("plain.net_none", self.lang))
            return
        self.con.say(t("plain.net_list", self.lang))
        for i, p in enumerate(people, start=1):
            self.con.say(f"  {i}. {person_text(p, self.lang)}")
        self.con.say(t("plain.net_remove_hint", self.lang))

    def _network(self, current: AnswerValue | None) -> Step:
        people = list(current.people) if isinstance(current, Network) else []
        self.con.say(t("plain.net_intro", self.lang))
        self.con.say(t("plain.net_name_command", self.lang))
        self._show_people(people)
        while True:
            cmd, line = self._read(t("plain.net_name", self.lang))
            if cmd is Command.BACK:
                return Step("back", Network(people=tuple(people)) if people else None)
            if cmd is Command.SKIP:
                # The people named so far go along, so skipping asks before they are removed.
                return Step("skip", Network(people=tuple(people)) if people else None)
            if not line:
                return Step("answer", Network(people=tuple(people)))
            removed = self._remove(line, people)
            if removed is not None:
                self.con.say(t("plain.net_removed", self.lang, name=removed.name))
                self._show_people(people)
                continue
            if len(line) > NAME_MAX:
                self.con.say(t("plain.net_name_long", self.lang, max=NAME_MAX))
                continue
            try:
                person = self._person(line)
            except _Cancel:
                self.con.say(t("plain.net_cancelled", self.lang))
                continue
            people.append(person)
            self.con.say(t("plain.net_added", self.lang, person=person_text(person, self.lang)))

    def _remove(self, line: str, people: list[Person]) -> Person | None:
        words = line.lower().split()
        if len(words) == 2 and words[0] in ("weg", "remove") and words[1].isdigit():
            index = int(words[1]) - 1
            if 0 <= index < len(people):
                return people.pop(index)
        return None

    def _pick(self, prompt: str, labels: list[str], required: bool) -> int | None:
        """One number from a numbered list; None when not required and left empty."""
        self.con.say(prompt)
        self._numbered(labels)
        while True:
            cmd, line = self._read(t("plain.ask_one", self.lang))
            if cmd is Command.BACK or (cmd is Command.SKIP and required):
                raise _Cancel
            if (cmd is Command.SKIP or not line) and not required:
                return None
            picked = self._numbers(line, len(labels)) if line else None
            if picked is not None and len(picked) == 1:
                return picked[0] - 1
            self.con.say(t("plain.bad_number", self.lang, max=len(labels)))

    def _person(self, name: str) -> Person:
        lang = self.lang
        choices = list(self.relations())
        rel = self._pick(
            t("plain.net_relation", lang, name=name),
            [choice.label for choice in choices],
            required=True,
        )
        circle = self._pick(
            t("plain.net_circle", lang, name=name),
            [f"{circle_label(c, lang)}: {circle_help(c, lang)}" for c in CIRCLES],
            required=True,
        )
        assert rel is not None and circle is not None
        self.con.say(t("plain.net_supports", lang, name=name))
        labels = [support_label(s, lang) for s in SUPPORTS]
        self._numbered(labels)
        supports: list[int] = []
        while True:
            cmd, line = self._read(t("plain.ask_many", lang))
            if cmd is Command.BACK:
                raise _Cancel
            if cmd is Command.SKIP or not line:
                break
            picked = self._numbers(line, len(labels))
            if picked:
                supports = picked
                break
            self.con.say(t("plain.bad_number", lang, max=len(labels)))
        recip = self._pick(
            t("plain.net_reciprocity", lang, name=name),
            [reciprocity_label(r, lang) for r in RECIPROCITIES],
            required=False,
        )
        return Person(
            name=name,
            relation=choices[rel].kind,
            circle=CIRCLES[circle],
            supports=frozenset(SUPPORTS[i - 1] for i in supports),
            reciprocity=RECIPROCITIES[recip] if recip is not None else None,
        )


# --- the export prompt at the end ---------------------------------------------------------

EXPORT_FORMATS = ("html", "md", "txt")
_NO = frozenset({"n", "nee", "no", "niet"})


def export_path(raw: str) -> Path:
    """The file a typed name stands for: its ending picks the format, else .html."""
    path = Path(raw).expanduser()
    if path.suffix.lstrip(".").lower() not in EXPORT_FORMATS:
        path = path.with_name(path.name + ".html")
    return path


def ask_export_path(con: Console, lang: Lang) -> str | None:
    """The file the person wants their results in, or None for no file.

    The command words of every other prompt work here too (t/b back, o/s skip, q stop:
    no file; h help: what this is), and so do nee/no and Enter. A one-letter answer is
    never taken as a file name, a name already taken is not replaced, and the full path
    is shown and confirmed before anything is written.
    """
    while True:
        line = con.ask(t("plain.export_ask", lang)).strip()
        word = line.lower()
        if not line or word in _NO:
            return None
        said = command(line)
        if said is Command.HELP:
            con.say(t("safety.export_help", lang))
            continue
        if said is not None:
            return None
        if len(line) < 2:
            con.say(t("safety.export_short", lang))
            continue
        path = export_path(line)
        if os.path.lexists(path):
            con.say(t("safety.export_exists", lang, path=str(path)))
            continue
        answer = con.ask(t("safety.export_confirm", lang, path=str(path))).strip().lower()
        return str(path) if is_yes(answer) else None
