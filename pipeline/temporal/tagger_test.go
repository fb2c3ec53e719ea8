package temporal

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"eventtimeline/pipeline/model"
)

// anchor parses a value for tests.
func anchor(t testing.TB, v string) model.Anchor {
	t.Helper()
	if v == "" {
		return model.Anchor{}
	}
	a, err := model.ParseValue(v)
	if err != nil {
		t.Fatalf("bad test anchor %q: %v", v, err)
	}
	return a
}

// want is one expected timex: its text, value, qualifier and flags.
type want struct {
	text, value, qual string
	rel, cite         bool
}

func TestFind(t *testing.T) {
	tests := []struct {
		name     string
		sentence string
		pub      string // publication date
		ref      string // previous time
		want     []want
	}{
		{"day month year", "The junta seized power on 18 August 2020 in Bamako.", "2021-01-05", "",
			[]want{{text: "18 August 2020", value: "2020-08-18"}}},
		{"US style with comma", "The accord was signed on October 19, 2021, in Khartoum.", "2021-12-01", "",
			[]want{{text: "October 19, 2021", value: "2021-10-19"}}},
		{"abbreviated month and day, year from anchor", "Rebels agreed to a truce on Oct. 19, officials said.", "2021-12-10", "",
			[]want{{text: "Oct. 19", value: "2021-10-19", rel: true}}},
		{"day month after publication in past tense: previous year", "Talks collapsed on 19 December after a week.", "2022-02-03", "",
			[]want{{text: "19 December", value: "2021-12-19", rel: true}}},
		{"day month before publication in future tense: next year", "The parties will meet again on 10 January.", "2021-12-20", "",
			[]want{{text: "10 January", value: "2022-01-10", rel: true}}},
		{"ordinal day of month", "Fighting stopped on the 3rd of March 2019.", "", "",
			[]want{{text: "3rd of March 2019", value: "2019-03-03"}}},
		{"month year", "Troops withdrew from Gao in October 2021.", "", "",
			[]want{{text: "October 2021", value: "2021-10"}}},
		{"bare month resolved to anchor year", "Fighting resumed in September, residents said.", "2021-12-10", "",
			[]want{{text: "September", value: "2021-09", rel: true}}},
		{"bare month after anchor month goes back a year", "The ceasefire was agreed in November.", "2022-03", "",
			[]want{{text: "November", value: "2021-11", rel: true}}},
		{"bare month with unknown anchor stays unresolved", "The ceasefire was agreed in November.", "", "",
			[]want{{text: "November", value: "", rel: false}}},
		{"may the modal verb is not a month", "The talks may resume, but May 2020 was calm.", "", "",
			[]want{{text: "May 2020", value: "2020-05"}}},
		{"bare year", "The mission was established in 2013 to support stability.", "", "",
			[]want{{text: "2013", value: "2013"}}},
		{"year as adjective without the article", "The 2015 Algiers accord remains unpopular.", "", "",
			[]want{{text: "2015", value: "2015"}}},
		{"quantities and resolutions are not years", "Resolution 2100 sent 2000 troops and 2,000 police; 1,500 fled.", "", "", nil},
		{"time of day is not a year", "The attack began at 2030 GMT near the border.", "", "", nil},
		{"mid year", "The groups fell out in mid-2019 over territory.", "", "",
			[]want{{text: "mid-2019", value: "2019", qual: "mid"}}},
		{"early year", "Early in 2020, the president offered talks.", "", "",
			[]want{{text: "Early in 2020", value: "2020", qual: "early"}}},
		{"late month year", "In late January 2022, France announced a review.", "", "",
			[]want{{text: "late January 2022", value: "2022-01", qual: "late"}}},
		{"end of year", "Troops must leave by the end of 2020, the minister said.", "", "",
			[]want{{text: "by the end of 2020", value: "2020", qual: "by"}}},
		{"summer of year", "The offensive began in the summer of 2020.", "", "",
			[]want{{text: "the summer of 2020", value: "2020-SU"}}},
		{"season before year", "Talks stalled in winter 2019, diplomats said.", "", "",
			[]want{{text: "winter 2019", value: "2019-WI"}}},
		{"quarter", "Exports fell in Q3 2020 and in the first quarter of 2021.", "", "",
			[]want{{text: "Q3 2020", value: "2020-Q3"}, {text: "the first quarter of 2021", value: "2021-Q1"}}},
		{"half", "Attacks doubled in the first half of 2020.", "", "",
			[]want{{text: "the first half of 2020", value: "2020-H1"}}},
		{"between months", "Militants besieged the town between October 2020 and March 2021.", "", "",
			[]want{{text: "between October 2020 and March 2021", value: "2020-10/2021-03"}}},
		{"from day to day", "From 27 March to 3 April 2017, delegates met in Bamako.", "", "",
			[]want{{text: "From 27 March to 3 April 2017", value: "2017-03-27/2017-04-03"}}},
		{"day range", "Delegates met on 27-29 March 2017 in the capital.", "", "",
			[]want{{text: "27-29 March 2017", value: "2017-03-27/2017-03-29"}}},
		{"month range with dash", "The operation ran in March-April 2017.", "", "",
			[]want{{text: "March-April 2017", value: "2017-03/2017-04"}}},
		{"between months, qualifier dropped", "Between March and mid-December 2017, the premier toured.", "", "",
			[]want{{text: "Between March and mid-December 2017", value: "2017-03/2017-12"}}},
		{"consecutive years", "Local deals were signed in Koro in 2020 and 2021.", "", "",
			[]want{{text: "2020 and 2021", value: "2020/2021"}}},
		{"non-consecutive years stay apart", "In 2017 and 2019, national conferences were held.", "", "",
			[]want{{text: "2017", value: "2017"}, {text: "2019", value: "2019"}}},
		{"since mid month: relational qualifier wins", "Clashes have continued since mid-April, the UN said.", "2021-06-15", "",
			[]want{{text: "since mid-April", value: "2021-04", qual: "since", rel: true}}},
		{"by month", "By November, French soldiers had withdrawn from Kidal.", "2021-12-10", "",
			[]want{{text: "By November", value: "2021-11", qual: "by", rel: true}}},
		{"before year", "The group had no presence there before 2019.", "", "",
			[]want{{text: "before 2019", value: "2019", qual: "before"}}},
		{"around", "The negotiations took place around June 2017.", "", "",
			[]want{{text: "around June 2017", value: "2017-06", qual: "circa"}}},
		{"decade", "The north rebelled in the 1990s and again later.", "", "",
			[]want{{text: "the 1990s", value: "199X"}}},
		{"weekday, day anchor, past", "The government said on Tuesday it would open talks.", "2021-10-21", "",
			[]want{{text: "Tuesday", value: "2021-10-19", rel: true}}},
		{"weekday, future", "The two sides will meet on Tuesday in Doha.", "2021-10-21", "",
			[]want{{text: "Tuesday", value: "2021-10-26", rel: true}}},
		{"later on the story's weekday, future: the same day", "Hamas is due to free 13 hostages later on Friday, Qatar said.", "2023-11-24", "",
			[]want{{text: "Friday", value: "2023-11-24", rel: true}}},
		{"earlier on the story's weekday: the same day", "Police said gunmen had attacked a checkpoint earlier on Sunday.", "2024-03-10", "",
			[]want{{text: "Sunday", value: "2024-03-10", rel: true}}},
		{"weekday evening, future: the next such day", "The truce will take effect on Monday evening, mediators said.", "2023-05-21", "",
			[]want{{text: "Monday", value: "2023-05-22", rel: true}}},
		{"weekday, past, anchor on that weekday: the same day", "Rebels and the army swapped 40 prisoners on Friday.", "2023-11-24", "",
			[]want{{text: "Friday", value: "2023-11-24", rel: true}}},
		{"earlier this month", "Earlier this month, M23 rebels withdrew from two towns.", "2024-08-05", "",
			[]want{{text: "Earlier this month", value: "2024-08", rel: true}}},
		{"weekday, month anchor stays at month", "Mali's government said on Tuesday that it asked clerics to open talks.", "2021-10", "",
			[]want{{text: "Tuesday", value: "2021-10", rel: true}}},
		{"today and yesterday", "The army said today that rebels attacked yesterday.", "2022-03-02", "",
			[]want{{text: "today", value: "2022-03-02", rel: true}, {text: "yesterday", value: "2022-03-01", rel: true}}},
		{"last week as ISO week", "The minister met the council last week.", "2021-10-21", "",
			[]want{{text: "last week", value: "2021-W41", rel: true}}},
		{"last week with month anchor", "The minister met the council last week.", "2021-10", "",
			[]want{{text: "last week", value: "2021-10", rel: true}}},
		{"last month, this year, last year", "Rebels left last month; elections are due this year after delays last year.", "2021-12-10", "",
			[]want{{text: "last month", value: "2021-11", rel: true}, {text: "this year", value: "2021", rel: true}, {text: "last year", value: "2020", rel: true}}},
		{"this May", "An inter-Malian dialogue began in Bamako this May.", "2024-06", "",
			[]want{{text: "this May", value: "2024-05", rel: true}}},
		{"next month", "Troops are to leave next month.", "2021-12-10", "",
			[]want{{text: "next month", value: "2022-01", rel: true}}},
		{"earlier this month", "Talks began earlier this month in Niamey.", "2021-12-10", "",
			[]want{{text: "earlier this month", value: "2021-12", rel: true}}},
		{"years ago", "Two years ago, neither side supported dialogue.", "2021-12-10", "",
			[]want{{text: "Two years ago", value: "2019", rel: true}}},
		{"a deictic time after a name is no citation", "Soldiers overthrew the president, Ahmed Ould Salem, this morning.", "2008-08-06", "",
			[]want{{text: "this morning", value: "2008-08-06", rel: true}}},
		{"at the weekend: the last one, as a Saturday-Sunday interval", "The truce was agreed at the weekend.", "2025-05-12", "",
			[]want{{text: "the weekend", value: "2025-05-10/2025-05-11", rel: true}}},
		{"the weekend in the future tense: the next one", "Talks will resume at the weekend.", "2025-05-12", "",
			[]want{{text: "the weekend", value: "2025-05-17/2025-05-18", rel: true}}},
		{"last weekend and this weekend", "Rebels withdrew last weekend and will return this weekend.", "2025-05-14", "",
			[]want{{text: "last weekend", value: "2025-05-10/2025-05-11", rel: true}, {text: "this weekend", value: "2025-05-17/2025-05-18", rel: true}}},
		{"years ago today: the same day", "Ten years ago today, the two sides signed the accord.", "2021-12-10", "",
			[]want{{text: "Ten years ago today", value: "2011-12-10", rel: true}}},
		{"years ago to the day: that day", "Five years ago to the day, rebels stormed the capital.", "2019-03-02", "",
			[]want{{text: "Five years ago to the day", value: "2014-03-02", rel: true}}},
		{"years ago, almost to the day: that month", "Four years ago, almost to the day, the generals took power.", "2019-03-02", "",
			[]want{{text: "Four years ago, almost to the day", value: "2015-03", rel: true}}},
		{"a year ago under a month-precise date: that month", "A year ago, the first round of talks opened in Vienna.", "2019-03", "",
			[]want{{text: "A year ago", value: "2018-03", rel: true}}},
		{"years ago under a day-precise date: the year", "Two years ago, the first round of talks opened in Vienna.", "2019-03-02", "",
			[]want{{text: "Two years ago", value: "2017", rel: true}}},
		{"a week ago tonight: that day", "A week ago tonight, soldiers blocked the bridge.", "2016-07-22", "",
			[]want{{text: "A week ago tonight", value: "2016-07-15", rel: true}}},
		{"a spelled ordinal day of a month", "The truce took effect on the twenty-seventh of November.", "2025-01-20", "",
			[]want{{text: "twenty-seventh of November", value: "2024-11-27", rel: true}}},
		{"a spelled ordinal day with its year", "They signed it on the eleventh of March 1999.", "2025-01-20", "",
			[]want{{text: "eleventh of March 1999", value: "1999-03-11"}}},
		{"an ordinal day of a month at the head of a sentence", "On the 3rd of March the envoys met.", "2025-01-20", "",
			[]want{{text: "3rd of March", value: "2024-03-03", rel: true}}},
		{"no thirty-first of April", "The thirty-first of April never came.", "2025-01-20", "",
			[]want{{text: "April", value: "2024-04", rel: true}}},
		{"years ago next weekday: that weekday, years back", "Forty-five years ago next Wednesday, the army removed the president.", "2021-03-17", "",
			[]want{{text: "Forty-five years ago next Wednesday", value: "1976-03-24", rel: true}}},
		{"years ago this coming weekday", "It is forty years ago this coming Monday that the last troops left.", "2021-03-17", "",
			[]want{{text: "forty years ago this coming Monday", value: "1981-03-22", rel: true}}},
		{"years ago last weekday", "Ten years ago last Friday, the truce was signed.", "2021-03-17", "",
			[]want{{text: "Ten years ago last Friday", value: "2011-03-12", rel: true}}},
		{"years ago tomorrow: the day after, years back", "The treaty was signed thirty years ago tomorrow.", "2024-03-31", "",
			[]want{{text: "thirty years ago tomorrow", value: "1994-04-01", rel: true}}},
		{"years ago yesterday: the day before, years back (29 February kept in its month)", "Nine years ago yesterday: the Minsk truce.", "2024-03-01", "",
			[]want{{text: "Nine years ago yesterday", value: "2015-02-28", rel: true}}},
		{"years ago this month: that month", "Twenty years ago this month, the last units crossed the river.", "2009-02-15", "",
			[]want{{text: "Twenty years ago this month", value: "1989-02", rel: true}}},
		{"a fortnight ago: fourteen days back", "The army handed the town over a fortnight ago.", "2020-12-15", "",
			[]want{{text: "a fortnight ago", value: "2020-12-01", rel: true}}},
		{"the past fortnight: fourteen days up to the anchor", "Over the past fortnight, talks stalled.", "2020-12-15", "",
			[]want{{text: "the past fortnight", value: "2020-12-01/2020-12-15", rel: true}}},
		{"over three days is a duration, not a time", "The talks lasted for over three days.", "2020-12-15", "",
			nil},
		{"on the 25th: the last such day before publication", "The troops left on the 25th.", "2020-12-15", "",
			[]want{{text: "the 25th", value: "2020-11-25", rel: true}}},
		{"on the 25th: in the month just named", "The troops left on the 25th.", "2020-12-15", "1987-01",
			[]want{{text: "the 25th", value: "1987-01-25", rel: true}}},
		{"on the 2nd, future: the next such day", "The truce will start on the 2nd.", "2020-12-15", "",
			[]want{{text: "the 2nd", value: "2021-01-02", rel: true}}},
		{"the 25th anniversary is no day", "Officials marked the 25th anniversary on the 3rd of May 2020.", "2020-12-15", "",
			[]want{{text: "3rd of May 2020", value: "2020-05-03"}}},
		{"a numeric date, day first", "On 31/08/1994 the group announced a truce.", "2020-12-15", "",
			[]want{{text: "31/08/1994", value: "1994-08-31"}}},
		{"a numeric date with dots, day first", "The sides met on 10.11.2020 in Moscow.", "2020-12-15", "",
			[]want{{text: "10.11.2020", value: "2020-11-10"}}},
		{"a numeric date that can only be month first", "The sides met on 08/31/1994 in Moscow.", "2020-12-15", "",
			[]want{{text: "08/31/1994", value: "1994-08-31"}}},
		{"a numeric date that is no date", "The vote was 12/45/2020 in favour.", "2020-12-15", "",
			nil},
		{"that July: the month of the year just named", "The truce was restored that July.", "2018-04-10", "1997-05",
			[]want{{text: "that July", value: "1997-07", rel: true}}},
		{"a date in apposition to a chained time takes its year", "Six months later, on 12 December, the leaders signed a treaty.", "2010-12-20", "2000-06",
			[]want{{text: "Six months later", value: "2000-12", rel: true}, {text: "12 December", value: "2000-12-12", rel: true}}},
		{"an offset opening a present sentence counts back from publication", "Ten years after the two states signed a treaty, the border is still closed.", "2010-12", "",
			[]want{{text: "Ten years", value: "2000-12", rel: true}}},
		{"an offset opening a past sentence counts from the time before", "A month after the vote, the army seized power.", "2010-12-08", "2010-03",
			[]want{{text: "A month after", value: "2010-04", rel: true}}},
		{"almost a month after, with a present main clause", "Almost a month after the troops pulled back, the city is under fire.", "2022-12-08", "",
			[]want{{text: "a month", value: "2022-11", rel: true}}},
		{"five weeks after, in a heading", "Thread: five weeks after the truce", "2020-12-15", "",
			[]want{{text: "five weeks", value: "2020-11-10", rel: true}}},
		{"a month with last year", "They met in November last year.", "2012-07-21", "",
			[]want{{text: "November last year", value: "2011-11", rel: true}}},
		{"a day with this year", "They met on 3 May this year.", "2012-07-21", "",
			[]want{{text: "3 May this year", value: "2012-05-03", rel: true}}},
		{"Christmas Eve with a year", "Soldiers seized power on Christmas Eve 1999.", "2003-01-25", "",
			[]want{{text: "Christmas Eve 1999", value: "1999-12-24"}}},
		{"a compound number of years ago today", "Twenty-five years ago today, the accord was signed.", "2017-01-16", "",
			[]want{{text: "Twenty-five years ago today", value: "1992-01-16", rel: true}}},
		{"years ago this February", "Fifteen years ago this February, the generals took power.", "2006-09-20", "",
			[]want{{text: "Fifteen years ago this February", value: "1991-02", rel: true}}},
		{"a cable date with a two-digit year", "IRAN ACCEPTED ONLY ON 18 JUL 88.", "1988-08-09", "",
			[]want{{text: "18 JUL 88", value: "1988-07-18"}}},
		{"a count after a day and month is no year", "On 8 August 25 people died.", "1988-08-09", "",
			[]want{{text: "8 August", value: "1988-08-08", rel: true}}},
		{"a day of a month of a year", "It broke the truce by a communique of the 28th of November of 1999.", "2011-10-20", "",
			[]want{{text: "28th of November of 1999", value: "1999-11-28"}}},
		{"on the 19th opening a sentence", "On the 19th they declared that hostilities had ceased.", "1982-06-15", "",
			[]want{{text: "the 19th", value: "1982-05-19", rel: true}}},
		{"the afternoon of the 14th", "By the afternoon of the 14th the lines were falling back.", "1982-06-15", "",
			[]want{{text: "the 14th", value: "1982-06-14", rel: true}}},
		{"the last day of a year", "The truce was signed on the last day of 2004.", "2005-01-09", "",
			[]want{{text: "the last day of 2004", value: "2004-12-31"}}},
		{"New Year's Eve with a year", "He seized power again on New Year's Eve 1981.", "2020-01-11", "",
			[]want{{text: "New Year's Eve 1981", value: "1981-12-31"}}},
		{"years ago on a weekday: the nearest such day, years back", "Forty-eight years ago on Monday, the army took power.", "2020-01-11", "",
			[]want{{text: "Forty-eight years ago on Monday", value: "1972-01-13", rel: true}}},
		{"a weekday in apposition to years ago today", "Fifteen years ago today, on a hot Sunday afternoon, the accord was signed.", "2020-01-09", "",
			[]want{{text: "Fifteen years ago today", value: "2005-01-09", rel: true}}},
		{"the 13th in a year, in a column of the month", "And on the 13th in 1963, the president was shot dead.", "2020-01-11", "",
			[]want{{text: "the 13th in 1963", value: "1963-01-13", rel: true}}},
		{"on the 19th before a verb", "And on the 19th issued a joint statement.", "1989-10-25", "",
			[]want{{text: "the 19th", value: "1989-10-19", rel: true}}},
		{"an ordinal that counts a noun is no day", "The 25th anniversary was marked in 2020.", "2021-10-25", "",
			[]want{{text: "2020", value: "2020"}}},
		{"a clock time alone: the publication day", "The truce began at 8am, the army says.", "2019-03-02", "",
			[]want{{text: "8am", value: "2019-03-02", rel: true}}},
		{"a clock time alone: the day just named", "The ceasefire took effect at 7 p.m. local time.", "2019-03-02", "2019-02-26",
			[]want{{text: "7 p.m.", value: "2019-02-26", rel: true}}},
		{"a twenty-four hour clock", "Firing stopped from 17:00 hours.", "2019-03-02", "",
			[]want{{text: "17:00", value: "2019-03-02", rel: true}}},
		{"a clock in GMT", "The pause ended at 1600 GMT.", "2019-03-02", "",
			[]want{{text: "1600 GMT", value: "2019-03-02", rel: true}}},
		{"a clock time beside a date is no time of its own", "The truce began at 8am on 2 March 2019.", "2019-03-05", "",
			[]want{{text: "2 March 2019", value: "2019-03-02"}}},
		{"a clock time after a month gives nothing", "The ceasefire took effect at 7 p.m. local time.", "2019-03-02", "2019-02",
			nil},
		{"a clock time under a month-precise date gives nothing", "The truce began at 8am, the army says.", "2019-03", "",
			nil},
		{"scores and numbers are no clock", "The vote passed at 15 to 3 in 1600 homes.", "2019-03-02", "",
			nil},
		{"a count refused before a unit is no vague offset", "The truce was extended for five days on Aug. 13.", "2014-08-20", "",
			[]want{{text: "Aug. 13", value: "2014-08-13", rel: true}}},
		{"days later from ref", "Three days later, however, the government denied it.", "2021-12-10", "2021-10-19",
			[]want{{text: "Three days later", value: "2021-10-22", rel: true}}},
		{"the next day", "The next day, rebels shelled the airport.", "", "2020-03-05",
			[]want{{text: "The next day", value: "2020-03-06", rel: true}}},
		{"the following year", "The following year, the accord was signed.", "", "2014",
			[]want{{text: "The following year", value: "2015", rel: true}}},
		{"the next morning", "The next morning, the guns fell silent along the river.", "", "2020-03-05",
			[]want{{text: "The next morning", value: "2020-03-06", rel: true}}},
		{"that night from a day ref", "Rebels shelled the port that night, witnesses said.", "2024-06-01", "2024-05-17",
			[]want{{text: "that night", value: "2024-05-17", rel: true}}},
		{"few weeks later from month ref", "A few weeks later, the group welcomed the offer.", "", "2020-02",
			[]want{{text: "A few weeks later", value: "2020-03", rel: true}}},
		{"weeks earlier", "Weeks earlier, envoys had been sent to the north.", "", "2020-02",
			[]want{{text: "Weeks earlier", value: "2020-01", rel: true}}},
		{"a month after", "A month after the vote, the army took power.", "", "2021-04-10",
			[]want{{text: "A month after", value: "2021-05", rel: true}}},
		{"the following weeks", "In the following weeks, the insurgents pressed on.", "", "2020-03",
			[]want{{text: "the following weeks", value: "2020-04", rel: true}}},
		{"that month", "But in that month an attack destroyed the building.", "", "2018-06",
			[]want{{text: "that month", value: "2018-06", rel: true}}},
		{"weeks later from a day: a day", "Two weeks later, the first prisoners were exchanged.", "2021-12-10", "2021-07-29",
			[]want{{text: "Two weeks later", value: "2021-08-12", rel: true}}},
		{"weeks later from a month: a month", "Three weeks later, the first prisoners were exchanged.", "2021-12-10", "2021-07",
			[]want{{text: "Three weeks later", value: "2021-08", rel: true}}},
		{"chain without ref stays unresolved", "Two weeks later, the truce collapsed.", "2021-05-01", "",
			[]want{{text: "Two weeks later", value: "", rel: true}}},
		{"over the past year", "The U.S. has over the past year renewed efforts to reach a settlement.", "2019-05-28", "",
			[]want{{text: "the past year", value: "2018-05/2019-05", rel: true}}},
		{"duration is not a time", "The operation lasted for almost a decade after 2012.", "", "2020",
			[]want{{text: "after 2012", value: "2012", qual: "after"}}},
		{"recent years is skipped", "In recent years, attacks have spread south.", "2021-01-01", "", nil},
		{"accessed date is a citation", "Accessed June 6, 2024.", "", "",
			[]want{{text: "June 6, 2024", value: "2024-06-06", cite: true}}},
		{"media name and date in parentheses", "The talks failed (RFI, 24 May 2017) and fighting resumed.", "", "",
			[]want{{text: "24 May 2017", value: "2017-05-24", cite: true}}},
		{"agency and date", "Reuters, 3 March 2020.", "", "",
			[]want{{text: "3 March 2020", value: "2020-03-03", cite: true}}},
		{"interview date in a footnote", "Crisis Group interview, Bamako, June 2018.", "", "",
			[]want{{text: "June 2018", value: "2018-06", cite: true}}},
		{"list of interview dates", "Crisis Group interviews, officials, Bamako, October 2018 and January 2019.", "", "",
			[]want{{text: "October 2018", value: "2018-10", cite: true}, {text: "January 2019", value: "2019-01", cite: true}}},
		{"date in a URL", "See https://www.example.com/2020/02/12/mali-talks.html for details.", "", "",
			[]want{{text: "https://www.example.com/2020/02/12/mali-talks.html", value: "2020-02-12", cite: true}}},
		{"event date after a clause is not a citation", "The deal was signed in Algiers, 15 May 2015.", "", "",
			[]want{{text: "15 May 2015", value: "2015-05-15"}}},
		{"dateline date is a citation", "Dakar/Brussels, 28 May 2019", "", "",
			[]want{{text: "28 May 2019", value: "2019-05-28", cite: true}}},
		{"iso date", "The statement is dated 2021-10-19 in the archive.", "", "",
			[]want{{text: "2021-10-19", value: "2021-10-19"}}},
		{"offset after a time of the same sentence dates its complement back", "Traoré seized power on 30 September 2022, eight months after Damiba had ousted Kaboré.", "2023-12-05", "",
			[]want{{text: "30 September 2022", value: "2022-09-30"}, {text: "eight months after", value: "2022-01", rel: true}}},
		{"an exact offset keeps the precision of its time", "The rebels met again in May 2023, exactly two years after the truce was signed.", "2024-01-05", "",
			[]want{{text: "May 2023", value: "2023-05"}, {text: "two years after", value: "2021-05", rel: true}}},
		{"an offset without 'exactly' is only a year", "The rebels met again in May 2023, two years after the truce was signed.", "2024-01-05", "",
			[]want{{text: "May 2023", value: "2023-05"}, {text: "two years after", value: "2021", rel: true}}},
		{"what was agreed lies ahead", "The parties agreed to meet again in Geneva on April 19.", "2006-02-23", "",
			[]want{{text: "April 19", value: "2006-04-19", rel: true}}},
		{"what was done lies behind", "The parties met again in Geneva on April 19.", "2006-02-23", "",
			[]want{{text: "April 19", value: "2005-04-19", rel: true}}},
		{"offset before a time of the same sentence dates its complement forward", "The truce was signed in March 2021, two months before the rebels quit the talks.", "2023-12-05", "",
			[]want{{text: "March 2021", value: "2021-03"}, {text: "two months before", value: "2021-05", rel: true}}},
		{"a week after that still counts forward", "The deal was signed in March 2021 and a week after that the truce began.", "2023-12-05", "",
			[]want{{text: "March 2021", value: "2021-03"}, {text: "a week after", value: "2021-03", rel: true}}},
		{"a date with no year takes the year named earlier in the sentence", "A pause in November 2023 held for a week before fighting resumed on Dec. 1.", "2025-01-20", "",
			[]want{{text: "November 2023", value: "2023-11"}, {text: "Dec. 1", value: "2023-12-01", rel: true}}},
		{"a date with no year and no year before it takes the publication's", "Fighting resumed on Dec. 1 after a pause.", "2025-01-20", "",
			[]want{{text: "Dec. 1", value: "2024-12-01", rel: true}}},
		{"year of a named event takes no qualifier", "The talks began after the 2012 coup in Bamako.", "", "",
			[]want{{text: "2012", value: "2012"}}},
		{"decade with apostrophe", "Rebellions broke out in the 1990’s.", "", "",
			[]want{{text: "the 1990’s", value: "199X"}}},
		{"last and next weekday", "Talks held last Tuesday will resume next Tuesday.", "2021-10-21", "",
			[]want{{text: "last Tuesday", value: "2021-10-19", rel: true}, {text: "next Tuesday", value: "2021-10-26", rel: true}}},
		{"in the summer", "The junta promised elections in the summer.", "2022-10-01", "",
			[]want{{text: "the summer", value: "2022-SU", rel: true}}},
		{"September abbreviation", "Fighting erupted on Sept. 11, 2023, near Kidal.", "", "",
			[]want{{text: "Sept. 11, 2023", value: "2023-09-11"}}},
		{"headline with weekday", "Sudan rivals agree truce on Saturday", "2023-05-22", "",
			[]want{{text: "Saturday", value: "2023-05-20", rel: true}}},
		{"news dateline with day of week", "KHARTOUM (Reuters) - Sudan's army said on Monday it had agreed to a ceasefire.", "2023-05-22", "",
			[]want{{text: "Monday", value: "2023-05-22", rel: true}}},
		// "last" as a verb is no time expression; "the last N days" is.
		{"last as a verb after will", "The truce signed on Sunday will last 90 days, envoys said.", "2024-03-12", "",
			[]want{{text: "Sunday", value: "2024-03-10", rel: true}}},
		{"last as a verb after to", "The pause is expected to last two weeks.", "2024-03-12", "", nil},
		{"last as a verb after would", "Officials hoped the calm would last 30 days.", "2024-03-12", "", nil},
		{"over the last N days is a span", "Over the last 30 days, shelling has eased near the port.", "2024-03-12", "",
			[]want{{text: "the last 30 days", value: "2024-02-11/2024-03-12", rel: true}}},
		{"in the last few weeks is a span", "Fighters have left two towns in the last few weeks.", "2024-03-12", "",
			[]want{{text: "the last few weeks", value: "2024-02-20/2024-03-12", rel: true}}},
		{"past N months without the article is a span", "Aid convoys were blocked for much of past two months.", "2024-03-12", "",
			[]want{{text: "past two months", value: "2024-01/2024-03", rel: true}}},
		{"bare last week stays", "Negotiators met in Addis Ababa last week.", "2024-03-12", "",
			[]want{{text: "last week", value: "2024-W10", rel: true}}},
		// Quarters, halves and the edges of a period.
		{"final quarter", "Exports collapsed in the final quarter of 2019.", "", "",
			[]want{{text: "the final quarter of 2019", value: "2019-Q4"}}},
		{"last quarter of a year", "Clashes peaked in the last quarter of 2018 and the second quarter of 2019.", "", "",
			[]want{{text: "the last quarter of 2018", value: "2018-Q4"}, {text: "the second quarter of 2019", value: "2019-Q2"}}},
		{"second and latter half", "Talks stalled in the second half of 2016 and the latter half of 2017.", "", "",
			[]want{{text: "the second half of 2016", value: "2016-H2"}, {text: "the latter half of 2017", value: "2017-H2"}}},
		{"half of the year is the anchor's year", "Raids fell sharply in the first half of the year.", "2022-09-30", "",
			[]want{{text: "the first half of the year", value: "2022-H1", rel: true}}},
		{"final months of a year: late", "The militia regrouped in the final months of 2015.", "", "",
			[]want{{text: "the final months of 2015", value: "2015", qual: "late"}}},
		{"first weeks of a month: early", "Hundreds fled in the first weeks of March 2020.", "", "",
			[]want{{text: "the first weeks of March 2020", value: "2020-03", qual: "early"}}},
		{"last days of a bare month in a past sentence", "The siege ended in the last days of November.", "2022-04-02", "",
			[]want{{text: "the last days of November", value: "2021-11", qual: "late", rel: true}}},
		{"first month of a year is January", "The council met in the first month of 2014.", "", "",
			[]want{{text: "the first month of 2014", value: "2014-01"}}},
		{"other ordinals are no edge", "The accord collapsed in the third week of 2014.", "", "",
			[]want{{text: "2014", value: "2014"}}},
		// Future or past from the verb that governs the expression.
		{"would before the weekday: next such day", "The mediator said envoys would fly to Goma on Friday for a summit.", "2024-03-12", "",
			[]want{{text: "Friday", value: "2024-03-15", rel: true}}},
		{"would before a bare month: next year", "The minister said elections would be held in February.", "2023-11-20", "",
			[]want{{text: "February", value: "2024-02", rel: true}}},
		{"would before a bare month, month anchor", "The minister said elections would be held in February.", "2023-11", "",
			[]want{{text: "February", value: "2024-02", rel: true}}},
		{"past verb governs, will only in a relative clause", "The rebels accepted on Saturday a truce that will run until April.", "2024-03-12", "",
			[]want{{text: "Saturday", value: "2024-03-09", rel: true}, {text: "April", value: "2024-04", rel: true}}},
		{"irregular past verb governs", "Envoys met on Monday, and a second round will follow.", "2024-03-13", "",
			[]want{{text: "Monday", value: "2024-03-11", rel: true}}},
		{"future clause after a past one", "The army withdrew on Monday but will return on Thursday.", "2024-03-13", "",
			[]want{{text: "Monday", value: "2024-03-11", rel: true}, {text: "Thursday", value: "2024-03-14", rel: true}}},
		{"fronted weekday takes the verb after it", "On Thursday, the two delegations will sign the accord.", "2024-03-12", "",
			[]want{{text: "Thursday", value: "2024-03-14", rel: true}}},
		{"fronted weekday, past verb after it", "On Thursday, the two delegations signed the accord.", "2024-03-12", "",
			[]want{{text: "Thursday", value: "2024-03-07", rel: true}}},
		{"is due to: future", "The first convoy is due to cross the border on Sunday.", "2024-03-12", "",
			[]want{{text: "Sunday", value: "2024-03-17", rel: true}}},
		{"plans to: future", "The junta plans to reopen the airport in January.", "2024-03-12", "",
			[]want{{text: "January", value: "2025-01", rel: true}}},
		{"passive future", "The deal will be signed on Tuesday in Luanda.", "2024-03-13", "",
			[]want{{text: "Tuesday", value: "2024-03-19", rel: true}}},
		{"adjective in -ed does not make a future past", "Kinshasa will hold talks with armed groups on Monday.", "2024-03-13", "",
			[]want{{text: "Monday", value: "2024-03-18", rel: true}}},
		{"past reporting verb after a future clause", "The truce will hold, the army said on Monday.", "2024-03-13", "",
			[]want{{text: "Monday", value: "2024-03-11", rel: true}}},
		{"won't is future", "Rebels won't attend the talks on Friday, a spokesman said.", "2024-03-12", "",
			[]want{{text: "Friday", value: "2024-03-15", rel: true}}},
	}
	tg := New()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tg.Find(tc.sentence, anchor(t, tc.pub), anchor(t, tc.ref))
			if len(got) != len(tc.want) {
				t.Fatalf("Find(%q) gave %d timexes, want %d: %+v", tc.sentence, len(got), len(tc.want), got)
			}
			for i, w := range tc.want {
				x := got[i]
				if x.Text != w.text || x.Value != w.value || x.Qualifier != w.qual || x.Relative != w.rel || x.Citation != w.cite {
					t.Errorf("timex %d = {%q %q q=%q rel=%v cite=%v}, want {%q %q q=%q rel=%v cite=%v}",
						i, x.Text, x.Value, x.Qualifier, x.Relative, x.Citation, w.text, w.value, w.qual, w.rel, w.cite)
				}
				if tc.sentence[x.Start:x.End] != x.Text {
					t.Errorf("timex %d span [%d,%d) = %q, text %q", i, x.Start, x.End, tc.sentence[x.Start:x.End], x.Text)
				}
				checkAnchor(t, x)
			}
		})
	}
}

