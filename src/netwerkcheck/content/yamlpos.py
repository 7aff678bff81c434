"""Read YAML 1.2 with ruamel.yaml and remember where every key and value stands.

Pydantic tells us *what* is wrong as a path of keys (`loc`); editors need *where*.
We turn the round-trip tree into plain data plus a map from path to (line, col),
as RenderCV and Dagster do, so any error path can be pointed at a line.

Limits (a content file comes from an editor, but may be broken or hostile): before
any parser builds a tree, the text is checked against these, each past-the-limit
case a Problem with path:line:col, found in milliseconds:

- MAX_FILE_BYTES: a content file is at most 512 KiB (the largest shipped one is
  under 10 KB); only regular files are read (a folder, FIFO or device where a file
  belongs, or a symlink loop, is a problem with its path; opening never blocks);
- MAX_DEPTH: at most 40 nested lists/mappings (the shipped content nests 6 deep;
  far deeper nesting crashes or stalls YAML parsers);
- MAX_ALIASES: at most 100 aliases (`*name`) per file;
- MAX_NODES / MAX_EXPANDED_CHARS: at most 5,000 nodes and 1 MiB of text with
  every alias expanded (an alias bomb is stopped before it is expanded).

The check walks the parser's event stream (libyaml when available), which never
expands aliases or builds nesting, and stops at the first limit passed.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
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

MAX_FILE_BYTES = 512 * 1024
MAX_DEPTH = 40
MAX_ALIASES = 100
MAX_NODES = 5_000
MAX_EXPANDED_CHARS = 1024 * 1024


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

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        """The tag of a node, remembered for short values: keys and short values repeat
        across every file ('id', 'nl', 'en', ...), and the answer depends only on these
        three (one YAML version, no path resolvers)."""
        if value is not None and len(value) > 40:
            return super().resolve(kind, value, implicit)
        key = (kind, value, implicit)
        tag = _RESOLVED.get(key)
        if tag is None:
            tag = super().resolve(kind, value, implicit)
            if len(_RESOLVED) < 20_000:
                _RESOLVED[key] = tag
        return tag


_RESOLVED: dict[tuple[Any, Any, Any], Any] = {}


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
    """Parse without positions, with the C parser when it is there (about 7x faster than
    the round-trip parser; same YAML 1.2 rules).

    The loader no longer uses it: the quick positioned reader (_quick_located) is as
    fast for plain documents, so files are read once, with positions, and a problem
    found later needs no second read.
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


_READ_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def read_text(file: Path, display: str, lang: Lang) -> str | Problem:
    """The UTF-8 text of one content file, or the problem with reading it.

    Only a regular file is read (a symlink to one is fine); opening never blocks (a
    FIFO is refused, not waited on); a file over MAX_FILE_BYTES is not read at all.
    """
    try:
        fd = os.open(file, _READ_FLAGS)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return Problem(display, 1, 1, t("err.symlink_loop", lang))
        if exc.errno == errno.ENXIO:  # a socket, or a FIFO with no writer on some systems
            return Problem(display, 1, 1, t("err.not_a_file", lang))
        return Problem(display, 1, 1, t("err.read", lang, detail=type(exc).__name__))
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            return Problem(display, 1, 1, t("err.is_a_folder", lang))
        if not stat.S_ISREG(st.st_mode):
            return Problem(display, 1, 1, t("err.not_a_file", lang))
        if st.st_size > MAX_FILE_BYTES:
            return _too_big(display, lang)
        chunks: list[bytes] = []
        size = 0
        while chunk := os.read(fd, 1 << 16):
            size += len(chunk)
            if size > MAX_FILE_BYTES:
                return _too_big(display, lang)
            chunks.append(chunk)
    except OSError as exc:
        return Problem(display, 1, 1, t("err.read", lang, detail=type(exc).__name__))
    finally:
        os.close(fd)
    try:
        return b"".join(chunks).decode("utf-8")
    except UnicodeDecodeError as exc:
        return Problem(display, 1, 1, t("err.read", lang, detail=type(exc).__name__))


