package temporal

import "strings"

// Tense of the clause around a time expression.
//
// A weekday ("on Thursday") or a date with no year ("in January") is
// resolved backward from the publication date unless the verb that governs
// it speaks of the future ("will take effect on Monday", "said it would
// send a team on Thursday", "is due to meet in January"). The governing
// verb is the nearest finite verb before the expression in the same clause;
// when the clause has none before it ("On Thursday, the army withdrew"),
// the first one after it. A "will" inside another clause ("agreed on Friday
// to a ceasefire that will last 180 days") does not count.
//
// The scan is a bounded walk over the tokens of the sentence, using the
// lexicon's tense cues (wVerb words, "will", "due", "scheduled") and the
// "-ed" ending of past forms; it does no allocation.

// tenseWindow bounds how many tokens the scan looks at on each side.
const tenseWindow = 24

// Results of a tense cue.
const (
	tenseNone   = 0
	tenseFuture = 1
	tensePast   = -1
	tenseStop   = 2 // a clause boundary: stop scanning this way
	// a future seen from the past ("agreed to meet again on 8 August"):
	// future for the year of a date, but no break in a narrated past
	tenseLater = 3
)

// isFuture reports whether the verb governing the time expression that
// starts at token i speaks of the future. The answer is cached for i.
func (f *finder) isFuture() bool {
	i := f.cur
	if f.futAt != i+1 {
		f.futAt = i + 1
		f.future = f.governingTense(i)
	}
	return f.future > 0
}

// governingTense returns tenseFuture, tensePast or tenseNone for the
// expression starting at token i.
func (f *finder) governingTense(i int) int8 {
	lo := i - tenseWindow
	if lo < 0 {
		lo = 0
	}
	for k := i - 1; k >= lo; k-- {
		switch c := f.tenseCue(k, true); c {
		case tenseFuture, tensePast, tenseLater:
			return int8(c)
		case tenseStop:
			k = -1 // leave the loop
		}
	}
	hi := i + tenseWindow
	if hi > len(f.toks) {
		hi = len(f.toks)
	}
	for k := i + 1; k < hi; k++ {
		switch c := f.tenseCue(k, false); c {
		case tenseFuture, tensePast, tenseLater:
			return int8(c)
		case tenseStop:
			return tenseNone
		}
	}
	return tenseNone
}

// tenseCue classifies token k for the tense scan; back tells whether the
// scan walks backward (conjunctions and commas before them end the clause)
// or forward (only a semicolon, colon or relative pronoun does, since the
// subject that follows a fronted time may be coordinated: "On Monday,
// Sudan and the RSF agreed").
func (f *finder) tenseCue(k int, back bool) int {
	t := &f.toks[k]
	switch t.kind {
	case tPunct:
		switch t.r {
		case ';', ':':
			return tenseStop
		}
		return tenseNone
	case tWord:
	default:
		return tenseNone
	}
	switch t.e.cls {
	case wKey:
		switch t.e.val {
		case kWill:
			return tenseFuture
		case kThat:
			// "said that ...", "a ceasefire that will last": a new clause,
			// unless it is a determiner of a unit ("that day").
			if u := f.at(k + 1); u.kind == tWord && u.e.cls == wUnit {
				return tenseNone
			}
			return tenseStop
		case kAnd:
			if back {
				return tenseStop
			}
		case kTo:
			// "is due to", "is set to", "plans to", "is to": a future.
			if p := f.at(k - 1); p.kind == tWord {
				switch {
				case p.e.cls == wKey && (p.e.val == kDue || p.e.val == kScheduled || p.e.val == kIs):
					return tenseFuture
				case p.e.cls == wVerb && p.e.val == vPlanTo:
					return tenseFuture
				case commitVerb(f.word(k-1)) && f.infinitiveAt(k+1):
					// "agreed to meet again on April 19": what was
					// agreed lies after the agreeing
					return tenseLater
				}
			}
		case kScheduled:
			// "scheduled for Monday", "set for January".
			if f.isKey(k+1, kFor) && f.word(k+1) == "for" {
				return tenseFuture
			}
		case kCitation, kFor:
			// "published", "lasted": past forms that are also keywords.
			if f.pastForm(k) {
				return tensePast
			}
		}
		return tenseNone
	case wVerb:
		switch t.e.val {
		case vPast:
			// "won't" is "will not".
			if f.word(k) == "won" && f.isPunct(k+1, '\'', '’') && !f.at(k+1).gap {
				return tenseFuture
			}
			if f.auxBefore(k) {
				return tenseNone
			}
			return tensePast
		case vRel:
			return tenseStop
		case vConj:
			if back {
				return tenseStop
			}
		}
		return tenseNone
	case wNone:
		if !t.upper && f.pastForm(k) && !f.auxBefore(k) && !f.modifierBefore(k) {
			return tensePast
		}
	}
	return tenseNone
}

