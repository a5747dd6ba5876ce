"""The URLconf as the security tests walk it: every pattern, a path to it and the methods its view takes.

Shared by the permission matrix (`test_url_matrix.py`) and the login-door search
(`test_een_inlogdeur.py`), so both see the same list of doors, including the ones a package adds.
"""

import functools
import re
from dataclasses import dataclass
from re import _parser as re_parser  # the regex parser of `re` itself, to walk a pattern
from re._constants import (
    ANY,
    AT,
    BRANCH,
    CATEGORY,
    CATEGORY_DIGIT,
    CATEGORY_NOT_DIGIT,
    CATEGORY_NOT_SPACE,
    CATEGORY_WORD,
    IN,
    LITERAL,
    MAX_REPEAT,
    MIN_REPEAT,
    NEGATE,
    RANGE,
    SUBPATTERN,
)

from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.converters import IntConverter, PathConverter, SlugConverter, StringConverter, UUIDConverter
from django.urls.resolvers import RegexPattern, RoutePattern

METHODS = ("GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE")
UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})


@dataclass(frozen=True)
class Route:
    """One URL pattern: its full route (as `ResolverMatch.route` spells it), its view and a path to it."""

    route: str
    callback: object
    path: str

    @property
    def methods(self) -> frozenset[str]:
        return accepted_methods(self.callback)


def url_routes(resolver=None, route="", path="/") -> list[Route]:
    """Every pattern of the URLconf, walked recursively, with a concrete path built from the pattern."""
    resolver = resolver or get_resolver()
    routes = []
    for pattern in resolver.url_patterns:
        full_route, full_path = route + str(pattern.pattern), path + sample(pattern.pattern)
        if isinstance(pattern, URLResolver):
            routes += url_routes(pattern, full_route, full_path)
        elif isinstance(pattern, URLPattern):
            routes.append(Route(full_route, pattern.callback, full_path))
    return routes


def url_patterns() -> list[str]:
    """Every pattern of the URLconf as its full route."""
    return [route.route for route in url_routes()]


# --- a path for a pattern --------------------------------------------------------------------------
CONVERTER_SAMPLES = {
    IntConverter: "1",
    StringConverter: "x",
    SlugConverter: "x",
    PathConverter: "x",
    UUIDConverter: "00000000-0000-4000-8000-000000000000",
}
PARAMETER = re.compile(r"<(?:[^>:]+:)?(?P<name>[^>]+)>")


def sample(pattern) -> str:
    """A short text a route or regex piece of a pattern matches (a real value per converter)."""
    if isinstance(pattern, RoutePattern):
        return PARAMETER.sub(lambda m: converter_sample(pattern.converters[m["name"]]), pattern._route)
    if isinstance(pattern, RegexPattern):
        return shortest_match(pattern._regex)
    raise TypeError(f"onbekend soort URL-patroon: {pattern!r}")


def converter_sample(converter) -> str:
    for kind, value in CONVERTER_SAMPLES.items():
        if type(converter) is kind:
            return value
    return shortest_match(converter.regex)


@functools.cache
def shortest_match(regex: str) -> str:
    """A short text `regex` matches: its shortest branch, each repeat once, `x` or `1` for a class."""
    text = "".join(_shortest(re_parser.parse(regex)))
    assert re.fullmatch(regex, text), (regex, text)
    return text


def _shortest(parsed) -> list[str]:
    out = []
    for op, value in parsed:
        if op is LITERAL:
            out.append(chr(value))
        elif op in (IN, ANY):
            out.append(_one_of(value) if op is IN else "x")
        elif op is SUBPATTERN:
            out += _shortest(value[-1])
        elif op is BRANCH:
            out += min((_shortest(branch) for branch in value[1]), key=lambda part: len("".join(part)))
        elif op in (MAX_REPEAT, MIN_REPEAT):
            low, _high, item = value
            out += _shortest(item) * max(low, 1)  # `.*` as `x`: a catch-all gets a path of its own
        elif op is not AT:  # anchors match no text
            raise ValueError(f"regex-onderdeel {op} niet ondersteund")
    return out


CATEGORY_SAMPLES = {CATEGORY_DIGIT: "1", CATEGORY_WORD: "x", CATEGORY_NOT_DIGIT: "x", CATEGORY_NOT_SPACE: "x"}


def _one_of(items) -> str:
    """A character of a class: `x` or `1` from a category, else the start of its first range or a literal."""
    if items and items[0][0] is NEGATE:
        excluded = "".join(_one_of([item]) for item in items[1:])
        return next(char for char in "x1a-" if char not in excluded)
    for wanted in (CATEGORY, RANGE, LITERAL):
        for op, value in items:
            if op is wanted:
                return CATEGORY_SAMPLES[value] if op is CATEGORY else chr(value[0] if op is RANGE else value)
    raise ValueError(f"tekenklasse {items} niet ondersteund")


# --- the methods a view takes ----------------------------------------------------------------------
def accepted_methods(callback) -> frozenset[str]:
    """The HTTP methods a view answers with anything but 405, read from the view itself.

    A class-based view takes the methods it has a handler for (HEAD with GET, as `View.setup` does,
    and OPTIONS, which `View` always answers); a function view takes the list of its
    `require_http_methods` decorator (also `require_POST`, `require_safe`), and every method when it
    has none: such a view must then refuse what it does not want itself.
    """
    view_class = getattr(callback, "view_class", None)
    if view_class is not None:
        methods = {name.upper() for name in view_class.http_method_names if hasattr(view_class, name)}
        if "GET" in methods:
            methods.add("HEAD")
        return frozenset(methods) & frozenset(METHODS)
    declared = _require_http_methods_list(callback)
    return frozenset(METHODS) if declared is None else frozenset(declared) & frozenset(METHODS)


def _require_http_methods_list(function):
    """The method list of Django's `require_http_methods` wrapper anywhere in a decorator chain."""
    seen = set()
    while function is not None and id(function) not in seen:
        seen.add(id(function))
        code = getattr(function, "__code__", None)
        if code is not None and "request_method_list" in code.co_freevars:
            return function.__closure__[code.co_freevars.index("request_method_list")].cell_contents
        function = getattr(function, "__wrapped__", None)
    return None
