package abi

import "testing"

func TestSignatureString(t *testing.T) {
	tests := []struct {
		sig  Signature
		want string
	}{
		{Signature{}, "()"},
		{Imports["gas_left"], "() -> i64"},
		{Imports["log"], "(i32 i32 i32)"},
		{Imports["params"], "(i32 i32) -> i32"},
		{Imports["daxpy"], "(i32 f64 i32 i32 i32 i32)"},
		{Imports["sdot"], "(i32 i32 i32 i32 i32) -> f32"},
		{Signature{Params: []ValType{0x40}, Results: []ValType{ValI32, ValF64}}, "(?) -> i32 f64"},
	}
	for _, tc := range tests {
		if got := tc.sig.String(); got != tc.want {
			t.Errorf("String() = %q, want %q", got, tc.want)
		}
	}
}

func TestSignatureEqual(t *testing.T) {
	a := Signature{Params: []ValType{ValI32, ValF64}, Results: []ValType{ValI32}}
	tests := []struct {
		b    Signature
		want bool
	}{
		{Signature{Params: []ValType{ValI32, ValF64}, Results: []ValType{ValI32}}, true},
		{Signature{Params: []ValType{ValI32, ValF32}, Results: []ValType{ValI32}}, false},
		{Signature{Params: []ValType{ValI32}, Results: []ValType{ValI32}}, false},
		{Signature{Params: []ValType{ValI32, ValF64}}, false},
		{Signature{Params: []ValType{ValI32, ValF64}, Results: []ValType{ValI64}}, false},
		{Signature{Params: []ValType{ValF64, ValI32}, Results: []ValType{ValI32}}, false},
	}
	for _, tc := range tests {
		if a.Equal(tc.b) != tc.want || tc.b.Equal(a) != tc.want {
			t.Errorf("%s == %s: want %v", a, tc.b, tc.want)
		}
	}
	if !(Signature{}).Equal(Signature{Params: []ValType{}, Results: nil}) {
		t.Error("nil and empty lists differ")
	}
}

// TestImportsMatchDesign pins every dml import to the table of DESIGN.md / ABI.md.
func TestImportsMatchDesign(t *testing.T) {
	want := map[string]string{
		"tensor_info": "(i32 i32 i32 i32) -> i32",
		"tensor_read": "(i32 i32 i32 i32 i32) -> i32",
		"params":      "(i32 i32) -> i32",
		"emit":        "(i32 i32 i32 i32 i32 i32 i32 i32) -> i32",
		"log":         "(i32 i32 i32)",
		"gas_left":    "() -> i64",
		"ddot":        "(i32 i32 i32 i32 i32) -> f64",
		"dnrm2":       "(i32 i32 i32) -> f64",
		"dasum":       "(i32 i32 i32) -> f64",
		"idamax":      "(i32 i32 i32) -> i32",
		"daxpy":       "(i32 f64 i32 i32 i32 i32)",
		"dscal":       "(i32 f64 i32 i32)",
		"dcopy":       "(i32 i32 i32 i32 i32)",
		"dgemv":       "(i32 i32 i32 f64 i32 i32 i32 i32 f64 i32 i32)",
		"dger":        "(i32 i32 f64 i32 i32 i32 i32 i32 i32)",
		"dgemm":       "(i32 i32 i32 i32 i32 f64 i32 i32 i32 i32 f64 i32 i32)",
		"sdot":        "(i32 i32 i32 i32 i32) -> f32",
		"snrm2":       "(i32 i32 i32) -> f32",
		"sasum":       "(i32 i32 i32) -> f32",
		"isamax":      "(i32 i32 i32) -> i32",
		"saxpy":       "(i32 f32 i32 i32 i32 i32)",
		"sscal":       "(i32 f32 i32 i32)",
		"scopy":       "(i32 i32 i32 i32 i32)",
		"sgemv":       "(i32 i32 i32 f32 i32 i32 i32 i32 f32 i32 i32)",
		"sger":        "(i32 i32 f32 i32 i32 i32 i32 i32 i32)",
		"sgemm":       "(i32 i32 i32 i32 i32 f32 i32 i32 i32 i32 f32 i32 i32)",
	}
	if len(Imports) != len(want) {
		t.Errorf("Imports has %d functions, the spec %d", len(Imports), len(want))
	}
	for name, s := range want {
		if got, ok := Imports[name]; !ok || got.String() != s {
			t.Errorf("%s: %v, want %s", name, got, s)
		}
	}
	for _, forbidden := range []string{"sock_accept", "sock_recv", "sock_send", "path_open", "fd_readdir", "fd_pwrite"} {
		if WASIAllowed[forbidden] {
			t.Errorf("WASI %s must not be allowed", forbidden)
		}
	}
}
