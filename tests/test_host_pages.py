"""What a hosting NGO sees of its own: brand, about page with sources, privacy page, health."""

import os
import subprocess
import sys

import pytest
from babel import Locale
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from objection.context_processors import OWN_NAMES
from tests.helpers import form_data, pdf_text


@pytest.fixture
def brand(settings):
    settings.BRAND = {
        "name": "Privacy Now",
        "logo": "",
        "color": "#7a1f5c",
        "contact": "help@privacy-now.example",
        "privacy_url": "https://privacy-now.example/privacy",
        "intro": {
            "en": "Privacy Now helps members in Belgium.",
            "fr": "Privacy Now aide en Belgique.",
        },
    }
    return settings.BRAND


def test_brand_is_on_every_page(client, brand):
    for url in ("/en/", "/en/BE/", "/en/BE/details/", "/en/about/", "/en/privacy/"):
        html = client.get(url).content.decode()
        assert "Privacy Now" in html, url
        assert 'href="mailto:help@privacy-now.example"' in html, url
        assert 'href="https://privacy-now.example/privacy" rel="noreferrer"' in html, url


def test_intro_in_the_page_language(client, brand):
    assert "Privacy Now helps members in Belgium." in client.get("/en/").content.decode()
    assert "Privacy Now aide en Belgique." in client.get("/fr/BE/").content.decode()


def test_brand_colour_is_served_as_a_stylesheet(client, brand):
    response = client.get("/brand.css")
    assert response["Content-Type"] == "text/css"
    assert "--accent: #7a1f5c;" in response.content.decode()


def test_brand_never_appears_in_letters(client, brand):
    response = client.post("/en/BE/letters/objection.pdf", form_data("BE"))
    assert "Privacy Now" not in pdf_text(response.content)


def test_about_page_lists_every_fact_with_its_date(client, settings):
    settings.LINKEDIN_OVERRIDES = {"dpo_email": "privacy@linkedin.example"}
    html = " ".join(client.get("/en/about/").content.decode().split())
    assert 'href="https://www.linkedin.com/help/linkedin/ask/TS-DPRO"' in html
    assert '<time datetime="2025-11-20">2025-11-20</time>' in html
    assert "1000 West Maude Avenue<br>Sunnyvale, CA 94085" in html
    assert "privacy@linkedin.example" in html
    assert "changed by this host" in html


def test_members_can_report_a_changed_fact(client, brand):
    html = client.get("/en/about/").content.decode()
    assert 'href="mailto:help@privacy-now.example?subject=A%20LinkedIn%20page' in html


def test_privacy_page_says_what_is_kept(client):
    html = " ".join(client.get("/en/privacy/").content.decode().split())
    assert "They are not written to a database, a cache, a file or a log" in html
    assert "for 10 minutes, never the address itself" in html
    assert "What the host's logs may contain" in html


