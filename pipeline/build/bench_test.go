package build

import (
	"testing"

	"eventtimeline/pipeline/manifest"
	"eventtimeline/pipeline/model"
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
		doc, err := extractDoc(seedDir, e, stages)
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
			if _, err := extractDoc(seedDir, e, stages); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkCacheHit decodes the cache entries of the seed documents as a
// rebuild does for every unchanged document (metadata and slim copies of
// the asserted mentions); the bytes are those of the entries.
func BenchmarkCacheHit(b *testing.B) {
	entries, err := manifest.Load(seedDir)
	if err != nil {
		b.Fatal(err)
	}
	stages := Stages()
	var encoded [][]byte
	var size int64
	for _, e := range entries {
		doc, err := extractDoc(seedDir, e, stages)
		if err != nil {
			b.Fatal(err)
		}
		enc := encodeEntry(nil, doc)
		encoded = append(encoded, enc)
		size += int64(len(enc))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	var in interner
	var slim []model.Mention
	for i := 0; i < b.N; i++ {
		for k, enc := range encoded {
			var ok bool
			doc := entryDoc(entries[k])
			if slim, ok = decodeHit(enc, doc, slim[:0], &in); !ok {
				b.Fatal("entry does not decode")
			}
		}
	}
}
