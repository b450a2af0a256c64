package main

import (
	"bytes"
	"io"
)

// prefixWriter writes each line it receives to w with a prefix; a partial
// last line is held until Flush.
type prefixWriter struct {
	w      io.Writer
	prefix []byte
	buf    []byte
}

func newPrefixWriter(w io.Writer, prefix string) *prefixWriter {
	return &prefixWriter{w: w, prefix: []byte(prefix)}
}

func (p *prefixWriter) Write(b []byte) (int, error) {
	p.buf = append(p.buf, b...)
	for {
		i := bytes.IndexByte(p.buf, '\n')
		if i < 0 {
			return len(b), nil
		}
		if err := p.emit(p.buf[:i+1]); err != nil {
			return 0, err
		}
		p.buf = p.buf[i+1:]
	}
}

// Flush writes a pending partial line, ending it with a newline.
func (p *prefixWriter) Flush() error {
	if len(p.buf) == 0 {
		return nil
	}
	line := append(p.buf, '\n')
	p.buf = nil
	return p.emit(line)
}

func (p *prefixWriter) emit(line []byte) error {
	_, err := p.w.Write(append(append([]byte{}, p.prefix...), line...))
	return err
}
