"""The command line: a thin skin over ``claims.api``. Each command parses its arguments, calls one API
function and hands the result to a formatter."""
from __future__ import annotations

import json
import os
import sys
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
InputFormatOpt = typer.Option(None, "--input-format", help="Read every input as text, markdown, html or docx "
                              "(default: by suffix: .md/.markdown, .html/.htm, .docx; anything else is text).")
EncodingOpt = typer.Option(None, "--encoding", help="Decode text inputs with this encoding (default: a byte-order "
                           "mark, else UTF-8, else Windows-1252/Latin-1 when the bytes read as such).")
StdinNameOpt = typer.Option(None, "--stdin-filename", help="Name for standard input ('-') in the output and in "
                            "findings; its suffix picks the format.")
JobsOpt = typer.Option(None, "--jobs", "-j", help="Worker processes, each loading the pipelines once "
                       "(default or 0: every core of the machine; never more than the files, unless one is long "
                       "enough to be processed in parts, which then use every worker). The output is the same, "
                       "byte for byte and in the same order, as with --jobs 1.")


def _positive(value: Optional[float]) -> Optional[float]:
    if value is not None and value <= 0:
        raise typer.BadParameter("must be a positive number of seconds")
    return value


BudgetOpt = typer.Option(None, "--time-budget", callback=_positive, help="Seconds one document may take (after "
                         "parsing, for an ordinary article); a document that takes longer is an error line naming the file and "
                         "the run goes on. Default: no limit.")


def write_output(path: Path, data: str | bytes) -> None:
    """Write a file atomically (``claims.output``); a failure is one error line and exit status 2."""
    from .output import OutputError, terminate_cleanly, write_file

    try:
        with terminate_cleanly():
            write_file(path, data)
    except OutputError as exc:
        error(str(exc))
        raise typer.Exit(2)


def error(message: str) -> None:
    typer.echo(f"claims: error: {message}", err=True)


def _input_options(input_format: Optional[str], encoding: Optional[str]) -> None:
    """A wrong --input-format or --encoding is one usage error (exit 2), not one error per file."""
    import codecs

    from .read import InputError, format_of

    try:
        format_of(None, input_format)
    except InputError as exc:
        error(str(exc))
        raise typer.Exit(2)
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            error(f"unknown encoding '{encoding}'")
            raise typer.Exit(2)


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
    files: List[str] = typer.Argument(..., help="Files to read: text, Markdown, HTML or Word (.docx) "
                                      "('-' for standard input)."),
    lang: str = LangOpt,
    model: Optional[str] = ModelOpt,
    fmt: str = typer.Option("json", "--format", "-f", help="json (one document, or a JSON array for several "
                            "files) or jsonl (one document per line)."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Write here instead of standard output: "
                                         "a file (written atomically, streamed), or a folder when it exists or "
                                         "ends in / (created if needed; one .json per input, mirroring the input "
                                         "paths below their common folder)."),
    validate: bool = typer.Option(False, "--validate", help="Check every document against the JSON schema and every "
                                  "span against the input (input[start:end] is the span's text, or its source_text "
                                  "where markup lies inside); a failing document is an "
                                  "error line and is not written. (The pipeline checks this before any output; "
                                  "the flag checks it again.)"),
    batch_size: int = typer.Option(16, "--batch-size", help="Documents parsed per batch."),
    input_format: Optional[str] = InputFormatOpt,
    encoding: Optional[str] = EncodingOpt,
    stdin_filename: Optional[str] = StdinNameOpt,
    jobs: Optional[int] = JobsOpt,
    time_budget: Optional[float] = BudgetOpt,
) -> None:
    """Extract statements, speakers and status from articles as JSON (schemas/claims.schema.json).

    Exit status: 0 when every file was processed; 2 when any file could not be read or processed (the other
    files are still processed and written), or when the output cannot be written
    (one error line; an existing output file is left as it was)."""
    from .api import extract_many
    from .output import DocumentSink, OutputError, terminate_cleanly
    from .schema import validate_document

    if fmt not in ("json", "jsonl"):
        error(f"unknown format '{fmt}' (json, jsonl)")
        raise typer.Exit(2)
    _input_options(input_format, encoding)
    _refuse_format_as_output(Path(output) if output is not None else None, ("json", "jsonl"))
    failed = 0
    try:
        with terminate_cleanly(), DocumentSink(output, fmt, files) as sink:
            for result in extract_many(files, lang=lang, model=model,
                                       batch_size=batch_size, input_format=input_format, encoding=encoding,
                                       stdin_filename=stdin_filename, jobs=jobs,
                                       time_budget=time_budget):
                if result.error:
                    failed += 1
                    error(result.error)
                    continue
                streamed = result.streamed is not None  # a long document, written part by part from disk
                doc = result.streamed if streamed else result.document
                if validate:
                    text = result.source.text if result.source is not None else None
                    problems = doc.problems(text) if streamed else validate_document(doc, text)
                    if problems:
                        failed += 1
                        meta = (doc.header if streamed else doc)["document"]
                        error(f"{meta['path'] or meta['id']}: schema: {problems[0]}")
                        continue
                sink.write(doc, result.source.path if result.source is not None else None)
    except OutputError as exc:
        error(f"{exc} (stopped)")
        raise typer.Exit(2)
    if failed:
        raise typer.Exit(2)


