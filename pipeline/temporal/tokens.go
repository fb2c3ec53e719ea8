package temporal

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token kinds.
type tkind uint8

const (
	tWord tkind = iota + 1
	tNum
	tPunct
	tURL
)

// token is one word, number, punctuation mark or URL of a sentence.
type token struct {
	start, end int32 // byte offsets in the sentence
	num        int32 // value of a plain number (at most 10^7)
	r          rune  // punctuation rune
	e          entry // lexicon entry of a word
	kind       tkind
	gap        bool  // whitespace before the token
	upper      bool  // word starts with a capital letter
	ndig       uint8 // digits of a plain number (0: not a plain number)
	ord        bool  // number with an ordinal suffix: "19th"
	decade     bool  // number with an "s" suffix: "1990s"
}

// isLetter reports ASCII letters.
func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// tokenize appends the tokens of text to dst. It reports whether the text
// may hold a time expression: a digit, or a trigger word of the lexicon.
func tokenize(dst []token, text string, lx *lexicon) ([]token, bool) {
	interesting := false
	gap := true
	n := len(text)
	for i := 0; i < n; {
		c := text[i]
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r':
			gap = true
			i++
			continue
		case isLetter(c) || c >= 0x80 && isLetterRune(text, i):
			if c == 'h' || c == 'w' || c == 'H' || c == 'W' {
				if e := urlEnd(text, i); e > i {
					dst = append(dst, token{start: int32(i), end: int32(e), kind: tURL, gap: gap})
					gap = false
					i = e
					interesting = true
					continue
				}
			}
			j := i
			for j < n && scanClass[text[j]] == scanLetter {
				j++
			}
			ascii := true
			for j < n {
				b := text[j]
				if isLetter(b) {
					j++
					continue
				}
				if b >= 0x80 {
					r, l := utf8.DecodeRuneInString(text[j:])
					if unicode.IsLetter(r) {
						ascii = false
						j += l
						continue
					}
				}
				break
			}
			t := token{start: int32(i), end: int32(j), kind: tWord, gap: gap}
			if ascii {
				t.e = lx.lookupLetters(text[i:j])
				if t.e.flag&fTrigger != 0 {
					interesting = true
				}
			}
			t.upper = c >= 'A' && c <= 'Z' || !ascii && startsUpper(text[i:j])
			dst = append(dst, t)
			i = j
		case isDigit(c):
			interesting = true
			j := i
			v := int32(0)
			for j < n && isDigit(text[j]) {
				if v < 1e6 {
					v = v*10 + int32(text[j]-'0')
				}
				j++
			}
			t := token{start: int32(i), end: int32(j), kind: tNum, gap: gap, num: v}
			plain := true
			// Grouped or decimal numbers: "2,000", "3.5".
			for j+1 < n && (text[j] == ',' || text[j] == '.') && isDigit(text[j+1]) {
				plain = false
				j++
				for j < n && isDigit(text[j]) {
					j++
				}
			}
			if plain && j-i <= 4 {
				t.ndig = uint8(j - i)
			}
			// Letters glued to the number: ordinal or decade suffix, or a unit.
			if j < n && isLetter(text[j]) {
				k := j
				for k < n && isLetter(text[k]) {
					k++
				}
				switch strings.ToLower(text[j:k]) {
				case "st", "nd", "rd", "th":
					t.ord = true
				case "s":
					t.decade = true
				default:
					t.ndig = 0 // "8m", "14h30", "4x4"
				}
				j = k
			}
			t.end = int32(j)
			dst = append(dst, t)
			i = j
		default:
			r, l := rune(c), 1
			if c >= 0x80 {
				r, l = utf8.DecodeRuneInString(text[i:])
				if unicode.IsSpace(r) {
					gap = true
					i += l
					continue
				}
			}
			dst = append(dst, token{start: int32(i), end: int32(i + l), kind: tPunct, gap: gap, r: r})
			i += l
		}
		gap = false
	}
	return dst, interesting
}

func isLetterRune(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// urlEnd returns the end of a URL starting at i ("http://", "https://",
// "www."), or i when there is none. A final '.' or ',' is left out.
func urlEnd(text string, i int) int {
	rest := text[i:]
	if !(hasPrefixFold(rest, "http://") || hasPrefixFold(rest, "https://") || hasPrefixFold(rest, "www.")) {
		return i
	}
	j := i
	for j < len(text) && text[j] > ' ' && text[j] != '"' && text[j] != '<' && text[j] != '>' {
		if text[j] >= 0x80 {
			r, l := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) || r == '”' || r == '’' {
				break
			}
			j += l
			continue
		}
		j++
	}
	for j > i && (text[j-1] == '.' || text[j-1] == ',' || text[j-1] == ')' || text[j-1] == ';') {
		j--
	}
	return j
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// leadsToAnchor reports whether a time expression may start at token i.
// Every expression holds an anchor token: a number, a URL, a month,
// weekday, season or unit word, or "today", "tonight", "yesterday",
// "tomorrow". The grammar reaches its first anchor only through keywords
// ("since the end of"), count words ("a few"), ordinals ("the first
// quarter") and dashes ("mid-2020"). So an expression starts at an anchor,
// or at such a lead token from which lead tokens alone lead to an anchor.
func leadsToAnchor(toks []token, i int) bool {
	for ; i < len(toks); i++ {
		t := &toks[i]
		switch {
		case t.kind == tNum || t.kind == tURL || t.e.flag&fAnchor != 0:
			return true
		case t.e.flag&fLead != 0 || t.kind == tPunct && isDashRune(t.r):
		default:
			return false
		}
	}
	return false
}
