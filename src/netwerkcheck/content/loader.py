"""Load the content folder (and an optional overlay) into one checked `Content` bundle.

Every file is read and every problem collected before we give up, so an editor
sees the whole list in one run instead of fixing mistakes one at a time. List items
(each question, each suggestion) are validated one by one, so a broken item does not
hide the cross-check errors of the others in the same file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from netwerkcheck.content import models as m
from netwerkcheck.content.crosscheck import check_condition, condition_values, source_problems
from netwerkcheck.content.overlay import (
    PACKAGE_ROOT,
    Layers,
    default_content_dir,
    overlay_problems,
    resolve,
)
from netwerkcheck.content.problems import ContentError, Problem
from netwerkcheck.content.validate import did_you_mean, validate_partial
from netwerkcheck.content.yamlpos import Located, PathKey, parse_yaml, read_text
from netwerkcheck.i18n import Lang, t
from netwerkcheck.vocabulary import RELATIONS

if TYPE_CHECKING:
    from netwerkcheck.content.help_models import HelpContent
    from netwerkcheck.content.scale_models import Scale

__all__ = [
    "PACKAGE_ROOT",
    "Content",
    "ContentError",
    "Origin",
    "Places",
    "SourceFile",
    "check_content",
    "condition_values",
    "default_content_dir",
    "display_path",
    "load_content",
    "read_source",
]


@dataclass(frozen=True)
class Origin:
    """Where an object was defined, for messages that point back at the file."""

    path: str
    line: int
    col: int


@dataclass(frozen=True)
class Places:
    """Where the conditions sit, for editor analysis after loading (content check).

    `questions`: every question's place; `suggestions`: the suggestions whose condition
    names known questions and offered values; `sound`: every show_when is sound, so the
    questions can be reasoned about; `contented_when`: the settings' condition when sound.
    """

    themes: Located
    questions: dict[str, tuple[Located, PathKey]]
    suggestions: list[tuple[m.Suggestion, Located, PathKey]]
    sound: bool
    contented_when: Any


@dataclass(frozen=True)
class SourceFile:
    """One content file as read: its kind, text and data with positions (for lint)."""

    kind: str
    file: Path
    text: str
    located: Located
    overlay: bool = False


@dataclass
class Content:
    """All content, validated and cross-checked. Pure data; the engine reads it."""

    settings: m.ThemesFile
    questions: list[m.Question]
    question_theme: dict[str, str]
    suggestions: list[m.Suggestion]
    origins: dict[tuple[str, str], Origin] = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)
    files: list[SourceFile] = field(default_factory=list)
    layers: Layers | None = None
    help: HelpContent | None = None
    scales: list[Scale] = field(default_factory=list)
    places: Places | None = None

    @property
    def version(self) -> str:
        return self.settings.version

    @property
    def themes(self) -> list[m.Theme]:
        return list(self.settings.themes)

    def question(self, qid: str) -> m.Question:
        return self._questions_by_id[qid]

    def theme(self, theme_id: str) -> m.Theme:
        return next(th for th in self.settings.themes if th.id == theme_id)

    def suggestion(self, sid: str) -> m.Suggestion:
        return next(s for s in self.suggestions if s.id == sid)

    @property
    def _questions_by_id(self) -> dict[str, m.Question]:
        cached: dict[str, m.Question] | None = self.__dict__.get("_qcache")
        if cached is None:
            cached = {q.id: q for q in self.questions}
            self.__dict__["_qcache"] = cached
        return cached


def display_path(file: Path) -> str:
    """The path as an editor would type it: relative to the current folder when inside it."""
    try:
        return str(file.resolve().relative_to(_resolved_cwd(os.getcwd())))
    except (ValueError, OSError, RuntimeError):  # RuntimeError: a symlink loop (3.11)
        return str(file)


@lru_cache(maxsize=4)
def _resolved_cwd(cwd: str) -> Path:
    return Path(cwd).resolve()


def read_source(
    file: Path, kind: str, lang: Lang, problems: list[Problem], overlay: bool = False
) -> SourceFile | None:
    """Read and parse one file; on failure add the problem and return None."""
    display = display_path(file)
    text = read_text(file, display, lang)
    if isinstance(text, Problem):
        problems.append(text)
        return None
    got = parse_yaml(text, display, lang)
    if isinstance(got, Problem):
        problems.append(got)
        return None
    return SourceFile(kind, file, text, got, overlay)


def load_content(
    content_dir: Path | None = None, lang: Lang = "nl", *, overlay: Path | None = None
) -> Content:
    """Read and check all content; raise ContentError listing every problem.

    `content_dir` is the base folder (default: the shipped content); `overlay` is a
    local folder layered on top (see content/overlay.py).
    """
    content, problems = check_content(content_dir, lang, overlay=overlay)
    if content is None or any(p.severity == "error" for p in problems):
        raise ContentError(problems)
    content.warnings = [p for p in problems if p.severity == "warning"]
    return content


def check_content(
    content_dir: Path | None = None,
    lang: Lang = "nl",
    *,
    overlay: Path | None = None,
) -> tuple[Content | None, list[Problem]]:
    """Every problem in the content, and the content as far as it could be built.

    The returned Content may be incomplete when there are errors: use it only to
    report more problems, never to run a check. Files are read once, with positions
    (the C parser's node tree; as fast as reading without them).
    """
    return _check_once(content_dir, lang, overlay)


def _check_once(
    content_dir: Path | None, lang: Lang, overlay: Path | None
) -> tuple[Content | None, list[Problem]]:
    layers = resolve(overlay, content_dir)
    root = layers.base
    problems: list[Problem] = []
    if not root.is_dir():
        return None, [Problem(str(root), 1, 1, t("err.no_content_dir", lang, dir=root))]
    problems += overlay_problems(layers, display_path, lang)
    files: list[SourceFile] = []

    themes_path = root / "themes.yaml"
    themes_src: SourceFile | None = None
    settings: m.ThemesFile | None = None
    if not os.path.lexists(themes_path):
        problems.append(Problem(str(themes_path), 1, 1, t("err.no_themes", lang, dir=root)))
    else:
        themes_src = read_source(themes_path, "themes", lang, problems)
        if themes_src is not None:
            files.append(themes_src)
            part, found = validate_partial(m.ThemesFile, themes_src.located, lang, "themes")
            problems += found
            settings = part.model or _salvage_settings(part.header, part.items)

    question_files: list[tuple[str | None, list[tuple[int, Any]], Located]] = []
    for file, is_overlay in layers.files("questions"):
        if is_overlay:
            continue  # questions are shared; overlay_problems() says so
        src = read_source(file, "questions", lang, problems)
        if src is None:
            continue
        files.append(src)
        qpart, found = validate_partial(m.QuestionFile, src.located, lang, "questions")
        problems += found
        question_files.append((qpart.header.get("theme"), qpart.items, src.located))

    suggestion_files: list[tuple[list[tuple[int, Any]], Located, bool]] = []
    for file, is_overlay in layers.files("suggestions"):
        src = read_source(file, "suggestions", lang, problems, is_overlay)
        if src is None:
            continue
        files.append(src)
        spart, found = validate_partial(m.SuggestionFile, src.located, lang, "suggestions")
        problems += found
        suggestion_files.append((spart.items, src.located, is_overlay))

    if settings is None or themes_src is None:
        return None, problems

    content = _assemble(
        settings, themes_src.located, question_files, suggestion_files, problems, lang
    )
    content.files = files
    content.layers = layers
    _attach_extras(content, layers, problems, lang)
    return content, problems


def _attach_extras(content: Content, layers: Layers, problems: list[Problem], lang: Lang) -> None:
    """Help (required; an overlay may add or replace contacts and rules by id) and scales."""
    from dataclasses import replace

    from netwerkcheck.content.help_models import load_help
    from netwerkcheck.content.overlay import merge_by_id
    from netwerkcheck.content.scale_models import load_scales

    questions = {q.id: q for q in content.questions}
    help_content, found = load_help(layers.base, questions, lang)
    problems += found
    if layers.overlay is not None:
        extra, found = load_help(layers.overlay, questions, lang, required=False)
        problems += found
        if help_content is not None and extra is not None:
            help_content = replace(
                help_content,
                contacts={**help_content.contacts, **extra.contacts},
                rules=tuple(merge_by_id(help_content.rules, extra.rules)),
                always=tuple(dict.fromkeys([*help_content.always, *extra.always])),
            )
    content.help = help_content
    scales, found = load_scales(layers.base, lang)
    problems += found
    content.scales = scales


def _salvage_settings(header: dict[str, Any], items: list[tuple[int, Any]]) -> m.ThemesFile | None:
    """A ThemesFile built from its valid parts, so the other files can still be checked."""
    if not items:
        return None
    values = dict(header)
    values.setdefault("version", "?")
    values.setdefault("sources", [])
    values.setdefault("max_suggestions", 6)
    values.setdefault("max_per_kind", 2)
    values.setdefault("contented_when", None)
    return m.ThemesFile.model_construct(**values, themes=[th for _, th in items])


def _assemble(
    settings: m.ThemesFile,
    themes_loc: Located,
    question_files: list[tuple[str | None, list[tuple[int, Any]], Located]],
    suggestion_files: list[tuple[list[tuple[int, Any]], Located, bool]],
    problems: list[Problem],
    lang: Lang,
) -> Content:
    origins: dict[tuple[str, str], Origin] = {}
    layer_of: dict[tuple[str, str], bool] = {}

    def claim(kind: str, oid: str, located: Located, path: PathKey, overlay: bool = False) -> bool:
        line, col = located.where(path)
        key = (kind, oid)
        if key in origins and layer_of.get(key) == overlay:
            other = origins[key]
            problems.append(
                Problem(
                    located.path,
                    line,
                    col,
                    t("err.duplicate_id", lang, id=oid, other=f"{other.path}:{other.line}"),
                )
            )
            return False
        origins[key] = Origin(located.path, line, col)
        layer_of[key] = overlay
        return True

    theme_ids = [th.id for th in settings.themes]
    for i, th in enumerate(settings.themes):
        claim("theme", th.id, themes_loc, ("themes", i, "id"))

    # Questions are ordered by theme order, then by their place in the file.
    by_theme: dict[str, list[tuple[m.Question, Located, PathKey]]] = {tid: [] for tid in theme_ids}
    for theme, items, located in question_files:
        if theme is None:
            continue
        if theme not in by_theme:
            line, col = located.where(("theme",))
            hint = did_you_mean(theme, theme_ids, lang)
            problems.append(
                Problem(
                    located.path,
                    line,
                    col,
                    t("err.unknown_id", lang, what=t("what.theme", lang), id=theme, hint=hint),
                )
            )
            continue
        for i, q in items:
            if claim("question", q.id, located, ("questions", i, "id")):
                by_theme[theme].append((q, located, ("questions", i)))

    ordered: list[tuple[m.Question, Located, PathKey]] = []
    question_theme: dict[str, str] = {}
    for tid in theme_ids:
        if not by_theme[tid] and question_files:
            line, col = themes_loc.where(("themes", theme_ids.index(tid), "id"))
            problems.append(
                Problem(themes_loc.path, line, col, t("err.theme_without_questions", lang, id=tid))
            )
        for q, located, path in by_theme[tid]:
            ordered.append((q, located, path))
            question_theme[q.id] = tid

    questions = {q.id: q for q, _, _ in ordered}
    position = {q.id: i for i, (q, _, _) in enumerate(ordered)}
    sound = True
    places: dict[str, tuple[Located, PathKey]] = {}

    for q, located, path in ordered:
        places[q.id] = (located, path)
        if q.show_when is not None:
            sound &= check_condition(
                q.show_when,
                located,
                (*path, "show_when"),
                questions,
                lang,
                problems,
                before=position[q.id],
                position=position,
            )
        if isinstance(q, m.NetworkQuestion) and q.relations is not None:
            sound &= _check_relations(q, located, path, questions, position, lang, problems)
    contented_ok = True
    if settings.contented_when is not None:
        contented_ok = check_condition(
            settings.contented_when, themes_loc, ("contented_when",), questions, lang, problems
        )

    # Overlay suggestions replace shipped ones with the same id, in place; new ones go last.
    chosen: dict[str, tuple[m.Suggestion, Located, PathKey]] = {}
    for items, located, is_overlay in suggestion_files:
        for i, s in items:
            if claim("suggestion", s.id, located, ("suggestions", i, "id"), is_overlay):
                chosen[s.id] = (s, located, ("suggestions", i))
    sound_suggestions: list[tuple[m.Suggestion, Located, PathKey]] = []
    for s, located, path in chosen.values():
        if check_condition(s.when, located, (*path, "when"), questions, lang, problems):
            sound_suggestions.append((s, located, path))
        problems += source_problems(s, located, path, lang)
    with_years = [
        (q, located, path)
        for q, located, path in ordered
        if isinstance(q, m.SingleQuestion | m.MultiQuestion | m.ScaleQuestion)
        and any(o.years is not None for o in q.options)
    ]
    for _q, located, path in with_years[1:]:
        line, col = located.where(path)
        problems.append(Problem(located.path, line, col, t("err.age_question", lang)))

    return Content(
        settings=settings,
        questions=[q for q, _, _ in ordered],
        question_theme=question_theme,
        suggestions=[s for s, _, _ in chosen.values()],
        origins=origins,
        places=Places(
            themes_loc,
            places,
            sound_suggestions,
            sound,
            settings.contented_when if contented_ok else None,
        ),
    )


def _check_relations(
    q: m.NetworkQuestion,
    located: Located,
    path: PathKey,
    questions: dict[str, m.Question],
    position: dict[str, int],
    lang: Lang,
    problems: list[Problem],
) -> bool:
    """The relation choices of the network question: kinds the map knows, each once, and
    conditions that look only at earlier questions."""
    sound = True
    seen: dict[str, int] = {}
    for i, choice in enumerate(q.relations or []):
        here: PathKey = (*path, "relations", i)
        if choice.value not in RELATIONS:
            line, col = located.where((*here, "value"))
            what = t("what.relation", lang)
            hint = did_you_mean(choice.value, RELATIONS, lang)
            problems.append(
                Problem(
                    located.path,
                    line,
                    col,
                    t("err.unknown_id", lang, what=what, id=choice.value, hint=hint),
                )
            )
            sound = False
        elif choice.value in seen:
            line, col = located.where((*here, "value"))
            other_line, _ = located.where((*path, "relations", seen[choice.value], "value"))
            other = f"{located.path}:{other_line}"
            problems.append(
                Problem(
                    located.path,
                    line,
                    col,
                    t("err.duplicate_id", lang, id=choice.value, other=other),
                )
            )
        else:
            seen[choice.value] = i
        if choice.when is not None:
            sound &= check_condition(
                choice.when,
                located,
                (*here, "when"),
                questions,
                lang,
                problems,
                before=position[q.id],
                position=position,
            )
    return sound
