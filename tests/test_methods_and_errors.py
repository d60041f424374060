"""HEAD, reloads of posted pages, server errors and staff sign-in: a page, never a bare status."""

import pytest
from django.contrib.auth.models import User
from django.test import Client

GET_PAGES = [
    "/en/",
    "/en/FR/",
    "/en/FR/details/",
    "/en/about/",
    "/en/privacy/",
    "/en/staff/login/",
    "/healthz",
    "/brand.css",
]


@pytest.mark.parametrize("url", GET_PAGES)
def test_head_works_on_every_get_page(client, url):
    get, head = client.get(url), client.head(url)
    assert get.status_code == head.status_code == 200
    assert head["Content-Type"] == get["Content-Type"]


@pytest.mark.parametrize(
    "url",
    ["/en/FR/letters/objection.pdf", "/en/FR/follow-up/letters/", "/en/FR/follow-up/reminder.pdf"],
)
def test_reload_of_a_posted_page_gets_a_way_back(client, url):
    response = client.get(url)
    assert response.status_code == 405
    assert response["Allow"] == "POST"
    html = " ".join(response.content.decode().split())
    assert "This page needs your details again" in html
    assert 'href="/en/FR/details/"' in html


def test_reload_of_the_letters_page_offers_the_way_back(client):
    # With JavaScript the page posts the answers kept in the history entry (test_browser.py).
    response = client.get("/en/FR/letters/")
    assert response.status_code == 200
    assert 'href="/en/FR/details/"' in response.content.decode()


def test_server_error_page_is_in_the_member_language(monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("broken on purpose")

    monkeypatch.setattr("objection.complaint_routes.how_to_complain", broken)
    response = Client(raise_request_exception=False).get("/fr/FR/")
    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="fr">' in html
    assert "Something went wrong" not in html  # the French words, not the English fallback


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "fr"])
def test_staff_sign_in_lands_on_the_statistics_page(client, language):
    User.objects.create_user("volunteer", password="pw-volunteer-123", is_staff=True)
    client.get(f"/{language}/staff/login/")
    response = client.post(
        f"/{language}/staff/login/", {"username": "volunteer", "password": "pw-volunteer-123"}
    )
    assert response.status_code == 302
    assert response["Location"] == f"/{language}/staff/statistics/"
