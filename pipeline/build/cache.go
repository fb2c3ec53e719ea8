package build

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"eventtimeline/pipeline/emit"
	"eventtimeline/pipeline/manifest"
	"eventtimeline/pipeline/model"
)

// cacheFormat changes whenever the layout of a cache entry changes.
const cacheFormat = "timeline-cache-3"

// Cache stores the per-document output of the extractors (mentions, the
// sentence count and the metadata the stages derive; not the text), keyed by the document's
// content hash, its manifest metadata and the extractor version, so that a
// rebuild re-extracts only documents that changed.
//
// Entries live in two places. Every extracted document is written to a
// file of its own (dir/ab/abcd….gob) as soon as it is extracted, so work
// done by a build that fails half-way is not lost. And every build that
// gets through extraction leaves the entries of all its documents, in input
// order, in one pack file (see pack.go), which the next build reads
// sequentially instead of opening ten thousand small files. Both are keyed
// the same way; a hit in either is only taken after the whole entry
// decodes. The content hash that goes into the key is remembered per file
// identity (see hashmemo.go), so unchanged files are not even read.
type Cache struct {
	dir     string
	version string
}

// NewCache opens (creating it) a cache directory for extractor version v.
func NewCache(dir, version string) (*Cache, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("cache %s: %w", dir, err)
	}
	return &Cache{dir: dir, version: version}, nil
}

// key hashes everything that determines a document's extraction.
func (c *Cache) key(e manifest.Entry, rawSHA string) string {
	h := sha256.New()
	for _, s := range []string{cacheFormat, c.version, e.ID, e.File, e.Title, e.Publisher, e.Author, e.Published.Value, rawSHA} {
		io.WriteString(h, s)
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

func (c *Cache) path(key string) string { return filepath.Join(c.dir, key[:2], key+".gob") }

// Get fills doc from the cache and reports whether it was there. A cache
// file that cannot be decoded counts as a miss.
func (c *Cache) Get(e manifest.Entry, doc *model.Document) bool {
	_, ok := c.get(e, doc)
	return ok
}

// get is Get that also returns the document's mentions as the entry holds
// them, encoded by appendMention.
func (c *Cache) get(e manifest.Entry, doc *model.Document) (enc []byte, ok bool) {
	data, err := os.ReadFile(c.path(c.key(e, doc.SHA256)))
	if err != nil {
		return nil, false
	}
	var h entryHeader
	if !h.parse(data) {
		return nil, false
	}
	ms := make([]model.Mention, h.nMent)
	d := byteDecoder{b: h.mentions}
	for i := range ms {
		if decodeMention(&d, &ms[i]); d.bad {
			return nil, false
		}
	}
	if len(d.b) != 0 {
		return nil, false
	}
	h.fill(doc)
	doc.Mentions = ms
	return h.mentions, true
}

// readEntry returns the bytes of the entry file for key, nil when there is
// none.
func (c *Cache) readEntry(key string) []byte {
	data, err := os.ReadFile(c.path(key))
	if err != nil {
		return nil
	}
	return data
}

// Put stores a processed document (temp file + rename: a crash never leaves
// a torn entry).
func (c *Cache) Put(e manifest.Entry, doc *model.Document) error {
	return c.putEntry(c.key(e, doc.SHA256), doc.ID, encodeEntry(nil, doc))
}

// putEntry stores the encoded entry b under key.
func (c *Cache) putEntry(key, id string, b []byte) error {
	p := c.path(key)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return fmt.Errorf("cache %s: %w", id, err)
	}
	f, err := os.CreateTemp(filepath.Dir(p), ".tmp-*")
	if err != nil {
		return fmt.Errorf("cache %s: %w", id, err)
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		os.Remove(f.Name())
		return fmt.Errorf("cache %s: %w", id, err)
	}
	if err := f.Close(); err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("cache %s: %w", id, err)
	}
	if err := os.Rename(f.Name(), p); err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("cache %s: %w", id, err)
	}
	return nil
}

