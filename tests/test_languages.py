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
