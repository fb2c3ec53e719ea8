package eval

import (
	"fmt"
	"io"
	"strings"

	"eventtimeline/pipeline/model"
)

// Target is one goal the system must reach on the gold set.
type Target struct {
	Name   string  // what is measured, e.g. "detection F1 (coup)"
	Bound  float64 // the threshold
	AtMost bool    // the value must be <= Bound (otherwise >= Bound)
	Value  func(r *Report) float64
}

// Targets returns the project's targets: detection F1 >= 0.90 overall and
// >= 0.85 for coup, ceasefire, prisoner_swap and withdrawal; date accuracy
// >= 0.90; strict F1 >= 0.85; at most 2 trap hits; clustering pairwise
// precision and recall >= 0.85.
func Targets() []Target {
	ts := []Target{{Name: "detection F1 (overall)", Bound: 0.90, Value: func(r *Report) float64 { return r.Overall.F1 }}}
	for _, typ := range []string{model.TypeCoup, model.TypeCeasefire, model.TypePrisonerSwap, model.TypeWithdrawal} {
		ts = append(ts, Target{Name: "detection F1 (" + typ + ")", Bound: 0.85,
			Value: func(r *Report) float64 { return r.TypeScore(typ).F1 }})
	}
	return append(ts,
		Target{Name: "date accuracy", Bound: 0.90, Value: func(r *Report) float64 { return r.Overall.DateAccuracy }},
		Target{Name: "strict F1", Bound: 0.85, Value: func(r *Report) float64 { return r.Overall.StrictF1 }},
		Target{Name: "trap hits", Bound: 2, AtMost: true, Value: func(r *Report) float64 { return float64(r.Overall.TrapHits) }},
		Target{Name: "clustering precision", Bound: 0.85, Value: func(r *Report) float64 { return r.Clustering.Precision }},
		Target{Name: "clustering recall", Bound: 0.85, Value: func(r *Report) float64 { return r.Clustering.Recall }},
	)
}

// MeetsTargets returns one line per unmet target ("strict F1 0.812 < 0.85"),
// or nil when all are met.
func (r *Report) MeetsTargets() []string {
	var out []string
	for _, t := range Targets() {
		v := t.Value(r)
		switch {
		case t.AtMost && v > t.Bound:
			out = append(out, fmt.Sprintf("%s %s > %s", t.Name, num(v), num(t.Bound)))
		case !t.AtMost && v < t.Bound:
			out = append(out, fmt.Sprintf("%s %s < %s", t.Name, num(v), num(t.Bound)))
		}
	}
	return out
}

// num prints integers without decimals and ratios with three.
func num(v float64) string {
	if v == float64(int64(v)) && (v > 1 || v < 0) {
		return fmt.Sprintf("%d", int64(v))
	}
	return fmt.Sprintf("%.3f", v)
}

// TypeScore returns the figures of type t (zero counts when t is unknown).
func (r *Report) TypeScore(t string) TypeScore {
	for _, s := range r.Types {
		if s.Type == t {
			return s
		}
	}
	s := TypeScore{Type: t}
	s.finish()
	return s
}

// errWriter keeps the first write error.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}

