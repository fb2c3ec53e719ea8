package segment

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"eventtimeline/pipeline/model"
)

// texts returns the sentence texts of Split(text).
func texts(text string) []string {
	var out []string
	for _, sp := range Split(text) {
		out = append(out, text[sp[0]:sp[1]])
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"two plain sentences", "Troops left the base. The town fell a week later.",
			[]string{"Troops left the base.", "The town fell a week later."}},
		{"dateline and U.S.", "WASHINGTON (Reuters) - The U.S. said on Monday it would cut aid. Officials declined to comment.",
			[]string{"WASHINGTON (Reuters) - The U.S. said on Monday it would cut aid.", "Officials declined to comment."}},
		{"U.N. before a name", "The U.N. Security Council met on Friday. It adopted a resolution.",
			[]string{"The U.N. Security Council met on Friday.", "It adopted a resolution."}},
		{"acronym ends sentence before opener", "Aid was cut by the U.S. The army then withdrew.",
			[]string{"Aid was cut by the U.S.", "The army then withdrew."}},
		{"military titles", "Col. Assimi Goita and Lt. Gen. Ahmed Musa met Gen. Ali in the capital. They agreed.",
			[]string{"Col. Assimi Goita and Lt. Gen. Ahmed Musa met Gen. Ali in the capital.", "They agreed."}},
		{"political titles", "Sen. Jane Roe and Gov. Tom Lee spoke with Mr. Diallo and Dr. Traoré. Rep. Ann Fox left.",
			[]string{"Sen. Jane Roe and Gov. Tom Lee spoke with Mr. Diallo and Dr. Traoré.", "Rep. Ann Fox left."}},
		{"month abbreviation before day", "The truce began on Oct. 19 and collapsed on Sept. 3. Fighting resumed.",
			[]string{"The truce began on Oct. 19 and collapsed on Sept. 3.", "Fighting resumed."}},
		{"decimals", "The economy shrank 3.5 percent in 2020. Inflation hit 12.25 percent.",
			[]string{"The economy shrank 3.5 percent in 2020.", "Inflation hit 12.25 percent."}},
		{"e.g. and i.e.", "Several groups, e.g. Ansar Dine, joined. The coalition, i.e. JNIM, grew.",
			[]string{"Several groups, e.g. Ansar Dine, joined.", "The coalition, i.e. JNIM, grew."}},
		{"etc. before lower and upper case", "Schools, clinics, etc. were closed. Roads, bridges, etc. Then the rains came.",
			[]string{"Schools, clinics, etc. were closed.", "Roads, bridges, etc.", "Then the rains came."}},
		{"initials", "The preacher A. Koufa spoke. J. R. R. Tolkien wrote it.",
			[]string{"The preacher A. Koufa spoke.", "J. R. R. Tolkien wrote it."}},
		{"page and paragraph numbers", "See the report, p. 12 and pp. 14-15, para. 3. It is long.",
			[]string{"See the report, p. 12 and pp. 14-15, para. 3.", "It is long."}},
		{"quote closing a sentence", "He said: “We do not talk with terrorists.” The talks stalled.",
			[]string{"He said: “We do not talk with terrorists.”", "The talks stalled."}},
		{"question inside quote followed by lower case", "“Who will pay?” he asked. Nobody answered.",
			[]string{"“Who will pay?” he asked.", "Nobody answered."}},
		{"exclamation and question", "Stop the war! Will they listen? Few think so.",
			[]string{"Stop the war!", "Will they listen?", "Few think so."}},
		{"ellipsis before lower case", "The talks went on… and on. Then they stopped... for good.",
			[]string{"The talks went on… and on.", "Then they stopped... for good."}},
		{"ellipsis before capital", "We waited... Nothing happened.",
			[]string{"We waited...", "Nothing happened."}},
		{"blank line always ends", "Rebels seize town\n\nRebels seized the town of Gao on Tuesday",
			[]string{"Rebels seize town", "Rebels seized the town of Gao on Tuesday"}},
		{"headline then dateline", "Junta agrees to talks with rebels\nBAMAKO (AFP) - Mali's junta agreed on Monday to hold talks.",
			[]string{"Junta agrees to talks with rebels", "BAMAKO (AFP) - Mali's junta agreed on Monday to hold talks."}},
		{"title-case heading line", "Executive Summary\nThe war has reached a stalemate.",
			[]string{"Executive Summary", "The war has reached a stalemate."}},
		{"wrapped lines join", "The army withdrew from the northern\ntowns after the talks failed. It\nregrouped in the south.",
			[]string{"The army withdrew from the northern\ntowns after the talks failed.", "It\nregrouped in the south."}},
		{"bullets", "Key points:\n• Troops will leave\n• Bases will close\n- Talks resume",
			[]string{"Key points:", "• Troops will leave", "• Bases will close", "- Talks resume"}},
		{"footnote blocks", "The talks failed.3\n3 See “Mali talks”, RFI, 24 May 2017.\n4 Crisis Group interview, Bamako, June 2018.",
			[]string{"The talks failed.3", "3 See “Mali talks”, RFI, 24 May 2017.", "4 Crisis Group interview, Bamako, June 2018."}},
		{"footnote mark after quote", "They called it a “sham.”1 With that aim, talks began.",
			[]string{"They called it a “sham.”1", "With that aim, talks began."}},
		{"superscript footnote mark", "Rebels called the offer a “trick”.² A truce began in May.",
			[]string{"Rebels called the offer a “trick”.²", "A truce began in May."}},
		{"bracketed footnote mark", "The truce collapsed.[5] Fighting reached the city.",
			[]string{"The truce collapsed.[5]", "Fighting reached the city."}},
		{"superscript after a period", "The talks failed.¹³ Fighting resumed.",
			[]string{"The talks failed.¹³", "Fighting resumed."}},
		{"line with only a number", "the end of the war.\n5\nSee the annex.",
			[]string{"the end of the war.", "5", "See the annex."}},
		{"no punctuation at all", "Ceasefire holds in north\nPrisoners freed in swap\nTalks to resume",
			[]string{"Ceasefire holds in north", "Prisoners freed in swap", "Talks to resume"}},
		{"sentence starting with digit", "The deal was signed. 2020 was calm.",
			[]string{"The deal was signed.", "2020 was calm."}},
		{"parenthesis opens next sentence", "The mission ended. (It had lasted a decade.) Troops left.",
			[]string{"The mission ended.", "(It had lasted a decade.)", "Troops left."}},
		{"numbered list item", "1. The army withdrew.\n2. The rebels advanced.",
			[]string{"1. The army withdrew.", "2. The rebels advanced."}},
		{"url does not split", "Details at www.example.org/report. The report is long.",
			[]string{"Details at www.example.org/report.", "The report is long."}},
		{"leading and trailing space", "  \n Talks began.  \n\n ",
			[]string{"Talks began."}},
		{"empty", "", nil},
		{"only spaces", " \n\t \n", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := texts(tc.in)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Split(%q)\n got  %q\n want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestHardCap(t *testing.T) {
	word := "ceasefire "
	long := strings.Repeat(word, 450) // 4500 bytes, no punctuation, no newline
	spans := Split(long)
	if len(spans) < 5 {
		t.Fatalf("got %d sentences, want at least 5", len(spans))
	}
	for _, sp := range spans {
		if sp[1]-sp[0] > MaxSentence {
			t.Errorf("sentence %v is %d bytes, cap %d", sp, sp[1]-sp[0], MaxSentence)
		}
		if s := long[sp[0]:sp[1]]; !strings.HasPrefix(s, "ceasefire") || !strings.HasSuffix(s, "ceasefire") {
			t.Errorf("sentence cut inside a word: %q...", s[:20])
		}
	}
	// No spaces at all: cut on a rune boundary.
	blob := strings.Repeat("é", 1500)
	for _, sp := range Split(blob) {
		if sp[1]-sp[0] > MaxSentence || !utf8.ValidString(blob[sp[0]:sp[1]]) {
			t.Errorf("bad cut %v", sp)
		}
	}
}

func TestProcess(t *testing.T) {
	raw := "Title\n\nTroops left. Talks began."
	var m model.OffsetMap
	m.Add(0, 0)
	m.Add(7, 10) // three raw bytes dropped before "Troops"
	doc := &model.Document{ID: "t1", Text: raw, Map: m}
	if err := New().Process(doc); err != nil {
		t.Fatal(err)
	}
	want := []model.Sentence{
		{Index: 0, Start: 0, End: 5, RawStart: 0, RawEnd: 5},
		{Index: 1, Start: 7, End: 19, RawStart: 10, RawEnd: 22},
		{Index: 2, Start: 20, End: 32, RawStart: 23, RawEnd: 35},
	}
	if !reflect.DeepEqual(doc.Sentences, want) {
		t.Errorf("got %+v\nwant %+v", doc.Sentences, want)
	}
	if err := New().Process(nil); err == nil {
		t.Error("Process(nil) gave no error")
	}
}

// checkSpans verifies the invariants every split must keep.
func checkSpans(t *testing.T, text string, spans [][2]int) {
	t.Helper()
	prev := 0
	for i, sp := range spans {
		if sp[0] < prev || sp[0] >= sp[1] || sp[1] > len(text) {
			t.Fatalf("span %d %v out of order or empty (prev end %d, len %d)", i, sp, prev, len(text))
		}
		s := text[sp[0]:sp[1]]
		if strings.TrimSpace(s) != s && !strings.ContainsRune(s, utf8.RuneError) {
			t.Fatalf("span %d %q not trimmed", i, s)
		}
		if sp[1]-sp[0] > MaxSentence {
			t.Fatalf("span %d longer than the cap: %d", i, sp[1]-sp[0])
		}
		prev = sp[1]
	}
}

func TestSeeds(t *testing.T) {
	files, _ := filepath.Glob("../../seeds/*.txt")
	if len(files) == 0 {
		t.Skip("no seeds")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		spans := Split(text)
		checkSpans(t, text, spans)
		if len(spans) < 10 {
			t.Errorf("%s: only %d sentences", f, len(spans))
		}
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"The U.S. said on Monday. Talks began.",
		"a.b.c. d... E… f\n\n\n• x\n1 Y\n“q?” r",
		strings.Repeat("x ", 700),
		"\xe2\x80", "é.\u00a0A", ". . .", "3.5.", "Mr.", "”1 A",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		spans := Split(text)
		prev := 0
		for i, sp := range spans {
			if sp[0] < prev || sp[0] >= sp[1] || sp[1] > len(text) {
				t.Fatalf("span %d %v bad (prev %d, len %d)", i, sp, prev, len(text))
			}
			if sp[1]-sp[0] > MaxSentence {
				t.Fatalf("span %d too long", i)
			}
			if strings.TrimSpace(text[sp[0]:sp[1]]) == "" {
				t.Fatalf("span %d is blank", i)
			}
			prev = sp[1]
		}
	})
}

func BenchmarkSplit(b *testing.B) {
	files, _ := filepath.Glob("../../seeds/*.txt")
	var sb strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
		sb.WriteString("\n\n")
	}
	text := sb.String()
	if text == "" {
		b.Skip("no seeds")
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var dst [][2]int
	for i := 0; i < b.N; i++ {
		dst = appendSplit(dst[:0], text, MaxSentence)
	}
}
