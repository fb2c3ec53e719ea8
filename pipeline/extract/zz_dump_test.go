package extract

import (
	"fmt"
	"os"
	"testing"

	"eventtimeline/pipeline/ingest"
	"eventtimeline/pipeline/manifest"
	"eventtimeline/pipeline/segment"
	"eventtimeline/pipeline/temporal"
)

// TestZZDump is a temporary debugging aid (DUMP_DIR=dir).
func TestZZDump(t *testing.T) {
	dir := os.Getenv("DUMP_DIR")
	if dir == "" {
		t.Skip()
	}
	es, err := manifest.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	x := New()
	for _, e := range es {
		doc, err := ingest.Read(dir, e)
		if err != nil {
			t.Fatal(err)
		}
		segment.New().Process(doc)
		temporal.New().Process(doc)
		x.Process(doc)
		fmt.Printf("== %s published %s (%s)\n", doc.ID, doc.Published.Value, doc.PublishedSource)
		for _, tx := range doc.Timexes {
			fmt.Printf("  T s%d %q -> %s q=%s rel=%v cit=%v\n", tx.Sentence, tx.Text, tx.Value, tx.Qualifier, tx.Relative, tx.Citation)
		}
		for _, m := range doc.Mentions {
			fmt.Printf("  M s%d %s/%s %s t=%q(%s %s) c=%s a=%v | %.80s\n", m.Sentence, m.Type, m.Subtype, m.Factuality, m.Trigger, m.Time.Value, m.Time.Qualifier, m.Country, m.Actors, m.Text)
		}
	}
}
