"""The network map: three circles around "Ik/Me" with the people placed in them.

One function, `polar_layout`, decides where everyone goes (ring, angle, radius as a
fraction of the outer circle). Both drawings use it: `text_map` for the terminal
(lines of text plus a style hint per cell, so the TUI can colour it) and
`network_svg` for exports. Kinds of relationship are shown by a letter (and, in the
SVG, a shape) as well as colour, because colour alone excludes people.

No Textual here: the report package is also used by exports and the plain mode. Names
are user text: they are cleaned of control characters, measured in terminal cells
(emoji and CJK take two) and escaped in SVG; they are never treated as markup.
"""

from __future__ import annotations

import functools
import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape

from rich.cells import get_character_cell_size

from netwerkcheck.cleantext import clean
from netwerkcheck.engine.network import (
    CIRCLES,
    RELATIONS,
    SUPPORTS,
    Circle,
    Network,
    Relation,
    Support,
    relation_code,
    relation_legend,
    support_label,
)
from netwerkcheck.i18n import Lang, t

RING_EDGES: tuple[float, float, float] = (0.40, 0.71, 1.0)
"""Outer edge of the inner, middle and outer circle, as a fraction of the full radius."""
RING_LABEL_RADIUS: tuple[float, float, float] = (0.25, 0.555, 0.855)
"""Where a label's centre goes in each circle (fraction of the full radius)."""
ME_RADIUS = 0.12

# Style hints in TextMap.styles besides the relation kinds.
HINT_RING = "ring"
HINT_ME = "me"
HINT_MORE = "more"
HINT_LEGEND = "legend"

_DROP_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


# --- Shared: names and positions -----------------------------------------------------------


def clean_name(name: str) -> str:
    """The name as it can be shown safely: no control, format or private-use characters,
    no variation selectors (their width differs per terminal), spaces collapsed."""
    kept: list[str] = []
    for ch in clean(name):  # escape sequences go whole, not only their ESC
        cat = unicodedata.category(ch)
        if cat in _DROP_CATEGORIES or 0xFE00 <= ord(ch) <= 0xFE0F:
            continue
        kept.append(" " if cat == "Zs" else ch)
    text = " ".join("".join(kept).split())
    return text or "?"


@functools.lru_cache(maxsize=4096)
def clusters(text: str) -> tuple[tuple[str, int], ...]:
    """Split text into (characters, cell width) pieces: a base character with the
    combining marks that follow it. Marks with nothing to sit on are dropped.

    Kept per text (names are short, NAME_MAX): a crowded map asks for the same labels'
    widths thousands of times while it tries places and redraws."""
    out: list[tuple[str, int]] = []
    for ch in text:
        width = get_character_cell_size(ch)
        if width == 0:
            if out:
                base, w = out[-1]
                out[-1] = (base + ch, w)
            continue
        out.append((ch, min(width, 2)))
    return tuple(out)


def cells(text: str) -> int:
    """Width of text in terminal cells (as drawn by this module)."""
    return sum(w for _, w in clusters(text))


def fit(text: str, max_cells: int) -> str:
    """Text cut to at most `max_cells` cells, ending in "…" when it was cut."""
    parts = clusters(text)
    if sum(w for _, w in parts) <= max_cells:
        return "".join(c for c, _ in parts)
    if max_cells <= 0:
        return ""
    kept: list[str] = []
    used = 0
    for chars, w in parts:
        if used + w > max_cells - 1:
            break
        kept.append(chars)
        used += w
    return "".join(kept) + "…"


