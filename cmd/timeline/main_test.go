package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
)

var (
	seedOnce sync.Once
	seedOut  string
	seedErr  string
)

// seedBuild builds the seeds once for all tests of this package.
func seedBuild(t *testing.T) string {
	t.Helper()
	seedOnce.Do(func() {
		dir, err := os.MkdirTemp("", "timeline-cmd-test-")
		if err != nil {
			seedErr = err.Error()
			return
		}
		seedOut = filepath.Join(dir, "out")
		var so, se bytes.Buffer
		if code := run([]string{"build", "--input", "../../seeds", "--out", seedOut, "--no-cache"}, &so, &se); code != exitOK {
			seedErr = se.String()
		}
	})
	if seedErr != "" {
		t.Fatalf("build of the seeds failed: %s", seedErr)
	}
	return seedOut
}

func TestMain(m *testing.M) {
	code := m.Run()
	if seedOut != "" {
		os.RemoveAll(filepath.Dir(seedOut))
	}
	os.Exit(code)
}

func runCmd(args ...string) (code int, stdout, stderr string) {
	var so, se bytes.Buffer
	code = run(args, &so, &se)
	return code, so.String(), se.String()
}

func TestReadmeQueriesRun(t *testing.T) {
	out := seedBuild(t)
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := regexp.MustCompile("(?s)```sql\n(.*?)```").FindAllStringSubmatch(string(readme), -1)
	if len(blocks) < 3 {
		t.Fatalf("README has %d sql examples, want at least 3", len(blocks))
	}
	for _, b := range blocks {
		sql := strings.TrimSpace(b[1])
		code, so, se := runCmd("query", "--db", filepath.Join(out, "events.duckdb"), "--format", "csv", sql)
		if code != exitOK {
			t.Errorf("README query failed (exit %d): %s\n%s", code, sql, se)
			continue
		}
		rows, err := csv.NewReader(strings.NewReader(so)).ReadAll()
		if err != nil || len(rows) < 2 {
			t.Errorf("README query gave no rows: %s\n%s (%v)", sql, so, err)
		}
	}
}

func TestQueryFormats(t *testing.T) {
	db := filepath.Join(seedBuild(t), "events.duckdb")
	sql := "select type, count(*) as n from events group by 1 order by 1"
	code, table, _ := runCmd("query", "--db", db, sql)
	if code != exitOK || !strings.Contains(table, "type") || !strings.Contains(table, "n") {
		t.Fatalf("table output (exit %d):\n%s", code, table)
	}
	code, js, _ := runCmd("query", "--db", db, "--format", "json", sql)
	var rows []map[string]any
	if code != exitOK || json.Unmarshal([]byte(js), &rows) != nil || len(rows) == 0 {
		t.Fatalf("json output (exit %d) does not parse as an array of objects:\n%s", code, js)
	}
	if _, ok := rows[0]["type"]; !ok {
		t.Errorf("json rows lack the 'type' key: %v", rows[0])
	}
}

func TestExitCodesAndHelp(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string // in stdout+stderr
	}{
		{nil, exitUsage, "Usage"},
		{[]string{"--help"}, exitOK, "Commands"},
		{[]string{"frobnicate"}, exitUsage, "unknown command"},
		{[]string{"build", "--help"}, exitOK, "-input"},
		{[]string{"query", "--help"}, exitOK, "-format"},
		{[]string{"eval", "--help"}, exitOK, "-gold"},
		{[]string{"gen", "--help"}, exitOK, "-size"},
		{[]string{"build", "--no-such-flag"}, exitUsage, "no-such-flag"},
		{[]string{"query"}, exitUsage, "SQL"},
		{[]string{"query", "--format", "xml", "select 1"}, exitUsage, "--format"},
		{[]string{"query", "--db", "/nonexistent/x.duckdb", "select 1"}, exitFailure, "make run"},
		{[]string{"build", "--input", "/nonexistent-input-dir", "--out", "/tmp/timeline-never"}, exitFailure, "nonexistent-input-dir"},
		{[]string{"gen", "--out", "x"}, exitUsage, "--size"},
	}
	for _, tc := range tests {
		code, so, se := runCmd(tc.args...)
		if code != tc.code || !strings.Contains(so+se, tc.want) {
			t.Errorf("timeline %v: exit %d, want %d; output lacks %q:\n%s%s", tc.args, code, tc.code, tc.want, so, se)
		}
	}
}

func TestQueryIsReadOnly(t *testing.T) {
	db := filepath.Join(seedBuild(t), "events.duckdb")
	for _, sql := range []string{
		"create table x as select 1",
		"copy events to '/tmp/timeline-leak.csv'",
		"select * from read_csv('/etc/passwd')",
	} {
		code, _, se := runCmd("query", "--db", db, sql)
		if code != exitFailure || se == "" {
			t.Errorf("query %q: exit %d, want %d with an error message (%q)", sql, code, exitFailure, se)
		}
	}
}

func TestRejectedDocumentsExitCode(t *testing.T) {
	in := t.TempDir()
	if err := os.WriteFile(filepath.Join(in, "good.txt"), []byte("The army and the rebels signed a ceasefire on 3 March 2021 in Juba.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(in, "bad.txt"), []byte{0xff, 0x00, 0x01}, 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out")
	code, so, se := runCmd("build", "--input", in, "--out", out, "--no-cache")
	if code != exitRejected || !strings.Contains(so, "bad") {
		t.Fatalf("build with a binary file: exit %d, want %d and the rejection listed\n%s%s", code, exitRejected, so, se)
	}
	code, _, se = runCmd("build", "--input", in, "--out", out, "--no-cache", "--strict")
	if code != exitFailure {
		t.Fatalf("--strict build with a binary file: exit %d, want %d\n%s", code, exitFailure, se)
	}
}

func TestEvalRuns(t *testing.T) {
	out := seedBuild(t)
	code, so, se := runCmd("eval", "--gold", "../../gold", "--input", "../../seeds", "--db", filepath.Join(out, "events.duckdb"))
	if code != exitOK {
		t.Fatalf("eval: exit %d\n%s", code, se)
	}
	for _, want := range []string{"coup", "ceasefire", "prisoner_swap", "withdrawal", "peace_agreement", "talks", "baseline"} {
		if !strings.Contains(so, want) {
			t.Errorf("eval output lacks %q", want)
		}
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{"10MB": 10e6, "1GB": 1e9, "500kB": 500e3, "42": 42, "1.5MB": 1.5e6} {
		got, err := parseSize(in)
		if err != nil || got != want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "MB", "-3MB", "ten"} {
		if _, err := parseSize(bad); err == nil {
			t.Errorf("parseSize(%q) accepted", bad)
		}
	}
}
