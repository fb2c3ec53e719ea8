// Package extract finds event mentions in sentences: coups, ceasefires,
// prisoner swaps, withdrawals of armed forces, peace agreements and talks.
//
// For every sentence it looks for trigger words of each event type, checks
// their sense from the words around them ("withdrew his candidacy" is no
// withdrawal), decides from the syntax of the trigger's clause whether the
// text asserts, denies, imagines or demands the event, attaches the time
// expression that belongs to the trigger, and names actors and place through
// the gazetteer. It runs after the segment and temporal stages.
//
// The rules are general English, written for news and analyst reports about
// any conflict: a cheap hashed pre-filter skips sentences with no trigger
// word, a hand-written tokenizer runs once per remaining sentence, and no
// regular expression is used.
package extract

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unsafe"

	"eventtimeline/pipeline/gazetteer"
	"eventtimeline/pipeline/model"
)

// Extractor fills Document.Mentions. Build one with New; it is read-only
// afterwards and safe for concurrent use by several goroutines.
type Extractor struct {
	heads   map[string]uint8
	markers map[string]uint8
	lex     *lexicon  // word sets, heads and markers, looked up once per token
	pf      prefilter // every head word: tokens worth a lookup
	strong  prefilter // head words that make a sentence worth analysing
	weak    prefilter // common head words: only with a cue word
	cues    prefilter // words naming armed forces and other cues
	gaz     *gazetteer.Gazetteer
	pool    sync.Pool // *sent
	dpool   sync.Pool // *docScratch
}

// docScratch is the reusable working memory of one Process call.
type docScratch struct {
	byS       [][]model.Timex
	countries []sentCountry
	res       []result
	ms        []model.Mention
}

// New builds the lexicons, the pre-filter and the gazetteer.
func New() *Extractor {
	x := &Extractor{
		heads:   headTable(),
		markers: markerTable(),
		gaz:     gazetteer.Default(),
	}
	x.lex = newLexicon(x.heads, x.markers)
	for w := range x.heads {
		x.pf.add(w)
		if weakHeads.has(w) {
			x.weak.add(w)
		} else {
			x.strong.add(w)
		}
	}
	// weak words that head no detector of their own ("freed", "released":
	// "each side freed ...") still let a sentence with a cue through
	for w := range weakHeads.words {
		x.weak.add(w)
	}
	// common heads ("left", "met", "power") only count next to armed forces
	for _, cues := range []*wordSet{forceNouns, militaryActors, armedCues, strongCues, seizeVerbs} {
		for w := range cues.words {
			x.cues.add(w)
		}
	}
	for _, w := range x.gaz.ArmedFirstWords() {
		if len(w) >= 3 && !nameStopwords.has(w) {
			x.cues.add(w)
		}
	}
	// a people named for its forces: "the Israelis pulled out of Khiam"
	for _, d := range x.gaz.Demonyms() {
		if !strings.ContainsAny(d, " -'") {
			x.cues.add(strings.ToLower(d) + "s")
		}
	}
	x.pool.New = func() any { return &sent{toks: make([]tok, 0, 64)} }
	x.dpool.New = func() any { return new(docScratch) }
	return x
}

// sentCtx is what the document around a sentence tells the extractor.
type sentCtx struct {
	prevFrame       model.Timex       // time of the previous sentence of the paragraph
	prevTalks       bool              // the previous sentence of the paragraph speaks of talks
	peaceBefore     bool              // an earlier sentence of the document has a peace agreement, ceasefire or talks
	recentCeasefire bool              // a ceasefire was mentioned in the last sentences
	recentAccord    bool              // a peace agreement was mentioned in the last sentences, after any ceasefire
	entryHeader     bool              // prevFrame is the date heading the sentence's chronology entry
	recentSwap      bool              // a prisoner swap was mentioned in the last sentences
	earlierSwap     bool              // a prisoner swap was mentioned earlier in the document
	earlierTalks    bool              // talks were mentioned earlier in the document
	truceStory      bool              // the document has told of truces and of no peace accord so far
	recentWithdraw  bool              // a withdrawal was mentioned in the last sentences
	unarmedTruce    bool              // the last sentences named a truce with no fighting to stop, after any ceasefire
	sawUnarmed      bool              // set by the sentence: it names such a truce
	next            []string          // up to two following sentences of the paragraph
	acronyms        map[string]string // acronyms of accords and truces the document names in full (see docAcronyms)
	headline        bool              // the sentence is the document's headline
	country         func() string     // the document's clear country, "" none
	doc             *model.Document   // the document, nil for a sentence on its own
	si, paraLo      int               // the sentence's index; the first earlier sentence of its paragraph to look at for a country
	countries       []sentCountry     // per sentence of doc: the country it points to on its own, once known
}

// sentCountry caches sentenceCountry of one sentence of a document.
type sentCountry struct {
	country string
	done    bool
}

// timexesBySentence groups the document's time expressions by sentence,
// in document order, dropping those of no sentence, reusing byS. When doc.Timexes is
// ordered by sentence (as the temporal stage writes it) the groups are
// sub-slices of it; they are read-only.
func timexesBySentence(doc *model.Document, byS [][]model.Timex) [][]model.Timex {
	if cap(byS) < len(doc.Sentences) {
		byS = make([][]model.Timex, len(doc.Sentences))
	}
	byS = byS[:len(doc.Sentences)]
	clear(byS)
	ts := doc.Timexes
	sorted := true
	for i := 1; i < len(ts); i++ {
		if ts[i].Sentence < ts[i-1].Sentence {
			sorted = false
			break
		}
	}
	if sorted {
		for i := 0; i < len(ts); {
			j := i + 1
			for j < len(ts) && ts[j].Sentence == ts[i].Sentence {
				j++
			}
			if k := ts[i].Sentence; k >= 0 && k < len(byS) {
				byS[k] = ts[i:j:j]
			}
			i = j
		}
		return byS
	}
	for _, t := range ts {
		if t.Sentence < 0 || t.Sentence >= len(doc.Sentences) {
			continue
		}
		byS[t.Sentence] = append(byS[t.Sentence], t)
	}
	return byS
}

// prevCountry is the country the previous sentences of the paragraph (at
// most two) point to on their own, "" when none.
func (c *sentCtx) prevCountry(x *Extractor) string {
	if c.doc == nil {
		return ""
	}
	for k := c.si - 1; k >= c.paraLo && k >= 0; k-- {
		var cc string
		if k < len(c.countries) && c.countries[k].done {
			cc = c.countries[k].country
		} else {
			p := c.doc.Sentences[k]
			cc = x.sentenceCountry(c.doc.Text[p.Start:p.End])
			if k < len(c.countries) {
				c.countries[k] = sentCountry{country: cc, done: true}
			}
		}
		if cc != "" {
			return cc
		}
	}
	return ""
}

// result is one mention found in a sentence, with offsets relative to it.
type result struct {
	typ, sub, fact string
	trigStart      int
	trigEnd        int
	time           model.Timex
	actors         []string
	place          string
	country        string
}

