// Package resolve merges event mentions that describe the same real-world
// event, across sentences and documents, into canonical model.Event values.
//
// Only mentions whose Factuality is asserted take part; every other mention
// gets EventID "". Two mentions can belong to one event only when they have
// the same Type and all of the following hold.
//
//   - Evidence: an actor or place name is evidence only when it is specific.
//     A bare country name or "Government of X" in a mention set in country X
//     ("Sudan", "Government of Sudan" in Sudan) repeats the mention's
//     country and is generic; a foreign state stays specific (the
//     government of one country at talks hosted by another), and a shared
//     actor is evidence when it is specific for either mention.
//   - Place: when both carry a Country and the countries differ, they are
//     different events unless they share an actor (talks and accords are
//     often reported under the host country: Algiers, Doha, Jeddah), or,
//     for a ceasefire, accord or talks, both fall on the same day (or a
//     day and its month) and one of them names no actor and no country as
//     its place ("the truce was signed in Jeddah on Saturday"), or both
//     name the same venue.
//   - Actors: when both name specific actors and share none, they are
//     different events, unless the countries agree and the wider of the two
//     times spans at most a month (a day inside its month, two equal days):
//     reports of one coup name the army in one sentence and its leader in
//     the next, but "in 2018" with one set of actors and "on 28 August 2018"
//     with another are two events.
//   - Time: their [Begin, Last] day ranges overlap and neither contradicts the
//     other at its precision. Equal ranges merge. A range that lies inside a
//     calendar unit (a day inside its month, a month inside its year) merges
//     with it. A range inside an explicit interval ("2020-10/2021-03"), or two
//     ranges that only partly overlap, merge only when the actors or the place
//     also agree positively (a shared specific actor or the same specific
//     place). Disjoint ranges (two different days, two different months)
//     never merge, with one exception: two stages of one event told at
//     different times. A ceasefire's entry into force (subtype in_effect)
//     joins its agreement (agreed) when it follows it by at most two weeks
//     ("signed on Saturday", "took effect on Monday"); its extension
//     (extended) joins the agreement or entry into force when it follows
//     by at most three months; a withdrawal carried out (completed,
//     partial) joins its announcement (announced) made at most three
//     months before. A stage needs the same country or a shared actor or
//     place, or, when it has no country, a stage of the event told in the
//     same document or the country its document is most about (the most
//     frequent country of its asserted mentions). A collapse stays an
//     event of its own. The
//     qualifiers early, mid and late narrow a month or coarser range to its
//     first, middle or last half ("early 2019" cannot be a November 2019
//     event); other qualifiers ("by", "before") are not used.
//
// Clustering is greedy but canonical: dated mentions are processed from the
// narrowest time range to the widest (then by start day, mentions with a
// specific actor or place first, then mention id), so a cluster's time
// window is that of its first, most precise member, and every precise event
// exists before any coarser mention is placed. Each mention joins the
// compatible cluster with the best agreement score (shared specific actors
// and same specific place count twice, same country once; then equal time
// over containment over partial overlap); when two clusters tie for best the
// mention is ambiguous and starts a cluster of its own. So a year or month
// mention joins a more precise event inside its range only when that event
// is the unique best compatible candidate. A member coarser than its
// cluster's window (a year mention of a day event) adds no evidence to the
// cluster (its actors and place cannot pull in another mention, so mentions
// of different precision never chain events together), but its specific
// actors still count against mentions that name none of them. Because the
// processing order is a sort of the input, the result does not depend on
// the order of the input slice.
//
// Undated mentions (no time, or only a citation date) join a dated event of
// the same type that has a member in the same document: the single such
// event that shares a specific actor or the specific place with the mention
// (a shared place counts only when the countries do not conflict), or, when
// none does, the only such event in the document when its country, specific
// actors and places do not contradict the mention's ("the truce collapsed"
// in an article about one truce). Otherwise each becomes an undated event of
// its own.
//
// Blocking keeps the work near-linear: mentions are compared only with
// clusters of the same type whose time window overlaps theirs, looked up in
// per-type, per-width-class lists sorted by start day and split by country.
// When such a window holds more than 64 clusters, a mention is compared only
// with the clusters of its exact time range and those whose first member
// shares a specific actor or place name with it: without such a clue it
// would tie between many events anyway.
//
// Event fields: Time is the most precise member time (finest precision, then
// narrowest range; ties: the most frequent value, then the earliest start),
// and Qualifier, TimeText and Sentence come from the first mention (by id)
// carrying that value; an undated event takes its Sentence from its first
// mention. Subtype, Place and Country are the most frequent non-empty values
// (ties: alphabetical); Actors is the union ordered by how many mentions name
// each, then by name; Mentions and Docs are sorted and unique.
//
// Event ids are "ev_" followed by the first 16 hex digits of
// SHA-256(type + "\x00" + smallest member mention id): stable as long as the
// event keeps its first member.
package resolve

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"sort"

	"eventtimeline/pipeline/model"
)

