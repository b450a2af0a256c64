package tensorfile

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
)

// writeAtomic writes a file through fill into a temporary file beside path,
// syncs it, and renames it over path. On any failure the temporary file is
// removed and path is left as it was.
func writeAtomic(path string, fill func(*os.File) error) (err error) {
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
	if err = tmp.Chmod(0o644); err != nil {
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

// buffered runs body with a buffered writer over f and flushes it.
func buffered(f *os.File, body func(*bufio.Writer) error) error {
	w := bufio.NewWriterSize(f, 1<<16)
	if err := body(w); err != nil {
		return err
	}
	return w.Flush()
}
