package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/decentralized-ml/dml/marketplace"
)

// keyReport is what `dmlrun keys new|import --json` prints.
type keyReport struct {
	Address  string `json:"address"`
	KeyStore string `json:"keystore"`
}

func (a *app) keysCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "keys",
		Short: "Manage the accounts that sign listings, jobs and receipts",
		Long: `Accounts live in go-ethereum key store files under <home>/keys, each
encrypted with a passphrase: --passphrase-file FILE (first line), else $` + PassphraseEnv + `,
else a prompt on the terminal (not echoed).

` + chainExitCodesHelp,
	}
	cmd.AddCommand(a.keysNewCmd(), a.keysListCmd(), a.keysImportCmd())
	return cmd
}

func (a *app) keysNewCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "new",
		Short:   "Create an account in the key store",
		Example: `  dmlrun keys new --passphrase-file ~/.dml-pass`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			keys, err := a.openKeys()
			if err != nil {
				return err
			}
			pass, err := a.passphrase(cmd, "Passphrase for the new key: ")
			if err != nil {
				return err
			}
			addr, err := keys.New(pass)
			if err != nil {
				return chainExit(err)
			}
			return a.printKey(asJSON, "new key", keyReport{Address: addr.Hex(), KeyStore: keys.Dir()})
		},
	}
	cmd.Flags().String("passphrase-file", "", "file whose first line is the passphrase")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print {address, keystore} as one JSON object")
	return cmd
}

func (a *app) keysListCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the accounts in the key store",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			keys, err := a.openKeys()
			if err != nil {
				return err
			}
			list := keys.List()
			if asJSON {
				out := make([]keyReport, len(list))
				for i, addr := range list {
					out[i] = keyReport{Address: addr.Hex(), KeyStore: keys.Dir()}
				}
				return jsonOut(a, out)
			}
			if len(list) == 0 {
				fmt.Fprintf(a.stdout, "no keys in %s: create one with `dmlrun keys new`\n", keys.Dir())
				return nil
			}
			for _, addr := range list {
				fmt.Fprintln(a.stdout, addr.Hex())
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array of {address, keystore}")
	return cmd
}

func (a *app) keysImportCmd() *cobra.Command {
	var (
		asJSON  bool
		oldPass string
	)
	cmd := &cobra.Command{
		Use:   "import FILE",
		Short: "Import a key file or a raw private key into the key store",
		Long: `Import FILE into the key store: a go-ethereum key file (JSON, encrypted
with the passphrase of --key-passphrase-file, default the new passphrase), or
a file holding a hex private key. The key is stored encrypted with the
passphrase (--passphrase-file, $` + PassphraseEnv + `, or a prompt).

` + chainExitCodesHelp,
		Example: `  dmlrun keys import UTC--2026-...--0123abcd --key-passphrase-file old-pass --passphrase-file pass
  dmlrun keys import device.key --passphrase-file pass`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			data, err := os.ReadFile(args[0])
			if errors.Is(err, fs.ErrNotExist) {
				return withCode(ExitUsage, fmt.Errorf("%s: no such file: give a key file or a file holding a hex private key", args[0]))
			}
			if err != nil {
				return withCode(ExitInternal, err)
			}
			keys, err := a.openKeys()
			if err != nil {
				return err
			}
			pass, err := a.passphrase(cmd, "Passphrase for the imported key: ")
			if err != nil {
				return err
			}
			var addr common.Address
			if json.Valid(data) {
				old := pass
				if oldPass != "" {
					if old, err = marketplace.ReadPassphrase(marketplace.PassphraseSource{File: oldPass}); err != nil {
						return chainExit(err)
					}
				}
				addr, err = keys.ImportKeyFile(data, old, pass)
			} else {
				addr, err = keys.ImportPrivateKey(strings.TrimSpace(string(data)), pass)
			}
			if err != nil && chainExitCode(err) == ExitInternal {
				return withCode(ExitInvalidInput, fmt.Errorf("%s: %v: give a go-ethereum key file or a file holding a hex private key", args[0], err))
			}
			if err != nil {
				return chainExit(err)
			}
			return a.printKey(asJSON, "imported", keyReport{Address: addr.Hex(), KeyStore: keys.Dir()})
		},
	}
	cmd.Flags().String("passphrase-file", "", "file whose first line is the passphrase to store the key with")
	cmd.Flags().StringVar(&oldPass, "key-passphrase-file", "", "file whose first line is the passphrase of the key file being imported (default: the new one)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print {address, keystore} as one JSON object")
	return cmd
}

func (a *app) printKey(asJSON bool, what string, r keyReport) error {
	if asJSON {
		return jsonOut(a, r)
	}
	fmt.Fprintf(a.stdout, "%s: %s\nkey store: %s\n", what, r.Address, r.KeyStore)
	return nil
}
