package build

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/apache/arrow/go/v17/arrow/array"
	"github.com/apache/arrow/go/v17/arrow/memory"

	"eventtimeline/pipeline/manifest"
	"eventtimeline/pipeline/model"
)

// writePack writes a pack file into dir with one record per id (key "k"+i).
func writePack(t *testing.T, dir string, ids ...string) {
	t.Helper()
	sp, err := newSpill(dir, packTempPattern())
	if err != nil {
		t.Fatal(err)
	}
	defer sp.remove()
	for i, id := range ids {
		d := &model.Document{ID: id, Format: "text", Mentions: []model.Mention{{ID: id + ":0", DocID: id, Type: model.TypeTalks,
			Factuality: model.FactAsserted, Text: strings.Repeat("Talks went on. ", i+1)}}}
		if err := sp.writeDoc(id, "k"+string(rune('0'+i)), encodeEntry(nil, d), 1); err != nil {
			t.Fatal(err)
		}
	}
	if err := sp.keep(filepath.Join(dir, packFile)); err != nil {
		t.Fatal(err)
	}
}

func keys(rs []*packRecord) string {
	var ks []string
	for _, r := range rs {
		ks = append(ks, r.id+"="+r.key)
	}
	return strings.Join(ks, ",")
}

func TestPackCandidates(t *testing.T) {
	dir := t.TempDir()
	writePack(t, dir, "a", "b", "b", "d", "f")
	p := openPack(dir)
	if p == nil {
		t.Fatal("pack just written does not open")
	}
	defer p.close()
	for _, c := range []struct{ id, want string }{
		{"a", "a=k0"},
		{"b", "b=k1,b=k2"},
		{"b", "b=k1,b=k2"}, // a duplicate id in the manifest gets the same records
		{"c", ""},
		{"e", ""}, // d is skipped for good
		{"f", "f=k4"},
		{"g", ""},
	} {
		if got := keys(p.candidates(c.id)); got != c.want {
			t.Errorf("candidates(%s) = %q, want %q", c.id, got, c.want)
		}
	}
	// Only the build's own spill was in the directory, and it is now the pack.
	ents, _ := os.ReadDir(dir)
	if len(ents) != 1 || ents[0].Name() != packFile {
		t.Errorf("cache dir holds %v", ents)
	}
}

func TestPackDamageEndsIt(t *testing.T) {
	dir := t.TempDir()
	writePack(t, dir, "a", "b", "c")
	p := filepath.Join(dir, packFile)
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	// Flip one byte of b's sentence text: its checksum no longer matches.
	i := strings.Index(string(b), "Talks went on. Talks")
	b[i+3] ^= 1
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	pr := openPack(dir)
	defer pr.close()
	if got := keys(pr.candidates("a")); got != "a=k0" {
		t.Errorf("record before the damage: %q", got)
	}
	if got := keys(pr.candidates("b")) + keys(pr.candidates("c")); got != "" {
		t.Errorf("records at and after the damage: %q, want none", got)
	}
	// Not a pack at all.
	if err := os.WriteFile(p, []byte("garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	if openPack(dir) != nil {
		t.Error("garbage opened as a pack")
	}
}

func TestStalePackTempsRemoved(t *testing.T) {
	dir := t.TempDir()
	dead := filepath.Join(dir, packTempPrefix+"999999999-1")
	mine := filepath.Join(dir, packTempPrefix+"1-2") // pid 1 is alive
	for _, p := range []string{dead, mine} {
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	removeStalePacks(dir)
	if _, err := os.Stat(dead); !os.IsNotExist(err) {
		t.Error("pack file of a dead process not removed")
	}
	if _, err := os.Stat(mine); err != nil {
		t.Error("pack file of a live process removed")
	}
}

// TestRebuildFromPack checks that a rebuild takes every document from the
// pack file alone, that a damaged pack costs only speed, and that the
// outputs never change.
func TestRebuildFromPack(t *testing.T) {
	tmp := t.TempDir()
	cache := filepath.Join(tmp, "cache")
	a := filepath.Join(tmp, "a")
	first := buildInto(t, seedDir, a, func(c *Config) { c.CacheDir = cache })
	removeEntries := func() {
		ents, _ := os.ReadDir(cache)
		for _, e := range ents {
			if e.IsDir() {
				os.RemoveAll(filepath.Join(cache, e.Name()))
			}
		}
	}
	removeEntries()
	b := filepath.Join(tmp, "b")
	res := buildInto(t, seedDir, b, func(c *Config) { c.CacheDir = cache })
	if res.Reused != first.Documents {
		t.Errorf("rebuild from the pack alone reused %d of %d documents", res.Reused, first.Documents)
	}
	// Cut the end off the pack: the documents before the cut still come
	// from it, the last one is extracted again.
	removeEntries()
	p := filepath.Join(cache, packFile)
	pb, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, pb[:len(pb)-10], 0o644); err != nil {
		t.Fatal(err)
	}
	c := filepath.Join(tmp, "c")
	res = buildInto(t, seedDir, c, func(c *Config) { c.CacheDir = cache })
	if res.Reused != first.Documents-1 {
		t.Errorf("rebuild from a truncated pack reused %d of %d documents", res.Reused, first.Documents)
	}
	fa := fileBytes(t, a)
	for _, dir := range []string{b, c} {
		for f, want := range fileBytes(t, dir) {
			if string(want) != string(fa[f]) {
				t.Errorf("%s: %s differs from the first build", dir, f)
			}
		}
	}
	ents, _ := os.ReadDir(cache)
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), packTempPrefix) {
			t.Errorf("build left %s in the cache", e.Name())
		}
	}
}

