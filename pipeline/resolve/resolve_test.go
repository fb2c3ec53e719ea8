package resolve

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/rand"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"eventtimeline/pipeline/model"
)

// m is a compact mention description for tests.
type m struct {
	id, doc, typ, when string
	actors             []string
	place, country     string
	fact               string // "" = asserted
	subtype            string
	qual               string // time qualifier: "early", "mid", "late", ...
	citation           bool
}

func (x m) build(t testing.TB) *model.Mention {
	t.Helper()
	fact := x.fact
	if fact == "" {
		fact = model.FactAsserted
	}
	doc := x.doc
	if doc == "" {
		doc = "d1"
	}
	typ := x.typ
	if typ == "" {
		typ = model.TypeCoup
	}
	mm := &model.Mention{
		ID: x.id, DocID: doc, Type: typ, Subtype: x.subtype, Factuality: fact,
		Actors: x.actors, Place: x.place, Country: x.country,
		Text: "sentence of " + x.id, EventID: "stale",
	}
	if x.when != "" {
		a, err := model.ParseValue(x.when)
		if err != nil {
			t.Fatalf("bad test value %q: %v", x.when, err)
		}
		mm.Time = model.Timex{Text: "text of " + x.when, Anchor: a, Citation: x.citation, Qualifier: x.qual}
	}
	return mm
}

func buildAll(t testing.TB, ms []m) []*model.Mention {
	out := make([]*model.Mention, len(ms))
	for i, x := range ms {
		out[i] = x.build(t)
	}
	return out
}

// groups returns the partition of mention ids by EventID, canonicalised:
// each group sorted, groups sorted by first id; mentions with no event are
// listed under "-" as one-element groups prefixed with "-".
func groups(ms []*model.Mention) []string {
	by := map[string][]string{}
	var out []string
	for _, x := range ms {
		if x.EventID == "" {
			out = append(out, "-"+x.ID)
			continue
		}
		by[x.EventID] = append(by[x.EventID], x.ID)
	}
	for _, ids := range by {
		sort.Strings(ids)
		out = append(out, strings.Join(ids, "+"))
	}
	sort.Strings(out)
	return out
}

