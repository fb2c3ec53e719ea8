package extract

import (
	"strings"
	"testing"

	"eventtimeline/pipeline/ingest"
	"eventtimeline/pipeline/model"
	"eventtimeline/pipeline/segment"
	"eventtimeline/pipeline/temporal"
)

// TestNewsSentences covers rules written for agency news: words inside
// names are no markers or triggers, a report keeps the modality of what it
// reports, "until" gives the end of a state and a dateline the filing day,
// neither the event's time, and one event told by several triggers is one
// mention.
func TestNewsSentences(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		times []tm
		want  []string
	}{
		// 1. names are no markers and no triggers
		{"support inside a group's name is no demand",
			"Sudan's army and the paramilitary Rapid Support Forces signed a one-week ceasefire on 20 May 2023.",
			[]tm{{"20 May 2023", "2023-05-20"}}, []string{"ceasefire/asserted/agreed@2023-05-20"}},
		{"support as a verb is still a demand",
			"Western governments support a ceasefire in Gaza, ministers said on 3 November 2023.",
			[]tm{{"3 November 2023", "2023-11-03"}}, []string{"ceasefire/demanded@2023-11-03"}},
		{"a name holding a demand word", "Fighters of the People's Defence Force Must Unite brigade freed 30 prisoners in exchange for 12 detainees in March 2022.",
			[]tm{{"March 2022", "2022-03"}}, []string{"prisoner_swap/asserted@2022-03"}},
		{"dialogue inside a commission's name is no talks",
			"The National Dialogue Commission of Ethiopia was set up in February 2022.",
			[]tm{{"February 2022", "2022-02"}}, nil},
		{"an event named by its head noun still counts",
			"Delegates attended the Conference of National Understanding in April 2017.",
			[]tm{{"April 2017", "2017-04"}}, []string{"talks/asserted/held@2017-04"}},
		{"a named agreement still counts",
			"The Comprehensive Peace Agreement was signed in Naivasha in January 2005.",
			[]tm{{"January 2005", "2005-01"}}, []string{"peace_agreement/asserted@2005-01"}},
		{"a sentence-initial trigger before a country is no name",
			"Withdrawal of French troops from Mali was completed in August 2022.",
			[]tm{{"August 2022", "2022-08"}}, []string{"withdrawal/asserted@2022-08"}},

		// 2. reported speech keeps modality
		{"reported could stays hypothetical", "Analysts say a peace deal could be signed in 2024.",
			[]tm{{"2024", "2024"}}, []string{"peace_agreement/hypothetical@2024"}},
		{"reported might stays hypothetical", "Diplomats said a truce might take effect in the spring of 2024.",
			[]tm{{"the spring of 2024", "2024-SP"}}, []string{"ceasefire/hypothetical/in_effect@2024-SP"}},
		{"reported should is a demand", "The minister said talks should begin in Geneva in June 2019.",
			[]tm{{"June 2019", "2019-06"}}, []string{"talks/demanded/start@2019-06"}},
		{"reported would-withdraw is an announcement", "Britain announced on 4 March 2021 that it would withdraw its troops from Mali.",
			[]tm{{"4 March 2021", "2021-03-04"}}, []string{"withdrawal/asserted/announced@2021-03-04"}},
		{"reported withdrawal that would begin is an announcement", "The ministry said on 4 March 2021 the withdrawal of its troops would begin in May.",
			[]tm{{"4 March 2021", "2021-03-04"}, {"May", "2021-05"}}, []string{"withdrawal/asserted/announced@2021-03-04"}},
		{"reported would with unless stays hypothetical", "The army said on 3 June 2023 it would withdraw its troops unless attacks resumed.",
			[]tm{{"3 June 2023", "2023-06-03"}}, []string{"withdrawal/hypothetical@2023-06-03"}},
		{"reported past stays asserted", "Officials said the two sides exchanged 60 prisoners on 12 April 2022.",
			[]tm{{"12 April 2022", "2022-04-12"}}, []string{"prisoner_swap/asserted@2022-04-12"}},

		// 3. until and datelines
		{"until gives the end of the truce, not its extension",
			"The government said on 31 December 2022 it had extended a unilateral ceasefire until the end of February.",
			[]tm{{"31 December 2022", "2022-12-31"}, {"the end of February", "2023-02"}}, []string{"ceasefire/asserted/extended@2022-12-31"}},
		{"through gives the end of a state",
			"The mission's mandate was ended on 30 June 2023 and its peacekeepers stayed through December.",
			[]tm{{"30 June 2023", "2023-06-30"}, {"December", "2023-12"}}, []string{"withdrawal/asserted/completed@2023-06-30"}},
		{"dateline date is not the event time",
			"NIAMEY, Aug 2 2023 - Niger's presidential guard seized power in a coup on July 26, ousting President Mohamed Bazoum.",
			[]tm{{"Aug 2 2023", "2023-08-02"}, {"July 26", "2023-07-26"}}, []string{"coup/asserted/successful@2023-07-26"}},
		{"dateline with agency, weekday in the lead",
			"ADDIS ABABA, Nov 3 (Reuters) - Ethiopia and Tigrayan forces agreed to a truce on Wednesday, the African Union said.",
			[]tm{{"Nov 3", "2022-11-03"}, {"Wednesday", "2022-11-02"}}, []string{"ceasefire/asserted/agreed@2022-11-02"}},
		{"dateline date alone in a past-tense lead gives no time",
			"KYIV, Jan 4, 2024 — Russia and Ukraine exchanged 478 prisoners of war, officials said.",
			[]tm{{"Jan 4, 2024", "2024-01-04"}}, nil},
		{"dateline date alone in a present-tense lead is the time",
			"KYIV, Jan 4, 2024 — Russia and Ukraine swap 478 prisoners of war in the largest exchange of the conflict.",
			[]tm{{"Jan 4, 2024", "2024-01-04"}}, []string{"prisoner_swap/asserted@2024-01-04"}},

		// 4. one event, several triggers
		{"coup told three ways is one mention",
			"Soldiers ousted President Alpha Conde in a coup on 5 September 2021 and seized power in Conakry.",
			[]tm{{"5 September 2021", "2021-09-05"}}, []string{"coup/asserted/successful@2021-09-05"}},
		{"two coups with two times stay two",
			"The army seized power in a coup in August 2020 and staged another coup in May 2021.",
			[]tm{{"August 2020", "2020-08"}, {"May 2021", "2021-05"}}, []string{"coup/asserted/successful@2020-08", "coup/asserted/successful@2021-05"}},
		{"a truce agreed then expired is two mentions",
			"A six-month truce agreed in April 2022 expired in October, but fighting remained limited.",
			[]tm{{"April 2022", "2022-04"}, {"October", "2022-10"}}, []string{"ceasefire/asserted/agreed@2022-04", "ceasefire/asserted/collapsed@2022-10"}},
		{"a time before a coordinated verb stays in its clause",
			"France began withdrawing its troops from bases in northern Mali last year and handed over the Gao base to Malian forces on Monday.",
			[]tm{{"last year", "2021"}, {"Monday", "2022-08-15"}}, []string{"withdrawal/asserted@2021", "withdrawal/asserted/completed@2022-08-15"}},

		// news forms of the six types
		{"last soldiers left", "The last French soldiers left Niger on 22 December 2023, the army said.",
			[]tm{{"22 December 2023", "2023-12-22"}}, []string{"withdrawal/asserted/completed@2023-12-22"}},
		{"handed over the base", "The French army handed over its last base in Niamey to Nigerien forces on Thursday.",
			[]tm{{"Thursday", "2023-12-21"}}, []string{"withdrawal/asserted/completed@2023-12-21"}},
		{"completed the withdrawal", "The United States completed its withdrawal from Afghanistan on August 30, 2021.",
			[]tm{{"August 30, 2021", "2021-08-30"}}, []string{"withdrawal/asserted/completed@2021-08-30"}},
		{"troops and an ambassador", "France announced in September that it would withdraw its troops and ambassador from Niger.",
			[]tm{{"September", "2023-09"}}, []string{"withdrawal/asserted/announced@2023-09"}},
		{"agreed to a truce", "Armenia and Azerbaijan agreed to a truce on Tuesday after two days of fighting.",
			[]tm{{"Tuesday", "2022-09-13"}}, []string{"ceasefire/asserted/agreed@2022-09-13"}},
		{"agreed ceasefire took effect later: the agreement and its entry into force", "The two sides agreed in June to a six-month bilateral ceasefire, which took effect on August 3.",
			[]tm{{"June", "2022-06"}, {"August 3", "2022-08-03"}}, []string{"ceasefire/asserted/agreed@2022-06", "ceasefire/asserted/in_effect@2022-08-03"}},
		{"a chain of stages, each dated", "A truce announced in Doha on 9 March came into force two days later and collapsed on 30 March after a car bomb.",
			[]tm{{"9 March", "2024-03-09"}, {"two days later", "2024-03-11"}, {"30 March", "2024-03-30"}},
			[]string{"ceasefire/asserted/agreed@2024-03-09", "ceasefire/asserted/in_effect@2024-03-11", "ceasefire/asserted/collapsed@2024-03-30"}},
		{"extended twice, the second verb elided", "The truce, agreed on May 2, was extended for three days on May 6 and for another 48 hours on May 9.",
			[]tm{{"May 2", "2024-05-02"}, {"May 6", "2024-05-06"}, {"May 9", "2024-05-09"}},
			[]string{"ceasefire/asserted/agreed@2024-05-02", "ceasefire/asserted/extended@2024-05-06", "ceasefire/asserted/extended@2024-05-09"}},
		{"a truce that began, then expired", "A 48-hour truce that began on June 4 expired two days later amid heavy shelling.",
			[]tm{{"June 4", "2024-06-04"}, {"two days later", "2024-06-06"}},
			[]string{"ceasefire/asserted/in_effect@2024-06-04", "ceasefire/asserted/collapsed@2024-06-06"}},
		{"the chain stops at a subordinate clause", "The truce took effect on 4 June, when the rebels withdrew from the town on 5 June.",
			[]tm{{"4 June", "2024-06-04"}, {"5 June", "2024-06-05"}},
			[]string{"ceasefire/asserted/in_effect@2024-06-04", "withdrawal/asserted/completed@2024-06-05"}},
		{"a hypothetical chain stays hypothetical", "A truce could be signed on Monday and take effect on Wednesday, officials said.",
			[]tm{{"Monday", "2024-06-03"}, {"Wednesday", "2024-06-05"}},
			[]string{"ceasefire/hypothetical/agreed@2024-06-03", "ceasefire/hypothetical/in_effect@2024-06-05"}},
		{"ceasefire in place", "A bilateral ceasefire has been in place since Aug. 29.",
			[]tm{{"since Aug. 29", "2016-08-29"}}, []string{"ceasefire/asserted/in_effect@2016-08-29"}},
		{"the truce collapsed", "The truce collapsed in March when shelling resumed.",
			[]tm{{"March", "2024-03"}}, []string{"ceasefire/asserted/collapsed@2024-03"}},
		{"signed a peace deal", "Colombia's government and the FARC rebels signed a peace deal on Monday evening.",
			[]tm{{"Monday", "2016-09-26"}}, []string{"peace_agreement/asserted@2016-09-26"}},
		{"freed in exchange for", "The Houthis freed 181 prisoners in exchange for 706 of their own fighters on 16 April 2023.",
			[]tm{{"16 April 2023", "2023-04-16"}}, []string{"prisoner_swap/asserted@2023-04-16"}},
		{"swap as a present verb", "Russia and Ukraine swap nearly 200 prisoners of war on 4 January 2024.",
			[]tm{{"4 January 2024", "2024-01-04"}}, []string{"prisoner_swap/asserted@2024-01-04"}},
		{"relative clause with a past verb is not governed by a demand; its time is its own",
			"The soldiers completed a pull-out demanded by the junta that seized power in July.",
			[]tm{{"July", "2023-07"}}, []string{"coup/asserted/successful@2023-07"}},
		{"a truce signed at a venue and a time, then collapsed", "The truce signed in Doha in March 2021 collapsed in June.",
			[]tm{{"March 2021", "2021-03"}, {"June", "2021-06"}}, []string{"ceasefire/asserted/agreed@2021-03", "ceasefire/asserted/collapsed@2021-06"}},
		{"an open-ended truce is no collapse", "The army and the rebels signed an open-ended ceasefire on Friday.",
			[]tm{{"Friday", "2024-05-03"}}, []string{"ceasefire/asserted/agreed@2024-05-03"}},
		{"the year naming a truce does not date its collapse", "Both sides now say the 2019 truce has collapsed.",
			[]tm{{"2019", "2019"}}, nil},
		{"a truce that ended weeks of fighting did not collapse", "Peacekeepers patrol the line under a 2020 ceasefire that ended six weeks of fighting.",
			[]tm{{"2020", "2020"}}, []string{"ceasefire/asserted@2020"}},
		{"a time before a determiner dates the clause", "By early July the ceasefire had collapsed.",
			[]tm{{"July", "2024-07"}}, []string{"ceasefire/asserted/collapsed@2024-07"}},
		{"truce agreed at talks: the talks were held", "The truce was agreed at talks in Luanda last week.",
			[]tm{{"last week", "2024-W31"}}, []string{"ceasefire/asserted/agreed@2024-W31", "talks/asserted/held@2024-W31"}},
	}
	x := New()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, m := range x.ExtractSentence(tc.text, timexes(t, tc.text, tc.times)) {
				got = append(got, describe(m))
			}
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("%q\n got  %q\n want %q", tc.text, got, tc.want)
			}
		})
	}
}

