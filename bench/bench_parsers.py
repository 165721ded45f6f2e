"""Parser speed per language, per 1,000 characters, on the dev texts (title + text).

Run: OMP_NUM_THREADS=1 .venv/bin/python bench/bench_parsers.py [en fr es ru]
fr/es/ru: their texts in ../shared/eval/dev/multilingual_dev.jsonl; en: the 200 English dev
texts of bench_language.py. Each configuration parses all its texts three times (batch 64) and
keeps the fastest pass; the lemmatizer's cost is measured by loading with and without it.
"""
from __future__ import annotations

import json
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_language import EVAL, full_text, load_rows  # noqa: E402

from tollwatch.extract.parsers import load_parser  # noqa: E402


def texts_by_language():
    multi, english = load_rows()
    texts = {"en": [full_text(row) for row in english]}
    for row in multi:
        texts.setdefault(row["lang"], []).append(full_text(row))
    return texts


def best_pass(parser, texts, passes=3):
    best = None
    for _ in range(passes):
        start = time.process_time()
        docs = list(parser.pipe(texts, batch_size=64))
        elapsed = time.process_time() - start
        best = elapsed if best is None else min(best, elapsed)
    return best, docs


def measure(lang, texts, **options):
    start = time.perf_counter()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        parser = load_parser(lang, **options)
        seconds, docs = best_pass(parser, texts)
    built = time.perf_counter() - start - seconds * 3
    chars = sum(len(text) for text in texts)
    tokens = sum(len(doc) for doc in docs)
    exact = sum(doc.text == text for doc, text in zip(docs, texts))
    label = ", ".join(f"{key}={value}" for key, value in options.items()) or "default"
    repairs = getattr(parser, "repairs", None)
    print(f"{lang} | {label} | {len(texts)} texts, {chars} chars, {tokens} tokens"
          f" | {1000 * seconds / (chars / 1000):.1f} ms CPU per 1,000 chars"
          f" | {chars / seconds / 1000:.1f} k chars/s | build+first ~{built:.1f} s"
          f" | text kept {exact}/{len(texts)}"
          + (f" | tree repairs {repairs // 3}" if repairs is not None else "")
          + f" | warnings {sorted({str(w.message)[:6] for w in caught})}")


def main(languages):
    texts = texts_by_language()
    for lang in languages or ("en", "fr", "es", "ru"):
        if lang == "ru":
            measure("ru", texts["ru"])
            continue
        measure(lang, texts[lang], lemmas=False)
        measure(lang, texts[lang], lemmas=True)


if __name__ == "__main__":
    assert EVAL.is_dir(), f"{EVAL} is missing"
    main(sys.argv[1:])