func TestResolveMerging(t *testing.T) {
	mali := []string{"military"}
	tests := []struct {
		name string
		in   []m
		want []string // groups as "a+b", unmerged non-asserted as "-x"
	}{
		{"same day same actors merge",
			[]m{{id: "a", when: "2020-08-18", actors: mali}, {id: "b", doc: "d2", when: "2020-08-18", actors: mali}},
			[]string{"a+b"}},
		{"two different days stay apart",
			[]m{{id: "a", when: "2020-08-18"}, {id: "b", when: "2020-08-19"}},
			[]string{"a", "b"}},
		{"day inside its month merges",
			[]m{{id: "a", when: "2020-08-18"}, {id: "b", doc: "d2", when: "2020-08"}},
			[]string{"a+b"}},
		{"two different months stay apart",
			[]m{{id: "a", when: "2020-08"}, {id: "b", when: "2020-09"}},
			[]string{"a", "b"}},
		{"a truce's entry into force two days after its agreement: one event",
			[]m{{id: "a", typ: model.TypeCeasefire, subtype: "agreed", when: "2023-05-20", country: "SDN"}, {id: "b", typ: model.TypeCeasefire, subtype: "in_effect", doc: "d2", when: "2023-05-22", country: "SDN"}},
			[]string{"a+b"}},
		{"entry into force before the agreement: apart",
			[]m{{id: "a", typ: model.TypeCeasefire, subtype: "agreed", when: "2023-05-20", country: "SDN"}, {id: "b", typ: model.TypeCeasefire, subtype: "in_effect", doc: "d2", when: "2023-05-18", country: "SDN"}},
			[]string{"a", "b"}},
		{"entry into force a month after the agreement: apart",
			[]m{{id: "a", typ: model.TypeCeasefire, subtype: "agreed", when: "2023-05-20", country: "SDN"}, {id: "b", typ: model.TypeCeasefire, subtype: "in_effect", doc: "d2", when: "2023-06-22", country: "SDN"}},
			[]string{"a", "b"}},
		{"a collapse days after the agreement stays apart",
			[]m{{id: "a", typ: model.TypeCeasefire, subtype: "agreed", when: "2023-05-20", country: "SDN"}, {id: "b", typ: model.TypeCeasefire, subtype: "collapsed", doc: "d2", when: "2023-05-23", country: "SDN"}},
			[]string{"a", "b"}},
		{"entry into force in another country: apart",
			[]m{{id: "a", typ: model.TypeCeasefire, subtype: "agreed", when: "2023-05-20", country: "SDN"}, {id: "b", typ: model.TypeCeasefire, subtype: "in_effect", doc: "d2", when: "2023-05-22", country: "YEM"}},
			[]string{"a", "b"}},
		{"a truce extended five weeks after it took effect: one event",
			[]m{{id: "a", typ: model.TypeCeasefire, subtype: "in_effect", when: "2022-04-02", country: "YEM"}, {id: "b", typ: model.TypeCeasefire, subtype: "extended", doc: "d2", when: "2022-05-09", country: "YEM"}},
			[]string{"a+b"}},
		{"an extension half a year later: apart",
			[]m{{id: "a", typ: model.TypeCeasefire, subtype: "agreed", when: "2022-04-02", country: "YEM"}, {id: "b", typ: model.TypeCeasefire, subtype: "extended", doc: "d2", when: "2022-10-02", country: "YEM"}},
			[]string{"a", "b"}},
		{"an extension with no country joins a truce of its own document",
			[]m{{id: "a", typ: model.TypeCeasefire, subtype: "agreed", when: "2024-03-01", country: "COL"}, {id: "b", typ: model.TypeCeasefire, subtype: "extended", when: "2024-03-20"}},
			[]string{"a+b"}},
		{"an entry into force with no country joins a truce of the country its document is about",
			[]m{{id: "a", typ: model.TypeCeasefire, subtype: "agreed", when: "2024-03-01", country: "COL"},
				{id: "b", typ: model.TypeCeasefire, subtype: "in_effect", doc: "d2", when: "2024-03-03"},
				{id: "c", typ: model.TypeTalks, doc: "d2", when: "2024-02", country: "COL"},
				{id: "d", typ: model.TypeTalks, doc: "d2", when: "2023-02", country: "COL"}},
			[]string{"a+b", "c", "d"}},
		{"an entry into force with no country in a document about another country: apart",
			[]m{{id: "a", typ: model.TypeCeasefire, subtype: "agreed", when: "2024-03-01", country: "COL"},
				{id: "b", typ: model.TypeCeasefire, subtype: "in_effect", doc: "d2", when: "2024-03-03"},
				{id: "c", typ: model.TypeTalks, doc: "d2", when: "2024-02", country: "VEN"},
				{id: "d", typ: model.TypeTalks, doc: "d2", when: "2023-02", country: "VEN"},
				{id: "e", typ: model.TypeTalks, doc: "d2", when: "2022-02", country: "COL"}},
			[]string{"a", "b", "c", "d", "e"}},
		{"an accord signed at the same venue on the same day, filed under two countries: one event",
			[]m{{id: "a", typ: model.TypePeaceAgreement, when: "2005-01-09", country: "KEN", place: "Nairobi"},
				{id: "b", typ: model.TypePeaceAgreement, doc: "d2", when: "2005-01-09", country: "SDN", place: "Nairobi", actors: []string{"Sudan"}}},
			[]string{"a+b"}},
		{"accords of two countries signed the same day at different venues: apart",
			[]m{{id: "a", typ: model.TypePeaceAgreement, when: "2005-01-09", country: "KEN", place: "Nairobi"},
				{id: "b", typ: model.TypePeaceAgreement, doc: "d2", when: "2005-01-09", country: "SDN", place: "Khartoum", actors: []string{"Sudan"}}},
			[]string{"a", "b"}},
		{"an extension with no country in another document: apart",
			[]m{{id: "a", typ: model.TypeCeasefire, subtype: "agreed", when: "2024-03-01", country: "COL"}, {id: "b", typ: model.TypeCeasefire, subtype: "extended", doc: "d2", when: "2024-03-20"}},
			[]string{"a", "b"}},
		{"a withdrawal announced and completed two months later: one event",
			[]m{{id: "a", typ: model.TypeWithdrawal, subtype: "announced", when: "2019-10-06", country: "SYR", actors: []string{"United States"}}, {id: "b", typ: model.TypeWithdrawal, subtype: "completed", doc: "d2", when: "2019-12-10", country: "SYR", actors: []string{"United States"}}},
			[]string{"a+b"}},
		{"a withdrawal completed before its announcement: apart",
			[]m{{id: "a", typ: model.TypeWithdrawal, subtype: "announced", when: "2019-10-06", country: "SYR"}, {id: "b", typ: model.TypeWithdrawal, subtype: "completed", doc: "d2", when: "2019-09-10", country: "SYR"}},
			[]string{"a", "b"}},
		{"a withdrawal completed a year after an announcement: apart",
			[]m{{id: "a", typ: model.TypeWithdrawal, subtype: "announced", when: "2019-10-06", country: "SYR"}, {id: "b", typ: model.TypeWithdrawal, subtype: "completed", doc: "d2", when: "2020-10-10", country: "SYR"}},
			[]string{"a", "b"}},
		{"two withdrawals completed weeks apart are two events",
			[]m{{id: "a", typ: model.TypeWithdrawal, subtype: "completed", when: "2019-10-06", country: "SYR"}, {id: "b", typ: model.TypeWithdrawal, subtype: "completed", doc: "d2", when: "2019-11-10", country: "SYR"}},
			[]string{"a", "b"}},
		{"a truce signed abroad, told by its venue on the same day: one event",
			[]m{{id: "a", typ: model.TypeCeasefire, when: "2023-05-20", country: "SDN", place: "Jeddah", actors: []string{"Sudanese armed forces", "Rapid Support Forces"}},
				{id: "b", typ: model.TypeCeasefire, doc: "d2", when: "2023-05-20", country: "SAU", place: "Jeddah"}},
			[]string{"a+b"}},
		{"talks told by a venue city on the same day join the parties' talks",
			[]m{{id: "a", typ: model.TypeTalks, when: "2024-07-11", country: "MMR", actors: []string{"junta", "MNDAA"}},
				{id: "b", typ: model.TypeTalks, doc: "d2", when: "2024-07-11", country: "CHN", place: "Kunming"}},
			[]string{"a+b"}},
		{"an accord told by its venue on a day joins the parties' accord of that month",
			[]m{{id: "a", typ: model.TypePeaceAgreement, when: "2018-09-12", country: "ETH", place: "Addis Ababa"},
				{id: "b", typ: model.TypePeaceAgreement, doc: "d2", when: "2018-09", country: "SSD", actors: []string{"Riek Machar", "Salva Kiir"}}},
			[]string{"a+b"}},
		{"a venue's accord a year wide stays apart",
			[]m{{id: "a", typ: model.TypePeaceAgreement, when: "2018-09-12", country: "ETH", place: "Addis Ababa"},
				{id: "b", typ: model.TypePeaceAgreement, doc: "d2", when: "2018", country: "SSD", actors: []string{"Riek Machar"}}},
			[]string{"a", "b"}},
		{"two talks of a month with no parties named stay apart",
			[]m{{id: "a", typ: model.TypeTalks, when: "2020-09-12", country: "QAT", place: "Doha"},
				{id: "b", typ: model.TypeTalks, doc: "d2", when: "2020-09", country: "LBY"}},
			[]string{"a", "b"}},
		{"a truce in another country on the same day stays apart",
			[]m{{id: "a", typ: model.TypeCeasefire, when: "2023-05-20", country: "SDN", actors: []string{"Sudanese armed forces"}},
				{id: "b", typ: model.TypeCeasefire, doc: "d2", when: "2023-05-20", country: "YEM", place: "Yemen"}},
			[]string{"a", "b"}},
		{"a coup is never told by a venue",
			[]m{{id: "a", when: "2023-07-26", country: "NER", actors: []string{"presidential guard"}},
				{id: "b", doc: "d2", when: "2023-07-26", country: "GAB", place: "Libreville"}},
			[]string{"a", "b"}},
		{"different types never merge",
			[]m{{id: "a", when: "2021-03-01"}, {id: "b", typ: model.TypeCeasefire, when: "2021-03-01"}},
			[]string{"a", "b"}},
		{"day inside year merges",
			[]m{{id: "a", when: "2021-05-24"}, {id: "b", doc: "d2", when: "2021"}},
			[]string{"a+b"}},
		{"week inside month merges",
			[]m{{id: "a", when: "2020-W07"}, {id: "b", when: "2020-02"}},
			[]string{"a+b"}},
		{"both name actors, none shared, no country: apart",
			[]m{{id: "a", when: "2022-03-02", actors: []string{"army"}}, {id: "b", when: "2022-03-02", actors: []string{"rebels"}}},
			[]string{"a", "b"}},
		{"both name actors, none shared, same country: merge",
			[]m{{id: "a", when: "2022-03-02", actors: []string{"army"}, country: "SDN"}, {id: "b", doc: "d2", when: "2022-03-02", actors: []string{"RSF"}, country: "SDN"}},
			[]string{"a+b"}},
		{"different countries without a shared actor stay apart",
			[]m{{id: "a", when: "2023-07", country: "NER"}, {id: "b", when: "2023-07", country: "MLI"}},
			[]string{"a", "b"}},
		{"different countries merge through a shared actor (accord signed abroad)",
			[]m{{id: "a", typ: model.TypePeaceAgreement, when: "2015-06-20", actors: []string{"Government of Mali"}, place: "Bamako", country: "MLI"}, {id: "b", typ: model.TypePeaceAgreement, doc: "d2", when: "2015-06", actors: []string{"Government of Mali", "Algeria"}, place: "Algiers", country: "DZA"}},
			[]string{"a+b"}},
		{"actors on one side only: merge",
			[]m{{id: "a", when: "2019-04-11", actors: []string{"army"}}, {id: "b", doc: "d2", when: "2019-04-11"}},
			[]string{"a+b"}},
		{"explicit interval and a day inside, no agreement: apart",
			[]m{{id: "a", typ: model.TypeTalks, when: "2020-10/2021-03"}, {id: "b", typ: model.TypeTalks, when: "2020-12-05"}},
			[]string{"a", "b"}},
		{"explicit interval and a day inside, shared actor: merge",
			[]m{{id: "a", typ: model.TypeTalks, when: "2020-10/2021-03", actors: []string{"IGAD"}}, {id: "b", typ: model.TypeTalks, when: "2020-12-05", actors: []string{"IGAD", "rebels"}}},
			[]string{"a+b"}},
		{"partial overlap without agreement: apart",
			[]m{{id: "a", typ: model.TypeCeasefire, when: "2020-SU"}, {id: "b", typ: model.TypeCeasefire, when: "2020-Q3"}},
			[]string{"a", "b"}},
		{"partial overlap with same place: merge",
			[]m{{id: "a", typ: model.TypeCeasefire, when: "2020-SU", place: "Idlib"}, {id: "b", typ: model.TypeCeasefire, when: "2020-Q3", place: "Idlib"}},
			[]string{"a+b"}},
		{"month between two events of different countries follows its country",
			[]m{{id: "a", when: "2021-02-01", country: "MMR"}, {id: "b", when: "2021-02-20", country: "NER"}, {id: "c", doc: "d2", when: "2021-02", country: "MMR"}},
			[]string{"a+c", "b"}},
		{"month containing two day events with no clue stays alone (no chaining)",
			[]m{{id: "a", when: "2020-08-05"}, {id: "b", when: "2020-08-18"}, {id: "c", doc: "d2", when: "2020-08"}},
			[]string{"a", "b", "c"}},
		{"month with a shared actor picks that day event",
			[]m{{id: "a", when: "2020-08-05", actors: []string{"guard"}}, {id: "b", when: "2020-08-18", actors: []string{"army"}}, {id: "c", doc: "d2", when: "2020-08", actors: []string{"army"}}},
			[]string{"a", "b+c"}},
		{"equal months merge with each other, not with an ambiguous pair of days",
			[]m{{id: "a", when: "2020-08-05"}, {id: "b", when: "2020-08-18"}, {id: "c", doc: "d2", when: "2020-08"}, {id: "d", doc: "d3", when: "2020-08"}},
			[]string{"a", "b", "c+d"}},
		{"undated joins the single agreeing dated event of its document",
			[]m{{id: "a", typ: model.TypeWithdrawal, when: "2022-08-15", actors: []string{"France"}}, {id: "b", typ: model.TypeWithdrawal, actors: []string{"France", "Barkhane"}}},
			[]string{"a+b"}},
		{"undated with two agreeing candidates stays alone",
			[]m{{id: "a", typ: model.TypeWithdrawal, when: "2021-06", actors: []string{"France"}}, {id: "b", typ: model.TypeWithdrawal, when: "2022-08", actors: []string{"France"}}, {id: "c", typ: model.TypeWithdrawal, actors: []string{"France"}}},
			[]string{"a", "b", "c"}},
		{"undated does not join an event from another document",
			[]m{{id: "a", typ: model.TypeTalks, doc: "d1", when: "2024-05", place: "Bamako"}, {id: "b", typ: model.TypeTalks, doc: "d2", place: "Bamako"}},
			[]string{"a", "b"}},
		{"undated sharing only the country stays alone",
			[]m{{id: "a", typ: model.TypeTalks, when: "2021-10", actors: []string{"HCI"}, country: "MLI"}, {id: "b", typ: model.TypeTalks, actors: []string{"JNIM"}, country: "MLI"}},
			[]string{"a", "b"}},
		{"undated sharing the place joins",
			[]m{{id: "a", typ: model.TypeCeasefire, when: "2021-03", place: "Niono", country: "MLI"}, {id: "b", typ: model.TypeCeasefire, place: "Niono"}},
			[]string{"a+b"}},
		{"undated without any overlap stays alone",
			[]m{{id: "a", when: "2012-03-22", actors: []string{"soldiers"}, place: "Bamako"}, {id: "b", actors: []string{"junta"}, place: "Kati"}},
			[]string{"a", "b"}},
		{"undated mentions do not merge with each other",
			[]m{{id: "a", actors: []string{"junta"}}, {id: "b", actors: []string{"junta"}}},
			[]string{"a", "b"}},
		{"citation date counts as undated",
			[]m{{id: "a", when: "2017-05-24", citation: true}, {id: "b", doc: "d2", when: "2017-05-24"}},
			[]string{"a", "b"}},
		{"non-asserted mentions get no event",
			[]m{{id: "a", when: "2020-08-18"}, {id: "b", when: "2020-08-18", fact: model.FactNegated}, {id: "c", when: "2020-08-18", fact: model.FactHypothetical}},
			[]string{"-b", "-c", "a"}},
		// Coarse mentions and actors.
		{"year mention naming other actors stays apart from a day event of its country",
			[]m{{id: "a", typ: model.TypeTalks, when: "2022-05-14", actors: []string{"IGAD"}, country: "SDN"}, {id: "b", typ: model.TypeTalks, doc: "d2", when: "2022", actors: []string{"Quartet"}, country: "SDN"}},
			[]string{"a", "b"}},
		{"month mention naming other actors joins a day event of its country",
			[]m{{id: "a", when: "2021-02-01", actors: []string{"Tatmadaw"}, country: "MMR"}, {id: "b", doc: "d2", when: "2021-02", actors: []string{"Min Aung Hlaing"}, country: "MMR"}},
			[]string{"a+b"}},
		{"equal years with different actors in one country stay apart",
			[]m{{id: "a", typ: model.TypeTalks, when: "2019", actors: []string{"SPLM-N"}, country: "SDN"}, {id: "b", typ: model.TypeTalks, doc: "d2", when: "2019", actors: []string{"Beja council"}, country: "SDN"}},
			[]string{"a", "b"}},
		{"equal years sharing an actor merge",
			[]m{{id: "a", typ: model.TypeTalks, when: "2019", actors: []string{"SPLM-N"}, country: "SDN"}, {id: "b", typ: model.TypeTalks, doc: "d2", when: "2019", actors: []string{"Beja council", "SPLM-N"}, country: "SDN"}},
			[]string{"a+b"}},
		{"year mention joins the one day event sharing an actor",
			[]m{{id: "a", typ: model.TypePrisonerSwap, when: "2020-10-08", actors: []string{"al-Shabaab"}, country: "SOM"}, {id: "b", typ: model.TypePrisonerSwap, when: "2020-03-02", country: "SOM"}, {id: "c", typ: model.TypePrisonerSwap, doc: "d2", when: "2020", actors: []string{"al-Shabaab"}, country: "SOM"}},
			[]string{"a+c", "b"}},
		{"bare country or own government is no evidence",
			[]m{{id: "a", typ: model.TypeCeasefire, when: "2023-05-20", actors: []string{"Government of Sudan", "RSF"}, country: "SDN"}, {id: "b", typ: model.TypeCeasefire, when: "2023-05-06", actors: []string{"SAF"}, country: "SDN"}, {id: "c", typ: model.TypeCeasefire, doc: "d2", when: "2023-05", actors: []string{"Government of Sudan", "Sudan"}, country: "SDN"}},
			[]string{"a", "b", "c"}},
		{"place naming only the country is no evidence",
			[]m{{id: "a", typ: model.TypeCeasefire, when: "2023-05-20", place: "Sudan", country: "SDN"}, {id: "b", typ: model.TypeCeasefire, when: "2023-05-06", place: "Khartoum", country: "SDN"}, {id: "c", typ: model.TypeCeasefire, doc: "d2", when: "2023-05", place: "Sudan", country: "SDN"}},
			[]string{"a", "b", "c"}},
		{"a coarse member adds no evidence (no chaining)",
			[]m{{id: "a", when: "2020-03-10", actors: []string{"JEM"}, country: "SDN"}, {id: "z", when: "2020-09-01", country: "SDN"}, {id: "b", doc: "d2", when: "2020", actors: []string{"JEM", "SLM"}, country: "SDN"}, {id: "c", doc: "d3", when: "2020", actors: []string{"SLM"}, country: "SDN"}},
			[]string{"a+b", "c", "z"}},
		{"a coarse member's actors still contradict others",
			[]m{{id: "a", typ: model.TypeTalks, when: "2019-02", country: "SDN"}, {id: "b", typ: model.TypeTalks, doc: "d2", when: "2019", actors: []string{"SPLM-N"}, country: "SDN"}, {id: "c", typ: model.TypeTalks, doc: "d3", when: "2019", actors: []string{"Beja council"}, country: "SDN"}},
			[]string{"a+b", "c"}},
		{"early narrows a year to its first half",
			[]m{{id: "a", typ: model.TypeTalks, when: "2019-02"}, {id: "b", typ: model.TypeTalks, when: "2019-11", actors: []string{"Houthis"}}, {id: "c", typ: model.TypeTalks, doc: "d2", when: "2019", qual: "early", actors: []string{"Houthis"}}},
			[]string{"a+c", "b"}},
		{"late narrows a year to its second half",
			[]m{{id: "a", typ: model.TypeTalks, when: "2019-02"}, {id: "b", typ: model.TypeTalks, when: "2019-11"}, {id: "c", typ: model.TypeTalks, doc: "d2", when: "2019", qual: "late"}},
			[]string{"a", "b+c"}},
		{"by does not narrow",
			[]m{{id: "a", typ: model.TypeTalks, when: "2019-02"}, {id: "b", typ: model.TypeTalks, when: "2019-11"}, {id: "c", typ: model.TypeTalks, doc: "d2", when: "2019", qual: "by"}},
			[]string{"a", "b", "c"}},
		{"undated joins the only event of its type in its document when nothing contradicts",
			[]m{{id: "a", typ: model.TypeCeasefire, when: "2023-04-11", actors: []string{"SAF"}, country: "SDN"}, {id: "b", typ: model.TypeCeasefire, country: "SDN"}},
			[]string{"a+b"}},
		{"undated naming another place stays alone",
			[]m{{id: "a", typ: model.TypeCeasefire, when: "2023-04-11", place: "Khartoum", country: "SDN"}, {id: "b", typ: model.TypeCeasefire, place: "El Fasher", country: "SDN"}},
			[]string{"a", "b"}},
		{"undated with two events of its type in its document stays alone",
			[]m{{id: "a", typ: model.TypeCeasefire, when: "2023-04-11"}, {id: "b", typ: model.TypeCeasefire, when: "2023-06-10"}, {id: "c", typ: model.TypeCeasefire}},
			[]string{"a", "b", "c"}},
		{"many mentions of one day across documents",
			[]m{{id: "a", doc: "d1", when: "2023-07-26", country: "NER"}, {id: "b", doc: "d2", when: "2023-07", country: "NER"}, {id: "c", doc: "d3", when: "2023", country: "NER"}, {id: "d", doc: "d4", when: "2023-07-26", country: "NER"}},
			[]string{"a+b+c+d"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := buildAll(t, tc.in)
			evs := Resolve(ms)
			if got := groups(ms); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("groups = %v, want %v", got, tc.want)
			}
			n := 0
			for _, g := range tc.want {
				if !strings.HasPrefix(g, "-") {
					n++
				}
			}
			if len(evs) != n {
				t.Errorf("got %d events, want %d", len(evs), n)
			}
		})
	}
}

