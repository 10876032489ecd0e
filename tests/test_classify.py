"""Aid type, purposes and stage of a pledge, read from the words around its figure."""

from __future__ import annotations

import pytest

from pipeline.extraction.classify import aid_type, purposes, stage


def type_of(sentence: str, figure: str, **kwargs) -> str:
    return aid_type(sentence, sentence.index(figure), purposes(sentence), **kwargs)


def stage_of(sentence: str, figure: str) -> str:
    return stage(sentence, sentence.index(figure))


# --- aid type -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Germany will provide €500m in military aid to Ukraine.", "military"),
        ("Germany will provide €500m in humanitarian aid to Ukraine.", "humanitarian"),
        ("Japan will provide €500m in budget support to Ukraine.", "financial"),
        ("Japan agreed a €500m loan for Ukraine.", "financial"),
        ("Italy will send €500m of ammunition to Ukraine.", "military"),
        ("Sweden will give €500m for demining in Ukraine.", "humanitarian"),
    ],
)
def test_aid_type_named_in_the_sentence(sentence, expected):
    assert type_of(sentence, "€500m") == expected


def test_each_figure_takes_the_aid_type_worded_nearest_to_it():
    sentence = "Germany will give €50m in humanitarian aid and €100m in military aid to Ukraine."
    assert type_of(sentence, "€50m") == "humanitarian"
    assert type_of(sentence, "€100m") == "military"


def test_wording_after_the_figure_binds_tighter_than_wording_before_it():
    sentence = "Military aid aside, Germany will also give €100m for humanitarian relief in Ukraine."
    assert type_of(sentence, "€100m") == "humanitarian"


def test_defence_minister_announcing_an_unlabelled_package_makes_it_military():
    assert type_of("Defence Minister Pistorius announced a €20m package for Ukraine.", "€20m") == "military"


def test_defence_ministry_announcing_an_unlabelled_package_makes_it_military():
    assert type_of("The Ministry of Defence announced a €20m package for Ukraine.", "€20m") == "military"


def test_explicit_wording_beats_the_defence_minister_fallback():
    sentence = "Defence Minister Pistorius announced a €20m humanitarian package for Ukraine."
    assert type_of(sentence, "€20m") == "humanitarian"


def test_unlabelled_package_from_an_ordinary_speaker_is_unspecified():
    assert type_of("Germany announced a €20m package for Ukraine.", "€20m") == "unspecified"


def test_purposes_decide_the_aid_type_when_no_type_word_is_present():
    # farmers -> agriculture, housing -> shelter: both humanitarian purposes.
    assert type_of("Germany announced a €20m package for farmers and housing in Ukraine.", "€20m") == "humanitarian"
    # instructors -> training: a military purpose.
    assert type_of("Germany announced a €20m package for instructors in Ukraine.", "€20m") == "military"


def test_development_banks_give_financial_aid():
    sentence = "The bank announced €20m for Ukraine."
    assert type_of(sentence, "€20m", donor_code="EIB") == "financial"
    assert type_of(sentence, "€20m") == "unspecified"


def test_paragraph_context_decides_when_the_sentence_does_not():
    sentence = "The government announced €20m for Ukraine."
    assert type_of(sentence, "€20m", context="The package is humanitarian relief for the winter.") == "humanitarian"


def test_weapons_named_as_the_attack_do_not_make_a_package_military():
    sentence = "Russian missiles hit Kyiv as Germany announced a €20m package for Ukraine."
    assert type_of(sentence, "€20m") == "unspecified"


# --- purposes -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        ("two Patriot systems", "air_defence"),
        ("air defence", "air_defence"),
        ("155mm shells", "ammunition"),
        ("HIMARS launchers", "artillery"),
        ("long-range drones", "drones"),
        ("Leopard tanks", "vehicles"),
        ("body armour", "equipment"),
        ("training of pilots", "training"),
        ("Ukrainian-made weapons", "defence_industry"),
        ("budget support", "budget_support"),
        ("a concessional loan", "loan"),
        ("a grant", "grant"),
        ("loan guarantees", "guarantee"),
        ("power grid repairs", "energy"),
        ("mine clearance", "demining"),
        ("rebuilding bridges", "reconstruction"),
        ("field hospitals", "health"),
        ("food parcels", "food"),
        ("winterisation kits", "shelter"),
        ("internally displaced people", "refugees"),
        ("new schools", "education"),
        ("seed for farmers", "agriculture"),
    ],
)
def test_purpose_keyword_maps_to_its_purpose(text, purpose):
    assert purpose in purposes(f"The money is for {text} in Ukraine.")


