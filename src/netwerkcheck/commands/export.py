"""`netwerkcheck export ID --format md|html|txt [-o PATH]`. No Textual.

Without -o the export goes to standard output (nothing is written to disk);
with -o it is written atomically with mode 0600, as a new regular file: an existing
file is refused unless --force, and a FIFO, device or folder always.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from netwerkcheck.i18n import Lang, get_lang, t

if TYPE_CHECKING:
    from netwerkcheck.content.loader import Content
    from netwerkcheck.store import CheckRecord, CheckStore


def add_parser(sub: Any, lang: Lang) -> None:
    parser = sub.add_parser("export", help=t("export.help", lang))
    parser.add_argument(
        "id",
        metavar="ID",
        help=t("cmd.export.id_help", lang),
    )
    parser.add_argument(
        "--format",
        choices=("md", "html", "txt"),
        default="md",
        help=t("cmd.export.format_help", lang),
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar=t("cmd.export.metavar_path", lang),
        help=t("cmd.export.output_help", lang),
    )
    parser.add_argument("--force", action="store_true", help=t("export.force_help", lang))


def find(store: CheckStore, wanted: str) -> CheckRecord:
    """The check with this id, or the one whose id starts with it."""
    from netwerkcheck.store import NotFound

    try:
        return store.load(wanted)
    except NotFound:
        pass
    matches = [i for i in store.ids() if i.startswith(wanted)] if wanted else []
    if len(matches) == 1:
        return store.load(matches[0])
    if len(matches) > 1:
        raise LookupError(wanted)
    raise NotFound(wanted)


def run(args: argparse.Namespace) -> int:
    from netwerkcheck.content.loader import load_content
    from netwerkcheck.content.problems import ContentError
    from netwerkcheck.report.export import render, write_export
    from netwerkcheck.store import CheckStore, StoreError
    from netwerkcheck.store.errors import FileExists

    lang = get_lang()
    try:
        with CheckStore.for_reading() as store:
            try:
                record = find(store, args.id)
            finally:
                for notice in store.take_notices():
                    print(notice.message(), file=sys.stderr)
    except LookupError:
        print(t("export.ambiguous", lang, id=args.id), file=sys.stderr)
        return 1
    except StoreError as exc:
        print(exc.message(), file=sys.stderr)
        return 1
    content: Content | None
    try:
        content = load_content(None, lang, overlay=getattr(args, "content", None))
    except ContentError:
        print(t("export.no_content", lang), file=sys.stderr)
        content = None
    text = render(args.format, record, content, lang)
    if args.output is None:
        sys.stdout.write(text)
        return 0
    try:
        path = write_export(args.output, text, replace=bool(getattr(args, "force", False)))
    except FileExists as exc:
        print(exc.message(), file=sys.stderr)
        print(t("export.exists_hint", lang), file=sys.stderr)
        return 1
    except StoreError as exc:  # also NotAFile: a FIFO, device or folder is never written
        print(exc.message(), file=sys.stderr)
        return 1
    print(t("export.saved_to", lang, path=path), file=sys.stderr)
    return 0
