package gas

import (
	"errors"
	"testing"
)

func TestPublishedSchedulesAreValid(t *testing.T) {
	for _, v := range Versions() {
		s, err := Lookup(v)
		if err != nil {
			t.Fatal(err)
		}
		if s.Version != v {
			t.Errorf("schedule %q says its version is %q", v, s.Version)
		}
		if err := s.Validate(); err != nil {
			t.Errorf("%s: %v", v, err)
		}
	}
}

func TestLookupReturnsACopy(t *testing.T) {
	a := Default()
	a.Instr[ClassInt] = 999
	if b := Default(); b.Instr[ClassInt] == 999 {
		t.Fatal("changing a looked-up schedule changed the registry")
	}
}

func TestLookupUnknown(t *testing.T) {
	_, err := Lookup("dml-gas-v0")
	if !errors.Is(err, ErrUnknownVersion) {
		t.Fatalf("got %v, want ErrUnknownVersion", err)
	}
}

func TestCurrentIsNewest(t *testing.T) {
	vs := Versions()
	if vs[len(vs)-1] != Current {
		t.Fatalf("Current is %s, newest published is %s", Current, vs[len(vs)-1])
	}
}

func TestValidateRefusesFreeControl(t *testing.T) {
	s := Default()
	s.Instr[ClassControl] = 0
	if err := s.Validate(); !errors.Is(err, ErrInvalid) {
		t.Fatalf("got %v, want ErrInvalid", err)
	}
}
