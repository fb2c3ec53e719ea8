from common import Doc
d = Doc("n15_05_myanmar_truces_explainer")
P = "Myanmar"
NCA = "myanmar-nca-ceasefire-2015-10-15"
Q = "myanmar-quake-ceasefire-2025-04-02"
NUG = "myanmar-nug-ceasefire-2025-03-30"
BHA = "myanmar-3bha-ceasefire-2025-04-01"
D23 = "myanmar-north_shan-ceasefire-2023-12"
HG = "myanmar-haigeng-ceasefire-2024-01"
MN = "myanmar-mndaa-ceasefire-2025-01"
LW = "myanmar-lashio-withdrawal-2025-04"
ARMY = ["military", "Three Brotherhood Alliance"]
QN = "'the earthquake truce': the post-quake pauses, above all the army's of 2 April"
d.add("from the 2015 accord", "ceasefire", None, "asserted", "2015", None, ["government", "ethnic armed groups"],
      P, NCA, "headline; the NCA by its year")
d.add("to the earthquake truce", "ceasefire", None, "asserted", None, None, ["military"], P, Q,
      "headline; " + QN)
for actors, ev in ((["military government"], Q), (["National Unity Government"], NUG),
                   (["Three Brotherhood Alliance"], BHA)):
    d.add("the military government and the groups fighting it have all declared pauses in the fighting",
          "ceasefire", None, "asserted", None, None, actors, P, ev,
          "plural: one row per party; 'Since the earthquake of 28 March' only bounds the declarations: don't care")
d.add("on Tuesday the army extended its own truce by a week", "ceasefire", "extended", "asserted", "2025-04-22",
      None, ["military"], P, Q, "Tuesday before Friday 25 April 2025")
d.add("What was the Nationwide Ceasefire Agreement?", "ceasefire", None, "asserted", None, None,
      ["government", "ethnic armed groups"], P, NCA, "question heading")
d.add("Despite its name, the Nationwide Ceasefire Agreement (NCA) never covered the whole nation", "ceasefire",
      None, "asserted", None, None, ["government", "ethnic armed groups"], P, NCA)
d.add("When it was signed in Naypyitaw, only eight of the country's armed groups put their names to it",
      "ceasefire", "agreed", "asserted", None, None, ["government", "eight armed groups"], "Naypyitaw", NCA,
      "no time in the sentence; the date is only in the timeline below")
d.add("The largest, such as the Kachin Independence Army and the United Wa State Army, did not sign", "ceasefire",
      None, "negated", None, None, ["Kachin Independence Army", "United Wa State Army"], P, NCA)
d.add("Two smaller groups joined later, bringing the total to ten", "ceasefire", "agreed", "asserted", None, None,
      ["two smaller groups"], P, NCA, "accession (Feb 2018 per the timeline); 'later' gives no time")
d.add("The coup of 1 February 2021 removed the elected government", "coup", "successful", "asserted", "2021-02-01",
      None, ["military"], P, "myanmar-coup-2021-02-01")
d.add("that the accord was meant to serve", "ceasefire", None, "asserted", None, None,
      ["government", "ethnic armed groups"], P, NCA, "anaphora to the NCA; the coup's date is not its time")
d.add("though the junta still speaks of the NCA as the basis of a peace process", "ceasefire", None, "asserted",
      None, None, ["junta"], P, NCA)
d.add("brokered two truces between the army and the alliance", "ceasefire", "agreed", "asserted", None, None,
      ARMY + ["China"], "northern Shan State", D23, "plural: one row per truce (Dec 2023)")
d.add("brokered two truces between the army and the alliance", "ceasefire", "agreed", "asserted", None, None,
      ARMY + ["China"], "northern Shan State", HG, "plural: one row per truce (Jan 2024)")
d.add("and later a separate deal with one of its members", "ceasefire", "agreed", "asserted", None, None,
      ["military", "MNDAA", "China"], "northern Shan State", MN, "'later' gives no time")
d.add("15 October 2015: the government of President Thein Sein and eight armed groups sign the NCA", "ceasefire",
      "agreed", "asserted", "2015-10-15", None, ["government of Thein Sein", "eight armed groups"], "Naypyitaw", NCA)
d.add("13 February 2018: the New Mon State Party and the Lahu Democratic Union sign the accord", "ceasefire",
      "agreed", "asserted", "2018-02-13", None, ["New Mon State Party", "Lahu Democratic Union"], P, NCA,
      "accession to the NCA")
d.add("1 February 2021: the military seizes power and detains Aung San Suu Kyi", "coup", "successful", "asserted",
      "2021-02-01", None, ["military", "Aung San Suu Kyi"], P, "myanmar-coup-2021-02-01")
