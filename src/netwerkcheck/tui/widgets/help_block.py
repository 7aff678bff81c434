"""The help that answers called for, shown again at the top of the results.

The same messages and contacts as the help that appeared right after the answer (each
contact once, already filtered by age in engine.help), so help follows what was said and
does not scroll out of sight. Plain text only: content never becomes markup.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from netwerkcheck.engine.help import HelpHit, contact_lines
from netwerkcheck.i18n import Lang, t


class HelpBlock(Vertical):
    """A bordered block: a title, each fired rule's message, then its contacts."""

    DEFAULT_CSS = """
    HelpBlock {
        height: auto;
        border: round $error;
        padding: 0 1;
        margin: 1 0;
    }
    HelpBlock > .help-block-title { text-style: bold; }
    HelpBlock > .help-block-message { margin: 1 0 0 0; }
    HelpBlock > .help-block-contact { margin: 1 0 0 2; }
    """

    def __init__(self, hits: list[HelpHit], lang: Lang, *, id: str | None = "results-help") -> None:
        super().__init__(id=id)
        self.hits = hits
        self.lang = lang

    def compose(self) -> ComposeResult:
        yield Static(t("help.block_title", self.lang), markup=False, classes="help-block-title")
        shown: set[str] = set()
        for hit in self.hits:
            yield Static(
                hit.rule.message.get(self.lang).strip(),
                markup=False,
                classes=f"help-block-message {hit.level}",
            )
            for c in hit.contacts:
                if c.id in shown:
                    continue
                shown.add(c.id)
                yield Static(
                    "\n".join(contact_lines(c, self.lang)),
                    markup=False,
                    classes="help-block-contact",
                )
