"""Plain-text preview of what one persona sees: questions, suggestions with reasons, help.

Used by `content preview`; pure text, no terminal UI, so editors can diff it.
"""

from __future__ import annotations

from netwerkcheck.content import models as m
from netwerkcheck.content.loader import Content
from netwerkcheck.content.personas import PersonaRun
from netwerkcheck.engine.answers import AnswerValue
from netwerkcheck.engine.conditions import Reason
from netwerkcheck.engine.flow import visible
from netwerkcheck.engine.network import Network
from netwerkcheck.i18n import Lang, t

FACTS: dict[str, tuple[str, str]] = {
    "people": ("mensen in je netwerk", "people in your network"),
    "inner": ("mensen heel dichtbij", "people very close"),
    "middle": ("mensen in de middelste cirkel", "people in the middle circle"),
    "outer": ("mensen verder weg", "people further away"),
    "kinds": ("soort contact", "kind of contact"),
    "missing_kinds": ("soort contact die er niet is", "kind of contact not there"),
    "supports": ("soort steun", "kind of support"),
    "missing_supports": ("soort steun die er niet is", "kind of support not there"),
    "one_sided": ("contacten waar het geven niet gelijk op gaat", "uneven contacts"),
    "i_give_more": ("contacten waar jij meer geeft", "contacts where you give more"),
    "they_give_more": ("contacten waar jij meer krijgt", "contacts where you receive more"),
}


def _label(q: m.Question, value: str, lang: Lang) -> str:
    if isinstance(q, m.SingleQuestion | m.MultiQuestion | m.ScaleQuestion):
        for o in q.options:
            if o.value == value:
                return o.label.get(lang)
    return value


def answer_text(q: m.Question, value: AnswerValue | None, lang: Lang) -> str:
    if value is None:
        return t("tool.preview_no_answer", lang)
    if isinstance(value, Network):
        names = ", ".join(f"{p.name} ({p.relation}, {p.circle})" for p in value.people)
        count = t("tool.preview_people", lang, count=len(value.people))
        return f"{count}: {names}" if names else count
    if isinstance(value, tuple):
        return ", ".join(_label(q, v, lang) for v in value)
    return _label(q, value, lang)


def reason_text(content: Content, reason: Reason, lang: Lang) -> str:
    nl = lang == "nl"
    if reason.question is not None:
        try:
            q = content.question(reason.question)
        except KeyError:
            return reason.question
        text = q.text.get(lang).strip()
        if not reason.values:
            return t("tool.reason_answered", lang, question=text)
        answer = ", ".join(_label(q, v, lang) for v in reason.values)
        return t("tool.reason_answer", lang, question=text, answer=answer)
    fact = reason.fact or "?"
    name = FACTS.get(fact, (fact, fact))[0 if nl else 1]
    if reason.count is not None:
        return t("tool.reason_count", lang, fact=name, count=reason.count)
    return t("tool.reason_value", lang, fact=name, value=reason.value or "")


def render_preview(content: Content, run: PersonaRun, lang: Lang) -> list[str]:
    persona = run.persona.persona
    lines = [
        t("tool.preview_title", lang, name=persona.name),
        persona.description.get(lang).strip(),
    ]
    lines += ["", t("tool.preview_questions", lang)]
    shown, _ = visible(content, run.answers)
    for i, q in enumerate(shown, 1):
        lines.append(f"{i:>3}. {q.text.get(lang).strip()}")
        lines.append(f"     → {answer_text(q, run.answers.get(q.id), lang)}")
    lines += ["", t("tool.preview_suggestions", lang)]
    if run.selection.contented:
        lines.append(t("tool.preview_contented", lang))
    groups = run.selection.by_kind()
    if not groups:
        lines.append("  " + t("tool.preview_none", lang))
    for kind, items in groups:
        lines.append(f"  {t('tool.kind.' + kind, lang)}")
        for c in items:
            s = c.suggestion
            lines.append(f"    - {s.title.get(lang)} [{s.id}]")
            reasons = [reason_text(content, r, lang) for r in c.reasons]
            for r in reasons or [t("tool.reason_always", lang)]:
                lines.append(f"      {r}")
    lines += ["", t("tool.preview_help", lang)]
    if run.help_ids is None:
        lines.append("  " + t("tool.preview_help_absent", lang))
    elif not run.help_hits:
        lines.append("  " + t("tool.preview_none", lang))
    else:
        for hit in run.help_hits:
            message = getattr(getattr(hit, "rule", None), "message", None)
            text = message.get(lang).strip() if isinstance(message, m.Text) else ""
            first, *rest = text.splitlines() or [""]
            lines.append(f"  - [{getattr(hit, 'id', '?')}] {first}")
            lines += [f"      {line}" for line in rest]
            for contact in getattr(hit, "contacts", ()):
                lines.append(f"      {getattr(contact, 'name', '')}")
            for r in getattr(hit, "reasons", ()):
                lines.append(f"      {reason_text(content, r, lang)}")
    return lines
