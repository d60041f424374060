"""North American and Hong Kong letters as a local lawyer reads them (facts.md 6.1, 6.5-6.7).

Every expectation is written out by hand from the fact sheets; letters are dated
31 January 2026 (tests.helpers.TODAY).
"""

import pytest

from objection.letters import build_letter, render_pdf
from objection.us_states import STATES
from tests.helpers import TODAY, make_answers, pdf_text

# state: (law, short cite, deletion section, opt-out section, reply days, extension days)
US_STATE_LAWS = {
    "US-VA": ("Virginia Consumer Data Protection Act", "Va. Code § 59.1-575 ff.",
              "Va. Code § 59.1-577(A)(3)", "Va. Code § 59.1-577(A)(5)", 45, 45),
    "US-CO": ("Colorado Privacy Act", "C.R.S. § 6-1-1301 ff.",
              "C.R.S. § 6-1-1306(1)(d)", "C.R.S. § 6-1-1306(1)(a)", 45, 45),
    "US-CT": ("Connecticut Data Privacy Act", "Conn. Gen. Stat. § 42-515 ff.",
              "Conn. Gen. Stat. § 42-518(a)(3)", "Conn. Gen. Stat. § 42-518(a)(5)", 45, 45),
    "US-UT": ("Utah Consumer Privacy Act", "Utah Code § 13-61-101 ff.",
              "Utah Code § 13-61-201(2)", "Utah Code § 13-61-201(4)", 45, 45),
    "US-TX": ("Texas Data Privacy and Security Act", "Tex. Bus. & Com. Code ch. 541",
              "Tex. Bus. & Com. Code § 541.051(b)(3)", "Tex. Bus. & Com. Code § 541.051(b)(5)",
              45, 45),
    "US-OR": ("Oregon Consumer Privacy Act", "ORS 646A.570 ff.",
              "ORS 646A.574(1)(c)", "ORS 646A.574(1)(d)", 45, 45),
    "US-MT": ("Montana Consumer Data Privacy Act", "Mont. Code Ann. § 30-14-2801 ff.",
              "Mont. Code Ann. § 30-14-2808(1)(c)", "Mont. Code Ann. § 30-14-2808(1)(e)", 45, 45),
    "US-FL": ("Florida Digital Bill of Rights", "Fla. Stat. § 501.701 ff.",
              "Fla. Stat. § 501.705(2)(c)", "Fla. Stat. § 501.705(2)(e)", 45, 15),
    "US-IA": ("Iowa Consumer Data Protection Act", "Iowa Code ch. 715D",
              "Iowa Code § 715D.3(1)(b)", "Iowa Code § 715D.3(1)(d)", 90, 45),
    "US-DE": ("Delaware Personal Data Privacy Act", "Del. Code tit. 6, ch. 12D",
              "Del. Code tit. 6, § 12D-104(a)(3)", "Del. Code tit. 6, § 12D-104(a)(6)", 45, 45),
    "US-NE": ("Nebraska Data Privacy Act", "Neb. Rev. Stat. § 87-1101 ff.",
              "Neb. Rev. Stat. § 87-1107", "Neb. Rev. Stat. § 87-1107", 45, 45),
    "US-NH": ("New Hampshire Data Privacy Act", "N.H. RSA ch. 507-H",
              "N.H. RSA 507-H:4, I", "N.H. RSA 507-H:4, I", 45, 45),
    "US-NJ": ("New Jersey Data Privacy Act", "N.J.S.A. 56:8-166.4 ff.",
              "N.J.S.A. 56:8-166.10", "N.J.S.A. 56:8-166.10", 45, 45),
    "US-TN": ("Tennessee Information Protection Act", "Tenn. Code Ann. § 47-18-3301 ff.",
              "Tenn. Code Ann. § 47-18-3304(a)(2)(C)", "Tenn. Code Ann. § 47-18-3304(a)(2)(E)",
              45, 45),
    "US-MN": ("Minnesota Consumer Data Privacy Act", "Minn. Stat. §§ 325M.10-.21",
              "Minn. Stat. § 325M.14", "Minn. Stat. § 325M.14", 45, 45),
    "US-MD": ("Maryland Online Data Privacy Act", "Md. Code, Com. Law § 14-4701 ff.",
              "Md. Code, Com. Law § 14-4705(b)(4)", "Md. Code, Com. Law § 14-4705(b)(7)", 45, 45),
    "US-IN": ("Indiana Consumer Data Protection Act", "Ind. Code art. 24-15",
              "IC 24-15-3-1(b)(3)", "IC 24-15-3-1(b)(5)", 45, 45),
    "US-KY": ("Kentucky Consumer Data Protection Act", "KRS 367.3611 ff.",
              "KRS 367.3615", "KRS 367.3615", 45, 45),
    "US-RI": ("Rhode Island Data Transparency and Privacy Protection Act",
              "R.I. Gen. Laws ch. 6-48.1", "R.I. Gen. Laws § 6-48.1-5",
              "R.I. Gen. Laws § 6-48.1-5", 45, 45),
}  # fmt: skip
ATTORNEY_GENERAL = {code: "Attorney General of " + name for code, name in {
    "US-VA": "Virginia", "US-CO": "Colorado", "US-CT": "Connecticut", "US-UT": "Utah",
    "US-TX": "Texas", "US-OR": "Oregon", "US-MT": "Montana", "US-FL": "Florida",
    "US-IA": "Iowa", "US-DE": "Delaware", "US-NE": "Nebraska", "US-NJ": "New Jersey",
    "US-TN": "Tennessee", "US-MN": "Minnesota", "US-MD": "Maryland", "US-IN": "Indiana",
    "US-KY": "Kentucky", "US-RI": "Rhode Island"}.items()}  # fmt: skip
