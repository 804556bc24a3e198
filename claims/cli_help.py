"""How options and arguments look in ``--help`` (and so in docs/cli.md): a flag is shown as a flag (``--quiet``,
not ``--quiet <bool>``), a repeatable option by its element type (``--disable <str>``, the help says it repeats),
and a variadic argument in capitals with dots (``PATHS...``, not ``paths... <list[str]>``).

Typer (0.16 and later) prints its own type labels for every parameter; ``tidy(app)`` gives every command of a
``typer.Typer`` app a command class that relabels its parameters when help is rendered. Parsing is untouched.

Start-up: recent Typer checks every parameter's value with a Pydantic ``TypeAdapter``, built when the command line
is parsed: importing Pydantic and building some twenty adapters is about a third of ``claims check --list-rules``.
A value that is already what its parameter declares (a ``str`` for ``str``, an ``int`` for ``int``, a list of
``str`` for ``List[str]``, the defaults among them) passes as the adapter would pass it (``PassThrough``); any
other value (``--jobs 2`` arrives as the string ``"2"``) goes to Typer's own adapter, built on first use, so
conversions and error messages are Typer's."""
from __future__ import annotations

import re
import typing

import typer
from typer.models import DefaultPlaceholder
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

LIST_LABEL = re.compile(r"list\[(.*)\]")


class PassThrough:
    """A parameter's value coercion: values already of the declared type as they are, anything else through
    Typer's own runtime parameter (a Pydantic adapter), built the first time it is needed."""

    SCALARS = (str, int, float)

    def __init__(self, param) -> None:
        self.param = param
        self.descriptor = param.type_descriptor
        info = self.descriptor.parameter_info
        annotation = self.descriptor.annotation
        plain = (info.parser is None and getattr(info, "min", None) is None and getattr(info, "max", None) is None
                 and self.descriptor.file_annotation is None)
        self.scalar = annotation if plain and annotation in self.SCALARS else None
        self.str_list = plain and typing.get_origin(annotation) is list and typing.get_args(annotation) == (str,)
        self._typer = None

    def typer_param(self):
        if self._typer is None:
            from typer._coercion import build_runtime_param

            self._typer = build_runtime_param(self.descriptor)
        return self._typer

    def passes(self, value) -> bool:
        if self.scalar is not None:
            return type(value) is self.scalar
        return self.str_list and isinstance(value, (list, tuple)) and all(type(v) is str for v in value)

    def coerce(self, value, param, ctx):
        if value is None:
            return () if param.multiple or param.nargs == -1 else None
        if self.passes(value):
            return list(value) if self.str_list else value
        return self.typer_param().coerce(value, param=param, ctx=ctx)


def _pass_through(param) -> None:
    """Install ``PassThrough`` as the parameter's coercion where this Typer coerces through runtime parameters."""
    if getattr(param, "_runtime_param", False) is None and hasattr(param, "type_descriptor"):
        param._runtime_param = PassThrough(param)


def _element_label(param, ctx) -> str | None:
    try:
        label = param.display_type(ctx)
    except Exception:  # an older Typer without display_type: keep its own rendering
        return None
    return LIST_LABEL.sub(r"\1", label)


def relabel(param) -> None:
    """Relabel one parameter in place (idempotent)."""
    if getattr(param, "_claims_relabelled", False):
        return
    param._claims_relabelled = True
    _pass_through(param)
    if isinstance(param, TyperOption):
        if param.is_flag or param.count:
            param.display_type_rich = lambda ctx: None
        elif param.multiple:
            param.display_type_rich = lambda ctx, p=param: _element_label(p, ctx)
    elif isinstance(param, TyperArgument) and param.nargs != 1 and param.metavar is None:
        name = (param.name or "args").upper()
        param.metavar = name + "..."
        usage = f"{name}..." if param.required else f"[{name}]..."
        param.get_usage_pieces = lambda ctx, u=usage: [u]
        param.display_type_rich = lambda ctx, p=param: _element_label(p, ctx)


class Command(TyperCommand):
    def get_params(self, ctx):
        params = super().get_params(ctx)
        for param in params:
            relabel(param)
        return params


class Group(TyperGroup):
    def get_params(self, ctx):
        params = super().get_params(ctx)
        for param in params:
            relabel(param)
        return params


def tidy(app: typer.Typer) -> None:
    """Give ``app`` and each of its registered commands the relabelling classes (unless they chose their own)."""
    if app.info.cls is None or app.info.cls is TyperGroup or isinstance(app.info.cls, DefaultPlaceholder):
        app.info.cls = Group
    for info in app.registered_commands:
        if info.cls in (None, TyperCommand):
            info.cls = Command
