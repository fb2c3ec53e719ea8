// Command bench is the end-to-end scale benchmark behind `make bench`.
//
// For each corpus size it generates a deterministic synthetic corpus (once;
// kept under bench/), times a reference scan of the same files (grep for
// the trigger words, measured in the same run so the pipeline's speed reads
// as a ratio to a bare scan), then times a full build with the real binary
// and records wall time, MB/s, documents/s, CPU use, peak RSS and the
// Parquet size. On the largest dataset it times typical analyst queries in
// DuckDB (median of several runs), and it times an incremental rebuild
// after one document of a 10,000-document corpus changes.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"eventtimeline/pipeline/store"
)

type run struct {
	size      string
	bytes     int64
	docs      int
	wall      time.Duration
	cpu       time.Duration
	rssKB     int64
	parquet   int64
	grepWall  time.Duration
	mentions  string
	buildNote string
}

func main() {
	sizes := flag.String("sizes", "10MB,100MB,1GB", "comma-separated corpus sizes ('' = none: only the incremental rebuild)")
	dir := flag.String("dir", "bench", "work `dir`ectory for corpora and outputs (git-ignored)")
	bin := flag.String("bin", "bin/timeline", "timeline binary to measure")
	reps := flag.Int("reps", 7, "runs per DuckDB query (the median is reported)")
	incDocs := flag.Int("incremental-docs", 10000, "documents in the incremental-rebuild corpus (0 = skip)")
	incReps := flag.Int("incremental-reps", 3, "rebuilds after a one-document change (the median is reported)")
	flag.Parse()
	if _, err := os.Stat(*bin); err != nil {
		fail("binary %s: %v (run make build)", *bin, err)
	}
	must(os.MkdirAll(*dir, 0o755))
	var runs []run
	var last string
	for _, size := range strings.Split(*sizes, ",") {
		size = strings.TrimSpace(size)
		if size == "" {
			continue
		}
		corpus := filepath.Join(*dir, "corpus-"+size)
		ensureCorpus(*bin, corpus, "--size", size)
		r := run{size: size}
		r.bytes, r.docs = corpusSize(corpus)
		dropCaches(corpus)
		r.grepWall = timeGrep(corpus)
		out := filepath.Join(*dir, "out-"+size)
		cmd := exec.Command(*bin, "build", "--input", corpus, "--out", out, "--no-cache", "--log-format", "json")
		var so strings.Builder
		cmd.Stdout = &so
		cmd.Stderr = nil
		t0 := time.Now()
		err := cmd.Run()
		r.wall = time.Since(t0)
		if err != nil {
			fail("build %s: %v\n%s", size, err, so.String())
		}
		ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
		r.rssKB = ru.Maxrss
		r.cpu = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
		r.parquet = parquetBytes(out)
		for _, l := range strings.Split(so.String(), "\n") {
			if strings.HasPrefix(l, "Mentions:") {
				r.mentions = strings.Join(strings.Fields(l), " ")
			}
		}
		runs = append(runs, r)
		last = out
		fmt.Fprintf(os.Stderr, "bench: %s done in %s\n", size, r.wall.Round(time.Millisecond))
	}
	if len(runs) > 0 {
		endToEnd(runs)
	}
	if last != "" {
		queryLatencies(filepath.Join(last, "events.duckdb"), *reps)
	}
	if *incDocs > 0 {
		incremental(*bin, *dir, *incDocs, *incReps)
	}
}

