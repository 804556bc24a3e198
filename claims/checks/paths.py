"""From the paths on the command line to the files to read: folders expand through glob patterns, hidden
folders are skipped, ``exclude`` globs drop files. Paths that do not exist are kept, so that reading them reports
one clear error each."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from .config import DEFAULT_INCLUDE


@lru_cache(maxsize=256)
def _glob_regex(pattern: str) -> re.Pattern[str]:
    """A glob as a regex over ``/``-separated relative paths: ``**/`` any folders, ``*`` within one name."""
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return re.compile("".join(out) + r"\Z")


def matches(relpath: str, patterns: Iterable[str]) -> bool:
    """Whether a relative path (``/``-separated) matches any glob; a pattern without ``/`` matches at any depth
    (``draft-*.txt`` is ``**/draft-*.txt``)."""
    for pattern in patterns:
        pattern = pattern.lstrip("./") if pattern.startswith("./") else pattern
        if _glob_regex(pattern).match(relpath) or ("/" not in pattern and _glob_regex("**/" + pattern).match(relpath)):
            return True
    return False


def _relative(path: Path, base: Path) -> str | None:
    try:
        return path.resolve().relative_to(base.resolve()).as_posix()
    except (ValueError, OSError):
        try:
            return path.absolute().relative_to(base.absolute()).as_posix()
        except ValueError:
            return None


def expand(paths: Iterable[str | Path], include: Iterable[str] = DEFAULT_INCLUDE, exclude: Iterable[str] = (),
           root: str | Path | None = None) -> Iterator[str]:
    """Files to check, in a stable order, each once. Files named on the command line are always kept; files
    found in folders must match an ``include`` glob (relative to that folder; one without ``/`` matches at any
    depth, like ``*.md``) and no ``exclude`` glob (relative to that folder or to ``root``, the config file's
    folder)."""
    include, exclude = tuple(include), tuple(exclude)
    seen: set[str] = set()
    for p in paths:
        path = Path(p)
        if str(p) == "-" or not path.is_dir():
            if str(p) not in seen:
                seen.add(str(p))
                yield str(p)
            continue
        found: set[Path] = set()
        for pattern in include:
            found.update(path.glob(pattern if "/" in pattern else "**/" + pattern))
        for f in sorted(found):
            rel = f.relative_to(path).as_posix()
            if any(part.startswith(".") for part in rel.split("/")[:-1]) or f.is_dir():
                continue
            if exclude and (matches(rel, exclude) or (root is not None and (r := _relative(f, Path(root)))
                                                      is not None and matches(r, exclude))):
                continue
            if str(f) not in seen:
                seen.add(str(f))
                yield str(f)
