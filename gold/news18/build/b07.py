from common import Doc
d = Doc("n18_07_haiti_un_release")  # published 1994-10-15 (Saturday)
GI = "governors_island-peace_agreement-1993-07-03"
GT = "governors_island-talks-1993-06"
CC = "haiti-carter_cedras-peace_agreement-1994-09-18"
d.add("coup", "successful", "asserted", "1991-09-30", None,
      "three years after he was overthrown by a military coup d'état on 30 September 1991",
      ["Haitian military", "Jean-Bertrand Aristide"], "Haiti", "haiti-coup-1991-09-30")
d.add("peace_agreement", None, "asserted", "1993-07-03", None,
      "the Governors Island Agreement, signed in New York on 3 July 1993 by President Aristide and the Commander-in-Chief of the Armed Forces of Haiti, Lieutenant-General Raoul Cédras",
      ["Jean-Bertrand Aristide", "Raoul Cédras"], "New York", GI)
d.add("talks", "start", "asserted", "1993-06-27", None, "after talks that opened on Governors Island on 27 June 1993",
      ["Jean-Bertrand Aristide", "Raoul Cédras", "Dante Caputo"], "Governors Island", GT)
d.add("peace_agreement", None, "asserted", None, None, "The military authorities did not honour that Agreement.",
      ["Haitian military authorities"], "Haiti", GI, "non-implementation; the signature itself stands")
d.add("peace_agreement", None, "asserted", "1994-09-18", None,
      "the agreement concluded in Port-au-Prince on 18 September 1994 between the delegation led by former President Jimmy Carter",
      ["Jimmy Carter", "Sam Nunn", "Colin Powell", "de facto authorities"], "Port-au-Prince", CC,
      "agreement that averted the armed entry; counted as more than a ceasefire")
d.add("talks", "held", "asserted", "1994-09-17/1994-09-18", None, "following two days of intensive talks",
      ["Jimmy Carter", "de facto authorities"], "Port-au-Prince", "haiti-carter-talks-1994-09",
      "two days ending with the 18 September agreement")
d.add("peace_agreement", None, "asserted", None, None, "Under that accord, which averted an armed entry",
      ["Haitian military", "multinational force"], "Haiti", CC, "anaphora")
d.add("withdrawal", None, "hypothetical", None, None,
      "that force will hand over its responsibilities to the United Nations Mission in Haiti (UNMIH) once a secure and stable environment has been established, and will then withdraw",
      ["multinational force", "UNMIH"], "Haiti", "haiti-mnf-withdrawal-1995", "future and conditional; no date set")
d.add("talks", None, "demanded", None, None, "to engage in a genuine national dialogue",
      ["Haitians"], "Haiti", "haiti-national_dialogue-call-1994")
d.add("talks", "held", "asserted", None, None, "who led the negotiations on Governors Island",
      ["Dante Caputo"], "Governors Island", GT, "'last month' dates the end of his mission")
d.write()
