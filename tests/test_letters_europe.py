"""European letters as a data-protection lawyer reads them (facts.md 6.2-6.4, authorities.md).

Expectations are written out by hand from the fact sheets; letters are in English unless a
test says otherwise, dated 31 January 2026 (tests.helpers.TODAY) or on the day a test names.
"""

import datetime

import pytest

from objection.letters import build_letter, kinds_for, render_pdf
from tests.helpers import TODAY, make_answers, pdf_text

# The member's own supervisory authority: name and first address line (authorities.md).
OWN_AUTHORITY = {
    "FR": ("National Commission on Informatics and Liberty (CNIL)", "3 Place de Fontenoy"),
    "IT": ("Italian Data Protection Authority (GPDP)", "Piazza Venezia 11"),
    "ES": ("Spanish Data Protection Agency (AEPD)", "C/ Jorge Juan 6"),
    "NL": ("Dutch Data Protection Authority (AP)", "Postbus 93374"),
    "PL": ("Personal Data Protection Office (UODO)", "ul. Stawki 2"),
    "PT": ("National Data Protection Commission (CNPD)", "Av. D. Carlos I, 134 - 1.º"),
    "AT": ("Austrian Data Protection Authority (DSB)", "Barichgasse 40-42"),
    "BE": ("Data Protection Authority (APD / GBA)", "Rue de la Presse 35"),
    "SE": ("Swedish Authority for Privacy Protection (IMY)", "Box 8114"),
    "NO": ("Norwegian Data Protection Authority", "Postboks 458 Sentrum"),
}
LAENDER = {
    "DE-BW": "70025 Stuttgart", "DE-BY": "91504 Ansbach", "DE-BE": "10555 Berlin",
    "DE-BB": "14532 Kleinmachnow", "DE-HB": "27570 Bremerhaven", "DE-HH": "20459 Hamburg",
    "DE-HE": "65021 Wiesbaden", "DE-MV": "19053 Schwerin", "DE-NI": "30002 Hannover",
    "DE-NW": "40213 Düsseldorf", "DE-RP": "55020 Mainz", "DE-SL": "66111 Saarbrücken",
    "DE-SN": "01330 Dresden", "DE-ST": "39009 Magdeburg", "DE-SH": "24171 Kiel",
    "DE-TH": "99107 Erfurt",
}  # fmt: skip
DPC = ("Data Protection Commission (DPC)", "21 Fitzwilliam Square South", "D02 RD28")

GDPR_OBJECTION = [
    "Re: Objection to the processing of my personal data",
    "Art. 21(1) GDPR; Art. 21(2) and (3) GDPR; Art. 18(1)(d) GDPR",
    "legitimate interests (Art. 6(1)(f) GDPR)",
    "Hiring Assistant, the AI that summarises for recruiters",
    "to show me personalised ads",
    "Until you have verified whether your legitimate grounds override mine",
    "a copy of my personal data (Art. 15(3))",
    "including each Microsoft entity (Art. 15(1)(c))",
    "(Art. 15(1)(h))",
    "Under Art. 5(2) GDPR and Art. 21(1) GDPR, please give me the legitimate-interest assessment",
    "Opinion 28/2024",
]
GDPR_ERASURE = [
    "Art. 17(1)(c) GDPR; Art. 17(1)(d) GDPR; Art. 18(1)(d) GDPR; Art. 18(1)(b) GDPR; "
    "Art. 17(2) GDPR; Art. 19 GDPR",
    "where I object under Art. 21(1) GDPR and there are no overriding legitimate grounds",
    "where I object to its processing for direct marketing under Art. 21(2) GDPR,",
    "conditions under which Art. 9 GDPR allows",
    "C-252/21",
    "Insofar as you process such data about me",
    "Art. 17(1)(d) GDPR requires you to erase that data",
    "in the alternative, to restrict their processing (Art. 18(1)(b) GDPR)",
    "including Microsoft, of my request (Art. 17(2) GDPR)",
    "(Art. 19 GDPR)",
]
GDPR_CLOSING = [
    "Under Art. 12(3) GDPR you must act on my requests without undue delay",
    "within one month of receiving this letter",
    "ends on the next working day",
    "(Art. 12(4) GDPR)",
    "(Art. 77 GDPR)",
    "(Art. 79 GDPR)",
    "(Art. 82 GDPR)",
    "I ask you to confirm in writing by 2 March 2026 what you have done",  # 28 Feb: Saturday
    "31 January 2026",
]
WITH_GROUNDS = {"grounds": ("before_notice",)}


def letter_text(kind, region="FR", day=TODAY, **answers):
    return pdf_text(render_pdf(build_letter(kind, make_answers(region, **answers), day)))


@pytest.fixture(scope="module")
def eu_letters():
    return {
        (region, kind): letter_text(kind, region, **WITH_GROUNDS)
        for region in [*OWN_AUTHORITY, "IE"]
        for kind in ("objection", "erasure")
    }


