"""Help content: who to contact when things are hard, and when to show them.

Phone numbers change (113 changed in 2020 and in 2025), so they live in content data
with a source and a last-checked date, never in code. Help rules use the same
structured conditions as suggestions, so editors learn one format and the same
cross-checks (question ids, answer values) apply. The descriptions are Dutch because
they become hover help in the editors of the people who maintain content/.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import Field, StrictStr, model_validator

from netwerkcheck.content import models as m
from netwerkcheck.content.models import Condition, Id, Strict, Text
from netwerkcheck.content.problems import Problem
from netwerkcheck.content.validate import did_you_mean, validate
from netwerkcheck.content.yamlpos import Located, load_yaml
from netwerkcheck.i18n import Lang, t

HELP_FILE = "help.yaml"
HelpLevel = Literal["urgent", "support"]
STALE_AFTER_DAYS = 365


class Contact(Strict):
    """Een hulplijn of organisatie. Zet altijd de bron en de datum van controle erbij:
    nummers veranderen."""

    id: Id
    name: StrictStr = Field(
        min_length=1, description="De naam, zoals de organisatie zichzelf noemt."
    )
    what: Text = Field(description="Wat je er kunt doen, in een korte zin.")
    phone: StrictStr | None = Field(default=None, description="Het telefoonnummer.")
    phone_alt: StrictStr | None = Field(
        default=None, description="Een tweede telefoonnummer (bijvoorbeeld een 0800-nummer)."
    )
    chat: StrictStr | None = Field(default=None, description="Waar je kunt chatten (een website).")
    url: StrictStr | None = Field(default=None, description="De website.")
    hours: Text | None = Field(default=None, description="Wanneer ze bereikbaar zijn.")
    who_for: Text = Field(description="Voor wie deze hulp is.")
    ages: m.Years | None = Field(
        default=None,
        description="Voor welke leeftijden (from/to, in jaren). Niemand ziet een hulplijn "
        "buiten zijn of haar leeftijd. Laat weg als de hulp voor iedereen is.",
    )
    source: m.Source = Field(
        description="De openbare bron van deze gegevens (ref, url) en wanneer iemand die las."
    )

    @property
    def last_checked(self) -> dt.date:
        return self.source.last_checked


class HelpRule(Strict):
    """Wanneer hulp meteen getoond wordt, rustig en zonder de check te stoppen."""

    id: Id
    when: Condition = Field(description="Bij welke antwoorden deze hulp verschijnt.")
    contacts: list[Id] = Field(min_length=1, description="De hulplijnen die getoond worden.")
    level: Literal["urgent", "support"] = Field(
        description="urgent: meteen en als eerste tonen (bijvoorbeeld 113 en 112); "
        "support: iemand om mee te praten."
    )
    message: Text = Field(description="Een rustige, korte tekst (B1). Geen oordeel, geen opdracht.")
    suggestion_kinds: list[m.SuggestionKind] | None = Field(
        default=None,
        description="Als deze regel verschijnt: alleen suggesties van deze soorten tonen "
        "(bijvoorbeeld [talk] bij een crisis: niets luchtigs naast de hulp).",
    )
    at_once: bool = Field(
        default=True,
        description="true: meteen na het antwoord tonen. false: alleen bij de uitslag en in "
        "exports, voor hulp die bij iemand past zonder teken van nood (bijvoorbeeld bij een "
        "leeftijd). Een urgent-regel verschijnt altijd meteen.",
    )

    @model_validator(mode="after")
    def _urgent_at_once(self) -> HelpRule:
        if self.level == "urgent" and not self.at_once:
            raise ValueError("urgent_at_once")
        return self


class HelpFile(Strict):
    """Hulp en doorverwijzing: hulplijnen, regels voor wanneer ze verschijnen, en de
    rustige regel onder elke uitslag."""

    sources: list[StrictStr] = Field(min_length=1, description="Waar de inhoud op gebaseerd is.")
    intro: Text = Field(description="De eerste tekst op het hulpscherm.")
    closing: Text = Field(
        description="De rustige regel onder de uitslag als er geen hulpregel verscheen: "
        "een verwijzing naar het hulpscherm, zonder nummers van crisislijnen."
    )
    calm: list[Id] = Field(
        default_factory=list,
        description="Hulplijnen om mee te praten onder een export of handout als er geen "
        "hulpregel verscheen (alleen die bij de leeftijd passen).",
    )
    always: list[Id] = Field(
        min_length=1, description="De hulplijnen op het hulpscherm, in deze volgorde."
    )
    contacts: list[Contact] = Field(min_length=1)
    rules: list[HelpRule] = Field(default_factory=list)


@dataclass(frozen=True)
class HelpContent:
    """The checked help content. Pure data; engine.help reads it."""

    intro: m.Text
    closing: m.Text
    contacts: dict[str, Contact]
    always: tuple[str, ...]
    rules: tuple[HelpRule, ...]
    calm: tuple[str, ...] = ()
    warnings: list[Problem] = field(default_factory=list)

    def contact(self, cid: str) -> Contact:
        return self.contacts[cid]

    def always_contacts(self) -> list[Contact]:
        """The contacts for the help screen, in the editor's order."""
        return [self.contacts[c] for c in self.always]


