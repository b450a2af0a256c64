package ipfs

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ipfs/go-cid"
)

// Fetcher defaults.
const (
	DefaultFetchTimeout  = 30 * time.Second
	DefaultFetchAttempts = 2
	DefaultFetchParallel = 8
	// maxBlockSize bounds a gateway response; UnixFS blocks are ≤ 1 MiB and
	// the IPFS network refuses blocks over 2 MiB.
	maxBlockSize = 2 << 20
)

// FetcherConfig configures a Fetcher. Only Gateways is required.
type FetcherConfig struct {
	// Gateways are trustless HTTP gateway base URLs ("https://host" or
	// "http://127.0.0.1:8080"), tried in order.
	Gateways []string
	// Timeout bounds each HTTP request. Default DefaultFetchTimeout.
	Timeout time.Duration
	// Attempts is how often one gateway is tried for a block after a
	// transient failure (network error, 5xx, 429) before the next gateway.
	// Default DefaultFetchAttempts.
	Attempts int
	// Parallel is how many blocks are fetched at once. Default DefaultFetchParallel.
	Parallel int
	// Client is the HTTP client. Default: a new http.Client.
	Client *http.Client
}

// Fetcher retrieves DAGs from trustless gateways (`?format=raw`, one
// verified block per request) into a Store, and pins them there, so the
// next Get is offline.
type Fetcher struct {
	s         *Store
	cfg       FetcherConfig
	preferred atomic.Int32 // index of the gateway that served the last block
}

// NewFetcher checks cfg and returns a Fetcher that fills s.
func NewFetcher(s *Store, cfg FetcherConfig) (*Fetcher, error) {
	if len(cfg.Gateways) == 0 {
		return nil, errors.New("fetcher: no gateway configured: give at least one trustless gateway URL")
	}
	gws := make([]string, len(cfg.Gateways))
	for i, g := range cfg.Gateways {
		u, err := url.Parse(g)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, fmt.Errorf("fetcher: gateway %q is not an http(s) URL: use a form like https://host or http://127.0.0.1:8080", g)
		}
		gws[i] = strings.TrimRight(g, "/")
	}
	cfg.Gateways = gws
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultFetchTimeout
	}
	if cfg.Attempts <= 0 {
		cfg.Attempts = DefaultFetchAttempts
	}
	if cfg.Parallel <= 0 {
		cfg.Parallel = DefaultFetchParallel
	}
	if cfg.Client == nil {
		cfg.Client = &http.Client{}
	}
	return &Fetcher{s: s, cfg: cfg}, nil
}

// Get fetches the DAG under c (blocks already in the store are read
// locally and verified), pins it, and streams the file from the store.
func (f *Fetcher) Get(ctx context.Context, c cid.Cid) (io.ReadCloser, error) {
	if err := f.Fetch(ctx, c); err != nil {
		return nil, err
	}
	return f.s.Get(ctx, c)
}

// Fetch makes the whole DAG under c local and pins it. Every block is
// verified against its CID before it is stored; a local block that no
// longer matches is fetched again. The pin is written only once the DAG is
// complete.
func (f *Fetcher) Fetch(ctx context.Context, c cid.Cid) error {
	if err := f.s.checkOpen(); err != nil {
		return err
	}
	f.s.gc.RLock()
	defer f.s.gc.RUnlock()
	seen := map[string]bool{string(c.Hash()): true}
	level := []cid.Cid{c}
	for len(level) > 0 {
		links := make([][]cid.Cid, len(level))
		errs := make([]error, len(level))
		sem := make(chan struct{}, f.cfg.Parallel)
		var wg sync.WaitGroup
		for i, b := range level {
			wg.Add(1)
			sem <- struct{}{}
			go func() {
				defer func() { <-sem; wg.Done() }()
				links[i], errs[i] = f.block(ctx, b)
			}()
		}
		wg.Wait()
		if err := errors.Join(errs...); err != nil {
			if ctx.Err() != nil {
				return fmt.Errorf("fetch %s: interrupted (%w); nothing was pinned", c, ctx.Err())
			}
			return fmt.Errorf("fetch %s: %w; nothing was pinned", c, firstErr(errs))
		}
		var next []cid.Cid
		for _, ls := range links {
			for _, l := range ls {
				if !seen[string(l.Hash())] {
					seen[string(l.Hash())] = true
					next = append(next, l)
				}
			}
		}
		level = next
	}
	if err := f.s.flush(); err != nil {
		return err
	}
	if err := f.s.addPin(c); err != nil {
		return fmt.Errorf("fetch %s: %w", c, err)
	}
	return nil
}

