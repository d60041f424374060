"""Writes locale/de_CH from the German catalog: Swiss and Liechtenstein German write "ss" for "ß".

Run by scripts/setup before the catalogs are compiled; the result is not committed, so German
is translated once.
"""

from pathlib import Path

from babel.messages.pofile import read_po, write_po

LOCALE = Path(__file__).resolve().parent.parent / "locale"


def swiss(text):
    return text.replace("ß", "ss").replace("ẞ", "SS")


def main():
    with open(LOCALE / "de" / "LC_MESSAGES" / "django.po", "rb") as source:
        catalog = read_po(source)
    catalog.locale = "de_CH"
    catalog.language_team = "German (Switzerland), derived from German"
    for message in catalog:
        if message.id:
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            swissed = tuple(swiss(string) for string in strings)
            message.string = swissed if isinstance(message.string, tuple) else swissed[0]
    target = LOCALE / "de_CH" / "LC_MESSAGES" / "django.po"
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "wb") as out:
        write_po(out, catalog, width=100)


if __name__ == "__main__":
    main()
