"""Letters in each offered language: the translated opening, the citations, Babel's dates."""

import pytest
from django.conf import settings

from objection.letters import build_letter, render_pdf
from tests.helpers import TODAY, make_answers, pdf_reader, pdf_text

# Written out by hand from the official language versions of the GDPR and PIPEDA.
EXPECTED = {
    ("fr", "FR"): {
        "objection": ["Opposition au traitement de mes données personnelles", "Madame, Monsieur,",
                      "art. 21, par. 1, du RGPD", "art. 18, par. 1, point d), du RGPD"],
        "erasure": ["Demande d'effacement de mes données personnelles",
                    "art. 17, par. 1, point c), du RGPD", "art. 19 du RGPD"],
        "dates": ["31 janvier 2026", "28 février 2026"],
    },
    ("fr", "CA-QC"): {
        "objection": ["LPRPDE, annexe 1, principe 4.3.8", "Commission d'accès à l'information du Québec"],
        "erasure": ["LPRPDE, annexe 1, principe 4.5.3", "art. 28, Loi sur la protection"],
        "dates": ["31 janvier 2026", "2 mars 2026"],
    },
    ("de", "DE"): {
        "objection": ["Widerspruch gegen die Verarbeitung meiner personenbezogenen Daten",
                      "Sehr geehrte Damen und Herren,", "Art. 21 Abs. 1 DSGVO"],
        "erasure": ["Art. 17 Abs. 1 Buchst. c DSGVO"],
        "dates": ["31. Januar 2026", "28. Februar 2026"],
    },
}  # fmt: skip


@pytest.mark.parametrize("language,region", EXPECTED)
@pytest.mark.parametrize("kind", ["objection", "erasure"])
def test_letter_in_language(language, region, kind):
    answers = make_answers(region, letter_language=language)
    pdf = render_pdf(build_letter(kind, answers, TODAY))
    text = pdf_text(pdf)
    for words in EXPECTED[language, region][kind] + EXPECTED[language, region]["dates"]:
        assert words in text, words
    assert "Dear Data Protection Officer" not in text
    assert pdf_reader(pdf).trailer["/Root"]["/Lang"] == language


def test_every_offered_language_has_letter_expectations():
    assert {language for language, _ in EXPECTED} == set(dict(settings.LANGUAGES)) - {"en"}


@pytest.mark.parametrize(
    "kind,words", [("objection", "Gemäss Art. 25 DSG"), ("erasure", "Gemäss Art. 32 Abs. 2 DSG")]
)
def test_swiss_letters_write_ss_but_keep_the_members_own_spelling(kind, words):
    answers = make_answers("CH", letter_language="de-ch", full_name="Hans Strauß")
    pdf = render_pdf(build_letter(kind, answers, TODAY))
    text = pdf_text(pdf)
    assert "Mit freundlichen Grüssen" in text
    assert words in text
    assert "2. März 2026" in text
    assert text.count("ß") == text.count("Strauß") > 0
    assert pdf_reader(pdf).trailer["/Root"]["/Lang"] == "de-CH"
