from common import build, TRAP
D = "n17_10_gaza_oped"
G = "gaza-disengagement-2005"
I = ["Israel"]
rows = [
 ("withdrawal", "completed", "asserted", None, None, "Leaving Gaza was the easy part", I, "Gaza", G, "headline"),
 ("withdrawal", "completed", "asserted", "2005-09-12", None, "Yesterday, a little after seven in the morning, an Israeli officer closed the gate at the Kissufim crossing behind the last armoured column to leave the Gaza Strip", ["Israeli army"], "Gaza Strip", G, "published 2005-09-13"),
 ("withdrawal", "completed", "asserted", "2005-09-12", None, "Thirty-eight years of military rule over Gaza ended", ["Israeli army"], "Gaza", G, "time continues from the previous sentence"),
 ("peace_agreement", None, "negated", None, None, "not with a signing ceremony", I + ["Palestinian Authority"], "Gaza", "gaza-disengagement-peace_agreement-negated"),
 ("withdrawal", "completed", "asserted", None, None, "The disengagement was carried out faster", I, "Gaza", G),
 ("withdrawal", "partial", "asserted", None, None, "The evacuation of the settlements began on 15 August", I, "Gaza", G, "civilian settler evacuation as a phase of the disengagement; arguable as a withdrawal of forces, left as don't care"),
 ("withdrawal", "completed", "asserted", "2005-09", "circa", "The army then spent three weeks dismantling its own bases before pulling out.", ["Israeli army"], "Gaza", G, "chain: three weeks after the settlements were emptied (within a week of 15 Aug)"),
 ("withdrawal", "completed", "asserted", None, None, "But the ease of the pull-out is exactly what should worry us.", I, "Gaza", G),
 ("withdrawal", "announced", "asserted", "2003-12", None, "Sharon first announced his plan in December 2003, in a speech at Herzliya", ["Ariel Sharon"], "Herzliya", G),
 ("withdrawal", "announced", "asserted", "2004-10", None, "the Knesset approved it in October last year", ["Knesset"], "Israel", G, "'October last year' = October 2004"),
 ("talks", None, "negated", None, None, "At no point in those twenty months did Israel negotiate the withdrawal with the Palestinian Authority.", I + ["Palestinian Authority"], "Gaza", "gaza-disengagement-talks-negated"),
 ("ceasefire", "agreed", "asserted", "2005-02", None, "even after the two men declared an end to violence at Sharm el-Sheikh in February", ["Ariel Sharon", "Mahmoud Abbas"], "Sharm el-Sheikh", "sharm-ceasefire-2005-02-08", "February resolved to 2005"),
 ("withdrawal", "completed", "asserted", None, None, "The result is a withdrawal that Hamas can present as a victory won by rockets", I, "Gaza", G),
 ("withdrawal", "completed", "asserted", "2000-05", None, "When Ehud Barak took the army out of southern Lebanon overnight in May 2000", ["Ehud Barak", "Israeli army"], "southern Lebanon", "lebanon-israeli_withdrawal-2000-05"),
 ("prisoner_swap", None, "asserted", "2004-01", None, "when Israel freed more than 400 prisoners in exchange for the businessman Elhanan Tannenbaum", ["Israel", "Hezbollah", "Elhanan Tannenbaum"], "Lebanon", "israel_hezbollah-prisoner_swap-2004-01", "'January last year' = January 2004; a living captive, so not a bodies-only exchange"),
 ("withdrawal", "completed", "asserted", "1989-02", None, "When the Red Army crossed the Amu Darya in February 1989", ["Red Army"], "Afghanistan", "afghanistan-soviet_withdrawal-1988_1989"),
 ("talks", None, "negated", None, None, "a government that no one had negotiated with the men who would eventually destroy it", ["Najibullah government", "mujahideen"], "Afghanistan", "afghanistan-kabul_mujahideen-talks-negated"),
 ("peace_agreement", None, "asserted", "1993-09-13", None, "Twelve years ago today, Rabin and Arafat stood on the White House lawn while their negotiators signed the Oslo accord", ["Yitzhak Rabin", "Yasser Arafat", "Israel", "PLO"], "Washington", "oslo_i-peace_agreement-1993-09-13"),
 ("withdrawal", "partial", "asserted", "1994", None, "The first Israeli pull-out from Gaza's towns, in 1994, came with a signed agreement", ["Israeli army"], "Gaza", "gaza_jericho-withdrawal-1994-05"),
 ("peace_agreement", None, "asserted", None, None, "came with a signed agreement and a Palestinian police force waiting to take over", I + ["PLO"], "Gaza", "cairo-gaza_jericho-agreement-1994-05", "implementation accord of May 1994; type arguable, so don't care"),
 ("ceasefire", "agreed", "asserted", "2005-03", None, "The calm that the Palestinian factions agreed in Cairo in March", ["Palestinian factions"], "Cairo", "cairo-tahdiya-ceasefire-2005-03"),
 ("ceasefire", "in_effect", "asserted", "2005-SU", None, "has mostly held through the summer", ["Palestinian factions"], "Gaza", "cairo-tahdiya-ceasefire-2005-03"),
 ("talks", None, "hypothetical", "2005-09", None, "Talks on the Rafah crossing and on a seaport are supposed to resume this month", I + ["Palestinian Authority", "James Wolfensohn"], "Gaza", "gaza_crossings-talks-2005", "scheduled, future"),
 ("withdrawal", None, "hypothetical", None, None, "Israel would withdraw from large parts of the West Bank too if this experiment works", I, "West Bank", "west_bank-withdrawal-prospective"),
 ("withdrawal", None, "demanded", None, None, "Palestinian leaders have demanded exactly that", ["Palestinian leaders"], "West Bank", "west_bank-withdrawal-prospective"),
 ("withdrawal", None, "demanded", None, None, "some Israeli commentators have called for a second disengagement before the elections", ["Israeli commentators"], "West Bank", "west_bank-withdrawal-prospective"),
 ("withdrawal", None, "negated", "2005-08-07", None, "Benjamin Netanyahu, who withdrew from the cabinet on 7 August in protest at the plan", ["Benjamin Netanyahu"], "Israel", "trap-netanyahu-cabinet-resignation", TRAP + "resignation from the cabinet"),
 ("withdrawal", None, "hypothetical", None, None, "if we leave the next territory", I, "West Bank", "west_bank-withdrawal-prospective"),
 ("withdrawal", "completed", "asserted", None, None, "the way we left Gaza", I, "Gaza", G),
]
if __name__ == "__main__":
    print(build(D, rows))
