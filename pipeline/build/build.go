// Package build runs the whole pipeline over an input directory and
// publishes the dataset: manifest -> ingest -> segment -> temporal ->
// extract (per document, on all cores, with a per-document cache) ->
// resolve (across documents) -> emit (Parquet) -> store (DuckDB).
//
// Publishing is all-or-nothing. The build holds a lock next to the output
// directory, writes everything into a staging directory beside it, and only
// when every file is complete swaps the staging directory into place with
// one atomic rename. A build that fails or is killed leaves the previous
// dataset untouched and readable.
package build

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/apache/arrow/go/v17/arrow/array"
	"github.com/rs/zerolog"

	"eventtimeline/pipeline/emit"
	"eventtimeline/pipeline/extract"
	"eventtimeline/pipeline/ingest"
	"eventtimeline/pipeline/manifest"
	"eventtimeline/pipeline/model"
	"eventtimeline/pipeline/resolve"
	"eventtimeline/pipeline/segment"
	"eventtimeline/pipeline/store"
	"eventtimeline/pipeline/temporal"
	"eventtimeline/schemas"
)

// Output file names inside the dataset directory.
const (
	DocumentsFile = "documents.parquet"
	MentionsFile  = "mentions.parquet"
	EventsFile    = "events.parquet"
	DBFile        = "events.duckdb"
)

// ErrRejected is returned (wrapped) by Run when the dataset was built but
// some documents were rejected; with Config.Strict it is a failure and
// nothing is published.
var ErrRejected = errors.New("some documents were rejected")

// Config says what to build and how.
type Config struct {
	Input     string         // input directory (manifest.csv + documents)
	Out       string         // output directory, replaced atomically
	CacheDir  string         // per-document cache; "" = none
	Workers   int            // per-document workers; 0 = number of CPUs
	Strict    bool           // any rejected document fails the build
	Wait      bool           // wait for another build's lock instead of failing
	BuildTime string         // recorded in Parquet metadata when set (SOURCE_DATE_EPOCH)
	Log       zerolog.Logger // progress and summary
	// Progress is how often a progress line is logged; 0 = every 2 seconds.
	Progress time.Duration
	// Hooks for fault-injection tests: called after the named phase.
	AfterPhase func(phase string)
}

// Rejection is a document that could not be processed, and why.
type Rejection struct {
	ID, Path, Reason string
}

// Result summarises a finished build.
type Result struct {
	Documents  int            // documents seen (ok + rejected)
	Rejected   []Rejection    // rejected documents, by id
	Reused     int            // documents taken from the cache
	Bytes      int64          // input bytes read
	Mentions   int            // mention rows
	Events     int            // event rows
	ByType     map[string]int // events per type
	InputHash  string
	Duration   time.Duration
	OutDir     string
	Statistics map[string]int64 // rows per DuckDB relation
}

// Stages returns the per-document stages in order.
func Stages() []model.Processor {
	return []model.Processor{segment.New(), temporal.New(), extract.New()}
}

