package temporal

import (
	"math/bits"
	"sort"
	"strings"
)

// Word classes of the lexicon.
type wclass uint8

const (
	wNone    wclass = iota
	wMonth          // val 1..12
	wWeekday        // val 0..6 (time.Weekday)
	wSeason         // val seasonSP..seasonWI
	wNumber         // val: the count ("three", "a"); flag fVague for "few", "several"
	wOrdinal        // val 1..4 ("first".."fourth")
	wUnit           // val unitDay..unitDecade; flag fPlural
	wKey            // val: a keyword id
	wVerb           // val: a tense cue (vPast..vConj); never starts a time expression
	wDayOrd         // val 5..30: a spelled ordinal past "fourth" that may be a day ("the fifth of May")
)

// Tense cues of wVerb words, read by the scan that finds the verb
// governing a time expression (see tense.go).
const (
	vPast   = iota + 1 // a finite past or perfect form: "said", "met", "had", "was"
	vBe                // "be", "been", "being": a participle after it is no finite verb
	vPlanTo            // "plans", "going", "intends": with "to", a future
	vRel               // a relative pronoun: "which", "who"
	vConj              // a conjunction that opens a new clause: "but", "while"
	vMod               // a preposition or possessive before an adjective: "with", "its"
)

// Lexicon flags.
const (
	fAbbr    = 1 << iota // month abbreviation ("Oct")
	fPlural              // plural unit ("weeks")
	fVague               // vague count ("few", "several")
	fTrigger             // the word alone can make a time expression
	fAnchor              // a month, weekday, season or unit, or "today"-like: see isAnchor
	fLead                // a keyword, count word or ordinal: see leadsToAnchor
)

// Units of relative expressions, finest first.
const (
	unitDay = iota + 1
	unitWeek
	unitMonth
	unitYear
	unitDecade
	unitQuarter
	unitHalf
	unitWeekend
)

// Seasons, in the order of their TIMEX3 codes.
const (
	seasonSP = iota
	seasonSU
	seasonFA
	seasonWI
)

var seasonCodes = [...]string{"SP", "SU", "FA", "WI"}

// Keyword ids.
const (
	kNone = iota
	kToday
	kTonight
	kYesterday
	kTomorrow
	kChristmas
	kNew
	kClockWord
	kThis
	kLast
	kNext
	kComing
	kPast
	kPrevious
	kFollowing
	kSame
	kThat
	kLater
	kEarlier
	kAgo
	kAfter
	kBefore
	kSince
	kBy
	kUntil
	kThrough
	kFrom
	kBetween
	kAnd
	kTo
	kIn
	kOn
	kOf
	kThe
	kDuring
	kEarly
	kMid
	kLate
	kEnd
	kBeginning
	kMiddle
	kCirca
	kAbout
	kWithin
	kOver
	kPrior
	kCurrent
	kPreceding
	kCitation // accessed, retrieved, visited, ...
	kInterview
	kWill
	kScheduled
	kIs
	kDue
	kAs
	kQ
	kH
	kCouple
	kNeg // words that make a following number a non-year: resolution, page, ...
	kQty // nouns counted by a preceding number: people, fighters, ...
	kRecent
	kThan
	kFor    // "for", "almost", "nearly": a duration follows, not a time
	kSource // words of a source reference: recording, possession, video, ...
	kSee    // "see", "cf": a reference follows
	kFinal  // "final", "closing", "latter": the last part of a period
)

// entry is what the lexicon knows about a lower-cased word.
type entry struct {
	cls  wclass
	val  int16
	flag uint8
}

// lexicon maps lower-cased ASCII words to entries. It is built once by New
// and only read afterwards.
type lexicon struct {
	words map[string]entry
	// lens[c-'a'] has bit n set when some word of length n starts with c:
	// a cheap pre-check before the map lookup.
	lens [26]uint32
	// trig is the same for trigger words only.
	trig [26]uint32
	// pairs[a][b] has bit n set when some word of length n (2 to 15)
	// starts with the letters 'a'+a and 'a'+b: a sharper pre-check than
	// lens for the words that lookupLetters is given. trigPairs is the same
	// for trigger words only.
	pairs, trigPairs [26][26]uint16
	// table holds the words of the map that lookup can find (ASCII, at
	// most 15 bytes) in an open-addressing table keyed by the packed word,
	// so that a lookup neither hashes a string nor compares one.
	table []lexSlot
	shift uint // 64 - log2(len(table))
}

// lexSlot is a word packed into two integers (see packKey), its length
// (0 for an empty slot) and its entry.
type lexSlot struct {
	lo, hi uint64
	n      uint8
	e      entry
}