@pytest.mark.parametrize("region", [*OWN_AUTHORITY, "IE"])
@pytest.mark.parametrize("kind", ["objection", "erasure"])
def test_eu_letter_cites_the_gdpr_and_names_the_members_authority(eu_letters, region, kind):
    text = eu_letters[region, kind]
    expected = GDPR_OBJECTION if kind == "objection" else GDPR_ERASURE
    for words in expected + GDPR_CLOSING:
        assert words in text, words
    assert "LinkedIn Ireland Unlimited Company" in text
    for words in DPC:
        assert words in text
    if region == "IE":
        assert "which is also your lead supervisory authority" in text
    else:
        name, street = OWN_AUTHORITY[region]
        assert name in text and street in text
        assert text.index(name) < text.index(DPC[0])
        assert "the Irish Data Protection Commission, your lead supervisory authority" in text
    assert "Legal basis" not in text and "opt-out" not in text and "opting out" not in text


@pytest.mark.parametrize("land,place", LAENDER.items())
def test_german_letters_name_the_land_authority(land, place):
    text = letter_text("objection", "DE", subdivision=land, **WITH_GROUNDS)
    assert place in text
    assert "Deutschland" in text
    assert "53117 Bonn" not in text  # the federal BfDI is not competent for LinkedIn


def test_bavaria_is_the_private_sector_office_in_ansbach():
    text = letter_text("erasure", "DE", subdivision="DE-BY", **WITH_GROUNDS)
    assert "Bavarian State Office for Data Protection Supervision (BayLDA)" in text
    assert "91504 Ansbach" in text
    assert "München" not in text


def test_objection_without_particular_part_states_only_article_21_2():
    text = letter_text("objection", processing=("personalised_ads", "direct_marketing"))
    assert (
        "Re: Objection to the processing of my personal data Art. 21(2) and (3) GDPR Dear" in text
    )
    assert "Art. 21(1) GDPR" not in text
    assert "Art. 18(1)(d) GDPR" not in text
    assert "This objection needs no reasons" in text
    assert "Data for Generative AI Improvement" not in text


def test_objection_names_exactly_the_processings_ticked():
    text = letter_text("objection", processing=("hiring_assistant",), **WITH_GROUNDS)
    assert "Hiring Assistant" in text
    for absent in ("AI models that generate content", "personalised ads", "direct marketing,",
                   "content classification", "Data for Generative AI Improvement"):  # fmt: skip
        assert absent not in text
    assert "Art. 21(2) and (3) GDPR" not in text


def test_other_ai_is_objected_to_only_when_ticked():
    assert "content classification" not in letter_text("objection", **WITH_GROUNDS)
    ticked = make_answers("FR").processing + ("other_ai",)
    assert "content classification, trust and safety" in letter_text(
        "objection", processing=ticked, **WITH_GROUNDS
    )


def test_grounds_appear_under_article_21_1_and_in_the_erasure():
    objection = letter_text("objection", grounds=("third_parties",), grounds_text="I am a nurse.")
    assert "My particular situation" in objection
    assert "clients, patients, sources or colleagues" in objection
    assert "I am a nurse." in objection
    erasure = letter_text("erasure", grounds=("reliance",))
    assert "Grounds relating to my particular situation (Art. 21(1) GDPR)" in erasure
    assert "leaving the service is no fair choice" in erasure


def test_deadline_on_a_weekend_is_stated_as_a_rule():
    # 28 March 2026 + one month = 28 April (Tuesday); the letter states the rule in words.
    text = letter_text("objection", day=datetime.date(2026, 3, 28), **WITH_GROUNDS)
    assert "by 28 April 2026 what you have done" in text
    assert "ends on the next working day" in text


# --- United Kingdom (facts.md 6.2) -----------------------------------------------------

UK_DAYS = {
    "before_art12a": datetime.date(2026, 1, 31),
    "art12a": datetime.date(2026, 3, 2),
    "controller_complaint": datetime.date(2026, 7, 1),
}


@pytest.fixture(scope="module")
def uk_letters():
    return {
        (period, kind): letter_text(kind, "GB", day=day, **WITH_GROUNDS)
        for period, day in UK_DAYS.items()
        for kind in ("objection", "erasure")
    }


@pytest.mark.parametrize("period", UK_DAYS)
@pytest.mark.parametrize("kind", ["objection", "erasure"])
def test_uk_letters_follow_the_data_use_and_access_act(uk_letters, period, kind):
    text = uk_letters[period, kind]
    assert "LinkedIn Corporation" in text and "LinkedIn Ireland" not in text
    assert "Information Commissioner's Office (ICO)" in text
    assert "(https://ico.org.uk/)" in text
    assert "Wycliffe House" not in text  # the office may have moved: not printed until confirmed
    assert "where I live or work" not in text and "Data Protection Commission" not in text
    assert "Art. 79 UK GDPR" in text and "Art. 82 UK GDPR" in text
    if kind == "objection":
        assert "Art. 3(2)(a) and (b) UK GDPR" in text
        assert "Art. 21(1) UK GDPR; Art. 21(2) and (3) UK GDPR; Art. 18(1)(d) UK GDPR" in text
    else:
        assert "Art. 17(1)(c) UK GDPR" in text and "Art. 19 UK GDPR" in text
    if period == "before_art12a":
        assert "Under Art. 12(3) UK GDPR" in text and "Art. 12A" not in text
    else:
        assert "Under Art. 12A UK GDPR" in text and "Art. 12(3) UK GDPR" not in text
        assert "pauses only while you wait for information" in text
    if period == "controller_complaint":
        assert "also a complaint to you under s. 164A DPA 2018: in my view" in text
        assert "acknowledge it within 30 days" in text
        assert "Information Commissioner (s. 165 DPA 2018)" in text
        assert "Art. 77 UK GDPR" not in text
    else:
        assert "s. 164A" not in text
        assert "Information Commissioner (Art. 77 UK GDPR)" in text


