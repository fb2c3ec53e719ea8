from common import Doc
d = Doc("n15_12_musharraf_obituary")
C = "pakistan-coup-1999-10-12"
K = "kargil-withdrawal-1999-07"
IP = ["India", "Pakistan"]
d.add("general who seized power and then sought peace with India", "coup", "successful", "asserted", None, None,
      ["Pervez Musharraf"], "Pakistan", C, "headline without a time")
d.add("the army chief who took power in Pakistan in a bloodless coup", "coup", "successful", "asserted", None, None,
      ["Pervez Musharraf", "army"], "Pakistan", C, "'died on Sunday' and 'since 2016' are not times of the coup")
d.add("Sharif agreed in Washington on 4 July 1999 to pull the intruders back", "withdrawal", "announced",
      "asserted", "1999-07-04", None, ["Nawaz Sharif", "Pakistani forces"], "Kargil", K)
d.add("Pakistani forces withdrew across the line later that month", "withdrawal", "completed", "asserted",
      "1999-07", None, ["Pakistani forces"], "Kargil", K, "'later that month' = July 1999")
d.add("Officers loyal to Musharraf seized the airport in Karachi, the television station and the prime minister's residence, and by nightfall the army was in charge",
      "coup", "successful", "asserted", "1999-10-12", None, ["Pervez Musharraf", "army", "Nawaz Sharif"],
      "Pakistan", C, "time continued from 'On 12 October 1999' in the previous sentence")
d.add("Sharif, whom he had ousted", "coup", "successful", "asserted", None, None, ["Pervez Musharraf", "Nawaz Sharif"],
      "Pakistan", C)
d.add("The coup made him an outcast in the West, until the attacks of 11 September 2001", "coup", "successful",
      "asserted", None, None, ["Pervez Musharraf"], "Pakistan", C,
      "11 September 2001 dates the attacks, not the coup: don't care")
d.add("His summit with Atal Bihari Vajpayee at Agra in July 2001", "talks", "held", "asserted", "2001-07", None,
      ["Pervez Musharraf", "Atal Bihari Vajpayee"], "Agra", "india_pak-agra-talks-2001-07")
d.add("But in late November 2003 the two armies began observing a ceasefire along the Line of Control", "ceasefire",
      "in_effect", "asserted", "2003-11", "late", ["Indian Army", "Pakistan Army"], "Line of Control",
      "india_pak-ceasefire-2003-11")
d.add("in January 2004, in Islamabad, the two leaders agreed to open a \"composite dialogue\" on all their disputes",
      "talks", "offer", "asserted", "2004-01", None, ["Pervez Musharraf", "Atal Bihari Vajpayee"], "Islamabad",
      "india_pak-composite_dialogue-talks-2004-01", "agreement to open talks")
d.add("Back-channel talks on Kashmir followed", "talks", "held", "asserted", "2004-01", "after", IP, "Kashmir",
      "india_pak-backchannel-talks-2004-2007", "'followed' the January 2004 agreement")
d.add("they came close to a settlement in 2007", "peace_agreement", None, "negated", "2007", None, IP, "Kashmir",
      "india_pak-kashmir-peace_agreement-none", "came close = did not happen")
d.add("No agreement was ever signed", "peace_agreement", None, "negated", None, None, IP, "Kashmir",
      "india_pak-kashmir-peace_agreement-none")
d.add("he and Manmohan Singh would have signed a Kashmir deal", "peace_agreement", None, "hypothetical", None, None,
      ["Pervez Musharraf", "Manmohan Singh"], "Kashmir", "india_pak-kashmir-peace_agreement-none",
      "counterfactual")
d.add("That ceasefire, frayed by years of violations, was renewed by the two armies in February 2021", "ceasefire",
      "extended", "asserted", "2021-02", None, ["Indian Army", "Pakistan Army"], "Line of Control",
      "india_pak-ceasefire-2021-02", "the February 2021 understanding renewing the 2003 ceasefire")
d.sense("dealt the coup de grâce to his legitimacy", "coup", ["Pervez Musharraf"], "Pakistan",
        "pakistan-coup_de_grace", "'coup de grâce' idiom")
d.sense("In exile he gave paid talks at American universities", "talks", ["Pervez Musharraf"], "United States",
        "musharraf-lectures", "talks as paid lectures")
d.write()