@pytest.mark.django_db
def test_healthz(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"


@pytest.mark.parametrize("change,error", [
    ({"color": "#f0f0f0"}, "objection.E005"),
    ({"logo": "logo.svg"}, "objection.E006"),
])  # fmt: skip
def test_unusable_brand_fails_the_checks(settings, brand, change, error):
    settings.BRAND = {**brand, **change}
    with pytest.raises(SystemCheckError, match=error):
        call_command("check")


def test_a_logo_the_pages_cannot_show_fails_the_checks(settings, brand, tmp_path):
    (tmp_path / "logo.png").write_text("<svg>not a PNG</svg>")
    settings.BRAND_DIR = str(tmp_path)
    settings.BRAND = {**brand, "logo": "logo.png"}
    with pytest.raises(SystemCheckError, match=r"objection.E006.*'logo.png' is not a .png image"):
        call_command("check")


def test_logo_is_served_from_brand_dir(client, settings, brand, tmp_path):
    (tmp_path / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    settings.BRAND_DIR = str(tmp_path)
    settings.BRAND = {**brand, "logo": "logo.svg"}
    call_command("check")
    assert '<img src="/brand/logo.svg"' in client.get("/en/").content.decode()
    response = client.get("/brand/logo.svg")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert client.get("/brand/other.svg").status_code == 404


def test_unknown_linkedin_override_fails_the_checks(settings):
    settings.LINKEDIN_OVERRIDES = {"objection_form": "https://example.org"}
    with pytest.raises(SystemCheckError, match="objection.E007"):
        call_command("check")


def test_host_offers_only_its_enabled_regions(client, settings):
    settings.ENABLED_REGIONS = ["BE", "FR", "CA-*"]
    html = client.get("/en/").content.decode()
    assert 'value="BE"' in html and 'value="CA-QC"' in html
    assert 'value="GB"' not in html and 'value="US-CA"' not in html
    assert client.get("/en/GB/").status_code == 404
    assert client.get("/en/", {"region": "GB"}).status_code == 200  # a polite "not in the list"


def test_region_pattern_that_matches_nothing_fails_the_checks(settings):
    settings.ENABLED_REGIONS = ["FR", "XX-*"]
    with pytest.raises(SystemCheckError, match="objection.E008"):
        call_command("check")


@pytest.mark.parametrize("env,message", [
    ({"ENABLED_LANGUAGES": "en,tlh"}, "ENABLED_LANGUAGES: unknown ['tlh']"),
    ({"ENABLED_LANGUAGES": "fr", "DEFAULT_LANGUAGE": "en"}, "DEFAULT_LANGUAGE 'en' is not in ENABLED_LANGUAGES"),
    ({"DATABASE_URL": "mysql://x/y"}, "DATABASE_URL must be sqlite:// or postgres://"),
    ({"CACHE_URL": "memcached://x"}, "CACHE_URL must start with file://, locmem://, redis:// or rediss://"),
    ({"SECRET_KEY_FILE": "/nonexistent/key"}, "SECRET_KEY_FILE /nonexistent/key: No such file"),
])  # fmt: skip
def test_bad_environment_stops_the_start(env, message):
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], capture_output=True, text=True,
        env={**os.environ, **env},
    )  # fmt: skip
    assert result.returncode != 0
    assert message in result.stderr


def test_secret_key_is_read_from_a_file(tmp_path):
    key = tmp_path / "secret_key"
    key.write_text("a-key-from-a-file-0123456789-abcdefghijklmnopqrstuvwxyz\n")
    result = subprocess.run(
        [sys.executable, "-c", "import objection.wsgi; from django.conf import settings; "
         "print(settings.SECRET_KEY)"],
        capture_output=True, text=True,
        env={**os.environ, "SECRET_KEY_FILE": str(key), "DEBUG": "false"},
    )  # fmt: skip
    assert result.stdout.strip() == "a-key-from-a-file-0123456789-abcdefghijklmnopqrstuvwxyz"


def test_switcher_names_each_language_in_its_own_words(client):
    page = client.get("/en/").content.decode()
    for name in ("čeština", "lietuvių", "slovenčina", "norsk bokmål", "íslenska", "Ελληνικά",
                 "български", "繁體中文", "Malti", "Gaeilge"):  # fmt: skip
        assert f">{name}<" in page, name


def test_each_language_has_babels_own_name():
    babel = {code: Locale.parse(code.replace("-", "_")).get_display_name() for code in OWN_NAMES}
    assert OWN_NAMES.keys() == settings.ALL_LANGUAGES.keys()
    assert {**babel, "zh-hant": "繁體中文"} == OWN_NAMES


def test_switcher_keeps_the_page_and_its_query(client):
    page = client.get("/en/CA-QC/", {"x": "1"}).content.decode()
    assert 'href="/sv/CA-QC/?x=1" lang="sv"' in page
    page = client.get("/fr/no-such/page/").content.decode()
    assert 'href="/de/no-such/page/" lang="de"' in page
