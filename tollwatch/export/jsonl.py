"""JSON Lines: one contract object (Reading.to_dict) per article."""
from __future__ import annotations

import json
from typing import Iterable

from ..models import Reading


def to_jsonl(readings: Iterable[Reading]) -> str:
    return "".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in readings)
