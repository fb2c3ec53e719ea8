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

// mayHoldTimeByWord is mayHoldTime written plainly, byte by byte: the
// reference for the SWAR scan.
func mayHoldTimeByWord(lx *lexicon, text string) bool {
	for i := 0; i < len(text); {
		c := text[i]
		if isDigit(c) {
			return true
		}
		if !isLetter(c) {
			i++
			continue
		}
		j := i + 1
		for j < len(text) && isLetter(text[j]) {
			j++
		}
		if lx.lookup(text[i:j]).flag&fTrigger != 0 {
			return true
		}
		i = j
	}
	return false
}

// TestMayHoldTimeAgreesByWord compares mayHoldTime and lookupLetters with
// their plain forms on the seed sentences and on random mixes of words,
// digits, spaces, punctuation and UTF-8 at every alignment.
func TestMayHoldTimeAgreesByWord(t *testing.T) {
	lx := defaultLexicon
	var texts []string
	for _, d := range seedDocs(t) {
		for _, s := range d.Sentences {
			texts = append(texts, d.Text[s.Start:s.End])
		}
	}
	parts := []string{"the", "May", "mayor", "Monday", "MONDAYS", "week", "weekend", "weekends", "thursday", "That",
		"yesterday", "Yesterdays", "fall", "half", "x", "ab", " ", "  ", ",", ".", "-", "é", "’", "\n", "7",
		"abcdefghijklmnop", "septemberseptember", "December", "décembre", "nights", "TODAY"}
	seed := uint32(1)
	for k := 0; k < 20000; k++ {
		var sb strings.Builder
		for m := int(seed % 12); m >= 0; m-- {
			seed = seed*1664525 + 1013904223
			p := parts[seed>>8%uint32(len(parts))]
			if p == "7" && seed%5 != 0 {
				p = " "
			}
			sb.WriteString(p)
		}
		texts = append(texts, sb.String())
	}
	for _, text := range texts {
		for off := 0; off < 8 && off <= len(text); off++ {
			s := text[off:]
			if got, want := lx.mayHoldTime(s), mayHoldTimeByWord(lx, s); got != want {
				t.Fatalf("mayHoldTime(%q) = %v, want %v", s, got, want)
			}
		}
	}
	for w := range lx.words {
		for _, v := range []string{w, strings.ToUpper(w), "Zq" + w} {
			if !strings.ContainsFunc(v, func(r rune) bool { return !isLetter(byte(r)) || r >= 0x80 }) {
				if got, want := lx.lookupLetters(v), lx.lookup(v); got != want {
					t.Errorf("lookupLetters(%q) = %+v, want %+v", v, got, want)
				}
			}
		}
	}
}
