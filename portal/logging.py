"""Structured logs without personal data: one line per request, every line with its request id.

`RequestLogMiddleware` logs each request on the `portal.request` logger with method, path,
status, duration and the user's id — never an e-mail address or a name. The path is logged
without its query string (searches and forms can carry names and addresses there), and
one-time or long-lived secrets in the path (invitation tokens, reset keys, the personal
calendar token) are replaced by `…`.

`RequestContextFilter` gives every log record of the request the same `request_id`, also records
from Django or Wagtail. nginx may pass its own id in `X-Request-ID` so that both logs can be
joined; the response carries the id back. `JsonLinesFormatter` writes one JSON object per
line for the journal or a log shipper (production); demo and tests keep the plain format.
"""

import json
import logging
import re
import time
import uuid
from contextvars import ContextVar
from datetime import UTC, datetime

from django.conf import settings
from django.core.signals import request_finished

request_logger = logging.getLogger("portal.request")
request_id_var: ContextVar[str | None] = ContextVar("refit_request_id", default=None)

# An id from the proxy is used only when it looks like one: anything else could smuggle
# text (or personal data) into every log line of the request.
SAFE_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{8,64}")
# URL parameters whose values are secrets (invitation and seat-offer tokens, the calendar token,
# allauth's confirmation and reset keys); their value never reaches a log line.
SECRET_URL_KWARGS = frozenset({"token", "key"})
# Shorter values are not secrets, and replacing them could mangle the rest of the path.
SECRET_MIN_LENGTH = 8
# Quiet paths: static files are nginx's access log's business, and a load balancer
# probing every few seconds would drown the rest. Failures are still logged.
QUIET_PATHS = ("/gezondheid/", "/gereed/")
# Extra attributes a record may carry into the JSON line. A whitelist on purpose: Django's
# own records carry the request object, whose text includes the query string.
LOGGED_EXTRAS = ("method", "path", "status", "duration_ms", "user_id", "status_code")


class RequestContextFilter(logging.Filter):
    """Stamp each record with the id of the request being handled ("-" outside requests), and
    hide secret tokens in the path that Django's own records quote ("Not Found: /uitnodiging/…/")."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id_var.get() or "-"
        request = getattr(record, "request", None)
        if request is not None and isinstance(record.args, tuple):
            path, safe_path = getattr(request, "path", None), loggable_path(request)
            if path != safe_path:
                record.args = tuple(safe_path if arg == path else arg for arg in record.args)
        return True


class JsonLinesFormatter(logging.Formatter):
    """One JSON object per line: time (UTC), level, logger, message, request id and safe extras."""

    def format(self, record: logging.LogRecord) -> str:
        line = {
            "time": datetime.fromtimestamp(record.created, tz=UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", None) or request_id_var.get(),
        }
        line.update({name: getattr(record, name) for name in LOGGED_EXTRAS if hasattr(record, name)})
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


def loggable_path(request) -> str:
    """The path without query string, with secret URL parameters replaced by `…`."""
    path = request.path
    match = getattr(request, "resolver_match", None)
    for name, value in match.kwargs.items() if match else ():
        if name in SECRET_URL_KWARGS and len(str(value)) >= SECRET_MIN_LENGTH:
            path = path.replace(str(value), "…")
    return path


def forget_request_id(**kwargs) -> None:
    request_id_var.set(None)


def incoming_request_id(request) -> str:
    candidate = request.headers.get("X-Request-ID", "")
    return candidate if SAFE_REQUEST_ID.fullmatch(candidate) else uuid.uuid4().hex


def user_id(request) -> int | None:
    user = getattr(request, "user", None)  # absent when a middleware answered before authentication
    return user.pk if user is not None and user.is_authenticated else None


class RequestLogMiddleware:
    """The access log of the application; first in MIDDLEWARE so the duration covers everything."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.quiet_prefixes = (settings.STATIC_URL, *QUIET_PATHS)
        # Django logs 4xx/5xx responses (django.request) after the middleware has returned, so
        # the id is forgotten only when the response is finished.
        request_finished.connect(forget_request_id, dispatch_uid="portal.logging.forget_request_id")

    def __call__(self, request):
        request_id = incoming_request_id(request)
        request_id_var.set(request_id)
        start = time.perf_counter()
        response = self.get_response(request)
        response["X-Request-ID"] = request_id
        if response.status_code >= 500 or not request.path.startswith(self.quiet_prefixes):
            self.log(request, response, time.perf_counter() - start)
        return response

    def log(self, request, response, seconds: float) -> None:
        fields = {
            "method": request.method,
            "path": loggable_path(request),
            "status": response.status_code,
            "duration_ms": round(seconds * 1000, 1),
            "user_id": user_id(request),
        }
        request_logger.info(
            "%(method)s %(path)s %(status)s %(duration_ms)sms user=%(user_id)s", fields, extra=fields
        )
