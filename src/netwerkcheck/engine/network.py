"""The person's network (the people they name) and the facts conditions can ask about.

Facts are counts and sets to *describe* the picture, never to compare it to a norm.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator

from netwerkcheck.cleantext import clean
from netwerkcheck.i18n import Lang, t
from netwerkcheck.vocabulary import RELATIONS as RELATIONS
from netwerkcheck.vocabulary import Relation as Relation

Circle = Literal["inner", "middle", "outer"]
Support = Literal["company", "practical", "advice", "confide"]
Reciprocity = Literal["both", "i_give", "they_give"]

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

    @field_validator("name", mode="before")
    @classmethod
    def _clean_name(cls, value: object) -> object:
        """Typed or read back, a name keeps no control, escape or bidi characters (on one
        line). A name that was nothing else becomes '?', so the person stays."""
        if isinstance(value, str) and value:
            return clean(value).replace("\n", " ") or "?"
        return value

    circle: Circle
    supports: frozenset[Support] = frozenset()
    reciprocity: Reciprocity | None = None


class Network(BaseModel):
    """The people someone named, in the order they named them. Frozen: every change
    gives a new Network, so an editor can hand out its value without it being mutated."""

    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True, frozen=True)

    people: tuple[Person, ...] = ()

    def added(self, person: Person) -> Network:
        """A copy with `person` at the end."""
        return Network(people=(*self.people, person))

    def replaced(self, index: int, person: Person) -> Network:
        """A copy with the person at `index` replaced (IndexError when out of range)."""
        if not 0 <= index < len(self.people):
            raise IndexError(index)
        people = list(self.people)
        people[index] = person
        return Network(people=tuple(people))

    def removed(self, index: int) -> Network:
        """A copy without the person at `index` (IndexError when out of range)."""
        if not 0 <= index < len(self.people):
            raise IndexError(index)
        return Network(people=self.people[:index] + self.people[index + 1 :])

    def inserted(self, index: int, person: Person) -> Network:
        """A copy with `person` at `index` (clamped to the list): undoing a removal."""
        index = max(0, min(index, len(self.people)))
        return Network(people=(*self.people[:index], person, *self.people[index:]))

    def in_circle(self, circle: Circle) -> tuple[Person, ...]:
        return tuple(p for p in self.people if p.circle == circle)


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


# --- Words for the parts of a network (both languages, via i18n/network.py) -------------


def relation_label(kind: Relation, lang: Lang | None = None) -> str:
    """'Familie' / 'Family'."""
    return t(f"net.relation.{kind}", lang)


def relation_code(kind: Relation, lang: Lang | None = None) -> str:
    """The one-letter code shown beside a name, so kinds never rest on colour alone."""
    return t(f"net.code.{kind}", lang)


def relation_legend(kind: Relation, lang: Lang | None = None) -> str:
    """A short word for the legend of the map ('werk/studie')."""
    return t(f"net.legend.{kind}", lang)


def circle_label(circle: Circle, lang: Lang | None = None) -> str:
    """'Binnenste cirkel' / 'Inner circle'."""
    return t(f"net.circle.{circle}", lang)


def circle_help(circle: Circle, lang: Lang | None = None) -> str:
    """One sentence that says who belongs in a circle."""
    return t(f"net.circle.{circle}.help", lang)


def support_label(support: Support, lang: Lang | None = None) -> str:
    """'Praktische hulp' / 'Practical help'."""
    return t(f"net.support.{support}", lang)


def reciprocity_label(value: Reciprocity | None, lang: Lang | None = None) -> str:
    """'Beide kanten op' ... ; None (not given) is 'Weet ik niet' / "Don't know"."""
    return t(f"net.recip.{value or 'unknown'}", lang)
