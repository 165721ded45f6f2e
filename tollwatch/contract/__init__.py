"""The JSON output contract (../shared/CONTRACT.md) as JSON Schema, and validators."""
from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

import jsonschema

SCHEMAS = ("article", "toll")


@cache
def schema(name: str) -> dict[str, Any]:
    """The published schema: 'article' (one extract output line) or 'toll' (reconciled)."""
    if name not in SCHEMAS:
        raise KeyError(name)
    return json.loads(resources.files(__package__).joinpath(f"{name}.schema.json").read_text("utf-8"))


@cache
def _validator(name: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(schema(name))


def validate(obj: dict[str, Any], name: str = "article") -> None:
    """Raise jsonschema.ValidationError when `obj` breaks the contract."""
    _validator(name).validate(obj)


def errors(obj: dict[str, Any], name: str = "article") -> list[str]:
    return [f"{'/'.join(map(str, e.path))}: {e.message}" for e in _validator(name).iter_errors(obj)]
