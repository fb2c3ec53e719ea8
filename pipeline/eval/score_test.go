package eval

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"eventtimeline/pipeline/model"
)

// g is a compact gold row for tests: evidence, type, factuality (""
// = asserted), when, slug; doc defaults to "d".
type g struct {
	ev, typ, fact, when, slug, doc string
}

// s is a compact system mention: the sentence (a substring of the raw
// document; its first occurrence gives the span), type, value, event id.
type s struct {
	sent, typ, value, eid, doc, fact string
}

func goldRows(t *testing.T, gs []g) []GoldRow {
	t.Helper()
	out := make([]GoldRow, len(gs))
	for i, x := range gs {
		fact, doc, typ := x.fact, x.doc, x.typ
		if fact == "" {
			fact = model.FactAsserted
		}
		if doc == "" {
			doc = "d"
		}
		if typ == "" {
			typ = model.TypeCoup
		}
		out[i] = GoldRow{Doc: doc, Type: typ, Factuality: fact, When: x.when, Evidence: x.ev,
			Event: x.slug, File: "test.jsonl", Line: i + 1}
	}
	return out
}

func sysMentions(t *testing.T, raw map[string][]byte, ss []s) []SysMention {
	t.Helper()
	out := make([]SysMention, len(ss))
	for i, x := range ss {
		fact, doc, typ := x.fact, x.doc, x.typ
		if fact == "" {
			fact = model.FactAsserted
		}
		if doc == "" {
			doc = "d"
		}
		if typ == "" {
			typ = model.TypeCoup
		}
		start := strings.Index(string(raw[doc]), x.sent)
		if start < 0 {
			if _, ok := raw[doc]; ok {
				t.Fatalf("test sentence %q not in document %s", x.sent, doc)
			}
			start = 0
		}
		out[i] = SysMention{ID: model.MentionID(doc, start, typ, i), DocID: doc, Type: typ, Factuality: fact,
			Value: x.value, EventID: x.eid, Sentence: x.sent, SpanStart: start, SpanEnd: start + len(x.sent)}
	}
	return out
}

// want holds the overall figures a case checks.
type want struct {
	tp, fp, fn, dateRight, traps, dontCare, ignored int
}

const doc1 = "Soldiers seized power in Bamako on 18 August 2020. " +
	"The army and the rebels agreed a truce in March 2020 and another truce in May 2020. " +
	"The junta denied any coup was planned. " +
	"Talks collapsed last week."

