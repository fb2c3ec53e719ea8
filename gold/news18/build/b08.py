from common import Doc
d = Doc("n18_08_erdut_longread")  # published 2015-11-12 (Thursday), 20th anniversary of Erdut
E = "erdut-peace_agreement-1995-11-12"
ES = ["Milan Milanović", "Hrvoje Šarinić", "Croatian government", "Serbs of Eastern Slavonia"]
DA = "dayton-peace_agreement-1995-11"
DT = "dayton-talks-1995-11"
d.add("peace_agreement", None, "asserted", None, None, "The forgotten accord", ES, "Erdut", E, "headline")
d.add("peace_agreement", None, "asserted", "1995-11-12", None,
      "Twenty years ago today, on a farm table in a village on the Danube, a Serb official signed the deal that ended Croatia's war.",
      ES, "Erdut", E)
d.add("peace_agreement", None, "asserted", "1995-11-12", None,
      "On 12 November 1995, Milan Milanović, representing the Serbs of Eastern Slavonia, Baranja and Western Srem, signed the Basic Agreement in Erdut",
      ES, "Erdut", E, "the Zagreb signature in the same sentence is the same accord")
d.add("peace_agreement", None, "asserted", None, None, "why a two-page agreement mattered so much", ES, "Erdut", E)
d.add("ceasefire", "agreed", "asserted", "1992-01-02", None, "A UN-brokered ceasefire, signed in Sarajevo on 2 January 1992",
      ["Croatia", "Yugoslav army"], "Sarajevo", "croatia-sarajevo-ceasefire-1992-01-02")
Z = "croatia-zagreb-ceasefire-1994-03-29"
d.add("ceasefire", "agreed", "asserted", "1994-03-29", None,
      "Another truce, negotiated in the Russian embassy in Zagreb and signed on 29 March 1994",
      ["Croatian army", "Krajina Serbs"], "Zagreb", Z)
d.add("ceasefire", "in_effect", "asserted", None, None, "It held, more or less, for a year.", ["Croatian army", "Krajina Serbs"], "Croatia", Z,
      "duration only")
d.add("withdrawal", None, "demanded", "1995-10", None,
      "In October, Zagreb's negotiators demanded the withdrawal of all Serb forces within weeks.",
      ["Croatian negotiators", "Serb forces"], "Eastern Slavonia", "eastern_slavonia-serb-withdrawal-1996")
d.add("talks", "held", "asserted", None, None, "wanted the issue settled before the Bosnian talks", ["Belgrade"], "Dayton", DT)
d.add("talks", "start", "asserted", "1995-11-01", None,
      "Those talks opened at Wright-Patterson Air Force Base near Dayton, Ohio, on 1 November",
      ["Bosnia", "Croatia", "Serbia"], "Dayton", DT)
d.add("ceasefire", "in_effect", "asserted", "1995-10-12", None, "after a Bosnia-wide ceasefire had taken effect on 12 October",
      ["Bosnian parties"], "Bosnia", "bosnia-ceasefire-1995-10")
d.add("talks", "held", "asserted", None, None, "Eastern Slavonia was negotiated on a separate track",
      ["Croatian government", "Serbs of Eastern Slavonia"], "Eastern Slavonia", "erdut-talks-1995")
d.add("peace_agreement", None, "asserted", "1995-11-21", None, "Nine days after Erdut, the Dayton agreement was initialled in Ohio.",
      ["Bosnia", "Croatia", "Serbia"], "Dayton", DA, "chain: nine days after 12 November 1995")
d.add("peace_agreement", None, "asserted", "1995-12-14", None, "It was signed in Paris on 14 December.",
      ["Bosnia", "Croatia", "Serbia"], "Paris", DA)
d.add("peace_agreement", None, "asserted", None, None, "The Basic Agreement set up a transitional administration", ES,
      "Eastern Slavonia", E)
W = "eastern_slavonia-serb-withdrawal-1996"
d.add("withdrawal", None, "hypothetical", None, None,
      "The local Serb forces were to be demilitarised within thirty days of the peacekeepers' deployment.",
      ["local Serb forces"], "Eastern Slavonia", W, "provision of the accord (planned)")
d.add("withdrawal", "completed", "asserted", "1996-06", "late",
      "in late June 1996 UNTAES declared the region demilitarised, after Serb units had withdrawn their tanks and artillery across the Danube",
      ["Serb units", "UNTAES"], "Eastern Slavonia", W, "completion declared in late June; the pull-back preceded it")
d.add("withdrawal", "completed", "asserted", "1998-01-15", None,
      "On 15 January 1998 the region returned to full Croatian control and the UNTAES mandate came to an end.",
      ["UNTAES"], "Eastern Slavonia", "untaes-withdrawal-1998-01-15", "end of the mission's mandate")
d.add("withdrawal", "completed", "asserted", "1998-10", None,
      "A small UN police support group stayed on until October that year, then it too left.",
      ["UN police support group"], "Eastern Slavonia", "unpsg-withdrawal-1998-10", "'that year' = 1998")
d.trap("withdrawal", "many left for Serbia in the months that followed", ["Serbs"], "Eastern Slavonia",
       "eastern_slavonia-civilian_departures", "civilians leaving, not armed forces")
d.add("talks", "held", "asserted", None, None, "Had the Erdut talks failed", ["Croatian government", "Serbs of Eastern Slavonia"],
      "Erdut", "erdut-talks-1995", "only the failure is counterfactual; the talks themselves are presupposed, no time")
d.add("withdrawal", None, "hypothetical", None, None, "the UN would have pulled its peacekeepers out within weeks",
      ["UN"], "Eastern Slavonia", "eastern_slavonia-un-withdrawal-counterfactual")
d.trap("prisoner_swap", "the players swapped shirts at the end", ["Vukovar football clubs"], "Vukovar", "vukovar-shirt_swap-2015",
       "footballers swapping shirts")
d.write()
