"""claims extract through typer's CliRunner and on real files; the schema shipped in the package."""
import json
from pathlib import Path

from typer.testing import CliRunner

from claims.cli import app
from claims.schema import validate_document

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "fixtures" / "articles").glob("*.txt"))


def test_packaged_schema_is_the_published_one():
    """One file: the package's schemas/ folder is the source of truth, the top-level schemas/ a link to it (the
    path users and the documentation name keeps working)."""
    assert (ROOT / "schemas").is_symlink()
    assert (ROOT / "schemas").resolve() == (ROOT / "claims" / "schemas").resolve()
    assert (ROOT / "schemas" / "claims.schema.json").samefile(ROOT / "claims" / "schemas" / "claims.schema.json")


def test_extract_one_file_prints_one_valid_document():
    result = CliRunner().invoke(app, ["extract", str(EXAMPLES[0]), "--validate"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert validate_document(doc) == []
    assert doc["document"]["path"] == str(EXAMPLES[0])
    text = EXAMPLES[0].read_text(encoding="utf-8")
    assert all(text[c["start"]:c["end"]] == c["text"] for c in doc["claims"])


def test_extract_stdin_and_language_detection():
    text = "De burgemeester zegt dat de brug maandag weer opengaat."
    result = CliRunner().invoke(app, ["extract", "-"], input=text)
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["document"]["path"] is None and doc["document"]["language"] == "nl"
    assert doc["claims"][0]["text"] == "de brug maandag weer opengaat"


def test_extract_jsonl_to_folder_and_bad_file(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x8d\x81 not utf-8 \x00")
    out = tmp_path / "out"
    out.mkdir()
    result = CliRunner().invoke(app, ["extract", str(EXAMPLES[0]), str(bad), str(EXAMPLES[1]), "-o", str(out)])
    assert result.exit_code == 2
    assert "bad.txt" in result.output
    written = sorted(p.name for p in out.rglob("*") if p.is_file())  # (mirrored below the inputs' common folder)
    assert written == sorted(f"{p.stem}.json" for p in EXAMPLES[:2])
    result = CliRunner().invoke(app, ["extract", str(EXAMPLES[0]), str(EXAMPLES[1]), "--format", "jsonl"])
    lines = result.output.strip().splitlines()
    assert result.exit_code == 0 and len(lines) == 2
    assert all(validate_document(json.loads(line)) == [] for line in lines)


def test_unknown_language_is_a_clear_error():
    result = CliRunner().invoke(app, ["extract", str(EXAMPLES[0]), "--lang", "xx"])
    assert result.exit_code == 2
    assert "xx" in result.output and "Traceback" not in result.output


def test_every_claim_and_every_piece_of_evidence_names_its_rule():
    import claims

    doc = claims.extract("De brug blijft dicht, zegt de gemeente. Een woordvoerder van Rijkswaterstaat bevestigt "
                         "dat de brug dicht blijft. Volgens ingewijden zou de reparatie maanden duren.")
    assert doc["claims"]
    for c in doc["claims"]:
        assert c["rule"].startswith("attribution:")
        assert c["evidence"] and all(e["rule"].startswith("status:") for e in c["evidence"])
    assert "attribution:trailing" in {c["rule"] for c in doc["claims"]}
