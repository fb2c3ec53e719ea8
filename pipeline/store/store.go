// Package store builds and queries the DuckDB database of a dataset. It is
// the only package that links DuckDB (github.com/marcboeker/go-duckdb).
//
// Create materialises documents.parquet, mentions.parquet and
// events.parquet as tables inside one database file and adds the view
// timeline. Open gives a sandboxed, read-only handle for ad-hoc queries:
// the file is opened with access_mode=READ_ONLY, enable_external_access=false
// (no file, network, COPY, ATTACH or extension access) and
// lock_configuration=true (so a query cannot switch any of it back on), only
// single read-only statements are accepted, and every query runs under a
// timeout that interrupts it.
//
// Why tables and not views over the Parquet files: DuckDB 1.1 refuses every
// Parquet scan once enable_external_access is false, including scans inside
// views, and it has no setting (allowed_directories came later) to allow
// only the dataset directory. Materialised tables also keep the database
// free of file paths, so it can be moved or renamed.
package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"eventtimeline/schemas"

	"github.com/apache/arrow/go/v17/arrow/array"
	duckdb "github.com/marcboeker/go-duckdb" // also registers the "duckdb" driver
)

// Relations lists the relations of a dataset database: three tables and the
// timeline view.
func Relations() []string {
	return []string{schemas.TableDocuments, schemas.TableMentions, schemas.TableEvents, "timeline"}
}

// timelineView is the definition of the timeline view: dated canonical
// events in date order with the documents that report them.
const timelineView = `CREATE VIEW timeline AS
SELECT event_id, date_start, date_end, time_value, qualifier, type, subtype,
       actors, place, country, doc_count, doc_ids, sentence
FROM events
WHERE date_start IS NOT NULL
ORDER BY date_start, date_end, event_id`

// LoaderMemory is the memory DuckDB may use in a Loader (and Create): its
// buffer manager's limit (memory_limit), beyond which it evicts the table
// blocks it has written (they are on disk) or spills. Loading a table needs
// far less; the limit matters because a build loads the mentions table
// while its Go side writes the same rows to Parquet, and the two share
// the build's memory.
const LoaderMemory = 128 << 20

// createThreads is the number of DuckDB threads in Create. Loading is
// bound by compressing the new tables' columns, which DuckDB does per row
// group on the thread that appended it; with insertion order preserved,
// more threads buy a merge of their partial results, not speed. Measured on
// a 235k-row mentions table (2 cores): one thread used 15-20% less CPU, no
// more wall time and ~85 MB less memory than two.
const createThreads = 1

