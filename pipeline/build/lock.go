package build

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// ErrLocked is returned when another build holds the lock on the output
// directory and the caller did not ask to wait.
var ErrLocked = errors.New("another build is running on this output directory")

// lockPath is the lock file of an output directory: a sibling file, so that
// swapping the directory never swaps the lock.
func lockPath(out string) string {
	return filepath.Join(filepath.Dir(out), "."+filepath.Base(out)+".lock")
}

// acquireLock takes an exclusive flock on out's lock file. With wait it
// blocks until the other build is done, calling onWait once first;
// otherwise it fails at once with ErrLocked. The lock is released by the
// returned function, or by the kernel when the process dies.
func acquireLock(out string, wait bool, onWait func(holder string)) (func(), error) {
	p := lockPath(out)
	f, err := os.OpenFile(p, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", p, err)
	}
	err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if err != nil && errors.Is(err, syscall.EWOULDBLOCK) {
		holder := readHolder(f)
		if !wait {
			f.Close()
			return nil, fmt.Errorf("%w (lock %s held by %s); rerun with --wait to queue behind it", ErrLocked, p, holder)
		}
		if onWait != nil {
			onWait(holder)
		}
		err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX)
	}
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("lock %s: %w", p, err)
	}
	// Record who holds it, for the message another build prints.
	_ = f.Truncate(0)
	_, _ = f.WriteAt([]byte(fmt.Sprintf("pid %d since %s\n", os.Getpid(), time.Now().UTC().Format(time.RFC3339))), 0)
	return func() {
		_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}

func readHolder(f *os.File) string {
	buf := make([]byte, 128)
	n, _ := f.ReadAt(buf, 0)
	s := strings.TrimSpace(string(buf[:n]))
	if s == "" {
		return "an unknown process"
	}
	return s
}

// pidAlive reports whether a process with this pid exists.
func pidAlive(pid int) bool {
	if pid <= 0 {
		return false
	}
	return syscall.Kill(pid, 0) == nil || errors.Is(syscall.Kill(pid, 0), syscall.EPERM)
}

// tmpPrefix is the name prefix of build staging directories next to out.
func tmpPrefix(out string) string { return "." + filepath.Base(out) + ".tmp-" }

// removeStale deletes staging directories left by killed builds. It runs
// under the lock, so no live build of this out directory owns them; the pid
// check is a second guard for hand-made locks.
func removeStale(out string) ([]string, error) {
	dir := filepath.Dir(out)
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var removed []string
	pfx := tmpPrefix(out)
	for _, e := range ents {
		if !e.IsDir() || !strings.HasPrefix(e.Name(), pfx) {
			continue
		}
		rest := strings.TrimPrefix(e.Name(), pfx)
		if i := strings.IndexByte(rest, '-'); i >= 0 {
			rest = rest[:i]
		}
		if pid, err := strconv.Atoi(rest); err == nil && pid != os.Getpid() && pidAlive(pid) {
			continue
		}
		p := filepath.Join(dir, e.Name())
		if err := os.RemoveAll(p); err != nil {
			return removed, err
		}
		removed = append(removed, p)
	}
	return removed, nil
}
