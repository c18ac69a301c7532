"""Read a flow file into plain Python data while keeping where every node came from.

PyYAML's composer gives nodes with marks; constructing the data ourselves lets us keep those marks for
every key and value (so semantic checks can point at the exact line), refuse duplicate keys, and put
bounds on size, nesting and alias expansion so a hostile or broken file gets one clear error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from daisy_engine.diagnostics import Diagnostic, Mark
from daisy_engine.errors import DaisyError

Path_ = tuple[str | int, ...]

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 64
MAX_NODES = 200_000


class FlowLoader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2 booleans: only true/false are booleans.

    YAML 1.1 reads `on`, `yes` and `no` as booleans, which would turn `on: yes` (a transition on the
    caller saying yes) into `{True: True}`.
    """


# YAML 1.2 has no implicit timestamps either: an unquoted `2024-01-05` stays the text written.
_YAML11_ONLY = ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")
FlowLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in _YAML11_ONLY]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
FlowLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


# libyaml parses several times faster; `validate` runs on every save, so use it when PyYAML has it.
# Only the parsing is in C: scalars are still built by FlowLoader's constructor and resolvers.
if getattr(yaml, "__with_libyaml__", False):

    class _FastLoader(yaml.CSafeLoader):
        yaml_implicit_resolvers = FlowLoader.yaml_implicit_resolvers

    ParseLoader: type = _FastLoader
else:
    ParseLoader = FlowLoader


