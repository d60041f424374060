"""The member's path in a real browser: Debian's Chromium driven by Playwright.

Screenshots go to test-artifacts/screenshots/, page weights to test-artifacts/page-weights.txt
and axe-core results to test-artifacts/axe-<language>.txt.
"""

import gzip
import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings

from tests.helpers import pdf_text

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parent.parent
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = ROOT / "test-artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"

pytestmark = pytest.mark.skipif(
    not (Path(CHROMIUM).exists() and AXE.exists()),
    reason="Chromium and axe-core are installed by scripts/test",
)

# Playwright's sync API runs an event loop in this thread; the app never touches the
# database from it, so Django's guard against async contexts does not apply here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

MEMBERS = {
    # region: (name in the heading, words in the explanation, controller, citation)
    "FR": ("France", "group messages", "LinkedIn Ireland Unlimited Company", "Art. 21(1) GDPR"),
    "GB": ("the United Kingdom", "Microsoft", "LinkedIn Corporation", "Art. 21(1) UK GDPR"),
    "CH": ("Switzerland", "group messages", "LinkedIn Ireland Unlimited Company",
           "Art. 30 para. 2 let. b FADP"),
    "CA-QC": ("Quebec", "Microsoft", "LinkedIn Corporation", "s. 12 of the Private Sector Act"),
    "HK": ("Hong Kong", "group messages", "LinkedIn Corporation", "DPP3, Schedule 1, PDPO"),
    "US-CA": ("California", "Microsoft", "LinkedIn Corporation", "Cal. Civ. Code § 1798.120"),
}  # fmt: skip
ERASURE_CITATION = {
    "FR": "Art. 17(1)(c) GDPR", "GB": "Art. 17(1)(c) UK GDPR", "CH": "Art. 32 para. 2 FADP",
    "CA-QC": "s. 23 of the Private Sector Act", "HK": "s. 26 PDPO",
    "US-CA": "Cal. Civ. Code § 1798.105",
}  # fmt: skip
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync"],
        )  # fmt: skip
        yield browser
        browser.close()


@pytest.fixture
def site(live_server, settings):
    # The live server serves static files from their sources, not the hashed copies.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    return live_server.url


def new_page(browser, javascript=True, width=1280, **options):
    context = browser.new_context(
        java_script_enabled=javascript,
        viewport={"width": width, "height": 900},
        accept_downloads=True,
        **options,
    )
    return context.new_page()


def fill_details(page, email="ada@example.org", letter_language="en"):
    """By field ids, so that it works whatever the page's language."""
    page.locator("#id_full_name").fill("Ada Lovelace")
    page.locator("#id_email").fill(email)
    page.locator("#id_profile_url").fill("linkedin.com/in/ada-lovelace")
    page.locator("#id_address").fill("12 Rue de la Paix\n75002 Paris")
    # The first preset ground, where the law asks for one; when a Hong Kong member joined.
    for choice in ("#id_grounds_0", "#id_joined_0"):
        if page.locator(choice).count():
            page.locator(choice).check()
    if letter_language:
        page.locator("#id_letter_language").select_option(letter_language)


def download(page, kind):
    with page.expect_download() as info:
        page.locator(f"button[formaction$='/{kind}.pdf']").click()
    return pdf_text(Path(info.value.path()).read_bytes())


def walk(page, site, region):
    name, words, controller, citation = MEMBERS[region]
    page.goto(f"{site}/en/")
    page.get_by_label("Where do you live?").select_option(region)
    page.get_by_role("button", name="Continue").click()
    assert page.get_by_role("heading", level=1).inner_text() == f"What changes for you in {name}"
    assert words in page.inner_text("main")
    page.get_by_role("link", name="Write my letters").first.click()

    fill_details(page, email="ada.example.org")
    page.get_by_role("button", name="Make my letters").click()
    summary = page.locator("#error-summary")
    assert "This does not look like an email address" in summary.inner_text()
    page.wait_for_function("document.activeElement.id === 'error-summary'", timeout=5000)
    page.locator("#id_email").fill("ada@example.org")
    page.get_by_role("button", name="Make my letters").click()

    assert page.get_by_role("heading", level=1).inner_text() == "Your letters are ready"
    objection = download(page, "objection")
    erasure = download(page, "erasure")
    for text in (objection, erasure):
        assert controller in text and "Ada Lovelace" in text
    assert citation in objection
    assert ERASURE_CITATION[region] in erasure


