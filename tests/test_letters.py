import pytest

from objection.letters import build_letter, filename, render_html, render_pdf
from tests.helpers import TODAY, make_answers, pdf_reader, pdf_text

# One region of each law family, with the paper it is printed on (facts.md section 4).
PAPER = {"FR": (595, 842), "GB": (595, 842), "CH": (595, 842), "CA-QC": (612, 792),
         "CA-ON": (612, 792), "HK": (595, 842), "US-CA": (612, 792), "US-VA": (612, 792),
         "US-AL": (612, 792)}  # fmt: skip
GROUNDS = {"FR": ("reliance",), "GB": ("reliance",)}
CASES = [(region, kind) for region in PAPER for kind in ("objection", "erasure")]


def answers_for(region, **overrides):
    extra = {"joined": "before"} if region == "HK" else {}
    return make_answers(region, grounds=GROUNDS.get(region, ()), **extra, **overrides)


@pytest.fixture(scope="module")
def rendered():
    """Each case's PDF, rendered once for the module."""
    return {
        (region, kind): render_pdf(build_letter(kind, answers_for(region), TODAY))
        for region, kind in CASES
    }


@pytest.mark.parametrize("region,kind", CASES)
def test_letter_identifies_the_member_and_is_dated(rendered, region, kind):
    text = pdf_text(rendered[region, kind])
    for detail in ("Ada Lovelace", "ada@example.org", "https://www.linkedin.com/in/ada-lovelace/"):
        assert detail in text
    assert ("January 31, 2026" if region.startswith("US") else "31 January 2026") in text
    # The letterhead first, then the date right above the subject.
    assert text.startswith("Ada Lovelace")
    assert "January 31, 2026 Re: " in text or "31 January 2026 Re: " in text


@pytest.mark.parametrize("region,kind", CASES)
def test_paper_size_and_metadata(rendered, region, kind):
    reader = pdf_reader(rendered[region, kind])
    width, height = (round(float(value)) for value in reader.pages[0].mediabox[2:])
    assert (width, height) == PAPER[region]
    assert reader.metadata.title.startswith(("Objection", "Request", "Withdrawal", "Refusal"))
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_uk_letter_does_not_go_to_linkedin_ireland(rendered):
    for kind in ("objection", "erasure"):
        assert "LinkedIn Ireland" not in pdf_text(rendered["GB", kind])


def test_eu_letter_is_not_addressed_to_the_corporation(rendered):
    assert "Sunnyvale" not in pdf_text(rendered["FR", "objection"])


def test_each_processing_objected_to_is_named_separately(rendered):
    text = pdf_text(rendered["GB", "objection"])
    for words in (
        "the training of AI models that generate content with my data",
        "Hiring Assistant, the AI that summarises for recruiters",
        "to Microsoft for the training of Microsoft's own AI models",
        "to show me personalised ads",
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
    answers = answers_for("FR", toggle_off_date=TODAY.replace(day=2))
    text = pdf_text(render_pdf(build_letter("objection", answers, TODAY)))
    assert "on 2 January 2026" in text
    assert "only stops future training" in text


def test_member_text_is_escaped_in_the_html():
    answers = answers_for("FR", grounds_text='<img src="http://127.0.0.1:9/x">')
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
    answers = answers_for("FR", address="")
    text = pdf_text(render_pdf(build_letter("erasure", answers, TODAY)))
    assert "Ada Lovelace" in text
    assert "Rue de la Paix" not in text


def test_filename_holds_no_personal_data():
    letter = build_letter("erasure", make_answers("GB"), TODAY)
    assert filename(letter) == "erasure-GB-2026-01-31.pdf"
