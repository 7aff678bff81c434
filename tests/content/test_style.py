"""Wording lint: discouraged words with file:line:col, readability, and silencing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from netwerkcheck.editor.checkall import check_all
from netwerkcheck.editor.style import flesch_douma, syllables

from .helpers import copy_mini


def _add_suggestion(root: Path, text_nl: str, extra: str = "", text_en: str = "A text.") -> Path:
    path = root / "suggestions" / "all.yaml"
    path.write_text(
        path.read_text()
        + f"""  - id: nieuw
    kind: try
    title: {{nl: Titel, en: Title}}
    text:
      nl: |
{"".join("        " + line + chr(10) for line in text_nl.splitlines())}      en: {text_en}
    when: {{question: wens_verandering, is: ja}}
{extra}""",
        encoding="utf-8",
    )
    return path


def test_syllables_and_score() -> None:
    assert syllables("gemeenschappelijk") >= 5
    assert syllables("kat") == 1
    easy = flesch_douma("Je bent welkom. Kom maar langs. We drinken koffie.")
    hard = flesch_douma(
        "Maatschappelijke ondersteuningsvoorzieningen bevorderen gemeenschappelijke "
        "participatiemogelijkheden voor kwetsbare inwoners in de gemeentelijke organisatie."
    )
    assert easy is not None and hard is not None
    assert easy[0] > 80 > 30 > hard[0]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Je moet vaker bellen.", "moet"),
        ("Zorg dat je naar buiten gaat.", "zorg_dat_je"),
        ("Dat is heel normaal.", "normaal"),
        ("Probeer 5 vrienden te bellen.", "aantal_vrienden"),
        ("Een uur per dag is goed.", "uren"),
        ("Bel minstens een keer.", "minstens"),
    ],
)
def test_discouraged_words_warn_at_their_place(tmp_path: Path, text: str, rule: str) -> None:
    root = copy_mini(tmp_path)
    path = _add_suggestion(root, "Een gewone zin.\n" + text)
    result = check_all(root)
    assert not result.errors
    [w] = [p for p in result.warnings if f"({rule})" in p.message]
    line = path.read_text().splitlines()[w.line - 1]
    assert line.strip() == text
    found = w.message.split("'")[1]
    assert line[w.col - 1 :].lower().startswith(found.lower())
    assert "liever" in w.message


def test_english_rules(tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    _add_suggestion(root, "Een gewone zin.", text_en="You should call at least once.")
    messages = [p.message for p in check_all(root).warnings]
    assert any("(should)" in m for m in messages)
    assert any("(at_least)" in m for m in messages)


def test_readability_warns_with_score(tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    _add_suggestion(
        root,
        "Maatschappelijke ondersteuningsvoorzieningen bevorderen gemeenschappelijke "
        "participatiemogelijkheden voor kwetsbare inwoners binnen de gemeentelijke organisatie.",
    )
    [w] = [p for p in check_all(root).warnings if "Flesch-Douma" in p.message]
    assert "drempel 60" in w.message


def test_lint_ignore_silences_with_reason_and_reports_stale_ones(tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    _add_suggestion(
        root,
        "Niemand moet iets.",
        extra="""    lint_ignore:
      - {rule: moet, reason: "Hier zeggen we juist dat niets moet."}
      - {rule: normaal, reason: "Niet meer nodig."}
      - {rule: moett, reason: "Typfout."}
