package ipfs

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"

	"github.com/ipfs/go-cid"
	format "github.com/ipfs/go-ipld-format"
)

// RPC is a minimal client of a Kubo node's RPC API (port 5001), over plain
// HTTP: add, cat and pin/add.
type RPC struct {
	base   string
	client *http.Client
}

// NewRPC returns a client for the Kubo RPC API at apiURL
// ("http://127.0.0.1:5001"); client nil means http.DefaultClient.
func NewRPC(apiURL string, client *http.Client) (*RPC, error) {
	u, err := url.Parse(apiURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("kubo rpc: %q is not an http(s) URL: use a form like http://127.0.0.1:5001", apiURL)
	}
	if client == nil {
		client = http.DefaultClient
	}
	return &RPC{base: strings.TrimRight(apiURL, "/"), client: client}, nil
}

// rpcError is Kubo's error body.
type rpcError struct {
	Message string
}

// call POSTs to /api/v0/{cmd}?{q} and returns the response body.
func (r *RPC) call(ctx context.Context, cmd string, q url.Values, body io.Reader, contentType string) (io.ReadCloser, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, r.base+"/api/v0/"+cmd+"?"+q.Encode(), body)
	if err != nil {
		return nil, err
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := r.client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("kubo rpc %s: %w: is the node running at %s?", cmd, err, r.base)
	}
	if resp.StatusCode != http.StatusOK {
		defer resp.Body.Close()
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
		var e rpcError
		if json.Unmarshal(b, &e) == nil && e.Message != "" {
			return nil, fmt.Errorf("kubo rpc %s: %s: %s", cmd, resp.Status, e.Message)
		}
		return nil, fmt.Errorf("kubo rpc %s: %s: %s", cmd, resp.Status, strings.TrimSpace(string(b)))
	}
	return resp.Body, nil
}

// Add uploads rd to the node with the import parameters of opts (CIDv1 raw
// leaves by default) and returns the CID the node reports; the node pins it.
func (r *RPC) Add(ctx context.Context, rd io.Reader, opts AddOptions) (cid.Cid, error) {
	pr, pw := io.Pipe()
	mw := multipart.NewWriter(pw)
	go func() {
		part, err := mw.CreateFormFile("file", "file")
		if err == nil {
			_, err = io.Copy(part, rd)
		}
		if err == nil {
			err = mw.Close()
		}
		pw.CloseWithError(err)
	}()
	q := url.Values{"cid-version": {"1"}, "raw-leaves": {"true"}, "pin": {"true"}}
	if opts.CIDv0 {
		q = url.Values{"cid-version": {"0"}, "raw-leaves": {"false"}, "pin": {"true"}}
	}
	body, err := r.call(ctx, "add", q, pr, mw.FormDataContentType())
	if err != nil {
		pr.CloseWithError(err)
		return cid.Undef, err
	}
	defer body.Close()
	var last struct{ Hash string }
	dec := json.NewDecoder(body)
	for {
		var msg struct{ Hash string }
		if err := dec.Decode(&msg); err == io.EOF {
			break
		} else if err != nil {
			return cid.Undef, fmt.Errorf("kubo rpc add: bad response: %w", err)
		}
		if msg.Hash != "" {
			last = msg
		}
	}
	if last.Hash == "" {
		return cid.Undef, errors.New("kubo rpc add: the node returned no CID")
	}
	return ParseCID(last.Hash)
}

// Cat streams the file under c from the node. The stream is verified as
// it goes: the bytes are re-imported with Kubo's parameters for c's
// version, and the final Read fails with ErrHashMismatch unless they give
// c. Content added with other chunking cannot be verified this way; fetch
// it block by block through the node's gateway with a Fetcher instead.
func (r *RPC) Cat(ctx context.Context, c cid.Cid) (io.ReadCloser, error) {
	body, err := r.call(ctx, "cat", url.Values{"arg": {c.String()}}, nil, "")
	if err != nil {
		return nil, err
	}
	return newVerifyingReader(ctx, c, body), nil
}

// Pin pins c recursively on the node.
func (r *RPC) Pin(ctx context.Context, c cid.Cid) error {
	body, err := r.call(ctx, "pin/add", url.Values{"arg": {c.String()}}, nil, "")
	if err != nil {
		return err
	}
	defer body.Close()
	var res struct{ Pins []string }
	if err := json.NewDecoder(body).Decode(&res); err != nil {
		return fmt.Errorf("kubo rpc pin/add: bad response: %w", err)
	}
	for _, p := range res.Pins {
		if p == c.String() {
			return nil
		}
	}
	return fmt.Errorf("kubo rpc pin/add %s: the node pinned %v instead", c, res.Pins)
}

// verifyingReader recomputes the root CID of the bytes it passes through.
type verifyingReader struct {
	want cid.Cid
	body io.ReadCloser
	pw   *io.PipeWriter
	done chan cidResult
	err  error
}

type cidResult struct {
	c   cid.Cid
	err error
}

func newVerifyingReader(ctx context.Context, want cid.Cid, body io.ReadCloser) *verifyingReader {
	pr, pw := io.Pipe()
	v := &verifyingReader{want: want, body: body, pw: pw, done: make(chan cidResult, 1)}
	opts := AddOptions{CIDv0: want.Version() == 0}
	go func() {
		c, err := buildDAG(ctx, pr, hashOnlyDAG{}, opts)
		pr.CloseWithError(err)
		v.done <- cidResult{c, err}
	}()
	return v
}

func (v *verifyingReader) Read(p []byte) (int, error) {
	if v.err != nil {
		return 0, v.err
	}
	n, err := v.body.Read(p)
	if n > 0 {
		if _, werr := v.pw.Write(p[:n]); werr != nil {
			v.err = fmt.Errorf("verify %s: %w", v.want, werr)
			return n, v.err
		}
	}
	if err == io.EOF {
		v.pw.Close()
		res := <-v.done
		switch {
		case res.err != nil:
			v.err = fmt.Errorf("verify %s: %w", v.want, res.err)
		case !res.c.Equals(v.want):
			v.err = fmt.Errorf("cat %s: %w: the node's bytes import to %s; do not use them", v.want, ErrHashMismatch, res.c)
		default:
			v.err = io.EOF
		}
		return n, v.err
	}
	if err != nil {
		v.err = err
		v.pw.CloseWithError(err)
	}
	return n, err
}

func (v *verifyingReader) Close() error {
	v.pw.CloseWithError(errors.New("closed"))
	return v.body.Close()
}

// hashOnlyDAG discards nodes: the importer run only for the root CID.
type hashOnlyDAG struct{}

func (hashOnlyDAG) Get(context.Context, cid.Cid) (format.Node, error) {
	return nil, format.ErrNotFound{}
}
func (d hashOnlyDAG) GetMany(ctx context.Context, cs []cid.Cid) <-chan *format.NodeOption {
	ch := make(chan *format.NodeOption)
	close(ch)
	return ch
}
func (hashOnlyDAG) Add(context.Context, format.Node) error       { return nil }
func (hashOnlyDAG) AddMany(context.Context, []format.Node) error { return nil }
func (hashOnlyDAG) Remove(context.Context, cid.Cid) error        { return nil }
func (hashOnlyDAG) RemoveMany(context.Context, []cid.Cid) error  { return nil }
