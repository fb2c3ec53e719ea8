package build

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/apache/arrow/go/v17/parquet/file"

	"eventtimeline/pipeline/store"
	"eventtimeline/schemas"
)

// CheckReport lists what Check verified and what failed.
type CheckReport struct {
	Passed []string
	Failed []string
}

// Write prints the report, one line a check.
func (r *CheckReport) Write(w io.Writer) {
	for _, p := range r.Passed {
		fmt.Fprintln(w, "ok    ", p)
	}
	for _, f := range r.Failed {
		fmt.Fprintln(w, "FAIL  ", f)
	}
	fmt.Fprintf(w, "%d checks passed, %d failed\n", len(r.Passed), len(r.Failed))
}

// Check validates the dataset in dir: every Parquet file exists and carries
// the current schema version; the DuckDB relations hold as many rows as the
// Parquet files; every mention's span lies inside its document; every
// event's mentions exist and point back to it. It returns an error when any
// check fails.
func Check(dir string) (*CheckReport, error) {
	r := &CheckReport{}
	ok := func(cond bool, format string, args ...any) {
		msg := fmt.Sprintf(format, args...)
		if cond {
			r.Passed = append(r.Passed, msg)
		} else {
			r.Failed = append(r.Failed, msg)
		}
	}
	rows := map[string]int64{}
	for _, f := range []string{DocumentsFile, MentionsFile, EventsFile} {
		p := filepath.Join(dir, f)
		pf, err := file.OpenParquetFile(p, false)
		if err != nil {
			ok(false, "%s readable: %v", f, err)
			continue
		}
		v := ""
		if kv := pf.MetaData().KeyValueMetadata(); kv != nil {
			if s := kv.FindValue("schema_version"); s != nil {
				v = *s
			}
		}
		ok(v == schemas.Version, "%s schema version %q (want %q)", f, v, schemas.Version)
		rows[f] = pf.NumRows()
		pf.Close()
	}
	dbPath := filepath.Join(dir, DBFile)
	if _, err := os.Stat(dbPath); err != nil {
		ok(false, "%s exists: %v", DBFile, err)
		return r, fmt.Errorf("check %s: %d check(s) failed", dir, len(r.Failed))
	}
	counts, err := store.Counts(dbPath)
	if err != nil {
		ok(false, "%s readable: %v", DBFile, err)
	} else {
		for _, rf := range [][2]string{{"documents", DocumentsFile}, {"mentions", MentionsFile}, {"events", EventsFile}} {
			rel, f := rf[0], rf[1]
			n, has := rows[f]
			ok(has && counts[rel] == n, "duckdb %s rows %d = %s rows %d", rel, counts[rel], f, n)
		}
	}
	db, err := store.Open(dbPath, store.Options{})
	if err != nil {
		ok(false, "open %s: %v", DBFile, err)
		return r, fmt.Errorf("check %s: %d check(s) failed", dir, len(r.Failed))
	}
	defer db.Close()
	queries := []struct{ what, sql string }{
		{"mentions whose span lies outside their document",
			`select count(*) from mentions m left join (select * from documents where status = 'ok') d using (doc_id)
			 where d.doc_id is null or m.span_start < 0 or m.span_end <= m.span_start or m.span_end > d.bytes`},
		{"event mention ids with no mention row",
			`select count(*) from (select unnest(mention_ids) as id from events) x
			 where id not in (select mention_id from mentions)`},
		{"mentions whose event_id names no event",
			`select count(*) from mentions where event_id is not null and event_id not in (select event_id from events)`},
		{"events whose mention_count differs from their mentions",
			`select count(*) from events e where e.mention_count <> len(e.mention_ids)
			 or e.mention_count <> (select count(*) from mentions m where m.event_id = e.event_id)`},
		{"events whose doc_count differs from their distinct documents",
			`select count(*) from events e where e.doc_count <> (select count(distinct doc_id) from mentions m where m.event_id = e.event_id)`},
		{"non-asserted mentions linked to an event",
			`select count(*) from mentions where event_id is not null and factuality <> 'asserted'`},
		{"accepted documents sharing an id",
			`select count(*) - count(distinct doc_id) from documents where status = 'ok'`},
	}
	for _, q := range queries {
		res, err := db.Query(context.Background(), q.sql)
		if err != nil {
			ok(false, "%s: query failed: %v", q.what, err)
			continue
		}
		n := fmt.Sprint(res.Rows[0][0])
		ok(n == "0", "%s: %s", q.what, n)
	}
	if len(r.Failed) > 0 {
		return r, fmt.Errorf("check %s: %d check(s) failed", dir, len(r.Failed))
	}
	return r, nil
}
