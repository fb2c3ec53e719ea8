from common import R, write, TRAP
D = "n14_09_zimbabwe_timeline"
ZC = "zimbabwe-coup-2017-11"
write(D, [
 R("coup", None, "hypothetical", None, None, 'the military will "not hesitate to step in"', ["Constantino Chiwenga"], "Zimbabwe", ZC, "threat; dated 13 Nov by the heading but the takeover itself is undated here"),
 R("coup", "successful", "asserted", "2017-11-14/2017-11-15", None, "overnight, soldiers take over the state broadcaster and place Mugabe under house arrest", ["soldiers", "Robert Mugabe"], "Harare", ZC, "heading '14-15 November' + 'overnight'"),
 R("coup", None, "negated", None, None, 'insisting that this is "not a military takeover"', ["Sibusiso Moyo"], "Zimbabwe", ZC, "the perpetrators' denial"),
 R("talks", "held", "asserted", "2017-11-16", None, "Mugabe meets Chiwenga and two envoys from South Africa at State House", ["Robert Mugabe", "Constantino Chiwenga", "South African envoys"], "Harare", "zimbabwe-talks-2017-11-16", "date from the entry heading"),
 R("talks", "held", "asserted", "2017-11-16", None, "The talks, brokered by the Jesuit priest Fidelis Mukonori, end without agreement", ["Robert Mugabe", "Constantino Chiwenga", "Fidelis Mukonori"], "Harare", "zimbabwe-talks-2017-11-16"),
 R("talks", "held", "asserted", "2017-11-19", None, "After a second round of talks with the generals at State House", ["Robert Mugabe", "generals"], "Harare", "zimbabwe-talks-2017-11-19", "date from the entry heading"),
 R("coup", "successful", "asserted", None, None, "the seizure of the broadcaster, the detention of the head of state, the ultimatum - fits any textbook definition of a military takeover", ["generals"], "Zimbabwe", ZC),
 R("withdrawal", "announced", "asserted", None, None, "The army has said it will withdraw its troops from the streets of Harare now that the transition is complete", ["Zimbabwe army"], "Harare", "zimbabwe-army-return_to_barracks", "announced pull-back from the capital's streets; no time given"),
])
