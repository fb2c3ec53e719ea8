package build

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/rs/zerolog"

	"eventtimeline/pipeline/store"
)

// TestBadInputIsRecorded builds one input directory holding every kind of
// bad input and checks that each document gets a row in documents with its
// status and a clear reason, that good documents next to bad ones still
// give events, and that the spans of decoded documents point into the
// original bytes.
func TestBadInputIsRecorded(t *testing.T) {
	in := t.TempDir()
	write := func(name string, b []byte) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(in, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	u16 := []byte{0xff, 0xfe}
	for _, r := range utf16.Encode([]rune("The junta seized power in a coup on 5 September 2021.\n")) {
		u16 = append(u16, byte(r), byte(r>>8))
	}
	write("empty.txt", nil)
	write("binary.txt", []byte("GIF89a\x00\x00\x01binary"))
	write("cp1252.txt", []byte("The rebels signed a truce on 3 May 2021 in Gao \x96 officials said the caf\xe9 was shut.\n"))
	write("bom.txt", []byte("\xef\xbb\xbfThe army withdrew from Kidal on 4 June 2020.\n"))
	write("utf16.txt", u16)
	write("crlf.txt", []byte("Talks opened in Doha on 2 March 2020.\r\nThe two sides met again.\r\n"))
	write("cr.txt", []byte("The ceasefire collapsed on 9 July 2019.\rFighting resumed.\r"))
	write("nopunct.txt", []byte(strings.Repeat("militias and herders talk about grazing land in the valley ", 300)))
	write("page.html", []byte(`<html><head><title>News</title><style>p{color:red}</style><script>var coup = "coup";</script></head>`+
		`<body><p>The army and the rebels agreed a ceasefire on 12 April 2022 in Juba &amp; Malakal.</p></body></html>`))
	write("norow.txt", []byte("Dakar, 28 May 2019\n\nThe militia said on Tuesday it was ready to talk.\n"))
	write("dup.txt", []byte("The two sides exchanged prisoners on 1 May 2020.\n"))
	write("baddate.txt", []byte("A coup took place in 2020.\n"))
	write("notes.docx", []byte("PK"))
	big := strings.Repeat("Officials met farmers in the market town to discuss the harvest and water.\n", 50<<20/75)
	write("big.txt", []byte(big))
	write("manifest.csv", []byte(`id,file,title,publisher,author,published,published_basis
cp1252,cp1252.txt,Windows text,,,2021-05-10,
bom,bom.txt,BOM,,,2020-06,
utf16,utf16.txt,UTF16,,,2021-09-06,
crlf,crlf.txt,CRLF,,,2020-03-05,
cr,cr.txt,CR,,,2019-07-10,
page,page.html,HTML,,,2022-04-13,
dup,dup.txt,First,,,2020-05-02,
dup,dup.txt,Second,,,2020-05-02,
baddate,baddate.txt,Bad date,,,2021-13-40,
missing,missing.txt,Gone,,,2020-01-01,
escape,../../etc/passwd,Escape,,,2020-01-01,
absolute,/etc/passwd,Absolute,,,2020-01-01,
broken,"unterminated,quote,,,2020-01-01,
empty,empty.txt,Empty,,,2020-01-01,
binary,binary.txt,Binary,,,2020-01-01,
big,big.txt,Big,,,2020-01-01,
`))
	out := filepath.Join(t.TempDir(), "out")
	res, err := Run(context.Background(), Config{Input: in, Out: out, Log: zerolog.Nop()})
	if !errors.Is(err, ErrRejected) {
		t.Fatalf("build: err = %v, want ErrRejected", err)
	}
	db, err := store.Open(filepath.Join(out, DBFile), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	q, err := db.Query(context.Background(), `select doc_id, status, coalesce(encoding, ''), coalesce(format, ''),
		coalesce(published_source, ''), coalesce(reason, ''), bytes from documents order by doc_id, status`)
	if err != nil {
		t.Fatal(err)
	}
	type row struct{ status, encoding, format, source, reason string }
	got := map[string][]row{}
	for _, r := range q.Rows {
		id := fmt.Sprint(r[0])
		got[id] = append(got[id], row{fmt.Sprint(r[1]), fmt.Sprint(r[2]), fmt.Sprint(r[3]), fmt.Sprint(r[4]), fmt.Sprint(r[5])})
	}
	tests := []struct {
		id, status, encoding, format, source, reason string
	}{
		{"empty", "rejected", "", "", "", "empty"},
		{"binary", "rejected", "", "", "", "NUL byte"},
		{"cp1252", "ok", "windows-1252", "text", "manifest", "windows-1252"},
		{"bom", "ok", "utf-8-bom", "text", "manifest", ""},
		{"utf16", "ok", "utf-16le", "text", "manifest", ""},
		{"crlf", "ok", "utf-8", "text", "manifest", ""},
		{"cr", "ok", "utf-8", "text", "manifest", ""},
		{"nopunct", "ok", "utf-8", "text", "unknown", ""},
		{"page", "ok", "utf-8", "html", "manifest", ""},
		{"norow", "ok", "utf-8", "text", "dateline", ""},
		{"big", "ok", "utf-8", "text", "manifest", ""},
		{"baddate", "rejected", "", "", "", "2021-13-40"},
		{"missing", "rejected", "", "", "", "not found"},
		{"escape", "rejected", "", "", "", "leaves the input directory"},
		{"absolute", "rejected", "", "", "", "leaves the input directory"},
		{"manifest.csv:14", "rejected", "", "", "", "malformed manifest line 14"},
		{"notes", "rejected", "", "", "", "unsupported file type .docx"},
	}
	for _, tc := range tests {
		rs := got[tc.id]
		if len(rs) != 1 {
			t.Errorf("%s: %d rows in documents, want 1", tc.id, len(rs))
			continue
		}
		r := rs[0]
		if r.status != tc.status || (tc.encoding != "" && r.encoding != tc.encoding) || (tc.format != "" && r.format != tc.format) ||
			(tc.source != "" && r.source != tc.source) || !strings.Contains(r.reason, tc.reason) {
			t.Errorf("%s: got %+v, want status %s encoding %q format %q source %q reason containing %q",
				tc.id, r, tc.status, tc.encoding, tc.format, tc.source, tc.reason)
		}
	}
	// The duplicate id: the first row is processed, the second recorded as rejected.
	if d := got["dup"]; len(d) != 2 || d[0].status != "ok" || d[1].status != "rejected" || !strings.Contains(d[1].reason, "duplicate id dup") {
		t.Errorf("dup: rows %+v, want one ok and one rejected as a duplicate", d)
	}
	if len(res.Rejected) != 9 {
		t.Errorf("result lists %d rejections, want 9: %+v", len(res.Rejected), res.Rejected)
	}
	// Good documents next to bad ones still give their events, and every
	// mention's span selects its sentence in the ORIGINAL bytes.
	m, err := db.Query(context.Background(), `select m.doc_id, d.path, m.type, m.span_start, m.span_end, m.trigger from mentions m
		join documents d on d.doc_id = m.doc_id and d.status = 'ok' order by m.doc_id`)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	for _, r := range m.Rows {
		id, path, typ := fmt.Sprint(r[0]), fmt.Sprint(r[1]), fmt.Sprint(r[2])
		seen[id] = typ
		raw, err := os.ReadFile(filepath.Join(in, path))
		if err != nil {
			t.Fatal(err)
		}
		s, e := toInt(r[3]), toInt(r[4])
		if s < 0 || e > len(raw) || s >= e {
			t.Errorf("%s: span [%d,%d) outside the %d-byte file", id, s, e, len(raw))
			continue
		}
		if id == "utf16" || id == "cp1252" {
			continue // the raw bytes are not UTF-8 text; exactness is tested in ingest
		}
		if trig := fmt.Sprint(r[5]); !strings.Contains(string(raw[s:e]), trig) {
			t.Errorf("%s: original bytes [%d,%d) = %q do not hold the trigger %q", id, s, e, raw[s:e], trig)
		}
	}
	for id, typ := range map[string]string{"cp1252": "ceasefire", "bom": "withdrawal", "utf16": "coup", "crlf": "talks",
		"cr": "ceasefire", "page": "ceasefire", "dup": "prisoner_swap", "norow": "talks"} {
		if seen[id] != typ {
			t.Errorf("%s: first mention type %q, want %q", id, seen[id], typ)
		}
	}
	if _, ok := seen["big"]; ok {
		t.Errorf("the 50 MB file has no event, but mentions were found in it")
	}
	if rep, err := Check(out); err != nil {
		t.Errorf("check of a dataset with rejected documents: %v %+v", err, rep.Failed)
	}
}

func toInt(v any) int {
	switch x := v.(type) {
	case int64:
		return int(x)
	case int32:
		return int(x)
	case int:
		return x
	}
	return -1
}
