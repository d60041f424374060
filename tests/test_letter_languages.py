"""Letters in each offered language: the translated opening, the citations, Babel's dates."""

import pytest
from django.conf import settings

from objection.letters import build_letter, render_pdf
from tests.helpers import TODAY, make_answers, pdf_reader, pdf_text
from tests.test_letter_languages_eu import LANGUAGES as EU_LANGUAGES

# Written out by hand from the official language versions of the GDPR, PIPEDA and the PDPO;
# letters are dated 31 January 2026 (tests.helpers.TODAY).
EXPECTED = {
    ("fr", "FR"): {
        "objection": ["Opposition au traitement de mes données personnelles", "Madame, Monsieur,",
                      "art. 21, par. 1, du RGPD", "art. 18, par. 1, point d), du RGPD"],
        "erasure": ["Demande d'effacement de mes données personnelles",
                    "art. 17, par. 1, point c), du RGPD", "art. 19 du RGPD"],
        "dates": ["31 janvier 2026", "2 mars 2026"],
        "country": "IRLANDE",
    },
    ("fr-ca", "CA-QC"): {
        "objection": ["LPRPDE, annexe 1, art. 4.3.8", "Commission d'accès à l'information du Québec",
                      "art. 12 de la Loi sur le privé", "renseignements personnels"],
        "erasure": ["art. 23 de la Loi sur le privé", "art. 40 du Code civil du Québec"],
        "dates": ["31 janvier 2026", "2 mars 2026"],
        "country": "ÉTATS-UNIS",
    },
    ("de", "DE"): {
        "objection": ["Widerspruch gegen die Verarbeitung meiner personenbezogenen Daten",
                      "Sehr geehrte Damen und Herren,", "Art. 21 Abs. 1 DSGVO"],
        "erasure": ["Art. 17 Abs. 1 Buchst. c DSGVO"],
        "dates": ["31. Januar 2026", "2. März 2026"],
        "country": "IRLAND",
    },
    ("it", "IT"): {
        "objection": ["art. 21, par. 1, del RGPD", "art. 21, par. 2 e 3, del RGPD",
                      "art. 18, par. 1, lett. d), del RGPD", "Gentile Responsabile della protezione dei dati,"],
        "erasure": ["art. 17, par. 1, lett. c), del RGPD", "art. 17, par. 2, del RGPD", "art. 19 del RGPD"],
        "dates": ["31 gennaio 2026", "2 marzo 2026"],
        "country": "IRLANDA",
    },
    ("es", "ES"): {
        "objection": ["Oposición al tratamiento de mis datos personales",
                      "Estimado/a delegado/a de protección de datos:", "art. 21, apartado 1, del RGPD",
                      "art. 21, apartados 2 y 3, del RGPD", "art. 18, apartado 1, letra d), del RGPD"],
        "erasure": ["Solicitud de supresión de mis datos personales",
                    "art. 17, apartado 1, letra c), del RGPD", "art. 19 del RGPD"],
        "dates": ["31 de enero de 2026", "2 de marzo de 2026"],
        "country": "IRLANDA",
    },
    ("nl", "NL"): {
        "objection": ["Bezwaar tegen de verwerking van mijn persoonsgegevens",
                      "Geachte functionaris voor gegevensbescherming,", "art. 21, lid 1, AVG",
                      "art. 21, leden 2 en 3, AVG", "art. 18, lid 1, onder d), AVG"],
        "erasure": ["Verzoek om wissing van mijn persoonsgegevens", "art. 17, lid 1, onder c), AVG",
                    "art. 19 AVG"],
        "dates": ["31 januari 2026", "2 maart 2026"],
        "country": "IERLAND",
    },
    ("pt", "PT"): {
        "objection": ["Oposição ao tratamento dos meus dados pessoais", "artigo 21.º, n.º 1, do RGPD",
                      "artigo 21.º, n.ºs 2 e 3, do RGPD", "artigo 18.º, n.º 1, alínea d), do RGPD"],
        "erasure": ["Pedido de apagamento dos meus dados pessoais",
                    "artigo 17.º, n.º 1, alínea c), do RGPD", "artigo 19.º do RGPD"],
        "dates": ["31 de janeiro de 2026", "2 de março de 2026"],
        "country": "IRLANDA",
    },
    ("pl", "PL"): {
        "objection": ["Szanowni Państwo,", "art. 21 ust. 1 RODO", "art. 21 ust. 2 i 3 RODO",
                      "art. 18 ust. 1 lit. d RODO"],
        "erasure": ["art. 17 ust. 1 lit. c RODO", "art. 17 ust. 2 RODO", "art. 19 RODO"],
        "dates": ["31 stycznia 2026", "2 marca 2026"],
        "country": "IRLANDIA",
    },
    ("zh-hant", "HK"): {
        "objection": ["拒絕給予及撤回使用本人個人資料的同意", "敬啟者：", "《個人資料(私隱)條例》附表1保障資料第3原則",
                      "《個人資料(私隱)條例》第35G條"],
        "erasure": ["要求刪除本人的個人資料", "《個人資料(私隱)條例》第26條",
                    "《個人資料(私隱)條例》附表1保障資料第2(2)原則"],
        "dates": ["2026年1月31日", "2026年3月12日"],
        "country": "美國",
    },
}  # fmt: skip
PDF_LANG = {"zh-hant": "zh-Hant-HK", "fr-ca": "fr-CA"}


@pytest.mark.parametrize("language,region", EXPECTED)
@pytest.mark.parametrize("kind", ["objection", "erasure"])
def test_letter_in_language(language, region, kind):
    answers = make_answers(region, letter_language=language)
    pdf = render_pdf(build_letter(kind, answers, TODAY))
    text = pdf_text(pdf)
    if language.startswith("zh"):  # Chinese has no spaces; a line break is no word break
        text = text.replace(" ", "")
    expected = EXPECTED[language, region]
    for words in [*expected[kind], *expected["dates"], expected["country"]]:
        assert words in text, words
    assert "Dear Data Protection Officer" not in text
    assert pdf_reader(pdf).trailer["/Root"]["/Lang"] == PDF_LANG.get(language, language)


def test_every_offered_language_has_letter_expectations():
    offered = set(dict(settings.LETTER_LANGUAGES)) - {"en", "de-ch"}  # de-ch: tested below
    assert {language for language, _ in EXPECTED} | set(EU_LANGUAGES) == offered


@pytest.mark.parametrize(
    "kind,words",
    [("objection", "Gemäss Art. 25 DSG"), ("erasure", "Art. 32 Abs. 2 DSG, Art. 28 ff. ZGB")],
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
