package emit

import (
	"cmp"
	"fmt"
	"slices"

	"eventtimeline/pipeline/model"
	"eventtimeline/schemas"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/apache/arrow/go/v17/arrow/array"
	"github.com/apache/arrow/go/v17/arrow/memory"
)

// WriteDocuments writes one row per document to a Parquet file at path,
// sorted by doc_id. The document text and raw bytes are not stored; the
// mentions column is len(doc.Mentions).
func WriteDocuments(path string, docs []*model.Document, meta Meta) error {
	return writeDocuments(path, docs, meta, memory.DefaultAllocator)
}

func writeDocuments(path string, docs []*model.Document, meta Meta, mem memory.Allocator) error {
	sorted := slices.Clone(docs)
	slices.SortStableFunc(sorted, func(a, b *model.Document) int { return cmp.Compare(a.ID, b.ID) })
	w, err := newTableWriter(path, schemas.Documents(), meta, DefaultRowGroupRows, mem)
	if err != nil {
		return err
	}
	for _, d := range sorted {
		if d == nil {
			continue
		}
		if err := appendDocument(w.rb, d); err != nil {
			w.err = fmt.Errorf("emit %s: document %s: %w", path, d.ID, err)
			break
		}
		if err := w.rowAdded(); err != nil {
			break
		}
	}
	return w.close()
}

func appendDocument(rb *array.RecordBuilder, d *model.Document) error {
	f := rb.Field
	reqString(f(schemas.DocID), d.ID)
	reqString(f(schemas.DocPath), d.Path)
	optString(f(schemas.DocTitle), d.Title)
	optString(f(schemas.DocPublisher), d.Publisher)
	optString(f(schemas.DocAuthor), d.Author)
	if err := anchorCols(f(schemas.DocPublishedStart), f(schemas.DocPublishedEnd), f(schemas.DocPublishedPrecision), d.Published); err != nil {
		return fmt.Errorf("published_precision: %w", err)
	}
	optString(f(schemas.DocPublishedValue), optValue(d.Published))
	src := d.PublishedSource
	if src == "" {
		src = "unknown"
	}
	if err := enum(f(schemas.DocPublishedSource), src, false); err != nil {
		return fmt.Errorf("published_source: %w", err)
	}
	if err := enum(f(schemas.DocFormat), d.Format, true); err != nil {
		return fmt.Errorf("format: %w", err)
	}
	if err := enum(f(schemas.DocEncoding), d.Encoding, true); err != nil {
		return fmt.Errorf("encoding: %w", err)
	}
	reqString(f(schemas.DocSHA256), d.SHA256)
	size := d.Size // set when Raw has been dropped after extraction
	if size == 0 {
		size = int64(len(d.Raw))
	}
	i64(f(schemas.DocBytes), int(size))
	i32(f(schemas.DocSentences), d.SentenceCount())
	i32(f(schemas.DocMentions), d.MentionCount())
	status := d.Status
	if status == "" {
		status = model.StatusOK
	}
	if err := enum(f(schemas.DocStatus), status, false); err != nil {
		return fmt.Errorf("status: %w", err)
	}
	optString(f(schemas.DocReason), d.Reason)
	return nil
}

// MentionWriter streams mentions into a Parquet file, one row group every
// RowGroupRows rows, so memory stays flat however many mentions there are.
// Rows are written in the order given. Close must be called; the file
// appears at its path only when Close succeeds.
type MentionWriter struct {
	// RowGroupRows is the number of rows per row group; change it only
	// before the first Write. NewMentionWriter sets DefaultRowGroupRows.
	RowGroupRows int

	w *tableWriter
}

// NewMentionWriter starts a mentions file that will be renamed to path by
// Close.
func NewMentionWriter(path string, meta Meta) (*MentionWriter, error) {
	return newMentionWriter(path, meta, memory.DefaultAllocator)
}

func newMentionWriter(path string, meta Meta, mem memory.Allocator) (*MentionWriter, error) {
	w, err := newTableWriter(path, schemas.Mentions(), meta, DefaultRowGroupRows, mem)
	if err != nil {
		return nil, err
	}
	return &MentionWriter{RowGroupRows: DefaultRowGroupRows, w: w}, nil
}

// Write appends mentions, flushing a row group whenever RowGroupRows rows
// are buffered. After an error the writer is unusable; Close then removes
// the temporary file and returns the error.
func (mw *MentionWriter) Write(ms []model.Mention) error {
	w := mw.w
	if w.finished {
		return fmt.Errorf("emit %s: write after close", w.path)
	}
	if w.err != nil {
		return w.err
	}
	if mw.RowGroupRows > 0 {
		w.rowGroup = mw.RowGroupRows
	}
	for i := range ms {
		if err := appendMention(w.rb, &ms[i]); err != nil {
			w.err = fmt.Errorf("emit %s: mention %s: %w", w.path, ms[i].ID, err)
			return w.err
		}
		if err := w.rowAdded(); err != nil {
			return err
		}
	}
	return nil
}

