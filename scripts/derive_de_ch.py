"""Writes the Swiss German catalog from the German one: the same words, "ss" for "ß".

Run after changing locale/de: .venv/bin/python scripts/derive_de_ch.py
"""

from pathlib import Path

from babel.messages.pofile import read_po, write_po

LOCALE = Path(__file__).resolve().parent.parent / "locale"


def swiss(text):
    return text.replace("ß", "ss")


def derive():
    with open(LOCALE / "de" / "LC_MESSAGES" / "django.po", "rb") as source:
        catalog = read_po(source, locale="de_CH")
    for message in catalog:
        if message.id and message.string:
            message.string = (
                tuple(swiss(s) for s in message.string)
                if isinstance(message.string, tuple)
                else swiss(message.string)
            )
    return catalog


if __name__ == "__main__":
    target = LOCALE / "de_CH" / "LC_MESSAGES" / "django.po"
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "wb") as output:
        write_po(output, derive(), width=100)