// Process fills doc.Mentions from doc.Sentences and doc.Timexes. Rejected
// documents and documents with no sentences get no mentions.
func (x *Extractor) Process(doc *model.Document) error {
	if doc == nil {
		return fmt.Errorf("extract: nil document")
	}
	doc.Mentions = doc.Mentions[:0]
	if doc.Status == model.StatusRejected || len(doc.Sentences) == 0 {
		return nil
	}
	// working memory: pooled, so that a document allocates little more
	// than its mentions
	sc := x.dpool.Get().(*docScratch)
	defer func() {
		clear(sc.ms)
		clear(sc.byS)
		sc.ms, sc.byS = sc.ms[:0], sc.byS[:0]
		x.dpool.Put(sc)
	}()
	sc.byS = timexesBySentence(doc, sc.byS)
	byS := sc.byS
	var docCountry string
	countryDone := false
	countryFn := func() string {
		if !countryDone {
			countryDone = true
			docCountry = x.documentCountry(doc)
		}
		return docCountry
	}
	if cap(sc.countries) < len(doc.Sentences) {
		sc.countries = make([]sentCountry, len(doc.Sentences))
	}
	countries := sc.countries[:len(doc.Sentences)]
	clear(countries)
	res := sc.res[:0] // the mentions of one sentence, reused
	defer func() { sc.res = res[:0] }()
	// the mentions are gathered in a pooled buffer and copied once into
	// doc.Mentions, rather than grown there
	ms := sc.ms[:0]
	defer func() { sc.ms = ms }()
	talks := false
	var ctx sentCtx
	var next [2]string
	lastCeasefire := -10
	lastAccord := -10
	lastSwap := -10
	lastWithdrawal := -10
	lastTalks := -10
	lastUnarmed := -10
	acronyms := docAcronyms(doc.Text)
	prevTalks := false
	var lastFrame model.Timex // the time a sentence hands on to the next one
	var entry model.Timex     // the day of the current live-blog entry, if any
	var dated model.Timex     // the date heading the current chronology entry, if any
	datedSection := false     // the heading stood in a paragraph of its own
	peaceBefore := false
	truces, accords := 0, 0
	paraStart := 0 // index of the first sentence of the current paragraph
	lastDepth := 0
	for si, s := range doc.Sentences {
		if s.Start < 0 || s.End > len(doc.Text) || s.Start > s.End {
			return fmt.Errorf("extract %s: sentence %d has bad span [%d,%d)", doc.ID, si, s.Start, s.End)
		}
		text := doc.Text[s.Start:s.End]
		samePara := si > 0 && sameParagraph(doc.Text, doc.Sentences[si-1].End, s.Start)
		// wire copy gives each sentence a paragraph of its own: a time
		// carries on from a one-sentence paragraph as from a sentence of
		// the same paragraph
		story := samePara || si > 0 && paraStart == si-1
		if !samePara {
			paraStart = si
		}
		ctx = sentCtx{country: countryFn, prevTalks: prevTalks, headline: si == 0 && isHeadline(doc), acronyms: acronyms,
			doc: doc, si: si, paraLo: max(paraStart, si-2), countries: countries, next: next[:0]}
		narrative := -1 // narrativePast(text), computed on first need
		isNarrative := func() bool {
			if narrative < 0 {
				narrative = 0
				if narrativePast(text) {
					narrative = 1
				}
			}
			return narrative == 1
		}
		if story && lastFrame.Value != "" && isNarrative() {
			ctx.prevFrame = lastFrame
		}
		ctx.peaceBefore = peaceBefore
		// a sentence with a time of its own sets the frame; one without
		// passes the inherited frame on, at most two sentences deep
		dl := 0
		if len(byS[si]) > 0 {
			dl = s.Start + datelineLen(text)
		}
		if own := frameTime(doc.Text, byS[si], dl); own.Value != "" {
			lastFrame, lastDepth = own, 0
		} else if story && lastDepth < 1 && lastFrame.Value != "" && isNarrative() {
			lastDepth++
		} else {
			lastFrame, lastDepth = model.Timex{}, 0
		}
		// a live blog's entry, headed by a clock time ("18:10"), tells what
		// happened on the day it was posted: its sentences with no time
		// take the publication day
		if clockLine(text) {
			entry = model.Timex{}
			if doc.Published.Precision == model.PrecDay {
				entry = model.Timex{Sentence: si, Start: s.Start, End: s.End, Text: text, Anchor: doc.Published, Relative: true}
			}
			continue
		}
		if entry.Value != "" && len(byS[si]) == 0 && ctx.prevFrame.Value == "" {
			ctx.prevFrame = entry
		}
		// a chronology's entry, headed by a line that is only a date
		// ("27 January 2005 — Vantaa, Finland"), tells in the present what
		// happened that day: its paragraph's sentences with no time of
		// their own take the date, whatever their tense
		if !samePara && !datedSection {
			dated = model.Timex{}
		}
		if t, ok := dateHeader(text, byS[si], s.Start); ok {
			// a heading in a paragraph of its own ("THURSDAY 11 APRIL")
			// dates its whole section, up to the next heading
			dated = t
			datedSection = si+1 < len(doc.Sentences) && !sameParagraph(doc.Text, s.End, doc.Sentences[si+1].Start)
			continue
		}
		if dated.Value != "" && (ctx.prevFrame.Value == "" || ctx.prevFrame.Value == dated.Value) {
			ctx.prevFrame, ctx.entryHeader = dated, true
		}
		ctx.recentCeasefire = si-lastCeasefire <= 3
		ctx.recentAccord = si-lastAccord <= 2 && lastAccord > lastCeasefire
		ctx.recentSwap = si-lastSwap <= 3
		ctx.earlierSwap = lastSwap >= 0
		ctx.earlierTalks = lastTalks >= 0
		ctx.truceStory = truces >= 2 && accords == 0
		ctx.recentWithdraw = si-lastWithdrawal <= 3
		ctx.unarmedTruce = si-lastUnarmed <= 2 && lastUnarmed > lastCeasefire
		prevTalks = false
		if !x.worthAnalysing(text) && !(ctx.recentCeasefire && truceStageCue(text)) && !((ctx.prevTalks || ctx.earlierTalks) && talksResponseCue(text)) &&
			!(ctx.recentWithdraw && withdrawalAnaphorCue(text)) && !(ctx.recentAccord && accordSignedCue(text)) && !(acronyms != nil && acronymCue(text, acronyms)) {
			continue
		}
		for k := si + 1; k < len(doc.Sentences) && k <= si+2; k++ {
			if !sameParagraph(doc.Text, doc.Sentences[k-1].End, doc.Sentences[k].Start) {
				break
			}
			ctx.next = append(ctx.next, doc.Text[doc.Sentences[k].Start:doc.Sentences[k].End])
		}
		var undated uint8
		res, talks, undated = x.analyse(text, s.Start, byS[si], &ctx, res[:0])
		prevTalks = talks
		if ctx.sawUnarmed {
			lastUnarmed = si
		}
		// an event the sentence names with no time gives no mention, but
		// the sentences after it may name it again by a pronoun: "The two
		// sides agreed a truce in Moscow. It took effect on Saturday."
		if undated&(1<<typeBit(model.TypeCeasefire)) != 0 {
			lastCeasefire = si
		}
		if undated&(1<<typeBit(model.TypePeaceAgreement)) != 0 {
			lastAccord = si
		}
		if undated&(1<<typeBit(model.TypePrisonerSwap)) != 0 {
			lastSwap = si
		}
		if undated&(1<<typeBit(model.TypeWithdrawal)) != 0 {
			lastWithdrawal = si
		}
		var ranks typeRanks
		for _, r := range res {
			if r.typ == model.TypeCeasefire {
				lastCeasefire = si
			}
			if r.typ == model.TypePeaceAgreement && r.fact == model.FactAsserted {
				lastAccord = si
			}
			if r.typ == model.TypePrisonerSwap {
				lastSwap = si
			}
			if r.typ == model.TypeWithdrawal {
				lastWithdrawal = si
			}
			if r.typ == model.TypeTalks {
				lastTalks = si
			}
			switch r.typ {
			case model.TypePeaceAgreement, model.TypeCeasefire, model.TypeTalks:
				peaceBefore = true
			}
			switch r.typ {
			case model.TypeCeasefire:
				truces++
			case model.TypePeaceAgreement:
				accords++
			}
			rank := ranks.next(r.typ)
			ms = append(ms, model.Mention{
				ID:           mentionID(doc.ID, s.RawStart, r.typ, rank),
				DocID:        doc.ID,
				Sentence:     si,
				Type:         r.typ,
				Subtype:      r.sub,
				Factuality:   r.fact,
				Trigger:      text[r.trigStart:r.trigEnd],
				TriggerStart: s.Start + r.trigStart,
				TriggerEnd:   s.Start + r.trigEnd,
				Time:         r.time,
				Actors:       r.actors,
				Place:        r.place,
				Country:      r.country,
				SpanStart:    s.RawStart,
				SpanEnd:      s.RawEnd,
				Text:         text,
			})
		}
	}
	doc.Mentions = append(doc.Mentions, ms...)
	datedHeadline(doc)
	return nil
}

// dateHeader reports whether a sentence is only a date, perhaps with a
// place after a dash or a comma, as the entries of a chronology are
// headed ("27 January 2005 — Vantaa, Finland", "12 March 1991:"), and
// returns the date. ts are the sentence's time expressions; start is the
// sentence's offset in the document.
func dateHeader(text string, ts []model.Timex, start int) (model.Timex, bool) {
	if len(ts) != 1 || ts[0].Start < start || ts[0].Value == "" || ts[0].Citation {
		return model.Timex{}, false
	}
	if pre := strings.TrimRight(strings.TrimSpace(text[:min(ts[0].Start-start, len(text))]), ","); pre != "" && !isWeekdayWord(pre) {
		return model.Timex{}, false // (but "FRIDAY 12 APRIL" is a heading)
	}
	rest := strings.TrimSpace(text[min(ts[0].End-start, len(text)):])
	if len(rest) > 60 || strings.ContainsAny(rest, ".;!?") {
		return model.Timex{}, false
	}
	if rest != "" && !strings.HasPrefix(rest, "—") && !strings.HasPrefix(rest, "–") && !strings.HasPrefix(rest, "-") &&
		!strings.HasPrefix(rest, ",") && !strings.HasPrefix(rest, ":") {
		return model.Timex{}, false
	}
	// a place's words only: no verb in lower case of more than a few letters
	for _, w := range strings.Fields(rest) {
		w = strings.Trim(w, "—–-,:")
		if w != "" && w[0] >= 'a' && w[0] <= 'z' && len(w) > 3 {
			return model.Timex{}, false
		}
	}
	return ts[0], true
}

// clockLine reports whether a sentence is only a clock time, as the entries
// of a live blog are headed: "18:10", "9.45", "14:05 GMT", "08:00 BST".
func clockLine(text string) bool {
	t := strings.TrimSpace(text)
	i := 0
	for i < len(t) && i < 2 && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i == 0 || i >= len(t) || t[i] != ':' && t[i] != '.' {
		return false
	}
	i++
	if i+2 > len(t) || t[i] < '0' || t[i] > '5' || t[i+1] < '0' || t[i+1] > '9' {
		return false
	}
	rest := strings.TrimSpace(t[i+2:])
	if rest == "" {
		return true
	}
	// a time zone or a.m./p.m. and nothing else
	if len(rest) > 5 {
		return false
	}
	for k := 0; k < len(rest); k++ {
		if c := rest[k]; !(c >= 'A' && c <= 'Z' || c == '.' || c == 'a' || c == 'p' || c == 'm') {
			return false
		}
	}
	return true
}

// isHeadline reports whether the document's first sentence is a headline:
// a paragraph of its own, on one line, with no full stop at its end,
// followed by the body of the story.
func isHeadline(doc *model.Document) bool {
	if len(doc.Sentences) < 2 {
		return false
	}
	s0, s1 := doc.Sentences[0], doc.Sentences[1]
	if s0.Start < 0 || s0.End > len(doc.Text) || s0.End-s0.Start > 200 || sameParagraph(doc.Text, s0.End, s1.Start) {
		return false
	}
	h := strings.TrimRight(doc.Text[s0.Start:s0.End], " \t\r\n")
	if h == "" || strings.IndexByte(h, '\n') >= 0 {
		return false
	}
	switch h[len(h)-1] {
	case '.', ':', ';', ',':
		return false
	}
	return true
}

// datedHeadline gives the asserted mentions of a headline the time of the
// first dated asserted mention of the same type in the lead paragraph that
// follows it (a headline reports, in the present tense, the event its lead
// paragraph dates: "Russia and Ukraine swap nearly 200 prisoners" over
// "... exchanged 478 prisoners of war on Wednesday"), so that the two merge
// into one event. A headline mention left with no time is dropped, as any
// asserted mention with no time is.
func datedHeadline(doc *model.Document) {
	n := 0
	for n < len(doc.Mentions) && doc.Mentions[n].Sentence == 0 {
		n++
	}
	if n == 0 {
		return
	}
	// the lead: the paragraph right after the headline
	lead := 2
	for lead < len(doc.Sentences) && sameParagraph(doc.Text, doc.Sentences[lead-1].End, doc.Sentences[lead].Start) {
		lead++
	}
	kept := doc.Mentions[:0]
	for i := range doc.Mentions {
		m := doc.Mentions[i]
		if i < n && m.Factuality == model.FactAsserted && m.Time.Value == "" {
			for _, o := range doc.Mentions[n:] {
				if o.Sentence >= lead {
					break
				}
				if o.Type == m.Type && o.Factuality == model.FactAsserted && o.Time.Value != "" {
					m.Time = o.Time
					if m.Subtype == "" {
						m.Subtype = o.Subtype
					}
					if o.Country != "" {
						m.Place, m.Country = o.Place, o.Country
					}
					break
				}
			}
			if m.Time.Value == "" {
				continue
			}
		}
		kept = append(kept, m)
	}
	doc.Mentions = kept
}

// ExtractSentence finds the mentions of one sentence on its own, with no
// document context. times are the sentence's time expressions with offsets
// relative to text; the mentions' offsets are relative to text too.
func (x *Extractor) ExtractSentence(text string, times []model.Timex) []model.Mention {
	if !x.worthAnalysing(text) {
		return nil
	}
	ctx := sentCtx{country: func() string { return "" }}
	res, _, _ := x.analyse(text, 0, times, &ctx, nil)
	var out []model.Mention
	var ranks typeRanks
	for _, r := range res {
		rank := ranks.next(r.typ)
		out = append(out, model.Mention{
			ID:           mentionID("", 0, r.typ, rank),
			Type:         r.typ,
			Subtype:      r.sub,
			Factuality:   r.fact,
			Trigger:      text[r.trigStart:r.trigEnd],
			TriggerStart: r.trigStart,
			TriggerEnd:   r.trigEnd,
			Time:         r.time,
			Actors:       r.actors,
			Place:        r.place,
			Country:      r.country,
			SpanEnd:      len(text),
			Text:         text,
		})
	}
	return out
}

// typeRanks counts the mentions of each type in a sentence.
type typeRanks struct {
	typ [8]string
	n   [8]int
	len int
}

// next returns the rank of a new mention of type typ and counts it.
func (r *typeRanks) next(typ string) int {
	for i := 0; i < r.len; i++ {
		if r.typ[i] == typ {
			r.n[i]++
			return r.n[i] - 1
		}
	}
	if r.len == len(r.typ) {
		panic("extract: more mention types than typeRanks holds")
	}
	r.typ[r.len], r.n[r.len] = typ, 1
	r.len++
	return 0
}

// mentionID is model.MentionID without fmt: the same string, built by
// concatenation.
func mentionID(docID string, spanStart int, typ string, rank int) string {
	return docID + ":" + strconv.Itoa(spanStart) + ":" + typ + ":" + strconv.Itoa(rank)
}

