from common import R, write, TRAP
D = "n14_05_somalia_un_release"
EW = "ethiopia-somalia-withdrawal-2009-01"
DJ = "djibouti-peace_agreement-2008"
CF = "somalia-ceasefire-2008-11"
write(D, [
 R("withdrawal", "completed", "asserted", None, None, "WELCOMES COMPLETION OF ETHIOPIAN WITHDRAWAL", ["Ethiopia"], "Somalia", EW, "headline"),
 R("withdrawal", "completed", "asserted", "2009-W05", None, "the completion this week of the withdrawal of Ethiopian forces from Somalia", ["Ethiopian forces"], "Somalia", EW, "'this week' = ISO week of Tue 27 Jan 2009"),
 R("peace_agreement", None, "asserted", None, None, "in accordance with the Djibouti peace agreement", [], "Somalia", DJ),
 R("withdrawal", "partial", "asserted", "2009-01", None, "handed over their positions in Mogadishu earlier this month", ["Ethiopian troops"], "Mogadishu", "ethiopia-mogadishu-withdrawal-2009-01"),
 R("withdrawal", "completed", "asserted", "2009-W05", "early", "left their last base, in Baidoa, at the start of this week", ["Ethiopian troops"], "Baidoa", EW),
 R("peace_agreement", None, "asserted", "2008-06-09", None, "The Djibouti peace agreement between the Transitional Federal Government and the Alliance for the Re-liberation of Somalia was reached on 9 June 2008", ["Transitional Federal Government", "Alliance for the Re-liberation of Somalia"], "Djibouti", DJ),
 R("peace_agreement", None, "asserted", "2008-08-19", None, "formally signed on 19 August 2008", ["Transitional Federal Government", "Alliance for the Re-liberation of Somalia"], "Djibouti", DJ, "formal signature of the same accord"),
 R("ceasefire", "agreed", "asserted", "2008-10-26", None, "Under arrangements agreed by the two parties in Djibouti on 26 October 2008, a cessation of armed confrontation", ["Transitional Federal Government", "Alliance for the Re-liberation of Somalia"], "Djibouti", CF),
 R("ceasefire", "in_effect", "asserted", "2008-11-05", None, "a cessation of armed confrontation took effect on 5 November", ["Transitional Federal Government", "Alliance for the Re-liberation of Somalia"], "Somalia", CF),
 R("withdrawal", "announced", "asserted", "2008-10-26", None, "Ethiopia undertook to withdraw its forces in phases", ["Ethiopia"], "Somalia", EW, "commitment under the 26 October arrangements"),
 R("ceasefire", None, "demanded", None, None, "called on all Somali parties, including armed groups that remain outside the Djibouti process, to cease hostilities immediately", ["Ahmedou Ould-Abdallah", "Somali parties"], "Somalia", "somalia-ceasefire-2009-call"),
 R("talks", None, "demanded", None, None, "and to join the dialogue", ["Somali parties"], "Somalia", "somalia-djibouti_talks-2009-call"),
 R("withdrawal", None, "demanded", None, None, "statements by Al-Shabaab demanding the departure of the African Union Mission in Somalia (AMISOM)", ["Al-Shabaab", "AMISOM"], "Somalia", "amisom-withdrawal-demand"),
 R("ceasefire", None, "hypothetical", None, None, "a wider ceasefire could be in place within weeks", ["Somali parties"], "Somalia", "somalia-ceasefire-2009-call"),
])
