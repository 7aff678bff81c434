"""Strings about help content: editors' error messages and how a contact is written out.

Shared by every front end (the app, plain mode, exports), so a contact reads the same
everywhere.
"""

from __future__ import annotations

HELP: dict[str, dict[str, str]] = {
    # --- content errors in help.yaml (for editors) -------------------------------------
    "err.help_missing": {
        "nl": "help.yaml ontbreekt in {dir}; zonder hulplijnen kan de check niet beginnen",
        "en": "help.yaml is missing in {dir}; the check cannot start without helplines",
    },
    "err.help_no_way": {
        "nl": "hulplijn '{id}' heeft geen phone, chat of url; geef minstens een manier om "
        "contact op te nemen",
        "en": "helpline '{id}' has no phone, chat or url; give at least one way to get in touch",
    },
    "err.help_stale": {
        "nl": "hulplijn '{id}' is voor het laatst gecontroleerd op {date}; kijk of de "
        "gegevens nog kloppen en pas last_checked aan",
        "en": "helpline '{id}' was last checked on {date}; see whether the details are still "
        "right and update last_checked",
    },
    "err.help_not_always": {
        "nl": "hulplijn '{id}' staat niet in 'always' en komt dus niet op het hulpscherm",
        "en": "helpline '{id}' is not in 'always', so it is not on the help screen",
    },
    "err.years_order": {
        "nl": "'from' is hoger dan 'to'; zet de laagste leeftijd bij 'from'",
        "en": "'from' is higher than 'to'; put the lowest age in 'from'",
    },
    "err.source_vague": {
        "nl": "de bron van '{id}' heeft geen url en geen jaartal; geef een webadres of een "
        "volledige verwijzing (wie, jaar, titel)",
        "en": "the source of '{id}' has no url and no year; give a web address or a full "
        "reference (who, year, title)",
    },
    "err.offer_no_source": {
        "nl": "suggestie '{id}' heeft een link maar geen bron; zet 'source' erbij "
        "(ref, url, last_checked)",
        "en": "suggestion '{id}' has a link but no source; add 'source' (ref, url, last_checked)",
    },
    "err.offer_stale": {
        "nl": "de bron van suggestie '{id}' is voor het laatst gelezen op {date}; kijk of het "
        "aanbod nog bestaat en pas last_checked aan",
        "en": "the source of suggestion '{id}' was last read on {date}; see whether the offer "
        "still exists and update last_checked",
    },
    "err.age_question": {
        "nl": "meer dan één vraag geeft leeftijden (years); houd het bij één leeftijdsvraag",
        "en": "more than one question gives ages (years); keep to one age question",
    },
    "what.contact": {"nl": "hulplijn", "en": "helpline"},
    # --- how a contact is written out ----------------------------------------------------
    "help.title": {"nl": "Hulp", "en": "Help"},
    "help.call": {"nl": "Bel {phone}", "en": "Call {phone}"},
    "help.call_or": {"nl": "Bel {phone} of {alt}", "en": "Call {phone} or {alt}"},
    "help.chat": {"nl": "Chat via {chat}", "en": "Chat at {chat}"},
    "help.url": {"nl": "Website: {url}", "en": "Website: {url}"},
    "help.hours": {"nl": "Bereikbaar: {hours}", "en": "Open: {hours}"},
    "help.who_for": {"nl": "Voor: {who}", "en": "For: {who}"},
    # --- help on the results (app, plain mode, exports) -----------------------------------
    "help.block_title": {"nl": "Hulp, als je dat wilt", "en": "Help, if you would like it"},
    "help.pointer_key_app": {"nl": "Druk op F1 voor Hulp.", "en": "Press F1 for Help."},
    "help.pointer_key_plain": {"nl": "Typ h voor Hulp.", "en": "Type h for Help."},
    "help.calm_title": {"nl": "Iemand om mee te praten", "en": "Someone to talk to"},
}
