package build

import (
	"bufio"
	"bytes"
	"io"
	"reflect"
	"strings"
	"testing"

	"eventtimeline/pipeline/model"
)

func TestSpillRoundTrip(t *testing.T) {
	ms := []model.Mention{
		{ID: "d:0:coup:0", DocID: "d", Type: model.TypeCoup, Subtype: "attempt", Factuality: model.FactAsserted,
			Trigger: "coup", TriggerStart: 4, TriggerEnd: 8,
			Time: model.Timex{Sentence: 2, Start: 10, End: 20, Text: "in May 2021",
				Anchor:    model.Anchor{Value: "2021-05", Begin: model.DateOf(2021, 5, 1), Last: model.DateOf(2021, 5, 31), Precision: model.PrecMonth},
				Qualifier: "late", Relative: true, Citation: false},
			Actors: []string{"Malian armed forces", "Bah N'Daw"}, Place: "Bamako", Country: "MLI",
			SpanStart: 100, SpanEnd: 160, Text: "A coup — the second — in late May 2021.\nIt ended…", EventID: ""},
		{ID: "d:200:talks:0", DocID: "d", Type: model.TypeTalks, Factuality: model.FactNegated, SpanStart: 200, SpanEnd: 250,
			Time: model.Timex{Citation: true, Anchor: model.Anchor{Begin: -5, Last: -1}}},
		{},
	}
	sp, err := newSpill(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer sp.remove()
	var buf []byte
	for i := range ms {
		buf = appendMention(buf, &ms[i])
	}
	if err := sp.write(buf[:7], 0); err != nil { // writes may split records anywhere
		t.Fatal(err)
	}
	if err := sp.write(buf[7:], len(ms)); err != nil {
		t.Fatal(err)
	}
	rd, err := sp.reader()
	if err != nil {
		t.Fatal(err)
	}
	for i := range ms {
		var got model.Mention
		if err := rd.next(&got); err != nil {
			t.Fatalf("mention %d: %v", i, err)
		}
		if !reflect.DeepEqual(got, ms[i]) {
			t.Errorf("mention %d round trip:\n got %+v\nwant %+v", i, got, ms[i])
		}
	}
	var extra model.Mention
	if err := rd.next(&extra); err != io.EOF {
		t.Errorf("after the last mention: %v, want io.EOF", err)
	}
	if sp.n != len(ms) {
		t.Errorf("spill counted %d mentions, want %d", sp.n, len(ms))
	}
}

func TestSpillTruncatedIsAnError(t *testing.T) {
	sp, err := newSpill(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer sp.remove()
	m := model.Mention{ID: "x", Text: "some sentence text"}
	b := appendMention(nil, &m)
	if err := sp.write(b[:len(b)-3], 1); err != nil {
		t.Fatal(err)
	}
	rd, _ := sp.reader()
	var got model.Mention
	if err := rd.next(&got); err == nil || err == io.EOF {
		t.Fatalf("truncated record: err = %v, want an error other than EOF", err)
	}
}

// TestSpillReaderSmallBuffer decodes through a 16-byte buffer, so that
// varints and strings straddle buffer boundaries and strings are longer
// than the buffer: every record must still round-trip, at every cut of a
// truncated input the result must be an error, never a wrong mention.
func TestSpillReaderSmallBuffer(t *testing.T) {
	long := strings.Repeat("The ceasefire held through the night. ", 20)
	ms := []model.Mention{
		{ID: "doc-with-a-long-id:123456:ceasefire:0", DocID: "doc-with-a-long-id", Type: model.TypeCeasefire,
			Factuality: model.FactAsserted, SpanStart: 1 << 40, SpanEnd: -(1 << 40), Text: long,
			Actors: []string{"a", strings.Repeat("b", 300)}},
		{ID: "y", TriggerStart: -1, TriggerEnd: 1 << 20, Text: "short"},
	}
	var enc []byte
	for i := range ms {
		enc = appendMention(enc, &ms[i])
	}
	rd := &spillReader{r: bufio.NewReaderSize(bytes.NewReader(enc), 16)}
	for i := range ms {
		var got model.Mention
		if err := rd.next(&got); err != nil {
			t.Fatalf("mention %d: %v", i, err)
		}
		if !reflect.DeepEqual(got, ms[i]) {
			t.Errorf("mention %d round trip:\n got %+v\nwant %+v", i, got, ms[i])
		}
	}
	var extra model.Mention
	if err := rd.next(&extra); err != io.EOF {
		t.Errorf("after the last mention: %v, want io.EOF", err)
	}
	first := len(appendMention(nil, &ms[0]))
	for cut := 1; cut < first; cut += 7 {
		rd := &spillReader{r: bufio.NewReaderSize(bytes.NewReader(enc[:cut]), 16)}
		var got model.Mention
		if err := rd.next(&got); err == nil || err == io.EOF {
			t.Fatalf("cut at %d of %d: err = %v, want an error other than EOF", cut, first, err)
		}
	}
}
