"""Switching the site's language on each step keeps the member's place and answers."""

import pytest
from django.conf import settings

from tests.helpers import form_data

OTHER_LANGUAGES = [code for code, _ in settings.LANGUAGES if code != "en"]
# Chinese pages name Hong Kong, so that browsers pick Hong Kong glyph shapes.
PAGE_LANG = {"zh-hant": "zh-Hant-HK"}


def test_steps_one_and_two_switch_by_link(client):
    html = client.get("/en/", {"region": "XX"}).content.decode()
    assert 'href="/fr/?region=XX" lang="fr"' in html
    html = client.get("/en/CA-QC/").content.decode()
    assert 'href="/fr/CA-QC/" lang="fr"' in html


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_details_step_switches_by_reposting_the_answers(client, language):
    html = client.get("/en/CA-QC/details/").content.decode()
    assert f'form="answers" formaction="/{language}/CA-QC/details/"' in html
    data = form_data("CA-QC", full_name="Jeanne Tremblay")
    response = client.post(f"/{language}/CA-QC/details/", data)
    page = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{PAGE_LANG.get(language, language)}">' in page
    assert 'value="Jeanne Tremblay"' in page
    assert 'value="https://www.linkedin.com/in/ada-lovelace/"' in page
    assert 'value="direct_marketing"' in page and "checked" in page


def test_letters_step_switches_by_reposting_the_answers(client):
    html = client.post("/en/GB/letters/", form_data("GB")).content.decode()
    assert 'form="answers" formaction="/fr/GB/letters/"' in html
    response = client.post("/fr/GB/letters/", form_data("GB"))
    page = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="fr">' in page
    assert 'value="Ada Lovelace"' in page
    assert "/fr/GB/letters/objection.pdf" in page


def test_errors_stay_after_a_switch(client):
    html = client.post("/en/FR/letters/", form_data("FR", email="x")).content.decode()
    assert 'formaction="/fr/FR/letters/"' in html
    response = client.post("/fr/FR/letters/", form_data("FR", email="x"))
    assert response.status_code == 400
    assert '<html lang="fr">' in response.content.decode()


def test_each_step_links_to_itself_in_each_language(client):
    """The switcher is kept per page and language: each page still gets its own links."""
    for path in ("/en/FR/details/", "/en/DE/details/", "/fr/DE/details/", "/en/DE/", "/fr/DE/"):
        html = client.get(path).content.decode()
        current, rest = path.split("/", 2)[1:]
        link = 'form="answers" formaction' if rest.endswith("details/") else "href"
        assert f'{link}="/it/{rest}"' in html
        assert f'lang="{current}" aria-current="true"' in html
    html = client.get("/en/DE/", {"from": "here"}).content.decode()
    assert 'href="/it/DE/?from=here"' in html
