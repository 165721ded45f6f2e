"""The events stage's word tables per language (lexicons/<lang>/<name>), English where a
language has none."""
from __future__ import annotations

import json
from functools import cache
from importlib import resources


@cache
def language_table(name: str, language: str = "en") -> dict:
    """The table `name` ("dates.v1.json", "events.v1.json", "actors.v1.json") of `language`."""
    folder = resources.files("tollwatch.extract").joinpath("lexicons")
    ref = folder.joinpath(language, name)
    if not ref.is_file():
        ref = folder.joinpath("en", name)
    return json.loads(ref.read_text(encoding="utf-8"))
