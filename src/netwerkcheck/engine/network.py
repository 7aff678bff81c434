"""The person's network (the people they name) and the facts conditions can ask about.

Facts are counts and sets to *describe* the picture, never to compare it to a norm.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

Relation = Literal["partner", "family", "friend", "neighbour", "colleague", "club", "professional"]
Circle = Literal["inner", "middle", "outer"]
Support = Literal["company", "practical", "advice", "confide"]
Reciprocity = Literal["both", "i_give", "they_give"]

RELATIONS: tuple[Relation, ...] = get_args(Relation)
CIRCLES: tuple[Circle, ...] = get_args(Circle)
SUPPORTS: tuple[Support, ...] = get_args(Support)
RECIPROCITIES: tuple[Reciprocity, ...] = get_args(Reciprocity)

NAME_MAX = 40


class Person(BaseModel):
    """Someone in the network. `name` is whatever the person typed: a first name,
    nickname or initials. It is user text and must never be treated as markup."""

    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True, frozen=True)

    name: str = Field(min_length=1, max_length=NAME_MAX)
    relation: Relation
    circle: Circle
    supports: frozenset[Support] = frozenset()
    reciprocity: Reciprocity | None = None


class Network(BaseModel):
    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True, frozen=True)

    people: tuple[Person, ...] = ()


@dataclass(frozen=True)
class NetworkFacts:
    """What a condition can ask of a network; see NetworkFact in content.models."""

    people: int
    inner: int
    middle: int
    outer: int
    kinds: frozenset[str]
    missing_kinds: frozenset[str]
    supports: frozenset[str]
    missing_supports: frozenset[str]
    one_sided: int
    i_give_more: int
    they_give_more: int

    def count(self, fact: str) -> int:
        value = getattr(self, fact)
        return value if isinstance(value, int) else len(value)


def facts(network: Network) -> NetworkFacts:
    circles = Counter(p.circle for p in network.people)
    kinds = frozenset(p.relation for p in network.people)
    supports = frozenset(s for p in network.people for s in p.supports)
    i_give = sum(1 for p in network.people if p.reciprocity == "i_give")
    they_give = sum(1 for p in network.people if p.reciprocity == "they_give")
    return NetworkFacts(
        people=len(network.people),
        inner=circles["inner"],
        middle=circles["middle"],
        outer=circles["outer"],
        kinds=kinds,
        missing_kinds=frozenset(RELATIONS) - kinds,
        supports=supports,
        missing_supports=frozenset(SUPPORTS) - supports,
        one_sided=i_give + they_give,
        i_give_more=i_give,
        they_give_more=they_give,
    )