// Resolver is the interface-style wrapper around Resolve.
type Resolver struct{}

// Resolve merges mentions into events; see the package documentation.
func (Resolver) Resolve(mentions []*model.Mention) []model.Event { return Resolve(mentions) }

// numClasses is the number of time-width classes (see widthClass).
const numClasses = 8

// scanLimit bounds how many overlapping clusters one mention inspects in a
// single list.
const scanLimit = 1024

// monthDays is the widest time span (in days) over which two mentions of
// one country that name different actors can still be one event.
const monthDays = 31

// crowdLimit is the number of clusters in a time window beyond which a
// mention is compared only with clusters that share an actor or place name
// with it (besides those with its exact time range): in a crowded window a
// mention without such a clue ties between many events anyway.
const crowdLimit = 64

// item is an asserted mention with its parsed time and its evidence.
type item struct {
	m           *model.Mention
	typ         uint8      // rank of m.Type in model.Types; len(model.Types) for others
	begin, last model.Date // the time's range, narrowed by early/mid/late
	class       uint8
	dated       bool
	explicit    bool   // the time is an explicit interval "A/B"
	info        bool   // names a specific actor or place
	nspec       uint8  // number of specific actors (capped at 255)
	gen         uint64 // bit k: m.Actors[k] is empty or generic (k < 64)
	place       string // m.Place unless it only names the mention's country
	docCountry  string // for a stage with no country: its document's country
	cl          *cluster
}

// specific reports whether the mention's k-th actor is specific evidence.
func (it *item) specific(k int) bool { return k < 64 && it.gen&(1<<uint(k)) == 0 }

// namesAny reports whether one of the mention's specific actors is in set.
func (it *item) namesAny(set *strset) bool {
	for k, a := range it.m.Actors {
		if it.specific(k) && set.has(a) {
			return true
		}
	}
	return false
}

// cluster is an event under construction. Its evidence (country, actors,
// places) comes only from members whose time lies inside its window: a
// coarser member (a year mention of a day event) joins without adding
// evidence, so it cannot chain a second event in. The specific actors of
// all members still count against mentions that name none of them.
type cluster struct {
	typ         string
	begin, last model.Date
	explicit    bool
	country     string
	actors      strset  // every actor of the precise members
	specific    strset  // those that are specific for the member naming them
	named       strset  // specific actors of every member, coarser ones too
	places      strset  // specific places of the precise members
	members     []int32 // indexes into the sorted items
	stamp       int32   // last query that saw this cluster (dedupe)
	stages      uint8   // the stages its members tell (stAgreed, ...)
	stageDocs   strset  // the documents of those members
}

