"""What an answer can be, and the record of answers a check builds up."""

from __future__ import annotations

from collections.abc import Mapping

from netwerkcheck.cleantext import clean
from netwerkcheck.engine.network import Network

# single and scale: the option value; multi: the chosen values in option order;
# text: the typed text; network: the Network.
AnswerValue = str | tuple[str, ...] | Network
Answers = Mapping[str, AnswerValue]


def clean_answer(value: AnswerValue | None) -> AnswerValue | None:
    """The answer without control, escape or bidi characters in its text (newlines in
    free text stay). A Network cleans its names itself (engine.network.Person)."""
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, tuple):
        return tuple(clean(v) for v in value)
    return value
