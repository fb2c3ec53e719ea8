package schemas

import (
	"testing"

	"github.com/apache/arrow/go/v17/arrow"
)

func TestColumnIndexes(t *testing.T) {
	tests := []struct {
		schema *arrow.Schema
		idx    map[int]string
		n      int
	}{
		{Documents(), map[int]string{DocID: "doc_id", DocPublishedStart: "published_start", DocPublishedSource: "published_source", DocSHA256: "sha256", DocBytes: "bytes", DocMentions: "mentions", DocReason: "reason"}, DocReason + 1},
		{Mentions(), map[int]string{MenID: "mention_id", MenEventID: "event_id", MenSentenceIndex: "sentence_index", MenDateStart: "date_start", MenTimeText: "time_text", MenActors: "actors", MenCountry: "country", MenSpanEnd: "span_end", MenSentence: "sentence"}, MenSentence + 1},
		{Events(), map[int]string{EvID: "event_id", EvDateStart: "date_start", EvYear: "year", EvActors: "actors", EvMentionIDs: "mention_ids", EvDocIDs: "doc_ids", EvMentionCount: "mention_count", EvSentence: "sentence"}, EvSentence + 1},
	}
	for _, tc := range tests {
		if tc.schema.NumFields() != tc.n {
			t.Errorf("%v: %d fields, want %d", tc.schema, tc.schema.NumFields(), tc.n)
		}
		for i, name := range tc.idx {
			if got := tc.schema.Field(i).Name; got != name {
				t.Errorf("field %d = %q, want %q", i, got, name)
			}
		}
	}
}

// TestPortableTypes enforces the conventions readers rely on: no unsigned
// integers, no timestamps, dictionaries with int32 indexes over utf8, dates
// and optional values nullable.
func TestPortableTypes(t *testing.T) {
	for _, s := range []*arrow.Schema{Documents(), Mentions(), Events()} {
		seen := map[string]bool{}
		for _, f := range s.Fields() {
			if seen[f.Name] {
				t.Errorf("duplicate column %q", f.Name)
			}
			seen[f.Name] = true
			switch ty := f.Type.(type) {
			case *arrow.Uint8Type, *arrow.Uint16Type, *arrow.Uint32Type, *arrow.Uint64Type:
				t.Errorf("%s: unsigned type %s", f.Name, ty)
			case *arrow.TimestampType, *arrow.Date64Type:
				t.Errorf("%s: %s, want date32", f.Name, ty)
			case *arrow.Date32Type:
				if !f.Nullable {
					t.Errorf("%s: date column must be nullable", f.Name)
				}
			case *arrow.DictionaryType:
				if ty.IndexType.ID() != arrow.INT32 || ty.ValueType.ID() != arrow.STRING {
					t.Errorf("%s: dictionary %s, want dictionary<int32, utf8>", f.Name, ty)
				}
			case *arrow.ListType:
				if ty.Elem().ID() != arrow.STRING || ty.ElemField().Name != "element" {
					t.Errorf("%s: list %s, want list<element: utf8>", f.Name, ty)
				}
			}
		}
	}
}

func TestSchemasAreFresh(t *testing.T) {
	a, b := Mentions(), Mentions()
	if !a.Equal(b) {
		t.Fatal("Mentions() differs between calls")
	}
	if a == b {
		t.Fatal("Mentions() returns a shared schema pointer")
	}
}
