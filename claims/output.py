"""Writing results: files appear whole or not at all, a write error is one line, and nothing is held in memory
that could already be on disk.

- Every file is written to a temporary file in the target's folder (``.<name>.<random>.tmp``), flushed and
  ``fsync``-ed, then renamed over the target, and the folder is ``fsync``-ed: a reader sees the old file or the
  new one, after a crash as well. The temporary file is removed on every path out (an error, Ctrl-C, SIGTERM —
  ``terminate_cleanly``); only a SIGKILL or a power cut can leave one behind, and its name says what it is.
- A target that is a symlink: the file it points to is written (the link stays a link), like a shell
  redirection. A target that exists and is not a regular file (``/dev/null``, a FIFO, a terminal) is written
  directly, also like a shell redirection, never replaced. A target that is a folder is an error.
- A replaced file keeps its permission bits; a new file gets ``0666`` minus the umask, like any new file.
- ``DocumentSink`` writes ``claims extract`` results one document at a time: to standard output, to one JSON or
  JSON-lines file (streamed into the temporary file, so memory stays flat however many documents), or to a folder
  with one ``.json`` per input that mirrors the inputs' paths below their common folder, so that two inputs with
  the same name never overwrite each other.

Every failure is an ``OutputError`` whose message is one line naming the path and the reason.
"""
from __future__ import annotations

import json
import os
import signal
import stat
import sys
import tempfile
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


class OutputError(Exception):
    """A result that could not be written; the message is one line naming the path and the reason."""


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def target_of(path: str | Path) -> Path:
    """Where writing ``path`` puts the bytes: the file a symlink points to (followed to the end), else ``path``.
    Raises ``OutputError`` for a folder."""
    path = Path(path)
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    if target.is_dir():
        raise OutputError(f"{path}: is a folder (give a file name)")
    return target


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # (a platform without folder descriptors)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextmanager
def atomic_writer(path: str | Path) -> Iterator[IO[bytes]]:
    """A binary file handle whose content replaces ``path`` only when the ``with`` block ends without an error
    (see the module docstring). Raises ``OutputError``."""
    shown = Path(path)
    target = target_of(shown)
    if target.exists() and not target.is_file():  # /dev/null, a FIFO, a terminal: written like a redirection
        try:
            with open(target, "wb") as fh:
                yield fh
        except OSError as exc:
            raise OutputError(f"cannot write {shown}: {_reason(exc)}") from None
        return
    folder = target.parent
    _make_folder(folder, shown)
    try:
        mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else 0o666 & ~_umask()
    except OSError as exc:
        raise OutputError(f"cannot write {shown}: {_reason(exc)}") from None
    tmp = None
    try:
        with _signals_deferred():  # (Ctrl-C or SIGTERM between making the file and knowing its name: after)
            try:
                fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
            except OSError as exc:
                raise OutputError(f"cannot write {shown}: {_reason(exc)}") from None
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        _exit_if_terminated()  # (a SIGTERM whose exception something swallowed still ends the run here)
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except OSError as exc:
        if tmp is not None:
            _remove(tmp)
        raise OutputError(f"cannot write {shown}: {_reason(exc)}") from None
    except BaseException:
        if tmp is not None:
            _remove(tmp)
        raise
    _fsync_dir(folder)


@contextmanager
def _signals_deferred() -> Iterator[None]:
    """SIGINT and SIGTERM that arrive inside the block are handled when it ends (by the handlers they had), so
    that a file made inside it is known by name before an interruption can leave it behind. Main thread only
    (elsewhere a no-op: signals are handled in the main thread)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    wanted = [s for s in (getattr(signal, "SIGINT", None), getattr(signal, "SIGTERM", None)) if s is not None]
    previous = {s: signal.signal(s, lambda signum, frame: caught.append(signum)) for s in wanted}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        for signum in caught[:1]:
            handler = previous[signum]
            if callable(handler):
                handler(signum, None)  # (Python's SIGINT handler raises KeyboardInterrupt; terminate_cleanly exits)
            elif handler == signal.SIG_DFL:
                os.kill(os.getpid(), signum)


def _make_folder(folder: Path, shown: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        blocking = next((p for p in [folder, *folder.parents] if p.exists() and not p.is_dir()), folder)
        raise OutputError(f"cannot write {shown}: {blocking} is a file, not a folder") from None
    except OSError as exc:
        raise OutputError(f"cannot create folder {folder} for {shown}: {_reason(exc)}") from None


def _remove(tmp: str) -> None:
    try:
        os.unlink(tmp)
    except OSError:
        pass


def write_file(path: str | Path, data: str | bytes) -> None:
    """Write ``data`` (text as UTF-8) to ``path`` atomically. Raises ``OutputError``."""
    with atomic_writer(path) as fh:
        fh.write(data.encode("utf-8") if isinstance(data, str) else data)


@contextmanager
def terminate_cleanly() -> Iterator[None]:
    """SIGTERM (a killed CI job, ``timeout``) raises ``SystemExit(143)`` for the duration, so that ``finally``
    blocks run and temporary files are removed, as on Ctrl-C. Only in the main thread; elsewhere a no-op."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGTERM"):
        yield
        return

    def handler(signum, frame):
        _TERMINATED.append(signum)
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
        _exit_if_terminated()
    finally:
        signal.signal(signal.SIGTERM, previous)
        _TERMINATED.clear()


