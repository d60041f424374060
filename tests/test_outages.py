"""A letter reaches the member whenever WeasyPrint can make it: Redis (rate limit) and
PostgreSQL (statistics) are stopped mid-run under a real gunicorn, and letters are counted."""

import urllib.request

import pytest

from tests.helpers import form_data, pdf_text
from tests.servers import (
    Member,
    free_port,
    have_servers,
    migrate,
    pause_postgres,
    start_gunicorn,
    start_postgres,
    start_redis,
    stop,
    stop_postgres,
)  # fmt: skip

pytestmark = pytest.mark.skipif(
    not have_servers(), reason="PostgreSQL and Redis are installed by scripts/test"
)
LETTERS_PER_PHASE = 5


def health(url):
    with urllib.request.urlopen(f"{url}/healthz", timeout=10) as response:
        return response.status, response.read().decode()


def letters_made(member, url, count):
    made = 0
    for _ in range(count):
        status, headers, body = member.post(f"{url}/en/FR/letters/objection.pdf", form_data("FR"))
        if status == 200 and "Art. 21(1) GDPR" in pdf_text(body):
            made += 1
    return made


def test_letters_are_made_while_redis_and_postgresql_are_stopped():
    pg_port, redis_port, port = free_port(), free_port(), free_port()
    data = start_postgres(pg_port)
    redis = start_redis(redis_port)
    env = {
        "DATABASE_URL": f"postgres://objection@127.0.0.1:{pg_port}/objection",
        "CACHE_URL": f"redis://127.0.0.1:{redis_port}/0",
        "STATISTICS": "true",
        "RATE_LIMIT_LETTERS": "1000",
    }
    gunicorn = None
    try:
        migrate(**env)
        gunicorn = start_gunicorn(port, **env)
        url = f"http://127.0.0.1:{port}"
        member = Member()
        member.get(f"{url}/en/FR/details/")

        made = {"both up": letters_made(member, url, LETTERS_PER_PHASE)}
        assert health(url) == (200, "ok")

        redis.terminate()
        redis.wait()
        made["Redis stopped"] = letters_made(member, url, LETTERS_PER_PHASE)
        assert health(url) == (200, "degraded: cache")

        pause_postgres(data)
        made["Redis and PostgreSQL stopped"] = letters_made(member, url, LETTERS_PER_PHASE)
        assert health(url) == (200, "degraded: cache, database")

        redis = start_redis(redis_port)
        made["Redis back, PostgreSQL stopped"] = letters_made(member, url, LETTERS_PER_PHASE)
        assert health(url) == (200, "degraded: database")
    finally:
        if gunicorn:
            stop(gunicorn)
        redis.terminate()
        stop_postgres(data)

    print("letters made:", made)
    assert made == dict.fromkeys(made, LETTERS_PER_PHASE)
    log = gunicorn.log.read_text()
    # One warning per outage, naming the dependency and the kind of error, nothing else.
    assert log.count("WARNING objection.dependencies cache unavailable (ConnectionError)") == 1
    assert log.count("WARNING objection.dependencies database unavailable (OperationalError)") == 1
    assert log.count("cache answers again") == 1
    assert "Traceback" not in log
    assert "ada@example.org" not in log and "Lovelace" not in log
