"""The command line: a thin skin over ``claims.api``. Each command parses its arguments, calls one API
function and hands the result to a formatter."""
from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import List, Optional

import typer

from . import __version__

app = typer.Typer(
    name="claims",
    help="Find quoted and reported statements in news text, attribute them to their speakers, and say whether "
         "each is confirmed — with the evidence. Dutch and English.",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

LangOpt = typer.Option("auto", "--lang", "-l", help="Language code (nl, en) or 'auto' to detect it per document.")
ModelOpt = typer.Option(None, "--model", "-m", help="spaCy pipeline name or path to parse with (default: an "
                        "installed official pipeline for the language, else the bundled one).")


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write a file so that readers never see half of it: a temporary file in the same folder, then rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def error(message: str) -> None:
    typer.echo(f"claims: error: {message}", err=True)


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"claims {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: bool = typer.Option(False, "--version", callback=version_callback, is_eager=True,
                                      help="Show the version and exit.")) -> None:
    """claims: who said what in a news article, and is it confirmed?"""


@app.command()
def extract(
    files: List[str] = typer.Argument(..., help="Text files to read ('-' for standard input)."),
    lang: str = LangOpt,
    model: Optional[str] = ModelOpt,
    fmt: str = typer.Option("json", "--format", "-f", help="json (one document, or a JSON array for several "
                            "files) or jsonl (one document per line)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of standard output: "
                                          "a file, or a folder (one <id>.json per input) when it exists or ends in /."),
    validate: bool = typer.Option(False, "--validate", help="Validate every document against the JSON schema."),
    batch_size: int = typer.Option(16, "--batch-size", help="Documents parsed per batch."),
) -> None:
    """Extract statements, speakers and status from articles as JSON (schemas/claims.schema.json).

    Exit status: 0 when every file was processed, 2 when any file could not be read or processed (the others
    are still written)."""
    from .api import extract_many
    from .schema import validate_document

    if fmt not in ("json", "jsonl"):
        error(f"unknown format '{fmt}' (json, jsonl)")
        raise typer.Exit(2)
    to_dir = output is not None and (output.is_dir() or str(output).endswith(("/", os.sep)))
    failed = 0
    docs = []
    lines = []
    for result in extract_many(files, lang=None if lang == "auto" else lang, model=model, batch_size=batch_size):
        if result.error:
            failed += 1
            error(result.error)
            continue
        doc = result.document
        if validate:
            problems = validate_document(doc)
            if problems:
                failed += 1
                error(f"{doc['document']['path'] or doc['document']['id']}: schema: {problems[0]}")
                continue
        if to_dir:
            write_atomic(output / f"{doc['document']['id']}.json", json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
        elif fmt == "jsonl":
            line = json.dumps(doc, ensure_ascii=False)
            if output is None:
                typer.echo(line)
            else:
                lines.append(line)
        else:
            docs.append(doc)
    if not to_dir:
        if fmt == "json":
            payload = docs[0] if len(files) == 1 and len(docs) == 1 else docs
            text = json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
            if output is None:
                sys.stdout.write(text)
            else:
                write_atomic(output, text)
        elif output is not None:
            write_atomic(output, "".join(line + "\n" for line in lines))
    if failed:
        raise typer.Exit(2)


@app.command("eval")
def eval_cmd(
    gold_dir: Path = typer.Argument(..., help="Folder of gold JSON files (fixtures/gold; dev/ and test/ splits)."),
    threshold: float = typer.Option(0.5, "--threshold", help="Minimum Jaccard overlap of character spans for a "
                                    "predicted claim to match a gold statement."),
    fmt: str = typer.Option("text", "--format", "-f", help="text or json."),
    show_errors: bool = typer.Option(False, "--show-errors", help="List every miss, false statement, wrong "
                                     "speaker, wrong kind and wrong status."),
    min_f1: Optional[float] = typer.Option(None, "--min-f1", help="Exit 1 when any language's detection F1 "
                                           "(all splits) is below this."),
    split: Optional[str] = typer.Option(None, "--split", help="Only this split (dev or test)."),
    lang: Optional[str] = typer.Option(None, "--lang", "-l", help="Only articles in this language."),
    model: Optional[str] = ModelOpt,
) -> None:
    """Measure accuracy against gold annotations: detection P/R/F1, speaker, kind and status accuracy,
    per language and split."""
    from .api import evaluate
    from .evaluation import failing_languages, format_text

    if not gold_dir.exists():
        error(f"{gold_dir}: no such folder")
        raise typer.Exit(2)
    report = evaluate(gold_dir, threshold=threshold, lang=lang, model=model, split=split)
    if fmt == "json":
        if not show_errors:
            report = {k: v for k, v in report.items() if k != "errors"}
        typer.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        typer.echo(format_text(report, show_errors=show_errors))
    if min_f1 is not None:
        failing = failing_languages(report, min_f1)
        if failing:
            error(f"detection F1 below {min_f1} for: {', '.join(failing)}")
            raise typer.Exit(1)


if __name__ == "__main__":  # pragma: no cover
    app()