// slotOf is the first slot to probe for a packed word.
func (lx *lexicon) slotOf(lo, hi uint64, n int) uint64 {
	h := lo*0x9E3779B97F4A7C15 ^ hi*0xC2B2AE3D27D4EB4F ^ uint64(n)*0x165667B19E3779F9
	return h >> lx.shift
}

// buildTable fills lx.table from lx.words.
func (lx *lexicon) buildTable() {
	keys := make([]string, 0, len(lx.words))
	for w := range lx.words {
		keys = append(keys, w)
	}
	sort.Strings(keys)
	bits := uint(4)
	for 1<<bits < 4*len(keys) {
		bits++
	}
	lx.table = make([]lexSlot, 1<<bits)
	lx.shift = 64 - bits
	mask := uint64(len(lx.table) - 1)
	for _, w := range keys {
		lo, hi, ok := packKey(w)
		if !ok || len(w) == 0 || strings.ToLower(w) != w {
			continue // lookup, which lower-cases the word it is given, never finds it
		}
		i := lx.slotOf(lo, hi, len(w))
		for lx.table[i].n != 0 {
			i = (i + 1) & mask
		}
		lx.table[i] = lexSlot{lo: lo, hi: hi, n: uint8(len(w)), e: lx.words[w]}
	}
}

// packKey packs a word of at most 15 bytes, with ASCII letters lower-cased,
// into two integers; ok is false for a longer word or one with a byte
// outside ASCII.
func packKey(w string) (lo, hi uint64, ok bool) {
	if len(w) > 15 {
		return 0, 0, false
	}
	for i := len(w) - 1; i >= 0; i-- {
		b := w[i]
		if b >= 'A' && b <= 'Z' {
			b += 'a' - 'A'
		} else if b >= 0x80 {
			return 0, 0, false
		}
		if i >= 8 {
			hi = hi<<8 | uint64(b)
		} else {
			lo = lo<<8 | uint64(b)
		}
	}
	return lo, hi, true
}