// worthAnalysing is the cheap pre-filter: one pass over the bytes that
// finds a head word that may start a trigger, or a common head word ("left",
// "met") together with a cue word ("troops", "rebels").
func (x *Extractor) worthAnalysing(text string) bool {
	weak, cue := false, false
	for i := 0; i < len(text); {
		if !asciiLetter[text[i]] {
			i++
			continue
		}
		// a run of ASCII letters, hashed case-folded
		h := uint32(fnvOffset)
		j := i
		for j < len(text) && asciiLetter[text[j]] {
			h = (h ^ uint32(text[j]|0x20)) * fnvPrime
			j++
		}
		if j-i >= 3 {
			k := hashWord(h)
			bit := uint64(1) << (k & 63)
			if x.strong[k>>6]&bit != 0 {
				return true
			}
			weak = weak || x.weak[k>>6]&bit != 0
			cue = cue || x.cues[k>>6]&bit != 0
			if j+4 <= len(text) && text[j] == '-' && j-i == 4 && strings.EqualFold(text[i:j], "pull") && strings.EqualFold(text[j+1:j+4], "out") {
				return true // "the pull-out", a noun as strong as "withdrawal"
			}
			if weak && cue {
				return true
			}
		}
		i = j
	}
	return false
}

// sameParagraph reports whether no blank line separates text[a:b].
func sameParagraph(text string, a, b int) bool {
	if a < 0 || b > len(text) || a > b {
		return false
	}
	gap := text[a:b]
	nl := 0
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case '\n':
			nl++
			if nl >= 2 {
				return false
			}
		case ' ', '\t', '\r':
		default:
			nl = 0
		}
	}
	return true
}

// frameTime is the time a sentence sets for the next one: its first usable
// time expression that is neither the date of a dateline (the sentence
// opens with datelineEnd bytes of dateline) nor the end of a state ("until
// March").
func frameTime(text string, ts []model.Timex, datelineEnd int) model.Timex {
	for _, t := range ts {
		if usable(t) && t.End > datelineEnd && !endOfState(text, t.Start) && !datesDeal(text, t.Start) && !spanToNow(t) {
			return t
		}
	}
	return model.Timex{}
}

// maxAnaphorSentence is the longest sentence (in bytes) that the cheap
// tests below let past worthAnalysing: a sentence that names an event
// only by a pronoun is short ("It entered into force two days later.").
const maxAnaphorSentence = 240

// truceStageCue reports whether a sentence may state the stage of a
// ceasefire it names only by a pronoun ("It entered into force"): a cheap
// test that lets such a sentence past worthAnalysing after a ceasefire.
func truceStageCue(text string) bool {
	return shortWith(text, "force", "effect", "signed", "extend", "renew", "collapsed", "violated", "broke down", "fell apart", "accepted the", "approved the")
}

// accordSignedCue is the cheap test that lets a short sentence that may
// tell the signing of an accord just named past worthAnalysing: "It was
// signed on the White House lawn on 26 March 1979.", "they put their
// signatures to it".
func accordSignedCue(text string) bool {
	return shortWith(text, "signed", "concluded", "initialled", "initialed", "sealed", "names to", "signatures to")
}

// typeBit numbers the event types for a bit set.
func typeBit(typ string) uint {
	switch typ {
	case model.TypeCoup:
		return 0
	case model.TypeCeasefire:
		return 1
	case model.TypePrisonerSwap:
		return 2
	case model.TypeWithdrawal:
		return 3
	case model.TypePeaceAgreement:
		return 4
	}
	return 5
}

// talksResponseCue is the cheap test of talksResponse: a sentence after
// one about talks that may answer the offer.
func talksResponseCue(text string) bool {
	return shortWith(text, "responded", "reacted", "welcom", "accept", "embraced", "endorsed", "They resumed", "They reopened", "round")
}

// withdrawalAnaphorCue is the cheap test that lets a short sentence that
// may refer back to a withdrawal past worthAnalysing: "The pull-out,
// completed in March, ...", "marked the end of the operation".
func withdrawalAnaphorCue(text string) bool {
	return shortWith(text, "pull-out", "end of the operation", "end of the mission")
}

