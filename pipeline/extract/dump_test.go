package extract

import (
	"bufio"
	"fmt"
	"os"
	"testing"

	"eventtimeline/pipeline/ingest"
	"eventtimeline/pipeline/manifest"
	"eventtimeline/pipeline/model"
	"eventtimeline/pipeline/segment"
	"eventtimeline/pipeline/temporal"
)

// TestDumpStages writes every sentence, time expression and mention the
// per-document stages produce for the directory in $EXTRACT_DUMP_DIR to the
// file $EXTRACT_DUMP_OUT, so two versions of the stages can be compared
// byte for byte. It is skipped unless both variables are set.
func TestDumpStages(t *testing.T) {
	dir, out := os.Getenv("EXTRACT_DUMP_DIR"), os.Getenv("EXTRACT_DUMP_OUT")
	if dir == "" || out == "" {
		t.Skip("EXTRACT_DUMP_DIR and EXTRACT_DUMP_OUT not set")
	}
	entries, err := manifest.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	defer w.Flush()
	stages := []model.Processor{segment.New(), temporal.New(), New()}
	for _, e := range entries {
		doc, err := ingest.Read(dir, e)
		if err != nil || doc.Status == model.StatusRejected {
			fmt.Fprintf(w, "REJECT %s %v\n", e.File, err)
			continue
		}
		for _, st := range stages {
			if err := st.Process(doc); err != nil {
				fmt.Fprintf(w, "ERR %s %v\n", doc.ID, err)
			}
		}
		fmt.Fprintf(w, "DOC %s %q %d\n", doc.ID, doc.Published.Value, len(doc.Text))
		for _, s := range doc.Sentences {
			fmt.Fprintf(w, "S %+v\n", s)
		}
		for _, x := range doc.Timexes {
			fmt.Fprintf(w, "T %+v\n", x)
		}
		for _, m := range doc.Mentions {
			fmt.Fprintf(w, "M %+v\n", m)
		}
	}
}

// corpusDocs reads, segments and time-tags the documents of $EXTRACT_BENCH_DIR
// (a directory with a manifest, such as one written by "timeline gen").
func corpusDocs(tb testing.TB) []*model.Document {
	tb.Helper()
	dir := os.Getenv("EXTRACT_BENCH_DIR")
	if dir == "" {
		tb.Skip("EXTRACT_BENCH_DIR not set")
	}
	entries, err := manifest.Load(dir)
	if err != nil {
		tb.Fatal(err)
	}
	seg, tag := segment.New(), temporal.New()
	var docs []*model.Document
	for _, e := range entries {
		doc, err := ingest.Read(dir, e)
		if err != nil || doc.Status == model.StatusRejected {
			continue
		}
		if err := seg.Process(doc); err != nil {
			tb.Fatal(err)
		}
		if err := tag.Process(doc); err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, doc)
	}
	return docs
}

// BenchmarkExtractCorpus runs the extractor over the corpus in
// $EXTRACT_BENCH_DIR (skipped when unset).
func BenchmarkExtractCorpus(b *testing.B) { benchmarkProcess(b, corpusDocs(b)) }

// TestConcurrentProcess runs one Extractor over the seed documents from
// several goroutines at once (as the build does) and checks that every
// document gets the same mentions as in a sequential run: the pooled
// working memory must never be shared between documents.
func TestConcurrentProcess(t *testing.T) {
	docs := seedDocs(t)
	x := New()
	want := make([][]model.Mention, len(docs))
	for k, d := range docs {
		doc := *d
		doc.Mentions = nil
		if err := x.Process(&doc); err != nil {
			t.Fatal(err)
		}
		want[k] = doc.Mentions
	}
	const workers = 4
	errs := make(chan string, workers*len(docs))
	done := make(chan bool)
	for w := 0; w < workers; w++ {
		go func(w int) {
			defer func() { done <- true }()
			for r := 0; r < 3; r++ {
				for k := range docs {
					k := (k + w) % len(docs)
					doc := *docs[k]
					doc.Mentions = nil
					if err := x.Process(&doc); err != nil {
						errs <- err.Error()
						return
					}
					if fmt.Sprintf("%+v", doc.Mentions) != fmt.Sprintf("%+v", want[k]) {
						errs <- fmt.Sprintf("worker %d: document %s: mentions differ from the sequential run", w, doc.ID)
					}
				}
			}
		}(w)
	}
	for w := 0; w < workers; w++ {
		<-done
	}
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
