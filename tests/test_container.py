"""The container route: the Containerfile built with buildah (no Docker daemon, no registry)
on a Debian 12 base made by mmdebstrap, run, and a letter downloaded from it."""

import os
import re
import shutil
import signal
import subprocess

import pytest

from tests.helpers import form_data, pdf_text
from tests.servers import ROOT, SAFE_ENV_LINE, Member, free_port, wait_for

needs_buildah = pytest.mark.skipif(
    not (shutil.which("buildah") and shutil.which("mmdebstrap")),
    reason="buildah and mmdebstrap could not be installed (scripts/setup dev installs them)",
)
IMAGE = "localhost/objection:test"


def run(*command, timeout=900):
    return subprocess.run(
        command, cwd=ROOT, check=True, capture_output=True, text=True, timeout=timeout
    )


def local_pip_sources():
    """This machine's pip configuration and the local indexes it names, for the build's pip."""
    configs = [path for path in ("/etc/pip.conf", os.path.expanduser("~/.config/pip/pip.conf"))
               if os.path.exists(path)]  # fmt: skip
    folders = [
        path
        for config in configs
        for word in open(config).read().split()
        for path in [word.removeprefix("file://").removesuffix("/simple")]
        if path.startswith("/") and os.path.isdir(path)
    ]
    folders += ["/etc/ssl/certs"] * os.path.isdir("/etc/ssl/certs")
    return [arg for path in [*configs, *folders] for arg in ("--volume", f"{path}:{path}:ro")]


@pytest.fixture(scope="module")
def image():
    base = run("scripts/container-base").stdout.strip()
    run("buildah", "build", "--isolation", "chroot", "--layers", "--quiet",
        "--build-arg", f"BASE={base}", *local_pip_sources(), "-f", "Containerfile", "-t", IMAGE,
        ".")  # fmt: skip
    return IMAGE


@needs_buildah
def test_the_image_runs_as_its_own_user_and_serves_a_letter_with_a_mounted_brand(image, tmp_path):
    brand = tmp_path / "brand"
    brand.mkdir()
    (brand / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    env_file = (ROOT / "deploy" / "container.env.example").read_text()
    env = dict(
        SAFE_ENV_LINE.fullmatch(line).groups()
        for line in env_file.splitlines()
        if line.strip() and not line.startswith("#")
    )
    port = free_port()
    # Plain HTTP on loopback here: Caddy, which speaks TLS to members, is not run.
    env.update(BRAND_DIR="/brand", BRAND_LOGO="logo.svg", ALLOWED_HOSTS="127.0.0.1",
               HTTPS="false", BIND=f"127.0.0.1:{port}")  # fmt: skip
    container = run("buildah", "from", "--pull-never", image).stdout.strip()
    server = None
    try:
        assert (
            run("buildah", "run", "--isolation", "chroot", container, "--", "id", "-un").stdout
            == "objection\n"
        )
        server = subprocess.Popen(
            ["buildah", "run", "--isolation", "chroot", "--volume", f"{brand}:/brand:ro",
             *[arg for item in env.items() for arg in ("--env", "=".join(item))],
             container, "--", "deploy/container-start"],
            cwd=ROOT, start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        )  # fmt: skip
        url = f"http://127.0.0.1:{port}"
        assert wait_for(f"{url}/healthz", seconds=120) == b"ok"
        member = Member()
        status, html = member.get(f"{url}/en/FR/details/")
        assert status == 200 and '<img src="/brand/logo.svg"' in html and "Privacy Now" in html
        status, headers, pdf = member.post(f"{url}/en/FR/letters/objection.pdf", form_data("FR"))
        assert status == 200 and "Art. 21(1) GDPR" in pdf_text(pdf)
    finally:
        if server:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
        run("buildah", "rm", container)


def test_compose_file_names_files_that_exist():
    compose = (ROOT / "compose.yaml").read_text()
    named = re.findall(r"(?:dockerfile: |env_file: |- \./)(\S+?)(?::|\s)", compose)
    assert {"Containerfile", "deploy/container.env", "deploy/Caddyfile", "deploy/brand"} <= set(
        named
    )
    for name in named:
        path = ROOT / name
        assert path.exists() or (ROOT / f"{name}.example").exists(), name