def _full_reference(ref: str) -> bool:
    """A reference an editor can find without a URL: it names a year (and more words)."""
    return bool(re.search(r"\b(19|20)\d\d\b", ref)) and len(ref.split()) >= 4


def _display(file: Path) -> str:
    try:
        return str(file.relative_to(Path.cwd()))
    except ValueError:
        return str(file)


def load_help(
    content_dir: Path,
    questions: Mapping[str, m.Question],
    lang: Lang,
    *,
    required: bool = True,
    today: dt.date | None = None,
) -> tuple[HelpContent | None, list[Problem]]:
    """Read content_dir/help.yaml and cross-check it against the questions.

    Returns the help content (None when it cannot be used) and every problem found;
    warnings (severity "warning") do not make it unusable. A missing file is an error
    unless `required` is False (an overlay folder need not repeat the help).
    """
    file = content_dir / HELP_FILE
    display = _display(file)
    if not os.path.lexists(file):
        if not required:
            return None, []
        return None, [Problem(display, 1, 1, t("err.help_missing", lang, dir=content_dir))]
    located = load_yaml(file, display, lang)
    if isinstance(located, Problem):
        return None, [located]
    parsed, problems = validate(HelpFile, located, lang)
    if parsed is None:
        return None, problems
    problems += _cross_check(parsed, located, dict(questions), lang, today or dt.date.today())
    if any(p.severity == "error" for p in problems):
        return None, problems
    help_content = HelpContent(
        intro=parsed.intro,
        closing=parsed.closing,
        contacts={c.id: c for c in parsed.contacts},
        always=tuple(parsed.always),
        rules=tuple(parsed.rules),
        calm=tuple(parsed.calm),
        warnings=[p for p in problems if p.severity == "warning"],
    )
    return help_content, problems


def _cross_check(
    parsed: HelpFile,
    located: Located,
    questions: dict[str, m.Question],
    lang: Lang,
    today: dt.date,
) -> list[Problem]:
    # Imported here, not at the top: the loader may import this module to load help.
    from netwerkcheck.content.crosscheck import check_condition

    problems: list[Problem] = []

    def at(path: tuple[str | int, ...], message: str, severity: str = "error") -> None:
        line, col = located.where(path)
        problems.append(
            Problem(
                located.path, line, col, message, "warning" if severity == "warning" else "error"
            )
        )

    seen: dict[str, int] = {}
    for i, c in enumerate(parsed.contacts):
        if c.id in seen:
            line, _ = located.where(("contacts", seen[c.id], "id"))
            at(
                ("contacts", i, "id"),
                t("err.duplicate_id", lang, id=c.id, other=f"{located.path}:{line}"),
            )
        else:
            seen[c.id] = i
        if not (c.phone or c.chat or c.url):
            at(("contacts", i), t("err.help_no_way", lang, id=c.id))
        if c.ages is not None and c.ages.from_ > c.ages.to:
            at(("contacts", i, "ages"), t("err.years_order", lang))
        if not c.source.url and not _full_reference(c.source.ref):
            at(("contacts", i, "source"), t("err.source_vague", lang, id=c.id), "warning")
        age = (today - c.last_checked).days
        if age > STALE_AFTER_DAYS:
            at(
                ("contacts", i, "source", "last_checked"),
                t("err.help_stale", lang, id=c.id, date=c.last_checked.isoformat()),
                "warning",
            )

    def known(cid: str, path: tuple[str | int, ...]) -> None:
        if cid not in seen:
            hint = did_you_mean(cid, seen, lang)
            at(path, t("err.unknown_id", lang, what=t("what.contact", lang), id=cid, hint=hint))

    for i, cid in enumerate(parsed.always):
        known(cid, ("always", i))
    for i, cid in enumerate(parsed.calm):
        known(cid, ("calm", i))
    missing = [cid for cid in seen if cid not in parsed.always]
    for cid in missing:
        at(("contacts", seen[cid], "id"), t("err.help_not_always", lang, id=cid), "warning")

    rule_seen: dict[str, int] = {}
    for i, rule in enumerate(parsed.rules):
        if rule.id in rule_seen:
            line, _ = located.where(("rules", rule_seen[rule.id], "id"))
            at(
                ("rules", i, "id"),
                t("err.duplicate_id", lang, id=rule.id, other=f"{located.path}:{line}"),
            )
        else:
            rule_seen[rule.id] = i
        for j, cid in enumerate(rule.contacts):
            known(cid, ("rules", i, "contacts", j))
        check_condition(rule.when, located, ("rules", i, "when"), questions, lang, problems)
    return problems
