"""docs/deploy.md walked from a fresh clone, in the guide's order, as far as a test machine
goes: no systemd (its unit's ExecStart runs instead) and no certbot (a self-signed certificate
lies where certbot puts its own). nginx is Debian 12's own."""

import http.cookiejar
import os
import re
import shutil
import socket
import ssl
import subprocess
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tests.helpers import form_data, pdf_text
from tests.servers import ROOT, SAFE_ENV_LINE, free_port, stop

HOST = "objection.example.org"


def run(command, **kwargs):
    done = subprocess.run(command, capture_output=True, text=True, **kwargs)
    assert done.returncode == 0, f"{command}: {done.stdout[-2000:]} {done.stderr[-2000:]}"
    return done


def env_lines(text):
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def test_env_example_reads_the_same_in_systemd_and_bash():
    text = (ROOT / "deploy" / "env.example").read_text()
    as_systemd = {}
    for line in env_lines(text):
        match = SAFE_ENV_LINE.fullmatch(line)
        assert match, f"not safe for both systemd and bash: {line}"
        as_systemd[match["name"]] = match["value"]
    script = f"set -a; . {ROOT / 'deploy' / 'env.example'}; set +a; env -0"
    as_bash = dict(
        item.split("=", 1)
        for item in run(["bash", "-c", script], env={}).stdout.split("\0")
        if item
    )
    assert {name: as_bash[name] for name in as_systemd} == as_systemd
    assert as_systemd["BRAND_NAME"] == "Privacy Now"


def login_environment():
    """A volunteer's shell, not the test run's environment (the browser tests set variables)."""
    machine = {  # how this machine reaches its package indexes
        name: value
        for name, value in os.environ.items()
        if name.startswith("PIP_") or name.lower() in ("http_proxy", "https_proxy", "no_proxy")
    }
    return {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/root"), "LANG": "C.UTF-8",
            **machine}  # fmt: skip


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """Steps 1 and 2 of the guide in a fresh clone, with /etc and /var/lib under a temp folder."""
    root = tmp_path_factory.mktemp("server")
    clone = root / "srv" / "objection"
    run(["git", "clone", "-q", str(ROOT), str(clone)])
    run([str(clone / "scripts" / "setup")], cwd=clone, timeout=900, env=login_environment())
    etc, lib = root / "etc" / "objection", root / "var" / "lib" / "objection"
    etc.mkdir(parents=True)
    lib.mkdir(parents=True)
    key = run(["python3", "-c", "import secrets; print(secrets.token_urlsafe(50))"]).stdout
    (etc / "secret_key").write_text(key)
    env_text = (clone / "deploy" / "env.example").read_text()
    env_text = env_text.replace("/etc/objection", str(etc)).replace("/var/lib/objection", str(lib))
    (etc / "env").write_text(env_text)
    env = dict(SAFE_ENV_LINE.fullmatch(line).groups() for line in env_lines(env_text))
    shell = login_environment()
    with_env = f"set -a; . {etc / 'env'}; set +a; "
    migrate = run(
        ["bash", "-c", with_env + ".venv/bin/python manage.py migrate -v 0"], cwd=clone, env=shell
    )
    assert migrate.returncode == 0
    check = run(
        ["bash", "-c", with_env + ".venv/bin/python manage.py check --deploy"], cwd=clone, env=shell
    )
    assert "System check identified no issues" in check.stdout
    return {"clone": clone, "env": env, "root": root}


@pytest.fixture(scope="module")
def served(installed):
    """Step 3: the unit's ExecStart, in its WorkingDirectory, with its EnvironmentFile."""
    unit = (ROOT / "deploy" / "objection.service").read_text()
    clone = installed["clone"]
    exec_start = re.search(r"^ExecStart=(.*)$", unit, re.M)[1].replace("/srv/objection", str(clone))
    assert re.search(r"^WorkingDirectory=/srv/objection$", unit, re.M)
    assert re.search(r"^EnvironmentFile=/etc/objection/env$", unit, re.M)
    port = free_port()  # the guide's 8000 may be taken on a shared test machine
    log = open(installed["root"] / "gunicorn.log", "wb")
    process = subprocess.Popen(
        exec_start.split(), cwd=clone, stdout=log, stderr=subprocess.STDOUT,
        env={"PATH": os.environ["PATH"], **installed["env"], "BIND": f"127.0.0.1:{port}"},
    )  # fmt: skip
    process.log = installed["root"] / "gunicorn.log"
    try:
        # The guide's `curl -s http://127.0.0.1:8000/healthz`, with HTTPS on and a public name.
        curl = ["curl", "-s", f"http://127.0.0.1:{port}/healthz"]
        deadline = time.monotonic() + 60
        while (answer := subprocess.run(curl, capture_output=True, text=True)).stdout != "ok":
            assert time.monotonic() < deadline, answer
            time.sleep(0.3)
        yield port
    finally:
        stop(process)


