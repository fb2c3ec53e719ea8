from common import Doc
d = Doc("n15_06_honduras_qa")
C = "honduras-coup-2009-06-28"
T = "honduras-san_jose-talks-2009-07"
TA = ["Manuel Zelaya", "Roberto Micheletti", "Óscar Arias"]
d.add("the first round of talks mediated by Costa Rica's president, Óscar Arias, ended on Friday without an agreement",
      "talks", "held", "asserted", "2009-07-10", None, TA, "San José", T,
      "Friday before Saturday 11 July 2009")
d.add("Mr Micheletti insists that there was no coup, only a constitutional succession", "coup", None, "negated",
      None, None, ["Roberto Micheletti"], "Honduras", C, "the perpetrators' own denial")
d.add("the ouster of 28 June was a coup", "coup", "successful", "asserted", "2009-06-28", None,
      ["army", "Manuel Zelaya"], "Honduras", C)
d.add("The last time soldiers removed an elected president was in October 1963, when Colonel Oswaldo López Arellano overthrew Ramón Villeda Morales",
      "coup", "successful", "asserted", "1963-10", None, ["Oswaldo López Arellano", "Ramón Villeda Morales"],
      "Honduras", "honduras-coup-1963-10")
d.add("What came out of the talks in San José this week?", "talks", "held", "asserted", "2009-W28", None, TA,
      "San José", T, "'this week' = ISO week 28 of 2009 (6-12 July)")
d.add("On Thursday Zelaya and Micheletti each met Arias at his home, separately", "talks", "held", "asserted",
      "2009-07-09", None, TA, "San José", T, "separate meetings with the mediator")
d.add("The delegations talked on Friday and parted without a deal", "talks", "held", "asserted", "2009-07-10", None,
      ["Zelaya's delegation", "Micheletti's delegation"], "San José", T)
d.add("Arias says they have agreed to come back, but no date has been set", "talks", "offer", "asserted", None,
      None, TA, "San José", "honduras-san_jose-talks-2009-07-18",
      "acceptance of a further round; no time given")
d.add("I don't see another coup coming", "coup", None, "hypothetical", None, None, ["army"], "Honduras",
      "honduras-coup-2009-future")
d.sense("The European Union countries have withdrawn their ambassadors", "withdrawal",
        ["European Union countries"], "Honduras", "honduras-eu-ambassadors", "recall of diplomats")
d.sense("the EU has put its trade talks with Central America on hold", "talks", ["EU", "Central America"],
        None, "eu_central_america-trade-talks", "trade negotiations")
d.sense("but it has not withdrawn its ambassador", "withdrawal", ["Washington"], "Honduras",
        "honduras-us-ambassador", "recall of a diplomat")
d.add("If the talks fail", "talks", "held", "asserted", None, None, TA, "San José", T,
      "the condition is on the outcome of talks that are real; no time: don't care")
d.write()
