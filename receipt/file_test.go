package receipt

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestWriteRead(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "r.json")
	r, err := sample("m.wasm", time.Unix(100, 0))
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Write(path); err != nil {
		t.Fatal(err)
	}
	got, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if *got != *r {
		t.Errorf("round trip:\n got %+v\nwant %+v", got, r)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

func TestReadRejects(t *testing.T) {
	r, err := sample("m.wasm", time.Unix(100, 0))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	good := filepath.Join(dir, "good.json")
	if err := r.Write(good); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(good)
	tests := []struct {
		name    string
		content string
		wantErr error
	}{
		{"edited gas", strings.Replace(string(data), `"gas_used": 400`, `"gas_used": 399`, 1), ErrEdited},
		{"edited id", strings.Replace(string(data), r.ReceiptID, strings.Repeat("0", 64), 1), ErrEdited},
		{"no id", strings.Replace(string(data), `"receipt_id": "`+r.ReceiptID+`",`, "", 1), ErrFormat},
		{"unknown field", strings.Replace(string(data), `{`, `{"extra": 1,`, 1), ErrFormat},
		{"not json", "hello", ErrFormat},
		{"future version", strings.Replace(string(data), `"version": 1`, `"version": 2`, 1), ErrFormat},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.content == string(data) {
				t.Fatal("test edit did not apply")
			}
			p := filepath.Join(dir, "x.json")
			if err := os.WriteFile(p, []byte(tc.content), 0o644); err != nil {
				t.Fatal(err)
			}
			if _, err := Read(p); !errors.Is(err, tc.wantErr) {
				t.Errorf("err = %v, want %v", err, tc.wantErr)
			}
		})
	}
	if _, err := Read(filepath.Join(dir, "missing.json")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}

func TestWriteRefusesEdited(t *testing.T) {
	r, _ := sample("", time.Unix(0, 0))
	r.GasUsed = 1
	if err := r.Write(filepath.Join(t.TempDir(), "r.json")); !errors.Is(err, ErrEdited) {
		t.Errorf("err = %v", err)
	}
}
