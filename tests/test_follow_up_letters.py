"""The letters after sending (access, reminder, complaint), as a lawyer and an authority read them.

Expectations are written out by hand from ../shared/legal/facts.md and authorities.md. The
member sent an objection and an erasure request by email on 1 October 2026; the follow-up
letters are dated 1 December 2026 unless a test says otherwise.
"""

import datetime

import pytest

from objection.authorities import AUTHORITIES
from objection.follow_up import FollowUp
from objection.jurisdictions import REGIONS
from objection.letters import build_letter, render_pdf
from tests.helpers import make_answers, pdf_text

SENT_ON = datetime.date(2026, 10, 1)
TODAY = datetime.date(2026, 12, 1)
CASE = "CASE-2026-118842"


def sent(**overrides):
    values = {
        "sent_on": SENT_ON,
        "channel": "email",
        "outcome": "no_answer",
        "sent_kinds": ("objection", "erasure"),
        "case_number": CASE,
    }
    return FollowUp(**{**values, **overrides})


def letter_text(kind, region, authority=None, today=TODAY, follow_up=None, **answers):
    answers = make_answers(region, **answers)
    if kind == "complaint" and authority is None:
        authority = REGIONS[region].complaint_authorities(answers.subdivision)[0].code
    letter = build_letter(
        kind,
        answers,
        today,
        None if kind == "access" else follow_up or sent(),
        AUTHORITIES.get(authority) if authority else None,
    )
    return pdf_text(render_pdf(letter))


