"""LinkedIn's controllers, addresses, forms and settings pages, each with the date it was checked.

Every value comes from ../shared/legal/facts.md. A host overrides any of them with an
environment variable LINKEDIN_<KEY> (settings.LINKEDIN_OVERRIDES) when LinkedIn moves a
page; the about page then shows the host's value and "changed by this host".
"""

import unicodedata
from dataclasses import dataclass

from babel import Locale
from django.conf import settings
from django.utils.translation import pgettext_lazy


@dataclass(frozen=True)
class Fact:
    label: str
    value: str
    checked: str


DEFAULTS = {
    "objection_form_url": Fact(
        pgettext_lazy("ui", "Data Processing Objection form"),
        "https://www.linkedin.com/help/linkedin/ask/TS-DPRO",
        "2025-11-20",
    ),
    "dpo_form_url": Fact(
        pgettext_lazy("ui", "Form for the Data Protection Officer"),
        "https://www.linkedin.com/help/linkedin/ask/TSO-DPO",
        "2025-11-20",
    ),
    "dpo_email": Fact(
        pgettext_lazy("ui", "Email of the Data Protection Officer"),
        "DPO@LinkedIn.com",
        "2025-11-04",
    ),
    "privacy_questions_url": Fact(
        pgettext_lazy("ui", "Form for privacy questions and requests"),
        "https://www.linkedin.com/help/linkedin/ask/ppq",
        "2025-11-20",
    ),
    "ai_setting_url": Fact(
        pgettext_lazy("ui", "Data for Generative AI Improvement"),
        "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement",
        "2025-11-20",
    ),
    "privacy_settings_url": Fact(
        pgettext_lazy("ui", "Data privacy"),
        "https://www.linkedin.com/mypreferences/d/categories/privacy",
        "2025-11-20",
    ),
    "ads_settings_url": Fact(
        pgettext_lazy("ui", "Advertising data"),
        "https://www.linkedin.com/mypreferences/d/categories/ads",
        "2025-11-20",
    ),
    "us_data_from_others_url": Fact(
        pgettext_lazy("ui", "Data from others for ads"),
        "https://www.linkedin.com/mypreferences/d/settings/ads-interactions-with-business",
        "2025-11-04",
    ),
    # Moved in Feb 2026 from /d/settings/share-data-with-select-partners (facts.md 1.4).
    "us_sharing_opt_out_url": Fact(
        pgettext_lazy("ui", "Share data with affiliates and partners"),
        "https://www.linkedin.com/mypreferences/s/settings/share-data-with-trusted-partners",
        "2026-02-01",
    ),
    "uk_advertising_data_url": Fact(
        pgettext_lazy("ui", "Advertising data (United Kingdom)"),
        "https://www.linkedin.com/psettings/advertising-data",
        "2025-11-20",
    ),
    # Addresses without the country, which letters add in their own language.
    # Street and town are confirmed; the Eircode is UNCONFIRMED, so none is printed.
    "ireland_address": Fact(
        pgettext_lazy("ui", "Address of LinkedIn Ireland Unlimited Company"),
        "Wilton Plaza\nWilton Place\nDublin 2",
        "2025-11-20",
    ),
    # ZIP 94085 is UNCONFIRMED (facts.md 1.2, common knowledge): kept configurable.
    "corporation_address": Fact(
        pgettext_lazy("ui", "Address of LinkedIn Corporation"),
        "1000 West Maude Avenue\nSunnyvale, CA 94085",
        "2025-11-20",
    ),
    # Microsoft trains its own models on UK members' content as an independent controller
    # (facts.md 6.2); the address is [U], kept configurable.
    "microsoft_address": Fact(
        pgettext_lazy("ui", "Address of Microsoft Corporation"),
        "One Microsoft Way\nRedmond, WA 98052",
        "2026-12-01",
    ),
    # The PCPD's Data Access Request Form; the PDF's URL comes from third-party copies only.
    "pcpd_access_form_url": Fact(
        pgettext_lazy("ui", "Data Access Request Form (OPS003) of the PCPD"),
        "https://www.pcpd.org.hk/english/publications/files/Dforme.pdf",
        "2026-12-01",
    ),
}


def fact(key):
    return settings.LINKEDIN_OVERRIDES.get(key, DEFAULTS[key].value)


def all_facts():
    """Every fact as the app uses it, for the about page."""
    return [
        {
            "key": key,
            "label": default.label,
            "value": fact(key),
            "checked": default.checked,
            "overridden": key in settings.LINKEDIN_OVERRIDES,
        }
        for key, default in DEFAULTS.items()
    ]


@dataclass(frozen=True)
class Controller:
    key: str
    name: str
    address_key: str
    country: str  # ISO 3166-1
    # The company register's number, which some authorities ask a complaint to give.
    registration: str = ""

    def address_lines(self, locale):
        """The postal address, its country line in capitals and in the letter's language."""
        country = Locale.parse(locale).territories[self.country]
        return [*fact(self.address_key).splitlines(), capitals(country, locale)]


def capitals(text, locale):
    """Capitals as the language writes them: Greek drops its accents in capitals."""
    if not str(locale).startswith("el"):
        return text.upper()
    letters = unicodedata.normalize("NFD", text.upper())
    return unicodedata.normalize("NFC", "".join(c for c in letters if not unicodedata.combining(c)))


IRELAND = Controller(
    "ireland", "LinkedIn Ireland Unlimited Company", "ireland_address", "IE", "CRO 477441"
)
CORPORATION = Controller("corporation", "LinkedIn Corporation", "corporation_address", "US")
MICROSOFT = Controller("microsoft", "Microsoft Corporation", "microsoft_address", "US")
