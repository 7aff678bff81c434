"""Start the check: load content first (no Textual yet), then the chosen front end."""

from __future__ import annotations

import argparse
import sys

from netwerkcheck.content.loader import Content, load_content
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
        return _run_plain(content, args)

    from netwerkcheck.privacy import scrub_textual_environment

    scrub_textual_environment()
    from netwerkcheck.tui.app import NetwerkcheckApp

    app = NetwerkcheckApp(
        content,
        lang=lang,
        save=not args.no_save,
        high_contrast=args.high_contrast,
        counsellor=getattr(args, "counsellor", False),
    )
    app.run()
    return app.return_code or 0


def _run_plain(content: Content, args: argparse.Namespace) -> int:
    """Plain mode saves like the app: every answer, through the same store."""
    from netwerkcheck import plain
    from netwerkcheck.engine.answers import AnswerValue
    from netwerkcheck.store import CheckStore, StoreError, new_record

    lang = get_lang()
    store: CheckStore | None = None
    if not args.no_save:
        try:
            store = CheckStore()
        except StoreError as exc:
            print(exc.message(lang))
        else:
            for notice in store.take_notices():
                print(notice.message(lang))
    record = new_record(content.version, lang)

    def saver(
        answers: dict[str, AnswerValue], skipped: list[str], current: str | None, finished: bool
    ) -> None:
        nonlocal record
        record = record.with_answers(answers, current=current, skipped=skipped, finished=finished)
        if store is not None:
            record = store.save(record)

    try:
        return plain.run_plain(content, content.help, lang, save=store is not None, saver=saver)
    finally:
        if store is not None:
            store.close()
