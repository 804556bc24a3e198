"""spaCy's command line, imported when it is used rather than with spaCy.

``import spacy`` runs ``from .cli.info import info`` to offer ``spacy.info()``, and with it spaCy's whole command
line: ``spacy.cli`` imports every command, and those import weasel, httpx, requests, rich, jinja2 and Typer — about
a quarter of ``import spacy`` (0.2 s of CPU on this machine), paid by every ``claims`` process that parses, though
claims never runs spaCy's command line.

``defer()`` (called by ``claims/__init__.py`` before spaCy is imported) puts a finder first on ``sys.meta_path``
that imports ``spacy.cli`` and ``spacy.cli.info`` as stand-ins: each is an empty module with the real module's
file and search path (set as usual in ``sys.modules`` and on its parent); the first time one of its names is looked up
(``spacy.cli.download``, ``spacy.cli.app``, …) it runs the real
module's code in itself and is from then on that module. ``spacy.cli.info.info`` (which ``import spacy`` binds as
``spacy.info``) calls the real ``info`` the same way. Submodules (``import spacy.cli.download``) import as
always. Nothing changes when spaCy was imported before claims, or when its files are not where expected.
(``type(spacy.cli)`` is this module's ``Deferred`` until it is used.)
"""
from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import sys
import threading
import types
from pathlib import Path

_LOCK = threading.RLock()


class Deferred(types.ModuleType):
    """A module whose code runs the first time one of its names is looked up (any name but the import system's
    ``__dunder__`` ones and, in ``spacy.cli.info``, ``info``)."""

    def __getattribute__(self, name: str):
        if not name.startswith("__") and name != "load":
            own = types.ModuleType.__getattribute__(self, "__dict__")
            if "_claims_real" in own and not (name == "info" and own.get("__name__") == "spacy.cli.info"):
                Deferred.load(self)
        return types.ModuleType.__getattribute__(self, name)

    def load(self) -> bool:
        """Run the real module's code in this module (once); False when that is under way or done already."""
        with _LOCK:
            real = self.__dict__.get("_claims_real")
            if type(self) is not Deferred or real is None:
                return False
            del self.__dict__["_claims_real"]
            self.__spec__, self.__loader__ = real, real.loader
            self.__class__ = types.ModuleType
            real.loader.exec_module(self)
            return True


class _Loader(importlib.abc.Loader):
    def __init__(self, real) -> None:
        self.real = real

    def create_module(self, spec):
        module = Deferred(spec.name)
        module.__dict__["_claims_real"] = self.real
        if spec.name == "spacy.cli.info":
            module.info = info
        return module

    def exec_module(self, module) -> None:
        pass  # (the real code runs on first use: Deferred.load)


class _Finder(importlib.abc.MetaPathFinder):
    """Finds ``spacy.cli`` and ``spacy.cli.info`` as stand-ins for the real files in ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def find_spec(self, name, path=None, target=None):
        if name not in ("spacy.cli", "spacy.cli.info"):
            return None
        package = name == "spacy.cli"
        file = self.folder / ("__init__.py" if package else "info.py")
        real = importlib.util.spec_from_file_location(
            name, file, submodule_search_locations=[str(self.folder)] if package else None)
        spec = importlib.machinery.ModuleSpec(name, _Loader(real), origin=str(file), is_package=package)
        if package:
            spec.submodule_search_locations = [str(self.folder)]
        spec.has_location = True
        return spec


def info(*args, **kwargs):
    """``spacy.info``: spaCy's own, imported with its command line on first call."""
    module = sys.modules["spacy.cli.info"]
    if isinstance(module, Deferred):
        module.load()
    return module.info(*args, **kwargs)


def defer() -> bool:
    """Put the stand-ins' finder first on ``sys.meta_path`` when spaCy has not been imported yet; True when it is
    in place."""
    if any(isinstance(f, _Finder) for f in sys.meta_path):
        return True
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        return False
    try:
        spec = importlib.util.find_spec("spacy")
    except (ImportError, ValueError):
        return False
    if spec is None or not spec.submodule_search_locations:
        return False
    folder = Path(next(iter(spec.submodule_search_locations))) / "cli"
    if not (folder / "__init__.py").is_file() or not (folder / "info.py").is_file():
        return False
    sys.meta_path.insert(0, _Finder(folder))
    return True
