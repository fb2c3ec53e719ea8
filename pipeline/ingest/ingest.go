// Package ingest turns the files of an input directory into model.Documents:
// it decodes the bytes (UTF-8, UTF-8 with BOM, UTF-16 with BOM, Windows-1252
// as a fallback), normalises line ends, extracts the text of HTML files,
// repairs text extracted from PDFs (hard-wrapped lines, hyphenation, page
// headers and numbers, footnote references), and finds a publication
// dateline when the manifest gives no date.
//
// Document.Map maps every offset of the cleaned Text back to the original
// bytes exactly: text copied from the input maps to the bytes it came from,
// a decoded character or entity maps to the whole raw sequence, and the few
// bytes cleaning writes itself (a space for a line break, "\n\n" between
// paragraphs) map to the raw line break they replace.
package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"

	"eventtimeline/pipeline/manifest"
	"eventtimeline/pipeline/model"
)

// Formats reported in Document.Format.
const (
	FormatText    = "text"
	FormatPDFText = "pdf-text"
	FormatHTML    = "html"
)

// Sources of Document.PublishedSource.
const (
	SourceManifest = "manifest"
	SourceDateline = "dateline"
	SourceUnknown  = "unknown"
)

// MaxSize is the largest file Read accepts (offsets are int32; decoding may
// triple the size).
const MaxSize = 512 << 20

// Sentinel errors; the errors returned by Read and FromBytes wrap them.
var (
	ErrEmpty    = errors.New("empty document")                  // no bytes, or only whitespace or markup
	ErrBinary   = errors.New("binary file")                     // NUL bytes, a PDF file
	ErrDecode   = errors.New("cannot decode text")              // reserved: invalid UTF-8 falls back to Windows-1252 today
	ErrTooLarge = errors.New("file too large")                  // over MaxSize
	ErrUnsafe   = errors.New("path leaves the input directory") // never opened
	ErrRead     = errors.New("cannot read file")                // missing, unreadable
	ErrRejected = errors.New("rejected by the manifest")        // the entry carried an Err
)

func errorf(sentinel error, format string, args ...any) error {
	return fmt.Errorf("%w: %s", sentinel, fmt.Sprintf(format, args...))
}

// Read reads the file of entry e from directory dir. It always returns a
// non-nil document with the entry's ID, Path and metadata; on failure the
// document has Status model.StatusRejected and Reason set, and the error
// ("ingest <id>: ...") wraps one of the package's sentinel errors. An entry
// that the manifest already rejected (e.Err != nil) is not opened.
func Read(dir string, e manifest.Entry) (*model.Document, error) {
	doc := newDoc(e.ID, e.File, e.Published)
	doc.Title, doc.Publisher, doc.Author = e.Title, e.Publisher, e.Author
	if e.Err != nil {
		return reject(doc, fmt.Errorf("%w: %w", ErrRejected, e.Err))
	}
	if !manifest.SafePath(e.File) {
		return reject(doc, errorf(ErrUnsafe, "%q", e.File))
	}
	p := filepath.Join(dir, filepath.FromSlash(e.File))
	st, err := os.Stat(p)
	if err != nil {
		return reject(doc, fmt.Errorf("%w: %w", ErrRead, err))
	}
	if st.Size() > MaxSize {
		return reject(doc, errorf(ErrTooLarge, "%d bytes", st.Size()))
	}
	raw, err := os.ReadFile(p)
	if err != nil {
		return reject(doc, fmt.Errorf("%w: %w", ErrRead, err))
	}
	if err := fill(doc, raw, e.File); err != nil {
		return reject(doc, err)
	}
	return doc, nil
}

// FromBytes builds a document from raw bytes in memory, like Read: name's
// extension chooses HTML (.html, .htm) or text, published is the known
// publication date (zero when unknown: a dateline is then looked for).
func FromBytes(id string, raw []byte, name string, published model.Anchor) (*model.Document, error) {
	doc := newDoc(id, name, published)
	if len(raw) > MaxSize {
		return reject(doc, errorf(ErrTooLarge, "%d bytes", len(raw)))
	}
	if err := fill(doc, raw, name); err != nil {
		return reject(doc, err)
	}
	return doc, nil
}

func newDoc(id, file string, published model.Anchor) *model.Document {
	doc := &model.Document{ID: id, Path: path.Clean(filepath.ToSlash(file)), Status: model.StatusOK}
	if file == "" {
		doc.Path = ""
	}
	if published.Known() {
		doc.Published, doc.PublishedSource = published, SourceManifest
	} else {
		doc.PublishedSource = SourceUnknown
	}
	return doc
}

func reject(doc *model.Document, err error) (*model.Document, error) {
	doc.Status = model.StatusRejected
	doc.Reason = err.Error()
	return doc, fmt.Errorf("ingest %s: %w", doc.ID, err)
}

// fill decodes and cleans raw into doc.
func fill(doc *model.Document, raw []byte, name string) error {
	doc.Raw = raw
	sum := sha256.Sum256(raw)
	doc.SHA256 = hex.EncodeToString(sum[:])
	if len(raw) == 0 {
		return errorf(ErrEmpty, "0 bytes")
	}
	d, err := decode(raw)
	if err != nil {
		return err
	}
	doc.Encoding = d.encoding
	var notes []string
	if d.note != "" {
		notes = append(notes, d.note)
	}
	text, m := d.text, d.m
	ext := strings.ToLower(path.Ext(filepath.ToSlash(name)))
	switch {
	case ext == ".html" || ext == ".htm":
		doc.Format = FormatHTML
		t, hm := extractHTML(text)
		text, m = t, model.Compose(hm, m, len(t))
	default:
		doc.Format = FormatText
		if r, ok := repairWrapped(text); ok {
			text, m = r.text, model.Compose(r.m, m, len(r.text))
			if r.pdf {
				doc.Format = FormatPDFText
			}
			notes = append(notes, r.notes...)
		}
	}
	doc.Text, doc.Map = text, m
	doc.Reason = strings.Join(notes, "; ")
	if blank(text) {
		if doc.Format == FormatHTML {
			return errorf(ErrEmpty, "no text outside markup")
		}
		return errorf(ErrEmpty, "only whitespace")
	}
	if !doc.Published.Known() {
		if a, ok := Dateline(text); ok {
			doc.Published, doc.PublishedSource = a, SourceDateline
		}
	}
	return nil
}

// blank reports whether s holds only whitespace (including no-break spaces
// and byte-order marks).
func blank(s string) bool {
	for _, r := range s {
		switch r {
		case ' ', '\t', '\n', '\r', '\f', '\v', 0xA0, 0xFEFF, 0x2028, 0x2029, 0x200B:
		default:
			return false
		}
	}
	return true
}