def wrap(text: str, width: int) -> list[str]:
    """Plain word wrap by cell width; a word longer than the line is cut with "…"."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if cells(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = fit(word, width)
    if current:
        lines.append(current)
    return lines


@dataclass(frozen=True)
class Slot:
    """One place on the map: a person (`person` is the index in network.people) or, when
    a circle is crowded, a summary standing for the people in `members`."""

    ring: int
    angle: float
    radius: float
    person: int | None = None
    members: tuple[int, ...] = ()

    @property
    def more(self) -> int:
        return len(self.members)


def ring_members(network: Network) -> list[list[int]]:
    """People per circle (inner, middle, outer), grouped by kind so that kinds sit
    together on the map; within a kind in the order they were named."""
    rings: list[list[int]] = [[] for _ in CIRCLES]
    order = {kind: i for i, kind in enumerate(RELATIONS)}
    indexed = sorted(enumerate(network.people), key=lambda ip: (order[ip[1].relation], ip[0]))
    for index, person in indexed:
        rings[CIRCLES.index(person.circle)].append(index)
    return rings


def polar_layout(network: Network, capacity: Sequence[int]) -> list[Slot]:
    """Where everyone goes, in polar coordinates (angle 0 = right, y grows downwards,
    the first slot of a circle at the top). A circle holds at most `capacity[ring]`
    slots; when more people are in it, the last slot summarises the rest. A capacity
    of 0 gives no slots: the caller counts those people elsewhere."""
    slots: list[Slot] = []
    for ring, members in enumerate(ring_members(network)):
        cap = max(0, capacity[ring])
        if not members or cap == 0:
            continue
        shown = members if len(members) <= cap else members[: cap - 1]
        rest = tuple(members[len(shown) :])
        n = len(shown) + (1 if rest else 0)
        step = 2 * math.pi / n
        start = -math.pi / 2 + (step / 2 if ring == 1 else 0.0)
        radius = RING_LABEL_RADIUS[ring]
        for k, index in enumerate(shown):
            slots.append(Slot(ring, start + k * step, radius, person=index))
        if rest:
            slots.append(Slot(ring, start + len(shown) * step, radius, members=rest))
    return slots


def label(network: Network, index: int, lang: Lang | None) -> str:
    """'<code> <name>' for a person, name cleaned (not yet cut to fit)."""
    person = network.people[index]
    return f"{relation_code(person.relation, lang)} {clean_name(person.name)}"


# --- Text ------------------------------------------------------------------------------------


@dataclass
class TextMap:
    """The map as text. `lines` are exactly `width` cells wide; `styles[row][col]` is a
    hint per cell: a relation kind ("family"...), "ring", "me", "more", "legend" or
    None. `placed` maps a person's index to (row, col, shown label); `summarised`
    says how many people of each circle are only counted ("+3 meer")."""

    width: int
    height: int
    lines: list[str]
    styles: list[list[str | None]]
    placed: dict[int, tuple[int, int, str]] = field(default_factory=dict)
    summarised: dict[Circle, int] = field(default_factory=dict)

    def runs(self, row: int) -> list[tuple[str, str | None]]:
        """The line split into (text, hint) runs, for colouring without markup."""
        return self._runs[row]

    _runs: list[list[tuple[str, str | None]]] = field(default_factory=list, repr=False)


class _Grid:
    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        self.chars: list[list[str]] = [[" "] * width for _ in range(height)]
        self.hints: list[list[str | None]] = [[None] * width for _ in range(height)]
        self.text: list[list[bool]] = [[False] * width for _ in range(height)]

        # Per row, for each cell the first text cell at or after it (width when none):
        # "are these cells free?" is asked hundreds of thousands of times for a crowded
        # map (_try_place), and this answers it in one look; `put` keeps it up to date.
        self.next_text: list[list[int]] = [[width] * (width + 1) for _ in range(height)]

    def copy(self) -> _Grid:
        other = _Grid.__new__(_Grid)
        other.width, other.height = self.width, self.height
        other.chars = [row[:] for row in self.chars]
        other.hints = [row[:] for row in self.hints]
        other.text = [row[:] for row in self.text]
        other.next_text = [row[:] for row in self.next_text]
        return other

    def _index_row(self, row: int) -> None:
        text, nexts = self.text[row], self.next_text[row]
        following = self.width
        for x in range(self.width - 1, -1, -1):
            if text[x]:
                following = x
            nexts[x] = following

    def put(self, row: int, col: int, text: str, hint: str | None, is_text: bool = True) -> None:
        line = self.text[row]
        before = line[col : col + cells(text)] if 0 <= col < self.width else None
        x = col
        for chars, w in clusters(text):
            if x + w > self.width:
                break
            # a wide character may not be half overwritten: clear its partner cell
            for cx in range(x, x + w):
                self._unsplit(row, cx)
            self.chars[row][x] = chars
            self.hints[row][x] = hint
            self.text[row][x] = is_text
            for extra in range(1, w):
                self.chars[row][x + extra] = ""
                self.hints[row][x + extra] = hint
                self.text[row][x + extra] = is_text
            x += w
        if before is None or line[col : col + len(before)] != before:
            self._index_row(row)

    def clear_ring(self, row: int, col: int) -> None:
        """Blank a circle dot next to a label, so the label stands apart from the line."""
        if 0 <= row < self.height and 0 <= col < self.width and self.hints[row][col] == HINT_RING:
            self.chars[row][col] = " "
            self.hints[row][col] = None

    def _unsplit(self, row: int, col: int) -> None:
        line = self.chars[row]
        if line[col] == "" and col > 0:
            line[col - 1] = " "
        if col + 1 < self.width and line[col + 1] == "" and line[col] != "":
            line[col + 1] = " "

    def lines(self) -> list[str]:
        return ["".join(row) for row in self.chars]

    def runs(self) -> list[list[tuple[str, str | None]]]:
        out: list[list[tuple[str, str | None]]] = []
        for chars, hints in zip(self.chars, self.hints, strict=True):
            row: list[tuple[str, str | None]] = []
            for ch, hint in zip(chars, hints, strict=True):
                if ch == "":
                    continue
                if row and row[-1][1] == hint:
                    row[-1] = (row[-1][0] + ch, hint)
                else:
                    row.append((ch, hint))
            out.append(row)
        return out


@dataclass(frozen=True)
class _Frame:
    cx: float
    cy: float
    rx: float
    ry: float

    def r(self, col: float, row: float) -> float:
        return math.hypot((col - self.cx) / self.rx, (row - self.cy) / self.ry)


def _band(ring: int) -> tuple[float, float]:
    lo = ME_RADIUS if ring == 0 else RING_EDGES[ring - 1] + 0.02
    hi = RING_EDGES[ring] - 0.02 if ring < 2 else 1.45
    return lo, hi


@functools.cache
def _nearest_first(span: int) -> tuple[int, ...]:
    """Offsets -span..span, nearest first and left before right: 0, -1, 1, -2, 2, ..."""
    return tuple(sorted(range(-span, span + 1), key=lambda d: (abs(d), d)))


def _try_place(
    grid: _Grid, frame: _Frame, ring: int, angle: float, radius: float, variants: Sequence[str]
) -> tuple[int, int, str] | None:
    """Find a free spot near the slot's point for the longest variant that fits."""
    px = frame.cx + radius * frame.rx * math.cos(angle)
    py = frame.cy + radius * frame.ry * math.sin(angle)
    lo, hi = _band(ring)
    row0 = round(py)
    rows = sorted(range(row0 - 2, row0 + 3), key=lambda r: (abs(r - py), r))
    width = grid.width
    cx, cy, rx, ry = frame.cx, frame.cy, frame.rx, frame.ry
    hypot = math.hypot
    rows = [r for r in rows if 0 <= r < grid.height]
    for text in variants:
        w = cells(text)
        ideal = round(px - (w - 1) / 2)
        # per column: the cells that must hold no text (the label's and one either side)
        spans = [
            (col, max(0, col - 1), min(width, col + w + 1))
            for d in _nearest_first(max(4, w))
            if 0 <= (col := ideal + d) <= width - w
        ]
        for row in rows:
            next_text = grid.next_text[row]
            dy = (row - cy) / ry
            for col, first, end in spans:
                if next_text[first] < end:
                    continue
                # inside the circle's band at both ends and in the middle
                if not lo <= hypot((col - cx) / rx, dy) <= hi:
                    continue
                if not lo <= hypot((col + w - 1 - cx) / rx, dy) <= hi:
                    continue
                if lo <= hypot((col + w / 2 - cx) / rx, dy) <= hi:
                    return row, col, text
    return None


