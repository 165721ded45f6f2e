"""The View: the band comes from the reconciler (every report day, no sampling), and answers
rendered once per store state are renewed when the store changes.

(This file tested `sample_days`, which capped the band at 12 reconciled days; the reconciler's
one-pass band replaced it.)"""
from __future__ import annotations

from datetime import date, timedelta

from tollwatch.models import Article, Reading
from tollwatch.serve.view import View

from .conftest import TOKEN
from .readings import border_war, first_report


def test_the_band_has_every_report_day_from_the_reconciler():
    view = View.build(border_war())
    cid = view.toll(next(iter(set(view.conflict_of.values()))))["conflict"]["id"]
    band = view.band(cid, "killed")
    # figures by hand: KG 12 (17 Sept), TJ 20 open (19 Sept), KG 30 (20 Sept)
    assert [(p["date"], p["best"]) for p in band if p["side"] == "KG"] == [
        ("2022-09-17", 12), ("2022-09-19", 12), ("2022-09-20", 30)]
    assert [(p["date"], p["low"], p["high"]) for p in band if p["side"] == "TJ"] == [
        ("2022-09-19", 20, None), ("2022-09-20", 20, None)]
    assert [p["date"] for p in view.band(cid, "killed", date(2022, 9, 19))
            if p["side"] == "all"] == ["2022-09-17", "2022-09-19"]


def test_a_long_war_keeps_every_day_of_its_band():
    base = first_report()
    days = [date(2022, 9, 1) + timedelta(n) for n in range(30)]
    rs = [Reading(Article(id=f"r{n}", text=f"Day {n}. " + base.article.text, published=d),
                  base.claims, base.events) for n, d in enumerate(days)]
    view = View.build(rs)
    (cid,) = set(view.conflict_of.values())
    assert len({p["date"] for p in view.band(cid, "killed")}) == 30


def test_rendered_answers_are_renewed_when_the_store_changes(client):
    cid = client.get("/api/v1/conflicts").json()["items"][0]["conflict"]["id"]
    first = client.get(f"/api/v1/conflicts/{cid}")
    assert first.headers["content-type"] == "application/json"
    assert client.get(f"/api/v1/conflicts/{cid}").content == first.content
    posted = client.post("/api/v1/articles", headers={"Authorization": f"Bearer {TOKEN}"},
                         json={"id": "later", "published": "2022-09-21",
                               "text": "BISHKEK, 21 Sept. The Kyrgyz health ministry raised the "
                                       "toll to 41 Kyrgyz dead."})
    assert posted.status_code == 201, posted.text
    after = client.get(f"/api/v1/conflicts/{cid}").json()
    assert "later" in after["articles"]
    assert after["killed"]["by_side"]["KG"]["best"] == 41


def test_clients_that_accept_gzip_get_the_same_answer_compressed(client):
    cid = client.get("/api/v1/conflicts").json()["items"][0]["conflict"]["id"]
    plain = client.get(f"/api/v1/conflicts/{cid}", headers={"Accept-Encoding": "identity"})
    packed = client.get(f"/api/v1/conflicts/{cid}", headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in plain.headers
    assert packed.headers["content-encoding"] == "gzip"
    assert packed.json() == plain.json() and packed.json()["conflict"]["id"] == cid
    page = client.get(f"/conflicts/{cid}", headers={"Accept-Encoding": "gzip"})
    assert page.headers["content-encoding"] == "gzip" and "band-chart" in page.text
    assert client.get("/api/v1/conflicts/nowhere-2022-09").status_code == 404
