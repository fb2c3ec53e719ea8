from common import R, write, TRAP
D = "n14_11_kyrgyz_tajik_radio"
C22 = "kg_tj-ceasefire-2022-09"
W22 = "kg_tj-withdrawal-2022-09"
KT = ["Kyrgyzstan", "Tajikistan"]
write(D, [
 R("ceasefire", "agreed", "asserted", "2022-09-16", "by", "By Friday, the two presidents, Sadyr Japarov and Emomali Rahmon, who were both in Samarkand for the Shanghai Cooperation Organisation summit, had agreed a ceasefire", ["Sadyr Japarov", "Emomali Rahmon"], "Kyrgyz-Tajik border", C22, "'By Friday' = by 16 Sep 2022"),
 R("talks", "held", "asserted", "2022-09-16", None, "They met on the sidelines of the summit on Friday", ["Sadyr Japarov", "Emomali Rahmon"], "Samarkand", "kg_tj-samarkand-talks-2022-09"),
 R("withdrawal", "announced", "asserted", "2022-09-16", None, "instructed their governments to pull forces back from the line", ["Sadyr Japarov", "Emomali Rahmon"], "Kyrgyz-Tajik border", W22, "presidents' instruction = decision to withdraw"),
 R("ceasefire", "in_effect", "asserted", "2022-09-16", "since", "the truce has held since Friday night", KT, "Kyrgyz-Tajik border", C22),
 R("withdrawal", None, "negated", None, None, "nobody I speak to in Batken believes the soldiers have gone anywhere yet", KT, "Batken", W22),
 R("ceasefire", "agreed", "asserted", "2021-04-29", None, "The foreign ministers agreed a ceasefire on 29 April", ["Kyrgyz foreign minister", "Tajik foreign minister"], "Kyrgyz-Tajik border", "kg_tj-ceasefire-2021-04", "'In late April last year' = 2021"),
 R("ceasefire", "collapsed", "asserted", "2021-04-30", None, "it broke down the next day", KT, "Kyrgyz-Tajik border", "kg_tj-ceasefire-2021-04", "chain: 29 April + 1"),
 R("talks", "held", "asserted", "2021-05-01", None, "on 1 May, the two security chiefs, Kamchybek Tashiev and Saimumin Yatimov, met in Batken", ["Kamchybek Tashiev", "Saimumin Yatimov"], "Batken", "kg_tj-batken-talks-2021-05"),
 R("ceasefire", "agreed", "asserted", "2021-05-01", None, "met in Batken and agreed a full ceasefire", ["Kamchybek Tashiev", "Saimumin Yatimov"], "Batken", "kg_tj-ceasefire-2021-05"),
 R("withdrawal", "announced", "asserted", "2021-05-01", None, "the withdrawal of troops to their permanent bases", KT, "Kyrgyz-Tajik border", "kg_tj-withdrawal-2021-05", "agreed withdrawal, same sentence as 1 May"),
 R("ceasefire", "in_effect", "asserted", None, None, "That one more or less stuck", KT, "Kyrgyz-Tajik border", "kg_tj-ceasefire-2021-05"),
 R("ceasefire", "agreed", "asserted", "2022-01-27", None, "the local commanders agreed a ceasefire that same night", ["local commanders"], "Vorukh", "kg_tj-ceasefire-2022-01", "chain: 'On 27 January this year' in the previous sentence"),
 R("talks", None, "negated", None, None, "there are no peace talks as such on the calendar", KT, None, "kg_tj-peace_talks-none"),
 R("talks", "offer", "negated", None, None, "neither president has offered to visit the other's capital", ["Sadyr Japarov", "Emomali Rahmon"], None, "kg_tj-summit-none"),
 R("withdrawal", None, "hypothetical", None, None, "If the troops really do go back to their barracks this time", KT, "Kyrgyz-Tajik border", W22),
 R("talks", None, "demanded", "2022-09-17", None, "urged both sides to engage in dialogue", ["UN Secretary-General's spokesman"], None, "kg_tj-dialogue-un_call"),
 R("ceasefire", None, "demanded", "2022-09-17", None, "to commit to a lasting ceasefire", ["UN Secretary-General's spokesman"], None, "kg_tj-ceasefire-un_call"),
 R("withdrawal", None, "negated", None, None, "Kyrgyzstan should withdraw from the CSTO", ["Kyrgyzstan", "CSTO"], "Bishkek", "trap-kyrgyzstan-csto_withdrawal", TRAP + "withdrawal from an alliance, not of forces"),
])
