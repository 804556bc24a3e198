"""Configuration of ``claims check``, in layers: built-in defaults → a config file → command-line flags.

The file is the first of ``.claims.toml`` (keys at the top level, or under ``[tool.claims]``) or a
``pyproject.toml`` with a ``[tool.claims]`` table, searched from the checked path's folder upward; ``--config``
names one instead. Unknown keys, unknown rule ids and bad values are errors (``ConfigError``), never ignored::

    [tool.claims]
    language = "nl"                 # nl | en | auto
    fail-on = "warning"             # error | warning | info | never
    disable = ["single-source"]
    include = ["**/*.txt"]          # files taken from folders (default **/*.txt and **/*.md)
    exclude = ["drafts/**"]         # files skipped in folders (and named files with force-exclude)
    force-exclude = false           # true: exclude and .gitignore apply to files named on the command line too
    respect-gitignore = true        # false: .gitignore files do not drop files found in folders

    [tool.claims.rules]
    hedged-claim = "warning"        # error | warning | info | off
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .findings import FAIL_ON_LEVELS, SEVERITIES
from .rules import RULES

#: The files ``claims check`` takes from a folder when no ``include`` says otherwise (also ``claims table``'s).
DEFAULT_INCLUDE = ("**/*.txt", "**/*.md")
KEYS = ("language", "rules", "disable", "fail-on", "include", "exclude", "force-exclude", "respect-gitignore")


class ConfigError(ValueError):
    """A configuration that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class CheckConfig:
    language: str = "auto"
    severities: dict[str, str] = field(default_factory=lambda: {r.id: r.severity for r in RULES.values()})
    fail_on: str = "error"
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    force_exclude: bool = False
    respect_gitignore: bool = True
    source: str | None = None  # the file the configuration came from, if any
    root: str | None = None  # folder include/exclude globs are relative to (the config file's)

    @property
    def enabled(self) -> list[str]:
        """Ids of the rules that run, in registry order."""
        return [rid for rid in RULES if self.severities.get(rid, "off") != "off"]

    def with_flags(self, language: str | None = None, fail_on: str | None = None,
                   disable: Iterable[str] = (), include: Iterable[str] = (), exclude: Iterable[str] = (),
                   force_exclude: bool | None = None, respect_gitignore: bool | None = None) -> "CheckConfig":
        """The last layer: command-line flags over whatever the file said."""
        where = "command line"
        changes: dict[str, Any] = {}
        if language is not None:
            changes["language"] = _language(language, where)
        if fail_on is not None:
            changes["fail_on"] = _choice(fail_on, FAIL_ON_LEVELS, "--fail-on", where)
        disable = _split(disable)
        if disable:
            severities = dict(self.severities)
            for rid in _rule_ids(disable, "--disable", where):
                severities[rid] = "off"
            changes["severities"] = severities
        include = _split(include)
        if include:
            changes["include"] = tuple(include)
        exclude = _split(exclude)
        if exclude:  # added to the file's excludes, like ruff's --extend-exclude
            changes["exclude"] = (*self.exclude, *exclude)
        if force_exclude is not None:
            changes["force_exclude"] = force_exclude
        if respect_gitignore is not None:
            changes["respect_gitignore"] = respect_gitignore
        return replace(self, **changes)


def _split(values: Iterable[str]) -> list[str]:
    """Flags may be repeated or comma-separated: ``--disable a,b --disable c``."""
    return [v.strip() for value in values for v in str(value).split(",") if v.strip()]


def _choice(value: Any, choices: Iterable[str], key: str, where: str) -> str:
    choices = tuple(choices)
    if not isinstance(value, str) or value not in choices:
        raise ConfigError(f"{where}: {key} = {value!r}: expected one of {', '.join(choices)}")
    return value


def languages() -> tuple[str, ...]:
    """The values of ``language``: "auto" (detect per document) and every language with a data file."""
    from ..api import AUTO
    from ..lang import available_languages

    return (AUTO, *available_languages())


def _language(value: Any, where: str) -> str:
    return _choice(value, languages(), "language", where)


def _rule_ids(ids: Iterable[Any], key: str, where: str) -> list[str]:
    out = []
    for rid in ids:
        if rid not in RULES:
            raise ConfigError(f"{where}: {key}: unknown rule {rid!r} (see claims check --list-rules)")
        out.append(rid)
    return out


def _bool(value: Any, key: str, where: str) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"{where}: {key} = {value!r}: expected true or false")
    return value


