"""``claims serve``: the desk's page and a JSON API over the one pipeline, loaded once when the server starts.

- ``GET /`` is the page (paste or drop a draft, see the report of ``claims report`` for it, download the results);
- ``POST /api/extract`` and ``POST /api/check`` take a JSON body ``{"text": …, "language": "auto"}`` or a
  multipart upload (``file``, ``language``) and return the documents of ``claims extract`` and
  ``claims check --format json``; ``POST /api/report`` and ``POST /api/table`` return the report and the claim
  table; ``POST /api/view`` is what the page shows (the report fragment with the document and the findings);
- ``GET /api/health``; ``GET /openapi.json``; every error is JSON ``{"error": "<message>"}``.

Safety: requests larger than ``max_bytes`` are refused (413) before they are read; uploads are parsed and read in memory
(``claims.read.read_bytes``, as the command line reads a file of that name) and never touch the file system; a
request never names a file the server opens (the assets are read at start-up, the upload's name is
only a label); all article text in the page is escaped by the report, and the page's Content-Security-Policy
allows no inline script and nothing from another origin. The pipeline runs in one worker thread, so concurrent
requests queue instead of sharing a spaCy pipeline between threads."""
from __future__ import annotations

import asyncio
import json
import re
import threading
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass
from html import escape
from importlib import resources
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException

from .. import __version__
from ..api import AUTO, Analysis, analyse
from ..checks import CheckConfig, CheckRun
from ..lang import available_languages
from ..read import Input, InputError, format_of, from_text, read_bytes
from ..report import CSS as REPORT_CSS
from ..report import JS as REPORT_JS
from ..report import body as report_body
from ..report import html_head, label_languages, labels
from ..report import render as report_page

#: Default limit of one request's body (a pasted draft or an uploaded file, with the multipart framing).
MAX_BYTES = 10 * 1024 * 1024
#: File types the page offers and the API takes as uploads (the reader decides what it can read).
UPLOAD_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".docx")
#: Table formats of ``POST /api/table`` and their media types.
TABLE_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "jsonl": "application/x-ndjson; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
    "parquet": "application/vnd.apache.parquet",
}
CACHE_SIZE = 16
CACHE_CHARS = 4_000_000  # and at most this many characters of article text in the cache (the newest always kept)
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
WARM_UP = {"nl": '"Het klopt," zei de woordvoerder.', "en": '"It is true," the spokesman said.'}


