package model

import "testing"

func TestParseValue(t *testing.T) {
	tests := []struct {
		in          string
		begin, last string
		prec        Precision
		bad         bool
	}{
		{in: "2020-08-18", begin: "2020-08-18", last: "2020-08-18", prec: PrecDay},
		{in: "2020-02", begin: "2020-02-01", last: "2020-02-29", prec: PrecMonth},
		{in: "2021", begin: "2021-01-01", last: "2021-12-31", prec: PrecYear},
		{in: "2020-SU", begin: "2020-06-01", last: "2020-08-31", prec: PrecSeason},
		{in: "2023-WI", begin: "2023-12-01", last: "2024-02-29", prec: PrecSeason},
		{in: "2020-Q3", begin: "2020-07-01", last: "2020-09-30", prec: PrecQuarter},
		{in: "2020-H2", begin: "2020-07-01", last: "2020-12-31", prec: PrecHalf},
		{in: "2020-W01", begin: "2019-12-30", last: "2020-01-05", prec: PrecWeek},
		{in: "199X", begin: "1990-01-01", last: "1999-12-31", prec: PrecDecade},
		{in: "1990s", begin: "1990-01-01", last: "1999-12-31", prec: PrecDecade},
		{in: "2020-10/2021-03", begin: "2020-10-01", last: "2021-03-31", prec: PrecMonth},
		{in: "2017-03-27/2017-04-03", begin: "2017-03-27", last: "2017-04-03", prec: PrecDay},
		{in: "2021-13", bad: true},
		{in: "2021-02-30", bad: true},
		{in: "2021-05/2020-01", bad: true},
		{in: "abcd", bad: true},
		{in: "", bad: true},
	}
	for _, tc := range tests {
		a, err := ParseValue(tc.in)
		if tc.bad {
			if err == nil {
				t.Errorf("ParseValue(%q) = %+v, want error", tc.in, a)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseValue(%q): %v", tc.in, err)
			continue
		}
		if a.Begin.String() != tc.begin || a.Last.String() != tc.last || a.Precision != tc.prec {
			t.Errorf("ParseValue(%q) = %s..%s %s, want %s..%s %s", tc.in, a.Begin, a.Last, a.Precision, tc.begin, tc.last, tc.prec)
		}
	}
}

func TestOffsetMap(t *testing.T) {
	var m OffsetMap
	m.Add(0, 0)
	m.Add(5, 5)   // continues: no new run
	m.Add(10, 13) // 3 raw bytes dropped before text offset 10
	if m.Len() != 2 {
		t.Fatalf("Len = %d, want 2", m.Len())
	}
	for _, c := range []struct{ text, raw int }{{0, 0}, {9, 9}, {10, 13}, {12, 15}} {
		if got := m.Raw(c.text); got != c.raw {
			t.Errorf("Raw(%d) = %d, want %d", c.text, got, c.raw)
		}
	}
	if got := m.RawEnd(10); got != 10 {
		t.Errorf("RawEnd(10) = %d, want 10", got)
	}
}
