package abi

import (
	"strings"
	"testing"
)

func TestDTypes(t *testing.T) {
	tests := []struct {
		d     DType
		code  int32
		name  string
		size  int
		float bool
	}{
		{F64, 1, "f64", 8, true},
		{F32, 2, "f32", 4, true},
		{I64, 3, "i64", 8, false},
		{I32, 4, "i32", 4, false},
		{U8, 5, "u8", 1, false},
	}
	for _, tc := range tests {
		if int32(tc.d) != tc.code || tc.d.String() != tc.name || tc.d.Size() != tc.size || tc.d.IsFloat() != tc.float || !tc.d.Valid() {
			t.Errorf("%v: code %d name %s size %d float %v", tc.d, int32(tc.d), tc.d, tc.d.Size(), tc.d.IsFloat())
		}
		if got, err := ParseDType(tc.name); err != nil || got != tc.d {
			t.Errorf("ParseDType(%q) = %v, %v", tc.name, got, err)
		}
	}
	for _, bad := range []DType{0, 6, -1} {
		if bad.Valid() || bad.Size() != 0 || bad.IsFloat() {
			t.Errorf("%v is valid", bad)
		}
	}
	if DType(6).String() != "dtype(6)" {
		t.Errorf("String of an unknown code: %s", DType(6))
	}
	for _, s := range []string{"", "F64", "float64", "f16", "u16"} {
		if _, err := ParseDType(s); err == nil || !strings.Contains(err.Error(), "f64, f32, i64, i32, u8") {
			t.Errorf("ParseDType(%q) err = %v", s, err)
		}
	}
}

func TestCodesAreTheSpec(t *testing.T) {
	pairs := []struct {
		got, want int32
		what      string
	}{
		{KindInput, 0, "KindInput"}, {KindModel, 1, "KindModel"},
		{int32(EmitOutput), 0, "EmitOutput"}, {int32(EmitDelta), 1, "EmitDelta"},
		{NoTrans, 111, "NoTrans"}, {Trans, 112, "Trans"},
		{LogDebug, 0, "LogDebug"}, {LogInfo, 1, "LogInfo"}, {LogWarn, 2, "LogWarn"}, {LogError, 3, "LogError"},
		{OK, 0, "OK"}, {ErrNotFound, -1, "ErrNotFound"}, {ErrSize, -2, "ErrSize"}, {ErrUndeclared, -3, "ErrUndeclared"},
		{ErrOverCap, -4, "ErrOverCap"}, {ErrDType, -5, "ErrDType"}, {ErrDuplicate, -6, "ErrDuplicate"},
		{MaxRank, 8, "MaxRank"}, {MaxNameLen, 256, "MaxNameLen"}, {MaxLogLen, 65536, "MaxLogLen"}, {InfoSize, 72, "InfoSize"},
		{Version, 1, "Version"},
	}
	for _, p := range pairs {
		if p.got != p.want {
			t.Errorf("%s = %d, the spec says %d", p.what, p.got, p.want)
		}
	}
}

func TestStatusText(t *testing.T) {
	want := map[int32]string{0: "ok", -1: "not found", -2: "size mismatch", -3: "not declared",
		-4: "over cap", -5: "dtype mismatch", -6: "already emitted", -7: "status -7", 1: "status 1"}
	for code, s := range want {
		if got := StatusText(code); got != s {
			t.Errorf("StatusText(%d) = %q, want %q", code, got, s)
		}
	}
	if EmitOutput.String() != "output" || EmitDelta.String() != "delta" || EmitKind(2).String() != "emit_kind(2)" {
		t.Error("EmitKind.String")
	}
}
