"""Shared bits for the store tests."""

from __future__ import annotations

from pathlib import Path

from netwerkcheck.engine.network import Network, Person
from netwerkcheck.store import CheckRecord, new_record


def network(name: str = "Anna") -> Network:
    return Network(
        people=(
            Person(
                name=name,
                relation="friend",
                circle="inner",
                supports=frozenset({"company", "advice"}),
                reciprocity="both",
            ),
            Person(name="B", relation="family", circle="outer"),
        )
    )


def record(text: str = "meer contact", check_id: str | None = None) -> CheckRecord:
    r = new_record("2026.11.0", "nl")
    if check_id is not None:
        r = r.model_copy(update={"id": check_id})
    return r.with_answers(
        {
            "woonsituatie": "alleen",
            "bezigheden": ("werk", "studie"),
            "tevreden": "eerder_niet",
            "wens_verandering": "ja",
            "wat_mis_je": text,
            "netwerk": network(),
        },
        current="wat_mis_je",
        skipped=[],
    )


def files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def temp_files(folder: Path) -> list[str]:
    return [n for n in files(folder) if n.endswith(".tmp")]
