import pytest
from django.core.management import CommandError, call_command

from tests.helpers import pdf_text

MEMBER = ["--name", "Ada Lovelace", "--email", "ada@example.org",
          "--profile-url", "https://www.linkedin.com/in/ada-lovelace/"]  # fmt: skip


def render(tmp_path, *args):
    output = tmp_path / "letter.pdf"
    call_command("render_letter", *args, *MEMBER, "--output", str(output))
    return pdf_text(output.read_bytes())


def test_writes_the_same_letter_as_the_site(tmp_path):
    text = render(tmp_path, "--region", "GB", "--kind", "objection", "--language", "en",
                  "--date", "2026-01-31", "--address", "1 High Street\\nLondon",
                  "--reason", "third_parties")  # fmt: skip
    assert "LinkedIn Corporation" in text
    assert "Art. 21(1) UK GDPR" in text
    assert "clients, patients, sources or colleagues" in text
    assert "31 January 2026" in text
    assert "by 2 March 2026 what you have done" in text  # 28 February 2026 is a Saturday
    assert "1 High Street" in text
    assert "Microsoft's own AI models" in text  # every processing that applies, by default


def test_object_to_limits_the_processing(tmp_path):
    text = render(tmp_path, "--region", "US-CA", "--kind", "objection", "--language", "en",
                  "--object-to", "targeted_ads")  # fmt: skip
    assert "to target advertising to me" in text
    assert "Microsoft and other LinkedIn affiliates" not in text


def test_refuses_an_article_21_1_objection_without_grounds(tmp_path):
    with pytest.raises(
        CommandError, match=r"^--reason: .*LinkedIn can refuse .*Art\. 21\(1\) GDPR"
    ):
        render(tmp_path, "--region", "FR", "--kind", "objection", "--language", "en")
    text = render(tmp_path, "--region", "FR", "--kind", "objection", "--language", "en",
                  "--object-to", "personalised_ads")  # fmt: skip
    assert "Art. 21(2) and (3) GDPR" in text and "Art. 21(1) GDPR" not in text


def test_refuses_options_that_do_not_apply_in_the_region(tmp_path):
    with pytest.raises(CommandError, match=r"^--grounds does not apply in US-CA$"):
        render(tmp_path, "--region", "US-CA", "--kind", "objection", "--language", "en",
               "--grounds", "I am a journalist.")  # fmt: skip
    with pytest.raises(CommandError, match=r"^--land: Please choose the Land where you live\.$"):
        render(tmp_path, "--region", "DE", "--kind", "erasure", "--language", "de",
               "--reason", "reliance")  # fmt: skip
    text = render(tmp_path, "--region", "DE", "--kind", "erasure", "--language", "en",
                  "--reason", "reliance", "--land", "DE-HE")  # fmt: skip
    assert "65021 Wiesbaden" in text


def test_writes_to_stdout(capsysbinary):
    call_command("render_letter", "--region", "HK", "--kind", "erasure", "--language", "en",
                 "--joined", "after", *MEMBER, "--output", "-")  # fmt: skip
    assert "s. 26 PDPO" in pdf_text(capsysbinary.readouterr().out)


@pytest.mark.parametrize("args,reason", [
    (["--region", "XX", "--kind", "objection", "--language", "en"], "unknown region 'XX'"),
    (["--region", "FR", "--kind", "objection", "--language", "tlh"], "--language: Please choose"),
    (["--region", "FR", "--kind", "objection", "--language", "en", "--date", "31/01/2026"],
     "--date must be YYYY-MM-DD"),
    (["--region", "FR", "--kind", "objection", "--language", "en", "--object-to", "targeted_ads"],
     "--object-to: One of the choices does not apply where you live"),
])  # fmt: skip
def test_bad_argument_gives_a_one_line_reason(tmp_path, args, reason):
    with pytest.raises(CommandError) as error:
        call_command("render_letter", *args, *MEMBER, "--output", str(tmp_path / "x.pdf"))
    assert reason in str(error.value)
    assert "\n" not in str(error.value)
    assert not (tmp_path / "x.pdf").exists()


def test_bad_email_exits_non_zero(tmp_path):
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "manage.py", "render_letter", "--region", "FR", "--kind", "erasure",
         "--language", "en", "--name", "Ada", "--email", "not-an-email",
         "--profile-url", "https://www.linkedin.com/in/ada-lovelace/", "--output",
         str(tmp_path / "x.pdf")],
        capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [
        "CommandError: --email: This does not look like an email address. Please check it, "
        "e.g. name@example.org."
    ]


def test_writes_a_complaint_to_the_land_authority_with_the_case_number(tmp_path):
    text = render(tmp_path, "--region", "DE", "--land", "DE-BY", "--kind", "complaint",
                  "--language", "de", "--date", "2026-12-01", "--reason", "reliance",
                  "--sent-on", "2026-10-01", "--case-number", "LI-4711")  # fmt: skip
    assert "Bayerisches Landesamt für Datenschutzaufsicht" in text
    assert "91504 Ansbach" in text
    assert "LI-4711" in text and "1. Oktober 2026" in text
    assert "Art. 77 DSGVO" in text


def test_writes_a_reminder_and_an_access_request(tmp_path):
    reminder = render(tmp_path, "--region", "GB", "--kind", "reminder", "--language", "en",
                      "--date", "2026-12-01", "--reason", "reliance", "--sent-on", "2026-10-01",
                      "--outcome", "refused")  # fmt: skip
    assert "s. 164A DPA 2018" in reminder and "You refused my requests" in reminder
    access = render(tmp_path, "--region", "HK", "--kind", "access", "--language", "en",
                    "--joined", "before")  # fmt: skip
    assert "Data Access Request Form (OPS003)" in access


def test_complaint_to_the_second_authority_and_refusals(tmp_path):
    text = render(tmp_path, "--region", "CH", "--kind", "complaint", "--language", "en",
                  "--sent-on", "2026-10-01", "--authority", "IE")  # fmt: skip
    assert "Data Protection Commission (DPC)" in text
    with pytest.raises(CommandError, match=r"^--authority: in CH, a complaint goes to CH, IE$"):
        render(tmp_path, "--region", "CH", "--kind", "complaint", "--language", "en",
               "--sent-on", "2026-10-01", "--authority", "FR")  # fmt: skip
    with pytest.raises(CommandError, match=r"^--kind reminder needs --sent-on YYYY-MM-DD$"):
        render(tmp_path, "--region", "CH", "--kind", "reminder", "--language", "en")
    with pytest.raises(CommandError, match=r"^--sent-on: This date is in the future"):
        render(tmp_path, "--region", "CH", "--kind", "reminder", "--language", "en",
               "--sent-on", "2099-01-01")  # fmt: skip
