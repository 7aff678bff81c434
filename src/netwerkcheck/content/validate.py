"""Validate located YAML data against a model and turn pydantic errors into Problems.

Messages are replaced by error type (as pydantic's docs suggest) so editors read
plain Dutch or English, and each one points at the line of the key it is about.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Annotated, Any, Generic, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic_core import ErrorDetails

from netwerkcheck.content.models import REQUIRED_LANGS
from netwerkcheck.content.problems import Problem
from netwerkcheck.content.yamlpos import Located
from netwerkcheck.i18n import Lang, t

M = TypeVar("M", bound=BaseModel)


def did_you_mean(word: str, choices: Iterable[str], lang: Lang) -> str:
    """A '; did you mean ...?' hint, or '' when nothing is close."""
    import difflib  # only when something is wrong: a clean check does not load it

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return t("err.hint_did_you_mean", lang, guess=close[0]) if close else ""


def _allowed_keys(model: type[BaseModel] | None) -> list[str]:
    if model is None:
        return []
    return [f.alias or name for name, f in model.model_fields.items()]


def _message(err: ErrorDetails, located: Located, lang: Lang, model_hint: list[str]) -> str:
    kind = err["type"]
    loc = err["loc"]
    last = str(loc[-1]) if loc else ""
    ctx: dict[str, Any] = dict(err.get("ctx") or {})
    if kind == "missing":
        if last in REQUIRED_LANGS:
            return t("tool.missing_lang", lang, field=last)
        return t("err.missing", lang, field=last)
    if kind == "extra_forbidden":
        return t("err.extra", lang, field=last, hint=did_you_mean(last, model_hint, lang))
    if kind in ("string_type", "str_type"):
        return t("err.string_type", lang)
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return t("err.int_type", lang)
    if kind in ("bool_type", "bool_parsing"):
        return t("err.bool_type", lang)
    if kind == "list_type":
        return t("err.list_type", lang)
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return t("err.dict_type", lang)
    if kind in ("too_short", "string_too_short"):
        return t("err.too_short", lang)
    if kind in ("too_long", "string_too_long"):
        return t("err.too_long", lang)
    if kind == "string_pattern_mismatch":
        return t("err.pattern", lang)
    if kind == "literal_error":
        return t(
            "err.literal",
            lang,
            expected=str(ctx.get("expected", "")).replace("'", "").replace(" or ", ", "),
        )
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        detail = ", ".join(f"{k} {v}" for k, v in ctx.items())
        return t("err.number_range", lang, detail=detail)
    if kind == "condition_kind":
        return t("err.condition_kind", lang)
    if kind in ("union_tag_invalid", "union_tag_not_found"):
        return t("err.question_type", lang)
    if kind == "value_error" and "network_operator" in err.get("msg", ""):
        return t("err.network_operator", lang)
    if kind == "value_error" and "mentions_empty" in err.get("msg", ""):
        return t("err.mentions_empty", lang)
    if kind == "value_error" and "urgent_at_once" in err.get("msg", ""):
        return t("err.urgent_at_once", lang)
    if kind == "value_error" and "language_code: " in err.get("msg", ""):
        code = err["msg"].split("language_code: ", 1)[1]
        return t("err.lang_code", lang, code=code)
    return t("err.other", lang, detail=kind)


def _model_at(root: type[BaseModel], loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """Best effort: the model class that owns the last key in `loc` (for 'did you mean')."""
    from netwerkcheck.content import models as m

    by_tag: dict[str, type[BaseModel]] = {
        "single": m.SingleQuestion,
        "multi": m.MultiQuestion,
        "scale": m.ScaleQuestion,
        "text": m.TextQuestion,
        "network": m.NetworkQuestion,
    }
    by_tag.update({tag: cls for cls, tag in m._MODEL_TO_TAG.items()})
    current: type[BaseModel] | None = root
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        if part in by_tag and current is not None and part not in current.model_fields:
            current = by_tag[part]
            continue
        if current is None:
            return None
        field = current.model_fields.get(part)
        if field is None:
            field = next((f for f in current.model_fields.values() if f.alias == part), None)
        if field is None:
            return None
        current = _first_model(field.annotation)
    return current


def _first_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _first_model(arg)
        if found is not None:
            return found
    return None


def validate(model: type[M], located: Located, lang: Lang) -> tuple[M | None, list[Problem]]:
    """The model built from the file, or None with every problem in it."""
    try:
        return model.model_validate(located.data), []
    except ValidationError as exc:
        problems: list[Problem] = []
        seen: set[tuple[int, int, str]] = set()
        for err in exc.errors(include_input=False, include_url=False):
            loc = tuple(err["loc"])
            hint_keys = _allowed_keys(_model_at(model, loc))
            message = _message(err, located, lang, hint_keys)
            line, col = located.where(loc)
            key = (line, col, message)
            if key in seen:
                continue
            seen.add(key)
            problems.append(Problem(located.path, line, col, message))
        return None, problems


@dataclass
class Partial(Generic[M]):
    """What could be salvaged from a file with errors, so cross-checks still see it.

    `model` is the whole file when it was valid. Otherwise `header` holds the top-level
    fields that were valid on their own and `items` the list items (with their index in
    the file) that were valid on their own: one broken question then hides nothing else.
    """

    model: M | None
    header: dict[str, Any]
    items: list[tuple[int, Any]]


def _field_adapter(model: type[BaseModel], name: str) -> TypeAdapter[Any]:
    key = (model, name)
    adapter = _ADAPTERS.get(key)
    if adapter is None:
        info = model.model_fields[name]
        annotation: Any = info.annotation
        if info.metadata:
            annotation = Annotated.__class_getitem__((annotation, *info.metadata))  # type: ignore[attr-defined]
        adapter = TypeAdapter(annotation)
        _ADAPTERS[key] = adapter
    return adapter


_ADAPTERS: dict[tuple[type[BaseModel], str], TypeAdapter[Any]] = {}


def _item_adapter(model: type[BaseModel], list_field: str) -> TypeAdapter[Any]:
    key = (model, "[]" + list_field)
    adapter = _ADAPTERS.get(key)
    if adapter is None:
        annotation = model.model_fields[list_field].annotation
        args = getattr(annotation, "__args__", ()) or (Any,)
        adapter = TypeAdapter(args[0])
        _ADAPTERS[key] = adapter
    return adapter


def validate_partial(
    model: type[M], located: Located, lang: Lang, list_field: str
) -> tuple[Partial[M], list[Problem]]:
    """Validate a file whose main content is a list; keep every valid part on errors."""
    whole, problems = validate(model, located, lang)
    if whole is not None:
        return Partial(whole, dict(whole), list(enumerate(getattr(whole, list_field)))), problems
    data = located.data if isinstance(located.data, dict) else {}
    header: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        if name == list_field:
            continue
        key = info.alias or name
        if key not in data:
            if not info.is_required():
                header[name] = info.get_default(call_default_factory=True)
            continue
        try:
            header[name] = _field_adapter(model, name).validate_python(data[key])
        except ValidationError:
            continue
    items: list[tuple[int, Any]] = []
    raw_items = data.get(list_field)
    if isinstance(raw_items, list):
        adapter = _item_adapter(model, list_field)
        for i, raw in enumerate(raw_items):
            try:
                items.append((i, adapter.validate_python(raw)))
            except ValidationError:
                continue
    return Partial(None, header, items), problems
