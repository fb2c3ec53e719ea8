package extract

import "eventtimeline/pipeline/gazetteer"

// Words inside proper names are no markers and no triggers: "Support" in
// "Rapid Support Forces" is no demand, "Dialogue" in "National Dialogue
// Commission" no talks. A token is inside a name when a gazetteer actor or
// place covers it, or when it belongs to a run of two or more capitalised
// words ("Tigray People's Liberation Front"). Names are written with
// capitals, so only capitalised tokens are ever looked at; a sentence in
// title case (a headline) has no such runs.

// nameGlue are lower-case words that may join the capitalised words of a name.
var nameGlue = set("of", "for", "and", "the", "de", "du", "des", "la", "le", "al", "el", "bin", "ibn", "von", "van", "y")

// nameFunction are capitalised words that do not make a name on their own:
// a sentence-initial article or preposition, a pronoun.
var nameFunction = set("the", "a", "an", "in", "on", "at", "by", "for", "of", "and", "but", "this", "that", "these",
	"those", "it", "its", "he", "she", "they", "we", "i", "as", "after", "before", "since", "when", "while", "if",
	"there", "both", "two", "last", "on", "with", "from", "to", "under", "during", "some", "all", "many", "his",
	"her", "their", "our", "no", "not", "one", "earlier", "later", "meanwhile", "however", "also")

// eventNameEnd are the head nouns of names that name an event, last or
// first in the name: "the Comprehensive Peace Agreement", "the Inter-Malian
// Dialogue", "the Conference of National Understanding". A trigger inside
// such a name still counts.
var eventNameEnd = set("agreement", "agreements", "accord", "accords", "treaty", "treaties", "pact", "ceasefire",
	"truce", "armistice", "talks", "dialogue", "negotiations", "conference", "protocol", "declaration", "process",
	"summit", "coup", "putsch", "withdrawal", "exchange", "swap", "settlement", "cessation")

// isNameWord reports whether token i is a capitalised word that may be part of a name.
func (s *sent) isNameWord(i int) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	t := &s.toks[i]
	return t.kind == kWord && t.cap || t.kind == kNum && t.hyph
}

// capRun returns the run [lo,hi) of capitalised words (joined by glue words,
// hyphens or a possessive) around token i, and the number of its
// capitalised words that are not function words.
func (s *sent) capRun(i int) (lo, hi, n int) {
	lo, hi = i, i+1
	for {
		switch {
		case s.isNameWord(lo - 1):
			lo--
		case lo-2 >= 0 && (s.toks[lo-1].kind == kPoss || s.in(lo-1, nameGlue) || s.toks[lo].hyph) && s.isNameWord(lo-2):
			lo -= 2
		default:
			goto right
		}
	}
right:
	for {
		switch {
		case s.isNameWord(hi):
			hi++
		case hi+1 < len(s.toks) && (s.toks[hi].kind == kPoss || s.in(hi, nameGlue)) && s.isNameWord(hi+1) && !isMonthWord(s.w(hi+1)):
			hi += 2 // (but "the Lusaka Agreement of July 1999" ends before its date)
		default:
			goto count
		}
	}
count:
	for k := lo; k < hi; k++ {
		if !s.isNameWord(k) || s.toks[k].kind != kWord || s.in(k, nameFunction) {
			continue
		}
		// a word that opens the sentence or a clause is capitalised anyway:
		// it belongs to a name only when a capitalised word follows it
		// directly ("Rapid Support Forces", not "Withdrawal of French troops")
		if (k == 0 || s.toks[k-1].kind == kPunct && !s.toks[k].hyph) && !(s.isNameWord(k+1) && s.toks[k+1].kind == kWord) {
			continue
		}
		n++
	}
	return lo, hi, n
}

// titleCase reports whether the sentence is written in title case, as
// headlines often are: it does not end with a full stop and most of its
// longer words are capitalised.
func (s *sent) titleCase() bool {
	if s.title == 0 {
		s.title = -1
		if n := len(s.toks); n == 0 || s.toks[n-1].w == "." || s.toks[n-1].kind == kPunct && n > 1 && s.toks[n-2].w == "." {
			return false
		}
		words, caps := 0, 0
		for i := range s.toks {
			t := &s.toks[i]
			if t.kind != kWord || len(t.w) < 4 {
				continue
			}
			words++
			if t.cap {
				caps++
			}
		}
		if words >= 3 && caps*4 >= words*3 {
			s.title = 1
		}
	}
	return s.title > 0
}

// gazCovers reports whether a gazetteer actor or place covers token i.
func (s *sent) gazCovers(i int) bool {
	t := &s.toks[i]
	for _, list := range [2][]gazetteer.Match{s.actorMatches(), s.placeMatches()} {
		for _, m := range list {
			if m.Start <= t.s && m.End >= t.e {
				return true
			}
		}
	}
	return false
}

// inName reports whether token i is a word inside a proper name, where it
// cannot act as a factuality marker.
func (s *sent) inName(i int) bool {
	if i < 0 || i >= len(s.toks) || !s.toks[i].cap || s.toks[i].kind != kWord {
		return false
	}
	if s.titleCase() {
		return false
	}
	if s.gazCovers(i) {
		return true
	}
	_, _, n := s.capRun(i)
	return n >= 2
}

// nameMasksTrigger reports whether the trigger word at token i is part of
// a name that does not name an event ("Rapid Support Forces", "National
// Dialogue Commission"), so that it starts no trigger.
func (s *sent) nameMasksTrigger(i int) bool {
	if i < 0 || i >= len(s.toks) || !s.toks[i].cap || s.toks[i].kind != kWord || s.titleCase() {
		return false
	}
	lo, hi, n := s.capRun(i)
	if n < 2 && !s.gazCovers(i) {
		return false
	}
	// the last capitalised word of the run, or its first ("the Conference
	// of National Understanding"), names an event
	for k := hi - 1; k >= lo; k-- {
		if s.isNameWord(k) {
			if s.in(k, eventNameEnd) {
				return false
			}
			break
		}
	}
	for k := lo; k < hi; k++ {
		if s.isNameWord(k) && !s.in(k, nameFunction) {
			if s.in(k, eventNameEnd) {
				return false
			}
			break
		}
	}
	if n >= 2 && s.in(hi, eventNameEnd) {
		return false
	}
	if s.in(i, eventNameEnd) && (s.w(i+1) == "for" || s.w(i+1) == "on") && s.w(i+2) == "peace" {
		return false // "the General Framework Agreement for Peace": the agreement is the name's head
	}
	return s.gazCovers(i) || n >= 2
}