def test_purposes_are_listed_once_in_order_of_appearance():
    assert purposes("drones, more drones, demining and a loan for drones") == ["drones", "demining", "loan"]


def test_no_purpose_keyword_gives_an_empty_list():
    assert purposes("Germany announced a package for Ukraine.") == []


def test_purpose_keywords_in_lower_case_match_any_case():
    assert purposes("AIR DEFENCE systems") == ["air_defence"]


def test_acronym_purpose_keywords_match_only_in_capitals():
    # "ERA" is the G7 loan scheme; "era" is a word.
    assert purposes("a new era of cooperation") == []
    assert purposes("the ERA scheme") == ["loan"]


# --- stage ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Germany has delivered €500m of aid to Ukraine.", "delivered"),
        ("Germany allocated €500m to Ukraine.", "allocated"),
        ("Germany disbursed €500m to Ukraine.", "allocated"),
        ("Germany has committed €500m to Ukraine.", "committed"),
        ("Parliament ratified the €500m loan agreement with Ukraine.", "committed"),
        # approval and signature are how a pledge is made, as the blind annotators label them
        ("Germany signed a €500m agreement with Ukraine.", "pledged"),
        ("Germany approved €500m for Ukraine.", "pledged"),
        ("Germany pledged €500m for Ukraine.", "pledged"),
        ("Germany will send €500m to Ukraine.", "pledged"),
    ],
)
def test_stage_word_in_the_sentence(sentence, expected):
    assert stage_of(sentence, "€500m") == expected


def test_stage_word_nearest_the_figure_wins():
    assert stage_of("Germany has allocated €500m for Ukraine, having pledged it earlier.", "€500m") == "allocated"
    assert stage_of("Germany pledged €500m for Ukraine, which it has since delivered.", "€500m") == "pledged"


def test_stage_defaults_to_pledged_when_no_word_tells():
    assert stage_of("Germany: €500m for Ukraine.", "€500m") == "pledged"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # money for reconstruction, or paid into a fund for the state, is financial aid as Kiel counts it
        ("Switzerland earmarked €500m for Ukraine's reconstruction up to 2036.", "financial"),
        ("Italy pledged €500m for the recovery of Ukraine at the conference.", "financial"),
        ("Ireland will pay €500m into the Ukraine Energy Support Fund.", "financial"),
        # goods for the winter are humanitarian, whatever else the sentence names
        ("Norway added €500m for mobile gas turbines and generators in Kharkiv.", "humanitarian"),
    ],
)
def test_reconstruction_money_is_financial_and_relief_goods_humanitarian(sentence, expected):
    assert type_of(sentence, "€500m") == expected


def test_a_development_bank_named_for_reconstruction_does_not_make_aid_financial():
    sentence = "Norway will give €500m through the European Bank for Reconstruction and Development for generators."
    assert type_of(sentence, "€500m") == "humanitarian"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Canada will give €500m to the International Fund for Ukraine to repair Western-supplied tanks.", "military"),
        ("Romania gives €500m to NATO's Comprehensive Assistance Package, which buys fuel and medical kit.", "military"),
        ("Prague approved €500m for the treatment and rehabilitation of wounded Ukrainian soldiers.", "humanitarian"),
    ],
)
def test_funds_for_the_armed_forces_are_military_and_care_of_the_wounded_humanitarian(sentence, expected):
    assert type_of(sentence, "€500m") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # cash for the grid and gas is financial aid; the goods themselves are relief
        ("Sweden announced €500m to help Ukraine repair its energy infrastructure.", "financial"),
        ("Norway will give €500m through the EBRD for Naftogaz to buy gas for the power plants.", "financial"),
        ("Brussels announced €500m to buy energy-saving bulbs for Ukrainian households.", "humanitarian"),
        ("Japan will send €500m of generators and transformers to Ukraine.", "humanitarian"),
    ],
)
def test_money_for_the_grid_is_financial_and_goods_for_households_humanitarian(sentence, expected):
    assert type_of(sentence, "€500m") == expected
