"""Reading playbook files: YAML checked against resources/playbooks/schema.json, then
the checks a schema cannot say (unique step keys, branch targets that exist, one
playbook per case kind).

Supervisors edit these files by hand, so every fault names its file and line. PyYAML
forgets where a value came from once it is built, so the loader below records the
line of each mapping key and list item as it builds them, and a fault found on the
built data is traced back through those records.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]  # no stubs in the venv
import yaml  # type: ignore[import-untyped]

from app.domain.enums import REFUND_KINDS, CaseKind, CaseStatus
from app.domain.errors import DomainError
from app.domain.playbooks import Answer, Playbook, Step, Suggestion, Text

SCHEMA_NAME = "schema.json"


class PlaybookError(DomainError):
    """One or more playbook files are wrong; each fault reads 'file:line: what'."""

    def __init__(self, faults: list[str]) -> None:
        super().__init__(f"{len(faults)} problem(s) in the playbooks:\n" + "\n".join(faults))
        self.faults = faults


class _Lines:
    """Where each built mapping and list came from: its own line, and its keys' or
    items' lines (by the container's id; the containers are kept alive meanwhile)."""

    def __init__(self) -> None:
        self.of: dict[int, tuple[int, dict[Any, int], Any]] = {}
        self.duplicates: list[tuple[int, str]] = []

    def line(self, root: Any, path: Iterable[Any]) -> int:
        node, line = root, self.of.get(id(root), (1, {}, None))[0]
        for part in path:
            known = self.of.get(id(node))
            if known is None:
                break
            line = known[1].get(part, known[0])
            try:
                node = node[part]
            except (KeyError, IndexError, TypeError):
                break
        return line


# libyaml's parser when PyYAML was built with it: the same marks, a few times faster.
_BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _loader(lines: _Lines) -> type[yaml.SafeLoader]:
    class LineLoader(_BASE):  # type: ignore[misc, valid-type]
        pass

    def build_map(loader: yaml.SafeLoader, node: yaml.MappingNode) -> Any:
        data: dict[Any, Any] = {}
        yield data
        loader.flatten_mapping(node)
        keys: dict[Any, int] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            at = key_node.start_mark.line + 1
            if key in keys:
                lines.duplicates.append((at, str(key)))
            keys[key] = at
            data[key] = loader.construct_object(value_node, deep=True)
        lines.of[id(data)] = (node.start_mark.line + 1, keys, data)

    def build_seq(loader: yaml.SafeLoader, node: yaml.SequenceNode) -> Any:
        data: list[Any] = []
        yield data
        data.extend(loader.construct_object(n, deep=True) for n in node.value)
        lines.of[id(data)] = (node.start_mark.line + 1,
                              {i: n.start_mark.line + 1 for i, n in enumerate(node.value)}, data)

    LineLoader.add_constructor("tag:yaml.org,2002:map", build_map)
    LineLoader.add_constructor("tag:yaml.org,2002:seq", build_seq)
    return LineLoader


def _where(path: Iterable[Any]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


@dataclass(frozen=True)
class Source:
    name: str
    text: str


def shipped_folder() -> Traversable:
    return resources.files("resources").joinpath("playbooks")


def sources(folder: Traversable | Path) -> list[Source]:
    return [Source(str(p), p.read_text("utf-8")) for p in sorted(folder.iterdir(),
                                                                 key=lambda p: p.name)
            if p.name.endswith((".yaml", ".yml"))]


def _schema(folder: Traversable | Path) -> dict[str, Any]:
    here = folder.joinpath(SCHEMA_NAME)
    where = here if here.is_file() else shipped_folder().joinpath(SCHEMA_NAME)
    schema: dict[str, Any] = json.loads(where.read_text("utf-8"))
    return schema


def _text(raw: Mapping[str, str]) -> Text:
    return Text(raw["zh_CN"], raw["en"])


def _build(data: Mapping[str, Any]) -> Playbook:
    steps = []
    for s in data["steps"]:
        sug = s.get("suggest")
        ask = s.get("ask") or {}
        steps.append(Step(
            key=s["key"], title=_text(s["title"]), help=_text(s["help"]),
            evidence=_text(s["evidence"]) if "evidence" in s else None,
            suggest=None if sug is None else Suggestion(
                sug.get("template"), CaseStatus(sug["status"]) if "status" in sug else None),
            question=_text(ask["question"]) if ask else None,
            answers=tuple(Answer(a["key"], _text(a["label"]), tuple(a.get("skips", ())),
                                 a.get("next")) for a in ask.get("answers", ()))))
    return Playbook(data["key"], CaseKind(data["kind"]), _text(data["title"]), tuple(steps),
                    bool(data.get("quality_refund", False)))


def _cross_checks(data: Mapping[str, Any], at: Any) -> list[str]:
    """What the schema cannot say; `at(path)` is the line of a value."""
    faults: list[str] = []
    steps = data["steps"]
    order: dict[str, int] = {}
    for i, step in enumerate(steps):
        if step["key"] in order:
            faults.append(f"{at(('steps', i, 'key'))}: a second step {step['key']!r}")
        order.setdefault(step["key"], i)
    for i, step in enumerate(steps):
        answers = (step.get("ask") or {}).get("answers", [])
        seen: set[str] = set()
        for j, answer in enumerate(answers):
            here = ("steps", i, "ask", "answers", j)
            if answer["key"] in seen:
                faults.append(f"{at((*here, 'key'))}: a second answer {answer['key']!r}")
            seen.add(answer["key"])
            targets: list[tuple[str, int | None, Any]] = [
                ("skips", k, t) for k, t in enumerate(answer.get("skips", []))]
            if "next" in answer:
                targets.append(("next", None, answer["next"]))
            for field, k, target in targets:
                line = at((*here, field) if k is None else (*here, field, k))
                if target not in order:
                    faults.append(f"{line}: answer {answer['key']!r} of step {step['key']!r} "
                                  f"goes to step {target!r}, which this playbook does not have")
                elif order[target] <= i:
                    faults.append(f"{line}: answer {answer['key']!r} of step {step['key']!r} "
                                  f"goes back to step {target!r}; a branch may only go forward")
    if data.get("quality_refund") and CaseKind(data["kind"]) not in REFUND_KINDS:
        faults.append(f"{at(('quality_refund',))}: only a refund can be a quality refund, "
                      f"not a {data['kind']}")
    return faults


def parse(source: Source, schema: Mapping[str, Any] | jsonschema.Draft202012Validator
          ) -> tuple[Playbook | None, list[str]]:
    """One file: its playbook, or None and every fault found in it."""
    lines = _Lines()
    try:
        data = yaml.load(source.text, Loader=_loader(lines))  # a SafeLoader: no Python objects
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        return None, [f"{source.name}:{line}: not valid YAML: {exc.problem or exc}"]
    except yaml.YAMLError as exc:
        return None, [f"{source.name}:1: not valid YAML: {exc}"]
    faults = [f"{source.name}:{line}: the key {key!r} appears twice in one mapping"
              for line, key in lines.duplicates]
    validator = (schema if isinstance(schema, jsonschema.Draft202012Validator)
                 else jsonschema.Draft202012Validator(schema))
    for error in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.path))):
        path = list(error.absolute_path)
        line = lines.line(data, path)
        if error.validator == "additionalProperties" and isinstance(error.instance, dict):
            allowed = error.schema.get("properties", {})
            extra = [k for k in error.instance if k not in allowed]
            known = lines.of.get(id(error.instance))
            if extra and known is not None:
                line = known[1].get(extra[0], line)
            what = f"unknown field {', '.join(map(repr, extra))}"
        else:
            what = error.message
        where = _where(path)
        faults.append(f"{source.name}:{line}: {where + ': ' if where else ''}{what}")
    if faults:
        return None, faults
    faults = [f"{source.name}:{f}" for f in
              _cross_checks(data, lambda path: lines.line(data, path))]
    return (None, faults) if faults else (_build(data), [])


def load(folder: Traversable | Path) -> tuple[Playbook, ...]:
    """Every playbook in the folder, or PlaybookError naming every fault in it."""
    schema = jsonschema.Draft202012Validator(_schema(folder))
    faults: list[str] = []
    books: list[tuple[Source, Playbook]] = []
    for source in sources(folder):
        book, found = parse(source, schema)
        faults += found
        if book is not None:
            books.append((source, book))
    by_key: dict[str, str] = {}
    by_case: dict[tuple[CaseKind, bool], str] = {}
    for source, book in books:
        if book.key in by_key:
            faults.append(f"{source.name}:1: a second playbook {book.key!r} "
                          f"(the first is in {by_key[book.key]})")
        by_key.setdefault(book.key, source.name)
        which = (book.kind, book.quality_refund)
        if which in by_case:
            faults.append(f"{source.name}:1: a second playbook for "
                          f"{'a quality refund of ' if book.quality_refund else ''}"
                          f"{book.kind.value} (the first is in {by_case[which]})")
        by_case.setdefault(which, source.name)
    missing = [k.value for k in CaseKind if (k, False) not in by_case]
    if missing and not faults:
        faults.append(f"{folder}: no playbook for {', '.join(missing)}")
    if faults:
        raise PlaybookError(faults)
    return tuple(b for _, b in books)
