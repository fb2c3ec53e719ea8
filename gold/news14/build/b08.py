from common import R, write, TRAP
D = "n14_08_zimbabwe_liveblog"
ZC = "zimbabwe-coup-2017-11"
write(D, [
 R("coup", "successful", "asserted", None, None, "Zimbabwe army takes control in Harare", ["Zimbabwe army"], "Harare", ZC, "headline"),
 R("coup", "successful", "asserted", "2017-11-14", None, "Soldiers seized the headquarters of the state broadcaster ZBC at Pockets Hill in Harare late last night", ["soldiers"], "Harare", ZC, "'last night' against the blog date 15 Nov"),
 R("coup", None, "negated", None, None, "this is not a military takeover of government", ["Sibusiso Moyo", "Zimbabwe Defence Forces"], "Zimbabwe", ZC, "the perpetrators' denial; the blog itself asserts the takeover elsewhere"),
 R("coup", None, "hypothetical", None, None, 'the military would "not hesitate to step in" to protect the revolution', ["Constantino Chiwenga"], "Zimbabwe", ZC, "threat made on Monday 13 Nov; no time for the takeover itself"),
 R("coup", "successful", "asserted", None, None, "add up to a coup in all but name", ["generals"], "Zimbabwe", ZC),
 R("peace_agreement", None, "asserted", "1979-12", None, "the Lancaster House agreement of December 1979 ended the bush war", [], "Zimbabwe", "lancaster_house-peace_agreement-1979-12"),
 R("talks", "mandate", "asserted", "2017-11-15", None, "he is sending his defence minister, Nosiviwe Mapisa-Nqakula, and his state security minister, Bongani Bongo, to Harare to meet Mugabe and the leadership of the Zimbabwe Defence Forces", ["Jacob Zuma", "SADC", "Robert Mugabe", "Zimbabwe Defence Forces"], "Harare", "zimbabwe-sadc_envoys-2017-11", "entry of 15 Nov, present tense"),
 R("withdrawal", None, "negated", None, None, "Cash withdrawals are still capped", [], "Harare", "trap-harare-cash_withdrawals", TRAP + "bank cash withdrawals"),
 R("talks", None, "hypothetical", None, None, "is trying to set up a meeting between the president and the army commanders", ["Fidelis Mukonori", "Robert Mugabe", "army commanders"], "Harare", "zimbabwe-talks-2017-11-16"),
 R("talks", None, "hypothetical", "2017-11-16", None, "the two sides could meet face to face as early as tomorrow", ["Robert Mugabe", "army commanders"], "Harare", "zimbabwe-talks-2017-11-16", "the meeting did take place on 16 Nov"),
 R("coup", None, "asserted", None, None, '"clearly soldiers trying to take power by force"', ["soldiers", "Alpha Condé", "African Union"], "Zimbabwe", ZC, "reported characterisation"),
 R("withdrawal", None, "hypothetical", None, None, 'soldiers will return to their barracks "as soon as our mission is accomplished"', ["army"], "Harare", "zimbabwe-army-return_to_barracks", "conditional, no timetable"),
 R("talks", None, "demanded", None, None, 'calls for "an inclusive, negotiated transitional process"', ["MDC-T"], "Zimbabwe", "zimbabwe-inclusive_talks-demand"),
 R("talks", None, "demanded", None, None, "the opposition should be at the table in any talks on Zimbabwe's future", ["MDC-T"], "Zimbabwe", "zimbabwe-inclusive_talks-demand"),
])
