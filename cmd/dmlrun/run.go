package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/blas"
	"github.com/decentralized-ml/dml/engine"
	"github.com/decentralized-ml/dml/experimental"
	"github.com/decentralized-ml/dml/receipt"
)

func (a *app) runCmd() *cobra.Command {
	var (
		files     jobFiles
		asJSON    bool
		outDir    string
		rcpt      string
		logFile   string
		unmetered bool
		blasName  string
	)
	cmd := &cobra.Command{
		Use:   "run MODULE",
		Short: "Run a module on local inputs",
		Long: `Run a WebAssembly module (ABI v1) on local input files, metered in gas.

MODULE is the path of a .wasm file or a CID. A CID is read from the local
content store (<home>/ipfs); if it is missing there, it is fetched from the
gateways of --gateway or ipfs.gateways (then the Kubo API of --api or ipfs.api),
every block verified against the CID, and kept, so the next run is offline.
The result then carries module_cid. --manifest and --params may be CIDs too.

Inputs and model weights are NAME=FILE with
FILE a numpy .npy or a .csv (read as f64 unless the manifest declares another
dtype). With --manifest, inputs are loaded with the declared dtype and rank and
checked against the declared shapes; without it, local-development defaults
apply (any output names, a total output cap).

--json prints exactly one JSON object on stdout: status, error, module_sha256,
module_cid, abi_version, engine, gas_limit, gas_used, outputs, deltas, result_hash, wall_ms
and more. The guest's log goes to stderr, each line prefixed "[guest] ", or to
--log FILE.

` + exitCodesHelp,
		Example: `  dmlrun run linreg.wasm --manifest manifest.yaml --input X=X.csv --input y=y.csv --params params.json
  dmlrun run algo.wasm --input X=data.npy --json --out results/ --receipt run.receipt.json
  dmlrun run bafybei... --gateway https://trustless-gateway.link --input X=data.npy --json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts, err := a.runOptions(blasName, asJSON)
			if err != nil {
				return err
			}
			var log io.Writer = newPrefixWriter(a.stderr, "[guest] ")
			if logFile != "" {
				f, err := os.OpenFile(logFile, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
				if err != nil {
					return withCode(ExitInternal, fmt.Errorf("--log %s: %v: give a writable file", logFile, err))
				}
				defer f.Close()
				log = f
			}
			if unmetered && rcpt != "" {
				return withCode(ExitUsage, errors.New("--unmetered runs never give a receipt: drop --receipt or --unmetered"))
			}
			opts.log, opts.unmetered = log, unmetered
			res, err := a.runModule(cmd, args[0], &files, opts)
			if pw, ok := log.(*prefixWriter); ok {
				pw.Flush()
			}
			if err != nil {
				return err
			}
			if outDir != "" {
				if err := writeOutDir(outDir, res); err != nil {
					return withCode(ExitInternal, fmt.Errorf("%v: choose a writable directory", err))
				}
			}
			if rcpt != "" {
				r, err := res.Receipt(time.Now())
				if err != nil && !errors.Is(err, receipt.ErrNotReceiptable) {
					return withCode(ExitInternal, err)
				}
				if err == nil {
					r.ModulePath = args[0]
					if err := r.Seal(); err != nil {
						return withCode(ExitInternal, err)
					}
					if err := r.Write(rcpt); err != nil {
						return withCode(ExitInternal, fmt.Errorf("--receipt: %v: choose a writable path", err))
					}
				} else {
					fmt.Fprintf(a.stderr, "dmlrun run: --receipt %s not written: %v\n", rcpt, err)
				}
			}
			if asJSON {
				if err := printJSON(a.stdout, res); err != nil {
					return withCode(ExitInternal, err)
				}
			} else {
				printResult(a.stdout, res)
			}
			if res.Status != abi.StatusOK {
				if asJSON { // the table already showed the error
					fmt.Fprintf(a.stderr, "dmlrun run: %s: %s\n", res.Status, res.Error)
				}
				return silent(StatusExitCode(res.Status), errors.New(res.Error))
			}
			return nil
		},
	}
	fl := cmd.Flags()
	files.register(fl)
	registerSourceFlags(fl)
	fl.Uint64("gas-limit", 0, "gas limit of the run (0: the manifest's, else the runtime default)")
	registerEngineFlags(fl)
	configurable(fl, "gas-limit", "memory-limit-mib", "engine")
	fl.BoolVar(&asJSON, "json", false, "print the result as one JSON object on stdout")
	fl.StringVar(&outDir, "out", "", "write outputs/NAME.npy, deltas/NAME.npy and result.json to this directory")
	fl.StringVar(&rcpt, "receipt", "", "write a receipt of the run to this file")
	fl.StringVar(&logFile, "log", "", "append the guest's log to this file instead of stderr")
	fl.StringVar(&blasName, "blas", blas.NameStrict, "host BLAS backend: strict (the same bits on every CPU) or fast (this CPU's fastest; results per architecture)")
	fl.BoolVar(&unmetered, "unmetered", false, "run without gas metering, for benchmarking only: never gives a receipt")
	return cmd
}

// runOptions are the settings of a run beyond its files.
type runOptions struct {
	engine      engine.Kind
	gasLimit    uint64
	memoryLimit uint32
	log         io.Writer
	unmetered   bool
	blas        blas.Backend
	json        bool // quiets the fetch progress bar
}

// runOptions reads the engine, gas and memory settings (flags, environment,
// config) and the BLAS backend named blasName.
func (a *app) runOptions(blasName string, asJSON bool) (runOptions, error) {
	o := runOptions{gasLimit: a.cfg.GetUint64("gas-limit"), memoryLimit: a.cfg.GetUint32("memory-limit-mib"), json: asJSON}
	var err error
	if o.engine, err = engine.ParseKind(a.cfg.GetString("engine")); err != nil {
		return o, withCode(ExitUsage, fmt.Errorf("--engine %q: want compiler or interpreter", a.cfg.GetString("engine")))
	}
	if o.blas, err = blas.ByName(blasName); err != nil {
		return o, withCode(ExitUsage, fmt.Errorf("--blas %q: want one of %s", blasName, strings.Join(blas.Names(), ", ")))
	}
	return o, nil
}

// runModule reads the module (a path or a CID) and files and runs them. A
// problem with what was given becomes a Result with status invalid_input,
// not an error.
func (a *app) runModule(cmd *cobra.Command, path string, files *jobFiles, o runOptions) (*engine.Result, error) {
	content := &contentArgs{a: a, cmd: cmd, asJSON: o.json}
	defer content.close()
	module, moduleCID, err := content.read("module", path)
	var job *engine.Job
	if err == nil {
		job, err = files.job(content.read)
	}
	if errors.Is(err, engine.ErrInvalidInput) {
		res := inputErrorResult(err, module, o)
		res.ModuleCID = moduleCID
		return res, nil
	}
	var coded *exitError
	if errors.As(err, &coded) {
		return nil, err
	}
	if err != nil {
		return nil, withCode(ExitInternal, err)
	}
	job.ModuleCID = moduleCID
	job.GasLimit, job.MemoryLimitMiB, job.Log, job.BLAS = o.gasLimit, o.memoryLimit, o.log, o.blas
	e, err := a.engine(cmd, o.engine)
	if err != nil {
		return nil, err
	}
	defer e.Close(cmd.Context())
	ctx := cmd.Context()
	if o.unmetered {
		ctx = experimental.WithUnmetered(ctx)
	}
	res, err := e.Run(ctx, module, job)
	if err != nil {
		return nil, withCode(ExitInternal, fmt.Errorf("%v: check that the dmlrun home %s is writable", err, a.home()))
	}
	return res, nil
}

// engine starts an engine of kind whose compilation cache is in the home.
func (a *app) engine(cmd *cobra.Command, kind engine.Kind) (*engine.Engine, error) {
	e, err := engine.New(cmd.Context(), a.engineConfig().WithKind(kind))
	if err != nil {
		return nil, withCode(ExitInternal, fmt.Errorf("start engine: %v: check the dmlrun home %s", err, a.home()))
	}
	return e, nil
}

// engineConfig is the engine configuration of every command: the
// compilation cache in the home.
func (a *app) engineConfig() engine.Config {
	return engine.NewConfig().WithCompilationCache(filepath.Join(a.home(), "cache", "wazero"))
}

// registerEngineFlags adds the flags that choose the engine and the memory limit.
func registerEngineFlags(fl *pflag.FlagSet) {
	fl.Uint32("memory-limit-mib", engine.DefaultMemoryLimitMiB, "cap on the module's linear memory and tables, MiB (recorded in the result and receipt; 0 means the default)")
	fl.String("engine", string(engine.Compiler), "wazero engine: compiler or interpreter")
}

func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
