"""The words a member reads: place names, punctuation of each language, hints, letter prose."""

import pytest
from django.conf import settings

from tests.helpers import form_data, pdf_blocks, pdf_text

LANGUAGES = [code for code, _ in settings.LANGUAGES]
OFFICIAL_HONG_KONG = ("SAR", "R.A.S.", "RAE", "RAS", "SRA", "Sonderverwaltungsregion", "特別行政區")


def heading(html):
    return html[html.index("<h1>") + 4 : html.index("</h1>")]


def test_places_take_their_article_in_an_english_sentence(client):
    assert heading(client.get("/en/GB/").content.decode()) == (
        "What changes for you in the United Kingdom"
    )
    assert heading(client.get("/en/FR/").content.decode()) == "What changes for you in France"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_hong_kong_is_called_hong_kong(client, lang):
    for html in (
        client.get(f"/{lang}/HK/").content.decode(),
        client.get(f"/{lang}/").content.decode(),
    ):
        assert not any(official in html for official in OFFICIAL_HONG_KONG), lang
    assert any(name in heading(client.get(f"/{lang}/HK/").content.decode())
               for name in ("Hong Kong", "Hongkong", "香港"))  # fmt: skip


def test_french_sets_a_narrow_no_break_space_before_a_colon(client):
    html = client.get("/fr/FR/").content.decode()
    assert heading(html) == "Ce qui change pour vous\u202f: France"
    assert "<title>Ce qui change pour vous\u202f: France" in html


def test_french_letter_writes_the_first_of_the_month_as_1er(client):
    data = form_data("FR", letter_language="fr", toggle_off_date="2025-11-01")
    text = pdf_text(client.post("/en/FR/letters/objection.pdf", data).content)
    assert "1er novembre 2025" in text


def test_chinese_texts_to_paste_use_the_full_width_colon(client):
    html = client.post("/zh-hant/HK/letters/", form_data("HK", letter_language="zh-hant"))
    page = html.content.decode()
    assert "第35G條)：\n" in page
    assert "): " not in page[page.index('id="paste-details"') :][:400]


@pytest.mark.parametrize("lang,words", [
    ("en", "type the first letters of your country"),
    ("fr", "tapez les premières lettres de votre pays"),
    ("zh-hant", "輸入所在地的首幾個字"),
])  # fmt: skip
def test_region_hint_works_on_a_phone(client, lang, words):
    html = client.get(f"/{lang}/").content.decode()
    assert words in html and "Ctrl+F" not in html


@pytest.mark.parametrize("lang,words", [
    ("en", "End it with your country"),
    ("fr", "Terminez par votre pays\u202f:"),
    ("zh-hant", "請在最後一行寫上國家或地區"),
])  # fmt: skip
def test_address_hint_asks_for_the_country(client, lang, words):
    assert words in client.get(f"/{lang}/FR/details/").content.decode()


@pytest.mark.parametrize("region", ["FR", "CH", "HK", "CA-ON", "US-CA"])
def test_english_letters_open_in_natural_prose(client, region):
    text = pdf_text(client.post(f"/en/{region}/letters/objection.pdf", form_data(region)).content)
    assert "I am a LinkedIn member, and I am writing to you " in text
    assert "and I write" not in text


def test_chinese_closing_is_indented_and_signed_on_the_right(client):
    data = form_data("HK", letter_language="zh-hant", full_name="李小龍")
    content = client.post("/en/HK/letters/objection.pdf", data).content
    lines = [line for block in pdf_blocks(content, None) for line in block
             if line.text in ("此致", "李小龍")]  # fmt: skip
    closing, name = lines[-2], lines[-1]
    assert closing.text == "此致" and closing.left >= 20 + 6  # two characters of 10 pt
    assert name.left >= 105  # the right half of the page


@pytest.mark.parametrize("lang,words", [
    ("en", "open your own profile and paste the address your browser shows"),
    ("fr", "ouvrez votre propre profil et collez l"),
    ("zh-hant", "貼上瀏覽器顯示的網址"),
])  # fmt: skip
def test_refused_profile_url_says_what_to_paste(client, lang, words):
    response = client.post(f"/{lang}/FR/letters/", form_data("FR", profile_url="linkedin.com/x"))
    assert response.status_code == 400
    assert words in response.content.decode()
