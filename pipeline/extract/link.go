package extract

import (
	"slices"

	"eventtimeline/pipeline/gazetteer"
)

// Linking actors to a trigger.
//
// A sentence often names more actors than take part in one of its events:
// the source of a report, the parties of another event, people named in a
// relative clause. linkActors keeps only the actors tied to the trigger by
// the shape of the clause, in this order:
//
//   - the subject of the trigger's clause: the nearest name to the left of
//     the trigger in its clause, with the names coordinated with it ("X and
//     Y signed"); a possessive ("X's withdrawal") or a premodifier ("the X
//     withdrawal") counts as subject. A relative clause ("the junta that
//     ousted X") takes its antecedent. Introductory phrases set off by a
//     comma ("In Mali, ...", "for its part,") are skipped.
//   - the names linked to the trigger on its right by "between", "with",
//     "by", "among", "against", "involving" or "of", or the direct object of
//     a verb trigger ("ousted X", "freed X").
//
// A reporting verb ("said", "told", "announced") ends the search: its
// subject is the source of the report, not a party, unless the reported
// clause refers back to it with a pronoun ("X said it would withdraw").
// Names after "according to" or after a trailing "X said" are sources too.

// actorSpan is an actor name as a token range [a,b] of the sentence.
type actorSpan struct {
	a, b int
	name string
	// place: a country the gazetteer took for a place ("talks between
	// Russia and Ukraine"); it is an actor only when coordinated with one
	// or linked by "between", "with", "against", "among" or "involving"
	place bool
}

// actorSpans maps the sentence's actor matches to token ranges, leaving out
// those in a dateline. The result is s.spans, reused.
func (s *sent) actorSpans() []actorSpan {
	if s.spansDone {
		return s.spans
	}
	s.spansDone = true
	out := s.spans[:0]
	acts, places := s.actorMatches(), s.placeMatches()
	ai, pi := 0, 0
	k := 0
	for ai < len(acts) || pi < len(places) {
		var m gazetteer.Match
		place := false
		if pi < len(places) && (ai == len(acts) || places[pi].Start < acts[ai].Start) {
			m, place = places[pi], true
			pi++
			if m.Kind != gazetteer.KindCountry || len(out) > 0 && !out[len(out)-1].place && s.toks[out[len(out)-1].b].e > m.Start {
				continue
			}
			if ai < len(acts) && acts[ai].Start < m.End {
				continue // the same name taken as an actor
			}
		} else {
			m = acts[ai]
			ai++
		}
		if m.Start < s.dateline {
			continue
		}
		for k < len(s.toks) && s.toks[k].e <= m.Start {
			k++
		}
		if k == len(s.toks) {
			break
		}
		a := k
		b := a
		for b+1 < len(s.toks) && s.toks[b+1].s < m.End {
			b++
		}
		out = append(out, actorSpan{a: a, b: b, name: m.Canonical, place: place})
	}
	s.spans = out
	return out
}

// spanEndingAt returns the index of the actor span whose last token is i
// (or whose possessive "'s" is i), -1 none.
func spanEndingAt(spans []actorSpan, i int) int {
	for k := len(spans) - 1; k >= 0; k-- {
		if spans[k].b == i {
			return k
		}
		if spans[k].b < i-1 {
			break
		}
	}
	return -1
}

// spanStartingAt returns the index of the actor span whose first token is i, -1 none.
func spanStartingAt(spans []actorSpan, i int) int {
	for k := range spans {
		if spans[k].a == i {
			return k
		}
		if spans[k].a > i {
			break
		}
	}
	return -1
}

// spanCovering returns the index of the actor span that holds token i, -1 none.
func spanCovering(spans []actorSpan, i int) int {
	for k := range spans {
		if spans[k].a <= i && i <= spans[k].b {
			return k
		}
		if spans[k].a > i {
			break
		}
	}
	return -1
}

// linkActors returns the canonical names of the actors linked to candidate
// c, most important first (see the comment at the top of this file).
func (s *sent) linkActors(c cand) []string {
	spans := s.actorSpans()
	if len(spans) == 0 {
		return nil
	}
	var out []string
	add := func(k int) {
		n := spans[k].name
		for _, o := range out {
			if o == n {
				return
			}
		}
		if len(out) < 6 {
			out = append(out, n)
		}
	}
	// a name that holds the trigger ("Doha Agreement" as a name) is its subject
	if k := spanCovering(spans, c.ts); k >= 0 {
		add(k)
	}
	for _, k := range s.leftSubject(c.ts, spans, 0, false) {
		add(k)
	}
	for _, k := range s.rightLinks(c, spans) {
		add(k)
	}
	return out
}