d.add("Mid-December 2023: China says the two sides have agreed a temporary ceasefire", "ceasefire", "agreed",
      "asserted", "2023-12", "mid", ARMY + ["China"], "northern Shan State", D23)
d.add("after talks it hosted", "talks", "held", "asserted", "2023-12", "before", ARMY + ["China"],
      "northern Shan State", "myanmar-north_shan-talks-2023-12", "talks preceded the mid-December announcement")
d.add("and will keep talking", "talks", None, "hypothetical", None, None, ARMY + ["China"], "northern Shan State",
      "myanmar-north_shan-talks-2023-12-future")
d.add("12 January 2024: after two days of talks in Kunming", "talks", "held", "asserted", "2024-01-12", "before",
      ARMY + ["China"], "Kunming", "myanmar-kunming-talks-2024-01", "two days of talks ending before the 12 January announcement")
d.add("Beijing announces that the army and the alliance have agreed an immediate ceasefire, often called the Haigeng truce",
      "ceasefire", "agreed", "asserted", "2024-01-12", None, ARMY + ["China"], "northern Shan State", HG)
d.add("Late June 2024: the truce collapses as the Ta'ang National Liberation Army resumes its offensive",
      "ceasefire", "collapsed", "asserted", "2024-06", "late", ["Ta'ang National Liberation Army", "military"],
      "northern Shan State", HG)
d.add("Mid-January 2025: the MNDAA and the army sign a ceasefire in Kunming", "ceasefire", "agreed", "asserted",
      "2025-01", "mid", ["MNDAA", "military"], "Kunming", MN)
d.add("Under Chinese pressure, the group agrees to pull out of Lashio", "withdrawal", "announced", "asserted",
      "2025-01", "mid", ["MNDAA"], "Lashio", LW, "time continued from the bullet's 'Mid-January 2025'")
d.add("30 March 2025: the opposition National Unity Government begins a two-week pause in offensive operations",
      "ceasefire", "in_effect", "asserted", "2025-03-30", None, ["National Unity Government"], P, NUG)
d.add("1 April 2025: the Three Brotherhood Alliance announces a one-month humanitarian truce", "ceasefire", None,
      "asserted", "2025-04-01", None, ["Three Brotherhood Alliance"], P, BHA)
d.add("2 April 2025: the military declares a ceasefire until 22 April", "ceasefire", None, "asserted",
      "2025-04-02", None, ["military"], P, Q, "time of the declaration; 'until 22 April' is its end")
d.add("22 April 2025: the army extends its ceasefire until 30 April", "ceasefire", "extended", "asserted",
      "2025-04-22", None, ["military"], P, Q)
d.add("The same day its troops re-enter Lashio after the MNDAA's withdrawal", "withdrawal", "completed",
      "asserted", "2025-04-22", "by", ["MNDAA", "military"], "Lashio", LW,
      "'The same day' = 22 April 2025; the withdrawal precedes the re-entry")
d.add("Is anyone actually observing the earthquake truce?", "ceasefire", None, "asserted", None, None,
      ["military"], P, Q, "question heading; " + QN)
d.add("The army denies breaking its ceasefire", "ceasefire", None, "asserted", None, None, ["military"], P, Q)
d.add("Has the army withdrawn from anywhere else?", "withdrawal", None, "negated", None, None, ["military"], P,
      "myanmar-army-withdrawal-2025-none", "question answered 'No.'")
d.add("Apart from the Lashio handover, where the MNDAA left and the army returned", "withdrawal", "completed",
      "asserted", None, None, ["MNDAA", "military"], "Lashio", LW)
d.add("no new withdrawal has been agreed", "withdrawal", None, "negated", None, None, ["military"], P,
      "myanmar-army-withdrawal-2025-none")
d.add("Resistance groups have demanded that the army pull out of towns in Sagaing Region", "withdrawal", None,
      "demanded", None, None, ["resistance groups", "military"], "Sagaing Region", "myanmar-sagaing-withdrawal-demand")
d.add("before any talks begin", "talks", None, "hypothetical", None, None, ["military", "resistance groups"], P,
      "myanmar-junta_resistance-talks-prospective")
d.add("has called on all parties to turn the earthquake truce into", "ceasefire", None, "asserted", None, None,
      ["military", "armed groups"], P, Q, QN)
d.add("into a lasting ceasefire", "ceasefire", None, "demanded", None, None, ["Deng Xijun", "all parties"], P,
      "myanmar-lasting-ceasefire-demand")
d.add("says it would hold peace talks with any group that lays down its arms", "talks", None, "hypothetical",
      None, None, ["junta", "armed groups"], P, "myanmar-junta_resistance-talks-prospective",
      "conditional offer")
d.write()
