package conformance

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"
)

func TestLoadEmbedded(t *testing.T) {
	vs, err := Load(Embedded)
	if err != nil {
		t.Fatal(err)
	}
	if len(vs) < 20 {
		t.Errorf("only %d embedded vectors", len(vs))
	}
	for i := 1; i < len(vs); i++ {
		if vs[i-1].Name >= vs[i].Name {
			t.Errorf("not sorted: %s before %s", vs[i-1].Name, vs[i].Name)
		}
	}
}

func TestLoadRejects(t *testing.T) {
	tests := []struct {
		name, json, want string
	}{
		{"name differs", `{"name":"b","module":"m.wasm","expect":{"status":"ok"}}`, "differs from its directory"},
		{"no module", `{"name":"a","expect":{"status":"ok"}}`, "exactly one"},
		{"both modules", `{"name":"a","module":"m.wasm","algorithm":"linreg","expect":{"status":"ok"}}`, "exactly one"},
		{"bad status", `{"name":"a","module":"m.wasm","expect":{"status":"fine"}}`, "expect.status"},
		{"unknown field", `{"name":"a","module":"m.wasm","expected":{},"expect":{"status":"ok"}}`, "unknown field"},
		{"params array", `{"name":"a","module":"m.wasm","params":[1],"expect":{"status":"ok"}}`, "file name or a JSON object"},
		{"not json", `{`, "unexpected EOF"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{"a/vector.json": {Data: []byte(tc.json)}}
			_, err := Load(fsys)
			if !errors.Is(err, ErrVector) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want ErrVector containing %q", err, tc.want)
			}
		})
	}
}

func TestLoadEmptyDir(t *testing.T) {
	if _, err := Load(fstest.MapFS{"x/readme.txt": {}}); !errors.Is(err, ErrVector) {
		t.Errorf("err = %v", err)
	}
}

func TestParamsSource(t *testing.T) {
	tests := []struct {
		raw, file, inline string
		bad               bool
	}{
		{"", "", "", false},
		{"null", "", "", false},
		{`"p.json"`, "p.json", "", false},
		{"{ \"a\" : [1, 2],\n \"b\": \"x y\" }", "", `{"a":[1,2],"b":"x y"}`, false},
		{`""`, "", "", true},
		{`3`, "", "", true},
	}
	for _, tc := range tests {
		v := Vector{Params: []byte(tc.raw)}
		file, inline, err := v.paramsSource()
		if (err != nil) != tc.bad || file != tc.file || string(inline) != tc.inline {
			t.Errorf("%q: got (%q, %q, %v)", tc.raw, file, inline, err)
		}
	}
}
