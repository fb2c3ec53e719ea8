from common import R, write, TRAP
D = "n14_06_mozambique_qa"
RT = "renamo-truce-2016-12"
write(D, [
 R("peace_agreement", None, "asserted", "2019-08-06", None, "Yesterday in Maputo, President Filipe Nyusi and Ossufo Momade, the leader of the former rebel movement Renamo, signed the Maputo Accord for Peace and National Reconciliation", ["Filipe Nyusi", "Ossufo Momade", "Renamo"], "Maputo", "maputo-peace_agreement-2019-08"),
 R("ceasefire", "agreed", "asserted", "2019-08-01", None, "last Thursday, when Nyusi and Momade met in the Gorongosa mountains and signed the agreement on the definitive cessation of military hostilities", ["Filipe Nyusi", "Ossufo Momade"], "Gorongosa", "gorongosa-ceasefire-2019-08", "last Thursday from Wed 7 Aug = 1 Aug"),
 R("talks", "held", "asserted", None, None, "the Rome negotiations of the early 1990s", ["Frelimo government", "Renamo"], "Rome", "rome-talks-1990-07", "'early 1990s' has no TIMEX value in this scheme; left null"),
 R("ceasefire", "agreed", "asserted", "2016", None, "And the truce of 2016?", ["Afonso Dhlakama"], "Mozambique", RT, "interviewer's question names the truce with its year"),
 R("withdrawal", None, "hypothetical", None, None, "About 5,000 Renamo fighters are supposed to leave their bases", ["Renamo fighters"], "Mozambique", "renamo-ddr-withdrawal", "planned demobilisation"),
 R("talks", "start", "asserted", "1990-07", None, "The talks opened at the Community of Sant’Egidio in Trastevere in July 1990", ["Community of Sant’Egidio", "Catholic Church", "Italian government"], "Rome", "rome-talks-1990-07"),
 R("peace_agreement", None, "asserted", "1992-10-04", None, "Joaquim Chissano and Afonso Dhlakama signed the General Peace Accord on 4 October 1992", ["Joaquim Chissano", "Afonso Dhlakama"], "Rome", "rome-peace_agreement-1992-10"),
 R("ceasefire", "in_effect", "asserted", "1992-10-15", None, "The ceasefire came into force on the 15th", ["Frelimo government", "Renamo"], "Mozambique", "mozambique-ceasefire-1992-10", "'the 15th' of October 1992 from the previous sentence"),
 R("withdrawal", "completed", "asserted", "1994", "after", "the UN mission, ONUMOZ, was able to pack up and leave after the 1994 elections", ["ONUMOZ"], "Mozambique", "onumoz-withdrawal-1995"),
 R("ceasefire", "agreed", "asserted", "2014-09-05", None, "On 5 September 2014 he came out of hiding to sign a cessation of hostilities with President Armando Guebuza in Maputo", ["Afonso Dhlakama", "Armando Guebuza"], "Maputo", "mozambique-ceasefire-2014-09"),
 R("ceasefire", "collapsed", "asserted", "2015-12", "by", "It did not survive his rejection of the results; by the end of 2015 the two sides were fighting again", ["Renamo", "Mozambican government"], "Mozambique", "mozambique-ceasefire-2014-09"),
 R("ceasefire", "agreed", "asserted", "2016-12-27", None, "On 27 December 2016, speaking by telephone from Gorongosa to journalists in Maputo, he announced a seven-day truce", ["Afonso Dhlakama", "Renamo"], "Mozambique", RT, "unilateral truce"),
 R("ceasefire", "extended", "asserted", "2017-01", "early", "At the start of January he prolonged it by 60 days", ["Afonso Dhlakama"], "Mozambique", RT, "January after Dec 2016 = 2017"),
 R("ceasefire", "extended", "asserted", "2017-05", "early", "in early May 2017 he declared it indefinite", ["Afonso Dhlakama"], "Mozambique", RT),
 R("talks", "held", "asserted", None, None, "Meanwhile he and Nyusi were talking directly, by phone", ["Afonso Dhlakama", "Filipe Nyusi"], "Mozambique", "mozambique-phone_talks-2017", "'meanwhile' = Jan-May 2017 at best; left null"),
 R("talks", "held", "asserted", "2017-08", None, "in August 2017 the president flew into the mountains to meet him face to face", ["Filipe Nyusi", "Afonso Dhlakama"], "Gorongosa", "mozambique-gorongosa_talks-2017-08"),
 R("talks", None, "demanded", None, None, "he has demanded that the whole agreement be renegotiated", ["Mariano Nhongo", "Renamo Military Junta"], "Mozambique", "mozambique-nhongo-renegotiation_demand"),
 R("ceasefire", None, "negated", None, None, "There has been no ceasefire with the insurgents in the north", ["insurgents"], "Cabo Delgado", "cabo_delgado-ceasefire-none"),
 R("talks", None, "negated", None, None, "nobody has opened talks with them", ["insurgents"], "Cabo Delgado", "cabo_delgado-talks-none"),
 R("ceasefire", None, "negated", None, None, "the only truce anyone in my neighbourhood talked about was the one between the chapa minibus drivers and the municipal council over fares", ["chapa minibus drivers", "municipal council"], "Maputo", "trap-maputo-chapa_truce", TRAP + "'truce' in a fare dispute, not between armed parties"),
 R("ceasefire", None, "hypothetical", None, None, "I would not be surprised to see another truce being negotiated in the bush within five years", [], "Mozambique", "mozambique-ceasefire-future"),
])
