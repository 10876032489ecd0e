"""Nordic Defence Review (RSS 1.0 / RDF): 10 feed items, one of which is deliberately not recorded."""
from common import Article, N, P, T

ARTICLES = [
Article(
    outlet="nordicdefence", slug="sweden-15th-package", pub="2024-01-30T08:15:00+01:00", variant="storybody",
    title="Sweden presents SEK 5.4 billion package with CV90s and anti-ship missiles",
    summary="Stockholm’s fifteenth package is its largest so far, as the country waits for Hungary to ratify its NATO membership.",
    author="Karin Ek", section="Ukraine",
    body="""
Sweden has announced its largest military aid package for Ukraine to date, focusing on capabilities that the Ukrainian navy and mechanised brigades have asked for since the autumn.

[[swe|The Swedish government on Monday presented its fifteenth military support package for Ukraine, worth SEK 5.4 billion, including CV90 combat vehicles, anti-ship missiles and artillery ammunition.]]

Defence Minister Pål Jonson told a press conference in Stockholm that the package also contained boats for Ukraine’s coastal forces and funds for the Ukrainian air force. “The Black Sea is where Ukraine has had some of its greatest successes, and we want to help build on that,” he said.

The CV90 infantry fighting vehicles are produced by BAE Systems Hägglunds in Örnsköldsvik. Sweden has already supplied around 50 of them, and Ukrainian crews have praised their protection and firepower. The company said it was ready to increase production if orders were placed.

[[swe_cum|With the new package, Sweden’s military support to Ukraine since 2022 amounts to about SEK 30 billion.]]

## Waiting for Budapest

The announcement came as Sweden continued to wait for Hungary to approve its application to join NATO. Turkey’s parliament ratified the accession last week, leaving Hungary as the only ally that has not. Prime Minister Viktor Orbán has invited his Swedish counterpart to visit Budapest, a request that Stockholm has so far declined.

Sweden has been strengthening its own armed forces in parallel. Conscription has been expanded, and the government has asked municipalities to prepare civil defence plans, including shelters.

[[swe_t|Sweden will reach NATO’s target of two per cent of GDP this year, the government said, a year earlier than it had planned.]]

## Reactions

Ukraine’s defence minister thanked Sweden on social media and said the CV90s had “proven themselves on the battlefield”. Opposition parties in Stockholm supported the package, which was prepared in consultation with all parties in parliament.

Some analysts warned that Sweden’s own stocks were running low. A researcher at the Swedish Defence Research Agency said replacing donated equipment would take years and that industry would need long-term contracts to expand capacity.

The government said it intended to present further packages this year and that it would also explore joint procurement with other Nordic countries.
""",
    gold=[
        P("swe", "SWE", 5_400_000_000, "SEK", aid="military", purposes=["vehicles", "ammunition", "artillery"],
          stage="pledged", date="rel:Monday"),
        N("swe_cum", "cumulative total since 2022"),
        T("swe_t", "SWE", 2.0, 2024),
    ],
),
Article(
    outlet="nordicdefence", slug="denmark-danish-model-artillery", pub="2024-03-19T11:40:00+01:00",
    title="Denmark to buy Ukrainian-made howitzers under new funding model",
    summary="Copenhagen will pay Ukrainian manufacturers directly, a model officials say is faster and cheaper than buying in Europe.",
    author="Mads Kjeldsen", section="Ukraine",
    body="""
Denmark will pay Ukrainian arms manufacturers directly to produce artillery for Ukraine’s armed forces, an approach that officials in Copenhagen hope other countries will adopt.

[[dnk|Denmark will spend DKK 2.6 billion on Ukrainian-produced artillery systems and drones under its sixteenth aid package, the defence ministry said on Monday.]]

Defence Minister Troels Lund Poulsen said Ukrainian factories could build a self-propelled howitzer for a fraction of the price of a Western system, and much faster. A team of Danish officials will visit production sites to check that the money is used as intended.

The approach, which officials have begun to call the Danish model, responds to a problem that has frustrated Ukraine for two years: European arms makers have long order books, while Ukrainian factories have spare capacity but no money to use it.

## Moldova

The package was presented together with support for Ukraine’s neighbour. [[dnk_mda|Copenhagen also set aside DKK 200 million for Moldova’s energy security and border police.]] Moldova has been hit by power cuts caused by Russian strikes on the Ukrainian grid, to which it is connected.

## Political consensus

Danish aid to Ukraine is financed through a special fund agreed by most parties in parliament. The fund has been topped up several times since 2023, and a majority of Danes support using it to help Ukraine, according to recent polls.

Denmark has already given Ukraine all of its artillery pieces, including Caesar howitzers it had ordered from France. Lund Poulsen acknowledged that this left gaps in Denmark’s own defence but said the threat from Russia justified the risk.

Military analysts said the model could be scaled up if other donors joined. “Ukraine can produce more than it is producing today. The limiting factor is money,” said a researcher at the Royal Danish Defence College.

Ukrainian officials welcomed the decision and said contracts with manufacturers could be signed within weeks. The first howitzers could be delivered to the front by the summer.

Sweden, Norway and Canada have signalled interest in contributing to the scheme, according to diplomats in Copenhagen, but no figures have been agreed.
""",
    gold=[
        P("dnk", "DNK", 2_600_000_000, "DKK", aid="military", purposes=["artillery", "drones", "defence_industry"],
          stage="pledged", date="rel:Monday"),
        N("dnk_mda", "aid to Moldova, not Ukraine"),
    ],
),
Article(
    outlet="nordicdefence", slug="finland-23rd-package", pub="2024-06-12T13:20:00+03:00", variant="storybody",
    title="Finland sends 23rd defence materiel package worth €188 million",
    summary="Helsinki keeps the contents secret but says the package answers Ukraine’s most urgent needs.",
    author="Aino Virtanen", section="Ukraine",
    body="""
Finland will send another package of military equipment to Ukraine, the government said, continuing a steady flow of aid that has made the country one of Kyiv’s most consistent supporters.

[[fin|Finland will send Ukraine its 23rd package of defence materiel, worth €188 million, the defence ministry said on Wednesday.]]

As with previous packages, the ministry did not reveal the contents, citing operational security. Minister of Defence Antti Häkkänen said the package had been put together “in close dialogue with Ukraine” and would help meet its most critical needs before the winter.

Finland has followed a policy of secrecy about the details of its aid since the first months of the war. Officials argue that revealing the contents would help Russia to plan its operations, while critics say it makes it harder for the public to judge the value of the support.

[[fin_cum|The total value of Finland’s defence materiel aid to Ukraine now stands at €2 billion.]]

## Security agreement

In April, Finland and Ukraine signed a ten-year security agreement, under which Helsinki promised to keep supporting Ukraine for as long as necessary. The agreement includes cooperation on defence industry, training and cyber defence.

Finnish companies have expressed interest in taking part in Ukraine’s reconstruction, particularly in energy, water treatment and the construction of schools and shelters.

## Own defence

Finland shares a 1,340-kilometre border with Russia and has kept conscription and a large reserve since the Cold War. [[fin_current|Finland’s defence spending is about 2.4 percent of GDP this year, above NATO’s guideline.]]

The government has ordered new artillery ammunition from Nammo and Patria, and is building a fence along parts of the eastern border after Russia sent migrants to crossing points last winter. The border has been closed since December.

Häkkänen said Finland’s membership of NATO had not reduced the need for national defence. “We will continue to build our own capability and support Ukraine at the same time,” he said.

Opinion polls show that a large majority of Finns support military aid to Ukraine, including the delivery of heavy weapons.
""",
    gold=[
        P("fin", "FIN", 188_000_000, "EUR", aid="military", purposes=["equipment"], stage="pledged"),
        N("fin_cum", "cumulative total"),
        N("fin_current", "current spending statement, not a target"),
    ],
),
Article(
    outlet="nordicdefence", slug="estonia-ammunition-deliveries", pub="2024-08-22T09:00:00+03:00", status=0,
    title="Estonia speeds up ammunition deliveries to Ukraine",
    summary="Tallinn says the first shells bought under its aid pledge have arrived at the front.",
    author="Kristjan Tamm", section="Ukraine", body="",
),
Article(
    outlet="nordicdefence", slug="nordic-long-range-drones", pub="2024-11-20T15:30:00+01:00",
    title="Sweden, Norway and Denmark jointly fund Ukrainian long-range drones",
    summary="The three countries will pay Ukrainian manufacturers to produce drones capable of striking targets deep inside Russia.",
    author="Karin Ek", section="Industry",
    body="""
Three Nordic countries will jointly finance the production of long-range drones in Ukraine, their defence ministers announced at a meeting in Stockholm, in the largest joint Nordic project to support Ukraine so far.

[[joint|Sweden, Norway and Denmark will together provide €120 million to finance the production of long-range drones in Ukraine, the three defence ministers said in a joint statement.]]

The money will be paid to Ukrainian manufacturers, following the approach first used by Denmark earlier this year. The ministers said the drones would help Ukraine strike airfields, fuel depots and ammunition stores used by the Russian military.

Ukraine has developed a fleet of domestically produced drones that can fly more than 1,000 kilometres. They have been used to hit oil refineries deep inside Russia, and Ukrainian officials say they have become an essential part of the country’s strategy.

## Where the money comes from

[[nor_bg|Norway’s contribution comes from the NOK 35 billion it set aside for Ukraine this year under the Nansen Support Programme.]] Danish and Swedish officials said their shares would come from existing funds for Ukraine.

The ministers said they would send a joint team to Ukraine to oversee the contracts. Anti-corruption safeguards have been a priority for donors since a scandal over the procurement of mortar shells at the Ukrainian defence ministry last year.

## Spending at home

The Nordic countries are also raising their own defence spending sharply. [[swe_own|Sweden’s defence budget for next year is SEK 150 billion, about 2.4 percent of GDP.]]

Finland and Iceland were represented at the meeting as observers. Finland said it would consider joining the project next year, while Iceland, which has no armed forces, contributes to Ukraine through NATO funds and humanitarian aid.

The ministers also discussed the protection of undersea cables in the Baltic Sea after two telecommunications cables were damaged this week. Investigators are examining a Chinese-flagged cargo ship that sailed over the cables at the time.

“We are seeing a pattern,” the Danish minister said. “Our response must be united, and it must be Nordic.”
""",
    gold=[
        P("joint", "SWE", 120_000_000, "EUR", aid="military", purposes=["drones", "defence_industry"],
          stage="pledged", co=["NOR", "DNK"], note="joint pledge with one total; donor = first named"),
        N("nor_bg", "Norway's earlier annual allocation repeated as background"),
        N("swe_own", "own defence budget, not aid"),
    ],
),
Article(
    outlet="nordicdefence", slug="russia-defence-budget-2025", pub="2025-01-15T10:10:00+01:00",
    title="Russia’s 2025 budget puts record share into the war",
    summary="Defence and security take about 40 percent of federal spending, squeezing health, education and regional transfers.",
    author="Henrik Aas", section="Analysis",
    body="""
Russia enters the fourth year of its full-scale war against Ukraine with a budget that devotes a larger share of the economy to the military than at any time since the collapse of the Soviet Union.

[[ru_budget|Russia plans to spend 13.5 trillion roubles on national defence in 2025, about 6.3 percent of GDP, according to the budget signed by President Vladimir Putin in December.]] Including spending on security and law enforcement, the figure rises to more than 17 trillion roubles, or about 40 percent of all federal spending.

## Guns and butter

The increase comes at the expense of other priorities. Spending on health care and education is set to fall in real terms, and transfers to the regions have been cut. Economists in Moscow say the government is relying on high oil revenues and a growing tax take from companies that supply the army.

[[ru_occupied|Moscow has also earmarked about 300 billion roubles for what it calls the reconstruction of the occupied regions of Ukraine.]] Western governments regard the annexation of those regions as illegal.

## Overheating

The war economy has pushed unemployment to record lows and wages up, particularly in regions with defence factories. At the same time, inflation has exceeded 9 percent, and the central bank has raised its key rate to 21 percent, the highest level in more than two decades.

Companies outside the defence sector have complained that borrowing costs make investment impossible. Several large steel and coal companies have reported losses and cut production.

“The economy is running on one engine,” said a Russian economist now based in Europe. “When that engine slows down, there is not much else.”

## What it means for the Nordics

For Nordic and Baltic governments, the figures confirm that Russia is preparing for a long confrontation. Military intelligence services in Finland, Estonia and Norway have warned that Russia is rebuilding its forces near their borders, even as most of its army is committed in Ukraine.

Analysts cautioned that official budget figures do not capture all military spending, some of which is hidden in other chapters or financed by state companies. The real burden may therefore be higher than the headline numbers suggest.

The Russian finance ministry has forecast a budget deficit of about 0.5 percent of GDP this year, although independent economists expect it to be larger.
""",
    gold=[
        N("ru_budget", "Russian defence spending, not aid"),
        N("ru_occupied", "Russian spending in occupied regions, not aid to Ukraine"),
    ],
),
Article(
    outlet="nordicdefence", slug="hague-summit-spending", pub="2025-06-26T07:50:00+02:00",
    title="NATO adopts 5 percent goal at The Hague; Netherlands pledges €3.5bn for Ukraine",
    summary="Allies commit to a new spending target by 2035, with Spain securing flexibility. The host country announces its support for next year.",
    author="Henrik Aas", section="NATO",
    body="""
NATO leaders meeting in The Hague have agreed to raise defence spending to levels not seen since the Cold War, in a summit that was kept short and focused largely to satisfy US President Donald Trump.

[[hague|Allied leaders agreed to a new spending goal of 3.5% core plus 1.5% by 2035, meaning 3.5 percent of GDP on core defence and a further 1.5 percent on resilience, infrastructure and the defence industry.]]

Secretary General Mark Rutte called the agreement “a quantum leap” and said it would make the alliance stronger and fairer. Allies will submit annual plans showing a credible path towards the target, with a review in 2029.

## Spain’s exception

[[esp_t|Spain, which secured a carve-out, said it would keep its spending at about 2.1 percent of GDP.]] Prime Minister Pedro Sánchez argued that Spain could meet its capability targets without reaching the headline figure, a position that drew criticism from Trump.

For the Nordic and Baltic countries, the new goal is less of a stretch. [[dnk_current|Denmark already spends about 3.2 percent of GDP on defence.]] Finland, Estonia, Latvia and Lithuania have all announced plans to exceed the core target before 2030.

## Support for Ukraine

The summit declaration mentioned Ukraine only briefly, but individual allies announced support on the sidelines. [[nld|The Netherlands said on Tuesday it would provide €3.5 billion in military support to Ukraine in 2026.]] Dutch officials said the money would be used for air defence, drones and ammunition.

President Volodymyr Zelensky attended a dinner hosted by the Dutch king and met Trump on the sidelines, their first meeting since a tense encounter in Washington in February. Zelensky said they discussed buying additional Patriot systems.

Allies agreed that direct contributions to Ukraine’s defence and its defence industry could count towards the new spending target, a provision that Ukrainian officials welcomed.

Norway’s prime minister said his government would present a plan to reach the new target in its budget in October. [[swe_t|Sweden said it expected to reach 3.5 percent by 2030.]]

Critics said the target was arbitrary and that the focus should be on capabilities rather than percentages. Supporters countered that a clear figure was the only way to force governments to make difficult choices.
""",
    gold=[
        T("hague", "NATO", 3.5, 2035),
        T("hague", "NATO", 1.5, 2035),
        T("esp_t", "ESP", 2.1, None, req=False, note="a spending level Spain says it will keep; no year"),
        N("dnk_current", "current spending statement, not a target"),
        T("swe_t", "SWE", 3.5, 2030),
        P("nld", "NLD", 3_500_000_000, "EUR", aid="military", purposes=["air_defence", "drones", "ammunition"],
          stage="pledged", date="rel:Tuesday"),
    ],
),
Article(
    outlet="nordicdefence", slug="nordic-purl-package", pub="2025-08-06T12:00:00+02:00",
    title="Nordic trio to buy US weapons for Ukraine through NATO’s PURL scheme",
    summary="Denmark, Norway and Sweden follow the Netherlands in paying for American equipment, including Patriot interceptors.",
    author="Mads Kjeldsen", section="Ukraine",
    body="""
Denmark, Norway and Sweden will pay for a package of American weapons for Ukraine, becoming the latest countries to use a new NATO mechanism designed to keep US equipment flowing after Washington stopped donating it.

[[purl|Denmark, Norway and Sweden will together finance a package of American weapons worth roughly half a billion dollars under NATO’s new PURL mechanism, the three governments said on Tuesday.]]

PURL, short for Prioritised Ukraine Requirements List, allows European allies and Canada to buy US equipment that Ukraine needs most urgently, such as air defence interceptors and ammunition. The United States sells the weapons, and NATO coordinates the purchases.

[[swe_share|Sweden’s share of the Nordic package is SEK 1.6 billion.]] Danish and Norwegian officials said their contributions would be taken from existing budgets for Ukraine.

## The Dutch were first

[[nld|On Monday, the Netherlands said it would pay €500 million for the first package under the scheme.]] Dutch Defence Minister Ruben Brekelmans said he hoped other allies would follow quickly.

Germany and Canada are expected to announce contributions in the coming weeks. [[exp|Officials at NATO headquarters said they expected to finance several packages of about $500 million each before the end of the year.]]

## Patriots and ammunition

Ukrainian officials say the most urgent need is for Patriot interceptors, which are the only missiles that can reliably shoot down Russian ballistic missiles. Russia has launched record numbers of missiles and drones this summer, and several Ukrainian cities have suffered heavy casualties.

The Nordic governments did not provide a full list of the contents, but Swedish officials said the package would include interceptors and ammunition for systems already in Ukraine.

Critics in Europe have questioned whether allies should buy American weapons rather than investing in European industry. Supporters say that only the United States can supply certain systems in the quantities Ukraine needs, and that Europe’s own production will take years to scale up.

Finland said it was considering joining a future package, while the Baltic states said they would contribute to a separate one.
""",
    gold=[
        P("purl", "DNK", 500_000_000, "USD", q="about", aid="military", purposes=["air_defence", "ammunition"],
          stage="pledged", co=["NOR", "SWE"], date="rel:Tuesday", note="'half a billion dollars'; joint total"),
        N("swe_share", "Sweden's part of the joint total: a sub-allocation"),
        N("exp", "expectation with no donor, not a pledge"),
        P("nld", "NLD", 500_000_000, "EUR", aid="military", purposes=["air_defence", "ammunition"],
          stage="pledged", date="rel:Monday"),
    ],
),
Article(
    outlet="nordicdefence", slug="cold-response-2026", pub="2026-03-10T09:30:00+01:00", variant="storybody",
    title="Cold Response 2026: 25,000 troops train in Norway’s far north",
    summary="The exercise tests reinforcement of Finland and Sweden for the first time since both joined NATO.",
    author="Ingrid Solberg", section="Arctic",
    body="""
About 25,000 soldiers, sailors and airmen from 14 countries are taking part in Cold Response, the Norwegian-led exercise that has become one of NATO’s largest in the Arctic.

The exercise, which runs until the end of March, stretches from the coast of Troms across the border to northern Sweden and Finland. For the first time, the scenario assumes that all three Nordic countries are NATO members that must be reinforced by allies in a crisis.

“We are practising moving forces across borders in the worst conditions imaginable,” said a Norwegian officer in charge of logistics. Temperatures in the inland valleys have fallen below minus 30 degrees Celsius.

## New routes

Planners have focused on moving troops and equipment from Norwegian ports, such as Narvik, by road and rail into Finland and Sweden. The Ofoten railway, which carries iron ore from Kiruna to Narvik, is one of only a few routes across the mountains.

US Marines, British commandos and Dutch amphibious troops are taking part, as well as Finnish and Swedish brigades. Germany has sent a mechanised battalion that travelled through Sweden by train.

## Costs and budgets

The exercise comes as Norway raises its own defence spending. [[nor_own|Norway’s defence budget for 2026 is about NOK 150 billion, an increase of more than 20 percent in two years.]] Much of the money goes to new submarines, long-range air defence and more personnel for the army in the north.

Local communities have mixed feelings. Businesses in the towns hosting troops welcome the extra income, but Sami reindeer herders have complained that military traffic disturbs their animals during a sensitive period.

## Watching from across the border

Russia’s Northern Fleet, based on the Kola Peninsula, is monitoring the exercise, Norwegian intelligence says. Russian aircraft have flown near Norwegian airspace several times in recent weeks, but there have been no violations.

Norwegian officials stress that the exercise is defensive and was announced months in advance. Russian observers were not invited, as has been the practice since 2022.

The lessons from the exercise will feed into NATO’s regional plans for the High North, which were approved last year.
""",
    gold=[
        N("nor_own", "own defence budget, not aid"),
    ],
),
Article(
    outlet="nordicdefence", slug="poland-48th-package", pub="2026-08-19T14:10:00+02:00",
    title="Poland sends 48th aid package as it prepares to pass 5 percent",
    summary="Warsaw’s latest package for Kyiv includes ammunition and air-defence equipment, while its own defence budget keeps rising.",
    author="Aino Virtanen", section="Ukraine",
    body="""
Poland will send Ukraine another package of military equipment, the defence ministry said, even as the government faces questions at home about the cost of its own rearmament programme.

[[pol|Poland will send Ukraine its 48th military aid package, worth PLN 1.1 billion, Defence Minister Władysław Kosiniak-Kamysz said on Tuesday.]] He said it would include ammunition, spare parts for tanks and equipment for air defence units.

Kosiniak-Kamysz did not give further details but said the package had been prepared at Ukraine’s request. Poland has been one of Ukraine’s most important partners since the start of the full-scale invasion, both as a donor and as the main transit route for Western weapons.

[[pol_cum|Poland says it has given Ukraine military aid worth more than PLN 17 billion since February 2022.]]

## Record spending

Poland is building what its leaders say will become the largest land army in Europe. [[pol_current|Poland spent 4.1% of GDP on defence last year, according to NATO estimates.]]

[[pol_own|The defence budget for this year amounts to PLN 186.6 billion.]] Much of the money goes to tanks, howitzers and rocket launchers from South Korea and the United States, as well as to the East Shield programme of fortifications along the borders with Russia and Belarus.

[[pol_t|The government wants defence spending to reach 5 percent of GDP in 2027.]] Economists warn that the increase will push the budget deficit above the EU’s limits for several years.

## Hub for support

The logistics hub in Rzeszów, near the Ukrainian border, handles most of the military aid sent to Ukraine by Western countries. It is protected by Patriot batteries and by aircraft from several NATO allies.

Relations between Warsaw and Kyiv have been strained at times by disputes over grain imports and over the exhumation of victims of wartime massacres in Volhynia. Both governments have said the disputes would not affect military cooperation.

Kosiniak-Kamysz said Poland would continue to help Ukraine “because Ukraine’s security is our security”. He added that Polish companies were ready to take part in joint production of ammunition and drones with Ukrainian partners.
""",
    gold=[
        P("pol", "POL", 1_100_000_000, "PLN", aid="military", purposes=["ammunition", "equipment", "air_defence"],
          stage="pledged", date="rel:Tuesday"),
        N("pol_cum", "cumulative total since 2022"),
        N("pol_current", "current spending statement, not a target"),
        N("pol_own", "own defence budget, not aid"),
        T("pol_t", "POL", 5.0, 2027),
    ],
),
]
