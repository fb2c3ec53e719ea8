package build

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// versionFile, in the cache directory, remembers the hash of the last
// executable that used the cache, with the file identity it was computed
// for, so that a rebuild with the same binary need not hash it again.
const versionFile = "extractor-version"

// extractorVersion identifies the extraction code for the cache: a hash of
// the running executable (any code change gives a new binary, so stale
// cache entries can never be used), or "dev" when it cannot be read.
//
// Hashing an 85 MB binary costs a third of a second on every build, so the
// hash is remembered in cacheDir together with the executable's identity:
// its path, size, modification and status-change times, device and inode.
// Replacing or rewriting the file changes the status-change time (which no
// program can set back), so a remembered hash is only reused for the very
// same file.
func extractorVersion(cacheDir string) string {
	exe, err := os.Executable()
	if err != nil {
		return "dev"
	}
	if p, err := filepath.EvalSymlinks(exe); err == nil {
		exe = p
	}
	f, err := os.Open(exe)
	if err != nil {
		return "dev"
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return "dev"
	}
	id := fileIdentity(exe, st)
	memo := filepath.Join(cacheDir, versionFile)
	if id != "" && cacheDir != "" {
		if b, err := os.ReadFile(memo); err == nil {
			if v, ok := strings.CutPrefix(string(b), id+"\t"); ok && len(v) == 17 && v[16] == '\n' {
				return v[:16]
			}
		}
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "dev"
	}
	v := hex.EncodeToString(h.Sum(nil))[:16]
	if id != "" && cacheDir != "" {
		// Only a speed-up: a memo that cannot be written is hashed again
		// next time. Written to a temporary file and renamed, so that a
		// concurrent build never reads half a line.
		os.MkdirAll(cacheDir, 0o755)
		if tmp, err := os.CreateTemp(cacheDir, "."+versionFile+".tmp-*"); err == nil {
			_, werr := fmt.Fprintf(tmp, "%s\t%s\n", id, v)
			cerr := tmp.Close()
			if werr != nil || cerr != nil || os.Rename(tmp.Name(), memo) != nil {
				os.Remove(tmp.Name())
			}
		}
	}
	return v
}
