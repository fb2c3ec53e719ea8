package extract

import (
	"strings"
	"testing"
)

// TestOtherConflicts covers rules written for news about conflicts beyond
// the seeds: seizures of power, counter-coups, hostage-for-prisoner
// exchanges, truces left or agreed as a halt to fighting, expulsions of
// foreign forces, and which trigger a time belongs to.
func TestOtherConflicts(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		times []tm
		want  []string
	}{
		// coups
		{"officers had taken power", "Army officers said on Wednesday they had taken power and placed the president under house arrest.",
			[]tm{{"Wednesday", "2023-08-30"}}, []string{"coup/asserted/successful@2023-08-30"}},
		{"a counter-coup attempt is a coup attempt", "A counter-coup attempt in the capital was foiled in September 2023, the authorities said.",
			[]tm{{"September 2023", "2023-09"}}, []string{"coup/asserted/attempt@2023-09"}},
		{"anti-coup protests are no coup", "Anti-coup protests spread across the capital in March 2021.",
			[]tm{{"March 2021", "2021-03"}}, nil},

		// hostage-for-prisoner exchanges
		{"two-sided releases named an exchange", "Hamas freed three hostages on Sunday and Israel released 90 prisoners on Monday, in the first exchange in a year.",
			[]tm{{"Sunday", "2025-01-19"}, {"Monday", "2025-01-20"}}, []string{"prisoner_swap/asserted@2025-01-20"}},
		{"a one-sided release is no exchange", "The rebels freed three hostages on Sunday, the first such exchange this year.",
			[]tm{{"Sunday", "2025-01-19"}}, nil},
		{"hostages released in exchange for prisoners during a pause, then fighting resumed",
			"A humanitarian pause in November 2023 saw 105 hostages released in exchange for 240 prisoners before fighting resumed on Dec. 1.",
			[]tm{{"November 2023", "2023-11"}, {"Dec. 1", "2023-12-01"}},
			[]string{"ceasefire/asserted@2023-11", "prisoner_swap/asserted@2023-11", "ceasefire/asserted/collapsed@2023-12-01"}},
		{"released for a payment is no swap", "The group released several hostages in exchange for a payment in May 2022.",
			[]tm{{"May 2022", "2022-05"}}, nil},

		// leaving a truce or talks is no troop withdrawal
		{"withdrew from a ceasefire: a collapse", "A dissident faction withdrew from a ceasefire with the government in May, accusing the army of attacks.",
			[]tm{{"May", "2023-05"}}, []string{"ceasefire/asserted/collapsed@2023-05"}},
		{"pulled out of the truce: a collapse", "The rebels pulled out of the truce on Friday after an air strike.",
			[]tm{{"Friday", "2024-02-09"}}, []string{"ceasefire/asserted/collapsed@2024-02-09"}},
		{"pulled out of the talks: no withdrawal", "The president pulled out of the talks in January 2019 after a bombing.",
			[]tm{{"January 2019", "2019-01"}}, []string{"talks/asserted/held@2019-01"}},
		{"troops withdrew after the ceasefire: a withdrawal", "Troops withdrew from the town on 3 March 2022 after the ceasefire.",
			[]tm{{"3 March 2022", "2022-03-03"}}, []string{"withdrawal/asserted/completed@2022-03-03", "ceasefire/asserted@2022-03-03~before"}},

		// agreements to stop fighting
		{"agreed to halt fighting", "The two sides had already agreed in August to halt fighting around the city.",
			[]tm{{"August", "2020-08"}}, []string{"ceasefire/asserted/agreed@2020-08"}},
		{"pledged to cease hostilities", "Both armies pledged on Tuesday to cease hostilities along the border.",
			[]tm{{"Tuesday", "2022-11-01"}}, []string{"ceasefire/asserted/agreed@2022-11-01"}},
		{"called on them to stop fighting: a demand", "The council called on the parties on Monday to stop fighting immediately.",
			[]tm{{"Monday", "2024-04-15"}}, nil},
		{"halted its advance: no ceasefire", "The army halted its advance on the city in June 2022.",
			[]tm{{"June 2022", "2022-06"}}, nil},

		// expulsions
		{"junta expelled foreign forces: withdrawal announced", "In January 2023, the junta expelled French special forces, and the last French soldiers left the base on 19 February 2023.",
			[]tm{{"January 2023", "2023-01"}, {"19 February 2023", "2023-02-19"}},
			[]string{"withdrawal/asserted/announced@2023-01", "withdrawal/asserted/completed@2023-02-19"}},
		{"insurgents expelling the army: no withdrawal", "In 2012 rebels and jihadists expelled the army from the northern regions.",
			[]tm{{"2012", "2012"}}, nil},
		{"expelled diplomats: no withdrawal", "The government expelled the ambassador in March 2023.",
			[]tm{{"March 2023", "2023-03"}}, nil},

		// which trigger owns a time
		{"talks before the event take its time, qualified before", "The truce was agreed in Doha on Wednesday after weeks of indirect negotiations.",
			[]tm{{"Wednesday", "2025-01-15"}}, []string{"ceasefire/asserted/agreed@2025-01-15", "talks/asserted/held@2025-01-15~before"}},
		{"a time that ends its clause stays in it", "A bilateral ceasefire between the government and the National Liberation Army (ELN) came into force on Thursday, the most significant step yet in peace talks that resumed in November.",
			[]tm{{"Thursday", "2023-08-03"}, {"November", "2022-11"}}, []string{"ceasefire/asserted/in_effect@2023-08-03", "talks/asserted/start@2022-11"}},
		{"a trigger with a nearer time hands the other on", "The mission handed over the base to the army on 20 January and withdrew 2,000 personnel by the end of December 2022.",
			[]tm{{"20 January", "2023-01-20"}, {"by the end of December 2022", "2022-12"}},
			[]string{"withdrawal/asserted/completed@2023-01-20", "withdrawal/asserted/completed@2022-12"}},
		{"the time of a subordinate clause's trigger is not the main clause's", "In Niger, where soldiers ousted the president on 26 July 2023, the junta said it was open to dialogue with the regional bloc.",
			[]tm{{"26 July 2023", "2023-07-26"}}, []string{"coup/asserted/successful@2023-07-26"}},
		{"a deal reached at a time dates the deal, not the swap", "The swap follows a deal reached in Switzerland last month.",
			[]tm{{"last month", "2023-03"}}, nil},
		{"an agreement signed at a time dates the agreement, not the pull-out", "The pull-out followed the agreement signed in Doha in February 2020 between Washington and the Taliban.",
			[]tm{{"February 2020", "2020-02"}}, []string{"peace_agreement/asserted@2020-02"}},
		{"an offset after a time dates only its complement", "Traoré came to power in a coup on 30 September 2022, eight months after Lieutenant-Colonel Damiba had ousted President Kaboré.",
			[]tm{{"30 September 2022", "2022-09-30"}, {"eight months after", "2022-01"}},
			[]string{"coup/asserted/successful@2022-09-30", "coup/asserted/successful@2022-01"}},
		{"an offset opening the sentence dates the main clause", "Eight months after the parties signed the revitalised peace agreement in Addis Ababa on 12 September 2018, its provisions remain unimplemented.",
			[]tm{{"Eight months after", "2019-05"}, {"12 September 2018", "2018-09-12"}}, []string{"peace_agreement/asserted@2018-09-12"}},
	}
	x := New()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := x.ExtractSentence(tc.text, timexes(t, tc.text, tc.times))
			var got []string
			for _, m := range ms {
				if m.Factuality != "asserted" {
					continue
				}
				d := describe(m)
				if m.Time.Qualifier != "" {
					d += "~" + m.Time.Qualifier
				}
				got = append(got, d)
			}
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("%q\n got  %q\n want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestStoryContext covers rules that need the sentences around: a deal
// reached earlier in a story about peace is a peace agreement, the time of
// a deal named by a participle is not handed on to the next sentence, and
// a sentence that turns to another matter does not continue the time.
func TestStoryContext(t *testing.T) {
	tests := []struct {
		name, published, text string
		want                  []string
	}{
		{"a bare accord reached, after a peace deal in the story", "2016-09-27",
			"The government and the rebels signed a peace deal on Monday.\n\nThe accord was reached in Havana in August after four years of negotiations.\n",
			[]string{"peace_agreement/asserted@2016-09-26", "peace_agreement/asserted@2016-08", "talks/asserted/held@2016-08"}},
		{"a bare accord reached with no peace before: no mention", "2016-09-27",
			"The company said its shares rose on Monday.\n\nThe accord was reached in Havana in August after four years of negotiations.\n",
			[]string{"talks/asserted/held@2016-08"}},
		{"the time of a deal is not handed on", "2023-04-16",
			"The swap follows a deal reached in Switzerland last month. The rebels freed 181 prisoners in exchange for 706 of their own fighters.\n",
			nil},
		{"a narrative time is handed on", "2023-04-16",
			"In October 2020, the government and the rebels met in Geneva. The rebels freed 181 prisoners in exchange for 706 of their own fighters.\n",
			[]string{"prisoner_swap/asserted@2020-10"}},
		{"a new topic does not continue the time", "2023-04-16",
			"In October 2020, the government and the rebels met in Geneva. Meanwhile, the rebels freed 181 prisoners in exchange for 706 of their own fighters.\n",
			nil},
		{"a date with no year takes the sentence's year", "2025-01-20",
			"A humanitarian pause in November 2023 saw 105 hostages released in exchange for 240 prisoners before fighting resumed on Dec. 1.\n",
			[]string{"ceasefire/asserted@2023-11", "prisoner_swap/asserted@2023-11", "ceasefire/asserted/collapsed@2023-12-01"}},
		{"an offset after a dated clause dates the earlier coup", "2023-12-05",
			"Captain Ibrahim Traoré came to power in a coup on 30 September 2022, eight months after Lieutenant-Colonel Damiba had ousted President Kaboré.\n",
			[]string{"coup/asserted/successful@2022-09-30", "coup/asserted/successful@2022-01"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := newsDoc(t, "news", tc.text, tc.published)
			var got []string
			for _, m := range doc.Mentions {
				if m.Factuality == "asserted" {
					got = append(got, describe(m))
				}
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}