func TestScoreMatching(t *testing.T) {
	sent1 := "Soldiers seized power in Bamako on 18 August 2020."
	sent2 := "The army and the rebels agreed a truce in March 2020 and another truce in May 2020."
	sent3 := "The junta denied any coup was planned."
	tests := []struct {
		name string
		raw  map[string]string
		gold []g
		sys  []s
		want want
	}{
		{"exact match with right date",
			nil, []g{{ev: "seized power in Bamako on 18 August 2020", when: "2020-08-18"}},
			[]s{{sent: sent1, value: "2020-08-18"}}, want{tp: 1, dateRight: 1}},
		{"month and its explicit day interval are the same date",
			nil, []g{{ev: "seized power in Bamako", when: "2020-08"}},
			[]s{{sent: sent1, value: "2020-08-01/2020-08-31"}}, want{tp: 1, dateRight: 1}},
		{"day inside the gold month is a date error",
			nil, []g{{ev: "seized power in Bamako", when: "2020-08"}},
			[]s{{sent: sent1, value: "2020-08-18"}}, want{tp: 1}},
		{"unparsable system value is a date error",
			nil, []g{{ev: "seized power in Bamako", when: "2020-08-18"}},
			[]s{{sent: sent1, value: "August"}}, want{tp: 1}},
		{"undated system mention on a dated row is a date error",
			nil, []g{{ev: "seized power in Bamako", when: "2020-08-18"}},
			[]s{{sent: sent1}}, want{tp: 1}},
		{"wrong type is a miss and a false positive",
			nil, []g{{ev: "seized power in Bamako", when: "2020-08"}},
			[]s{{sent: sent1, typ: model.TypeTalks, value: "2020-08"}}, want{fp: 1, fn: 1}},
		{"other document is a miss and a false positive",
			map[string]string{"d": doc1, "e": sent1},
			[]g{{ev: "seized power in Bamako", when: "2020-08"}},
			[]s{{sent: sent1, doc: "e", value: "2020-08"}}, want{fp: 1, fn: 1}},
		{"neighbouring sentence does not overlap",
			nil, []g{{ev: "seized power in Bamako", when: "2020-08"}},
			[]s{{sent: sent3, value: "2020-08"}}, want{fp: 1, fn: 1}},
		{"spans that only touch do not overlap",
			nil, []g{{ev: "The army and", typ: model.TypeCeasefire, when: "2020-03"}},
			[]s{{sent: sent1 + " ", typ: model.TypeCeasefire, value: "2020-03"}}, want{fp: 1, fn: 1}},
		{"one system mention matches only one of two rows in its sentence",
			nil, []g{{ev: "agreed a truce in March 2020", typ: model.TypeCeasefire, when: "2020-03"}, {ev: "another truce in May 2020", typ: model.TypeCeasefire, when: "2020-05"}},
			[]s{{sent: sent2, typ: model.TypeCeasefire, value: "2020-05"}}, want{tp: 1, fn: 1, dateRight: 1}},
		{"two system mentions for one row: one is a false positive",
			nil, []g{{ev: "seized power", when: "2020-08-18"}},
			[]s{{sent: sent1, value: "2020-08-18"}, {sent: sent1, value: "2020-08"}}, want{tp: 1, fp: 1, dateRight: 1}},
		{"two rows with the same evidence take two mentions",
			nil, []g{{ev: "agreed a truce", typ: model.TypeCeasefire, when: "2020-03"}, {ev: "agreed a truce", typ: model.TypeCeasefire, when: "2020-03"}},
			[]s{{sent: sent2, typ: model.TypeCeasefire, value: "2020-03"}, {sent: sent2, typ: model.TypeCeasefire, value: "2020-03"}}, want{tp: 2, dateRight: 2}},
		{"assignment prefers pairs whose dates agree",
			nil, []g{{ev: "agreed a truce in March 2020", typ: model.TypeCeasefire, when: "2020-03"}, {ev: "another truce in May 2020", typ: model.TypeCeasefire, when: "2020-05"}},
			[]s{{sent: sent2, typ: model.TypeCeasefire, value: "2020-05"}, {sent: sent2, typ: model.TypeCeasefire, value: "2020-03"}}, want{tp: 2, dateRight: 2}},
		{"date agreement beats text order",
			map[string]string{"d": "A truce in May 2020 followed a truce in March 2020."},
			[]g{{ev: "A truce in May 2020", typ: model.TypeCeasefire, when: "2020-05"}, {ev: "a truce in March 2020", typ: model.TypeCeasefire, when: "2020-03"}},
			[]s{{sent: "A truce in May 2020 followed a truce in March 2020.", typ: model.TypeCeasefire, value: "2020-03"}, {sent: "A truce in May 2020 followed a truce in March 2020.", typ: model.TypeCeasefire, value: "2020-05"}},
			want{tp: 2, dateRight: 2}},
		{"assignment is maximal, not greedy",
			// the long mention overlaps both rows, the short one only the first
			nil, []g{{ev: "agreed a truce in March 2020", typ: model.TypeCeasefire, when: "2020-03"}, {ev: "another truce in May 2020", typ: model.TypeCeasefire, when: "2020-05"}},
			[]s{{sent: sent2, typ: model.TypeCeasefire, value: "2020-03"}, {sent: "The army and the rebels agreed a truce", typ: model.TypeCeasefire, value: "2020-03"}},
			want{tp: 2, dateRight: 1}},
		{"undated asserted row is don't care",
			nil, []g{{ev: "seized power in Bamako"}},
			[]s{{sent: sent1, value: "2020-08-18"}}, want{dontCare: 1}},
		{"don't-care row absorbs the extra mention, positive still matched",
			nil, []g{{ev: "agreed a truce in March 2020", typ: model.TypeCeasefire, when: "2020-03"}, {ev: "another truce in May 2020", typ: model.TypeCeasefire}},
			[]s{{sent: "The army and the rebels agreed a truce", typ: model.TypeCeasefire, value: "2020-03"}, {sent: sent2, typ: model.TypeCeasefire, value: "2020-03"}},
			want{tp: 1, dateRight: 1, dontCare: 1}},
		{"mention on a negated row is a trap hit and a false positive",
			nil, []g{{ev: "denied any coup was planned", fact: model.FactNegated}},
			[]s{{sent: sent3}}, want{fp: 1, traps: 1}},
		{"positive row wins over an overlapping hypothetical row",
			nil, []g{{ev: "Soldiers seized power", when: "2020-08-18"}, {ev: "in Bamako", fact: model.FactHypothetical}},
			[]s{{sent: sent1, value: "2020-08-18"}}, want{tp: 1, dateRight: 1}},
		{"duplicate mention left over on a demanded row is a trap hit",
			nil, []g{{ev: "Soldiers seized power", when: "2020-08-18"}, {ev: "in Bamako", fact: model.FactDemanded}},
			[]s{{sent: sent1, value: "2020-08-18"}, {sent: sent1, value: "2020-08-18"}}, want{tp: 1, fp: 1, dateRight: 1, traps: 1}},
		{"trap of another type is a plain false positive",
			nil, []g{{ev: "denied any coup was planned", typ: model.TypeCeasefire, fact: model.FactNegated}},
			[]s{{sent: sent3}}, want{fp: 1}},
		{"non-asserted system mentions are not events",
			nil, []g{{ev: "seized power", when: "2020-08-18"}},
			[]s{{sent: sent1, value: "2020-08-18", fact: model.FactHypothetical}, {sent: sent3, fact: model.FactNegated}}, want{fn: 1}},
		{"mentions of documents without raw text are ignored",
			nil, []g{{ev: "seized power", when: "2020-08-18"}},
			[]s{{sent: sent1, value: "2020-08-18"}, {sent: sent1, doc: "unscored", value: "2020-08-18"}}, want{tp: 1, dateRight: 1, ignored: 1}},
		{"explicit day interval must equal exactly",
			map[string]string{"d": "Talks ran from 27 March to 3 April 2017 in Algiers. Talks resumed in March 2017."},
			[]g{{ev: "Talks ran from 27 March to 3 April 2017", typ: model.TypeTalks, when: "2017-03-27/2017-04-03"}, {ev: "Talks resumed in March 2017", typ: model.TypeTalks, when: "2017-03"}},
			[]s{{sent: "Talks ran from 27 March to 3 April 2017 in Algiers.", typ: model.TypeTalks, value: "2017-03-27/2017-04-03"}, {sent: "Talks resumed in March 2017.", typ: model.TypeTalks, value: "2017-03-27/2017-04-03"}},
			want{tp: 2, dateRight: 1}},
		{"season equals its month interval",
			map[string]string{"d": "The truce held through the summer of 2020."},
			[]g{{ev: "The truce held through the summer of 2020", typ: model.TypeCeasefire, when: "2020-SU"}},
			[]s{{sent: "The truce held through the summer of 2020.", typ: model.TypeCeasefire, value: "2020-06/2020-08"}},
			want{tp: 1, dateRight: 1}},
		{"repeated evidence: rows take occurrences in order",
			map[string]string{"d": "A truce was signed. Fighting went on. A truce was signed."},
			[]g{{ev: "A truce was signed", typ: model.TypeCeasefire, when: "2019-01"}, {ev: "A truce was signed", typ: model.TypeCeasefire, when: "2019-06"}},
			[]s{{sent: "Fighting went on. A truce was signed.", typ: model.TypeCeasefire, value: "2019-06"}},
			// the mention overlaps only the second occurrence (second row)
			want{tp: 1, fn: 1, dateRight: 1}},
		{"evidence across a PDF line break",
			map[string]string{"d": "The government\nwithdrew its troops from Gao in 2021."},
			[]g{{ev: "government\nwithdrew its troops", typ: model.TypeWithdrawal, when: "2021"}},
			[]s{{sent: "The government\nwithdrew its troops from Gao in 2021.", typ: model.TypeWithdrawal, value: "2021"}},
			want{tp: 1, dateRight: 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			raw := map[string][]byte{"d": []byte(doc1)}
			if tc.raw != nil {
				raw = map[string][]byte{}
				for k, v := range tc.raw {
					raw[k] = []byte(v)
				}
			}
			rep, err := Score(goldRows(t, tc.gold), sysMentions(t, raw, tc.sys), raw)
			if err != nil {
				t.Fatal(err)
			}
			o := rep.Overall
			got := want{o.TP, o.FP, o.FN, o.DateRight, o.TrapHits, o.DontCare, rep.Ignored}
			if got != tc.want {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
			if len(rep.Misses) != o.FN || len(rep.TrapHits) != o.TrapHits || len(rep.FalsePositives) != o.FP-o.TrapHits || len(rep.DateErrors) != o.TP-o.DateRight {
				t.Errorf("lists disagree with counts: %d misses, %d traps, %d fps, %d date errors for %+v",
					len(rep.Misses), len(rep.TrapHits), len(rep.FalsePositives), len(rep.DateErrors), got)
			}
		})
	}
}

func TestScoreRatios(t *testing.T) {
	raw := map[string][]byte{"d": []byte(doc1)}
	gold := goldRows(t, []g{
		{ev: "seized power in Bamako", when: "2020-08-18"},
		{ev: "agreed a truce in March 2020", typ: model.TypeCeasefire, when: "2020-03"},
		{ev: "another truce in May 2020", typ: model.TypeCeasefire, when: "2020-05"},
		{ev: "Talks collapsed last week", typ: model.TypeTalks, when: "2021-10"},
	})
	sys := sysMentions(t, raw, []s{
		{sent: "Soldiers seized power in Bamako on 18 August 2020.", value: "2020-08-18"},
		{sent: "The junta denied any coup was planned.", value: "2020-08"},
		{sent: "The army and the rebels agreed a truce in March 2020 and another truce in May 2020.", typ: model.TypeCeasefire, value: "2020-03"},
		{sent: "Talks collapsed last week.", typ: model.TypeTalks, value: "2021-W40"},
	})
	rep, err := Score(gold, sys, raw)
	if err != nil {
		t.Fatal(err)
	}
	coup := rep.TypeScore(model.TypeCoup)
	if coup.TP != 1 || coup.FP != 1 || coup.Precision != 0.5 || coup.Recall != 1 || !near(coup.F1, 2.0/3) {
		t.Errorf("coup = %+v, want TP1 FP1 P.5 R1 F1 .667", coup.Counts)
	}
	cf := rep.TypeScore(model.TypeCeasefire)
	if cf.TP != 1 || cf.FN != 1 || cf.Recall != 0.5 || cf.DateAccuracy != 1 {
		t.Errorf("ceasefire = %+v", cf)
	}
	o := rep.Overall
	if o.TP != 3 || o.FP != 1 || o.FN != 1 || o.DateRight != 2 {
		t.Fatalf("overall counts = %+v", o.Counts)
	}
	// strict: 2 right dates over 4 system / 4 gold.
	if !near(o.DateAccuracy, 2.0/3) || o.StrictPrecision != 0.5 || o.StrictRecall != 0.5 || o.StrictF1 != 0.5 {
		t.Errorf("date acc %.3f strict P/R/F1 %.3f/%.3f/%.3f, want .667 .5 .5 .5", o.DateAccuracy, o.StrictPrecision, o.StrictRecall, o.StrictF1)
	}
	if sp := rep.TypeScore(model.TypePrisonerSwap); sp.F1 != 1 || sp.TP+sp.FP+sp.FN != 0 {
		t.Errorf("empty type = %+v, want vacuous F1 1", sp.Counts)
	}
}

func near(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }

func TestClustering(t *testing.T) {
	raw := map[string][]byte{
		"d": []byte("Troops left Gao in 2021. The pull-out ended in 2021. France also left Kidal in 2021."),
		"e": []byte("The withdrawal from Gao finished in 2021. Nothing else happened."),
	}
	tests := []struct {
		name                      string
		eids                      []string // one per gold row, "" = no EventID
		both, sysPairs, goldPairs int
		wantP, wantR              float64
		splits, merges            []string // "slug=event,event..." (members in order), "event=slug,slug"
	}{
		{"perfect", []string{"X", "X", "Y", "X"}, 3, 3, 3, 1, 1, nil, nil},
		{"all in one", []string{"X", "X", "X", "X"}, 3, 6, 3, 0.5, 1, nil, []string{"X=gao,kidal"}},
		{"all apart", []string{"A", "B", "C", "D"}, 0, 0, 3, 1, 0, []string{"gao=B,A,D"}, nil},
		{"split", []string{"X", "X", "Y", "Z"}, 1, 1, 3, 1, 1.0 / 3, []string{"gao=X,X,Z"}, nil},
		{"no event id leaves the row out", []string{"X", "", "Y", "X"}, 1, 1, 1, 1, 1, nil, nil},
	}
	gold := goldRows(t, []g{
		{ev: "Troops left Gao", typ: model.TypeWithdrawal, when: "2021", slug: "gao"},
		{ev: "The pull-out ended", typ: model.TypeWithdrawal, slug: "gao"}, // undated rows count too
		{ev: "France also left Kidal", typ: model.TypeWithdrawal, when: "2021", slug: "kidal"},
		{ev: "The withdrawal from Gao", typ: model.TypeWithdrawal, when: "2021", slug: "gao", doc: "e"},
	})
	sents := []struct{ doc, sent string }{
		{"d", "Troops left Gao in 2021."}, {"d", "The pull-out ended in 2021."},
		{"d", "France also left Kidal in 2021."}, {"e", "The withdrawal from Gao finished in 2021."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var ss []s
			for i, x := range sents {
				ss = append(ss, s{sent: x.sent, doc: x.doc, typ: model.TypeWithdrawal, value: "2021", eid: tc.eids[i]})
			}
			rep, err := Score(gold, sysMentions(t, raw, ss), raw)
			if err != nil {
				t.Fatal(err)
			}
			c := rep.Clustering
			if c.BothPairs != tc.both || c.SysPairs != tc.sysPairs || c.GoldPairs != tc.goldPairs || !near(c.Precision, tc.wantP) || !near(c.Recall, tc.wantR) {
				t.Errorf("clustering = %+v, want both %d sys %d gold %d P %.3f R %.3f", c, tc.both, tc.sysPairs, tc.goldPairs, tc.wantP, tc.wantR)
			}
			var splits, merges []string
			for _, sp := range rep.Splits {
				var ids []string
				for _, x := range sp.Members {
					ids = append(ids, x.EventID)
				}
				splits = append(splits, sp.Slug+"="+strings.Join(ids, ","))
			}
			for _, mg := range rep.Merges {
				merges = append(merges, mg.EventID+"="+strings.Join(mg.Slugs, ","))
			}
			if !reflect.DeepEqual(splits, tc.splits) || !reflect.DeepEqual(merges, tc.merges) {
				t.Errorf("splits %q merges %q, want %q and %q", splits, merges, tc.splits, tc.merges)
			}
		})
	}
}

