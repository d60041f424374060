import pytest

from objection.letters import build_letter, filename, render_html, render_pdf
from tests.helpers import TODAY, make_answers, pdf_reader, pdf_text

IRELAND = (
    "LinkedIn Ireland Unlimited Company",
    "Wilton Plaza",
    "Wilton Place",
    "Dublin 2",
    "IRELAND",
)
CORPORATION = (
    "LinkedIn Corporation",
    "1000 West Maude Avenue",
    "Sunnyvale, CA 94085",
    "UNITED STATES",
)

# One region of each law family; expected facts written out from facts.md section 4.
# Letters are dated 31 January 2026 (tests.helpers.TODAY).
EXPECTED = {
    "FR": {
        "controller": IRELAND,
        "objection": ["Art. 21(1) GDPR", "Art. 21(2) and (3) GDPR", "Art. 18(1)(d) GDPR",
                      "Art. 6(1)(f) GDPR", "Art. 15 GDPR"],
        "erasure": ["Art. 17(1)(c) GDPR", "Art. 17(1)(d) GDPR", "Art. 17(2) GDPR",
                    "Art. 19 GDPR", "Art. 18(1)(d) GDPR"],
        "closing": ["Art. 12(3) GDPR", "Art. 77 GDPR", "Data Protection Commission (Ireland)"],
        "reply_by": "February 28, 2026",
        "size": (595, 842),
    },
    "GB": {
        "controller": CORPORATION,
        "objection": ["Art. 21(1) UK GDPR", "Art. 21(2) and (3) UK GDPR", "Art. 18(1)(d) UK GDPR",
                      "Art. 3(2) UK GDPR", "Microsoft's own AI models"],
        "erasure": ["Art. 17(1)(c) UK GDPR", "Art. 19 UK GDPR"],
        "closing": ["Art. 12(3) UK GDPR", "Information Commissioner's Office (ICO)"],
        "reply_by": "February 28, 2026",
        "size": (595, 842),
    },
    "CH": {
        "controller": IRELAND,
        "objection": ["Art. 30(2)(b) FADP", "Art. 31 FADP", "Art. 3(1) GDPR", "Art. 21 GDPR",
                      "Art. 25 FADP"],
        "erasure": ["Art. 32(2) FADP", "Art. 17 GDPR"],
        "closing": ["Art. 25(7) FADP", "Federal Data Protection and Information Commissioner"],
        "reply_by": "March 2, 2026",
        "size": (595, 842),
    },
    "CA-QC": {
        "controller": CORPORATION,
        "objection": ["PIPEDA, Schedule 1, Principle 4.3.8", "PIPEDA, Schedule 1, Principle 4.5",
                      "s. 27, Quebec Private Sector Act (CQLR, c. P-39.1)"],
        "erasure": ["PIPEDA, Schedule 1, Principle 4.5.3",
                    "s. 28, Quebec Private Sector Act (CQLR, c. P-39.1)"],
        "closing": ["PIPEDA, s. 8(3) to (5)", "s. 32, Quebec Private Sector Act",
                    "Commission d'accès à l'information du Québec (CAI)",
                    "Office of the Privacy Commissioner of Canada (OPC)"],
        "reply_by": "March 2, 2026",
        "size": (612, 792),
    },
    "CA-ON": {
        "controller": CORPORATION,
        "objection": ["PIPEDA, Schedule 1, Principle 4.3.8", "PIPEDA, Schedule 1, Principle 4.3",
                      "PIPEDA, Schedule 1, Principle 4.9"],
        "erasure": ["PIPEDA, Schedule 1, Principle 4.5.3"],
        "closing": ["PIPEDA, s. 8(3) to (5)", "Office of the Privacy Commissioner of Canada (OPC)"],
        "reply_by": "March 2, 2026",
        "size": (612, 792),
    },
    "HK": {
        "controller": CORPORATION,
        "objection": ["DPP3, Schedule 1, PDPO", "DPP1, Schedule 1, PDPO", "s. 35G PDPO",
                      "s. 18 PDPO"],
        "erasure": ["s. 26 PDPO", "DPP2(2), Schedule 1, PDPO"],
        "closing": ["s. 19 PDPO", "40 days", "Privacy Commissioner for Personal Data (PCPD)"],
        "reply_by": "March 12, 2026",
        "size": (595, 842),
    },
    "US-CA": {
        "controller": CORPORATION,
        "objection": ["Cal. Civ. Code § 1798.120", "Cal. Civ. Code § 1798.135",
                      "Cal. Code Regs. tit. 11, §§ 7025–7026"],
        "erasure": ["Cal. Civ. Code § 1798.105"],
        "closing": ["45 days", "15 business days", "California Privacy Protection Agency",
                    "Attorney General of California"],
        "reply_by": "March 17, 2026",
        "size": (612, 792),
    },
    "US-VA": {
        "controller": CORPORATION,
        "objection": ["Va. Code § 59.1-577", "targeted advertising"],
        "erasure": ["Va. Code § 59.1-577"],
        "closing": ["45 days", "appeal", "Attorney General of Virginia"],
        "reply_by": "March 17, 2026",
        "size": (612, 792),
    },
    "US-AL": {
        "controller": CORPORATION,
        "objection": ["LinkedIn Privacy Policy and US State Privacy Notice",
                      "may not have a comprehensive privacy law"],
        "erasure": ["LinkedIn Privacy Policy and US State Privacy Notice"],
        "closing": ["45 days", "the Attorney General of the state"],
        "reply_by": "March 17, 2026",
        "size": (612, 792),
    },
}  # fmt: skip

