package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/decentralized-ml/dml/ipfs"
)

// contentArgs reads the arguments of one command that may name content by
// path or by CID (MODULE, --manifest, --params). The store is opened on the
// first CID and closed by close.
type contentArgs struct {
	a      *app
	cmd    *cobra.Command
	asJSON bool
	st     *ipfs.Store
}

// read returns the bytes arg names: the file at path arg if there is one,
// else the content under arg parsed as a CID (from the local store, else
// fetched and verified), with that CID. what names arg in errors ("module",
// "--manifest"). Problems with arg are *engine.InputError; failures of the
// store itself carry ExitInternal.
func (r *contentArgs) read(what, arg string) (data []byte, c string, err error) {
	data, err = os.ReadFile(arg)
	if err == nil {
		return data, "", nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, "", inputError("%s %s: %v", what, arg, err)
	}
	if !looksLikeCID(arg) {
		return nil, "", inputError("%s %s: no such file: give the path of a file or a CID", what, arg)
	}
	id, cerr := ipfs.ParseCID(arg)
	if cerr != nil {
		return nil, "", inputError("%s %s: no such file, and not a CID (%v): give the path of a file or a CID", what, arg, cerr)
	}
	src, err := r.a.sources(r.cmd)
	if err != nil {
		return nil, "", err
	}
	if r.st == nil {
		if r.st, err = r.a.openStore(); err != nil {
			return nil, "", err
		}
	}
	bar := newProgress(progressOut(r.a.stderr, r.asJSON), "fetch "+id.String(), 0)
	src.client = bar.Client()
	var buf bytes.Buffer
	err = copyCID(r.cmd.Context(), r.st, id, src, &buf)
	bar.Finish()
	if err != nil {
		if code := contentExit(err); code == ExitInternal || code == ExitUsage {
			return nil, "", withCode(code, fmt.Errorf("%s %v", what, err))
		}
		return nil, "", inputError("%s %v", what, err)
	}
	return buf.Bytes(), id.String(), nil
}

// looksLikeCID tells a mistyped CID from a missing file: a CID (or
// /ipfs/CID) holds no further slash and no dot.
func looksLikeCID(arg string) bool {
	rest := strings.TrimPrefix(arg, "/ipfs/")
	return rest != "" && !strings.ContainsAny(rest, "/.\\")
}

func (r *contentArgs) close() {
	if r.st != nil {
		r.st.Close()
	}
}
