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
func plainColumns() []string {
	return []string{"mention_id", "sentence", "span_start", "span_end", "sha256", "path"}
}

// writerProps are the Parquet settings shared by all tables.
func writerProps(mem memory.Allocator) (*parquet.WriterProperties, pqarrow.ArrowWriterProperties) {
	opts := []parquet.WriterProperty{
		parquet.WithAllocator(mem),
		parquet.WithCompression(compress.Codecs.Zstd),
		parquet.WithDictionaryDefault(true),
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
	done     bool
}

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
	return &tableWriter{
		path: path, tmp: tmp, buf: buf, fw: fw, meta: meta, rowGroup: rowGroup,
		rb: array.NewRecordBuilder(mem, schema),
	}, nil
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

// flush writes the buffered rows as one row group.
func (w *tableWriter) flush() error {
	if w.err != nil {
		return w.err
	}
	rec := w.rb.NewRecord()
	defer rec.Release()
	if err := w.fw.Write(rec); err != nil {
		w.err = fmt.Errorf("emit %s: write row group: %w", w.path, err)
		return w.err
	}
	return nil
}

// close flushes the remaining rows (an empty file still gets one empty row
// group, so that it carries the schema for every reader), writes the footer
// and renames the temporary file into place. On any earlier error it removes
// the temporary file and returns that error.
func (w *tableWriter) close() error {
	if w.done {
		return w.err
	}
	w.done = true
	defer w.rb.Release()
	if w.err == nil && (w.pending() > 0 || w.rows == 0) {
		w.flush()
	}
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