// isReportingVerb reports whether w introduces reported speech.
func isReportingVerb(w string) bool {
	switch w {
	case "said", "says", "say", "told", "tells", "stated", "states", "announced", "announces",
		"declared", "declares", "added", "adds", "noted", "notes", "reported", "reports",
		"claimed", "claims", "confirmed", "confirms", "insisted", "stressed", "asserted",
		"warned", "argued", "explained", "acknowledged", "revealed", "alleged", "denied",
		"saying", "announcing", "adding", "stating", "claiming", "noting", "mentioned", "indicated":
		return true
	}
	return false
}

// isAuxiliary reports whether w is an auxiliary or modal verb.
func isAuxiliary(w string) bool {
	switch w {
	case "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must", "be", "been", "did", "does", "do":
		return true
	}
	return false
}

// isSubjectPronoun reports whether w refers back to a subject named before.
func isSubjectPronoun(w string) bool {
	switch w {
	case "he", "she", "it", "they", "we", "his", "her", "its", "their", "our":
		return true
	}
	return false
}

// isSubordinator reports whether w opens a subordinate clause that is not
// the trigger's own ("after", "when", "because").
func isSubordinator(w string) bool {
	switch w {
	case "when", "while", "whilst", "after", "before", "because", "although", "though",
		"since", "if", "unless", "whereas", "until", "once", "where", "whether":
		return true
	}
	return false
}

// isRelative reports whether w opens a relative or complement clause.
func isRelative(w string) bool {
	switch w {
	case "that", "who", "which", "whom", "whose":
		return true
	}
	return false
}

// isIntroWord reports whether a comma-delimited segment starting with w is
// an introductory or parenthetical phrase rather than a subject.
func isIntroWord(w string) bool {
	switch w {
	case "in", "on", "at", "for", "after", "before", "following", "during", "since", "amid",
		"despite", "with", "without", "under", "by", "from", "as", "when", "while", "last",
		"earlier", "later", "then", "however", "meanwhile", "instead", "still", "yet", "also",
		"according", "once", "if", "although", "though", "because", "weeks", "days", "months",
		"years", "until", "over", "within", "throughout", "early", "late", "mid", "this", "next":
		return true
	}
	return false
}

// leftSubject returns the spans forming the subject of the clause that
// holds token from (the trigger), nearest first, or nil.
// pron tells that the clause below refers back to this one's subject with
// a pronoun ("X said it would ...").
func (s *sent) leftSubject(from int, spans []actorSpan, depth int, pron bool) []int {
	if depth > 2 {
		return nil
	}
	clause := false // a clause lies between the trigger and the scan
	lo := max(0, from-30)
	if s.datelineTok >= 0 && lo <= s.datelineTok {
		lo = s.datelineTok + 1
	}
	for i := from - 1; i >= lo; i-- {
		t := &s.toks[i]
		if t.kind == kPunct {
			if t.w == ")" || t.w == "]" {
				// a parenthesis is an aside: skip it
				k := i - 1
				for k >= lo && !(s.toks[k].kind == kPunct && (s.toks[k].w == "(" || s.toks[k].w == "[")) {
					k--
				}
				if k >= lo {
					i = k
					continue
				}
				return nil
			}
			if s.hardBoundary(i) {
				return nil
			}
			if t.w == "," {
				// skip an introductory or parenthetical phrase set off by commas
				k := i - 1
				for k >= lo && !(s.toks[k].kind == kPunct && (s.toks[k].w == "," || s.hardBoundary(k))) {
					k--
				}
				if k+1 < i && s.introSegment(k+1) && spanCovering(spans, k+1) < 0 {
					i = k + 1 // the loop steps onto the comma or boundary before it
					continue
				}
			}
			continue
		}
		if t.kind == kPoss {
			if k := spanEndingAt(spans, i-1); k >= 0 && !spans[k].place {
				return s.group(k, spans, lo)
			}
			continue
		}
		if k := spanEndingAt(spans, i); k >= 0 && spans[k].b == i && spans[k].place {
			// a country is a subject when coordinated with an actor ("Hamas and Israel")
			if g := s.group(k, spans, lo); len(g) > 1 && slices.ContainsFunc(g, func(p int) bool { return !spans[p].place }) {
				return g
			}
			i = spans[k].a
			continue
		}
		if k := spanEndingAt(spans, i); k >= 0 && spans[k].b == i && i+1 < len(s.toks) && s.toks[i+1].hyph && s.in(i+1, brokerWords) {
			i = spans[k].a // "the US-brokered truce": a sponsor, not the subject
			continue
		}
		if k := spanEndingAt(spans, i); k >= 0 && spans[k].b == i {
			if s.afterAccordingTo(spans[k].a) {
				i = spans[k].a
				continue
			}
			return s.group(k, spans, lo)
		}
		w := t.w
		switch {
		case isSubjectPronoun(w):
			pron, clause = true, true
		case isReportingVerb(w) && !t.cap:
			if !clause {
				continue // "X announced a ceasefire": X is a party
			}
			if !pron {
				return nil // the subject of a reporting verb is a source
			}
			return s.leftSubject(i, spans, depth+1, true)
		case isAuxiliary(w) || i < from-1 && pastVerb(w):
			clause = true
		case isRelative(w):
			// "X said that he ...", "X, which signed ...", "the junta that ousted"
			if pron && w == "that" {
				// "X mentioned that he would ...": the pronoun is X
				return s.leftSubject(i, spans, depth+1, true)
			}
			for j := i - 1; j >= lo && j >= i-4; j-- {
				if s.toks[j].kind == kPunct && s.hardBoundary(j) {
					break
				}
				if isReportingVerb(s.toks[j].w) {
					if pron {
						return s.leftSubject(j, spans, depth+1, true)
					}
					return nil
				}
			}
			// a relative clause: its antecedent, just before the pronoun
			for j := i - 1; j >= lo && j >= i-5; j-- {
				tj := &s.toks[j]
				if tj.kind == kPunct && tj.w != "," {
					break
				}
				if k := spanEndingAt(spans, j); k >= 0 && spans[k].b == j && !spans[k].place {
					return s.group(k, spans, lo)
				}
				if tj.kind == kWord && !tj.cap && !isModifier(tj.w) && tj.w != "and" {
					break
				}
			}
			return nil
		case isSubordinator(w):
			return nil
		case (w == "and" || w == "but") && i > lo && s.toks[i-1].w == ",":
			return nil // ", and the two sides signed": another clause
		}
	}
	return nil
}

