"""Reading and writing plain lines, and the commands that work at every prompt.

When stdin is not a terminal (a pipe, a test) the typed line is echoed after the
prompt, so a transcript reads like the conversation it was. On a terminal, lines are
wrapped at whole words to its width: the terminal itself cut words in two at 60 columns
('saved after eac' / 'h question', seen in a walk). Piped output is left as it is.
"""

from __future__ import annotations

import shutil
import textwrap
from enum import Enum
from typing import TextIO

from netwerkcheck.cleantext import clean
from netwerkcheck.i18n import available_langs, t


class Ended(Exception):
    """stdin has no more lines: the check stops quietly, without a traceback."""


class Command(Enum):
    BACK = "back"
    SKIP = "skip"
    HELP = "help"
    QUIT = "quit"


# Every installed language's words work in every language: people mix them up, and
# that is fine. Each catalog lists its words for a command, separated by spaces.
_COMMAND_IDS = {
    Command.BACK: "plain.words.back",
    Command.SKIP: "plain.words.skip",
    Command.HELP: "plain.words.help",
    Command.QUIT: "plain.words.quit",
}


def _words(msg_id: str) -> frozenset[str]:
    return frozenset(word.lower() for lang in available_langs() for word in t(msg_id, lang).split())


def command(line: str) -> Command | None:
    """The command a typed line stands for, or None when it is an answer."""
    typed = line.strip().lower()
    for cmd, msg_id in _COMMAND_IDS.items():
        if typed in _words(msg_id):
            return cmd
    return None


def is_yes(line: str) -> bool:
    """Whether a typed line says yes ('j', 'ja', 'y', 'yes', or a yes of another catalog)."""
    return line.strip().lower() in _words("plain.words.yes")


class Console:
    """Plain line output and line input over any pair of text streams."""

    def __init__(self, stdin: TextIO, stdout: TextIO) -> None:
        self.stdin = stdin
        self.stdout = stdout
        try:
            self.echo = not stdin.isatty()
        except (AttributeError, ValueError, OSError):
            self.echo = True

    def _width(self) -> int:
        """The terminal's width to wrap at, or 0 (do not wrap) when not a terminal."""
        try:
            if not self.stdout.isatty():
                return 0
        except (AttributeError, ValueError, OSError):
            return 0
        columns = shutil.get_terminal_size(fallback=(0, 0)).columns
        return columns - 1 if columns >= 20 else 0

    def _wrapped(self, line: str, width: int) -> list[str]:
        if not width or len(line) <= width:
            return [line]
        indent = line[: len(line) - len(line.lstrip(" "))]
        return textwrap.wrap(
            line,
            width,
            subsequent_indent=indent + ("  " if line.lstrip().startswith("- ") else ""),
            break_long_words=False,  # a web address stays whole
            break_on_hyphens=False,
        ) or [line]

    def say(self, text: str = "") -> None:
        """Write text as whole lines (a trailing newline in content text is dropped)."""
        text = clean(text)  # names and free text from a saved check may hold escapes
        lines = text.rstrip("\n").split("\n") if text else [""]
        width = self._width()
        for line in lines:
            for part in self._wrapped(line.rstrip(), width):
                self.stdout.write(part + "\n")
        self.stdout.flush()

    def ask(self, prompt: str) -> str:
        """Show the prompt and read one line; raise Ended when there is none."""
        *before, last = self._wrapped(clean(prompt), self._width()) or [""]
        for part in before:
            self.stdout.write(part + "\n")
        # the prompt's last line keeps its closing space, where the typing starts
        self.stdout.write(last + (" " if prompt.endswith(" ") and not last.endswith(" ") else ""))
        self.stdout.flush()
        line = self.stdin.readline()
        if not line:
            self.stdout.write("\n")
            raise Ended
        line = clean(line.rstrip("\r\n"))  # typed text enters clean
        if self.echo:
            self.stdout.write(line + "\n")
        return line.strip()
