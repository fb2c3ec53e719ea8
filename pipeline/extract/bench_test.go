package extract

import (
	"testing"

	"eventtimeline/pipeline/model"
)

// BenchmarkExtract runs the extractor over the seed documents, segmented and
// time-tagged by the pipeline's stages; bytes are the documents' text.
func BenchmarkExtract(b *testing.B) { benchmarkProcess(b, seedDocs(b)) }

// benchmarkProcess runs the extractor over copies of docs; bytes are the
// documents' text.
func benchmarkProcess(b *testing.B, docs []*model.Document) {
	var n int64
	for _, d := range docs {
		n += int64(len(d.Text))
	}
	x := New()
	work := make([]model.Document, len(docs))
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k, d := range docs {
			work[k] = *d
			work[k].Mentions = nil
			if err := x.Process(&work[k]); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkPrefilter measures the pass that skips sentences with no trigger
// word.
func BenchmarkPrefilter(b *testing.B) {
	docs := seedDocs(b)
	x := New()
	var n int64
	for _, d := range docs {
		n += int64(len(d.Text))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			for _, s := range d.Sentences {
				x.worthAnalysing(d.Text[s.Start:s.End])
			}
		}
	}
}

// BenchmarkTokenize measures the tokenizer with its lexicon lookups over
// every sentence of the seed documents.
func BenchmarkTokenize(b *testing.B) {
	docs := seedDocs(b)
	x := New()
	var n int64
	for _, d := range docs {
		n += int64(len(d.Text))
	}
	var toks []tok
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			low := lowerASCII(d.Text)
			for _, s := range d.Sentences {
				toks = tokenize(d.Text[s.Start:s.End], low[s.Start:s.End], toks[:0], x.lex)
			}
		}
	}
}