func firstErr(errs []error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

// block makes c local and returns its links.
func (f *Fetcher) block(ctx context.Context, c cid.Cid) ([]cid.Cid, error) {
	data, err := f.s.getBlock(ctx, c)
	switch {
	case err == nil:
		return linksOf(c, data)
	case errors.Is(err, ErrHashMismatch):
		if err := f.s.bs.DeleteBlock(ctx, c); err != nil {
			return nil, storeErr("remove corrupt block "+c.String(), err)
		}
	case !errors.Is(err, ErrNotFound):
		return nil, err
	}
	data, err = f.remote(ctx, c)
	if err != nil {
		return nil, err
	}
	if err := f.s.putVerified(ctx, c, data); err != nil {
		return nil, err
	}
	return linksOf(c, data)
}

// GatewayAttempt is one gateway's failure to provide a block.
type GatewayAttempt struct {
	Gateway string
	Err     error
}

// FetchError lists every gateway tried for a block and why each failed.
// It wraps ErrUnavailable, and ErrHashMismatch if a gateway sent bad bytes.
type FetchError struct {
	CID   cid.Cid
	Tried []GatewayAttempt
}

func (e *FetchError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "block %s: %v; tried %d gateway(s):", e.CID, ErrUnavailable, len(e.Tried))
	for _, a := range e.Tried {
		fmt.Fprintf(&b, " [%s: %v]", a.Gateway, a.Err)
	}
	b.WriteString("; check the gateway URLs and the network, or import a CAR")
	return b.String()
}

func (e *FetchError) Unwrap() []error {
	out := []error{ErrUnavailable}
	for _, a := range e.Tried {
		if errors.Is(a.Err, ErrHashMismatch) {
			return append(out, ErrHashMismatch)
		}
	}
	return out
}

// remote gets c's verified bytes from the preferred gateway, then the
// others in configured order.
func (f *Fetcher) remote(ctx context.Context, c cid.Cid) ([]byte, error) {
	n := len(f.cfg.Gateways)
	first := int(f.preferred.Load())
	order := []int{first}
	for i := 0; i < n; i++ {
		if i != first {
			order = append(order, i)
		}
	}
	fe := &FetchError{CID: c}
	for _, i := range order {
		gw := f.cfg.Gateways[i]
		data, err := f.fromGateway(ctx, gw, c)
		if err == nil {
			f.preferred.Store(int32(i))
			return data, nil
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		fe.Tried = append(fe.Tried, GatewayAttempt{Gateway: gw, Err: err})
	}
	return nil, fe
}

// transientError marks a failure worth retrying on the same gateway.
type transientError struct{ err error }

func (t transientError) Error() string { return t.err.Error() }
func (t transientError) Unwrap() error { return t.err }

// fromGateway tries one gateway, retrying transient failures.
func (f *Fetcher) fromGateway(ctx context.Context, gw string, c cid.Cid) ([]byte, error) {
	var err error
	for attempt := 0; attempt < f.cfg.Attempts; attempt++ {
		if attempt > 0 {
			select {
			case <-time.After(time.Duration(50<<attempt) * time.Millisecond):
			case <-ctx.Done():
				return nil, ctx.Err()
			}
		}
		var data []byte
		data, err = f.request(ctx, gw, c)
		if err == nil {
			return data, nil
		}
		var t transientError
		if !errors.As(err, &t) {
			return nil, err
		}
	}
	if f.cfg.Attempts > 1 {
		return nil, fmt.Errorf("%w (after %d attempts)", err, f.cfg.Attempts)
	}
	return nil, err
}

// request is one GET {gw}/ipfs/{cid}?format=raw, verified.
func (f *Fetcher) request(ctx context.Context, gw string, c cid.Cid) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, f.cfg.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, gw+"/ipfs/"+c.String()+"?format=raw", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/vnd.ipld.raw")
	resp, err := f.cfg.Client.Do(req)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return nil, transientError{fmt.Errorf("no answer within %v", f.cfg.Timeout)}
		}
		return nil, transientError{err}
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 200))
		err := fmt.Errorf("HTTP %s: %s", resp.Status, strings.TrimSpace(string(msg)))
		if resp.StatusCode >= 500 || resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusRequestTimeout {
			return nil, transientError{err}
		}
		return nil, err
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxBlockSize+1))
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return nil, transientError{fmt.Errorf("body not complete within %v", f.cfg.Timeout)}
		}
		return nil, transientError{err}
	}
	if len(data) > maxBlockSize {
		return nil, fmt.Errorf("response over %d bytes: not a single block; is this a trustless gateway?", maxBlockSize)
	}
	if err := verifyBlock(c, data); err != nil {
		return nil, err
	}
	return data, nil
}
