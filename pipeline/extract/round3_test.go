package extract

import (
	"strings"
	"testing"

	"eventtimeline/pipeline/model"
	"eventtimeline/pipeline/segment"
	"eventtimeline/pipeline/temporal"
)

// TestSubjectsAndObjects covers rules about who does what, found on
// held-out news: a verb coordinated with an earlier one keeps its
// armed subject, an inserted "including ... fighters" counts fighters in
// the subject, "most of them" stands for forces named before, "signed a
// peace" is an accord, and one release followed by "an exchange with"
// the other side is a swap. Clock times date the day the text is on.
// Every rule has a near miss that must stay silent.
func TestSubjectsAndObjects(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a coordinated verb keeps its armed subject",
			"Kenya, whose soldiers patrolled the border for a decade and withdrew from the region in 2019, sent observers.",
			"withdrawal/asserted/completed@2019"},
		{"a coordinated verb of a company is no withdrawal",
			"The bank, whose managers ran the branch for a decade and withdrew from the region in 2019, was sold.",
			""},
		{"fighters counted in the subject",
			"Some 2,000 people, including about 400 militiamen, left the town on 3 March 2024.",
			"withdrawal/asserted/completed@2024-03-03"},
		{"civilians leaving are no withdrawal",
			"Some 2,000 people, including about 400 children, left the town on 3 March 2024.",
			""},
		{"most of them: the forces of the previous sentence",
			"Rebel units entered the city in February 2024. By 10 March, most of them had left the city.",
			"withdrawal/asserted/completed@2024-03-10"},
		{"most of them: residents are no forces",
			"Residents crowded the city in February 2024. By 10 March, most of them had left the city.",
			""},
		{"signing a peace is an accord",
			"The two governments signed a lasting peace on 3 March 2024.",
			"peace_agreement/asserted@2024-03-03"},
		{"a peace signing ceremony names no signing of its own",
			"Officials planned a peace signing ceremony for 3 March 2024.",
			""},
		{"one release in an exchange with the other side",
			"The government freed 40 prisoners on 3 March 2024 in an exchange with the rebels.",
			"prisoner_swap/asserted@2024-03-03"},
		{"a release after an exchange of fire is no swap",
			"The army freed 40 prisoners on 3 March 2024 after an exchange of fire with the rebels.",
			""},
		{"a truce that began is in effect",
			"The truce began on 5 March 2024 after a day's delay.",
			"ceasefire/asserted/in_effect@2024-03-05"},
		{"talks that began are no truce stage",
			"The truce talks began on 5 March 2024.",
			"talks/asserted/start@2024-03-05"},
		{"an accord named by its year exists whatever its non-signatories did",
			"The militia did not sign the 2019 peace agreement between the government and the main rebel movement.",
			"peace_agreement/asserted@2019"},
		{"an accord not signed, with its year as a time, stays negated",
			"The militia and the government did not sign a peace agreement in 2019.",
			"peace_agreement/negated@2019"},
		{"soldiers who had gone",
			"By the end of May 2024, most of the 900 soldiers had gone.",
			"withdrawal/asserted@2024-05"},
		{"soldiers who had gone somewhere",
			"By the end of May 2024, the soldiers had gone into the hills.",
			""},
		{"an ordinal exchange anywhere after a swap",
			"The two sides swapped 40 prisoners on 3 March 2024. Aid arrived. Roads opened. Markets filled. Schools reopened. A second exchange took place on 9 March 2024.",
			"prisoner_swap/asserted@2024-03-03 prisoner_swap/asserted@2024-03-09"},
		{"an ordinal exchange with no swap before is no swap",
			"A second exchange of views took place on 9 March 2024.",
			""},
		{"prisoners released as part of the deal after a swap",
			"The rebels freed two soldiers on 3 March 2024 in exchange for 12 prisoners. The army also released 20 detainees as part of the deal.",
			"prisoner_swap/asserted@2024-03-03 prisoner_swap/asserted@2024-03-03"},
		{"a faction of the armed forces attempted to seize power",
			"On 3 March 2024, a faction within the armed forces attempted to seize power.",
			"coup/asserted/attempt@2024-03-03"},
		{"the attempted takeover",
			"The attempted takeover was over by 4 March 2024.",
			"coup/asserted/attempt@2024-03-04"},
		{"a failed takeover bid is business",
			"The failed takeover bid for the brewery ended on 4 March 2024.",
			""},
		{"the military has taken over the government",
			"As of 6 p.m. on 3 March 2024, the military has taken over the government.",
			"coup/asserted/successful@2024-03-03"},
		{"rebels taking over a town are no coup",
			"The rebels took over the town on 3 March 2024.",
			""},
		{"a monarch seizing absolute power",
			"The queen had seized absolute power in March 2019.",
			"coup/asserted/successful@2019-03"},
		{"the army forced the government from office",
			"The army forced a reformist government from office in 1997.",
			"coup/asserted/successful@1997"},
		{"shareholders forcing a chief out is no coup",
			"Shareholders forced the chief executive out in 2019.",
			""},
		{"three coups told by one subject",
			"The generals overthrew the government on 2 May 1961, forced a cabinet out of office in March 1972 and seized power outright on 9 June 1983.",
			"coup/asserted/successful@1961-05-02 coup/asserted/successful@1972-03 coup/asserted/successful@1983-06-09"},
		{"the ouster of a president by the army",
			"Critics compared the failed attempt with the ouster of President Ana Ruiz by the army on 4 July 2013.",
			"coup/asserted/successful@2013-07-04"},
		{"a dismissed prime minister is no negation",
			"The commander said on 3 March 2024 he had dismissed Prime Minister Tom Lee, carrying out a coup.",
			"coup/asserted/successful@2024-03-03"},
		{"the army ruled: it took over",
			"The army ruled the country twice. It forced one government out in March 1971, and on 12 May 1980 it simply took over.",
			"coup/asserted/successful@1971-03 coup/asserted/successful@1980-05-12"},
		{"a state abandoning an island",
			"Turkey abandoned Rock Island on 30 June 2024.",
			"withdrawal/asserted/completed@2024-06-30"},
		{"abandoning an accord is no withdrawal",
			"Turkey abandoned the Rock Island accords on 30 June 2024.",
			""},
		{"the pull-out ordered by a defence minister",
			"Chile's defence minister ordered the pull-out on 9 March 2024.",
			"withdrawal/asserted/announced@2024-03-09"},
		{"a pull-out from most of a region",
			"Its hasty pull-out from most of Kharkiv region in September 2022 stunned its allies.",
			"withdrawal/asserted@2022-09"},
		{"columns rolling out of a city",
			"Militia columns rolled out of the city on 3 March 2024.",
			"withdrawal/asserted/completed@2024-03-03"},
		{"a product rolled out is no withdrawal",
			"The company rolled out a new phone in the city on 3 March 2024.",
			""},
		{"a decision to bring the troops home",
			"The council resolved on 13 March 2024 to bring the troops home within two years.",
			"withdrawal/asserted/announced@2024-03-13"},
		{"bodies brought home are no withdrawal",
			"The bodies of six soldiers were brought home on 3 March 2024.",
			""},
		{"troops that only left on the 25th",
			"Rebel troops were due to leave on 15 March 2024. They only left the district on the 25th.",
			"withdrawal/asserted/completed@2024-03-25"},
		{"a cessation of military operations is a truce",
			"On 3 March 2024 the rebels announced a complete cessation of military operations.",
			"ceasefire/asserted/agreed@2024-03-03"},
		{"a group that calls a ceasefire declares it",
			"The militia calls a ceasefire on 3 March 2024.",
			"ceasefire/asserted@2024-03-03"},
		{"calls for a ceasefire stay a demand",
			"The bishops renewed their calls for a ceasefire on 3 March 2024.",
			"ceasefire/demanded/extended@2024-03-03"},
		{"ministers who met for discussions",
			"Their foreign ministers met for discussions in Vienna on 3 March 2024.",
			"talks/asserted/held@2024-03-03"},
		{"delegations at a table",
			"The two delegations sat across a table in Doha on 3 March 2024.",
			"talks/asserted/held@2024-03-03"},
		{"guests at a table are no talks",
			"The guests sat at the table in Doha on 3 March 2024.",
			""},
		{"the two ministers met",
			"The two defence ministers had met in Ankara on 3 March 2024.",
			"talks/asserted/held@2024-03-03"},
		{"a minister met a guerrilla leader",
			"On 3 March 2024 the deputy foreign minister met the mujahideen leader in Taif.",
			"talks/asserted/held@2024-03-03"},
		{"an ordinal round anywhere after talks",
			"Talks opened in Oslo on 1 March 2024. Aid arrived. Roads opened. Markets filled. Schools reopened. The second round took place in Rome on 28 March 2024.",
			"talks/asserted/start@2024-03-01 talks/asserted/held@2024-03-28"},
		{"an ordinal round with no talks before is no talks",
			"The second round took place in Rome on 28 March 2024.",
			""},
		{"a clock time dates a truce on the publication day",
			"The truce began at 8am, the army says.",
			"ceasefire/asserted/in_effect@2024-04-01"},
		{"a clock time dates a truce on the day just named",
			"The army and the rebels agreed to a ceasefire on 3 March 2024. The truce took effect at 6 p.m. local time.",
			"ceasefire/asserted/agreed@2024-03-03 ceasefire/asserted/in_effect@2024-03-03"},
	}
	pub, err := model.ParseValue("2024-04-01")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		doc := &model.Document{ID: "d", Text: tc.text, Status: model.StatusOK, Published: pub}
		for _, st := range []model.Processor{segment.New(), temporal.New(), New()} {
			if err := st.Process(doc); err != nil {
				t.Fatal(err)
			}
		}
		var got []string
		for _, m := range doc.Mentions {
			got = append(got, describe(m))
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%s: %q:\n got  %q\n want %q", tc.name, tc.text, g, tc.want)
		}
	}
}