def test_hong_kong_member_reading_chinese_gets_a_chinese_letter(browser, site):
    page = new_page(browser)
    page.goto(f"{site}/en/HK/")
    page.get_by_role("link", name="繁體中文").click()
    page.locator("a.button[href$='/HK/details/']").first.click()
    fill_details(page, letter_language=None)  # the letter's language follows the site's
    page.locator("button.button[type=submit]").last.click()
    with page.expect_download() as info:
        page.locator("button[formaction$='/objection.pdf']").click()
    text = pdf_text(Path(info.value.path()).read_bytes()).replace(" ", "")
    assert "拒絕給予及撤回使用本人個人資料的同意" in text
    assert "《個人資料(私隱)條例》附表1保障資料第3原則" in text
    page.context.close()


@pytest.mark.parametrize("region", MEMBERS)
@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_member_gets_both_letters(browser, site, region, javascript):
    page = new_page(browser, javascript=javascript)
    walk(page, site, region)
    page.context.close()


def test_back_and_forward_show_the_letters_again_without_asking(browser, site):
    page = new_page(browser)
    dialogs = []
    page.on("dialog", lambda dialog: dialogs.append(dialog.message) or dialog.dismiss())
    page.goto(f"{site}/en/FR/details/")
    fill_details(page)
    submit_and_wait(page)
    heading = page.get_by_role("heading", level=1)
    assert heading.inner_text() == "Your letters are ready"
    page.get_by_role("link", name="Privacy", exact=True).click()
    page.wait_for_url("**/privacy/")
    page.go_back(wait_until="load")
    page.wait_for_function("document.querySelector('h1').innerText.includes('ready')")
    assert heading.inner_text() == "Your letters are ready"
    assert "Ada Lovelace" in download(page, "objection")
    page.go_back(wait_until="load")
    page.wait_for_url("**/details/")
    page.go_forward(wait_until="load")
    page.wait_for_function("document.querySelector('h1').innerText.includes('ready')")
    assert heading.inner_text() == "Your letters are ready"
    assert dialogs == []
    page.context.close()


@pytest.mark.parametrize("lang", ["fr", "zh-hant"])
def test_on_a_phone_the_controls_come_first(browser, site, lang):
    page = new_page(browser, width=360)
    page.goto(f"{site}/{lang}/GB/")
    # One compact language control, not nine links before anything else.
    assert page.locator(".languages").bounding_box()["height"] <= 50
    top_button = page.locator("main a.button[href$='/GB/details/']").first.bounding_box()
    assert top_button["y"] + top_button["height"] <= 640, top_button
    settings_links = [link.bounding_box() for link in page.locator("ul.links a").all()]
    assert len(settings_links) >= 2
    for above, below in zip(settings_links, settings_links[1:], strict=False):
        assert below["y"] >= above["y"] + above["height"], "settings links run together"
    assert all(box["height"] >= 44 for box in settings_links)
    # The compact control still switches the language, keeping the place.
    page.locator(".languages summary").click()
    page.get_by_role("link", name="English").click()
    page.wait_for_url("**/en/GB/")
    page.context.close()


def test_copy_buttons_copy_the_text_to_paste(browser, site):
    page = new_page(browser, permissions=["clipboard-read", "clipboard-write"])
    page.goto(f"{site}/en/FR/details/")
    fill_details(page)
    page.get_by_role("button", name="Make my letters").click()
    details = page.locator("#paste-details")
    page.locator('button[data-copy="paste-details"]').click()
    assert page.evaluate("navigator.clipboard.readText()") == details.input_value()
    assert page.locator('button[data-copy="paste-details"]').inner_text() == "Copied"
    page.context.close()


def test_copy_buttons_stay_hidden_without_javascript(browser, site):
    page = new_page(browser, javascript=False)
    page.goto(f"{site}/en/FR/details/")
    fill_details(page)
    page.get_by_role("button", name="Make my letters").click()
    assert not page.locator('button[data-copy="paste-details"]').is_visible()
    assert (
        page.locator("#paste-details")
        .input_value()
        .startswith("Objection to the processing of my personal data (Art. 21(1) GDPR")
    )
    page.context.close()


