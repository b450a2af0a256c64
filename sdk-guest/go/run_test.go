package dml

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/sdk-guest/go/internal/fake"
)

func TestRun(t *testing.T) {
	boom := errors.New("boom")
	tests := []struct {
		name string
		run  func() error
		code int32
		log  string // a substring of the error-level log line; "" for none
	}{
		{"ok", func() error { return nil }, 0, ""},
		{"plain error", func() error { return boom }, CodeFailed, "boom"},
		{"coded error", func() error { return Code(7, boom) }, 7, "boom"},
		{"wrapped coded error", func() error { return fmt.Errorf("fit: %w", Code(9, boom)) }, 9, "fit: boom"},
		{"code 0 is not success", func() error { return Code(0, boom) }, CodeFailed, "boom"},
		{"negative code", func() error { return Code(-3, boom) }, -3, "boom"},
		{"panic", func() error { panic("kaput") }, CodePanic, "panic: kaput"},
		{"runtime error", func() error { var s []int; _ = s[3]; return nil }, CodePanic, "index out of range"},
		{"not registered", nil, CodeFailed, "dml.Register(run)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := useHost(t, &fake.Host{})
			registered = tc.run
			t.Cleanup(func() { registered = nil })
			if got := run(); got != tc.code {
				t.Fatalf("run() = %d, want %d", got, tc.code)
			}
			if tc.log == "" {
				if len(f.Log) != 0 {
					t.Fatalf("logged %+v, want nothing", f.Log)
				}
				return
			}
			if len(f.Log) != 1 || f.Log[0].Level != abi.LogError || !strings.Contains(f.Log[0].Msg, tc.log) {
				t.Fatalf("logged %+v, want one error line containing %q", f.Log, tc.log)
			}
		})
	}
}

// A call the real host would trap on is not turned into an algorithm error.
func TestRunLetsViolationsThrough(t *testing.T) {
	useHost(t, &fake.Host{})
	registered = func() error { panic(&fake.Violation{Msg: "test"}) }
	t.Cleanup(func() { registered = nil })
	defer func() {
		if r := recover(); !errors.Is(r.(error), fake.ErrABIViolation) {
			t.Fatalf("recovered %v, want the violation", r)
		}
	}()
	run()
	t.Fatal("run returned instead of propagating the violation")
}

func TestRegister(t *testing.T) {
	t.Cleanup(func() { registered = nil })
	tests := []struct {
		name  string
		run   func() error
		panic string
	}{
		{"nil", nil, "Register(nil)"},
		{"first", func() error { return nil }, ""},
		{"second", func() error { return nil }, "called twice"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			defer func() {
				r := recover()
				if tc.panic == "" && r != nil || tc.panic != "" && (r == nil || !strings.Contains(fmt.Sprint(r), tc.panic)) {
					t.Fatalf("panic %v, want %q", r, tc.panic)
				}
			}()
			Register(tc.run)
		})
	}
}
