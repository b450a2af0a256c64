package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/engine"
)

const vectors = "../../conformance/vectors"

func vec(name, file string) string { return filepath.Join(vectors, name, file) }

// dmlrun runs one command line in-process.
func dmlrun(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = execute(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

// runJSON runs `dmlrun run ... --json` and decodes the one JSON object it prints.
func runJSON(t *testing.T, args ...string) (int, engine.Result, string) {
	t.Helper()
	code, out, errs := dmlrun(t, append([]string{"run", "--json"}, args...)...)
	var res engine.Result
	dec := json.NewDecoder(strings.NewReader(out))
	if err := dec.Decode(&res); err != nil {
		t.Fatalf("stdout is not one JSON object: %v\n%s", err, out)
	}
	if dec.More() {
		t.Fatalf("stdout holds more than one JSON object:\n%s", out)
	}
	return code, res, errs
}

func TestRunStatuses(t *testing.T) {
	home := t.TempDir()
	tmp := t.TempDir()
	badParams := filepath.Join(tmp, "bad.json")
	os.WriteFile(badParams, []byte(`{"a":`), 0o644)
	badCSV := filepath.Join(tmp, "bad.csv")
	os.WriteFile(badCSV, []byte("1,x\n"), 0o644)
	tests := []struct {
		name     string
		args     []string
		code     int
		status   abi.RunStatus
		errorHas string
	}{
		{"ok", []string{vec("abi_sum_input", "module.wasm"), "--input", "X=" + vec("abi_sum_input", "X.csv")}, ExitOK, abi.StatusOK, ""},
		{"missing module", []string{filepath.Join(tmp, "nope.wasm")}, ExitInvalidInput, abi.StatusInvalidInput, "no such file"},
		{"bad NAME=FILE", []string{vec("abi_sum_input", "module.wasm"), "--input", "X"}, ExitInvalidInput, abi.StatusInvalidInput, "want NAME=FILE"},
		{"missing input file", []string{vec("abi_sum_input", "module.wasm"), "--input", "X=" + filepath.Join(tmp, "X.csv")}, ExitInvalidInput, abi.StatusInvalidInput, filepath.Join(tmp, "X.csv")},
		{"bad csv cell", []string{vec("abi_sum_input", "module.wasm"), "--input", "X=" + badCSV}, ExitInvalidInput, abi.StatusInvalidInput, badCSV},
		{"params not JSON", []string{vec("abi_params_bytes", "module.wasm"), "--params", badParams}, ExitInvalidInput, abi.StatusInvalidInput, badParams},
		{"input not declared by manifest", []string{vec("status_over_cap", "module.wasm"), "--manifest", vec("status_over_cap", "manifest.yaml"), "--input", "X=" + vec("abi_sum_input", "X.csv")}, ExitInvalidInput, abi.StatusInvalidInput, `"X" is not declared`},
		{"algorithm error", []string{vec("algorithm_error_7", "module.wasm")}, ExitAlgorithmError, abi.StatusAlgorithmError, "7"},
		{"trap", []string{vec("trap_unreachable", "module.wasm")}, ExitTrap, abi.StatusTrap, "unreachable"},
		{"abi violation", []string{vec("trap_oob_pointer", "module.wasm"), "--input", "X=" + vec("trap_oob_pointer", "X.csv")}, ExitABIViolation, abi.StatusABIViolation, "outside memory"},
		{"refused module", []string{vec("refuse_env_import", "module.wasm")}, ExitInvalidModule, abi.StatusInvalidModule, "env.anything"},
		{"out of gas", []string{vec("abi_sum_input", "module.wasm"), "--input", "X=" + vec("abi_sum_input", "X.csv"), "--gas-limit", "10"}, ExitOutOfGas, abi.StatusOutOfGas, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, res, stderr := runJSON(t, append(tc.args, "--home", home)...)
			if code != tc.code || res.Status != tc.status {
				t.Errorf("exit %d status %s, want %d %s (error %q)", code, res.Status, tc.code, tc.status, res.Error)
			}
			if !strings.Contains(res.Error, tc.errorHas) {
				t.Errorf("error %q lacks %q", res.Error, tc.errorHas)
			}
			if tc.code != ExitOK && !strings.HasPrefix(stderr, "dmlrun run: ") {
				t.Errorf("stderr %q does not start with \"dmlrun run: \"", stderr)
			}
		})
	}
}

func TestRunHumanOutputAndLog(t *testing.T) {
	home := t.TempDir()
	code, out, errs := dmlrun(t, "run", vec("abi_log_gas", "module.wasm"), "--home", home)
	if code != ExitOK || !strings.Contains(out, "status") || !strings.Contains(out, "gas_left i64") {
		t.Errorf("exit %d, stdout:\n%s", code, out)
	}
	if !strings.Contains(errs, "[guest] ") || !strings.Contains(errs, "hello from the guest") {
		t.Errorf("guest log not on stderr: %q", errs)
	}
	logFile := filepath.Join(t.TempDir(), "guest.log")
	code, _, errs = dmlrun(t, "run", vec("abi_log_gas", "module.wasm"), "--home", home, "--log", logFile)
	logged, _ := os.ReadFile(logFile)
	if code != ExitOK || strings.Contains(errs, "hello") || !strings.Contains(string(logged), "hello from the guest") {
		t.Errorf("--log: exit %d, stderr %q, file %q", code, errs, logged)
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		code int
		has  string
	}{
		{[]string{"run"}, ExitUsage, "dmlrun run: accepts 1 arg"},
		{[]string{"run", "x.wasm", "--bogus"}, ExitUsage, "dmlrun run: unknown flag: --bogus: see `dmlrun run --help`"},
		{[]string{"run", vec("trap_unreachable", "module.wasm"), "--engine", "jit"}, ExitUsage, `--engine "jit": want compiler or interpreter`},
		{[]string{"conformance", "--update"}, ExitUsage, "give --vectors DIR"},
		{[]string{"conformance", "--engine", "fast"}, ExitUsage, `--engine "fast"`},
		{[]string{"verify", filepath.Join(t.TempDir(), "none.json")}, ExitInvalidInput, "dmlrun verify: read receipt"},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			code, _, errs := dmlrun(t, append(tc.args, "--home", t.TempDir())...)
			if code != tc.code || !strings.Contains(errs, tc.has) {
				t.Errorf("exit %d stderr %q, want %d and %q", code, errs, tc.code, tc.has)
			}
		})
	}
}

