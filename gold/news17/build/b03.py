from common import build, TRAP
D = "n17_03_chile_longread"
C = "chile-coup-1973-09-11"
T = "chile-coup_attempt-1973-06-29"
K = "chile-allende_aylwin-talks-1973-07"
P = "Chile"
rows = [
 ("coup", "successful", "asserted", "1973-09-11", None, "Fifty years ago tomorrow, the armed forces of Chile overthrew the elected government of Salvador Allende", ["armed forces of Chile", "Salvador Allende"], P, C, "published 2023-09-10; 'fifty years ago tomorrow'"),
 ("coup", "successful", "asserted", "1973-09-11", None, "a four-man junta headed by General Augusto Pinochet had declared itself in charge", ["junta", "Augusto Pinochet"], "Santiago", C, "'By the end of that day' = the day of the coup"),
 ("coup", "successful", "asserted", None, None, "The coup did not begin in Santiago.", ["armed forces"], P, C, "asserted despite 'did not': negation is about the place; no time"),
 ("coup", "successful", "asserted", "1973-09-11", "early", "In the early hours of 11 September the navy seized the port of Valparaiso", ["navy"], "Valparaiso", C),
 ("coup", "attempt", "asserted", None, None, "A first attempt had failed.", ["army"], P, T, "time only in the next sentence"),
 ("coup", "attempt", "asserted", "1973-06-29", None, "On 29 June 1973 a tank regiment under Lieutenant Colonel Roberto Souper rolled into the centre of the capital and opened fire on the palace", ["tank regiment", "Roberto Souper"], "Santiago", T),
 ("coup", "attempt", "asserted", "1973-06-29", None, "The uprising, remembered as the Tanquetazo, was put down within hours", ["tank regiment", "Carlos Prats"], "Santiago", T, "time continues from the previous sentence"),
 ("coup", None, "negated", None, None, "There will be no coup here.", ["army"], P, "chile-coup-prediction-negated", "neighbour's prediction"),
 ("talks", None, "asserted", None, None, "There was one last effort to talk.", ["Salvador Allende", "Christian Democrats"], P, K, "time in the next sentence"),
 ("talks", "offer", "asserted", "1973-07", "late", "At the end of July, as lorry owners began a strike that would paralyse the country, Cardinal Raul Silva Henriquez invited Allende and the Christian Democrat leader Patricio Aylwin to his residence", ["Raul Silva Henriquez", "Salvador Allende", "Patricio Aylwin"], "Santiago", K, "mediator's invitation"),
 ("talks", "held", "asserted", "1973-07", "late", "The two men met and talked for hours", ["Salvador Allende", "Patricio Aylwin"], "Santiago", K, "time continues from the previous sentence"),
 ("talks", None, "negated", None, None, "the dialogue was not resumed in any meaningful way", ["Salvador Allende", "Patricio Aylwin"], P, K),
 ("talks", "held", "asserted", None, None, "Had the talks produced a deal", ["Salvador Allende", "Patricio Aylwin"], P, K, "the talks are asserted; only their outcome is counterfactual"),
 ("coup", None, "hypothetical", None, None, "Others think the plotters would have moved anyway.", ["plotters"], P, C, "counterfactual"),
 ("coup", "successful", "asserted", "1973-09-13", "before", "Less than three weeks later, the new commander joined the conspiracy and the government fell", ["Augusto Pinochet", "Salvador Allende"], P, C, "chain: less than three weeks after 23 August 1973"),
 ("coup", "successful", "asserted", None, None, "In the week after the coup", ["armed forces"], P, C, "anaphora"),
 ("withdrawal", None, "negated", None, None, "he withdrew the family's savings from the bank", ["Rojas's father"], "Santiago", "trap-chile-savings-withdrawal", TRAP + "cash withdrawal"),
 ("talks", None, "negated", None, None, "She gives talks about that day in secondary schools", ["Elena Rojas"], "Santiago", "trap-chile-school-talks", TRAP + "talks as lectures"),
 ("coup", "successful", "asserted", "1973-09-11", None, "On the Tuesday we had a junta that had seized power with aircraft and tanks.", ["junta"], P, C, "'the Tuesday' of the coup week (11 Sept 1973), not resolved against publication"),
 ("peace_agreement", None, "negated", "2023", None, "no joint declaration has been signed", ["Gabriel Boric", "right-wing opposition"], P, "trap-chile-democracy-declaration", TRAP + "political declaration between parties, not a peace accord"),
 ("coup", None, "hypothetical", None, None, "whether a military takeover could ever happen again in Chile", ["military"], P, "chile-coup-future-hypothetical"),
]
if __name__ == "__main__":
    print(build(D, rows))