// Run builds the dataset. On success (and on ErrRejected without Strict)
// the new dataset is in cfg.Out; on any other error cfg.Out is unchanged.
func Run(ctx context.Context, cfg Config) (*Result, error) {
	start := time.Now()
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.NumCPU()
	}
	if cfg.Progress <= 0 {
		cfg.Progress = 2 * time.Second
	}
	log := cfg.Log
	out, err := filepath.Abs(cfg.Out)
	if err != nil {
		return nil, fmt.Errorf("output %s: %w", cfg.Out, err)
	}
	if st, err := os.Stat(cfg.Input); err != nil {
		return nil, fmt.Errorf("input: %w", err)
	} else if !st.IsDir() {
		return nil, fmt.Errorf("input %s: not a directory", cfg.Input)
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return nil, fmt.Errorf("output %s: %w", out, err)
	}
	unlock, err := acquireLock(out, cfg.Wait, func(holder string) {
		log.Warn().Str("holder", holder).Msg("another build holds the lock on the output directory; waiting for it")
	})
	if err != nil {
		return nil, err
	}
	defer unlock()
	if removed, err := removeStale(out); err != nil {
		return nil, fmt.Errorf("remove stale staging directories: %w", err)
	} else if len(removed) > 0 {
		log.Info().Strs("dirs", removed).Msg("removed staging directories of interrupted builds")
	}
	// Each phase's wall time goes into the final log line; with -v each
	// phase is also logged as it ends, with the memory in use.
	var phases []phaseTime
	last := start
	phase := func(name string) {
		now := time.Now()
		phases = append(phases, phaseTime{name, now.Sub(last)})
		last = now
		log.Debug().Str("phase", name).Str("rss", rss()).Str("elapsed", time.Since(start).Round(time.Millisecond).String()).Msg("phase done")
		if cfg.AfterPhase != nil {
			cfg.AfterPhase(name)
		}
	}

	// The manifest (which checks every file of the input directory) is read
	// while the cache and the staging directory are set up.
	type manifestResult struct {
		entries []manifest.Entry
		err     error
	}
	manifestDone := make(chan manifestResult, 1)
	go func() {
		entries, err := manifest.Load(cfg.Input)
		manifestDone <- manifestResult{entries, err}
	}()
	// Whatever the path out of Run, the goroutine has finished by then.
	manifestRead := false
	defer func() {
		if !manifestRead {
			<-manifestDone
		}
	}()

	x := &extractor{dir: cfg.Input, stages: Stages()}
	if x.abs, err = filepath.Abs(cfg.Input); err != nil {
		return nil, fmt.Errorf("input %s: %w", cfg.Input, err)
	}
	var pack *packReader
	if cfg.CacheDir != "" {
		if x.cache, err = NewCache(cfg.CacheDir, extractorVersion(cfg.CacheDir)); err != nil {
			return nil, err
		}
		removeStalePacks(cfg.CacheDir)
		pack = openPack(cfg.CacheDir)
		defer pack.close()
		x.memo = loadHashMemo(cfg.CacheDir)
	}

	// Staging directory beside out: everything is written here first.
	tmp, err := os.MkdirTemp(filepath.Dir(out), tmpPrefix(out)+fmt.Sprint(os.Getpid())+"-")
	if err != nil {
		return nil, fmt.Errorf("staging directory: %w", err)
	}
	if err := os.Chmod(tmp, 0o755); err != nil { // MkdirTemp makes it 0700
		return nil, fmt.Errorf("staging directory: %w", err)
	}
	published := false
	defer func() {
		if !published {
			os.RemoveAll(tmp)
		}
	}()
	// The spill file: with a cache it becomes the cache's next pack file.
	var sp *spill
	if x.cache != nil {
		sp, err = newSpill(cfg.CacheDir, packTempPattern())
	} else {
		sp, err = newSpill(tmp, ".mentions-*.spill")
	}
	if err != nil {
		return nil, err
	}
	defer sp.remove()
	m := <-manifestDone
	manifestRead = true
	if m.err != nil {
		return nil, fmt.Errorf("manifest: %w", m.err)
	}
	entries := m.entries
	log.Info().Str("input", cfg.Input).Int("documents", len(entries)).Int("workers", cfg.Workers).Msg("build started")
	phase("start")

	// Per-document stages. Each accepted document's cache entry (its
	// mentions included) goes to the spill file in input order; slim copies
	// of the asserted mentions stay in memory for the merge.
	var slim slimList
	docs, res, err := processAll(ctx, cfg, entries, x, pack, func(r *docResult) error {
		slim.add(r.slim)
		if r.entry == nil {
			return nil
		}
		return sp.writeDoc(r.doc.ID, r.key, r.entry, r.doc.NumMentions)
	})
	if err != nil {
		return nil, err
	}
	pack.close()
	if x.cache != nil {
		x.memo.save(cfg.CacheDir)
		// The spill holds the entries of every accepted document: the next
		// build reads them from there. Only a speed-up if it fails.
		if err := sp.keep(filepath.Join(cfg.CacheDir, packFile)); err != nil {
			log.Warn().Err(err).Msg("cache pack file not written")
		}
	}
	phase("extract")
	if cfg.Strict && len(res.Rejected) > 0 {
		return res, fmt.Errorf("--strict: %d document(s) rejected, nothing published: %w", len(res.Rejected), ErrRejected)
	}

	// documents.parquet depends only on the documents, so it is written on
	// the other core while the merge runs.
	res.InputHash = inputHash(docs)
	meta := emit.Meta{SchemaVersion: schemas.Version, InputHash: res.InputHash, BuildTime: cfg.BuildTime}
	docsDone := make(chan error, 1)
	go func() { docsDone <- emit.WriteDocuments(filepath.Join(tmp, DocumentsFile), docs, meta) }()

	// Cross-document merge. Afterwards only what the output needs is kept:
	// each asserted mention's event id, in spill order, and which mention
	// gives each event its sentence.
	events := resolve.Resolve(slim.pointers())
	eventIDs := slim.eventRefs()
	rep := representatives(events, &slim)
	slim = slimList{}
	res.Mentions, res.Events = sp.n, len(events)
	res.ByType = map[string]int{}
	for _, e := range events {
		res.ByType[e.Type]++
	}
	if err := <-docsDone; err != nil {
		return nil, err
	}
	phase("resolve")
	// Hand the Go heap's free pages (the slim mentions are garbage now)
	// back to the OS before DuckDB allocates its own memory, so that the two
	// do not add up in the peak RSS; and while DuckDB loads the mentions,
	// keep the Go heap within the memory limit less what DuckDB may use.
	debug.FreeOSMemory()
	restoreLimit := shareMemoryLimit(store.LoaderMemory)
	defer restoreLimit()

	// mentions.parquet and the mentions table are made from the same Arrow
	// records at once: DuckDB loads each row group on its thread while the
	// Parquet writer encodes it on another. DuckDB opens the database and
	// loads the documents table while the first row group is being built.
	// events.parquet is written as soon as the last mention has given the
	// events their sentences.
	var loader *store.Loader
	defer func() {
		if loader != nil {
			loader.Abort() // a no-op once Finish has succeeded
		}
	}()
	err = writeMentions(tmp, meta, sp, eventIDs, rep, events, duckLoad(tmp, &loader))
	if err != nil {
		return nil, err
	}
	eventIDs = eventRefs{}
	sp.remove()
	phase("parquet")
	if err := loader.Load(schemas.TableEvents); err != nil {
		return nil, fmt.Errorf("duckdb: %w", err)
	}
	if err := loader.Finish(); err != nil {
		return nil, fmt.Errorf("duckdb: %w", err)
	}
	res.Statistics = loader.Counts()
	restoreLimit()
	phase("duckdb")
	if _, err := os.Stat(filepath.Join(out, "README.md")); err == nil {
		if err := copyFile(filepath.Join(out, "README.md"), filepath.Join(tmp, "README.md")); err != nil {
			return nil, fmt.Errorf("carry out/README.md over: %w", err)
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := swapIn(tmp, out); err != nil {
		return nil, err
	}
	published = true
	phase("swap")
	res.Duration = time.Since(start)
	res.OutDir = out
	ms := zerolog.Dict()
	for _, p := range phases {
		ms.Int64(p.name, p.d.Milliseconds())
	}
	log.Info().Dict("phase_ms", ms).Str("took", res.Duration.Round(time.Millisecond).String()).
		Int("reused", res.Reused).Int("mentions", res.Mentions).Int("events", res.Events).Msg("build finished")
	if len(res.Rejected) > 0 {
		return res, fmt.Errorf("%d document(s) rejected: %w", len(res.Rejected), ErrRejected)
	}
	return res, nil
}

// shareMemoryLimit lowers the Go runtime's soft memory limit, when one is
// set (timeline build sets it, see --memory-limit), by other, the memory
// that something outside the Go heap (DuckDB) is about to use at the same
// time, so that the two together stay within the limit; the garbage
// collector then works harder instead of letting the heap grow. It never
// goes below half the limit. It returns the function that restores the
// limit (only the first call does anything).
func shareMemoryLimit(other int64) (restore func()) {
	limit := debug.SetMemoryLimit(-1) // reads it
	if limit == math.MaxInt64 {
		return func() {}
	}
	debug.SetMemoryLimit(max(limit-other, limit/2))
	restored := false
	return func() {
		if !restored {
			restored = true
			debug.SetMemoryLimit(limit)
		}
	}
}

// phaseTime is how long one phase of a build took.
type phaseTime struct {
	name string
	d    time.Duration
}

// rss reports the process's resident and peak resident memory (Linux).
func rss() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "?"
	}
	var cur, peak string
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmRSS:"); ok {
			cur = strings.TrimSpace(v)
		}
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			peak = strings.TrimSpace(v)
		}
	}
	return cur + " (peak " + peak + ")"
}

