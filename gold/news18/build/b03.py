from common import Doc
d = Doc("n18_03_turkey_radio")  # published 2010-09-12 (Sunday)
E = "turkey-coup-1980-09-12"
d.add("coup", "successful", "asserted", "1980-09-12", None, "It is thirty years to the day since the military coup of 12 September 1980",
      ["Turkish armed forces", "Kenan Evren"], "Turkey", E)
d.add("coup", "successful", "asserted", "1980-09-12", None, "the armed forces had taken over the administration of the country",
      ["armed forces", "Kenan Evren"], "Turkey", E, "'on that day' = 12 September 1980 from the presenter's question")
d.add("coup", "successful", "asserted", None, None, "who was arrested a week after the takeover",
      ["armed forces"], "Turkey", E, "the time dates the arrest, not the takeover")
d.add("coup", "successful", "asserted", "1960-05-27", None,
      "The army had already overthrown the elected government of Adnan Menderes on 27 May 1960",
      ["Turkish army", "Adnan Menderes"], "Turkey", "turkey-coup-1960-05-27")
d.add("coup", "successful", "asserted", "1971-03", None, "In March 1971 the generals forced Demirel out with a memorandum",
      ["generals", "Süleyman Demirel"], "Turkey", "turkey-coup-1971-03", "coup by memorandum")
d.add("coup", "successful", "asserted", "1997-02-28", None,
      "28 February 1997, when a meeting of the National Security Council began what came to be called the \"post-modern coup\"",
      ["National Security Council", "Necmettin Erbakan"], "Turkey", "turkey-coup-1997-02-28",
      "dated by the NSC meeting that began it; Erbakan's resignation (June) not a separate event")
d.add("coup", "successful", "asserted", "1974-07-15", None, "The coup against Archbishop Makarios on 15 July 1974",
      ["junta in Athens", "Archbishop Makarios"], "Cyprus", "cyprus-coup-1974-07-15")
C = "cyprus-ceasefire-1974-07-22"
d.add("ceasefire", "agreed", "asserted", "1974-07-22", None, "A ceasefire was declared on 22 July", ["Turkey", "Cyprus"], "Cyprus", C,
      "year from previous sentence (1974)")
d.add("ceasefire", "collapsed", "asserted", "1974-08", None, "but fighting resumed in August", ["Turkey", "Cyprus"], "Cyprus", C)
d.add("talks", "held", "hypothetical", "2010-09", None,
      "The reunification talks between the two Cypriot leaders are due to resume in Nicosia later this month.",
      ["Cypriot leaders"], "Nicosia", "cyprus-talks-2010-09", "future: 'due to resume later this month'")
d.add("coup", None, "hypothetical", None, None, "I don't believe there will be another coup.", ["Turkish army"], "Turkey",
      "turkey-coup-future")
d.add("coup", None, "hypothetical", None, None, "a group of officers drew up a plan for a coup in 2003",
      ["officers"], "Turkey", "turkey-sledgehammer-coup_plan-2003", "alleged plan, never attempted; 2003 dates the plan")
d.add("coup", None, "negated", None, None, "the officers deny that any coup was ever planned",
      ["officers"], "Turkey", "turkey-sledgehammer-coup_plan-2003")
P = "pkk-ceasefire-2010-08"
d.add("ceasefire", "agreed", "asserted", "2010-08", "mid", "the PKK's unilateral truce, declared in mid-August for the fasting month",
      ["PKK"], "Turkey", P, "unilateral declaration; will expire on the 20th (future)")
d.add("ceasefire", "extended", "hypothetical", None, None, "The rebels have said they will extend it only if",
      ["PKK"], "Turkey", P, "conditional extension")
d.add("talks", None, "demanded", None, None, "only if the government opens talks with them",
      ["PKK", "Turkish government"], "Turkey", "turkey-pkk-talks-2010", "talks set as a condition")
d.add("talks", None, "negated", None, None, "Ankara says it will not negotiate with the organisation.",
      ["Ankara", "PKK"], "Turkey", "turkey-pkk-talks-2010")
d.trap("coup", "what he called a transfer coup on Friday", ["Istanbul football club"], "Istanbul", "transfer_coup-2010-09",
       "a football 'transfer coup'")
d.write()
