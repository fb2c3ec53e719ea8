from common import Doc
d = Doc("n15_11_bangsamoro_working_paper")
PH = "Philippines"
MIN = "Mindanao"
GM = ["Philippine government", "MNLF"]
GI = ["Philippine government", "MILF"]
T76 = "mindanao-tripoli-peace_agreement-1976-12-23"
FPA = "mindanao-mnlf-peace_agreement-1996-09-02"
CAB = "bangsamoro-cab-peace_agreement-2014-03-27"
MOA = "mindanao-moa_ad-peace_agreement-2008-08"
d.add("The Tripoli Agreement of 23 December 1976, mediated by Libya on behalf of the Organisation of the Islamic Conference",
      "peace_agreement", None, "asserted", "1976-12-23", None, GM + ["Libya"], "Tripoli", T76)
d.add("provided for a ceasefire", "ceasefire", "agreed", "asserted", "1976-12-23", None, GM, MIN,
      "mindanao-tripoli-ceasefire-1976-12", "ceasefire agreed within the Tripoli Agreement of 23 December 1976")
d.add("The ceasefire that followed had collapsed by the end of 1977", "ceasefire", "collapsed", "asserted", "1977",
      "by", GM, MIN, "mindanao-tripoli-ceasefire-1976-12", "'by the end of 1977'")
d.add("after talks in Jakarta facilitated by Indonesia", "talks", "held", "asserted", "1996-09-02", "before",
      GM + ["Indonesia"], "Jakarta", "mindanao-mnlf-talks-jakarta", "talks preceded the 2 September 1996 signing")
d.add("the Ramos government and the MNLF signed the Final Peace Agreement in Manila on 2 September 1996",
      "peace_agreement", None, "asserted", "1996-09-02", None, ["Ramos government", "MNLF"], "Manila", FPA)
d.add("Talks with the Moro Islamic Liberation Front (MILF) opened in 1997", "talks", "start", "asserted", "1997",
      None, GI, MIN, "mindanao-milf-talks-1997")
d.add("on 18 July of that year the parties signed the Agreement for General Cessation of Hostilities", "ceasefire",
      "agreed", "asserted", "1997-07-18", None, GI, MIN, "mindanao-milf-ceasefire-1997-07-18")
d.add("That truce collapsed in March 2000", "ceasefire", "collapsed", "asserted", "2000-03", None,
      ["Joseph Estrada", "MILF"], MIN, "mindanao-milf-ceasefire-1997-07-18")
d.sense("the MILF withdrew from the talks", "withdrawal", ["MILF"], MIN, "mindanao-milf-leaves-talks",
        "leaving negotiations, not a territory")
d.add("the MILF withdrew from the talks", "talks", "held", "asserted", None, None, GI, MIN,
      "mindanao-milf-talks-1997", "talks mentioned as abandoned: don't care")
d.add("the talks resumed in Kuala Lumpur in March 2001", "talks", "start", "asserted", "2001-03", None,
      GI + ["Malaysia"], "Kuala Lumpur", "mindanao-milf-talks-2001-03")
d.add("in June 2001 the parties signed the Tripoli Agreement on Peace", "peace_agreement", None, "asserted",
      "2001-06", None, GI, "Tripoli", "mindanao-tripoli-peace_agreement-2001-06")
d.add("negotiated in Kuala Lumpur", "talks", "held", "asserted", None, None, GI + ["Malaysia"], "Kuala Lumpur",
      "mindanao-moa_ad-talks-2008", "no time for the negotiation itself: don't care")
d.add("was due to be signed there on 5 August 2008", "peace_agreement", None, "hypothetical", "2008-08-05", None,
      GI, "Kuala Lumpur", MOA, "planned signing that never happened")
d.add("the memorandum was never signed", "peace_agreement", None, "negated", None, None, GI, "Kuala Lumpur", MOA)
d.add("When MILF commanders attacked towns in North Cotabato and Lanao del Norte later that month, the ceasefire broke down",
      "ceasefire", "collapsed", "asserted", "2008-08", None, GI, "North Cotabato, Lanao del Norte",
      "mindanao-milf-ceasefire-2003-07", "'later that month' = August 2008; the ceasefire then in force")
d.add("Talks resumed in December 2009", "talks", "start", "asserted", "2009-12", None, GI, MIN,
      "mindanao-milf-talks-2009-12")
d.add("The Framework Agreement on the Bangsamoro was signed in Manila on 15 October 2012", "peace_agreement", None,
      "asserted", "2012-10-15", None, GI, "Manila", "bangsamoro-fab-peace_agreement-2012-10-15")
d.add("talks on the last of them, on normalisation, ended in Kuala Lumpur on 25 January 2014", "talks", "held",
      "asserted", "2014-01-25", None, GI + ["Malaysia"], "Kuala Lumpur", "bangsamoro-kl-talks-2014-01-25")
d.add("The Comprehensive Agreement on the Bangsamoro (CAB) was signed two months later", "peace_agreement", None,
      "asserted", "2014-03", None, GI, PH, CAB, "two months after 25 January 2014")
d.add("The ceasefire mechanisms survived even Mamasapano", "ceasefire", "in_effect", "asserted", None, None, GI,
      MIN, "mindanao-milf-ceasefire-2009-07", "Mamasapano is dated (Jan 2015) only in another sentence: don't care")
d.add("the truce could collapse again", "ceasefire", "collapsed", "hypothetical", None, None, GI, MIN,
      "mindanao-milf-ceasefire-2009-07", "conditional on Congress failing to pass the law")
d.add("for the withdrawal of army detachments from MILF communities", "withdrawal", None, "demanded", None, None,
      ["Philippine army", "MILF"], MIN, "mindanao-army-withdrawal-recommended", "recommendation")
d.add("Congress should not reopen the negotiations on the CAB", "peace_agreement", None, "asserted", None, None,
      GI, PH, CAB, "mention of the accord; no time")
d.add("The agreement was the first in the region to be brokered by the OIC", "peace_agreement", None, "asserted",
      None, None, GM + ["OIC"], "Tripoli", T76, "footnote; the citation's 2010 is not an event time")
d.add("It was signed by Manuel Yan for the government and Nur Misuari for the MNLF", "peace_agreement", None,
      "asserted", None, None, ["Manuel Yan", "Nur Misuari"], "Manila", FPA,
      "footnote; publication (2003) and access date (12 May 2015) are not event times")
d.add("The CAB was signed at Malacañang in the presence of Malaysian Prime Minister Najib Razak", "peace_agreement",
      None, "asserted", None, None, GI + ["Najib Razak"], "Malacañang", CAB,
      "footnote; 'April 2014' and '30 April 2015' date the citation, not the signing")
d.write()
