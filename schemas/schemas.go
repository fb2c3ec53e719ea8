// Package schemas defines the Arrow schemas of the three tables the pipeline
// publishes (documents, mentions, events). The Parquet files and the DuckDB
// database are built from these schemas; DICTIONARY.md in this directory
// documents every column.
//
// Conventions: enumerations are dictionary-encoded strings
// (dictionary<int32, utf8>), dates are date32 (days since 1970-01-01, never
// timestamps), counts and offsets are signed integers (no unsigned types, so
// that Spark and Java readers load them), and a column is nullable exactly
// when its value can be missing.
package schemas

import "github.com/apache/arrow/go/v17/arrow"

// Version is the schema version written into every file's key-value
// metadata as "schema_version". Bump it whenever a column is added, removed,
// renamed or changes type or meaning.
const Version = "1"

// Table names, used as Parquet file stems and DuckDB relation names.
const (
	TableDocuments = "documents"
	TableMentions  = "mentions"
	TableEvents    = "events"
)

// Enum returns the Arrow type of enumerated string columns:
// dictionary<int32, utf8>.
func Enum() *arrow.DictionaryType {
	return &arrow.DictionaryType{IndexType: arrow.PrimitiveTypes.Int32, ValueType: arrow.BinaryTypes.String}
}

// StringList returns the Arrow type of list-of-string columns. The element
// field is named "element" and is nullable because that is how Parquet
// stores list elements (the pipeline never writes a null element).
func StringList() *arrow.ListType {
	return arrow.ListOfField(arrow.Field{Name: "element", Type: arrow.BinaryTypes.String, Nullable: true})
}

func str(name string, nullable bool) arrow.Field {
	return arrow.Field{Name: name, Type: arrow.BinaryTypes.String, Nullable: nullable}
}

func enum(name string, nullable bool) arrow.Field {
	return arrow.Field{Name: name, Type: Enum(), Nullable: nullable}
}

func date(name string) arrow.Field {
	return arrow.Field{Name: name, Type: arrow.FixedWidthTypes.Date32, Nullable: true}
}

func i32(name string, nullable bool) arrow.Field {
	return arrow.Field{Name: name, Type: arrow.PrimitiveTypes.Int32, Nullable: nullable}
}

func i64(name string) arrow.Field {
	return arrow.Field{Name: name, Type: arrow.PrimitiveTypes.Int64}
}

func list(name string) arrow.Field {
	return arrow.Field{Name: name, Type: StringList()}
}

// Column indexes of the documents schema, in order.
const (
	DocID = iota
	DocPath
	DocTitle
	DocPublisher
	DocAuthor
	DocPublishedStart
	DocPublishedEnd
	DocPublishedValue
	DocPublishedPrecision
	DocPublishedSource
	DocFormat
	DocEncoding
	DocSHA256
	DocBytes
	DocSentences
	DocMentions
	DocStatus
	DocReason
)

// Documents returns the schema of documents.parquet: one row per input
// document, accepted or rejected.
func Documents() *arrow.Schema {
	return arrow.NewSchema([]arrow.Field{
		str("doc_id", false),
		str("path", false),
		str("title", true),
		str("publisher", true),
		str("author", true),
		date("published_start"),
		date("published_end"),
		str("published_value", true),
		enum("published_precision", true),
		enum("published_source", false),
		enum("format", true),
		enum("encoding", true),
		str("sha256", false),
		i64("bytes"),
		i32("sentences", false),
		i32("mentions", false),
		enum("status", false),
		str("reason", true),
	}, nil)
}

// Column indexes of the mentions schema, in order.
const (
	MenID = iota
	MenEventID
	MenDocID
	MenSentenceIndex
	MenType
	MenSubtype
	MenFactuality
	MenTrigger
	MenDateStart
	MenDateEnd
	MenPrecision
	MenTimeValue
	MenQualifier
	MenTimeText
	MenActors
	MenPlace
	MenCountry
	MenSpanStart
	MenSpanEnd
	MenSentence
)

// Mentions returns the schema of mentions.parquet: one row per place in a
// document that asserts, denies, imagines or demands an event.
func Mentions() *arrow.Schema {
	return arrow.NewSchema([]arrow.Field{
		str("mention_id", false),
		str("event_id", true),
		str("doc_id", false),
		i32("sentence_index", false),
		enum("type", false),
		enum("subtype", true),
		enum("factuality", false),
		str("trigger", false),
		date("date_start"),
		date("date_end"),
		enum("precision", true),
		str("time_value", true),
		enum("qualifier", true),
		str("time_text", true),
		list("actors"),
		str("place", true),
		str("country", true),
		i64("span_start"),
		i64("span_end"),
		str("sentence", false),
	}, nil)
}

// Column indexes of the events schema, in order.
const (
	EvID = iota
	EvType
	EvSubtype
	EvDateStart
	EvDateEnd
	EvPrecision
	EvTimeValue
	EvQualifier
	EvTimeText
	EvYear
	EvActors
	EvPlace
	EvCountry
	EvMentionIDs
	EvDocIDs
	EvDocCount
	EvMentionCount
	EvSentence
)

// Events returns the schema of events.parquet: one row per canonical
// real-world event, merged from asserted mentions across documents.
func Events() *arrow.Schema {
	return arrow.NewSchema([]arrow.Field{
		str("event_id", false),
		enum("type", false),
		enum("subtype", true),
		date("date_start"),
		date("date_end"),
		enum("precision", true),
		str("time_value", true),
		enum("qualifier", true),
		str("time_text", true),
		i32("year", true),
		list("actors"),
		str("place", true),
		str("country", true),
		list("mention_ids"),
		list("doc_ids"),
		i32("doc_count", false),
		i32("mention_count", false),
		str("sentence", false),
	}, nil)
}
