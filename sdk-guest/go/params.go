package dml

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"unsafe"

	"github.com/decentralized-ml/dml/sdk-guest/go/internal/host"
)

// Params decodes the job's params JSON into v, a pointer (usually to a
// struct holding the defaults, which fields absent from the JSON keep).
// Empty params decode as {}. When v points to a struct, a top-level key that
// matches none of its fields is an error, so a misspelt parameter is
// reported instead of silently ignored.
func Params(v any) error {
	raw, err := rawParams()
	if err != nil {
		return err
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		raw = []byte("{}")
	}
	// json.Unmarshal, not json.Decoder: a Decoder's io.Reader call keeps
	// os.File.Read alive and with it the WASI import fd_read, which the host
	// refuses.
	if err := json.Unmarshal(raw, v); err != nil {
		return fmt.Errorf("dml: params: %w: fix the job's params JSON", err)
	}
	return unknownKey(raw, v)
}

// unknownKey reports the first top-level key of raw that no field of the
// struct v points to would take, matching names as encoding/json does
// (json tag, else field name; case-insensitive).
func unknownKey(raw []byte, v any) error {
	t := reflect.TypeOf(v)
	if t == nil || t.Kind() != reflect.Pointer || t.Elem().Kind() != reflect.Struct {
		return nil
	}
	var keys map[string]json.RawMessage
	if json.Unmarshal(raw, &keys) != nil {
		return nil // not an object: Unmarshal into the struct already failed
	}
	var names []string
	fieldNames(t.Elem(), &names)
	for k := range keys {
		known := false
		for _, n := range names {
			if strings.EqualFold(k, n) {
				known = true
				break
			}
		}
		if !known {
			return fmt.Errorf("dml: params: unknown field %q: the algorithm accepts %s", k, strings.Join(names, ", "))
		}
	}
	return nil
}

// fieldNames appends the JSON names of t's exported fields, descending into
// embedded structs as encoding/json does.
func fieldNames(t reflect.Type, names *[]string) {
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if f.Anonymous && name == "" {
			ft := f.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				fieldNames(ft, names)
				continue
			}
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		*names = append(*names, name)
	}
}

// rawParams reads the params JSON: once with capacity 0 to learn its length,
// once to copy it.
func rawParams() ([]byte, error) {
	n := host.Params(nil, 0)
	if n < 0 {
		return nil, hostError("params", "", "", n)
	}
	if n == 0 {
		return nil, nil
	}
	buf := make([]byte, n)
	if m := host.Params(unsafe.Pointer(unsafe.SliceData(buf)), uint32(n)); m != n {
		return nil, fmt.Errorf("dml: params: length changed from %d to %d between two calls: %w", n, m, ErrInvalid)
	}
	return buf, nil
}
