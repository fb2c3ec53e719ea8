// Package emit writes the pipeline's output tables (documents, mentions,
// events) as Parquet files with the Arrow schemas of package schemas.
//
// Files are zstd-compressed, dictionary-encoded where it pays, carry column
// statistics and the key-value metadata "schema_version" and "input_hash"
// (and "build_time" only when Meta.BuildTime is set), so writing the same
// data twice gives byte-identical files. A file appears at its final path
// only once it is complete: it is written to a temporary file in the same
// directory and renamed.
package emit

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"eventtimeline/schemas"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/apache/arrow/go/v17/arrow/array"
	"github.com/apache/arrow/go/v17/arrow/memory"
	"github.com/apache/arrow/go/v17/parquet"
	"github.com/apache/arrow/go/v17/parquet/compress"
	"github.com/apache/arrow/go/v17/parquet/pqarrow"
)

// DefaultRowGroupRows is the number of rows per Parquet row group.
const DefaultRowGroupRows = 64 * 1024

// Key-value metadata keys written into every file.
const (
	KeySchemaVersion = "schema_version"
	KeyInputHash     = "input_hash"
	KeyBuildTime     = "build_time"
)

// Meta is the key-value metadata stored in every file's footer.
type Meta struct {
	SchemaVersion string // "" = schemas.Version
	InputHash     string // hash identifying the input corpus
	BuildTime     string // "" = omit, so that output stays reproducible
}

// pairs returns the metadata as ordered key/value pairs.
func (m Meta) pairs() [][2]string {
	v := m.SchemaVersion
	if v == "" {
		v = schemas.Version
	}
	kv := [][2]string{{KeySchemaVersion, v}, {KeyInputHash, m.InputHash}}
	if m.BuildTime != "" {
		kv = append(kv, [2]string{KeyBuildTime, m.BuildTime})
	}
	return kv
}

// plainColumns are columns whose values are (nearly) all distinct, where a
// dictionary only costs time: they are written with plain encoding.
//
// They also keep the files deterministic. A column chunk whose dictionary
// outgrows dictionaryPageLimit falls back to plain encoding part way, and
// the Parquet writer then lists the chunk's two page encodings in the
// order of a Go map, so the same input could give different footer bytes.
// High-cardinality columns are therefore plain from the start, and the
// dictionary limit is set far above what a row group of the others holds.
func plainColumns() []string {
	return []string{"mention_id", "sentence", "span_start", "span_end", "sha256", "path", "title",
		"mention_ids.list.element", "doc_ids.list.element"}
}

// dictionaryPageLimit is the size up to which a column chunk keeps its
// dictionary (see plainColumns): 64 MiB, against the 1 MiB default.
const dictionaryPageLimit = 64 << 20

// writerProps are the Parquet settings shared by all tables.
func writerProps(mem memory.Allocator) (*parquet.WriterProperties, pqarrow.ArrowWriterProperties) {
	opts := []parquet.WriterProperty{
		parquet.WithAllocator(mem),
		parquet.WithCompression(compress.Codecs.Zstd),
		parquet.WithDictionaryDefault(true),
		parquet.WithDictionaryPageSizeLimit(dictionaryPageLimit),
		parquet.WithStats(true),
		// Row groups are cut by the table writer; this only caps them.
		parquet.WithMaxRowGroupLength(1 << 30),
	}
	for _, c := range plainColumns() {
		opts = append(opts, parquet.WithDictionaryFor(c, false))
	}
	props := parquet.NewWriterProperties(opts...)
	return props, pqarrow.NewArrowWriterProperties(pqarrow.WithStoreSchema(), pqarrow.WithAllocator(mem))
}

