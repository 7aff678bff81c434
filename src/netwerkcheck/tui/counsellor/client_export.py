"""All checks of one client as one Markdown file, notes included: for the counsellor's
own file, never for the client (that is the handout). The app's one file dialog: it
asks before replacing a file."""

from __future__ import annotations

from netwerkcheck.i18n import get_lang, t
from netwerkcheck.store.clients import Client
from netwerkcheck.tui.app import NetwerkcheckApp
from netwerkcheck.tui.screens.export import FileDialog


def client_export_text(client: Client, app: NetwerkcheckApp) -> str:
    """All checks of one client as one Markdown file, with the counsellor's notes."""
    from netwerkcheck.report.export import render

    lang = get_lang()
    texts = [
        render("md", record, app.content, lang, include_notes=True).rstrip()
        for record in client.records
    ]
    return "\n\n---\n\n".join(texts) + "\n"


class ClientExportScreen(FileDialog):
    FORMATS = ("md",)
    TITLE_KEY = "counsellor.client_export_title"
    INTRO_KEY = "counsellor.client_export_intro"
    PREFIX = "client-"

    def __init__(self, client: Client, app: NetwerkcheckApp) -> None:
        super().__init__(client.latest, app.content)
        self.client = client
        self.text = client_export_text(client, app)

    def title_text(self) -> str:
        return t(self.TITLE_KEY, client=self.client.name)

    def render_text(self, fmt: str) -> str:
        return self.text
