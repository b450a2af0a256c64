package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/blas"
	"github.com/decentralized-ml/dml/engine"
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
			kind, err := engine.ParseEngineKind(a.cfg.GetString("engine"))
			if err != nil {
				return withCode(ExitUsage, fmt.Errorf("%v", err))
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
			opts := runOptions{engine: kind, gasLimit: a.cfg.GetUint64("gas-limit"), log: log, unmetered: unmetered, blas: blasName, json: asJSON}
			res, job, err := a.runModule(cmd, args[0], &files, opts)
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
				r, err := receipt.FromResult(res, job.Models, args[0], time.Now())
				if err != nil && !errors.Is(err, receipt.ErrNotReceiptable) {
					return withCode(ExitInternal, err)
				}
				if err == nil {
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
	fl.Uint32("memory-limit-mib", 1024, "cap on the module's linear memory, MiB")
	fl.String("engine", string(engine.Compiler), "wazero engine: compiler or interpreter")
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
	engine    engine.EngineKind
	gasLimit  uint64
	log       io.Writer
	unmetered bool
	blas      string
	json      bool // quiets the fetch progress bar
}

// runModule reads the module (a path or a CID) and files and runs them. A
// problem with what was given becomes a Result with status invalid_input,
// not an error.
func (a *app) runModule(cmd *cobra.Command, path string, files *jobFiles, o runOptions) (*engine.Result, *engine.Job, error) {
	content := &contentArgs{a: a, cmd: cmd, asJSON: o.json}
	defer content.close()
	module, moduleCID, err := content.read("module", path)
	var job *engine.Job
	if err == nil {
		job, err = files.job(module, content.read)
	}
	var inErr *engine.InputError
	if errors.As(err, &inErr) {
		res := inputErrorResult(err, module, o.engine, o.gasLimit)
		res.ModuleCID = moduleCID
		return res, &engine.Job{}, nil
	}
	var coded *exitError
	if errors.As(err, &coded) {
		return nil, nil, err
	}
	if err != nil {
		return nil, nil, withCode(ExitInternal, err)
	}
	job.ModuleCID = moduleCID
	job.GasLimit, job.Engine, job.Log, job.Unmetered, job.BLAS = o.gasLimit, o.engine, o.log, o.unmetered, o.blas
	e, err := a.engine(cmd)
	if err != nil {
		return nil, nil, err
	}
	defer e.Close(cmd.Context())
	res, err := e.Run(cmd.Context(), job)
	if err != nil {
		return nil, nil, withCode(ExitInternal, fmt.Errorf("%v: check that the dmlrun home %s is writable", err, a.home()))
	}
	return res, job, nil
}

func (a *app) engine(cmd *cobra.Command) (*engine.Engine, error) {
	e, err := engine.NewEngine(cmd.Context(), engine.Config{Home: a.home(), MemoryLimitMiB: a.cfg.GetUint32("memory-limit-mib")})
	if err != nil {
		return nil, withCode(ExitInternal, fmt.Errorf("start engine: %v: check the dmlrun home %s", err, a.home()))
	}
	return e, nil
}

func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