// checkAnchor verifies that a timex's range agrees with its value.
func checkAnchor(t *testing.T, x model.Timex) {
	t.Helper()
	if x.Value == "" {
		if x.Precision != model.PrecUnknown {
			t.Errorf("%q: no value but precision %v", x.Text, x.Precision)
		}
		return
	}
	a, err := model.ParseValue(x.Value)
	if err != nil {
		t.Fatalf("%q: value %q does not parse: %v", x.Text, x.Value, err)
	}
	if a.Begin != x.Begin || a.Last != x.Last || a.Precision != x.Precision || x.Begin > x.Last {
		t.Errorf("%q: anchor %+v disagrees with ParseValue %+v", x.Text, x.Anchor, a)
	}
}

func TestResolve(t *testing.T) {
	pub := anchor(t, "2021-12-10")
	tests := []struct{ expr, value, qual string }{
		{"19 October", "2021-10-19", ""},
		{"by November", "2021-11", "by"},
		{"late January 2022", "2022-01", "late"},
		{"the summer of 2020", "2020-SU", ""},
		{"the third quarter of 2020", "2020-Q3", ""},
		{"the first half of 2020", "2020-H1", ""},
		{"since mid-April", "2021-04", "since"},
		{"last year", "2020", ""},
		{"the next day", "2021-12-11", ""},
		{"the end of 2020", "2020", "late"},
	}
	for _, tc := range tests {
		x, ok := Resolve(tc.expr, pub)
		if !ok || x.Value != tc.value || x.Qualifier != tc.qual {
			t.Errorf("Resolve(%q) = %q q=%q ok=%v, want %q q=%q", tc.expr, x.Value, x.Qualifier, ok, tc.value, tc.qual)
		}
	}
	if x, ok := Resolve("on Tuesday", model.Anchor{}); ok || x.Value != "" {
		t.Errorf("Resolve without anchor = %+v, %v; want unresolved", x, ok)
	}
	if _, ok := Resolve("2,000 fighters", pub); ok {
		t.Error("Resolve(2,000 fighters) resolved")
	}
}

