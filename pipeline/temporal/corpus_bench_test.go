package temporal

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"eventtimeline/pipeline/ingest"
	"eventtimeline/pipeline/manifest"
	"eventtimeline/pipeline/model"
	"eventtimeline/pipeline/segment"
)

// corpusDocs reads and segments the documents of the directory named by
// $TIMELINE_CORPUS, up to $TIMELINE_CORPUS_MB megabytes (default 20); it
// skips the benchmark when the variable is unset.
func corpusDocs(b *testing.B) []*model.Document {
	dir := os.Getenv("TIMELINE_CORPUS")
	if dir == "" {
		b.Skip("TIMELINE_CORPUS not set")
	}
	limit := 20 << 20
	if mb, err := strconv.Atoi(os.Getenv("TIMELINE_CORPUS_MB")); err == nil && mb > 0 {
		limit = mb << 20
	}
	entries, err := manifest.Load(dir)
	if err != nil {
		b.Fatal(err)
	}
	var docs []*model.Document
	total := 0
	for _, e := range entries {
		if e.Err != nil {
			continue
		}
		doc, err := ingest.Read(filepath.Clean(dir), e)
		if err != nil {
			continue
		}
		if err := segment.New().Process(doc); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, doc)
		if total += len(doc.Text); total >= limit {
			break
		}
	}
	return docs
}

// BenchmarkTaggerCorpus runs the tagger over the segmented documents of a
// corpus (see corpusDocs), as the build does.
func BenchmarkTaggerCorpus(b *testing.B) {
	benchTagger(b, corpusDocs(b))
}