@functools.lru_cache(maxsize=4096)
def _variants(text: str, max_cells: int) -> tuple[str, ...]:
    """The label at full length (up to max_cells), then shorter cuts down to a stub."""
    out: list[str] = []
    for limit in (max_cells, 14, 10, 6):
        if limit > max_cells:
            continue
        cut = fit(text, limit)
        if cut not in out:
            out.append(cut)
    return tuple(out)


def _legend_lines(network: Network, width: int, lang: Lang | None) -> list[list[tuple[str, str]]]:
    kinds = [k for k in RELATIONS if any(p.relation == k for p in network.people)]
    items: list[list[tuple[str, str]]] = [
        [(relation_code(k, lang), k), (" " + relation_legend(k, lang), HINT_LEGEND)] for k in kinds
    ]
    lines: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    used = 0
    for item in items:
        w = sum(cells(s) for s, _ in item)
        sep = 2 if current else 0
        if current and used + sep + w > width:
            lines.append(current)
            current, used, sep = [], 0, 0
        if sep:
            current.append(("  ", HINT_LEGEND))
        current.extend(item)
        used += sep + w
    if current:
        lines.append(current)
    return lines


def _frame(width: int, height: int) -> _Frame:
    return _Frame(
        (width - 1) / 2, (height - 1) / 2, max(1.0, (width - 1) / 2), max(1.0, (height - 1) / 2)
    )


@functools.lru_cache(maxsize=16)
def _empty_map(width: int, height: int, me: str) -> _Grid:
    """The circles and "Ik" in the middle, before anyone is placed. A crowded map is
    drawn again with fewer people until everyone is placed or counted, each time on
    this same start: it is made once per size, and each drawing works on a copy."""
    grid = _Grid(width, height)
    frame = _frame(width, height)
    _draw_rings(grid, frame)
    grid.put(round(frame.cy), round(frame.cx - (cells(me) - 1) / 2), me, HINT_ME)
    return grid


def _draw_rings(grid: _Grid, frame: _Frame) -> None:
    for edge in RING_EDGES:
        steps = max(24, int(4 * (frame.rx + frame.ry) * edge))
        for k in range(steps):
            a = 2 * math.pi * k / steps
            col = round(frame.cx + edge * frame.rx * math.cos(a))
            row = round(frame.cy + edge * frame.ry * math.sin(a))
            if 0 <= row < grid.height and 0 <= col < grid.width and grid.chars[row][col] == " ":
                grid.put(row, col, "·", HINT_RING, is_text=False)