// Resolve merges the asserted mentions into events, sets EventID on every
// mention (asserted ones to their event, others to "") and returns the
// events sorted by start day, undated events last, then by id.
func Resolve(mentions []*model.Mention) []model.Event {
	items := make([]item, 0, len(mentions))
	st := newStates()
	for _, m := range mentions {
		if m == nil {
			continue
		}
		m.EventID = ""
		if m.Factuality != model.FactAsserted {
			continue
		}
		it := item{m: m, typ: typeRank(m.Type)}
		if b, l, ok := mentionRange(m); ok {
			it.explicit = isInterval(m.Time.Value)
			if !it.explicit {
				b, l = narrow(b, l, m.Time.Qualifier)
			}
			it.begin, it.last, it.dated = b, l, true
			it.class = widthClass(b, l)
		}
		it.setEvidence(st)
		items = append(items, it)
	}
	setDocCountries(items)
	slices.SortFunc(items, func(a, b item) int {
		if itemLess(&a, &b) {
			return -1
		}
		if itemLess(&b, &a) {
			return 1
		}
		return 0
	})

	var clusters []*cluster
	r := resolver{items: items}
	// Dated mentions, one type at a time.
	for start := 0; start < len(items); {
		end := start
		for end < len(items) && items[end].m.Type == items[start].m.Type {
			end++
		}
		r.reset()
		for i := start; i < end && items[i].dated; i++ {
			if c := r.place(int32(i)); c != nil {
				clusters = append(clusters, c)
			}
		}
		start = end
	}
	clusters = append(clusters, r.attachUndated()...)

	events := make([]model.Event, 0, len(clusters))
	for _, c := range clusters {
		events = append(events, buildEvent(c, items))
	}
	sort.Slice(events, func(i, j int) bool { return eventLess(&events[i], &events[j]) })
	return events
}

// setDocCountries gives each stage mention that names no country the
// country its document is most about: the most frequent country of the
// document's asserted mentions (ties: the first in alphabetical order).
// "The truce took effect on Friday" in a report on Gaza is Gaza's truce.
// Only documents holding such a mention are counted.
func setDocCountries(items []item) {
	need := map[string]map[string]int{}
	for i := range items {
		if m := items[i].m; m.Country == "" && stageOf(m) != 0 {
			need[m.DocID] = nil
		}
	}
	if len(need) == 0 {
		return
	}
	for i := range items {
		m := items[i].m
		if m.Country == "" {
			continue
		}
		counts, ok := need[m.DocID]
		if !ok {
			continue
		}
		if counts == nil {
			counts = map[string]int{}
			need[m.DocID] = counts
		}
		counts[m.Country]++
	}
	best := make(map[string]string, len(need))
	for doc, counts := range need {
		top, n := "", 0
		for c, k := range counts {
			if k > n || k == n && c < top {
				top, n = c, k
			}
		}
		best[doc] = top
	}
	for i := range items {
		if m := items[i].m; m.Country == "" && stageOf(m) != 0 {
			items[i].docCountry = best[m.DocID]
		}
	}
}

// setEvidence marks the generic actors of the item and keeps its place when
// that is more than the mention's country.
func (it *item) setEvidence(st *states) {
	m := it.m
	n := 0
	for k, a := range m.Actors {
		if k >= 64 {
			break
		}
		if a == "" || st.generic(a, m.Country) || slices.Contains(m.Actors[:k], a) {
			it.gen |= 1 << uint(k)
			continue
		}
		n++
	}
	if n > 255 {
		n = 255
	}
	it.nspec = uint8(n)
	if !st.generic(m.Place, m.Country) {
		it.place = m.Place
	}
	it.info = n > 0 || it.place != ""
}

// mentionRange returns the day range of a mention's time, or ok=false when
// the mention is undated (no value, unknown precision, or a citation date).
func mentionRange(m *model.Mention) (begin, last model.Date, ok bool) {
	t := &m.Time
	if t.Value == "" || t.Citation {
		return 0, 0, false
	}
	if t.Precision != model.PrecUnknown && t.Last >= t.Begin && !(t.Begin == 0 && t.Last == 0) {
		return t.Begin, t.Last, true
	}
	a, err := model.ParseValue(t.Value)
	if err != nil {
		return 0, 0, false
	}
	return a.Begin, a.Last, true
}

func isInterval(v string) bool {
	for i := 0; i < len(v); i++ {
		if v[i] == '/' {
			return true
		}
	}
	return false
}

// widthClass buckets a day range by its length: day, week, month, quarter
// (and season), half, year, decade, longer.
func widthClass(b, l model.Date) uint8 {
	switch n := l - b + 1; {
	case n <= 1:
		return 0
	case n <= 7:
		return 1
	case n <= 31:
		return 2
	case n <= 92:
		return 3
	case n <= 184:
		return 4
	case n <= 366:
		return 5
	case n <= 3653:
		return 6
	default:
		return 7
	}
}

