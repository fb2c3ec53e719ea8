from common import Doc
d = Doc("n15_09_georgia_tv_transcript")
G = "Georgia"
BZ = "georgia-buffer_zones-withdrawal-2008-10"
AW = "georgia-russia-withdrawal-2008-08"
CF = "georgia-ceasefire-2008-08-12"
d.add("Russian troops have left the so-called buffer zones around South Ossetia, two days before the deadline agreed with the European Union",
      "withdrawal", "completed", "asserted", None, None, ["Russian troops"], "buffer zones around South Ossetia",
      BZ, "the deadline is dated only later ('tomorrow'): don't care")
d.add("the last Russian checkpoints near the town of Gori were dismantled yesterday", "withdrawal", "completed",
      "asserted", "2008-10-08", None, ["Russian troops"], "Gori", BZ, "'yesterday' before Thursday 9 October 2008")
d.add("Five days later, on the twelfth, President Sarkozy flew to Moscow and then to Tbilisi and got both leaders to accept a six-point ceasefire plan",
      "ceasefire", "agreed", "asserted", "2008-08-12", None,
      ["Nicolas Sarkozy", "Dmitry Medvedev", "Mikheil Saakashvili"], "Moscow, Tbilisi", CF,
      "the twelfth of August 2008 (five days after the seventh)")
d.add("Mr Saakashvili signed it on the fifteenth", "ceasefire", "agreed", "asserted", "2008-08-15", None,
      ["Mikheil Saakashvili"], G, CF)
d.add("and President Medvedev the day after", "ceasefire", "agreed", "asserted", "2008-08-16", None,
      ["Dmitry Medvedev"], "Russia", CF, "elided 'signed it'; the day after the fifteenth")
d.add("Moscow then announced that its troops would begin pulling back", "withdrawal", "announced", "asserted",
      "2008-08-16", "after", ["Russia"], G, AW, "'then' = after Medvedev's signature of 16 August")
d.add("on the twenty-second of August it said the withdrawal was complete", "withdrawal", "completed", "asserted",
      "2008-08-22", None, ["Russia"], G, AW, "Moscow's announcement of completion")
d.add("those are the troops that pulled out this week", "withdrawal", "completed", "asserted", "2008-W41", None,
      ["Russian troops"], "buffer zones outside South Ossetia", BZ, "'this week' = ISO week 41 of 2008 (6-12 Oct)")
d.add("Because of the deal Sarkozy made in Moscow on the eighth of September", "withdrawal", "announced",
      "asserted", "2008-09-08", None, ["Nicolas Sarkozy", "Russia"], "Moscow", BZ,
      "'the deal' = the agreed withdrawal from the buffer zones")
d.add("Russia agreed to withdraw from the zones within ten days of the deployment of EU monitors", "withdrawal",
      "announced", "asserted", "2008-09-08", None, ["Russia"], "buffer zones", BZ,
      "time continued from the previous sentence (8 September 2008)")
d.add("Russian troops have not withdrawn from Akhalgori", "withdrawal", None, "negated", None, None,
      ["Russian troops"], "Akhalgori", "georgia-akhalgori-withdrawal-none")
d.add("The government here demands that Russia pull back to the positions it held before the seventh of August",
      "withdrawal", None, "demanded", None, None, ["Georgian government", "Russia"], G,
      "georgia-prewar_lines-withdrawal-demand", "'before the seventh of August' describes the positions, not a time")
d.add("as the ceasefire plan says", "ceasefire", None, "asserted", None, None, ["Russia", "Georgia"], G, CF)
d.add("in mid-August the two sides swapped prisoners of war near Igoeti", "prisoner_swap", None, "asserted",
      "2008-08", "mid", ["Russia", "Georgia"], "Igoeti", "georgia-swap-2008-08")
d.add("there have been smaller exchanges of detainees since", "prisoner_swap", None, "asserted", None, None,
      ["Russia", "Georgia"], G, "georgia-swaps-2008-later", "several later exchanges, none identified: don't care")
d.add("International talks on security and refugees are due to open in Geneva next Wednesday", "talks", "start",
      "hypothetical", "2008-10-15", None, ["Russia", "Georgia", "United States", "Abkhazia", "South Ossetia"],
      "Geneva", "georgia-geneva-talks-2008-10-15", "planned: next Wednesday after Thursday 9 October 2008")
d.add("Nobody here expects much from the first round", "talks", None, "hypothetical", None, None,
      ["Russia", "Georgia"], "Geneva", "georgia-geneva-talks-2008-10-15")
d.sense("Georgia is withdrawing from the Commonwealth of Independent States", "withdrawal", ["Georgia"], None,
        "georgia-cis-exit", "leaving an organisation")
d.write()
