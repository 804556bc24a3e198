"""Running the app with uvicorn (the ASGI server ``claims serve`` uses)."""
from __future__ import annotations

import ipaddress
import socket
import sys

from ..checks import CheckConfig
from .app import MAX_BYTES, create_app


def is_loopback(host: str) -> bool:
    """Whether ``host`` only listens on this computer (127.0.0.0/8, ::1, localhost)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve(host: str = "127.0.0.1", port: int = 8000, config: CheckConfig | None = None, model: str | None = None,
          max_bytes: int = MAX_BYTES) -> int:
    """Serve until interrupted; returns the exit status (2 when the address cannot be used)."""
    import uvicorn

    try:  # fail early, with one line, when the port is taken or the address is not ours
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host.strip("[]"), port))
    except OSError as exc:
        print(f"claims: error: cannot listen on {host}:{port}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    if not is_loopback(host):  # then any Host name is answered (the address is reached by many names)
        print(f"claims: warning: listening on {host}: anyone who can reach this machine on port {port} can use the "
              "page and the API (there is no login, and drafts are sent unencrypted over plain HTTP)",
              file=sys.stderr)
    shown = f"[{host}]" if ":" in host else host
    print(f"claims: loading the pipelines, then serving on http://{shown}:{port}/ (Ctrl+C to stop)", file=sys.stderr)
    loopback = is_loopback(host)
    names = ["127.0.0.1", "localhost", "[::1]", host.lower() if ":" not in host else f"[{host.strip('[]')}]"]
    app = create_app(config, model=model, max_bytes=max_bytes, allowed_hosts=names if loopback else None)
    uvicorn.run(app, host=host.strip("[]"), port=port, log_level="warning", server_header=False,
                limit_concurrency=64, timeout_graceful_shutdown=5)
    return 0
