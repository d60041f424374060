"""The deployment guide's steps that run on this machine: gunicorn, PostgreSQL, Redis."""

import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.helpers import form_data, pdf_text
from tests.servers import (
    Member,
    free_port,
    have_servers,
    migrate,
    start_gunicorn,
    start_postgres,
    start_redis,
    static_url,
    stop,
    stop_postgres,
    wait_for,
)  # fmt: skip


@pytest.fixture(scope="module")
def gunicorn(tmp_path_factory):
    port = free_port()
    database = tmp_path_factory.mktemp("db") / "db.sqlite3"
    env = {"DATABASE_URL": f"sqlite:///{database}"}
    migrate(**env)
    process = start_gunicorn(port, **env)
    LOGS[f"http://127.0.0.1:{port}"] = process.log
    yield f"http://127.0.0.1:{port}"
    stop(process)


LOGS = {}


def gunicorn_log(url):
    return LOGS[url].read_text()


def test_gunicorn_config_serves_health_pages_and_a_letter(gunicorn):
    assert wait_for(f"{gunicorn}/healthz") == b"ok"
    member = Member()
    status, html = member.get(f"{gunicorn}/en/GB/details/")
    assert status == 200
    status, headers, body = member.post(f"{gunicorn}/en/GB/letters/objection.pdf", form_data("GB"))
    assert status == 200
    assert headers["Content-Type"] == "application/pdf"
    assert "Art. 21(1) UK GDPR" in pdf_text(body)


def test_members_served_at_once_by_one_worker_each_get_their_own_page_and_letter(gunicorn):
    # The worker's threads take turns at pages and letters (objection.cpu), with what the
    # letters have in common kept between them: nobody's text may reach another's.
    names = ["Ada Lovelace", "Grace Hopper", "Mary Somerville", "Sophie Germain", "Li Wei"]

    def pages_and_letter(name):
        member = Member()
        member.get(f"{gunicorn}/en/GB/details/")
        data = form_data("GB", full_name=name)
        _status, _headers, page = member.post(f"{gunicorn}/en/GB/letters/", data)
        status, _headers, letter = member.post(f"{gunicorn}/en/GB/letters/objection.pdf", data)
        assert status == 200
        return page.decode(), pdf_text(letter)

    with ThreadPoolExecutor(len(names)) as pool:
        answers = list(pool.map(pages_and_letter, names * 3))
    for name, (page, letter) in zip(names * 3, answers, strict=True):
        others = [other for other in names if other != name]
        assert name in page and f"Yours faithfully, {name}" in letter
        assert not any(other in page or other in letter for other in others)


def test_static_files_are_compressed_with_hashed_names(gunicorn):
    _status, html = Member().get(f"{gunicorn}/en/")
    css = static_url(html, "css/site")
    assert css != "/static/css/site.css"  # a content hash in the name busts caches
    request = urllib.request.Request(gunicorn + css, headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request) as response:
        assert response.headers["Content-Encoding"] == "gzip"
        assert "immutable" in response.headers["Cache-Control"]