func TestEventFields(t *testing.T) {
	ms := buildAll(t, []m{
		{id: "d2:10:coup:0", doc: "d2", when: "2020-08", actors: []string{"army", "Keita"}, place: "Mali", country: "MLI", subtype: "successful"},
		{id: "d1:50:coup:0", doc: "d1", when: "2020-08-18", actors: []string{"army"}, place: "Bamako", country: "MLI", subtype: "successful"},
		{id: "d3:70:coup:0", doc: "d3", when: "2020", actors: []string{"Keita", "army", "ECOWAS"}, place: "Mali", country: "MLI", subtype: "attempt"},
		{id: "d1:90:coup:0", doc: "d1", actors: []string{"army"}, place: "Bamako", country: "MLI"},
	})
	evs := Resolve(ms)
	if len(evs) != 1 {
		t.Fatalf("got %d events, want 1: %+v", len(evs), evs)
	}
	ev := evs[0]
	sum := sha256.Sum256([]byte("coup\x00d1:50:coup:0"))
	wantID := "ev_" + hex.EncodeToString(sum[:])[:16]
	if ev.ID != wantID {
		t.Errorf("ID = %s, want %s", ev.ID, wantID)
	}
	if ev.Time.Value != "2020-08-18" || ev.Time.Precision != model.PrecDay || ev.Time.Begin != model.DateOf(2020, 8, 18) {
		t.Errorf("Time = %+v, want the day 2020-08-18", ev.Time)
	}
	if ev.TimeText != "text of 2020-08-18" || ev.Sentence != "sentence of d1:50:coup:0" {
		t.Errorf("TimeText/Sentence = %q / %q, want the day mention's", ev.TimeText, ev.Sentence)
	}
	if ev.Subtype != "successful" {
		t.Errorf("Subtype = %q, want successful", ev.Subtype)
	}
	if want := []string{"army", "Keita", "ECOWAS"}; !reflect.DeepEqual(ev.Actors, want) {
		t.Errorf("Actors = %v, want %v", ev.Actors, want)
	}
	// Bamako and Mali both occur twice: the tie goes to the smaller name.
	if ev.Place != "Bamako" || ev.Country != "MLI" {
		t.Errorf("Place/Country = %q/%q, want Bamako/MLI", ev.Place, ev.Country)
	}
	if want := []string{"d1:50:coup:0", "d1:90:coup:0", "d2:10:coup:0", "d3:70:coup:0"}; !reflect.DeepEqual(ev.Mentions, want) {
		t.Errorf("Mentions = %v, want %v", ev.Mentions, want)
	}
	if want := []string{"d1", "d2", "d3"}; !reflect.DeepEqual(ev.Docs, want) {
		t.Errorf("Docs = %v, want %v", ev.Docs, want)
	}
	for _, x := range ms {
		if x.EventID != ev.ID {
			t.Errorf("mention %s EventID = %q, want %q", x.ID, x.EventID, ev.ID)
		}
	}
}

