from common import Doc
d = Doc("n18_12_mediation_paper")  # published 2021-06 ("Draft of June 2021"; latest access date 4 June 2021)
MG = "madagascar-coup-2009-03-17"
MT = "madagascar-maputo-talks-2009-08"
MA = "madagascar-maputo-peace_agreement-2009-08"
MOV = ["Malagasy political movements", "SADC"]
K = "car-khartoum-peace_agreement-2019-02"
KP = ["Government of the Central African Republic", "armed groups"]
JP = "juba-peace_agreement-2020-10-03"
JPA = ["Sudan's transitional government", "Sudan Revolutionary Front"]
d.add("coup", "successful", "asserted", "1992-04", None, "Peru's self-coup of April 1992", ["Alberto Fujimori"], "Peru",
      "peru-self_coup-1992-04-05")
d.add("coup", "successful", "asserted", "2002-04", None, "the short-lived ouster of Hugo Chávez in April 2002",
      ["Hugo Chávez"], "Venezuela", "venezuela-coup-2002-04")
d.add("coup", "successful", "asserted", "2009-03-17", None,
      "On 17 March 2009 President Marc Ravalomanana, facing a mutiny by an army camp, transferred his powers to a military directorate",
      ["military directorate", "Marc Ravalomanana", "Andry Rajoelina"], "Madagascar", MG)
d.add("talks", "held", "asserted", "2009-08", None,
      "SADC's mediator, Joaquim Chissano, convened the four political \"movements\" in Maputo in August 2009",
      ["Joaquim Chissano", "SADC", "Malagasy political movements"], "Maputo", MT)
d.add("peace_agreement", None, "asserted", "2009-08-09", None, "where they signed a power-sharing charter on 9 August",
      MOV, "Maputo", MA, "power-sharing charter counted as a crisis-ending accord; year from the same sentence")
d.add("talks", "held", "asserted", "2009-11", None, "a further round in Addis Ababa", MOV, "Addis Ababa",
      "madagascar-addis-talks-2009-11", "'in November' later in the clause")
d.add("peace_agreement", None, "asserted", "2009-11", None, "produced an Additional Act in November", MOV, "Addis Ababa",
      "madagascar-addis-peace_agreement-2009-11", "supplement to the Maputo charter, counted as an accord")
d.add("talks", "held", "negated", "2009-12", None,
      "Rajoelina did not attend the December meeting in Maputo that was meant to finalise the allocation of posts.",
      ["Andry Rajoelina", "SADC"], "Maputo", "madagascar-maputo-talks-2009-12", "the main party stayed away")
d.add("peace_agreement", None, "asserted", "2011-09", None, "Only the SADC Roadmap, signed in September 2011 by most of the movements",
      MOV, "Madagascar", "madagascar-roadmap-peace_agreement-2011-09", "crisis-exit roadmap counted as an accord")
d.add("coup", "successful", "asserted", "2013-03", None, "Following the Séléka seizure of Bangui in March 2013",
      ["Séléka"], "Bangui", "car-coup-2013-03-24")
d.add("ceasefire", "agreed", "asserted", "2014-07", None, "a cessation of hostilities in Brazzaville in July 2014",
      ["Séléka", "anti-balaka"], "Brazzaville", "car-brazzaville-ceasefire-2014-07-23")
d.add("ceasefire", "agreed", "asserted", "2017-06", None, "a Sant'Egidio ceasefire accord in Rome in June 2017",
      ["Government of the Central African Republic", "armed groups", "Community of Sant'Egidio"], "Rome", "car-rome-ceasefire-2017-06-19")
d.add("peace_agreement", None, "asserted", None, None, "and finally the Political Agreement for Peace and Reconciliation",
      KP, "Central African Republic", K, "dates follow in the next sentence")
d.add("talks", "held", "asserted", "2019-01", "late", "The latter was negotiated in Khartoum from late January 2019",
      KP, "Khartoum", "car-khartoum-talks-2019-01")
d.add("peace_agreement", None, "asserted", "2019-02", "early", "initialled there in early February", KP, "Khartoum", K)
d.add("peace_agreement", None, "asserted", "2019-02-06", None, "and signed in Bangui on 6 February 2019", KP, "Bangui", K)
d.add("talks", "held", "asserted", "2019-03", None, "the AU convened follow-up consultations in Addis Ababa in March 2019",
      ["African Union"] + KP, "Addis Ababa", "car-addis-talks-2019-03")
d.add("peace_agreement", None, "asserted", "2020-08-31", None,
      "The Juba Peace Agreement between Sudan's transitional government and the Sudan Revolutionary Front was initialled on 31 August 2020",
      JPA, "Juba", JP)
d.add("peace_agreement", None, "asserted", "2020-10-03", None, "signed on 3 October 2020", JPA, "Juba", JP)
d.add("peace_agreement", None, "negated", None, None, "Two significant armed movements did not sign it",
      ["Abdel Wahid al-Nur", "Abdelaziz al-Hilu"], "Sudan", "juba-peace_agreement-holdouts")
d.add("talks", "mandate", "asserted", "2021-03", None,
      "In March 2021, al-Hilu and General Abdel Fattah al-Burhan signed a Declaration of Principles in Juba that opened the way to negotiations",
      ["Abdelaziz al-Hilu", "Abdel Fattah al-Burhan"], "Juba", "sudan-splmn-declaration_of_principles-2021-03",
      "framework for negotiations, not a peace accord")
d.add("talks", "held", "asserted", "2021-05", "late",
      "talks between the government and the SPLM-North resumed in Juba late last month",
      ["Sudanese government", "SPLM-North"], "Juba", "sudan-splmn-talks-2021-05", "'late last month' from June 2021")
d.add("peace_agreement", None, "hypothetical", None, None, "Whether they will produce an agreement this year is an open question",
      ["Sudanese government", "SPLM-North"], "Sudan", "sudan-splmn-peace_agreement-future")
d.add("peace_agreement", None, "asserted", "1993-07", None, "neither the Governors Island Agreement of July 1993",
      ["Jean-Bertrand Aristide", "Raoul Cédras"], "Haiti", "governors_island-peace_agreement-1993-07-03",
      "'neither ... restored' negates the effect, not the signature")
d.add("peace_agreement", None, "asserted", "1994-09-18", None,
      "only the imminent invasion produced the agreement negotiated by Jimmy Carter on 18 September 1994",
      ["Jimmy Carter", "Haitian military"], "Haiti", "haiti-carter_cedras-peace_agreement-1994-09-18")
d.add("coup", "successful", "asserted", None, None, "\"Madagascar leader hands power to military\"", ["military"], "Madagascar", MG,
      "citation title; 17 March 2009 is its publication date")
d.add("talks", "held", "asserted", None, None, "Communiqué on the Maputo talks", ["SADC"], "Maputo", MT,
      "citation title; 10 August 2009 is its date")
d.add("talks", "held", "asserted", None, None, "\"CAR armed groups and government meet in Addis Ababa\"", KP, "Addis Ababa",
      "car-addis-talks-2019-03", "citation title; 18 March 2019 is its publication date")
d.add("peace_agreement", None, "asserted", None, None, "\"Sudan signs peace deal with rebel alliance in Juba\"", JPA, "Juba", JP,
      "citation title; 3 October 2020 is its publication date")
d.write()