def test_two_workers_share_the_default_rate_limit(tmp_path):
    """The default cache is a folder: both workers count the same letters, broken requests none."""
    port = free_port()
    env = {
        "WEB_CONCURRENCY": "2",
        "RATE_LIMIT_LETTERS": "4",
        "RATE_LIMIT_WINDOW": "31536000",  # no window boundary during the test
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    process = start_gunicorn(port, **env)
    url = f"http://127.0.0.1:{port}/en/FR/letters/objection.pdf"
    try:
        member = Member()
        member.get(f"http://127.0.0.1:{port}/en/FR/details/")
        broken = [member.post(url, form_data("FR", email="broken"))[0] for _ in range(6)]
        # In pairs, so that both workers render letters at the same time.
        with ThreadPoolExecutor(2) as pool:
            statuses = list(pool.map(lambda _: member.post(url, form_data("FR"))[0], range(10)))
    finally:
        stop(process)
    assert broken == [400] * 6
    assert sorted(statuses) == [200] * 4 + [429] * 6


@pytest.mark.skipif(not have_servers(), reason="PostgreSQL and Redis are installed by scripts/test")
def test_two_instances_share_postgresql_and_redis():
    pg_port, redis_port = free_port(), free_port()
    data = start_postgres(pg_port)
    redis = start_redis(redis_port)
    instances = []
    try:
        env = {
            "DATABASE_URL": f"postgres://objection@127.0.0.1:{pg_port}/objection",
            "CACHE_URL": f"redis://127.0.0.1:{redis_port}/0",
            "STATISTICS": "true",
            "RATE_LIMIT_LETTERS": "3",
        }
        migrate(**env)
        ports = [free_port(), free_port()]
        instances = [start_gunicorn(port, **env) for port in ports]
        a, b = (f"http://127.0.0.1:{port}" for port in ports)

        # One member, steps alternating between the instances, no sticky sessions.
        member = Member()
        assert member.get(f"{a}/en/?region=CA-QC")[0] == 200
        assert member.get(f"{b}/en/CA-QC/")[0] == 200
        assert member.get(f"{a}/en/CA-QC/details/")[0] == 200
        status, _headers, page = member.post(f"{b}/en/CA-QC/letters/", form_data("CA-QC"))
        assert status == 200 and b"Your letters are ready" in page
        for url in (a, b, a):
            status, _headers, pdf = member.post(
                f"{url}/en/CA-QC/letters/objection.pdf", form_data("CA-QC")
            )
            assert status == 200
            assert "PIPEDA, Sch. 1, cl. 4.3.8" in pdf_text(pdf)

        # The rate-limit counter lives in Redis: the fourth letter is refused by either.
        status, headers, _body = member.post(
            f"{b}/en/CA-QC/letters/erasure.pdf", form_data("CA-QC")
        )
        assert status == 429 and int(headers["Retry-After"]) > 0

        # Statistics from both instances meet in PostgreSQL.
        import psycopg

        with psycopg.connect(env["DATABASE_URL"]) as connection:
            rows = connection.execute(
                "select region, kind, language, count from objection_lettercount"
            ).fetchall()
        assert rows == [("CA-QC", "objection", "en", 3)]
    finally:
        for process in instances:
            stop(process)
        redis.terminate()
        stop_postgres(data)


def test_file_parts_and_undecodable_charsets_get_the_400_page(gunicorn):
    """A 3 MB file part is refused before it is written; charset=base64 is no 500."""
    from tests.test_request_limits import BOUNDARY, fields, multipart

    member = Member()
    member.get(f"{gunicorn}/en/FR/details/")
    token = next(cookie.value for cookie in member.cookies if cookie.name == "csrftoken")
    data = fields({**form_data("FR"), "csrfmiddlewaretoken": token})
    big_file = (
        'Content-Disposition: form-data; name="attachment"; filename="a.bin"',
        b"x" * 3_000_000,
    )
    for body, charset in [
        (multipart([big_file, *data]), ""),
        (multipart(data), "; charset=base64"),
    ]:
        request = urllib.request.Request(
            f"{gunicorn}/en/FR/letters/objection.pdf",
            data=body,
            headers={"Content-Type": f"multipart/form-data; boundary={BOUNDARY}{charset}"},
        )
        try:
            member.opener.open(request, timeout=30)
            raise AssertionError("accepted")
        except urllib.error.HTTPError as error:
            assert error.code == 400
            assert "We could not read your request" in error.read().decode()


def test_head_and_plain_http_health_check_behind_https(tmp_path):
    """As in production (HTTPS=true, a public host name): the guide's curl to 127.0.0.1 works."""
    port = free_port()
    env = {
        "HTTPS": "true",
        "ALLOWED_HOSTS": "objection.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    process = start_gunicorn(port, **env)
    try:
        url = f"http://127.0.0.1:{port}"
        assert wait_for(f"{url}/healthz") == b"ok"
        with urllib.request.urlopen(urllib.request.Request(f"{url}/healthz", method="HEAD")) as r:
            assert r.status == 200 and r.read() == b""
        page = urllib.request.Request(
            f"{url}/en/", method="HEAD", headers={"Host": "objection.example.org"}
        )
        opener = urllib.request.build_opener(NoRedirect)
        with pytest.raises(urllib.error.HTTPError) as redirect:
            opener.open(page)
        assert redirect.value.code == 301
        assert redirect.value.headers["Location"] == "https://objection.example.org/en/"
    finally:
        stop(process)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_a_logo_added_after_setup_is_served_without_collectstatic(tmp_path):
    """As docs/deploy.md has volunteers do: BRAND_DIR and BRAND_LOGO set on an installed app."""
    (tmp_path / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    port = free_port()
    env = {
        "BRAND_DIR": str(tmp_path),
        "BRAND_LOGO": "logo.svg",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    process = start_gunicorn(port, **env)
    try:
        member = Member()
        for page in ("/en/", "/en/FR/", "/en/FR/details/", "/en/about/"):
            status, html = member.get(f"http://127.0.0.1:{port}{page}")
            assert status == 200 and '<img src="/brand/logo.svg"' in html
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/brand/logo.svg") as response:
            assert response.headers["Content-Type"] == "image/svg+xml"
            assert response.read().startswith(b"<svg")
    finally:
        stop(process)


def test_no_log_line_of_a_fuzz_run_holds_the_sentinel_an_address_or_a_user_agent(gunicorn):
    """Hostile and ordinary requests carry a sentinel in every place but the path."""
    import random
    import secrets

    from tests.test_request_limits import BOUNDARY, fields, multipart

    sentinel = "sentinel" + secrets.token_hex(8)
    user_agent = f"FuzzBrowser/{secrets.token_hex(4)}"
    rng = random.Random(15)
    paths = ["/en/", "/en/FR/", "/en/FR/details/", "/en/FR/letters/", "/en/FR/letters/objection.pdf",
             "/fr/GB/letters/erasure.pdf", "/en/XX/", "/nowhere", "/healthz", "/en/staff/login/"]  # fmt: skip
    member = Member()
    member.get(f"{gunicorn}/en/FR/details/")
    token = next(cookie.value for cookie in member.cookies if cookie.name == "csrftoken")
    junk = [
        sentinel,
        f"<script>{sentinel}</script>",
        f"{sentinel}\u202e\u0000",
        "ß" * 300 + sentinel,
    ]
    for _ in range(60):
        data = form_data(
            "FR", **{name: rng.choice(junk) for name in ("full_name", "email", "grounds_text")}
        )
        if rng.random() < 0.5:
            data["email"] = f"{sentinel}@example.org"
        data["csrfmiddlewaretoken"] = rng.choice([token, sentinel])
        kind = rng.choice(["urlencoded", "multipart", "json", "charset"])
        if kind == "multipart":
            body = multipart(fields(data))
            content_type = f"multipart/form-data; boundary={BOUNDARY}"
        else:
            body = urllib.parse.urlencode(data, doseq=True).encode()
            content_type = {
                "urlencoded": "application/x-www-form-urlencoded",
                "json": "application/json",
                "charset": f"application/x-www-form-urlencoded; charset={sentinel}",
            }[kind]
        request = urllib.request.Request(
            f"{gunicorn}{rng.choice(paths)}?q={sentinel}",
            data=body if rng.random() < 0.8 else None,
            method=rng.choice(["GET", "POST", "POST", "HEAD", "PUT", "OPTIONS"]),
            headers={
                "Content-Type": content_type,
                "User-Agent": user_agent,
                "Referer": f"https://example.org/{sentinel}",
                "X-Forwarded-For": f"203.0.113.9, {sentinel}",
                "Accept-Language": rng.choice(["fr", sentinel, "de-CH;q=0.5"]),
            },
        )
        try:
            member.opener.open(request, timeout=30).read()
        except urllib.error.HTTPError as error:
            error.read()
    for _ in range(3):  # requests gunicorn cannot parse
        with socket.create_connection(("127.0.0.1", int(gunicorn.rsplit(":", 1)[1]))) as raw:
            raw.sendall(b"GET /en/ HTTP/9.9\r\nHost: x\r\n\r\n")
            raw.recv(1024)

    lines = gunicorn_log(gunicorn).splitlines()
    access = [
        line for line in lines if line.split(" ", 1)[0] in ("GET", "POST", "HEAD", "PUT", "OPTIONS")
    ]
    assert len(access) >= 60
    for line in lines:
        assert sentinel not in line
        assert user_agent not in line
    for line in access:
        assert "127.0.0.1" not in line and "203.0.113.9" not in line
        assert re.fullmatch(r"[A-Z]+ /\S* \d{3} (\d+|-) \d+ms", line), line
    refused = [line for line in lines if "Invalid request" in line]
    assert len(refused) == 3
    assert not any("127.0.0.1" in line for line in refused), refused


def test_a_small_host_one_region_two_languages_and_a_favicon(tmp_path):
    port = free_port()
    env = {
        "ENABLED_REGIONS": "BE",
        "ENABLED_LANGUAGES": "fr,nl",
        "DEFAULT_LANGUAGE": "fr",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    process = start_gunicorn(port, **env)
    url = f"http://127.0.0.1:{port}"

    def final_url(path, language="en-GB,en;q=0.9"):
        request = urllib.request.Request(url + path, headers={"Accept-Language": language})
        with urllib.request.urlopen(request) as response:
            return response.status, response.url.removeprefix(url), response.read()

    try:
        # One region: step 1 is skipped, in the default language when the browser's is not offered.
        assert final_url("/")[:2] == (200, "/fr/BE/")
        assert final_url("/", "nl-BE")[:2] == (200, "/nl/BE/")
        # A link in a language this host does not offer: the same page, not a 404.
        assert final_url("/en/BE/details/")[:2] == (200, "/fr/BE/details/")
        assert final_url("/de/about/?x=1", "nl")[:2] == (200, "/nl/about/?x=1")
        status, path, body = final_url("/favicon.ico")
        assert status == 200 and path.startswith("/static/favicon.") and body.startswith(b"<svg")
        assert re.search(rb'<link rel="icon" href="/static/favicon\.\w+\.svg"', final_url("/")[2])
    finally:
        stop(process)
