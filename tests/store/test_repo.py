"""CheckStore basics: where data goes, save/load round trip, list, resume, delete, forget."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from netwerkcheck.engine.network import Network
from netwerkcheck.store import SCHEMA_VERSION, CheckStore, NotFound, StoreClosed, new_record
from netwerkcheck.store.paths import ENV_DATA_DIR, data_dir
from tests.store.helpers import files, record


def test_data_dir_follows_xdg_and_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert data_dir() == tmp_path / "home" / "data" / "netwerkcheck"
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "elsewhere"))
    assert data_dir() == tmp_path / "elsewhere"
    with CheckStore() as store:
        store.save(record())
    assert len(files(tmp_path / "elsewhere" / "checks")) == 1
    assert not (tmp_path / "home" / "data").exists()


def test_round_trip_keeps_every_answer_exactly(tmp_path: Path) -> None:
    text = 'Zoë 😀 مرحبا <b>[x]</b> \\ "quotes"\nline two'
    with CheckStore(tmp_path / "d") as store:
        saved = store.save(record(text))
        loaded = store.load(saved.id)
    assert loaded == saved
    answers = loaded.engine_answers()
    assert answers["wat_mis_je"] == text
    assert answers["bezigheden"] == ("werk", "studie")
    assert isinstance(answers["netwerk"], Network)
    assert answers["netwerk"].people[0].supports == frozenset({"company", "advice"})


def test_file_is_plain_json_with_versions(tmp_path: Path) -> None:
    with CheckStore(tmp_path / "d") as store:
        saved = store.save(record())
    data = json.loads((tmp_path / "d" / "checks" / f"{saved.id}.json").read_text("utf-8"))
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["app_version"]
    assert data["content_version"] == "2026.11.0"
    assert data["answers"]["netwerk"]["people"][0]["supports"] == ["advice", "company"]


def test_second_save_keeps_previous_as_bak(tmp_path: Path) -> None:
    with CheckStore(tmp_path / "d") as store:
        first = store.save(record("een"))
        path = tmp_path / "d" / "checks" / f"{first.id}.json"
        before = path.read_bytes()
        store.save(record("twee", check_id=first.id))
        assert path.with_name(path.name + ".bak").read_bytes() == before
        assert store.load(first.id).engine_answers()["wat_mis_je"] == "twee"


def test_list_newest_first_and_latest_unfinished(tmp_path: Path) -> None:
    with CheckStore(tmp_path / "d") as store:
        a = store.save(record("a"))
        b = store.save(record("b").model_copy(update={"finished": True}))
        assert [r.id for r in store.list()] == [b.id, a.id]
        unfinished = store.latest_unfinished()
        assert unfinished is not None and unfinished.id == a.id
        assert unfinished.current == "wat_mis_je"
        store.save(store.load(a.id).model_copy(update={"finished": True}))
        assert store.latest_unfinished() is None


def test_delete_removes_file_bak_and_set_aside_copies(tmp_path: Path) -> None:
    checks = tmp_path / "d" / "checks"
    with CheckStore(tmp_path / "d") as store:
        keep = store.save(record("keep"))
        gone = store.save(record("gone"))
        store.save(record("gone 2", check_id=gone.id))
        (checks / f"{gone.id}.json.corrupt-20260101T000000").write_bytes(b"x")
        store.delete(gone.id)
        assert files(checks) == [f"{keep.id}.json"]
        with pytest.raises(NotFound):
            store.load(gone.id)


def test_unknown_or_unsafe_id_is_not_found(tmp_path: Path) -> None:
    with CheckStore(tmp_path / "d") as store:
        for bad in ("nope", "../../etc/passwd", "", "a/b"):
            with pytest.raises(NotFound):
                store.load(bad)


def test_forget_all_removes_the_folder_and_closes(tmp_path: Path) -> None:
    root = tmp_path / "d"
    store = CheckStore(root)
    store.save(record())
    assert store.forget_all() >= 1
    assert not root.exists()
    with pytest.raises(StoreClosed):
        store.save(record())
    with CheckStore(root) as again:  # a new store can start over
        assert again.list() == []


def test_new_record_defaults() -> None:
    r = new_record("v1", "en", client="C-12")
    assert r.schema_version == SCHEMA_VERSION and r.lang == "en" and r.client == "C-12"
    assert r.answers == {} and r.notes == {} and r.talk_about == [] and not r.finished
    assert len({new_record("v").id for _ in range(50)}) == 50


def test_validation_errors_do_not_echo_answers() -> None:
    from pydantic import ValidationError

    from netwerkcheck.store import CheckRecord

    with pytest.raises(ValidationError) as info:
        CheckRecord.model_validate({"content_version": "x", "answers": {"q": 12345678}})
    assert "12345678" not in str(info.value)


def test_unusable_data_folder_is_a_save_error_not_a_crash(tmp_path: Path) -> None:
    from netwerkcheck.store import SaveError

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(SaveError) as info:
        CheckStore(blocker)
    assert info.value.message("en").startswith("Saving did not work")
    with pytest.raises(SaveError):
        CheckStore(blocker / "below")


def test_forget_all_leaves_files_it_did_not_make(tmp_path: Path) -> None:
    root = tmp_path / "my-documents"
    root.mkdir()
    (root / "thesis.txt").write_text("mine")
    store = CheckStore(root)
    store.save(record())
    store.save(record())
    assert store.forget_all() == 2
    assert sorted(p.name for p in root.iterdir()) == ["thesis.txt"]


def test_save_does_not_replace_a_file_it_cannot_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from netwerkcheck.store import SaveError

    with CheckStore(tmp_path / "d") as store:
        saved = store.save(record())
        path = tmp_path / "d" / "checks" / f"{saved.id}.json"
        before = path.read_bytes()
        from netwerkcheck.store import repo

        real = repo.read_check_bytes

        def deny(self: Path) -> bytes:
            if self == path:
                raise PermissionError(13, "denied")
            return real(self)

        # the store reads check files through read_check_bytes (O_NOFOLLOW, fstat)
        monkeypatch.setattr(repo, "read_check_bytes", deny)
        with pytest.raises(SaveError):
            store.save(record("nieuw", check_id=saved.id))
        monkeypatch.undo()
        assert path.read_bytes() == before