@app.command("eval")
def eval_cmd(
    gold_dir: Path = typer.Argument(..., help="Folder of gold JSON files: fixtures/realnews and fixtures/gold (dev/ "
                                    "and test/ splits), or ../shared/realnews."),
    threshold: float = typer.Option(0.5, "--threshold", help="Minimum Jaccard overlap of character spans for a "
                                    "predicted claim to match a gold statement."),
    fmt: str = typer.Option("text", "--format", "-f", help="text or json."),
    show_errors: bool = typer.Option(False, "--show-errors", help="List every miss, false statement, wrong "
                                     "speaker, wrong kind and wrong status."),
    by_rule: bool = typer.Option(False, "--by-rule", help="Per attribution rule and per status rule: how many "
                                 "statements it produced, how many matched a gold statement and how many were right "
                                 "(attribution: the speaker; status: the status)."),
    min_f1: Optional[float] = typer.Option(None, "--min-f1", help="Exit 1 when any language's detection F1 "
                                           "(all splits) is below this."),
    split: Optional[str] = typer.Option(None, "--split", help="Only this split (dev or test; 'all' for files in "
                                        "no split folder). A split with no article is an error."),
    lang: Optional[str] = typer.Option(None, "--lang", "-l", help="Only articles in this language. A language with "
                                       "no article is an error."),
    model: Optional[str] = ModelOpt,
    jobs: Optional[int] = JobsOpt,
) -> None:
    """Measure accuracy against gold annotations: detection P/R/F1, speaker, kind and status accuracy, precision
    and recall of confirmed, end-to-end F1, per language and split.

    Gold statements may nest (matching stays one-to-one). A gold file that breaks the format is one error line
    naming it; the other files are still scored and the exit status is 2. Exit 1 when --min-f1 fails."""
    from .api import evaluate
    from .evaluation import SelectionError, failing_languages, format_rules, format_text

    if fmt not in ("text", "json"):
        error(f"unknown format '{fmt}' (text, json)")
        raise typer.Exit(2)
    if not gold_dir.exists():
        error(f"{gold_dir}: no such folder")
        raise typer.Exit(2)
    progress = _Progress(True, "scoring")
    try:
        report = evaluate(gold_dir, threshold=threshold, lang=lang, model=model, split=split, progress=progress,
                          jobs=jobs)
    except SelectionError as exc:
        error(str(exc))
        raise typer.Exit(2)
    finally:
        progress.close()
    for problem in report["problems"]:
        error(problem)
    if not report["results"]:
        error(f"{gold_dir}: no gold article could be scored")
        raise typer.Exit(2)
    if fmt == "json":
        shown = {k: v for k, v in report.items() if k != "errors" or show_errors}
        if not by_rule:
            shown.pop("rules", None)
        typer.echo(json.dumps(shown, ensure_ascii=False, indent=2))
    else:
        typer.echo(format_text(report, show_errors=show_errors))
        if by_rule:
            typer.echo("")
            typer.echo(format_rules(report))
    if min_f1 is not None:
        failing = failing_languages(report, min_f1)
        if failing:
            error(f"detection F1 below {min_f1} for: {', '.join(failing)}")
            raise typer.Exit(1)
    if report["problems"]:
        raise typer.Exit(2)


