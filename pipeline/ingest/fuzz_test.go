package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"eventtimeline/pipeline/model"
)

// FuzzClean feeds arbitrary bytes through FromBytes as text and as HTML: no
// panic, a monotonic map inside Raw, valid UTF-8 text for accepted documents.
func FuzzClean(f *testing.F) {
	f.Add([]byte("NAIROBI, March 3, 2021 — Rebels signed a truce.\r\nTalks resume."))
	f.Add([]byte("<p>The army&rsquo;s <b>pull-out</b></p><script>x</script>"))
	f.Add([]byte("\xff\xfeh\x00i\x00"))
	f.Add([]byte("caf\xe9 \x93quoted\x94"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		for _, name := range []string{"f.txt", "f.html"} {
			doc, err := FromBytes("f", raw, name, model.Anchor{})
			if doc == nil {
				t.Fatal("nil document")
			}
			if err != nil {
				if doc.Status != model.StatusRejected {
					t.Fatalf("error %v but status %q", err, doc.Status)
				}
				continue
			}
			if !utf8.ValidString(doc.Text) {
				t.Fatalf("%s: invalid UTF-8 text %q", name, doc.Text)
			}
			prev := 0
			for i := 0; i < len(doc.Text); i++ {
				r := doc.Map.Raw(i)
				if r < prev || r < 0 || r >= len(raw) {
					t.Fatalf("%s: Raw(%d) = %d (prev %d, len %d)", name, i, r, prev, len(raw))
				}
				if e := doc.Map.RawEnd(i + 1); e < r+1 || e > len(raw) {
					t.Fatalf("%s: RawEnd(%d) = %d, Raw = %d, len %d", name, i+1, e, r, len(raw))
				}
				prev = r
			}
		}
	})
}

func BenchmarkReadPlain(b *testing.B) {
	raw := []byte(strings.Repeat("NAIROBI, March 3, 2021 — Rebels and the government signed a ceasefire on Wednesday after talks in the capital, officials said. ", 8<<20/128))
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		doc, err := FromBytes("b", raw, "b.txt", model.Anchor{})
		if err != nil || doc.Format != FormatText {
			b.Fatal(err, doc.Format)
		}
	}
}

func BenchmarkReadPDFText(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join("testdata", "pdflike.txt"))
	if err != nil {
		b.Fatal(err)
	}
	if m, _ := filepath.Glob("../../seeds/004_*.txt"); len(m) == 1 {
		if raw, err = os.ReadFile(m[0]); err != nil {
			b.Fatal(err)
		}
	}
	big := []byte(strings.Repeat(string(raw)+"\n", 8<<20/len(raw)))
	b.SetBytes(int64(len(big)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		doc, err := FromBytes("b", big, "b.txt", model.Anchor{})
		if err != nil || doc.Format != FormatPDFText {
			b.Fatal(err, doc.Format)
		}
	}
}

func BenchmarkReadHTML(b *testing.B) {
	raw := []byte(strings.Repeat("<p>Rebels and the government <b>signed</b> a ceasefire&nbsp;on Wednesday &ndash; officials said.</p>\n<script>var x=1;</script>", 8<<20/120))
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := FromBytes("b", raw, "b.html", model.Anchor{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadWindows1252CRLF(b *testing.B) {
	raw := []byte(strings.Repeat("The army\x92s withdrawal from the base was announced on Tuesday, officials said.\r\n", 8<<20/80))
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := FromBytes("b", raw, "b.txt", model.Anchor{}); err != nil {
			b.Fatal(err)
		}
	}
}
