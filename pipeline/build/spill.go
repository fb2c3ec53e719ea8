package build

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"

	"eventtimeline/pipeline/model"
)

// The spill file holds every mention of the build, in output order, while
// the cross-document merge runs on slim copies of the asserted ones. This
// keeps memory flat as the input grows: the sentence texts, by far the
// largest part of a mention, live on disk until the mentions are written
// to Parquet.

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

// spillReader decodes mentions written by appendMention.
type spillReader struct {
	r   *bufio.Reader
	err error
	b   []byte
}

// The varints are decoded straight from bufio's buffer when it holds them
// (nearly always), which is several times faster than reading them a byte
// at a time; ReadUvarint and ReadVarint handle the rest (buffer boundaries,
// errors).

func (s *spillReader) uvarint() uint64 {
	if s.err != nil {
		return 0
	}
	if b, _ := s.r.Peek(binary.MaxVarintLen64); len(b) > 0 {
		if v, n := binary.Uvarint(b); n > 0 {
			s.r.Discard(n)
			return v
		}
	}
	v, err := binary.ReadUvarint(s.r)
	if err != nil {
		s.err = err
	}
	return v
}

func (s *spillReader) num() int {
	if s.err != nil {
		return 0
	}
	if b, _ := s.r.Peek(binary.MaxVarintLen64); len(b) > 0 {
		if v, n := binary.Varint(b); n > 0 {
			s.r.Discard(n)
			return int(v)
		}
	}
	v, err := binary.ReadVarint(s.r)
	if err != nil {
		s.err = err
	}
	return int(v)
}

func (s *spillReader) str() string {
	n := s.uvarint()
	if s.err != nil || n == 0 {
		return ""
	}
	if n > 1<<30 {
		s.err = fmt.Errorf("spill: string of %d bytes", n)
		return ""
	}
	if int(n) <= s.r.Buffered() {
		b, _ := s.r.Peek(int(n))
		str := string(b)
		s.r.Discard(int(n))
		return str
	}
	if uint64(cap(s.b)) < n {
		s.b = make([]byte, n)
	}
	b := s.b[:n]
	if _, err := io.ReadFull(s.r, b); err != nil {
		s.err = err
		return ""
	}
	return string(b)
}

// next decodes one mention into m; it returns io.EOF at a clean end.
func (s *spillReader) next(m *model.Mention) error {
	if _, err := s.r.Peek(1); err != nil {
		if errors.Is(err, io.EOF) {
			return io.EOF
		}
		return err
	}
	m.ID = s.str()
	m.DocID = s.str()
	m.Sentence = s.num()
	m.Type = s.str()
	m.Subtype = s.str()
	m.Factuality = s.str()
	m.Trigger = s.str()
	m.TriggerStart = s.num()
	m.TriggerEnd = s.num()
	t := &m.Time
	t.Sentence = s.num()
	t.Start = s.num()
	t.End = s.num()
	t.Text = s.str()
	t.Value = s.str()
	t.Begin = model.Date(s.num())
	t.Last = model.Date(s.num())
	t.Precision = model.Precision(s.num())
	t.Qualifier = s.str()
	flags := s.num()
	t.Relative, t.Citation = flags&1 != 0, flags&2 != 0
	n := s.num()
	if n < 0 || n > 1<<16 {
		return fmt.Errorf("spill: %d actors", n)
	}
	m.Actors = nil
	if n > 0 {
		m.Actors = make([]string, n)
		for i := range m.Actors {
			m.Actors[i] = s.str()
		}
	}
	m.Place = s.str()
	m.Country = s.str()
	m.SpanStart = s.num()
	m.SpanEnd = s.num()
	m.Text = s.str()
	m.EventID = s.str()
	if s.err != nil {
		if errors.Is(s.err, io.EOF) {
			return io.ErrUnexpectedEOF
		}
		return s.err
	}
	return nil
}

// spill is a temporary file of encoded mentions.
type spill struct {
	f *os.File
	w *bufio.Writer
	n int
}

func newSpill(dir string) (*spill, error) {
	f, err := os.CreateTemp(dir, ".mentions-*.spill")
	if err != nil {
		return nil, fmt.Errorf("spill: %w", err)
	}
	return &spill{f: f, w: bufio.NewWriterSize(f, 1<<20)}, nil
}

// write appends encoded mentions.
func (s *spill) write(b []byte, count int) error {
	s.n += count
	if _, err := s.w.Write(b); err != nil {
		return fmt.Errorf("spill: %w", err)
	}
	return nil
}

// reader flushes the file and returns a reader from its start.
func (s *spill) reader() (*spillReader, error) {
	if err := s.w.Flush(); err != nil {
		return nil, fmt.Errorf("spill: %w", err)
	}
	if _, err := s.f.Seek(0, io.SeekStart); err != nil {
		return nil, fmt.Errorf("spill: %w", err)
	}
	return &spillReader{r: bufio.NewReaderSize(s.f, 1<<20)}, nil
}

// remove closes and deletes the file; later calls do nothing.
func (s *spill) remove() {
	if s.f == nil {
		return
	}
	s.f.Close()
	os.Remove(s.f.Name())
	s.f = nil
}
