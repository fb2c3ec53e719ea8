package build

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/xitongsys/parquet-go-source/local"
	"github.com/xitongsys/parquet-go/reader"

	"eventtimeline/pipeline/store"
)

const seedDir = "../../seeds"

// The test binary doubles as a build process that kills itself after a
// given phase, for the crash tests.
func TestMain(m *testing.M) {
	if phase := os.Getenv("TIMELINE_KILL_AFTER"); phase != "" {
		_, err := Run(context.Background(), Config{
			Input: os.Getenv("TIMELINE_INPUT"), Out: os.Getenv("TIMELINE_OUT"), Log: zerolog.Nop(),
			AfterPhase: func(p string) {
				if p == phase {
					syscall.Kill(os.Getpid(), syscall.SIGKILL)
				}
			},
		})
		fmt.Fprintln(os.Stderr, "child build finished without being killed:", err)
		os.Exit(7)
	}
	code := m.Run()
	if theWriteFixture != nil {
		theWriteFixture.remove()
	}
	os.Exit(code)
}

func buildInto(t *testing.T, input, out string, mod func(*Config)) *Result {
	t.Helper()
	cfg := Config{Input: input, Out: out, Log: zerolog.Nop()}
	if mod != nil {
		mod(&cfg)
	}
	res, err := Run(context.Background(), cfg)
	if err != nil {
		t.Fatalf("build %s -> %s: %v", input, out, err)
	}
	return res
}

func fileBytes(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	m := map[string][]byte{}
	for _, f := range []string{DocumentsFile, MentionsFile, EventsFile} {
		b, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		m[f] = b
	}
	return m
}

func TestBuildSeedsRoundTrip(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	res := buildInto(t, seedDir, out, nil)
	if res.Documents != 5 || len(res.Rejected) != 0 {
		t.Fatalf("documents %d rejected %v, want 5 and none", res.Documents, res.Rejected)
	}
	if res.Mentions == 0 || res.Events == 0 {
		t.Fatalf("no mentions (%d) or events (%d) from the seeds", res.Mentions, res.Events)
	}
	counts, err := store.Counts(filepath.Join(out, DBFile))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int64{DocumentsFile: int64(res.Documents), MentionsFile: int64(res.Mentions), EventsFile: int64(res.Events)}
	rel := map[string]string{DocumentsFile: "documents", MentionsFile: "mentions", EventsFile: "events"}
	for f, n := range want {
		// An independent Parquet implementation reads every file.
		fr, err := local.NewLocalFileReader(filepath.Join(out, f))
		if err != nil {
			t.Fatal(err)
		}
		pr, err := reader.NewParquetColumnReader(fr, 1)
		if err != nil {
			t.Fatalf("parquet-go cannot open %s: %v", f, err)
		}
		if got := pr.GetNumRows(); got != n {
			t.Errorf("parquet-go: %s has %d rows, build wrote %d", f, got, n)
		}
		pr.ReadStop()
		fr.Close()
		if counts[rel[f]] != n {
			t.Errorf("duckdb: %s has %d rows, build wrote %d", rel[f], counts[rel[f]], n)
		}
	}
	rep, err := Check(out)
	if err != nil {
		var buf bytes.Buffer
		rep.Write(&buf)
		t.Fatalf("check of a fresh build failed: %v\n%s", err, buf.String())
	}
}

