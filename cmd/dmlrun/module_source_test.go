package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ipfs/boxo/blockservice"
	blockstore "github.com/ipfs/boxo/blockstore"
	"github.com/ipfs/boxo/gateway"
	flatfs "github.com/ipfs/go-ds-flatfs"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/internal/testmod"
	"github.com/decentralized-ml/dml/receipt"
)

const linreg = "../../algorithms/linreg/"

// linregFiles are the flags of a linreg run on its sample data.
var linregFiles = []string{
	"--input", "X=" + linreg + "testdata/X.csv",
	"--input", "y=" + linreg + "testdata/y.csv",
	"--params", linreg + "testdata/params.json",
}

// serveGateway runs boxo's real trustless gateway on loopback over the
// blocks of another dmlrun home, opened independently as the Kubo-layout
// flatfs folder it is. wrap, if not nil, wraps the handler.
func serveGateway(t *testing.T, home string, wrap func(http.Handler) http.Handler) *httptest.Server {
	t.Helper()
	ds, err := flatfs.CreateOrOpen(filepath.Join(home, "ipfs", "blocks"), flatfs.NextToLast(2), false)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ds.Close() })
	backend, err := gateway.NewBlocksBackend(blockservice.New(blockstore.NewBlockstore(ds, blockstore.NoPrefix()), nil))
	if err != nil {
		t.Fatal(err)
	}
	var h http.Handler = gateway.NewHandler(gateway.Config{NoDNSLink: true, MetricsRegistry: prometheus.NewRegistry()}, backend)
	if wrap != nil {
		h = wrap(h)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

// corrupting flips one byte of every block the gateway serves.
func corrupting(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		body := rec.Body.Bytes()
		if len(body) > 0 {
			body[len(body)/2] ^= 0x40
		}
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.WriteHeader(rec.Code)
		w.Write(body)
	})
}

// deadURL is a loopback URL nobody listens on.
func deadURL(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return "http://" + l.Addr().String()
}

// The integration test: a module fetched by CID through a real
// gateway into an empty home runs, and runs again with the gateway gone.
func TestRunByCIDThroughGatewayThenOffline(t *testing.T) {
	wasm := testmod.Algorithm(t, "linreg")
	module, _ := os.ReadFile(wasm)
	gwHome := t.TempDir()
	modCID := addCID(t, gwHome, wasm)
	manCID := addCID(t, gwHome, linreg+"manifest.yaml")
	srv := serveGateway(t, gwHome, nil)

	home := t.TempDir()
	rcpt := filepath.Join(t.TempDir(), "r.json")
	args := append([]string{modCID, "--home", home, "--manifest", manCID, "--receipt", rcpt}, linregFiles...)
	code, first, errs := runJSON(t, append(args, "--gateway", deadURL(t), "--gateway", srv.URL)...)
	if code != ExitOK || first.Status != abi.StatusOK {
		t.Fatalf("first run: exit %d status %s: %s %s", code, first.Status, first.Error, errs)
	}
	if first.ModuleCID != modCID || first.ModuleSHA256 != sha256Hex(module) {
		t.Fatalf("module_cid %q sha256 %s, want %s %s", first.ModuleCID, first.ModuleSHA256, modCID, sha256Hex(module))
	}
	r, err := receipt.Read(rcpt)
	if err != nil || r.ModuleCID != modCID || r.ModulePath != modCID {
		t.Fatalf("receipt: %v %+v", err, r)
	}

	srv.Close()
	if code, _, errs := dmlrun(t, "gc", "--home", home); code != ExitOK {
		t.Fatalf("gc: exit %d %s", code, errs)
	}
	for _, extra := range [][]string{{"--gateway", srv.URL}, nil} {
		code, again, errs := runJSON(t, append(append([]string{modCID, "--home", home, "--manifest", manCID}, linregFiles...), extra...)...)
		if code != ExitOK || again.ResultHash != first.ResultHash || again.GasUsed != first.GasUsed || again.ModuleCID != modCID {
			t.Fatalf("offline run %v: exit %d status %s %s: %s", extra, code, again.Status, again.Error, errs)
		}
	}
	// verify takes the module from the receipt's CID, now local.
	if code, _, errs := dmlrun(t, append([]string{"verify", rcpt, "--home", home, "--manifest", manCID}, linregFiles...)...); code != ExitOK {
		t.Fatalf("verify by CID: exit %d %s", code, errs)
	}
	// ... and checks a module file against the receipt's CID.
	if code, _, errs := dmlrun(t, append([]string{"verify", rcpt, "--home", home, "--module", wasm, "--manifest", manCID}, linregFiles...)...); code != ExitOK {
		t.Fatalf("verify with --module FILE: exit %d %s", code, errs)
	}
	other := writeTemp(t, "other.wasm", append(append([]byte{}, module...), 0, 0)) // not a valid module; another CID
	code, _, errs = dmlrun(t, append([]string{"verify", rcpt, "--home", home, "--module", other, "--manifest", manCID}, linregFiles...)...)
	if code != ExitVerifyMismatch {
		t.Fatalf("verify with another module: exit %d %s", code, errs)
	}
}

