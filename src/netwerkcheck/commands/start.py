"""Start the check with the chosen front end.

Plain mode loads the content first. The app shows its first screen (the welcome
screen, or counsellor mode's client picker) and loads the content behind it, so
nothing heavy (pydantic, YAML) is imported here at module level.
"""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from netwerkcheck.content.problems import ContentError, Problem
from netwerkcheck.i18n import days_ago, get_lang, t

if TYPE_CHECKING:
    from netwerkcheck.content.loader import Content

EXIT_CONTENT = 2


def keep_out_of_gc() -> None:
    """What exists now (the modules; after loading, the content and its models) lives as
    long as the process: keep it out of the garbage collector's full passes. Without
    this a full pass came before the first paint (~50 ms) and, once the content was
    loaded, during many steps of the check (100-600 ms each on a busy machine), because
    each pass walks every object; the frozen ones are skipped. Widgets of screens left
    behind are still collected: they are made later and are not frozen."""
    gc.freeze()


def _print_problems(problems: list[Problem]) -> None:
    lang = get_lang()
    print(t("cli.content_invalid"), file=sys.stderr)
    word = t("cli.warning_word", lang)
    for p in problems:
        print(p.format(word), file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    from netwerkcheck import plain

    lang = get_lang()
    counsellor = getattr(args, "counsellor", False)

    def load() -> Content:
        from netwerkcheck.content.loader import load_content

        return load_content(None, lang, overlay=args.content)

    def load_for_app() -> Content:
        content = load()
        keep_out_of_gc()
        return content

    # Under `serve` the app talks to the browser through pipes: never plain mode there.
    if not getattr(args, "web", False) and plain.wanted(args.plain):
        # Plain mode's first lines need the content: load it before anything is shown.
        try:
            content = load()
        except ContentError as exc:
            _print_problems(exc.problems)
            return EXIT_CONTENT
        return _run_plain(content, args)

    from netwerkcheck.privacy import scrub_textual_environment

    scrub_textual_environment()
    from netwerkcheck.tui.app import NetwerkcheckApp

    # The app shows its first screen (welcome, or the counsellor's client picker) and
    # loads the content behind it; invalid content still stops with every problem listed.
    app = NetwerkcheckApp(
        load_for_app,
        lang=lang,
        save=not args.no_save,
        high_contrast=args.high_contrast,
        counsellor=counsellor,
    )
    keep_out_of_gc()
    app.run()
    if app.content_problems:
        _print_problems(app.content_problems)
        return EXIT_CONTENT
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
    record = new_record(content.version, lang)
    resume: dict[str, object] = {}
    # Listing sets bad files aside; its notices are told before the first question.
    unfinished = store.latest_unfinished() if store is not None else None
    if store is not None:
        for notice in store.take_notices():
            print(notice.message(lang))
    if unfinished is not None and _ask_resume(unfinished.updated):
        record = unfinished
        resume = {
            "answers": unfinished.engine_answers(),
            "skipped": list(unfinished.skipped),
            "current": unfinished.current,
        }

    def saver(
        answers: dict[str, AnswerValue], skipped: list[str], current: str | None, finished: bool
    ) -> None:
        nonlocal record
        record = record.with_answers(answers, current=current, skipped=skipped, finished=finished)
        if store is not None:
            record = store.save(record)

    def exporter(answers: dict[str, AnswerValue], skipped: list[str], raw: str) -> Path:
        from netwerkcheck.report.export import render, write_export

        path = Path(raw).expanduser()
        fmt = path.suffix.lstrip(".").lower()
        if fmt not in ("html", "md", "txt"):
            fmt = "html"
            path = path.with_name(path.name + ".html")
        done = record.with_answers(answers, current=None, skipped=skipped, finished=True)
        return write_export(path, render(fmt, done, content, lang))

    try:
        return plain.run_plain(
            content,
            content.help,
            lang,
            save=store is not None,
            saver=saver,
            exporter=exporter,
            **resume,  # type: ignore[arg-type]
        )
    finally:
        if store is not None:
            store.close()


def _ask_resume(updated: str) -> bool:
    """Plain mode, like the app's welcome screen: offer to continue an unfinished check."""
    print(t("plain.resume_ask", when=days_ago(updated)), end="", flush=True)
    line = sys.stdin.readline()
    print()
    from netwerkcheck.plain.console import is_yes

    return is_yes(line)
