"""Start the check: load content first (no Textual yet), then the chosen front end."""

from __future__ import annotations

import argparse
import sys

from netwerkcheck.content.loader import load_content
from netwerkcheck.content.problems import ContentError
from netwerkcheck.i18n import get_lang, t

EXIT_CONTENT = 2


def run(args: argparse.Namespace) -> int:
    lang = get_lang()
    try:
        content = load_content(None, lang, overlay=args.content)
    except ContentError as exc:
        print(t("cli.content_invalid"), file=sys.stderr)
        word = "waarschuwing" if lang == "nl" else "warning"
        for p in exc.problems:
            print(p.format(word), file=sys.stderr)
        return EXIT_CONTENT
    from netwerkcheck import plain

    if plain.wanted(args.plain):
        return plain.run_plain(content, content.help, lang, save=not args.no_save)

    from netwerkcheck.tui.app import NetwerkcheckApp

    app = NetwerkcheckApp(
        content, lang=lang, save=not args.no_save, high_contrast=args.high_contrast
    )
    app.run()
    return app.return_code or 0
