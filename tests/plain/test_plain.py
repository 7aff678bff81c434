"""Plain mode, driven end to end through stdin and stdout like a screen reader user or a pipe."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from netwerkcheck.content.help_models import HelpContent
from netwerkcheck.content.loader import Content
from netwerkcheck.engine.network import Network
from netwerkcheck.i18n import Lang
from netwerkcheck.plain import run_plain, wanted
from tests.plain.fixtures import SHIPPED_DIR, fixture_content

ANSI = re.compile(r"\x1b|\x9b")

# leeftijd, hoe_gaat_het, bezigheden, netwerk (Anna + Enter), tevreden, wens_verandering, wat_mis_je
FULL_RUN = [
    "2",  # leeftijd: 18 tot 30
    "1",  # hoe_gaat_het: goed
    "3",  # bezigheden: niets vast
    "Anna",  # netwerk: a person...
    "3",  # friend
    "1",  # inner circle
    "1, 4",  # company, confide
    "1",  # both ways
    "",  # done with the list
    "2",  # tevreden: eerder niet
    "1",  # wens_verandering: ja
    "Meer mensen zien [echt]",  # wat_mis_je (brackets: user text is never markup)
]


@pytest.fixture(scope="module")
def bundle() -> tuple[Content, HelpContent]:
    return fixture_content()


class Run:
    def __init__(self, code: int, out: str, saves: list[tuple[Any, ...]]) -> None:
        self.code = code
        self.out = out
        self.saves = saves


def drive(
    bundle: tuple[Content, HelpContent],
    lines: list[str],
    lang: Lang = "nl",
    save: bool = True,
    eof: bool = False,
    **kwargs: Any,
) -> Run:
    content, help_content = bundle
    saves: list[tuple[Any, ...]] = []

    def saver(answers: dict[str, Any], skipped: list[str], current: str | None, done: bool) -> None:
        saves.append((answers, skipped, current, done))

    text = "\n".join(lines) + ("" if eof else "\n")
    stdout = io.StringIO()
    code = run_plain(
        content, help_content, lang, save, io.StringIO(text), stdout, saver=saver, **kwargs
    )
    return Run(code, stdout.getvalue(), saves)


def test_full_check_in_dutch(bundle: tuple[Content, HelpContent]) -> None:
    run = drive(bundle, FULL_RUN)
    out = run.out
    assert run.code == 0
    assert "geen test en geen diagnose" in out
    assert "op deze computer" in out
    assert "10 tot 15 minuten" in out
    # the count is of topics, and its total never grows (follow-up questions included)
    assert "Onderwerp 1 van 3: Over jou" in out and "Eerst een paar vragen" in out
    assert "Onderwerp 3 van 3: Hoe het nu gaat" in out
    assert set(re.findall(r"Onderwerp \d van (\d+)", out)) == {"3"}
    assert "Jouw uitkomst" in out
    # the same words as the app (engine.network labels, results.kind titles)
    assert "- Anna: Vriend of vriendin; Binnenste cirkel" in out
    assert "Iemand om mee te praten" in out  # a talk suggestion
    assert "Je antwoordde bij 'Zou je iets willen veranderen aan je contacten?': Ja" in out
    assert "Je antwoordde bij 'Wat doe je op een gewone week?': Niets vast" in out
    assert "In je netwerk: je noemde geen buren" in out
    # no help rule fired: the results end with a calm pointer to help, not a crisis line
    assert out.rstrip().endswith("Typ h voor Hulp.")
    assert "113" not in out[out.index("Jouw uitkomst") :]
    assert not ANSI.search(out)
    answers, skipped, current, finished = run.saves[-1]
    assert finished and current is None and skipped == []
    assert answers["wat_mis_je"] == "Meer mensen zien [echt]"
    assert isinstance(answers["netwerk"], Network) and answers["netwerk"].people[0].name == "Anna"
    # after each of the 7 answers; the last save also marks the check finished
    assert len(run.saves) == 7


def test_full_check_in_english(bundle: tuple[Content, HelpContent]) -> None:
    run = drive(bundle, FULL_RUN, lang="en")
    out = run.out
    assert run.code == 0
    assert "not a test and not a diagnosis" in out
    assert "Topic 1 of 3: About you" in out
    assert "Your results" in out
    assert "You answered 'Would you like to change something about your contacts?'" in out
    assert "- Anna: Friend; Inner circle" in out
    # no help rule fired: a calm pointer to help, not a crisis line (issue #11)
    assert out.rstrip().endswith("Type h for Help.")
    assert "113" not in out[out.index("Your results") :]
    assert "Vraag" not in out and "Waarom" not in out and "Onderwerp" not in out
    assert not ANSI.search(out)


def test_urgent_help_appears_right_after_heel_zwaar_and_the_check_goes_on(
    bundle: tuple[Content, HelpContent],
) -> None:
    lines = list(FULL_RUN)
    lines[1] = "5"  # hoe_gaat_het: heel zwaar
    run = drive(bundle, lines)
    out = run.out
    answered = out.index("Typ een nummer: 5")
    urgent = out.index("Het klinkt alsof het nu heel zwaar voor je is.")
    next_question = out.index("Wat doe je op een gewone week?")
    assert answered < urgent < next_question
    between = out[urgent:next_question]
    assert "Bel 113 of 0800-0113" in between and "Bel 112." in between
    assert "De Luisterlijn" in between
    assert "Jouw uitkomst" in out and run.code == 0  # the check did not end
    # shown once at the moment, not again after every following answer
    asked = out[: out.index("Jouw uitkomst")]
    assert asked.count("Het klinkt alsof het nu heel zwaar") == 1
    # and the results repeat the help at the top, before the suggestions (issue #11)
    results = out[out.index("Jouw uitkomst") :]
    top = results[: results.index("Iemand om mee te praten")]
    assert "Hulp, als je dat wilt" in top and "113 Zelfmoordpreventie" in top
    assert "Bel 112." in top
    assert "Typ h voor Hulp." not in results  # the help itself stands at the top


def test_english_urgent_help(bundle: tuple[Content, HelpContent]) -> None:
    run = drive(bundle, ["2", "5"], lang="en", eof=True)
    assert "It sounds like things are very hard for you right now." in run.out
    assert "Call 113 or 0800-0113. Chat at 113.nl." in run.out


def test_kindertelefoon_for_under_18_waits_for_the_results(
    bundle: tuple[Content, HelpContent],
) -> None:
    """Saying one's age is no sign of distress: no help breaks in after it (the walk as a
    15-year-old saw a help box at once). The results name De Kindertelefoon at the top."""
    run = drive(bundle, ["1", *FULL_RUN[1:]])
    out = run.out
    asked = out[: out.index("Jouw uitkomst")]
    assert "Bij De Kindertelefoon" not in asked and "0800-0432" not in asked
    results = out[out.index("Jouw uitkomst") :]
    assert "Bij De Kindertelefoon" in results and "0800-0432" in results
    assert "De Luisterlijn" not in results  # an adult line, not for a 15-year-old


def test_words_typed_in_ones_own_words_bring_help_at_once(
    bundle: tuple[Content, HelpContent],
) -> None:
    """Plain mode drives the same rule as the app: typed words of distress bring the
    crisis help right after the answer, and again at the top of the results."""
    run = drive(bundle, [*FULL_RUN[:-1], "Soms wil ik er niet meer zijn"])
    out = run.out
    said = "Wat je schreef klinkt alsof het nu heel zwaar voor je is."
    asked = out[: out.index("Jouw uitkomst")]
    assert said in asked and "Bel 113 of 0800-0113" in asked
    results = out[out.index("Jouw uitkomst") :]
    assert "113 Zelfmoordpreventie" in results[: results.index("Iemand om mee te praten")]


def test_back_keeps_the_answer_and_enter_keeps_it(bundle: tuple[Content, HelpContent]) -> None:
    run = drive(bundle, ["2", "t", "", "b", ""], eof=True)
    out = run.out
    assert out.count("Hoe oud ben je?") == 3
    assert "Je antwoord is bewaard: 18 tot 30. Druk op Enter om het zo te laten." in out
    answers = run.saves[-1][0]
    assert answers == {"leeftijd": "van_18_tot_30"}


def test_back_at_the_first_question(bundle: tuple[Content, HelpContent]) -> None:
    run = drive(bundle, ["terug"], eof=True)
    assert "Dit is de eerste vraag." in run.out


def test_skip_records_the_question_and_moves_on(bundle: tuple[Content, HelpContent]) -> None:
    run = drive(bundle, ["o", "skip"], eof=True)
    answers, skipped, current, finished = run.saves[-1]
    assert answers == {} and skipped == ["leeftijd", "hoe_gaat_het"]
    assert current == "bezigheden" and not finished
    assert "Wat doe je op een gewone week?" in run.out


def test_eof_ends_cleanly(bundle: tuple[Content, HelpContent]) -> None:
    run = drive(bundle, [], eof=True)
    assert run.code == 0
    assert "De invoer is gestopt" in run.out
    assert "Traceback" not in run.out
    mid = drive(bundle, ["2", "1", "3", "Anna", "3"], eof=True)
    assert mid.code == 0 and "De invoer is gestopt" in mid.out


def test_help_command_shows_every_contact_and_returns_to_the_question(
    bundle: tuple[Content, HelpContent],
) -> None:
    run = drive(bundle, ["h", "2"], eof=True)
    out = run.out
    helped = out[out.index("Hulp: mensen om mee te praten") : out.index("We gaan verder")]
    for name in ("113 Zelfmoordpreventie", "112", "De Luisterlijn", "De Kindertelefoon"):
        assert name in helped
    for name in ("Join Us", "Humanitas"):  # age not known yet: every contact
        assert name in helped
    assert "Hoe gaat het met je?" in out


def test_quit_asks_first(bundle: tuple[Content, HelpContent]) -> None:
    run = drive(bundle, ["q", "n", "2", "stop", "j"])
    out = run.out
    assert out.count("Wil je stoppen?") == 2
    assert "Je antwoorden tot nu toe zijn bewaard." in out
    assert "Tot ziens." in out and "Jouw uitkomst" not in out
    assert run.code == 0
    unsaved = drive(bundle, ["q", "ja"], save=False)
    assert "Je antwoorden zijn niet bewaard." in unsaved.out
    assert unsaved.saves == []


def test_no_save_never_calls_the_saver(bundle: tuple[Content, HelpContent]) -> None:
    run = drive(bundle, FULL_RUN, save=False)
    assert run.saves == [] and run.code == 0
    assert "worden niet bewaard" in run.out


def test_a_failing_saver_is_told_once_and_the_check_goes_on(
    bundle: tuple[Content, HelpContent],
) -> None:
    content, help_content = bundle

    def broken(*_: Any) -> None:
        raise OSError("disk full")

    out = io.StringIO()
    code = run_plain(
        content,
        help_content,
        "nl",
        True,
        io.StringIO("\n".join(FULL_RUN) + "\n"),
        out,
        saver=broken,
    )
    assert code == 0
    assert out.getvalue().count("konden niet worden bewaard") == 1
    assert "Jouw uitkomst" in out.getvalue()


def test_wrong_input_is_asked_again(bundle: tuple[Content, HelpContent]) -> None:
    run = drive(bundle, ["9", "x", "2", "1", "1 3", "0", "1 2"], eof=True)
    out = run.out
    assert out.count("Dat nummer ken ik niet. Typ een nummer van 1 tot 4.") == 2
    assert "'Niets vast' kun je niet samen met iets anders kiezen." in out
    assert run.saves[-1][0]["bezigheden"] == ("werk", "studie")


def test_an_empty_line_on_a_fresh_choice_is_asked_again_in_words(
    bundle: tuple[Content, HelpContent],
) -> None:
    """Enter alone on a fresh single choice said 'Dat nummer ken ik niet', as if a
    wrong number was typed; it now says what to do, as a multiple choice does."""
    run = drive(bundle, ["", "2"], eof=True)
    assert "Typ een antwoord, of o om deze vraag over te slaan." in run.out
    assert "Dat nummer ken ik niet" not in run.out
    assert run.saves[-1][0]


def test_label_can_be_typed_instead_of_number(bundle: tuple[Content, HelpContent]) -> None:
    run = drive(bundle, ["jonger dan 18"], eof=True)
    assert run.saves[-1][0] == {"leeftijd": "onder_18"}


def test_network_list_add_cancel_remove(bundle: tuple[Content, HelpContent]) -> None:
    lines = ["2", "1", "1"]
    lines += ["Bo", "2", "t"]  # back while adding Bo: Bo is not added
    lines += ["h.", "4", "3", "", ""]  # someone called 'h.' (not the help command)
    lines += ["Cas", "1", "2", "2", "2"]
    lines += ["weg 1", ""]
    run = drive(bundle, lines)
    out = run.out
    assert "Deze persoon is niet toegevoegd." in out
    assert "Weggehaald: h." in out
    network = run.saves[-1][0]["netwerk"]
    assert [p.name for p in network.people] == ["Cas"]
    cas = network.people[0]
    assert (cas.relation, cas.circle, cas.supports, cas.reciprocity) == (
        "partner",
        "middle",
        frozenset({"practical"}),
        "i_give",
    )


def test_resume_starts_at_the_saved_question(bundle: tuple[Content, HelpContent]) -> None:
    run = drive(
        bundle,
        ["1"],
        eof=True,
        answers={"leeftijd": "van_18_tot_30", "hoe_gaat_het": "heel_zwaar"},
        current="bezigheden",
    )
    assert "Wat doe je op een gewone week?" in run.out and "Hoe oud ben je?" not in run.out
    # help that already applied before the pause is not pushed again on resume
    assert "Het klinkt alsof" not in run.out


def test_wanted(monkeypatch: pytest.MonkeyPatch) -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("ACCESSIBLE", raising=False)
    assert wanted(True, Tty())
    assert not wanted(False, Tty())
    assert wanted(False, io.StringIO())  # piped
    monkeypatch.setenv("ACCESSIBLE", "1")
    assert wanted(False, Tty())
    monkeypatch.setenv("ACCESSIBLE", "")
    assert not wanted(False, Tty())


@pytest.mark.parametrize(
    "module", ["netwerkcheck.plain", "netwerkcheck.engine.help", "netwerkcheck.content.help_models"]
)
def test_plain_mode_and_help_import_no_textual_or_rich(module: str) -> None:
    code = (
        f"import sys, {module}\n"
        "print(','.join(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_results_can_be_exported_on_request(bundle: tuple[Content, HelpContent]) -> None:
    content, help_content = bundle
    seen: dict[str, Any] = {}

    def exporter(answers: dict[str, Any], skipped: list[str], path: str) -> Any:
        seen.update(answers=answers, path=path)
        return path

    out = io.StringIO()
    lines = [*FULL_RUN, "mijn-uitkomst.html", "j"]  # the name, then yes (#17: asked first)
    rc = run_plain(
        content,
        help_content,
        "nl",
        save=False,
        stdin=io.StringIO("\n".join(lines) + "\n"),
        stdout=out,
        exporter=exporter,
    )
    assert rc == 0
    assert seen["path"] == "mijn-uitkomst.html"
    assert seen["answers"]["leeftijd"] == "van_18_tot_30"
    assert "mijn-uitkomst.html" in out.getvalue()


def test_a_failed_export_says_why_in_words(bundle: tuple[Content, HelpContent]) -> None:
    """A store problem (the file is there already) is said in the person's words; any other
    failure names only its kind. Neither ends the check or shows a traceback."""
    from netwerkcheck.i18n import t
    from netwerkcheck.store.errors import FileExists

    content, help_content = bundle
    for error, reason in [
        (
            FileExists(name="mijn-uitkomst.html"),
            t("store.err.exists", "nl", name="mijn-uitkomst.html"),
        ),
        (ValueError("intern"), "ValueError"),
    ]:

        def exporter(
            answers: dict[str, Any], skipped: list[str], path: str, e: Exception = error
        ) -> Any:
            raise e

        out = io.StringIO()
        rc = run_plain(
            content,
            help_content,
            "nl",
            save=False,
            stdin=io.StringIO("\n".join([*FULL_RUN, "mijn-uitkomst.html", "j"]) + "\n"),
            stdout=out,
            exporter=exporter,
        )
        assert rc == 0
        assert t("plain.export_failed", "nl", reason=reason) in out.getvalue()
        assert "Traceback" not in out.getvalue()


def test_no_export_unless_asked(bundle: tuple[Content, HelpContent]) -> None:
    content, help_content = bundle
    called: list[str] = []
    out = io.StringIO()
    run_plain(
        content,
        help_content,
        "nl",
        save=False,
        stdin=io.StringIO("\n".join([*FULL_RUN, ""]) + "\n"),
        stdout=out,
        exporter=lambda a, s, p: called.append(p),  # type: ignore[arg-type,return-value]
    )
    assert called == []


def test_piped_check_resumes_an_unfinished_one() -> None:
    """Through the real command: answer one question, stop, start again and continue."""

    def run(text: str) -> str:
        return subprocess.run(
            [sys.executable, "-m", "netwerkcheck"],
            input=text,
            capture_output=True,
            text=True,
            timeout=300,
        ).stdout

    first = run("2\nq\nj\n")  # an age, then stop (and confirm)
    assert "Met wie woon je?" in first
    again = run("j\n")  # yes, continue
    assert "Je was vandaag nog bezig met een check" in again
    assert "Hoe oud ben je?" not in again and "Met wie woon je?" in again
    fresh = run("n\n")  # no: a new check starts at the first question
    assert "Hoe oud ben je?" in fresh


# --- the session core's rules, in plain mode ------------------------------------------


def test_skip_on_an_answered_question_asks_and_no_keeps_the_answer(
    bundle: tuple[Content, HelpContent],
) -> None:
    # leeftijd 2, hoe_gaat_het 1; back to hoe_gaat_het; skip; "n": kept, asked again; Enter
    run = drive(bundle, ["2", "1", "t", "o", "n", ""])
    out = run.out
    assert "Je antwoord is nu: Goed. Wil je dit antwoord weghalen? Typ j (ja) of n (nee):" in out
    assert "Je antwoord blijft bewaard." in out
    answers, skipped, current, _ = run.saves[-1]
    assert answers == {"leeftijd": "van_18_tot_30", "hoe_gaat_het": "goed"}
    assert skipped == [] and current == "bezigheden"


def test_skip_on_an_answered_question_removes_it_only_when_confirmed(
    bundle: tuple[Content, HelpContent],
) -> None:
    run = drive(bundle, ["2", "1", "t", "o", "j"], eof=True)
    answers, skipped, current, _ = run.saves[-1]
    assert answers == {"leeftijd": "van_18_tot_30"}
    assert skipped == ["hoe_gaat_het"] and current == "bezigheden"


def test_skip_on_an_unanswered_question_does_not_ask(bundle: tuple[Content, HelpContent]) -> None:
    run = drive(bundle, ["o"], eof=True)
    assert "weghalen" not in run.out
    assert run.saves[-1][1] == ["leeftijd"]


def test_skip_on_the_network_asks_with_the_number_of_people(
    bundle: tuple[Content, HelpContent],
) -> None:
    lines = ["2", "1", "3"]
    lines += ["Anna", "3", "1", "", ""]
    lines += ["Bo", "2", "2", "", ""]
    lines += ["", "t"]  # done with the list, then back to it from the next question
    lines += ["o", "n"]  # skip: asked, no
    lines += ["o", "nee"]  # and again, no
    lines += [""]  # Enter: the list is kept as it is
    run = drive(bundle, lines)
    assert run.out.count("Wil je de 2 mensen weghalen? Typ j (ja) of n (nee):") == 2
    answers, skipped, current, _ = run.saves[-1]
    assert [p.name for p in answers["netwerk"].people] == ["Anna", "Bo"]
    assert "netwerk" not in skipped and current == "tevreden"


def test_enter_keeps_every_kind_of_answer(bundle: tuple[Content, HelpContent]) -> None:
    """Answer everything, go back to each question in turn and press Enter: nothing changes."""
    first = drive(bundle, FULL_RUN[:-1], eof=True)
    answered = first.saves[-1][0]
    # back from wat_mis_je over every question to the first, then Enter all the way forward
    lines = [*FULL_RUN[:-1], *["t"] * 6, *[""] * 6]
    run = drive(bundle, lines)
    answers, _, current, _ = run.saves[-1]
    assert answers == answered and current == "wat_mis_je"
    assert run.out.count("Druk op Enter om het zo te laten.") >= 5


def test_no_idea_beside_crisis_help_points_to_the_help_not_that_it_is_fine(
    tmp_path: Path,
) -> None:
    """A 15-year-old typed words of distress and skipped the rest: the results showed the
    help and then 'No ideas fit your answers well right now. That is fine too.' (seen in a
    walk). Beside help that limits the ideas, the line points to that help."""
    import shutil

    from netwerkcheck.content.help_models import load_help
    from netwerkcheck.content.loader import load_content
    from tests.plain.fixtures import FIXTURE_DIR

    folder = tmp_path / "content"
    shutil.copytree(FIXTURE_DIR, folder)
    shutil.copy(SHIPPED_DIR / "help.yaml", folder / "help.yaml")
    content = load_content(folder)
    found, _ = load_help(folder, {q.id: q for q in content.questions}, "nl")
    assert found is not None
    run = drive((content, found), ["1", "o", "o", "", "o", "1", "ik wil dood"])
    results = run.out[run.out.index("Jouw uitkomst") :]
    assert "Bovenaan staat waar je nu terecht kunt." in results
    assert "Dat is ook goed" not in results