// endToEnd prints the table of the scale runs.
func endToEnd(runs []run) {
	tw := tabwriter.NewWriter(os.Stdout, 2, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Println("\n== End to end: read -> Parquet + DuckDB (timeline build --no-cache) ==")
	fmt.Fprintln(tw, "size\tdocs\tMB\twall s\tMB/s\tdocs/s\tcores busy\tpeak RSS MB\tRSS/MB in\tParquet MB\tgrep -c s\tgrep MB/s\tpipeline/grep time\t")
	for _, r := range runs {
		mb := float64(r.bytes) / 1e6
		fmt.Fprintf(tw, "%s\t%d\t%.1f\t%.2f\t%.1f\t%.0f\t%.2f\t%.0f\t%.2f\t%.1f\t%.2f\t%.0f\t%.1fx\t\n",
			r.size, r.docs, mb, r.wall.Seconds(), mb/r.wall.Seconds(), float64(r.docs)/r.wall.Seconds(),
			r.cpu.Seconds()/r.wall.Seconds(), float64(r.rssKB)/1024, float64(r.rssKB)/1024/mb,
			float64(r.parquet)/1e6, r.grepWall.Seconds(), mb/r.grepWall.Seconds(), r.wall.Seconds()/r.grepWall.Seconds())
	}
	tw.Flush()
	if len(runs) >= 2 {
		a, b := runs[0], runs[len(runs)-1]
		ca := a.wall.Seconds() / (float64(a.bytes) / 1e6)
		cb := b.wall.Seconds() / (float64(b.bytes) / 1e6)
		fmt.Printf("cost per MB: %s %.2f ms, %s %.2f ms (ratio %.2f)\n", a.size, ca*1000, b.size, cb*1000, cb/ca)
	}
	for _, r := range runs {
		fmt.Printf("%s: %s\n", r.size, r.mentions)
	}
}

// queries are typical analyst questions.
var queries = []struct{ name, sql string }{
	{"counts by type and year", `select type, year, count(*) from events group by all order by all`},
	{"one country's timeline", `select date_start, type, subtype, doc_count, sentence from timeline where country = 'NER' order by date_start`},
	{"events with more than 5 sources", `select event_id, type, date_start, doc_count from events where doc_count > 5 order by doc_count desc, event_id limit 100`},
	{"date-range filter", `select type, count(*) from events where date_start between date '2019-01-01' and date '2019-12-31' group by 1`},
	{"events x mentions x documents", `select e.type, d.publisher, count(*) from events e join mentions m on m.event_id = e.event_id join documents d on d.doc_id = m.doc_id where e.year = 2020 group by all order by all`},
	{"mentions of one type by factuality", `select factuality, count(*) from mentions where type = 'withdrawal' group by 1 order by 1`},
}

func queryLatencies(db string, reps int) {
	d, err := store.Open(db, store.Options{Timeout: time.Minute})
	if err != nil {
		fail("open %s: %v", db, err)
	}
	defer d.Close()
	fmt.Printf("\n== DuckDB query latency on %s (median of %d runs, first run discarded) ==\n", db, reps)
	tw := tabwriter.NewWriter(os.Stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "query\trows\tmedian ms\tmin ms\tmax ms")
	for _, q := range queries {
		var ts []time.Duration
		rows := 0
		for i := 0; i <= reps; i++ {
			t0 := time.Now()
			res, err := d.Query(context.Background(), q.sql)
			el := time.Since(t0)
			if err != nil {
				fail("query %q: %v", q.name, err)
			}
			rows = len(res.Rows)
			if i > 0 {
				ts = append(ts, el)
			}
		}
		sort.Slice(ts, func(i, j int) bool { return ts[i] < ts[j] })
		fmt.Fprintf(tw, "%s\t%d\t%.1f\t%.1f\t%.1f\n", q.name, rows, ms(ts[len(ts)/2]), ms(ts[0]), ms(ts[len(ts)-1]))
	}
	tw.Flush()
}

// incremental times rebuilds of an n-document corpus after one document
// changed: one full build with an empty cache, then reps rebuilds, each
// after a different change to the same document (so each one re-extracts
// it). It prints the median and the time of every phase of the median run,
// from the build's own log.
func incremental(bin, dir string, n, reps int) {
	corpus := filepath.Join(dir, fmt.Sprintf("corpus-%ddocs", n))
	ensureCorpus(bin, corpus, "--docs", fmt.Sprint(n))
	out := filepath.Join(dir, fmt.Sprintf("out-%ddocs", n))
	cache := filepath.Join(dir, fmt.Sprintf("cache-%ddocs", n))
	os.RemoveAll(cache)
	build := func() (time.Duration, string, []phase) {
		cmd := exec.Command(bin, "build", "--input", corpus, "--out", out, "--cache", cache, "--log-format", "json", "-v")
		var so, se strings.Builder
		cmd.Stdout, cmd.Stderr = &so, &se
		t0 := time.Now()
		if err := cmd.Run(); err != nil {
			fail("incremental build: %v\n%s%s", err, so.String(), se.String())
		}
		return time.Since(t0), so.String(), phases(se.String())
	}
	victim := filepath.Join(corpus, "gen_0000007.txt")
	orig, err := os.ReadFile(victim)
	must(err)
	defer os.WriteFile(victim, orig, 0o644)
	full, _, _ := build()
	type rebuild struct {
		d      time.Duration
		so     string
		phases []phase
	}
	var rs []rebuild
	for i := range max(reps, 1) {
		// Change one document: append a sentence (another one each time).
		s := fmt.Sprintf("\n\nThe two sides signed a ceasefire on %d March 2021.\n", 3+i)
		must(os.WriteFile(victim, append(append([]byte{}, orig...), s...), 0o644))
		d, so, ph := build()
		rs = append(rs, rebuild{d, so, ph})
	}
	var ds []string
	for _, r := range rs {
		ds = append(ds, fmt.Sprintf("%.2f", r.d.Seconds()))
	}
	sorted := append([]rebuild(nil), rs...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].d < sorted[j].d })
	med := sorted[len(sorted)/2]
	reused := ""
	sc := bufio.NewScanner(strings.NewReader(med.so))
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "Dataset:") {
			reused = sc.Text()
		}
	}
	fmt.Printf("\n== Incremental rebuild, %d documents, one changed ==\nfull build with empty cache: %.2f s\nrebuild after one change:    %.2f s median of %d (%s s) (%.1f%% of full)\n%s\n",
		n, full.Seconds(), med.d.Seconds(), len(rs), strings.Join(ds, ", "), 100*med.d.Seconds()/full.Seconds(), reused)
	if len(med.phases) > 0 {
		var ps []string
		for _, p := range med.phases {
			ps = append(ps, fmt.Sprintf("%s %.2f", p.name, p.d.Seconds()))
		}
		fmt.Printf("phases of the median rebuild (s): %s\n", strings.Join(ps, ", "))
	}
}

