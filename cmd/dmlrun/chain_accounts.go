package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/decentralized-ml/dml/marketplace"
	"github.com/decentralized-ml/dml/marketplace/devnet"
)

// PassphraseEnv holds the key store passphrase when no file is given.
const PassphraseEnv = "DMLRUN_PASSPHRASE"

// keyStoreConfig is the scrypt cost of the key store; tests lighten it.
var keyStoreConfig = marketplace.KeysConfig{}

// accountHelp documents --from in the help of commands that sign.
const accountHelp = `--from is an address in the key store (<home>/keys, see ` + "`dmlrun keys`" + `),
unlocked with the passphrase of --passphrase-file, else $` + PassphraseEnv + `,
else a prompt; or, on the devnet only, the name of a devnet account (alice,
bob, dev1…dev4, v1…v3), whose key is derived from its name.`

// registerFromFlags adds --from and --passphrase-file to a command that signs.
func registerFromFlags(fs *pflag.FlagSet, role string) {
	fs.String("from", "", role+": a key store address, or a devnet account name")
	fs.String("passphrase-file", "", "file whose first line is the key store passphrase")
}

// signer unlocks the account of --from.
func (a *app) signer(cmd *cobra.Command, conn *chainConn) (*marketplace.Signer, error) {
	from, _ := cmd.Flags().GetString("from")
	if from == "" {
		return nil, withCode(ExitUsage, fmt.Errorf("give --from ADDRESS (dmlrun keys list) or, on the devnet, --from NAME"))
	}
	if !common.IsHexAddress(from) {
		if err := a.devnetName(conn, from); err != nil {
			return nil, err
		}
		return marketplace.NewSigner(devnet.AccountKey(from)), nil
	}
	keys, err := a.openKeys()
	if err != nil {
		return nil, err
	}
	pass, err := a.passphrase(cmd, "Passphrase for "+from+": ")
	if err != nil {
		return nil, err
	}
	s, err := keys.Signer(common.HexToAddress(from), pass)
	if err != nil {
		return nil, chainExit(fmt.Errorf("%w: check --passphrase-file or $%s", err, PassphraseEnv))
	}
	return s, nil
}

// devnetName checks that name is a funded account of the devnet conn is on.
func (a *app) devnetName(conn *chainConn, name string) error {
	if conn == nil || conn.dev == nil {
		return withCode(ExitUsage, fmt.Errorf("%q is not an address, and account names exist only on the devnet (this chain is not the one in %s): give a 0x address", name, a.devnetDir()))
	}
	for _, n := range conn.dev.Accounts {
		if n == name {
			return nil
		}
	}
	return withCode(ExitNotFound, fmt.Errorf("the devnet has no account %q (it has %s): give one of them or an address", name, strings.Join(conn.dev.Accounts, ", ")))
}

// address resolves an address or a devnet account name.
func (a *app) address(conn *chainConn, s string) (common.Address, error) {
	if common.IsHexAddress(s) {
		return common.HexToAddress(s), nil
	}
	if err := a.devnetName(conn, s); err != nil {
		return common.Address{}, err
	}
	return marketplace.NewSigner(devnet.AccountKey(s)).Address, nil
}

func (a *app) openKeys() (*marketplace.Keys, error) {
	keys, err := marketplace.OpenKeys(a.home(), keyStoreConfig)
	if err != nil {
		return nil, withCode(ExitInternal, fmt.Errorf("%v: check that the dmlrun home %s is writable", err, a.home()))
	}
	return keys, nil
}

// passphrase reads the passphrase: --passphrase-file, else $DMLRUN_PASSPHRASE,
// else a prompt on the terminal (not echoed) or a line of piped stdin.
func (a *app) passphrase(cmd *cobra.Command, prompt string) (string, error) {
	src := marketplace.PassphraseSource{PromptOut: a.stderr, PromptText: prompt}
	src.File, _ = cmd.Flags().GetString("passphrase-file")
	if _, ok := os.LookupEnv(PassphraseEnv); ok {
		src.Env = PassphraseEnv
	}
	if src.File == "" && src.Env == "" {
		fmt.Fprint(a.stderr, prompt)
		line, err := readSecretLine(os.Stdin)
		fmt.Fprintln(a.stderr)
		if err != nil {
			return "", withCode(ExitKeyLocked, fmt.Errorf("%w: %v: use --passphrase-file or $%s", marketplace.ErrNoPassphrase, err, PassphraseEnv))
		}
		src.Prompt, src.PromptOut = strings.NewReader(line+"\n"), nil
	}
	p, err := marketplace.ReadPassphrase(src)
	if err != nil {
		return "", chainExit(err)
	}
	return p, nil
}
