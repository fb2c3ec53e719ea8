package extract

import "testing"

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