// encodeEntry appends the cache entry of a processed document to b: the
// metadata the stages derive, the sentence count, the mentions (encoded by
// appendMention) and an end marker.
func encodeEntry(b []byte, doc *model.Document) []byte {
	str := func(s string) {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	num := func(v int) { b = binary.AppendVarint(b, int64(v)) }
	str(cacheFormat)
	str(doc.Format)
	str(doc.Encoding)
	str(doc.Reason)
	str(doc.PublishedSource)
	str(doc.Published.Value)
	num(int(doc.Published.Begin))
	num(int(doc.Published.Last))
	num(int(doc.Published.Precision))
	num(doc.SentenceCount())
	num(len(doc.Mentions))
	for i := range doc.Mentions {
		b = appendMention(b, &doc.Mentions[i])
	}
	str("end")
	return b
}

// entryHeader is the decoded head of a cache entry; mentions holds the
// encoded mentions that follow it (nMent of them, not yet checked).
type entryHeader struct {
	format, encoding, reason, source string
	pub                              model.Anchor
	nSent, nMent                     int
	mentions                         []byte
}

// parse decodes the head of the entry data and checks its framing: the
// format, and the end marker right at the end of data. The mentions in
// between are only checked by whoever decodes them.
func (h *entryHeader) parse(data []byte) bool {
	const end = "\x03end"
	if !bytes.HasSuffix(data, []byte(end)) {
		return false
	}
	d := byteDecoder{b: data[:len(data)-len(end)]}
	if string(d.bytes()) != cacheFormat {
		return false
	}
	h.format, h.encoding, h.reason, h.source = d.str(), d.str(), d.str(), d.str()
	h.pub.Value = d.str()
	h.pub.Begin, h.pub.Last, h.pub.Precision = model.Date(d.num()), model.Date(d.num()), model.Precision(d.num())
	h.nSent, h.nMent = d.num(), d.num()
	if d.bad || h.nMent < 0 || h.nMent > 1<<24 || h.nMent > len(d.b) {
		return false
	}
	h.mentions = d.b[:len(d.b):len(d.b)]
	return true
}

// fill sets the fields of doc that a cache hit provides.
func (h *entryHeader) fill(doc *model.Document) {
	doc.Format, doc.Encoding, doc.Reason, doc.PublishedSource = h.format, h.encoding, h.reason, h.source
	doc.Published = h.pub
	doc.Sentences, doc.Timexes, doc.Mentions = nil, nil, nil
	doc.NumSentences, doc.NumMentions = h.nSent, h.nMent
	doc.Status = model.StatusOK
}

// decodeHit decodes a cache entry for a cache hit: it fills doc's metadata
// and appends slim copies of the asserted mentions (everything but the
// sentence text and the trigger, which the merge does not need) to slim.
// Strings are interned through in, so the many mentions that share a type,
// an actor or a country share one copy. Nothing is changed when the entry
// does not decode completely.
func decodeHit(data []byte, doc *model.Document, slim []model.Mention, in *interner) ([]model.Mention, bool) {
	var h entryHeader
	if !h.parse(data) {
		return slim, false
	}
	n0 := len(slim)
	d := byteDecoder{b: h.mentions}
	for range h.nMent {
		id := d.bytes()
		docID := d.bytes()
		sent := d.num()
		typ, sub, fact := d.bytes(), d.bytes(), d.bytes()
		if d.bad {
			return slim[:n0], false
		}
		if string(fact) != model.FactAsserted {
			d.skipMention()
			continue
		}
		slim = append(slim, model.Mention{})
		m := &slim[len(slim)-1]
		m.ID = string(id)
		if string(docID) == doc.ID {
			m.DocID = doc.ID
		} else {
			m.DocID = in.str(docID)
		}
		m.Sentence = sent
		m.Type, m.Subtype, m.Factuality = in.str(typ), in.str(sub), model.FactAsserted
		d.bytes() // trigger
		m.TriggerStart, m.TriggerEnd = d.num(), d.num()
		t := &m.Time
		t.Sentence, t.Start, t.End = d.num(), d.num(), d.num()
		t.Text = in.str(d.bytes())
		t.Value = in.str(d.bytes())
		t.Begin, t.Last, t.Precision = model.Date(d.num()), model.Date(d.num()), model.Precision(d.num())
		t.Qualifier = in.str(d.bytes())
		flags := d.num()
		t.Relative, t.Citation = flags&1 != 0, flags&2 != 0
		na := d.num()
		if na < 0 || na > len(d.b) {
			return slim[:n0], false
		}
		if na > 0 {
			m.Actors = make([]string, na)
			for i := range m.Actors {
				m.Actors[i] = in.str(d.bytes())
			}
		}
		m.Place = in.str(d.bytes())
		m.Country = in.str(d.bytes())
		m.SpanStart, m.SpanEnd = d.num(), d.num()
		d.bytes() // sentence text
		m.EventID = string(d.bytes())
		if d.bad {
			return slim[:n0], false
		}
	}
	if d.bad || len(d.b) != 0 {
		return slim[:n0], false
	}
	h.fill(doc)
	return slim, true
}

// decodeRow decodes the next mention of d (as appendMention encoded it)
// into r, whose slices then point into d's bytes. Check d.bad after it.
func decodeRow(d *byteDecoder, r *emit.MentionRow) {
	r.ID = d.bytes()
	r.DocID = d.bytes()
	r.Sentence = d.num()
	r.Type, r.Subtype, r.Factuality = d.bytes(), d.bytes(), d.bytes()
	r.Trigger = d.bytes()
	d.num() // trigger start
	d.num() // trigger end
	d.num() // time sentence
	d.num() // time start
	d.num() // time end
	r.TimeText = d.bytes()
	r.TimeValue = d.bytes()
	r.Begin, r.Last, r.Precision = model.Date(d.num()), model.Date(d.num()), model.Precision(d.num())
	r.Qualifier = d.bytes()
	d.num() // flags
	na := d.num()
	if na < 0 || na > len(d.b) {
		d.bad, d.b = true, nil
		return
	}
	r.Actors = r.Actors[:0]
	for range na {
		r.Actors = append(r.Actors, d.bytes())
	}
	r.Place = d.bytes()
	r.Country = d.bytes()
	r.SpanStart, r.SpanEnd = d.num(), d.num()
	r.Text = d.bytes()
	r.EventID = ""
	if ev := d.bytes(); len(ev) > 0 {
		r.EventID = string(ev)
	}
}

// byteDecoder reads the encoding of appendMention and encodeEntry from a
// byte slice; after any error bad is set and every read returns zero.
type byteDecoder struct {
	b   []byte
	bad bool
}

func (d *byteDecoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.bad, d.b = true, nil
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *byteDecoder) num() int {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.bad, d.b = true, nil
		return 0
	}
	d.b = d.b[n:]
	return int(v)
}

