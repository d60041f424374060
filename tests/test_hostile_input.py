"""Arbitrary and hostile input: never a 500, a clear message or escaped text, no fetching."""

import html
import socket

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from objection.member_text import normalise
from tests.helpers import form_data, pdf_reader, pdf_text

LETTER_TITLES = {
    "objection": "Objection to the processing of my personal data",
    "erasure": "Request for erasure of my personal data",
}

TEXT_FIELDS = ["full_name", "email", "profile_url", "address", "grounds_text", "toggle_off_date",
               "letter_language"]  # fmt: skip
# (region, field): the choices, including those only some regions ask.
CHOICE_FIELDS = [("GB", "processing"), ("GB", "grounds"), ("DE", "subdivision"), ("HK", "joined")]

HOSTILE = [
    '<img src="http://127.0.0.1:{port}/img">',
    '<link rel="stylesheet" href="http://127.0.0.1:{port}/x.css">',
    "<style>body{{background:url(http://127.0.0.1:{port}/bg)}}</style>",
    "url(file:///etc/passwd)",
    "<script>alert(1)</script>",
    '"><svg onload=alert(1)>',
    "\u202eevil\u202c \u200f\u200e\u2066mark\u2069",
    "Zoë 😀 李小龍 مرحبا",
    "\x00\x01\x1b[31m",
    "Ada \u2029Lovelace \u2028x",
    "\u3164\u200b",
    "linkedin.com]/in/x",
    "linkedin.com\u2100x",
    "a" * 100_000,
]

# Surrogates cannot travel in UTF-8 request bodies; everything else may.
unicode_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=300)
hostile_text = st.one_of(unicode_text, st.sampled_from(HOSTILE))


@pytest.fixture(scope="module")
def listener():
    """A loopback port that must receive nothing while letters are rendered."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.setblocking(False)
    yield server
    server.close()


def connections(server):
    try:
        server.accept()
    except BlockingIOError:
        return 0
    return 1


def assert_answered_properly(response, value):
    assert response.status_code in (200, 400), response.status_code
    page = response.content.decode()
    if response.status_code == 400:
        assert "Please check your answers" in page or "We could not read your request" in page
    for dangerous in ("<script>alert", "<svg onload", '<img src="http://127.0.0.1'):
        if dangerous in value:
            assert dangerous not in page


hypothesis_settings = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@hypothesis_settings
@given(field=st.sampled_from(TEXT_FIELDS), value=hostile_text)
def test_any_text_in_any_field_is_answered_properly(field, value):
    client = Client()
    response = client.post("/en/FR/letters/", form_data("FR", **{field: value}))
    assert_answered_properly(response, value)
    if response.status_code == 200 and field in ("full_name", "grounds_text"):
        assert html.escape(normalise(value).strip(), quote=True).replace("&#x27;", "'")[:50] in (
            response.content.decode().replace("&#x27;", "'")
        )


@hypothesis_settings
@given(choice=st.sampled_from(CHOICE_FIELDS), values=st.lists(hostile_text, max_size=3))
def test_any_choice_is_answered_properly(choice, values):
    region, field = choice
    response = Client().post(f"/en/{region}/letters/", form_data(region, **{field: values}))
    assert response.status_code in (200, 400)


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(value=hostile_text, kind=st.sampled_from(["objection", "erasure"]))
def test_letters_with_hostile_text_fetch_nothing(listener, value, kind):
    port = listener.getsockname()[1]
    value = value.replace("{port}", str(port))
    data = form_data("FR", full_name=value[:200], address=value[:400], grounds_text=value[:2000])
    response = Client().post(f"/en/FR/letters/{kind}.pdf", data)
    assert response.status_code in (200, 400)
    if response.status_code == 200:
        assert pdf_reader(response.content).metadata.title == LETTER_TITLES[kind]
        if "<img" in value:
            assert "<img" in pdf_text(response.content)  # shown as text, not loaded
    assert connections(listener) == 0


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(name=hostile_text, grounds=hostile_text)
def test_command_line_refuses_or_renders_never_crashes(tmp_path_factory, name, grounds):
    output = tmp_path_factory.mktemp("cli") / "letter.pdf"
    try:
        call_command(
            "render_letter", "--region", "HK", "--kind", "objection", "--language", "en",
            "--name", name, "--email", "ada@example.org",
            "--profile-url", "https://www.linkedin.com/in/ada-lovelace/",
            "--grounds", grounds, "--output", str(output),
        )  # fmt: skip
    except CommandError as error:
        assert "\n" not in str(error)
        assert not output.exists()
    else:
        # Text extraction garbles some scripts; the title shows the letter was made.
        assert pdf_reader(output.read_bytes()).metadata.title == LETTER_TITLES["objection"]


@pytest.mark.parametrize("value", [v.format(port=9) for v in HOSTILE])
def test_each_hostile_sample_in_every_field(value):
    client = Client()
    for field in TEXT_FIELDS:
        assert_answered_properly(
            client.post("/en/FR/letters/", form_data("FR", **{field: value})), value
        )


def test_invalid_utf8_body_is_answered_properly():
    body = b"full_name=\xff\xfe&email=ada%40example.org"
    response = Client().post(
        "/en/FR/letters/", body, content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 400