// sqlString quotes s as a SQL string literal.
func sqlString(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// Create builds the database file dbPath from the Parquet files of a
// dataset in parquetDir (documents.parquet, mentions.parquet,
// events.parquet). The database is written in a temporary directory next to
// dbPath and renamed into place when complete, replacing any older file.
func Create(dbPath, parquetDir string) (err error) {
	if strings.ContainsRune(dbPath, '?') {
		return fmt.Errorf("store create %s: '?' is not allowed in a database path", dbPath)
	}
	dir, err := filepath.Abs(parquetDir)
	if err != nil {
		return fmt.Errorf("store create %s: %w", dbPath, err)
	}
	for _, t := range Tables() {
		if _, err := os.Stat(filepath.Join(dir, t+".parquet")); err != nil {
			return fmt.Errorf("store create %s: %w", dbPath, err)
		}
	}
	l, err := NewLoader(dbPath, dir)
	if err != nil {
		return err
	}
	for _, t := range Tables() {
		if err := l.Load(t); err != nil {
			l.Abort()
			return err
		}
	}
	return l.Finish()
}

// Tables lists the dataset's tables in the order a Loader loads them.
func Tables() []string {
	return []string{schemas.TableDocuments, schemas.TableMentions, schemas.TableEvents}
}

// Loader builds a dataset database one table at a time, so that a table
// can be loaded as soon as its data is complete while the next one is still
// being written. NewLoader opens the database in a temporary directory next
// to dbPath; Load copies each table's Parquet file in, or LoadArrow streams
// it from Arrow records, in the order of Tables; Finish adds the metadata
// table and the timeline view, counts the rows, checkpoints once and renames
// the file into place. Abort discards it. A Loader is not safe for
// concurrent use, but may be handed from one goroutine to another.
type Loader struct {
	dbPath, dir, tmpDir, tmpDB string
	db                         *sql.DB
	conn                       *sql.Conn // the one connection all statements use
	next                       int       // index in Tables() of the next table to load
	counts                     map[string]int64
}

// NewLoader opens a new database for dbPath whose tables will be read from
// the Parquet files in parquetDir (or from Arrow records, see LoadArrow).
func NewLoader(dbPath, parquetDir string) (l *Loader, err error) {
	if strings.ContainsRune(dbPath, '?') {
		return nil, fmt.Errorf("store create %s: '?' is not allowed in a database path", dbPath)
	}
	dir, err := filepath.Abs(parquetDir)
	if err != nil {
		return nil, fmt.Errorf("store create %s: %w", dbPath, err)
	}
	tmpDir, err := os.MkdirTemp(filepath.Dir(dbPath), "."+filepath.Base(dbPath)+".tmp-*")
	if err != nil {
		return nil, fmt.Errorf("store create %s: %w", dbPath, err)
	}
	l = &Loader{dbPath: dbPath, dir: dir, tmpDir: tmpDir, tmpDB: filepath.Join(tmpDir, filepath.Base(dbPath))}
	defer func() {
		if err != nil {
			l.Abort()
		}
	}()
	if l.db, err = sql.Open("duckdb", l.tmpDB); err != nil {
		return nil, fmt.Errorf("store create %s: %w", dbPath, err)
	}
	l.db.SetMaxOpenConns(1)
	// One connection for everything: an Arrow view (LoadArrow) exists only
	// on the connection that registered it.
	if l.conn, err = l.db.Conn(context.Background()); err != nil {
		return nil, fmt.Errorf("store create %s: %w", dbPath, err)
	}
	// Bound DuckDB's memory while it loads and sorts the tables (it spills
	// to a temporary directory beside the database beyond this), so a
	// build's peak memory does not grow with the dataset.
	if err := l.exec("memory limit", fmt.Sprintf("SET memory_limit = '%dMB'", LoaderMemory>>20)); err != nil {
		return nil, err
	}
	if err := l.exec("threads", fmt.Sprintf("SET threads = %d", createThreads)); err != nil {
		return nil, err
	}
	return l, nil
}

func (l *Loader) exec(what, q string) error {
	if _, err := l.conn.ExecContext(context.Background(), q); err != nil {
		return fmt.Errorf("store create %s: %s: %w", l.dbPath, what, err)
	}
	return nil
}

// claim checks that table is the next one to load and moves on.
func (l *Loader) claim(table string) error {
	tables := Tables()
	if l.conn == nil || l.next >= len(tables) || tables[l.next] != table {
		return fmt.Errorf("store create %s: table %s loaded out of order", l.dbPath, table)
	}
	l.next++
	return nil
}

// Load copies table (the next one in the order of Tables) from its
// Parquet file, which must be complete.
func (l *Loader) Load(table string) error {
	if err := l.claim(table); err != nil {
		return err
	}
	src := filepath.Join(l.dir, table+".parquet")
	if _, err := os.Stat(src); err != nil {
		return fmt.Errorf("store create %s: %w", l.dbPath, err)
	}
	// emit writes the Parquet files in a meaningful order (documents by
	// doc_id, mentions by document and position, events by date) and
	// DuckDB preserves insertion order, so no sort (nor its memory) is
	// needed for a plain SELECT * to come out in that order.
	q := fmt.Sprintf("CREATE TABLE %s AS SELECT * FROM read_parquet(%s)", table, sqlString(src))
	return l.exec("table "+table, q)
}

// LoadArrow creates table (the next one in the order of Tables) from the
// records rr yields, in order, instead of from its Parquet file: the rows
// of the table are exactly rr's rows, so a table loaded from the records
// that were written to the Parquet file equals one loaded from that file
// (Arrow dictionary columns become VARCHAR, as Parquet's do). DuckDB pulls
// the records, on the calling goroutine, while LoadArrow runs, so the
// producer of rr can still be making them on another; LoadArrow returns
// once rr is exhausted (or has failed: then so does LoadArrow) and the
// table is created. rr is read once; the caller keeps its reference.
func (l *Loader) LoadArrow(table string, rr array.RecordReader) error {
	if err := l.claim(table); err != nil {
		return err
	}
	view := "arrow_src_" + table
	var release func()
	err := l.conn.Raw(func(dc any) error {
		c, ok := dc.(driver.Conn)
		if !ok {
			return fmt.Errorf("not a driver connection: %T", dc)
		}
		a, err := duckdb.NewArrowFromConn(c)
		if err != nil {
			return err
		}
		release, err = a.RegisterView(rr, view)
		return err
	})
	if err != nil {
		return fmt.Errorf("store create %s: table %s: register Arrow stream: %w", l.dbPath, table, err)
	}
	defer release()
	if err := l.exec("table "+table, fmt.Sprintf("CREATE TABLE %s AS SELECT * FROM %s", table, view)); err != nil {
		return err
	}
	// The view is temporary (never written to the file); drop it anyway so
	// that nothing refers to the spent stream.
	return l.exec("drop view "+view, "DROP VIEW "+view)
}

// Finish completes the database once every table is loaded: the
// dataset_metadata table (the files' key-value metadata), the timeline
// view, the row counts (see Counts), one checkpoint, and the rename into
// place.
func (l *Loader) Finish() error {
	tables := Tables()
	if l.conn == nil || l.next != len(tables) {
		l.Abort()
		return fmt.Errorf("store create %s: finished with %d of %d tables loaded", l.dbPath, l.next, len(tables))
	}
	defer l.Abort() // removes the temporary directory in all cases
	// The files' key-value metadata (schema_version, input_hash, ...).
	var meta []string
	for _, t := range tables {
		meta = append(meta, fmt.Sprintf(
			"SELECT %s AS relation, decode(key) AS key, decode(value) AS value FROM parquet_kv_metadata(%s) WHERE decode(key) <> 'ARROW:schema'",
			sqlString(t), sqlString(filepath.Join(l.dir, t+".parquet"))))
	}
	if err := l.exec("table dataset_metadata", "CREATE TABLE dataset_metadata AS "+strings.Join(meta, " UNION ALL ")+" ORDER BY relation, key"); err != nil {
		return err
	}
	if err := l.exec("view timeline", timelineView); err != nil {
		return err
	}
	counts, err := relationCounts(l.conn)
	if err != nil {
		return fmt.Errorf("store create %s: %w", l.dbPath, err)
	}
	if err := l.exec("checkpoint", "CHECKPOINT"); err != nil {
		return err
	}
	l.conn.Close()
	l.conn = nil
	cerr := l.db.Close()
	l.db = nil
	if cerr != nil {
		return fmt.Errorf("store create %s: close: %w", l.dbPath, cerr)
	}
	if _, err := os.Stat(l.tmpDB + ".wal"); err == nil {
		return fmt.Errorf("store create %s: write-ahead log left after checkpoint", l.dbPath)
	}
	if err := os.Rename(l.tmpDB, l.dbPath); err != nil {
		return fmt.Errorf("store create %s: %w", l.dbPath, err)
	}
	l.counts = counts
	return nil
}

// Counts returns the number of rows of each relation (see Relations) of the
// database, as counted by Finish; nil before Finish has succeeded. It saves
// opening the finished file again just to count (what the function Counts
// does).
func (l *Loader) Counts() map[string]int64 { return l.counts }

// Abort closes the database, if still open, and removes the temporary
// directory; dbPath is left as it was. It is safe to call more than once,
// and after Finish.
func (l *Loader) Abort() {
	if l.conn != nil {
		l.conn.Close()
		l.conn = nil
	}
	if l.db != nil {
		l.db.Close()
		l.db = nil
	}
	if l.tmpDir != "" {
		os.RemoveAll(l.tmpDir)
		l.tmpDir = ""
	}
}

// Options configure a read-only database handle.
type Options struct {
	// Timeout stops a query that runs longer (0 = no limit beyond the
	// caller's context).
	Timeout time.Duration
	// MaxRows caps the rows a query returns (0 = no cap); Result.Truncated
	// says when rows were dropped.
	MaxRows int
}

// DB is a sandboxed, read-only handle on a dataset database.
type DB struct {
	db   *sql.DB
	path string
	opts Options
}

// readOnlyDSN is the DSN of a sandboxed read-only connection.
func readOnlyDSN(dbPath string) string {
	return dbPath + "?access_mode=READ_ONLY&enable_external_access=false&lock_configuration=true" +
		"&autoinstall_known_extensions=false&autoload_known_extensions=false"
}

// Open opens dbPath read-only with external access disabled and the
// configuration locked.
func Open(dbPath string, o Options) (*DB, error) {
	if strings.ContainsRune(dbPath, '?') {
		return nil, fmt.Errorf("store open %s: '?' is not allowed in a database path", dbPath)
	}
	if _, err := os.Stat(dbPath); err != nil {
		return nil, fmt.Errorf("store open %s: %w", dbPath, err)
	}
	db, err := sql.Open("duckdb", readOnlyDSN(dbPath))
	if err != nil {
		return nil, fmt.Errorf("store open %s: %w", dbPath, err)
	}
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, fmt.Errorf("store open %s: %w", dbPath, err)
	}
	return &DB{db: db, path: dbPath, opts: o}, nil
}

