"""How many multilingual dev articles get an event, a place and a date from their own words.

Run: .venv/bin/python bench/events_per_language.py [-v]
Reads the BUILD half only of ../shared/eval/dev/multilingual_dev.jsonl (title + text, as
`tollwatch eval` passes them) with `Reader.load()`, and counts per language the articles with
at least one event, with an event place, with an event date from the text (a date other than
the publication date, or any date when the report is undated) and with a publication date
inferred from the text. -v prints each article's first events. docs/LANGUAGES.md has the figures.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from tollwatch.evaluate.adapters import datasets, sniff
from tollwatch.evaluate.split import half
from tollwatch.extract.reader import Reader
from tollwatch.models import Article

PATH = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev" / "multilingual_dev.jsonl"


def main(verbose: bool) -> None:
    spec = datasets()[sniff(PATH)]
    languages = [json.loads(line)["lang"] for line in PATH.open(encoding="utf-8")]
    reader = Reader.load()
    counts = {k: Counter() for k in ("articles", "events", "place", "date", "inferred")}
    for row, case in enumerate(spec.read(PATH)):
        if half(row) != "build" or not case.text:
            continue
        lang = languages[row]
        r = reader.read(Article(id=f"r{row}", text=case.text, title=case.title, published=case.published))
        pub, inferred = r.article.published, r.article.published_inferred
        counts["articles"][lang] += 1
        counts["events"][lang] += bool(r.events)
        counts["place"][lang] += any(e.location for e in r.events)
        counts["date"][lang] += any(e.date.start and (e.date.start != pub or inferred) for e in r.events)
        counts["inferred"][lang] += bool(inferred)
        if verbose:
            print(row, lang, pub, [(e.sub_event_type, e.location.name if e.location else None,
                                    str(e.date.start)) for e in r.events[:4]])
    for lang in sorted(counts["articles"]):
        print(lang, "  ".join(f"{k} {c[lang]}" for k, c in counts.items()))
    print("all", "  ".join(f"{k} {sum(c.values())}" for k, c in counts.items()))


if __name__ == "__main__":
    main("-v" in sys.argv[1:])
