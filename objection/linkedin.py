"""LinkedIn's controllers, addresses, forms and settings pages.

Every value comes from ../shared/legal/facts.md, with the date it was last checked
there. A host overrides any of them with an environment variable LINKEDIN_<KEY>
(see settings.LINKEDIN_OVERRIDES) when LinkedIn moves a page.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import pgettext_lazy

LAST_CHECKED = "2025-11-20"

DEFAULTS = {
    "objection_form_url": "https://www.linkedin.com/help/linkedin/ask/TS-DPRO",
    "dpo_form_url": "https://www.linkedin.com/help/linkedin/ask/TSO-DPO",
    "dpo_email": "DPO@LinkedIn.com",
    "deletion_form_url": "https://www.linkedin.com/help/linkedin/ask/TS-DDF",
    "ai_setting_url": "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement",
    "privacy_settings_url": "https://www.linkedin.com/mypreferences/d/categories/privacy",
    "ads_settings_url": "https://www.linkedin.com/mypreferences/d/categories/ads",
    "us_data_from_others_url": (
        "https://www.linkedin.com/mypreferences/d/settings/ads-interactions-with-business"
    ),
    # Moved in Feb 2026 from /d/settings/share-data-with-select-partners (facts.md 1.4).
    "us_sharing_opt_out_url": (
        "https://www.linkedin.com/mypreferences/s/settings/share-data-with-trusted-partners"
    ),
    "uk_advertising_data_url": "https://www.linkedin.com/psettings/advertising-data",
    "close_account_url": "https://www.linkedin.com/mypreferences/d/close-accounts",
    # Street and town are confirmed; the Eircode is UNCONFIRMED, so none is printed.
    "ireland_address": "Wilton Plaza\nWilton Place\nDublin 2\nIreland",
    # ZIP 94085 is UNCONFIRMED (facts.md 1.2, common knowledge): kept configurable.
    "corporation_address": "1000 West Maude Avenue\nSunnyvale, CA 94085\nUSA",
}


def fact(key):
    return settings.LINKEDIN_OVERRIDES.get(key, DEFAULTS[key])


@dataclass(frozen=True)
class Controller:
    key: str
    name: str
    address_key: str

    @property
    def address_lines(self):
        return fact(self.address_key).splitlines()


IRELAND = Controller("ireland", "LinkedIn Ireland Unlimited Company", "ireland_address")
CORPORATION = Controller("corporation", "LinkedIn Corporation", "corporation_address")

ATTENTION_DPO = pgettext_lazy("letter", "Attn: Data Protection Officer")
