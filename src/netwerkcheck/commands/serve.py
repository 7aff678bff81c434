"""`netwerkcheck serve`: the same check in the person's own browser, on this computer only.

This module only adds the subcommand; the web server (aiohttp, textual-serve) is
imported when `serve` really runs, so every other command stays as light as before.
"""

from __future__ import annotations

import argparse
from typing import Any

from netwerkcheck.i18n import Lang, available_langs, get_lang, or_list, t


def _port(raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(t("serve.bad_port", raw=raw)) from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(t("serve.bad_port", raw=raw))
    return value


def add_parser(sub: Any, lang: Lang) -> None:
    parser = sub.add_parser(
        "serve",
        help=t("serve.help", lang),
        description=t("serve.description", lang),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    # The global options also work after `serve`; SUPPRESS keeps a value given before it.
    parser.add_argument(
        "--lang",
        choices=available_langs(),
        default=argparse.SUPPRESS,
        help=t("serve.opt_lang", lang, choices=or_list(available_langs(), lang)),
    )
    parser.add_argument(
        "--counsellor",
        action="store_true",
        default=argparse.SUPPRESS,
        help=t("serve.opt_counsellor", lang),
    )
    parser.add_argument(
        "--port",
        type=_port,
        default=0,
        metavar="N",
        help=t("serve.opt_port", lang),
    )
    parser.add_argument(
        "--no-browser",
        action="store_true",
        help=t("serve.opt_no_browser", lang),
    )


def run(args: argparse.Namespace) -> int:
    from netwerkcheck.commands.start import EXIT_CONTENT, _print_problems
    from netwerkcheck.content.loader import load_content
    from netwerkcheck.content.problems import ContentError

    try:
        # As in the terminal: invalid content stops the start with every problem listed
        # here, instead of a page in the browser that closes at once.
        load_content(None, get_lang(), overlay=getattr(args, "content", None))
    except ContentError as exc:
        _print_problems(exc.problems)
        return EXIT_CONTENT
    from netwerkcheck.web.server import serve

    return serve(args)
