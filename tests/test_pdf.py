import socket
import threading

import pytest

from objection.pdf import RefusedURL, StaticOnlyFetcher, html_to_pdf
from tests.helpers import pdf_text


@pytest.fixture
def listener():
    """A TCP listener on loopback that records every connection it receives."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(0.2)
    connections = []
    stop = threading.Event()

    def accept():
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except TimeoutError:
                continue
            connections.append(connection.recv(1024))
            connection.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1], connections
    stop.set()
    thread.join()
    server.close()


def test_renderer_fetches_nothing_from_the_network(listener):
    port, connections = listener
    html = f"""<html lang="en"><head><title>t</title>
    <link rel="stylesheet" href="http://127.0.0.1:{port}/style.css">
    <style>body {{ background: url(http://127.0.0.1:{port}/bg.png) }}
    @import url("http://127.0.0.1:{port}/import.css");
    @font-face {{ font-family: X; src: url(http://127.0.0.1:{port}/font.woff) }}</style>
    </head><body><img src="http://127.0.0.1:{port}/img.png"><p>Hello</p></body></html>"""
    assert "Hello" in pdf_text(html_to_pdf(html))
    assert connections == []


@pytest.mark.parametrize("url", [
    "file:///etc/passwd",
    "http://127.0.0.1/",
    "https://example.org/x.css",
    "data:text/css,body{}",
    "ftp://example.org/x",
])  # fmt: skip
def test_fetcher_refuses_everything_but_static_files(url):
    with pytest.raises(RefusedURL):
        StaticOnlyFetcher().fetch(url)


def test_fetcher_refuses_escapes_from_the_static_folder():
    from objection.pdf import STATIC_DIR

    with pytest.raises(RefusedURL):
        StaticOnlyFetcher().fetch((STATIC_DIR / ".." / "manage.py").as_uri())


def test_fetcher_serves_the_app_own_static_files():
    from objection.pdf import LETTER_CSS

    response = StaticOnlyFetcher().fetch(LETTER_CSS.as_uri())
    assert b"@page" in response.read()
    response.close()


def test_fetcher_serves_the_hong_kong_faces_and_nothing_else_of_var():
    from objection.letter_fonts import FONT_DIR, HK_SUBSET_FACES

    response = StaticOnlyFetcher().fetch(HK_SUBSET_FACES["Letters", "Regular"][1].as_uri())
    assert response.read(4) == b"OTTO"
    response.close()
    with pytest.raises(RefusedURL):
        StaticOnlyFetcher().fetch((FONT_DIR.parent / "secret_key").as_uri())


def test_local_file_in_html_is_not_embedded():
    html = '<html lang="en"><title>t</title><img src="file:///etc/passwd" alt="x"><p>ok</p></html>'
    assert "root:" not in pdf_text(html_to_pdf(html))
