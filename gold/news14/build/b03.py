from common import R, write, TRAP
D = "n14_03_bosnia_longread"
SW = "bosnia-swap-1996-01"
DP = "dayton-peace_agreement-1995"
CT = "bosnia-carter-ceasefire-1995-01"
write(D, [
 R("prisoner_swap", None, "asserted", None, None, "the last exchange", ["Senad Halilović"], "Sarajevo", SW, "headline"),
 R("prisoner_swap", None, "asserted", "1996-01", "late", "On a grey morning at the end of January 1996, he was exchanged", ["Senad Halilović", "Bosnian Serbs"], "Lukavica", SW),
 R("prisoner_swap", None, "asserted", None, None, "the general release of prisoners that the Dayton peace agreement had ordered", ["the three sides"], "Bosnia", SW, "all-for-all release under Dayton = exchange; no time in sentence"),
 R("peace_agreement", None, "asserted", None, None, "the Dayton peace agreement had ordered", [], "Bosnia", DP),
 R("peace_agreement", None, "asserted", "1995-12-14", None, "The accord, signed twenty years ago today in the Élysée Palace in Paris", [], "Paris", DP, "twenty years before 14 Dec 2015"),
 R("withdrawal", None, "asserted", None, None, "NATO taking over from the United Nations", ["United Nations", "NATO"], "Bosnia", "unprofor-withdrawal-1995-12", "handover as the reference point of a deadline; no date"),
 R("prisoner_swap", None, "negated", "1996-01-19", "by", "the deadline of 19 January passed with hundreds still held", ["the three sides"], "Bosnia", SW, "full release not completed by the deadline"),
 R("prisoner_swap", None, "negated", "1995-SP", None, "the exchange never happened", ["Senad Halilović"], "Bosnia", "bosnia-swap-1995-spring-planned", "planned exchange that did not take place; season from the previous clause"),
 R("ceasefire", "agreed", "asserted", "1994-02", "late", "agreed a ceasefire in Zagreb in late February 1994", ["Bosnian army", "HVO"], "Zagreb", "bosnia-croat-ceasefire-1994-02"),
 R("peace_agreement", None, "asserted", "1994-03-18", None, "on 18 March, their leaders signed the Washington Agreement", ["Bosnian government", "Bosnian Croats"], "Washington", "washington-peace_agreement-1994-03", "year from the same sentence"),
 R("peace_agreement", None, "negated", "1993-05", None, "The Vance-Owen plan, which would have split the country into ten provinces, was voted down by the Bosnian Serb assembly in Pale in May 1993", ["Bosnian Serb assembly"], "Pale", "vance_owen-plan-1993-05", "rejected peace plan"),
 R("talks", "held", "asserted", "1994-12", None, "In December 1994 Jimmy Carter flew to Pale", ["Jimmy Carter", "Radovan Karadžić"], "Pale", "bosnia-carter-talks-1994-12", "mediator's mission to a conflict party"),
 R("ceasefire", "agreed", "asserted", "1994-12", None, "In December 1994 Jimmy Carter flew to Pale and persuaded Radovan Karadžić to accept a four-month cessation of hostilities", ["Radovan Karadžić", "Jimmy Carter"], "Bosnia", CT),
 R("ceasefire", "in_effect", "asserted", "1995-01-01", None, "which took effect on New Year’s Day 1995", [], "Bosnia", CT),
 R("ceasefire", "in_effect", "asserted", "1995-01/1995-03", None, "It held, more or less, from January to March", [], "Bosnia", CT, "year continues from the previous sentence"),
 R("ceasefire", "collapsed", "asserted", "1995-04", "late", "When it expired at the end of April", [], "Bosnia", CT, "expiry without renewal"),
 R("ceasefire", "extended", "negated", "1995-04", "late", "nobody renewed it", [], "Bosnia", CT),
 R("ceasefire", "agreed", "asserted", "1995-10-05", None, "On 5 October, Bill Clinton announced in Washington that the warring parties had agreed to a countrywide ceasefire", ["Bill Clinton", "warring parties"], "Bosnia", "bosnia-ceasefire-1995-10", "year from the preceding paragraph (autumn 1995)"),
 R("ceasefire", "in_effect", "asserted", "1995-10-12", None, "it came into force a week later, on 12 October", [], "Bosnia", "bosnia-ceasefire-1995-10"),
 R("talks", "start", "asserted", "1995-11-01", None, "Proximity talks opened at Wright-Patterson Air Force Base near Dayton on 1 November", ["Slobodan Milošević", "Franjo Tuđman", "Alija Izetbegović", "Richard Holbrooke"], "Dayton", "dayton-talks-1995-11"),
 R("peace_agreement", None, "asserted", "1995-11-21", None, "On 21 November the three presidents initialled the General Framework Agreement for Peace", ["Slobodan Milošević", "Franjo Tuđman", "Alija Izetbegović"], "Dayton", DP, "initialling = conclusion of the accord; same accord as the Paris signature"),
 R("peace_agreement", None, "asserted", "1995-12-14", None, "on 14 December, in Paris, they put their signatures to it", ["Slobodan Milošević", "Franjo Tuđman", "Alija Izetbegović"], "Paris", DP),
 R("withdrawal", "completed", "asserted", "1995-12-20", None, "Six days after the Paris ceremony, the United Nations Protection Force, whose blue helmets had been unable to protect Srebrenica, handed over its responsibilities to the 60,000-strong, NATO-led Implementation Force, and most of its soldiers went home", ["United Nations Protection Force", "Implementation Force"], "Bosnia", "unprofor-withdrawal-1995-12", "end of mission; chain 14 Dec + 6"),
 R("peace_agreement", None, "demanded", None, None, "Some Bosnian politicians now call for a new settlement — a “Dayton Two” — negotiated by Bosnians themselves", ["Bosnian politicians"], "Bosnia", "bosnia-dayton_ii-proposal"),
 R("peace_agreement", None, "asserted", None, None, "The agreement stopped the killing", [], "Bosnia", DP, "anaphoric reference to Dayton"),
 R("talks", None, "negated", None, None, "These days Halilović gives talks to secondary-school pupils about the camps", ["Senad Halilović"], "Sarajevo", "trap-bosnia-school_talks", TRAP + "'talks' = lectures"),
])
