import os
import re
import subprocess
import sys

import pytest
from django.test import Client

from tests.helpers import form_data

PAGES = ["/en/", "/en/FR/", "/en/FR/details/", "/en/ZZ/", "/fr/"]


def all_pages(client):
    for url in PAGES:
        yield url, client.get(url)
    yield "letters", client.post("/en/FR/letters/", form_data("FR"))
    yield "errors", client.post("/en/FR/letters/", form_data("FR", email="x"))


def test_content_security_policy_forbids_inline_code_and_third_parties(client):
    policy = client.get("/en/")["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in policy


def test_pages_have_no_inline_script_or_style(client):
    for url, response in all_pages(client):
        html = response.content.decode()
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), url
        assert "<style" not in html, url
        assert not re.search(r"\sstyle=", html), url
        assert not re.search(r"\son[a-z]+=", html), url


def test_protective_headers_on_every_page(client):
    for url, response in all_pages(client):
        assert response["X-Frame-Options"] == "DENY", url
        assert response["Referrer-Policy"] == "same-origin", url
        assert response["X-Content-Type-Options"] == "nosniff", url


def test_production_redirects_to_https_and_sends_hsts(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    response = client.get("/en/")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/en/"
    secure = client.get("/en/FR/details/", secure=True)
    assert secure["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    cookie = secure.cookies["csrftoken"]
    assert cookie["secure"] and cookie["httponly"] and cookie["samesite"] == "Strict"


def test_post_without_csrf_token_is_refused_politely():
    client = Client(enforce_csrf_checks=True)
    response = client.post("/fr/FR/letters/objection.pdf", form_data("FR"))
    assert response.status_code == 403
    assert 'lang="fr"' in response.content.decode()


def test_post_with_csrf_token_passes():
    client = Client(enforce_csrf_checks=True)
    client.get("/en/FR/details/")
    token = client.cookies["csrftoken"].value
    response = client.post("/en/FR/letters/", {**form_data("FR"), "csrfmiddlewaretoken": token})
    assert response.status_code == 200


def test_oversized_request_gets_a_clear_message(client):
    response = client.post("/en/FR/letters/", form_data("FR", grounds_text="x" * 100_000))
    assert response.status_code == 400
    assert "We could not read your request" in response.content.decode()


# The browser tests set DJANGO_ALLOW_ASYNC_UNSAFE for themselves; a server never has it.
NOT_PRODUCTION = ("SECRET_KEY", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE")


def production_env(**env):
    return {k: v for k, v in os.environ.items() if k not in NOT_PRODUCTION} | env


def manage(*args, **env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        capture_output=True,
        text=True,
        env=production_env(**env),
    )


PRODUCTION = {
    "SECRET_KEY": "k8#Tq2!vW9zLp4@rX7mN1sB6yH3cJ0dF5gA8eU2iO9wQ4tZ7-production-like",
    "ALLOWED_HOSTS": "objection.example.org",
    "DEBUG": "false",
}


def test_deploy_check_reports_nothing_for_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize("override,message", [
    ({"SECRET_KEY": ""}, "SECRET_KEY is the built-in development key"),
    ({"DEBUG": "true"}, "DEBUG is on while serving a public host name"),
])  # fmt: skip
def test_production_refuses_to_start_on_unsafe_settings(override, message):
    env = {**PRODUCTION, **override}
    if not env["SECRET_KEY"]:
        del env["SECRET_KEY"]
    serve = subprocess.run(
        [sys.executable, "-c", "import objection.wsgi"],
        capture_output=True,
        text=True,
        env=production_env(**env),
    )
    assert serve.returncode != 0
    assert message in serve.stderr
    assert message in manage("check", "--deploy", **env).stderr


def test_bad_boolean_setting_stops_the_start():
    result = manage("check", DEBUG="yes")
    assert result.returncode != 0
    assert "DEBUG must be 'true' or 'false', not 'yes'" in result.stderr
