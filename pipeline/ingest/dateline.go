package ingest

import (
	"strings"
	"time"

	"eventtimeline/pipeline/model"
)

// Where Dateline looks.
const (
	datelineHead     = 2000  // bytes at the start: any dateline form
	datelineTail     = 3000  // bytes at the end: any dateline form
	datelinePlaceWin = 16384 // bytes at the start: "Place, date" lines only
)

// Dateline finds a publication dateline near the start (first ~2000 bytes)
// or the end (last ~3000 bytes) of a text:
//
//	Dakar/Brussels, 28 May 2019          a place, then a date, alone on a line
//	NAIROBI, March 3, 2021 — The ...     a place and a date opening the first paragraph
//	Published on 12 January 2020         after "Published", "Posted", "Updated", "Dated"
//	June 3, 2024                         a date alone on a line (a weekday may precede it)
//
// Only dates with a year count. It returns a day-precision anchor, or
// month precision when the dateline gives only a month and year. Reports put
// their "Place, date" line after a long summary, so that form is also looked
// for in the first 16 KB. At the start the first match wins, at the end the
// last one; the start is preferred.
func Dateline(text string) (model.Anchor, bool) {
	head := clipEnd(text, datelineHead)
	if a, ok := scanDatelines(head, false, false); ok {
		return a, true
	}
	if len(text) > datelineHead {
		if a, ok := scanDatelines(clipEnd(text, datelinePlaceWin), true, false); ok {
			return a, true
		}
	}
	if len(text) > datelineHead {
		tail := text
		if len(tail) > datelineTail {
			tail = clipStart(text, len(text)-datelineTail)
		}
		if a, ok := scanDatelines(tail, false, true); ok {
			return a, true
		}
	}
	return model.Anchor{}, false
}

// clipEnd returns s[:n] cut back to a line boundary when possible.
func clipEnd(s string, n int) string {
	if len(s) <= n {
		return s
	}
	if i := strings.LastIndexByte(s[:n], '\n'); i > n/2 {
		return s[:i]
	}
	return s[:n]
}

// clipStart returns s[from:] moved forward to a line start when possible.
func clipStart(s string, from int) string {
	if i := strings.IndexByte(s[from:], '\n'); i >= 0 && i < 500 {
		return s[from+i+1:]
	}
	return s[from:]
}

// scanDatelines looks at every line of s; placeOnly keeps only the
// "Place, date" form alone on its line; last returns the last match.
func scanDatelines(s string, placeOnly, last bool) (model.Anchor, bool) {
	var found model.Anchor
	ok := false
	for len(s) > 0 {
		var ln string
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			ln, s = s[:i], s[i+1:]
		} else {
			ln, s = s, ""
		}
		if a, good := datelineOf(strings.TrimSpace(ln), placeOnly); good {
			found, ok = a, true
			if !last {
				return found, true
			}
		}
	}
	return found, ok
}

// datelineOf recognises one line as a dateline.
func datelineOf(ln string, placeOnly bool) (model.Anchor, bool) {
	if len(ln) < 6 || len(ln) > 400 {
		return model.Anchor{}, false
	}
	if !placeOnly {
		// "Published on 12 January 2020", "Updated: June 3, 2024 10:15 GMT".
		lower := strings.ToLower(ln[:min(len(ln), 60)])
		for _, kw := range []string{"published", "posted", "updated", "dated", "date:", "first published"} {
			k := strings.Index(lower, kw)
			if k < 0 {
				continue
			}
			rest := strings.TrimLeft(ln[k+len(kw):], " :–—-")
			for _, p := range []string{"on ", "On "} {
				rest = strings.TrimPrefix(rest, p)
			}
			rest = skipWeekday(rest)
			if a, n := parseDate(rest); n > 0 {
				return a, true
			}
		}
		// A date alone on the line ("June 3, 2024", "Monday 3 June 2024").
		rest := skipWeekday(ln)
		if a, n := parseDate(rest); n > 0 && onlyTrailer(rest[n:]) {
			return a, true
		}
	}
	// "Place, date", "PLACE/Other, date —" or "PLACE, Country, date —".
	for from, parts := 0, 0; parts < 3; parts++ {
		c := strings.IndexByte(ln[from:], ',')
		if c < 0 || from+c > 60 || !placeName(ln[from:from+c]) {
			break
		}
		from += c + 1
		if a, ok := dateAfterPlace(ln[from:], placeOnly); ok {
			return a, true
		}
	}
	return model.Anchor{}, false
}

// dateAfterPlace parses the date after "Place," and what may follow it.
func dateAfterPlace(rest string, placeOnly bool) (model.Anchor, bool) {
	rest = skipWeekday(strings.TrimSpace(rest))
	a, n := parseDate(rest)
	if n == 0 {
		return model.Anchor{}, false
	}
	tail := strings.TrimSpace(rest[n:])
	if onlyTrailer(tail) {
		return a, true
	}
	if placeOnly {
		return model.Anchor{}, false
	}
	// A news dateline opening the first paragraph: "NAIROBI, March 3, 2021 — The ...".
	for _, d := range []string{"—", "–", "-", "(", ":"} {
		if strings.HasPrefix(tail, d) {
			return a, true
		}
	}
	return model.Anchor{}, false
}

// onlyTrailer reports whether what follows a date is nothing, punctuation,
// or a time of day.
func onlyTrailer(t string) bool {
	t = strings.TrimSpace(t)
	t = strings.TrimLeft(t, ".,;:–—-|")
	t = strings.TrimSpace(t)
	if t == "" {
		return true
	}
	// "10:15 GMT", "at 10:15", "10.15am"
	t = strings.TrimPrefix(t, "at ")
	return len(t) <= 16 && t[0] >= '0' && t[0] <= '9' && strings.ContainsAny(t, ":.") && !strings.Contains(t, " and ")
}

