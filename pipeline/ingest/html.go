package ingest

import (
	"strings"
	"unicode/utf8"

	"eventtimeline/pipeline/model"
)

// blockTags are the elements that start and end a paragraph.
var blockTags = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "body": true,
	"br": true, "caption": true, "center": true, "dd": true, "details": true, "div": true,
	"dl": true, "dt": true, "figcaption": true, "figure": true, "footer": true, "form": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "head": true,
	"header": true, "hr": true, "html": true, "li": true, "main": true, "nav": true,
	"ol": true, "p": true, "pre": true, "section": true, "summary": true, "table": true,
	"tbody": true, "tfoot": true, "thead": true, "title": true, "tr": true, "ul": true,
}

// cellTags separate words without breaking the paragraph.
var cellTags = map[string]bool{"td": true, "th": true, "option": true}

// rawTextTags hold text that is not document text.
var rawTextTags = map[string]bool{"script": true, "style": true, "template": true, "svg": true, "math": true, "textarea": true}

// htmlScanner extracts the text of an HTML document.
type htmlScanner struct {
	s    string
	out  []byte
	m    model.OffsetMap
	ws   int // position of pending whitespace, -1 when none
	para int // position of the tag that asks for a paragraph break, -1 when none
}

// extractHTML returns the text of the HTML document s and the map from text
// offsets to offsets in s. Markup, comments, scripts and styles are dropped,
// entities decoded, runs of whitespace collapsed to one space, and block
// elements (p, div, br, li, h1-h6, tr, title...) become paragraph breaks
// ("\n\n"). The scanner is tolerant: unclosed tags and comments end the text,
// a "<" that does not start a tag is text.
func extractHTML(s string) (string, model.OffsetMap) {
	h := htmlScanner{s: s, out: make([]byte, 0, len(s)/2), ws: -1, para: -1}
	h.m.Grow(len(s)/24 + 4)
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case c == '<':
			i = h.tag(i)
		case c == '&':
			i = h.entity(i)
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f':
			if h.ws < 0 {
				h.ws = i
			}
			i++
		case c == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0: // no-break space
			if h.ws < 0 {
				h.ws = i
			}
			i += 2
		default:
			j := i + 1
			for j < len(s) {
				d := s[j]
				if d == '<' || d == '&' || d == ' ' || d == '\t' || d == '\n' || d == '\r' || d == '\f' || d == 0xC2 {
					break
				}
				j++
			}
			h.flush()
			h.m.Add(len(h.out), i)
			h.out = append(h.out, s[i:j]...)
			i = j
		}
	}
	if h.m.Len() == 0 {
		h.m.Add(0, 0)
	}
	return string(h.out), h.m
}

// flush writes the pending paragraph break or space before new text.
func (h *htmlScanner) flush() {
	if len(h.out) > 0 {
		if h.para >= 0 {
			h.m.Add(len(h.out), h.para)
			h.out = append(h.out, '\n')
			h.m.Add(len(h.out), h.para)
			h.out = append(h.out, '\n')
		} else if h.ws >= 0 {
			h.m.Add(len(h.out), h.ws)
			h.out = append(h.out, ' ')
		}
	}
	h.ws, h.para = -1, -1
}

// emit writes a decoded character standing for s[at:at+rawLen].
func (h *htmlScanner) emit(r rune, at, rawLen int) {
	h.flush()
	h.m.AddUnits(len(h.out), at, utf8.RuneLen(r), rawLen)
	h.out = utf8.AppendRune(h.out, r)
}

func (h *htmlScanner) breakPara(at int) {
	if h.para < 0 {
		h.para = at
	}
}

