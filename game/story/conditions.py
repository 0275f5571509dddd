"""Conditions written in Tiled (on doors, characters, triggers), read against Ink variables.

    pod_hours >= 2
    answered_office and not slept_in
    day == 1 or (bond_mara_jonas > 3 and read_sister_message)

Names are Ink variables; values are numbers, true/false or "strings"; operators are
== != < <= > >=, and, or, not, and parentheses. The story answers the names, so the world
never keeps a copy of story state.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

_TOKEN = re.compile(
    r'\s*(?:(?P<num>-?\d+(?:\.\d+)?)|(?P<str>"[^"]*")|(?P<op>==|!=|<=|>=|<|>|\(|\))|(?P<name>[A-Za-z_][\w.]*))'
)
_COMPARE = {
    "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
}


class ConditionError(ValueError):
    """A condition that does not parse, or names a variable the story does not have."""


@dataclass(frozen=True)
class Condition:
    """A parsed condition: evaluate it with a variable getter."""

    source: str
    tree: Any

    def names(self) -> set[str]:
        found: set[str] = set()

        def walk(node: Any) -> None:
            if isinstance(node, tuple):
                if node[0] == "var":
                    found.add(node[1])
                else:
                    for child in node[1:]:
                        walk(child)

        walk(self.tree)
        return found

    def __call__(self, get: Callable[[str], Any]) -> bool:
        return bool(_eval(self.tree, get))


def _tokens(text: str) -> list[str]:
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None or match.end() == pos:
            raise ConditionError(f"condition {text!r}: cannot read {text[pos:].strip()!r}")
        tokens.append(match.group(match.lastgroup or "name"))
        pos = match.end()
    return tokens


def parse(text: str) -> Condition:
    """Parse a condition; ConditionError says what is wrong with it."""
    tokens = _tokens(text)
    if not tokens:
        raise ConditionError("condition is empty")
    pos = 0

    def peek() -> str | None:
        return tokens[pos] if pos < len(tokens) else None

    def take() -> str:
        nonlocal pos
        if pos >= len(tokens):
            raise ConditionError(f"condition {text!r}: ends too early")
        pos += 1
        return tokens[pos - 1]

    def expr() -> Any:
        node = conj()
        while peek() == "or":
            take()
            node = ("or", node, conj())
        return node

    def conj() -> Any:
        node = neg()
        while peek() == "and":
            take()
            node = ("and", node, neg())
        return node

    def neg() -> Any:
        if peek() == "not":
            take()
            return ("not", neg())
        left = atom()
        if peek() in _COMPARE:
            op = take()
            return ("cmp", op, left, atom())
        return left

    def atom() -> Any:
        token = take()
        if token == "(":
            node = expr()
            if take() != ")":
                raise ConditionError(f"condition {text!r}: a '(' is not closed")
            return node
        if token in ("true", "false"):
            return ("lit", token == "true")
        if token.startswith('"'):
            return ("lit", token[1:-1])
        if re.fullmatch(r"-?\d+(?:\.\d+)?", token):
            return ("lit", float(token) if "." in token else int(token))
        if token in ("and", "or", "not", *_COMPARE, ")"):
            raise ConditionError(f"condition {text!r}: unexpected {token!r}")
        return ("var", token)

    tree = expr()
    if pos != len(tokens):
        raise ConditionError(f"condition {text!r}: unexpected {tokens[pos]!r}")
    return Condition(text, tree)


def _eval(node: Any, get: Callable[[str], Any]) -> Any:
    kind = node[0]
    if kind == "lit":
        return node[1]
    if kind == "var":
        return get(node[1])
    if kind == "not":
        return not _eval(node[1], get)
    if kind == "and":
        return _eval(node[1], get) and _eval(node[2], get)
    if kind == "or":
        return _eval(node[1], get) or _eval(node[2], get)
    left, right = _eval(node[2], get), _eval(node[3], get)
    try:
        return _COMPARE[node[1]](left, right)
    except TypeError:
        raise ConditionError(f"cannot compare {left!r} {node[1]} {right!r}") from None
