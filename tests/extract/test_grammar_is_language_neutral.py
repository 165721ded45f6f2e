"""The claim grammar holds no words of a language: every word it looks for comes from the pack.

The grammar modules may name the project's relations, part-of-speech tags, morphology features
and the keys of a pack's files, nothing else; a word list or an [A-Z] pattern written into
them fails here (the next languages add a pack, not code)."""
import ast
import json
import re
from pathlib import Path

import pytest

from english import english
from tollwatch.extract.claims.parsed import mask_asides, mask_dateline, normalise_case
from tollwatch.extract.packs import RELATIONS

CLAIMS = Path(__file__).resolve().parents[2] / "tollwatch" / "extract" / "claims"
GRAMMAR_MODULES = ["grammar.py", "relations.py", "nouns.py", "counting.py", "tolls.py", "reader.py", "parsed.py",
                   "draft.py"]
PACK = Path(__file__).resolve().parents[2] / "tollwatch" / "extract" / "lexicons" / "en"

UNIVERSAL = {
    # Universal POS tags and morphology (spaCy gives them for every language)
    "NOUN", "PROPN", "NUM", "VERB", "AUX", "ADJ", "PRON", "DET", "CCONJ", "PUNCT", "ADP", "ADV", "PART", "X", "Number", "Plur", "Sing", "Gender", "Neut", "VerbForm", "Part", "Ger", "Tense", "Pres", "Past", "Inf", "Imp", "Fin", "Case", "Nom", "Ins", "Gen", "Dat", "Degree", "Sup", "Animacy", "Inan", "Definite", "Ind", "Def", "AdpType", "Preppron", "Reflex", "Poss", "Yes", "Voice", "Pass", "Variant", "Short", "Person", "NumType", "Ord", "PronType", "Dem", "Rel", "Int",
    # Penn tags the English model adds; a pack for another parser simply never matches them
    "VBN", "VBD", "VBG", "VBP", "NN", "NNP", "NNS", "NNPS",
    # the labels of Draft.shape / Draft.joined and the contract's categories
    "number", "bare", "singular", "plural", "referring", "named", "including", "member", "breakdown",
    "killed", "injured", "kidnapped", "detained", "missing", "displaced", "state", "other",
}


def _strings(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                  if isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef)) and n.body
                  and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    return {n.value for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings}


@pytest.mark.parametrize("module", GRAMMAR_MODULES)
def test_grammar_module_names_no_words(module):
    keys = {k for f in PACK.glob("*.json") for k in json.loads(f.read_text("utf-8"))}
    allowed = UNIVERSAL | keys | RELATIONS
    words = {s for s in _strings(CLAIMS / module) if re.fullmatch(r"[A-Za-z][A-Za-z_]*", s)}
    assert words <= allowed, sorted(words - allowed)
    patterns = [s for s in _strings(CLAIMS / module) if "A-Z" in s]
    assert patterns == []


def test_the_pack_preprocesses_without_moving_offsets():
    pack = english()
    for text in ("KANO, Nigeria, May 2, 2021 - Two policemen were shot dead at a checkpoint.",
                 "THE BODIES OF THREE OF THE SEVEN STUDENTS WERE FOUND TODAY.",
                 "Six monks (four Italians and two Kenyans) and three cooks were shot dead."):
        shown = normalise_case(mask_asides(mask_dateline(text, pack), pack), pack)
        assert len(shown) == len(text)
    assert normalise_case("THE MURDERS OF JAIME ROJAS", pack) == "The murders of Jaime Rojas"
    assert mask_dateline("KANO, Nigeria, May 2, 2021 - Two policemen", pack).lstrip() == "Two policemen"
