"""Key bindings whose labels follow the language chosen at run time.

Textual fixes BINDINGS when a class is defined; we store message ids as
descriptions and translate each node's own copy when it is created, so a
language switch on the welcome screen reaches every screen made after it.
"""

from __future__ import annotations

from dataclasses import replace

from textual.dom import DOMNode

from netwerkcheck.i18n import t
from netwerkcheck.i18n.catalog import CATALOG


def translate_bindings(node: DOMNode) -> None:
    mapping = node._bindings.key_to_bindings
    for key, bindings in mapping.items():
        mapping[key] = [
            replace(b, description=t(b.description)) if b.description in CATALOG else b
            for b in bindings
        ]
