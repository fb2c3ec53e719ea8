from common import Doc
d = Doc("n18_11_sudan_explainer")  # published 2023-06-22 (Thursday)
SA = ["Sudanese army", "Rapid Support Forces"]
L = "sudan-ceasefire-2023-06-18"
J = "sudan-jeddah-ceasefire-2023-05-20"
JT = "sudan-jeddah-talks-2023-05"
JP = "juba-peace_agreement-2020-10-03"
B = "sudan-coup-2019-04-11"
C21 = "sudan-coup-2021-10-25"
d.add("ceasefire", "in_effect", "asserted", "2023-06-18", None, "The latest, a 72-hour ceasefire that began on Sunday morning",
      SA + ["United States", "Saudi Arabia"], "Sudan", L, "Sunday before Thursday 22 June = 18 June")
d.add("ceasefire", "collapsed", "asserted", "2023-06-21", None, "heavy fighting resumed in the capital within hours",
      SA, "Khartoum", L, "within hours of the Wednesday (21 June) expiry")
d.add("coup", "successful", "asserted", "2019", None, "they removed Omar al-Bashir together in 2019",
      ["Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo", "Omar al-Bashir"], "Sudan", B)
d.add("coup", "successful", "asserted", "2021", None, "together they ended the civilian-led transition in 2021",
      ["Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo"], "Sudan", C21)
d.add("coup", "successful", "asserted", "2019-04-11", None, "11 April 2019 — After four months of protests, the army ousts al-Bashir",
      ["Sudanese army", "Omar al-Bashir"], "Sudan", B)
d.add("talks", "start", "asserted", "2019-10", None,
      "October 2019 — Talks between the transitional government and rebel groups open in Juba",
      ["transitional government", "rebel groups"], "Juba", "juba-talks-2019-10")
d.add("peace_agreement", None, "asserted", "2020-08-31", None, "31 August 2020 — The Juba Peace Agreement is initialled.",
      ["transitional government", "Sudan Revolutionary Front"], "Juba", JP, "initialling; same accord as the 3 October signature")
d.add("peace_agreement", None, "asserted", "2020-10-03", None,
      "It is formally signed on 3 October by the government and the Sudan Revolutionary Front",
      ["transitional government", "Sudan Revolutionary Front"], "Juba", JP, "year from the bullet (2020)")
d.add("peace_agreement", None, "negated", None, None, "Two important rebel movements stay out.", ["rebel movements"], "Sudan",
      "juba-peace_agreement-holdouts", "non-signatories")
d.add("coup", "successful", "asserted", "2021-10-25", None, "25 October 2021 — Burhan, backed by Hemedti, seizes full power",
      ["Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo", "Abdalla Hamdok"], "Sudan", C21)
A24 = "sudan-ceasefire-2023-04-24"
d.add("talks", "held", "asserted", "2023-04-24", "before", "After talks with both sides",
      ["United States"] + SA, "Sudan", "sudan-us-talks-2023-04", "talks preceding the 24 April announcement")
d.add("ceasefire", "agreed", "asserted", "2023-04-24", None, "the US announces a 72-hour nationwide ceasefire from midnight",
      ["United States"] + SA, "Sudan", A24, "year from previous bullet (2023)")
d.add("ceasefire", "extended", "asserted", "2023-04-27", None, "It is extended three days later, but never fully observed.",
      SA, "Sudan", A24)
d.add("talks", "start", "asserted", "2023-05-06", None, "6 May — Army and RSF envoys begin talks in Jeddah under US–Saudi sponsorship.",
      SA + ["United States", "Saudi Arabia"], "Jeddah", JT)
d.trap("peace_agreement", "11 May — They sign the Jeddah Declaration, committing to protect civilians.", SA, "Jeddah",
       "sudan-jeddah_declaration-2023-05-11", "a humanitarian declaration of commitment, not a peace accord")
d.add("ceasefire", None, "negated", None, None, "It is explicitly not a ceasefire.", SA, "Jeddah", "sudan-jeddah_declaration-not_ceasefire",
      "the Jeddah Declaration is not a ceasefire")
d.add("ceasefire", "agreed", "asserted", "2023-05-20", None, "20 May — A seven-day \"short-term ceasefire\" is signed in Jeddah",
      SA, "Jeddah", J)
d.add("ceasefire", "in_effect", "asserted", "2023-05-22", None, "it takes effect two days later, at 21:45", SA, "Sudan", J)
d.add("ceasefire", "extended", "asserted", "2023-05-29", None, "29 May — The truce is extended by five days.", SA, "Sudan", J)
d.add("talks", None, "asserted", None, None, "31 May — The army suspends its participation in the Jeddah talks",
      SA, "Jeddah", JT, "the dates are those of the suspension and adjournment, not of the talks")
d.add("ceasefire", "in_effect", "asserted", "2023-06-10", None, "10 June — A 24-hour truce largely holds in Khartoum",
      SA, "Khartoum", "sudan-ceasefire-2023-06-10")
d.add("ceasefire", "in_effect", "asserted", "2023-06-18", None, "18 June — The latest 72-hour ceasefire begins at 6 a.m.",
      SA, "Sudan", L)
d.add("ceasefire", "agreed", "asserted", None, None, "The ceasefire texts signed in Jeddah had weak monitoring", SA, "Jeddah", J)
W = "khartoum-rsf-withdrawal-demanded"
d.add("withdrawal", None, "demanded", None, None,
      "The army has made the RSF's withdrawal from homes, hospitals and public buildings in Khartoum a condition of any lasting deal.",
      ["Sudanese army", "Rapid Support Forces"], "Khartoum", W)
d.add("withdrawal", None, "negated", None, None, "The RSF has not withdrawn from them", ["Rapid Support Forces"], "Khartoum", W)
d.add("talks", None, "hypothetical", None, None, "The mediators say the Jeddah talks could resume", SA, "Jeddah", JT, "conditional resumption")
d.add("talks", None, "hypothetical", None, None, "The African Union and the regional bloc IGAD are preparing their own initiative",
      ["African Union", "IGAD"], "Sudan", "sudan-au_igad-talks-planned")
d.add("talks", None, "demanded", None, None, "IGAD wants a face-to-face meeting between Burhan and Hemedti",
      ["IGAD", "Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo"], "Sudan", "sudan-igad-meeting-proposed")
d.add("talks", "offer", "negated", None, None, "which neither has accepted",
      ["Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo"], "Sudan", "sudan-igad-meeting-proposed")
d.add("ceasefire", None, "demanded", None, None, "Aid agencies have called for a humanitarian pause around hospitals",
      ["aid agencies"], "Khartoum", "sudan-humanitarian_pause-call-2023-06")
d.trap("ceasefire", "the bakers agreed among themselves a price truce last week", ["bakers"], "Port Sudan",
       "port_sudan-bread_price_truce-2023", "a price truce among bakers")
d.write()
