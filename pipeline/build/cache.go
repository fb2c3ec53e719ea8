package build

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"eventtimeline/pipeline/manifest"
	"eventtimeline/pipeline/model"
)

// cacheFormat changes whenever the layout of a cache entry changes.
const cacheFormat = "timeline-cache-3"

// Cache stores the per-document output of the extractors (mentions, the
// sentence count and the metadata the stages derive; not the text), keyed by the document's
// content hash, its manifest metadata and the extractor version, so that a
// rebuild re-extracts only documents that changed.
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
// them, encoded by appendMention: exactly what the spill file needs, so a
// cached document's mentions are not encoded again.
func (c *Cache) get(e manifest.Entry, doc *model.Document) (enc []byte, ok bool) {
	data, err := os.ReadFile(c.path(c.key(e, doc.SHA256)))
	if err != nil {
		return nil, false
	}
	br := bytes.NewReader(data)
	rd := &spillReader{r: bufio.NewReaderSize(br, 64<<10)}
	offset := func() int { return len(data) - br.Len() - rd.r.Buffered() }
	if rd.str() != cacheFormat {
		return nil, false
	}
	format, encoding, reason, source := rd.str(), rd.str(), rd.str(), rd.str()
	var pub model.Anchor
	pub.Value = rd.str()
	pub.Begin, pub.Last, pub.Precision = model.Date(rd.num()), model.Date(rd.num()), model.Precision(rd.num())
	nSent, nMent := rd.num(), rd.num()
	if rd.err != nil || nMent < 0 || nMent > 1<<24 {
		return nil, false
	}
	start := offset()
	ms := make([]model.Mention, nMent)
	for i := range ms {
		if err := rd.next(&ms[i]); err != nil {
			return nil, false
		}
	}
	end := offset()
	if rd.str() != "end" || rd.err != nil {
		return nil, false
	}
	doc.Format, doc.Encoding, doc.Reason, doc.PublishedSource = format, encoding, reason, source
	doc.Published = pub
	doc.Sentences, doc.Timexes, doc.Mentions = nil, nil, ms
	doc.NumSentences = nSent
	doc.Status = model.StatusOK
	return data[start:end:end], true
}

// Put stores a processed document (temp file + rename: a crash never leaves
// a torn entry).
func (c *Cache) Put(e manifest.Entry, doc *model.Document) error {
	var b []byte
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
	p := c.path(c.key(e, doc.SHA256))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return fmt.Errorf("cache %s: %w", doc.ID, err)
	}
	f, err := os.CreateTemp(filepath.Dir(p), ".tmp-*")
	if err != nil {
		return fmt.Errorf("cache %s: %w", doc.ID, err)
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		os.Remove(f.Name())
		return fmt.Errorf("cache %s: %w", doc.ID, err)
	}
	if err := f.Close(); err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("cache %s: %w", doc.ID, err)
	}
	if err := os.Rename(f.Name(), p); err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("cache %s: %w", doc.ID, err)
	}
	return nil
}
