"""Personas: example people with answers and what they should (not) get to see.

They are the editors' tests: change a suggestion's condition and `content check` tells
you which example person now gets something different. They also show which
suggestions and help rules no example ever reaches. One persona per file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

from pydantic import Field, StrictStr

from netwerkcheck.content import models as m
from netwerkcheck.content.loader import Content, SourceFile, read_source
from netwerkcheck.content.problems import Problem
from netwerkcheck.content.validate import did_you_mean, validate
from netwerkcheck.content.yamlpos import PathKey
from netwerkcheck.engine.answers import AnswerValue
from netwerkcheck.engine.flow import evaluator, visible
from netwerkcheck.engine.help import HelpHit, help_for
from netwerkcheck.engine.network import (
    NAME_MAX,
    RELATIONS,
    Circle,
    Network,
    Person,
    Reciprocity,
    Relation,
)
from netwerkcheck.engine.network import Support as SupportKind
from netwerkcheck.engine.relations import offered_relations
from netwerkcheck.engine.suggest import Selection, select
from netwerkcheck.i18n import Lang, t


class PersonaPerson(m.Strict):
    """Iemand in het netwerk van de persona (een verzonnen naam)."""

    name: StrictStr = Field(
        min_length=1, max_length=NAME_MAX, description="Een verzonnen voornaam."
    )
    relation: Relation = Field(
        description="partner, family, friend, neighbour, colleague, school, club of professional."
    )
    circle: Circle = Field(description="inner (heel dichtbij), middle of outer.")
    supports: list[SupportKind] = Field(
        default_factory=list, description="company, practical, advice, confide."
    )
    reciprocity: Reciprocity | None = Field(
        default=None, description="both, i_give (ik geef meer) of they_give (ik krijg meer)."
    )


AnswerSpec = Annotated[
    StrictStr | list[StrictStr] | list[PersonaPerson],
    Field(
        description="Een waarde (single, scale, text), een lijst van waarden (multi) of een "
        "lijst van mensen (de netwerkvraag)."
    ),
]


class Expect(m.Strict):
    """Wat deze persona wel en niet te zien hoort te krijgen."""

    includes: list[m.Id] = Field(default_factory=list, description="Suggesties die getoond worden.")
    excludes: list[m.Id] = Field(
        default_factory=list, description="Suggesties die niet getoond worden."
    )
    help: list[m.Id] = Field(default_factory=list, description="Hulpregels die verschijnen.")
    no_help: bool = Field(default=False, description="true: er verschijnt geen enkele hulpregel.")
    not_asked: list[m.Id] = Field(
        default_factory=list,
        description="Vragen die deze persona niet krijgt (bijvoorbeeld geen pensioen onder de 18).",
    )
    relations: list[m.Id] = Field(
        default_factory=list,
        description="Relaties die deze persona kan kiezen bij 'Hoe ken je deze persoon?'.",
    )
    no_relations: list[m.Id] = Field(
        default_factory=list, description="Relaties die deze persona niet kan kiezen."
    )


class Persona(m.Strict):
    """Een voorbeeldpersoon: antwoorden, en wat deze persoon hoort te zien. Een test voor
    de inhoud: `netwerkcheck content check` voert alle persona's uit."""

    name: m.Id = Field(description="De naam voor `content preview --persona NAAM`.")
    description: m.Text = Field(description="Wie is dit, in een of twee zinnen.")
    lang: m.Lang = Field(default="nl", description="De taal waarin deze persona de check doet.")
    answers: dict[m.Id, AnswerSpec] = Field(
        default_factory=dict, description="Per vraag-id het antwoord."
    )
    expect: Expect = Field(default_factory=Expect)


@dataclass
class LoadedPersona:
    persona: Persona
    source: SourceFile

    @property
    def path(self) -> str:
        return self.source.located.path

    def where(self, loc: PathKey) -> tuple[int, int]:
        return self.source.located.where(loc)


@dataclass
class PersonaRun:
    """What one persona got: the answers that were built, the selection and the help."""

    persona: LoadedPersona
    answers: dict[str, AnswerValue]
    selection: Selection
    eligible: set[str]
    help_hits: list[HelpHit] = field(default_factory=list)

    @property
    def help_ids(self) -> list[str]:
        return [h.id for h in self.help_hits]


def load_personas(content: Content, lang: Lang) -> tuple[list[LoadedPersona], list[Problem]]:
    """Every persona of every layer; an overlay persona with the same name replaces one."""
    problems: list[Problem] = []
    found: dict[str, LoadedPersona] = {}
    layer_of: dict[str, bool] = {}
    if content.layers is None:
        return [], problems
    for file, is_overlay in content.layers.files("personas"):
        src = read_source(file, "personas", lang, problems, is_overlay)
        if src is None:
            continue
        content.files.append(src)
        persona, errs = validate(Persona, src.located, lang)
        problems += errs
        if persona is None:
            continue
        if persona.name in found and layer_of[persona.name] == is_overlay:
            other = found[persona.name]
            line, col = src.located.where(("name",))
            other_line, _ = other.where(("name",))
            problems.append(
                Problem(
                    src.located.path,
                    line,
                    col,
                    t(
                        "tool.persona_dup",
                        lang,
                        name=persona.name,
                        other=f"{other.path}:{other_line}",
                    ),
                )
            )
            continue
        found[persona.name] = LoadedPersona(persona, src)
        layer_of[persona.name] = is_overlay
    return list(found.values()), problems