#: the SIGTERMs ``terminate_cleanly`` caught: Python runs a signal handler between any two steps of the main
#: thread, and a handler that runs inside a finalizer or a callback has its ``SystemExit`` reported and dropped
#: ("Exception ignored in …"), so the run would go on and replace the old output as if nothing had happened
_TERMINATED: list[int] = []


def _exit_if_terminated() -> None:
    """End the run (``SystemExit(128 + signal)``) if a SIGTERM was caught whose exception did not end it."""
    if _TERMINATED:
        raise SystemExit(128 + _TERMINATED[0])


def mirror_names(paths: Iterable[str]) -> dict[str, Path]:
    """The output file (relative to the output folder) for every input path: its path below the inputs' common
    folder with the suffix replaced by ``.json`` (``a/x.txt`` and ``b/x.txt`` → ``a/x.json``, ``b/x.json``); where
    two inputs would still meet (``x.txt`` and ``x.md``), the whole name plus ``.json`` (``x.txt.json``). Standard
    input (``-``) is ``stdin.json``."""
    paths = list(dict.fromkeys(str(p) for p in paths))
    files = [p for p in paths if p != "-"]
    absolute = {p: os.path.abspath(p) for p in files}
    base = os.path.commonpath([os.path.dirname(a) for a in absolute.values()]) if files else ""
    rel = {p: Path(os.path.relpath(absolute[p], base)) for p in files}
    names = {p: r.with_suffix(".json") if r.suffix else r.with_name(r.name + ".json") for p, r in rel.items()}
    if "-" in paths:
        names["-"] = Path("stdin.json")
    count: dict[Path, int] = {}
    for name in names.values():
        count[name] = count.get(name, 0) + 1
    for p, name in names.items():
        if count[name] > 1 and p != "-":
            names[p] = rel[p].with_name(rel[p].name + ".json")
    return names


def is_folder_target(output: str | Path | None) -> bool:
    """``-o`` names a folder when it is one (or a link to one) or ends in a path separator (give the option's
    string: ``Path("out/")`` has lost the separator)."""
    return output is not None and (Path(output).is_dir() or str(output).endswith(("/", os.sep)))


def json_chunks(document, indent: int | None = 2, prefix: str = "") -> Iterator[str]:
    """The text of ``json.dumps(document, ensure_ascii=False, indent=indent)`` in pieces, every line after the
    first prefixed by ``prefix`` (an element of an indented array), for a ``dict`` or for anything with ``items()``
    whose values may be iterators: those are written element by element (``claims.chunks.StreamedDocument``: a
    long document is written part by part, never held whole). Joined, the pieces are exactly ``json.dumps``'s
    text for the same content."""
    def dump(value, pad: str) -> str:
        text = json.dumps(value, ensure_ascii=False, indent=indent)
        return text.replace("\n", "\n" + pad) if indent is not None else text

    streamed = not isinstance(document, dict)
    fields = list(document.items()) if not streamed else document.items()
    if indent is None:
        yield "{"
        for n, (key, value) in enumerate(fields):
            yield ("" if n == 0 else ", ") + json.dumps(key, ensure_ascii=False) + ": "
            if isinstance(value, (dict, list, str, int, float, bool, type(None))):
                yield dump(value, "")
                continue
            yield "["
            for k, item in enumerate(value):
                yield ("" if k == 0 else ", ") + dump(item, "")
            yield "]"
        yield "}"
        return
    step = " " * indent
    inner, deeper = prefix + step, prefix + step * 2
    yield "{"
    empty = True
    for n, (key, value) in enumerate(fields):
        empty = False
        yield ("" if n == 0 else ",") + "\n" + inner + json.dumps(key, ensure_ascii=False) + ": "
        if isinstance(value, (dict, list, str, int, float, bool, type(None))):
            yield dump(value, inner)
            continue
        count = 0
        for item in value:
            yield ("[" if count == 0 else ",") + "\n" + deeper + dump(item, deeper)
            count += 1
        yield "[]" if count == 0 else "\n" + inner + "]"
    yield "}" if empty else "\n" + prefix + "}"