def _draw_map(
    network: Network,
    width: int,
    height: int,
    lang: Lang | None,
    caps: list[int],
    numbers: dict[int, int] | None = None,
) -> tuple[_Grid, dict[int, tuple[int, int, str]], list[int], list[int]]:
    """Draw with the given capacities. Returns the grid, the placed people, and per
    circle how many people are counted in an on-map summary and how many failed."""
    frame = _frame(width, height)
    grid = _empty_map(width, height, t("net.me", lang)).copy()
    placed: dict[int, tuple[int, int, str]] = {}
    summed = [0, 0, 0]
    failed = [0, 0, 0]
    max_cells = max(6, min(24, width // 3))
    slots = polar_layout(network, caps)
    # summaries first: they stand for several people, so they get their place
    for slot in sorted(slots, key=lambda s: s.person is not None):
        if slot.person is None:
            text = t("net.more", lang, n=slot.more)
            spot = _try_place(grid, frame, slot.ring, slot.angle, slot.radius, [text])
            if spot is None:
                continue
            grid.put(spot[0], spot[1], text, HINT_MORE)
            grid.clear_ring(spot[0], spot[1] - 1)
            grid.clear_ring(spot[0], spot[1] + cells(text))
            summed[slot.ring] += slot.more
            continue
        if numbers is not None:
            # a number is never cut: it fits whole or the person is counted
            code = relation_code(network.people[slot.person].relation, lang)
            variants: Sequence[str] = [f"{code}{numbers[slot.person]}"]
        else:
            variants = _variants(label(network, slot.person, lang), max_cells)
        spot = _try_place(grid, frame, slot.ring, slot.angle, slot.radius, variants)
        if spot is None:
            continue
        kind = network.people[slot.person].relation
        grid.put(spot[0], spot[1], spot[2], kind)
        grid.clear_ring(spot[0], spot[1] - 1)
        grid.clear_ring(spot[0], spot[1] + cells(spot[2]))
        placed[slot.person] = spot
    # people without a slot (capacity 0) are not on the map either
    for ring, members in enumerate(ring_members(network)):
        on_map = sum(1 for i in members if i in placed)
        failed[ring] = len(members) - on_map - summed[ring]
    return grid, placed, summed, failed


def text_map(
    network: Network,
    width: int,
    height: int,
    lang: Lang | None = None,
    numbers: dict[int, int] | None = None,
) -> TextMap:
    """The map for a `width` x `height` cell area: circles, labels, summaries and a legend.

    Every person is either placed (in `placed`) or counted in `summarised`; labels never
    overlap. A crowded circle first loses people to a "+N meer" label inside it; if not
    even that fits, a line under the map says "+N meer in binnenste cirkel".

    With `numbers` (see `numbering`) people are drawn as their letter and number
    ("V12"), for a map with a list of names beside or below it.
    """
    width, height = max(1, width), max(1, height)
    rings = ring_members(network)
    legend = _legend_lines(network, width, lang) if height >= 8 else []
    if not network.people and height >= 8:
        legend = [[(line, HINT_LEGEND)] for line in wrap(t("net.map.empty", lang), width)[:2]]
    legend = legend[: max(0, min(3, height - 5))]
    for footer_rows in (0, 1):
        map_h = height - len(legend) - footer_rows
        caps = [len(m) for m in rings]
        if map_h < 3 or width < 8:
            caps = [0, 0, 0]
        grid, placed, summed, failed = _draw_map(network, width, max(1, map_h), lang, caps, numbers)
        for _ in range(12):
            if not any(failed):
                break
            for ring in range(3):
                if failed[ring]:
                    shown = sum(1 for i in placed if network.people[i].circle == CIRCLES[ring])
                    on_map = 1 if summed[ring] else 0
                    caps[ring] = min(caps[ring] - 1, shown + on_map)
                    caps[ring] = max(0, caps[ring])
            grid, placed, summed, failed = _draw_map(
                network, width, max(1, map_h), lang, caps, numbers
            )
        if not any(failed) or footer_rows == 1 or map_h < 3:
            break
    summarised: dict[Circle, int] = {}
    footer: list[tuple[str, str]] = []
    for ring, circle in enumerate(CIRCLES):
        if summed[ring] + failed[ring]:
            summarised[circle] = summed[ring] + failed[ring]
        if failed[ring]:
            name = t(f"net.circle.{circle}.short", lang)
            if footer:
                footer.append(("  ", HINT_LEGEND))
            footer.append((t("net.more.in", lang, n=failed[ring], circle=name), HINT_MORE))
    out = _Grid(width, height)
    map_rows = grid.height if map_h >= 1 else 0
    for row in range(min(map_rows, height)):
        out.chars[row] = grid.chars[row]
        out.hints[row] = grid.hints[row]
    extra = ([footer] if footer else []) + legend
    row = height - len(extra)
    for line in extra:
        if 0 <= row < height:
            col = 0
            for text, hint in line:
                cut = fit(text, width - col)
                out.put(row, col, cut, hint)
                col += cells(cut)
        row += 1
    result = TextMap(width, height, out.lines(), out.hints, placed, summarised)
    result._runs = out.runs()
    return result


# --- What people share (as on an ecogram) ------------------------------------------------

SUPPORT_SIGNS: dict[Support, str] = {
    "company": "☺",
    "practical": "✚",
    "advice": "✎",
    "confide": "♥",
}
"""A sign per kind of support, drawn beside a name; the legend says each in words, so the
signs (like the shapes) never rest on colour."""


def support_signs(network: Network, index: int) -> str:
    """The signs for what this person shares, in a fixed order ('' when none given)."""
    person = network.people[index]
    return "".join(SUPPORT_SIGNS[s] for s in SUPPORTS if s in person.supports)


def numbering(network: Network) -> dict[int, int]:
    """A number per person (1, 2, ...) in reading order: inner circle first, kinds
    together. The same numbers are used on the map and in its legend."""
    order = [i for members in ring_members(network) for i in members]
    return {index: k + 1 for k, index in enumerate(order)}


def numbered_text_map(
    network: Network, width: int, lang: Lang | None = None, max_height: int = 80
) -> tuple[TextMap, dict[int, int] | None]:
    """A text map for paper (exports): everyone drawn. By name with the full name when
    that fits in a map up to 24 lines high; otherwise by letter and number, in a map as
    high as it needs. Returns the map and the numbers (None when names are shown)."""
    for height in (18, 21, 24):
        picture = text_map(network, width, height, lang)
        whole = all(
            shown == label(network, i, lang) for i, (_r, _c, shown) in picture.placed.items()
        )
        if not picture.summarised and whole:
            return picture, None
    numbers = numbering(network)
    picture = text_map(network, width, 24, lang, numbers)
    for height in range(24, max_height + 1, 2):
        picture = text_map(network, width, height, lang, numbers)
        if not picture.summarised:
            break
    return picture, numbers


# --- SVG -------------------------------------------------------------------------------------
#
# Units are points at print size: the picture is SVG_WIDTH_MM wide on paper (the export's
# CSS never scales it up, and A4's text width is wider), and the viewBox is that width in
# points, so a font-size of 8 in the SVG is 8 pt on paper. Every person is drawn: by name
# when all names fit without overlap, otherwise as a numbered marker with a legend
# ("Wie is wie") that gives each number its full name.

SVG_COLOURS: dict[Relation, str] = {
    # Okabe-Ito, distinguishable with the common colour-vision differences
    "partner": "#D55E00",
    "family": "#0072B2",
    "friend": "#009E73",
    "neighbour": "#E69F00",
    "colleague": "#56B4E9",
    "school": "#999933",
    "club": "#CC79A7",
    "professional": "#555555",
}
SVG_WIDTH = 500.0
SVG_WIDTH_MM = 176.39  # 500 pt, rounded up: a font-size of 8 is at least 8 pt on paper
SVG_MIN_FONT = 8.0
"""The smallest font size used in the picture, in points on paper."""
_NAME_FONT = 9.0
_LEGEND_FONT = 8.0
_NUM_FONT = 8.0
_RING_FONT = 8.0
_LINE = 9.6
_ICON = 6.5
_MARK_STEP = 16.0  # centre-to-centre distance of numbered markers along a row
_MARGIN = 14.0


def svg_scale() -> float:
    """Points on paper per SVG unit (1.0: the viewBox is in points at print size)."""
    return SVG_WIDTH_MM / 25.4 * 72 / SVG_WIDTH


_WIDE_SIGNS = frozenset("☺✚✎♥")


def _text_width(text: str, size: float) -> float:
    """An estimate of the printed width of text in a sans-serif font: 0.56 em a cell
    (a wide character is two), the signs for what is shared count one and a half."""
    signs = sum(1 for ch in text if ch in _WIDE_SIGNS)
    return (cells(text) + 0.5 * signs) * size * 0.56


def _shape(kind: Relation, x: float, y: float, size: float) -> str:
    """A different shape per kind, so kinds differ in print and without colour."""
    s = size
    colour = SVG_COLOURS[kind]
    style = f'fill="{colour}" fill-opacity="0.22" stroke="{colour}" stroke-width="1.5"'

    def poly(points: list[tuple[float, float]]) -> str:
        pts = " ".join(f"{x + px:.1f},{y + py:.1f}" for px, py in points)
        return f'<polygon points="{pts}" {style}/>'

    if kind == "partner":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{s:.1f}" {style}/>'
    if kind == "family":
        return (
            f'<rect x="{x - s:.1f}" y="{y - s:.1f}" width="{2 * s:.1f}" height="{2 * s:.1f}" '
            f"{style}/>"
        )
    if kind == "friend":
        return poly([(0, -s * 1.3), (s * 1.3, 0), (0, s * 1.3), (-s * 1.3, 0)])
    if kind == "neighbour":
        return poly([(0, -s * 1.35), (s * 1.3, s * 1.0), (-s * 1.3, s * 1.0)])
    if kind == "colleague":
        return poly([(0, s * 1.35), (s * 1.3, -s * 1.0), (-s * 1.3, -s * 1.0)])
    if kind == "club":
        return poly(
            [
                (s * 1.15 * math.cos(a), s * 1.15 * math.sin(a))
                for a in (i * math.pi / 3 for i in range(6))
            ]
        )
    return (
        f'<rect x="{x - s * 1.1:.1f}" y="{y - s * 0.85:.1f}" width="{2.2 * s:.1f}" '
        f'height="{1.7 * s:.1f}" rx="{s * 0.5:.1f}" {style}/>'
    )


def _svg_text(
    x: float, y: float, text: str, size: float, anchor: str = "middle", extra: str = ""
) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size:g}" text-anchor="{anchor}" {extra}>'
        f"{escape(text, quote=True)}</text>"
    )


