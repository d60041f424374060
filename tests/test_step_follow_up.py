"""The follow-up page: what happened after sending, the letters it offers, routes and calendar."""

import datetime
import html
import re

import pytest
from icalendar import Calendar

from tests.helpers import form_data, pdf_text

FOLLOW_UP = {
    "sent_on": "2026-10-01",
    "sent_kinds": ["objection", "erasure"],
    "channel": "email",
    "outcome": "no_answer",
    "case_number": "CASE-118842",
}


def follow_up_data(region="FR", **overrides):
    return form_data(region, **{**FOLLOW_UP, **overrides})


def pasted(page, field_id):
    """The text of a copy field on the page, as the member copies it."""
    match = re.search(rf'<textarea id="{field_id}"[^>]*>(.*?)</textarea>', page, re.S)
    return html.unescape(match[1])


def test_letters_page_leads_to_the_follow_up_page_and_the_calendar(client):
    page = client.post("/en/FR/letters/", form_data("FR")).content.decode()
    today = datetime.date.today().isoformat()
    assert 'formaction="/en/FR/follow-up/"' in page
    assert f'href="/en/FR/follow-up/reminder.ics?sent={today}"' in page
    assert "After sending: follow up" in page


def test_follow_up_page_carries_the_details_hidden_and_asks_what_happened(client):
    page = client.post("/en/FR/follow-up/", form_data("FR")).content.decode()
    assert '<input type="hidden" name="full_name" value="Ada Lovelace"' in page
    assert 'type="text" name="full_name"' not in page
    for question in ("When did you send your letters?", "How did you send them?", "What happened?"):
        assert question in page


def test_follow_up_page_from_the_calendar_asks_for_the_details_again(client):
    response = client.get("/en/FR/follow-up/")
    assert response.status_code == 200
    assert 'name="full_name"' in response.content.decode()
    assert response["Cache-Control"] == "no-store"


@pytest.mark.parametrize(
    "overrides, message",
    [
        (
            {"sent_on": "2099-01-01"},
            "This date is in the future. Please enter the day you sent it.",
        ),
        ({"sent_on": "1.10.2026"}, "Please enter the date as year-month-day"),
        ({"outcome": ""}, "Please say what LinkedIn did."),
        ({"sent_kinds": []}, "Please tick the letters you sent."),
        ({"reminder_on": "2026-09-01"}, "The reminder must be dated between the day you sent"),
        ({"case_number": "A\x07B"}, "Please remove invisible control characters"),
    ],
)
def test_follow_up_refuses_bad_answers_with_a_clear_message(client, overrides, message):
    response = client.post("/en/FR/follow-up/letters/", follow_up_data(**overrides))
    assert response.status_code == 400
    assert message in response.content.decode()


def test_follow_up_letters_offer_reminder_complaint_and_access(client):
    response = client.post("/en/FR/follow-up/letters/", follow_up_data())
    page = response.content.decode()
    assert response["Cache-Control"] == "no-store"
    assert 'formaction="/en/FR/follow-up/reminder.pdf"' in page
    assert 'name="authority" value="FR" formaction="/en/FR/follow-up/complaint.pdf"' in page
    assert 'formaction="/en/FR/follow-up/access.pdf"' in page
    assert 'href="https://www.cnil.fr/fr/plaintes"' in page
    assert "The CNIL handles complaints written in French only" in page
    assert "Your complaint is in French, the language this authority works in." in page
    text = pasted(page, "paste-FR-complaint")
    assert "Commission nationale" not in text and "CASE-118842" in text
    assert "art. 21, par. 1, du RGPD" in text


@pytest.mark.parametrize(
    "region, rule",
    [
        ("ES", "The AEPD accepts complaints only on its own models"),
        ("PL", "trusted profile (ePUAP)"),
        ("IT", "attach a copy of a valid identity document"),
        ("HK", "complaint form OPS001"),
        ("CA-QC", "demande d'examen de mésentente"),
        ("US-TX", "open to the public"),
    ],
)
def test_follow_up_says_plainly_what_each_authority_requires(client, region, rule):
    page = client.post(f"/en/{region}/follow-up/letters/", follow_up_data(region)).content.decode()
    assert rule in html.unescape(page)


