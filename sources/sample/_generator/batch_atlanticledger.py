"""The Atlantic Ledger (Atom 1.0): 12 entries, one of which is recorded as HTTP 404."""
from common import Article, N, P, T

ARTICLES = [
Article(
    outlet="atlanticledger", slug="japan-reconstruction-conference", pub="2024-02-19T13:45:00Z",
    title="Japan hosts Ukraine reconstruction conference, pledges new aid",
    summary="Tokyo focuses on demining, power and private investment, in keeping with its ban on supplying lethal weapons.",
    author="Naomi Sato", section="Asia",
    body="""
Japan hosted a conference on Ukraine’s economic recovery in Tokyo, bringing together hundreds of business leaders and officials in an effort to show that Asia’s largest democracy remains committed to Kyiv despite its restrictions on supplying weapons.

[[jpn|Japan will provide ¥15.8 billion (about $106 million) in new aid for Ukraine’s reconstruction, demining and power grid, Prime Minister Fumio Kishida told the conference.]]

Ukrainian Prime Minister Denys Shmyhal, who led a large delegation, thanked Japan for its support and said Japanese technology could help rebuild the country’s energy system, which has been badly damaged by Russian attacks.

[[jpn_cum|Japan has committed about $12 billion in total to Ukraine since 2022, mostly in financial and humanitarian aid.]] Japanese rules on arms exports prevent it from sending lethal weapons, but it has supplied vehicles, drone detection systems and body armour.

## Business deals

The conference was designed to encourage Japanese companies to invest in Ukraine. More than 50 cooperation agreements were signed, covering agriculture, information technology, infrastructure and medicine. Japan’s export credit agency said it would offer insurance for some projects, although it did not give a figure.

Many executives said they were interested but cautious. “The risks are still very high,” said the head of a Tokyo-based trading house. “We are preparing for the day when it is possible to invest on a large scale.”

## Security at home

Japan’s interest in Ukraine is closely linked to its concerns about its own region. Officials in Tokyo often say that “Ukraine today may be East Asia tomorrow”, a reference to fears about China’s intentions towards Taiwan.

[[jpn_t|Japan has pledged to raise defence spending to 2 percent of GDP by 2027, a sharp break with its post-war practice of keeping it near 1 percent.]] The increase will make Japan one of the largest defence spenders in the world.

Japan has also provided expertise in mine clearance, drawing on its experience in Cambodia. Japanese instructors have trained Ukrainian deminers in the use of detection equipment, and Tokyo has supplied heavy machinery for clearing farmland.

The conference ended with a joint statement in which both governments pledged to work together on reconstruction “for as long as it takes”.
""",
    gold=[
        P("jpn", "JPN", 15_800_000_000, "JPY", usd=106_000_000, aid="humanitarian",
          purposes=["reconstruction", "demining", "energy"], stage="pledged"),
        N("jpn_cum", "cumulative total since 2022"),
        T("jpn_t", "JPN", 2.0, 2027),
    ],
),
Article(
    outlet="atlanticledger", slug="house-passes-ukraine-aid", pub="2024-04-22T10:00:00Z",
    title="House approves $61 billion for Ukraine after months of delay",
    summary="The vote unlocks weapons deliveries that Ukrainian commanders say are urgently needed, as the bill moves to the Senate.",
    author="Michael Turner", section="Politics",
    body="""
After six months of wrangling, the House of Representatives passed a package of aid for Ukraine, Israel and Taiwan, sending it to the Senate, where it is expected to be approved this week.

[[usa|The House of Representatives on Saturday approved about $61 billion in aid for Ukraine, ending months of deadlock.]] The vote was 311 to 112, with a majority of Republicans voting against.

Speaker Mike Johnson, who had delayed the vote for months under pressure from the right of his party, defended his decision to bring the bill to the floor. “History judges us for what we do,” he told reporters.

## What is in the bill

[[usa_sub|Of the total, about $23 billion will be used to replenish US weapons stocks, while $13.8 billion will allow Ukraine to buy advanced weapons systems.]] The bill also includes economic aid, part of which takes the form of loans that the president can forgive.

[[other|The House also approved $26 billion for Israel and humanitarian aid in Gaza, and $8 billion for Taiwan and other partners in the Indo-Pacific.]]

A separate bill passed on Saturday would require the administration to seize some Russian sovereign assets held in the United States and transfer them to Ukraine. Most of the assets are held in Europe, not in the United States.

## Reaction in Kyiv

President Volodymyr Zelensky thanked lawmakers, saying the aid would “save thousands and thousands of lives”. Ukrainian commanders had warned that the shortage of artillery shells and air defence interceptors was allowing Russian forces to advance in the east.

Pentagon officials said that the first weapons could be shipped within days of President Joe Biden signing the bill, because much of the equipment is already stored in Europe.

## The politics

Former President Donald Trump, the presumptive Republican nominee, had criticised the aid but did not actively campaign against it in the final days. Some conservative lawmakers threatened to remove Johnson as speaker over the vote.

Analysts said the delay had already cost Ukraine territory and that the new aid would help stabilise the front but not allow a major counteroffensive this year.
""",
    gold=[
        P("usa", "USA", 61_000_000_000, "USD", q="about", aid="military", stage=None, date="rel:Saturday",
          note="passed by the House only; not yet law, so the stage is left open"),
        N("usa_sub", "sub-allocations of the headline $61 billion"),
        N("other", "aid to Israel, Gaza, Taiwan and the Indo-Pacific, not Ukraine"),
    ],
),
Article(
    outlet="atlanticledger", slug="imf-fourth-review", pub="2024-06-29T09:20:00Z",
    title="IMF approves $2.2 billion for Ukraine after fourth review",
    summary="The fund praises revenue measures but warns that the outlook depends on the war and on a debt restructuring.",
    author="Laura Chen", section="Markets",
    body="""
The International Monetary Fund cleared another payment to Ukraine, saying the government had met most of the conditions of its lending programme despite the pressures of the war.

[[imf|The International Monetary Fund’s executive board on Friday approved a disbursement of about $2.2 billion to Ukraine, after completing the fourth review of its lending programme.]]

[[imf_bg|The four-year programme, worth $15.6 billion, was approved in March 2023.]] It was the first large IMF programme for a country at war, and it was designed to unlock much larger support from other donors.

[[imf_cum|The decision brings total disbursements under the programme to about $7.6 billion.]]

## Conditions

In a statement, the fund said Ukraine’s performance had been “strong”, pointing to higher tax revenues and steps to improve the independence of anti-corruption institutions. It urged the authorities to raise more revenue at home in 2025, including by increasing taxes.

Ukraine’s parliament is debating a bill that would raise the military levy on wages and introduce a tax on bank profits. The finance ministry says the changes are needed to finance soldiers’ salaries.

## Debt talks

The fund also said Ukraine needed to complete the restructuring of its debt to private creditors. [[bonds|The government has been negotiating with a group of bondholders over about $20 billion of Eurobonds, on which payments were suspended in 2022.]] A payment moratorium expires in August.

Bondholders have offered smaller write-downs than the government wants, and talks have dragged on for months. Officials in Kyiv said they hoped for an agreement in July.

## Outlook

The IMF expects the Ukrainian economy to grow by 3 to 4 percent this year, slower than in 2023, and inflation to rise from current levels as power shortages push up costs. It warned that risks “remain exceptionally high”, in particular from Russian attacks on the energy system.

Finance Minister Serhiy Marchenko said the money would go to the state budget and would help pay salaries and pensions. The next review is scheduled for September.
""",
    gold=[
        P("imf", "IMF", 2_200_000_000, "USD", q="about", aid="financial", purposes=["loan", "budget_support"],
          stage="allocated", date="rel:Friday"),
        N("imf_bg", "the programme approved in 2023, repeated as background"),
        N("imf_cum", "cumulative disbursements"),
        N("bonds", "Ukraine's debt to private bondholders, not aid"),
    ],
),
Article(
    outlet="atlanticledger", slug="world-bank-energy-loan", pub="2024-08-28T16:00:00Z",
    title="World Bank approves $750 million loan tied to energy reforms",
    summary="The money supports Ukraine’s budget while pushing changes to electricity tariffs and gas markets.",
    author="Laura Chen", section="Markets",
    body="""
The World Bank approved new financing for Ukraine linked to reforms in the energy sector, as the country prepares for a third winter of Russian attacks on its power system.

[[wb|The World Bank on Tuesday approved a $750 million development policy loan for Ukraine, to support the state budget and reforms in the energy sector.]]

The loan is conditional on measures such as the gradual increase of household electricity tariffs, changes to the governance of state-owned energy companies and steps to open the gas market to more competition. Some of the measures are politically sensitive, because they raise costs for households that are already struggling.

Bank officials said the reforms were needed to attract private investment into the energy sector, which will need tens of billions of dollars to rebuild. “The energy system that Ukraine rebuilds must be more decentralised and more resilient,” a World Bank director said.

## Scale of the needs

[[wb_rdna|Reconstruction costs were estimated at $486 billion in a joint assessment by the World Bank, the Ukrainian government, the European Commission and the United Nations.]] Energy is one of the sectors with the highest needs, along with housing and transport.

[[wb_cum|The World Bank has mobilised more than $50 billion for Ukraine since the start of the war, most of it from donor countries channelled through its trust funds.]] The money has been used to pay salaries of teachers and doctors, pensions and social assistance, and to repair infrastructure.

## Winter preparations

Ukraine’s grid operator has warned that the coming winter could be the hardest since the invasion began. Russian strikes in the spring destroyed or damaged most of the country’s thermal and hydroelectric generation, and Ukraine is now importing electricity from the European Union.

The government is encouraging businesses and municipalities to install small gas-fired power plants and solar panels, which are harder to target than large power stations. Several donors have funded such installations.

Economists said that the reforms linked to the loan were sensible but that higher tariffs could hurt poorer households. The government has promised to expand subsidies for low-income families.
""",
    gold=[
        P("wb", "WB", 750_000_000, "USD", aid="financial", purposes=["loan", "budget_support", "energy"],
          stage="committed", date="rel:Tuesday"),
        N("wb_rdna", "damage and needs assessment, not a pledge"),
        N("wb_cum", "cumulative total since the start of the war"),
    ],
),
Article(
    outlet="atlanticledger", slug="south-korea-ukraine-aid", pub="2024-10-24T07:30:00Z",
    title="South Korea raises aid to Ukraine as North Korean troops head to Russia",
    summary="Seoul increases humanitarian and reconstruction support and says it may review its ban on arms supplies.",
    author="Daniel Park", section="Asia",
    body="""
South Korea will increase its non-military aid to Ukraine and is reviewing its long-standing ban on supplying weapons to countries at war, officials in Seoul said, after intelligence reports that North Korea had sent thousands of soldiers to Russia.

[[kor|The government will provide 150 billion won (about $110 million) in humanitarian and reconstruction assistance to Ukraine next year, the foreign ministry said on Wednesday.]] The money will be used for medical supplies, temporary housing and the repair of power and water infrastructure.

South Korea’s National Intelligence Service said this month that about 1,500 North Korean special forces had arrived in Russia’s Far East for training, and that more were expected to follow. The United States and NATO later confirmed the deployment.

## Weapons debate

President Yoon Suk Yeol said South Korea “would not rule out” supplying weapons to Ukraine if North Korean troops took part in combat. Until now, Seoul has sold large quantities of artillery shells to the United States and Poland, some of which may have reached Ukraine indirectly, but has not supplied weapons directly.

Public opinion is divided. Some lawmakers from the opposition Democratic Party warned that sending weapons could draw South Korea into the war and damage relations with Russia, which has significant influence over North Korea.

## Defence at home

[[kor_own|South Korea’s defence budget for next year is 61.2 trillion won, an increase of 3.6 percent.]] The government plans to expand its missile defences and surveillance satellites in response to North Korea’s nuclear and missile programmes.

Officials in Seoul are concerned that Russia could reward North Korea for its help with advanced military technology, such as satellite or submarine know-how. “This is a direct threat to our security,” a senior official said.

Ukraine’s foreign minister welcomed the announcement and invited South Korean companies to take part in reconstruction. Hyundai and Samsung are among the companies that have expressed interest in projects in Ukraine.

South Korea has previously provided body armour, helmets and mine-clearing equipment, as well as humanitarian aid through the United Nations.
""",
    gold=[
        P("kor", "KOR", 150_000_000_000, "KRW", usd=110_000_000, aid="humanitarian",
          purposes=["health", "shelter", "reconstruction", "energy"], stage="pledged", date="rel:Wednesday"),
        N("kor_own", "own defence budget, not aid"),
    ],
),
Article(
    outlet="atlanticledger", slug="switzerland-reconstruction-billion", pub="2025-01-22T15:10:00Z",
    title="Switzerland approves CHF 1.5 billion for Ukraine’s reconstruction",
    summary="Neutral Switzerland channels most of the money to rebuilding, with a role for Swiss companies.",
    author="Anna Keller", section="Europe",
    body="""
Switzerland’s government approved a four-year plan to support Ukraine, with most of the money dedicated to rebuilding infrastructure damaged by the war and a substantial share reserved for projects involving Swiss companies.

[[che|The Swiss Federal Council on Wednesday approved CHF 1.5 billion in support for Ukraine for 2025 to 2028, most of it for reconstruction, energy and humanitarian demining.]]

[[che_bg|The money is the first instalment of the CHF 5 billion that Switzerland has said it will provide until 2036.]] The plan was criticised by some development organisations, because the money will partly come from the budget for development aid to other countries.

[[che_sub|Of the CHF 1.5 billion, CHF 500 million is reserved for projects carried out with Swiss companies.]] Officials said Swiss firms had expertise in areas such as hydropower, railways and water supply that matched Ukraine’s needs.

## Neutrality

Switzerland’s neutrality rules prevent it from supplying weapons to countries at war and from allowing other countries to re-export Swiss-made arms. The policy has strained relations with Germany, Denmark and Spain, which wanted to send Swiss-made ammunition and anti-aircraft guns to Ukraine.

Parliament has debated loosening the rules, but proposals have so far failed. The Swiss arms industry says it is losing orders because customers fear that they will not be allowed to use Swiss equipment freely.

## Hosting the diplomacy

Switzerland hosted a summit on peace in Ukraine at the Bürgenstock resort last June, attended by more than 90 countries. Russia was not invited, and China stayed away. Swiss diplomats say they are ready to host further talks if both sides agree.

The country also hosts about 65,000 Ukrainian refugees with protection status, who have the right to work and receive social assistance. The government has tried to increase the share of refugees in employment, which remains lower than in neighbouring countries.

Ukraine’s ambassador in Bern welcomed the decision. “Switzerland’s experience in building infrastructure that lasts is exactly what we need,” she said.
""",
    gold=[
        P("che", "CHE", 1_500_000_000, "CHF", aid="humanitarian", purposes=["reconstruction", "energy", "demining"],
          stage="committed", date="pub"),
        N("che_bg", "the long-term CHF 5 billion envelope, repeated as background"),
        N("che_sub", "sub-allocation of the headline CHF 1.5 billion"),
    ],
),
Article(
    outlet="atlanticledger", slug="uk-trauma-care-grant", pub="2025-04-16T11:25:00Z", variant="time",
    title="Britain funds trauma training for medics in Ukraine’s frontline towns",
    summary="A small grant targets civilian casualties from drone attacks, as cuts to the aid budget bite elsewhere.",
    author="Sophie Walker", section="Europe",
    body="""
Britain will pay for specialist training for Ukrainian doctors and paramedics working in towns close to the front line, where civilians are increasingly injured by short-range drones.

[[gbr|The Foreign Office will give £850k to train Ukrainian medics in trauma care for civilians in frontline towns, the minister for Europe announced on Tuesday.]] The programme will be run by a British medical charity together with the Ukrainian health ministry.

Doctors in Kherson, Nikopol and Sumy say drone attacks on civilians have become a daily occurrence. Russian operators target cars, buses and even pedestrians, and many victims suffer blast and shrapnel injuries that require immediate care.

“The first hour decides everything,” said a surgeon at a hospital in Kherson. “If paramedics can stop the bleeding and get the patient to us, we can save them.”

## Aid budget cuts

The grant is small compared with Britain’s overall support for Ukraine. [[gbr_cum|The UK has committed more than £400 million in humanitarian assistance to Ukraine since 2022.]]

It comes as the government reduces overseas aid to pay for higher defence spending. Charities have warned that the cuts will hurt programmes in Africa and the Middle East. [[sdn|On the same day, ministers announced £120 million for people affected by the war in Sudan.]]

Officials said Ukraine remained a priority for the aid budget and that humanitarian support would continue alongside military aid.

## Training in Ukraine

The programme will train about 1,200 medics over 18 months, mainly in Ukraine but with some courses in Poland. Instructors include British military and civilian doctors with experience in Afghanistan and Iraq.

Ukraine’s health ministry says more than 1,800 health facilities have been damaged since the full-scale invasion, and dozens of medical workers have been killed. Many doctors have left the front-line regions, putting additional pressure on those who stayed.

The World Health Organization, which coordinates medical aid in Ukraine, welcomed the programme and said training in trauma care was one of the most cost-effective forms of support.
""",
    gold=[
        P("gbr", "GBR", 850_000, "GBP", aid="humanitarian", purposes=["health", "training"], stage="pledged",
          date="rel:Tuesday"),
        N("gbr_cum", "cumulative total since 2022"),
        N("sdn", "aid to Sudan, not Ukraine"),
    ],
),
Article(
    outlet="atlanticledger", slug="belgium-f16-deliveries-update", pub="2025-06-03T08:00:00Z", status=404,
    title="Belgium delays first F-16 delivery to Ukraine",
    summary="The handover of the first jets has slipped to the autumn, officials say.",
    author="Anna Keller", section="Europe", body="",
),
Article(
    outlet="atlanticledger", slug="defence-stocks-rally", pub="2025-08-14T14:40:00Z",
    title="European defence stocks extend rally as orders pile up",
    summary="Investors bet on years of higher military spending, but analysts warn of bottlenecks in production.",
    author="Michael Turner", section="Markets",
    body="""
Shares in European arms makers rose again on Thursday, extending a rally that has made the defence sector one of the best performers on the continent’s stock markets this year.

Investors are betting that governments will keep increasing military spending for years, after NATO allies agreed in June to a new target and the European Union loosened its budget rules for defence. An index of European aerospace and defence stocks has risen by more than 60 percent since January.

## Factories and orders

Rheinmetall, Germany’s largest arms maker, reported a record order backlog in its latest results. [[rhm|Rheinmetall said it would invest about €500 million in a new ammunition plant in Lower Saxony, which is expected to produce 350,000 shells a year.]]

The company has also agreed to build an ammunition factory in Ukraine together with a Ukrainian state-owned company, although the timetable has slipped because of security concerns.

Other companies have announced expansions. Saab in Sweden, Thales in France and Leonardo in Italy have all hired thousands of workers. Smaller suppliers of electronics, explosives and steel have also benefited.

## Brussels money

[[eu_rearm|The European Commission’s ReArm Europe plan aims to mobilise up to €800 billion for defence across the EU over four years.]] [[safe|Most of the money is expected to come from national budgets, with €150 billion in loans from the EU itself.]]

Analysts warn that money alone will not solve the industry’s problems. Shortages of explosives, rocket motors and skilled workers are limiting how quickly production can grow, and some suppliers depend on raw materials from China.

## Valuations

Some fund managers believe the rally has gone too far. “The market is pricing in a decade of growth,” said a portfolio manager in London. “If there is a ceasefire in Ukraine, some of that will come out.”

Others argue that the need to replace equipment sent to Ukraine and to rebuild European armies will sustain demand regardless of what happens in the war.

The rally has also revived a debate about ethical investing. Several large pension funds in northern Europe have reversed rules that excluded defence companies from their portfolios, citing the security situation in Europe.

Shares in Rheinmetall closed up 2.4 percent in Frankfurt, while Hensoldt and Renk also gained.
""",
    gold=[
        N("rhm", "corporate investment, not aid"),
        N("eu_rearm", "EU plan for members' own defence spending, not aid to Ukraine"),
        N("safe", "EU defence loans to member states, not aid to Ukraine"),
    ],
),
Article(
    outlet="atlanticledger", slug="eu-90-billion-loan", pub="2025-12-19T06:15:00Z",
    title="EU agrees €90 billion loan for Ukraine but shelves plan to use Russian assets",
    summary="Leaders choose joint borrowing after Belgium blocks a reparations loan based on frozen Russian central bank money.",
    author="Anna Keller", section="Europe",
    body="""
European Union leaders agreed to finance Ukraine for the next two years with money raised on financial markets, after failing to overcome Belgian objections to a plan to use frozen Russian assets.

[[eu|EU leaders agreed on Thursday night to provide Ukraine with a €90 billion loan for 2026 and 2027, financed by joint borrowing backed by the EU budget.]] Hungary, Slovakia and the Czech Republic will not take part in the borrowing.

The agreement came after more than 15 hours of talks in Brussels. The European Commission had proposed a so-called reparations loan that would have used the cash balances of frozen Russian central bank assets, but Belgium, where most of them are held, demanded guarantees that other countries were unwilling to give.

[[frozen|Leaders failed to agree on using the roughly €210 billion of immobilised Russian central bank assets held in Europe, most of them at Euroclear in Belgium.]] The assets will remain frozen, and leaders said the Commission could return to the idea later.

## How it will be spent

[[eu_sub|Officials said about two-thirds of the money, or €60 billion, would go towards military needs.]] The rest will support Ukraine’s budget, including salaries, pensions and the repair of energy infrastructure.

Ukraine will only repay the loan if Russia pays reparations, officials said, in effect turning it into a grant unless the war ends with a settlement that includes compensation.

## Reaction

President Volodymyr Zelensky thanked EU leaders and said the decision gave Ukraine “financial stability for two years”. Ukraine had warned that it would run out of money in the spring without new support.

Critics said the decision added to the EU’s common debt and that using the Russian assets would have made Moscow pay. Supporters said joint borrowing was quicker and avoided legal risks.

The International Monetary Fund, which is negotiating a new programme with Ukraine, had made clear that it needed assurances that Ukraine’s financing gap would be covered before approving its own loan.
""",
    gold=[
        P("eu", "EU", 90_000_000_000, "EUR", aid="financial", purposes=["loan"], stage="pledged", date="rel:Thursday"),
        N("frozen", "immobilised Russian assets themselves are not aid"),
        N("eu_sub", "sub-allocation of the headline €90 billion"),
    ],
),
Article(
    outlet="atlanticledger", slug="france-mirage-aster-package", pub="2026-04-08T12:30:00Z",
    title="France sets out military aid for 2026, including more Mirage jets",
    summary="Paris gives a range for this year’s support and reaffirms its own spending plans.",
    author="Sophie Walker", section="Europe",
    body="""
France will send Ukraine additional Mirage 2000 fighter jets and missiles for its SAMP/T air defence systems this year, as part of a package that officials said would be among the largest France has provided.

[[fra|France will provide between €1 billion and €1.2 billion in military aid to Ukraine this year, including Mirage 2000 fighter jets and Aster missiles, the armed forces minister said on Tuesday.]]

The exact figure will depend on how quickly French industry can deliver the Aster missiles, which are also in demand from the French navy and export customers, officials said. MBDA has increased production but still has a long order backlog.

France delivered its first Mirage jets to Ukraine last year. Ukrainian pilots trained in France, and the aircraft have been used mainly to shoot down cruise missiles and drones and to strike targets with guided bombs.

## Spending at home

President Emmanuel Macron has made higher defence spending a priority despite France’s large budget deficit. [[fra_own|France’s military programming law foresees a defence budget of €64 billion in 2027, double the level of 2017.]]

[[fra_t|Paris has said it will reach NATO’s new target of 3.5 percent of GDP for core defence by 2035.]] Economists say meeting the target will require either cuts to other spending or higher taxes, both of which face strong opposition in parliament.

## European defence

France has long argued that Europe should rely less on the United States for its security. Macron has offered to discuss extending France’s nuclear deterrent to European allies, and France has led, with Britain, planning for a possible reassurance force in Ukraine after a ceasefire.

Ukrainian officials welcomed the package but said they needed more air defence to protect cities from Russian attacks. “Every missile matters,” a Ukrainian air force spokesperson said.

The French defence ministry said it would publish the contents of the package in more detail once deliveries had taken place, in line with its usual practice.
""",
    gold=[
        P("fra", "FRA", 1_200_000_000, "EUR", q="range", aid="military", purposes=["air_defence", "equipment"],
          stage="pledged", date="rel:Tuesday", note="range €1bn to €1.2bn: amount is the upper bound"),
        N("fra_own", "own defence budget, not aid"),
        T("fra_t", "FRA", 3.5, 2035),
    ],
),
Article(
    outlet="atlanticledger", slug="belgium-billion-euroclear", pub="2026-09-23T10:50:00Z",
    title="Belgium promises €1 billion in military aid for next year",
    summary="The government keeps its annual commitment while resisting pressure over the Russian assets held at Euroclear.",
    author="Anna Keller", section="Europe",
    body="""
[[bel_lead|Belgium will keep providing about a billion euros a year in military aid to Ukraine, its government said, while continuing to resist pressure from other EU countries to release the Russian assets held in Brussels.]]

[[bel|Belgium will provide €1 billion in military aid to Ukraine next year, including F-16 fighter jets and demining equipment, the defence minister said on Monday.]]

The first Belgian F-16s were handed over to Ukraine this year after delays caused by the slow arrival of the F-35s that are replacing them in the Belgian air force. Belgian instructors have also trained Ukrainian pilots and mechanics.

## The assets question

[[euroclear|Euroclear, the Brussels-based depository, holds about €185 billion of the immobilised Russian assets.]] Belgium has resisted using the money directly for Ukraine, arguing that it would bear the legal and financial risks if Russia won a court case.

[[bel_tax|Belgium collected about €1.7 billion last year in corporate tax on the profits earned on those assets.]] The government has said it uses this revenue to finance its support for Ukraine, but critics say the accounting is opaque.

Other EU governments have grown frustrated with Belgium’s position. Diplomats said the issue would be raised again at the next EU summit in October, when leaders will discuss financing Ukraine after 2027.

## Domestic debate

Belgium has one of the lowest levels of defence spending in NATO relative to the size of its economy, and the government has promised to increase it significantly. The debate over how to pay for it has strained the governing coalition, with parties disagreeing over whether to raise taxes or cut social spending.

Ukrainian officials welcomed the pledge and said Belgium’s support for demining was particularly valuable. Large areas of farmland in the south and east of Ukraine remain contaminated with mines and unexploded ordnance.

The defence minister said Belgium would also contribute to the international coalition that trains Ukrainian pilots and would consider sending more aircraft once additional F-35s arrive.
""",
    gold=[
        P("bel", "BEL", 1_000_000_000, "EUR", aid="military", purposes=["equipment", "demining"],
          stage="pledged", date="rel:Monday"),
        P("bel_lead", "BEL", 1_000_000_000, "EUR", q="about", aid="military", stage="pledged", req=False,
          note="the annual commitment restated in the lead; duplicate of the main pledge"),
        N("euroclear", "immobilised Russian assets themselves are not aid"),
        N("bel_tax", "tax revenue on immobilised assets, not a pledge"),
    ],
),
]
