"""`netwerkcheck history`: list the saved checks, newest first. No Textual."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import TYPE_CHECKING, Any

from netwerkcheck.i18n import Lang, get_lang, t

if TYPE_CHECKING:
    from netwerkcheck.store import CheckStore


def add_parser(sub: Any, lang: Lang) -> None:
    sub.add_parser(
        "history",
        help="opgeslagen checks laten zien" if lang == "nl" else "list the saved checks",
    )


def local_time(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso[:16]


def print_notices(store: CheckStore) -> None:
    for notice in store.take_notices():
        print(notice.message(), file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    from netwerkcheck.store import CheckStore, StoreError

    try:
        with CheckStore() as store:
            records = store.list()
            print_notices(store)
    except StoreError as exc:
        print(exc.message(), file=sys.stderr)
        return 1
    if not records:
        print(t("history.none"))
        return 0
    print(t("history.header"))
    lang = get_lang()
    for r in records:
        state = t("history.finished" if r.finished else "history.unfinished", lang)
        content = t("history.content", lang, version=r.content_version)
        print(f"  {r.id}  {local_time(r.updated)}  {state}  {content}")
    print(t("history.hint"))
    return 0
