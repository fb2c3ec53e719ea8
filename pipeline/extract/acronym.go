package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"eventtimeline/pipeline/model"
)

// Acronyms of named accords and truces.
//
// A report names an accord in full once and by its initials after: "the
// Comprehensive Peace Agreement (CPA)", then "where the CPA was signed".
// docAcronyms reads a document's named accords ("... Agreement", "...
// Accord(s)", "... Treaty", "... Ceasefire", "... Armistice", with "of",
// "on", "for", "and", "the" allowed inside) and maps the acronym each one
// is given in parentheses right after it, or else the initials of its
// capitalised words, to the event type the name tells: a ceasefire when a
// word of the name is a truce word, a peace agreement otherwise. A later
// token that is exactly that acronym names the same event.

// acronymHeads end the name of an accord or a truce.
var acronymHeads = map[string]bool{
	"Agreement": true, "Accord": true, "Accords": true, "Treaty": true, "Ceasefire": true,
	"Cease-fire": true, "Armistice": true, "Truce": true,
}

// acronymHeadWords are the spellings of the acronymHeads that a search
// for a head must try: "Accord" finds "Accords" too.
var acronymHeadWords = []string{"Agreement", "Accord", "Treaty", "Ceasefire", "Cease-fire", "Armistice", "Truce"}

// docAcronyms returns the acronyms of the accords and truces a text names
// in full, with their event types; nil when there is none. The words are
// the text's whitespace-separated fields (as strings.Fields splits them),
// but only those around a head word are looked at.
func docAcronyms(text string) map[string]string {
	var heads []int // offsets of the fields that are head words, in order
	for _, hw := range acronymHeadWords {
		for off := 0; ; {
			k := strings.Index(text[off:], hw)
			if k < 0 {
				break
			}
			p := off + k
			off = p + len(hw)
			if p > 0 && !spaceBefore(text, p) {
				continue // inside a field
			}
			if acronymHeads[strings.TrimRight(text[p:fieldEnd(text, p)], ".,;:)\"”’'")] && !slices.Contains(heads, p) {
				heads = append(heads, p)
			}
		}
	}
	if len(heads) == 0 {
		return nil
	}
	slices.Sort(heads)
	var out map[string]string
	var before, after [6]string
	for _, p := range heads {
		w := text[p:fieldEnd(text, p)]
		head := strings.TrimRight(w, ".,;:)\"”’'")
		nb := fieldsBefore(text, p, before[:])
		na := fieldsAfter(text, p+len(w), after[:])
		// the capitalised words of the name, back from its head, and the
		// words of a name that continues after it ("Agreement on the
		// Bangsamoro")
		name := []string{head}
		for j := 0; j < nb; j++ {
			v := strings.Trim(before[j], "\"“‘'(")
			if v == "" || strings.ContainsAny(v, ".,;:)") {
				break
			}
			if !startsUpper(v) {
				if v == "of" || v == "on" || v == "for" || v == "and" {
					name = append([]string{v}, name...)
					continue
				}
				break
			}
			name = append([]string{v}, name...)
		}
		for len(name) > 0 && !startsUpper(name[0]) {
			name = name[1:]
		}
		end := 0       // the words of the name after the head, then the next word
		if head == w { // the name may go on: "Agreement on the Bangsamoro (CAB)"
			for j := 0; j < na && j < 5; j++ {
				v := strings.TrimRight(after[j], ".,;:\"”’'")
				if v == "of" || v == "on" || v == "for" || v == "the" || v == "and" {
					continue
				}
				if !startsUpper(v) || strings.HasPrefix(v, "(") {
					break
				}
				name = append(name, v)
				end = j + 1
				if v != after[j] {
					break
				}
			}
		}
		if len(name) < 2 {
			continue
		}
		typ := model.TypePeaceAgreement
		var initials strings.Builder
		for _, v := range name {
			switch v {
			case "Ceasefire", "Cease-fire", "Armistice", "Truce":
				typ = model.TypeCeasefire
			}
			if startsUpper(v) {
				initials.WriteByte(v[0])
			}
		}
		acr := initials.String()
		if end < na {
			if p := strings.TrimRight(after[end], ".,;:"); len(p) > 3 && p[0] == '(' && p[len(p)-1] == ')' && allUpperASCII(p[1:len(p)-1]) {
				acr = p[1 : len(p)-1] // "(CAB)" given right after the name
			}
		}
		if len(acr) < 2 || len(acr) > 6 || !allUpperASCII(acr) {
			continue
		}
		if out == nil {
			out = map[string]string{}
		}
		if _, ok := out[acr]; !ok {
			out[acr] = typ
		}
	}
	return out
}

// spaceBefore reports whether the rune that ends text[:i] is white space
// (unicode.IsSpace, as strings.Fields splits).
func spaceBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(r)
}

// fieldEnd returns the end of the field that starts at text[i]: the offset
// of the next white space, or len(text).
func fieldEnd(text string, i int) int {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

// fieldsBefore fills buf with the fields that end before offset i, nearest
// first, and returns how many it found (at most len(buf)).
func fieldsBefore(text string, i int, buf []string) int {
	n := 0
	for n < len(buf) {
		for i > 0 && spaceBefore(text, i) { // the white space before
			_, k := utf8.DecodeLastRuneInString(text[:i])
			i -= k
		}
		if i == 0 {
			break
		}
		e := i
		for i > 0 && !spaceBefore(text, i) {
			_, k := utf8.DecodeLastRuneInString(text[:i])
			i -= k
		}
		buf[n] = text[i:e]
		n++
	}
	return n
}

// fieldsAfter fills buf with the fields that start at or after offset i, in
// order, and returns how many it found (at most len(buf)).
func fieldsAfter(text string, i int, buf []string) int {
	n := 0
	for n < len(buf) {
		for i < len(text) { // the white space after
			r, k := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsSpace(r) {
				break
			}
			i += k
		}
		if i == len(text) {
			break
		}
		e := fieldEnd(text, i)
		buf[n] = text[i:e]
		n++
		i = e
	}
	return n
}

// startsUpper reports whether s starts with an ASCII capital letter.
func startsUpper(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// allUpperASCII reports whether s is only ASCII capital letters.
func allUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return s != ""
}

// acronymCue reports whether a sentence names one of the document's
// accord acronyms, a cheap test that lets it past worthAnalysing.
func acronymCue(text string, acr map[string]string) bool {
	for a := range acr {
		if strings.Contains(text, a) {
			return true
		}
	}
	return false
}

// acronymTriggers adds the events a sentence names only by the acronym
// of an accord or a truce the document named in full.
func (s *sent) acronymTriggers() {
	if len(s.ctx.acronyms) == 0 {
		return
	}
	for i := range s.toks {
		t := &s.toks[i]
		if !t.cap || t.kind != kWord || t.e-t.s < 2 {
			continue
		}
		typ, ok := s.ctx.acronyms[s.text[t.s:t.e]]
		if !ok || s.hasCand(typ) {
			continue
		}
		if typ == model.TypeCeasefire {
			s.ceasefireAt(i, i+1, false)
		} else {
			s.peaceCand(i, i+1, false, true)
		}
	}
}