// placeName reports whether p looks like one or more place names joined by
// "/" or "-": capitalised words, at most five of them.
func placeName(p string) bool {
	p = strings.TrimSpace(p)
	if p == "" {
		return false
	}
	words := 0
	for _, part := range strings.FieldsFunc(p, func(r rune) bool { return r == '/' || r == ' ' || r == '-' }) {
		words++
		if words > 5 {
			return false
		}
		if !startsUpper(part) {
			switch part {
			case "of", "de", "du", "la", "le", "es", "al", "el", "upon", "on":
				continue
			}
			return false
		}
		for _, r := range part {
			if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= 0xC0 && r <= 0x24F || r == '.' || r == '\'' || r == '’') {
				return false
			}
		}
	}
	return words > 0
}

var weekdays = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}

// skipWeekday drops a leading weekday name ("Monday, ", "Tue ").
func skipWeekday(t string) string {
	t = strings.TrimSpace(t)
	end := 0
	for end < len(t) && isASCIILetter(t[end]) {
		end++
	}
	w := strings.ToLower(t[:end])
	for _, d := range weekdays {
		if w == d {
			rest := strings.TrimLeft(t[end:], ".,")
			return strings.TrimSpace(rest)
		}
	}
	return t
}

var months = []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}

// monthAt parses a month name (full, or a 3-4 letter abbreviation with an
// optional dot) at the start of t.
func monthAt(t string) (time.Month, int) {
	end := 0
	for end < len(t) && isASCIILetter(t[end]) {
		end++
	}
	if end < 3 {
		return 0, 0
	}
	w := strings.ToLower(t[:end])
	for i, m := range months {
		if w == m || (len(w) <= 4 && strings.HasPrefix(m, w) && (len(w) == 3 || w == "sept")) {
			n := end
			if n < len(t) && t[n] == '.' && w != m {
				n++
			}
			return time.Month(i + 1), n
		}
	}
	return 0, 0
}

// numAt parses 1..maxDigits digits at the start of t.
func numAt(t string, maxDigits int) (int, int) {
	i := 0
	for i < len(t) && i < maxDigits && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i == 0 || i < len(t) && t[i] >= '0' && t[i] <= '9' {
		return 0, 0
	}
	return atoi(t[:i]), i
}

// parseDate parses a date with a year at the start of t: "28 May 2019",
// "28th May, 2019", "March 3, 2021", "March 3 2021", "May 2019", "2021-03-03".
// n is the number of bytes used, 0 when t does not start with such a date.
func parseDate(t string) (model.Anchor, int) {
	validYear := func(y int) bool { return y >= 1900 && y <= 2100 }
	// ISO 2021-03-03.
	if len(t) >= 10 && t[4] == '-' && t[7] == '-' && allDigits(t[:4]) && allDigits(t[5:7]) && allDigits(t[8:10]) &&
		(len(t) == 10 || t[10] < '0' || t[10] > '9') {
		y, m, d := atoi(t[:4]), atoi(t[5:7]), atoi(t[8:10])
		if a, ok := day(y, m, d); ok && validYear(y) {
			return a, 10
		}
		return model.Anchor{}, 0
	}
	// Day first: "28 May 2019", "28th May, 2019".
	if d, n := numAt(t, 2); n > 0 {
		i := n
		for _, suf := range []string{"st", "nd", "rd", "th"} {
			if strings.HasPrefix(t[i:], suf) {
				i += 2
				break
			}
		}
		i = skipSpaces(t, i)
		m, k := monthAt(t[i:])
		if k == 0 {
			return model.Anchor{}, 0
		}
		i = skipSpaces(t, i+k)
		if i < len(t) && t[i] == ',' {
			i = skipSpaces(t, i+1)
		}
		y, yn := numAt(t[i:], 4)
		if yn != 4 || !validYear(y) {
			return model.Anchor{}, 0
		}
		if a, ok := day(y, int(m), d); ok {
			return a, i + yn
		}
		return model.Anchor{}, 0
	}
	// Month first: "March 3, 2021", "March 2021".
	m, k := monthAt(t)
	if k == 0 {
		return model.Anchor{}, 0
	}
	i := skipSpaces(t, k)
	if y, yn := numAt(t[i:], 4); yn == 4 && validYear(y) {
		a, err := model.ParseValue(yearMonth(y, m))
		if err != nil {
			return model.Anchor{}, 0
		}
		return a, i + yn
	}
	d, dn := numAt(t[i:], 2)
	if dn == 0 {
		return model.Anchor{}, 0
	}
	i += dn
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasPrefix(t[i:], suf) {
			i += 2
			break
		}
	}
	if i < len(t) && t[i] == ',' {
		i++
	}
	i = skipSpaces(t, i)
	y, yn := numAt(t[i:], 4)
	if yn != 4 || !validYear(y) {
		return model.Anchor{}, 0
	}
	if a, ok := day(y, int(m), d); ok {
		return a, i + yn
	}
	return model.Anchor{}, 0
}

func skipSpaces(t string, i int) int {
	for i < len(t) && (t[i] == ' ' || t[i] == '\t') {
		i++
	}
	if i+1 < len(t) && t[i] == 0xC2 && t[i+1] == 0xA0 {
		return skipSpaces(t, i+2)
	}
	return i
}

func day(y, m, d int) (model.Anchor, bool) {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return model.Anchor{}, false
	}
	a := model.DayValue(y, time.Month(m), d)
	if a.Begin.Time().Day() != d {
		return model.Anchor{}, false
	}
	return a, true
}

func yearMonth(y int, m time.Month) string {
	return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
}