class ApiError(HTTPException):
    """An error answered as JSON ``{"error": message}`` with an HTTP status."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(status_code=status, detail=message)


@dataclass(frozen=True)
class Article:
    """What a request asks about: the text, the language (``auto`` or a code) and a display name (never opened)."""

    text: str
    language: str = "auto"
    name: str | None = None
    data: bytes | None = None  # an upload's bytes, read as the CLI reads a file of that name

    @property
    def doc_id(self) -> str:
        if not self.name:
            return "text"
        stem = PurePosixPath(self.name).stem
        return stem or "text"


def clean_name(name: Any) -> str | None:
    """A file name from a request as a label: its last path component only, no control characters, at most 200
    characters; None when nothing is left."""
    if not isinstance(name, str):
        return None
    name = PureWindowsPath(PurePosixPath(name.replace("\\", "/")).name).name
    name = re.sub(r"[\x00-\x1f\x7f]", "", name).strip()[:200]
    return name if name not in ("", ".", "..") else None


def download_name(stem: str, suffix: str) -> str:
    """A Content-Disposition header that offers ``stem + suffix`` (ASCII fallback and UTF-8 form)."""
    from urllib.parse import quote

    ascii_stem = re.sub(r"[^A-Za-z0-9._-]+", "_", stem).strip("._") or "claims"
    return f"attachment; filename=\"{ascii_stem}{suffix}\"; filename*=UTF-8''{quote(stem + suffix, safe='')}"


class Desk:
    """The server's state: the desk's check configuration, the model, one worker thread for the pipeline and a
    small cache of recent analyses (the page's downloads ask again for the article it just showed)."""

    def __init__(self, config: CheckConfig | None = None, model: str | None = None, max_bytes: int = MAX_BYTES,
                 cache_size: int = CACHE_SIZE) -> None:
        self.config = config or CheckConfig()
        self.model = model
        self.max_bytes = max_bytes
        self.cache_size = cache_size
        self.languages = available_languages()
        self.pipelines: dict[str, str] = {}
        self._cache: OrderedDict[Article, Analysis] = OrderedDict()
        self._lock = threading.Lock()
        self._executor: ThreadPoolExecutor | None = None

    def start(self) -> None:
        """Load every language's pipeline and take one sentence through each (the first call pays for lazy
        set-up), so that the first request is as fast as the others."""
        from ..parse import load_pipeline, pipeline_name

        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="claims-pipeline")
        for code in self.languages:
            self.pipelines[code] = pipeline_name(load_pipeline(code, self.model))
            sample = WARM_UP.get(code)
            if sample:
                analyse(from_text(sample), self.config, lang=code, model=self.model)

    def stop(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def analyse(self, article: Article) -> Analysis:
        """The analysis of an article (cached by text, language and name)."""
        with self._lock:
            if article in self._cache:
                self._cache.move_to_end(article)
                return self._cache[article]
        try:
            if article.data is not None:
                source = read_upload(article.data, article.name or "upload.txt")
            else:
                source = from_text(article.text, article.doc_id, article.name)
            result = analyse(source, self.config, lang=article.language, model=self.model)
        except ValueError as exc:
            raise ApiError(422, str(exc)) from None
        with self._lock:
            self._cache[article] = result
            while len(self._cache) > 1 and (len(self._cache) > self.cache_size or sum(
                    len(a.text) for a in self._cache) > CACHE_CHARS):
                self._cache.popitem(last=False)
        return result

    async def run(self, fn, *args):
        """Run ``fn(*args)`` on the pipeline's worker thread (one at a time) without blocking the event loop."""
        if self._executor is None:
            self.start()
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)


# --- reading requests ---------------------------------------------------------------------------------------------

async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it is (or says it will be) larger than ``limit`` bytes."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise ApiError(400, "bad Content-Length header")
        if int(declared) > limit:
            raise ApiError(413, f"request too large: {_size(int(declared))} (limit {_size(limit)})")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, f"request too large: more than {_size(limit)}")
        chunks.append(chunk)
    return b"".join(chunks)


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MiB" if n >= 1024 * 1024 else f"{n} bytes"


def _language(value: Any, languages: list[str]) -> str:
    if value is None or value == "":
        return AUTO
    if not isinstance(value, str) or value not in (AUTO, *languages):
        raise ApiError(422, f"language {value!r} is not supported ({AUTO}, {', '.join(languages)})")
    return value


def read_upload(data: bytes, filename: str) -> Input:
    """An uploaded file, read from its bytes by ``claims.read`` exactly as a file of that name on the command line
    (format by the name's suffix from ``UPLOAD_SUFFIXES``, encoding detected); nothing touches the file system, and
    error messages name the upload."""
    suffix = PurePosixPath(filename).suffix.lower() or ".txt"
    if suffix not in UPLOAD_SUFFIXES:
        raise ApiError(415, f"{filename}: unsupported file type {suffix} (use {', '.join(UPLOAD_SUFFIXES)})")
    try:
        return read_bytes(data, filename, PurePosixPath(filename).stem or "upload", filename, format_of(filename))
    except InputError as exc:
        raise ApiError(422, str(exc)) from None