// introSegment reports whether the comma-delimited segment starting at
// token k is an introductory or parenthetical phrase ("In 2019,", "for its
// part,", "backed by the army,") rather than the subject.
func (s *sent) introSegment(k int) bool {
	t := &s.toks[k]
	if isIntroWord(t.w) {
		return true
	}
	if t.kind != kWord || t.cap {
		return false
	}
	w := t.w
	return len(w) > 4 && (w[len(w)-2:] == "ed" || w[len(w)-3:] == "ing")
}

// afterAccordingTo reports whether token a follows "according to".
func (s *sent) afterAccordingTo(a int) bool {
	for j := a - 1; j >= 0 && j >= a-3; j-- {
		if s.toks[j].w == "according" {
			return true
		}
	}
	return false
}

// group returns span k and the spans coordinated with it on its left
// ("X and Y", "X, Y and Z"), in text order.
func (s *sent) group(k int, spans []actorSpan, lo int) []int {
	out := s.coordinated(k, spans, lo)
	slices.Reverse(out)
	return out
}

// coordinated returns span k and the spans coordinated with it on its
// left, nearest first.
func (s *sent) coordinated(k int, spans []actorSpan, lo int) []int {
	out := []int{k}
	for {
		a := spans[k].a
		j := a - 1
		conj := false
		// modifiers may sit between the conjunction and the name ("and the
		// paramilitary X")
	scan:
		for j >= lo && j >= a-4 && !conj {
			t := &s.toks[j]
			switch w := t.w; {
			case w == "and" || w == "&":
				conj = true
			case w == "," && (len(out) > 1 || s.headlinePair(j, spans)):
				conj = true // "X, Y and Z"; a headline's "X, Y sign deal"
			case t.kind == kWord && !t.cap && isModifier(w):
			default:
				break scan
			}
			j--
		}
		if !conj || j < lo {
			return out
		}
		if s.toks[j].w == "," && j > lo {
			j-- // "X, and Y"
		}
		if w := s.toks[j].w; (w == ")" || w == "]") && j > lo {
			// "X (XX) and Y"
			for j > lo && s.toks[j].w != "(" && s.toks[j].w != "[" {
				j--
			}
			j--
		}
		if s.toks[j].kind == kPoss && j > lo {
			j--
		}
		p := spanEndingAt(spans, j)
		if p < 0 || spans[p].b != j {
			return out
		}
		out = append(out, p)
		k = p
	}
}

// isModifier reports whether a lower-case word w may modify a name after a
// conjunction ("the", "paramilitary", "rebel"): not a verb, preposition or
// clause marker.
func isModifier(w string) bool {
	if isAuxiliary(w) || pastVerb(w) || isLinkWord(w) || isRelative(w) || isSubordinator(w) || isReportingVerb(w) || isIntroWord(w) {
		return false
	}
	switch w {
	case "or", "but", "nor", "not", "to", "a", "an":
		return false
	}
	return true
}