// shortWith reports whether text is at most maxAnaphorSentence bytes long
// and holds one of the words.
func shortWith(text string, words ...string) bool {
	if len(text) > maxAnaphorSentence {
		return false
	}
	for _, w := range words {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// narrativePast reports whether a sentence tells the past: a finite verb
// in the simple past ("was", "had", "left", "signed" when no auxiliary of
// the present, a modal or a linking verb comes right before it). A
// sentence without one ("Foreign partners have grown impatient.", "The
// talks remain stalled.") comments on the present, so it neither takes the
// time of the sentence before it nor passes that time on.
func narrativePast(text string) bool {
	// words are lower-cased into fixed buffers: no allocation per word; a
	// word longer than the longest of a list is not looked up in it
	var cur, prev [12]byte
	np := 0
	for i := 0; i < len(text); {
		for i < len(text) && !asciiLetter[text[i]] {
			i++
		}
		j := i
		for j < len(text) && asciiLetter[text[j]] {
			j++
		}
		if i == j {
			break
		}
		n := j - i
		if n > len(cur) {
			i, np = j, 0 // a long word: no auxiliary, no past form listed
			continue
		}
		for k := 0; k < n; k++ {
			cur[k] = lowerTable[text[i+k]]
		}
		i = j
		w := cur[:n]
		past := n > 3 && w[n-2] == 'e' && w[n-1] == 'd' || n <= 9 && pastWords.words[string(w)]
		if past && (np > 7 || !nonPastAux.words[string(prev[:np])]) {
			return true
		}
		// "have repeatedly accused", "have since held": the adverb is skipped
		if !(n > 2 && w[n-2] == 'l' && w[n-1] == 'y') && (n > 9 || !transparentAdverbs.words[string(w)]) {
			prev, np = cur, n
		}
	}
	return false
}

// nonPastAux are words after which a form in -ed is a participle of a
// present or future tense, or an adjective ("has signed", "remain stalled").
var nonPastAux = set("has", "have", "is", "are", "am", "be", "been", "being", "remain", "remains",
	"seem", "seems", "appear", "appears", "stay", "stays", "get", "gets", "will", "would", "could",
	"should", "may", "might", "must", "can", "to")

// stageWords end the predicate that tells a ceasefire's stage: "came
// into force", "took effect", "collapsed", "was extended".
var stageWords = set("force", "effect", "collapsed", "extended", "renewed", "prolonged")

// transparentAdverbs stand between an auxiliary and its participle
// without changing the tense: "have since held", "has already left".
var transparentAdverbs = set("since", "already", "also", "now", "never", "just", "not", "yet", "still", "so", "far", "thus")

// pastWords are common verbs in the simple past that do not end in -ed.
var pastWords = set("was", "were", "had", "did", "said", "told", "took", "left", "began", "met",
	"went", "made", "came", "held", "fought", "won", "lost", "gave", "broke", "fell", "led",
	"sent", "brought", "struck", "became", "saw", "seized", "agreed", "withdrew", "overthrew",
	"ousted", "chose", "drove", "kept", "sought", "spoke", "stood", "thought", "wrote", "rose",
	"ran", "set", "put", "let", "cut", "hit", "quit", "shut", "split", "spread")

// spanToNow reports whether a time expression is a stretch counted back
// from the time of writing, "the past eight years", "over the last two
// decades": the time of a state or of a series of events, which sets no
// time for the next sentence's event.
func spanToNow(t model.Timex) bool {
	if !strings.Contains(t.Value, "/") {
		return false
	}
	w := t.Text
	for _, p := range [...]string{"over ", "for ", "in ", "during ", "throughout ", "the "} {
		if len(w) >= len(p) && strings.EqualFold(w[:len(p)], p) {
			w = w[len(p):]
		}
	}
	return len(w) >= 5 && (strings.EqualFold(w[:5], "past ") || strings.EqualFold(w[:5], "last "))
}

func usable(t model.Timex) bool { return t.Value != "" && !t.Citation }

// datesDeal reports whether the time expression at text[i:] dates a deal
// named by a participle before it, "a deal reached in Switzerland last
// month": the time of the deal, which is no event of this sentence's
// story, so the next sentence does not continue it.
func datesDeal(text string, i int) bool {
	words := 0
	for j := i; j > 0 && words < 6; {
		for j > 0 && !asciiLetter[text[j-1]] {
			if c := text[j-1]; c == '.' || c == ';' || c == ',' || c == '\n' {
				return false
			}
			j--
		}
		k := j
		for k > 0 && asciiLetter[text[k-1]] {
			k--
		}
		if k == j {
			return false
		}
		w := strings.ToLower(text[k:j])
		if reachVerb(w) || w == "signed" || w == "agreed" {
			m := k
			for m > 0 && text[m-1] == ' ' {
				m--
			}
			n := m
			for n > 0 && asciiLetter[text[n-1]] {
				n--
			}
			return dealNouns.has(strings.ToLower(text[n:m]))
		}
		words++
		j = k
	}
	return false
}

// durationText reports whether a time expression's text ends in a unit
// word, as an offset does when "after" is left out of it ("Ten years",
// "a month").
func durationText(text string) bool {
	i := strings.LastIndexByte(text, ' ')
	if i < 0 {
		return false
	}
	switch strings.ToLower(text[i+1:]) {
	case "day", "days", "week", "weeks", "fortnight", "fortnights", "month", "months", "year", "years", "decade", "decades":
		return true
	}
	return false
}

// allCaps reports whether a sentence is written in capitals: at least
// four words of three or more letters, nearly all of them upper case.
func allCaps(toks []tok, text string) bool {
	// cheap exit: the first word of three letters or more has a lower-case letter
	for i := range toks {
		if t := &toks[i]; t.kind == kWord && t.e-t.s >= 3 {
			if c := text[t.e-1]; c >= 'a' && c <= 'z' {
				return false
			}
			break
		}
	}
	words, upper := 0, 0
	for i := range toks {
		t := &toks[i]
		if t.kind != kWord || t.e-t.s < 3 {
			continue
		}
		words++
		all := true
		for k := t.s; k < t.e; k++ {
			if c := text[k]; c >= 'a' && c <= 'z' {
				all = false
				break
			}
		}
		if all {
			upper++
		}
	}
	return words >= 4 && upper*10 >= words*9
}

// offsetTimex reports whether a time expression is an offset counted
// from an event named after it: "eight months after", "weeks before".
func offsetTimex(text string) bool {
	n := len(text)
	return n > 6 && (strings.EqualFold(text[n-6:], " after") || n > 7 && strings.EqualFold(text[n-7:], " before"))
}

// documentCountry is the document's clear country: the most frequent
// country among the places named in the title and the opening of the text,
// when it is named at least twice and twice as often as any other; ""
// when the document has no clear country.
func (x *Extractor) documentCountry(doc *model.Document) string {
	head := doc.Text
	if len(head) > 1500 {
		head = head[:1500]
	}
	counts := map[string]int{}
	first := map[string]int{}
	n := 0
	for _, src := range []string{doc.Title, head} {
		for _, m := range x.gaz.Places(src) {
			if m.Country == "" {
				continue
			}
			if _, ok := first[m.Country]; !ok {
				first[m.Country] = n
			}
			n++
			counts[m.Country]++
		}
	}
	best, second := "", 0
	for c, k := range counts {
		if best == "" || k > counts[best] || k == counts[best] && first[c] < first[best] {
			best = c
		}
	}
	for c, k := range counts {
		if c != best && k > second {
			second = k
		}
	}
	// one clear country: named at least twice, and twice as often as any other
	if best == "" || counts[best] < 2 || counts[best] < 2*second {
		return ""
	}
	return best
}

// analyse finds the mentions of one sentence. base is the offset of text in
// the coordinates of times. It also reports whether the sentence has a talks
// trigger of any factuality, for the next sentence's context, and the types
// (as bits, see typeBit) of the asserted events it names with no time,
// which give no mention.
func (x *Extractor) analyse(text string, base int, times []model.Timex, ctx *sentCtx, out []result) ([]result, bool, uint8) {
	s := x.pool.Get().(*sent)
	defer func() {
		if s.actDone && ctx.si < len(ctx.countries) && !ctx.countries[ctx.si].done {
			// the sentence was looked up in the gazetteer: keep the country
			// it points to for the sentences after it
			_, cc := sentencePlace(s.text, s.actors, s.places)
			ctx.countries[ctx.si] = sentCountry{country: cc, done: true}
		}
		s.reset()
		x.pool.Put(s)
	}()
	s.x = x
	s.ctx = ctx
	s.text = text
	s.low = s.lower(text)
	s.toks = tokenize(text, s.low, s.toks[:0], x.lex)
	if allCaps(s.toks, text) {
		// a cable or a shouted headline ("IRAN AND IRAQ HAD AGREED TO A
		// CEASEFIRE"): capitals name nothing, so read it as lower case
		for i := range s.toks {
			s.toks[i].cap = false
		}
	}
	s.dateline, s.datelineTok = datelineLen(text), -1
	if s.dateline > 0 {
		for k := range s.toks {
			if s.toks[k].e >= s.dateline {
				s.datelineTok = k
				break
			}
		}
	}
	if sourceNote(s.low, s.toks) {
		return out, false, 0 // a note on sources or a web reference: no event mentions
	}
	s.detect()
	if len(s.cands) == 0 {
		return out, false, 0
	}
	talks := false
	for _, c := range s.cands {
		if c.typ == model.TypeTalks {
			talks = true
		}
	}
	s.timeSpans(base, times)
	s.attachTimes()
	s.splitAgreedTruce()
	s.stageChain()
	for i := range s.cands {
		c := &s.cands[i]
		if c.fact == "" && c.repeatOf == 0 {
			c.fact = s.factuality(c)
		}
		if c.typ == model.TypeWithdrawal && c.fact == model.FactAsserted && c.announced {
			c.sub = "announced"
			// an announcement is dated by its own time: "announced in
			// April that all troops would be out by 11 September"
			if ti := s.announcementTime(c); ti >= 0 {
				c.time = ti
			}
		}
	}
	for i := range s.cands {
		if c := &s.cands[i]; c.repeatOf > 0 {
			c.fact = s.cands[c.repeatOf-1].fact // "and again on Sunday" is as real as the first
		}
	}
	merged := s.merge()
	// An asserted mention with no time is nearly always a general remark
	// ("dialogue is worth pursuing") or a reference back to an event dated
	// elsewhere: no mention. Talks carried over from the previous sentence's
	// time need a cue of their own (offered, began, held, mandated).
	kept := merged[:0]
	var undated uint8
	for _, c := range merged {
		if c.fact == model.FactAsserted && c.time < 0 && !c.carried && !ctx.headline {
			undated |= 1 << typeBit(c.typ)
			continue
		}
		if c.typ == model.TypeTalks && c.fact == model.FactAsserted && c.time < 0 && c.sub == "" {
			continue
		}
		kept = append(kept, c)
	}
	merged = kept
	if len(merged) == 0 {
		return out, talks, undated
	}
	place, country := s.participants()
	for _, c := range merged {
		r := result{
			typ: c.typ, sub: c.sub, fact: c.fact,
			trigStart: s.toks[c.ts].s, trigEnd: s.toks[c.te-1].e,
			actors: s.linkActors(c), place: place, country: country,
		}
		if c.typ == model.TypeCeasefire || c.typ == model.TypeTalks || c.typ == model.TypePeaceAgreement {
			// a truce signed in Jeddah between Sudan's army and the RSF
			// is Sudan's: the venue stays the place
			if p := s.partiesCountry(r.actors); p != "" {
				r.country = p
			}
		}
		switch {
		case c.time >= 0:
			r.time = s.times[c.time].tx
		case c.carried:
			r.time = ctx.prevFrame
		}
		if c.prior >= 0 && r.time.Value != "" && r.time.Qualifier == "" && (c.carried || s.times[c.time].b < c.prior ||
			s.times[c.time].b == c.prior && !durationText(s.times[c.time].tx.Text)) {
			// (but in "Ten years after the accord, ..." the offset right
			// before "after" dates the accord itself)
			// "signed on Saturday after talks in Jeddah": the talks came before
			r.time.Qualifier = "before"
		}
		out = append(out, r)
		if c.time >= 0 && !c.carried {
			// "truces in 2001 and in 2003", "seized power in 1960, 1971
			// and 1980": one mention for each date of the list
			for _, tj := range s.listedTimes(c) {
				r2 := r
				r2.time = s.times[tj].tx
				out = append(out, r2)
			}
		}
	}
	return out, talks, undated
}

// listedTimes gives the times coordinated after candidate c's own time
// with nothing but commas, "and", "in", "on" or "again" between them
// ("in 2001 and in 2003", "on 3 May, 9 June and 1 July"), each of the
// same precision as c's time and owned by no other trigger: each is
// another occurrence of c's event. A list of months dates one event
// over several months ("fighting paused in March and April") unless the
// trigger is a plural noun ("truces in March and May"); talks on a list
// of days or months are one round, on a list of years several.
func (s *sent) listedTimes(c cand) []int {
	ti := c.time
	first := s.times[ti].tx.Value
	if strings.ContainsRune(first, '/') || s.times[ti].tx.Qualifier != "" {
		return nil
	}
	switch {
	case len(first) != 4 && c.typ == model.TypeTalks:
		return nil // talks "on Wednesday and Thursday" are one round
	case len(first) == 7:
		plural := false
		for k := c.ts; k < c.te; k++ {
			if w := s.w(k); len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' {
				plural = true
			}
		}
		if !plural {
			return nil
		}
	case len(first) != 4 && len(first) != 10:
		return nil
	}
	var list []int
	for tj := ti + 1; tj < len(s.times); tj++ {
		t := &s.times[tj]
		if t.owner >= 0 && (s.cands[t.owner].ts != c.ts || s.cands[t.owner].typ != c.typ) {
			break
		}
		if len(t.tx.Value) != len(first) || t.tx.Qualifier != "" || t.tx.Value == s.times[tj-1].tx.Value ||
			t.offset || offsetTimex(t.tx.Text) {
			break
		}
		gap := s.toks[s.times[tj-1].b:t.a]
		if len(gap) == 0 || len(gap) > 3 {
			break
		}
		joined := true
		for _, g := range gap {
			switch g.w {
			case ",", "and", "in", "on", "again":
			default:
				joined = false
			}
		}
		if !joined {
			break
		}
		list = append(list, tj)
	}
	return list
}

// participants names the place and the country of a sentence (the actors
// of each mention are linked to its trigger, see linkActors).
// The country is, in order: that of the place where it happened, of a
// national actor, of a person named in the sentence; then that of the
// previous sentences of the paragraph; then the document's country when
// it has one clear country.
func (s *sent) participants() (string, string) {
	places := s.placeMatches()
	if s.dateline > 0 {
		// the place of a dateline is where the story was filed
		k := 0
		for k < len(places) && places[k].Start < s.dateline {
			k++
		}
		places = places[k:]
	}
	place, country := sentencePlace(s.text, s.actorMatches(), places)
	if country == "" && s.accordName && s.ctx.country != nil {
		// an accord named after a city belongs to the conflict the
		// document is about rather than to the country of the sentence
		// before ("the Algiers accord" in a report on Mali)
		country = s.ctx.country()
	}
	if country == "" {
		country = s.ctx.prevCountry(s.x)
	}
	if country == "" && s.ctx.country != nil {
		country = s.ctx.country()
	}
	return place, country
}

// partiesCountry is the one country of a mention's linked national actors
// (armed forces, governments, states; not persons) when they all share
// it, "" otherwise: the parties of a truce, talks or accord held abroad
// ("signed in Jeddah" by Sudan's army) say whose conflict it is better
// than the venue does.
func (s *sent) partiesCountry(linked []string) string {
	one := ""
	// a linked country may have been matched as a place ("Ethiopia and
	// Eritrea signed"): both lists count
	for _, list := range [2][]gazetteer.Match{s.actorMatches(), s.placeMatches()} {
		for _, m := range list {
			if m.Country == "" || m.Kind == gazetteer.KindPerson || !slices.Contains(linked, m.Canonical) {
				continue
			}
			if m.End < len(s.text) && s.text[m.End] == '-' {
				continue // "the US-brokered deal", "a Saudi-backed truce": a sponsor, not a party
			}
			switch m.Kind {
			case gazetteer.KindMilitary, gazetteer.KindGovernment, gazetteer.KindCountry:
			default:
				continue
			}
			if one != "" && m.Country != one {
				return ""
			}
			one = m.Country
		}
	}
	return one
}

// sentencePlace returns the place a sentence names (the first one after a
// preposition of place, else the first one) and the country the sentence
// itself points to: the place's, else a national actor's, else a named
// person's. text is the sentence the matches were found in.
func sentencePlace(text string, actors, places []gazetteer.Match) (place, country string) {
	locative := false
	for _, p := range places {
		if locativeBefore(text, p.Start) {
			place, country, locative = p.Canonical, p.Country, true
			break
		}
	}
	if place == "" && len(places) > 0 {
		place, country = places[0].Canonical, places[0].Country
	}
	if locative && country != "" {
		return place, country // "in Jeddah"
	}
	// a national actor before a place named otherwise ("deepened ties with Russia")
	for _, m := range actors {
		if m.Country != "" && m.Kind != gazetteer.KindPerson {
			return place, m.Country
		}
	}
	if country != "" {
		return place, country
	}
	for _, m := range actors {
		if m.Country != "" {
			return place, m.Country
		}
	}
	return place, ""
}

// sentenceCountry is the country a sentence points to on its own (see
// sentencePlace), "" when none.
func (x *Extractor) sentenceCountry(text string) string {
	actors, places := x.gaz.Find(text)
	_, c := sentencePlace(text, actors, places)
	return c
}

// locativeBefore reports whether the word before offset i is a preposition
// of place ("in", "at", "near", "from", ...).
func locativeBefore(text string, i int) bool {
	k, j := wordBefore(text, i)
	var buf [12]byte
	if j-k > len(buf) {
		return false // longer than any preposition of place
	}
	low := buf[:j-k]
	for n := range low {
		low[n] = text[k+n] | 0x20
	}
	switch string(low) {
	case "in", "at", "near", "from", "around", "outside", "inside", "across", "throughout", "of", "central", "northern", "southern", "eastern", "western",
		"left", "leave", "leaves", "leaving", "quit", "quits", "exited", "entered", "into":
		return true
	}
	return false
}

// tspan is a usable time expression of the sentence as a token range.
type tspan struct {
	a, b     int // tokens [a,b)
	tx       model.Timex
	owner    int // index of the candidate that owns it, -1 none
	frame    bool
	endOf    bool // introduced by "until", "through": the end of a state
	dateline bool // the date of a dateline opening the sentence
	offset   bool // an offset with a complement: "eight months after the coup"
}

// cand is a trigger found in the sentence.
type cand struct {
	typ, sub  string
	ts, te    int    // trigger tokens [ts,te)
	fact      string // forced factuality, "" to compute
	plural    bool   // a plural noun: generic unless a time is attached
	named     bool
	announced bool
	time      int // index into sent.times, -1 none
	carried   bool
	prior     int  // index of the "after" naming the trigger as what came before ("after weeks of talks"), -1 none
	repeatOf  int  // 1 + index of the candidate this one repeats (", and again on Sunday"), 0 none
	renewal   bool // the renewal of a truce dated apart ("agreed on Monday to maintain the ceasefire reached ...")
}

// sent is the working state of one sentence; it is pooled.
type sent struct {
	x         *Extractor
	ctx       *sentCtx
	text      string
	low       string
	toks      []tok
	cands     []cand
	merged    []cand // merge's result
	times     []tspan
	lowBuf    []byte // backs low
	actors    []gazetteer.Match
	places    []gazetteer.Match
	actDone   bool
	spans     []actorSpan // actor matches as token ranges (see actorSpans)
	spansDone bool
	title     int8 // 0 not known yet, 1 the sentence is in title case, -1 not
	// accordName: a city of the sentence only names an accord ("the
	// Algiers accord"); set by gazetteer
	accordName bool

	dateline    int // bytes of a dateline opening the sentence, 0 none
	datelineTok int // index of the dateline's closing dash token, -1 none
}

func (s *sent) reset() {
	s.x, s.ctx = nil, nil
	s.text, s.low = "", ""
	s.toks = s.toks[:0]
	s.cands = s.cands[:0]
	s.merged = s.merged[:0]
	s.times = s.times[:0]
	s.actors, s.places = s.actors[:0], s.places[:0]
	s.actDone = false
	s.spans, s.spansDone = s.spans[:0], false
	s.title = 0
	s.accordName = false
	s.dateline, s.datelineTok = 0, -1
}

func (s *sent) actorMatches() []gazetteer.Match {
	s.gazetteer()
	return s.actors
}

func (s *sent) placeMatches() []gazetteer.Match {
	s.gazetteer()
	return s.places
}

// gazetteer looks the sentence up once, on first need.
func (s *sent) gazetteer() {
	if !s.actDone {
		s.actDone = true
		// the match slices are the sentence's own buffers, reused
		s.actors, s.places = s.x.gaz.FindInto(s.text, s.actors, s.places)
		n := len(s.actors) + len(s.places)
		s.actors = dropAccordNames(s.text, s.actors)
		s.places = dropAccordNames(s.text, s.places)
		s.accordName = len(s.actors)+len(s.places) < n
	}
}

// dropAccordNames removes the matches of cities and regions that only name
// an accord: "the Algiers accord", "the Lomé Peace Agreement", "the
// Doha-brokered 2020 deal". Such a city is neither where the event took
// place nor a party to it (a capital is otherwise read as its government),
// so it gives the mention neither place, country nor actor; a country
// name ("the Sudan peace deal") still points to the conflict's country.
func dropAccordNames(text string, ms []gazetteer.Match) []gazetteer.Match {
	out := ms[:0]
	for _, m := range ms {
		if !namesAccord(text, m.End) || !cityLike(text, m) {
			out = append(out, m)
		}
	}
	return out
}

// cityLike reports whether the text matched by m is the name of a city or
// region rather than of a country (a capital read as a government is
// matched as an actor of kind government, so the test is on the matched
// words: a city name never equals its country's canonical name).
func cityLike(text string, m gazetteer.Match) bool {
	switch m.Kind {
	case gazetteer.KindCity, gazetteer.KindRegion:
		return true
	case gazetteer.KindGovernment:
		w := text[m.Start:m.End]
		return !strings.Contains(m.Canonical, w) && !strings.EqualFold(w, m.Country)
	}
	return false
}

// accordNouns are the heads of an accord's name.
var accordNouns = set("accord", "accords", "agreement", "agreements", "deal", "pact",
	"protocol", "protocols", "treaty", "declaration")

// namesAccord reports whether the name ending at text[end] is followed by
// the head of an accord's name: "-mediated", "-brokered" or "peace" and a
// year may come between ("Algiers-mediated 2015 deal", "Arusha Peace
// Accords").
func namesAccord(text string, end int) bool {
	i := end
	if i >= len(text) || text[i] != ' ' && text[i] != '-' {
		return false
	}
	if text[i] == '-' {
		j := i + 1
		for j < len(text) && asciiLetter[text[j]] {
			j++
		}
		w := text[i+1 : j]
		if !strings.EqualFold(w, "mediated") && !strings.EqualFold(w, "brokered") && !strings.EqualFold(w, "sponsored") && !strings.EqualFold(w, "backed") {
			return false
		}
		i = j
	}
	var buf [12]byte
	for step := 0; step < 3; step++ {
		if i >= len(text) || text[i] != ' ' {
			return false
		}
		for i < len(text) && text[i] == ' ' {
			i++
		}
		j := i
		for j < len(text) && (asciiLetter[text[j]] || text[j] >= '0' && text[j] <= '9') {
			j++
		}
		if j-i > len(buf) {
			return false
		}
		for k := i; k < j; k++ {
			buf[k-i] = lowerTable[text[k]]
		}
		w := buf[:j-i]
		switch {
		case accordNouns.words[string(w)]:
			return true
		case string(w) == "peace", len(w) == 4 && w[0] >= '1' && w[0] <= '2' && w[3] >= '0' && w[3] <= '9':
			i = j
		default:
			return false
		}
	}
	return false
}

// lower sets s.lowBuf to text with its ASCII letters lower-cased and
// returns it as a string that shares the buffer. The string, and every
// token word cut from it, is valid only until the sentence is reset and
// goes back to the pool: nothing cut from it may outlive analyse (results
// hold constants, gazetteer names and document text only).
func (s *sent) lower(text string) string {
	if len(text) == 0 {
		return ""
	}
	b := s.lowBuf[:0]
	if cap(b) < len(text) {
		b = make([]byte, 0, len(text)+len(text)/2)
	}
	b = append(b, text...)
	for i, c := range b {
		b[i] = lowerTable[c]
	}
	s.lowBuf = b
	return unsafe.String(&b[0], len(b))
}

// w returns the lower-case token i, or "" out of range.
func (s *sent) w(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].w
}

