package eval

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"eventtimeline/pipeline/model"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

// tx is a time expression of a test document: sentence index, text, value.
type tx struct {
	sent        int
	text, value string
}

// mkDoc builds a document whose sentences are the given strings joined by
// one space, with Raw == Text, and the given timexes.
func mkDoc(t testing.TB, id string, sents []string, timexes []tx) *model.Document {
	t.Helper()
	d := &model.Document{ID: id, Text: strings.Join(sents, " ")}
	d.Raw = []byte(d.Text)
	off := 0
	for i, s := range sents {
		d.Sentences = append(d.Sentences, model.Sentence{Index: i, Start: off, End: off + len(s), RawStart: off, RawEnd: off + len(s)})
		off += len(s) + 1
	}
	for _, x := range timexes {
		s := d.Sentences[x.sent]
		k := strings.Index(d.Text[s.Start:s.End], x.text)
		if k < 0 {
			t.Fatalf("timex %q not in sentence %d", x.text, x.sent)
		}
		d.Timexes = append(d.Timexes, model.Timex{Sentence: x.sent, Start: s.Start + k, End: s.Start + k + len(x.text),
			Text: x.text, Anchor: model.Anchor{Value: x.value}})
	}
	return d
}

func TestBaseline(t *testing.T) {
	doc := mkDoc(t, "n1", []string{
		"NIAMEY, July 28 (Reuters) - Soldiers staged a coup on Wednesday, the second in three years.", // 0
		"On Thursday the army announced a truce with rebels and said talks would follow in August.",   // 1
		"The Cease-Fire collapsed within a week.",                                                     // 2
		"France will withdraw its troops, officials said last week.",                                  // 3
		"A prisoner\nexchange was agreed; the peace deal came later.",                                 // 4
		"Nothing happened in the coupé or in the dialogues.",                                          // 5
		"“Dialogue” resumed in mid-April.",                                                            // 6
	}, []tx{
		{0, "July 28", "2023-07-28"}, {0, "Wednesday", "2023-07-26"},
		{1, "August", "2023-08"}, {1, "On Thursday", "2023-07-27"}, // listed out of order on purpose
		{3, "last week", "2023-W29"},
		{6, "mid-April", ""},
	})
	got := Baseline([]*model.Document{doc, nil, {ID: "empty"}})
	type row struct {
		sent            int
		typ, value, eid string
	}
	var rows []row
	for _, m := range got {
		si := -1
		for i, s := range doc.Sentences {
			if s.RawStart == m.SpanStart && s.RawEnd == m.SpanEnd {
				si = i
			}
		}
		if m.Factuality != model.FactAsserted || m.DocID != "n1" || m.Sentence != doc.Text[m.SpanStart:m.SpanEnd] {
			t.Errorf("bad mention %+v", m)
		}
		rows = append(rows, row{si, m.Type, m.Value, m.EventID})
	}
	want := []row{
		{0, model.TypeCoup, "2023-07-28", "base:coup:2023-07-28"},
		{1, model.TypeCeasefire, "2023-07-27", "base:ceasefire:2023-07-27"},
		{1, model.TypeTalks, "2023-07-27", "base:talks:2023-07-27"},
		{2, model.TypeCeasefire, "", model.MentionID("n1", doc.Sentences[2].RawStart, model.TypeCeasefire, 0)},
		{3, model.TypeWithdrawal, "2023-W29", "base:withdrawal:2023-W29"},
		{4, model.TypePrisonerSwap, "", model.MentionID("n1", doc.Sentences[4].RawStart, model.TypePrisonerSwap, 0)},
		{4, model.TypePeaceAgreement, "", model.MentionID("n1", doc.Sentences[4].RawStart, model.TypePeaceAgreement, 0)},
		{6, model.TypeTalks, "", model.MentionID("n1", doc.Sentences[6].RawStart, model.TypeTalks, 0)},
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("Baseline rows =\n%v\nwant\n%v", rows, want)
	}
}

