package gazetteer

import (
	"unicode"
	"unicode/utf8"
)

// token is one word of a normalised text: [start,end) in the original text
// and [ns,ne) in the normalised string.
type token struct {
	start, end int
	ns, ne     int
	h          uint32 // FNV-1a hash of the normalised word norm[ns:ne]
}

// foldRune maps a letter with a diacritic to its base letters ("é" -> "e",
// "œ" -> "oe"). It returns "" when the rune has no folding.
func foldRune(r rune) string {
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å', 'ā', 'ă', 'ą', 'À', 'Á', 'Â', 'Ã', 'Ä', 'Å', 'Ā', 'Ă', 'Ą':
		return "a"
	case 'ç', 'ć', 'č', 'ĉ', 'Ç', 'Ć', 'Č':
		return "c"
	case 'ď', 'đ', 'Ď', 'Đ':
		return "d"
	case 'è', 'é', 'ê', 'ë', 'ē', 'ė', 'ę', 'ě', 'È', 'É', 'Ê', 'Ë', 'Ē', 'Ė', 'Ę', 'Ě':
		return "e"
	case 'ğ', 'ġ', 'Ğ', 'Ġ':
		return "g"
	case 'ì', 'í', 'î', 'ï', 'ī', 'ı', 'į', 'İ', 'Ì', 'Í', 'Î', 'Ï', 'Ī':
		return "i"
	case 'ł', 'ľ', 'Ł', 'Ľ':
		return "l"
	case 'ñ', 'ń', 'ň', 'Ñ', 'Ń', 'Ň':
		return "n"
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø', 'ō', 'ő', 'Ò', 'Ó', 'Ô', 'Õ', 'Ö', 'Ø', 'Ō', 'Ő':
		return "o"
	case 'ř', 'Ř':
		return "r"
	case 'ś', 'š', 'ş', 'ș', 'Ś', 'Š', 'Ş', 'Ș':
		return "s"
	case 'ţ', 'ț', 'ť', 'Ţ', 'Ț', 'Ť':
		return "t"
	case 'ù', 'ú', 'û', 'ü', 'ū', 'ů', 'ű', 'ų', 'Ù', 'Ú', 'Û', 'Ü', 'Ū', 'Ů', 'Ű':
		return "u"
	case 'ý', 'ÿ', 'Ý', 'Ÿ':
		return "y"
	case 'ź', 'ż', 'ž', 'Ź', 'Ż', 'Ž':
		return "z"
	case 'œ', 'Œ':
		return "oe"
	case 'æ', 'Æ':
		return "ae"
	case 'ß':
		return "ss"
	}
	return ""
}

var asciiAlnum, asciiLower [256]byte

// Byte classes for normalizeInto.
const (
	classBoundary = iota // ASCII space or punctuation, not an apostrophe
	classAlnum           // ASCII letter or digit
	classOther           // an apostrophe or backtick, or a byte of a multi-byte rune
)

// byteClass is the class of every byte.
var byteClass [256]uint8

// FNV-1a constants.
const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func init() {
	for c := 0; c < 256; c++ {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
			byteClass[c] = classAlnum
		case c >= utf8.RuneSelf, c == '\'', c == '`':
			byteClass[c] = classOther
		}
	}
	for c := 0; c < 256; c++ {
		asciiLower[c] = byte(c)
	}
	for c := 'a'; c <= 'z'; c++ {
		asciiAlnum[c], asciiAlnum[c-'a'+'A'] = 1, 1
		asciiLower[c-'a'+'A'] = byte(c)
	}
	for c := '0'; c <= '9'; c++ {
		asciiAlnum[c] = 1
	}
}

// isApostrophe reports whether r is written as an apostrophe.
func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == '‘' || r == 'ʼ' || r == '`' || r == '´' || r == 'ʻ'
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// normalize folds text for matching: lower case, diacritics removed,
// apostrophes inside words dropped ("Jama’at" -> "jamaat"), a possessive
// "'s" dropped ("Mali’s" -> "mali"), and every other non-letter a word
// boundary (hyphens, dots, spaces). It returns the normalised string, its
// words separated by single spaces, and the words with their offsets in text.
func normalize(text string, toks []token) (string, []token) {
	out, toks := normalizeInto(make([]byte, 0, len(text)), text, toks)
	return string(out), toks
}

