"""Export the client's handout: HTML to print or Markdown, to a path the counsellor
chooses (0600, nothing leaves the machine, never over a file without asking). It holds
what the client said and chose; the counsellor's 'to talk about' marks and the notes
stay out unless ticked. An optional line names the next meeting."""

from __future__ import annotations

from textual.widget import Widget
from textual.widgets import Checkbox, Input, Static

from netwerkcheck.i18n import get_lang, t
from netwerkcheck.tui.counsellor.handout_data import HANDOUT_FORMATS, handout_text
from netwerkcheck.tui.screens.export import FileDialog
from netwerkcheck.tui.widgets.marks import MarkedCheckbox


class HandoutScreen(FileDialog):
    FORMATS = HANDOUT_FORMATS
    FORMAT_LABEL = "counsellor.handout_format.{fmt}"
    TITLE_KEY = "counsellor.handout"
    INTRO_KEY = "counsellor.handout_intro"
    STEM = "netwerkcheck-overdracht"
    PREFIX = "handout-"

    def extra_fields(self) -> list[Widget]:
        return [
            Static(t("counsellor.handout_next_meeting"), markup=False),
            Input(id="next-meeting", max_length=120),
            MarkedCheckbox(t("counsellor.handout_talk"), False, id="include-talk"),
            MarkedCheckbox(t("counsellor.include_notes"), False, id="include-notes"),
        ]

    def render_text(self, fmt: str) -> str:
        return handout_text(
            fmt,
            self.record,
            self.content,
            get_lang(),
            include_notes=self.query_one("#include-notes", Checkbox).value,
            include_talk_about=self.query_one("#include-talk", Checkbox).value,
            next_meeting=self.query_one("#next-meeting", Input).value,
        )
