"""The Python API. Every CLI command calls one of these; they return data and never print."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .read import Input, InputError, from_text, read_path

if TYPE_CHECKING:  # the pipeline (spaCy) is imported when a function needs it, not with the API
    from .pipeline import Result

#: The language value that asks for detection per document (the default of ``--lang``, the page and the config).
AUTO = "auto"


def language_code(lang: str | None) -> str | None:
    """The one place where a requested language is normalised: a code ("nl", "en") stays, while None, "" and
    ``"auto"`` become None (detect the language of each document). Every function of this module takes either."""
    return None if lang in (None, "", AUTO) else lang


def extract(text: str, lang: str | None = None, model: str | None = None, doc_id: str = "text",
            path: str | None = None, input_format: str = "text", time_budget: float | None = None) -> dict:
    """Statements, speakers and status for one article, as a document valid against the JSON schema (checked,
    with every span against ``text``). ``input_format`` may say the string is Markdown or HTML; offsets are into
    ``text`` either way. Any length: a long text is processed in parts (``claims.chunks``). Raises
    ``ValueError`` with one line for text it cannot take (lone surrogates), for a language without a pipeline,
    when ``time_budget`` seconds run out, or for an internal failure."""
    from .pipeline import run

    result = next(run([from_text(text, doc_id, path, input_format)], lang=language_code(lang), model=model,
                      time_budget=time_budget))
    if result.error:
        raise ValueError(result.error)
    return result.document


def extract_file(path: str | Path, lang: str | None = None, model: str | None = None,
                 input_format: str | None = None, encoding: str | None = None) -> dict:
    """One file (.txt, .md, .html, .docx, or any suffix with ``input_format``), read as the CLI reads it: the
    document's offsets point into the file's characters (``document.offsets == "source"``) or, for a Word
    document, into the extracted text the document carries (``"extracted"``). Raises ``ValueError`` (an
    ``InputError`` for a file that cannot be read) with one line naming the file."""
    result = next(extract_many([path], lang=lang, model=model, input_format=input_format, encoding=encoding))
    if result.error:
        raise (InputError if result.source is None else ValueError)(result.error)
    return result.document


def _inputs(paths: Iterable[str | Path], input_format: str | None = None, encoding: str | None = None,
            stdin_filename: str | None = None) -> Iterator[Input | Exception]:
    for p in paths:
        try:
            yield read_path(p, input_format=input_format, encoding=encoding, stdin_filename=stdin_filename)
        except InputError as exc:
            exc.name = stdin_filename if str(p) == "-" and stdin_filename else str(p)
            yield exc


def _any_long(paths) -> bool:
    """Whether a file may hold a text longer than the part size (more bytes than ``claims.chunks.CHUNK_CHARS``):
    then its parts can use more workers than there are files."""
    import os

    from . import chunks

    return any(str(p) != "-" and os.path.isfile(p) and os.path.getsize(p) > chunks.CHUNK_CHARS for p in paths)


def extract_many(paths: Iterable[str | Path], lang: str | None = None, model: str | None = None,
                 batch_size: int = 16, *, input_format: str | None = None, encoding: str | None = None,
                 stdin_filename: str | None = None, jobs: int | None = 1,
                 time_budget: float | None = None) -> Iterator[Result]:
    """Stream files (``-`` for standard input) through the pipeline, one ``Result`` per path, in order.
    ``input_format`` overrides the format of the suffix (text, markdown, html, docx), ``encoding`` the detected
    encoding; ``stdin_filename`` names standard input (its suffix picks the format). ``jobs``: worker processes
    (None: every core; never more than the paths when they are a list); the results are the same, in the same
    order. A file that cannot be read, runs out of ``time_budget`` seconds or fails inside is a ``Result``
    with ``error`` (one line naming the file); it never stops the others."""
    from .parallel import resolve_jobs, run_jobs

    if isinstance(paths, (list, tuple)):
        jobs = resolve_jobs(jobs, None if _any_long(paths) else len(paths))  # (a long file's parts use them all)
    return run_jobs(_inputs(paths, input_format, encoding, stdin_filename), lang=language_code(lang), model=model,
                    batch_size=batch_size, jobs=jobs, time_budget=time_budget)


def evaluate(gold_dir: str | Path, threshold: float = 0.5, lang: str | None = None, model: str | None = None,
             split: str | None = None, progress=None, jobs: int | None = 1) -> dict:
    """Accuracy against a gold corpus (see ``claims.evaluation.evaluate_corpus``): ``report["results"]`` per
    language and split, ``report["errors"]`` every miss and mistake, ``report["rules"]`` per rule, and
    ``report["problems"]`` one line per gold file that could not be scored. ``jobs``: worker processes (None:
    every core), the same report."""
    from .evaluation import evaluate_corpus

    return evaluate_corpus(Path(gold_dir), threshold=threshold, model=model, split=split, lang=language_code(lang),
                           progress=progress, jobs=jobs)


def check(paths: Iterable[str | Path], config=None, *, lang: str | None = None, fail_on: str | None = None,
          disable: Iterable[str] = (), include: Iterable[str] = (), model: str | None = None,
          batch_size: int = 16, progress=None, input_format: str | None = None, encoding: str | None = None,
          stdin_filename: str | None = None, jobs: int | None = 1, exclude: Iterable[str] = (),
          force_exclude: bool | None = None, respect_gitignore: bool | None = None, baseline=None,
          time_budget: float | None = None):
    """Run the ``claims check`` rules over files and folders; returns a ``claims.checks.CheckRun``.

    ``config`` is a ``CheckConfig``, a path to a config file, or None to discover ``.claims.toml`` /
    ``pyproject.toml [tool.claims]`` upward from the paths. ``lang``, ``fail_on``, ``disable`` and ``include``
    (folder globs) override it, like the command-line flags. Documents stream: each is checked and dropped.
    ``progress(done, total, file_report)`` is called after every file. ``jobs``: worker processes (None: every
    core), the same run. Raises ``ConfigError`` for a bad
    configuration; unreadable files are reported in the run (``report.error``), not raised.

    ``exclude`` adds globs to the configuration's; ``force_exclude`` applies them (and ``.gitignore``) to files
    named explicitly; ``respect_gitignore=False`` ignores ``.gitignore`` files. Review marks in the files are
    always applied (``claims.checks.marks``); ``baseline`` (a path or a loaded ``Baseline``) moves the findings it
    records to ``report.baselined``."""
    from .checks import CheckConfig, discover, expand, load_file, run_checks
    from .checks import baseline as baselines

    paths = [str(p) for p in paths]
    if config is None:
        config = discover(paths)
    elif not isinstance(config, CheckConfig):
        config = load_file(config)
    config = config.with_flags(language=lang, fail_on=fail_on, disable=disable, include=include, exclude=exclude,
                               force_exclude=force_exclude, respect_gitignore=respect_gitignore)
    known = None if baseline is None or isinstance(baseline, baselines.Baseline) else baselines.load(baseline)
    files = list(expand(paths, config.include, config.exclude, config.root, gitignore=config.respect_gitignore,
                        force_exclude=config.force_exclude))
    done = 0

    def on_file(report):
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, len(files), report)

    run = run_checks(extract_many(files, lang=config.language, model=model, batch_size=batch_size,
                                  input_format=input_format, encoding=encoding, stdin_filename=stdin_filename,
                                  jobs=jobs, time_budget=time_budget), config, on_file)
    if baseline is not None:
        baselines.apply(run, known or baseline)
    return run


def table(paths: Iterable[str | Path], speakers: bool = False, *, lang: str | None = None, model: str | None = None,
          include: Iterable[str] | None = None, batch_size: int = 16, on_error=None,
          input_format: str | None = None, encoding: str | None = None, stdin_filename: str | None = None,
          jobs: int | None = 1,
          time_budget: float | None = None):
    """One row per claim (or per speaker with ``speakers=True``) over files and folders, as a pandas DataFrame
    with the columns of ``claims.tables.CLAIM_COLUMNS`` / ``SPEAKER_COLUMNS``. ``include``: globs for the files
    taken from folders (None: ``claims.checks.config.DEFAULT_INCLUDE``, as ``check``). An unreadable file calls
    ``on_error(message)`` and the rest go on; without ``on_error`` it raises ``ValueError``. ``jobs``: worker
    processes (None: every core), the same table."""
    from .checks import expand
    from .checks.config import DEFAULT_INCLUDE
    from .tables import claim_rows, frame, speaker_rows

    rows_of = speaker_rows if speakers else claim_rows
    rows: list[dict] = []
    files = list(expand([str(p) for p in paths], DEFAULT_INCLUDE if include is None else tuple(include)))
    for result in extract_many(files, lang=lang, model=model, batch_size=batch_size, input_format=input_format,
                               encoding=encoding, stdin_filename=stdin_filename, jobs=jobs, time_budget=time_budget):
        if result.error:
            if on_error is None:
                raise ValueError(result.error)
            on_error(result.error)
            continue
        rows.extend(rows_of(result.document))
    return frame(rows, speakers=speakers)


@dataclass
class Analysis:
    """One article taken through the pipeline once: the input (``source.text`` is what the offsets point into),
    its document (as ``extract`` returns it) and the ``check`` run over it (``claims.checks.CheckRun``)."""

    source: Input
    document: dict
    check: Any

    @property
    def findings(self) -> list:
        return self.check.findings


def analyse(source: Input, config=None, *, lang: str | None = None, model: str | None = None,
            time_budget: float | None = None) -> Analysis:
    """Extract and check one input in one pass: the same document as ``extract`` and the same run as ``check``
    with ``config`` (a ``CheckConfig``; None for the defaults). ``lang`` (nl, en; None or "auto" for the
    configuration's language, whose default is to detect it) overrides the configuration (unlike ``check``,
    where an explicit "auto" overrides a configured language, as ``--lang auto`` does). Raises ``ValueError``
    with the one-line error when the input cannot be processed."""
    from .checks import CheckConfig, run_checks
    from .pipeline import run

    config = (config or CheckConfig()).with_flags(language=language_code(lang))
    result = next(run([source], lang=language_code(config.language), model=model, time_budget=time_budget))
    if result.error:
        raise ValueError(result.error)
    return Analysis(source, result.document, run_checks([result], config))


def report(path: str | Path, lang: str | None = None, model: str | None = None, config=None, *,
           input_format: str | None = None, encoding: str | None = None, stdin_filename: str | None = None,
           time_budget: float | None = None) -> str:
    """A self-contained HTML page for one article: highlighted statements, speakers, cues and evidence, and the
    findings of ``check`` with ``config`` (a ``CheckConfig`` or a config file; default: discovered upward from the
    article, like ``check``), shown on the text the offsets point into (the file's characters; a Word document's
    extracted text)."""
    from .checks import CheckConfig, discover, load_file
    from .report import render

    source = read_path(path, input_format=input_format, encoding=encoding, stdin_filename=stdin_filename)
    if config is None:
        config = discover([path])
    elif not isinstance(config, CheckConfig):
        config = load_file(config)
    result = analyse(source, config, lang=lang, model=model, time_budget=time_budget)
    return render(source.text, result.document, result.findings)
