"""Inbox: 6 raw text articles and 2 saved HTML pages. Every file has NAME.meta.json except
latvia-drone-coalition.txt, whose pledges therefore all carry an explicit date in the text."""
from common import Article, N, P, T, V

# (file name, has sidecar, url) ; Article.outlet is the fake publisher used for HTML boilerplate
INBOX = [
("nato-allies-aid-rewrite.txt", True, "https://www.alliedbrief.example.test/2025/03/nato-allies-aid-ukraine",
Article(
    outlet="alliedbrief", slug="nato-allies-aid-rewrite", pub="2025-03-04T09:00:00+00:00",
    title="Allies promise more for defence and for Ukraine as Washington presses NATO",
    summary="", author="Staff writer",
    body="""
[[vague_nato0|NATO’s secretary general Jens Stoltenberg says he has discussed defence budgets with Donald Trump’s team, and that the outcome is simple: alliance members will put more money into their own armed forces and set aside what he called “billions of dollars” for Ukraine.]] He made the comments in a post on X.

The statement follows reports that a number of governments in Europe, North America and Asia have each put together their own support packages for Kyiv. [[vague_total|Taken together, those packages from Western and Asian partners are said to be worth hundreds of millions, money intended to help Ukraine hold the line against Russia.]]

## What changes for Kyiv and Washington

If European allies really do carry more of the burden, the relationship between Washington and Kyiv could change, and so could the calculation in the US capital about how long to keep paying for Ukraine’s budget and army. Greater spending by NATO members, and their readiness to offer security guarantees in the east of Europe, could also shape any future talks with Moscow.

## The numbers on the table

In his post, Stoltenberg described his conversation with Trump in upbeat terms, saying that the United States and NATO were both getting stronger and that allies were raising their defence budgets faster than before. [[vague_nato|He added that allies intend to commit billions more in aid and security contributions for Ukraine.]]

[[t_trump|Trump, for his part, has demanded that every NATO member spend 5 percent of GDP on defence.]] He has repeatedly hinted that the United States might not come to the aid of allies that fall short of the alliance’s financial yardsticks.

[[t_nato2|The alliance’s current yardstick asks each member to put two per cent of its GDP into defence.]] Lithuania and Estonia were among the countries that said they would meet it after Trump demanded more.

[[t_gbr|In London, Prime Minister Keir Starmer has said he wants British defence spending to reach 2.5 percent by 2027.]]

Stoltenberg had warned earlier that allies needed to spend more without delay to deter Russia. [[t_37|Speaking to members of the European Parliament, he said that NATO countries might have to lift their defence budgets to as much as 3.7 percent of GDP, according to Euronews.]]

## Help for Ukraine beyond NATO

Several allies have also made new offers to Ukraine outside the alliance framework.

[[fin|Helsinki says it will send Ukraine $691 million worth of military equipment made by Finnish industry, the Finnish defence ministry said in a statement.]] It did not list the items, saying only that the aid would address Ukraine’s most critical needs.

[[pol|In Warsaw, Defence Minister Władysław Kosiniak-Kamysz said his ministry was working on another aid package for Ukraine, worth $207 million, which would be Poland’s 46th, the PAP news agency reported.]]

[[esp|During a visit to Kyiv, Spanish Prime Minister Pedro Sánchez announced a fresh military aid package for Ukraine worth around $1.05bn, Reuters reported.]] Madrid’s help comes in addition to its NATO commitments and falls under a ten-year security and defence agreement that the two countries signed in May 2024.

[[jpn|Tokyo, one of NATO’s closest partners in Asia, says it will give Ukraine 8 billion yen, or roughly $58,000,000, in financial support.]] The money is earmarked for the energy sector, for clearing mines from farmland and towns, and for repairing critical infrastructure, Ukrainska Pravda reported.

## Voices from Washington and beyond

Pete Hegseth, the US defence secretary, also wrote on X that he had spoken with the NATO secretary general about building a stronger and more sustainable alliance, and that both agreed allies must spend more and expand industrial capacity.

Oxana Shevel, a political scientist at Tufts University, wrote that Europe could no longer rely on the United States or on the NATO umbrella and should raise defence spending, even at the cost of trimming welfare.

Tim Hirschel-Burns, another commentator, was more blunt. [[neg_usa|He wrote that the United States had just announced an extra $644 billion for its own defence and was telling the EU it would be on its own if Russia attacked.]]

## What comes next

It is still unclear when the higher spending will take effect, and what it will mean for the role of the United States in the alliance.
""",
    gold=[
        V("vague_nato0", "NATO", note="vague: 'billions of dollars', no figure; neither required nor penalised"),
        N("vague_total", "vague total with no donor and no figure"),
        V("vague_nato", "NATO", note="vague: 'billions more', no figure; neither required nor penalised"),
        T("t_trump", "NATO", 5.0, None, req=False, note="demanded by the US president for all NATO members"),
        T("t_nato2", "NATO", 2.0, None, req=False),
        T("t_gbr", "GBR", 2.5, 2027),
        T("t_37", "NATO", 3.7, None, req=False),
        P("fin", "FIN", 691_000_000, "USD", aid="military", purposes=["equipment", "defence_industry"], stage="pledged"),
        P("pol", "POL", 207_000_000, "USD", aid="military", stage=None, note="package 'being prepared'"),
        P("esp", "ESP", 1_050_000_000, "USD", q="about", aid="military", stage="pledged"),
        P("jpn", "JPN", 8_000_000_000, "JPY", usd=58_000_000, aid="financial",
          purposes=["energy", "demining", "reconstruction"], stage="pledged"),
        N("neg_usa", "a country's own defence budget, not aid to Ukraine"),
    ],
)),
("new-zealand-training.txt", True, "https://www.pacificreport.example.test/news/2025/04/nz-ukraine-support",
Article(
    outlet="pacificreport", slug="new-zealand-training", pub="2025-04-08T08:30:00+12:00",
    title="New Zealand adds military support for Ukraine as defence plan is unveiled",
    summary="", author="Hemi Walker",
    body="""
New Zealand will spend more on helping Ukraine and on its own armed forces, the government said, as it tries to show allies that a small country far from Europe takes the war seriously.

[[nzl|On 7 April, Defence Minister Judith Collins announced that New Zealand would provide NZ$16 million in military assistance to Ukraine, mostly to train Ukrainian soldiers in the United Kingdom and to buy drones through the international drone coalition.]]

New Zealand Defence Force personnel have been in Britain since 2023 as part of Operation Interflex, which has trained tens of thousands of Ukrainian recruits in basic infantry skills. Others have served in Germany and Poland, helping to coordinate the flow of aid.

## A bigger defence budget

The government also published its Defence Capability Plan, which sets out how the armed forces will be rebuilt after decades of low spending. [[nzl_own|The plan includes NZ$12 billion of spending over the next four years, of which NZ$9 billion is new money.]]

[[nzl_t|The government intends to lift defence spending to 2 percent of GDP by 2033, from a little over 1 percent today.]] Ministers said the plan was driven by a more dangerous strategic environment in the Pacific as well as by the war in Europe.

The plan includes new helicopters for the navy, drones and long-range strike capabilities. Officials said the country would also look at replacing its ageing frigates.

## Reaction

The opposition Labour Party said it supported helping Ukraine but questioned whether the government could pay for the defence plan without cuts to health and education. The Green Party said the money would be better spent on climate resilience in the Pacific.

Ukraine’s embassy in Canberra, which is also responsible for New Zealand, thanked Wellington for its support and said training had become one of the most valuable forms of help.

New Zealand has imposed sanctions on more than 1,600 individuals and entities linked to Russia’s war since 2022, and has contributed to humanitarian funds for Ukraine.
""",
    gold=[
        P("nzl", "NZL", 16_000_000, "NZD", aid="military", purposes=["training", "drones"], stage="pledged",
          date="2025-04-07"),
        N("nzl_own", "own defence budget, not aid"),
        T("nzl_t", "NZL", 2.0, 2033),
    ],
)),
("ebrd-energy-loan.txt", True, "https://www.emergingmarketsdesk.example.test/2024/11/ebrd-ukrenergo-loan",
Article(
    outlet="emergingmarketsdesk", slug="ebrd-energy-loan", pub="2024-11-05T16:00:00+00:00",
    title="Development banks lend for Ukraine’s power grid and for housing",
    summary="", author="Markets desk",
    body="""
International development banks have stepped up lending for Ukraine’s energy system and housing before the winter, as Russian strikes continue to damage the power grid.

[[ebrd|The European Bank for Reconstruction and Development said on Monday it would lend €300 million to Ukrenergo to repair high-voltage substations, backed by a guarantee from the European Union.]]

The loan will be used to buy transformers and switchgear and to build protective structures around key substations. Ukrenergo, the state grid operator, has had to repair some facilities several times after repeated attacks.

[[eu_bg|The EU guarantee comes from the €50 billion Ukraine Facility agreed earlier this year.]]

[[ebrd_cum|The EBRD has invested more than €6 billion in Ukraine since the start of the full-scale invasion.]] The bank has become one of the largest investors in the country, lending to state companies, municipalities and private businesses.

## Housing

[[ceb|The Council of Europe Development Bank approved a €100 million loan on Monday for housing for displaced people in western Ukraine.]] The money will be used to renovate dormitories and build new apartments in cities that have received large numbers of people from the east.

More than 3.5 million people are internally displaced in Ukraine, according to the International Organization for Migration. Many live in collective centres such as schools and former hostels, often in poor conditions.

## Winter risks

Ukrenergo has warned that power cuts could return this winter if attacks continue. The company says it has built up a stock of spare equipment and is working with European grid operators to import more electricity.

Economists say that reliable electricity is essential for Ukraine’s economy, which grew by about 3 percent this year despite the war. Factories that lose power cannot fulfil orders, and shops and offices have had to rely on generators.

The banks said they were ready to increase lending further if donors provided additional guarantees.
""",
    gold=[
        P("ebrd", "EBRD", 300_000_000, "EUR", aid="financial", purposes=["loan", "energy"], stage="pledged",
          date="rel:Monday"),
        N("eu_bg", "the Ukraine Facility agreed earlier, repeated as background"),
        N("ebrd_cum", "cumulative investment since the invasion"),
        P("ceb", "CEB", 100_000_000, "EUR", aid="financial", purposes=["loan", "shelter", "refugees"],
          stage="committed", date="rel:Monday"),
    ],
)),
("latvia-drone-coalition.txt", False, None,
Article(
    outlet="inbox", slug="latvia-drone-coalition", pub="",
    title="Drone coalition led by Latvia gathers new members",
    summary="", author="",
    body="""
Latvia has become one of the driving forces behind an international effort to supply Ukraine with large numbers of drones, a weapon that has transformed the battlefield.

[[lva|On 14 February 2024, the Latvian government pledged €20 million for the drone coalition it leads together with the United Kingdom, to buy drones for Ukraine.]]

The coalition was launched at a meeting of the Ukraine Defense Contact Group and aims to deliver at least one million drones to Ukraine. It focuses on first-person-view drones, which are cheap and can be produced quickly, as well as on reconnaissance and long-range models.

[[swe|Sweden joined the coalition on 29 February 2024 and promised SEK 300 million for drone purchases.]] The Netherlands, Denmark, Estonia and Lithuania have also joined, and several other countries are considering membership.

[[cum|Coalition members have so far pledged more than €500 million in total.]]

## Production in Latvia

Latvian companies produce drones for Ukraine and are training Ukrainian operators. The defence ministry says Latvia wants to build a drone industry that can also serve its own armed forces.

[[lva_t|Latvia intends to raise its defence spending to 3 percent of GDP by 2027.]] The government has introduced conscription again and is building fortifications along the border with Russia and Belarus.

## The role of drones

Drones now account for a large share of losses on both sides of the front line. Ukraine produces more than a million drones a year, but commanders say they still need more, particularly drones that can resist electronic jamming.

Latvian officials say the coalition is also a way to share knowledge about what works on the battlefield. “Every month the technology changes,” a Latvian official said. “We need to learn as fast as the Ukrainians do.”
""",
    gold=[
        P("lva", "LVA", 20_000_000, "EUR", aid="military", purposes=["drones"], stage="pledged", date="2024-02-14"),
        P("swe", "SWE", 300_000_000, "SEK", aid="military", purposes=["drones"], stage="pledged", date="2024-02-29"),
        N("cum", "cumulative, aggregate over many donors"),
        T("lva_t", "LVA", 3.0, 2027),
    ],
)),
("austria-winter-aid.txt", True, "https://www.alpenpost.example.test/international/2025/11/austria-winter-aid-ukraine",
Article(
    outlet="alpenpost", slug="austria-winter-aid", pub="2025-11-20T10:45:00+01:00",
    title="Austria sends emergency winter aid to Ukraine",
    summary="", author="Lena Gruber",
    body="""
Austria has sent emergency funds to help Ukrainians get through the winter, as Russian attacks on power plants and gas facilities leave many cities with only a few hours of electricity a day.

[[aut|Austria transferred €10 million from its Foreign Disaster Fund to Ukraine on Wednesday, to pay for generators, heating and emergency shelter.]] The money will be channelled through the Austrian Red Cross, Caritas and UN agencies.

Foreign Minister Beate Meinl-Reisinger said the aid would reach people in the regions most affected by attacks on the energy system. “Winter is being used as a weapon against civilians,” she said.

## Neutral but not indifferent

Austria is militarily neutral and does not supply weapons to Ukraine. It has instead focused on humanitarian aid, demining and support for Ukraine’s energy system. In the European Union, it has used the option of constructive abstention to avoid paying for weapons through the European Peace Facility, directing its share to non-lethal equipment.

[[aut_cum|Austria has provided more than €250 million in humanitarian and other civilian support to Ukraine since 2022.]]

## Other crises

[[gaza|The Foreign Disaster Fund is also providing €5 million for humanitarian aid in Gaza this year.]] The fund’s budget has been increased in recent years because of the number of crises around the world.

Austrian aid organisations said the needs in Ukraine were growing as the war dragged on. A Caritas official who recently returned from Kharkiv said older people living alone were particularly at risk during power cuts.

The Austrian government has also hosted Ukrainian refugees, about 80,000 of whom live in the country. Many children attend Austrian schools, and an increasing number of adults have found work.

Ukraine’s ambassador in Vienna thanked the government and said the aid would help families survive the coldest months. He also called on Austria to support the use of frozen Russian assets to finance Ukraine’s reconstruction.
""",
    gold=[
        P("aut", "AUT", 10_000_000, "EUR", aid="humanitarian", purposes=["energy", "shelter"], stage="delivered",
          date="rel:Wednesday"),
        N("aut_cum", "cumulative total since 2022"),
        N("gaza", "aid to Gaza, not Ukraine"),
    ],
)),
("un-cerf-allocation.txt", True, "https://www.reliefbulletin.example.test/2026/01/cerf-ukraine-frontline",
Article(
    outlet="reliefbulletin", slug="un-cerf-allocation", pub="2026-01-12T07:00:00+00:00",
    title="UN releases emergency funds for frontline communities in Ukraine",
    summary="", author="Relief Bulletin",
    body="""
The United Nations has released emergency money to help people living near the front line in eastern and southern Ukraine, where humanitarian organisations say conditions have deteriorated sharply this winter.

[[un|The UN Emergency Relief Coordinator released $10 million from the Central Emergency Response Fund on Friday to provide heating, water and medical care in frontline communities in Ukraine.]]

The money will be used by UN agencies and their partners to repair heating systems, distribute fuel and stoves, and run mobile health clinics. Aid workers say that many people in the affected areas are older and unable or unwilling to leave their homes.

## Appeal

[[appeal|The UN and its partners are appealing for $2.3 billion in 2026 to help 4.1 million people in Ukraine.]] Last year’s appeal was less than half funded, forcing agencies to cut food distributions and cash assistance.

Aid officials warned that the reduction in funding from some major donors, including cuts to the US foreign aid budget, had left large gaps. “We are doing less with less, and people are suffering as a result,” a senior UN official in Kyiv said.

[[private|A private foundation based in Geneva said it would give a further $3 million for winter shelters.]]

## Access

Humanitarian access to areas close to the front line remains difficult. Convoys have been hit by drones, and several aid workers have been killed since the beginning of the full-scale invasion. The UN has called on all parties to respect international humanitarian law.

In the areas of Ukraine occupied by Russia, humanitarian organisations have almost no access, and the situation of the population is largely unknown.

The Central Emergency Response Fund is financed by voluntary contributions from governments and private donors. It allows the UN to respond quickly to sudden emergencies and to support underfunded crises.
""",
    gold=[
        P("un", "UN", 10_000_000, "USD", aid="humanitarian", purposes=["energy", "health"], stage="allocated",
          date="rel:Friday"),
        N("appeal", "funding appeal, not a pledge"),
        N("private", "private foundation, not government aid"),
    ],
)),
("estonia-ukraine-aid.html", True, "https://www.balticpost.example.test/estonia/2025/09/estonia-quarter-percent-aid",
Article(
    outlet="balticpost", slug="estonia-ukraine-aid", pub="2025-09-12T11:10:00+03:00",
    title="Estonia keeps its quarter-percent promise to Ukraine for 2026",
    summary="The government confirms next year’s military aid, while its own defence spending soars.",
    author="Kristjan Tamm",
    body="""
Estonia will continue to give Ukraine military aid next year in line with a fixed share of its economy, the government said, keeping a promise it has urged other allies to copy.

[[est|Estonia will give Ukraine military aid worth 0.25 percent of its GDP in 2026, about €100 million, the government decided on Thursday.]]

Estonian officials have argued for years that if every NATO ally gave the same share of its economy, Ukraine would receive more than enough to defend itself. So far, only a few countries have followed the idea.

[[est_cum|Estonia’s military aid to Ukraine since 2022 has exceeded €500 million, more than 1.4 percent of its GDP.]]

## Defence at home

At the same time, the small Baltic country is raising its own defence spending faster than almost any other NATO member. [[est_t|Estonia plans to raise its own defence spending to 5.4 percent of GDP in 2026.]] The money will pay for air defence, ammunition stocks, new rocket artillery and a line of bunkers along the Russian border.

The increase has been financed partly by higher taxes, including a temporary security tax on personal income and company profits. The measures have been unpopular, and the governing coalition has fallen in opinion polls.

## What Ukraine gets

The government did not give details of the equipment it will send, but officials said the aid would include ammunition and support for Ukraine’s defence industry. Estonia has previously sent howitzers, anti-tank weapons and Javelin missiles.

Ukraine’s ambassador in Tallinn thanked the government and said Estonia had shown that “size does not matter when it comes to courage”.

The decision will be included in next year’s state budget, which the government will send to parliament at the end of the month.
""",
    gold=[
        P("est", "EST", 100_000_000, "EUR", q="about", aid="military", purposes=["ammunition", "defence_industry"],
          stage="committed", date="rel:Thursday", note="expressed as 0.25% of GDP, which is not a defence target"),
        N("est_cum", "cumulative total since 2022"),
        T("est_t", "EST", 5.4, 2026),
    ],
)),
("portugal-ireland-support.html", True, "https://www.euroweekly-digest.example.test/2025/04/portugal-ireland-ukraine",
Article(
    outlet="euroweeklydigest", slug="portugal-ireland-support", pub="2025-04-25T13:20:00+01:00",
    title="Portugal and Ireland announce new support for Ukraine",
    summary="Lisbon promises military aid for the year; Dublin increases non-lethal support through the European Peace Facility.",
    author="Siobhán Byrne",
    body="""
Two of the European Union’s westernmost members announced new support for Ukraine this week, showing that backing for Kyiv extends well beyond the countries closest to Russia.

[[prt|Portugal will provide €220 million in military support to Ukraine this year, Prime Minister Luís Montenegro said in Kyiv on Thursday.]] The aid includes ammunition, armoured vehicles and maritime drones, an area where Portuguese companies have developed expertise.

Montenegro visited a hospital and laid flowers at a memorial to fallen soldiers. He also met President Volodymyr Zelensky, who thanked Portugal for its help in training Ukrainian pilots.

## Ireland’s approach

[[irl|Ireland will contribute €50 million in non-lethal military support, including demining equipment and medical supplies, through the European Peace Facility.]] The Irish government said the money would be used only for non-lethal equipment, in keeping with the country’s policy of military neutrality.

[[irl_current|Ireland, which is militarily neutral, spends about 0.2 percent of GDP on defence, the lowest share in the EU.]] The government has promised to increase the budget of the Defence Forces, which struggle to recruit and retain personnel.

Irish ministers said the country’s contribution should not be measured only in money. Ireland hosts more than 100,000 Ukrainians who fled the war, one of the largest numbers relative to population in Western Europe.

## Portugal’s role

Portugal has also contributed to the coalition that supplies Ukraine with maritime drones, which have helped Ukraine push the Russian navy away from the western Black Sea. Portuguese navy officers have trained Ukrainian personnel in mine countermeasures.

The Portuguese government is under pressure from NATO allies to increase its defence spending, which is among the lowest in the alliance. [[prt_t|Montenegro has said that Portugal will reach two percent earlier than planned but did not give a date.]]

Both governments said they supported Ukraine’s path to EU membership and would back the opening of the first negotiating clusters.
""",
    gold=[
        P("prt", "PRT", 220_000_000, "EUR", aid="military", purposes=["ammunition", "vehicles", "drones"],
          stage="pledged", date="rel:Thursday"),
        P("irl", "IRL", 50_000_000, "EUR", aid="military", purposes=["demining", "health", "equipment"],
          stage="pledged", note="non-lethal support channelled through the European Peace Facility"),
        N("irl_current", "current spending statement, not a target"),
        T("prt_t", "PRT", 2.0, None, req=False, note="'earlier than planned', no year given"),
    ],
)),
]
