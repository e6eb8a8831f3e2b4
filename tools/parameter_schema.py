#!/usr/bin/env python3
"""Writes the scalar parameters of game/core/parameters.cpp (ParameterRegistry)
into content/schema/parameters.schema.json, so the schema and the registry
cannot drift apart (a test compares them). Per-indicator parameters keep the
entries they have.

usage: tools/parameter_schema.py
"""
import collections
import json
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "content" / "schema" / "parameters.schema.json"


def number(text):
    value = float(text)
    return int(value) if value == int(value) else value


def main():
    src = (ROOT / "game" / "core" / "parameters.cpp").read_text()
    slots = re.findall(r'(Scalar|Vector)\("(\w+)", &P::\w+, ([-\d.]+), ([-\d.]+)\)', src)
    doc = json.loads(SCHEMA.read_text(), object_pairs_hook=collections.OrderedDict)
    params = doc["properties"]["parameters"]
    old = params["properties"]
    props = collections.OrderedDict()
    for kind, name, lo, hi in slots:
        if kind == "Vector":
            props[name] = old[name]
            continue
        props[name] = {"allOf": [{"$ref": "#/definitions/entry"},
                                 {"properties": {"value": {"type": "number", "minimum": number(lo),
                                                           "maximum": number(hi)}}}]}
    params["properties"] = props
    params["required"] = [name for _, name, _, _ in slots]
    SCHEMA.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
