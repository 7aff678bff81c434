"""Which relations a person can choose for someone in their network ("How do you know them?").

Content decides: the network question lists its relation choices, each with a label and
an optional condition over earlier answers (a teenager gets "school or class", for
example). This is the one place that decides which choices are offered, for the app's
person dialog and plain mode alike. Without a list in content every kind is offered.
Saved checks keep their relation ids; a person whose relation is no longer offered keeps
it (`keep`), so editing someone never changes how you know them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from netwerkcheck.content import models as m
from netwerkcheck.content.loader import Content
from netwerkcheck.engine.answers import AnswerValue
from netwerkcheck.engine.flow import evaluator
from netwerkcheck.engine.network import RELATIONS, Relation, relation_label
from netwerkcheck.i18n import Lang, get_lang


@dataclass(frozen=True)
class RelationOption:
    """One choice: the relation id that is saved, and the words shown for it."""

    kind: Relation
    label: str


def _network_question(content: Content | None) -> m.NetworkQuestion | None:
    if content is None:
        return None
    return next((q for q in content.questions if isinstance(q, m.NetworkQuestion)), None)


def _as_relation(value: str) -> Relation | None:
    return next((r for r in RELATIONS if r == value), None)


def offered_relations(
    content: Content | None,
    answers: Mapping[str, AnswerValue],
    lang: Lang | None = None,
    keep: Relation | None = None,
) -> tuple[RelationOption, ...]:
    """The relation choices for the answers so far, in content order (in `lang`, or the
    current language). `keep`: a relation someone already has, offered too (last) when
    its condition does not hold now."""
    lang = lang or get_lang()
    question = _network_question(content)
    if content is None or question is None or question.relations is None:
        return tuple(RelationOption(r, relation_label(r, lang)) for r in RELATIONS)
    ev = evaluator(content, answers)
    out: list[RelationOption] = []
    labels: dict[Relation, str] = {}
    for choice in question.relations:
        kind = _as_relation(choice.value)
        if kind is None or kind in labels:
            continue  # the loader reports unknown and repeated kinds
        labels[kind] = choice.label.get(lang)
        if choice.when is None or ev.holds(choice.when):
            out.append(RelationOption(kind, labels[kind]))
    if keep is not None and all(o.kind != keep for o in out):
        out.append(RelationOption(keep, labels.get(keep) or relation_label(keep, lang)))
    return tuple(out)