// anyIn returns the first index in [lo,hi] whose word is in set, or -1.
func (s *sent) anyIn(lo, hi int, set *wordSet) int {
	if lo < 0 {
		lo = 0
	}
	if hi >= len(s.toks) {
		hi = len(s.toks) - 1
	}
	for i := lo; i <= hi; i++ {
		if s.toks[i].bits.has(set.bit) {
			return i
		}
	}
	return -1
}

// anyBack returns the nearest index in [lo,hi] (searching from hi down) whose
// word is in set without crossing a clause boundary, or -1.
func (s *sent) anyBack(hi, lo int, set *wordSet) int {
	if lo < 0 {
		lo = 0
	}
	for i := hi; i >= lo && i < len(s.toks); i-- {
		if s.toks[i].bits.has(set.bit) {
			return i
		}
		if s.hardBoundary(i) {
			return -1
		}
	}
	return -1
}

// anyFwd is anyBack looking right from lo to hi.
func (s *sent) anyFwd(lo, hi int, set *wordSet) int {
	if lo < 0 {
		lo = 0
	}
	for i := lo; i <= hi && i < len(s.toks); i++ {
		if s.toks[i].bits.has(set.bit) {
			return i
		}
		if s.hardBoundary(i) {
			return -1
		}
	}
	return -1
}

// hardBoundary reports whether token i closes a clause for cue search.
func (s *sent) hardBoundary(i int) bool {
	t := &s.toks[i]
	if t.kind != kPunct {
		return false
	}
	switch t.w {
	case ";", ":", "—", "–", "(", ")", "[", "]", "?", "!":
		return true
	}
	return false
}

// actorIn reports whether an actor of one of the kinds lies in tokens [lo,hi].
func (s *sent) actorIn(lo, hi int, kinds ...string) bool {
	if lo < 0 {
		lo = 0
	}
	if hi >= len(s.toks) {
		hi = len(s.toks) - 1
	}
	if lo > hi {
		return false
	}
	// names are written with capitals: no capital, no lookup
	capital := false
	for i := lo; i <= hi; i++ {
		if s.toks[i].cap {
			capital = true
			break
		}
	}
	if !capital {
		return false
	}
	a, b := s.toks[lo].s, s.toks[hi].e
	for _, m := range s.actorMatches() {
		if m.Start < b && m.End > a {
			for _, k := range kinds {
				if m.Kind == k {
					return true
				}
			}
		}
	}
	return false
}

// inOrgName reports whether token i is part of an organisation's name
// ("Centre for Humanitarian Dialogue").
func (s *sent) inOrgName(i int) bool {
	if !s.toks[i].cap {
		return false
	}
	t := s.toks[i]
	for _, m := range s.actorMatches() {
		if m.Start <= t.s && m.End >= t.e && (m.Kind == gazetteer.KindOrganisation || m.Kind == gazetteer.KindMission) {
			return true
		}
	}
	return false
}

func (s *sent) add(c cand) {
	c.time = -1
	c.prior = s.priorPhrase(c.ts)
	s.cands = append(s.cands, c)
}

func isYear(t tok) bool {
	return t.kind == kNum && len(t.w) == 4 && (t.w[0] == '1' && t.w[1] == '9' || t.w[0] == '2' && t.w[1] == '0')
}

// frameTail reports whether tokens [b,e) after a time that opens the
// sentence only name a part of the day and a place: "evening in Pretoria".
func (s *sent) frameTail(b, e int) bool {
	for k := b; k < e; k++ {
		t := s.toks[k]
		switch t.w {
		case "morning", "afternoon", "evening", "night", "in", "at", "near", "outside", "the":
			continue
		}
		if t.kind == kWord && t.cap {
			continue
		}
		return false
	}
	return true
}

// timeSpans converts the sentence's usable time expressions to token spans.
func (s *sent) timeSpans(base int, times []model.Timex) {
	for _, tx := range times {
		if !usable(tx) {
			continue
		}
		rs, re := tx.Start-base, tx.End-base
		if rs < 0 || re > len(s.text) || rs >= re {
			continue
		}
		a, b := -1, -1
		for i := range s.toks {
			t := &s.toks[i]
			if a < 0 && t.e > rs {
				a = i
			}
			if t.s < re {
				b = i + 1
			}
		}
		if a < 0 || b <= a {
			continue
		}
		frame := a <= 2
		if frame {
			// a framing time opens the sentence and its clause ends at a
			// comma, perhaps after a part of the day and a place ("On
			// Wednesday evening in Pretoria, ...")
			frame = len(s.toks) <= b+2 // (or the sentence ends right after it)
			for k := b; k < len(s.toks) && k < b+6; k++ {
				if s.toks[k].w == "," {
					frame = k < b+3 || s.frameTail(b, k)
					break
				}
			}
		}
		s.times = append(s.times, tspan{a: a, b: b, tx: tx, owner: -1, frame: frame,
			endOf: endOfState(s.text, rs) && (a == 0 || !s.tookUntil(a-1)), dateline: re <= s.dateline, offset: offsetTimex(tx.Text) && b < len(s.toks) && s.toks[b].kind == kWord})
	}
	// The end of a state ("until the end of February") is never the time of
	// the event. The date of a dateline is the day the story was filed: it
	// is the event's time only when it is the sentence's only time and the
	// sentence speaks in the present ("KYIV, Jan 4 (AP) - Russia and
	// Ukraine swap prisoners").
	kept := s.times[:0]
	others := false
	for _, t := range s.times {
		if !t.endOf && !t.dateline {
			others = true
		}
	}
	for _, t := range s.times {
		switch {
		case t.endOf:
			continue
		case t.dateline && (others || !s.presentTense(s.datelineTok+1)):
			continue
		}
		kept = append(kept, t)
	}
	s.times = kept
}

