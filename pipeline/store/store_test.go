package store

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"eventtimeline/pipeline/emit"
	"eventtimeline/pipeline/model"
	"eventtimeline/schemas"

	"github.com/xitongsys/parquet-go-source/local"
	"github.com/xitongsys/parquet-go/reader"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

func anchor(t *testing.T, v string) model.Anchor {
	t.Helper()
	a, err := model.ParseValue(v)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// dataset writes a small dataset with package emit into a new directory
// and returns the directory.
func dataset(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	meta := emit.Meta{InputHash: "test-input"}
	docs := []*model.Document{
		{ID: "d2", Path: "d2.txt", Title: "Rebels and army agree truce", Published: anchor(t, "2022-07-04"), PublishedSource: "dateline",
			Format: "text", Encoding: "utf-8", SHA256: "22", Raw: []byte("two"), Status: model.StatusOK, Mentions: make([]model.Mention, 2)},
		{ID: "d1", Path: "d1.txt", PublishedSource: "unknown", Format: "html", Encoding: "utf-8", SHA256: "11", Raw: []byte("one"), Status: model.StatusOK,
			Mentions: make([]model.Mention, 1)},
		{ID: "d3", Path: "d3.txt", PublishedSource: "unknown", SHA256: "33", Status: model.StatusRejected, Reason: "empty file"},
	}
	if err := emit.WriteDocuments(filepath.Join(dir, "documents.parquet"), docs, meta); err != nil {
		t.Fatal(err)
	}
	ms := []model.Mention{
		{ID: "d2:40:ceasefire:0", DocID: "d2", Sentence: 1, Type: model.TypeCeasefire, Subtype: "agreed", Factuality: model.FactAsserted,
			Trigger: "truce", Time: model.Timex{Text: "on Sunday", Anchor: anchor(t, "2022-07-03")}, Actors: []string{"rebels", "army"},
			Place: "the north", Country: "XYZ", SpanStart: 40, SpanEnd: 90, Text: "Rebels and the army agreed a truce on Sunday.", EventID: "ev-truce"},
		{ID: "d2:0:talks:0", DocID: "d2", Sentence: 0, Type: model.TypeTalks, Factuality: model.FactDemanded,
			Trigger: "talks", SpanStart: 0, SpanEnd: 39, Text: "Elders called for talks."},
		{ID: "d1:10:coup:0", DocID: "d1", Sentence: 0, Type: model.TypeCoup, Factuality: model.FactAsserted,
			Trigger: "seized power", Time: model.Timex{Text: "in 2019", Anchor: anchor(t, "2019")}, SpanStart: 10, SpanEnd: 50,
			Text: "Officers seized power in 2019.", EventID: "ev-coup"},
	}
	mw, err := emit.NewMentionWriter(filepath.Join(dir, "mentions.parquet"), meta)
	if err != nil {
		t.Fatal(err)
	}
	if err := mw.Write(ms); err != nil {
		t.Fatal(err)
	}
	if err := mw.Close(); err != nil {
		t.Fatal(err)
	}
	evs := []model.Event{
		{ID: "ev-truce", Type: model.TypeCeasefire, Subtype: "agreed", Time: anchor(t, "2022-07-03"), TimeText: "on Sunday",
			Actors: []string{"rebels", "army"}, Place: "the north", Country: "XYZ", Mentions: []string{"d2:40:ceasefire:0"}, Docs: []string{"d2"},
			Sentence: "Rebels and the army agreed a truce on Sunday."},
		{ID: "ev-undated", Type: model.TypeWithdrawal, Mentions: []string{"x"}, Docs: []string{"d1"}, Sentence: "Troops left."},
		{ID: "ev-coup", Type: model.TypeCoup, Time: anchor(t, "2019"), TimeText: "in 2019", Mentions: []string{"d1:10:coup:0"}, Docs: []string{"d1"},
			Sentence: "Officers seized power in 2019."},
	}
	if err := emit.WriteEvents(filepath.Join(dir, "events.parquet"), evs, meta); err != nil {
		t.Fatal(err)
	}
	return dir
}

// build creates the database of a fresh dataset and returns its path.
func build(t *testing.T) (dbPath, parquetDir string) {
	t.Helper()
	parquetDir = dataset(t)
	dbPath = filepath.Join(t.TempDir(), "events.duckdb")
	if err := Create(dbPath, parquetDir); err != nil {
		t.Fatal(err)
	}
	return dbPath, parquetDir
}

func parquetGoRows(t *testing.T, path string) int64 {
	t.Helper()
	fr, err := local.NewLocalFileReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fr.Close()
	pr, err := reader.NewParquetColumnReader(fr, 1)
	if err != nil {
		t.Fatal(err)
	}
	defer pr.ReadStop()
	return pr.GetNumRows()
}

func TestCreateCounts(t *testing.T) {
	dbPath, pq := build(t)
	got, err := Counts(dbPath)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int64{"documents": 3, "mentions": 3, "events": 3, "timeline": 2}
	for _, r := range Relations() {
		if got[r] != want[r] {
			t.Errorf("%s: %d rows, want %d", r, got[r], want[r])
		}
		if r == "timeline" {
			continue
		}
		if n := parquetGoRows(t, filepath.Join(pq, r+".parquet")); n != got[r] {
			t.Errorf("%s: parquet-go reads %d rows, DuckDB holds %d", r, n, got[r])
		}
	}
	// Only the database file is left: no temp dir, no WAL.
	ents, err := os.ReadDir(filepath.Dir(dbPath))
	if err != nil {
		t.Fatal(err)
	}
	if len(ents) != 1 || ents[0].Name() != "events.duckdb" {
		var names []string
		for _, e := range ents {
			names = append(names, e.Name())
		}
		t.Errorf("database dir holds %v", names)
	}
	// The database does not depend on the Parquet files any more.
	if err := os.RemoveAll(pq); err != nil {
		t.Fatal(err)
	}
	moved := filepath.Join(t.TempDir(), "moved.duckdb")
	if err := os.Rename(dbPath, moved); err != nil {
		t.Fatal(err)
	}
	if got2, err := Counts(moved); err != nil || got2["mentions"] != 3 {
		t.Errorf("after moving: %v, %v", got2, err)
	}
}

func TestCreateErrors(t *testing.T) {
	dir := t.TempDir()
	err := Create(filepath.Join(dir, "events.duckdb"), filepath.Join(dir, "nothing"))
	if err == nil || !strings.Contains(err.Error(), "documents.parquet") {
		t.Errorf("Create from empty dir: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "events.duckdb")); !os.IsNotExist(err) {
		t.Errorf("failed Create left a database")
	}
	if _, err := Open(filepath.Join(dir, "missing.duckdb"), Options{}); err == nil {
		t.Errorf("Open of a missing file succeeded")
	}
}

func open(t *testing.T, dbPath string, o Options) *DB {
	t.Helper()
	db, err := Open(dbPath, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestTablesAndTimeline(t *testing.T) {
	dbPath, _ := build(t)
	db := open(t, dbPath, Options{Timeout: 10 * time.Second})
	ctx := context.Background()
	res, err := db.Query(ctx, "SELECT event_id, date_start, date_end, doc_ids FROM timeline")
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	var last time.Time
	for _, row := range res.Rows {
		ids = append(ids, row[0].(string))
		d, ok := row[1].(time.Time)
		if !ok {
			t.Fatalf("date_start is %T, want time.Time", row[1])
		}
		if d.Before(last) {
			t.Errorf("timeline out of order at %s", row[0])
		}
		last = d
	}
	if strings.Join(ids, ",") != "ev-coup,ev-truce" {
		t.Errorf("timeline = %v", ids)
	}
	if res.Types[1] != "DATE" || res.Types[3] != "VARCHAR[]" {
		t.Errorf("types = %v", res.Types)
	}
	// Tables keep the emit order and types.
	res, err = db.Query(ctx, "SELECT doc_id, published_start, status, mentions FROM documents")
	if err != nil {
		t.Fatal(err)
	}
	var docs []string
	for _, row := range res.Rows {
		docs = append(docs, row[0].(string))
	}
	if strings.Join(docs, ",") != "d1,d2,d3" {
		t.Errorf("documents order = %v", docs)
	}
	if res.Rows[0][1] != nil || res.Rows[1][1].(time.Time).Format("2006-01-02") != "2022-07-04" || res.Rows[2][2] != "rejected" || res.Rows[1][3] != int64(2) {
		t.Errorf("documents rows = %v", res.Rows)
	}
	res, err = db.Query(ctx, "SELECT relation, key, value FROM dataset_metadata WHERE key = 'input_hash' ORDER BY relation")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Rows) != 3 || res.Rows[0][2] != "test-input" {
		t.Errorf("dataset_metadata = %v", res.Rows)
	}
}

func TestMentions(t *testing.T) {
	dbPath, _ := build(t)
	db := open(t, dbPath, Options{})
	ms, err := db.Mentions(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := []MentionRow{
		{DocID: "d1", Type: "coup", Factuality: "asserted", SpanStart: 10, SpanEnd: 50, TimeValue: "2019", EventID: "ev-coup"},
		{DocID: "d2", Type: "talks", Factuality: "demanded", SpanStart: 0, SpanEnd: 39},
		{DocID: "d2", Type: "ceasefire", Factuality: "asserted", SpanStart: 40, SpanEnd: 90, TimeValue: "2022-07-03", EventID: "ev-truce"},
	}
	if len(ms) != len(want) {
		t.Fatalf("Mentions = %+v", ms)
	}
	for i := range want {
		if ms[i] != want[i] {
			t.Errorf("Mentions[%d] = %+v, want %+v", i, ms[i], want[i])
		}
	}
}

// TestSandbox checks that writes, file access, extensions and configuration
// changes fail, both at Query's statement check and, bypassing it, in
// DuckDB's own read-only, no-external-access configuration.
func TestSandbox(t *testing.T) {
	dbPath, pq := build(t)
	db := open(t, dbPath, Options{Timeout: 5 * time.Second})
	ctx := context.Background()
	outside := filepath.Join(t.TempDir(), "leak.csv")
	tests := []struct {
		sql    string
		duckdb string // part of DuckDB's own error
	}{
		{"COPY events TO '" + outside + "'", "disabled"},
		{"ATTACH '" + filepath.Join(t.TempDir(), "other.duckdb") + "' AS other", "disabled"},
		{"INSTALL httpfs", "disabled"},
		{"LOAD httpfs", ""}, // built-in extensions load as a no-op in DuckDB; refused by Query
		{"SELECT * FROM read_csv('/etc/passwd')", "disabled"},
		{"select * from read_text('/etc/hostname')", "disabled"},
		{"SELECT count(*) FROM read_parquet('" + filepath.Join(pq, "events.parquet") + "')", "disabled"},
		{"SELECT * FROM glob('/etc/*')", "disabled"},
		{"CREATE TABLE x AS SELECT 1", "read-only"},
		{"INSERT INTO events (event_id) VALUES ('x')", "read-only"},
		{"DROP VIEW timeline", "read-only"},
		{"SET enable_external_access = true", "locked"},
		{"SET lock_configuration = false", "locked"},
		{"PRAGMA enable_external_access", ""},
		{"EXPORT DATABASE '" + t.TempDir() + "'", "disabled"},
		{"CREATE TEMP TABLE scratch AS SELECT 1", ""}, // in-memory only; refused by Query
	}
	for _, tc := range tests {
		_, err := db.Query(ctx, tc.sql)
		isSelect := strings.HasPrefix(strings.ToUpper(tc.sql), "SELECT")
		switch {
		case isSelect && (err == nil || !strings.Contains(err.Error(), tc.duckdb)):
			t.Errorf("Query(%q): err = %v, want %q", tc.sql, err, tc.duckdb)
		case !isSelect && !errors.Is(err, ErrNotReadOnly):
			t.Errorf("Query(%q): err = %v, want ErrNotReadOnly", tc.sql, err)
		}
		if tc.duckdb == "" {
			continue
		}
		_, err = db.query(ctx, tc.sql)
		if err == nil || !strings.Contains(err.Error(), tc.duckdb) {
			t.Errorf("DuckDB ran %q: err = %v, want %q", tc.sql, err, tc.duckdb)
		}
	}
	if _, err := os.Stat(outside); !os.IsNotExist(err) {
		t.Errorf("COPY wrote %s", outside)
	}
	// Read-only queries that merely look suspicious are fine; dangerous
	// table functions hidden in a SELECT are stopped by DuckDB itself.
	for _, q := range []string{
		"SELECT 'COPY x TO y; DROP TABLE z' AS s",
		"-- comment\n  (SELECT count(*) FROM events);",
		"WITH e AS (SELECT * FROM events) SELECT count(*) FROM e",
		"DESCRIBE events",
		"FROM timeline",
	} {
		if _, err := db.Query(ctx, q); err != nil {
			t.Errorf("Query(%q): %v", q, err)
		}
	}
	for _, q := range []string{
		"SELECT 1; COPY events TO '" + outside + "'",
		"SELECT 1 /* ; */; DROP TABLE events",
		"",
	} {
		if _, err := db.Query(ctx, q); !errors.Is(err, ErrNotReadOnly) {
			t.Errorf("Query(%q): err = %v, want ErrNotReadOnly", q, err)
		}
	}
}

func TestTimeout(t *testing.T) {
	dbPath, _ := build(t)
	db := open(t, dbPath, Options{Timeout: 200 * time.Millisecond})
	ctx := context.Background()
	for _, q := range []string{
		"SELECT count(*) FROM range(1000000000000) a, range(1000000000000) b",
		"WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r",
	} {
		start := time.Now()
		_, err := db.Query(ctx, q)
		took := time.Since(start)
		if !errors.Is(err, ErrTimeout) || !strings.Contains(err.Error(), "200ms") {
			t.Errorf("runaway query: err = %v, want a timeout error", err)
		}
		if took > 5*time.Second {
			t.Errorf("runaway query stopped after %s", took)
		}
	}
	// The handle still works afterwards.
	res, err := db.Query(ctx, "SELECT count(*) AS n FROM events")
	if err != nil || len(res.Rows) != 1 || res.Rows[0][0] != int64(3) {
		t.Errorf("after timeout: %v, %v", res, err)
	}
	// A cancelled caller context is honoured too, without a timeout.
	db2 := open(t, dbPath, Options{})
	cctx, cancel := context.WithTimeout(ctx, 100*time.Millisecond)
	defer cancel()
	if _, err := db2.Query(cctx, "SELECT count(*) FROM range(1000000000000) a, range(1000000000000) b"); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("cancelled context: err = %v", err)
	}
}

func TestMaxRows(t *testing.T) {
	dbPath, _ := build(t)
	db := open(t, dbPath, Options{MaxRows: 2})
	res, err := db.Query(context.Background(), "SELECT * FROM range(10)")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Rows) != 2 || !res.Truncated {
		t.Errorf("MaxRows 2: %d rows, truncated %v", len(res.Rows), res.Truncated)
	}
}

// goldenQuery covers strings with quotes, commas and line breaks, NULLs,
// dates, lists (empty too), integers and doubles.
const goldenQuery = `SELECT event_id, date_start, type, actors, doc_count, year,
       CASE WHEN event_id = 'ev-coup' THEN 'Officers said: "we, the army"' || chr(10) || 'took power' ELSE qualifier END AS note,
       doc_count / 4 AS share
FROM events ORDER BY date_start NULLS LAST, event_id`

func TestOutputFormats(t *testing.T) {
	dbPath, _ := build(t)
	db := open(t, dbPath, Options{})
	res, err := db.Query(context.Background(), goldenQuery)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []struct {
		name  string
		write func(*bytes.Buffer) error
	}{
		{"result.txt", func(b *bytes.Buffer) error { return res.WriteTable(b) }},
		{"result.csv", func(b *bytes.Buffer) error { return res.WriteCSV(b) }},
		{"result.json", func(b *bytes.Buffer) error { return res.WriteJSON(b) }},
	} {
		var buf bytes.Buffer
		if err := f.write(&buf); err != nil {
			t.Fatalf("%s: %v", f.name, err)
		}
		golden := filepath.Join("testdata", f.name)
		if *update {
			if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -update to create it)", err)
		}
		if !bytes.Equal(buf.Bytes(), want) {
			t.Errorf("%s differs from %s:\n%s", f.name, golden, buf.String())
		}
	}
}

func TestEmptyResultFormats(t *testing.T) {
	r := &Result{Columns: []string{"a", "a"}, Types: []string{"INTEGER", "VARCHAR"}}
	var b bytes.Buffer
	if err := r.WriteJSON(&b); err != nil || b.String() != "[]\n" {
		t.Errorf("empty JSON = %q, %v", b.String(), err)
	}
	r.Rows = [][]any{{int64(1), "x"}}
	b.Reset()
	if err := r.WriteJSON(&b); err != nil || b.String() != "[\n{\"a\":1,\"a_2\":\"x\"}\n]\n" {
		t.Errorf("duplicate columns JSON = %q, %v", b.String(), err)
	}
}

func TestCreateEmptyDataset(t *testing.T) {
	dir := t.TempDir()
	if err := emit.WriteDocuments(filepath.Join(dir, "documents.parquet"), nil, emit.Meta{}); err != nil {
		t.Fatal(err)
	}
	mw, err := emit.NewMentionWriter(filepath.Join(dir, "mentions.parquet"), emit.Meta{})
	if err != nil {
		t.Fatal(err)
	}
	if err := mw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := emit.WriteEvents(filepath.Join(dir, "events.parquet"), nil, emit.Meta{}); err != nil {
		t.Fatal(err)
	}
	dbPath := filepath.Join(dir, "events.duckdb")
	if err := Create(dbPath, dir); err != nil {
		t.Fatal(err)
	}
	// Building again replaces the file.
	if err := Create(dbPath, dir); err != nil {
		t.Fatal(err)
	}
	got, err := Counts(dbPath)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range Relations() {
		if n, ok := got[r]; !ok || n != 0 {
			t.Errorf("%s: %d rows (present %v), want 0", r, n, ok)
		}
	}
	db := open(t, dbPath, Options{})
	res, err := db.Query(context.Background(), "SELECT * FROM timeline")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Columns) != 13 || res.Columns[0] != "event_id" || res.Columns[12] != "sentence" {
		t.Errorf("timeline columns = %v", res.Columns)
	}
}