// inputHash identifies the input: every document's id, content hash and
// publication date, in id order.
func inputHash(docs []*model.Document) string {
	h := sha256.New()
	for _, d := range docs {
		fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s\n", d.ID, d.SHA256, d.Published.Value, d.Status)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// extractor is what the per-document workers share.
type extractor struct {
	dir    string // input directory
	abs    string // its absolute path, which names files in the hash memo
	stages []model.Processor
	cache  *Cache    // nil without a cache
	memo   *hashMemo // nil without a cache
}

// batchDocs is the number of documents a worker takes at a time.
const batchDocs = 16

type job struct {
	i    int
	e    manifest.Entry
	pack []*packRecord // the previous build's entries for this document id
}

// docResult is one processed document on its way to the sink: the
// document's metadata (its text and per-sentence slices dropped), its cache
// key and cache entry (nil for a rejected document) for the spill file, and
// slim copies of its asserted mentions for the merge.
type docResult struct {
	i     int
	doc   *model.Document
	hit   bool
	err   error
	key   string
	entry []byte
	slim  []model.Mention
}

// processAll runs ingest and the per-document stages on all entries with
// cfg.Workers goroutines and hands each result to sink in entry order,
// whatever the scheduling, so the output is deterministic. At most a few
// documents per worker are in flight, so memory does not grow with the
// input beyond the slim mentions the sink keeps. pack, when not nil, is
// read in step with the entries.
func processAll(ctx context.Context, cfg Config, entries []manifest.Entry, x *extractor, pack *packReader, sink func(*docResult) error) ([]*model.Document, *Result, error) {
	log := cfg.Log
	docs := make([]*model.Document, len(entries))
	res := &Result{Documents: len(entries)}
	// Documents go to the workers in batches of consecutive ones: a
	// document taken from the cache costs little more than handing it from
	// goroutine to goroutine.
	jobs := make(chan []job)
	results := make(chan []*docResult, cfg.Workers)
	var wg sync.WaitGroup
	for w := 0; w < cfg.Workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := &worker{x: x}
			for b := range jobs {
				rs := make([]*docResult, len(b))
				for k, j := range b {
					rs[k] = w.process(j)
				}
				results <- rs
			}
		}()
	}
	// Feed batches, at most 3 per worker ahead of the sink.
	window := make(chan struct{}, 3*cfg.Workers)
	feedCtx, stopFeed := context.WithCancel(ctx)
	defer stopFeed()
	feedDone := make(chan struct{})
	go func() {
		defer close(feedDone)
		defer close(jobs)
		for first := 0; first < len(entries); first += batchDocs {
			select {
			case window <- struct{}{}:
			case <-feedCtx.Done():
				return
			}
			b := make([]job, 0, batchDocs)
			for i := first; i < min(first+batchDocs, len(entries)); i++ {
				e := entries[i]
				b = append(b, job{i: i, e: e, pack: pack.candidates(e.ID)})
			}
			select {
			case jobs <- b:
			case <-feedCtx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(results) }()
	// The feeder reads the pack: it must be done before the caller closes it.
	defer func() { stopFeed(); <-feedDone }()

	ticker := time.NewTicker(cfg.Progress)
	defer ticker.Stop()
	start := time.Now()
	pending := map[int][]*docResult{} // batches by their first document
	next := 0
	var firstErr error
	fail := func(err error) {
		if firstErr == nil {
			firstErr = err
			stopFeed()
		}
	}
	for next < len(entries) {
		var rs []*docResult
		var ok bool
		select {
		case rs, ok = <-results:
		case <-ticker.C:
			secs := time.Since(start).Seconds()
			log.Info().Int("done", next).Int("of", len(entries)).
				Str("read", fmt.Sprintf("%.1f MB", float64(res.Bytes)/1e6)).
				Str("rate", fmt.Sprintf("%.1f MB/s", float64(res.Bytes)/1e6/secs)).Msg("extracting")
			continue
		case <-ctx.Done():
			fail(ctx.Err())
		}
		if firstErr != nil {
			break
		}
		if !ok {
			fail(errors.New("internal error: workers stopped early"))
			break
		}
		pending[rs[0].i] = rs
		for firstErr == nil {
			rs, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			<-window
			for _, r := range rs {
				next++
				if r.err != nil && !errors.Is(r.err, errDocRejected) {
					fail(r.err)
					break
				}
				docs[r.i] = r.doc
				res.Bytes += r.doc.Size
				if r.hit {
					res.Reused++
				}
				if r.doc.Status == model.StatusRejected {
					res.Rejected = append(res.Rejected, Rejection{ID: r.doc.ID, Path: r.doc.Path, Reason: r.doc.Reason})
				}
				if err := sink(r); err != nil {
					fail(err)
					break
				}
			}
		}
		if firstErr != nil {
			break
		}
	}
	if firstErr != nil {
		stopFeed()
		for range results { // let the workers finish
		}
		return nil, nil, firstErr
	}
	sort.Slice(res.Rejected, func(i, j int) bool { return res.Rejected[i].ID < res.Rejected[j].ID })
	log.Info().Int("documents", len(docs)).Int("reused", res.Reused).Int("extracted", len(docs)-res.Reused-len(res.Rejected)).
		Int("rejected", len(res.Rejected)).Str("read", fmt.Sprintf("%.1f MB", float64(res.Bytes)/1e6)).
		Str("took", time.Since(start).Round(time.Millisecond).String()).Msg("documents processed")
	return docs, res, nil
}

// errDocRejected marks per-document failures, which reject that document
// but do not stop the build.
var errDocRejected = errors.New("document rejected")

// worker is the state of one per-document worker goroutine.
type worker struct {
	x       *extractor
	in      interner        // strings shared across this worker's cache hits
	scratch []model.Mention // slim mentions of the document at hand
}

// process takes one document from the cache, or reads and extracts it,
// and prepares it for the sink.
func (w *worker) process(j job) *docResult {
	x := w.x
	if r := w.cached(j); r != nil {
		return r
	}
	doc, err := extractDoc(x.dir, j.e, x.stages)
	r := &docResult{i: j.i, doc: doc, err: err}
	slim := w.scratch[:0]
	for k := range doc.Mentions {
		if m := &doc.Mentions[k]; m.Factuality == model.FactAsserted {
			s := *m
			s.Text, s.Trigger = "", ""
			s.Time.Text = strings.Clone(s.Time.Text)
			slim = append(slim, s)
		}
	}
	r.slim = w.keep(slim)
	if doc.Status == model.StatusOK {
		r.entry = encodeEntry(nil, doc)
		if x.cache != nil {
			r.key = x.cache.key(j.e, doc.SHA256)
			if err := x.cache.putEntry(r.key, doc.ID, r.entry); err != nil {
				// A cache that cannot be written only costs speed next time.
				doc.Reason = strings.TrimSpace(doc.Reason + " (not cached: " + err.Error() + ")")
			}
		}
	}
	doc.NumSentences, doc.NumMentions = doc.SentenceCount(), len(doc.Mentions)
	doc.Raw, doc.Text = nil, ""
	doc.Sentences, doc.Timexes, doc.Mentions = nil, nil, nil
	return r
}

// keep returns an exactly sized copy of the slim mentions in slim (which
// is the worker's scratch buffer, kept for the next document).
func (w *worker) keep(slim []model.Mention) []model.Mention {
	w.scratch = slim[:0]
	if len(slim) == 0 {
		return nil
	}
	return slices.Clone(slim)
}

// cached returns the document of job j from the cache, nil on a miss. A
// document whose bytes, metadata and extractor are unchanged is taken from
// the previous build's pack file or, failing that, from its own entry file,
// without decoding or cleaning it again.
func (w *worker) cached(j job) *docResult {
	x, e := w.x, j.e
	if x.cache == nil || e.Err != nil || !manifest.SafePath(e.File) {
		return nil
	}
	sha, size, ok := x.contentHash(e)
	if !ok {
		return nil
	}
	key := x.cache.key(e, sha)
	try := func(entry []byte) *docResult {
		d := entryDoc(e)
		d.SHA256, d.Size = sha, size
		slim, ok := decodeHit(entry, d, w.scratch[:0], &w.in)
		if !ok {
			w.scratch = slim[:0]
			return nil
		}
		return &docResult{i: j.i, doc: d, hit: true, key: key, entry: entry, slim: w.keep(slim)}
	}
	for _, c := range j.pack {
		if c.key == key {
			if r := try(c.entry); r != nil {
				return r
			}
		}
	}
	if entry := x.cache.readEntry(key); entry != nil {
		return try(entry)
	}
	return nil
}

// contentHash returns the SHA-256 (hex) and size of the document's file:
// remembered by the hash memo when the file's identity is unchanged, else
// read and hashed. It reports false when the file cannot be read, is not a
// regular file or is too large for ingest (which then says why).
func (x *extractor) contentHash(e manifest.Entry) (sha string, size int64, ok bool) {
	p := filepath.Join(x.dir, filepath.FromSlash(e.File))
	now := time.Now()
	fi, err := os.Stat(p)
	if err != nil || !fi.Mode().IsRegular() || fi.Size() > ingest.MaxSize {
		return "", 0, false
	}
	abs := filepath.Join(x.abs, filepath.FromSlash(e.File))
	st, hasID := fileStatOf(fi)
	if hasID {
		if sha, ok := x.memo.lookup(abs, st); ok {
			return sha, st.size, true
		}
	}
	raw, err := os.ReadFile(p)
	if err != nil {
		return "", 0, false
	}
	sum := sha256.Sum256(raw)
	sha = hex.EncodeToString(sum[:])
	if hasID && int64(len(raw)) == st.size {
		x.memo.record(abs, st, sha, now)
	}
	return sha, int64(len(raw)), true
}

// extractDoc reads one document and runs the stages on it. The returned
// document is never nil; a document that fails any stage is returned
// rejected with the reason (and an error wrapping errDocRejected).
func extractDoc(dir string, e manifest.Entry, stages []model.Processor) (*model.Document, error) {
	reject := func(d *model.Document, err error) (*model.Document, error) {
		d.Status = model.StatusRejected
		d.Reason = err.Error()
		d.Raw, d.Text, d.Sentences, d.Timexes, d.Mentions = nil, "", nil, nil, nil
		return d, fmt.Errorf("%w: %v", errDocRejected, err)
	}
	if e.Err != nil {
		return reject(entryDoc(e), e.Err)
	}
	doc, err := ingest.Read(dir, e)
	if doc == nil {
		doc = entryDoc(e)
	}
	doc.Size = int64(len(doc.Raw))
	if err != nil || doc.Status == model.StatusRejected {
		if err == nil {
			err = errors.New(doc.Reason)
		}
		return reject(doc, err)
	}
	for _, st := range stages {
		if err := runStage(st, doc); err != nil {
			return reject(doc, fmt.Errorf("%s: %w", stageName(st), err))
		}
	}
	return doc, nil
}

// writeMentions streams the spilled mentions into mentions.parquet in dir
// and, from the same Arrow records at the same time, to load (which runs
// on a goroutine of its own and must read its reader to the end or fail);
// it gives the k-th asserted mention of the spill the event id
// eventIDs.id(k), fills in each event's representative sentence
// (rep: mention id -> event index) on the way, and writes events.parquet
// once the last mention is read, while the other two finish.
// duckLoad returns the load function that writeMentions feeds: it opens
// the DuckDB file in dir, loads the documents table from its Parquet file,
// then the mentions as they stream. *loader is set once the database is
// open, so that the caller can abort or finish it.
func duckLoad(dir string, loader **store.Loader) func(array.RecordReader) error {
	return func(mentions array.RecordReader) error {
		l, err := store.NewLoader(filepath.Join(dir, DBFile), dir)
		if err != nil {
			return err
		}
		*loader = l
		if err := l.Load(schemas.TableDocuments); err != nil {
			return err
		}
		return l.LoadArrow(schemas.TableMentions, mentions)
	}
}

func writeMentions(dir string, meta emit.Meta, sp *spill, eventIDs eventRefs, rep map[string]int, events []model.Event, load func(array.RecordReader) error) (err error) {
	rr, err := sp.records()
	if err != nil {
		return err
	}
	mw, err := emit.NewMentionWriter(filepath.Join(dir, MentionsFile), meta)
	if err != nil {
		return err
	}
	// An unbuffered queue: a row group waits in the producer until DuckDB
	// takes it, so that no more than the row groups being built, encoded
	// and loaded are in memory.
	q := newRecordQueue(schemas.Mentions(), 0)
	mw.SetRecordSink(q.push)
	loaded := make(chan error, 1)
	go func() {
		err := load(q)
		q.abandon()
		if err != nil {
			err = fmt.Errorf("duckdb: %w", err)
		}
		loaded <- err
	}()
	// Whatever happens, the load is told that no more records come and
	// waited for, so that it never outlives this function.
	defer func() {
		if err != nil {
			mw.Close()
		}
		q.close(err)
		// A load that failed stops taking records: its error is the cause.
		if lerr := <-loaded; lerr != nil && (err == nil || errors.Is(err, errQueueAbandoned)) {
			err = lerr
		}
	}()
	// The mentions go from the spill's bytes to the Arrow builders without
	// a string per field in between.
	var row emit.MentionRow
	k := 0
	for {
		entry, err := rr.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("read back mentions: %w", err)
		}
		var h entryHeader
		if !h.parse(entry) {
			return errors.New("read back mentions: damaged spill record")
		}
		d := byteDecoder{b: h.mentions}
		for range h.nMent {
			if decodeRow(&d, &row); d.bad {
				return errors.New("read back mentions: damaged spill record")
			}
			if string(row.Factuality) == model.FactAsserted {
				if k >= eventIDs.len() {
					return fmt.Errorf("internal error: more asserted mentions in the spill than were merged (%d)", eventIDs.len())
				}
				row.EventID = eventIDs.id(k)
				k++
			}
			if i, ok := rep[string(row.ID)]; ok {
				events[i].Sentence = string(row.Text)
			}
			if err := mw.WriteRow(&row); err != nil {
				return err
			}
		}
		if len(d.b) != 0 {
			return errors.New("read back mentions: damaged spill record")
		}
	}
	if k != eventIDs.len() {
		return fmt.Errorf("internal error: %d asserted mentions in the spill, %d merged", k, eventIDs.len())
	}
	// DuckDB has every row once the last ones are cut: it can commit its
	// table while the Parquet encoder finishes the file.
	if err := mw.Finish(); err != nil {
		return err
	}
	q.close(nil)
	evDone := make(chan error, 1)
	go func() { evDone <- emit.WriteEvents(filepath.Join(dir, EventsFile), events, meta) }()
	err = mw.Close()
	if everr := <-evDone; err == nil {
		err = everr
	}
	return err
}

// slimList holds the slim asserted mentions, as the per-document slices
// the workers made (exactly sized, so the sink only keeps the slice and
// never copies mentions, and growing the list never copies them either).
type slimList struct {
	docs [][]model.Mention
	n    int
}

func (l *slimList) add(ms []model.Mention) {
	if len(ms) > 0 {
		l.docs = append(l.docs, ms)
		l.n += len(ms)
	}
}

// each calls f on every mention in order.
func (l *slimList) each(f func(m *model.Mention)) {
	for _, c := range l.docs {
		for i := range c {
			f(&c[i])
		}
	}
}

func (l *slimList) pointers() []*model.Mention {
	ps := make([]*model.Mention, 0, l.n)
	l.each(func(m *model.Mention) { ps = append(ps, m) })
	return ps
}

// eventRefs is the event id of every asserted mention, in spill order, kept
// as an index into the table of distinct ids: 4 bytes a mention instead of
// a string's 16, which counts at millions of mentions.
type eventRefs struct {
	ids  []string
	refs []int32
}

func (r eventRefs) len() int        { return len(r.refs) }
func (r eventRefs) id(k int) string { return r.ids[r.refs[k]] }

func (l *slimList) eventRefs() eventRefs {
	r := eventRefs{refs: make([]int32, 0, l.n)}
	index := map[string]int32{}
	l.each(func(m *model.Mention) {
		i, ok := index[m.EventID]
		if !ok {
			i = int32(len(r.ids))
			r.ids = append(r.ids, m.EventID)
			index[m.EventID] = i
		}
		r.refs = append(r.refs, i)
	})
	return r
}

// representatives maps, for every event, the id of the mention its time
// (and so its sentence) came from to the event's index: the first member,
// in input order, whose time value and expression are the event's.
func representatives(events []model.Event, slim *slimList) map[string]int {
	idx := make(map[string]int, len(events))
	for i, e := range events {
		idx[e.ID] = i
	}
	rep := make(map[string]int, len(events))
	done := make([]bool, len(events))
	slim.each(func(m *model.Mention) {
		i, ok := idx[m.EventID]
		if !ok || done[i] {
			return
		}
		if e := &events[i]; m.Time.Value == e.Time.Value && m.Time.Text == e.TimeText {
			rep[m.ID], done[i] = i, true
		}
	})
	// An event whose time came from nowhere recognisable takes its first member.
	slim.each(func(m *model.Mention) {
		if i, ok := idx[m.EventID]; ok && !done[i] {
			rep[m.ID], done[i] = i, true
		}
	})
	return rep
}

// runStage calls a stage, turning a panic into an error so that one bad
// document cannot take the build down.
func runStage(st model.Processor, doc *model.Document) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return st.Process(doc)
}

func stageName(st model.Processor) string {
	n := fmt.Sprintf("%T", st)
	n = strings.TrimPrefix(n, "*")
	if i := strings.IndexByte(n, '.'); i >= 0 {
		n = n[:i]
	}
	return n
}

func entryDoc(e manifest.Entry) *model.Document {
	return &model.Document{
		ID: e.ID, Path: e.File, Title: e.Title, Publisher: e.Publisher, Author: e.Author,
		Published: e.Published, PublishedSource: "unknown", Status: model.StatusRejected,
	}
}
