from common import Doc
d = Doc("n15_02_bolivia_brief")
E = "bolivia-coup-2024-06-26"
A = ["Juan José Zúñiga", "soldiers"]
P = "La Paz"
d.add("Arce denounces coup attempt", "coup", "attempt", "asserted", None, None, A + ["Luis Arce"], "Bolivia", E,
      "headline without a time")
d.add("forced their way into Plaza Murillo, the square at the heart of La Paz, on Wednesday afternoon, and an armoured car rammed the door of the old presidential palace in what President Luis Arce called an attempted coup",
      "coup", "attempt", "asserted", "2024-06-26", None, A + ["Luis Arce"], "Plaza Murillo, La Paz", E,
      "Wednesday = publication day 26 June 2024")
d.add("The government denied staging a self-coup", "coup", None, "negated", None, None,
      ["government", "Luis Arce"], "Bolivia", "bolivia-self_coup-claim-2024-06",
      "denial of Zúñiga's claim that Arce staged it; distinct slug so the attempt itself is not denied")
d.add("urged his supporters to take to the streets against the coup", "coup", "attempt", "asserted", None, None,
      A, "Bolivia", E, "anaphora; no time in the sentence")
d.sense("Morales has refused to withdraw his candidacy", "withdrawal", ["Evo Morales"], "Bolivia",
        "bolivia-morales-candidacy", "withdrawing a candidacy")
d.add("condemned the attempted takeover", "coup", "attempt", "asserted", None, None, A, "Bolivia", E)
d.write()