def build_answers(
    content: Content, lp: LoadedPersona, lang: Lang
) -> tuple[dict[str, AnswerValue], list[Problem]]:
    """The persona's answers in the engine's form, or problems where they do not fit."""
    problems: list[Problem] = []
    answers: dict[str, AnswerValue] = {}
    ids = [q.id for q in content.questions]

    def at(loc: PathKey, message: str) -> None:
        line, col = lp.where(loc)
        problems.append(Problem(lp.path, line, col, message))

    for qid, spec in lp.persona.answers.items():
        loc: PathKey = ("answers", qid)
        if qid not in ids:
            hint = did_you_mean(qid, ids, lang)
            at(loc, t("err.unknown_id", lang, what=t("what.question", lang), id=qid, hint=hint))
            continue
        q = content.question(qid)

        def shape(expected: str, q: m.Question = q, loc: PathKey = loc, qid: str = qid) -> None:
            at(
                loc,
                t(
                    "tool.persona_shape",
                    lang,
                    question=qid,
                    qtype=q.type,
                    expected=t(expected, lang),
                ),
            )

        if isinstance(q, m.NetworkQuestion):
            if not isinstance(spec, list) or not all(isinstance(p, PersonaPerson) for p in spec):
                shape("tool.shape_people")
                continue
            people = tuple(
                Person(
                    name=p.name,
                    relation=p.relation,
                    circle=p.circle,
                    supports=frozenset(p.supports),
                    reciprocity=p.reciprocity,
                )
                for p in spec
                if isinstance(p, PersonaPerson)
            )
            answers[qid] = Network(people=people)
            continue
        if isinstance(q, m.TextQuestion):
            if not isinstance(spec, str):
                shape("tool.shape_text")
                continue
            answers[qid] = spec
            continue
        offered = [o.value for o in q.options]
        if isinstance(q, m.MultiQuestion):
            values = [spec] if isinstance(spec, str) else spec
            if not all(isinstance(v, str) for v in values):
                shape("tool.shape_list")
                continue
            chosen = [v for v in values if isinstance(v, str)]
        else:
            if not isinstance(spec, str):
                shape("tool.shape_one")
                continue
            chosen = [spec]
        ok = True
        for i, v in enumerate(chosen):
            if v not in offered:
                vloc: PathKey = (*loc, i) if isinstance(spec, list) else loc
                hint = did_you_mean(v, offered, lang)
                at(vloc, t("tool.persona_value", lang, question=qid, value=v, hint=hint))
                ok = False
        if not ok:
            continue
        if isinstance(q, m.MultiQuestion):
            for v in chosen:
                if v in q.exclusive and len(chosen) > 1:
                    at(loc, t("tool.persona_exclusive", lang, value=v))
                    ok = False
            if ok:
                answers[qid] = tuple(v for v in offered if v in chosen)
        else:
            answers[qid] = chosen[0]
    return answers, problems


# --- Running ------------------------------------------------------------------------------


def run_persona(
    content: Content, lp: LoadedPersona, lang: Lang
) -> tuple[PersonaRun | None, list[Problem]]:
    answers, problems = build_answers(content, lp, lang)
    if problems:
        return None, problems
    selection = select(content, answers)
    ev = evaluator(content, answers)
    eligible = {
        s.id
        for s in content.suggestions
        if not (selection.contented and s.contented == "hide") and ev.holds(s.when)
    }
    hits = help_for(content, content.help, answers) if content.help is not None else []
    return PersonaRun(lp, answers, selection, eligible, hits), problems


