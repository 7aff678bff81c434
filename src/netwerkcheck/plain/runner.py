"""The plain check from welcome to results, one line at a time.

Same content, same engine, same order as the app: flow decides which question comes
next, help rules are checked after every answer (and shown at once, calmly, without
ending the check), suggest picks the suggestions. Saving is a callable the caller
passes in, so this module knows nothing of where or how answers are stored.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TextIO

from netwerkcheck.content.help_models import HelpContent
from netwerkcheck.content.loader import Content
from netwerkcheck.engine import flow
from netwerkcheck.engine.answers import AnswerValue
from netwerkcheck.engine.explain import clear_question, reason_lines, summary_lines
from netwerkcheck.engine.help import HelpHit, always_for, help_for, new_hits
from netwerkcheck.engine.network import Network
from netwerkcheck.engine.relations import offered_relations
from netwerkcheck.engine.session import CheckSession, Move
from netwerkcheck.i18n import Lang, t
from netwerkcheck.plain.console import Console, Ended, is_yes
from netwerkcheck.plain.prompts import Asker, Step, ask_export_path
from netwerkcheck.plain.render import contact_block, help_block_lines, help_pointer, person_text
from netwerkcheck.store.errors import StoreError

Saver = Callable[[dict[str, AnswerValue], list[str], str | None, bool], None]
"""saver(answers, skipped, current, finished): called after every answer and at the end."""

Exporter = Callable[[dict[str, AnswerValue], list[str], str], Path]
"""exporter(answers, skipped, path): writes the results to the path the person typed
(format by its ending) and returns where it went; raises StoreError when it cannot."""

EXIT_OK = 0


def run_plain(
    content: Content,
    help: HelpContent | None,
    lang: Lang,
    save: bool,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    *,
    saver: Saver | None = None,
    answers: Mapping[str, AnswerValue] | None = None,
    skipped: Sequence[str] = (),
    current: str | None = None,
    exporter: Exporter | None = None,
) -> int:
    """Run the check in plain lines; returns an exit code (0: finished or stopped on purpose,
    and also when stdin ends early: that is a way of stopping, not an error).

    `answers`, `skipped` and `current` resume an interrupted check. `saver` is only called
    when `save` is true.
    """
    console = Console(stdin or sys.stdin, stdout or sys.stdout)
    session = CheckSession(
        content, answers=dict(answers or {}), skipped=set(skipped), current=current
    )
    plain = _Plain(session, help, lang, console, saver if save else None, save)
    plain.exporter = exporter
    try:
        return plain.run()
    except Ended:
        console.say(t("plain.eof", lang))
        if save:
            console.say(t("plain.quit_saved", lang))
        return EXIT_OK


class _Plain:
    """The plain front end: it asks and prints; the session core (engine.session) holds
    the answers and the rules (keep on Enter, ask before removing, autosave)."""

    def __init__(
        self,
        session: CheckSession,
        help_content: HelpContent | None,
        lang: Lang,
        console: Console,
        saver: Saver | None,
        save: bool,
    ) -> None:
        self.session = session
        self.content = session.content
        self.help = help_content
        self.lang = lang
        self.con = console
        self.saver = saver
        self.save = save
        self.shown_help: set[str] = set()
        self.save_failed = False
        self.asker = Asker(
            console,
            lang,
            self.show_help,
            self.confirm_quit,
            relations=lambda: offered_relations(self.content, self.answers, lang),
        )
        self.exporter: Exporter | None = None
        session.on_change = self.store

    @property
    def answers(self) -> dict[str, AnswerValue]:
        return self.session.answers

    def skipped(self) -> list[str]:
        """Skipped questions in the order of the check."""
        return [q.id for q in self.content.questions if q.id in self.session.skipped]

    # --- the loop -----------------------------------------------------------------------

    def run(self) -> int:
        self.welcome()
        # Help that already applies to resumed answers counts as shown: no repeat on resume.
        self.shown_help = {h.id for h in self.hits()}
        session = self.session
        last_theme: str | None = None
        while session.current is not None:
            qid = session.current
            theme = self.content.question_theme.get(qid)
            if theme is not None and theme != last_theme:
                self.theme_intro(theme)
                last_theme = theme
            step = self.ask(qid)
            if step.kind == "quit":
                self.stop()
                return EXIT_OK
            if step.kind == "back":
                if step.value is not None:
                    session.answer(step.value)
                if session.back() is None:
                    self.con.say(t("plain.first_question", self.lang))
                last_theme = None
                continue
            if step.kind == "skip":
                if step.value is not None:
                    session.answer(step.value)  # people named just now count before asking
                if session.skip() is Move.CONFIRM:
                    if self.confirm_clear(qid):
                        session.skip(confirmed=True)
                    else:
                        self.con.say(t("answers.clear_kept", self.lang))
                        continue  # the same question again, its answer as it was
            else:
                session.submit(step.value)
            self.help_now()
        if not session.finished:
            session.next()
        self.results()
        self.offer_export()
        return EXIT_OK

    def confirm_clear(self, qid: str) -> bool:
        """Skip on an answered question: ask before the answer is removed."""
        value = self.answers.get(qid)
        if value is None:
            return True
        question = clear_question(self.content.question(qid), value, self.lang)
        line = self.con.ask(f"{question} {t('answers.yes_no', self.lang)}")
        return is_yes(line)

    def offer_export(self) -> None:
        """Like the app: a file only when asked for, to the path the person types."""
        if self.exporter is None:
            return
        self.con.say()
        line = ask_export_path(self.con, self.lang)  # commands, confirmation (#17)
        if line is None:
            return
        try:
            path = self.exporter(dict(self.answers), self.skipped(), line)
        except StoreError as exc:  # the file exists, the disk is full, ...
            self.con.say(t("plain.export_failed", self.lang, reason=exc.message(self.lang)))
            return
        except Exception as exc:  # a failed export must not end in a traceback
            self.con.say(t("plain.export_failed", self.lang, reason=type(exc).__name__))
            return
        self.con.say(t("export.saved_to", self.lang, path=str(path)))

    def ask(self, qid: str) -> Step:
        question = self.content.question(qid)
        where = self.session.progress()
        theme = self.content.theme(self.content.question_theme[qid])
        self.con.say()
        self.con.say(
            t(
                "answers.where",
                self.lang,
                n=where.theme,
                total=where.themes,
                title=theme.title.get(self.lang),
            )
        )
        self.con.say(question.text.get(self.lang))
        if question.hint is not None:
            self.con.say(question.hint.get(self.lang))
        self.con.say(t("plain.keys", self.lang))
        return self.asker.ask(question, self.answers.get(qid))

    # --- pieces -------------------------------------------------------------------------

    def welcome(self) -> None:
        self.con.say(t("plain.title", self.lang))
        self.con.say()
        self.con.say(t("plain.welcome", self.lang))
        self.con.say(t("plain.privacy_save" if self.save else "plain.privacy_nosave", self.lang))
        self.con.say()
        self.con.say(t("plain.how", self.lang))

    def theme_intro(self, theme_id: str) -> None:
        theme = self.content.theme(theme_id)
        if theme.intro is not None:
            self.con.say()
            self.con.say(theme.intro.get(self.lang))

    def store(self, session: CheckSession) -> None:
        """Save through the caller's saver; a failed save is told once and never ends the check."""
        if self.saver is None:
            return
        try:
            self.saver(dict(session.answers), self.skipped(), session.current, session.finished)
        except Exception:  # any failure of the store must not cost the person their check
            if not self.save_failed:
                self.save_failed = True
                self.con.say(t("plain.save_failed", self.lang))

    def hits(self) -> list[HelpHit]:
        if self.help is None:
            return []
        return help_for(self.content, self.help, self.answers)

    def help_now(self) -> None:
        """Show help that an answer has just brought up, right away and calmly."""
        hits = self.hits()
        fresh = new_hits(hits, self.shown_help)
        self.shown_help = {h.id for h in hits}
        if not fresh:
            return
        for hit in fresh:
            self.con.say()
            self.con.say(hit.rule.message.get(self.lang))
            for contact in hit.contacts:
                for line in contact_block(contact, self.lang):
                    self.con.say(line)
        self.con.say(t("plain.help_after", self.lang))

    def show_help(self) -> None:
        self.con.say()
        self.con.say(t("plain.help_title", self.lang))
        if self.help is not None:
            self.con.say(self.help.intro.get(self.lang))
            for contact in always_for(self.content, self.help, self.answers):
                for line in contact_block(contact, self.lang):
                    self.con.say(line)
        self.con.say(t("plain.help_back", self.lang))
        self.con.say()

    def confirm_quit(self) -> bool:
        answer = self.con.ask(t("plain.quit_confirm", self.lang))
        return is_yes(answer)

    def stop(self) -> None:
        self.con.say(t("plain.quit_saved" if self.save else "plain.quit_unsaved", self.lang))
        self.closing()
        self.con.say(t("plain.goodbye", self.lang))

    def closing(self) -> None:
        """The calm pointer to help at the end, only when no help rule fired (then the
        help itself stands at the top of the results)."""
        if self.help is not None and not self.hits():
            self.con.say()
            self.con.say(help_pointer(self.help, self.lang))

    # --- results ------------------------------------------------------------------------

    def results(self) -> None:
        """The same parts, in the same words, as the app's results screen."""
        lang = self.lang
        self.con.say()
        self.con.say(t("results.title", lang))
        self.con.say(t("results.intro", lang))
        for line in help_block_lines(self.hits(), lang):
            self.con.say(line)
        selection = self.session.results()
        if selection.contented:
            self.con.say(t("results.contented", lang))
        _, effective = flow.visible(self.content, self.answers)
        net_q = flow.network_question_id(self.content)
        network = effective.get(net_q) if net_q else None
        if isinstance(network, Network):
            self.con.say()
            self.con.say(t("results.network", lang))
            if not network.people:
                self.con.say(t("plain.net_none", lang))
            for p in network.people:
                self.con.say(f"- {person_text(p, lang)}")
        said = summary_lines(self.content, self.answers, lang)
        if said:
            self.con.say()
            self.con.say(t("results.you_said", lang))
            for question, answer in said:
                self.con.say(f"- {question}")
                self.con.say(f"  -> {answer}")
        if not selection.chosen:
            self.con.say()
            self.con.say(t(selection.none_text_id, lang))
        for kind, items in selection.by_kind():
            self.con.say()
            self.con.say(t(f"results.kind.{kind}", lang))
            for chosen in items:
                s = chosen.suggestion
                self.con.say(f"- {s.title.get(lang)}")
                for line in s.text.get(lang).strip().split("\n"):
                    self.con.say(f"  {line}")
                if s.link:
                    self.con.say("  " + t("results.link", lang, link=s.link))
                self.con.say("  " + t("why.intro", lang, title=s.title.get(lang)))
                for reason in reason_lines(self.content, chosen.reasons, lang):
                    self.con.say(f"    - {reason}")

        self.closing()