def _multipart(body: bytes, content_type: str, limit: int) -> tuple[dict[str, str], tuple[str, bytes] | None]:
    """Fields and the one file (name, bytes) of a multipart/form-data body, parsed in memory."""
    from python_multipart import create_form_parser
    from python_multipart.exceptions import FormParserError

    fields: dict[str, str] = {}
    files: list[tuple[str, bytes]] = []

    def on_field(field) -> None:
        name = (field.field_name or b"").decode("utf-8", "replace")
        fields[name] = (field.value or b"").decode("utf-8", "replace")

    def on_file(f) -> None:
        f.file_object.seek(0)
        name = f.file_name.decode("utf-8", "replace") if isinstance(f.file_name, bytes) else (f.file_name or "")
        files.append((name, f.file_object.read()))

    try:
        parser = create_form_parser({"Content-Type": content_type.encode("latin-1")}, on_field, on_file,
                                    config={"MAX_MEMORY_FILE_SIZE": limit + 1, "MAX_BODY_SIZE": limit})
        parser.write(body)
        parser.finalize()
    except (FormParserError, ValueError) as exc:
        raise ApiError(400, f"malformed multipart body: {exc}") from None
    if len(files) > 1:
        raise ApiError(422, "upload one file at a time")
    return fields, (files[0] if files else None)


async def read_article(request: Request, desk: Desk) -> Article:
    """The article of a POST: a JSON object ``{"text", "language", "name"}`` or a multipart form with a ``file``
    (or a ``text`` field) and ``language``."""
    content_type = request.headers.get("content-type", "")
    body = await read_body(request, desk.max_bytes)
    kind = content_type.split(";")[0].strip().lower()
    if kind == "application/json":
        try:
            data = json.loads(body)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ApiError(400, f"body is not valid JSON: {exc}") from None
        if not isinstance(data, dict):
            raise ApiError(422, 'expected a JSON object {"text": "...", "language": "auto"}')
        unknown = sorted(set(data) - {"text", "language", "name"})
        if unknown:
            raise ApiError(422, f"unknown field {unknown[0]!r} (text, language, name)")
        text = data.get("text")
        if not isinstance(text, str):
            raise ApiError(422, 'field "text" is required and must be a string')
        return Article(text, _language(data.get("language"), desk.languages), clean_name(data.get("name")))
    if kind == "multipart/form-data":
        fields, upload = _multipart(body, content_type, desk.max_bytes)
        language = _language(fields.get("language"), desk.languages)
        if upload is not None:
            filename = clean_name(upload[0]) or "upload.txt"
            source = await desk.run(read_upload, upload[1], filename)  # (a bad file is one clear error now)
            return Article(source.text, language, filename, upload[1])
        if "text" in fields:
            return Article(fields["text"], language, clean_name(fields.get("name")))
        raise ApiError(422, 'multipart body needs a "file" (or a "text" field)')
    raise ApiError(415, f"unsupported Content-Type {kind or '(none)'!r}: send application/json "
                        '{"text": "...", "language": "auto"} or multipart/form-data with a "file"')


# --- the page -----------------------------------------------------------------------------------------------------

def _asset(name: str) -> str:
    return resources.files(__name__.rpartition(".")[0]).joinpath(name).read_text(encoding="utf-8")


ASSETS: dict[str, tuple[str, str]] = {
    "report.css": ("text/css; charset=utf-8", REPORT_CSS),
    "report.js": ("text/javascript; charset=utf-8", REPORT_JS),
    "page.css": ("text/css; charset=utf-8", _asset("page.css")),
    "page.js": ("text/javascript; charset=utf-8", _asset("page.js")),
}


def page_language(accept_language: str | None) -> str:
    """The page's own language from the browser's Accept-Language (the first with labels), else English."""
    known = label_languages()
    for part in (accept_language or "").split(","):
        code = part.split(";")[0].strip().lower().split("-")[0]
        if code in known:
            return code
    return "en"


