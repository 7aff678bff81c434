"""What an answer can be, and the record of answers a check builds up."""

from __future__ import annotations

from collections.abc import Mapping

from netwerkcheck.engine.network import Network

# single and scale: the option value; multi: the chosen values in option order;
# text: the typed text; network: the Network.
AnswerValue = str | tuple[str, ...] | Network
Answers = Mapping[str, AnswerValue]