func TestConfigPrecedence(t *testing.T) {
	home := t.TempDir()
	if err := os.WriteFile(filepath.Join(home, ConfigFile), []byte("engine: interpreter\ngas-limit: 12345\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	mod := vec("trap_unreachable", "module.wasm")
	_, res, _ := runJSON(t, mod, "--home", home)
	if res.Engine != engine.Interpreter || res.GasLimit != 12345 {
		t.Errorf("config file: engine %s gas limit %d", res.Engine, res.GasLimit)
	}
	t.Setenv("DMLRUN_GAS_LIMIT", "777")
	_, res, _ = runJSON(t, mod, "--home", home)
	if res.Engine != engine.Interpreter || res.GasLimit != 777 {
		t.Errorf("env over config: engine %s gas limit %d", res.Engine, res.GasLimit)
	}
	_, res, _ = runJSON(t, mod, "--home", home, "--engine", "compiler", "--gas-limit", "99")
	if res.Engine != engine.Compiler || res.GasLimit != 99 {
		t.Errorf("flags over env and config: engine %s gas limit %d", res.Engine, res.GasLimit)
	}
	if err := os.WriteFile(filepath.Join(home, ConfigFile), []byte("engine: [\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := dmlrun(t, "run", mod, "--home", home); code != ExitUsage || !strings.Contains(errs, "fix or remove the file") {
		t.Errorf("broken config: exit %d stderr %q", code, errs)
	}
}

func TestVersionJSON(t *testing.T) {
	code, out, _ := dmlrun(t, "version", "--json")
	var v versionInfo
	if err := json.Unmarshal([]byte(out), &v); err != nil || code != ExitOK {
		t.Fatalf("exit %d, %v: %s", code, err, out)
	}
	if v.ABI != abi.Version || v.Runtime != engine.Version || v.Go == "" || v.OS == "" {
		t.Errorf("version = %+v", v)
	}
}

func TestInspect(t *testing.T) {
	home := t.TempDir()
	code, out, _ := dmlrun(t, "inspect", "--json", vec("abi_sum_input", "module.wasm"), "--home", home)
	var ins engine.Inspection
	if err := json.Unmarshal([]byte(out), &ins); err != nil || code != ExitOK || !ins.Loadable || len(ins.Imports) != 3 {
		t.Errorf("loadable module: exit %d, %v, %+v", code, err, ins)
	}
	code, out, errs := dmlrun(t, "inspect", vec("refuse_wasi_path_open", "module.wasm"), "--home", home)
	if code != ExitInvalidModule || !strings.Contains(out, "REFUSED") || !strings.Contains(errs, "path_open") {
		t.Errorf("refused module: exit %d stdout %q stderr %q", code, out, errs)
	}
}
