package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"eventtimeline/pipeline/manifest"
	"eventtimeline/pipeline/model"
)

func utf16Bytes(s string, bigEndian, bom bool) []byte {
	var out []byte
	put := func(u uint16) {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	if bom {
		put(0xFEFF)
	}
	for _, u := range utf16.Encode([]rune(s)) {
		put(u)
	}
	return out
}

// rawChar decodes the raw bytes b as one character in the document's encoding.
func rawChar(doc *model.Document, b []byte) (rune, bool) {
	switch doc.Encoding {
	case EncUTF16LE, EncUTF16BE:
		if len(b)%2 != 0 || len(b) == 0 {
			return 0, false
		}
		var us []uint16
		for i := 0; i+1 < len(b); i += 2 {
			if doc.Encoding == EncUTF16BE {
				us = append(us, uint16(b[i])<<8|uint16(b[i+1]))
			} else {
				us = append(us, uint16(b[i])|uint16(b[i+1])<<8)
			}
		}
		rs := utf16.Decode(us)
		if len(rs) != 1 {
			return 0, false
		}
		return rs[0], true
	}
	r, n := utf8.DecodeRune(b)
	if r == utf8.RuneError && n <= 1 && len(b) == 1 && doc.Encoding == EncWindows1252 {
		return cp1252(b[0]), true
	}
	return r, n == len(b)
}

// checkExact asserts that the map is monotonic, stays inside Raw, and that
// every character of Text maps back to raw bytes that hold it, or to a line
// break or markup that cleaning turned into a separator.
func checkExact(t *testing.T, doc *model.Document) {
	t.Helper()
	prev := -1
	for i := 0; i <= len(doc.Text); i++ {
		r := doc.Map.Raw(i)
		if i < len(doc.Text) && (r < 0 || r >= len(doc.Raw)) {
			t.Fatalf("%s: Raw(%d) = %d outside raw (len %d)", doc.ID, i, r, len(doc.Raw))
		}
		if r < prev {
			t.Fatalf("%s: map not monotonic at %d: %d < %d", doc.ID, i, r, prev)
		}
		prev = r
	}
	for i, c := range doc.Text {
		n := utf8.RuneLen(c)
		rs, re := doc.Map.Raw(i), doc.Map.RawEnd(i+n)
		if rs > re || re > len(doc.Raw) {
			t.Fatalf("%s: char %q at %d maps to raw [%d,%d) (len %d)", doc.ID, c, i, rs, re, len(doc.Raw))
		}
		raw := doc.Raw[rs:re]
		if got, ok := rawChar(doc, raw); ok && got == c {
			continue
		}
		if c == '\n' && strings.Contains(string(raw), "\r") {
			continue // CRLF or CR in any encoding
		}
		if c == '\n' || c == ' ' {
			if got, ok := rawChar(doc, raw); ok && (got == '\n' || got == '\r' || got == ' ' || got == '\t' || got == '\f' || got == 0xA0) {
				continue
			}
			if doc.Format == FormatHTML && len(raw) > 0 && (raw[0] == '<' || raw[0] == '&' || raw[0] == '\n' || raw[0] == ' ') {
				continue
			}
		}
		if doc.Format == FormatHTML && len(raw) > 0 && raw[0] == '&' {
			if got, n := decodeEntity(string(raw)); n == len(raw) && got == c {
				continue
			}
		}
		if c == utf8.RuneError {
			continue
		}
		t.Errorf("%s: char %q at %d maps to raw %q", doc.ID, c, i, raw)
		return
	}
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name     string
		raw      []byte
		wantText string
		wantEnc  string
		wantErr  error
		identity bool
	}{
		{name: "plain utf-8", raw: []byte("Rebels signed a truce on Wednesday.\nTalks resume next week."), wantText: "Rebels signed a truce on Wednesday.\nTalks resume next week.", wantEnc: EncUTF8, identity: true},
		{name: "utf-8 accents", raw: []byte("Le cessez-le-feu a été signé à Bamako."), wantText: "Le cessez-le-feu a été signé à Bamako.", wantEnc: EncUTF8, identity: true},
		{name: "utf-8 bom", raw: []byte("\xef\xbb\xbfKHARTOUM, May 4 — The army said."), wantText: "KHARTOUM, May 4 — The army said.", wantEnc: EncUTF8BOM},
		{name: "crlf", raw: []byte("Troops left.\r\nThe base closed.\r\n"), wantText: "Troops left.\nThe base closed.\n", wantEnc: EncUTF8},
		{name: "lone cr", raw: []byte("Troops left.\rThe base closed."), wantText: "Troops left.\nThe base closed.", wantEnc: EncUTF8},
		{name: "utf-16le bom", raw: utf16Bytes("Peace talks in Doha ‘resumed’ on Monday.\r\nNext line 😀.", false, true), wantText: "Peace talks in Doha ‘resumed’ on Monday.\nNext line 😀.", wantEnc: EncUTF16LE},
		{name: "utf-16be bom", raw: utf16Bytes("Кабул, 15 August 2021", true, true), wantText: "Кабул, 15 August 2021", wantEnc: EncUTF16BE},
		{name: "utf-16le no bom", raw: utf16Bytes("The junta seized power overnight.", false, false), wantText: "The junta seized power overnight.", wantEnc: EncUTF16LE},
		{name: "windows-1252", raw: []byte("The army\x92s \x93withdrawal\x94 \x96 announced caf\xe9 talks."), wantText: "The army’s “withdrawal” – announced café talks.", wantEnc: EncWindows1252},
		{name: "windows-1252 crlf", raw: []byte("Na\xefve hopes\r\nended."), wantText: "Naïve hopes\nended.", wantEnc: EncWindows1252},
		{name: "mixed utf-8 and stray byte", raw: []byte("Talks in Gen\xe8ve – “soon”."), wantText: "Talks in Genève – “soon”.", wantEnc: EncWindows1252},
		{name: "nul bytes", raw: []byte("abc\x00\x01\x02def"), wantErr: ErrBinary},
		{name: "pdf file", raw: []byte("%PDF-1.7\n1 0 obj"), wantErr: ErrBinary},
		{name: "utf-16 nul char", raw: utf16Bytes("ab\x00cd", false, true), wantErr: ErrBinary},
		{name: "empty", raw: nil, wantErr: ErrEmpty},
		{name: "whitespace only", raw: []byte(" \n\t\r\n  \u00a0 "), wantErr: ErrEmpty},
		{name: "bom only", raw: []byte("\xef\xbb\xbf"), wantErr: ErrEmpty},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := FromBytes("d1", tc.raw, "d1.txt", model.Anchor{})
			if doc == nil {
				t.Fatal("nil document")
			}
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("err = %v, want %v", err, tc.wantErr)
				}
				if doc.Status != model.StatusRejected || doc.Reason == "" {
					t.Errorf("status %q reason %q, want rejected with reason", doc.Status, doc.Reason)
				}
				if !strings.HasPrefix(err.Error(), "ingest d1: ") {
					t.Errorf("error %q lacks the ingest prefix", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("unexpected error %v", err)
			}
			if doc.Text != tc.wantText {
				t.Errorf("Text = %q, want %q", doc.Text, tc.wantText)
			}
			if doc.Encoding != tc.wantEnc {
				t.Errorf("Encoding = %q, want %q", doc.Encoding, tc.wantEnc)
			}
			if tc.wantEnc == EncWindows1252 && !strings.Contains(doc.Reason, "decoded as windows-1252") {
				t.Errorf("Reason = %q, want a windows-1252 note", doc.Reason)
			}
			if tc.identity && (doc.Map.Len() != 1 || doc.Map.Raw(5) != 5) {
				t.Errorf("want identity map, got %d runs", doc.Map.Len())
			}
			if doc.Status != model.StatusOK || doc.Format != FormatText {
				t.Errorf("status %q format %q", doc.Status, doc.Format)
			}
			if !utf8.ValidString(doc.Text) {
				t.Error("Text is not valid UTF-8")
			}
			checkExact(t, doc)
		})
	}
}

