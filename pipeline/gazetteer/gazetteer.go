// Package gazetteer is a dictionary of countries, places and armed or
// political actors for conflict news from any country. It finds their names
// in text, whatever the spelling variant, and returns canonical names and
// ISO 3166-1 alpha-3 country codes.
//
// Matching works on normalised text: case, curly and straight apostrophes,
// possessive "'s", hyphens and spaces, and diacritics (é/e) are folded, so
// "Jama’at Nusrat al-Islam wal-Muslimin" and "Jamaat Nusrat al Islam wal
// Muslimin" are one name. Short acronyms written in capitals ("UN", "RSF")
// match only in capitals.
package gazetteer

import (
	"embed"
	"fmt"
	"sort"
	"strings"
	"sync"
)

//go:embed data/*.txt
var dataFS embed.FS

// Match kinds.
const (
	KindCountry      = "country"
	KindCity         = "city"
	KindRegion       = "region"
	KindArmedGroup   = "armed_group"
	KindOrganisation = "organisation"
	KindMission      = "mission"
	KindMilitary     = "military"
	KindGovernment   = "government"
	KindPerson       = "person"
	kindDemonym      = "demonym"
	kindCapital      = "capital"
)

// Match is a name found in a text: [Start,End) are byte offsets in the text
// that was searched, Canonical the dictionary name, Country the ISO 3166-1
// alpha-3 code ("" for international bodies and regions spanning countries),
// Kind one of the Kind constants.
type Match struct {
	Start     int
	End       int
	Canonical string
	Country   string
	Kind      string
}

// entry is one dictionary name and what it stands for.
type entry struct {
	canonical string
	country   string
	kind      string
	exact     string // non-empty: the alias must match this case-sensitive key
}

// pattern is one alias as a sequence of normalised words.
type pattern struct {
	words []string
	e     *entry
}

// Gazetteer finds countries, places and actors in text. It is read-only
// after construction and safe for concurrent use.
type Gazetteer struct {
	byFirst    map[string][]pattern // first word -> patterns, longest first
	firstWords wordFilter           // the keys of byFirst, hashed
	first      firstTable           // byFirst as a hash table over the words' FNV hashes
	countryOf  map[string]string    // normalised name, alias or demonym -> ISO3
	names      map[string]string    // ISO3 -> canonical country name
	govNames   map[string]string    // ISO3 -> "Government of <name>"
	armyNames  map[string]string    // ISO3 -> "<demonym> armed forces"
	demonyms   map[string]string    // ISO3 -> main demonym
	pool       sync.Pool            // *scratch
}

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
)

// Default returns the built-in gazetteer, built once on first use.
func Default() *Gazetteer {
	defaultOnce.Do(func() {
		g, err := load()
		if err != nil {
			panic(fmt.Sprintf("gazetteer: built-in data: %v", err))
		}
		defaultGaz = g
	})
	return defaultGaz
}

func load() (*Gazetteer, error) {
	g := &Gazetteer{
		byFirst:   make(map[string][]pattern),
		countryOf: make(map[string]string),
		names:     make(map[string]string),
		demonyms:  make(map[string]string),
	}
	g.pool.New = func() any { return &scratch{toks: make([]token, 0, 64)} }
	if err := g.loadCountries(); err != nil {
		return nil, err
	}
	if err := g.loadTable("data/places.txt"); err != nil {
		return nil, err
	}
	if err := g.loadTable("data/actors.txt"); err != nil {
		return nil, err
	}
	g.govNames = make(map[string]string, len(g.names))
	g.armyNames = make(map[string]string, len(g.names))
	for iso, name := range g.names {
		g.govNames[iso] = "Government of " + name
		g.armyNames[iso] = g.Demonym(iso) + " armed forces"
	}
	for k, ps := range g.byFirst {
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].words) > len(ps[j].words) })
		g.byFirst[k] = ps
		g.firstWords.add(k)
	}
	g.first = newFirstTable(g.byFirst)
	return g, nil
}

