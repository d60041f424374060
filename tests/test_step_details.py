import re

from tests.helpers import form_data


def test_form_offers_only_what_applies_in_the_region(client):
    html = client.get("/en/US-CA/details/").content.decode()
    assert 'value="targeted_ads"' in html
    assert 'value="microsoft_ads"' in html
    assert 'value="ai_training"' not in html
    assert 'name="toggle_off_date"' not in html


def test_eu_form_explains_why_particular_situation_matters(client):
    html = " ".join(client.get("/en/DE/details/").content.decode().split())
    assert (
        "Under Art. 21(1) GDPR you object “on grounds relating to your particular situation”"
        in html
    )
    assert 'name="toggle_off_date"' in html
    for field in (
        "full_name",
        "email",
        "profile_url",
        "address",
        "grounds",
        "grounds_text",
        "letter_language",
    ):
        assert f'name="{field}"' in html


def test_letter_language_lists_the_region_languages_first(client):
    html = client.get("/en/CA-QC/details/").content.decode()
    select = html[html.index('name="letter_language"') :]
    assert select.index('value="fr-ca"') < select.index('value="en"') < select.index('value="fr"')


def test_changing_details_keeps_the_answers(client):
    response = client.post("/en/FR/details/", form_data("FR", full_name="Ada Byron"))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="Ada Byron"' in html
    assert "Please check your answers" not in html


def test_swiss_letters_default_to_swiss_german_for_german_readers(client):
    html = client.get("/de/CH/details/").content.decode()
    select = html[html.index('name="letter_language"') : html.index("</select>")]
    offered = [select.index(f'value="{code}"') for code in ("de-ch", "fr", "it", "en", "es")]
    assert offered == sorted(offered)
    assert '<option value="de-ch" selected>Deutsch (Schweiz)</option>' in select


def test_details_page_title_is_plain_text(client):
    html = client.get("/en/FR/details/").content.decode()
    title = html[html.index("<title>") : html.index("</title>")]
    assert "<form" not in title and title.startswith("<title>Your details: France")


def without_token(html):
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


def test_the_empty_form_is_made_once_per_region_and_language(client):
    made = without_token(client.get("/en/DE/details/").content.decode())
    assert 'name="subdivision"' in made
    assert without_token(client.get("/en/DE/details/").content.decode()) == made
    # Another region and another language each get their own.
    assert 'name="subdivision"' not in client.get("/en/FR/details/").content.decode()
    assert "Wer Sie auf LinkedIn sind" in client.get("/de/DE/details/").content.decode()


def test_a_form_with_answers_is_always_made_anew(client):
    client.get("/en/FR/details/")
    html = client.post("/en/FR/details/", form_data("FR", full_name="Ada Byron")).content.decode()
    assert 'value="Ada Byron"' in html
    assert 'value="Ada Byron"' not in client.get("/en/FR/details/").content.decode()
