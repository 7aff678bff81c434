"""Finding content's words in typed text: whole words, case, accents and punctuation
ignored, a trailing * for Dutch compounds. Words of distress must be found however they
are typed, and a word inside another word must not be ("dood" in "doodmoe")."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from netwerkcheck.wordmatch import first_mention, fold, is_searchable


def found(text: str, *phrases: str) -> str | None:
    return first_mention(fold(text), phrases)


def test_a_phrase_is_found_whatever_the_case_accents_and_punctuation() -> None:
    assert found("Soms WIL ik, er... niet meer ZIJN!", "wil ik er niet meer zijn")
    assert found("Ik denk aan suicide", "suïcide") == "suïcide"
    assert found("ik denk aan suïcide", "suicide") == "suicide"
    assert found("I   don’t want to live", "don't want to live")  # a curly apostrophe too
    assert found("I don't want to live", "don't want to live") == "don't want to live"


def test_only_whole_words_count() -> None:
    assert found("Ik ben doodmoe en wil doodgewoon rust", "dood", "wil dood") is None
    assert found("ik wil dood", "wil dood") == "wil dood"
    assert found("myselfish", "myself") is None


def test_a_few_words_may_stand_between_the_words_of_a_phrase() -> None:
    """One added word hid 'Soms wil ik er zelf ook niet meer zijn' from 'wil er niet
    meer zijn' (seen in a walk); the words still come in their order, close together."""
    phrase = "wil er niet meer zijn"
    assert found("Soms wil ik er zelf ook niet meer zijn", phrase) == phrase
    assert found("Ik wil er ook niet meer zijn", phrase) == phrase
    assert found("I don't really want to be here", "don't want to be here")
    assert found("wil ik er echt heel erg niet meer zijn", phrase) is None  # three between
    assert found("zijn er niet meer, wil ik", phrase) is None  # another order
    # the nearest next word is not always the one that fits: 'b' at once, then 'c' is
    # too far; the later 'b' has 'c' beside it
    assert found("a b x b x x c", "a b c") == "a b c"


def test_a_star_matches_words_that_begin_with_it() -> None:
    assert found("Ik heb zelfmoordgedachten", "zelfmoord*") == "zelfmoord"
    assert found("ik heb zelfmoord gedachten", "zelfmoord*") == "zelfmoord"
    assert found("een zelfmoordenaar?", "moord*") is None  # the start of a word only
    assert found("self-harming", "self harm*") == "self harm"


def test_the_first_phrase_found_in_content_order_is_given() -> None:
    assert found("hopeless, I want to die", "want to die", "hopeless") == "want to die"
    assert found("nothing here", "want to die") is None
    assert found("", "want to die") is None


def test_a_phrase_needs_a_letter_or_digit() -> None:
    assert is_searchable("zelfmoord*") and is_searchable("112")
    assert not is_searchable("**") and not is_searchable(" ?! ")
    assert found("anything at all", "**") is None


@given(st.text(max_size=60), st.text(max_size=20))
def test_a_folded_phrase_is_found_in_any_text_that_holds_it_as_words(
    before: str, phrase: str
) -> None:
    if not is_searchable(phrase):
        return
    text = f"{before} {phrase} end"
    assert found(text, phrase) is not None


@given(st.text(max_size=80))
def test_fold_gives_spaced_lower_words_only(text: str) -> None:
    folded = fold(text)
    assert folded.startswith(" ") and folded.endswith(" ")
    assert "  " not in folded
    assert folded == fold(folded)
    assert all(ch == " " or ch.isalnum() for ch in folded)