func readLines(name string) ([][]string, error) {
	b, err := dataFS.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	var rows [][]string
	for n, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "|")
		if len(f) < 4 {
			return nil, fmt.Errorf("%s:%d: want at least 4 fields, got %d", name, n+1, len(f))
		}
		rows = append(rows, f)
	}
	return rows, nil
}

func splitList(s string) []string {
	var out []string
	for _, a := range strings.Split(s, ";") {
		if a = strings.TrimSpace(a); a != "" {
			out = append(out, a)
		}
	}
	return out
}

func (g *Gazetteer) loadCountries() error {
	rows, err := readLines("data/countries.txt")
	if err != nil {
		return err
	}
	for _, f := range rows {
		if len(f) != 5 {
			return fmt.Errorf("countries.txt: %q: want 5 fields", f[0])
		}
		iso, name := f[0], f[1]
		g.names[iso] = name
		country := &entry{canonical: name, country: iso, kind: KindCountry}
		g.add(name, country)
		g.countryOf[Normalize(name)] = iso
		for _, a := range splitList(f[2]) {
			g.add(a, country)
			if !isExactAlias(a) {
				g.countryOf[Normalize(a)] = iso
			}
		}
		for i, d := range splitList(f[3]) {
			if i == 0 {
				g.demonyms[iso] = d
			}
			g.add(d, &entry{canonical: name, country: iso, kind: kindDemonym})
			if _, taken := g.countryOf[Normalize(d)]; !taken {
				g.countryOf[Normalize(d)] = iso
			}
		}
		for i, c := range splitList(f[4]) {
			kind := kindCapital
			if i > 0 {
				kind = KindCity // other capitals and big cities: places only
			}
			spellings := strings.Split(c, "/")
			e := &entry{canonical: spellings[0], country: iso, kind: kind}
			for _, sp := range spellings {
				g.add(sp, e)
			}
		}
	}
	return nil
}

func (g *Gazetteer) loadTable(name string) error {
	rows, err := readLines(name)
	if err != nil {
		return err
	}
	for _, f := range rows {
		iso, kind, canon := f[0], f[1], f[2]
		canonExact := strings.HasPrefix(canon, "=")
		canon = strings.TrimPrefix(canon, "=")
		e := &entry{canonical: canon, country: iso, kind: kind}
		if canonExact {
			g.add("="+canon, e)
		} else {
			g.add(canon, e)
		}
		for _, a := range splitList(f[3]) {
			g.add(a, e)
		}
	}
	return nil
}

// isExactAlias reports whether an alias must match case-sensitively: it is
// marked with a leading "=", or it is a short acronym with no lower-case
// letter ("UN", "RSF", "G5", "U.S.").
func isExactAlias(a string) bool {
	if strings.HasPrefix(a, "=") {
		return true
	}
	letters := 0
	for _, r := range a {
		switch {
		case r >= 'a' && r <= 'z':
			return false
		case r >= 'A' && r <= 'Z':
			letters++
		}
	}
	return letters > 0 && letters <= 4
}

