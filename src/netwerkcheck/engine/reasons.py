"""Say a network-fact Reason in plain words, in Dutch or English.

A suggestion shows "why you see this". For a network fact the reason is a count or a
kind, which means little as it stands ("inner: 0"). These sentences describe what the
person told us ("In je netwerk: niemand in de binnenste cirkel"); they never judge,
never compare with a norm, and never call anything too little or too much.
"""

from __future__ import annotations

from netwerkcheck.engine.conditions import Reason
from netwerkcheck.engine.network import CIRCLES, RELATIONS, SUPPORTS
from netwerkcheck.i18n import Lang, t, tn

_COUNTED = ("people", "inner", "middle", "outer", "one_sided", "i_give_more", "they_give_more")
_SET_COUNTS = ("kinds", "missing_kinds", "supports", "missing_supports")
# A value fact on a "missing_*" set says the opposite of the same operator on the set.
_FLIP = {"includes": "excludes", "excludes": "includes"}


def _plural(key: str, n: int, lang: Lang | None, **kw: str) -> str:
    """'no one ...' for zero (its own sentence), else the catalog's plural form for n."""
    return t(f"{key}.0", lang, n=n, **kw) if n == 0 else tn(key, n, lang, **kw)


def _count_text(fact: str, n: int, lang: Lang | None) -> str:
    if fact == "people":
        return _plural("net.reason.people", n, lang)
    if fact in CIRCLES:
        circle = t(f"net.reason.circle_name.{fact}", lang)
        return _plural("net.reason.circle", n, lang, circle=circle)
    if fact in ("one_sided", "i_give_more", "they_give_more"):
        return _plural(f"net.reason.{fact}", n, lang)
    return t(f"net.reason.{fact}.n", lang, n=n)


def _value_text(fact: str, value: str, op: str, lang: Lang | None) -> str | None:
    if fact.startswith("missing_"):
        if op not in _FLIP:
            return None
        fact, op = fact.removeprefix("missing_"), _FLIP[op]
    if fact == "kinds" and value in RELATIONS:
        form = {"includes": "some", "excludes": "none", "only": "all"}.get(op)
        return t(f"net.kind.{value}.{form}", lang) if form else None
    if fact == "supports" and value in SUPPORTS:
        if op == "only":
            return t("net.sup.only", lang, support=t(f"net.support.{value}", lang).lower())
        form = {"includes": "some", "excludes": "none"}.get(op)
        return t(f"net.sup.{value}.{form}", lang) if form else None
    return None


def describe_text(reason: Reason, lang: Lang | None = None) -> str:
    """The words for a network-fact reason without the "In je netwerk:" prefix
    (for lists under one heading). Empty for a reason about a question."""
    fact = reason.fact
    if fact is None:
        return ""
    if reason.count is not None and (fact in _COUNTED or fact in _SET_COUNTS):
        return _count_text(fact, reason.count, lang)
    if reason.value is not None:
        said = _value_text(fact, reason.value, reason.op or "includes", lang)
        if said is not None:
            return said
    value = reason.value if reason.value is not None else str(reason.count)
    return t("net.reason.generic", lang, fact=fact, value=value)


def describe(reason: Reason, lang: Lang | None = None) -> str:
    """A network-fact reason as one sentence, e.g. nl "In je netwerk: niemand in de
    binnenste cirkel", en "In your network: everyone you named is family".

    Returns "" for a reason about a question (those are worded from the content).
    Unknown facts or values (newer content) get a plain "fact: value" rather than an
    error, because a reason line must never break the results page.
    """
    text = describe_text(reason, lang)
    return t("net.reason", lang, text=text) if text else ""
