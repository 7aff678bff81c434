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

import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape

from rich.cells import get_character_cell_size

from netwerkcheck.engine.network import (
    CIRCLES,
    RELATIONS,
    Circle,
    Network,
    Relation,
    relation_code,
    relation_legend,
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
    for ch in name:
        cat = unicodedata.category(ch)
        if cat in _DROP_CATEGORIES or 0xFE00 <= ord(ch) <= 0xFE0F:
            continue
        kept.append(" " if cat == "Zs" else ch)
    text = " ".join("".join(kept).split())
    return text or "?"


def clusters(text: str) -> list[tuple[str, int]]:
    """Split text into (characters, cell width) pieces: a base character with the
    combining marks that follow it. Marks with nothing to sit on are dropped."""
    out: list[tuple[str, int]] = []
    for ch in text:
        width = get_character_cell_size(ch)
        if width == 0:
            if out:
                base, w = out[-1]
                out[-1] = (base + ch, w)
            continue
        out.append((ch, min(width, 2)))
    return out


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

    def free(self, row: int, col: int, width: int, gap: int = 1) -> bool:
        if row < 0 or row >= self.height or col < 0 or col + width > self.width:
            return False
        lo, hi = max(0, col - gap), min(self.width, col + width + gap)
        return not any(self.text[row][lo:hi])

    def put(self, row: int, col: int, text: str, hint: str | None, is_text: bool = True) -> None:
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


def _try_place(
    grid: _Grid, frame: _Frame, ring: int, angle: float, radius: float, variants: list[str]
) -> tuple[int, int, str] | None:
    """Find a free spot near the slot's point for the longest variant that fits."""
    px = frame.cx + radius * frame.rx * math.cos(angle)
    py = frame.cy + radius * frame.ry * math.sin(angle)
    lo, hi = _band(ring)
    row0 = round(py)
    rows = sorted(range(row0 - 2, row0 + 3), key=lambda r: (abs(r - py), r))
    for text in variants:
        w = cells(text)
        ideal = round(px - (w - 1) / 2)
        span = max(4, w)
        cols = sorted(range(ideal - span, ideal + span + 1), key=lambda c: (abs(c - ideal), c))
        for row in rows:
            for col in cols:
                if not grid.free(row, col, w):
                    continue
                ends = (frame.r(col, row), frame.r(col + w - 1, row), frame.r(col + w / 2, row))
                if all(lo <= e <= hi for e in ends):
                    return row, col, text
    return None


def _variants(text: str, max_cells: int) -> list[str]:
    """The label at full length (up to max_cells), then shorter cuts down to a stub."""
    out: list[str] = []
    for limit in (max_cells, 14, 10, 6):
        if limit > max_cells:
            continue
        cut = fit(text, limit)
        if cut not in out:
            out.append(cut)
    return out


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
    network: Network, width: int, height: int, lang: Lang | None, caps: list[int]
) -> tuple[_Grid, dict[int, tuple[int, int, str]], list[int], list[int]]:
    """Draw with the given capacities. Returns the grid, the placed people, and per
    circle how many people are counted in an on-map summary and how many failed."""
    grid = _Grid(width, height)
    frame = _Frame(
        (width - 1) / 2, (height - 1) / 2, max(1.0, (width - 1) / 2), max(1.0, (height - 1) / 2)
    )
    _draw_rings(grid, frame)
    me = t("net.me", lang)
    grid.put(round(frame.cy), round(frame.cx - (cells(me) - 1) / 2), me, HINT_ME)
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
        text = label(network, slot.person, lang)
        spot = _try_place(
            grid, frame, slot.ring, slot.angle, slot.radius, _variants(text, max_cells)
        )
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


