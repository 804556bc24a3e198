"""From the paths on the command line to the files to read: folders expand through glob patterns, hidden
folders are skipped, ``exclude`` globs and ``.gitignore`` files drop files, each file is read once. Paths that do
not exist are kept, so that reading them reports one clear error each."""
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


class GitIgnore:
    """The ``.gitignore`` files that apply under a folder: those in the folder and below, and those above it up
    to the repository's top (the first folder with a ``.git``). Each file's patterns are relative to its own
    folder; a deeper file overrides a shallower one (``!pattern`` re-includes), as in git."""

    def __init__(self) -> None:
        self._specs: dict[Path, object | None] = {}

    def _spec(self, folder: Path):
        if folder not in self._specs:
            spec = None
            f = folder / ".gitignore"
            if f.is_file():
                import pathspec

                try:
                    lines = f.read_text(encoding="utf-8", errors="replace").splitlines()
                    spec = pathspec.GitIgnoreSpec.from_lines(lines)
                except (OSError, ValueError):
                    spec = None
            self._specs[folder] = spec
        return self._specs[folder]

    @staticmethod
    def _top(folder: Path) -> Path:
        for d in (folder, *folder.parents):
            if (d / ".git").exists():
                return d
        return folder

    def ignored(self, file: Path, walked: Path) -> bool:
        """Whether ``file`` (found in the folder ``walked``) is ignored by a ``.gitignore``."""
        file = file.absolute()
        walked = walked.absolute()
        top = self._top(walked)
        folders = [d for d in reversed(file.parents) if d == top or top in d.parents]
        decision = None
        for d in folders:
            spec = self._spec(d)
            if spec is None:
                continue
            rel = file.relative_to(d).as_posix()
            result = spec.check_file(rel)
            if result.include is not None:
                decision = result.include
        return bool(decision)


def _key(path: str) -> str:
    """Identity of a path for 'each file once': its resolved absolute form (``a.txt`` and ``./a.txt`` are one)."""
    try:
        return str(Path(path).resolve())
    except (OSError, RuntimeError):
        return str(Path(path).absolute())


def _excluded(path: Path, base: Path | None, exclude: tuple[str, ...], root: str | Path | None) -> bool:
    if not exclude:
        return False
    candidates = []
    if base is not None:
        candidates.append(_relative(path, base))
    if root is not None:
        candidates.append(_relative(path, Path(root)))
    candidates.append(_relative(path, Path.cwd()))
    return any(c is not None and matches(c, exclude) for c in candidates)


def expand(paths: Iterable[str | Path], include: Iterable[str] = DEFAULT_INCLUDE, exclude: Iterable[str] = (),
           root: str | Path | None = None, *, gitignore: bool = True, force_exclude: bool = False) -> Iterator[str]:
    """Files to check, in a stable order, each once (by resolved path: ``a.txt`` and ``./a.txt`` are one file).

    Files found in folders must match an ``include`` glob (relative to that folder; one without ``/`` matches at
    any depth, like ``*.md``), no ``exclude`` glob (relative to that folder, to ``root`` — the config file's
    folder — or to the working folder), and, with ``gitignore``, not be ignored by a ``.gitignore``. Files named
    explicitly are always checked (like ruff), unless ``force_exclude``: then ``exclude`` and ``.gitignore``
    apply to them too."""
    include, exclude = tuple(include), tuple(exclude)
    ignore = GitIgnore() if gitignore else None
    seen: set[str] = set()
    for p in paths:
        path = Path(p)
        if str(p) == "-" or not path.is_dir():
            if str(p) != "-" and force_exclude and (
                    _excluded(path, None, exclude, root)
                    or (ignore is not None and ignore.ignored(path, path.parent))):
                continue
            key = "-" if str(p) == "-" else _key(str(p))
            if key not in seen:
                seen.add(key)
                yield str(p)
            continue
        found: set[Path] = set()
        for pattern in include:
            found.update(path.glob(pattern if "/" in pattern else "**/" + pattern))
        for f in sorted(found):
            rel = f.relative_to(path).as_posix()
            if any(part.startswith(".") for part in rel.split("/")[:-1]) or f.is_dir():
                continue
            if _excluded(f, path, exclude, root):
                continue
            if ignore is not None and ignore.ignored(f, path):
                continue
            key = _key(str(f))
            if key not in seen:
                seen.add(key)
                yield str(f)
