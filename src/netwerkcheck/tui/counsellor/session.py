"""What counsellor mode adds to a check in progress: 'to talk about' marks and
private notes, kept on the record of the session (saved with it when saving is on)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from textual.widget import Widget
from textual.widgets import Static

from netwerkcheck.cleantext import clean
from netwerkcheck.content import models as m
from netwerkcheck.content.loader import Content
from netwerkcheck.engine.explain import answer_labels
from netwerkcheck.engine.flow import visible
from netwerkcheck.engine.network import CIRCLES, Network
from netwerkcheck.i18n import Lang, get_lang, t
from netwerkcheck.store import CheckRecord
from netwerkcheck.store.record import SUGGESTION_MARK
from netwerkcheck.tui.text import prose

if TYPE_CHECKING:
    from netwerkcheck.tui.app import NetwerkcheckApp

SESSION_NOTES = "session"
"""The notes key for the session as a whole; other keys are theme ids."""


def client_label(app: NetwerkcheckApp) -> str:
    """'Cliënt: <pseudonym>' (or 'without saving'), shown on every counsellor screen."""
    if app.client:
        return t("counsellor.client_in_hand", name=app.client)
    return t("counsellor.client_none")


def toggle_talk_about(app: NetwerkcheckApp, qid: str) -> bool:
    """Add or remove the mark on one question; True when it is now marked."""
    record = app.autosave.record
    marks = list(record.talk_about)
    marked = qid not in marks
    if marked:
        marks.append(qid)
    else:
        marks.remove(qid)
    record.talk_about = marks
    app.autosave.save()
    return marked


def set_note(app: NetwerkcheckApp, key: str, text: str) -> bool:
    """Keep (or, when blank, remove) one note on the session's record, and say so
    ('Bewaard'). True when it is on disk (sealed in the vault)."""
    record = app.autosave.record
    notes = dict(record.notes)
    text = clean(text)  # typed or pasted: no terminal control is kept
    if text.strip():
        notes[key] = text
    else:
        notes.pop(key, None)
    record.notes = notes
    saved = app.autosave.save()
    if saved or app.autosave.store is None:
        app.notify(
            t("counsellor.note_saved" if saved else "counsellor.note_saved_memory"),
            markup=False,
            timeout=4,
        )
    return saved


def note_lines(content: Content, record: CheckRecord, lang: Lang) -> list[tuple[str, str]]:
    """(title, text) of every note of the session: the themes in the order of the
    check, then the session's own note. The text is cleaned (a saved file may hold
    anything); show it plain, never as markup."""
    order = [th.id for th in content.themes] + [SESSION_NOTES]
    keys = sorted(record.notes, key=lambda k: order.index(k) if k in order else len(order))
    texts = {k: clean(record.notes[k]) for k in keys}
    return [(note_title(content, k, lang), texts[k]) for k in keys if texts[k].strip()]


def note_title(content: Content, key: str, lang: Lang) -> str:
    """'Notes on <theme>' for a theme id, 'Notes on this session' for the session."""
    if key == SESSION_NOTES:
        return t("counsellor.notes_session", lang)
    titles = {th.id: th.title.get(lang) for th in content.themes}
    return t("counsellor.notes_theme", lang, theme=titles.get(key, key))


def answer_text(content: Content, record: CheckRecord, qid: str, lang: Lang) -> str | None:
    """The answer to one question as words (for the network: the people named, by
    circle), or None when it has none that counts."""
    _, effective = visible(content, record.engine_answers())
    value = effective.get(qid)
    if value is None:
        return None
    if isinstance(value, Network):
        if not value.people:
            return None
        parts = []
        for circle in CIRCLES:
            names = [p.name for p in value.in_circle(circle)]
            if names:
                parts.append(f"{t(f'net.circle.{circle}', lang)}: {', '.join(names)}")
        return "; ".join(parts)
    values = (value,) if isinstance(value, str) else value
    return ", ".join(answer_labels(content.question(qid), values, lang))


def mark_lines(
    content: Content, record: CheckRecord, marks: Iterable[str], lang: Lang
) -> list[tuple[str, str]]:
    """(question, answer) for each marked question, in the order of the check, then
    (suggestion title, '') for each marked suggestion."""
    marked = set(marks)
    out: list[tuple[str, str]] = []
    for q in content.questions:
        if q.id in marked:
            answer = answer_text(content, record, q.id, lang) or t("counsellor.no_answer", lang)
            out.append((q.text.get(lang).strip(), answer))
    for s in content.suggestions:
        if f"{SUGGESTION_MARK}{s.id}" in marked:
            out.append((s.title.get(lang).strip(), ""))
    return out


def talk_about_lines(content: Content, record: CheckRecord, lang: Lang) -> list[tuple[str, str]]:
    """The counsellor's 'to talk about' marks as (question, answer) lines."""
    return mark_lines(content, record, record.talk_about, lang)


def question_extras(app: NetwerkcheckApp, theme: m.Theme, question: m.Question) -> list[Widget]:
    """Below the answer: the mark (when set) and the theme's conversation prompts."""
    lang = get_lang()
    marked = question.id in app.autosave.record.talk_about
    mark = Static(t("counsellor.talk_marked"), id="talk-mark", classes="talk-mark", markup=False)
    mark.display = marked  # takes no line when the question is not marked
    parts: list[Widget] = [mark]
    if theme.prompts:
        lines = [f"{t('counsellor.prompts')}: {prose(theme.prompts[0].get(lang))}"]
        lines += [f"• {prose(p.get(lang))}" for p in theme.prompts[1:]]
    else:
        lines = [f"{t('counsellor.prompts')}: {t('counsellor.no_prompts')}"]
    parts.append(Static("\n".join(lines), id="counsellor-prompts", markup=False))
    return parts
