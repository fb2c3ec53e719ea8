package extract

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	kWord uint8 = iota
	kNum
	kPunct
	kPoss // a possessive "'s"
)

// tok is one token of a sentence: [s,e) byte offsets in the sentence text,
// w its lower-case form.
type tok struct {
	s, e   int
	w      string
	bits   setBits // the word sets that hold w (see lexindex.go)
	kind   uint8
	head   uint8 // head class: the trigger detector the word starts, hNone for none
	marker uint8 // factuality marker class, mNone for none
	cap    bool  // starts with an upper-case letter
	hyph   bool  // joined to the previous token by a hyphen
	paren  bool  // inside parentheses or brackets
}

// withLex fills the token's lexicon fields from lx (nil: none).
func (t *tok) withLex(lx *lexicon) {
	if lx == nil {
		return
	}
	if e := lx.lookup(t.w); e != nil {
		t.bits, t.head, t.marker = e.bits, e.head, e.marker
	}
}

var asciiLetter, asciiWord [256]bool

// lowerTable maps every byte to itself, but ASCII upper-case letters to
// lower case.
var lowerTable [256]byte

func init() {
	for c := range lowerTable {
		lowerTable[c] = byte(c)
		if c >= 'A' && c <= 'Z' {
			lowerTable[c] = byte(c) + 'a' - 'A'
		}
	}
	for c := 'a'; c <= 'z'; c++ {
		asciiLetter[c] = true
		asciiLetter[c-'a'+'A'] = true
	}
	asciiWord = asciiLetter
	for c := '0'; c <= '9'; c++ {
		asciiWord[c] = true
	}
}

// lowerASCII lower-cases the ASCII letters of s; other bytes are kept, so
// offsets in the result are offsets in s. It allocates only when s has an
// upper-case letter.
func lowerASCII(s string) string {
	i := 0
	for i < len(s) && !(s[i] >= 'A' && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for ; i < len(b); i++ {
		if c := b[i]; c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func isWordRuneAt(s string, i int) (bool, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return asciiWord[c], 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r), n
}

// apostropheLen returns the byte length of an apostrophe at s[i], or 0.
func apostropheLen(s string, i int) int {
	switch {
	case s[i] == '\'':
		return 1
	case s[i] == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x99 || s[i+2] == 0x98):
		return 3 // ’ or ‘
	}
	return 0
}

// hyphenLen returns the byte length of a word-joining hyphen at s[i], or 0.
func hyphenLen(s string, i int) int {
	switch {
	case s[i] == '-':
		return 1
	case s[i] == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x90 || s[i+2] == 0x91):
		return 3 // ‐ or ‑
	}
	return 0
}

