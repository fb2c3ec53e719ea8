from common import build, TRAP
D = "n17_12_withdrawals_paper"
SW = "afghanistan-soviet_withdrawal-1988_1989"
CW = "angola-cuban_withdrawal-1989_1991"
G = "gaza-disengagement-2005"
ER = "tigray-eritrean_forces-withdrawal"
PC = "pretoria-ceasefire-2022-11-02"
rows = [
 ("withdrawal", "completed", "asserted", None, None, "The Soviet withdrawal from Afghanistan is the classic case", ["Soviet Union"], "Afghanistan", SW),
 ("peace_agreement", None, "asserted", "1988-04-14", None, "The Geneva Accords, signed on 14 April 1988", ["Afghanistan", "Pakistan", "Soviet Union", "United States"], "Geneva", "geneva_accords-peace_agreement-1988-04-14"),
 ("talks", "held", "asserted", "1982/1988", "circa", "after six years of UN-mediated proximity talks", ["United Nations", "Afghanistan", "Pakistan"], "Geneva", "afghanistan-proximity_talks-1982_1988", "six years ending with the April 1988 signing"),
 ("withdrawal", "completed", "asserted", "1988-05-15/1989-02-15", None, "Between 15 May 1988 and 15 February 1989 the 40th Army left the country in two phases", ["40th Army", "Soviet Union"], "Afghanistan", SW),
 ("withdrawal", "completed", "asserted", "1989-02-15", None, "on the last day its commander, General Boris Gromov, walked across the Friendship Bridge at Termez", ["Boris Gromov", "40th Army"], "Termez", SW, "'the last day' of the interval = 15 February 1989"),
 ("withdrawal", "completed", "asserted", None, None, "The Najibullah government survived its patrons' departure by three years", ["Soviet Union"], "Afghanistan", SW),
 ("ceasefire", None, "negated", None, None, "no ceasefire between Kabul and the mujahideen was ever concluded", ["Kabul government", "mujahideen"], "Afghanistan", "afghanistan-ceasefire-negated"),
 ("withdrawal", "completed", "asserted", None, None, "The Cuban withdrawal from Angola is the most orderly in our sample.", ["Cuba"], "Angola", CW),
 ("peace_agreement", None, "asserted", "1988-12-22", None, "The New York Accords of 22 December 1988 linked it to Namibian independence", ["Angola", "Cuba", "South Africa"], "New York", "new_york_accords-peace_agreement-1988-12-22"),
 ("withdrawal", "partial", "asserted", "1989-01", None, "The first contingent left in January 1989", ["Cuba"], "Angola", CW),
 ("withdrawal", "completed", "asserted", "1991-05-25", None, "the last Cuban troops left Luanda on 25 May 1991", ["Cuba"], "Luanda", CW),
 ("peace_agreement", None, "asserted", "1991-05-31", None, "within days of the last departure the Angolan government and UNITA signed the Bicesse Accords, on 31 May 1991", ["Angolan government", "UNITA"], "Angola", "bicesse-peace_agreement-1991-05-31"),
 ("withdrawal", "completed", "asserted", None, None, "Israel's disengagement from Gaza is our unilateral case.", ["Israel"], "Gaza", G),
 ("peace_agreement", None, "negated", None, None, "No agreement with the Palestinian Authority preceded it", ["Israel", "Palestinian Authority"], "Gaza", "gaza-disengagement-peace_agreement-negated"),
 ("withdrawal", "partial", "asserted", None, None, "The settlements were evacuated in the second half of August 2005", ["Israel"], "Gaza", G, "civilian settler evacuation as a phase of the disengagement; arguable as a withdrawal of forces, left as don't care"),
 ("withdrawal", "completed", "asserted", "2005-09-12", None, "the last soldiers left on 12 September", ["Israeli army"], "Gaza", G),
 ("talks", "held", "asserted", "2005-11", None, "the crossings regime had to be negotiated afterwards, in the Agreement on Movement and Access of November 2005", ["Israel", "Palestinian Authority"], "Gaza", "gaza_crossings-talks-2005"),
 ("ceasefire", "agreed", "asserted", "2022-11-02", None, "The cessation of hostilities signed in Pretoria on 2 November 2022 between the Ethiopian government and the TPLF", ["Ethiopian government", "TPLF"], "Pretoria", PC),
 ("ceasefire", "agreed", "asserted", None, None, "The agreement made the disarmament of Tigrayan forces concurrent", ["Ethiopian government", "TPLF"], "Pretoria", PC, "anaphora"),
 ("withdrawal", None, "hypothetical", None, None, "concurrent with the withdrawal of \"foreign and non-ENDF forces\"", ["foreign forces", "non-ENDF forces"], "Tigray", ER, "provision of the agreement"),
 ("withdrawal", "partial", "asserted", "2022-12/2023-01", None, "Partial pull-backs of Eritrean troops from several Tigrayan towns were reported between late December 2022 and January 2023", ["Eritrean troops"], "Tigray", ER, "'late December' start not expressible inside an interval"),
 ("withdrawal", None, "negated", None, None, "Addis Ababa has not announced any agreement with Asmara on a full withdrawal", ["Ethiopia", "Eritrea"], "Tigray", ER),
 ("withdrawal", "completed", "asserted", "2021-06-28", None, "The Ethiopian army's own earlier retreat, when it left Mekelle on 28 June 2021", ["Ethiopian army"], "Mekelle", "mekelle-withdrawal-2021-06-28"),
 ("ceasefire", "agreed", "asserted", "2021-06-28", None, "a military defeat presented as a unilateral ceasefire", ["Ethiopian government"], "Tigray", "ethiopia-unilateral_ceasefire-2021-06-28", "same sentence as the 28 June 2021 date"),
 ("talks", None, "negated", None, None, "presented as a talk at our spring seminar", ["Centre for Comparative Conflict Studies"], None, "trap-paper-seminar-talk", TRAP + "a seminar talk"),
 ("peace_agreement", None, "asserted", None, None, "See also UN Treaty Series entry for the Geneva Accords, accessed 3 May 2023.", ["Afghanistan", "Pakistan"], "Geneva", "geneva_accords-peace_agreement-1988-04-14", "citation; the access date is not an event time"),
 ("withdrawal", "completed", "asserted", None, None, "\"Last Soviet soldier leaves Afghanistan\", news agency report, 15 February 1989", ["Soviet Union"], "Afghanistan", SW, "cited headline; 15 February 1989 is the report's date, never an event time"),
 ("ceasefire", "agreed", "asserted", None, None, "Agreement for Lasting Peace through a Permanent Cessation of Hostilities, Pretoria, 2 November 2022.", ["Ethiopian government", "TPLF"], "Pretoria", PC, "citation of the document; its date is a source date"),
 ("withdrawal", "partial", "asserted", None, None, "\"Eritrean troops seen leaving Tigray towns\", 30 December 2022, accessed 5 May 2023", ["Eritrean troops"], "Tigray", ER, "cited headline; report and access dates are not event times"),
]
if __name__ == "__main__":
    print(build(D, rows))
