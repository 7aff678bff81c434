"""JSON Schema files: generated from the models, committed, and never stale."""

from __future__ import annotations

import json
from pathlib import Path

from netwerkcheck.content.loader import default_content_dir
from netwerkcheck.editor.schema import (
    COMMENT,
    KINDS,
    kind_of,
    render,
    stale_schemas,
    write_schemas,
)
from netwerkcheck.i18n import LANG_CODE

SHIPPED = default_content_dir()


def test_committed_schemas_are_up_to_date() -> None:
    stale = stale_schemas(SHIPPED)
    assert not stale, f"run `netwerkcheck content schema` and commit: {stale}"


def test_schemas_are_draft07_closed_and_dutch() -> None:
    for kind in KINDS:
        text = render(kind)
        schema = json.loads(text)
        assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
        assert "$defs" not in text and "#/$defs/" not in text
        if kind.model.__module__ == "netwerkcheck.content.models":
            assert schema["additionalProperties"] is False
            for name, definition in schema.get("definitions", {}).items():
                if definition.get("type") != "object":
                    continue
                if name == "Text":
                    # a text may add any language, under a language code, as a string
                    assert definition["propertyNames"] == {"pattern": LANG_CODE}
                    assert definition["additionalProperties"] == {"minLength": 1, "type": "string"}
                    assert definition["required"] == ["nl", "en"]
                else:
                    assert definition.get("additionalProperties") is False
    questions = json.loads(render(KINDS[1]))
    assert "Een vraag met een antwoord uit een lijst." in json.dumps(questions, ensure_ascii=False)
    assert questions["definitions"]["Text"]["description"].startswith("Een tekst")


def test_write_schemas_reports_changes(tmp_path: Path) -> None:
    first = write_schemas(tmp_path)
    assert first and all(changed for _, changed in first)
    assert not any(changed for _, changed in write_schemas(tmp_path))
    assert not stale_schemas(tmp_path)


def test_every_shipped_content_file_points_at_its_schema() -> None:
    for file in sorted(SHIPPED.rglob("*.yaml")):
        if "examples" in file.relative_to(SHIPPED).parts:
            continue
        kind = kind_of(file, SHIPPED)
        assert kind is not None, file
        first = file.read_text(encoding="utf-8").split("\n", 1)[0]
        assert first.startswith(COMMENT) and first.endswith(kind.schema_file), file
        target = (file.parent / first[len(COMMENT) :]).resolve()
        assert target.is_file(), (file, target)
