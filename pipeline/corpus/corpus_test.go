package corpus

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"eventtimeline/pipeline/manifest"
)

func generate(t *testing.T, o Options) (string, Stats) {
	t.Helper()
	o.Seeds = "../../seeds"
	o.Out = filepath.Join(t.TempDir(), "c")
	st, err := Generate(o)
	if err != nil {
		t.Fatal(err)
	}
	return o.Out, st
}

func TestGenerateIsDeterministicAndSized(t *testing.T) {
	a, sa := generate(t, Options{Bytes: 300_000, Seed: 3})
	b, sb := generate(t, Options{Bytes: 300_000, Seed: 3})
	if sa != sb {
		t.Fatalf("stats differ: %+v vs %+v", sa, sb)
	}
	if sa.Bytes < 300_000 || sa.Bytes > 300_000+12_000+5_000 {
		t.Errorf("wrote %d bytes for a 300 kB request", sa.Bytes)
	}
	for _, f := range []string{"manifest.csv", "gen_0000000.txt", "gen_0000005.txt"} {
		x, err1 := os.ReadFile(filepath.Join(a, f))
		y, err2 := os.ReadFile(filepath.Join(b, f))
		if err1 != nil || err2 != nil || !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs with the same seed (%v %v)", f, err1, err2)
		}
	}
	c, _ := generate(t, Options{Bytes: 300_000, Seed: 4})
	x, _ := os.ReadFile(filepath.Join(a, "gen_0000000.txt"))
	y, _ := os.ReadFile(filepath.Join(c, "gen_0000000.txt"))
	if bytes.Equal(x, y) {
		t.Error("another seed gave the same first document")
	}
}

func TestGeneratedManifestLoads(t *testing.T) {
	dir, st := generate(t, Options{Docs: 25, Seed: 1})
	entries, err := manifest.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != st.Docs || st.Docs != 25 {
		t.Fatalf("manifest has %d entries, generator wrote %d docs (want 25)", len(entries), st.Docs)
	}
	for _, e := range entries {
		if e.Err != nil || !e.InManifest || !e.Published.Known() {
			t.Errorf("entry %s: err %v, in manifest %v, published %+v", e.ID, e.Err, e.InManifest, e.Published)
		}
	}
}

func TestShiftValue(t *testing.T) {
	for _, c := range []struct {
		in    string
		shift int
		want  string
	}{{"2021-12-10", 2, "2023-12-10"}, {"2024-06", -3, "2021-06"}, {"2020-02-29", 1, "2021-02"}, {"", 4, ""}} {
		if got := shiftValue(c.in, c.shift); got != c.want {
			t.Errorf("shiftValue(%q, %d) = %q, want %q", c.in, c.shift, got, c.want)
		}
	}
}
