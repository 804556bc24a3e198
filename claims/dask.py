"""Archives on Dask: the pipeline over a corpus of millions of articles on a cluster.

A corpus is a Parquet file or folder, or a JSON-lines file, with one article per row: ``id``, ``text`` and
optionally ``language`` (``nl``, ``en``; empty or ``auto`` to detect it). ``dask.dataframe.read_parquet`` /
``read_json`` cut it into partitions; ``map_partitions`` runs the pipeline on each partition in a Dask worker. Each
worker process loads the parsing pipelines once and keeps them (``claims.parse.load_pipeline`` is a cached loader),
whatever the number of partitions it runs. With ``output_dir``, every partition writes its own claim table
(``claims-00042.parquet``) and documents (``documents-00042.jsonl``) where it ran — nothing travels back but a
count — so the archive never has to fit on one machine; without it, the claim rows come back as one table, in the
corpus's order, identical to the single-process run (``engine="local"``).

    from claims.dask import corpus_table, write_partitions
    df = corpus_table("corpus.parquet", engine="dask", scheduler="tcp://10.0.0.5:8786")
    write_partitions("corpus.parquet", "out/", scheduler="tcp://10.0.0.5:8786")

With no scheduler address a ``dask.distributed.LocalCluster`` is started on this machine (``workers`` processes,
one thread each: spaCy releases little of the GIL) and closed at the end. Dask is an optional dependency:
``pip install 'claims[dask]'``.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import groupby
from pathlib import Path

from .api import language_code

CORPUS_SUFFIXES = (".parquet", ".pq", ".jsonl", ".ndjson")
PARTITION_NAME = "{kind}-{number:05d}.{ext}"


class CorpusError(ValueError):
    """A corpus that cannot be read as articles (a missing column, an unknown format)."""


def is_corpus(path: str | Path) -> bool:
    """A Parquet file or folder, or a JSON-lines file, by its name."""
    p = Path(path)
    return p.suffix.lower() in CORPUS_SUFFIXES or (p.is_dir() and any(p.glob("*.parquet")))


def _kind(path: str | Path) -> str:
    p = Path(path)
    if p.suffix.lower() in (".jsonl", ".ndjson"):
        return "jsonl"
    if p.suffix.lower() in (".parquet", ".pq") or p.is_dir():
        return "parquet"
    raise CorpusError(f"{path}: not a corpus (a .parquet file or folder, or a .jsonl file of id, text, language)")


def _check_columns(columns, path) -> None:
    missing = [c for c in ("id", "text") if c not in columns]
    if missing:
        raise CorpusError(f"{path}: corpus lacks the column{'s' if len(missing) > 1 else ''} {', '.join(missing)} "
                          f"(found: {', '.join(map(str, columns)) or 'none'})")


def read_rows(path: str | Path) -> Iterator[tuple[str, str, str | None]]:
    """The articles of a corpus as (id, text, language) in order, in this process (the single-process engine),
    streamed: a Parquet file batch by batch, a JSON-lines file line by line."""
    kind = _kind(path)
    if not Path(path).exists():
        raise CorpusError(f"{path}: no such file or folder")
    if kind == "jsonl":
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except ValueError as exc:
                    raise CorpusError(f"{path}:{n}: not JSON ({exc})") from None
                if not isinstance(row, dict):
                    raise CorpusError(f"{path}:{n}: a row must be a JSON object with id and text")
                _check_columns(row, f"{path}:{n}")
                yield _row(row.get("id"), row.get("text"), row.get("language"))
        return
    import pyarrow.dataset as ds

    dataset = ds.dataset(str(path), format="parquet")
    _check_columns(dataset.schema.names, path)
    columns = ["id", "text"] + (["language"] if "language" in dataset.schema.names else [])
    for batch in dataset.to_batches(columns=columns):
        data = batch.to_pydict()
        for k in range(batch.num_rows):
            yield _row(data["id"][k], data["text"][k], data["language"][k] if "language" in data else None)


def _missing(value) -> bool:
    """None, NaN or pandas' NA: an empty cell."""
    if value is None:
        return True
    try:
        return bool(value != value)
    except TypeError:  # pandas.NA
        return True


