"""Command-line entry point.

Picks the language and the mode first, then imports only the front end it needs:
`--help`, `--version` and the content, history, export and forget commands never
import Textual, so they start fast and work without a terminal UI.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from netwerkcheck import __version__
from netwerkcheck.i18n import Lang, get_lang, lang_from_env, set_lang, t

# Each module in netwerkcheck.commands adds one subcommand: add_parser(sub, lang) and run(args).
COMMAND_MODULES = ["content", "history", "export", "forget", "serve"]

EXIT_OK = 0
EXIT_INTERRUPTED = 130
EXIT_BUG = 70


def _prescan_lang(argv: Sequence[str]) -> Lang:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return set_lang(argv[i + 1])
        if arg.startswith("--lang="):
            return set_lang(arg.split("=", 1)[1])
    return set_lang(lang_from_env() or "nl")


def build_parser(lang: Lang) -> argparse.ArgumentParser:
    nl = lang == "nl"
    parser = argparse.ArgumentParser(
        prog="netwerkcheck",
        description=(
            "Een rustige check van je sociale netwerk. Alles blijft op deze computer."
            if nl
            else "A calm check of your social network. Everything stays on this computer."
        ),
        epilog=t("serve.privacy_epilog", lang),
    )
    parser.add_argument("--version", action="version", version=f"netwerkcheck {__version__}")
    parser.add_argument(
        "--lang",
        choices=["nl", "en"],
        default=lang,
        help="taal: nl (standaard) of en" if nl else "language: nl (default) or en",
    )
    parser.add_argument(
        "--content",
        metavar="MAP" if nl else "DIR",
        type=Path,
        help="map met eigen inhoud over de standaardinhoud heen"
        if nl
        else "folder with local content layered over the shipped content",
    )
    parser.add_argument(
        "--plain",
        action="store_true",
        help="eenvoudige regel-voor-regel-modus (ook voor schermlezers)"
        if nl
        else "plain line-by-line mode (also for screen readers)",
    )
    parser.add_argument(
        "--no-save",
        action="store_true",
        help="niets opslaan op deze computer" if nl else "save nothing on this computer",
    )
    parser.add_argument(
        "--high-contrast",
        action="store_true",
        help="hoog contrast (ook met F2 aan en uit te zetten)"
        if nl
        else "high contrast (F2 toggles it too)",
    )
    parser.add_argument(
        "--counsellor",
        action="store_true",
        help="hulpverlenersmodus: checks per cliënt (schuilnaam), notities, overdracht"
        if nl
        else "counsellor mode: checks per client (pseudonym), notes, handout",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND" if not nl else "OPDRACHT")
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"netwerkcheck.commands.{name}")
        module.add_parser(sub, lang)
    return parser


def _run(argv: Sequence[str], web: bool = False) -> int:
    lang = _prescan_lang(argv)
    parser = build_parser(lang)
    args = parser.parse_args(argv)
    set_lang(args.lang)
    args.web = web  # the app inside `netwerkcheck serve` (see web/child.py)
    if args.command:
        module = importlib.import_module(f"netwerkcheck.commands.{args.command}")
        return int(module.run(args))
    from netwerkcheck.commands import start

    return start.run(args)


# Said when even the plain message cannot be made (no memory left, no stack left):
# prepared at import, written with one system call.
_LAST_WORDS = {
    lang: (t("cli.unexpected", lang, kind="?") + "\n").encode("utf-8", "replace")
    for lang in ("nl", "en")
}


def _say(text_id: str, **values: str) -> None:
    """Print one plain message to stderr; if that fails in any way (MemoryError,
    RecursionError, a closed stream), write the prepared words instead."""
    try:
        print(t(text_id, **values), file=sys.stderr)
    except BaseException:
        try:
            os.write(2, _LAST_WORDS["en" if get_lang() == "en" else "nl"])
        except BaseException:
            pass


def main(argv: Sequence[str] | None = None, *, web: bool = False) -> int:
    """Run the command line; never let a traceback reach the person using it.
    `web`: this is the app that `netwerkcheck serve` shows in the browser."""
    kind: str | None = None
    try:
        args = list(sys.argv[1:] if argv is None else argv)
        return _run(args, web=True) if web else _run(args)
    except BrokenPipeError:
        # The reader went away (for example `| head`): nothing more to say.
        try:
            sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - silence the final flush
        except BaseException:
            pass
        return EXIT_OK
    except KeyboardInterrupt:
        _say("cli.interrupted")
        return EXIT_INTERRUPTED
    except Exception as exc:  # last line of defence, by design
        if os.environ.get("NETWERKCHECK_DEBUG"):
            raise
        try:
            kind = type(exc).__name__
        except BaseException:
            kind = "?"
    # Outside the except block: the failed frames (and what they held) are freed now,
    # which matters after a MemoryError.
    _say("cli.unexpected", kind=kind or "?")
    return EXIT_BUG


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