// tableWriter streams rows of one schema into a Parquet file: rows are
// appended to a RecordBuilder and flushed as one row group every rowGroup
// rows. It owns the temporary file until Close renames it into place.
//
// Encoding and compressing a row group is most of the cost of writing, so
// it runs on a goroutine of its own (see encode) while the caller appends
// the next row group's rows. Row groups are handed over through a channel
// with room for queuedRowGroups and encoded one at a time in the order they
// were cut, so the file is byte-for-byte what a sequential writer produces,
// and at most three complete row groups (one waiting to be handed over, one
// queued, one being encoded) and the builders' room for the next are in
// memory.
type tableWriter struct {
	path     string
	tmp      *os.File
	buf      *bufio.Writer
	fw       *pqarrow.FileWriter
	rb       *array.RecordBuilder
	meta     Meta
	rowGroup int
	rows     int64 // rows written so far, flushed or not
	err      error // first error; the writer is unusable after it
	finished bool  // finish was called: no more rows
	done     bool  // close was called

	sink    func(arrow.Record) error // also gets every row group, see MentionWriter.SetRecordSink
	sizes   []int                    // column sizes of the last row group, see appendSizes
	recs    chan arrow.Record        // row groups for the encoder, in file order
	encDone chan struct{}            // closed when the encoder has exited
	encMu   sync.Mutex
	encErr  error // first error of the encoder, guarded by encMu
}

// queuedRowGroups is the number of complete row groups that may wait for
// the encoder. Encoding a row group takes longer than building one, so
// without this room the producer would stop at every row group until the
// encoder is done with the one before; with a record sink, the sink's
// consumer (DuckDB) would wait all that time for its next rows.
const queuedRowGroups = 1

func newTableWriter(path string, schema *arrow.Schema, meta Meta, rowGroup int, mem memory.Allocator) (*tableWriter, error) {
	if rowGroup <= 0 {
		rowGroup = DefaultRowGroupRows
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return nil, fmt.Errorf("emit %s: %w", path, err)
	}
	buf := bufio.NewWriterSize(tmp, 1<<20)
	props, aprops := writerProps(mem)
	fw, err := pqarrow.NewFileWriter(schema, buf, props, aprops)
	if err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return nil, fmt.Errorf("emit %s: parquet writer: %w", path, err)
	}
	w := &tableWriter{
		path: path, tmp: tmp, buf: buf, fw: fw, meta: meta, rowGroup: rowGroup,
		rb:   array.NewRecordBuilder(mem, schema),
		recs: make(chan arrow.Record, queuedRowGroups), encDone: make(chan struct{}),
	}
	go w.encode()
	return w, nil
}

// encode writes the row groups sent on w.recs until the channel is closed.
// After an error it keeps receiving (and releasing) records, so that the
// producer never blocks, but writes nothing more.
func (w *tableWriter) encode() {
	defer close(w.encDone)
	var err error
	for rec := range w.recs {
		if err == nil {
			if err = w.fw.Write(rec); err != nil {
				w.encMu.Lock()
				w.encErr = fmt.Errorf("emit %s: write row group: %w", w.path, err)
				w.encMu.Unlock()
			}
		}
		rec.Release()
	}
}

// encoderErr returns the encoder's first error, nil while all is well.
func (w *tableWriter) encoderErr() error {
	w.encMu.Lock()
	defer w.encMu.Unlock()
	return w.encErr
}

// pending is the number of rows appended but not yet flushed.
func (w *tableWriter) pending() int { return w.rb.Field(0).Len() }

// rowAdded counts a row appended to w.rb and flushes a full row group.
func (w *tableWriter) rowAdded() error {
	w.rows++
	if w.pending() >= w.rowGroup {
		return w.flush()
	}
	return nil
}

// flush hands the buffered rows to the encoder as one row group. An error
// the encoder met with an earlier row group is returned here.
func (w *tableWriter) flush() error {
	if w.err != nil {
		return w.err
	}
	if err := w.encoderErr(); err != nil {
		w.err = err
		return err
	}
	rec := w.rb.NewRecord()
	w.sizes = w.sizes[:0]
	for _, col := range rec.Columns() {
		w.sizes = appendSizes(w.sizes, col)
	}
	if w.sink != nil {
		rec.Retain() // the sink's reference
		if err := w.sink(rec); err != nil {
			rec.Release() // the encoder's, which it will not get
			w.err = fmt.Errorf("emit %s: record sink: %w", w.path, err)
			return w.err
		}
	}
	w.recs <- rec // the encoder releases it
	// The builders start over empty; give them the room the row group just
	// cut needed, so the next one is appended without growing (reallocating
	// and copying) every buffer several times. This is done only once the
	// row group is handed over, so that no more buffers than the row groups
	// in flight need are held while the producer waits.
	sizes := w.sizes
	for _, b := range w.rb.Fields() {
		sizes = reserve(b, sizes)
	}
	return nil
}

