"""Folders: every file inside, recursively, in sorted order; hidden files and folders skipped."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path


def walk_files(folder: Path) -> Iterator[Path]:
    for child in sorted(folder.iterdir(), key=lambda p: p.name):
        if child.name.startswith("."):
            continue
        if child.is_dir():
            yield from walk_files(child)
        elif child.is_file():
            yield child
