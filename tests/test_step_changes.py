import pytest


def page(client, region):
    response = client.get(f"/en/{region}/")
    assert response.status_code == 200
    return " ".join(response.content.decode().split())


def test_eu_member_reads_about_ai_training_and_what_it_covers(client):
    text = page(client, "FR")
    assert "What changes for you in France" in text
    assert "Your data trains LinkedIn&#x27;s generative AI" in text
    for words in (
        "group messages",
        "CVs you uploaded",
        "Not included: your private messages",
        "stops <strong>future</strong> training only",
    ):
        assert words in text
    assert "Art. 21(1) GDPR" in text
    assert "LinkedIn Ireland Unlimited Company" in text
    assert (
        'href="https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"' in text
    )
    assert "More data is shared with Microsoft for ads" not in text


def test_uk_member_reads_about_microsoft_ai_and_writes_to_the_corporation(client):
    text = page(client, "GB")
    assert "Your content is shared with Microsoft for its AI" in text
    assert "<strong>LinkedIn Corporation</strong>" in text
    assert "Information Commissioner&#x27;s Office (ICO)" in text


@pytest.mark.parametrize("region", ["US-CA", "US-TX", "US-WY"])
def test_us_member_reads_about_ads_not_ai_training(client, region):
    text = page(client, region)
    assert "More data is shared with Microsoft for ads" in text
    assert "Your data trains LinkedIn&#x27;s generative AI" not in text
    assert "has allowed AI training since 2024" in text
    assert "share-data-with-trusted-partners" in text


def test_state_without_a_privacy_law_is_told_so_honestly(client):
    assert "Your state has no comprehensive privacy law" in page(client, "US-WY")


def test_hong_kong_member_reads_about_both_changes(client):
    text = page(client, "HK")
    assert "Your data trains LinkedIn&#x27;s generative AI" in text
    assert "More data is shared with Microsoft for ads" in text
    assert "no general right to object" in text


def test_outbound_links_send_no_referrer(client):
    response = client.get("/en/FR/")
    assert response["Referrer-Policy"] == "same-origin"
    html = response.content.decode()
    assert html.count('href="https://') == html.count('rel="noreferrer"')


def test_unknown_region_is_a_404_in_the_member_language(client):
    response = client.get("/fr/ZZ/")
    assert response.status_code == 404


def test_rights_say_how_to_complain_to_whom_and_in_which_language(client):
    page = client.get("/en/FR/").content.decode()
    assert "complaints in French" in page
    assert '<a href="https://www.cnil.fr/fr/plaintes" rel="noreferrer">online form</a>' in page
    assert "the follow-up page writes a reminder and the complaint for you" in page
    assert "complaints in Chinese, English" in client.get("/en/HK/").content.decode()