// typeRank returns the index of t in model.Types, or len(model.Types).
func typeRank(t string) uint8 {
	for i, x := range model.Types {
		if x == t {
			return uint8(i)
		}
	}
	return uint8(len(model.Types))
}

// itemLess is the canonical processing order: type, dated before undated,
// width class, start, end, mentions with a specific actor or place first
// (so that mentions without evidence see the events those found), then
// mention identity.
func itemLess(a, b *item) bool {
	if a.typ != b.typ {
		return a.typ < b.typ
	}
	if a.typ == uint8(len(model.Types)) && a.m.Type != b.m.Type {
		return a.m.Type < b.m.Type
	}
	if a.dated != b.dated {
		return a.dated
	}
	if a.class != b.class {
		return a.class < b.class
	}
	if a.begin != b.begin {
		return a.begin < b.begin
	}
	if a.last != b.last {
		return a.last < b.last
	}
	if a.info != b.info {
		return a.info
	}
	return mentionLess(a.m, b.m)
}

// mentionLess orders mentions by id, then by document and span so that even
// duplicate ids sort deterministically.
func mentionLess(a, b *model.Mention) bool {
	if a.ID != b.ID {
		return a.ID < b.ID
	}
	if a.DocID != b.DocID {
		return a.DocID < b.DocID
	}
	if a.SpanStart != b.SpanStart {
		return a.SpanStart < b.SpanStart
	}
	if a.TriggerStart != b.TriggerStart {
		return a.TriggerStart < b.TriggerStart
	}
	return a.Time.Value < b.Time.Value
}

// classIndex holds the clusters of one type and width class, sorted by start.
type classIndex struct {
	all       []*cluster
	byCountry map[string][]*cluster // founder's country ("" = none) -> clusters
	byKey     map[string][]*cluster // founder's actors ("a:" + name) and place ("p:" + name)
	maxSpan   model.Date            // longest Last-Begin among the clusters
}

// resolver holds the per-type indexes while dated mentions are placed.
type resolver struct {
	items []item
	idx   [numClasses]classIndex
	exact map[[2]model.Date][]*cluster
	query int32
	cands []*cluster
}

func (r *resolver) reset() {
	for i := range r.idx {
		r.idx[i] = classIndex{byCountry: map[string][]*cluster{}, byKey: map[string][]*cluster{}}
	}
	r.exact = map[[2]model.Date][]*cluster{}
}

// place puts dated item i into the best compatible cluster, or into a new
// cluster that it returns.
func (r *resolver) place(i int32) *cluster {
	it := &r.items[i]
	r.query++
	r.cands = r.cands[:0]
	r.collect(r.exact[[2]model.Date{it.begin, it.last}], it, -1)
	// a later stage of an event looks back to the earlier ones, and an
	// earlier stage forward (see stageLink)
	q := *it
	if st := stageOf(it.m); st != 0 {
		before, after := stageReach(st)
		q.begin -= before
		q.last += after
	}
	it = &q
	for c := uint8(0); c <= it.class; c++ {
		ci := &r.idx[c]
		if windowSize(ci.all, it, ci.maxSpan) <= crowdLimit {
			r.collect(ci.all, it, ci.maxSpan)
			continue
		}
		if x := it.m.Country; x != "" {
			own, none := ci.byCountry[x], ci.byCountry[""]
			if windowSize(own, it, ci.maxSpan)+windowSize(none, it, ci.maxSpan) <= crowdLimit {
				r.collect(own, it, ci.maxSpan)
				r.collect(none, it, ci.maxSpan)
			}
		}
		for _, a := range it.m.Actors {
			if a != "" {
				r.collect(ci.byKey["a:"+a], it, ci.maxSpan)
			}
		}
		if it.place != "" {
			r.collect(ci.byKey["p:"+it.place], it, ci.maxSpan)
		}
	}
	it = &r.items[i]
	var best *cluster
	bestScore, tie := -1, false
	for _, c := range r.cands {
		ok, score := compatible(it, c)
		if !ok {
			continue
		}
		switch {
		case score > bestScore:
			best, bestScore, tie = c, score, false
		case score == bestScore:
			tie = true
		}
	}
	if best != nil && !tie {
		best.add(i, it)
		return nil
	}
	c := &cluster{typ: it.m.Type, begin: it.begin, last: it.last, explicit: it.explicit}
	c.add(i, it)
	ci := &r.idx[it.class]
	ci.all = append(ci.all, c)
	ci.byCountry[it.m.Country] = append(ci.byCountry[it.m.Country], c)
	for k, a := range it.m.Actors {
		if it.specific(k) {
			ci.byKey["a:"+a] = append(ci.byKey["a:"+a], c)
		}
	}
	if it.place != "" {
		ci.byKey["p:"+it.place] = append(ci.byKey["p:"+it.place], c)
	}
	if s := it.last - it.begin; s > ci.maxSpan {
		ci.maxSpan = s
	}
	key := [2]model.Date{it.begin, it.last}
	r.exact[key] = append(r.exact[key], c)
	return c
}