// Write prints the report: a table per type (TP/FP/FN, P/R/F1, date
// accuracy, strict F1, trap hits), the overall row, clustering and its
// errors (split gold events, merging system events), unmet
// targets, then the lists of misses, trap hits, false positives, date
// errors and notes.
func (r *Report) Write(w io.Writer) error {
	e := &errWriter{w: w}
	e.printf("%-16s %5s %5s %5s  %6s %6s %6s  %7s %8s %5s %8s\n",
		"type", "TP", "FP", "FN", "P", "R", "F1", "dateAcc", "strictF1", "traps", "dontcare")
	row := func(s TypeScore) {
		date := "      -"
		if s.TP > 0 {
			date = fmt.Sprintf("%7.3f", s.DateAccuracy)
		}
		e.printf("%-16s %5d %5d %5d  %6.3f %6.3f %6.3f  %s %8.3f %5d %8d\n",
			s.Type, s.TP, s.FP, s.FN, s.Precision, s.Recall, s.F1, date, s.StrictF1, s.TrapHits, s.DontCare)
	}
	for _, s := range r.Types {
		row(s)
	}
	row(r.Overall)
	c := r.Clustering
	e.printf("\nclustering: pairwise precision %.3f (%d/%d pairs), recall %.3f (%d/%d pairs), F1 %.3f over %d matched gold rows\n",
		c.Precision, c.BothPairs, c.SysPairs, c.Recall, c.BothPairs, c.GoldPairs, c.F1, c.Rows)
	if len(r.Splits)+len(r.Merges) > 0 {
		e.printf("clustering errors: %d gold event(s) split, %d system event(s) merging several\n", len(r.Splits), len(r.Merges))
		for _, sp := range r.Splits {
			e.printf("  split %s:\n", sp.Slug)
			for _, x := range sp.Members {
				e.printf("    %s gold %-12s system %-12s %s (%s)\n", x.Doc, orDash(x.When), orDash(x.Value), idPrefix(x.EventID), x.Where)
			}
		}
		for _, mg := range r.Merges {
			e.printf("  merged %s: %s\n", idPrefix(mg.EventID), strings.Join(mg.Slugs, ", "))
		}
	}
	if r.Ignored > 0 {
		e.printf("ignored %d system mention(s) of documents without gold\n", r.Ignored)
	}
	if unmet := r.MeetsTargets(); len(unmet) > 0 {
		e.printf("\nunmet targets (%d):\n", len(unmet))
		for _, u := range unmet {
			e.printf("  %s\n", u)
		}
	} else {
		e.printf("\nall targets met\n")
	}
	if len(r.Misses) > 0 {
		e.printf("\nmisses (%d):\n", len(r.Misses))
		for _, m := range r.Misses {
			e.printf("  %s %-15s %-12s %q (%s)\n", m.Doc, m.Type, m.When, excerpt(m.Evidence, 120), m.Where)
		}
	}
	if len(r.TrapHits) > 0 {
		e.printf("\ntrap hits (%d):\n", len(r.TrapHits))
		for _, t := range r.TrapHits {
			e.printf("  %s %-15s gold %-12s %q (%s) system %s %q\n", t.Doc, t.Type, t.Factuality,
				excerpt(t.Evidence, 100), t.Where, orDash(t.Value), t.Sentence)
		}
	}
	if len(r.FalsePositives) > 0 {
		e.printf("\nfalse positives (%d):\n", len(r.FalsePositives))
		for _, f := range r.FalsePositives {
			e.printf("  %s %-15s %-12s [%d,%d) %q\n", f.Doc, f.Type, orDash(f.Value), f.SpanStart, f.SpanEnd, f.Sentence)
		}
	}
	if len(r.DateErrors) > 0 {
		e.printf("\ndate errors (%d):\n", len(r.DateErrors))
		for _, d := range r.DateErrors {
			e.printf("  %s %-15s gold %-12s system %-12s %q (%s)\n", d.Doc, d.Type, d.When, orDash(d.Value),
				excerpt(d.Evidence, 100), d.Where)
		}
	}
	if len(r.Notes) > 0 {
		e.printf("\nnotes (%d):\n", len(r.Notes))
		for _, n := range r.Notes {
			e.printf("  %s\n", n)
		}
	}
	return e.err
}

// idPrefix shortens an event id to "ev_" and 8 hex digits.
func idPrefix(id string) string {
	if len(id) > 11 {
		return id[:11]
	}
	return id
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// WriteComparison prints a Markdown table with one column per report (for
// example the system and the keyword baseline) and one row per figure.
func WriteComparison(w io.Writer, names []string, reports []*Report) error {
	if len(names) != len(reports) {
		return fmt.Errorf("write comparison: %d names for %d reports", len(names), len(reports))
	}
	e := &errWriter{w: w}
	e.printf("| metric |")
	for _, n := range names {
		e.printf(" %s |", strings.ReplaceAll(n, "|", "\\|"))
	}
	e.printf("\n|---|")
	for range names {
		e.printf("---:|")
	}
	e.printf("\n")
	line := func(label string, cell func(r *Report) string) {
		e.printf("| %s |", label)
		for _, r := range reports {
			e.printf(" %s |", cell(r))
		}
		e.printf("\n")
	}
	f3 := func(v float64) string { return fmt.Sprintf("%.3f", v) }
	line("detection precision", func(r *Report) string { return f3(r.Overall.Precision) })
	line("detection recall", func(r *Report) string { return f3(r.Overall.Recall) })
	line("detection F1", func(r *Report) string { return f3(r.Overall.F1) })
	for _, t := range model.Types {
		line("F1 "+t, func(r *Report) string {
			s := r.TypeScore(t)
			return fmt.Sprintf("%.3f (%d/%d/%d)", s.F1, s.TP, s.FP, s.FN)
		})
	}
	line("date accuracy", func(r *Report) string {
		return fmt.Sprintf("%.3f (%d/%d)", r.Overall.DateAccuracy, r.Overall.DateRight, r.Overall.TP)
	})
	line("strict F1", func(r *Report) string { return f3(r.Overall.StrictF1) })
	line("trap hits", func(r *Report) string { return fmt.Sprintf("%d", r.Overall.TrapHits) })
	line("clustering precision", func(r *Report) string { return f3(r.Clustering.Precision) })
	line("clustering recall", func(r *Report) string { return f3(r.Clustering.Recall) })
	line("targets unmet", func(r *Report) string { return fmt.Sprintf("%d", len(r.MeetsTargets())) })
	e.printf("\nPer-type cells: F1 (TP/FP/FN).\n")
	return e.err
}
