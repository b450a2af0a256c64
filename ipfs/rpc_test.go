package ipfs

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// kuboRPC is a tiny server speaking Kubo's add, cat and pin/add over s.
func kuboRPC(t *testing.T, s *Store) *httptest.Server {
	fail := func(w http.ResponseWriter, err error) {
		w.WriteHeader(http.StatusInternalServerError)
		json.NewEncoder(w).Encode(map[string]any{"Message": err.Error(), "Code": 0, "Type": "error"})
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /api/v0/add", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		opts := AddOptions{CIDv0: q.Get("cid-version") != "1"}
		if q.Get("raw-leaves") == "true" == opts.CIDv0 {
			fail(w, errors.New("test server: raw-leaves must match cid-version"))
			return
		}
		f, _, err := r.FormFile("file")
		if err != nil {
			fail(w, err)
			return
		}
		c, err := s.Add(r.Context(), f, opts)
		if err != nil {
			fail(w, err)
			return
		}
		json.NewEncoder(w).Encode(map[string]string{"Name": "file", "Hash": c.String(), "Size": "0"})
	})
	mux.HandleFunc("POST /api/v0/cat", func(w http.ResponseWriter, r *http.Request) {
		c, err := ParseCID(r.URL.Query().Get("arg"))
		if err != nil {
			fail(w, err)
			return
		}
		rd, err := s.Get(r.Context(), c)
		if err != nil {
			fail(w, err)
			return
		}
		defer rd.Close()
		io.Copy(w, rd)
	})
	mux.HandleFunc("POST /api/v0/pin/add", func(w http.ResponseWriter, r *http.Request) {
		c, err := ParseCID(r.URL.Query().Get("arg"))
		if err == nil {
			err = s.Pin(r.Context(), c)
		}
		if err != nil {
			fail(w, err)
			return
		}
		json.NewEncoder(w).Encode(map[string][]string{"Pins": {c.String()}})
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestRPCAddCatPin(t *testing.T) {
	node := openTemp(t)
	rpc, err := NewRPC(kuboRPC(t, node).URL, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		data string
		v0   bool
		want string
	}{
		{"v1", "hello world\n", false, "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4"},
		{"v0", "hello world\n", true, "QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o"},
		{"multi-chunk", strings.Repeat("dml ", 3*ChunkSize/4+100), false, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c, err := rpc.Add(t.Context(), strings.NewReader(tt.data), AddOptions{CIDv0: tt.v0})
			if err != nil {
				t.Fatal(err)
			}
			if tt.want != "" && c.String() != tt.want {
				t.Fatalf("Add = %s, want %s", c, tt.want)
			}
			r, err := rpc.Cat(t.Context(), c)
			if err != nil {
				t.Fatal(err)
			}
			got, err := io.ReadAll(r)
			r.Close()
			if err != nil || string(got) != tt.data {
				t.Fatalf("Cat = %d bytes, %v", len(got), err)
			}
			node.Unpin(t.Context(), c)
			if err := rpc.Pin(t.Context(), c); err != nil || !node.IsPinned(c) {
				t.Fatalf("Pin: %v", err)
			}
		})
	}
}

func TestRPCCatDetectsWrongBytes(t *testing.T) {
	liar := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("hello world?"))
	}))
	defer liar.Close()
	rpc, _ := NewRPC(liar.URL, nil)
	c, _ := ParseCID("bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4")
	r, err := rpc.Cat(t.Context(), c)
	if err != nil {
		t.Fatal(err)
	}
	_, err = io.ReadAll(r)
	if !errors.Is(err, ErrHashMismatch) {
		t.Fatalf("err = %v, want ErrHashMismatch", err)
	}
}

func TestRPCErrors(t *testing.T) {
	node := openTemp(t)
	rpc, _ := NewRPC(kuboRPC(t, node).URL, nil)
	missing := rawCID(t, []byte("absent"))
	if _, err := rpc.Cat(t.Context(), missing); err == nil || !strings.Contains(err.Error(), missing.String()) {
		t.Fatalf("Cat of a missing CID: %v", err)
	}
	if err := rpc.Pin(t.Context(), missing); err == nil || !strings.Contains(err.Error(), "500") {
		t.Fatalf("Pin of a missing CID: %v", err)
	}
	dead, _ := NewRPC(deadURL(t), nil)
	if _, err := dead.Add(t.Context(), bytes.NewReader(nil), AddOptions{}); err == nil || !strings.Contains(err.Error(), "is the node running") {
		t.Fatalf("dead node: %v", err)
	}
	if _, err := NewRPC("localhost:5001", nil); err == nil {
		t.Fatal("URL without scheme accepted")
	}
}
