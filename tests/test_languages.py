"""The language data files: the same keys in every language, every key read by the code and documented."""
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANG = ROOT / "claims" / "lang"
FILES = sorted(p for p in LANG.glob("*.json") if p.name != "given_names.json")


def keys(path: Path) -> set[str]:
    return set(json.loads(path.read_text(encoding="utf-8")))


def test_every_language_has_the_same_keys():
    assert len(FILES) >= 2
    first = keys(FILES[0])
    for path in FILES[1:]:
        assert keys(path) == first, (path.name, keys(path) ^ first)


def test_every_key_is_read_by_the_code():
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "claims").rglob("*.py"))
    unread = {k for k in keys(FILES[0]) if k != "name" and f'"{k}"' not in source}
    assert not unread


def test_every_key_is_documented():
    doc = (ROOT / "docs" / "languages.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"`([a-z_]+)`", doc))
    assert keys(FILES[0]) <= documented, keys(FILES[0]) - documented


def test_no_key_stands_twice_in_a_language_file():
    """JSON keeps the last of two equal keys: the first list would be dropped without a word."""
    from claims.lang import _unique_keys
    for path in FILES:
        json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_unique_keys)


def test_a_language_file_with_a_key_twice_is_refused_by_name():
    import pytest
    from claims.lang import _unique_keys
    with pytest.raises(ValueError, match="'reporting_words'"):
        json.loads('{"a": 1, "reporting_words": ["x"], "b": {"c": 2}, "reporting_words": ["y"]}',
                   object_pairs_hook=_unique_keys)
    assert json.loads('{"a": {"a": 1}, "b": [{"a": 2}]}', object_pairs_hook=_unique_keys) == \
        {"a": {"a": 1}, "b": [{"a": 2}]}