// collect adds to r.cands the clusters of list whose time overlaps it. When
// maxSpan >= 0, list is sorted by start, no cluster in it spans more than
// maxSpan days past its start, and only the window of starts that can
// overlap is scanned; maxSpan < 0 scans the whole (unsorted) list.
func (r *resolver) collect(list []*cluster, it *item, maxSpan model.Date) {
	if len(list) == 0 {
		return
	}
	lo, window := 0, maxSpan >= 0
	if window {
		from := it.begin - maxSpan
		lo = sort.Search(len(list), func(k int) bool { return list[k].begin >= from })
	}
	seen := 0
	for _, c := range list[lo:] {
		if window && c.begin > it.last {
			break
		}
		if c.last < it.begin || c.begin > it.last || c.stamp == r.query {
			continue
		}
		c.stamp = r.query
		r.cands = append(r.cands, c)
		if seen++; seen >= scanLimit {
			break
		}
	}
}

// windowSize is the number of clusters of list (sorted by start, spans at
// most maxSpan) whose start lies in [it.begin-maxSpan, it.last].
func windowSize(list []*cluster, it *item, maxSpan model.Date) int {
	if len(list) == 0 {
		return 0
	}
	from := it.begin - maxSpan
	lo := sort.Search(len(list), func(k int) bool { return list[k].begin >= from })
	hi := sort.Search(len(list), func(k int) bool { return list[k].begin > it.last })
	return hi - lo
}

// compatible reports whether item it may join cluster c, and how well it
// agrees with it (higher is better). Evidence is a shared actor that is
// specific for the mention or for the member that named it, and the same
// specific place; a shared country only breaks ties.
func compatible(it *item, c *cluster) (bool, int) {
	m := it.m
	shared := 0
	for k, a := range m.Actors {
		if a != "" && c.actors.has(a) && (it.specific(k) || c.specific.has(a)) && !slices.Contains(m.Actors[:k], a) {
			shared++
		}
	}
	if shared == 0 && m.Country != "" && c.country != "" && m.Country != c.country && !venueTold(it, c) {
		return false, 0
	}
	samePlace := it.place != "" && c.places.has(it.place)
	sameCountry := m.Country != "" && m.Country == c.country
	// Both sides name specific actors and none is shared: other actors are
	// another event, unless both lie in the same country and the wider of
	// the two times spans at most a month (reports of one coup name the
	// army in one sentence and its leader in the next; "in 2018" and "on
	// 28 August 2018" with other actors are two events).
	if it.nspec > 0 && c.named.len() > 0 && shared == 0 && !it.namesAny(&c.named) {
		wide := max(it.last-it.begin, c.last-c.begin) + 1
		if !sameCountry || wide > monthDays {
			return false, 0
		}
	}
	agree := shared > 0 || samePlace
	var rel int
	switch {
	case it.last < c.begin || c.last < it.begin:
		// a stage needs evidence: a shared actor or place, the same
		// country, or, for a mention with no country, a stage of the
		// event told in the same document ("the truce began on Friday")
		// or the country its document is about
		sameDoc := m.Country == "" && (c.stageDocs.has(m.DocID) || it.docCountry != "" && it.docCountry == c.country)
		if !stageLink(it, c) || !agree && !sameCountry && !sameDoc {
			return false, 0
		}
		// rel 0: the weakest time relation
	case it.begin == c.begin && it.last == c.last:
		rel = 2
	case c.begin <= it.begin && it.last <= c.last: // inside the cluster's window
		if c.explicit && !agree {
			return false, 0
		}
		rel = 1
	case it.begin <= c.begin && c.last <= it.last: // the cluster lies inside
		if it.explicit && !agree {
			return false, 0
		}
		rel = 1
	default: // partial overlap
		if !agree {
			return false, 0
		}
	}
	score := 2 * shared
	if samePlace {
		score += 2
	}
	if sameCountry {
		score++
	}
	return true, score*4 + rel
}