// phase is one phase of a build and how long it took.
type phase struct {
	name string
	d    time.Duration
}

// phases reads the "phase done" lines of a build's JSON log (timeline
// build -v), which give the time elapsed since the start at the end of each
// phase, and returns each phase's own duration.
func phases(log string) []phase {
	var ps []phase
	var prev time.Duration
	for _, l := range strings.Split(log, "\n") {
		var rec struct {
			Phase, Elapsed, Message string
		}
		if json.Unmarshal([]byte(l), &rec) != nil || rec.Message != "phase done" {
			continue
		}
		el, err := time.ParseDuration(rec.Elapsed)
		if err != nil {
			continue
		}
		ps = append(ps, phase{rec.Phase, el - prev})
		prev = el
	}
	return ps
}

func ensureCorpus(bin, dir string, args ...string) {
	if _, err := os.Stat(filepath.Join(dir, "manifest.csv")); err == nil {
		return
	}
	os.RemoveAll(dir)
	cmd := exec.Command(bin, append([]string{"gen", "--out", dir}, args...)...)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		fail("gen %s: %v", dir, err)
	}
}

func corpusSize(dir string) (int64, int) {
	ents, err := os.ReadDir(dir)
	must(err)
	var n int64
	docs := 0
	for _, e := range ents {
		if strings.HasSuffix(e.Name(), ".txt") {
			fi, err := e.Info()
			must(err)
			n += fi.Size()
			docs++
		}
	}
	return n, docs
}

// dropCaches reads the corpus once so that grep and the build both meet a
// warm page cache (the fair comparison on a shared machine).
func dropCaches(dir string) {
	_ = exec.Command("sh", "-c", "cat "+dir+"/*.txt > /dev/null 2>&1 || find "+dir+" -name '*.txt' -exec cat {} + > /dev/null").Run()
}

func timeGrep(dir string) time.Duration {
	t0 := time.Now()
	cmd := exec.Command("sh", "-c", "grep -r -c -i -E 'coup|ceasefire|cease-fire|truce|withdr|pull out|prisoner|swap|peace|talks|negotiat|dialogue' "+dir+" > /dev/null")
	_ = cmd.Run() // grep exits 1 when nothing matches; the time is what counts
	return time.Since(t0)
}

func parquetBytes(dir string) int64 {
	var n int64
	_ = filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
		if err == nil && strings.HasSuffix(p, ".parquet") {
			n += fi.Size()
		}
		return nil
	})
	return n
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func must(err error) {
	if err != nil {
		fail("%v", err)
	}
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
	os.Exit(1)
}
