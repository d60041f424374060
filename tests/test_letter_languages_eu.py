"""Every letter kind in each EU/EEA language, for a country where it is official.

Written out by hand from each language's Official Journal version of the GDPR (its name and
citation style), the translators' notes and Babel's long dates; letters are dated 31 January
2026 (tests.helpers.TODAY), after letters sent on 2 January 2026.
"""

import datetime
import re

import pytest

from objection.follow_up import FollowUp
from objection.jurisdictions import REGIONS
from objection.letters import build_letter, render_pdf
from tests.helpers import TODAY, make_answers, pdf_reader, pdf_text

KINDS = ("objection", "erasure", "access", "reminder", "complaint")


def lang(region, re, salutation, closing, titles, cites, date, country):
    return {"region": region, "re": re, "salutation": salutation, "closing": closing,
            "titles": dict(zip(KINDS, titles, strict=True)),
            "cites": dict(zip(("objection", "erasure", "access", "complaint"), cites, strict=True)),
            "date": date, "country": country}  # fmt: skip


LANGUAGES = {
    "bg": lang("BG", "Относно:", "Уважаемо длъжностно лице по защита на данните,", "С уважение,",
               ["Възражение срещу обработването на моите лични данни",
                "Искане за изтриване на моите лични данни", "Искане за достъп до моите лични данни",
                "Напомняне: моите искания", "Жалба относно обработването на моите лични данни"],
               ["член 21, параграф 1 от ОРЗД", "член 17, параграф 1, буква в) от ОРЗД",
                "член 15 от ОРЗД", "член 77 от ОРЗД"], "31 януари 2026 г.", "ИРЛАНДИЯ"),
    "cs": lang("CZ", "Věc:", "Vážený pověřenče pro ochranu osobních údajů,", "S pozdravem",
               ["Námitka proti zpracování mých osobních údajů", "Žádost o výmaz mých osobních údajů",
                "Žádost o přístup k mým osobním údajům", "Urgence: mé žádosti",
                "Stížnost na zpracování mých osobních údajů"],
               ["čl. 21 odst. 1 GDPR", "čl. 17 odst. 1 písm. c) GDPR", "čl. 15 GDPR", "čl. 77 GDPR"],
               "31. ledna 2026", "IRSKO"),
    "da": lang("DK", "Vedr.:", "Kære databeskyttelsesrådgiver", "Med venlig hilsen",
               ["Indsigelse mod behandlingen af mine personoplysninger",
                "Anmodning om sletning af mine personoplysninger",
                "Anmodning om indsigt i mine personoplysninger", "Rykker: mine anmodninger",
                "Klage over LinkedIns behandling af mine personoplysninger"],
               ["artikel 21, stk. 1, i databeskyttelsesforordningen",
                "artikel 17, stk. 1, litra c), i databeskyttelsesforordningen",
                "artikel 15 i databeskyttelsesforordningen",
                "artikel 77 i databeskyttelsesforordningen"], "31. januar 2026", "IRLAND"),
    "el": lang("GR", "Θέμα:", "Αξιότιμε Υπεύθυνε Προστασίας Δεδομένων,", "Με εκτίμηση,",
               ["Εναντίωση στην επεξεργασία των δεδομένων μου προσωπικού χαρακτήρα",
                "Αίτημα διαγραφής των δεδομένων μου προσωπικού χαρακτήρα",
                "Αίτημα πρόσβασης στα δεδομένα μου προσωπικού χαρακτήρα", "Υπενθύμιση:",
                "Καταγγελία σχετικά με την επεξεργασία των δεδομένων μου"],
               ["άρθρο 21 παράγραφος 1 του ΓΚΠΔ", "άρθρο 17 παράγραφος 1 στοιχείο γ) του ΓΚΠΔ",
                "άρθρο 15 του ΓΚΠΔ", "άρθρο 77 του ΓΚΠΔ"], "31 Ιανουαρίου 2026", "ΙΡΛΑΝΔΙΑ"),
    "et": lang("EE", "Teema:", "Lugupeetud andmekaitseametnik,", "Lugupidamisega",
               ["Vastuväide minu isikuandmete töötlemisele",
                "Taotlus minu isikuandmete kustutamiseks", "Taotlus juurdepääsuks minu isikuandmetele",
                "Meeldetuletus:", "Kaebus selle kohta, kuidas LinkedIn minu isikuandmeid töötleb"],
               ["IKÜMi artikli 21 lõige 1", "IKÜMi artikli 17 lõike 1 punkt c", "IKÜMi artikkel 15",
                "IKÜMi artikkel 77"], "31. jaanuar 2026", "IIRIMAA"),
    "fi": lang("FI", "Asia:", "Arvoisa tietosuojavastaava,", "Kunnioittavasti",
               ["Henkilötietojeni käsittelyn vastustaminen",
                "Henkilötietojeni poistamista koskeva pyyntö", "Pyyntö saada pääsy henkilötietoihini",
                "Muistutus:", "Valitus LinkedInin harjoittamasta henkilötietojeni käsittelystä"],
               ["tietosuoja-asetuksen 21 artiklan 1 kohta",
                "tietosuoja-asetuksen 17 artiklan 1 kohdan c alakohta",
                "tietosuoja-asetuksen 15 artikla", "tietosuoja-asetuksen 77 artikla"],
               "31. tammikuuta 2026", "IRLANTI"),
    "ga": lang("IE", "Ábhar:", "A Oifigigh Cosanta Sonraí, a chara,", "Is mise, le meas,",
               ["Agóid i gcoinne phróiseáil mo shonraí pearsanta",
                "Iarraidh ar léirscriosadh mo shonraí pearsanta",
                "Iarraidh ar rochtain ar mo shonraí pearsanta", "Meabhrúchán:",
                "Gearán faoi phróiseáil mo shonraí pearsanta ag LinkedIn"],
               ["Airteagal 21(1) den RGCS", "pointe (c) d'Airteagal 17(1) den RGCS",
                "Airteagal 15 den RGCS", "Airteagal 77 den RGCS"], "31 Eanáir 2026", "ÉIRE"),
    "hr": lang("HR", "Predmet:", "Poštovani službeniče za zaštitu podataka,", "S poštovanjem,",
               ["Prigovor na obradu mojih osobnih podataka", "Zahtjev za brisanje mojih osobnih podataka",
                "Zahtjev za pristup mojim osobnim podacima", "Požurnica:",
                "Pritužba na LinkedInovu obradu mojih osobnih podataka"],
               ["članak 21. stavak 1. Opće uredbe o zaštiti podataka",
                "članak 17. stavak 1. točka (c) Opće uredbe o zaštiti podataka",
                "članak 15. Opće uredbe o zaštiti podataka",
                "članak 77. Opće uredbe o zaštiti podataka"], "31. siječnja 2026.", "IRSKA"),
    "hu": lang("HU", "Tárgy:", "Tisztelt Adatvédelmi Tisztviselő!", "Tisztelettel:",
               ["Tiltakozás a személyes adataim kezelése ellen",
                "Kérelem a személyes adataim törlésére",
                "Kérelem a személyes adataimhoz való hozzáférésre", "Emlékeztető:",
                "Panasz a személyes adataim LinkedIn általi kezelése miatt"],
               ["a GDPR 21. cikk (1) bekezdése", "a GDPR 17. cikk (1) bekezdésének c) pontja",
                "a GDPR 15. cikke", "a GDPR 77. cikke"], "2026. január 31.", "ÍRORSZÁG"),
    "is": lang("IS", "Efni:", "Til persónuverndarfulltrúa", "Virðingarfyllst,",
               ["Andmæli gegn vinnslu persónuupplýsinga minna",
                "Beiðni um eyðingu persónuupplýsinga minna",
                "Beiðni um aðgang að persónuupplýsingum mínum", "Ítrekun:",
                "Kvörtun vegna vinnslu LinkedIn á persónuupplýsingum mínum"],
               ["1. mgr. 21. gr. almennu persónuverndarreglugerðarinnar",
                "c-liður 1. mgr. 17. gr. almennu persónuverndarreglugerðarinnar",
                "15. gr. almennu persónuverndarreglugerðarinnar",
                "77. gr. almennu persónuverndarreglugerðarinnar"], "31. janúar 2026", "ÍRLAND"),
    "lt": lang("LT", "Tema:", "Gerbiamas duomenų apsaugos pareigūne,", "Pagarbiai",
               ["Prieštaravimas dėl mano asmens duomenų tvarkymo",
                "Prašymas ištrinti mano asmens duomenis",
                "Prašymas leisti susipažinti su mano asmens duomenimis", "Priminimas:",
                "Skundas dėl to, kaip LinkedIn tvarko mano asmens duomenis"],
               ["BDAR 21 straipsnio 1 dalis", "BDAR 17 straipsnio 1 dalies c punktas",
                "BDAR 15 straipsnis", "BDAR 77 straipsnis"], "2026 m. sausio 31 d.", "AIRIJA"),
    "lv": lang("LV", "Temats:", "Godātais datu aizsardzības speciālist,", "Ar cieņu",
               ["Iebildums pret manu personas datu apstrādi", "Pieprasījums dzēst manus personas datus",
                "Pieprasījums piekļūt maniem personas datiem", "Atgādinājums:",
                "Sūdzība par to, kā LinkedIn apstrādā manus personas datus"],
               ["VDAR 21. panta 1. punkts", "VDAR 17. panta 1. punkta c) apakšpunkts",
                "VDAR 15. pants", "VDAR 77. pants"], "2026. gada 31. janvāris", "ĪRIJA"),
    "mt": lang("MT", "Suġġett:", "Għażiż Uffiċjal tal-Protezzjoni tad-Data,", "Dejjem tiegħek,",
               ["Oġġezzjoni għall-ipproċessar tad-data personali tiegħi",
                "Talba għat-tħassir tad-data personali tiegħi",
                "Talba għall-aċċess għad-data personali tiegħi", "Tfakkira:",
                "Ilment dwar l-ipproċessar tad-data personali tiegħi minn LinkedIn"],
               ["l-Artikolu 21(1) tal-GDPR", "il-punt (c) tal-Artikolu 17(1) tal-GDPR",
                "l-Artikolu 15 tal-GDPR", "l-Artikolu 77 tal-GDPR"], "31 ta’ Jannar 2026", "L-IRLANDA"),
    "nb": lang("NO", "Gjelder:", "Til personvernombudet", "Med vennlig hilsen",
               ["Protest mot behandlingen av mine personopplysninger",
                "Anmodning om sletting av mine personopplysninger",
                "Anmodning om innsyn i mine personopplysninger", "Purring:",
                "Klage på LinkedIns behandling av mine personopplysninger"],
               ["personvernforordningen artikkel 21 nr. 1",
                "personvernforordningen artikkel 17 nr. 1 bokstav c",
                "personvernforordningen artikkel 15", "personvernforordningen artikkel 77"],
               "31. januar 2026", "IRLAND"),
    "ro": lang("RO", "Referitor la:", "Stimate responsabil cu protecția datelor,", "Cu stimă,",
               ["Opoziție la prelucrarea datelor mele cu caracter personal",
                "Cerere de ștergere a datelor mele cu caracter personal",
                "Cerere de acces la datele mele cu caracter personal", "Reamintire:",
                "Plângere privind prelucrarea datelor mele cu caracter personal"],
               ["articolul 21 alineatul (1) din RGPD", "articolul 17 alineatul (1) litera (c) din RGPD",
                "articolul 15 din RGPD", "articolul 77 din RGPD"], "31 ianuarie 2026", "IRLANDA"),
    "sk": lang("SK", "Vec:", "Vážená zodpovedná osoba,", "S úctou",
               ["Námietka proti spracúvaniu mojich osobných údajov",
                "Žiadosť o vymazanie mojich osobných údajov",
                "Žiadosť o prístup k mojim osobným údajom", "Urgencia:",
                "Sťažnosť na spracúvanie mojich osobných údajov"],
               ["čl. 21 ods. 1 všeobecného nariadenia o ochrane údajov",
                "čl. 17 ods. 1 písm. c) všeobecného nariadenia o ochrane údajov",
                "čl. 15 všeobecného nariadenia o ochrane údajov",
                "čl. 77 všeobecného nariadenia o ochrane údajov"], "31. januára 2026", "ÍRSKO"),
    "sl": lang("SI", "Zadeva:", "Spoštovana pooblaščena oseba za varstvo podatkov,",
               "S spoštovanjem",
               ["Ugovor zoper obdelavo mojih osebnih podatkov",
                "Zahteva za izbris mojih osebnih podatkov",
                "Zahteva za dostop do mojih osebnih podatkov", "Opomin:",
                "Pritožba glede obdelave mojih osebnih podatkov"],
               ["prvi odstavek 21. člena Splošne uredbe o varstvu podatkov",
                "točka (c) prvega odstavka 17. člena Splošne uredbe o varstvu podatkov",
                "15. člen Splošne uredbe o varstvu podatkov",
                "77. člen Splošne uredbe o varstvu podatkov"], "31. januar 2026", "IRSKA"),
    "sv": lang("SE", "Ärende:", "Till dataskyddsombudet", "Med vänliga hälsningar",
               ["Invändning mot behandlingen av mina personuppgifter",
                "Begäran om radering av mina personuppgifter",
                "Begäran om tillgång till mina personuppgifter", "Påminnelse:",
                "Klagomål över LinkedIns behandling av mina personuppgifter"],
               ["artikel 21.1 i dataskyddsförordningen", "artikel 17.1 c i dataskyddsförordningen",
                "artikel 15 i dataskyddsförordningen", "artikel 77 i dataskyddsförordningen"],
               "31 januari 2026", "IRLAND"),
}  # fmt: skip

