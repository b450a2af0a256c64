package report

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/decentralized-ml/dml/federated"
)

// memContent is content storage in memory, addressed by sha256.
type memContent map[string][]byte

func (m memContent) Put(_ context.Context, b []byte) (string, error) {
	h := sha256.Sum256(b)
	c := hex.EncodeToString(h[:])
	m[c] = bytes.Clone(b)
	return c, nil
}

func (m memContent) Fetch(_ context.Context, c string) ([]byte, error) {
	b, ok := m[c]
	if !ok {
		return nil, fmt.Errorf("no %s", c)
	}
	return b, nil
}

func sample() *Report {
	r := &Report{Title: "t", Strategy: "fedavg", Baseline: federated.Metrics{Loss: 2.3, Accuracy: 0.1},
		Final: Final{ModelCID: "bafyfinal", TestAccuracy: 0.8123, TestRows: 10}}
	for i, acc := range []float64{0.6, 0.7, 0.75} {
		r.Rounds = append(r.Rounds, Round{Number: uint64(i + 1), Accepted: true, Accuracy: acc, Loss: 1 - acc,
			Runs: []Run{{Device: "0xdev", GasUsed: 42, DevicePay: "42000", ReceiptID: "0xreceipt"}}})
	}
	return r
}

func TestFilesRender(t *testing.T) {
	files, err := Files(sample())
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(files[FilePNG]))
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() < 500 || b.Dy() < 200 {
		t.Errorf("plot is %v", b)
	}
	html := string(files[FileHTML])
	for _, want := range []string{`src="accuracy_loss.png"`, "0.8123", "bafyfinal", "0xreceipt", "42000"} {
		if !strings.Contains(html, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if _, err := PlotPNG(&Report{}); !errors.Is(err, ErrNoRounds) {
		t.Errorf("empty report: %v", err)
	}
}

func TestPublishFetch(t *testing.T) {
	c := memContent{}
	files, err := Files(sample())
	if err != nil {
		t.Fatal(err)
	}
	cid, err := Publish(context.Background(), c, "t", files)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "out")
	idx, err := Fetch(context.Background(), c, cid, dir)
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || !bytes.Equal(got, want) || idx.Files[name] == "" {
			t.Errorf("%s: fetched %d bytes (%v), want %d", name, len(got), err, len(want))
		}
	}
	for _, tc := range []struct {
		name  string
		index string
	}{
		{"not an index", `{"format":"other"}`},
		{"path in a name", `{"format":"dml-report-v1","files":{"../evil":"x"}}`},
	} {
		bad, _ := c.Put(context.Background(), []byte(tc.index))
		if _, err := Fetch(context.Background(), c, bad, t.TempDir()); !errors.Is(err, ErrIndex) {
			t.Errorf("%s: %v, want ErrIndex", tc.name, err)
		}
	}
}
