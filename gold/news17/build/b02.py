from common import build
D = "n17_02_egypt_liveblog"
C = "egypt-coup-2013-07-03"
P = "Egypt"
rows = [
 ("coup", "successful", "asserted", None, None, "Morsi removed by army - as it happened", ["army", "Mohamed Morsi"], P, C, "headline"),
 ("coup", "successful", "asserted", "2013-07-03", None, "announced on state television at about 9pm that President Mohamed Morsi had been removed from power", ["Abdel Fattah al-Sisi", "army", "Mohamed Morsi"], "Cairo", C, "'the evening' of Wednesday 3 July"),
 ("coup", "successful", "asserted", "2013-07-03", None, "describing tonight's move by the generals as \"a full military coup\"", ["generals", "Mohamed Morsi"], "Cairo", C),
 ("coup", None, "negated", None, None, "\"what happened is not a coup\"", ["military spokesman"], P, C, "perpetrators' own denial"),
 ("coup", None, "hypothetical", None, None, "whether the takeover amounted to a coup under US law", ["US administration"], P, C, "legal determination pending"),
 ("coup", "successful", "asserted", "2013-07-03", None, "The army tonight ousted Morsi", ["army", "Mohamed Morsi"], "Cairo", C),
 ("talks", None, "hypothetical", None, None, "Sisi said a committee for national reconciliation would be formed", ["Abdel Fattah al-Sisi"], P, "egypt-reconciliation-talks-prospective", "future plan, no date"),
 ("coup", None, "hypothetical", "2013-07-01", None, "warning that otherwise the military would impose its own road map", ["army"], P, C, "threat in Monday's ultimatum"),
 ("talks", "offer", "asserted", "2013-07-03", None, "renewed his offer of a national dialogue with the opposition", ["Mohamed Morsi", "opposition"], P, "egypt-national_dialogue-talks-2013-07", "'this morning'"),
 ("talks", None, "negated", None, None, "there will be no talks with Morsi", ["National Salvation Front", "Mohamed Morsi"], P, "egypt-national_dialogue-talks-2013-07", "refusal"),
 ("withdrawal", None, "negated", "2013-06-30", "since", "the Salafi Nour party, once an ally, has withdrawn its support", ["Nour party"], P, "trap-egypt-nour-support", "trap (not an event of this type): withdrawal of political support"),
 ("coup", None, "hypothetical", "2013-07-03", None, "Cairo woke to rumours of a coup", ["army"], "Cairo", C, "rumours in the morning; not yet asserted"),
]
if __name__ == "__main__":
    print(build(D, rows))