func TestTimeTieBreak(t *testing.T) {
	// Two month values of equal precision cannot be in one event, so build
	// the tie with equal days: the most frequent value wins, then the earliest.
	ms := buildAll(t, []m{
		{id: "a", typ: model.TypeTalks, when: "2021-10", actors: []string{"HCI"}},
		{id: "b", typ: model.TypeTalks, when: "2021-10", actors: []string{"HCI"}},
		{id: "c", typ: model.TypeTalks, when: "2021", actors: []string{"HCI"}},
	})
	ms[1].Time.Qualifier = "late"
	ev := Resolve(ms)
	if len(ev) != 1 || ev[0].Time.Value != "2021-10" {
		t.Fatalf("events = %+v, want one with time 2021-10", ev)
	}
	if ev[0].Qualifier != "" || ev[0].Sentence != "sentence of a" {
		t.Errorf("representative = %q (qualifier %q), want mention a", ev[0].Sentence, ev[0].Qualifier)
	}
}

func TestEventOrder(t *testing.T) {
	ms := buildAll(t, []m{
		{id: "u1", doc: "d9", typ: model.TypeTalks},
		{id: "late", when: "2022-01-10"},
		{id: "early", typ: model.TypeCeasefire, when: "2019-03"},
		{id: "u2", doc: "d9", typ: model.TypeCeasefire},
		{id: "mid", typ: model.TypeWithdrawal, when: "2020"},
	})
	evs := Resolve(ms)
	var got []string
	for _, e := range evs {
		got = append(got, e.Sentence)
	}
	undated := []string{evs[3].ID, evs[4].ID}
	if !sort.StringsAreSorted(undated) {
		t.Errorf("undated events not sorted by id: %v", undated)
	}
	want := []string{"sentence of early", "sentence of mid", "sentence of late"}
	if !reflect.DeepEqual(got[:3], want) {
		t.Errorf("order = %v, want %v first", got, want)
	}
	if evs[3].Time.Value != "" || evs[4].Time.Value != "" {
		t.Errorf("undated events not last: %+v", evs)
	}
}

