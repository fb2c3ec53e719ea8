from common import Doc
d = Doc("n18_06_sapoa_qa")  # published 2018-03-23 (30th anniversary)
S = "sapoa-ceasefire-1988-03"
P = ["Sandinista government", "Contra rebels"]
T = "sapoa-talks-1988-03"
d.add("ceasefire", "agreed", "asserted", None, None, "the Sapoá ceasefire at thirty", P, "Sapoá", S, "headline")
d.add("ceasefire", "agreed", "asserted", "1988-03-23", None,
      "Thirty years ago today, Nicaragua's Sandinista government and the Contra rebels signed a truce in a border customs post.",
      P, "Sapoá", S)
d.add("talks", "held", "asserted", None, None, "who was a young reporter at the talks", P, "Sapoá", T)
d.add("peace_agreement", None, "asserted", "1987-08", None,
      "The Central American presidents had signed the Esquipulas II plan in Guatemala in August 1987",
      ["Central American presidents"], "Guatemala", "esquipulas_ii-peace_agreement-1987-08",
      "regional peace plan signed by the presidents, counted as a peace accord")
d.add("ceasefire", None, "demanded", None, None, "which obliged every government in the region to seek ceasefires with its insurgents",
      ["Central American governments", "insurgents"], "Central America", "esquipulas_ii-ceasefires-demanded", "obligation, not an agreement")
d.add("talks", "offer", "asserted", "1988-01", None,
      "In January 1988, at the presidents' summit in San José, Daniel Ortega announced that his government would, for the first time, negotiate directly with the Contras.",
      ["Daniel Ortega", "Sandinista government", "Contras"], "San José", "nicaragua-talks-offer-1988-01",
      "announced decision to negotiate = offer")
d.add("talks", "start", "asserted", "1988-03-21", None, "The talks themselves began on 21 March.", P, "Sapoá", T,
      "year from the previous question (March 1988)")
d.add("talks", "held", "asserted", None, None, "two days after the talks opened", P, "Sapoá", T, "anchor of the chain, no own time")
d.add("ceasefire", "agreed", "asserted", "1988-03-23", None,
      "Humberto Ortega for the army and Adolfo Calero for the Contras signed the agreement",
      ["Humberto Ortega", "Adolfo Calero"], "Sapoá", S, "two days after 21 March")
d.add("ceasefire", "in_effect", "asserted", "1988-04-01", None, "A sixty-day cessation of offensive operations, beginning on 1 April",
      P, "Nicaragua", S)
d.add("prisoner_swap", None, "negated", None, None, "People sometimes call that part a prisoner exchange.",
      ["Sandinista government", "Contras"], "Nicaragua", "sapoa-prisoner_release-1988", "the text denies it was an exchange ('It wasn't')")
d.add("peace_agreement", None, "negated", None, None, "And it was not a peace agreement", P, "Sapoá", "sapoa-not_peace_agreement-1988",
      "the ceasefire is explicitly not a peace agreement")
d.add("talks", "held", "asserted", "1988-SP", None,
      "Negotiations on a permanent settlement dragged on through the spring of 1988", P, "Managua",
      "nicaragua-managua-talks-1988-04", "season; the walk-out in June ends them")
d.add("peace_agreement", None, "negated", None, None, "No final accord was ever signed between those two parties.", P, "Nicaragua",
      "nicaragua-final_accord-negated")
d.add("ceasefire", "collapsed", "negated", None, None, "the truce did not collapse", P, "Nicaragua", S)
d.add("ceasefire", "extended", "asserted", "1988-05", None,
      "the government extended its side of the ceasefire unilaterally, month after month",
      ["Sandinista government"], "Nicaragua", S, "'when the sixty days ran out': 1 April + 60 days = end of May 1988")
d.add("ceasefire", "collapsed", "asserted", "1989-11-01", None, "Ortega ended the unilateral truce on 1 November 1989",
      ["Daniel Ortega", "Sandinista government"], "Nicaragua", S, "end of the unilaterally extended Sapoá truce")
d.add("ceasefire", "agreed", "asserted", None, None, "After the signing, two young secretaries", P, "Sapoá", S, "'the signing' = the Sapoá ceasefire")
d.trap("prisoner_swap", "swapped pens as souvenirs", ["secretaries"], "Sapoá", "sapoa-pen_swap-1988", "swapping souvenirs")
d.add("talks", None, "hypothetical", None, None, "I doubt the Contras would have sat down at all", ["Contras"], "Nicaragua",
      "sapoa-talks-counterfactual", "counterfactual")
d.add("ceasefire", None, "hypothetical", None, None, "If the Syrian parties ever sign a nationwide truce", ["Syrian parties"], "Syria",
      "syria-nationwide-ceasefire-hypothetical")
d.write()
