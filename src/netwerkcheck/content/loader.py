"""Load the content folder into one checked, read-only `Content` bundle.

Every file is read and every problem collected before we give up, so an editor
sees the whole list in one run instead of fixing mistakes one at a time.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from netwerkcheck.content import models as m

if TYPE_CHECKING:
    from netwerkcheck.content.help_models import HelpContent
    from netwerkcheck.content.scale_models import Scale
from netwerkcheck.content.problems import ContentError, Problem
from netwerkcheck.content.validate import did_you_mean, validate
from netwerkcheck.content.yamlpos import Located, PathKey, load_yaml
from netwerkcheck.i18n import Lang, t

PACKAGE_ROOT = Path(__file__).resolve().parent.parent


def default_content_dir() -> Path:
    """The checkout's content/ when running from source (so an editor's change shows at
    the next run), otherwise the copy bundled in the wheel."""
    checkout = PACKAGE_ROOT.parent.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "content" / "themes.yaml").is_file():
        return checkout / "content"
    return PACKAGE_ROOT / "_content"


@dataclass(frozen=True)
class Origin:
    """Where an object was defined, for messages that point back at the file."""

    path: str
    line: int
    col: int


@dataclass
class Content:
    """All content, validated and cross-checked. Pure data; the engine reads it."""

    settings: m.ThemesFile
    questions: list[m.Question]
    question_theme: dict[str, str]
    suggestions: list[m.Suggestion]
    origins: dict[tuple[str, str], Origin] = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)
    help: HelpContent | None = None
    scales: list[Scale] = field(default_factory=list)

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


def _display(file: Path, root: Path) -> str:
    try:
        return str(file.relative_to(Path.cwd()))
    except ValueError:
        return str(file)


def _yaml_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


def load_content(content_dir: Path | None = None, lang: Lang = "nl") -> Content:
    """Read and check all content; raise ContentError listing every problem."""
    root = content_dir or default_content_dir()
    problems: list[Problem] = []
    if not root.is_dir():
        raise ContentError([Problem(str(root), 1, 1, t("err.no_content_dir", lang, dir=root))])

    def read(file: Path) -> Located | None:
        got = load_yaml(file, _display(file, root), lang)
        if isinstance(got, Problem):
            problems.append(got)
            return None
        return got

    themes_path = root / "themes.yaml"
    settings: m.ThemesFile | None = None
    themes_loc: Located | None = None
    if not themes_path.is_file():
        problems.append(Problem(str(themes_path), 1, 1, t("err.no_themes", lang, dir=root)))
    else:
        themes_loc = read(themes_path)
        if themes_loc is not None:
            settings, found = validate(m.ThemesFile, themes_loc, lang)
            problems += found

    question_files: list[tuple[m.QuestionFile, Located]] = []
    for file in _yaml_files(root / "questions"):
        located = read(file)
        if located is None:
            continue
        qf, found = validate(m.QuestionFile, located, lang)
        problems += found
        if qf is not None:
            question_files.append((qf, located))

    suggestion_files: list[tuple[m.SuggestionFile, Located]] = []
    for file in _yaml_files(root / "suggestions"):
        located = read(file)
        if located is None:
            continue
        sf, found = validate(m.SuggestionFile, located, lang)
        problems += found
        if sf is not None:
            suggestion_files.append((sf, located))

    if settings is None or themes_loc is None:
        raise ContentError(problems)

    content = _assemble(settings, themes_loc, question_files, suggestion_files, problems, lang)
    _attach_extras(content, root, problems, lang)
    if any(p.severity == "error" for p in problems):
        raise ContentError(problems)
    content.warnings = [p for p in problems if p.severity == "warning"]
    return content


def _assemble(
    settings: m.ThemesFile,
    themes_loc: Located,
    question_files: list[tuple[m.QuestionFile, Located]],
    suggestion_files: list[tuple[m.SuggestionFile, Located]],
    problems: list[Problem],
    lang: Lang,
) -> Content:
    origins: dict[tuple[str, str], Origin] = {}

    def claim(kind: str, oid: str, located: Located, path: PathKey) -> bool:
        line, col = located.where(path)
        key = (kind, oid)
        if key in origins:
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
        return True

    theme_ids = [th.id for th in settings.themes]
    for i, th in enumerate(settings.themes):
        claim("theme", th.id, themes_loc, ("themes", i, "id"))

    # Questions are ordered by theme order, then by their place in the file.
    by_theme: dict[str, list[tuple[m.Question, Located, PathKey]]] = {tid: [] for tid in theme_ids}
    for qf, located in question_files:
        if qf.theme not in by_theme:
            line, col = located.where(("theme",))
            hint = did_you_mean(qf.theme, theme_ids, lang)
            problems.append(
                Problem(
                    located.path,
                    line,
                    col,
                    t("err.unknown_id", lang, what=t("what.theme", lang), id=qf.theme, hint=hint),
                )
            )
            continue
        for i, q in enumerate(qf.questions):
            if claim("question", q.id, located, ("questions", i, "id")):
                by_theme[qf.theme].append((q, located, ("questions", i)))

    ordered: list[tuple[m.Question, Located, PathKey]] = []
    question_theme: dict[str, str] = {}
    for tid in theme_ids:
        if not by_theme[tid]:
            line, col = themes_loc.where(("themes", theme_ids.index(tid), "id"))
            problems.append(
                Problem(themes_loc.path, line, col, t("err.theme_without_questions", lang, id=tid))
            )
        for q, located, path in by_theme[tid]:
            ordered.append((q, located, path))
            question_theme[q.id] = tid

    questions = {q.id: q for q, _, _ in ordered}
    position = {q.id: i for i, (q, _, _) in enumerate(ordered)}

    for q, located, path in ordered:
        if q.show_when is not None:
            _check_condition(
                q.show_when,
                located,
                (*path, "show_when"),
                questions,
                lang,
                problems,
                before=position[q.id],
                position=position,
            )
    if settings.contented_when is not None:
        _check_condition(
            settings.contented_when, themes_loc, ("contented_when",), questions, lang, problems
        )

    suggestions: list[m.Suggestion] = []
    for sf, located in suggestion_files:
        for i, s in enumerate(sf.suggestions):
            if claim("suggestion", s.id, located, ("suggestions", i, "id")):
                suggestions.append(s)
                _check_condition(
                    s.when, located, ("suggestions", i, "when"), questions, lang, problems
                )

    return Content(
        settings=settings,
        questions=[q for q, _, _ in ordered],
        question_theme=question_theme,
        suggestions=suggestions,
        origins=origins,
    )


def _attach_extras(content: Content, root: Path, problems: list[Problem], lang: Lang) -> None:
    """Help (required) and scales (optional) live in their own files and modules."""
    from netwerkcheck.content.help_models import load_help
    from netwerkcheck.content.scale_models import load_scales

    help_content, found = load_help(root, {q.id: q for q in content.questions}, lang)
    problems += found
    content.help = help_content
    scales, found = load_scales(root, lang)
    problems += found
    content.scales = scales


def _leaves(cond: Any, path: PathKey) -> Iterator[tuple[Any, PathKey]]:
    if isinstance(cond, m.AllCond):
        for i, c in enumerate(cond.all):
            yield from _leaves(c, (*path, "all", i))
    elif isinstance(cond, m.AnyCond):
        for i, c in enumerate(cond.any):
            yield from _leaves(c, (*path, "any", i))
    elif isinstance(cond, m.NotCond):
        yield from _leaves(cond.not_, (*path, "not"))
    else:
        yield cond, path


def condition_values(cond: Any) -> list[tuple[str, str]]:
    """The (field name, value) pairs a leaf condition compares an answer with."""
    if isinstance(cond, m.IsCond):
        return [("is", cond.is_)]
    if isinstance(cond, m.IsNotCond):
        return [("is_not", cond.is_not)]
    if isinstance(cond, m.InCond):
        return [("in", v) for v in cond.in_]
    if isinstance(cond, m.NotInCond):
        return [("not_in", v) for v in cond.not_in]
    if isinstance(cond, m.AtLeastCond):
        return [("at_least", cond.at_least)]
    if isinstance(cond, m.AtMostCond):
        return [("at_most", cond.at_most)]
    return []


def _check_condition(
    cond: Any,
    located: Located,
    path: PathKey,
    questions: dict[str, m.Question],
    lang: Lang,
    problems: list[Problem],
    before: int | None = None,
    position: dict[str, int] | None = None,
) -> None:
    """Questions named must exist (and come earlier for show_when); values must be offered."""
    for leaf, leaf_path in _leaves(cond, path):
        if isinstance(leaf, m.NetworkCond):
            continue
        qid = leaf.question
        if qid not in questions:
            line, col = located.where((*leaf_path, "question"))
            hint = did_you_mean(qid, questions, lang)
            problems.append(
                Problem(
                    located.path,
                    line,
                    col,
                    t("err.unknown_id", lang, what=t("what.question", lang), id=qid, hint=hint),
                )
            )
            continue
        if before is not None and position is not None and position[qid] >= before:
            line, col = located.where((*leaf_path, "question"))
            problems.append(
                Problem(located.path, line, col, t("err.later_question", lang, question=qid))
            )
        question = questions[qid]
        if isinstance(leaf, m.AtLeastCond | m.AtMostCond) and not isinstance(
            question, m.ScaleQuestion
        ):
            line, col = located.where(leaf_path)
            problems.append(
                Problem(
                    located.path,
                    line,
                    col,
                    t("err.scale_only", lang, question=qid, qtype=question.type),
                )
            )
            continue
        if not isinstance(question, m.SingleQuestion | m.MultiQuestion | m.ScaleQuestion):
            continue
        offered = [o.value for o in question.options]
        for i, (name, value) in enumerate(condition_values(leaf)):
            if value in offered:
                continue
            key: PathKey = (
                (*leaf_path, name) if name not in ("in", "not_in") else (*leaf_path, name, i)
            )
            line, col = located.where(key)
            problems.append(
                Problem(
                    located.path,
                    line,
                    col,
                    t(
                        "err.unknown_value",
                        lang,
                        question=qid,
                        value=value,
                        hint=did_you_mean(value, offered, lang),
                    ),
                )
            )


def load_all(content_dirs: Sequence[Path], lang: Lang = "nl") -> Content:
    """Seam for overlays: today only the first folder is read."""
    return load_content(content_dirs[0] if content_dirs else None, lang)
