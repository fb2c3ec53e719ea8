package extract

import (
	"reflect"
	"testing"

	"eventtimeline/pipeline/model"
)

// TestEnduranceDenied covers a truce or accord that "did not hold": the
// negation denies that it lasted, not that it existed, so the mention is
// asserted (a ceasefire's collapse); a negation of the event itself and a
// transitive "did not hold talks" stay negated. A truce with no fighting
// to stop ("a political truce") keeps its pronoun "that truce" out too.
func TestEnduranceDenied(t *testing.T) {
	checkCases(t, []textCase{
		{"a truce that did not hold collapsed",
			"The truce of March 2022 did not hold for long.",
			"ceasefire/asserted/collapsed@2022-03"},
		{"failed to hold: the brokered truce is still asserted",
			"A ceasefire brokered in June 2022 failed to hold.",
			"ceasefire/asserted/agreed@2022-06"},
		{"failed to survive",
			"The ceasefire of June 2022 failed to survive the summer.",
			"ceasefire/asserted/collapsed@2022-06"},
		{"an accord that never lasted existed",
			"The 2019 accord never lasted.",
			"peace_agreement/asserted@2019"},
		{"a truce not agreed stays negated",
			"No truce was agreed in March 2022.",
			"ceasefire/negated/agreed@2022-03"},
		{"held is transitive: the talks did not happen",
			"The rebels did not hold talks in May 2022.",
			"talks/negated/held@2022-05"},
		{"that truce after a political truce is no ceasefire",
			"In the summer of 2022 the parties in parliament observed a political truce. That truce did not last.",
			""},
		{"that truce after an armed one is its collapse",
			"In the summer of 2022 the army and the rebels observed a truce. That truce did not last.",
			"ceasefire/asserted@2022-SU ceasefire/asserted/collapsed@2022-SU"},
	})
}

// TestDefiniteAccords covers "the accords" and "the peace accords": one
// accord told in its parts, which takes the date of a chronology's
// heading as a singular accord does, while bare "accords" stay generic;
// and "the accords that were meant to end the war", whose relative clause
// tells their purpose, not a schedule.
func TestDefiniteAccords(t *testing.T) {
	checkCases(t, []textCase{
		{"the peace accords under a date heading",
			"ANNIVERSARIES\n\n12 MARCH 1998 — ANGOLA\nIn Lusaka, the government and the rebels signed the peace accords.",
			"peace_agreement/asserted@1998-03-12"},
		{"accords in general under a date heading stay out",
			"ANNIVERSARIES\n\n12 MARCH 1998 — ANGOLA\nIn Lusaka, governments and rebels have signed many peace accords.",
			""},
		{"accords meant to end a war were signed",
			"The government and the rebels signed the accords that were meant to end the war on 12 March 1998.",
			"peace_agreement/asserted@1998-03-12"},
		{"a truce meant to begin on a day is still to come",
			"The truce that was meant to begin on 12 March 2024 never came.",
			"ceasefire/hypothetical@2024-03-12"},
	})
}

// TestWarClauseTime covers a time inside a relative clause about a war
// after the trigger: it dates the war, so the accord takes the sentence's
// framing time; a time in a clause about the accord itself still dates it.
func TestWarClauseTime(t *testing.T) {
	checkCases(t, []textCase{
		{"the war's time is not the accord's",
			"In March 2023 the government and the rebels signed a peace agreement, ending a war that had raged since 2014.",
			"peace_agreement/asserted@2023-03"},
		{"prisoners of war are no war",
			"The two sides completed an exchange of prisoners of war that took place on 3 March 2024.",
			"prisoner_swap/asserted@2024-03-03"},
		{"a clause about the accord dates it",
			"The government and the rebels signed a peace agreement that was ratified in March 2023.",
			"peace_agreement/asserted@2023-03"},
	})
}

// TestSigningIdiomsAndMissions covers an accord signed by "putting names
// to" the document just named, a state's forces named by their people
// ("the Ethiopians pulled back from ..."), and a peacekeeping mission
// whose mandate ended; each with a near miss.
func TestSigningIdiomsAndMissions(t *testing.T) {
	checkCases(t, []textCase{
		{"names put to the document of an accord just named",
			"The two sides reached a peace agreement in Tbilisi on 2 May 2023. The two leaders put their names to the document on 3 May 2023.",
			"peace_agreement/asserted@2023-05-02 peace_agreement/asserted@2023-05-03"},
		{"signatures put to a petition are no accord",
			"The two leaders put their signatures to the petition on 3 May 2023.",
			""},
		{"a people for its forces",
			"The Ethiopians pulled back from Eritrean territory in April 2023.",
			"withdrawal/asserted/completed@2023-04"},
		{"a people leaving a hall is no withdrawal",
			"The Ethiopians left the conference hall in April 2023.",
			""},
		{"a mission's mandate ended",
			"The mandate of UNAMIR expired in March 2023.",
			"withdrawal/asserted/completed@2023-03"},
		{"a government's mandate is no mission",
			"The government's mandate ended in March 2023.",
			""},
	})
}

