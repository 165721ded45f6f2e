"""Plain-text tables for people (`--format table`)."""
from __future__ import annotations

from .models import CATEGORIES, Reading


def _fmt_range(low, best, high) -> str:
    hi = "open" if high is None else str(high)
    return f"{'?' if low is None else low} / {'?' if best is None else best} / {hi}"


def number(n: int | None) -> str:
    """A count for people: thousands separated (136,001); "?" for unknown."""
    return "?" if n is None else f"{n:,}"


def table(rows: list[list[str]], header: list[str], right: set[int] = frozenset()) -> str:
    """Columns padded to their widest cell; the columns in `right` (numbers) right-aligned."""
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def line(r: list) -> str:
        return "  ".join(str(c).rjust(w) if i in right else str(c).ljust(w)
                         for i, (c, w) in enumerate(zip(r, widths))).rstrip()
    return "\n".join([line(header), line(["-" * w for w in widths]), *map(line, rows)])


def reading_table(reading: Reading) -> str:
    a = reading.article
    head = f"== {a.id}  {a.title or ''}  published {a.published or '?'}" + \
           (" (inferred)" if a.published_inferred else "")
    rows = []
    for c in reading.claims:
        flags = ",".join(f for f, on in (("historical", c.historical), ("partisan", c.partisan)) if on)
        rows.append([c.id, c.category, _fmt_range(c.low, c.best_value, c.high), c.scope,
                     c.part_of or "", c.victims.side or "", c.reported_by.name or "",
                     {True: "yes", False: "no", None: "?"}[c.verified], flags, c.text])
    claims = table(rows, ["id", "category", "low/best/high", "scope", "part_of", "side",
                          "source", "verified", "flags", "text"]) if rows else "(no claims)"
    toll = table([[c, _fmt_range(**reading.toll.get(c).to_dict())] for c in CATEGORIES],
                 ["toll", "low / best / high"])
    return f"{head}\n{claims}\n\n{toll}\n"
