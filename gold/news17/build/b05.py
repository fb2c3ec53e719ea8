from common import build, TRAP
D = "n17_05_au_nairobi_release"
PC = "pretoria-ceasefire-2022-11-02"
NT = "nairobi-talks-2022-11"
ER = "tigray-eritrean_forces-withdrawal"
A = ["Ethiopian government", "TPLF"]
rows = [
 ("talks", "held", "asserted", None, None, "Senior Commanders conclude talks in Nairobi", ["ENDF", "Tigrayan forces", "AU High-Level Panel"], "Nairobi", NT, "headline"),
 ("ceasefire", "agreed", "asserted", None, None, "on the implementation of the Pretoria Agreement", A, "Pretoria", PC, "headline; the text calls the accord both peace and cessation of hostilities -> ceasefire"),
 ("talks", "held", "asserted", "2022-11-07/2022-11-12", None, "the meeting of the Senior Commanders of the Ethiopian National Defence Force (ENDF) and of the Tigrayan forces, held in Nairobi from 7 to 12 November 2022", ["ENDF", "Tigrayan forces", "AU High-Level Panel"], "Nairobi", NT),
 ("talks", "held", "asserted", "2022-11-07/2022-11-12", None, "The talks were facilitated by H.E. Olusegun Obasanjo", ["Olusegun Obasanjo", "Uhuru Kenyatta", "Phumzile Mlambo-Ngcuka", "ENDF", "Tigrayan forces"], "Nairobi", NT, "time continues from the previous sentence"),
 ("talks", "held", "asserted", "2022-11-12", None, "This afternoon, Field Marshal Birhanu Jula, Chief of General Staff of the ENDF, and General Tadesse Werede, Commander-in-Chief of the Tigrayan forces, signed a Declaration on the modalities", ["Birhanu Jula", "Tadesse Werede"], "Nairobi", NT, "implementation declaration concluding the Nairobi talks; not a new ceasefire or peace accord"),
 ("ceasefire", "agreed", "asserted", "2022-11-02", None, "which the Government of the Federal Democratic Republic of Ethiopia and the Tigray People's Liberation Front (TPLF) signed in Pretoria on 2 November 2022", A, "Pretoria", PC),
 ("ceasefire", "agreed", "asserted", None, None, "The Pretoria Agreement was itself the outcome", A, "Pretoria", PC, "anaphora, no time for the signing"),
 ("talks", "start", "asserted", "2022-10-25", None, "AU-led negotiations in South Africa, which opened on 25 October 2022", ["AU", "Ethiopian government", "TPLF"], "South Africa", "pretoria-talks-2022-10"),
 ("withdrawal", None, "hypothetical", None, None, "concurrently with the withdrawal of foreign and non-ENDF forces from the region", ["foreign forces", "non-ENDF forces"], "Tigray", ER, "planned commitment, not yet under way"),
 ("ceasefire", "in_effect", "asserted", "2022-11-02", "since", "the permanent cessation of hostilities has held since it took effect", A, "Ethiopia", PC, "in force since the Pretoria signing (ten days before publication)"),
 ("talks", None, "hypothetical", None, None, "the Joint Committee would convene again in the coming weeks", ["Joint Committee"], "Ethiopia", "tigray-joint_committee-talks-prospective"),
 ("withdrawal", None, "demanded", None, None, "the call of the AU Peace and Security Council for the complete withdrawal of all foreign forces from Ethiopian territory", ["AU Peace and Security Council", "foreign forces"], "Ethiopia", ER),
 ("talks", None, "negated", "2022-11", None, "the technical talks on tariff schedules under the African Continental Free Trade Area", ["African Union Commission"], "Nairobi", "trap-afcfta-tariff-talks", TRAP + "trade talks"),
]
if __name__ == "__main__":
    print(build(D, rows))
