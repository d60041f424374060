"""Where things sit on the page a member prints: positions read from the rendered PDF."""

import pytest
from django.conf import settings

from objection.letters import build_letter, render_pdf
from tests.helpers import TODAY, form_data, make_answers, pdf_blocks, pdf_page_gray, pdf_reader

LETTER_LANGUAGES = [code for code, _ in settings.LETTER_LANGUAGES]
# Every A4 law, and the letter to Microsoft; the controller that heads each address.
A4_LETTERS = [
    ("FR", "objection", "LinkedIn Ireland Unlimited Company"),
    ("GB", "objection", "LinkedIn Corporation"),
    ("GB", "microsoft", "Microsoft Corporation"),
    ("CH", "erasure", "LinkedIn Ireland Unlimited Company"),
    ("HK", "objection", "LinkedIn Corporation"),
]
# DIN 5008 form B: 20 mm from the left, 85 mm wide; Swiss envelopes: the window on the right.
WINDOW_LEFT = {"FR": 20, "GB": 20, "HK": 20, "CH": 118}
WINDOW_WIDTH = {"FR": 85, "GB": 85, "HK": 85, "CH": 72}


def letter_pdf(region="FR", kind="objection", **answers):
    return render_pdf(build_letter(kind, make_answers(region, **answers), TODAY))


def block_starting(blocks, text):
    return next(block for block in blocks if block[0].text.startswith(text))


def box(block):
    return (
        min(line.left for line in block),
        min(line.top for line in block),
        max(line.right for line in block),
        max(line.bottom for line in block),
    )


@pytest.mark.parametrize("language", LETTER_LANGUAGES)
@pytest.mark.parametrize("region,kind,controller", A4_LETTERS)
def test_recipient_block_stays_inside_the_window(region, kind, controller, language):
    blocks = pdf_blocks(letter_pdf(region, kind, letter_language=language))
    left, top, right, bottom = box(block_starting(blocks, controller))
    window = WINDOW_LEFT[region]
    assert window - 0.5 <= left and right <= window + WINDOW_WIDTH[region]
    # The first 5 mm of the field hold the return line.
    assert 50 <= top and bottom <= 90, (top, bottom)


LONG_NAME = "Maria Alexandra Konstantinopoulou-Vanderberghe de Saint-Exupéry"
LONG_ADDRESS = (
    "Appartement 12, Bâtiment C, Résidence des Jardins\n"
    "1234 Avenue du Général-de-Gaulle-et-de-la-Libération\n"
    "75002 Paris Cedex 02\nFRANCE"
)


@pytest.mark.parametrize("name,address", [
    ("Ada Lovelace", "12 Rue de la Paix\n75002 Paris"),
    (LONG_NAME, LONG_ADDRESS),
    ("李小龍", "香港九龍彌敦道1234號彌敦大廈25樓2503室\n香港"),
])  # fmt: skip
def test_return_line_fits_above_the_address_uncut(name, address):
    blocks = pdf_blocks(letter_pdf(full_name=name, address=address))
    line = block_starting(blocks, name.split()[0])
    if line[0].top < 45:  # the sender block at the top right starts with the name too
        line = [block for block in blocks if block[0].text.startswith(name.split()[0])][1]
    left, top, right, bottom = box(line)
    assert 20 - 0.5 <= left and right <= 105
    assert 45 <= top and bottom <= 50.5, (top, bottom)
    text = " ".join(part.text for part in line).replace(" ", "")
    assert name.replace(" ", "") in text
    # Street and place are kept even when middle lines are left out.
    assert address.splitlines()[-1].replace(" ", "") in text


@pytest.mark.parametrize("language,closing", [
    ("en", "Yours faithfully,"),
    ("fr", "Je vous prie d'agréer"),
    ("zh-hant", "此致"),
])  # fmt: skip
def test_room_to_sign_between_closing_and_name(language, closing):
    data = letter_pdf(letter_language=language)
    pages = range(1, len(pdf_reader(data).pages) + 1)
    lines = [line for page in pages for block in pdf_blocks(data, page) for line in block]
    name = max(i for i, line in enumerate(lines) if line.text == "Ada Lovelace")
    above = lines[name - 1]
    closing_line = max(i for i, line in enumerate(lines) if line.text.startswith(closing))
    assert closing_line < name
    assert 15 <= lines[name].top - above.bottom <= 20, lines[name].top - above.bottom


def dark_at(gray, x_mm, y_mm):
    """Whether a line crosses this point, at 1 mm of tolerance (the page is at 150 dpi)."""
    width, _, pixels = gray
    x, y = round(x_mm * 150 / 25.4), round(y_mm * 150 / 25.4)
    return any(pixels[(y + dy) * width + x] < 200 for dy in range(-3, 4))


def test_a4_letters_have_fold_and_punch_marks_on_the_first_page():
    data = letter_pdf("FR")
    first, second = pdf_page_gray(data, 1, 150), pdf_page_gray(data, 2, 150)
    for y in (105, 148.5, 210):
        assert dark_at(first, 7, y), y
        assert not dark_at(second, 7, y), y
    assert not dark_at(first, 7, 120)


def test_us_letter_has_no_a4_fold_marks():
    gray = pdf_page_gray(letter_pdf("US-CA"), 1, 150)
    assert not any(dark_at(gray, 7, y) for y in (105, 148.5, 210))


def test_arabic_name_keeps_the_house_number_after_it(client):
    response = client.post(
        "/en/FR/letters/objection.pdf",
        form_data("FR", full_name="مريم الحسيني", address="12 Rue de la Paix\n75002 Paris"),
    )
    assert response.status_code == 200
    blocks = pdf_blocks(response.content)
    line = next(block[0] for block in blocks if "·" in block[0].text and block[0].top > 45)
    # Isolated, the name reads right to left within itself and stays first on the line.
    assert line.text.index("12") > line.text.index("·")


def test_long_unbroken_name_and_email_wrap_inside_the_margins(client):
    name = "Ada" + "x" * 150
    email = "a" * 60 + "@" + "b" * 60 + ".example.org"
    response = client.post(
        "/en/FR/letters/objection.pdf", form_data("FR", full_name=name, email=email)
    )
    assert response.status_code == 200
    for page in range(1, len(pdf_reader(response.content).pages) + 1):
        for block in pdf_blocks(response.content, page):
            left, _, right, _ = box(block)
            assert 19.5 <= left and right <= 190.5, block


@pytest.mark.parametrize("region,left", [("FR", 115), ("CH", 20)])
def test_sender_heads_the_page_opposite_the_window(region, left):
    blocks = pdf_blocks(letter_pdf(region))
    sender = next(block for block in blocks if block[0].text == "Ada Lovelace")
    sender_left, top, right, _ = box(sender)
    assert 15 <= top <= 20
    assert left - 0.5 <= sender_left and right <= left + 75.5
