"""Where content comes from: the shipped folder, and optionally a local folder on top.

An overlay lets a municipality or welfare organisation add its own walking group,
buddy project or helpline without copying (and then forgetting to update) the rest.
It may add or replace suggestions and help contacts by id and add personas; questions
and themes stay shared, so the personas of the shipped content keep their meaning.
A folder with its own themes.yaml is a complete content folder and is used alone.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from netwerkcheck.content.problems import Problem
from netwerkcheck.i18n import Lang, t

PACKAGE_ROOT = Path(__file__).resolve().parent.parent

# Folders and files an overlay may hold; anything else is reported, not silently ignored.
OVERLAY_DIRS = ("suggestions", "personas")
OVERLAY_FILES = ("help.yaml", "README.md")


def default_content_dir() -> Path:
    """The checkout's content/ when running from source (so an editor's change shows at
    the next run), otherwise the copy bundled in the wheel."""
    checkout = PACKAGE_ROOT.parent.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "content" / "themes.yaml").is_file():
        return checkout / "content"
    return PACKAGE_ROOT / "_content"


@dataclass(frozen=True)
class Layers:
    """The base folder and the optional overlay folder, in reading order."""

    base: Path
    overlay: Path | None = None

    @property
    def roots(self) -> list[Path]:
        return [self.base] if self.overlay is None else [self.base, self.overlay]

    def files(self, sub: str) -> list[tuple[Path, bool]]:
        """YAML files in `sub` of every layer, with True for the overlay's."""
        out: list[tuple[Path, bool]] = []
        for root in self.roots:
            out += [(f, root == self.overlay) for f in yaml_files(root / sub)]
        return out

    def file(self, name: str) -> list[tuple[Path, bool]]:
        """The file `name` (for example help.yaml) in every layer that has it."""
        return [(r / name, r == self.overlay) for r in self.roots if os.path.lexists(r / name)]


def yaml_files(folder: Path) -> list[Path]:
    """Every entry named *.yaml or *.yml, whatever it is: reading a folder, a special
    file or a symlink loop there gives a problem with its path, never silence."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml"))


def resolve(overlay: Path | None = None, base: Path | None = None) -> Layers:
    """The layers to read. An 'overlay' with its own themes.yaml replaces the base (a
    themes.yaml that is not a readable file is then reported, not silently skipped)."""
    if overlay is not None and os.path.lexists(overlay / "themes.yaml"):
        return Layers(overlay)
    return Layers(base or default_content_dir(), overlay)


def overlay_problems(layers: Layers, display: Any, lang: Lang) -> list[Problem]:
    """Warnings for things in an overlay folder that an overlay cannot change."""
    if layers.overlay is None:
        return []
    if not layers.overlay.is_dir():
        return [
            Problem(str(layers.overlay), 1, 1, t("err.no_content_dir", lang, dir=layers.overlay))
        ]
    problems: list[Problem] = []
    for entry in sorted(layers.overlay.iterdir()):
        if entry.name.startswith("."):
            continue
        if entry.is_dir() and entry.name in OVERLAY_DIRS:
            continue
        if entry.name in OVERLAY_FILES:  # read (and any problem reported) as content
            continue
        problems.append(
            Problem(
                display(entry),
                1,
                1,
                t("tool.overlay_ignored", lang, name=entry.name),
                "warning",
            )
        )
    return problems


def merge_by_id(base: Iterable[Any], overlay: Iterable[Any], key: str = "id") -> list[Any]:
    """Items of `base`, each replaced by the overlay item with the same id; new ones last.

    Works on models (attribute) and on plain dicts (key), so other kinds can reuse it.
    """

    def ident(item: Any) -> Any:
        return item.get(key) if isinstance(item, dict) else getattr(item, key, None)

    replacements = {ident(o): o for o in overlay}
    out = [replacements.pop(ident(b), b) for b in base]
    return out + list(replacements.values())
