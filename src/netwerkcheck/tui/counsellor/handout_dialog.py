"""Export the client's handout: HTML to print or Markdown, to a path the counsellor
chooses (0600, nothing leaves the machine). Notes stay out unless ticked."""

from __future__ import annotations

from textual.content import Content as Text
from textual.widget import Widget
from textual.widgets import Checkbox, Static

from netwerkcheck.i18n import get_lang, t
from netwerkcheck.tui.counsellor.handout_data import (
    HANDOUT_FORMATS,
    handout_text,
    suggestion_choices,
)
from netwerkcheck.tui.screens.export import FileDialog
from netwerkcheck.tui.widgets.marks import MarkedCheckbox, MarkedSelectionList


class HandoutScreen(FileDialog):
    """The client's handout. Next steps are picked from the suggestions; notes are
    included only when ticked."""

    FORMATS = HANDOUT_FORMATS
    FORMAT_LABEL = "counsellor.handout_format.{fmt}"
    TITLE_KEY = "counsellor.handout"
    INTRO_KEY = "counsellor.handout_intro"
    STEM = "netwerkcheck-overdracht"
    PREFIX = "handout-"

    def extra_fields(self) -> list[Widget]:
        choices = suggestion_choices(self.content, self.record, get_lang())
        fields: list[Widget] = [Static(t("counsellor.handout_steps"), markup=False)]
        if choices:
            fields.append(
                MarkedSelectionList(*[(Text(title), sid) for sid, title in choices], id="steps")
            )
        else:
            fields.append(Static(t("counsellor.handout_no_ideas"), markup=False, classes="muted"))
        fields.append(MarkedCheckbox(t("counsellor.include_notes"), False, id="include-notes"))
        return fields

    def _steps(self) -> list[str]:
        found = self.query(MarkedSelectionList)
        return list(found.first().selected) if found else []

    def render_text(self, fmt: str) -> str:
        return handout_text(
            fmt,
            self.record,
            self.content,
            get_lang(),
            include_notes=self.query_one("#include-notes", Checkbox).value,
            next_steps=self._steps(),
        )
