package temporal

import (
	"strings"
	"testing"
)

// TestLookupAgreesWithWords checks that the packed lookup table finds
// every word of the lexicon, in any case, and nothing else.
func TestLookupAgreesWithWords(t *testing.T) {
	lx := newLexicon()
	if len(lx.words) == 0 {
		t.Fatal("empty lexicon")
	}
	for w, want := range lx.words {
		if len(w) > 15 || strings.IndexFunc(w, func(r rune) bool { return r >= 0x80 }) >= 0 {
			continue
		}
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if got := lx.lookup(v); got != want {
				t.Errorf("lookup(%q) = %+v, want %+v", v, got, want)
			}
		}
	}
	for _, w := range []string{"", "zzz", "januaryy", "janu", "a very long word indeed", "mayo", "jun3"} {
		if _, ok := lx.words[strings.ToLower(w)]; ok {
			continue
		}
		if got := lx.lookup(w); got != (entry{}) {
			t.Errorf("lookup(%q) = %+v, want none", w, got)
		}
	}
}
