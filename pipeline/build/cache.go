package build

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"

	"eventtimeline/pipeline/manifest"
	"eventtimeline/pipeline/model"
)

// cacheFormat changes whenever cachedDoc changes shape.
const cacheFormat = "timeline-cache-2"

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

type cachedDoc struct {
	Format, Encoding, Reason, PublishedSource string
	Published                                 model.Anchor
	NumSentences                              int
	Mentions                                  []model.Mention
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
	b, err := os.ReadFile(c.path(c.key(e, doc.SHA256)))
	if err != nil {
		return false
	}
	var cd cachedDoc
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&cd); err != nil {
		return false
	}
	doc.Format, doc.Encoding, doc.Reason, doc.PublishedSource = cd.Format, cd.Encoding, cd.Reason, cd.PublishedSource
	doc.Published = cd.Published
	doc.Sentences, doc.Timexes, doc.Mentions = nil, nil, cd.Mentions
	doc.NumSentences = cd.NumSentences
	doc.Status = model.StatusOK
	return true
}

var bufPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// Put stores a processed document (temp file + rename: a crash never leaves
// a torn entry).
func (c *Cache) Put(e manifest.Entry, doc *model.Document) error {
	cd := cachedDoc{
		Format: doc.Format, Encoding: doc.Encoding, Reason: doc.Reason, PublishedSource: doc.PublishedSource,
		Published: doc.Published, NumSentences: doc.SentenceCount(), Mentions: doc.Mentions,
	}
	buf := bufPool.Get().(*bytes.Buffer)
	buf.Reset()
	defer bufPool.Put(buf)
	if err := gob.NewEncoder(buf).Encode(&cd); err != nil {
		return fmt.Errorf("cache %s: %w", doc.ID, err)
	}
	p := c.path(c.key(e, doc.SHA256))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return fmt.Errorf("cache %s: %w", doc.ID, err)
	}
	f, err := os.CreateTemp(filepath.Dir(p), ".tmp-*")
	if err != nil {
		return fmt.Errorf("cache %s: %w", doc.ID, err)
	}
	if _, err := f.Write(buf.Bytes()); err != nil {
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
