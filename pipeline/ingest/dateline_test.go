package ingest

import (
	"strings"
	"testing"
)

func TestDateline(t *testing.T) {
	long := strings.Repeat("The conflict continued through the year, with talks stalling repeatedly.\n", 60)
	tests := []struct {
		name, text, want string
	}{
		{"report place line", "Title\n\nSummary text.\n\nDakar/Brussels, 28 May 2019\n\nIntroduction", "2019-05-28"},
		{"wire dateline", "NAIROBI, March 3, 2021 — Rebels and the government signed a truce.", "2021-03-03"},
		{"reuters style", "GOMA, Congo, Jan 5 2024 (Reuters) - Fighting resumed.", "2024-01-05"},
		{"reuters with year", "KHARTOUM, April 15, 2023 (Reuters) - Fighting erupted.", "2023-04-15"},
		{"published on", "Analysis\nPublished on 12 January 2020\nThe talks...", "2020-01-12"},
		{"updated with time", "Updated: June 3, 2024 10:15 GMT\nStory text.", "2024-06-03"},
		{"date alone", "Headline here\nJune 3, 2024\nBody text follows.", "2024-06-03"},
		{"weekday and date", "Monday, 7 November 2022\nBody.", "2022-11-07"},
		{"ordinal", "Posted on the 2nd?\nPosted: 2nd March, 2022\n", "2022-03-02"},
		{"month only", "Dialogue report\nMay 2024\nText.", "2024-05"},
		{"iso", "Date: 2023-09-30\nText", "2023-09-30"},
		{"no year", "NAIROBI, March 3 — Rebels signed a truce.", ""},
		{"body date is not a dateline", "In March 2017, four groups merged to form a coalition.", ""},
		{"impossible date", "Published on 31 February 2020\n", ""},
		{"at the end", long + "\nBamako, 10 December 2021\n", "2021-12-10"},
		{"place line after long summary", strings.Repeat("Summary sentence of the report goes here.\n", 100) + "Bamako/Dakar/Brussels, 10 December 2021\n" + long + long, "2021-12-10"},
		{"not a place", "The army said, 12 May 2020 was the day.", ""},
		{"lower-case place", "in the capital, 12 May 2020\n", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, ok := Dateline(tc.text)
			if tc.want == "" {
				if ok {
					t.Errorf("Dateline = %q, want none", a.Value)
				}
				return
			}
			if !ok || a.Value != tc.want {
				t.Errorf("Dateline = %q (%v), want %q", a.Value, ok, tc.want)
			}
		})
	}
}