ATTORNEY_GENERAL["US-NH"] = "New Hampshire Department of Justice"
REPLY_BY = {45: "March 17, 2026", 90: "May 1, 2026"}
IN_REPLY = {"US-TX": "Tex. Bus. & Com. Code § 541.052(b)", "US-TN": "§ 47-18-3304(b)(1)",
            "US-IN": "IC 24-15-3-1(c)(1)", "US-RI": "§ 6-48.1-6(b)(1)",
            "US-VA": "Va. Code § 59.1-577(B)(1)"}  # fmt: skip


def letter_text(kind, region, **answers):
    return pdf_text(render_pdf(build_letter(kind, make_answers(region, **answers), TODAY)))


def test_every_state_with_a_law_in_force_has_one_entry():
    assert set(STATES) == set(US_STATE_LAWS)


@pytest.mark.parametrize("state", US_STATE_LAWS)
@pytest.mark.parametrize("kind", ["objection", "erasure"])
def test_state_letter_cites_its_statute_sections_period_and_attorney_general(state, kind):
    law, cite, delete, opt_out, days, extension = US_STATE_LAWS[state]
    text = letter_text(kind, state, address="")
    assert "LinkedIn Corporation" in text and "Sunnyvale, CA 94085" in text
    assert f"{law} ({cite})" in text
    assert f"Under the {law} ({delete if kind == 'erasure' else opt_out})" in text
    assert f"gives you {days} days from receiving this letter" in text
    assert f"extend once by {extension} days" in text
    assert f"I ask you to confirm in writing by {REPLY_BY[days]} what" in text
    assert "January 31, 2026" in text
    assert ATTORNEY_GENERAL[state] in text
    if state in IN_REPLY:
        assert IN_REPLY[state] in text
    assert "TS-DPRO" not in text and "Data for Generative AI Improvement" not in text
    if kind == "objection":
        assert "is a sale" in text and "I do not claim that disclosing my data to Microsoft" in text
        assert "“Share data with affiliates and partners” control" in text


def test_iowa_grants_no_targeted_advertising_opt_out_and_deletes_only_provided_data():
    objection = letter_text("objection", "US-IA")
    assert (
        "Re: Request to opt out of the sale of my personal data and to stop targeted" in objection
    )
    assert "I opt out of any sale of my personal data" in objection
    assert "The Act gives no right to opt out of targeted advertising" in objection
    assert "for targeted advertising and of any sale" not in objection
    erasure = letter_text("erasure", "US-IA")
    assert "The Act gives this right for the personal data I provided to you" in erasure
    assert "The Act gives this right" in letter_text("erasure", "US-UT")
    assert "The Act gives this right" not in letter_text("erasure", "US-VA")


def test_florida_says_honestly_that_its_law_probably_does_not_cover_linkedin():
    text = letter_text("objection", "US-FL")
    assert "It probably does not apply to LinkedIn" in text
    assert "probably does not apply" not in letter_text("objection", "US-TX")


def test_california_asks_to_opt_out_of_sale_and_sharing_without_verification():
    text = letter_text("objection", "US-CA")
    assert "Re: Request to opt out of the sale and sharing of my personal information" in text
    assert "Do Not Sell or Share My Personal Information" in text
    for cite in ("Cal. Civ. Code § 1798.120", "Cal. Civ. Code § 1798.135",
                 "Cal. Civ. Code § 1798.121", "Cal. Code Regs. tit. 11, § 7026(d)",
                 "Cal. Code Regs. tit. 11, § 7025"):  # fmt: skip
        assert cite in text, cite
    assert "needs no verification" in text
    assert "15 business days" in text
    assert "California Privacy Protection Agency (CalPrivacy)" in text and "(CPPA)" not in text
    assert "California Attorney General" in text
    erasure = letter_text("erasure", "US-CA")
    assert "Re: Request to delete my personal information" in erasure
    assert "Cal. Civ. Code § 1798.105" in erasure and "Cal. Civ. Code § 1798.130(a)(2)" in erasure
    assert (
        "collected from me, and, under your own commitments, the information you obtained"
        in erasure
    )
    assert "15 business days" not in erasure


