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
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"time"

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
	phase := func(name string) {
		log.Debug().Str("phase", name).Str("rss", rss()).Str("elapsed", time.Since(start).Round(time.Millisecond).String()).Msg("phase done")
		if cfg.AfterPhase != nil {
			cfg.AfterPhase(name)
		}
	}

	entries, err := manifest.Load(cfg.Input)
	if err != nil {
		return nil, fmt.Errorf("manifest: %w", err)
	}
	log.Info().Str("input", cfg.Input).Int("documents", len(entries)).Int("workers", cfg.Workers).Msg("build started")

	var cache *Cache
	if cfg.CacheDir != "" {
		if cache, err = NewCache(cfg.CacheDir, extractorVersion(cfg.CacheDir)); err != nil {
			return nil, err
		}
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
	sp, err := newSpill(tmp)
	if err != nil {
		return nil, err
	}
	defer sp.remove()

	// Per-document stages. Mentions go to the spill file in input order;
	// slim copies of the asserted ones stay in memory for the merge, in
	// fixed-size chunks so that growing the list never copies it.
	var slim slimList
	docs, res, err := processAll(ctx, cfg, entries, cache, func(r *docResult) error {
		slim.add(r.slim)
		return sp.write(r.enc, r.doc.NumMentions)
	})
	if err != nil {
		return nil, err
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
	eventIDs := slim.eventIDs()
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
	debug.FreeOSMemory() // the slim mentions are garbage now

	if err := writeMentions(filepath.Join(tmp, MentionsFile), meta, sp, eventIDs, rep, events); err != nil {
		return nil, err
	}
	eventIDs = nil
	sp.remove()
	if err := emit.WriteEvents(filepath.Join(tmp, EventsFile), events, meta); err != nil {
		return nil, err
	}
	phase("parquet")
	// Hand the Go heap's free pages back to the OS before DuckDB allocates
	// its own memory, so that the two do not add up in the peak RSS (which
	// is also why DuckDB does not load tables while the Go side still
	// writes: at 1 GB of input that overlap cost ~55 MB of peak RSS for
	// ~0.1 s).
	debug.FreeOSMemory()
	if err := store.Create(filepath.Join(tmp, DBFile), tmp); err != nil {
		return nil, fmt.Errorf("duckdb: %w", err)
	}
	if res.Statistics, err = store.Counts(filepath.Join(tmp, DBFile)); err != nil {
		return nil, fmt.Errorf("duckdb: %w", err)
	}
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
	if len(res.Rejected) > 0 {
		return res, fmt.Errorf("%d document(s) rejected: %w", len(res.Rejected), ErrRejected)
	}
	return res, nil
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

type job struct {
	i int
	e manifest.Entry
}

// docResult is one processed document on its way to the sink: the
// document's metadata (its text and per-sentence slices dropped), its
// mentions encoded for the spill file, and slim copies of its asserted
// mentions for the merge.
type docResult struct {
	i    int
	doc  *model.Document
	hit  bool
	err  error
	enc  []byte
	slim []model.Mention
}

// processAll runs ingest and the per-document stages on all entries with
// cfg.Workers goroutines and hands each result to sink in entry order,
// whatever the scheduling, so the output is deterministic. At most a few
// documents per worker are in flight, so memory does not grow with the
// input beyond the slim mentions the sink keeps.
func processAll(ctx context.Context, cfg Config, entries []manifest.Entry, cache *Cache, sink func(*docResult) error) ([]*model.Document, *Result, error) {
	log := cfg.Log
	docs := make([]*model.Document, len(entries))
	res := &Result{Documents: len(entries)}
	jobs := make(chan job)
	results := make(chan *docResult, cfg.Workers)
	stages := Stages()
	var wg sync.WaitGroup
	for w := 0; w < cfg.Workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- processOne(cfg.Input, j, stages, cache)
			}
		}()
	}
	// Feed jobs, at most 4 per worker ahead of the sink.
	window := make(chan struct{}, 4*cfg.Workers)
	feedCtx, stopFeed := context.WithCancel(ctx)
	defer stopFeed()
	go func() {
		defer close(jobs)
		for i, e := range entries {
			select {
			case window <- struct{}{}:
			case <-feedCtx.Done():
				return
			}
			select {
			case jobs <- job{i, e}:
			case <-feedCtx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(results) }()

	ticker := time.NewTicker(cfg.Progress)
	defer ticker.Stop()
	start := time.Now()
	pending := map[int]*docResult{}
	next := 0
	var firstErr error
	fail := func(err error) {
		if firstErr == nil {
			firstErr = err
			stopFeed()
		}
	}
	for next < len(entries) {
		var r *docResult
		var ok bool
		select {
		case r, ok = <-results:
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
		pending[r.i] = r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			<-window
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

// processOne reads and extracts one document and prepares it for the sink.
func processOne(dir string, j job, stages []model.Processor, cache *Cache) *docResult {
	doc, hit, enc, err := extractCached(dir, j.e, stages, cache)
	r := &docResult{i: j.i, doc: doc, hit: hit, err: err, enc: enc}
	for k := range doc.Mentions {
		m := &doc.Mentions[k]
		if enc == nil {
			r.enc = appendMention(r.enc, m)
		}
		if m.Factuality == model.FactAsserted {
			s := *m
			s.Text, s.Trigger = "", ""
			s.Time.Text = strings.Clone(s.Time.Text)
			r.slim = append(r.slim, s)
		}
	}
	doc.NumSentences, doc.NumMentions = doc.SentenceCount(), len(doc.Mentions)
	doc.Sentences, doc.Timexes, doc.Mentions = nil, nil, nil
	return r
}

// extractOne reads and extracts one document. The returned document is
// never nil; a document that fails any stage is returned rejected with the
// reason. Text and raw bytes are dropped after extraction.
func extractOne(dir string, e manifest.Entry, stages []model.Processor, cache *Cache) (doc *model.Document, hit bool, err error) {
	doc, hit, _, err = extractCached(dir, e, stages, cache)
	return doc, hit, err
}

// extractCached is extractOne that, for a document taken from the cache,
// also returns its mentions encoded for the spill file (nil otherwise).
func extractCached(dir string, e manifest.Entry, stages []model.Processor, cache *Cache) (doc *model.Document, hit bool, enc []byte, err error) {
	reject := func(d *model.Document, err error) (*model.Document, bool, []byte, error) {
		d.Status = model.StatusRejected
		d.Reason = err.Error()
		d.Raw, d.Text, d.Sentences, d.Timexes, d.Mentions = nil, "", nil, nil, nil
		return d, false, nil, fmt.Errorf("%w: %v", errDocRejected, err)
	}
	if e.Err != nil {
		d := entryDoc(e)
		return reject(d, e.Err)
	}
	if cache != nil {
		// A document whose bytes, metadata and extractor are unchanged is
		// taken from the cache without decoding or cleaning it again.
		if raw, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(e.File))); err == nil {
			sum := sha256.Sum256(raw)
			d := entryDoc(e)
			d.SHA256, d.Size = hex.EncodeToString(sum[:]), int64(len(raw))
			if enc, ok := cache.get(e, d); ok {
				return d, true, enc, nil
			}
		}
	}
	doc, err = ingest.Read(dir, e)
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
	if cache != nil {
		if err := cache.Put(e, doc); err != nil {
			// A cache that cannot be written only costs speed next time.
			doc.Reason = strings.TrimSpace(doc.Reason + " (not cached: " + err.Error() + ")")
		}
	}
	doc.Raw, doc.Text = nil, ""
	return doc, false, nil, nil
}

// writeMentions streams the spilled mentions into the Parquet file, giving
// the k-th asserted mention of the spill the event id eventIDs[k], and fills
// in each event's representative sentence (rep: mention id -> event index)
// on the way.
func writeMentions(path string, meta emit.Meta, sp *spill, eventIDs []string, rep map[string]int, events []model.Event) error {
	rd, err := sp.reader()
	if err != nil {
		return err
	}
	mw, err := emit.NewMentionWriter(path, meta)
	if err != nil {
		return err
	}
	const batch = 4096
	buf := make([]model.Mention, 0, batch)
	k := 0
	for {
		buf = buf[:len(buf)+1]
		m := &buf[len(buf)-1]
		err := rd.next(m)
		if err == io.EOF {
			buf = buf[:len(buf)-1]
			break
		}
		if err != nil {
			mw.Close()
			return fmt.Errorf("read back mentions: %w", err)
		}
		if m.Factuality == model.FactAsserted {
			if k >= len(eventIDs) {
				mw.Close()
				return fmt.Errorf("internal error: more asserted mentions in the spill than were merged (%d)", len(eventIDs))
			}
			m.EventID = eventIDs[k]
			k++
		}
		if i, ok := rep[m.ID]; ok {
			events[i].Sentence = m.Text
		}
		if len(buf) == batch {
			if err := mw.Write(buf); err != nil {
				mw.Close()
				return err
			}
			buf = buf[:0]
		}
	}
	if k != len(eventIDs) {
		mw.Close()
		return fmt.Errorf("internal error: %d asserted mentions in the spill, %d merged", k, len(eventIDs))
	}
	if err := mw.Write(buf); err != nil {
		mw.Close()
		return err
	}
	return mw.Close()
}

// slimList holds the slim asserted mentions in chunks.
type slimList struct {
	chunks [][]model.Mention
	n      int
}

const slimChunk = 8192

func (l *slimList) add(ms []model.Mention) {
	for len(ms) > 0 {
		if len(l.chunks) == 0 || len(l.chunks[len(l.chunks)-1]) == slimChunk {
			l.chunks = append(l.chunks, make([]model.Mention, 0, slimChunk))
		}
		last := &l.chunks[len(l.chunks)-1]
		k := min(slimChunk-len(*last), len(ms))
		*last = append(*last, ms[:k]...)
		ms = ms[k:]
		l.n += k
	}
}

// each calls f on every mention in order.
func (l *slimList) each(f func(m *model.Mention)) {
	for _, c := range l.chunks {
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

func (l *slimList) eventIDs() []string {
	ids := make([]string, 0, l.n)
	l.each(func(m *model.Mention) { ids = append(ids, m.EventID) })
	return ids
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
