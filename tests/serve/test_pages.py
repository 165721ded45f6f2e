"""The analyst's pages outside the happy path: HTML errors, untitled reports, offline API docs."""
from __future__ import annotations

import re
from pathlib import Path

from tollwatch.models import Article, Reading

import tollwatch.serve as serve_pkg


def test_an_unknown_page_is_an_html_404(client):
    resp = client.get("/no/such/page")
    assert resp.status_code == 404
    assert resp.headers["content-type"].startswith("text/html")
    assert "Nothing here" in resp.text and "/no/such/page" in resp.text
    assert re.search(r'<a href="[^"]*/">All conflicts</a>', resp.text)


def test_an_unknown_conflict_page_is_an_html_404_naming_it(client):
    resp = client.get("/conflicts/atlantis-1999-01")
    assert resp.status_code == 404
    assert resp.headers["content-type"].startswith("text/html")
    assert "atlantis-1999-01" in resp.text


def test_api_paths_keep_the_json_error(client):
    resp = client.get("/api/v1/no-such-thing")
    assert resp.status_code == 404
    assert resp.json()["error"]["code"] == "not_found"


def test_a_bad_as_of_on_a_page_is_an_html_422(client):
    cid = client.get("/api/v1/conflicts").json()["items"][0]["conflict"]["id"]
    resp = client.get(f"/conflicts/{cid}?as_of=last-tuesday")
    assert resp.status_code == 422
    assert resp.headers["content-type"].startswith("text/html")
    assert "as_of" in resp.text


def test_untitled_reports_are_listed_by_their_first_words(client, loaded_store):
    text = ("Shelling overnight hit the outskirts of Vorukh and left two shepherds dead, "
            "local elders told reporters on Sunday morning.")
    loaded_store.save(Reading(Article(id="untitled-1", text=text), (), ()))
    client.app.state.views.invalidate()
    home = client.get("/").text
    assert "Shelling overnight hit the outskirts of Vorukh and left two shepherds dead, …" in home
    assert ">untitled-1<" not in home
    page = client.get("/articles/untitled-1").text
    assert "<title>Shelling overnight hit" in page


def test_api_docs_load_swagger_ui_from_the_package(client):
    page = client.get("/api/v1/docs")
    assert page.status_code == 200
    assets = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert assets, page.text
    assert all(a.startswith("/") and not a.startswith("//") for a in assets), assets
    for asset in assets:
        got = client.get(asset)
        assert got.status_code == 200, asset
        assert len(got.content) > 500, asset
    assert "cdn" not in page.text.lower()


def test_the_vendored_swagger_ui_carries_its_licence():
    folder = next((Path(serve_pkg.__file__).parent / "static" / "vendor").glob("swagger-ui-*"))
    licence = (folder / "LICENSE").read_text()
    assert "Apache License" in licence and "Version 2.0" in licence
    assert (folder / "NOTICE").exists()


def test_a_figure_read_from_the_headline_is_shown_under_it(client, loaded_store):
    from tollwatch.models import Claim, Span
    title = "Gunmen kill a schoolteacher near Vorukh"
    text = "The killing frightened the whole valley, elders said; the school stayed shut all week."
    claim = Claim(id="c1", category="killed", low=1, high=1, text="a schoolteacher",
                  evidence=Span(0, 0, title), rules="hand")
    loaded_store.save(Reading(Article(id="headline-1", text=text, title=title), (claim,), ()))
    client.app.state.views.invalidate()
    page = client.get("/articles/headline-1").text
    shown = re.search(r'<p class="meta" id="headline-figures">(.*?)</p>', page, re.S)
    assert shown and "“a schoolteacher”" in shown.group(1) and 'id="claim-c1"' in shown.group(1)
    assert "<mark" not in page.split('id="article-text"', 1)[1].split("</article>", 1)[0]