// appendSizes appends the sizes reserve needs to rebuild a column like arr:
// its length, then for strings the bytes of its values, for lists the sizes
// of its values' column.
func appendSizes(sizes []int, arr arrow.Array) []int {
	sizes = append(sizes, arr.Len())
	switch a := arr.(type) {
	case *array.String:
		sizes = append(sizes, len(a.ValueBytes()))
	case *array.List:
		sizes = appendSizes(sizes, a.ListValues())
	}
	return sizes
}

// reserve reserves room in b for the values (and string bytes) given by
// the head of sizes, as appendSizes wrote them for a column of b's type, and
// returns the rest of sizes.
func reserve(b array.Builder, sizes []int) []int {
	b.Reserve(sizes[0])
	sizes = sizes[1:]
	switch b := b.(type) {
	case *array.StringBuilder:
		b.ReserveData(sizes[0] + sizes[0]/8)
		sizes = sizes[1:]
	case *array.ListBuilder:
		sizes = reserve(b.ValueBuilder(), sizes)
	}
	return sizes
}

// stopEncoder lets the encoder finish the row groups handed to it and
// records its error, if any and if there was none before.
func (w *tableWriter) stopEncoder() {
	close(w.recs)
	<-w.encDone
	if err := w.encoderErr(); err != nil && w.err == nil {
		w.err = err
	}
}

// finish hands the remaining rows to the encoder (and the sink) as the last
// row group; an empty file still gets one empty row group, so that it
// carries the schema for every reader. No row can be added after it.
func (w *tableWriter) finish() error {
	if !w.finished {
		w.finished = true
		if w.err == nil && (w.pending() > 0 || w.rows == 0) {
			w.flush()
		}
	}
	return w.err
}

// close finishes the rows (see finish), waits for the encoder, writes the
// footer and renames the temporary file into place. On any earlier error it
// removes the temporary file and returns that error.
func (w *tableWriter) close() error {
	if w.done {
		return w.err
	}
	w.done = true
	defer w.rb.Release()
	w.finish()
	w.stopEncoder()
	if w.err == nil {
		for _, kv := range w.meta.pairs() {
			if err := w.fw.AppendKeyValueMetadata(kv[0], kv[1]); err != nil {
				w.err = fmt.Errorf("emit %s: metadata %s: %w", w.path, kv[0], err)
				break
			}
		}
	}
	if err := w.fw.Close(); err != nil && w.err == nil {
		w.err = fmt.Errorf("emit %s: close parquet writer: %w", w.path, err)
	}
	if w.err == nil {
		if err := w.buf.Flush(); err != nil {
			w.err = fmt.Errorf("emit %s: %w", w.path, err)
		}
	}
	if w.err == nil {
		if err := w.tmp.Chmod(0o644); err != nil {
			w.err = fmt.Errorf("emit %s: %w", w.path, err)
		}
	}
	if w.err == nil {
		if err := w.tmp.Sync(); err != nil {
			w.err = fmt.Errorf("emit %s: %w", w.path, err)
		}
	}
	if err := w.tmp.Close(); err != nil && w.err == nil {
		w.err = fmt.Errorf("emit %s: %w", w.path, err)
	}
	if w.err == nil {
		if err := os.Rename(w.tmp.Name(), w.path); err != nil {
			w.err = fmt.Errorf("emit %s: %w", w.path, err)
		}
	}
	if w.err != nil {
		os.Remove(w.tmp.Name())
	}
	return w.err
}