// synth makes n synthetic mentions of about n/10 events spread over ten
// years, six types, 60 countries and 300 actors. Each mention reports its
// event at day, month or year precision, inside a wider interval, or
// undated, names one or two of the event's actors (sometimes a stray one),
// and is asserted four times out of five.
func synth(n int, seed int64) []*model.Mention {
	rng := rand.New(rand.NewSource(seed))
	type event struct {
		typ     string
		day     model.Date
		country string
		actors  [2]string
	}
	actor := func() string { return fmt.Sprintf("actor%03d", rng.Intn(300)) }
	evs := make([]event, n/10+1)
	for i := range evs {
		e := &evs[i]
		e.typ = model.Types[rng.Intn(len(model.Types))]
		e.day = model.DateOf(2014, 1, 1) + model.Date(rng.Intn(3650))
		if rng.Intn(10) > 0 {
			e.country = fmt.Sprintf("C%02d", rng.Intn(60))
		}
		e.actors = [2]string{actor(), actor()}
	}
	facts := []string{model.FactAsserted, model.FactAsserted, model.FactAsserted, model.FactAsserted, model.FactNegated, model.FactDemanded}
	out := make([]*model.Mention, n)
	for i := range out {
		e := &evs[rng.Intn(len(evs))]
		t := e.day.Time()
		var a model.Anchor
		switch k := rng.Intn(20); {
		case k < 8:
			a = model.DayValue(t.Year(), t.Month(), t.Day())
		case k < 14:
			a, _ = model.ParseValue(t.Format("2006-01"))
		case k < 17:
			a, _ = model.ParseValue(t.Format("2006"))
		case k < 18:
			a, _ = model.ParseValue(t.Format("2006-01") + "/" + t.AddDate(0, 3, 0).Format("2006-01"))
		}
		acts := []string{e.actors[rng.Intn(2)]}
		switch rng.Intn(10) {
		case 0:
			acts = append(acts, actor())
		case 1, 2, 3:
			acts = []string{e.actors[0], e.actors[1]}
		}
		country := e.country
		if rng.Intn(10) == 0 {
			country = ""
		}
		doc := fmt.Sprintf("doc%05d", rng.Intn(n/8+1))
		out[i] = &model.Mention{
			ID:    model.MentionID(doc, i*100, e.typ, 0),
			DocID: doc, Type: e.typ, Factuality: facts[rng.Intn(len(facts))],
			Time:   model.Timex{Text: a.Value, Anchor: a},
			Actors: acts, Country: country,
			Text: fmt.Sprintf("sentence %d", i),
		}
	}
	return out
}