// Close releases the database.
func (db *DB) Close() error {
	if err := db.db.Close(); err != nil {
		return fmt.Errorf("store close %s: %w", db.path, err)
	}
	return nil
}

// ErrTimeout is wrapped by the error of a query stopped by Options.Timeout.
var ErrTimeout = errors.New("query timed out")

// ErrNotReadOnly is wrapped by the error of a statement Query refuses.
var ErrNotReadOnly = errors.New("only a single read-only query is allowed")

// Query runs one read-only SQL statement (SELECT, WITH, FROM, VALUES,
// TABLE, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN, PIVOT, UNPIVOT) under the
// handle's timeout and returns all its rows.
func (db *DB) Query(ctx context.Context, query string) (*Result, error) {
	if err := checkReadOnly(query); err != nil {
		return nil, fmt.Errorf("store query: %w", err)
	}
	return db.query(ctx, query)
}

// query runs a statement without the read-only check (the database's own
// sandbox still applies).
func (db *DB) query(ctx context.Context, query string) (*Result, error) {
	if db.opts.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, db.opts.Timeout)
		defer cancel()
	}
	res, err := db.run(ctx, query)
	if err != nil {
		if errors.Is(ctx.Err(), context.DeadlineExceeded) && db.opts.Timeout > 0 {
			return nil, fmt.Errorf("store query: %w after %s (the query was interrupted)", ErrTimeout, db.opts.Timeout)
		}
		return nil, fmt.Errorf("store query: %w", err)
	}
	return res, nil
}

