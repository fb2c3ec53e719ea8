package emit

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"eventtimeline/pipeline/model"
	"eventtimeline/schemas"

	"github.com/apache/arrow/go/v17/arrow"
)

// rowOf converts a mention to the MentionRow with the same values.
func rowOf(m *model.Mention) *MentionRow {
	r := &MentionRow{
		ID: []byte(m.ID), DocID: []byte(m.DocID), Sentence: m.Sentence,
		Type: []byte(m.Type), Subtype: []byte(m.Subtype), Factuality: []byte(m.Factuality), Trigger: []byte(m.Trigger),
		TimeText: []byte(m.Time.Text), TimeValue: []byte(m.Time.Value), Begin: m.Time.Begin, Last: m.Time.Last,
		Precision: m.Time.Precision, Qualifier: []byte(m.Time.Qualifier),
		Place: []byte(m.Place), Country: []byte(m.Country), SpanStart: m.SpanStart, SpanEnd: m.SpanEnd,
		Text: []byte(m.Text), EventID: m.EventID,
	}
	for _, a := range m.Actors {
		r.Actors = append(r.Actors, []byte(a))
	}
	return r
}

// rowMentions are mentions covering every optional field being set or
// not, many enough for several row groups at a small row group size.
func rowMentions(t *testing.T) []model.Mention {
	ms := sampleMentions(t)
	// A time with a value but no precision, and a qualifier on an unknown
	// time: both are written as unknown.
	ms = append(ms, model.Mention{ID: "x:1:coup:0", DocID: "x", Type: model.TypeCoup, Factuality: model.FactHypothetical,
		Trigger: "", Time: model.Timex{Text: "soon", Anchor: model.Anchor{Value: "2024"}, Qualifier: "by"}, Text: ""})
	for i := range 50 {
		m := ms[i%len(ms)]
		m.ID = fmt.Sprintf("gen:%d:%s:0", i*10, m.Type)
		if i%3 == 0 {
			m.Actors = []string{"army", fmt.Sprint("group ", i)}
		}
		ms = append(ms, m)
	}
	return ms
}

func TestWriteRowMatchesWrite(t *testing.T) {
	dir := t.TempDir()
	ms := rowMentions(t)
	write := func(name string, rows bool) []byte {
		path := filepath.Join(dir, name)
		mw, err := newMentionWriter(path, Meta{InputHash: "h"}, checkedAlloc(t))
		if err != nil {
			t.Fatal(err)
		}
		mw.RowGroupRows = 16
		for i := range ms {
			if rows {
				err = mw.WriteRow(rowOf(&ms[i]))
			} else {
				err = mw.Write(ms[i : i+1])
			}
			if err != nil {
				t.Fatal(err)
			}
		}
		if err := mw.Close(); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	a, b := write("a.parquet", false), write("b.parquet", true)
	if !bytes.Equal(a, b) {
		t.Fatalf("WriteRow gives another file than Write (%d vs %d bytes)", len(b), len(a))
	}
	// The values themselves, read back.
	tbl, _ := readTable(t, filepath.Join(dir, "b.parquet"))
	defer tbl.Release()
	var prec []any
	for _, m := range ms {
		if m.Time.Known() {
			prec = append(prec, m.Time.Precision.String())
		} else {
			prec = append(prec, nil)
		}
	}
	if prec[0] != "day" || prec[1] != "month" || prec[3] != nil {
		t.Fatalf("sample precisions %v", prec[:4])
	}
	checkColumn(t, tbl, "precision", prec...)
	if tbl.NumRows() != int64(len(ms)) {
		t.Errorf("%d rows, want %d", tbl.NumRows(), len(ms))
	}
	// A required enumeration left empty is an error, as with Write.
	mw, err := newMentionWriter(filepath.Join(dir, "c.parquet"), Meta{}, checkedAlloc(t))
	if err != nil {
		t.Fatal(err)
	}
	bad := rowOf(&ms[0])
	bad.Type = nil
	if err := mw.WriteRow(bad); err == nil {
		t.Error("row without a type accepted")
	}
	if err := mw.Close(); err == nil {
		t.Error("Close after a failed WriteRow succeeded")
	}
	if _, err := os.Stat(filepath.Join(dir, "c.parquet")); !os.IsNotExist(err) {
		t.Errorf("failed writer left its file: %v", err)
	}
}

func TestRecordSink(t *testing.T) {
	dir := t.TempDir()
	ms := rowMentions(t)
	plain := func() []byte {
		p := filepath.Join(dir, "plain.parquet")
		mw, err := newMentionWriter(p, Meta{}, checkedAlloc(t))
		if err != nil {
			t.Fatal(err)
		}
		mw.RowGroupRows = 10
		if err := mw.Write(ms); err != nil {
			t.Fatal(err)
		}
		if err := mw.Close(); err != nil {
			t.Fatal(err)
		}
		b, _ := os.ReadFile(p)
		return b
	}()

	p := filepath.Join(dir, "sunk.parquet")
	mw, err := newMentionWriter(p, Meta{}, checkedAlloc(t))
	if err != nil {
		t.Fatal(err)
	}
	mw.RowGroupRows = 10
	var ids []string
	recs := 0
	mw.SetRecordSink(func(rec arrow.Record) error {
		defer rec.Release()
		recs++
		if !rec.Schema().Equal(schemas.Mentions()) {
			t.Errorf("record schema %s", rec.Schema())
		}
		col := rec.Column(schemas.MenID)
		for i := range col.Len() {
			ids = append(ids, col.ValueStr(i))
		}
		return nil
	})
	if err := mw.Write(ms); err != nil {
		t.Fatal(err)
	}
	if err := mw.Close(); err != nil {
		t.Fatal(err)
	}
	sunk, _ := os.ReadFile(p)
	if !bytes.Equal(plain, sunk) {
		t.Error("a record sink changed the file")
	}
	if want := (len(ms) + 9) / 10; recs != want {
		t.Errorf("sink got %d records, want one per row group (%d)", recs, want)
	}
	if len(ids) != len(ms) || ids[0] != ms[0].ID || ids[len(ids)-1] != ms[len(ms)-1].ID {
		t.Errorf("sink got %d rows (first %v), want the %d mentions in order", len(ids), ids[:min(1, len(ids))], len(ms))
	}

	// A sink error fails the writer; no file is left.
	p = filepath.Join(dir, "failed.parquet")
	mw, err = newMentionWriter(p, Meta{}, checkedAlloc(t))
	if err != nil {
		t.Fatal(err)
	}
	mw.RowGroupRows = 10
	stop := errors.New("consumer gone")
	mw.SetRecordSink(func(rec arrow.Record) error { rec.Release(); return stop })
	err = mw.Write(ms)
	if cerr := mw.Close(); !errors.Is(err, stop) || !errors.Is(cerr, stop) {
		t.Errorf("Write = %v, Close = %v; want the sink's error", err, cerr)
	}
	if _, err := os.Stat(p); !os.IsNotExist(err) {
		t.Errorf("failed writer left its file: %v", err)
	}
}

// BenchmarkWriteMentionRows is BenchmarkWriteMentions through WriteRow,
// the way the build writes mentions decoded from its spill file.
func BenchmarkWriteMentionRows(b *testing.B) {
	base := sampleMentions(b)
	rows := make([]*MentionRow, 0, 30000)
	var textBytes int64
	for i := 0; len(rows) < cap(rows); i++ {
		m := base[i%len(base)]
		m.ID = fmt.Sprintf("doc%05d:%d:%s:0", i/50, i*100, m.Type)
		m.DocID = fmt.Sprintf("doc%05d", i/50)
		m.SpanStart, m.SpanEnd = i*100, i*100+len(m.Text)
		m.Text = fmt.Sprintf("%s Officials in the capital said %d detainees were still held, and mediators from the region would meet again next week.", m.Text, i%997)
		textBytes += int64(len(m.Text))
		rows = append(rows, rowOf(&m))
	}
	dir := b.TempDir()
	b.SetBytes(textBytes)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		mw, err := NewMentionWriter(filepath.Join(dir, "mentions.parquet"), Meta{})
		if err != nil {
			b.Fatal(err)
		}
		for _, r := range rows {
			if err := mw.WriteRow(r); err != nil {
				b.Fatal(err)
			}
		}
		if err := mw.Close(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(rows)), "ns/mention")
}