// attachTimes gives every candidate the time expression attached to it:
// each time belongs to the nearest trigger (a time right before a trigger
// noun, as in "the 2015 accord", belongs to that noun); a trigger with no
// time of its own takes a time that frames the whole sentence; a sentence
// with no time at all continues the time of the previous sentence.
func (s *sent) attachTimes() {
	if len(s.times) == 0 {
		if s.ctx.prevFrame.Value != "" && !s.newTopic() {
			for i := range s.cands {
				if c := &s.cands[i]; !c.plural {
					c.carried = true
				}
			}
		}
		return
	}
	if s.ctx.entryHeader && s.onlyOffsets() {
		// under a chronology's date heading, "open talks ..., a month after
		// the tsunami": the offset dates the tsunami, the heading the talks
		for i := range s.cands {
			if c := &s.cands[i]; !c.plural {
				c.carried = true
			}
		}
	}
	for ti := range s.times {
		t := &s.times[ti]
		best, bestD := -1, 1<<30
		for ci, c := range s.cands {
			if c.prior >= 0 && t.b <= c.prior || !s.timeAllowed(t, c) || s.possessiveOf(t, c) {
				continue // what came before the clause's event does not own its time
			}
			if d := s.timeDist(t, c); d < bestD {
				best, bestD = ci, d
			}
		}
		t.owner = best
	}
	s.shareTimes()
	for ci := range s.cands {
		c := &s.cands[ci]
		bestD := 1 << 30
		for ti := range s.times {
			t := &s.times[ti]
			if t.owner != ci {
				continue
			}
			if d := s.timeDist(t, *c); d < bestD {
				c.time, bestD = ti, d
			}
		}
		if c.time >= 0 {
			continue
		}
		// the time owned by another trigger of the same type, or a framing time
		for ti, t := range s.times {
			if !s.timeAllowed(&s.times[ti], *c) {
				continue
			}
			if t.owner >= 0 && s.cands[t.owner].typ == c.typ {
				c.time = ti
				break
			}
		}
		if c.time >= 0 {
			continue
		}
		for ti, t := range s.times {
			if t.frame && s.timeAllowed(&s.times[ti], *c) {
				c.time = ti
				break
			}
		}
		if c.time >= 0 {
			continue
		}
		// the nearest time, when close enough and not behind a trigger of
		// another type that owns it ("a pull-out demanded by the junta that
		// seized power in July")
		bestD = 13
		for ti, t := range s.times {
			if o := t.owner; o >= 0 && s.cands[o].typ != c.typ && c.te <= s.cands[o].ts && s.cands[o].te <= t.a && s.relativeBetween(c.te, s.cands[o].ts) {
				continue
			}
			// nor the time of another trigger's clause that a comma closes
			// before this trigger ("where soldiers ousted Bazoum on July
			// 26, the junta said it was open to dialogue")
			if o := t.owner; o >= 0 && s.cands[o].typ != c.typ && t.b <= c.ts && s.cands[o].te <= c.ts && s.commaBetween(max(t.b, s.cands[o].te), c.ts) && s.relativeBetween(s.clauseStart(s.cands[o].ts), s.cands[o].ts) {
				continue
			}
			// nor a time that premodifies another trigger, "the 2015
			// deal": it is part of that event's name
			if o := t.owner; o >= 0 && s.cands[o].typ != c.typ && s.premodifies(&s.times[ti], s.cands[o]) {
				continue
			}
			if !s.timeAllowed(&s.times[ti], *c) || s.possessiveOf(&s.times[ti], *c) {
				continue
			}
			d := t.a - c.te
			if t.b <= c.ts {
				d = c.ts - t.b
			}
			if d >= 0 && d < bestD {
				c.time, bestD = ti, d
			}
		}
		if c.time < 0 && c.typ == model.TypeTalks {
			// "signed the accord shortly after midnight, at the end of a
			// final round of negotiations": the talks ended then
			c.time = s.endOfTalksTime(ci)
		}
	}
	// a year that names a truce ("the 2003 truce had broken down by
	// 2016") does not date the stage the predicate tells: the time after
	// the trigger does; with none, a collapse or an extension has no time
	// of its own ("Government abandons the 2002 ceasefire")
	for ci := range s.cands {
		c := &s.cands[ci]
		if c.typ != model.TypeCeasefire || c.time < 0 || (c.sub != "collapsed" && c.sub != "extended" && c.sub != "in_effect") {
			continue
		}
		if !s.premodifies(&s.times[c.time], *c) {
			continue
		}
		after := -1
		for ti := range s.times {
			t := &s.times[ti]
			if t.a >= c.te && (t.owner == ci || t.owner < 0) && !s.boundaryIn(c.te, t.a) {
				after = ti
				break
			}
		}
		switch {
		case after >= 0:
			c.time = after
		case c.sub != "in_effect":
			c.time = -1
		}
	}
	// "the truce, which ended the war of 2006, came into force on 14
	// August of that year": the time right after the stage verb dates the
	// stage, not one inside the clause between
	for ci := range s.cands {
		c := &s.cands[ci]
		if c.typ != model.TypeCeasefire || c.time < 0 || (c.sub != "collapsed" && c.sub != "extended" && c.sub != "in_effect") {
			continue
		}
		v := -1
		for k := c.te; k < len(s.toks) && k <= c.te+16; k++ {
			if s.hardBoundary(k) {
				break
			}
			if s.in(k, stageWords) {
				v = k
				break
			}
		}
		if v < 0 || s.times[c.time].a > v {
			continue
		}
		for ti := range s.times {
			t := &s.times[ti]
			if t.a > v && t.a-v <= 6 && (t.owner == ci || t.owner < 0) && !s.boundaryIn(v, t.a) {
				c.time = ti
				break
			}
		}
	}
	// ", and again on Sunday": the repeat takes the time right after it,
	// the first event the time before the repeat
	for ci := range s.cands {
		r := &s.cands[ci]
		if r.repeatOf == 0 {
			continue
		}
		for ti := range s.times {
			if t := &s.times[ti]; t.a >= r.te && t.a-r.te <= 3 {
				r.time = ti
				break
			}
		}
		o := &s.cands[r.repeatOf-1]
		if r.time >= 0 && o.time == r.time {
			o.time = -1
			for ti := range s.times {
				if t := &s.times[ti]; ti != r.time && t.b <= r.ts {
					o.time = ti // the last one before the repeat
				}
			}
		}
	}
	// "agreed on Thursday to observe a 2003 ceasefire": a renewed
	// agreement, dated by the verb's time, not by the year naming the
	// truce; the truce of 2003 is a second mention, as real as the first
	n := len(s.cands)
	for ci := 0; ci < n; ci++ {
		c := &s.cands[ci]
		if c.typ != model.TypeCeasefire || c.time < 0 || c.sub != "agreed" || !s.premodifies(&s.times[c.time], *c) {
			continue
		}
		if s.anyBack(c.ts-1, c.ts-8, agreedWords) < 0 {
			continue
		}
		named := c.time
		for ti := range s.times {
			t := &s.times[ti]
			if ti != c.time && t.b <= c.ts && !t.dateline && (t.owner == ci || t.owner < 0) && !s.boundaryIn(t.b, c.ts) {
				c.time = ti
				break
			}
		}
		if c.time != named {
			past := *c
			past.time, past.sub, past.repeatOf = named, "", ci+1
			s.cands = append(s.cands, past)
		}
	}
	// "agreed on Monday to maintain the ceasefire reached at the weekend":
	// the renewal is dated by its verb, the truce by its participle
	n = len(s.cands)
	for ci := 0; ci < n; ci++ {
		c := &s.cands[ci]
		if c.typ != model.TypeCeasefire || c.repeatOf > 0 || !s.datedParticiple(c) || s.anyBack(c.ts-1, c.ts-8, agreedWords) < 0 {
			continue
		}
		own, verb := -1, -1
		for ti := range s.times {
			t := &s.times[ti]
			switch {
			case t.a > c.te && t.a <= c.te+4 && own < 0:
				own = ti
			case t.b <= c.ts && c.ts-t.b <= 10 && !t.dateline && !s.boundaryIn(t.b, c.ts):
				verb = ti
			}
		}
		if own < 0 || verb < 0 {
			continue
		}
		c.time, c.renewal = verb, true
		past := *c
		past.time, past.fact, past.renewal = own, model.FactAsserted, false
		s.cands = append(s.cands, past)
	}
	// "signed a ceasefire in Kunming after two days of talks on Thursday":
	// a time closing the sentence after talks that came before dates the
	// main event too, when it has no time of its own
	for pi := range s.cands {
		p := &s.cands[pi]
		if p.prior < 0 || p.time < 0 || s.times[p.time].a < p.te || s.relativeBetween(p.te, s.times[p.time].a) {
			continue // "after talks that opened on May 25": the talks' own time
		}
		for ci := range s.cands {
			if c := &s.cands[ci]; ci != pi && c.prior < 0 && c.time < 0 && c.te <= p.prior && !c.plural {
				c.time = p.time
			}
		}
	}
	// "brokered the truce in January 2024 following talks in Kunming": the
	// talks that came before take the time of the event they led to (the
	// output marks it "before")
	for ci := range s.cands {
		c := &s.cands[ci]
		if c.prior < 0 || c.time >= 0 {
			continue
		}
		// the nearest time before "after"/"following" that dates a clause,
		// not one naming an event ("the 1953 armistice")
		for ti := range s.times {
			t := &s.times[ti]
			if t.b > c.prior || t.dateline || t.tx.Citation || s.premodifiesAny(t) {
				continue
			}
			c.time = ti
		}
	}
}

// premodifiesAny reports whether time t premodifies a candidate's trigger.
func (s *sent) premodifiesAny(t *tspan) bool {
	for _, o := range s.cands {
		if s.premodifies(t, o) {
			return true
		}
	}
	return false
}

// timeDist is how far time t lies from trigger c: the tokens between
// them, three more per clause boundary, and -1 for a time that modifies
// the trigger noun ("the 2015 accord").
func (s *sent) timeDist(t *tspan, c cand) int {
	var d int
	switch {
	case t.b <= c.ts:
		d = c.ts - t.b
		if d <= 3 && s.adjectival(t.b, c.ts) {
			d = -1
		}
	case t.a >= c.te:
		d = t.a - c.te
	default:
		d = 0
	}
	return d + 3*s.boundariesBetween(t, c)
}

// endOfTalksTime returns the time of the event before talks told "at the
// end (close, conclusion) of" them in the same sentence, -1 if none.
func (s *sent) endOfTalksTime(ci int) int {
	c := s.cands[ci]
	k := -1
	for j := c.ts - 1; j >= 1 && j >= c.ts-6; j-- {
		if w := s.w(j); s.w(j+1) == "of" && (w == "end" || w == "close" || w == "conclusion") {
			k = j
			break
		}
	}
	if k < 0 {
		return -1
	}
	for cj, o := range s.cands {
		if cj == ci || o.te > k {
			continue
		}
		if o.time >= 0 {
			return o.time
		}
		for ti := range s.times {
			if s.times[ti].owner == cj {
				return ti // (its own time, not yet chosen)
			}
		}
	}
	return -1
}

