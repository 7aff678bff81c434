"""`netwerkcheck content ...`: tools for content editors."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from netwerkcheck.content.loader import load_content
from netwerkcheck.content.problems import ContentError, Problem
from netwerkcheck.i18n import Lang, get_lang, t


def add_parser(sub: Any, lang: Lang) -> None:
    nl = lang == "nl"
    parser = sub.add_parser(
        "content",
        help="inhoud controleren en bekijken" if nl else "check and preview the content",
    )
    actions = parser.add_subparsers(dest="action", required=True)
    check = actions.add_parser(
        "check",
        help="controleer alle inhoud en meld elke fout met bestand:regel:kolom"
        if nl
        else "check all content and report each problem as file:line:col",
    )
    check.add_argument("--content", type=Path, default=argparse.SUPPRESS)


def print_problems(problems: list[Problem], stream: Any = None) -> None:
    out = stream or sys.stdout
    word = "waarschuwing" if get_lang() == "nl" else "warning"
    for p in problems:
        print(p.format(word), file=out)


def run(args: argparse.Namespace) -> int:
    lang = get_lang()
    if args.action == "check":
        try:
            content = load_content(args.content, lang)
        except ContentError as exc:
            print_problems(exc.problems)
            errors = len(exc.errors)
            print(t("cli.problems", errors=errors, warnings=len(exc.problems) - errors))
            return 1
        print_problems(content.warnings)
        print(
            t(
                "cli.content_ok",
                questions=len(content.questions),
                suggestions=len(content.suggestions),
            )
        )
        return 0
    return 1
