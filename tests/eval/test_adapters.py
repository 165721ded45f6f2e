"""Each adapter reads its format into (text, gold) right; rows are invented, in our own words."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tollwatch.errors import IngestError
from tollwatch.evaluate.adapters import (datasets, html_text, read_case, read_hrds, read_isaf,
                                         read_muc, read_ucdp, read_wiki, sniff)
from tollwatch.evaluate.scoring import region_normaliser


def _jsonl(tmp_path: Path, name: str, rows: list[dict]) -> Path:
    path = tmp_path / name
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


ISAF = {"id": "x-1", "text": "Troops detained four men in Zabul on Monday.",
        "gold": {"min_killed": 0, "min_captured": 4, "start_date": "2012-03-05",
                 "province": ["zabul"], "event_type": ["detention"]}}
WIKI = {"id": "w-7", "text": "A car bomb near a market killed 9 and wounded 30.",
        "gold": {"dead": 9, "injured": 30, "country": "Nowhere"}}


def _muc_template(optional: bool, killed, kind: str, where: str) -> dict:
    return {"template": "1", "optional": optional, "type": kind, "location": where,
            "derived_killed": killed, "derived_injured": 0}


def test_isaf_gold_fields(tmp_path):
    case, = read_isaf(_jsonl(tmp_path, "a.jsonl", [ISAF]))
    assert case.doc_id == "x-1" and case.text.startswith("Troops")
    assert case.gold == {"killed": 0, "detained": 4, "date": "2012-03-05", "province": {"zabul"}}


def test_wiki_gold_fields(tmp_path):
    case, = read_wiki(_jsonl(tmp_path, "b.jsonl", [WIKI]))
    assert case.gold == {"killed": 9, "injured": 30}


def test_muc_sums_non_optional_templates_and_drops_docs_with_a_null(tmp_path):
    rows = [
        {"id": "m1", "text": "TEXT ONE", "text_mixed_case": None, "templates": [
            _muc_template(False, 3, "BOMBING", "COLOMBIA: MEDELLIN (CITY)"),
            _muc_template(False, 2, "ATTACK", "COLOMBIA: CALI (CITY)"),
            _muc_template(True, 40, "ATTACK", "PERU: LIMA (CITY)")]},
        {"id": "m2", "text": "TEXT TWO", "templates": [
            _muc_template(False, None, "KIDNAPPING", "(EL SALVADOR: SAN MIGUEL (DEPARTMENT))")]},
        {"id": "m3", "text": "TEXT THREE", "templates": []},
    ]
    one, two, three = read_muc(_jsonl(tmp_path, "c.jsonl", rows))
    assert one.gold["killed"] == 5                      # the optional template's 40 is left out
    assert one.gold["country"] == {"CO"}
    assert "Remote explosive/landmine/IED" in one.gold["incident_type"]
    assert "Attack" in one.gold["incident_type"]
    assert two.gold["killed"] is None                   # a null count: the document is not scored
    assert two.gold["incident_type"] == {"Abduction/forced disappearance"}
    assert two.gold["country"] == {"SV"}
    assert three.gold == {"killed": 0, "incident_type": None, "country": None, "region": None}


def test_case_labels_map_to_acled_and_unmapped_ones_are_not_scored(tmp_path):
    rows = [{"id": "k1", "text": "Jets struck a depot.", "gold": {"sub_type": "AIR_STRIKE"}},
            {"id": "k2", "text": "Floods hit the valley.", "gold": {"sub_type": "NATURAL_DISASTER"}},
            {"id": "k3", "text": "Police held two men.", "gold": {"sub_type": "ARREST"}}]
    cases = list(read_case(_jsonl(tmp_path, "d.jsonl", rows)))
    assert [c.gold["sub_event_type"] for c in cases] == ["Air/drone strike", None, "Arrests"]


def test_ucdp_sources_split_and_null_text_kept_unscorable(tmp_path):
    rows = [{"id": "u1", "text": "Six soldiers die in ambush: army", "gold": {"source_original": "Army; Reuters, AFP"}},
            {"id": "u2", "text": None, "gold": {"source_original": "SOHR"}},
            {"id": "u3", "text": "Clashes in the north", "gold": {"source_original": None}}]
    rows[0]["gold"].update(deaths_a=6, deaths_b=0, deaths_civilians=0)
    rows[2]["gold"].update(deaths_a=1, deaths_b=0, deaths_civilians=2)
    a, b, c = read_ucdp(_jsonl(tmp_path, "e.jsonl", rows))
    assert a.gold["victims"] == "combatants" and c.gold["victims"] is None  # mixed: not scored
    assert a.gold["source"] == {"army", "reuters", "afp"}
    assert b.text is None
    assert c.gold["source"] is None


def test_hrds_reads_python_literal_gold_and_html(tmp_path):
    sample = {"Input.title": "Activist held", "Input.publish_date": "2021-04-02 10:00:00",
              "Input.article_interface": "<p>Police arrested an activist.</p><p>She was later freed.</p>",
              "HIT_id": "SECRETNAME"}
    rows = [{"sample": repr(sample), "annotations": "[]",
             "merged_sample": repr({"violation_types": ["arbitrary detention", "torture"]})},
            {"sample": sample, "annotations": [], "merged_sample": {"violation_types": ["unknown"]}}]
    path = tmp_path / "f.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    first, second = read_hrds(path)
    assert first.text == "Police arrested an activist.\n\nShe was later freed."
    assert first.gold == {"killed_present": 0, "detained_present": 1}
    assert first.title == "Activist held" and first.published == date(2021, 4, 2)
    assert "SECRETNAME" not in first.doc_id
    assert second.gold == {"killed_present": None, "detained_present": None}


def test_html_text_keeps_paragraphs_and_drops_tags():
    assert html_text("<p>One <b>bold</b> line</p><br>Two") == "One bold line\n\nTwo"
    assert html_text("   ") == ""


def test_sniff_tells_formats_by_content_not_name(tmp_path):
    assert sniff(_jsonl(tmp_path, "wiki_terror_dev.jsonl", [ISAF])) == "isaf"
    assert sniff(_jsonl(tmp_path, "anything.jsonl", [WIKI])) == "wiki_terror"
    assert sniff(_jsonl(tmp_path, "m.jsonl", [{"id": "m", "text": "X", "templates": []}])) == "muc4"
    arr = tmp_path / "arr.json"
    arr.write_text("[]", encoding="utf-8")
    assert sniff(arr) == "hrdsattack"
    with pytest.raises(IngestError):
        sniff(_jsonl(tmp_path, "plain.jsonl", [{"id": "p", "text": "no gold here"}]))


def test_region_names_compare_after_folding_and_alias_groups(tmp_path):
    aliases = tmp_path / "aliases.json"
    aliases.write_text(json.dumps({"regions": [["paktya", "paktia", "paktiyā"],
                                               ["sughd", "viloyati sughd", "sogd"]]}))
    norm = region_normaliser(aliases)
    assert norm("Paktiyā Province") == norm("paktya") == "paktya"
    assert norm("Sogd Region") == "sughd"
    assert norm("Helmand province") == norm("HELMAND") == "helmand"
    assert norm("Sar-e Pul") == "sarepul"
    assert norm("Kandahar") != norm("Helmand")
    assert norm(None) is None
    assert region_normaliser(None)("Paktia") == "paktia"   # no aliases file: folding only


def test_every_dataset_declares_fields_and_a_reader():
    table = datasets(None)
    assert set(table) == {"isaf", "wiki_terror", "muc4", "case2021", "ucdp", "hrdsattack", "wad",
                          "multilingual"}
    assert all(d.fields for d in table.values())


def test_muc_location_country_survives_the_keys_odd_punctuation():
    from tollwatch.evaluate.adapters import _muc_country
    assert _muc_country("? HONDURAS: TEGUCIGALPA (CITY)") == "HN"
    assert _muc_country("(PERU) / (PERU: LIMA (CITY)") == "PE"
    assert _muc_country("-") is None


def test_muc_region_is_the_department_the_key_names(tmp_path):
    from tollwatch.evaluate.adapters import _muc_regions
    assert _muc_regions("COLOMBIA: ANTIOQUIA (DEPARTMENT): MEDELLIN (CITY)") == {"ANTIOQUIA"}
    assert _muc_regions("PERU: JUNIN (DEPARTMENT): TARMA (PROVINCE)") == {"JUNIN"}
    assert _muc_regions("EL SALVADOR: SOYAPANGO (CITY)") == set()
    rows = [{"id": "m", "text": "T", "templates": [
        _muc_template(False, 0, "ATTACK", "EL SALVADOR: USULUTAN (DEPARTMENT): JIQUILISCO (TOWN)")]}]
    case, = read_muc(_jsonl(tmp_path, "r.jsonl", rows))
    assert case.gold["region"] == {"USULUTAN"}
    field = {f.name: f for f in datasets(None)["muc4"].fields}["region"]
    assert field.normalise("Usulután Department") == field.normalise("USULUTAN")


def test_every_scored_field_is_documented_in_eval_md():
    doc = (Path(__file__).resolve().parents[2] / "docs" / "EVAL.md").read_text(encoding="utf-8")
    scored = doc.split("## What is scored", 1)[1].split("## The gate", 1)[0]
    missing = [f"{name}.{f.name}" for name, d in datasets(None).items() for f in d.fields
               if f.name not in scored]
    assert not missing, f"scored fields without a line in docs/EVAL.md: {missing}"


def test_isaf_unknown_province_is_not_scored(tmp_path):
    rows = [dict(ISAF, gold=dict(ISAF["gold"], province=["??"])),
            dict(ISAF, gold=dict(ISAF["gold"], province=[""]))]
    assert [c.gold["province"] for c in read_isaf(_jsonl(tmp_path, "q.jsonl", rows))] == [None, None]
