"""The language a source declares for an article: HTML `lang` and content-language metadata,
an RSS `<language>` or Atom `xml:lang`, the JSON Lines `language` field.

Only a declared language is read here (a primary subtag: "fr-FR" -> "fr", "ru_RU" -> "ru");
the extractor's Reader detects the language of an article whose source declares none
(tollwatch.extract.reader), and `Settings.language` is the fallback of both.
"""
from __future__ import annotations

import re

_TAG = re.compile(r"^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9-]*)?\s*$")
_HTML_LANG = re.compile(r"<html\b[^>]*?\s(?:xml:)?lang\s*=\s*[\"']?([A-Za-z_-]{2,20})", re.IGNORECASE)
_META = re.compile(r"<meta\b[^>]*?(?:http-equiv\s*=\s*[\"']?content-language|property\s*=\s*[\"']?og:locale)"
                   r"[^>]*?content\s*=\s*[\"']?([A-Za-z_-]{2,20})", re.IGNORECASE)
_META_FIRST = re.compile(r"<meta\b[^>]*?content\s*=\s*[\"']?([A-Za-z_-]{2,20})[\"']?[^>]*?"
                         r"(?:http-equiv\s*=\s*[\"']?content-language|property\s*=\s*[\"']?og:locale)", re.IGNORECASE)
HEAD_CHARS = 20_000  # the <html> tag and <head> are near the top


def source_language(value: object) -> str | None:
    """The ISO 639 code of a declared language tag ("fr-FR" -> "fr"), None when it is none."""
    if not isinstance(value, str):
        return None
    m = _TAG.match(value)
    return m.group(1).lower() if m else None


DECLARABLE = ("en", "fr", "es", "ru", "uk")  # what --language and the API's "language" accept


def declared_language(value: str | None) -> str | None:
    """A language given by hand (`--language`, the API's "language"): a tag cut to its primary
    subtag ("fr-FR" -> "fr"); ValueError when it is not one tollwatch reads or detects."""
    if value is None:
        return None
    code = source_language(value)
    if code not in DECLARABLE:
        raise ValueError(f"unknown language {value!r}: give one of {', '.join(DECLARABLE)}")
    return code


def html_language(html: str) -> str | None:
    """The language an HTML page declares: `<html lang>`, else its content-language or
    og:locale metadata; None when it declares none."""
    head = html[:HEAD_CHARS]
    for pattern in (_HTML_LANG, _META, _META_FIRST):
        m = pattern.search(head)
        if m and source_language(m.group(1)):
            return source_language(m.group(1))
    return None


def feed_language(entry, feed) -> str | None:
    """An RSS/Atom item's language: the item's own (Atom xml:lang on its content or title),
    else the feed's (RSS <language>, Atom xml:lang)."""
    for detail in [*(entry.get("content") or ()), entry.get("title_detail"), entry.get("summary_detail")]:
        found = source_language((detail or {}).get("language"))
        if found:
            return found
    return source_language(feed.get("language"))