def _row(doc_id, text, language) -> tuple[str, str, str | None]:
    """(id, text, language) of one row: an empty text cell is an empty article; an empty or 'auto' language is
    detected."""
    lang = language_code(language.strip()) if isinstance(language, str) else None
    return str(doc_id), text if isinstance(text, str) else ("" if _missing(text) else str(text)), lang


def run_rows(rows, lang: str | None = None, model: str | None = None, batch_size: int = 16, jobs: int | None = 1):
    """Results for (id, text, language) rows, in order: a row's own language, else ``lang``, else detected. Runs
    of rows with one language go through the pipeline together."""
    from .parallel import run_jobs
    from .read import from_text

    lang = language_code(lang)

    def inputs(group):
        for doc_id, text, _ in group:
            try:
                yield from_text(text, doc_id)
            except ValueError as exc:  # not Unicode text: an error result, the run goes on
                exc.name = doc_id
                yield exc

    for code, group in groupby(rows, key=lambda r: r[2] or lang):
        yield from run_jobs(inputs(group), lang=code, model=model, batch_size=batch_size, jobs=jobs)


def _rows_of(results, speakers: bool, errors: list[str]) -> list[dict]:
    from .tables import claim_rows, speaker_rows

    rows_of = speaker_rows if speakers else claim_rows
    out: list[dict] = []
    for result in results:
        if result.error:
            errors.append(result.error)
            continue
        out.extend(rows_of(result.document))
    return out


def _partition(pdf, lang=None, model=None, speakers=False, output_dir=None, partition_info=None):
    """One partition, in a Dask worker: its articles through the pipeline (the worker's cached pipelines), its
    claim table as a DataFrame; with ``output_dir``, its table and documents written there instead and one row of
    counts returned."""
    import pandas as pd

    from .tables import frame

    rows = [_row(i, t, lg) for i, t, lg in zip(pdf["id"], pdf["text"],
                                               pdf["language"] if "language" in pdf else [None] * len(pdf))]
    errors: list[str] = []
    documents: list[str] = []

    def keep(results):
        for result in results:
            if result.document is not None and output_dir is not None:
                documents.append(json.dumps(result.document, ensure_ascii=False))
            yield result

    df = frame(_rows_of(keep(run_rows(rows, lang=lang, model=model)), speakers, errors), speakers=speakers)
    if output_dir is None:
        # the rows, and the partition's error messages in one extra row of their own (column _errors)
        df["_errors"] = pd.Series([pd.NA] * len(df), dtype="string")
        if errors:
            extra = pd.DataFrame({"_errors": [json.dumps(errors)]}, dtype="string")
            df = pd.concat([df, extra.reindex(columns=df.columns)], ignore_index=True).astype(df.dtypes.to_dict())
        return df
    from .formats.table import to_parquet

    number = (partition_info or {}).get("number", 0)
    out = Path(output_dir)
    _write(out / PARTITION_NAME.format(kind="speakers" if speakers else "claims", number=number, ext="parquet"),
           to_parquet(df))
    _write(out / PARTITION_NAME.format(kind="documents", number=number, ext="jsonl"),
           "".join(d + "\n" for d in documents).encode("utf-8"))
    return pd.DataFrame({"partition": [number], "documents": [len(documents)], "rows": [len(df)],
                         "errors": [json.dumps(errors)]})


def _write(path: Path, data: bytes) -> None:
    """Atomically: a temporary file in the same folder, then a rename (a reader never sees half a partition)."""
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def read_corpus(path: str | Path, blocksize: str | int | None = "16MB"):
    """The corpus as a ``dask.dataframe`` with the columns id, text (and language when it has one)."""
    import dask.dataframe as dd

    kind = _kind(path)
    if not Path(path).exists() and "://" not in str(path):
        raise CorpusError(f"{path}: no such file or folder")
    if kind == "jsonl":
        ddf = dd.read_json(str(path), lines=True, blocksize=blocksize, dtype=False)
    else:
        ddf = dd.read_parquet(str(path))
    _check_columns(list(ddf.columns), path)
    return ddf[[c for c in ("id", "text", "language") if c in ddf.columns]]