# --- claims check / table / report --------------------------------------------------------------------------------

PROGRESS_MIN_FILES = 4  # show a progress bar from this many files on (and only on a terminal)


class _Progress:
    """A progress bar on standard error, started at the first file, only when stderr is a terminal."""

    def __init__(self, enabled: bool, label: str) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.label = label
        self.bar = None

    def __call__(self, done: int, total: int, report=None) -> None:
        if not self.enabled or total < PROGRESS_MIN_FILES:
            return
        if self.bar is None:
            import click

            self.bar = click.progressbar(length=total, label=self.label, file=sys.stderr, show_pos=True)
            self.bar.__enter__()
        self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


def use_color(choice: str = "auto", stream=None) -> bool:
    """--color: always, never, or auto — a terminal, unless NO_COLOR is set (to anything but empty) or TERM=dumb."""
    if choice in ("always", "never"):
        return choice == "always"
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    stream = sys.stdout if stream is None else stream
    return bool(getattr(stream, "isatty", lambda: False)())


def _emit(text: str, output: Optional[Path], color: str = "auto") -> None:
    """Standard output (coloured as --color says), or a file written atomically (never coloured)."""
    import click

    if output is None:
        click.echo(text if use_color(color) else click.unstyle(text), nl=False, color=use_color(color))
    else:
        write_output(output, click.unstyle(text))


def _refuse_format_as_output(output: Optional[Path], formats) -> None:
    """``-o json`` (Vale's habit: -o takes a format there) would silently write a file named ``json``: refuse a
    bare format name that is not an existing file, and say what was probably meant."""
    if output is None or output.exists() or os.sep in str(output) or str(output).lower() not in formats:
        return
    error(f"--output {output}: that is a format name, not a file; did you mean --format {str(output).lower()}? "
          f"(-o names the file to write; to write a file called {output}, give a path such as $PWD/{output})")
    raise typer.Exit(2)


def _list_rules(config, fmt: str) -> str:
    from .checks import RULES

    if fmt == "json":
        return json.dumps([{"id": r.id, "default_severity": r.severity, "severity": config.severities[r.id],
                            "description": r.description} for r in RULES.values()], indent=2) + "\n"
    width = max(len(r) for r in RULES)
    lines = [f"{'rule':<{width}}  {'severity':<8}  description"]
    for r in RULES.values():
        sev = config.severities[r.id]
        lines.append(f"{r.id:<{width}}  {sev:<8}  {r.description}" + ("" if sev == r.severity else
                                                                      f" (default: {r.severity})"))
    return "\n".join(lines) + "\n"


