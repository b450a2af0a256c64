package abi

// ValType is a WebAssembly value type, by its binary encoding.
type ValType byte

// Value types.
const (
	ValI32 ValType = 0x7f
	ValI64 ValType = 0x7e
	ValF32 ValType = 0x7d
	ValF64 ValType = 0x7c
)

func (v ValType) String() string {
	switch v {
	case ValI32:
		return "i32"
	case ValI64:
		return "i64"
	case ValF32:
		return "f32"
	case ValF64:
		return "f64"
	}
	return "?"
}

// Signature is a function type.
type Signature struct {
	Params  []ValType
	Results []ValType
}

// String renders the signature as "(i32 i32) -> i32".
func (s Signature) String() string {
	out := "("
	for i, p := range s.Params {
		if i > 0 {
			out += " "
		}
		out += p.String()
	}
	out += ")"
	if len(s.Results) > 0 {
		out += " -> "
		for i, r := range s.Results {
			if i > 0 {
				out += " "
			}
			out += r.String()
		}
	}
	return out
}

// Equal reports whether two signatures are the same type.
func (s Signature) Equal(o Signature) bool {
	if len(s.Params) != len(o.Params) || len(s.Results) != len(o.Results) {
		return false
	}
	for i := range s.Params {
		if s.Params[i] != o.Params[i] {
			return false
		}
	}
	for i := range s.Results {
		if s.Results[i] != o.Results[i] {
			return false
		}
	}
	return true
}

func sig(params []ValType, results ...ValType) Signature {
	return Signature{Params: params, Results: results}
}

func repeat(v ValType, n int) []ValType {
	out := make([]ValType, n)
	for i := range out {
		out[i] = v
	}
	return out
}

const (
	i32 = ValI32
	i64 = ValI64
	f32 = ValF32
	f64 = ValF64
)

// Imports is every function of module "dml" with its exact signature.
var Imports = map[string]Signature{
	"tensor_info": sig(repeat(i32, 4), i32),
	"tensor_read": sig(repeat(i32, 5), i32),
	"params":      sig(repeat(i32, 2), i32),
	"emit":        sig(repeat(i32, 8), i32),
	"log":         sig(repeat(i32, 3)),
	"gas_left":    sig(nil, i64),

	"ddot":   sig(repeat(i32, 5), f64),
	"dnrm2":  sig(repeat(i32, 3), f64),
	"dasum":  sig(repeat(i32, 3), f64),
	"idamax": sig(repeat(i32, 3), i32),
	"daxpy":  sig([]ValType{i32, f64, i32, i32, i32, i32}),
	"dscal":  sig([]ValType{i32, f64, i32, i32}),
	"dcopy":  sig(repeat(i32, 5)),
	"dgemv":  sig([]ValType{i32, i32, i32, f64, i32, i32, i32, i32, f64, i32, i32}),
	"dger":   sig([]ValType{i32, i32, f64, i32, i32, i32, i32, i32, i32}),
	"dgemm":  sig([]ValType{i32, i32, i32, i32, i32, f64, i32, i32, i32, i32, f64, i32, i32}),

	"sdot":   sig(repeat(i32, 5), f32),
	"snrm2":  sig(repeat(i32, 3), f32),
	"sasum":  sig(repeat(i32, 3), f32),
	"isamax": sig(repeat(i32, 3), i32),
	"saxpy":  sig([]ValType{i32, f32, i32, i32, i32, i32}),
	"sscal":  sig([]ValType{i32, f32, i32, i32}),
	"scopy":  sig(repeat(i32, 5)),
	"sgemv":  sig([]ValType{i32, i32, i32, f32, i32, i32, i32, i32, f32, i32, i32}),
	"sger":   sig([]ValType{i32, i32, f32, i32, i32, i32, i32, i32, i32}),
	"sgemm":  sig([]ValType{i32, i32, i32, i32, i32, f32, i32, i32, i32, i32, f32, i32, i32}),
}

// WASIAllowed is the set of wasi_snapshot_preview1 functions a guest may
// import: what the Go and wasi-libc runtimes need, made deterministic by the
// host (fixed clocks, seeded random, no files, no sockets). Any other WASI
// function is refused at load.
var WASIAllowed = map[string]bool{
	"args_get":            true,
	"args_sizes_get":      true,
	"environ_get":         true,
	"environ_sizes_get":   true,
	"clock_time_get":      true,
	"clock_res_get":       true,
	"fd_write":            true,
	"fd_read":             true, // stdin only, always at end of file
	"fd_close":            true,
	"fd_seek":             true,
	"fd_fdstat_get":       true,
	"fd_fdstat_set_flags": true,
	"fd_prestat_get":      true,
	"fd_prestat_dir_name": true,
	"poll_oneoff":         true,
	"proc_exit":           true,
	"random_get":          true,
	"sched_yield":         true,
}