// add registers alias a for entry e.
func (g *Gazetteer) add(a string, e *entry) {
	if isExactAlias(a) {
		a = strings.TrimPrefix(a, "=")
		cp := *e
		cp.exact = alnumKey(a)
		e = &cp
	}
	words := strings.Fields(Normalize(a))
	if len(words) == 0 {
		return
	}
	for _, p := range g.byFirst[words[0]] {
		if p.e.canonical == e.canonical && p.e.kind == e.kind && p.e.exact == e.exact && equalWords(p.words, words) {
			return // duplicate alias
		}
	}
	g.byFirst[words[0]] = append(g.byFirst[words[0]], pattern{words: words, e: e})
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// rawMatch is a dictionary hit over words [wi, wj) of a normalised text.
type rawMatch struct {
	wi, wj int
	e      *entry
}

// scan finds the longest dictionary names in text, left to right, without
// overlaps. The normalised text, its words and the matches are in the
// returned scratch, which the caller gives back with g.pool.Put when done.
func (g *Gazetteer) scan(text string) *scratch {
	sc := g.pool.Get().(*scratch)
	norm, toks := normalizeInto(sc.norm[:0], text, sc.toks[:0])
	sc.norm, sc.toks = norm, toks
	out := sc.raw[:0]
	for i := 0; i < len(toks); {
		var ps []pattern
		if w := norm[toks[i].ns:toks[i].ne]; len(w) > 0 {
			h := toks[i].h
			if k := foldHash(h); g.firstWords[k>>6]&(1<<(k&63)) != 0 {
				ps = g.first.lookup(w, h)
			}
		}
		matched := false
		for _, p := range ps {
			if i+len(p.words) > len(toks) {
				continue
			}
			ok := true
			for k := 1; k < len(p.words); k++ {
				t := toks[i+k]
				if string(norm[t.ns:t.ne]) != p.words[k] {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			j := i + len(p.words)
			if p.e.exact != "" && !alnumKeyIs(text[toks[i].start:toks[j-1].end], p.e.exact) {
				continue
			}
			out = append(out, rawMatch{wi: i, wj: j, e: p.e})
			i = j
			matched = true
			break
		}
		if !matched {
			i++
		}
	}
	sc.raw = out
	return sc
}

// scratch is the reusable working memory of one scan.
type scratch struct {
	norm []byte
	toks []token
	raw  []rawMatch
}

// wordFilter is a bitset of hashed words: a word whose bit is clear is
// certainly not in the set it was built from, so most words of a text are
// rejected without a map lookup.
type wordFilter [1 << 16 / 64]uint64

func filterHash(w []byte) uint32 { return foldHash(fnv(w)) }

// fnv is the 32-bit FNV-1a hash of w.
func fnv(w []byte) uint32 {
	h := uint32(fnvOffset)
	for _, c := range w {
		h = (h ^ uint32(c)) * fnvPrime
	}
	return h
}

// foldHash folds a 32-bit hash to a wordFilter bit.
func foldHash(h uint32) uint32 { return (h ^ h>>16) & (1<<16 - 1) }

// firstTable maps the first word of every alias to its patterns: an
// open-addressing table over FNV hashes, so that scan, which has the hash
// of every word it tests, looks a word up without hashing it again.
type firstTable struct {
	slots []firstSlot
	mask  uint32
}

type firstSlot struct {
	hash uint32
	word string
	ps   []pattern // nil for an empty slot
}

func newFirstTable(byFirst map[string][]pattern) firstTable {
	keys := make([]string, 0, len(byFirst))
	for k := range byFirst {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	size := 16
	for size < 4*len(keys) {
		size *= 2
	}
	t := firstTable{slots: make([]firstSlot, size), mask: uint32(size - 1)}
	for _, k := range keys {
		if len(byFirst[k]) == 0 {
			continue
		}
		h := fnv([]byte(k))
		i := (h ^ h>>15) & t.mask
		for t.slots[i].ps != nil {
			i = (i + 1) & t.mask
		}
		t.slots[i] = firstSlot{hash: h, word: k, ps: byFirst[k]}
	}
	return t
}

// lookup returns the patterns whose first word is w (with hash h), or nil.
func (t *firstTable) lookup(w []byte, h uint32) []pattern {
	for i := (h ^ h>>15) & t.mask; ; i = (i + 1) & t.mask {
		sl := &t.slots[i]
		if sl.ps == nil {
			return nil
		}
		if sl.hash == h && sl.word == string(w) {
			return sl.ps
		}
	}
}

func (f *wordFilter) add(w string) {
	k := filterHash([]byte(w))
	f[k>>6] |= 1 << (k & 63)
}

// mayHold reports whether w may be in the set.
func (f *wordFilter) mayHold(w []byte) bool {
	k := filterHash(w)
	return f[k>>6]&(1<<(k&63)) != 0
}

// ArmedFirstWords returns the first normalised word of every name of an
// armed group, mission or military force, sorted: a caller can pre-filter
// text that may name one.
func (g *Gazetteer) ArmedFirstWords() []string {
	var out []string
	for w, ps := range g.byFirst {
		for _, p := range ps {
			if k := p.e.kind; k == KindArmedGroup || k == KindMission || k == KindMilitary {
				out = append(out, w)
				break
			}
		}
	}
	sort.Strings(out)
	return out
}

// isForceWord reports whether w, after a country or demonym, names its
// armed forces.
func isForceWord(w []byte) bool {
	switch string(w) {
	case "army", "armed", "military", "troops", "soldiers", "forces", "force", "contingent",
		"battalion", "battalions", "defence", "defense", "security", "navy", "air", "special", "units",
		"soldier", "troop", "servicemen":
		return true
	}
	return false
}

// isGovWord reports whether w, after a country or demonym, names its
// government.
func isGovWord(w []byte) bool {
	switch string(w) {
	case "government", "authorities", "officials", "junta", "state", "regime", "administration",
		"cabinet", "leadership", "transitional", "ministry", "presidency", "executive":
		return true
	}
	return false
}

// isLocPrep reports whether w is a preposition after which a capital or a
// country names a place, not an actor.
func isLocPrep(w []byte) bool {
	switch string(w) {
	case "in", "at", "to", "from", "near", "into", "across", "throughout", "within", "outside",
		"around", "of", "toward", "towards", "inside", "over", "via", "through", "between", "and", "on",
		"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "for",
		"by":
		return true
	}
	return false
}

// Actors returns the actors named in text, in text order: armed groups,
// organisations, missions, persons, national armed forces ("the Malian army"
// -> "Malian armed forces"), governments ("the Sudanese authorities",
// "Bamako" used as a metonym -> "Government of Sudan", "Government of Mali")
// and countries acting as such ("France announced").
func (g *Gazetteer) Actors(text string) []Match {
	sc := g.scan(text)
	defer g.pool.Put(sc)
	return g.actors(nil, sc.norm, sc.toks, sc.raw)
}

// Find returns both the actors and the places of text (as Actors and
// Places do) from a single scan.
func (g *Gazetteer) Find(text string) (actors, places []Match) {
	return g.FindInto(text, nil, nil)
}

// FindInto is Find appending the actors and places to the given slices
// (which may be nil or reused buffers, emptied first) instead of
// allocating new ones.
func (g *Gazetteer) FindInto(text string, actors, places []Match) ([]Match, []Match) {
	sc := g.scan(text)
	defer g.pool.Put(sc)
	return g.actors(actors[:0], sc.norm, sc.toks, sc.raw), g.places(places[:0], sc.norm, sc.toks, sc.raw)
}

func (g *Gazetteer) actors(out []Match, norm []byte, toks []token, raw []rawMatch) []Match {
	word := func(i int) []byte {
		if i < 0 || i >= len(toks) {
			return nil
		}
		return norm[toks[i].ns:toks[i].ne]
	}
	for _, m := range raw {
		e := m.e
		start, end := toks[m.wi].start, toks[m.wj-1].end
		switch e.kind {
		case KindArmedGroup, KindOrganisation, KindMission, KindMilitary, KindPerson, KindGovernment:
			out = append(out, Match{Start: start, End: end, Canonical: e.canonical, Country: e.country, Kind: e.kind})
		case KindCountry, kindDemonym, kindCapital:
			next := word(m.wj)
			prev := word(m.wi - 1)
			switch {
			case isForceWord(next) && e.kind != kindCapital:
				j := m.wj + 1
				for j < len(toks) && j < m.wj+3 && isForceWord(word(j)) {
					j++
				}
				out = append(out, Match{Start: start, End: toks[j-1].end, Canonical: g.armedForces(e.country), Country: e.country, Kind: KindMilitary})
			case isGovWord(next) && e.kind != kindCapital:
				out = append(out, Match{Start: start, End: toks[m.wj].end, Canonical: g.governmentOf(e.country), Country: e.country, Kind: KindGovernment})
			case (string(prev) == "in" || string(prev) == "of") && isGovWord(word(m.wi-2)):
				// "the government in Bamako", "the government of Mali"
				out = append(out, Match{Start: toks[m.wi-2].start, End: end, Canonical: g.governmentOf(e.country), Country: e.country, Kind: KindGovernment})
			case e.kind == kindDemonym || isLocPrep(prev):
				// an adjective or a place, not an actor
			case e.kind == kindCapital:
				out = append(out, Match{Start: start, End: end, Canonical: g.governmentOf(e.country), Country: e.country, Kind: KindGovernment})
			default:
				out = append(out, Match{Start: start, End: end, Canonical: e.canonical, Country: e.country, Kind: KindCountry})
			}
		}
	}
	return out
}

// Places returns the countries, regions and cities named in text, in text
// order. Demonyms are not places; a demonym or country that heads a
// government or army phrase ("Malian army") is left out too.
func (g *Gazetteer) Places(text string) []Match {
	sc := g.scan(text)
	defer g.pool.Put(sc)
	return g.places(nil, sc.norm, sc.toks, sc.raw)
}

func (g *Gazetteer) places(out []Match, norm []byte, toks []token, raw []rawMatch) []Match {
	for _, m := range raw {
		e := m.e
		start, end := toks[m.wi].start, toks[m.wj-1].end
		switch e.kind {
		case KindCountry:
			if m.wj < len(toks) {
				next := norm[toks[m.wj].ns:toks[m.wj].ne]
				if isForceWord(next) || isGovWord(next) {
					continue
				}
			}
			out = append(out, Match{Start: start, End: end, Canonical: e.canonical, Country: e.country, Kind: KindCountry})
		case kindCapital:
			out = append(out, Match{Start: start, End: end, Canonical: e.canonical, Country: e.country, Kind: KindCity})
		case KindCity, KindRegion:
			out = append(out, Match{Start: start, End: end, Canonical: e.canonical, Country: e.country, Kind: e.kind})
		}
	}
	return out
}

// Country returns the ISO 3166-1 alpha-3 code of a country name, alias or
// demonym ("Mali", "Malian", "Ivory Coast", "Burma"), or of the code itself.
func (g *Gazetteer) Country(name string) (iso3 string, ok bool) {
	name = strings.TrimSpace(name)
	if len(name) == 3 {
		if _, known := g.names[name]; known {
			return name, true
		}
	}
	if name == "US" || name == "U.S." || name == "USA" || name == "UK" || name == "U.K." || name == "UAE" || name == "DRC" || name == "CAR" || name == "PRC" || name == "DPRK" {
		name = strings.ReplaceAll(name, ".", "")
		switch name {
		case "US", "USA":
			return "USA", true
		case "UK":
			return "GBR", true
		case "UAE":
			return "ARE", true
		case "DRC":
			return "COD", true
		case "CAR":
			return "CAF", true
		case "PRC":
			return "CHN", true
		case "DPRK":
			return "PRK", true
		}
	}
	n := Normalize(name)
	n = strings.TrimPrefix(n, "the ")
	iso3, ok = g.countryOf[n]
	return iso3, ok
}

// CountryName returns the canonical name of an ISO 3166-1 alpha-3 code.
func (g *Gazetteer) CountryName(iso3 string) (string, bool) {
	n, ok := g.names[iso3]
	return n, ok
}

// Demonym returns the main demonym of a country ("MLI" -> "Malian"), or the
// country name when none is known.
func (g *Gazetteer) Demonym(iso3 string) string {
	if d, ok := g.demonyms[iso3]; ok {
		return d
	}
	return g.names[iso3]
}

// Demonyms returns the main demonym of every country that has one
// ("Malian", "Israeli"), sorted.
func (g *Gazetteer) Demonyms() []string {
	out := make([]string, 0, len(g.demonyms))
	for _, d := range g.demonyms {
		out = append(out, d)
	}
	sort.Strings(out)
	return out
}

// governmentOf is the canonical name of the government of a country.
func (g *Gazetteer) governmentOf(iso3 string) string {
	if n, ok := g.govNames[iso3]; ok {
		return n
	}
	return "Government of " + g.names[iso3]
}

// armedForces is the canonical name of the armed forces of a country.
func (g *Gazetteer) armedForces(iso3 string) string {
	if n, ok := g.armyNames[iso3]; ok {
		return n
	}
	return g.Demonym(iso3) + " armed forces"
}
