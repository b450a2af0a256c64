package receipt

import (
	"time"
)

// sample is a sealed receipt of a made-up run, with modulePath and the
// time it was made; edit sets fields before sealing.
func sample(modulePath string, at time.Time, edit ...func(*Receipt)) (*Receipt, error) {
	r := &Receipt{
		Version:         FormatVersion,
		ModuleSHA256:    "aa",
		ModulePath:      modulePath,
		InputCommitment: "ii",
		ParamsSHA256:    "pp",
		ModelSHA256:     "mm",
		ResultHash:      "rr",
		Status:          "ok",
		GasLimit:        1000,
		GasUsed:         400,
		GasTable:        "v1",
		MemoryLimitMiB:  1024,
		Determinism:     "strict",
		ABIVersion:      1,
		RuntimeVersion:  "0.2.0",
		Engine:          "compiler",
		CreatedAt:       at.UTC().Format(time.RFC3339),
	}
	for _, e := range edit {
		e(r)
	}
	if err := r.Seal(); err != nil {
		return nil, err
	}
	return r, nil
}
