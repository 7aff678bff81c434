"""argparse's own words ("usage:", "options", its error texts) in the chosen language.

argparse looks its strings up with the module-level `_` and `ngettext` it imported from
gettext, at the moment it needs them. We point those two names at the 'argparse' catalog
of the current language (locale/<lang>/LC_MESSAGES/argparse.po: an ordinary catalog whose
msgids are argparse's English texts); a language without one keeps the English words.
"""

from __future__ import annotations

import argparse

from netwerkcheck.i18n import domain_translations

DOMAIN = "argparse"


def _gettext(message: str) -> str:
    return domain_translations(DOMAIN).gettext(message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return domain_translations(DOMAIN).ngettext(singular, plural, n)


def translate_argparse() -> None:
    """Route argparse's texts through our catalogs (for this process; idempotent)."""
    setattr(argparse, "_", _gettext)  # noqa: B010 - argparse reads this global at call time
    setattr(argparse, "ngettext", _ngettext)  # noqa: B010
