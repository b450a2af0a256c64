package node

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestReadLoad(t *testing.T) {
	tests := []struct {
		name, content string
		want          float64
		ok            bool
	}{
		{name: "linux", content: "0.42 0.30 0.25 1/123 4567\n", want: 0.42, ok: true},
		{name: "busy", content: "3.75 2.00 1.00 5/300 99\n", want: 3.75, ok: true},
		{name: "empty", content: ""},
		{name: "garbage", content: "high load\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "loadavg")
			os.WriteFile(p, []byte(tc.content), 0o644)
			got, err := ReadLoad(p)
			if tc.ok != (err == nil) || got != tc.want {
				t.Fatalf("ReadLoad = %v, %v; want %v (ok %v)", got, err, tc.want, tc.ok)
			}
			if err != nil && !errors.Is(err, ErrPolicy) {
				t.Errorf("error %v is not ErrPolicy", err)
			}
		})
	}
	if _, err := ReadLoad(filepath.Join(t.TempDir(), "missing")); !errors.Is(err, ErrPolicy) {
		t.Errorf("missing file: %v", err)
	}
}
