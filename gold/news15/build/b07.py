from common import Doc
d = Doc("n15_07_guatemala_colombia_oped")
G = "Guatemala"
GP = "guatemala-peace_agreement-1996-12-29"
GA = ["Guatemalan government", "URNG"]
d.add("Guatemala signed its peace twenty years ago", "peace_agreement", None, "asserted", "1996", None, GA, G, GP,
      "headline; 'twenty years ago' from 2016 gives the year")
d.add("Twenty years ago today, in the National Palace in Guatemala City, President Álvaro Arzú's government and the commanders of the Guatemalan National Revolutionary Unity (URNG) signed the Agreement on a Firm and Lasting Peace",
      "peace_agreement", None, "asserted", "1996-12-29", None, ["Álvaro Arzú's government", "URNG"],
      "Guatemala City", GP)
d.add("The guerrillas had suspended offensive operations in March of that year", "ceasefire", None, "asserted",
      "1996-03", None, ["URNG", "army"], G, "guatemala-ceasefire-1996-03", "unilateral suspension, reciprocated")
d.add("the country had lived for months under an informal truce", "ceasefire", "in_effect", "asserted", None,
      None, ["URNG", "army"], G, "guatemala-ceasefire-1996-03", "'for months' up to an undated point: don't care")
d.add("Earlier in December, in Oslo, the two sides had signed a definitive ceasefire", "ceasefire", "agreed",
      "asserted", "1996-12", None, GA, "Oslo", "guatemala-ceasefire-1996-12-04",
      "December 1996, before the 29th")
d.add("The signing in the palace simply put a seal on", "peace_agreement", None, "asserted", None, None, GA,
      "Guatemala City", GP, "anaphora; no time in the sentence")
d.add("six years of talks that began in the Norwegian capital in 1990", "talks", "start", "asserted", "1990",
      None, GA, "Oslo", "guatemala-talks-1990")
d.add("A CIA-backed coup toppled the elected president Jacobo Árbenz in 1954", "coup", "successful", "asserted",
      "1954", None, ["CIA-backed forces", "Jacobo Árbenz"], G, "guatemala-coup-1954-06")
d.add("General Efraín Ríos Montt seized power in March 1982", "coup", "successful", "asserted", "1982-03", None,
      ["Efraín Ríos Montt"], G, "guatemala-coup-1982-03")
d.add("was himself overthrown by his defence minister in August 1983", "coup", "successful", "asserted", "1983-08",
      None, ["defence minister", "Efraín Ríos Montt"], G, "guatemala-coup-1983-08")
d.add("As late as May 1993, President Jorge Serrano tried to dissolve Congress and the courts in a self-coup that collapsed within days",
      "coup", "attempt", "asserted", "1993-05", None, ["Jorge Serrano"], G, "guatemala-coup-1993-05",
      "self-coup by an insider")
d.add("The peace accords promised a smaller army", "peace_agreement", None, "asserted", None, None, GA, G, GP)
d.sense("donors withdrew their funding", "withdrawal", ["donors"], G, "guatemala-donor-funding",
        "withdrawing money")
d.add("half the programmes the accords had created", "peace_agreement", None, "asserted", None, None, GA, G, GP)
d.add("Talks with the FARC, formally opened in Oslo in October 2012 and held in Havana ever since", "talks",
      "start", "asserted", "2012-10", None, ["Colombian government", "FARC"], "Oslo, Havana",
      "colombia-farc-talks-2012-10")
d.add("produced a bilateral ceasefire in June", "ceasefire", "agreed", "asserted", "2016-06", None,
      ["Colombian government", "FARC"], "Colombia", "colombia-farc-ceasefire-2016-06", "June of 2016 (publication year)")
d.add("a final agreement signed in Cartagena in September", "peace_agreement", None, "asserted", "2016-09", None,
      ["Colombian government", "FARC"], "Cartagena", "colombia-farc-peace_agreement-2016-09")
d.add("Voters rejected that agreement in the referendum of 2 October", "peace_agreement", None, "asserted", None,
      None, ["Colombian government", "FARC"], "Colombia", "colombia-farc-peace_agreement-2016-09",
      "2 October dates the referendum, not the accord: don't care")
d.add("A revised version was signed at the Teatro Colón in Bogotá on 24 November", "peace_agreement", None,
      "asserted", "2016-11-24", None, ["Colombian government", "FARC"], "Bogotá",
      "colombia-farc-peace_agreement-2016-11")
d.add("In March 1990 the M-19 guerrillas signed a peace pact with the government of Virgilio Barco",
      "peace_agreement", None, "asserted", "1990-03", None, ["M-19", "government of Virgilio Barco"], "Colombia",
      "colombia-m19-peace_agreement-1990-03")
d.add("many of the men who had signed the deal did not live to see its fruits", "peace_agreement", None,
      "asserted", None, None, ["M-19", "government of Virgilio Barco"], "Colombia",
      "colombia-m19-peace_agreement-1990-03")
d.add("Talks with the smaller ELN guerrilla group were announced in March", "talks", "offer", "asserted",
      "2016-03", None, ["Colombian government", "ELN"], "Colombia", "colombia-eln-talks-2016-03",
      "announcement of formal talks")
d.add("the opening session planned for October in Quito was called off", "talks", None, "negated", "2016-10", None,
      ["Colombian government", "ELN"], "Quito", "colombia-eln-talks-2016-10", "planned opening that did not happen")
d.add("The talks are now due to begin in January", "talks", None, "hypothetical", "2017-01", None,
      ["Colombian government", "ELN"], "Quito", "colombia-eln-talks-2017", "future: January 2017")
d.add("after the ELN releases the former congressman Odín Sánchez and the government pardons two jailed rebels in return",
      "prisoner_swap", None, "hypothetical", None, None, ["ELN", "Colombian government", "Odín Sánchez"],
      "Colombia", "colombia-eln-swap-2017", "planned hostage-for-prisoners exchange")
d.add("Nobody should pretend that a swap of that kind is a peace process", "prisoner_swap", None, "hypothetical",
      None, None, ["ELN", "Colombian government"], "Colombia", "colombia-eln-swap-2017")
d.add("the Honduran military's overthrow of Manuel Zelaya in 2009", "coup", "successful", "asserted", "2009",
      None, ["Honduran military", "Manuel Zelaya"], "Honduras", "honduras-coup-2009-06-28")
d.write()
