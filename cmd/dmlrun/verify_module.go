package main

import (
	"bytes"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/decentralized-ml/dml/ipfs"
	"github.com/decentralized-ml/dml/receipt"
)

// receiptModule is the module verify re-runs when --module is not given:
// the recorded path if that file exists, else the recorded CID.
func receiptModule(r *receipt.Receipt) string {
	if r.ModulePath != "" {
		if _, err := os.Stat(r.ModulePath); err == nil || r.ModuleCID == "" {
			return r.ModulePath
		}
	}
	return r.ModuleCID
}

// fileCID is the CID of module bytes read from a file, computed with the
// CID version of want (the receipt's module_cid) by adding them, unpinned,
// to the local store.
func (a *app) fileCID(cmd *cobra.Command, module []byte, want string) (string, error) {
	opts := ipfs.AddOptions{NoPin: true}
	if c, err := ipfs.ParseCID(want); err == nil && c.Version() == 0 {
		opts.CIDv0 = true
	}
	st, err := a.openStore()
	if err != nil {
		return "", err
	}
	defer st.Close()
	c, err := st.Add(cmd.Context(), bytes.NewReader(module), opts)
	if err != nil {
		return "", withCode(ExitInternal, fmt.Errorf("compute the module's CID: %v: check the content store %s", err, st.Dir()))
	}
	return c.String(), nil
}
