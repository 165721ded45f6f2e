"""Files in, Articles (or one clear IngestError each) out."""
from __future__ import annotations

import gzip
from datetime import date

from tollwatch.errors import IngestError, InputTooLarge
from tollwatch.ingest import iter_articles
from tollwatch.models import Article, content_hash
from tollwatch.settings import Settings

S = Settings()
REPORT = "Two police officers were killed when gunmen attacked a checkpoint, the governor said.\n"


def read(*paths, settings=S, **kw):
    return list(iter_articles([str(p) for p in paths], settings=settings, **kw))


def test_plain_text_gets_content_hash_id_and_origin(tmp_path):
    f = tmp_path / "report.txt"
    f.write_text(REPORT)
    [art] = read(f)
    assert art.text == REPORT and art.id == content_hash(REPORT) and art.origin == str(f)


def test_bad_files_are_one_line_errors_and_the_rest_is_read(tmp_path):
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_binary.dat").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 4)
    (tmp_path / "c_latin1.txt").write_bytes("Un café détruit, 4 morts.".encode("latin-1"))
    (tmp_path / "d_good.txt").write_text(REPORT)
    items = read(tmp_path)
    assert [type(i) for i in items] == [IngestError, IngestError, IngestError, Article]
    messages = [str(i) for i in items[:3]]
    assert "empty file" in messages[0]
    assert "binary data" in messages[1]
    assert "not UTF-8" in messages[2] and "0xe9" in messages[2]
    assert all("\n" not in m for m in messages)


def test_html_with_declared_charset_is_decoded(tmp_path):
    page = ("<html><head><meta charset='windows-1252'><title>Attaque à Gao</title></head><body>"
            "<article><p>Une attaque contre un poste de l’armée à Gao a fait trois morts "
            "et cinq blessés selon une source sécuritaire jointe par téléphone.</p></article>"
            "</body></html>").encode("cp1252")
    f = tmp_path / "gao.html"
    f.write_bytes(page)
    [art] = read(f)
    assert art.title == "Attaque à Gao" and "l’armée" in art.text


def test_jsonl_reads_contract_shape_ignores_extra_keys_and_names_broken_lines(tmp_path):
    f = tmp_path / "batch.jsonl"
    f.write_text('{"id": "r1", "text": "Three killed.", "published": "2021-05-02", "gold": {}}\n'
                 '{"id": "r2", "text": \n'
                 '\n'
                 '{"text": "Six injured.", "url": "https://Example.org/x?utm_medium=a#p"}\n'
                 '{"id": "r4", "text": ""}\n')
    items = read(f)
    assert isinstance(items[0], Article) and items[0].id == "r1"
    assert items[0].published == date(2021, 5, 2)
    assert isinstance(items[1], IngestError) and items[1].source == f"{f}:2"
    assert items[2].id == content_hash("Six injured.")
    assert items[2].url == "https://example.org/x"
    assert isinstance(items[3], IngestError) and items[3].source == f"{f}:5"
    assert len(items) == 4


def test_published_fills_only_missing_dates(tmp_path):
    f = tmp_path / "two.jsonl"
    f.write_text('{"id": "a", "text": "x killed", "published": "2020-01-01"}\n'
                 '{"id": "b", "text": "y killed"}\n')
    a, b = read(f, published=date(2022, 9, 18))
    assert a.published == date(2020, 1, 1) and b.published == date(2022, 9, 18)


def test_folders_are_read_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Report Z: one killed.")
    (tmp_path / "a.txt").write_text("Report A: two killed.")
    (tmp_path / "b" / "c.txt").write_text("Report C: three killed.")
    (tmp_path / ".hidden.txt").write_text("not read")
    assert [i.text[:8] for i in read(tmp_path)] == ["Report A", "Report C", "Report Z"]


def test_too_large_file_is_refused(tmp_path):
    f = tmp_path / "huge.txt"
    f.write_text(REPORT * 100)
    [err] = read(f, settings=Settings(max_article_bytes=1000))
    assert isinstance(err, InputTooLarge) and "limit 1,000" in err.message


def test_gzip_text_and_truncated_gzip(tmp_path):
    good = tmp_path / "good.txt.gz"
    good.write_bytes(gzip.compress(REPORT.encode()))
    whole = gzip.compress((REPORT * 50).encode())
    cut = tmp_path / "cut.txt.gz"
    cut.write_bytes(whole[: len(whole) // 2])
    cut_jsonl = tmp_path / "cut.jsonl.gz"
    lines = "".join(f'{{"id": "n{i}", "text": "{i} killed in report {i}"}}\n' for i in range(400))
    z = gzip.compress(lines.encode())
    cut_jsonl.write_bytes(z[: len(z) - 40])
    items = read(cut, good, cut_jsonl)
    assert isinstance(items[0], IngestError) and "truncated" in items[0].message
    assert isinstance(items[1], Article) and items[1].text == REPORT
    assert isinstance(items[-1], IngestError) and "gzip" in items[-1].message
    assert all(isinstance(i, Article) for i in items[2:-1]) and len(items) > 100


def test_missing_path_is_an_error(tmp_path):
    [err] = read(tmp_path / "nope.txt")
    assert isinstance(err, IngestError) and "no such file" in err.message
