package marketplace

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadPassphrase(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "pass")
	if err := os.WriteFile(file, []byte("from-file\r\nsecond line\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty")
	if err := os.WriteFile(empty, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("DML_TEST_PASS", "from-env")
	t.Setenv("DML_TEST_EMPTY", "")
	var out bytes.Buffer
	cases := []struct {
		name string
		src  PassphraseSource
		want string
		err  error
	}{
		{"file wins", PassphraseSource{File: file, Env: "DML_TEST_PASS"}, "from-file", nil},
		{"env", PassphraseSource{Env: "DML_TEST_PASS", Prompt: strings.NewReader("x\n")}, "from-env", nil},
		{"prompt", PassphraseSource{Prompt: strings.NewReader("typed\nmore"), PromptOut: &out}, "typed", nil},
		{"prompt without newline", PassphraseSource{Prompt: strings.NewReader("typed")}, "typed", nil},
		{"empty file", PassphraseSource{File: empty}, "", ErrEmptyPassphrase},
		{"unset env", PassphraseSource{Env: "DML_TEST_UNSET_VARIABLE"}, "", ErrNoPassphrase},
		{"empty env", PassphraseSource{Env: "DML_TEST_EMPTY"}, "", ErrNoPassphrase},
		{"empty prompt", PassphraseSource{Prompt: strings.NewReader("\n")}, "", ErrEmptyPassphrase},
		{"nothing", PassphraseSource{}, "", ErrNoPassphrase},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := ReadPassphrase(c.src)
			if c.err != nil {
				mustIs(t, err, c.err)
				return
			}
			if err != nil || got != c.want {
				t.Fatalf("got %q, %v; want %q", got, err, c.want)
			}
		})
	}
	if out.String() != "Passphrase: " {
		t.Fatalf("prompt wrote %q", out.String())
	}
}