func newLexicon() *lexicon {
	lx := &lexicon{words: make(map[string]entry, 400)}
	add := func(cls wclass, val int, flag uint8, words ...string) {
		switch cls {
		case wMonth, wWeekday, wSeason, wUnit:
			flag |= fAnchor
		case wKey:
			flag |= fLead
			switch val {
			case kToday, kTonight, kYesterday, kTomorrow, kChristmas, kNew:
				flag |= fAnchor
			}
		case wNumber, wOrdinal, wDayOrd:
			flag |= fLead
		}
		for _, w := range words {
			lx.words[w] = entry{cls: cls, val: int16(val), flag: flag}
			if n := len(w); n < 32 {
				lx.lens[w[0]-'a'] |= 1 << n
				if flag&fTrigger != 0 {
					lx.trig[w[0]-'a'] |= 1 << n
				}
			}
			if n := len(w); n >= 2 && n <= 15 && w[1] >= 'a' && w[1] <= 'z' {
				lx.pairs[w[0]-'a'][w[1]-'a'] |= 1 << n
				if flag&fTrigger != 0 {
					lx.trigPairs[w[0]-'a'][w[1]-'a'] |= 1 << n
				}
			}
		}
	}
	months := [][]string{
		{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"},
		{"may"}, {"june", "jun"}, {"july", "jul"}, {"august", "aug"},
		{"september", "sep", "sept"}, {"october", "oct"}, {"november", "nov"}, {"december", "dec"},
	}
	for i, ws := range months {
		add(wMonth, i+1, fTrigger, ws[0])
		for _, a := range ws[1:] {
			add(wMonth, i+1, fAbbr, a)
		}
	}
	days := [][]string{
		{"sunday"}, {"monday"}, {"tuesday"}, {"wednesday"}, {"thursday"}, {"friday"}, {"saturday"},
	}
	for i, ws := range days {
		add(wWeekday, i, fTrigger, ws...)
	}
	add(wSeason, seasonSP, fTrigger, "spring")
	add(wSeason, seasonSU, fTrigger, "summer")
	add(wSeason, seasonFA, fTrigger, "autumn")
	add(wSeason, seasonFA, 0, "fall")
	add(wSeason, seasonWI, fTrigger, "winter")
	nums := []string{"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
		"nineteen", "twenty"}
	for i, w := range nums[1:] {
		add(wNumber, i+1, 0, w)
	}
	add(wNumber, 30, 0, "thirty")
	add(wNumber, 40, 0, "forty")
	add(wNumber, 50, 0, "fifty")
	add(wNumber, 60, 0, "sixty")
	add(wNumber, 70, 0, "seventy")
	add(wNumber, 80, 0, "eighty")
	add(wNumber, 90, 0, "ninety")
	add(wNumber, 1, 0, "a", "an")
	add(wNumber, 3, fVague, "few", "several", "some", "many")
	add(wOrdinal, 1, 0, "first")
	add(wOrdinal, 2, 0, "second")
	add(wOrdinal, 3, 0, "third")
	add(wOrdinal, 4, 0, "fourth")
	for w, d := range ordinalWords {
		if d > 4 {
			add(wDayOrd, d, 0, w)
		}
	}
	add(wUnit, unitDay, fTrigger, "day")
	add(wUnit, unitDay, fPlural|fTrigger, "days")
	// Parts of a day count as the day: "that evening", "the next morning",
	// "last night".
	add(wUnit, unitDay, fTrigger, "morning", "afternoon", "evening", "night")
	add(wUnit, unitDay, fPlural|fTrigger, "nights")
	// A fortnight counts as fourteen days (see parseRelative).
	add(wUnit, unitDay, fTrigger, "fortnight")
	add(wUnit, unitDay, fPlural|fTrigger, "fortnights")
	add(wUnit, unitWeek, fTrigger, "week")
	add(wUnit, unitWeek, fPlural|fTrigger, "weeks")
	add(wUnit, unitMonth, fTrigger, "month")
	add(wUnit, unitMonth, fPlural|fTrigger, "months")
	add(wUnit, unitYear, fTrigger, "year")
	add(wUnit, unitYear, fPlural|fTrigger, "years")
	add(wUnit, unitDecade, fTrigger, "decade")
	add(wUnit, unitDecade, fPlural|fTrigger, "decades")
	add(wUnit, unitQuarter, fTrigger, "quarter")
	add(wUnit, unitHalf, 0, "half")
	add(wUnit, unitWeekend, fTrigger, "weekend")
	key := func(id int, flag uint8, words ...string) { add(wKey, id, flag, words...) }
	key(kToday, fTrigger, "today")
	key(kTonight, fTrigger, "tonight")
	key(kChristmas, fTrigger, "christmas")
	key(kNew, fAnchor|fTrigger, "new")
	// Times of day that date an event on the day the text is on (see
	// clockTime); as triggers they let a sentence past the pre-filter.
	key(kClockWord, fTrigger, "noon", "midnight", "midday", "dawn", "nightfall", "dusk", "daybreak", "sunset", "sunrise", "lunchtime")
	key(kYesterday, fTrigger, "yesterday")
	key(kTomorrow, fTrigger, "tomorrow")
	key(kThis, 0, "this")
	key(kLast, 0, "last")
	key(kNext, 0, "next")
	key(kComing, 0, "coming", "upcoming")
	key(kPast, 0, "past")
	key(kPrevious, 0, "previous")
	key(kPreceding, 0, "preceding")
	key(kFollowing, 0, "following", "subsequent")
	key(kSame, 0, "same")
	key(kThat, 0, "that")
	key(kLater, 0, "later")
	key(kEarlier, 0, "earlier")
	key(kAgo, 0, "ago")
	key(kAfter, 0, "after")
	key(kBefore, 0, "before")
	key(kPrior, 0, "prior")
	key(kSince, 0, "since")
	key(kBy, 0, "by")
	key(kUntil, 0, "until", "till", "til")
	key(kThrough, 0, "through", "thru")
	key(kFrom, 0, "from")
	key(kBetween, 0, "between")
	key(kAnd, 0, "and")
	key(kTo, 0, "to")
	key(kIn, 0, "in")
	key(kOn, 0, "on")
	key(kOf, 0, "of")
	key(kThe, 0, "the")
	key(kDuring, 0, "during")
	key(kEarly, 0, "early")
	key(kMid, 0, "mid")
	key(kLate, 0, "late")
	key(kEnd, 0, "end")
	key(kBeginning, 0, "beginning", "start", "outset")
	key(kMiddle, 0, "middle")
	key(kCirca, 0, "around", "circa", "ca", "roughly", "approximately")
	key(kAbout, 0, "about")
	key(kWithin, 0, "within")
	key(kOver, 0, "over")
	key(kCurrent, 0, "current")
	key(kCitation, 0, "accessed", "retrieved", "visited", "viewed", "consulted", "published",
		"updated", "posted", "archived", "downloaded")
	key(kInterview, 0, "interview", "interviews", "correspondence", "conversation", "conversations",
		"email", "communication", "exchanges", "telephone", "phone", "whatsapp")
	key(kWill, 0, "will", "shall", "ll", "would")
	key(kScheduled, 0, "scheduled", "slated", "planned", "expected", "set")
	key(kIs, 0, "is", "are")
	key(kDue, 0, "due")
	key(kAs, 0, "as")
	key(kQ, 0, "q")
	key(kH, 0, "h")
	key(kCouple, 0, "couple")
	key(kRecent, 0, "recent")
	key(kThan, 0, "than")
	key(kNeg, 0, "resolution", "resolutions", "no", "nos", "number", "page", "pages", "p", "pp",
		"para", "paragraph", "paragraphs", "article", "articles", "art", "chapter", "section", "vol",
		"volume", "decree", "code", "flight", "route", "highway", "item", "model", "version", "room",
		"box", "unit", "battalion", "brigade", "division", "regiment", "squad", "kilometre",
		"usd", "eur", "cfa", "fcfa", "rs", "n")
	key(kQty, 0, "people", "persons", "men", "women", "children", "fighters", "soldiers", "troops",
		"civilians", "prisoners", "hostages", "detainees", "refugees", "members", "militants",
		"rebels", "police", "officers", "personnel", "staff", "deaths", "dead", "killed",
		"wounded", "casualties", "kilometres", "kilometers", "miles", "metres", "meters",
		"tonnes", "tons", "dollars", "euros", "francs", "households", "families", "villages",
		"cattle", "head", "vehicles", "homes", "houses", "schools", "votes", "voters", "delegates",
		"participants", "students", "workers", "cases", "hours", "hrs", "gmt", "utc",
		"pm", "am", "percent", "per", "inhabitants", "residents", "displaced", "jihadists",
		"combatants", "peacekeepers", "recruits", "hectares", "sq", "square")
	key(kFor, 0, "for", "almost", "nearly", "lasted", "spanning")
	key(kSource, 0, "recording", "recordings", "possession", "video", "videos", "communiqué",
		"communique", "tweet", "statement", "report", "letter", "op", "cit", "ibid", "blog",
		"podcast", "transcript", "archive", "archives", "newsletter", "website")
	key(kSee, 0, "see", "cf")
	key(kFinal, 0, "final", "closing", "latter")
	verb := func(v int, words ...string) { add(wVerb, v, 0, words...) }
	verb(vPast, "was", "were", "had", "has", "have", "did", "didn", "hadn", "wasn", "weren",
		"said", "told", "met", "held", "began", "took", "gave", "came", "went", "left", "sent",
		"fought", "broke", "struck", "won", "fell", "rose", "led", "made", "found", "saw", "got",
		"kept", "brought", "spoke", "wrote", "chose", "fled", "stood", "ran", "drew", "withdrew",
		"overthrew", "swore", "sought", "lost", "paid", "built", "sold", "became", "shot", "laid",
		"begun", "spent", "caught", "taught", "thought", "meant", "heard", "felt",
		"knew", "grew", "flew", "tore", "bore", "woke", "forgot", "gone", "done", "taken", "given")
	verb(vBe, "be", "been", "being")
	verb(vPlanTo, "plans", "plan", "going", "intends", "intend", "aims", "aim", "seeks", "hopes", "prepares", "preparing", "poised")
	verb(vRel, "which", "who", "whom", "whose")
	verb(vMod, "with", "against", "among", "its", "their", "his", "her", "our", "your", "my")
	verb(vConj, "but", "while", "whereas", "although", "though", "because", "unless", "or", "yet")
	lx.buildTable()
	return lx
}

// lookup returns the entry of an ASCII word, case-insensitively; words
// with other bytes or longer than 15 bytes are not in the lexicon.
func (lx *lexicon) lookup(w string) entry {
	n := len(w)
	if n == 0 || n > 15 {
		return entry{}
	}
	c := w[0] | 0x20
	if c < 'a' || c > 'z' || lx.lens[c-'a']&(1<<n) == 0 {
		return entry{}
	}
	lo, hi, ok := packKey(w)
	if !ok {
		return entry{}
	}
	return lx.probe(lo, hi, n)
}

// probe finds a packed word of length n in the table.
func (lx *lexicon) probe(lo, hi uint64, n int) entry {
	mask := uint64(len(lx.table) - 1)
	for i := lx.slotOf(lo, hi, n); ; i = (i + 1) & mask {
		sl := &lx.table[i]
		if sl.n == 0 {
			return entry{}
		}
		if sl.lo == lo && sl.hi == hi && int(sl.n) == n {
			return sl.e
		}
	}
}

// lookupLetters is lookup for a word of ASCII letters only, the common
// case of tokenize: it checks the first two letters and the length
// against the lexicon before it packs the word, and packs it without
// testing each byte (setting bit 0x20 lower-cases a letter).
func (lx *lexicon) lookupLetters(w string) entry {
	n := len(w)
	switch {
	case n == 1:
		if lx.lens[(w[0]|0x20)-'a']&(1<<1) == 0 {
			return entry{}
		}
	case n >= 2 && n <= 15:
		if lx.pairs[(w[0]|0x20)-'a'][(w[1]|0x20)-'a']&(1<<n) == 0 {
			return entry{}
		}
	default:
		return entry{}
	}
	lo, hi := packLetters(w)
	return lx.probe(lo, hi, n)
}

// packLetters is packKey for a word of 1 to 15 ASCII letters.
func packLetters(w string) (lo, hi uint64) {
	for k := 0; k < len(w) && k < 8; k++ {
		lo |= uint64(w[k]|0x20) << (8 * k)
	}
	for k := 8; k < len(w); k++ {
		hi |= uint64(w[k]|0x20) << (8 * (k - 8))
	}
	return lo, hi
}

// mayHoldTime is the pre-filter: it reports whether text holds a digit or
// a trigger word (a month, weekday, season, unit or "today"-like word).
// It reads eight bytes at a time, and looks at a word (a run of ASCII
// letters) only where one starts; it looks the word up only when its
// first two letters and its length match a trigger word.
func (lx *lexicon) mayHoldTime(text string) bool {
	n := len(text)
	i := 0
	var prev uint64 // letters of the previous eight bytes
	for ; i+8 <= n; i += 8 {
		x := load64(text, i)
		if digits(x) != 0 {
			return true
		}
		l := letters(x)
		starts := l &^ (l<<8 | prev>>56)
		prev = l
		for starts != 0 {
			b := bits.TrailingZeros64(starts) >> 3
			starts &= starts - 1
			// The word's length, when it ends within these eight bytes.
			if rest := (^l & swarHigh) >> (8 * b); rest != 0 {
				if lx.isTrigger(text, i+b, bits.TrailingZeros64(rest)>>3) {
					return true
				}
			} else if lx.triggerAt(text, i+b) {
				return true
			}
		}
	}
	if prev>>63 != 0 {
		for i < n && isLetter(text[i]) {
			i++ // the rest of a word whose start was seen
		}
	}
	for ; i < n; i++ {
		switch c := text[i]; {
		case isDigit(c):
			return true
		case isLetter(c) && (i == 0 || !isLetter(text[i-1])):
			if lx.triggerAt(text, i) {
				return true
			}
		}
	}
	return false
}

// triggerAt reports whether the run of ASCII letters starting at p is a
// trigger word.
func (lx *lexicon) triggerAt(text string, p int) bool {
	j := p + 1
	for j < len(text) && j-p <= 15 && isLetter(text[j]) {
		j++
	}
	return lx.isTrigger(text, p, j-p)
}

// isTrigger reports whether the n ASCII letters at text[p:] are a trigger
// word.
func (lx *lexicon) isTrigger(text string, p, n int) bool {
	if n < 2 || n > 15 || lx.trigPairs[(text[p]|0x20)-'a'][(text[p+1]|0x20)-'a']&(1<<n) == 0 {
		return false
	}
	return lx.lookupLetters(text[p:p+n]).flag&fTrigger != 0
}

// SWAR constants: a byte of ones, and the high bit of every byte.
const (
	swarOnes = 0x0101010101010101
	swarHigh = 0x8080808080808080
)

// load64 returns the eight bytes of s at i as a little-endian integer.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// between returns the high bit of every byte of x that lies strictly
// between lo and hi (both below 0x80); bytes from 0x80 up never do. (The
// "hasbetween" bit hack, exact byte by byte.)
func between(x uint64, lo, hi byte) uint64 {
	low7 := x & (swarOnes * 0x7F)
	return (swarOnes*(0x7F+uint64(hi)) - low7) & ^x & (low7 + swarOnes*(0x7F-uint64(lo))) & swarHigh
}

// digits returns the high bit of every ASCII digit byte of x.
func digits(x uint64) uint64 { return between(x, '0'-1, '9'+1) }

// letters returns the high bit of every ASCII letter byte of x (setting
// bit 0x20 lower-cases a capital, and leaves no other byte a letter).
func letters(x uint64) uint64 { return between(x|swarOnes*0x20, 'a'-1, 'z'+1) }

// Byte classes of scanClass.
const (
	scanOther = iota
	scanLetter
	scanDigit
)

// scanClass is the class of every byte: ASCII letter, digit, or other.
var scanClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = scanLetter, scanLetter
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = scanDigit
	}
	return t
}()
