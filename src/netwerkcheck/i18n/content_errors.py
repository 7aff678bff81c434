"""Messages about content mistakes, for editors."""

from __future__ import annotations

CONTENT_ERRORS: dict[str, dict[str, str]] = {
    # --- content errors (shown to editors) -------------------------------------------
    "err.yaml": {
        "nl": "dit is geen geldige YAML: {detail}",
        "en": "this is not valid YAML: {detail}",
    },
    "err.duplicate_key": {
        "nl": "de sleutel '{key}' staat hier twee keer",
        "en": "the key '{key}' appears twice here",
    },
    "err.empty_file": {
        "nl": "dit bestand is leeg",
        "en": "this file is empty",
    },
    "err.too_big": {
        "nl": "dit bestand is te groot voor inhoud (meer dan {kb} KB)",
        "en": "this file is too large for content (more than {kb} KB)",
    },
    "err.too_deep": {
        "nl": "lijsten en blokken zijn hier dieper genest dan {limit} lagen",
        "en": "lists and blocks are nested deeper than {limit} levels here",
    },
    "err.too_many_aliases": {
        "nl": "dit bestand gebruikt meer dan {limit} verwijzingen (*naam)",
        "en": "this file uses more than {limit} aliases (*name)",
    },
    "err.too_large": {
        "nl": "dit bestand wordt te groot (meer dan {limit} onderdelen, verwijzingen "
        "meegeteld); maak het kleiner of verdeel het",
        "en": "this file grows too large (more than {limit} parts, aliases counted); "
        "make it smaller or split it",
    },
    "err.is_a_folder": {
        "nl": "hier hoort een bestand, maar dit is een map",
        "en": "a file belongs here, but this is a folder",
    },
    "err.not_a_file": {
        "nl": "hier hoort een gewoon bestand, maar dit is iets anders (bijvoorbeeld een "
        "pijp of apparaat)",
        "en": "an ordinary file belongs here, but this is something else (for example a "
        "pipe or device)",
    },
    "err.symlink_loop": {
        "nl": "deze koppeling (symlink) wijst in een kring naar zichzelf",
        "en": "this link (symlink) points round in a loop to itself",
    },
    "err.read": {
        "nl": "kan dit bestand niet lezen: {detail}",
        "en": "cannot read this file: {detail}",
    },
    "err.missing": {
        "nl": "'{field}' ontbreekt hier",
        "en": "'{field}' is missing here",
    },
    "err.extra": {
        "nl": "'{field}' is hier onbekend{hint}",
        "en": "'{field}' is not known here{hint}",
    },
    "err.string_type": {
        "nl": "hier hoort tekst; zet de tekst eventueel tussen aanhalingstekens",
        "en": "text is expected here; you can put it in quotes",
    },
    "err.int_type": {
        "nl": "hier hoort een heel getal",
        "en": "a whole number is expected here",
    },
    "err.bool_type": {
        "nl": "hier hoort true of false",
        "en": "true or false is expected here",
    },
    "err.list_type": {
        "nl": "hier hoort een lijst (regels die met '- ' beginnen)",
        "en": "a list is expected here (lines starting with '- ')",
    },
    "err.dict_type": {
        "nl": "hier horen sleutels met waarden (sleutel: waarde)",
        "en": "keys with values are expected here (key: value)",
    },
    "err.too_short": {
        "nl": "dit mag niet leeg zijn",
        "en": "this must not be empty",
    },
    "err.too_long": {
        "nl": "dit is te lang",
        "en": "this is too long",
    },
    "err.pattern": {
        "nl": "een id bestaat uit kleine letters, cijfers en _ en begint met een letter",
        "en": "an id is made of lower-case letters, digits and _ and starts with a letter",
    },
    "err.literal": {
        "nl": "kies een van: {expected}",
        "en": "choose one of: {expected}",
    },
    "err.number_range": {
        "nl": "dit getal valt buiten wat kan ({detail})",
        "en": "this number is out of range ({detail})",
    },
    "err.condition_kind": {
        "nl": "onbekende voorwaarde; gebruik is, is_not, in, not_in, answered, at_least, "
        "at_most, network, all, any of not",
        "en": "unknown condition; use is, is_not, in, not_in, answered, at_least, at_most, "
        "network, all, any or not",
    },
    "err.network_operator": {
        "nl": "een netwerkvoorwaarde heeft precies een van: at_least, at_most, includes, "
        "excludes, only",
        "en": "a network condition has exactly one of: at_least, at_most, includes, excludes, only",
    },
    "err.question_type": {
        "nl": "onbekend vraagtype; kies single, multi, scale, text of network",
        "en": "unknown question type; choose single, multi, scale, text or network",
    },
    "err.other": {
        "nl": "dit klopt niet: {detail}",
        "en": "this is not right: {detail}",
    },
    "err.unknown_id": {
        "nl": "onbekende {what} '{id}'{hint}",
        "en": "unknown {what} '{id}'{hint}",
    },
    "err.duplicate_id": {
        "nl": "de id '{id}' bestaat al (ook in {other})",
        "en": "the id '{id}' already exists (also in {other})",
    },
    "err.unknown_value": {
        "nl": "vraag '{question}' heeft geen antwoord '{value}'{hint}",
        "en": "question '{question}' has no answer '{value}'{hint}",
    },
    "err.scale_only": {
        "nl": "at_least en at_most werken alleen bij een schaalvraag; '{question}' is {qtype}",
        "en": "at_least and at_most only work with a scale question; '{question}' is {qtype}",
    },
    "err.later_question": {
        "nl": "vraag '{question}' komt pas later; een voorwaarde kan alleen naar eerdere "
        "vragen kijken",
        "en": "question '{question}' comes later; a condition can only look at earlier questions",
    },
    "err.no_themes": {
        "nl": "themes.yaml ontbreekt in {dir}",
        "en": "themes.yaml is missing in {dir}",
    },
    "err.no_content_dir": {
        "nl": "de map met inhoud bestaat niet: {dir}",
        "en": "the content folder does not exist: {dir}",
    },
    "err.theme_without_questions": {
        "nl": "thema '{id}' heeft geen vragen",
        "en": "theme '{id}' has no questions",
    },
    "err.hint_did_you_mean": {
        "nl": "; bedoel je '{guess}'?",
        "en": "; did you mean '{guess}'?",
    },
    "what.question": {"nl": "vraag", "en": "question"},
    "what.theme": {"nl": "thema", "en": "theme"},
    "what.suggestion": {"nl": "suggestie", "en": "suggestion"},
    "what.key": {"nl": "sleutel", "en": "key"},
    "what.relation": {"nl": "soort relatie", "en": "kind of relationship"},
    "cli.content_invalid": {
        "nl": "De inhoud bevat fouten. Er kan geen nieuwe check beginnen tot ze zijn opgelost:",
        "en": "The content has errors. No new check can start until they are fixed:",
    },
    "cli.problems": {
        "nl": "{errors} fout(en), {warnings} waarschuwing(en)",
        "en": "{errors} error(s), {warnings} warning(s)",
    },
    "cli.content_ok": {
        "nl": "De inhoud is in orde: {questions} vragen, {suggestions} suggesties.",
        "en": "The content is fine: {questions} questions, {suggestions} suggestions.",
    },
    "cli.interrupted": {
        "nl": "Gestopt.",
        "en": "Stopped.",
    },
    "cli.unexpected": {
        "nl": "Er ging iets mis dat niet had mogen gebeuren ({kind}). Je antwoorden zijn niet "
        "in deze melding opgenomen.",
        "en": "Something went wrong that should not have happened ({kind}). Your answers are "
        "not included in this message.",
    },
}