func TestOrderIndependence(t *testing.T) {
	ms := synth(3000, 1)
	ref := Resolve(ms)
	refIDs := map[string]string{}
	for _, x := range ms {
		refIDs[x.ID] = x.EventID
	}
	if len(ref) < 100 || len(ref) > 2500 {
		t.Fatalf("implausible number of events %d for 3000 mentions", len(ref))
	}
	rng := rand.New(rand.NewSource(7))
	for round := 0; round < 5; round++ {
		rng.Shuffle(len(ms), func(i, j int) { ms[i], ms[j] = ms[j], ms[i] })
		got := Resolve(ms)
		if !reflect.DeepEqual(got, ref) {
			t.Fatalf("round %d: events differ after shuffling", round)
		}
		for _, x := range ms {
			if x.EventID != refIDs[x.ID] {
				t.Fatalf("round %d: mention %s EventID %q, want %q", round, x.ID, x.EventID, refIDs[x.ID])
			}
		}
	}
}

// TestOrderIndependenceEvidence repeats the shuffle test on synthetic
// mentions that also carry early/mid/late qualifiers, generic state actors
// and country-level places, and undated mentions without actors.
func TestOrderIndependenceEvidence(t *testing.T) {
	ms := synth(3000, 5)
	quals := []string{"early", "mid", "late", "by"}
	for i, x := range ms {
		if i%7 == 0 && x.Time.Value != "" {
			x.Time.Qualifier = quals[i%len(quals)]
		}
		if i%11 == 0 {
			x.Country = "SDN"
			x.Actors = append([]string{"Government of Sudan"}, x.Actors...)
			x.Place = "Sudan"
		}
		if i%13 == 0 {
			x.Time = model.Timex{}
			x.Actors = nil
		}
	}
	ref := Resolve(ms)
	refIDs := map[string]string{}
	for _, x := range ms {
		refIDs[x.ID] = x.EventID
	}
	rng := rand.New(rand.NewSource(11))
	for round := 0; round < 3; round++ {
		rng.Shuffle(len(ms), func(i, j int) { ms[i], ms[j] = ms[j], ms[i] })
		if got := Resolve(ms); !reflect.DeepEqual(got, ref) {
			t.Fatalf("round %d: events differ after shuffling", round)
		}
		for _, x := range ms {
			if x.EventID != refIDs[x.ID] {
				t.Fatalf("round %d: mention %s EventID %q, want %q", round, x.ID, x.EventID, refIDs[x.ID])
			}
		}
	}
}