// bytes returns a length-prefixed string without copying it.
func (d *byteDecoder) bytes() []byte {
	n := d.uvarint()
	if n > uint64(len(d.b)) {
		d.bad, d.b = true, nil
		return nil
	}
	s := d.b[:n:n]
	d.b = d.b[n:]
	return s
}

func (d *byteDecoder) str() string { return string(d.bytes()) }

// skipMention skips the rest of a mention after its factuality.
func (d *byteDecoder) skipMention() {
	d.bytes()     // trigger
	d.num()       // trigger start
	d.num()       // trigger end
	d.num()       // time sentence
	d.num()       // time start
	d.num()       // time end
	d.bytes()     // time text
	d.bytes()     // time value
	d.num()       // begin
	d.num()       // last
	d.num()       // precision
	d.bytes()     // qualifier
	d.num()       // flags
	na := d.num() // actors
	if na < 0 || na > len(d.b) {
		d.bad, d.b = true, nil
		return
	}
	for range na {
		d.bytes()
	}
	d.bytes() // place
	d.bytes() // country
	d.num()   // span start
	d.num()   // span end
	d.bytes() // sentence text
	d.bytes() // event id
}

// interner shares the strings that repeat across mentions (types, actors,
// places, time expressions). It belongs to one goroutine. It stops adding
// strings once it holds maxInterned, so its memory is bounded whatever the
// input.
type interner struct {
	m map[string]string
}

const (
	maxInterned    = 1 << 14
	maxInternedLen = 64
)

// str returns b as a string, shared with earlier equal strings where it can.
func (in *interner) str(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	if len(b) > maxInternedLen {
		return string(b)
	}
	if s, ok := in.m[string(b)]; ok { // no allocation for the lookup
		return s
	}
	s := string(b)
	if in.m == nil {
		in.m = make(map[string]string)
	}
	if len(in.m) < maxInterned {
		in.m[s] = s
	}
	return s
}
