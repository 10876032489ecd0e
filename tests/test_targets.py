"""Defence-spending targets: a share of GDP that a country or NATO commits to, and by when."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extraction import Document, extract_document

THURSDAY = date(2024, 3, 14)


def targets(text: str, published: date | None = THURSDAY, title: str | None = None):
    return extract_document(Document(text, published, title=title)).targets


def summary(
    text: str, published: date | None = THURSDAY, title: str | None = None
) -> list[tuple[str, float, int | None]]:
    return [(t.donor_code, t.pct_gdp, t.target_year) for t in targets(text, published, title)]


def test_percent_of_gdp_by_a_year():
    found = targets("Germany will raise defence spending to 2.5% of GDP by 2027.")
    assert len(found) == 1
    target = found[0]
    assert (target.donor, target.donor_code, target.pct_gdp, target.target_year) == ("Germany", "DEU", 2.5, 2027)
    assert target.kind == "defense_target"
    assert target.evidence == "Germany will raise defence spending to 2.5% of GDP by 2027."
    assert 0 < target.confidence <= 1


def test_evidence_offsets_point_into_the_text():
    text = "Officials met in Brussels. Germany will raise defence spending to 2.5% of GDP by 2027."
    target = targets(text)[0]
    assert text[target.start : target.end] == target.evidence


@pytest.mark.parametrize(
    ("sentence", "pct"),
    [
        ("Britain has committed to spend two per cent of GDP on defence.", 2.0),
        ("Canada has pledged to reach two percent of GDP on defence.", 2.0),
        ("Germany will spend 3.5 percent of GDP on defence.", 3.5),
        ("France aims to spend three per cent of GDP on defence.", 3.0),
    ],
)
def test_percent_written_in_words_or_as_percent(sentence, pct):
    assert [t.pct_gdp for t in targets(sentence)] == [pct]


def test_target_without_a_year_has_no_target_year():
    assert summary("Britain has committed to spend two per cent of GDP on defence.") == [("GBR", 2.0, None)]


def test_core_plus_related_spending_gives_two_targets_with_the_same_year():
    text = "NATO allies agreed to spend 3.5% of GDP on core defence plus 1.5% by 2035."
    assert summary(text) == [("NATO", 3.5, 2035), ("NATO", 1.5, 2035)]


def test_target_moved_from_one_year_to_another_takes_the_new_year():
    text = "Lithuania brought forward its target of spending 3% of GDP on defence from 2029 to 2025."
    assert summary(text) == [("LTU", 3.0, 2025)]


def test_target_moved_to_a_year_instead_of_another_takes_the_new_year():
    text = "Denmark will reach 3% of GDP on defence in 2025 instead of 2030."
    assert summary(text) == [("DNK", 3.0, 2025)]


def test_next_year_resolves_against_the_published_date():
    text = "Estonia aims to spend 5% of GDP on defence next year."
    assert summary(text) == [("EST", 5.0, 2025)]


def test_alliance_wide_target_is_nato():
    assert summary("NATO members must spend at least 2% of GDP on defence.") == [("NATO", 2.0, None)]


def test_a_country_meeting_natos_benchmark_is_the_countrys_target():
    assert summary("Germany will meet NATO's 2% of GDP target by 2025.") == [("DEU", 2.0, 2025)]


def test_a_target_with_no_named_country_takes_the_country_of_the_sentence_before():
    text = "Poland's defence minister spoke on Monday. The government intends to spend 5% of GDP on defence by 2026."
    assert summary(text) == [("POL", 5.0, 2026)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Poland spends 4.1% of GDP on defence.",
        "Italy spends 1.6% of GDP on defence.",
    ],
)
def test_current_spending_is_not_a_target(sentence):
    assert targets(sentence) == []


def test_current_level_next_to_a_target_is_not_a_second_target():
    text = "Spain will raise its defence spending to 2% of GDP by 2029, from about 1% now."
    assert summary(text) == [("ESP", 2.0, 2029)]


def test_current_level_in_a_relative_clause_is_not_a_target():
    text = "Belgium, which spends 1.3% of GDP on defence, pledged to reach 2% by 2029."
    assert summary(text) == [("BEL", 2.0, 2029)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Poland's central bank will raise its interest rate to 5.75% as the government boosts defence spending.",
        "Poland aims to bring inflation down to 2.5% while boosting military spending.",
        "Poland aims to bring its deficit down to 2.5% of GDP while boosting military spending.",
    ],
)
def test_interest_inflation_and_deficit_rates_are_not_targets(sentence):
    assert targets(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia will raise its defence spending to 6.3% of GDP by 2026.",
        "Moscow will raise defence spending to 6.3% of GDP by 2026.",
    ],
)
def test_russian_spending_is_not_a_target(sentence):
    assert targets(sentence) == []


def test_percent_without_defence_context_is_not_a_target():
    assert targets("Germany will raise pensions by 2.5% by 2027.") == []


def test_share_of_gdp_outside_a_plausible_range_is_not_a_target():
    assert targets("Germany will raise defence spending to 25% of GDP by 2027.") == []


def test_aid_to_ukraine_as_a_share_of_gdp_is_not_a_defence_target():
    assert targets("Denmark will give 0.8% of GDP in military aid to Ukraine by 2027.") == []


def test_fast_cue_prefilter_never_misses_what_the_cue_regex_finds():
    # The whole-document gates skip a document when the prefilter misses; that is only safe if the
    # prefilter matches (on lowered text) every sentence the real cue regex matches.
    from pathlib import Path

    from pipeline.extraction.reference import cue_prefilter, cue_regex, load_reference

    corpus = Path(__file__).parent / "corpus"
    sentences = [line for path in sorted(corpus.rglob("*.txt")) for line in path.read_text(encoding="utf-8").split(". ")]
    sentences += ["NATO allies", "The ARMED FORCES will", "Defense spending", "TARGETED", "by 2030"]
    checked = 0
    for name, fragments in load_reference().cues.items():
        if not isinstance(fragments, list) or not all(isinstance(f, str) for f in fragments):
            continue
        exact, quick = cue_regex(fragments), cue_prefilter(fragments)
        for sentence in sentences:
            if exact.search(sentence):
                checked += 1
                assert quick.search(sentence.lower()), (name, sentence)
    assert checked > 1000


def test_a_share_demanded_of_the_allies_is_natos_not_the_askers():
    text = "US President Donald Trump had for months demanded that allies spend 5% of GDP on defence by 2035."
    assert summary(text) == [("NATO", 5.0, 2035)]


def test_our_target_in_an_interview_is_the_speakers_country():
    text = ("Estonia raises defence spending\n\nEstonia's minister spoke to us.\n\nNATO allies agreed on 3.5% at The Hague.\n\n"
            "Our target is 5.4 per cent of GDP in 2026.")
    assert ("EST", 5.4, 2026) in summary(text, title="Estonia raises defence spending")


def test_a_capital_naming_a_summit_is_a_place_not_a_country():
    text = "At the Vilnius summit last year, allies committed to invest at least 2 per cent of GDP annually in defence."
    assert [code for code, _, _ in summary(text)] == ["NATO"]


def test_a_share_a_country_says_it_cannot_reach_is_not_its_target():
    assert summary("Prime Minister Luc Frieden said Luxembourg will not be able to reach 2% of GDP on defence.") == []


def test_lifting_that_share_belongs_to_the_state_just_named():
    text = ("NATO ministers meet in Brussels\n\nAmerica's envoy spoke first.\n\n"
            "Britain currently spends about 2.3% of GDP on defence. The government has committed to lift that to 2.5% of GDP by 2027.")
    assert summary(text, title="NATO ministers meet as the US presses allies") == [("GBR", 2.5, 2027)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Canada's defence spending is forecast to reach 1.37 per cent of gross domestic product in fiscal year 2024-25.",
        "Estonia's commitments to Ukraine are worth about 3.6% of its GDP, Denmark's about 2.4%.",
        "In 1990, West Germany spent about 2.7 per cent of its GDP on defence; by 2005 the share had fallen to about 1.1 per cent.",
    ],
)
def test_forecasts_aid_shares_and_past_levels_are_not_targets(sentence):
    assert summary(sentence) == []


def test_meeting_a_threshold_this_year_is_a_target_for_this_year():
    assert summary("Italy says it will meet NATO's 2% threshold this year.", date(2025, 6, 5)) == [("ITA", 2.0, 2025)]


def test_cue_lists_behind_whole_document_gates_stay_fast():
    # An upper-case escape (\S, \W) in these lists makes the prefilter fall back to slow case folding.
    import re

    from pipeline.extraction.reference import cue_prefilter, load_reference

    for name in ("aid_cues", "defence_context", "target_cues"):
        assert not cue_prefilter(load_reference().cues[name]).flags & re.IGNORECASE, name


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        # fiscal years and months name the same year
        ("Japan plans to raise defence-related spending to 2% of GDP in fiscal 2027.", 2027),
        ("Japan aims to lift defence spending to 2% of GDP by FY2027.", 2027),
        ("Britain will spend 2.5% of GDP on defence from April 2027.", 2027),
        ("Canada will meet the two per cent benchmark by the end of March 2026, years ahead of plan.", 2026),
        # a start year, alone or opening a period, is when the share is first reached
        ("Lithuania will spend at least 5% of GDP on defence from 2026.", 2026),
        ("Romania will allocate 2.5 percent of GDP for defence starting from 2025.", 2025),
        ("Lithuania will allocate at least 5 percent of GDP to defence every year from 2026 to 2030.", 2026),
        # a moved deadline: the year it moves to, wherever the old one is written
        ("Tokyo brought forward its goal of 2% of GDP on defence from fiscal 2027 to fiscal 2025.", 2025),
        ("Portugal will now reach NATO's 2% of GDP target this year instead of in 2029.", 2024),
        ("Canada will meet NATO's two per cent defence spending target this year, rather than in 2032 as planned.", 2024),
        # the year a plan was adopted is not the year it is met
        ("Romania will spend 2.5% of GDP on defence from 2025, under an agreement signed in 2023.", 2025),
        ("Japan plans to reach 2% of GDP on defence in fiscal 2027, in line with documents adopted in December 2022.", 2027),
    ],
)
def test_target_year_as_written(sentence, year):
    assert [t.target_year for t in targets(sentence)] == [year]


def test_each_share_takes_the_year_of_its_own_clause():
    text = "Under the coalition agreement Belgium is to hit 2% of GDP on defence this year and 2.5% by 2034."
    assert summary(text) == [("BEL", 2.0, 2024), ("BEL", 2.5, 2034)]
    text = "Austria's defence budget is to rise to 1.5 per cent of GDP by 2027 and to 2 per cent by 2032."
    assert summary(text) == [("AUT", 1.5, 2027), ("AUT", 2.0, 2032)]


def test_a_deadline_brought_forward_is_a_target_for_the_new_year():
    text = "With more room for defence, the government in Berlin has brought its own 3.5% deadline forward from 2035 to 2029."
    assert summary(text, date(2025, 7, 1)) == [("DEU", 3.5, 2029)]


def test_meeting_the_previous_benchmark_is_a_target_but_replacing_it_is_not():
    text = "Carney said Canada would hit the alliance's previous two per cent benchmark in 2025, moving the deadline forward from 2032."
    assert summary(text, date(2025, 7, 1)) == [("CAN", 2.0, 2025)]
    text = "NATO agreed on 5% of GDP by 2035, replacing the previous 2% target."
    assert summary(text, date(2025, 7, 1)) == [("NATO", 5.0, 2035)]


def test_the_government_of_a_paragraph_about_one_country_is_that_country():
    text = ("Spain resists the new NATO target.\n\nGermany has loosened its debt brake for defence. Berlin's core defence "
            "budget is set to rise to 152 billion euros. The government plans to reach 3.5% of GDP by 2029.")
    assert summary(text, date(2025, 7, 1), title="Spain balks at NATO's 5% target") == [("DEU", 3.5, 2029)]


def test_a_range_of_shares_is_read_at_its_upper_end_like_an_amount():
    text = "Lithuania's defence council agreed that the country will spend between 5 and 6 percent of GDP on defence from 2026."
    assert summary(text) == [("LTU", 6.0, 2026)]
    text = "Lithuania's defence council agreed that the country will spend between 5% and 6% of GDP on defence from 2026."
    assert summary(text) == [("LTU", 6.0, 2026)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Latvia intends to reach 5% of GDP on defence as early as 2026, while Lithuania has said it will spend 6% from 2026.",
         [("LVA", 5.0, 2026), ("LTU", 6.0, 2026)]),
        ("President Lai Ching-te of Taiwan has pledged to raise defence spending to more than 3% of GDP next year, in a bid "
         "to reassure Washington.", [("TWN", 3.0, 2026)]),
        ("Merz wants to exempt defence spending above 1 percent of GDP from Germany's debt brake.", []),
        ("Kishida set a goal of 2% of GDP for defence by fiscal 2027, double the roughly 1% that Japan had spent for decades.",
         [("JPN", 2.0, 2027)]),
    ],
)
def test_clauses_reassured_capitals_exemptions_and_past_levels(text, expected):
    assert summary(text, date(2025, 10, 1)) == expected


def test_allies_spending_less_than_the_target_is_not_a_target():
    assert summary("Several allies, including Germany, Italy and Spain, still spend less than the current 2 percent target.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a share for a year still ahead is a plan, whatever else the sentence says about today or the past
        "Japan's government plans to raise defense spending to 2 percent of GDP in fiscal 2027, under documents adopted last year.",
        "Japan is on track to meet its goal of spending 2% of GDP on defence by fiscal 2027.",
        "Poland, which already spends more on defence than any other ally, plans to increase spending to 4.8% of GDP next year.",
        # a rate word in an aside does not make the share a rate
        "Germany, whose constitution now exempts defence from its debt brake, plans to reach 3.5% of GDP by 2029.",
    ],
)
def test_plans_for_a_later_year_are_targets(sentence):
    assert len(targets(sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "According to NATO's own estimates, European allies and Canada will spend an average of 2.3% of GDP on defence in 2024.",
        "Duda has also suggested that the 2 percent should be enshrined in national law in every member state.",
        "In 2024, Dutch defence spending will amount to 2.05% of GDP.",
        "Most EU governments back NATO's goal, and several face deficits above the EU's 3% limit.",
    ],
)
def test_estimates_suggestions_budgets_and_other_limits_are_not_targets(sentence):
    assert targets(sentence) == []


def test_we_in_a_quote_is_the_country_of_the_speaker_just_introduced():
    text = ("Lithuania hosts the summit this week, and Lithuania wants more.\n\nLatvia's President Edgars Rinkevics said "
            "the Baltic states could not wait on defence. \"We are at 2.27% this year, and we will go to 3% of GDP by 2027,\" he said.")
    assert ("LVA", 3.0, 2027) in summary(text, date(2023, 7, 11))


def test_the_nato_norm_named_in_a_countrys_plan_is_the_countrys_target():
    text = "The Dutch cabinet intends to anchor the NATO norm of 2% of GDP for defence in law."
    assert summary(text) == [("NLD", 2.0, None)]


def test_a_target_restated_as_a_subject_adds_nothing():
    text = "NATO allies agreed to spend 5% of GDP on defence by 2035. The 5% target is a success for Trump, who had demanded it."
    assert summary(text, date(2025, 6, 26)) == [("NATO", 5.0, 2035)]


def test_an_impersonal_plan_belongs_to_the_country_of_its_paragraph():
    text = ("Canada says it will reach 2% this year.\n\nAustralia spends a little over 2% of GDP on defence. Under plans "
            "set out in last year's strategy, spending is set to rise to 2.33% of GDP by 2033-34.")
    assert ("AUS", 2.33, 2034) in summary(text, date(2025, 6, 1))


def test_nato_owns_a_pledge_named_without_any_state():
    text = "NATO's 5% pledge: what allies actually signed up to in The Hague by 2035."
    assert summary(text, date(2025, 6, 26)) == [("NATO", 5.0, 2035)]


def test_components_of_a_total_take_its_year_but_a_later_goal_does_not():
    text = "Allies agreed to spend 5% of GDP on defence by 2035, made up of at least 3.5% on core defence and up to 1.5% on resilience."
    assert summary(text, date(2025, 6, 26)) == [("NATO", 5.0, 2035), ("NATO", 3.5, 2035), ("NATO", 1.5, 2035)]
    text = "Britain's plan would see defence spending rise to 2.5% of GDP by 2026 on the way to a 3% goal."
    assert ("GBR", 3.0, None) in summary(text, date(2022, 9, 21))


def test_a_split_described_in_the_next_sentence_keeps_the_year():
    text = ("NATO leaders agreed to spend 5% of GDP on defence by 2035. The target is split into 3.5% of GDP for core "
            "defence and 1.5% for broader security spending.")
    assert summary(text, date(2025, 6, 26)) == [("NATO", 5.0, 2035), ("NATO", 3.5, 2035), ("NATO", 1.5, 2035)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Poland's President Andrzej Duda said the 2% defence target was \"the bare minimum.\"",
        "Polish officials have argued that NATO should treat its 2% defence guideline as a floor rather than a ceiling.",
        "An analysis of whether the Hague 5% defence target is realistic for Nordic welfare states.",
    ],
)
def test_a_benchmark_talked_about_is_not_a_commitment(sentence):
    assert targets(sentence) == []


def test_a_summit_datelined_in_the_host_city_is_natos_not_the_hosts():
    text = ("The Hague (AFP) - NATO leaders on Wednesday signed off on a pledge to ramp up defence spending to five percent "
            "of GDP by 2035. Under the deal agreed at a summit in the Dutch city, allies will spend 3.5 percent of GDP on "
            "core defence and 1.5 percent on broader security by 2035.")
    assert summary(text, date(2025, 6, 25)) == [("NATO", 5.0, 2035), ("NATO", 3.5, 2035), ("NATO", 1.5, 2035)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany's finance ministry set out its budget. Under the plan, core defence spending is to rise to 3.5 percent of "
         "GDP by 2029, six years earlier than the deadline NATO leaders are expected to set.", [("DEU", 3.5, 2029)]),
        ("Berlin will use the EU's escape clause, which allows member states to raise defence spending by up to 1.5 percent "
         "of GDP over four years.", []),
        ("Kosiniak-Kamysz has said Poland wants to spend 5 percent of GDP on defence in the coming years.", [("POL", 5.0, None)]),
        ("U.S. President Donald Trump has said Taiwan should spend as much as 10 percent of its GDP on defense.", [("TWN", 10.0, None)]),
    ],
)
def test_whose_share_and_whether_it_is_a_share(text, expected):
    assert summary(text, date(2025, 6, 1)) == expected


def test_a_call_on_every_member_is_natos_and_a_share_called_not_enough_is_no_target():
    text = 'Hegseth also said every Nato member should commit to spending 5% of GDP on defence, calling 2% "not enough".'
    assert summary(text, date(2025, 2, 12)) == [("NATO", 5.0, None)]


def test_the_country_urged_is_the_one_whose_share_it_is():
    text = "A group of 23 U.S. senators wrote to Trudeau urging Canada to present a credible path to the two per cent defence goal."
    assert summary(text, date(2024, 5, 24)) == [("CAN", 2.0, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a later clause's "suggested" is about an earlier plan, not this share
        ('Meloni told reporters that Italy would reach the Nato guideline of two per cent of GDP "by 2028", '
         "a year later than her government had previously suggested.", [("ITA", 2.0, 2028)]),
        ("Czech defence spending is set by law. A law passed last year obliges every Czech government to keep defence "
         "spending at no less than two per cent of GDP.", [("CZE", 2.0, None)]),
        ("In Vilnius, the State Defence Council agreed a new goal of spending six per cent of GDP on defence by 2030.",
         [("LTU", 6.0, 2030)]),
        ("US President Donald Trump has gone further, demanding that every ally spend five per cent of GDP on defence.",
         [("NATO", 5.0, None)]),
        ("What the market is pricing is the domestic side: five per cent of GDP across the alliance by 2035.", [("NATO", 5.0, 2035)]),
        ("Nato leaders agreed to raise defence spending to 5% of GDP by 2035, a victory for US president Donald Trump.",
         [("NATO", 5.0, 2035)]),
        # each state of a gapped clause has its own share
        ("Estonia will spend 5.4 per cent of GDP on defence in 2027, and Latvia about 4.9 per cent.", [("EST", 5.4, 2027), ("LVA", 4.9, None)]),
        # a hypothetical target
        ("If the new NATO defence target is set at five per cent of GDP, Finland will have to find more money.", []),
    ],
)
def test_clauses_laws_capitals_allies_and_hypotheticals(text, expected):
    assert summary(text, date(2026, 2, 13)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Estonia, Latvia and Lithuania plan to exceed 5% of GDP on defence next year.",
         [("EST", 5.0, 2026), ("LVA", 5.0, 2026), ("LTU", 5.0, 2026)]),
        ("The Baltic states have said they will reach 5% of GDP on defence as early as next year.",
         [("EST", 5.0, 2026), ("LVA", 5.0, 2026), ("LTU", 5.0, 2026)]),
        # the state named after the group is the one that commits
        ("The Baltic states are racing ahead: Latvia intends to reach 5% of GDP on defence as early as 2026.", [("LVA", 5.0, 2026)]),
        # a group pushing the alliance is asking for NATO's target
        ("The Baltic states have been pushing for the alliance to adopt a new defence spending target of at least 3.5 percent of GDP.",
         [("NATO", 3.5, None)]),
        # the host city of a summit is not whose target it is
        ("Norway's parliament agreed the budget on Friday. The Government will increase defence spending to 3.5 per cent of GDP "
         "by 2035, in line with the commitment agreed by NATO allies in The Hague.", [("NOR", 3.5, 2035)]),
    ],
)
def test_several_states_each_own_a_shared_target_and_a_summit_city_owns_none(text, expected):
    assert summary(text, date(2025, 6, 26)) == expected


def test_a_share_of_national_income_is_not_a_share_of_gdp():
    text = "The government had committed to spend 1% of gross national income on defence by 2028."
    assert summary(text, date(2025, 6, 26), title="Luxembourg raises defence spending") == []


def test_national_income_in_british_usage_is_gdp():
    text = "Rishi Sunak has promised that the UK will spend 2.5 per cent of national income on defence by 2030."
    assert summary(text, date(2024, 4, 24)) == [("GBR", 2.5, 2030)]


def test_spoken_shares_and_aid_as_a_share_of_gdp():
    assert summary("Germany will raise defence spending to three point five per cent of GDP by 2029.", date(2025, 3, 1)) == [("DEU", 3.5, 2029)]
    # "point five per cent" is half a per cent, and a share of GDP for Ukraine is aid, not a defence target
    assert summary("Our proposal is that Sweden should commit point five per cent of GDP every year to support Ukraine.", date(2025, 3, 1)) == []


def test_options_being_weighed_are_not_a_target():
    text = 'Anand said the government was weighing "aggressive options" to move closer to NATO\'s guideline of spending two per cent of GDP.'
    assert summary(text, date(2022, 3, 8), title="Canada sends military gear to Ukraine") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poland will allocate this year 4 percent of GDP for defence, announced on Monday Prime Minister Mateusz Morawiecki.",
         [("POL", 4.0, 2023)]),
        ("Lithuania's main political parties agreed in March to raise defence spending to 2.52% of GDP this year.", [("LTU", 2.52, 2023)]),
        # a level described, not decided
        ("Seoul's 2023 defence budget stands at 57 trillion won, an increase of 4.4% on last year, or about 2.5% of GDP.", []),
        ("Norway's defence spending will reach about 2.2% of GDP this year, according to government estimates.", []),
    ],
)
def test_a_share_for_this_year_is_a_target_when_it_is_decided_not_when_it_is_described(text, expected):
    assert summary(text, date(2023, 1, 30)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lithuania's State Defence Council decided in January to spend between 5% and 6% of GDP on defence from 2026 to 2030.",
         [("LTU", 6.0, 2026)]),
        ("Estonia's government has approved a draft budget that takes defence spending to 5.4% of GDP in 2026.", [("EST", 5.4, 2026)]),
    ],
)
def test_decided_and_approved_shares(text, expected):
    assert summary(text, date(2025, 9, 1)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Estonia spends about 3.4 percent of GDP on defence this year. It has pledged to reach at least 5 percent of GDP from 2026.",
         [("EST", 5.0, 2026)]),
        ("Warsaw has promised to lift defence spending to 3 percent of GDP in 2026, and Estonia wants to reach 3 percent by 2027.",
         [("POL", 3.0, 2026), ("EST", 3.0, 2027)]),
        ("Germany has committed to raising core defence spending to 3.5 percent of GDP by 2029, and all allies except Spain "
         "signed up to spending 5 percent of GDP by 2035.", [("DEU", 3.5, 2029), ("NATO", 5.0, 2035)]),
        ("Allies committed on Wednesday to invest 5 percent of GDP in defence by 2035. At least 3.5 percent is to go on core "
         "defence and up to 1.5 percent on resilience.", [("NATO", 5.0, 2035), ("NATO", 3.5, 2035), ("NATO", 1.5, 2035)]),
        ("Czechia's new defence law requires spending of at least 2 percent of GDP every year from 2024.", [("CZE", 2.0, 2024)]),
    ],
)
def test_pronouns_new_subjects_after_and_exceptions_components_and_laws(text, expected):
    assert summary(text, date(2025, 6, 26)) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Prime Minister Mark Carney said earlier this month that Ottawa would reach 2 per cent of GDP on defence this year, "
         "years earlier than previously planned.", date(2025, 6, 26), [("CAN", 2.0, 2025)]),
        ("WARSAW, Jan 31 - Poland will spend 4 per cent of its GDP on defence this year, Prime Minister Mateusz Morawiecki "
         "said on Monday.", date(2023, 1, 31), [("POL", 4.0, 2023)]),
        # still described, not decided
        ("Norway's defence spending will reach about 2.2% of GDP this year, according to government estimates.", date(2023, 1, 31), []),
    ],
)
def test_a_leader_announcing_this_year_s_share_sets_a_target(text, published, expected):
    assert summary(text, published) == expected


def test_a_country_moving_its_date_for_nato_s_benchmark_owns_the_target():
    text = ("Denmark's parties agreed a new defence deal on Friday. The agreement also moves forward the date for reaching "
            "Nato's 2 per cent target from 2033 to 2030.")
    assert summary(text, date(2023, 3, 10), title="Denmark tops up its Ukraine Fund") == [("DNK", 2.0, 2030)]


def test_reaching_names_the_share_and_stopping_short_of_a_date_is_no_target():
    assert summary("The Dutch government has moved its defence target for reaching 2 per cent from 2025 to 2024.",
                   date(2023, 3, 15)) == [("NLD", 2.0, 2024)]
    text = "Anand has said the government is reviewing its defence policy but has stopped short of setting a date for reaching 2% of GDP."
    assert summary(text, date(2022, 4, 8), title="Canada adds military aid for Ukraine") == []


def test_a_run_of_targets_carries_its_defence_context_down_a_list():
    text = ("Defence budgets were the other theme of the summit.\n\nPoland spends 4% today.\n\n"
            "Spain's government has said it will reach 2 percent by 2029.\n\n"
            "Italy has set 2028 as the year in which it will reach 2 percent.\n\n"
            "Belgium has committed to reaching 2 percent only by 2035.\n\n"
            "Canada told allies in Washington that it would reach 2 percent by 2032.")
    assert summary(text, date(2024, 7, 16)) == [("ESP", 2.0, 2029), ("ITA", 2.0, 2028), ("BEL", 2.0, 2035), ("CAN", 2.0, 2032)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The government plans to raise defence spending to 3,5 percent of GDP by 2029.", [("DEU", 3.5, 2029)]),
        ("Romania will lift defence spending to 2,5% of GDP in 2026.", [("ROU", 2.5, 2026)]),
    ],
)
def test_decimal_comma_shares(sentence, expected):
    text = sentence if "Romania" in sentence else "Germany's cabinet met on Wednesday. " + sentence
    assert summary(text) == expected


def test_a_share_rejected_or_a_benchmark_compared_with_is_not_the_countrys_target():
    assert summary("Madrid rejected the 5% of GDP for defence that Washington demands from allies.") == []
    assert summary("Poland already spends well above the 3.5% core target allies set for 2035.") == []


def test_a_sentence_about_a_benchmark_carries_target_context_to_the_next_ones():
    text = ("Romania is above the 2% target, as the table shows. Neighbouring Bulgaria has written into law a path "
            "to 3% of GDP by 2030.")
    assert summary(text) == [("BGR", 3.0, 2030)]


def test_a_state_named_by_its_government_after_and_starts_its_own_clause():
    text = ("Finland has committed to 3% of defence spending in GDP from 2029, and the Swedish government plans to "
            "reach 3.5% of GDP in 2030.")
    assert summary(text) == [("FIN", 3.0, 2029), ("SWE", 3.5, 2030)]


def test_a_share_demanded_of_allies_belongs_to_the_alliance_and_a_budget_restated_as_a_share_is_no_target():
    demanded = "The US president demanded earlier this month that European allies spend 5 percent of GDP on defence."
    assert summary(demanded) == [("NATO", 5.0, None)]
    assert summary("In 2024, the Slovak defence budget amounts to EUR 2,6 billion, or 2,0 percent of GDP, as the law requires.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Defence budgets keep climbing in the north. The Nordic states will all pass 3.5% next year, a level that reflects their geography.", [("DNK", 3.5, 2025), ("FIN", 3.5, 2025), ("ISL", 3.5, 2025), ("NOR", 3.5, 2025), ("SWE", 3.5, 2025)]),
        ("Defence spending has become a race in the region. Vilnius aims for 5% in 2026.", [("LTU", 5.0, 2026)]),
        ("Romania, which intends to spend 2.5% of GDP on defence this year, has ordered more tanks.", [("ROU", 2.5, 2024)]),
        ("In Tokyo, the legislature passed a budget raising defence spending to 1.6% of GDP by 2027.", [("JPN", 1.6, 2027)]),
        ("Carney also recommitted to spending 2% of GDP on defence, but declined to set a date.", [("CAN", 2.0, None)]),
    ],
)
def test_pass_aims_for_intends_recommits_and_a_capitals_legislature(text, expected):
    assert sorted(summary(text)) == expected


def test_a_list_of_states_owns_a_share_even_when_the_last_is_chosen_and_a_place_is_no_partner():
    listed = "Finland, Sweden and Norway will raise defence spending to at least 3 percent of GDP from 2027, the ministers said in Oslo."
    assert sorted(summary(listed)) == [("FIN", 3.0, 2027), ("NOR", 3.0, 2027), ("SWE", 3.0, 2027)]
    place = "At the NATO summit in Vilnius, Canada also signed on to the alliance goal of spending 2 per cent of GDP on defence by 2032."
    assert summary(place) == [("CAN", 2.0, 2032)]


def test_natos_ratio_is_the_countrys_own_share_and_a_communiques_we_is_the_alliance():
    ratio = ("Italy's cabinet approved the budget on Wednesday. Defence spending will rise.\n\n"
             "According to the plan, the NATO ratio is to rise to 2,2 percent of GDP in 2026.")
    assert summary(ratio, date(2025, 7, 31)) == [("ITA", 2.2, 2026)]
    communique = "The summit declaration was adopted on Wednesday.\n\n14. We reaffirm our commitment to invest at least 2% of GDP annually on defence."
    assert summary(communique) == [("NATO", 2.0, None)]


def test_spending_beyond_a_benchmark_is_no_target_but_going_beyond_one_is():
    assert summary("NATO says expenditure beyond 2% of GDP will be needed to remedy shortfalls in defence.") == []
    assert summary("Poland's government says it wants to go beyond 5% of GDP on defence next year.") == [("POL", 5.0, 2025)]


def test_a_flash_in_capitals_names_its_country_and_a_draft_that_foresees_a_share_is_a_target():
    assert summary("FINLAND TO RAISE DEFENCE SPENDING TO 3% OF GDP BY 2029 - GOVERNMENT") == [("FIN", 3.0, 2029)]
    assert summary("Hungary's draft budget for 2025 foresees defence spending of 2,1 percent of GDP.") == [("HUN", 2.1, 2025)]


def test_questions_counts_of_allies_marks_and_russian_spending_told_by_others_are_not_targets():
    assert summary("Q: Three per cent is still well short of the five per cent of GDP that Washington wants for defence?") == []
    assert summary("Twenty of the 32 allies will meet the 2% of GDP defence mark this year, NATO estimates show.") == []
    assert summary("Poland, which spends heavily on defence, is the only ally above the 4% mark of GDP.") == []
    assert summary("Estonian intelligence estimates that Russia will spend around 7% of its GDP on defence this year.") == []
    assert summary("Finland, which shares a long border with Russia, also plans to raise defence spending to 3% of GDP by 2029.") == [("FIN", 3.0, 2029)]


def test_a_decided_share_for_this_year_and_meeting_the_benchmark_are_targets():
    assert summary("Romania has decided to spend 2.5% of GDP on defence this year.") == [("ROU", 2.5, 2024)]
    assert summary("Britain will meet two per cent of GDP on defence this year, the minister told reporters.") == [("GBR", 2.0, 2024)]


def test_what_allies_should_spend_is_asked_of_the_alliance_and_a_share_set_aside_is_none():
    assert summary("Hegseth told reporters that NATO allies should spend 5% of GDP on defence, not 2%.") == [("NATO", 5.0, None)]


def test_a_past_level_a_share_now_and_a_budget_that_sets_this_years_share():
    assert summary("Czech defence spending was about 1,5 % of GDP in 2023, well below the NATO benchmark.") == []
    assert summary("Macron said defence spending, now about 2.1 per cent of GDP, should rise.") == []
    assert summary("Hungary has set its 2024 defence budget at 2.2 per cent of GDP.") == [("HUN", 2.2, 2024)]
    listed = ("Estonia and Latvia have committed to exceed 5 per cent of GDP on defence from 2026, and Poland, which already spends "
              "about 4.1 per cent, intends to reach 4.8 per cent in 2026.")
    assert sorted(summary(listed)) == [("EST", 5.0, 2026), ("LVA", 5.0, 2026), ("POL", 4.8, 2026)]


def test_a_share_that_rises_to_and_an_earlier_plan_of():
    assert summary("In the budget presented on Tuesday, Dutch defence spending rises to 2,4 percent of GDP in 2027.") == [("NLD", 2.4, 2027)]
    text = "Latvia agreed last week to lift this year's defence spending to 3.73% of GDP, up from an earlier plan of 3.45%."
    assert summary(text) == [("LVA", 3.73, 2024)]


def test_demands_of_every_member_debt_brake_thresholds_floated_shares_levels_and_tax_revenue():
    assert summary("Trump repeated on Monday that every NATO member should spend 5% of GDP on defence.") == [("NATO", 5.0, None)]
    assert summary("Germany's change means defence spending above 1% of GDP no longer counts against the debt brake.") == []
    assert summary("Macron has floated raising France's defence effort to 3% of GDP.") == []
    assert summary("Estonia, which will spend about 3.4% this year, decided to lift defence spending to 5.4% of GDP in 2026.") == [("EST", 5.4, 2026)]
    assert summary("A defence tax on banks would raise less than 1% of GDP for the armed forces.") == []


def test_opinions_arithmetic_and_a_possessive_state_starting_its_own_clause():
    assert summary("Kubilius has argued that the bloc's members should be spending at least 3% of GDP on defence.") == []
    text = ("Vilnius agreed to raise defence spending to 2.52% this year, and Poland's new homeland defence law requires at "
            "least 3% of GDP on defence from 2023.")
    assert sorted(summary(text, date(2023, 3, 1))) == [("LTU", 2.52, 2023), ("POL", 3.0, 2023)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a budget that sets the share: decided, so a target for the budget's year
        ("Poland's budget for 2026 sets defence spending at 4.8% of GDP, the highest ratio in NATO.", [("POL", 4.8, 2026)]),
        ("Warsaw's budget for 2026 puts defence at 4.7% of GDP, the highest in NATO.", [("POL", 4.7, 2026)]),
        # ... but not a budget set at a sum whose share is only described
        ("Seoul's 2026 budget proposal sets defence spending at 66 trillion won, up 7.5 percent, equivalent to about "
         "2.5 percent of GDP.", []),
        # the place of a meeting does not stop a group from owning the share
        ("The Baltic states agreed in Riga on Tuesday to spend at least 3% of GDP on defence by 2027.",
         [("EST", 3.0, 2027), ("LVA", 3.0, 2027), ("LTU", 3.0, 2027)]),
        # a state listed with the group owns it too
        ("Poland and the Baltic states will spend 5% of GDP on defence by 2027.",
         [("POL", 5.0, 2027), ("EST", 5.0, 2027), ("LVA", 5.0, 2027), ("LTU", 5.0, 2027)]),
    ],
)
def test_budgets_that_set_the_share_and_groups_named_with_their_meeting_place(sentence, expected):
    assert [(t.donor_code, t.pct_gdp, t.target_year) for t in targets(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Canberra's defence budget is set to rise to A$48.6 billion this financial year, a little over 2 percent of GDP.",
        "Poland, which expects to spend about 4.7 percent of GDP on defence this year, called the new goal the minimum.",
    ],
)
def test_levels_told_loosely_or_expected_are_not_targets(sentence):
    assert targets(sentence) == []


def test_a_forecast_is_not_a_target_and_a_target_brought_forward_is():
    assert summary("Germany's defence spending is expected to reach only about 1.6 percent of GDP next year.") == []
    assert summary("Parties in the Folketing agreed this week to bring forward Denmark's 2 percent defence spending target "
                   "from 2033 to 2030.") == [("DNK", 2.0, 2030)]


def test_spoken_two_digit_decimals_given_up_targets_and_forecasts():
    assert summary("Australia's defence funding is planned to grow to two point three three per cent of GDP by 2033-34.") \
        == [("AUS", 2.33, 2034)]
    assert summary("Liz Truss's pledge of 3 per cent of GDP by 2030 has been quietly shelved.") == []
    assert summary("Researchers expect Korea's defence spending to rise to about 2.9 percent of GDP by 2027.") == []
    assert summary("Spain would meet its capability targets by spending 2.1% of GDP, and would not need to reach 3.5%.") == []


def test_a_datelines_country_does_not_own_the_alliances_target_and_levels_told_as_today_are_not_targets():
    assert summary("THE HAGUE, Netherlands (APW) - NATO leaders on Wednesday committed to spending 5 percent of gross domestic "
                   "product on defense and security by 2035.") == [("NATO", 5.0, 2035)]
    assert summary("Analysts say that at today's spending levels, equal to around 2 per cent of GDP, Australia would need to "
                   "find billions more.") == []


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("Poland's 2026 budget allocates 4.8 per cent of GDP to defence, the highest share in the alliance.",
         date(2026, 1, 10), [("POL", 4.8, 2026)]),
        ("Poland, whose government has set this year's defence budget at 4.7 per cent of GDP, is the top spender.",
         date(2025, 6, 14), [("POL", 4.7, 2025)]),
        ("Belgium's government decided in April to reach 2 per cent of GDP on defence this year.",
         date(2025, 6, 14), [("BEL", 2.0, 2025)]),
        ("With the budget the Riksdag adopted for this year, Sweden's defence spending will rise to 2.1 percent of GDP in 2024.",
         date(2024, 3, 14), [("SWE", 2.1, 2024)]),
        # described, not decided
        ("He also knows that we spend 2.3 per cent of GDP on defence, well above the NATO guideline.", date(2024, 3, 14), []),
        ("Norway, meanwhile, expects its defence spending to be about 2.2% of GDP this year.", date(2025, 6, 14), []),
        ("Czechia's law commits it to at least 2 per cent of GDP on defence from 2024, after years of hovering around 1.3 "
         "per cent.", date(2024, 3, 14), [("CZE", 2.0, 2024)]),
    ],
)
def test_current_year_shares_decided_and_described(sentence, published, expected):
    assert summary(sentence, published) == expected


def test_leaders_at_a_summit_own_the_alliances_target_and_projections_are_not_targets():
    text = ("NATO's summit in The Hague ended on Wednesday.\n\nLeaders agreed to spend 3.5% of GDP on core defence and "
            "another 1.5% on security-related investment by 2035.")
    assert summary(text) == [("NATO", 3.5, 2035), ("NATO", 1.5, 2035)]
    assert summary("Canada spends about 1.38 per cent of GDP on defence, and the budget officer projects it will reach "
                   "only about 1.5 per cent by 2027.") == []


def test_a_share_decided_for_the_current_year_by_an_approved_budget_or_a_decision():
    assert summary("Under the budget approved in December, Czechia will spend 2 per cent of GDP on defence in 2024 for the "
                   "first time.", date(2024, 2, 1)) == [("CZE", 2.0, 2024)]
    assert summary("The government has decided that Sweden's defence spending will amount to 2.2 per cent of GDP this year.",
                   date(2024, 2, 1)) == [("SWE", 2.2, 2024)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # members committing in their own clause, whatever states the clause before names
        ("Germany, UK and France announce new weapons; members commit to spending at least 2% of GDP on defence.",
         [("NATO", 2.0, None)]),
        # NATO's own terms with no state named ...
        ("The headline is really 3.5 per cent of GDP for core defence plus 1.5 per cent for resilience, both by 2035.",
         [("NATO", 3.5, 2035), ("NATO", 1.5, 2035)]),
        # ... but a government's core-defence plan is its own
        ("Germany's budget was presented.\n\nThe Federal Government intends to increase core defence spending to 3.5 "
         "percent of GDP by 2029.", [("DEU", 3.5, 2029)]),
        # a rise of the budget to a sum is a rate, not a share
        ("South Korea's defence budget for 2023 is set to rise 4.4 per cent to about 57 trillion won.", []),
    ],
)
def test_whose_target_the_alliances_terms_are_and_rises_to_a_sum(text, expected):
    assert summary(text) == expected
