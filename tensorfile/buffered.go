package tensorfile

import (
	"bufio"
	"os"
)

// buffered runs body with a buffered writer over f and flushes it.
func buffered(f *os.File, body func(*bufio.Writer) error) error {
	w := bufio.NewWriterSize(f, 1<<16)
	if err := body(w); err != nil {
		return err
	}
	return w.Flush()
}