def tab_to(page, selector, presses=80):
    for _ in range(presses):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            style = page.evaluate(
                "() => { const s = getComputedStyle(document.activeElement);"
                " return [s.outlineStyle, s.outlineWidth]; }"
            )
            assert style[0] != "none" and style[1] != "0px", f"no visible focus on {selector}"
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_whole_flow_by_keyboard_only(browser, site):
    page = new_page(browser)
    page.goto(f"{site}/en/")
    tab_to(page, "select#id_region")
    page.keyboard.type("Fran")  # select's own type-ahead
    tab_to(page, "button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_url("**/en/FR/")
    tab_to(page, "a[href$='/details/']")
    page.keyboard.press("Enter")
    page.wait_for_url("**/details/")
    for field, text in (("#id_full_name", "Ada Lovelace"), ("#id_email", "ada@example.org"),
                        ("#id_profile_url", "https://www.linkedin.com/in/ada-lovelace/")):  # fmt: skip
        tab_to(page, field)
        page.keyboard.type(text)
    tab_to(page, "#id_grounds_0")
    page.keyboard.press("Space")
    assert page.locator("#id_grounds_0").is_checked()
    tab_to(page, "button[type=submit].button")
    page.keyboard.press("Enter")
    page.wait_for_url("**/letters/")
    tab_to(page, "button[formaction$='objection.pdf']")
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    text = pdf_text(Path(info.value.path()).read_bytes())
    assert "Ada Lovelace" in text and "dates from before LinkedIn announced" in text
    page.context.close()


def test_objection_without_grounds_says_why_and_keeps_the_answers(browser, site):
    page = new_page(browser, javascript=False)
    page.goto(f"{site}/en/FR/details/")
    fill_details(page)
    page.locator("#id_grounds_0").uncheck()
    page.get_by_role("button", name="Make my letters").click()
    summary = page.locator("#error-summary").inner_text()
    assert "Without one, LinkedIn can refuse your objection" in summary
    assert page.locator("#id_full_name").input_value() == "Ada Lovelace"
    for key in ("ai_training", "hiring_assistant", "personalised_ads", "direct_marketing"):
        page.locator(f"input[name=processing][value={key}]").set_checked(key == "personalised_ads")
    page.get_by_role("button", name="Make my letters").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Your letters are ready"
    assert "Art. 21(2) and (3) GDPR" in download(page, "objection")
    page.context.close()


PAGES = {
    "where": "/{lang}/",
    "changes": "/{lang}/FR/",
    "details": "/{lang}/FR/details/",
    "about": "/{lang}/about/",
    "privacy": "/{lang}/privacy/",
    "not-found": "/{lang}/ZZ/",
}


def open_every_step(page, site, lang):
    """Opens every page and every step in turn, errors included, yielding each one's name."""
    for name, path in PAGES.items():
        page.goto(site + path.format(lang=lang))
        yield name
    page.goto(f"{site}/{lang}/FR/details/")
    submit_and_wait(page)
    yield "details-errors"
    page.goto(f"{site}/{lang}/FR/details/")
    fill_details(page)
    submit_and_wait(page)
    yield "letters"
    page.locator("button[formaction$='/FR/follow-up/']").click()
    yield "follow-up"
    fill_follow_up(page)
    page.locator("button.button[type=submit]").last.click()
    yield "follow-up-letters"


def fill_follow_up(page):
    page.locator("#id_sent_on").fill("2026-10-01")
    page.locator("#id_channel_0").check()
    page.locator("#id_outcome_0").check()
    page.locator("#id_case_number").fill("CASE-118842")


def submit_and_wait(page):
    """Submits the details and waits until the answer has loaded: a click only starts the
    navigation, and a script injected before the new page loads is lost with the old one."""
    page.locator("button.button[type=submit]").last.click()
    page.wait_for_url("**/letters/", wait_until="load")


LANGUAGES = [code for code, _ in settings.LANGUAGES]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_accessibility_violations_at_wcag_21_aa(browser, site, lang):
    page = new_page(browser, bypass_csp=True)  # axe is injected as an inline script
    report = []
    for name in open_every_step(page, site, lang):
        page.add_script_tag(path=str(AXE))
        result = page.evaluate(
            "(tags) => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_21_AA
        )
        violations = [(v["id"], [n["target"] for n in v["nodes"]]) for v in result["violations"]]
        report.append(
            f"{lang} {name}: {len(violations)} violations, {len(result['passes'])} rules passed"
        )
        assert violations == [], (name, violations)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"axe-{lang}.txt").write_text("\n".join(report) + "\n")
    page.context.close()


