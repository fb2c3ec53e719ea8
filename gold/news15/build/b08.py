from common import Doc
d = Doc("n15_08_western_sahara_un_release")
C = "westernsahara-ceasefire-1991-09-06"
PA = ["Morocco", "Frente POLISARIO"]
WS = "Western Sahara"
d.add("appeals to parties to preserve ceasefire", "ceasefire", None, "demanded", None, None,
      ["Secretary-General", "Morocco", "Frente POLISARIO"], WS, C, "headline: appeal")
d.add("On Friday the Frente POLISARIO declared that it no longer considered itself bound by the ceasefire",
      "ceasefire", "collapsed", "asserted", "2020-11-13", None, ["Frente POLISARIO"], WS, C,
      "Friday before Saturday 14 November 2020")
d.add("today its Secretary-General, Brahim Ghali, signed a decree ending the movement's commitment to it",
      "ceasefire", "collapsed", "asserted", "2020-11-14", None, ["Brahim Ghali", "Frente POLISARIO"], WS, C,
      "'today' = 14 November 2020; 'it' = the ceasefire")
d.add("appeals to them to preserve the ceasefire", "ceasefire", None, "demanded", None, None,
      ["Secretary-General", "Morocco", "Frente POLISARIO"], WS, C)
d.add("to avoid its definitive breakdown", "ceasefire", "collapsed", "hypothetical", None, None, PA, WS, C,
      "feared future breakdown")
d.add("MINURSO has not withdrawn from any of its team sites", "withdrawal", None, "negated", None, None,
      ["MINURSO"], WS, "minurso-withdrawal-2020-none")
d.add("to relaunch the political process", "talks", None, "hypothetical", None, None,
      ["Secretary-General", "Morocco", "Frente POLISARIO"], WS, "westernsahara-talks-future",
      "intention to relaunch the process")
d.add("The ceasefire between the Kingdom of Morocco and the Frente POLISARIO took effect on 6 September 1991",
      "ceasefire", "in_effect", "asserted", "1991-09-06", None, PA, WS, C)
d.add("Spain, the former administering Power, withdrew from the Territory in early 1976", "withdrawal",
      "completed", "asserted", "1976", "early", ["Spain"], WS, "westernsahara-spain-withdrawal-1976")
d.add("after signing a peace agreement with the Frente POLISARIO in Algiers on 5 August 1979", "peace_agreement",
      None, "asserted", "1979-08-05", None, ["Mauritania", "Frente POLISARIO"], "Algiers",
      "mauritania_polisario-peace_agreement-1979-08-05")
d.add("The last round-table meetings convened by the former Personal Envoy, Horst Köhler, took place in Geneva on 5 and 6 December 2018",
      "talks", "held", "asserted", "2018-12-05/2018-12-06", None,
      ["Morocco", "Frente POLISARIO", "Algeria", "Mauritania", "Horst Köhler"], "Geneva",
      "westernsahara-geneva-talks-2018-12")
d.add("and on 21 and 22 March 2019, with the participation of Morocco", "talks", "held", "asserted",
      "2019-03-21/2019-03-22", None, ["Morocco", "Frente POLISARIO", "Algeria", "Mauritania", "Horst Köhler"],
      "Geneva", "westernsahara-geneva-talks-2019-03", "second round in the same sentence")
d.add("No further round has been held since Mr. Köhler resigned in May 2019", "talks", None, "negated", "2019-05",
      "since", ["Morocco", "Frente POLISARIO"], WS, "westernsahara-talks-2019-none")
d.write()
