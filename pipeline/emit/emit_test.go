package emit

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"eventtimeline/pipeline/model"
	"eventtimeline/schemas"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/apache/arrow/go/v17/arrow/array"
	"github.com/apache/arrow/go/v17/arrow/memory"
	"github.com/apache/arrow/go/v17/parquet"
	"github.com/apache/arrow/go/v17/parquet/file"
	"github.com/apache/arrow/go/v17/parquet/pqarrow"
	"github.com/xitongsys/parquet-go-source/local"
	"github.com/xitongsys/parquet-go/reader"
)

func mustValue(t testing.TB, v string) model.Anchor {
	t.Helper()
	a, err := model.ParseValue(v)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func sampleDocs(t testing.TB) []*model.Document {
	return []*model.Document{
		{
			ID: "b_wire", Path: "news/b_wire.txt", Title: "Junta frees detainees in swap", Publisher: "Wire Service",
			Published: mustValue(t, "2023-03-14"), PublishedSource: "dateline", Format: "text", Encoding: "utf-8",
			SHA256: strings.Repeat("ab", 32), Raw: []byte("KADUNA, March 14 - The junta freed..."), Status: model.StatusOK,
			Sentences: make([]model.Sentence, 3), Mentions: make([]model.Mention, 2),
		},
		{
			ID: "a_report", Path: "a_report.txt", Author: "J. Doe",
			PublishedSource: "unknown", Format: "pdf-text", Encoding: "windows-1252",
			SHA256: strings.Repeat("01", 32), Raw: []byte("x"), Status: model.StatusRejected, Reason: "no text layer",
		},
	}
}

func sampleMentions(t testing.TB) []model.Mention {
	return []model.Mention{
		{
			ID: "b_wire:0:prisoner_swap:0", DocID: "b_wire", Sentence: 0, Type: model.TypePrisonerSwap, Factuality: model.FactAsserted,
			Trigger: "in exchange for", Time: model.Timex{Text: "on Tuesday", Anchor: mustValue(t, "2023-03-14")},
			Actors: []string{"junta", "rebels"}, Place: "Kaduna", Country: "NGA", SpanStart: 0, SpanEnd: 80,
			Text: "The junta freed 40 rebels on Tuesday in exchange for 12 soldiers.", EventID: "ev1",
		},
		{
			ID: "b_wire:95:ceasefire:0", DocID: "b_wire", Sentence: 2, Type: model.TypeCeasefire, Subtype: "agreed", Factuality: model.FactDemanded,
			Trigger: "truce", Time: model.Timex{Text: "since mid-April", Qualifier: "since", Anchor: mustValue(t, "2023-04")},
			SpanStart: 95, SpanEnd: 140, Text: "Elders called for a truce, as they have since mid-April.",
		},
		{
			ID: "b_wire:150:talks:0", DocID: "b_wire", Sentence: 3, Type: model.TypeTalks, Factuality: model.FactAsserted,
			Trigger: "talks", Time: model.Timex{Text: "the next day"}, // unresolved time
			SpanStart: 150, SpanEnd: 190, Text: "Talks opened the next day.", EventID: "ev2",
		},
	}
}

func sampleEvents(t testing.TB) []model.Event {
	return []model.Event{
		{ID: "ev_undated", Type: model.TypeTalks, Mentions: []string{"m3"}, Docs: []string{"d1"}, Sentence: "Talks opened."},
		{ID: "ev_b", Type: model.TypeCoup, Subtype: "successful", Time: mustValue(t, "2021-05"), Qualifier: "late", TimeText: "late May",
			Actors: []string{"army"}, Place: "Capital", Country: "XYZ", Mentions: []string{"m1", "m2"}, Docs: []string{"d1", "d2"}, Sentence: "The army seized power in late May."},
		{ID: "ev_a", Type: model.TypeWithdrawal, Time: mustValue(t, "2021-05-01"), Mentions: []string{"m4"}, Docs: []string{"d3"}, Sentence: "Troops left on 1 May."},
		{ID: "ev_0", Type: model.TypeCeasefire, Time: mustValue(t, "2020-SU"), Mentions: []string{"m5"}, Docs: []string{"d3"}, Sentence: "A truce held over the summer."},
	}
}

// readTable reads a Parquet file with pqarrow and returns the table and the
// file's key-value metadata.
func readTable(t *testing.T, path string) (arrow.Table, map[string]string) {
	t.Helper()
	rdr, err := file.OpenParquetFile(path, false)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer rdr.Close()
	kv := map[string]string{}
	for _, k := range rdr.MetaData().KeyValueMetadata().Keys() {
		kv[k] = *rdr.MetaData().KeyValueMetadata().FindValue(k)
	}
	fr, err := pqarrow.NewFileReader(rdr, pqarrow.ArrowReadProperties{}, memory.DefaultAllocator)
	if err != nil {
		t.Fatal(err)
	}
	tbl, err := fr.ReadTable(context.Background())
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return tbl, kv
}

// column returns the values of one column as Go values (nil for null,
// strings for dictionary and string columns, YYYY-MM-DD for dates, []string
// for lists).
func column(t *testing.T, tbl arrow.Table, name string) []any {
	t.Helper()
	idx := tbl.Schema().FieldIndices(name)
	if len(idx) != 1 {
		t.Fatalf("no column %q", name)
	}
	var out []any
	for _, chunk := range tbl.Column(idx[0]).Data().Chunks() {
		for i := 0; i < chunk.Len(); i++ {
			if chunk.IsNull(i) {
				out = append(out, nil)
				continue
			}
			switch a := chunk.(type) {
			case *array.String:
				out = append(out, a.Value(i))
			case *array.Dictionary:
				out = append(out, a.Dictionary().(*array.String).Value(a.GetValueIndex(i)))
			case *array.Date32:
				out = append(out, a.Value(i).ToTime().Format("2006-01-02"))
			case *array.Int32:
				out = append(out, int64(a.Value(i)))
			case *array.Int64:
				out = append(out, a.Value(i))
			case *array.List:
				s, e := a.ValueOffsets(i)
				vals := a.ListValues().(*array.String)
				l := []string{}
				for j := s; j < e; j++ {
					l = append(l, vals.Value(int(j)))
				}
				out = append(out, l)
			default:
				t.Fatalf("column %s: unexpected array %T", name, chunk)
			}
		}
	}
	return out
}

func checkColumn(t *testing.T, tbl arrow.Table, name string, want ...any) {
	t.Helper()
	got := column(t, tbl, name)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("column %s = %#v, want %#v", name, got, want)
	}
}