// shareTimes hands a time on from a trigger that owns a nearer one to the
// next nearest trigger that owns none: in "a ceasefire between the
// government and the ELN came into force on Thursday, a step in talks
// that resumed in November", the talks keep November and Thursday goes
// to the ceasefire.
func (s *sent) shareTimes() {
	for ti := range s.times {
		t := &s.times[ti]
		o := t.owner
		if o < 0 {
			continue
		}
		dt := s.timeDist(t, s.cands[o])
		nearer := false
		for tj := range s.times {
			if tj != ti && s.times[tj].owner == o && s.timeDist(&s.times[tj], s.cands[o]) < dt {
				nearer = true
				break
			}
		}
		if !nearer {
			continue
		}
		best, bestD := -1, 25
		for ci, c := range s.cands {
			if ci == o || c.prior >= 0 && t.b <= c.prior || s.ownsTime(ci) || !s.timeAllowed(t, c) {
				continue
			}
			if d := s.timeDist(t, c); d < bestD {
				best, bestD = ci, d
			}
		}
		if best >= 0 {
			t.owner = best
		}
	}
}

// onlyOffsets reports whether every time of the sentence is an offset
// from an event named after it ("a month after the tsunami").
func (s *sent) onlyOffsets() bool {
	for _, t := range s.times {
		if !t.offset {
			return false
		}
	}
	return true
}

// possessiveOf reports whether time t is a possessive that dates another
// noun than c's trigger: "next year's election" does not date talks held
// before it ("next year's talks" does).
func (s *sent) possessiveOf(t *tspan, c cand) bool {
	if t.b >= len(s.toks) || s.toks[t.b].kind != kPoss {
		return false
	}
	return c.ts < t.b || c.ts > t.b+3
}

// premodifies reports whether time t stands right before the trigger of
// c inside its noun phrase, at most two words apart ("the 2015 deal",
// "the June 2015 Algiers peace accord").
func (s *sent) premodifies(t *tspan, c cand) bool {
	if t.b > c.ts || c.ts-t.b > 2 {
		return false
	}
	for k := t.b; k < c.ts; k++ {
		if s.toks[k].kind != kWord || isDeterminer(s.toks[k].w) {
			return false // "by early July the ceasefire had collapsed": a new phrase
		}
	}
	return true
}

// ownsTime reports whether candidate ci owns a time of the sentence.
func (s *sent) ownsTime(ci int) bool {
	for _, t := range s.times {
		if t.owner == ci {
			return true
		}
	}
	return false
}

// splitAgreedTruce makes two mentions of a ceasefire trigger that a
// participle dates apart from the clause's verb: "a truce agreed in April
// 2022 expired in October" is an agreement in April 2022 and a collapse in
// October.
func (s *sent) splitAgreedTruce() {
	n := len(s.cands)
	for ci := 0; ci < n; ci++ {
		c := s.cands[ci]
		if c.typ != model.TypeCeasefire || c.sub == "agreed" || c.sub == "" {
			continue
		}
		p := -1
		for k := c.te; k < len(s.toks) && k <= c.te+2; k++ {
			if w := s.w(k); w == "agreed" || w == "signed" || w == "reached" || w == "brokered" || w == "declared" {
				p = k
				break
			}
		}
		if p < 0 {
			continue
		}
		agreedAt, other := -1, -1
		for ti, t := range s.times {
			switch {
			case t.a > p && t.a <= p+5 && agreedAt < 0 && !s.boundaryIn(p, t.a): // "signed in Geneva in December 2002"
				agreedAt = ti
			case t.a > p+3 && (t.owner == ci || t.owner < 0) && other < 0:
				other = ti
			}
		}
		if agreedAt < 0 || other < 0 {
			continue
		}
		s.cands[ci].time = other
		a := c
		a.sub, a.time = "agreed", agreedAt
		s.cands = append(s.cands, a)
	}
}

// stageChain reads the chain of predicates that follows a ceasefire and
// tells its stages one after the other, each with a time of its own: "a
// truce signed in Lomé on May 18, which took effect six days later",
// "announced in Geneva on 9 September, came into force three days later
// and collapsed on 19 September", "was extended for five days on Aug. 13
// and for another 24 hours on Aug. 18". The trigger's mention takes the
// first stage when that stage carries the trigger's time; every other
// dated stage becomes a mention of its own, as real as the first. The
// chain ends at a subordinate clause ("when fighting resumed"), at a
// relative clause on a war ("a war that began"), at another ceasefire
// trigger, at a semicolon or a dash, or after 40 tokens.
func (s *sent) stageChain() {
	n := len(s.cands)
	for ci := 0; ci < n; ci++ {
		c := s.cands[ci]
		if c.typ != model.TypeCeasefire || c.repeatOf > 0 {
			continue
		}
		type stage struct {
			sub    string
			vs, ve int // the stage verb's tokens
			time   int
		}
		var chain [6]stage
		found := 0
		last := "" // the sub of the last stage, for "and for another 24 hours on Aug. 18"
		for k := c.te; k < len(s.toks) && k < c.te+40 && found < len(chain); k++ {
			if s.hardBoundary(k) || stageChainStop.has(s.w(k)) || s.candStartsAt(k, ci) {
				break
			}
			if w := s.w(k); (w == "that" || w == "which") && k > c.te && s.in(k-1, warNouns) {
				break // "a truce to end a war that began in 2020": the war's verb
			}
			sub, ve := s.stageVerb(k)
			if sub == "" && last != "" && s.w(k) == "and" && s.w(k+1) == "for" {
				sub, ve = last, k+2 // an elided verb: "and for another 24 hours on Aug. 18"
			}
			if sub == "" {
				continue
			}
			last = sub
			ti := s.stageTime(ve)
			chain[found] = stage{sub: sub, vs: k, ve: ve, time: ti}
			found++
			k = ve - 1
		}
		if found == 0 {
			continue
		}
		// the trigger takes the first dated stage when its own time is
		// one of the chain's or it has none ("A 72-hour ceasefire that
		// began on Aug. 5"); a time of its own elsewhere ("On Friday the
		// truce ...") stays, and every other dated stage is a mention
		inChain := c.time < 0
		for _, st := range chain[:found] {
			inChain = inChain || st.time == c.time && st.time >= 0
		}
		own := c.time
		for _, st := range chain[:found] {
			if st.time < 0 {
				continue
			}
			if inChain {
				s.cands[ci].time, s.cands[ci].sub = st.time, st.sub
				own, inChain = st.time, false
				continue
			}
			if st.time == own {
				continue
			}
			s.cands = append(s.cands, cand{typ: c.typ, sub: st.sub, ts: st.vs, te: st.ve, time: st.time, prior: -1, repeatOf: ci + 1})
		}
	}
}

// stageChainStop lists the words that open a clause about something other
// than the ceasefire of a stage chain.
var stageChainStop = set("when", "as", "after", "amid", "despite", "because", "while", "where", "if", "unless",
	"although", "though", "since", "whereas", "said", "says", "according")

// candStartsAt reports whether a candidate of ci's type other than ci
// starts at token k.
func (s *sent) candStartsAt(k, ci int) bool {
	for j := range s.cands {
		if j == ci || s.cands[j].ts != k || s.cands[j].repeatOf != 0 {
			continue
		}
		// another truce, or an accord whose own participle follows ("the
		// truce agreed in October and the Lincoln Agreement signed in
		// January": the signing is the accord's)
		if s.cands[j].typ == s.cands[ci].typ || s.cands[j].typ == model.TypePeaceAgreement {
			return true
		}
	}
	return false
}

// stageVerb reports the ceasefire stage a verb at k tells and the end of
// its tokens: "signed" (agreed), "took effect", "came into force" (in
// force), "was extended" (extended), "collapsed", "broke down" (collapsed).
// Nouns and participles used as modifiers are not verbs of the chain.
func (s *sent) stageVerb(k int) (string, int) {
	w := s.w(k)
	if s.toks[k].hyph || k+1 < len(s.toks) && s.toks[k+1].hyph {
		return "", 0 // "open-ended", "Egyptian-brokered"
	}
	switch w {
	case "signed", "agreed", "announced", "reached", "brokered", "negotiated", "declared", "concluded", "struck", "sealed":
		if s.w(k+1) == "to" || s.w(k+1) == "that" {
			return "", 0 // "agreed to extend it": the verb after tells the stage
		}
		return "agreed", k + 1
	case "took", "takes", "take":
		if n := s.w(k + 1); n == "effect" || n == "hold" {
			return "in_effect", k + 2
		}
	case "came", "entered", "went", "comes", "enters":
		if s.w(k+1) == "into" && (s.w(k+2) == "force" || s.w(k+2) == "effect") {
			return "in_effect", k + 3
		}
	case "began", "started", "begins", "starts":
		return "in_effect", k + 1
	case "extended", "renewed", "prolonged":
		return "extended", k + 1
	case "collapsed", "unravelled", "unraveled", "expired", "lapsed", "crumbled", "faltered":
		return "collapsed", k + 1
	case "broke", "fell":
		if n := s.w(k + 1); n == "down" || n == "apart" || w == "fell" && n == "through" {
			return "collapsed", k + 2
		}
	case "ended":
		if !s.objectIsWar(k) && s.toks[min(k+1, len(s.toks)-1)].kind != kWord {
			return "collapsed", k + 1 // "the truce ended on Friday", not "ended the war"
		}
		if n := s.w(k + 1); n == "on" || n == "in" || n == "at" || n == "after" || n == "when" {
			return "collapsed", k + 1
		}
	}
	return "", 0
}

// stageTime is the time expression that dates a stage verb ending before
// token ve: the first one starting within six tokens after it, before any
// comma that closes the predicate and owned by no other candidate.
func (s *sent) stageTime(ve int) int {
	for ti := range s.times {
		t := &s.times[ti]
		if t.a < ve || t.a > ve+6 || t.dateline {
			continue
		}
		if s.boundaryIn(ve, t.a) {
			return -1
		}
		for k := ve; k < t.a; k++ {
			if sub, _ := s.stageVerb(k); sub != "" {
				return -1 // the next stage's time
			}
		}
		return ti
	}
	return -1
}

// relativeBetween reports whether a relative pronoun or a subordinator
// lies in tokens [a,b): the later trigger is in a clause of its own.
func (s *sent) relativeBetween(a, b int) bool {
	for k := a; k < b && k < len(s.toks); k++ {
		switch s.toks[k].w {
		case "that", "which", "who", "whose", "whom", "before", "after", "until", "when", "while", "where":
			return true
		}
	}
	return false
}

// adjectival reports whether tokens [a,b) between a time and a trigger noun
// are only modifiers ("the 2015 Algiers peace accord").
func (s *sent) adjectival(a, b int) bool {
	for i := a; i < b; i++ {
		t := s.toks[i]
		if t.kind == kPunct || t.kind == kPoss {
			return false
		}
		switch t.w {
		case "and", "or", "to", "in", "on", "of", "that", "which", "the", "a", "an",
			"was", "were", "is", "are", "be", "been", "has", "have", "had", "will", "would":
			return false // ("the ceasefire of 23 October 2020 was negotiated": a verb, no modifier)
		}
	}
	return true
}