// TestProcessChain checks document order, sentence offsets, and that ref
// skips citation and chained times.
func TestProcessChain(t *testing.T) {
	text := "On 19 October, the minister announced talks. Reuters, 3 March 2020. " +
		"Three days later, the government denied it. A week later, talks began."
	doc := &model.Document{ID: "c1", Text: text, Published: anchor(t, "2021-12-10")}
	start := 0
	for i, s := range strings.SplitAfter(text, ". ") {
		doc.Sentences = append(doc.Sentences, model.Sentence{Index: i, Start: start, End: start + len(strings.TrimSpace(s))})
		start += len(s)
	}
	if err := New().Process(doc); err != nil {
		t.Fatal(err)
	}
	wantVals := []string{"2021-10-19", "2020-03-03", "2021-10-22", "2021-10-29"}
	wantSent := []int{0, 1, 2, 3}
	if len(doc.Timexes) != len(wantVals) {
		t.Fatalf("got %d timexes: %+v", len(doc.Timexes), doc.Timexes)
	}
	for i, x := range doc.Timexes {
		if x.Value != wantVals[i] || x.Sentence != wantSent[i] || text[x.Start:x.End] != x.Text {
			t.Errorf("timex %d = %q %q sentence %d, want %q sentence %d", i, x.Text, x.Value, x.Sentence, wantVals[i], wantSent[i])
		}
		checkAnchor(t, x)
	}
	if !doc.Timexes[1].Citation {
		t.Error("agency date not marked as citation")
	}
	// Errors.
	if err := New().Process(&model.Document{ID: "x", Text: "Some text."}); err == nil {
		t.Error("Process without sentences gave no error")
	}
	if err := New().Process(nil); err == nil {
		t.Error("Process(nil) gave no error")
	}
	bad := &model.Document{ID: "b", Text: "abc", Sentences: []model.Sentence{{Start: 0, End: 9}}}
	if err := New().Process(bad); err == nil {
		t.Error("Process with a bad span gave no error")
	}
}