@contextmanager
def client(scheduler: str | None = None, workers: int | None = None):
    """A ``dask.distributed.Client`` on the scheduler at ``scheduler`` (``tcp://HOST:8786``), or on a
    ``LocalCluster`` of ``workers`` processes (default: every core) started here and closed afterwards."""
    from dask.distributed import Client, LocalCluster

    from .parallel import default_jobs

    if scheduler:
        with Client(scheduler) as c:
            yield c
        return
    with LocalCluster(n_workers=workers or default_jobs(), threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as c:
        yield c


def corpus_table(path: str | Path, speakers: bool = False, *, engine: str = "dask", scheduler: str | None = None,
                 workers: int | None = None, lang: str | None = None, model: str | None = None,
                 jobs: int | None = 1, on_error=None, blocksize: str | int | None = "16MB"):
    """The claim table (or speaker table) of a corpus, in the corpus's order, as ``claims.api.table`` gives it for
    files. ``engine="dask"`` runs on a Dask cluster (``scheduler``, or a local one); ``engine="local"`` in this
    machine's processes (``jobs``). A row that fails calls ``on_error(message)`` (without it: ``ValueError``)."""
    from .tables import frame

    errors: list[str] = []
    if engine == "local":
        df = frame(_rows_of(run_rows(read_rows(path), lang=lang, model=model, jobs=jobs), speakers, errors),
                   speakers=speakers)
    elif engine == "dask":
        import pandas as pd

        from .tables import CLAIM_COLUMNS, DTYPES, SPEAKER_COLUMNS

        columns = SPEAKER_COLUMNS if speakers else CLAIM_COLUMNS
        meta = pd.DataFrame({c: pd.Series(dtype=DTYPES[c]) for c in columns})
        meta["_errors"] = pd.Series(dtype="string")
        ddf = read_corpus(path, blocksize=blocksize)
        with client(scheduler, workers) as c:
            parts = ddf.map_partitions(_partition, lang=lang, model=model, speakers=speakers, meta=meta)
            df = c.compute(parts).result()
        carriers = df["_errors"].notna()
        for cell in df.loc[carriers, "_errors"]:
            errors.extend(json.loads(cell))
        df = df.loc[~carriers].drop(columns=["_errors"]).reset_index(drop=True)
        df = df.astype({c: DTYPES[c] for c in columns})
    else:
        raise ValueError(f"unknown engine '{engine}' (local, dask)")
    for message in errors:
        if on_error is None:
            raise ValueError(message)
        on_error(message)
    return df


def write_partitions(path: str | Path, output_dir: str | Path, speakers: bool = False, *,
                     scheduler: str | None = None, workers: int | None = None, lang: str | None = None,
                     model: str | None = None, blocksize: str | int | None = "16MB"):
    """Run a corpus on Dask, each partition writing ``claims-NNNNN.parquet`` (or ``speakers-…``) and
    ``documents-NNNNN.jsonl`` (one JSON document per line, as ``claims extract --format jsonl``) into
    ``output_dir`` from the worker that ran it (a folder every worker can reach: a shared disk, or an object store
    path). Returns a pandas DataFrame with one row per partition: partition, documents, rows, errors (a JSON list
    of messages)."""
    import pandas as pd

    meta = pd.DataFrame({"partition": pd.Series(dtype="int64"), "documents": pd.Series(dtype="int64"),
                         "rows": pd.Series(dtype="int64"), "errors": pd.Series(dtype="object")})
    ddf = read_corpus(path, blocksize=blocksize)
    with client(scheduler, workers) as c:
        parts = ddf.map_partitions(_partition, lang=lang, model=model, speakers=speakers,
                                   output_dir=str(output_dir), meta=meta)
        return c.compute(parts).result().reset_index(drop=True)