// TestEndOfTalks covers talks told "at the end of" them after an event
// of the same sentence: they end at that event's time; talks named with
// no time and no such event stay out.
func TestEndOfTalks(t *testing.T) {
	checkCases(t, []textCase{
		{"talks end when the accord is signed",
			"The two leaders signed the peace accord shortly after midnight on 3 May 2023 in a sports hall near the border, at the end of a final round of negotiations.",
			"peace_agreement/asserted@2023-05-03 talks/asserted/held@2023-05-03"},
	})
}

// TestTermsNotDeeds covers events an agreement or a schedule sets rather
// than reports: an exchange "agreed to", a release that "is to" happen in
// return for another, the deadline for a withdrawal, and a price truce
// between traders; each beside the deed itself.
func TestTermsNotDeeds(t *testing.T) {
	checkCases(t, []textCase{
		{"an exchange agreed to is still to come",
			"The two sides agreed to exchange all prisoners on 13 March 2024.",
			"prisoner_swap/hypothetical@2024-03-13"},
		{"an exchange done",
			"The two sides exchanged all prisoners on 13 March 2024.",
			"prisoner_swap/asserted@2024-03-13"},
		{"a release that is to come in return for another",
			"The militia is to free 20 hostages, in return for 60 prisoners, from 13 March 2024.",
			"prisoner_swap/hypothetical@2024-03-13"},
		{"the deadline for a withdrawal",
			"The deadline for the army's withdrawal from the valley passed on 13 March 2024.",
			"withdrawal/demanded@2024-03-13"},
		{"a price truce between traders",
			"The price truce the traders agreed in March 2024 has broken down.",
			""},
	})
}

// TestMoreWithdrawalsAndPauses covers "brought home the 1,200 soldiers"
// (the object after "home"), a people pulling out of a town the gazetteer
// does not know, and an agreed "pause in fighting"; with near misses.
func TestMoreWithdrawalsAndPauses(t *testing.T) {
	checkCases(t, []textCase{
		{"brought home the soldiers",
			"In January 2024 the president brought home the 1,200 soldiers he had sent abroad.",
			"withdrawal/asserted/completed@2024-01"},
		{"brought home the prisoners is no withdrawal",
			"In January 2024 the president brought home the 12 prisoners held abroad.",
			""},
		{"a people pulled out of a small town",
			"In January 2024 the Israelis pulled out of Khirbet Tell.",
			"withdrawal/asserted/completed@2024-01"},
		{"a state leaving an organisation is no withdrawal",
			"In January 2024 Russia withdrew from Interpol.",
			""},
		{"an agreed pause in fighting",
			"The army and the rebels announced a pause in the fighting on 3 March 2024.",
			"ceasefire/asserted/agreed@2024-03-03"},
		{"a lull is no pause agreed",
			"There was a pause in the fighting on 3 March 2024 as both sides regrouped.",
			""},
	})
}

// TestTimeOfNamedEvent covers a date that names an event ("the ceasefire
// of 23 October 2020") before a verb of its own: a verb is no modifier,
// so the date stays the event's; and an accord signed "six months after a
// cessation of hostilities" is an accord, beside that truce.
func TestTimeOfNamedEvent(t *testing.T) {
	checkCases(t, []textCase{
		{"the ceasefire of a date, negotiated",
			"The ceasefire of 23 October 2023 was negotiated by the officers.",
			"ceasefire/asserted/agreed@2023-10-23 talks/asserted@2023-10-23"},
		{"an accord six months after a truce",
			"On 12 December 2023 the two states signed a peace agreement in Algiers, six months after a cessation of hostilities had halted the war.",
			"peace_agreement/asserted@2023-12-12 ceasefire/asserted/agreed@2023-06"},
	})
}

// TestAccordAcronyms covers an accord or truce named later by the acronym
// given in parentheses after its full name, or by the initials of its
// name; an acronym the text never defined stays silent.
func TestAccordAcronyms(t *testing.T) {
	checkCases(t, []textCase{
		{"initials of the full name",
			"The two sides agreed on the Comprehensive Peace Agreement in Naivasha. On 9 January 2024 the CPA was signed in Nairobi.",
			"peace_agreement/asserted@2024-01-09"},
		{"an acronym given in parentheses",
			"Eight groups back the Nationwide Ceasefire Agreement (NCA) drafted in Yangon. On 15 October 2023 they sign the NCA.",
			"ceasefire/asserted/agreed@2023-10-15"},
		{"an acronym never defined",
			"On 9 January 2024 the CPA was signed in Nairobi.",
			""},
	})
}

