"""A sentinel typed into every field shows up only in the check file (and its .bak) and
in the exports the person chose; after forget it is nowhere but in those exports."""

from __future__ import annotations

from pathlib import Path

import pytest

from netwerkcheck.cli import main
from netwerkcheck.engine.network import Network, Person
from netwerkcheck.store import CheckStore, new_record
from netwerkcheck.store.paths import data_dir

SENTINEL = "ZQX7sentinel"
NOTE = "ZQX7private"


def _files_with(root: Path, needle: str) -> set[Path]:
    found: set[Path] = set()
    for p in root.rglob("*"):
        if p.is_file() and not p.is_symlink():
            try:
                if needle.encode() in p.read_bytes():
                    found.add(p)
            except OSError:
                pass
    return found


def test_sentinel_only_where_it_belongs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    exports = tmp_path / "exports"
    exports.mkdir()
    net = Network(
        people=(
            Person(name=SENTINEL, relation="friend", circle="inner"),
            Person(name=f"x{SENTINEL}", relation="club", circle="outer"),
        )
    )
    record = new_record("2026.11.0", client=f"C{SENTINEL}").with_answers(
        {
            "woonsituatie": SENTINEL,
            "bezigheden": (SENTINEL, "werk"),
            "tevreden": SENTINEL,
            "wens_verandering": "ja",
            "wat_mis_je": f"<{SENTINEL}>",
            "netwerk": net,
        },
        current="wat_mis_je",
    )
    record = record.model_copy(update={"notes": {"tevreden": NOTE}})
    with CheckStore() as store:
        saved = store.save(record)
        store.save(saved)  # a second save makes the .bak
        store.list()
        store.latest_unfinished()

    assert main(["history"]) == 0
    chosen = []
    for fmt in ("md", "html", "txt"):
        target = exports / f"check.{fmt}"
        assert main(["export", saved.id, "--format", fmt, "-o", str(target)]) == 0
        chosen.append(target)
    captured = capsys.readouterr()
    assert SENTINEL not in captured.out + captured.err

    check_file = data_dir() / "checks" / f"{saved.id}.json"
    bak = check_file.with_name(check_file.name + ".bak")
    assert _files_with(tmp_path, SENTINEL) == {check_file, bak, *chosen}
    # private notes are not in a handout unless asked for
    assert _files_with(tmp_path, NOTE) == {check_file, bak}

    assert main(["forget", "--confirm", "VERGETEN"]) == 0
    capsys.readouterr()
    assert _files_with(tmp_path, SENTINEL) == set(chosen)  # the person's own copies stay
    assert _files_with(tmp_path, NOTE) == set()