// sameSchema compares column names, types and nullability (the reader adds
// PARQUET:field_id metadata).
func sameSchema(a, b *arrow.Schema) bool {
	if a.NumFields() != b.NumFields() {
		return false
	}
	for i := range a.Fields() {
		x, y := a.Field(i), b.Field(i)
		if x.Name != y.Name || x.Nullable != y.Nullable || !arrow.TypeEqual(x.Type, y.Type) {
			return false
		}
	}
	return true
}

func checkedAlloc(t *testing.T) *memory.CheckedAllocator {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	t.Cleanup(func() { mem.AssertSize(t, 0) })
	return mem
}

func TestDocumentsRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "documents.parquet")
	meta := Meta{InputHash: "abc123"}
	if err := writeDocuments(path, sampleDocs(t), meta, checkedAlloc(t)); err != nil {
		t.Fatal(err)
	}
	tbl, kv := readTable(t, path)
	defer tbl.Release()
	if !sameSchema(tbl.Schema(), schemas.Documents()) {
		t.Errorf("schema read back:\n%s\nwant:\n%s", tbl.Schema(), schemas.Documents())
	}
	if kv[KeySchemaVersion] != schemas.Version || kv[KeyInputHash] != "abc123" {
		t.Errorf("metadata = %v", kv)
	}
	if _, ok := kv[KeyBuildTime]; ok {
		t.Errorf("build_time written although Meta.BuildTime is empty")
	}
	// Sorted by doc_id: a_report first.
	checkColumn(t, tbl, "doc_id", "a_report", "b_wire")
	checkColumn(t, tbl, "title", nil, "Junta frees detainees in swap")
	checkColumn(t, tbl, "author", "J. Doe", nil)
	checkColumn(t, tbl, "published_start", nil, "2023-03-14")
	checkColumn(t, tbl, "published_end", nil, "2023-03-14")
	checkColumn(t, tbl, "published_value", nil, "2023-03-14")
	checkColumn(t, tbl, "published_precision", nil, "day")
	checkColumn(t, tbl, "published_source", "unknown", "dateline")
	checkColumn(t, tbl, "format", "pdf-text", "text")
	checkColumn(t, tbl, "encoding", "windows-1252", "utf-8")
	checkColumn(t, tbl, "bytes", int64(1), int64(len("KADUNA, March 14 - The junta freed...")))
	checkColumn(t, tbl, "sentences", int64(0), int64(3))
	checkColumn(t, tbl, "mentions", int64(0), int64(2))
	checkColumn(t, tbl, "status", "rejected", "ok")
	checkColumn(t, tbl, "reason", "no text layer", nil)
}

func TestMentionsRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "mentions.parquet")
	mw, err := newMentionWriter(path, Meta{InputHash: "h", BuildTime: "2024-01-02T03:04:05Z"}, checkedAlloc(t))
	if err != nil {
		t.Fatal(err)
	}
	mw.RowGroupRows = 2 // force several row groups
	ms := sampleMentions(t)
	if err := mw.Write(ms[:1]); err != nil {
		t.Fatal(err)
	}
	if err := mw.Write(ms[1:]); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("final file exists before Close: %v", err)
	}
	if err := mw.Close(); err != nil {
		t.Fatal(err)
	}
	if mw.Rows() != 3 {
		t.Errorf("Rows = %d, want 3", mw.Rows())
	}
	rdr, err := file.OpenParquetFile(path, false)
	if err != nil {
		t.Fatal(err)
	}
	if rdr.NumRowGroups() != 2 {
		t.Errorf("%d row groups, want 2", rdr.NumRowGroups())
	}
	if cc, _ := rdr.MetaData().RowGroup(0).ColumnChunk(0); cc.Compression() != 6 { // zstd
		t.Errorf("compression = %v, want ZSTD", cc.Compression())
	} else if ok, _ := cc.StatsSet(); !ok {
		t.Errorf("no column statistics")
	}
	rdr.Close()

	tbl, kv := readTable(t, path)
	defer tbl.Release()
	if kv[KeyBuildTime] != "2024-01-02T03:04:05Z" {
		t.Errorf("build_time = %q", kv[KeyBuildTime])
	}
	if !sameSchema(tbl.Schema(), schemas.Mentions()) {
		t.Errorf("schema read back:\n%s", tbl.Schema())
	}
	checkColumn(t, tbl, "mention_id", "b_wire:0:prisoner_swap:0", "b_wire:95:ceasefire:0", "b_wire:150:talks:0")
	checkColumn(t, tbl, "event_id", "ev1", nil, "ev2")
	checkColumn(t, tbl, "sentence_index", int64(0), int64(2), int64(3))
	checkColumn(t, tbl, "type", "prisoner_swap", "ceasefire", "talks")
	checkColumn(t, tbl, "subtype", nil, "agreed", nil)
	checkColumn(t, tbl, "factuality", "asserted", "demanded", "asserted")
	checkColumn(t, tbl, "date_start", "2023-03-14", "2023-04-01", nil)
	checkColumn(t, tbl, "date_end", "2023-03-14", "2023-04-30", nil)
	checkColumn(t, tbl, "precision", "day", "month", nil)
	checkColumn(t, tbl, "time_value", "2023-03-14", "2023-04", nil)
	checkColumn(t, tbl, "qualifier", nil, "since", nil)
	checkColumn(t, tbl, "time_text", "on Tuesday", "since mid-April", "the next day")
	checkColumn(t, tbl, "actors", []string{"junta", "rebels"}, []string{}, []string{})
	checkColumn(t, tbl, "place", "Kaduna", nil, nil)
	checkColumn(t, tbl, "country", "NGA", nil, nil)
	checkColumn(t, tbl, "span_start", int64(0), int64(95), int64(150))
	checkColumn(t, tbl, "span_end", int64(80), int64(140), int64(190))
	checkColumn(t, tbl, "sentence", ms[0].Text, ms[1].Text, ms[2].Text)
}

func TestEventsSortedAndRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "events.parquet")
	evs := sampleEvents(t)
	orig := fmt.Sprint(evs)
	if err := writeEvents(path, evs, Meta{}, checkedAlloc(t)); err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(evs) != orig {
		t.Errorf("WriteEvents modified its input")
	}
	tbl, _ := readTable(t, path)
	defer tbl.Release()
	checkColumn(t, tbl, "event_id", "ev_0", "ev_a", "ev_b", "ev_undated")
	checkColumn(t, tbl, "date_start", "2020-06-01", "2021-05-01", "2021-05-01", nil)
	checkColumn(t, tbl, "date_end", "2020-08-31", "2021-05-01", "2021-05-31", nil)
	checkColumn(t, tbl, "precision", "season", "day", "month", nil)
	checkColumn(t, tbl, "year", int64(2020), int64(2021), int64(2021), nil)
	checkColumn(t, tbl, "qualifier", nil, nil, "late", nil)
	checkColumn(t, tbl, "mention_ids", []string{"m5"}, []string{"m4"}, []string{"m1", "m2"}, []string{"m3"})
	checkColumn(t, tbl, "doc_ids", []string{"d3"}, []string{"d3"}, []string{"d1", "d2"}, []string{"d1"})
	checkColumn(t, tbl, "doc_count", int64(1), int64(1), int64(2), int64(1))
	checkColumn(t, tbl, "mention_count", int64(1), int64(1), int64(2), int64(1))
	checkColumn(t, tbl, "actors", []string{}, []string{}, []string{"army"}, []string{})
	checkColumn(t, tbl, "country", nil, nil, "XYZ", nil)
}

// writeAll writes the three sample tables into dir.
func writeAll(t *testing.T, dir string, meta Meta) {
	t.Helper()
	if err := WriteDocuments(filepath.Join(dir, "documents.parquet"), sampleDocs(t), meta); err != nil {
		t.Fatal(err)
	}
	mw, err := NewMentionWriter(filepath.Join(dir, "mentions.parquet"), meta)
	if err != nil {
		t.Fatal(err)
	}
	if err := mw.Write(sampleMentions(t)); err != nil {
		t.Fatal(err)
	}
	if err := mw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := WriteEvents(filepath.Join(dir, "events.parquet"), sampleEvents(t), meta); err != nil {
		t.Fatal(err)
	}
}

