package dml

import (
	"errors"
	"testing"
)

func TestCode(t *testing.T) {
	boom := errors.New("boom")
	tests := []struct {
		name string
		n    int32
		err  error
		want int32 // 0: Code returns nil
	}{
		{"nil error", 5, nil, 0},
		{"chosen code", 5, boom, 5},
		{"zero becomes CodeFailed", 0, boom, CodeFailed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := Code(tc.n, tc.err)
			if tc.want == 0 {
				if err != nil {
					t.Fatalf("Code = %v, want nil", err)
				}
				return
			}
			var ce *CodeError
			if !errors.As(err, &ce) || ce.Code != tc.want || !errors.Is(err, boom) || err.Error() != "boom" {
				t.Fatalf("Code = %#v, want code %d wrapping boom", err, tc.want)
			}
		})
	}
}
