"""How options and arguments look in ``--help`` (and so in docs/cli.md): a flag is shown as a flag (``--quiet``,
not ``--quiet <bool>``), a repeatable option by its element type (``--disable <str>``, the help says it repeats),
and a variadic argument in capitals with dots (``PATHS...``, not ``paths... <list[str]>``).

Typer (0.16 and later) prints its own type labels for every parameter; ``tidy(app)`` gives every command of a
``typer.Typer`` app a command class that relabels its parameters when help is rendered. Parsing is untouched."""
from __future__ import annotations

import re

import typer
from typer.models import DefaultPlaceholder
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

LIST_LABEL = re.compile(r"list\[(.*)\]")


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
