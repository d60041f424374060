"""PDF values written the short way: pydyf turns each number, name and string of a letter into
bytes (~6,000 a letter) through a chain of isinstance checks; the plain types go by their type
first, everything else as before. The same bytes; in turns with flow, 0.97 an English letter."""

import pydyf

PATCHED = {"pydyf._to_bytes": (pydyf, "_to_bytes")}
ORIGINALS = {name: vars(owner)[attribute] for name, (owner, attribute) in PATCHED.items()}
RELIED_ON = {}


def _to_bytes(item):
    kind = type(item)
    if kind is bytes:
        return item
    if kind is str:
        return item.encode("ascii")
    if kind is int:
        return str(item).encode("ascii")
    if kind is float:
        if item.is_integer():
            return str(int(item)).encode("ascii")
        return f"{item:f}".rstrip("0").encode("ascii")
    return ORIGINALS["pydyf._to_bytes"](item)