func TestSpansMapBack(t *testing.T) {
	// A sentence-sized span of text maps to raw bytes that decode to the same
	// sentence (CRLF aside).
	raw := utf16Bytes("Intro line.\r\nThe rebels withdrew from Goma on Tuesday.\r\nMore text follows here.", false, true)
	doc, err := FromBytes("s", raw, "s.txt", model.Anchor{})
	if err != nil {
		t.Fatal(err)
	}
	sent := "The rebels withdrew from Goma on Tuesday."
	i := strings.Index(doc.Text, sent)
	rs, re := doc.Map.Raw(i), doc.Map.RawEnd(i+len(sent))
	want := utf16Bytes(sent, false, false)
	if string(doc.Raw[rs:re]) != string(want) {
		t.Errorf("raw span [%d,%d) = %q, want %q", rs, re, doc.Raw[rs:re], want)
	}
	// Windows-1252: a curly quote is one raw byte for three text bytes.
	doc, err = FromBytes("w", []byte("He said \x93we will leave\x94 on Friday."), "w.txt", model.Anchor{})
	if err != nil {
		t.Fatal(err)
	}
	q := "“we will leave”"
	i = strings.Index(doc.Text, q)
	rs, re = doc.Map.Raw(i), doc.Map.RawEnd(i+len(q))
	if got := string(doc.Raw[rs:re]); got != "\x93we will leave\x94" {
		t.Errorf("raw span = %q", got)
	}
}

