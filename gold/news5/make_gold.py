#!/usr/bin/env python3
"""Source of the news5 gold: writes gold/news5/<doc>.jsonl from the row tables below.
Row: (type, subtype, factuality, when, qualifier, evidence, actors, place, event, note)
Run from anywhere: python3 gold/news5/make_gold.py ; then python3 gold/news5/check_gold.py
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
A, N, H, D = "asserted", "negated", "hypothetical", "demanded"
TRAP = "trap (not an event of this type): "
HL = "headline, no time expression: null"

G = {}

G["r01_myanmar_coup"] = [
 ("coup", "successful", A, None, None, "Myanmar army seizes power", ["Myanmar army", "Aung San Suu Kyi"], "Myanmar", "myanmar-coup-2021-02", HL),
 ("coup", "successful", A, "2021-02-01", None, "Myanmar's military seized power in a coup on Monday", ["Myanmar's military", "Aung San Suu Kyi", "Win Myint", "National League for Democracy"], "Myanmar", "myanmar-coup-2021-02", "'on Monday' = publication day"),
 ("coup", "successful", A, None, None, "The takeover came hours before the new parliament was to hold its first session", ["military"], "Myanmar", "myanmar-coup-2021-02", "anaphoric; 'hours before' the session, whose date the text does not give"),
 ("coup", None, H, "2021-W04", None, "Last week the military's spokesman refused to rule out a coup", ["military"], "Myanmar", "myanmar-coup-threat-2021-01", "threat of a coup, not a coup; 'last week' = ISO week before the Monday publication"),
 ("coup", "successful", A, None, None, "to protest against the coup", ["military", "Aung San Suu Kyi"], "Myanmar", "myanmar-coup-2021-02"),
 ("coup", "successful", A, "2021-02-01", None, "Monday's coup ends a decade of partial civilian rule", ["military"], "Myanmar", "myanmar-coup-2021-02", "possessive time expression"),
 ("coup", "successful", A, "1962", None, "General Ne Win toppled a civilian government in 1962", ["Ne Win", "armed forces"], "Myanmar", "myanmar-coup-1962", "two coups in one sentence"),
 ("coup", "successful", A, "1988", None, "generals seized power again in 1988 after crushing a student-led uprising", ["generals"], "Myanmar", "myanmar-coup-1988", "two coups in one sentence"),
 ("ceasefire", "agreed", A, "2015-10", None, "the Nationwide Ceasefire Agreement that the previous government signed with eight ethnic armed groups in October 2015", ["previous government", "eight ethnic armed groups"], "Myanmar", "myanmar-nca-ceasefire-2015-10"),
 ("withdrawal", None, N, None, None, "said it would not withdraw from the accord for now", ["Restoration Council of Shan State"], "Myanmar", "trap-rcss-nca-withdrawal", TRAP + "withdrawing from an accord"),
]

G["r02_myanmar_kunming_truce"] = [
 ("ceasefire", "agreed", A, None, None, "China says Myanmar army, rebel alliance agree to truce", ["Myanmar army", "Three Brotherhood Alliance", "China"], "northern Shan State, Myanmar", "myanmar-haigeng-ceasefire-2024-01", HL),
 ("ceasefire", "agreed", A, "2024-01-12", None, "Myanmar's military government and an alliance of three ethnic armed groups have agreed to an immediate ceasefire in the country's northeast, China announced on Friday", ["Myanmar's military government", "Three Brotherhood Alliance", "China"], "northeast Myanmar", "myanmar-haigeng-ceasefire-2024-01", "time of the announcement (Friday = publication day); the talks were Wed-Thu"),
 ("talks", "held", A, "2024-01-10/2024-01-11", None, "representatives of the two sides had held peace talks in the southern Chinese city of Kunming on Wednesday and Thursday", ["Myanmar military", "Three Brotherhood Alliance", "China"], "Kunming, China", "myanmar-kunming-talks-2024-01", "reported speech; two weekdays -> interval"),
 ("ceasefire", "agreed", A, None, None, "Under the agreement", ["Myanmar military", "Three Brotherhood Alliance"], "northern Shan State, Myanmar", "myanmar-haigeng-ceasefire-2024-01", "anaphoric"),
 ("withdrawal", "announced", A, None, None, "the two sides will disengage their forces", ["Myanmar military", "Three Brotherhood Alliance"], "northern Shan State, Myanmar", "myanmar-haigeng-disengagement-2024-01", "disengagement agreed in a signed truce = decided withdrawal; no time in the sentence"),
 ("talks", None, H, "2024-01", "late", "China plans to host another round of talks later this month", ["China", "Myanmar military", "Three Brotherhood Alliance"], "China", "myanmar-kunming-talks-next_round-2024-01", "plan"),
 ("ceasefire", "agreed", A, None, None, "The deal follows", ["Myanmar military", "Three Brotherhood Alliance"], "northern Shan State, Myanmar", "myanmar-haigeng-ceasefire-2024-01", "anaphoric; 'mid-December' in the sentence belongs to the earlier truce"),
 ("ceasefire", "agreed", A, "2023-12", "mid", "a temporary truce that China said had been reached in mid-December", ["Myanmar military", "Three Brotherhood Alliance", "China"], "northern Shan State, Myanmar", "myanmar-ceasefire-2023-12", "'mid-December' resolved against Jan 2024 publication"),
 ("ceasefire", "collapsed", A, None, None, "which quickly broke down as fighting resumed around the towns of Laukkai and Hsenwi", ["Myanmar military", "Three Brotherhood Alliance"], "Laukkai and Hsenwi, Myanmar", "myanmar-ceasefire-collapse-2023-12", "'quickly' is not a time expression"),
 ("ceasefire", "agreed", A, None, None, "confirmed the agreement", ["TNLA", "Myanmar military"], "northern Shan State, Myanmar", "myanmar-haigeng-ceasefire-2024-01", "anaphoric"),
 ("withdrawal", None, N, None, None, "her group had not agreed to withdraw from any captured town", ["TNLA"], "northern Shan State, Myanmar", "tnla-withdrawal-captured_towns-2024-01"),
 ("talks", None, N, None, None, "She also denied that the TNLA had held separate talks with the military", ["TNLA", "Myanmar military"], "Myanmar", "tnla-separate-talks-2024-01", "denial of talks"),
 ("withdrawal", None, H, None, None, "troops would pull back from front-line positions only if the alliance halted attacks on remaining garrisons", ["Myanmar army", "Three Brotherhood Alliance"], "northern Shan State, Myanmar", "myanmar-army-pullback-conditional-2024-01", "conditional"),
 ("coup", "successful", A, "2021-02", None, "The military seized power in February 2021", ["military", "Aung San Suu Kyi"], "Myanmar", "myanmar-coup-2021-02"),
 ("prisoner_swap", None, N, "2024-W01", None, "Last week the military freed more than 9,000 prisoners in an annual Independence Day amnesty", ["military"], "Myanmar", "trap-myanmar-amnesty-2024-01", TRAP + "one-sided amnesty release; 'last week' = ISO week before the Friday publication"),
 ("prisoner_swap", None, N, None, None, "no prisoner exchange was agreed in Kunming", ["Myanmar military", "Three Brotherhood Alliance"], "Kunming, China", "myanmar-kunming-prisoner_swap-none"),
 ("ceasefire", None, D, None, None, "Rights groups called for a nationwide ceasefire", ["rights groups"], "Myanmar", "myanmar-nationwide-ceasefire-demanded-2024"),
 ("ceasefire", None, H, None, None, "The United Nations said it hoped the truce would hold", ["United Nations", "Myanmar military", "Three Brotherhood Alliance"], "northern Shan State, Myanmar", "myanmar-haigeng-ceasefire-2024-01", "hoped-for future holding of the truce"),
]

G["r03_myanmar_truces_brief"] = [
 ("coup", "successful", A, "2021-02-01", None, "Since the military seized power on 1 February 2021", ["military"], "Myanmar", "myanmar-coup-2021-02", "footnote 1's dates (1 Feb 2021 publication, 12 May 2025 access) are citation dates"),
 ("peace_agreement", None, N, None, None, "its diplomacy has yet to produce a political settlement", ["China", "Myanmar military", "ethnic armed groups"], "northern Shan State, Myanmar", "myanmar-political_settlement-none"),
 ("ceasefire", "agreed", A, "2024-01", None, "Beijing’s first major intervention came in January 2024, when it brokered the so-called Haigeng truce between the junta and the Three Brotherhood Alliance", ["junta", "Three Brotherhood Alliance", "China"], "northern Shan State, Myanmar", "myanmar-haigeng-ceasefire-2024-01"),
 ("talks", "held", A, "2024-01", "before", "following talks in Kunming", ["junta", "Three Brotherhood Alliance", "China"], "Kunming, China", "myanmar-kunming-talks-2024-01", "talks preceded the January 2024 truce (convention: 'X after talks' -> X's date, qualifier before)"),
 ("ceasefire", "in_effect", A, "2024-01/2024-06", None, "For five months the truce largely held", ["junta", "Three Brotherhood Alliance"], "northern Shan State, Myanmar", "myanmar-haigeng-ceasefire-2024-01", "five months chained from January 2024"),
 ("ceasefire", "collapsed", A, "2024-06", "late", "It collapsed in late June 2024, when the TNLA and MNDAA rebel armies resumed their offensive", ["TNLA", "MNDAA", "junta"], "northern Shan State, Myanmar", "myanmar-haigeng-ceasefire-collapse-2024-06"),
 ("ceasefire", None, A, "2024-09", None, "The MNDAA announced in September that it would stop fighting the military", ["MNDAA", "military"], "northern Shan State, Myanmar", "mndaa-ceasefire-declaration-2024-09", "unilateral declaration to stop fighting; 'September' resolved to 2024 (after June 2024, before late last year)"),
 ("talks", "offer", A, "2024-09", None, "The MNDAA announced in September that it would stop fighting the military and was ready for talks", ["MNDAA", "military"], "Myanmar", "mndaa-talks-offer-2024-09"),
 ("talks", "start", A, "2024", "late", "Negotiations resumed in Kunming late last year", ["MNDAA", "military", "China"], "Kunming, China", "mndaa-kunming-talks-2024", "'late last year' against publication 2025-05-20"),
 ("ceasefire", "agreed", A, "2025-01-18", None, "on 20 January 2025 China’s foreign ministry said the two sides had signed a formal ceasefire there two days earlier", ["MNDAA", "military", "China"], "Kunming, China", "mndaa-ceasefire-2025-01", "'two days earlier' than the 20 January statement"),
 ("ceasefire", "agreed", A, None, None, "The agreement required", ["MNDAA", "military"], "Kunming, China", "mndaa-ceasefire-2025-01", "anaphoric"),
 ("withdrawal", "announced", A, None, None, "The agreement required the MNDAA to withdraw from Lashio", ["MNDAA"], "Lashio, Myanmar", "lashio-withdrawal-decision-2025-01", "withdrawal decided in the January deal; '22 April' in the sentence dates the completion, not the decision"),
 ("withdrawal", "completed", A, "2025-04-22", None, "which it did on 22 April, handing the city back to the army", ["MNDAA", "army"], "Lashio, Myanmar", "lashio-withdrawal-2025-04", "year from publication"),
 ("withdrawal", "completed", A, None, None, "Chinese state media called the handover", ["MNDAA", "army"], "Lashio, Myanmar", "lashio-withdrawal-2025-04", "anaphoric"),
 ("coup", None, N, None, None, "a diplomatic coup for Beijing", ["Beijing"], "China", "trap-diplomatic-coup-2025", TRAP + "'coup' as metaphor"),
 ("ceasefire", None, A, "2025-03-29", None, "The National Unity Government (NUG) declared a two-week partial ceasefire the next day", ["National Unity Government (NUG)"], "Myanmar", "nug-ceasefire-2025-03", "'the next day' after 28 March; unilateral declaration"),
 ("ceasefire", None, A, "2025-04-01", None, "the Three Brotherhood Alliance announced a one-month humanitarian pause on 1 April", ["Three Brotherhood Alliance"], "Myanmar", "brotherhood-pause-2025-04", "unilateral declaration; footnote date 1 April 2025 is the citation's"),
 ("ceasefire", None, A, "2025-04-02", None, "The junta followed on 2 April with a temporary ceasefire until 22 April", ["junta"], "Myanmar", "junta-ceasefire-2025-04", "'until 22 April' is the end of the truce, not the event time"),
 ("ceasefire", "extended", A, "2025-04-22", None, "which it extended on 22 April to 30 April", ["junta"], "Myanmar", "junta-ceasefire-extension-2025-04-22", "'to 30 April' is the new end date"),
 ("ceasefire", "extended", A, "2025-04", "late", "and again at the end of April to 31 May", ["junta"], "Myanmar", "junta-ceasefire-extension-2025-04-30", "'at the end of April' -> late; '31 May' is the new end date"),
 ("ceasefire", None, A, None, None, "Monitors recorded more than 200 military air strikes during the pause", ["junta"], "Myanmar", "junta-ceasefire-2025-04", "anaphoric; footnote 7 dates are citation dates"),
 ("ceasefire", None, N, None, None, "no ceasefire was agreed with the Arakan Army", ["junta", "Arakan Army"], "Rakhine State, Myanmar", "arakan-ceasefire-none"),
 ("ceasefire", "in_effect", A, "2025-04", "since", "A local truce between the army and the TNLA around Nawnghkio has held since mid-April", ["army", "TNLA"], "Nawnghkio, Myanmar", "nawnghkio-ceasefire-2025-04", "'since mid-April': one qualifier only, 'since' kept, 'mid' dropped"),
 ("withdrawal", None, N, None, None, "the TNLA has not withdrawn from Mogok", ["TNLA"], "Mogok, Myanmar", "tnla-mogok-withdrawal"),
 ("withdrawal", None, H, None, None, "says it will not do so unless the army stops air strikes", ["TNLA", "army"], "Mogok, Myanmar", "tnla-mogok-withdrawal", "conditional"),
 ("ceasefire", None, D, None, None, "The NUG has called for a nationwide ceasefire", ["NUG"], "Myanmar", "nug-nationwide-ceasefire-demanded-2025"),
 ("withdrawal", None, D, None, None, "China should press both sides to pull troops out of urban areas", ["China", "army", "ethnic armed groups"], "Myanmar", "myanmar-urban-withdrawal-recommended", "recommendation"),
 ("talks", None, H, None, None, "ASEAN’s envoy could convene talks before the junta’s planned elections", ["ASEAN envoy", "junta"], "Myanmar", "asean-talks-proposed", "'could' (seed convention: could -> hypothetical, should -> demanded)"),
 ("coup", "successful", A, None, None, "Myanmar military seizes power, detains Suu Kyi", ["Myanmar military"], "Myanmar", "myanmar-coup-2021-02", "citation title; 1 February 2021 is its publication date"),
 ("ceasefire", "collapsed", A, None, None, "Haigeng truce collapses as fighting resumes", ["junta", "Three Brotherhood Alliance"], "northern Shan State, Myanmar", "myanmar-haigeng-ceasefire-collapse-2024-06", "citation title; 26 June 2024 is its publication date"),
 ("ceasefire", None, A, None, None, "MNDAA says it will stop fighting and is open to talks", ["MNDAA"], "Myanmar", "mndaa-ceasefire-declaration-2024-09", "citation title; 17 September 2024 is its publication date"),
 ("talks", "offer", A, None, None, "MNDAA says it will stop fighting and is open to talks", ["MNDAA"], "Myanmar", "mndaa-talks-offer-2024-09", "citation title"),
 ("ceasefire", "agreed", A, None, None, "China says Myanmar junta, MNDAA sign ceasefire", ["junta", "MNDAA", "China"], "Kunming, China", "mndaa-ceasefire-2025-01", "citation title; 20 January 2025 is its publication date"),
 ("withdrawal", "completed", A, None, None, "Rebels hand Lashio back to army", ["MNDAA", "army"], "Lashio, Myanmar", "lashio-withdrawal-2025-04", "citation title; 22 April 2025 is its publication date"),
 ("ceasefire", None, A, None, None, "Myanmar rebels declare pause after quake", ["Three Brotherhood Alliance"], "Myanmar", "brotherhood-pause-2025-04", "citation title; 1 April 2025 is its publication date"),
]

G["r04_shalit_deal_agreed"] = [
 ("prisoner_swap", None, A, None, None, "Israel, Hamas agree to swap 1,027 prisoners for soldier Shalit", ["Israel", "Hamas", "Gilad Shalit"], "Israel / Gaza Strip", "shalit-prisoner_swap-2011-10", HL),
 ("prisoner_swap", None, A, "2011-10-11", None, "Israel and Hamas agreed on Tuesday to exchange 1,027 Palestinian prisoners for Sgt. Gilad Shalit", ["Israel", "Hamas", "Gilad Shalit", "Palestinian prisoners"], "Israel / Gaza Strip", "shalit-prisoner_swap-2011-10", "agreed exchange = officially decided swap (asserted, like an announced withdrawal); Tuesday before the Wednesday publication"),
 ("prisoner_swap", None, A, "2011-10-12", None, "Israel's Cabinet approved the deal by a vote of 26 to 3 early Wednesday", ["Israel's Cabinet", "Hamas"], "Israel", "shalit-prisoner_swap-2011-10", "cabinet decision; 'early Wednesday' = early hours of the publication day, day precision"),
 ("talks", "held", A, "2011-W40", None, "Hamas leader Khaled Mashaal said the breakthrough came in indirect talks in Cairo last week", ["Hamas", "Israel", "Egypt"], "Cairo, Egypt", "shalit-talks-2011-10", "'last week' = ISO week before the publication week"),
 ("talks", None, N, None, None, "denied holding face-to-face talks with Hamas", ["Israel", "David Meidan", "Hamas"], "Cairo, Egypt", "shalit-direct-talks-none"),
 ("prisoner_swap", None, H, "2011-W42", None, "The exchange is expected to take place next week", ["Israel", "Hamas"], "Israel / Gaza Strip", "shalit-prisoner_swap-2011-10", "expected execution of the agreed swap"),
 ("prisoner_swap", None, H, None, None, "Under the agreement, Israel will free 450 prisoners and 27 women in a first stage, when Shalit is handed over, and another 550 within two months", ["Israel", "Hamas"], "Israel / Gaza Strip", "shalit-prisoner_swap-2011-10", "future terms of the deal"),
 ("talks", "held", A, "2009", "late", "A previous round of negotiations, mediated by a German intelligence officer, broke down in late 2009", ["Israel", "Hamas", "German intelligence officer"], "", "shalit-talks-2009", "breakdown implies the talks were held"),
 ("prisoner_swap", None, N, "2009", "late", "no exchange was agreed", ["Israel", "Hamas"], "Israel / Gaza Strip", "shalit-prisoner_swap-2009-none", "time continued from the first clause"),
 ("prisoner_swap", None, A, None, None, "he had brought back the best deal possible", ["Benjamin Netanyahu", "Hamas"], "Israel", "shalit-prisoner_swap-2011-10", "anaphoric"),
 ("prisoner_swap", None, A, None, None, "demanded that the government call off the exchange", ["Israel", "Hamas"], "Israel", "shalit-prisoner_swap-2011-10", "the demand is to cancel the agreed exchange; the exchange itself is asserted (agreed); undated"),
 ("prisoner_swap", None, A, None, None, "welcomed the deal", ["Mahmoud Abbas", "Israel", "Hamas"], "Israel / Gaza Strip", "shalit-prisoner_swap-2011-10", "anaphoric"),
]

G["r05_shalit_swap_done"] = [
 ("prisoner_swap", None, A, None, None, "Shalit home as Israel frees hundreds of Palestinians in swap", ["Israel", "Hamas", "Gilad Shalit"], "Israel / Gaza Strip", "shalit-prisoner_swap-2011-10", HL),
 ("prisoner_swap", None, A, "2011-10-18", None, "Israeli soldier Gilad Shalit came home on Tuesday after more than five years in captivity in Gaza, as Israel freed 477 Palestinian prisoners in the first stage of an exchange with Hamas", ["Israel", "Hamas", "Gilad Shalit", "477 Palestinian prisoners"], "Israel / Gaza Strip", "shalit-prisoner_swap-2011-10", "Tuesday = publication day"),
 ("prisoner_swap", None, A, "2011-W41", None, "The deal was agreed last week", ["Israel", "Hamas"], "Israel / Gaza Strip", "shalit-prisoner_swap-2011-10", "agreement of the swap; 'last week' = ISO week before the publication week"),
 ("talks", "held", A, "2011-W41", "before", "after indirect talks in Cairo brokered by Egyptian intelligence", ["Israel", "Hamas", "Egyptian intelligence"], "Cairo, Egypt", "shalit-talks-2011-10", "talks preceded last week's agreement"),
 ("prisoner_swap", None, H, "2011-12", "by", "A second group of 550 prisoners is to be released within two months", ["Israel"], "Israel", "shalit-prisoner_swap-stage2-2011-12", "future second stage of the deal; 'within two months' of 18 Oct -> by December"),
 ("withdrawal", "completed", A, "2005-09", None, "less than a year after Israel pulled its last troops out of the territory in September 2005", ["Israel"], "Gaza", "gaza-withdrawal-2005-09"),
 ("prisoner_swap", None, A, None, None, "hailed the exchange as a \"national achievement\"", ["Ismail Haniyeh", "Hamas", "Israel"], "Gaza", "shalit-prisoner_swap-2011-10", "anaphoric"),
 ("prisoner_swap", None, A, None, None, "under the terms of the deal", ["Israel", "Hamas"], "Israel / Gaza Strip", "shalit-prisoner_swap-2011-10", "anaphoric"),
 ("prisoner_swap", None, A, None, None, "Egypt hopes the swap will help", ["Israel", "Hamas"], "Israel / Gaza Strip", "shalit-prisoner_swap-2011-10", "anaphoric; the hope concerns its effect, the swap itself is asserted"),
 ("ceasefire", "in_effect", A, None, None, "an informal truce along the Gaza border, which has been repeatedly broken by rocket fire and Israeli air strikes", ["Israel", "Gaza militants"], "Gaza border", "gaza-informal-truce-2011", "existing truce, undated"),
 ("prisoner_swap", None, H, None, None, "Israel is also expected to free about 25 Egyptian prisoners in return for Ilan Grapel", ["Israel", "Egypt", "Ilan Grapel"], "Israel / Egypt", "grapel-prisoner_swap-2011-10", "expected; 'in June' dates Grapel's detention"),
]

G["r06_india_pakistan_liveblog"] = [
 ("ceasefire", "agreed", A, None, None, "India–Pakistan live: ceasefire agreed after four days of strikes", ["India", "Pakistan"], "India / Pakistan", "india_pakistan-ceasefire-2025-05-10", HL),
 ("ceasefire", None, A, None, None, "committed to the faithful implementation of the ceasefire", ["Pakistan", "India"], "India / Pakistan", "india_pakistan-ceasefire-2025-05-10", "23:40 entry dates the statement, not the ceasefire"),
 ("ceasefire", "agreed", A, "2025-05-10", None, "repeated violations of the understanding arrived at this evening", ["India", "Pakistan"], "India / Pakistan", "india_pakistan-ceasefire-2025-05-10", "'this evening' on the blog's day"),
 ("ceasefire", "agreed", A, "2025-05-10", None, "Pakistan and India have agreed to a ceasefire with immediate effect.", ["Pakistan", "India", "Ishaq Dar"], "India / Pakistan", "india_pakistan-ceasefire-2025-05-10", "announcement posted in the 18:10 entry of the 10 May blog"),
 ("talks", "held", A, "2025-05-10", None, "The Director General of Military Operations of Pakistan called the Indian DGMO at 15:35 hours this afternoon", ["Pakistan DGMO", "Indian DGMO"], "India / Pakistan", "india_pakistan-talks-dgmo-2025-05-10", "hotline call between the two militaries"),
 ("ceasefire", "agreed", A, "2025-05-10", None, "It was agreed between them that both sides would stop all firing and military action on land and in the air and sea with effect from 17:00 hours Indian Standard Time today", ["India", "Pakistan"], "India / Pakistan", "india_pakistan-ceasefire-2025-05-10", "'would stop' is reported agreement, not hypothetical"),
 ("talks", None, H, "2025-05-12", None, "The two officers will speak again on 12 May at 12:00 hours", ["Pakistan DGMO", "Indian DGMO"], "India / Pakistan", "india_pakistan-talks-dgmo-2025-05-12", "scheduled future talks"),
 ("talks", None, N, None, None, "there is no decision to hold talks on any other issue at any other place", ["India", "Pakistan"], "India / Pakistan", "india_pakistan-talks-neutral_site-2025-05"),
 ("talks", "offer", A, None, None, "the two countries had agreed to start talks on a broad set of issues at a neutral site", ["India", "Pakistan", "Marco Rubio"], "India / Pakistan", "india_pakistan-talks-neutral_site-2025-05", "Rubio's claim (reported speech, disputed by India); the claim is not dated in this entry"),
 ("talks", "held", A, None, None, "after a long night of talks mediated by the United States", ["United States", "India", "Pakistan"], "India / Pakistan", "india_pakistan-talks-us_mediation-2025-05", "Trump's claim; 'a long night' (night of 9-10 May) left null: don't care"),
 ("ceasefire", "agreed", A, "2025-05-10", None, "India and Pakistan have agreed to a \"FULL AND IMMEDIATE CEASEFIRE\"", ["India", "Pakistan", "Donald Trump"], "India / Pakistan", "india_pakistan-ceasefire-2025-05-10", "announcement in the 17:35 entry"),
 ("withdrawal", None, N, None, None, "its forces did not withdraw from any forward posts along the Line of Control overnight", ["India"], "Line of Control", "india-loc-withdrawal-none-2025-05", "'overnight' (9-10 May) left null"),
 ("withdrawal", None, N, "2025-04", None, "Last month India held the 1960 Indus Waters Treaty in abeyance and withdrew its defence advisers from Islamabad", ["India"], "Islamabad, Pakistan", "trap-india-defence_advisers-2025-04", TRAP + "recall of defence attachés (diplomatic), not a force leaving territory"),
 ("withdrawal", None, N, None, None, "Pakistan has threatened to pull out of the Simla Agreement", ["Pakistan"], "Pakistan", "trap-pakistan-simla-2025", TRAP + "withdrawal from a treaty"),
 ("ceasefire", None, D, None, None, "Saudi Arabia, Iran and the G7 have all called for an immediate ceasefire", ["Saudi Arabia", "Iran", "G7"], "India / Pakistan", "india_pakistan-ceasefire-demanded-2025-05"),
]

G["r07_india_pakistan_dgmo_talks"] = [
 ("ceasefire", "extended", A, None, None, "India, Pakistan army chiefs agree to keep truce", ["India", "Pakistan"], "India / Pakistan", "india_pakistan-ceasefire-maintained-2025-05-12", HL),
 ("withdrawal", None, H, None, None, "consider troop cuts", ["India", "Pakistan"], "India / Pakistan", "india_pakistan-troop_reduction-2025-05", "to be considered only"),
 ("talks", "held", A, "2025-05-12", None, "The top military operations officers of India and Pakistan held talks by hotline on Monday", ["Indian DGMO", "Pakistani DGMO"], "India / Pakistan", "india_pakistan-talks-dgmo-2025-05-12", "three events in one sentence"),
 ("ceasefire", "extended", A, "2025-05-12", None, "held talks by hotline on Monday and agreed to maintain the ceasefire", ["India", "Pakistan"], "India / Pakistan", "india_pakistan-ceasefire-maintained-2025-05-12", "agreement to keep the truce (extension) on Monday"),
 ("ceasefire", "agreed", A, "2025-05-10/2025-05-11", None, "the ceasefire reached at the weekend", ["India", "Pakistan"], "India / Pakistan", "india_pakistan-ceasefire-2025-05-10", "'at the weekend' before Tuesday 13 May = Sat-Sun 10-11 May"),
 ("ceasefire", "extended", A, "2025-05-12", None, "The two directors general agreed that both sides \"must not fire a single shot or initiate any aggressive action\"", ["Indian DGMO", "Pakistani DGMO"], "India / Pakistan", "india_pakistan-ceasefire-maintained-2025-05-12", "continues Monday's talks from the previous sentence"),
 ("withdrawal", None, H, "2025-05-12", None, "would consider immediate measures to ensure troop reductions from the border and forward areas", ["India", "Pakistan"], "India / Pakistan border", "india_pakistan-troop_reduction-2025-05", "to be considered, not decided"),
 ("talks", "held", A, "2025-05-12", None, "The call, originally scheduled for noon, took place in the evening", ["Indian DGMO", "Pakistani DGMO"], "India / Pakistan", "india_pakistan-talks-dgmo-2025-05-12", "anaphoric; evening of Monday (continued time)"),
 ("ceasefire", "in_effect", A, "2025-05-10", None, "Since the ceasefire took effect at 5 p.m. on Saturday", ["India", "Pakistan"], "India / Pakistan", "india_pakistan-ceasefire-2025-05-10", "coming into force; Saturday before the Tuesday publication"),
 ("ceasefire", None, A, None, None, "India had only \"paused\" its military action", ["India"], "India / Pakistan", "india_pakistan-ceasefire-2025-05-10", "'late on Monday' dates Modi's address, not the pause"),
 ("talks", None, H, None, None, "talks with Pakistan would be held only on terrorism and Pakistan-administered Kashmir", ["India", "Pakistan"], "India / Pakistan", "india_pakistan-talks-modi_conditions-2025-05", "conditional"),
 ("ceasefire", None, A, None, None, "his administration had helped broker the ceasefire", ["United States", "India", "Pakistan"], "India / Pakistan", "india_pakistan-ceasefire-2025-05-10", "'on Monday' dates Trump's statement, not the ceasefire"),
 ("ceasefire", None, H, None, None, "if they stopped the fighting", ["India", "Pakistan"], "India / Pakistan", "india_pakistan-ceasefire-2025-05-10", "condition in Trump's offer"),
 ("talks", None, N, None, None, "India has denied that the United States mediated", ["United States", "India", "Pakistan"], "India / Pakistan", "india_pakistan-talks-us_mediation-2025-05"),
 ("ceasefire", None, A, None, None, "the ceasefire was worked out directly between the two militaries", ["India", "Pakistan"], "India / Pakistan", "india_pakistan-ceasefire-2025-05-10"),
 ("talks", "held", A, None, None, "worked out directly between the two militaries", ["Indian army", "Pakistani army"], "India / Pakistan", "india_pakistan-talks-dgmo-2025-05-10", "the direct military contact of 10 May, undated here"),
 ("talks", None, N, None, None, "no date had been set for broader political talks", ["India", "Pakistan"], "India / Pakistan", "india_pakistan-talks-neutral_site-2025-05", "'on Tuesday' dates the officials' statement"),
 ("talks", "offer", A, "2025-05-10", None, "which Secretary of State Marco Rubio said on Saturday the two sides had agreed to hold at a neutral site", ["India", "Pakistan", "Marco Rubio"], "India / Pakistan", "india_pakistan-talks-neutral_site-2025-05", "announced acceptance of talks (Rubio's claim), dated by the announcement"),
 ("ceasefire", None, N, None, None, "which had declared a political truce with the government during the crisis", ["opposition parties", "Indian government"], "India", "trap-india-political_truce-2025-05", TRAP + "political truce between parties, not armed parties"),
 ("ceasefire", None, A, None, None, "to discuss the ceasefire", ["India", "Pakistan"], "India / Pakistan", "india_pakistan-ceasefire-2025-05-10"),
]

G["r08_georgia_buffer_withdrawal"] = [
 ("withdrawal", "completed", A, None, None, "Russia pulls troops from Georgia buffer zones", ["Russia"], "Georgia", "georgia-buffer_zones-withdrawal-2008-10", HL),
 ("withdrawal", "completed", A, "2008-10-08", None, "Russian troops withdrew on Wednesday from the last of the so-called buffer zones", ["Russian troops"], "buffer zones around South Ossetia and Abkhazia, Georgia", "georgia-buffer_zones-withdrawal-2008-10", "Wednesday before the Thursday publication; 'on Thursday' dates the monitors' statement"),
 ("withdrawal", "announced", A, None, None, "a deadline set under a French-brokered deal", ["Russia", "France"], "Georgia", "georgia-buffer_zones-withdrawal-decision-2008-09-08", "the 8 Sept pull-out agreement, undated here"),
 ("withdrawal", None, N, None, None, "But Russian forces did not withdraw from the Akhalgori district or the village of Perevi", ["Russian forces"], "Akhalgori and Perevi, Georgia", "akhalgori_perevi-withdrawal-none-2008"),
 ("withdrawal", "announced", A, "2008-09-08", None, "The pullback was agreed on Sept. 8 in Moscow", ["Russia", "Dmitry Medvedev", "Nicolas Sarkozy"], "Moscow, Russia", "georgia-buffer_zones-withdrawal-decision-2008-09-08", "decision of the withdrawal"),
 ("ceasefire", "agreed", A, "2008-08-12", None, "The buffer zones were set up after the Aug. 12 ceasefire, also mediated by Sarkozy, that ended five days of fighting", ["Russia", "Georgia", "Nicolas Sarkozy"], "Georgia", "georgia-ceasefire-2008-08-12"),
 ("ceasefire", "agreed", A, "2008-08-15", None, "Georgian President Mikheil Saakashvili signed the six-point plan on Aug. 15", ["Mikheil Saakashvili", "Georgia"], "Georgia", "georgia-ceasefire-2008-08-12", "signature of the ceasefire plan by Georgia"),
 ("ceasefire", "agreed", A, "2008-08-16", None, "signed the six-point plan on Aug. 15 and Medvedev the next day", ["Dmitry Medvedev", "Russia"], "Georgia", "georgia-ceasefire-2008-08-12", "elided verb; 'the next day' after Aug. 15"),
 ("withdrawal", "announced", A, None, None, "Under the plan, Russian forces were to pull back to the positions they held before hostilities began", ["Russian forces"], "Georgia", "georgia-sixpoint-withdrawal-2008-08", "pull-back committed to in the signed ceasefire plan; undated here"),
 ("withdrawal", "partial", A, "2008-08-22", "by", "By Aug. 22, most of them had left the central city of Gori", ["Russian forces"], "Gori, Georgia", "gori-withdrawal-2008-08"),
 ("withdrawal", None, H, None, None, "Moscow would withdraw its remaining troops from the two regions only if Georgia signed non-use-of-force pacts with them", ["Russia", "Georgia"], "South Ossetia and Abkhazia", "georgia-regions-withdrawal-conditional-2008", "conditional; 'on Thursday' dates Lavrov's statement"),
 ("ceasefire", None, H, None, None, "only if Georgia signed non-use-of-force pacts with them", ["Georgia", "South Ossetia", "Abkhazia"], "Georgia", "georgia-nonuse_of_force-pact", "non-aggression pact named as a condition"),
 ("withdrawal", None, D, None, None, "Georgia has demanded the withdrawal of all Russian troops from its territory", ["Georgia", "Russia"], "Georgia", "georgia-russia-withdrawal-demanded-2008"),
 ("talks", None, H, "2008-10-15", None, "Talks on security and the return of refugees are due to open in Geneva on Oct. 15", ["EU", "United Nations", "OSCE", "Georgia", "Russia"], "Geneva, Switzerland", "geneva-talks-2008-10-15", "scheduled future talks"),
 ("withdrawal", None, N, None, None, "has begun formal procedures to withdraw from the Commonwealth of Independent States", ["Georgia"], "Georgia", "trap-georgia-cis-withdrawal-2008", TRAP + "withdrawal from an organisation"),
]

G["r09_bangsamoro_press_release"] = [
 ("peace_agreement", None, A, None, None, "GPH and MILF sign Comprehensive Agreement on the Bangsamoro", ["GPH", "MILF"], "Mindanao, Philippines", "bangsamoro-cab-peace_agreement-2014-03-27", HL),
 ("peace_agreement", None, A, "2014-03-27", None, "The Government of the Philippines (GPH) and the Moro Islamic Liberation Front (MILF) today signed the Comprehensive Agreement on the Bangsamoro (CAB)", ["Government of the Philippines (GPH)", "Moro Islamic Liberation Front (MILF)"], "Manila, Philippines", "bangsamoro-cab-peace_agreement-2014-03-27", "'today' = release date"),
 ("talks", "held", A, "1997/2014", None, "concluding 17 years of negotiations", ["GPH", "MILF"], "Philippines", "milf-talks-1997-2014", "17 years ending at publication"),
 ("peace_agreement", None, A, "2014-03-27", None, "witnessed the signing by the two peace panels", ["GPH peace panel", "MILF peace panel", "Benigno S. Aquino III", "Al Haj Murad Ebrahim"], "Manila, Philippines", "bangsamoro-cab-peace_agreement-2014-03-27", "sentence continues the 'today' of the previous sentence"),
 ("talks", "held", A, "2001", "since", "whose government has facilitated the talks since 2001", ["Malaysia", "GPH", "MILF"], "Philippines", "milf-talks-1997-2014"),
 ("peace_agreement", None, A, None, None, "The CAB brings together", ["GPH", "MILF"], "Philippines", "bangsamoro-cab-peace_agreement-2014-03-27", "anaphoric"),
 ("peace_agreement", None, A, "2012-10-15", None, "the Framework Agreement on the Bangsamoro, signed on 15 October 2012", ["GPH", "MILF"], "Philippines", "bangsamoro-fab-peace_agreement-2012-10-15"),
 ("peace_agreement", None, A, "2014-01-25", None, "the last of which, on normalization, was concluded in Kuala Lumpur on 25 January 2014", ["GPH", "MILF"], "Kuala Lumpur, Malaysia", "bangsamoro-annex_normalization-2014-01-25", "annex concluded; counted as conclusion of part of the accord"),
 ("peace_agreement", None, A, None, None, "Under the agreement", ["GPH", "MILF"], "Philippines", "bangsamoro-cab-peace_agreement-2014-03-27", "anaphoric"),
 ("withdrawal", None, H, None, None, "the Armed Forces of the Philippines will reduce and redeploy troops from conflict-affected communities as the security situation permits", ["Armed Forces of the Philippines"], "Mindanao, Philippines", "bangsamoro-afp-redeployment", "conditional on the security situation"),
 ("ceasefire", "in_effect", A, "2011", "since", "The ceasefire has largely held since 2011", ["GPH", "MILF"], "Mindanao, Philippines", "milf-ceasefire-1997-07", "in_effect shares the ceasefire's slug"),
 ("peace_agreement", None, A, "2014-03-27", None, "today we sign a peace that we hope will hold for generations", ["GPH", "MILF"], "Manila, Philippines", "bangsamoro-cab-peace_agreement-2014-03-27"),
 ("ceasefire", "agreed", A, "1997-07", None, "The two parties first agreed a general cessation of hostilities in July 1997", ["GPH", "MILF"], "Mindanao, Philippines", "milf-ceasefire-1997-07"),
 ("talks", "start", A, "1997-07", "before", "shortly after formal talks opened", ["GPH", "MILF"], "Philippines", "milf-talks-1997-2014", "talks opened shortly before July 1997"),
 ("peace_agreement", None, N, "2008", None, "a Memorandum of Agreement on Ancestral Domain was initialled in 2008 but never signed", ["GPH", "MILF"], "Philippines", "moa_ad-peace_agreement-2008-none", "initialled, never signed"),
 ("peace_agreement", None, A, "1996", None, "The government signed a Final Peace Agreement with the Moro National Liberation Front (MNLF), from which the MILF broke away, in 1996", ["government", "Moro National Liberation Front (MNLF)"], "Philippines", "mnlf-peace_agreement-1996"),
 ("peace_agreement", None, A, None, None, "Ban Ki-moon welcomed the agreement", ["GPH", "MILF", "Ban Ki-moon"], "Philippines", "bangsamoro-cab-peace_agreement-2014-03-27", "anaphoric"),
 ("ceasefire", None, D, None, None, "to observe a ceasefire", ["Bangsamoro Islamic Freedom Fighters", "armed groups"], "Mindanao, Philippines", "bangsamoro-holdouts-ceasefire-demanded"),
 ("talks", None, D, None, None, "join the talks", ["Bangsamoro Islamic Freedom Fighters", "armed groups"], "Mindanao, Philippines", "bangsamoro-holdouts-talks-demanded"),
]

G["r10_griner_bout_swap"] = [
 ("prisoner_swap", None, A, None, None, "Russia frees Griner in swap for arms dealer Bout", ["Russia", "United States", "Brittney Griner", "Viktor Bout"], "Abu Dhabi, United Arab Emirates", "griner_bout-prisoner_swap-2022-12-08", HL),
 ("prisoner_swap", None, A, "2022-12-08", None, "Russia released WNBA star Brittney Griner on Thursday in exchange for the Russian arms dealer Viktor Bout", ["Russia", "United States", "Brittney Griner", "Viktor Bout"], "Abu Dhabi, United Arab Emirates", "griner_bout-prisoner_swap-2022-12-08", "Thursday = publication day"),
 ("prisoner_swap", None, A, None, None, "The exchange, mediated by the United Arab Emirates and Saudi Arabia", ["Russia", "United States", "United Arab Emirates", "Saudi Arabia"], "Abu Dhabi, United Arab Emirates", "griner_bout-prisoner_swap-2022-12-08", "anaphoric"),
 ("talks", "held", A, None, None, "followed months of talks between Washington and Moscow", ["Washington", "Moscow"], "", "us_russia-talks-griner-2022", "'months of' is not resolvable to an interval"),
 ("prisoner_swap", None, N, "2022-W48", None, "Kremlin spokesman Dmitry Peskov had said as recently as last week that no agreement on a swap had been reached", ["Russia", "United States"], "", "griner_bout-prisoner_swap-2022-12-08", "denial at the time; 'last week' = ISO week before publication"),
 ("prisoner_swap", None, N, None, None, "whom Moscow refused to include in the deal", ["Russia", "United States", "Paul Whelan"], "Russia", "whelan-prisoner_swap-none-2022", "Whelan's release not part of the exchange"),
 ("talks", None, H, None, None, "\"We will keep negotiating,\" Biden said.", ["United States", "Russia"], "", "us_russia-talks-whelan", "future"),
 ("prisoner_swap", None, A, None, None, "Republicans criticized the trade", ["United States", "Russia"], "", "griner_bout-prisoner_swap-2022-12-08", "anaphoric; same sentence also restates it ('freed ... in return for')"),
 ("coup", None, N, None, None, "calling it a propaganda coup for the Kremlin", ["Kremlin"], "Russia", "trap-propaganda-coup-2022", TRAP + "'coup' as metaphor"),
 ("prisoner_swap", None, A, "2022-04", None, "In April, Russia freed former Marine Trevor Reed in exchange for Konstantin Yaroshenko", ["Russia", "United States", "Trevor Reed", "Konstantin Yaroshenko"], "", "reed_yaroshenko-prisoner_swap-2022-04"),
]

G["r11_south_sudan_machar_returns"] = [
 ("peace_agreement", None, A, None, None, "South Sudan celebrates peace deal", ["Salva Kiir", "Riek Machar"], "South Sudan", "south_sudan-rarcss-peace_agreement-2018-09-12", HL),
 ("peace_agreement", None, A, "2018-09", None, "a celebration of the peace agreement he signed with President Salva Kiir last month", ["Riek Machar", "Salva Kiir"], "South Sudan", "south_sudan-rarcss-peace_agreement-2018-09-12", "'last month' against 31 Oct 2018"),
 ("peace_agreement", None, A, "2015-08", None, "an earlier peace deal signed the previous August", ["Riek Machar", "Salva Kiir"], "South Sudan", "south_sudan-arcss-peace_agreement-2015-08", "'the previous August' chained from July 2016; its wrecking is not an event of a listed type"),
 ("peace_agreement", None, A, "2018-09-12", None, "The new accord, signed in Addis Ababa on Sept. 12", ["Salva Kiir", "Riek Machar"], "Addis Ababa, Ethiopia", "south_sudan-rarcss-peace_agreement-2018-09-12"),
 ("peace_agreement", None, A, "2015", None, "revives the 2015 deal", ["Salva Kiir", "Riek Machar"], "South Sudan", "south_sudan-arcss-peace_agreement-2015-08"),
 ("ceasefire", "agreed", A, "2018-06-27", None, "a permanent ceasefire that the two leaders agreed in Khartoum on June 27", ["Salva Kiir", "Riek Machar"], "Khartoum, Sudan", "south_sudan-ceasefire-2018-06-27"),
 ("talks", "held", A, "2018-06-27", "before", "after talks hosted by Sudanese President Omar al-Bashir", ["Salva Kiir", "Riek Machar", "Omar al-Bashir"], "Khartoum, Sudan", "south_sudan-khartoum-talks-2018-06", "talks preceded the 27 June agreement"),
 ("ceasefire", "in_effect", A, "2018-06-30", None, "Three days later the truce came into force", ["Salva Kiir", "Riek Machar"], "South Sudan", "south_sudan-ceasefire-2018-06-27", "chained from June 27"),
 ("withdrawal", "completed", A, "2015", None, "whose troops fought alongside the government early in the war and withdrew from South Sudan in 2015", ["Uganda"], "South Sudan", "uganda-withdrawal-2015"),
 ("peace_agreement", None, A, None, None, "Under the accord", ["Salva Kiir", "Riek Machar"], "South Sudan", "south_sudan-rarcss-peace_agreement-2018-09-12", "anaphoric"),
 ("withdrawal", "announced", A, None, None, "both armies must leave schools and other civilian sites within 30 days of signing", ["government army", "SPLA-IO"], "South Sudan", "south_sudan-civilian_sites-withdrawal-2018", "pull-out committed to in the signed accord; undated here"),
 ("withdrawal", None, N, None, None, "government troops have not left dozens of schools in the Equatoria region", ["government troops"], "Equatoria, South Sudan", "south_sudan-civilian_sites-withdrawal-2018"),
 ("prisoner_swap", None, N, "2018-10", None, "Kiir ordered the release of all political detainees and prisoners of war earlier this month", ["Salva Kiir"], "South Sudan", "trap-south_sudan-release-2018-10", TRAP + "one-sided release order"),
 ("peace_agreement", None, N, None, None, "A holdout group led by former army general Thomas Cirillo has not signed the accord", ["Thomas Cirillo"], "South Sudan", "cirillo-peace_agreement-none"),
 ("peace_agreement", None, H, None, None, "Cirillo's group could sign if its demand for a federal system is met", ["Thomas Cirillo"], "South Sudan", "cirillo-peace_agreement-none", "conditional"),
 ("ceasefire", None, H, "2018-11-05", None, "a local ceasefire around Yei will take effect on Monday", ["South Sudan government", "Thomas Cirillo's group"], "Yei, South Sudan", "yei-ceasefire-2018-11", "future; 'on Monday' after Wednesday 31 Oct = 5 Nov"),
]

G["r12_honduras_coup_anniversary"] = [
 ("coup", "successful", A, "2009", None, "A year after coup", ["military", "Manuel Zelaya"], "Honduras", "honduras-coup-2009-06-28", "headline with a relative time: 'a year' -> year precision"),
 ("coup", "successful", A, "2009", None, "A year ago, soldiers stormed the home of President Manuel Zelaya before dawn and flew him, still in his pajamas, to Costa Rica", ["soldiers", "Manuel Zelaya"], "Honduras", "honduras-coup-2009-06-28", "'a year ago' normalised at year precision"),
 ("coup", "successful", A, "2009-06-28", None, "The ouster on June 28, 2009, condemned across the hemisphere as a coup", ["military", "Manuel Zelaya"], "Honduras", "honduras-coup-2009-06-28"),
 ("talks", "start", A, "2009-07-09", None, "Talks mediated by Costa Rican President Oscar Arias opened in San Jose on July 9", ["Oscar Arias", "Manuel Zelaya", "Roberto Micheletti"], "San Jose, Costa Rica", "honduras-san_jose-talks-2009-07", "'July 9' resolved to the last July 9 before publication"),
 ("peace_agreement", None, A, "2009", "late", "An accord brokered by U.S. diplomats late last year", ["Manuel Zelaya", "Roberto Micheletti", "U.S. diplomats"], "Honduras", "honduras-tegucigalpa_san_jose-accord-2009-10", "political accord between the parties to the coup crisis; borderline for peace_agreement"),
 ("withdrawal", None, N, None, None, "withdrew their ambassadors after the coup", ["Latin American governments", "European Union"], "Honduras", "trap-honduras-ambassadors-2009", TRAP + "diplomatic recall"),
 ("coup", "successful", A, None, None, "after the coup", ["military", "Manuel Zelaya"], "Honduras", "honduras-coup-2009-06-28", "anaphoric"),
 ("withdrawal", None, N, "2009-11", "before", "The independent candidate Carlos H. Reyes withdrew his candidacy in protest before the November election", ["Carlos H. Reyes"], "Honduras", "trap-honduras-candidacy-2009", TRAP + "withdrawing a candidacy"),
 ("talks", "offer", A, "2010-06-27", None, "said on Sunday he was ready to talk with Zelaya's movement", ["Porfirio Lobo", "Zelaya's movement"], "Honduras", "honduras-lobo-talks-offer-2010-06", "Sunday before the Monday publication"),
 ("talks", None, N, None, None, "his government has not held talks with Zelaya himself", ["Porfirio Lobo", "Manuel Zelaya"], "Honduras", "honduras-lobo_zelaya-talks-none"),
 ("talks", None, D, None, None, "Zelaya's supporters have called for a national dialogue that includes the resistance front", ["Zelaya's supporters", "resistance front"], "Honduras", "honduras-national_dialogue-demanded"),
 ("ceasefire", None, N, "2010-01", None, "Lobo and the leaders of the opposition Liberal Party agreed a political truce in January to pass the budget", ["Porfirio Lobo", "Liberal Party"], "Honduras", "trap-honduras-political_truce-2010-01", TRAP + "political truce between parties"),
 ("coup", None, N, None, None, "The military has denied staging a coup", ["military"], "Honduras", "honduras-coup-2009-06-28", "the military's denial; the text itself asserts the coup elsewhere"),
]

FIELDS = ["type", "subtype", "factuality", "when", "qualifier", "evidence", "actors", "place", "event", "note"]

for doc, rows in G.items():
    with open(os.path.join(HERE, doc + ".jsonl"), "w", encoding="utf-8") as f:
        for row in rows:
            r = dict(zip(FIELDS, row))
            out = {"doc": doc}
            for k in FIELDS[:-1]:
                out[k] = r[k]
            if r.get("note"):
                out["note"] = r["note"]
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
print("wrote", sum(len(v) for v in G.values()), "rows in", len(G), "files")
