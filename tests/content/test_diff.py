"""The comparison trainers see: words removed and added, never raw HTML from the page."""

from content.diff import woordverschil


def test_added_and_removed_words_are_marked():
    html = woordverschil("De emmer is vol", "De emmer is bijna vol")

    assert html == "De emmer is <ins>bijna</ins> vol"


def test_text_in_the_comparison_is_escaped():
    html = woordverschil("oud", "<script>alert(1)</script>")

    assert "<script>" not in html
    assert "&lt;script&gt;" in html
