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
from netwerkcheck.i18n import (
    BASE,
    Lang,
    available_langs,
    get_lang,
    lang_choices,
    lang_from_env,
    set_lang,
    t,
)

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
    from netwerkcheck.i18n.argparse_words import translate_argparse

    translate_argparse()
    parser = argparse.ArgumentParser(
        prog="netwerkcheck",
        description=t("cli.description", lang),
        epilog=t("serve.privacy_epilog", lang),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"netwerkcheck {__version__}",
        help=t("cli.opt_version", lang),
    )
    parser.add_argument(
        "--lang",
        choices=available_langs(),
        default=lang,
        help=t("cli.opt_lang", lang, choices=lang_choices(lang)),
    )
    parser.add_argument(
        "--content",
        metavar=t("cli.metavar_dir", lang),
        type=Path,
        help=t("cli.opt_content", lang),
    )
    parser.add_argument("--plain", action="store_true", help=t("cli.opt_plain", lang))
    parser.add_argument("--no-save", action="store_true", help=t("cli.opt_no_save", lang))
    parser.add_argument(
        "--high-contrast", action="store_true", help=t("cli.opt_high_contrast", lang)
    )
    parser.add_argument("--counsellor", action="store_true", help=t("cli.opt_counsellor", lang))
    sub = parser.add_subparsers(dest="command", metavar=t("cli.metavar_command", lang))
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"netwerkcheck.commands.{name}")
        module.add_parser(sub, lang)
    # '--lang' works after a command too ('netwerkcheck history --lang en' was refused,
    # seen in a walk): a command without its own takes the program's, unless given.
    for command in sub.choices.values():
        if "--lang" not in command._option_string_actions:
            command.add_argument(
                "--lang",
                choices=available_langs(),
                default=argparse.SUPPRESS,
                help=t("cli.opt_lang", lang, choices=lang_choices(lang)),
            )
    return parser


def _run(argv: Sequence[str], web: bool = False, *, program: bool = False) -> int:
    """Run one command line. `program`: main() was called without argv, so this is the
    whole process (see _program_ends)."""
    lang = _prescan_lang(argv)
    parser = build_parser(lang)
    args = parser.parse_args(argv)
    set_lang(args.lang)
    args.web = web  # the app inside `netwerkcheck serve` (see web/child.py)
    if args.command:
        module = importlib.import_module(f"netwerkcheck.commands.{args.command}")
        code = int(module.run(args))
        if program and args.command == "content":
            _program_ends()
        return code
    from netwerkcheck.commands import start

    return start.run(args)


# Said when even the plain message cannot be made (no memory left, no stack left):
# prepared at import, written with one system call.
_LAST_WORDS = {
    lang: (t("cli.unexpected", lang, kind="?") + "\n").encode("utf-8", "replace")
    for lang in available_langs()
}


def _say(text_id: str, **values: str) -> None:
    """Print one plain message to stderr; if that fails in any way (MemoryError,
    RecursionError, a closed stream), write the prepared words instead."""
    try:
        print(t(text_id, **values), file=sys.stderr)
    except BaseException:
        try:
            os.write(2, _LAST_WORDS.get(get_lang()) or _LAST_WORDS[BASE])
        except BaseException:
            pass


def _program_ends() -> None:
    """A content command ran as the program (main() without argv: `netwerkcheck` or
    `python -m netwerkcheck`), so the process ends right after: what it made is left out
    of the cycle collection Python runs at exit (gc.freeze), which passed over every
    object pydantic and the content made, about 50 ms after `content check`. The memory
    goes back with the process. Only for the content commands, which keep no file open
    (the app and the store get the collection at exit as before); callers in the same
    process (tests) pass argv and are not affected."""
    import gc

    gc.freeze()


def main(argv: Sequence[str] | None = None, *, web: bool = False) -> int:
    """Run the command line; never let a traceback reach the person using it.
    `web`: this is the app that `netwerkcheck serve` shows in the browser."""
    kind: str | None = None
    try:
        args = list(sys.argv[1:] if argv is None else argv)
        if web:
            return _run(args, web=True)
        return _run(args, program=True) if argv is None else _run(args)
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