// pastForm reports whether word k looks like a regular past form: a
// lower-case word of five or more letters ending in "ed" ("agreed",
// "signed"), not one of the common words that only look like one.
func (f *finder) pastForm(k int) bool {
	w := f.word(k)
	n := len(w)
	if n < 5 || w[n-1] != 'd' || w[n-2] != 'e' {
		return false
	}
	switch w {
	case "indeed", "hundred", "hundreds", "proceed", "exceed", "succeed", "speed", "sacred", "naked", "wicked", "kindred":
		return false
	}
	return true
}

// auxBefore reports whether token k follows "be", "been", "is", "will" or
// "to", so that it is a participle or infinitive ("will be signed", "will
// have", "to have") whose tense an earlier auxiliary decides.
func (f *finder) auxBefore(k int) bool {
	p := f.at(k - 1)
	if p.kind != tWord {
		return false
	}
	switch p.e.cls {
	case wVerb:
		return p.e.val == vBe
	case wKey:
		return p.e.val == kIs || p.e.val == kWill || p.e.val == kTo
	}
	return false
}

// modifierBefore reports whether token k follows an article, a
// preposition or a possessive, so that an "-ed" word is an adjective
// ("with armed groups", "the disputed region", "its detained members").
func (f *finder) modifierBefore(k int) bool {
	p := f.at(k - 1)
	if p.kind == tNum {
		return true // "200 detained fighters"
	}
	if p.kind != tWord {
		return false
	}
	if p.e.cls == wKey {
		switch p.e.val {
		case kThe, kOf, kIn, kOn, kFor, kBy, kFrom, kBetween, kTo, kOver, kDuring:
			return true
		}
	}
	if p.e.cls == wNumber {
		return true // "a proposed truce", "several wounded men"
	}
	return p.e.cls == wVerb && p.e.val == vMod // "with armed groups", "its detained members"
}

// commitVerb reports whether w is a verb of agreeing or promising whose
// "to" infinitive tells something still to come ("agreed to meet",
// "pledged to withdraw", "decided to resume").
func commitVerb(w string) bool {
	switch strings.ToLower(w) {
	case "agreed", "agree", "agrees", "decided", "decide", "decides", "promised", "promise", "promises",
		"pledged", "pledge", "pledges", "vowed", "vow", "vows", "undertook", "undertakes", "resolved":
		return true
	}
	return false
}

// infinitiveAt reports whether token i can be the verb of a "to"
// infinitive: a lower-case word that is no determiner or pronoun and no
// plural noun ("agreed to meet", but "agreed to a truce", "agreed to
// talks").
func (f *finder) infinitiveAt(i int) bool {
	t := f.at(i)
	if t.kind != tWord || t.upper {
		return false
	}
	w := f.word(i)
	switch strings.ToLower(w) {
	case "a", "an", "the", "its", "their", "his", "her", "this", "that", "these", "those", "it", "them", "him",
		"our", "my", "your", "all", "some", "any", "each", "every", "both", "terms", "what":
		return false
	}
	n := len(w)
	return n > 1 && (w[n-1] != 's' || w[n-2] == 's')
}
