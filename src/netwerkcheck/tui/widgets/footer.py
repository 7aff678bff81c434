"""Textual's Footer, without keeping every key it ever showed alive.

The footer rebuilds its keys whenever the keys that apply change (every question, every
focus move). Each key it makes is bound to the footer's `compact` setting, and Textual
keeps that binding, with the key and all it holds, until `compact` next changes, which
in netwerkcheck is never: after a walk through the questions thousands of old keys and
their caches stayed in memory, and each full pass of the garbage collector walked them
(hundreds of milliseconds per step late in a check). After each rebuild this footer lets
Textual drop the bindings of keys that were removed (`mutate_reactive` prunes them).
"""

from __future__ import annotations

from textual.widgets import Footer as TextualFooter


class Footer(TextualFooter):
    async def recompose(self) -> None:
        await super().recompose()
        if self.is_attached:
            self.mutate_reactive(TextualFooter.compact)