func TestNarrow(t *testing.T) {
	day := func(y int, m time.Month, d int) model.Date { return model.DateOf(y, m, d) }
	tests := []struct {
		value, qual string
		begin, last model.Date
	}{
		{"2019", "early", day(2019, 1, 1), day(2019, 7, 2)},
		{"2019", "late", day(2019, 7, 2), day(2019, 12, 31)},
		{"2019", "mid", day(2019, 4, 2), day(2019, 10, 1)},
		{"2019", "by", day(2019, 1, 1), day(2019, 12, 31)},
		{"2019", "", day(2019, 1, 1), day(2019, 12, 31)},
		{"2020-08", "early", day(2020, 8, 1), day(2020, 8, 16)},
		{"2020-08", "late", day(2020, 8, 16), day(2020, 8, 31)},
		{"2020-08-18", "early", day(2020, 8, 18), day(2020, 8, 18)},
		{"2020-W07", "late", day(2020, 2, 10), day(2020, 2, 16)},
	}
	for _, tc := range tests {
		a, err := model.ParseValue(tc.value)
		if err != nil {
			t.Fatal(err)
		}
		b, l := narrow(a.Begin, a.Last, tc.qual)
		if b != tc.begin || l != tc.last {
			t.Errorf("narrow(%s, %q) = %s..%s, want %s..%s", tc.value, tc.qual, b, l, tc.begin, tc.last)
		}
	}
}

