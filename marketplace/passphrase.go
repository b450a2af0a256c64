package marketplace

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// Errors of passphrase sources.
var (
	ErrNoPassphrase    = errors.New("no passphrase given")
	ErrEmptyPassphrase = errors.New("empty passphrase")
)

// PassphraseSource says where a passphrase comes from; the first that is
// set wins: File, then Env, then Prompt.
type PassphraseSource struct {
	// File holds the passphrase on its first line.
	File string
	// Env names an environment variable that holds it.
	Env string
	// Prompt is read up to the first newline after writing PromptText to
	// PromptOut (the CLI passes a terminal reader that does not echo).
	Prompt     io.Reader
	PromptOut  io.Writer
	PromptText string
}

// ReadPassphrase gets a passphrase from the first source that is set.
func ReadPassphrase(src PassphraseSource) (string, error) {
	switch {
	case src.File != "":
		data, err := os.ReadFile(src.File)
		if err != nil {
			return "", fmt.Errorf("passphrase file: %w", err)
		}
		p := strings.TrimRight(strings.SplitN(string(data), "\n", 2)[0], "\r")
		if p == "" {
			return "", fmt.Errorf("passphrase file %s: %w: write the passphrase on its first line", src.File, ErrEmptyPassphrase)
		}
		return p, nil
	case src.Env != "":
		p, ok := os.LookupEnv(src.Env)
		if !ok || p == "" {
			return "", fmt.Errorf("%w: environment variable %s is unset or empty: set it or use a passphrase file", ErrNoPassphrase, src.Env)
		}
		return p, nil
	case src.Prompt != nil:
		if src.PromptOut != nil {
			text := src.PromptText
			if text == "" {
				text = "Passphrase: "
			}
			fmt.Fprint(src.PromptOut, text)
		}
		line, err := bufio.NewReader(src.Prompt).ReadString('\n')
		if err != nil && !(errors.Is(err, io.EOF) && line != "") {
			return "", fmt.Errorf("%w: reading the prompt: %v", ErrNoPassphrase, err)
		}
		p := strings.TrimRight(line, "\r\n")
		if p == "" {
			return "", fmt.Errorf("prompt: %w", ErrEmptyPassphrase)
		}
		return p, nil
	}
	return "", fmt.Errorf("%w: use --passphrase-file, an environment variable, or a terminal", ErrNoPassphrase)
}
