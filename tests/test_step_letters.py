import datetime
from urllib.parse import quote

import pytest
from django.utils import timezone

from objection.jurisdictions import REGIONS
from tests.helpers import form_data, pdf_text


def post(client, region="FR", **overrides):
    return client.post(f"/en/{region}/letters/", form_data(region, **overrides))


def test_valid_details_give_the_letters_page(client):
    response = post(client, "FR")
    html = " ".join(response.content.decode().split())
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    assert "Your letters are ready" in html
    assert 'formaction="/en/FR/letters/objection.pdf"' in html
    assert 'formaction="/en/FR/letters/erasure.pdf"' in html
    assert 'href="https://www.linkedin.com/help/linkedin/ask/TS-DPRO"' in html
    assert 'href="mailto:DPO@LinkedIn.com?subject=' in html


def test_letters_page_gives_the_reply_deadline_as_a_date(client):
    today = timezone.localdate()
    reply_by = REGIONS["FR"].law.deadline.asked_by(today)
    legal_end = REGIONS["FR"].law.deadline.legal_end(today)
    html = " ".join(post(client, "FR").content.decode().split())
    assert (
        f"You asked LinkedIn to answer by <strong>{reply_by.day} {reply_by:%B %Y}</strong>" in html
    )
    assert (
        "By law, LinkedIn must answer within one month of receiving your letters: by "
        f"<strong>{legal_end.day} {legal_end:%B %Y}</strong> if it receives them today." in html
    )
    assert "ends on the next working day" in html


def test_the_legal_period_is_given_in_the_readers_language(client):
    html = " ".join(client.post("/de/US-IA/letters/", form_data("US-IA")).content.decode().split())
    assert "Gesetzlich hat LinkedIn ab Eingang Ihrer Briefe 90 Tage Zeit" in html


def test_without_a_statutory_period_the_page_says_only_what_was_asked(client):
    html = " ".join(post(client, "HK").content.decode().split())
    assert "You asked LinkedIn to answer by" in html
    assert "By law, LinkedIn must answer" not in html
    assert "No law sets a time limit for this answer" in html
    assert "Data Access Request Form (OPS003)" in html


def test_text_to_paste_into_linkedins_form(client):
    html = " ".join(post(client, "GB").content.decode().split())
    assert 'id="paste-name" type="text" value="Ada Lovelace" readonly' in html
    assert (
        "Objection to the processing of my personal data (Art. 21(1) UK GDPR; "
        "Art. 21(2) and (3) UK GDPR; Art. 18(1)(d) UK GDPR):" in html
    )
    assert "Microsoft&#x27;s own AI models" in html
    assert "My particular situation:" in html and "group activity reveals sensitive" in html


def test_us_members_are_sent_to_their_settings_not_to_the_eu_objection_form(client):
    html = " ".join(post(client, "US-TX").content.decode().split())
    assert "TS-DPRO" not in html
    for url in ("share-data-with-trusted-partners", "ads-interactions-with-business",
                "data-for-ai-improvement", "/help/linkedin/ask/ppq"):  # fmt: skip
        assert url in html
    assert "Global Privacy Control" in html
    assert "the letters are your written record" in html


def test_uk_members_with_microsoft_ai_ticked_get_the_letter_to_microsoft(client):
    html = post(client, "GB").content.decode()
    assert 'formaction="/en/GB/letters/microsoft.pdf"' in html
    response = client.post("/en/GB/letters/microsoft.pdf", form_data("GB"))
    assert "Microsoft Corporation" in pdf_text(response.content)
    without = form_data("GB", processing=["ai_training"])
    assert client.post("/en/GB/letters/microsoft.pdf", without).status_code == 404


def test_an_article_21_1_objection_without_grounds_is_refused_with_the_reason(client):
    response = post(client, "FR", grounds=None, grounds_text="")
    html = " ".join(response.content.decode().split())
    assert response.status_code == 400
    assert "Without one, LinkedIn can refuse your objection" in html
    assert "Art. 21(1) GDPR" in html
    assert (
        post(
            client, "FR", grounds=None, grounds_text="", processing=["personalised_ads"]
        ).status_code
        == 200
    )


def test_mailto_carries_subject_and_body(client):
    html = post(client, "FR").content.decode()
    subject = quote("Objection and request for erasure – Ada Lovelace", safe="")
    assert f"mailto:DPO@LinkedIn.com?subject={subject}&amp;body=" in html
    assert quote("Please find attached my objection", safe="") in html


