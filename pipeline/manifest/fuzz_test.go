package manifest

import (
	"testing"
)

// FuzzManifest feeds arbitrary manifest.csv content through the row logic:
// no panic, and no accepted entry names a file outside the directory.
func FuzzManifest(f *testing.F) {
	f.Add([]byte(header + "a,a.txt,T,,,2021-12-10,\n"))
	f.Add([]byte(header + "p,../../etc/passwd,T,,,,\n"))
	f.Add([]byte("x,\"y\nz\",,\"\n"))
	files := []fileInfo{{name: "a.txt"}, {name: "b.html"}, {name: "c.pdf"}}
	exists := map[string]bool{"a.txt": true, "b.html": true, "c.pdf": true, "sub/d.txt": true}
	stat := func(rel string) error {
		if !SafePath(rel) {
			panic("stat called with an unsafe path: " + rel)
		}
		if !exists[rel] {
			return ErrMissingFile
		}
		return nil
	}
	f.Fuzz(func(t *testing.T, csv []byte) {
		entries := build(csv, true, files, stat)
		for i, e := range entries {
			if e.Err == nil && !SafePath(e.File) {
				t.Fatalf("accepted entry %q names unsafe file %q", e.ID, e.File)
			}
			if i > 0 && entries[i-1].ID > e.ID {
				t.Fatalf("entries not sorted: %q before %q", entries[i-1].ID, e.ID)
			}
		}
	})
}
