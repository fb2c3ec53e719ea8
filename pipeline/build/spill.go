package build

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"sync"

	"eventtimeline/pipeline/model"
)

// The spill file holds every mention of the build, in output order, while
// the cross-document merge runs on slim copies of the asserted ones. This
// keeps memory flat as the input grows: the sentence texts, by far the
// largest part of a mention, live on disk until the mentions are written
// to Parquet.
//
// Mentions are encoded by appendMention: length-prefixed strings and
// varints, decoded by decodeMention (into a model.Mention), decodeRow (into
// an emit.MentionRow that points into the bytes) and decodeHit (the slim
// copies of a cache hit).

// appendMention encodes m (length-prefixed strings, varints) onto buf.
func appendMention(buf []byte, m *model.Mention) []byte {
	str := func(s string) {
		buf = binary.AppendUvarint(buf, uint64(len(s)))
		buf = append(buf, s...)
	}
	num := func(v int) { buf = binary.AppendVarint(buf, int64(v)) }
	str(m.ID)
	str(m.DocID)
	num(m.Sentence)
	str(m.Type)
	str(m.Subtype)
	str(m.Factuality)
	str(m.Trigger)
	num(m.TriggerStart)
	num(m.TriggerEnd)
	t := &m.Time
	num(t.Sentence)
	num(t.Start)
	num(t.End)
	str(t.Text)
	str(t.Value)
	num(int(t.Begin))
	num(int(t.Last))
	num(int(t.Precision))
	str(t.Qualifier)
	flags := 0
	if t.Relative {
		flags |= 1
	}
	if t.Citation {
		flags |= 2
	}
	num(flags)
	num(len(m.Actors))
	for _, a := range m.Actors {
		str(a)
	}
	str(m.Place)
	str(m.Country)
	num(m.SpanStart)
	num(m.SpanEnd)
	str(m.Text)
	str(m.EventID)
	return buf
}

// decodeMention decodes the next mention of d (as appendMention encoded
// it) into m, with strings of its own. Check d.bad after it.
func decodeMention(d *byteDecoder, m *model.Mention) {
	m.ID = d.str()
	m.DocID = d.str()
	m.Sentence = d.num()
	m.Type = d.str()
	m.Subtype = d.str()
	m.Factuality = d.str()
	m.Trigger = d.str()
	m.TriggerStart = d.num()
	m.TriggerEnd = d.num()
	t := &m.Time
	t.Sentence = d.num()
	t.Start = d.num()
	t.End = d.num()
	t.Text = d.str()
	t.Value = d.str()
	t.Begin = model.Date(d.num())
	t.Last = model.Date(d.num())
	t.Precision = model.Precision(d.num())
	t.Qualifier = d.str()
	flags := d.num()
	t.Relative, t.Citation = flags&1 != 0, flags&2 != 0
	n := d.num()
	if n < 0 || n > len(d.b) {
		d.bad, d.b = true, nil
		return
	}
	m.Actors = nil
	if n > 0 {
		m.Actors = make([]string, n)
		for i := range m.Actors {
			m.Actors[i] = d.str()
		}
	}
	m.Place = d.str()
	m.Country = d.str()
	m.SpanStart = d.num()
	m.SpanEnd = d.num()
	m.Text = d.str()
	m.EventID = d.str()
}

// The spill file holds, for every accepted document of the build in input
// order, one record: the document id, its cache key ("" without a cache),
// and its cache entry (encodeEntry: metadata, then its mentions encoded by
// appendMention), framed by the entry's length and CRC-32C:
//
//	magic, then per document:
//	uvarint len(id), id, uvarint len(key), key, uvarint len(entry), crc32c(entry) (4 bytes LE), entry
//
// With a cache, the spill is written in the cache directory and kept, once
// complete, as the cache's pack file (see pack.go): the next build reads
// its entries from it in one sequential pass.

// spillMagic starts every spill and pack file.
const spillMagic = "timeline-pack-1\n"