def check_run(content: Content, run: PersonaRun, lang: Lang) -> list[Problem]:
    """One problem for every expectation the run does not meet."""
    lp = run.persona
    name = lp.persona.name
    expect = lp.persona.expect
    problems: list[Problem] = []
    shown = [c.suggestion.id for c in run.selection.chosen]
    known = [s.id for s in content.suggestions]
    ev = evaluator(content, run.answers)

    def at(loc: PathKey, message: str, severity: str = "error") -> None:
        line, col = lp.where(loc)
        problems.append(
            Problem(lp.path, line, col, message, "warning" if severity == "warning" else "error")
        )

    for i, sid in enumerate(expect.includes):
        loc: PathKey = ("expect", "includes", i)
        if sid not in known:
            hint = did_you_mean(sid, known, lang)
            at(loc, t("err.unknown_id", lang, what=t("what.suggestion", lang), id=sid, hint=hint))
        elif sid not in shown:
            s = content.suggestion(sid)
            if not ev.holds(s.when):
                why = t("tool.why_condition", lang)
            elif run.selection.contented and s.contented == "hide":
                why = t("tool.why_contented", lang)
            else:
                why = t("tool.why_capped", lang)
            at(loc, t("tool.persona_missing", lang, name=name, id=sid, why=why))
    for i, sid in enumerate(expect.excludes):
        loc = ("expect", "excludes", i)
        if sid not in known:
            hint = did_you_mean(sid, known, lang)
            at(loc, t("err.unknown_id", lang, what=t("what.suggestion", lang), id=sid, hint=hint))
        elif sid in shown:
            at(loc, t("tool.persona_unwanted", lang, name=name, id=sid))
    for i, hid in enumerate(expect.help):
        if hid not in run.help_ids:
            at(("expect", "help", i), t("tool.persona_help_missing", lang, name=name, id=hid))
    if expect.no_help and run.help_ids:
        at(
            ("expect", "no_help"),
            t("tool.persona_help_unwanted", lang, name=name, ids=", ".join(run.help_ids)),
        )
    shown_q, _ = visible(content, run.answers)
    asked = {q.id for q in shown_q}
    known_q = [q.id for q in content.questions]
    for i, qid in enumerate(expect.not_asked):
        loc = ("expect", "not_asked", i)
        if qid not in known_q:
            hint = did_you_mean(qid, known_q, lang)
            at(loc, t("err.unknown_id", lang, what=t("what.question", lang), id=qid, hint=hint))
        elif qid in asked:
            at(loc, t("tool.persona_asked", lang, name=name, question=qid))
    offered = {o.kind for o in offered_relations(content, run.answers, lang)}
    for qid, spec in lp.persona.answers.items():
        if not isinstance(spec, list):
            continue
        for i, person in enumerate(spec):
            if isinstance(person, PersonaPerson) and person.relation not in offered:
                at(
                    ("answers", qid, i, "relation"),
                    t(
                        "tool.persona_relation_not_offered",
                        lang,
                        name=name,
                        relation=person.relation,
                    ),
                    "warning",
                )
    for key, want in (("relations", True), ("no_relations", False)):
        for i, kind in enumerate(getattr(expect, key)):
            loc = ("expect", key, i)
            if kind not in RELATIONS:
                hint = did_you_mean(kind, RELATIONS, lang)
                what = t("what.relation", lang)
                at(loc, t("err.unknown_id", lang, what=what, id=kind, hint=hint))
            elif (kind in offered) != want:
                message = "tool.persona_relation_" + ("missing" if want else "unwanted")
                at(loc, t(message, lang, name=name, relation=kind))
    for qid in run.answers:
        if qid not in asked:
            at(
                ("answers", qid),
                t("tool.persona_not_asked", lang, name=name, question=qid),
                "warning",
            )
    return problems


@dataclass
class PersonaReport:
    personas: list[LoadedPersona]
    runs: list[PersonaRun]
    problems: list[Problem]


def check_personas(content: Content, lang: Lang) -> PersonaReport:
    """Run every persona; report failed expectations and rules no persona reaches."""
    personas, problems = load_personas(content, lang)
    runs: list[PersonaRun] = []
    for lp in personas:
        run, found = run_persona(content, lp, lang)
        problems += found
        if run is None:
            continue
        runs.append(run)
        problems += check_run(content, run, lang)
    if personas and not problems_with_errors(problems):
        reached = set().union(*(r.eligible for r in runs)) if runs else set()
        seen = {c.suggestion.id for r in runs for c in r.selection.chosen}
        for s in content.suggestions:
            if s.id in seen:
                continue
            key = "tool.untriggered" if s.id not in reached else "tool.unseen"
            origin = content.origins.get(("suggestion", s.id))
            if origin is not None:
                problems.append(
                    Problem(
                        origin.path,
                        origin.line,
                        origin.col,
                        t(key, lang, id=s.id),
                        "warning",
                    )
                )
        rule_ids = [r.id for r in content.help.rules] if content.help is not None else []
        seen_help = {h for r in runs for h in r.help_ids}
        for hid in (h for h in rule_ids if h not in seen_help):
            path, line = _help_rule_place(content, hid)
            problems.append(
                Problem(path, line, 1, t("tool.untriggered_help", lang, id=hid), "warning")
            )
    return PersonaReport(personas, runs, problems)


def _help_rule_place(content: Content, rule_id: str) -> tuple[str, int]:
    """The help.yaml (overlay first) and line where a help rule is defined."""
    from netwerkcheck.content.loader import display_path

    roots = list(reversed(content.layers.roots)) if content.layers else []
    pattern = re.compile(rf"^\s*-\s*id:\s*['\"]?{re.escape(rule_id)}['\"]?\s*$")
    for root in roots:
        file = root / "help.yaml"
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            continue
        for i, line in enumerate(lines):
            if pattern.match(line):
                return display_path(file), i + 1
    base = content.layers.base if content.layers else Path(".")
    return display_path(base / "help.yaml"), 1


def problems_with_errors(problems: list[Problem]) -> bool:
    return any(p.severity == "error" for p in problems)


def find_persona(personas: list[LoadedPersona], name: str) -> LoadedPersona | None:
    """By name, or by file name without .yaml."""
    for lp in personas:
        if lp.persona.name == name or lp.source.file.stem == name:
            return lp
    return None
