"""Archives on Dask: a corpus run on a LocalCluster of two worker processes gives the single-process table."""
from __future__ import annotations

import json

import pandas as pd
import pytest

pytest.importorskip("dask.dataframe")
pytest.importorskip("dask.distributed")

from claims.dask import CorpusError, corpus_table, read_rows, write_partitions  # noqa: E402

ARTICLES = [
    ("a1", "De wethouder zegt dat de brug in maart opengaat. 'We liggen op schema,' zei ze.", "nl"),
    ("a2", "The council said the bridge would reopen in March. \"We are on schedule,\" the alderman said.", None),
    ("a3", "Volgens de brandweer is het vuur onder controle. Een woordvoerder bevestigt dat.", ""),
    ("a4", "Harbour officials said two ships had been delayed. The port authority has not confirmed that.", "en"),
    ("a5", "", None),
    ("a6", "\"Nobody told us,\" a resident said. The company denied that it had kept the plans quiet.", "auto"),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus")
    frame = pd.DataFrame(ARTICLES, columns=["id", "text", "language"])
    parquet = root / "corpus.parquet"
    frame.to_parquet(parquet, index=False)
    jsonl = root / "corpus.jsonl"
    jsonl.write_text("".join(json.dumps({"id": i, "text": t, **({"language": lg} if lg is not None else {})},
                                        ensure_ascii=False) + "\n" for i, t, lg in ARTICLES), encoding="utf-8")
    return parquet, jsonl


@pytest.fixture(scope="module")
def cluster():
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        yield c.scheduler_address


def test_read_rows_gives_every_article_in_order(corpus):
    parquet, jsonl = corpus
    assert [r[0] for r in read_rows(parquet)] == [a[0] for a in ARTICLES]
    assert list(read_rows(jsonl)) == list(read_rows(parquet))
    assert [r[2] for r in read_rows(jsonl)] == ["nl", None, None, "en", None, None]


def test_dask_table_is_the_single_process_table(corpus, cluster):
    parquet, jsonl = corpus
    local = corpus_table(parquet, engine="local")
    assert len(local) > 4 and set(local["document_id"]) >= {"a1", "a2", "a4"}
    for path in (parquet, jsonl):
        distributed = corpus_table(path, engine="dask", scheduler=cluster, blocksize=200)
        pd.testing.assert_frame_equal(distributed, local)
    speakers = corpus_table(parquet, speakers=True, engine="dask", scheduler=cluster)
    pd.testing.assert_frame_equal(speakers, corpus_table(parquet, speakers=True, engine="local"))


def test_partitions_write_tables_and_documents(corpus, cluster, tmp_path):
    _, jsonl = corpus
    summary = write_partitions(jsonl, tmp_path / "out", scheduler=cluster, blocksize=200)
    assert summary["documents"].sum() == len(ARTICLES)
    assert len(summary) > 1  # the small blocksize cut the corpus into several partitions
    tables = sorted((tmp_path / "out").glob("claims-*.parquet"))
    docs = sorted((tmp_path / "out").glob("documents-*.jsonl"))
    assert len(tables) == len(docs) == len(summary)
    combined = pd.concat([pd.read_parquet(t) for t in tables], ignore_index=True)
    local = corpus_table(jsonl, engine="local")
    assert combined["claim_id"].tolist() == local["claim_id"].tolist()
    assert combined["text"].tolist() == local["text"].tolist()
    ids = [json.loads(line)["document"]["id"] for d in docs for line in d.read_text(encoding="utf-8").splitlines()]
    assert ids == [a[0] for a in ARTICLES]


def test_a_corpus_without_text_is_one_clear_error(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "body": "no text column"}\n', encoding="utf-8")
    with pytest.raises(CorpusError, match="text"):
        list(read_rows(bad))
    with pytest.raises(CorpusError, match="no such file"):
        list(read_rows(tmp_path / "missing.parquet"))
