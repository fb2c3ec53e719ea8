package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"eventtimeline/pipeline/store"
)

func runQuery(args []string, stdout, stderr io.Writer) int {
	fs := newFlags(`query [flags] "SQL"`, "Runs one SQL statement against the dataset, read-only and with no access to other\nfiles. Relations: documents, mentions, events, timeline (see schemas/DICTIONARY.md).\nExample: timeline query \"select type, count(*) from events group by 1 order by 1\"\n", stderr)
	db := fs.String("db", "out/events.duckdb", "DuckDB database `path`")
	format := fs.String("format", "table", "output format: table, csv or json")
	timeout := fs.Duration("timeout", 30*time.Second, "stop the query after this `duration` (0 = no limit)")
	rest, code, done := parse(fs, args)
	if done {
		return code
	}
	if len(rest) != 1 || strings.TrimSpace(rest[0]) == "" {
		fmt.Fprintln(stderr, "timeline query: give exactly one SQL statement (quote it)")
		fs.Usage()
		return exitUsage
	}
	var write func(*store.Result, io.Writer) error
	switch *format {
	case "table":
		write = (*store.Result).WriteTable
	case "csv":
		write = (*store.Result).WriteCSV
	case "json":
		write = (*store.Result).WriteJSON
	default:
		fmt.Fprintf(stderr, "timeline query: --format must be table, csv or json, not %q\n", *format)
		return exitUsage
	}
	if _, err := os.Stat(*db); err != nil {
		fmt.Fprintf(stderr, "timeline query: database %s: %v (run 'timeline build' or 'make run' first)\n", *db, err)
		return exitFailure
	}
	d, err := store.Open(*db, store.Options{Timeout: *timeout})
	if err != nil {
		fmt.Fprintln(stderr, "timeline query:", err)
		return exitFailure
	}
	defer d.Close()
	res, err := d.Query(context.Background(), rest[0])
	if err != nil {
		fmt.Fprintln(stderr, "timeline query:", err)
		return exitFailure
	}
	if err := write(res, stdout); err != nil {
		fmt.Fprintln(stderr, "timeline query: write result:", err)
		return exitFailure
	}
	return exitOK
}