def test_answers_travel_in_hidden_fields_not_in_urls(client):
    html = post(client, "FR").content.decode()
    assert '<input type="hidden" name="full_name" value="Ada Lovelace"' in html
    assert '<input type="hidden" name="processing" value="ai_training"' in html


@pytest.mark.parametrize("region,kind,words", [
    ("FR", "objection", "Art. 21(1) GDPR"),
    ("FR", "erasure", "Art. 17(1)(c) GDPR"),
    ("US-VA", "objection", "Va. Code § 59.1-577"),
    ("HK", "erasure", "s. 26 PDPO"),
])  # fmt: skip
def test_download_is_a_post_that_returns_the_letter(client, region, kind, words):
    response = client.post(f"/en/{region}/letters/{kind}.pdf", form_data(region))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == f'attachment; filename="{kind}-{region}-{today}.pdf"'
    text = pdf_text(response.content)
    assert words in text
    assert "Ada Lovelace" in text


def test_letter_language_is_independent_of_the_site_language(client):
    response = client.post(
        "/en/CA-QC/letters/objection.pdf", form_data("CA-QC", letter_language="fr")
    )
    text = pdf_text(response.content)
    assert "Madame, Monsieur" in text
    assert "LPRPDE" in text


def test_download_by_get_is_refused(client):
    assert client.get("/en/FR/letters/objection.pdf").status_code == 405


def test_letters_page_by_get_knows_nothing_and_offers_the_way_back(client):
    """Where back and forward land: the browser posts its copy of the answers again."""
    response = client.get("/en/FR/letters/")
    html = " ".join(response.content.decode().split())
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    assert "it cannot show your letters again by itself" in html
    assert 'href="/en/FR/details/"' in html
    assert '<form method="post" id="repost" hidden>' in html


def test_unknown_letter_kind_is_a_404(client):
    assert client.post("/en/FR/letters/complaint.pdf", form_data("FR")).status_code == 404


ERRORS = [
    ({"full_name": ""}, "Please enter your name as it appears on LinkedIn."),
    ({"full_name": "x" * 201}, "Ensure this value has at most 200 characters (it has 201)."),
    ({"full_name": "Ada\x07Lovelace"}, "Please remove invisible control characters from this field."),
    ({"full_name": "Ada\nLovelace"}, "Please write this on one line."),
    ({"full_name": "Ada \u2029Lovelace"}, "Please write this on one line."),
    ({"full_name": "Ada \u202eecalevoL"}, "Please remove the invisible characters that change the direction"),
    ({"full_name": "\u2066Ada\u2069"}, "Please remove the invisible characters that change the direction"),
    ({"address": "\u202e12 Rue de la Paix"}, "Please remove the invisible characters that change the direction"),
    ({"full_name": "\u3164\u200b"}, "Please enter your name as it appears on LinkedIn, in visible letters."),
    ({"full_name": "\u200b\u200d\u2800"}, "Please enter your name as it appears on LinkedIn, in visible letters."),
    ({"full_name": "Ada 😀"}, "Letters cannot print emoji. Please remove them from this field."),
    ({"grounds_text": "I ❤️ my job"}, "Letters cannot print emoji. Please remove them from this field."),
    ({"email": "ada\x07@example.org"}, "Please remove invisible control characters from this field."),
    ({"email": ""}, "Please enter the email address you use for LinkedIn."),
    ({"email": "ada.example.org"}, "This does not look like an email address."),
    ({"profile_url": ""}, "Please paste the address of your LinkedIn profile."),
    ({"profile_url": "https://evil.example/in/ada-lovelace"}, "This is not the address of a LinkedIn profile."),
    ({"profile_url": "https://www.linkedin.com/company/linkedin/"}, "This is not the address of a LinkedIn profile."),
    ({"profile_url": "javascript:alert(1)//linkedin.com/in/abc"}, "This is not the address of a LinkedIn profile."),
    ({"profile_url": "linkedin.com]/in/ada-lovelace"}, "This is not the address of a LinkedIn profile."),
    ({"profile_url": "https://[linkedin.com/in/ada-lovelace"}, "This is not the address of a LinkedIn profile."),
    ({"profile_url": "linkedin.com\u2100x/in/ada-lovelace"}, "This is not the address of a LinkedIn profile."),
    ({"profile_url": "linkedin.com]/in/x"}, "paste the address your browser shows"),
    ({"profile_url": "linkedin.com\u2100x"}, "it starts with https://www.linkedin.com/in/"),
    ({"address": "\n".join(["line"] * 7)}, "Please fit your address on at most 6 lines."),
    ({"address": "x" * 401}, "Ensure this value has at most 400 characters (it has 401)."),
    ({"processing": None}, "Please tick at least one thing to object to."),
    ({"processing": ["targeted_ads"]}, "One of the choices does not apply where you live."),
    ({"grounds": ["made_up"]}, "Please choose reasons from the list."),
    ({"grounds_text": "x" * 2001}, "Ensure this value has at most 2000 characters (it has 2001)."),
    ({"toggle_off_date": "02/11/2025"}, "Please enter the date as year-month-day, e.g. 2025-11-02."),
    ({"toggle_off_date": "2999-01-01"}, "This date is in the future."),
    ({"toggle_off_date": "1999-01-01"}, "This date is too early. Please check the year."),
    ({"letter_language": "tlh"}, "Please choose one of the languages offered."),
]  # fmt: skip


