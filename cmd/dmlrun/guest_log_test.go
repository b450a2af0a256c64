package main

import (
	"bytes"
	"testing"
)

func TestPrefixWriter(t *testing.T) {
	tests := []struct {
		name   string
		writes []string
		want   string
	}{
		{"one line", []string{"a\n"}, "> a\n"},
		{"split line", []string{"he", "llo\nwor", "ld\n"}, "> hello\n> world\n"},
		{"partial tail flushed", []string{"x\ny"}, "> x\n> y\n"},
		{"empty lines", []string{"\n\n"}, "> \n> \n"},
		{"nothing", nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			p := newPrefixWriter(&buf, "> ")
			for _, w := range tc.writes {
				if n, err := p.Write([]byte(w)); n != len(w) || err != nil {
					t.Fatalf("Write = %d, %v", n, err)
				}
			}
			if err := p.Flush(); err != nil {
				t.Fatal(err)
			}
			if buf.String() != tc.want {
				t.Errorf("got %q, want %q", buf.String(), tc.want)
			}
		})
	}
}
