"""claims: find quoted and reported statements in news text, attribute them to their speakers and say whether
each is confirmed, with the evidence. Dutch and English; offsets into the original text for every span."""
from __future__ import annotations

__version__ = "0.1.0"

from .api import evaluate, extract, extract_file, extract_many  # noqa: E402

__all__ = ["__version__", "extract", "extract_file", "extract_many", "evaluate"]