func TestDeterministic(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	meta := Meta{InputHash: "same"}
	writeAll(t, a, meta)
	writeAll(t, b, meta)
	for _, name := range []string{"documents.parquet", "mentions.parquet", "events.parquet"} {
		x, err := os.ReadFile(filepath.Join(a, name))
		if err != nil {
			t.Fatal(err)
		}
		y, err := os.ReadFile(filepath.Join(b, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(x, y) {
			t.Errorf("%s: two writes of the same data differ", name)
		}
	}
	// Shuffled events give the same file.
	evs := sampleEvents(t)
	evs[0], evs[3] = evs[3], evs[0]
	evs[1], evs[2] = evs[2], evs[1]
	c := t.TempDir()
	if err := WriteEvents(filepath.Join(c, "events.parquet"), evs, meta); err != nil {
		t.Fatal(err)
	}
	x, _ := os.ReadFile(filepath.Join(a, "events.parquet"))
	y, _ := os.ReadFile(filepath.Join(c, "events.parquet"))
	if !bytes.Equal(x, y) {
		t.Errorf("events.parquet depends on input order")
	}
	// No temporary files left behind.
	ents, _ := os.ReadDir(a)
	if len(ents) != 3 {
		t.Errorf("dir holds %d entries, want 3", len(ents))
	}
}

func TestEmptyInputs(t *testing.T) {
	dir := t.TempDir()
	mem := checkedAlloc(t)
	if err := writeDocuments(filepath.Join(dir, "documents.parquet"), nil, Meta{}, mem); err != nil {
		t.Fatal(err)
	}
	mw, err := newMentionWriter(filepath.Join(dir, "mentions.parquet"), Meta{}, mem)
	if err != nil {
		t.Fatal(err)
	}
	if err := mw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := writeEvents(filepath.Join(dir, "events.parquet"), []model.Event{}, Meta{}, mem); err != nil {
		t.Fatal(err)
	}
	for name, s := range map[string]*arrow.Schema{"documents": schemas.Documents(), "mentions": schemas.Mentions(), "events": schemas.Events()} {
		tbl, _ := readTable(t, filepath.Join(dir, name+".parquet"))
		if tbl.NumRows() != 0 {
			t.Errorf("%s: %d rows, want 0", name, tbl.NumRows())
		}
		if !sameSchema(tbl.Schema(), s) {
			t.Errorf("%s: schema %s", name, tbl.Schema())
		}
		tbl.Release()
		if n := xitongsysRows(t, filepath.Join(dir, name+".parquet"), s); n != 0 {
			t.Errorf("%s: parquet-go reads %d rows", name, n)
		}
	}
}

// xitongsysRows reads every leaf column of a file with the independent
// github.com/xitongsys/parquet-go implementation and returns the row count.
func xitongsysRows(t *testing.T, path string, s *arrow.Schema) int64 {
	t.Helper()
	fr, err := local.NewLocalFileReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fr.Close()
	pr, err := reader.NewParquetColumnReader(fr, 1)
	if err != nil {
		t.Fatalf("parquet-go open %s: %v", path, err)
	}
	defer pr.ReadStop()
	n := pr.GetNumRows()
	leaves := len(pr.SchemaHandler.ValueColumns)
	if leaves != s.NumFields() {
		t.Errorf("parquet-go sees %d leaf columns, want %d", leaves, s.NumFields())
	}
	for i := 0; i < leaves && n > 0; i++ {
		_, rls, _, err := pr.ReadColumnByIndex(int64(i), n)
		if err != nil {
			t.Errorf("parquet-go %s column %d: %v", filepath.Base(path), i, err)
			continue
		}
		rows := int64(0)
		for _, rl := range rls {
			if rl == 0 {
				rows++
			}
		}
		if rows != n {
			t.Errorf("parquet-go %s column %s: %d rows, want %d", filepath.Base(path), pr.SchemaHandler.ValueColumns[i], rows, n)
		}
	}
	return n
}

func TestIndependentReader(t *testing.T) {
	dir := t.TempDir()
	writeAll(t, dir, Meta{InputHash: "x"})
	want := map[string]int64{"documents": 2, "mentions": 3, "events": 4}
	for name, s := range map[string]*arrow.Schema{"documents": schemas.Documents(), "mentions": schemas.Mentions(), "events": schemas.Events()} {
		if n := xitongsysRows(t, filepath.Join(dir, name+".parquet"), s); n != want[name] {
			t.Errorf("%s: parquet-go reads %d rows, want %d", name, n, want[name])
		}
	}
	// Values agree too: read doc_id and a date column.
	fr, err := local.NewLocalFileReader(filepath.Join(dir, "mentions.parquet"))
	if err != nil {
		t.Fatal(err)
	}
	defer fr.Close()
	pr, err := reader.NewParquetColumnReader(fr, 1)
	if err != nil {
		t.Fatal(err)
	}
	defer pr.ReadStop()
	ids, _, _, err := pr.ReadColumnByIndex(schemas.MenID, 10)
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(ids) != "[b_wire:0:prisoner_swap:0 b_wire:95:ceasefire:0 b_wire:150:talks:0]" {
		t.Errorf("parquet-go mention_id = %v", ids)
	}
	days, _, _, err := pr.ReadColumnByIndex(schemas.MenDateStart, 10)
	if err != nil {
		t.Fatal(err)
	}
	want0 := int32(model.DateOf(2023, time.March, 14))
	if len(days) != 3 || days[0] != want0 || days[2] != nil {
		t.Errorf("parquet-go date_start = %v, want [%d ... nil]", days, want0)
	}
}

func TestErrorsLeaveNoFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "mentions.parquet")
	mw, err := NewMentionWriter(path, Meta{})
	if err != nil {
		t.Fatal(err)
	}
	bad := sampleMentions(t)
	bad[1].Type = "" // required enumeration
	err = mw.Write(bad)
	if err == nil || !strings.Contains(err.Error(), bad[1].ID) || !strings.Contains(err.Error(), "type") {
		t.Fatalf("Write with empty type: err = %v", err)
	}
	if cerr := mw.Close(); cerr == nil {
		t.Errorf("Close after failed Write returned nil")
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Errorf("failed write left %d files", len(ents))
	}
	if err := mw.Write(sampleMentions(t)); err == nil {
		t.Errorf("Write after Close returned nil")
	}
	// Unwritable directory.
	err = WriteEvents(filepath.Join(dir, "missing", "events.parquet"), nil, Meta{})
	if err == nil || !strings.Contains(err.Error(), "events.parquet") {
		t.Errorf("WriteEvents into missing dir: err = %v", err)
	}
}

