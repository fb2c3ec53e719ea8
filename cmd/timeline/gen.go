package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"eventtimeline/pipeline/corpus"
)

func runGen(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("gen [flags] --out DIR --size 100MB", "Writes a deterministic synthetic corpus (documents + manifest.csv) by recombining\nthe paragraphs of the seed documents with shifted years and other countries and\nactors. The same flags always give the same bytes.\n", stderr)
	seeds := fs.String("seeds", "seeds", "seed `dir`ectory to recombine")
	out := fs.String("out", "", "`dir`ectory to write (must not exist or be empty)")
	size := fs.String("size", "", "total text `size`, e.g. 10MB, 1GB (decimal units)")
	docs := fs.Int("docs", 0, "number of documents (instead of --size)")
	seed := fs.Int64("seed", 1, "random seed")
	rest, code, done := parse(fs, args)
	if done {
		return code
	}
	if len(rest) > 0 || *out == "" || (*size == "" && *docs <= 0) {
		fmt.Fprintln(stderr, "timeline gen: need --out and one of --size or --docs")
		fs.Usage()
		return exitUsage
	}
	var n int64
	if *size != "" {
		var err error
		if n, err = parseSize(*size); err != nil {
			fmt.Fprintln(stderr, "timeline gen:", err)
			return exitUsage
		}
	}
	if ents, err := os.ReadDir(*out); err == nil && len(ents) > 0 {
		fmt.Fprintf(stderr, "timeline gen: %s is not empty; remove it or pick another --out\n", *out)
		return exitFailure
	}
	st, err := corpus.Generate(corpus.Options{Seeds: *seeds, Out: *out, Bytes: n, Docs: *docs, Seed: *seed})
	if err != nil {
		fmt.Fprintln(stderr, "timeline gen:", err)
		return exitFailure
	}
	fmt.Fprintf(stdout, "wrote %d documents, %.1f MB, to %s\n", st.Docs, float64(st.Bytes)/1e6, *out)
	return exitOK
}

// parseSize reads "10MB", "1GB", "500kB" or a plain byte count.
func parseSize(s string) (int64, error) {
	u := strings.ToUpper(strings.TrimSpace(s))
	mult := int64(1)
	for _, suf := range []struct {
		s string
		m int64
	}{{"GB", 1e9}, {"MB", 1e6}, {"KB", 1e3}, {"B", 1}} {
		if strings.HasSuffix(u, suf.s) {
			u, mult = strings.TrimSpace(strings.TrimSuffix(u, suf.s)), suf.m
			break
		}
	}
	f, err := strconv.ParseFloat(u, 64)
	if err != nil || f <= 0 {
		return 0, fmt.Errorf("size %q: want a positive number with an optional kB/MB/GB suffix", s)
	}
	return int64(f * float64(mult)), nil
}