func TestHTML(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"paragraphs", "<html><head><title>Truce holds</title></head><body><p>The truce held.</p><p>Talks resume.</p></body></html>", "Truce holds\n\nThe truce held.\n\nTalks resume."},
		{"script style comment", "<p>Before<script>var x = '<p>no</p>';</script> after<style>p{color:red}</style><!-- hidden <p> --> end.</p>", "Before after end."},
		{"entities", "<p>Al-Shabaab&rsquo;s &ldquo;offer&rdquo; &amp; the army&#8217;s reply &#x2014; &#150; &copy;2020 &bogus; AT&T</p>", "Al-Shabaab’s “offer” & the army’s reply — – ©2020 &bogus; AT&T"},
		{"whitespace collapse", "<div>\n  The   junta\n\tseized&nbsp;power\n</div>", "The junta seized power"},
		{"br and li", "Line one<br>Line two<br/><ul><li>first</li><li>second</li></ul>", "Line one\n\nLine two\n\nfirst\n\nsecond"},
		{"headings", "<h1>Coup in the capital</h1><h2>Live updates</h2>Soldiers took the radio station.", "Coup in the capital\n\nLive updates\n\nSoldiers took the radio station."},
		{"inline tags", "<p>The <b>ceasefire</b> was <a href=\"/x?a=1&b=2\" title='a > b'>signed</a>.</p>", "The ceasefire was signed."},
		{"uppercase tags", "<P>One.</P><SCRIPT>alert(1)</SCRIPT><P>Two.</P>", "One.\n\nTwo."},
		{"literal less-than", "<p>Casualties < 10 and 3<4.</p>", "Casualties < 10 and 3<4."},
		{"unclosed tag", "<p>Text before <a href=\"x", "Text before"},
		{"unclosed comment", "<p>Kept</p><!-- never closed", "Kept"},
		{"table", "<table><tr><td>Date</td><td>Event</td></tr><tr><td>3 May</td><td>Truce</td></tr></table>", "Date Event\n\n3 May Truce"},
		{"cdata and doctype", "<!DOCTYPE html><?xml version=\"1.0\"?><p><![CDATA[raw text]]></p>", "raw text"},
		{"soft hyphen", "<p>nego&shy;tiations</p>", "negotiations"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := FromBytes("h", []byte(tc.in), "page.HTML", model.Anchor{})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Format != FormatHTML {
				t.Errorf("Format = %q", doc.Format)
			}
			if doc.Text != tc.want {
				t.Errorf("Text = %q\n want %q", doc.Text, tc.want)
			}
			checkExact(t, doc)
		})
	}
	if _, err := FromBytes("h", []byte("<html><script>x()</script><!-- c --></html>"), "e.htm", model.Anchor{}); !errors.Is(err, ErrEmpty) {
		t.Errorf("markup-only page: err = %v, want ErrEmpty", err)
	}
}

