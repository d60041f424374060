"""Long lists of facts as data files beside the code, read once.

A host corrects an entry without a release: the TOML file named by the environment
variable FACTS_OVERRIDES holds tables such as `[authorities.FR]` or `[us_states."US-IA"]`
with the fields to replace; `objection.checks` refuses unknown entries and fields.
"""

import tomllib
from pathlib import Path

from django.conf import settings

FOLDER = Path(__file__).resolve().parent


def read(name):
    with open(FOLDER / f"{name}.toml", "rb") as source:
        return tomllib.load(source)


def load(name):
    """The entries of `<name>.toml`, with the host's overrides applied."""
    entries = read(name)
    for code, fields in settings.FACTS_OVERRIDES.get(name, {}).items():
        if code in entries:
            # Only fields the entry has, with values of their kind: the check reports the rest.
            known = entries[code]
            entries[code] = {**known, **{k: v for k, v in fields.items() if fits(known, k, v)}}
    return entries


def fits(entry, field, value):
    return field in entry and isinstance(value, type(entry[field]))


def unknown_overrides():
    """Override entries or fields that match nothing or have the wrong kind of value."""
    problems = []
    for name, entries in settings.FACTS_OVERRIDES.items():
        if not (FOLDER / f"{name}.toml").exists():
            problems.append(name)
            continue
        known = read(name)
        for code, fields in entries.items():
            if code not in known:
                problems.append(f"{name}.{code}")
            else:
                problems += [
                    f"{name}.{code}.{field}"
                    for field, value in fields.items()
                    if not fits(known[code], field, value)
                ]
    return problems