var crcTable = crc32.MakeTable(crc32.Castagnoli)

// spill is a file of document records.
type spill struct {
	f    *os.File
	w    *asyncWriter
	n    int  // mentions written
	kept bool // renamed into the cache as its pack: not removed
	hdr  []byte
}

// newSpill creates a spill file in dir, named by pattern (os.CreateTemp).
func newSpill(dir, pattern string) (*spill, error) {
	f, err := os.CreateTemp(dir, pattern)
	if err != nil {
		return nil, fmt.Errorf("spill: %w", err)
	}
	s := &spill{f: f, w: newAsyncWriter(f)}
	if _, err := s.w.Write([]byte(spillMagic)); err != nil {
		s.remove()
		return nil, fmt.Errorf("spill: %w", err)
	}
	return s, nil
}

// writeDoc appends the record of one document whose cache entry (as
// encodeEntry gives it) holds nMent mentions.
func (s *spill) writeDoc(id, key string, entry []byte, nMent int) error {
	b := s.hdr[:0]
	b = binary.AppendUvarint(b, uint64(len(id)))
	b = append(b, id...)
	b = binary.AppendUvarint(b, uint64(len(key)))
	b = append(b, key...)
	b = binary.AppendUvarint(b, uint64(len(entry)))
	b = binary.LittleEndian.AppendUint32(b, crc32.Checksum(entry, crcTable))
	s.hdr = b
	if _, err := s.w.Write(b); err != nil {
		return fmt.Errorf("spill: %w", err)
	}
	if _, err := s.w.Write(entry); err != nil {
		return fmt.Errorf("spill: %w", err)
	}
	s.n += nMent
	return nil
}

// flush writes out what is buffered; no record can be added after it.
func (s *spill) flush() error {
	if err := s.w.close(); err != nil {
		return fmt.Errorf("spill: %w", err)
	}
	return nil
}

// keep renames the complete spill file to path (atomically replacing what
// was there), so that remove leaves it. The file stays open for reader.
func (s *spill) keep(path string) error {
	if err := s.flush(); err != nil {
		return err
	}
	if err := s.f.Chmod(0o644); err != nil {
		return fmt.Errorf("spill: %w", err)
	}
	// The old file is removed first: renaming over an existing file makes
	// ext4 (auto_da_alloc) write the new one out at once, and every fsync of
	// the build after that would wait for those tens of megabytes, which
	// only a cache needs and which need not be on disk before the dataset
	// is. In the moment between the two, a build starting would merely find
	// no pack.
	if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("spill: %w", err)
	}
	if err := os.Rename(s.f.Name(), path); err != nil {
		return fmt.Errorf("spill: %w", err)
	}
	s.kept = true
	return nil
}

// records flushes the file and returns a reader of its records from the
// start.
func (s *spill) records() (*recordReader, error) {
	if err := s.flush(); err != nil {
		return nil, err
	}
	if _, err := s.f.Seek(0, io.SeekStart); err != nil {
		return nil, fmt.Errorf("spill: %w", err)
	}
	r := bufio.NewReaderSize(s.f, 1<<20)
	magic := make([]byte, len(spillMagic))
	if _, err := io.ReadFull(r, magic); err != nil || string(magic) != spillMagic {
		return nil, fmt.Errorf("spill: not a spill file (%v)", err)
	}
	return &recordReader{r: r}, nil
}

// remove closes and deletes the file (unless kept); later calls do
// nothing.
func (s *spill) remove() {
	if s.f == nil {
		return
	}
	s.w.close()
	s.f.Close()
	if !s.kept {
		os.Remove(s.f.Name())
	}
	s.f = nil
}

// recordReader reads the records of a spill file in order.
type recordReader struct {
	r   *bufio.Reader
	buf []byte
}