func TestHTMLWindows1252AndSpans(t *testing.T) {
	raw := []byte("<p>The army\x92s <i>pull-out</i> &amp; talks.</p>\r\n<p>Second &ldquo;para&rdquo;.</p>")
	doc, err := FromBytes("h", raw, "x.html", model.Anchor{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Text != "The army’s pull-out & talks.\n\nSecond “para”." || doc.Encoding != EncWindows1252 {
		t.Fatalf("Text = %q enc %q", doc.Text, doc.Encoding)
	}
	checkExact(t, doc)
	i := strings.Index(doc.Text, "Second")
	end := len(doc.Text)
	if got := string(raw[doc.Map.Raw(i):doc.Map.RawEnd(end)]); got != "Second &ldquo;para&rdquo;." {
		t.Errorf("raw span = %q", got)
	}
}

func readTestdata(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestRepairPDFLike(t *testing.T) {
	raw := readTestdata(t, "pdflike.txt")
	doc, err := FromBytes("p", raw, "p.txt", model.Anchor{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != FormatPDFText {
		t.Fatalf("Format = %q, want pdf-text", doc.Format)
	}
	checkExact(t, doc)
	text := doc.Text
	must := []string{
		"after weeks of difficult negotiations. The truce",             // hyphenation joined, ref 1 removed
		"while the self-defence militias refused",                      // prefix hyphen kept, ref 2 removed
		"the al-Qaeda affiliate",                                       // capitalised second part keeps the hyphen
		"in a statement.\nTalks resumed",                               // sentence-final line break kept, ref 3 removed
		"sent a delegation to the rebels",                              // dele- gation joined
		"Some 2,000 troops of the G5 Sahel force",                      // real numbers untouched
		"\n\nSee the joint communiqué of the mediators, 3 March 2023.", // footnote 1 as its own paragraph, number dropped
		"\n\nThe statement was posted on the group's channels in May.",
		"within ninety days. Most observers", // ref 4 removed
		"\n\nStatement of the defence ministry, 12 May 2023.",
		"Quarterly Report No. 7, 14 June 2023", // the first-page title stays
		"\nNiamey/Dakar, 14 June 2023\n",       // the dateline keeps its own line
	}
	for _, m := range must {
		if !strings.Contains(text, m) {
			t.Errorf("repaired text lacks %q", m)
		}
	}
	if strings.Count(text, "Sahel Security Review") != 1 {
		t.Errorf("running header kept: %d copies", strings.Count(text, "Sahel Security Review"))
	}
	for _, ln := range strings.Split(text, "\n") {
		if allDigits(strings.TrimSpace(ln)) || strings.HasPrefix(ln, "Page ") {
			t.Errorf("page furniture line left: %q", ln)
		}
	}
	if strings.Contains(text, "\f") || strings.Contains(text, "\n\n\n") {
		t.Errorf("form feed or triple newline left")
	}
	if !strings.Contains(doc.Reason, "repaired pdf text") {
		t.Errorf("Reason = %q", doc.Reason)
	}
	if doc.PublishedSource != SourceDateline || doc.Published.Value != "2023-06-14" {
		t.Errorf("published %q from %q, want 2023-06-14 from the dateline", doc.Published.Value, doc.PublishedSource)
	}
}

func TestPlainTextUntouched(t *testing.T) {
	// News text with one paragraph a line and short headlines is not
	// hard-wrapped: newlines stay as they are.
	raw := []byte("Junta frees detained ministers\n\nBAMAKO, Sept. 3 (Reuters) - Mali's junta released two former ministers on Wednesday, a spokesman said, a week after talks with regional mediators.\nThe ministers had been held since the coup in August.\nRegional leaders welcomed the move.\n")
	doc, err := FromBytes("n", raw, "n.txt", model.Anchor{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Text != string(raw) || doc.Format != FormatText || doc.Map.Len() != 1 {
		t.Errorf("plain text changed: format %q runs %d text %q", doc.Format, doc.Map.Len(), doc.Text)
	}
}

func TestSeed004(t *testing.T) {
	matches, _ := filepath.Glob("../../seeds/004_*.txt")
	if len(matches) != 1 {
		t.Skip("seed 004 not found")
	}
	raw, err := os.ReadFile(matches[0])
	if err != nil {
		t.Fatal(err)
	}
	doc, err := FromBytes("004", raw, matches[0], model.Anchor{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != FormatPDFText {
		t.Fatalf("Format = %q", doc.Format)
	}
	checkExact(t, doc)
	text := doc.Text
	for _, ln := range strings.Split(text, "\n") {
		s := strings.TrimSpace(ln)
		if allDigits(s) || isPageLabel(s) {
			t.Errorf("page or footnote number line left: %q", ln)
		}
	}
	if n := strings.Count(text, "Crisis Group Africa Report N°276, 28 May 2019"); n != 0 {
		t.Errorf("running header kept %d times", n)
	}
	for _, m := range []string{
		"are not keen either. Indeed", // footnote reference 2 removed
		"in exchange for nineteen militants.",
		"\nIn February 2019, after long negotiations, the jihadists freed two hostages", // footnote text on its own line
		"G5 Sahel",
		"the state unable to defeat jihadist insurgents by force", // line break joined
	} {
		if !strings.Contains(text, m) {
			t.Errorf("text lacks %q", m)
		}
	}
	if strings.Contains(text, "\n\n\n") {
		t.Error("triple newline")
	}
	if doc.PublishedSource != SourceDateline || doc.Published.Value != "2019-05-28" {
		t.Errorf("published = %s from %s, want 2019-05-28 from dateline", doc.Published.Value, doc.PublishedSource)
	}
	// Every text paragraph maps to raw text holding the same letters.
	start := 0
	for _, para := range strings.Split(text, "\n") {
		end := start + len(para)
		if para != "" {
			rawSpan := string(raw[doc.Map.Raw(start):doc.Map.RawEnd(end)])
			if !subsequence(letters(para), letters(rawSpan)) {
				t.Errorf("paragraph %q does not map to its raw text %q", clipStr(para, 60), clipStr(rawSpan, 60))
			}
		}
		start = end + 1
	}
}

func letters(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r != ' ' && r != '\n' && r != '-' && (r < '0' || r > '9') {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func subsequence(a, b string) bool {
	j := 0
	for i := 0; i < len(a); i++ {
		for j < len(b) && b[j] != a[i] {
			j++
		}
		if j == len(b) {
			return false
		}
		j++
	}
	return true
}

func clipStr(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// filler is a hard-wrapped paragraph to put test lines in.
const filler = `The mediators who travelled to the region in the spring said
that the parties had agreed to meet again before the end of the
rainy season, although neither side had committed to a date and
the fighting around the northern towns continued for weeks.
`

func TestHyphenRules(t *testing.T) {
	base := filler
	tests := []struct {
		a, b, want string
	}{
		{"the government opened the first round of negoti-", "ations with the armed groups on the northern front", "negotiations with"},
		{"the army said it would hand over the bases to the anti-", "terrorism units of the national police force next year", "anti-terrorism units"},
		{"militants linked to the Islamic State and to al-", "Qaeda stepped up attacks on the roads around the city", "al-Qaeda stepped"},
		{"the observers counted the wounded in the Mali-", "Niger border area after the clashes of the past week", "Mali-Niger border"},
		{"the talks were postponed until the 2019-", "20 season because of the rains in the southern regions", "2019-20 season"},
		{"the mediators said the group was ready for co-", "operation with the co-operation council of the region", "co-operation with"},
		{"this sentence ends with a dash that is not a hyphen -", "and the text goes on after it in the following line", "hyphen - and"},
	}
	for _, tc := range tests {
		raw := base + tc.a + "\n" + tc.b + "\n" + base
		text, ok := repairWrapped(raw)
		if !ok {
			t.Fatalf("%q: not detected as hard-wrapped", tc.a)
		}
		if !strings.Contains(text.text, tc.want) {
			t.Errorf("join of %q / %q: text lacks %q:\n%s", tc.a, tc.b, tc.want, text.text)
		}
	}
}

func TestFootnoteRefs(t *testing.T) {
	wrap := filler
	tests := []struct {
		line, want string
	}{
		{"the talks.12 The next round opened in Geneva last week with", "the talks. The next round"},
		{"the jihadists12 who had left the area returned in force and", "the jihadists who had left"},
		{"the “Islamic state”.46 Between these two extremes lies more", "the “Islamic state”. Between"},
		{"some 2,000 soldiers of the G5 Sahel force stayed behind and", "some 2,000 soldiers of the G5 Sahel force"},
		{"in 2019 and 2020 the mission grew to 15,000 troops and then", "in 2019 and 2020 the mission grew to 15,000 troops"},
		{"the report N°276 and Resolution 2100 set the mandate, which", "the report N°276 and Resolution 2100 set"},
		{"they met on 3 May.4 Talks then stalled for several months as", "on 3 May. Talks then stalled"},
		{"the COVID19 pandemic and the A400 aircraft delayed the plan", "the COVID19 pandemic and the A400 aircraft"},
	}
	for _, tc := range tests {
		raw := wrap + tc.line + "\n" + wrap
		r, ok := repairWrapped(raw)
		if !ok {
			t.Fatalf("%q: not detected", tc.line)
		}
		if !strings.Contains(r.text, tc.want) {
			t.Errorf("%q: text lacks %q:\n%s", tc.line, tc.want, r.text)
		}
	}
}

func TestRead(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "KABUL, Aug. 15, 2021 — The Taliban entered the capital.")
	write("b.txt", "Peace talks resumed.")
	write("empty.txt", "")
	day, _ := model.ParseValue("2021-08-16")
	tests := []struct {
		name       string
		e          manifest.Entry
		wantErr    error
		wantSource string
		wantValue  string
	}{
		{name: "manifest date", e: manifest.Entry{ID: "a", File: "a.txt", Published: day, Title: "T"}, wantSource: SourceManifest, wantValue: "2021-08-16"},
		{name: "dateline", e: manifest.Entry{ID: "a", File: "a.txt"}, wantSource: SourceDateline, wantValue: "2021-08-15"},
		{name: "no date", e: manifest.Entry{ID: "b", File: "b.txt"}, wantSource: SourceUnknown},
		{name: "missing file", e: manifest.Entry{ID: "m", File: "missing.txt"}, wantErr: ErrRead},
		{name: "escaping path", e: manifest.Entry{ID: "x", File: "../../etc/passwd"}, wantErr: ErrUnsafe},
		{name: "absolute path", e: manifest.Entry{ID: "x", File: "/etc/passwd"}, wantErr: ErrUnsafe},
		{name: "rejected entry", e: manifest.Entry{ID: "r", File: "b.txt", Err: errors.New("bad date")}, wantErr: ErrRejected},
		{name: "empty file", e: manifest.Entry{ID: "e", File: "empty.txt"}, wantErr: ErrEmpty},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Read(dir, tc.e)
			if doc == nil || doc.ID != tc.e.ID {
				t.Fatalf("doc = %+v", doc)
			}
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) || doc.Status != model.StatusRejected || doc.Reason == "" {
					t.Fatalf("err = %v status %q reason %q, want %v", err, doc.Status, doc.Reason, tc.wantErr)
				}
				if !strings.HasPrefix(err.Error(), "ingest "+tc.e.ID+": ") {
					t.Errorf("error %q lacks prefix", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if doc.PublishedSource != tc.wantSource || doc.Published.Value != tc.wantValue {
				t.Errorf("published %q from %q, want %q from %q", doc.Published.Value, doc.PublishedSource, tc.wantValue, tc.wantSource)
			}
			if doc.Path != tc.e.File || doc.Title != tc.e.Title || len(doc.SHA256) != 64 {
				t.Errorf("metadata: path %q title %q sha %q", doc.Path, doc.Title, doc.SHA256)
			}
		})
	}
}

func TestDeterministic(t *testing.T) {
	raw := readTestdata(t, "pdflike.txt")
	a, _ := FromBytes("p", raw, "p.txt", model.Anchor{})
	b, _ := FromBytes("p", raw, "p.txt", model.Anchor{})
	if a.Text != b.Text || a.Reason != b.Reason || a.Map.Len() != b.Map.Len() {
		t.Error("two runs differ")
	}
}

func TestLargeFile(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	line := "The ceasefire held on Tuesday, officials said, as talks continued.\r\n"
	raw := []byte(strings.Repeat(line, 50<<20/len(line)))
	doc, err := FromBytes("big", raw, "big.txt", model.Anchor{})
	if err != nil {
		t.Fatal(err)
	}
	if want := len(raw) - strings.Count(string(raw), "\r\n"); len(doc.Text) != want {
		t.Errorf("len(Text) = %d, want %d", len(doc.Text), want)
	}
	last := len(doc.Text) - 1
	if doc.Raw[doc.Map.Raw(last)] != '\r' || doc.Text[last] != '\n' {
		t.Errorf("last byte maps to %q", doc.Raw[doc.Map.Raw(last)])
	}
}
