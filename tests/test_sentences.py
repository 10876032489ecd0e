"""Sentences: boundaries with offsets into the document, abbreviations kept whole, paragraphs numbered."""

from __future__ import annotations

import pytest

from pipeline.extraction.sentences import Sentences


def texts(text: str) -> list[str]:
    return [s.text for s in Sentences(text).items]


ARTICLE = (
    "  Denmark pledged new aid on Monday. The U.S. Congress is still divided!\n\n"
    "Mr. Poulsen met H.E. the ambassador on Jan. 5 in Kyiv. Was it enough?  \n\n\n"
    '"We will help," he said. Officials agreed.   '
)


def test_every_sentence_text_is_the_slice_of_the_document_at_its_offsets():
    sentences = Sentences(ARTICLE)
    assert len(sentences) == 6
    for sentence in sentences.items:
        assert ARTICLE[sentence.start : sentence.end] == sentence.text


def test_sentences_carry_no_surrounding_whitespace():
    for sentence in Sentences(ARTICLE).items:
        assert sentence.text == sentence.text.strip()


def test_plain_full_stops_question_and_exclamation_marks_split():
    assert texts("Germany pledged aid. Kyiv welcomed it! Is that all? Yes.") == [
        "Germany pledged aid.",
        "Kyiv welcomed it!",
        "Is that all?",
        "Yes.",
    ]


def test_closing_quote_stays_with_its_sentence():
    assert texts('He said: "We will help." Then he left.') == ['He said: "We will help."', "Then he left."]


@pytest.mark.parametrize(
    "sentence",
    [
        "Aid from the U.S. Congress was approved on Monday.",
        "The U.K. Government confirmed the package.",
        "Mr. Healey visited Kyiv on Monday.",
        "It was announced by H.E. Ambassador Smith in Kyiv.",
        "The package was signed on Jan. 5 in Brussels.",
        "Dr. Jones and Gen. Smith agreed.",
    ],
)
def test_abbreviations_do_not_end_a_sentence(sentence):
    assert texts(f"{sentence} Officials welcomed it.") == [sentence, "Officials welcomed it."]


def test_sentence_can_end_with_a_dotted_abbreviation_before_lowercase_text():
    # The full stop of "U.S." followed by a lower-case word is never a boundary candidate.
    assert texts("Aid from the U.S. will continue. It said so.") == ["Aid from the U.S. will continue.", "It said so."]


def test_a_sentence_may_start_with_a_digit():
    assert texts("Germany sent tanks. 3 more arrived later.") == ["Germany sent tanks.", "3 more arrived later."]


def test_paragraphs_are_numbered_from_zero_in_order():
    paragraphs = [s.paragraph for s in Sentences(ARTICLE).items]
    assert paragraphs == [0, 0, 1, 1, 2, 2]


def test_several_blank_lines_count_as_one_paragraph_break():
    sentences = Sentences("First.\n\n\n\nSecond.")
    assert [(s.text, s.paragraph) for s in sentences.items] == [("First.", 0), ("Second.", 1)]


def test_a_line_break_without_a_full_stop_ends_a_sentence():
    assert texts("Headline without a stop\nBody sentence here.") == ["Headline without a stop", "Body sentence here."]


def test_index_at_finds_the_sentence_holding_an_offset():
    text = "Germany pledged aid. Norway did too."
    sentences = Sentences(text)
    assert sentences.index_at(text.index("Norway")) == 1
    assert sentences.index_at(text.index("pledged")) == 0
    assert sentences[sentences.index_at(text.index("too"))].text == "Norway did too."


def test_empty_text_has_no_sentences():
    assert len(Sentences("")) == 0
    assert len(Sentences("   \n\n  ")) == 0


def test_a_sentence_ending_in_an_abbreviated_figure_is_split():
    assert texts("Spain will give Ukraine €500m. Italy will give €300m.") == [
        "Spain will give Ukraine €500m.",
        "Italy will give €300m.",
    ]


@pytest.mark.parametrize("name", ["Orbán", "Sánchez", "Støre", "Nausėda", "Lipavský"])
def test_a_name_with_diacritics_ends_a_sentence(name):
    # Read as ASCII only, "Orbán." looked like the initial "n." and two sentences became one.
    assert [s.text for s in Sentences(f"It overcame resistance from {name}. The facility comprises two parts.").items] == [
        f"It overcame resistance from {name}.", "The facility comprises two parts."]
