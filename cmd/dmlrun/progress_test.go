package main

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// fakeClock is a progress clock the test moves by hand.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time { return c.t }

func testBar(w io.Writer, total int64) (*progress, *fakeClock) {
	clk := &fakeClock{t: time.Unix(1000, 0)}
	p := newProgress(w, "add f", total)
	p.now, p.start = clk.now, clk.t
	return p, clk
}

func TestProgressDraws(t *testing.T) {
	tests := []struct {
		name  string
		total int64
		steps []time.Duration // time before each 1 MiB Add
		draws int
		last  string
	}{
		{"short operation: nothing drawn", 4 << 20, []time.Duration{10, 10, 10, 10}, 0, ""},
		{"after the delay, at most every 100 ms", 4 << 20, []time.Duration{400e6, 50e6, 60e6, 200e6}, 3, "add f  4.0 MiB / 4.0 MiB  100%  5.6 MiB/s"},
		{"unknown total", 0, []time.Duration{500e6, 500e6}, 2, "add f  2.0 MiB  2.0 MiB/s"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			p, clk := testBar(&buf, tc.total)
			for _, d := range tc.steps {
				clk.t = clk.t.Add(d)
				p.Add(1 << 20)
			}
			if n := strings.Count(buf.String(), "\r"); n != tc.draws {
				t.Fatalf("%d draws, want %d: %q", n, tc.draws, buf.String())
			}
			p.Finish()
			out := buf.String()
			if tc.draws == 0 {
				if out != "" {
					t.Fatalf("Finish drew %q", out)
				}
				return
			}
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\r")
			if last := strings.TrimSuffix(lines[len(lines)-1], "\x1b[K"); last != tc.last || !strings.HasSuffix(out, "\n") {
				t.Fatalf("final line %q, want %q (all %q)", last, tc.last, out)
			}
		})
	}
}

func TestProgressQuiet(t *testing.T) {
	var p *progress // what newProgress(nil, …) gives
	if newProgress(nil, "x", 1) != nil {
		t.Fatal("newProgress(nil) is not nil")
	}
	p.Add(5)
	p.Finish()
	r := strings.NewReader("abc")
	if p.Reader(r) != io.Reader(r) {
		t.Error("a quiet bar wraps readers")
	}
	regular, err := os.Create(filepath.Join(t.TempDir(), "log"))
	if err != nil {
		t.Fatal(err)
	}
	defer regular.Close()
	devNull, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer devNull.Close()
	for name, w := range map[string]io.Writer{"buffer": &bytes.Buffer{}, "regular file": regular, "/dev/null": devNull} {
		if progressOut(w, false) != nil {
			t.Errorf("%s is taken for a terminal", name)
		}
	}
	if tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0); err == nil {
		defer tty.Close()
		if progressOut(tty, false) == nil {
			t.Error("/dev/tty is not taken for a terminal")
		}
		if progressOut(tty, true) != nil {
			t.Error("--json does not quiet the bar")
		}
	}
}

func TestProgressCountsHTTPBodies(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Write(make([]byte, 12345))
	}))
	defer srv.Close()
	var buf bytes.Buffer
	p, _ := testBar(&buf, 0)
	for range 2 {
		resp, err := p.Client().Get(srv.URL)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
	if p.done != 2*12345 {
		t.Errorf("counted %d bytes, want %d", p.done, 2*12345)
	}
}
