package resolve

import (
	"strings"

	"eventtimeline/pipeline/gazetteer"
	"eventtimeline/pipeline/model"
)

// govPrefix is how the gazetteer names a state's government as an actor.
const govPrefix = "Government of "

// states tells which actor and place names stand for a whole state: a bare
// country name ("Mali", "Sudan") or a government ("Government of Mali").
// Such a name adds nothing to the mention's own country, so it is not
// evidence that two mentions of that country describe the same event. It
// caches the gazetteer's answers for one Resolve call.
type states struct {
	gaz   *gazetteer.Gazetteer
	cache map[string]string // name -> ISO3 of the state it names, "" for none
}

func newStates() *states {
	return &states{gaz: gazetteer.Default(), cache: map[string]string{}}
}

// of returns the ISO 3166-1 alpha-3 code of the state that name stands for,
// or "" when it is not a country or a government.
func (s *states) of(name string) string {
	if v, ok := s.cache[name]; ok {
		return v
	}
	v := ""
	n := strings.TrimPrefix(name, govPrefix)
	if iso, ok := s.gaz.Country(n); ok {
		v = iso
	}
	s.cache[name] = v
	return v
}

// generic reports whether name (an actor or a place of a mention located in
// country) only repeats that country: "Mali" or "Government of Mali" in a
// mention set in Mali. A foreign state ("France" in Mali, "Government of
// Mali" at talks in Algiers) is specific.
func (s *states) generic(name, country string) bool {
	return country != "" && name != "" && s.of(name) == country
}

// narrow applies an "early", "mid" or "late" qualifier to the day range of
// a month or coarser time: early is the first half, late the second half,
// mid the middle half ("early 2019" is January to early July). Halves are
// generous on purpose: the qualifier only has to rule out events at the far
// end of the range. Other qualifiers and day or week ranges are returned
// unchanged.
func narrow(b, l model.Date, qualifier string) (model.Date, model.Date) {
	n := l - b + 1
	if n < 28 {
		return b, l
	}
	switch qualifier {
	case "early":
		return b, b + (n-1)/2
	case "late":
		return l - (n-1)/2, l
	case "mid":
		return b + n/4, l - n/4
	}
	return b, l
}
