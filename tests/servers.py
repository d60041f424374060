"""Real servers on loopback for the hosting tests: gunicorn, PostgreSQL, Redis."""

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SECRET = "hosting-tests-secret-key-that-is-long-enough-0123456789abcdefgh"


# The only form of line an env file of deploy/ may hold: systemd, bash and compose read it alike.
SAFE_ENV_LINE = re.compile(r'(?P<name>[A-Z][A-Z0-9_]*)="(?P<value>[^"$`\\]*)"')


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(url, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.read()
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    raise TimeoutError(f"{url} did not answer within {seconds} s")


def migrate(root=ROOT, **env):
    """The database that `env` names, migrated as scripts/setup would."""
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"],
        cwd=root, env={**os.environ, **env}, check=True,
    )  # fmt: skip


def start_gunicorn(port, root=ROOT, **env):
    """The gunicorn.conf.py of the checkout at `root` on `port`; its log (access lines, errors,
    Django's) in `process.log`."""
    folder = Path(tempfile.mkdtemp(prefix="objection-gunicorn-"))
    environment = {
        **os.environ,
        "BIND": f"127.0.0.1:{port}",
        "SECRET_KEY": SECRET,
        "HTTPS": "false",
        "WEB_CONCURRENCY": "1",
        # The default cache is a folder: one per instance, as on a host.
        "CACHE_URL": f"file://{folder / 'cache'}",
        **env,
    }
    environment.pop("DJANGO_SETTINGS_MODULE", None)
    log = folder / "log"
    with open(log, "wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py"],
            cwd=root,
            env=environment,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    process.log = log
    try:
        wait_for(f"http://127.0.0.1:{port}/healthz")
    except TimeoutError:
        process.kill()
        raise AssertionError(log.read_text()[-2000:]) from None
    return process


def stop(process):
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    shutil.rmtree(process.log.parent / "cache", ignore_errors=True)


class Member:
    """A browser, as far as cookies and forms go, that may talk to several instances."""

    def __init__(self):
        self.cookies = CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))

    def get(self, url):
        with self.opener.open(url, timeout=30) as response:
            return response.status, response.read().decode()

    def post(self, url, data):
        token = next(cookie.value for cookie in self.cookies if cookie.name == "csrftoken")
        body = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": token}, doseq=True)
        request = urllib.request.Request(url, data=body.encode(), method="POST")
        try:
            with self.opener.open(request, timeout=30) as response:
                return response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read()


def static_url(html, name):
    return re.search(rf'href="(/static/{name}[^"]*)"', html)[1]


# --- PostgreSQL and Redis from Debian's packages ----------------------------------------

POSTGRES_BIN = next(iter(sorted(Path("/usr/lib/postgresql").glob("*/bin"))), None)


def have_servers():
    return POSTGRES_BIN is not None and shutil.which("redis-server") is not None


def as_postgres(*command):
    """initdb refuses to run as root; the Debian package's 'postgres' user runs it."""
    if os.geteuid() == 0:
        command = ("runuser", "-u", "postgres", "--", *command)
    return subprocess.run(command, check=True, capture_output=True, text=True)


def start_postgres(port):
    """A throw-away cluster; its folder lies outside pytest's root-only temp folders."""
    folder = Path(tempfile.mkdtemp(prefix="objection-pg-"))
    data = folder / "pgdata"
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    as_postgres(str(POSTGRES_BIN / "initdb"), "-D", str(data), "-A", "trust", "-U", "objection")
    as_postgres(
        str(POSTGRES_BIN / "pg_ctl"), "-D", str(data), "-l", str(data / "log"), "-w", "start",
        "-o", f"-h 127.0.0.1 -p {port} -k {folder}",
    )  # fmt: skip
    as_postgres(
        str(POSTGRES_BIN / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "objection",
        "objection",
    )  # fmt: skip
    return data


def pause_postgres(data):
    as_postgres(str(POSTGRES_BIN / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop")


def stop_postgres(data):
    if (data / "postmaster.pid").exists():
        pause_postgres(data)
    shutil.rmtree(data.parent, ignore_errors=True)


def start_redis(port):
    process = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
         "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return process
        except OSError:
            time.sleep(0.1)
    raise TimeoutError("redis did not start")
