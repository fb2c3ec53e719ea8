package extract

import "strings"

// A news dateline opens the first paragraph of an agency story:
//
//	NIAMEY, Aug 2 2023 - Niger's presidential guard seized power ...
//	JEDDAH, May 21 (Reuters) - Sudan's army and the RSF signed ...
//	KYIV (AP) — Russia and Ukraine exchanged ...
//
// The date in it is the day the story was filed, not the time of the event
// the sentence reports.

// datelineMonths are the month names and abbreviations a dateline may hold.
var datelineMonths = [...]string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
	"dec", "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
	"december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

// isMonthWord reports whether w names a month or a weekday, in any case.
func isMonthWord(w string) bool {
	if len(w) < 3 || len(w) > 12 {
		return false // no month or weekday name is shorter or longer, even with a long s
	}
	var buf [12]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			// EqualFold folds a few non-ASCII letters to ASCII ones
			for _, m := range datelineMonths {
				if strings.EqualFold(w, m) {
					return true
				}
			}
			return false
		}
		buf[i] = lowerTable[c]
	}
	switch string(buf[:len(w)]) {
	case "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
		"dec", "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
		"december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// allUpper reports whether w has at least three letters and no lower-case
// ASCII letter ("NIAMEY", "N'DJAMENA"; not "Sudan").
func allUpper(w string) bool {
	letters := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'a' && c <= 'z' {
			return false
		}
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			letters++
		}
	}
	return letters >= 3
}

// datelineLen returns the length in bytes of a dateline opening text,
// up to and including its dash, or 0 when text opens with none. A dateline
// is a place written in capitals, or a capitalised place followed by an
// agency in parentheses or by a date, then a spaced dash or an em dash,
// within the first 80 bytes; every word before the dash outside the
// parentheses is capitalised.
func datelineLen(text string) int {
	if len(text) < 8 || !(text[0] >= 'A' && text[0] <= 'Z') {
		return 0
	}
	upper, agency, month, digit := false, false, false, false
	paren := false
	for i := 0; i < len(text) && i < 80; {
		c := text[i]
		switch {
		case c == '(':
			paren = true
			i++
		case c == ')':
			paren, agency = false, true
			i++
		case c >= '0' && c <= '9':
			digit = true
			i++
		case c == ' ' || c == ',' || c == '.' || c == '/':
			i++
		case c == '-' && i > 0 && text[i-1] == ' ' && i+1 < len(text) && text[i+1] == ' ',
			c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0x94 || text[i+2] == 0x93):
			if !(upper || agency || month && digit) {
				return 0
			}
			if c == '-' {
				return i + 1
			}
			return i + 3
		case asciiLetter[c] || c >= 0x80:
			// a word: capitalised outside the parentheses
			j := i
			for j < len(text) && (asciiLetter[text[j]] || text[j] >= 0x80 && !(text[j] == 0xE2 && j+1 < len(text) && text[j+1] == 0x80) || text[j] == '\'' || text[j] == '-' && j+1 < len(text) && asciiLetter[text[j+1]]) {
				j++
			}
			if j == i {
				return 0
			}
			w := text[i:j]
			if !paren {
				if !(w[0] >= 'A' && w[0] <= 'Z') && w[0] < 0x80 {
					return 0
				}
				if i == 0 && allUpper(w) {
					upper = true
				}
				if !month && isMonthWord(w) {
					month = true
				}
			}
			i = j
		default:
			return 0
		}
	}
	return 0
}

// pastForms are common irregular past-tense verbs of news reports.
var pastForms = set("was", "were", "had", "did", "said", "told", "took", "left", "met", "began", "withdrew", "fell",
	"broke", "came", "went", "held", "sent", "struck", "overthrew", "drew", "gave", "made", "won", "lost", "fought",
	"rose", "brought", "kept", "shot", "swept", "led")

// pastNext are words that follow a verb rather than an adjective in "-ed":
// "signed a", "exchanged 478", "agreed to", "seized power".
var pastNext = set("a", "an", "the", "its", "their", "his", "her", "to", "on", "in", "at", "with", "from", "by",
	"for", "into", "out", "power", "nearly", "about", "more", "over", "some", "all", "off", "up", "down", "back")

// perfectAux are auxiliaries of present-tense verb groups: "has withdrawn",
// "is withdrawing", "have agreed".
var perfectAux = set("has", "have", "is", "are", "am", "'s", "been", "be")

// presentTense reports whether the verbs of tokens [from, end) are in the
// present tense, as in a headline ("Russia and Ukraine swap prisoners") or
// a present perfect ("France has withdrawn its troops"): no past-tense form
// other than a participle after a present auxiliary.
func (s *sent) presentTense(from int) bool {
	for k := from; k < len(s.toks); k++ {
		t := &s.toks[k]
		if t.kind != kWord || t.cap || t.hyph {
			continue
		}
		past := t.in(pastForms) ||
			len(t.w) > 4 && t.w[len(t.w)-2:] == "ed" && (s.in(k+1, pastNext) || k+1 < len(s.toks) && s.toks[k+1].kind == kNum)
		if !past {
			continue
		}
		// "has withdrawn", "has now withdrawn": a present perfect
		p := k - 1
		if p > from && s.toks[p].kind == kWord && len(s.toks[p].w) > 2 && s.toks[p].w[len(s.toks[p].w)-2:] == "ly" {
			p--
		}
		if !s.in(p, perfectAux) {
			return false
		}
	}
	return true
}

// wordBefore returns the span [k,j) of the ASCII word that ends just
// before offset i of text, skipping spaces and line breaks (k == j when
// there is none).
func wordBefore(text string, i int) (k, j int) {
	j = i
	for j > 0 && (text[j-1] == ' ' || text[j-1] == '\n') {
		j--
	}
	k = j
	for k > 0 && asciiLetter[text[k-1]] {
		k--
	}
	return k, j
}

// endOfState reports whether the time expression starting at offset i of
// text is introduced by "until", "till", "through" or "up to": it gives the
// end of a state ("extended the truce until the end of February"), not the
// time of the event.
func endOfState(text string, i int) bool {
	k, j := wordBefore(text, i)
	w := text[k:j]
	switch {
	case strings.EqualFold(w, "until"), strings.EqualFold(w, "till"), strings.EqualFold(w, "through"),
		strings.EqualFold(w, "til"), strings.EqualFold(w, "untill"), strings.EqualFold(w, "thru"):
		return true
	case strings.EqualFold(w, "to"):
		m := k
		for m > 0 && text[m-1] == ' ' {
			m--
		}
		return m >= 2 && strings.EqualFold(text[m-2:m], "up") && (m == 2 || !asciiLetter[text[m-3]])
	}
	return false
}
