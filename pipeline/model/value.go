package model

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// ParseValue parses a TIMEX3-style value as the guidelines write it and
// returns the inclusive range of days it covers:
//
//	2020-08-18  day        2020-08  month      2020  year      199X decade (also "1990s")
//	2020-SP/SU/FA/WI season (WI runs December to February of the next year)
//	2020-Q1..Q4 quarter    2020-H1/H2 half     2020-W07 ISO week
//	A/B         interval from the start of A to the end of B; its precision
//	            is the coarser of the two ends.
func ParseValue(v string) (Anchor, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return Anchor{}, fmt.Errorf("empty time value")
	}
	if i := strings.IndexByte(v, '/'); i >= 0 {
		a, err := ParseValue(v[:i])
		if err != nil {
			return Anchor{}, err
		}
		b, err := ParseValue(v[i+1:])
		if err != nil {
			return Anchor{}, err
		}
		if b.Last < a.Begin {
			return Anchor{}, fmt.Errorf("time value %q: interval ends before it starts", v)
		}
		p := a.Precision
		if b.Precision > p {
			p = b.Precision
		}
		return Anchor{Value: v, Begin: a.Begin, Last: b.Last, Precision: p}, nil
	}
	bad := func() (Anchor, error) { return Anchor{}, fmt.Errorf("time value %q: not a TIMEX3 date", v) }
	if len(v) < 4 {
		return bad()
	}
	// Decades: "199X" or "1990s".
	if (len(v) == 4 && (v[3] == 'X' || v[3] == 'x')) || (len(v) == 5 && v[4] == 's' && v[3] == '0') {
		d, err := strconv.Atoi(v[:3])
		if err != nil {
			return bad()
		}
		y := d * 10
		return Anchor{Value: v, Begin: DateOf(y, 1, 1), Last: DateOf(y+9, 12, 31), Precision: PrecDecade}, nil
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil || y < 1 {
		return bad()
	}
	if len(v) == 4 {
		return Anchor{Value: v, Begin: DateOf(y, 1, 1), Last: DateOf(y, 12, 31), Precision: PrecYear}, nil
	}
	if v[4] != '-' {
		return bad()
	}
	rest := v[5:]
	switch {
	case rest == "SP":
		return Anchor{Value: v, Begin: DateOf(y, 3, 1), Last: DateOf(y, 5, 31), Precision: PrecSeason}, nil
	case rest == "SU":
		return Anchor{Value: v, Begin: DateOf(y, 6, 1), Last: DateOf(y, 8, 31), Precision: PrecSeason}, nil
	case rest == "FA":
		return Anchor{Value: v, Begin: DateOf(y, 9, 1), Last: DateOf(y, 11, 30), Precision: PrecSeason}, nil
	case rest == "WI":
		return Anchor{Value: v, Begin: DateOf(y, 12, 1), Last: DateOf(y+1, 3, 1) - 1, Precision: PrecSeason}, nil
	case len(rest) == 2 && rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4':
		q := int(rest[1] - '0')
		m := time.Month(3*q - 2)
		return Anchor{Value: v, Begin: DateOf(y, m, 1), Last: DateOf(y, m+3, 1) - 1, Precision: PrecQuarter}, nil
	case len(rest) == 2 && rest[0] == 'H' && (rest[1] == '1' || rest[1] == '2'):
		m := time.Month(1 + 6*int(rest[1]-'1'))
		return Anchor{Value: v, Begin: DateOf(y, m, 1), Last: DateOf(y, m+6, 1) - 1, Precision: PrecHalf}, nil
	case len(rest) == 3 && rest[0] == 'W':
		w, err := strconv.Atoi(rest[1:])
		if err != nil || w < 1 || w > 53 {
			return bad()
		}
		// ISO week 1 holds January 4th.
		jan4 := DateOf(y, 1, 4)
		wd := int(jan4.Time().Weekday()+6) % 7 // Monday = 0
		begin := jan4 - Date(wd) + Date(7*(w-1))
		return Anchor{Value: v, Begin: begin, Last: begin + 6, Precision: PrecWeek}, nil
	}
	if len(rest) == 2 {
		m, err := strconv.Atoi(rest)
		if err != nil || m < 1 || m > 12 {
			return bad()
		}
		return Anchor{Value: v, Begin: DateOf(y, time.Month(m), 1), Last: DateOf(y, time.Month(m)+1, 1) - 1, Precision: PrecMonth}, nil
	}
	if len(rest) == 5 && rest[2] == '-' {
		m, err1 := strconv.Atoi(rest[:2])
		d, err2 := strconv.Atoi(rest[3:])
		if err1 != nil || err2 != nil || m < 1 || m > 12 || d < 1 {
			return bad()
		}
		day := DateOf(y, time.Month(m), d)
		if day.Time().Day() != d { // 2021-02-30 rolls over
			return bad()
		}
		return Anchor{Value: v, Begin: day, Last: day, Precision: PrecDay}, nil
	}
	return bad()
}

// DayValue returns the day-precision anchor of a calendar day.
func DayValue(y int, m time.Month, d int) Anchor {
	day := DateOf(y, m, d)
	return Anchor{Value: day.String(), Begin: day, Last: day, Precision: PrecDay}
}