func TestLoaderOrderAndAbort(t *testing.T) {
	parquetDir := dataset(t)
	out := t.TempDir()
	dbPath := filepath.Join(out, "events.duckdb")
	l, err := NewLoader(dbPath, parquetDir)
	if err != nil {
		t.Fatal(err)
	}
	if err := l.Load(schemas.TableMentions); err == nil || !strings.Contains(err.Error(), "out of order") {
		t.Errorf("mentions before documents: got %v, want an out-of-order error", err)
	}
	l.Abort()
	l, err = NewLoader(dbPath, parquetDir)
	if err != nil {
		t.Fatal(err)
	}
	if err := l.Load(schemas.TableDocuments); err != nil {
		t.Fatal(err)
	}
	if err := l.Finish(); err == nil || !strings.Contains(err.Error(), "1 of 3") {
		t.Errorf("Finish with one table: got %v", err)
	}
	ents, err := os.ReadDir(out)
	if err != nil {
		t.Fatal(err)
	}
	if len(ents) != 0 {
		t.Errorf("aborted loaders left %d entries in %s (first %s)", len(ents), out, ents[0].Name())
	}
	// Table by table to the end gives the same database as Create.
	l, err = NewLoader(dbPath, parquetDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, tb := range Tables() {
		if err := l.Load(tb); err != nil {
			t.Fatal(err)
		}
	}
	if err := l.Finish(); err != nil {
		t.Fatal(err)
	}
	got, err := Counts(dbPath)
	if err != nil {
		t.Fatal(err)
	}
	want, err := Counts(mustCreate(t, parquetDir))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range Relations() {
		if got[r] != want[r] || got[r] == 0 && r != "timeline" {
			t.Errorf("%s: %d rows, Create gives %d", r, got[r], want[r])
		}
	}
}

func mustCreate(t *testing.T, parquetDir string) string {
	t.Helper()
	dbPath := filepath.Join(t.TempDir(), "events.duckdb")
	if err := Create(dbPath, parquetDir); err != nil {
		t.Fatal(err)
	}
	return dbPath
}
