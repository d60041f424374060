"""System checks for what a host can get wrong: they fail loudly at start-up."""

import ctypes.util
import fnmatch
import subprocess
from pathlib import Path

from django.conf import settings
from django.core.checks import Error, Warning, register

from objection.letter_fonts import HK_SUBSET_FACES

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
def hong_kong_faces_built(app_configs, **kwargs):
    if all(target.is_file() for _, target in HK_SUBSET_FACES.values()):
        return []
    return [
        Warning(
            "The Hong Kong subset faces are missing: Chinese letters take twice as long.",
            hint="Run scripts/setup (scripts/subset_cjk_font.py builds them in var/fonts/).",
            id="objection.W001",
        )
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


def contrast_with_white(hex_colour):
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    luminance = 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)
    return 1.05 / (luminance + 0.05)


@register()
def brand(app_configs, **kwargs):
    errors = []
    ratio = contrast_with_white(settings.BRAND["color"])
    if ratio < 4.5:
        errors.append(
            Error(
                f"BRAND_COLOR {settings.BRAND['color']} has a contrast of {ratio:.1f}:1 with "
                "white; buttons need at least 4.5:1 to be readable.",
                hint="Choose a darker colour.",
                id="objection.E005",
            )
        )
    from objection.brand import logo_problem

    if problem := logo_problem():
        errors.append(Error(problem, id="objection.E006"))
    return errors


@register()
def linkedin_overrides(app_configs, **kwargs):
    from objection.linkedin import DEFAULTS

    return [
        Error(
            f"LINKEDIN_{key.upper()} is not a LinkedIn fact the app knows.",
            hint="Known: " + ", ".join(f"LINKEDIN_{name.upper()}" for name in DEFAULTS),
            id="objection.E007",
        )
        for key in settings.LINKEDIN_OVERRIDES
        if key not in DEFAULTS
    ]


@register()
def enabled_regions(app_configs, **kwargs):
    from objection.jurisdictions import REGIONS, enabled

    errors = [
        Error(f"ENABLED_REGIONS: {pattern!r} matches no region.", id="objection.E008")
        for pattern in settings.ENABLED_REGIONS
        if not any(fnmatch.fnmatchcase(code, pattern) for code in REGIONS)
    ]
    if not any(enabled(code) for code in REGIONS):
        errors.append(Error("ENABLED_REGIONS offers no region at all.", id="objection.E008"))
    return errors


@register()
def facts_overrides(app_configs, **kwargs):
    from objection import facts

    return [
        Error(
            f"FACTS_OVERRIDES: {entry} matches no entry or field of objection/facts/.",
            hint='Tables are named like [authorities.FR] or [us_states."US-IA"]; each value '
            "keeps the kind (text, number, true/false) of the one it replaces.",
            id="objection.E009",
        )
        for entry in facts.unknown_overrides()
    ]
