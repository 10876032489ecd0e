"""Government press releases (RSS 2.0, government style): 8 items, one with a relative link, one also
listed in the Kyiv Wire feed (cross-feed duplicate URL)."""
from common import Article, N, P, T

ARTICLES = [
Article(
    outlet="regjeringen", slug="nansen-programme-2024", pub="2024-02-23T12:00:00+01:00",
    title="NOK 15 billion for Ukraine in 2024",
    summary="The Government will continue its support for Ukraine through the Nansen Support Programme, with equal parts military and civilian support.",
    author="Office of the Prime Minister", section="Press release",
    body="""
The Government has decided how this year’s support for Ukraine will be divided. Two years after Russia’s full-scale invasion, Norway will continue to give substantial support to Ukraine’s defence and to keep Ukrainian society functioning.

[[nor|The Government will provide NOK 15 billion in support to Ukraine in 2024 through the Nansen Support Programme for Ukraine.]]

“Ukraine is fighting for its freedom and for the principles that our own security depends on. Norway will continue to stand by Ukraine for as long as it takes,” said Prime Minister Jonas Gahr Støre.

[[nor_sub|Of this, NOK 7.5 billion will go to military support and NOK 7.5 billion to civilian and humanitarian support.]]

[[nor_bg|In February 2023, the Storting agreed on a five-year programme worth NOK 75 billion for 2023 to 2027.]] The programme is named after the polar explorer and humanitarian Fridtjof Nansen, who led relief efforts in Ukraine and Russia in the 1920s.

## Military support

The military support will be used for air defence, ammunition and maintenance of equipment that Norway and other countries have donated. Norway will also contribute to international funds that buy equipment for Ukraine, including the International Fund for Ukraine administered by the United Kingdom.

“We are prioritising what Ukraine needs most, in close dialogue with the Ukrainian authorities and our allies,” said Minister of Defence Bjørn Arild Gram.

## Civilian support

The civilian support will help Ukraine’s government to pay salaries and pensions, repair energy infrastructure and provide humanitarian aid to people affected by the war. A large share will be channelled through the World Bank, the United Nations and Norwegian humanitarian organisations.

“Russia’s attacks on power plants and the electricity grid are designed to break the will of the Ukrainian people. Our support for energy infrastructure is therefore crucial,” said Minister of Foreign Affairs Espen Barth Eide.

The Government will continue to consult the parties in the Storting on the use of the funds and will report on the results. Norway places strong emphasis on anti-corruption measures and on control over how the funds are used.
""",
    gold=[
        P("nor", "NOR", 15_000_000_000, "NOK", aid="unspecified", stage="pledged",
          note="mixed military and civilian support in one figure"),
        N("nor_sub", "sub-allocations of the headline NOK 15 billion"),
        N("nor_bg", "the multi-year programme agreed in 2023, repeated as background"),
    ],
),
Article(
    outlet="regjeringen", slug="energy-support-fund-berlin", pub="2024-06-11T15:30:00+02:00",
    title="Norway supports repairs of Ukraine’s energy system ahead of winter",
    summary="Norway announced a new contribution to the Ukraine Energy Support Fund at the Ukraine Recovery Conference in Berlin.",
    author="Ministry of Foreign Affairs", section="Press release",
    body="""
Russia has systematically attacked Ukraine’s energy infrastructure throughout the spring, and a large part of the country’s power generation capacity has been destroyed or damaged. Norway is therefore stepping up its support for repairs before the winter.

[[nor|Norway will contribute NOK 1.1 billion to the Ukraine Energy Support Fund to repair power plants and the electricity grid before winter, Minister of Foreign Affairs Espen Barth Eide announced at the Ukraine Recovery Conference in Berlin today.]]

“Without electricity, hospitals cannot operate, water cannot be pumped and homes cannot be heated. Keeping the lights on in Ukraine is one of the most important things we can do right now,” said Minister Barth Eide.

The Ukraine Energy Support Fund was established by Ukraine’s Ministry of Energy and is administered by the Energy Community Secretariat in Vienna. The fund buys equipment such as transformers, cables and generators and delivers it to Ukrainian energy companies.

[[nor_cum|Norway has contributed more than NOK 3 billion to the fund since 2022.]]

## Decentralised energy

Part of the new contribution will be used to install smaller gas-fired power units and solar installations in cities and at hospitals, making the system less vulnerable to large-scale attacks. Norwegian companies with experience in renewable energy may participate in procurement processes organised by the fund.

## The conference

The Ukraine Recovery Conference in Berlin brought together more than 2,000 participants from governments, international organisations and business. The conference focused on private sector involvement, human capital and the reform agenda linked to Ukraine’s EU accession process.

Norway also signed a letter of intent with Ukraine on cooperation in the energy sector, including on the security of critical infrastructure and on competence building for Ukrainian energy regulators.

“Ukraine’s recovery cannot wait until the war is over. We must rebuild what we can now, and prepare for the large-scale reconstruction that will follow,” said the minister.

The contribution is part of the civilian support under the Nansen Support Programme for Ukraine.
""",
    gold=[
        P("nor", "NOR", 1_100_000_000, "NOK", aid="humanitarian", purposes=["energy"], stage="pledged"),
        N("nor_cum", "cumulative contributions since 2022"),
    ],
),
Article(
    outlet="regjeringen", slug="defence-budget-2025", pub="2024-10-07T10:00:00+02:00",
    title="Defence budget 2025: strengthening Norway’s defence",
    summary="The Government proposes a substantial increase in defence spending in its budget for 2025, following up the long-term plan for the defence sector.",
    author="Ministry of Defence", section="Press release",
    body="""
The security situation in Europe is the most serious since the Second World War. The Government is therefore proposing a substantial increase in defence spending in the budget for 2025, following up the long-term plan for the defence sector that the Storting adopted in June.

[[own|The Government proposes a defence budget of NOK 100.9 billion for 2025, an increase of NOK 8.3 billion from this year.]]

[[t|With this budget, Norway will meet NATO’s guideline of spending two per cent of GDP on defence in 2025.]]

“We are building a stronger defence that can meet the threats we face. This budget is an important step in a long-term effort to strengthen our defence capability,” said Minister of Defence Bjørn Arild Gram.

## Priorities

The budget prioritises the Navy, with funding for the procurement of new frigates and for the submarines that are being built together with Germany. The Army will receive funding for more soldiers and for the long-range precision fire that was decided in the long-term plan.

Air defence is also strengthened. The Government proposes funding for additional NASAMS systems and for protection of air bases in the north.

The Home Guard will be increased, and the Government proposes to expand the number of conscripts in the coming years. Investments in bases, barracks and training areas will also increase.

## Allies and the North

Norway works closely with its allies, particularly the United States, the United Kingdom, Germany and the other Nordic countries. Finnish and Swedish membership of NATO has created new opportunities for cooperation in the north, including joint planning for the defence of the region.

The budget includes funding for receiving allied reinforcements, so-called host nation support, and for exercises with allies in Norway.

## Support for Ukraine

The support for Ukraine under the Nansen Support Programme is presented in a separate proposal and comes in addition to the defence budget.

The Storting will consider the budget proposal in the autumn, and the final budget will be adopted in December.
""",
    gold=[
        N("own", "own defence budget, not aid"),
        T("t", "NOR", 2.0, 2025),
    ],
),
Article(
    outlet="regjeringen", slug="gas-purchases-naftogaz", pub="2025-01-28T13:15:00+01:00",
    feed_link="/en/aktuelt/press-releases/2025/gas-purchases-naftogaz/id2031999/",
    title="Norway supports Ukraine’s gas purchases for the winter",
    summary="A grant to Naftogaz will help Ukraine import gas after Russian attacks on production facilities.",
    author="Ministry of Foreign Affairs", section="Press release",
    body="""
Russian attacks on gas production and storage facilities have reduced Ukraine’s own production, and the country needs to import more gas to keep homes warm during the rest of the winter. Norway is contributing to these purchases.

[[nor|Norway will provide NOK 1.4 billion as a grant to Naftogaz for the purchase of gas, channelled through the European Bank for Reconstruction and Development.]]

“Russia is trying to freeze Ukrainians into submission. Norway will help ensure that Ukrainian homes, schools and hospitals have heat this winter,” said Minister of Foreign Affairs Espen Barth Eide.

The grant will be provided through the EBRD, which has a long-standing partnership with Naftogaz and has the necessary control mechanisms in place. The gas will be bought from European suppliers and transported through the pipeline networks of Ukraine’s EU neighbours.

[[ebrd|The EBRD has itself lent Naftogaz EUR 570 million for gas purchases since 2022.]]

## Energy security

Norway is Europe’s largest supplier of natural gas after the reduction of Russian deliveries. The Government has emphasised that support for Ukraine’s energy security is also important for the energy security of Europe as a whole.

Ukraine’s underground storage facilities are among the largest in Europe, and several European companies store gas there. Russian attacks on these facilities therefore also affect the European gas market.

## Part of the Nansen Programme

The grant is part of the civilian support under the Nansen Support Programme for Ukraine. Norway has also contributed to the repair of power plants and transmission lines, to the purchase of generators and to the protection of energy infrastructure.

“We are also working with Ukraine on the longer term: a more decentralised, more resilient and greener energy system,” said the minister.

The Government will continue to assess Ukraine’s needs together with the Ukrainian authorities and other donors as the winter progresses. Norwegian experts from the Norwegian Water Resources and Energy Directorate are also advising their Ukrainian counterparts on the protection and rapid repair of critical facilities, drawing on Norway’s experience with a large and geographically spread energy system.
""",
    gold=[
        P("nor", "NOR", 1_400_000_000, "NOK", aid="financial", purposes=["grant", "energy"], stage="pledged"),
        N("ebrd", "cumulative EBRD lending, not a new pledge"),
    ],
),
Article(
    outlet="regjeringen", slug="humanitarian-assistance-2025", pub="2025-05-06T11:00:00+02:00",
    title="NOK 900 million in humanitarian assistance to Ukraine",
    summary="The funds will be channelled through the UN, the Red Cross movement and Norwegian humanitarian organisations.",
    author="Ministry of Foreign Affairs", section="Press release",
    body="""
The humanitarian needs in Ukraine remain very large. Millions of people have been forced to flee their homes, and people living close to the front line are exposed to daily attacks.

[[nor|The Government has allocated NOK 900 million in humanitarian assistance to Ukraine this year, channelled through the UN, the Red Cross and Norwegian humanitarian organisations.]]

“The civilian population is paying a very high price for Russia’s war. Our humanitarian support reaches those who need it most, including older people who have stayed in their homes near the front,” said Minister of Foreign Affairs Espen Barth Eide.

The funds will be used for food, shelter, health services and psychosocial support. A significant share will go to the areas closest to the front line in the Kharkiv, Donetsk, Zaporizhzhia and Kherson regions, where access is most difficult.

## Neighbouring countries

[[mda|Norway will also provide NOK 100 million to Moldova to help the country receive refugees from Ukraine.]] Moldova has received more Ukrainian refugees relative to its population than any other country.

## Partners

The support will be channelled through the UN Office for the Coordination of Humanitarian Affairs, the World Food Programme, UNICEF, the International Committee of the Red Cross and Norwegian organisations such as the Norwegian Refugee Council, Norwegian People’s Aid and Norwegian Church Aid.

Norwegian People’s Aid is also carrying out humanitarian mine clearance in Ukraine with Norwegian support. Large areas in the south and east are contaminated with mines and unexploded ordnance, which prevents farmers from using their land and causes civilian casualties.

“Humanitarian principles must be respected. Humanitarian workers must have safe access to people in need, and attacks on civilians must stop,” said the minister.

The assistance is part of the civilian support under the Nansen Support Programme for Ukraine. The Government will consider additional allocations later in the year if the needs increase.
""",
    gold=[
        P("nor", "NOR", 900_000_000, "NOK", aid="humanitarian", purposes=["food", "shelter", "health"],
          stage="allocated"),
        N("mda", "aid to Moldova, not Ukraine"),
    ],
),
Article(
    outlet="regjeringen", slug="air-defence-drones-package", pub="2025-10-14T09:30:00+02:00", also_in=("kyivwire",),
    title="NOK 4.5 billion for air defence and drone production in Ukraine",
    summary="Norway provides new military support as Russia intensifies its attacks on Ukrainian cities and energy infrastructure.",
    author="Ministry of Defence", section="Press release",
    body="""
Russia has in recent months launched record numbers of drones and missiles against Ukrainian cities and energy infrastructure. Norway is therefore providing new military support with a focus on air defence and on Ukraine’s own production of drones.

[[nor|Norway will provide NOK 4.5 billion (EUR 378 million) for air defence and the production of drones in Ukraine, the Minister of Defence announced today.]]

“Air defence saves lives. At the same time, Ukraine’s own drone industry is one of its greatest strengths, and we want to help it produce more,” said Minister of Defence Tore O. Sandvik.

[[nor_sub|Of this amount, NOK 1.8 billion will be used to buy Ukrainian-produced long-range drones.]]

The remaining funds will be used for air defence, including missiles for NASAMS, which Norway developed together with the American company Raytheon, and contributions to the purchase of American air defence equipment through NATO.

## Cooperation with allies

Norway cooperates closely with the other Nordic countries, the United Kingdom and Germany on support for Ukraine. The drones will be bought in cooperation with Denmark, following the model in which donor countries finance production in Ukrainian factories.

“Ukraine’s defence industry can produce quickly and at a low cost. By financing production in Ukraine, we get more for our money, and we strengthen Ukraine’s ability to defend itself in the long term,” said the minister.

## Control and follow-up

The Norwegian Armed Forces will follow up the contracts together with the Ukrainian Ministry of Defence. Norway has established a system for control and reporting, and the funds will be disbursed in tranches as deliveries are made.

The support is part of the military support under the Nansen Support Programme for Ukraine. The Government has proposed to increase the programme substantially for next year.

Prime Minister Jonas Gahr Støre discussed Ukraine’s needs for the coming winter with President Volodymyr Zelensky by telephone last week.
""",
    gold=[
        P("nor", "NOR", 4_500_000_000, "NOK", aid="military", purposes=["air_defence", "drones", "defence_industry"],
          stage="pledged", note="the EUR figure is an equivalent, not a USD one"),
        N("nor_sub", "sub-allocation of the headline NOK 4.5 billion"),
    ],
),
Article(
    outlet="regjeringen", slug="patriot-systems-germany", pub="2026-01-20T14:00:00+01:00",
    title="Norway and Germany to finance Patriot systems for Ukraine",
    summary="The two countries will jointly pay for two Patriot air defence systems to protect Ukrainian cities.",
    author="Ministry of Defence", section="Press release",
    body="""
Norway and Germany will jointly finance two Patriot air defence systems for Ukraine, the defence ministers of the two countries announced at a meeting in Berlin today.

[[joint|Norway and Germany will jointly finance two Patriot air defence systems for Ukraine, at a total cost of about EUR 1.5 billion.]]

“Patriot is the only system that can reliably protect Ukrainian cities against ballistic missiles. Together with Germany, we are making sure that more of these systems reach Ukraine,” said Minister of Defence Tore O. Sandvik.

[[nor_share|Norway’s share is NOK 7 billion.]]

The systems will be produced in Germany and the United States, and delivery is expected during the year. Germany will be responsible for the procurement, while both countries will contribute to the training of Ukrainian crews.

## Long-standing partnership

Norway and Germany cooperate closely on defence. The two countries are building new submarines together, and Norway has bought German tanks and air defence systems. Germany is also an important partner in the defence of Norway and the north.

“This agreement shows how close our cooperation has become. We share the view that Ukraine’s security is essential for the security of Europe,” said the minister.

## Air defence as a priority

Russia has continued its attacks on Ukrainian cities and energy infrastructure throughout the winter, using a combination of drones, cruise missiles and ballistic missiles. Ukraine has asked its partners for more air defence systems and interceptor missiles.

Norway has previously donated NASAMS systems to Ukraine and funded the purchase of interceptors. Norway also participates in the coalition for air defence led by Germany and France.

## Training of crews

Ukrainian air defence crews will be trained in Germany before the systems are delivered. Norway will contribute instructors and technicians, and the two countries will also cooperate on the supply of spare parts and maintenance, so that the systems can remain in operation over time.

“Air defence is not only about the launchers. It is about missiles, spare parts and trained people. We will support the whole chain,” said the minister.

The support is part of the military support under the Nansen Support Programme for Ukraine.
""",
    gold=[
        P("joint", "NOR", 1_500_000_000, "EUR", q="about", aid="military", purposes=["air_defence"],
          stage="pledged", co=["DEU"], note="joint pledge with one total; donor = first named"),
        N("nor_share", "Norway's part of the joint total: a sub-allocation"),
    ],
),
Article(
    outlet="regjeringen", slug="budget-agreement-ukraine-2027", pub="2026-11-26T18:20:00+01:00",
    title="Budget agreement: NOK 85 billion for Ukraine in 2027",
    summary="The Government and the parties in the Storting have agreed on the budget for 2027, including continued support for Ukraine and higher defence spending.",
    author="Ministry of Finance", section="Press release",
    body="""
The Government has reached an agreement with its budget partners in the Storting on the state budget for 2027. The agreement secures continued high support for Ukraine and a further increase in Norway’s own defence spending.

[[nor|Under the budget agreement, Norway will provide NOK 85 billion in support to Ukraine in 2027, the majority of it military.]]

“Norway is among the countries that give the most support to Ukraine relative to the size of our economy. That will continue. Ukraine’s fight is also our fight,” said Prime Minister Jonas Gahr Støre.

[[cum|Norway has so far provided about NOK 180 billion to Ukraine since February 2022.]]

The support will be used for air defence, ammunition and drones, for Ukraine’s defence industry, and for energy, humanitarian needs and budget support. The Government will present a detailed plan for the use of the funds early in the new year.

## Defence spending

[[t|The Government will increase defence spending to 3.5 per cent of GDP for core defence by 2035, in line with the commitment agreed by NATO allies in The Hague.]]

“We are in a new security situation, and we have to take our own defence more seriously than we have done for decades,” said the Minister of Finance.

The budget includes funding for more personnel in the Armed Forces, for long-range air defence and for the maintenance of equipment. Investments in the Home Guard and in civil protection will also increase.

## Economic framework

Most of the support for Ukraine is financed from the Government Pension Fund Global. The Government emphasises that the support is given in a way that does not put pressure on the Norwegian economy, as most of the money is spent outside Norway.

The budget partners have also agreed to strengthen the reporting to the Storting on the results of the support, including an annual review of how the funds have been used and what they have achieved.

The budget agreement will be considered by the Storting in December. The final budget will be adopted before Christmas.
""",
    gold=[
        P("nor", "NOR", 85_000_000_000, "NOK", aid="unspecified", stage="committed",
          note="budget agreement; mostly military but mixed"),
        N("cum", "cumulative total since 2022"),
        T("t", "NOR", 3.5, 2035),
    ],
),
]