class YamlLoadError(DaisyError):
    """The file could not be read as a flow; carries the located diagnostic."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostic.message)
        self.diagnostic = diagnostic


@dataclass
class SourceMap:
    """Where each key and value of the loaded data sits in the file."""

    file: str
    values: dict[Path_, Mark] = field(default_factory=dict)
    keys: dict[Path_, Mark] = field(default_factory=dict)

    def value(self, path: Path_) -> Mark:
        """The mark of the value at `path`, or of its nearest ancestor that has one."""
        return self._nearest(self.values, path)

    def key(self, path: Path_) -> Mark:
        """The mark of the key naming `path` (falls back to the value, then to ancestors)."""
        if path in self.keys:
            return self.keys[path]
        return self.value(path)

    def _nearest(self, table: dict[Path_, Mark], path: Path_) -> Mark:
        current = tuple(path)
        while current:
            if current in table:
                return table[current]
            current = current[:-1]
        return table.get((), Mark(self.file, 1, 1))


@dataclass
class LoadedYaml:
    data: Any
    source: SourceMap
    text: str


def _mark(file: str, yaml_mark: yaml.Mark | None) -> Mark:
    if yaml_mark is None:
        return Mark(file, 1, 1)
    return Mark(file, yaml_mark.line + 1, yaml_mark.column + 1)


def _fail(file: str, code: str, message: str, hint: str, line: int = 1, column: int = 1) -> YamlLoadError:
    return YamlLoadError(Diagnostic(code=code, message=message, mark=Mark(file, line, column), hint=hint))


def read_flow_text(path: Path, file: str) -> str:
    """Read the file's text, turning every way it can be unreadable into one located error."""
    if not path.exists():
        raise _fail(file, "E001", "flow file not found", "check the path; flow files usually live in flows/")
    if path.is_dir():
        raise _fail(
            file, "E001", "this is a directory, not a flow file", "pass a .yaml file, e.g. flows/daisy.yaml"
        )
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _fail(
                file,
                "E002",
                f"flow file is too large ({size:,} bytes; the limit is {MAX_FILE_BYTES:,})",
                "a flow is a few hundred lines; split prompts into templates under prompts/",
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise _fail(file, "E001", f"cannot read the flow file: {exc.strerror}", "check the file's permissions")
    if b"\x00" in raw:
        raise _fail(file, "E003", "this is a binary file, not YAML text", "pass the flow's .yaml file")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise _fail(
            file, "E003", "the file is not valid UTF-8 text", "save the file as UTF-8 in your editor", line
        )


_BLOCK_SCALAR = re.compile(r"(?:^|[:-])\s*[|>][0-9+-]*\s*(?:#.*)?$")
_VALUE_START = re.compile(r"^(?:-\s+)*(?:[^\s#'\"\[\]{}][^#]*?:\s+|-\s+)*")


def _check_flow_depth(text: str, file: str) -> None:
    """Reject runaway flow brackets (`[[[[…`) by reading the text itself, before any YAML parser does.

    Parsers differ on this: PyYAML >= 6.0.4 stops at its own nesting limit while scanning ahead, so the
    event check below never sees the 65th level. Counting here keeps one error (E004, at the first
    bracket too deep) whatever PyYAML release is installed. Block nesting is counted from indentation
    and may be under-counted (compact `- - [`); the event check catches whatever is missed here.
    """
    indents: list[int] = []  # indentation of the enclosing block lines
    depth = 0  # open flow collections
    quote = ""  # the quote character of a quoted scalar spanning lines inside a flow collection
    block_scalar_indent = -1  # inside a `|` / `>` scalar: its parent line's indentation
    for number, line in enumerate(re.split("\r\n|[\r\n\x85\u2028\u2029]", text), start=1):
        stripped = line.lstrip(" ")
        indent = len(line) - len(stripped)
        if block_scalar_indent >= 0:
            if not stripped.strip() or indent > block_scalar_indent:
                continue
            block_scalar_indent = -1
        start = 0
        if depth == 0 and not quote:
            if not stripped or stripped.startswith("#"):
                continue
            while indents and indents[-1] >= indent:
                indents.pop()
            indents.append(indent)
            if _BLOCK_SCALAR.search(line):
                block_scalar_indent = indent
                continue
            # In block context only a value that starts with a bracket opens a flow collection.
            start = indent + _VALUE_START.match(stripped).end()
            if start >= len(line) or line[start] not in "[{":
                continue
        column = start
        while column < len(line):
            char = line[column]
            if quote:
                if char == quote:
                    if quote == "'" and line[column + 1 : column + 2] == "'":
                        column += 1
                    else:
                        quote = ""
                elif char == "\\" and quote == '"':
                    column += 1
            elif char in "'\"" and line[column - 1] in " \t[{,:":
                quote = char  # a quote opens a scalar only where a token starts (`[it's]` is plain)
            elif char == "#" and (column == 0 or line[column - 1] in " \t"):
                break
            elif char in "[{":
                depth += 1
                if len(indents) + depth > MAX_DEPTH:
                    raise _fail(
                        file,
                        "E004",
                        f"the YAML is nested more than {MAX_DEPTH} levels deep",
                        "a flow needs only a few levels; look for runaway brackets",
                        number,
                        column + 1,
                    )
            elif char in "]}":
                depth = max(depth - 1, 0)
                if depth == 0:
                    break  # back in block context: the rest of the line is not a flow collection
            column += 1


def _check_depth(text: str, file: str) -> None:
    """Reject deeply nested documents, and documents with more than `MAX_NODES` values, before
    composing them: the composer recurses, and holds every node of the file in memory at once (a
    2 MB one-line list is a million nodes). Aliases expanding are bounded later, by `_Builder`."""
    depth = 0
    count = 0
    for event in yaml.parse(text, Loader=ParseLoader):
        if isinstance(event, _NODE_EVENTS):
            count += 1
            if count > MAX_NODES:
                mark = event.start_mark
                raise _fail(
                    file,
                    "E004",
                    f"the YAML has more than {MAX_NODES:,} values",
                    "a flow is a few hundred lines; move long texts into templates under prompts/",
                    mark.line + 1,
                    mark.column + 1,
                )
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                mark = event.start_mark
                raise _fail(
                    file,
                    "E004",
                    f"the YAML is nested more than {MAX_DEPTH} levels deep",
                    "a flow needs only a few levels; look for runaway brackets",
                    mark.line + 1,
                    mark.column + 1,
                )
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _within(text: str, line: int, column: int) -> tuple[int, int]:
    """A 1-based position moved back into the text: parsers place some marks past the last line."""
    lines = re.split("\r\n|[\r\n\x85\u2028\u2029]", text)  # the line breaks YAML counts
    if line > len(lines):
        return len(lines), len(lines[-1]) + 1
    return line, column


def _second_document_start(text: str) -> tuple[int, int]:
    """Where the second document starts: its `---` marker when it has one (an empty document's node
    has no place of its own)."""
    starts = [e.start_mark for e in yaml.parse(text, Loader=ParseLoader) if isinstance(e, yaml.DocumentStartEvent)]
    mark = starts[1] if len(starts) > 1 else starts[-1]
    return _within(text, mark.line + 1, mark.column + 1)


_NODE_EVENTS = (yaml.ScalarEvent, yaml.CollectionStartEvent, yaml.AliasEvent)
# What YAML accepts as text (YAML 1.1 §5.1): tab, line breaks and the printable characters.
_NOT_PRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_LINE_BREAKS = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


def _check_characters(text: str, file: str) -> None:
    """A control character (a stray ESC or BEL pasted in) is reported where it is, on one line."""
    found = _NOT_PRINTABLE.search(text)
    if found is None:
        return
    before = text[: found.start()]
    breaks = list(_LINE_BREAKS.finditer(before))
    line = len(breaks) + 1
    column = found.start() - (breaks[-1].end() if breaks else 0) + 1
    raise _fail(
        file,
        "E006",
        f"control character U+{ord(found.group()):04X} is not allowed in a flow file",
        'delete it (most editors do not show it); if you need it, write an escape such as "\\u0007" in double quotes',
        line,
        column,
    )


def load_yaml(path: Path, file: str) -> LoadedYaml:
    """Load one YAML document with marks. Raises YamlLoadError with a located diagnostic."""
    text = read_flow_text(path, file)
    _check_characters(text, file)
    if "\t" in text:
        for number, line in enumerate(text.splitlines(), start=1):
            indent = line[: len(line) - len(line.lstrip(" \t"))]
            if "\t" in indent:
                raise _fail(
                    file,
                    "E005",
                    "a tab is used for indentation; YAML allows only spaces",
                    "replace the tab with spaces (set your editor to insert spaces)",
                    number,
                    indent.index("\t") + 1,
                )
    try:
        _check_flow_depth(text, file)
        _check_depth(text, file)
        documents = list(yaml.compose_all(text, Loader=ParseLoader))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or "invalid YAML"
        context = f" ({exc.context})" if exc.context else ""
        line, column = ((mark.line + 1), (mark.column + 1)) if mark else (1, 1)
        lines = re.split("\r\n|[\r\n\x85\u2028\u2029]", text)  # the line breaks YAML counts
        if line > len(lines):  # libyaml reports "unexpected end" past the last line; show the end instead
            line, column = len(lines), len(lines[-1]) + 1
        raise _fail(
            file,
            "E006",
            f"YAML syntax error: {problem}{context}",
            "check indentation, colons and quotes around this position",
            line,
            column,
        )
    except yaml.YAMLError as exc:
        raise _fail(file, "E006", f"YAML syntax error: {exc}", "check the file's syntax")
    except RecursionError:
        raise _fail(file, "E004", "the YAML is nested too deeply", "look for runaway brackets")
    if not documents or documents[0] is None:
        raise _fail(file, "E007", "the flow file is empty", "run `daisy-engine init NAME` for a starting point")
    if len(documents) > 1:
        line, column = _second_document_start(text)
        raise _fail(
            file, "E007", "the file holds more than one YAML document", "keep one flow per file", line, column
        )
    root = documents[0]
    if not isinstance(root, yaml.MappingNode):
        # An empty document's node sits past the last line (after its comments): point at the end instead.
        line, column = _within(text, root.start_mark.line + 1, root.start_mark.column + 1)
        raise _fail(
            file,
            "E007",
            "a flow file must be a mapping (key: value pairs) at the top level",
            "start with `version: 1`, `name: ...`, `states: ...`",
            line,
            column,
        )
    builder = _Builder(file)
    data = builder.build(root, ())
    return LoadedYaml(data=data, source=builder.source, text=text)


_STR = "tag:yaml.org,2002:str"


class _Builder:
    def __init__(self, file: str) -> None:
        self.file = file
        self.source = SourceMap(file)
        self.count = 0
        self.depth = 0
        self.constructor = FlowLoader("")

    def fail(self, node: yaml.Node, code: str, message: str, hint: str) -> YamlLoadError:
        mark = _mark(self.file, node.start_mark)
        return _fail(self.file, code, message, hint, mark.line, mark.column)

    def build(self, node: yaml.Node, path: Path_) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise self.fail(
                node,
                "E004",
                f"the YAML expands to more than {MAX_NODES:,} nodes (aliases expanding without bound?)",
                "avoid aliases that refer to each other many times",
            )
        self.source.values.setdefault(path, _mark(self.file, node.start_mark))
        if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
            # Aliases can nest deeper than the text does (or refer to themselves): bound the real depth.
            if self.depth >= MAX_DEPTH:
                raise self.fail(
                    node,
                    "E004",
                    f"the YAML is nested more than {MAX_DEPTH} levels deep (an alias that refers to itself?)",
                    "a flow needs only a few levels; look for aliases that contain themselves",
                )
            self.depth += 1
            try:
                if isinstance(node, yaml.MappingNode):
                    return self._mapping(node, path)
                return [self.build(item, path + (index,)) for index, item in enumerate(node.value)]
            finally:
                self.depth -= 1
        return self._scalar(node)

    def _scalar(self, node: yaml.Node) -> Any:
        if node.tag == _STR:  # most of a flow; the resolver has already decided it is text
            return node.value
        try:
            value = self.constructor.construct_object(node, deep=True)
        except Exception as exc:  # PyYAML raises ValueError, TypeError... for values like `!!int abc`
            problem = getattr(exc, "problem", None) or f"cannot read {node.value!r} as {node.tag.rsplit(':', 1)[-1]}"
            raise self.fail(node, "E006", f"YAML value error: {problem}", "quote the value")
        if not isinstance(value, (str, int, float, bool, type(None))):
            raise self.fail(
                node,
                "E006",
                f"a {type(value).__name__} value (from the tag {node.tag}) cannot be used in a flow file",
                "remove the `!!` tag, or quote the value",
            )
        return value

    def _mapping(self, node: yaml.MappingNode, path: Path_) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                # `<<: *anchor` merges; expand it as YAML says, keys given here win.
                merged = self.build(value_node, path)
                sources = merged if isinstance(merged, list) else [merged]
                for source in sources:
                    if isinstance(source, dict):
                        for k, v in source.items():
                            result.setdefault(k, v)
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                raise self.fail(
                    key_node, "E006", "a mapping key must be a plain word, not a list or mapping", "write `name: value`"
                )
            key = self._scalar(key_node)
            if not isinstance(key, str):
                key = str(key).lower() if isinstance(key, bool) else str(key)
            if key in result and (path + (key,)) in self.source.keys:
                first = self.source.keys[path + (key,)]
                raise self.fail(
                    key_node,
                    "E008",
                    f"duplicate key '{key}' (first defined at line {first.line})",
                    "each key may appear once in a mapping; merge or rename them",
                )
            self.source.keys[path + (key,)] = _mark(self.file, key_node.start_mark)
            result[key] = self.build(value_node, path + (key,))
        return result