def _too_big(display: str, lang: Lang) -> Problem:
    return Problem(display, 1, 1, t("err.too_big", lang, kb=MAX_FILE_BYTES // 1024))


def load_yaml(file: Path, display: str, lang: Lang) -> Located | Problem:
    """Parse one file, or return the one problem that stops us reading it."""
    text = read_text(file, display, lang)
    if isinstance(text, Problem):
        return text
    return parse_yaml(text, display, lang)


def _events(text: str) -> Iterable[Any]:
    """The parser's events: libyaml's when there, else ruamel's pure parser. Neither
    expands aliases nor recurses on nesting."""
    try:
        from _ruamel_yaml import CParser  # type: ignore[import-not-found]
    except ImportError:  # pragma: no cover - no C extension on this platform
        pure: Iterable[Any] = YAML(typ="safe", pure=True).parse(text)
        return pure

    def stream() -> Iterator[Any]:
        parser = CParser(text)
        try:
            while True:
                event = parser.get_event()
                yield event
                if type(event).__name__ == "StreamEndEvent":
                    return
        finally:
            parser.dispose()

    return stream()


_START, _END, _SCALAR, _ALIAS = range(4)
_KINDS_BY_TYPE: dict[type, int | None] = {}  # filled from _KINDS as event classes are met
_KINDS = {
    "SequenceStartEvent": _START,
    "MappingStartEvent": _START,
    "SequenceEndEvent": _END,
    "MappingEndEvent": _END,
    "ScalarEvent": _SCALAR,
    "AliasEvent": _ALIAS,
}


def check_limits(text: str, display: str, lang: Lang) -> Problem | None:
    """The first limit this text passes (see the module's docstring), or None.

    Syntax errors are left to the real parse, which words them better.
    """
    if len(text) > MAX_FILE_BYTES:
        return _too_big(display, lang)
    depth = aliases = nodes = chars = 0
    by_type = _KINDS_BY_TYPE
    open_nodes: list[tuple[str | None, int, int]] = []  # (anchor, nodes, chars) at start
    sizes: dict[str, tuple[int, int]] = {}

    def problem(event: Any, key: str, **values: object) -> Problem:
        mark = event.start_mark
        return Problem(display, mark.line + 1, mark.column + 1, t(key, lang, **values))

    try:
        for event in _events(text):
            cls = type(event)
            kind = by_type.get(cls, -1)
            if kind == -1:
                kind = by_type[cls] = _KINDS.get(cls.__name__)
            if kind is None:
                continue
            if kind == _START:
                depth += 1
                if depth > MAX_DEPTH:
                    return problem(event, "err.too_deep", limit=MAX_DEPTH)
                open_nodes.append((event.anchor, nodes, chars))
                nodes += 1
            elif kind == _END:
                depth -= 1
                anchor, nodes_before, chars_before = open_nodes.pop()
                if anchor is not None:
                    sizes[anchor] = (nodes - nodes_before, chars - chars_before)
                continue
            elif kind == _SCALAR:
                nodes += 1
                chars += len(event.value)
                if event.anchor is not None:
                    sizes[event.anchor] = (1, len(event.value))
            else:
                aliases += 1
                if aliases > MAX_ALIASES:
                    return problem(event, "err.too_many_aliases", limit=MAX_ALIASES)
                more_nodes, more_chars = sizes.get(event.anchor, (1, 0))
                nodes += more_nodes
                chars += more_chars
            if nodes > MAX_NODES or chars > MAX_EXPANDED_CHARS:
                return problem(event, "err.too_large", limit=MAX_NODES)
    except (YAMLError, ValueError, TypeError, AttributeError, KeyError, IndexError):
        return None  # not valid YAML: the real parse says where and why
    return None


class _Unusual(Exception):
    """Something the quick positioned parse leaves to the round-trip parser."""


_STR_TAG = "tag:yaml.org,2002:str"
_PLAIN_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
)


@lru_cache(maxsize=1)
def _quick_loader() -> Any:
    """The C parser with the safe constructor and the resolver above, as one class made
    once (ruamel's YAML.compose makes such a class again for every document it reads)."""
    try:
        from _ruamel_yaml import CParser
    except ImportError:  # pragma: no cover - no C extension on this platform
        return None
    from ruamel.yaml.constructor import SafeConstructor

    class QuickLoader(CParser, SafeConstructor, _CParserResolver):  # type: ignore[misc]
        def __init__(self, text: str) -> None:
            CParser.__init__(self, text)
            self._parser = self._composer = self
            SafeConstructor.__init__(self, loader=self)
            self.allow_duplicate_keys = False
            _CParserResolver.__init__(self, version=None, loadumper=self)

    return QuickLoader


def _quick_located(text: str, display: str) -> Located | None:
    """Plain data and positions straight from the C parser's events, in the one pass
    that also keeps the limits (about 3x faster than the C parser's node tree, 20x
    faster than the round-trip parser), or None for anything but a plain, valid document
    within the limits (a syntax error, duplicate keys, anchors, aliases, merge keys,
    other tags, more than one document, no C parser, a limit passed): then the limits
    are checked on their own and the round-trip parser reads it and reports what is
    wrong exactly as before.

    Tags are found as libyaml's composer finds them (the same resolver, asked the same
    question). Positions are those the round-trip tree gives: a key's own (line, col),
    and for a list item where the item starts. tests/content/test_yamlpos_quick.py
    checks both readers agree on every shipped and fixture file.
    """
    if len(text) > MAX_FILE_BYTES:
        return None
    if text.startswith("%") or "\n%" in text:
        return None  # a directive (%YAML 1.1 ...) changes the rules: the round trip knows them
    loader_class = _quick_loader()
    if loader_class is None:
        return None
    positions: dict[PathKey, tuple[int, int]] = {(): (0, 0)}
    try:
        loader = loader_class(text)
        try:
            data = _read_events(loader, positions)
        finally:
            loader.dispose()
    except Exception:  # any trouble at all: the limits and the round-trip parser decide
        return None
    return Located(display, data, positions)


_NO_KEY: Any = object()
_EV_SCALAR, _EV_MAP, _EV_SEQ, _EV_END, _EV_DOC_END, _EV_OTHER = range(6)
_EVENT_CODES = {
    "ScalarEvent": _EV_SCALAR,
    "MappingStartEvent": _EV_MAP,
    "SequenceStartEvent": _EV_SEQ,
    "MappingEndEvent": _EV_END,
    "SequenceEndEvent": _EV_END,
    "DocumentEndEvent": _EV_DOC_END,
}
_CODES_BY_TYPE: dict[type, int] = {}  # filled from _EVENT_CODES as event classes are met
_SCALAR_TAGS: dict[tuple[str, Any], str] = {}  # (value, implicit) -> tag, as _RESOLVED


def _read_events(loader: Any, positions: dict[PathKey, tuple[int, int]]) -> Any:
    """The one document of the stream as plain data (see _quick_located); raises
    _Unusual (or the parser's error) for anything it leaves to the round-trip parser."""
    get_event, resolve, construct = loader.get_event, loader.resolve, loader.construct_object
    codes, tags = _CODES_BY_TYPE, _SCALAR_TAGS
    if type(get_event()).__name__ != "StreamStartEvent":
        raise _Unusual("stream")
    if type(get_event()).__name__ != "DocumentStartEvent":
        raise _Unusual("no document")  # an empty stream: the round trip says so
    # one frame per open mapping or list: [container, its path, the key waiting for a value]
    stack: list[list[Any]] = []
    root: Any = _NO_KEY
    depth = nodes = chars = 0
    while True:
        event = get_event()
        cls = type(event)
        code = codes.get(cls)
        if code is None:
            code = codes[cls] = _EVENT_CODES.get(cls.__name__, _EV_OTHER)
        if code == _EV_END:
            depth -= 1
            stack.pop()
            continue
        if code == _EV_DOC_END:
            break
        if code == _EV_OTHER or event.anchor is not None:
            raise _Unusual(cls.__name__)  # an alias or an anchor: the round trip reads those
        tag = event.tag
        if code == _EV_SCALAR:
            value = event.value
            nodes += 1
            chars += len(value)
            if tag is None or tag == "!":
                implicit = event.implicit
                tag = tags.get((value, implicit))
                if tag is None:
                    tag = str(resolve(ScalarNode, value, implicit))
                    if len(value) <= 40 and len(tags) < 20_000:
                        tags[(value, implicit)] = tag  # short values repeat: 'id', 'nl', ...
            if tag not in _PLAIN_TAGS:
                raise _Unusual(tag)
            if tag != _STR_TAG:
                value = construct(
                    ScalarNode(tag, value, event.start_mark, event.end_mark, event.style)
                )
        else:
            depth += 1
            nodes += 1
            if depth > MAX_DEPTH:
                raise _Unusual("too deep")
            kind = MappingNode if code == _EV_MAP else SequenceNode
            if tag is None or tag == "!":
                tag = str(resolve(kind, None, event.implicit))
            if tag not in _PLAIN_TAGS:
                raise _Unusual(tag)
            value = {} if code == _EV_MAP else []
        if nodes > MAX_NODES or chars > MAX_EXPANDED_CHARS:
            raise _Unusual("too large")
        mark = event.start_mark
        if not stack:
            if root is not _NO_KEY:
                raise _Unusual("two roots")
            root, path = value, ()
        else:
            frame = stack[-1]
            parent, parent_path, key = frame
            if isinstance(parent, list):
                path = (*parent_path, len(parent))
                positions[path] = (mark.line, mark.column)
                parent.append(value)
            elif key is _NO_KEY:
                if code != _EV_SCALAR:
                    raise _Unusual("key")  # a list or mapping as a key
                if value in parent:
                    raise _Unusual("duplicate key")
                positions[(*parent_path, value)] = (mark.line, mark.column)
                frame[2] = value
                continue
            else:
                path = (*parent_path, key)
                parent[key] = value
                frame[2] = _NO_KEY
        if code != _EV_SCALAR:
            stack.append([value, path, _NO_KEY])
    if stack or root is _NO_KEY or type(get_event()).__name__ != "StreamEndEvent":
        raise _Unusual("more than one document")
    return root


_READ_ONCE: ContextVar[dict[tuple[str, str, bool, str], Located | Problem] | None] = ContextVar(
    "read_once", default=None
)


@contextmanager
def reading_once() -> Iterator[None]:
    """Within it, the same text under the same name is parsed once: `content check`
    reads help.yaml and the scales for their own checks and again for wording and the
    schema line. Readers never change what they get, so they may share it."""
    token = _READ_ONCE.set({})
    try:
        yield
    finally:
        _READ_ONCE.reset(token)


def parse_yaml(text: str, display: str, lang: Lang) -> Located | Problem:
    memo = _READ_ONCE.get()
    if memo is None:
        return _parse_yaml(text, display, lang)
    key = (display, lang, _fast.get(), text)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _parse_yaml(text, display, lang)
    return found


def _parse_yaml(text: str, display: str, lang: Lang) -> Located | Problem:
    if not _fast.get():
        quick = _quick_located(text, display)  # keeps the limits in its one pass
        if quick is not None:
            return quick
    limit = check_limits(text, display, lang)
    if limit is not None:
        return limit
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
    except (
        YAMLError,
        ValueError,
        TypeError,
        RecursionError,
        MemoryError,
        AttributeError,
        KeyError,
    ) as exc:
        # ruamel raises a few plain exceptions for odd input; none may escape as a traceback.
        return Problem(display, 1, 1, t("err.yaml", lang, detail=type(exc).__name__))
    if tree is None:
        return Problem(display, 1, 1, t("err.empty_file", lang))
    positions: dict[PathKey, tuple[int, int]] = {(): (0, 0)}
    if _fast.get():
        return Located(display, tree, positions)
    try:
        data = _plain(tree, (), positions)
    except (RecursionError, MemoryError) as exc:
        return Problem(display, 1, 1, t("err.yaml", lang, detail=type(exc).__name__))
    return Located(display, data, positions)


def _duplicate_key_name(problem: str) -> str:
    # ruamel's text reads: found duplicate key "x" with value ...
    start = problem.find('"')
    end = problem.find('"', start + 1)
    return problem[start + 1 : end] if 0 <= start < end else "?"
