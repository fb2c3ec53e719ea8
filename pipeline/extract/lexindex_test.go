package extract

import (
	"testing"

	"eventtimeline/pipeline/model"
)

func TestMentionIDMatchesModel(t *testing.T) {
	for _, c := range []struct {
		doc  string
		span int
		typ  string
		rank int
	}{
		{"doc-1", 0, model.TypeCoup, 0},
		{"", 123456, model.TypeTalks, 3},
		{"a:b", -1, model.TypeCeasefire, 12},
	} {
		if got, want := mentionID(c.doc, c.span, c.typ, c.rank), model.MentionID(c.doc, c.span, c.typ, c.rank); got != want {
			t.Errorf("mentionID = %q, model.MentionID = %q", got, want)
		}
	}
}

// TestLexiconAgreesWithSets checks that every token's lexicon bits, head
// and marker classes are what the word sets and tables say.
func TestLexiconAgreesWithSets(t *testing.T) {
	x := New()
	words := []string{"troops", "withdrew", "not", "said", "the", "zzz", "ceasefire", "d’état", ",", "2", "may"}
	for _, w := range words {
		tk := tok{w: w}
		tk.withLex(x.lex)
		for _, ws := range allSets {
			if tk.in(ws) != ws.has(w) {
				t.Errorf("%q: lexicon says %v for set %d, set says %v", w, tk.in(ws), ws.bit, ws.has(w))
			}
		}
		if tk.head != x.heads[w] || tk.marker != x.markers[w] {
			t.Errorf("%q: head %d marker %d, want %d %d", w, tk.head, tk.marker, x.heads[w], x.markers[w])
		}
	}
	// every word of every set and table must be found
	for _, ws := range allSets {
		for w := range ws.words {
			if e := x.lex.lookup(w); e == nil || !e.bits.has(ws.bit) {
				t.Errorf("lexicon misses %q of set %d", w, ws.bit)
			}
		}
	}
}

// TestTypeRanks counts ranks per type in order of appearance.
func TestTypeRanks(t *testing.T) {
	var r typeRanks
	got := []int{r.next("a"), r.next("b"), r.next("a"), r.next("a"), r.next("b")}
	want := []int{0, 0, 1, 2, 1}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("ranks = %v, want %v", got, want)
		}
	}
}
