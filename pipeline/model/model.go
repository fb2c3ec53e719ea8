// Package model holds the types that flow between the pipeline stages:
// a Document is read by ingest, split into Sentences by segment, tagged with
// Timexes by temporal, given Mentions by extract; resolve then merges the
// mentions of all documents into Events, and emit writes them out.
//
// Offsets: every stage works on Document.Text (the cleaned, decoded UTF-8
// text). Document.RawOffset maps an offset in Text back to a byte offset in
// the original file (Document.Raw), which is what the dataset publishes.
package model

import (
	"fmt"
	"time"
)

// Processor is one per-document pipeline stage (segment, temporal, extract).
// It reads what earlier stages put on the document and adds its own part.
type Processor interface {
	Process(doc *Document) error
}

// ProcessorFunc adapts a function to the Processor interface.
type ProcessorFunc func(doc *Document) error

// Process calls f(doc).
func (f ProcessorFunc) Process(doc *Document) error { return f(doc) }

// Document statuses.
const (
	StatusOK       = "ok"
	StatusRejected = "rejected"
)

// Document is one input text and everything the per-document stages found in it.
type Document struct {
	ID        string // manifest id, or the file name without extension
	Path      string // path relative to the input directory, slash-separated
	Title     string
	Publisher string
	Author    string

	Published       Anchor // publication date; Precision == PrecUnknown when not known
	PublishedSource string // "manifest", "dateline" or "unknown"

	Format   string // "text", "pdf-text" (text extracted from a PDF) or "html"
	Encoding string // "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252"
	SHA256   string // hex SHA-256 of Raw
	Size     int64  // len(Raw); kept when Raw is dropped after processing

	Raw  []byte    // the original file, untouched
	Text string    // decoded, cleaned text that all later stages read
	Map  OffsetMap // Text offset -> Raw offset

	Status string // StatusOK or StatusRejected
	Reason string // why it was rejected, or notes on repairs ("" when none)

	Sentences []Sentence
	Timexes   []Timex
	Mentions  []Mention

	// Counts kept when the slices above are dropped after extraction to
	// save memory (0 while the slices are in use).
	NumSentences int
	NumMentions  int
}

// SentenceCount is the number of sentences, whether or not the slice is kept.
func (d *Document) SentenceCount() int {
	if d.Sentences == nil {
		return d.NumSentences
	}
	return len(d.Sentences)
}

// MentionCount is the number of mentions, whether or not the slice is kept.
func (d *Document) MentionCount() int {
	if d.Mentions == nil {
		return d.NumMentions
	}
	return len(d.Mentions)
}

// RawOffset maps a byte offset in d.Text to a byte offset in d.Raw.
func (d *Document) RawOffset(textOff int) int { return d.Map.Raw(textOff) }

// SentenceText returns the cleaned text of sentence s.
func (d *Document) SentenceText(s Sentence) string { return d.Text[s.Start:s.End] }

// Sentence is a span of Document.Text. Start/End are offsets in Text,
// RawStart/RawEnd the same span as byte offsets in the original file.
type Sentence struct {
	Index    int
	Start    int
	End      int
	RawStart int
	RawEnd   int
}

// Date is a calendar day counted from 1970-01-01 (the Arrow date32 unit).
type Date int32

