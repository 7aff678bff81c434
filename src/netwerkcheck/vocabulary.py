"""The fixed words of a network that content may name: the kinds of relation.

They live here, in the bottom layer beside i18n, because the content loader checks that a network
question's relation choices name known kinds (content never imports the engine), and
the engine's network model takes its `Relation` type from here. No pydantic: the
store's light paths import this too.
"""

from __future__ import annotations

from typing import Literal, get_args

Relation = Literal[
    "partner", "family", "friend", "neighbour", "colleague", "school", "club", "professional"
]
RELATIONS: tuple[Relation, ...] = get_args(Relation)
