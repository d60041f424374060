"""Nothing personal is kept: a sentinel typed into every personal field is found nowhere."""

import logging
import os
import pickle
import re
import secrets
import tempfile
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.core.cache import caches
from django.test import Client

from objection import weasyprint_fast
from tests.helpers import form_data

# Made at run time, so that no file holds it before the test starts.
SENTINEL = "sentinel" + secrets.token_hex(8)
PERSONAL = {
    "full_name": f"Ada {SENTINEL} Lovelace",
    "email": f"{SENTINEL}@example.org",
    "profile_url": f"https://www.linkedin.com/in/{SENTINEL}-profile/",
    "address": f"1 {SENTINEL} Street\n75002 Paris",
    "grounds_text": f"My situation: {SENTINEL}.",
}
# What the follow-up page adds: LinkedIn's case number and the member's words on its answer.
FOLLOW_UP = {
    "sent_on": "2026-10-01",
    "sent_kinds": ["objection", "erasure"],
    "channel": "email",
    "outcome": "partial",
    "case_number": f"CASE-{SENTINEL}",
    "missing": f"Missing: {SENTINEL}.",
}
URL_ATTRIBUTES = re.compile(r'(?:href|action|formaction|src)="([^"]*)"')


def walk_the_whole_flow(client, language):
    """Every step and every download, the follow-up page and its calendar, plus errors."""
    responses = [
        client.get(f"/{language}/"),
        client.get(f"/{language}/", {"region": "FR"}),
        client.get(f"/{language}/FR/"),
        client.get(f"/{language}/FR/details/"),
        client.post(f"/{language}/FR/details/", form_data("FR", **PERSONAL)),
        client.post(f"/{language}/FR/letters/", form_data("FR", **{**PERSONAL, "email": "broken"})),
        client.post(f"/{language}/FR/letters/", form_data("FR", **PERSONAL)),
        client.post(f"/{language}/FR/follow-up/", form_data("FR", **PERSONAL)),
        client.post(
            f"/{language}/FR/follow-up/letters/",
            form_data("FR", **PERSONAL, **{**FOLLOW_UP, "sent_on": "2099-01-01"}),
        ),
        client.post(f"/{language}/FR/follow-up/letters/", form_data("FR", **PERSONAL, **FOLLOW_UP)),
        client.get(f"/{language}/FR/follow-up/reminder.ics", {"sent": "2026-10-01"}),
    ]
    for kind in ("reminder", "complaint", "access"):
        pdf = client.post(
            f"/{language}/FR/follow-up/{kind}.pdf", form_data("FR", **PERSONAL, **FOLLOW_UP)
        )
        assert pdf.status_code == 200
        responses.append(pdf)
    for kind in ("objection", "erasure"):
        pdf = client.post(f"/{language}/FR/letters/{kind}.pdf", form_data("FR", **PERSONAL))
        assert pdf.status_code == 200
        responses.append(pdf)
    return responses


def files_changed_since(start, roots):
    for root in roots:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = [
                name for name in dirnames if name not in (".venv", ".git", "node_modules")
            ]
            for name in filenames:
                path = Path(dirpath) / name
                try:
                    if path.stat().st_mtime >= start and path.is_file():
                        yield path
                except OSError:
                    continue