func TestGeneric(t *testing.T) {
	st := newStates()
	tests := []struct {
		name, country string
		want          bool
	}{
		{"Sudan", "SDN", true},
		{"Government of Sudan", "SDN", true},
		{"Government of Sudan", "ETH", false}, // a foreign government is specific
		{"Sudan", "", false},                  // no country to repeat
		{"France", "MLI", false},
		{"RSF", "SDN", false},
		{"Khartoum", "SDN", false},
		{"", "SDN", false},
	}
	for _, tc := range tests {
		if got := st.generic(tc.name, tc.country); got != tc.want {
			t.Errorf("generic(%q, %q) = %v, want %v", tc.name, tc.country, got, tc.want)
		}
	}
}

// TestInvariants checks, on synthetic data, that every asserted mention is
// in exactly one event of its type whose time overlaps its own, and that no
// other mention is.
func TestInvariants(t *testing.T) {
	ms := synth(2000, 3)
	evs := Resolve(ms)
	byID := map[string]*model.Mention{}
	for _, x := range ms {
		byID[x.ID] = x
	}
	seen := map[string]bool{}
	for _, e := range evs {
		for _, id := range e.Mentions {
			x := byID[id]
			if seen[id] {
				t.Fatalf("mention %s in two events", id)
			}
			seen[id] = true
			if x.Factuality != model.FactAsserted || x.Type != e.Type || x.EventID != e.ID {
				t.Fatalf("mention %+v does not belong in event %s", x, e.ID)
			}
			if e.Time.Value != "" && x.Time.Value != "" && (x.Time.Last < e.Time.Begin || x.Time.Begin > e.Time.Last) {
				t.Errorf("event %s time %s disjoint from member time %s", e.ID, e.Time.Value, x.Time.Value)
			}
		}
	}
	for _, x := range ms {
		if x.Factuality == model.FactAsserted && !seen[x.ID] {
			t.Errorf("asserted mention %s in no event", x.ID)
		}
		if x.Factuality != model.FactAsserted && x.EventID != "" {
			t.Errorf("non-asserted mention %s has EventID %q", x.ID, x.EventID)
		}
	}
}

func TestResolverInterface(t *testing.T) {
	ms := buildAll(t, []m{{id: "a", when: "2020-08-18"}, {id: "b", when: "2020-08"}})
	var r interface {
		Resolve([]*model.Mention) []model.Event
	} = Resolver{}
	if evs := r.Resolve(ms); len(evs) != 1 || len(evs[0].Mentions) != 2 {
		t.Errorf("Resolver.Resolve = %+v, want one event of two mentions", evs)
	}
	if evs := Resolve(nil); len(evs) != 0 {
		t.Errorf("Resolve(nil) = %v, want none", evs)
	}
}

// inputBytesPerMention is how much input text yields one mention in the
// synthetic benchmark corpus (100 MB gave about 235,000 mentions); it turns
// the merge's mentions/s into an MB/s of input comparable with the other
// stages' benchmarks.
const inputBytesPerMention = 425

func BenchmarkResolve(b *testing.B) {
	ms := synth(100000, 42)
	b.SetBytes(int64(len(ms)) * inputBytesPerMention)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Resolve(ms)
	}
	b.ReportMetric(float64(len(ms))*float64(b.N)/b.Elapsed().Seconds(), "mentions/s")
}
