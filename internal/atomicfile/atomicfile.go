// Package atomicfile writes files so that a reader, or a process killed
// mid-write, never sees a partial file: a temporary file beside the target is
// filled, synced and renamed over it, and the directory is synced.
package atomicfile

import (
	"fmt"
	"os"
	"path/filepath"
)

// WriteFunc fills a temporary file through fill, then renames it to path
// with mode perm. On any failure the temporary file is removed and path is
// left as it was.
func WriteFunc(path string, perm os.FileMode, fill func(*os.File) error) (err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = fill(tmp); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = tmp.Chmod(perm); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("write %s: sync: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if d, derr := os.Open(dir); derr == nil { // make the rename durable; best effort
		d.Sync()
		d.Close()
	}
	return nil
}

// Write writes data to path atomically with mode 0644.
func Write(path string, data []byte) error {
	return WriteFunc(path, 0o644, func(f *os.File) error {
		_, err := f.Write(data)
		return err
	})
}
