package receipt

import (
	"fmt"
	"strconv"

	"github.com/decentralized-ml/dml/abi"
)

// Difference is one checked field whose values differ between a receipt and
// a re-run.
type Difference struct {
	Field string `json:"field"`
	Want  string `json:"receipt"`
	Got   string `json:"rerun"`
	// Meaning says what the difference implies.
	Meaning string `json:"meaning"`
}

func (d Difference) String() string {
	return fmt.Sprintf("%s differs: receipt %s, re-run %s — %s", d.Field, orNone(d.Want), orNone(d.Got), d.Meaning)
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

// checked lists the fields Compare checks, in report order, with what a
// difference in each means. Informational fields (module_path, engine,
// runtime_version, created_at) are not compared.
var checked = []struct {
	field   string
	get     func(*Receipt) string
	meaning string
}{
	{"module_sha256", func(r *Receipt) string { return r.ModuleSHA256 }, "the module is not the one the receipt was made with"},
	{"module_cid", func(r *Receipt) string { return r.ModuleCID }, "the module was addressed by another CID"},
	{"input_commitment", func(r *Receipt) string { return r.InputCommitment }, "the inputs are not the ones the receipt was made with"},
	{"model_sha256", func(r *Receipt) string { return r.ModelSHA256 }, "the model weights are not the ones the receipt was made with"},
	{"params_sha256", func(r *Receipt) string { return r.ParamsSHA256 }, "the params are not the ones the receipt was made with"},
	{"abi_version", func(r *Receipt) string { return strconv.Itoa(r.ABIVersion) }, "the run used another ABI version"},
	{"gas_table", func(r *Receipt) string { return r.GasTable }, "gas was counted with another cost table"},
	{"determinism", func(r *Receipt) string { return r.Determinism }, "the runs are of different determinism classes and need not agree"},
	{"gas_limit", func(r *Receipt) string { return strconv.FormatUint(r.GasLimit, 10) }, "the run had another gas limit"},
	{"memory_limit_mib", func(r *Receipt) string { return strconv.FormatUint(uint64(r.MemoryLimit()), 10) }, "the run had another memory limit"},
	{"status", func(r *Receipt) string { return string(r.Status) }, "the run ended differently"},
	{"result_hash", func(r *Receipt) string { return r.ResultHash }, "the outputs differ: the receipt does not describe this computation"},
	{"gas_used", func(r *Receipt) string { return strconv.FormatUint(r.GasUsed, 10) }, "the metered work differs"},
}

// Compare lists every checked field whose value differs between want (the
// receipt) and got (a re-run); none means the re-run confirms the receipt.
func Compare(want, got *Receipt) []Difference {
	var out []Difference
	for _, c := range checked {
		w, g := c.get(want), c.get(got)
		if w != g {
			out = append(out, Difference{Field: c.field, Want: w, Got: g, Meaning: c.meaning})
		}
	}
	return out
}

// MemoryLimit is the memory limit the run had, in MiB.
func (r *Receipt) MemoryLimit() uint32 {
	if r.MemoryLimitMiB == 0 {
		return abi.DefaultMemoryLimitMiB
	}
	return r.MemoryLimitMiB
}