// normalizeInto is normalize appending the normalised text to out (which
// it may grow) instead of allocating a string. Every token also gets the
// FNV-1a hash of its normalised word.
func normalizeInto(out []byte, text string, toks []token) ([]byte, []token) {
	out = out[:0]
	inWord := false
	var cur token
	h := uint32(fnvOffset) // hash of the current word so far
	for i := 0; i < len(text); {
		c := text[i]
		switch byteClass[c] {
		case classBoundary:
			// fast path: ASCII space or punctuation other than an apostrophe
			// ends a word
			if inWord {
				cur.end, cur.ne, cur.h = i, len(out), h
				toks = append(toks, cur)
				inWord = false
			}
			i++
			continue
		case classAlnum:
			// fast path: a run of ASCII letters and digits
			if !inWord {
				if len(out) > 0 {
					out = append(out, ' ')
				}
				inWord = true
				cur = token{start: i, ns: len(out)}
				h = fnvOffset
			}
			j := i + 1
			for j < len(text) && byteClass[text[j]] == classAlnum {
				j++
			}
			n := len(out)
			out = append(out, text[i:j]...)
			for k := n; k < len(out); k++ {
				b := asciiLower[out[k]]
				out[k] = b
				h = (h ^ uint32(b)) * fnvPrime
			}
			i = j
			continue
		}
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case isWordRune(r):
			if !inWord {
				if len(out) > 0 {
					out = append(out, ' ')
				}
				inWord = true
				cur = token{start: i, ns: len(out)}
				h = fnvOffset
			}
			n := len(out)
			switch {
			case r >= 'A' && r <= 'Z':
				out = append(out, byte(r)+('a'-'A'))
			case r < utf8.RuneSelf:
				out = append(out, byte(r))
			default:
				if f := foldRune(r); f != "" {
					out = append(out, f...)
				} else {
					out = utf8.AppendRune(out, unicode.ToLower(r))
				}
			}
			for _, b := range out[n:] {
				h = (h ^ uint32(b)) * fnvPrime
			}
			i += size
		case isApostrophe(r) && inWord:
			j := i + size
			if j < len(text) && (text[j] == 's' || text[j] == 'S') && (j+1 == len(text) || !startsWord(text[j+1:])) {
				// possessive: the word ends here and the "'s" is dropped.
				cur.end, cur.ne, cur.h = i, len(out), h
				toks = append(toks, cur)
				inWord = false
				i = j + 1
				continue
			}
			if j < len(text) && startsWord(text[j:]) {
				i = j // apostrophe inside a word: drop it
				continue
			}
			cur.end, cur.ne, cur.h = i, len(out), h
			toks = append(toks, cur)
			inWord = false
			i = j
		default:
			if inWord {
				cur.end, cur.ne, cur.h = i, len(out), h
				toks = append(toks, cur)
				inWord = false
			}
			i += size
		}
	}
	if inWord {
		cur.end, cur.ne, cur.h = len(text), len(out), h
		toks = append(toks, cur)
	}
	return out, toks
}

func startsWord(s string) bool {
	if s == "" {
		return false
	}
	if s[0] < utf8.RuneSelf {
		return isWordRune(rune(s[0]))
	}
	r, _ := utf8.DecodeRuneInString(s)
	return isWordRune(r)
}

// Normalize returns the matching form of s: lower case, diacritics folded,
// apostrophes and possessives dropped, words separated by single spaces.
func Normalize(s string) string {
	n, _ := normalize(s, nil)
	return n
}

// alnumKey returns the letters and digits of s with diacritics folded but
// case kept; it compares case-sensitive aliases ("US" is not "us").
func alnumKey(s string) string {
	return string(appendAlnumKey(make([]byte, 0, len(s)), s))
}

// alnumKeyIs reports whether alnumKey(s) == key without allocating for
// short names.
func alnumKeyIs(s, key string) bool {
	var buf [64]byte
	return string(appendAlnumKey(buf[:0], s)) == key
}

// appendAlnumKey appends alnumKey(s) to out.
func appendAlnumKey(out []byte, s string) []byte {
	for _, r := range s {
		if !isWordRune(r) {
			continue
		}
		if f := foldRune(r); f != "" {
			if unicode.IsUpper(r) && len(f) > 0 {
				out = append(out, f[0]-('a'-'A'))
				out = append(out, f[1:]...)
				continue
			}
			out = append(out, f...)
			continue
		}
		out = utf8.AppendRune(out, r)
	}
	return out
}
