package temporal

import (
	"strings"
	"testing"

	"eventtimeline/pipeline/model"
)

// splitDoc builds a document from text, with a sentence ending at every
// ". " and every newline (a blank line between two sentences starts a
// paragraph, as in news copy).
func splitDoc(t *testing.T, text, pub string) *model.Document {
	t.Helper()
	doc := &model.Document{ID: "t", Text: text, Published: anchor(t, pub)}
	start := 0
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] != '\n' && !(text[i] == '.' && i+1 < len(text) && text[i+1] == ' ') {
			continue
		}
		end := i
		if i < len(text) && text[i] == '.' {
			end++
		}
		if s := strings.TrimSpace(text[start:end]); s != "" {
			lead := strings.Index(text[start:end], s)
			doc.Sentences = append(doc.Sentences, model.Sentence{Index: len(doc.Sentences), Start: start + lead, End: start + lead + len(s)})
		}
		start = end
	}
	return doc
}

// TestAnaphora checks times that point back to the time just named:
// "that year", "14 August of that year", "that evening", "that Sunday",
// and "the year" of a narrated past.
func TestAnaphora(t *testing.T) {
	tests := []struct {
		name string
		text string
		pub  string
		want []want // the timexes of the whole document, in order
	}{
		{"day and month of that year",
			"The statute was adopted in March 2011. It took effect on 2 September of that year, officials said.", "2024-05-01",
			[]want{{text: "March 2011", value: "2011-03"}, {text: "2 September of that year", value: "2011-09-02", rel: true}}},
		{"month of the following year",
			"Rebels overran the town in 2015. In May the following year, the army retook it.", "2024-05-01",
			[]want{{text: "2015", value: "2015"}, {text: "May the following year", value: "2016-05", rel: true}}},
		{"US-style date of the previous year",
			"The envoy resigned in 2019. He had opened the talks on July 10 the previous year.", "2024-05-01",
			[]want{{text: "2019", value: "2019"}, {text: "July 10 the previous year", value: "2018-07-10", rel: true}}},
		{"season of that year",
			"The junta took power in 2012. In the spring of that year, the north fell.", "2024-05-01",
			[]want{{text: "2012", value: "2012"}, {text: "the spring of that year", value: "2012-SP", rel: true}}},
		{"that year after a yearless date takes the narrated year, not the publication's",
			"Talks opened in Nairobi in 2009. On 12 June that year the parties signed a truce. By the end of that year it had collapsed.", "2024-05-01",
			[]want{{text: "2009", value: "2009"}, {text: "12 June that year", value: "2009-06-12", rel: true},
				{text: "By the end of that year", value: "2009", qual: "by", rel: true}}},
		{"that year, the same year, later that year follow the last time",
			"The militia was founded in 1998. That year it seized two districts. The same year, envoys met its leaders. Later that year, a truce was agreed.", "2024-05-01",
			[]want{{text: "1998", value: "1998"}, {text: "That year", value: "1998", rel: true},
				{text: "The same year", value: "1998", rel: true}, {text: "Later that year", value: "1998", rel: true}}},
		{"following and previous year",
			"A truce held through 2004. The following year, fighting resumed. The previous year had been calm.", "2024-05-01",
			[]want{{text: "2004", value: "2004"}, {text: "The following year", value: "2005", rel: true}, {text: "The previous year", value: "2003", rel: true}}},
		{"that year after a chained year is the chained one",
			"The militia was founded in 1998. Two years later, it split. That year, its leader was killed.", "2024-05-01",
			[]want{{text: "1998", value: "1998"}, {text: "Two years later", value: "2000", rel: true}, {text: "That year", value: "2000", rel: true}}},
		{"earlier that month",
			"The convoy was ambushed in October 2020. Earlier that month, the rebels had threatened it.", "2024-05-01",
			[]want{{text: "October 2020", value: "2020-10"}, {text: "Earlier that month", value: "2020-10", rel: true}}},
		{"the end of last year is the year before publication",
			"Most troops had left by the end of last year, the ministry said.", "2024-05-01",
			[]want{{text: "by the end of last year", value: "2023", qual: "by", rel: true}}},

		// The year the text narrates.
		{"the end of the year in a past narrative of another year",
			"Negotiators met in Doha in April 2019. By the end of the year, the envoys had agreed on a framework.", "2021-03-10",
			[]want{{text: "April 2019", value: "2019-04"}, {text: "By the end of the year", value: "2019", qual: "by", rel: true}}},
		{"a future verb keeps the publication year",
			"Negotiators met in Doha in April 2019. By the end of the year, the envoys will sign a framework.", "2021-03-10",
			[]want{{text: "April 2019", value: "2019-04"}, {text: "By the end of the year", value: "2021", qual: "by", rel: true}}},
		{"a present verb keeps the publication year",
			"Negotiators met in Doha in April 2019. By the end of the year, the mission is expected to shrink.", "2021-03-10",
			[]want{{text: "April 2019", value: "2019-04"}, {text: "By the end of the year", value: "2021", qual: "by", rel: true}}},
		{"a year of another paragraph, not the previous sentence, is not narrated",
			"Negotiators met in Doha in April 2019.\n\nAid groups fear a new offensive. Food prices have doubled. By the end of the year, the envoys had left the capital.", "2021-03-10",
			[]want{{text: "April 2019", value: "2019-04"}, {text: "By the end of the year", value: "2021", qual: "by", rel: true}}},
		{"the previous sentence counts across a paragraph break",
			"Negotiators met in Doha in April 2019.\n\nBy the end of the year, the envoys had left the capital.", "2021-03-10",
			[]want{{text: "April 2019", value: "2019-04"}, {text: "By the end of the year", value: "2019", qual: "by", rel: true}}},
		{"the same paragraph counts beyond the previous sentence",
			"Negotiators met in Doha in April 2019. Few expected progress. By the end of the year, the envoys had left the capital.", "2021-03-10",
			[]want{{text: "April 2019", value: "2019-04"}, {text: "By the end of the year", value: "2019", qual: "by", rel: true}}},
		{"later in the year in a past narrative",
			"Negotiators met in Doha in April 2019. Later in the year, the rebels walked out.", "2021-03-10",
			[]want{{text: "April 2019", value: "2019-04"}, {text: "Later in the year", value: "2019", rel: true}}},
		{"the first half of the year in a past narrative",
			"The war escalated in 2016. Attacks had doubled in the first half of the year.", "2021-03-10",
			[]want{{text: "2016", value: "2016"}, {text: "the first half of the year", value: "2016-H1", rel: true}}},
		{"the end of the month in a past narrative",
			"Fighting resumed on 3 May 2023. By the end of the month, thousands had fled.", "2023-08-15",
			[]want{{text: "3 May 2023", value: "2023-05-03"}, {text: "By the end of the month", value: "2023-05", qual: "by", rel: true}}},
		{"a narrated year equal to the publication year changes nothing",
			"Negotiators met in Doha in April 2021. By the end of the year, the envoys had left.", "2021-12-20",
			[]want{{text: "April 2021", value: "2021-04"}, {text: "By the end of the year", value: "2021", qual: "by", rel: true}}},

		// A day just named.
		{"that evening after a dated sentence",
			"Envoys landed in Juba on 4 March 2022. Late that evening the government announced a truce.", "2022-04-01",
			[]want{{text: "4 March 2022", value: "2022-03-04"}, {text: "that evening", value: "2022-03-04", rel: true}}},
		{"that night, that morning, later that day, the same day",
			"Envoys landed in Juba on 4 March 2022. That morning, the army held its fire. Later that day, rebels left the bridge. That night the truce held. The same day, aid entered the city.", "2022-04",
			[]want{{text: "4 March 2022", value: "2022-03-04"}, {text: "That morning", value: "2022-03-04", rel: true},
				{text: "Later that day", value: "2022-03-04", rel: true}, {text: "That night", value: "2022-03-04", rel: true},
				{text: "The same day", value: "2022-03-04", rel: true}}},
		{"that day takes the last day even after a month",
			"Envoys landed in Juba on 4 March 2022. Shelling had begun in February. That day, the army held its fire.", "2022-04-01",
			[]want{{text: "4 March 2022", value: "2022-03-04"}, {text: "February", value: "2022-02", rel: true}, {text: "That day", value: "2022-03-04", rel: true}}},
		{"that day with only a month named stays at the month",
			"Envoys landed in Juba in March 2022. That day, the army held its fire.", "2022-04-01",
			[]want{{text: "March 2022", value: "2022-03"}, {text: "That day", value: "2022-03", rel: true}}},
		{"that weekday is the day just named",
			"The referendum was held on 6 October 2024. Turnout was low that Sunday.", "2024-11",
			[]want{{text: "6 October 2024", value: "2024-10-06"}, {text: "that Sunday", value: "2024-10-06", rel: true}}},
		{"that weekday after the day named is the next such day",
			"Talks opened on 3 May 2023. That Friday the rebels walked out.", "2024-11",
			[]want{{text: "3 May 2023", value: "2023-05-03"}, {text: "That Friday", value: "2023-05-05", rel: true}}},
		{"chained days count from the day just named",
			"Talks opened on 3 May 2023. The next day, the rebels walked out. The following day, they came back.", "2024-11",
			[]want{{text: "3 May 2023", value: "2023-05-03"}, {text: "The next day", value: "2023-05-04", rel: true}, {text: "The following day", value: "2023-05-05", rel: true}}},
		{"the day before counts from the day, not a season named after it",
			"The truce took effect on 27 June 2021, ending clashes that had flared in the spring. The cabinet had approved it the day before.", "2021-09-01",
			[]want{{text: "27 June 2021", value: "2021-06-27"}, {text: "the spring", value: "2021-SP", rel: true}, {text: "the day before", value: "2021-06-26", rel: true}}},
		{"last night and this morning are publication days",
			"Gunmen attacked a checkpoint last night, and the army said this morning that it had repelled them.", "2022-07-14",
			[]want{{text: "last night", value: "2022-07-13", rel: true}, {text: "this morning", value: "2022-07-14", rel: true}}},
	}
	tg := New()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := splitDoc(t, tc.text, tc.pub)
			if err := tg.Process(doc); err != nil {
				t.Fatal(err)
			}
			got := doc.Timexes
			if len(got) != len(tc.want) {
				t.Fatalf("got %d timexes, want %d: %+v", len(got), len(tc.want), got)
			}
			for i, w := range tc.want {
				x := got[i]
				if x.Text != w.text || x.Value != w.value || x.Qualifier != w.qual || x.Relative != w.rel || x.Citation != w.cite {
					t.Errorf("timex %d = {%q %q q=%q rel=%v cite=%v}, want {%q %q q=%q rel=%v cite=%v}",
						i, x.Text, x.Value, x.Qualifier, x.Relative, x.Citation, w.text, w.value, w.qual, w.rel, w.cite)
				}
				if tc.text[x.Start:x.End] != x.Text {
					t.Errorf("timex %d span [%d,%d) = %q, text %q", i, x.Start, x.End, tc.text[x.Start:x.End], x.Text)
				}
				checkAnchor(t, x)
			}
		})
	}
}

func TestParaBreak(t *testing.T) {
	tests := []struct {
		gap  string
		want bool
	}{
		{"", false},
		{" ", false},
		{"\n", false},
		{"\n\n", true},
		{" \n \t\n", true},
		{"\r\n\r\n", true},
		{"\n—\n", false},
	}
	for _, tc := range tests {
		if got := paraBreak(tc.gap); got != tc.want {
			t.Errorf("paraBreak(%q) = %v, want %v", tc.gap, got, tc.want)
		}
	}
}
