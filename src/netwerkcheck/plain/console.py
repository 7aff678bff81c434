"""Reading and writing plain lines, and the commands that work at every prompt.

When stdin is not a terminal (a pipe, a test) the typed line is echoed after the
prompt, so a transcript reads like the conversation it was.
"""

from __future__ import annotations

from enum import Enum
from typing import TextIO

from netwerkcheck.cleantext import clean


class Ended(Exception):
    """stdin has no more lines: the check stops quietly, without a traceback."""


class Command(Enum):
    BACK = "back"
    SKIP = "skip"
    HELP = "help"
    QUIT = "quit"


# Both languages' words work in both languages: people mix them up, and that is fine.
_COMMANDS: dict[str, Command] = {
    "t": Command.BACK,
    "terug": Command.BACK,
    "b": Command.BACK,
    "back": Command.BACK,
    "o": Command.SKIP,
    "overslaan": Command.SKIP,
    "s": Command.SKIP,
    "skip": Command.SKIP,
    "h": Command.HELP,
    "help": Command.HELP,
    "hulp": Command.HELP,
    "?": Command.HELP,
    "q": Command.QUIT,
    "stop": Command.QUIT,
    "quit": Command.QUIT,
    "stoppen": Command.QUIT,
}

YES = frozenset({"j", "ja", "y", "yes"})


def command(line: str) -> Command | None:
    """The command a typed line stands for, or None when it is an answer."""
    return _COMMANDS.get(line.strip().lower())


class Console:
    """Plain line output and line input over any pair of text streams."""

    def __init__(self, stdin: TextIO, stdout: TextIO) -> None:
        self.stdin = stdin
        self.stdout = stdout
        try:
            self.echo = not stdin.isatty()
        except (AttributeError, ValueError, OSError):
            self.echo = True

    def say(self, text: str = "") -> None:
        """Write text as whole lines (a trailing newline in content text is dropped)."""
        text = clean(text)  # names and free text from a saved check may hold escapes
        lines = text.rstrip("\n").split("\n") if text else [""]
        for line in lines:
            self.stdout.write(line.rstrip() + "\n")
        self.stdout.flush()

    def ask(self, prompt: str) -> str:
        """Show the prompt and read one line; raise Ended when there is none."""
        self.stdout.write(clean(prompt))
        self.stdout.flush()
        line = self.stdin.readline()
        if not line:
            self.stdout.write("\n")
            raise Ended
        line = clean(line.rstrip("\r\n"))  # typed text enters clean
        if self.echo:
            self.stdout.write(line + "\n")
        return line.strip()
