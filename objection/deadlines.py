"""Reply periods: the date a letter asks for, and the day a legal period ends."""

import calendar
import datetime
from dataclasses import dataclass
from functools import cache

import holidays


@dataclass(frozen=True)
class Deadline:
    days: int = 0
    months: int = 0
    # The period in words, for the letters page ("one month", "30 days").
    label: str = ""
    # Whether a law sets this period, counted from receipt; otherwise the letter only asks.
    statutory: bool = True
    # Where a period ending on a weekend or public holiday ends on the next working day
    # (GDPR: Regulation 1182/71 Art. 3(4), facts.md 6.3 [U]), whose public holidays count.
    working_days_of: str = ""

    def due(self, start: datetime.date) -> datetime.date:
        """The same day `months` later (or the month's last day), then `days` more."""
        month_index = start.month - 1 + self.months
        year, month = start.year + month_index // 12, month_index % 12 + 1
        day = min(start.day, calendar.monthrange(year, month)[1])
        return datetime.date(year, month, day) + datetime.timedelta(days=self.days)

    def asked_by(self, day: datetime.date) -> datetime.date:
        """The date a letter of `day` asks for: never before the legal end, on a weekday."""
        end = self.legal_end(day)
        while end.weekday() >= 5:
            end += datetime.timedelta(days=1)
        return end

    def legal_end(self, receipt: datetime.date) -> datetime.date:
        """The last day of the period for a letter received on `receipt`."""
        end = self.due(receipt)
        if self.working_days_of:
            closed = public_holidays(self.working_days_of, end.year)
            while end.weekday() >= 5 or end in closed:
                end += datetime.timedelta(days=1)
        return end


@cache
def public_holidays(country, year):
    return holidays.country_holidays(country, years=[year, year + 1])