// headlinePair reports whether the comma at token j joins two names that
// open a headline ("Colombia, ELN rebels begin ceasefire").
func (s *sent) headlinePair(j int, spans []actorSpan) bool {
	if s.ctx == nil || !s.ctx.headline {
		return false
	}
	p := spanEndingAt(spans, j-1)
	return p >= 0 && spans[p].b == j-1 && (spans[p].a == 0 || spans[p].a == s.datelineTok+1)
}

// isLinkWord reports whether w ties a following name to the trigger.
func isLinkWord(w string) bool {
	switch w {
	case "between", "with", "by", "among", "against", "involving", "of", "from":
		return true
	}
	return false
}

// isRightStop reports whether w ends the trigger's phrase on its right.
func isRightStop(w string) bool {
	return isRelative(w) || isSubordinator(w) || isReportingVerb(w) || w == "according" || w == "but" || w == "as"
}

// rightLinks returns the spans linked to candidate c on its right.
func (s *sent) rightLinks(c cand, spans []actorSpan) []int {
	var out []int
	link := false
	strong := false // a link that makes a country a party, not a place
	lastEnd := -1   // last token of the last name kept
	verb := c.te-c.ts == 1 && pastVerb(s.toks[c.ts].w)
	hi := min(len(s.toks), c.te+18)
	for i := c.te; i < hi; i++ {
		t := &s.toks[i]
		if t.kind == kPunct {
			if s.hardBoundary(i) || t.w == "." {
				break
			}
			if t.w == "," {
				// a list of names goes on after a comma
				if link && i+1 < len(s.toks) && (spanStartingAt(spans, i+1) >= 0 || s.toks[i+1].w == "and") && !s.trailingSource(i+1, spans) {
					continue
				}
				if i+2 < len(s.toks) && pastVerb(s.toks[i+1].w) && s.toks[i+2].w == "by" {
					// "..., brokered by X"
					continue
				}
				if i+2 < len(s.toks) && isVictimVerb(s.toks[i+1].w) {
					// "..., ousting President X"
					verb, c.te = true, i+2
					continue
				}
				break
			}
			continue
		}
		if k := spanStartingAt(spans, i); k >= 0 {
			if (link || verb && i-c.te <= 2) && (!spans[k].place || strong || s.joinedTo(i, lastEnd)) && !s.trailingSource(i, spans) {
				out = append(out, k)
				lastEnd = spans[k].b
			}
			i = spans[k].b
			continue
		}
		if isRightStop(t.w) {
			break
		}
		if isLinkWord(t.w) {
			link = true
			switch t.w {
			case "between", "with", "against", "among", "involving":
				strong = true
			case "by":
				strong = i > 0 && pastVerb(s.toks[i-1].w) // the agent: "brokered by Qatar"
			default:
				strong = false
			}
		}
		if t.kind == kWord && (pastVerb(t.w) || isAuxiliary(t.w)) {
			if i > c.te+2 {
				break // another verb: "... drawdown and called for X"
			}
			if pastVerb(t.w) {
				verb = true // "a coup ousted X": the object of the trigger's verb
				c.te = i + 1
			}
		}
	}
	return out
}

// joinedTo reports whether the name at token i is coordinated with the
// name kept that ends at token last ("by the United States and Qatar").
func (s *sent) joinedTo(i, last int) bool {
	if last < 0 || i-last > 4 {
		return false
	}
	conj := false
	for j := last + 1; j < i; j++ {
		switch s.toks[j].w {
		case "and", "&":
			conj = true
		case ",", "the":
		default:
			return false
		}
	}
	return conj
}

// isVictimVerb reports whether w, after a comma, takes as object the
// person ousted or the prisoners freed ("seized power, ousting X").
func isVictimVerb(w string) bool {
	switch w {
	case "ousting", "toppling", "deposing", "overthrowing", "removing", "detaining", "arresting", "freeing", "releasing":
		return true
	}
	return false
}

// trailingSource reports whether the name starting at token i is the source
// of a report ("X said", "X told reporters").
func (s *sent) trailingSource(i int, spans []actorSpan) bool {
	k := spanStartingAt(spans, i)
	if k < 0 {
		return false
	}
	// "X said", "X's Defence Ministry said", "X officials told"
	for j := spans[k].b + 1; j < len(s.toks) && j <= spans[k].b+4; j++ {
		t := &s.toks[j]
		if isReportingVerb(t.w) && !t.cap {
			return true
		}
		if t.kind == kPunct || t.kind == kWord && !t.cap && !isModifier(t.w) {
			return false
		}
	}
	return false
}