// tag handles the markup starting at s[i] == '<' and returns the position
// after it.
func (h *htmlScanner) tag(i int) int {
	s := h.s
	rest := s[i+1:]
	switch {
	case strings.HasPrefix(rest, "!--"):
		if k := strings.Index(s[i+4:], "-->"); k >= 0 {
			return i + 4 + k + 3
		}
		return len(s)
	case strings.HasPrefix(rest, "![CDATA["):
		// CDATA outside foreign content: keep its text.
		k := strings.Index(s[i+9:], "]]>")
		end := len(s)
		if k >= 0 {
			end = i + 9 + k
		}
		if end > i+9 {
			h.flush()
			h.m.Add(len(h.out), i+9)
			h.out = append(h.out, s[i+9:end]...)
		}
		if k >= 0 {
			return end + 3
		}
		return len(s)
	case len(rest) > 0 && (rest[0] == '!' || rest[0] == '?'):
		if k := strings.IndexByte(rest, '>'); k >= 0 {
			return i + 1 + k + 1
		}
		return len(s)
	}
	closing := false
	j := i + 1
	if j < len(s) && s[j] == '/' {
		closing = true
		j++
	}
	if j >= len(s) || !isASCIILetter(s[j]) {
		// Not a tag: the "<" is text.
		h.flush()
		h.m.Add(len(h.out), i)
		h.out = append(h.out, '<')
		return i + 1
	}
	nameStart := j
	for j < len(s) && (isASCIILetter(s[j]) || s[j] >= '0' && s[j] <= '9' || s[j] == '-' || s[j] == ':') {
		j++
	}
	name := strings.ToLower(s[nameStart:j])
	// Skip attributes up to the closing '>', honouring quotes.
	end := len(s)
	var quote byte
	for k := j; k < len(s); k++ {
		c := s[k]
		if quote != 0 {
			if c == quote {
				quote = 0
			}
			continue
		}
		if c == '"' || c == '\'' {
			// Only quotes that open an attribute value count.
			if k > 0 && s[k-1] == '=' || k > 1 && s[k-1] == ' ' && s[k-2] == '=' {
				quote = c
			}
			continue
		}
		if c == '>' {
			end = k + 1
			break
		}
	}
	if end == len(s) && (end == 0 || s[end-1] != '>') {
		return len(s) // unclosed tag: the rest is markup
	}
	selfClosing := end >= 2 && s[end-2] == '/'
	switch {
	case blockTags[name]:
		h.breakPara(i)
	case cellTags[name]:
		if h.ws < 0 {
			h.ws = i
		}
	}
	if !closing && !selfClosing && rawTextTags[name] {
		// Skip to the matching end tag.
		k := indexFold(s[end:], "</"+name)
		if k < 0 {
			return len(s)
		}
		e := end + k
		if g := strings.IndexByte(s[e:], '>'); g >= 0 {
			return e + g + 1
		}
		return len(s)
	}
	return end
}

// entity decodes the character reference at s[i] == '&' if it is one, and
// returns the position after what it consumed.
func (h *htmlScanner) entity(i int) int {
	s := h.s
	r, n := decodeEntity(s[i:])
	if n == 0 {
		h.flush()
		h.m.Add(len(h.out), i)
		h.out = append(h.out, '&')
		return i + 1
	}
	switch r {
	case 0xA0, ' ', '\t', '\n':
		if h.ws < 0 {
			h.ws = i
		}
	case 0xAD, 0x200B: // soft hyphen, zero-width space: nothing
	default:
		h.emit(r, i, n)
	}
	return i + n
}