func (s *sent) boundariesBetween(t *tspan, c cand) int {
	lo, hi := t.b, c.ts
	if t.a >= c.te {
		lo, hi = c.te, t.a
	}
	n := 0
	for i := lo; i < hi; i++ {
		if s.hardBoundary(i) {
			n++
		}
	}
	if s.toks[t.a].paren != s.toks[c.ts].paren {
		n += 3
	}
	for i := lo; i < hi; i++ {
		if s.toks[i].w == "," {
			n++
			if t.b <= c.ts && !s.introductory(t) {
				// "came into force on Thursday, the first step in talks
				// that ...": a time that ends a clause belongs to it
				n += 2
			}
		}
	}
	// "withdrew ... last year and handed over the base on Monday": a time
	// before a coordinated verb belongs to the clause it ends
	if t.b <= c.ts {
		for i := lo; i < hi; i++ {
			if w := s.toks[i].w; (w == "and" || w == "but") && s.toks[c.ts].kind == kWord && pastVerb(s.toks[c.ts].w) {
				n += 3
				break
			}
		}
	}
	return n
}

// introductory reports whether the time t opens its clause ("On Monday,
// ...", "..., and in May, ..."): only a preposition lies between it and the
// sentence start, a comma or a conjunction.
func (s *sent) introductory(t *tspan) bool {
	k := t.a - 1
	for k >= 0 {
		switch s.toks[k].w {
		case "on", "in", "at", "by", "since", "during", "from", "early", "late", "then", "later", "earlier", "until":
			k--
			continue
		}
		break
	}
	if k < 0 || k == s.datelineTok {
		return true
	}
	switch s.toks[k].w {
	case ",", "and", "but", ";", "—", "–", "(", "then":
		return true
	}
	return false
}

// clauseStart returns the first token of the clause holding token i: the
// token after the last comma or hard boundary before it, or 0.
func (s *sent) clauseStart(i int) int {
	for k := i - 1; k >= 0; k-- {
		if s.toks[k].w == "," || s.hardBoundary(k) {
			return k + 1
		}
	}
	return 0
}

// commaBetween reports whether a comma lies in tokens [a,b).
func (s *sent) commaBetween(a, b int) bool {
	for k := max(a, 0); k < b && k < len(s.toks); k++ {
		if s.toks[k].w == "," {
			return true
		}
	}
	return false
}

// timeAllowed reports whether time t may date trigger c. An offset with a complement ("eight
// months after Damiba had ousted Kaboré") dates only the triggers of its
// complement when it follows the main clause, and only those of the main
// clause when it opens the sentence ("A month after the vote, the army
// took power").
func (s *sent) timeAllowed(t *tspan, c cand) bool {
	if t.a >= c.te && s.dealParticiple(c.te, t.a) {
		return false
	}
	if t.tx.Qualifier == "since" && t.a >= c.te && t.a-c.te <= 2 && s.firstSince(c.ts) {
		return false // "the first direct talks since 2019": 2019 is what it is measured against
	}
	if t.b > c.te && s.warClauseBetween(c.te, t.b) {
		return false // "signed the accord, ending a war that had lasted since 1983": the war's time
	}
	if !t.offset {
		return true
	}
	comma := len(s.toks)
	for k := t.b; k < len(s.toks); k++ {
		if s.toks[k].w == "," || s.hardBoundary(k) {
			comma = k
			break
		}
	}
	inComplement := c.ts >= t.b && c.ts < comma
	if t.a <= 2 {
		return !inComplement && c.ts >= t.b
	}
	return inComplement
}

// warClauseBetween reports whether tokens [a,b) open a relative clause
// about a war ("a war that had lasted since 1983", "the conflict which
// began in 2011"): a time after it tells of the war.
func (s *sent) warClauseBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if w := s.w(k); (w == "that" || w == "which") && s.in(k-1, warNouns) && !(s.w(k-2) == "of" && s.in(k-3, captiveNouns)) {
			return true // (but "the exchange of prisoners of war that took place last week")
		}
	}
	return false
}

// firstSince reports whether an ordinal or a superlative opens the noun
// phrase of the trigger at ts: "the first direct talks", "the largest
// swap", "the biggest withdrawal".
func (s *sent) firstSince(ts int) bool {
	for k := ts - 1; k >= 0 && k >= ts-3; k-- {
		w := s.w(k)
		switch w {
		case "first", "last", "largest", "biggest", "worst", "longest", "most", "highest", "only":
			return true
		}
		if s.toks[k].kind != kWord || isDeterminer(w) {
			return false
		}
		if len(w) > 4 && strings.HasSuffix(w, "est") {
			return true // "the deadliest", "the broadest"
		}
	}
	return false
}

// dealParticiple reports whether tokens [a,b) hold an agreement noun
// with a participle of its own, "a deal reached", "the agreement signed":
// a time after it dates the deal, not a trigger before it ("The swap
// follows a deal reached in Switzerland last month").
func (s *sent) dealParticiple(a, b int) bool {
	if s.in(a, agreementNouns) {
		a++ // the trigger's own head noun: "a ceasefire agreement signed in May"
	}
	for k := a; k < b-1; k++ {
		if !s.in(k, agreementNouns) {
			continue
		}
		p := k + 1
		if w := s.w(p); w == "was" || w == "were" || w == "had" || w == "been" {
			p++
		}
		if w := s.w(p); reachVerb(w) || w == "signed" || w == "agreed" || w == "concluded" {
			return true
		}
	}
	return false
}

// newTopic reports whether the sentence opens on a word that turns to
// another matter ("Meanwhile", "Separately", "Elsewhere", "In a separate
// development"): it does not continue the previous sentence's time.
func (s *sent) newTopic() bool {
	k := 0
	if s.datelineTok >= 0 {
		k = s.datelineTok + 1
	}
	switch s.w(k) {
	case "meanwhile", "separately", "elsewhere", "however", "previously", "earlier", "formerly", "historically", "originally":
		return true
	case "in":
		return s.w(k+1) == "a" && s.w(k+2) == "separate" || s.w(k+1) == "contrast" || s.w(k+1) == "the" && s.w(k+2) == "past"
	}
	return false
}

// pastVerb reports whether w looks like a past-tense verb or participle.
func pastVerb(w string) bool {
	return len(w) > 4 && w[len(w)-2:] == "ed" || pastForms.has(w)
}

func abs(a int) int {
	if a < 0 {
		return -a
	}
	return a
}

// merge drops generic plural triggers with no time and merges triggers of
// the same type and factuality whose times agree.
// announcementTime returns the time expression that dates the reporting
// verb governing trigger c ("announced in April that ...", "said on
// Tuesday it would ..."), or -1.
func (s *sent) announcementTime(c *cand) int {
	for ti := range s.times {
		t := &s.times[ti]
		if t.dateline || t.tx.Citation {
			continue
		}
		// "announced on Monday that ...", or after it: "..., the
		// Pentagon said on Friday"
		for k := t.a - 1; k >= 0 && k >= t.a-3; k-- {
			if s.marker(k) == mReport && (t.b <= c.ts || k > c.te) {
				return ti
			}
		}
	}
	// "At a summit in November 1999, Russia pledged to pull out by 2002":
	// a time shortly before the reporting verb dates the announcement when
	// the trigger's own time is a deadline after it
	if c.time < 0 || s.times[c.time].a < c.te {
		return -1
	}
	r := -1
	for k := c.ts - 1; k >= 0 && k >= c.ts-4; k-- {
		if s.marker(k) == mReport {
			r = k
			break
		}
	}
	best := -1
	for ti := range s.times {
		t := &s.times[ti]
		if r >= 0 && t.b <= r && r-t.b <= 8 && !t.dateline && !t.tx.Citation {
			best = ti
		}
	}
	return best
}

// mannerOf reports whether trigger c names the manner of the verb trigger
// o just before it, "ousted the president in a coup": one event, whose
// time is the verb's.
func (s *sent) mannerOf(o, c *cand) bool {
	if o.te > c.ts || c.ts-o.te > 8 || c.ts < 2 {
		return false
	}
	k := c.ts - 1
	if w := s.w(k); w != "a" && w != "an" && k >= 2 && (s.w(k-1) == "a" || s.w(k-1) == "an") {
		k-- // "seized power in a military coup"
	}
	return s.w(k-1) == "in" && (s.w(k) == "a" || s.w(k) == "an")
}

func (s *sent) merge() []cand {
	out := s.merged[:0]
	for _, c := range s.cands {
		if c.plural && (c.time < 0 || s.genericPlural(c)) {
			continue
		}
		merged := false
		for k := range out {
			o := &out[k]
			if o.typ != c.typ || o.fact != c.fact {
				continue
			}
			if o.time >= 0 && c.time >= 0 && s.times[o.time].tx.Value != s.times[c.time].tx.Value {
				if !s.mannerOf(o, &c) {
					continue
				}
				if s.times[c.time].a >= c.te {
					o.time = c.time // "seized power in a coup on 30 September": the phrase's own time
				}
			}
			if o.time < 0 && c.time >= 0 {
				o.time = c.time
				o.carried = false
			}
			if o.sub == "" {
				o.sub = c.sub
			}
			merged = true
			break
		}
		if !merged {
			out = append(out, c)
		}
	}
	// a stable insertion sort by first token: the lists are short
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].ts < out[j-1].ts; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	s.merged = out
	return out
}

// sourceNote reports whether a sentence is a note on sources ("Crisis Group
// interviews, officials, Bamako, March 2019."): an interview cited in its
// first words and followed by a comma.
func sourceNote(low string, toks []tok) bool {
	if strings.Contains(low, "http") || strings.Contains(low, "www") {
		for i := range toks {
			if w := toks[i].w; w == "http" || w == "https" || w == "www" {
				return true
			}
		}
	}
	for i := 0; i < len(toks) && i < 5; i++ {
		if w := toks[i].w; (w == "interview" || w == "interviews") && i+1 < len(toks) && toks[i+1].w == "," {
			return true
		}
		// only a name may come before: "Crisis Group interviews,", "Author interview,"
		if !toks[i].cap && toks[i].kind != kPoss {
			return false
		}
	}
	return false
}

// genericPlural reports whether a plural trigger speaks of a class of
// events ("these local ceasefires", "repeated peace agreements").
func (s *sent) genericPlural(c cand) bool {
	for k := c.ts - 1; k >= 0 && k >= c.ts-3; k-- {
		if s.in(k, genericQuant) {
			return true
		}
		if s.toks[k].kind != kWord {
			return false
		}
	}
	return false
}

// hasWord reports whether the sentence has a token in set.
func (s *sent) hasWord(set *wordSet) bool {
	for i := range s.toks {
		if s.toks[i].bits.has(set.bit) {
			return true
		}
	}
	return false
}

// truceReference reports whether text refers back to a ceasefire ("the
// truce", "these local ceasefires", "such ceasefires").
func truceReference(text string) bool {
	low := lowerASCII(text)
	for _, noun := range []string{"truce", "ceasefire", "cease-fire"} {
		for off := 0; ; {
			i := strings.Index(low[off:], noun)
			if i < 0 {
				break
			}
			i += off
			off = i + len(noun)
			before := strings.TrimRight(low[:i], " ")
			for _, det := range []string{"the", "this", "that", "these", "such", "those", "local", "its", "their"} {
				if strings.HasSuffix(before, " "+det) || before == det {
					return true
				}
			}
		}
	}
	return false
}
