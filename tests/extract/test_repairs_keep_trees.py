"""Each parse repair leaves a tree: no word hung below itself.

A repair that makes a cycle of heads does more than spoil one sentence: spaCy's head setter walks
the heads, and in round 51 a cycle ("à N'Djamena", the name hung on its own elision) crashed a later
test at garbage collection. Here every repair that parse_cue_sentences runs is checked after it ran,
on the sentences of the last rounds' tables (and a few of our own with names the repairs rehang).
"""
import importlib
import inspect

from tollwatch.extract.casualties import sentences_of
from tollwatch.extract.claims import parsed
from tollwatch.models import Article

ROUNDS = ("test_round14", "test_round49", "test_round50", "test_round51")
OWN = [  # names with an elision, lists rehung on a reporting verb, bodies and their owners
    ("fr", "Trois personnes ont été blessées à N'Djamena et deux autres à Fada N'Gourma, selon la police."),
    ("fr", "Les corps d'un berger et de son fils ont été retrouvés près de N'Guigmi, a annoncé l'armée."),
    ("en", "A local official told AFP a teacher and his wife were shot dead near N'Djamena."),
    ("es", "Los cuerpos de un concejal y su escolta fueron hallados, informó la Policía."),
]


def _texts():
    out = list(OWN)
    for name in ROUNDS:
        module = importlib.import_module(f"tests.extract.{name}")
        for table in vars(module).values():
            if isinstance(table, list):
                out += [(row[0], text) for row in table  # (each text of a row: a line, a headline, a report)
                        if isinstance(row, tuple) and len(row) >= 2 and row[0] in ("en", "fr", "es", "ru", "uk")
                        for text in row[1:] if isinstance(text, str) and " " in text]
    return out




def test_every_repair_leaves_a_tree(reader, monkeypatch):
    def checked(name, repair):
        def run(doc, pack):
            moved = repair(doc, pack)
            # (stop at once: the next repair's head setter may crash on the cycle)
            assert not parsed.cyclic(doc), f"{name} left a cycle of heads in: {doc.text}"
            return moved
        return run

    names = [repair.__name__ for repair in parsed.REPAIRS]  # the list parse_cue_sentences runs
    assert len(names) > 100 and "elisions_in_names" in names
    monkeypatch.setattr(parsed, "REPAIRS", tuple(checked(r.__name__, r) for r in parsed.REPAIRS))
    texts = _texts()
    assert len(texts) > 400
    for language, text in texts:
        pack = reader.pack(language)
        parsed.parse_cue_sentences(sentences_of(text, pack), pack)


def test_an_elided_name_stays_a_name(reader):
    """"N'Gourma": neither a negation (the dead were counted) nor a second victim."""
    r = reader.read(Article.from_text("Deux gendarmes ont trouvé la mort près de Fada N'Gourma.", language="fr"))
    assert r.toll.killed.best == 2


def test_every_head_set_by_a_repair_drops_the_children_read():
    """The repairs read each word's children from a table kept per tree (parsed._children); a repair
    that sets a head must drop it at once (parsed._stale), or the repairs after it read the tree as
    it was. Every assignment to a `.head` in parsed.py is followed by that call."""
    import ast
    tree = ast.parse(inspect.getsource(parsed))

    def heads(target):
        if isinstance(target, ast.Attribute) and target.attr == "head":
            yield target
        for element in getattr(target, "elts", ()):
            yield from heads(element)

    missing = []
    for node in ast.walk(tree):
        for body in (getattr(node, field, None) for field in ("body", "orelse", "finalbody")):
            if not isinstance(body, list):
                continue
            for i, statement in enumerate(body):
                if isinstance(statement, ast.Assign) and any(h for t in statement.targets for h in heads(t)):
                    after = body[i + 1] if i + 1 < len(body) else None
                    call = getattr(after, "value", None)
                    if not (isinstance(call, ast.Call) and getattr(call.func, "id", None) == "_stale"):
                        missing.append(statement.lineno)
    assert not missing, f"head set without parsed._stale right after, lines {missing}"
    assert sum(isinstance(n, ast.Call) and getattr(n.func, "id", None) == "_stale" for n in ast.walk(tree)) > 200
