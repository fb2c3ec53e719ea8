package extract

import "testing"

// TestTruceAgreementsAndFrames covers an agreement that silences the guns
// (a ceasefire), a stage chain that stops at a relative clause on a war
// ("a war that began": the war's verb, no stage of the truce), and a time
// that opens the sentence with a part of the day and a place before its
// comma, which frames every trigger of the clause.
func TestTruceAgreementsAndFrames(t *testing.T) {
	checkCases(t, []textCase{
		{"an agreement to silence the guns is a truce",
			"On 2 March 2024 the army and the militia signed an agreement to permanently silence the guns.",
			"ceasefire/asserted/agreed@2024-03-02"},
		{"silencing critics is no truce",
			"On 2 March 2024 the ruling party signed an agreement to silence its critics.",
			""},
		{"a war that began is not a truce that began",
			"On 2 March 2024 the two sides signed a ceasefire to end a war that began in May 2021.",
			"ceasefire/asserted/agreed@2024-03-02"},
		{"a truce that began still begins",
			"A truce that began in May 2021 collapsed in June 2021.",
			"ceasefire/asserted/in_effect@2021-05 ceasefire/asserted/collapsed@2021-06"},
		{"a framing time with a part of the day and a place",
			"On Wednesday evening in Lusaka, negotiators for the government and the rebel movement signed an agreement to stop the fighting.",
			"talks/asserted@2024-03-27 ceasefire/asserted/agreed@2024-03-27"},
	})
}

// TestCoupRemovals covers rulers removed by the military: "the armed
// forces removed President X", "the generals forced X out", and a removal
// from power that the military itself announced; a party forcing its
// leader out, troops forcing rebels out of a town, and a minister's word
// of a removal are no coups.
func TestCoupRemovals(t *testing.T) {
	checkCases(t, []textCase{
		{"the armed forces removed the president",
			"In March 1981 the armed forces removed President Lucas Obiang.",
			"coup/asserted/successful@1981-03"},
		{"the generals forced him out",
			"In May 1960 the generals forced Menderes out with a memorandum.",
			"coup/asserted/successful@1960-05"},
		{"a removal announced by the army chief",
			"On 4 June 2013 the army chief announced on television that President Kalu had been removed from power.",
			"coup/asserted/successful@2013-06-04"},
		{"a party forcing its leader out",
			"In May 2020 the party forced him out of the leadership.",
			""},
		{"troops forcing rebels out of a town",
			"In May 2020 the army forced the rebels out of Goma.",
			""},
		{"a minister's word of a removal",
			"The minister said in May 2020 that the official had been removed from power.",
			""},
	})
}

// TestNamedAccordsKeptOrNot covers a named accord followed by "of" and its
// date (the name ends before the date), and an accord that was never
// implemented: it was still made.
func TestNamedAccordsKeptOrNot(t *testing.T) {
	checkCases(t, []textCase{
		{"a named accord of a month",
			"The Lusaka Agreement of July 1999 collapsed.",
			"peace_agreement/asserted@1999-07"},
		{"never implemented is still signed",
			"The Bamako Accord of June 2015 was never implemented.",
			"peace_agreement/asserted@2015-06"},
		{"never put into practice",
			"The 2015 accord was never put into practice.",
			"peace_agreement/asserted@2015"},
		{"no truce agreed stays negated",
			"No truce was agreed in May 2020.",
			"ceasefire/negated/agreed@2020-05"},
	})
}

// TestAgreementMadeBy covers an agreement told with the participle of its
// making and its agent ("the agreement negotiated by X on ..."): the
// accord was made, and the participle is no talks of its own.
func TestAgreementMadeBy(t *testing.T) {
	checkCases(t, []textCase{
		{"an agreement negotiated by an envoy",
			"Only the threat of invasion produced the peace agreement negotiated by the envoy on 18 September 1994.",
			"peace_agreement/asserted@1994-09-18"},
		{"talks negotiated are still talks",
			"In May 2020 the parties negotiated a prisoner release in Doha.",
			"talks/asserted/held@2020-05"},
	})
}

// TestTakeOut covers forces taken or brought out of a place (a withdrawal)
// against hostages taken out of a city and money out of a bank.
func TestTakeOut(t *testing.T) {
	checkCases(t, []textCase{
		{"the army taken out of a region",
			"In May 2000 the prime minister took the army out of southern Lebanon.",
			"withdrawal/asserted/completed@2000-05"},
		{"the last troops brought out of a city",
			"In August 2021 the allies brought the last troops out of Kabul.",
			"withdrawal/asserted/completed@2021-08"},
		{"hostages taken out are no withdrawal",
			"In May 2020 the rebels took the hostages out of the city.",
			""},
		{"money out of a bank",
			"In May 2020 the minister took the money out of the bank.",
			""},
	})
}

// TestControlByPronoun covers "it had taken control of the capital" when
// the pronoun stands for a council the army leads, against rebels who say
// they took a town.
func TestControlByPronoun(t *testing.T) {
	checkCases(t, []textCase{
		{"a council led by the army took control",
			"On 19 March 2024 a council led by the army commander, General Kofi Mensah, announced on all the television channels shortly before midnight that it had taken control of the capital.",
			"coup/asserted/successful@2024-03-19"},
		{"rebels taking a capital",
			"On 19 March 2024 the rebels said they had taken control of the capital.",
			""},
	})
}