// TestRecordSinkFinish checks that the sink has had every row, one record
// per row group in order, once Finish returns (before Close), that no row
// can be written after Finish, and that the file is byte-for-byte the one
// a writer without a sink writes.
func TestRecordSinkFinish(t *testing.T) {
	base := sampleMentions(t)
	ms := make([]model.Mention, 3000)
	for i := range ms {
		m := base[i%len(base)]
		m.ID = fmt.Sprintf("doc%05d:%d:%s:0", i/20, i, m.Type)
		m.Text = fmt.Sprintf("%s (%d)", m.Text, i%113)
		ms[i] = m
	}
	const rowGroup = 1200
	dir := t.TempDir()
	var ids []string
	recs := 0
	write := func(name string, sink func(arrow.Record) error) []byte {
		p := filepath.Join(dir, name)
		mw, err := newMentionWriter(p, Meta{InputHash: "h"}, checkedAlloc(t))
		if err != nil {
			t.Fatal(err)
		}
		mw.RowGroupRows = rowGroup
		if sink != nil {
			mw.SetRecordSink(sink)
		}
		for j := 0; j < len(ms); j += 77 {
			if err := mw.Write(ms[j:min(j+77, len(ms))]); err != nil {
				t.Fatal(err)
			}
		}
		if err := mw.Finish(); err != nil {
			t.Fatal(err)
		}
		if sink != nil && len(ids) != len(ms) {
			t.Errorf("sink had %d rows when Finish returned, want %d", len(ids), len(ms))
		}
		if mw.Write(ms[:1]) == nil {
			t.Error("Write after Finish succeeded")
		}
		if err := mw.Close(); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	plain := write("plain.parquet", nil)
	sunk := write("sunk.parquet", func(rec arrow.Record) error {
		defer rec.Release()
		recs++
		col := rec.Column(schemas.MenID)
		for i := range col.Len() {
			ids = append(ids, col.ValueStr(i))
		}
		return nil
	})
	if !bytes.Equal(plain, sunk) {
		t.Error("a record sink changed the file")
	}
	if want := (len(ms) + rowGroup - 1) / rowGroup; recs != want {
		t.Errorf("sink got %d records, want one per row group (%d)", recs, want)
	}
	for i := range min(len(ids), len(ms)) {
		if ids[i] != ms[i].ID {
			t.Fatalf("sink row %d is %s, want %s", i, ids[i], ms[i].ID)
		}
	}
}