@pytest.mark.parametrize(
    "state,name",
    [
        ("US-NY", "New York"),
        ("US-AL", "Alabama"),
        ("US-OK", "Oklahoma"),
        ("US-DC", "District of Columbia"),
    ],
)
def test_states_without_a_law_name_their_attorney_general_and_the_ftc(state, name):
    text = letter_text("objection", state)
    assert "LinkedIn Privacy Policy and US State Privacy Notice" in text
    assert f"Attorney General of {name}" in text
    assert "Federal Trade Commission (https://www.ftc.gov/)" in text
    assert "Section 5 of the FTC Act" in text
    upcoming = {"US-OK": "(Oklahoma SB 546) takes effect on January 1, 2027, while you may",
                "US-AL": "(Alabama HB 351) takes effect on May 1, 2027, while you may"}  # fmt: skip
    if state in upcoming:
        assert upcoming[state] in text
        assert "My state may not have a comprehensive privacy law" not in text
    else:
        assert "takes effect on" not in text


def test_us_letters_name_only_the_ticked_processing():
    text = letter_text("objection", "US-VA", processing=("targeted_ads",))
    assert "to target advertising to me" in text
    assert "Microsoft and other LinkedIn affiliates" not in text
    assert "I do not claim that disclosing my data to Microsoft" not in text


# --- Canada (facts.md 6.5) ----------------------------------------------------------------

PIPEDA_OBJECTION = ["PIPEDA, Sch. 1, cl. 4.3.8; PIPEDA, s. 5(3); PIPEDA, Sch. 1, cl. 4.2.4; "
                    "PIPEDA, Sch. 1, cl. 4.5", "personal information", "(PIPEDA, Sch. 1, cl. 4.3)",
                    "PIPEDA, Sch. 1, cl. 4.9"]  # fmt: skip
PIPEDA_ERASURE = [
    "PIPEDA, s. 5(3); PIPEDA, Sch. 1, cl. 4.5; PIPEDA, Sch. 1, cl. 4.3.8",
    "Schedule 1 also recommends that personal information no longer required be "
    "destroyed, erased or made anonymous (PIPEDA, Sch. 1, cl. 4.5.3)",
]
PIPEDA_ACCESS = [
    "within 30 days of receiving it (PIPEDA, s. 8(3))",
    "my right to complain to the Privacy Commissioner (PIPEDA, s. 8(4))",
    "deemed to have refused (PIPEDA, s. 8(5))",
]
PIPEDA_CLOSING = ["Office of the Privacy Commissioner of Canada (OPC)", "30 Victoria Street",
                  "I ask you to confirm in writing by 2 March 2026 what", "31 January 2026"]  # fmt: skip
PROVINCES = {
    "CA-ON": {"objection": [], "erasure": []},
    "CA-BC": {
        "objection": ["(PIPA (BC), s. 9)", "To the extent that the Personal Information Protection Act (British Columbia), SBC 2003, c. 63 applies"],
        "erasure": ["(PIPA (BC), s. 35)"],
        "authority": ["Office of the Information and Privacy Commissioner for British Columbia (OIPC BC)"],
    },
    "CA-AB": {
        "objection": ["(PIPA (Alberta), s. 9)", "Personal Information Protection Act (Alberta), SA 2003, c. P-6.5",
                      "Where the Alberta PIPA applies instead of PIPEDA, it allows 45 days"],
        "erasure": ["(PIPA (Alberta), s. 35)"],
        "authority": ["Office of the Information and Privacy Commissioner of Alberta (OIPC AB)"],
    },
}  # fmt: skip


@pytest.mark.parametrize("province", PROVINCES)
@pytest.mark.parametrize("kind", ["objection", "erasure"])
def test_canadian_letter_rests_on_binding_pipeda_clauses(province, kind):
    text = letter_text(kind, province)
    expected = PROVINCES[province]
    for words in [*(PIPEDA_OBJECTION if kind == "objection" else PIPEDA_ERASURE),
                  *PIPEDA_CLOSING, *expected[kind], *expected.get("authority", []),
                  *(PIPEDA_ACCESS if kind == "objection" else ["I ask you to answer within 30 days of receiving this letter."])]:  # fmt: skip
        assert words in text, words
    for authority in expected.get("authority", []):
        assert text.index("Office of the Privacy Commissioner of Canada") < text.index(authority)
    assert "PO Box 9038" not in text and "Edmonton" not in text  # unconfirmed addresses
    assert "must be destroyed" not in text and "personal data" not in text.replace(
        "personal data that LinkedIn announced", ""
    )
    if province == "CA-ON":
        assert "PIPA" not in text


