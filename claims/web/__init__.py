"""The desk's page in the browser and the JSON API: ``claims serve`` (see ``claims.web.app``)."""
from __future__ import annotations

from .app import MAX_BYTES, Desk, create_app

__all__ = ["MAX_BYTES", "Desk", "create_app"]
