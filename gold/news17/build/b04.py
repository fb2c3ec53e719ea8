from common import build, TRAP
D = "n17_04_oslo_qa"
O = "oslo_i-peace_agreement-1993-09-13"
OT = "oslo-talks-1993"
G = "gaza-disengagement-2005"
rows = [
 ("talks", "held", "asserted", None, None, "The back channel worked because nobody believed in it", ["Israel", "PLO"], "Norway", OT, "headline"),
 ("peace_agreement", None, "asserted", "1993-09-13", None, "Twenty-five years ago today, Israel and the Palestine Liberation Organization signed the Declaration of Principles on the White House lawn", ["Israel", "Palestine Liberation Organization"], "Washington", O, "published 2018-09-13"),
 ("peace_agreement", None, "asserted", None, None, "The document itself was signed by Shimon Peres and Mahmoud Abbas", ["Shimon Peres", "Mahmoud Abbas"], "Washington", O, "no time in the sentence (the date is in the interviewer's question)"),
 ("talks", "held", "asserted", None, None, "But the real work had been done weeks earlier, in Norway.", ["Israel", "PLO"], "Norway", OT, "'weeks earlier' too vague"),
 ("talks", "start", "asserted", "1991-10", None, "The Madrid conference opened in October 1991", ["Israel", "Palestinian delegation"], "Madrid", "madrid-talks-1991-10"),
 ("talks", "held", "asserted", "1991-10", "after", "after it Israeli and Palestinian delegations held round after round of talks in Washington", ["Israeli delegation", "Palestinian delegation"], "Washington", "washington-talks-1991_1993"),
 ("talks", "held", "asserted", None, None, "Those talks went nowhere", ["Israeli delegation", "Palestinian delegation"], "Washington", "washington-talks-1991_1993"),
 ("talks", "start", "asserted", "1993-01", None, "So in January 1993 two Israeli academics, Yair Hirschfeld and Ron Pundak, sat down with Ahmed Qurei", ["Yair Hirschfeld", "Ron Pundak", "Ahmed Qurei", "Terje Rød-Larsen", "Mona Juul"], "Sarpsborg", OT),
 ("talks", "mandate", "negated", None, None, "Nobody in Jerusalem had authorised it.", ["Israeli government"], "Norway", OT, "no mandate at the start"),
 ("talks", "mandate", "asserted", "1993-05", None, "In May, when Uri Savir, the director-general of the foreign ministry, joined the Israeli side.", ["Uri Savir", "Israeli foreign ministry"], "Norway", OT, "May resolved to 1993 from the previous answer"),
 ("talks", "held", "asserted", "1993-05", "since", "From then on the back channel was a negotiation between governments", ["Israel", "PLO"], "Norway", OT),
 ("peace_agreement", None, "asserted", "1993-08-20", "early", "It was initialled in Oslo in the early hours of 20 August", ["Shimon Peres", "Israel", "PLO"], "Oslo", O, "initialling shares the accord's slug"),
 ("peace_agreement", None, "asserted", "1993-09-13", None, "three days after that the accord was signed in Washington", ["Israel", "PLO"], "Washington", O, "chain: 9 September, the next day (10), three days after that (13)"),
 ("peace_agreement", None, "negated", None, None, "No final-status agreement was ever signed.", ["Israel", "PLO"], None, "israel_plo-final_status-peace_agreement-negated"),
 ("withdrawal", "partial", "asserted", "1994-05", None, "Israeli troops withdrew from most of Gaza and from Jericho in May 1994", ["Israeli troops"], "Gaza and Jericho", "gaza_jericho-withdrawal-1994-05"),
 ("talks", "held", "asserted", "2000-07", None, "The Camp David summit in July 2000 was the moment to settle them", ["Israel", "PLO", "United States"], "Camp David", "camp_david-talks-2000-07"),
 ("withdrawal", "completed", "asserted", "2005", None, "Some point to Gaza in 2005 as proof that Israel can leave territory", ["Israel"], "Gaza", G),
 ("withdrawal", "completed", "asserted", None, None, "Sharon’s disengagement was the opposite of Oslo.", ["Ariel Sharon", "Israel"], "Gaza", G),
 ("withdrawal", "completed", "asserted", "2005-08/2005-09", None, "Israel pulled its soldiers and settlers out of Gaza in August and September 2005", ["Israel"], "Gaza", G),
 ("talks", None, "negated", None, None, "without negotiating anything with the Palestinians", ["Israel", "Palestinians"], "Gaza", "gaza-disengagement-talks-negated"),
 ("talks", None, "negated", None, None, "Sharon refused to hold talks on it.", ["Ariel Sharon", "Palestinians"], "Gaza", "gaza-disengagement-talks-negated"),
 ("talks", None, "demanded", "2018", None, "This year Abbas has again called for an international conference to restart negotiations", ["Mahmoud Abbas"], None, "mideast-international_conference-talks-2018"),
 ("talks", None, "hypothetical", None, None, "If the two sides went back to a quiet room tomorrow", ["Israel", "Palestinians"], None, "israel_palestine-talks-hypothetical"),
 ("talks", None, "negated", None, None, "You still give talks on Oslo to students.", ["Ingrid Solheim"], None, "trap-oslo-lecture-talks", TRAP + "talks as lectures"),
 ("talks", "held", "asserted", "1993", None, "for a few months in 1993, people who had been killing each other decided to talk", ["Israel", "PLO"], "Norway", OT),
]
if __name__ == "__main__":
    print(build(D, rows))
