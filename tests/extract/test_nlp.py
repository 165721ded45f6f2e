"""The English language pack loads its parser from installed packages, offline, and stamps
claims with a hash of its words and the grammar."""
import json
from pathlib import Path

import pytest

from tollwatch.errors import ConfigError
from tollwatch.extract import packs
from tollwatch.extract.packs import load_pack, rules_stamp


def test_english_pack_loads_offline_and_parses(network_off):
    pack = load_pack("en")
    assert "parser" in pack.parser.pipe_names and "ner" not in pack.parser.pipe_names
    doc = next(pack.parser.pipe(["Two soldiers were killed in Batken on Friday."]))
    assert [pack.relation(t) for t in doc if t.text == "soldiers"] == ["subjpass"]
    assert load_pack("en") is not pack  # built by the caller, never a hidden global


def test_rule_stamp_changes_with_the_words(tmp_path, monkeypatch):
    before = rules_stamp("en")
    assert before.startswith("casualties.v2-en-") and before == rules_stamp("en")
    folder = tmp_path / "en"
    folder.mkdir()
    src = packs._pack_dir("en")
    for name in ("grammar.v1.json",):
        data = json.loads(src.joinpath(name).read_text("utf-8"))
        data["transitive"]["gun"] = "injured"
        (folder / name).write_text(json.dumps(data), "utf-8")
    monkeypatch.setattr(packs, "_pack_dir", lambda lang: folder)
    assert rules_stamp("en") != before


def test_unknown_language_is_a_clear_config_error():
    with pytest.raises(ConfigError, match="no language pack"):
        load_pack("xx")


def test_rule_stamp_changes_with_the_parse_repairs(tmp_path, monkeypatch):
    """A repair of the parser's trees (parsers/) changes what the grammar reads: the stamp too."""
    import shutil
    code = Path(packs.__file__).parent
    for name in packs._GRAMMAR_MODULES:
        copy = shutil.copytree if (code / name).is_dir() else shutil.copy
        copy(code / name, tmp_path / name)
    monkeypatch.setattr(packs, "__file__", str(tmp_path / "packs.py"))
    before = rules_stamp("en")
    repairs = tmp_path / "parsers" / "ud_numbers.py"
    repairs.write_text(repairs.read_text("utf-8") + "\n# a changed repair\n", "utf-8")
    assert rules_stamp("en") != before
    stamp = rules_stamp("en")
    for name in ("casualties.py", "attribution.py", "headline.py"):  # the stages around the grammar too
        module = tmp_path / name
        module.write_text(module.read_text("utf-8") + "\n# a changed rule\n", "utf-8")
        assert rules_stamp("en") != stamp, name
        stamp = rules_stamp("en")