// TestDeterministic checks that two runs give identical output.
func TestDeterministic(t *testing.T) {
	s := "In 2019 and 2020, on Tuesday, last week and three days later, talks (RFI, 24 May 2017) went on."
	a := New().Find(s, anchor(t, "2021-10-21"), anchor(t, "2021-10-01"))
	b := New().Find(s, anchor(t, "2021-10-21"), anchor(t, "2021-10-01"))
	if len(a) == 0 || len(a) != len(b) {
		t.Fatalf("runs differ: %d vs %d", len(a), len(b))
	}
	for i := range a {
		if a[i] != b[i] {
			t.Errorf("timex %d differs: %+v vs %+v", i, a[i], b[i])
		}
	}
}

func FuzzResolve(f *testing.F) {
	for _, s := range []string{"19 October", "the summer of 2020", "between March and mid-December 2017",
		"three days later", "on Tuesday", "last week", "2021-02-30", "27-29 February 2021", "Q4 2020"} {
		f.Add(s, "2021-12-10")
	}
	f.Fuzz(func(t *testing.T, expr, pub string) {
		a, err := model.ParseValue(pub)
		if err != nil {
			a = model.Anchor{}
		}
		x, ok := Resolve(expr, a)
		if ok {
			checkAnchor(t, x)
		}
		if x.Start < 0 || x.End > len(expr) || x.Start > x.End {
			t.Fatalf("span [%d,%d) out of %d", x.Start, x.End, len(expr))
		}
	})
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"On 19 October, talks began; three days later they failed.",
		"Accessed June 6, 2024. https://x.org/2020/02/12/a", "From 27 March to 3 April 2017",
		"1990s 2020 and 2021 mid-2019 Q3 the first half of 2020", "Reuters, 3 March 2020."} {
		f.Add(s)
	}
	pub := model.DayValue(2021, 10, 21)
	f.Fuzz(func(t *testing.T, text string) {
		xs := New().Find(text, pub, model.Anchor{})
		prev := 0
		for _, x := range xs {
			if x.Start < prev || x.Start >= x.End || x.End > len(text) {
				t.Fatalf("bad span [%d,%d) (prev end %d, len %d)", x.Start, x.End, prev, len(text))
			}
			if text[x.Start:x.End] != x.Text {
				t.Fatalf("text %q != span %q", x.Text, text[x.Start:x.End])
			}
			checkAnchor(t, x)
			prev = x.End
		}
	})
}

