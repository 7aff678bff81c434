"""Read YAML 1.2 with ruamel.yaml and remember where every key and value stands.

Pydantic tells us *what* is wrong as a path of keys (`loc`); editors need *where*.
We turn the round-trip tree into plain data plus a map from path to (line, col),
as RenderCV and Dagster do, so any error path can be pointed at a line.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import DuplicateKeyError
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode
from ruamel.yaml.resolver import VersionedResolver

from netwerkcheck.content.problems import Problem
from netwerkcheck.i18n import Lang, t

PathKey = tuple[str | int, ...]


@dataclass
class Located:
    """Plain data read from one file, with positions (0-based) for each path."""

    path: str
    data: Any
    positions: dict[PathKey, tuple[int, int]] = field(default_factory=dict)

    def where(self, loc: PathKey) -> tuple[int, int]:
        """The 1-based (line, col) of the deepest known node along `loc`.

        Parts that do not name a real key or index (pydantic's union tags) are skipped,
        so a tagged-union error still lands on the mapping it is about.
        """
        walked = self.real_path(loc)
        while walked and walked not in self.positions:
            walked = walked[:-1]
        line, col = self.positions.get(walked, (0, 0))
        return line + 1, col + 1

    def real_path(self, loc: PathKey) -> PathKey:
        """`loc` without the parts that are not keys or indices in the data."""
        node: Any = self.data
        out: list[str | int] = []
        for part in loc:
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
                node = node[part]
            else:
                continue
            out.append(part)
        return tuple(out)


def _plain(node: Any, path: PathKey, positions: dict[PathKey, tuple[int, int]]) -> Any:
    if isinstance(node, CommentedMap):
        out: dict[Any, Any] = {}
        for key, value in node.items():
            sub = (*path, key)
            try:
                positions[sub] = tuple(node.lc.key(key))
            except (KeyError, TypeError, AttributeError):
                pass
            out[key] = _plain(value, sub, positions)
        return out
    if isinstance(node, CommentedSeq):
        items: list[Any] = []
        for i, value in enumerate(node):
            sub = (*path, i)
            try:
                positions[sub] = tuple(node.lc.item(i))
            except (KeyError, TypeError, AttributeError, IndexError):
                pass
            items.append(_plain(value, sub, positions))
        return items
    if isinstance(node, str):
        return str(node)  # drop ruamel's scalar string subclasses
    return node


_fast = ContextVar("fast_yaml", default=False)


class _CParserResolver(VersionedResolver):
    """ruamel's resolver, for the C parser: it asks for the document's YAML version on
    every scalar by looking for the pure parser's scanner, which the C parser does not
    have (an AttributeError each time, a third of `content check`). With the C parser
    the answer is always the default version (YAML 1.2), so give it at once."""

    @property
    def processing_version(self) -> Any:
        return self._loader_version or (1, 2)


def _c_yaml() -> YAML | None:
    """A safe YAML 1.2 reader on the C parser, or None without the C extension."""
    try:
        yaml = YAML(typ="safe", pure=False)
    except Exception:
        return None
    if getattr(yaml.Parser, "__name__", "") != "CParser":
        return None
    yaml.Resolver = _CParserResolver
    yaml.allow_duplicate_keys = False
    return yaml


@contextmanager
def fast_parsing() -> Iterator[None]:
    """Parse without positions, with the C parser when it is there (about 7x faster).

    Positions are only needed to point at mistakes, so callers parse fast first and
    parse again with positions only when something is wrong. Same YAML 1.2 rules.
    """
    token = _fast.set(True)
    try:
        yield
    finally:
        _fast.reset(token)


def _yaml() -> YAML:
    if _fast.get():
        # no C extension on this platform: the pure parser is fine
        fast = _c_yaml() or YAML(typ="safe", pure=True)
        fast.allow_duplicate_keys = False
        return fast
    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    return yaml


def load_yaml(file: Path, display: str, lang: Lang) -> Located | Problem:
    """Parse one file, or return the one problem that stops us reading it."""
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return Problem(display, 1, 1, t("err.read", lang, detail=type(exc).__name__))
    return parse_yaml(text, display, lang)


class _Unusual(Exception):
    """Something the quick positioned parse leaves to the round-trip parser."""


_PLAIN_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
)


def _quick_located(text: str, display: str) -> Located | None:
    """Plain data and positions from the C parser's node tree (about 10x faster than
    the round-trip parser), or None for anything but a plain, valid document (a syntax
    error, duplicate keys, anchors, merge keys, other tags, no C parser): then the
    round-trip parser reads it and reports what is wrong exactly as before.

    Positions are those the round-trip tree gives: a key's own (line, col), and for a
    list item where the item starts. tests/content/test_yamlpos_quick.py checks both
    readers agree on every shipped and fixture file.
    """
    if text.startswith("%") or "\n%" in text:
        return None  # a directive (%YAML 1.1 ...) changes the rules: the round trip knows them
    try:
        yaml = _c_yaml()
        if yaml is None:
            return None
        root = yaml.compose(text)
        if root is None:
            return None
        construct = yaml.constructor.construct_object
        positions: dict[PathKey, tuple[int, int]] = {(): (0, 0)}
        seen: set[int] = set()

        def walk(node: Any, path: PathKey) -> Any:
            if node.tag not in _PLAIN_TAGS or id(node) in seen:
                raise _Unusual(node.tag)  # another tag, a merge key, or an alias
            seen.add(id(node))
            if isinstance(node, MappingNode):
                out: dict[Any, Any] = {}
                for key_node, value_node in node.value:
                    if not isinstance(key_node, ScalarNode) or key_node.tag not in _PLAIN_TAGS:
                        raise _Unusual("key")
                    key: Any = construct(key_node)
                    if key in out:
                        raise _Unusual("duplicate key")
                    sub = (*path, key)
                    positions[sub] = (key_node.start_mark.line, key_node.start_mark.column)
                    out[key] = walk(value_node, sub)
                return out
            if isinstance(node, SequenceNode):
                items: list[Any] = []
                for i, item in enumerate(node.value):
                    sub = (*path, i)
                    positions[sub] = (item.start_mark.line, item.start_mark.column)
                    items.append(walk(item, sub))
                return items
            return construct(node)

        data = walk(root, ())
    except Exception:  # any trouble at all: the round-trip parser decides
        return None
    return Located(display, data, positions)


def parse_yaml(text: str, display: str, lang: Lang) -> Located | Problem:
    if not _fast.get():
        quick = _quick_located(text, display)
        if quick is not None:
            return quick
    try:
        tree = _yaml().load(text)
    except DuplicateKeyError as exc:
        mark = exc.problem_mark
        key = _duplicate_key_name(str(exc.problem or ""))
        return Problem(
            display,
            (mark.line + 1) if mark else 1,
            (mark.column + 1) if mark else 1,
            t("err.duplicate_key", lang, key=key),
        )
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        detail = (exc.problem or exc.context or "").strip()
        return Problem(
            display,
            (mark.line + 1) if mark else 1,
            (mark.column + 1) if mark else 1,
            t("err.yaml", lang, detail=detail),
        )
    except (YAMLError, ValueError, TypeError, RecursionError, AttributeError, KeyError) as exc:
        # ruamel raises a few plain exceptions for odd input; none may escape as a traceback.
        return Problem(display, 1, 1, t("err.yaml", lang, detail=type(exc).__name__))
    if tree is None:
        return Problem(display, 1, 1, t("err.empty_file", lang))
    positions: dict[PathKey, tuple[int, int]] = {(): (0, 0)}
    if _fast.get():
        return Located(display, tree, positions)
    try:
        data = _plain(tree, (), positions)
    except RecursionError:
        return Problem(display, 1, 1, t("err.yaml", lang, detail="RecursionError"))
    return Located(display, data, positions)


def _duplicate_key_name(problem: str) -> str:
    # ruamel's text reads: found duplicate key "x" with value ...
    start = problem.find('"')
    end = problem.find('"', start + 1)
    return problem[start + 1 : end] if 0 <= start < end else "?"