@dataclass(frozen=True)
class _Box:
    x0: float
    y0: float
    x1: float
    y1: float

    def hits(self, other: _Box, gap: float = 2.0) -> bool:
        return not (
            self.x1 + gap <= other.x0
            or other.x1 + gap <= self.x0
            or self.y1 + gap <= other.y0
            or other.y1 + gap <= self.y0
        )


@dataclass(frozen=True)
class _Mark:
    person: int
    x: float
    y: float


def _ring_label_boxes(cx: float, cy: float, radius: float, lang: Lang | None) -> list[_Box]:
    out: list[_Box] = []
    for ring, edge in enumerate(RING_EDGES):
        name = t(f"net.circle.{CIRCLES[ring]}.short", lang)
        w = _text_width(name, _RING_FONT)
        y = cy - edge * radius + 11
        out.append(_Box(cx - w / 2, y - _RING_FONT, cx + w / 2, y + 2))
    return out


def _name_label(
    network: Network, index: int, x: float, y: float, angle: float
) -> tuple[float, float, str, str, _Box]:
    """Where a name goes beside its marker: below at the top and bottom of a circle,
    else to the right or left. Returns x, y, anchor, text and its box."""
    text = clean_name(network.people[index].name)
    signs = support_signs(network, index)
    if signs:
        text = f"{text} {signs}"
    w = _text_width(text, _NAME_FONT)
    cos = math.cos(angle)
    if abs(cos) < 0.35:
        ty = y + _ICON + _NAME_FONT + 2
        return x, ty, "middle", text, _Box(x - w / 2, ty - _NAME_FONT, x + w / 2, ty + 2)
    ty = y + _NAME_FONT / 3
    if cos > 0:
        tx = x + _ICON + 4
        return tx, ty, "start", text, _Box(tx, ty - _NAME_FONT, tx + w, ty + 2)
    tx = x - _ICON - 4
    return tx, ty, "end", text, _Box(tx - w, ty - _NAME_FONT, tx, ty + 2)