// TestMoreTrucesAndAccords covers a stoppage of firing agreed, an
// agreement "between them that both sides would stop all firing", peace
// "signed" with a possessive, a peace pact of guerrillas "with the
// government" (an accord, not a truce between armed groups), and a coup
// nobody has forgotten; with near misses.
func TestMoreTrucesAndAccords(t *testing.T) {
	checkCases(t, []textCase{
		{"an understanding on stoppage of firing",
			"The two armies worked out an understanding on stoppage of firing on 3 March 2024.",
			"ceasefire/asserted@2024-03-03"},
		{"a stoppage of work",
			"The stoppage of work at the port began on 3 March 2024.",
			""},
		{"agreed that both sides would stop firing",
			"It was agreed between them that both sides would stop all firing with effect from 17:00 on 3 March 2024.",
			"ceasefire/asserted/agreed@2024-03-03"},
		{"a state signed its peace",
			"The country signed its peace in March 2004.",
			"peace_agreement/asserted@2004-03"},
		{"a peace pact with the government",
			"In March 2004 the guerrillas signed a peace pact with the government.",
			"peace_agreement/asserted@2004-03"},
		{"a coup nobody has forgotten",
			"Nobody has forgotten the military's overthrow of the president in 2009.",
			"coup/asserted/successful@2009"},
		{"a coup that did not happen",
			"The army did not overthrow the president in 2009.",
			"coup/negated/successful@2009"},
	})
}

// TestIdiomsAndSeparation covers "coup de grâce" (a final blow),
// declining to rule out a coup (possible) against ruling one out
// (refused), and a memorandum that creates a demilitarised buffer (a
// truce, not a peace accord).
func TestIdiomsAndSeparation(t *testing.T) {
	checkCases(t, []textCase{
		{"coup de grace",
			"The scandal dealt the coup de grâce to his legitimacy in November 2023.",
			""},
		{"declined to rule out a coup",
			"On 3 March 2024 a military spokesman declined to rule out a coup.",
			"coup/hypothetical/successful@2024-03-03"},
		{"ruled out a coup",
			"On 3 March 2024 the general ruled out a coup.",
			"coup/negated/successful@2024-03-03"},
		{"a memorandum creating a buffer zone",
			"The presidents held talks on the war on 16 September 2023. They signed a memorandum in Sochi on 17 September 2023, which created a demilitarised buffer.",
			"talks/asserted/held@2023-09-16 ceasefire/asserted/agreed@2023-09-17"},
	})
}

// TestConsultationsAndPronounSoldiers covers UN-led consultations (talks;
// a ministry's public consultations are not) and soldiers who "say they
// had seized power" (the pronoun stands for them; students are no army).
func TestConsultationsAndPronounSoldiers(t *testing.T) {
	checkCases(t, []textCase{
		{"UN-led consultations",
			"The deal came on 13 March 2024 after a week of UN-led consultations at a castle.",
			"talks/asserted/held@2024-03-13"},
		{"public consultations on a tax",
			"The ministry opened public consultations on the tax on 13 March 2024.",
			""},
		{"officers say they seized power",
			"A group of senior officers went on national television on 13 March 2024 to say they had seized power.",
			"coup/asserted/successful@2024-03-13"},
		{"lunchtime talks are lectures",
			"The paper was presented as one of the lunchtime talks of the seminar on 13 March 2024.",
			""},
		{"students say they seized power",
			"A group of students went on national television on 13 March 2024 to say they had seized power.",
			""},
	})
}

// TestDocAcronyms covers the names docAcronyms reads: initials of the
// capitalised words, an acronym given in parentheses, a name that goes on
// after its head, truce words that make a ceasefire, fields split by
// non-ASCII spaces, and heads inside other words that are not heads.
func TestDocAcronyms(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]string
	}{
		{"They signed the Comprehensive Peace Agreement (CPA) in 2005.", map[string]string{"CPA": model.TypePeaceAgreement}},
		{"the Lusaka Ceasefire Agreement was broken", map[string]string{"LCA": model.TypeCeasefire}},
		{"the Framework Agreement on the Bangsamoro (FAB) of 2012", map[string]string{"FAB": model.TypePeaceAgreement}},
		{"the Treaty of Lisbon\u00a0and later", map[string]string{"TL": model.TypePeaceAgreement}},
		{"the Harare\u2003Truce (HT).", map[string]string{"HT": model.TypeCeasefire}},
		{"a Disagreement and UnTreaty and Accordion", nil},
		{"an agreement (AG) in lower case", nil},
		{"“Geneva Accords” were signed; the Geneva Accords (GA) held", map[string]string{"GA": model.TypePeaceAgreement}},
		{"Agreement", nil},
		{"", nil},
	} {
		if got := docAcronyms(c.text); !reflect.DeepEqual(got, c.want) {
			t.Errorf("docAcronyms(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