func TestScoreErrors(t *testing.T) {
	raw := map[string][]byte{"d": []byte(doc1)}
	tests := []struct {
		name string
		gold []g
		want string
	}{
		{"evidence not in document", []g{{ev: "staged a coup", when: "2020"}}, "test.jsonl:1"},
		{"evidence with different quotes", []g{{ev: "Soldiers seized power", when: "2020"}, {ev: "The junta denied any “coup”", when: "2020"}}, "test.jsonl:2"},
		{"document without raw text", []g{{ev: "seized power", doc: "missing", when: "2020"}}, "no raw text"},
		{"bad when", []g{{ev: "seized power", when: "August 2020"}}, "not a TIMEX3"},
		{"unknown type", []g{{ev: "seized power", typ: "riot", when: "2020"}}, "unknown type"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Score(goldRows(t, tc.gold), nil, raw)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want one containing %q", err, tc.want)
			}
		})
	}
}

func TestScoreOrderIndependent(t *testing.T) {
	raw := map[string][]byte{"d": []byte(doc1)}
	gold := goldRows(t, []g{
		{ev: "agreed a truce in March 2020", typ: model.TypeCeasefire, when: "2020-03", slug: "a"},
		{ev: "another truce in May 2020", typ: model.TypeCeasefire, when: "2020-05", slug: "b"},
		{ev: "seized power", when: "2020-08-18", slug: "c"},
		{ev: "denied any coup", fact: model.FactNegated},
	})
	sent2 := "The army and the rebels agreed a truce in March 2020 and another truce in May 2020."
	sys := sysMentions(t, raw, []s{
		{sent: sent2, typ: model.TypeCeasefire, value: "2020-05", eid: "e1"},
		{sent: sent2, typ: model.TypeCeasefire, value: "2020-03", eid: "e2"},
		{sent: sent2, typ: model.TypeCeasefire, value: "2020", eid: "e2"},
		{sent: "The junta denied any coup was planned.", eid: "e3"},
		{sent: "Soldiers seized power in Bamako on 18 August 2020.", value: "2020-08", eid: "e3"},
	})
	ref, err := Score(gold, sys, raw)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 10; i++ {
		rng.Shuffle(len(sys), func(a, b int) { sys[a], sys[b] = sys[b], sys[a] })
		got, err := Score(gold, sys, raw)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, ref) {
			t.Fatalf("report changed with input order:\n%+v\n%+v", got, ref)
		}
	}
}