CASES = [(region, kind) for region in EXPECTED for kind in ("objection", "erasure")]


@pytest.fixture(scope="module")
def rendered():
    """Each case's PDF, rendered once for the module."""
    return {
        (region, kind): render_pdf(build_letter(kind, make_answers(region), TODAY))
        for region, kind in CASES
    }


@pytest.mark.parametrize("region,kind", CASES)
def test_letter_names_controller_member_law_and_deadline(rendered, region, kind):
    text = pdf_text(rendered[region, kind])
    expected = EXPECTED[region]
    for line in expected["controller"]:
        assert line in text
    assert "Attn: Data Protection Officer" in text
    for detail in ("Ada Lovelace", "ada@example.org", "https://www.linkedin.com/in/ada-lovelace/"):
        assert detail in text
    for citation in expected[kind] + expected["closing"]:
        assert citation in text, citation
    assert f"by {expected['reply_by']} at the latest" in text
    assert "January 31, 2026" in text


@pytest.mark.parametrize("region,kind", CASES)
def test_paper_size_and_metadata(rendered, region, kind):
    reader = pdf_reader(rendered[region, kind])
    width, height = (round(float(value)) for value in reader.pages[0].mediabox[2:])
    assert (width, height) == EXPECTED[region]["size"]
    assert reader.metadata.title.startswith(("Objection", "Request for erasure"))
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_uk_letter_does_not_go_to_linkedin_ireland(rendered):
    for kind in ("objection", "erasure"):
        assert "LinkedIn Ireland" not in pdf_text(rendered["GB", kind])


def test_eu_letter_is_not_addressed_to_the_corporation(rendered):
    assert "Sunnyvale" not in pdf_text(rendered["FR", "objection"])


def test_each_processing_objected_to_is_named_separately(rendered):
    text = pdf_text(rendered["GB", "objection"])
    for words in (
        "to train, fine-tune or improve AI models that generate content",
        "for other AI models, such as those used for personalisation",
        "with Microsoft for the training of Microsoft's own AI models",
        "for direct marketing, including profiling related to it",
    ):
        assert words in text


def test_only_chosen_processing_is_named():
    answers = make_answers("US-CA", processing=("targeted_ads",))
    text = pdf_text(render_pdf(build_letter("objection", answers, TODAY)))
    assert "to target advertising to me" in text
    assert "Microsoft and other LinkedIn affiliates for their advertising" not in text


def test_us_letters_do_not_claim_an_ai_training_change(rendered):
    text = pdf_text(rendered["US-CA", "objection"])
    assert "Data for Generative AI Improvement" not in text


def test_erasure_keeps_the_account_and_asks_to_tell_microsoft(rendered):
    text = pdf_text(rendered["FR", "erasure"])
    assert "does not ask you to close my account" in text
    assert "including Microsoft" in text


def test_toggle_date_and_future_only_effect_are_stated():
    answers = make_answers("FR", toggle_off_date=TODAY.replace(day=2))
    text = pdf_text(render_pdf(build_letter("objection", answers, TODAY)))
    assert "on January 2, 2026" in text
    assert "only stops future training" in text


def test_particular_situation_appears_under_article_21_1():
    answers = make_answers(
        "FR", grounds=("sensitive",), grounds_text="I write about my <b>health</b>."
    )
    text = pdf_text(render_pdf(build_letter("objection", answers, TODAY)))
    assert "Grounds relating to my particular situation (Art. 21(1) GDPR)" in text
    assert "reveal sensitive matters" in text
    assert "I write about my <b>health</b>." in text


def test_member_text_is_escaped_in_the_html():
    answers = make_answers(grounds_text='<img src="http://127.0.0.1:9/x">')
    html = render_html(build_letter("objection", answers, TODAY))
    assert "<img" not in html
    assert "&lt;img" in html


def test_recipient_block_sits_in_the_window_envelope_zone(rendered):
    """DIN 5008 form B window: 20 mm from the left, 45-90 mm from the top of an A4 page."""
    page = pdf_reader(rendered["FR", "objection"]).pages[0]
    positions = []

    def visitor(text, cm, tm, font_dict, font_size):
        if "LinkedIn Ireland Unlimited Company" in text:
            # Text space to page space: the text matrix times the current matrix.
            positions.append(
                (
                    tm[4] * cm[0] + tm[5] * cm[2] + cm[4],
                    tm[4] * cm[1] + tm[5] * cm[3] + cm[5],
                )
            )

    page.extract_text(visitor_text=visitor)
    x, y = positions[0]
    mm = 72 / 25.4
    assert 20 * mm - 1 <= x <= 30 * mm
    assert 45 * mm <= 842 - y <= 90 * mm


def test_postal_address_is_optional():
    answers = make_answers(address="")
    text = pdf_text(render_pdf(build_letter("erasure", answers, TODAY)))
    assert "Ada Lovelace" in text
    assert "Rue de la Paix" not in text


def test_filename_holds_no_personal_data():
    letter = build_letter("erasure", make_answers("GB"), TODAY)
    assert filename(letter) == "erasure-GB-2026-01-31.pdf"
