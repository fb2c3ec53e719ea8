from common import Doc
d = Doc("n18_04_venezuela_liveblog")  # published 2002-04-14 (Sunday); entries under SATURDAY 13 APRIL are anchored to that day
E = "venezuela-coup-2002-04"
A = ["army high command", "Hugo Chávez", "Pedro Carmona"]
d.add("coup", "successful", "asserted", "2002-04-12", None,
      "Hugo Chávez is back in the presidential palace, 48 hours after he was forced out", A, "Caracas", E,
      "48 hours before Sunday morning = early Friday 12 April")
d.add("coup", "successful", "asserted", "2002-04-12", None,
      "In the early hours of Friday, the army high command announced that he had resigned", A, "Caracas", E)
d.add("talks", "held", "asserted", "2002-04-13", None,
      "Cardinal Ignacio Velasco flew to La Orchila late on Saturday and talked with Chávez for several hours",
      ["Ignacio Velasco", "Hugo Chávez", "coup leaders"], "La Orchila", "venezuela-orchila-talks-2002-04-13",
      "mediated talks on the terms of his departure; 'late on Saturday' = 13 April")
d.trap("withdrawal", "have withdrawn their signatures", ["businessmen", "union officials"], "Caracas",
       "venezuela-decree_signatures-2002", "withdrawing signatures from a decree")
d.add("coup", "attempt", "asserted", "1992", None, "though he did not take part in the 1992 uprising",
      ["Hugo Chávez", "officers"], "Venezuela", "venezuela-coup-1992-02-04",
      "the uprising itself is presupposed; only Baduel's part is denied; which 1992 uprising is implicit (February)")
d.add("coup", "successful", "asserted", "2002-04-11", None, "The generals who moved on Thursday night are giving interviews.",
      ["generals"], "Caracas", E, "entry of Saturday 13 April: Thursday = 11 April")
d.add("coup", None, "negated", None, None, "insists that \"this was not a coup\"", ["Héctor Ramírez Pérez"], "Venezuela", E,
      "perpetrator's denial")
d.add("coup", "successful", "asserted", None, None, "The president's supporters say that is exactly what a coup looks like.",
      ["Chávez supporters"], "Venezuela", E)
d.add("coup", "successful", "asserted", None, None, "have condemned the \"interruption of the constitutional order\"",
      ["Rio Group"], "Venezuela", E, "euphemism for the coup; the time is that of the condemnation")
d.add("coup", "successful", "asserted", None, None, "which on Friday blamed Chávez for his own downfall",
      ["Washington", "Hugo Chávez"], "Venezuela", E, "'on Friday' dates the blaming, not the downfall")
d.add("talks", None, "demanded", None, None, "Church leaders have called on both camps to start a dialogue to avoid bloodshed.",
      ["Church leaders", "Chavistas", "Carmona government"], "Venezuela", "venezuela-dialogue-call-2002-04")
d.add("coup", "attempt", "asserted", "1992-02-04", None,
      "he led a failed coup against President Carlos Andrés Pérez on 4 February 1992",
      ["Hugo Chávez", "Carlos Andrés Pérez"], "Venezuela", "venezuela-coup-1992-02-04")
d.add("coup", "attempt", "asserted", "1992-11", None, "A second uprising by officers loyal to him, in November 1992, also failed.",
      ["officers loyal to Chávez"], "Venezuela", "venezuela-coup-1992-11")
d.add("coup", "successful", "asserted", "2002-04-12", None,
      "the high command had read out the news of Chávez's \"resignation\" in the small hours of Friday",
      ["high command", "Hugo Chávez"], "Caracas", E, "Saturday entry: Friday = 12 April")
d.write()
