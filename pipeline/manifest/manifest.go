// Package manifest lists the documents of an input directory: the rows of its
// manifest.csv (id,file,title,publisher,author,published,published_basis) and
// the document files lying in the directory itself.
//
// Nothing is silently dropped: every manifest row and every file of the
// directory becomes an Entry, and an entry that cannot be used carries the
// reason in Err. Subdirectories are ignored (their files are not documents
// unless a manifest row names them), as are hidden files and manifest.csv.
package manifest

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"eventtimeline/pipeline/model"
)

// FileName is the name of the manifest file inside an input directory.
const FileName = "manifest.csv"

// Columns is the documented column order of manifest.csv. A file whose first
// line does not name the id and file columns is read in this order, and its
// first line is then a data row.
var Columns = []string{"id", "file", "title", "publisher", "author", "published", "published_basis"}

// Entry is one document of an input directory, or one manifest row that
// could not be used.
type Entry struct {
	ID, File, Title, Publisher, Author string
	// Published is the parsed publication date; Precision is
	// model.PrecUnknown when the manifest gives none.
	Published    model.Anchor
	PublishedRaw string // the published field as written
	Line         int    // manifest line of the row; 0 when no manifest row
	InManifest   bool   // a manifest row describes the entry
	Err          error  // non-nil: this entry is rejected; the reason
}

// Errors carried by rejected entries (wrapped with details; test with errors.Is).
var (
	ErrMalformed   = errors.New("malformed manifest line")
	ErrDuplicate   = errors.New("duplicate")
	ErrUnsafePath  = errors.New("path leaves the input directory")
	ErrMissingFile = errors.New("file not found")
	ErrBadDate     = errors.New("bad published date")
	ErrUnsupported = errors.New("unsupported file type")
	ErrNotRegular  = errors.New("not a regular file")
	ErrNoID        = errors.New("empty id")
)

// docExts are the document file extensions (compared in lower case).
var docExts = map[string]bool{".txt": true, ".text": true, ".html": true, ".htm": true}

// IsDocument reports whether name has a document extension
// (.txt, .text, .html, .htm, in any case).
func IsDocument(name string) bool { return docExts[strings.ToLower(filepath.Ext(name))] }

// SafePath reports whether a manifest file path stays inside the input
// directory: relative, no ".." element, no backslash, no NUL.
func SafePath(p string) bool {
	if p == "" || strings.ContainsAny(p, "\\\x00") || strings.HasPrefix(p, "/") {
		return false
	}
	if len(p) >= 2 && p[1] == ':' { // a Windows drive letter
		return false
	}
	return filepath.IsLocal(p) && path.Clean(p) != "."
}

// fileInfo is one file found in the directory listing.
type fileInfo struct {
	name string
	err  error // not a usable regular file: why
}

// Load reads the input directory dir. The error is only for a directory that
// cannot be read at all; every other problem is an entry's Err. Entries are
// sorted by ID (then manifest line, then file), so the order is deterministic.
func Load(dir string) ([]Entry, error) {
	des, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("manifest: read dir %s: %w", dir, err)
	}
	realDir, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return nil, fmt.Errorf("manifest: resolve dir %s: %w", dir, err)
	}
	var files []fileInfo
	var manifest []byte
	haveManifest := false
	for _, de := range des {
		name := de.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		if strings.EqualFold(name, FileName) {
			b, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				files = append(files, fileInfo{name: name, err: fmt.Errorf("read %s: %w", name, err)})
				continue
			}
			manifest, haveManifest = b, true
			continue
		}
		if de.IsDir() {
			continue
		}
		fi := fileInfo{name: name}
		// a regular file of the listing is inside the directory by
		// construction; only links and other kinds need resolving
		if !de.Type().IsRegular() {
			if err := checkFile(dir, realDir, name); err != nil {
				if errors.Is(err, errIsDir) {
					continue
				}
				fi.err = err
			}
		}
		files = append(files, fi)
	}
	// a row naming a file of the listing reuses its check
	checked := make(map[string]error, len(files))
	for _, f := range files {
		checked[f.name] = f.err
	}
	stat := func(rel string) error {
		if err, ok := checked[rel]; ok {
			return err
		}
		return checkFile(dir, realDir, rel)
	}
	return build(manifest, haveManifest, files, stat), nil
}

var errIsDir = errors.New("is a directory")

