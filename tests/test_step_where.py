import pytest


def test_region_chooser_groups_every_region(client):
    response = client.get("/en/")
    page = response.content.decode()
    assert response.status_code == 200
    for group in ("European Union and EEA", "Elsewhere in Europe", "Canada", "United States"):
        assert f'<optgroup label="{group}">' in page
    for option in (
        'value="FR">France',
        'value="GB">United Kingdom',
        'value="CA-QC">Quebec',
        'value="HK">Hong Kong',
        'value="US-DC">District of Columbia',
    ):
        assert option in page


def test_choosing_a_region_leads_to_its_explanation(client):
    response = client.get("/en/", {"region": "CA-QC"})
    assert response.status_code == 302
    assert response["Location"] == "/en/CA-QC/"


def test_no_choice_gets_a_polite_message(client):
    response = client.get("/en/", {"region": ""})
    assert response.status_code == 200
    assert "Please choose where you live." in response.content.decode()


def test_unknown_region_gets_a_polite_message(client):
    response = client.get("/en/", {"region": "XX"})
    assert (
        "We do not know that place. Please choose one from the list." in response.content.decode()
    )


@pytest.mark.parametrize(
    "accept,url",
    [
        ("fr-CH,fr;q=0.9", "/fr/"),
        ("de-CH", "/de/"),
        ("it-CH,en;q=0.5", "/it/"),
        ("es-ES", "/es/"),
        ("nl-BE,nl;q=0.9", "/nl/"),
        ("pt-PT", "/pt/"),
        ("pl", "/pl/"),
        ("zh-HK,en;q=0.5", "/zh-hant/"),
        ("ja", "/en/"),
    ],
)
def test_root_redirects_to_the_browser_language(client, accept, url):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == url


def test_regions_are_in_the_readers_alphabetical_order(client):
    html = client.get("/fr/").content.decode()
    canada = html[html.index("Canada") :]
    assert canada.index("Île-du-Prince-Édouard") < canada.index("Manitoba")