@pytest.mark.django_db
def test_sentinel_is_stored_nowhere(caplog, capfd, django_assert_num_queries):
    # As with LOG_LEVEL=DEBUG: the root at DEBUG, the app's logger configuration as it is.
    caplog.set_level(logging.DEBUG)
    start = time.time() - 1
    client = Client()
    # Database: no query at all while members use the site (statistics are off by default).
    with django_assert_num_queries(0):
        responses = walk_the_whole_flow(client, "en") + walk_the_whole_flow(client, "fr")

    # The letters themselves carry the member's details: that is their point.
    assert SENTINEL in responses[-1].content.decode("latin-1") or responses[-1].content

    # No cache holds it (the page fragments' holds the empty details forms it has made), nor
    # the lines of letters a worker keeps for the next letters.
    assert caches["pages"]._cache, "no page fragment was kept"
    for alias in settings.CACHES:
        for key, value in caches[alias]._cache.items():
            assert SENTINEL not in key
            assert SENTINEL.encode() not in value and SENTINEL not in str(pickle.loads(value))
    assert weasyprint_fast.kept_lines()
    assert not [line for line in weasyprint_fast.kept_lines() if SENTINEL in line]
    assert weasyprint_fast.kept_styles()
    assert not [style for style in weasyprint_fast.kept_styles() if SENTINEL in style]

    # Session store and cookies: no session, and the only cookie is the CSRF token.
    assert not Session.objects.exists()
    assert set(client.cookies) == {"csrftoken"}
    assert SENTINEL not in client.cookies["csrftoken"].value

    # Files: nothing the app wrote during the flow holds the sentinel.
    roots = [settings.BASE_DIR, tempfile.gettempdir()]
    for path in files_changed_since(start, roots):
        assert SENTINEL.encode() not in path.read_bytes(), path

    # Logs at DEBUG level, and anything printed.
    logged = caplog.text + " ".join(str(record.__dict__) for record in caplog.records)
    assert SENTINEL not in logged
    out, err = capfd.readouterr()
    assert SENTINEL not in out + err

    # URLs: no redirect and no link or form target carries it (mailto: stays in the browser).
    for response in responses:
        assert SENTINEL not in response.get("Location", "")
        assert SENTINEL not in response.get("Content-Disposition", "")
        if response["Content-Type"].startswith("text/html"):
            for url in URL_ATTRIBUTES.findall(response.content.decode()):
                assert url.startswith("mailto:") or SENTINEL not in url, url


def test_server_error_is_reported_without_form_data(client, caplog, monkeypatch):
    from objection import letters

    def broken(letter):
        raise RuntimeError("renderer failed")

    monkeypatch.setattr(letters, "render_pdf", broken)
    client.raise_request_exception = False
    caplog.set_level(logging.DEBUG)
    response = client.post("/en/FR/letters/objection.pdf", form_data("FR", **PERSONAL))
    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()
    assert "Internal Server Error: /en/FR/letters/objection.pdf" in caplog.text
    assert SENTINEL not in caplog.text + " ".join(str(r.__dict__) for r in caplog.records)


def test_characters_no_font_has_are_not_logged(client, caplog):
    caplog.set_level(logging.DEBUG)
    rare = "\U00018af3\U00018af4"  # Tangut components: no Noto face on the host has them
    response = client.post("/en/FR/letters/objection.pdf", form_data("FR", full_name=f"Ada {rare}"))
    assert response.status_code == 200
    assert rare[0] not in caplog.text


@pytest.mark.django_db
def test_statistics_rows_hold_no_sentinel(client, settings):
    settings.STATISTICS = True
    for kind in ("objection", "erasure"):
        client.post(f"/en/FR/letters/{kind}.pdf", form_data("FR", **PERSONAL))
    from objection.models import LetterCount

    assert LetterCount.objects.count() == 2
    assert SENTINEL not in str(list(LetterCount.objects.values()))


@pytest.mark.parametrize("name,send", [
    ("details shown again", lambda c: c.post("/en/FR/details/", form_data("FR"))),
    ("details with errors", lambda c: c.post("/en/FR/letters/", form_data("FR", email="x"))),
    ("letters page", lambda c: c.post("/en/FR/letters/", form_data("FR"))),
    ("letter", lambda c: c.post("/en/FR/letters/objection.pdf", form_data("FR"))),
    ("unreadable request", lambda c: c.post(
        "/en/FR/letters/", b"full_name=\xff&" + b"x=1&" * 2000,
        content_type="application/x-www-form-urlencoded",
    )),
])  # fmt: skip
def test_pages_that_show_details_are_never_stored(client, name, send):
    response = send(client)
    assert response.status_code in (200, 400), name
    assert "no-store" in response["Cache-Control"], name
