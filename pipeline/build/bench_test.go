package build

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"eventtimeline/pipeline/emit"
	"eventtimeline/pipeline/manifest"
	"eventtimeline/pipeline/model"
	"eventtimeline/pipeline/resolve"
	"eventtimeline/pipeline/store"
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

// BenchmarkWriteMentions measures the build's "parquet" phase: the spilled
// mentions streamed into mentions.parquet and, from the same records, into
// a DuckDB database (opened, and its documents table loaded, as a build
// does), then events.parquet. The input is TIMELINE_BENCH_INPUT (a corpus
// directory, e.g. one made by timeline gen), the seeds without it; it is
// extracted once per test process, untimed (see writeFixture). The bytes
// are those of the input. Besides the time, it reports the CPU time of the
// whole process and of its garbage collector, per run.
func BenchmarkWriteMentions(b *testing.B) {
	f := loadWriteFixture(b)
	b.SetBytes(f.bytes)
	b.ReportAllocs()
	var cpu, gc time.Duration // CPU time of the process, and of the GC, in the timed parts
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		dir, err := os.MkdirTemp(f.dir, "out-")
		if err != nil {
			b.Fatal(err)
		}
		if err := emit.WriteDocuments(filepath.Join(dir, DocumentsFile), f.docs, f.meta); err != nil {
			b.Fatal(err)
		}
		cpu0, gc0 := processCPU(b), gcCPU()
		b.StartTimer()
		var loader *store.Loader
		err = writeMentions(dir, f.meta, f.spill, f.eventIDs, f.rep, f.events, duckLoad(dir, &loader))
		b.StopTimer()
		cpu += processCPU(b) - cpu0
		gc += gcCPU() - gc0
		if loader != nil {
			loader.Abort()
		}
		if err != nil {
			b.Fatal(err)
		}
		os.RemoveAll(dir)
		b.StartTimer()
	}
	b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op")
	b.ReportMetric(float64(gc.Milliseconds())/float64(b.N), "gc-cpu-ms/op")
}

// writeFixture is what a build has when it starts writing the tables: the
// spill file of the input's documents, the merged events and the
// documents.
type writeFixture struct {
	dir      string // holds the spill and the benchmark's outputs
	spill    *spill
	docs     []*model.Document
	events   []model.Event
	eventIDs eventRefs
	rep      map[string]int
	meta     emit.Meta
	bytes    int64
}

// theWriteFixture is made by the first benchmark that needs it and removed
// by TestMain.
var theWriteFixture *writeFixture

// loadWriteFixture extracts and merges TIMELINE_BENCH_INPUT (the seeds
// without it) into a writeFixture, once per process.
func loadWriteFixture(b *testing.B) *writeFixture {
	if theWriteFixture != nil {
		return theWriteFixture
	}
	input := os.Getenv("TIMELINE_BENCH_INPUT")
	if input == "" {
		input = seedDir
	}
	entries, err := manifest.Load(input)
	if err != nil {
		b.Fatal(err)
	}
	dir, err := os.MkdirTemp("", "timeline-bench-")
	if err != nil {
		b.Fatal(err)
	}
	f := &writeFixture{dir: dir}
	theWriteFixture = f // from here on, TestMain removes it
	if f.spill, err = newSpill(dir, "bench-*.spill"); err != nil {
		b.Fatal(err)
	}
	cfg := Config{Input: input, Workers: runtime.NumCPU(), Progress: time.Hour, Log: zerolog.Nop()}
	x := &extractor{dir: input, stages: Stages()}
	var slim slimList
	docs, res, err := processAll(context.Background(), cfg, entries, x, nil, func(r *docResult) error {
		slim.add(r.slim)
		if r.entry == nil {
			return nil
		}
		return f.spill.writeDoc(r.doc.ID, r.key, r.entry, r.doc.NumMentions)
	})
	if err != nil {
		b.Fatal(err)
	}
	f.docs, f.bytes = docs, res.Bytes
	f.events = resolve.Resolve(slim.pointers())
	f.eventIDs = slim.eventRefs()
	f.rep = representatives(f.events, &slim)
	f.meta = emit.Meta{InputHash: inputHash(docs)}
	return f
}

// remove deletes the fixture's files.
func (f *writeFixture) remove() {
	if f.spill != nil {
		f.spill.remove()
	}
	os.RemoveAll(f.dir)
}

// gcCPU is the runtime's estimate of the CPU time the garbage collector
// has used so far.
func gcCPU() time.Duration {
	s := []metrics.Sample{{Name: "/cpu/classes/gc/total:cpu-seconds"}}
	metrics.Read(s)
	return time.Duration(s[0].Value.Float64() * float64(time.Second))
}
