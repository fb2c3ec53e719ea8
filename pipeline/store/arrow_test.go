package store

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"eventtimeline/schemas"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/apache/arrow/go/v17/arrow/array"
	"github.com/apache/arrow/go/v17/arrow/memory"
	"github.com/apache/arrow/go/v17/parquet/file"
	"github.com/apache/arrow/go/v17/parquet/pqarrow"
)

// parquetRecords reads a Parquet file of the dataset back as Arrow records
// (dictionary columns stay dictionaries, as the writer made them), in
// batches of batch rows.
func parquetRecords(t *testing.T, path string, batch int64) (*arrow.Schema, []arrow.Record) {
	t.Helper()
	pf, err := file.OpenParquetFile(path, false)
	if err != nil {
		t.Fatal(err)
	}
	defer pf.Close()
	fr, err := pqarrow.NewFileReader(pf, pqarrow.ArrowReadProperties{BatchSize: batch}, memory.DefaultAllocator)
	if err != nil {
		t.Fatal(err)
	}
	rr, err := fr.GetRecordReader(context.Background(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer rr.Release()
	var recs []arrow.Record
	for rr.Next() {
		rec := rr.Record()
		rec.Retain()
		recs = append(recs, rec)
	}
	return rr.Schema(), recs
}

// dump returns every row of every relation, in table order, and the column
// types.
func dump(t *testing.T, dbPath string) map[string]*Result {
	t.Helper()
	db := open(t, dbPath, Options{})
	out := map[string]*Result{}
	for _, r := range append(Relations(), "dataset_metadata") {
		res, err := db.Query(context.Background(), "SELECT * FROM "+r)
		if err != nil {
			t.Fatal(err)
		}
		out[r] = res
	}
	return out
}

// TestLoadArrowEqualsParquet loads the mentions table from the Arrow
// records of mentions.parquet (in small batches, as a stream) and checks
// that the database equals the one Create loads from the files: same
// types, same rows in the same order.
func TestLoadArrowEqualsParquet(t *testing.T) {
	pq := dataset(t)
	want := dump(t, mustCreate(t, pq))

	dbPath := filepath.Join(t.TempDir(), "events.duckdb")
	l, err := NewLoader(dbPath, pq)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Abort()
	if err := l.Load(schemas.TableDocuments); err != nil {
		t.Fatal(err)
	}
	schema, recs := parquetRecords(t, filepath.Join(pq, "mentions.parquet"), 2)
	if len(recs) < 2 {
		t.Fatalf("%d records; the test wants a stream of several", len(recs))
	}
	rr, err := array.NewRecordReader(schema, recs)
	if err != nil {
		t.Fatal(err)
	}
	if err := l.LoadArrow(schemas.TableMentions, rr); err != nil {
		t.Fatal(err)
	}
	if err := l.Load(schemas.TableEvents); err != nil {
		t.Fatal(err)
	}
	if err := l.Finish(); err != nil {
		t.Fatal(err)
	}
	got := dump(t, dbPath)
	for r, w := range want {
		g := got[r]
		if !reflect.DeepEqual(g.Columns, w.Columns) || !reflect.DeepEqual(g.Types, w.Types) {
			t.Errorf("%s: columns %v %v, want %v %v", r, g.Columns, g.Types, w.Columns, w.Types)
		}
		if !reflect.DeepEqual(g.Rows, w.Rows) {
			t.Errorf("%s: rows differ:\n got %v\nwant %v", r, g.Rows, w.Rows)
		}
	}
	// The counts Finish took are those of the file, without opening it again.
	counts, err := Counts(dbPath)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(l.Counts(), counts) || counts["mentions"] != 3 {
		t.Errorf("Loader.Counts = %v, Counts = %v", l.Counts(), counts)
	}
}

// failingReader yields one record, then fails.
type failingReader struct {
	array.RecordReader
	n int
}

func (f *failingReader) Next() bool {
	f.n++
	return f.n == 1 && f.RecordReader.Next()
}

func (f *failingReader) Err() error {
	if f.n > 1 {
		return errors.New("producer failed")
	}
	return nil
}

func TestLoadArrowStreamError(t *testing.T) {
	pq := dataset(t)
	out := t.TempDir()
	dbPath := filepath.Join(out, "events.duckdb")
	l, err := NewLoader(dbPath, pq)
	if err != nil {
		t.Fatal(err)
	}
	if err := l.Load(schemas.TableDocuments); err != nil {
		t.Fatal(err)
	}
	schema, recs := parquetRecords(t, filepath.Join(pq, "mentions.parquet"), 1)
	rr, err := array.NewRecordReader(schema, recs)
	if err != nil {
		t.Fatal(err)
	}
	err = l.LoadArrow(schemas.TableMentions, &failingReader{RecordReader: rr})
	if err == nil || !strings.Contains(err.Error(), "mentions") {
		t.Errorf("load from a failing stream: %v, want an error", err)
	}
	l.Abort()
	if ents, _ := os.ReadDir(out); len(ents) != 0 {
		t.Errorf("aborted load left %d entries", len(ents))
	}
	if l.Counts() != nil {
		t.Errorf("counts of an unfinished database: %v", l.Counts())
	}
}