// venueTold reports whether item it and cluster c may be one ceasefire,
// accord or round of talks although their countries differ: they fall on
// the same day (or a day and its month) and one side names no specific
// actor while the other names the parties. Such events
// are often held abroad, and a sentence that names only the venue ("the
// truce was signed in Jeddah on Saturday") takes the venue's country where
// a sentence naming the parties takes theirs.
func venueTold(it *item, c *cluster) bool {
	switch it.m.Type {
	case model.TypeCeasefire, model.TypePeaceAgreement, model.TypeTalks:
	default:
		return false
	}
	inside := c.begin <= it.begin && it.last <= c.last || it.begin <= c.begin && c.last <= it.last
	if !inside || max(it.last-it.begin, c.last-c.begin) >= monthDays {
		return false // the same day, or a day and its month
	}
	// both name the same venue ("signed in Nairobi" on the same day): one
	// event, whichever country each side was filed under
	if it.place != "" && c.places.has(it.place) {
		return true
	}
	// the side with no actor names its venue ("signed in Jeddah") or no
	// place at all, but not a country ("a truce in Yemen" is Yemen's); the
	// other side names the parties
	return it.nspec == 0 && (it.place != "" || it.m.Place == "") && c.named.len() > 0 ||
		c.named.len() == 0 && c.places.len() > 0 && it.nspec > 0
}

// Subtypes that stageLink joins.
const (
	subAgreed    = "agreed"
	subInEffect  = "in_effect"
	subExtended  = "extended"
	subAnnounced = "announced"
	subCompleted = "completed"
	subPartial   = "partial"
)

// stageDays is how long after its agreement a ceasefire can come into
// force and still be told as the same event; extendDays how long after its
// agreement a ceasefire can be extended, and after its announcement a
// withdrawal be carried out, as one event.
const (
	stageDays  = 14
	extendDays = 92
)

// Stages of an event told at different times, as bits of cluster.stages.
const (
	stAgreed    uint8 = 1 << iota // a ceasefire agreed
	stInEffect                    // a ceasefire coming into force
	stExtended                    // a ceasefire extended
	stAnnounced                   // a withdrawal announced or decided
	stCarried                     // a withdrawal carried out, in part or in full
)

// stageOf is the stage bit of a mention, 0 for none.
func stageOf(m *model.Mention) uint8 {
	switch m.Type {
	case model.TypeCeasefire:
		switch m.Subtype {
		case subAgreed:
			return stAgreed
		case subInEffect:
			return stInEffect
		case subExtended:
			return stExtended
		}
	case model.TypeWithdrawal:
		switch m.Subtype {
		case subAnnounced:
			return stAnnounced
		case subCompleted, subPartial:
			return stCarried
		}
	}
	return 0
}

// stageGap is the longest gap in days from a mention of stage early to a
// later mention of stage late of the same event, or -1 when the later
// stage cannot follow the earlier one.
func stageGap(early, late uint8) model.Date {
	switch {
	case early == stAgreed && late == stInEffect:
		return stageDays
	case (early == stAgreed || early == stInEffect) && late == stExtended:
		return extendDays
	case early == stAnnounced && late == stCarried:
		return extendDays
	}
	return -1
}

// stageReach is how far back (before) and forward (after) a mention of
// stage st looks for the other stages of its event.
func stageReach(st uint8) (before, after model.Date) {
	for _, other := range []uint8{stAgreed, stInEffect, stExtended, stAnnounced, stCarried} {
		before = max(before, stageGap(other, st))
		after = max(after, stageGap(st, other))
	}
	return before, after
}