func TestRunByCIDRefusesCorruptGateway(t *testing.T) {
	gwHome := t.TempDir()
	modCID := addCID(t, gwHome, vec("abi_sum_input", "module.wasm"))
	srv := serveGateway(t, gwHome, corrupting)
	home := t.TempDir()
	code, res, _ := runJSON(t, modCID, "--home", home, "--gateway", srv.URL, "--input", "X="+vec("abi_sum_input", "X.csv"))
	if code != ExitInvalidInput || res.Status != abi.StatusInvalidInput || !strings.Contains(res.Error, modCID) || !strings.Contains(res.Error, "do not match") {
		t.Fatalf("corrupt gateway: exit %d status %s error %q", code, res.Status, res.Error)
	}
	if _, out, _ := dmlrun(t, "pin", "ls", "--home", home); out != "" {
		t.Errorf("refused content pinned: %q", out)
	}
	code, _, errs := dmlrun(t, "get", modCID, "--home", home)
	if code != ExitContentUnavailable {
		t.Errorf("refused bytes were stored: get exit %d %s", code, errs)
	}
	code, _, errs = dmlrun(t, "get", modCID, "--home", home, "--gateway", srv.URL)
	if code != ExitContentMismatch || !strings.Contains(errs, modCID) || !strings.Contains(errs, srv.URL) {
		t.Errorf("get from a corrupt gateway: exit %d %s", code, errs)
	}
}

func TestRunByCIDErrors(t *testing.T) {
	home := t.TempDir()
	missing := "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy"
	a, b := deadURL(t), deadURL(t)
	tests := []struct {
		name string
		args []string
		has  []string
	}{
		{"no gateway", []string{missing}, []string{"module " + missing + ": not in the local store and no gateway configured: add `ipfs.gateways` to dmlrun.yaml or pass --gateway"}},
		{"gateways down", []string{missing, "--gateway", a, "--gateway", b}, []string{missing, a, b, "tried 2 gateway(s)"}},
		{"malformed", []string{"bafyNOPE"}, []string{"module bafyNOPE: no such file, and not a CID", `"bafyNOPE"`}},
		{"manifest CID missing", []string{vec("abi_sum_input", "module.wasm"), "--manifest", missing}, []string{"--manifest " + missing + ": not in the local store"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, res, _ := runJSON(t, append(tc.args, "--home", home)...)
			if code != ExitInvalidInput || res.Status != abi.StatusInvalidInput {
				t.Errorf("exit %d status %s", code, res.Status)
			}
			for _, s := range tc.has {
				if !strings.Contains(res.Error, s) {
					t.Errorf("error %q lacks %q", res.Error, s)
				}
			}
		})
	}
}

// Gateways come from --gateway, else DMLRUN_IPFS_GATEWAYS, else dmlrun.yaml.
func TestGatewayConfig(t *testing.T) {
	gwHome := t.TempDir()
	want := pattern(3*256<<10 + 1)
	c := addCID(t, gwHome, writeTemp(t, "f", want))
	srv := serveGateway(t, gwHome, nil)
	dead := deadURL(t)

	fromYAML := t.TempDir()
	os.WriteFile(filepath.Join(fromYAML, ConfigFile), []byte("ipfs:\n  gateways: ["+dead+", "+srv.URL+"]\n"), 0o644)
	if code, out, errs := dmlrun(t, "get", c, "--home", fromYAML); code != ExitOK || !bytes.Equal([]byte(out), want) {
		t.Fatalf("gateways from %s: exit %d %s", ConfigFile, code, errs)
	}

	t.Setenv("DMLRUN_IPFS_GATEWAYS", dead+" , "+srv.URL)
	if code, out, errs := dmlrun(t, "get", c, "--home", t.TempDir()); code != ExitOK || !bytes.Equal([]byte(out), want) {
		t.Fatalf("gateways from DMLRUN_IPFS_GATEWAYS: exit %d %s", code, errs)
	}
	t.Setenv("DMLRUN_IPFS_GATEWAYS", dead)
	if code, _, errs := dmlrun(t, "get", c, "--home", t.TempDir(), "--gateway", srv.URL); code != ExitOK {
		t.Fatalf("--gateway over the environment: exit %d %s", code, errs)
	}
	code, _, errs := dmlrun(t, "pin", "add", c, "--home", t.TempDir())
	if code != ExitContentUnavailable || !strings.Contains(errs, dead) {
		t.Fatalf("environment over %s / default: exit %d %s", ConfigFile, code, errs)
	}
}

