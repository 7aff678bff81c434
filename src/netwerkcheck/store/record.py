"""One saved check, as it is written to disk (one JSON file per check).

The file says which schema, app and content version wrote it, so an older file
can be migrated (store/migrate.py) and a newer one is left alone. Validation
errors never echo the answers (hide_input_in_errors).
"""

from __future__ import annotations

import json
import secrets
from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr

from netwerkcheck import __version__
from netwerkcheck.cleantext import clean
from netwerkcheck.engine.answers import Answers, AnswerValue, clean_answer
from netwerkcheck.engine.network import Network
from netwerkcheck.i18n import LANG_CODE

# 1: the first format. 2: adds the counsellor fields client, notes and talk_about.
# 3: adds the person's own marks (own_marks) and plan (ideas to try, each with a step).
SCHEMA_VERSION = 3

SUGGESTION_MARK = "suggestion:"
"""A mark on a suggestion is stored as 'suggestion:<id>'; a mark on a question is its id."""


ID_PATTERN = r"^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$"
CheckId = Annotated[StrictStr, Field(pattern=ID_PATTERN)]
QuestionId = Annotated[StrictStr, Field(min_length=1, max_length=60)]
StoredAnswer = StrictStr | list[StrictStr] | Network


def now_iso() -> str:
    """The current time, UTC, ISO 8601 with microseconds (sorts as text too)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def new_id() -> str:
    """A filename-safe id that sorts by creation time: 20261128-040115-3f9a1c."""
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S-") + secrets.token_hex(3)


class PlanItem(BaseModel):
    """One idea the person chose to try, with an optional small step in their own words
    (what, with whom, when). Never a number the app sets."""

    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True)

    suggestion: Annotated[StrictStr, Field(min_length=1, max_length=60)]
    step: Annotated[StrictStr, Field(max_length=500)] = ""


class CheckRecord(BaseModel):
    """A check as saved: answers so far, where to resume, and what wrote it."""

    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True, validate_assignment=True)

    schema_version: StrictInt = SCHEMA_VERSION
    app_version: StrictStr = __version__
    content_version: StrictStr
    id: CheckId = Field(default_factory=new_id)
    created: StrictStr = Field(default_factory=now_iso)
    updated: StrictStr = Field(default_factory=now_iso)
    lang: Annotated[StrictStr, Field(pattern=LANG_CODE)] = "nl"
    answers: dict[QuestionId, StoredAnswer] = Field(default_factory=dict)
    skipped: list[QuestionId] = Field(default_factory=list)
    current: QuestionId | None = None
    finished: StrictBool = False
    client: Annotated[StrictStr, Field(max_length=60)] | None = None
    notes: dict[QuestionId, StrictStr] = Field(default_factory=dict)
    talk_about: list[QuestionId] = Field(default_factory=list)
    """The counsellor's 'om over te praten' marks (question ids or 'suggestion:<id>')."""
    own_marks: list[Annotated[StrictStr, Field(min_length=1, max_length=80)]] = Field(
        default_factory=list
    )
    """The person's own 'hier wil ik over praten' marks (question ids or 'suggestion:<id>')."""
    plan: Annotated[list[PlanItem], Field(max_length=3)] = Field(default_factory=list)
    """'Wat ik wil proberen': one to three chosen ideas, in the order chosen."""

    def to_json_bytes(self) -> bytes:
        """The file's bytes: UTF-8 JSON, stable order (network 'supports' sorted)."""
        data = cleaned_data(self.model_dump(mode="json"))  # stored text holds no control codes
        for value in data["answers"].values():
            if isinstance(value, dict):
                for person in value.get("people", []):
                    person["supports"] = sorted(person.get("supports", []))
        return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

    def engine_answers(self) -> dict[str, AnswerValue]:
        return engine_answers(self)

    def with_answers(
        self,
        answers: Answers,
        *,
        current: str | None,
        skipped: list[str] | None = None,
        finished: bool | None = None,
    ) -> CheckRecord:
        """A copy with these engine answers, for the next save. `current` is the
        question to resume at (None at the end); `updated` is set by the store."""
        update: dict[str, Any] = {"answers": stored_answers(answers), "current": current}
        if skipped is not None:
            update["skipped"] = list(skipped)
        if finished is not None:
            update["finished"] = finished
        return self.model_validate({**self.model_dump(), **update})


def stored_answers(answers: Answers) -> dict[str, str | list[str] | Network]:
    """Engine answers (tuples for multi) to what a record holds (lists)."""
    out: dict[str, str | list[str] | Network] = {}
    for qid, value in answers.items():
        if isinstance(value, tuple):
            out[qid] = list(value)
        else:
            out[qid] = value
    return out


def engine_answers(record: CheckRecord) -> dict[str, AnswerValue]:
    """A record's answers as the engine wants them (lists become tuples), with text
    cleaned of control, escape and bidi characters (a file may have been edited)."""
    out: dict[str, AnswerValue] = {}
    for qid, value in record.answers.items():
        engine_value = clean_answer(tuple(value) if isinstance(value, list) else value)
        if engine_value is not None:
            out[qid] = engine_value
    return out


def cleaned_data(data: Any) -> Any:
    """Every string in JSON data through cleantext.clean (keys too): on the way to a
    file, and on the way in from one (a file may have been edited), so a record read
    holds the same text it would save."""
    if isinstance(data, str):
        return clean(data)
    if isinstance(data, dict):
        return {cleaned_data(k): cleaned_data(v) for k, v in data.items()}
    if isinstance(data, list):
        return [cleaned_data(v) for v in data]
    return data


def new_record(
    content_version: str,
    lang: str = "nl",
    client: str | None = None,
) -> CheckRecord:
    """A fresh, empty check for the given content version."""
    return CheckRecord(content_version=content_version, lang=lang, client=client)