def text_map(network: Network, width: int, height: int, lang: Lang | None = None) -> TextMap:
    """The map for a `width` x `height` cell area: circles, labels, summaries and a legend.

    Every person is either placed (in `placed`) or counted in `summarised`; labels never
    overlap. A crowded circle first loses people to a "+N meer" label inside it; if not
    even that fits, a line under the map says "+N meer in binnenste cirkel".
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
        grid, placed, summed, failed = _draw_map(network, width, max(1, map_h), lang, caps)
        for _ in range(12):
            if not any(failed):
                break
            for ring in range(3):
                if failed[ring]:
                    shown = sum(1 for i in placed if network.people[i].circle == CIRCLES[ring])
                    on_map = 1 if summed[ring] else 0
                    caps[ring] = min(caps[ring] - 1, shown + on_map)
                    caps[ring] = max(0, caps[ring])
            grid, placed, summed, failed = _draw_map(network, width, max(1, map_h), lang, caps)
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


# --- SVG -------------------------------------------------------------------------------------

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
SVG_CAPACITY: tuple[int, int, int] = (8, 14, 20)
_SIZE = 720
_R = 330.0
_ICON = 10.0


def _shape(kind: Relation, x: float, y: float, size: float) -> str:
    """A different shape per kind, so kinds differ in print and without colour."""
    s = size
    colour = SVG_COLOURS[kind]
    style = f'fill="{colour}" fill-opacity="0.22" stroke="{colour}" stroke-width="2"'

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
        return poly([(0, -s * 1.25), (s * 1.25, 0), (0, s * 1.25), (-s * 1.25, 0)])
    if kind == "neighbour":
        return poly([(0, -s * 1.2), (s * 1.15, s * 0.9), (-s * 1.15, s * 0.9)])
    if kind == "colleague":
        return poly([(0, s * 1.2), (s * 1.15, -s * 0.9), (-s * 1.15, -s * 0.9)])
    if kind == "club":
        return poly(
            [
                (s * 1.1 * math.cos(a), s * 1.1 * math.sin(a))
                for a in (i * math.pi / 3 for i in range(6))
            ]
        )
    return (
        f'<rect x="{x - s:.1f}" y="{y - s * 0.8:.1f}" width="{2 * s:.1f}" height="{1.6 * s:.1f}" '
        f'rx="{s * 0.5:.1f}" {style}/>'
    )


def _svg_text(x: float, y: float, text: str, anchor: str = "middle", extra: str = "") -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" {extra}>'
        f"{escape(text, quote=True)}</text>"
    )


def network_svg(network: Network, lang: Lang | None = None) -> str:
    """The map as a self-contained inline SVG (no external references, all text
    escaped), with a shape and a letter per kind besides colour, and a legend.
    Sized by viewBox so it scales to the page; prints on A4."""
    c = _SIZE / 2
    kinds = [k for k in RELATIONS if any(p.relation == k for p in network.people)]
    legend_rows = max(1, math.ceil(len(kinds) / 3))
    height = _SIZE + 20 + legend_rows * 28
    title = t("net.map.title", lang)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_SIZE} {height}" '
        f'width="100%" style="max-width:170mm" role="img" aria-labelledby="netmap-title netmap-desc" '
        f'font-family="sans-serif" font-size="14">',
        f'<title id="netmap-title">{escape(title)}</title>',
        f'<desc id="netmap-desc">{escape(t("net.map.desc", lang))} '
        f"{escape(t('net.map.circles', lang))}</desc>",
        f'<rect x="0" y="0" width="{_SIZE}" height="{height}" fill="#ffffff"/>',
    ]
    for ring, edge in enumerate(RING_EDGES):
        dash = ' stroke-dasharray="6 4"' if ring == 2 else ""
        parts.append(
            f'<circle cx="{c}" cy="{c}" r="{edge * _R:.1f}" fill="none" stroke="#777777" '
            f'stroke-width="1.5"{dash}/>'
        )
        name = t(f"net.circle.{CIRCLES[ring]}.short", lang)
        parts.append(_svg_text(c, c - edge * _R + 14, name, extra='fill="#555555" font-size="11"'))
    parts.append(
        f'<circle cx="{c}" cy="{c}" r="{ME_RADIUS * _R:.1f}" fill="#eeeeee" stroke="#333333"/>'
    )
    parts.append(_svg_text(c, c + 5, t("net.me", lang), extra='font-weight="bold" font-size="15"'))
    name_cells = (12, 14, 16)
    for slot in polar_layout(network, SVG_CAPACITY):
        x = c + slot.radius * _R * math.cos(slot.angle)
        y = c + slot.radius * _R * math.sin(slot.angle)
        if slot.person is None:
            text = t("net.more", lang, n=slot.more)
            w = 9 * cells(text) + 12
            parts.append(
                f'<rect x="{x - w / 2:.1f}" y="{y - 12:.1f}" width="{w:.1f}" height="22" rx="11" '
                'fill="#f4f4f4" stroke="#333333"/>'
            )
            parts.append(_svg_text(x, y + 4, text, extra='font-style="italic"'))
            continue
        person = network.people[slot.person]
        parts.append(_shape(person.relation, x, y, _ICON))
        parts.append(
            _svg_text(
                x,
                y + 4.5,
                relation_code(person.relation, lang),
                extra='font-weight="bold" font-size="12"',
            )
        )
        name = fit(clean_name(person.name), name_cells[slot.ring])
        cos = math.cos(slot.angle)
        if abs(cos) < 0.35:
            parts.append(_svg_text(x, y + _ICON + 16, name))
        elif cos > 0:
            parts.append(_svg_text(x + _ICON + 5, y + 5, name, anchor="start"))
        else:
            parts.append(_svg_text(x - _ICON - 5, y + 5, name, anchor="end"))
    top = _SIZE + 10
    if not kinds:
        parts.append(_svg_text(c, top + 18, t("net.map.empty", lang)))
    for i, kind in enumerate(kinds):
        lx = 30 + (i % 3) * 230
        ly = top + (i // 3) * 28 + 12
        parts.append(_shape(kind, lx, ly, 8))
        parts.append(
            _svg_text(
                lx, ly + 4, relation_code(kind, lang), extra='font-weight="bold" font-size="11"'
            )
        )
        parts.append(_svg_text(lx + 16, ly + 5, relation_legend(kind, lang), anchor="start"))
    parts.append("</svg>")
    return "\n".join(parts)
