"""Kyiv Wire (RSS 2.0): 14 own article pages; its 15th feed item links to a government press release."""
from common import Article, N, P, T

ARTICLES = [
Article(
    outlet="kyivwire", slug="lithuania-three-year-aid", pub="2024-01-18T10:20:00+02:00",
    title="Lithuania commits €200 million to three-year military aid plan for Ukraine",
    summary="Vilnius becomes one of the first allies to set out multi-year support, with ammunition and drones at the top of the list.",
    author="Olena Hrytsenko", section="War",
    body="""
Lithuania will fund military assistance for Ukraine on a three-year horizon, the government in Vilnius said on Thursday, in a move officials described as a signal to larger allies that support should be planned for years rather than months.

[[ltu|The Lithuanian defence ministry said the country would allocate €200 million in military aid to Ukraine for 2024 to 2026, with the money to be spent on ammunition, drones and equipment for winter operations.]]

Officials did not give a breakdown by year. A ministry spokesperson said the first tranche would go mainly towards artillery rounds bought through joint European procurement and towards electronic warfare kits that Ukrainian units have requested since the autumn.

Lithuania, a country of fewer than three million people, has been among the most generous donors relative to the size of its economy. [[ltu_cum|Since February 2022, Lithuania has provided Ukraine with military assistance worth more than €600 million in total, according to the ministry.]]

“Predictability matters as much as volume,” the spokesperson told Kyiv Wire. “Our Ukrainian partners need to know what is coming in the second half of next year, not only next month.”

## Spending at home

The announcement comes as Lithuania debates how to pay for its own rearmament. The country is preparing to host a German brigade permanently, which requires new barracks, training areas and roads near the border with Belarus.

[[ltu_t|The government has proposed raising defence spending to at least 3 percent of GDP from 2025, up from about 2.75 percent this year.]] Parliament is expected to debate a temporary tax on bank profits and a higher excise on fuel to finance the increase.

Opposition lawmakers have questioned whether the country can sustain both its domestic build-up and its aid to Kyiv, but polls show broad public support for helping Ukraine.

## Reaction in Kyiv

Ukraine’s defence ministry thanked Vilnius in a statement and said drones would remain the top priority for the coming months. Ukrainian officials have repeatedly urged partners to sign multi-year agreements, arguing that arms manufacturers will only expand production lines if they can count on orders beyond the current budget year.

Lithuania also leads, together with Latvia, an international coalition focused on demining, and said further contributions to that effort would be announced separately.
""",
    gold=[
        P("ltu", "LTU", 200_000_000, "EUR", aid="military", purposes=["ammunition", "drones", "equipment"], stage="pledged"),
        N("ltu_cum", "cumulative total since 2022, not a new pledge"),
        T("ltu_t", "LTU", 3.0, 2025),
    ],
),
Article(
    outlet="kyivwire", slug="czech-shell-initiative", pub="2024-02-27T14:05:00+02:00",
    title="Prague puts CZK 1.3 billion into shell initiative as allies weigh their share",
    summary="The Czech government approves its own contribution to the ammunition drive while waiting for larger partners to commit.",
    author="Taras Melnyk", section="War",
    body="""
The Czech government has set aside its own money for the ammunition initiative that President Petr Pavel unveiled at the Munich Security Conference, hoping the gesture will persuade larger allies to follow with firm numbers.

[[cze|The Czech cabinet on Monday approved CZK 1.3 billion (about €52 million) to buy large-calibre artillery ammunition for Ukraine, the government said in a statement.]]

The initiative aims to buy shells from producers outside the European Union, in countries such as South Africa, South Korea and Turkey, where Czech intermediaries say hundreds of thousands of rounds could be available within weeks if financing is found. Officials in Prague have spoken of up to 800,000 rounds in total.

Ukraine’s artillery crews have been rationing fire since the end of last year, when deliveries from the United States slowed. Commanders in the east say they are often able to fire one shell for every five or six fired by Russian guns.

## Waiting for partners

[[cze_vague|Several governments have signalled that they could contribute hundreds of millions of euros, but none had published figures by Tuesday.]] Diplomats said the Netherlands, Denmark and Canada were among the countries most likely to join.

A Czech official involved in the talks said buyers were competing with other customers for the same stocks. “If the money does not arrive quickly, the shells will be sold to someone else,” the official said, speaking on condition of anonymity.

## Citizens step in

Czechs have also raised money privately for Ukraine’s armed forces. [[cze_crowd|A crowdfunding campaign run by Czech citizens, known as Gift for Putin, has raised more than CZK 30 million for a mobile radar system since December.]] The organisers said the radar would be handed to a Ukrainian air-defence unit in the spring.

Previous campaigns by the same group paid for a modernised T-72 tank and a Vampire rocket launcher, becoming a symbol of grassroots support in the country.

Prime Minister Petr Fiala said the ammunition effort showed that a medium-sized country could make a difference by using its industrial contacts. Critics in the opposition ANO party have argued that the government should focus on domestic problems, including high energy prices.

The defence ministry said the first deliveries under the initiative could reach Ukraine by June, depending on how quickly partners transfer funds.
""",
    gold=[
        P("cze", "CZE", 1_300_000_000, "CZK", aid="military", purposes=["ammunition", "artillery"], stage="committed",
          date="rel:Monday", note="cabinet approval; the EUR figure is an equivalent, not a USD one"),
        N("cze_vague", "vague 'hundreds of millions' with no donor and no figure"),
        N("cze_crowd", "private crowdfunding, not government aid"),
    ],
),
Article(
    outlet="kyivwire", slug="avdiivka-front-report", pub="2024-04-10T08:45:00+03:00",
    title="Ukrainian brigades dig in west of Avdiivka as Russian assaults intensify",
    summary="Soldiers describe daily infantry attacks and a shortage of shells as the front line edges towards new villages.",
    author="Dmytro Kovalenko", section="War",
    body="""
The soldiers of a mechanised brigade holding positions west of Avdiivka say the Russian attacks now come every day, often in small groups of five or six infantrymen supported by armoured vehicles and swarms of first-person-view drones.

“They come in waves. We stop one group, and two hours later there is another,” said a 34-year-old platoon commander who goes by the call sign Sokil. His unit has been rotating in and out of a line of trenches dug hastily in late February, after Ukrainian forces withdrew from the ruined town.

Ukraine’s general staff reported more than 60 combat engagements along the Avdiivka and Pokrovsk directions over the past 24 hours. Russian forces have taken several villages in recent weeks and are pushing towards the high ground near Ocheretyne.

## Counting shells

The brigade’s gunners said they had been forced to choose targets carefully. A battery commander said his crews sometimes received fewer than twenty rounds a day for a 155mm howitzer, a fraction of what they would need to hold back a determined assault.

[[neg_vague|Western officials have said that billions of dollars in American aid remain stuck in Congress, where Republican leaders have delayed a vote for months.]] Ukrainian soldiers say they follow the debate closely on their phones between shifts.

Drones have partly filled the gap. Many of them are bought not by the state but by volunteers. [[neg_crowd|A volunteer foundation in Lviv said it had raised 18 million hryvnias from private donors in a single week to buy reconnaissance drones for the brigade.]]

## Fortifications

Engineers are building a second and third line of defences further west, with concrete bunkers, anti-tank ditches and dragon’s teeth. Local officials say construction has accelerated since the fall of Avdiivka, but soldiers complain that some positions are still little more than holes in the ground.

Civilians continue to leave frontline villages. In Pokrovsk, about 40 kilometres from the fighting, the regional administration said it had organised evacuation buses for families with children. Many older residents refuse to leave.

The Russian defence ministry claimed on Tuesday that its forces had “improved their tactical position” in the area. Independent analysts said the claims could not be verified, but that Russian advances, while slow, had continued for several weeks.

Sokil said his men were tired but determined. “We need shells, and we need people,” he said. “The rest we can manage.”
""",
    gold=[
        N("neg_vague", "vague 'billions' of US aid, not a new pledge with a figure"),
        N("neg_crowd", "private volunteer fundraising, not government aid"),
    ],
),
Article(
    outlet="kyivwire", slug="g7-50-billion-loan", pub="2024-06-14T11:30:00+02:00",
    title="G7 agrees $50 billion loan for Ukraine backed by frozen Russian assets",
    summary="Leaders meeting in southern Italy settle on using windfall profits from immobilised central bank reserves to service the debt.",
    author="Iryna Bondar", section="Politics",
    body="""
Leaders of the Group of Seven agreed at their summit in Apulia to raise a large loan for Ukraine that will be repaid not by Kyiv but by the interest earned on frozen Russian money.

[[g7|G7 leaders on Thursday agreed to provide Ukraine with loans of about $50 billion, to be serviced by the windfall profits earned on immobilised Russian central bank assets.]]

The mechanism, which officials call Extraordinary Revenue Acceleration, was the product of months of negotiations between Washington and European capitals. The United States had pushed for confiscating the assets outright, while European governments worried about legal risks and the stability of the euro.

[[g7_frozen|Roughly €260 billion of Russian sovereign assets have been immobilised in G7 and EU jurisdictions since 2022, most of them at the Euroclear depository in Brussels.]] The principal will stay frozen; only the profits generated by the cash balances will be used.

## Who pays what

Details of how the loan will be split between lenders are still being worked out. [[g7_sub|A senior US official said Washington was prepared to provide up to $20 billion of the $50 billion if European partners matched it.]] Japan, Canada and the United Kingdom are expected to take smaller shares.

[[g7_bg|The EU had already agreed in May to channel the windfall profits, worth about €3 billion a year, to Ukraine’s defence.]] That arrangement will now be folded into the G7 scheme, officials said.

## Reaction

President Volodymyr Zelensky, who attended the summit, called the decision “a vital step” and said the money would help Ukraine keep its economy running and buy weapons. Ukraine’s finance ministry has warned of a budget gap next year even if current support continues.

Russia’s foreign ministry called the plan theft and threatened retaliation against Western companies and assets still in Russia. Moscow has said it could seize the remaining holdings of Western firms that have not yet left the country.

The first money is expected to reach Kyiv by the end of the year. Economists said the deal reduced the risk that support would collapse if political winds change in Washington after the presidential election in November.

“It is a loan that Russia will pay for,” one European diplomat said. “That is the political point.”
""",
    gold=[
        P("g7", "G7", 50_000_000_000, "USD", q="about", aid="financial", purposes=["loan"], stage="pledged",
          date="rel:Thursday"),
        N("g7_frozen", "the immobilised Russian assets themselves are not aid"),
        N("g7_sub", "sub-allocation of the headline $50 billion (US share)"),
        N("g7_bg", "earlier EU decision repeated as background"),
    ],
),
Article(
    outlet="kyivwire", slug="nato-washington-summit", pub="2024-07-11T21:10:00+03:00",
    title="NATO allies promise €40 billion a year as Washington summit ends",
    summary="The declaration sets a floor for military support, while the Pentagon adds interceptors and ammunition.",
    author="Iryna Bondar", section="Politics",
    body="""
NATO leaders ended their 75th anniversary summit in Washington with a promise to keep funding Ukraine’s armed forces at current levels, though they stopped short of the multi-year commitment that the alliance’s secretary general had sought.

[[nato|Allied leaders pledged a minimum baseline of €40 billion in military assistance to Ukraine within the next year, according to the summit declaration.]] The text says allies will share the burden according to the size of their economies and will review contributions at the next summit.

Jens Stoltenberg, who hands over to Mark Rutte in October, had proposed a commitment of the same size for several years. Some governments, including France and Germany, resisted binding figures.

## New packages

[[usa|The Pentagon on Wednesday announced a $225 million package that includes interceptors for Patriot systems, artillery rounds and anti-tank weapons.]] The Netherlands and Denmark said the first F-16 fighter jets were on their way to Ukraine, and Norway confirmed it would also deliver aircraft.

Allies also agreed to set up a new command in Wiesbaden, Germany, to coordinate training and deliveries, a role previously played by the US-led Ukraine Defense Contact Group.

## Spending debate

Spending by the allies themselves was the other theme of the summit. [[nato_current|Twenty-three of the 32 allies are expected to meet the alliance’s guideline of spending two per cent of GDP on defence this year, compared with three in 2014.]]

[[pol_demand|Poland, which already spends more than 4 percent, urged allies to adopt 3 percent of GDP as the new minimum.]] Officials from several western European countries said such a figure was unrealistic for now.

Zelensky met US President Joe Biden and more than a dozen other leaders on the sidelines. He said the most urgent needs were air defence systems to protect cities and power plants, and permission to strike military targets deeper inside Russia.

The declaration described Ukraine’s path to membership as “irreversible” but gave no date for an invitation. Kyiv had hoped for a clearer signal, but officials said they were satisfied with the financial commitment.

“A year of predictable funding is better than nothing,” one Ukrainian diplomat said. “But the war will not end in a year.”
""",
    gold=[
        P("nato", "NATO", 40_000_000_000, "EUR", q="more_than", aid="military", stage="pledged",
          note="'minimum baseline' is a floor"),
        P("usa", "USA", 225_000_000, "USD", aid="military", purposes=["air_defence", "ammunition", "artillery"],
          stage="allocated", date="rel:Wednesday"),
        N("nato_current", "current spending statement, not a target"),
        T("pol_demand", "NATO", 3.0, None, req=False, note="demanded by Poland for all allies"),
    ],
),
Article(
    outlet="kyivwire", slug="biden-7-9-billion", pub="2024-09-27T09:15:00+03:00",
    title="Biden announces $7.9 billion for Ukraine before drawdown authority expires",
    summary="The package includes long-range glide bombs and more air defence, as Zelensky tours the United States.",
    author="Andriy Savchuk", section="Politics",
    body="""
The White House moved to lock in military aid for Ukraine before the end of the US fiscal year, announcing a large package during President Volodymyr Zelensky’s visit to Washington.

[[usa|President Joe Biden on Thursday announced $7.9 billion in security assistance for Ukraine, including additional Patriot interceptors and long-range glide bombs.]]

[[usa_sub|Of the total, $5.5 billion is drawdown authority that would otherwise have expired at the end of the fiscal year on Monday, and $2.4 billion comes through the Ukraine Security Assistance Initiative.]] Drawdown packages are taken from existing US stocks, while the second programme funds contracts with manufacturers, which can take years to deliver.

Biden also said the United States would lead an effort to refurbish and send an additional Patriot battery and would extend training for Ukrainian F-16 pilots.

## Context

[[usa_cum|The United States has committed more than $56 billion in security assistance to Ukraine since February 2022.]] The Pentagon had warned that billions of dollars in authority could lapse because deliveries had been delayed by the months-long standoff in Congress earlier this year.

The package falls short of what Zelensky wanted. He had asked for permission to use Western long-range missiles against targets deep inside Russia, which Biden has so far refused.

## Budget pressures

Defence spending in Washington is set by Congress, where the appropriations process is again behind schedule. [[usa_own|The Pentagon’s budget request for the 2025 fiscal year stands at $849.8 billion.]] Lawmakers are expected to pass a temporary measure to keep the government open until December.

Republican presidential candidate Donald Trump has criticised the scale of aid to Ukraine and said he would end the war quickly if elected, without explaining how. Zelensky met Trump in New York on Friday, a meeting arranged at short notice.

Ukrainian officials said they welcomed the package but that the pace of deliveries mattered most. “Announcements are important, but what counts is what arrives at the front,” a senior official in Kyiv said.

The administration is expected to announce further packages before Biden leaves office in January, using the remaining authority approved by Congress in April.
""",
    gold=[
        P("usa", "USA", 7_900_000_000, "USD", aid="military", purposes=["air_defence"], stage="pledged", date="rel:Thursday"),
        N("usa_sub", "sub-allocations ($5.5bn and $2.4bn) of the headline $7.9 billion"),
        N("usa_cum", "cumulative total since 2022"),
        N("usa_own", "own defence budget, not aid"),
    ],
),
Article(
    outlet="kyivwire", slug="nbu-inflation-rates", pub="2024-12-03T16:40:00+02:00",
    title="National Bank signals rate rise as inflation climbs above 11%",
    summary="Power outages and a poor harvest push up prices; the central bank warns of a tighter policy stance next year.",
    author="Kateryna Lysenko", section="Business",
    body="""
Ukraine’s central bank is preparing to raise its key interest rate after inflation accelerated for a sixth consecutive month, driven by power cuts, higher labour costs and a weak harvest.

Consumer prices rose 11.2 percent in November compared with a year earlier, the state statistics service said on Tuesday, up from 9.7 percent in October. Food prices, particularly for vegetables, butter and eggs, rose faster than the overall index.

The National Bank of Ukraine, which cut its rate through the first half of the year, said in its latest minutes that “a return to a tighter monetary stance is likely” at its December meeting. Analysts expect the rate to rise from 13 percent to 13.5 percent.

## Blackouts and wages

Russian strikes on power plants have forced businesses to run diesel generators for hours each day, adding to costs that are passed on to customers. Companies also report a shortage of workers as men are mobilised into the army, pushing up wages in construction, logistics and retail.

“Inflation is no longer only about food,” said an economist at a Kyiv investment company. “It is spreading to services, and that makes it harder to bring down.”

## Budget strain

The government faces another year of heavy spending on the war. [[ua_own|The 2025 state budget sets aside 2.2 trillion hryvnias for defence and security, about 26 percent of GDP.]] Almost all tax revenue now goes to the military, while pensions, salaries of teachers and doctors and social programmes are paid largely with foreign support.

[[ua_need|The finance ministry estimates that Ukraine will need about $38 billion in external financing next year.]] Officials say much of the gap should be covered by the loan scheme agreed by the G7 in the summer, but the timing of disbursements remains uncertain.

The hryvnia has weakened by about 10 percent against the dollar this year under a managed flexible exchange rate introduced in October 2023. The central bank holds more than $38 billion in reserves, which it says is sufficient to prevent disorderly moves.

Growth has slowed to around 3.5 percent this year from more than 5 percent in 2023, according to preliminary estimates. The central bank expects a further slowdown next year if attacks on the energy system continue through the winter.
""",
    gold=[
        N("ua_own", "Ukraine's own defence budget, not aid"),
        N("ua_need", "financing need, not a pledge"),
    ],
),
Article(
    outlet="kyivwire", slug="third-anniversary-pledges", pub="2025-02-24T19:50:00+02:00",
    title="Leaders in Kyiv mark three years of full-scale war with new aid",
    summary="Canada, Spain and the European Commission announce support as more than a dozen leaders travel to the capital.",
    author="Olena Hrytsenko", section="Politics",
    body="""
More than a dozen European and Canadian leaders travelled to Kyiv on Monday to mark the third anniversary of Russia’s full-scale invasion, bringing new pledges of support at a time when the future of American aid is in doubt.

Leaders laid flowers at a memorial to fallen soldiers before a summit hosted by President Volodymyr Zelensky, who urged allies to keep supplying weapons while talks on a ceasefire take shape.

## The pledges

[[can|Canada will send C$64.8 million in drones and light armoured vehicles, the country’s foreign minister said in Kyiv.]] Ottawa also said it would transfer the first funds from its share of the G7 loan backed by frozen Russian assets.

[[esp|Spain will provide one billion euros in military aid to Ukraine this year, Prime Minister Pedro Sánchez told the gathering.]] Sánchez said the money would be spent on air defence, training and equipment produced by Spanish companies.

[[eu|The European Commission said it would disburse a further €3.5 billion to Ukraine in March under the Ukraine Facility.]] Commission President Ursula von der Leyen said the payment would support Ukraine’s budget as it pays salaries and pensions.

[[eu_cum|The European Union and its member states have provided almost €135 billion since the start of the full-scale invasion, according to the Commission.]]

[[vague|Several other leaders promised further aid in the coming weeks without giving figures.]]

## Diplomacy

The anniversary came days after US and Russian officials met in Saudi Arabia without Ukrainian participation, which alarmed officials in Kyiv and European capitals. Zelensky told the summit that Ukraine would not accept any agreement reached without it.

European leaders said they were ready to play a larger role in guaranteeing Ukraine’s security after any ceasefire. Britain and France have discussed sending troops to monitor a truce, while other governments have said that depends on an American backstop.

Danish Prime Minister Mette Frederiksen said Europe needed to “rearm now” and spend more on defence. Several leaders said they would discuss new ways to finance defence spending at an emergency EU summit next week.

In the evening, air raid sirens sounded across Kyiv as Russia launched drones at several regions. The air force said most of them were shot down.
""",
    gold=[
        P("can", "CAN", 64_800_000, "CAD", aid="military", purposes=["drones", "vehicles"], stage="pledged"),
        P("esp", "ESP", 1_000_000_000, "EUR", aid="military", purposes=["air_defence", "training", "equipment"], stage="pledged"),
        P("eu", "EU", 3_500_000_000, "EUR", aid="financial", purposes=["budget_support"], stage="allocated"),
        N("eu_cum", "cumulative total since 2022"),
        N("vague", "promises without figures"),
    ],
),
Article(
    outlet="kyivwire", slug="uk-air-defence-missiles", pub="2025-03-03T12:10:00+02:00",
    title="UK signs £1.6bn deal to supply Ukraine with more than 5,000 air-defence missiles",
    summary="The missiles will be built in Belfast, financed through the government’s export credit agency.",
    author="Andriy Savchuk", section="War",
    body="""
Britain will supply Ukraine with more than 5,000 lightweight air-defence missiles under a deal announced at a summit of European leaders in London, where Prime Minister Keir Starmer sought to rally support for a “coalition of the willing”.

[[gbr|Britain on Sunday agreed a £1.6 billion deal to provide Ukraine with more than 5,000 air-defence missiles, financed through UK Export Finance.]] The missiles, made by Thales in Belfast, are designed to shoot down drones, helicopters and low-flying aircraft.

[[gbr_bg|The deal comes on top of the £2.26 billion loan that Britain announced last week, funded from the profits of immobilised Russian assets.]]

Starmer told reporters after the summit that Europe must “do the heavy lifting” to secure a lasting peace. He said Britain and France would work with Ukraine on a plan to stop the fighting, which would then be discussed with the United States.

## Paying for defence

The prime minister is under pressure to show that Britain is spending enough on its own armed forces. [[gbr_current|Britain currently spends about 2.3% of GDP on defence.]]

[[gbr_t1|Starmer has said the UK will raise defence spending to 2.5% of GDP by April 2027, funded by cuts to overseas aid.]] [[gbr_t2|He has also set an ambition of reaching 3% in the next parliament.]]

[[gbr_oda|The cut to international development spending, from 0.5 percent to 0.3 percent of national income, drew criticism from charities and some Labour MPs, who said it would harm programmes in Africa and the Middle East.]] The development minister later resigned in protest.

## In Kyiv

Ukrainian officials welcomed the missile deal, saying short-range air defence was critical to protecting troops near the front line from Russian drones and glide bombs. The air force says Russia launches more than a thousand drones a week at Ukrainian targets.

The summit took place two days after a tense meeting in the Oval Office between Zelensky and President Donald Trump. European leaders expressed solidarity with Zelensky, and Starmer hugged him on the steps of Downing Street on Saturday.

Officials said the first missiles under the new contract would be delivered this year, with production in Belfast expected to double.
""",
    gold=[
        P("gbr", "GBR", 1_600_000_000, "GBP", aid="military", purposes=["air_defence"], stage="committed", date="rel:Sunday"),
        N("gbr_bg", "earlier loan repeated as background"),
        N("gbr_current", "current spending statement, not a target"),
        T("gbr_t1", "GBR", 2.5, 2027),
        N("gbr_oda", "development aid share of national income, not a defence target and not aid to Ukraine"),
        T("gbr_t2", "GBR", 3.0, None, req=False, note="ambition, 'next parliament' is not a year"),
    ],
),
Article(
    outlet="kyivwire", slug="australia-drones-abrams", pub="2025-05-20T07:35:00+03:00", variant="amp",
    title="Australia adds up to A$50 million for drones as first Abrams tanks arrive",
    summary="Canberra funds Ukrainian drone production and confirms the delivery of retired M1A1 tanks.",
    author="Kateryna Lysenko", section="War",
    body="""
Australia will help pay for Ukrainian-made drones, the government in Canberra said, as the first of the Abrams tanks it promised last year arrived in Europe on their way to the front.

[[aus|Australia will provide up to A$50 million for Ukraine’s drone programme, the defence minister said on Monday, with the money to be spent through the international drone coalition led by Latvia and Britain.]]

The funding will be used to buy long-range and first-person-view drones from Ukrainian manufacturers, a model that several European countries have adopted because it is faster than shipping systems from abroad.

## Tanks on the way

Officials confirmed that the first M1A1 Abrams tanks retired by the Australian Army had been loaded onto ships. [[aus_bg|The tanks were part of the A$245 million package announced in October last year.]] They will be refurbished in Europe before being handed over to Ukrainian crews, who already operate Abrams supplied by the United States.

[[aus_cum|Australia’s total support to Ukraine now exceeds A$1.5 billion, including A$1.3 billion in military assistance.]]

The government has been criticised at home for the time it took to deliver the tanks, which were first requested by Kyiv more than a year ago. The opposition said Australia should also consider sending more Bushmaster armoured vehicles, which have proved popular with Ukrainian troops.

## Own defence spending

Canberra is also facing pressure from Washington to spend more on its own military. [[aus_t|Australia’s defence spending is forecast to reach 2.33 percent of GDP by 2033-34 under current plans.]] US officials have suggested that allies in the Indo-Pacific should spend considerably more.

Ukraine’s ambassador to Australia thanked the government and said drones had become “the artillery of this war”. He said Ukrainian factories could produce millions of drones a year if they had the money.

Australia has also deployed a Royal Australian Air Force surveillance aircraft to Poland to help protect the main supply hub for aid to Ukraine, and has trained Ukrainian recruits in the United Kingdom.
""",
    gold=[
        P("aus", "AUS", 50_000_000, "AUD", q="up_to", aid="military", purposes=["drones", "defence_industry"],
          stage="pledged", date="rel:Monday"),
        N("aus_bg", "earlier package repeated as background"),
        N("aus_cum", "cumulative total"),
        T("aus_t", "AUS", 2.33, 2034, req=False, note="a forecast under current plans; fiscal year 2033-34"),
    ],
),
Article(
    outlet="kyivwire", slug="rome-recovery-conference", pub="2025-07-11T17:25:00+03:00",
    title="Recovery conference in Rome brings loans for energy and rebuilding",
    summary="The European Commission, the European Investment Bank and Italy sign agreements as Russian strikes on cities continue.",
    author="Iryna Bondar", section="Business",
    body="""
Governments, development banks and companies gathered in Rome for the fourth Ukraine Recovery Conference, with the focus on keeping the lights on this winter and rebuilding homes and schools destroyed by Russian attacks.

[[eu|The European Commission signed agreements worth €2.3 billion on Thursday, made up of loans, guarantees and grants under the Ukraine Investment Framework.]] Officials said the guarantees were designed to attract several times as much money from private investors.

[[eib|The European Investment Bank signed loans worth EUR500 million with Ukrainian cities and the grid operator Ukrenergo, to repair substations, water supply and district heating.]]

[[ita|Italy said it would provide EUR 300 million in grants and soft loans for reconstruction, much of it for hospitals and schools in the Odesa and Kharkiv regions.]]

## Totals and private money

[[total|Organisers said pledges made at the two-day conference totalled more than €10 billion.]] They did not publish a breakdown by donor.

Much of the attention went to private investment. [[corp|Companies signed memorandums of understanding worth a further €2 billion, including a plan by an Italian steelmaker to build a mill near Dnipro.]] Business leaders said war-risk insurance remained the main obstacle to larger investments.

President Volodymyr Zelensky urged investors not to wait for the end of the war. “The reconstruction has already started,” he said. “Every school we rebuild is a school where children learn today.”

## Strikes continue

The conference opened hours after one of the heaviest Russian attacks on Kyiv this year, in which drones and missiles hit residential buildings and killed at least two people. The mayor said several districts were left without water.

Ukraine’s prime minister told delegates that the energy system had lost more than half of its generating capacity since 2022 and that decentralised generation, such as small gas turbines and solar panels, was the fastest way to make it more resilient.

Next year’s conference will be held in Poland, organisers said.
""",
    gold=[
        P("eu", "EU", 2_300_000_000, "EUR", aid="financial", purposes=["loan", "guarantee", "grant", "reconstruction"],
          stage="committed", date="rel:Thursday"),
        P("eib", "EIB", 500_000_000, "EUR", aid="financial", purposes=["loan", "energy", "reconstruction"],
          stage="committed", date="pub", req=True),
        P("ita", "ITA", 300_000_000, "EUR", aid="financial", purposes=["grant", "loan", "reconstruction", "health", "education"],
          stage="pledged"),
        N("total", "aggregate over many donors, no single donor"),
        N("corp", "corporate memorandums, not government aid"),
    ],
),
Article(
    outlet="kyivwire", slug="football-league-blackouts", pub="2025-12-09T13:00:00+02:00",
    title="Ukrainian Premier League clubs play on through blackouts and air raids",
    summary="Generators, shelters and paused matches: how the league keeps going as winter sets in.",
    author="Bohdan Romaniuk", section="Sport",
    body="""
When the air raid siren sounded in the 63rd minute of the match in Lviv on Sunday, the players walked calmly off the pitch, the few hundred spectators filed into a shelter under the stand, and the referee stopped the clock. Play resumed 47 minutes later.

It is a routine that Ukrainian footballers have learned since the league restarted in the summer of 2022. Under the rules, a match that is interrupted for more than four hours is completed the following day.

## Power for the floodlights

This winter the bigger problem is electricity. Russian strikes have cut power in many cities for hours at a time, and clubs have had to install diesel generators to run floodlights, heating in dressing rooms and the broadcast equipment that keeps the league visible to fans abroad.

“The generator costs us more than some of our players,” said the director of a club from central Ukraine, who asked not to be named because of a dispute with the league over compensation.

[[sp_corp|The league’s main sponsor, a betting company, said it would donate 40 million hryvnias to repair stadiums damaged by shelling.]] Clubs from Kharkiv and Zaporizhzhia have not played at home for more than three years.

## Players and the army

Several players have been called up for military service, and dozens of former professionals are serving at the front. The league holds a minute of silence before matches for players and coaches who have been killed.

Attendance is limited by the size of the nearest shelter, which means that some top-flight matches are watched by fewer than 300 people. Most fans follow on television or online, where viewing figures have risen.

## European nights

Ukraine’s clubs in European competition play their home matches abroad, mostly in Poland, Slovakia and Germany. Shakhtar Donetsk, who have not played in Donetsk since 2014, have built a loyal following among Ukrainian refugees in Kraków.

The league’s winter break starts next week. Officials said they were considering extending it by a fortnight if attacks on the power grid intensify, although broadcasters have pushed for the schedule to stay unchanged.

The national team, meanwhile, is preparing for a World Cup play-off in March.
""",
    gold=[
        N("sp_corp", "corporate donation, not government aid"),
    ],
),
Article(
    outlet="kyivwire", slug="germany-air-defence-500m", pub="2026-03-18T10:05:00+02:00",
    title="Germany adds €500m for air defence after strikes on power plants",
    summary="Berlin’s new money will buy more interceptors for IRIS-T and Patriot systems already in Ukraine.",
    author="Taras Melnyk", section="War",
    body="""
[[deu_lead|Germany will spend an extra half a billion euros on air defence for Ukraine after a series of Russian missile strikes on thermal power plants left millions of households with only a few hours of electricity a day.]]

[[deu|Germany will provide an additional €500m for air defence, Defence Minister Boris Pistorius said on Tuesday after meeting his Ukrainian counterpart in Berlin.]] The money will pay for interceptor missiles for IRIS-T and Patriot systems, most of which will be produced in Germany.

Pistorius said German industry had increased production of IRIS-T missiles but that demand from Ukraine still exceeded what manufacturers could supply. Diehl Defence is building a new plant that is expected to open next year.

## Budget context

[[deu_bg|The money comes on top of the €11.5bn for Ukraine already earmarked in this year’s federal budget.]] Germany is the largest European provider of military aid to Ukraine and the second largest overall after the United States.

[[deu_own|Germany’s defence spending, including the special fund for the armed forces, will rise to about €108 billion this year.]] The increase has been made possible by a change to the constitutional debt brake, approved last year, which exempts most defence spending from borrowing limits.

[[deu_t|The government plans to raise core defence spending to 3.5 percent of GDP by 2029, six years earlier than NATO requires.]]

## Pressure on interceptors

Ukrainian officials say that air defence has become the single most important factor in keeping the energy system running. Russia has shifted its attacks to gas production facilities and the power plants that supply heat to cities, which are harder to protect than substations.

“We can repair a transformer in days. A power plant takes months,” said an official at Ukraine’s energy ministry.

The European Union is also working on a joint procurement of air defence missiles, but the first deliveries are not expected before the end of the year. Germany has urged other European countries to buy systems that can be delivered quickly, rather than waiting for new production.

Ukraine’s defence minister said after the meeting that he was grateful for Germany’s “consistent and predictable” support and that the two countries would expand joint production of drones.
""",
    gold=[
        P("deu", "DEU", 500_000_000, "EUR", aid="military", purposes=["air_defence"], stage="pledged", date="rel:Tuesday"),
        P("deu_lead", "DEU", 500_000_000, "EUR", aid="military", purposes=["air_defence"], stage="pledged",
          date="rel:Tuesday", req=False, note="same pledge restated in the lead ('half a billion euros'); duplicate"),
        N("deu_bg", "budget line already earmarked, repeated as background"),
        N("deu_own", "own defence budget, not aid"),
        T("deu_t", "DEU", 3.5, 2029),
    ],
),
Article(
    outlet="kyivwire", slug="gas-production-strikes", pub="2026-11-12T15:45:00+02:00",
    title="Naftogaz warns of gas shortfall as Russia targets production sites",
    summary="Ukraine will need to import more gas before spring after repeated attacks on fields in Kharkiv and Poltava regions.",
    author="Kateryna Lysenko", section="Business",
    body="""
Ukraine’s state energy company Naftogaz has warned that the country will have to import significantly more gas this winter after Russian missiles and drones hit production facilities in the east for the third time in two months.

The attacks, which targeted compressor stations and processing plants in the Kharkiv and Poltava regions, cut domestic output by as much as 40 percent at the peak, according to people familiar with the company’s figures. Naftogaz said repairs were under way but did not give a timetable.

[[gas_need|Naftogaz said it needed to import about 4.4 billion cubic metres of gas before the end of March, at a cost of roughly €2 billion.]]

## Storage and imports

Ukraine entered the heating season with about 13 billion cubic metres in storage, more than last year but less than the government had planned. Gas is imported through Poland, Slovakia and Hungary, with deliveries arranged by European traders.

[[gas_vague|Partners have already financed gas purchases worth hundreds of millions of euros this year, the company said, without naming them.]] Naftogaz has also borrowed from European development banks to pay for imports.

[[gas_cum|The Ukraine Energy Support Fund has received about €1.2 billion from more than 30 donors since it was set up in 2022.]] The fund pays for transformers, cables and generators that are delivered to the grid operator and regional distribution companies.

## Households

For households, the immediate worry is heating. District heating companies in several cities said they could keep radiators warm only at reduced temperatures if gas supplies were cut further. The government has asked residents to use electric heaters only when necessary.

Ukrenergo, the grid operator, said scheduled power cuts of up to eight hours a day were likely in several regions in the coming weeks. Businesses have again bought generators and batteries, and cafés with power have become popular places to work.

Energy Minister Svitlana Hrynchuk said Ukraine would do “everything possible” to get through the winter and urged partners to speed up deliveries of air defence to protect energy sites.

Analysts said a cold January could force the government to cut supplies to industry to keep homes warm.
""",
    gold=[
        N("gas_need", "cost of imports, not a pledge"),
        N("gas_vague", "vague 'hundreds of millions' with no donor"),
        N("gas_cum", "cumulative total since 2022"),
    ],
),
]
