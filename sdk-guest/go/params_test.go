package dml

import (
	"strings"
	"testing"

	"github.com/decentralized-ml/dml/sdk-guest/go/internal/fake"
)

type testParams struct {
	Epochs int     `json:"epochs"`
	LR     float64 `json:"lr"`
	Name   string  // no tag: the field name, any case
	Skip   int     `json:"-"`
	hidden int
}

func TestParams(t *testing.T) {
	defaults := testParams{Epochs: 100, LR: 0.01}
	tests := []struct {
		name    string
		json    string
		want    testParams
		errText string
	}{
		{"empty keeps defaults", "", defaults, ""},
		{"blank keeps defaults", " \n", defaults, ""},
		{"empty object", "{}", defaults, ""},
		{"one field", `{"lr": 0.5}`, testParams{Epochs: 100, LR: 0.5}, ""},
		{"both", `{"epochs": 3, "lr": 1e-3}`, testParams{Epochs: 3, LR: 1e-3}, ""},
		{"long", `{"epochs": 3, "lr": 0.25` + strings.Repeat(" ", 5000) + `}`, testParams{Epochs: 3, LR: 0.25}, ""},
		{"untagged field", `{"name": "a"}`, testParams{Epochs: 100, LR: 0.01, Name: "a"}, ""},
		{"key case ignored", `{"EPOCHS": 7}`, testParams{Epochs: 7, LR: 0.01}, ""},
		{"unknown field", `{"epoch": 3}`, defaults, `unknown field "epoch": the algorithm accepts epochs, lr, Name`},
		{"json:- field", `{"Skip": 3}`, defaults, `unknown field "Skip"`},
		{"unexported field", `{"hidden": 3}`, defaults, `unknown field "hidden"`},
		{"wrong type", `{"epochs": "3"}`, defaults, "params"},
		{"not JSON", `epochs=3`, defaults, "fix the job's params JSON"},
		{"trailing data", `{} {}`, defaults, "after top-level value"},
		{"array", `[1]`, defaults, "cannot unmarshal array"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			useHost(t, &fake.Host{Params: []byte(tc.json)})
			got := defaults
			err := Params(&got)
			if tc.errText != "" {
				if err == nil || !strings.Contains(err.Error(), tc.errText) {
					t.Fatalf("error %v, want one containing %q", err, tc.errText)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Fatalf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}

type embedded struct {
	Seed int `json:"seed"`
}

type withEmbedded struct {
	embedded
	LR float64 `json:"lr"`
}

func TestParamsEmbeddedAndMaps(t *testing.T) {
	useHost(t, &fake.Host{Params: []byte(`{"seed": 4, "lr": 0.5}`)})
	var p withEmbedded
	if err := Params(&p); err != nil || p.Seed != 4 || p.LR != 0.5 {
		t.Fatalf("embedded: %+v, %v", p, err)
	}
	var m map[string]float64
	if err := Params(&m); err != nil || m["seed"] != 4 {
		t.Fatalf("map: %v, %v", m, err)
	}
}