// MentionRow is a mention whose text fields are byte slices, for a caller
// that decodes mentions from bytes and wants to write them without first
// allocating a string per field (see WriteRow). Each field means what the
// model.Mention field of the same name (or of its Time) does; empty slices
// stand for empty strings. The offsets of the trigger and of the time
// expression are not stored in the file and so are not here.
type MentionRow struct {
	ID, DocID                 []byte
	Sentence                  int
	Type, Subtype, Factuality []byte
	Trigger                   []byte
	TimeText, TimeValue       []byte
	Begin, Last               model.Date
	Precision                 model.Precision
	Qualifier                 []byte
	Actors                    [][]byte
	Place, Country            []byte
	SpanStart, SpanEnd        int
	Text                      []byte
	EventID                   string
}

// WriteRow appends one mention given as bytes: the row written is exactly
// the one Write writes for the model.Mention with the same values. The
// writer copies the bytes; r may be reused at once.
func (mw *MentionWriter) WriteRow(r *MentionRow) error {
	w := mw.w
	if w.finished {
		return fmt.Errorf("emit %s: write after close", w.path)
	}
	if w.err != nil {
		return w.err
	}
	if mw.RowGroupRows > 0 {
		w.rowGroup = mw.RowGroupRows
	}
	if err := appendMentionRow(w.rb, r); err != nil {
		w.err = fmt.Errorf("emit %s: mention %s: %w", w.path, r.ID, err)
		return w.err
	}
	return w.rowAdded()
}

// SetRecordSink makes the writer hand every row group it cuts to sink as
// well, as one Arrow record of schema schemas.Mentions(), in file order and
// before the row group is encoded, so that another consumer (a database
// load) can take the same rows while the file is written. sink takes over
// one reference to the record: it must Release it once, also when it
// returns an error, which fails the writer. Sinking does not change the
// file. Call it before the first Write.
func (mw *MentionWriter) SetRecordSink(sink func(arrow.Record) error) { mw.w.sink = sink }

// Rows returns the number of mentions written so far.
func (mw *MentionWriter) Rows() int64 { return mw.w.rows }

// Finish ends the rows: the last row group is cut and handed to the
// encoder and to the record sink, so that the sink has had every row when
// Finish returns, while the file is still being encoded. No Write may
// follow; Close (which finishes the rows itself if Finish was not called)
// must still be called.
func (mw *MentionWriter) Finish() error { return mw.w.finish() }

// Close flushes the last row group, writes the footer and renames the file
// into place. Calling it again returns the first result.
func (mw *MentionWriter) Close() error { return mw.w.close() }

func appendMention(rb *array.RecordBuilder, m *model.Mention) error {
	f := rb.Field
	reqString(f(schemas.MenID), m.ID)
	optString(f(schemas.MenEventID), m.EventID)
	reqString(f(schemas.MenDocID), m.DocID)
	i32(f(schemas.MenSentenceIndex), m.Sentence)
	if err := enum(f(schemas.MenType), m.Type, false); err != nil {
		return fmt.Errorf("type: %w", err)
	}
	if err := enum(f(schemas.MenSubtype), m.Subtype, true); err != nil {
		return fmt.Errorf("subtype: %w", err)
	}
	if err := enum(f(schemas.MenFactuality), m.Factuality, false); err != nil {
		return fmt.Errorf("factuality: %w", err)
	}
	reqString(f(schemas.MenTrigger), m.Trigger)
	if err := anchorCols(f(schemas.MenDateStart), f(schemas.MenDateEnd), f(schemas.MenPrecision), m.Time.Anchor); err != nil {
		return fmt.Errorf("precision: %w", err)
	}
	optString(f(schemas.MenTimeValue), optValue(m.Time.Anchor))
	q := m.Time.Qualifier
	if !m.Time.Known() {
		q = ""
	}
	if err := enum(f(schemas.MenQualifier), q, true); err != nil {
		return fmt.Errorf("qualifier: %w", err)
	}
	optString(f(schemas.MenTimeText), m.Time.Text)
	strList(f(schemas.MenActors), m.Actors)
	optString(f(schemas.MenPlace), m.Place)
	optString(f(schemas.MenCountry), m.Country)
	i64(f(schemas.MenSpanStart), m.SpanStart)
	i64(f(schemas.MenSpanEnd), m.SpanEnd)
	reqString(f(schemas.MenSentence), m.Text)
	return nil
}

