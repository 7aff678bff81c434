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
    "what.contact": {"nl": "hulplijn", "en": "helpline"},
    # --- how a contact is written out ----------------------------------------------------
    "help.title": {"nl": "Hulp", "en": "Help"},
    "help.call": {"nl": "Bel {phone}", "en": "Call {phone}"},
    "help.call_or": {"nl": "Bel {phone} of {alt}", "en": "Call {phone} or {alt}"},
    "help.chat": {"nl": "Chat via {chat}", "en": "Chat at {chat}"},
    "help.url": {"nl": "Website: {url}", "en": "Website: {url}"},
    "help.hours": {"nl": "Bereikbaar: {hours}", "en": "Open: {hours}"},
    "help.who_for": {"nl": "Voor: {who}", "en": "For: {who}"},
}
