//go:build linux

package build

import (
	"fmt"
	"os"
	"syscall"
)

// fileIdentity describes the file at path well enough that any change to
// it gives a different string: path, size, mtime, ctime, device and inode.
// It returns "" when the platform does not provide them.
func fileIdentity(path string, st os.FileInfo) string {
	sys, ok := st.Sys().(*syscall.Stat_t)
	if !ok {
		return ""
	}
	return fmt.Sprintf("%q %d %d %d.%d %d %d", path, st.Size(), st.ModTime().UnixNano(),
		sys.Ctim.Sec, sys.Ctim.Nsec, sys.Dev, sys.Ino)
}

// fileStatOf returns the identity of a file for the hash memo; false when
// the platform does not provide it.
func fileStatOf(st os.FileInfo) (fileStat, bool) {
	sys, ok := st.Sys().(*syscall.Stat_t)
	if !ok {
		return fileStat{}, false
	}
	return fileStat{
		size:  st.Size(),
		mtime: st.ModTime().UnixNano(),
		ctime: sys.Ctim.Sec*1e9 + sys.Ctim.Nsec,
		dev:   uint64(sys.Dev),
		ino:   uint64(sys.Ino),
	}, true
}
