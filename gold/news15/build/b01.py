from common import Doc
d = Doc("n15_01_myanmar_coup_wire")
A = ["military", "Min Aung Hlaing"]
P = "Myanmar"
E = "myanmar-coup-2021-02-01"
d.add("Myanmar army seizes power", "coup", "successful", "asserted", None, None, A, P, E,
      "headline without a time")
d.add("Myanmar's military seized power in the early hours of Monday", "coup", "successful", "asserted",
      "2021-02-01", None, ["military", "Aung San Suu Kyi", "Win Myint"], P, E,
      "Monday = publication day; 'early hours' is within the day, no qualifier")
d.add("The takeover came only hours before the newly elected parliament was due to hold its first session", "coup",
      "successful", "asserted", None, None, A, "Naypyitaw", E,
      "anaphora; 'hours before' a session that is not dated in the text")
d.add("Last Tuesday a military spokesman declined to rule out a coup", "coup", None, "hypothetical",
      "2021-01-26", None, ["military spokesman"], P, E,
      "possible future coup at the time; 'Last Tuesday' = 26 Jan 2021 dates the statement")
d.add("denied that any coup was being prepared", "coup", None, "negated", "2021-01-30", None,
      ["armed forces"], P, E, "denial on Saturday 30 Jan 2021 of the coup that then happened")
d.add("Monday's takeover was the third", "coup", "successful", "asserted", "2021-02-01", None, A, P, E,
      "'since independence ... in 1948' is not the time of this event")
d.add("General Ne Win overthrew the elected government of Prime Minister U Nu in March 1962", "coup", "successful",
      "asserted", "1962-03", None, ["Ne Win", "U Nu"], "Burma", "myanmar-coup-1962-03")
d.add("in September 1988 a new junta seized power", "coup", "successful", "asserted", "1988-09", None,
      ["junta"], "Burma", "myanmar-coup-1988-09")
N = "myanmar-nca-ceasefire-2015-10-15"
d.add("the Nationwide Ceasefire Agreement signed in October 2015 with eight ethnic armed groups", "ceasefire",
      "agreed", "asserted", "2015-10", None, ["government", "eight ethnic armed groups"], P, N)
d.add("the groups that had stayed outside the accord", "ceasefire", None, "negated", None, None,
      ["non-signatory armed groups"], P, N, "groups that did not sign the NCA")
d.add("that it would keep talking to the groups that had stayed outside the accord", "talks", None,
      "hypothetical", None, None, ["military", "non-signatory armed groups"], P,
      "myanmar-junta-talks-2021-promised", "promise of future talks")
d.add("The truce was made with a government", "ceasefire", None, "asserted", None, None,
      ["government", "signatory group"], P, N, "anaphora to the NCA in a quote; no time")
d.add("The coup drew swift condemnation abroad", "coup", "successful", "asserted", None, None, A, P, E)
d.sense("residents tried to withdraw cash", "withdrawal", ["residents"], "Yangon", "myanmar-cash-withdrawal",
        "withdrawing money from banks")
d.write()