// Parquet physical types for the portable-reader contract: dates are INT32
// DATE, enumerations plain strings, no unsigned logical types.
func TestParquetPhysicalSchema(t *testing.T) {
	dir := t.TempDir()
	writeAll(t, dir, Meta{})
	rdr, err := file.OpenParquetFile(filepath.Join(dir, "events.parquet"), false)
	if err != nil {
		t.Fatal(err)
	}
	defer rdr.Close()
	sc := rdr.MetaData().Schema
	for i := 0; i < sc.NumColumns(); i++ {
		c := sc.Column(i)
		lt := c.LogicalType().String()
		if strings.Contains(lt, "Int(bitWidth=") && strings.Contains(lt, "isSigned=false") {
			t.Errorf("%s: unsigned %s", c.Path(), lt)
		}
		if strings.HasSuffix(c.Path(), "date_start") && (c.PhysicalType() != parquet.Types.Int32 || !strings.Contains(lt, "Date")) {
			t.Errorf("date_start: %s %s", c.PhysicalType(), lt)
		}
		if strings.Contains(lt, "Timestamp") {
			t.Errorf("%s: timestamp", c.Path())
		}
	}
}

func BenchmarkWriteMentions(b *testing.B) {
	base := sampleMentions(b)
	ms := make([]model.Mention, 0, 30000)
	var textBytes int64
	for i := 0; len(ms) < cap(ms); i++ {
		m := base[i%len(base)]
		m.ID = fmt.Sprintf("doc%05d:%d:%s:0", i/50, i*100, m.Type)
		m.DocID = fmt.Sprintf("doc%05d", i/50)
		m.SpanStart, m.SpanEnd = i*100, i*100+len(m.Text)
		// News sentences run to about 25 words (~160 bytes).
		m.Text = fmt.Sprintf("%s Officials in the capital said %d detainees were still held, and mediators from the region would meet again next week.", m.Text, i%997)
		textBytes += int64(len(m.Text))
		ms = append(ms, m)
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
		for j := 0; j < len(ms); j += 1000 {
			if err := mw.Write(ms[j : j+1000]); err != nil {
				b.Fatal(err)
			}
		}
		if err := mw.Close(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(ms)), "ns/mention")
}

