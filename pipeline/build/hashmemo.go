package build

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"sync"
	"time"
)

// The hash memo, a file in the cache directory, remembers the SHA-256 of
// each input file together with the file's identity (size, modification
// and status-change times in nanoseconds, device, inode), so that a rebuild
// need not read and hash files that did not change: a file whose identity
// is the remembered one gets the remembered hash.
//
// Why that is safe: any write to a file, or replacing it, sets its
// status-change time (ctime) to the current time, and no program can set
// ctime back. The one gap is a change within the timestamp granularity of
// the moment the hash was taken (the file is read just after it was
// stat'ed and modified again in the same clock tick); so, like git's
// "racily clean" rule, a hash is only remembered for a file whose mtime and
// ctime were at least memoSettle older than the moment it was stat'ed.
// Whenever anything of the identity differs, or the platform does not
// provide it, the file is read and hashed. The memo only ever stands in for
// hashing: the hash still selects the cache entry, and a cache miss
// re-reads the file.
const (
	memoFile   = "file-hashes"
	memoFormat = "timeline-file-hashes-1"
	memoSettle = 2 * time.Second
)

// fileStat is the identity of a file (see fileStatOf).
type fileStat struct {
	size, mtime, ctime int64
	dev, ino           uint64
}

type memoEntry struct {
	st  fileStat
	sha string
}

// hashMemo is the memo of one build: what the last build left (old) and
// what this one will leave (cur). Safe for concurrent use.
type hashMemo struct {
	settle time.Duration // memoSettle; shorter in tests
	old    map[string]memoEntry
	mu     sync.Mutex
	cur    map[string]memoEntry
	dirty  bool // cur differs from old in some entry
}

// loadHashMemo reads the memo of the cache directory dir. A missing or
// damaged memo is an empty one.
func loadHashMemo(dir string) *hashMemo {
	m := newHashMemo()
	b, err := os.ReadFile(filepath.Join(dir, memoFile))
	if err != nil {
		return m
	}
	first, rest, ok := bytes.Cut(b, []byte("\n"))
	if !ok || string(first) != memoFormat {
		return m
	}
	for len(rest) > 0 {
		var line []byte
		line, rest, _ = bytes.Cut(rest, []byte("\n"))
		// sha size mtime ctime dev ino "path"
		f := bytes.SplitN(line, []byte(" "), 7)
		if len(f) != 7 || len(f[0]) != 64 {
			return newHashMemo()
		}
		var e memoEntry
		var errs [5]error
		e.sha = string(f[0])
		e.st.size, errs[0] = strconv.ParseInt(string(f[1]), 10, 64)
		e.st.mtime, errs[1] = strconv.ParseInt(string(f[2]), 10, 64)
		e.st.ctime, errs[2] = strconv.ParseInt(string(f[3]), 10, 64)
		e.st.dev, errs[3] = strconv.ParseUint(string(f[4]), 10, 64)
		e.st.ino, errs[4] = strconv.ParseUint(string(f[5]), 10, 64)
		path, err := strconv.Unquote(string(f[6]))
		for _, e := range errs {
			if e != nil {
				err = e
			}
		}
		if err != nil {
			return newHashMemo()
		}
		m.old[path] = e
	}
	return m
}

func newHashMemo() *hashMemo {
	return &hashMemo{settle: memoSettle, old: map[string]memoEntry{}, cur: map[string]memoEntry{}}
}

// lookup returns the remembered hash of the file at path (absolute) if its
// identity is st, and keeps the entry for the next build.
func (m *hashMemo) lookup(path string, st fileStat) (string, bool) {
	e, ok := m.old[path]
	if !ok || e.st != st {
		return "", false
	}
	m.mu.Lock()
	m.cur[path] = e
	m.mu.Unlock()
	return e.sha, true
}

// record remembers the hash of the file at path whose identity was st when
// it was stat'ed at statTime, if the file had settled by then.
func (m *hashMemo) record(path string, st fileStat, sha string, statTime time.Time) {
	limit := statTime.Add(-m.settle).UnixNano()
	if st.mtime >= limit || st.ctime >= limit {
		return
	}
	m.mu.Lock()
	m.cur[path] = memoEntry{st: st, sha: sha}
	if old, ok := m.old[path]; !ok || old.st != st || old.sha != sha {
		m.dirty = true
	}
	m.mu.Unlock()
}

// save writes the entries of this build to the memo of the cache directory
// dir (temp file + rename), unless they are what the memo already holds.
// Only a speed-up: failures are ignored.
func (m *hashMemo) save(dir string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.dirty && len(m.cur) == len(m.old) {
		return
	}
	paths := make([]string, 0, len(m.cur))
	for p := range m.cur {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	tmp, err := os.CreateTemp(dir, "."+memoFile+".tmp-*")
	if err != nil {
		return
	}
	w := bufio.NewWriterSize(tmp, 256<<10)
	fmt.Fprintln(w, memoFormat)
	for _, p := range paths {
		e := m.cur[p]
		fmt.Fprintf(w, "%s %d %d %d %d %d %s\n", e.sha, e.st.size, e.st.mtime, e.st.ctime, e.st.dev, e.st.ino, strconv.Quote(p))
	}
	werr := w.Flush()
	cerr := tmp.Close()
	if werr != nil || cerr != nil || os.Rename(tmp.Name(), filepath.Join(dir, memoFile)) != nil {
		os.Remove(tmp.Name())
	}
}