// next returns the cache entry of the next record, valid until the next
// call; io.EOF after the last record. A record cut short or whose checksum
// is wrong is an error.
func (rr *recordReader) next() ([]byte, error) {
	if _, err := rr.r.Peek(1); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, io.EOF
		}
		return nil, fmt.Errorf("spill: %w", err)
	}
	for range 2 { // document id, cache key
		n, err := binary.ReadUvarint(rr.r)
		if err == nil {
			_, err = rr.r.Discard(int(min(n, 1<<30)))
		}
		if err != nil {
			return nil, fmt.Errorf("spill: record header: %w", noEOF(err))
		}
	}
	n, err := binary.ReadUvarint(rr.r)
	if err != nil || n > maxPackEntry {
		return nil, fmt.Errorf("spill: record length %d: %w", n, noEOF(err))
	}
	var sum [4]byte
	if _, err := io.ReadFull(rr.r, sum[:]); err != nil {
		return nil, fmt.Errorf("spill: record header: %w", noEOF(err))
	}
	if uint64(cap(rr.buf)) < n {
		rr.buf = make([]byte, n)
	}
	b := rr.buf[:n]
	if _, err := io.ReadFull(rr.r, b); err != nil {
		return nil, fmt.Errorf("spill: record: %w", noEOF(err))
	}
	if crc32.Checksum(b, crcTable) != binary.LittleEndian.Uint32(sum[:]) {
		return nil, errors.New("spill: record checksum mismatch")
	}
	return b, nil
}

// noEOF turns an end of file inside a record into io.ErrUnexpectedEOF.
func noEOF(err error) error {
	if err == nil || errors.Is(err, io.EOF) {
		return io.ErrUnexpectedEOF
	}
	return err
}

// asyncWriter collects writes in chunks that a goroutine of its own writes
// to the file, so that the build's sink, which runs the documents through
// in order, never waits on a write system call. At most asyncChunks chunks
// exist.
type asyncWriter struct {
	f      *os.File
	buf    []byte
	full   chan []byte // chunks to write, in order
	free   chan []byte // written chunks, for reuse
	done   chan struct{}
	closed bool
	err    error // set by the writing goroutine before done is closed
	errMu  sync.Mutex
}

const (
	asyncChunkSize = 1 << 20
	asyncChunks    = 3
)

func newAsyncWriter(f *os.File) *asyncWriter {
	w := &asyncWriter{f: f, full: make(chan []byte, asyncChunks), free: make(chan []byte, asyncChunks), done: make(chan struct{})}
	for range asyncChunks - 1 {
		w.free <- make([]byte, 0, asyncChunkSize)
	}
	w.buf = make([]byte, 0, asyncChunkSize)
	go w.loop()
	return w
}

func (w *asyncWriter) loop() {
	defer close(w.done)
	for b := range w.full {
		if w.error() == nil {
			if _, err := w.f.Write(b); err != nil {
				w.errMu.Lock()
				w.err = err
				w.errMu.Unlock()
			}
		}
		w.free <- b[:0]
	}
}

func (w *asyncWriter) error() error {
	w.errMu.Lock()
	defer w.errMu.Unlock()
	return w.err
}

// Write copies p into the current chunk, handing full chunks over. An error
// of an earlier write is returned.
func (w *asyncWriter) Write(p []byte) (int, error) {
	if w.closed {
		return 0, errors.New("write after close")
	}
	n := len(p)
	for len(p) > 0 {
		if len(w.buf) == cap(w.buf) {
			w.full <- w.buf
			w.buf = <-w.free
		}
		k := copy(w.buf[len(w.buf):cap(w.buf)], p)
		w.buf = w.buf[:len(w.buf)+k]
		p = p[k:]
	}
	return n, w.error()
}

// close writes what is left and waits for the writes to finish; later
// calls return the same error.
func (w *asyncWriter) close() error {
	if !w.closed {
		w.closed = true
		if len(w.buf) > 0 {
			w.full <- w.buf
			w.buf = nil
		}
		close(w.full)
		<-w.done
	}
	return w.error()
}