def test_ico_summary_fits_its_form_and_a_timeline_follows(client):
    # Every field at its limit makes a text longer than the ICO's summary allows.
    long_words = "The answer leaves out the models and the recipients. " * 60
    name = "Ada " + "Lovelace-Byron " * 13
    data = follow_up_data(
        "GB",
        outcome="partial",
        missing=long_words[:1000],
        full_name=name,
        case_number="C" * 100,
        channel="objection_form",
    )
    page = client.post("/en/GB/follow-up/letters/", data).content.decode()
    summary = pasted(page, "paste-GB-summary")
    assert len(summary) <= 2000 and summary.endswith("…")
    assert "C" * 100 in summary
    timeline = pasted(page, "paste-GB-timeline")
    assert (
        "1 October 2026: I sent LinkedIn my letters through LinkedIn's Data Processing" in timeline
    )
    assert "2 November 2026: the date by which I asked LinkedIn to answer." in timeline
    assert "of 2000 characters the form allows" in page


def test_cppa_texts_fit_its_4000_and_1000_character_fields(client):
    data = follow_up_data("US-CA", outcome="partial", missing="x " * 500)
    page = client.post("/en/US-CA/follow-up/letters/", data).content.decode()
    assert len(pasted(page, "paste-US-CA-description")) <= 4000
    evidence = pasted(page, "paste-US-CA-evidence")
    assert len(evidence) <= 1000 and "my letters to LinkedIn of October 1, 2026" in evidence


def test_swiss_member_gets_a_report_to_the_fdpic_and_a_complaint_to_the_dpc(client):
    data = follow_up_data("CH")
    report = client.post("/en/CH/follow-up/complaint.pdf", {**data, "authority": "CH"})
    complaint = client.post("/en/CH/follow-up/complaint.pdf", {**data, "authority": "IE"})
    assert report["Content-Disposition"].startswith('attachment; filename="complaint-CH-CH-')
    assert "Art. 49 DSG" in pdf_text(report.content)
    assert complaint["Content-Disposition"].startswith('attachment; filename="complaint-IE-CH-')
    assert "Art. 77 GDPR" in pdf_text(complaint.content)


def test_reminder_pdf_carries_the_case_number_and_the_dates(client):
    response = client.post("/en/FR/follow-up/reminder.pdf", follow_up_data())
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    text = pdf_text(response.content)
    assert "CASE-118842" in text and "1 October 2026" in text


def test_unknown_follow_up_letter_is_not_found(client):
    assert client.post("/en/FR/follow-up/poem.pdf", follow_up_data()).status_code == 404


def events_of(body):
    calendar = Calendar.from_ical(body)
    return {
        str(event["SUMMARY"]): (event.decoded("DTSTART"), str(event["URL"]))
        for event in calendar.walk("VEVENT")
    }


def test_calendar_has_the_reply_date_a_reminder_and_the_extension(client):
    response = client.get("/en/FR/follow-up/reminder.ics", {"sent": "2026-10-01"})
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert 'filename="linkedin-reply-FR-2026-10-01.ics"' in response["Content-Disposition"]
    events = events_of(response.content)
    due, url = events["LinkedIn's answer to your letters is due"]
    assert due == datetime.date(2026, 11, 2) and url == "http://testserver/en/FR/follow-up/"
    assert events["Latest end of any extension LinkedIn may take to answer"][0] == (
        datetime.date(2027, 1, 4)
    )
    alarm = Calendar.from_ical(response.content).walk("VALARM")[0]
    assert alarm.decoded("TRIGGER") == -datetime.timedelta(days=3)


def test_calendar_for_the_uk_has_the_ico_window(client):
    events = events_of(client.get("/en/GB/follow-up/reminder.ics", {"sent": "2026-10-01"}).content)
    assert events["Last day to complain to ICO, unless LinkedIn wrote since"][0] == (
        datetime.date(2027, 1, 1)
    )


def test_calendar_in_the_members_language(client):
    events = events_of(client.get("/de/DE/follow-up/reminder.ics", {"sent": "2026-10-01"}).content)
    assert all("/de/DE/follow-up/" in url for _, url in events.values())


@pytest.mark.parametrize("sent", ["", "tomorrow", "2099-01-01", "2020-01-01", "2026-02-30"])
def test_calendar_refuses_a_day_it_cannot_use(client, sent):
    response = client.get("/en/FR/follow-up/reminder.ics", {"sent": sent})
    assert response.status_code == 400
    assert "The calendar needs the day you sent your letters" in response.content.decode()