// fakeKubo answers /api/v0/cat with content it holds, optionally altered.
func fakeKubo(t *testing.T, content map[string][]byte, alter bool) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, ok := content[r.URL.Query().Get("arg")]
		if r.URL.Path != "/api/v0/cat" || !ok {
			w.WriteHeader(http.StatusInternalServerError)
			json.NewEncoder(w).Encode(map[string]string{"Message": "not found", "Type": "error"})
			return
		}
		if alter {
			b = append([]byte{}, b...)
			b[0] ^= 1
		}
		io.Copy(w, bytes.NewReader(b))
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestGetFromKuboAPI(t *testing.T) {
	want := pattern(2*256<<10 + 9)
	c := addCID(t, t.TempDir(), writeTemp(t, "f", want))
	good := fakeKubo(t, map[string][]byte{c: want}, false)
	bad := fakeKubo(t, map[string][]byte{c: want}, true)

	home := t.TempDir()
	code, _, errs := dmlrun(t, "get", c, "--home", home, "--api", bad.URL)
	if code != ExitContentMismatch || !strings.Contains(errs, "Kubo API "+bad.URL) {
		t.Fatalf("altered bytes from the node: exit %d %s", code, errs)
	}
	if _, out, _ := dmlrun(t, "pin", "ls", "--home", home); out != "" {
		t.Fatalf("altered bytes pinned: %q", out)
	}
	os.WriteFile(filepath.Join(home, ConfigFile), []byte("ipfs:\n  api: "+good.URL+"\n"), 0o644)
	if code, out, errs := dmlrun(t, "get", c, "--home", home, "--gateway", deadURL(t)); code != ExitOK || !bytes.Equal([]byte(out), want) {
		t.Fatalf("dead gateway, then the node: exit %d %s", code, errs)
	}
	good.Close()
	if code, out, errs := dmlrun(t, "get", c, "--home", home); code != ExitOK || !bytes.Equal([]byte(out), want) {
		t.Fatalf("offline after the node: exit %d %s", code, errs)
	}
}

func TestLooksLikeCID(t *testing.T) {
	tests := []struct {
		arg  string
		want bool
	}{
		{"bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4", true},
		{"/ipfs/QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o", true},
		{"bafyNOPE", true}, // then reported as a malformed CID
		{"module.wasm", false},
		{"build/algorithms/linreg", false},
		{`C:\mods\x`, false},
		{"/ipfs/", false},
		{"", false},
	}
	for _, tc := range tests {
		if got := looksLikeCID(tc.arg); got != tc.want {
			t.Errorf("looksLikeCID(%q) = %v, want %v", tc.arg, got, tc.want)
		}
	}
}

func TestMissingFileArgs(t *testing.T) {
	tmp := t.TempDir()
	mod := vec("abi_sum_input", "module.wasm")
	tests := []struct {
		name    string
		args    []string
		has     string
		notHave string
	}{
		{"module path", []string{filepath.Join(tmp, "m.wasm")}, "module " + filepath.Join(tmp, "m.wasm") + ": no such file: give the path of a file or a CID", "CID ("},
		{"params path", []string{mod, "--params", filepath.Join(tmp, "p.json")}, "params " + filepath.Join(tmp, "p.json") + ": no such file", "CID ("},
		{"manifest path", []string{mod, "--manifest", filepath.Join(tmp, "m.yaml")}, "--manifest " + filepath.Join(tmp, "m.yaml") + ": no such file", "CID ("},
		{"manifest not a CID", []string{mod, "--manifest", "Qmnope"}, `not a CID (malformed CID "Qmnope"`, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, res, _ := runJSON(t, append(tc.args, "--home", tmp)...)
			if code != ExitInvalidInput || res.Status != abi.StatusInvalidInput || !strings.Contains(res.Error, tc.has) {
				t.Errorf("exit %d status %s error %q, want %q", code, res.Status, res.Error, tc.has)
			}
			if tc.notHave != "" && strings.Contains(res.Error, tc.notHave) {
				t.Errorf("error %q mentions %q", res.Error, tc.notHave)
			}
		})
	}
}