// appendMentionRow is appendMention for a MentionRow.
func appendMentionRow(rb *array.RecordBuilder, r *MentionRow) error {
	f := rb.Field
	reqBytes(f(schemas.MenID), r.ID)
	optString(f(schemas.MenEventID), r.EventID)
	reqBytes(f(schemas.MenDocID), r.DocID)
	i32(f(schemas.MenSentenceIndex), r.Sentence)
	if err := enumBytes(f(schemas.MenType), r.Type, false); err != nil {
		return fmt.Errorf("type: %w", err)
	}
	if err := enumBytes(f(schemas.MenSubtype), r.Subtype, true); err != nil {
		return fmt.Errorf("subtype: %w", err)
	}
	if err := enumBytes(f(schemas.MenFactuality), r.Factuality, false); err != nil {
		return fmt.Errorf("factuality: %w", err)
	}
	reqBytes(f(schemas.MenTrigger), r.Trigger)
	// As anchorCols and optValue do for a model.Anchor.
	known := r.Precision != model.PrecUnknown && len(r.TimeValue) > 0
	date(f(schemas.MenDateStart), r.Begin, known)
	date(f(schemas.MenDateEnd), r.Last, known)
	q := r.Qualifier
	if known {
		if err := enum(f(schemas.MenPrecision), r.Precision.String(), true); err != nil {
			return fmt.Errorf("precision: %w", err)
		}
		optBytes(f(schemas.MenTimeValue), r.TimeValue)
	} else {
		f(schemas.MenPrecision).AppendNull()
		f(schemas.MenTimeValue).AppendNull()
		q = nil
	}
	if err := enumBytes(f(schemas.MenQualifier), q, true); err != nil {
		return fmt.Errorf("qualifier: %w", err)
	}
	optBytes(f(schemas.MenTimeText), r.TimeText)
	lb := f(schemas.MenActors).(*array.ListBuilder)
	lb.Append(true)
	vb := lb.ValueBuilder().(*array.StringBuilder)
	for _, a := range r.Actors {
		vb.BinaryBuilder.Append(a)
	}
	optBytes(f(schemas.MenPlace), r.Place)
	optBytes(f(schemas.MenCountry), r.Country)
	i64(f(schemas.MenSpanStart), r.SpanStart)
	i64(f(schemas.MenSpanEnd), r.SpanEnd)
	reqBytes(f(schemas.MenSentence), r.Text)
	return nil
}

// WriteEvents writes one row per event to a Parquet file at path, sorted by
// date_start (undated events last), then event_id. The input is not
// modified.
func WriteEvents(path string, events []model.Event, meta Meta) error {
	return writeEvents(path, events, meta, memory.DefaultAllocator)
}

// compareEvents orders events by start date, undated last, then by id.
func compareEvents(a, b *model.Event) int {
	ak, bk := a.Time.Known(), b.Time.Known()
	switch {
	case ak && !bk:
		return -1
	case !ak && bk:
		return 1
	case ak && bk:
		if c := cmp.Compare(a.Time.Begin, b.Time.Begin); c != 0 {
			return c
		}
	}
	return cmp.Compare(a.ID, b.ID)
}

func writeEvents(path string, events []model.Event, meta Meta, mem memory.Allocator) error {
	order := make([]*model.Event, len(events))
	for i := range events {
		order[i] = &events[i]
	}
	slices.SortStableFunc(order, compareEvents)
	w, err := newTableWriter(path, schemas.Events(), meta, DefaultRowGroupRows, mem)
	if err != nil {
		return err
	}
	for _, e := range order {
		if err := appendEvent(w.rb, e); err != nil {
			w.err = fmt.Errorf("emit %s: event %s: %w", path, e.ID, err)
			break
		}
		if err := w.rowAdded(); err != nil {
			break
		}
	}
	return w.close()
}

func appendEvent(rb *array.RecordBuilder, e *model.Event) error {
	f := rb.Field
	reqString(f(schemas.EvID), e.ID)
	if err := enum(f(schemas.EvType), e.Type, false); err != nil {
		return fmt.Errorf("type: %w", err)
	}
	if err := enum(f(schemas.EvSubtype), e.Subtype, true); err != nil {
		return fmt.Errorf("subtype: %w", err)
	}
	if err := anchorCols(f(schemas.EvDateStart), f(schemas.EvDateEnd), f(schemas.EvPrecision), e.Time); err != nil {
		return fmt.Errorf("precision: %w", err)
	}
	known := e.Time.Known()
	optString(f(schemas.EvTimeValue), optValue(e.Time))
	q, tt := e.Qualifier, e.TimeText
	if !known {
		q = ""
	}
	if err := enum(f(schemas.EvQualifier), q, true); err != nil {
		return fmt.Errorf("qualifier: %w", err)
	}
	optString(f(schemas.EvTimeText), tt)
	yb := f(schemas.EvYear).(*array.Int32Builder)
	if known {
		yb.Append(int32(e.Time.Begin.Time().Year()))
	} else {
		yb.AppendNull()
	}
	strList(f(schemas.EvActors), e.Actors)
	optString(f(schemas.EvPlace), e.Place)
	optString(f(schemas.EvCountry), e.Country)
	strList(f(schemas.EvMentionIDs), e.Mentions)
	strList(f(schemas.EvDocIDs), e.Docs)
	i32(f(schemas.EvDocCount), len(e.Docs))
	i32(f(schemas.EvMentionCount), len(e.Mentions))
	reqString(f(schemas.EvSentence), e.Sentence)
	return nil
}