// stageLink reports whether item it and cluster c, whose times are
// disjoint, are two stages of one event told at different times: a
// ceasefire "signed on Saturday" that "took effect on Monday" (at most
// stageDays later) or was extended within extendDays; a withdrawal
// announced and carried out within extendDays. The caller also asks for
// the same country or a shared actor or place.
func stageLink(it *item, c *cluster) bool {
	st := stageOf(it.m)
	if st == 0 || c.stages == 0 || it.m.Type != c.typ {
		return false
	}
	for other := uint8(1); other != 0 && other <= stCarried; other <<= 1 {
		if c.stages&other == 0 {
			continue
		}
		if it.begin > c.last {
			if g := stageGap(other, st); g >= 0 && it.begin-c.last <= g {
				return true
			}
		} else if c.begin > it.last {
			if g := stageGap(st, other); g >= 0 && c.begin-it.last <= g {
				return true
			}
		}
	}
	return false
}

// add makes item i (it) a member of c. Only members whose time lies inside
// the cluster's window add evidence.
func (c *cluster) add(i int32, it *item) {
	c.members = append(c.members, i)
	it.cl = c
	m := it.m
	if st := stageOf(m); st != 0 {
		c.stages |= st
		c.stageDocs.add(m.DocID)
	}
	for k, a := range m.Actors {
		if it.specific(k) {
			c.named.add(a)
		}
	}
	if it.begin < c.begin || it.last > c.last {
		return
	}
	for k, a := range m.Actors {
		if a == "" {
			continue
		}
		c.actors.add(a)
		if it.specific(k) {
			c.specific.add(a)
		}
	}
	if it.place != "" {
		c.places.add(it.place)
	}
	if c.country == "" {
		c.country = m.Country
	}
}

type docType struct{ doc, typ string }

// attachUndated joins each undated item to the single dated event of its
// document that it agrees with, or makes it an event of its own. It returns
// the new (undated) clusters.
func (r *resolver) attachUndated() []*cluster {
	need := map[docType][]int32{}
	for i := range r.items {
		if !r.items[i].dated {
			m := r.items[i].m
			k := docType{m.DocID, m.Type}
			if _, ok := need[k]; !ok {
				need[k] = nil
			}
		}
	}
	if len(need) == 0 {
		return nil
	}
	for i := range r.items {
		it := &r.items[i]
		if !it.dated {
			continue
		}
		k := docType{it.m.DocID, it.m.Type}
		if l, ok := need[k]; ok {
			need[k] = append(l, int32(i))
		}
	}
	var out []*cluster
	for i := range r.items {
		it := &r.items[i]
		if it.dated {
			continue
		}
		m := it.m
		var only, sole *cluster
		n, all := 0, 0
		for _, j := range need[docType{m.DocID, m.Type}] {
			d := &r.items[j]
			c := d.cl
			if c != sole && !contradicts(it, c) {
				sole = c
				all++
			}
			if c == only || !overlapsUndated(it, d, c) {
				continue
			}
			only = c
			if n++; n > 1 {
				break
			}
		}
		if n == 0 && all == 1 {
			only, n = sole, 1
		}
		if n == 1 {
			only.members = append(only.members, int32(i))
			it.cl = only
			continue
		}
		c := &cluster{typ: m.Type}
		c.members = []int32{int32(i)}
		it.cl = c
		out = append(out, c)
	}
	return out
}

// contradicts reports whether item it and cluster c name different
// countries, different specific actors or different specific places.
func contradicts(it *item, c *cluster) bool {
	m := it.m
	switch {
	case m.Country != "" && c.country != "" && m.Country != c.country:
		return true
	case it.nspec > 0 && c.named.len() > 0 && !it.namesAny(&c.named):
		return true
	}
	return it.place != "" && c.places.len() > 0 && !c.places.has(it.place)
}

// overlapsUndated reports whether undated item u agrees with dated item d
// (a member of c): a shared actor that is specific for one of them, or the
// same specific place when the countries of u and c do not conflict.
func overlapsUndated(u, d *item, c *cluster) bool {
	for k, a := range u.m.Actors {
		if a == "" {
			continue
		}
		for l, b := range d.m.Actors {
			if a == b && (u.specific(k) || d.specific(l)) {
				return true
			}
		}
	}
	conflict := u.m.Country != "" && c.country != "" && u.m.Country != c.country
	return !conflict && u.place != "" && u.place == d.place
}

