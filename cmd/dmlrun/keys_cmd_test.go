package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestKeys(t *testing.T) {
	home := t.TempDir()
	pass := filepath.Join(t.TempDir(), "pass")
	os.WriteFile(pass, []byte("correct horse\n"), 0o600)
	if code, out, _ := dmlrun(t, "keys", "list", "--home", home); code != ExitOK || !strings.Contains(out, "no keys") {
		t.Fatalf("empty list: exit %d %q", code, out)
	}
	var k keyReport
	if code, errs := dmlrunJSON(t, &k, "keys", "new", "--home", home, "--passphrase-file", pass); code != ExitOK || !strings.HasPrefix(k.Address, "0x") {
		t.Fatalf("keys new: exit %d %+v: %s", code, k, errs)
	}
	t.Setenv(PassphraseEnv, "from the env")
	var fromEnv keyReport
	if code, errs := dmlrunJSON(t, &fromEnv, "keys", "new", "--home", home); code != ExitOK || fromEnv.Address == k.Address {
		t.Fatalf("keys new with $%s: exit %d %+v: %s", PassphraseEnv, code, fromEnv, errs)
	}
	priv := filepath.Join(t.TempDir(), "key.hex")
	os.WriteFile(priv, []byte("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318\n"), 0o600)
	var imp keyReport
	if code, errs := dmlrunJSON(t, &imp, "keys", "import", priv, "--home", home); code != ExitOK || imp.Address != "0x2c7536E3605D9C16a7a3D7b1898e529396a65c23" {
		t.Fatalf("import private key: exit %d %+v: %s", code, imp, errs)
	}
	var list []keyReport
	if code, errs := dmlrunJSON(t, &list, "keys", "list", "--home", home); code != ExitOK || len(list) != 3 {
		t.Fatalf("keys list: exit %d %+v: %s", code, list, errs)
	}

	// A go-ethereum key file, re-encrypted with a new passphrase.
	files, _ := filepath.Glob(filepath.Join(home, "keys", "*"))
	var keyFile string
	for _, f := range files {
		if strings.HasSuffix(strings.ToLower(f), strings.ToLower(k.Address[2:])) {
			keyFile = f
		}
	}
	other := t.TempDir()
	if code, _, errs := dmlrun(t, "keys", "import", keyFile, "--home", other, "--key-passphrase-file", pass); code != ExitOK {
		t.Fatalf("import key file: exit %d: %s", code, errs)
	}

	tests := []struct {
		name string
		args []string
		code int
		has  string
	}{
		{"duplicate", []string{"keys", "import", priv, "--home", home}, ExitKeyLocked, "already in the key store"},
		{"wrong key file passphrase", []string{"keys", "import", keyFile, "--home", t.TempDir()}, ExitKeyLocked, "wrong passphrase"},
		{"not a key", []string{"keys", "import", pass, "--home", home}, ExitInvalidInput, "not a private key"},
		{"missing file", []string{"keys", "import", filepath.Join(home, "none"), "--home", home}, ExitUsage, "no such file"},
		{"empty passphrase file", []string{"keys", "new", "--home", home, "--passphrase-file", os.DevNull}, ExitKeyLocked, "empty passphrase"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errs := dmlrun(t, tc.args...)
			if code != tc.code || !strings.Contains(errs, tc.has) {
				t.Errorf("exit %d stderr %q, want %d and %q", code, errs, tc.code, tc.has)
			}
		})
	}
}