# Phrases of the English letters that a translated letter must not keep.
ENGLISH = ["personal data", "Dear ", "Yours faithfully", "I am a LinkedIn member", "Please ",
           " request", "complaint", "Reminder"]  # fmt: skip

SENT = FollowUp(
    sent_on=datetime.date(2026, 1, 2),
    channel="email",
    outcome="no_answer",
    sent_kinds=("objection", "erasure"),
    case_number="CASE-7",
)


def render(language, kind):
    expected = LANGUAGES[language]
    answers = make_answers(expected["region"], letter_language=language, grounds=("reliance",))
    authority = REGIONS[expected["region"]].complaint_authorities()[0]
    letter = build_letter(
        kind,
        answers,
        TODAY,
        SENT if kind in ("reminder", "complaint") else None,
        authority if kind == "complaint" else None,
    )
    assert letter.language == language
    return render_pdf(letter)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_letter_kind_in_the_language(language, kind):
    expected = LANGUAGES[language]
    pdf = render(language, kind)
    text = pdf_text(pdf)
    for words in [expected["re"], expected["titles"][kind], expected["closing"], expected["date"]]:
        assert words in text, words
    if kind != "complaint":
        assert expected["salutation"] in text and expected["country"] in text
    if kind in expected["cites"]:
        assert expected["cites"][kind] in text, expected["cites"][kind]
    if kind == "reminder":
        assert expected["titles"]["objection"] in text and expected["cites"]["objection"] in text
    for phrase in ENGLISH:
        assert phrase not in text, phrase
    assert pdf_reader(pdf).trailer["/Root"]["/Lang"] == language


@pytest.mark.parametrize(
    "region, first",
    [("IE", ["en", "ga"]), ("MT", ["mt", "en"]), ("FI", ["fi", "sv", "en"]), ("SE", ["sv", "en"]),
     ("NO", ["nb", "en"]), ("CY", ["el", "en"])],
)  # fmt: skip
def test_the_countrys_own_languages_are_offered_first_for_the_letters(client, region, first):
    page = client.get(f"/en/{region}/details/").content.decode()
    select = page.split('id="id_letter_language"')[1].split("</select>")[0]
    assert re.findall(r'<option value="([a-z-]+)"', select)[: len(first)] == first