func shaOf(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// TestContentHashMemo checks the hash memo: a file whose identity is
// unchanged gets the remembered hash without being read, and any change of
// content is seen, even one that keeps the size and puts the modification
// time back.
func TestContentHashMemo(t *testing.T) {
	in, cache := t.TempDir(), t.TempDir()
	p := filepath.Join(in, "a.txt")
	if err := os.WriteFile(p, []byte("The army left the town on Monday."), 0o644); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(p); fi == nil {
		t.Fatal("no file")
	} else if _, ok := fileStatOf(fi); !ok {
		t.Skip("no file identity on this platform")
	}
	e := manifest.Entry{ID: "a", File: "a.txt"}
	hash := func(settle time.Duration) string {
		t.Helper()
		m := loadHashMemo(cache)
		m.settle = settle
		x := &extractor{dir: in, abs: in, memo: m}
		sha, _, ok := x.contentHash(e)
		if !ok {
			t.Fatal("contentHash failed")
		}
		m.save(cache)
		return sha
	}
	// A file written just now is hashed but not remembered.
	want := shaOf([]byte("The army left the town on Monday."))
	if got := hash(memoSettle); got != want {
		t.Fatalf("hash %s, want %s", got, want)
	}
	if m := loadHashMemo(cache); len(m.old) != 0 {
		t.Errorf("memo remembers a file modified just now: %v", m.old)
	}
	// Settled, it is remembered; a remembered hash is used as it is (here a
	// forged one proves that the file was not read).
	hash(0)
	memo := filepath.Join(cache, memoFile)
	b, err := os.ReadFile(memo)
	if err != nil || !strings.Contains(string(b), want) {
		t.Fatalf("memo %q (%v) lacks the hash", b, err)
	}
	forged := strings.Repeat("f", 64)
	if err := os.WriteFile(memo, []byte(strings.Replace(string(b), want, forged, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := hash(0); got != forged {
		t.Errorf("remembered hash not used: got %s", got)
	}
	// Same size, same modification time, other content: the status-change
	// time differs, so the file is hashed again.
	fi, _ := os.Stat(p)
	if err := os.WriteFile(p, []byte("The army left the town on Friday."), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(p, fi.ModTime(), fi.ModTime()); err != nil {
		t.Fatal(err)
	}
	if got := hash(0); got != shaOf([]byte("The army left the town on Friday.")) {
		t.Errorf("changed file got hash %s (forged %v)", got, got == forged)
	}
	// A damaged memo is an empty one.
	if err := os.WriteFile(memo, []byte(memoFormat+"\nnot a line\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if m := loadHashMemo(cache); len(m.old) != 0 {
		t.Errorf("damaged memo gave %v", m.old)
	}
}

func TestRecordQueue(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	schema := arrow.NewSchema([]arrow.Field{{Name: "n", Type: arrow.PrimitiveTypes.Int64}}, nil)
	rec := func(v int64) arrow.Record {
		b := array.NewRecordBuilder(mem, schema)
		defer b.Release()
		b.Field(0).(*array.Int64Builder).Append(v)
		return b.NewRecord()
	}
	q := newRecordQueue(schema, 1)
	done := make(chan []int64)
	go func() {
		var got []int64
		for q.Next() {
			got = append(got, q.Record().Column(0).(*array.Int64).Value(0))
		}
		done <- got
	}()
	for i := range 5 {
		if err := q.push(rec(int64(i))); err != nil {
			t.Fatal(err)
		}
	}
	q.close(nil)
	if got := <-done; len(got) != 5 || got[0] != 0 || got[4] != 4 {
		t.Errorf("consumer got %v, want 0..4 in order", got)
	}
	if q.Err() != nil {
		t.Errorf("Err = %v after a clean close", q.Err())
	}
	q.abandon()

	// A consumer that stops: the producer is not blocked, records are
	// released.
	q = newRecordQueue(schema, 1)
	if err := q.push(rec(1)); err != nil {
		t.Fatal(err)
	}
	q.abandon()
	if err := q.push(rec(2)); err != errQueueAbandoned {
		t.Errorf("push after abandon: %v", err)
	}
	q.close(nil)
}
