package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"syscall"
	"time"

	"github.com/rs/zerolog"

	"eventtimeline/pipeline/build"
	"eventtimeline/pipeline/model"
)

func runBuild(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("build [flags]", "Reads every document in --input (manifest.csv + .txt/.html files), extracts dated\nevents and publishes Parquet files and a DuckDB database in --out, replacing the\nprevious dataset atomically. With --check, validates the dataset in --out instead.\n", stderr)
	input := fs.String("input", "seeds", "input `dir`ectory: manifest.csv and the documents")
	out := fs.String("out", "out", "output `dir`ectory (replaced atomically when the build succeeds)")
	cache := fs.String("cache", "", "per-document cache `dir`ectory (default: .<out>.cache beside --out)")
	noCache := fs.Bool("no-cache", false, "re-extract every document; do not read or write the cache")
	workers := fs.Int("workers", 0, "documents processed in parallel (default: number of CPUs)")
	strict := fs.Bool("strict", false, "fail the build (publish nothing) if any document is rejected")
	wait := fs.Bool("wait", false, "if another build holds the output directory, wait for it instead of failing")
	check := fs.Bool("check", false, "validate the existing dataset in --out (schema version, counts, spans, event links)")
	logFormat := fs.String("log-format", "console", "log format on stderr: console or json")
	verbose := fs.Bool("v", false, "verbose: also log each phase with its memory use")
	memLimit := fs.String("memory-limit", "640MB", "soft limit for the Go heap (the garbage collector works harder near it; GOMEMLIMIT overrides)")
	buildTime := fs.String("build-time", "", "build time to record in Parquet metadata (default: from SOURCE_DATE_EPOCH, else none, so builds are byte-identical)")
	rest, code, done := parse(fs, args)
	if done {
		return code
	}
	if len(rest) > 0 {
		fmt.Fprintf(stderr, "timeline build: unexpected argument %q\n", rest[0])
		fs.Usage()
		return exitUsage
	}
	log, err := newLogger(*logFormat, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "timeline build:", err)
		return exitUsage
	}
	log = log.Level(zerolog.InfoLevel)
	if *verbose {
		log = log.Level(zerolog.DebugLevel)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		n, err := parseSize(*memLimit)
		if err != nil {
			fmt.Fprintln(stderr, "timeline build: --memory-limit:", err)
			return exitUsage
		}
		debug.SetMemoryLimit(n)
	}
	if *check {
		rep, err := build.Check(*out)
		if rep != nil {
			rep.Write(stdout)
		}
		if err != nil {
			fmt.Fprintln(stderr, "timeline build --check:", err)
			return exitFailure
		}
		return exitOK
	}
	bt := *buildTime
	if bt == "" {
		if s := os.Getenv("SOURCE_DATE_EPOCH"); s != "" {
			n, err := strconv.ParseInt(s, 10, 64)
			if err != nil {
				fmt.Fprintf(stderr, "timeline build: SOURCE_DATE_EPOCH=%q is not a number of seconds\n", s)
				return exitUsage
			}
			bt = time.Unix(n, 0).UTC().Format(time.RFC3339)
		}
	}
	cacheDir := *cache
	if cacheDir == "" {
		abs, err := filepath.Abs(*out)
		if err == nil {
			cacheDir = filepath.Join(filepath.Dir(abs), "."+filepath.Base(abs)+".cache")
		}
	}
	if *noCache {
		cacheDir = ""
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	res, err := build.Run(ctx, build.Config{
		Input: *input, Out: *out, CacheDir: cacheDir, Workers: *workers, Strict: *strict,
		Wait: *wait, BuildTime: bt, Log: log,
	})
	if res != nil {
		printSummary(stdout, res)
	}
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, build.ErrRejected) && !*strict:
		fmt.Fprintf(stderr, "timeline build: dataset published, but %v (exit code %d)\n", err, exitRejected)
		return exitRejected
	default:
		fmt.Fprintln(stderr, "timeline build: failed, previous dataset left as it was:", err)
		return exitFailure
	}
}

func printSummary(w io.Writer, r *build.Result) {
	if r.OutDir != "" {
		fmt.Fprintf(w, "Dataset: %s (%d documents, %.1f MB read, %d reused from cache, %s)\n",
			r.OutDir, r.Documents, float64(r.Bytes)/1e6, r.Reused, r.Duration.Round(time.Millisecond))
		fmt.Fprintf(w, "Mentions: %d   Events: %d\n", r.Mentions, r.Events)
		fmt.Fprintln(w, "Events by type:")
		for _, t := range model.Types {
			fmt.Fprintf(w, "  %-16s %5d\n", t, r.ByType[t])
		}
	}
	if len(r.Rejected) > 0 {
		fmt.Fprintf(w, "Rejected documents (%d):\n", len(r.Rejected))
		for _, rj := range r.Rejected {
			fmt.Fprintf(w, "  %-24s %-30s %s\n", rj.ID, rj.Path, rj.Reason)
		}
	}
}