// TestMentionWriterMemoryFlat checks that the writer holds at most one row
// group of data: Arrow memory in use after many batches stays at the level
// reached after the first few.
func TestMentionWriterMemoryFlat(t *testing.T) {
	mem := checkedAlloc(t)
	mw, err := newMentionWriter(filepath.Join(t.TempDir(), "mentions.parquet"), Meta{}, mem)
	if err != nil {
		t.Fatal(err)
	}
	mw.RowGroupRows = 500
	base := sampleMentions(t)
	batch := make([]model.Mention, 1000)
	var early, late int
	for round := 0; round < 30; round++ {
		for i := range batch {
			m := base[i%len(base)]
			m.ID = fmt.Sprintf("r%d:%d", round, i)
			m.Text = strings.Repeat("x", 200)
			batch[i] = m
		}
		if err := mw.Write(batch); err != nil {
			t.Fatal(err)
		}
		cur := mem.CurrentAlloc()
		if round < 3 && cur > early {
			early = cur
		}
		if round >= 3 && cur > late {
			late = cur
		}
	}
	if err := mw.Close(); err != nil {
		t.Fatal(err)
	}
	if late > 2*early {
		t.Errorf("memory grows with rows written: %d bytes early, %d bytes late", early, late)
	}
}

// TestMentionWriterManyRowGroups writes row groups of varying content in
// batches that do not line up with them, so that the encoder goroutine and
// the builders' reservations (sized from the previous row group) are used
// many times; every row must come back in order with its values, and the
// file must not depend on the run.
func TestMentionWriterManyRowGroups(t *testing.T) {
	base := sampleMentions(t)
	ms := make([]model.Mention, 1000)
	for i := range ms {
		m := base[i%len(base)]
		m.ID = fmt.Sprintf("doc%03d:%d:%s:0", i/10, i, m.Type)
		// Row groups grow and shrink, so reservations are both too small
		// and too large.
		m.Text = strings.Repeat("w", (i*37)%500) + " end."
		m.Actors = base[(i/7)%len(base)].Actors
		ms[i] = m
	}
	write := func(path string) {
		mw, err := newMentionWriter(path, Meta{InputHash: "h"}, checkedAlloc(t))
		if err != nil {
			t.Fatal(err)
		}
		mw.RowGroupRows = 64
		for j := 0; j < len(ms); j += 37 {
			if err := mw.Write(ms[j:min(j+37, len(ms))]); err != nil {
				t.Fatal(err)
			}
		}
		if err := mw.Close(); err != nil {
			t.Fatal(err)
		}
	}
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.parquet"), filepath.Join(dir, "b.parquet")
	write(a)
	write(b)
	ab, err := os.ReadFile(a)
	if err != nil {
		t.Fatal(err)
	}
	bb, err := os.ReadFile(b)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(ab, bb) {
		t.Error("two writes of the same mentions differ")
	}
	tbl, _ := readTable(t, a)
	ids, texts, actors := column(t, tbl, "mention_id"), column(t, tbl, "sentence"), column(t, tbl, "actors")
	if len(ids) != len(ms) {
		t.Fatalf("%d rows read back, want %d", len(ids), len(ms))
	}
	for i, m := range ms {
		if ids[i] != m.ID || texts[i] != m.Text || len(actors[i].([]string)) != len(m.Actors) {
			t.Fatalf("row %d: got %v %q %v, want %v %q %v", i, ids[i], texts[i], actors[i], m.ID, m.Text, m.Actors)
		}
	}
}
