"""`netwerkcheck history`: list the saved checks, newest first. No Textual.

Only the person's own checks are listed. On a shared office computer the checks of
counsellor sessions (records with a client) are not theirs to see: one line says how
many there are and where they are shown, without any pseudonym. `--clients` lists
those instead, with pseudonym, for the counsellor (who may then `export` one by id).
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import TYPE_CHECKING, Any

from netwerkcheck.i18n import Lang, get_lang, t

if TYPE_CHECKING:
    from netwerkcheck.store import CheckRecord, CheckStore


def add_parser(sub: Any, lang: Lang) -> None:
    parser = sub.add_parser("history", help=t("cmd.history.help", lang))
    parser.add_argument("--clients", action="store_true", help=t("history.clients_help", lang))


def local_time(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso[:16]


def print_notices(store: CheckStore) -> None:
    for notice in store.take_notices():
        print(notice.message(), file=sys.stderr)


def _content_for_titles() -> Any:
    """The shipped content, for the titles of chosen ideas; None when it does not load."""
    try:
        from netwerkcheck.content.loader import load_content

        return load_content()
    except Exception:  # the ids are shown instead
        return None


def print_rows(records: list[CheckRecord], with_client: bool = False) -> None:
    from netwerkcheck.report.plan import history_facts
    from netwerkcheck.store.clients import clean_pseudonym

    lang = get_lang()
    titles = _content_for_titles() if any(r.plan for r in records) else None
    for r in records:
        state = t("history.finished" if r.finished else "history.unfinished", lang)
        content = t("history.content", lang, version=r.content_version)
        facts = "  ".join(history_facts(r, titles, lang))
        row = f"  {r.id}  {local_time(r.updated)}  {state}  {facts}  {content}"
        if with_client and r.client is not None:
            # cleaned: a hand-edited file cannot put terminal control codes on screen
            row += "  " + t("hist.row_client", lang, client=clean_pseudonym(r.client))
        print(row)


def run(args: argparse.Namespace) -> int:
    from netwerkcheck.store import CheckStore, StoreError
    from netwerkcheck.store.clients import own_checks

    try:
        with CheckStore.for_reading() as store:
            records = store.list()
            print_notices(store)
    except StoreError as exc:
        print(exc.message(), file=sys.stderr)
        return 1
    own = own_checks(records)
    clients = [r for r in records if r.client is not None]
    if getattr(args, "clients", False):
        if not clients:
            print(t("history.clients_none"))
            return 0
        print(t("history.clients_header"))
        print_rows(clients, with_client=True)
        print(t("history.hint"))
        return 0
    if not own:
        print(t("history.none_own" if clients else "history.none"))
    else:
        print(t("history.header"))
        print_rows(own)
    if clients:
        print(t("history.clients_hidden", count=len(clients)))
    if own:
        print(t("history.hint"))
    return 0
