"""One Settings object: defaults -> config file -> environment -> CLI flags."""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

ENV_PREFIX = "TOLLWATCH_"


@dataclass(frozen=True)
class Settings:
    db: str = "sqlite:///tollwatch.db"
    token: str | None = None            # bearer token for write endpoints; None = writes off
    max_article_bytes: int = 5_000_000  # larger inputs are refused (InputTooLarge)
    max_request_bytes: int = 5_000_000
    max_article_seconds: float = 60.0   # per-article time limit; 0 turns it off
    fetch_timeout: float = 20.0
    allow_private: bool = False         # allow fetching loopback / private addresses
    language: str = "en"
    quiet: bool = False

    def merged(self, **overrides: Any) -> "Settings":
        """Apply non-None overrides (CLI flags)."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})


def _coerce(value: str, like: Any) -> Any:
    if isinstance(like, bool):
        return value.strip().lower() in ("1", "true", "yes", "on")
    if isinstance(like, int):
        return int(value)
    if isinstance(like, float):
        return float(value)
    return value


def load_settings(config: str | Path | None = None, env: dict[str, str] | None = None,
                  **overrides: Any) -> Settings:
    """Defaults, then `config` (TOML, or $TOLLWATCH_CONFIG), then TOLLWATCH_* env, then overrides."""
    env = os.environ if env is None else env
    s = Settings()
    path = config or env.get(ENV_PREFIX + "CONFIG")
    if path:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        s = replace(s, **{k: v for k, v in data.items() if k in {f.name for f in fields(s)}})
    for f in fields(s):
        raw = env.get(ENV_PREFIX + f.name.upper())
        if raw is not None:
            like = getattr(s, f.name)
            s = replace(s, **{f.name: _coerce(raw, like if like is not None else "")})
    return s.merged(**overrides)
