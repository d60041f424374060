"""System checks for what a host can get wrong: they fail loudly at start-up."""

import ctypes.util
import subprocess
from pathlib import Path

from django.conf import settings
from django.core.checks import Error, register

# The faces the letter stylesheet names (static/letters/letter.css).
LETTER_FONTS = {
    "Noto Sans": "fonts-noto-core",
    "Noto Sans CJK HK": "fonts-noto-cjk",
}


def installed_font_families():
    try:
        listing = subprocess.run(
            ["fc-list", ":", "family"], capture_output=True, text=True, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return set()
    return {name.strip() for line in listing.splitlines() for name in line.split(",")}


@register()
def fonts_installed(app_configs, **kwargs):
    families = installed_font_families()
    return [
        Error(
            f"Font {family!r} is missing: letters would show blank boxes.",
            hint=f"apt-get install {package}",
            id="objection.E001",
        )
        for family, package in LETTER_FONTS.items()
        if family not in families
    ]


@register()
def harfbuzz_subsetting(app_configs, **kwargs):
    if ctypes.util.find_library("harfbuzz-subset"):
        return []
    return [
        Error(
            "HarfBuzz subsetting is missing: every letter takes 4-5 times longer.",
            hint="apt-get install libharfbuzz-subset0",
            id="objection.E002",
        )
    ]


@register()
def catalogs_compiled(app_configs, **kwargs):
    errors = []
    for locale_dir in settings.LOCALE_PATHS:
        for po in Path(locale_dir).glob("*/LC_MESSAGES/django.po"):
            mo = po.with_suffix(".mo")
            if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
                errors.append(
                    Error(
                        f"Translation catalog {po} is not compiled or is out of date.",
                        hint="Run scripts/setup (pybabel compile -d locale -D django).",
                        id="objection.E003",
                    )
                )
    return errors


LOCAL_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}


def production_problems():
    """What makes these settings unfit to serve members; empty when fit."""
    problems = []
    if settings.SECRET_KEY == settings.DEV_SECRET_KEY and not settings.DEBUG:
        problems.append("SECRET_KEY is the built-in development key: set your own.")
    if any(host not in LOCAL_HOSTS for host in settings.ALLOWED_HOSTS):
        if settings.DEBUG:
            problems.append("DEBUG is on while serving a public host name.")
        if settings.SECRET_KEY == settings.DEV_SECRET_KEY:
            problems.append("SECRET_KEY is the built-in development key on a public host name.")
    return problems


@register(deploy=True)
def production_settings(app_configs, **kwargs):
    return [Error(problem, id="objection.E004") for problem in production_problems()]
