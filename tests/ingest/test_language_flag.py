"""`--language` on `tollwatch ingest` and `tollwatch batch`, and "language" in the write API:
the declared language is every article's (stored, in the output), over what a source declares
and over detection."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from tollwatch.cli import main
from tollwatch.ingest import iter_articles
from tollwatch.settings import Settings
from tollwatch.store import open_store

RUSSIAN = "Вчера в Баткене погибли два пограничника, сообщили в пресс-службе.\n"


def stored_languages(db: str) -> dict[str, str]:
    result = CliRunner().invoke(main, ["export", "--format", "articles-jsonl", "--db", db])
    assert result.exit_code == 0, result.output
    return {json.loads(ln)["title"] or json.loads(ln)["id"]: json.loads(ln)["language"]
            for ln in result.stdout.splitlines() if ln.strip()}


def test_ingest_language_is_stored_over_detection(tmp_path):
    (tmp_path / "ru.txt").write_text(RUSSIAN, encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'a.db'}"
    # Russian text declared Ukrainian: the declaration wins over what detection would say
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "ru.txt"), "--db", db,
                                       "--language", "uk-UA", "--quiet"])
    assert result.exit_code == 0, result.output
    assert list(stored_languages(db).values()) == ["uk"]


def test_ingest_language_is_over_the_source_declaration(tmp_path):
    line = {"id": "es-1", "title": "Ataque", "language": "es",
            "text": "Dos soldados murieron ayer en un ataque cerca de la frontera."}
    (tmp_path / "in.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'b.db'}"
    assert CliRunner().invoke(main, ["ingest", str(tmp_path / "in.jsonl"), "--db", db, "--quiet"]).exit_code == 0
    assert stored_languages(db) == {"Ataque": "es"}
    db2 = f"sqlite:///{tmp_path / 'c.db'}"
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "in.jsonl"), "--db", db2,
                                       "--language", "fr", "--quiet"])
    assert result.exit_code == 0
    assert stored_languages(db2) == {"Ataque": "fr"}


def test_an_unknown_language_is_a_usage_error(tmp_path):
    (tmp_path / "ru.txt").write_text(RUSSIAN, encoding="utf-8")
    for command in ("ingest", "batch"):
        result = CliRunner().invoke(main, [command, str(tmp_path / "ru.txt"), "--db",
                                           f"sqlite:///{tmp_path / 'x.db'}", "--language", "xx"])
        assert result.exit_code == 2 and "unknown language 'xx'" in result.output


def test_html_pages_take_the_declared_language_also_when_parsed_on_a_worker(tmp_path):
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    html = ("<html lang='en'><head><title>Frappe</title></head><body><article><p>Une frappe de "
            "drone a tué trois civils jeudi près de la frontière, selon la police locale, qui "
            "parle d'une attaque délibérée contre le village.</p></article></body></html>").encode()
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://news.example/f", "response",
                                                  payload=io.BytesIO(html), http_headers=http))
    crawl = tmp_path / "crawl.warc"
    crawl.write_bytes(buf.getvalue())
    settings = Settings()
    [plain] = list(iter_articles([crawl], settings=settings))
    [declared] = list(iter_articles([crawl], settings=settings, language="fr"))
    [deferred] = list(iter_articles([crawl], settings=settings, language="fr", defer_html=True))
    assert plain.language == "en" and declared.language == "fr"  # the page says en; the run says fr
    assert deferred.article().language == "fr"  # parsed later, on a batch worker


@pytest.fixture
def api(tmp_path):
    from fastapi.testclient import TestClient

    from tollwatch.serve.app import create_app

    url = f"sqlite:///{tmp_path / 'api.db'}"
    store = open_store(url)
    with TestClient(create_app(Settings(db=url, token="t0ken"), store=store)) as client:
        yield client
    store.close()


def test_the_write_api_takes_a_language(api):
    auth = {"Authorization": "Bearer t0ken"}
    resp = api.post("/api/v1/articles", headers=auth,
                    json={"text": RUSSIAN, "published": "2022-09-16", "language": "uk-UA"})
    assert resp.status_code in (200, 201), resp.text
    assert resp.json()["language"] == "uk"
    bad = api.post("/api/v1/articles", headers=auth, json={"text": RUSSIAN, "language": "xx"})
    assert bad.status_code == 422


def test_extract_language_reads_with_that_pack(tmp_path):
    # French text read as declared: the French pack's stamp, and the two killed it states
    (tmp_path / "fr.txt").write_text("Deux soldats ont été tués hier près de la frontière.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "fr.txt"), "--language", "fr"])
    assert result.exit_code == 0, result.output
    line = json.loads(result.stdout.splitlines()[0])
    assert line["language"] == "fr"
    assert line["toll"]["killed"]["best"] == 2
    assert all(c["rules"].startswith("casualties.v2-fr-") for c in line["claims"])


def test_declared_english_is_not_second_guessed(tmp_path):
    # a Russian text the run declares English is read with the English pack, as declared;
    # undeclared, the same text is detected as Russian
    (tmp_path / "ru.txt").write_text(RUSSIAN, encoding="utf-8")
    declared = CliRunner().invoke(main, ["extract", str(tmp_path / "ru.txt"), "--language", "en"])
    plain = CliRunner().invoke(main, ["extract", str(tmp_path / "ru.txt")])
    assert declared.exit_code == 0 and plain.exit_code == 0, declared.output + plain.output
    assert json.loads(declared.stdout.splitlines()[0])["language"] == "en"
    assert json.loads(plain.stdout.splitlines()[0])["language"] == "ru"