// buildEvent turns a cluster into an event and sets EventID on its members.
func buildEvent(c *cluster, items []item) model.Event {
	ms := make([]*model.Mention, len(c.members))
	for k, i := range c.members {
		ms[k] = items[i].m
	}
	sort.Slice(ms, func(i, j int) bool { return mentionLess(ms[i], ms[j]) })

	sum := sha256.Sum256([]byte(c.typ + "\x00" + ms[0].ID))
	ev := model.Event{ID: "ev_" + hex.EncodeToString(sum[:8]), Type: c.typ}

	rep := pickTime(ms)
	if rep == nil {
		rep = ms[0]
	} else {
		b, l, _ := mentionRange(rep)
		ev.Time = model.Anchor{Value: rep.Time.Value, Begin: b, Last: l, Precision: timePrecision(rep)}
		ev.Qualifier = rep.Time.Qualifier
		ev.TimeText = rep.Time.Text
	}
	ev.Sentence = rep.Text

	ev.Mentions = make([]string, len(ms))
	docs := make([]string, 0, 1)
	var subtypes, places, countries, actors counter
	for k, m := range ms {
		m.EventID = ev.ID
		ev.Mentions[k] = m.ID
		docs = append(docs, m.DocID)
		subtypes.add(m.Subtype)
		places.add(m.Place)
		countries.add(m.Country)
		for _, a := range m.Actors {
			actors.add(a)
		}
	}
	sort.Strings(ev.Mentions)
	ev.Docs = uniqueSorted(docs)
	ev.Subtype = subtypes.top()
	ev.Place = places.top()
	ev.Country = countries.top()
	ev.Actors = actors.ranked()
	return ev
}

// timePrecision returns the precision of a dated mention's time, parsing the
// value when the extractor left it unknown.
func timePrecision(m *model.Mention) model.Precision {
	if m.Time.Precision != model.PrecUnknown {
		return m.Time.Precision
	}
	if a, err := model.ParseValue(m.Time.Value); err == nil {
		return a.Precision
	}
	return model.PrecUnknown
}

// pickTime returns the member whose time is the event's time: the most
// precise (finest precision, then narrowest range), ties broken by the most
// frequent value, then the earliest start, then the value, then the mention
// order. It returns nil when no member is dated.
func pickTime(ms []*model.Mention) *model.Mention {
	type cand struct {
		m           *model.Mention
		prec        model.Precision
		begin, last model.Date
	}
	var cs []cand
	freq := map[string]int{}
	for _, m := range ms {
		b, l, ok := mentionRange(m)
		if !ok {
			continue
		}
		cs = append(cs, cand{m, timePrecision(m), b, l})
		freq[m.Time.Value]++
	}
	if len(cs) == 0 {
		return nil
	}
	best := cs[0]
	for _, c := range cs[1:] {
		if betterTime(c.prec, c.last-c.begin, freq[c.m.Time.Value], c.begin, c.m.Time.Value,
			best.prec, best.last-best.begin, freq[best.m.Time.Value], best.begin, best.m.Time.Value) {
			best = c
		}
	}
	return best.m
}

func betterTime(p1 model.Precision, w1 model.Date, f1 int, b1 model.Date, v1 string,
	p2 model.Precision, w2 model.Date, f2 int, b2 model.Date, v2 string) bool {
	switch {
	case p1 != p2:
		return p1 < p2
	case w1 != w2:
		return w1 < w2
	case f1 != f2:
		return f1 > f2
	case b1 != b2:
		return b1 < b2
	default:
		return v1 < v2 // equal values keep the earlier mention
	}
}

// eventLess orders events by start day, undated last, then id.
func eventLess(a, b *model.Event) bool {
	ad, bd := a.Time.Value != "", b.Time.Value != ""
	if ad != bd {
		return ad
	}
	if ad && a.Time.Begin != b.Time.Begin {
		return a.Time.Begin < b.Time.Begin
	}
	return a.ID < b.ID
}

func uniqueSorted(s []string) []string {
	sort.Strings(s)
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}
