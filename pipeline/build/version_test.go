package build

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExtractorVersionMemo(t *testing.T) {
	dir := t.TempDir()
	v1 := extractorVersion(dir)
	if len(v1) != 16 {
		t.Fatalf("version %q: want 16 hex digits", v1)
	}
	b, err := os.ReadFile(filepath.Join(dir, versionFile))
	if err != nil {
		t.Fatalf("memo not written: %v", err)
	}
	if !strings.HasSuffix(string(b), "\t"+v1+"\n") {
		t.Fatalf("memo %q does not end with the version %s", b, v1)
	}
	// The memo is used when the identity matches...
	line := string(b)
	id := line[:strings.LastIndexByte(line, '\t')]
	if err := os.WriteFile(filepath.Join(dir, versionFile), []byte(id+"\tabcdefabcdefabcd\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if v := extractorVersion(dir); v != "abcdefabcdefabcd" {
		t.Errorf("memo with a matching identity not used: got %s", v)
	}
	// ...and ignored (the executable hashed again) when it does not.
	if err := os.WriteFile(filepath.Join(dir, versionFile), []byte(id+"x\tabcdefabcdefabcd\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if v := extractorVersion(dir); v != v1 {
		t.Errorf("memo of another file used: got %s, want %s", v, v1)
	}
	// A cache directory that does not exist yet is created for the memo.
	sub := filepath.Join(dir, "new", "cache")
	if v := extractorVersion(sub); v != v1 {
		t.Errorf("version in a new cache dir: got %s, want %s", v, v1)
	}
	if _, err := os.Stat(filepath.Join(sub, versionFile)); err != nil {
		t.Errorf("memo in a new cache dir: %v", err)
	}
}

func TestFileIdentityChanges(t *testing.T) {
	p := filepath.Join(t.TempDir(), "exe")
	if err := os.WriteFile(p, []byte("one"), 0o755); err != nil {
		t.Fatal(err)
	}
	st1, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	id1 := fileIdentity(p, st1)
	if id1 == "" {
		t.Skip("no file identity on this platform")
	}
	// Same size, mtime set back: the status-change time still differs.
	if err := os.WriteFile(p+".new", []byte("two"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(p+".new", st1.ModTime(), st1.ModTime()); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(p+".new", p); err != nil {
		t.Fatal(err)
	}
	st2, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	if id2 := fileIdentity(p, st2); id2 == id1 {
		t.Errorf("identity unchanged after the file was replaced: %s", id2)
	}
}