def test_uk_microsoft_objection_asks_linkedin_to_stop_and_forward():
    text = letter_text("objection", "GB", **WITH_GROUNDS)
    assert "with Microsoft for the training of Microsoft's own AI models" not in text
    assert "to Microsoft for the training of Microsoft's own AI models" in text
    assert "please stop this disclosure, and forward this objection to Microsoft" in text


def test_uk_member_gets_a_parallel_letter_to_microsoft_only_when_ticked():
    answers = make_answers("GB", **WITH_GROUNDS)
    assert [kind.key for kind in kinds_for(answers)] == ["objection", "erasure", "microsoft"]
    text = pdf_text(render_pdf(build_letter("microsoft", answers, TODAY)))
    assert "Microsoft Corporation" in text
    assert "One Microsoft Way" in text and "Redmond, WA 98052" in text
    assert "Art. 21(1) UK GDPR" in text and "Art. 17(1)(c) UK GDPR" in text
    assert "LinkedIn Corporation says that it discloses" in text
    assert "dates from before LinkedIn announced" in text
    without = make_answers("GB", processing=("ai_training",), **WITH_GROUNDS)
    assert [kind.key for kind in kinds_for(without)] == ["objection", "erasure"]


# --- Switzerland (facts.md 6.4) ----------------------------------------------------------


def test_swiss_objection_prohibits_expressly_and_names_the_fdpic_for_a_report():
    text = letter_text("objection", "CH")
    assert "LinkedIn Ireland Unlimited Company" in text
    assert (
        "Art. 30 para. 2 let. b FADP; Art. 30 para. 3 FADP; Art. 31 FADP; Art. 21(2) and (3) GDPR"
        in text
    )
    assert (
        "I hereby expressly prohibit its processing for these purposes (Art. 30 para. 3 FADP)"
        in text
    )
    assert (
        "report the matter to the Federal Data Protection and Information Commissioner (Art. 49 FADP)"
        in text
    )
    assert "(https://www.edoeb.admin.ch/)" in text and "Feldeggweg" not in text  # unconfirmed
    assert (
        "civil action" in text
        and "(Art. 32 para. 2 FADP, Art. 28 et seq. Swiss Civil Code)" in text
    )
    assert "Irish Data Protection Commission (Art. 77 GDPR)" in text
    assert "Under Art. 25 FADP, please also tell me" in text
    assert "Art. 25 para. 7 FADP" in text and "(Art. 18 Data Protection Ordinance)" in text
    # Without grounds, no Art. 21(1) GDPR objection is claimed.
    assert "Art. 21(1) GDPR" not in text


def test_swiss_objection_with_grounds_adds_article_21_1_gdpr():
    text = letter_text("objection", "CH", **WITH_GROUNDS)
    assert "For the other purposes, it is also my objection under Art. 21(1) GDPR" in text
    assert "dates from before LinkedIn announced" in text


def test_swiss_erasure_rests_on_the_fadp_principles():
    text = letter_text("erasure", "CH")
    assert (
        "Art. 30 para. 2 let. b FADP; Art. 31 FADP; Art. 6 paras 2 to 4 FADP; Art. 32 para. 2 FADP; Art. 17(1)(c) GDPR"
        in text
    )
    assert (
        "proportionality (Art. 6 para. 2 FADP) and purpose limitation (Art. 6 para. 3 FADP)" in text
    )
    assert "destroyed or anonymised (Art. 6 para. 4 FADP)" in text
    assert "sensitive personal data (Art. 5 let. c FADP)" in text
    assert "would have to be express (Art. 6 para. 7 let. a FADP)" in text
    assert "Art. 25 para. 7" not in text  # no access request in the erasure


@pytest.mark.parametrize(
    "language,words",
    [
        ("de-ch", ["Art. 30 Abs. 2 Bst. b DSG", "Art. 30 Abs. 3 DSG", "Personendaten",
                   "Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter", "Anzeige"]),
        ("fr", ["art. 30, al. 2, let. b, LPD", "LPD", "interdi",
                "Préposé fédéral à la protection des données et à la transparence"]),
        ("it", ["art. 30 cpv. 2 lett. b LPD", "LPD", "vieto espressamente"]),
    ],
)  # fmt: skip
def test_swiss_letters_use_swiss_legal_vocabulary(language, words):
    text = letter_text("objection", "CH", letter_language=language)
    for word in words:
        assert word in text, word
    if language == "de-ch":
        assert "ß" not in text.replace("Strauß", "")
        assert "personenbezogen" not in text