// DateOf returns the Date of a calendar day.
func DateOf(y int, m time.Month, d int) Date {
	return Date(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// Time returns the day as a UTC midnight time.Time.
func (d Date) Time() time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

// String formats the day as YYYY-MM-DD.
func (d Date) String() string { return d.Time().Format("2006-01-02") }

// Precision says how precisely a time is known.
type Precision uint8

// Precisions, finest first. PrecUnknown means no time.
const (
	PrecUnknown Precision = iota
	PrecDay
	PrecWeek
	PrecMonth
	PrecSeason
	PrecQuarter
	PrecHalf
	PrecYear
	PrecDecade
)

var precNames = [...]string{"unknown", "day", "week", "month", "season", "quarter", "half", "year", "decade"}

// String returns the lower-case name used in the dataset ("day", "month", ...).
func (p Precision) String() string {
	if int(p) < len(precNames) {
		return precNames[p]
	}
	return fmt.Sprintf("precision(%d)", p)
}

// ParsePrecision is the inverse of Precision.String.
func ParsePrecision(s string) (Precision, bool) {
	for i, n := range precNames {
		if n == s {
			return Precision(i), true
		}
	}
	return PrecUnknown, false
}

// Anchor is a resolved time: a TIMEX3-style value and the inclusive range of
// days it covers. It anchors relative expressions (publication date, or the
// time of the previous event in a chain).
type Anchor struct {
	Value     string // "2021-12-10", "2021-12", "2021", "2020-SU", "2020-Q3", "2020-10/2021-03"
	Begin     Date   // first day covered
	Last      Date   // last day covered (inclusive)
	Precision Precision
}

// Known reports whether the anchor holds a time.
func (a Anchor) Known() bool { return a.Precision != PrecUnknown && a.Value != "" }

// Timex is a time expression found in Document.Text.
type Timex struct {
	Sentence  int    // index of the sentence that holds it
	Start     int    // offset in Document.Text
	End       int    // offset in Document.Text (exclusive)
	Text      string // the expression as written
	Anchor           // resolved value; Value == "" when it could not be resolved
	Qualifier string // "early", "mid", "late", "by", "before", "after", "since", "circa" or ""
	Relative  bool   // resolved against the publication date or a previous time
	Citation  bool   // a citation or access date of a source: never an event time
}

// Event types.
const (
	TypeCoup           = "coup"
	TypeCeasefire      = "ceasefire"
	TypePrisonerSwap   = "prisoner_swap"
	TypeWithdrawal     = "withdrawal"
	TypePeaceAgreement = "peace_agreement"
	TypeTalks          = "talks"
)

// Types lists the event types in their canonical order.
var Types = []string{TypeCoup, TypeCeasefire, TypePrisonerSwap, TypeWithdrawal, TypePeaceAgreement, TypeTalks}

// Factuality values. Only FactAsserted mentions become events.
const (
	FactAsserted     = "asserted"
	FactNegated      = "negated"
	FactHypothetical = "hypothetical"
	FactDemanded     = "demanded"
)

// Mention is one place in one document where the text asserts (or denies,
// imagines, demands) an event of one of the six types.
type Mention struct {
	ID         string // stable id, see MentionID
	DocID      string
	Sentence   int // index into Document.Sentences
	Type       string
	Subtype    string // "" when none
	Factuality string

	Trigger      string // the trigger word(s) as written
	TriggerStart int    // offset in Document.Text
	TriggerEnd   int

	Time Timex // the time attached to this event; Time.Value == "" when none

	Actors  []string // canonical actor names, most important first
	Place   string   // canonical place name, "" when unknown
	Country string   // ISO 3166-1 alpha-3 code, "" when unknown

	SpanStart int    // byte offset of the sentence in the original file
	SpanEnd   int    // exclusive
	Text      string // the sentence text (cleaned)

	EventID string // set by resolve
}

// MentionID is the stable id of a mention: document, sentence span in the
// original file, type and the mention's rank among same-type mentions of that
// sentence.
func MentionID(docID string, spanStart int, typ string, rank int) string {
	return fmt.Sprintf("%s:%d:%s:%d", docID, spanStart, typ, rank)
}

// Event is a canonical real-world event: one or more mentions merged across
// sentences and documents.
type Event struct {
	ID        string // stable id derived from the merged mentions
	Type      string
	Subtype   string
	Time      Anchor // best time of the merged mentions
	Qualifier string
	TimeText  string // the time expression of the mention the time came from
	Actors    []string
	Place     string
	Country   string
	Mentions  []string // mention ids, sorted
	Docs      []string // document ids, sorted
	Sentence  string   // text of the representative (earliest, most precise) mention
}
