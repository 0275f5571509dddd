"""Reading the compiled Ink JSON as data: containers, paths, tags and external calls.

The runtime answers `has_path` from here (bink can only find out by jumping there), and the
story lint walks the same tree to check every tag without running the story. Every walk is
iterative, so a hostile file nested thousands of levels deep cannot exhaust the Python stack.

A compiled container is a JSON list; its last item, when it is a dict, holds its named
children (knots, stitches, labels, and generated ones such as `c-0` for choices and `g-0`
for gathers) plus flags (`#f`, `#n`). A tag is written as `"#", "^text", "/#"` (older
compilers wrote `{"#": "text"}`); a call to an external function as
`..., {"x()": "name", "exArgs": n}`, its arguments pushed just before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

_GENERATED_NAME = re.compile(r"^(?:[cg]-\d+|s\d*|b|\$r\d*)$")
NOT_KNOTS = frozenset({"global decl"})
"""Named containers at the top that are not knots a writer wrote."""


def find_container(root: Any, path: str) -> Any | None:
    """The container at an Ink path (`knot`, `knot.stitch`, `knot.0.label`) in compiled JSON."""
    node = root
    for part in path.split("."):
        if not isinstance(node, list) or not part:
            return None
        if part.isdigit():
            node = node[int(part)] if int(part) < len(node) else None
        else:
            named = node[-1] if node and isinstance(node[-1], dict) else {}
            node = None if part.startswith("#") else named.get(part)
    return node if isinstance(node, list) else None


def _named(container: list[Any]) -> dict[str, Any]:
    last = container[-1] if container else None
    return last if isinstance(last, dict) else {}


def _child_path(path: str, name: str) -> str:
    """The readable path of a named child: generated names (choices, gathers) are skipped."""
    return path if _GENERATED_NAME.match(name) else f"{path}.{name}".lstrip(".")


def containers(root: Any) -> Iterator[tuple[str, list[Any]]]:
    """Every container in the tree (inline and named) with the readable path of the knot or
    stitch it belongs to, parents before children."""
    if not isinstance(root, list):
        return
    pending: list[tuple[str, list[Any]]] = [("", root)]
    while pending:
        path, container = pending.pop()
        yield path, container
        children: list[tuple[str, list[Any]]] = [(path, item) for item in container if isinstance(item, list)]
        for name, child in _named(container).items():
            if isinstance(child, list) and not name.startswith("#"):
                children.append((_child_path(path, name), child))
        pending.extend(reversed(children))


def knot_paths(root: Any) -> list[str]:
    """Every knot and `knot.stitch` a writer named, in file order (for "did you mean")."""
    found: list[str] = []
    top = _named(root) if isinstance(root, list) else {}
    for knot, container in top.items():
        if knot.startswith("#") or knot in NOT_KNOTS or not isinstance(container, list):
            continue
        found.append(knot)
        found.extend(
            f"{knot}.{name}"
            for name in _named(container)
            if not name.startswith("#") and not _GENERATED_NAME.match(name)
        )
    return found


@dataclass
class _Line:
    """Tags gathered for the line being read; shared by a container and its inline lists."""

    tags: list[str] = field(default_factory=list)
    in_tag: bool = False
    dynamic: bool = False
    text: str = ""


@dataclass
class _Frame:
    path: str
    items: list[Any]
    line: _Line
    owns_line: bool
    pos: int = 0
    named: list[tuple[str, list[Any]]] = field(default_factory=list)
    named_pos: int = 0


def _frame(path: str, container: list[Any], line: _Line | None) -> _Frame:
    named = [
        (_child_path(path, name), child)
        for name, child in _named(container).items()
        if isinstance(child, list) and not name.startswith("#")
    ]
    items = container[:-1] if named or (container and isinstance(container[-1], dict)) else container
    return _Frame(path, items, line or _Line(), owns_line=line is None, named=named)


def tag_lines(root: Any) -> Iterator[tuple[str, tuple[str, ...]]]:
    """The literal tags of each line of output, as (readable path, tags), in source order.

    A line's tags are those up to its newline, so `Text # speaker: mara # mood: sad` and a
    tag on a line of its own above the text come out together, as the runtime hands them
    to the game. Tags built from expressions (`# speaker: {who}`) are skipped: their text
    is only known when the story runs.
    """
    if not isinstance(root, list):
        return
    frames = [_frame("", root, None)]
    while frames:
        frame = frames[-1]
        line = frame.line
        if frame.pos < len(frame.items):
            item = frame.items[frame.pos]
            frame.pos += 1
            if item == "#":
                line.in_tag, line.dynamic, line.text = True, False, ""
            elif item == "/#":
                line.in_tag = False
                if not line.dynamic:
                    line.tags.append(line.text)
            elif line.in_tag:
                if isinstance(item, str) and item.startswith("^"):
                    line.text += item[1:]
                else:
                    line.dynamic = True
                    if isinstance(item, list):
                        frames.append(_frame(frame.path, item, line))
            elif item == "\n":
                if line.tags:
                    yield frame.path, tuple(line.tags)
                    line.tags.clear()
            elif isinstance(item, dict) and isinstance(item.get("#"), str):
                line.tags.append(item["#"])  # a tag as older compilers wrote it
            elif isinstance(item, list):
                frames.append(_frame(frame.path, item, line))
        elif frame.named_pos < len(frame.named):
            path, child = frame.named[frame.named_pos]
            frame.named_pos += 1
            frames.append(_frame(path, child, None))
        else:
            frames.pop()
            if frame.owns_line and line.tags:
                yield frame.path, tuple(line.tags)
                line.tags.clear()


def iter_tags(root: Any) -> Iterator[tuple[str, str]]:
    """Every literal tag in compiled JSON as (readable path, tag text), in source order."""
    for path, tags in tag_lines(root):
        for tag in tags:
            yield path, tag


def external_calls(root: Any, function: str) -> Iterator[tuple[str, str | None]]:
    """Each call to the Ink function `function` as (readable path, its argument when that
    is one literal string, else None). inkjs compiles `play_sfx("door")` to
    `"str", "^door", "/str", {"x()": "play_sfx", "exArgs": 1}` (`f()` when not EXTERNAL)."""
    for path, container in containers(root):
        for index, item in enumerate(container):
            if not isinstance(item, dict) or function not in (item.get("x()"), item.get("f()")):
                continue
            before = container[max(0, index - 3) : index]
            if (
                item.get("exArgs", 1) == 1
                and len(before) == 3
                and before[0] == "str"
                and before[2] == "/str"
                and isinstance(before[1], str)
                and before[1].startswith("^")
            ):
                yield path, before[1][1:]
            elif index >= 2 and container[index - 2 : index] == ["str", "/str"]:
                yield path, ""
            else:
                yield path, None
