"""Validated scales (such as the De Jong Gierveld loneliness scale) as content data.

A scale is data, not code: its items, answer options, which answers count, its bands
with their wording and its citation all live in content/scales/*.yaml, so the scoring
rules can be read and checked by a person next to the published source. Scales are a
conversation aid for counsellors only, never a verdict for the person themselves, so
`counsellor_only` can only be true.

The checks that need more than one field (bands that cover every score exactly, item
numbers that are unique, subscale items that exist) raise a `PydanticCustomError` with a
`scale_*` type; `load_scales` turns those into plain Dutch or English with a line number.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, StrictStr, ValidationError, field_validator, model_validator
from pydantic_core import PydanticCustomError

from netwerkcheck.content.models import Id, Lang, Strict, Text, Value
from netwerkcheck.content.overlay import yaml_files
from netwerkcheck.content.problems import Problem
from netwerkcheck.content.validate import validate
from netwerkcheck.content.yamlpos import Located, PathKey, load_yaml
from netwerkcheck.i18n import t

Direction = Literal["positive", "negative"]

SCALE_ERROR_KINDS: tuple[str, ...] = (
    "scale_bands",
    "scale_counsellor_only",
    "scale_duplicate_number",
    "scale_duplicate_id",
    "scale_duplicate_value",
    "scale_unknown_value",
    "scale_unknown_item",
)


class ScaleOption(Strict):
    """Een antwoordmogelijkheid van de schaal, in de volgorde waarin hij getoond wordt."""

    value: Value = Field(description="Een vaste waarde, bijvoorbeeld: nee, min_of_meer, ja.")
    label: Text


class ScaleItem(Strict):
    """Een stelling van de schaal, in de officiële bewoording."""

    id: Id
    number: int = Field(
        ge=1,
        description=(
            "Het nummer van de stelling in de bron. Bij de 6-item versie van De Jong Gierveld: "
            "het nummer in de 11-item versie (3, 4, 7, 8, 9, 10)."
        ),
    )
    text: Text = Field(description="De stelling, letterlijk zoals in de bron.")
    direction: Direction = Field(
        description=(
            "positive: positief geformuleerd (telt met de antwoorden onder scoring.positive); "
            "negative: negatief geformuleerd (telt met scoring.negative)."
        )
    )


class Scoring(Strict):
    """Welke antwoorden 1 punt tellen. Alle andere antwoorden tellen 0."""

    positive: list[Value] = Field(
        min_length=1,
        description="Antwoorden die 1 tellen bij een positief geformuleerde stelling.",
    )
    negative: list[Value] = Field(
        min_length=1,
        description="Antwoorden die 1 tellen bij een negatief geformuleerde stelling.",
    )

    def counts(self, direction: Direction) -> list[str]:
        return self.positive if direction == "positive" else self.negative


class Band(Strict):
    """Een groep scores (van min tot en met max) met de omschrijving uit de bron."""

    min: int = Field(ge=0, description="Laagste score in deze groep.")
    max: int = Field(ge=0, description="Hoogste score in deze groep (telt mee).")
    label: Text

    def contains(self, total: int) -> bool:
        return self.min <= total <= self.max


class Subscale(Strict):
    """Een deel van de schaal (bijvoorbeeld sociale of emotionele eenzaamheid).
    Geef alleen groepen (bands) als de bron een vaste grens noemt."""

    id: Id
    title: Text
    items: list[Id] = Field(min_length=1, description="De id's van de stellingen in dit deel.")
    bands: list[Band] = Field(
        default_factory=list,
        description="Groepen met omschrijving; laat leeg als de bronnen het niet eens zijn.",
    )


class Scale(Strict):
    """Een gevalideerde vragenlijst als gespreksinstrument voor hulpverleners. Geen diagnose."""

    id: Id
    title: Text
    intro: Text = Field(description="De inleiding voor de stellingen (in je-vorm, B1).")
    options: list[ScaleOption] = Field(min_length=2)
    items: list[ScaleItem] = Field(min_length=1)
    scoring: Scoring
    subscales: list[Subscale] = Field(default_factory=list)
    bands: list[Band] = Field(
        min_length=1, description="Groepen voor de totaalscore; samen precies 0 tot en met max."
    )
    citation: Text = Field(description="De bronvermelding die de makers van de schaal vragen.")
    not_a_diagnosis: Text = Field(
        description="De zin dat dit een hulpmiddel voor het gesprek is en geen diagnose."
    )
    counsellor_only: bool = Field(
        description="Altijd true: de schaal is alleen te zien in de hulpverlenersmodus.",
        json_schema_extra={"const": True},
    )
    sources: list[StrictStr] = Field(min_length=1, description="Waar de inhoud op gebaseerd is.")

    @field_validator("counsellor_only")
    @classmethod
    def _only_for_counsellors(cls, value: bool) -> bool:
        if value is not True:
            raise PydanticCustomError(
                "scale_counsellor_only",
                "counsellor_only can only be true: a scale is never shown in a person's own check",
            )
        return value

    @field_validator("options")
    @classmethod
    def _unique_values(cls, options: list[ScaleOption]) -> list[ScaleOption]:
        _first_duplicate("scale_duplicate_value", [o.value for o in options])
        return options

    @model_validator(mode="after")
    def _consistent(self) -> Scale:
        ids = [item.id for item in self.items]
        _first_duplicate("scale_duplicate_id", ids, at="items")
        _first_duplicate("scale_duplicate_number", [item.number for item in self.items], "items")
        offered = {o.value for o in self.options}
        for direction in ("positive", "negative"):
            for i, value in enumerate(self.scoring.counts(direction)):
                if value not in offered:
                    raise PydanticCustomError(
                        "scale_unknown_value",
                        "scoring.{direction} names '{value}', which is not an answer option",
                        {"at": f"scoring.{direction}.{i}", "value": value, "direction": direction},
                    )
        _check_bands(self.bands, len(self.items), "bands")
        known = set(ids)
        for s, sub in enumerate(self.subscales):
            for i, item_id in enumerate(sub.items):
                if item_id not in known:
                    raise PydanticCustomError(
                        "scale_unknown_item",
                        "subscale '{subscale}' names item '{item}', which this scale lacks",
                        {"at": f"subscales.{s}.items.{i}", "subscale": sub.id, "item": item_id},
                    )
            _first_duplicate("scale_duplicate_id", sub.items, f"subscales.{s}.items")
            if sub.bands:
                _check_bands(sub.bands, len(sub.items), f"subscales.{s}.bands")
        _first_duplicate("scale_duplicate_id", [sub.id for sub in self.subscales], "subscales")
        return self

    @property
    def max_total(self) -> int:
        """Every item counts 0 or 1, so the highest total is the number of items."""
        return len(self.items)

    def item(self, item_id: str) -> ScaleItem:
        return next(i for i in self.items if i.id == item_id)

    def band_for(self, total: int) -> Band | None:
        return next((b for b in self.bands if b.contains(total)), None)


def _first_duplicate(kind: str, values: Sequence[object], at: str = "") -> None:
    seen: set[object] = set()
    for i, value in enumerate(values):
        if value in seen:
            raise PydanticCustomError(
                kind,
                "'{value}' appears twice",
                {"at": ".".join(p for p in (at, str(i)) if p), "value": str(value)},
            )
        seen.add(value)


def _check_bands(bands: Sequence[Band], top: int, at: str) -> None:
    """Bands must cover 0..top exactly once each: no gap, no overlap, nothing outside."""
    for i, band in enumerate(bands):
        if band.min > band.max or band.max > top:
            raise PydanticCustomError(
                "scale_bands",
                "band {min}-{max} does not fit in 0-{top}",
                {
                    "at": f"{at}.{i}",
                    "problem": "outside",
                    "min": band.min,
                    "max": band.max,
                    "top": top,
                },
            )
    cover = [sum(1 for b in bands if b.contains(score)) for score in range(top + 1)]
    gaps = [score for score, n in enumerate(cover) if n == 0]
    overlaps = [score for score, n in enumerate(cover) if n > 1]
    if gaps or overlaps:
        problem = "gap" if gaps else "overlap"
        scores = ", ".join(str(s) for s in (gaps or overlaps))
        raise PydanticCustomError(
            "scale_bands",
            "bands cover 0-{top} exactly once each; {problem} at score {scores}",
            {"at": at, "problem": problem, "scores": scores, "top": top},
        )


# --- loading --------------------------------------------------------------------------------


def _path_of(at: str) -> PathKey:
    return tuple(int(p) if p.isdigit() else p for p in at.split(".") if p)


def _scale_message(kind: str, ctx: dict[str, Any], lang: Lang) -> str:
    if kind == "scale_bands":
        problem = ctx.get("problem", "gap")
        if problem == "outside":
            return t(
                "scale.err.band_outside",
                lang,
                min=ctx.get("min", "?"),
                max=ctx.get("max", "?"),
                top=ctx.get("top", "?"),
            )
        key = "scale.err.band_gap" if problem == "gap" else "scale.err.band_overlap"
        return t(key, lang, scores=ctx.get("scores", "?"), top=ctx.get("top", "?"))
    if kind == "scale_counsellor_only":
        return t("scale.err.counsellor_only", lang)
    if kind in ("scale_duplicate_number", "scale_duplicate_id", "scale_duplicate_value"):
        return t("scale.err.duplicate", lang, value=ctx.get("value", "?"))
    if kind == "scale_unknown_value":
        return t("scale.err.unknown_value", lang, value=ctx.get("value", "?"))
    if kind == "scale_unknown_item":
        return t("scale.err.unknown_item", lang, item=ctx.get("item", "?"))
    return t("err.other", lang, detail=kind)


def validate_scale(located: Located, lang: Lang) -> tuple[Scale | None, list[Problem]]:
    """Like content.validate.validate, with plain wording for the scale's own checks."""
    scale, problems = validate(Scale, located, lang)
    if scale is not None:
        return scale, problems
    generic = {t("err.other", lang, detail=kind) for kind in SCALE_ERROR_KINDS}
    problems = [p for p in problems if p.message not in generic]
    try:
        Scale.model_validate(located.data)
    except ValidationError as exc:
        for err in exc.errors(include_input=False, include_url=False):
            if err["type"] not in SCALE_ERROR_KINDS:
                continue
            ctx: dict[str, Any] = dict(err.get("ctx") or {})
            loc: PathKey = (*tuple(err["loc"]), *_path_of(str(ctx.get("at", ""))))
            line, col = located.where(loc)
            problems.append(
                Problem(located.path, line, col, _scale_message(err["type"], ctx, lang))
            )
    return None, sorted(problems)


