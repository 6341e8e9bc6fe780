"""A griffe extension for the docs build: one `Args:` entry may document several parameters.

The SDK's docstrings describe paired parameters together (`min_ts, max_ts: time bounds ...`).
Google-style parsing expects one name per entry, so this splits such an entry into one entry per
name, each with the shared description. Every name is still checked against the signature, so a
docstring naming a parameter that does not exist still fails `mkdocs build --strict`.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_NAMES = r"[A-Za-z_]\w*(?:,\s*[A-Za-z_]\w*)*"
_GROUP_START = re.compile(rf"^(?P<indent>\s+)(?P<names>[A-Za-z_]\w*,\s*{_NAMES},?)(?P<rest>:.*)?$")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def expand_grouped_args(text: str) -> str:
    """The docstring with each `a, b: description` entry written as `a: description` and `b: description`."""
    lines = text.splitlines()
    out: list[str] = []
    index = 0
    while index < len(lines):
        match = _GROUP_START.match(lines[index])
        if match is None:
            out.append(lines[index])
            index += 1
            continue
        indent = match["indent"]
        header = lines[index].strip()
        index += 1
        # The list of names may wrap onto deeper-indented lines before its colon.
        while ":" not in header and index < len(lines) and _indent(lines[index]) > len(indent):
            header = f"{header} {lines[index].strip()}"
            index += 1
        names, _, description = header.partition(":")
        continuation = []
        while index < len(lines) and lines[index].strip() and _indent(lines[index]) > len(indent):
            continuation.append(lines[index])
            index += 1
        for name in (part.strip() for part in names.split(",")):
            if name:
                out.append(f"{indent}{name}:{description}")
                out.extend(continuation)
    return "\n".join(out)


class GroupedArgs(griffe.Extension):
    """Split grouped `Args:` entries of every function's docstring before it is parsed."""

    def on_function_instance(self, *, func: griffe.Function, **kwargs: Any) -> None:
        docstring = func.docstring
        if docstring is not None and "Args:" in docstring.value:
            docstring.value = expand_grouped_args(docstring.value)
