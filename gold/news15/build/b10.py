from common import Doc
d = Doc("n15_10_on_this_day_oct15")
HD = "day from the column date (15 October), year from the entry heading"
NCA = "myanmar-nca-ceasefire-2015-10-15"
FAB = "bangsamoro-fab-peace_agreement-2012-10-15"
PH = ["Philippine government", "Moro Islamic Liberation Front"]
d.add("Forty-three years ago today, a group of young army officers in San Salvador overthrew General Carlos Humberto Romero",
      "coup", "successful", "asserted", "1979-10-15", None, ["young army officers", "Carlos Humberto Romero"],
      "San Salvador", "elsalvador-coup-1979-10-15", "2022 - 43 = 1979, same day")
d.add("the Chapultepec peace accords of January 1992", "peace_agreement", None, "asserted", "1992-01", None,
      ["Salvadoran government", "FMLN"], "El Salvador", "elsalvador-chapultepec-peace_agreement-1992-01")
d.add("In the Palais des Nations in Geneva, diplomats opened the first round of international talks on the aftermath of the August war between Russia and Georgia",
      "talks", "start", "asserted", "2008-10-15", None, ["Russia", "Georgia", "diplomats"], "Geneva",
      "georgia-geneva-talks-2008-10-15", HD)
d.add("The session broke up within hours", "talks", "held", "asserted", "2008-10-15", None,
      ["Russia", "Georgia", "Abkhaz and South Ossetian delegations"], "Geneva", "georgia-geneva-talks-2008-10-15",
      "'within hours' of the opening on 15 October 2008")
d.add("The talks resumed a month later in a different format", "talks", "held", "asserted", "2008-11", None,
      ["Russia", "Georgia"], "Geneva", "georgia-geneva-talks-2008-11", "a month after 15 October 2008")
d.add("At Malacañang Palace in Manila, the government of President Benigno Aquino III and the Moro Islamic Liberation Front signed the Framework Agreement on the Bangsamoro",
      "peace_agreement", None, "asserted", "2012-10-15", None, ["government of Benigno Aquino III",
      "Moro Islamic Liberation Front"], "Manila", FAB, HD)
d.add("Aquino had announced the deal in a televised address eight days earlier", "peace_agreement", None,
      "asserted", "2012-10-07", None, ["Benigno Aquino III"], "Philippines", FAB,
      "announcement of the concluded deal, eight days before 15 October 2012")
d.add("after a round of talks in Kuala Lumpur facilitated by Malaysia", "talks", "held", "asserted", "2012-10-07",
      "before", PH + ["Malaysia"], "Kuala Lumpur", "bangsamoro-kl-talks-2012-10", "talks preceded the 7 October announcement")
d.add("Seventeen months later the two sides signed the Comprehensive Agreement on the Bangsamoro", "peace_agreement",
      None, "asserted", "2014-03", None, PH, "Philippines", "bangsamoro-cab-peace_agreement-2014-03-27",
      "seventeen months after October 2012")
d.add("In Naypyitaw, the government of President Thein Sein and eight ethnic armed groups signed the Nationwide Ceasefire Agreement",
      "ceasefire", "agreed", "asserted", "2015-10-15", None, ["government of Thein Sein", "eight ethnic armed groups"],
      "Naypyitaw", NCA, HD)
d.add("after two years of negotiations", "talks", "held", "asserted", "2015-10-15", "before",
      ["government", "ethnic armed groups"], "Myanmar", "myanmar-nca-talks-2013-2015",
      "negotiations preceding the signing")
d.add("Seven other groups invited to sign, including the Kachin Independence Army, refused", "ceasefire", None,
      "negated", None, None, ["Kachin Independence Army", "seven other groups"], "Myanmar", NCA)
d.add("Two more groups joined in February 2018", "ceasefire", "agreed", "asserted", "2018-02", None,
      ["two more groups"], "Myanmar", NCA, "accession to the NCA")
d.add("After the military's coup of February 2021", "coup", "successful", "asserted", "2021-02", None,
      ["military"], "Myanmar", "myanmar-coup-2021-02-01")
d.add("and the accord now exists mostly on paper", "ceasefire", None, "asserted", None, None,
      ["government", "ethnic armed groups"], "Myanmar", NCA)
d.sense("Archive talks", "talks", ["news15 archive"], None, "archive-talks-heading", "talks as public lectures")
d.sense("will give a talk on the Chapultepec accords", "talks", ["Leonora Baptiste"], None, "archive-talk-2022-10-20",
        "a lecture")
d.add("the Chapultepec accords and the end of the Salvadoran war", "peace_agreement", None, "asserted", None, None,
      ["Salvadoran government", "FMLN"], "El Salvador", "elsalvador-chapultepec-peace_agreement-1992-01",
      "20 October 2022 is the lecture's time: don't care")
d.write()
