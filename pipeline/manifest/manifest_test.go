package manifest

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

const header = "id,file,title,publisher,author,published,published_basis\n"

// mkdir creates a directory holding the given files ("sub/" entries are
// directories).
func mkdir(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if strings.HasSuffix(name, "/") {
			if err := os.MkdirAll(p, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// want describes one expected entry.
type want struct {
	id, file   string
	line       int
	inManifest bool
	published  string // anchor value
	err        error  // sentinel, nil for an accepted entry
	errText    string // substring of the error message
}

func TestLoad(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []want
	}{
		{
			name: "good manifest",
			files: map[string]string{
				"manifest.csv": header + "a1,a1.txt,Coup in the capital,Reuters,,2021-12-10,dateline\n" +
					"b2,b2.html,\"Talks, again\",\"The \"\"Post\"\"\",Jane Roe,2024-06,access date\n" +
					"c3,c3.txt,Year only,,,2019,\n",
				"a1.txt": "x", "b2.html": "<p>x</p>", "c3.txt": "x",
			},
			want: []want{
				{id: "a1", file: "a1.txt", line: 2, inManifest: true, published: "2021-12-10"},
				{id: "b2", file: "b2.html", line: 3, inManifest: true, published: "2024-06"},
				{id: "c3", file: "c3.txt", line: 4, inManifest: true, published: "2019"},
			},
		},
		{
			name:  "no manifest",
			files: map[string]string{"z.txt": "x", "a.TXT": "x", "m.htm": "x", "n.text": "x"},
			want: []want{
				{id: "a", file: "a.TXT"}, {id: "m", file: "m.htm"}, {id: "n", file: "n.text"}, {id: "z", file: "z.txt"},
			},
		},
		{
			name:  "row whose file is missing",
			files: map[string]string{"manifest.csv": header + "gone,gone.txt,T,,,2020-01-01,\n"},
			want:  []want{{id: "gone", file: "gone.txt", line: 2, inManifest: true, err: ErrMissingFile, errText: "line 2"}},
		},
		{
			name:  "file without row",
			files: map[string]string{"manifest.csv": header + "a,a.txt,T,,,2020,\n", "a.txt": "x", "extra.txt": "x"},
			want:  []want{{id: "a", file: "a.txt", line: 2, inManifest: true, published: "2020"}, {id: "extra", file: "extra.txt"}},
		},
		{
			name: "duplicate ids",
			files: map[string]string{
				"manifest.csv": header + "a,a.txt,First,,,2020,\nb,b.txt,B,,,2020,\na,c.txt,Second,,,2021,\n",
				"a.txt":        "x", "b.txt": "x", "c.txt": "x",
			},
			want: []want{
				{id: "a", file: "a.txt", line: 2, inManifest: true, published: "2020"},
				{id: "a", file: "c.txt", line: 4, inManifest: true, err: ErrDuplicate, errText: "duplicate id a (first at line 2)"},
				{id: "b", file: "b.txt", line: 3, inManifest: true, published: "2020"},
				{id: "c", file: "c.txt"}, // its row was rejected, the file is still a document
			},
		},
		{
			name:  "impossible date",
			files: map[string]string{"manifest.csv": header + "d,d.txt,T,,,2021-13-40,\n", "d.txt": "x"},
			want:  []want{{id: "d", file: "d.txt", line: 2, inManifest: true, err: ErrBadDate, errText: "2021-13-40"}},
		},
		{
			name:  "date that rolls over",
			files: map[string]string{"manifest.csv": header + "d,d.txt,T,,,2021-02-30,\n", "d.txt": "x"},
			want:  []want{{id: "d", file: "d.txt", line: 2, inManifest: true, err: ErrBadDate}},
		},
		{
			name:  "iso timestamp keeps the day",
			files: map[string]string{"manifest.csv": header + "d,d.txt,T,,,2022-03-04T10:00:00Z,\n", "d.txt": "x"},
			want:  []want{{id: "d", file: "d.txt", line: 2, inManifest: true, published: "2022-03-04"}},
		},
		{
			name:  "paths leaving the directory",
			files: map[string]string{"manifest.csv": header + "p,../../etc/passwd,T,,,,\nq,/etc/passwd,T,,,,\nr,sub/../../x.txt,T,,,,\ns,..\\x.txt,T,,,,\n"},
			want: []want{
				{id: "p", file: "../../etc/passwd", line: 2, inManifest: true, err: ErrUnsafePath},
				{id: "q", file: "/etc/passwd", line: 3, inManifest: true, err: ErrUnsafePath},
				{id: "r", file: "sub/../../x.txt", line: 4, inManifest: true, err: ErrUnsafePath},
				{id: "s", file: "..\\x.txt", line: 5, inManifest: true, err: ErrUnsafePath},
			},
		},
		{
			name: "malformed lines do not stop the others",
			files: map[string]string{
				"manifest.csv": header + "a,a.txt,T,,,2020,\nb,b.txt,too,few\nc,\"c.txt,T,,,2020,\nd,d.txt,T\"x\",,,2020,\ne,e.txt,T,,,2020,\n",
				"a.txt":        "x", "b.txt": "x", "e.txt": "x",
			},
			want: []want{
				{id: "a", file: "a.txt", line: 2, inManifest: true, published: "2020"},
				{id: "b", file: "b.txt"},
				{id: "e", file: "e.txt", line: 6, inManifest: true, published: "2020"},
				{id: "manifest.csv:3", line: 3, inManifest: true, err: ErrMalformed, errText: "4 fields, want 7"},
				{id: "manifest.csv:4", line: 4, inManifest: true, err: ErrMalformed, errText: "unterminated"},
				{id: "manifest.csv:5", line: 5, inManifest: true, err: ErrMalformed, errText: "quote"},
			},
		},
		{
			name:  "unsupported and hidden files",
			files: map[string]string{"report.pdf": "x", "notes": "x", ".hidden.txt": "x", "ok.txt": "x", "sub/": "", "sub/inner.txt": "x"},
			want: []want{
				{id: "notes", file: "notes", err: ErrUnsupported, errText: "no extension"},
				{id: "ok", file: "ok.txt"},
				{id: "report", file: "report.pdf", err: ErrUnsupported, errText: "unsupported file type .pdf"},
			},
		},
		{
			name:  "row naming a subdirectory file",
			files: map[string]string{"manifest.csv": header + "in,sub/inner.txt,T,,,2020,\n", "sub/inner.txt": "x"},
			want:  []want{{id: "in", file: "sub/inner.txt", line: 2, inManifest: true, published: "2020"}},
		},
		{
			name:  "row naming an unsupported file",
			files: map[string]string{"manifest.csv": header + "x,x.docx,T,,,2020,\n", "x.docx": "x"},
			want:  []want{{id: "x", file: "x.docx", line: 2, inManifest: true, err: ErrUnsupported, errText: ".docx"}},
		},
		{
			name:  "two files with the same stem",
			files: map[string]string{"a.txt": "x", "a.html": "x"},
			want:  []want{{id: "a", file: "a.html"}, {id: "a", file: "a.txt", err: ErrDuplicate}},
		},
		{
			name:  "file stem clashes with a manifest id",
			files: map[string]string{"manifest.csv": header + "a,b.txt,T,,,2020,\n", "a.txt": "x", "b.txt": "x"},
			want:  []want{{id: "a", file: "a.txt", err: ErrDuplicate}, {id: "a", file: "b.txt", line: 2, inManifest: true, published: "2020"}},
		},
		{
			name:  "two rows for one file",
			files: map[string]string{"manifest.csv": header + "a,a.txt,T,,,2020,\nb,a.txt,T,,,2020,\n", "a.txt": "x"},
			want:  []want{{id: "a", file: "a.txt", line: 2, inManifest: true, published: "2020"}, {id: "b", file: "a.txt", line: 3, inManifest: true, err: ErrDuplicate, errText: "file a.txt"}},
		},
		{
			name:  "header in another order, CRLF and BOM",
			files: map[string]string{"manifest.csv": "\ufeffFile,ID,Published\r\nk.txt,k,2020-05\r\n\r\n", "k.txt": "x"},
			want:  []want{{id: "k", file: "k.txt", line: 2, inManifest: true, published: "2020-05"}},
		},
		{
			name:  "no header line: documented column order",
			files: map[string]string{"manifest.csv": "k,k.txt,T,,,2020-05,\n", "k.txt": "x"},
			want:  []want{{id: "k", file: "k.txt", line: 1, inManifest: true, published: "2020-05"}},
		},
		{
			name:  "empty id",
			files: map[string]string{"manifest.csv": header + ",e.txt,T,,,2020,\n", "e.txt": "x"},
			want:  []want{{id: "", file: "e.txt", line: 2, inManifest: true, err: ErrNoID}},
		},
		{
			name:  "empty date is unknown",
			files: map[string]string{"manifest.csv": header + "u,u.txt,T,,,,\n", "u.txt": "x"},
			want:  []want{{id: "u", file: "u.txt", line: 2, inManifest: true}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := mkdir(t, tc.files)
			got, err := Load(dir)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tc.want) {
				for _, e := range got {
					t.Logf("got %q %q line %d err %v", e.ID, e.File, e.Line, e.Err)
				}
				t.Fatalf("%d entries, want %d", len(got), len(tc.want))
			}
			for i, w := range tc.want {
				e := got[i]
				if e.ID != w.id || e.File != w.file || e.Line != w.line || e.InManifest != w.inManifest {
					t.Errorf("entry %d = {%q %q line %d in %v}, want {%q %q line %d in %v}", i, e.ID, e.File, e.Line, e.InManifest, w.id, w.file, w.line, w.inManifest)
				}
				if w.err == nil && e.Err != nil {
					t.Errorf("entry %d (%s): unexpected error %v", i, e.ID, e.Err)
				}
				if w.err != nil && !errors.Is(e.Err, w.err) {
					t.Errorf("entry %d (%s): err = %v, want %v", i, e.ID, e.Err, w.err)
				}
				if w.errText != "" && (e.Err == nil || !strings.Contains(e.Err.Error(), w.errText)) {
					t.Errorf("entry %d (%s): err %v lacks %q", i, e.ID, e.Err, w.errText)
				}
				if e.Err == nil && e.Published.Value != w.published {
					t.Errorf("entry %d (%s): published %q, want %q", i, e.ID, e.Published.Value, w.published)
				}
			}
			if !sort.SliceIsSorted(got, func(i, j int) bool { return got[i].ID < got[j].ID }) {
				t.Error("entries not sorted by id")
			}
		})
	}
}

func TestLoadUnreadableDir(t *testing.T) {
	if _, err := Load(filepath.Join(t.TempDir(), "nope")); err == nil {
		t.Error("missing directory: want an error")
	}
}

func TestSymlinkOutside(t *testing.T) {
	outside := filepath.Join(t.TempDir(), "secret.txt")
	if err := os.WriteFile(outside, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := mkdir(t, map[string]string{"manifest.csv": header + "s,link.txt,T,,,,\n"})
	if err := os.Symlink(outside, filepath.Join(dir, "link.txt")); err != nil {
		t.Skip("no symlinks:", err)
	}
	got, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || !errors.Is(got[0].Err, ErrUnsafePath) {
		t.Fatalf("got %+v, want one entry rejected as leaving the directory", got)
	}
}

func TestSeeds(t *testing.T) {
	got, err := Load("../../seeds")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 5 {
		t.Fatalf("%d entries, want 5", len(got))
	}
	for _, e := range got {
		if e.Err != nil || !e.InManifest || !e.Published.Known() {
			t.Errorf("seed %s: err %v in %v published %q", e.ID, e.Err, e.InManifest, e.PublishedRaw)
		}
	}
}

func TestSafePath(t *testing.T) {
	for p, want := range map[string]bool{
		"a.txt": true, "sub/a.txt": true, "./a.txt": true,
		"": false, ".": false, "..": false, "../a.txt": false, "/etc/passwd": false,
		"a/../../b": false, "C:/x.txt": false, "a\\b.txt": false, "a\x00.txt": false,
	} {
		if got := SafePath(p); got != want {
			t.Errorf("SafePath(%q) = %v, want %v", p, got, want)
		}
	}
}