// newsDoc runs a news text through the pipeline's own stages with a
// publication date.
func newsDoc(t *testing.T, id, text, published string) *model.Document {
	t.Helper()
	a, err := model.ParseValue(published)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ingest.FromBytes(id, []byte(text), id+".txt", a)
	if err != nil {
		t.Fatalf("ingest: %v", err)
	}
	for _, p := range []model.Processor{segment.New(), temporal.New(), New()} {
		if err := p.Process(doc); err != nil {
			t.Fatal(err)
		}
	}
	return doc
}

// TestNewsDocuments covers document-level rules for news: headlines take
// the time of their lead, and a sentence's country comes from the sentence,
// then its paragraph, and from the document only when it has one clear
// country.
func TestNewsDocuments(t *testing.T) {
	tests := []struct {
		name, published, text string
		want                  []string // describe(m) + " " + country
	}{
		{"a general noun for a truce just named, with a chain of stages", "2024-12-01",
			"A truce signed in June collapsed within weeks. A second arrangement, announced in Cairo on 9 September, came into force two days later. A new deal to free hostages was announced on 3 October and took effect on 5 October.\n",
			[]string{"ceasefire/asserted/agreed@2024-06 ", "ceasefire/asserted/agreed@2024-09-09 EGY", "ceasefire/asserted/in_effect@2024-09-11 EGY"}},
		{"a live blog's entry takes the day it was posted", "2024-03-02",
			"Gaza live: truce talks\n\nLive updates, 2 March 2024.\n\n14:05 GMT\nHamas and Israel have agreed to a six-week truce, mediators say.\n\n12:30\nThe army says it has not withdrawn troops from the north.\n",
			[]string{"ceasefire/asserted/agreed@2024-03-02 ISR", "withdrawal/negated/completed@2024-03-02 "}},
		{"the deal made after a swap was named is the swap", "2024-06-10",
			"Armenia and Azerbaijan will exchange 32 prisoners of war, officials said on Monday. The cabinet approved the deal on Sunday night. The deal, critics said, came too late.\n",
			[]string{"prisoner_swap/hypothetical@2024-06-10 ARM", "prisoner_swap/asserted@2024-06-09 ARM"}},
		{"after a truce and a swap, the deal is not known to be the swap", "2024-06-10",
			"The two sides agreed on Monday to a truce and to exchange 32 prisoners. The cabinet approved the deal on Sunday night.\n",
			[]string{"ceasefire/asserted/agreed@2024-06-10 ", "prisoner_swap/asserted@2024-06-10 "}},
		{"a proposal accepted right after a truce was proposed", "2024-08-05",
			"Egypt proposed a 72-hour truce on Sunday. Both sides accepted the Egyptian proposal late on Monday. The rebels accepted the plan to hold elections on Monday.\n",
			[]string{"ceasefire/hypothetical@2024-08-04 EGY", "ceasefire/asserted/agreed@2024-08-05 EGY"}},
		{"talks told by a pronoun and a round in the sentence after", "2024-07-20",
			"Negotiations between the two sides broke off in early 2019. They resumed in Oslo in March 2023, and the latest round, held in Geneva last week, ended without a deal.\n",
			[]string{"talks/asserted@2019 ", "talks/asserted/held@2023-03 NOR", "talks/asserted/held@2024-W28 NOR"}},
		{"present-tense headline takes the lead's time", "2024-01-04",
			"Russia and Ukraine swap nearly 200 prisoners of war\n\nKYIV, Jan 4 (Reuters) - Russia and Ukraine exchanged 478 prisoners of war on Wednesday, officials said.\n",
			[]string{"prisoner_swap/asserted@2024-01-03 UKR", "prisoner_swap/asserted@2024-01-03 UKR"}},
		{"headline with no dated lead mention of its type is dropped", "2023-01-02",
			"Myanmar junta extends ceasefire with ethnic armed groups\n\nNAYPYIDAW, Jan 2 (AP) - Myanmar's military government freed 7,000 inmates in an amnesty on Monday.\n",
			nil},
		{"headline in title case", "2022-12-31",
			"Myanmar Junta Extends Ceasefire With Ethnic Armed Groups\n\nNAYPYIDAW, Dec 31 (Reuters) - Myanmar's military government said on Saturday it had extended a unilateral ceasefire until the end of February.\n",
			[]string{"ceasefire/asserted/extended@2022-12-31 MMR", "ceasefire/asserted/extended@2022-12-31 MMR"}},
		{"a report title is no headline of a story", "2024-06-01",
			"Dialogue is a Start: Citizens and Leaders Clash\n\nBy: A. Writer\n\nA national dialogue began in the capital in May.\n",
			[]string{"talks/asserted/start@2024-05 "}},
		{"a person's country before a mixed document's first country; an accord signed abroad is the parties'", "2023-01-02",
			"Ethiopia and Tigrayan forces signed a peace agreement in Pretoria on 2 November 2022. Eritrea kept troops in Tigray.\n\nThe army, which ousted the elected government of Aung San Suu Kyi in February 2021, has faced armed resistance.\n",
			[]string{"peace_agreement/asserted@2022-11-02 ETH", "coup/asserted/successful@2021-02 MMR"}},
		{"the previous sentence of the paragraph gives the country", "2023-01-02",
			"Fighting in Sudan's Darfur region has killed hundreds. Both sides exchanged prisoners last week, according to the Red Cross.\n\nIn Ethiopia, aid resumed.\n",
			[]string{"prisoner_swap/asserted@2022-W52 SDN"}},
		{"no clear document country, nothing in the paragraph: no country", "2023-01-02",
			"Ethiopia and Eritrea signed a peace deal in Jeddah in 2018. Mali and Niger met in 2020.\n\nThe opposition called for talks with the government last week.\n",
			[]string{"peace_agreement/asserted@2018 SAU", "talks/demanded@2022-W52 "}},
		{"a national actor before a place named without a preposition", "2022-08-16",
			"Mali's military rulers, who seized power in a coup in August 2020, have since deepened ties with Russia.\n",
			[]string{"coup/asserted/successful@2020-08 MLI"}},
		{"the dateline's city is not the event's place", "2022-08-16",
			"PARIS, Aug 15 (Reuters) - The last French soldiers left Mali on Monday, the French army said.\n",
			[]string{"withdrawal/asserted/completed@2022-08-15 MLI"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := newsDoc(t, "news", tc.text, tc.published)
			var got []string
			for _, m := range doc.Mentions {
				got = append(got, describe(m)+" "+m.Country)
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestDatelineLen checks which openings are datelines.
func TestDatelineLen(t *testing.T) {
	tests := []struct {
		text, dateline string // dateline "" when none
	}{
		{"NIAMEY, Aug 2 2023 - Niger's guard seized power.", "NIAMEY, Aug 2 2023 -"},
		{"JEDDAH, May 21 (Reuters) - Talks began.", "JEDDAH, May 21 (Reuters) -"},
		{"KYIV (AP) — Russia and Ukraine swapped prisoners.", "KYIV (AP) —"},
		{"GAZA/JERUSALEM, Nov 24 (Reuters) - A truce began.", "GAZA/JERUSALEM, Nov 24 (Reuters) -"},
		{"ADDIS ABABA, Nov. 3, 2022 – The AU said.", "ADDIS ABABA, Nov. 3, 2022 –"},
		{"Bamako, 28 May 2019 — The junta said.", "Bamako, 28 May 2019 —"},
		{"Sudan's army - and the RSF - fought on.", ""},
		{"The army said - again - that it would fight.", ""},
		{"Kidal - a town in the north - fell.", ""},
		{"In 2020 - a year of crisis - the army seized power.", ""},
	}
	for _, tc := range tests {
		n := datelineLen(tc.text)
		if got := tc.text[:n]; got != tc.dateline {
			t.Errorf("%q: dateline %q, want %q", tc.text, got, tc.dateline)
		}
	}
}

// TestEndOfState checks the prepositions that end a state.
func TestEndOfState(t *testing.T) {
	tests := []struct {
		text, expr string
		want       bool
	}{
		{"extended the truce until the end of February", "the end of February", true},
		{"the truce held till March", "March", true},
		{"fighting went on through December", "December", true},
		{"the mandate runs up to June 2024", "June 2024", true},
		{"troops withdrew in June 2024", "June 2024", false},
		{"the talks moved to June", "June", false},
		{"Until 2012, the north was calm", "2012", true},
	}
	for _, tc := range tests {
		i := strings.Index(tc.text, tc.expr)
		if got := endOfState(tc.text, i); got != tc.want {
			t.Errorf("%q before %q: %v, want %v", tc.text, tc.expr, got, tc.want)
		}
	}
}

// TestPresentTense checks the tense test used for a dateline's date.
func TestPresentTense(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Russia and Ukraine swap nearly 200 prisoners of war", true},
		{"France has withdrawn its last troops from Niger", true},
		{"The junta has finally closed the French base", true},
		{"Ethnic armed groups extend a ceasefire with the elected government", true},
		{"Russia and Ukraine exchanged 478 prisoners of war", false},
		{"The last French soldiers left Niger", false},
		{"The army said the truce holds", false},
	}
	x := New()
	for _, tc := range tests {
		s := &sent{x: x, text: tc.text, low: lowerASCII(tc.text)}
		s.toks = tokenize(s.text, s.low, nil, x.lex)
		if got := s.presentTense(0); got != tc.want {
			t.Errorf("%q: present %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestTruceAnaphora checks ceasefires named by a pronoun or a bare "the
// agreement" right after one was mentioned, with the times the temporal
// stage gives them.
func TestTruceAnaphora(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Rebels and the army agreed to a truce on 3 March 2024. It entered into force two days later.",
			"ceasefire/asserted/agreed@2024-03-03 ceasefire/asserted/in_effect@2024-03-05"},
		{"The militia and the government agreed to a ceasefire on 3 March 2024. On 10 March the two sides agreed to extend it by a week.",
			"ceasefire/asserted/agreed@2024-03-03 ceasefire/asserted/extended@2024-03-10"},
		{"Mediators proposed a ceasefire on 3 March 2024. Three weeks later the agreement was signed.",
			"ceasefire/hypothetical@2024-03-03 ceasefire/asserted/agreed@2024-03-24"},
		// no ceasefire before: a pronoun names nothing
		{"The parliament met on 3 March 2024. It entered into force two days later.", ""},
		// too far back: four sentences between
		{"Rebels and the army agreed to a truce on 3 March 2024. Aid arrived. Roads opened. Markets filled. Schools reopened. It entered into force on 9 March.",
			"ceasefire/asserted/agreed@2024-03-03"},
	}
	pub, err := model.ParseValue("2024-04-01")
	if err != nil {
		t.Fatal(err)
	}
	// "and it took effect": a clause of its own about the truce just named;
	// a year naming a truce does not date its collapse
	tests = append(tests,
		struct{ text, want string }{
			"The mediators proposed a truce on 3 March 2024, and it took effect three days later.",
			"ceasefire/hypothetical/in_effect@2024-03-03 ceasefire/asserted/in_effect@2024-03-06"},
		struct{ text, want string }{
			"The 2019 truce had broken down by 2022.",
			"ceasefire/asserted/collapsed@2022"})
	// "the agreement was signed ... and came into force", "signed the document"
	tests = append(tests,
		struct{ text, want string }{
			"A truce was agreed in January 2002. The agreement was signed on 22 February 2002 and came into force the next day.",
			"ceasefire/asserted/agreed@2002-01 ceasefire/asserted/agreed@2002-02-22 ceasefire/asserted/in_effect@2002-02-23"},
		struct{ text, want string }{
			"A truce was agreed in January 2002. The rebel leader signed the document in the north on 22 February 2002.",
			"ceasefire/asserted/agreed@2002-01 ceasefire/asserted/agreed@2002-02-22"})
	// ", and again two days later": a second event of the same kind
	tests = append(tests, struct{ text, want string }{
		"The militia and the army agreed to a truce on 3 March 2024. It was extended on 10 March 2024, and again two days later.",
		"ceasefire/asserted/agreed@2024-03-03 ceasefire/asserted/extended@2024-03-10 ceasefire/asserted/extended@2024-03-12"})
	// "they had ousted him": the pronoun's antecedent names the soldiers
	tests = append(tests, struct{ text, want string }{
		"The president resigned on Sunday, two days after army officers led by a captain announced they had ousted him.",
		"coup/asserted/successful@2024-03-29"})
	// "the pull-out" right after a withdrawal was named
	tests = append(tests, struct{ text, want string }{
		"The last French soldiers left the base on 19 February 2023. The pull-out, completed in the first quarter of 2023, ended a decade of operations.",
		"withdrawal/asserted/completed@2023-02-19 withdrawal/asserted/completed@2023-Q1"})
	// "the end of the operation" after a withdrawal; not without one
	tests = append(tests,
		struct{ text, want string }{
			"French troops left their last base on 3 March 2023. A ceremony on 5 March 2023 marked the end of the operation.",
			"withdrawal/asserted/completed@2023-03-03 withdrawal/asserted@2023-03-05"},
		struct{ text, want string }{
			"Surgeons met on 3 March 2023. A ceremony on 5 March 2023 marked the end of the operation.", ""})
	// a particular exchange of a swap just named; a goal is not one
	tests = append(tests,
		struct{ text, want string }{
			"The two sides agreed on 3 March 2024 to swap 200 prisoners. The first exchange took place on 5 March 2024.",
			"prisoner_swap/asserted@2024-03-03 prisoner_swap/asserted@2024-03-05"},
		struct{ text, want string }{
			"The two sides agreed on 3 March 2024 to swap 200 prisoners. Envoys met on 1 March 2024 to finalise the exchange.",
			"prisoner_swap/asserted@2024-03-03 talks/asserted@2024-03-01"})
	// a bare "deal" right after a truce was named is that truce
	tests = append(tests, struct{ text, want string }{
		"A ceasefire between the army and the rebels held on Wednesday.\n\nThe cabinet approved the UN-brokered deal on Tuesday evening.",
		"ceasefire/asserted/in_effect@2024-03-27 ceasefire/asserted/agreed@2024-03-26"})
	// the answer to an offer of talks made in the sentence before
	tests = append(tests,
		struct{ text, want string }{
			"In March 2023 the president said he was ready to hold talks with the rebels. The rebels responded positively within days.",
			"talks/asserted/held@2023-03 talks/asserted/offer@2023-03"},
		struct{ text, want string }{
			"In March 2023 the president said he was ready to hold talks with the rebels. A week later, the militia issued a statement welcoming the offer.",
			"talks/asserted/held@2023-03 talks/asserted/offer@2023-03"},
		struct{ text, want string }{
			"Fuel prices rose in March 2023. Traders welcomed the decision a week later.", ""})
	// "ousted X in a coup" is one coup, dated by the verb's time
	tests = append(tests, struct{ text, want string }{
		"The junta freed dozens of detainees on Tuesday, two days after soldiers ousted the president in a coup.",
		"coup/asserted/successful@2024-03-24"})
	// wire copy: a one-sentence paragraph hands its time on to the next
	tests = append(tests, struct{ text, want string }{
		"Rebels left the northern town of Kaya on Friday, the army said.\n\nThe last fighters and their families withdrew from two nearby villages, officials said.",
		"withdrawal/asserted/completed@2024-03-29 withdrawal/asserted/completed@2024-03-29"})
	for _, tc := range tests {
		if g := describeText(t, tc.text, pub); g != tc.want {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, g, tc.want)
		}
	}
}

// describeText runs text, published at pub, through the segment, temporal
// and extract stages and describes its mentions in order, space-separated.
func describeText(t *testing.T, text string, pub model.Anchor) string {
	t.Helper()
	doc := &model.Document{ID: "d", Text: text, Status: model.StatusOK, Published: pub}
	for _, st := range []model.Processor{segment.New(), temporal.New(), New()} {
		if err := st.Process(doc); err != nil {
			t.Fatal(err)
		}
	}
	got := make([]string, 0, len(doc.Mentions))
	for _, m := range doc.Mentions {
		got = append(got, describe(m))
	}
	return strings.Join(got, " ")
}
