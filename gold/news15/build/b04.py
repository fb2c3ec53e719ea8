from common import Doc
d = Doc("n15_04_india_pakistan_liveblog")
C = "india_pak-ceasefire-2025-05-10"
IP = ["India", "Pakistan"]
P = "India–Pakistan"
LB = "live-blog entry on the publication day (10 May 2025); entry time dates the report"
d.add("India and Pakistan agree to stop firing", "ceasefire", "agreed", "asserted", None, None, IP, P, C,
      "headline without a time")
d.add("repeated violations of the understanding arrived at earlier this evening", "ceasefire", "agreed", "asserted",
      "2025-05-10", None, IP, P, C, "'earlier this evening' = 10 May 2025")
d.add("Omar Abdullah posts asking what has just happened to the ceasefire", "ceasefire", None, "asserted",
      "2025-05-10", None, IP, "Srinagar", C, LB)
d.sense("Flights withdrawn from the schedule this week", "withdrawal", ["airlines", "IndiGo"], "India",
        "india-flights-withdrawn", "airline flights taken off the schedule")
d.add("the decision to stop firing was \"worked out directly\" between the two countries", "ceasefire", "agreed",
      "asserted", "2025-05-10", None, IP, P, C, LB)
d.add("there was no decision to hold talks on any other issue at any other place", "talks", None, "negated", None,
      None, IP, None, "india_pak-neutral_site-talks-2025-05", "Indian denial of the talks announced by Rubio")
d.add("the Director General of Military Operations (DGMO) of Pakistan called his Indian counterpart at 15:35 hours this afternoon",
      "talks", "held", "asserted", "2025-05-10", None, ["DGMO of Pakistan", "DGMO of India"], P,
      "india_pak-dgmo-talks-2025-05-10", "DGMO phone call = talks between the two militaries")
d.add("It was agreed between them that both sides would stop all firing and military action on land, in the air and at sea with effect from 17:00 hours Indian Standard Time today",
      "ceasefire", "agreed", "asserted", "2025-05-10", None, ["DGMO of Pakistan", "DGMO of India"], P, C)
d.add("The two DGMOs will speak again on 12 May at 12:00 hours", "talks", None, "hypothetical", "2025-05-12", None,
      ["DGMO of Pakistan", "DGMO of India"], P, "india_pak-dgmo-talks-2025-05-12", "planned future talks")
d.add("India and Pakistan \"have today worked out an understanding on stoppage of firing and military action\"",
      "ceasefire", "agreed", "asserted", "2025-05-10", None, IP, P, C)
d.add("over the past 48 hours he and Vice President JD Vance engaged with senior officials on both sides", "talks",
      "held", "asserted", "2025-05-08/2025-05-10", None, ["Marco Rubio", "JD Vance", "India", "Pakistan"], P,
      "india_pak-us_mediation-talks-2025-05", "US account of mediation; 'past 48 hours' back from 10 May 2025")
d.add("the two governments \"have agreed to an immediate ceasefire", "ceasefire", "agreed", "asserted",
      "2025-05-10", None, IP, P, C, LB)
d.add("to start talks on a broad set of issues at a neutral site", "talks", None, "hypothetical", None, None, IP,
      None, "india_pak-neutral_site-talks-2025-05", "future talks announced by the US; denied by India")
d.add("Pakistan and India have agreed to a ceasefire with immediate effect", "ceasefire", "agreed", "asserted",
      "2025-05-10", None, ["Pakistan", "India", "Ishaq Dar"], P, C, LB)
d.add("\"after a long night of talks mediated by the United States\"", "talks", "held", "asserted",
      "2025-05-09/2025-05-10", None, ["United States", "India", "Pakistan"], P,
      "india_pak-us_mediation-talks-2025-05", "Trump's claim; the night before the 17:33 announcement on 10 May")
d.add("India and Pakistan have agreed to a \"full and immediate ceasefire\"", "ceasefire", "agreed", "asserted",
      "2025-05-10", None, IP + ["Donald Trump"], P, C, LB)
d.add("Guns along the Line of Control fall silent in several sectors, our correspondent in Uri reports, though it is too early to say whether this is a pause",
      "ceasefire", "in_effect", "asserted", "2025-05-10", None, IP, "Line of Control", C,
      "17:00 entry: the ceasefire taking effect")
d.add("the 1972 Simla Agreement", "peace_agreement", None,
      "asserted", "1972", None, ["India", "Pakistan"], "Simla", "simla-peace_agreement-1972-07",
      "mention of the accord with its year; 24 April 2025 dates Pakistan's threat, not the accord")
d.add("No ceasefire was agreed on Thursday or Friday", "ceasefire", None, "negated", "2025-05-08/2025-05-09", None,
      IP, P, "india_pak-ceasefire-2025-05-08_09-none")
d.add("despite calls from the G7 and the Gulf states for the two sides to stand down", "ceasefire", None,
      "demanded", None, None, ["G7", "Gulf states", "India", "Pakistan"], P, "india_pak-ceasefire-2025-05-calls")
d.add("The last formal understanding between the two armies dates from February 2021", "ceasefire", "agreed",
      "asserted", "2021-02", None, ["Indian Army", "Pakistan Army", "DGMOs"], "Line of Control",
      "india_pak-ceasefire-2021-02")
d.add("the 2003 ceasefire along the Line of Control", "ceasefire", None, "asserted", "2003", None, IP,
      "Line of Control", "india_pak-ceasefire-2003-11")
d.add("That arrangement largely held for four years", "ceasefire", "in_effect", "asserted", None, None, IP,
      "Line of Control", "india_pak-ceasefire-2021-02", "duration only: don't care")
d.sense("the bilateral trade talks with the United States", "talks", ["India", "United States"], None,
        "india_us-trade-talks", "trade negotiations, not between conflict parties")
d.write()
