"""The language of an article, detected offline among the languages tollwatch reads.

Lingua (its models are inside the installed wheel), built for the candidate languages only, in
high-accuracy mode, and allowed to say it cannot tell (minimum relative distance 0.05): then the
caller's fallback (`Settings.language`) is the answer. Chosen by measurement over langid and
Lingua's low-accuracy mode: docs/LANGUAGES.md. Building loads the candidates' models (about 0.5 s,
about 200 MB), so a detector is built once per process or Dask worker and passed where it is
needed; nothing is loaded at import.
"""
from __future__ import annotations

import re
from functools import cache

CANDIDATES = ("en", "fr", "es", "ru", "uk")
MIN_RELATIVE_DISTANCE = 0.05  # below it the two best languages are too close to tell


class LanguageDetector:
    """Detects one of `candidates` (ISO 639-1 codes); built once, then cheap per text."""

    def __init__(self, candidates: tuple[str, ...] = CANDIDATES,
                 min_distance: float = MIN_RELATIVE_DISTANCE):
        from lingua import IsoCode639_1, LanguageDetectorBuilder

        self.candidates = tuple(dict.fromkeys(code.lower() for code in candidates))
        self.min_distance = min_distance
        if not self.candidates:
            raise ValueError("a language detector needs at least one candidate language")
        unknown = [code for code in self.candidates if not hasattr(IsoCode639_1, code.upper())]
        if unknown:
            raise ValueError(f"unknown language codes: {unknown}")
        self._detector = None
        if len(self.candidates) > 1:
            codes = [getattr(IsoCode639_1, code.upper()) for code in self.candidates]
            self._detector = (LanguageDetectorBuilder.from_iso_codes_639_1(*codes)
                              .with_minimum_relative_distance(min_distance)
                              .with_preloaded_language_models()
                              .build())

    def __reduce__(self):
        # Rebuilt where it is unpickled (a Dask worker), never shipped as model bytes.
        return (LanguageDetector, (self.candidates, self.min_distance))

    def detect(self, text: str | None, fallback: str = "en") -> str:
        """The most likely candidate; `fallback` when the text gives no evidence (empty, digits,
        punctuation) or when the two likeliest languages are too close to tell."""
        if not text or not any(ch.isalpha() for ch in text):
            return fallback
        if self._detector is None:
            return self.candidates[0]
        language = self._detector.detect_language_of(_common_words(text))
        return language.iso_code_639_1.name.lower() if language is not None else fallback

    def confidence(self, text: str) -> list[tuple[str, float]]:
        """Every candidate with its confidence, best first (for diagnostics)."""
        if self._detector is None:
            return [(self.candidates[0], 1.0)]
        return [(value.language.iso_code_639_1.name.lower(), float(value.value))
                for value in self._detector.compute_language_confidence_values(text)]


_WORD = re.compile(r"\w[\w'’-]*")
MIN_COMMON_LETTERS = 40  # fewer letters in lower-case words: the whole text is the evidence


def _common_words(text: str) -> str:
    """The text without its capitalised words: names ("Cecilio Pineda Birto", "La Voz de Tierra
    Caliente", "Ciudad Altamirano") say where a report is about, not what language it is in."""
    words = [w for w in _WORD.findall(text) if w[0].islower()]
    return " ".join(words) if sum(len(w) for w in words) >= MIN_COMMON_LETTERS else text


@cache
def language_detector(candidates: tuple[str, ...] = CANDIDATES) -> LanguageDetector:
    """One detector per set of candidates, built on first use in this process."""
    return LanguageDetector(tuple(candidates))


def detect_language(text: str | None, candidates: tuple[str, ...] = CANDIDATES,
                    fallback: str = "en") -> str:
    """The language of `text` among `candidates`, or `fallback` when it cannot tell."""
    return language_detector(tuple(candidates)).detect(text, fallback=fallback)