def _names_layout(network: Network, lang: Lang | None) -> tuple[float, list[_Mark]] | None:
    """Every name on the map beside its marker, or None when any two would overlap
    or one would leave the picture."""
    radius = 130.0
    cx, cy = SVG_WIDTH / 2, radius + _MARGIN
    taken = _ring_label_boxes(cx, cy, radius, lang)
    me_r = ME_RADIUS * radius
    taken.append(_Box(cx - me_r, cy - me_r, cx + me_r, cy + me_r))
    marks: list[_Mark] = []
    for ring, members in enumerate(ring_members(network)):
        if not members:
            continue
        step = 2 * math.pi / len(members)
        start = -math.pi / 2 + step / 2
        r = RING_LABEL_RADIUS[ring] * radius
        for k, index in enumerate(members):
            angle = start + k * step
            x, y = cx + r * math.cos(angle), cy + r * math.sin(angle)
            icon = _Box(x - _ICON * 1.3, y - _ICON * 1.3, x + _ICON * 1.3, y + _ICON * 1.3)
            *_, box = _name_label(network, index, x, y, angle)
            if box.x0 < 2 or box.x1 > SVG_WIDTH - 2 or box.y1 > cy + radius + _MARGIN + 12:
                return None
            if any(icon.hits(b) or box.hits(b) for b in taken):
                return None
            taken += [icon, box]
            marks.append(_Mark(index, x, y))
    return radius, marks


