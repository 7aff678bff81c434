"""Everything `content check` does, in one function the command and the benchmark share.

Order: files and schema, cross-checks, then (only when that is clean) the personas,
then wording. Every problem is collected; nothing stops at the first one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from netwerkcheck.content import models as m
from netwerkcheck.content.loader import Content, SourceFile, check_content, read_source
from netwerkcheck.content.overlay import Layers, yaml_files
from netwerkcheck.content.problems import Problem
from netwerkcheck.content.validate import validate
from netwerkcheck.content.yamlpos import reading_once
from netwerkcheck.editor.personas import PersonaReport, check_personas
from netwerkcheck.editor.reachability import content_reachability
from netwerkcheck.editor.schema import kind_of, schema_line_problem
from netwerkcheck.editor.style import (
    LINTED_KINDS,
    READABILITY,
    CompiledStyle,
    LintTarget,
    StyleFile,
    compile_style,
    lint,
)
from netwerkcheck.editor.unread import unread_options
from netwerkcheck.i18n import Lang, t


@dataclass
class CheckResult:
    content: Content | None
    problems: list[Problem] = field(default_factory=list)
    personas: PersonaReport | None = None

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]


def load_styles(
    root: Path, lang: Lang, files: list[SourceFile]
) -> tuple[dict[str, CompiledStyle], set[str], list[Problem]]:
    """The style rules per language, every rule id, and problems in the style files."""
    problems: list[Problem] = []
    styles: dict[str, CompiledStyle] = {}
    known = {READABILITY}
    folder = root / "style"
    if not folder.is_dir():
        return styles, known, problems
    for file in yaml_files(folder):
        src = read_source(file, "style", lang, problems)
        if src is None:
            continue
        files.append(src)
        style, errs = validate(StyleFile, src.located, lang)
        problems += errs
        if style is None:
            continue
        compiled, bad = compile_style(style)
        for i, detail in bad:
            line, col = src.located.where(("rules", i, "pattern"))
            problems.append(
                Problem(src.located.path, line, col, t("tool.bad_regex", lang, detail=detail))
            )
        styles[style.lang] = compiled
        known |= {r.id for r in style.rules}
    return styles, known, problems


def check_all(
    overlay: Path | None = None,
    lang: Lang = "nl",
    base: Path | None = None,
) -> CheckResult:
    with reading_once():  # help.yaml and the scales are read twice: parsed once
        return _check_all(overlay, lang, base)


def _check_all(overlay: Path | None, lang: Lang, base: Path | None) -> CheckResult:
    content, problems = check_content(base, lang, overlay=overlay)
    result = CheckResult(content, problems)
    if content is None or content.layers is None:
        result.problems = sorted(problems)
        return result
    problems += content_reachability(content, lang)
    report = check_personas(content, lang) if not result.errors else None
    if report is not None:
        problems += report.problems
        result.personas = report
    elif content.layers is not None and any(f for f, _ in content.layers.files("personas")):
        problems.append(
            Problem(str(content.layers.base), 1, 1, t("tool.personas_skipped", lang), "warning")
        )
    problems += _unread_problems(content, lang)
    style_files: list[SourceFile] = _extra_sources(content.layers, lang)
    styles, known, found = load_styles(content.layers.base, lang, style_files)
    problems += found
    for src in [*content.files, *style_files]:
        if src.kind in LINTED_KINDS:
            target = LintTarget(
                src.kind, src.located.path, src.text, src.located.data, src.located.positions
            )
            problems += lint(target, styles, known, lang)
    for src in [*content.files, *style_files]:
        root = content.layers.overlay if src.overlay else content.layers.base
        if root is None:
            continue
        kind = kind_of(src.file, root)
        if kind is None:
            continue
        depth = None if src.overlay else len(src.file.relative_to(root).parts) - 1
        p = schema_line_problem(src.text, src.located.path, kind, depth, lang)
        if p is not None:
            problems.append(p)
    result.problems = sorted(set(problems))
    return result


def _unread_problems(content: Content, lang: Lang) -> list[Problem]:
    """A warning for every answer option that no condition (suggestion, help rule,
    show_when, contented_when) responds to: something the person says that nothing hears."""
    conditions: list[object] = [s.when for s in content.suggestions]
    conditions += [q.show_when for q in content.questions]
    conditions += [
        r.when
        for q in content.questions
        if isinstance(q, m.NetworkQuestion)
        for r in q.relations or []
    ]
    conditions.append(content.settings.contented_when)
    if content.help is not None:
        conditions += [r.when for r in content.help.rules]
    out: list[Problem] = []
    for qid, value in unread_options(content.questions, conditions):
        origin = content.origins.get(("question", qid))
        if origin is None:
            continue
        message = t("tool.unread_option", lang, question=qid, value=value)
        out.append(Problem(origin.path, origin.line, origin.col, message, "warning"))
    return out


# Kinds loaded and validated by their own modules (through the loader): read here only
# for wording and the schema line. One line per kind.
EXTRA_KINDS: tuple[tuple[str, str], ...] = (
    ("help", "help.yaml"),
    ("scales", "scales/*.yaml"),
)


def _extra_sources(layers: Layers, lang: Lang) -> list[SourceFile]:
    ignored: list[Problem] = []  # parse errors are reported by the kind's own loader
    out: list[SourceFile] = []
    for kind, pattern in EXTRA_KINDS:
        for root in layers.roots:
            for file in sorted(root.glob(pattern)):
                src = read_source(file, kind, lang, ignored, root == layers.overlay)
                if src is not None:
                    out.append(src)
    return out
