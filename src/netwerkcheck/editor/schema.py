"""JSON Schema for every kind of content file, generated from the pydantic models.

Editors with a YAML plugin (VS Code, JetBrains, Neovim with yaml-language-server) get
completion, red underlines and Dutch hover help from these files, because each content
file starts with `# yaml-language-server: $schema=...`. The table below is the one place
that names the kinds: adding a kind is adding one line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from netwerkcheck.content.help_models import HelpFile
from netwerkcheck.content.models import QuestionFile, SuggestionFile, ThemesFile
from netwerkcheck.content.problems import Problem
from netwerkcheck.content.scale_models import Scale
from netwerkcheck.editor.personas import Persona
from netwerkcheck.editor.style import StyleFile
from netwerkcheck.i18n import Lang, t

DRAFT = "http://json-schema.org/draft-07/schema#"
SCHEMA_DIR = "schema"
COMMENT = "# yaml-language-server: $schema="


@dataclass(frozen=True)
class SchemaKind:
    """A kind of content file: its model, schema file and file pattern."""

    name: str
    model: type[BaseModel]
    schema_file: str
    pattern: str  # relative to the content folder, for Path.glob


KINDS: tuple[SchemaKind, ...] = (
    SchemaKind("themes", ThemesFile, "themes.schema.json", "themes.yaml"),
    SchemaKind("questions", QuestionFile, "questions.schema.json", "questions/*.yaml"),
    SchemaKind("suggestions", SuggestionFile, "suggestions.schema.json", "suggestions/*.yaml"),
    SchemaKind("personas", Persona, "personas.schema.json", "personas/*.yaml"),
    SchemaKind("style", StyleFile, "style.schema.json", "style/*.yaml"),
    SchemaKind("help", HelpFile, "help.schema.json", "help.yaml"),
    SchemaKind("scales", Scale, "scale.schema.json", "scales/*.yaml"),
)  # fmt: skip

# Dutch hover help for models whose docstring is written for programmers.
DUTCH_DESCRIPTIONS = {
    "Text": "Een tekst in het Nederlands (taalniveau B1) en het Engels. Een andere taal mag "
    "erbij onder haar taalcode (de, fr, pt_BR); waar die ontbreekt, toont de app het Nederlands.",
}


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


def schema_for(kind: SchemaKind) -> dict[str, Any]:
    """The JSON Schema (draft-07) of one kind."""
    raw = kind.model.model_json_schema(by_alias=True, ref_template="#/definitions/{model}")
    body = _draft07(raw)
    for name, text in DUTCH_DESCRIPTIONS.items():
        definition = body.get("definitions", {}).get(name)
        if isinstance(definition, dict):
            definition["description"] = text
    body.pop("$schema", None)
    return {"$schema": DRAFT, "$id": kind.schema_file, **body}


def render(kind: SchemaKind) -> str:
    import json  # only `content schema` writes JSON; `content check` does not load it

    return json.dumps(schema_for(kind), ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def write_schemas(content_dir: Path) -> list[tuple[Path, bool]]:
    """Write every schema; (path, changed) for each."""
    folder = content_dir / SCHEMA_DIR
    folder.mkdir(parents=True, exist_ok=True)
    out: list[tuple[Path, bool]] = []
    for kind in KINDS:
        text = render(kind)
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
