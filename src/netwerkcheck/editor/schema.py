"""JSON Schema for every kind of content file, generated from the pydantic models.

Editors with a YAML plugin (VS Code, JetBrains, Neovim with yaml-language-server) get
completion, red underlines and Dutch hover help from these files, because each content
file starts with `# yaml-language-server: $schema=...`. The table below is the one place
that names the kinds: adding a kind is adding one line. Kinds whose module is missing
(a feature not merged yet) are skipped.
"""

from __future__ import annotations

import importlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from netwerkcheck.content.problems import Problem
from netwerkcheck.i18n import Lang, t

DRAFT = "http://json-schema.org/draft-07/schema#"
SCHEMA_DIR = "schema"
COMMENT = "# yaml-language-server: $schema="


@dataclass(frozen=True)
class SchemaKind:
    """A kind of content file: its model ('module:attr'), schema file and file pattern."""

    name: str
    target: str
    schema_file: str
    pattern: str  # relative to the content folder, for Path.glob


KINDS: tuple[SchemaKind, ...] = (
    SchemaKind("themes", "netwerkcheck.content.models:ThemesFile", "themes.schema.json", "themes.yaml"),
    SchemaKind("questions", "netwerkcheck.content.models:QuestionFile", "questions.schema.json", "questions/*.yaml"),
    SchemaKind("suggestions", "netwerkcheck.content.models:SuggestionFile", "suggestions.schema.json", "suggestions/*.yaml"),
    SchemaKind("personas", "netwerkcheck.editor.personas:Persona", "personas.schema.json", "personas/*.yaml"),
    SchemaKind("style", "netwerkcheck.editor.style:StyleFile", "style.schema.json", "style/*.yaml"),
    SchemaKind("help", "netwerkcheck.content.help_models:HelpFile", "help.schema.json", "help.yaml"),
    SchemaKind("scales", "netwerkcheck.content.scale_models:Scale", "scale.schema.json", "scales/*.yaml"),
)  # fmt: skip

# Dutch hover help for models whose docstring is written for programmers.
DUTCH_DESCRIPTIONS = {
    "Text": "Een tekst in twee talen: eerst Nederlands (taalniveau B1), dan Engels.",
}


def _resolve(target: str) -> Any | None:
    module_name, _, attr = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return None
    return getattr(module, attr, None)


def available_kinds() -> list[SchemaKind]:
    return [k for k in KINDS if _resolve(k.target) is not None]


def _draft07(node: Any) -> Any:
    """Rename $defs to definitions (draft-07) everywhere, refs included."""
    if isinstance(node, dict):
        out: dict[str, Any] = {}
        for key, value in node.items():
            new_key = "definitions" if key == "$defs" else key
            if key == "$ref" and isinstance(value, str):
                out[key] = value.replace("#/$defs/", "#/definitions/")
            else:
                out[new_key] = _draft07(value)
        return out
    if isinstance(node, list):
        return [_draft07(v) for v in node]
    return node


def schema_for(kind: SchemaKind) -> dict[str, Any] | None:
    """The JSON Schema (draft-07) of one kind, or None when its model is missing."""
    target = _resolve(kind.target)
    if target is None:
        return None
    if isinstance(target, type) and issubclass(target, BaseModel):
        raw: dict[str, Any] = target.model_json_schema(
            by_alias=True, ref_template="#/definitions/{model}"
        )
    elif callable(target):
        raw = target()
    else:
        return None
    body = _draft07(raw)
    for name, text in DUTCH_DESCRIPTIONS.items():
        definition = body.get("definitions", {}).get(name)
        if isinstance(definition, dict):
            definition["description"] = text
    body.pop("$schema", None)
    return {"$schema": DRAFT, "$id": kind.schema_file, **body}


def render(kind: SchemaKind) -> str | None:
    schema = schema_for(kind)
    if schema is None:
        return None
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def write_schemas(content_dir: Path) -> list[tuple[Path, bool]]:
    """Write every available schema; (path, changed) for each."""
    folder = content_dir / SCHEMA_DIR
    folder.mkdir(parents=True, exist_ok=True)
    out: list[tuple[Path, bool]] = []
    for kind in KINDS:
        text = render(kind)
        if text is None:
            continue
        path = folder / kind.schema_file
        old = path.read_text(encoding="utf-8") if path.is_file() else None
        if old != text:
            path.write_text(text, encoding="utf-8")
        out.append((path, old != text))
    return out


def stale_schemas(content_dir: Path) -> list[str]:
    """Names of schema files that differ from what the models generate now."""
    stale: list[str] = []
    for kind in KINDS:
        text = render(kind)
        if text is None:
            continue
        path = content_dir / SCHEMA_DIR / kind.schema_file
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            stale.append(kind.schema_file)
    return stale


def kind_of(file: Path, root: Path) -> SchemaKind | None:
    """The kind of a content file from where it sits in its (base or overlay) folder."""
    try:
        rel = file.relative_to(root)
    except ValueError:
        return None
    for kind in KINDS:
        if rel.match(kind.pattern) and len(rel.parts) == len(Path(kind.pattern).parts):
            return kind
    return None


def expected_comment(kind: SchemaKind, rel_depth: int) -> str:
    """The first line for a file `rel_depth` folders below the content folder."""
    return f"{COMMENT}{'../' * rel_depth}{SCHEMA_DIR}/{kind.schema_file}"


def schema_line_problem(
    text: str, display: str, kind: SchemaKind, rel_depth: int | None, lang: Lang
) -> Problem | None:
    """A warning when the first line does not point at the kind's schema."""
    first = text.split("\n", 1)[0].strip()
    if first.startswith(COMMENT) and first.endswith("/" + kind.schema_file):
        return None
    if rel_depth is None:
        line = f"{COMMENT}.../{SCHEMA_DIR}/{kind.schema_file}"
    else:
        line = expected_comment(kind, rel_depth)
    return Problem(display, 1, 1, t("tool.schema_line", lang, line=line), "warning")
