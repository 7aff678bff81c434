"""On a shared office computer, the command line keeps counsellor sessions out of a
person's view: `history` lists only their own checks (and says how many others there
are, without pseudonyms), `forget` says plainly that those are deleted too, and the
store never offers a client's check to resume. `export ID` works for any id."""

from __future__ import annotations

import pytest

from netwerkcheck.cli import main
from netwerkcheck.store import CheckStore
from netwerkcheck.store.clients import count_client_checks, own_checks
from netwerkcheck.store.paths import data_dir
from tests.store.conftest import SMALL_CONTENT
from tests.store.helpers import record

PSEUDONYM = "Mevrouw X"


def save(client: str | None = None, finished: bool = True) -> str:
    with CheckStore() as store:
        r = record().model_copy(update={"client": client, "finished": finished})
        return store.save(r).id


def test_history_lists_own_checks_and_counts_the_others(
    capsys: pytest.CaptureFixture[str],
) -> None:
    own = save()
    hidden = [save(PSEUDONYM), save(PSEUDONYM), save("Y")]
    assert main(["history"]) == 0
    out = capsys.readouterr().out
    assert own in out
    assert not any(i in out for i in hidden)
    assert PSEUDONYM not in out and "Mevrouw" not in out
    assert "3 check(s) uit de hulpverlenersmodus staan hier niet" in out
    assert "netwerkcheck --counsellor" in out


def test_history_with_only_client_checks(capsys: pytest.CaptureFixture[str]) -> None:
    hidden = save(PSEUDONYM, finished=False)
    assert main(["--lang", "en", "history"]) == 0
    out = capsys.readouterr().out
    assert "None of your own checks" in out
    assert "1 check(s) from counsellor mode are not listed" in out
    assert hidden not in out and PSEUDONYM not in out


def test_history_without_client_checks_has_no_extra_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    save()
    assert main(["history"]) == 0
    assert "hulpverlenersmodus" not in capsys.readouterr().out


def test_history_clients_lists_them_with_pseudonym(capsys: pytest.CaptureFixture[str]) -> None:
    own = save()
    theirs = save("Mevrouw\x1b[31mX")  # a hand-edited file: no control codes printed
    assert main(["history", "--clients"]) == 0
    out = capsys.readouterr().out
    assert theirs in out and own not in out
    assert "MevrouwX" in out.replace("[31m", "") and "\x1b" not in out


def test_history_clients_when_there_are_none(capsys: pytest.CaptureFixture[str]) -> None:
    save()
    assert main(["history", "--clients"]) == 0
    assert "geen checks uit de hulpverlenersmodus" in capsys.readouterr().out


def test_export_works_for_a_client_check(capsys: pytest.CaptureFixture[str]) -> None:
    theirs = save(PSEUDONYM)
    assert main(["--content", str(SMALL_CONTENT), "export", theirs, "--format", "txt"]) == 0
    assert "meer contact" in capsys.readouterr().out


def test_forget_says_counsellor_sessions_go_too(capsys: pytest.CaptureFixture[str]) -> None:
    save()
    save(PSEUDONYM)
    save(PSEUDONYM.lower())
    save("Y")
    assert main(["forget", "--confirm", "VERGETEN"]) == 0
    out = capsys.readouterr().out
    assert "3 check(s) uit de hulpverlenersmodus, van 2 cliënt(en)" in out
    assert "ook gewist" in out and PSEUDONYM not in out
    assert not data_dir().exists()


def test_forget_without_client_checks_does_not_mention_them(
    capsys: pytest.CaptureFixture[str],
) -> None:
    save()
    assert main(["--lang", "en", "forget", "--confirm", "no"]) == 1
    assert "counsellor mode" not in capsys.readouterr().out


def test_latest_unfinished_is_never_a_client_check() -> None:
    own = save(finished=False)
    save(PSEUDONYM, finished=False)  # newer
    with CheckStore() as store:
        latest = store.latest_unfinished()
        assert latest is not None and latest.id == own
        store.delete(own)
        assert store.latest_unfinished() is None


def test_own_checks_and_counts() -> None:
    save()
    save(PSEUDONYM)
    save(" mevrouw  x ")
    with CheckStore() as store:
        records = store.list()
    assert [r.client for r in own_checks(records)] == [None]
    found = count_client_checks(records)
    assert (found.checks, found.clients) == (2, 1)
