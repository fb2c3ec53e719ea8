package extract

import (
	"strings"
	"testing"
)

// TestLinkActors checks that a mention names the actors tied to its
// trigger (subject, coordinated subjects, "between", "with", "by",
// possessives, objects of "ousted"/"freed") and leaves out reporting
// sources, actors of relative clauses and of other clauses.
func TestLinkActors(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		times []tm
		typ   string // the mention type to look at
		want  string // actors joined by "|", "" for none
	}{
		{"coordinated subjects",
			"Hamas and Israel agreed to a ceasefire in Cairo on 15 January 2025.",
			[]tm{{"15 January 2025", "2025-01-15"}}, "ceasefire", "Hamas|Israel"},
		{"between X and Y after the trigger",
			"Talks between the Taliban and the United States opened in Doha on 12 September 2020.",
			[]tm{{"12 September 2020", "2020-09-12"}}, "talks", "Taliban|United States"},
		{"a reporting source is no party",
			"The United Nations said on Monday that the Houthis and the Presidential Leadership Council had begun talks in Muscat in April 2023.",
			[]tm{{"April 2023", "2023-04"}}, "talks", "Houthis|Presidential Leadership Council"},
		{"a reporting source referred back to by a pronoun is a party",
			"Colombia said on 3 October 2022 that it would open peace talks with the ELN.",
			[]tm{{"3 October 2022", "2022-10-03"}}, "talks", "Colombia|ELN"},
		{"the object of ousted",
			"Soldiers ousted Mohamed Bazoum in a coup on 26 July 2023.",
			[]tm{{"26 July 2023", "2023-07-26"}}, "coup", "Mohamed Bazoum"},
		{"a noun trigger as subject of ousted",
			"A military coup ousted Alpha Condé on 5 September 2021.",
			[]tm{{"5 September 2021", "2021-09-05"}}, "coup", "Alpha Condé"},
		{"a possessive before the trigger",
			"Alpha Condé's overthrow in a military coup on 5 September 2021 drew condemnation.",
			[]tm{{"5 September 2021", "2021-09-05"}}, "coup", "Alpha Condé"},
		{"with X after the trigger",
			"In October 2020, the authorities concluded a prisoner exchange with Boko Haram.",
			[]tm{{"October 2020", "2020-10"}}, "prisoner_swap", "Boko Haram"},
		{"the agent of a passive",
			"The truce in Yemen was brokered by the United Nations in April 2022.",
			[]tm{{"April 2022", "2022-04"}}, "ceasefire", "United Nations"},
		{"according to X is a source",
			"According to the African Union, the TPLF agreed to a truce in Pretoria on 2 November 2022.",
			[]tm{{"2 November 2022", "2022-11-02"}}, "ceasefire", "TPLF"},
		{"a trailing X said is a source",
			"The M23 began withdrawing from Kibumba on 23 December 2022, the EAC said.",
			[]tm{{"23 December 2022", "2022-12-23"}}, "withdrawal", "M23"},
		{"an introductory phrase is skipped",
			"In Khartoum, for its part, the Rapid Support Forces announced a ceasefire on 18 April 2023.",
			[]tm{{"18 April 2023", "2023-04-18"}}, "ceasefire", "Rapid Support Forces"},
		{"the antecedent of a relative clause",
			"Residents cheered the Tatmadaw, which seized power in a coup on 1 February 2021.",
			[]tm{{"1 February 2021", "2021-02-01"}}, "coup", "Tatmadaw"},
		{"actors of another clause are dropped",
			"Hezbollah fired rockets at Israel while the Houthis agreed to a truce in Yemen in April 2022.",
			[]tm{{"April 2022", "2022-04"}}, "ceasefire", "Houthis"},
		{"a country coordinated after an actor's name",
			"Israel and Hamas agreed to a truce in Gaza on 22 November 2023.",
			[]tm{{"22 November 2023", "2023-11-22"}}, "ceasefire", "Israel|Hamas"},
		{"the agent of a mediation and the country joined to it",
			"The truce was agreed on 15 January 2025 after weeks of talks mediated by Qatar, Egypt and the United States.",
			[]tm{{"15 January 2025", "2025-01-15"}}, "talks", "Qatar|Egypt|United States"},
		{"a later verb ends the trigger's phrase",
			"The Security Council welcomed the ATMIS drawdown on 15 March 2023 and called for the fight against al-Shabaab to go on.",
			[]tm{{"15 March 2023", "2023-03-15"}}, "withdrawal", "ATMIS"},
		{"no linked actor gives an empty list",
			"Vladimir Putin praised the army after a ceasefire took effect in May 2020.",
			[]tm{{"May 2020", "2020-05"}}, "ceasefire", ""},
		{"a parenthesis is an aside",
			"France (and, later, Britain) announced in February 2022 that it would withdraw its troops from Mali.",
			[]tm{{"February 2022", "2022-02"}}, "withdrawal", "France"},
		{"coordinated subjects of a swap",
			"The Philippines and the MILF exchanged prisoners on 10 March 2019.",
			[]tm{{"10 March 2019", "2019-03-10"}}, "prisoner_swap", "Philippines|Moro Islamic Liberation Front"},
	}
	x := New()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := x.ExtractSentence(tc.text, timexes(t, tc.text, tc.times))
			var got []string
			found := false
			for _, m := range ms {
				if m.Type == tc.typ {
					got, found = m.Actors, true
					break
				}
			}
			if !found {
				var types []string
				for _, m := range ms {
					types = append(types, describe(m))
				}
				t.Fatalf("no %s mention in %q (got %v)", tc.typ, tc.text, types)
			}
			if g := strings.Join(got, "|"); g != tc.want {
				t.Errorf("actors %q, want %q", g, tc.want)
			}
		})
	}
}
