import os

from objection import checks


def ids(errors):
    return [error.id for error in errors]


def test_missing_letter_font_is_reported(monkeypatch):
    monkeypatch.setattr(checks, "installed_font_families", lambda: {"Noto Sans"})
    errors = checks.fonts_installed(None)
    assert ids(errors) == ["objection.E001"]
    assert "Noto Sans CJK HK" in errors[0].msg
    assert errors[0].hint == "apt-get install fonts-noto-cjk"


def test_fonts_of_this_machine_are_complete():
    assert checks.fonts_installed(None) == []


def test_missing_hong_kong_faces_are_reported(monkeypatch, tmp_path):
    monkeypatch.setitem(
        checks.HK_SUBSET_FACES, ("Letters", "Bold"), (None, tmp_path / "missing.otf")
    )
    warnings = checks.hong_kong_faces_built(None)
    assert ids(warnings) == ["objection.W001"]
    assert "Chinese letters take twice as long" in warnings[0].msg


def test_hong_kong_faces_are_built_here():
    assert checks.hong_kong_faces_built(None) == []


def test_missing_harfbuzz_subsetting_is_reported(monkeypatch):
    monkeypatch.setattr(checks.ctypes.util, "find_library", lambda name: None)
    assert ids(checks.harfbuzz_subsetting(None)) == ["objection.E002"]


def test_harfbuzz_subsetting_is_installed_here():
    assert checks.harfbuzz_subsetting(None) == []


def test_stale_catalog_is_reported(tmp_path, settings):
    messages = tmp_path / "fr" / "LC_MESSAGES"
    messages.mkdir(parents=True)
    (messages / "django.mo").write_bytes(b"")
    (messages / "django.po").write_text("")
    os.utime(messages / "django.mo", (0, 0))
    settings.LOCALE_PATHS = [tmp_path]
    assert ids(checks.catalogs_compiled(None)) == ["objection.E003"]


def test_uncompiled_catalog_is_reported(tmp_path, settings):
    messages = tmp_path / "de" / "LC_MESSAGES"
    messages.mkdir(parents=True)
    (messages / "django.po").write_text("")
    settings.LOCALE_PATHS = [tmp_path]
    assert ids(checks.catalogs_compiled(None)) == ["objection.E003"]


def test_facts_overrides_correct_an_authority_and_refuse_unknown_entries(tmp_path, settings):
    from objection import facts

    settings.FACTS_OVERRIDES = {
        "authorities": {"GB": {"address": "Circle Square\nManchester"}, "XX": {"name": "?"}},
        "us_states": {"US-IA": {"reply_days": "ninety", "colour": "red", "extension_days": 30}},
    }
    assert facts.load("authorities")["GB"]["address"] == "Circle Square\nManchester"
    iowa = facts.load("us_states")["US-IA"]
    assert (iowa["reply_days"], iowa["extension_days"], "colour" in iowa) == (90, 30, False)
    errors = [error.msg for error in checks.facts_overrides(None)]
    assert errors == [
        "FACTS_OVERRIDES: authorities.XX matches no entry or field of objection/facts/.",
        "FACTS_OVERRIDES: us_states.US-IA.reply_days matches no entry or field of objection/facts/.",
        "FACTS_OVERRIDES: us_states.US-IA.colour matches no entry or field of objection/facts/.",
    ]


def test_a_host_corrects_an_authority_from_the_file_named_in_the_environment(tmp_path):
    import subprocess
    import sys

    from tests.helpers import pdf_text

    overrides = tmp_path / "facts.toml"
    overrides.write_text(
        '[authorities.GB]\naddress_unconfirmed = false\naddress = "Circle Square\\nManchester"\n'
    )
    env = {**os.environ, "FACTS_OVERRIDES": str(overrides)}
    output = tmp_path / "letter.pdf"
    subprocess.run(
        [sys.executable, "manage.py", "render_letter", "--region", "GB", "--kind", "erasure",
         "--language", "en", "--name", "Ada", "--email", "ada@example.org",
         "--profile-url", "https://www.linkedin.com/in/ada-lovelace/", "--reason", "reliance",
         "--output", str(output)],
        env=env, check=True, capture_output=True,
    )  # fmt: skip
    assert "Information Commissioner's Office (ICO), Circle Square, Manchester" in pdf_text(
        output.read_bytes()
    )
    overrides.write_text("[authorities.XX]\nname = 1\n")
    check = subprocess.run(
        [sys.executable, "manage.py", "check"], env=env, capture_output=True, text=True
    )
    assert check.returncode != 0 and "objection.E009" in check.stderr