func TestTriggerScan(t *testing.T) {
	ix := newTriggerIndex()
	tests := []struct {
		text string
		want []string
	}{
		{"a coup d'état", []string{model.TypeCoup}},
		{"COUP IN NIGER", []string{model.TypeCoup}},
		{"in the coupé", nil},
		{"to recoup losses", nil},
		{"“Talks” began", []string{model.TypeTalks}},
		{"troops will pull  out", []string{model.TypeWithdrawal}},
		{"the pullout", nil},
		{"a cease-fire and a prisoner\nexchange", []string{model.TypeCeasefire, model.TypePrisonerSwap}},
		{"peace deals and dialogue", []string{model.TypePeaceAgreement, model.TypeTalks}},
		{"Négociations, truce—withdrew", []string{model.TypeCeasefire, model.TypeWithdrawal}},
		{"", nil},
	}
	for _, tc := range tests {
		found := ix.scan(tc.text)
		var got []string
		for i, tr := range baselineTriggers {
			if found&(1<<i) != 0 {
				got = append(got, tr.typ)
			}
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("scan(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// reportFixture scores a small hand-made case with every kind of list entry.
func reportFixture(t testing.TB, sysSents []s) *Report {
	raw := map[string][]byte{"d": []byte(doc1)}
	gold := []GoldRow{
		{Doc: "d", Type: model.TypeCoup, Factuality: model.FactAsserted, When: "2020-08-18", Evidence: "seized power in Bamako", Event: "c", File: "g.jsonl", Line: 1},
		{Doc: "d", Type: model.TypeCeasefire, Factuality: model.FactAsserted, When: "2020-03", Evidence: "agreed a truce in March 2020", Event: "t1", File: "g.jsonl", Line: 2},
		{Doc: "d", Type: model.TypeCeasefire, Factuality: model.FactAsserted, When: "2020-05", Evidence: "another truce in May 2020", Event: "t2", File: "g.jsonl", Line: 3},
		{Doc: "d", Type: model.TypeCoup, Factuality: model.FactNegated, Evidence: "denied any coup", Event: "n", File: "g.jsonl", Line: 4},
		{Doc: "d", Type: model.TypeTalks, Factuality: model.FactAsserted, When: "2021-10", Evidence: "Talks collapsed", Event: "k", File: "g.jsonl", Line: 5},
	}
	var sys []SysMention
	for i, x := range sysSents {
		start := strings.Index(doc1, x.sent)
		sys = append(sys, SysMention{ID: model.MentionID("d", start, x.typ, i), DocID: "d", Type: x.typ, Factuality: model.FactAsserted,
			Value: x.value, EventID: x.eid, Sentence: x.sent, SpanStart: start, SpanEnd: start + len(x.sent)})
	}
	rep, err := Score(gold, sys, raw)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func systemFixture(t testing.TB) *Report {
	return reportFixture(t, []s{
		{sent: "Soldiers seized power in Bamako on 18 August 2020.", typ: model.TypeCoup, value: "2020-08-18", eid: "e1"},
		{sent: "The army and the rebels agreed a truce in March 2020 and another truce in May 2020.", typ: model.TypeCeasefire, value: "2020-03", eid: "e2"},
		{sent: "The army and the rebels agreed a truce in March 2020 and another truce in May 2020.", typ: model.TypeCeasefire, value: "2020", eid: "e2"},
		{sent: "The junta denied any coup was planned.", typ: model.TypeCoup, eid: "e1"},
		{sent: "Talks collapsed last week.", typ: model.TypeWithdrawal, value: "2021-10", eid: "e4"},
	})
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output:\n%s", path, got)
	}
}

func TestWriteGolden(t *testing.T) {
	rep := systemFixture(t)
	var buf bytes.Buffer
	if err := rep.Write(&buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, w := range []string{"misses (1)", "trap hits (1)", "false positives (1)", "date errors (1)", "unmet targets"} {
		if !strings.Contains(out, w) {
			t.Errorf("report lacks %q", w)
		}
	}
	golden(t, "report.golden", buf.Bytes())
}

func TestWriteComparisonGolden(t *testing.T) {
	sys := systemFixture(t)
	base := reportFixture(t, []s{
		{sent: "The junta denied any coup was planned.", typ: model.TypeCoup, eid: "b1"},
		{sent: "Talks collapsed last week.", typ: model.TypeTalks, eid: "b2"},
	})
	var buf bytes.Buffer
	if err := WriteComparison(&buf, []string{"system", "keyword baseline"}, []*Report{sys, base}); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(buf.String(), "\n|"); n < 15 {
		t.Errorf("comparison has %d table rows", n)
	}
	golden(t, "comparison.golden", buf.Bytes())
	if err := WriteComparison(&buf, []string{"one"}, nil); err == nil {
		t.Error("mismatched names and reports: no error")
	}
}

func BenchmarkBaseline(b *testing.B) {
	sents := []string{
		"BAMAKO, Oct 19 (Reuters) - Mali's government said on Tuesday it had asked the High Islamic Council to open talks with militants.",
		"The announcement follows a coup in May and growing calls for dialogue.",
		"France has begun to withdraw its troops from bases in the north, officials said.",
		"Analysts said the move could reshape the conflict in the Sahel over the coming months.",
	}
	var all []string
	for n := 0; n < 1<<20; n += len(sents[len(all)%len(sents)]) + 1 {
		all = append(all, sents[len(all)%len(sents)])
	}
	doc := mkDoc(b, "bench", all, nil)
	docs := []*model.Document{doc}
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Baseline(docs)
	}
}

func BenchmarkScore(b *testing.B) {
	gold, raw := loadSeeds(b)
	spans, _, err := locate(gold, raw)
	if err != nil {
		b.Fatal(err)
	}
	var sys []SysMention
	for i, g := range gold {
		sys = append(sys, SysMention{ID: g.Where(), DocID: g.Doc, Type: g.Type, Factuality: model.FactAsserted,
			Value: g.When, EventID: g.Event, SpanStart: spans[i].start - 20, SpanEnd: spans[i].end + 20})
	}
	size := 0
	for _, r := range raw {
		size += len(r)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Score(gold, sys, raw); err != nil {
			b.Fatal(err)
		}
	}
}