// seedDocs loads the seed texts with their manifest dates, split into
// sentences naively at newlines and ". " (the benchmark measures temporal,
// not segment).
func seedDocs(b testing.TB) []*model.Document {
	files, _ := filepath.Glob("../../seeds/*.txt")
	var docs []*model.Document
	for _, fn := range files {
		data, err := os.ReadFile(fn)
		if err != nil {
			b.Fatal(err)
		}
		text := string(data)
		doc := &model.Document{ID: filepath.Base(fn), Text: text, Published: model.DayValue(2021, 12, 10)}
		start := 0
		for i := 0; i < len(text); i++ {
			if text[i] == '\n' || text[i] == '.' && i+1 < len(text) && text[i+1] == ' ' {
				if i+1 > start {
					doc.Sentences = append(doc.Sentences, model.Sentence{Index: len(doc.Sentences), Start: start, End: i + 1})
				}
				start = i + 1
			}
		}
		if start < len(text) {
			doc.Sentences = append(doc.Sentences, model.Sentence{Index: len(doc.Sentences), Start: start, End: len(text)})
		}
		docs = append(docs, doc)
	}
	return docs
}

func BenchmarkTagger(b *testing.B) {
	docs := seedDocs(b)
	if len(docs) == 0 {
		b.Skip("no seeds")
	}
	benchTagger(b, docs)
}

