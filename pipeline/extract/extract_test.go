package extract

import (
	"slices"
	"strings"
	"sync"
	"testing"

	"eventtimeline/pipeline/model"
)

// tm is a time expression of a test sentence: its text and TIMEX3 value.
type tm struct{ text, value string }

// timexes places the time expressions in the sentence.
func timexes(t *testing.T, sentence string, ts []tm) []model.Timex {
	t.Helper()
	var out []model.Timex
	for _, x := range ts {
		i := strings.Index(sentence, x.text)
		if i < 0 {
			t.Fatalf("time %q not in %q", x.text, sentence)
		}
		a, err := model.ParseValue(x.value)
		if err != nil {
			t.Fatalf("time %q: %v", x.value, err)
		}
		out = append(out, model.Timex{Start: i, End: i + len(x.text), Text: x.text, Anchor: a})
	}
	return out
}

// describe renders a mention as "type/factuality[/subtype][@value]".
func describe(m model.Mention) string {
	s := m.Type + "/" + m.Factuality
	if m.Subtype != "" {
		s += "/" + m.Subtype
	}
	if m.Time.Value != "" {
		s += "@" + m.Time.Value
	}
	return s
}

// TestExtractSentence runs the extractor on sentences written for the test,
// in news and report style, about conflicts in many countries. want lists
// the mentions in text order as describe renders them; a sentence that
// must give no mention has want nil.
func TestExtractSentence(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		times []tm
		want  []string
	}{
		// a time that premodifies one trigger is not the time of another
		{"premodifier year stays with its noun", "Delegates complained about the talks that produced the 2018 peace accord.",
			[]tm{{"2018", "2018"}}, []string{"peace_agreement/asserted@2018"}}, // the talks are undated, so left out
		// withdrawals: a state pulling out of a town; a long object before "out"
		{"state pulled out of a town", "Armenia pulled out of the border village of Kornidzor in March 2021.",
			[]tm{{"March 2021", "2021-03"}}, []string{"withdrawal/asserted/completed@2021-03"}},
		{"pull X and Y out", "On 2 May 2024 the government pulled its soldiers and its advisers out of the northern provinces.",
			[]tm{{"2 May 2024", "2024-05-02"}}, []string{"withdrawal/asserted/completed@2024-05-02"}},
		{"pulled out of a race", "The general pulled out of the presidential race in the town of Bo in March 2021.",
			[]tm{{"March 2021", "2021-03"}}, nil},
		{"no plans to withdraw", "The ministry said on 3 May 2024 it had no plans to withdraw its troops.",
			[]tm{{"3 May 2024", "2024-05-03"}}, []string{"withdrawal/negated@2024-05-03"}},
		// swaps told with people on one side; releases by both named sides
		{"prisoners for a soldier", "In 2006 the government freed 300 prisoners in exchange for a captured soldier.",
			[]tm{{"2006", "2006"}}, []string{"prisoner_swap/asserted@2006"}},
		{"citizens for relatives", "In May 2019 the regime freed four citizens in exchange for two relatives of a minister.",
			[]tm{{"May 2019", "2019-05"}}, []string{"prisoner_swap/asserted@2019-05"}},
		{"X released and Y freed", "On 3 May 2019 the militia released 12 soldiers and the army freed 40 fighters.",
			[]tm{{"3 May 2019", "2019-05-03"}}, []string{"prisoner_swap/asserted@2019-05-03"}},
		{"one side releasing twice", "On 3 May 2019 the militia released 12 soldiers and then freed 40 fighters.",
			[]tm{{"3 May 2019", "2019-05-03"}}, nil},
		{"a dialogue that is due to open", "The envoy said the national dialogue that is due to open on 3 May 2024 would include exiles.",
			[]tm{{"3 May 2024", "2024-05-03"}}, []string{"talks/hypothetical/mandate@2024-05-03"}},
		{"next year's election does not date talks", "The parties held talks in Oslo in October 2023 on the rules for next year's election.",
			[]tm{{"October 2023", "2023-10"}, {"next year", "2024"}}, []string{"talks/asserted/held@2023-10"}},
		{"seized power in a coup on a date", "In 2023 the government of the general, who seized power in a coup on 30 September 2022, expelled the envoy.",
			[]tm{{"2023", "2023"}, {"30 September 2022", "2022-09-30"}}, []string{"coup/asserted/successful@2022-09-30"}},
		// lexicon: traded prisoners, taking control, be out, delegations met
		{"traded prisoners", "The two armies last traded prisoners in March 2019.",
			[]tm{{"March 2019", "2019-03"}}, []string{"prisoner_swap/asserted@2019-03"}},
		{"traded fire", "The two armies traded fire in March 2019.", []tm{{"March 2019", "2019-03"}}, nil},
		{"forces taking control", "On 3 July 2013 the army chief said the armed forces were taking control of the country.",
			[]tm{{"3 July 2013", "2013-07-03"}}, []string{"coup/asserted/successful@2013-07-03"}},
		{"rebels taking control", "On 3 July 2013 rebel forces were taking control of the capital.",
			[]tm{{"3 July 2013", "2013-07-03"}}, nil},
		{"attempt by officers", "An attempt to seize power, by a group of officers in May 2016, failed within hours.",
			[]tm{{"May 2016", "2016-05"}}, []string{"coup/asserted/attempt@2016-05"}},
		{"troops be out, dated by the announcement", "The president announced in March 2021 that all troops would be out by 1 July 2021.",
			[]tm{{"March 2021", "2021-03"}, {"1 July 2021", "2021-07-01"}}, []string{"withdrawal/asserted/announced@2021-03"}},
		{"any attempt to seize power", "Any attempt to seize power by the army would be punished, the president warned in May 2016.",
			[]tm{{"May 2016", "2016-05"}}, []string{"coup/hypothetical/attempt@2016-05"}},
		{"seized power, toppling the president", "The colonel seized power in May 2021, toppling President Bah Ndaw.",
			[]tm{{"May 2021", "2021-05"}}, []string{"coup/asserted/successful@2021-05"}},
		{"rebels toppling the president", "The rebels seized power in May 2021, toppling President Bah Ndaw.",
			[]tm{{"May 2021", "2021-05"}}, nil},
		{"soldiers took over the state broadcaster", "On 15 November 2017 soldiers took over the state broadcaster and detained the president.",
			[]tm{{"15 November 2017", "2017-11-15"}}, []string{"coup/asserted/successful@2017-11-15"}},
		{"a company took over a radio", "On 15 November 2017 the company took over the radio station.",
			[]tm{{"15 November 2017", "2017-11-15"}}, nil},
		{"contacts with an armed group", "Secret contacts between the government and Taliban leaders were held in Doha in 2018.",
			[]tm{{"2018", "2018"}}, []string{"talks/asserted@2018"}},
		{"a conditional offer of talks was made", "The rebels said on 3 May 2024 that they were ready to return to talks if the army halted its offensive.",
			[]tm{{"3 May 2024", "2024-05-03"}}, []string{"talks/asserted/offer@2024-05-03"}},
		{"facilitating contacts between the two sides", "In the spring of 2000 Norway agreed to facilitate contacts between the two sides.",
			[]tm{{"the spring of 2000", "2000-SP"}}, []string{"talks/asserted/offer@2000-SP"}},
		{"delegations met", "Military delegations of both camps met in Cairo on 3 May 2020.",
			[]tm{{"3 May 2020", "2020-05-03"}}, []string{"talks/asserted/held@2020-05-03"}},
		{"committed to exchange", "Both camps committed on 3 May 2020 to exchange detainees.",
			[]tm{{"3 May 2020", "2020-05-03"}}, []string{"prisoner_swap/hypothetical@2020-05-03"}},
		{"meant to end with an exit", "The drawdown is meant to end with the mission's exit in December 2024.",
			[]tm{{"December 2024", "2024-12"}}, []string{"withdrawal/hypothetical/partial@2024-12"}},
		{"condition outside a relative clause", "Keita, who has been held since the coup on 18 August 2020, may leave the country if his health requires.",
			[]tm{{"18 August 2020", "2020-08-18"}}, []string{"coup/asserted/successful@2020-08-18"}},
		{"renewed agreement to observe an old truce: the renewal and the old truce", "The two armies said on 25 February 2021 they had agreed to observe a 2003 ceasefire.",
			[]tm{{"25 February 2021", "2021-02-25"}, {"2003", "2003"}}, []string{"ceasefire/asserted/agreed@2021-02-25", "ceasefire/asserted@2003"}},
		{"a person who seized power", "Jean-Bédel Bokassa, who seized power in 1966, later crowned himself emperor.",
			[]tm{{"1966", "1966"}}, []string{"coup/asserted/successful@1966"}},
		{"a movement that seized power is no coup maker", "Islamic State Khorasan, who seized power in 2015 in parts of the province, was driven out.",
			[]tm{{"2015", "2015"}}, nil},
		{"the army, then a pronoun, ousted", "The army has intervened repeatedly in politics, most recently in May 2014, when it ousted Prime Minister Yingluck Shinawatra.",
			[]tm{{"May 2014", "2014-05"}}, []string{"coup/asserted/successful@2014-05"}},
		{"the sentence's subject is the pronoun's antecedent", "The military has staged a dozen coups since independence in 1960, the most recent of them in March 2012, when it ousted President Amadou Toumani Touré.",
			[]tm{{"1960", "1960"}, {"March 2012", "2012-03"}}, []string{"coup/asserted/successful@2012-03"}},
		{"soldiers storming the palace", "Soldiers stormed the presidential palace early on 2 August 2024 and detained the head of state.",
			[]tm{{"2 August 2024", "2024-08-02"}}, []string{"coup/asserted/successful@2024-08-02"}},
		{"protesters storming parliament is no coup", "Protesters stormed the parliament building on 9 July 2022.",
			[]tm{{"9 July 2022", "2022-07-09"}}, nil},
		{"rebels surrounding the palace is no coup", "Rebel fighters surrounded the presidential palace on 12 April 2013.",
			[]tm{{"12 April 2013", "2013-04-12"}}, nil},
		{"a convoy leaving a military base", "The first convoy left the air base near the capital on 10 October 2023.",
			[]tm{{"10 October 2023", "2023-10-10"}}, []string{"withdrawal/asserted/completed@2023-10-10"}},
		{"families leaving a camp is no withdrawal", "Hundreds of families left the camp on 10 October 2023.",
			[]tm{{"10 October 2023", "2023-10-10"}}, nil},
		{"they withdrew: the fighters named before", "Hundreds of fighters overran the town on 3 June 2024, and two days later they withdrew into the forest.",
			[]tm{{"3 June 2024", "2024-06-03"}, {"two days later", "2024-06-05"}}, []string{"withdrawal/asserted/completed@2024-06-05"}},
		{"they withdrew a bill is no withdrawal", "After soldiers protested on 3 June 2024, they withdrew the bill.",
			[]tm{{"3 June 2024", "2024-06-03"}}, nil},
		{"a named person freed in exchange for another", "Moscow freed the American teacher Marc Fogel on 11 February 2025 in exchange for Alexander Vinnik.",
			[]tm{{"11 February 2025", "2025-02-11"}}, []string{"prisoner_swap/asserted@2025-02-11"}},
		{"counted nationals freed in exchange for counted nationals", "Tehran released four detained Britons on 3 May 2024 in exchange for two Iranians held in London.",
			[]tm{{"3 May 2024", "2024-05-03"}}, []string{"prisoner_swap/asserted@2024-05-03"}},
		{"a person freed for an arms deal is no swap", "The militia freed the engineer Paul Smith on 3 May 2024 in exchange for arms and fuel.",
			[]tm{{"3 May 2024", "2024-05-03"}}, nil},
		{"soldiers storming the president's home", "Soldiers stormed the home of President Ali Bongo before dawn on 30 August 2023.",
			[]tm{{"30 August 2023", "2023-08-30"}}, []string{"coup/asserted/successful@2023-08-30"}},
		{"police storming a journalist's home is no coup", "Soldiers stormed the home of a journalist on 30 August 2023.",
			[]tm{{"30 August 2023", "2023-08-30"}}, nil},
		{"a new accord, signed, after a peace deal", "The new accord, signed in Khartoum on 5 February 2019, ended six years of war between the government and the rebels.",
			[]tm{{"5 February 2019", "2019-02-05"}}, []string{"peace_agreement/asserted@2019-02-05"}},
		{"they as the object's pronoun is no withdrawal", "Soldiers detained several of the delegates as they left the hall on 22 May 2014.",
			[]tm{{"22 May 2014", "2014-05-22"}}, nil},
		{"a political truce between parties is no ceasefire", "The two main parties agreed a political truce on 3 March 2024 to pass the budget.",
			[]tm{{"3 March 2024", "2024-03-03"}}, nil},
		{"a trade truce is no ceasefire", "Washington and Beijing agreed a 90-day trade truce on 12 May 2025.",
			[]tm{{"12 May 2025", "2025-05-12"}}, nil},
		{"a water-sharing treaty is no peace agreement", "India suspended the 1960 Indus Waters Treaty on 23 April 2025.",
			[]tm{{"1960", "1960"}, {"23 April 2025", "2025-04-23"}}, nil},
		{"a framework agreement ending a war", "The Framework Agreement on Sulu, signed on 9 May 2013, ended four decades of war with the rebels.",
			[]tm{{"9 May 2013", "2013-05-09"}}, []string{"peace_agreement/asserted@2013-05-09"}},
		{"a framework agreement on trade", "The two countries signed a framework agreement on 9 May 2013 to lower tariffs.",
			[]tm{{"9 May 2013", "2013-05-09"}}, nil},
		{"a state leaving a territory", "Portugal withdrew from the territory in November 1975.",
			[]tm{{"November 1975", "1975-11"}}, []string{"withdrawal/asserted/completed@1975-11"}},
		{"a contingent behind a number", "Kenya announced on 3 March 2024 that it would pull out its 1,200-strong contingent.",
			[]tm{{"3 March 2024", "2024-03-03"}}, []string{"withdrawal/asserted/announced@2024-03-03"}},
		{"a pledge to withdraw is dated by the pledge", "At a summit in November 2019, Turkey pledged to pull its troops out of the zone by 2021.",
			[]tm{{"November 2019", "2019-11"}, {"by 2021", "2021"}}, []string{"withdrawal/asserted/announced@2019-11"}},
		{"an announced halt to fighting, and an offer in a finite clause of its own", "The rebel army announced on 3 May 2024 that it would stop fighting and was ready for talks.",
			[]tm{{"3 May 2024", "2024-05-03"}}, []string{"ceasefire/asserted/agreed@2024-05-03", "talks/asserted/offer@2024-05-03"}},
		{"a modal still governs a coordinated infinitive", "The rebels said on 3 May 2024 they would stop fighting and hold talks.",
			[]tm{{"3 May 2024", "2024-05-03"}}, []string{"ceasefire/asserted@2024-05-03", "talks/hypothetical/held"}},
		{"an evacuation of fighters is a withdrawal", "The evacuation of rebel fighters from the old city began on 15 December 2016.",
			[]tm{{"15 December 2016", "2016-12-15"}}, []string{"withdrawal/asserted@2016-12-15"}},
		{"an evacuation of civilians is none", "The evacuation of civilians from the old city began on 15 December 2016.",
			[]tm{{"15 December 2016", "2016-12-15"}}, nil},
		{"an inter-state summit is talks", "The first inter-Korean summit in a decade was held on 27 April 2018.",
			[]tm{{"27 April 2018", "2018-04-27"}}, []string{"talks/asserted/held@2018-04-27"}},
		{"a trade summit is no talks", "The G20 summit was held on 27 April 2018.",
			[]tm{{"27 April 2018", "2018-04-27"}}, nil},
		{"a president overthrown, named after a long title", "Soldiers overthrew the country's first freely elected president, Ali Ben Salem, on 6 August 2008.",
			[]tm{{"6 August 2008", "2008-08-06"}}, []string{"coup/asserted/successful@2008-08-06"}},
		{"a condition in a participle clause after a comma is another clause's", "Chad announced on 3 May 2024 that it would withdraw its troops, having threatened to leave if the attacks continued.",
			[]tm{{"3 May 2024", "2024-05-03"}}, []string{"withdrawal/asserted/announced@2024-05-03"}},
		{"a condition right after the trigger still binds", "Chad said on 3 May 2024 that it would withdraw its troops if the attacks continued.",
			[]tm{{"3 May 2024", "2024-05-03"}}, []string{"withdrawal/hypothetical@2024-05-03"}},
		{"mediators going between the sides hold talks", "Qatari mediators have shuttled between the two sides since 3 May 2024.",
			[]tm{{"since 3 May 2024", "2024-05-03"}}, []string{"talks/asserted@2024-05-03"}},
		{"mediators wanted are no talks", "More mediators are needed, the envoy said on 3 May 2024.",
			[]tm{{"3 May 2024", "2024-05-03"}}, nil},
		{"talks that led to a truce take its time, before it", "The envoy brokered a truce in March 2024 following talks in Doha.",
			[]tm{{"March 2024", "2024-03"}}, []string{"ceasefire/asserted/agreed@2024-03", "talks/asserted/held@2024-03"}},
		{"a truce dated in its own participle is real under a future verb", "Officers will meet to review the ceasefire reached on 10 May 2025.",
			[]tm{{"10 May 2025", "2025-05-10"}}, []string{"ceasefire/asserted/agreed@2025-05-10"}},
		{"an undated participle stays under the verb", "Officers could sign a ceasefire brokered by Qatar next week.",
			[]tm{{"next week", "2025-W21"}}, []string{"ceasefire/hypothetical/agreed@2025-W21"}},
		{"agreed to maintain a truce reached earlier: the renewal and the truce", "The two armies agreed on 12 May 2025 to maintain the ceasefire reached on 10 May 2025.",
			[]tm{{"12 May 2025", "2025-05-12"}, {"10 May 2025", "2025-05-10"}}, []string{"ceasefire/asserted/agreed@2025-05-12", "ceasefire/asserted/agreed@2025-05-10"}},
		{"refusing to maintain a truce reached earlier: the truce was real", "The rebels refused on 12 May 2025 to maintain the ceasefire reached on 10 May 2025.",
			[]tm{{"12 May 2025", "2025-05-12"}, {"10 May 2025", "2025-05-10"}}, []string{"ceasefire/asserted/agreed@2025-05-10"}},
		{"talks that are to begin are scheduled", "Indirect talks are to begin in Cairo within a month, Egypt said on 27 August 2014.",
			[]tm{{"27 August 2014", "2014-08-27"}}, []string{"talks/hypothetical/start@2014-08-27"}},
		{"soldiers detaining the president", "Mutinous soldiers detained President Ali Kone on 18 August 2020 and dissolved parliament.",
			[]tm{{"18 August 2020", "2020-08-18"}}, []string{"coup/asserted/successful@2020-08-18"}},
		{"soldiers detaining the president's son is no coup", "Soldiers arrested the president's son on 18 August 2020.",
			[]tm{{"18 August 2020", "2020-08-18"}}, nil},
		{"police arresting protesters is no coup", "Police arrested dozens of protesters on 18 August 2020.",
			[]tm{{"18 August 2020", "2020-08-18"}}, nil},
		{"a retreat in battle is no withdrawal", "Mutinous troops retreated from the main square on 26 June 2024.",
			[]tm{{"26 June 2024", "2024-06-26"}}, nil},
		{"in a swap, soldiers returned home", "In a swap brokered by the Emirates, 90 soldiers were returned home on 6 June 2024.",
			[]tm{{"6 June 2024", "2024-06-06"}}, []string{"prisoner_swap/asserted@2024-06-06"}},
		{"in a swap of bodies, no prisoners", "In a swap brokered by the Emirates, the remains of 90 soldiers were returned on 6 June 2024.",
			[]tm{{"6 June 2024", "2024-06-06"}}, nil},
		{"a withdrawal the speaker announces at the end", "The United States will withdraw its 1,000 troops from Niger by 15 September, the Pentagon said on 19 April 2024.",
			[]tm{{"15 September", "2024-09-15"}, {"19 April 2024", "2024-04-19"}}, []string{"withdrawal/asserted/announced@2024-04-19"}},
		{"soldiers who say they removed the president", "Soldiers said on television on 26 July 2023 that they had removed President Bazoum from power.",
			[]tm{{"26 July 2023", "2023-07-26"}}, []string{"coup/asserted/successful@2023-07-26"}},
		{"a truce signed after talks, the time at the end", "The junta and the rebels signed a ceasefire in Kunming after two days of talks on 11 January 2024.",
			[]tm{{"11 January 2024", "2024-01-11"}}, []string{"ceasefire/asserted/agreed@2024-01-11", "talks/asserted/held@2024-01-11"}},
		{"two delegations meeting hold talks", "The two delegations met face to face for the first time on 16 May 2025.",
			[]tm{{"16 May 2025", "2025-05-16"}}, []string{"talks/asserted@2025-05-16"}},
		{"a parliament ousting a minister is no coup", "Parliament met in March 2023, when it ousted the interior minister in a vote.",
			[]tm{{"March 2023", "2023-03"}}, nil},
		{"stage dated after a relative clause", "The last truce, which ended the war of 2006, came into force on 14 August 2006.",
			[]tm{{"2006", "2006"}, {"14 August 2006", "2006-08-14"}}, []string{"ceasefire/asserted/in_effect@2006-08-14"}},
		// agreements: signed in a relative clause; about a truce; about captives
		{"agreement signed in a relative clause", "The withdrawal completed an agreement that the government signed with the rebels in Nairobi on 9 May 2019.",
			[]tm{{"9 May 2019", "2019-05-09"}}, []string{"peace_agreement/asserted@2019-05-09"}},
		{"agreement on a cessation of hostilities", "The envoy welcomed the agreement reached on 9 May 2019 on a cessation of hostilities.",
			[]tm{{"9 May 2019", "2019-05-09"}}, []string{"ceasefire/asserted/agreed@2019-05-09"}},
		{"and again on another day", "Talks ended without agreement on 3 May 2024 and again on 9 May 2024.",
			[]tm{{"3 May 2024", "2024-05-03"}, {"9 May 2024", "2024-05-09"}}, []string{"talks/asserted/held@2024-05-03", "talks/asserted/held@2024-05-09"}},
		{"and again of another verb", "The army seized power in May 2021, toppling President Keita, who had been elected in 2013 and again in 2018.",
			[]tm{{"May 2021", "2021-05"}, {"2013", "2013"}, {"2018", "2018"}}, []string{"coup/asserted/successful@2021-05"}},
		{"signed and came into force", "The ceasefire was signed on 22 February 2002 and came into force on 23 February 2002.",
			[]tm{{"22 February 2002", "2002-02-22"}, {"23 February 2002", "2002-02-23"}}, []string{"ceasefire/asserted/agreed@2002-02-22", "ceasefire/asserted/in_effect@2002-02-23"}},
		{"a second complement of a demand", "The bloc repeated its demand that the rebels leave the port by 31 August 2003, and that foreign fighters leave the country.",
			[]tm{{"31 August 2003", "2003-08-31"}}, []string{"withdrawal/demanded@2003-08-31"}},
		{"a count of coup attempts", "The region has seen more than 200 coup attempts since 1950.",
			[]tm{{"1950", "1950"}}, nil},
		{"a public-relations coup", "The summit in May 2019 was a public-relations coup for the general.",
			[]tm{{"May 2019", "2019-05"}}, nil},
		{"the last round of such talks", "The last round of such talks collapsed in July 2017.",
			[]tm{{"July 2017", "2017-07"}}, []string{"talks/asserted/held@2017-07"}},
		{"agreement on the status of forces", "Paris cited the 2018 agreement on the status of its forces in the dispute with the rebels.",
			[]tm{{"2018", "2018"}}, nil},
		{"deal about captives", "A 2011 deal, under which the army released 400 prisoners, ended the siege.",
			[]tm{{"2011", "2011"}}, nil},
		// withdrawals in a subordinate clause; a base handed over; both sides meeting
		{"withdrawal in an after-clause", "In May 2019, after the rebels withdrew from Kidal, the army declared a truce.",
			[]tm{{"May 2019", "2019-05"}}, []string{"withdrawal/asserted/completed@2019-05", "ceasefire/asserted/agreed@2019-05"}},
		{"handing the base over", "On 3 May 2024 the last contingent left, handing the camp over to the national army.",
			[]tm{{"3 May 2024", "2024-05-03"}}, []string{"withdrawal/asserted/completed@2024-05-03"}},
		{"a base handed over, passive", "The withdrawal of the troops began in May 2021, and the air base was handed over to the army in early July 2021.",
			[]tm{{"May 2021", "2021-05"}, {"early July 2021", "2021-07"}}, []string{"withdrawal/asserted@2021-05", "withdrawal/asserted/completed@2021-07"}},
		{"keys handed over", "The mayor handed the keys over to the new council on 3 May 2024.",
			[]tm{{"3 May 2024", "2024-05-03"}}, nil},
		{"both sides met", "The two sides met in Geneva on 3 May 2024.",
			[]tm{{"3 May 2024", "2024-05-03"}}, []string{"talks/asserted/held@2024-05-03"}},
		// releases by both sides are a swap; by one side they are not
		{"each side handed over", "In May 2024 each side handed over 75 prisoners of war.",
			[]tm{{"May 2024", "2024-05"}}, []string{"prisoner_swap/asserted@2024-05"}},
		{"both sides freed", "Both sides freed dozens of detainees on 2 April 2023.",
			[]tm{{"2 April 2023", "2023-04-02"}}, []string{"prisoner_swap/asserted@2023-04-02"}},
		{"one side freed", "The rebels freed dozens of detainees on 2 April 2023.",
			[]tm{{"2 April 2023", "2023-04-02"}}, nil},
		// scope of modality and negation; senses
		{"no modal leak across and-said", "The two governments agreed on 3 May 2024 to swap prisoners and said they would resume talks.",
			[]tm{{"3 May 2024", "2024-05-03"}}, []string{"prisoner_swap/asserted@2024-05-03", "talks/hypothetical"}},
		{"talks denied after a relative clause", "Talks between the envoys that had been scheduled for 3 May 2024 did not take place.",
			[]tm{{"3 May 2024", "2024-05-03"}}, []string{"talks/negated@2024-05-03"}},
		{"suspended talks were held", "Mediators suspended the talks on 4 June 2024.",
			[]tm{{"4 June 2024", "2024-06-04"}}, []string{"talks/asserted@2024-06-04"}},
		{"talks as lectures", "The historian gave a series of talks on the war in March 2023.",
			[]tm{{"March 2023", "2023-03"}}, nil},
		{"reported plan for talks", "The bloc said it would send envoys to the capital for talks on 5 June 2024.",
			[]tm{{"5 June 2024", "2024-06-05"}}, []string{"talks/hypothetical@2024-06-05"}},
		{"coup not ruled out", "A new coup cannot be ruled out before the 2025 vote.",
			[]tm{{"2025", "2025"}}, []string{"coup/hypothetical/successful@2025"}},
		{"coups since: a series", "It lies in a region where soldiers have seized power since 2020.",
			[]tm{{"2020", "2020"}}, nil},
		// a deal's participle dates the deal: the trigger's own head noun too
		{"ceasefire agreement signed", "Fighting eased after a cessation of hostilities agreement signed in March 2022.",
			[]tm{{"March 2022", "2022-03"}}, []string{"ceasefire/asserted/agreed@2022-03"}},
		// "be to" + verb: what was arranged, not what happened
		{"were to withdraw", "Under the 2019 accord, the rebels were to withdraw from the border towns.",
			[]tm{{"2019", "2019"}}, []string{"peace_agreement/asserted@2019", "withdrawal/hypothetical@2019"}},
		// coups
		{"coup seized power", "Soldiers seized power in Niger on 26 July 2023, detaining President Mohamed Bazoum.",
			[]tm{{"26 July 2023", "2023-07-26"}}, []string{"coup/asserted/successful@2023-07-26"}},
		{"coup ousted", "The army ousted President Omar al-Bashir in April 2019 after months of protests.",
			[]tm{{"April 2019", "2019-04"}}, []string{"coup/asserted/successful@2019-04"}},
		{"coup attempt foiled", "Officers foiled an attempted coup in Guinea-Bissau on 1 February 2022.",
			[]tm{{"1 February 2022", "2022-02-01"}}, []string{"coup/asserted/attempt@2022-02-01"}},
		{"coup hypothetical", "Analysts warned that another coup could follow in 2024.",
			[]tm{{"2024", "2024"}}, []string{"coup/hypothetical/successful@2024"}},
		{"coup belt", "The Sahel has become a coup belt since 2020.", []tm{{"2020", "2020"}}, nil},
		{"coup count generic", "There have been eight attempted coups across the region since 2020.", []tm{{"2020", "2020"}}, nil},
		{"toppled statue", "Protesters toppled a statue of the former king in March 2021.", []tm{{"March 2021", "2021-03"}}, nil},
		{"junta came to power", "The junta that came to power in a 2021 putsch has delayed elections.",
			[]tm{{"2021", "2021"}}, []string{"coup/asserted/successful@2021"}},
		{"rebels took power", "Taliban fighters took power in Kabul in August 2021.", []tm{{"August 2021", "2021-08"}}, nil},

		// ceasefires
		{"ceasefire agreed", "Sudan's army and the RSF agreed to a seven-day ceasefire on 20 May 2023.",
			[]tm{{"20 May 2023", "2023-05-20"}}, []string{"ceasefire/asserted/agreed@2023-05-20"}},
		{"truce collapsed", "The truce collapsed on Tuesday as shelling resumed in Khartoum.",
			[]tm{{"on Tuesday", "2023-05-23"}}, []string{"ceasefire/asserted/collapsed@2023-05-23"}},
		{"ceasefire called for", "The UN Secretary-General called for an immediate ceasefire in Gaza on 9 October 2023.",
			[]tm{{"9 October 2023", "2023-10-09"}}, []string{"ceasefire/demanded@2023-10-09"}},
		{"humanitarian pause in effect", "A humanitarian pause took effect in Gaza on 24 November 2023.",
			[]tm{{"24 November 2023", "2023-11-24"}}, []string{"ceasefire/asserted/in_effect@2023-11-24"}},
		{"ceasefire negated", "Russia and Ukraine did not agree to a ceasefire in 2022.",
			[]tm{{"2022", "2022"}}, []string{"ceasefire/negated/agreed@2022"}},
		{"ceasefire extended", "The ceasefire was extended by another 72 hours on 29 May 2023.",
			[]tm{{"29 May 2023", "2023-05-29"}}, []string{"ceasefire/asserted/extended@2023-05-29"}},
		{"generic ceasefires", "Local ceasefires have often broken down.", nil, nil},
		{"truce conditional", "If the truce holds, aid convoys could enter Rafah next week.",
			[]tm{{"next week", "2023-W48"}}, []string{"ceasefire/hypothetical/in_effect@2023-W48"}},
		{"cease-fire spelling", "Armenia and Azerbaijan signed a cease-fire on 10 November 2020.",
			[]tm{{"10 November 2020", "2020-11-10"}}, []string{"ceasefire/asserted/agreed@2020-11-10"}},
		{"extend truce", "Israel and Hamas agreed on 27 November 2023 to extend the truce by two days.",
			[]tm{{"27 November 2023", "2023-11-27"}}, []string{"ceasefire/asserted/extended@2023-11-27"}},
		{"local deal between armed groups", "Militiamen and jihadist fighters signed a local peace deal in Djibo in March 2022.",
			[]tm{{"March 2022", "2022-03"}}, []string{"ceasefire/asserted/agreed@2022-03"}},

		// prisoner swaps
		{"prisoners exchanged", "Russia and Ukraine exchanged 200 prisoners of war on 5 February 2023.",
			[]tm{{"5 February 2023", "2023-02-05"}}, []string{"prisoner_swap/asserted@2023-02-05"}},
		{"freed in exchange for", "Hamas freed 24 hostages in exchange for 39 Palestinian prisoners on 24 November 2023.",
			[]tm{{"24 November 2023", "2023-11-24"}}, []string{"prisoner_swap/asserted@2023-11-24"}},
		{"ransom is no swap", "The kidnappers released the journalist in exchange for a ransom in May 2022.",
			[]tm{{"May 2022", "2022-05"}}, nil},
		{"bodies are no swap", "The two sides exchanged the bodies of fallen soldiers in June 2023.",
			[]tm{{"June 2023", "2023-06"}}, nil},
		{"one-sided release", "The army freed 50 detainees on Monday.", []tm{{"on Monday", "2024-03-04"}}, nil},
		{"prisoner swap noun", "A prisoner swap between Yemen's government and the Houthis took place in April 2023.",
			[]tm{{"April 2023", "2023-04"}}, []string{"prisoner_swap/asserted@2023-04"}},

		// withdrawals
		{"withdrawal completed", "France completed the withdrawal of its troops from Niger on 22 December 2023.",
			[]tm{{"22 December 2023", "2023-12-22"}}, []string{"withdrawal/asserted/completed@2023-12-22"}},
		{"last troops left", "The last US troops left Afghanistan on 30 August 2021.",
			[]tm{{"30 August 2021", "2021-08-30"}}, []string{"withdrawal/asserted/completed@2021-08-30"}},
		{"candidacy", "The senator withdrew his candidacy in January 2024.", []tm{{"January 2024", "2024-01"}}, nil},
		{"from an organisation", "Burkina Faso withdrew from ECOWAS in January 2024.", []tm{{"January 2024", "2024-01"}}, nil},
		{"from a treaty", "Russia withdrew from the grain deal in July 2023.", []tm{{"July 2023", "2023-07"}}, nil},
		{"withdrawal demanded", "The junta demanded the withdrawal of French forces in February 2022.",
			[]tm{{"February 2022", "2022-02"}}, []string{"withdrawal/demanded@2022-02"}},
		{"announced pull-out", "Washington announced on 19 April 2024 that it would pull its troops out of Niger.",
			[]tm{{"19 April 2024", "2024-04-19"}}, []string{"withdrawal/asserted/announced@2024-04-19"}},
		{"conditional withdrawal", "Moscow said in 2022 that it would withdraw its forces from Kherson if Kyiv agreed to talks.",
			[]tm{{"2022", "2022"}}, []string{"withdrawal/hypothetical@2022", "talks/hypothetical/offer@2022"}},
		{"base closed", "Peacekeepers closed their base in Bunia in June 2024.",
			[]tm{{"June 2024", "2024-06"}}, []string{"withdrawal/asserted/completed@2024-06"}},
		{"mission ended", "The Security Council ended the MINUSMA mission on 30 June 2023.",
			[]tm{{"30 June 2023", "2023-06-30"}}, []string{"withdrawal/asserted/completed@2023-06-30"}},
		{"pulled back", "Ukrainian forces pulled back from Avdiivka on 17 February 2024.",
			[]tm{{"17 February 2024", "2024-02-17"}}, []string{"withdrawal/asserted/completed@2024-02-17"}},
		{"reduce troops", "Kenya decided in May 2024 to reduce the number of its troops in Somalia.",
			[]tm{{"May 2024", "2024-05"}}, []string{"withdrawal/asserted/announced@2024-05"}},
		{"reduce violence", "The accord helped reduce violence in the region in 2019.", []tm{{"2019", "2019"}}, nil},
		{"withdraw negated", "The army has yet to withdraw its troops from the border town, officials said on 3 May 2024.",
			[]tm{{"3 May 2024", "2024-05-03"}}, []string{"withdrawal/negated@2024-05-03"}},
		{"bid withdrawn", "The company withdrew its bid in March 2023.", []tm{{"March 2023", "2023-03"}}, nil},

		// peace agreements
		{"peace signed", "The government and the FARC signed a peace agreement in Havana on 24 November 2016.",
			[]tm{{"24 November 2016", "2016-11-24"}}, []string{"peace_agreement/asserted@2016-11-24"}},
		{"named accords", "The Dayton Accords ended the war in Bosnia in 1995.",
			[]tm{{"1995", "1995"}}, []string{"peace_agreement/asserted@1995"}},
		{"any peace deal", "Any peace deal would require international guarantees, diplomats said in 2024.",
			[]tm{{"2024", "2024"}}, []string{"peace_agreement/hypothetical@2024"}},
		{"trade agreement", "The two countries signed a trade agreement in 2019.", []tm{{"2019", "2019"}}, nil},
		{"named agreement signed", "Ethiopia and the TPLF signed the Pretoria agreement on 2 November 2022 to end the war in Tigray.",
			[]tm{{"2 November 2022", "2022-11-02"}}, []string{"peace_agreement/asserted@2022-11-02"}},

		// talks
		{"talks held", "Delegations of Sudan's army and the RSF held talks in Jeddah on 6 May 2023.",
			[]tm{{"6 May 2023", "2023-05-06"}}, []string{"talks/asserted/held@2023-05-06"}},
		{"talks resumed", "The Colombian government and the ELN resumed peace talks in Caracas in November 2022.",
			[]tm{{"November 2022", "2022-11"}}, []string{"talks/asserted/start@2022-11"}},
		{"ready to negotiate", "The junta said on 3 March 2024 that it was ready to negotiate with the rebels.",
			[]tm{{"3 March 2024", "2024-03-03"}}, []string{"talks/asserted/offer@2024-03-03"}},
		{"talks ruled out", "The president ruled out negotiations with the militants in 2021.",
			[]tm{{"2021", "2021"}}, []string{"talks/negated@2021"}},
		{"talks urged", "Western diplomats on Friday urged both sides to return to talks.",
			[]tm{{"on Friday", "2023-06-02"}}, []string{"talks/demanded@2023-06-02"}},
		{"talks mandate", "The government tasked the religious council with mediating between the rebels and herders in May 2021.",
			[]tm{{"May 2021", "2021-05"}}, []string{"talks/asserted/mandate@2021-05"}},
		{"met for talks", "Houthi and Saudi officials met for talks in Riyadh in September 2023.",
			[]tm{{"September 2023", "2023-09"}}, []string{"talks/asserted/held@2023-09"}},
		{"talks rhetorical", "How do you negotiate with terrorists, the minister asked in April 2017?",
			[]tm{{"April 2017", "2017-04"}}, []string{"talks/hypothetical@2017-04"}},
		{"no dialogue", "In 2018 the prime minister repeated that there would be no dialogue with the insurgents.",
			[]tm{{"2018", "2018"}}, []string{"talks/negated@2018"}},
		{"generic dialogue undated", "Dialogue is worth pursuing despite the risks.", nil, nil},
		{"press conference", "The general held a press conference in Kyiv on 2 March 2022.", []tm{{"2 March 2022", "2022-03-02"}}, nil},

		// several events in one sentence, and time attachment
		{"truce with swap", "The truce, agreed on 21 November 2023, included the exchange of 50 hostages for 150 Palestinian prisoners.",
			[]tm{{"21 November 2023", "2023-11-21"}}, []string{"ceasefire/asserted/agreed@2023-11-21", "prisoner_swap/asserted@2023-11-21"}},
		{"two events two dates", "After the coup in July 2023, the junta signed a peace agreement with the rebels in March 2024.",
			[]tm{{"July 2023", "2023-07"}, {"March 2024", "2024-03"}}, []string{"coup/asserted/successful@2023-07", "peace_agreement/asserted@2024-03"}},
		{"coup and rejected talks", "Myanmar's military seized power on 1 February 2021 and rejected talks with the opposition in 2022.",
			[]tm{{"1 February 2021", "2021-02-01"}, {"2022", "2022"}}, []string{"coup/asserted/successful@2021-02-01", "talks/negated@2022"}},
		{"adjectival year", "Rebels who signed the 2015 Algiers accord met negotiators in Bamako in 2019.",
			[]tm{{"2015", "2015"}, {"2019", "2019"}}, []string{"peace_agreement/asserted@2015", "talks/asserted/held@2019"}},
		{"dateline", "KHARTOUM, May 21 (Reuters) - Sudan's warring parties signed a week-long ceasefire on Saturday.",
			[]tm{{"May 21", "2023-05-21"}, {"on Saturday", "2023-05-20"}}, []string{"ceasefire/asserted/agreed@2023-05-20"}},
		{"citation time ignored", "The ceasefire held, according to Reuters (accessed 3 June 2024).", nil, nil},
		{"negated since", "No ceasefire has been agreed since fighting began in April 2023.",
			[]tm{{"April 2023", "2023-04"}}, []string{"ceasefire/negated/agreed@2023-04"}},
	}
	x := New()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := x.ExtractSentence(tc.text, timexes(t, tc.text, tc.times))
			var got []string
			for _, m := range ms {
				got = append(got, describe(m))
				if tc.text[m.TriggerStart:m.TriggerEnd] != m.Trigger {
					t.Errorf("trigger %q does not match offsets [%d,%d)", m.Trigger, m.TriggerStart, m.TriggerEnd)
				}
			}
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("%q\n got  %q\n want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestActorsAndPlace checks the participants of a mention.
func TestActorsAndPlace(t *testing.T) {
	x := New()
	text := "Sudan's army and the Rapid Support Forces agreed to a ceasefire in Jeddah on 20 May 2023."
	ms := x.ExtractSentence(text, timexes(t, text, []tm{{"20 May 2023", "2023-05-20"}}))
	if len(ms) != 1 {
		t.Fatalf("got %d mentions, want 1", len(ms))
	}
	m := ms[0]
	if strings.Join(m.Actors, "|") != "Sudanese armed forces|Rapid Support Forces" {
		t.Errorf("actors %q", m.Actors)
	}
	// a sponsor named in a hyphenated premodifier is no party
	text2 := "Sudan's army and the Rapid Support Forces signed the US-brokered ceasefire in Jeddah on 20 May 2023."
	ms2 := x.ExtractSentence(text2, timexes(t, text2, []tm{{"20 May 2023", "2023-05-20"}}))
	if len(ms2) != 1 || ms2[0].Country != "SDN" {
		t.Errorf("US-brokered: got %+v, want one mention in SDN", ms2)
	}
	// the venue is the place; the parties say whose conflict it is
	if m.Place != "Jeddah" || m.Country != "SDN" {
		t.Errorf("place %q country %q, want Jeddah SDN", m.Place, m.Country)
	}
}

// TestProcessDocument checks document-level rules: mention ids and
// offsets, carrying a time from the previous sentence of a paragraph,
// citation times, and a local deal the next sentence calls a truce.
func TestProcessDocument(t *testing.T) {
	sents := []string{
		"In October 2020, the authorities freed nearly 200 prisoners.",
		"The government released them in exchange for four hostages held by the militants.",
		"Militia leaders and jihadist commanders signed a deal in Koro in 2021 to end the fighting.",
		"The truce held for five months.",
		"Dialogue was launched in 2019 (Reuters, accessed 4 May 2024).",
	}
	text := sents[0] + " " + sents[1] + " " + sents[2] + " " + sents[3] + "\n\n" + sents[4]
	doc := &model.Document{ID: "doc1", Text: text, Status: model.StatusOK}
	off := 0
	for i, s := range sents {
		start := strings.Index(text[off:], s) + off
		doc.Sentences = append(doc.Sentences, model.Sentence{Index: i, Start: start, End: start + len(s), RawStart: start + 100, RawEnd: start + 100 + len(s)})
		off = start + len(s)
	}
	addTime := func(si int, expr, value string, citation bool) {
		s := doc.Sentences[si]
		i := strings.Index(text[s.Start:s.End], expr) + s.Start
		a, err := model.ParseValue(value)
		if err != nil {
			t.Fatal(err)
		}
		doc.Timexes = append(doc.Timexes, model.Timex{Sentence: si, Start: i, End: i + len(expr), Text: expr, Anchor: a, Citation: citation})
	}
	addTime(0, "October 2020", "2020-10", false)
	addTime(2, "2021", "2021", false)
	addTime(4, "2019", "2019", false)
	addTime(4, "4 May 2024", "2024-05-04", true)

	if err := New().Process(doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range doc.Mentions {
		got = append(got, describe(m))
		if m.DocID != "doc1" || m.SpanStart != doc.Sentences[m.Sentence].RawStart || m.Text != sents[m.Sentence] {
			t.Errorf("mention %s: doc %q span %d text %q", m.ID, m.DocID, m.SpanStart, m.Text)
		}
		if doc.Text[m.TriggerStart:m.TriggerEnd] != m.Trigger {
			t.Errorf("mention %s: trigger offsets [%d,%d) hold %q, not %q", m.ID, m.TriggerStart, m.TriggerEnd, doc.Text[m.TriggerStart:m.TriggerEnd], m.Trigger)
		}
	}
	want := []string{"prisoner_swap/asserted@2020-10", "ceasefire/asserted/agreed@2021", "ceasefire/asserted/in_effect@2021", "talks/asserted/start@2019"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if len(doc.Mentions) > 0 {
		if id := doc.Mentions[0].ID; id != model.MentionID("doc1", doc.Sentences[1].RawStart, model.TypePrisonerSwap, 0) {
			t.Errorf("id %q", id)
		}
	}
}

// TestDeterministicAndConcurrent runs the same document from several
// goroutines: the mentions must be identical.
func TestDeterministicAndConcurrent(t *testing.T) {
	x := New()
	text := "Sudan's army and the RSF agreed to a ceasefire on 20 May 2023 and exchanged 100 prisoners on 21 May 2023."
	times := timexes(t, text, []tm{{"20 May 2023", "2023-05-20"}, {"21 May 2023", "2023-05-21"}})
	ref := x.ExtractSentence(text, times)
	if len(ref) != 2 {
		t.Fatalf("got %d mentions, want 2", len(ref))
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 100; k++ {
				ms := x.ExtractSentence(text, times)
				if len(ms) != len(ref) {
					t.Errorf("got %d mentions", len(ms))
					return
				}
				for i := range ms {
					if describe(ms[i]) != describe(ref[i]) || ms[i].Trigger != ref[i].Trigger {
						t.Errorf("mention %d differs: %s vs %s", i, describe(ms[i]), describe(ref[i]))
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}

func TestPrefilter(t *testing.T) {
	x := New()
	for _, s := range []string{"A coup.", "CEASEFIRE NOW", "peace talks", "They withdrew."} {
		if !x.worthAnalysing(s) {
			t.Errorf("prefilter rejects %q", s)
		}
	}
	for _, s := range []string{"The weather was fine and the market was busy.", "He left the house early.", "They met at noon."} {
		if x.worthAnalysing(s) {
			t.Errorf("prefilter lets %q through", s)
		}
	}
	if !x.worthAnalysing("The last troops left on Monday.") {
		t.Errorf("prefilter rejects a common head with a cue")
	}
}

func TestTokenize(t *testing.T) {
	text := "Mali’s junta didn't sign the cease-fire (in 2020)."
	toks := tokenize(text, lowerASCII(text), nil, nil)
	var ws []string
	for _, tk := range toks {
		ws = append(ws, tk.w)
	}
	want := "mali 's junta did not sign the cease fire ( in 2020 ) ."
	if strings.Join(ws, " ") != want {
		t.Errorf("tokens %q, want %q", strings.Join(ws, " "), want)
	}
	if !toks[8].hyph || !toks[10].paren {
		t.Errorf("hyphen or parenthesis flags lost: %+v %+v", toks[8], toks[10])
	}
}

// TestAccordNamedAfterCity checks that a city that only names an accord is
// neither the mention's place nor an actor, while a city where the deal
// was signed, and a country naming the conflict, still are.
func TestAccordNamedAfterCity(t *testing.T) {
	x := New()
	tests := []struct {
		text, expr, value string
		place             string
		noActor           string // an actor that must not be linked
	}{
		{"The government and the rebels signed the Lomé Peace Agreement in July 1999.", "July 1999", "1999-07", "", "Government of Togo"},
		{"Both factions signed the 2003 Accra accord with the transitional authorities.", "2003", "2003", "", "Government of Ghana"},
		{"The Doha-brokered 2020 deal opened the way for the troop withdrawal.", "2020", "2020", "", "Government of Qatar"},
		{"Rebel leaders and the government signed a peace agreement in Nairobi on 9 January 2005.", "9 January 2005", "2005-01-09", "Nairobi", ""},
		{"The Sudan peace deal was signed in 2020.", "2020", "2020", "Sudan", ""},
	}
	for _, tc := range tests {
		ms := x.ExtractSentence(tc.text, timexes(t, tc.text, []tm{{tc.expr, tc.value}}))
		var pa *model.Mention
		for i := range ms {
			if ms[i].Type == model.TypePeaceAgreement {
				pa = &ms[i]
			}
		}
		if pa == nil {
			t.Errorf("%q: no peace_agreement mention in %v", tc.text, ms)
			continue
		}
		if pa.Place != tc.place {
			t.Errorf("%q: place %q, want %q", tc.text, pa.Place, tc.place)
		}
		if tc.noActor != "" && slices.Contains(pa.Actors, tc.noActor) {
			t.Errorf("%q: actors %q hold %q, a city that only names the accord", tc.text, pa.Actors, tc.noActor)
		}
	}
	for _, tc := range []struct {
		text string
		end  int
		want bool
	}{
		{"the Algiers accord", len("the Algiers"), true},
		{"the Arusha Peace Accords", len("the Arusha"), true},
		{"the Algiers-mediated 2015 deal", len("the Algiers"), true},
		{"talks in Algiers on Monday", len("talks in Algiers"), false},
		{"the Geneva talks", len("the Geneva"), false},
		{"the Algiers-based envoy", len("the Algiers"), false},
	} {
		if got := namesAccord(tc.text, tc.end); got != tc.want {
			t.Errorf("namesAccord(%q, %d) = %v, want %v", tc.text, tc.end, got, tc.want)
		}
	}
}

// TestFrameBreakers checks which sentences pass a time on to the next one:
// commentary in the present does not, nor does a stretch counted back
// from the time of writing.
func TestFrameBreakers(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The rebels regrouped in the hills.", true},
		{"Officials were not available for comment.", true},
		{"Donors have grown impatient with the delays.", false},
		{"The talks remain stalled.", false},
		{"The border is closed to trade.", false},
		{"Aid workers said the situation is dire.", true},
		{"Both sides have repeatedly accused each other of violations.", false},
		{"The two countries have since held several rounds of talks.", false},
	} {
		if got := narrativePast(tc.text); got != tc.want {
			t.Errorf("narrativePast(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct {
		text, value string
		want        bool
	}{
		{"the past eight years", "2016-03/2024-03", true},
		{"over the last two decades", "2004/2024", true},
		{"between March and May", "2024-03/2024-05", false},
		{"last week", "2024-W10", false},
		{"the past year", "2023", false},
	} {
		if got := spanToNow(model.Timex{Text: tc.text, Anchor: model.Anchor{Value: tc.value}}); got != tc.want {
			t.Errorf("spanToNow(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestFrameNotPassedThroughCommentary: a time set two sentences back
// reaches a mention through a narrative sentence, but not through one
// that comments on the present or that only names a stretch up to now.
func TestFrameNotPassedThroughCommentary(t *testing.T) {
	run := func(sents []string, expr, value string) []string {
		text := strings.Join(sents, " ")
		doc := &model.Document{ID: "d", Text: text, Status: model.StatusOK}
		off := 0
		for i, s := range sents {
			start := strings.Index(text[off:], s) + off
			doc.Sentences = append(doc.Sentences, model.Sentence{Index: i, Start: start, End: start + len(s), RawStart: start, RawEnd: start + len(s)})
			off = start + len(s)
		}
		i := strings.Index(text, expr)
		a, err := model.ParseValue(value)
		if err != nil {
			t.Fatal(err)
		}
		doc.Timexes = []model.Timex{{Sentence: 0, Start: i, End: i + len(expr), Text: expr, Anchor: a}}
		if err := New().Process(doc); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range doc.Mentions {
			got = append(got, describe(m))
		}
		return got
	}
	last := "The peacekeepers withdrew from the northern bases."
	if got := run([]string{"In March 2019, the council voted on the mission's future.", "The debate was heated.", last}, "March 2019", "2019-03"); len(got) != 1 || !strings.HasSuffix(got[0], "@2019-03") {
		t.Errorf("through a narrative sentence: got %q, want one withdrawal at 2019-03", got)
	}
	if got := run([]string{"In March 2019, the council voted on the mission's future.", "Donors have grown impatient with the delays.", last}, "March 2019", "2019-03"); len(got) != 0 {
		t.Errorf("through present commentary: got %q, want no dated withdrawal", got)
	}
	if got := run([]string{"In March 2019, the council voted on the mission's future.", "The withdrawal of the peacekeepers is now a risk for the region."}, "March 2019", "2019-03"); len(got) != 0 {
		t.Errorf("a present-tense mention: got %q, want no dated withdrawal", got)
	}
	if got := run([]string{"Violence has spread over the past six years.", last}, "the past six years", "2018-05/2024-05"); len(got) != 0 {
		t.Errorf("after a stretch up to now: got %q, want no dated withdrawal", got)
	}
}