def page_html(ui: str, desk: Desk) -> str:
    """The page shell in language ``ui``; the result area is filled with ``/api/view``'s fragment."""
    L = labels(ui)
    options = "".join(f'<option value="{escape(code)}">{escape(L.get("language." + code, code))}</option>'
                      for code in desk.languages)
    default = desk.config.language
    options = options.replace(f'value="{default}"', f'value="{default}" selected') if default != AUTO else options
    config = (L("page.config", config=desk.config.source) if desk.config.source else L("page.config_default"))
    accept = ",".join(UPLOAD_SUFFIXES)
    return f"""{html_head(ui, __version__, L('page.title'))}
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/page.css">
<link rel="stylesheet" href="/assets/report.css">
</head>
<body>
<header>
<h1>{escape(L('page.heading'))}</h1>
<p class="intro">{escape(L('page.intro'))}</p>
<p class="config">{escape(config)} · claims {escape(__version__)} · <a href="/openapi.json">{escape(L('page.api'))}</a></p>
</header>
<main>
<form id="draft-form" data-empty="{escape(L('page.empty'))}" data-working="{escape(L('page.working'))}"
 data-error="{escape(L('page.error'))}">
<label for="draft" class="label">{escape(L('page.draft'))}</label>
<textarea id="draft" name="text" rows="12" spellcheck="false" placeholder="{escape(L('page.placeholder'))}"></textarea>
<div class="row">
<label class="drop" id="drop">{escape(L('page.file'))}
<input type="file" id="file" name="file" accept="{escape(accept)}"></label>
<label>{escape(L('page.language'))}
<select id="language" name="language"><option value="{AUTO}">{escape(L('page.auto'))}</option>{options}</select></label>
<button type="submit" id="check">{escape(L('page.analyse'))}</button>
<span class="hint">{escape(L('page.shortcut'))}</span>
</div>
<p id="status" role="status" aria-live="polite"></p>
</form>
<section id="result" aria-label="{escape(L('page.result'))}" tabindex="-1"></section>
</main>
<script src="/assets/report.js"></script>
<script src="/assets/page.js"></script>
</body>
</html>
"""


def view_html(analysis: Analysis) -> str:
    """What the page shows for an analysis: the download buttons (in the article's language) and the report."""
    L = labels(analysis.document["document"]["language"])
    buttons = "".join(
        f'<button type="button" data-download="{kind}">{escape(L("page.dl." + kind))}</button>'
        for kind in ("json", "check", "csv", "xlsx", "report"))
    return (f'<nav class="downloads" aria-label="{escape(L("page.downloads"))}" lang="{escape(L.language)}">'
            f'<span>{escape(L("page.downloads"))}:</span> {buttons}</nav>'
            + report_body(analysis.source.text, analysis.document, analysis.findings))


def check_json(run: CheckRun) -> dict:
    from ..formats.jsonout import as_dict

    return as_dict(run)


# --- the app ------------------------------------------------------------------------------------------------------