// benchTagger runs the tagger over docs b.N times, reporting MB/s and
// allocations.
func benchTagger(b *testing.B, docs []*model.Document) {
	n := 0
	for _, d := range docs {
		n += len(d.Text)
	}
	tg := New()
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if err := tg.Process(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// TestSeedsInvariants runs the tagger over the seeds and checks spans and values.
func TestSeedsInvariants(t *testing.T) {
	for _, d := range seedDocs(t) {
		if err := New().Process(d); err != nil {
			t.Fatal(err)
		}
		prev := 0
		for _, x := range d.Timexes {
			if x.Start < prev || x.End > len(d.Text) || d.Text[x.Start:x.End] != x.Text {
				t.Fatalf("%s: bad timex %+v", d.ID, x)
			}
			s := d.Sentences[x.Sentence]
			if x.Start < s.Start || x.End > s.End {
				t.Fatalf("%s: timex %q outside its sentence", d.ID, x.Text)
			}
			checkAnchor(t, x)
			prev = x.End
		}
		if !strings.Contains(d.ID, "002") && len(d.Timexes) == 0 {
			t.Errorf("%s: no timexes", d.ID)
		}
	}
}

// TestRetrospective checks that a text whose times all lie years before
// its publication goes on narrating their year, that a text telling
// mostly of the past does so for a year named just before, and that news
// speaking mostly of its present does not.
func TestRetrospective(t *testing.T) {
	tests := []struct {
		name, pub, text string
		want            []string
	}{
		{"a memoir: a date with no year is the narrated year's", "2009-06",
			"In July 1974 the coup came. The ceasefire began on Monday 22 July. At the end of the month the ministers met in Geneva.",
			[]string{"1974-07", "1974-07-22", "1974-07"}},
		{"news of its present: the publication's year", "2024-08-24",
			"On Saturday the two sides swapped prisoners. The war began in 2022. Ukraine pulled out of the town in February.",
			[]string{"2024-08-24", "2022", "2024-02"}},
		{"a feature mostly of the past: the year of the sentence before", "2024-04-29",
			"On Monday the veterans gathered in Lisbon. The revolt began on 25 April 1974. The first free vote came in April 1975. In June, the new assembly met.",
			[]string{"2024-04-29", "1974-04-25", "1975-04", "1975-06"}},
		{"news mostly of its present: the publication's year", "2024-04-29",
			"On Monday the veterans gathered in Lisbon. On Tuesday they marched. The revolt began in 1974. In February, the last of its leaders died.",
			[]string{"2024-04-29", "2024-04-23", "1974", "2024-02"}},
		{"a memoir: what was agreed for later is still the narrated year's", "2009-06",
			"In July 1974 the coup came. The ministers met in Geneva and agreed to reconvene on 8 August.",
			[]string{"1974-07", "1974-08-08"}},
		{"a future verb stays with the publication", "2009-06",
			"In July 1974 the coup came. Talks will resume in September.",
			[]string{"1974-07", "2009-09"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := &model.Document{ID: "r", Text: tc.text, Published: anchor(t, tc.pub)}
			start := 0
			for i, s := range strings.SplitAfter(tc.text, ". ") {
				doc.Sentences = append(doc.Sentences, model.Sentence{Index: i, Start: start, End: start + len(strings.TrimSpace(s))})
				start += len(s)
			}
			if got := timexValues(t, doc); strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// timexValues tags doc and returns the values of its time expressions.
func timexValues(t *testing.T, doc *model.Document) []string {
	t.Helper()
	if err := New().Process(doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, x := range doc.Timexes {
		got = append(got, x.Value)
	}
	return got
}

// TestPastParagraph covers a paragraph that narrates the past in a text
// that also speaks of its present (an anniversary column): a date with no
// year goes on in the paragraph's year when the paragraph named a day, or
// the same month; a later month after a month-year, a month before the
// day named, and a paragraph that also named the present keep the
// publication's year.
func TestPastParagraph(t *testing.T) {
	tests := []struct {
		name, pub, text string
		want            []string
	}{
		{"a day named: the dates after it are the paragraph's", "2025-03-07",
			"Last week the museum reopened. On Friday the mayor spoke.\n\nOn 2 March 1991, the rebels signed a truce. By 9 March the last unit had left. A second truce followed on 20 March.",
			[]string{"2025-W09", "2025-03-07", "1991-03-02", "1991-03-09", "1991-03-20"}},
		{"the month named: a day in it is the paragraph's", "2025-03-07",
			"On Monday the ministers met. Last week they spoke.\n\nIn November 2011, the parties met in Oslo. The truce came into force on 14 November.",
			[]string{"2025-03-03", "2025-W09", "2011-11", "2011-11-14"}},
		{"a later month after a month-year is this year's", "2025-03-07",
			"On Monday the ministers met. Last week they spoke.\n\nThe army left the river in November 2022. The rebels left the town in February.",
			[]string{"2025-03-03", "2025-W09", "2022-11", "2025-02"}},
		{"a month before the day named is the paragraph's too", "2025-03-07",
			"On Monday the ministers met. Last week they spoke.\n\nOn 20 August 2019, the truce was signed. It had been drafted on 2 February.",
			[]string{"2025-03-03", "2025-W09", "2019-08-20", "2019-02-02"}},
		{"a paragraph headed by a place and a year", "2021-03-17",
			"On Monday the ministers met. Last week they spoke.\n\nNicaragua, 1988. The two sides signed a truce at the border. It took effect on 1 April.",
			[]string{"2021-03-15", "2021-W10", "1988", "1988-04-01"}},
		{"a retrospective goes on from the paragraph before, and from the date that took its year", "2015-12-14",
			"In January 1996 the last men were freed. They had been taken in 1993.\n\nThe summer of 1995 brought the offensive, and in August the air strikes. Then the lines moved.\n\nOn 5 October the parties agreed a truce.\n\nOn 21 November the accord was initialled.",
			[]string{"1996-01", "1993", "1995-SU", "1995-08", "1995-10-05", "1995-11-21"}},
		{"a retrospective: an earlier month than the paragraph before keeps the latest year", "2015-12-14",
			"In January 1996 the last men were freed. They had been taken in 1993.\n\nThe summer of 1995 brought the offensive. Then the town fell.\n\nOn 5 March the parties agreed a truce.",
			[]string{"1996-01", "1993", "1995-SU", "1996-03-05"}},
		{"a date with no year in the month just named takes that month's year", "2022-09-19",
			"In late April last year the two armies clashed. The ministers agreed a truce on 29 April. On 12 May they met again.",
			[]string{"2021-04", "2021-04-29", "2022-05-12"}},
		{"a year named by a deictic moves the sentence's year on", "2022-11-04",
			"In June 2021 the army declared a truce, and in March this year it announced another that collapsed on 24 August.",
			[]string{"2021-06", "2022-03", "2022-08-24"}},
		{"a paragraph that names the present too", "2025-03-07",
			"On Monday the ministers met. Last week they spoke.\n\nOn 2 March 1991, the rebels signed a truce, and on Tuesday their sons met. A new truce followed on 5 March.",
			[]string{"2025-03-03", "2025-W09", "1991-03-02", "2025-03-04", "2025-03-05"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := &model.Document{ID: "p", Text: tc.text, Published: anchor(t, tc.pub)}
			for i, start := 0, 0; start < len(tc.text); i++ {
				for start < len(tc.text) && (tc.text[start] == ' ' || tc.text[start] == '\n') {
					start++
				}
				end := strings.IndexByte(tc.text[start:], '.') + start + 1
				doc.Sentences = append(doc.Sentences, model.Sentence{Index: i, Start: start, End: end})
				start = end
			}
			if got := timexValues(t, doc); strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// TestEntryHeader checks that "today" in a live entry headed by its own
// date and clock time is that entry's day, and only in that sentence.
func TestEntryHeader(t *testing.T) {
	text := "Fri 14 Apr, 18:30 — Officials say 318 detainees were freed today. The army said today it had withdrawn."
	doc := &model.Document{ID: "e", Text: text, Published: anchor(t, "2023-04-16")}
	start := 0
	for i, s := range strings.SplitAfter(text, ". ") {
		doc.Sentences = append(doc.Sentences, model.Sentence{Index: i, Start: start, End: start + len(strings.TrimSpace(s))})
		start += len(s)
	}
	if err := New().Process(doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, x := range doc.Timexes {
		got = append(got, x.Text+"="+x.Value)
	}
	want := "14 Apr=2023-04-14 today=2023-04-14 today=2023-04-16"
	if strings.Join(got, " ") != want {
		t.Errorf("got %q, want %q", strings.Join(got, " "), want)
	}
}

// TestOnThisDay checks that in an "On this day" column a heading of a
// bare year dates its entry on the column's day of that year, and that
// the same heading in other texts stays a year.
func TestOnThisDay(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
	}{
		{"a column's entry", "On this day: 2 March\n\n1991 — Kuwait\nThe talks opened. Three days later the truce began.",
			"1991-03-02 1991-03-05"},
		{"a year heading elsewhere", "Key dates of the war\n\n1991 — Kuwait\nThe talks opened. Three days later the truce began.",
			"1991 1991"},
	} {
		doc := &model.Document{ID: "d", Text: tc.text, Published: anchor(t, "2024-03-02")}
		start := 0
		for _, line := range strings.SplitAfter(tc.text, "\n") {
			for _, s := range strings.SplitAfter(line, ". ") {
				if t := strings.TrimRight(s, " \n"); t != "" {
					doc.Sentences = append(doc.Sentences, model.Sentence{Index: len(doc.Sentences), Start: start, End: start + len(t)})
				}
				start += len(s)
			}
		}
		if err := New().Process(doc); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, x := range doc.Timexes {
			if x.Sentence > 0 {
				got = append(got, x.Value)
			}
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%s: got %v, want %s", tc.name, got, tc.want)
		}
	}
}
