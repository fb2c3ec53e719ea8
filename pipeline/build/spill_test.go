package build

import (
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"

	"eventtimeline/pipeline/emit"
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
	sp, err := newSpill(t.TempDir(), "spill-*")
	if err != nil {
		t.Fatal(err)
	}
	defer sp.remove()
	// Three documents: two mentions, none, one.
	docs := []*model.Document{
		{ID: "d", Format: "text", Mentions: ms[:2]},
		{ID: "e", Format: "html", Reason: "nothing found"},
		{ID: "f", Mentions: ms[2:]},
	}
	for i, d := range docs {
		if err := sp.writeDoc(d.ID, fmt.Sprint("key", i), encodeEntry(nil, d), len(d.Mentions)); err != nil {
			t.Fatal(err)
		}
	}
	got, err := readSpill(sp)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(ms) {
		t.Fatalf("read back %d mentions, want %d", len(got), len(ms))
	}
	for i := range ms {
		if !reflect.DeepEqual(got[i], ms[i]) {
			t.Errorf("mention %d round trip:\n got %+v\nwant %+v", i, got[i], ms[i])
		}
	}
	if sp.n != len(ms) {
		t.Errorf("spill counted %d mentions, want %d", sp.n, len(ms))
	}
}

// readSpill reads back every mention of a spill, the way writeMentions
// does (records, entry framing, decodeRow), and checks that decodeRow and
// the full decoder agree on each of them.
func readSpill(sp *spill) ([]model.Mention, error) {
	rr, err := sp.records()
	if err != nil {
		return nil, err
	}
	var out []model.Mention
	for {
		entry, err := rr.next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		var h entryHeader
		if !h.parse(entry) {
			return out, errors.New("bad entry")
		}
		full := byteDecoder{b: h.mentions}
		d := byteDecoder{b: h.mentions}
		for range h.nMent {
			var m model.Mention
			if decodeMention(&full, &m); full.bad {
				return out, errors.New("bad mention")
			}
			var row emit.MentionRow
			if decodeRow(&d, &row); d.bad {
				return out, errors.New("decodeRow failed where the full decoder did not")
			}
			if string(row.ID) != m.ID || string(row.Text) != m.Text || len(row.Actors) != len(m.Actors) ||
				string(row.Qualifier) != m.Time.Qualifier || row.Begin != m.Time.Begin || row.SpanEnd != m.SpanEnd || row.EventID != m.EventID {
				return out, fmt.Errorf("decodeRow gives %+v for %+v", row, m)
			}
			out = append(out, m)
		}
		if len(d.b) != 0 {
			return out, errors.New("bytes left after the mentions")
		}
	}
}

// TestSpillTruncatedIsAnError cuts a spill file at every byte of its last
// record: reading it back must end in an error, never in a clean end
// (io.EOF) after fewer mentions.
func TestSpillTruncatedIsAnError(t *testing.T) {
	doc := &model.Document{ID: "x", Mentions: []model.Mention{{ID: "x:1", Text: "some sentence text"}, {ID: "x:2", Text: "more"}}}
	entry := encodeEntry(nil, doc)
	for cut := 1; cut < len(entry)+8; cut++ {
		sp, err := newSpill(t.TempDir(), "spill-*")
		if err != nil {
			t.Fatal(err)
		}
		if err := sp.writeDoc("w", "", encodeEntry(nil, &model.Document{ID: "w"}), 0); err != nil {
			t.Fatal(err)
		}
		if err := sp.writeDoc(doc.ID, "k", entry, 2); err != nil {
			t.Fatal(err)
		}
		if err := sp.flush(); err != nil {
			t.Fatal(err)
		}
		fi, _ := sp.f.Stat()
		if err := sp.f.Truncate(fi.Size() - int64(cut)); err != nil {
			t.Fatal(err)
		}
		got, err := readSpill(sp)
		if err == nil {
			t.Errorf("cut %d bytes from the end: clean end after %d of 2 mentions", cut, len(got))
		}
		sp.remove()
	}
}

// TestDecodeMention round-trips mentions with long strings, large and
// negative numbers and many actors through appendMention and
// decodeMention, and checks that every cut of the encoding is an error,
// never a wrong mention.
func TestDecodeMention(t *testing.T) {
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
	d := byteDecoder{b: enc}
	for i := range ms {
		var got model.Mention
		if decodeMention(&d, &got); d.bad {
			t.Fatalf("mention %d does not decode", i)
		}
		if !reflect.DeepEqual(got, ms[i]) {
			t.Errorf("mention %d round trip:\n got %+v\nwant %+v", i, got, ms[i])
		}
	}
	if len(d.b) != 0 {
		t.Errorf("%d bytes left", len(d.b))
	}
	first := len(appendMention(nil, &ms[0]))
	for cut := 0; cut < first; cut++ {
		d := byteDecoder{b: enc[:cut]}
		var got model.Mention
		var row emit.MentionRow
		if decodeMention(&d, &got); !d.bad {
			t.Fatalf("cut at %d of %d: decodeMention gave no error", cut, first)
		}
		d = byteDecoder{b: enc[:cut]}
		if decodeRow(&d, &row); !d.bad {
			t.Fatalf("cut at %d of %d: decodeRow gave no error", cut, first)
		}
	}
}