ARTICLE_BODY = {
    "required": True,
    "content": {
        "application/json": {"schema": {
            "type": "object", "required": ["text"], "additionalProperties": False,
            "properties": {
                "text": {"type": "string", "description": "The article (offsets in the answer point into it)."},
                "language": {"type": "string", "default": "auto",
                             "description": "nl, en, or auto to detect it (the desk's configured language when "
                                            "omitted or auto and the configuration names one)."},
                "name": {"type": "string", "description": "A file name recorded as the document's path and id "
                                                          "(never opened)."}},
        }, "example": {"text": '"We gaan door," zei de wethouder.', "language": "auto"}},
        "multipart/form-data": {"schema": {
            "type": "object",
            "properties": {
                "file": {"type": "string", "format": "binary",
                         "description": f"The article as a file ({', '.join(UPLOAD_SUFFIXES)})."},
                "text": {"type": "string", "description": "The article as text (instead of a file)."},
                "language": {"type": "string", "default": "auto"}},
        }},
    },
}
ERROR_RESPONSES = {
    code: {"description": text, "content": {"application/json": {"schema": {
        "type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}}}}}
    for code, text in ((400, "Malformed request"), (413, "Request too large"), (415, "Unsupported content or file "
                       "type"), (422, "Invalid request or unreadable article"))
}


def create_app(config: CheckConfig | None = None, model: str | None = None, max_bytes: int = MAX_BYTES,
               desk: Desk | None = None, allowed_hosts: list[str] | None = None) -> FastAPI:
    """The ASGI application. Pipelines are loaded when it starts (its lifespan), once. ``allowed_hosts``: the
    names a request's Host header may carry (None: any); ``claims serve`` on a loopback address allows only
    loopback names, so a web page whose name an attacker points at 127.0.0.1 (DNS rebinding) gets no answer."""
    desk = desk or Desk(config, model, max_bytes)
    app = FastAPI(title="claims", version=__version__, lifespan=_lifespan(desk), docs_url=None, redoc_url=None,
                  description="Who said what in a news article, and is it confirmed? The same documents as the "
                              "`claims` command line. Errors are JSON `{\"error\": message}`.")
    app.state.desk = desk
    _add_error_handlers(app)
    _add_headers(app, None if allowed_hosts is None else {h.lower() for h in allowed_hosts})
    _add_page_routes(app, desk)
    _add_article_routes(app, desk)
    _publish_document_schemas(app)
    return app


def _lifespan(desk: Desk):
    """Load the pipelines when the server starts (off the event loop); stop the worker when it ends."""

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        await asyncio.get_running_loop().run_in_executor(None, desk.start)
        try:
            yield
        finally:
            desk.stop()

    return lifespan


def _add_error_handlers(app: FastAPI) -> None:
    """Every error as JSON ``{"error": message}``: HTTP errors with their status, invalid requests 422, a route
    that does not exist 404, anything else 500."""

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        return JSONResponse({"error": str(exc.detail)}, status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return JSONResponse({"error": f"{where}: {first.get('msg', 'invalid request')}"}, status_code=422)

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception):
        return JSONResponse({"error": f"internal error: {exc!r}"}, status_code=500)

    @app.exception_handler(404)
    async def not_found(request: Request, exc):
        return JSONResponse({"error": f"not found: {request.url.path}"}, status_code=404)


def _add_headers(app: FastAPI, hosts: set[str] | None) -> None:
    """Refuse a Host the server does not answer to (``hosts``; None: any), and give every answer the safety
    headers (no sniffing, no referrer, the Content-Security-Policy, no caching)."""

    @app.middleware("http")
    async def headers(request: Request, call_next):
        if hosts is not None:
            host = request.headers.get("host", "").lower()
            name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
            if name not in hosts:
                return JSONResponse({"error": f"host {host!r} is not served here (use {sorted(hosts)[0]})"},
                                    status_code=400)
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("Cache-Control", "no-store")
        return response


def _add_page_routes(app: FastAPI, desk: Desk) -> None:
    """``GET /`` (the page in the browser's language, built once per language), its assets and the health check."""
    pages: dict[str, str] = {}

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def page(request: Request):
        ui = page_language(request.headers.get("accept-language"))
        if ui not in pages:
            pages[ui] = page_html(ui, desk)
        return HTMLResponse(pages[ui], headers={"Content-Language": ui})

    @app.get("/assets/{name}", include_in_schema=False)
    async def asset(name: str):
        if name not in ASSETS:  # a fixed set read at start-up: no request path reaches the file system
            raise ApiError(404, f"no asset {name!r}")
        media, text = ASSETS[name]
        return Response(text, media_type=media)

    @app.get("/api/health", summary="Health and what the server has loaded")
    async def health() -> dict:
        return {"status": "ok", "version": __version__, "languages": desk.languages,
                "pipelines": desk.pipelines, "config": desk.config.source,
                "rules": desk.config.enabled, "max_bytes": desk.max_bytes}


def _add_article_routes(app: FastAPI, desk: Desk) -> None:
    """The POST routes, each an article in (``read_article``) and one of the command line's answers out."""
    post = dict(openapi_extra={"requestBody": ARTICLE_BODY}, responses=ERROR_RESPONSES)

    @app.post("/api/extract", summary="Statements, speakers and status (as `claims extract`)", **post,
              response_description="A document valid against schemas/claims.schema.json")
    async def extract(request: Request):
        result = await desk.run(desk.analyse, await read_article(request, desk))
        return JSONResponse(result.document)

    @app.post("/api/check", summary="Findings with the desk's configuration (as `claims check --format json`)",
              **post)
    async def check(request: Request):
        result = await desk.run(desk.analyse, await read_article(request, desk))
        return JSONResponse(check_json(result.check))

    @app.post("/api/report", summary="The HTML report (as `claims report`)", response_class=HTMLResponse, **post)
    async def report(request: Request):
        article = await read_article(request, desk)
        result = await desk.run(desk.analyse, article)
        html = await desk.run(report_page, result.source.text, result.document, result.findings)
        return HTMLResponse(html, headers={"Content-Disposition": download_name(article.doc_id, ".html"),
                                           "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline';"
                                                                      " script-src 'unsafe-inline'"})

    @app.post("/api/table", summary="The claim table (as `claims table`): ?format=csv|xlsx|jsonl|md|parquet",
              **post)
    async def table(request: Request, format: str = "csv", speakers: bool = False):
        if format not in TABLE_TYPES:
            raise ApiError(422, f"unknown table format {format!r} ({', '.join(TABLE_TYPES)})")
        article = await read_article(request, desk)
        result = await desk.run(desk.analyse, article)
        data = await desk.run(table_bytes, result.document, format, speakers)
        return Response(data, media_type=TABLE_TYPES[format],
                        headers={"Content-Disposition": download_name(article.doc_id, f".{format}")})

    @app.post("/api/view", summary="What the page shows: the report fragment, the document and the findings",
              **post)
    async def view(request: Request):
        article = await read_article(request, desk)
        result = await desk.run(desk.analyse, article)
        html = await desk.run(view_html, result)
        return JSONResponse({"name": article.name, "language": result.document["document"]["language"],
                             "text": result.source.text, "html": html, "document": result.document,
                             "check": check_json(result.check)})


def table_bytes(document: dict, fmt: str, speakers: bool = False) -> bytes:
    """The claim table (or speaker table) of one document in a ``TABLE_TYPES`` format."""
    from ..formats.table import write_bytes
    from ..tables import claim_rows, frame, speaker_rows

    rows = (speaker_rows if speakers else claim_rows)(document)
    return write_bytes(frame(rows, speakers=speakers), fmt)


def _publish_document_schemas(app: FastAPI) -> None:
    """``GET /openapi.json`` describes the answers with the published JSON schemas (``add_document_schemas``)."""
    generated = app.openapi

    def openapi() -> dict:
        if app.openapi_schema is None:
            add_document_schemas(generated())
        return app.openapi_schema

    app.openapi = openapi


def add_document_schemas(spec: dict) -> dict:
    """Put the published JSON schemas of the answers into the OpenAPI description: ``claims.schema.json`` (the
    document of ``extract``) as ``components.schemas.ClaimsDocument`` (its ``$defs`` as ``ClaimsDocument_<name>``)
    and, when the package ships one, ``check.schema.json`` as ``CheckRun``."""
    components = spec.setdefault("components", {}).setdefault("schemas", {})
    for filename, name, path in (("claims.schema.json", "ClaimsDocument", "/api/extract"),
                                 ("check.schema.json", "CheckRun", "/api/check")):
        file = resources.files("claims").joinpath("schemas", filename)
        if not file.is_file():
            continue
        text = file.read_text(encoding="utf-8").replace('"#/$defs/', f'"#/components/schemas/{name}_')
        schema = json.loads(text)
        for key in ("$schema", "$id"):
            schema.pop(key, None)
        for def_name, definition in schema.pop("$defs", {}).items():
            components[f"{name}_{def_name}"] = definition
        components[name] = schema
        content = spec["paths"][path]["post"]["responses"].setdefault("200", {"description": "OK"})
        content["content"] = {"application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}}
    return spec
