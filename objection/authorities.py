"""Every authority a member can complain to: objection/facts/authorities.toml.

Source: ../shared/legal/authorities.md. Each entry keeps its source marker and the date it
was last checked; the about page lists them and a host may correct them (FACTS_OVERRIDES).
"""

from dataclasses import dataclass, field

from objection import facts


@dataclass(frozen=True)
class Authority:
    code: str
    name: str
    short: str = ""
    local: str = ""
    languages: tuple = ()
    address: str = ""
    website: str = ""
    complaint_url: str = ""
    email: str = ""
    source: str = ""
    unconfirmed: str = ""
    requires: str = ""
    checked: str = ""
    local_by_language: dict = field(default_factory=dict)
    short_by_language: dict = field(default_factory=dict)
    address_unconfirmed: bool = False
    # What a complaint must respect: keys of objection.follow_up.RULES.
    rules: tuple = ()
    # The authority's online form: (field, character limit or 0), as follow_up.FORM_FIELDS.
    form_fields: tuple = ()
    # The time a member has to complain, in months from the last contact with LinkedIn.
    complain_within_months: int = 0

    def name_in(self, language):
        """The official name: in the letter's language where the authority has one, else in
        its own; English letters use the English name unless English is the authority's own."""
        base = language.split("-")[0]
        if base in self.local_by_language:
            return self.local_by_language[base]
        if self.local and base != "en":
            return self.local
        return self.name

    def title_in(self, language):
        name = self.name_in(language)
        short = self.short_by_language.get(language.split("-")[0], self.short)
        return f"{name} ({short})" if short and short not in name else name

    @property
    def address_lines(self):
        """The postal address as the letters print it: none while it is unconfirmed."""
        return [] if self.address_unconfirmed else self.address.splitlines()


def _load():
    entries = facts.load("authorities")
    return {
        code: Authority(
            code=code,
            **{
                **entry,
                "languages": tuple(entry["languages"]),
                "rules": tuple(entry.get("rules", ())),
                "form_fields": tuple(tuple(pair) for pair in entry.get("form_fields", ())),
            },
        )
        for code, entry in entries.items()
    }


AUTHORITIES = _load()


def shown_in(authorities, language):
    """What pages and letters print of each authority, in the reader's language."""
    return [
        {
            "title": authority.title_in(language),
            "address_lines": authority.address_lines,
            "website": authority.website,
        }
        for authority in authorities
    ]
