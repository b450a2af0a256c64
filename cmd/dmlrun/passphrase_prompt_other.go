//go:build !linux

package main

import (
	"bufio"
	"errors"
	"os"
	"strings"
)

// readSecretLine reads one line piped to f. A terminal is refused: this
// build cannot turn its echo off.
func readSecretLine(f *os.File) (string, error) {
	if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
		return "", errors.New("this build cannot read a passphrase from the terminal without echoing it")
	}
	line, err := bufio.NewReader(f).ReadString('\n')
	if err != nil && line == "" {
		return "", err
	}
	return strings.TrimRight(line, "\r\n"), nil
}