def _row_radii(radius: float, ring: int) -> list[float]:
    lo = (ME_RADIUS if ring == 0 else RING_EDGES[ring - 1]) * radius + _ICON + 4
    hi = RING_EDGES[ring] * radius - _ICON - 4
    if hi <= lo:
        return [(lo + hi) / 2]
    # rows spread over the band, at least 0.75 of a marker step apart (neighbouring
    # rows are staggered, so markers still stand apart)
    k = int((hi - lo) // (_MARK_STEP * 0.75)) + 1
    if k == 1:
        return [(lo + hi) / 2]
    return [lo + j * (hi - lo) / (k - 1) for j in range(k)]


def _row_capacity(radius: float, ring: int, r: float, lang: Lang | None) -> tuple[int, float]:
    """How many markers fit on one row, and the angle kept free at the top for the
    circle's name when the row passes under it."""
    label_r = RING_EDGES[ring] * radius - 8
    gap = 0.0
    if abs(r - label_r) < 14:
        name = t(f"net.circle.{CIRCLES[ring]}.short", lang)
        gap = min(math.pi, (_text_width(name, _RING_FONT) + 2 * _ICON + 6) / r)
    usable = 2 * math.pi * r - gap * r
    return max(1, int(usable // _MARK_STEP)), gap


def _numbers_layout(network: Network, lang: Lang | None) -> tuple[float, list[_Mark]]:
    """Numbered markers in rows inside each circle; the circles grow until everyone fits."""
    rings = ring_members(network)
    radius = 100.0
    while True:
        rows = [
            [(r, *_row_capacity(radius, ring, r, lang)) for r in _row_radii(radius, ring)]
            for ring in range(3)
        ]
        if all(len(rings[k]) <= sum(c for _, c, _ in rows[k]) for k in range(3)) or radius > 2000:
            break
        radius += 10.0
    cx = radius + _MARGIN
    cy = radius + _MARGIN
    marks: list[_Mark] = []
    for ring, members in enumerate(rings):
        if not members:
            continue
        capacity = sum(c for _, c, _ in rows[ring])
        left = list(members)
        for k, (r, cap, gap) in enumerate(rows[ring]):
            if not left:
                break
            # share people over the rows by their room, the last row takes the rest
            last = k == len(rows[ring]) - 1
            n = len(left) if last else min(cap, max(1, round(len(members) * cap / capacity)))
            n = min(n, cap, len(left))
            here, left = left[:n], left[n:]
            span = 2 * math.pi - gap
            step = span / n
            start = -math.pi / 2 + gap / 2 + step / 2
            for j, index in enumerate(here):
                angle = start + j * step
                marks.append(_Mark(index, cx + r * math.cos(angle), cy + r * math.sin(angle)))
    return radius, marks


def _wrap_width(text: str, width: float, size: float) -> list[str]:
    """Words wrapped to a width in points; a word too long for a line is split.

    Each line but the last keeps what joins it to the next: a space between words,
    nothing inside a split word, so the lines read back as the text itself ('Anna de
    Vries', never 'Anna de Vr ies' for a screen reader or a search)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        while _text_width(word, size) > width and len(word) > 1:
            keep = max(1, int(width / (size * 0.6)))
            head, word = word[:keep], word[keep:]
            if current:
                lines.append(current + " ")
                current = ""
            lines.append(head)  # the word goes on on the next line: no space
        candidate = f"{current} {word}" if current else word
        if current and _text_width(candidate, size) > width:
            lines.append(current + " ")
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines or [""]


def _multiline(x: float, y: float, lines: list[str], size: float, extra: str = "") -> str:
    """One <text> whose lines are <tspan>s: the text stays one piece for readers (and tests)."""
    spans = []
    for k, line in enumerate(lines):
        dy = "0" if k == 0 else f"{_LINE:g}"
        spans.append(f'<tspan x="{x:.1f}" dy="{dy}">{escape(line, quote=True)}</tspan>')
    return f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size:g}" {extra}>{"".join(spans)}</text>'


def _legend_entry(network: Network, index: int, number: int, lang: Lang | None) -> str:
    person = network.people[index]
    text = f"{number} {relation_code(person.relation, lang)} {clean_name(person.name)}"
    signs = support_signs(network, index)
    return f"{text} {signs}" if signs else text


def _people_legend(
    network: Network, numbers: dict[int, int], x: float, y: float, width: float, lang: Lang | None
) -> tuple[list[str], float]:
    """'Wie is wie': every number with its kind letter and full name, by circle, in
    columns. Returns the SVG parts and the height used."""
    columns = 1 if width < 150 or len(numbers) <= 12 else (2 if width < 420 else 3)
    col_w = (width - (columns - 1) * 10) / columns
    entries: list[tuple[str | None, list[str]]] = []
    for ring, members in enumerate(ring_members(network)):
        if not members:
            continue
        entries.append((t(f"net.circle.{CIRCLES[ring]}", lang), []))
        for index in members:
            text = _legend_entry(network, index, numbers[index], lang)
            entries.append((None, _wrap_width(text, col_w, _LEGEND_FONT)))
    total = sum(1 if head is not None else len(lines) for head, lines in entries)
    per_col = math.ceil(total / columns)
    parts = [
        _svg_text(x, y + _LEGEND_FONT, t("sum.legend", lang), 9.5, "start", 'font-weight="bold"')
    ]
    top = y + _LEGEND_FONT + _LINE + 2
    col, used = 0, 0
    deepest = 0.0
    for head, lines in entries:
        size = 1 if head is not None else len(lines)
        if used and used + size > per_col and col < columns - 1:
            col, used = col + 1, 0
        lx = x + col * (col_w + 10)
        ly = top + used * _LINE
        if head is not None:
            parts.append(_svg_text(lx, ly, head, _LEGEND_FONT, "start", 'font-style="italic"'))
        else:
            parts.append(_multiline(lx, ly, lines, _LEGEND_FONT, 'class="who"'))
        used += size
        deepest = max(deepest, ly + (size - 1) * _LINE)
    return parts, deepest + 4 - y


def _key_legend(network: Network, y: float, lang: Lang | None) -> tuple[list[str], float]:
    """The shapes and letters of the kinds present, then the signs for what is shared."""
    parts: list[str] = []
    kinds = [k for k in RELATIONS if any(p.relation == k for p in network.people)]
    x, row_y = _MARGIN, y + 10
    for kind in kinds:
        word = relation_legend(kind, lang)
        w = 26 + _text_width(word, _LEGEND_FONT)
        if x + w > SVG_WIDTH - _MARGIN:
            x, row_y = _MARGIN, row_y + 18
        parts.append(_shape(kind, x + 7, row_y, 6))
        parts.append(
            _svg_text(
                x + 7, row_y + 3, relation_code(kind, lang), _NUM_FONT, extra='font-weight="bold"'
            )
        )
        parts.append(_svg_text(x + 18, row_y + 3, word, _LEGEND_FONT, "start"))
        x += w + 8
    shared = [s for s in SUPPORTS if any(s in p.supports for p in network.people)]
    if shared:
        items = [f"{SUPPORT_SIGNS[s]} {support_label(s, lang).lower()}" for s in shared]
        text = t("sum.shares", lang) + "  " + "   ".join(items)
        room = SVG_WIDTH - _MARGIN - x
        if _text_width(text, _LEGEND_FONT) <= room:
            # on the same row as the last kinds, when there is room
            parts.append(_svg_text(x, row_y + 3, text, _LEGEND_FONT, "start"))
        else:
            row_y += 18
            lines = _wrap_width(text, SVG_WIDTH - 2 * _MARGIN, _LEGEND_FONT)
            parts.append(_multiline(_MARGIN, row_y + 3, lines, _LEGEND_FONT))
            row_y += (len(lines) - 1) * _LINE
    return parts, row_y + 10 - y


def _svg_open(height: float, lang: Lang | None, desc: str) -> list[str]:
    title = t("net.map.title", lang)
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SVG_WIDTH:g} {height:.1f}" '
        f'width="{SVG_WIDTH_MM:g}mm" height="{height * 25.4 / 72:.1f}mm" role="img" '
        f'aria-labelledby="netmap-title netmap-desc" font-family="sans-serif">',
        f'<title id="netmap-title">{escape(title)}</title>',
        f'<desc id="netmap-desc">{escape(desc)}</desc>',
        f'<rect x="0" y="0" width="{SVG_WIDTH:g}" height="{height:.1f}" fill="#ffffff"/>',
    ]


def empty_svg(lang: Lang | None = None) -> str:
    """No one named: a short, warm text in a frame, not empty circles."""
    lines = _wrap_width(t("net.empty_warm", lang), SVG_WIDTH - 4 * _MARGIN, 10)
    height = 2 * _MARGIN + 10 + len(lines) * _LINE
    parts = _svg_open(height, lang, t("net.empty_warm", lang))
    parts.append(
        f'<rect x="1" y="1" width="{SVG_WIDTH - 2:g}" height="{height - 2:.1f}" rx="8" '
        'fill="none" stroke="#777777" stroke-width="1"/>'
    )
    parts.append(_multiline(2 * _MARGIN, _MARGIN + 12, lines, 10))
    parts.append("</svg>")
    return "\n".join(parts)


def network_svg(network: Network, lang: Lang | None = None) -> str:
    """The map as a self-contained inline SVG (no external references, all text
    escaped): everyone drawn, with a shape and a letter per kind besides colour, signs
    for what is shared, and a legend. 1 SVG unit is 1 pt at print size (see svg_scale)."""
    if not network.people:
        return empty_svg(lang)
    named = _names_layout(network, lang)
    numbers = numbering(network)
    if named is not None:
        radius, marks = named
        cx = SVG_WIDTH / 2
        legend_parts: list[str] = []
        map_h = 2 * radius + 2 * _MARGIN + 12
    else:
        radius, marks = _numbers_layout(network, lang)
        cx = radius + _MARGIN
        map_w = 2 * radius + 2 * _MARGIN
        beside = SVG_WIDTH - map_w - _MARGIN
        if beside >= 150:
            legend_parts, legend_h = _people_legend(
                network, numbers, map_w + 4, _MARGIN, beside - 4, lang
            )
            map_h = max(2 * radius + 2 * _MARGIN, legend_h + _MARGIN)
        else:
            cx = SVG_WIDTH / 2
            top = 2 * radius + 2 * _MARGIN
            legend_parts, legend_h = _people_legend(
                network, numbers, _MARGIN, top, SVG_WIDTH - 2 * _MARGIN, lang
            )
            marks = [_Mark(m.person, m.x - radius - _MARGIN + cx, m.y) for m in marks]
            map_h = top + legend_h
    cy = radius + _MARGIN
    key_parts, key_h = _key_legend(network, map_h, lang)
    height = map_h + key_h
    desc = f"{t('net.map.desc', lang)} {t('net.map.circles', lang)}"
    parts = _svg_open(height, lang, desc)
    for ring, edge in enumerate(RING_EDGES):
        dash = ' stroke-dasharray="6 4"' if ring == 2 else ""
        parts.append(
            f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="{edge * radius:.1f}" fill="none" '
            f'stroke="#777777" stroke-width="1"{dash}/>'
        )
        name = t(f"net.circle.{CIRCLES[ring]}.short", lang)
        parts.append(
            _svg_text(cx, cy - edge * radius + 11, name, _RING_FONT, extra='fill="#444444"')
        )
    parts.append(
        f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="{ME_RADIUS * radius:.1f}" fill="#eeeeee" '
        'stroke="#333333"/>'
    )
    parts.append(_svg_text(cx, cy + 4, t("net.me", lang), 10, extra='font-weight="bold"'))
    for mark in marks:
        person = network.people[mark.person]
        parts.append(_shape(person.relation, mark.x, mark.y, _ICON))
        if named is not None:
            parts.append(
                _svg_text(
                    mark.x,
                    mark.y + 3,
                    relation_code(person.relation, lang),
                    _NUM_FONT,
                    extra='font-weight="bold"',
                )
            )
            angle = math.atan2(mark.y - cy, mark.x - cx)
            tx, ty, anchor, text, _ = _name_label(network, mark.person, mark.x, mark.y, angle)
            parts.append(_svg_text(tx, ty, text, _NAME_FONT, anchor, 'class="who"'))
        else:
            parts.append(
                _svg_text(
                    mark.x,
                    mark.y + 3,
                    str(numbers[mark.person]),
                    _NUM_FONT,
                    extra='font-weight="bold" class="num"',
                )
            )
    parts += legend_parts
    parts += key_parts
    parts.append("</svg>")
    return "\n".join(parts)
