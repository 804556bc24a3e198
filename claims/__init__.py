"""claims: find quoted and reported statements in news text, attribute them to their speakers and say whether
each is confirmed, with the evidence. Dutch and English; offsets into the original text for every span."""
from __future__ import annotations

__version__ = "0.1.0"

from . import spacy_cli as _spacy_cli  # noqa: E402

_spacy_cli.defer()  # spaCy's command line (a quarter of `import spacy`) is imported only if something uses it

__all__ = ["__version__", "extract", "extract_file", "extract_many", "evaluate"]

_API = ("extract", "extract_file", "extract_many", "evaluate")


def __getattr__(name: str):
    """``claims.extract`` and the other API functions, imported on first use: ``import claims`` (and so every
    ``claims`` command, ``--help`` and ``--version`` among them) stays light until the pipeline is needed."""
    if name in _API:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'claims' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_API))