func TestMaxAssign(t *testing.T) {
	e := func(v int64) gain { return gain{0, 0, 1, -v} }
	tests := []struct {
		name string
		w    [][]gain
		want []int
	}{
		{"diagonal", [][]gain{{e(0), {}}, {{}, e(0)}}, []int{0, 1}},
		{"augmenting path", [][]gain{{e(0), e(5)}, {e(0), {}}}, []int{1, 0}},
		{"prefer small distance", [][]gain{{e(9), e(1)}}, []int{1}},
		{"first component dominates", [][]gain{{gain{1, 0, 1, -100}, e(0)}, {e(0), {}}}, []int{0, -1}},
		{"more rows than columns", [][]gain{{e(3)}, {e(1)}, {e(2)}}, []int{-1, 0, -1}},
		{"no edges", [][]gain{{{}, {}}}, []int{-1}},
	}
	for _, tc := range tests {
		cols := 0
		if len(tc.w) > 0 {
			cols = len(tc.w[0])
		}
		if got := maxAssign(tc.w, cols); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: maxAssign = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestMeetsTargets(t *testing.T) {
	perfect := &Report{Overall: TypeScore{Type: "overall"}}
	perfect.Overall.finish()
	perfect.Clustering = ClusterScore{Precision: 1, Recall: 1}
	if unmet := perfect.MeetsTargets(); len(unmet) != 0 {
		t.Errorf("vacuous report: unmet %v", unmet)
	}
	bad := &Report{Overall: TypeScore{Type: "overall", Counts: Counts{TP: 9, FP: 1, FN: 3}, DateRight: 7, TrapHits: 3}}
	bad.Overall.finish()
	coup := TypeScore{Type: model.TypeCoup, Counts: Counts{TP: 1, FN: 1}}
	coup.finish()
	bad.Types = []TypeScore{coup}
	bad.Clustering = ClusterScore{Precision: 0.9, Recall: 0.5}
	unmet := strings.Join(bad.MeetsTargets(), "\n")
	for _, w := range []string{"detection F1 (overall) 0.818 < 0.900", "detection F1 (coup) 0.667 < 0.850", "date accuracy 0.778", "strict F1", "trap hits 3 > 2", "clustering recall 0.500"} {
		if !strings.Contains(unmet, w) {
			t.Errorf("unmet targets %q lack %q", unmet, w)
		}
	}
	if strings.Contains(unmet, "clustering precision") {
		t.Errorf("clustering precision 0.9 reported unmet: %q", unmet)
	}
}