""",
    )
    result = check_all(root)
    assert not result.errors
    messages = [p.message for p in result.warnings]
    assert not any("(moet)" in m for m in messages)
    assert any("'normaal' is niet (meer) nodig" in m for m in messages)
    assert any("onbekende stijlregel 'moett'" in m and "bedoel je 'moet'?" in m for m in messages)


def test_lint_ignore_needs_a_reason(tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    _add_suggestion(root, "Niemand moet iets.", extra="    lint_ignore: [{rule: moet}]\n")
    assert any("'reason' ontbreekt" in p.message for p in check_all(root).errors)


def test_bad_regex_in_style_file(tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    style = root / "style" / "nl.yaml"
    style.write_text(style.read_text() + "  - {id: kapot, pattern: '(', prefer: iets}\n")
    assert any("reguliere expressie" in p.message for p in check_all(root).errors)


def test_quick_hyphenation_is_pyphens() -> None:
    """content check hyphenates with pyphen's Dutch patterns through its own quick reader:
    the same patterns, and the same positions for every word of the shipped content."""
    import pyphen

    from netwerkcheck.editor import style

    quick = style._QuickHyphenator.dutch()
    assert quick is not None
    path = pyphen.LANGUAGES[pyphen.language_fallback("nl")]
    assert quick.all_patterns() == pyphen.HyphDict(path).patterns
    slow = pyphen.Pyphen(lang="nl", left=1, right=1)
    root = Path(__file__).resolve().parents[2] / "content"
    words = {
        w for f in root.rglob("*.yaml") for w in style._WORD.findall(f.read_text(encoding="utf-8"))
    }
    assert len(words) > 500
    for word in [*sorted(words), "a", "ij", "coördinatie", "zee-egel"]:
        assert quick.positions(word) == slow.positions(word), word


def test_quick_pattern_reading_matches_line_by_line(tmp_path: Path) -> None:
    """The whole-text reading of a hyphenation file gives what the line-by-line reading
    gives (a comment line or a line with spaces sends a file down the line-by-line way)."""
    import pyphen

    from netwerkcheck.editor import style

    shipped = Path(pyphen.LANGUAGES[pyphen.language_fallback("nl")])
    quick = style.pattern_lines(shipped)
    assert quick is not None and len(quick) > 10_000
    first, _, body = shipped.read_bytes().partition(b"\n")
    for extra in (b"% a comment\n", b"  .ab4c  \r\n", b"\n\n"):
        slow_file = tmp_path / "slow.dic"
        slow_file.write_bytes(first + b"\n" + extra + body)
        slow = style.pattern_lines(slow_file)
        expected = dict(quick)
        if b"ab4c" in extra:
            expected[".abc"] = ".ab4c"
        assert slow == expected
    utf8 = tmp_path / "utf8.dic"
    utf8.write_bytes("UTF-8\n.co1ö2r\nö3d\n".encode())
    assert style.pattern_lines(utf8) == {".coör": ".co1ö2r", "öd": "ö3d"}
    digits_only = tmp_path / "digits.dic"
    digits_only.write_bytes(b"ISO8859-1\n.a1b\n5\n")
    assert style.pattern_lines(digits_only) == {".ab": ".a1b", "": "5"}


def test_rules_joined_find_what_each_rule_finds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rules joined into one pattern (to skip texts no rule matches) warn exactly as
    the rules one by one do; a rule with a back-reference keeps them apart."""
    from netwerkcheck.editor import style

    root = copy_mini(tmp_path)
    _add_suggestion(root, "Je moet echt echt eens bellen.\nDat is heel normaal.")
    joined = check_all(root).problems
    assert any("(moet)" in p.message for p in joined)
    with monkeypatch.context() as m:
        m.setattr(style, "_joined", lambda rules: None)
        assert check_all(root).problems == joined
    rules = root / "style" / "nl.yaml"
    rules.write_text(
        rules.read_text() + "  - {id: dubbel, pattern: '\\b(\\w+) \\1\\b', prefer: een keer}\n"
    )
    apart = check_all(root).problems
    assert [p for p in apart if "(dubbel)" not in p.message] == joined
    assert [p.col for p in apart if "(dubbel)" in p.message] == [17]
    assert style._joined([]) is None
    rule = style.StyleRule(id="x", pattern="(?x) a", prefer="b")
    assert style._joined([(rule, re.compile(rule.pattern))]) is None


def test_shipped_rules_are_joined() -> None:
    from netwerkcheck.content.loader import check_content
    from netwerkcheck.editor.checkall import _extra_sources, load_styles

    content, _ = check_content()
    assert content is not None and content.layers is not None
    styles, _, _ = load_styles(content.layers.base, "nl", _extra_sources(content.layers, "nl"))
    assert styles and all(s.any_rule is not None for s in styles.values())


def test_lookbehinds_before_the_word_boundary_find_the_same() -> None:
    """In the joined pattern a rule's leading lookbehinds go after its \\b (a quicker
    search): the rule then finds the same matches, at the same places, in every text of
    the shipped content and in texts made for it; anything less plain stays as written."""
    from netwerkcheck.editor import style

    rules = [
        r"(?<!not )(?<!n't )\b(have|need) to\b",
        r"(?<=very )\bmuch\b",
        r"(?<![-'])\bbel\b",
    ]
    root = Path(__file__).resolve().parents[2] / "content"
    texts = [f.read_text(encoding="utf-8") for f in sorted(root.rglob("*.yaml"))]
    texts += [
        "I have to. You don't have to. Do not have to. Not have to. n't need to",
        "very much, so much, verymuch, very  much",
        "bel, -bel, 'bel, x bel, BEL",
        "have to",
        "",
    ]
    for rule in rules:
        moved = style._boundary_first(rule)
        assert moved != rule and moved.startswith(r"\b(?<")
        a, b = re.compile(rule, re.IGNORECASE), re.compile(moved, re.IGNORECASE)
        for text in texts:
            assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]
    for rule in (r"\bmust\b", r"(?<!\()\bx", r"(?<!(a))\bx", r"(?<!a)x\b", r"(?<!a)\\bx"):
        assert style._boundary_first(rule) == rule
