package build

import (
	"testing"

	"eventtimeline/pipeline/manifest"
)

// BenchmarkDocumentStages runs ingest, segment, temporal and extract over
// the seed documents on one goroutine: the per-document cost of a build
// without the merge and the output.
func BenchmarkDocumentStages(b *testing.B) {
	entries, err := manifest.Load(seedDir)
	if err != nil {
		b.Fatal(err)
	}
	stages := Stages()
	var size int64
	for _, e := range entries {
		doc, _, err := extractOne(seedDir, e, stages, nil)
		if err != nil {
			b.Fatal(err)
		}
		size += doc.Size
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, e := range entries {
			if _, _, err := extractOne(seedDir, e, stages, nil); err != nil {
				b.Fatal(err)
			}
		}
	}
}
