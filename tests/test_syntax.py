"""The syntax layer: dependency-label sets per annotation scheme are data, and no rule spells a label."""
from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest
import spacy

from claims import syntax
from claims.parse import load_pipeline
from claims.syntax import UnknownScheme, available_schemes, deps_of, load_scheme, register, scheme_for_labels

PACKAGE = Path(__file__).resolve().parents[1] / "claims"
CLEARNLP = ["ROOT", "nsubj", "nsubjpass", "dobj", "pobj", "prep", "auxpass", "agent", "relcl", "poss", "prt"]


def _code_files():
    return sorted(p for p in PACKAGE.rglob("*.py") if "models" not in p.parts)


def test_every_set_name_used_in_code_exists_in_every_scheme():
    used = set()
    for path in _code_files():
        used |= set(re.findall(r"deps(?:_of\([^()]*\))?\.(\w+)", path.read_text(encoding="utf-8")))
    used -= {"name", "labels"}
    assert used, "the scan found no use of the label sets"
    for name in available_schemes():
        scheme = load_scheme(name)
        missing = sorted(key for key in used if not hasattr(scheme, key))
        assert not missing, f"scheme {name} lacks the sets {missing}"


def test_no_dependency_label_is_compared_in_code():
    """A comparison of a token's ``dep_`` with a string, or a prefix test on it, is a label written in code."""
    offenders = []
    for path in _code_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Compare) and "dep" in ast.unparse(node.left).split(".")[-1]:
                for comp in node.comparators:
                    if isinstance(comp, ast.Constant) and isinstance(comp.value, str) or isinstance(
                            comp, (ast.Tuple, ast.List, ast.Set)) and any(isinstance(e, ast.Constant) for e in comp.elts):
                        offenders.append(f"{path.name}:{node.lineno}")
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr in ("startswith", "endswith") and "dep" in ast.unparse(node.func.value):
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []


def test_sets_expand_macros_and_stay_inside_the_scheme():
    ud = load_scheme("ud")
    assert ud.objects == ud.object | ud.indirect_object
    assert ud.name_phrase_part == ud.noun_phrase_part | ud.case_marker
    for name in available_schemes():
        scheme = load_scheme(name)
        for key, value in vars(scheme).items():
            if key not in ("name", "labels"):
                assert value <= scheme.labels, (name, key)
    with pytest.raises(AttributeError):
        ud.no_such_relation  # noqa: B018 - a misspelt set name fails loudly


def test_a_set_that_refers_to_itself_is_refused():
    with pytest.raises(ValueError, match="refers to itself"):
        syntax._expand({"a": ["@b"], "b": ["@a"]}, "a")


def test_scheme_files_are_well_formed():
    for name in available_schemes():
        raw = json.loads((PACKAGE / "lang" / "schemes" / f"{name}.json").read_text(encoding="utf-8"))
        assert set(raw) >= {"labels", "sets", "description"}
        assert len(raw["labels"]) == len(set(raw["labels"]))


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_bundled_pipelines_are_universal_dependencies(lang):
    nlp = load_pipeline(lang)
    assert scheme_for_labels(syntax.parser_labels(nlp)) == "ud"
    assert deps_of(nlp("Ze zei het.")).name == "ud"


def test_a_pipeline_of_another_scheme_is_refused(tmp_path):
    assert scheme_for_labels(CLEARNLP) is None
    nlp = spacy.blank("en")
    parser = nlp.add_pipe("parser")
    for label in CLEARNLP[1:]:
        parser.add_label(label)
    with pytest.raises(UnknownScheme, match="dobj"):
        register(nlp, "clearnlp-test")
    nlp.initialize()
    nlp.to_disk(tmp_path / "clear")
    with pytest.raises(UnknownScheme):
        load_pipeline("en", str(tmp_path / "clear"))


def test_a_text_from_an_unknown_pipeline_has_no_scheme():
    doc = spacy.blank("en")("He said so.")
    with pytest.raises(UnknownScheme, match="load_pipeline"):
        deps_of(doc)
