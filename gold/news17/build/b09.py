from common import build, TRAP
D = "n17_09_angola_radio"
NY = "new_york_accords-peace_agreement-1988-12-22"
CW = "angola-cuban_withdrawal-1989_1991"
T = "angola_namibia-talks-1988"
P = "Angola"
A3 = ["Angola", "Cuba", "South Africa"]
rows = [
 ("peace_agreement", None, "asserted", None, None, "Angola, Cuba and South Africa have signed agreements at the United Nations in New York", A3, "New York", NY, "presenter's lead; no time expression"),
 ("withdrawal", None, "hypothetical", None, None, "which should end Cuba's military presence in Angola", ["Cuba"], P, CW, "expected outcome"),
 ("ceasefire", None, "negated", None, None, "the truce in the supermarket price war", ["supermarkets"], None, "trap-uk-supermarket-price-truce", TRAP + "price-war truce"),
 ("peace_agreement", None, "asserted", "1988-12-22", None, "the ceremony took place this morning in the Trusteeship Council chamber", A3, "New York", NY),
 ("peace_agreement", None, "asserted", "1988-12-22", None, "The foreign ministers of the three countries signed a tripartite accord", A3, "New York", NY, "time continues from the previous sentence"),
 ("peace_agreement", None, "asserted", "1988-12-22", None, "Then Angola and Cuba signed a separate bilateral agreement", ["Angola", "Cuba"], "New York", NY, "bilateral part of the New York Accords, same ceremony"),
 ("withdrawal", "announced", "asserted", "1988-12-22", None, "that sets the timetable for the Cubans to go home", ["Cuba", "Angola"], P, CW, "decision in the bilateral agreement signed today"),
 ("withdrawal", None, "hypothetical", None, None, "Some fifty thousand Cuban soldiers are to leave over twenty-seven months.", ["Cuba"], P, CW, "scheduled"),
 ("withdrawal", "partial", "hypothetical", "1989-04-01", "by", "Three thousand are to go by the first of April", ["Cuba"], P, CW, "scheduled"),
 ("withdrawal", "completed", "hypothetical", "1991-07-01", "by", "the last of them by the first of July 1991", ["Cuba"], P, CW, "scheduled"),
 ("talks", "start", "asserted", "1988-05", None, "The negotiations, mediated by the American assistant secretary of state Chester Crocker, began in London in May", ["Chester Crocker"] + A3, "London", T),
 ("ceasefire", "agreed", "asserted", "1988-08", None, "In August, at Geneva, the three sides agreed a ceasefire", A3, "Geneva", "angola_namibia-ceasefire-1988-08"),
 ("ceasefire", "in_effect", "asserted", "1988-08-08", None, "which took effect on the eighth of that month", A3, P, "angola_namibia-ceasefire-1988-08"),
 ("withdrawal", "completed", "asserted", "1988-08", "by", "the South Africans pulled the last of their troops out of southern Angola before the end of August", ["South Africa"], "southern Angola", "angola-sa_withdrawal-1988-08", "'before the end of August' = by end of August 1988"),
 ("talks", "held", "asserted", "1988-12-13", None, "The final round of talks was in Brazzaville on Tuesday of last week", A3, "Brazzaville", T, "broadcast Thursday 22 Dec; Tuesday of last week = 13 Dec"),
 ("ceasefire", None, "negated", None, None, "There is no ceasefire between UNITA and the government in Luanda", ["UNITA", "Angolan government"], P, "angola-unita-ceasefire-negated"),
 ("talks", None, "negated", None, None, "he would not negotiate with Savimbi", ["Angolan foreign minister", "Jonas Savimbi"], P, "angola-unita-talks-negated"),
 ("withdrawal", "partial", "hypothetical", "1989-04-01", "after", "their force there is to be cut to fifteen hundred men after the process starts on the first of April", ["South Africa"], "Namibia", "namibia-sa_drawdown-1989"),
 ("withdrawal", "announced", "asserted", None, None, "Pretoria has said it will keep to that.", ["South Africa"], "Namibia", "namibia-sa_drawdown-1989", "stated commitment; no time"),
 ("prisoner_swap", None, "asserted", "1987-09", None, "in September last year South Africa got back one of its officers, Captain Wynand du Toit, who had been captured in Cabinda, in a prisoner exchange in Maputo for more than a hundred Angolan soldiers", ["South Africa", "Angola", "Wynand du Toit"], "Maputo", "du_toit-prisoner_swap-1987-09"),
]
if __name__ == "__main__":
    print(build(D, rows))