// checkFile checks that rel names a regular file inside dir, following
// symbolic links only when they stay inside the directory.
func checkFile(dir, realDir, rel string) error {
	p := filepath.Join(dir, filepath.FromSlash(rel))
	real, err := filepath.EvalSymlinks(p)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("%w: %s", ErrMissingFile, rel)
		}
		return fmt.Errorf("stat %s: %w", rel, err)
	}
	r, err := filepath.Rel(realDir, real)
	if err != nil || !filepath.IsLocal(r) {
		return fmt.Errorf("%w: %s resolves outside it", ErrUnsafePath, rel)
	}
	st, err := os.Stat(real)
	if err != nil {
		return fmt.Errorf("stat %s: %w", rel, err)
	}
	if st.IsDir() {
		return errIsDir
	}
	if !st.Mode().IsRegular() {
		return fmt.Errorf("%w: %s", ErrNotRegular, rel)
	}
	return nil
}

// build turns the manifest bytes and the directory listing into entries.
// stat checks a file named by a manifest row (relative, slash-separated).
func build(manifest []byte, haveManifest bool, files []fileInfo, stat func(rel string) error) []Entry {
	var entries []Entry
	firstLine := map[string]int{} // id -> line of its first row
	claimed := map[string]int{}   // cleaned file path -> line of the row that names it
	stems := map[string]string{}  // id -> file, for files without a row
	if haveManifest {
		for _, e := range parseManifest(manifest) {
			if errors.Is(e.Err, ErrMalformed) {
				entries = append(entries, e) // claims neither id nor file
				continue
			}
			if first, ok := firstLine[e.ID]; ok && e.ID != "" {
				e.Err = fmt.Errorf("%w id %s (first at line %d)", ErrDuplicate, e.ID, first)
				entries = append(entries, e)
				continue
			}
			if e.ID != "" {
				firstLine[e.ID] = e.Line
			}
			e.Err = checkRow(&e, stat)
			if SafePath(e.File) {
				key := path.Clean(e.File)
				if first, ok := claimed[key]; ok {
					if e.Err == nil {
						e.Err = fmt.Errorf("%w file %s (first at line %d)", ErrDuplicate, e.File, first)
					}
				} else {
					claimed[key] = e.Line
				}
			}
			entries = append(entries, e)
		}
	}
	for _, f := range files {
		if _, ok := claimed[f.name]; ok {
			continue
		}
		ext := filepath.Ext(f.name)
		e := Entry{ID: strings.TrimSuffix(f.name, ext), File: f.name, Err: f.err}
		if e.Err == nil && !IsDocument(f.name) {
			if ext == "" {
				e.Err = fmt.Errorf("%w (no extension): %s", ErrUnsupported, f.name)
			} else {
				e.Err = fmt.Errorf("%w %s: %s", ErrUnsupported, ext, f.name)
			}
		}
		if e.Err == nil {
			if line, ok := firstLine[e.ID]; ok {
				e.Err = fmt.Errorf("%w id %s: file %s has no manifest row, but line %d uses its id", ErrDuplicate, e.ID, f.name, line)
			} else if other, ok := stems[e.ID]; ok {
				e.Err = fmt.Errorf("%w id %s: files %s and %s", ErrDuplicate, e.ID, other, f.name)
			} else {
				stems[e.ID] = f.name
			}
		}
		entries = append(entries, e)
	}
	sort.SliceStable(entries, func(i, j int) bool {
		a, b := entries[i], entries[j]
		if a.ID != b.ID {
			return a.ID < b.ID
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.File < b.File
	})
	return entries
}

// checkRow validates a parsed row: id, path, file presence, date.
func checkRow(e *Entry, stat func(rel string) error) error {
	if e.ID == "" {
		return fmt.Errorf("line %d: %w", e.Line, ErrNoID)
	}
	if !SafePath(e.File) {
		return fmt.Errorf("line %d: %w: %q", e.Line, ErrUnsafePath, e.File)
	}
	if !IsDocument(e.File) {
		ext := path.Ext(e.File)
		if ext == "" {
			return fmt.Errorf("line %d: %w (no extension): %s", e.Line, ErrUnsupported, e.File)
		}
		return fmt.Errorf("line %d: %w %s: %s", e.Line, ErrUnsupported, ext, e.File)
	}
	if err := stat(e.File); err != nil {
		return fmt.Errorf("line %d: %w", e.Line, err)
	}
	if e.PublishedRaw != "" {
		v := e.PublishedRaw
		if len(v) > 10 && (v[10] == 'T' || v[10] == ' ') { // an ISO timestamp: keep the day
			v = v[:10]
		}
		a, err := model.ParseValue(v)
		if err != nil {
			return fmt.Errorf("line %d: %w %q: %v", e.Line, ErrBadDate, e.PublishedRaw, err)
		}
		e.Published = a
	}
	return nil
}

// parseManifest splits manifest.csv into rows, one line at a time, so that one
// malformed line never stops the others. Rows that cannot be parsed come back
// with Err set (wrapping ErrMalformed) and ID "manifest.csv:<line>".
func parseManifest(b []byte) []Entry {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	cols := map[string]int{}
	for i, c := range Columns {
		cols[c] = i
	}
	ncols := len(Columns)
	var out []Entry
	headerDone := false
	lineNo := 0
	for len(b) > 0 {
		lineNo++
		var line []byte
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			line, b = b[:i], b[i+1:]
		} else {
			line, b = b, nil
		}
		line = bytes.TrimSuffix(line, []byte("\r"))
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		fields, err := splitCSVLine(line)
		if !headerDone {
			headerDone = true
			if err == nil {
				if h, ok := headerColumns(fields); ok {
					cols, ncols = h, len(fields)
					continue
				}
			}
		}
		if err == nil && len(fields) != ncols {
			err = fmt.Errorf("%d fields, want %d", len(fields), ncols)
		}
		if err != nil {
			out = append(out, Entry{
				ID:         fmt.Sprintf("%s:%d", FileName, lineNo),
				Line:       lineNo,
				InManifest: true,
				Err:        fmt.Errorf("%w %d: %v: %q", ErrMalformed, lineNo, err, clip(line, 80)),
			})
			continue
		}
		get := func(name string) string {
			if i, ok := cols[name]; ok && i < len(fields) {
				return strings.TrimSpace(fields[i])
			}
			return ""
		}
		out = append(out, Entry{
			ID:           get("id"),
			File:         get("file"),
			Title:        get("title"),
			Publisher:    get("publisher"),
			Author:       get("author"),
			PublishedRaw: get("published"),
			Line:         lineNo,
			InManifest:   true,
		})
	}
	return out
}

