from common import Doc
d = Doc("n18_05_fujimori_obituary")  # published 2024-09-12
S = "peru-self_coup-1992-04-05"
F = ["Alberto Fujimori", "Congress"]
d.add("coup", "successful", "asserted", None, None, "shut down Congress with tanks", F, "Peru", S, "standfirst, no time")
d.add("coup", "successful", "asserted", "1968-10", None,
      "twelve years of military government that began when General Juan Velasco Alvarado ousted President Fernando Belaúnde in October 1968",
      ["Juan Velasco Alvarado", "Fernando Belaúnde"], "Peru", "peru-coup-1968-10")
d.add("coup", "successful", "asserted", "1992-04-05", None,
      "Fujimori announced that he was dissolving Congress and \"reorganising\" the judiciary", F, "Peru", S,
      "chained from 'on the night of 5 April 1992' in the previous sentence")
d.add("coup", "successful", "asserted", None, None, "The self-coup, or autogolpe, was popular at home.", F, "Peru", S,
      "anaphoric, evaluative; no time in sentence")
d.add("coup", None, "negated", None, None, "Fujimori insisted that he had not staged a coup", F, "Peru", S, "perpetrator's denial")
d.add("coup", "successful", "asserted", None, None, "Seven months after the autogolpe", F, "Peru", S,
      "the self-coup as the anchor of the chain; no own time here")
A = "peru-coup-1992-11"
d.add("coup", "attempt", "asserted", "1992-11", None,
      "a group of army officers led by General Jaime Salinas Sedó tried to overthrow him",
      ["Jaime Salinas Sedó", "army officers", "Alberto Fujimori"], "Peru", A, "seven months after April 1992")
d.add("coup", "attempt", "asserted", None, None, "Two months before that attempt", ["army officers"], "Peru", A,
      "anaphora; the time belongs to Guzmán's capture")
C = "cenepa-ceasefire-1995-02"
d.add("ceasefire", "agreed", "asserted", "1995-02", "mid", "A ceasefire, the Itamaraty declaration, was signed in Brasília in mid-February",
      ["Peru", "Ecuador"], "Brasília", C, "year from previous sentence (early 1995)")
d.add("ceasefire", "collapsed", "asserted", None, None, "it did not hold at first", ["Peru", "Ecuador"], "Cordillera del Cóndor", C,
      "violations rather than a dated collapse; 'into March' dates the skirmishes")
d.add("peace_agreement", None, "asserted", "1998-10", None,
      "In October 1998 Fujimori and Ecuador's Jamil Mahuad signed a peace treaty in Brasília",
      ["Alberto Fujimori", "Jamil Mahuad", "Peru", "Ecuador"], "Brasília", "peru_ecuador-peace_agreement-1998-10")
H = "peru-mrta-prisoner_swap-1996"
d.add("prisoner_swap", None, "demanded", None, None,
      "They demanded the release of some 400 jailed comrades in exchange for their captives.",
      ["Túpac Amaru Revolutionary Movement", "Peruvian government"], "Lima", H)
d.add("prisoner_swap", None, "negated", None, None, "Fujimori refused any prisoner exchange.", ["Alberto Fujimori"], "Lima", H)
d.add("talks", "start", "asserted", "1997-02", None,
      "Talks with the rebels, through a guarantor commission that included the Archbishop of Ayacucho, began in February 1997",
      ["Peruvian government", "Túpac Amaru Revolutionary Movement", "guarantor commission"], "Lima", "peru-mrta-talks-1997-02")
d.trap("prisoner_swap", "Many Peruvians saw the pardon as a swap.", ["Pedro Pablo Kuczynski", "Kenji Fujimori"], "Peru",
       "peru-pardon_swap-2017", "a political trade, not an exchange of captives")
d.write()
