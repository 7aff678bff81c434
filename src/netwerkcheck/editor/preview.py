"""Plain-text preview of what one persona sees: questions, suggestions with reasons, help.

Used by `content preview`; pure text, no terminal UI, so editors can diff it.
"""

from __future__ import annotations

from netwerkcheck.content import models as m
from netwerkcheck.content.loader import Content
from netwerkcheck.editor.personas import PersonaRun
from netwerkcheck.engine import explain
from netwerkcheck.engine.answers import AnswerValue
from netwerkcheck.engine.conditions import Reason
from netwerkcheck.engine.explain import option_label
from netwerkcheck.engine.flow import visible
from netwerkcheck.engine.network import Network
from netwerkcheck.engine.relations import offered_relations
from netwerkcheck.i18n import Lang, t, tn


def answer_text(q: m.Question, value: AnswerValue | None, lang: Lang) -> str:
    if value is None:
        return t("tool.preview_no_answer", lang)
    if isinstance(value, Network):
        names = ", ".join(f"{p.name} ({p.relation}, {p.circle})" for p in value.people)
        count = tn("tool.preview_people", len(value.people), lang, count=len(value.people))
        return f"{count}: {names}" if names else count
    if isinstance(value, tuple):
        return ", ".join(option_label(q, v, lang) for v in value)
    return option_label(q, value, lang)


def reason_text(content: Content, reason: Reason, lang: Lang) -> str:
    return explain.reason_text(content, reason, lang) or t("tool.reason_always", lang)


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
        if isinstance(q, m.NetworkQuestion):
            offered = offered_relations(content, run.answers, lang)
            choices = ", ".join(o.label for o in offered)
            lines.append(f"     {t('tool.preview_relations', lang, choices=choices)}")
    lines += ["", t("tool.preview_suggestions", lang)]
    if run.selection.contented:
        lines.append(t("tool.preview_contented", lang))
    if run.selection.limited_to is not None:
        kinds = ", ".join(sorted(run.selection.limited_to))
        lines.append(t("tool.preview_limited", lang, kinds=kinds))
    groups = run.selection.by_kind()
    if not groups:
        lines.append("  " + t("tool.preview_none", lang))
    for kind, items in groups:
        lines.append(f"  {t('tool.kind.' + kind, lang)}")
        for c in items:
            s = c.suggestion
            fit = t(
                "tool.preview_generic" if c.generic else "tool.preview_specific",
                lang,
                score=f"{c.score:.2f}",
            )
            always = f", {t('tool.preview_always', lang)}" if s.always else ""
            lines.append(f"    - {s.title.get(lang)} [{s.id}] ({fit}{always})")
            reasons = [reason_text(content, r, lang) for r in c.reasons]
            for r in reasons or [t("tool.reason_always", lang)]:
                lines.append(f"      {r}")
    lines += ["", t("tool.preview_help", lang)]
    if not run.help_hits:
        lines.append("  " + t("tool.preview_none", lang))
    for hit in run.help_hits:
        first, *rest = hit.rule.message.get(lang).strip().splitlines() or [""]
        lines.append(f"  - [{hit.id}] {first}")
        lines += [f"      {line}" for line in rest]
        lines += [f"      {contact.name}" for contact in hit.contacts]
        lines += [f"      {reason_text(content, r, lang)}" for r in hit.reasons]
    return lines
