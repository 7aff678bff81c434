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
        try:
            yaml = YAML(typ="safe", pure=False)
        except Exception:  # no C extension on this platform: the pure parser is fine
            yaml = YAML(typ="safe", pure=True)
    else:
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


def parse_yaml(text: str, display: str, lang: Lang) -> Located | Problem:
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
