"""What a request may carry: no file part, no body over MAX_REQUEST_BYTES, a decodable charset."""

import pytest
from django.test import Client

from tests.helpers import form_data

BOUNDARY = "boundary42"


def multipart(parts):
    """Parts as (headers, content) pairs, in a multipart/form-data body."""
    body = b""
    for headers, content in parts:
        body += f"--{BOUNDARY}\r\n{headers}\r\n\r\n".encode() + content + b"\r\n"
    return body + f"--{BOUNDARY}--\r\n".encode()


def fields(data):
    return [
        (f'Content-Disposition: form-data; name="{name}"', str(value).encode())
        for name, values in data.items()
        for value in (values if isinstance(values, list) else [values])
    ]


@pytest.fixture
def upload_dir(settings, tmp_path):
    """Where Django would write file parts it takes."""
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path)
    return tmp_path


def post(client, body, charset=""):
    content_type = f"multipart/form-data; boundary={BOUNDARY}{charset}"
    return client.generic("POST", "/en/FR/letters/objection.pdf", body, content_type=content_type)


def test_multipart_form_without_files_makes_the_letter(client):
    response = post(client, multipart(fields(form_data("FR"))))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"


@pytest.mark.parametrize("size", [100, 3 * 1024 * 1024])
def test_a_file_part_of_any_size_gets_the_400_page_and_nothing_is_written(client, upload_dir, size):
    file_part = (
        'Content-Disposition: form-data; name="attachment"; filename="a.bin"\r\n'
        "Content-Type: application/octet-stream",
        b"x" * size,
    )
    response = post(client, multipart([file_part, *fields(form_data("FR"))]))
    assert response.status_code == 400
    assert "We could not read your request" in response.content.decode()
    assert list(upload_dir.iterdir()) == []


def test_a_body_over_max_request_bytes_gets_the_400_page(client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    response = post(client, multipart(fields(form_data("FR", grounds_text="x" * 2000))))
    assert response.status_code == 400
    assert "We could not read your request" in response.content.decode()


@pytest.mark.parametrize("charset", ["base64", "rot13", "no-such-charset"])
def test_a_charset_python_cannot_decode_gets_the_400_page(charset):
    client = Client(raise_request_exception=False)
    response = post(client, multipart(fields(form_data("FR"))), charset=f"; charset={charset}")
    assert response.status_code == 400
    assert "We could not read your request" in response.content.decode()
