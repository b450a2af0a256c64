package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"
)

// ConfigFile is the name of dmlrun's config file, looked for in the current
// directory first, then in the dmlrun home.
const ConfigFile = "dmlrun.yaml"

// app is the state one command line shares across its commands.
type app struct {
	cfg            *viper.Viper
	stdout, stderr io.Writer
	configUsed     string
}

func newRootCmd(stdout, stderr io.Writer) *cobra.Command {
	a := &app{cfg: viper.New(), stdout: stdout, stderr: stderr}
	a.cfg.SetEnvPrefix("DMLRUN")
	a.cfg.SetEnvKeyReplacer(strings.NewReplacer("-", "_", ".", "_"))
	a.cfg.AutomaticEnv()
	root := &cobra.Command{
		Use:   "dmlrun",
		Short: "Run, inspect and verify DML WebAssembly modules",
		Long: `dmlrun runs marketplace machine-learning modules (WebAssembly, ABI v1) on
local data, metered in gas, and checks runs by re-execution.

Settings come from flags, then DMLRUN_* environment variables (DMLRUN_GAS_LIMIT,
DMLRUN_ENGINE, DMLRUN_MEMORY_LIMIT_MIB, DMLRUN_HOME, DMLRUN_IPFS_GATEWAYS,
DMLRUN_IPFS_API), then ` + ConfigFile + ` in the current directory or else in the
dmlrun home, then defaults.

Content (modules, manifests, models) can be addressed by CID: add, get, pin, gc
and car manage the local content store in <home>/ipfs; content missing there
is fetched from trustless gateways (ipfs.gateways: [URL…] in ` + ConfigFile + `, or
--gateway) and verified block by block.

` + exitCodesHelp + "\n" + chainExitCodesHelp,
		SilenceUsage:      true,
		SilenceErrors:     true,
		CompletionOptions: cobra.CompletionOptions{DisableDefaultCmd: true},
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error { return a.loadConfig(cmd) },
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.PersistentFlags().String("home", defaultHome(), "dmlrun home (compilation cache, content store, config)")
	root.AddCommand(a.runCmd(), a.inspectCmd(), a.verifyCmd(), a.conformanceCmd(), a.versionCmd(), a.newCmd())
	root.AddCommand(a.addCmd(), a.getCmd(), a.pinCmd(), a.gcCmd(), a.carCmd())
	root.AddCommand(a.keysCmd(), a.devnetCmd(), a.publishCmd(), a.marketCmd(), a.jobCmd(), a.balanceCmd())
	root.AddCommand(a.demoCmd(), a.reportCmd(), a.nodeCmd())
	return root
}

// loadConfig binds the command's flags and reads the config file.
func (a *app) loadConfig(cmd *cobra.Command) error {
	var bindErr error
	cmd.Flags().VisitAll(func(f *pflag.Flag) {
		if f.Annotations["config"] != nil {
			if err := a.cfg.BindPFlag(f.Name, f); err != nil && bindErr == nil {
				bindErr = err
			}
		}
	})
	if bindErr != nil {
		return withCode(ExitInternal, bindErr)
	}
	if err := a.cfg.BindPFlag("home", cmd.Flags().Lookup("home")); err != nil {
		return withCode(ExitInternal, err)
	}
	for _, dir := range []string{".", a.cfg.GetString("home")} {
		p := filepath.Join(dir, ConfigFile)
		if _, err := os.Stat(p); errors.Is(err, fs.ErrNotExist) {
			continue
		}
		a.cfg.SetConfigFile(p)
		if err := a.cfg.ReadInConfig(); err != nil {
			return withCode(ExitUsage, fmt.Errorf("config %s: %v: fix or remove the file", p, err))
		}
		a.configUsed = p
		break
	}
	return nil
}

// configurable marks a flag as also settable from the config file and environment.
func configurable(fs *pflag.FlagSet, names ...string) {
	for _, n := range names {
		if err := fs.SetAnnotation(n, "config", []string{"true"}); err != nil {
			panic(err) // the flag is defined by the caller just before
		}
	}
}

func (a *app) home() string { return a.cfg.GetString("home") }

// defaultHome is $DMLRUN_HOME, else ~/.dmlrun.
func defaultHome() string {
	if h := os.Getenv("DMLRUN_HOME"); h != "" {
		return h
	}
	if h, err := os.UserHomeDir(); err == nil {
		return filepath.Join(h, ".dmlrun")
	}
	return ".dmlrun"
}
