"""Serves the Gradio app behind a small security layer, with uvicorn's own signal handling.

Gradio's ``launch`` gives no place for response headers and swallows SIGINT, so
the app is mounted on a FastAPI parent and wrapped in ``Guard``, which:
- adds a Content-Security-Policy, ``frame-ancestors``/``X-Frame-Options`` and ``nosniff``;
- drops ``Access-Control-Allow-Credentials`` where no origin was allowed (Gradio sends it to every origin);
- refuses requests that change something (POST, PUT, DELETE…) from another origin (cross-site uploads);
- when bound to loopback, refuses a ``Host`` header that is not loopback (DNS rebinding).
"""

from __future__ import annotations

import asyncio
import ipaddress
import threading
from urllib.parse import urlsplit

import gradio as gr
import uvicorn
from fastapi import FastAPI
from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Gradio's page needs inline scripts and styles, and evaluates the app's small js= handlers;
# everything else stays on this server, and nothing may frame it.
CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; font-src 'self' data:; media-src 'self' blob:; connect-src 'self'; "
    "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'"
)
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
}
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def host_name(header: str) -> str:
    """ "127.0.0.1:7860" -> "127.0.0.1", "[::1]:7860" -> "::1"."""
    if header.startswith("["):
        return header[1 : header.find("]")]
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def same_origin(headers: Headers, host: str) -> bool:
    """No Origin (a script, gradio_client) or the page's own origin."""
    origin = headers.get("origin")
    return origin is None or urlsplit(origin).netloc == host


class Guard:
    """Pure ASGI middleware around the whole app (outside Gradio's CORS layer, so it sees its headers)."""

    def __init__(self, app: ASGIApp, loopback_only: bool):
        self.app = app
        self.loopback_only = loopback_only

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        host = headers.get("host", "")
        refusal = ""
        if self.loopback_only and not is_loopback(host_name(host)):
            refusal = "This server only answers requests addressed to localhost."
        elif scope["type"] == "http" and scope["method"] not in SAFE_METHODS and not same_origin(headers, host):
            refusal = "Requests from other sites are not accepted."
        if refusal:
            if scope["type"] == "http":
                await PlainTextResponse(refusal, 421 if "localhost" in refusal else 403)(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers.setdefault(name, value)
                if "access-control-allow-origin" not in headers and "access-control-allow-credentials" in headers:
                    del headers["access-control-allow-credentials"]
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except asyncio.CancelledError:
            # uvicorn cancels only at a stop, what is still open after SHUTDOWN_GRACE_S (each chat page's
            # heartbeat stream): the end of the server, not an error in the request.
            if scope["type"] != "http":
                raise


def asgi_app(blocks: gr.Blocks, host: str, max_file_size: int, css: str) -> ASGIApp:
    parent = gr.mount_gradio_app(
        FastAPI(docs_url=None, redoc_url=None, openapi_url=None),
        blocks,
        path="",
        server_name=host,
        footer_links=["api"],
        show_error=True,
        max_file_size=max_file_size,
        css=css,
    )
    return Guard(parent, loopback_only=is_loopback(host))


class Server(uvicorn.Server):
    """uvicorn that can also run in a thread (tests); in the main thread it stops on SIGINT and SIGTERM."""

    def start_in_thread(self) -> threading.Thread:
        thread = threading.Thread(target=self.run, daemon=True)
        thread.start()
        while not self.started and thread.is_alive():
            threading.Event().wait(0.05)
        return thread


# Seconds a stop (Ctrl-C, SIGTERM) waits for requests in flight. Every open chat page holds a heartbeat stream
# that never ends by itself: without a limit the server waited for those pages to close, i.e. forever.
SHUTDOWN_GRACE_S = 5


def serve(asgi: ASGIApp, host: str, port: int, block: bool = True) -> Server:
    config = uvicorn.Config(
        asgi, host=host, port=port, log_level="warning", lifespan="on", timeout_graceful_shutdown=SHUTDOWN_GRACE_S
    )
    server = Server(config)
    if block:
        server.run()
    else:
        server.start_in_thread()
    return server