@app.command()
def check(
    paths: Optional[List[str]] = typer.Argument(None, help="Files and folders to check. Folders are searched "
                                                "recursively for files matching --glob (hidden folders skipped)."),
    fmt: str = typer.Option("text", "--format", "-f", help="Output format: text (path:line:col: severity rule "
                            "message, with summaries), json (one object, schemas/check.schema.json), jsonl (one "
                            "finding per line), github (GitHub Actions annotations), gitlab (GitLab Code Quality), "
                            "junit (JUnit XML) or sarif (SARIF 2.1.0)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the report to this file "
                                          "(atomically) instead of standard output."),
    config: Optional[Path] = typer.Option(None, "--config", "-c", help="Configuration file to use instead of "
                                          "discovering .claims.toml or pyproject.toml \\[tool.claims] upward from "
                                          "the paths."),
    fail_on: Optional[str] = typer.Option(None, "--fail-on", help="Exit 1 when a finding is at or above this "
                                          "severity: error, warning, info or never (default: the config's "
                                          "fail-on, else error)."),
    disable: List[str] = typer.Option([], "--disable", "-d", help="Turn a rule off (repeat, or separate ids "
                                      "with commas). See --list-rules."),
    glob: List[str] = typer.Option([], "--glob", "-g", help="Glob for files inside folders, relative to the "
                                   "folder (repeatable; default: the config's include, else **/*.txt and "
                                   "**/*.md)."),
    lang: Optional[str] = typer.Option(None, "--lang", "-l", help="Language of the articles: nl, en or auto to "
                                       "detect per document (default: the config's language, else auto)."),
    model: Optional[str] = ModelOpt,
    list_rules: bool = typer.Option(False, "--list-rules", help="List the rules with their severity (after "
                                    "configuration) and description, and exit."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar (it is shown on a terminal only, "
                               f"for {PROGRESS_MIN_FILES} files or more)."),
    batch_size: int = typer.Option(16, "--batch-size", help="Documents parsed per batch."),
    input_format: Optional[str] = InputFormatOpt,
    encoding: Optional[str] = EncodingOpt,
    stdin_filename: Optional[str] = StdinNameOpt,
    jobs: Optional[int] = JobsOpt,
    exclude: List[str] = typer.Option([], "--exclude", help="Glob of files to skip, added to the config's "
                                      "exclude (repeatable or comma-separated; relative to the folder searched, "
                                      "the config file's folder or the working folder)."),
    force_exclude: Optional[bool] = typer.Option(None, "--force-exclude/--no-force-exclude", help="Apply exclude "
                                                 "and .gitignore to files named on the command line too (default: "
                                                 "the config's force-exclude, else no: a file named is checked)."),
    no_ignore: bool = typer.Option(False, "--no-ignore", help="Do not skip files that a .gitignore ignores in "
                                   "the folders searched."),
    baseline: Optional[Path] = typer.Option(None, "--baseline", help="JSON file of known findings (by path, rule "
                                            "and a hash of statement and speaker) that are not reported again."),
    update_baseline: bool = typer.Option(False, "--update-baseline", help="Write every current finding to the "
                                         "--baseline file (atomically), then report as with it."),
    color: str = typer.Option("auto", "--color", help="Colour the text output: auto (on a terminal, unless "
                              "NO_COLOR is set or TERM=dumb), always or never."),
    time_budget: Optional[float] = BudgetOpt,
) -> None:
    """Lint articles: report unattributed quotes, anonymous or single-source unconfirmed statements, hedged,
    denied and unconfirmed claims, and unclosed quotes.

    Configure in \\[tool.claims] of pyproject.toml or in .claims.toml: language, fail-on, disable, include,
    exclude, force-exclude, respect-gitignore and \\[tool.claims.rules] severities. Flags override the file.

    Accept a finding in the draft with a review mark: <!-- claims: accept RULE --> (Markdown/HTML) or a line
    'claims: accept RULE' (plain text) covers the next paragraph; 'accept-file' the whole file (docs/desk.md).

    Exit status: 0 when no finding is at or above --fail-on, 1 when one is, 2 for a usage or configuration
    error, a selection with no file, or a file that could not be read (the other files are still checked and
    reported)."""
    from .api import check as run_check
    from .checks import ConfigError, discover, load_file
    from .formats import FORMATTERS

    if fmt not in FORMATTERS:
        error(f"unknown format '{fmt}' ({', '.join(FORMATTERS)})")
        raise typer.Exit(2)
    _input_options(input_format, encoding)
    if color not in ("auto", "always", "never"):
        error(f"unknown --color '{color}' (auto, always, never)")
        raise typer.Exit(2)
    _refuse_format_as_output(output, FORMATTERS)
    if update_baseline and baseline is None:
        error("--update-baseline needs --baseline FILE (the file to write)")
        raise typer.Exit(2)
    try:
        cfg = load_file(config) if config is not None else discover(paths or ["."])
        if list_rules:
            _emit(_list_rules(cfg.with_flags(disable=disable), fmt), output, color)
            return
        if not paths:
            error("no paths to check (try: claims check FOLDER, or claims check --help)")
            raise typer.Exit(2)
        progress = _Progress(not quiet, "checking")
        try:
            result = run_check(paths, cfg, lang=lang, fail_on=fail_on, disable=disable, include=glob, model=model,
                               batch_size=batch_size, progress=progress, input_format=input_format,
                               encoding=encoding, stdin_filename=stdin_filename, jobs=jobs, exclude=exclude,
                               force_exclude=force_exclude, respect_gitignore=False if no_ignore else None,
                               baseline=None if baseline is None or update_baseline else baseline,
                               time_budget=time_budget)
        finally:
            progress.close()
        if update_baseline and result.files:
            from .checks import baseline as baselines

            write_output(baseline, baselines.dumps(result, baseline))
            baselines.apply(result, baselines.load(baseline))
            n = len(result.baselined)
            typer.echo(f"claims: {baseline}: {n} finding{'' if n == 1 else 's'} recorded in the baseline", err=True)
    except ConfigError as exc:
        error(str(exc))
        raise typer.Exit(2)
    for report in result.errors:
        error(report.error)
    if not result.files and result.config.force_exclude and all(Path(p).is_file() for p in paths):
        # pre-commit names staged files; when the config excludes all of them there is nothing to do
        typer.echo(f"claims: every file named is excluded (force-exclude): {', '.join(paths)}", err=True)
        raise typer.Exit(0)
    if not result.files:
        # a gate that selects nothing must not pass silently (an exclude = ["**"], a wrong glob, an empty folder)
        where = f"; configuration: {cfg.source}" if getattr(cfg, "source", None) else ""
        ignored = "" if no_ignore or not result.config.respect_gitignore else "; .gitignore respected (--no-ignore)"
        error(f"no file to check in {', '.join(paths)} (globs: {', '.join(glob or cfg.include)}; excluded: "
              f"{', '.join(result.config.exclude) or 'nothing'}{ignored}{where})")
        raise typer.Exit(2)
    _emit(FORMATTERS[fmt](result), output, color)
    raise typer.Exit(result.exit_code)


@app.command()
def table(
    paths: List[str] = typer.Argument(..., help="Files and folders (searched recursively for --glob files)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Output file; its suffix picks the format "
                                          "(.csv, .parquet, .xlsx, .jsonl, .md). Written atomically. Default: CSV "
                                          "on standard output."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="csv, parquet, xlsx, jsonl or md, overriding "
                                      "the suffix of --output."),
    speakers: bool = typer.Option(False, "--speakers", help="One row per speaker (with claim counts) instead of "
                                  "one row per claim."),
    glob: List[str] = typer.Option([], "--glob", "-g", help="Glob for files inside folders (repeatable; default "
                                   "**/*.txt and **/*.md)."),
    lang: str = LangOpt,
    model: Optional[str] = ModelOpt,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    batch_size: int = typer.Option(16, "--batch-size", help="Documents parsed per batch."),
    input_format: Optional[str] = InputFormatOpt,
    encoding: Optional[str] = EncodingOpt,
    stdin_filename: Optional[str] = StdinNameOpt,
    jobs: Optional[int] = JobsOpt,
    engine: Optional[str] = typer.Option(None, "--engine", "-e", help="Read the one PATH as a corpus (Parquet file "
                                         "or folder, or JSON lines; one article per row: id, text, optional "
                                         "language) and run it with 'local' (this machine, --jobs processes) or "
                                         "'dask' (a Dask cluster). A .parquet or .jsonl PATH is a corpus (local) "
                                         "without it."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="With --engine dask: the scheduler's address "
                                            "(tcp://HOST:8786). Default: a local cluster of --jobs workers."),
    output_dir: Optional[Path] = typer.Option(None, "--output-dir", help="With --engine dask: every partition writes "
                                              "claims-NNNNN.parquet and documents-NNNNN.jsonl into this folder from "
                                              "the worker that ran it (a folder all workers reach); no single table "
                                              "is gathered."),
    time_budget: Optional[float] = BudgetOpt,
) -> None:
    """Tabulate statements (or speakers) of a corpus: CSV, Parquet, Excel, JSON lines or Markdown.

    Claim columns: document_id, path, language, claim_id, kind, text, start, end, speaker, speaker_type,
    anonymous, cue, status, confidence, evidence (types joined with ';'). Speaker columns: document_id, path,
    language, speaker_id, speaker, speaker_type, anonymous, mentions, claims, unconfirmed_claims.

    Exit status: 0, or 2 when a file could not be read (the table still holds the others) or for usage errors."""
    from .api import table as make_table
    from .formats.table import TEXT_FORMATS, format_for, write_bytes

    _input_options(input_format, encoding)
    try:
        kind = format_for(output, fmt)
    except ValueError as exc:
        error(str(exc))
        raise typer.Exit(2)
    if output is None and kind not in TEXT_FORMATS:
        error(f"{kind} is a binary format: write it to a file with --output")
        raise typer.Exit(2)
    failed: list[str] = []

    def on_error(message: str) -> None:
        failed.append(message)
        error(message)

    if engine is None and len(paths) == 1 and output_dir is None:
        from .dask import CORPUS_SUFFIXES

        engine = "local" if Path(paths[0]).suffix.lower() in CORPUS_SUFFIXES else None
    if engine is not None or output_dir is not None or scheduler is not None:
        df = _corpus_table(paths, engine or "dask", scheduler, output_dir, speakers, lang, model, jobs, quiet,
                           on_error)
        if df is None:
            raise typer.Exit(2 if failed else 0)
    else:
        df = make_table(paths, speakers=speakers, lang=lang, model=model, include=tuple(glob) or None,
                        batch_size=batch_size, on_error=on_error, input_format=input_format, encoding=encoding,
                        stdin_filename=stdin_filename, jobs=jobs,
                        time_budget=time_budget)
    data = write_bytes(df, kind)
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        write_output(output, data)
        if not quiet:
            typer.echo(f"{output}: {len(df)} {'speakers' if speakers else 'statements'} ({kind})", err=True)
    if failed:
        raise typer.Exit(2)


def _corpus_table(paths, engine, scheduler, output_dir, speakers, lang, model, jobs, quiet, on_error):
    """``claims table CORPUS --engine local|dask``: the table, or None when the partitions were written to
    ``output_dir``."""
    from .dask import CorpusError, corpus_table, write_partitions

    if engine not in ("local", "dask"):
        error(f"unknown engine '{engine}' (local, dask)")
        raise typer.Exit(2)
    if len(paths) != 1:
        error(f"--engine reads one corpus (a Parquet file or folder, or a JSON-lines file), not {len(paths)} paths")
        raise typer.Exit(2)
    if (scheduler or output_dir) and engine != "dask":
        error("--scheduler and --output-dir need --engine dask")
        raise typer.Exit(2)
    try:
        if output_dir is not None:
            summary = write_partitions(paths[0], output_dir, speakers, scheduler=scheduler, workers=jobs, lang=lang,
                                       model=model)
            for cell in summary["errors"]:
                for message in json.loads(cell):
                    on_error(message)
            if not quiet:
                typer.echo(f"{output_dir}: {len(summary)} partitions, {int(summary['documents'].sum())} documents, "
                           f"{int(summary['rows'].sum())} {'speakers' if speakers else 'statements'}", err=True)
            return None
        return corpus_table(paths[0], speakers, engine=engine, scheduler=scheduler, workers=jobs, lang=lang,
                            model=model, jobs=jobs, on_error=on_error)
    except (CorpusError, ImportError) as exc:
        error(str(exc) if isinstance(exc, CorpusError) else f"--engine dask needs Dask: pip install 'claims[dask]' "
              f"({exc})")
        raise typer.Exit(2)


@app.command()
def report(
    file: Path = typer.Argument(..., help="The article: a text, Markdown, HTML or Word (.docx) file ('-' for "
                                "standard input)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="HTML file to write (atomically); default: "
                                          "standard output."),
    lang: str = LangOpt,
    model: Optional[str] = ModelOpt,
    input_format: Optional[str] = InputFormatOpt,
    encoding: Optional[str] = EncodingOpt,
    stdin_filename: Optional[str] = StdinNameOpt,
    config: Optional[Path] = typer.Option(None, "--config", "-c", help="Check configuration for the report's "
                                          "rule summary (default: discovered upward from the file, like check)."),
    time_budget: Optional[float] = BudgetOpt,
) -> None:
    """Write one self-contained HTML page for a fact-checker: the article with every statement highlighted by
    status, its speaker and cue marked, evidence underlined, and a clickable list of the statements with speaker,
    status, confidence and evidence.

    Labels in the article's language (nl, en); a summary of the check rules that fired, with filters by status,
    rule and speaker. No external assets. `claims serve` shows the same report in the browser.

    Exit status: 0, or 2 when the file cannot be read or processed."""
    from .api import report as make_report
    from .read import InputError

    _input_options(input_format, encoding)
    try:
        page = make_report(file, lang=lang, model=model, config=config,
                           input_format=input_format, encoding=encoding, stdin_filename=stdin_filename,
                           time_budget=time_budget)
    except (InputError, ValueError) as exc:  # ConfigError is a ValueError
        error(str(exc))
        raise typer.Exit(2)
    if output is None:
        sys.stdout.write(page)
    else:
        write_output(output, page)


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on. The default is this computer only; "
                             "0.0.0.0 lets anyone who can reach the machine use the page (there is no login)."),
    port: int = typer.Option(8000, "--port", "-p", help="Port to listen on."),
    config: Optional[Path] = typer.Option(None, "--config", "-c", help="The desk's check configuration (default: "
                                          ".claims.toml or pyproject.toml \\[tool.claims] found upward from the "
                                          "current folder)."),
    model: Optional[str] = ModelOpt,
    max_size: float = typer.Option(10, "--max-size", help="Largest request accepted, in MiB (a pasted draft or "
                                   "an uploaded file)."),
) -> None:
    """Serve the desk's page in the browser and a JSON API, with the pipelines loaded once.

    The page: paste a draft or drop a file (.txt, .md, .html, .docx) and see the report of `claims report` for
    it, with the findings of `check` (this configuration) and downloads (JSON, CSV/XLSX, HTML). The JSON API:
    POST /api/extract, /api/check, /api/report, /api/table; GET /api/health; /openapi.json.

    Exit status: 0 when stopped with Ctrl+C, 2 for a bad configuration or an address that cannot be used."""
    from .checks import ConfigError, discover, load_file

    try:
        cfg = load_file(config) if config is not None else discover(["."])
    except ConfigError as exc:
        error(str(exc))
        raise typer.Exit(2)
    if max_size <= 0:
        error("--max-size must be more than 0")
        raise typer.Exit(2)
    from .web.serve import serve as run_server

    raise typer.Exit(run_server(host, port, cfg, model=model, max_bytes=int(max_size * 1024 * 1024)))

# help shows flags as flags and lists by their element type (claims/cli_help.py); after every command is defined
from .cli_help import tidy as _tidy_help  # noqa: E402

_tidy_help(app)

if __name__ == "__main__":  # pragma: no cover
    app()
