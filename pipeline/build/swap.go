package build

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"golang.org/x/sys/unix"
)

// swapIn makes the finished staging directory tmp the output directory out,
// atomically: with renameat2(RENAME_EXCHANGE) the two directories trade
// places in one step, so at every instant out is either the complete old
// dataset or the complete new one. The old dataset ends up in tmp and is
// removed. When out does not exist yet a plain rename does it.
func swapIn(tmp, out string) error {
	if _, err := os.Lstat(out); errors.Is(err, os.ErrNotExist) {
		if err := os.Rename(tmp, out); err != nil {
			return fmt.Errorf("swap %s into place: %w", out, err)
		}
		return syncDir(filepath.Dir(out))
	}
	if err := unix.Renameat2(unix.AT_FDCWD, tmp, unix.AT_FDCWD, out, unix.RENAME_EXCHANGE); err != nil {
		return fmt.Errorf("swap %s into place (renameat2 exchange): %w", out, err)
	}
	if err := syncDir(filepath.Dir(out)); err != nil {
		return err
	}
	if err := os.RemoveAll(tmp); err != nil {
		return fmt.Errorf("remove previous dataset %s: %w", tmp, err)
	}
	return nil
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	return nil
}

// copyFile copies src to dst (used to carry out/README.md into a new build).
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
