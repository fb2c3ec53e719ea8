from common import Doc
d = Doc("n18_10_car_statement")  # published 2019-02-06 (Wednesday)
K = "car-khartoum-peace_agreement-2019-02"
KP = ["Faustin-Archange Touadéra", "Government of the Central African Republic", "fourteen armed groups"]
KT = "car-khartoum-talks-2019-01"
d.add("peace_agreement", None, "asserted", None, None,
      "STATEMENT BY THE GOVERNMENT ON THE SIGNATURE OF THE POLITICAL AGREEMENT FOR PEACE AND RECONCILIATION",
      KP, "Bangui", K, "headline")
d.add("peace_agreement", None, "asserted", "2019-02-06", None,
      "today, Wednesday 6 February 2019, at the Palace of the Renaissance in Bangui, the Political Agreement for Peace and Reconciliation in the Central African Republic was solemnly signed",
      KP, "Bangui", K)
d.add("peace_agreement", None, "asserted", None, None, "The Agreement is the result of the direct dialogue", KP, "Bangui", K, "anaphora")
d.add("talks", "held", "asserted", "2019-01-24", "since",
      "the direct dialogue held in Khartoum, Republic of the Sudan, from 24 January 2019",
      ["Government of the Central African Republic", "fourteen armed groups", "African Union"], "Khartoum", KT,
      "'from 24 January' with no end date")
d.add("peace_agreement", None, "asserted", "2019-02-02", None, "The parties reached agreement in Khartoum on Saturday",
      KP, "Khartoum", K, "Saturday before Wednesday 6 February = 2 February")
d.add("peace_agreement", None, "asserted", "2019-02-05", None, "the text was initialled there on Tuesday",
      KP, "Khartoum", K, "initialling, same accord; Tuesday = 5 February")
AI = "car-african_initiative-talks-2017-07"
d.add("talks", "mandate", "asserted", "2017-07", None, "the African Initiative was launched in Libreville in July 2017",
      ["African Union", "Heads of State of the region"], "Libreville", AI, "launch of a mediation initiative")
d.add("talks", "held", "asserted", "2017-07", "since", "its panel of facilitators has consulted the armed groups since then",
      ["panel of facilitators", "armed groups"], "Central African Republic", AI, "'since then' = since July 2017")
d.add("coup", "successful", "asserted", "2013-03", None,
      "Since the events of March 2013, when the constitutional order was overturned by force",
      ["Séléka"], "Central African Republic", "car-coup-2013-03-24", "euphemism for the Séléka seizure of power")
d.add("ceasefire", "agreed", "asserted", "2014-07-23", None,
      "the agreement on the cessation of hostilities signed in Brazzaville on 23/07/2014",
      ["Séléka", "anti-balaka"], "Brazzaville", "car-brazzaville-ceasefire-2014-07-23", "numeric date dd/mm/yyyy")
R = "car-rome-ceasefire-2017-06-19"
d.add("ceasefire", "agreed", "asserted", "2017-06-19", None,
      "the agreement concluded in Rome on 19 June 2017 under the auspices of the Community of Sant'Egidio",
      ["Government of the Central African Republic", "armed groups", "Community of Sant'Egidio"], "Rome", R,
      "agreement whose core is an immediate ceasefire")
d.add("ceasefire", "collapsed", "asserted", "2017-06-20", "by", "whose immediate ceasefire was broken within a day by the killings in Bria",
      ["armed groups"], "Bria", R, "within a day of 19 June 2017")
d.add("peace_agreement", None, "asserted", None, None, "it does not sign this one lightly",
      ["Government of the Central African Republic"], "Bangui", K, "negation bears on 'lightly', not on the signing")
d.add("withdrawal", None, "hypothetical", None, None,
      "to withdraw from public buildings and administrative offices that they occupy",
      ["armed groups"], "Central African Republic", "car-armed_groups-withdrawal-public_buildings", "undertaking for the future")
d.add("withdrawal", None, "negated", None, None, "The Agreement does not provide for the departure of MINUSCA",
      ["MINUSCA"], "Central African Republic", "minusca-withdrawal-negated")
d.trap("withdrawal", "has withdrawn them and signed", ["armed group"], "Khartoum", "car-reservations_withdrawn-2019",
       "withdrawing reservations")
d.add("peace_agreement", None, "asserted", "2019-02-06", None, "signed the Agreement today", ["armed group"], "Bangui", K)
d.add("ceasefire", None, "demanded", None, None, "to cease hostilities immediately and unconditionally throughout the national territory",
      ["Government of the Central African Republic", "armed groups"], "Central African Republic", "car-ceasefire-call-2019-02")
d.add("talks", None, "hypothetical", None, None, "the parties will return to the table if any of them believes",
      KP, "Central African Republic", "car-follow_up-talks-conditional")
d.write()
