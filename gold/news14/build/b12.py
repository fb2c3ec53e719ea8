from common import R, write, TRAP
D = "n14_12_great_lakes_paper"
LU = "lusaka-ceasefire-1999-07"
FW = "drc-foreign_forces-withdrawal-lusaka"
RW = "rwanda-drc-withdrawal-2002-10"
JC = "juba-cessation_of_hostilities-2006-08"
FPA = "juba-final_peace_agreement"
write(D, [
 R("ceasefire", "agreed", "asserted", "1999-07-10", None, "The Lusaka Ceasefire Agreement, signed on 10 July 1999 by the Democratic Republic of the Congo, Angola, Namibia, Zimbabwe, Rwanda and Uganda", ["Democratic Republic of the Congo", "Angola", "Namibia", "Zimbabwe", "Rwanda", "Uganda"], "Lusaka", LU),
 R("ceasefire", "agreed", "asserted", "1999-08-01", None, "subsequently by the Mouvement de Libération du Congo on 1 August", ["Mouvement de Libération du Congo"], "Lusaka", LU, "accession of a rebel party to the same agreement"),
 R("ceasefire", "agreed", "asserted", "1999-08-31", None, "by the Rassemblement Congolais pour la Démocratie on 31 August", ["Rassemblement Congolais pour la Démocratie"], "Lusaka", LU, "accession of a rebel party to the same agreement"),
 R("withdrawal", None, "hypothetical", None, None, "provided for the “orderly withdrawal of all foreign forces” from Congolese territory", ["foreign forces"], "Democratic Republic of the Congo", FW, "provision of the agreement"),
 R("withdrawal", None, "negated", None, None, "That withdrawal did not happen on schedule, or at all, for the next three years", ["foreign forces"], "Democratic Republic of the Congo", FW),
 R("peace_agreement", None, "asserted", "1993-08", None, "the Arusha Accords of August 1993", [], "Rwanda", "arusha-peace_agreement-1993-08"),
 R("peace_agreement", None, "asserted", "2002-07-30", None, "The Pretoria peace agreement of 30 July 2002", ["Democratic Republic of the Congo", "Rwanda"], "Pretoria", "pretoria-drc_rwanda-peace_agreement-2002-07"),
 R("prisoner_swap", None, "negated", None, None, "exchanged a Rwandan commitment to withdraw for a Congolese commitment to disarm", ["Rwanda", "Democratic Republic of the Congo"], "Pretoria", "trap-pretoria-commitment_exchange", TRAP + "commitments exchanged, not captives"),
 R("withdrawal", "announced", "asserted", "2002-07-30", None, "a Rwandan commitment to withdraw", ["Rwanda"], "Democratic Republic of the Congo", RW, "commitment in the accord of the same sentence"),
 R("withdrawal", "completed", "asserted", "2002-10-05", None, "on 5 October Kigali announced that its last troops had left Congolese soil", ["Rwanda"], "Democratic Republic of the Congo", RW),
 R("peace_agreement", None, "asserted", "2002-09-06", None, "The Luanda Agreement with Uganda followed on 6 September", ["Democratic Republic of the Congo", "Uganda"], "Luanda", "luanda-drc_uganda-peace_agreement-2002-09", "year 2002 from the previous sentence"),
 R("withdrawal", "completed", "asserted", "2003-05", None, "Ugandan units remained in Ituri until May 2003, when the last of them left Bunia", ["Ugandan units"], "Bunia", "uganda-drc-withdrawal-2003-05"),
 R("withdrawal", "completed", "asserted", "2002-10", None, "Zimbabwe completed its own pull-out in October 2002", ["Zimbabwe"], "Democratic Republic of the Congo", "zimbabwe-drc-withdrawal-2002-10"),
 R("withdrawal", "completed", "asserted", "2002-10", "before", "Namibia having gone earlier", ["Namibia"], "Democratic Republic of the Congo", "namibia-drc-withdrawal-2001", "'earlier' than October 2002"),
 R("talks", "start", "asserted", "2002-02", None, "the inter-Congolese dialogue, which had opened at Sun City in February 2002", ["Congolese parties"], "Sun City", "inter_congolese-dialogue-2002-02"),
 R("peace_agreement", None, "asserted", "2002-12-17", None, "produced the Global and All-Inclusive Agreement, signed in Pretoria on 17 December 2002", ["Congolese parties"], "Pretoria", "drc-global_inclusive-peace_agreement-2002-12"),
 R("talks", "held", "asserted", "2004/2005", None, "Betty Bigombe’s mediation of 2004–2005", ["Betty Bigombe", "Government of Uganda", "Lord’s Resistance Army"], "Uganda", "uganda-lra-bigombe-talks-2004"),
 R("talks", "held", "asserted", None, None, "The Juba talks between the Government of Uganda and the Lord’s Resistance Army followed a different logic", ["Government of Uganda", "Lord’s Resistance Army"], "Juba", "juba-talks-2006-07"),
 R("talks", "start", "asserted", "2006-07-14", None, "The talks opened in Juba on 14 July 2006 under the mediation of Riek Machar", ["Government of Uganda", "Lord’s Resistance Army", "Riek Machar"], "Juba", "juba-talks-2006-07"),
 R("ceasefire", "agreed", "asserted", "2006-08-26", None, "a Cessation of Hostilities Agreement was signed on 26 August", ["Government of Uganda", "Lord’s Resistance Army"], "Juba", JC),
 R("ceasefire", "in_effect", "asserted", "2006-08-29", None, "took effect three days later", ["Government of Uganda", "Lord’s Resistance Army"], "Uganda", JC, "chain: 26 Aug + 3"),
 R("ceasefire", "extended", "asserted", "2007-04", None, "The agreement was renewed more than once, notably at Ri-Kwangba in April 2007", ["Government of Uganda", "Lord’s Resistance Army"], "Ri-Kwangba", JC),
 R("ceasefire", "agreed", "asserted", "2008-02-23", None, "a permanent ceasefire was agreed on 23 February 2008", ["Government of Uganda", "Lord’s Resistance Army"], "Juba", "juba-permanent_ceasefire-2008-02"),
 R("peace_agreement", None, "negated", "2008-04", None, "Joseph Kony, however, failed to appear at Ri-Kwangba to sign the Final Peace Agreement in April 2008", ["Joseph Kony", "Government of Uganda"], "Ri-Kwangba", FPA),
 R("peace_agreement", None, "negated", "2008-11", "late", "and again in late November", ["Joseph Kony"], "Ri-Kwangba", FPA),
 R("peace_agreement", None, "hypothetical", None, None, "Had Kony signed", ["Joseph Kony"], None, FPA),
 R("withdrawal", None, "hypothetical", None, None, "it is doubtful that his fighters would have left Garamba in any case", ["Lord’s Resistance Army"], "Garamba", "lra-garamba-withdrawal-hypothetical"),
 R("withdrawal", "completed", "asserted", None, None, "“Rwanda says troop withdrawal from Congo complete”", ["Rwanda"], "Democratic Republic of the Congo", RW, "title of a cited wire report: its date (5 October 2002) is a citation date, not an event time"),
])
