"""Key bindings whose labels follow the language chosen at run time.

Textual fixes BINDINGS when a class is defined; we store message ids as
descriptions and translate each node's own copy when it is created, so a
language switch on the welcome screen reaches every screen made after it.

`key_display` writes keys for people ("Ctrl+N", "F1"); the app uses it for every key
the footer shows (NetwerkcheckApp.get_key_display).
"""

from __future__ import annotations

from dataclasses import replace

from textual.dom import DOMNode

from netwerkcheck.i18n import Lang, get_lang, t
from netwerkcheck.i18n.catalog import CATALOG


def translate_bindings(node: DOMNode) -> None:
    mapping = node._bindings.key_to_bindings
    for key, bindings in mapping.items():
        mapping[key] = [
            replace(b, description=t(b.description)) if b.description in CATALOG else b
            for b in bindings
        ]


def retranslate_bindings(node: DOMNode) -> None:
    """After a language switch: labels again from the class's own message ids."""
    if node._merged_bindings is not None:
        node._bindings = node._merged_bindings.copy()
    translate_bindings(node)


_MODIFIERS = {"ctrl": "Ctrl", "shift": "Shift", "alt": "Alt", "meta": "Meta", "super": "Super"}
_KEY_NAMES: dict[str, dict[Lang, str]] = {
    "escape": {"nl": "Esc", "en": "Esc"},
    "enter": {"nl": "Enter", "en": "Enter"},
    "tab": {"nl": "Tab", "en": "Tab"},
    "space": {"nl": "Spatie", "en": "Space"},
    "delete": {"nl": "Delete", "en": "Delete"},
    "backspace": {"nl": "Backspace", "en": "Backspace"},
    "insert": {"nl": "Insert", "en": "Insert"},
    "home": {"nl": "Home", "en": "Home"},
    "end": {"nl": "End", "en": "End"},
    "pageup": {"nl": "Page Up", "en": "Page Up"},
    "pagedown": {"nl": "Page Down", "en": "Page Down"},
    "up": {"nl": "↑", "en": "↑"},
    "down": {"nl": "↓", "en": "↓"},
    "left": {"nl": "←", "en": "←"},
    "right": {"nl": "→", "en": "→"},
}


def key_display(key: str, lang: Lang | None = None) -> str:
    """A key as people read it on their keyboard: 'Ctrl+N', 'F1', 'Esc', 'Spatie'
    (not Textual's '^n', 'f1', 'escape')."""
    lang = lang or get_lang()
    *modifiers, name = key.split("+") if key != "+" else [key]
    if name in _KEY_NAMES:
        shown = _KEY_NAMES[name][lang]
    elif len(name) == 1:
        shown = name.upper()
    elif name[:1] == "f" and name[1:].isdigit():
        shown = name.upper()
    else:
        shown = name.replace("_", " ").capitalize()
    return "+".join([*(_MODIFIERS.get(m, m.capitalize()) for m in modifiers), shown])
