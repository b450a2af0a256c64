package ipfs

import (
	"bytes"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ipfs/boxo/blockservice"
	"github.com/ipfs/boxo/gateway"
	"github.com/ipfs/go-cid"
	"github.com/prometheus/client_golang/prometheus"
)

// serveGateway runs boxo's real gateway handler over s on loopback.
func serveGateway(t *testing.T, s *Store) *httptest.Server {
	t.Helper()
	backend, err := gateway.NewBlocksBackend(blockservice.New(s.bs, nil))
	if err != nil {
		t.Fatal(err)
	}
	h := gateway.NewHandler(gateway.Config{NoDNSLink: true, MetricsRegistry: prometheus.NewRegistry()}, backend)
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

// deadURL is a loopback URL whose port nobody listens on.
func deadURL(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return "http://" + addr
}

func newFetcher(t *testing.T, s *Store, gws ...string) *Fetcher {
	t.Helper()
	f, err := NewFetcher(s, FetcherConfig{Gateways: gws, Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func fetchAll(t *testing.T, f *Fetcher, c cid.Cid) ([]byte, error) {
	t.Helper()
	r, err := f.Get(t.Context(), c)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return io.ReadAll(r)
}

func TestFetchFromRealGatewayThenOffline(t *testing.T) {
	for _, v0 := range []bool{false, true} {
		remote, local := openTemp(t), openTemp(t)
		want, _ := io.ReadAll(newCounterStream(5*ChunkSize + 3))
		c, err := remote.Add(t.Context(), bytes.NewReader(want), AddOptions{CIDv0: v0})
		if err != nil {
			t.Fatal(err)
		}
		srv := serveGateway(t, remote)
		f := newFetcher(t, local, srv.URL)
		got, err := fetchAll(t, f, c)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatal("fetched bytes differ")
		}
		if !local.IsPinned(c) {
			t.Fatal("fetched content not pinned")
		}
		srv.Close()
		got, err = fetchAll(t, f, c)
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("offline Get after the gateway is gone: %v", err)
		}
		if n, _, _ := local.GC(t.Context()); n != 0 {
			t.Fatalf("GC removed %d fetched blocks", n)
		}
	}
}

func TestFetchFallsThroughDeadGateway(t *testing.T) {
	remote, local := openTemp(t), openTemp(t)
	c, _ := remote.Add(t.Context(), newCounterStream(2*ChunkSize+1), AddOptions{})
	srv := serveGateway(t, remote)
	f := newFetcher(t, local, deadURL(t), srv.URL)
	got, err := fetchAll(t, f, c)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := io.ReadAll(newCounterStream(2*ChunkSize + 1))
	if !bytes.Equal(got, want) {
		t.Fatal("bytes differ")
	}
}

func TestFetchAllDeadListsEach(t *testing.T) {
	local := openTemp(t)
	a, b := deadURL(t), deadURL(t)
	f := newFetcher(t, local, a, b)
	c := rawCID(t, []byte("nowhere"))
	err := f.Fetch(t.Context(), c)
	var fe *FetchError
	if !errors.Is(err, ErrUnavailable) || !errors.As(err, &fe) || len(fe.Tried) != 2 {
		t.Fatalf("err = %v", err)
	}
	for _, u := range []string{a, b, c.String()} {
		if !strings.Contains(err.Error(), u) {
			t.Errorf("error does not name %s: %v", u, err)
		}
	}
	if local.IsPinned(c) {
		t.Fatal("pinned after a failed fetch")
	}
}

func TestFetchRefusesForgedBlock(t *testing.T) {
	local := openTemp(t)
	good := []byte("the real bytes")
	c := rawCID(t, good)
	liar := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("forged bytes!!"))
	}))
	defer liar.Close()
	honest := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("format") != "raw" || r.URL.Path != "/ipfs/"+c.String() {
			http.NotFound(w, r)
			return
		}
		w.Write(good)
	}))
	defer honest.Close()

	err := newFetcher(t, local, liar.URL).Fetch(t.Context(), c)
	if !errors.Is(err, ErrHashMismatch) || !strings.Contains(err.Error(), c.String()) {
		t.Fatalf("forged block: %v", err)
	}
	if ok, _ := local.Has(t.Context(), c); ok {
		t.Fatal("forged block stored")
	}
	got, err := fetchAll(t, newFetcher(t, local, liar.URL, honest.URL), c)
	if err != nil || string(got) != string(good) {
		t.Fatalf("fallback past a lying gateway: %q, %v", got, err)
	}
}

func TestFetchRetriesTransientFailure(t *testing.T) {
	local := openTemp(t)
	good := []byte("flaky")
	c := rawCID(t, good)
	var calls atomic.Int32
	flaky := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 {
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return
		}
		w.Write(good)
	}))
	defer flaky.Close()
	if err := newFetcher(t, local, flaky.URL).Fetch(t.Context(), c); err != nil {
		t.Fatal(err)
	}
	if calls.Load() != 2 {
		t.Fatalf("%d calls, want 2", calls.Load())
	}
}

func TestFetchTimeout(t *testing.T) {
	local := openTemp(t)
	hang := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	}))
	defer hang.Close()
	f, _ := NewFetcher(local, FetcherConfig{Gateways: []string{hang.URL}, Timeout: 100 * time.Millisecond, Attempts: 1})
	start := time.Now()
	err := f.Fetch(t.Context(), rawCID(t, []byte("slow")))
	if !errors.Is(err, ErrUnavailable) || !strings.Contains(err.Error(), "no answer within") {
		t.Fatalf("err = %v", err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Fatalf("timeout took %v", d)
	}
}

func TestFetchRepairsCorruptLocalBlock(t *testing.T) {
	remote, local := openTemp(t), openTemp(t)
	data, _ := io.ReadAll(newCounterStream(2 * ChunkSize))
	c, _ := remote.Add(t.Context(), bytes.NewReader(data), AddOptions{})
	local.Add(t.Context(), bytes.NewReader(data), AddOptions{})
	leaf := rawCID(t, data[:ChunkSize])
	corrupt(t, blockPath(local, leaf))
	srv := serveGateway(t, remote)
	got, err := fetchAll(t, newFetcher(t, local, srv.URL), c)
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("repair: %v", err)
	}
}

func TestNewFetcherRejectsBadURL(t *testing.T) {
	s := openTemp(t)
	for _, gws := range [][]string{nil, {"ftp://x"}, {"not a url"}, {"http://"}} {
		if _, err := NewFetcher(s, FetcherConfig{Gateways: gws}); err == nil {
			t.Errorf("NewFetcher(%q) accepted", gws)
		}
	}
}