def nginx_command(prefix, *args):
    """Debian's nginx with a copy of its own nginx.conf; modules load from Debian's prefix."""
    conf = [
        "-p",
        "/usr/share/nginx/",
        "-e",
        str(prefix / "error.log"),
        "-c",
        str(prefix / "nginx.conf"),
    ]
    return ["nginx", *conf, *args]


def nginx(prefix, *args):
    return subprocess.run(nginx_command(prefix, *args), capture_output=True, text=True)


@pytest.mark.skipif(not shutil.which("nginx"), reason="nginx is installed by scripts/setup dev")
def test_nginx_site_passes_nginx_t_in_the_guide_order_and_serves_a_letter(installed, served):
    prefix = installed["root"] / "nginx"
    sites = prefix / "sites-enabled"
    sites.mkdir(parents=True)
    main = Path("/etc/nginx/nginx.conf").read_text()
    main = re.sub(r"^pid .*;", f"pid {prefix}/nginx.pid;", main, flags=re.M)
    main = re.sub(r"^error_log .*;", f"error_log {prefix}/error.log;", main, flags=re.M)
    main = main.replace("/var/log/nginx/", f"{prefix}/").replace(
        "/etc/nginx/sites-enabled/", f"{sites}/"
    )
    (prefix / "nginx.conf").write_text(main)
    # apt-get install nginx: Debian's default site.
    shutil.copy("/etc/nginx/sites-available/default", sites / "default")
    assert nginx(prefix, "-t").returncode == 0
    # certbot certonly --webroot: the certificate where certbot puts it.
    live = prefix / "letsencrypt" / "live" / HOST
    live.mkdir(parents=True)
    run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN={HOST}",
         "-keyout", str(live / "privkey.pem"), "-out", str(live / "fullchain.pem")])  # fmt: skip
    # sed (the test keeps the example's host name), ln -s into sites-enabled, rm the default site, nginx -t.
    site = (installed["clone"] / "deploy" / "nginx.conf").read_text()
    site = site.replace("/etc/letsencrypt/", f"{prefix}/letsencrypt/").replace(
        "/var/log/nginx/", f"{prefix}/"
    )
    (prefix / "objection").write_text(site)
    (sites / "objection").symlink_to(prefix / "objection")
    (sites / "default").unlink()
    checked = nginx(prefix, "-t")
    assert checked.returncode == 0, checked.stderr
    assert "syntax is ok" in checked.stderr and "test is successful" in checked.stderr

    # Then serve: the same site on free ports, in front of the unit's gunicorn.
    http_port, https_port = free_port(), free_port()
    site = site.replace("listen 80;", f"listen {http_port};").replace("listen [::]:80;", "")
    site = site.replace("listen 443 ssl http2;", f"listen {https_port} ssl http2;")
    site = site.replace("listen [::]:443 ssl http2;", "").replace(
        "127.0.0.1:8000", f"127.0.0.1:{served}"
    )
    (prefix / "objection").write_text(site)
    server = subprocess.Popen(nginx_command(prefix, "-g", "daemon off;"))
    try:
        wait_for_port(https_port)
        fetch_letter_through(https_port)
    finally:
        server.terminate()
        server.wait(timeout=10)
    access = (prefix / "access.log").read_text().splitlines()
    assert any(" POST /en/FR/letters/objection.pdf 200 " in line for line in access)
    assert not any("127.0.0.1" in line or "Python-urllib" in line for line in access)


def wait_for_port(port, seconds=10):
    deadline = time.monotonic() + seconds
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            assert time.monotonic() < deadline, f"nothing listens on {port}"
            time.sleep(0.1)


def fetch_letter_through(port):
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(
        urllib.request.HTTPSHandler(context=context), urllib.request.HTTPCookieProcessor(jar)
    )
    headers = {
        "Host": HOST,
        "Origin": f"https://{HOST}",
        "Referer": f"https://{HOST}/en/FR/details/",
    }
    base = f"https://127.0.0.1:{port}"
    with opener.open(urllib.request.Request(f"{base}/en/FR/details/", headers=headers)) as page:
        assert page.status == 200
        assert page.headers["Strict-Transport-Security"]
    token = next(cookie.value for cookie in jar if cookie.name == "csrftoken")
    body = urllib.parse.urlencode({**form_data("FR"), "csrfmiddlewaretoken": token}, doseq=True)
    request = urllib.request.Request(
        f"{base}/en/FR/letters/objection.pdf", data=body.encode(), headers=headers
    )
    with opener.open(request) as response:
        assert "Art. 21(1) GDPR" in pdf_text(response.read())
