package build

import (
	"bufio"
	"encoding/binary"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// The pack file of a cache directory is the spill file of the last
// successful build that used the cache (see spill.go): the cache entries of
// all its accepted documents, in input order, each with its document id,
// cache key and checksum. A rebuild reads it in one sequential pass beside
// the manifest (both are sorted by document id) instead of opening one
// entry file per document; an entry is used only when its key is the key
// the document has now and its checksum and structure are intact, so a
// stale, damaged or foreign pack only costs speed. The pack is replaced by
// rename, so a build reading the old one (through its open file) is never
// disturbed by a build that publishes a new one.

const (
	packFile       = "pack"
	packTempPrefix = ".pack.tmp-"
	// maxPackEntry bounds the entry size the pack reader accepts.
	maxPackEntry = 1 << 30
	// maxSameID bounds the entries kept for one document id (a manifest may
	// list an id more than once).
	maxSameID = 16
)

// packRecord is one document's record in a pack file.
type packRecord struct {
	id, key string
	entry   []byte
}

// packReader walks a pack file forward, in step with the manifest.
type packReader struct {
	f      *os.File
	r      *bufio.Reader
	peek   *packRecord // next record not yet handed out; nil at the end
	lastID string
	last   []*packRecord
}

// openPack opens the pack file of the cache directory dir; it returns nil
// when there is none or it is not a pack file.
func openPack(dir string) *packReader {
	f, err := os.Open(filepath.Join(dir, packFile))
	if err != nil {
		return nil
	}
	p := &packReader{f: f, r: bufio.NewReaderSize(f, 1<<20)}
	magic := make([]byte, len(spillMagic))
	if _, err := io.ReadFull(p.r, magic); err != nil || string(magic) != spillMagic {
		f.Close()
		return nil
	}
	p.peek = p.read()
	return p
}

// read reads the next record; nil at the end of the file or at the first
// damage (the rest of the pack is then ignored).
func (p *packReader) read() *packRecord {
	id, ok1 := p.str()
	key, ok2 := p.str()
	n, err := binary.ReadUvarint(p.r)
	if !ok1 || !ok2 || err != nil || n > maxPackEntry {
		return nil
	}
	var sum [4]byte
	if _, err := io.ReadFull(p.r, sum[:]); err != nil {
		return nil
	}
	entry := make([]byte, n)
	if _, err := io.ReadFull(p.r, entry); err != nil {
		return nil
	}
	if crc32.Checksum(entry, crcTable) != binary.LittleEndian.Uint32(sum[:]) {
		return nil
	}
	return &packRecord{id: id, key: key, entry: entry}
}

func (p *packReader) str() (string, bool) {
	n, err := binary.ReadUvarint(p.r)
	if err != nil || n > 1<<20 {
		return "", false
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(p.r, b); err != nil {
		return "", false
	}
	return string(b), true
}

// candidates returns the pack's records for document id. Ids must be asked
// for in non-decreasing order (the manifest's order); records of smaller
// ids are skipped for good. Several calls with the same id (a duplicate id
// in the manifest) get the same records.
func (p *packReader) candidates(id string) []*packRecord {
	if p == nil {
		return nil
	}
	if id == p.lastID && p.last != nil {
		return p.last
	}
	for p.peek != nil && p.peek.id < id {
		p.peek = p.read()
	}
	var c []*packRecord
	for p.peek != nil && p.peek.id == id {
		if len(c) < maxSameID {
			c = append(c, p.peek)
		}
		p.peek = p.read()
	}
	p.lastID, p.last = id, c
	return c
}

// close releases the file.
func (p *packReader) close() {
	if p != nil && p.f != nil {
		p.f.Close()
		p.f = nil
	}
}

// packTempPattern names the spill file a build writes in the cache
// directory; the pid lets removeStalePacks tell a live build's file from a
// killed one's.
func packTempPattern() string { return packTempPrefix + strconv.Itoa(os.Getpid()) + "-*" }

// removeStalePacks deletes pack files that killed builds left half-written
// in the cache directory. Several builds (of different output directories)
// may share a cache, so only files whose process is gone are removed.
func removeStalePacks(dir string) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range ents {
		rest, ok := strings.CutPrefix(e.Name(), packTempPrefix)
		if !ok || !e.Type().IsRegular() {
			continue
		}
		if i := strings.IndexByte(rest, '-'); i >= 0 {
			rest = rest[:i]
		}
		if pid, err := strconv.Atoi(rest); err == nil && pidAlive(pid) {
			continue
		}
		os.Remove(filepath.Join(dir, e.Name()))
	}
}