def _blocks(pieces: Iterable[str], size: int = 1 << 20) -> Iterator[str]:
    """Pieces joined into blocks of about ``size`` characters (one write per block, not per piece)."""
    block: list[str] = []
    length = 0
    for piece in pieces:
        block.append(piece)
        length += len(piece)
        if length >= size:
            yield "".join(block)
            block, length = [], 0
    if block:
        yield "".join(block)


def _write_chunks(fh: IO[bytes], pieces: Iterable[str]) -> None:
    for block in _blocks(pieces):
        fh.write(block.encode("utf-8"))


class DocumentSink:
    """Where ``claims extract`` puts its documents, one at a time (see the module docstring).

    ``fmt`` is ``json`` (one document for a single input, else an array) or ``jsonl``; ``output`` None is
    standard output; ``inputs`` are the input paths (for the folder layout and the single-input case).
    Use as a context manager: leaving it with an error removes the temporary file and keeps an existing output
    unchanged. ``written`` counts the documents written."""

    def __init__(self, output: str | Path | None, fmt: str, inputs: list[str]) -> None:
        if fmt not in ("json", "jsonl"):
            raise ValueError(f"unknown format '{fmt}' (json, jsonl)")
        self.folder = is_folder_target(output)
        self.output, self.fmt = (Path(output) if output is not None else None), fmt
        self.single = len(inputs) == 1
        self.names = mirror_names(inputs) if self.folder else {}
        self.written = 0
        self._held: dict | None = None
        self._fh: IO[bytes] | None = None
        self._ctx = None

    def __enter__(self) -> "DocumentSink":
        if self.folder:
            _make_folder(self.output, self.output)
        elif self.output is not None:
            self._ctx = atomic_writer(self.output)
            self._fh = self._ctx.__enter__()
        return self

    def _emit(self, text: str) -> None:
        if self._fh is not None:
            try:
                self._fh.write(text.encode("utf-8"))
            except OSError as exc:
                raise OutputError(f"cannot write {self.output}: {_reason(exc)}") from None
            return
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except BrokenPipeError:
            raise OutputError("standard output was closed before everything was written") from None
        except OSError as exc:
            raise OutputError(f"cannot write to standard output: {_reason(exc)}") from None

    def write(self, doc, input_path: str | None) -> None:
        """Write one document: a ``dict``, or a ``claims.chunks.StreamedDocument`` (a long document, written part
        by part from disk; the bytes are the same as for its dict)."""
        if self.folder:
            doc_id = doc["document"]["id"] if isinstance(doc, dict) else doc.header["document"]["id"]
            name = self.names.get(input_path or "-") or Path(f"{doc_id}.json")
            target = self.output / name
            with atomic_writer(target) as fh:
                try:
                    _write_chunks(fh, json_chunks(doc))
                    fh.write(b"\n")
                except OSError as exc:
                    raise OutputError(f"cannot write {target}: {_reason(exc)}") from None
        elif self.fmt == "jsonl":
            self._emit_chunks(json_chunks(doc, indent=None))
            self._emit("\n")
        elif self.single:
            self._held = doc  # one input: the document itself, not an array (written at the end)
        else:
            self._emit("[\n" if self.written == 0 else ",\n")
            self._emit("  ")
            self._emit_chunks(json_chunks(doc, prefix="  "))
        self.written += 1

    def _emit_chunks(self, pieces: Iterable[str]) -> None:
        for block in _blocks(pieces):
            self._emit(block)

    def _finish(self) -> None:
        if self.folder or self.fmt == "jsonl":
            return
        if self._held is not None:
            self._emit_chunks(json_chunks(self._held))
            self._emit("\n")
        else:
            self._emit("[]\n" if self.written == 0 else "\n]\n")

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            try:
                self._finish()
            except BaseException:
                if self._ctx is not None:
                    self._ctx.__exit__(*sys.exc_info())
                raise
        if self._ctx is not None:
            ctx, self._ctx = self._ctx, None
            if exc_type is None:
                ctx.__exit__(None, None, None)
            else:
                ctx.__exit__(exc_type, exc, tb)
