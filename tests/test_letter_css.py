"""Letter CSS rules chosen for speed lay letters out exactly as the plain rules did."""

import pytest

from objection.letters import build_letter
from tests.helpers import TODAY, make_answers
from tests.pdf_compare import outline, pixels, render_with_changed_css
from tests.test_fonts import REGION_FOR

# The identity grid's second column: minmax(0, 1fr) spares WeasyPrint measuring its
# overflow-wrap: anywhere values character by character, as `auto` made it do.
FAST_GRID, PLAIN_GRID = "max-content minmax(0, 1fr)", "max-content auto"


@pytest.mark.parametrize("language", ["en", "de", "zh-hant", "fr-ca"])
@pytest.mark.parametrize("kind", ["objection", "erasure"])
def test_the_identity_grid_lays_out_as_with_an_auto_column(kind, language):
    answers = make_answers(REGION_FOR[language], letter_language=language,
                           full_name="Zoë Łukasz 陳大文")  # fmt: skip
    letter = build_letter(kind, answers, TODAY)
    fast = render_with_changed_css(letter, FAST_GRID, FAST_GRID)
    plain = render_with_changed_css(letter, FAST_GRID, PLAIN_GRID)
    assert outline(fast) == outline(plain)
    assert pixels(fast) == pixels(plain)
