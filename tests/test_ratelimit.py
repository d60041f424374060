from tests.helpers import form_data


def download(client, language="en", address="192.0.2.1"):
    return client.post(
        f"/{language}/FR/letters/objection.pdf", form_data("FR"), REMOTE_ADDR=address
    )


def test_too_many_letters_get_a_429_in_the_member_language(client, settings):
    settings.RATE_LIMIT_LETTERS = 2
    assert download(client).status_code == 200
    assert download(client).status_code == 200
    response = download(client, language="fr")
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= settings.RATE_LIMIT_WINDOW
    assert 'lang="fr"' in response.content.decode()


def test_the_limit_is_per_client(client, settings):
    settings.RATE_LIMIT_LETTERS = 1
    assert download(client, address="192.0.2.1").status_code == 200
    assert download(client, address="192.0.2.1").status_code == 429
    assert download(client, address="198.51.100.7").status_code == 200


def test_client_behind_trusted_proxy_is_told_apart(client, settings):
    settings.RATE_LIMIT_LETTERS = 1
    settings.TRUSTED_PROXIES = 1

    def via_proxy(forwarded_for):
        return client.post(
            "/en/FR/letters/objection.pdf",
            form_data("FR"),
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_FORWARDED_FOR=forwarded_for,
        )

    assert via_proxy("203.0.113.5").status_code == 200
    assert via_proxy("203.0.113.5").status_code == 429
    assert via_proxy("203.0.113.9").status_code == 200


def test_counters_hold_no_ip_address(client):
    from django.core.cache import cache

    download(client, address="192.0.2.77")
    keys = list(cache._cache)
    assert keys
    assert not any("192.0.2.77" in key for key in keys)


def test_invalid_requests_use_up_nothing(client, settings):
    settings.RATE_LIMIT_LETTERS = 1
    for _ in range(3):
        broken = client.post("/en/FR/letters/objection.pdf", form_data("FR", email="broken"))
        assert broken.status_code == 400
    assert download(client).status_code == 200
    assert download(client).status_code == 429


def test_the_default_folder_cache_counts_and_holds_no_ip_address(client, settings, tmp_path):
    settings.CACHES = {
        "default": {"BACKEND": "objection.filecache.LockedFileCache", "LOCATION": str(tmp_path)}
    }
    settings.RATE_LIMIT_LETTERS = 2
    statuses = [download(client, address="192.0.2.78").status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    stored = b"".join(path.read_bytes() + path.name.encode() for path in tmp_path.iterdir())
    assert b"192.0.2.78" not in stored