// tokenize splits text (and its lower-cased copy low) into tokens, appending
// to toks, and looks every token up in the lexicon lx (nil: no lookups). Words joined by hyphens become separate tokens flagged hyph; a
// possessive "'s" is a token of its own; "n't" becomes a "not" token.
func tokenize(text, low string, toks []tok, lx *lexicon) []tok {
	paren := 0
	hyphNext := false
	for i := 0; i < len(text); {
		word, n := isWordRuneAt(text, i)
		if word {
			start := i
			num := text[i] >= '0' && text[i] <= '9'
			i += n
			for i < len(text) {
				if c := text[i]; c < utf8.RuneSelf && asciiWord[c] {
					if num && c > '9' {
						break
					}
					i++
					continue
				}
				if w, m := isWordRuneAt(text, i); w {
					if num && !(text[i] >= '0' && text[i] <= '9') {
						break // "2015s" is rare; "10B" splits
					}
					i += m
					continue
				}
				if a := apostropheLen(text, i); a > 0 && i+a < len(text) {
					if w, _ := isWordRuneAt(text, i+a); w {
						// possessive 's or n't end the word; other apostrophes
						// (Jama’at, d’état) stay inside it.
						rest := i + a
						if (low[rest] == 's') && (rest+1 == len(text) || !isWordAt(text, rest+1)) {
							break
						}
						if low[rest] == 't' && i > start && low[i-1] == 'n' && (rest+1 == len(text) || !isWordAt(text, rest+1)) {
							break
						}
						i += a
						continue
					}
				}
				break
			}
			kind := kWord
			if num {
				kind = kNum
			}
			e := i
			// split "n't" off the word: "didn't" -> "did" + "not"
			negSplit := false
			if i < len(text) && apostropheLen(text, i) > 0 && e-start > 1 && low[e-1] == 'n' {
				a := apostropheLen(text, i)
				if i+a < len(text) && low[i+a] == 't' && (i+a+1 == len(text) || !isWordAt(text, i+a+1)) {
					negSplit = true
					e--
				}
			}
			c := text[start]
			toks = append(toks, tok{s: start, e: e, w: low[start:e], kind: kind,
				cap:  c >= 'A' && c <= 'Z' || c >= 0xC3 && c <= 0xC3 && start+1 < len(text) && text[start+1] >= 0x80 && text[start+1] <= 0x9E,
				hyph: hyphNext, paren: paren > 0})
			toks[len(toks)-1].withLex(lx)
			hyphNext = false
			if negSplit {
				a := apostropheLen(text, i)
				toks = append(toks, tok{s: e, e: i + a + 1, w: "not", kind: kWord, paren: paren > 0})
				toks[len(toks)-1].withLex(lx)
				i += a + 1
			}
			continue
		}
		if a := apostropheLen(text, i); a > 0 && len(toks) > 0 && toks[len(toks)-1].e == i && i+a < len(text) && low[i+a] == 's' && (i+a+1 == len(text) || !isWordAt(text, i+a+1)) {
			toks = append(toks, tok{s: i, e: i + a + 1, w: "'s", kind: kPoss, paren: paren > 0})
			toks[len(toks)-1].withLex(lx)
			i += a + 1
			continue
		}
		if h := hyphenLen(text, i); h > 0 && len(toks) > 0 && toks[len(toks)-1].e == i && i+h < len(text) && isWordAt(text, i+h) {
			hyphNext = true
			i += h
			continue
		}
		c := text[i]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			i++
			continue
		}
		_, n = utf8.DecodeRuneInString(text[i:])
		if c < utf8.RuneSelf {
			n = 1
		}
		switch c {
		case '(', '[':
			paren++
		}
		toks = append(toks, tok{s: i, e: i + n, w: text[i : i+n], kind: kPunct, paren: paren > 0})
		toks[len(toks)-1].withLex(lx)
		switch c {
		case ')', ']':
			if paren > 0 {
				paren--
			}
		}
		i += n
	}
	return toks
}

func isWordAt(s string, i int) bool {
	w, _ := isWordRuneAt(s, i)
	return w
}

// prefilter is a bitset of hashed trigger head words: a sentence none of
// whose words hashes into it cannot hold a trigger.
type prefilter [1 << 16 / 64]uint64

func hashWord(h uint32) uint32 { return (h ^ h>>16) & (1<<16 - 1) }

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func (p *prefilter) add(w string) {
	h := uint32(fnvOffset)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i]|0x20)) * fnvPrime
	}
	k := hashWord(h)
	p[k>>6] |= 1 << (k & 63)
}

// mayMatchWord reports whether the lower-case word w may be a head word; a
// nil prefilter lets every word through.
func (p *prefilter) mayMatchWord(w string) bool {
	if p == nil {
		return true
	}
	h := uint32(fnvOffset)
	for i := 0; i < len(w); i++ {
		if !asciiLetter[w[i]] {
			return false
		}
		h = (h ^ uint32(w[i]|0x20)) * fnvPrime
	}
	k := hashWord(h)
	return len(w) >= 3 && p[k>>6]&(1<<(k&63)) != 0
}

// mayMatch reports whether some ASCII word of text (case folded) may be a
// head word. It runs over the bytes once without allocating.
func (p *prefilter) mayMatch(text string) bool {
	h := uint32(fnvOffset)
	n := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if asciiLetter[c] {
			h = (h ^ uint32(c|0x20)) * fnvPrime
			n++
			continue
		}
		if n >= 3 {
			k := hashWord(h)
			if p[k>>6]&(1<<(k&63)) != 0 {
				return true
			}
		}
		h = fnvOffset
		n = 0
	}
	if n >= 3 {
		k := hashWord(h)
		return p[k>>6]&(1<<(k&63)) != 0
	}
	return false
}
