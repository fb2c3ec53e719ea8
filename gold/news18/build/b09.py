from common import Doc
d = Doc("n18_09_iran_iraq_tv")  # published 1990-08-17 (Friday)
S = "iran_iraq-prisoner_swap-1990-08-17"
P = ["Iran", "Iraq", "ICRC"]
C = "iran_iraq-ceasefire-1988-08-20"
W = "iraq-withdrawal-iran-1990-08"
d.add("ceasefire", "in_effect", "asserted", "1988-08", None, "Two years after the guns fell silent on their border",
      ["Iran", "Iraq"], "Iran–Iraq border", C, "two years before August 1990")
d.add("prisoner_swap", None, "asserted", "1990-08-17", None,
      "Iran and Iraq today began exchanging the prisoners of war they have held since the early 1980s", P, "Qasr-e Shirin", S)
d.add("prisoner_swap", None, "asserted", None, None, "The exchange follows a dramatic turnaround by President Saddam Hussein",
      P, "Qasr-e Shirin", S, "anaphora; 'on Wednesday' dates Saddam's acceptance")
d.add("prisoner_swap", None, "asserted", "1990-08-17", None, "about a thousand men crossed in each direction today", P,
      "Qasr-e Shirin", S)
d.add("prisoner_swap", None, "hypothetical", None, None, "The Red Cross says the exchange will continue daily for several weeks",
      P, "Iran–Iraq border", S, "future continuation, conditional on the schedule")
d.add("prisoner_swap", None, "asserted", None, None, "this is the first large-scale exchange since the fighting ended?",
      P, "Iran–Iraq border", S, "question presupposes today's exchange")
d.add("prisoner_swap", None, "negated", None, None, "but those were one-sided gestures, not an exchange",
      ["Iran", "Iraq"], "Iran–Iraq border", "iran_iraq-sick_wounded-releases-1988", "one-sided releases")
d.add("prisoner_swap", None, "negated", None, None, "A full swap was supposed to follow", ["Iran", "Iraq"], "Iran–Iraq border",
      "iran_iraq-prisoner_swap-1988-expected", "'was supposed to ... and it didn't'")
d.add("ceasefire", "agreed", "asserted", "1988-08", None, "the ceasefire of August 1988", ["Iran", "Iraq"], "Iran–Iraq border", C)
d.add("talks", "start", "asserted", "1988-08", None, "the UN-sponsored talks in Geneva, which began that same month",
      ["Iran", "Iraq", "UN"], "Geneva", "iran_iraq-geneva-talks-1988-08", "'that same month' = August 1988")
d.add("ceasefire", "agreed", "asserted", "1988-07", None, "The eight-year war ended when Iran accepted Security Council resolution 598 in July 1988",
      ["Iran", "UN Security Council"], "Iran–Iraq border", C, "acceptance of the ceasefire resolution")
d.add("ceasefire", "in_effect", "asserted", "1988-08-20", None, "the ceasefire came into force on 20 August that year",
      ["Iran", "Iraq"], "Iran–Iraq border", C)
d.add("peace_agreement", None, "asserted", "1975", None, "Saddam Hussein agreed to return to the 1975 Algiers accord on the border",
      ["Iran", "Iraq"], "Algiers", "algiers-accord-1975-03",
      "mention of the 1975 accord; 'agreed to return to' (1990) is not a new signature")
d.add("withdrawal", "announced", "asserted", "1990-08-15", None,
      "announced that Iraqi troops would begin pulling out of the Iranian territory they still hold from today",
      ["Saddam Hussein", "Iraqi troops"], "Iran", W, "announcement in the letter published on Wednesday 15 August")
d.add("withdrawal", "partial", "asserted", "1990-08-17", None,
      "units were already seen moving back from positions in the central sector this afternoon",
      ["Iraqi units"], "Iran", W)
d.add("withdrawal", None, "demanded", None, None, "The Security Council has demanded that Iraq withdraw from Kuwait immediately and unconditionally.",
      ["UN Security Council", "Iraq"], "Kuwait", "iraq-withdrawal-kuwait-1991")
d.add("withdrawal", None, "negated", None, None, "President Saddam has said his forces will not leave.",
      ["Saddam Hussein", "Iraqi forces"], "Kuwait", "iraq-withdrawal-kuwait-1991")
d.add("peace_agreement", None, "hypothetical", None, None, "a formal peace treaty between Baghdad and Tehran could follow within months",
      ["Iraq", "Iran"], None, "iran_iraq-peace_treaty-hypothetical")
d.add("talks", None, "hypothetical", None, None, "though no date for new talks has been set", ["Iraq", "Iran"], "Geneva",
      "iran_iraq-talks-1990-future", "future talks without a date")
d.trap("talks", "ahead of OPEC talks later this month", ["OPEC"], None, "opec_talks-1990-08", "oil-producers' meeting")
d.write()