@pytest.mark.parametrize("lang,width", [("en", 1280)] + [(lang, 360) for lang in LANGUAGES])
def test_pages_fit_the_screen_and_are_screenshotted(browser, site, lang, width):
    page = new_page(browser, width=width)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for name in open_every_step(page, site, lang):
        page.screenshot(path=str(SCREENSHOTS / f"{lang}-{name}-{width}.png"), full_page=True)
        overflow = page.evaluate("document.documentElement.scrollWidth")
        assert overflow <= width, f"{name} is {overflow}px wide at {width}px"
        if width == 360:
            small = page.evaluate(
                """() => [...document.querySelectorAll(
                    'button, select, input:not([type=hidden]):not([type=checkbox]):not([type=radio]),'
                    + ' textarea,'
                    + ' nav a, .form-check, .button, footer a, .back a')]
                  .filter(e => e.offsetParent !== null)
                  .map(e => [e.outerHTML.slice(0, 60), e.getBoundingClientRect().height])
                  .filter(([_, h]) => h < 44)"""
            )
            assert small == [], (name, small)
    page.context.close()


def test_pages_are_light_and_make_no_third_party_requests(browser, site):
    page = new_page(browser)
    responses = []
    page.on("response", lambda response: responses.append(response))
    host = urlsplit(site).netloc
    weights = []
    for name, path in PAGES.items():
        responses.clear()
        page.goto(site + path.format(lang="en"), wait_until="networkidle")
        assert {urlsplit(r.url).netloc for r in responses} == {host}, name
        # What WhiteNoise and nginx would send: each body gzip-compressed.
        total = sum(len(gzip.compress(r.body(), 9)) for r in responses if r.status == 200)
        weights.append(f"{name}: {total / 1024:.1f} kB compressed in {len(responses)} responses")
        assert total < 150 * 1024, name
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "page-weights.txt").write_text("\n".join(weights) + "\n")
    page.context.close()


def test_french_member_follows_up_with_a_calendar_and_a_complaint_to_the_cnil(browser, site):
    page = new_page(browser, permissions=["clipboard-read", "clipboard-write"])
    page.goto(f"{site}/fr/FR/details/")
    fill_details(page, letter_language="fr")
    page.locator("button.button[type=submit]").last.click()
    page.locator("button[formaction$='/FR/follow-up/']").click()
    assert page.url.endswith("/fr/FR/follow-up/")
    assert page.locator("input[type=hidden][name=full_name]").get_attribute("value") == (
        "Ada Lovelace"
    )
    fill_follow_up(page)
    page.locator("button.button[type=submit]").last.click()

    with page.expect_download() as info:
        page.locator("a[href*='/follow-up/reminder.ics?sent=2026-10-01']").click()
    calendar = Path(info.value.path()).read_text()
    assert "DTSTART;VALUE=DATE:20261102" in calendar and "Ada" not in calendar

    with page.expect_download() as info:
        page.locator("button[name=authority][value=FR]").click()
    complaint = pdf_text(Path(info.value.path()).read_bytes())
    assert "Commission nationale de l'informatique et des libertés (CNIL)" in complaint
    assert "CASE-118842" in complaint and "art. 77 du RGPD" in complaint

    field = page.locator("#paste-FR-complaint")
    page.locator('button[data-copy="paste-FR-complaint"]').click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == field.input_value() and "CASE-118842" in copied
    page.context.close()


def test_swedish_member_walks_to_a_swedish_letter(browser, site):
    page = new_page(browser)
    page.goto(f"{site}/sv/")
    page.locator("#id_region").select_option("SE")
    page.locator("main button[type=submit]").click()
    page.wait_for_url("**/sv/SE/")
    assert page.get_by_role("heading", level=1).inner_text() == "Vad som ändras för dig i Sverige"
    page.locator("main a.button[href$='/SE/details/']").first.click()
    fill_details(page, letter_language=None)  # the letters' language follows the site's
    page.locator("button.button[type=submit]").last.click()
    text = download(page, "objection")
    assert "Invändning mot behandlingen av mina personuppgifter" in text
    assert "artikel 21.1 i dataskyddsförordningen" in text
    assert "Integritetsskyddsmyndigheten" in text
    page.context.close()


def test_explanation_prints_without_navigation(browser, site):
    page = new_page(browser)
    page.goto(f"{site}/en/GB/")
    page.emulate_media(media="print")
    assert not page.locator(".languages").is_visible()
    assert not page.locator(".steps").is_visible()
    assert page.get_by_role("heading", level=1).is_visible()
    page.context.close()
