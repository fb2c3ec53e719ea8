package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"eventtimeline/pipeline/eval"
	"eventtimeline/pipeline/ingest"
	"eventtimeline/pipeline/manifest"
	"eventtimeline/pipeline/model"
	"eventtimeline/pipeline/segment"
	"eventtimeline/pipeline/store"
	"eventtimeline/pipeline/temporal"
)

func runEval(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("eval [flags]", "Scores the built dataset (--db) against the gold events (--gold), as the Scoring\nsection of gold/GUIDELINES.md says, next to a naive keyword baseline run on the same\ninput. Prints precision/recall/F1 per type, date accuracy, strict F1, trap hits,\nclustering, then every miss, false positive and trap hit.\n", stderr)
	gold := fs.String("gold", "gold", "`dir`ectory of gold *.jsonl files")
	input := fs.String("input", "seeds", "input `dir`ectory the dataset was built from")
	db := fs.String("db", "out/events.duckdb", "DuckDB database `path` of the build to score")
	targets := fs.Bool("targets", false, "exit 1 unless every quality target is met")
	md := fs.Bool("markdown", false, "print only the Markdown comparison table (for the README)")
	rest, code, done := parse(fs, args)
	if done {
		return code
	}
	if len(rest) > 0 {
		fmt.Fprintf(stderr, "timeline eval: unexpected argument %q\n", rest[0])
		return exitUsage
	}
	rows, err := eval.LoadGold(*gold)
	if err != nil {
		fmt.Fprintln(stderr, "timeline eval:", err)
		return exitFailure
	}
	if _, err := os.Stat(*db); err != nil {
		fmt.Fprintf(stderr, "timeline eval: database %s: %v (run 'make run' first)\n", *db, err)
		return exitFailure
	}
	d, err := store.Open(*db, store.Options{})
	if err != nil {
		fmt.Fprintln(stderr, "timeline eval:", err)
		return exitFailure
	}
	mrows, err := d.Mentions(context.Background())
	d.Close()
	if err != nil {
		fmt.Fprintln(stderr, "timeline eval:", err)
		return exitFailure
	}
	sys := make([]eval.SysMention, 0, len(mrows))
	for _, m := range mrows {
		sys = append(sys, eval.SysMention{DocID: m.DocID, Type: m.Type, Factuality: m.Factuality,
			Value: m.TimeValue, EventID: m.EventID, SpanStart: int(m.SpanStart), SpanEnd: int(m.SpanEnd)})
	}
	docs, err := readDocs(*input)
	if err != nil {
		fmt.Fprintln(stderr, "timeline eval:", err)
		return exitFailure
	}
	raw := map[string][]byte{}
	for _, doc := range docs {
		raw[doc.ID] = doc.Raw
	}
	sysRep, err := eval.Score(rows, sys, raw)
	if err != nil {
		fmt.Fprintln(stderr, "timeline eval:", err)
		return exitFailure
	}
	baseRep, err := eval.Score(rows, eval.Baseline(docs), raw)
	if err != nil {
		fmt.Fprintln(stderr, "timeline eval: baseline:", err)
		return exitFailure
	}
	if *md {
		eval.WriteComparison(stdout, []string{"timeline", "keyword baseline"}, []*eval.Report{sysRep, baseRep})
	} else {
		fmt.Fprintf(stdout, "Gold: %s (%d rows)   Build: %s (%d mentions)\n\n", *gold, len(rows), *db, len(sys))
		sysRep.Write(stdout)
		fmt.Fprintln(stdout, "\n== Comparison with the naive keyword baseline (same input, same scorer) ==")
		eval.WriteComparison(stdout, []string{"timeline", "keyword baseline"}, []*eval.Report{sysRep, baseRep})
	}
	if unmet := sysRep.MeetsTargets(); len(unmet) > 0 {
		fmt.Fprintln(stdout, "\nTargets not met:")
		for _, u := range unmet {
			fmt.Fprintln(stdout, "  -", u)
		}
		if *targets {
			return exitFailure
		}
	} else {
		fmt.Fprintln(stdout, "\nAll quality targets met.")
	}
	return exitOK
}

// readDocs ingests, segments and time-tags every readable document of dir
// (what the baseline needs); Raw is kept for locating gold evidence.
func readDocs(dir string) ([]*model.Document, error) {
	entries, err := manifest.Load(dir)
	if err != nil {
		return nil, err
	}
	seg, tag := segment.New(), temporal.New()
	var docs []*model.Document
	for _, e := range entries {
		if e.Err != nil {
			continue
		}
		doc, err := ingest.Read(dir, e)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", filepath.Join(dir, e.File), err)
		}
		if err := seg.Process(doc); err != nil {
			return nil, err
		}
		if err := tag.Process(doc); err != nil {
			return nil, err
		}
		docs = append(docs, doc)
	}
	return docs, nil
}
