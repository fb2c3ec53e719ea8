package temporal

// nameConnectors are the lower-case words a source or publisher name may
// hold ("Groupe de Recherche et d’Information sur la Paix").
var nameConnectors = map[string]bool{
	"of": true, "the": true, "and": true, "de": true, "du": true, "des": true, "la": true,
	"le": true, "les": true, "et": true, "d": true, "l": true, "al": true, "for": true,
	"on": true, "in": true, "y": true, "del": true, "da": true, "sur": true, "en": true,
	"au": true, "aux": true, "van": true, "von": true, "der": true, "di": true, "a": true,
	"an": true, "s": true, "op": true, "cit": true, "ibid": true, "from": true, "to": true,
	"with": true, "at": true, "by": true, "into": true, "over": true, "after": true,
	"about": true, "against": true, "between": true, "under": true, "as": true, "is": true,
	"are": true, "not": true, "but": true, "its": true, "or": true, "vs": true, "toward": true,
	"towards": true, "beyond": true, "without": true, "within": true, "through": true,
	"à": true, "dans": true, "pour": true, "avec": true, "et al": true, "no": true, "vol": true,
	"pp": true, "p": true,
}

// isCitation reports whether the time at tokens [s, e) is the date of a
// cited source rather than an event time:
//   - an access or publication word just before it ("Accessed June 6, 2024");
//   - it stands alone in its sentence ("2024." in a reference list);
//   - it closes a clause after a comma that follows a quoted title, a source
//     or publisher name ("RFI, 24 May 2017", "(Reuters, 3 March 2020)"), or
//     an interview reference ("Crisis Group interview, Bamako, June 2018").
func (f *finder) isCitation(s, e int) bool {
	for k := s - 1; k >= 0 && k >= s-4; k-- {
		if f.isKey(k, kCitation) {
			return true
		}
	}
	if f.standalone(s, e) {
		return true
	}
	if !f.closesClause(e) || f.deictic(s, e) {
		return false // a source is dated absolutely: ", this morning." tells an event
	}
	p := s - 1
	// "vol. 50, no. 4 (September 2009)": a journal issue.
	if f.isPunct(p, '(') && f.isPunct(e, ')') && f.at(p-1).kind == tNum {
		return true
	}
	if f.isPunct(p, '”', '"', '’') && f.isPunct(p-1, ',') {
		return true // “Title,” February 20
	}
	if !f.isPunct(p, ',') {
		return false
	}
	if f.isPunct(p-1, '”', '"', '’', '»') {
		return true // “Title”, 20 May 2016
	}
	if f.paraHead && p <= 3 && e >= len(f.toks)-1 {
		return false // "Nicaragua, 1988." heading a paragraph of its story
	}
	// "See ...": a reference.
	if f.isKey(0, kSee) || f.at(0).kind == tNum && f.isKey(1, kSee) {
		return true
	}
	// An interview, a recording or another source anywhere in the clause.
	for k := p - 1; k >= 0; k-- {
		if f.isPunct(k, '(', '[', ';') {
			break
		}
		if f.isKey(k, kInterview) || f.isKey(k, kSource) {
			return true
		}
	}
	return f.nameBefore(p)
}

// deictic reports whether the time at tokens [s, e) is told from the
// writer's day ("this morning", "yesterday", "last week", "on Monday").
func (f *finder) deictic(s, e int) bool {
	for k := s; k < e; k++ {
		switch {
		case f.isKey(k, kToday), f.isKey(k, kTonight), f.isKey(k, kYesterday), f.isKey(k, kTomorrow),
			f.isKey(k, kThis), f.isKey(k, kLast), f.isKey(k, kNext):
			return true
		}
		if t := f.at(k); t.kind == tWord && t.e.cls == wWeekday {
			return true
		}
	}
	return false
}

// closesClause reports whether the time ending at token e closes its
// clause: the sentence ends, or a closing bracket, a final '.' or ';', or
// a page reference (", p. 4") follows.
func (f *finder) closesClause(e int) bool {
	if e >= len(f.toks) {
		return true
	}
	switch {
	case f.isPunct(e, ')', ']', ';'):
		return true
	case f.isPunct(e, '.'):
		return f.onlyTrailer(e + 1)
	case f.isPunct(e, ','):
		n := f.at(e + 1)
		return n.kind == tWord && n.e.cls == wKey && n.e.val == kNeg
	}
	return false
}

// onlyTrailer reports whether tokens from k on are only punctuation and
// footnote numbers.
func (f *finder) onlyTrailer(k int) bool {
	for ; k < len(f.toks); k++ {
		t := f.toks[k]
		if t.kind == tPunct || t.kind == tURL || t.kind == tNum && t.ndig > 0 && t.ndig <= 3 {
			continue
		}
		return false
	}
	return true
}

// standalone reports whether the sentence holds nothing but the time,
// punctuation and reference numbers ("[21]", "2024.").
func (f *finder) standalone(s, e int) bool {
	for k := 0; k < s; k++ {
		t := f.toks[k]
		if t.kind != tPunct && !(t.kind == tNum && t.ndig > 0 && t.ndig <= 3) {
			return false
		}
	}
	return f.onlyTrailer(e)
}

// nameBefore reports whether the words between the comma at p and the
// previous comma, bracket, quote or sentence start look like a source or
// publisher name: at most fourteen words, capitalised except for connectors.
func (f *finder) nameBefore(p int) bool {
	words, caps := 0, 0
	for k := p - 1; k >= 0; k-- {
		t := f.toks[k]
		if t.kind == tPunct {
			switch t.r {
			case ',', '(', '[', ';', '“', '"', '«':
				return caps > 0
			case ')': // skip a parenthesis: "Atlas of Wars (blog), May 7"
				for k > 0 && !f.isPunct(k, '(') {
					k--
				}
			}
			continue
		}
		words++
		if words > 14 {
			return false
		}
		switch {
		case t.kind == tNum:
		case t.upper:
			caps++
		case t.kind == tWord && f.isPunct(k-1, '.') && !t.gap:
			// a domain name: "Afribone.com"
		case t.kind == tWord:
			w := f.text[t.start:t.end]
			if !nameConnectors[w] {
				return false
			}
		default:
			return false
		}
	}
	return caps > 0
}
