from common import Doc
d = Doc("n15_03_korea_armistice_longread")
AR = "korea-armistice-ceasefire-1953-07-27"
UNC = ["United Nations Command", "North Korea", "China"]
K = "Korea"
T1 = "korea-armistice-talks-1951-07-10"
T2 = "korea-armistice-talks-1951-10-25"
T3 = "korea-armistice-talks-1953-04-26"
LS = "korea-little_switch-swap-1953-04"
BS = "korea-big_switch-swap-1953-08"
d.add("The longest truce: seventy years after the guns fell silent in Korea", "ceasefire", "in_effect", "asserted",
      "1953", None, UNC, K, AR, "headline; 'seventy years after' from 2023 gives the year only")
d.add("At ten o’clock on the morning of 27 July 1953, in a hut built for the purpose at Panmunjom, Lieutenant General William K. Harrison Jr. of the United States and General Nam Il of North Korea signed the armistice",
      "ceasefire", "agreed", "asserted", "1953-07-27", None, ["William K. Harrison Jr.", "Nam Il"], "Panmunjom", AR)
d.add("The ceasefire took effect twelve hours later, and it still holds", "ceasefire", "in_effect", "asserted",
      "1953-07-27", None, UNC, K, AR, "chained: twelve hours after 10:00 on 27 July 1953 = 22:00 the same day")
d.sense("gives talks about the war at schools in Paju", "talks", ["Kim Sang-ho"], "Paju", "korea-school-talks",
        "talks as lectures to schoolchildren")
d.add("Negotiators first met on 10 July 1951 at Kaesong", "talks", "start", "asserted", "1951-07-10", None,
      UNC, "Kaesong", T1)
d.add("The communist side broke off the talks on 23 August", "talks", "held", "asserted", None, None,
      ["communist side", "United Nations Command"], "Kaesong", T1,
      "the date is the break-off, not a start or holding: don't care")
d.add("The talks resumed on 25 October in a cluster of tents at Panmunjom", "talks", "start", "asserted",
      "1951-10-25", None, UNC, "Panmunjom", T2, "year 1951 from the paragraph ('Two months later' after 23 Aug 1951)")
d.add("By the spring of 1952, the negotiations had run aground on a single question", "talks", "held", "asserted",
      "1952-SP", "by", UNC, "Panmunjom", T2, "talks under way and deadlocked by spring 1952")
d.add("In October 1952 the UN delegation walked out and declared an indefinite recess", "talks", "held", "asserted",
      None, None, ["UN delegation"], "Panmunjom", T2,
      "recess of the talks, not a start or holding: don't care")
d.add("We heard about the talks on the radio", "talks", "held", "asserted", None, None, UNC, K, T2,
      "quote; no time")
d.add("On 28 March the communist side accepted a UN proposal to exchange sick and wounded prisoners",
      "prisoner_swap", None, "asserted", "1953-03-28", None, ["communist side", "United Nations Command"], K, LS,
      "acceptance of the exchange; year from 'March 1953' in the previous sentence")
d.add("an agreement was signed on 11 April", "prisoner_swap", None, "asserted", "1953-04-11", None,
      ["communist side", "United Nations Command"], K, LS, "agreement on the sick-and-wounded exchange")
d.add("The exchange, code-named Operation Little Switch, ran from 20 April to 3 May 1953", "prisoner_swap", None,
      "asserted", "1953-04-20/1953-05-03", None, ["United Nations Command", "communist side"], "Panmunjom", LS)
d.add("Full talks resumed on 26 April", "talks", "start", "asserted", "1953-04-26", None, UNC, "Panmunjom", T3)
d.add("while the exchange was still going on", "prisoner_swap", None, "asserted", None, None,
      ["United Nations Command", "communist side"], "Panmunjom", LS,
      "anaphora; 26 April dates the talks, the exchange only overlaps it: don't care")
d.sense("We swapped rumours all summer", "prisoner_swap", ["Kim Sang-ho"], K, "korea-swapped-rumours",
        "swapping rumours")
d.add("One more crisis nearly wrecked the deal", "ceasefire", None, "asserted", None, None, UNC, K, AR,
      "'the deal' = the armistice then being negotiated; no time: don't care")
d.add("who opposed any truce that left the peninsula divided", "ceasefire", None, "hypothetical", None, None,
      ["Syngman Rhee"], K, AR, "any prospective truce")
d.add("It was a one-sided release, not an exchange", "prisoner_swap", None, "negated", "1953-06-18", None,
      ["Syngman Rhee", "anti-communist North Korean prisoners"], "South Korea", "korea-rhee-release-1953-06-18",
      "one-sided release on 18 June 1953, explicitly not an exchange")
d.add("it was meant to sabotage the talks", "talks", "held", "asserted", None, None, UNC, K, T3)
d.add("The armistice provided for what the captives had waited two years for", "ceasefire", None, "asserted",
      None, None, UNC, K, AR)
d.add("Nine days after the signing, Operation Big Switch began", "prisoner_swap", None, "asserted", "1953-08-05",
      None, ["United Nations Command", "communist side"], "Panmunjom", BS,
      "chained: nine days after 27 July 1953")
d.add("Between 5 August and 6 September 1953, about 75,800 communist prisoners were handed over at Panmunjom in exchange for some 12,700 UN prisoners",
      "prisoner_swap", None, "asserted", "1953-08-05/1953-09-06", None,
      ["United Nations Command", "communist side"], "Panmunjom", BS)
d.sense("He did not talk for a week", "talks", ["Kim's cousin"], K, "korea-did_not_talk", "a man not speaking")
d.add("What the armistice did not bring was peace", "ceasefire", None, "asserted", None, None, UNC, K, AR)
d.add("A conference in Geneva in the spring of 1954 was supposed to settle the Korean question", "talks", "held",
      "asserted", "1954-SP", None, ["Geneva conference participants"], "Geneva", "korea-geneva-talks-1954")
d.add("it ended in June without any agreement", "peace_agreement", None, "negated", "1954-06", None,
      ["Geneva conference participants"], "Geneva", "korea-peace_treaty-prospective")
d.add("no peace treaty has been signed since", "peace_agreement", None, "negated", None, None,
      ["North Korea", "South Korea", "United Nations Command", "China"], K, "korea-peace_treaty-prospective")
d.add("pledged, at Panmunjom, to replace the armistice with a peace regime", "peace_agreement", None,
      "hypothetical", "2018-04", None, ["leaders of the two Koreas"], "Panmunjom", "korea-peace_treaty-prospective",
      "2018 pledge of a future peace regime")
d.add("In April 2018 the leaders of the two Koreas pledged, at Panmunjom, to replace the armistice", "ceasefire",
      None, "asserted", None, None, UNC, K, AR, "mention of the armistice; April 2018 is the pledge's time: don't care")
d.add("but the summitry petered out within two years", "talks", "held", "asserted", None, None,
      ["North Korea", "South Korea"], K, "korea-inter_korean-summits-2018",
      "the 2018 inter-Korean summits; 'within two years' gives only a span: don't care")
d.write()
