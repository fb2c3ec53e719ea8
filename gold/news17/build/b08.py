from common import build, TRAP
D = "n17_08_eta_statement"
E = "eta-ceasefire-2011-10-20"
P = "Basque Country"
rows = [
 ("ceasefire", "agreed", "asserted", "2011-10-20", None, "Yesterday, Thursday 20 October 2011, the organisation ETA announced in a video statement the \"definitive cessation of its armed activity\"", ["ETA"], P, E, "unilateral declaration to stop armed activity"),
 ("ceasefire", "agreed", "asserted", "2011-10-20", None, "The announcement came three days after the International Conference held at the Aiete Palace in this city.", ["ETA"], "Donostia-San Sebastian", E, "anaphora to yesterday's announcement"),
 ("ceasefire", None, "demanded", "2011-10-17", None, "asked ETA to make a public declaration of the definitive cessation of all armed activity", ["Aiete conference", "Kofi Annan", "ETA"], "Donostia-San Sebastian", E, "conference = three days before 20 Oct"),
 ("talks", None, "demanded", "2011-10-17", None, "to agree to talks exclusively on the consequences of the conflict", ["Aiete conference", "Spain", "France", "ETA"], P, "eta-talks-prospective"),
 ("ceasefire", "agreed", "asserted", "2010-09", None, "In September 2010 it said it would no longer carry out \"offensive armed actions\"", ["ETA"], P, "eta-ceasefire-2010-09"),
 ("ceasefire", "agreed", "asserted", "2011-01-10", None, "on 10 January this year it declared a \"permanent, general and verifiable\" ceasefire", ["ETA"], P, "eta-ceasefire-2011-01-10"),
 ("ceasefire", "agreed", "asserted", "2006-03", None, "The permanent ceasefire declared in March of that year", ["ETA"], P, "eta-ceasefire-2006-03", "'that year' = 2006 from the previous sentence"),
 ("ceasefire", "collapsed", "asserted", "2006-12-30", None, "was broken on 30 December by the bomb at the car park of Barajas airport in Madrid", ["ETA"], "Madrid", "eta-ceasefire-2006-03"),
 ("talks", "held", "asserted", "2006-H2", None, "The contacts between the Spanish government and ETA, held in the second half of that year, ended with it.", ["Spanish government", "ETA"], None, "eta-talks-2006", "second half of 2006"),
 ("talks", None, "demanded", None, None, "We therefore call on the governments of Spain and France to open a dialogue with ETA", ["Bakebidean Citizens' Forum", "Spain", "France", "ETA"], P, "eta-talks-prospective"),
 ("ceasefire", "agreed", "asserted", None, None, "yesterday called the announcement a victory for democracy", ["Jose Luis Rodriguez Zapatero", "ETA"], "Spain", E, "'yesterday' dates Zapatero's remark, not the announcement"),
 ("talks", None, "negated", None, None, "there will be no political negotiation with ETA", ["Spanish government", "ETA"], "Spain", "eta-talks-prospective"),
 ("prisoner_swap", None, "negated", None, None, "There is no question of any exchange of prisoners", ["ETA", "Spanish government"], P, "eta-prisoner_swap-negated"),
 ("withdrawal", None, "negated", None, None, "to withdraw the motions on the peace process", ["Basque Parliament parties"], P, "trap-basque-parliament-motions", TRAP + "withdrawing parliamentary motions"),
]
if __name__ == "__main__":
    print(build(D, rows))
