import csv
import io
import json
from dataclasses import replace
from datetime import date

from click.testing import CliRunner

from tollwatch.cli import main
from tollwatch.contract import validate
from tollwatch.export import export_readings
from tollwatch.models import (Actor, Article, Claim, Event, EventDate, Place, Reading, Source, Span,
                              Victims)

ACLED_COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                 "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
                 "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
                 "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
                 "notes", "fatalities", "tags", "timestamp",
                 # tollwatch's own, after ACLED's
                 "conflict", "fatalities_basis", "fatalities_stated", "fatalities_apportioned",
                 "first_reported", "articles", "claims"]
UCDP_COLUMNS = ["date_start", "date_end", "where_prec", "date_prec", "type_of_violence", "side_a",
                "side_b", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "low",
                "high", "country", "source_article", "source_original",
                "conflict", "event_id", "fatalities_basis", "deaths_by_side"]


def _claim(cid, low, high, scope, side=None, group="soldiers", part_of=None, historical=False):
    return Claim(id=cid, category="killed", low=low, high=high, text=str(low),
                 evidence=Span(0, 10, "text"), rules="casualties.v1", scope=scope, part_of=part_of,
                 victims=Victims(group=group, side=side), historical=historical,
                 reported_by=Source(name="the health ministry", kind="government", side="KG"))


def reading():
    text = "Border guards of Kyrgyzstan and Tajikistan clashed near Batken on Friday."
    claims = (_claim("c1", 10, None, "total"), _claim("c2", 6, 6, "side", side="KG"),
              _claim("c3", 3, 3, "side", side="TJ"), _claim("c4", 2, 2, "incident", side="TJ", part_of="c3"),
              _claim("c5", 50, 50, "total", historical=True))
    ev = Event(id="e1", event_type="Battles", sub_event_type="Armed clash",
               evidence=Span(0, len(text), text),
               date=EventDate(date(2022, 9, 16), date(2022, 9, 16), "day"),
               actors=(Actor("Military Forces of Kyrgyzstan", "KG", "actor1", 1),
                       Actor("Military Forces of Tajikistan", "TJ", "actor2", 1)),
               location=Place("Batken", "KG", "Batken", 40.06, 70.82, 1),
               claims=("c1", "c2", "c3", "c4", "c5"))
    return Reading(article=Article(id="art1", text=text, published=date(2022, 9, 18), title="Clash"),
                   claims=claims, events=(ev,))


def test_acled_csv_columns_and_values():
    rows = list(csv.DictReader(io.StringIO(export_readings([reading()], "acled-csv"))))
    assert len(rows) == 1
    assert list(rows[0].keys()) == ACLED_COLUMNS
    r = rows[0]
    # conservative: max(total 10, sides 6 + 3) = 10; historical 50 never counts
    assert r["fatalities"] == "10"
    assert (r["event_date"], r["year"], r["time_precision"]) == ("2022-09-16", "2022", "1")
    assert (r["iso"], r["country"], r["admin1"], r["geo_precision"]) == ("417", "Kyrgyzstan", "Batken", "1")
    assert (r["inter1"], r["inter2"], r["interaction"]) == ("1", "1", "11")
    assert r["disorder_type"] == "Political violence" and r["event_id_cnty"].startswith("KGZ")


def test_ucdp_csv_best_is_the_sum_of_deaths():
    rows = list(csv.DictReader(io.StringIO(export_readings([reading()], "ucdp-csv"))))
    assert list(rows[0].keys()) == UCDP_COLUMNS
    r = rows[0]
    # the sides' 6 and 3, and the 1 of the stated total (10) that no side's figure holds
    assert (r["side_a"], r["side_b"], r["type_of_violence"]) == (
        "Government of Kyrgyzstan", "Government of Tajikistan", "1")
    assert (r["deaths_a"], r["deaths_b"], r["deaths_civilians"], r["deaths_unknown"]) == ("6", "3", "0", "1")
    assert r["best"] == "10" and int(r["low"]) <= 10 and r["high"] == ""   # "at least 10": open
    assert (r["where_prec"], r["date_prec"]) == ("1", "1")
    assert r["deaths_by_side"] == "KG=6; TJ=3; unknown=1"


def test_geojson_feature_collection():
    fc = json.loads(export_readings([reading()], "geojson"))
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 1
    f = fc["features"][0]
    assert f["geometry"] == {"type": "Point", "coordinates": [70.82, 40.06]}  # lon, lat
    props = f["properties"]
    assert props["event"]["sub_event_type"] == "Armed clash" and props["killed"]["best"] == 10
    assert props["fatalities_basis"] == "apportioned"   # the sides' figures, no incident's own


def test_articles_jsonl_lines_follow_the_contract():
    lines = export_readings([reading(), replace(reading(), article=replace(
        reading().article, id="art2", text="Another report."))], "articles-jsonl").splitlines()
    assert len(lines) == 2
    for line in lines:
        obj = json.loads(line)
        validate(obj, "article")
        assert obj["events"][0]["location"]["admin1"] == "Batken"


def test_export_command_reads_the_store(tmp_path):
    from tollwatch.store import open_store
    url = f"sqlite:///{tmp_path / 'tw.db'}"
    with open_store(url) as store:
        store.save(reading())
    out = tmp_path / "out.csv"
    res = CliRunner().invoke(main, ["export", "--format", "acled-csv", "--db", url, "-o", str(out)])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["fatalities"] for r in rows] == ["10"]
    res = CliRunner().invoke(main, ["export", "--format", "articles-jsonl", "--db", url, "--since", "2023-01-01"])
    assert res.exit_code == 0 and res.output == ""


def test_acled_region_admin2_and_source_scale():
    r = list(csv.DictReader(io.StringIO(export_readings([reading()], "acled-csv"))))[0]
    # Batken is a region-level place, not a district; the health ministry is a national source
    assert (r["region"], r["admin2"], r["source_scale"]) == ("Caucasus and Central Asia", "", "National")

    base = reading()
    ev = base.events[0]
    district = Place("Sangin", "AF", "Helmand", 32.07, 64.83, 2)
    art = Article(id="art2", text=base.article.text, published=date(2011, 3, 2), outlet="AFP")
    other = Reading(article=art, claims=base.claims, events=(Event(
        id="e1", event_type=ev.event_type, sub_event_type=ev.sub_event_type, evidence=ev.evidence,
        date=ev.date, actors=ev.actors, location=district, claims=ev.claims),))
    r = list(csv.DictReader(io.StringIO(export_readings([other], "acled-csv"))))[0]
    assert (r["region"], r["admin1"], r["admin2"]) == ("South Asia", "Helmand", "Sangin")
    assert r["source_scale"] == "National-International"  # a ministry, and a wire agency
