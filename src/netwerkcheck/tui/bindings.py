"""Key bindings whose labels follow the language chosen at run time.

Textual fixes BINDINGS when a class is defined; we store message ids as
descriptions and translate each node's own copy when it is created, so a
language switch on the welcome screen reaches every screen made after it.

`key_display` writes keys for people ("Ctrl+N", "F1"); the app uses it for every key
the footer shows (NetwerkcheckApp.get_key_display).
"""

from __future__ import annotations

from dataclasses import replace

from textual.binding import Binding
from textual.dom import DOMNode

from netwerkcheck.i18n import Lang, is_message_id, t

CONTRAST_UNLISTED = Binding(
    "f2", "app.toggle_contrast", "key.contrast", show=False, priority=True, id="contrast-unlisted"
)
"""For a screen whose footer has no room for F2 at 80 columns (questions, results): F2
still works there, the footer leaves it out, and F1 help says it. The app's own F2 is
listed on every other screen."""


def translate_bindings(node: DOMNode) -> None:
    mapping = node._bindings.key_to_bindings
    for key, bindings in mapping.items():
        mapping[key] = [
            replace(
                b,
                description=t(b.description) if is_message_id(b.description) else b.description,
                tooltip=t(b.tooltip) if is_message_id(b.tooltip) else b.tooltip,
            )
            for b in bindings
        ]


def retranslate_bindings(node: DOMNode) -> None:
    """After a language switch: labels again from the class's own message ids."""
    if node._merged_bindings is not None:
        node._bindings = node._merged_bindings.copy()
    translate_bindings(node)


def key_display(key: str, lang: Lang | None = None) -> str:
    """A key as people read it on their keyboard: 'Ctrl+N', 'F1', 'Esc', 'Spatie'
    (not Textual's '^n', 'f1', 'escape')."""
    *modifiers, name = key.split("+") if key != "+" else [key]
    if is_message_id(f"keyname.{name}"):
        shown = t(f"keyname.{name}", lang)
    elif len(name) == 1:
        shown = name.upper()
    elif name[:1] == "f" and name[1:].isdigit():
        shown = name.upper()
    else:
        shown = name.replace("_", " ").capitalize()
    return "+".join([*(_modifier(m, lang) for m in modifiers), shown])


def _modifier(name: str, lang: Lang | None) -> str:
    key = f"keyname.{name}"
    return t(key, lang) if is_message_id(key) else name.capitalize()
