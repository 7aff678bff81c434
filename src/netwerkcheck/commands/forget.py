"""`netwerkcheck forget`: delete everything netwerkcheck saved, after a typed word.

The word (VERGETEN / FORGET) has to be typed, or given with --confirm for
scripts; there is no --yes. It says plainly what cannot be deleted from here, and
that checks from counsellor mode (clients' checks) on this computer go too.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from netwerkcheck.i18n import Lang, get_lang, t


def add_parser(sub: Any, lang: Lang) -> None:
    parser = sub.add_parser("forget", help=t("store.forget.help", lang))
    parser.add_argument(
        "--confirm",
        metavar=t("store.forget.word", lang),
        help=t("store.forget.confirm_help", lang, word=t("store.forget.word", lang)),
    )


def run(args: argparse.Namespace) -> int:
    from netwerkcheck.store import CheckStore, StoreError
    from netwerkcheck.store.clients import count_client_checks
    from netwerkcheck.store.paths import data_dir

    lang = get_lang()
    word = t("store.forget.word", lang)
    root = data_dir()
    if not root.exists():
        print(t("store.forget.nothing", lang))
        print(t("store.forget.limits", lang))
        return 0
    try:
        store = CheckStore(root)
    except StoreError as exc:
        print(exc.message(), file=sys.stderr)
        return 1
    try:
        count = len(store.ids())
        of_clients = count_client_checks(store.list())
        store.take_notices()
        print(t("store.forget.what", lang, count=count, path=root))
        if of_clients.checks:
            print(t("fg.clients_too", lang, checks=of_clients.checks, clients=of_clients.clients))
        print(t("store.forget.limits", lang))
        typed = args.confirm
        if typed is None:
            try:
                typed = input(t("store.forget.prompt", lang, word=word))
            except EOFError:
                typed = ""
        if typed.strip() != word:
            print(t("store.forget.cancelled", lang))
            return 1
        removed = store.forget_all()
    except StoreError as exc:
        print(exc.message(), file=sys.stderr)
        return 1
    finally:
        store.close()
        left = store.take_notices()  # files that are not netwerkcheck's: left, and said
    print(t("store.forget.done", lang, count=removed))
    for notice in left:
        print(notice.message(lang))
    print(t("store.forget.limits", lang))
    return 0