@pytest.mark.parametrize("overrides,message", ERRORS)
@pytest.mark.parametrize("url", ["/en/FR/letters/", "/en/FR/letters/objection.pdf"])
def test_every_invalid_field_gets_a_specific_message(client, url, overrides, message):
    response = client.post(url, form_data("FR", **overrides))
    html = " ".join(response.content.decode().split())
    assert response.status_code == 400
    assert "Please check your answers" in html
    assert message.replace("'", "&#x27;") in html
    assert response["Content-Type"].startswith("text/html")


def test_errors_are_in_the_members_language(client):
    response = client.post("/fr/FR/letters/", form_data("FR", email="nope"))
    html = response.content.decode()
    assert response.status_code == 400
    assert "This does not look like an email address" not in html
    assert 'lang="fr"' in html


@pytest.mark.parametrize("pasted", [
    "fr.linkedin.com/in/ada-lovelace?trk=x",
    "https://m.linkedin.com/in/ada-lovelace",
    "https://www.linkedin.com/in/ada-lovelace/details/experience/",
    "https://www.linkedin.com/in/ada-lovelace/overlay/contact-info/#top",
])  # fmt: skip
def test_profile_url_is_normalised(client, pasted):
    response = client.post("/en/FR/letters/objection.pdf", form_data("FR", profile_url=pasted))
    assert response.status_code == 200
    assert "https://www.linkedin.com/in/ada-lovelace/ " in pdf_text(response.content) + " "


@pytest.mark.parametrize("field", ["full_name", "address", "grounds_text"])
@pytest.mark.parametrize("separator", ["\u2028", "\u2029"])
def test_line_separators_never_crash_a_letter(client, field, separator):
    response = client.post(
        "/en/FR/letters/objection.pdf", form_data("FR", **{field: f"Ada {separator}Lovelace"})
    )
    if field == "full_name":
        assert response.status_code == 400
        assert "Please write this on one line." in response.content.decode()
    else:
        assert response.status_code == 200
        assert "Lovelace" in pdf_text(response.content)


def test_error_log_never_quotes_what_a_member_typed(monkeypatch):
    """A crash deep in the renderer is logged by type and place, without its message."""
    import io
    import logging

    from django.test import Client

    from objection import letters

    secret = "Zoë Secret-Name"

    def crash(letter):
        raise ValueError(f"cannot lay out {letter.answers.full_name!r}")

    monkeypatch.setattr(letters, "render_pdf", crash)
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.getLogger("django").handlers[0].formatter)
    logger = logging.getLogger("django.request")
    logger.addHandler(handler)
    try:
        response = Client(raise_request_exception=False).post(
            "/en/FR/letters/objection.pdf", form_data("FR", full_name=secret)
        )
    finally:
        logger.removeHandler(handler)
    assert response.status_code == 500
    log = stream.getvalue()
    assert "ValueError" in log and "crash" in log
    assert secret not in log and "Zo" not in log


def test_toggle_date_today_is_accepted(client):
    today = datetime.date.today().isoformat()
    assert post(client, "FR", toggle_off_date=today).status_code == 200