func eventIDs(t *testing.T, dir string) []string {
	t.Helper()
	db, err := store.Open(filepath.Join(dir, DBFile), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	res, err := db.Query(context.Background(), "select event_id from events order by event_id")
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range res.Rows {
		ids = append(ids, fmt.Sprint(r[0]))
	}
	return ids
}

func TestBuildIsDeterministic(t *testing.T) {
	tmp := t.TempDir()
	a, b := filepath.Join(tmp, "a"), filepath.Join(tmp, "b")
	buildInto(t, seedDir, a, func(c *Config) { c.Workers = 1 })
	buildInto(t, seedDir, b, func(c *Config) { c.Workers = 4 })
	fa, fb := fileBytes(t, a), fileBytes(t, b)
	for f := range fa {
		if !bytes.Equal(fa[f], fb[f]) {
			t.Errorf("%s differs between two builds of the same input", f)
		}
	}
	ia, ib := eventIDs(t, a), eventIDs(t, b)
	if strings.Join(ia, ",") != strings.Join(ib, ",") || len(ia) == 0 {
		t.Errorf("event ids differ between builds: %d vs %d ids", len(ia), len(ib))
	}
}

func TestBuildTimeOnlyWhenAsked(t *testing.T) {
	tmp := t.TempDir()
	a, b := filepath.Join(tmp, "a"), filepath.Join(tmp, "b")
	buildInto(t, seedDir, a, nil)
	buildInto(t, seedDir, b, func(c *Config) { c.BuildTime = "2026-01-02T03:04:05Z" })
	fa, fb := fileBytes(t, a), fileBytes(t, b)
	if bytes.Equal(fa[EventsFile], fb[EventsFile]) {
		t.Error("a build time was set but events.parquet did not change")
	}
	if !bytes.Contains(fb[EventsFile], []byte("2026-01-02T03:04:05Z")) {
		t.Error("build time not recorded in the Parquet metadata")
	}
}

// copyDir copies the regular files of src into a new directory.
func copyDir(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	ents, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if e.Type().IsRegular() {
			if err := copyFile(filepath.Join(src, e.Name()), filepath.Join(dst, e.Name())); err != nil {
				t.Fatal(err)
			}
		}
	}
	return dst
}

func TestIncrementalRebuildEqualsFullBuild(t *testing.T) {
	in := copyDir(t, seedDir)
	tmp := t.TempDir()
	out, cache := filepath.Join(tmp, "out"), filepath.Join(tmp, "cache")
	first := buildInto(t, in, out, func(c *Config) { c.CacheDir = cache })
	if first.Reused != 0 {
		t.Fatalf("first build reused %d documents from an empty cache", first.Reused)
	}
	// Change one document.
	p := filepath.Join(in, "002_ee99ca7e2089df17.txt")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	b = append(b, []byte("\n\nThe two armies agreed a ceasefire on 2 November 2021.\n")...)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	second := buildInto(t, in, out, func(c *Config) { c.CacheDir = cache })
	if second.Reused != first.Documents-1 {
		t.Errorf("rebuild reused %d documents, want %d (all but the changed one)", second.Reused, first.Documents-1)
	}
	full := filepath.Join(tmp, "full")
	buildInto(t, in, full, nil)
	fi, ff := fileBytes(t, out), fileBytes(t, full)
	for f := range ff {
		if !bytes.Equal(fi[f], ff[f]) {
			t.Errorf("%s: incremental rebuild differs from a clean full build", f)
		}
	}
}

func TestLockRefusesSecondBuild(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	unlock, err := acquireLock(out, false, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Run(context.Background(), Config{Input: seedDir, Out: out, Log: zerolog.Nop()})
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("second build: err = %v, want ErrLocked", err)
	}
	if !strings.Contains(err.Error(), fmt.Sprint(os.Getpid())) {
		t.Errorf("lock message does not say who holds it: %v", err)
	}
	// With Wait, the build queues and completes once the lock is released.
	done := make(chan error, 1)
	go func() {
		_, err := Run(context.Background(), Config{Input: seedDir, Out: out, Wait: true, Log: zerolog.Nop()})
		done <- err
	}()
	select {
	case err := <-done:
		t.Fatalf("waiting build finished while the lock was held: %v", err)
	case <-time.After(300 * time.Millisecond):
	}
	unlock()
	if err := <-done; err != nil {
		t.Fatalf("waiting build: %v", err)
	}
	if _, err := Check(out); err != nil {
		t.Fatalf("dataset after queued build: %v", err)
	}
}

func TestConcurrentBuildsDoNotCorrupt(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	errs := make(chan error, 2)
	for i := 0; i < 2; i++ {
		go func() {
			_, err := Run(context.Background(), Config{Input: seedDir, Out: out, Wait: true, Log: zerolog.Nop()})
			errs <- err
		}()
	}
	for i := 0; i < 2; i++ {
		if err := <-errs; err != nil {
			t.Fatalf("build %d: %v", i, err)
		}
	}
	if _, err := Check(out); err != nil {
		t.Fatalf("dataset after two concurrent builds: %v", err)
	}
}