def _display(file: Path) -> str:
    try:
        return str(file.relative_to(Path.cwd()))
    except ValueError:
        return str(file)


def load_scales(content_dir: Path, lang: Lang = "nl") -> tuple[list[Scale], list[Problem]]:
    """Every scale in content_dir/scales/*.yaml, with all problems found.

    A missing scales folder is not a mistake: scales are optional. A file with problems
    is left out of the list; the others still load.
    """
    folder = content_dir / "scales"
    if not folder.is_dir():
        return [], []
    scales: list[Scale] = []
    problems: list[Problem] = []
    first_seen: dict[str, str] = {}
    files = yaml_files(folder)  # a folder or special file named *.yaml is reported
    for file in files:
        located = load_yaml(file, _display(file), lang)
        if isinstance(located, Problem):
            problems.append(located)
            continue
        scale, found = validate_scale(located, lang)
        problems += found
        if scale is None:
            continue
        if scale.id in first_seen:
            line, col = located.where(("id",))
            problems.append(
                Problem(
                    located.path,
                    line,
                    col,
                    t("err.duplicate_id", lang, id=scale.id, other=first_seen[scale.id]),
                )
            )
            continue
        line, _ = located.where(("id",))
        first_seen[scale.id] = f"{located.path}:{line}"
        scales.append(scale)
    return scales, problems


def scale_json_schema() -> dict[str, Any]:
    """The JSON Schema editors' tools read (content/schema/scale.schema.json)."""
    return Scale.model_json_schema(by_alias=True)