// headerColumns recognises a header line: it must name the id and file
// columns. It returns the column index of each known name.
func headerColumns(fields []string) (map[string]int, bool) {
	cols := map[string]int{}
	for i, f := range fields {
		name := strings.ToLower(strings.TrimSpace(f))
		if _, dup := cols[name]; !dup {
			cols[name] = i
		}
	}
	_, okID := cols["id"]
	_, okFile := cols["file"]
	return cols, okID && okFile
}

// splitCSVLine splits one CSV line (RFC 4180 quoting, no embedded newlines).
func splitCSVLine(line []byte) ([]string, error) {
	var fields []string
	i := 0
	for {
		if i < len(line) && line[i] == '"' {
			var sb strings.Builder
			i++
			closed := false
			for i < len(line) {
				c := line[i]
				if c == '"' {
					if i+1 < len(line) && line[i+1] == '"' {
						sb.WriteByte('"')
						i += 2
						continue
					}
					i++
					closed = true
					break
				}
				sb.WriteByte(c)
				i++
			}
			if !closed {
				return nil, errors.New("unterminated quoted field")
			}
			fields = append(fields, sb.String())
			if i == len(line) {
				return fields, nil
			}
			if line[i] != ',' {
				return nil, fmt.Errorf("text after closing quote at column %d", i+1)
			}
			i++
			continue
		}
		j := bytes.IndexByte(line[i:], ',')
		var f []byte
		if j < 0 {
			f = line[i:]
		} else {
			f = line[i : i+j]
		}
		if k := bytes.IndexByte(f, '"'); k >= 0 {
			return nil, fmt.Errorf("quote inside unquoted field at column %d", i+k+1)
		}
		fields = append(fields, string(f))
		if j < 0 {
			return fields, nil
		}
		i += j + 1
	}
}

func clip(b []byte, n int) string {
	if len(b) > n {
		return string(b[:n]) + "..."
	}
	return string(b)
}