// decodeEntity decodes a character reference at the start of s ("&amp;",
// "&#8217;", "&#x2019;"). n is 0 when s does not start with one.
func decodeEntity(s string) (r rune, n int) {
	if len(s) < 3 || s[0] != '&' {
		return 0, 0
	}
	if s[1] == '#' {
		j := 2
		hex := false
		if j < len(s) && (s[j] == 'x' || s[j] == 'X') {
			hex = true
			j++
		}
		start := j
		var v rune
		for j < len(s) && j-start < 8 {
			c := s[j]
			var d rune
			switch {
			case c >= '0' && c <= '9':
				d = rune(c - '0')
			case hex && c >= 'a' && c <= 'f':
				d = rune(c-'a') + 10
			case hex && c >= 'A' && c <= 'F':
				d = rune(c-'A') + 10
			default:
				d = -1
			}
			if d < 0 {
				break
			}
			if hex {
				v = v*16 + d
			} else {
				v = v*10 + d
			}
			j++
		}
		if j == start {
			return 0, 0
		}
		if j < len(s) && s[j] == ';' {
			j++
		}
		switch {
		case v >= 0x80 && v < 0xA0:
			v = cp1252(byte(v))
		case v == 0 || v > utf8.MaxRune || v >= 0xD800 && v < 0xE000:
			v = utf8.RuneError
		}
		return v, j
	}
	j := 1
	for j < len(s) && j < 12 && (isASCIILetter(s[j]) || s[j] >= '0' && s[j] <= '9') {
		j++
	}
	name := s[1:j]
	r, ok := entities[name]
	if !ok {
		return 0, 0
	}
	if j < len(s) && s[j] == ';' {
		return r, j + 1
	}
	// Without ';' only the common legacy names count, and not inside a word.
	if !legacyEntities[name] || j < len(s) && (isASCIILetter(s[j]) || s[j] == '=') {
		return 0, 0
	}
	return r, j
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// indexFold is strings.Index for an ASCII lower-case needle, ignoring case.
func indexFold(s, lowerNeedle string) int {
	n := len(lowerNeedle)
	for i := 0; i+n <= len(s); i++ {
		k := strings.IndexByte(s[i:], '<')
		if k < 0 {
			return -1
		}
		i += k
		if i+n <= len(s) && strings.EqualFold(s[i:i+n], lowerNeedle) {
			return i
		}
	}
	return -1
}

var legacyEntities = map[string]bool{"amp": true, "lt": true, "gt": true, "quot": true, "nbsp": true, "copy": true, "reg": true}

// entities are the named character references of HTML that text uses.
var entities = map[string]rune{
	"amp": '&', "lt": '<', "gt": '>', "quot": '"', "apos": '\'', "nbsp": 0xA0,
	"ensp": 0x2002, "emsp": 0x2003, "thinsp": 0x2009, "zwnj": 0x200C, "zwj": 0x200D,
	"ndash": 0x2013, "mdash": 0x2014, "minus": 0x2212, "hyphen": 0x2010, "shy": 0xAD,
	"lsquo": 0x2018, "rsquo": 0x2019, "sbquo": 0x201A, "ldquo": 0x201C, "rdquo": 0x201D,
	"bdquo": 0x201E, "laquo": 0xAB, "raquo": 0xBB, "lsaquo": 0x2039, "rsaquo": 0x203A,
	"hellip": 0x2026, "bull": 0x2022, "middot": 0xB7, "prime": 0x2032, "Prime": 0x2033,
	"dagger": 0x2020, "Dagger": 0x2021, "sect": 0xA7, "para": 0xB6, "deg": 0xB0,
	"copy": 0xA9, "reg": 0xAE, "trade": 0x2122, "euro": 0x20AC, "pound": 0xA3,
	"yen": 0xA5, "cent": 0xA2, "curren": 0xA4, "times": 0xD7, "divide": 0xF7,
	"plusmn": 0xB1, "frac12": 0xBD, "frac14": 0xBC, "frac34": 0xBE, "sup1": 0xB9,
	"sup2": 0xB2, "sup3": 0xB3, "ordf": 0xAA, "ordm": 0xBA, "iexcl": 0xA1, "iquest": 0xBF,
	"acute": 0xB4, "uml": 0xA8, "cedil": 0xB8, "macr": 0xAF, "not": 0xAC, "brvbar": 0xA6,
	"micro": 0xB5, "larr": 0x2190, "rarr": 0x2192, "uarr": 0x2191, "darr": 0x2193,
	"Agrave": 0xC0, "Aacute": 0xC1, "Acirc": 0xC2, "Atilde": 0xC3, "Auml": 0xC4, "Aring": 0xC5,
	"AElig": 0xC6, "Ccedil": 0xC7, "Egrave": 0xC8, "Eacute": 0xC9, "Ecirc": 0xCA, "Euml": 0xCB,
	"Igrave": 0xCC, "Iacute": 0xCD, "Icirc": 0xCE, "Iuml": 0xCF, "ETH": 0xD0, "Ntilde": 0xD1,
	"Ograve": 0xD2, "Oacute": 0xD3, "Ocirc": 0xD4, "Otilde": 0xD5, "Ouml": 0xD6, "Oslash": 0xD8,
	"Ugrave": 0xD9, "Uacute": 0xDA, "Ucirc": 0xDB, "Uuml": 0xDC, "Yacute": 0xDD, "THORN": 0xDE,
	"szlig": 0xDF, "agrave": 0xE0, "aacute": 0xE1, "acirc": 0xE2, "atilde": 0xE3, "auml": 0xE4,
	"aring": 0xE5, "aelig": 0xE6, "ccedil": 0xE7, "egrave": 0xE8, "eacute": 0xE9, "ecirc": 0xEA,
	"euml": 0xEB, "igrave": 0xEC, "iacute": 0xED, "icirc": 0xEE, "iuml": 0xEF, "eth": 0xF0,
	"ntilde": 0xF1, "ograve": 0xF2, "oacute": 0xF3, "ocirc": 0xF4, "otilde": 0xF5, "ouml": 0xF6,
	"oslash": 0xF8, "ugrave": 0xF9, "uacute": 0xFA, "ucirc": 0xFB, "uuml": 0xFC, "yacute": 0xFD,
	"thorn": 0xFE, "yuml": 0xFF, "OElig": 0x152, "oelig": 0x153, "Scaron": 0x160,
	"scaron": 0x161, "Yuml": 0x178, "fnof": 0x192, "circ": 0x2C6, "tilde": 0x2DC,
	"Alpha": 0x391, "alpha": 0x3B1, "beta": 0x3B2, "gamma": 0x3B3, "delta": 0x3B4,
	"mu": 0x3BC, "pi": 0x3C0, "sigma": 0x3C3, "omega": 0x3C9, "infin": 0x221E,
	"le": 0x2264, "ge": 0x2265, "ne": 0x2260, "asymp": 0x2248, "lrm": 0x200E, "rlm": 0x200F,
}
