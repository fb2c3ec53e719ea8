from common import build, TRAP
D = "n17_06_horn_newsletter"
PC = "pretoria-ceasefire-2022-11-02"
PT = "pretoria-talks-2022-10"
ER = "tigray-eritrean_forces-withdrawal"
A = ["Ethiopian government", "TPLF"]
rows = [
 ("ceasefire", "agreed", "asserted", None, None, "ETHIOPIA: A TRUCE, SIGNED IN PRETORIA", A, "Pretoria", PC, "headline"),
 ("ceasefire", "agreed", "asserted", "2022-11-02", None, "On Wednesday evening in Pretoria, negotiators for the federal government and the Tigray People's Liberation Front signed an agreement to permanently silence the guns", A, "Pretoria", PC, "published Friday 2022-11-04; Wednesday = 2 Nov"),
 ("ceasefire", "agreed", "asserted", None, None, "The deal, announced at a press conference by the AU's envoy Olusegun Obasanjo", A + ["Olusegun Obasanjo"], "Pretoria", PC, "anaphora"),
 ("ceasefire", "agreed", "asserted", None, None, "It was reached after talks", A, "Pretoria", PC, "anaphora; the date in the sentence belongs to the talks"),
 ("talks", "start", "asserted", "2022-10-25", None, "talks that opened on 25 October at a government guest house in the South African capital", A + ["AU"], "Pretoria", PT),
 ("talks", "held", "asserted", None, None, "Those talks were late.", A, "Pretoria", PT),
 ("talks", "offer", "asserted", None, None, "The AU had invited both sides to South Africa for early October", ["AU", "Ethiopian government", "TPLF"], "South Africa", "ethiopia-au_talks-2022-10-postponed", "invitation; the date is that of the planned round, not of the invitation"),
 ("talks", None, "negated", "2022-10", "early", "but that round never took place", A, "South Africa", "ethiopia-au_talks-2022-10-postponed"),
 ("talks", None, "negated", None, None, "no negotiations were held", A, "South Africa", "ethiopia-au_talks-2022-10-postponed"),
 ("ceasefire", "agreed", "asserted", "2021-06", None, "In June 2021 the government declared a unilateral ceasefire", ["Ethiopian government"], "Tigray", "ethiopia-unilateral_ceasefire-2021-06-28"),
 ("withdrawal", "completed", "asserted", "2021-06", None, "as its troops withdrew from Mekelle", ["Ethiopian federal troops"], "Mekelle", "mekelle-withdrawal-2021-06-28"),
 ("ceasefire", "agreed", "asserted", "2022-03", None, "in March this year it announced a humanitarian truce", ["Ethiopian government"], "Tigray", "ethiopia-humanitarian_truce-2022-03"),
 ("ceasefire", "collapsed", "asserted", "2022-08-24", None, "that collapsed when fighting resumed on 24 August", ["Ethiopian government", "TPLF"], "Tigray", "ethiopia-humanitarian_truce-2022-03"),
 ("withdrawal", None, "demanded", None, None, "Tigrayan leaders have demanded for two years that they leave", ["Tigrayan leaders", "Eritrean troops"], "Tigray", ER),
 ("ceasefire", "agreed", "asserted", None, None, "Readers asked us whether the agreement", A, "Pretoria", PC, "anaphora"),
 ("withdrawal", None, "hypothetical", None, None, "obliges Asmara to withdraw", ["Eritrea"], "Tigray", ER, "question whether the deal requires it"),
 ("talks", None, "hypothetical", "2022-W45", None, "the army chiefs of both sides plan to hold talks in Nairobi next week", ["army chiefs", "ENDF", "TPLF"], "Nairobi", "nairobi-talks-2022-11", "planned; 'next week' = ISO week 45 of 2022"),
 ("withdrawal", None, "negated", "2022-04", None, "who had withdrawn his candidacy in the speaker's race in April", ["Minister of Commerce"], "Somalia", "trap-somalia-candidacy-withdrawal", TRAP + "withdrawn candidacy"),
 ("talks", None, "negated", "2022-11", None, "Trade talks between Ethiopia and Somaliland on fees along the Berbera corridor", ["Ethiopia", "Somaliland"], "Berbera corridor", "trap-berbera-trade-talks", TRAP + "trade talks"),
 ("ceasefire", None, "negated", "2022-10-31", None, "Ethiopia's two largest cement makers have agreed a three-month price truce", ["cement makers"], "Ethiopia", "trap-ethiopia-cement-price-truce", TRAP + "price truce"),
 ("prisoner_swap", None, "negated", "2022-10-29", None, "Ethiopia's and Sudan's under-20 footballers swapped shirts", ["Ethiopia under-20 team", "Sudan under-20 team"], "Bahir Dar", "trap-football-shirt-swap", TRAP + "swapping shirts"),
]
if __name__ == "__main__":
    print(build(D, rows))
