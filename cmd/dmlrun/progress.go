package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"sync"
	"time"
)

// Progress bar timing: nothing is drawn for operations shorter than
// progressDelay, and the line is redrawn at most every progressEvery.
const (
	progressDelay = 300 * time.Millisecond
	progressEvery = 100 * time.Millisecond
)

// progress draws "label  done / total  pct  rate" on one terminal line,
// redrawn with \r. A nil *progress draws nothing, so callers need no checks.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	label string
	total int64 // 0: unknown
	done  int64
	start time.Time
	last  time.Time
	drawn bool
	now   func() time.Time
}

// newProgress returns a bar on w, or nil when w is nil (quiet).
func newProgress(w io.Writer, label string, total int64) *progress {
	if w == nil {
		return nil
	}
	p := &progress{w: w, label: label, total: total, now: time.Now}
	p.start = p.now()
	return p
}

// progressOut is where progress bars go: stderr when it is a terminal and
// the command prints no JSON, else nowhere.
func progressOut(stderr io.Writer, asJSON bool) io.Writer {
	f, ok := stderr.(*os.File)
	if asJSON || !ok || !isTerminal(f) {
		return nil
	}
	return f
}

// isTerminal reports whether f is a character device other than /dev/null.
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	if err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	if null, err := os.Stat(os.DevNull); err == nil && os.SameFile(fi, null) {
		return false
	}
	return true
}

// Add records n more bytes done and redraws if it is time.
func (p *progress) Add(n int64) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done += n
	if t := p.now(); t.Sub(p.start) >= progressDelay && t.Sub(p.last) >= progressEvery {
		p.draw(t)
	}
}

// Finish draws the final figures and ends the line, if anything was drawn.
func (p *progress) Finish() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drawn {
		p.draw(p.now())
		fmt.Fprintln(p.w)
	}
}

func (p *progress) draw(t time.Time) {
	p.last, p.drawn = t, true
	rate := float64(p.done) / max(t.Sub(p.start).Seconds(), 1e-3)
	line := fmt.Sprintf("%s  %s", p.label, mib(p.done))
	if p.total > 0 {
		line += fmt.Sprintf(" / %s  %3d%%", mib(p.total), p.done*100/p.total)
	}
	fmt.Fprintf(p.w, "\r%s  %s/s\x1b[K", line, mib(int64(rate)))
}

func mib(n int64) string { return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20)) }

// Reader counts what is read from r.
func (p *progress) Reader(r io.Reader) io.Reader {
	if p == nil {
		return r
	}
	return &countingReader{r: r, p: p}
}

type countingReader struct {
	r io.Reader
	p *progress
}

func (c *countingReader) Read(b []byte) (int, error) {
	n, err := c.r.Read(b)
	c.p.Add(int64(n))
	return n, err
}

// Client is an HTTP client whose response bodies count towards p.
func (p *progress) Client() *http.Client {
	if p == nil {
		return &http.Client{}
	}
	return &http.Client{Transport: countingTransport{p: p}}
}

type countingTransport struct{ p *progress }

func (t countingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := http.DefaultTransport.RoundTrip(req)
	if err == nil {
		resp.Body = struct {
			io.Reader
			io.Closer
		}{t.p.Reader(resp.Body), resp.Body}
	}
	return resp, err
}
