package extract

import (
	"strings"

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

// docAcronyms returns the acronyms of the accords and truces a text names
// in full, with their event types; nil when there is none.
func docAcronyms(text string) map[string]string {
	if !strings.Contains(text, "Agreement") && !strings.Contains(text, "Accord") && !strings.Contains(text, "Treaty") &&
		!strings.Contains(text, "Ceasefire") && !strings.Contains(text, "Cease-fire") && !strings.Contains(text, "Armistice") && !strings.Contains(text, "Truce") {
		return nil
	}
	var out map[string]string
	words := strings.Fields(text)
	for i, w := range words {
		head := strings.TrimRight(w, ".,;:)\"”’'")
		if !acronymHeads[head] {
			continue
		}
		// the capitalised words of the name, back from its head, and the
		// words of a name that continues after it ("Agreement on the
		// Bangsamoro")
		name := []string{head}
		for j := i - 1; j >= 0 && j >= i-6; j-- {
			v := strings.Trim(words[j], "\"“‘'(")
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
		end := i
		if head == w { // the name may go on: "Agreement on the Bangsamoro (CAB)"
			for j := i + 1; j < len(words) && j <= i+5; j++ {
				v := strings.TrimRight(words[j], ".,;:\"”’'")
				if v == "of" || v == "on" || v == "for" || v == "the" || v == "and" {
					continue
				}
				if !startsUpper(v) || strings.HasPrefix(v, "(") {
					break
				}
				name = append(name, v)
				end = j
				if v != words[j] {
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
		if end+1 < len(words) {
			if p := strings.TrimRight(words[end+1], ".,;:"); len(p) > 3 && p[0] == '(' && p[len(p)-1] == ')' && allUpperASCII(p[1:len(p)-1]) {
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
