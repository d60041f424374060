import datetime

import pytest
from django.contrib.auth.models import User

from objection.models import LetterCount
from tests.helpers import form_data

pytestmark = pytest.mark.django_db


def download(client, region="FR", kind="objection", language="en", **overrides):
    data = form_data(region, letter_language=language, **overrides)
    assert client.post(f"/en/{region}/letters/{kind}.pdf", data).status_code == 200


def test_statistics_are_off_by_default(client):
    download(client)
    assert LetterCount.objects.count() == 0


def test_letters_are_counted_by_day_region_kind_and_language(client, settings):
    settings.STATISTICS = True
    download(client, "FR", "objection", "fr")
    download(client, "FR", "objection", "fr")
    download(client, "FR", "erasure", "en")
    download(client, "GB", "objection", "en")
    counts = {(row.region, row.kind, row.language): row.count for row in LetterCount.objects.all()}
    assert counts == {
        ("FR", "objection", "fr"): 2,
        ("FR", "erasure", "en"): 1,
        ("GB", "objection", "en"): 1,
    }
    assert {row.day for row in LetterCount.objects.all()} == {datetime.date.today()}


def test_counts_hold_nothing_about_the_member(client, settings):
    settings.STATISTICS = True
    download(client, full_name="Ada Sentinelname", email="sentinel@example.org",
             grounds_text="sentinel reasons")  # fmt: skip
    fields = {field.name for field in LetterCount._meta.get_fields()}
    assert fields == {"id", "day", "region", "kind", "language", "count"}
    for row in LetterCount.objects.values():
        assert "entinel" not in str(row)


def test_statistics_page_is_for_staff_only(client, settings):
    settings.STATISTICS = True
    download(client, "HK")
    response = client.get("/en/staff/statistics/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/staff/login/")

    User.objects.create_user("member", password="pw-member-123")
    client.login(username="member", password="pw-member-123")
    assert client.get("/en/staff/statistics/").status_code == 302

    User.objects.create_user("volunteer", password="pw-volunteer-123", is_staff=True)
    client.login(username="volunteer", password="pw-volunteer-123")
    html = " ".join(client.get("/en/staff/statistics/").content.decode().split())
    assert "1 letter in the last 31 days with letters." in html
    assert '<th scope="row">HK</th><td>1</td>' in html


def test_staff_can_sign_in_through_the_form(client):
    User.objects.create_user("volunteer", password="pw-volunteer-123", is_staff=True)
    client.get("/en/staff/login/")
    response = client.post(
        "/en/staff/login/",
        {"username": "volunteer", "password": "pw-volunteer-123", "next": "/en/staff/statistics/"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/en/staff/statistics/"
