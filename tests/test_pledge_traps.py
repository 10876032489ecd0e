"""Figures near aid wording that are not a donor's new pledge to Ukraine, each a kind of phrasing met in
news (totals, parts, shares, requests, money for others) — and the look-alikes that still are pledges."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extraction import Document, extract_document

PUBLISHED = date(2024, 10, 10)


def summary(text: str, published: date = PUBLISHED) -> list[tuple[str, float, str]]:
    return [(p.donor_code, p.amount, p.currency) for p in extract_document(Document(text, published)).pledges]


@pytest.mark.parametrize(
    "text",
    [
        # totals reached, in whatever words
        "With the extra money, Japan's financial assistance to Ukraine will total $600 million.",
        "The drone package comes on top of the UK's military support for Ukraine this year, which stands at £4.5 billion.",
        "Congress has approved roughly $68 billion in aid to Ukraine this year before this latest package, according to a tally by analysts.",
        "Ottawa had promised to match individual donations to the Red Cross appeal for Ukraine up to $10 million.",
        # earlier pledges recalled
        "The UK has committed to providing £3bn a year in military aid to Ukraine, a pledge first made by the previous government.",
        "Carney announced C$2 billion in military aid for Ukraine at the G7 summit in Kananaskis last month.",
        # totals over many donors or a whole scheme
        "Some 70 countries and organisations meeting in Paris pledged just over one billion euros in emergency aid for Ukraine.",
        "The loan is the UK's contribution to a G7 scheme for Ukraine worth a total of $50bn.",
        "Rome recovery conference ends with €10bn in pledges for Ukraine.",
        # requests, hopes and appeals
        "The UN launched a flash appeal for $1.7 billion to provide humanitarian assistance inside Ukraine.",
        "Zelensky said Ukraine hopes to buy around $1 billion worth of U.S. weapons every month with allied money.",
        # money shared with others, or for others
        "The bill includes about $45 billion in emergency assistance for Ukraine and NATO allies.",
        "Blinken said the US would provide $2.2 billion in military financing to Ukraine and 17 other countries in the region.",
        "Slovakia will receive compensation of about 200 million euros from the EU for the jets it gave Ukraine.",
        "The foreign office will have roughly €1bn for humanitarian aid worldwide next year, and groups say Ukraine will lose out.",
        "Pevkur argued that if all members of the alliance contributed a quarter of a percent of GDP, Ukraine would receive more than €120 billion a year.",
        "In addition, the United States would provide Slovakia with 12 helicopters in a package worth around $340 million, after Slovakia sent its jets to Ukraine.",
        "The Council also approved a plan which will give Hungary access to €5.8 billion in grants, as Ukraine's loan was agreed.",
        "NATO draws up the priority list with Ukraine's military and coordinates payments in packages of roughly $500 million.",
        "Canada supports Ukraine. Budget 2022 provided $8 billion over five years to strengthen the Canadian Armed Forces.",
        "Turkish drone maker Baykar says its factory near Kyiv, a project worth about $100 million, is nearly complete.",
        "The money for the drones for Ukraine comes out of the $500 million in military aid that Prime Minister Justin Trudeau promised when Zelensky visited.",
    ],
)
def test_not_a_new_pledge(text):
    assert summary(text) == []


def test_a_ranking_to_date_is_not_a_running_total():
    text = "Sweden will provide Ukraine with its 18th and largest military aid package to date, worth 13.5 billion Swedish kronor."
    assert summary(text) == [("SWE", 13_500_000_000, "SEK")]


def test_a_disbursement_or_tranche_of_a_programme_is_part_of_it():
    text = ("The IMF approved a $15.6 billion loan for Ukraine on Friday. "
            "The arrangement allows for an immediate disbursement of about $2.7 billion, the IMF said.")
    assert summary(text) == [("IMF", 15_600_000_000, "USD")]


def test_a_count_of_packages_since_a_month_does_not_date_this_one():
    text = ("The Pentagon on Thursday announced new military aid for Ukraine. This authorization is the forty-third drawdown "
            "of equipment for Ukraine since August 2021, and is valued at up to $400 million.")
    assert summary(text) == [("USA", 400_000_000, "USD")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside about a country's own spending does not make its aid a defence budget
        ("Estonia, which spends more on defence as a share of its economy than almost any other ally, says it will send "
         "Ukraine a package worth €113m including howitzers.", [("EST", 113_000_000, "EUR")]),
        # the whole a pledge is part of is not a second pledge
        ("IMF approves $15.6 billion loan for Ukraine, part of $115 billion support package",
         [("IMF", 15_600_000_000, "USD")]),
        # governments buy aid from companies: the company is the seller, not a private donor
        ("Canada's defence minister said Ottawa would buy 200 armoured carriers from the Ontario-based manufacturer Roshel "
         "and donate them to Ukraine at a cost of C$90m.", [("CAN", 90_000_000, "CAD")]),
    ],
)
def test_still_a_pledge(text, expected):
    assert summary(text) == expected


def test_the_country_that_makes_the_weapons_is_not_the_donor():
    assert summary("Nordic countries to fund $500 million US arms package for Ukraine via NATO scheme") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kishida said Tokyo will put in another one billion dollars for Ukraine, mostly through the World Bank, for budget support.",
         [("JPN", 1_000_000_000, "USD")]),
        ("In addition, Taiwan's Cabinet approved US$2 million from the government budget for medical supplies for hospitals in Ukraine.",
         [("TWN", 2_000_000, "USD")]),
        ("Separately, the Foreign Office said Britain was giving £850k to a Ukrainian charity training deminers.",
         [("GBR", 850_000, "GBP")]),
    ],
)
def test_budget_support_a_government_budget_and_giving_to_charities_are_aid(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the clause goes on with the same kind of figure
        "According to the ministry, Germany has so far delivered weapons to Ukraine worth around €5.4 billion and has made commitments of more than €10 billion.",
        "Lithuania said earlier this month it would allocate EUR 35 million for Ukraine's shells, while Canada said it would provide CAD 40 million.",
        # an addition to a running total in the sentence before
        "Since February 2022, the Netherlands has made more than €4.4 billion available for military support to Ukraine. "
        "In addition, €1 billion has been allocated to non-military support.",
        # a further figure dated right after it to a past month
        "The IMF gave Ukraine $1.4 billion in emergency financing in March 2022, and a further $1.3 billion last October.",
    ],
)
def test_a_figure_that_carries_on_a_total_or_an_earlier_statement_is_not_new(text):
    assert summary(text) == []


def test_the_yearly_part_of_a_multi_year_pledge_is_not_a_second_pledge():
    text = ("Norway's government on Monday announced a five-year, 75 billion crown aid programme for Ukraine. "
            "The package would amount to 15 billion crowns per year from 2023 to 2027.")
    assert summary(text, date(2023, 2, 20)) == [("NOR", 75_000_000_000, "NOK")]


def test_a_members_share_of_a_joint_package_is_not_a_second_pledge():
    text = ("Norway, Sweden and Denmark will jointly fund a $500 million package of US weapons for Ukraine. "
            "Norway will contribute about 1.5 billion kroner to the joint package, its defence ministry said.")
    assert summary(text) == [("NOR", 500_000_000, "USD")]


def test_a_new_statement_in_the_same_sentence_is_still_a_pledge():
    text = "Germany has so far given Ukraine €5 billion, and will provide another €1 billion next year, Berlin said."
    assert summary(text) == [("DEU", 1_000_000_000, "EUR")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The foreign office will have roughly €1bn for humanitarian aid worldwide next year, and Ukraine's share is unclear.", []),
        ("The US finance agency and Ukraine have each put $75 million into the United States-Ukraine Reconstruction Investment Fund.", []),
        ("Today, the Commission also paid Ukraine €1 billion under the exceptional macro-financial assistance loan of up to €18.1 billion.",
         [("EU", 1_000_000_000, "EUR")]),
        ("The funds are part of the Nansen Support Programme for Ukraine, which amounts to NOK 85 billion in 2026.", []),
        ("In 2022, the EU provided Ukraine with €7.2 billion in macro-financial assistance.", []),
        ("Germany has set aside €11 billion for military support to Ukraine up to 2029, a sum approved by the Bundestag's budget committee in March.", []),
    ],
)
def test_budgets_funds_and_instruments_described_again_are_not_new(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Copenhagen will also hand 4.5 billion kroner to Ukrainian drone makers next year under the Danish model.",
         [("DNK", 4_500_000_000, "DKK")]),
        ("Sweden and Norway have previously contributed funds, and on Monday Iceland announced that it would contribute "
         "ISK 300 million to the Danish model for Ukraine.", [("ISL", 300_000_000, "ISK")]),
        ("The IMF said on Wednesday it had reached a staff-level agreement with Ukraine on a new four-year Extended Fund "
         "Facility of about $8.1 billion.", [("IMF", 8_100_000_000, "USD")]),
        ("Canada doubled its match for Ukraine donations. On Tuesday, the minister said the federal government would raise "
         "that cap for Ukraine to $30 million.", [("CAN", 30_000_000, "CAD")]),
        ("Fact check: No, the UK did not hand Ukraine another £12bn last week", []),
    ],
)
def test_handing_over_news_after_background_new_facilities_and_negations(text, expected):
    assert summary(text) == expected


def test_the_next_part_of_a_package_being_broken_down_is_not_new_but_a_separate_sum_is():
    text = ("The Norwegian Government will provide NOK 4.5 billion to help Ukraine secure gas and power this winter. "
            "NOK 2.5 billion of the support will be channelled through the EBRD to buy gas. "
            "A further NOK 1.5 billion will go to the Ukraine Energy Support Fund.")
    assert summary(text) == [("NOR", 4_500_000_000, "NOK")]
    text = ("Britain will increase its military funding for Ukraine to £2.5bn. Of the package, £200m will be spent on drones. "
            "The Foreign Office separately said £18m would go towards humanitarian aid in Ukraine.")
    assert summary(text) == [("GBR", 2_500_000_000, "GBP"), ("GBR", 18_000_000, "GBP")]


def test_several_donors_together_are_not_one_donors_pledge():
    text = ("The Netherlands and three Nordic countries have become the first European governments to put money into a "
            "NATO-run arrangement that buys American weapons for Ukraine, together committing more than $1 billion.")
    assert summary(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the list after "led by" is where the coalition comes from; the subject after the comma gives
        ("Within the drone coalition led by Latvia and the United Kingdom, Latvia will provide up to EUR 20 million "
         "in 2025 for drones for Ukraine.", [("LVA", 20_000_000, "EUR")]),
        # a joint pledge after "In addition," is filed under the first named; a scheme named after a country is not it
        ("In addition, Latvia and Denmark will jointly finance Ukrainian long-range drones in the amount of EUR 15 million, "
         "applying the so-called Danish model.", [("LVA", 15_000_000, "EUR")]),
        # a dateline with an agency between slashes is where the story was filed
        ("The Hague, June 25 /Agerpres/ - Romania will give Ukraine EUR 50 million for air defence, the president said.",
         [("ROU", 50_000_000, "EUR")]),
    ],
)
def test_who_gives_among_several_places_and_names(text, expected):
    assert summary(text) == expected
    if "jointly" in text:
        assert extract_document(Document(text, PUBLISHED)).pledges[0].co_donors == ["DNK"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lithuania's government on Tuesday approved a military aid package for Ukraine of €200 million for 2024-2026, "
         "according to defence minister Arvydas Anusauskas.", [("LTU", 200_000_000, "EUR")]),
        ("Finland's 14th defence materiel package for Ukraine since the invasion is worth around €71 million.",
         [("FIN", 71_000_000, "EUR")]),
        ("Sweden's government on Tuesday announced a new military support package for Ukraine worth 2 billion kronor, "
         "including spare parts for the CV90s it has already sent.", [("SWE", 2_000_000_000, "SEK")]),
        ("Germany's development ministry followed on Friday with an extra €20 million for generators in Ukraine.",
         [("DEU", 20_000_000, "EUR")]),
        ("Host Giorgia Meloni says commitments for Ukraine have passed €10bn.", []),
        ("Defence minister Troels Lund Poulsen announced a Danish package for Ukraine worth 4.2 billion kroner, "
         "that's about 580 million dollars.", [("DNK", 4_200_000_000, "DKK")]),
        ("According to the ministry's breakdown, about €415 million of the pledges for Ukraine are earmarked for energy.", []),
    ],
)
def test_more_ways_of_writing_new_pledges_and_their_parts(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bill sets aside $23.2 billion to replenish American weapons stocks drawn down to supply Ukraine.", []),
        ("The IMF board is expected to approve the next review for Ukraine in December, which would release about $1.1 billion.", []),
        ("Even the Netherlands, which set aside €2.5 billion for military aid to Ukraine this year, has done more than France.", []),
        ("The largest single item for Ukraine is a €100 million loan for water and district heating in Mykolaiv.", []),
        ("Kallas said the EU would soon send Ukraine the next tranche of profits from frozen Russian assets, around 1.5 billion euros.", []),
        ("The IMF approved a $15.6 billion loan for Ukraine. The fund said about $2.7 billion would be disbursed immediately.",
         [("IMF", 15_600_000_000, "USD")]),
        ("The IMF loan for Ukraine is the centrepiece of a wider support package of $115 billion over four years.", []),
        ("The IMF has made a new lending programme for Ukraine of about $8.1 billion conditional on the EU closing the gap.", []),
        ("Donors pledged €1 billion for Ukraine on Tuesday. According to the ministry's breakdown, about €415 million of the "
         "pledges are earmarked for energy, €38 million for food, €25 million for water.", []),
        # raising support to a new level is a pledge of that level
        ("Rishi Sunak announced that Britain would increase its military funding for Ukraine to £2.5bn next year.",
         [("GBR", 2_500_000_000, "GBP")]),
    ],
)
def test_parts_tranches_wholes_and_plans_in_multi_figure_stories(text, expected):
    assert summary(text) == expected


def test_a_split_of_a_nato_target_in_the_next_sentence_is_natos():
    text = ("Allies agreed to spend 5% of GDP on defence by 2035, Spain excepted. That figure is made up of at least 3.5% "
            "of GDP on core defence and up to 1.5% on broader spending.")
    found = [(t.donor_code, t.pct_gdp, t.target_year) for t in extract_document(Document(text, date(2025, 6, 26))).targets]
    assert ("NATO", 3.5, 2035) in found and ("NATO", 1.5, 2035) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The program is part of a total support package of $115 billion for Ukraine from the IMF and partners.", []),
        ("In addition, EUR 2 million from Austria's disaster fund shall be provided for the support of the Republic of "
         "Moldova, which hosts many refugees from Ukraine.", []),
        ("Austria will give EUR 10 million in winter aid to Ukraine. The funds shall be channelled through partner "
         "organisations, with EUR 4 million being provided to the Red Cross.", [("AUT", 10_000_000, "EUR")]),
        ("Ukraine Recovery Conference opens in Rome, over 10 bn euros pledged", []),
    ],
)
def test_wholes_other_recipients_channels_and_conference_totals(text, expected):
    assert summary(text) == expected


def test_a_month_named_in_reported_speech_dates_the_pledge_to_the_past():
    text = "The United Arab Emirates said in October it would give $100 million in humanitarian aid to Ukraine."
    assert summary(text, date(2023, 2, 26)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Dutch hosts, who spent an estimated 180 million euros on summit security, pledged a further 175 million "
         "euros for Ukraine's defence industry.", [("NLD", 175_000_000, "EUR")]),
        ("Germany's budget was set out. The draft 2025 budget also allocates 8.3 billion euros for military support to Ukraine.",
         [("DEU", 8_300_000_000, "EUR")]),
        ("Congress has approved roughly $111 billion in aid to Ukraine since Russia's February 2022 invasion.", []),
        ("The loan is Britain's contribution to a $50 billion scheme for Ukraine agreed by the Group of Seven.", []),
        ("Earlier, Bern announced it would spend 100 million francs on humanitarian demining in Ukraine.", []),
        ("NATO officials hope to line up about $10 billion a year for Ukraine through PURL.", []),
        ("Ukraine's current 15.5 billion dollar IMF programme is due to be replaced.", []),
        ("Ireland's department said it had allocated an initial €20 million to prepare accommodation for refugees from "
         "Ukraine arriving in Ireland.", []),
        ("President Joe Biden announced nearly $3 billion in new military aid for Ukraine, the largest single U.S. package "
         "since Russia's invasion.", [("USA", 3_000_000_000, "USD")]),
    ],
)
def test_estimates_budgets_running_totals_schemes_hopes_and_hosting(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway will give Ukraine NOK 4.5 billion for energy. On top of that, Oslo will provide NOK 300 million to the "
         "Red Cross for shelter in Ukraine.", [("NOR", 4_500_000_000, "NOK"), ("NOR", 300_000_000, "NOK")]),
        ("The United Nations is seeking $3.9 billion for its humanitarian response inside Ukraine this year.", []),
    ],
)
def test_additions_on_top_and_appeals_still_seeking_money(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada's defence minister said Ottawa would direct C$50 million to the drone coalition for Ukraine led by Latvia.",
         [("CAN", 50_000_000, "CAD")]),
        ("USAID said it would provide more than $50 million in humanitarian aid to Ukraine for heating, on top of the "
         "$55 million it had announced in November.", [("USA", 50_000_000, "USD")]),
        ("EU ambassadors on Tuesday cleared the way for an €18 billion loan package for Ukraine after Hungary lifted its veto.",
         [("EU", 18_000_000_000, "EUR")]),
        ("Germany will provide an additional €30 million to repair combined heat and power plants in Ukraine.",
         [("DEU", 30_000_000, "EUR")]),
        ("Donors meeting in Paris on Tuesday promised just over €1 billion in emergency help for Ukraine.", []),
        ("Italy's export credit agency SACE said it would make up to €500 million in guarantees available to Italian "
         "companies investing in Ukraine.", []),
        ("Merz repeated that Germany would provide around €9 billion in military support for Ukraine this year.", []),
        ("The EU's €50 billion Ukraine Facility, agreed in February, will deliver €4.5 billion in bridge financing to Ukraine.", []),
    ],
)
def test_dense_roundups(text, expected):
    assert summary(text, date(2024, 12, 14)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ukraine Facility, running from 2024 to 2027, will provide €33 billion in loans and €17 billion in grants to Ukraine.", []),
        ("Ireland's cabinet met on Tuesday. The Government will provide a further €20 million in humanitarian assistance "
         "to Ukraine this winter.", [("IRL", 20_000_000, "EUR")]),
        ("The EBRD had earlier said it planned to invest up to €3 billion in Ukraine over 2022 and 2023.", []),
        ("Sweden's package for Ukraine is financed from the SEK 40 billion framework the government set aside for 2025.", []),
        ("South Korea will give Ukraine $100 million. The ministry said 20 billion won ($15 million) of the humanitarian "
         "funds would go to hospitals.", [("KOR", 100_000_000, "USD")]),
        ("Poland takes delivery of K2 tanks under framework deals with South Korean manufacturers worth about $13.7 billion, "
         "as Seoul also aids Ukraine.", []),
        ("Portugal said its contribution to the Czech-led initiative to buy ammunition for Ukraine would be between "
         "€80 million and €100 million.", [("PRT", 100_000_000, "EUR")]),
        ("Sanchez also said Spain would provide one billion euros in military aid to Ukraine in 2025, as it did last year.",
         [("ESP", 1_000_000_000, "EUR")]),
        ("The loan for Ukraine comes on top of Canada's $5-billion contribution to the G7 loans, agreed last year.", []),
    ],
)
def test_instruments_earlier_plans_frameworks_parts_deals_and_ranges(text, expected):
    assert summary(text, date(2025, 3, 1)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Under the scheme, €1 billion of European Peace Facility money for Ukraine will reimburse member states for shells.",
        "Six months after G7 leaders agreed to lend Ukraine about $50 billion, the first money arrived.",
        "Under the previous Government the UK committed £2.3 billion in military assistance to Ukraine in each of 2022 and 2023.",
        "This year's figure for German aid to Ukraine was close to €8 billion.",
        "Britain has held its military aid to Ukraine at £3 billion a year.",
        "He reminded colleagues that Germany planned €4 billion in military aid for Ukraine this year.",
        "The new loan to Ukraine is separate from the $5-billion Canadian share of the G7 scheme.",
        "The IMF puts the total external financing need of Ukraine over the four years at about $115 billion.",
    ],
)
def test_reimbursements_standing_levels_reminders_and_needs(text):
    assert summary(text, date(2025, 3, 1)) == []


def test_pledges_without_a_day_of_their_own_take_the_day_of_the_meeting_in_the_lead():
    text = ("Defence ministers meeting at Ramstein on Tuesday pledged more weapons for Ukraine.\n\n"
            "Norway will give Ukraine NOK 1 billion for air defence. Sweden announced SEK 500 million for Ukraine's ammunition.")
    found = extract_document(Document(text, date(2024, 3, 14))).pledges  # a Thursday
    assert [p.date for p in found] == [date(2024, 3, 12), date(2024, 3, 12)]
    text = "Norway will give Ukraine NOK 1 billion for air defence, the government said."
    assert [p.date for p in extract_document(Document(text, date(2024, 3, 14))).pledges] == [date(2024, 3, 14)]


def test_a_headline_in_dollars_over_a_body_in_the_donors_currency_is_one_pledge():
    text = ("Norway gives $225 million to help Ukraine keep the power on\n\n"
            "Norway will give 2.5 billion kroner (about $225 million) to the Ukraine Energy Support Fund, the government said.")
    assert summary(text, date(2024, 12, 5)) == [("NOR", 2.5e9, "NOK")]
    # without a stated conversion the dollar value still ties them, within a headline's rounding
    text = "Norway gives $230 million to Ukraine for energy\n\nNorway will give 2.5 billion kroner to Ukraine's energy fund."
    assert summary(text, date(2024, 12, 5)) == [("NOR", 2.5e9, "NOK")]
    # a different sum in the headline is a different pledge
    text = "Norway gives $500 million to Ukraine for energy\n\nNorway will also give 2.5 billion kroner to Ukraine's energy fund."
    assert len(summary(text, date(2024, 12, 5))) == 2


@pytest.mark.parametrize(
    "text",
    [
        "US approves $990 million Patriot support sale to Ukraine as Europeans foot the bill",
        "The State Department on Tuesday approved the possible sale to Ukraine of Patriot spare parts worth $990 million.",
        "Under PURL, allies pay for packages of U.S. equipment for Ukraine worth roughly $500 million each.",
        "Germany's aid budget for Ukraine in 2026 is €11.5 billion, so next year's allocation is roughly €3 billion higher.",
        "Norway's state-controlled energy company Equinor said it had donated 50 million kroner to a Ukrainian charity.",
        "Japan has provided $12 billion to Ukraine since 2022. That figure includes roughly $3 billion Tokyo contributed to the G7's loans.",
    ],
)
def test_sales_typical_sizes_differences_companies_and_parts_of_a_figure(text):
    assert [p for p in summary(text, date(2025, 8, 1)) if p[1] != 11.5e9] == []


def test_a_sale_of_frozen_assets_for_ukraine_is_not_an_arms_sale():
    text = "Canada will give Ukraine C$100 million from the sale of a seized Russian cargo plane."
    assert summary(text, date(2025, 8, 1)) == [("CAN", 1e8, "CAD")]


@pytest.mark.parametrize(
    "text",
    [
        'FACT CHECK: Has Britain really given Ukraine "£12.5 billion"?',
        "Kiel Institute data show Germany has committed roughly €17.7 billion in military aid to Ukraine alone.",
        "The Kiel Institute, which tracks pledges government by government, counts about $114 billion in US aid to Ukraine.",
        "EU institutions have committed about €85 billion to Ukraine across all types of aid.",
        "Ukrainian officials say the country will need at least $40 billion a year in external budget support.",
        "The guns for Ukraine will be paid for out of the roughly €7 billion that Berlin has set aside in its 2024 budget.",
        "Officials confirmed that C$2.3 billion in loans to Kyiv will come out of the C$5 billion Canada promised last year.",
        "Denmark has channelled about DKK 9 billion to Ukraine's arms industry through the scheme since last summer.",
        "Warsaw has applied for €43.7 billion in low-interest loans from the SAFE instrument to buy air defence.",
        "The Ukraine Facility is the EU budget's main instrument for Kyiv: €50 billion in grants and loans for 2024 to 2027.",
        "The Commission says the Ukraine package should mobilise up to €10 billion in public and private investment.",
        "Rheinmetall said it had won a framework agreement from the Bundeswehr for 155mm shells worth up to EUR 4 billion.",
    ],
)
def test_questions_tracker_counts_needs_sources_applications_and_leverage_are_not_pledges(text):
    assert summary(text, date(2025, 6, 1)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tokyo said on Friday it would add $300 million in loans to Kyiv, doubling its lending to $600 million.", [("JPN", 3e8, "USD")]),
        ("Norway's parliament agreed to increase support to Ukraine in 2025 by NOK 50 billion, to a total of NOK 85 billion.",
         [("NOR", 5e10, "NOK")]),
        ("On Thursday the US Senate passed a $40 billion aid package for Ukraine by 86 votes to 11.", [("USA", 4e10, "USD")]),
        ("Belgium's contribution of €200 million to the Czech ammunition initiative for Ukraine is one of the largest, "
         "from a country that has often been criticised for low defence spending.", [("BEL", 2e8, "EUR")]),
        ("The package for Ukraine, the Polish minister said, will be worth between PLN 300 million and PLN 400 million, "
         "depending on the final price of the ammunition.", [("POL", 4e8, "PLN")]),
        ("Berlin plans to double its military aid for Ukraine next year to €8bn.", [("DEU", 8e9, "EUR")]),
        ("Italy will mobilise one billion euros of guarantees for the reconstruction of Ukraine.", [("ITA", 1e9, "EUR")]),
    ],
)
def test_increases_votes_contributions_and_ranges_that_are_pledges(text, expected):
    assert summary(text, date(2025, 6, 1)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rutte said allies had pledged more than €35 billion in military aid for Ukraine in the first half of 2025 alone.",
        'Lithuania\'s finance minister warned that "every tenth of a percent is about 80 million euros" of aid to Ukraine.',
        "The US package for Ukraine is $61 billion. Roughly $9.5 billion of the Ukraine money is structured as forgivable loans.",
        "Four European countries have put more than $1 billion into a new Nato mechanism that buys American weapons for Ukraine.",
    ],
)
def test_half_year_totals_values_of_a_share_parts_and_channels_named_after_into(text):
    assert [p for p in summary(text, date(2025, 8, 1)) if p[1] != 61e9] == []


def test_a_pledge_goes_on_from_the_donor_named_before_not_from_the_channel_it_went_through():
    text = ("Italy has committed more than EUR 1.3 billion to Ukraine since February 2022.\n\n"
            "The Government has now approved a new humanitarian contribution of EUR 15 million to be channelled through "
            "United Nations agencies to support Ukraine's civilians.\n\n"
            "Furthermore, a concessional loan of up to EUR 100 million will be made available to the Ukrainian Government.")
    assert summary(text, date(2024, 3, 12)) == [("ITA", 15e6, "EUR"), ("ITA", 1e8, "EUR")]


def test_ministers_and_officials_stand_for_their_country_or_organisation():
    assert summary("On Wednesday, Foreign Minister Simon Coveney announced twenty million euros in humanitarian aid for Ukraine's winter.",
                   date(2022, 10, 14)) == [("IRL", 2e7, "EUR")]
    assert summary("Yesterday, the Emergency Relief Coordinator, Martin Griffiths, allocated $20 million from the Central "
                   "Emergency Response Fund to scale up humanitarian operations in Ukraine.", date(2022, 3, 2)) == [("UN", 2e7, "USD")]


def test_list_items_under_an_intro_are_parts_of_the_total_given_a_few_sentences_above():
    text = ("The Government has today decided on Support Package 19 to Ukraine, worth SEK 16 billion.\n\n"
            "The package has been put together in close dialogue with Ukraine.\n\nThe package includes:\n\n"
            "- Air defence systems, SEK 2.9 billion\n"
            "- Contributions to capability coalitions and the NATO Comprehensive Assistance Package, SEK 1.2 billion")
    assert summary(text, date(2026, 3, 5)) == [("SWE", 16e9, "SEK")]


@pytest.mark.parametrize(
    "text",
    [
        "Blinken said Washington would provide $2.2 billion in military financing, about $1 billion of which will go to Ukraine.",
        "Biden signs $95 billion foreign aid law, with money for Ukraine, Israel and Taiwan.",
        "Congress passed, and President Biden on Wednesday signed, a $95 billion national security package for Ukraine and Israel.",
        "Separately, Ukraine's government has raised about $35 million in cryptocurrency donations for its army.",
        "French companies including the power utility EDF had separately donated equipment for Ukraine worth some €15 million.",
        "The money for the drones for Ukraine is coming out of the $500 million in military aid that Trudeau promised in June.",
    ],
)
def test_totals_for_several_recipients_bills_money_raised_by_ukraine_companies_and_sources(text):
    assert [p for p in summary(text, date(2024, 4, 25)) if p[1] != 1e9] == []


def test_a_pledge_the_text_dates_months_before_the_article_is_recalled_not_reported():
    text = "On 16 October 2024, the Deputy Prime Minister announced that Australia would gift Abrams tanks to Ukraine, valued at A$245 million."
    assert summary(text, date(2024, 12, 19)) == []
    assert summary(text, date(2024, 10, 18)) == [("AUS", 245e6, "AUD")]


def test_the_giver_is_not_the_one_standing_beside_them_nor_a_name_in_a_relative_clause():
    text = ("On Tuesday, Prime Minister Rishi Sunak, speaking in Warsaw alongside Nato Secretary General Jens Stoltenberg, "
            "announced an extra £500 million in military support for Ukraine.")
    assert summary(text, date(2024, 4, 23)) == [("GBR", 5e8, "GBP")]
    text = "Taiwan, which Beijing claims as its own, will send $10 million in humanitarian aid to Ukraine."
    assert summary(text, date(2024, 4, 23)) == [("TWN", 1e7, "USD")]


def test_aid_shared_with_ukraines_neighbours_is_not_ukraines_alone():
    text = "Taiwan has channelled $100 million in humanitarian aid to Ukraine and its neighbours through charities."
    assert summary(text, date(2024, 4, 23)) == []


def test_a_share_of_the_g7_loans_reported_as_todays_news_is_the_members_own_loan():
    text = ("The US Treasury said on Tuesday it had disbursed its $20bn share of the G7 loans to Ukraine into a fund at the "
            "World Bank.")
    assert summary(text, date(2024, 12, 11)) == [("USA", 2e10, "USD")]
    # recalled, with no day of its own, it is background like any share of a common fund
    text = "The United States has disbursed its $20 billion share of the G7 loan to Ukraine to a World Bank fund."
    assert summary(text, date(2025, 3, 2)) == []


def test_a_concession_about_something_else_does_not_make_a_pledge_conditional():
    text = "Japan will lend Ukraine around $3 billion, although Tokyo has not yet published a figure in yen."
    assert summary(text, date(2024, 10, 26)) == [("JPN", 3e9, "USD")]
    text = "Biden has asked Congress for $61.4 billion for Ukraine, but the request has stalled."
    assert summary(text, date(2023, 12, 6)) == []


def test_a_payment_under_a_larger_programme_named_after_it_is_part_of_that_programme():
    text = "The European Commission paid out a further €1.5 billion to Ukraine under its €18 billion assistance programme on Tuesday."
    assert summary(text, date(2023, 3, 22)) == []
    text = "Norway will give Ukraine NOK 500 million from its NOK 75 billion Nansen programme, and another NOK 1 billion for gas."
    assert summary(text, date(2023, 3, 22)) == [("NOR", 1e9, "NOK")]


@pytest.mark.parametrize(
    "text",
    [
        "QUESTION (Politico): The Netherlands announced four hundred million euros for drones for Ukraine last week.",
        "QUESTION: Minister, the EU agreed this week to give Ukraine eighteen billion euros next year. Will Germany match it?",
        "ODUYA: If the Americans pull out, can Europe replace the sixty-five billion dollars of military aid the US gave Ukraine?",
        "Japanese companies today signed agreements with Ukrainian partners worth around one billion dollars in private investment.",
        "It's three billion pounds a year for Ukraine, which is what the last government was already giving.",
        "The Kiel Institute ranks France far behind, with some 640 million euros committed to Ukraine.",
        "In our shadow budget, we propose an extra five billion kronor for Ukraine next year.",
        "Ukraine's ambassador has said that Ukraine would welcome a package of at least $1 billion from Australia.",
        "The Netherlands paid into the scheme for Ukraine, with €500 million announced at the start of the month.",
        "Rutte said each PURL package for Ukraine was worth roughly half a billion dollars.",
    ],
)
def test_transcripts_questions_proposals_hopes_and_typical_sizes_are_not_pledges(text):
    assert summary(text, date(2025, 8, 20)) == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a hesitation before the figure, "adding" as the aid word
        ("And separately, we are adding, er, two hundred, no, let me get this right, two hundred and fifty million euros for "
         "drones for Ukraine, through new contracts placed directly with Ukrainian manufacturers.", date(2024, 9, 6), [("DEU", 2.5e8, "EUR")]),
        # needs met, not needs asked for
        ("Today the Department of Defense announced a new drawdown package for Ukraine valued at up to two hundred and fifty "
         "million dollars to meet Ukraine's security and defense needs.", date(2023, 12, 27), [("USA", 2.5e8, "USD")]),
        # a comparison with last year does not date a package agreed today
        ("The UK will fund 100,000 drones for Ukraine this year, a tenfold increase on last year, as part of a £350 million "
         "package agreed today.", date(2025, 4, 11), [("GBR", 3.5e8, "GBP")]),
        # a season already over is background
        ("GRAM: In the spring we put one point one billion kroner into the Czech ammunition initiative for Ukraine.", date(2024, 10, 2), []),
    ],
)
def test_spoken_pledges(text, published, expected):
    title = "Pistorius at Ramstein" if "drones for" in text else None
    assert [(p.donor_code, p.amount, p.currency) for p in extract_document(Document(text, published, title=title)).pledges] == expected


def test_the_speaker_i_announcing_stands_for_the_institution_the_article_is_about():
    text = "Today I am announcing 2.3 billion euros in new agreements under the Ukraine Investment Framework."
    found = extract_document(Document(text, date(2025, 7, 10), title="Speech by President von der Leyen at the Ukraine Recovery Conference")).pledges
    assert [(p.donor_code, p.amount) for p in found] == [("EU", 2.3e9)]


def test_a_list_of_donors_pledges_under_an_introduction_is_each_donors_pledge_with_or_without_explaining():
    text = ("The conference gathered commitments of just over one billion euros for Ukraine.\n\nThe main announcements\n\n"
            "- Germany: 50 million euros for generators, heaters and winter clothing\n"
            "- Norway: 400 million kroner (about 38 million euros) for the repair of the electricity network\n"
            "- Czech Republic: 300 million crowns for mobile heating units and shelters")
    expected = [("DEU", 5e7, "EUR"), ("NOR", 4e8, "NOK"), ("CZE", 3e8, "CZK")]
    assert summary(text, date(2022, 12, 14)) == expected
    traced = extract_document(Document(text, date(2022, 12, 14)), [])
    assert [(p.donor_code, p.amount, p.currency) for p in traced.pledges] == expected


@pytest.mark.parametrize(
    "text",
    [
        "From the special fund, the biggest part goes to the air force, around 41 billion euros, for F-35 jets from the USA.",
        "Washington said that $7.5 billion of the economic support in the $40 billion package for Ukraine will go to the budget.",
        "Japanese Prime Minister Kishida Fumio said in May that Japan would double its financial support to Ukraine to $600 million.",
        "The European Commission said it would make €3.4 billion available to member states such as Poland to host Ukrainians.",
        "The amount of EU cohesion funds frozen for Hungary was reduced to €6.3 billion, and member states endorsed aid to Ukraine.",
        "Separately, a volunteer campaign in Denmark has raised more than DKK 2 million to buy ambulances for Ukrainian units.",
        "The conference for Ukraine gathered commitments of just over €1 billion.",
        "The Czech cabinet approved 1 billion koruna to help regions house and care for refugees arriving from Ukraine.",
    ],
)
def test_own_forces_parts_earlier_months_member_states_volunteers_conference_totals_and_refugees(text):
    assert [p for p in summary(text, date(2022, 6, 20)) if p[1] not in (4e10,)] == []


def test_a_government_proposing_its_own_programme_pledges_but_an_opposition_or_commission_proposal_does_not():
    text = "The Norwegian government on Thursday proposed a five-year support programme for Ukraine worth NOK 75 billion."
    assert summary(text, date(2023, 2, 16)) == [("NOR", 75e9, "NOK")]
    assert summary("The opposition government proposes an extra five billion kronor for Ukraine.", date(2023, 2, 16)) == []
    assert summary("Borrell has proposed a €5 billion Ukraine Assistance Fund within the European Peace Facility.", date(2024, 1, 10)) == []


def test_a_joint_pledge_at_a_combined_cost_is_the_pair_s_pledge():
    text = "Norway and Germany will jointly fund two more Patriot systems for Ukraine at a combined cost of about $1.6 billion."
    found = extract_document(Document(text, date(2026, 2, 12))).pledges
    assert [(p.donor_code, p.amount, p.co_donors) for p in found] == [("NOR", 1.6e9, ["DEU"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Wednesday the German defence ministry said it would pay Rheinmetall €100m for Skynex air-defence systems for Ukraine.",
         [("DEU", 1e8, "EUR")]),
        ("On Tuesday Britain said it would provide a £200m guarantee to a reinsurance scheme run by Ukraine's state export credit agency.",
         [("GBR", 2e8, "GBP")]),
        ("The EBRD will support Ukraine's grid. On Wednesday the bank said it would lend Ukrenergo, the state-owned grid operator, "
         "€300m to repair substations in Ukraine.", [("EBRD", 3e8, "EUR")]),
        ("Defence Minister Bill Blair, in Washington, where he spoke on the sidelines of the NATO summit, announced $500 million in "
         "military aid for Ukraine.", [("CAN", 5e8, "CAD")]),
        ("Ukraine will be able to buy missiles after the Prime Minister on Sunday announced a £1.6 billion military support deal for Ukraine.",
         [("GBR", 1.6e9, "GBP")]),
    ],
)
def test_governments_paying_firms_recipients_state_bodies_meeting_names_and_titles(text, expected):
    title = "UK backs Belfast missiles for Ukraine" if "Prime Minister on Sunday" in text else None
    found = extract_document(Document(text, date(2024, 6, 12), title=title)).pledges
    assert [(p.donor_code, p.amount, p.currency) for p in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The World Bank's guarantee agency has guaranteed a further $400m or so of private investment in Ukraine.",
        "The EBRD also signed a €50m credit line with a privately owned Ukrainian bank for lending to small businesses.",
        "The government is expanding an export-credit scheme that helps Dutch companies win contracts in Ukraine, with cover of €1bn.",
        "The tanks are part of Australia's total support of more than $1.3 billion for Ukraine.",
        "This summer's Edmonton Ukrainian festival raised $46,000 for a rehabilitation centre in Lviv, organizers said.",
        "Senator HOLLOWAY (New South Wales) (14:10): Last October the government announced Abrams tanks for Ukraine valued at $245 million.",
    ],
)
def test_private_money_export_credit_totals_festivals_and_a_month_after_a_speaker_label(text):
    assert summary(text, date(2025, 2, 12)) == []


def test_an_organisation_named_like_a_fund_is_a_donor_but_a_facility_described_is_not():
    assert summary("The International Monetary Fund will provide Ukraine with $6bn to support displaced families.",
                   date(2024, 8, 8)) == [("IMF", 6e9, "USD")]
    assert summary("The Ukraine Facility provides up to €50 billion in stable financing for Ukraine's recovery.", date(2024, 8, 8)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Hungary, whose government has blocked EU military aid for Ukraine, would also receive €16.2bn.",
        "This year's framework for the Ukraine programme is NOK 85 billion, of which NOK 57.5 billion is for military support.",
        "The Storting has approved a total of NOK 275 billion for the Nansen programme for Ukraine for 2023-2030.",
    ],
)
def test_other_receivers_behind_an_aside_frameworks_and_approved_totals(text):
    assert summary(text, date(2025, 4, 4)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Denmark added DKK 3 billion to its fund for Ukraine. With the latest addition, the fund totals 10.5 billion kroner for 2023.",
        "The draft budget for 2024 had originally foreseen €4 billion for military support to Kyiv.",
        "Germany doubled its aid to Ukraine. Separately, the Bundeswehr is being re-equipped with the help of a €100 billion special fund.",
        "Australia will give Ukraine A$100 million. About A$50 million will go towards drones, with the remainder covering air defence.",
        "Britain lent Ukraine £2.26 billion. The loan will be paid in three instalments, the first of about £750 million.",
        "Von der Leyen said a €3.5 billion payment under existing EU programmes would reach Ukraine in March.",
    ],
)
def test_fund_totals_original_drafts_re_equipping_parts_instalments_and_existing_programmes(text):
    assert [p for p in summary(text, date(2024, 2, 24)) if p[1] not in (3e9, 1e8, 2.26e9)] == []


def test_a_pledge_with_its_own_day_is_not_dated_by_the_agreement_it_falls_under():
    text = ("Sánchez announced in Kyiv on Monday that Spain would provide €1 billion in military aid to Ukraine this year, "
            "under the bilateral security agreement the two countries signed in May last year.")
    assert summary(text, date(2025, 2, 25)) == [("ESP", 1e9, "EUR")]
    text = "Madrid has also pledged €1bn in military aid for Ukraine this year, under a bilateral security agreement signed last May."
    assert summary(text, date(2025, 2, 25)) == []


def test_a_budget_that_sets_aside_money_for_ukraine_pledges_it():
    text = "The budget tabled on Thursday also sets aside C$25 million for the World Food Programme's operations inside Ukraine."
    assert summary(text, date(2022, 4, 8)) == [("CAN", 25e6, "CAD")]


@pytest.mark.parametrize(
    "text",
    [
        "Germany's development minister recalled the additional €426 million in aid for Ukraine that Berlin announced in May.",
        "London recovery conference: guarantees, grants and a €50bn promise for Ukraine still on paper",
        "A proposal by the EU's foreign policy chief for up to €20 billion for Ukraine over four years has been scaled back.",
        "Ministers are now discussing a €5 billion fund for Ukraine.",
        "A group of French companies, including two energy suppliers, said they would donate equipment worth about €20 million to Ukraine.",
        "Switzerland used its slot to recall its CHF 5 billion commitment to Ukraine for 2025 to 2036.",
        "At its peak, American military aid to Ukraine ran at roughly $50 billion a year.",
        "March brought the International Monetary Fund's $15.6 billion lending programme for Ukraine.",
        "The EU's first payment under the €50 billion Ukraine Facility, €4.5 billion of bridge financing, arrived on 21 March.",
        "Russia's reserves are frozen in the EU, and the windfall profits they generate, roughly €3 billion a year, go to Ukraine.",
    ],
)
def test_recalled_on_paper_proposed_discussed_corporate_levels_past_months_payments_and_profits(text):
    assert summary(text, date(2023, 12, 29)) == []


def test_a_donor_list_under_a_pledges_heading_in_an_article_about_ukraine():
    text = ("Czechia has found shells for Ukraine outside the EU, and Kyiv welcomed it. Officials estimate the first 500,000 shells will cost about "
            "$1.5 billion.\n\nPledges announced over the past two weeks include:\n\n"
            "- Denmark: 1.6 billion kroner (about $230 million)\n"
            "- Portugal: between EUR 50 million and EUR 100 million, depending on final prices\n\n"
            "Germany will put a further €60 million into the fund for Ukraine, the economy ministry in Berlin said.")
    assert summary(text, date(2024, 3, 8)) == [("DNK", 1.6e9, "DKK"), ("PRT", 1e8, "EUR"), ("DEU", 6e7, "EUR")]


@pytest.mark.parametrize(
    "text",
    [
        "EU institutions have together committed around €29 billion to Ukraine, much of it in loans.",
        "Germany's total commitments come to roughly €3.3 billion in military aid to Ukraine.",
        "The UK has also committed £2.3 billion in military support to Ukraine this year, matching last year's total.",
        "The Government has committed to spending $19 billion over four years on the Defence Strategic Review.",
        "Foreign ministers are still discussing a proposal by EU foreign policy chief Josep Borrell to create a €5 billion fund for Ukraine.",
        "Canada pledged C$40 million to the Czech scheme for Ukraine at the end of February.",
        "Italian and Ukrainian businesses also signed investment agreements worth more than €1 billion.",
        "The EU must decide the rest of its €9 billion package for Ukraine at the end of the summer.",
        "Among donors to Ukraine the EU institutions come second, with €35 billion, most of it in loans.",
        "Under the draft, €33 billion for Ukraine would come as loans raised on the markets.",
        "For 2023 the EU provided Ukraine a package of €18 billion in concessional loans.",
        "Berlin has set up a €100 billion special fund to re-equip the Bundeswehr, money for Germany's own forces rather than for Ukraine.",
    ],
)
def test_joint_totals_rankings_standing_levels_own_reviews_discussions_past_months_and_drafts(text):
    assert summary(text, date(2024, 3, 12)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prime Minister Rishi Sunak told more than 60 delegations that Britain would provide $3 billion in World Bank loan "
         "guarantees for Ukraine.", [("GBR", 3e9, "USD")]),
        ("The package, Sweden's tenth since the full-scale invasion of Ukraine began, is worth 4.3 billion kronor.", [("SWE", 4.3e9, "SEK")]),
        ("The EBRD signed loans worth €500 million with the state grid operator Ukrenergo and the gas company Naftogaz for Ukraine's winter.",
         [("EBRD", 5e8, "EUR")]),
    ],
)
def test_an_audience_a_count_of_packages_and_ukrainian_companies_do_not_hide_a_pledge(text, expected):
    assert summary(text, date(2023, 6, 21)) == expected


def test_the_yearly_part_of_a_programme_over_its_period_is_not_a_second_pledge():
    text = ("The Norwegian government announced on Feb. 16 a five-year aid program for Ukraine worth NOK 75 billion. "
            "The government proposes to set aside NOK 15 billion annually over the five-year period.")
    assert summary(text, date(2023, 2, 20)) == [("NOR", 75e9, "NOK")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We are preparing a package for Ukraine worth one point two billion zloty, which will include equipment that Ukraine '
         'needs most at the front," he told Polish Radio.', [("POL", 1.2e9, "PLN")]),
        ("The Ramstein meeting brought a $2.5bn US package for Ukraine. Key moments:\n\n"
         "- 13:40 Canada adds armoured carriers Canadian Defence Minister Anita Anand said Ottawa would donate carriers to Ukraine "
         "worth C$90 million.", [("USA", 2.5e9, "USD"), ("CAN", 9e7, "CAD")]),
    ],
)
def test_needs_a_package_meets_and_reported_news_in_a_bullet_are_pledges(text, expected):
    assert summary(text, date(2023, 1, 20)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Germany has sent Ukraine a lot since 2022:\n\n- May 2023: Germany announced its largest package for Ukraine, worth more than €2.7 billion.",
        "Denmark unveils 50 billion kroner defence boost and new Ukraine package",
    ],
)
def test_factbox_dates_and_own_defence_boosts_are_not_new_pledges(text):
    assert summary(text, date(2024, 2, 10)) == []


@pytest.mark.parametrize(
    "text",
    [
        # fact-check claims, agencies' background labels, trackers' tallies
        'CLAIM 2: "Scholz announced €1.1bn of new aid for Ukraine on Tuesday."',
        "Background: Finland said on Friday that its drone fund for Ukraine would receive another €300 million.",
        "According to the Kiel Institute for the World Economy, Rome had made bilateral military commitments of about 700 million euros to Ukraine.",
        "Canada's total support to Ukraine, including military, humanitarian and financial assistance, amounts to about C$19 billion.",
        # money said to go elsewhere, counted, or not money at all
        "Its new €20bn procurement fund pays for the Dutch army, not for Ukraine.",
        "Britain's £900m radar deal, agreed at Sunday's summit, is repaid by Kyiv; it is trade finance, not aid.",
        "Paris will count its roughly €2bn in military aid to Ukraine towards the new NATO spending benchmark.",
        "The row over a €12bn hole in the budget delayed the decision on aid to Ukraine.",
        "Korea's arms exports to Poland, which borders Ukraine, are worth more than $10 billion.",
        "The funds come under the EU's Ukraine Facility, under which Brussels will provide €50bn for Ukraine by 2027.",
        # suspended, negotiated, hypothetical or merely proposed
        "On Monday the White House suspended deliveries to Kyiv, freezing more than $800 million in weapons already in the pipeline.",
        "The IMF is negotiating a new programme with Ukraine worth around $8bn.",
        "For Europe as a whole, that would mean roughly €60bn a year in aid to Ukraine.",
        "Opposition leader Peter Dutton said Australia should match Britain with a package of A$300 million for Ukraine.",
        # sales, companies and lending to the donor's own exporters
        "A German manufacturer has sold air-defence radars to Ukraine on commercial terms worth about €400m.",
        "A Norwegian utility donated transformers worth $3 million to Ukraine's grid.",
        "Separately, the state development bank said it would guarantee up to 80 million euros in loans to Polish exporters "
        "supplying goods to Ukrainian companies.",
        # parts of a named donor's package
        "Of the total, EUR 150 mln of the Belgian contribution will go to drones made in Ukraine.",
    ],
)
def test_claims_tallies_money_elsewhere_suspensions_and_sales_are_not_pledges(text):
    assert summary(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinal or superlative far from "since" marks a first, not a total
        ("Madrid said it would finance a package worth €400m, the first Spanish purchase of US weapons specifically for Ukraine "
         "since the war began.", [("ESP", 4e8, "EUR")]),
        # a new allocation out of the donor's own standing fund
        ("Copenhagen on Tuesday allocated another DKK 2.1bn from its Ukraine Fund to buy Ukrainian-made artillery.",
         [("DNK", 2.1e9, "DKK")]),
        # a framework signed today, under which money is promised, is news
        ("Japan signed a framework agreement with Ukraine on Monday under which it will lend 100 billion yen for rebuilding.",
         [("JPN", 1e11, "JPY")]),
        # the recipient's own grid operator is not a private donor
        ("Sweden will give SEK 500 million to the Ukrainian grid operator Ukrenergo for repairs.", [("SWE", 5e8, "SEK")]),
    ],
)
def test_firsts_fund_allocations_and_new_frameworks_are_still_pledges(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The finance minister's draft foresees net borrowing of 60,5 billion euros in 2025, more than the aid to Ukraine.",
        "The plan foresees 8.250 million euros of additional spending on security and defence this year, on top of aid to Ukraine.",
        "Austria, for its part, said that out of its EUR 2,5 bln budget for Ukraine in 2026, EUR 1 bln will go to energy.",
        "The credit rests on the decision taken in December, when EU leaders agreed to provide Ukraine with EUR 50 billion.",
        "The Ministry of Defence and the development bank account for about €20bn of commitments to Ukraine, most of it loans.",
        "Including future years, the government counts about €15bn in military support to Ukraine already delivered or on order.",
        "The Peace Facility has reimbursed member states for €2.5bn of weapons sent to Ukraine.",
        "The G7's ERA loans, worth about $50bn, are being paid out to Ukraine over this year and next.",
        "Josep Borrell's plan for up to €20bn in military aid for Ukraine did not survive the summit.",
        "Europe has frozen Russian central bank assets in the EU, of which there are about €210bn, while Ukraine waits for aid.",
        "Tokyo decided on Friday to provide the Philippines with patrol boats worth 2 billion yen, in addition to its aid to Ukraine.",
    ],
)
def test_own_budgets_wholes_of_parts_restated_instruments_and_aid_to_others_are_not_pledges(text):
    assert summary(text, date(2025, 2, 20)) == []


def test_parts_of_a_bill_told_after_it_are_not_pledges():
    text = ("Biden on Tuesday signed a $40bn package that includes about $24bn for Ukraine. About $13bn is for weapons bought from "
            "American industry. The bill provides $7bn in budget support.")
    assert summary(text) == [("USA", 24e9, "USD")]


def test_a_members_share_of_a_joint_package_but_not_another_donors_payment_to_a_joint_fund():
    joint = ("Denmark, together with Norway and Iceland, will finance a $300 million package for Ukraine. "
             "Denmark's contribution amounts to approximately DKK 1,1 billion.")
    assert [(p.donor_code, p.co_donors) for p in extract_document(Document(joint, PUBLISHED)).pledges] == [("DNK", ["NOR", "ISL"])]
    other = ("Denmark, together with Norway, will finance a $300 million package for Ukraine. "
             "Latvia has just transferred EUR 5 million to the joint fund of the drone coalition for Ukraine.")
    assert summary(other) == [("DNK", 3e8, "USD"), ("LVA", 5e6, "EUR")]


def test_donor_labelled_items_with_a_dash_after_the_name():
    text = ("The minister listed the partners who announced new contributions for Ukraine:\n"
            "- Finland and Sweden – EUR 90 million jointly for air defence;\n"
            "- Portugal – EUR 40 million for drones;")
    assert summary(text) == [("FIN", 9e7, "EUR"), ("PRT", 4e7, "EUR")]


@pytest.mark.parametrize(
    "text",
    [
        "Separately, IMF staff reached agreement with Ukraine on the third review of its $15.6 billion lending programme.",
        "Ministers will also discuss a new EUR 20 billion military aid initiative for Ukraine floated by the Commission.",
        "As the agency reported, in June the European Union transferred to Ukraine a tranche of EUR 1,9 billion.",
        "The government said it expected more than €5 billion in commitments for Ukraine to be announced over the two days.",
        "Norway's prime minister spoke in the Storting on Tuesday. The Government proposes to increase the support programme for Ukraine from fifteen billion kroner to twenty billion kroner.",
    ],
)
def test_reviews_floated_ideas_reported_months_expectations_and_old_levels_are_not_pledges(text):
    found = summary(text, date(2024, 10, 10))
    # the new level of a rise is the pledge; the old one is not
    assert found == ([("NOR", 2e10, "NOK")] if "from fifteen" in text else [])


def test_wire_slugs_channels_and_allocations_from_a_standing_fund():
    assert summary("UPDATE 1-Norway unveils 5 bln crown Ukraine aid package, Sweden lifts spending goal") == [("NOR", 5e9, "NOK")]
    channel = ("Seoul pledges more help for Ukraine\n\nIn a briefing, Vice Foreign Minister Park said the government will "
               "provide $15 million in humanitarian assistance through the World Food Programme to help Ukrainians.")
    assert summary(channel) == [("KOR", 1.5e7, "USD")]
    fund = "Defence Minister Troels Lund Poulsen said Denmark has allocated DKK 900 million from its Ukraine Fund to buy Ukrainian-made drones."
    assert summary(fund) == [("DNK", 9e8, "DKK")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the value of what is given, however it is estimated
        ("Portugal's parliament approved sending 40 armoured vehicles worth an estimated 12 million euros to Ukraine.", [("PRT", 1.2e7, "EUR")]),
        ("Austria will pay for the rebuilding of a hospital in Ukraine's Kharkiv region at an estimated cost of 5 million euros.", [("AUT", 5e6, "EUR")]),
        # the maker named after the gift is not the giver
        ("Slovakia will donate two demining machines produced by the Bratislava-based company Bozena to Ukraine, worth EUR 1,1 million.",
         [("SVK", 1.1e6, "EUR")]),
        # whoever dropped a veto, the 27 agreed
        ("Hungary's Viktor Orban dropped his veto, and all 27 agreed a EUR 20bn support package for Ukraine.", [("EU", 2e10, "EUR")]),
    ],
)
def test_estimated_values_makers_and_lifted_vetoes(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader called on the Government to double the package for Ukraine to €30 million.",
        "Bratislava's new government on Thursday refused to approve a military aid package for Ukraine worth 30 million euros.",
        "The IMF deal clears the way for the World Bank's board to approve a new $2bn loan for Ukraine.",
        "In Washington, Congress is poised to approve about $20bn in further aid for Ukraine.",
        "NATO's secretary-general has said he hopes the scheme will eventually channel as much as $5bn a year to Ukraine.",
        "The bank has approved loans and grants worth about 200 million euros to Ukraine since then.",
        "The EU's current programme, an EUR 12bn package of loans for Ukraine, will have been paid out by June.",
        "The ministry says the restructuring will save Ukraine about $5bn in debt payments.",
        "The bill also provides $4bn in economic support to Kyiv's government.",
    ],
)
def test_calls_refusals_paths_hopes_tallies_running_programmes_savings_and_bill_lines(text):
    assert summary(text) == []


def test_the_own_defence_rise_told_after_the_budget_and_members_shares_and_monthly_parts():
    own = ("Finland will raise defence spending to 3% of GDP by 2029, Orpo said. The increase, worth roughly EUR 3 billion "
           "over four years in additional appropriations, will be funded partly through borrowing.")
    assert summary(own) == []
    shares = ("Denmark, Norway and Sweden will jointly finance a $500m package for Ukraine. "
              "Sweden is providing the largest share, about SEK 2.5bn, with Norway putting in NOK 1.5bn.")
    assert [p.donor_code for p in extract_document(Document(shares, PUBLISHED)).pledges] == ["DNK"]
    monthly = "The European Parliament approved EUR 18bn in loans that the EU will lend Ukraine in 2023, about EUR 1.5bn a month."
    assert summary(monthly, date(2023, 1, 5)) == [("EU", 1.8e10, "EUR")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sofia's parliament on Thursday approved sending armoured carriers worth an estimated 20 million leva to Ukraine.",
         [("BGR", 2e7, "BGN")]),
        ("The Council of Europe Development Bank on Thursday approved a loan of up to 50 million euros to Ukraine to repair apartment blocks.",
         [("CEB", 5e7, "EUR")]),
        ("Norway's government on Wednesday proposed raising its support for Ukraine this year to 50 billion kroner, more than "
         "doubling the amount set aside in the budget adopted in December.", [("NOR", 5e10, "NOK")]),
        ("Warsaw pledges more\n\nSpeaking at a base, the head of the Ministry of National Defence announced that the 49th aid "
         "package for Ukraine, worth about 1,1 billion zlotys, has been agreed.", [("POL", 1.1e9, "PLN")]),
    ],
)
def test_leva_apartment_blocks_comparisons_with_an_earlier_budget_and_a_ministry_head(text, expected):
    assert summary(text, date(2025, 2, 20)) == expected


def test_states_that_give_jointly_are_the_donors_whoever_announced_it():
    text = ("In Paris on Monday, Defence Minister Boris Pistorius and his Dutch counterpart Ruben Brekelmans announced that "
            "Germany and the Netherlands will jointly provide Ukraine with an air defence system worth about 600 million euros.")
    assert [(p.donor_code, p.co_donors) for p in extract_document(Document(text, PUBLISHED)).pledges] == [("DEU", ["NLD"])]
    later = "Denmark and Norway jointly financed a $300 million package for Ukraine, and Finland followed with another $200 million."
    assert [p.donor_code for p in extract_document(Document(later, PUBLISHED)).pledges] == ["DNK", "FIN"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This comes in addition to the long-range weapons package of about 3 billion euros that Berlin agreed with Kyiv in May.", []),
        ("He said Ukraine would continue talks with the IMF on its $15.6 billion lending programme.", []),
        ("In addition to the package, Finland will channel EUR 20 million into the International Fund for Ukraine.", [("FIN", 2e7, "EUR")]),
        ('"For next year the government proposes a frame of thirty billion kronor for military support to Ukraine," Jonson said.',
         [("SWE", 3e10, "SEK")]),
        ("First, today the department announced a new drawdown package for Ukraine valued at four hundred million dollars.",
         [("USA", 4e8, "USD")]),
    ],
)
def test_earlier_packages_beside_a_new_one_programmes_under_way_and_frames_proposed_now(text, expected):
    context = {"Jonson": "Sweden's defence minister Pål Jonson spoke on Tuesday. ",
               "department": "The Pentagon briefing on Ukraine began at noon. "}
    prefix = next((v for k, v in context.items() if k in text), "")
    assert summary(prefix + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Meloni said the two days had produced commitments of more than 8 billion euros for Ukraine's recovery.",
        "The fund for Ukraine has received about 900 million euros from 30-odd donors since it was set up in late 2022.",
        "SACE's guarantees, worth up to 400 million euros, cover Italian firms exporting to Ukraine.",
        "The IMF review, which, once the board signs off in March, would unlock $900 million for Ukraine, was agreed on Friday.",
        "Multi-year frameworks such as Denmark's 60 billion kroner Ukraine Fund should be the model for aid to Ukraine.",
        "In Washington, Congress is still negotiating a spending bill that would include about $24 billion for Ukraine.",
        "At the press conference, Healey said partners had pledged more than €15 billion in new military support for Ukraine.",
        "Poland's contracts for tanks and howitzers from Korean firms, worth about $10 billion, are sales to a NATO ally, not aid to Ukraine.",
        "The EU's foreign policy chief has been lobbying for an initiative under which members would provide €30 billion to Ukraine.",
        "The IMF completed the second review of its programme with Ukraine, worth USD 15,6 billion, last week.",
        "The government also approved the purchase of 24 fighter jets for about CZK 150 billion.",
        "A Czech online collection raised more than CZK 40 million in March for a radar for Ukraine.",
    ],
)
def test_conference_tallies_export_cover_conditions_examples_sales_lobbying_reviews_and_collections(text):
    assert summary(text, date(2025, 3, 20)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain's John Healey, attending his second Ramstein meeting since Labour took office, said the UK would send missiles "
         "worth 150 million pounds to Ukraine.", [("GBR", 1.5e8, "GBP")]),
        ("Spain's Prime Minister said on Thursday that Madrid would provide 1 billion euros in military aid to Ukraine this year, "
         "in line with the security agreement signed in May 2024.", [("ESP", 1e9, "EUR")]),
        ("The UN's emergency fund said it would release up to $10 million to help agencies provide winter shelter in Ukraine.",
         [("UN", 1e7, "USD")]),
    ],
)
def test_an_ordinal_before_since_a_frame_in_line_with_and_a_release_are_still_pledges(text, expected):
    assert summary(text, date(2025, 3, 20)) == expected


def test_a_confirmed_sum_for_an_initiative_in_an_article_about_ukraine():
    text = ("Prague's ammunition drive for Ukraine goes on. Ukraine needs shells, and Ukraine's partners know it.\n\n"
            "On Monday the Dutch government confirmed another two hundred million euros for the initiative.")
    assert summary(text) == [("NLD", 2e8, "EUR")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The budget also raises Norway's own defence allocation to about 120 billion crowns, as the armed forces buy frigates.", []),
        ("Kosiniak-Kamysz also said Ukraine had signed a contract with the Polish arms group PGZ for missiles worth around PLN 400 million.", []),
        ("In addition, the Swiss Export Risk Insurance will offer guarantees of up to CHF 200 million to Swiss exporters supplying goods to Ukraine.", []),
        ("The Albanese government has committed A$100 million worth of military assistance to Ukraine in the form of vehicles, about US$66 million, "
         "Defence Minister Richard Marles said.", [("AUS", 1e8, "AUD")]),
        ("The Hague moves on Ukraine aid\n\nFor civilian support, including the repair of Ukraine's energy supply, the cabinet makes "
         "available a further 2.300 million euros for 2027, the government said; spending rises to 2,4 percent.", [("NLD", 2.3e9, "EUR")]),
    ],
)
def test_own_allocations_ukraines_purchases_export_cover_late_conversions_and_a_cabinet_making_money_available(text, expected):
    assert summary(text, date(2025, 9, 17)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There was no repeat of the €40 billion annual baseline for military aid to Ukraine that allies agreed last July.", []),
        ("Britain's £3 billion a year for Ukraine, a commitment made by the previous government, will continue.", []),
        ("The EU's total commitment to Ukraine under the ERA scheme, €18.1 billion, is to be paid out by December.", []),
        ("Sweden's aid budget for Ukraine remains at around fifty billion kronor.", []),
        ("Norway will give NOK 1 billion to the ammunition initiative for Ukraine. Of Norway's contribution, NOK 200 million "
         "will cover transport of the shells.", [("NOR", 1e9, "NOK")]),
        ("Rheinmetall plans to invest around EUR 200 million in a shell factory in western Ukraine.", []),
        ("The US Treasury confirmed on Wednesday that the United States would lend $20 billion to Ukraine, which it expects to "
         "pay out before the end of the year.", [("USA", 2e10, "USD")]),
        ("Dutch Prime Minister Dick Schoof said on Tuesday that the Netherlands would provide an additional €175 million for "
         "Ukraine's drone and air defence needs.", [("NLD", 1.75e8, "EUR")]),
        ("On Monday the finance committee approved Denmark's 25th military aid package for Ukraine, worth DKK 3.9 billion, "
         "financed partly by EU windfall profits.", [("DNK", 3.9e9, "DKK")]),
    ],
)
def test_no_repeat_commitments_made_before_running_levels_shares_plant_investment_and_their_look_alikes(text, expected):
    assert summary(text) == expected


def test_donor_labels_without_bullets_in_a_live_blog_and_shares_of_a_fund():
    text = ("Ramstein live\n\nRoundup of national pledges\n\nHere's what individual countries have announced for Ukraine so far today:\n\n"
            "Netherlands: €300 million for radars and drones\n\nSweden: SEK 2 billion for air defence")
    assert summary(text) == [("NLD", 3e8, "EUR"), ("SWE", 2e9, "SEK")]
    share = ("The EU agreed a €5 billion top-up of the fund for Ukraine. Germany, the largest contributor, will cover about a "
             "quarter of the fund, or roughly €1.2 billion, under the cost key.")
    assert summary(share) == [("EU", 5e9, "EUR")]
    part = ("Canada will give C$500 million to NATO's assistance package for Ukraine.\n\n- Of Canada's new contribution, "
            "C$30 million will fund the repair of armoured vehicles.")
    assert summary(part) == [("CAN", 5e8, "CAD")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Fund wants more tax at home, and Kyiv has asked the IMF for a new programme for Ukraine of up to $20 billion.", []),
        ("The IFC, the Bank's private-sector arm, invested $45 million in a Ukrainian agribusiness group last week.", []),
        ("Sunak announced an extra £500 million in military aid for Ukraine, raising this year's UK total to £3 billion.",
         [("GBR", 5e8, "GBP")]),
        ("It is the largest single Japanese contribution since 2022, and it comes on top of total Japanese support to Ukraine of "
         "about $12.1 billion since the invasion.", []),
        ("Put together, this week's announcements for Ukraine are worth a little over $3.1 billion.", []),
        ("The budget also cuts development aid to SEK 53 billion, while aid to Ukraine is kept.", []),
        ("Ukraine aid ledger, week 11. Ukraine got more help this week, and Ukraine's allies kept coming.\n\n"
         "Smaller items logged this week:\n- Luxembourg: 4 million euros for mobile generators in frontline towns",
         [("LUX", 4e6, "EUR")]),
    ],
)
def test_asked_for_private_sector_running_totals_summed_weeks_cuts_and_small_items_listed(text, expected):
    assert summary(text) == expected


AID_STORY_LEAD = ("Allies promised Ukraine more air defence this week, and Kyiv said the help would arrive before winter.\n\n"
                  "Ukraine's foreign minister thanked them.\n\n"
                  "The foreign ministers met in Brussels on Tuesday and talked for six hours.\n\n")


@pytest.mark.parametrize(
    ("listing", "expected"),
    [
        # items that name what the money buys, under a heading of their own, far from the word "Ukraine"
        ("Smaller items logged this week:\n- Luxembourg: 4 million euros for mobile generators and heating points\n"
         "- Czechia: CZK 500 million more for the artillery ammunition initiative",
         [("LUX", 4e6, "EUR"), ("CZE", 5e8, "CZK")]),
        # a figureless item ("Germany: four more IRIS-T systems") does not end the list above the next one
        ("Here's what individual countries have announced so far today:\n\nBritain: £450 million for radars and drones\n\n"
         "Germany: four more IRIS-T systems and 300 missiles\n\nNorway: NOK 1.5 billion for drones through the drone coalition",
         [("GBR", 4.5e8, "GBP"), ("NOR", 1.5e9, "NOK")]),
        # a listed figure that buys nothing of the kind stays out
        ("Defence budgets this year:\n- Poland: PLN 120 billion for the armed forces\n- Latvia: EUR 1.6 billion in all",
         []),
    ],
)
def test_items_of_a_list_in_an_aid_story_are_aid_when_they_name_what_the_money_buys(listing, expected):
    assert summary(AID_STORY_LEAD + listing) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause about something else after the figure does not make it conditional
        ("Japan will provide an additional $5.5 billion in financial assistance to Ukraine, as Tokyo seeks to show "
         "leadership in the G7.", [("JPN", 5.5e9, "USD")]),
        ("Sweden will give Ukraine SEK 2 billion, amid talks on a bigger package.", [("SWE", 2e9, "SEK")]),
        # ... but "as long as" still is
        ("Sweden will give Ukraine SEK 2 billion, as long as parliament approves it.", []),
        # the same figure in another currency, told in the next sentence
        ("Japan will provide an additional $5.5 billion in financial assistance to Ukraine. The new aid, equivalent to "
         "about 740 billion yen, will keep public services running.", [("JPN", 5.5e9, "USD")]),
        # the rest of a package given before
        ("Saudi Arabia will provide a $400 million aid package to Ukraine. It includes $100 million in humanitarian "
         "assistance. The remaining $300 million will take the form of petroleum products.",
         [("SAU", 4e8, "USD")]),
        # earlier shipments named next to the new aid
        ("Riyadh's aid to Ukraine comes in addition to earlier humanitarian shipments worth about $10 million.", []),
        # private companies and a trade insurer are not donors
        ("Swiss private companies intend to invest around 500 million francs in Ukraine over the coming years.", []),
        ("Japan's trade insurer NEXI will offer up to $500 million of cover to Japanese companies doing business in Ukraine.", []),
    ],
)
def test_side_clauses_conversions_remainders_earlier_shipments_and_private_money(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway's NOK 85 billion for Ukraine in 2026, approved in the Storting's budget before Christmas, will be partly "
         "spent through the Danish model too.", []),
        ("Germany's €5.4 billion budget line for military aid to Ukraine this year was set last autumn.", []),
        # a figure that is news today is not a reference back
        ("Norway's NOK 5 billion for Ukraine's air defence, announced on Tuesday, will buy Patriot missiles.",
         [("NOR", 5e9, "NOK")]),
        # a package named by its number is the news itself
        ("Helsinki's 30th package for Ukraine is worth between €200m and €250m.", [("FIN", 2.5e8, "EUR")]),
    ],
)
def test_money_known_by_its_owner_as_the_subject_of_a_sentence_is_a_reference_back(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside about the donor, with its own month, before a figure that has a day of its own
        ("Sweden's government, which had already promised Archer guns in January, said on Tuesday it would add a package "
         "worth 4.3 billion kronor for Ukraine.", [("SWE", 4.3e9, "SEK")]),
        ("Denmark announced a fund of 1 billion kroner for the reconstruction of Mykolaiv in Ukraine.", [("DNK", 1e9, "DKK")]),
        ("Freeland's budget, tabled on Thursday, proposed C$500 million in military aid to Ukraine.", [("CAN", 5e8, "CAD")]),
        # sums so far, money decided before, a person told by an earlier act
        ("Borrell said the European Peace Facility had now mobilised €3.6 billion for Ukraine.", []),
        ("The leaders said the G7 had pledged and provided budget support of up to $29.5 billion for Ukraine in 2022.", []),
        ("Merz noted that about €9 billion for military support to Ukraine has already been set aside in this year's budget.", []),
        ("Canada's Mark Carney, who announced C$2 billion in military assistance for Ukraine at the G7 summit last week, "
         "said his government would say more in the autumn.", []),
        # a hypothesis whose condition holds a decimal figure
        ("A benchmark has been floating around: if every European member gave 0.25 per cent of GDP a year to Ukraine, the "
         "continent would raise about €50 billion.", []),
        # the donor's own armed forces, and Ukraine's
        ("Germany will raise defence spending after Russia invaded Ukraine, announcing a one-off fund of 100 billion euros "
         "for the country's armed forces.", []),
        ("Latvia will provide up to EUR 20 million in 2025 for the procurement of drones for the Armed Forces of Ukraine.",
         [("LVA", 2e7, "EUR")]),
    ],
)
def test_round_six_asides_sums_so_far_earlier_acts_hypotheses_and_own_forces(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside about the donor says nothing of the figure: neither a refusal nor the weapons it names
        ("South Korea, which has refused to send weapons to Ukraine, pledged 30 billion won for humanitarian demining "
         "equipment.", [("KOR", 3e10, "KRW", "humanitarian")]),
        ("Sweden's defence minister said the government would devote around two and a half billion kronor to drones for "
         "Ukraine this year.", [("SWE", 2.5e9, "SEK", "military")]),
        # one donor's agreements summed, not a total over many donors
        ("Saudi Foreign Minister Prince Faisal bin Farhan signed two agreements in Kyiv on Sunday worth a combined "
         "$400 million for Ukraine.", [("SAU", 4e8, "USD", "unspecified")]),
        # the year before a figure is not the low end of a range
        ("The increase brings Norway's support for Ukraine in 2025 to 85 billion crowns.", []),
        # a transcript line's speaker speaks for his country
        ("The chancellor took questions at the NATO summit.\n\nMERZ: No. We will provide nine billion euros in military "
         "support to Ukraine next year.", [("DEU", 9e9, "EUR", "military")]),
    ],
)
def test_asides_devoted_money_signed_agreements_years_and_transcript_speakers(text, expected):
    found = extract_document(Document(text, PUBLISHED)).pledges
    assert [(p.donor_code, p.amount, p.currency, p.aid_type) for p in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # donors beyond Europe and the G7, with their currencies ("pesos" decided by the donor)
        ("Chile will contribute 500 million pesos to the UN humanitarian fund for Ukraine, the foreign ministry in "
         "Santiago said.", [("CHL", 5e8, "CLP")]),
        ("Mexico will send 20 million pesos of humanitarian aid to Ukraine.", [("MEX", 2e7, "MXN")]),
        ("Uruguay's foreign ministry said it would give $2 million to the UN-run Ukraine Humanitarian Fund.",
         [("URY", 2e6, "USD")]),
        ("Singapore will give S$1 million in humanitarian aid to Ukraine.", [("SGP", 1e6, "SGD")]),
        # money the public gave through charities and campaigns
        ("The Singapore Red Cross raised more than S$1.3 million from the public for Ukrainian relief.", []),
        ("A campaign by the community's association in Santiago raised 40 million pesos for prosthetic limbs for "
         "Ukrainian mine victims.", []),
    ],
)
def test_donors_beyond_europe_and_money_the_public_gave(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # conference tallies in other words
        ("The French presidency said the pledges added up to just over €1 billion for Ukraine.", []),
        ("The conference in Paris on Tuesday produced pledges worth just over €1 billion for Ukraine.", []),
        # members' shares of a common loan, however the share is written
        ("Japan's share, about 471.9 billion yen, will be channelled to Ukraine through JBIC.", []),
        ("Canada said it would transfer its C$5 billion share of the loan to Ukraine before the end of the year.", []),
        ("The US share of $20 billion and Canada's C$5 billion for Ukraine were all announced in previous weeks.", []),
        # a comparison, an estimate, a plan, Russia as recipient, a donor's aid to every country
        ("Seoul would provide humanitarian aid worth 195 billion won to Ukraine this year, up from the $100 million of last year.",
         [("KOR", 1.95e11, "KRW")]),
        ("The World Bank puts the cost of clearing Ukraine's mines at more than $34 billion over a decade.", []),
        ("A plan to put 5 billion euros into a new Ukraine Assistance Fund is still being negotiated.", []),
        ("One claimed China had given Russia $100 billion, while Ukraine got nothing.", []),
        ("Total development aid is set at NOK 42.1 billion, with Ukraine getting more than before.", []),
        # Grain from Ukraine feeds other countries
        ("Germany contributed 15 million euros to the programme to ship Ukrainian wheat to Sudan and Kenya.", []),
        # an instrument told in a fact box, and a headline that only starts with one
        ("- Ukraine Facility: €50bn, 2024-2027, civilian", []),
        ("European Peace Facility: Council agrees €5 billion Ukraine Assistance Fund", [("EU", 5e9, "EUR")]),
        # people giving, a sovereign fund investing, money for national defence
        ("The department said Canadians had also donated about C$40 million to a Red Cross appeal for Ukraine.", []),
        ("One Emirati sovereign fund said it was ready to invest up to $1 billion in Ukraine.", []),
        ("The budget tabled on April 7 added C$8 billion over five years for national defence, as war raged in Ukraine.", []),
    ],
)
def test_round_eight_tallies_shares_comparisons_estimates_plans_and_other_recipients(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Estonia and Latvia pledged a combined €20 million for the demining coalition for Ukraine.", [("EST", ["LVA"], 2e7)]),
        ("Blinken announced $1.3 billion in new economic assistance for Ukraine, about $520 million of which is earmarked "
         "for the energy grid, with the rest going to border crossings.", [("USA", [], 1.3e9)]),
        ("The US and the EU will each lend Ukraine about $20 billion, with the remainder shared among the others.", []),
        ("Slovakia's cabinet also approved a 2-million-euro contribution to the Ukraine Energy Support Fund.", [("SVK", [], 2e6)]),
        ("Japan, which announced 12 billion yen for demining equipment for Ukraine last summer, said the machines were at work.", []),
        ('"We are giving another ten million euros to Ukraine for heating, because people are freezing," Austria\'s foreign '
         "minister said.", [("AUT", [], 1e7)]),
    ],
)
def test_joint_sums_wholes_with_their_rest_adjective_figures_and_earlier_acts(text, expected):
    assert [(p.donor_code, p.co_donors, p.amount) for p in extract_document(Document(text, PUBLISHED)).pledges] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # joint pledges "in total"; a government asking its parliament; a government with an adjective; its own fund
        ("Germany and Norway said on Tuesday that they would jointly finance two Patriot systems for Ukraine, worth around "
         "1.8 billion euros in total.", [("DEU", 1.8e9, "EUR")]),
        ("The White House on Tuesday asked Congress for $37.7 billion in emergency aid for Ukraine, seeking to lock in "
         "support before the new Congress.", [("USA", 3.77e10, "USD")]),
        ("Sweden's parliament debated the war in Ukraine.\n\nThe centre-right government presented on Tuesday a new support "
         "package worth 5.7 billion kronor for Ukraine.", [("SWE", 5.7e9, "SEK")]),
        ("Danish ministers told parliament that Denmark would put in 1.6 billion kroner from its Ukraine Fund.",
         [("DNK", 1.6e9, "DKK")]),
        # a transcript's unnamed government, paying in the one currency of the state the article is about
        ("The Sejm debated Poland's budget for Ukraine.\n\nFINANCE MINISTER: In this budget the government is proposing one "
         "billion, one hundred million zloty for a reserve to help rebuild Ukraine's energy network.", [("POL", 1.1e9, "PLN")]),
        # still negotiated, still to be settled, profits, companies, allies' totals, host countries' refugees, sums
        ("A separate €5 billion top-up for the European Peace Facility, the so-called Ukraine Assistance Fund, is still being "
         "negotiated, with France insisting on buying European.", []),
        ("EU ambassadors are still negotiating a EUR 5 billion top-up of the fund for Ukraine.", []),
        ("The loan to Ukraine will be serviced by the windfall profits the assets generate, which amount to roughly €3 billion a year.", []),
        ("Norwegian energy companies have in addition donated equipment worth around NOK 20 million to Ukrainian utilities.", []),
        ("European allies have provided more than €35 billion in military aid to Ukraine this year alone, Rutte said.", []),
        ("The US share of military commitments to Ukraine alone is above $46 billion.", []),
        ("Poland's draft also earmarks around 3 billion zlotys for assistance to Ukrainian refugees living in Poland.", []),
        ("Round those up and you get roughly £12.3 billion for Ukraine, so the minister's figure is in the right ballpark.", []),
        ("The government is setting up a DKK 50 billion fund that the armed forces can draw on, as Ukraine's war goes on.", []),
        ("The opposition said the government should have committed A$100 million to Ukraine.", []),
    ],
)
def test_round_nine_joint_totals_requests_own_funds_and_money_that_is_not_a_new_pledge(text, expected):
    assert summary(text) == expected


def test_a_quote_introduced_by_its_speaker_is_his_countrys_pledge():
    text = ("NATO leaders met in Washington for the alliance's summit.\n\nAt a news conference on Wednesday, Secretary of State "
            "Antony Blinken said:\n\n\"Today we're announcing another two hundred and twenty-five million dollars in security "
            "assistance for Ukraine.\"")
    assert summary(text) == [("USA", 2.25e8, "USD")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway has given around NOK 10 billion to Ukraine since the Russian invasion a year ago.", []),
        ("Polish companies will be able to use a PLN 1,5 billion credit line from the state bank BGK to finance exports of "
         "goods to Ukraine.", []),
        ("Cumulative military aid to Ukraine since February 2022 (estimates)\n- Poland: about €3.6 billion\n"
         "- Czechia: about €1.3 billion", []),
        ("The new UK package for Ukraine comes within the £3bn a year in military aid that Britain has committed.", []),
        ("Germany's place in the club owes much to its one-off €100 billion special fund, as Ukraine's war goes on.", []),
        ("Earlier this month, the U.S. Agency for International Development said it would send an additional $4.5 billion "
         "in budget support to Kyiv.", []),
        ("I would also like to note that the private sector has its own plans: a consortium of Korean construction firms "
         "has signed memoranda worth $20 billion for Ukraine.", []),
        ("At the G7, we committed £372 million to help developing countries tackle food insecurity caused by the blockade "
         "of Ukraine's ports.", []),
    ],
)
def test_round_ten_totals_trade_known_wholes_earlier_months_private_plans_and_other_recipients(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the government of a dateline's capital, named nowhere in its own sentence
        ("Norway's aid to Ukraine grows.\n\nOSLO - The government on Thursday proposed a five-year aid programme for Ukraine "
         "worth NOK 75 billion.", [("NOR", [], 7.5e10)]),
        # an Australian budget night: tonight's budget is the article's government's
        ("Australia's budget: defence gets its bump.\n\nThe Treasurer spoke in Canberra.\n\nTonight's budget includes a "
         "further $95 million in military assistance for Ukraine.", [("AUS", [], 9.5e7)]),
        # the speaker gives, whatever place or partner the sentence names first
        ("Britain's Defence Secretary told the Commons about the NATO summit.\n\nLast Thursday in Madrid I announced a "
         "further £1 billion in military support for Ukraine.", [("GBR", [], 1e9)]),
        ("The UK Defence Secretary spoke in Brussels.\n\nAnd together with Norway, we are putting half a billion pounds "
         "into the maritime capability coalition for Ukraine.", [("GBR", ["NOR"], 5e8)]),
    ],
)
def test_round_ten_governments_in_datelines_budget_nights_and_speakers(text, expected):
    assert [(p.donor_code, p.co_donors, p.amount) for p in extract_document(Document(text, PUBLISHED)).pledges] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an IMF arrangement under its facility is the new programme
        ("IMF staff briefed reporters on Ukraine.\n\nThe Executive Board on Wednesday approved a new 48-month arrangement "
         "under the Extended Fund Facility of about $8.1 billion for Ukraine.", [("IMF", 8.1e9, "USD")]),
        # the new money after "on top of the other package we are giving"
        ("Sweden's minister spoke in Stockholm about Ukraine.\n\nOn top of the military package we are giving one and a "
         "half billion kronor to the Ukrainian energy sector.", [("SWE", 1.5e9, "SEK")]),
        # a head of government proposing the programme; a budget that also proposes
        ("Prime Minister Jonas Gahr Støre on Thursday proposed a five-year, NOK 75bn support programme for Ukraine.",
         [("NOR", 7.5e10, "NOK")]),
        ("Canada's budget was tabled on Tuesday. The budget also proposes C$360 million over three years for humanitarian "
         "assistance and demining in Ukraine.", [("CAN", 3.6e8, "CAD")]),
        # a speaker who signs, in a Polish press conference; Czech "korun"
        ("Poland's defence minister held a press conference in Warsaw.\n\nToday I signed the decision on the forty-seventh "
         "package of military aid for Ukraine, worth three hundred and twenty million zloty.", [("POL", 3.2e8, "PLN")]),
        ("The Czech government approved a further contribution of one point five billion korun to the ammunition "
         "initiative for Ukraine.", [("CZE", 1.5e9, "CZK")]),
        # a converted figure and its part; a loan to a company; own forces and industry
        ("Seoul said about 26 billion won, or 20 million dollars, of this year's package for Ukraine would go through the WFP.", []),
        ("The Nordic Investment Bank signed a EUR 50 million loan to a Finnish grid operator, as Ukraine's war goes on.", []),
        ("Reeves finds £2.9bn for defence and confirms the Ukraine loan", []),
        ("The armed forces' appropriations are set to rise to around SEK 188 billion in 2026, while Ukraine gets more.", []),
        ("The Norwegian defence group Nammo will invest about NOK 2 billion of its own funds in shells for Ukraine.", []),
        ("Norway gave around NOK 10 billion in aid to Ukraine over the course of 2022, the ministry said.", []),
    ],
)
def test_round_eleven_arrangements_new_money_heads_of_government_speakers_and_traps(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dateline's country is where the story was filed
        ("BORGO EGNAZIA, Italy, June 14 (Meridian Wire) - Leaders of the Group of Seven agreed on Thursday to provide "
         "Ukraine with about $50 billion in loans.", [("G7", 5e10, "USD")]),
        # the story's scheme, in a story about a scheme for Ukraine
        ("Czechia's ammunition initiative for Ukraine grows.\n\nThe initiative buys shells for Ukraine's army abroad.\n\n"
         "Ukraine's defence minister thanked Prague.\n\nThe Netherlands has pledged EUR 250 million to the initiative, "
         "Dutch Prime Minister Mark Rutte confirmed during a visit to Prague.", [("NLD", 2.5e8, "EUR")]),
        # told as context; evacuees hosted at home
        ("For context: Britain has committed £2.3bn in military aid to Ukraine this year.", []),
        ("The government has also budgeted 500 million yen for the support of Ukrainian evacuees living in Japan.", []),
        ("The budget sets aside C$117 million to support Ukrainians arriving in Canada under a special travel authorisation.", []),
    ],
)
def test_round_twelve_datelines_schemes_context_labels_and_evacuees(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pledges at the Berlin conference for Ukraine:\n- Finland and Sweden: a combined EUR 40 million for the Ukraine "
         "Energy Support Fund\n- Norway: NOK 1 billion for the same fund", [("FIN", 4e7, "EUR"), ("NOR", 1e9, "NOK")]),
        ("Saudi Arabia's aid agency signed two projects on Monday worth a combined $10.5 million for mine clearance in "
         "Ukraine.", [("SAU", 1.05e7, "USD")]),
        ("Norway's budget for Ukraine.\n\nIn its budget proposal presented on Wednesday, the government proposed NOK 85 "
         "billion in military and civilian support for Ukraine in 2026.", [("NOR", 8.5e10, "NOK")]),
        ("The government's 2025 budget proposal, which is still being reviewed by the National Assembly, includes US$400m "
         "for Ukraine.", []),
        ("Norway's humanitarian aid to Ukraine and neighbouring countries this year totals around NOK 2 billion.", []),
        ("Separately, JICA signed a loan of up to 25 billion yen with the Philippines for a flood-control project, as "
         "Ukraine's needs grow.", []),
        ("Diplomats say G7 leaders are close to a deal on a loan of about $50 billion for Ukraine.", []),
    ],
)
def test_round_thirteen_joint_labels_signed_projects_budget_proposals_tallies_and_deals_not_yet_made(text, expected):
    assert summary(text) == expected