def _globs(value: Any, key: str, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(f"{where}: {key}: expected a list of glob strings")
    return tuple(value)


def from_table(table: Any, where: str, root: str | None = None) -> CheckConfig:
    """Validate one ``[tool.claims]`` table (already parsed) into a configuration over the defaults."""
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: [tool.claims] must be a table")
    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r} (allowed: {', '.join(KEYS)})")
    config = CheckConfig(source=where, root=root)
    severities = dict(config.severities)
    rules = table.get("rules", {})
    if not isinstance(rules, dict):
        raise ConfigError(f"{where}: rules: expected a table of rule-id = severity")
    for rid in _rule_ids(rules, "rules", where):
        severities[rid] = _choice(rules[rid], (*SEVERITIES, "off"), f"rules.{rid}", where)
    disable = table.get("disable", [])
    if not isinstance(disable, list):
        raise ConfigError(f"{where}: disable: expected a list of rule ids")
    for rid in _rule_ids(disable, "disable", where):
        severities[rid] = "off"
    return replace(
        config,
        severities=severities,
        language=_language(table.get("language", config.language), where),
        fail_on=_choice(table.get("fail-on", config.fail_on), FAIL_ON_LEVELS, "fail-on", where),
        include=_globs(table["include"], "include", where) if "include" in table else config.include,
        exclude=_globs(table["exclude"], "exclude", where) if "exclude" in table else config.exclude,
        force_exclude=_bool(table.get("force-exclude", config.force_exclude), "force-exclude", where),
        respect_gitignore=_bool(table.get("respect-gitignore", config.respect_gitignore), "respect-gitignore", where),
    )


def parse_file(path: Path, parse: Callable[[str], Any], malformed: type[Exception], missing: str, unreadable: str,
               invalid: str) -> Any:
    """``parse`` of a file's text, every failure a ``ConfigError`` that names the file: ``missing`` when it does not
    exist, ``unreadable`` when it cannot be read as UTF-8, ``invalid`` when ``parse`` raises ``malformed`` (the
    messages may hold ``{exc}``)."""
    try:
        return parse(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: {missing}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: {unreadable.format(exc=exc)}") from None
    except malformed as exc:
        raise ConfigError(f"{path}: {invalid.format(exc=exc)}") from None


def load_file(path: str | Path) -> CheckConfig:
    """Read a configuration file: ``pyproject.toml`` (its ``[tool.claims]``) or a ``.claims.toml``."""
    import tomllib  # (here, not at the top: a check with no configuration file reads no TOML)

    path = Path(path)
    data = parse_file(path, tomllib.loads, tomllib.TOMLDecodeError, "no such config file", "cannot read: {exc}",
                      "invalid TOML: {exc}")
    tool = data.get("tool", {}).get("claims") if isinstance(data.get("tool"), dict) else None
    if path.name == "pyproject.toml" or tool is not None:
        if path.name != "pyproject.toml":
            extra = sorted(set(data) - {"tool"})
            if extra:
                raise ConfigError(f"{path}: unknown key {extra[0]!r} next to [tool.claims]")
        table = tool if tool is not None else {}
    else:
        table = data
    return from_table(table, str(path), root=str(path.parent.resolve()))


def find_config(start: str | Path) -> Path | None:
    """The nearest configuration file from ``start`` (a file or folder) upward: ``.claims.toml`` wins over a
    ``pyproject.toml`` in the same folder, and a ``pyproject.toml`` only counts when it has ``[tool.claims]``."""
    here = Path(start).resolve()
    if not here.is_dir():
        here = here.parent
    for folder in (here, *here.parents):
        claims_toml = folder / ".claims.toml"
        if claims_toml.is_file():
            return claims_toml
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _has_tool_claims(pyproject):
            return pyproject
    return None


def _has_tool_claims(pyproject: Path) -> bool:
    import tomllib

    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    tool = data.get("tool")
    return isinstance(tool, dict) and "claims" in tool


def discover(paths: Iterable[str | Path]) -> CheckConfig:
    """The configuration for checking ``paths``: the nearest file above their common folder, else defaults."""
    paths = [Path(p) for p in paths if str(p) != "-"]
    if not paths:
        start = Path.cwd()
    else:
        try:
            start = Path(os.path.commonpath([str(p.resolve()) for p in paths]))
        except ValueError:  # different drives
            start = Path.cwd()
    found = find_config(start)
    return load_file(found) if found else CheckConfig()