func TestKilledBuildLeavesPreviousDataset(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns builds")
	}
	tmp := t.TempDir()
	out := filepath.Join(tmp, "out")
	buildInto(t, seedDir, out, nil)
	before := fileBytes(t, out)
	// The next input differs, so a completed swap would be visible.
	in := copyDir(t, seedDir)
	if err := os.WriteFile(filepath.Join(in, "zz_extra.txt"), []byte("Published 3 May 2021.\n\nThe rebels and the army agreed a truce on Sunday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, phase := range []string{"extract", "resolve", "parquet", "duckdb"} {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "TIMELINE_KILL_AFTER="+phase, "TIMELINE_INPUT="+in, "TIMELINE_OUT="+out)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		err := cmd.Run()
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
			t.Fatalf("child killed after %s: got %v (%s)", phase, err, stderr.String())
		}
		after := fileBytes(t, out)
		for f := range before {
			if !bytes.Equal(before[f], after[f]) {
				t.Errorf("kill after %s: %s changed", phase, f)
			}
		}
		if _, err := Check(out); err != nil {
			t.Errorf("kill after %s: previous dataset no longer valid: %v", phase, err)
		}
	}
	// The next build cleans the staging directories the killed ones left.
	buildInto(t, in, out, nil)
	ents, _ := os.ReadDir(tmp)
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	for _, n := range names {
		if strings.HasPrefix(n, tmpPrefix(out)) {
			t.Errorf("staging directory %s left behind after a good build (dir has %v)", n, names)
		}
	}
}

func TestStrictRejectsAndKeepsPrevious(t *testing.T) {
	tmp := t.TempDir()
	out := filepath.Join(tmp, "out")
	buildInto(t, seedDir, out, nil)
	before := fileBytes(t, out)
	in := copyDir(t, seedDir)
	if err := os.WriteFile(filepath.Join(in, "zz_empty.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(in, "zz_binary.txt"), []byte("GIF89a\x00\x01\x02"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Run(context.Background(), Config{Input: in, Out: out, Strict: true, Log: zerolog.Nop()})
	if !errors.Is(err, ErrRejected) {
		t.Fatalf("strict build with bad documents: err = %v, want ErrRejected", err)
	}
	after := fileBytes(t, out)
	for f := range before {
		if !bytes.Equal(before[f], after[f]) {
			t.Errorf("failed strict build changed %s", f)
		}
	}
	// Without --strict the dataset is published and lists the rejections.
	res, err := Run(context.Background(), Config{Input: in, Out: out, Log: zerolog.Nop()})
	if !errors.Is(err, ErrRejected) || res == nil || len(res.Rejected) != 2 {
		t.Fatalf("lenient build: err = %v, res = %+v; want ErrRejected with 2 rejections", err, res)
	}
	db, err := store.Open(filepath.Join(out, DBFile), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	q, err := db.Query(context.Background(), "select doc_id, reason from documents where status = 'rejected' order by doc_id")
	if err != nil {
		t.Fatal(err)
	}
	if len(q.Rows) != 2 || fmt.Sprint(q.Rows[0][0]) != "zz_binary" || fmt.Sprint(q.Rows[1][0]) != "zz_empty" {
		t.Fatalf("rejected rows in documents = %v", q.Rows)
	}
	for _, r := range q.Rows {
		if strings.TrimSpace(fmt.Sprint(r[1])) == "" {
			t.Errorf("rejected document %v has no reason", r[0])
		}
	}
}

func TestCheckFindsDamage(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	buildInto(t, seedDir, out, nil)
	if err := os.Remove(filepath.Join(out, EventsFile)); err != nil {
		t.Fatal(err)
	}
	rep, err := Check(out)
	if err == nil || len(rep.Failed) == 0 {
		t.Fatalf("check passed a dataset with no events.parquet: %+v", rep)
	}
}
