"""Language detectors compared on the multilingual dev texts and 200 English dev texts.

Run: OMP_NUM_THREADS=1 .venv/bin/python bench/bench_language.py
Prints one row per detector and input: accuracy (a text the detector cannot tell counts as the
fallback "en", as in tollwatch), how many fell back, ms per text (after a warm-up), build time,
peak RSS (run one detector per process for a fair figure: pass its name as the argument).
The candidates are en/fr/es/ru/uk, as `tollwatch.extract.language` uses them. langid is not a
dependency of tollwatch: `.venv/bin/pip install langid==1.1.6` to rerun the comparison.
"""
from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev"
HEADLINES = Path(__file__).resolve().parent / "language_headlines.jsonl"  # written for this bench
CANDIDATES = ("en", "fr", "es", "ru", "uk")


def load_rows():
    multi = [json.loads(line) for line in open(EVAL / "multilingual_dev.jsonl", encoding="utf-8")]
    english = []
    for name, count in (("isaf_dev.jsonl", 67), ("wiki_terror_dev.jsonl", 67), ("wad_dev.jsonl", 66)):
        rows = [json.loads(line) for line in open(EVAL / name, encoding="utf-8")]
        english += [dict(row, lang="en") for row in rows[:count]]
    return multi, english


def full_text(row):
    title = row.get("title") or ""
    return f"{title}\n{row['text']}" if title else row["text"]


def snippet(text, size=40):
    """The text's first words, up to `size` characters (a headline-sized cut)."""
    cut = text[:size]
    return cut.rsplit(" ", 1)[0] if " " in cut else cut


def lingua_detector(low_accuracy: bool, distance: float = 0.0):
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in CANDIDATES]
    builder = LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_minimum_relative_distance(distance)
    if low_accuracy:
        builder = builder.with_low_accuracy_mode()
    detector = builder.with_preloaded_language_models().build()

    def detect(text):
        language = detector.detect_language_of(text)
        return language.iso_code_639_1.name.lower() if language else None
    return detect


def langid_detector():
    from langid.langid import LanguageIdentifier, model

    identifier = LanguageIdentifier.from_modelstring(model, norm_probs=False)
    identifier.set_languages(list(CANDIDATES))
    # no known character sequence at all: no evidence (the fallback), as tollwatch reads it
    return lambda text: identifier.classify(text)[0] if identifier.instance2fv(text).any() else None


DETECTORS = {
    "lingua (low accuracy)": lambda: lingua_detector(True),
    "lingua (high accuracy)": lambda: lingua_detector(False),
    "lingua (high accuracy, min distance 0.05)": lambda: lingua_detector(False, 0.05),
    "langid (set_languages)": langid_detector,
}


def measure(detect, texts, gold, fallback="en"):
    """Right answers, total, ms per text, texts left to the fallback, misses (gold, guess)."""
    detect(texts[0])
    start = time.perf_counter()
    raw = [detect(text) for text in texts]
    elapsed = time.perf_counter() - start
    guesses = [guess or fallback for guess in raw]
    right = sum(guess == want for guess, want in zip(guesses, gold))
    misses = [(want, guess) for guess, want in zip(guesses, gold) if guess != want]
    return right, len(texts), 1000 * elapsed / len(texts), raw.count(None), misses


def main(names):
    multi, english = load_rows()
    titled = [row for row in multi if row.get("title")]
    headlines = [json.loads(line) for line in open(HEADLINES, encoding="utf-8")]
    inputs = {
        "multilingual title+text": ([full_text(r) for r in multi], [r["lang"] for r in multi]),
        "multilingual title alone": ([r["title"] for r in titled], [r["lang"] for r in titled]),
        "multilingual first 40 chars": ([snippet(r["text"]) for r in multi], [r["lang"] for r in multi]),
        "English dev (200)": ([full_text(r) for r in english], ["en"] * len(english)),
        "English first 40 chars": ([snippet(r["text"]) for r in english], ["en"] * len(english)),
        "our own headlines (55)": ([r["title"] for r in headlines], [r["lang"] for r in headlines]),
    }
    for name in names or DETECTORS:
        start = time.perf_counter()
        try:
            detect = DETECTORS[name]()
        except ImportError as missing:  # langid is for the comparison only: pip install langid==1.1.6
            print(f"{name} | not installed: {missing}")
            continue
        built = time.perf_counter() - start
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        for label, (texts, gold) in inputs.items():
            right, total, ms, fell_back, misses = measure(detect, texts, gold)
            print(f"{name} | {label} | {right}/{total} = {right / total:.3f} | fallback {fell_back}"
                  f" | {ms:.2f} ms/text"
                  f" | build {built:.2f} s | peak RSS {rss:.0f} MB | misses {misses[:6]}")


if __name__ == "__main__":
    main(sys.argv[1:])
