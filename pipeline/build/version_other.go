//go:build !linux

package build

import "os"

// fileIdentity returns "" where the status-change time is not available:
// the executable is then hashed on every build.
func fileIdentity(path string, st os.FileInfo) string { return "" }

// fileStatOf returns false where the status-change time is not available:
// every input file is then hashed on every build.
func fileStatOf(st os.FileInfo) (fileStat, bool) { return fileStat{}, false }
