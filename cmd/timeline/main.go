// Command timeline builds and queries the event-timeline dataset.
//
//	timeline build [--input seeds] [--out out]   texts -> Parquet + DuckDB
//	timeline build --check [--out out]           validate an existing dataset
//	timeline query "SQL" [--db out/events.duckdb] [--format table|csv|json]
//	timeline eval [--gold gold] [--input seeds] [--db out/events.duckdb]
//
// Exit codes: 0 success; 1 failure; 2 bad usage; 3 the dataset was built but
// some documents were rejected (listed at the end of the build).
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"strings"

	"github.com/rs/zerolog"
)

// Exit codes.
const (
	exitOK       = 0
	exitFailure  = 1
	exitUsage    = 2
	exitRejected = 3
)

type command struct {
	name    string
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"build", "turn a directory of texts into the dataset (Parquet + DuckDB)", runBuild},
		{"query", "run read-only SQL against the dataset's DuckDB database", runQuery},
		{"eval", "score the built dataset against the hand-made gold events", runEval},
		{"gen", "write a synthetic corpus of a given size for scale tests", runGen},
	}
}

func main() {
	// TIMELINE_CPUPROFILE=file writes a CPU profile of the run (for `go tool pprof`).
	if p := os.Getenv("TIMELINE_CPUPROFILE"); p != "" {
		f, err := os.Create(p)
		if err == nil && pprof.StartCPUProfile(f) == nil {
			code := run(os.Args[1:], os.Stdout, os.Stderr)
			pprof.StopCPUProfile()
			f.Close()
			os.Exit(code)
		}
		fmt.Fprintln(os.Stderr, "timeline: cannot write CPU profile", p)
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		usage(stdout)
		return exitOK
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(args[1:], stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "timeline: unknown command %q\n\n", args[0])
	usage(stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "timeline: an event-timeline dataset from conflict reports and news.")
	fmt.Fprintln(w, "\nUsage: timeline <command> [flags]\n\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-7s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'timeline <command> --help' for a command's flags.")
	fmt.Fprintln(w, "Exit codes: 0 ok, 1 failure, 2 bad usage, 3 built but some documents rejected.")
}

// newFlags makes a FlagSet whose --help prints the command's usage.
func newFlags(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: timeline %s\n\n%s\nFlags:\n", name, synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses flags, allowing them after positional arguments too. It
// returns the exit code to use when parsing ended the command.
func parse(fs *flag.FlagSet, args []string) (rest []string, code int, done bool) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, exitOK, true
			}
			return nil, exitUsage, true
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
	return pos, 0, false
}

// newLogger returns the logger for --log-format (console or json).
func newLogger(format string, w io.Writer) (zerolog.Logger, error) {
	switch strings.ToLower(format) {
	case "json":
		return zerolog.New(w).With().Timestamp().Logger(), nil
	case "console", "":
		noColor := true
		if f, ok := w.(*os.File); ok {
			if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
				noColor = false
			}
		}
		cw := zerolog.ConsoleWriter{Out: w, NoColor: noColor, TimeFormat: "15:04:05"}
		return zerolog.New(cw).With().Timestamp().Logger(), nil
	}
	return zerolog.Nop(), fmt.Errorf("--log-format must be console or json, not %q", format)
}
