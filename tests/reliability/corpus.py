"""A corpus of hostile and broken inputs, made on the spot (nothing downloaded).

`build(folder)` writes the files and returns, per file name, what must happen to it:
("error", words the one-line reason must contain) or ("ok", killed best the article reports).
Expected outcomes were written by hand from the input and docs/INGEST.md, before running.
"""
from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

GOOD = "Gunmen killed 5 villagers near Gao on Monday, the police said."

_LOL = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
        + b"".join(b' <!ENTITY lol%d "%s">\n' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                   for i in range(1, 10)) + b"]>\n")
ENTITY_BOMB_FEED = _LOL + (b'<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;'
                           b'</title><description>&lol9;</description></item></channel></rss>')
ENTITY_BOMB_HTML = _LOL + b"<html><body><p>&lol9;</p><p>" + GOOD.encode() + b"</p></body></html>"


def _warc_record(uri: str, html: str) -> bytes:
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html.encode())
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\n"
            f"WARC-Record-ID: <urn:uuid:{abs(hash(uri)):032x}>\r\nWARC-Date: 2021-05-04T10:00:00Z\r\n"
            f"Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


def _page(sentence: str) -> str:
    return (f"<html><head><title>Attack report</title></head><body><article><h1>Attack</h1>"
            f"<p>{sentence}</p><p>Residents said the town was calm by evening and "
            f"shops reopened on Tuesday morning.</p></article></body></html>")


def build(folder: Path) -> dict[str, tuple[str, object]]:
    folder.mkdir(parents=True, exist_ok=True)
    w = lambda name, data: (folder / name).write_bytes(data)  # noqa: E731
    expect: dict[str, tuple[str, object]] = {}

    w("a_good.txt", GOOD.encode())
    expect["a_good.txt"] = ("ok", 5)
    w("empty.txt", b"")
    expect["empty.txt"] = ("error", "empty")
    w("whitespace.txt", b" \n\t \r\n  \n")
    expect["whitespace.txt"] = ("error", "empty")
    w("binary.dat", bytes(range(256)) * 40)
    expect["binary.dat"] = ("error", "binary")
    w("nul.txt", GOOD.encode() + b"\x00\x00\x00 and then")
    expect["nul.txt"] = ("error", "binary")
    w("latin1.txt", "Des hommes armés ont tué 5 villageois près de Gao.".encode("latin-1"))
    expect["latin1.txt"] = ("error", "not UTF-8")
    w("mixed.txt", "Caf\u00e9 au lait. ".encode() + "Kidal: 4 soldats tu\u00e9s.".encode("latin-1"))
    expect["mixed.txt"] = ("error", "not UTF-8")
    w("utf16.txt", GOOD.encode("utf-16"))
    expect["utf16.txt"] = ("error", "binary")
    w("declared-latin1.html", ('<html><head><meta charset="iso-8859-1"><title>Gao</title></head>'
                               '<body><article><p>' + GOOD + ' Caf\u00e9 owners closed early.</p>'
                               '<p>Residents said the town was calm by evening.</p></article>'
                               '</body></html>').encode("latin-1"))
    expect["declared-latin1.html"] = ("ok", 5)
    w("nested.html", b"<html><body>" + b"<div>" * 50_000 + GOOD.encode() + b"</div>" * 50_000
      + b"</body></html>")
    expect["nested.html"] = ("any", None)   # an article or "no readable main text"
    w("bomb.rss", ENTITY_BOMB_FEED)
    expect["bomb.rss"] = ("any", None)      # never expanded (checked by size), never hangs
    w("bomb.html", ENTITY_BOMB_HTML)
    expect["bomb.html"] = ("any", None)
    w("feed-is-html.rss", _page(GOOD).encode())
    expect["feed-is-html.rss"] = ("any", None)
    w("feb30.txt", f"GAO, Mali (Feb. 30, 2021) - {GOOD} The attack on February 30 was the "
                   f"third this month.".encode())
    expect["feb30.txt"] = ("ok", 5)
    w("numbers.txt", b"Officials said 99999999999999999999 killed was a typo. A post claimed "
                     b"1e308 killed. The chart showed -5 killed. " + b"9" * 5000
                     + b" people were killed, said a spam page.")
    expect["numbers.txt"] = ("ok", 0)
    data = gzip.compress("".join(f"{GOOD} Line {i} of {i * 7919 % 1000}.\n" for i in range(400)).encode())
    w("truncated.txt.gz", data[: len(data) - 12])
    expect["truncated.txt.gz"] = ("error", "gzip")
    w("corrupt.txt.gz", data[:12] + b"\xff" * 40 + data[52:])
    expect["corrupt.txt.gz"] = ("error", "gzip")
    w("junk.warc", b"WARC/1.0\r\nthis is not a header\r\n\r\n" + bytes(range(256)) * 4)
    expect["junk.warc"] = ("error", "WARC")
    w("huge.txt", b"Calm. " * (50 * 1024 * 1024 // 6 + 1))   # 50 MB
    expect["huge.txt"] = ("error", "too large")
    w("bomb.txt.gz", gzip.compress(b"a" * (60 * 1024 * 1024)))  # 60 KB that inflate to 60 MB
    expect["bomb.txt.gz"] = ("error", "too large")
    return expect


def jsonl_lines() -> tuple[bytes, list[tuple[str, object]]]:
    """A JSON Lines file with one broken line of each kind; what each line must give."""
    lines = [
        (json.dumps({"id": "j1", "text": GOOD}), ("ok", 5)),
        ('{"id": "j2", "text": "unterminated', ("error", "broken JSON")),
        ('{"id": "j3", "text": "Gunmen killed 4 people. \\ud800"}', ("error", "Unicode")),
        ("[" * 100_000, ("error", "broken JSON")),
        (json.dumps({"id": 5, "text": 7}), ("error", "text")),
        (json.dumps({"id": "j6", "text": GOOD, "published": "2021-02-30"}), ("error", "published")),
        ('"just a string"', ("error", "object")),
        (json.dumps({"id": "j8", "text": "x" * (6 * 1024 * 1024)}), ("error", "longer")),
        (json.dumps({"id": "j8b", "text": "Gunmen killed 4 people.\u0000 Then."}), ("error", "NUL")),
        (json.dumps({"id": "j9", "text": "Militants killed 7 soldiers in Kunduz.",
                     "published": "2021-03-01"}), ("ok", 7)),
    ]
    return ("\n".join(text for text, _ in lines) + "\n").encode(), [e for _, e in lines]


def warc_cut_short(path: Path) -> list[str]:
    """Two complete HTML records, then a third cut in the middle: the complete ones must be read."""
    buf = io.BytesIO()
    urls = ["https://news.example.org/gao", "https://news.example.org/kidal"]
    buf.write(_warc_record(urls[0], _page(GOOD)))
    buf.write(_warc_record(urls[1], _page("Militants killed 7 soldiers in Kidal on Sunday.")))
    third = _warc_record("https://news.example.org/mopti", _page("Gunmen killed 3 in Mopti."))
    buf.write(third[: len(third) // 3])
    path.write_bytes(buf.getvalue())
    return urls
