package main

import (
	"slices"
	"testing"
)

func TestStringList(t *testing.T) {
	tests := []struct {
		in   any
		want []string
	}{
		{nil, nil},
		{"", nil},
		{"http://a", []string{"http://a"}},
		{" http://a , http://b ,", []string{"http://a", "http://b"}},
		{[]any{"http://a", " http://b "}, []string{"http://a", "http://b"}},
		{[]string{"http://a", ""}, []string{"http://a"}},
	}
	for _, tc := range tests {
		if got := stringList(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("stringList(%#v) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