# region, letter options, authority: (words the complaint must show, words it must not).
COMPLAINTS = {
    "DE-BY": (
        "DE", {"subdivision": "DE-BY", "letter_language": "de"}, "DE-BY",
        ["Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)", "Postfach 1349",
         "91504 Ansbach", "Betreff:", "Art. 77 DSGVO", "1. Oktober 2026", "2. November 2026",
         "Data Protection Commission"],
        ["Bundesbeauftragte", "BfDI"],
    ),
    "GB": (
        "GB", {}, "GB",
        ["Information Commissioner's Office (ICO)", "s. 165 DPA 2018",
         "On 1 October 2026 I also complained to LinkedIn under s. 164A DPA 2018",
         "Under Art. 12A UK GDPR, LinkedIn had to answer by 2 November 2026 at the latest",
         "LinkedIn Corporation", "Sunnyvale", "1 October 2026", "2 November 2026"],
        ["Art. 77 UK GDPR", "Wycliffe House", "Irish Data Protection Commission"],
    ),
    "CH": (
        "CH", {}, "CH",
        ["Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter (EDÖB)",
         "Art. 49 DSG", "Art. 30 Abs. 2 Bst. b DSG", "1. Oktober 2026"],
        ["Feldeggweg", "Art. 77"],
    ),
    "CH-IE": (
        "CH", {}, "IE",
        ["Data Protection Commission (DPC)", "21 Fitzwilliam Square South", "D02 RD28",
         "Art. 77 GDPR", "Art. 3(1) GDPR"],
        ["Art. 49"],
    ),
    "CA-QC": (
        "CA-QC", {"letter_language": "fr-ca"}, "CA-QC",
        ["Commission d'accès à l'information du Québec",
         "525, boulevard René-Lévesque Est, bureau 2.36", "Québec (Québec) G1R 5S9",
         "octobre 2026"],
        ["Office of the Privacy Commissioner"],
    ),
    "CA-BC": (
        "CA-BC", {}, "CA-BC",
        ["Office of the Information and Privacy Commissioner for British Columbia (OIPC BC)",
         "Personal Information Protection Act (British Columbia), SBC 2003, c. 63",
         "LinkedIn Corporation"],
        ["PO Box 9038"],
    ),
    "CA-BC-OPC": (
        "CA-BC", {}, "CA",
        ["Office of the Privacy Commissioner of Canada (OPC)", "30 Victoria Street",
         "Gatineau, Quebec K1A 1H3",
         "Personal Information Protection and Electronic Documents Act (PIPEDA)"],
        ["SBC 2003"],
    ),
    "HK": (
        "HK", {}, "HK",
        ["Office of the Privacy Commissioner for Personal Data, Hong Kong (PCPD)",
         "Room 1303, 13/F, Dah Sing Financial Centre", "248 Queen's Road East",
         "s. 37 PDPO", "OPS001", "a copy of my identity document", "10 November 2026"],
        [],
    ),
    "US-CA": (
        "US-CA", {}, "US-CA",
        ["California Privacy Protection Agency (CalPrivacy)",
         "California Consumer Privacy Act (CCPA), Cal. Civ. Code § 1798.100 ff.",
         "October 1, 2026", "November 16, 2026"],
        ["Attorney General"],
    ),
    "US-TX": (
        "US-TX", {}, "US-TX",
        ["Attorney General of Texas", "Texas Data Privacy and Security Act",
         "November 16, 2026"],
        [],
    ),
    "US-AL": (
        "US-AL", {}, "FTC",
        ["Federal Trade Commission", "Section 5 of the FTC Act",
         "LinkedIn Privacy Policy and US State Privacy Notice"],
        [],
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", COMPLAINTS)
def test_complaint_names_the_competent_authority_the_request_and_its_dates(case):
    region, answers, authority, present, absent = COMPLAINTS[case]
    text = letter_text("complaint", region, authority, **answers)
    for words in [*present, CASE, "Ada Lovelace", "ada@example.org"]:
        assert words in text, words
    for words in absent:
        assert words not in text, words


def test_german_complaint_goes_to_the_land_authority_first_in_german():
    answers = make_answers("DE", subdivision="DE-HH", letter_language="en")
    first = REGIONS["DE"].complaint_authorities(answers.subdivision)[0]
    letter = build_letter("complaint", answers, TODAY, sent(), first)
    assert letter.language == "de"
    assert "Ludwig-Erhard-Str. 22, 7. OG" in pdf_text(render_pdf(letter))


def test_cnil_complaint_is_in_french_whatever_the_letters_language():
    text = letter_text("complaint", "FR", letter_language="en")
    for words in [
        "Commission nationale de l'informatique et des libertés (CNIL)",
        "3 Place de Fontenoy",
        "75334 Paris Cedex 07",
        "art. 77 du RGPD",
        "1er octobre 2026",
        "art. 21, par. 1, du RGPD",
    ]:
        assert words in text, words


def test_uk_complaint_before_19_june_2026_cites_art_77_and_no_controller_complaint():
    follow_up = sent(sent_on=datetime.date(2026, 3, 2))
    text = letter_text(
        "complaint", "GB", "GB", today=datetime.date(2026, 5, 4), follow_up=follow_up
    )
    assert "Art. 77 UK GDPR" in text
    assert "s. 165" not in text and "164A" not in text


def test_uk_reminder_is_a_s164a_complaint_after_19_june_2026():
    text = letter_text("reminder", "GB")
    assert "Art. 12A UK GDPR; s. 164A DPA 2018" in text
    assert "This reminder is also a complaint to you under s. 164A DPA 2018" in text
    assert "acknowledge it within 30 days" in text
    before = letter_text(
        "reminder",
        "GB",
        today=datetime.date(2026, 5, 4),
        follow_up=sent(sent_on=datetime.date(2026, 3, 2)),
    )
    assert "Art. 12A UK GDPR" in before and "164A" not in before


# region, options: words of the reminder (the first letters' period, a 14-day final period).
REMINDERS = {
    "FR": ({}, ["Re: Reminder: my requests about my personal data", "Art. 12(3) GDPR",
                "LinkedIn Ireland Unlimited Company", "I asked you to answer by 2 November 2026",
                "by 15 December 2026", "National Commission on Informatics and Liberty (CNIL)",
                "by email to LinkedIn's Data Protection Officer",
                "Objection to the processing of my personal data (Art. 21(1) GDPR"]),
    "CH": ({}, ["Reminder: my requests about my data", "2 November 2026",
                "Art. 30 para. 2 let. b FADP"]),
    "CA-QC": ({}, ["Commission d'accès à l'information du Québec",
                   "Withdrawal of my consent to the use of my personal information"]),
    "CA-ON": ({}, ["Office of the Privacy Commissioner of Canada",
                   "This reminder is also my written complaint to your privacy officer."]),
    "HK": ({}, ["10 November 2026", "DPP3, Schedule 1, PDPO",
                "Office of the Privacy Commissioner for Personal Data, Hong Kong"]),
    "US-CA": ({}, ["Cal. Civ. Code § 1798.130(a)(2)", "November 16, 2026", "December 15, 2026",
                   "Under Cal. Civ. Code § 1798.130(a)(2), the period for your answer ended on "
                   "November 15, 2026 at the latest"]),
    "US-TX": ({}, ["Attorney General of Texas", "November 16, 2026"]),
    "US-AL": ({}, ["LinkedIn Privacy Policy and US State Privacy Notice", "Federal Trade Commission"]),
}  # fmt: skip


@pytest.mark.parametrize("region", REMINDERS)
def test_reminder_cites_the_first_letters_their_period_and_the_complaint_that_follows(region):
    options, present = REMINDERS[region]
    text = letter_text("reminder", region, **options)
    for words in [*present, CASE, "1 October 2026" if region[:2] != "US" else "October 1, 2026"]:
        assert words in text, words


def test_reminder_cites_an_access_period_only_where_an_access_request_was_sent():
    follow_up = sent(sent_kinds=("objection", "erasure", "access"))
    expected = {"CH": "Art. 25 para. 7 FADP", "CA-ON": "PIPEDA, s. 8(3)",
                "CA-QC": "s. 32 of the Private Sector Act", "HK": "s. 19(1) PDPO"}  # fmt: skip
    for region, citation in expected.items():
        assert citation not in letter_text("reminder", region).split("Dear")[0], region
        assert citation in letter_text("reminder", region, follow_up=follow_up), region


def test_gdpr_reminder_says_when_the_legal_period_ended_unless_sent_by_post():
    text = letter_text("reminder", "FR")
    assert "Under Art. 12(3) GDPR, the period for your answer ended on 2 November 2026" in text
    assert "period for your answer ended" not in letter_text(
        "reminder", "FR", follow_up=sent(channel="post")
    )


def test_texas_reminder_after_a_refusal_is_also_the_appeal():
    text = letter_text("reminder", "US-TX", follow_up=sent(outcome="refused"))
    assert "Please treat this reminder also as my appeal against your decision" in text


def test_complaint_names_the_reminder_and_its_final_date():
    follow_up = sent(reminder_on=datetime.date(2026, 11, 10))
    text = letter_text("complaint", "FR", follow_up=follow_up)
    assert "CRO 477441" in text
    assert "10 novembre 2026" in text and "24 novembre 2026" in text


def test_hong_kong_complaint_names_the_acts_and_practices():
    text = letter_text("complaint", "HK")
    assert "without my prescribed consent (DPP3, Schedule 1, PDPO)" in text
    assert "to Microsoft for use in direct marketing without my written consent" in text
    assert "(s. 26 PDPO)" in text


def test_us_complaints_do_not_promise_a_personal_remedy():
    for region in ("US-CA", "US-TX", "US-AL"):
        text = letter_text("complaint", region)
        assert "I understand that you do not represent individual consumers." in text
        assert "tell me how it progresses" not in text


def test_swiss_report_asks_the_fdpic_to_examine_and_reserves_the_civil_action():
    # In German, the FDPIC's language (the member chose English letters).
    text = letter_text("complaint", "CH", "CH", letter_language="en")
    assert "(Art. 49 DSG)" in text and "(Art. 32 Abs. 2 DSG)" in text
    assert "https://www.edoeb.admin.ch/" in text and "Feldeggweg" not in text


def test_reminder_after_an_extension_waits_for_the_longest_period_the_law_permits():
    text = letter_text("reminder", "FR", follow_up=sent(outcome="extended"))
    # One month and two more from 1 October 2026: 1 January 2027 is a holiday in Ireland.
    assert "by 4 January 2027" in text
    assert "only where it is necessary and only if you give me your reasons" in text


def test_reminder_says_what_is_missing_in_the_members_words():
    follow_up = sent(outcome="partial", missing="You did not name the AI models.")
    text = letter_text("reminder", "FR", follow_up=follow_up)
    assert "You answered only part of my requests." in text
    assert "In particular, this is missing or wrong: You did not name the AI models." in text


# region: words of the access request (the law's access right and what facts 6.3 asks for).
ACCESS = {
    "FR": ["Re: Request for access to my personal data", "Art. 15 GDPR",
           "including each Microsoft entity (Art. 15(1)(c))", "Hiring Assistant",
           "(Art. 15(1)(h))", "(Art. 15(1)(g))", "(Art. 15(1)(d))", "Opinion 28/2024",
           "by 4 January 2027", "Art. 12(3) GDPR"],
    "GB": ["Art. 15 UK GDPR", "Art. 3(2)(a) and (b) UK GDPR", "LinkedIn Corporation"],
    "CH": ["Request for access to my data", "Art. 25 FADP", "Art. 25 para. 7 FADP",
           "including Microsoft", "Hiring Assistant", "free of charge"],
    "CA-ON": ["Request for access to my personal information", "PIPEDA, Sch. 1, cl. 4.9",
              "PIPEDA, s. 8(3)", "including Microsoft and your other affiliates"],
    "CA-QC": ["s. 27 of the Private Sector Act", "s. 32 of the Private Sector Act",
              "I also make this request under PIPEDA, Sch. 1, cl. 4.9"],
    "CA-AB": ["PIPEDA, Sch. 1, cl. 4.9",
              "To the extent that the Personal Information Protection Act (Alberta), SA 2003, "
              "c. P-6.5 applies, I also make this request under it"],
    "HK": ["s. 18(1) PDPO", "s. 20(3)(e) PDPO", "Data Access Request Form (OPS003)",
           "s. 19(1) PDPO", "within 40 days"],
    "US-CA": ["Request to know the personal information you have collected about me",
              "Cal. Civ. Code § 1798.110", "the specific pieces of personal information",
              "within 45 days"],
    "US-TX": ["Request to access my personal data", "Texas Data Privacy and Security Act"],
    "US-AL": ["LinkedIn Privacy Policy and US State Privacy Notice",
              "including Microsoft and your other affiliates"],
}  # fmt: skip


@pytest.mark.parametrize("region", ACCESS)
def test_access_request_uses_the_regions_access_right(region):
    text = letter_text("access", region)
    for words in ACCESS[region]:
        assert words in text, words
    assert "which AI models" in text
