"""US states with a comprehensive privacy law: objection/facts/us_states.toml (facts.md 6.1)."""

import datetime
from dataclasses import dataclass

from django.utils.functional import lazy
from django.utils.translation import pgettext

from objection import facts


@dataclass(frozen=True)
class StateLaw:
    code: str
    law: str
    short: str
    cite: str
    in_force: datetime.date
    delete: str
    opt_out: str
    targeted_ads_opt_out: bool
    reply: str
    reply_days: int
    extension_days: int
    appeal: str
    # "all", or "provided": the law reaches only data the member gave LinkedIn.
    deletion_scope: str
    covers_linkedin: bool
    source: str
    checked: str
    public_complaints: bool = False

    @property
    def period_label(self):
        # Lazy, so that the page shows it in the reader's language, not the one at start-up.
        return period_in_days(self.reply_days)


@dataclass(frozen=True)
class UpcomingLaw:
    code: str
    law: str
    in_force: datetime.date
    source: str


def _days(days):
    return pgettext("ui", "%(days)s days") % {"days": days}


period_in_days = lazy(_days, str)


def _load():
    entries = facts.load("us_states")
    upcoming = entries.pop("upcoming", {})
    return (
        {code: StateLaw(code=code, **entry) for code, entry in entries.items()},
        {code: UpcomingLaw(code=code, **entry) for code, entry in upcoming.items()},
    )


STATES, UPCOMING = _load()
