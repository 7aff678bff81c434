"""`netwerkcheck content ...`: tools for content editors (check, preview, schema).

None of these import Textual: they print plain text, so they work in any terminal,
in CI, and over ssh.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from netwerkcheck.content.problems import Problem
from netwerkcheck.i18n import Lang, available_langs, get_lang, or_list, t

EXIT_OK = 0
EXIT_PROBLEMS = 1


def add_parser(sub: Any, lang: Lang) -> None:
    parser = sub.add_parser("content", help=t("cmd.content.help", lang))
    actions = parser.add_subparsers(dest="action", required=True)
    content_help = t("cmd.content.opt_content", lang)
    lang_help = t("cmd.content.opt_lang", lang, choices=or_list(available_langs(), lang))

    check = actions.add_parser("check", help=t("cmd.content.check_help", lang))
    preview = actions.add_parser("preview", help=t("cmd.content.preview_help", lang))
    preview.add_argument(
        "--persona",
        required=True,
        metavar=t("cmd.content.persona_metavar", lang),
        help=t("cmd.content.persona_help", lang),
    )
    schema = actions.add_parser("schema", help=t("cmd.content.schema_help", lang))
    for p in (check, preview, schema):
        p.add_argument("--content", type=Path, default=argparse.SUPPRESS, help=content_help)
        p.add_argument(
            "--lang", choices=available_langs(), default=argparse.SUPPRESS, help=lang_help
        )


def print_problems(problems: list[Problem], stream: Any = None, lang: Lang | None = None) -> None:
    out = stream or sys.stdout
    word = t("cli.warning_word", lang)
    for p in problems:
        print(p.format(word), file=out)


def run(args: argparse.Namespace) -> int:
    from netwerkcheck.i18n import set_lang

    lang = set_lang(getattr(args, "lang", None) or get_lang())
    overlay: Path | None = getattr(args, "content", None)
    if args.action == "check":
        return run_check(overlay, lang)
    if args.action == "preview":
        return run_preview(overlay, args.persona, lang)
    if args.action == "schema":
        return run_schema(overlay, lang)
    return EXIT_PROBLEMS


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """The cycle collector off for one short run that makes many objects that stay
    (pydantic's models, the files read): its passes over them took 35-55 ms of a
    `content check` of about 650 ms. Reference counting still frees what is not in a
    cycle (the check of 10x the shipped content peaks at 69 MB instead of 54).

    After: what the run made goes to the oldest generation at once (freeze, then
    unfreeze), so switching the collector back on does not start with one pass over all
    of it; any cycles among it are found at the next full collection."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        if was_enabled:
            gc.enable()


def run_check(overlay: Path | None, lang: Lang) -> int:
    with _without_cycle_collection():
        from netwerkcheck.editor.checkall import check_all

        result = check_all(overlay, lang)
    print_problems(result.problems, lang=lang)
    if result.errors or result.content is None:
        errors = len(result.errors) or 1
        print(t("cli.problems", lang, errors=errors, warnings=len(result.warnings)))
        return EXIT_PROBLEMS
    content = result.content
    print(
        t(
            "tool.check_ok",
            lang,
            questions=len(content.questions),
            suggestions=len(content.suggestions),
            personas=len(result.personas.personas) if result.personas else 0,
            warnings=len(result.warnings),
        )
    )
    return EXIT_OK


def run_schema(overlay: Path | None, lang: Lang) -> int:
    from netwerkcheck.content.loader import display_path
    from netwerkcheck.content.overlay import resolve
    from netwerkcheck.editor.schema import write_schemas

    root = resolve(overlay).base
    try:
        written = write_schemas(root)
    except OSError as exc:
        print(t("err.read", lang, detail=type(exc).__name__), file=sys.stderr)
        return EXIT_PROBLEMS
    for path, changed in written:
        key = "tool.schema_written" if changed else "tool.schema_unchanged"
        print(t(key, lang, path=display_path(path)))
    return EXIT_OK


def run_preview(overlay: Path | None, name: str, lang: Lang) -> int:
    from netwerkcheck.content.loader import check_content
    from netwerkcheck.content.validate import did_you_mean
    from netwerkcheck.editor.personas import (
        find_persona,
        load_personas,
        run_persona,
    )
    from netwerkcheck.editor.preview import render_preview

    content, problems = check_content(None, lang, overlay=overlay)
    errors = [p for p in problems if p.severity == "error"]
    if content is None or errors:
        print_problems(errors or problems, lang=lang)
        return EXIT_PROBLEMS
    personas, found = load_personas(content, lang)
    lp = find_persona(personas, name)
    if lp is None:
        print_problems([p for p in found if p.severity == "error"], lang=lang)
        names = [p.persona.name for p in personas]
        print(t("tool.unknown_persona", lang, name=name, hint=did_you_mean(name, names, lang)))
        return EXIT_PROBLEMS
    run, found = run_persona(content, lp, lang)
    if run is None:
        print_problems(found, lang=lang)
        return EXIT_PROBLEMS
    for line in render_preview(content, run, lang):
        print(line)
    return EXIT_OK
