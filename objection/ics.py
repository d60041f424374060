"""The calendar file of the follow-up page: when LinkedIn's answer is due, and what follows.

Its only input is the day the letters were sent: no name, email or case number is in it.
"""

import datetime
import hashlib

from django.utils.translation import pgettext
from icalendar import Alarm, Calendar, Event

from objection.deadlines import Deadline
from objection.follow_up import REMIND_DAYS_BEFORE


def events(region, sent_on, law):
    """(key, day, summary) for each date that matters after sending on `sent_on`."""
    found = [
        (
            "due",
            law.deadline.asked_by(sent_on),
            pgettext("ui", "LinkedIn's answer to your letters is due"),
        ),
    ]
    if law.extension:
        found.append(
            (
                "extension",
                law.extension.asked_by(sent_on),
                pgettext("ui", "Latest end of any extension LinkedIn may take to answer"),
            )
        )
    authority = next(
        (a for a in region.complaint_authorities() if a and a.complain_within_months), None
    )
    if authority:
        window = Deadline(months=authority.complain_within_months)
        summary = pgettext(
            "ui", "Last day to complain to %(authority)s, unless LinkedIn wrote since"
        )
        found.append(
            (
                "complaint",
                window.due(sent_on),
                summary % {"authority": authority.short or authority.name},
            )
        )
    return found


def calendar_file(region, sent_on, law, follow_up_url, now):
    calendar = Calendar()
    calendar.add("prodid", "-//objection//follow-up//EN")
    calendar.add("version", "2.0")
    description = pgettext(
        "ui", "Write a reminder or a complaint on the follow-up page: %(url)s"
    ) % {"url": follow_up_url}
    for key, day, summary in events(region, sent_on, law):
        event = Event()
        uid = hashlib.sha256(f"{region.code}:{sent_on}:{key}".encode()).hexdigest()[:24]
        event.add("uid", f"{uid}@objection")
        event.add("dtstamp", now)
        event.add("dtstart", day)
        event.add("dtend", day + datetime.timedelta(days=1))
        event.add("summary", summary)
        event.add("description", description)
        event.add("url", follow_up_url)
        if key == "due":
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", summary)
            alarm.add("trigger", datetime.timedelta(days=-REMIND_DAYS_BEFORE))
            event.add_component(alarm)
        calendar.add_component(event)
    return calendar.to_ical()