def test_quebec_letter_rests_on_the_private_sector_act_first():
    text = letter_text("objection", "CA-QC")
    assert "Attn: Person in charge of the protection of personal information" in text
    assert "Dear Person in charge of the protection of personal information," in text
    assert ("s. 12 of the Private Sector Act; s. 14 of the Private Sector Act; s. 9.1 of the "
            "Private Sector Act; s. 8.1 of the Private Sector Act; s. 22 of the Private Sector "
            "Act; PIPEDA, Sch. 1, cl. 4.3.8") in text  # fmt: skip
    assert (
        "Act respecting the protection of personal information in the private sector (CQLR, c. P-39.1)"
        in text
    )
    assert "highest level of confidentiality by default" in text
    assert "Under s. 27 of the Private Sector Act" in text
    assert "(s. 32 of the Private Sector Act)" in text
    assert "Commission d'accès à l'information du Québec (CAI)" in text and "G1R 5S9" in text
    assert "for the examination of the disagreement" in text
    assert "Office of the Privacy Commissioner of Canada (OPC)" in text
    erasure = letter_text("erasure", "CA-QC")
    assert ("s. 23 of the Private Sector Act; art. 40 of the Civil Code of Québec; s. 28 of the "
            "Private Sector Act; PIPEDA, Sch. 1, cl. 4.5") in erasure  # fmt: skip


def test_canadian_withdrawal_covers_data_already_held_not_the_past():
    text = letter_text("objection", "CA-ON")
    assert "with effect from your receipt of this letter" in text
    assert "also covers the further use of personal information you already hold" in text
    assert "my data already used for training" not in text


def test_quebec_prospecting_is_withdrawn_only_when_marketing_is_ticked():
    text = letter_text("objection", "CA-QC", processing=("ai_training",))
    assert "s. 22 of the Private Sector Act" not in text
    assert "commercial prospecting" not in text


def test_quebec_letter_in_quebec_french():
    text = letter_text("objection", "CA-QC", letter_language="fr-ca")
    for words in ("renseignements personnels", "LPRPDE", "courriel",
                  "personne responsable de la protection des renseignements personnels",
                  "Loi sur la protection des renseignements personnels dans le secteur privé",
                  "31 janvier 2026"):  # fmt: skip
        assert words in text, words
    assert "données personnelles" not in text and "e-mail" not in text


# --- Hong Kong (facts.md 6.6) -------------------------------------------------------------


def test_hong_kong_objection_follows_the_ordinance():
    text = letter_text("objection", "HK", joined="before")
    assert text.count("Personal Data (Privacy) Ordinance (Cap. 486)") == 1
    assert (
        "DPP3, Schedule 1, PDPO; DPP1, Schedule 1, PDPO; ss. 35J to 35L PDPO; s. 35G PDPO" in text
    )
    assert (
        "Under s. 35L PDPO, I require you to cease providing my personal data to Microsoft" in text
    )
    assert "(s. 35K PDPO)" in text and "(s. 35J PDPO)" in text
    assert "were not among those of which I was informed when my data was collected (DPP1" in text
    # A line may break between "(3)" and "(e)".
    assert "Data Access Request Form (OPS003)" in text
    assert "s. 20(3)(e) PDPO" in text.replace("(3) (e)", "(3)(e)")
    assert "Under s. 18(1) PDPO" in text
    assert "Room 1303, 13/F, Dah Sing Financial Centre" in text and "248 Queen's Road East" in text
    assert (
        "I ask you to confirm in writing by 12 March 2026 what" in text
        and "31 January 2026" in text
    )
    assert "Re: Refusal and withdrawal of consent to the use of my personal data" in text
    assert "Under s. 19(1) PDPO you must comply with my data access request within 40 days" in text


def test_hong_kong_dpp1_and_s35g_appear_only_when_they_apply():
    later = letter_text("objection", "HK", joined="after", processing=("ai_training",))
    assert "DPP1" not in later
    assert "35G" not in later and "35J" not in later
    assert "These purposes were not among those of which I was informed" not in later
    assert "DPP1" not in letter_text("objection", "HK", joined="unsure")


def test_hong_kong_letter_in_chinese_closes_with_ci_zhi_and_the_addressee():
    pdf = render_pdf(build_letter("objection", make_answers("HK", joined="before",
                                                            letter_language="zh-hant"), TODAY))  # fmt: skip
    text = pdf_text(pdf).replace(" ", "")
    assert "《個人資料(私隱)條例》(第486章)" in text
    assert "此致LinkedInCorporation" in text
    assert "第35L條" in text