func (db *DB) run(ctx context.Context, query string) (*Result, error) {
	rows, err := db.db.QueryContext(ctx, query)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, err
	}
	cts, err := rows.ColumnTypes()
	if err != nil {
		return nil, err
	}
	res := &Result{Columns: cols, Types: make([]string, len(cols)), Rows: [][]any{}}
	for i, ct := range cts {
		res.Types[i] = ct.DatabaseTypeName()
	}
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		if db.opts.MaxRows > 0 && len(res.Rows) >= db.opts.MaxRows {
			res.Truncated = true
			break
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		row := make([]any, len(cols))
		for i, v := range vals {
			row[i] = normalize(v)
		}
		res.Rows = append(res.Rows, row)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return res, nil
}

// MentionRow is the part of a mention the evaluation needs.
type MentionRow struct {
	DocID      string
	Type       string
	Factuality string
	SpanStart  int64 // byte offsets of the sentence in the original file
	SpanEnd    int64
	TimeValue  string // "" when the mention has no time
	EventID    string // "" when the mention belongs to no event
}

// Mentions returns every mention, ordered by doc_id, span_start and
// mention_id. Only ctx limits it (not Options.Timeout or MaxRows).
func (db *DB) Mentions(ctx context.Context) ([]MentionRow, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT doc_id, type::VARCHAR, factuality::VARCHAR, span_start, span_end,
	       coalesce(time_value, ''), coalesce(event_id, '')
	FROM mentions ORDER BY doc_id, span_start, mention_id`)
	if err != nil {
		return nil, fmt.Errorf("store mentions %s: %w", db.path, err)
	}
	defer rows.Close()
	var out []MentionRow
	for rows.Next() {
		var m MentionRow
		if err := rows.Scan(&m.DocID, &m.Type, &m.Factuality, &m.SpanStart, &m.SpanEnd, &m.TimeValue, &m.EventID); err != nil {
			return nil, fmt.Errorf("store mentions %s: %w", db.path, err)
		}
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store mentions %s: %w", db.path, err)
	}
	return out, nil
}

// Counts opens dbPath read-only and returns the number of rows of each
// relation (see Relations).
func Counts(dbPath string) (map[string]int64, error) {
	db, err := Open(dbPath, Options{})
	if err != nil {
		return nil, err
	}
	defer db.Close()
	out, err := relationCounts(db.db)
	if err != nil {
		return nil, fmt.Errorf("store counts %s: %w", dbPath, err)
	}
	return out, nil
}

// queryRower is what relationCounts needs of a *sql.DB or *sql.Conn.
type queryRower interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// relationCounts counts the rows of every relation of Relations.
func relationCounts(q queryRower) (map[string]int64, error) {
	out := make(map[string]int64)
	for _, r := range Relations() {
		var n int64
		if err := q.QueryRowContext(context.Background(), "SELECT count(*) FROM "+r).Scan(&n); err != nil {
			return nil, fmt.Errorf("count %s: %w", r, err)
		}
		out[r] = n
	}
	return out, nil
}
